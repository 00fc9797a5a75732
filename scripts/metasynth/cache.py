"""What a shard's parse and extract jobs worked out per document, kept for the next run.

An edited or added document reruns its whole shard (Snakemake reruns a job when any of its
inputs changes); without a cache every other document of the shard is parsed and read for
estimates again. Each shard job keeps a file (``.metasynth/cache/<kind>/<shard>.jsonl``)
of the results of its documents, each under a key made of:

- the document itself: its doc_id, file name and the SHA-256 of its bytes (parse), or of
  its text, its ``01_documents.csv`` row and any posted analyses (extract);
- the version of the code: the SHA-256 of every file of the metasynth package (the
  vocabulary included) and the versions of Python and of the PDF reader.

A key found gives the stored result, the same as computing it again (the tests compare
both); anything else is computed. The file is rewritten with the keys of this run only, so
it never holds documents that have left the shard. A file that cannot be read (damaged,
from another layout) is ignored: the cache can only save time, never change a result.
Deleting ``.metasynth/cache`` is always safe.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@functools.cache
def code_version() -> str:
    """A digest of everything a result depends on besides the document: the package's
    files (code and data) and the versions of Python and the PDF reader."""
    digest = hashlib.sha256()
    for path in sorted(
        p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ):
        digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    try:
        pdf_reader = metadata.version("pypdf")
    except metadata.PackageNotFoundError:
        pdf_reader = ""
    digest.update(f"python {sys.version}; pypdf {pdf_reader}".encode())
    return digest.hexdigest()


def text_digest(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


class ShardCache:
    """The stored results of one shard's job (``path``; None: no cache), read once."""

    def __init__(self, path: str | os.PathLike | None, kind: str):
        self.path = Path(path) if path else None
        self.kind = kind
        self.hits = 0
        self.misses = 0
        self._stored: dict[str, str] = {}
        self._used: dict[str, str] = {}
        if self.path is not None and self.path.is_file():
            self._stored = self._read(self.path)

    @staticmethod
    def _read(path: Path) -> dict[str, str]:
        stored = {}
        try:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    key, _, value = line.rstrip("\n").partition("\t")
                    if len(key) != 64 or not value:
                        return {}  # not a file of this layout: start again
                    stored[key] = value
        except (OSError, UnicodeDecodeError):
            return {}
        return stored

    def key(self, *parts) -> str:
        text = json.dumps([self.kind, code_version(), *parts], ensure_ascii=False, sort_keys=True)
        return text_digest(text)

    def get(self, key: str):
        """The stored result of a key, or None (then compute it and :meth:`put` it)."""
        value = self._stored.get(key)
        if value is None:
            self.misses += 1
            return None
        try:
            found = json.loads(value)
        except ValueError:
            self.misses += 1
            return None
        self.hits += 1
        self._used[key] = value
        return found

    def put(self, key: str, result) -> None:
        """Keep a result computed in this run (JSON-encoded at once: later changes to the
        objects do not reach the cache)."""
        self._used[key] = json.dumps(result, ensure_ascii=False, separators=(",", ":"))

    def save(self) -> None:
        """Rewrite the shard's file with this run's keys (sorted, so the same documents give
        the same file), atomically."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            for key in sorted(self._used):
                handle.write(f"{key}\t{self._used[key]}\n")
        os.replace(tmp, self.path)
