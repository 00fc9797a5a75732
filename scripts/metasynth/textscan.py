"""Fast scans for patterns whose matches all start at a line start.

A multiline pattern that opens with ``^`` gives the regular-expression engine no
character to scan for: it is tried at every offset of the text, which over a long page
costs as much as a pattern matching something. Searched from the line breaks instead
(a literal the engine finds quickly), it is tried only where a line can open a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def line_start_opener(lead: str, flags: int = 0) -> re.Pattern:
    """What a line break must be followed by for a line to open a match: ``lead`` (a
    pattern every match of the line-start pattern opens with, as far as it can say;
    compile it with the pattern's own flags so that case folds alike)."""
    return re.compile(rf"\n(?:{lead})", flags)


def matches_at_line_starts(
    pattern: re.Pattern, opener: re.Pattern, text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern whose every match starts at a
    line start and is not empty (a multiline pattern opening with ``^`` in each of its
    alternatives): the same matches, the pattern tried at ``pos`` when a line starts there,
    at the line start a match ended on, and after each line break ``opener`` (see
    :func:`line_start_opener`) finds, not at every offset."""
    endpos = len(text) if endpos is None else min(endpos, len(text))
    at = pos
    while at <= endpos:
        if at == 0 or text[at - 1] == "\n":
            m = pattern.match(text, at, endpos)
            if m:
                yield m
                at = m.end()
                continue
        hit = opener.search(text, at, endpos)
        if hit is None:
            return
        at = hit.start() + 1
