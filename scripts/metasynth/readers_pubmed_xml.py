"""PubMed XML exports (``PubmedArticleSet``): one document per ``PubmedArticle``.

Read with the standard library's expat parser, which never fetches the DTD named in
the DOCTYPE and refuses entity expansion bombs. The file is parsed incrementally, so a
truncated export keeps every article completed before the break and lists the rest as
malformed, naming the line and column where the XML stops being well formed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from . import readers
from .readers import Bibliographic, Record


def _text(element) -> str:
    """All text below an element (titles hold <i>, <sup>), whitespace runs as one space."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _author(author) -> str:
    collective = _text(author.find("CollectiveName"))
    if collective:
        return collective
    last, initials = _text(author.find("LastName")), _text(author.find("Initials"))
    return f"{last} {initials}".strip()


def _year(issue) -> str:
    if issue is None:
        return ""
    for path in ("PubDate/Year", "PubDate/MedlineDate"):
        year = readers.year_of(_text(issue.find(path)))
        if year:
            return year
    return ""


def bibliographic(article) -> Bibliographic:
    citation = article.find("MedlineCitation")
    if citation is None:
        citation = ET.Element("MedlineCitation")
    art = citation.find("Article")
    if art is None:
        art = ET.Element("Article")
    journal = art.find("Journal")
    issue = journal.find("JournalIssue") if journal is not None else None
    doi = ""
    for loc in art.findall("ELocationID"):
        if loc.get("EIdType") == "doi" and _text(loc):
            doi = _text(loc)
            break
    if not doi:
        for aid in article.findall("PubmedData/ArticleIdList/ArticleId"):
            if aid.get("IdType") == "doi" and _text(aid):
                doi = _text(aid)
                break
    abstract = [
        ((part.get("Label") or "").strip(), _text(part))
        for part in art.findall("Abstract/AbstractText")
    ]
    registry = []
    for bank in art.findall("DataBankList/DataBank"):
        for number in bank.findall("AccessionNumberList/AccessionNumber"):
            registry.extend(readers.registry_ids_in(_text(number)))
    return Bibliographic(
        title=_text(art.find("ArticleTitle")) or _text(art.find("VernacularTitle")),
        authors=[a for a in (_author(x) for x in art.findall("AuthorList/Author")) if a],
        journal=_text(journal.find("Title")) if journal is not None else "",
        year=_year(issue),
        volume=_text(issue.find("Volume")) if issue is not None else "",
        issue=_text(issue.find("Issue")) if issue is not None else "",
        pages=_text(art.find("Pagination/MedlinePgn")),
        doi=doi,
        pmid=_text(citation.find("PMID")),
        abstract=abstract,
        registry_ids=list(dict.fromkeys(registry)),
        publication_types=[_text(t) for t in art.findall("PublicationTypeList/PublicationType")],
    )


_CHUNK = 1 << 16


def _article_record(element, file_doc_id: str, file: str, number: int) -> Record:
    """The record of the ``number``-th article of a file: a PubmedArticle with a numeric
    PMID is read; a book chapter is unsupported, an article without a PMID malformed."""
    if element.tag == "PubmedBookArticle":
        return Record(
            f"{file_doc_id}#{number}",
            number,
            readers.PUBMED_XML,
            None,
            status="unsupported",
            detail=f"{file} record {number}: a PubmedBookArticle (book chapter), not read",
        )
    bib = bibliographic(element)
    if bib.pmid.isdigit():
        return readers.bibliographic_record(file_doc_id, number, readers.PUBMED_XML, bib)
    return Record(
        f"{file_doc_id}#{number}",
        number,
        readers.PUBMED_XML,
        None,
        status="malformed",
        detail=f"{file} record {number}: PubmedArticle without a numeric PMID",
    )


def read(file_doc_id: str, file: str, data: bytes) -> list[Record]:
    parser = ET.XMLPullParser(events=("end",))
    out: list[Record] = []
    articles = 0

    def take_events():
        nonlocal articles
        for _, element in parser.read_events():
            if element.tag in ("PubmedBookArticle", "PubmedArticle"):
                articles += 1
                out.append(_article_record(element, file_doc_id, file, articles))
                element.clear()

    try:
        for start in range(0, len(data), _CHUNK):
            parser.feed(data[start : start + _CHUNK])
            take_events()
        parser.close()
        take_events()
    except ET.ParseError as error:
        take_events()
        line, column = error.position
        out.append(
            Record(
                f"{file_doc_id}#{articles + 1}",
                articles + 1,
                readers.PUBMED_XML,
                None,
                status="malformed",
                detail=(
                    f"{file} line {line}, column {column}: XML not well formed "
                    f"({str(error).split(':')[0]}); {articles} complete record(s) read before it"
                ),
            )
        )
    return out
