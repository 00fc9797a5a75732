"""From one seed file to its documents: one reader per input format.

A text page is one document, read exactly as before (``parsing_text``). A PubMed
MEDLINE or XML export, a RIS library or a ClinicalTrials.gov JSON download holds
records, and each record is a document of its own; a PDF is one document, its text
layer. Each reader is a pure function ``(file_doc_id, file, data) -> [Record]``.

A record's metadata comes from the format's own fields (title, authors, journal,
year, PMID, DOI, registry ids, publication types, registry design fields); what a
format does not say (arms, trial names, enrolment of an abstract) is read from the
record's text as for a page. Each record also gets the text the extractor reads: the
title, authors, citation and abstract laid out as a PubMed page prints them.

Document ids stay the same when other files come and go: a record's id is its PMID
(``PMID12345678``), else its registry id (``NCT01444807``), else its DOI
(``doi_10.1056_NEJMoa1713709``), else the file's doc_id and the record's position
(``library#2``). The same record in two files is one document; the other copy keeps
its row as a ``duplicate`` (see :func:`resolve_doc_ids`).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

from . import parsing, parsing_text, trials
from .records import Document

# Formats, as written in the ``source_format`` column.
TEXT, PDF, MEDLINE, PUBMED_XML, RIS, CTGOV_JSON = (
    "text",
    "pdf",
    "medline",
    "pubmed_xml",
    "ris",
    "ctgov_json",
)
# Formats that hold records, each with an id of its own.
RECORD_FORMATS = frozenset({MEDLINE, PUBMED_XML, RIS, CTGOV_JSON})


@dataclass
class Record:
    """One document read from a file: what parse writes to its row and to texts.jsonl."""

    doc_id: str
    number: int  # position of the record in its file (1-based); 0 for a one-document file
    source_format: str
    text: str | None
    fields: dict = field(default_factory=dict)  # metadata read from the format's fields
    record_id: str = ""  # the id the format gives the record (PMID, NCT or DOI form)
    status: str = "ok"
    detail: str = ""
    posted: list[dict] | None = None  # estimates read from registry fields, with spans


class FormatError(ValueError):
    """A file or record that breaks its format's structure; the message says where."""


# --------------------------------------------------------------------------- ids


def pmid_id(pmid: str) -> str:
    return f"PMID{pmid}"


def doi_id(doi: str) -> str:
    """A DOI as a doc_id: lower case (DOIs are case-insensitive), '/' and unsafe marks as '_'."""
    return "doi_" + re.sub(r"[^a-z0-9.\-()]+", "_", doi.lower())


def record_doc_id(file_doc_id: str, number: int, pmid: str = "", nct: str = "", doi: str = ""):
    """(doc_id, record_id): the record's own id when the format gives one, else file#number."""
    for value, make in ((pmid, pmid_id), (nct, str), (doi, doi_id)):
        if value:
            return make(value), make(value)
    return f"{file_doc_id}#{number}", ""


# --------------------------------------------------------------------------- format detection

_MEDLINE_START = re.compile(rb"PMID- ?\d")
_RIS_START = re.compile(rb"TY  -")
_XML_PUBMED = re.compile(rb"<(?:!DOCTYPE\s+)?Pubmed(?:Article|BookArticle)Set\b")


def detect_format(file: str, data: bytes) -> str:
    """The reader for a file, from its first bytes and, where they are ambiguous, its name.

    Anything not recognised is a text page, read as before.
    """
    if data.startswith(b"%PDF-"):
        return PDF
    head = data[:65536]
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    extension = os.path.splitext(file)[1].lower()
    if _MEDLINE_START.match(start) or extension == ".nbib":
        return MEDLINE
    if _RIS_START.match(start) or extension == ".ris":
        return RIS
    if start.startswith(b"<") and _XML_PUBMED.search(head):
        return PUBMED_XML
    if extension == ".json" or (start[:1] in (b"{", b"[") and b'"protocolSection"' in head):
        return CTGOV_JSON
    return TEXT


# --------------------------------------------------------------------------- design

# PubMed publication types that say what a record is, strongest first.
_NOT_TRIAL_TYPES = (
    ("meta-analysis", "meta_analysis"),
    ("systematic review", "review"),
    ("review", "review"),
)
# Writing about trials (the design parsing calls commentary), unless PubMed also types the
# record as a trial (a research letter reporting a randomised trial).
_COMMENTARY_TYPES = (
    ("editorial", "commentary"),
    ("comment", "commentary"),
    ("news", "commentary"),
    ("letter", "commentary"),
    ("practice guideline", "commentary"),
    ("guideline", "commentary"),
    ("consensus development conference", "commentary"),
)
_TRIAL_TYPES = ("randomized controlled trial", "pragmatic clinical trial", "equivalence trial")
_PHASE_TYPE = re.compile(r"clinical trial, phase (i{1,3}|iv)\b", re.IGNORECASE)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def design_from_publication_types(types: list[str]) -> dict:
    """``design``, ``randomized`` and ``phase`` that PubMed's publication types state.

    A meta-analysis, review, editorial, comment, news item, letter or guideline is never a
    trial report, whatever its text says; a
    randomised controlled trial is randomised; "Clinical Trial, Phase III" gives the phase.
    Types that say nothing (Journal Article) give nothing.
    """
    lowered = [t.strip().lower() for t in types]
    out: dict = {}
    for name, design in _NOT_TRIAL_TYPES:
        if name in lowered:
            return {"design": design, "randomized": "false"}
    if any(t in lowered for t in _TRIAL_TYPES):
        out.update(design="rct", randomized="true")
    else:
        for name, design in _COMMENTARY_TYPES:
            if name in lowered:
                return {"design": design, "randomized": "false"}
    phases = [_ROMAN[m.group(1).lower()] for t in types for m in [_PHASE_TYPE.search(t)] if m]
    if phases:
        out["phase"] = "/".join(dict.fromkeys(phases))
    return out


# --------------------------------------------------------------------------- text of a record


@dataclass
class Bibliographic:
    """The fields a bibliographic record gives, whatever its format."""

    title: str = ""
    authors: list[str] = field(default_factory=list)  # "Surname Initials" as PubMed prints them
    journal: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    abstract: list[tuple[str, str]] = field(default_factory=list)  # (label, paragraph)
    registry_ids: list[str] = field(default_factory=list)
    publication_types: list[str] = field(default_factory=list)


def bibliographic_text(bib: Bibliographic) -> str:
    """A record as a PubMed abstract page prints it: title, authors, citation, abstract, ids."""
    parts = []
    if bib.title:
        parts.append(bib.title)
    if bib.authors:
        parts.append(", ".join(bib.authors) + ".")
    citation = ""
    if bib.journal or bib.year:
        citation = ". ".join(p for p in (bib.journal, bib.year) if p)
        if bib.volume:
            citation += f";{bib.volume}" + (f"({bib.issue})" if bib.issue else "")
        if bib.pages:
            citation += f":{bib.pages}"
        citation += "."
    if bib.doi:
        citation = (citation + " " if citation else "") + f"doi: {bib.doi}"
    if citation:
        parts.append(citation)
    for label, paragraph in bib.abstract:
        if paragraph:
            parts.append(f"{label}: {paragraph}" if label else paragraph)
    tail = []
    if bib.pmid:
        tail.append(f"PMID: {bib.pmid}")
    if bib.registry_ids:
        tail.append("Trial registration: " + ", ".join(bib.registry_ids))
    if bib.publication_types:
        tail.append("Publication types: " + "; ".join(bib.publication_types))
    if tail:
        parts.append("\n".join(tail))
    return "\n\n".join(parts) + "\n"


def bibliographic_fields(bib: Bibliographic) -> dict:
    """Metadata the format states, as ``01_documents.csv`` columns."""
    out = {
        "source_type": "journal_abstract",
        "title": bib.title,
        "first_author": bib.authors[0] if bib.authors else "",
        "journal": bib.journal,
        "year": bib.year,
        "doi": bib.doi,
        "pmid": bib.pmid,
        "registry_ids": ";".join(sorted(set(bib.registry_ids))),
        "publication_types": ";".join(bib.publication_types),
    }
    out.update(design_from_publication_types(bib.publication_types))
    return {k: v for k, v in out.items() if v != "" or k == "publication_types"}


def bibliographic_record(
    file_doc_id: str, number: int, source_format: str, bib: Bibliographic
) -> Record:
    doc_id, record_id = record_doc_id(file_doc_id, number, pmid=bib.pmid, doi=bib.doi)
    return Record(
        doc_id=doc_id,
        number=number,
        source_format=source_format,
        text=bibliographic_text(bib),
        fields=bibliographic_fields(bib),
        record_id=record_id,
    )


_YEAR = re.compile(r"(?:19|20)\d{2}")


def year_of(text: str) -> str:
    m = _YEAR.search(text or "")
    return m.group() if m else ""


def registry_ids_in(text: str) -> list[str]:
    """The complete registry ids of a field, in the form the page parser writes them (the
    same registries, a space after the prefix taken out)."""
    return list(dict.fromkeys(rid for _, _, rid in trials.registry_id_occurrences(text or "")))


# --------------------------------------------------------------------------- dispatch


def read_file(file_doc_id: str, file: str, data: bytes) -> list[Record]:
    """Every document of one seed file (at least one row, whatever the file holds)."""
    from . import readers_ctgov, readers_medline, readers_pdf, readers_pubmed_xml, readers_ris

    kind = detect_format(file, data)
    if kind == TEXT:
        return []  # the caller reads it as a page, exactly as before
    reader = {
        MEDLINE: readers_medline.read,
        PUBMED_XML: readers_pubmed_xml.read,
        RIS: readers_ris.read,
        CTGOV_JSON: readers_ctgov.read,
        PDF: readers_pdf.read,
    }[kind]
    if not data.strip():
        detail = f"{len(data)} bytes, whitespace only" if data else "0 bytes"
        return [Record(file_doc_id, 0, kind, None, status="empty", detail=detail)]
    records = reader(file_doc_id, file, data)
    if not records:
        records = [
            Record(
                file_doc_id, 0, kind, None, status="malformed", detail=f"{file}: no record found"
            )
        ]
    return records


def document_rows(file_doc_id: str, file: str, data: bytes) -> list[tuple[dict, Record]]:
    """``(row, record)`` for every document of a file: rows have DOCUMENT_COLUMNS (but
    ``n_estimates``); a text page goes through the page parser unchanged."""
    records = read_file(file_doc_id, file, data)
    if not records:
        row, text = parsing_text.parse_document(file_doc_id, file, data)
        return [(row, Record(file_doc_id, 0, TEXT, text, status=row["status"]))]
    out = []
    for record in records:
        out.append((document_row(file, data, record), record))
    return out


def document_row(file: str, data: bytes, record: Record) -> dict:
    """The ``01_documents.csv`` row of one record: metadata from its fields, the rest from
    its text; a record that could not be read keeps its status and reason."""
    one_document = record.number == 0
    body = record.text.encode("utf-8") if record.text is not None else b""
    digest_of = data if one_document else body
    row = Document(
        doc_id=record.doc_id,
        file=file,
        sha256=hashlib.sha256(digest_of).hexdigest() if digest_of else "",
        n_bytes=len(digest_of) if digest_of else "",
        source_format=record.source_format,
        record=record.number or "",
        record_id=record.record_id,
        status=record.status,
        status_detail=record.detail,
    ).row()
    del row["n_estimates"]  # counted when the documents are collected with their estimates
    if record.status == "ok" and record.text is not None:
        text = parsing_text.metadata_text(record.text)
        row.update(parsing.describe(text, known=record.fields))
        row["publication_types"] = record.fields.get("publication_types", "")
        if not row["status_detail"]:
            row["status_detail"] = _read_detail(file, record)
    return row


def _read_detail(file: str, record: Record) -> str:
    where = f"record {record.number} of {file}" if record.number else file
    return f"{record.source_format}: {where}"


# --------------------------------------------------------------------------- ids across files


def _file_order(row: dict) -> tuple:
    return (bool(row.get("record_id")), os.fsencode(row["file"]), int(row.get("record") or 0))


def duplicate_id(key: str, row: dict) -> str:
    """The doc_id of a second copy of a record: its id and a hash of where it was read."""
    # the file's name, not its folder: moving the seeds folder keeps the id
    name = os.path.basename(row["file"])
    where = f"{name}#{row.get('record') or ''}".encode("utf-8", "surrogateescape")
    return f"{key}~{hashlib.sha256(where).hexdigest()[:8]}"


def resolve_doc_ids(rows: list[dict]) -> dict[int, str]:
    """Give every row a doc_id of its own; ``{index of row: new doc_id}`` for those changed.

    Rows sharing an id (a record's own id, else the doc_id) are ordered: one-document files
    first (their doc_id never changes), then by file name and record number; the first
    keeps the id, each other gets :func:`duplicate_id`. A second copy of a record (same
    PMID, NCT id or DOI) is listed as ``duplicate`` of the first. The order depends only on
    the rows, so each shard and the collected table agree.
    """
    groups: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(row.get("record_id") or row["doc_id"], []).append(index)
    changed = {}
    for key, members in groups.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: _file_order(rows[i]))
        keeper = rows[members[0]]
        for index in members[1:]:
            row = rows[index]
            new_id = duplicate_id(key, row)
            if new_id != row["doc_id"]:
                changed[index] = new_id
            if row.get("record_id") and keeper.get("record_id") and row["status"] != "malformed":
                row["status"] = "duplicate"
                row["status_detail"] = (
                    f"{_where(row)}: the same record ({key}) as {_where(keeper)}, "
                    f"which is document {key}; listed, not linked or pooled"
                )
    for index, new_id in changed.items():
        rows[index]["doc_id"] = new_id
    return changed


def _where(row: dict) -> str:
    return f"record {row['record']} of {row['file']}" if row.get("record") else row["file"]


def collected_documents(shard_rows: list[list[dict]]) -> tuple[list[dict], list[dict[str, str]]]:
    """All shards' document rows with doc_ids resolved across shards, and per shard the
    doc_ids that changed (old -> new), so its estimates can follow their document."""
    rows = [row for shard in shard_rows for row in shard]
    origin = [(i, row["doc_id"]) for i, shard in enumerate(shard_rows) for row in shard]
    renames: list[dict[str, str]] = [{} for _ in shard_rows]
    for index, new_id in resolve_doc_ids(rows).items():
        shard, old = origin[index]
        renames[shard][old] = new_id
    return rows, renames


def renamed_estimate(row: dict, renames: dict[str, str]) -> dict:
    """An estimate row of a document whose doc_id changed: the new doc_id, in its id too."""
    new = renames.get(row["doc_id"])
    if new is None:
        return row
    old = row["doc_id"]
    return dict(row, doc_id=new, estimate_id=new + row["estimate_id"][len(old) :])
