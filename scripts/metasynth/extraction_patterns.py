"""Regular expressions and text helpers of the extraction stage.

Outcome names, decimal marks and sentence boundaries. Everything is compiled
once at import, so per-document work is a handful of scans over the text. The
file is named after the module that uses it, so the workflow reruns the
extraction rule when it changes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# numbers are read in measures (one place); extraction takes them from here too
from .measures import DECIMAL_MARKS, to_number  # noqa: F401
from .parsing_text import unwrapped
from .textscan import grouped_alternation
from .vocabulary import OUTCOMES

# Decimal commas ("HR 0,69; 95% CI 0,55-0,87"), as some European journals print them.
# A document is read with decimal commas when numbers such as "0,69" or "1,35" (one or
# two digits before and after the comma: not a thousands separator) outnumber those
# with a decimal point, there are at least two, and one follows a ratio or interval
# name. Its text is then read with every comma between two digits taken as a point;
# the substitution keeps the length, so offsets and quotes refer to the text as written.
# (each pattern opens with a digit and checks the character before it after that: one that
# opens with a look-behind gets no fast first-character scan from the regex engine)
_COMMA_DECIMAL = re.compile(r"\d(?<![\d.,·].)\d?,\d{1,2}(?![\d,])")
_POINT_DECIMAL = re.compile(r"\d(?<![\d.,·].)\d?[.·]\d{1,2}(?![\d.])")
# The same matches as _COMMA_DECIMAL, found from their comma (the digits before it checked
# after it): commas are far rarer than digits, so the engine's scan skips most of a page.
_COMMA_DECIMAL_AT_COMMA = re.compile(
    r",(?:(?<=(?<![\d.,·])\d,)|(?<=(?<![\d.,·])\d\d,))\d{1,2}(?![\d,])"
)
_COMMA_DECIMAL_CONTEXT = re.compile(
    r"(?:\b(?:a?HR|OR|RR|CI)\b|[Rr]atio|[Ii]nterval)[^.;\n]{0,30}?(?<![\d,])\d{1,2},\d"
)
_DIGIT_COMMA_DIGIT = re.compile(r",(?<=\d,)(?=\d)")


def decimal_comma_text(text: str) -> str | None:
    """``text`` with decimal commas read as points, or None when it does not use them."""
    if "," not in text or not _COMMA_DECIMAL_AT_COMMA.search(text):
        return None
    commas = len(_COMMA_DECIMAL_AT_COMMA.findall(text))
    if commas < 2:
        return None
    points = 0
    for _ in _POINT_DECIMAL.finditer(text):  # counted only as far as the comparison needs
        points += 1
        if points >= commas:
            return None
    # (the context last: a text with decimal points is told by its first few, and the
    # context, searched for across the page, is then not needed)
    if not _COMMA_DECIMAL_CONTEXT.search(text):
        return None
    return _DIGIT_COMMA_DIGIT.sub(".", text)


# Outcome lexicon: phrase -> abbreviation. Longer phrases are tried first so
# "progression-free survival" wins over "survival".
# "recurrence or death" is DFS or RFS depending on what the document calls it.
RECURRENCE_OR_DEATH = "DFS|RFS"
# A bare "progression" ("hazard ratio for progression") is TTP in a document that
# reports time to progression and never progression-free survival, else PFS.
BARE_PROGRESSION = "PFS|TTP"
# "the primary outcome": what the document defines as primary
PRIMARY_OUTCOME = "PRIMARY"
# "common odds ratio": an ordinal shift on the scale the document uses
ORDINAL_SHIFT = "SHIFT"
AMBIGUOUS_OUTCOMES = frozenset(OUTCOMES["ambiguous"])
# the set of codes a composite's definition names -> the composite's code
COMPOSITES = {frozenset(c["of"]): c["code"] for c in OUTCOMES.get("composites", []) if "of" in c}
# a definition naming two or more parts, one of them in the set -> the code
COMPOSITES_ANY = [
    (frozenset(c["any_of"]), c["code"]) for c in OUTCOMES.get("composites", []) if "any_of" in c
]
# a composite's code -> the parts of its first definition
_PARTS: dict[str, frozenset] = {}
for _parts, _code in COMPOSITES.items():
    _PARTS.setdefault(_code, _parts)
# every code a composite of parts resolves to (MACE, CVD_HHF, KIDNEY_COMPOSITE, ...)
COMPOSITE_CODES = frozenset(COMPOSITES.values()) | frozenset(c for _, c in COMPOSITES_ANY)
# endpoints counted as a share of patients: never what a hazard ratio estimates
PROPORTION_OUTCOMES = frozenset(
    code for code, meta in OUTCOMES["codes"].items() if meta.get("kind") == "proportion"
)
# "the key secondary outcome": what the document defines as its key secondary outcome
KEY_SECONDARY_OUTCOME = "KEY_SECONDARY"
# "the cardiovascular composite": an endpoint named only by its kind, which stays unknown
UNNAMED_OUTCOME = "UNNAMED"
# death from a cause the vocabulary does not name, and death in a composite it does not
# know: unknown, where the bare word would have read as overall survival
CAUSE_SPECIFIC_DEATH = "CAUSE_SPECIFIC_DEATH"
DEATH_COMPOSITE = "DEATH_COMPOSITE"
# a bare "relapse" or "recurrence": RFS in a document about cancer, else unknown
BARE_RECURRENCE = "RECURRENCE"
# the words that name death without its cause or horizon (the vocabulary's last OS phrases)
_BARE_DEATH_WORDS = frozenset({"death", "deaths", "died", "die", "dying", "mortality"})
# a cause before the word: "maternal deaths", "aneurysm-related mortality" (the vocabulary
# names "sudden death", "cardiac death" and "non-cardiovascular death" itself)
_CAUSE_BEFORE_DEATH_RE = re.compile(
    r"(?:-related|\b(?:arrhythmic|maternal|neonatal|perinatal|bab(?:y|ies)"
    r"|f[oe]etal|infant|suicide|aneurysm"
    r"|bleeding|h(?:a)?emorrhag\w*|stroke|injury|trauma|liver|respiratory|infection"
    r"|sepsis|covid-19|aids|hiv|malaria|tuberculosis"
    # an organ or disease the death is from: "heart-failure death", "cancer deaths",
    # "renal death", "neurological death" (the vocabulary's own phrases, "cardiac death",
    # "cardiovascular death", are matched before the bare word is)
    r"|heart[-\s]failure|cancer|renal|kidney|cardiac|coronary|vascular|cerebrovascular"
    r"|circulatory|pulmonary|hepatic|neurologic(?:al)?|procedur(?:e|al)"
    # ... or the shape of a cause without naming it: "respiratory disease mortality",
    # "disease-specific mortality", "natural-cause mortality", "other-cause deaths" (not
    # "all-cause" or "any-cause")
    r"|disease|specific|(?<![a-z])(?!(?:all|any)-)[a-z]+-causes?))[-\s]+$"
)
# a cause after it: "death due to bleeding", "deaths from head injury", "died of sepsis"
# (not "from any cause", "from all causes", "from randomisation to ...")
_CAUSE_CONNECTOR = (
    r"\s+(?:(?:was|were)\s+)?(?:from|due\s+to|caused\s+by|attributable\s+to|related\s+to"
    r"|resulting\s+from)\s+"
)
_CAUSE_AFTER_DEATH_RE = re.compile(
    _CAUSE_CONNECTOR + r"(?!(?:any|all|the\s+(?:study|trial|start)|randomi[sz]ation|baseline"
    r"|enrol+ment|inclusion|day|week|month|year|time|date)\b)[a-z]"
)
_DIED_OF_RE = re.compile(r"\s+of\s+(?!(?:any|all)\b)[a-z]")


# a cancer's incidence and then, after "and", its mortality: "incidence of colorectal cancer
# ... was reduced by 23% (...) and mortality by 31%", "reduced colorectal cancer incidence
# (...) and mortality (...)", as screening trials report them
_AND_BEFORE_DEATH_RE = re.compile(r"\band\s+(?:in\s+|of\s+|the\s+)?$")
_CANCER_INCIDENCE_RE = re.compile(
    r"\bincidence\b.*\b(?:cancers?|carcinomas?|tumou?rs?|melanomas?|lymphomas?|leuka?emias?)\b"
    r"|\b(?:cancers?|carcinomas?|tumou?rs?|melanomas?|lymphomas?|leuka?emias?)\s+incidence\b",
    re.DOTALL,
)
# (how far back a death word's sentence is read: a page of one long line is one sentence)
_SENTENCE_BACK_CHARS = 300


def _sentence_start_before(string: str, start: int) -> int:
    """Where the sentence of ``start`` opens (after its last full stop or line break),
    looked for at most _SENTENCE_BACK_CHARS back."""
    lo = max(0, start - _SENTENCE_BACK_CHARS)
    return max(lo, string.rfind(". ", lo, start) + 1, string.rfind("\n", lo, start) + 1)


def _mortality_of_a_cancer_incidence(string: str, start: int) -> bool:
    """Is the bare death word at ``start`` the mortality of a cancer whose incidence its
    sentence gives before it, joined by "and"?"""
    if not _AND_BEFORE_DEATH_RE.search(string, max(0, start - 12), start):
        return False
    lo = _sentence_start_before(string, start)
    at = string.find("incidence", lo, start)
    return at >= 0 and _CANCER_INCIDENCE_RE.search(string, max(lo, at - 40), start) is not None


# a death word naming the measure that follows it ("(mortality RR, 1.18", "mortality hazard
# ratio"): the death its sentence has given a cause before it, "Deaths from ovarian cancer
# numbered 118 and 100 (mortality RR, 1.18; ...)"
_MEASURE_AFTER_DEATH_RE = re.compile(
    r"[ \t]*(?:rate[ \t]+ratio|hazard[ \t]+ratio|relative[ \t]+risk|risk[ \t]+ratio|odds[ \t]+ratio"
    r"|i?rr|hr|or)\b",
    re.IGNORECASE,
)
_BARE_DEATH_WORD_RE = re.compile(r"\b(?:deaths?|died|die|dying|mortality)\b", re.IGNORECASE)


def _death_cause(string: str, start: int, end: int) -> bool:
    """Is the bare death word at ``string[start:end]`` given a cause: in words beside it,
    as the mortality of a cancer whose incidence its sentence gave, or as the name of the
    measure after it when its sentence gave a death a cause before it?"""
    if _mortality_of_a_cancer_incidence(string, start):
        return True
    if _worded_cause(string, start, end):
        return True
    if not _MEASURE_AFTER_DEATH_RE.match(string, end):
        return False
    return any(
        _worded_cause(string, m.start(), m.end())
        for m in _BARE_DEATH_WORD_RE.finditer(string, _sentence_start_before(string, start), start)
    )


def _worded_cause(string: str, start: int, end: int) -> bool:
    """Is the death word at ``string[start:end]`` given a cause in words beside it?"""
    lo = max(0, start - 40)
    window = string[lo : end + 60]
    low = window.lower()
    if len(low) != len(window):
        return False
    start, end = start - lo, end - lo
    if _CAUSE_BEFORE_DEATH_RE.search(low, 0, start):
        return True
    if _CAUSE_AFTER_DEATH_RE.match(low, end):
        return True
    return low[start:end] == "died" and _DIED_OF_RE.match(low, end) is not None


BLEEDING_CODES = frozenset(
    {"MAJOR_BLEEDING", "ANY_BLEEDING", "MOD_SEVERE_BLEEDING", "BLEED_MAJ_CRNM", "GI_BLEED"}
)


def composite_of(codes: frozenset) -> str | None:
    """The composite that parts named together make (a definition, or a list of parts).

    The composite whose parts are exactly these; else, when one of the parts is a kidney
    endpoint, the kidney composite; else the largest composite of three or more parts that
    are all named, the others extending it (cardiovascular death, myocardial infarction,
    stroke, unstable angina or revascularisation is an extended MACE), except that bleeding
    with ischaemic events or death is a net clinical benefit. Two-part composites
    match only exactly: hospitalisation for heart failure or death among myocardial
    infarction and stroke is not "hospitalisation for heart failure or death". None when
    the parts make no composite or two different ones.
    """
    if len(codes) < 2:
        return None
    # a run of parts already merged ("cardiovascular death, myocardial infarction, stroke,
    # ..." is MACE) counts as its parts
    codes = frozenset(part for code in codes for part in _PARTS.get(code, (code,)))
    # a death timed by the composite's horizon is its death part ("stroke, myocardial
    # infarction or death within 90 days")
    codes = frozenset("OS" if TIMED_DEATH_RE.fullmatch(code) else code for code in codes)
    exact = COMPOSITES.get(codes)
    if exact:
        return exact
    for parts, code in COMPOSITES_ANY:
        if parts & codes:
            return code
    if codes & BLEEDING_CODES and codes - BLEEDING_CODES:
        # ischaemic events or death together with bleeding: a net clinical benefit ("vascular
        # death, stroke, myocardial infarction, or major bleeding"), never an extended MACE
        return "NET_CLINICAL_BENEFIT"
    contained = [
        (len(parts), code)
        for parts, code in COMPOSITES.items()
        if len(parts) >= 3 and parts < codes
    ]
    if not contained:
        return None
    size = max(n for n, _ in contained)
    largest = {code for n, code in contained if n == size}
    return largest.pop() if len(largest) == 1 else None


# (regex, code) in the order they are tried. A space between words may also be printed as
# a hyphen: compound modifiers are hyphenated ("a first worsening-heart-failure event",
# "all-cause mortality"), so every phrase accepts both.
OUTCOME_PHRASES = [
    (entry["re"].replace(r"\s+", r"[-\s]+"), entry["code"]) for entry in OUTCOMES["phrases"]
]
OUTCOME_RE = re.compile(
    "|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(OUTCOME_PHRASES)),
    re.IGNORECASE,
)
# Death timed by its horizon: the code names the horizon the text prints ("90-day mortality"
# DEATH_90D, "died within 48 hours" DEATH_48H, "mortality at 6 months" DEATH_6M).
_TIMED = {i for i, entry in enumerate(OUTCOMES["phrases"]) if entry.get("timed")}
_HORIZON_RE = re.compile(
    r"\b(?:(?P<n>[0-9]{1,3}|twenty-eight|thirty|sixty|ninety|one|six|twelve)[-\s]+"
    r"(?P<unit>hour|day|week|month|year|(?:hr|h|d|wk|mo)\b)|day[-\s]+(?P<day>[0-9]{1,3}))",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "one": 1,
    "six": 6,
    "twelve": 12,
    "twenty-eight": 28,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
}
TIMED_DEATH_RE = re.compile(r"DEATH_[1-9][0-9]{0,2}[HDWMY]")


def timed_death_code(phrase: str) -> str:
    """DEATH_<n><unit> for a timed-death phrase ("28-day mortality": DEATH_28D), '' when it
    prints no horizon."""
    m = _HORIZON_RE.search(phrase)
    if not m:
        return ""
    if m.group("day"):
        return f"DEATH_{int(m.group('day'))}D"
    n = m.group("n").lower().replace(" ", "-")
    number = _NUMBER_WORDS.get(n) or int(n)
    return f"DEATH_{number}{m.group('unit')[0].upper()}" if number else ""


# Abbreviations only count as printed ("os" or "dor" in prose, "PCR-confirmed", are not endpoints).
_CASE_SENSITIVE = {
    i: re.compile(entry["re"].replace(r"\b", ""))
    for i, entry in enumerate(OUTCOMES["phrases"])
    if entry.get("case") == "exact"
}


# The same phrases for a scan of lower-cased text: one look-behind boundary for
# all alternatives keeps the engine's fast first-character search, several
# times faster than re.IGNORECASE on the original text.
_LOWER_PHRASES = [p[2:].lower() if p.startswith("\\b") else p.lower() for p, _ in OUTCOME_PHRASES]


def _without_optional_start(phrase: str) -> str:
    r""" "(?:first\s+)?hosp..." as "(?:first\s+)hosp...|hosp...": an alternative that starts
    with an optional group hides its first characters from the engine's fast scan."""
    if not phrase.startswith("(?:"):
        return phrase
    depth = 0
    for i, c in enumerate(phrase):
        if c == "\\":
            continue
        if c == "(" and (i == 0 or phrase[i - 1] != "\\"):
            depth += 1
        elif c == ")" and phrase[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                if phrase[i + 1 : i + 2] == "?" and phrase[i + 2 : i + 3] not in ("?", "+"):
                    rest = phrase[i + 2 :]
                    return (
                        f"{phrase[: i + 1]}{rest}|{_without_optional_start(rest)}"
                        if rest
                        else phrase
                    )
                return phrase
    return phrase


# Without capturing groups the alternatives start with literals and the scan is fast ...
_SCAN_ALTERNATIVES = [_without_optional_start(p) for p in _LOWER_PHRASES]
_SCAN_PHRASES = grouped_alternation(_SCAN_ALTERNATIVES) or "|".join(_SCAN_ALTERNATIVES)
_OUTCOME_LOWER_SCAN_RE = re.compile(r"(?<![a-z0-9_])(?:" + _SCAN_PHRASES + ")")
# The same phrases after the character before them (not a word character), the phrase in a
# look-ahead: the engine then scans for those characters, a fifth of a page, instead of
# trying the look-behind at every offset (see _outcome_starts).
_OUTCOME_AFTER_BREAK_RE = re.compile(r"[^a-z0-9_](?=(" + _SCAN_PHRASES + "))")


def _outcome_starts(lowered: str, start: int = 0, end: int | None = None):
    """Where ``_OUTCOME_LOWER_SCAN_RE.finditer(lowered, start, end)`` finds a phrase: at
    ``start`` when it does, then after each character that is not a word character where a
    phrase follows it, passing over those inside a phrase found (as the scan resumes after
    its match)."""
    end = len(lowered) if end is None else end
    resume = start
    m = _OUTCOME_LOWER_SCAN_RE.match(lowered, start, end)
    if m:
        yield start
        resume = m.end()
    for m in _OUTCOME_AFTER_BREAK_RE.finditer(lowered, start, end):
        phrase_start, phrase_end = m.span(1)
        if phrase_start >= resume:
            yield phrase_start
            resume = phrase_end


# ... and the grouped pattern, matched only where the scan found a phrase, names it.
_OUTCOME_LOWER_RE = re.compile("|".join(f"(?P<o{i}>{p})" for i, p in enumerate(_LOWER_PHRASES)))


def _first_characters(items) -> frozenset[str] | None:
    """The characters a match of the parsed pattern ``items`` can start with (None: any,
    or it can match the empty string). Optional leading parts count with what follows
    them: "(?:first[-\\s]+)?hospitali[sz]ation" starts with "f" or "h"."""
    chars, nullable = _sequence_first(items)
    return None if chars is None or nullable else frozenset(chars)


def _sequence_first(items) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, can match empty) of a parsed sequence."""
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _item_first(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _item_first(op, av) -> tuple[set[str] | None, bool]:
    from re import _constants as c

    if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: the first character is the next item's
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 256:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None, False
        return chars, False
    if op is c.SUBPATTERN:
        return _sequence_first(av[3])
    if op is c.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            first, empty = _sequence_first(alternative)
            if first is None:
                return None, False
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        chars, nullable = _sequence_first(av[2])
        return chars, nullable or av[0] == 0
    return None, False


# The grouped pattern holds every phrase; matched where a phrase starts with character c, it
# needs only the phrases that can start with c (in the same order, under the same group
# names, so the same phrase wins): a few alternatives tried instead of all of them.
_PHRASE_FIRST = [_first_characters(re._parser.parse(p)) if p else None for p in _LOWER_PHRASES]
_OUTCOME_LOWER_BY_FIRST: dict[str, re.Pattern] = {}
# the phrase each group ("o12") names, by the group's name
_GROUP_INDEX = {f"o{i}": i for i in range(len(OUTCOME_PHRASES))}


def _outcome_lower_re(first: str) -> re.Pattern:
    if first not in _OUTCOME_LOWER_BY_FIRST:
        kept = [
            f"(?P<o{i}>{p})"
            for i, (p, chars) in enumerate(zip(_LOWER_PHRASES, _PHRASE_FIRST))
            if chars is None or first in chars
        ]
        _OUTCOME_LOWER_BY_FIRST[first] = re.compile("|".join(kept)) if kept else _OUTCOME_LOWER_RE
    return _OUTCOME_LOWER_BY_FIRST[first]


def _lower_same_length(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


def outcome_mentions(text: str, start: int = 0, end: int | None = None, lowered: str | None = None):
    """Yield ``(start, end, code)`` for outcome phrases in ``text[start:end]``.

    ``lowered`` is ``text.lower()`` when the caller has it (same length as text).
    """
    end = len(text) if end is None else end
    if lowered is None:
        lowered = (
            _lower_same_length(text[start:end])
            if (start or end != len(text))
            else _lower_same_length(text)
        )
        offset = start if (start or end != len(text)) else 0
    else:
        offset = 0
    if lowered is None:  # lower-casing changed the length: scan the original text
        matches = ((m, 0) for m in OUTCOME_RE.finditer(text, start, end))
    elif offset:
        matches = (
            (_outcome_lower_re(lowered[at]).match(lowered, at), offset)
            for at in _outcome_starts(lowered)
        )
    else:
        matches = (
            (_outcome_lower_re(lowered[at]).match(lowered, at, end), 0)
            for at in _outcome_starts(lowered, start, end)
        )
    for m, shift in matches:
        index = _GROUP_INDEX[m.lastgroup]
        m_start, m_end = m.start() + shift, m.end() + shift
        exact = _CASE_SENSITIVE.get(index)
        if exact is not None and not exact.fullmatch(text[m_start:m_end]):
            continue
        if index in _TIMED:
            yield m_start, m_end, timed_death_code(text[m_start:m_end]) or OUTCOME_PHRASES[index][1]
            continue
        code = OUTCOME_PHRASES[index][1]
        if (
            code == "OS"
            and m.group().lower() in _BARE_DEATH_WORDS
            and _death_cause(m.string, m.start(), m.end())
        ):
            code = CAUSE_SPECIFIC_DEATH
        yield m_start, m_end, code


# What may stand between the parts of a listed composite: a comma and/or a conjunction,
# an article or "nonfatal", and after a part a short threshold or bracket ("a decline in
# eGFR of at least 50%, end-stage kidney disease, or death from renal causes").
_COMPOSITE_GLUE_RE = re.compile(
    # (a bracket holding an estimate parts the events: each was estimated on its own,
    # "stroke or systemic embolism (HR 0.79, 95% CI 0.66-0.95), major bleeding (...)")
    r"(?:\s+of\s+(?:at\s+least\s+|≥\s*)?\d+(?:\.\d+)?\s*%"
    r"|\s*\((?![^()]*(?:\bCI\b|\b[HOR]R\b|ratio|\d[.·]\d))[^()]{0,40}\))?"
    r"(?=[\s,])(?:\s*,)?\s*(?:(?:and/or|or|and)\s+)?(?:(?:the|a|an|any|first)\s+)*"
    # the words that grade a part ("death or symptomatic stroke", "cardiac death or
    # non-fatal myocardial infarction")
    r"(?:(?:symptomatic|non-?fatal|fatal|disabling|major|recurrent|new|new-onset|definite"
    r"|confirmed|spontaneous|severe|serious|urgent|unplanned|clinical)\s+){0,2}"
)


# a list going on past its last named part with a conjunction and an event the vocabulary
# does not name: ", and non-fatal cardiac arrest", ", or graft loss", " or stroke-like
# episodes" (a bare ", ..." after a part is as often an apposition: ", the primary end point")
_LIST_GOES_ON_AFTER_RE = re.compile(
    r"\s*,\s*(?:and/or|and|or)\s+(?:(?:non-?fatal|fatal|the|a|an)\s+)*"
    r"(?!(?:respectively|in|at|by|with|which|who|that|was|were|is|are|as|both|each|all|its"
    r"|their|the\s+(?:other|same)|compared|versus|vs|than)\b)[a-z]"
)


# ... or, after parts listed with a comma, "and" alone before its last item ("all-cause
# death, myocardial infarction and stent thrombosis")
_AND_EVENT_AFTER_RE = re.compile(
    r"\s+and\s+(?:(?:non-?fatal|fatal|the|a|an)\s+)*"
    r"(?!(?:respectively|in|at|by|with|which|who|that|was|were|is|are|as|both|each|all|its"
    r"|their|the\s+(?:other|same)|compared|versus|vs|than)\b)[a-z]"
)


def _list_goes_on(text: str, first, last) -> bool:
    """Does the list of which ``first`` and ``last`` are parts name another event after
    them that the vocabulary has no phrase for?"""
    after = text[last[1] : last[1] + 60].lower()
    return bool(
        _LIST_GOES_ON_AFTER_RE.match(after)
        or _OR_EVENT_AFTER_RE.match(after)
        or ("," in text[first[1] : last[0]] and _AND_EVENT_AFTER_RE.match(after))
    )


def _graded_and(text: str, first, second) -> bool:
    """Two events joined by "and" and graded fatal or non-fatal: the parts of one composite
    ("non-fatal MI and fatal CHD were reduced", "cardiac death and non-fatal myocardial
    infarction"), not two endpoints listed together ("PFS and OS")."""
    return " and " in text[first[1] - 1 : second[0] + 1] and (
        "fatal" in text[max(0, first[0] - 10) : second[1]].lower()
    )


def merge_composites(text: str, mentions: list) -> list:
    """Mentions with each listed composite as one mention of its code.

    Parts named one after another ("death from cardiovascular causes, myocardial
    infarction, or stroke") are one endpoint when the vocabulary knows the set as a
    composite (outcomes.yaml, composites); a list the vocabulary does not know
    ("progression-free survival and overall survival") stays as its parts.
    """
    merged, i = [], 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions):
            gap_start, gap_end = mentions[j][1], mentions[j + 1][0]
            if gap_end - gap_start > 60:
                break  # (before the glue is matched: most mentions are far apart)
            glue = _COMPOSITE_GLUE_RE.match(text, gap_start, gap_end)
            if not glue or glue.end() != gap_end:
                break
            if not (
                "," in text[gap_start:gap_end]
                or " or " in text[gap_start - 1 : gap_end + 1]
                or _graded_and(text, mentions[j], mentions[j + 1])
            ):
                break
            j += 1
        if j > i:
            code = composite_of(frozenset(m[2] for m in mentions[i : j + 1]))
            if code and j == i + 1 and _list_goes_on(text, mentions[i], mentions[j]):
                # two parts of a longer list ("cardiovascular death, non-fatal myocardial
                # infarction, and non-fatal cardiac arrest"): not their two-part composite,
                # a composite the vocabulary has no code for when one part is a death
                code = DEATH_COMPOSITE if _has_death_part(text, mentions[i : j + 1]) else None
            if not code and _or_list_with_death(text, mentions[i : j + 1]):
                code = DEATH_COMPOSITE  # "death, myocardial infarction, or stroke"
            if code:
                merged.append((mentions[i][0], mentions[j][1], code))
                i = j + 1
                continue
        mention = mentions[i]
        if mention[2] == "OS" and (
            _joined_to_an_unnamed_event(text, mention) or _survival_without(text, mention)
        ):
            # "death or graft loss", "survival without neurologic abnormality"
            mention = (mention[0], mention[1], DEATH_COMPOSITE)
        if (
            mention[2] == CAUSE_SPECIFIC_DEATH
            and i + 1 < len(mentions)
            and mentions[i + 1][0] - mention[1] <= 40
            and _CAUSE_JOINER_RE.fullmatch(text[mention[1] : mentions[i + 1][0]].lower())
        ):
            # "death due to worsening heart failure": the cause is part of the death's name
            merged.append((mention[0], mentions[i + 1][1], CAUSE_SPECIFIC_DEATH))
            i += 2
            continue
        merged.append(mention)
        i += 1
    return merged


# (what joins a death to its cause, "of" too: "death of heart failure")
_CAUSE_JOINER_RE = re.compile(rf"(?:{_CAUSE_CONNECTOR}|\s+of\s+)(?:(?:the|a|an)\s+)?")


_DEATH_WORD_RE = re.compile(r"deaths?\b|died\b|mortality|dead\b|die\b|dying\b")
# "or" and a word naming no endpoint the vocabulary knows, after or before death ("death or
# bronchopulmonary dysplasia", "hepatic decompensation or death"); not "death or survival",
# "whether or not", "died or were discharged"
_OR_EVENT_AFTER_RE = re.compile(
    r"\s+(?:and/)?or\s+(?!(?:deaths?|died|dead|mortality|survival|not|no|were|was|had|more"
    r"|less|fewer|the\s+(?:other|same))\b)[a-z]"
)
_OR_EVENT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?!(?:whether|either|and|than|more|less|fewer|no|not|all|any|survival|overall"
    r"|alive|or)\b)[a-z][\w-]*\)?,?\s+(?:and/)?or\s+(?:to\s+)?$"
)


def _names_death(text: str, mention) -> bool:
    """Does an overall-survival mention name death ("death", "all-cause mortality"), not
    survival ("overall survival", "OS")?"""
    return (
        mention[2] == "OS"
        and _DEATH_WORD_RE.search(text[mention[0] : mention[1]].lower()) is not None
    )


# codes of deaths from a named cause: a part of a composite as death is
_CAUSE_DEATH_CODES = frozenset({"CVD", "CHD_DEATH", "RENAL_DEATH", "CSS", CAUSE_SPECIFIC_DEATH})


def _or_list_with_death(text: str, parts: list) -> bool:
    """Parts listed with "or" before the last, one of them a death (of any or a named cause):
    a composite endpoint."""
    last_gap = text[parts[-2][1] : parts[-1][0]]
    return " or " in f" {last_gap} " and _has_death_part(text, parts)


def _has_death_part(text: str, parts: list) -> bool:
    """Is one of the listed parts a death, of any or of a named cause?"""
    return any(_names_death(text, m) or m[2] in _CAUSE_DEATH_CODES for m in parts)


# "died or were admitted to hospital for cardiovascular reasons", "died or survived with a
# neurodevelopmental disability": the verb joined to another event
_DIED_OR_EVENT_RE = re.compile(
    r"\s+(?:and/)?or\s+(?:were\s+(?:admitted|hospitali[sz]ed|readmitted|transplanted)|had\s+an?"
    r"|required|developed|needed|survived\s+with)\b"
)


_FROM_ANY_CAUSE_RE = re.compile(r"^\s+(?:from|of)\s+(?:any|all)\s+causes?\b")


# survival without an event ("survival without neurologic abnormality", "survival free of
# bronchopulmonary dysplasia"): alive and free of it, a composite with death; not the
# vocabulary's own ("survival without progression" is progression-free survival)
_SURVIVAL_WITHOUT_RE = re.compile(
    r"\s+(?:without|free\s+(?:of|from))\s+(?!(?:any\s+|disease\s+)?(?:progression|recurrence|relapse"
    r"|disease|events?|metastas[ie]s)\b)[a-z]",
    re.IGNORECASE,
)


# ... or free of it by a hyphen before the word: "airflow decline-free survival",
# "amputation-free survival", "dialysis-free survival" (the vocabulary's own, "event-free" or
# "progression-free survival", are matched before the bare word)
_FREE_BEFORE_SURVIVAL_RE = re.compile(r"\w-free\s+$", re.IGNORECASE)


def _survival_without(text: str, mention) -> bool:
    """Is a "survival" mention followed by "without" or "free of" an event, or "X-free"?"""
    if not text[mention[1] - 8 : mention[1]].lower().endswith("survival"):
        return False
    return (
        _SURVIVAL_WITHOUT_RE.match(text, mention[1]) is not None
        or _FREE_BEFORE_SURVIVAL_RE.search(text, max(0, mention[0] - 30), mention[0]) is not None
    )


def _joined_to_an_unnamed_event(text: str, mention) -> bool:
    """Is a death mention joined by "or" to an event the vocabulary does not name ("death or
    graft loss", "hepatic decompensation or death", "died or were admitted to hospital")?"""
    if not _names_death(text, mention):
        return False
    start, end = mention[0], mention[1]
    after = text[end : end + 40].lower()
    if text[start:end].lower() == "died":
        if _DIED_OR_EVENT_RE.match(_FROM_ANY_CAUSE_RE.sub("", after, count=1)):
            return True  # (and "died from any cause or were hospitalized for ...")
    elif _OR_EVENT_AFTER_RE.match(after):
        return True
    before = text[max(0, start - 40) : start].lower()
    return _OR_EVENT_BEFORE_RE.search(before) is not None


# a condition patients had before they were enrolled names a population, not an endpoint:
# "previous myocardial infarction, 0·73 (0·65–0·82)", "a history of stroke"
_BASELINE_CONDITION_BEFORE_RE = re.compile(
    r"\b(?:previous|prior|history\s+of|pre-?existing|established|past)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)


def without_baseline_conditions(text: str, mentions: list) -> list:
    """Mentions less those naming a condition the patients already had."""
    return [
        m
        for m in mentions
        if not _BASELINE_CONDITION_BEFORE_RE.search(text, max(0, m[0] - 30), m[0])
    ]


_TIMED_DEATH_CODE_RE = re.compile(r"DEATH_\d+[HDWMY]$")
# a later horizon of the same death, the endpoint left unsaid: "Death by day 28 occurred in
# ... (relative risk, 1.00 ...); by day 90 the figures were ... (relative risk, 0.94 ...)"
_LATER_HORIZON_RE = re.compile(
    r"(?<![\w-])(?:by|at|through|within)\s+(?:day\s+\d{1,3}|\d{1,3}\s+(?:days|weeks|months|years)"
    r"|(?:one|1)\s+year)\b",
    re.IGNORECASE,
)


def retimed_deaths(text: str, mentions: list) -> list:
    """Mentions with each later horizon printed after a timed death (before the next
    endpoint, in the same sentence) as a mention of the death at that horizon."""
    out = []
    for i, mention in enumerate(mentions):
        out.append(mention)
        if not _TIMED_DEATH_CODE_RE.match(mention[2]):
            continue
        limit = mentions[i + 1][0] if i + 1 < len(mentions) else len(text)
        stop = text.find(". ", mention[1], limit)
        limit = min(limit, mention[1] + 400, stop if stop != -1 else limit)
        for later in _LATER_HORIZON_RE.finditer(text, mention[1], limit):
            code = timed_death_code(later.group())
            if code and code != mention[2]:
                out.append((later.start(), later.end(), code))
    return out


class OutcomeIndex:
    """All outcome mentions of one text, found once, queried by range; a listed composite
    is one mention (:func:`merge_composites`), and a later horizon of a timed death one of
    that death (:func:`retimed_deaths`)."""

    def __init__(self, text: str, lowered: str | None = None):
        self.mentions = retimed_deaths(
            text,
            merge_composites(
                text,
                without_baseline_conditions(
                    text, list(outcome_mentions(text, lowered=lowered or _lower_same_length(text)))
                ),
            ),
        )
        self.starts = [m[0] for m in self.mentions]

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect_left(self.starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i][1] <= end:
            found.append(self.mentions[i])
            i += 1
        return found


# Sentence boundaries: end punctuation followed by space and a capital/opening
# bracket, not after common abbreviations ("vs.", "et al."); or a line break
# that does not wrap a sentence (lower case or a comma on both sides). The
# pattern starts with a character class so the scan is fast (a group or a choice
# of alternatives first would take the regex engine's fast first-character search
# away); the exceptions are checked on the few candidates.
SENTENCE_BREAK_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?P<quote>[\"')\]]?)[ \t]+(?=[A-Z(\[\"'\u2022])|(?<=\n)\s*)"
)
_ABBREVIATION_END_RE = re.compile(
    r"(?:\b(?:vs|Vs|al|e\.g|i\.e|Fig|No|approx|ref|St|Dr|Mr|cf|Inc|Ltd|Co|v)\.|\b[A-Z]\.)$"
)
_WRAPPED_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;(-")
_WRAPPED_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789(")
_WRAPPED_LINE_LENGTH = 50
_LINE_START_MARKS = frozenset("•*-–—·●▪")
# "Study Type: ...", "RESULTS: ..." start a new field or section
_LABEL_LINE_RE = re.compile(r"[A-Z][A-Za-z/ ()-]{0,40}:")


class Sentences:
    """Sentence spans of a text, from one scan of its sentence breaks.

    The breaks are found once, in order (linear in the text), and each lookup is a
    binary search. A "sentence" reaches at most ``MAX_REACH`` characters either side
    of the offset asked about, so text without sentence breaks (a pasted table, a
    run-on line) costs a bounded amount per estimate; the window moves with the
    offset, so it never cuts an estimate that starts there.
    """

    MAX_REACH = 600
    # A "sentence" longer than this is a run-on line (a pasted table, text without
    # breaks), not prose: its estimates are read with a closer window.
    RUN_ON_LENGTH = 2000
    RUN_ON_REACH = 200

    def __init__(self, text: str):
        self.text = text
        self._ends: list[int] | None = None
        self._starts: list[int] = []

    def _scan(self) -> None:
        ends, starts = [], []
        add_end, add_start = ends.append, starts.append
        text = self.text
        length = len(text)
        line_start = 0
        for m in SENTENCE_BREAK_RE.finditer(text):
            start = m.start()
            if text[start] != "\n":  # end punctuation, then a closing quote or bracket
                end = m.end("quote")
                if text[start] == "." and _ABBREVIATION_END_RE.search(
                    text, max(0, end - 8), start + 1
                ):
                    continue
                add_end(end)
                add_start(m.end())
                continue
            # a line break (and the spaces and line breaks after it, up to ``after``): the
            # sentence ends before the spaces that end its line, unless the line is wrapped
            after = m.end()
            end = start
            while end > line_start and text[end - 1] in " \t\r":
                end -= 1
            wrapped = False
            if end > 0 and after < length and text.find("\n", start + 1, after) == -1:
                if text[end - 1] in _WRAPPED_BEFORE and text[after] in _WRAPPED_AFTER:
                    wrapped = True  # a line wrapped inside a sentence
                # a long line cut without end punctuation (text copied from a PDF) goes on
                elif (
                    end - line_start >= _WRAPPED_LINE_LENGTH
                    and text[end - 1] not in ".!?:"
                    and text[after] not in _LINE_START_MARKS
                    and not _LABEL_LINE_RE.match(text, after)
                ):
                    wrapped = True
            line_start = text.rfind("\n", start, after) + 1
            if not wrapped:
                add_end(end)
                add_start(after)
        self._ends, self._starts = ends, starts

    def span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``offset``, at most MAX_REACH either side."""
        if self._ends is None:
            self._scan()
        ends, starts = self._ends, self._starts
        i = bisect_right(starts, offset)
        start = starts[i - 1] if i else 0
        while i < len(ends) and ends[i] <= offset:
            i += 1
        end = ends[i] if i < len(ends) else len(self.text)
        reach = self.RUN_ON_REACH if end - start > self.RUN_ON_LENGTH else self.MAX_REACH
        return max(start, offset - reach), min(end, offset + reach)

    def previous(self, start: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``start`` (None at the start of the text)."""
        i = start - 1
        while i >= 0 and self.text[i].isspace():
            i -= 1
        if i < 0:
            return None
        return self.span(i)


# --------------------------------------------------------------------------- text for matching

# Characters that are invisible in print and break numbers and words apart when text is
# copied from a PDF or a web page: soft hyphens, zero-width spaces and joiners,
# direction marks, word joiners, byte-order marks; and the "\r" of a "\r\n" line end.
# (one class first, the "\r" among its characters and checked after it: a choice of
# alternatives first would take the engine's fast scan for the first character away)
_INVISIBLE_RE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\r]"
    "(?:(?<!\r)|(?=\n))"
)
# One-for-one replacements: a lone "\r" (old Mac line ends) is a line break; the
# Unicode minus and dash variants are "-"; no-break and narrow spaces are spaces.
_SAME_LENGTH = {
    "\r": "\n",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    "\uff0d": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u3000": " ",
}


class MatchingText:
    """The text the extraction patterns read, and the way back to the text as read.

    ``text`` has invisible characters removed and dashes, minus signs, spaces and line
    ends in one form each; ``original(i)`` and ``original_end(i)`` turn its offsets
    into offsets of the text as read, so quotes are always spans of the document.
    """

    def __init__(self, text: str):
        # every invisible character but "\r" is outside ASCII: an ASCII text without "\r"
        # has none (isascii() is a flag of the string, not a scan)
        plain = text.isascii() and "\r" not in text
        removed = [] if plain else [m.start() for m in _INVISIBLE_RE.finditer(text)]
        kept = _INVISIBLE_RE.sub("", text) if removed else text
        # a hard-wrapped page's paragraphs read as one line each (the same length)
        kept = unwrapped(kept)
        # each character present replaced at once (str.replace, a scan in C per character):
        # faster than a substitution per occurrence, and than str.translate over a long text
        for character, replacement in _SAME_LENGTH.items():
            if character in kept:
                kept = kept.replace(character, replacement)
        self.text = kept
        # where each removed character was, counted in the matching text
        self._removed_at = [position - n for n, position in enumerate(removed)]
        self.changed = self.text != text
        # offsets differ from those of the text as read only where characters were removed
        self.shifted = bool(self._removed_at)

    def original(self, i: int) -> int:
        """Offset in the text as read of the character at ``i`` of the matching text."""
        return i + bisect_right(self._removed_at, i) if self._removed_at else i

    def original_end(self, i: int) -> int:
        """Offset in the text as read just after the character before ``i``."""
        return self.original(i - 1) + 1 if i > 0 else 0
