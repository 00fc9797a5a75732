"""Patterns that give the regular-expression engine a character to scan for.

A pattern that opens with ``^`` (multiline), ``\\b``, a look-behind or a choice of groups
gives the engine no first character to look for: it is tried at every offset of the
text, which over a long page costs as much as a pattern matching something. Here:

* a multiline pattern whose matches all start at a line start, searched from the line
  breaks that can open a match (a literal the engine finds quickly);
* a pattern whose every match holds one of a few words at a known distance from its
  start, tried only where str.find finds those words (offsets_of, matches_at);
* alternations of phrases grouped by their first characters, as a trie, optionally with
  the word boundary looked for behind the first character instead of before it.

Each keeps the matches of the plain form (tests/test_extraction_prefilters.py).
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


def offsets_of(text: str, word: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Every offset of ``word`` in ``text`` (str.find: a scan in C, as fast as a literal's),
    or in ``text[lo:hi]`` when given."""
    hi = len(text) if hi is None else hi
    at = text.find(word, lo, hi)
    while at != -1:
        yield at
        at = text.find(word, at + 1, hi)


def matches_at(pattern: re.Pattern, text: str, starts) -> list[re.Match]:
    """``list(pattern.finditer(text))`` given ``starts``, offsets among which every match
    starts (found from a word every match holds, at a known distance from its start): the
    pattern tried at each, in order, and a match taken unless it starts inside the one
    taken before, as finditer takes them (for a pattern that matches no empty text)."""
    found, taken = [], 0
    for start in sorted(starts):
        if start < taken:
            continue
        m = pattern.match(text, start)
        if m is not None:
            found.append(m)
            taken = m.end()
    return found


# --------------------------------------------------------------------------- alternations


def _structure(pattern: str):
    """Yield ``(index, character, depth)`` for the parentheses and bars of ``pattern`` that
    are syntax (not escaped, not inside a character class); ``depth`` is the nesting after
    the character."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c in "()|":
            depth += 1 if c == "(" else -1 if c == ")" else 0
            yield i, c, depth
        i += 1


def _top_level_split(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (not inside groups or classes)."""
    parts, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int:
    """Index just after the group opening ``pattern`` ("(?:...)"), or -1."""
    for i, c, depth in _structure(pattern):
        if c == ")" and depth == 0:
            return i + 1
    return -1


# Characters with a meaning in a pattern: any other character stands for itself.
_SYNTAX_CHARACTERS = frozenset("\\.^$*+?{}[]|()")


def _by_first_literal(piece: str):
    """[(first character, rest), ...] matching as ``piece`` does, alternatives in its order,
    or None when a piece does not open with a plain character.

    A plain character is any one without a meaning in a pattern ("p", "≥", "%"). An
    optional group first, "(?:X)?R", reads as "(?:X)R|R": the same tries in the same order.
    """
    if piece[:1] and piece[0] not in _SYNTAX_CHARACTERS and piece[1:2] not in ("?", "*", "+", "{"):
        return [(piece[0], piece[1:])]
    if piece.startswith("(?:"):
        end = _group_end(piece)
        if end == -1 or piece[end : end + 1] in ("*", "+", "{"):
            return None
        if piece[end : end + 1] == "?":
            if piece[end + 1 : end + 2] in ("?", "+"):
                return None  # lazy or possessive: other tries, or another order
            taken = _by_first_literal(piece[:end] + piece[end + 1 :])
            skipped = _by_first_literal(piece[end + 1 :])
            return None if taken is None or skipped is None else taken + skipped
        out = []
        for alternative in _top_level_split(piece[3 : end - 1]):
            found = _by_first_literal(alternative + piece[end:])
            if found is None:
                return None
            out += found
        return out
    return None


def grouped_alternation(alternatives: list[str]) -> str | None:
    """The alternation of ``alternatives`` grouped by first character ("c(?:ar...|v...)|d(?:...)"),
    or None when one does not open with a plain character or a group of such.

    At a position only the group of its character can match, and within a group the
    alternatives keep their order, so the same phrase matches as in the plain alternation;
    the engine then tries about 20 first characters at each word instead of 125 phrases
    (a third of the time over a long page). Each group's alternatives are grouped the same
    way by their next character (see _grouped_rests): half the time again.
    """
    pieces = []
    for a in alternatives:
        for p in _top_level_split(a):
            found = _by_first_literal(p)
            if found is None:
                return None
            pieces += found
    groups: dict[str, list[str]] = {}
    for first, rest in pieces:
        groups.setdefault(first, []).append(rest)
    return "|".join(f"{re.escape(c)}(?:{_grouped_rests(rests)})" for c, rests in groups.items())


def word_start_alternation(alternatives: list[str], not_after: str) -> str | None:
    """``(?<![not_after])(?:alternatives)`` (``not_after`` the inside of a character class)
    with the look-behind checked after each first character ("c(?<![a-z].)(?:ar...)"), so
    the engine scans for those characters; None as for :func:`grouped_alternation`."""
    grouped = grouped_alternation(alternatives)
    if grouped is None:
        return None
    # (grouped: "c(?:...)|d(?:...)", each first character escaped when it has to be)
    return "|".join(
        f"{group[: group.index('(?:')]}(?<![{not_after}].){group[group.index('(?:') :]}"
        for group in _top_level_split(grouped)
    )


def _grouped_rests(rests: list[str]) -> str:
    """The alternatives of one group, grouped again by their next character where each
    opens with a plain one (a trie: past "p" the engine tries the phrases going on with
    "r" only where an "r" follows, instead of every phrase opening with "p"), else as
    they are. Within each group the order is kept, so the same phrase matches."""
    if len(rests) > 1 and all(rests):
        grouped = grouped_alternation(rests)
        if grouped is not None:
            return grouped
    return "|".join(rests)
