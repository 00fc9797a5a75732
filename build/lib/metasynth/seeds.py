"""What is in the seeds folder: one entry per name, whatever the name or the thing it names.

Every entry of the folder becomes a document row, so nothing in ``seeds/`` vanishes
without a trace: a regular file is read and parsed; a folder, a FIFO or device, a
dangling symlink, a symlink loop or a hidden file is listed with a status saying why
it was not read. Names are taken as the bytes the filesystem holds: ``doc_id`` keeps
the name without its extension when that is plain text, and otherwise replaces the
characters that would break a table or a list (``;`` separates doc_ids in
``03_studies.csv``; tabs, line breaks and bytes that are not UTF-8 break lines)
and adds a short hash of the name, so two odd names never share a doc_id.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat

# Characters a doc_id never holds: list separators, control and format characters,
# and the surrogates Python uses for bytes of a name that are not UTF-8.
_UNSAFE_ID_CHAR = re.compile(
    r"[;\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]"
)

# Status of an entry that is not read, and why.
NOT_READ = {
    "hidden": "hidden file (name starts with '.'), not read",
    "folder": "a folder; seeds/ is read one level deep, put documents directly in it",
    "special_file": "not a regular file (FIFO, socket or device), not read",
    "dangling_symlink": "symbolic link to a path that does not exist",
    "symlink_loop": "symbolic link that loops (too many levels of links)",
    "unreadable": "cannot be read",
}


def display_name(path: str) -> str:
    """A path as text that can always be written: bytes that are not UTF-8 as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _short_hash(name: str) -> str:
    return hashlib.sha256(os.fsencode(name)).hexdigest()[:8]


def doc_id_for(name: str, is_file: bool = True) -> str:
    """doc_id of a folder entry: the name without extension, made safe when it must be."""
    stem = os.path.splitext(name)[0] if is_file else name
    stem = stem or name
    safe = _UNSAFE_ID_CHAR.sub("_", stem)
    return safe if safe == stem else f"{safe}~{_short_hash(name)}"


def _kind(entry: os.DirEntry) -> tuple[str, str, int, int]:
    """(kind, detail, size, mtime_ns) of a folder entry, following symlinks."""
    if entry.name.startswith("."):
        return "hidden", NOT_READ["hidden"], 0, 0
    try:
        info = os.stat(entry.path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink_loop", NOT_READ["symlink_loop"], 0, 0
        if entry.is_symlink() and error.errno == errno.ENOENT:
            target = display_name(os.readlink(entry.path))
            return "dangling_symlink", f"{NOT_READ['dangling_symlink']} ({target})", 0, 0
        return "unreadable", f"{NOT_READ['unreadable']}: {error.strerror}", 0, 0
    if stat.S_ISDIR(info.st_mode):
        return "folder", NOT_READ["folder"], 0, info.st_mtime_ns
    if not stat.S_ISREG(info.st_mode):
        return "special_file", NOT_READ["special_file"], 0, info.st_mtime_ns
    return "file", "", info.st_size, info.st_mtime_ns


def list_seeds(folder: str) -> dict[str, dict]:
    """doc_id -> entry (path, file, kind, detail, size, mtime_ns) for every name in ``folder``.

    Two names with the same stem ("a.txt", "a.md") keep the full name as the second's
    doc_id; the order is that of the names' bytes, so the same folder always gives the
    same doc_ids.
    """
    entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    docs: dict[str, dict] = {}
    for entry in entries:
        kind, detail, size, mtime_ns = _kind(entry)
        doc_id = doc_id_for(entry.name, kind != "folder")
        if doc_id in docs:
            doc_id = doc_id_for(entry.name, False)
        if doc_id in docs:
            doc_id = f"{doc_id}~{_short_hash(entry.name)}"
        docs[doc_id] = {
            "doc_id": doc_id,
            "path": entry.path,
            "file": display_name(entry.path),
            "kind": kind,
            "detail": detail,
            "size": size,
            "mtime_ns": mtime_ns,
        }
    return docs


def manifest_line(entry: dict) -> str:
    """One manifest line: JSON with every non-ASCII character escaped (names may hold
    tabs, line breaks or undecodable bytes, kept through the surrogate escapes)."""
    return json.dumps(entry, sort_keys=True, ensure_ascii=True) + "\n"


def read_manifest(path: str) -> list[dict]:
    with open(path, encoding="ascii") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_seed(path: str) -> tuple[bytes | None, str, str]:
    """``(data, status, detail)``: the bytes of a regular file, or why they cannot be had.

    The file is opened without blocking and checked to be a regular file before any
    read, so a FIFO put in its place after the listing never hangs the run.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        kind = "symlink_loop" if error.errno == errno.ELOOP else "unreadable"
        return None, kind, f"{NOT_READ[kind]}: {error.strerror}"
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None, "special_file", NOT_READ["special_file"]
        try:
            return handle.read(), "ok", ""
        except OSError as error:
            return None, "unreadable", f"{NOT_READ['unreadable']}: {error.strerror}"
