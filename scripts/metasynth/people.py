"""The people a page names as leading, presenting or first-authoring the work it reports.

A news item, press release, congress report or evidence summary often names no trial and
prints no registry id, but it names the investigator: "led by Josef Dankiewicz of Lund
University", "said principal investigator Anil D'Cruz", "Verschuur and colleagues",
"with Yuan Zhang as first author", "Reference: Badwe R, Hawaldar R, Nair N, et al.".
The surnames read here fill the ``people_named`` column of ``01_documents.csv``; linking
joins such a page to the one study whose report that person signs first
(metasynth.linking, rule ``investigator_named``).

Every name is read beside a cue that makes the person the work's author, leader or
presenter, never from a name alone: a page quotes outside experts, names ministers and
thanks funders. The cues are the wording of news and abstracts across fields; the cases
are in ``tests/test_people.py``.
"""

from __future__ import annotations

import re

# how far into a page names are looked for (a news item names its people early; a full
# paper's reference list, which names everyone, comes last)
_SCAN_CHARS = 30_000

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
# a given name, or an initial: "Linda-Gail", "J.", "J-M"
_GIVEN = rf"(?:[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?|[{_UP}]\.?(?:-[{_UP}]\.?)?)"
# a surname: "Gillespie", "D'Cruz", "McCormack", "Abou-Alfa", "van Driel", "de la Cruz"
_SURNAME = (
    rf"(?:(?:van|von|de|der|den|da|di|du|le|la|ten|ter|del|dos)[ \t]+){{0,2}}"
    rf"[{_UP}](?:[{_LOW}]+|['’][{_UP}])[{_LOW}]*(?:[{_UP}][{_LOW}]+)?"
    rf"(?:-[{_UP}][{_LOW}]+)?"
)
_TITLE = r"(?:(?:Dr|Prof|Professor|Associate[ \t]+Professor|Assistant[ \t]+Professor|Mr|Ms|Mrs)\.?[ \t]+)"
# a person's full name, given names first ("Anil K D'Cruz", "Linda-Gail Bekker"), or a
# surname after a title ("Dr Liu", "Professor Jeremy Chataway")
_FULL = rf"(?:{_TITLE}(?:{_GIVEN}[ \t]+){{0,3}}|(?:{_GIVEN}[ \t]+){{1,3}})(?P<surname>{_SURNAME})"
# degrees after a name: "Willemien J. van Driel, MD, PhD, of ..."
_DEGREES = (
    r"(?:,[ \t]*(?:M\.?D\.?|Ph\.?D\.?|M\.?P\.?H\.?|DPhil|MBBS|MBChB|FRCPC?|DrPH|PharmD|MSc)(?!\w))*"
)
# a profession before a name: "led by neurologist David Werring"
_PROFESSION = rf"(?:[{_LOW}]+(?:ist|ian|eon)[ \t]+)"

# a cue before the name that makes the person the work's author, leader or presenter
_ROLE_BEFORE = (
    r"(?:(?:co-?)?led|headed|presented|reported|(?:first-)?authored|coordinated|chaired)"
    r"(?:[ \t]+at[ \t]+[^.:;\n]{1,80}?)?[ \t]+by:?"
    r"|(?:first|lead|senior|last|corresponding|presenting)[ \t]+author:?"
    r"|(?:co-?)?(?:principal|chief|lead|coordinating)[ \t]+investigators?:?"
    r"|(?:[Ss]peakers?|[Pp]resenters?)[ \t]*:"
    r"|(?:said|says|told)"
)
_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{_ROLE_BEFORE}),?[ \t]+(?:the[ \t]+(?:study's[ \t]+|trial's[ \t]+)?"
    rf"(?:(?:co-?)?(?:principal|chief|lead|coordinating)[ \t]+investigator|(?:first|lead|senior)"
    rf"[ \t]+author),?[ \t]+)?{_PROFESSION}?(?-i:{_FULL})(?![\w'’-])",
    re.IGNORECASE,
)
# a cue after it: "Verschuur and colleagues", "Jayne et al.", "Beard DJ and others",
# "with Ling Zhao as first author", "Takashi Kadowaki was the lead author", "Professor
# Stephen Gillespie of the University of St Andrews, who led the work", "Bruce Sands
# (New York, NY, USA) presented"
_AFTER_RE = re.compile(
    # (a name after "in", "of", "at" or "from" is a place: "... Institute in Amsterdam")
    rf"(?<![\w'’-])(?<!in )(?<!of )(?<!at )(?<!from )(?:"
    # a surname alone is enough before "and colleagues" or "et al."
    rf"(?:{_TITLE}?(?:{_GIVEN}[ \t]+){{0,3}})(?P<surname>{_SURNAME})(?:[ \t]+[{_UP}]{{1,3}}\b)?{_DEGREES}"
    r"(?:,?[ \t]+(?:(?:of|from|at)[ \t]+[^.;:\n()]{2,100}?,?[ \t]+)?(?:and|&)[ \t]+"
    r"(?:colleagues|co-?workers|co-?authors|others|team)\b|[ \t]+et[ \t]+al\b)"
    # other cues need the whole name (a capitalised word opening a sentence is no one):
    # "Takashi Kadowaki was the lead author", "Bruce Sands (New York, NY, USA) presented"
    rf"|(?-i:{_FULL.replace('surname', 'surname2')}){_DEGREES}"
    r"(?:[ \t]+(?:as|was|is)[ \t]+(?:the[ \t]+)?(?:first|lead|senior|principal|chief)[ \t]+"
    r"(?:author|investigator)\b"
    r"|[ \t]+\([^()\n]{2,60}\)[ \t]+presented\b"
    r"|(?:,?[ \t]+(?:of|from|at)[ \t]+[^.;:\n()]{2,100}?)?,?[ \t]+"
    r"(?:who[ \t]+(?:co-?)?led\b|told\b|presented\b)))"
)
# a reference or source line, surname first: "Reference: Badwe R, Hawaldar R, ..."
_REFERENCE_RE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?i:References?|Source|Citation|Original[ \t]+article|Read[ \t]+the"
    rf"[ \t]+study)[ \t]*:[ \t]*(?P<surname>{_SURNAME})[ \t]+[{_UP}]{{1,3}}\b",
)
# a person quoted on the work who had no part in it: "said Dr Smith, who was not involved"
_OUTSIDE_EXPERT_RE = re.compile(
    r"[^.\n]{0,120}?\b(?:not|un)[ \t-]*(?:involved|connected|affiliated|part[ \t]+of)\b"
    r"|[^.\n]{0,120}?\bindependent\b"
)
# words that make a capitalised run an institution or a place, not a person
_NOT_A_PERSON = frozenset(
    """
    university college hospital institute centre center group council trust foundation
    unit network consortium society school department clinic company inc ltd health
    medicine medical research sciences science cancer heart trial study investigators
    national international american british european journal ministry
    """.split()
)


def people_named(text: str) -> list[str]:
    """Surnames (as printed, in order of first appearance, at most eight) of the people
    ``text`` names beside a cue making them the work's author, leader or presenter."""
    head = text[:_SCAN_CHARS]
    found: list[tuple[int, str]] = []
    for pattern in (_BEFORE_RE, _AFTER_RE, _REFERENCE_RE):
        for m in pattern.finditer(head):
            group = "surname" if m.group("surname") else "surname2"
            surname = m.group(group)
            name = head[m.start() : m.end(group)].lower()
            if any(w.strip(",.:;()") in _NOT_A_PERSON for w in name.split()):
                continue
            if _OUTSIDE_EXPERT_RE.match(head, m.end(), m.end() + 160):
                continue  # a comment from someone not in the work
            found.append((m.start(group), surname))
    out: list[str] = []
    for _, surname in sorted(found):
        if surname not in out:
            out.append(surname)
    return out[:8]
