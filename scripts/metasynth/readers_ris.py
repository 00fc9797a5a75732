"""RIS libraries from reference managers: one document per ``TY`` ... ``ER`` record.

Fields read: TI/T1 (title), AU/A1 (authors, "Surname, Given"), PY/Y1/DA (year),
T2/JO/JF/JA (journal), VL, IS, SP/EP, DO (DOI), AB/N2 (abstract), AN (the PMID when
the record came from PubMed or MEDLINE), KW and the notes (registry ids), M3/PT
(publication type). A line that is not a field continues the one before it, as
several managers wrap long abstracts. A record without its ``ER`` line is listed as
malformed, naming the line where it starts.
"""

from __future__ import annotations

import re

from . import readers
from .readers import Bibliographic, Record

_FIELD = re.compile(r"([A-Z][A-Z0-9])  -(?: (.*))?")


def split_records(text: str):
    """``[(first line, fields, complete)]``; fields are ``(tag, value)`` in order."""
    records = []
    current = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        m = _FIELD.fullmatch(line)
        if m:
            tag, value = m.group(1), (m.group(2) or "").strip()
            if tag == "TY":
                if current is not None:
                    records.append((current[0], current[1], False))
                current = (number, [(tag, value)])
            elif tag == "ER":
                if current is None:
                    raise readers.FormatError(f"line {number}: ER line outside a record")
                records.append((current[0], current[1], True))
                current = None
            elif current is None:
                raise readers.FormatError(f"line {number}: field {tag} before a TY line")
            else:
                current[1].append((tag, value))
        elif line.strip():
            if current is None:
                raise readers.FormatError(f"line {number}: text outside a record")
            tag, value = current[1][-1]
            current[1][-1] = (tag, f"{value} {line.strip()}".strip())
    if current is not None:
        records.append((current[0], current[1], False))
    return records


def _values(fields, *tags):
    return [v for t, v in fields if t in tags and v]


def _first(fields, *tags):
    for tag in tags:
        found = _values(fields, tag)
        if found:
            return found[0]
    return ""


def _author(name: str) -> str:
    """ "Llovet, Josep M." -> "Llovet JM", as PubMed prints authors."""
    if "," not in name:
        return name.strip()
    surname, given = (p.strip() for p in name.split(",", 1))
    initials = "".join(w[0] for w in re.split(r"[\s.\-]+", given) if w and w[0].isalpha())
    return f"{surname} {initials.upper()}".strip()


_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def bibliographic(fields) -> Bibliographic:
    database = " ".join(_values(fields, "DB", "DP", "UR")).lower()
    accession = _first(fields, "AN")
    # EndNote names the provider "NLM", Zotero and others the database "PubMed" or "MEDLINE"
    from_pubmed = any(name in database for name in ("pubmed", "medline", "nlm"))
    pmid = accession if accession.isdigit() and from_pubmed else ""
    registry = []
    for value in _values(fields, "KW", "N1", "C1", "C2", "C3", "AB", "N2", "M1"):
        registry.extend(readers.registry_ids_in(value))
    sp, ep = _first(fields, "SP"), _first(fields, "EP")
    return Bibliographic(
        title=_first(fields, "TI", "T1", "CT", "BT"),
        authors=[_author(a) for a in _values(fields, "AU", "A1")],
        journal=_first(fields, "T2", "JO", "JF", "JA", "J2"),
        year=readers.year_of(_first(fields, "PY", "Y1", "DA")),
        volume=_first(fields, "VL"),
        issue=_first(fields, "IS"),
        pages=f"{sp}-{ep}" if sp and ep else sp,
        doi=_DOI_PREFIX.sub("", _first(fields, "DO")),
        pmid=pmid,
        abstract=[("", p) for p in _values(fields, "AB", "N2")[:1]],
        registry_ids=list(dict.fromkeys(registry)),
        publication_types=_values(fields, "M3", "PT"),
    )


def read(file_doc_id: str, file: str, data: bytes) -> list[Record]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        detail = f"{file}: RIS library is not UTF-8 (byte offset {error.start})"
        return [Record(file_doc_id, 0, readers.RIS, None, status="not_utf8", detail=detail)]
    try:
        records = split_records(text)
    except readers.FormatError as error:
        return [
            Record(file_doc_id, 0, readers.RIS, None, status="malformed", detail=f"{file} {error}")
        ]
    out = []
    for number, (line, fields, complete) in enumerate(records, start=1):
        if not complete:
            out.append(
                Record(
                    f"{file_doc_id}#{number}",
                    number,
                    readers.RIS,
                    None,
                    status="malformed",
                    detail=f"{file} record {number} (line {line}): no ER line ends it; not read",
                )
            )
            continue
        out.append(
            readers.bibliographic_record(file_doc_id, number, readers.RIS, bibliographic(fields))
        )
    return out
