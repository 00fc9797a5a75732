"""Fuzzing the stage tables: no cell content can split a row, and a damaged table is noticed.

Families (issue 15): a lone "\\r" in a quote was written unquoted and split the row for
every reader; cells longer than the csv module's default limit; a table truncated at a
row boundary was read as if complete.
"""

import csv

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metasynth.tables import (
    TableMismatch,
    check_path,
    concatenate_tables,
    csv_line,
    read_rows,
    read_table,
    table_problem,
    write_table,
)

COLUMNS = ["doc_id", "quote", "value"]
# Everything a document can hold, line breaks of every kind and quotes above all.
cells = st.text(
    alphabet=st.sampled_from(list('ab ,"\r\n\t;\u2028\u0085\x0b\x0c\ufeff\u200bé\\'))
    | st.characters(blacklist_categories=("Cs",)),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(cells, cells, cells), max_size=8))
def test_any_cell_content_survives_a_round_trip(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("t") / "table.csv"
    records = [dict(zip(COLUMNS, r)) for r in rows]
    write_table(path, records, COLUMNS)
    assert read_rows(path) == records
    with open(path, newline="", encoding="utf-8") as handle:  # the csv module agrees
        assert [dict(zip(COLUMNS, r)) for r in list(csv.reader(handle))[1:]] == records
    assert read_table(path).to_dict(orient="records") == records  # and pandas


def test_a_lone_carriage_return_is_quoted():
    assert csv_line(["a\rb", "c"]) == '"a\rb",c\n'
    assert csv_line(["plain", ""]) == "plain,\n"
    assert csv_line(['say "hi"', "x,y"]) == '"say ""hi""","x,y"\n'


def test_cells_longer_than_the_csv_default_limit_are_read(tmp_path):
    path = tmp_path / "t.csv"
    quote = "x" * 300_000  # the csv module's default limit is 131,072 characters
    write_table(path, [{"doc_id": "d", "quote": quote, "value": "1"}], COLUMNS)
    assert read_rows(path)[0]["quote"] == quote


def test_concatenation_keeps_every_cell(tmp_path):
    parts = []
    for i, quote in enumerate(["a\rb", "line\nbreak", 'q"uote', "plain"]):
        parts.append(tmp_path / f"part{i}.csv")
        write_table(parts[-1], [{"doc_id": f"d{3 - i}", "quote": quote, "value": str(i)}], COLUMNS)
    out = tmp_path / "all.csv"
    assert concatenate_tables(parts, out, COLUMNS, key="doc_id") == 4
    assert [r["quote"] for r in read_rows(out)] == ["plain", 'q"uote', "line\nbreak", "a\rb"]


@settings(max_examples=50, deadline=None)
@given(n_rows=st.integers(2, 12), keep=st.integers(1, 11))
def test_a_table_truncated_at_a_row_boundary_is_refused(tmp_path_factory, n_rows, keep):
    keep = min(keep, n_rows - 1)
    path = tmp_path_factory.mktemp("t") / "table.csv"
    write_table(
        path,
        [{"doc_id": f"d{i}", "quote": "a\rb", "value": str(i)} for i in range(n_rows)],
        COLUMNS,
    )
    lines = path.read_bytes().split(b"\n")
    path.write_bytes(b"\n".join(lines[: keep + 1]) + b"\n")  # header + keep rows
    assert "truncated or edited" in table_problem(path)
    with pytest.raises(TableMismatch, match="delete it and rerun"):
        read_rows(path)


def test_a_table_without_its_check_file_is_read_as_before(tmp_path):
    path = tmp_path / "t.csv"
    write_table(path, [{"doc_id": "d", "quote": "q", "value": "1"}], COLUMNS)
    check_path(path).unlink()
    assert table_problem(path) == ""
    assert len(read_rows(path)) == 1


def test_a_row_with_the_wrong_number_of_cells_names_its_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("doc_id,quote,value\nd1,q,1\nd2,q\n")
    with pytest.raises(TableMismatch, match="line 3: 2 cells, expected 3"):
        read_rows(path)
