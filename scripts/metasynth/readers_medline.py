"""PubMed MEDLINE (``.nbib``, "Save: PubMed format") exports: one document per record.

A record is a run of field lines ``TAG - value`` (the tag padded to four characters)
starting with ``PMID-``; a value continues on lines indented by six spaces; a blank
line ends the record. Fields read: PMID, TI, AB, FAU/AU, DP, JT/TA, VI, IP, PG,
AID/LID ``... [doi]``, SI ``ClinicalTrials.gov/NCT...`` and PT (publication types).
"""

from __future__ import annotations

import re

from . import readers
from .readers import Bibliographic, Record

_FIELD = re.compile(r"([A-Z][A-Z0-9]{1,3}) {0,3}- ?(.*)")
_CONTINUATION = re.compile(r" {2,}\S")


def split_records(text: str) -> list[tuple[int, list[tuple[str, str, int]]]]:
    """``[(first line number, [(tag, value, line number), ...]), ...]`` in file order.

    A line that is neither a field nor a continuation raises FormatError naming it.
    """
    records: list[tuple[int, list]] = []
    current: list | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            current = None
            continue
        m = _FIELD.fullmatch(line)
        if m and not line.startswith(" "):
            tag, value = m.group(1), m.group(2).strip()
            if tag == "PMID" or current is None:
                current = []
                records.append((number, current))
            current.append((tag, value, number))
        elif current is not None and _CONTINUATION.match(line):
            tag, value, first = current[-1]
            current[-1] = (tag, f"{value} {line.strip()}".strip(), first)
        else:
            raise readers.FormatError(f"line {number}: not a MEDLINE field line ({line[:40]!r})")
    return records


def _values(fields, *tags) -> list[str]:
    return [value for tag, value, _ in fields if tag in tags]


def _first(fields, *tags) -> str:
    for tag in tags:  # in order of preference
        found = _values(fields, tag)
        if found:
            return found[0]
    return ""


_DOI = re.compile(r"^(10\.\S+)\s*\[doi\]$")


def bibliographic(fields) -> Bibliographic:
    dois = [m.group(1) for v in _values(fields, "AID", "LID") for m in [_DOI.match(v)] if m]
    registry = []
    for value in _values(fields, "SI"):
        registry.extend(readers.registry_ids_in(value))
    return Bibliographic(
        title=_first(fields, "TI", "BTI"),
        authors=_values(fields, "AU") or _values(fields, "FAU"),
        journal=_first(fields, "JT", "TA"),
        year=readers.year_of(_first(fields, "DP")),
        volume=_first(fields, "VI"),
        issue=_first(fields, "IP"),
        pages=_first(fields, "PG"),
        doi=dois[0] if dois else "",
        pmid=_first(fields, "PMID"),
        abstract=[("", p) for p in _values(fields, "AB")],
        registry_ids=list(dict.fromkeys(registry)),
        publication_types=_values(fields, "PT"),
    )


def read(file_doc_id: str, file: str, data: bytes) -> list[Record]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        detail = f"{file}: MEDLINE export is not UTF-8 (byte offset {error.start})"
        return [Record(file_doc_id, 0, readers.MEDLINE, None, status="not_utf8", detail=detail)]
    try:
        records = split_records(text)
    except readers.FormatError as error:
        return [
            Record(
                file_doc_id, 0, readers.MEDLINE, None, status="malformed", detail=f"{file} {error}"
            )
        ]
    out = []
    for number, (line, fields) in enumerate(records, start=1):
        bib = bibliographic(fields)
        if not bib.pmid.isdigit():
            out.append(
                Record(
                    f"{file_doc_id}#{number}",
                    number,
                    readers.MEDLINE,
                    None,
                    status="malformed",
                    detail=f"{file} record {number} (line {line}): no PMID- line with a number",
                )
            )
            continue
        out.append(readers.bibliographic_record(file_doc_id, number, readers.MEDLINE, bib))
    return out
