"""Fuzzing the seeds folder: every name gets one row, a safe doc_id, and is read or said why not.

Families (issue 15): names with tabs, line breaks, ';' or bytes that are not UTF-8;
dangling symlinks, symlink loops, FIFOs, subfolders, unreadable and hidden files.
"""

import os
import re
import stat
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metasynth import seeds

SAFE_ID = re.compile(r"^[^;\x00-\x1f\x7f\ud800-\udfff]+$")
name_bytes = st.lists(
    st.sampled_from(
        [
            b"a",
            b"b",
            b"1",
            b"\t",
            b"\n",
            b"\r",
            b";",
            b",",
            b'"',
            b" ",
            b"\xff",
            b"\xe9",
            "é".encode(),
            "\u200b".encode(),
            b".txt",
            b"-",
        ]
    ),
    min_size=1,
    max_size=8,
).map(b"".join)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=st.lists(name_bytes, min_size=1, max_size=8, unique=True))
def test_any_file_names_give_unique_safe_doc_ids_and_a_manifest_that_round_trips(tmp_path, names):
    folder = tmp_path / f"seeds{abs(hash(tuple(names)))}"
    folder.mkdir()
    made = []
    for raw in names:
        if raw in (b".", b"..") or b"/" in raw:
            continue
        path = os.path.join(os.fsencode(folder), raw)
        with open(path, "wb") as handle:
            handle.write(b"text " + raw)
        made.append(raw)
    entries = seeds.list_seeds(str(folder))
    assert len(entries) == len(made), "every name has a row"
    assert {os.fsencode(os.path.basename(e["path"])) for e in entries.values()} == set(made)
    for doc_id, entry in entries.items():
        assert SAFE_ID.match(doc_id), repr(doc_id)
        entry["file"].encode("utf-8")  # always writable as text
        line = seeds.manifest_line(entry)
        assert line.isascii() and line.count("\n") == 1
        manifest = tmp_path / "m.jsonl"
        manifest.write_text(line, encoding="ascii")
        assert seeds.read_manifest(str(manifest)) == [entry]
        if entry["kind"] == "file":
            data, status, _ = seeds.read_seed(entry["path"])
            assert status == "ok" and data == b"text " + os.fsencode(
                os.path.basename(entry["path"])
            )


def test_the_same_stem_with_two_extensions_gives_two_doc_ids(tmp_path):
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "a.md").write_text("two")
    assert sorted(seeds.list_seeds(str(tmp_path))) == ["a", "a.txt"]


def test_a_semicolon_in_a_name_never_reaches_the_doc_id(tmp_path):
    (tmp_path / "trial;report.txt").write_text("x")
    (doc_id,) = seeds.list_seeds(str(tmp_path))
    assert ";" not in doc_id and doc_id.startswith("trial_report~")


def test_special_entries_are_listed_with_their_status(tmp_path):
    (tmp_path / "ok.txt").write_text("text")
    (tmp_path / ".hidden").write_text("x")
    (tmp_path / "folder").mkdir()
    os.symlink("missing.txt", tmp_path / "dangling.txt")
    os.symlink("loop", tmp_path / "loop")
    os.mkfifo(tmp_path / "pipe.txt")
    kinds = {e["doc_id"]: e["kind"] for e in seeds.list_seeds(str(tmp_path)).values()}
    assert kinds == {
        "ok": "file",
        ".hidden": "hidden",
        "folder": "folder",
        "dangling": "dangling_symlink",
        "loop": "symlink_loop",
        "pipe": "special_file",
    }


def test_a_fifo_put_in_place_of_a_file_is_never_read(tmp_path):
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    done = []
    worker = threading.Thread(target=lambda: done.append(seeds.read_seed(str(fifo))), daemon=True)
    worker.start()
    worker.join(5)
    assert done and done[0][1] == "special_file", "reading a FIFO must not block"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_listed_as_unreadable(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    try:
        data, status, detail = seeds.read_seed(str(path))
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert data is None and status == "unreadable" and "Permission denied" in detail


def test_a_file_that_cannot_be_opened_is_listed_as_unreadable(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("x")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(seeds.os, "open", refuse)
    assert seeds.read_seed(str(path)) == (None, "unreadable", "cannot be read: Permission denied")
