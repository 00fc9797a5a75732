"""Column contracts of the stage tables and deterministic CSV I/O.

Every table the pipeline writes goes through :func:`write_table`, so rows are
sorted, columns come in a fixed order, floats have one format and lines end in
``\\n``. The columns of each table are the fields of its record in
:mod:`metasynth.records` (a frozen dataclass per table), listed here under the names
the stages use.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Candidate, Document, Estimate, ModelFit, Study, StudyWeight

if TYPE_CHECKING:
    import pandas

# A quote, an estimate's sentence or a file name can be longer than the csv module's
# default field limit (128 KiB); no cell is ever refused for its size.
csv.field_size_limit(2**31 - 1)

DOCUMENT_COLUMNS = Document.columns()  # the fields of records.Document

ESTIMATE_COLUMNS = Estimate.columns()  # the fields of records.Estimate

STUDY_COLUMNS = Study.columns()  # the fields of records.Study

HARMONISED_COLUMNS = Candidate.columns()  # the fields of records.Candidate

POOLED_COLUMNS = ["analysis", *ModelFit.columns()]  # the fields of records.ModelFit

WEIGHT_COLUMNS = StudyWeight.columns()  # the fields of records.StudyWeight

FLOW_COLUMNS = ["stage", "item", "analysis", "count", "detail"]

# 15 significant digits: any decimal with at most 15 digits (every number printed in
# a paper) survives the round trip unchanged, and computed values (yi, sei, pooled
# statistics) lose at most 1e-15 relative, so stages reading them agree with metafor.
FLOAT_FORMAT = ".15g"


def ratio_text(value: float) -> str:
    """A finite ratio as the figures and the report print it: two decimals, two
    significant digits below 0.01 and from 1000 up."""
    if value != 0 and (abs(value) < 0.01 or abs(value) >= 1000):
        return f"{value:.2g}"
    return f"{value:.2f}"


def p_value_parts(p: float) -> tuple[str, str]:
    """A finite p-value as printed: ("<", "0.001") below 0.001, else ("=", p with three
    decimals below 0.01 and two from there)."""
    if p < 0.001:
        return "<", "0.001"
    if p < 0.01:
        return "=", f"{p:.3f}"
    return "=", f"{p:.2f}"


def format_value(value) -> str:
    """One textual form per value: floats to 15 significant digits, NaN/None empty."""
    kind = type(value)
    if kind is str:  # most cells: text read from an upstream table, kept as written
        return value
    if kind is int:
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        formatted = format(value, FLOAT_FORMAT)
        return "0" if formatted == "-0" else formatted
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return format_value(value.item())  # numpy scalar -> Python scalar
    return str(value)


def write_table(
    path: str | Path,
    rows: Iterable[Mapping] | pandas.DataFrame,
    columns: Sequence[str],
    sort_by: Sequence[str] | None = None,
) -> None:
    """Write rows as CSV with a fixed column order, sorted rows and ``\\n`` endings.

    Columns missing from a row are written empty; keys not in ``columns`` are an
    error, so a typo in a stage never silently drops data.
    """
    if hasattr(rows, "to_dict"):
        rows = rows.to_dict(orient="records")
    rows = [dict(r) for r in rows]
    allowed = set(columns)
    for r in rows:
        extra = set(r) - allowed
        if extra:
            raise ValueError(
                f"{path}: unexpected column(s) {sorted(extra)}; expected only {list(columns)}"
            )
    if sort_by:
        rows.sort(key=lambda r: tuple(_sort_key(r.get(c)) for c in sort_by))
    lines = [csv_line(columns)]
    lines.extend(csv_line([format_value(r.get(c)) for c in columns]) for r in rows)
    _write_checked(path, lines)


# A cell is quoted when it holds a comma, a quote or any line break, "\r" included:
# csv.writer quotes only the characters of its own line terminator ("\n"), so a lone
# "\r" in a quote would otherwise split the row for every reader.
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def csv_line(cells: Sequence[str]) -> str:
    """One CSV record ending in ``\n``; cells quoted only where they must be."""
    return (
        ",".join(
            '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell
            for cell in cells
        )
        + "\n"
    )


def check_path(path: str | Path) -> Path:
    """The sidecar holding the row count and size a table was written with."""
    path = Path(path)
    return path.with_name(f".{path.name}.check")


def _write_checked(path: str | Path, lines: list[str]) -> None:
    """Write a table and its sidecar (rows, bytes), so a truncated table is noticed."""
    data = "".join(lines).encode("utf-8", "backslashreplace")  # never a lone surrogate
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    check = {"rows": len(lines) - 1, "bytes": len(data)}
    with open(path, "wb") as handle:
        handle.write(data)
    with open(check_path(path), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(json.dumps(check, sort_keys=True) + "\n")


class TableMismatch(ValueError):
    """A table disagrees with the row count and size its producer recorded."""


def table_problem(path: str | Path) -> str:
    """Why ``path`` is not the table its producer wrote ('' when it is, or unrecorded)."""
    try:
        with open(check_path(path), encoding="utf-8") as handle:
            check = json.load(handle)
        size = os.stat(path).st_size
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as error:
        return f"its check file {check_path(path)} is unreadable ({error})"
    if size != check.get("bytes"):
        return (
            f"{path} has {size} bytes but was written with {check.get('bytes')} bytes "
            f"({check.get('rows')} rows): truncated or edited after it was written"
        )
    return ""


def _check_rows(path, n_rows: int) -> None:
    problem = table_problem(path)
    if not problem:
        try:
            with open(check_path(path), encoding="utf-8") as handle:
                expected = json.load(handle).get("rows")
        except FileNotFoundError:
            return
        if expected is None or expected == n_rows:
            return
        problem = f"{path} has {n_rows} rows but was written with {expected}"
    raise TableMismatch(problem + "; delete it and rerun so it is regenerated")


def _sort_key(value):
    # Numbers before strings, empty last; keeps sorting total and stable.
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return (2, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, float(value))
    return (1, str(value))


def read_table(path: str | Path, columns: Sequence[str] | None = None):
    """Read a stage table as a DataFrame of strings (empty cells become "").

    Reading everything as text keeps the values exactly as written; callers
    convert the columns they compute with via :func:`metasynth.measures.to_float`.
    """
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    if columns is not None:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise ValueError(f"{path}: missing column(s) {missing}")
    return frame


def read_rows(
    path: str | Path, columns: Sequence[str] | None = None, keep: Sequence[str] | None = None
) -> list[dict]:
    """Read a stage table as a list of dicts of strings, without pandas.

    Rule entry points use this: importing pandas costs more than reading the
    tables of a typical run. ``columns`` must all be present; ``keep`` limits the
    dicts to the columns a stage uses (much cheaper on wide tables of quotes).
    """
    return read_header_and_rows(path, columns, keep)[1]


def read_header_and_rows(
    path: str | Path, columns: Sequence[str] | None = None, keep: Sequence[str] | None = None
) -> tuple[list[str], list[dict]]:
    """:func:`read_rows`, and the table's header (its columns, also when it has no rows).

    Strict: a missing column, a row with another number of cells than the header, or a
    table that disagrees with the row count and size it was written with (its check
    file) raises ValueError (TableMismatch) naming the file and the line.
    """
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        missing = [c for c in list(columns or []) + list(keep or []) if c not in header]
        if missing:
            raise ValueError(f"{path}: missing column(s) {missing}")
        names = list(keep) if keep is not None else header
        index = [header.index(c) for c in names]
        rows = []
        for row in reader:
            if len(row) != len(header):
                raise TableMismatch(
                    f"{path} line {reader.line_num}: {len(row)} cells, expected {len(header)} "
                    f"({', '.join(header[:3])}, ...); the table is damaged, delete it and rerun"
                )
            rows.append(dict(zip(names, [row[i] for i in index])))
    _check_rows(path, len(rows))
    return header, rows


def concatenate_tables(
    paths: Sequence[str | Path], out_path: str | Path, columns: Sequence[str], key: str
) -> int:
    """Concatenate tables with identical headers, ordered by one column (stable).

    Cells are copied as read, so the result has the bytes ``write_table`` would
    write; rows with equal keys keep their order within their file.
    """
    rows: list[list[str]] = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            if header != list(columns):
                raise ValueError(
                    f"{path}: columns {header} differ from the expected {list(columns)}"
                )
            before = len(rows)
            for row in reader:
                if len(row) != len(header):
                    raise TableMismatch(
                        f"{path} line {reader.line_num}: {len(row)} cells, expected {len(header)}; "
                        "the table is damaged, delete it and rerun"
                    )
                rows.append(row)
        _check_rows(path, len(rows) - before)
    position = list(columns).index(key)
    rows.sort(key=lambda r: r[position])
    _write_checked(out_path, [csv_line(columns)] + [csv_line(r) for r in rows])
    return len(rows)


# Statistic columns shared by every table that reports a fitted model.
MODEL_STAT_COLUMNS = POOLED_COLUMNS[1:]  # everything but "analysis"

LEAVE_ONE_OUT_COLUMNS = ["analysis", "omitted_study_id", "omitted_label"] + MODEL_STAT_COLUMNS

CUMULATIVE_COLUMNS = ["analysis", "step", "added_study_id", "added_label"] + MODEL_STAT_COLUMNS

SUBGROUP_COLUMNS = (
    ["analysis", "subgroup"] + MODEL_STAT_COLUMNS + ["Q_between", "Q_between_df", "Q_between_p"]
)

SMALL_STUDY_COLUMNS = [
    "analysis",
    "test",
    "k",
    "statistic",
    "statistic_name",
    "df",
    "p_value",
    "k0",
    "side",
    "adjusted_estimate",
    "adjusted_ci_lower",
    "adjusted_ci_upper",
    "reported",
    "status",
    "note",
]
