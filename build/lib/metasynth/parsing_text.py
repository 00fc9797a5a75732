"""The text the metadata patterns of parsing.py read.

Those patterns anchor on "\\n" (``^``/``$`` with re.MULTILINE, line-by-line titles), so a
page saved with old Mac line ends (a lone "\\r") would lose its title, design and arms.
Metadata carries no offsets, so it is read from a copy whose lone "\\r" are "\\n"; the
decoded text itself, which extraction indexes, stays exactly as read.
"""

from __future__ import annotations

import re

_LONE_CR = re.compile(r"\r(?!\n)")


def metadata_text(text: str) -> str:
    """``text`` with every lone carriage return read as a line feed (the same object when none)."""
    return _LONE_CR.sub("\n", text) if "\r" in text and _LONE_CR.search(text) else text


def parse_document(doc_id: str, file: str, data: bytes):
    """``parsing.parse_document``, with metadata read from :func:`metadata_text`."""
    from . import parsing

    record, text = parsing.parse_document(doc_id, file, data)
    if text is not None and metadata_text(text) is not text:
        record.update(parsing.describe(metadata_text(text)))
    return record, text
