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
# the particles a surname may open with ("van Driel", "de la Cruz", "ten Asbroek"), as
# author lines print them (metasynth.parsing reads authors with them too)
SURNAME_PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "ten", "ter")
# a surname: "Gillespie", "D'Cruz", "McCormack", "Abou-Alfa", "van Driel", "de la Cruz"
# (in news prose also "del", "dos": "Juan del Castillo")
_SURNAME = (
    rf"(?:(?:{'|'.join(SURNAME_PARTICLES + ('del', 'dos'))})[ \t]+){{0,2}}"
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

# Each cue is found first, by one scan of the lower-cased page for a few words after a
# space, a line break or a bracket; the name is then read right after the cue or right
# before it (scanning every capitalised word of a page for a name is several times slower).
_CUE_WORDS = (
    r"(?:by|colleagues|co-?workers|co-?authors|others|team|et al|author|investigators?"
    r"|told|presented|said|says|who|speakers?|presenters?|references?|source|citation)\b"
)
_CUE_WORDS_RE = re.compile(rf"[\s(]{_CUE_WORDS}")
_CUE_WORDS_AT_START_RE = re.compile(rf"(?=[a-z]){_CUE_WORDS}")  # (a page opening with one)
# the words before "by" that make the person after it the work's leader or author
# ("led by", "Presented at the AHA congress 2018 by:", "first-authored by")
_LED_BY_RE = re.compile(
    r"(?:led|headed|presented|reported|authored|coordinated|chaired)"
    r"(?:[ \t]+at[ \t]+[^.:;\n]{1,80}?)?[ \t]*\Z"
    # ("run inside the national stroke register by cardiologist Jonas Oldgren", "conducted in
    # 12 Dutch hospitals by Anouk Pels")
    r"|(?:run|conducted|carried[ \t]+out|directed)"
    r"(?:[ \t]+(?:in|inside|within|at|across)[ \t]+[^.:;\n]{1,80}?)?[ \t]*\Z"
)
_LED_BY_WORD_START = frozenset(" \t\n(-")  # ("co-led", "first-authored": a word's end)
# the words before "author" or "investigator" that make a role ("lead author", "principal
# investigator"), and those that give it to a name before them ("as first author", "was
# the lead author")
_LEADING_INVESTIGATOR = r"(?:co-?)?(?:principal|chief|lead|coordinating)"  # ... investigator
_LEADING_AUTHOR = r"(?:first|lead|senior)"  # ... author
_ROLE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{_LEADING_AUTHOR}|last|corresponding|presenting|{_LEADING_INVESTIGATOR})"
    r"[ \t]+\Z"
)
_ROLE_OF_NAME_BEFORE_RE = re.compile(
    rf"[ \t]+(?:as|was|is)[ \t]+(?:the[ \t]+)?(?:{_LEADING_AUTHOR}|principal|chief)[ \t]+\Z"
)
_AND_BEFORE_RE = re.compile(r",?[ \t]+(?:and|&)[ \t]+\Z")
_LINE_START_BEFORE_RE = re.compile(r"(?:\A|\n)[ \t]*\Z")  # (the label opens its line)
# the name right after a cue: "said the chief investigator, Professor Jeremy Chataway",
# "led by neurologist David Werring"
_NAME_AFTER_CUE_RE = re.compile(
    r":?,?[ \t]+(?:the[ \t]+(?:study's[ \t]+|trial's[ \t]+)?"
    rf"(?:{_LEADING_INVESTIGATOR}[ \t]+investigator|{_LEADING_AUTHOR}[ \t]+author),?[ \t]+)?"
    rf"{_PROFESSION}?{_FULL}(?![\w'’-])"
)
# a reference or source line's first author, surname first: "Reference: Badwe R, ..."
_SURNAME_FIRST_AFTER_LABEL_RE = re.compile(
    rf"[ \t]*:[ \t]*(?P<surname>{_SURNAME})[ \t]+[{_UP}]{{1,3}}\b"
)
# the name right before a cue after it: "Verschuur and colleagues", "Jayne et al.", "Beard
# DJ and others" (a surname alone is enough); "with Ling Zhao as first author", "Takashi
# Kadowaki was the lead author", "Professor Stephen Gillespie of the University of St
# Andrews, who led the work", "Bruce Sands (New York, NY, USA) presented" (the whole name: a
# capitalised word opening a sentence is no one); a name after "in", "of", "at" or "from"
# is a place ("... Institute in Amsterdam")
_NOT_AFTER_A_PREPOSITION = rf"(?=[{_UP}])(?<![\w'’-])(?<!in )(?<!of )(?<!at )(?<!from )"
_AFFILIATION = r"(?:,?[ \t]+(?:of|from|at)[ \t]+[^.;:\n()]{2,160}?)?"
# (a surname alone only right before the cue: before an affiliation, the whole name)
_SURNAME_BEFORE_RE = re.compile(
    rf"{_NOT_AFTER_A_PREPOSITION}(?:{_TITLE}?(?:{_GIVEN}[ \t]+){{0,3}})(?P<surname>{_SURNAME})"
    rf"(?:[ \t]+[{_UP}]{{1,3}})?{_DEGREES}\Z"
)
_NAME_WITH_AFFILIATION_BEFORE_RE = re.compile(
    rf"{_NOT_AFTER_A_PREPOSITION}{_FULL}{_DEGREES},?[ \t]+(?:of|from|at)[ \t]+[^.;:\n()]{{2,160}}?,?\Z"
)
_SURNAME_BEFORE_ET_AL_RE = re.compile(
    rf"{_NOT_AFTER_A_PREPOSITION}(?:{_TITLE}?(?:{_GIVEN}[ \t]+){{0,3}})(?P<surname>{_SURNAME})"
    rf"(?:[ \t]+[{_UP}]{{1,3}})?\Z"  # (not the last of a list: "Nair N, et al.")
)
_ET_AL_CHARS = 60  # (a name and its initials before "et al.")
_NAME_BEFORE_RE = re.compile(rf"{_NOT_AFTER_A_PREPOSITION}{_FULL}{_DEGREES}\Z")
_NAME_BEFORE_VERB_RE = re.compile(
    rf"{_NOT_AFTER_A_PREPOSITION}{_FULL}{_DEGREES}(?:{_AFFILIATION}|[ \t]+\([^()\n]{{2,60}}\)),?"
    r"[ \t]*\Z"
)
_WHO_LED_RE = re.compile(r"[ \t]+(?:co-?)?led\b")
_BEFORE_CUE_CHARS = 240
# a person quoted on the work who had no part in it: "said Dr Smith, who was not involved"
_OUTSIDE_EXPERT_RE = re.compile(
    r"[^.\n]{0,120}?\b(?:not|un)[ \t-]*(?:involved|connected|affiliated|part[ \t]+of)\b"
    r"|[^.\n]{0,120}?\bindependent\b"
)
# words that make a capitalised run an institution or a place, not a person
_NOT_A_PERSON = frozenset(
    """
    university college hospital institute centre center group council trust foundation
    unit network consortium society school department division faculty clinic company inc
    ltd health
    medicine medical research sciences science cancer heart trial study investigators
    national international american british european journal ministry
    """.split()
)


def people_named(text: str) -> list[str]:
    """Names (given names, where printed, and surname, without titles, in order of first
    appearance, at most eight) of the people ``text`` names beside a cue making them the
    work's author, leader or presenter."""
    head = text[:_SCAN_CHARS]
    low = head.lower()
    if len(low) != len(head):
        # (lower-casing changed a length, "İ": offsets would not agree; rare, so slow)
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in head)
    found: list[tuple[int, int, int, str]] = []  # (surname's start, cue's end, start, surname)

    def after(at: int, cue_end: int) -> None:
        m = _NAME_AFTER_CUE_RE.match(head, at)
        if m:
            found.append((m.start("surname"), m.end(), cue_end, m.group("surname")))

    def before(pattern: re.Pattern, at: int, cue_end: int) -> None:
        m = pattern.search(head, max(0, at - _BEFORE_CUE_CHARS), at)
        if m:
            found.append((m.start("surname"), cue_end, m.start(), m.group("surname")))

    opening = _CUE_WORDS_AT_START_RE.match(low)
    cues = [(opening.group(0), 0, opening.end())] if opening else []
    cues += [(c.group(0)[1:], c.start() + 1, c.end()) for c in _CUE_WORDS_RE.finditer(low)]
    for word, start, end in cues:
        if word == "by":
            m = _LED_BY_RE.search(low, max(0, start - 100), start)
            if m and (m.start() == 0 or low[m.start() - 1] in _LED_BY_WORD_START):
                after(end, end)
        elif word in ("author", "investigator", "investigators"):
            role = _ROLE_OF_NAME_BEFORE_RE.search(low, max(0, start - 40), start)
            if role:
                before(_NAME_BEFORE_RE, role.start(), end)
            elif _ROLE_BEFORE_RE.search(low, max(0, start - 40), start):
                after(end, end)
        elif word in ("said", "says"):
            after(end, end)
        elif word == "told":
            before(_NAME_BEFORE_VERB_RE, start, end)
            after(end, end)
        elif word == "presented":
            before(_NAME_BEFORE_VERB_RE, start, end)
        elif word == "who":
            if _WHO_LED_RE.match(low, end):
                before(_NAME_BEFORE_VERB_RE, start, end)
        elif word.startswith(("speaker", "presenter")):
            if low.startswith(":", end) or re.match(r"[ \t]+:", low[end : end + 4]):
                after(end, end)
        elif word == "et al":
            m = _SURNAME_BEFORE_ET_AL_RE.search(head, max(0, start - _ET_AL_CHARS), start - 1)
            if m:
                found.append((m.start("surname"), end, m.start(), m.group("surname")))
        elif word.startswith(("reference", "source", "citation")):
            if _LINE_START_BEFORE_RE.search(low, max(0, start - 30), start):
                m = _SURNAME_FIRST_AFTER_LABEL_RE.match(head, end)
                if m:
                    found.append((m.start("surname"), m.end(), start, m.group("surname")))
        else:  # colleagues, co-workers, co-authors, others, team
            link = _AND_BEFORE_RE.search(low, max(0, start - 8), start)
            if link:
                m = _NAME_WITH_AFFILIATION_BEFORE_RE.search(
                    head, max(0, link.start() - _BEFORE_CUE_CHARS), link.start()
                )
                if m:
                    found.append((m.start("surname"), end, m.start(), m.group("surname")))
                else:
                    before(_SURNAME_BEFORE_RE, link.start(), end)
    out: list[str] = []
    for at, end, start, surname in sorted(found):
        words = head[min(start, at) : at].lower().split() + [surname.lower()]
        if any(w.strip(",.:;()") in _NOT_A_PERSON for w in words):
            continue
        if _OUTSIDE_EXPERT_RE.match(head, end, end + 160):
            continue  # a comment from someone not in the work
        printed = _NAME_BEFORE_SURNAME_RE.search(head, max(0, at - 60), at)
        name = _TITLES_RE.sub("", (printed.group(0) if printed else "") + surname)
        if name not in out:
            out.append(name)
    return out[:8]


# the given names printed before a surname ("Anil K " of "Anil K D'Cruz"), and the titles
# left off a name
_NAME_BEFORE_SURNAME_RE = re.compile(rf"(?<![\w'’-])(?:{_GIVEN}[ \t]+){{1,3}}\Z")
_TITLES_RE = re.compile(
    r"^(?:(?:Associate|Assistant)[ \t]+)?(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ \t]+"
)
