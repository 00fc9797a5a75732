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
    """``text`` with every lone carriage return read as a line feed, and the line breaks of
    a hard-wrapped page read as spaces (:func:`unwrapped`); the same object when neither."""
    if "\r" in text and _LONE_CR.search(text):
        text = _LONE_CR.sub("\n", text)
    return unwrapped(text)


# Hard-wrapped text: a page whose paragraphs were broken into lines of a fixed width (text
# taken from a PDF, an e-mail or a terminal), so that a title, an author list or a sentence
# runs over two lines ("Disease-free Survival ... Open Resection for\nRectal Cancer: The
# Australasian ... Trial", "...; SPICE III\nClinicalTrials.gov number, NCT01728558").
_LONG_LINE_RE = re.compile(r"[^\n]{161}[^\n]*")
# a line that opens an item of its own, not the rest of the line before: a bullet, a
# numbered item, a heading ("Methods: ...")
_OPENS_ITEM_RE = re.compile(
    r"[ \t]*(?:[-*\u2022\u2013\u2014>|]|\d{1,2}[.)][ \t]"
    r"|(?:BACKGROUND|Background|OBJECTIVES?|Objectives?|AIMS?|Aims?|IMPORTANCE|Importance"
    r"|METHODS|Methods|DESIGN|Design|SETTING|Setting|PARTICIPANTS|Participants|INTERVENTIONS?"
    r"|Interventions?|RESULTS|Results|FINDINGS|Findings|CONCLUSIONS?|Conclusions?|INTERPRETATION"
    r"|Interpretation|FUNDING|Funding|ABSTRACT|Abstract|Trial [Rr]egistration|TRIAL REGISTRATION)"
    r"[ \t]*:)"
)
_ENDS_SENTENCE = (".", "!", "?")
_HAS_WORD_RE = re.compile(r"[^\W_]")
# a citation line ("N Engl J Med 2007;356:125-134", "JAMA. 2017;318(2):132-145", "doi: ...")
_CITATION_LINE_RE = re.compile(
    r"[ \t]*(?:(?:doi|DOI|PMID|PMCID)\b|[A-Z][A-Za-z]*\.?(?:[ \t]+[A-Z][A-Za-z]*\.?){0,5}[ \t]+"
    r"(?:19|20)\d\d[ \t]*[;:,(])"
)
# an author list ("Bernard Escudier, Tim Eisen, Walter M Stadler, ..."): three names or more
_NAME = r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}"
_AUTHOR_LIST_RE = re.compile(rf"[ \t]*{_NAME}(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?{_NAME}){{2,}}")
# a field of a record: "Brief Title: ...", "Official Title: ...", "Acronym: BRIDGE"
_FIELD_LABEL_RE = re.compile(r"[ \t]*[A-Z][\w'/()-]*(?:[ \t][\w'/()-]+){0,4}[ \t]*:[ \t]")


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a wrapped paragraph replaced by a space (a
    "\\r\\n" by two), so every offset stays valid; the same object when the page is not
    hard-wrapped.

    A page is hard-wrapped when at least four lines, and a fifth of its lines with text, are
    broken at its width (90th percentile of line lengths, at most 160 characters): long
    (three quarters of the width or more), not ending a sentence, not laid out in columns,
    and followed by a line of text that opens no item of its own (a bullet, a numbered
    item, an abstract's heading, a citation, the author list after a title). On such a page
    a line closing with a comma or semicolon runs on into the next whatever its length (an
    author list). Only those breaks are read as spaces; a page of
    paragraphs printed one per line (the usual copy of a web page) has many lines longer
    than that and is left as it is.
    """
    if "\n" not in text:
        return text
    long_lines = 0
    for _ in _LONG_LINE_RE.finditer(text):
        long_lines += 1
        if long_lines > 2:
            return text
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    filled = sorted(n for n in lengths if n)
    if len(filled) < 6:
        return text
    width = filled[int(0.9 * (len(filled) - 1))]
    if not 50 <= width <= 160:
        return text
    breaks, lists = [], []
    offset = 0
    for i in range(len(lines) - 1):
        line, following = lines[i].rstrip(), lines[i + 1]
        end = offset + len(lines[i])  # the "\n" after line i
        offset = end + 1
        if (
            line.endswith((",", ";"))
            and following.strip()
            and not _OPENS_ITEM_RE.match(following)
            and not _FIELD_LABEL_RE.match(following)
            and not _CITATION_LINE_RE.match(following)
        ):
            # a list that runs on, however short its line: "Stephen P. Peters, M.D.,
            # Ph.D., Eugene R. Bleecker, M.D.,\nGiorgio W. Canonica, M.D., ..."
            lists.append(end)
            continue
        if (
            0.75 * width <= len(line) <= width + 10
            and not line.endswith(_ENDS_SENTENCE)
            # a line laid out in columns ("THE LANCET   |   Articles   |   Volume 374") is
            # a header, not a wrapped sentence
            and "   " not in line.strip()
            and " | " not in line
            # a rule of dashes or stars ("-----", "* * *") separates, it wraps nothing
            and _HAS_WORD_RE.search(line) is not None
            and _HAS_WORD_RE.search(following) is not None
            and not _OPENS_ITEM_RE.match(following)
            # one field of a record after another ("Brief Title: ...\nOfficial Title: ...")
            and not (_FIELD_LABEL_RE.match(line) and _FIELD_LABEL_RE.match(following))
            # a citation after the authors, the authors after a title (a list of authors
            # may run on over its lines)
            and not _CITATION_LINE_RE.match(following)
            and not (_AUTHOR_LIST_RE.match(following) and not _AUTHOR_LIST_RE.match(line))
        ):
            breaks.append(end)
    if len(breaks) < 4 or len(breaks) < 0.2 * len(filled):
        return text
    chars = list(text)
    for end in breaks + lists:
        chars[end] = " "
        if end and chars[end - 1] == "\r":
            chars[end - 1] = " "
    return "".join(chars)


def parse_document(doc_id: str, file: str, data: bytes):
    """``parsing.parse_document``, whose metadata is read from :func:`metadata_text`."""
    from . import parsing

    return parsing.parse_document(doc_id, file, data)
