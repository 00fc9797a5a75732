"""What each seed document is: decoding status, bibliographic metadata, trial design.

``parse_document`` never raises on bad input: an unreadable document gets a
status (``empty``, ``binary``, ``not_utf8``) and a reason, so it still appears in
``01_documents.csv``. Text is decoded strictly as UTF-8 and returned unchanged
(a byte-order mark stays as U+FEFF at offset 0), so every character offset the
extraction stage reports indexes the text exactly as read.

How each field is found is described next to the function that finds it and
in ``docs/extraction.md``.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import operator
import re
from collections import Counter

from . import trials, wording
from .parsing_text import metadata_text
from .people import SURNAME_PARTICLES, people_named
from .records import Document
from .textscan import (
    grouped_alternation,
    line_start_opener,
    matches_at,
    matches_at_line_starts,
    offsets_of,
    word_start_alternation,
)
from .trials import NOT_TRIAL_REPORTS

# --------------------------------------------------------------------------- numbers

# Number words up to the thousands ("Sixty-nine", "One hundred and twelve").
_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
NUMBER_WORDS = rf"(?:(?:{_WORD})(?:[\s-]+(?:(?:and|a)[\s-]+)?(?:{_WORD}|hundred|thousand))*)"


def words_to_int(text: str) -> int | None:
    """``"Sixty-nine"`` -> 69, ``"one hundred and twelve"`` -> 112; None if not a number."""
    total, current = 0, 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", "a", ""):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def count_to_int(text: str) -> int | None:
    """A count written as digits (``1,234``) or words."""
    text = text.strip()
    if text[:1].isdigit():
        digits = re.sub(r"[,\s\u2009\u202f\u00a0]", "", text)
        return int(digits) if digits.isdigit() else None
    return words_to_int(text)


# --------------------------------------------------------------------------- decoding

# Share of control characters (other than tab/newline/CR/form feed) above which
# decoded text is treated as binary.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05
# Without a valid decoding: share of bytes outside printable ASCII and common
# whitespace above which the file is called binary rather than mis-encoded text.
_MAX_NONTEXT_SHARE = 0.30
_TEXT_BYTES = frozenset(range(0x20, 0x7F)) | {0x09, 0x0A, 0x0C, 0x0D}


# Signatures of file formats that are never plain text.
_MAGIC_NUMBERS = [
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP (or DOCX/XLSX)"),
    (b"\xd0\xcf\x11\xe0", "OLE2 (DOC/XLS)"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x1f\x8b", "gzip"),
]


def decode(data: bytes) -> tuple[str | None, str, str]:
    """Decode bytes as UTF-8: ``(text, status, status_detail)``."""
    if not data.strip():
        return None, "empty", "0 bytes" if not data else f"{len(data)} bytes, whitespace only"
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            return None, "binary", f"{kind} file (starts with {magic!r}), not text"
    if b"\x00" in data:
        return None, "binary", f"NUL byte at offset {data.index(0)}"
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as error:
        sample = data[:4096]
        nontext = sum(1 for b in sample if b not in _TEXT_BYTES and b < 0x80) / len(sample)
        high = sum(1 for b in sample if b >= 0x80) / len(sample)
        if nontext > 0.05 or high > _MAX_NONTEXT_SHARE:
            return (
                None,
                "binary",
                (
                    f"not text: {nontext:.0%} control bytes, {high:.0%} non-ASCII bytes in the first "
                    f"{len(sample)} bytes (UTF-8 decoding fails at byte offset {error.start})"
                ),
            )
        return (
            None,
            "not_utf8",
            (
                f"invalid UTF-8 at byte offset {error.start}: byte 0x{data[error.start]:02x} "
                f"({error.reason})"
            ),
        )
    if not text.strip() or not text.lstrip("\ufeff").strip():
        return None, "empty", f"{len(data)} bytes, whitespace only"
    controls = len(_CONTROL_RE.findall(text, 0, 8192))
    if controls / min(len(text), 8192) > _MAX_CONTROL_SHARE:
        return (
            None,
            "binary",
            f"not text: {controls} control characters in the first 8192 characters",
        )
    detail = "decoded as UTF-8"
    if text.startswith("\ufeff"):
        detail += "; starts with a byte-order mark, kept as U+FEFF at offset 0"
    return text, "ok", detail


# --------------------------------------------------------------------------- source type

# (grouped by first characters, see textscan: the engine scans for those capitals)
_REGISTRY_MARKER_PHRASES = (
    r"Study Type:|Study Design:|Enrollment:|Enrollment \(|Primary Outcome Measures?:|NCT Number:|Study Start"
    r"|Secondary Outcome Measures?:|Please refer to this study by its identifier"
    r"|Eligibility Criteria|Ages Eligible for Study|Recruitment Status|First received:"
    r"|Study First Received|First Posted|Last Update Posted|Record Verification"
    r"|Intervention Model:|Allocation:|Masking:|Primary Purpose:|Arms Assigned Interventions"
    r"|ClinicalTrials\.gov Identifier:|Sponsors and Collaborators"
    # the registry's current pages, and its results fields
    r"|ClinicalTrials\.gov ID|Study type:|Comparison [Gg]roup [Ss]election:|Unit of [Mm]easure:"
    # the WHO trial registration data set, as ANZCTR, ISRCTN, ChiCTR, CTRI and the EU
    # register print it
    r"|Public title:|Scientific title:|Trial acronym:|Registration number:|Date registered:"
    r"|Date of registration:|Main ID:|Primary sponsor:|Target sample size:|EudraCT [Nn]umber:"
    r"|Full title of the trial:|Overall study status:|Type of registration:"
    # ISRCTN's record page, whose labels may stand one space before their value
    # ("Condition category Cancer")
    r"|Plain English summary of protocol|Prospectively registered|Retrospectively registered"
    r"|Condition category"
    # the EU register's results page, its fields in columns without colons, and its
    # protocol page ("A.3.2 Name or abbreviated title of the trial where available: ...")
    r"|Clinical Trial Results:|Sponsor protocol code|Global end of trial date"
    # UMIN-CTR's record page, its labels in a column or before a colon
    r"|Unique ID issued by UMIN|Official scientific title of the study"
    r"|Title of the study \(Brief title\)|Narrative objectives ?1|Basic objectives ?2"
    r"|Sponsor's Protocol Code Number:|Name or abbreviated title of the trial"
    # the WHO data set in columns without colons ("Registration number      NCT02899299",
    # "Trial acronym          CheckMate743", as ANZCTR's record pages print it)
    r"|(?:Public[ \t][Tt]itle|Scientific[ \t][Tt]itle|Trial[ \t]acronym|Registration[ \t]number"
    r"|Date[ \t]registered|Target[ \t]sample[ \t]size|Secondary[ \t]ID|Health[ \t]condition"
    # ISRCTN's record page, its labels in a column or before a colon
    r"|Study[ \t]acronym|Study[ \t]hypothesis|Overall[ \t]study[ \t]status|Recruitment[ \t]status"
    r"|Participant[ \t]inclusion[ \t]criteria|Target[ \t]number[ \t]of[ \t]participants"
    # the EU register's results page in columns
    r"|EudraCT[ \t]number|Sponsor[ \t]organisation|Trial[ \t]protocol|Results?[ \t]version[ \t]number"
    r"|This[ \t]version[ \t]publication[ \t]date|First[ \t]version[ \t]publication[ \t]date"
    # ClinicalTrials.gov's fields as copies of its records print them, in columns without
    # colons ("Study type               Interventional", "Allocation               Randomized")
    r"|Study[ \t]type|Allocation|Masking|First[ \t]posted|Acronym|Intervention[ \t]model"
    r"|Primary[ \t]purpose|Last[ \t]update[ \t]posted)"
    r"(?=[ \t]{2,}\S|\t|[ \t]*:)"
)
_REGISTRY_MARKERS = re.compile(grouped_alternation([_REGISTRY_MARKER_PHRASES]))
# each after a character that is not a letter: the look-behind checked after the first
# character of each (see textscan), so the engine scans for those characters
_ABSTRACT_MARKER_PHRASES = (
    r"(?:Abstract|Background|BACKGROUND|Methods|METHODS|Results|RESULTS|Conclusions?|CONCLUSIONS?"
    r"|Objective|Purpose|PURPOSE|Patients and methods|Findings|Interpretation)\b\s*:?"
    r"|doi:|PMID\b|patients\b|participants\b|primary\s+end\s?points?\b|confidence\s+interval"
    r"|enrolled\b|randomi[sz]ed\b|median\b|©|Copyright\b"
)
_ABSTRACT_MARKERS = re.compile(word_start_alternation([_ABSTRACT_MARKER_PHRASES], "A-Za-z"))


def source_type(text: str) -> str:
    """``registry_record`` when at least three registry field labels appear,
    ``journal_abstract`` when abstract headings or patient prose do, else ``unknown``."""
    if _distinct_at_least(_REGISTRY_MARKERS, text, 3):
        return "registry_record"
    if _distinct_at_least(_ABSTRACT_MARKERS, text, 2):
        return "journal_abstract"
    return "unknown"


def _distinct_at_least(pattern: re.Pattern, text: str, n: int) -> bool:
    seen = set()
    for m in pattern.finditer(text):
        seen.add(m.group().rstrip(": "))
        if len(seen) >= n:
            return True
    return False


# --------------------------------------------------------------------------- identifiers

# ("\b10." with the boundary looked for behind the "1": the engine scans for it)
_DOI_RE = re.compile(r"(1(?<!\w.)0\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_PMID_RE = re.compile(r"PMID:?\s*(\d{1,9})\b")
# NCT followed by a digit run of the wrong length: printed truncated or mistyped.
_NCT_PARTIAL_RE = re.compile(r"N(?<![A-Za-z0-9].)CT\s?(\d+)(?!\d)")


def registry_ids(text: str) -> tuple[list[str], list[str]]:
    """Valid registry identifiers and NCT-like identifiers with the wrong digit count."""
    found = {rid for _, _, rid in trials.registry_id_occurrences(text)}
    partial = set()
    for m in _NCT_PARTIAL_RE.finditer(text):
        if len(m.group(1)) != 8:
            partial.add(m.group())
    return sorted(found), sorted(partial)


def doi(text: str) -> str:
    m = _DOI_RE.search(text)
    return m.group(1).rstrip(".,;)]") if m else ""


def pmid(text: str) -> str:
    m = _PMID_RE.search(text)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- citation

# PubMed citation line: "Cancer. 2010 Jan 1;116(1):57-65. doi: ..." or
# "Expert review of clinical pharmacology. 2021 Jan 20 [Epub ahead of print]".
_CITATION_RE = re.compile(
    # a publication-type breadcrumb ("Comparative Study > ") or a date ("July 2, 2015   ")
    # may stand before the journal on its line
    r"^[ \t]*(?:[A-Z][A-Za-z ,]{2,60}[ \t]>[ \t]*|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]{2,}"
    # PubMed's citation line copied with the marker before it: "> N Engl J Med. 2021 Jun 3"
    r"|[>›»][ \t]*"
    # ... or an article type before a bar: "ORIGINAL ARTICLE  |  N Engl J Med 2017;377:623-632"
    r"|[A-Z][A-Za-z ]{2,30}[ \t]+\|[ \t]+)?"
    r"(?P<journal>[A-Z][A-Za-z&:,'()\- ]{1,120}?)\.?[ \t]+(?P<year>(?:19|20)\d{2})"
    r"(?:[ \t]+(?:[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?|Spring|Summer|Autumn|Fall|Winter)(?:[ \t]+\d{1,2})?)?"
    # (not a meeting's name and year before a news headline: "ARVO 2024: CHAMP phase 3 trial
    # shows ...", "ESMO 2023: Adjuvant ..."; a citation's colon is followed by numbers)
    r"[ \t]*(?:[;.]|:(?![ \t]*[A-Z][A-Za-z-]*(?:[ \t]+\S+){3})|\[Epub|$)",
    re.MULTILINE,
)
# Trailer of Wiley-style abstracts: "Cancer 2010. © 2010 American Cancer Society."
_COPYRIGHT_CITATION_RE = re.compile(
    r"(?P<journal>[A-Z][A-Za-z&\- ]{1,60}?)[ \t]+(?P<year>(?:19|20)\d{2})\.[ \t]*(?:©|\(c\)|Copyright)"
)
# Meeting abstracts: "J Clin Oncol 23, No. 16S (June 1 Supplement), 2005: 4510",
# "Annals of Oncology (2019) 30 (suppl_9): ix186", "J Clin Oncol 31, 2013 (suppl; abstr 4)".
_CONFERENCE_CITATION_RE = re.compile(
    r"^[ \t]*(?P<journal>[A-Z][A-Za-z&. ]{2,60}?)[ \t]+(?:\((?P<y1>(?:19|20)\d{2})\)[ \t]+)?\d+[A-Z]?(?:,|[ \t]+\()"
    r"[^\n]*?(?(y1)|(?P<y2>(?:19|20)\d{2}))",
    re.MULTILINE,
)
_YEAR_RE = re.compile(r"(?:©|\(c\)|Copyright)\s*(?P<year>(?:19|20)\d{2})")
# a news headline opening with its meeting's name and year: "ARVO 2024: CHAMP phase 3 trial
# shows ...", "ESMO 2023: Adjuvant ..." (the year of the news; the meeting is no journal)
_MEETING_HEADLINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z&-]{1,15}(?:[ \t][A-Z][A-Za-z&-]{1,15}){0,2}[ \t]+(?P<year>(?:19|20)\d\d)"
    r"[ \t]*:[ \t]*[A-Z][A-Za-z-]*(?:[ \t]+\S+){3}",
    re.MULTILINE,
)
# a registry's first date, as each registry labels it: ClinicalTrials.gov's "First Posted:
# December 2019", ISRCTN's "Submission date: 2010" or "Date applied 25/11/2004", the WHO
# platform's "Date of registration: 14/07/2014", ANZCTR's "Date registered: 2011"
_REGISTRY_YEAR_RE = re.compile(
    r"(?:First received|Study First Received|First Posted|First submitted|Study Start Date"
    r"|Submission date|Date of registration|Date registered|Registration date|Date applied)"
    r"[ \t]*:?[ \t]*(?:\(?[A-Za-z]+\.?[ \t]+(?:\d{1,2},[ \t]*)?|\d{1,2}[/.-]\d{1,2}[/.-]|\d{1,2}[ \t]+)?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# the last resorts of a page's year, in its head: a citation's year before its volume and
# pages ("Ophthalmology  >  2020 Jan;127(1):72-84", "Resuscitation. 2020;157:74-82", "BMC
# Cancer (2016) 16:503", "BMC Pregnancy and Childbirth  2007, 7:12", "pages 532-539 (2012)")
_HEAD_CITATION_YEAR_RE = re.compile(
    r"\b(?P<y1>(?:19|20)\d{2})(?:[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{1,2})?)?[ \t]*;[ \t]*\d+"
    r"(?:[ \t]*\([\w-]+\))?[ \t]*:[ \t]*[A-Za-z]?\d+"
    r"|\((?P<y2>(?:19|20)\d{2})\)[ \t]+\d+[ \t]*:[ \t]*[A-Za-z]?\d+"
    r"|\b(?P<y3>(?:19|20)\d{2}),[ \t]+\d+[ \t]*:[ \t]*\d+"
    r"|\bpages?[ \t]+\d+[-–]\d+[ \t]+\((?P<y4>(?:19|20)\d{2})\)"
)
# ... or a year standing as a field of a head line between bars or arrows ("Press release |
# 2021", "THE LANCET  |  Correspondence  |  Volume 398  |  2021", "ESC Congress, Rome |
# 2016"), after "Published:" ("Published: 2018  |  Am J Gastroenterol"), or a meeting's
# name and year ("ECNP 2021", "ESMO 2014 Congress", "2024 ASCO Annual Meeting")
_HEAD_FIELD_SPLIT_RE = re.compile(r"[ \t]*(?:\||>|»)[ \t]*|[ \t]{3,}")
_HEAD_FIELD_YEAR_RE = re.compile(
    r"(?:Published:?[ \t]*|(?:Volume|Vol\.)[ \t]+\d+,[ \t]*|Abstracts[ \t]+)?(?P<y1>(?:19|20)\d{2})"
    r"|[A-Z]{3,8}[ \t]+(?P<y2>(?:19|20)\d{2})(?:[ \t]+(?:Congress|Annual[ \t]+Meeting|Meeting|Symposium))?"
    r"|(?P<y3>(?:19|20)\d{2})[ \t]+[A-Z]{3,8}[ \t]+(?:Annual[ \t]+Meeting|Congress|Symposium)"
)


# Banners printed before the journal on author manuscripts and repository copies.
_JOURNAL_PREFIX_RE = re.compile(
    r"^(?:Published in final edited form as|Author manuscript|Published as|Final version published as"
    r"|Originally published in|Reprinted from)\s*:?\s*",
    re.IGNORECASE,
)


# A journal's name as a reviewer cites it, from what a page prints where its citation stands:
# without a label ("Cite this as: BMJ", "Publication information: Lancet"), the article
# type, section or platform printed beside it ("Randomized Controlled Trial   BMJ", "The NEW
# ENGLAND JOURNAL of MEDICINE   CORRESPONDENCE   N Engl J Med", "ScienceDirect"), a leading
# "The" and a trailing "volume"; abbreviated word by word as the NLM abbreviates titles (ISO 4:
# "Journal of Clinical Oncology" is "J Clin Oncol", "The Lancet Oncology" "Lancet Oncol");
# never a sentence's words ("The results were published in The Lancet in", "Recruitment
# finished in") or a field's label ("Publication Year:").
_JOURNAL_LABEL_RE = re.compile(
    r"^(?:Cite\s+this\s+as|Cite\s+as|Citation|Publication(?:\s+info(?:rmation)?)?|Published\s+in"
    r"|Source|Journal(?:\s+name)?|Publicado)\s*:\s*",
    re.IGNORECASE,
)
_JOURNAL_CELL_SPLIT_RE = re.compile(r"[ \t]{2,}|\t|[ \t]+\|[ \t]+")
_NOT_A_JOURNAL_CELL_RE = re.compile(
    r"(?:randomi[sz]ed\s+controlled\s+trial|clinical\s+trial|journal\s+article|review(?:\s+article)?"
    r"|original\s+(?:article|research|investigation|contribution|report)s?|research(?:\s+(?:article|paper))?"
    r"|articles?|editorials?|correspondence|corrections?|letters?|open\s+access|brief\s+reports?"
    r"|perspectives?|comment(?:ary)?|results\s+article|volume|sciencedirect|pubmed(?:\s+central)?|pmc"
    r"|europe\s+pmc|wiley\s+online\s+library|springerlink|nihr\s+journals\s+library|ovid)",
    re.IGNORECASE,
)
_JOURNAL_FRAGMENT_RE = re.compile(
    r"\b(?:was|were|is|are|published|finished|shaped|planned|presented|reported)\b"
    r"|\b(?:in|of|the|and|on|at|for|to|by|with)\s*$|[:\-,]\s*$|^(?:PY|Year)\b",
    re.IGNORECASE,
)
_JOURNAL_WORDS = {
    w.lower(): a
    for w, a in (
        pair.split("=")
        for pair in """Journal=J Medicine=Med Medical=Med New=N England=Engl Clinical=Clin
        Oncology=Oncol American=Am College=Coll Cardiology=Cardiol Annals=Ann Internal=Intern
        British=Br Technology=Technol Assessment=Assess Ophthalmology=Ophthalmol Network=Netw
        Human=Hum Hypertension=Hypertens Neurology=Neurol Surgery=Surg Gastroenterology=Gastroenterol
        Hepatology=Hepatol Endocrinology=Endocrinol Respiratory=Respir Critical=Crit
        Infectious=Infect Infection=Infect Diseases=Dis Disease=Dis Haematology=Haematol
        Hematology=Hematol Rheumatology=Rheumatol Dermatology=Dermatol Urology=Urol
        Obstetrics=Obstet Obstetric=Obstet Gynecology=Gynecol Gynaecology=Gynaecol
        International=Int European=Eur Society=Soc Nephrology=Nephrol Global=Glob Research=Res
        Reviews=Rev Review=Rev Therapeutics=Ther Pharmacology=Pharmacol Association=Assoc
        Academy=Acad Sciences=Sci Science=Sci Translational=Transl Communications=Commun
        Thoracic=Thorac Emergency=Emerg Reports=Rep Economics=Econ Perspectives=Perspect
        Evidence=Evid Immunology=Immunol Canadian=Can Australian=Aust Radiation=Radiat
        Biology=Biol Neurosurgery=Neurosurg Orthopaedic=Orthop Orthopedic=Orthop
        Psychiatric=Psychiatr Paediatrics=Paediatr Pediatric=Pediatr Paediatric=Paediatr
        Preventive=Prev Epidemiology=Epidemiol Physical=Phys Rehabilitation=Rehabil
        Geriatrics=Geriatr Geriatric=Geriatr Nutrition=Nutr Clinics=Clin Annual=Annu
        Current=Curr Experimental=Exp Molecular=Mol Quarterly=Q Acquired=Acquir
        Immune=Immune Deficiency=Defic Syndromes=Syndr Gastroenterological=Gastroenterol""".split()
    )
}
_JOURNAL_DROPPED_WORDS = frozenset(("of", "the", "and", "&", "for", "in", "on"))
_MEETING_WORDS_RE = re.compile(
    r"\b(?:Conference|Congress|Meeting|Sessions?|Symposium|Summit|Forum)\b", re.IGNORECASE
)


def journal_name(printed: str) -> str:
    """The journal a citation names, as a reviewer cites it ('' when what was read is no
    journal's name); see _JOURNAL_LABEL_RE and the rules above it."""
    printed = _JOURNAL_LABEL_RE.sub("", printed.strip())
    if printed.endswith(":"):
        return ""  # a field's label ("Publication Year:")
    cells = [
        c.strip(" .,;:")
        for c in _JOURNAL_CELL_SPLIT_RE.split(printed)
        if c.strip(" .,;:") and not _NOT_A_JOURNAL_CELL_RE.fullmatch(c.strip(" .,;:"))
    ]
    if not cells:
        return ""
    name = min(cells, key=len)  # (a page's printed name beside its abbreviation: the latter)
    name = re.sub(r"\s+volume$", "", name, flags=re.IGNORECASE).strip(" .,;:")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    if not name or _JOURNAL_FRAGMENT_RE.search(name):
        return ""
    words = name.split()
    content = [w for w in words if w.lower() not in _JOURNAL_DROPPED_WORDS and w[:1] != "("]
    if len(content) < 2 or _MEETING_WORDS_RE.search(name):
        # a title of one word ("Rheumatology (Oxford)", "Lancet") or a meeting's name is
        # printed as it is
        return name
    return " ".join(
        _JOURNAL_WORDS.get(w.lower(), w) for w in words if w.lower() not in _JOURNAL_DROPPED_WORDS
    )


# Dates and page furniture that read like "Journal YYYY": "Between Aug 28, 2013, and ...",
# "Published online January 2018", "Volume 389 ... 2017".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_NOT_JOURNAL_RE = re.compile(
    rf"^(?:Between|From|Since|During|In|On|Until|Published|Accepted|Received|Revised|Epub|Online|Volume|Vol|Issue"
    rf"|Updated|Posted|First|Last|Copyright|Date)\b|\b{_MONTH}\.?$",
)


# "European Heart Journal, Volume 43, Issue 6, 7 February 2022, Pages 474-484",
# "J Clin Oncol 38:1580-1590. Published online March 20, 2020.", "J Clin Oncol 37:537-546. © 2019"
_VOLUME_CITATION_RE = re.compile(
    r"^[ \t]*(?:Citation:[ \t]*)?(?P<journal>[A-Z][A-Za-z&.' ]{2,80}?)(?:,[ \t]*Volume[ \t]+\d+,[ \t]*Issue[ \t]+\d+,"
    r"[^\n]{0,40}?(?P<year>(?:19|20)\d{2})|[ \t]+\d{1,4}:\d{1,5}(?:[-–]\d{1,5})?\.)",
    re.MULTILINE,
)
# A journal site's head: the journal's name on a line of its own (or before a bar) and its
# issue on the next line, after an article-type line, or after the bars: "Gastroenterology\n
# Volume 126, Issue 2, February 2004, Pages 402-413", "THE LANCET\nArticles  |  Volume 381,
# Issue 9867, P629-638, February 23, 2013", "The Lancet Child & Adolescent Health  |
# Correspondence  |  Volume 3, Issue 3, E2-E3, March 2019", "Cardiovascular
# Revascularization Medicine\nAvailable online 2024", "JAMA Network Open\nOriginal
# Investigation | Obstetrics and Gynecology\nJune 17, 2020;3(6):e205323", "... Mental Health
# Open Access  |  Methodology\n2009, 3:4"; or its name and year before a dash: "British
# Journal of Cancer (2018) - ARTICLE". (Read line by line: each pattern is anchored and
# bounded, so a line of a thousand spaces costs its length.)
_JOURNAL_NAME_RE = re.compile(r"[A-Z][A-Za-z&.,:' ]{2,80}")
_HEAD_SPLIT_RE = re.compile(r"[ \t]{3,}|[ \t]+\|[ \t]+")
_ISSUE_RE = re.compile(
    r"[ \t|]*(?:[A-Z][A-Za-z]{1,15}(?:[ \t][A-Za-z]{1,15}){0,2}[ \t]+\|[ \t]+)?"
    r"(?:(?:Volume|Vol\.)[ \t]+\d+,[ \t]*(?:Issue|No\.)[ \t]+[\w-]+,[^\n]{0,40}?"
    r"|Available[ \t]+online[ \t]+[^\n]{0,20}?"
    r"|(?=(?:[A-Z][a-z]{2,8}\.?[ \t]+(?:\d{1,2},[ \t]+)?)?(?:19|20)\d{2}(?:;\d+(?:\(\d+\))?:|,[ \t]+\d+:\d))"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+(?:\d{1,2},[ \t]+)?)?)"
    # (not the end of a page range nor a page: "Issue 10054, P1893-1902, October 15, 2016"
    # is 2016, "Issue 10185, p2051-2058, May 18, 2019" is 2019)
    r"(?<![-–\dPp])(?P<year>(?:19|20)\d{2})\b"
)
_JOURNAL_YEAR_DASH_RE = re.compile(
    r"(?P<journal>[A-Z][A-Za-z&.,:']{1,30}(?:[ \t][A-Za-z&.,:']{1,30}){0,8})[ \t]+"
    r"\((?P<year>(?:19|20)\d{2})\)[ \t]+[-–|][ \t]"
)


def _head_journal(text: str) -> tuple[str, str] | None:
    """(journal, year) from a journal site's head, or None."""
    lines = text[:_HEAD_DATE_CHARS].split("\n")
    for i, line in enumerate(lines):
        line = line.strip()
        m = _JOURNAL_YEAR_DASH_RE.match(line)
        if m:
            return m.group("journal"), m.group("year")
        parts = _HEAD_SPLIT_RE.split(line, maxsplit=1)
        if not _JOURNAL_NAME_RE.fullmatch(parts[0]):
            continue
        places = [parts[1]] if len(parts) > 1 else []
        places += lines[i + 1 : i + 2]
        if len(lines) > i + 2 and len(lines[i + 1]) <= 60:
            places.append(lines[i + 2])  # (after an article-type line)
        for place in places:
            m = _ISSUE_RE.match(place)
            if m:
                return parts[0], m.group("year")
    return None


# words of a site's navigation line, never a journal's name
_SITE_WORDS_RE = re.compile(r"\b(?:Sign[ \t]?in|Log[ \t]?in|Search|Menu|Register|Subscribe)\b")
_YEAR_AFTER_RE = re.compile(r"[^\n]{0,60}?\b(?P<year>(?:19|20)\d{2})\b")


def _year_after(text: str, pos: int) -> str:
    m = _YEAR_AFTER_RE.match(text, pos)
    return m.group("year") if m else ""


def _journal_as_named(header: str) -> str:
    """A journal's name as a site's header prints it, without its article: "THE LANCET"
    is "LANCET", as "The Lancet HIV" is "Lancet HIV"."""
    words = header.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def citation(text: str, registry: bool) -> tuple[str, str]:
    """``(journal, year)`` from a citation line; registry records give the year first received."""
    if registry:
        m = _REGISTRY_YEAR_RE.search(text)
        return "", m.group("year") if m else ""
    for m in _CITATION_RE.finditer(text):
        journal = _JOURNAL_PREFIX_RE.sub("", m.group("journal")).strip(" .")
        if not _NOT_JOURNAL_RE.search(journal):
            return journal, m.group("year")
    m = _MEETING_HEADLINE_RE.search(text, 0, min(len(text), _HEAD_DATE_CHARS))
    if m:
        return "", m.group("year")  # a meeting's news: its year, and no journal
    for m in _VOLUME_CITATION_RE.finditer(text):
        journal = _JOURNAL_PREFIX_RE.sub("", m.group("journal")).strip(" .:")
        if not _NOT_JOURNAL_RE.search(journal):
            year = m.group("year") or _year_after(text, m.end())
            if year:
                return journal, year
    head = _head_journal(text)
    if head:
        journal = _journal_as_named(head[0].strip(" .:"))
        if not _NOT_JOURNAL_RE.search(journal) and not _SITE_WORDS_RE.search(journal):
            return journal, head[1]
    for m in _CONFERENCE_CITATION_RE.finditer(text):
        journal = m.group("journal").strip(" .")
        if not _NOT_JOURNAL_RE.search(journal):
            return journal, m.group("y1") or m.group("y2")
    for m in _COPYRIGHT_CITATION_RE.finditer(text):
        journal = m.group("journal").strip()
        if not _NOT_JOURNAL_RE.search(journal):
            return journal, m.group("year")
    m = _YEAR_RE.search(text)
    if m:
        return "", m.group("year")
    # a dated page (press release, congress page, blog): the first full date on a short
    # line of its head ("FOR IMMEDIATE RELEASE — November 16, 2019"), never a date in a
    # sentence ("Between Aug 28, 2013, and Feb 27, 2015, we enrolled ...")
    for m in _HEAD_DATE_RE.finditer(text, 0, min(len(text), _HEAD_DATE_CHARS)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(line.split()) <= 14 and not _PERIOD_WORDS_RE.search(line):
            return "", m.group("y1") or m.group("y2") or m.group("y3")
        if _DATELINE_PLACE_RE.fullmatch(text, line_start, m.start()) and _DATELINE_END_RE.match(
            text, m.end()
        ):
            # a press release's dateline, its place and date before the first sentence:
            # "BRIDGEWATER, N.J., Sept. 7, 2020 -- Insmed today announced ...", "Brussels,
            # 16 March 2016 - Children in intensive care ...", "INDIANAPOLIS, April 28,
            # 2022 /PRNewswire/ --"
            return "", m.group("y1") or m.group("y2") or m.group("y3")
    # ... or a month or a meeting and its year on one of its first lines ("FETAL MEDICINE
    # DIGEST  -  Evidence round-up, July 2020", "ASCO Annual Meeting 2017, Chicago")
    head_lines = [ln for ln in text[:_HEAD_DATE_CHARS].split("\n") if ln.strip()]
    for line in head_lines[:3]:
        m = _HEAD_MONTH_YEAR_RE.search(line)
        if m and len(line.split()) <= 20 and not _PERIOD_WORDS_RE.search(line):
            return "", m.group("y1") or m.group("y2") or m.group("y3")
    return "", _head_year(text, head_lines)


def _head_year(text: str, head_lines: list[str]) -> str:
    """The year of a page no citation dates: a year as a field of one of its first five
    lines, a citation's year before its volume and pages in its head, or a registry's first
    date ("" if none)."""
    for line in head_lines[:5]:
        if _PERIOD_WORDS_RE.search(line):
            continue
        for field in _HEAD_FIELD_SPLIT_RE.split(line.strip()):
            m = _HEAD_FIELD_YEAR_RE.fullmatch(field.strip())
            if m:
                return m.group("y1") or m.group("y2") or m.group("y3")
    m = _HEAD_CITATION_YEAR_RE.search(text, 0, min(len(text), _HEAD_DATE_CHARS))
    if m:
        return m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
    # (a registry's dates are among its first fields)
    m = _REGISTRY_YEAR_RE.search(text, 0, min(len(text), 4 * _HEAD_DATE_CHARS))
    return m.group("year") if m else ""


# "November 16, 2019", "17 May 2021", "2021-11-05", "Monday, May 17, 2021": a page's date
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_HEAD_DATE_RE = re.compile(
    rf"\b{_MONTHS}\s+\d{{1,2}},\s+(?P<y1>(?:19|20)\d{{2}})\b"
    rf"|\b\d{{1,2}}\s+{_MONTHS}\s+(?P<y2>(?:19|20)\d{{2}})\b"
    r"|\b(?P<y3>(?:19|20)\d{2})-[01]\d-[0-3]\d\b"
)
_HEAD_MONTH_YEAR_RE = re.compile(
    rf"\b{_MONTHS}\s+(?P<y1>(?:19|20)\d{{2}})\b"
    r"|\b(?:Meeting|Congress|Symposium|Sessions?|Summit|Conference)\s+(?P<y2>(?:19|20)\d{2})\b"
    # (or before the meeting's name: "2024 ASCO Annual Meeting", "ACD 2017 Annual Scientific
    # Meeting - Abstracts")
    r"|\b(?P<y3>(?:19|20)\d{2})\b(?=[^\n]{0,50}?\b(?:Meeting|Congress|Symposium|Sessions|Summit"
    r"|Conference)\b)"
)
# the place a dateline opens with: capitalised words and abbreviations, commas between
# ("BRIDGEWATER, N.J., ", "Brussels, ", "NEW YORK, "), a weekday at most before the date
_DATELINE_PLACE_RE = re.compile(
    r"[ \t]*[A-Z][A-Za-z.'’-]*(?:,?[ \t]+[A-Z][A-Za-z.'’-]*){0,4},[ \t]+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+)?"
)
# ... and what follows its date: a dash, or a wire service's name between slashes
_DATELINE_END_RE = re.compile(r"[ \t]*(?:[-–—]{1,2}[ \t]|/[A-Za-z ]{2,30}/)")
_PERIOD_WORDS_RE = re.compile(
    r"\b(?:between|from|until|through|enrolled|recruited)\b", re.IGNORECASE
)
# how far down a page its date is looked for (the head, above the body)
_HEAD_DATE_CHARS = 1500


# --------------------------------------------------------------------------- title, authors

_BOILERPLATE_LINE = re.compile(
    r"^(?:Send to|Choose Destination|Abstract(?:[ \t]+[A-Z]*\d+[A-Z]?)?[ \t]*$|Author information|Full text links|Try our|IMPORTANT:"
    r"|Free PMC Article|Similar articles|Cited by|Publication types|MeSH terms|Substances"
    r"|Associated data|Supplemental Content|Loading|Support Center|Icon for|Display options"
    r"|Format:|Review\b|Comment in|Erratum in|Save|Email|Cite|Collections|Share|Affiliations"
    r"|Keywords|\[Indexed|This study (?:is|has)|Verified|Information provided|Go to|Skip to"
    r"|PMID|PMCID|DOI|doi|Copyright|©|Trial registration|Clinical trial registration"
    # a site's audience notice: "This website is intended for diabetes healthcare
    # professionals", "For healthcare professionals only"
    r"|This[ \t]+(?:web[ \t]?)?(?:site|page)[ \t]+is[ \t]+(?:intended|only)"
    r"|(?:Intended[ \t]+)?[Ff]or[ \t]+(?:UK[ \t]+|US[ \t]+)?(?:health[ \t]?care|medical)[ \t]+professionals"
    r"|(?:Background|Methods|Results|Conclusions?|Objectives?|Purpose|Introduction)[ \t]*(?::|$)"
    # a licence notice: "This article is distributed under the terms of the Creative Commons
    # Attribution (CC BY) licence."
    r"|This[ \t]+(?:article|work|paper)[ \t]+is[ \t]+(?:distributed|licensed|published|available)\b"
    # a page's label of the article's type or section: "Type: Extended Research Article",
    # "Article type: Original Investigation", "Section: Cardiology"
    r"|(?:(?:Article|Publication|Document|Content)[ \t]+)?Type[ \t]*:|Section[ \t]*:|Category[ \t]*:)",
    re.IGNORECASE,
)
_CONFERENCE_LINE_RE = re.compile(
    r"Annual Meeting|Symposium|Congress|Proceedings|\bSupplement\b|\bsuppl|^[A-Z][A-Za-z&. ]{2,60}[ \t]+\(?\d+\)?[A-Z]?,[ \t]"
)
# The same test in two parts for a fast scan of a long line: the words (each opening with
# its letter, the boundary checked after it), and the line's start.
_CONFERENCE_WORDS_RE = re.compile(
    r"Annual Meeting|Symposium|Congress|Proceedings|S(?<!\w.)upplement\b|s(?<!\w.)uppl"
)
_CONFERENCE_START_RE = re.compile(r"[A-Z][A-Za-z&. ]{2,60}[ \t]+\(?\d+\)?[A-Z]?,[ \t]")


def _conference_line(line: str) -> bool:
    """Does ``_CONFERENCE_LINE_RE`` match in ``line``?"""
    return bool(_CONFERENCE_WORDS_RE.search(line) or _CONFERENCE_START_RE.match(line))


_CONFERENCE_YEAR_RE = re.compile(
    r"\bConference\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\bConference\b"
)


def _meeting_line(line: str) -> bool:
    """A line naming a meeting, not a title: a short line with a meeting word ("ATS 2019
    International Conference, Dallas, May 17–22", "ESMO Congress 2023"), not a headline
    that mentions one late ("Finerenone cuts heart-failure events ...: FINEARTS-HF
    presented at ESC Congress")."""
    words = len(line.split())
    if _conference_line(line):
        found = _CONFERENCE_WORDS_RE.search(line)
        return words <= 12 or found is None or found.start() < 40
    return words <= 12 and bool(_CONFERENCE_YEAR_RE.search(line))


# "Abstract 4: ...", "LBA3 - ...": meeting abstract numbers before the title
# An abstract's number before its title: "Abstract LBA5: ", "LBA5 – ", and a congress's
# session code with a dotted number ("PL03.13  FLAURA2: ...", "OA01.02 ", "P1.01-23 ");
# never a trial name with its number ("E4599: ...", "CALGB 80405: ...").
_TITLE_PREFIX_RE = re.compile(
    # a repository record's field label ("Title:          Complete Versus Lesion-Only ...")
    # (or a trial listing's labelled title: "Scientific title:  TheraP: A randomised ...", as
    # a cancer charity's or hospital's trial finder prints the record)
    r"^(?:(?:(?:Scientific|Official|Public|Full|Study|Trial|Brief)[ \t]+)?[Tt]itle[ \t]*:[ \t]+|Abstract[ \t]+[A-Z]*\d+[A-Z]?[ \t]*[:\-–][ \t]*|[A-Z]{0,4}\d+[A-Z]?[ \t]+[-–:][ \t]+"
    r"|[A-Z]{1,4}\d{1,3}\.\d{1,3}(?:-\d{1,3})?[A-Z]?[ \t]+(?=\S)"
    # a meeting abstract's number before its title: "LBA-3 CheckMate 459: ...", "03:
    # Peri-operative aromatase inhibitor treatment ..."
    r"|LBA[ \t-]?\d{1,4}[A-Z]?[ \t]*[:.]?[ \t]+(?=[A-Z])|\d{1,4}[A-Z]?:[ \t]+(?=[A-Z]))"
)
_BULLET = re.compile(r"^[\s•*\-\u2022\u25cf\u25aa]+")
_OFFICIAL_TITLE_RE = re.compile(r"^Official Title:\s*(.+)$", re.MULTILINE)
# a registry record's second title (ClinicalTrials.gov's "Official Title", the WHO data
# set's "Scientific title"), on its label's line or on the line below it: it often holds
# the trial's name where the public title does not ("Scientific title: ANODE: a
# multicentre randomised controlled trial of ...", "Official Title: ... (LEADER)")
_SECOND_TITLE_RE = re.compile(
    r"^[ \t]*(?:Official|Scientific)[ \t]+[Tt]itle[ \t]*(?::[ \t]*|[ \t]\s*|\n[ \t]*)(\S[^\n]*)",
    re.MULTILINE,
)


# the line under a headline that names what it reports: "Findings from the SENOMAC study",
# "Results of the X trial", "The X trial" (short, no full stop)
_DECK_RE = re.compile(
    r"(?:(?:findings|results?|data|outcomes?|update|report)\s+(?:from|of)\s+|the\s+)"
    r"(?:the\s+)?[^\n.]{2,60}?\b(?:trial|study)\b",
    re.IGNORECASE,
)


def deck_line(text: str, title_text: str) -> str:
    """The line right under the headline when it is a short deck naming a trial or study
    ("Findings from the SENOMAC study"), or ''."""
    if not title_text:
        return ""
    at = text.find(title_text[:60])
    if at < 0:
        return ""
    end = text.find("\n", at + len(title_text[:60]))
    if end < 0:
        return ""
    nxt = text.find("\n", end + 1)
    line = text[end + 1 : nxt if nxt >= 0 else len(text)].strip()
    if not line or len(line) > 120 or line.endswith("."):
        return ""
    return line if _DECK_RE.match(line) else ""


def second_title(text: str) -> str:
    """A registry record's scientific or official title, or ''."""
    m = _SECOND_TITLE_RE.search(text)
    return m.group(1).rstrip() if m else ""


# a registry's own title field (the WHO data set's "Public title"), which wins over the
# registry site's banner lines above it
_PUBLIC_TITLE_RE = re.compile(
    # (the EU register numbers its protocol fields: "A.3 Full title of the trial: ...")
    # (ANZCTR prints its label in a column: "Public title       CROSSFIRE - Evaluation ...")
    r"^[ \t]*(?:(?:Public [Tt]itle|Brief [Tt]itle|(?:[A-Z]\.\d+(?:\.\d+)*[ \t]+)?Full title of the trial)"
    r"(?::[ \t]*|[ \t]{2,})"
    # the EU register's results page prints its title on the line after this label
    r"|Clinical Trial Results:[ \t]*\n[ \t]*)(\S.*?)[ \t]*$",
    re.MULTILINE,
)
# (not after "vs." or "v.": "Budesonide plus Formoterol vs. Budesonide Alone")
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)\]](?<!\bvs)(?<!\bv)\.\s+[A-Z]")
# a design subtitle after a full stop, as some journals set a title: "Azithromycin during
# Acute ... Exacerbations Requiring Hospitalization (BACE). A Multicenter, Randomized,
# Double-Blind, Placebo-controlled Trial" (no sentence inside the title)
_DESIGN_SUBTITLE_RE = re.compile(
    r"\.[ \t]+An?[ \t]+[^.]{0,120}?\b(?:[Tt]rial|[Ss]tudy|[Aa]nalysis|[Rr]eview)\.?[ \t]*$"
)
_NAME_TOKEN = r"[^\W\d_][^\W\d_'’]*(?:['’-][^\W\d_]+)*"
# "Abou-Alfa GK(1)", "Van Cutsem E" (surname, initials); "A Mennitto", "J. Llovet", "A-L. Cheng¹",
# "F G de Braud" (initials, surname); "Marcia S. Brose", "Christelle de la Fouchardière" (full names).
# (a capital of any alphabet opens a name: "Çağdaş Ünlü", "Łukasz", "Émilie")
_UPPER = r"[^\W\d_a-z]"
_CAPITALISED = rf"{_UPPER}(?:['’]{_UPPER})?[^\W\d_'’]+(?:['’-][^\W\d_]+)*"
# (a name stays on its line: whitespace between its parts is any but a line break)
_AUTHOR = (
    rf"(?:(?:{_NAME_TOKEN}[^\S\n]){{0,2}}{_NAME_TOKEN}[^\S\n]{_UPPER}{{1,3}}"
    rf"|(?:{_UPPER}(?:-{_UPPER})?\.?[^\S\n]){{1,3}}(?:{_NAME_TOKEN}[^\S\n]){{0,2}}{_NAME_TOKEN}"
    # (a surname's particle in lower case or capitalised: "Sven M van Dijk", "Charlotte L Van
    # Veldhuisen")
    rf"|{_CAPITALISED}(?:[^\S\n]{_CAPITALISED})?(?:[^\S\n]{_UPPER}\.?(?:-?{_UPPER}\.?){{0,2}}){{0,3}}[^\S\n]"
    rf"(?:(?:[a-z]{{1,3}}|Van|Von|De|Der|Den|Del|Da|Di|Du|Le|La|Ten|Ter)[^\S\n]){{0,2}}"
    rf"{_CAPITALISED})"
)
# Degrees printed after a name: "Roy S Herbst, MD, Paul Baas, MD, ..."
_DEGREE = (
    r"(?:MD|PhD|MBBS|MBChB|MSc|MPH|MBA|DPhil|FRCP|FRCPC|FRACP|DrPH|PharmD|BSc|RN|DO|MS"
    # surgeons' and other colleges' ("Amar Rangan, FRCS(Tr&Orth)"), and more degrees
    r"|FRCS(?:\([^()\n]{1,15}\))?|FRCSC|FRACS|FACS|FACC|FESC|FRCR|MRCP|MRCS|MMed|MPhil|MHS|MSPH"
    r"|BM|BCh|BS|MA|MB"
    # a name's suffix: "Charles E. Geyer, Jr., M.D."
    r"|Jr\.?|Sr\.?"
    # dotted: "M.D.", "Ph.D.", "M.Biostat.", "D.Med."
    r"|(?:[A-Z][a-z]{0,7}\.){2,5})(?![A-Za-z])"
)
# (a name's suffix may stand without its comma: "Charles R. Henderson Jr; Robert Cole, PhD")
_DEGREES = rf"(?:[ \t]+(?:Jr|Sr)\.?(?![\w'’-]))?(?:,[ \t]*{_DEGREE})*"
_AFFILIATION_MARK = r"(?:\(\d+(?:,\s?\d+)*\)| ?\d+(?:,\d+)*|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)?"
_AUTHOR_LINE_RE = re.compile(
    # a group author before the names: "CRASH-2 trial collaborators; Haleema Shakur, ..."
    rf"^[ \t]*(?:(?:The[ \t]+)?[\w-]+(?:[ \t]+[\w-]+){{0,3}}[ \t]+(?:[Cc]ollaborators|[Ii]nvestigators"
    rf"|[Ss]tudy[ \t]+[Gg]roup|[Tt]rial[ \t]+[Gg]roup)\*?[;:][ \t]*"
    # ... or a group named with its acronym in brackets and a comma: "The Combined Randomised
    # and Observational Study of Surgery for Fractures in the Distal Radius in the Elderly
    # (CROSSFIRE) Study Group, Andrew Lawson, Justine M Naylor, ..."
    rf"|(?:[\w-]+[ \t]+){{0,24}}?\([\w-]+\)[ \t]+(?:[Ss]tudy|[Tt]rial|[Cc]ollaborative)[ \t]+"
    rf"[Gg]roup\*?[;:,][ \t]*"
    # ... or a writing committee for a network: "Writing Committee for the Diabetic
    # Retinopathy Clinical Research Network; Jeffrey G Gross, ..."
    rf"|(?:The[ \t]+)?(?:Writing|Steering|Executive)[ \t]+(?:Committee|Group)[ \t]+(?:for|of)[ \t]+"
    rf"(?:[\w.-]+[ \t]+){{0,10}}?[\w.-]+[ \t]*;[ \t]*)?"
    rf"(?P<first>{_AUTHOR}){_AFFILIATION_MARK}{_DEGREES}{_AFFILIATION_MARK}"
    # (the last name after "and", with or without a comma or semicolon before it: "Charles
    # R. Henderson, Jr; and Harriet Kitzman, RN, PhD")
    rf"(?:(?:[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_AUTHOR}{_AFFILIATION_MARK}{_DEGREES}"
    rf"{_AFFILIATION_MARK}){{2,}}(?=[,;.]|[ \t]*$)",
    re.MULTILINE,
)

# a line of one or two names, each with its degrees
_AUTHORS_WITH_DEGREES_RE = re.compile(
    rf"^[ \t]*(?P<first>{_AUTHOR})(?:,[ \t]*{_DEGREE})+(?:[;,][ \t]*{_AUTHOR}(?:,[ \t]*{_DEGREE})+)?"
    r"[ \t]*$",
    re.MULTILINE,
)

# Navigation and menus: items separated by runs of spaces, bars, arrows or bullets;
# logos, sign-in and site banners.
_MENU_SEPARATOR_RE = re.compile(r"[ \t]{2,}\S|[ \t][|>›»•▾/·][ \t]|[ \t]\|")
# the same pattern with the space or tab every alternative opens with taken out of the
# choice: the engine then scans for it (the same matches)
_MENU_SEPARATORS_RE = re.compile(r"[ \t](?:[ \t]+\S|[|>›»•▾/·][ \t]|\|)")
_SITE_LINE_RE = re.compile(
    r"\blogo\b|\bSkip to\b|\bLog ?in\b|\bSign ?in\b|\bSubscribe\b|official website|\bHomepage\b|\bcookies?\b"
    r"|^\s*(?:PubMed|PMC|ClinicalTrials\.gov|The Lancet|OXFORD ACADEMIC)\b"
    # the registry's own banner: "We're building a modernized ClinicalTrials.gov!"
    r"|\bmodernized\s+ClinicalTrials\.gov\b",
    re.IGNORECASE,
)
# What every match of _SITE_LINE_RE holds, lower-cased: a line without any is not searched
# (the case-insensitive pattern tries every offset of a line, slow on a long one)
_SITE_WORDS = (
    "log",
    "skip to",
    "sign",
    "subscribe",
    "official website",
    "homepage",
    "cookie",
    "pubmed",
    "pmc",
    "clinicaltrials.gov",
    "the lancet",
    "oxford academic",
)


def _navigation_line(line: str) -> bool:
    """Menu separators or a site's words: a page's navigation, not its title."""
    if len(_MENU_SEPARATORS_RE.findall(line)) >= 2 or _BUTTONS_LINE_RE.fullmatch(line):
        return True
    lowered = line.lower()
    if (
        len(lowered) == len(line)
        and "ı" not in line  # the pattern reads a dotless i as "i" and a long s as "s"
        and "ſ" not in line
        and not any(w in lowered for w in _SITE_WORDS)
    ):
        return False
    return bool(_SITE_LINE_RE.search(line))


# a row of a page's buttons, each in square brackets: "[Share] [Print] [View commentaries on
# this research]"
_BUTTONS_LINE_RE = re.compile(r"(?:\[[^\[\]\n]{1,40}\][ \t]*){2,}")
# a journal's issue line: "Journal of Hypertension: June 2018 - Volume 36 - Issue - p e5",
# "Vol. 12, No. 3"
_VOLUME_ISSUE_LINE_RE = re.compile(
    r"\bVolume[ \t]+\d+\b.{0,40}?\bIssue\b|\bVol\.[ \t]*\d+,?[ \t]+No\.[ \t]*\d"
)
# Page furniture that stands where a title could: PubMed publication types, journal
# section labels and mastheads, registry disclaimers, author-manuscript banners, sign-up
# and language switches. Skipped without counting as a line that was tried.
_FURNITURE_LINE_RE = re.compile(
    r"^(?:(?:Randomi[sz]ed\s+Controlled\s+Trial|Clinical\s+Trial(?:,\s+Phase\s+[IV]+)?|Journal\s+Article"
    r"|Multicenter\s+Study|Comparative\s+Study|Controlled\s+Clinical\s+Trial|Observational\s+Study"
    r"|Research\s+Support,?\s.*|Equivalence\s+Trial|Pragmatic\s+Clinical\s+Trial"
    r"|(?i:original\s+(?:article|report|investigation|research|contribution)s?|articles?"
    r"|research\s+(?:article|letter)s?|rapid\s+communications?|brief\s+reports?"
    r"|clinical\s+investigations?|special\s+articles?))"
    r"(?:[ \t]*(?:[|>›»/]|,)[ \t]*[^\n]{0,60})?[ \t]*$"
    r"|(?:The\s+)?U\.S\.\s+government\s+does\s+not\s+review|A\s+service\s+of\s+the\s+U\.S\."
    r"|Note:\s+this\s+record|HHS\s+Public\s+Access|Author\s+manuscript|Published\s+in\s+final\s+edited\s+form"
    r"|Sign\s+up\b|Language:|An\s+[A-Z][\w ]{0,60}\s+Journal\s*$|Accepted\s+manuscript|Preprint\b"
    # a news wire's release fields: "Source: American Association of Neurological Surgeons
    # (AANS)", "Released: 24-Apr-2023", "Media contact: ...", "FOR IMMEDIATE RELEASE"
    r"|(?:Source|Released|Contact|Media\s+[Cc]ontacts?|Embargoed(?:\s+until)?)\s*:[^\n]*$"
    r"|(?i:for\s+immediate\s+release|embargoed\s+until)\b[^\n]{0,60}$"
    # a site's own furniture: its buttons in brackets ("[Full text]  [PDF]", "...process
    # data. [Agree]", "[Try the new site]"), cookie and consent banners, navigation ("< Back
    # to search results", "Download to PDF"), a registry's disclaimer and search position
    # ("Trial record 1 of 3 for: ..."), an audience notice anywhere in the line, a registry's
    # id line ("Unique ID issued by UMIN: ..."), an abstract's number in a meeting planner
    # ("Abstract 5180 (poster ...)"), a release's dateline ("FOSTER CITY, Calif. -- Gilead
    # Sciences, Inc.") and a regulator's notice heading ("Ad hoc announcement pursuant to")
    r"|[^\n]{0,400}\[(?:Agree|Accept(?:\s+all)?|Reject(?:\s+all)?|Try\s+the\s+new\s+site|PDF|Full\s+text|Download[^\]\n]{0,20})\][ \t]*$"
    r"|(?i:[^\n]{0,200}\b(?:cookies?|privacy\s+(?:centre|center|settings|preferences))\b[^\n]{0,200}\b(?:partners|consent|accept|agree)\b)"
    r"|(?:<[ \t]*)?Back\s+to\s+(?:search\s+)?results\b|[^\n]{0,40}\bDownload\s+(?:to\s+)?PDF[ \t]*$"
    r"|The\s+safety\s+and\s+scientific\s+validity\s+of\s+this\s+study|Trial\s+record\s+\d+\s+of\s+\d+\b"
    r"|(?i:[^\n]*\bintended\s+for\s+(?:health[ \t]?care|medical)\s+professionals)"
    r"|Unique\s+ID\s+issued\s+by\b"
    r"|Abstract\s+[A-Z]{0,4}-?\d+[A-Z]?\s+\([^)\n]{1,60}\)[ \t]*$"
    r"|[A-Z][A-Z .'-]{2,30}(?:,[ \t]*[A-Z][\w.]*\.?)?[ \t]*(?:--|—|–)[ \t]+[A-Z][^\n]{0,60},[ \t]*(?:Inc|Ltd|plc|AG|SA|GmbH|LLC|Corp)\b\.?[ \t]*$"
    r"|Ad\s+hoc\s+announcement\b"
    r"|By\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}(?:,|\s+·|\s*$)"  # a byline
    r"|[^|\n]{2,60}\s\|\s[^|\n]{2,60}$"  # "Annals of Oncology | ESMO": a name and its owner
    r"|COVID-19\s+is\s+an\s+emerging|Read\s+our\s+disclaimer|[A-Z]{2,6}®?\s+is\s+published\s+by\b"
    # a line addressed to the reader ("Please use this identifier to cite or link to this
    # item: ...", "click 'reset password', ...", "Search Title by author or title"), a
    # registry's or server's disclaimer ("Listing a study does not mean it has been endorsed
    # by the ANZCTR.", "This article is a preprint and has not been certified by peer
    # review."), a field left empty ("Plain English Summary: Not provided at time of
    # registration"), an editor's note in brackets ("[English rendering of the Chinese news
    # item]"), a record's people and sponsors ("Sponsor: Hannover Medical School"), a group
    # signing for its investigators ("M. Seymour, D. Morton, on behalf of the FOxTROT
    # Investigators")
    r"|(?i:click|search[ \t]+(?:title|by|for|all|the[ \t]+site)|enter[ \t]+(?:your|the)|select[ \t]+(?:your|a|an|the))\b[^\n]*$"
    r"|(?i:[^\n]{0,40}\bplease)\b[^\n]*$"
    r"|[^\n]{0,120}\b(?:does[ \t]+not[ \t]+mean[ \t]+(?:it|that)[ \t]+has[ \t]+been[ \t]+endorsed"
    r"|(?:has|have)[ \t]+not[ \t]+(?:yet[ \t]+)?been[ \t]+(?:certified[ \t]+by[ \t]+)?peer[-\s]review(?:ed)?)\b[^\n]*$"
    r"|[A-Z][A-Za-z ]{2,40}:[ \t]+(?:Not[ \t]+(?:provided|applicable|available|yet[ \t]+\w+)|N/?A|None)\b[^\n]{0,60}$"
    r"|\[[^\]\n]{3,160}\][ \t]*$"
    r"|(?:Sponsors?|Funders?|Funding(?:[ \t]+source)?|Collaborators?|Principal[ \t]+investigators?"
    r"|Responsible[ \t]+party|Recruitment[ \t]+status|Overall[ \t]+status"
    r"|(?:Primary|Scientific|Public|Study)[ \t]+contact|Legal[ \t]+entity[^\n:]{0,40}"
    r"|Disclosures?|Conflicts?[ \t]+of[ \t]+interests?|(?:Study[ \t]+)?[Hh]ypothes[ie]s"
    r"|Plain[ \t]+English[ \t]+[Ss]ummary|Brief[ \t]+[Ss]ummary|Ethics[ \t]+approval)[ \t]*:[^\n]*$"
    r"|[^\n]{0,200}\bon[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?[^\n]{0,80}\b(?:Investigators|Group|Collaborat\w*|Consortium|Committee)[ \t]*$"
    r"|(?:The\s+)?(?:[A-Z][A-Za-z&-]*\s+){0,4}(?:JOURNAL|Journal|Lancet|LANCET)(?:\s+(?:of|OF|for|FOR|&)"
    r"(?:\s+[A-Z][A-Za-z&-]*){1,4})?[ \t]*(?:[|>›»][^\n]*)?$"
    r"|The\s+NEW\s+ENGLAND\s+JOURNAL|(?:JAMA|BMJ|NEJM)(?:\s+[A-Z][a-z]+){0,2}[ \t]*$)",
)


# A journal's or site's name standing alone on a line ("Cardiology Perspectives", "Kidney
# Practice Today", "European Society of Cardiology"): up to five capitalised words and no
# lower-case word but "of", "and" or "for"; a title that follows it wins.
_MASTHEAD_RE = re.compile(
    r"^(?:[A-Z][\w'’&-]*|of|and|for|the|&)(?:[ \t]+(?:[A-Z][\w'’&-]*|of|and|for|the|&)){1,4}[ \t]*$"
    # a site's logo and name: "LSHTM  London School of Hygiene & Tropical Medicine",
    # "ANZCTR  Australian New Zealand Clinical Trials Registry"
    r"|^[A-Z][A-Z0-9&.-]{1,11}[ \t]{2,}[A-Z][^\n|]{2,90}$"
    # an organisation's name, its parts joined by a dash, a slash or a comma: "Penn Medicine -
    # Abramson Cancer Center", "ECCO - European Crohn's and Colitis Organisation", "Nuffield
    # Department of Orthopaedics, Rheumatology and Musculoskeletal Sciences"
    # (the organisation's word among its first three words, or a dash or slash in the line:
    # not a title in title case, "Effect of X in a Tertiary Care Center")
    r"|^(?=(?:[^\n]*[ \t][-–—/][ \t]|(?:\S+[ \t]+){0,2})[^\n]*?\b(?:Department|Cent(?:er|re)"
    r"|Organi[sz]ation|Institute|University|Foundation|Society|School|College|Council|Agency"
    r"|Ministry)\b)"
    r"(?:[A-Z][\w'’&.-]*|of|and|for|the|de|des|du|&)(?:(?:[ \t]+|[ \t]*[-–—/,][ \t]*)"
    r"(?:[A-Z][\w'’&.-]*|of|and|for|the|de|des|du|&)){1,11}[ \t]*$"
)
_BODY_START_RE = re.compile(
    r"^(?:Abstract|ABSTRACT|Summary|SUMMARY|BACKGROUND|Background|METHODS|Purpose|PURPOSE)[ \t]*[:.]?[ \t]*$"
)


def _non_latin_share(line: str) -> float:
    if line.isascii():
        return 0.0
    letters = [c for c in line if c.isalpha()]
    return sum(ord(c) > 0x24F for c in letters) / len(letters) if letters else 1.0


# a list of authors, labelled or as surnames and initials ("Authors: Zi, Wenjie; Song,
# Jiaxing; ...", "Gazzard, G; Konstantakopoulou, E; ..."), or their numbered affiliations
# ("(1) University of California, San Diego; (2) ..."): no title
_AUTHORS_LINE_RE = re.compile(
    r"(?:Authors?[ \t]*:|\(\d{1,2}\)[ \t]*[A-Z]"
    r"|[A-Z][\w'’-]+,[ \t]*[A-Z][\w.-]*;[ \t]*[A-Z][\w'’-]+,[ \t]*[A-Z][\w.-]*;)"
)


# a field's value wrapped onto lines indented under it ("Public title       CROSSFIRE -
# Evaluation of surgical fixation versus conservative management for distal radius\n
# fractures in the elderly."), never the next field of a column ("Scientific title   A ...")
_CONTINUATION_LINE_RE = re.compile(r"\n([ \t]{2,})(\S[^\n]*)")
_FIELD_IN_COLUMN_RE = re.compile(r"[A-Z][\w&/()' -]{1,40}?(?::|[ \t]{2,})")


def _with_continuation(text: str, end: int, value: str) -> str:
    """``value`` (a field's, ending at ``end``) with the lines that continue it, indented
    under it: at most three."""
    for _ in range(3):
        m = _CONTINUATION_LINE_RE.match(text, end)
        if not m or _FIELD_IN_COLUMN_RE.match(m.group(2)):
            break
        value = f"{value.rstrip()} {m.group(2).strip()}"
        end = m.end()
    return value


def _title_candidate(line: str) -> bool:
    if not 15 <= len(line) <= 400 or _BOILERPLATE_LINE.match(line):
        return False
    if _AUTHORS_LINE_RE.match(line):
        return False
    if _navigation_line(line) or _non_latin_share(line) > 0.5:
        return False
    if (
        _CITATION_RE.match(line)
        or line.endswith(":")
        or _SENTENCE_INSIDE.search(_DESIGN_SUBTITLE_RE.sub("", line))
    ):
        return False
    return sum(c.isalpha() for c in line) > 0.6 * len(line)


def title(text: str, registry: bool) -> str:
    """The first line that reads like a title before the body starts.

    Navigation and citation lines are skipped; a paragraph of several sentences
    means the page has no title line (empty). A dated release line, a session label or
    a short fragment gives way to a headline after it. Registry records: the brief
    title line, else ``Official Title:``.
    """
    return _title_lines(text, registry)[-1]


# A notice that corrects or retracts an article ("Department of Error", "Erratum",
# "Correction to: <title>"): it belongs to the article it corrects, whose citation it
# prints ("Shahzad A, Kemp I, Mars C, et al. Unfractionated heparin versus bivalirudin in
# primary percutaneous coronary intervention (HEAT-PPCI): an open-label, ... trial. Lancet
# 2014; ..."): that citation's title names the trials the notice is about.
_CORRECTION_HEADING_RE = re.compile(
    # (on a line of its own, or the last cell of a header line: "THE LANCET | Department of
    # Error")
    r"^[ \t]*(?:[^\n|]{1,60}\|[ \t]*){0,3}(?:Department[ \t]+of[ \t]+Error|Errat(?:um|a)|Corrigend(?:um|a)|Corrections?"
    r"|Notice[ \t]+of[ \t]+(?:Retraction|Correction)|Retraction[ \t]+Notice|Retracted)"
    r"(?:(?:[ \t]+(?:to|for|of)[ \t]*:?|[ \t]*:)[ \t]*(?P<title>\S[^\n]{10,}))?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_CORRECTED_CITATION_RE = re.compile(
    r"^[^\n]*\bet[ \t]+al\b[^\n]*\b(?:19|20)\d\d\b[^\n]*$", re.MULTILINE
)


def corrected_article(text: str) -> str:
    """The title or citation of the article a correction notice corrects ('' when the text
    is no such notice)."""
    heading = _CORRECTION_HEADING_RE.search(text, 0, min(len(text), 1500))
    if not heading:
        return ""
    if heading.group("title"):
        return heading.group("title").strip()
    citation = _CORRECTED_CITATION_RE.search(
        text, heading.end(), min(len(text), heading.end() + 4000)
    )
    return citation.group().strip()[:600] if citation else ""


def title_labels(text: str, registry: bool) -> str:
    """The title with the short label lines above it that gave way to it ("Hot Line –
    DAPA-HF" above "Dapagliflozin and prevention of adverse outcomes in heart failure"):
    where trial names are looked for."""
    return " — ".join(line for line in _title_lines(text, registry) if line)


@functools.lru_cache(maxsize=4)
def _title_lines(text: str, registry: bool) -> tuple[str, ...]:
    """The weak title-like lines passed over, then the title ('' when none); read once per
    text (the title and the lines searched for trial names both need them)."""
    if not registry:
        cited = _repository_citation_title(text)
        if cited:
            return (cited,)
        above = _title_above_authors(text)
        if above:
            return (above,)
    else:
        field = _PUBLIC_TITLE_RE.search(text)
        if field:
            return (_with_continuation(text, field.end(1), field.group(1)),)
    checked = 0
    masthead = ""
    weak: list[str] = []
    lines = text.lstrip("\ufeff").splitlines()
    for at, raw in enumerate(lines):
        line = raw.strip()
        if not line or _BULLET.match(raw) and not registry:
            continue
        if (
            _BOILERPLATE_LINE.match(line)
            or _FURNITURE_LINE_RE.match(line)
            or _CITATION_RE.match(line)
            or _VOLUME_ISSUE_LINE_RE.search(line)
            or _meeting_line(line)
        ):
            continue
        if not registry and _BODY_START_RE.match(line):
            break  # the abstract has begun: no title line above it
        line = _without_breadcrumb(_without_collective_author(_TITLE_PREFIX_RE.sub("", line)))
        if line.endswith(":") and len(line) >= 30 and not line[0].isdigit() and at + 1 < len(lines):
            # a title broken after its colon: "Best-practice prevention alone or with ... for
            # 3- to 7-year-olds:" over "the FiCTION three-arm RCT"
            below = lines[at + 1].strip()
            if (
                below
                and not below.endswith(":")
                and not _BULLET.match(lines[at + 1])
                and _title_candidate(f"{line} {below}")
            ):
                line = f"{line} {below}"
        if _title_candidate(line):
            if _MASTHEAD_RE.match(line) and not masthead:
                masthead = line  # a journal or site name; a title may follow
                continue
            if not _weak_title(line):
                below = lines[at + 1].strip() if at + 1 < len(lines) else ""
                if not registry and _SUBTITLE_LINE_RE.match(below) and not line.endswith(":"):
                    # its subtitle on the line below: "... Over 3 Years" over "A Randomized
                    # Clinical Trial"
                    line = f"{line}: {below}"
                elif below and line.endswith((" -", " –", " —")):
                    # a title broken after its dash: "... for RECOnstruction after partial
                    # PANCreatoduodenectomy -" over "a randomized controlled trial (RECOPANC)"
                    line = f"{line} {below}"
                return (*weak, line)
            # a dated release line, a site or session label, a short fragment: a headline
            # may follow ("FOR IMMEDIATE RELEASE — November 16, 2019", then the headline)
            weak.append(line)
            if len(weak) >= 3:
                break
            continue
        if _navigation_line(line) or _SHORT_FIELD_LINE_RE.match(line):
            # navigation, or a record's short field ("Acronym:   ANZUP 1603", "Phase:  II")
            # above its labelled title: not a line that was tried
            continue
        checked += 1
        if checked >= 3 or len(line) > 400:
            break
    if weak:
        return (*weak[1:], weak[0])
    if masthead:
        return (masthead,)
    if registry:
        m = _OFFICIAL_TITLE_RE.search(text)
        if m:
            return (m.group(1).strip(),)
    return ("",)


# A title line that a headline may follow: a date in it, bars or a dash before a short
# descriptor ("OnkoNachrichten International — English edition"), a session or release
# label, or a fragment of five words or fewer
_WEAK_TITLE_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+\d{4}\b|\s\|\s|\s[—–]\s(?:\S+\s+){0,3}\S+$"
    r"|^(?:(?:Oral|Poster|Plenary|Late[-\s]breaking|Abstract)\s+)?(?:Session|FOR\s+IMMEDIATE\s+RELEASE|Press\s+release|Media\s+contact)\b"
    # a release's dateline, its places in capitals and a dash before the date: "PRINCETON,
    # N.J. & CAMBRIDGE, Mass. - January 2020 - Bristol-Myers Squibb Company and ..." (not a
    # trial's name before a dash, "MAGENTA - Magnesium Sulphate at 30 to 34 weeks")
    r"|^(?-i:[A-Z][A-Z.'’ ]{2,30}(?:,[ \t]*[A-Z][\w.]*)?(?:[ \t]+&[ \t]+[A-Z][A-Z.'’ ]{2,30}"
    r"(?:,[ \t]*[A-Z][\w.]*)?)?)[ \t]+[-–—][ \t]+(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d)",
    re.IGNORECASE,
)


# a record's field with a short value: "Acronym:                 ANZUP 1603"
_SHORT_FIELD_LINE_RE = re.compile(r"^[A-Z][A-Za-z/() -]{1,30}:[ \t]+[^\s.][^\n.]{0,58}$")


# a byline: a person's name and the institution after it ("Märit Jensen, University Medical
# Center Hamburg-Eppendorf (Clinical Stroke and Imaging Research group)"), above the headline
# of a blog or news page
_BYLINE_WITH_INSTITUTION_RE = re.compile(
    r"^(?:By\s+)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3},\s+(?:[\w-]+\s+){0,4}?"
    r"(?:University|Universit[àäé]\w*|Hospital|Institute|Institut|Cent(?:er|re)|College|School|Clinic"
    r"|Department|Faculty|Foundation|Society)\b"
)


# a site's path before a headline: "Health Research > Tai chi eases fibromyalgia symptoms in
# 12-week study", "News > Summary Report on ..." (each step a few words)
_BREADCRUMB_HEAD_RE = re.compile(r"^(?:[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,3}[ \t]+[>›»][ \t]+)+")


def _without_breadcrumb(line: str) -> str:
    """The line without the site's path before its headline (when a headline follows and
    the line is no menu: "Home > Search Results > Study Record Detail     Save this study")."""
    m = _BREADCRUMB_HEAD_RE.match(line)
    if not m or len(line) - m.end() < 15 or _navigation_line(line):
        return line
    return line[m.end() :]


def _weak_title(line: str) -> bool:
    return len(line.split()) <= 5 or bool(
        _WEAK_TITLE_RE.search(line) or _BYLINE_WITH_INSTITUTION_RE.match(line)
    )


_BODY_HEADING_RE = re.compile(
    r"^[ \t]*(?:BACKGROUND|Background|METHODS|Methods|RESULTS|Results|CONCLUSIONS?|Conclusions?|Findings"
    r"|Interpretation|Purpose|PURPOSE|Objectives?|OBJECTIVES?)\b[ \t]*[:.]?",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=4)
def _author_line(text: str):
    """The first author line of a text (title and first author both need it): three names
    or more, or fewer when each carries a degree ("Helena Marquardt, MD; Daniel O.
    Whitcombe, MD", as an editorial prints its two authors)."""
    listed = _AUTHOR_LINE_RE.search(text)
    with_degrees = _AUTHORS_WITH_DEGREES_RE.search(text, 0, listed.start() if listed else len(text))
    return with_degrees or listed


# An institutional repository's record (EPrints, DSpace): its heading, then the article as
# a citation, "Bath, Philip M., ..., Sprigg, Nikola (2019) Prehospital transdermal glyceryl
# trinitrate in patients with ultra-acute presumed stroke (RIGHT-2): an ambulance-based,
# randomised, ... phase 3 trial. Lancet, 393 (10175). pp. 1009-1020."
_REPOSITORY_HEADING_RE = re.compile(
    r"^[^\n]{0,60}\b(?:Repository|Research\s+Archive|e-?Prints|Research\s+Portal|Research\s+Online"
    r"|Open\s+Access\s+Archive)\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
_REPOSITORY_CITATION_RE = re.compile(
    r"^[^\n]{10,3000}?\((?:19|20)\d\d\)[ \t]+(?P<title>[A-Z0-9][^\n]{15,400}?)\.[ \t]+"
    r"[A-Z][\w&'.-]*(?:[ \t]+[\w&'.-]+){0,6},[ \t]*\d",
    re.MULTILINE,
)


def _repository_citation_title(text: str) -> str:
    """The title in a repository record's citation of its article, '' when the page is no
    such record."""
    head = text[:4000]
    heading = _REPOSITORY_HEADING_RE.search(head, 0, 300)
    if not heading:
        return ""
    m = _REPOSITORY_CITATION_RE.search(head, heading.end())
    return m.group("title").strip() if m else ""


def _title_above_authors(text: str) -> str:
    """The line right above the author line (blank lines between allowed), as journals
    and PubMed print them, when it reads like a title."""
    m = _author_line(text)
    if not m or _BODY_HEADING_RE.search(text, 0, m.start()):
        return ""  # authors printed after the abstract: the line above them is not a title
    # (from the start of the authors' line: the names the pattern finds may begin further
    # in, after two authors with their degrees, "Stephen P. Peters, M.D., Ph.D., Eugene R.
    # Bleecker, M.D., Giorgio W. Canonica, M.D., ...")
    lines = text[: text.rfind("\n", 0, m.start()) + 1].splitlines()
    if any(len(line) > 250 and line.count(". ") >= 2 for line in lines):
        return ""  # a paragraph of prose comes first: the abstract body has begun
    tail = lines[-6:]
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i].strip()
        if not line or _COLLECTIVE_AUTHOR_LINE_RE.search(line) or _ARTICLE_LABEL_RE.match(line):
            # (a collective author printed above the names, as PubMed prints one:
            # "Transfusion Requirements in Critical Care Investigators, Canadian Critical
            # Care Trials Group."; or the article's type under its title, "MEDICINE -
            # ORIGINAL ARTICLE": the title is above it)
            continue
        # a title printed over two or three lines, as a PDF sets it: "Serious Asthma Events
        # with Budesonide" over "plus Formoterol vs. Budesonide Alone"
        while i > 0 and _title_candidate(line) and _title_runs_on(tail[i - 1].strip(), line):
            i -= 1
            # (a subtitle set on a line of its own, as JAMA prints it, follows a colon: "...
            # in Patients With Type 2 Diabetes" over "The SWITCH 2 Randomized Clinical Trial")
            joiner = ": " if _SUBTITLE_LINE_RE.match(line) else " "
            line = f"{tail[i].strip()}{joiner}{line}"
        line = _without_collective_author(_TITLE_PREFIX_RE.sub("", line))
        if _FURNITURE_LINE_RE.match(line):
            return ""
        return line if _title_candidate(line) and not _CITATION_RE.match(line) else ""
    return ""


# a title's subtitle naming its design, the whole of a line of its own: "The SWITCH 2
# Randomized Clinical Trial", "A Randomized Clinical Trial", "A Cluster Randomized Trial", "A
# Systematic Review and Meta-analysis", or opening it: "A Secondary Analysis of the ...
# Trial" (not a title naming its design first: "A Randomized Trial of Glutamine and ...")
_SUBTITLE_LINE_RE = re.compile(
    r"(?:The[ \t]+(?:[\w'’-]+[ \t]+){1,6}?|An?[ \t]+)(?:(?:Cluster|Pragmatic|Multicenter|Multicentre"
    r"|Phase[ \t]+[1-4I]+|Crossover|Stepped-Wedge)[ \t]+)?(?:Non-?)?[Rr]andomi[sz]ed[ \t]+(?:Clinical[ \t]+"
    r"|Controlled[ \t]+|Noninferiority[ \t]+)?Trial[ \t.]*$"
    r"|An?[ \t]+(?:Secondary|Post[ \t]+Hoc|Prespecified|Exploratory|Ancillary)[ \t]+Analysis[ \t]+of\b"
    r"|A[ \t]+Systematic[ \t]+Review[ \t]+and[ \t]+Meta-[Aa]nalysis[ \t.]*$"
)
# a section label in capitals before a colon: "CLINICAL RESEARCH: Clinical Trial"
_SECTION_LABEL_LINE_RE = re.compile(r"^[A-Z][A-Z&/ -]{2,40}:")
_ARTICLE_LABEL_RE = re.compile(
    # (a journal's section may stand before it: "MEDICINE - ORIGINAL ARTICLE", "Cardiology |
    # Original Investigation")
    r"^(?:[A-Za-z&]+(?:[ \t]+[A-Za-z&]+){0,3}[ \t]+[-–—|][ \t]+)?"
    r"(?:original\s+(?:article|investigation|research|contribution)|research(?:\s+article)?"
    r"|articles?|(?:brief\s+)?report|clinical\s+trial|letters?)$",
    re.IGNORECASE,
)


def _title_runs_on(above: str, below: str = "") -> bool:
    """Does the title go on from the line ``above`` (no blank line between, as a PDF sets a
    title over two or three lines): it reads as a title, is no masthead or article label
    ("The NEW ENGLAND JOURNAL of MEDICINE", "Original Article") and ends no sentence? (A
    line in title case over one opening in lower case is the title's start, however like a
    masthead it reads: "Survival After Hyperthermic Intraperitoneal Chemotherapy" over "and
    Primary or Interval Cytoreductive Surgery in Ovarian Cancer".)"""
    return bool(
        above
        and not above.endswith((".", ":", "!", "?"))
        and _title_candidate(above)
        and not _FURNITURE_LINE_RE.match(above)
        and (below[:1].islower() or not _MASTHEAD_RE.match(above))
        and not _ARTICLE_LABEL_RE.match(above)
        and not _SECTION_LABEL_LINE_RE.match(above)
        and not _BOILERPLATE_LINE.match(above)
    )


# a line naming only groups of investigators, each closing with its group word
_COLLECTIVE_AUTHOR_LINE_RE = re.compile(
    r"^(?:[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|of|in|for|the|and|on))*[ \t]+"
    r"(?:Investigators|Trials[ \t]+Group|Study[ \t]+Group|Collaborative[ \t]+Group|Research[ \t]+Group"
    r"|Collaborators|Trialists)[,;.]?[ \t]*)+$"
)

# a collective author closing the title as MEDLINE printed older titles: "... the ORACLE I
# randomised trial. ORACLE Collaborative Group.", "Effect of enalapril on survival in
# patients with reduced left ventricular ejection fractions ... The SOLVD Investigators."
_TRAILING_COLLECTIVE_AUTHOR_RE = re.compile(
    r"(?<=[\w)\]])\.[ \t]+(?:[A-Z][\w'/-]*(?:[ \t]+(?:[A-Z][\w'/-]*|of|in|for|the|and|on))*[ \t]+"
    r"(?:Investigators|Trials?[ \t]+Group|Study[ \t]+Group|Collaborative[ \t]+Group"
    r"|Research[ \t]+Group|Writing[ \t]+(?:Group|Committee)|Collaborators|Trialists)"
    r"(?:[ \t]*(?:,|and)[ \t]*[^\n]{0,80})?)\.?[ \t]*$"
)


def _without_collective_author(line: str) -> str:
    """A title line without the collective author MEDLINE printed after it."""
    m = _TRAILING_COLLECTIVE_AUTHOR_RE.search(line)
    return line[: m.start()] + "." if m else line


def first_author(text: str, registry: bool) -> str:
    """First name on a comma-separated author line ("A Mennitto, E Verzoni, ...")."""
    if registry:
        return ""
    m = _author_line(text)
    if m:
        first = m.group("first").strip().rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰")
        # a byline's "By": "By Wei Tang, Zhujun Cao, ..." (a news item, a preprint server)
        first = _BYLINE_RE.sub("", first)
        # "Matthias Götberg MD, PhD, Karolina Berntorp MD, PhD": a degree after the name
        # without its comma, read as initials, when more degrees follow it
        degree = _TRAILING_DEGREE_RE.search(first)
        if degree and _MORE_DEGREES_RE.match(text, m.start("first") + len(m.group("first"))):
            first = first[: degree.start()].rstrip()
        return first
    # a line of names printed surname first, each closed by a semicolon ("Choi, Ki Hong;
    # Park, Yong Hwan; Song, Young Bin; ..."), as bibliographic databases and repositories
    # print them, or a RIS record's first "AU  - Andersen-Ranberg, Nina C."
    head = text[: min(len(text), _HEAD_DATE_CHARS * 2)]
    m = _SURNAME_FIRST_LINE_RE.search(head) or _RIS_AUTHOR_RE.search(head)
    if m:
        return m.group("first").strip()
    # a congress page names its presenter: "Presented by: John Eikelboom (Hamilton, Canada)"
    m = _PRESENTER_RE.search(text, 0, min(len(text), _HEAD_DATE_CHARS * 2))
    if m:
        return m.group("name")
    # a short view's one name and the rest left out ("Hiroshi Yotsuyanagi et al.", "Kimball A
    # Johnson and others (author list shortened in this view)"), or a record's labelled list
    # ("Authors: Jennifer S Temel, Amy P Abernethy, ...")
    m = _SHORTENED_AUTHORS_RE.search(head) or _AUTHORS_FIELD_RE.search(head)
    if m:
        return m.group("first").strip()
    # ... or split by semicolons, each surname first and its given names and initials after
    # it, as Europe PMC and citation indexes print them ("Authors: Corcoran Tomas B; Myles
    # Paul S; ...")
    m = _AUTHORS_FIELD_SURNAME_FIRST_RE.search(head)
    if m:
        return f"{m.group('given')} {m.group('surname')}"
    # ... or each a surname and its initials alone, as MEDLINE's short form and the
    # databases built on it print them ("Authors: Wang S; Deng CM; Zeng Y; ...")
    m = _AUTHORS_FIELD_INITIALS_RE.search(head)
    if m:
        return m.group("first")
    # a news item names the paper's first author and the rest as colleagues: "Willemien J.
    # van Driel, MD, PhD, of the Netherlands Cancer Institute in Amsterdam, and colleagues"
    if "colleagues" in head or "co-authors" in head or "coauthors" in head:
        m = _NEWS_LEAD_AUTHOR_RE.search(head)
        if m:
            return m.group("name")
    return ""


# a surname's particles: "van", "de", "ten" (as metasynth.people reads names)
_PARTICLE = "(?:" + "|".join(SURNAME_PARTICLES) + ")"
_SURNAME_FIRST = (
    rf"(?:{_PARTICLE}[ \t]+)*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
    # (given names, never a degree: not "Reut Shor, MD; ...")
    rf",[ \t]+(?!{_DEGREE})[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}"
)
_SURNAME_FIRST_LINE_RE = re.compile(
    rf"^[ \t]*(?P<first>{_SURNAME_FIRST})(?:[ \t]*;[ \t]*{_SURNAME_FIRST}){{2,}}", re.MULTILINE
)
_RIS_AUTHOR_RE = re.compile(
    rf"^(?:AU|A1)[ \t]+-[ \t]+(?P<first>{_SURNAME_FIRST})[ \t]*$", re.MULTILINE
)
_NEWS_LEAD_AUTHOR_RE = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?:Dr\.?[ \t]+)?"
    rf"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:{_PARTICLE}[ \t]+)*"
    r"[A-Z][\w'’.-]*){1,3})"
    r"(?:,[ \t]*(?:M\.?D\.?|Ph\.?D\.?|M\.?P\.?H\.?|DPhil|MBBS|MBChB|FRCPC?|DrPH|PharmD|MSc|M\.?S\.?)(?![\w]))*"
    r",?[ \t]+(?:(?:of|from|at)[ \t]+(?:the[ \t]+)?[A-Z][^.;\n]{2,120}?,?[ \t]+)?"
    r"and[ \t]+(?:colleagues|co-?authors)\b",
    re.MULTILINE,
)
_BYLINE_RE = re.compile(r"^(?:By|BY)[ \t]+(?=[A-Z])")
# (a journal-watch summary opens its citation with "Reviewing": "Reviewing Liu Z et al. Ann
# Intern Med 2016")
_SHORTENED_AUTHORS_RE = re.compile(
    rf"^[ \t]*(?:Reviewing[ \t]+)?(?P<first>{_AUTHOR})[ \t]+(?:et[ \t]+al\.?|and[ \t]+others\b)",
    re.MULTILINE,
)
# a labelled list split by semicolons, each surname first ("Authors: Corcoran Tomas B;
# Myles Paul S; ...")
_AUTHORS_FIELD_SURNAME_FIRST_RE = re.compile(
    r"^[ \t]*Authors?[ \t]*:[ \t]*(?P<surname>[A-Z][\w'’-]+)[ \t]+"
    # (each entry closed by initials: "Yasuhiko Sakata; Kazuhisa Nakashima" is given names
    # first)
    r"(?P<given>[A-Z][\w'’-]+[ \t]+[A-Z]{1,3})[ \t]*;[ \t]*[A-Z][\w'’-]+[ \t]+"
    r"[A-Z][\w'’-]+[ \t]+[A-Z]{1,3}[ \t]*;",
    re.MULTILINE,
)
_SURNAME_INITIALS = r"(?:[A-Z][\w'’-]+[ \t]+)?[A-Z][\w'’-]+[ \t]+[A-Z]{1,3}"
_AUTHORS_FIELD_INITIALS_RE = re.compile(
    rf"^[ \t]*Authors?[ \t]*:[ \t]*(?P<first>{_SURNAME_INITIALS})[ \t]*;[ \t]*"
    rf"{_SURNAME_INITIALS}[ \t]*;",
    re.MULTILINE,
)
# (given names first, split by commas: a list split by semicolons may print each surname
# first and is read by the patterns above)
_AUTHORS_FIELD_RE = re.compile(
    rf"^[ \t]*Authors?[ \t]*:[ \t]*(?P<first>{_AUTHOR})[ \t]*(?:,|$)", re.MULTILINE
)
_TRAILING_DEGREE_RE = re.compile(r"(?<=\S\s)\s*(?:MD|DO|RN)$")
_MORE_DEGREES_RE = re.compile(rf"[ \t]*,[ \t]*{_DEGREE}\b")
_PRESENTER_RE = re.compile(
    r"^[ \t]*(?:Presented\s+by|Presenter|Presenting\s+author|Speaker)[ \t]*:[ \t]*"
    # (with the particles of a surname: "Stephanie M de Boer")
    rf"(?:(?:Dr|Prof)\.?[ \t]+)?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:{_PARTICLE}[ \t]+)*"
    r"[A-Z][\w'’.-]*){1,3})",
    re.MULTILINE,
)


# --------------------------------------------------------------------------- design

# "[Pp](?<!\w.)" is "\b[Pp]": opening with the letter gives the scan its fast first-character
# search (re.IGNORECASE and an opening "\b" both take it away)
_PHASE_RE = re.compile(
    # (the word's start looked behind only after its second letter: a fast scan for the first)
    r"[Pp][Hh](?<!\w..)(?i:ase[ \t-]*(?P<a>IV|I{1,3}|[1-4])[ab]?\b"
    r"(?:[ \t]*(?:/|-|–|and|or)[ \t]*(?:phase[ \t]*)?(?P<b>IV|I{1,3}|[1-4])[ab]?\b)?)"
)


def _lowered(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a case-insensitive pattern to run on lower-cased text.

    Scanning lower-cased text with a lower-case pattern is several times faster
    than ``re.IGNORECASE``; and one look-behind word boundary for the whole
    pattern, instead of ``\\b`` at the start of each alternative, keeps the
    engine's fast first-character scan. Used for yes/no design questions,
    where offsets do not matter.
    """
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            pair = pattern[i : i + 2]
            if not (
                pair == r"\b" and (not out or out[-1] in ("(", "|", ":") or out[-1].endswith(">"))
            ):
                out.append(pair)
            i += 2
            continue
        out.append(c if pattern[max(0, i - 2) : i] == "(?" else c.lower())  # keep "(?P<name>"
        i += 1
    # one boundary for the whole pattern: every alternative starts a word
    return re.compile(r"(?<![a-z0-9_])(?:" + "".join(out) + ")", flags)


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}

_RANDOMIZED_RE = _lowered(
    r"(?P<neg>\bnon-?randomi[sz]ed|\bnot\s+randomi[sz]ed|Allocation:\s*(?:Non-Randomized|N/A)"
    r"|\bsingle[-\s]arm\b|\bsingle[-\s]group\b)"
    # randomisation of this study's patients, not a mention of other randomised evidence
    r"|(?P<pos>\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))"
    r"|\brandomly\s+(?:assigned|allocated)\b"
    r"|\brandomi[sz]ed\s+(?:\(\d:\d\)\s+|in\s+a\s+\d:\d\s+ratio\s+)?(?:to|between|\d+|patients|participants|women|men)\b"
    r"|\b(?:underwent|after|from|at|time\s+of|stratified\s+at)\s+randomi[sz]ation"
    r"|\b(?:this|our|the\s+present|we\s+conducted\s+a|we\s+performed\s+a)\s+(?:[\w-]+,?\s+){0,4}?randomi[sz]ed"
    # (after a structured abstract's label: "DESIGN: cluster randomised controlled trial")
    r"|^[ \t]*(?:(?:study[ \t]+|trial[ \t]+)?design(?:,?[ \t]+setting,?(?:[ \t]+and[ \t]+participants)?)?"
    r"[ \t]*:[ \t]*)?(?:[\w-]+,?\s+){0,6}?randomi[sz]ed\b[^\n]{0,80}\b(?:trial|study)\b"
    # "TROPiCS-02 (NCT03901339) is a global, randomized, open-label phase 3 study"
    # (and "PolyIran was a two-group, pragmatic, cluster-randomised trial", a title's "...
    # (PolyIran): a pragmatic, cluster-randomised trial")
    r"|(?:\b(?:is|was)|:)\s+an?\s+(?:[\w-]+,?\s+){0,5}?(?:cluster[-\s])?randomi[sz]ed\b[^\n.]{0,80}?"
    r"\b(?:trial|study)\b"
    # ... or in apposition after the results it gives: "announced results from ELOQUENT-2, a
    # randomised, open-label Phase 3 study of"
    r"|\b(?:results|data)\s+(?:from|of)\s+[^\n.,]{1,40},\s+an?\s+(?:[\w-]+,?\s+){0,4}?randomi[sz]ed\b"
    r"[^\n.]{0,80}?\b(?:trial|study)\b"
    # a news item on randomised trials just out: "according to two randomised trials
    # published together today", "two randomised trials of ..., published back to back"
    r"|\baccording\s+to\s+(?:a|an|the|two|three|both)\s+(?:[\w-]+\s+){0,3}?randomi[sz]ed\s+"
    r"(?:controlled\s+)?(?:trials?|stud(?:y|ies))\s+(?:published|presented|reported)\b"
    r"|\b(?:a|an|the|two|three|both)\s+(?:[\w-]+\s+){0,2}?randomi[sz]ed\s+(?:controlled\s+)?(?:trials|studies)"
    r"\b[^.\n]{0,100}?\b(?:published|presented|reported)\s+(?:back[-\s]to[-\s]back|side\s+by\s+side"
    r"|together|simultaneously|jointly)\b"
    r"|Randomi[sz]ed\s+Controlled\s+Trial\s*$|Allocation:\s*Randomi[sz]ed)",
    re.MULTILINE,
)
# _lowered("random|single[-\s](?:arm|group)|Allocation:") with each alternative opening with
# its letter (a look-behind first takes the engine's fast first-character scan away)
_RANDOMIZATION_ANCHOR_RE = re.compile(
    r"r(?<![a-z0-9_].)andom|s(?<![a-z0-9_].)ingle[-\s](?:arm|group)|a(?<![a-z0-9_].)llocation:"
)


_span_key = operator.methodcaller("span")


class _Anchors:
    """The matches of a pattern of several words, found as the matches of one pattern per
    word, each opening with its word (the engine then looks for the word as fast as
    str.find does, not for its first letter at every offset) and merged in text order.
    The same matches as the pattern when matches of different words cannot overlap."""

    def __init__(self, *parts: str):
        self.parts = [re.compile(p) for p in parts]

    def finditer(self, text: str):
        # (sorted at once: as heapq.merge would give them, ties in the order of the parts,
        # without a comparison in Python per match)
        return sorted(
            itertools.chain.from_iterable(p.finditer(text) for p in self.parts), key=_span_key
        )


# _RANDOMIZATION_ANCHOR_RE word by word (the boundary checked after the word)
_RANDOMIZATION_ANCHORS = _Anchors(
    r"random(?<![a-z0-9_]random)",
    r"single(?<![a-z0-9_]single)[-\s](?:arm|group)",
    r"allocation:(?<![a-z0-9_]allocation:)",
)
_META_RE = _lowered(
    r"\bmeta-?\s?analys[ie]s\b|\bpooled\s+analysis\b|\bsystematic\s+review\b|\bnetwork\s+meta"
    # the review library's name ("Cochrane Database of Systematic Reviews", "Cochrane Library")
    r"|\bcochrane\s+(?:database|library|review)\b",
    0,
)
_META_SELF_RE = _lowered(
    r"\b(?:we|this|the\s+present|the\s+current|our)\s+(?:\w+\s+){0,3}?"
    r"(?:meta-?\s?analys[ie]s|systematic\s+review|pooled\s+analysis)"
    r"|\b(?:meta-?\s?analys[ie]s|systematic\s+review)\s+(?:was|were)\s+(?:performed|conducted|done|undertaken)"
    r"|\b(?:eligible|included)\s+(?:studies|trials)\b|\bstudies\s+were\s+included\b|\btrials\s+were\s+included\b"
    r"|\bsearched\s+(?:\w+\s+){0,3}?(?:PubMed|MEDLINE|Embase|Cochrane|databases?)"
    # a pooled analysis of other studies' participants: "gathered individual data from the
    # prospective studies worldwide", "individual participant data from 58 trials"
    # (gathered by the page's authors, not a title in a list: "meta-analyses of individual
    # patient data from randomised trials")
    r"|\b(?:gathered|pooled|collected|obtained|combined|we\s+used|we\s+analy[sz]ed)\s+"
    r"individual\s+(?:participant\s+|patient\s+|patient-level\s+)?data\s+from\s+"
    r"(?:the\s+|\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:studies|trials)\b"
    # a review counting the trials it found: "We included 15 trials involving 17,674 women",
    # "We found 108 randomised controlled trials", "we identified 23 eligible RCTs"
    r"|\bwe\s+(?:included|found|identified)\s+(?:\w+\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:(?:randomi[sz]ed|quasi-randomi[sz]ed|controlled|clinical|eligible|relevant|published)\s+)*"
    r"(?:trials|studies|rcts)\b"
    # ... or each pooled figure's evidence: "(RR 0.85, 95% CI 0.81 to 0.89; 13,518
    # participants, 63 studies; high-certainty evidence)", "participants = 17,674; studies = 14"
    r"|\bparticipants\s*[,;]\s*\d+\s+(?:studies|trials|rcts)\b|\bstudies\s*=\s*\d+\s*[;)]"
    # ... or the review's own headings and authors ("Data collection and analysis",
    # "Two review authors independently assessed trials")
    r"|^[ \t]*data\s+collection\s+and\s+analysis[ \t]*$|\breview\s+authors\b",
    re.MULTILINE,
)
_REVIEW_TITLE_RE = _lowered(r"\breview\b|\boverview\b|\bstate of the art\b|\bperspectives?\b", 0)
_REVIEW_SELF_RE = _lowered(
    r"\b(?:in\s+)?(?:this|our|the\s+present)\s+(?:narrative\s+|systematic\s+|short\s+|brief\s+)?review\b|\bwe\s+review\b"
    r"|^[ \t]*(?:[\u2022*-][ \t]*)?Review[ \t]*$"
    # an article-type label at the end of a header line or between its bars: "Respiratory
    # Medicine Reviews | Narrative Review", "Heart Review | Narrative Review | Open Access",
    # "Article type: Review Article", "STATE-OF-THE-ART REVIEW"
    # (or between middle dots: "STROKE EVIDENCE PERSPECTIVES  ·  Narrative review  ·  Vol 6")
    r"|^[^\n]{0,80}?(?:\||:|·|^)[ \t]*(?:narrative|systematic|clinical|invited|mini-?|scoping"
    r"|state[-\s]of[-\s]the[-\s]art)[ \t]+review(?:[ \t]+article)?[ \t]*(?:$|[|·]|[ \t]{2,}(?:19|20)\d\d[ \t]*$)"
    # ... or alone after a bar, colon or middle dot: "Thorac Oncol Perspect  ·  Review"
    # (a year set apart after it: "GUT THERAPEUTICS REVIEW  |  Narrative review      2021")
    r"|^[^\n]{0,80}?[|:·][ \t]*review(?:[ \t]+article)?[ \t]*(?:$|[|·]|[ \t]{2,}(?:19|20)\d\d[ \t]*$)"
    r"|^[ \t]*(?:article[ \t]+type[ \t]*:[ \t]*)?review[ \t]+article[ \t]*$"
    # ... or opening a header line before a bar: "REVIEW  |  2023"
    r"|^[ \t]*(?:(?:narrative|systematic|clinical|invited|scoping)[ \t]+)?review(?:[ \t]+article)?[ \t]*[|·]"
    # ... or set apart at the end of the journal's header line: "Sex Transm Prev Rev
    # 2017;9(3):112-124                      REVIEW"
    r"|^[^\n]{0,120}?\d[^\n]{0,40}?[ \t]{3,}(?-i:REVIEW|Review)(?:[ \t]+(?-i:ARTICLE|Article))?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# Writing about trials rather than a report of one: an editorial, comment, news item,
# letter or press release, known by its section label on a line of its own near the top
# ("EDITORIAL", "Comment", "News", "Perspective"), a breadcrumb naming the section
# ("Home > Current issue > Editorials") or the text saying what it is ("In this
# editorial"). Its numbers are quoted, never the document's own results.
_COMMENTARY_LABEL_RE = re.compile(
    r"^[ \t]*(?:[\w ]+(?:›|>|»|/)[ \t]*)*(?:editorials?(?:\s+comment(?:ary)?)?|invited\s+commentary|commentary|comments?"
    r"|news(?:\s+(?:in\s+brief|roundup|round-up|feature|analysis))?|in\s+the\s+news|perspectives?"
    r"|viewpoints?|opinion|letters?(?:\s+to\s+the\s+editor)?|correspondence|press\s+release"
    r"|year\s+in\s+review|clinical\s+implications\s+of\s+basic\s+research"
    r"|(?:clinical\s+)?(?:practice\s+)?guidelines?(?:\s+(?:summary|update|in\s+brief))?"
    # (a practice digest: "Clinical Practice Notes  |  Immunisation  |  2024", "Practice
    # Pointer")
    r"|(?:clinical\s+)?practice\s+(?:notes|pointers?)|methods?\s+notes?"
    r"|(?:consensus|position)\s+statement|recommendations)[ \t]*(?:(?:\||—|–)[^\n]*)?$"
    # ... or closing a header line after one bar or middle dot: "Critical Care Perspectives
    # | Editorial" (not a menu: one separator only)
    # (or a wide gap: "Journal of Trial Reporting Methods      Editorial      2023")
    # (each run of blanks taken whole, possessively: a line of 14,000 spaces is no label and
    # must not be tried every way it can be split)
    # (or a dash between blanks: "Perioperative Evidence Notes  -  Editorial")
    r"|^[^\n|·]{1,80}?(?:[|·][ \t]*+|[ \t]{3,}+|\t[ \t]*+|[ \t]++[-–—][ \t]++)(?:editorial(?:\s+comment(?:ary)?)?|invited\s+commentary|commentary"
    # (a date may close the line after it: "Breast Oncology Perspectives | Editorial | 2021")
    # (or a citation: "Interventional Cardiology Perspectives | Editorial | 2016;4(2):41-44")
    # ("Geriatric Practice Digest  |  Practice summary  |  2025")
    r"|viewpoint|opinion|practice\s+(?:summary|notes|pointers?))[ \t]*+(?:(?:[|·][ \t]*+|(?<=[ \t][ \t]))(?:(?:19|20)\d\d(?:[;:(][\w();:.,-]{0,30})?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+(?:19|20)\d\d)[ \t]*+)?$",
    re.IGNORECASE | re.MULTILINE,
)
# A title naming guidelines ("2023 ESC Guidelines for the management of endocarditis")
# (not a treatment named by guidelines: "up-titration of guideline-directed medical
# therapies", "guideline-recommended care")
_GUIDELINE_TITLE_RE = _lowered(
    r"\b(?:practice\s+)?guidelines?\b(?![-\s]+(?:directed|recommended|based|concordant|adherent"
    r"|discordant|driven|guided|indicated)\b)",
    0,
)
# ... unless the title calls the page a trial ("...: a cluster randomised trial", "Results
# from the CLUES study: a cluster randomized trial for the evaluation of cardiovascular
# guideline implementation"), never a statement for trials ("guidelines for reporting
# parallel group randomised trials")
_A_TRIAL_TITLE_RE = _lowered(
    r"\ban?\s+(?:[\w-]+,?\s+){0,4}?(?:\w+-)?randomi[sz]ed(?:,?\s+[\w-]+){0,3}?\s+(?:trial|study)\b",
    0,
)
_COMMENTARY_TITLE_RE = _lowered(
    r"\bpractice\s+(?:recommendations|summary|guidance|advisory)\b"
    # a practice digest: "Practice notes: single-dose HPV vaccination and the new dengue
    # vaccines", "Practice pointer: ...", "Clinical practice update on ..."
    r"|^(?:clinical\s+)?practice\s+(?:notes?|pointers?|points|updates?|tips)\b"
    r"|\bpractice\s+(?:notes|pointers?)\b"
    r"|\bconsensus\s+statement\b|\bposition\s+statement\b"
    # a title that opens with its article type: "Editorial: Does the PD-L1 score belong ..."
    r"|^(?:editorial|invited\s+commentary|commentary|perspective|viewpoint|opinion)\s*:"
    # ... or a survey of several trials by its kind: "Round-up: where do probiotics for
    # preterm babies stand?", "Digest: ...", "Explainer: ...", "Evidence update: ..."
    # (a topic before the kind: "Prevention round-up: a chikungunya vaccine, fluoride in the
    # dental chair and mindfulness in class", "Cardiology digest: ...")
    # ("San Diego wrap-up: obesity drugs dominate day 3", a congress's wrap-up)
    r"|^(?:[a-z][\w-]*\s+){0,2}(?:round-?up|wrap-?up|digest|explainer|evidence\s+update"
    r"|methods?\s+note|research\s+highlights?)\s*:",
    0,
)
_COMMENTARY_SELF_RE = _lowered(
    r"\b(?:in\s+)?(?:this|our|the\s+present)\s+(?:invited\s+)?(?:editorial|commentary|news\s+roundup"
    r"|guideline|summary\s+of\s+(?:the\s+)?recommendations)\b"
    r"|\bfor\s+immediate\s+release\b"
    # a digest saying it reports nothing of its own: "No new data are reported here."
    r"|\bno\s+new\s+(?:data|results|findings)\s+(?:are|were|is)\s+(?:reported|presented)\b"
    # ... or that it gives none: "This note reports no trial data.", "this digest presents
    # no new results", "The present article contains no original data"
    r"|\b(?:this|the\s+present|our)\s+(?:note|article|piece|summary|digest|round-?up|overview"
    r"|item|column|commentary|editorial|explainer|update|page)\s+(?:itself\s+)?(?:reports|presents"
    r"|contains|gives|includes|provides)\s+no\s+(?:(?:new|original|trial|primary|patient-level"
    r"|unpublished|outcome)\s+)*(?:data|results|findings|estimates)\b"
    # a letter: "To the Editor: Zhao and colleagues reported ..."
    r"|(?:^|\n)[ \t]*to\s+the\s+editor\s*:",
    0,
)
# The head of a page where its section label stands (navigation, banner, label, title).
_COMMENTARY_HEAD_CHARS = 1500


# A press release or news item giving a trial's own results: "enrolled 5,179 participants
# ... Results were reported today", "top-line results of its TRAILBLAZER-ALZ 2 study"
_REPORTS_RESULTS_RE = _lowered(
    r"\b(?:top-?line|primary|final|interim)\s+results\s+(?:of|from)\s+(?:its|the|our)\b"
    r"|\benrolled\s+\d[\d,.]*\s+(?:participants|patients|people|adults|children)\b"
    r"[^.]{0,200}\.\s+results\s+were\s+(?:reported|presented|published)\b"
    # a sponsor's or investigators' release of their own trial's outcome: "met a primary
    # endpoint at a planned interim analysis", "Results of the investigator-initiated
    # trial ... were presented today"
    r"|\b(?:met|meet|reached|achieved|did\s+not\s+meet|missed)\s+(?:its|their|a|the|both|all)\s+"
    r"(?:co-?)?primary"
    r"\s+(?:efficacy\s+)?(?:end\s?points?|objectives?|outcomes?)\b[^\n]{0,300}?"
    r"\benrolled\s+(?:approximately\s+|about\s+|more\s+than\s+|nearly\s+)?\d"
    r"|\bresults\s+of\s+the\s+(?:[\w-]+\s+){0,4}(?:trial|study)\b[^.]{0,160}?"
    r"\b(?:were|was)\s+(?:presented|published|reported|announced)\b"
    # "today announced results from ELOQUENT-2, a randomised, open-label Phase 3 study"
    # (and "announced the publication of detailed results from two phase 3 studies",
    # "reports positive top-line results from phase 3 Anchor trial")
    r"|\b(?:announce[sd]?|announcement\s+of|reports|reported|presented|unveil(?:s|ed)?|posts|posted)\s+"
    r"(?:the\s+publication\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:results|data|findings)\s+"
    r"(?:from|of)\s+[^.]{0,120}?\b(?:randomi[sz]ed|phase\s+(?:3|iii))\b"
    # a news item on trials just out: "according to two randomised trials published together
    # today", "according to two phase 3 papers published side by side in ..."
    r"|\baccording\s+to\s+(?:a|an|the|two|three|both)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:trials?|stud(?:y|ies)|papers?)\s+(?:published|presented|reported|released)\b"
    r"|\b(?:trials|studies|papers)\b[^.\n]{0,100}?\b(?:published|presented|reported)\s+"
    r"(?:back[-\s]to[-\s]back|side\s+by\s+side|together|simultaneously|jointly)\b",
    0,
)
_REPORTING_LABEL_RE = re.compile(r"press\s+release|news\b(?!\s+roundup|\s+round-up)", re.IGNORECASE)


def _is_commentary(
    text: str, reports_randomised_trial: bool = False, sections_from: int = _COMMENTARY_HEAD_CHARS
) -> bool:
    """A section label followed by prose (a title or author line of four or more words),
    not one item of a menu listed one per line, or the text naming itself.

    A press release or news item that reports a randomised trial's results ("Patients were
    randomized to Dupixent or placebo ... reduced exacerbations by 30%") reports that trial:
    ``reports_randomised_trial`` keeps it out."""
    head = text[:_COMMENTARY_HEAD_CHARS]
    if _RESEARCH_LETTER_RE.search(text) and not (
        _AUTHORS_REPLY_RE.search(text) or _EDITORIAL_SELF_RE.search(text)
    ):
        return False  # a research letter reports its authors' own data
    for m in _COMMENTARY_LABEL_RE.finditer(head):
        if m.start() >= sections_from:
            # a heading of the page's own sections under its title and a paragraph of its
            # text ("Bottom Line ... Guidelines", "What it found ... Comment"), not its kind
            continue
        if reports_randomised_trial and _REPORTING_LABEL_RE.search(m.group()):
            continue
        following = next((line for line in head[m.end() :].splitlines() if line.strip()), "")
        before = [line for line in head[: m.start()].splitlines() if line.strip()]
        short_run = 0
        for line in reversed(before):
            if len(line.split()) > 3:
                break
            short_run += 1
        if len(following.split()) >= 4 and short_run < 2:
            return True
    if reports_randomised_trial and _RELEASE_SELF_RE.search(text[:_COMMENTARY_HEAD_CHARS]):
        # "FOR IMMEDIATE RELEASE" over a trial's own results: the trial's report; other
        # self-descriptions ("In this editorial") still make a commentary
        return bool(_EDITORIAL_SELF_RE.search(text))
    return _design_found("commentary_self", text)


# A page's masthead or section line naming an article type that surveys others' work (an
# editorial, a commentary, a practice or guideline summary, a methods note): a cell of one
# of the page's first lines, split by bars, middle dots or wide gaps, that is the kind
# ("Stroke Practice Forum  |  Editorials  |  2016", "Editorial      Vol 4, Issue 2, 2019",
# "... |  Guideline summaries  |  No. 14") or ends in it, a publication named by its kind
# ("Acute Medicine Practice Notes  |  No. 88  |  2025"). Not a menu: a line with a
# navigation item ("... | Editorials | Research | Policy | Archive") or more than five
# cells. Not news, a digest, a round-up or a briefing: sites of those names print items on
# one trial's results ("KIDNEY NEWS DIGEST | Dialysis", "Research Roundup | July 2018").
_SURVEY_KIND = (
    r"(?:editorials?|commentar(?:y|ies)|perspectives?|viewpoints?"
    r"|(?:clinical\s+)?practice\s+(?:notes|summar(?:y|ies)|pointers?|briefings?|digests?)"
    r"|guidelines?\s+(?:summar(?:y|ies)|digests?|updates?)|methods?\s+notes?|evidence\s+updates?)"
)
_SURVEY_CELL_RE = re.compile(
    rf"(?:[\w&'’.,/-]+\s+){{0,5}}?{_SURVEY_KIND}(?:[,;]?\s*(?:19|20)\d\d)?", re.IGNORECASE
)
_MASTHEAD_SPLIT_RE = re.compile(r"\s*[|·•]\s*|\t+|\s{3,}")
_NAVIGATION_CELL_RE = re.compile(
    r"(?:home|archive|archives|about(?:\s+us)?|subscribe|log\s*in|sign\s+in|search|menu|research"
    r"|current\s+issue|articles|contact(?:\s+us)?)",
    re.IGNORECASE,
)


_MENU_ITEM_RE = re.compile(r"[A-Za-z][A-Za-z&'’-]*")


def _survey_masthead(text: str) -> bool:
    """Does one of the page's first four lines name it writing on others' work
    (_SURVEY_CELL_RE), with a line of prose (four words or more) in the three after it?"""
    lines = [ln for ln in text[:_COMMENTARY_HEAD_CHARS].split("\n") if ln.strip()]
    for i, line in enumerate(lines[:4]):
        if len(line) > 200:
            continue
        cells = [c for c in _MASTHEAD_SPLIT_RE.split(line.strip()) if c]
        if not 2 <= len(cells) <= 5:
            continue  # (a label alone on its line is _COMMENTARY_LABEL_RE's)
        if any(_NAVIGATION_CELL_RE.fullmatch(c) for c in cells):
            continue
        kinds = [c for c in cells if _SURVEY_CELL_RE.fullmatch(c)]
        if not kinds or any(_MENU_ITEM_RE.fullmatch(c) for c in cells if c not in kinds):
            # (another cell of one word is a menu's item: "NIHR Evidence | Alerts |
            # Collections | Commentaries", "Stroke Practice Digest · News · 6 May 2020")
            continue
        if any(len(later.split()) >= 4 for later in lines[i + 1 : i + 4]):
            return True
    return False


def _titled_by_its_one_trial(text: str, title: str) -> bool:
    """Is the page about one trial its title names ("...: possibilities for the impact of
    the QUARTZ trial"), naming no other beside it? Such an editorial is left to the other
    rules: a masthead tells writing on several trials, not on one."""
    subject = trials.commentary_subject(text, title) if title else ""
    return bool(subject) and trials.key(subject) in trials.printed_name_keys(title)


_RELEASE_SELF_RE = re.compile(r"\bfor\s+immediate\s+release\b", re.IGNORECASE)
# A letter reporting its authors' own data, as journals print short reports ("Letter to
# Blood", "Research Letter", NEJM's Correspondence): "Here we report results with double the
# follow-up time of the primary analysis", "We report the 5-year outcomes", "we present
# updated data" (not a letter on others' work: "Zhao and colleagues reported that ...")
_RESEARCH_LETTER_RE = re.compile(
    r"\bhere,?\s+we\s+report\b"
    r"|\bwe\s+(?:report|present|describe)\s+(?:here\s+)?(?:the\s+|our\s+)?"
    r"(?:(?!that\b|which\b|how\b|what\b)[\w-]+\s+){0,3}?(?:results|data|findings|outcomes|analys[ie]s|follow-up)\b",
    re.IGNORECASE,
)

# What a commentary on one trial may be a report of it: a press or news release, a news
# item (not a roundup, nor a menu of the site's sections), or letters answered by the
# trial's authors
_RELEASE_OR_NEWS_LABEL_RE = re.compile(
    # (a label: opening its line or after a separator, maybe after two words of its own,
    # "Journal News Update"; not one item of a menu, "News | Conferences | Opinion | Jobs",
    # nor prose, "By the CardioBeat news desk")
    r"^(?:[^\n]{0,80}?(?:[|·>›»—–][ \t]*))?(?:[A-Z][\w&'-]*[ \t]+){0,2}"
    r"(?:(?:press|news|media)[ \t]+releases?|for[ \t]+immediate[ \t]+release"
    r"|news(?:[ \t]+(?:update|story|item|feature|analysis))?)\b"
    r"(?![^\n]*\|[^\n]*\|[^\n]*\|)[^\n]{0,80}$",
    re.IGNORECASE | re.MULTILINE,
)
# an editorial's label near the top ("EDITORIAL", "Critical Care Perspectives | Editorial")
_EDITORIAL_LABEL_RE = re.compile(r"^[^\n]{0,80}\beditorial\b", re.IGNORECASE | re.MULTILINE)
_ROUNDUP_RE = re.compile(
    r"\b(?:round-?up|in\s+brief|year\s+in\s+review|highlights|digest)\b", re.IGNORECASE
)
_LETTER_OPENING_RE = re.compile(
    r"^[ \t]*to\s+the\s+editor\s*:[ \t]*(?P<sentence>[^\n]*?(?<!\bal)(?<!\bvs)(?<!\bDr)(?<!\bNo)[.?!])"
    r"(?=\s|$)",
    re.IGNORECASE | re.MULTILINE,
)
_AUTHORS_REPLY_RE = re.compile(
    r"^[ \t]*(?:the\s+authors?\s+reply|in\s+reply|authors?['’]?\s+reply)\b",
    re.IGNORECASE | re.MULTILINE,
)
# a letter's opening sentence setting two trials side by side ("... in the Oscar study,
# whereas the OSCILLATE investigators ...") answers no one trial's report
_CONTRAST_RE = re.compile(
    r"\b(?:whereas|while|unlike|in\s+contrast|compared\s+with)\b", re.IGNORECASE
)


def commentary_subject(text: str, title_text: str) -> str:
    """The trial a press or news release, a news item or letters answered by the trial's
    authors report ('' for any other commentary, or when the page is about no one
    trial; see trials.commentary_subject)."""
    head = text[:_COMMENTARY_HEAD_CHARS]
    letter = _LETTER_OPENING_RE.search(text)
    if letter and _AUTHORS_REPLY_RE.search(text, letter.end()):
        sentence = letter.group("sentence")
        if _CONTRAST_RE.search(sentence):
            return ""
        return trials.commentary_subject(text, title_text, sentence)
    if _RELEASE_OR_NEWS_LABEL_RE.search(head) and not _ROUNDUP_RE.search(head):
        if _EDITORIAL_SELF_RE.search(text) or _EDITORIAL_LABEL_RE.search(head):
            return ""
        return trials.commentary_subject(text, title_text)
    return ""


_EDITORIAL_SELF_RE = _lowered(
    r"\b(?:in\s+)?(?:this|our|the\s+present)\s+(?:invited\s+)?(?:editorial|commentary|news\s+roundup"
    r"|guideline|summary\s+of\s+(?:the\s+)?recommendations)\b",
    0,
)


_OBSERVATIONAL_RE = _lowered(
    r"\bretrospective(?:ly)?\b|\bobservational\b|\bnon-?interventional\b|\bcohort\s+stud(?:y|ies)\b|\breal[-\s]world\b"
    # (a cohort analysed or matched, controls from a population's survey: "A Multicenter
    # Matched Cohort Analysis", "32 621 controls from the HUNT population survey")
    r"|\bcohort\s+analys[ie]s\b|\bmatched\s+cohorts?\b|\bpopulation\s+survey\b"
    r"|\bcase[-\s]control\b|\bconsecutive\s+patients\b|\bprospective\s+cohort\b"
    # self-controlled designs: "A case-crossover design compared ...", "self-controlled case
    # series"
    r"|\bcase[-\s]crossover\b|\bself[-\s]controlled\s+case\s+series\b"
    r"|\bpopulation-based\b|\bchart\s+review\b|\bmedical\s+records\b|\bregistry\s+data\b|\bdatabase\b"
    # treatments compared by matching, not randomisation: "propensity-score-matched control
    # periods", "within a Tennessee Medicaid cohort"
    r"|\bpropensity[-\s]score\b|\bpropensity[-\s]matched\b|\bwithin\s+an?\s+(?:[\w-]+\s+){0,3}cohort\b"
    # quasi-experimental designs, which compare groups no one assigned: "in a
    # regression-discontinuity design", "a natural experiment", "instrumental-variable
    # analysis", "difference-in-differences", "an interrupted time series", "emulating a
    # target trial"
    r"|\bregression[-\s]discontinuity\b|\bnatural\s+experiments?\b|\binstrumental[-\s]variables?\b"
    r"|\bdifference-in-differences?\b|\binterrupted\s+time[-\s]series\b|\btarget[-\s]trial\s+emulation\b"
    r"|\bemulat(?:e|ed|es|ing|ion\s+of)\s+(?:an?\s+|the\s+)?target\s+trials?\b"
    r"|Study Type:\s*Observational",
    0,
)
# ... and on a page that says nothing of randomisation but to deny it: patients followed
# through a register of a nation, a population or a disease ("Using nationwide Swedish
# registers", "through the national register", "a disease-based registry", "In this
# registry of 11 466 patients"; a registry-based randomised trial says it randomised);
# controls matched; an exposure that varies over follow-up; JAMA's heading of an
# observational study's exposure, where a trial's says "Interventions"
_OBSERVATIONAL_UNLESS_RANDOMISED_RE = _lowered(
    r"\b(?:national|nationwide|population|disease-based|biologics?|prescription|birth)\s+"
    r"(?:[\w-]+\s+){0,2}regist(?:ers?|ry|ries)\b|\bin\s+this\s+registry\s+of\b"
    r"|\bmatched\s+control(?:s|\s+group)\b|\btime-varying\s+exposure\b"
    r"|^exposures?(?:[ \t]{2,}|[ \t]*:)"
    # its own cohort, and the confounding a cohort's analysis answers: "in a cohort of
    # patients with rheumatoid arthritis", "The cohort comprised 1240 patients",
    # "confounding by indication", "a marginal structural Cox model"
    r"|\b(?:in|of)\s+an?\s+(?:[\w-]+\s+){0,2}?cohort\s+of\b"
    r"|\bthe\s+cohort\s+(?:comprised|included|consisted)\b"
    r"|\bconfounding\s+by\s+indication\b|\bmarginal\s+structural\b"
    # a cohort built or followed, or several ("for a cohort of 26.3 million residents", "We
    # built an open cohort of all Medicare beneficiaries", "The open cohort comprised", "in
    # two large prospective U.S. cohorts"); the long-running cohort studies named by what
    # they follow ("the Health Professionals Follow-up Study", "the Nurses' Health Study",
    # "the HUNT population study"); records linked or drawn across a nation ("We linked
    # nationwide Danish data", "VA electronic health records"); the confounders an
    # observational analysis adjusts for ("adjusted for a range of potential confounders",
    # "residual confounding cannot be excluded")
    r"|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?cohort\s+(?:of|comprised|included|consisted)\b"
    r"|\bprospective\s+(?:[\w.-]+\s+){0,3}?cohorts\b"
    r"|\bhealth\s+(?:professionals\s+follow-?up\s+)?study\b|\bpopulation\s+study\b"
    r"|\bnationwide\s+(?:[\w-]+\s+){0,2}?(?:data|records)\b|\belectronic\s+(?:health|medical)\s+records\b"
    r"|\bpotential\s+confounders\b|\bresidual\s+confounding\b",
    re.MULTILINE,
)
# randomisation denied: "Allocation was not random", "non-randomized comparisons",
# "Allocation was by patient preference, not by randomization", "rather than by
# randomisation", "without randomisation"
_RANDOM_DENIED_RE = re.compile(
    r"\b(?:non-?|not\s+(?:by\s+)?|rather\s+than\s+(?:by\s+)?|without\s+)random\w*"
)
_SINGLE_ARM_RE = _lowered(
    r"\bsingle[-\s](?:arm|group|center,?\s+single[-\s]arm)\b|\bone[-\s]arm\b|Intervention Model:\s*Single Group"
    r"|\bopen-label,?\s+(?:multicenter\s+|multicentre\s+)?phase\s+(?:I{1,3}|[1-3])\b(?!.{0,40}randomi)"
    r"|\b(?:prospective|multicenter|multicentre),?\s+(?:\w+,?\s+){0,2}phase\s+(?:1|2|I|II)\s+(?:study|trial)"
    r"|\bphase\s+(?:1|2|I|II)\s+(?:single|open)",
    0,
)

# "This phase II study evaluated ...": an early-phase study with no randomisation is single-arm.
_EARLY_PHASE_STUDY_RE = _lowered(r"\bphase[\s-]*(?:I|II|1|2|I/II|1/2)[ab]?\s+(?:study|trial)\b", 0)

_PATIENT_NOUN = (
    r"(?:patients|participants|subjects|women|men|adults|children|individuals|persons|people|cases"
    r"|volunteers|users|infants|neonates|newborns|babies|girls|boys|mothers|residents|smokers|adolescents"
    r"|recipients|veterans|survivors|outpatients|inpatients|pts)"
)
# digits with comma or (Lancet style) space thousands separators: "20,211", "20 211"
_DIGIT_COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?!\d)|\d+"
_COUNT = rf"(?P<n>{_DIGIT_COUNT}|{NUMBER_WORDS})"
# Enrolment statements are found from their noun ("patients"), looking back for
# the count and around it for the verb; far cheaper than scanning with the count pattern.
_NOUN_RE = re.compile(r"(?<![a-z])" + _PATIENT_NOUN + r"(?![a-z])")
# _NOUN_RE noun by noun, each pattern opening with its noun (whole words: two nouns'
# matches never overlap)
_NOUNS = _Anchors(
    *(
        rf"{noun}(?<![a-z]{noun})(?![a-z])"
        for noun in _PATIENT_NOUN.removeprefix("(?:").removesuffix(")").split("|")
    )
)
_COUNT_BEFORE_RE = re.compile(
    # (not a time: "At week 12 brodalumab recipients were randomised again", checked on the
    # count found, _AFTER_A_TIME_WORD_RE: eight look-behinds tried at every offset of the
    # window cost more than the search)
    rf"(?<![\w,-])"
    # (no other count between the count and its noun: "Across the three trials 473 women";
    # nor a target: "Of 360 planned participants, 216 were included")
    # (the first count of "N of M": "1829 of 1917 patients undergoing angiography were
    # randomised", "369 of 620 planned patients had been randomly assigned")
    # ("880 of the planned 1776 patients had been randomised": the first too)
    # (the words between within a paragraph: not "a trial of four experimental
    # therapies\n\nPatients with Ebola")
    rf"{_COUNT}\s+(?:of\s+(?:(?:the|a)\s+)?(?:(?:planned|intended|targeted|anticipated|projected)\s+)?"
    rf"\d[\d,]*\s+(?:(?:planned|intended|targeted|anticipated|projected)\s+)?)?"
    rf"(?:(?!\d{{2}}|(?:planned|intended|targeted|anticipated|projected)\b)[\w-]+"
    rf"(?:[ \t]+\n?[ \t]*|\n[ \t]*)){{0,3}}?$",
    re.IGNORECASE,
)
# between a count and the people noun after it: the places the count counts ("in four
# countries randomised adults")
_OTHER_COUNTED_BETWEEN_RE = re.compile(
    r"\b(?:countries|hospitals|centres|centers|sites|clinics|practices|clusters|villages"
    r"|communities|districts|wards|schools|regions|provinces)\b",
    re.IGNORECASE,
)
_AFTER_A_TIME_WORD_RE = re.compile(
    # (nor a phase, stage, grade or type: "SWiTCH was a multicentre phase 3 randomised
    # trial in children")
    r"(?<![\w-])(?:weeks?|days?|month|year|visit|cycle|phase|stage|grade|type|part|class) $",
    re.IGNORECASE,
)
_VERB_AFTER_RE = re.compile(
    r"\s+(?:\([^)]{0,40}\)\s+)?(?:were|was|had\s+been)\s+(?:(?!randomly)\w+\s+)?"
    r"(?:(?P<randomized>randomi[sz]ed|randomly\s+(?:assigned|allocated))"
    r"|(?P<enrolled>enrolled|included|recruited|accrued|registered|treated|assigned))",
    re.IGNORECASE,
)
_VERB_BEFORE_RE = re.compile(
    # (the active voice of a news item's assignment too: "Doctors at Jin Yin-tan Hospital
    # assigned 199 adults with low blood oxygen either to ...")
    r"(?:(?P<randomized>randomi[sz]ed|randomly\s+(?:assigned|allocated)"
    r"|(?<!were\s)(?<!was\s)(?<!been\s)(?:assigned|allocated)|randomi[sz]ing)"
    r"|(?P<enrolled>enrolled|recruited|accrued|included|registered|enrolling|recruiting"
    r"|involved|involving)"
    r"|(?P<total>a\s+total|(?:trial|study)(?=\s+of)|comprised|comprising|consisted\s+of))"
    r"\s+(?:a\s+total\s+)?(?:of\s+)?"
    # (a count given as about so many: "randomised about 1100 patients", "enrolled
    # approximately 7,400 pregnant individuals", "a study of more than 9000 patients")
    r"(?P<about>(?:about|approximately|around|nearly|almost|more\s+than|over|some)\s+)?$",
    re.IGNORECASE,
)
# "25 patients who crossed over": a described subset, not the enrolment
_SUBSET_AFTER_RE = re.compile(r"[ \t]+(?:who|whose|in\s+whom|of\s+whom|that)\b", re.IGNORECASE)
# The people screened for a trial are never its enrolment: "Of 1586 patients screened, 656
# were enrolled", "2034 patients were assessed for eligibility and 1201 were randomly
# assigned", "We screened 5120 adults, of whom 812 underwent randomisation" (the noun
# followed by its screening verb; the count after it, with or without its noun, is the one
# enrolled)
_SCREENED_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:were|was|had[ \t]+been)[ \t]+)?(?:screened|approached|assessed|evaluated)\b",
    re.IGNORECASE,
)
_SCREENED_BEFORE_RE = re.compile(r"\b(?:screened|assessed|approached)\s+$", re.IGNORECASE)
_AFTER_SCREENING_RE = re.compile(
    r"[^.;\n]{0,80}?(?:,\s*|\s+and\s+|;\s*)(?:of\s+(?:whom|these|them)\s+)?(?:a\s+total\s+of\s+)?"
    rf"{_COUNT}\s+(?:(?:eligible\s+)?{_PATIENT_NOUN}\s+)?(?:of\s+(?:them|these|whom)\s+)?(?:(?:were|was|had\s+been)\s+)?"
    r"(?:(?:then|subsequently|eventually|finally|ultimately)\s+)?"
    r"(?:(?P<randomized>randomi[sz]ed|randomly\s+(?:assigned|allocated))|(?P<enrolled>enrolled|included|recruited))\b"
    r"|[^.;\n]{0,80}?(?:,\s*|\s+and\s+|;\s*)(?:of\s+(?:whom|these|them)\s+)?"
    rf"{_COUNT.replace('?P<n>', '?P<m>')}\s+(?:{_PATIENT_NOUN}\s+)?(?P<underwent>underwent|had\s+undergone)\s+randomi[sz]ation\b",
    re.IGNORECASE,
)
# a stage before randomisation: "Of 713 patients enrolled, 605 were randomised", "570
# patients were first registered, and 407 of them were randomised"
_BEFORE_RANDOMISATION_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:were|was|had[ \t]+been)[ \t]+)?(?:(?:first|initially|originally)[ \t]+)?"
    r"(?:enrolled|registered|recruited|included)\b",
    re.IGNORECASE,
)
# "Of the 7028 patients who underwent randomisation", "7437 patients who were randomised",
# "590 patients underwent randomization", "4401 patients had undergone randomisation"
_UNDERWENT_RANDOMISATION_RE = re.compile(
    r"[ \t]+(?:(?:who|that)[ \t]+)?(?:underwent|had[ \t]+undergone|(?:were|was|had[ \t]+been)[ \t]+"
    r"(?=randomi[sz]ed|randomly))[ \t]*(?:randomi[sz]ation|randomi[sz]ed|randomly[ \t]+(?:assigned|allocated))",
    re.IGNORECASE,
)
# "Of the 305 randomised patients": the adjective between the count and the noun
_RANDOMISED_ADJECTIVE_RE = re.compile(r"\brandomi[sz]ed\b|\brandomly\s+assigned\b", re.IGNORECASE)
# ... or enrolled: "The 656 enrolled patients were split almost evenly"
_ENROLLED_ADJECTIVE_RE = re.compile(r"[ \t]+(?:enrolled|recruited)[ \t]+", re.IGNORECASE)
# the participle after the noun, without its verb: "Of 530 patients randomised, all in the
# surgery group ...", "Of the 423 patients enrolled, 94.3% ...", "7470 of the 27 395
# patients enrolled in COMPASS" (not "included": "patients included in the analysis")
# (nor one arm's: "Of the 1197 patients randomised to erythromycin", "enrolled in the
# placebo group")
_IN_AN_ARM = r"in[ \t]+the[ \t]+[\w -]{0,30}?\b(?:arms?|groups?)\b"
_PARTICIPLE_AFTER_RE = re.compile(
    r"[ \t]+(?:(?P<randomized>randomi[sz]ed|randomly[ \t]+(?:assigned|allocated))|(?P<enrolled>enrolled|recruited))\b"
    rf"(?![ \t]+(?:to\b|{_IN_AN_ARM}))",
    re.IGNORECASE,
)
# people who took part: "410 patients took part (207 everolimus, 203 placebo)", "1882
# patients took part in the two trials", "(n = 501) took part", "3427 women ... agreed to take part"
_TOOK_PART_RE = re.compile(
    r"[ \t]+(?:\([^()\n]{0,40}\)[ \t]+)?(?:took[ \t]+part|participated|agreed[ \t]+to[ \t]+take[ \t]+part)\b",
    re.IGNORECASE,
)
# whole numbers of the arms in the rest of a count's sentence: "Of 1552 adults (776
# antibiotics, 776 appendectomy)", "16,235 participants received Butantan-DV (10,259) or
# placebo (5976)" (not a percentage, a decimal, a range's end, a date or "m2")
_ARM_COUNT_RE = re.compile(
    r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,:/%-]|[ \t]*%|[ \t]*(?:years?|months?|weeks?|days?|mg|sites|centres|centers|countries)\b)"
)
_SENTENCE_END_RE = re.compile(r"\.(?=\s)|\n")
# the two places a count is split into its arms (a count split after any other verb is a
# count of events or of an analysed subset: "Of 130 symptomatic cases, 24 were in the
# vaccine group and 106 in the placebo group", "108 participants (57 ciclosporin; 51
# prednisolone) had complete data", "6 subjects (2 dolutegravir, 4 efavirenz) stopped")
_OF_BEFORE_RE = re.compile(r"\bof[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_ARMS_BRACKET_RE = re.compile(r"[ \t]*\(")
_RECEIVED_RE = re.compile(r"[ \t]+(?:received|were[ \t]+given)\b", re.IGNORECASE)


def _arms_add_up(text: str, count: re.Match, at: int, n: int) -> bool:
    """The count is the arms' total: "Of N <noun> (a ..., b ...)" or "N <noun> received A
    (a) or B (b)", where two to four consecutive whole numbers in the rest of the sentence
    add up to it."""
    if not (
        _RECEIVED_RE.match(text, at)
        or (
            _ARMS_BRACKET_RE.match(text, at)
            and _OF_BEFORE_RE.search(text, max(0, count.start() - 8), count.start())
        )
    ):
        return False
    rest = text[at : at + 240]
    stop = _SENTENCE_END_RE.search(rest)
    if stop:
        rest = rest[: stop.start()]
    counts = [count_to_int(m.group(1)) or 0 for m in _ARM_COUNT_RE.finditer(rest)]
    for i in range(len(counts) - 1):
        total = counts[i]
        for c in counts[i + 1 : i + 4]:
            total += c
            if total == n:
                return True
            if total > n:
                break
    return False


def _kind_after(text: str, at: int) -> str:
    """The kind of an enrolment count whose noun ends at ``at``, from the verb after it:
    "were randomised", "took part", "were then allocated" later in the sentence ("" if
    none)."""
    after = _VERB_AFTER_RE.match(text, at)
    if after:
        return "randomized_after" if after.group("randomized") else "enrolled_after"
    if _TOOK_PART_RE.match(text, at):
        return "enrolled_after"
    later = _VERB_LATER_RE.match(text, at)
    if later and not _NEW_COUNT_RE.search(text, at, later.end()):
        return (
            "randomized_later"
            if later.group("randomized") or later.group("underwent")
            else "enrolled_later"
        )
    return ""


# A registry's enrolment field, as each registry lays it out, ranked: the number enrolled
# ("Enrollment (Actual): 602", "Actual Enrollment : 272 participants", ClinicalTrials.gov;
# "Total final enrolment: 409", ISRCTN; "Actual sample size: 369", ANZCTR; "Number of
# subjects started 940", "Actual number of subjects enrolled: 8014", the EU register's
# results), then a bare "Enrollment: 602", then a
# target ("Estimated Enrollment: 132", "Target number of participants: 640", "Target
# sample size: 122", "In the whole clinical trial: 92", the EU register's planned number).
# The number must stand alone: "Date of first enrolment: 13/03/2016" is a date.
_ENROLMENT_NUMBER = r"[ \t]*:?[ \t]*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,/:-])"
# (each pattern opens with its own words, in lower case and one space apart as registries
# print them, and is searched in the lowered page: the engine then looks for the words as
# fast as str.find does)
_REGISTRY_ENROLMENT_RES = (
    [
        re.compile(words + _ENROLMENT_NUMBER)
        for words in (
            r"total final enroll?ment",
            r"actual (?:sample size|enroll?ment)",
            r"enroll?ment[ \t]*\([ \t]*actual[ \t]*\)",
            r"number of subjects started",
            r"worldwide total number of subjects",
            # (a register summary's field: "Actual number of subjects enrolled: 8014")
            r"actual number of (?:subjects|participants|patients) enroll?ed",
            # ("Total enrollment: 802 participants", "enrollment: 732 (actual)" of a mirror's
            # one-line summary, "Sample size: target 4500; final 5522", "Subjects randomised
            # 671" set as a field)
            r"total enroll?ment",
            r"enroll?ment(?=[ \t]*:[ \t]*\d[\d,]*[ \t]*\(actual\))",
            r"sample size:[^\n]{0,40}?\bfinal",
            r"subjects randomi[sz]ed(?=[ \t]{2,}|[ \t]*:)",
            # (a summary's field: "- Total enrolled: 363")
            r"total enrolled",
        )
    ],
    # (searched in the page as it is: its capital, "Enrollment: 602", is a field's; prose
    # writes "enrollment 2010-2012")
    [
        re.compile(
            r"(?<!first )(?<![Ee]stimated )(?<![Aa]nticipated )Enroll?ment" + _ENROLMENT_NUMBER
        )
    ],
    [
        re.compile(words + _ENROLMENT_NUMBER)
        for words in (
            r"estimated enroll?ment",
            r"anticipated enroll?ment",
            r"enroll?ment[ \t]*\([ \t]*(?:estimated|anticipated)[ \t]*\)",
            r"target (?:number of participants|sample size)",
            r"in the whole clinical trial",
            # (CTRI's "Target Sample Size: Total Sample Size = 1200", ANZCTR's "Target
            # Recruitment 1679", a portal's "Recruitment aim: 200 participants")
            r"total sample size[ \t]*=[ \t]*\"?",
            r"target recruitment",
            r"recruitment aim",
        )
    ],
)


# a word every field of _REGISTRY_ENROLMENT_RES holds (lower case)
_REGISTRY_ENROLMENT_WORDS = (
    "enrol",
    "subjects",
    "sample size",
    "whole clinical trial",
    "recruitment",
    "number of participants",
)


def _registry_enrolment(text: str, lowered: str) -> str:
    """The enrolment field of a registry record, the number enrolled before a bare field
    before a target (``lowered`` is ``text.lower()``; a field of 0, a register's
    placeholder, "Target recruitment: 0", tells nothing)."""
    if not any(word in lowered for word in _REGISTRY_ENROLMENT_WORDS):
        return ""  # (no field's word: the page's many searches are skipped)
    for rank, patterns in enumerate(_REGISTRY_ENROLMENT_RES):
        found = [
            m
            for p in patterns
            if (m := p.search(text if rank == 1 else lowered)) and count_to_int(m.group("n"))
        ]
        if found:
            return str(count_to_int(min(found, key=lambda m: m.start()).group("n")))
    return ""


# "4744 patients with class II-IV heart failure and an ejection fraction of 40% or less
# were randomly assigned": the verb after a qualifying phrase of the same sentence
# (or "underwent randomization": "3000 patients at sites in North America, Europe, and
# Australia underwent randomization")
_VERB_LATER_RE = re.compile(
    # (a decimal is no sentence's end: "888 patients with an FFR of 0.80 or less were
    # randomised")
    r"(?:\([^()\n]{0,80}\)|(?<=\d)\.(?=\d)|[^.;:()\n]){0,200}?\b(?:(?:were|was)\s+(?:then\s+)?(?:(?P<randomized>randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)"
    r"|(?P<enrolled>enrolled|recruited|included|accrued))|(?P<underwent>underwent\s+randomi[sz]ation))\b",
    re.IGNORECASE,
)


# a count with its own noun opening a clause between a count's noun and a later verb (not
# the counts of the arms: "Of 503 patients, 250 were assigned to ...")
_NEW_COUNT_RE = re.compile(
    rf"(?<!\d)[,;:][ \t]*(?:a[ \t]+total[ \t]+of[ \t]+)?\d[\d,]*[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_PATIENT_NOUN}\b",
    re.IGNORECASE,
)


def _phase_mentions(text: str) -> list[re.Match]:
    """``list(_PHASE_RE.finditer(text))``: the pattern tried only where its first two
    letters are (str.find), not at each "p" of the page."""
    starts = [at for pair in ("ph", "Ph", "pH", "PH") for at in offsets_of(text, pair)]
    return matches_at(_PHASE_RE, text, starts)


# a page counting the trials it is about near its top: "Two studies of pre-exposure
# prophylaxis among gay men ...", "Three phase 3 trials published together", "put two
# long-awaited trials on stage", "Both studies ..." (not "two previous trials", "two doses
# in earlier studies")
_TRIALS_COUNTED_RE = re.compile(
    r"\b(?P<count>two|three|four|five|both|twin)[ \t]+"
    r"(?:(?!(?:previous|earlier|prior|other|similar|recent|published|ongoing|future|further"
    r"|additional|more|separate|observational|cohort|in|of|from|for|with|and|or|the|to|by|at"
    r"|on|than|that|which)\b)[\w'’-]+[ \t]+){0,4}?(?:trials|studies)\b",
    re.IGNORECASE,
)
_TRIALS_COUNTED_CHARS = 2500


def trials_counted(text: str) -> str:
    """How many trials the opening of a page says it is about ("Two studies of ...": '2'),
    the largest count; '' when it counts none."""
    counts = [
        trials.COUNT_WORDS[m.group("count").lower()]
        for m in _TRIALS_COUNTED_RE.finditer(text, 0, _TRIALS_COUNTED_CHARS)
    ]
    return str(max(counts)) if counts else ""


# A count of people a trial randomised or enrolled, in the verb's two orders: "randomised
# 3648 patients at 100 hospitals", "enrolled 2,802 adults", "6,953 women were randomised"
# (a word or three may stand between the count and its noun: "888 newly diagnosed patients")
_ENROLMENT_VERB = (
    r"(?:randomi[sz]ed|randomi[sz]ing|enrolled|enrolling|recruited|recruiting|assigned|involving)"
)
_ENROLMENT_COUNT_RE = re.compile(
    rf"\b{_ENROLMENT_VERB}[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+|some[ \t]+|about[ \t]+|nearly[ \t]+"
    rf"|almost[ \t]+|more[ \t]+than[ \t]+|over[ \t]+|around[ \t]+)?(?P<n>{_DIGIT_COUNT})[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,3}}?{_PATIENT_NOUN}\b"
    rf"|(?<![\w.,])(?P<m>{_DIGIT_COUNT})[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{_PATIENT_NOUN}[ \t]+"
    rf"(?:were|had[ \t]+been)[ \t]+(?:randomi[sz]ed|randomly|enrolled|recruited|assigned)\b",
    re.IGNORECASE,
)
_ENROLMENTS_READ = 30_000


def enrolments_stated(text: str) -> str:
    """The counts of people randomised or enrolled a page states in its first 30,000
    characters, each once in the order printed, ";"-joined (at most eight; counts of 10 or
    more): a page on several trials gives each one's ("The UK trial ... randomised 3648
    patients ... An earlier Swedish study ... had randomised 888 patients": '3648;888')."""
    out: list[str] = []
    for m in _ENROLMENT_COUNT_RE.finditer(text, 0, _ENROLMENTS_READ):
        n = count_to_int(m.group("n") or m.group("m"))
        if n is not None and n >= 10 and str(n) not in out:
            out.append(str(n))
            if len(out) == 8:
                break
    return ";".join(out)


def phase(text: str) -> str:
    """The most often stated trial phase ("2", "3", "2/3"); ties go to the first."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for m in _phase_mentions(text):
        parts = [m.group("a")] + ([m.group("b")] if m.group("b") else [])
        numbers = [_ROMAN.get(p.lower(), p) for p in parts]
        value = "/".join(dict.fromkeys(numbers))
        counts[value] += 1
        first.setdefault(value, m.start())
    if not counts:
        return ""
    return max(counts, key=lambda v: (counts[v], -first[v]))


# "750 patients with treatment-naive clear-cell carcinoma, assigned to sunitinib ... or to
# interferon alfa": the count in a clause whose participle assigns them
_PARTICIPLE_LATER_RE = re.compile(
    r"[^.;:(),\n]{0,120}?,\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+(?:\([^()\n]{0,20}\)\s+)?to\b",
    re.IGNORECASE,
)
# "were randomly assigned to gefitinib or carboplatin/paclitaxel (n = 1,217)": the count
# closing the assignment sentence; "assigned to A (n = 375) or to B (n = 375)": the arms'
# counts, added up
_ASSIGNED_TO_RE = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|allocated|assigned)\s+"
    r"(?:\([^()\n]{0,20}\)\s+)?to\b[^.;\n]{0,240}",
    re.IGNORECASE,
)
_N_EQUALS_RE = re.compile(r"\(\s*[nN]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)")
# ... and right after its noun: "Participants (n = 5179) at 320 sites were allocated",
# "Adults (n=1280) with a clinical diagnosis of stroke"
_N_AFTER_NOUN_RE = re.compile(r"[ \t]*" + _N_EQUALS_RE.pattern)
_ARM_SEPARATOR_RE = re.compile(r"\s*(?:,\s*)?(?:or|and|versus|vs\.?)\s", re.IGNORECASE)


def _assigned_counts(text: str) -> int | None:
    """The number assigned, from "(n = N)" counts of an assignment sentence."""
    for m in _ASSIGNED_TO_RE.finditer(text):
        counts = list(_N_EQUALS_RE.finditer(text, m.start(), m.end()))
        if not counts:
            continue
        clause_end = m.end()
        if len(counts) == 1 and re.match(r"\s*[.;]", text[counts[0].end() : clause_end + 2]):
            return count_to_int(counts[0].group(1))
        if len(counts) >= 2 and all(
            _ARM_SEPARATOR_RE.search(text, a.end(), b.start()) for a, b in zip(counts, counts[1:])
        ):
            total = sum(count_to_int(c.group(1)) or 0 for c in counts)
            return total or None
    return None


# the first of the arms' counts, each after its own verb or "to": "3056 patients were
# assigned to drug A and 3051 to placebo", "10,005 children received TCV and 10,014 received
# MenA", "412 women were allocated to aspirin, 409 to placebo and 410 to both": the count
# before the first arm is that arm's, and the trial's is their sum (not when the first arm
# names both, "to A or B, and 1180 received at least one dose", nor after a dose received)
_EACH_ARM_VERB = (
    r"(?:(?:were|was)\s+)?(?:(?:randomly|then|subsequently)\s+)?(?:assigned|allocated|randomi[sz]ed)"
    r"\s+to|(?:received|were\s+given|got)(?!\s+(?:at\s+least|any|one\s+or\s+more|a\s+dose|doses))"
)
_EACH_ARM_COUNT = (
    "(?P<{g}>" + _DIGIT_COUNT.replace("{", "{{").replace("}", "}}") + ")"
    rf"(?:\s+(?:[\w-]+\s+){{{{0,2}}}}?{_PATIENT_NOUN})?\s+(?:{_EACH_ARM_VERB}|to)\b"
)
_EACH_ARM_COUNTED_RE = re.compile(
    rf"\s+(?:{_EACH_ARM_VERB})\s+(?P<arm>(?:[^.;\n]|\.(?=\d)){{1,80}}?)(?:,\s*and|,|\s+and|;\s*and|;)\s+"
    + _EACH_ARM_COUNT.format(g="n2")
    + r"(?:(?:[^.;\n]|\.(?=\d)){1,80}?(?:,\s*and|\s+and|;\s*and)\s+"
    + _EACH_ARM_COUNT.format(g="n3")
    + ")?",
    re.IGNORECASE,
)


def _each_arm_total(text: str, n: int, at: int) -> int | None:
    """The sum of the arms' counts when the count ``n``, whose noun ends at ``at``, is the
    first arm's (_EACH_ARM_COUNTED_RE), each arm at most four times another; else None."""
    m = _EACH_ARM_COUNTED_RE.match(text, at)
    if not m or re.search(r"\bor\b|\bversus\b|\bvs\b", m.group("arm")):
        return None
    counts = [n] + [count_to_int(m.group(g)) or 0 for g in ("n2", "n3") if m.group(g)]
    if min(counts) < 1 or max(counts) > 4 * min(counts):
        return None
    return sum(counts)


# a count randomised without its noun, opening its clause: "; 17 160 were randomised and
# followed", "1445 were randomised 2:1 to tolvaptan (961) ...", "after 131 had been
# randomised (66 intervention, 65 control)"
_BARE_RANDOMISED_RE = re.compile(
    r"(?:^|(?<=[;:,.]\s)|(?<=\band\s)|(?<=\bafter\s)|(?<=\bwhen\s)|(?<=\buntil\s)|(?<=\bonce\s))"
    rf"(?P<n>{_DIGIT_COUNT})[ \t]+"
    r"(?:(?:were|had[ \t]+been)[ \t]+)(?:randomi[sz]ed|randomly[ \t]+(?:assigned|allocated))\b",
    re.IGNORECASE | re.MULTILINE,
)
# a count opening a section of a structured abstract, its people described after it:
# "Methods: 573 patients with active Crohn's disease received ...", "Results: 5047
# participants (19.8% Black, ...) were followed", "Interventions: 258 patients received"
_SECTION_OPENING_COUNT_RE = re.compile(
    r"^[ \t]*(?:methods?|results?|findings|interventions?|design)[ \t]*[:.]?[ \t]+"
    rf"(?P<n>{_DIGIT_COUNT})[ \t]+{_PATIENT_NOUN}"
    r"(?=[ \t]+(?:with|who|aged|from|in[ \t]+whom|\()|[ \t]+(?:were[ \t]+(?:followed|treated|studied)"
    r"|received|made[ \t]+up))",
    re.IGNORECASE | re.MULTILINE,
)


def _bare_randomised(text: str) -> tuple[int, int] | None:
    """(offset, count) of the first count randomised without its noun (_BARE_RANDOMISED_RE),
    the arms' sum when it is the first arm's; else None."""
    for at in offsets_of(text, "andom"):
        m = _BARE_RANDOMISED_RE.search(text, max(0, at - 40), at + 24)
        if m:
            n = count_to_int(m.group("n"))
            if n and n >= 2:
                return m.start("n"), _each_arm_total(text, n, m.start("n") + len(m.group("n"))) or n
    return None


# a total closing a sentence that counts its trials' or arms' people one by one: "ASCLEPIOS I
# enrolled 927 patients and ASCLEPIOS II 955 (1882 in total)", "SOLO 1 randomised 671
# patients and SOLO 2 randomised 708 (1379 in all)", "..., for 1115 patients overall"
_TOTAL_WORDS = (" in total", " in all", " overall", " altogether")
_TOTAL_BEFORE_RE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+|\d+)"
    rf"(?:[ \t]+{_PATIENT_NOUN})?(?:[ \t]+(?:were|was)[ \t]+(?:enrolled|randomi[sz]ed|included))?$",
    re.IGNORECASE,
)
_STAGE_WORD_RE = re.compile(r"randomi[sz]|enrol|assign|allocat|recruit", re.IGNORECASE)


def _total_of_counts(text: str, lowered: str) -> tuple[int, int] | None:
    """(offset, total) of the first total a sentence gives after counting its people one
    group at a time (two to four counts before it in the sentence adding up to it, and a
    word of enrolment or assignment among them); else None."""
    for word in _TOTAL_WORDS:
        for at in offsets_of(lowered, word):
            m = _TOTAL_BEFORE_RE.search(text, max(0, at - 70), at)
            total = count_to_int(m.group("n")) if m else None
            if not total or total < 4:
                continue
            start = max(
                text.rfind(". ", max(0, m.start() - 400), m.start()),
                text.rfind("\n", max(0, m.start() - 400), m.start()),
            )
            segment = text[start + 1 : m.start()]
            if not _STAGE_WORD_RE.search(segment):
                continue
            # (not a trial's number: "SOLO 1 randomised 671 patients and SOLO 2 ...")
            counts = [count_to_int(c.group(1)) or 0 for c in _ARM_COUNT_RE.finditer(segment)]
            counts = [c for c in counts if c * 50 >= total]
            for i in range(len(counts) - 1):
                running = counts[i]
                for c in counts[i + 1 : i + 4]:
                    running += c
                    if running == total:
                        return m.start(), total
                    if running > total:
                        break
    return None


# "Of" opening a sentence or clause before a count ("Findings: Of 10 102 eligible patients,
# 7112 were enrolled"; not "a study of 1858 eligible patients")
_OF_OPENING_BEFORE_RE = re.compile(r"(?:^|[.:;]\s*|\n\s*)Of\s+(?:the\s+)?$")

_RANK = {
    "randomized_after": 1,
    "randomized_before": 2,
    "randomized_later": 2.5,
    "arms_after": 2.7,
    "enrolled_after": 3,
    "enrolled_before": 4,
    "enrolled_later": 4.5,
    "total_before": 4.8,
    "dosed": 5,
    "heading": 5.5,
    "trial_in": 6,
    "approximate": 6.5,
    "among": 7,
}
# the people given the treatment, a safety population: "In all, 1108 patients received at
# least one dose of study drug", "4387 received at least one injection"
_N_EQUALS_BEFORE_RE = re.compile(r"(?<![\w(])N[ \t]*=[ \t]*$")
_RECEIVED_A_DOSE_RE = re.compile(
    r"[ \t]+(?:received|were[ \t]+given|got)[ \t]+(?:at[ \t]+least[ \t]+one|one[ \t]+or[ \t]+more|any)[ \t]+"
    r"(?:dose|injection|infusion|vaccination|administration)",
    re.IGNORECASE,
)
# a structured abstract's heading naming who took part: "Participants: 121 patients (73
# women) with pyoderma gangrenosum", "Patients: 1857 antiretroviral-naive adults"
_PARTICIPANTS_HEADING_BEFORE_RE = re.compile(
    r"\b(?:participants|patients|subjects|population)[ \t]*:[ \t]*$"
    # (or opening its line, set off by a wide gap instead of a colon, as a journal's
    # structured abstract is copied: "Participants  226 adults with fibromyalgia")
    r"|(?:^|\n)[ \t]*(?:participants|patients|subjects|population)[ \t]{2,}$"
    # (or a plain-language summary's question: "Who was in the study? 278 adults aged 18 to
    # 65", "Who took part?")
    r"|\bwho[ \t]+(?:was|were)[ \t]+(?:in[ \t]+(?:the|this)[ \t]+(?:study|trial)|studied|included)\?\s*$"
    r"|\bwho[ \t]+took[ \t]+part(?:[ \t]+in[ \t]+(?:the|this)[ \t]+(?:study|trial))?\?\s*$",
    re.IGNORECASE,
)
# the people a result is counted among, opening a sentence: "Results: Among 8292
# patients, 4921 presented with ...", "Of 423 patients (143 PDT, 140 in each ranibizumab
# group), at least 77%", "In 2157 participants, three years of vitamin D3" (the last resort:
# a subset is described after its noun, "Among the 373 patients who had responded", and
# is smaller than the whole: the largest such count is taken; never the eligible, "Of 8174
# eligible patients, 1089 ... entered", one arm's people, "Of the 1197 patients randomised
# to erythromycin", "Of the 60 patients enrolled in the placebo group", nor cases of a disease,
# "Of 130 symptomatic cases, 24 were in the vaccine group")
_ONE_ARM_AFTER_RE = re.compile(
    rf"[ \t]+(?:randomi[sz]ed|randomly|assigned|allocated|enrolled|given|treated|{_IN_AN_ARM})",
    re.IGNORECASE,
)
_AMONG_BEFORE_RE = re.compile(
    r"(?:^|[.:;][ \t]*|\n[ \t]*|\b(?:results|findings)[ \t]+)(?:among|of|in|across)[ \t]+(?:the[ \t]+|all[ \t]+)?$",
    re.IGNORECASE,
)
# the people a trial was run in: "VESTRI, a 26-week trial of budesonide-formoterol against
# budesonide alone in 11,693 adolescents and adults"
# (not the patients an event happened in: "In the trial, bleeding occurred in 12 patients")
_EVENT_WORD_RE = re.compile(
    r"\b(?:occurr\w*|reported|observed|seen|developed|died|recorded|found|noted|happened|events?"
    r"|deaths?|bleeding|infections?|outcome)\b",
    re.IGNORECASE,
)
# a sentence opened by the trial it reports, its subject next: "In this randomised,
# open-label, international phase 3 trial, ", "In the FAME 2 trial, "
_TRIAL_OPENING_BEFORE_RE = re.compile(
    r"(?:^|[.:]\s+|\n\s*)In\s+(?:this|a|an|the|our)\s+[^.;\n]{0,120}?\b(?:trial|study),\s+$",
    re.IGNORECASE,
)
_TRIAL_IN_BEFORE_RE = re.compile(
    # (or "with": "ran a double-blind trial in five hospitals in China with 364 mothers")
    r"\b(?:trial|study)\b[^.;\n]{0,160}?\b(?:in|with)\s+(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)


# a count of people in each place or group, not the trial's: "12 patients per site"
_PER_PLACE_AFTER_RE = re.compile(
    r"[ \t]+(?:per|in[ \t]+each|from[ \t]+each|for[ \t]+each)\b", re.IGNORECASE
)


def _windows(anchor, text: str, before: int, after: int) -> list[tuple[int, int]]:
    """Merged text windows around the anchor matches, so detailed patterns scan only those."""
    windows: list[list[int]] = []
    for m in anchor.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


# a count describing an earlier study the sentence does not name: "the same group had first
# run a small pilot study of 42 people", "our previous feasibility trial in 60 children"
_EARLIER_STUDY_BEFORE_RE = re.compile(
    r"\b(?:pilot|feasibility|earlier|previous|prior|preceding)[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}?"
    r"(?:study|trial|RCT)[ \t\n]+(?:of|in|with|among|involving|enrolling)[ \t\n]+"
    r"(?:(?:about|approximately|around|nearly|more[ \t]+than|over|some|only|just)[ \t\n]+)?$",
    re.IGNORECASE,
)


def _of_an_earlier_study(text: str, at: int) -> bool:
    """Is the count at ``at`` an earlier study's (_EARLIER_STUDY_BEFORE_RE), its sentence
    saying it came before ("had", "first", "previous") and not calling it this one's?"""
    m = _EARLIER_STUDY_BEFORE_RE.search(text, max(0, at - 90), at)
    if m is None:
        return False
    lo = max(
        text.rfind(". ", max(0, at - 240), m.start()),
        text.rfind("\n\n", max(0, at - 240), m.start()),
    )
    sentence = text[lo + 1 if lo >= 0 else max(0, at - 240) : at]
    return trials.EARLIER_WORD_RE.search(sentence) is not None and not trials.THIS_STUDY_RE.search(
        text, max(0, m.start() - 30), m.start() + 1
    )


def n_enrolled(text: str) -> str:
    """Patients randomised, else enrolled, as stated ("Sixty-nine patients were randomized").

    Preference: a registry's ``Enrollment:``; "N patients were randomized";
    "randomized N patients"; "N patients were enrolled"; "enrolled N patients";
    "a total of N patients". Within one kind the first in the text wins.
    """
    lowered = text.lower()
    registered = _registry_enrolment(text, lowered)
    if registered:
        return registered
    best = None
    for noun in _NOUNS.finditer(lowered):
        count = _COUNT_BEFORE_RE.search(text, max(0, noun.start() - 70), noun.start())
        if not count or _AFTER_A_TIME_WORD_RE.search(
            text, max(0, count.start() - 7), count.start()
        ):
            # the count in brackets after its noun: "Participants (n = 5179) at 320 sites
            # were allocated at random"
            bracket = None if count else _N_AFTER_NOUN_RE.match(text, noun.end())
            kind = _kind_after(text, bracket.end()) if bracket else ""
            n = count_to_int(bracket.group(1)) if bracket else None
            if kind and n and n >= 2 and (best is None or (_RANK[kind], noun.start()) < best[0]):
                best = ((_RANK[kind], noun.start()), n)
            continue
        n = count_to_int(count.group("n"))
        if _of_an_earlier_study(text, count.start()):
            continue  # "the same group had first run a small pilot study of 42 people"
        if _OTHER_COUNTED_BETWEEN_RE.search(text, count.end("n"), noun.start()):
            # the count of the places: "Investigators at 18 hospitals in four countries
            # randomised adults ..." (not the adults)
            continue
        if (
            _SCREENED_AFTER_RE.match(text, noun.end())
            or _SCREENED_BEFORE_RE.search(text, max(0, count.start() - 20), count.start())
            # "Of 10 102 eligible patients, 7112 were enrolled": the people found eligible
            # are a stage before enrolment, as the people screened are
            or (
                "eligible" in text[count.end("n") : noun.start()].lower()
                and _OF_OPENING_BEFORE_RE.search(text, max(0, count.start() - 16), count.start())
                is not None
            )
        ):
            # the people screened; the counts enrolled and randomised among them follow ("Of
            # 3013 patients screened, 398 were enrolled and 363 underwent randomisation")
            at = noun.end()
            for _ in range(3):
                after = _AFTER_SCREENING_RE.match(text, at)
                if not after:
                    break
                at = after.end()
                enrolled = count_to_int(after.group("n") or after.group("m"))
                kind = "enrolled_after" if after.group("enrolled") else "randomized_after"
                key = (_RANK[kind], after.start("n") if after.group("n") else after.start("m"))
                if enrolled and enrolled >= 2 and (best is None or key < best[0]):
                    best = (key, enrolled)
            continue
        underwent = _UNDERWENT_RANDOMISATION_RE.match(text, noun.end())
        if n is None or n < 2:
            continue
        if _BEFORE_RANDOMISATION_AFTER_RE.match(text, noun.end()):
            # the people enrolled or registered before randomisation; the count randomised
            # among them follows in the sentence ("Of 713 patients enrolled, 605 were
            # randomised (303 ..., 302 ...)"): that count, when smaller, and a quarter of them
            # or more (not "...; five were randomised in error")
            at = noun.end()
            for _ in range(2):
                after = _AFTER_SCREENING_RE.match(text, at)
                if not after:
                    break
                at = after.end()
                if after.group("enrolled"):
                    continue
                randomised = count_to_int(after.group("n") or after.group("m"))
                start = after.start("n") if after.group("n") else after.start("m")
                key = (_RANK["randomized_after"], start)
                if (
                    randomised
                    and 2 <= randomised < n <= 4 * randomised
                    and (best is None or key < best[0])
                ):
                    best = (key, randomised)
                break
        if _SUBSET_AFTER_RE.match(text, noun.end()) and not underwent:
            # "a multicenter phase 3 trial in 245 patients whose disease was at least stable":
            # the trial's own patients, described (else a subset: "468 patients who had ...")
            trial_in = _TRIAL_IN_BEFORE_RE.search(text, max(0, count.start() - 200), count.start())
            if trial_in and not _EVENT_WORD_RE.search(trial_in.group()):
                key = (_RANK["trial_in"], noun.start())
                if best is None or key < best[0]:
                    best = (key, n)
            elif _TRIAL_OPENING_BEFORE_RE.search(text, max(0, count.start() - 160), count.start()):
                # "In this randomised, open-label, international phase 3 trial, 582 patients
                # whose disease had progressed ... were assigned to nivolumab": the subject of
                # the trial's own sentence, its verb after the description
                later = _VERB_LATER_RE.match(text, noun.end())
                if later and (later.group("randomized") or later.group("underwent")):
                    key = (_RANK["randomized_later"], noun.start())
                    if best is None or key < best[0]:
                        best = (key, n)
            continue
        kinds = []
        after = _VERB_AFTER_RE.match(text, noun.end())
        if underwent or _RANDOMISED_ADJECTIVE_RE.search(text, count.end("n"), noun.start()):
            kinds.append("randomized_after")
        elif after:
            kinds.append("randomized_after" if after.group("randomized") else "enrolled_after")
        elif _ENROLLED_ADJECTIVE_RE.fullmatch(text, count.end("n"), noun.start()):
            kinds.append("enrolled_after")
        elif participle := _PARTICIPLE_AFTER_RE.match(text, noun.end()):
            kinds.append("randomized_after" if participle.group("randomized") else "enrolled_after")
        elif _TOOK_PART_RE.match(text, noun.end()):
            kinds.append("enrolled_after")
        elif _RECEIVED_A_DOSE_RE.match(text, noun.end()):
            kinds.append("dosed")
        else:
            later = _VERB_LATER_RE.match(text, noun.end())
            if later and _NEW_COUNT_RE.search(text, noun.end(), later.end()):
                # the verb is another count's: "At 18 Veterans Affairs medical centres, 2203
                # patients scheduled for CABG were randomly assigned"
                later = None
            if later:
                randomized = later.group("randomized") or later.group("underwent")
                kinds.append("randomized_later" if randomized else "enrolled_later")
            elif _PARTICIPLE_LATER_RE.match(text, noun.end()):
                kinds.append("randomized_later")
        if _N_EQUALS_BEFORE_RE.search(text, max(0, count.start() - 8), count.start()):
            # a summary's count: "- N = 647 treatment-naive adults with genotype 1 HCV"
            kinds.append("total_before")
        before = _VERB_BEFORE_RE.search(text, max(0, count.start() - 40), count.start())
        if before:
            kinds.append(
                # (a count given as about so many yields to any exact one: "the programme
                # enrolled more than 40,000 patients" after "a trial ... in 11,693 adults")
                "approximate"
                if before.group("about")
                else "randomized_before"
                if before.group("randomized")
                else "enrolled_before"
                if before.group("enrolled")
                else "total_before"
            )
        if _arms_add_up(text, count, noun.end(), n):
            kinds.append("arms_after")
        total = _each_arm_total(text, n, noun.end())
        if total:
            # "3056 patients were assigned to drug A and 3051 to placebo": the arms together
            n = total
            if not kinds:
                kinds.append("arms_after")
        if not kinds and _PARTICIPANTS_HEADING_BEFORE_RE.search(
            text, max(0, count.start() - 40), count.start()
        ):
            kinds.append("heading")
        if not kinds:
            trial_in = _TRIAL_IN_BEFORE_RE.search(text, max(0, count.start() - 200), count.start())
            if (
                trial_in
                and not _EVENT_WORD_RE.search(trial_in.group())
                and not _PER_PLACE_AFTER_RE.match(text, noun.end())
            ):
                kinds.append("trial_in")
            elif _AMONG_BEFORE_RE.search(text, max(0, count.start() - 24), count.start()) and not (
                "eligible" in text[count.end("n") : noun.start()].lower()
                or noun.group() == "cases"
                or _ONE_ARM_AFTER_RE.match(text, noun.end())
            ):
                kinds.append("among")
        for kind in kinds:
            key = (_RANK[kind], -n if kind == "among" else noun.start())
            if best is None or key < best[0]:
                best = (key, n)
    if best is None or best[0][0] > _RANK["randomized_after"]:
        # a count in brackets closing the subject of the randomisation verb, however long its
        # noun phrase: "Adults with moderate to severe plaque psoriasis (n = 837) were
        # randomized", "patients with CLDN18.2-positive ... adenocarcinoma (n = 507) were
        # randomized 1:1"
        bracketed = _BRACKETED_COUNT_RANDOMISED_RE.search(text)
        if bracketed:
            n = count_to_int(bracketed.group("n"))
            key = (_RANK["randomized_after"], bracketed.start("n"))
            if n and n >= 2 and (best is None or key < best[0]):
                best = (key, n)
    if best is None or best[0][0] > _RANK["randomized_after"]:
        bare = _bare_randomised(text)
        if bare:
            key = (_RANK["randomized_after"], bare[0])
            if best is None or key < best[0]:
                best = (key, bare[1])
    if best is None or best[0][0] > _RANK["heading"]:
        section = _SECTION_OPENING_COUNT_RE.search(text)
        n = count_to_int(section.group("n")) if section else None
        if n and n >= 2:
            best = ((_RANK["heading"], section.start("n")), n)
    summed = _total_of_counts(text, lowered)
    if summed and (best is None or best[1] < summed[1]):
        # the total of the groups counted one by one, over any one group's count
        best = ((0, summed[0]), summed[1])
    if best is None or best[0][0] > _RANK["randomized_later"]:
        assigned = _assigned_counts(text)
        if assigned and assigned >= 2:
            return str(assigned)
    if best is None:
        # (when the page counts no one enrolled: the people it describes as its whole
        # population, "The 503 participants had a mean age of 54 years", else a protocol's
        # planned size, "We plan to recruit 256 patients", as a registry gives its target
        # when it has no actual)
        for pattern in (_DESCRIBED_POPULATION_RE, _PLANNED_COUNT_RE):
            if pattern is _PLANNED_COUNT_RE and not any(
                word in lowered for word in _PLANNED_COUNT_WORDS
            ):
                break  # (no word any of its alternatives holds: the search would fail)
            m = pattern.search(lowered)
            n = count_to_int(m.group(m.lastgroup)) if m else None  # (its one count group)
            if n and n >= 2:
                return str(n)
    return str(best[1]) if best else ""


# A protocol's or a design paper's planned size: "We plan to recruit 256 patients", "We aim
# to randomise 1200 children", "aiming to recruit 140 participants", "CONSEPT will enrol 200
# children", "About 1812 women are to be recruited", "The recruitment target is 440
# patients", "The target sample is 516 patients", "A projected 344 patients", "The trial
# aims to include 438 participants" (searched in the lowered page)
_BRACKETED_COUNT_RANDOMISED_RE = re.compile(
    r"\([ \t]*[nN][ \t]*=[ \t]*(?P<n>\d{1,3}(?:,\d{3})+|\d+)[ \t]*\)[ \t]+(?:were|was)[ \t]+"
    r"(?:randomi[sz]ed|randomly[ \t]+(?:assigned|allocated))\b"
)
# A page's whole population described by its count: "The 503 participants had a mean age
# of 54 years", "The 1,414 patients had an average age of 74", "The 1486 patients were
# followed for a median of 8.4 years", "The mean age of the 503 participants was 54 years"
# (searched in the lowered page; not one group's, "the 40 patients in the placebo group")
_DESCRIBED_POPULATION_RE = re.compile(
    r"\bthe\s+(?P<n1>\d{1,3}(?:,\d{3})+|\d+)\s+(?:randomi[sz]ed\s+|enrolled\s+)?"
    + _PATIENT_NOUN
    + r"\s+(?:had\s+an?\s+(?:mean|median|average)\s+age\b|were\s+followed\b)"
    r"|\b(?:mean|median|average)\s+age\s+of\s+the\s+(?P<n2>\d{1,3}(?:,\d{3})+|\d+)\s+"
    + r"(?:randomi[sz]ed\s+|enrolled\s+)?"
    + _PATIENT_NOUN
    + r"\s+(?:was|were)\b"
)


def _planned_number(name: str) -> str:
    return (
        r"(?:approximately\s+|about\s+|around\s+|up\s+to\s+|a\s+total\s+of\s+)?"
        rf"(?P<{name}>\d{{1,3}}(?:,\d{{3}})+|\d+)\b"
        # (people, not sites or years: "recruit 256 patients", "include 438 participants")
        r"(?=\s+(?:[\w-]+\s+){0,2}?" + _PATIENT_NOUN + r"\b)"
    )


_PLANNED_COUNT_RE = re.compile(
    r"\b(?:plans?|planned|aims?|aiming|intends?|intended|expects?|expected)\s+to\s+"
    r"(?:recruit|enrol|enroll|randomi[sz]e|include)\s+"
    + _planned_number("n1")
    + r"|\bwill\s+(?:recruit|enrol|enroll|randomi[sz]e|include)\s+"
    + _planned_number("n2")
    + r"|(?:\b(?:approximately|about|around|up\s+to)\s+)?(?P<n3>\d{1,3}(?:,\d{3})+|\d+)\s+"
    + r"(?:[\w-]+\s+){0,2}?"
    + _PATIENT_NOUN
    + r"\s+(?:are|will\s+be)\s+(?:to\s+be\s+)?(?:\w+ly\s+)?"
    r"(?:recruited|randomi[sz]ed|enrolled|included)\b"
    + r"|\ba\s+minimum\s+of\s+"
    + _planned_number("n6")
    + r"|\b(?:recruitment\s+target|target\s+sample(?:\s+size)?|planned\s+sample\s+size)"
    r"\s+(?:is|was|of)\s+" + _planned_number("n4") + r"|\ba\s+projected\s+" + _planned_number("n5")
)


# a word each alternative of _PLANNED_COUNT_RE holds
_PLANNED_COUNT_WORDS = (
    "plan",
    "aim",
    "intend",
    "expect",
    "will",
    "are",
    "minimum",
    "target",
    "projected",
)


# "In this randomized, double-blind, double-dummy trial, 2589 patients were assigned":
# the document reports a trial of its own
_OWN_RANDOMISED_TRIAL_RE = _lowered(
    r"\b(?:in|for)\s+this\s+(?:[\w-]+,?\s+){0,4}?randomi[sz]ed\b|\bthis\s+randomi[sz]ed\b"
    r"|\bwe\s+randomly\s+assigned\b",
    0,
)
_POOLED_ONLY_TITLE_RE = _lowered(r"\bmeta-?\s?analys|\bsystematic\s+review|\bnetwork\s+meta", 0)

# A page's own randomisation said in the ways journals, news and plain-language summaries
# say it besides "were randomly assigned" (_RANDOMIZED_RE): the methods sentence ("In a
# nationwide, randomized, placebo-controlled trial, 25,871 ...", "We did an open-label,
# randomised trial"), a "Design:" heading ("Design, Setting, and Participants  Multicenter,
# open-label randomized trial"), its patients counted as randomised ("Of 530 patients
# randomised", "Randomization included 3178 patients", "randomized them to"), assignment by
# chance ("allocated at random to", "put by chance into one of two groups", "By chance
# (randomisation), half"), in a ratio ("assigned in a 2:1 ratio"), a blinded or
# placebo-controlled trial run by the authors ("We ran two double-blind, placebo-controlled
# phase 3 trials", "In a double-blind trial at 19 clinical centers"). Read only where the
# page is not a review, meta-analysis, commentary or observational study, and does not deny
# randomisation.
_OWN_RANDOMISATION_RE = _lowered(
    # the methods sentence
    # (its opening "In", not one after a word: "... events in a randomised trial of")
    r"(?:methods?\W{0,3}\s*in|(?<![a-z0-9_,;(]\s)in)\s+(?:a|an|this|two|three)\s+(?:[\w-]+,?\s+){0,6}?"
    r"(?:(?:cluster[-\s])?randomi[sz]ed|(?:placebo|sham)[-\s]controlled|(?:double|triple)[-\s]"
    r"(?:blind|mask)\w*)\b[^\n.]{0,80}?\b(?:trials?|stud(?:y|ies)|comparisons?)\b"
    r"|\bwe\s+(?:did|ran|conducted|performed|undertook|carried\s+out|designed|report|present)\s+"
    r"(?:a|an|two|three|this)\s+(?:[\w-]+,?\s+){0,6}?(?:cluster[-\s])?randomi[sz]ed\b"
    # a "Design" heading
    r"|^[ \t]*design(?:,\s*settings?,?\s*(?:and\s+)?participants)?\s*[:.]?\s+(?:an?\s+)?"
    r"(?:[\w-]+,?\s+){0,8}?(?:(?:cluster[-\s])?randomi[sz]ed|(?:placebo|sham)[-\s]controlled)\b"
    # its patients counted as randomised
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:patients|participants|women|men|adults|children"
    r"|infants|people|subjects|persons|individuals)\s+(?:were\s+)?randomi[sz]ed\b"
    r"|\brandomi[sz]ation\s+(?:included|involved|enrolled)\b"
    # ... or counted bare in a trial's bracket: "study 301 (NCT02946463; 246 randomised)"
    r"|(?:(?<=[(;,]\s)|(?<=[(;,]))\d[\d,]*\s+randomi[sz]ed\s*[);]"
    r"|\brandomi[sz]ed\s+(?:them|children|adults|infants|neonates|babies|households|clusters"
    r"|hospitals|practices|villages|schools|eyes|subjects|people|individuals|volunteers|about"
    r"|approximately|nearly|almost|over|more\s+than)\b"
    r"|\brandomly\s+(?:assigning|allocating|re-?assigned|re-?allocated)\b"
    # the authors' own verb: "We randomized a cohort of 242 survivors to ..."
    r"|\bwe\s+randomi[sz]ed\b"
    r"|\b(?:assigned|allocated)\s+(?:\w+\s+){0,2}?(?:in\s+an?\s+)?\d:\d"
    # its patients assigned to a treatment and to placebo or sham: "398 were assigned to
    # hydrocortisone (4 mg per kilogram per day) and 402 to placebo"
    r"|\b(?:were|was)\s+(?:assigned|allocated)\s+to\s+(?:[^.;()]|\([^()]{0,80}\)){1,120}?"
    r"\b(?:and|or|versus|vs\.?)\s+(?:\d[\d,]*\s+(?:were\s+)?(?:assigned\s+|allocated\s+)?)?"
    r"(?:to\s+)?(?:(?:a\s+)?matching\s+)?(?:placebo|sham)\b"
    r"|\b\d:\d(?::\d)?\s+randomi[sz]ation\s+(?:to|between)\b"
    # assignment by chance
    r"|\b(?:allocated|assigned|split|put|divided|chosen|placed|decided)\s+(?:them\s+)?"
    r"(?:by\s+chance|at\s+random)\b"
    r"|\bat\s+random\s+(?:to|into|whether|between)\b"
    r"|\bby\s+chance\s*(?:\(\s*(?:randomi[sz]ation|randomly)\s*\))?\s*,?\s*"
    r"(?:to|into|whether|half)\b"
    r"|\brandomly\s+(?:put|split|divided|chosen|placed|picked)\b"
    # a blinded, controlled trial of the authors' own
    r"|(?:\bin\s+(?:a|an|this|two|three)|\b(?:is|was|were)\s+(?:a|an|two|three)"
    r"|\bwe\s+(?:did|ran|conducted|performed|undertook)\s+(?:a|an|two|three))\s+"
    r"(?:[\w-]+,?\s+){0,5}?(?:double|triple)[-\s](?:blind|masked)\w*,?\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?:placebo|sham|vehicle|active)[-\s]controlled\b",
    re.MULTILINE,
)
# the words one of which every _OWN_RANDOMISATION_RE match holds (DESIGN_WORDS), found as
# fast as str.find finds them: the pattern scans only the text around them
_OWN_RANDOMISATION_ANCHORS = _Anchors(
    r"random(?<![a-z0-9_]random)",
    r"chance(?<![a-z0-9_]chance)",
    r"controlled",
    r"blind",
    r"mask",
    r"assigned",
    r"allocated",
)


def _own_randomisation(lowered: str) -> bool:
    """Does ``lowered`` (lower-cased text) say its own randomisation (_OWN_RANDOMISATION_RE)?"""
    return any(
        _OWN_RANDOMISATION_RE.search(lowered, lo, hi)
        for lo, hi in _windows(_OWN_RANDOMISATION_ANCHORS, lowered, 250, 120)
    )


# a title ending on its own randomised trial ("...: The STOPDAPT-2 Randomized Clinical
# Trial", "...: an open-label, randomised, controlled trial", "... Secondary Analysis of a
# Randomized Clinical Trial")
_RANDOMISED_TRIAL_TITLE_RE = _lowered(
    r"(?<!non-)(?<!non)\b(?:randomi[sz]ed|placebo-controlled),?\s+(?:[\w-]+,?\s+){0,6}?"
    r"(?:trials?|study)\W{0,3}$",
    0,
)


# "...: a randomised, controlled, open-label, platform trial and updated meta-analysis":
# the title announces the trial first and the pooled analysis as an addition
_TRIAL_AND_META_TITLE_RE = _lowered(
    r"\btrial\s+and\s+(?:an?\s+)?(?:updated\s+)?(?:systematic\s+review\s+and\s+)?meta-?\s?analys[ie]s",
    0,
)

# Words without which a design pattern cannot match lower-cased text (every alternative
# holds one): a page without any is not scanned with the pattern, which tries every word
# of it (tests/test_parsing_prefilters.py checks each pattern against its words).
DESIGN_WORDS = {
    "meta": ("meta", "pooled", "systematic", "cochrane"),
    "meta_self": (
        "meta",
        "systematic",
        "pooled",
        "eligible",
        "included",
        "searched",
        "found",
        "identified",
        "participants",
        "studies",
        "collection",
        "review",
        "trials",
    ),
    "review_self": ("review",),
    "commentary_self": (
        "editor",
        "commentary",
        "news",
        "guideline",
        "summary",
        "immediate",
        "no new",
        "reports no",
        "presents no",
        "contains no",
        "gives no",
        "includes no",
        "provides no",
    ),
    "observational": (
        "propensity",
        "retrospective",
        "observational",
        "interventional",
        "cohort",
        "real",
        "case",
        "consecutive",
        "population",
        "chart",
        "medical",
        "registry",
        "database",
        "regression",
        "natural",
        "instrumental",
        "difference",
        "interrupted",
        "target",
    ),
    "observational_unless_randomised": (
        "regist",
        "matched",
        "exposure",
        "cohort",
        "confound",
        "marginal",
        "health",
        "population",
        "nationwide",
        "electronic",
    ),
    "own_randomisation": (
        "random",
        "chance",
        "controlled",
        "blind",
        "mask",
        "assigned",
        "allocated",
    ),
    "single_arm": ("single", "arm", "open", "phase"),
    "early_phase": ("phase",),
}
_DESIGN_PATTERNS = {
    "meta": _META_RE,
    "meta_self": _META_SELF_RE,
    "review_self": _REVIEW_SELF_RE,
    "commentary_self": _COMMENTARY_SELF_RE,
    "observational": _OBSERVATIONAL_RE,
    "observational_unless_randomised": _OBSERVATIONAL_UNLESS_RANDOMISED_RE,
    "own_randomisation": _OWN_RANDOMISATION_RE,
    "single_arm": _SINGLE_ARM_RE,
    "early_phase": _EARLY_PHASE_STUDY_RE,
}


def _design_found(name: str, lowered: str) -> bool:
    """Does design pattern ``name`` match ``lowered`` (lower-cased text)?"""
    return any(w in lowered for w in DESIGN_WORDS[name]) and bool(
        _DESIGN_PATTERNS[name].search(lowered)
    )


def _trial_with_pooled_analysis(text: str, title_text: str) -> bool:
    """A trial report that adds a pooled analysis with its predecessor ("Treatment of ...
    With Dabigatran or Warfarin and Pooled Analysis") or with earlier trials ("a randomised,
    controlled, open-label, platform trial and updated meta-analysis"): its title pools, but
    the text reports its own randomised trial, so it is not a meta-analysis."""
    if _TRIAL_AND_META_TITLE_RE.search(title_text):
        return True  # the title names its own trial before the pooled analysis
    pooled_only = _POOLED_ONLY_TITLE_RE.search(title_text)
    return not pooled_only and bool(_OWN_RANDOMISED_TRIAL_RE.search(text))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the sorted ``spans`` replaced by spaces (offsets kept), in one pass."""
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        start, end = max(start, at), min(end, len(text))
        if end <= start:
            continue
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _sections_from(text: str, lowered: str, title_text: str) -> int:
    """Where the headings of a page's own sections may begin: after its title (found in
    the page's ``lowered`` text) and the first paragraph of prose under it, fifteen words or
    more, most of them in lower case (not a list of authors or affiliations); the end of
    its head when either is not found there."""
    at = lowered.find(title_text, 0, _COMMENTARY_HEAD_CHARS) if title_text else -1
    if at < 0:
        return _COMMENTARY_HEAD_CHARS
    at += len(title_text)
    for paragraph in re.split(r"(\n[ \t]*\n)", text[at:_COMMENTARY_HEAD_CHARS]):
        at += len(paragraph)
        tokens = paragraph.split()
        if len(tokens) >= 15 and 2 * sum(t[:1].islower() for t in tokens) > len(tokens):
            return at
    return _COMMENTARY_HEAD_CHARS


def design(text: str, title_text: str, registry: bool) -> tuple[str, str]:
    """``(design, randomized)`` from design phrases.

    Order: registry record; meta-analysis or review (title, or the text saying
    it is one); randomised (a randomisation phrase not negated); single arm;
    observational; unknown.
    """
    original, original_title = text, title_text
    text = text.lower()
    # (not the designs of other publications listed on it: "Similar articles: ... a cohort
    # study", "Related: ... Retrospective Cohort Study")
    text = _blanked(text, trials.other_pages(original, len(original)))
    title_text = title_text.lower()
    negative, positive = set(), set()
    for lo, hi in _windows(_RANDOMIZATION_ANCHORS, text, 120, 100):
        for m in _RANDOMIZED_RE.finditer(text, lo, hi):
            (negative if m.group("neg") else positive).add(m.start())
    negative, positive = len(negative), len(positive)
    if registry:
        randomized = "true" if positive else ("false" if negative else "")
        return "registry", randomized
    if (_META_RE.search(title_text) and not _trial_with_pooled_analysis(text, title_text)) or (
        _design_found("meta", text) and _design_found("meta_self", text)
    ):
        return "meta_analysis", "false"
    if _REVIEW_TITLE_RE.search(title_text) or _design_found("review_self", text):
        return "review", "false"
    reports_trial = (bool(positive) and not negative) or bool(_REPORTS_RESULTS_RE.search(text))
    if (
        _COMMENTARY_TITLE_RE.search(title_text)
        # (a trial of following guidelines is titled as a trial: "... adherence to malaria
        # treatment guidelines: a cluster randomised trial")
        or (_GUIDELINE_TITLE_RE.search(title_text) and not _A_TRIAL_TITLE_RE.search(title_text))
        or _is_commentary(text, reports_trial, _sections_from(original, text, title_text))
        or (_survey_masthead(text) and not _titled_by_its_one_trial(original, original_title))
    ):
        return "commentary", "false"
    if positive and not (negative and negative >= positive):
        return "rct", "true"
    if _design_found("observational", text):
        return "observational", "false"
    if not negative and (_RANDOMISED_TRIAL_TITLE_RE.search(title_text) or _own_randomisation(text)):
        return "rct", "true"
    if _design_found("observational_unless_randomised", text) and "random" not in (
        _RANDOM_DENIED_RE.sub("", text)
    ):
        return "observational", "false"
    if _design_found("single_arm", text) or negative or _design_found("early_phase", text):
        return "single_arm", "false"
    return "unknown", ""


# --------------------------------------------------------------------------- arms

_DOSE_RE = re.compile(
    r"\(.*?\)|\[.*?\]"
    r"|\b\d+(?:[.,·]\d+)?\s*(?:-\s*)?(?:mg|g|µg|μg|mcg|MU|million\s+U(?:nits)?|IU|U|ml|mL|Gy|mg/m2|mg/m²|mg/kg|AUC)\b(?:/\w+)?(?:\s+of\b)?"
    r"|\bAUC\s*\d+(?:\s*or\s*\d+)?"
    r"|\b\d+\s+(?:weeks?|months?|cycles?|days?|years?)\s+of\b"
    r"|\bper\s+(?:day|week|dose|cycle|kilogram(?:\s+of\s+body\s+weight)?|square\s+met(?:er|re)|m2|kg)\b"
    r"|\b(?:every|each)\s+\d+\s+(?:days?|weeks?|months?)\b|\bfor\s+\d+\s+(?:days|weeks|months|years|cycles)\b"
    r"|\b(?:orally|oral|intravenous(?:ly)?|subcutaneous(?:ly)?|i\.v\.|s\.c\.|p\.o\.|po|iv|sc|od|bd|bid|tid|qd|q[234]w"
    r"|once|twice|thrice|three\s+times|daily|weekly|tablets?|capsules?|matching|a|an|the|either|receive|to|continuous)\b",
    re.IGNORECASE,
)
# Everything from here on is schedule or dose detail.
_ARM_TAIL_RE = re.compile(
    r"\s*(?:\bduring\s+weeks?\b|\bon\s+days?\b|\bat\s+a\s+dose\s+of\b|\bat\s+doses?\b|\(|\[|;|:"
    # where and when the trial ran: "placebo at 882 sites in 33 countries"
    r"|\b(?:at|in)\s+\d[\d,]*\s+(?:sites|centres|centers|hospitals|clinics|units|countries)\b"
    # what followed the assignment: "... or ziprasidone (40-160 mg) and followed for 1 year";
    # when it was made: "... or usual care between 1993 and 2001", "... or PRP in 2012"
    r"|\band\s+(?:were\s+|then\s+)?(?:followed|observed|monitored|assessed|evaluated)\b"
    r"|\b(?:between|from|in|during|since)\s+(?:(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+)?(?:19|20)\d\d\b).*$",
    re.IGNORECASE,
)
_GENERIC_ARM_RE = re.compile(
    r"^(?:arm|group|cohort|part|treatment)\s*[a-z0-9]{0,3}$", re.IGNORECASE
)
_REGISTRY_ARM_DRUG_RE = re.compile(
    r"\n\s*(?:Drug|Biological|Other|Procedure|Radiation|Device|Behavioral|Dietary Supplement):\s*(?P<drug>[^\n]{1,80})"
)
_ARM_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+")


# the verbs of a randomisation sentence, and the "to" of a range that opens no arm ("3 to 14
# days after infarction", "eGFR 25 to <50", "a T score of -2.5 to -3.5"; an allocation
# ratio's "1:1 to" opens the arms)
# (the infinitive too: "We originally planned to randomly assign patients ... to
# supplemental oxygen or no oxygen")
_ASSIGNED_VERB = (
    r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|assign|allocate)\b|allocated|assigned)"
)
_NOT_A_RANGE_TO = r"(?!(?<=\d\s)(?<!\d:\d\s)to\s+[<>≤≥]?\s*[-−–]?\d)"


# a randomised study's patients said to have received one of two treatments
_RECEIVED_ARMS_RE = re.compile(
    r"\brandomi[sz]ed\b(?:[^.;]|(?<=\d)\.(?=\d)){0,260}?\b(?:received|were\s+given|were\s+treated\s+with)"
    r"\s+(?:either\s+)?(?P<a>(?:[^;.()]|\([^()]*\)|(?<=\d)\.(?=\d)){2,160}?)\s+or\s+"
    r"(?P<b>(?:[^;.()]|\([^()]*\)|(?<=\d)\.(?=\d)){2,120}?)"
    r"(?=\s*(?:[.;](?!\d)|,\s|\bfor\b|\btogether\b|\bwithin\b|\buntil\b|\bin\s+addition\b|$))",
    re.IGNORECASE,
)
# a randomised study's treatment said to be compared with the other: "In this randomized,
# double-blind study, apixaban (10 mg twice daily ...) was compared with conventional therapy
# (subcutaneous enoxaparin followed by warfarin) in 5395 patients"
_WAS_COMPARED_RE = re.compile(
    r"\brandomi[sz]ed\b[^.;]{0,120}?,\s*(?P<a>[^,;.()]{2,60}?)(?:\s*\([^()]{0,120}\))?\s+"
    r"(?:was|were)\s+compared\s+(?:with|to|against)\s+(?P<b>[^,;.()]{2,60}?)"
    r"(?=\s*(?:\(|[.;,](?!\d)|\bin\b|\bfor\b|\bamong\b|$))",
    re.IGNORECASE,
)
_ARM_PAIR_RES = [
    re.compile(
        # (the patients described first, decimals among their figures: "an eGFR of 25 to 75 ml
        # per minute per 1.73 m2", "(mean age, 63.5 years)")
        _ASSIGNED_VERB
        + r"\b(?:[^.;]|(?<=\d)\.(?=\d)){0,260}?"
        # (not the "to" of a phrase describing the patients: "not due to coronary disease",
        # "refractory to", "prior to", "up to", "according to", "in addition to", nor of a
        # range: "3 to 14 days after infarction", "eGFR 25 to <50")
        + _NOT_A_RANGE_TO
        + "".join(
            rf"(?<!\b{w}\s)"
            for w in "due prior up according addition secondary related refractory resistant "
            "intolerant exposed similar equal".split()
        )
        + r"\bto\s+(?:receive\s+)?(?:either\s+)?(?:treatment\s+with\s+)?(?=\S)"
        r"(?P<a>(?:[^;.()]|\([^()]*\)|(?<=\d)\.(?=\d)){2,160}?)\s+(?:or|versus|vs\.?)\s+(?:to\s+)?(?:receive\s+)?(?=\S)"
        r"(?P<b>(?:[^;.()]|\([^()]*\)|(?<=\d)\.(?=\d)){2,120}?)"
        r"(?=\s*(?:[.;](?!\d)|,\s|\bfor\b|\bwithin\b|\buntil\b|\bin\s+a\b|\bat\s+a\b|\bstratified\b|$))",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:compared|comparing)\s+(?P<a>[^;.,]{2,80}?)\s+(?:with|to|versus|vs\.?)\s+(?P<b>[^;.,]{2,80}?)"
        r"(?=\s*(?:[.;,]|\bin\b|\bfor\b|\bas\b|$))",
        re.IGNORECASE,
    ),
]
# the arms of a randomisation sentence, each after its count: "A total of 250 patients were
# randomly assigned to placebo, 250 to macitentan 3 mg once daily and 242 to macitentan 10 mg"
_COUNTED_ARMS_RE = re.compile(
    _ASSIGNED_VERB + r"\b[^.;()]{0,40}?\bto\s+(?:receive\s+)?"
    # (each arm's dose or schedule may follow it in brackets: "2417 to pantoprazole (40 mg
    # intravenously once daily) and 2404 to placebo")
    r"(?P<a>[^;.,()]{2,60}?)(?:\s*\([^()]{0,80}\))?(?:,\s+|\s+and\s+)\d[\d,]*\s+(?:patients\s+|participants\s+)?to\s+(?P<b>[^;.,()]{2,60}?)"
    r"(?:\s*\([^()]{0,80}\))?"
    r"(?:,?\s+and\s+\d[\d,]*\s+(?:patients\s+|participants\s+)?to\s+(?P<c>[^;.,()]{2,60}?)(?:\s*\([^()]{0,80}\))?)?"
    # (the last arm ends before the sentence goes on: "... to usual care alone were
    # included in the primary analysis")
    r"(?=\s*(?:[.;,](?!\d)|\band\b|\b(?:were|was|had|who|in\s+the|for\s+the)\b|$))",
    re.IGNORECASE,
)
# the arms counted in a bracket after the verb: "448 patients were randomly assigned (223 to
# PCB, 225 to PC)", "1867 patients underwent randomization (932 to chemotherapy and 935 to
# observation)", "410 women were randomised (201 spironolactone, 209 placebo)"
_BRACKET_COUNTED_ARM = (
    # (its count with comma or, as the Lancet prints it, space thousands: "(10 662 vitamin D,
    # 10 653 placebo)")
    r"(?:\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?!\d)|\d[\d,]*)\s+"
    r"(?:(?:patients|participants|women|men|children|infants)\s+)?(?:to\s+)?"
)
_BRACKET_COUNTED_ARMS_RE = re.compile(
    r"(?:randomi[sz](?:ed|ation)|randomly\s+(?:assigned|allocated))\b[^.;()]{0,40}?\(\s*"
    + _BRACKET_COUNTED_ARM
    + r"(?P<a>[A-Za-z][^;,()\[\]]{0,60}?)\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)"
    + _BRACKET_COUNTED_ARM
    + r"(?P<b>[A-Za-z][^;,()\[\]]{0,60}?)"
    r"(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)"
    + _BRACKET_COUNTED_ARM
    + r"(?P<c>[A-Za-z][^;,()\[\]]{0,60}?))?\s*\)",
    re.IGNORECASE,
)
# what a bracket's counted item is when it is no arm: a dose's unit, a time, a share, a
# population or stratum
_NOT_A_COUNTED_ARM_RE = re.compile(
    # (units whole: "186 honey", "20 gabapentin", "40 minocycline" are arms)
    r"(?:(?:mg|g|µg|μg|mcg|ml|iu|units?|mmol|days?|weeks?|months?|years?|hours?|h|min)\b|%|per\b|in\b"
    r"|from\b|of\b|with\b|without\b|aged\b|had\b|were\b|was\b|women\b|men\b|adults?\b"
    r"|children\b|adolescents?\b|patients\b|participants\b|centres?\b|centers?\b|sites?\b"
    r"|countries\b|hospitals?\b)"
    r"|.*\b(?:positive|negative|low|high|ultralow|mutant|wild-type|stratum|cohort|group)\b",
    re.IGNORECASE,
)
# the arms right after the verb, each with its count: "randomly allocated magnesium sulphate
# (n=5071) or placebo (n=5070)", "randomly allocated placebo (1005) or alendronate (1022)"
_ALLOCATED_COUNTED_RE = re.compile(
    _ASSIGNED_VERB + r"\s+(?:\d[\d,]*\s+"
    r"(?:patients|participants|women|men|people|children|infants)\s+)?"
    # (the first arm right after the verb and its count: not "in a 3:2 ratio to ...", "at
    # random ...", "at 34 hospitals ...", "between May 2020 and June 2021 ...")
    r"(?!(?:in|at|between|from|during|within|over|by|on|to)\b)"
    # (the count's bracket may go on: "metoprolol CR/XL (1990 patients; target dose 200 mg
    # once daily) or placebo (2001 patients)")
    r"(?P<a>[A-Za-z](?:(?!\bto\b)[^;.,()]){1,60}?)\s*\((?:n\s*=\s*)?\d[\d,]*(?:\s+\w+)?"
    r"(?:[;,][^()]{0,80})?\)\s*,?\s+(?:or|and)\s+"
    r"(?P<b>[A-Za-z][^;.,()]{1,60}?)\s*\((?:n\s*=\s*)?\d[\d,]*(?:\s+\w+)?(?:[;,][^()]{0,80})?\)",
    re.IGNORECASE,
)
# the first arm described after a comma, the second after "or to": "randomized 1:1 to
# finerenone, titrated to a maximum of 20 mg or 40 mg once daily ..., or to placebo"
_OR_TO_ARMS_RE = re.compile(
    _ASSIGNED_VERB
    + r"\b(?:(?!\bto\b)[^.;]){0,80}?"
    + _NOT_A_RANGE_TO
    + r"\bto\s+(?:receive\s+)?(?P<a>(?:(?!\bor\b)[^,;.()]){2,60}?)\s*,\s*"
    # (what follows the first arm describes it, not another arm: "titrated to ...", "given
    # twice daily", "administered ...")
    r"(?:titrated|given|administered|adjusted|dosed|started|taken|delivered|continued|each|once"
    r"|twice|daily|weekly|according|depending|up\s+to|at\s+a|in\s+a|with\s+(?:a|the)\b)"
    r"(?:(?!\bto\s+receive\b|,\s*or\b)[^;.]){0,160}?,?\s+or\s+to\s+(?:receive\s+)?"
    r"(?P<b>[^,;.()]{2,60}?)(?=\s*(?:[.;,]|\bfor\b|\bin\s+a\b|$))",
    re.IGNORECASE,
)
_TITLE_VERSUS_RE = re.compile(
    r"(?:^|\bof\s+|:\s*)(?P<a>[^:;,]{2,80}?)\s+(?:versus|vs\.?|compared\s+with)\s+(?P<b>[^:;,]{2,80}?)"
    r"(?=\s+(?:in|for|as|among|after|before|following|on)\b|[.:;,]|$)",
    re.IGNORECASE,
)
_REGISTRY_ARM_RE = re.compile(
    r"^[ \t]*(?:Experimental|Active Comparator|Placebo Comparator|Sham Comparator|No Intervention|Other)"
    # (a record copied from the registry's table of arms keeps the arm's interventions in
    # the next column, after a tab: "Experimental: Hydroxyethyl starch (HES)<tab>Drug: 6%
    # HES 130/0.4 ...": the arm ends at the tab)
    r"\s*:\s*(?P<arm>[^\t\n]{1,80}?)[ \t]*(?:\t[^\n]*)?$",
    re.MULTILINE,
)
_REGISTRY_ARM_OPENER = line_start_opener(
    r"[ \t]*(?:Experimental|Active|Placebo|Sham|No|Other)", re.MULTILINE
)


_ARM_TIMING_TAIL_RE = re.compile(
    r"\s+(?:beginning|starting|commencing)\s+(?:\d|at\b|on\b|in\b|within\b|before\b|after\b"
    r"|from\b|one\b|two\b|three\b|four\b|six\b).*$",
    re.IGNORECASE,
)


def clean_arm(text: str) -> str:
    """Arm name without doses, routes, schedules and articles, lower case."""
    text = _DOSE_RE.sub(" ", text)
    text = _ARM_TAIL_RE.sub("", text)
    # when it starts is schedule too: "radiotherapy with total androgen suppression beginning
    # 2 months before radiotherapy" is "radiotherapy with total androgen suppression"
    text = _ARM_TIMING_TAIL_RE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-").lower()
    text = re.sub(r"^(?:with|of|by|and|or)\s+", "", text)
    # "to double-blind treatment with 80 mg of atorvastatin": the drug is the arm
    text = re.sub(
        r"^(?:(?:double|single|open)[-\s](?:blind|label)\s+)?treatment\s+with\s+", "", text
    )
    # how it is given, before what is given: "exit-site application of standardised honey
    # plus usual care" is "standardised honey plus usual care", "a single infusion of
    # zoledronic acid" is "zoledronic acid"
    return _GIVEN_AS_LEAD_RE.sub("", text)


_GIVEN_AS_LEAD_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:application|administration|infusion|injection"
    r"|instillation|inhalation|course|use)\s+of\s+(?=\S)"
)


# one character class first, so the scan gets the engine's fast first-character search
_ASSIGNMENT_ANCHOR_RE = re.compile(
    r"[RrAa](?:(?<=[Rr])andomi[sz]ed|(?<=[Rr])andomly|(?<=[Aa])llocated|(?<=[Aa])ssigned)"
)
_ASSIGNMENT_ANCHORS = _Anchors(
    "Randomi[sz]ed",
    "randomi[sz]ed",
    "Randomly",
    "randomly",
    "Allocated",
    "allocated",
    "Assigned",
    "assigned",
)


# a part of "A, ..., or B" that goes on describing the arm before it, not an arm of its
# own: "to PCI, mostly with biolimus-eluting stents, or CABG", "to rivaroxaban with aspirin
# for 3 months, then rivaroxaban alone, or clopidogrel with aspirin", "to a diet ...,
# supported by dietitian counselling and menus, or usual care", "magnesium sulfate, given
# as a bolus followed by a constant infusion of 3 g per hour, or placebo", "ivabradine,
# up-titrated to a target of 7.5 mg twice daily, or placebo"
_ARM_DESCRIPTION_PART_RE = re.compile(
    r"(?:mostly|mainly|usually|then|thereafter|followed|given|administered|delivered"
    r"|supported|guided|(?:up-?)?titrated|adjusted|tapered|continued|starting|beginning"
    r"|which|including|each|all)\b",
    re.IGNORECASE,
)


def _arm_list(a: str, b: str) -> list[str]:
    """Arm names of "A, B, or C" (the first part may itself be a list); a part that goes on
    describing the arm before it is no arm."""
    parts = _ARM_LIST_SPLIT_RE.split(_DOSE_RE.sub(" ", a))
    names = [
        clean_arm(part)
        for i, part in enumerate(parts)
        if i == 0 or not _ARM_DESCRIPTION_PART_RE.match(" ".join(part.split()))
    ] + [clean_arm(b)]
    return list(dict.fromkeys(n for n in names if n))


def _registry_arms(text: str) -> list[str]:
    found = []
    for m in matches_at_line_starts(_REGISTRY_ARM_RE, _REGISTRY_ARM_OPENER, text):
        name = clean_arm(m.group("arm"))
        if not name or _GENERIC_ARM_RE.match(name):
            drug = _REGISTRY_ARM_DRUG_RE.match(text, m.end())
            name = clean_arm(drug.group("drug")) if drug else name
        if name:
            found.append(name)
    return list(dict.fromkeys(found))


# what a title puts before its first arm: "Effect of Early vs Delayed Initiation of ...",
# "Efficacy and Safety of A versus B"
_TITLE_ARM_OPENING_RE = re.compile(
    r"^\s*(?:the\s+)?(?:(?:effects?|efficacy|safety|impact|comparison|outcomes?|benefits?)"
    r"(?:\s+and\s+(?:safety|efficacy|tolerability))?\s+of\s+)",
    re.IGNORECASE,
)
# timing, intensity and dose modifiers that two arms of one strategy differ by
_STRATEGY_MODIFIERS = frozenset(
    """early late delayed immediate deferred accelerated standard restrictive liberal
    conservative intensive less-intensive high low higher lower high-dose low-dose short long
    shorter longer continuous intermittent planned expectant targeted usual routine selective
    prophylactic on-demand""".split()
)


def _is_modifier(word: str) -> bool:
    return word in _STRATEGY_MODIFIERS or word.endswith("-dose")


def _modifiers_or_arm(text: str) -> str:
    """An arm's name, or its modifiers as printed when it is modifiers only ("Continuous" of
    "Continuous vs Intermittent beta-Lactam Antibiotic Infusions", which the schedule words
    an arm's name is cleaned of would leave empty)."""
    words = text.lower().split()
    if words and len(words) <= 2 and all(map(_is_modifier, words)):
        return " ".join(words)
    return clean_arm(text)


def _elliptical_pair(a: str, b: str) -> list[str]:
    """ "early" and "delayed initiation of renal replacement therapy" (from "Early vs Delayed
    Initiation of ...") as "early initiation of renal replacement therapy" and the second:
    a first arm of modifiers only takes the head that follows the second's modifiers."""
    words_a, words_b = a.split(), b.split()
    lead = 0
    while lead < len(words_b) and _is_modifier(words_b[lead]):
        lead += 1
    if 0 < lead < len(words_b) and 0 < len(words_a) <= 2 and all(map(_is_modifier, words_a)):
        return [" ".join(words_a + words_b[lead:]), b]
    return [a, b]


# words of a comparator arm: "placebo", "usual care", "conventional therapy", "... alone"
CONTROL_WORDS_RE = re.compile(
    r"\b(?:placebo|sham|observation|control|usual[\s-]+care|standard|supportive[\s-]+care|soc|bsc|pbo"
    r"|no\s+(?:treatment|therapy)|alone|monotherapy"
    # the usual care of a strategy trial: "conventional therapy", "expectant monitoring"
    r"|conventional|expectant|watchful[\s-]+waiting)\b",
    re.IGNORECASE,
)


def _comparator_last(names: list[str]) -> list[str]:
    """Two arms with the comparator second, as a trial's comparison is written ("randomly
    assigned to receive conventional therapy or intensive, target-driven therapy")."""
    if (
        len(names) == 2
        and CONTROL_WORDS_RE.search(names[0])
        and not CONTROL_WORDS_RE.search(names[1])
    ):
        return [names[1], names[0]]
    return names


def _arm_words(name: str) -> set[str]:
    """The words of four characters or more that tell an arm's name apart, lower case."""
    return set(re.findall(r"[a-z][a-z0-9-]{3,}", name.lower()))


# an arm the randomisation sentence marks as the control: "to continue the full TNFi dose
# (control) or to reduce it by 33% or by 66%", "usual care (the control group)"
_CONTROL_MARK_RE = re.compile(
    r"\(\s*(?:the\s+)?(?:control|comparator|reference)(?:s|\s+(?:group|arm))?\s*\)", re.IGNORECASE
)


def _marked_control_last(names: list[str], m) -> list[str]:
    """Two arms of a match (groups a and b) with the one the sentence marks "(control)"
    second."""
    if (
        len(names) == 2
        and _CONTROL_MARK_RE.search(m.group("a"))
        and not _CONTROL_MARK_RE.search(m.group("b"))
    ):
        return [names[1], names[0]]
    return names


def _in_title_order(names: list[str], title_text: str) -> list[str]:
    """Two arms of the randomisation sentence, neither a control, in the order of the
    title's "A versus B" when its two names are theirs the other way round: a title names
    the tested arm first ("Effects of Metformin Versus Glipizide on Cardiovascular
    Outcomes ..."), a randomisation sentence in any order ("assigned them to glipizide 30
    mg daily or metformin 1.5 g daily")."""
    if len(names) != 2 or any(CONTROL_WORDS_RE.search(n) for n in names):
        return names
    m = _TITLE_VERSUS_RE.search(title_text)
    if not m:
        return names
    a = _arm_words(_TITLE_ARM_OPENING_RE.sub("", m.group("a")))
    b = _arm_words(m.group("b"))
    first, second = (_arm_words(n) for n in names)
    if a and b and first & b and second & a and not first & a and not second & b:
        return [names[1], names[0]]
    return names


# An arm's name as the randomisation sentence prints it, dose and vehicle included ("goal-
# directed aggressive resuscitation with lactated Ringer's solution"); longer, the words
# are a description of the patients or the schedule, not a name.
_ARM_MAX_CHARS = 80


# a population, not an arm: "mothers with at least one first-degree relative with ...",
# "adults aged 50 years or older"
_POPULATION_NOT_ARM_RE = re.compile(
    r"(?:patients|adults|mothers|women|men|children|infants|people|participants|subjects"
    r"|persons|newborns|neonates|girls|boys|pregnant\s+women)\s+(?:with|who|aged|at|from)\b",
    re.IGNORECASE,
)


# where an arm's name ends and its description begins: "an intensive lifestyle program
# aimed at weight loss through ...", "the physician's choice of single-agent chemotherapy
# with or without maintenance treatment ...", "usual care (written details of ...)"
_ARM_DESCRIPTION_RE = re.compile(
    r"\s*\(|\s+(?:with\s+or\s+without|aimed\s+at|designed\s+to|intended\s+to|consisting\s+of"
    r"|comprising|delivered\s+by|based\s+on|tailored\s+to|focusing\s+on|focused\s+on)\b",
    re.IGNORECASE,
)


def _without_description(arm: str) -> str:
    """An arm longer than _ARM_MAX_CHARS named by its words before its description
    (_ARM_DESCRIPTION_RE), when they are two words or more; else the arm as it was."""
    if len(arm) <= _ARM_MAX_CHARS:
        return arm
    m = _ARM_DESCRIPTION_RE.search(arm)
    head = clean_arm(arm[: m.start()]) if m else ""
    return head if head and len(head.split()) >= 2 else arm


def arms(text: str, title_text: str, registry: bool) -> list[str]:
    """Arm names from the registry arm list, the randomisation sentence, or "A versus B" in the title."""
    if registry:
        # (a record without an arm list, as ISRCTN's basic results print it, gives its arms
        # in prose: "12 483 women randomised (6233 screening, 6250 usual care)")
        found = _registry_arms(text)
        if found:
            return found
    # the randomisation sentence: scanned only near its verbs
    for lo, hi in _windows(_ASSIGNMENT_ANCHORS, text, 40, 400):
        m = _COUNTED_ARMS_RE.search(text, lo, hi)
        if m:
            # "250 were randomly assigned to placebo, 250 to macitentan 3 mg and 242 to
            # macitentan 10 mg", "716 patients were randomised, 360 to ECF/ECX and 356 to
            # FLOT": each arm after its count
            names = _counted_arms(m)
            if names:
                return _in_title_order(_comparator_last(names), title_text)
        m = _ALLOCATED_COUNTED_RE.search(text, lo, hi) or _OR_TO_ARMS_RE.search(text, lo, hi)
        if m:
            names = _two_arms(m)
            if names:
                return _in_title_order(_marked_control_last(_comparator_last(names), m), title_text)
        m = _ARM_PAIR_RES[0].search(text, lo, hi)
        if m:
            names = (
                # "to a multivitamin containing high doses of folic acid, vitamin B6 and
                # vitamin B12 or to an otherwise identical multivitamin", "to bortezomib,
                # lenalidomide and dexamethasone (VRd) or lenalidomide and dexamethasone":
                # a first arm that closes with "B and C" and holds no other "to" lists what
                # it contains, not more arms ("to A, B, or C" lists arms)
                [
                    n
                    for n in (clean_arm(_DOSE_RE.sub(" ", m.group("a"))), clean_arm(m.group("b")))
                    if n
                ]
                if not re.search(r"\bto\b", m.group("a"))
                and re.search(r"\band\b", m.group("a").rpartition(",")[2])
                else _arm_list(m.group("a"), m.group("b"))
            )
            if names and _POPULATION_NOT_ARM_RE.match(names[0]):
                # "Lactobacillus GG was given ... to mothers with at least one relative with
                # atopic eczema, allergic rhinitis or asthma": those it was given to, and
                # their conditions, are no arms
                continue
            if len(names) >= 2 and any(len(a) > _ARM_MAX_CHARS for a in names):
                # an arm described at length: named by its words before the description
                names = [_without_description(a) for a in names]
            if len(names) >= 2 and all(a and len(a) <= _ARM_MAX_CHARS for a in names):
                return _in_title_order(_marked_control_last(_comparator_last(names), m), title_text)
            break
        m = _RECEIVED_ARMS_RE.search(text, lo, hi) or _WAS_COMPARED_RE.search(text, lo, hi)
        if m:
            # "In a randomized, double-blind, parallel-group study, patients aged 12 years or
            # older with asthma received salmeterol plus fluticasone propionate (FSC) or
            # fluticasone propionate (FP) alone for 26 weeks"
            names = _arm_list(m.group("a"), m.group("b"))
            if len(names) == 2 and all(len(a) <= _ARM_MAX_CHARS for a in names):
                return _in_title_order(_marked_control_last(_comparator_last(names), m), title_text)
            break
    field = _intervention_field_arms(text)
    if field:
        return field
    for m in (
        _TITLE_VERSUS_RE.search(title_text),
        _ARM_PAIR_RES[1].search(text),
        title_or_pair(title_text),
    ):
        if m:
            pair = _elliptical_pair(
                _modifiers_or_arm(_TITLE_ARM_OPENING_RE.sub("", m.group("a"))),
                clean_arm(m.group("b")),
            )
            if _arm_pair(pair):
                return _comparator_last(pair)
    # an add-on design: "the addition of pertuzumab to trastuzumab and docetaxel", "adding
    # ticagrelor to aspirin lowered the risk": the add-on with its backbone against the
    # backbone (in the title or the abstract's opening)
    for m in _ADD_ON_RE.finditer(title_text + "\n" + text[:_ADD_ON_SCAN_CHARS]):
        add, backbone = clean_arm(m.group("a")), _backbone(m.group("b"))
        if add and backbone and add != backbone and _treatment_words(add):
            return [f"{add} plus {backbone}", backbone]
    # else (no arms found so far) the arms counted in a bracket after the verb ("410 women
    # were randomised (201 spironolactone, 209 placebo)"), not doses or strata ("(180 mg
    # loading dose, 90 mg ...)", "(HER2-low ..., HER2-ultralow ...)")
    for lo, hi in _windows(_ASSIGNMENT_ANCHORS, text, 40, 400):
        m = _BRACKET_COUNTED_ARMS_RE.search(text, lo, hi)
        names = _counted_arms(m) if m else None
        if names and not any(_NOT_A_COUNTED_ARM_RE.match(a) for a in names):
            return _comparator_last(names)
    # ... else what a placebo- or sham-controlled trial tests, against its placebo: "D-Health
    # was a randomised, double-blind, placebo-controlled trial of monthly oral vitamin D3
    # (60 000 IU) in Australians aged 60-84 years"
    for source in (title_text, text[:_ADD_ON_SCAN_CHARS]):
        m = _CONTROLLED_TRIAL_OF_RE.search(source)
        if m:
            tested = clean_arm(m.group("a"))
            if (
                tested
                and len(tested) <= _ARM_MAX_CHARS
                and not _POPULATION_NOT_ARM_RE.match(tested)
            ):
                return [tested, m.group("control").lower()]
    # ... else a table's two arm columns, each with its count: "Outcome | Parenteral (N=1191)
    # | Enteral (N=1197) | Relative risk (95% CI)"
    if "|" in text:
        m = _TABLE_ARM_COLUMNS_RE.search(text)
        names = _two_arms(m) if m else None
        if names:
            return _comparator_last(names)
    # ... else the halves a lay summary or a release says were given each treatment: "Half
    # took anastrozole 1 mg daily for five years and half took a dummy tablet (placebo)";
    # else the groups a result compares by what they were assigned: "Patients assigned to
    # chemotherapy had a higher survival rate than those assigned to observation"
    head = text[:_HALF_SCAN_CHARS]
    return _halves_given(head) or _assigned_groups_compared(head)


# people assigned to one arm compared with those assigned to the other
_ASSIGNED_TO = (
    r"(?:who[ \t]+were[ \t]+)?(?:randomly[ \t]+)?(?:assigned|allocated|randomi[sz]ed)[ \t]+to[ \t]+"
)
_ASSIGNED_COMPARED_RE = re.compile(
    r"\b(?:[Pp]atients|[Pp]articipants|[Ww]omen|[Mm]en|[Cc]hildren|[Ii]nfants|[Tt]hose|[Aa]dults)[ \t]+"
    + _ASSIGNED_TO
    + r"(?P<a>[^,;.()\n]{2,60}?)[ \t]+(?:had|have|were|was|showed|lived|experienced)\b[^.;\n]{0,160}?"
    r"\bthan[ \t]+(?:did[ \t]+)?(?:those|patients|participants|women|men|children|infants|adults)[ \t]+"
    + _ASSIGNED_TO
    + r"(?P<b>[^,;.()\n]{2,60}?)[ \t]*(?=[,;.(\n]|$)"
)


def _assigned_groups_compared(text: str) -> list[str]:
    """The two arms of "patients assigned to A had ... than those assigned to B", else []."""
    if "than" not in text:
        return []
    m = _ASSIGNED_COMPARED_RE.search(text)
    names = _two_arms(m) if m else None
    return _comparator_last(names) if names else []


# what each half was given, in a lay summary's or a release's words: "Half were given
# fenofibrate 145 mg ... and half a dummy tablet (placebo)", "half of the people took
# nicotinamide 500 mg twice a day for 12 months. The other half took a dummy tablet",
# "Half received ezetimibe 10 mg a day on top of diet advice; the other half received usual
# care"
_HALF_GIVEN = (
    r"(?:were[ \t]+given|was[ \t]+given|took|received|got|were[ \t]+offered|were[ \t]+treated"
    r"[ \t]+with|were[ \t]+assigned[ \t]+to|were[ \t]+allocated[ \t]+to"
    r"|were[ \t]+(?:chosen|picked|selected)[ \t]+at[ \t]+random[ \t]+to[ \t]+(?:get|receive|take))"
)
_HALVES_RE = re.compile(
    r"\b[Hh]alf(?:[ \t]+of[ \t]+(?:the|them|these)(?:[ \t]+[a-z]+)?)?[ \t]+"
    + _HALF_GIVEN
    + r"[ \t]+(?P<a>[^.;:\n]{2,160}?)(?:[ \t]*[,;][ \t]*|[ \t]+|\.[ \t]+)(?:and[ \t]+|while[ \t]+"
    r"|whereas[ \t]+)?(?:[Tt]he[ \t]+other[ \t]+half|half)(?:[ \t]+" + _HALF_GIVEN + r")?"
    r"[ \t]+(?P<b>[^.;:\n]{2,160}?)[ \t]*(?=[.;:\n]|$)"
)
_HALF_SCAN_CHARS = 6000
# a dummy treatment named in lay words: "a dummy tablet (placebo)", "dummy injections"
_DUMMY_RE = re.compile(r"\b(?:placebo|dummy|sham)\b", re.IGNORECASE)
# what a half was given for how long: "for five years", "for 12 months", "every three months"
_HALF_SCHEDULE_RE = re.compile(
    r"\s+(?:for|every|each|over)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b.*$"
    r"|\s+(?:(?:once|twice|three\s+times)\s+)?(?:a|per|each)\s+(?:day|week|month)\b",
    re.IGNORECASE,
)


def _halves_given(text: str) -> list[str]:
    """The two arms of "half were given A and half B", the placebo or sham named so when
    either half was given a dummy; [] when the text says no such thing."""
    if "alf" not in text:
        return []
    m = _HALVES_RE.search(text)
    if not m:
        return []
    names = []
    for side in (m.group("a"), m.group("b")):
        dummy = _DUMMY_RE.search(side)
        if dummy:
            names.append("sham" if dummy.group().lower() == "sham" else "placebo")
            continue
        names.append(clean_arm(_HALF_SCHEDULE_RE.sub("", side)))
    return _comparator_last(names) if _arm_pair(names) else []


def _counted_arms(m) -> list[str] | None:
    """The two or three arms (groups a, b, c) a match counts, each of an arm's length, or
    None."""
    names = list(dict.fromkeys(n for n in (clean_arm(m.group(g) or "") for g in "abc") if n))
    return names if len(names) >= 2 and all(len(a) <= _ARM_MAX_CHARS for a in names) else None


def _two_arms(m) -> list[str] | None:
    """The two different arms (groups a and b) of a match, each of an arm's length, or None."""
    names = [clean_arm(m.group("a")), clean_arm(m.group("b"))]
    return names if _arm_pair(names) else None


def _arm_pair(names: list[str]) -> bool:
    """Are two arm names both given, different and each of an arm's length?"""
    return (
        len(names) == 2
        and all(names)
        and names[0] != names[1]
        and all(len(a) <= _ARM_MAX_CHARS for a in names)
    )


_CONTROLLED_TRIAL_OF_RE = re.compile(
    r"\b(?P<control>placebo|sham)[-\s]controlled,?\s+(?:[\w-]+,?\s+){0,4}?(?:trial|study)\s+of\s+"
    # (what it measures of it: "of the efficacy and safety of drug X"; not its people: "of
    # 400 patients with gout", "of adults with asthma")
    r"(?:(?:the\s+)?(?:efficacy|effects?|safety|role|value|benefits?)"
    r"(?:\s+and\s+(?:safety|efficacy|tolerability))?\s+of\s+)?"
    r"(?!(?:patients|adults|children|infants|women|men|people|participants|subjects|persons"
    r"|individuals|volunteers|newborns|neonates|older|elderly|pregnant)\b)"
    r"(?P<a>[A-Za-z][^.;,()\[\]\n]{1,80}?)"
    r"(?=\s*(?:\(|[.;,]|$)|\s+(?:in|for|among|on|at|to|versus|vs\.?|with|as|after|before|during)\b)",
    re.IGNORECASE,
)
_TABLE_ARM_COLUMNS_RE = re.compile(
    r"^[^|\n]{0,60}\|[ \t]*(?P<a>[A-Za-z][^|()\n]{0,50}?)[ \t]*\([Nn][ \t]*=[ \t]*\d[\d,]*\)[^|\n]*\|"
    r"[ \t]*(?P<b>[A-Za-z][^|()\n]{0,50}?)[ \t]*\([Nn][ \t]*=[ \t]*\d[\d,]*\)",
    re.MULTILINE,
)


# A title opening with two treatments joined by "or" before its population, the way NEJM
# titles trials: "Machine Perfusion or Cold Storage in Deceased-Donor Kidney
# Transplantation", "Liberal or Restrictive Transfusion after Cardiac Surgery" (not an
# endpoint, "Death or Disability after ...", nor a phrase with its own preposition, "Effect
# of Drug X on Death or Stroke in ...")
_TITLE_OR_RE = re.compile(
    r"^\s*(?P<a>(?:[A-Za-z][\w+/-]*\s+){0,3}?[A-Za-z][\w+/-]*)\s+or\s+"
    r"(?P<b>(?:[A-Za-z][\w+/-]*\s+){0,3}?[A-Za-z][\w+/-]*)"
    r"(?=\s+(?:in|for|among|after|before|during|following|at|to\s+(?:prevent|treat|reduce))\s)",
    re.IGNORECASE,
)
_TITLE_OR_NOT_ARMS = frozenset(
    """of on with and the a an death deaths mortality disability survival stroke events risk
    outcomes outcome effect effects efficacy safety whether""".split()
)


def title_or_pair(title_text: str):
    """The match of a title's "A or B" arms, or None."""
    m = _TITLE_OR_RE.match(title_text)
    if not m:
        return None
    words = set(re.findall(r"[a-z]+", (m.group("a") + " " + m.group("b")).lower()))
    return None if words & _TITLE_OR_NOT_ARMS else m


# A structured abstract's field naming the arms (JAMA, Archives): "Intervention  Conjugated
# equine estrogens, 0.625 mg/d, plus medroxyprogesterone acetate, 2.5 mg/d, in 1 tablet
# (n = 8506) or placebo (n = 8102).", "Interventions: Daily capsule containing 40 mg of
# folic acid ... or placebo."
_INTERVENTION_FIELD_RE = re.compile(
    r"^[ \t]*(?:INTERVENTIONS?|Interventions?)(?:[ \t]*:[ \t]*|[ \t]{2,}|[ \t]*\n[ \t]*)"
    r"(?P<field>[^\n]{4,400})",
    re.MULTILINE,
)
# ... or a summary's fields naming the arm and its comparator apart, as journal clubs,
# evidence summaries and trial-at-a-glance boxes print them (PICO): "- Intervention: up to
# two units of plasma" over "- Comparison: up to 1 L of 0.9% sodium chloride",
# "Intervention arm: early surgery (n=112)" over "Control arm: conservative care", or
# "Intervention: topical tranexamic acid ...; control: an identical-looking placebo"
_PICO_INTERVENTION_RE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:Interventions?|INTERVENTIONS?)(?:[ \t]+(?:arm|group))?[ \t]*:[ \t]*"
    r"(?P<field>[^\n]{3,400})",
    re.MULTILINE,
)
_PICO_COMPARATOR_RE = re.compile(
    r"(?:^[ \t]*(?:[-*•][ \t]*)?|;[ \t]*)(?:[Cc]omparisons?|[Cc]omparators?|[Cc]ontrols?"
    r"|COMPARISONS?|COMPARATORS?|CONTROLS?)(?:[ \t]+(?:arm|group|intervention))?[ \t]*:[ \t]*"
    r"(?P<field>[^\n;]{3,300})",
    re.MULTILINE,
)
# how far below the intervention's field its comparator's may stand (a field or two between:
# "Population", "Setting")
_PICO_REACH = 600
_INTERVENTION_FIELD_SCAN_CHARS = 8000
# the arms' separator at the top level of the field (not inside brackets)
_FIELD_ARM_SPLIT_RE = re.compile(r",?\s+(?:or|vs\.?|versus|compared\s+with)\s+", re.IGNORECASE)
_FIELD_COUNT_RE = re.compile(r"\(\s*n\s*=\s*[\d,]+\s*\)", re.IGNORECASE)
_IN_TABLETS_RE = re.compile(r",?\s+in\s+(?:\d+|one|a\s+single)\s+(?:tablets?|capsules?|pills?)\b")


def _without_counts(field: str) -> str:
    """A field's text without its arms' counts ("(n = 8506)"), its spaces run together."""
    return re.sub(r"\s+", " ", _FIELD_COUNT_RE.sub(" ", field))


def _tidy_field_arm(arm: str) -> str:
    """Commas left where doses were cut out ("estrogens, , plus medroxyprogesterone" ->
    "estrogens plus medroxyprogesterone"), and what the cut vehicle left ("containing")."""
    arm = re.sub(r"\s*,(?:\s*,)*\s*(?=(?:plus|and|with)\b)", " ", arm)
    arm = re.sub(r"^(?:containing|of)\s+", "", arm)  # "(daily capsule) containing ..."
    return re.sub(r"(?:\s*,)+\s*", ", ", arm).strip(" ,")


def _intervention_field_arms(text: str) -> list[str]:
    """The two arms a summary's paired fields name (_pico_field_arms), else the two an
    "Intervention(s)" field names, joined by "or", "vs" or "compared with" at its top level;
    [] when it names them otherwise (a sentence of its own is read as a randomisation
    sentence)."""
    paired = _pico_field_arms(text)
    if paired:
        return paired
    m = _INTERVENTION_FIELD_RE.search(text, 0, _INTERVENTION_FIELD_SCAN_CHARS)
    if not m:
        return []
    field = _without_counts(m.group("field"))
    field = field.split(". ")[0].strip(" .")
    if re.search(r"\b(?:randomi[sz]ed|assigned|allocated)\b", field, re.IGNORECASE):
        return []  # a randomisation sentence, read as such above
    depth, cuts, after = 0, [], 0
    for i, ch in enumerate(field):
        depth += ch in "([" and 1 or (ch in ")]" and -1 or 0)
        if depth == 0 and ch in " ," and i >= after:
            sep = _FIELD_ARM_SPLIT_RE.match(field, i)
            if sep:
                cuts.append(sep)
                after = sep.end()
    if len(cuts) != 1:
        return []  # none, or more than two arms named in prose
    a, b = (
        _tidy_field_arm(clean_arm(_IN_TABLETS_RE.sub("", part)))
        for part in (field[: cuts[0].start()], field[cuts[0].end() :])
    )
    if not a or not b or a == b or not all(len(x) <= _ARM_MAX_CHARS for x in (a, b)):
        return []
    return _comparator_last([a, b])


def _pico_arm(field: str) -> str:
    """The arm a summary's field names: its first sentence or clause, without counts and
    doses, named by its words before a description when it is long."""
    field = _without_counts(field)
    field = re.split(r"\.\s|;\s|\.$", field)[0].strip(" .")
    # (how much was given, and how, is no part of its name: "up to two units each of ...",
    # "... applied to the bleeding nostril on a cotton dental roll")
    field = _PICO_AMOUNT_RE.sub("", field)
    field = _PICO_HOW_GIVEN_RE.split(field)[0]
    arm = _tidy_field_arm(clean_arm(_IN_TABLETS_RE.sub("", _DOSE_RE.sub(" ", field))))
    return _without_description(arm) if arm else ""


_PICO_AMOUNT_RE = re.compile(
    r"^(?:up\s+to\s+)?(?:\d+(?:[.,·]\d+)?|one|two|three|four|a\s+single)\s+"
    r"(?:units?|doses?|L|litres?|liters?|ml|mL|tablets?|capsules?|sessions?|courses?)"
    r"(?:\s+each)?\s+of\s+",
    re.IGNORECASE,
)
_PICO_HOW_GIVEN_RE = re.compile(
    r"\s+(?:applied|given|delivered|administered|taken|injected|infused|started|continued)\b"
)


def _pico_field_arms(text: str) -> list[str]:
    """The arms of a summary's paired fields, the intervention's and, on the same line after
    a semicolon or on a line within _PICO_REACH characters below it, the comparison's or
    the control's (["intervention", "comparator"]); [] without both, or when the
    intervention's field names two arms itself ("A or B": read as one field)."""
    m = _PICO_INTERVENTION_RE.search(text, 0, _INTERVENTION_FIELD_SCAN_CHARS)
    if not m:
        return []
    c = _PICO_COMPARATOR_RE.search(text, m.start("field"), m.end() + _PICO_REACH)
    if not c:
        return []
    field = m.group("field")
    # (the comparator's field on the intervention's line, after a semicolon, ends it)
    head = field[: c.start() - m.start("field")] if c.start() < m.end() else field
    if re.search(r"\b(?:randomi[sz]ed|assigned|allocated)\b", head, re.IGNORECASE):
        return []  # a randomisation sentence, read as such
    if _FIELD_ARM_SPLIT_RE.search(head.split(". ")[0]):
        return []  # the field names both arms itself ("A or B"): read as one field
    a, b = _pico_arm(head), _pico_arm(c.group("field"))
    if not a or not b or a == b or not all(len(x) <= _ARM_MAX_CHARS for x in (a, b)):
        return []
    return [a, b]


def _backbone(printed: str) -> str:
    """The backbone an add-on joins, its words up to the last that names a treatment ("SOX",
    "trastuzumab and docetaxel", "usual care"; not "existing treatments safely"), or ''."""
    words = printed.split()
    while words and not _backbone_word(words[-1]):
        words.pop()
    return clean_arm(" ".join(words)) if words and _backbone_word(words[0]) else ""


def _backbone_word(word: str) -> bool:
    low = word.lower()
    return (
        low.endswith(DRUG_SUFFIXES)
        or low in _THERAPY_WORDS
        or low in ("care", "therapy", "dexamethasone", "and", "plus")
        or low in ("usual", "standard", "best", "supportive", "conventional", "optimal", "medical")
        or (word.isupper() and len(word) >= 2)
        or any(part.endswith(DRUG_SUFFIXES) for part in low.split("-"))
        or bool(re.fullmatch(r"[A-Z][a-z]?[A-Z]", word))  # "Kd", "Rd"
    ) and low not in ("treatment", "treatments")


_ADD_ON_SCAN_CHARS = 3000
_ADD_ON_RE = re.compile(
    r"\b(?:adding|addition\s+of)\s+(?P<a>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+to\s+"
    r"(?:standard\s+|the\s+)?(?P<b>[A-Za-z][\w-]*(?:\s+(?:and|plus)\s+[A-Za-z][\w-]*"
    r"|\s+(?!(?:did|does|do|was|were|is|are|improved?|improves|resulted|results|lowered|reduced"
    r"|prolonged?|prolongs|gave|brings|brought|in|for|among|on|as|at|than|with|after|before"
    r"|versus|vs|of|the|a|an)\b)[A-Za-z][\w-]*){0,2})",
    re.IGNORECASE,
)
_THERAPY_WORDS = frozenset(
    "radiotherapy chemotherapy chemoradiotherapy surgery immunotherapy".split()
)


def _treatment_words(name: str) -> bool:
    """A drug-shaped word or a therapy word: what an add-on design adds."""
    return any(w.endswith(DRUG_SUFFIXES) or w in _THERAPY_WORDS for w in name.split())


# --------------------------------------------------------------------------- drugs

# Shapes of international nonproprietary names (WHO INN stems): a word ending in one
# of these is taken as a drug name. Used to corroborate links between reports.
_DRUG_STEMS = (
    "mab nib tinib parib ciclib lisib rafenib zomib degib "
    "gliflozin gliptin glutide sartan pril olol dipine statin xaban gatran parin "
    "platin taxel rubicin tecan trexate fosfamide citabine mustine abine "
    "vir previr asvir buvir mycin cillin floxacin conazole cycline penem "
    "lukast prazole setron tidine mide semide "
    "relin relix lutamide terone strant trozole mifene "
    "limus sporin cept ercept imod triptan gepant "
    # inhaled and systemic respiratory drugs, corticosteroids, plasminogen activators,
    # rifamycins
    "terol tropium pyrronium clidinium sone olone onide teplase fampicin fampin "
    # antiplatelets, bradycardic and incretin drugs, BCL-2 inhibitors, antidepressants,
    # bisphosphonates, neprilysin inhibitors, serotonin inverse agonists
    "grel grelor bradine enatide patide clax oxetine alopram dronate tril vanserin icline "
    # coumarin anticoagulants and biguanides, and the common comparators named without an
    # INN stem
    "farin formin aspirin insulin"
).split()
DRUG_SUFFIXES = tuple(sorted(set(_DRUG_STEMS), key=len, reverse=True))
_NOT_DRUGS = frozenset(
    "concept intercept except accept percept precept cholesterol nostril".split()
)
# "tranexamic acid", "zoledronic acid", "bempedoic acid": a drug named by its acid
_ACID_DRUG_RE = re.compile(r"(?<![a-z])([a-z]{4,}ic)[ \t]+acid\b")
# "magnesium sulfate", "lithium carbonate", "potassium chloride": a drug named as a salt,
# the salt's two words one name ("sulphate" spelled "sulfate"; not saline, "sodium chloride")
_SALT_DRUG_RE = re.compile(
    r"(?<![a-z])(magnesium|sodium|potassium|calcium|lithium|zinc|ferrous|ferric)[ \t]+"
    r"(sulfate|sulphate|chloride|citrate|carbonate|bicarbonate|gluconate|acetate|lactate)\b"
)
_LOWER_WORD_RE = re.compile(r"[a-z](?<![a-z].)[a-z]{5,}(?![a-z])")  # (?<![a-z])[a-z]{6,}, fast
# Drug names that matter for linking are in the title and abstract.
_DRUG_SCAN_CHARS = 20_000


def drug_names(text: str) -> list[str]:
    """Drug-shaped words of the text's first 20,000 characters, lower case, most
    frequent first (at most 8)."""
    head = text[:_DRUG_SCAN_CHARS].lower()
    # (not the drugs of other publications and pages listed on it: "Similar articles",
    # "Related: Sotagliflozin in HFpEF")
    head = _blanked(head, trials.other_pages(text, _DRUG_SCAN_CHARS))
    words = Counter(_LOWER_WORD_RE.findall(head))
    # each distinct word tested once
    counts = {w: n for w, n in words.items() if w.endswith(DRUG_SUFFIXES) and w not in _NOT_DRUGS}
    for w in _ACID_DRUG_RE.findall(head) if "acid" in head else ():
        counts[w] = words[w]
    for element, salt in _SALT_DRUG_RE.findall(head):
        if (element, salt) != ("sodium", "chloride"):
            name = f"{element} {salt.replace('sulphate', 'sulfate')}"
            counts[name] = counts.get(name, 0) + 1
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]]


# The field a registry record names itself by (the ids in other fields are linked or
# secondary records: "Linked study record: ACTRN12610000293066 (LoDoCo pilot study)")
_OWN_ID_FIELD_RE = re.compile(
    r"^[ \t]*(?:ClinicalTrials\.gov (?:Identifier|ID)|NCT Number|Registration number|Main ID"
    r"|Trial ID|ISRCTN|EudraCT [Nn]umber)(?:[ \t]*:|[ \t]{2,}|\t)[ \t]*(?P<id>[A-Z]{2,}[-\d]{6,}\d)\b",
    re.MULTILINE,
)
_OWN_ID_FIELD_OPENER = line_start_opener(
    r"[ \t]*(?:ClinicalTrials|NCT|Registration|Main|Trial|ISRCTN|EudraCT)", re.MULTILINE
)


# A registry record's field listing other studies: "Related Studies: NCT00389207 (...)",
# "Linked study record: ACTRN12610000293066 (pilot study)", "Sister records (same
# sponsor, same month): ...", "Parent study: ..."
_OTHER_STUDIES_FIELD_RE = re.compile(
    r"[ \t]*(?:Related|Linked|Sister|Parent|Companion|Earlier|Previous)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:stud(?:y|ies)|records?|trials?)\b",
    re.IGNORECASE,
)
# ... and the fields listing its own other numbers ("Other Study ID Numbers: C13006;
# 2008-002782-32 (EudraCT Number)", "Secondary IDs", "Additional study identifiers")
_SECONDARY_ID_FIELD_RE = re.compile(
    r"[ \t]*(?:Other Study ID Numbers?|Secondary (?:IDs?|identifiers?|numbers?)"
    r"|Other (?:IDs?|identifiers?)|Additional (?:study )?identifiers?|Org(?:anization)? Study ID)\b",
    re.IGNORECASE,
)


def registry_record_cited_ids(text: str) -> list[str]:
    """Ids a registry record prints for other studies, sorted: every id on a field listing
    related, sister or parent studies, and, when the record's own identifier field is found,
    every other id of the same registry (a registry gives one trial one number) not printed
    on the record's own-number fields."""
    field = next(matches_at_line_starts(_OWN_ID_FIELD_RE, _OWN_ID_FIELD_OPENER, text), None)
    own_id = field.group("id") if field else ""
    cited, kept = set(), {own_id}
    for s, _, rid in trials.registry_id_occurrences(text):
        line = text[text.rfind("\n", 0, s) + 1 : s]
        if _OTHER_STUDIES_FIELD_RE.match(line):
            cited.add(rid)
        elif _SECONDARY_ID_FIELD_RE.match(line):
            kept.add(rid)
        elif own_id and rid != own_id and trials.registry_of(rid) == trials.registry_of(own_id):
            cited.add(rid)
    return sorted(cited - kept)


def registry_ids_by_trial(text: str, ids: list[str], names: trials.TrialNames) -> list[str]:
    """ "KEY=ID" for each id printed within 120 characters of one of the document's own
    trial names, nearest name first (only needed when a document states several ids)."""
    own = set(names.keys())
    mentions = [m for m in names.mentions if m.key in own]
    if not mentions or len(ids) < 2:
        return []
    field = next(matches_at_line_starts(_OWN_ID_FIELD_RE, _OWN_ID_FIELD_OPENER, text), None)
    if field and field.group("id") in ids and len(own) == 1:
        # a registry record's own identifier field ("Registration number: ACTRN...")
        return [f"{names.keys()[0]}={field.group('id')}"]
    listed = [(k, rid) for k, rid in trials.registration_pairs(text) if k in own and rid in ids]
    if listed:
        return sorted(f"{k}={rid}" for k, rid in listed)
    pairs = []
    starts = [m.start for m in names.mentions]
    seen = set()
    for s, e, rid in trials.id_contexts(text).occurrences:
        # a name printed right beside the id: "NCT02684370 (UltIMMa-1) and NCT02684357
        # (UltIMMa-2)", "(SCORED, NCT03315143)"
        beside = trials.name_beside_id(text, s, e, names.mentions, starts)
        if beside is not None and rid in ids:
            if beside.key in own:
                pairs.append(f"{beside.key}={rid}")
            continue
        if rid not in ids or rid in seen:
            continue
        seen.add(rid)
        pos = s
        # the name printed nearest the id, own or cited: "(SOLOIST-WHF, NCT03521934) and
        # ... (SCORED, NCT03315143)" gives each trial its own id, and the cited one's is
        # not the document's
        near = min(names.mentions, key=lambda m: min(abs(m.start - pos), abs(m.end - pos)))
        if near.key in own and min(abs(near.start - pos), abs(near.end - pos)) <= 120:
            pairs.append(f"{near.key}={rid}")
    keyed = {pair.partition("=")[0] for pair in pairs}
    if len(own) == len(ids) >= 2 and len(keyed) < len(own) and _ids_listed_together(text, ids):
        # "These trials are registered at ClinicalTrials.gov, NCT04242446 and NCT04242498"
        # under a title naming "BE HEARD I and BE HEARD II": one list of as many ids as
        # trials, in the order the trials are named
        ordered = sorted(ids, key=lambda rid: text.find(rid))
        return sorted(f"{k}={rid}" for k, rid in zip(names.keys(), ordered))
    return sorted(set(pairs))


def _ids_listed_together(text: str, ids: list[str]) -> bool:
    """Are the ids printed as one list ("NCT04242446 and NCT04242498", "NCT1, NCT2")?"""
    positions = sorted((text.find(rid), rid) for rid in ids)
    for (start, rid), (next_start, _) in zip(positions, positions[1:]):
        if start < 0 or not re.fullmatch(
            r"[\s,;]*(?:and|&)?[\s,;]*", text[start + len(rid) : next_start]
        ):
            return False
    return True


# --------------------------------------------------------------------------- entry point

EMPTY_METADATA = {
    "source_type": "",
    "title": "",
    "first_author": "",
    "people_named": "",
    "trials_counted": "",
    "enrolments_stated": "",
    "journal": "",
    "year": "",
    "doi": "",
    "pmid": "",
    "registry_ids": "",
    "registry_ids_partial": "",
    "registry_ids_cited": "",
    "acronym": "",
    "trial_names": "",
    "trial_name_rules": "",
    "trial_names_cited": "",
    "registry_ids_by_trial": "",
    "drugs": "",
    "randomized": "",
    "phase": "",
    "n_enrolled": "",
    "design": "",
    "publication_types": "",
    "arms": "",
    "text_words": "",
}


_TAGGED_FIELD_RE = re.compile(r"[A-Z][A-Z0-9]{1,3} {0,3}- ")


def tagged_record_fields(text: str) -> dict:
    """The metadata a page opening with a PubMed-format record (tagged lines "PT  - ...",
    "TI  - ...", "AU  - ...", without the PMID line an export opens with: the reader of
    exports does not take it) states: its TI title, first AU author, JT journal and DP year
    ({} for any other page). Its first line is no title: "PT  - JOURNAL ARTICLE". A site's
    header of up to three lines may stand above the record ("Export citation  |  format:
    RIS", then the record)."""
    block = []
    skipped = 0
    for line in text[:20000].splitlines():
        if not line.strip():
            if block:
                break
            continue
        if _TAGGED_FIELD_RE.match(line) or (block and line.startswith("      ")):
            block.append(line.rstrip())
        elif not block and skipped < 3:
            skipped += 1  # (a header line above the record)
        else:
            break
    fields = sum(1 for line in block if not line.startswith(" "))
    if fields < 3 or not any(line.startswith("TI") for line in block):
        return {}
    from . import readers, readers_medline

    try:
        records = readers_medline.split_records("\n".join(block))
    except readers.FormatError:
        return {}
    known = readers.bibliographic_fields(readers_medline.bibliographic(records[0][1]))
    # (a tagged page is still read for its design, ids and enrolment as a page is)
    return {
        k: known[k] for k in ("title", "first_author", "journal", "year", "doi") if known.get(k)
    }


# a BibTeX entry opening a page (a citation manager's or a search engine's export):
# "@article {McGarvey3800,", "@inproceedings{smith2020,"
_BIBTEX_ENTRY_RE = re.compile(r"[ \t]*@(?P<kind>[A-Za-z]+)[ \t]*\{[ \t]*[^,\s]*[ \t]*,")
_BIBTEX_FIELD_RE = re.compile(r"[\s,]*(?P<name>[A-Za-z][\w-]*)[ \t]*=[ \t]*")
_BIBTEX_KINDS = frozenset(
    "article inproceedings incollection conference misc book inbook phdthesis mastersthesis "
    "techreport online report unpublished".split()
)


def _bibtex_value(text: str, at: int) -> tuple[str, int] | None:
    """The value of a BibTeX field starting at ``at`` (braced, quoted or bare) and the
    offset after it; None when it does not close within 3,000 characters."""
    if at >= len(text):
        return None
    opening = text[at]
    if opening in '{"':
        closing = "}" if opening == "{" else '"'
        depth, i, end = 0, at, min(len(text), at + 3000)
        while i < end:
            c = text[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            if (closing == "}" and depth == 0) or (
                closing == '"' and c == '"' and i > at and depth == 0
            ):
                return text[at + 1 : i], i + 1
            i += 1
        return None
    m = re.compile(r"[^,}\s]+").match(text, at)
    return (m.group(), m.end()) if m else None


def bibtex_record_fields(text: str) -> dict:
    """The metadata a page opening with a BibTeX entry states (its first three lines may be
    a site's header): title, first author (as printed in its author list, "Lorcan
    McGarvey" or "McGarvey, Lorcan"), journal (or the proceedings' title), year and DOI; {}
    for any other page."""
    head = text[:600]
    m = None
    for line_start in [0] + [i + 1 for i, c in enumerate(head) if c == "\n"][:3]:
        m = _BIBTEX_ENTRY_RE.match(text, line_start)
        if m:
            break
    if not m or m.group("kind").lower() not in _BIBTEX_KINDS:
        return {}
    fields: dict[str, str] = {}
    at = m.end()
    for _ in range(40):
        f = _BIBTEX_FIELD_RE.match(text, at)
        if not f:
            break
        value = _bibtex_value(text, f.end())
        if value is None:
            break
        raw, at = value
        cleaned = " ".join(raw.replace("{", "").replace("}", "").split())
        fields.setdefault(f.group("name").lower(), cleaned)
    out = {
        "title": fields.get("title", ""),
        "first_author": fields.get("author", "").split(" and ")[0].strip(),
        "journal": fields.get("journal", "") or fields.get("booktitle", ""),
        "year": fields.get("year", "")
        if re.fullmatch(r"(?:19|20)\d\d", fields.get("year", ""))
        else "",
        "doi": fields.get("doi", ""),
    }
    return {k: v for k, v in out.items() if v} if out["title"] else {}


def parse_document(doc_id: str, file: str, data: bytes) -> tuple[dict, str | None]:
    """Record (DOCUMENT_COLUMNS except ``n_estimates``) and decoded text (None if unreadable)."""
    text, status, detail = decode(data)
    known = (
        (tagged_record_fields(text) or bibtex_record_fields(text))
        if text is not None and text[:4].strip()
        else {}
    )
    record = Document(
        doc_id=doc_id,
        file=file,
        sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
        source_format="text",
        # (metadata read from the text with lone carriage returns as line ends and a
        # hard-wrapped page's paragraphs as lines: parsing_text.metadata_text)
        **{
            **EMPTY_METADATA,
            **(describe(metadata_text(text), known) if text is not None else {}),
        },
        status=status,
        status_detail=detail,
    ).row()
    del record["n_estimates"]  # counted when the documents are collected with their estimates
    return record, text


_LITERATURE_META_RE = re.compile(
    r"meta-?\s?analys[ie]s|systematic\s+review|network\s+meta", re.IGNORECASE
)


_PATIENT_LEVEL_RE = re.compile(
    r"patient-level|individual[ -](?:patient|participant)(?:[ -]level)?[ -]data|\bIPD\b",
    re.IGNORECASE,
)


def _pooled_analysis_of_own_trials(text: str, title_text: str) -> bool:
    """A pooled analysis of trials the document registers itself ("FIDELIO-DKD and
    FIGARO-DKD ClinicalTrials.gov numbers, ..."), not a meta-analysis of the literature."""
    if _LITERATURE_META_RE.search(title_text):
        # (but a patient-level meta-analysis whose title names its trials pools them:
        # "Patient-level meta-analysis of the EDITION 1, 2 and 3 studies")
        return bool(_PATIENT_LEVEL_RE.search(title_text)) and (
            len(trials.joined_title_names(title_text)) >= 2
        )
    return (
        len(trials.registration_names(text)) >= 2
        or len(trials.names_with_registry_ids(text)) >= 2
        # "...: pooled analysis of the SCORED and SOLOIST-WHF trials": the title names them
        or len(trials.joined_title_names(title_text)) >= 2
    )


def describe(text: str, known: dict | None = None) -> dict:
    """Metadata fields of a decoded document.

    ``known`` holds fields a structured format states (a MEDLINE record's title, PubMed's
    publication types as ``design``, a registry's phase): they win over what the text
    suggests, and the fields that depend on them (trial names on the title and design)
    are read with them. Registry ids the format lists are joined by those the text prints.
    """
    known = known or {}
    kind = known.get("source_type") or source_type(text)
    registry = kind == "registry_record"
    title_text = known.get("title") or title(text, registry)
    journal, year = citation(text, registry)
    journal = journal_name(journal)
    ids, partial = registry_ids(text)
    if known.get("registry_ids"):
        ids = sorted(set(ids) | set(known["registry_ids"].split(";")))
    design_name, randomized = design(text, title_text, registry)
    if "design" in known:
        design_name = known["design"]
    randomized = known.get("randomized", randomized)
    if design_name == "meta_analysis" and _pooled_analysis_of_own_trials(text, title_text):
        design_name = "pooled_analysis"
    if (
        "design" not in known
        and design_name in ("rct", "unknown", "single_arm", "observational")
        and trials.surveys_registered_trials(text, title_text)
        # (a report of its own trial says so: "In this randomised trial", "we randomly
        # assigned")
        and not _OWN_RANDOMISED_TRIAL_RE.search(text.lower())
    ):
        # three or more trials each named beside an id of its own, none registered as the
        # page's: a review or practice summary describing their randomisation
        design_name, randomized = "review", "false"
    corrected = "" if registry else corrected_article(text)
    titles = [known.get("title") or title_labels(text, registry), corrected]
    names = trials.find_trial_names(
        text,
        " — ".join(part for part in titles if part),
        registry,
        reports_trials=design_name not in NOT_TRIAL_REPORTS,
        pooled=design_name == "pooled_analysis",
    )
    subject = commentary_subject(text, titles[0]) if design_name == "commentary" else ""
    if subject:
        # a news item, press release or exchange of letters on one trial is a report of it
        # (it still gives no treatment effect of its own)
        names = trials.TrialNames(
            (subject,),
            ("subject_of_news_or_reply",),
            tuple(c for c in names.cited if trials.key(c) != trials.key(subject)),
            names.mentions,
        )
    second = second_title(text) if registry and not names.own else ""
    if second:
        # a record whose public title and fields name no trial of its own: its scientific
        # or official title may ("ANODE: a multicentre randomised controlled trial of ...")
        names = trials.find_trial_names(
            text,
            " — ".join(part for part in (*titles, second) if part),
            registry,
            reports_trials=design_name not in NOT_TRIAL_REPORTS,
        )
    deck = deck_line(text, titles[0]) if not registry and not names.own else ""
    if deck:
        # a news page's or abstract's line under its headline ("Findings from the SENOMAC
        # study"): read as a title of its own
        names_with_deck = trials.find_trial_names(
            text,
            " — ".join(part for part in (*titles, deck) if part),
            registry,
            reports_trials=design_name not in NOT_TRIAL_REPORTS,
            pooled=design_name == "pooled_analysis",
        )
        if names_with_deck.own:
            names = names_with_deck
    if registry:
        cited_ids = registry_record_cited_ids(text)
    else:
        cited_ids = trials.cited_registry_ids(text, names)
    if cited_ids:
        listed = set((known.get("registry_ids") or "").split(";"))
        cited_ids = [i for i in cited_ids if i not in listed]
        ids = [i for i in ids if i not in cited_ids]
    counted = "" if registry else trials_counted(text)
    out = {
        "source_type": kind,
        "title": title_text,
        "first_author": first_author(text, registry),
        # (read where linking uses it, on a page naming no trial of its own and stating no
        # registry id: a news item, a release, a summary)
        "people_named": ""
        if registry or names.own or ids or partial
        else ";".join(people_named(text)),
        "trials_counted": counted,
        # (the enrolment of each trial a page on several trials reports)
        "enrolments_stated": enrolments_stated(text) if counted and int(counted) > 1 else "",
        "journal": journal,
        "year": year,
        "doi": doi(text),
        "pmid": pmid(text),
        "registry_ids": ";".join(ids),
        "registry_ids_partial": ";".join(partial),
        "registry_ids_cited": ";".join(cited_ids),
        "acronym": names.own[0] if names.own else "",
        "trial_names": ";".join(names.own),
        "trial_name_rules": ";".join(names.own_rules),
        "trial_names_cited": ";".join(names.cited),
        "registry_ids_by_trial": ";".join(registry_ids_by_trial(text, ids, names)),
        "drugs": ";".join(drug_names(text)),
        "randomized": randomized,
        "phase": phase(text),
        # (a review, a meta-analysis or a commentary on no one trial enrols no one: the
        # counts it prints are the trials' it discusses)
        "n_enrolled": ""
        if design_name in ("review", "meta_analysis")
        or (design_name == "commentary" and not names.own)
        else n_enrolled(text),
        "design": design_name,
        "arms": ";".join(arms(text, title_text, registry)),
        # (read by linking's similar_text rule, weighed there by how few documents use
        # each word)
        "text_words": " ".join(wording.text_words(text)),
    }
    for key in ("first_author", "journal", "year", "doi", "pmid", "phase", "n_enrolled", "arms"):
        if known.get(key):
            out[key] = known[key]
    return out
