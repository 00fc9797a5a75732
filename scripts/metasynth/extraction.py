"""Every effect estimate stated in a document, with its exact source span.

Three kinds of statement are recognised, each by one compiled pattern run over
the whole text:

* ratios (HR, OR, RR): a measure name ("hazard ratio", "HR", "odds ratio", ...)
  followed within the sentence by a value, then optionally a confidence
  interval and a p-value in any of the common layouts;
* proportions: a percentage followed by a confidence interval;
* medians: "median <endpoint> ... <number> months", with an optional interval.

Each estimate is then described from its sentence: the endpoint (``outcome``),
what it estimates (``role``), the arms compared (``comparison``) and, only when
the text says so, which arm is the numerator (``orientation`` = ``stated``).
Offsets index the text exactly as decoded, so ``text[char_start:char_end]`` is
the sentence (``quote``) and ``text[match_start:match_end]`` the estimate.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from . import trials
from .extraction_ids import stable_estimate_id
from .extraction_patterns import (
    AMBIGUOUS_OUTCOMES,
    BARE_PROGRESSION,
    BARE_RECURRENCE,
    CAUSE_SPECIFIC_DEATH,
    COMPOSITE_CODES,
    DEATH_COMPOSITE,
    DECIMAL_MARKS,
    KEY_SECONDARY_OUTCOME,
    ORDINAL_SHIFT,
    OUTCOME_RE,
    PRIMARY_OUTCOME,
    PROPORTION_OUTCOMES,
    RECURRENCE_OR_DEATH,
    TIMED_DEATH_RE,
    UNNAMED_OUTCOME,
    MatchingText,
    OutcomeIndex,
    Sentences,
    composite_of,
    decimal_comma_text,
    grouped_alternation,
    merge_composites,
    outcome_mentions,
    to_number,
)
from .measures import RATIO_MEASURES
from .parsing import CONTROL_WORDS_RE as _CONTROL_WORDS_RE
from .parsing import DRUG_SUFFIXES, title_or_pair
from .parsing import arms as parsing_arms
from .records import Estimate
from .textscan import (
    _top_level_split,
    line_start_opener,
    matches_at,
    matches_at_line_starts,
    offsets_of,
    word_start_alternation,
)

# --------------------------------------------------------------------------- numbers

_D = re.escape(DECIMAL_MARKS)
NUM = rf"(?:\d+(?:[.{_D}]\d+)?|[.{_D}]\d+)"
NUMBER_RE = re.compile(rf"(?<![\d.{_D}A-Za-z])(?:\d+(?:[.{_D}]\d+)?|[.{_D}]\d+)(?![\d{_D}]|\.\d)")
OPEN_BOUND = r"(?:not\s+(?:yet\s+)?(?:reached|attained|estimable|evaluable|calculable|reported)|NR|NE|NA|N/A)"
_DASH = r"(?:-|–|—|‐|‑|‒|−|~)"

# A confidence interval right after a value: "(95% CI, 0.05 to 0.31", ";95% CI 0.72-2.54",
# "[95% CI 0.35–0.55", "(0·45–0·76", "95% CI: 0.61, 0.90".
CI_RE = re.compile(
    rf"""
    [\s,;:]*(?P<open>[(\[]\s*)?
    (?:(?:with|and)\s+(?:an?\s+|the\s+)?(?=\d{{1,2}}(?:[.{_D}]\d+)?\s*%))?
    (?:
      (?P<word>
        (?:(?P<level>\d{{1,2}}(?:[.{_D}]\d+)?)\s*(?:%|(?i:per\s?cent)\b)[\s-]*)?
        (?:(?i:confidence\s+(?:intervals?|limits?))|C\.?I\.?s?(?![A-Za-z])|CL\b|(?i:(?:Bayesian\s+)?credible\s+intervals?)|CrI\b|BCI\b)
        (?:\s*(?P<level_after>\d{{1,2}}(?:[.{_D}]\d+)?)\s*%(?!\s*(?:{_DASH}|to\b)))?
        (?:\s*\((?:2|two|1|one)-[Ss]ided\))?
        (?:\s*[\[(]\s*(?:\d{{1,2}}(?:[.{_D}]\d+)?\s*%\s*)?CI\s*[\])])?
      )
      \s*(?:[,:;=]\s*)?(?:(?:was|of|is|were|from|ranging\s+from|ranged\s+from)\s+)?(?:[(\[]\s*)?
    )?
    (?P<lo>-?{NUM}|{OPEN_BOUND})\s*(?:%\s*)?
    (?P<sep>{_DASH}|to\b|,|;|and\b)\s*
    (?P<hi>-?{NUM}|{OPEN_BOUND})(?![\d{_D}]|\.\d)(?:\s*%)?
    (?:\s+(?:months?|mo|years?|weeks?|days?)\b)?
    """,
    re.VERBOSE,
)
P_RE = re.compile(
    rf"""
    [\s,;:)\]]*(?:[(\[]\s*)?(?:(?:with|and)\s+(?:an?\s+|the\s+)?)?
    (?P<p>(?:(?:two|one|1|2|single)[-\s]?(?:sided|tailed)\s+|log[-\s]rank\s+|stratified\s+(?:log[-\s]rank\s+)?)?
      \b[Pp](?:
        (?:\s*(?:-\s*)?values?)?(?:\s+for\s+\w+)?\s*
        (?P<rel><\s*=|>\s*=|[=<>≤≥]|&lt;|&gt;|less\s+than)
        |\s*(?:-\s*)?values?\s*(?:(?:of|was|is)\s+|:\s*)?(?=[.{_D}]?\d)
      )\s*
      (?P<pv>{NUM}(?:\s*[x×·]\s*10\s*\^?\s*[-−–]\s*\d+|[eE][-−]\d+|(?<=10)\^?[-−–]\d+)?)
      # (the hypothesis it tests, when printed after it: "P=0.002 for noninferiority", which
      # is no two-sided test against 1)
      (?:\s+for\s+(?i:non-?\s?inferiority|equivalence|superiority)\b)?
      # (or its sides after it: "P = 0.01, one-sided", "P = 0.01 (one-sided)")
      (?:,\s*(?i:(?:one|1|two|2)[-\s]?(?:sided|tailed))\b|\s*\((?i:(?:one|1|two|2)[-\s]?(?:sided|tailed))\))?)
    """,
    re.VERBOSE,
)
P_BEFORE_RE = re.compile(rf"\b[Pp]\s*(?:[=<>≤≥])\s*{NUM}\s*[;,]\s*$")

# --------------------------------------------------------------------------- ratios

# One look-behind boundary for all alternatives and explicit capitals instead of
# re.IGNORECASE keep the scan of the whole text fast.
RATIO_KEY_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    # ("hazards ratio", as many papers print it, is a hazard ratio)
    r"(?P<long>(?:(?:[Hh]azards?|HAZARDS?|[Oo]dds|ODDS|[Rr]isk|RISK|[Rr]ate|RATE|[Ii]ncidence\s+[Rr]ate"
    r"|[Ii]ncidence|[Pp]revalence)\s+(?:[Rr]atios?|RATIOS?)"
    # "relative risk", "relative rate" (a rate ratio), "relative hazard" (a hazard ratio)
    r"|(?:[Rr]elative|RELATIVE)\s+(?:[Rr]isks?|RISKS?|[Rr]ates?|[Hh]azards?))\b(?!\s+reduction))"
    # "HR+", "HR-positive": hormone receptors, not hazard ratios
    r"|(?P<short>(?:a|adj|s|c)?(?:HR|OR|RR|IRR)s?\b(?![+\-−–/]|\s*(?:positive|negative|status)\b)))",
)
# Where RATIO_KEY_RE can match: the start of every word it matches (each alternative opens
# with its letters and checks the character before them after that, so the engine scans for
# the first letters and looks behind only where the second follows; RATIO_KEY_RE itself
# opens with a look-behind and is tried at every offset).
_B2 = r"(?<![A-Za-z0-9]..)"  # (the character before the two letters read)
_B3 = r"(?<![A-Za-z0-9]...)"
_SHORT_AFTER_PREFIX = rf"H{_B2}R|O{_B2}R|R{_B2}R|I{_B2}RR"  # "aHR", "sOR", "cIRR"
_RATIO_KEY_START_RE = re.compile(
    rf"H(?:a{_B2}zard|A{_B2}ZARD|R{_B2})|h(?:a{_B2}zard)|O(?:d{_B2}ds|D{_B2}DS|R{_B2})"
    rf"|o(?:d{_B2}ds)|R(?:i{_B2}sk|I{_B2}SK|a{_B2}te|A{_B2}TE|e{_B2}lative|E{_B2}LATIVE|R{_B2})"
    rf"|r(?:i{_B2}sk|a{_B2}te|e{_B2}lative)|I(?:n{_B2}cidence|R{_B2}R)|i(?:n{_B2}cidence)"
    rf"|P(?:r{_B2}evalence)|p(?:r{_B2}evalence)|a(?:dj{_B3}(?:HR|OR|RR|IRR)|{_SHORT_AFTER_PREFIX})"
    rf"|s(?:{_SHORT_AFTER_PREFIX})|c(?:{_SHORT_AFTER_PREFIX})"
)


def _ratio_keys(text: str):
    """``RATIO_KEY_RE.finditer(text)``: the same matches, RATIO_KEY_RE tried only where
    _RATIO_KEY_START_RE finds a word it could match."""
    pos = 0
    while True:
        candidate = _RATIO_KEY_START_RE.search(text, pos)
        if candidate is None:
            return
        key = RATIO_KEY_RE.match(text, candidate.start())
        if key is None:
            pos = candidate.start() + 1
        else:
            yield key
            pos = key.end()


# Over a whole page the measure names are found from letters every one of them holds, far
# rarer than the first letters _RATIO_KEY_START_RE scans for: "HR", "OR" or "RR" in a short
# name (at most four characters into it: "adjIRR"), "ratio" as a long name's second word,
# "elative" one character into "relative".
_SHORT_NAME_CORES = ("HR", "OR", "RR")
_SHORT_NAME_FIRST = frozenset("ascHORI")  # (the characters a short name can open with)
_RATIO_WORDS = ("ratio", "Ratio", "RATIO")
_RELATIVE_TAILS = ("elative", "ELATIVE")
# the lengths of the words before "ratio": hazard, odds/risk/rate, incidence, prevalence,
# hazards
_FIRST_WORD_LENGTHS = (6, 4, 9, 10, 7)


def _page_ratio_keys(text: str) -> list[re.Match]:
    """``list(RATIO_KEY_RE.finditer(text))`` for a whole page: RATIO_KEY_RE tried only where
    a measure name can start before one of the letters every name holds (see above)."""
    starts: set[int] = set()
    for core in _SHORT_NAME_CORES:
        for at in offsets_of(text, core):
            starts.add(at)
            for s in range(max(0, at - 4), at):
                if text[s] in _SHORT_NAME_FIRST:
                    starts.add(s)
    for word in _RATIO_WORDS:
        for at in offsets_of(text, word):
            first_end = _before_spaces(text, at)  # the word before "ratio" ends there
            if first_end < at:
                starts.update(first_end - n for n in _FIRST_WORD_LENGTHS if first_end >= n)
                if text[first_end - 4 : first_end].lower() == "rate":
                    incidence_end = _before_spaces(text, first_end - 4)  # "incidence rate"
                    if incidence_end < first_end - 4 and incidence_end >= 9:
                        starts.add(incidence_end - 9)
    for tail in _RELATIVE_TAILS:
        starts.update(at - 1 for at in offsets_of(text, tail) if at >= 1)
    return matches_at(RATIO_KEY_RE, text, starts)


def _before_spaces(text: str, pos: int) -> int:
    """Where the run of spaces (\\s, str.isspace) that ends at ``pos`` starts."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


# A short name ("HR", "OR") followed by a word and no linking word is not a measure's name
_WORD_OF_FOUR_RE = re.compile(r"[A-Za-z]{4,}")
# words that tie a short name to its value across a longer word: "HR for death 0.64",
# "HR with dostarlimab 0.64", "HR (placebo/drug) 1.30"
# (and the verb that gives the favoured arm: "the HR favoured pembrolizumab+CCRT (0.61 ...",
# and a meta-analysis's model)
_SHORT_KEY_LINK_RE = re.compile(
    # ("HR [durvalumab v control], 0.42": the JCO's bracketed comparison, its "v" a versus)
    r"\b(?:CI|for|of|was|were|is|ratio|placebo|versus|vs|v|with|favou?r(?:ed|ing|s)"
    # (a meta-analysis's model: "RR random 0.89", "OR fixed 1.12")
    r"|random|fixed)\b|/"
)


def _plural_name(key) -> bool:
    """ "hazard ratios", "HRs", "rate ratios": a name that may cover several values."""
    name = key.group().rstrip(" ,:(")
    return name.endswith("s") and not name.endswith("ss")


def _first_ratio_key(text: str):
    """``RATIO_KEY_RE.search(text)``, tried only where _RATIO_KEY_START_RE finds a word."""
    if "R" not in text and "r" not in text:
        return None  # every measure name holds one ("HR", "ratio", "relative"): most gaps none
    return next(_ratio_keys(text), None)


_MEASURE = {
    "hazard": "HR",
    "hazards": "HR",
    "odds": "OR",
    "risk": "RR",
    "relative": "RR",
    "rate": "RR",
    "incidence": "RR",
    "prevalence": "RR",
}
# A number that is not the value: a percentage, a duration, a count, a p-value,
# a sample size, or the first bound of a range.
_NOT_VALUE_AFTER = re.compile(
    r"\s*(?:%|(?:months?|mo|years?|yrs?|weeks?|wks?|days?|patients|participants|subjects|events"
    r"|deaths|cycles|mg|g|kg|cm|mm|ml|h|hours?|beats|bpm|mmHg|ng|IU|U|times)\b|/min"
    # a duration or a dose joined by a hyphen: "3-month", "the 3-mg dose"
    r"|[-–]\s*(?:months?|years?|weeks?|days?|hours?|mg|µg|μg|mcg|g|kg|ml)\b|[-–]\s*\d+\s*%)"
)
_NOT_VALUE_BEFORE = re.compile(
    # (a dash spaced after a word is punctuation, not a range: "two hazard ratios were
    # given - 0.99 (95% CI 0.70-1.39) for months 0-12 and ...")
    r"(?:\b[Pp]\s*(?:-?\s*values?)?\s*[=<>≤≥:]|\b[nN]\s*=|\bat|\bphase|[/<>≤≥]|(?<![A-Za-z]\s)-"
    r"|\bmargin\s+(?:of\s+)?"
    # an exposure's increment: "Hazard ratios for death per 10-unit increase", "for each 5 kg"
    r"|\bper|\bfor\s+(?:each|every))\s*$"
)
# "(hazard ratio from a Cox model stratified by ECOG performance status, 0.74)": the
# factors the analysis was stratified or adjusted by are not the subject of the ratio
_STRATIFIED_BY_RE = re.compile(
    r"\b(?:stratified|adjusted)\s+(?:by|for|according\s+to)\s+[^,;()]{0,80}"
)
# A quantity of another kind named between two values ends the run of ratio values:
# "(hazard ratio, 0.61; 95% CI, 0.51 to 0.72; number needed to treat, 19 [95% CI, 15 to 27])"
_OTHER_QUANTITY_RE = re.compile(
    r"\bnumbers?\s+needed\s+to\s+(?:treat|harm)\b|\bNN[TH]\b|\bdifference\b|\bpercentage\s+points?\b"
    r"|\babsolute\s+(?:risk\s+)?reduction\b",
    re.IGNORECASE,
)
# "Holman RR(1), Bethel MA": an author's initials with an affiliation mark, not a ratio
_AUTHOR_INITIALS_RE = re.compile(r"\(\d{1,2}(?:,\s?\d{1,2})*\)\s*[,;]")
_QUALIFIER_LIMIT = {"long": 140, "short": 140}
_CONTINUATION_GAP = 90
# Design parameters, not results: "a non-inferiority margin of 1.08", "to detect a hazard ratio of 0.75".
_NOT_AN_ESTIMATE = re.compile(
    r"\b(?:margin|threshold|boundary|upper\s+bound|assum\w*|target|detect)\b", re.IGNORECASE
)
_NOT_AN_ESTIMATE_BEFORE = re.compile(
    r"\b(?:margin|threshold|boundary|assum\w*|hypothes\w*|target|power\w*|detect|expected|sample\s+size)\b[^.;()]{0,40}$",
    re.IGNORECASE,
)
# its words, searched first in lower-cased text (a fast scan; the pattern tries every offset)
_NOT_AN_ESTIMATE_WORDS_RE = re.compile(
    r"margin|threshold|boundary|assum|hypothes|target|power|detect|expected|sample"
)
# A value without an interval in a sentence about the design ("power to detect ... (a hazard
# ratio of 0.75)", "a relative risk of 1.3 as the marginal upper boundary"), or
# right after a comparison word ("had to fall below 1.46", "did not exceed 1.25"), is a
# margin, threshold or assumption, never an estimate.
_DESIGN_SENTENCE_RE = re.compile(
    # (whole words: "marginally improved OS (HR 0.87; P = .09)" and "was detected" report
    # results, "margin" and "to detect" the design)
    r"\b(?:power(?:ed)?|(?:to|could|would)\s+detect|detectable|margins?|non-?inferior\w*|boundar\w*"
    r"|assum\w*|hypothes\w*|sample\s+size|designed"
    r"|threshold|would\s+be\s+(?:declared|shown|established|concluded))\b",
    re.IGNORECASE,
)
_THRESHOLD_BEFORE_RE = re.compile(
    r"\b(?:below|exceed(?:ed|s|ing)?|less\s+than|lower\s+than|greater\s+than|more\s+than|under|above|at\s+most"
    r"|at\s+least|rule\s+out)\s*$|[<>≤≥]\s*$",
    re.IGNORECASE,
)


# what an interval does to the null value of a ratio: "a confidence interval that excluded 1",
# "did not include 1", "crossed 1", "spanned 1.0"
_NULL_VALUE_BEFORE_RE = re.compile(
    r"\b(?:exclud|includ|cross|span|overlap|straddl|touch)\w*\s+(?:the\s+value\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def _design_value(text: str, sent_start: int, value_start: int, sent_end: int) -> bool:
    before = text[sent_start:value_start]
    return bool(
        _THRESHOLD_BEFORE_RE.search(before[-25:])
        or _DESIGN_SENTENCE_RE.search(text, sent_start, sent_end)
    )


# Doses and schedules naming an arm between two values of one measure
_DOSE_RE = re.compile(
    r"\b\d+(?:[.·]\d+)?\s*(?:mg|g|µg|μg|mcg|IU|U|mL|ml)(?:/(?:kg|m2|m²|day|d))?\b"
    r"|\b(?:once|twice)\s+(?:daily|weekly)\b|\bevery\s+\d+\s+(?:weeks?|days?)\b|\bq\d+w\b",
    re.IGNORECASE,
)
_STANDALONE_NUMBER = re.compile(r"(?<![A-Za-z\d-])\d+(?![A-Za-z\d])")
_LEVEL_IN_QUALIFIER = re.compile(r"(?<![\d.·])(\d{1,2}(?:[.·]\d+)?)\s*%\s*(?:CI|confidence)")

# --------------------------------------------------------------------------- proportions and medians

# These whole-text patterns open with their first character and check the one before it
# after that ("\d(?<![\d.].)" is "(?<![\d.])\d"): a pattern that opens with a look-behind gets
# no fast scan for its first character from the regex engine, and is tried at every offset.
PERCENT_RE = re.compile(
    rf"(?P<value>\d(?<![\d.{_D}].)\d*(?:[.{_D}]\d+)?)\s*%(?!\s*(?:CI|C\.I|confidence|credible|CrI|BCI))"
)
MEDIAN_RE = re.compile(
    # (the word's start looked behind only after its second letter: a fast scan for the first)
    rf"(?:Me(?<![A-Za-z]..)dian|ME(?<![A-Za-z]..)DIAN|me(?<![A-Za-z]..)dian)(?P<mid>[^.;%\d]{{0,80}}?)(?P<value>{NUM})"
    # "10.7 vs 7.9 months": two arms' medians sharing one unit
    rf"(?:\s*(?:vs\.?|versus|v|and|compared\s+with)\s+(?P<value2>{NUM}))?"
    rf"\s*(?P<unit>(?i:months?|mo|years?|weeks?|days?))\b",
)
_MEDIAN_EXCLUDED = re.compile(
    r"follow[-\s]?up|\bage\b|\baged\b|duration\s+of\s+(?:treatment|therapy|exposure)|time\s+on\s+(?:treatment|study)"
    r"|\bdose|\bcycles?|\btreatment\s+duration|observation\s+(?:time|period)|\binterval\b",
    re.IGNORECASE,
)
# "improved median survival by nearly 3 months": a difference, not a median
_MEDIAN_DIFFERENCE_RE = re.compile(
    r"\bby(?:\s+(?:nearly|about|approximately|almost|around|roughly|more\s+than|over|an?\s+additional))?\s*$",
    re.IGNORECASE,
)
MEDIAN_NEXT_RE = re.compile(
    rf"[ \t)\]]*(?:,\s*|[^\S \t]\s*)?(?:and|versus|vs\.?|compared\s+with|as\s+compared\s+with)\s+(?:(?:was|of)\s+)?"
    rf"(?P<value>{NUM})\s*(?P<unit>months?|mo|years?|weeks?|days?)?\b"
)
ARM_AFTER_RE = re.compile(
    r"\s*(?:,\s*)?(?:in|for|with|among)\s+(?:the\s+|patients\s+(?:receiving|treated\s+with|in\s+the\s+)?)?"
    r"(?P<arm>[\w+/\-]+(?:\s+[\w+/\-]+){0,4}?)\s+(?:arm|group|cohort)s?\b"
)
# "8.2 months with drugamab": only arms the document names count
ARM_WITH_RE = re.compile(
    r"\s*(?:,\s*)?(?:with|for|on|receiving)\s+(?P<arm>[\w+\-]+(?:\s+[\w+\-]+){0,3}?)"
    r"(?=\s*(?:[,;)(\]]|\.(?!\d)|and\b|vs\.?|versus\b|compared\b|$))"
)
ARM_MENTION_RE = re.compile(
    r"\b(?:in|for|with|among|of|versus|vs\.?|and)\s+(?:the\s+)?"
    r"(?P<arm>[\w+/\-]+(?:\s+[\w+/\-]+){0,4}?)\s+(?:arm|group|cohort)s?\b",
    re.IGNORECASE,
)
_ARM_NOUNS = ("arm", "group", "cohort")  # (every match of ARM_MENTION_RE ends in one)
_ARM_STOPWORDS = frozenset(
    "the a an two both each either all this that same other treatment study control".split()
)

# --------------------------------------------------------------------------- orientation and roles

SLASH_ORIENTATION_RE = re.compile(
    r"[(\[]\s*(?P<a>[A-Za-z][\w+ \-]{0,40}?)\s*(?:/|:|\bvs\.?|\bversus)\s*(?P<b>[A-Za-z][\w+ \-]{0,40}?)\s*[)\]]"
)
VERSUS_RE = re.compile(
    # ("in the A group, as compared with the B group": a comma may come before "as compared")
    r"(?P<a>[A-Za-z][\w+\-–]*(?:\s+[\w+\-–]+){0,5}?)(?:\s+|,\s+(?=as\s))(?:vs\.?|v\.?|versus|(?:as\s+)?compared\s+(?:with|to)|relative\s+to|over)\s+"
    # (the comparator ends before a pronoun too: "for the 10-mg dose as compared with placebo
    # it was 0.55"; those words whole: "versus SGLT2 inhibitors", "vs standard insulin")
    r"(?:the\s+)?(?P<b>[A-Za-z][\w+\-–]*(?:\s+(?!(?:groups?|arms?|was|were|is|of|in|for|it|they)\b)[\w+\-–]+){0,5}?)"
    r"(?=\s*(?:[,;:)\]=]|\b(?:groups?|arms?|was|were|is|of|in|for|at|it|they)\b|$))"
)
# what every match of each holds: its connector (tests/test_extraction_prefilters.py)
_ORIENTATION_PREFILTERS = {
    SLASH_ORIENTATION_RE: re.compile(r"[(\[][^)\]]*?(?:/|:|vs|versus)"),
    VERSUS_RE: re.compile(
        r"\s(?:vs|v|versus|(?:as\s+)?compared\s+(?:with|to)|relative\s+to|over)\.?\s"
    ),
}
_ARM_LEAD = re.compile(
    r"^.*\b(?:with|in|for|of|among|receiving|comparing|the|between|death|progression|survival|risk|ratio|hr)\b\s*",
    re.IGNORECASE,
)
SUBGROUP_STRONG_RE = re.compile(
    r"\bsub-?groups?\b|\bsubsets?\b|\bstrat(?:um|a)\b|\binteraction\b|\bsubpopulations?\b"
    # "across categories of", not a scale's "eight-category ordinal scale"
    r"|(?<!-)\bcategor(?:y|ies)\b(?!\s+(?:ordinal\s+)?scale)"
    # a group the protocol set apart, or set apart by its risk: "In the pre-specified
    # higher-risk group (pT3 or greater ...)", "in the lower-risk stratum"
    r"|\b(?:pre-?specified|pre-?defined|pre-?planned)\s+(?:[\w-]+\s+){0,3}?(?:group|subset|cohort)\b"
    r"|\b(?:higher|lower)[-\s]risk\s+(?:group|cohort|patients|participants)\b",
    re.IGNORECASE,
)
# a population named back at the start of a sentence: "In that population,", "Among them,",
# "Among these 468 patients,", "In this subgroup," (on lower-cased text)
_POPULATION_NAMED_BACK_RE = re.compile(
    r"\s*(?:[a-z]+:\s*)?(?:in\s+(?:that|this)\s+(?:population|subgroup|subset)"
    r"|among\s+(?:them|these(?:\s+\d[\d,]*)?\s+(?:patients|participants|women|men|children|infants))"
    r"|in\s+these(?:\s+\d[\d,]*)?\s+(?:patients|participants|women|men|children|infants))\b"
)
# a subset counted: "468 had no brain metastases", "604 (75.3%) had left-sided tumors",
# "563 had confirmed PD-L1 of at least 50%"
_SUBSET_COUNT_RE = re.compile(
    r"(?<![\d.,])\d[\d,]*\s+(?:\(\d+(?:[.·]\d+)?\s*%\)\s+)?(?:\w+\s+)?(?:had|carried|harbou?red)\s"
)
_GROUP_NAMED_BACK_RE = re.compile(
    r"\b(?:in|among|within)\s+(?:this|that|these|those|the\s+latter|the\s+former)\s+groups?\b"
)
# (people named by the arm they were assigned to are the arm, not a population: "Among men
# assigned to radical prostatectomy", "in those who were randomized to placebo"; not "women
# randomised before delivery", nor care other than an arm, "men receiving early docetaxel")
# (or not given it, in a factorial trial: "in patients not assigned probucol")
_GIVEN_AN_ARM = (
    r"(?!\s+(?:who\s+(?:were|was)\s+)?(?:(?:assigned|allocated|randomi[sz]ed)\s+to"
    r"|not\s+(?:assigned|allocated|randomi[sz]ed|given))\b)"
)
SUBGROUP_WEAK_RE = re.compile(
    r"\b(?:in|among|for)\s+(?:the\s+)?(?:patients|those|participants|subjects|women|men|children|adults|elderly"
    r"|older|younger|individuals|cases|people|persons|infants|babies|neonates|newborns|girls|boys|pts)"
    rf"{_GIVEN_AN_ARM}\s+(?:with|who|aged|whose|without|older|younger|≥|<|>|of|at"
    # (a population set apart by its history or state: "In patients previously treated with
    # both ...", "Among patients infected with A baumannii", "among infants not at high
    # risk", "Among 164 patients undergoing left colectomy")
    r"|previously|already|newly|infected|undergoing|not|presenting|admitted|requiring|born)\b"
    # (smokers by their habit too: "Among current smokers, MP was associated with less
    # recurrence", "in never-smokers")
    rf"|\b(?:in|among)\s+(?:women|men|girls|boys|the\s+elderly|elderly"
    rf"|(?:(?:current|former|ex|never|heavy|light|active)[\s-]+)?(?:non-?)?smokers)\b{_GIVEN_AN_ARM}"
    r"|\b(?:in|among)\s+(?:the\s+)?(?:non-?)?(?:Asian|Caucasian|White|Black|Japanese|Chinese|Korean|European|American|Western|Eastern|Hispanic)s?\b"
    r"|\b(?:in|among)\s+(?!(?:all|the|these|those|both|randomi[sz]ed|treated|evaluable|assigned|overall|enrolled|eligible"
    r"|more|fewer|less|most|many|few|some|significantly|fewer|similar"
    # an arm's people: "than in control infants", "in intervention patients"
    r"|control|intervention|placebo|sham|usual[-\s]care"
    # a count of patients, not a kind: "occurred in seven patients (0.3%) in each group"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundreds?|dozens?)\b|\d)"
    r"[\w-]+(?:\s+[\w-]+){0,2}\s+(?:patients|participants|women|men|subjects|persons|people"
    # (people set apart by their response or their genes: "Among stable responders",
    # "in APOE4 carriers")
    r"|individuals|adults|children|infants|responders|non-?responders|carriers|non-?carriers)\b"
    # "the percentage of patients with disability worsening" names an outcome, not a subgroup
    r"|(?<!percentage\s)(?<!proportion\s)(?<!number\s)(?<!rates\s)(?<!rate\s)"
    # "including those with diabetes", "including 120 women"; not an endpoint's parts
    # ("more frequent ..., including intracranial haemorrhage (HR 1.42")
    r"\bof\s+(?:the\s+)?(?:patients|participants|women|men)\s+with\b"
    r"|\bincluding\s+(?:the\s+)?(?:those|patients|participants|subjects|women|men|children|adults"
    r"|individuals|people|\d)"
    # "in the PD-L1 high", "among HER2-negative"; not an arm named by its level, "in the
    # low-PEEP group"
    # (also counted, or a state of infection or treatment: "among the 98 HIV-infected
    # patients", "in treatment-naive patients")
    r"|\b(?:in|among)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?!the\b)[\w-]+[ \t-](?:positive|negative|mutant|mutated"
    r"|unmutated|wild-type|high|low|infected|naive|naïve)\b"
    r"|\b(?:aged|age)\s*(?:≥|>|<|≤|over|under)"
    # a subset chosen after randomisation by how patients fared: "hazard ratio for
    # progression among responders", "in completers"
    r"|\b(?:in|among)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:non-?)?(?:responders|completers)\b"
    # a stage, grade or zone of the disease: "A significant treatment effect was found for zone
    # I disease (odds ratio, 0.09", "in stage II (", "among grade 3 tumours"
    r"|\b(?:in|for|among)\s+(?:patients\s+with\s+)?(?:the\s+)?(?:zone|stage|grade|class|tier)\s+"
    r"(?:[IVX]+|\d+)[a-c]?\b",
    re.IGNORECASE,
)
# a population named by its count alone: "Among the 165 with methylated MGMT promoters"
# (apart from SUBGROUP_WEAK_RE: its words are too common for that pattern's word filter)
# (or with its people: "among the 740 women with preexisting hypertension")
_COUNT_POPULATION_RE = re.compile(
    r"\b(?:in|among)\s+(?:the\s+)?\d[\d,]*\s+(?:(?:women|men|patients|participants|subjects"
    r"|children|infants|adults|people|individuals)\s+)?(?:with|without|whose|undergoing|aged"
    r"|previously|infected)\b"
)
# A population defined by its state at entry, a category of a baseline measure, or a named
# part of a trial's randomised population ("among participants receiving an SGLT2 inhibitor
# at baseline", "by baseline eGFR", "in the highest NT-proBNP quartile", "in the full-dose
# cohort", "in the low/medium tau population"): a subgroup whether or not the whole
# population's estimate has been given. Read only in randomised trials: in a cohort study
# "the validation cohort" is the study itself.
# the whole population named after any other before the estimate ("... in the low/medium
# tau population (hazard ratio, 0.62 ...), and a 37% lower risk in the combined
# population (hazard ratio, 0.63"): the main comparison's value
_ALL_RANDOMISED_RE = re.compile(
    r"\ball\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:randomi[sz]ed|randomly\s+assigned|enrolled)\s+"
    r"(?:patients|participants|women|men|children|infants|adults|subjects)\b"
    r"|\ball\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:patients|participants)\s+(?:who\s+(?:were|had\s+been)\s+)?"
    r"(?:randomi[sz]ed|randomly\s+assigned)\b"
)
_WHOLE_POPULATION_LAST_RE = re.compile(
    r"(?:\b(?:in|among)\s+(?:the\s+)?(?:overall|whole|entire|total|combined|intention-to-treat"
    r"|intent-to-treat|itt|full[\s-]analysis)\s+(?:study\s+)?population\b"
    # (or "in all randomly assigned patients", "and overall (")
    r"|\b(?:in|among)\s+all\s+(?:the\s+)?(?:randomi[sz]ed|randomly\s+assigned|enrolled)\s+"
    r"(?:patients|participants)\b|\band\s+overall\s*$)"
    r"(?![^.;]*\b(?:population|cohort|stratum|subgroup)\b)[^.;]*$"
)


def _lead_in(lowered: str) -> str:
    """``lowered`` up to the estimate's own bracket, when it opens one ("... in the overall
    population (median, 7.2 vs. 3.8 months; hazard ratio" is "... in the overall population")."""
    i = lowered.rfind("(")
    return lowered[:i] if i != -1 and ")" not in lowered[i:] else lowered


SUBGROUP_POPULATION_RE = re.compile(
    r"\b(?:among|in)\s+(?:the\s+)?(?:patients|participants|those|subjects|individuals)\s+"
    r"(?:who\s+(?:were|was)\s+)?(?:not\s+)?(?:receiving|on|taking|using|treated\s+with|with|without)\b"
    r"[^.;]{0,80}?\bat\s+(?:baseline|randomi[sz]ation|enrol?ment|study\s+entry|entry)\b"
    r"|\bby\s+baseline\s+[\w-]+"
    r"|\b(?:quartiles?|tertiles?|quintiles?|deciles?)\b"
    r"|\b(?:patients|participants|subjects)\s+without\s+(?:baseline|prior|previous)\b"
    r"|\b(?:in|among)\s+(?:both\s+)?the\s+(?!(?:overall|whole|entire|study|total|intention|intent|itt"
    r"|full[\\s-]analysis|safety|modified|mitt|per|efficacy|evaluable|randomi[sz]ed|primary|treated|main|trial|same"
    r"|two|three|both|pooled|combined|analysis)\b)[\w/≥<>%.-]+(?:\s+[\w/≥<>%.-]+){0,7}?\s+"
    r"(?:cohort|population|stratum)\b",
    re.IGNORECASE,
)
BIOMARKER_RE = re.compile(
    r"\b(?:multivariat\w*|multivariabl\w*|univariat\w*|univariabl\w*|Cox\s+(?:proportional|regression|model)"
    r"|prognostic|predictive|predictors?|independent(?:ly)?\s+(?:prognostic|predictor|predictive|associated|factor)"
    r"|biomarkers?|levels?|expression|express\w*|per\s+(?:unit|\d|one|each|1-)|risk\s+factors?|associated\s+with"
    r"|mutations?|polymorphisms?|genotypes?|scores?|covariates?|baseline)\b",
    re.IGNORECASE,
)
BIOMARKER_STRONG_RE = re.compile(
    # "In the same model, hepatic encephalopathy at baseline (odds ratio, 2.21": a covariate
    # of the model the text has described
    r"\b(?:in|from)\s+(?:the\s+same|this|that)\s+(?:[\w-]+\s+)?model\b|"
    r"\b(?:levels?|expression|biomarkers?|mutations?|polymorphisms?|genotypes?|prognostic|per\s+(?:unit|\d|one|each|1-)"
    r"|predictors?|independent(?:ly)?\s+(?:prognostic|predictor|predictive|associated|factor))\b",
    re.IGNORECASE,
)
QUOTED_RE = re.compile(
    r"\bmeta-?\s?analys[ie]s\b|(?<!prespecified\s)(?<!pre-specified\s)\bpooled\s+analys[ie]s\b"
    r"|\b(?:prior|earlier|previous|other|published)\s+(?:randomi[sz]ed\s+)?(?:trials?|stud(?:y|ies)|analys[ie]s|reports?)\b"
    # ... described between: "In the single-centre phase II trial in Glasgow" is not; "an
    # earlier phase II trial in Glasgow", "A separate Swiss trial, ESTxENDS, ...", "a
    # companion placebo-controlled trial" are
    r"|\b(?:an?|the)\s+(?:prior|earlier|previous|separate|companion|predecessor|preceding)\s+"
    r"(?:[\w-]+\s+){1,3}?(?:trials?|stud(?:y|ies))\b"
    r"|\bhas\s+been\s+shown\b|\bhave\s+shown\b"
    # a review quoted: "A review of 31 trials published in 2023 found that", "a systematic
    # review", "the Cochrane review"
    r"|\b(?:systematic|cochrane)\s+reviews?\b"
    r"|\breview\s+of\s+(?:\d+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:trials|studies)\b"
    # an estimate pooled over trials or cohorts: "(pooled risk ratio 0.40", "pooled HR: 0.81",
    # "Pooling six randomized trials (3891 patients), ...", "In the combined analysis, ..."
    # (not arms pooled within one trial: "the pooled dose groups")
    r"|\bpooled\s+(?:adjusted\s+)?(?:hazard|odds|risk|rate|relative|estimates?|HRs?|ORs?|RRs?)\b"
    # (the measure itself is the key, after the text searched: "pooled" closes that text,
    # before the qualifier that follows the measure's name, "for death")
    r"|\bpooled(?:\s+adjusted)?\s+[:,=]?\s*(?:(?:for|of|in)\b[^()]{0,60})?$"
    r"|\bpooling\s+(?:the\s+)?(?:data\s+(?:of|from)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:trials|studies|cohorts)\b"
    r"|\bcombined\s+analys[ie]s\b",
    re.IGNORECASE,
)
ASSOCIATION_RE = re.compile(
    r"\b(?:associated\s+with|multivariat\w*|multivariabl\w*|univariat\w*|univariabl\w*|Cox\s+(?:proportional|regression|model)"
    r"|prognostic|predict\w*"
    # "an independent predictor", "independently associated"; not a trial's "independent
    # central review", "independent data monitoring committee" or "independently assessed"
    r"|independent(?:ly)?\s+(?:associated|predict\w*|prognostic|(?:risk\s+)?factors?|determinants?"
    r"|correlat\w*|variables?|significant|contribut\w*)|per\s+(?:unit|\d|one|each|1-)|presence\s+of|risk\s+factors?"
    r"|levels?\s+(?:was|were)"
    # "Other covariates retained in the model were ECOG performance status 1 versus 0 (..."
    r"|covariates?|retained\s+in\s+the\s+model"
    # "In the adjusted model, black race [odds ratio ...]"
    r"|(?:multivariable-|covariate-)?adjusted\s+(?:logistic\s+|Cox\s+|regression\s+)?models?)\b",
    re.IGNORECASE,
)
METHODS_HEADING_RE = re.compile(
    r"(?:^|\n|[.:]\s+)(?:METHODS|Methods|Patients and [Mm]ethods|PATIENTS AND METHODS|Materials and [Mm]ethods"
    r"|Design|DESIGN|Study design)\b\s*[:.\n]"
)
# Analyses that depart from the randomised comparison: crossover adjustment, censoring, per protocol.
SENSITIVITY_RE = re.compile(
    r"\bcensor\w*|\bcross-?over[-\s]adjusted|\badjust\w*\s+for\s+(?:the\s+)?cross-?over|\bsensitivity\s+analys[ie]s"
    r"|\bper[-\s]protocol|\bon[-\s]treatment\s+(?:analys[ie]s|population)|\bas[-\s]treated"
    # "In the prespecified intervention-period analysis": events while on the assigned drug
    r"|\b(?:intervention|treatment|on-treatment)[-\s]period\s+analys[ie]s"
    r"|\brank[-\s]preserving|\btwo-stage\s+(?:method|model|adjustment)|\binverse\s+probability"
    # the treatment actually received rather than the one assigned
    r"|\baccording\s+to\s+(?:the\s+)?treatment\s+(?:\w+\s+){0,2}?received\b|\btreatment[-\s]received\b"
    r"|\bwho\s+actually\s+(?:received|started|took|completed)\b"
    # patients kept by an event after randomisation: "among patients treated beyond
    # progression" (its endpoint word may have been blanked)
    r"|\btreated\s+beyond\s+(?:(?:radiographic|disease|first)\s+)?(?:progression\b|\s)"
    # a re-analysis adjusted after the fact: "After adjustment for all retained variables",
    # "After prespecified adjustment for imbalances in baseline characteristics"
    r"|\b(?:after|with)\s+(?:(?:prespecified|pre-specified|further|additional|multivariable)\s+)?adjustment\s+for\b"
    # an analysis adjusted for baseline covariates beside the randomised one: "In a
    # prespecified logistic-regression analysis adjusted for baseline prognostic variables",
    # "Multivariate analyses adjusting for baseline risk factors gave similar results"
    # (the primary analysis is the trial's own comparison, adjusted or not)
    r"|(?<!primary\s)\b(?:analys[ie]s|model)\s+(?:adjusted|adjusting)\s+for\s+(?:the\s+|other\s+)?(?:baseline|prognostic"
    r"|covariates|known|potential\s+confounders|confounders|imbalances)\b"
    # a comparison the randomisation does not protect: patients kept by what happened after
    # it ("restricted to patients who did not receive subsequent immunotherapy", "a
    # landmark analysis", "those who achieved LDL cholesterol below 1.8 mmol/L"), or the
    # stratified primary analysis repeated without its strata ("The unstratified analysis")
    r"|\blandmark\s+analys[ie]s\b|\bunstratified\s+(?:analys[ie]s|hazard|cox|model|log-rank)\b"
    r"|\brestricted\s+to\s+(?:the\s+)?(?:patients|participants|those)\s+(?:who\s+(?:did|had)\s+not"
    r"\s+(?:receive|start|cross)|alive)\b"
    r"|\b(?:who|those)\s+achiev(?:ed|ing)\b[^.;()]{0,50}?(?:\b(?:below|above|under|targets?)\b|[<>≤≥])"
    # a comparison corrected for what happened after randomisation ("After correction for men
    # in the screening arm who never attended and for contamination in the control arm",
    # "adjusted for noncompliance"), or re-estimated controlling for covariates ("Controlling
    # for sexual behaviour ... did not materially change the result (adjusted RR 0.39")
    r"|\b(?:correct\w*|adjust\w*)\s+for\b[^.;()]{0,80}?\b(?:never\s+attended|non-?attendance"
    r"|contamination|non-?compliance|non-?adherence|selection\s+bias|self-selection)"
    r"|\bcontrolling\s+for\b"
    # a sentence opening on an analysis beside the primary one: "Without adjustment, the
    # hazard ratio was 0.41", "In an unadjusted analysis, the HR was 0.56" (not "In the
    # unadjusted analysis", the trial's own), "Adjusting for age ... made no difference"
    r"|^\s*(?:[a-z][a-z ]{0,30}:\s*)?(?:without\s+adjustment\b|in\s+an\s+unadjusted\s+analysis\b"
    r"|adjusting\s+for\b)"
    # a comparison within the arms over time, not between them: "Within each group, hazard
    # ratios ... in the intervention period versus the baseline period were 0.92 ..."
    r"|\b(?:intervention|treatment)\s+period\s+(?:versus|vs\.?|compared\s+with)\s+(?:the\s+)?"
    r"(?:baseline|pre-?intervention|control)\s+period\b"
    # early follow-up left out, a landmark by another name: "When the first 2 years of
    # follow-up were excluded", "excluding the first year of follow-up", "after excluding
    # deaths in the first two years"
    r"|\b(?:first|initial)\s+(?:\d+|one|two|three|four|five)?\s*(?:years?|months?|weeks?)"
    r"(?:\s+of\s+follow-?up)?\s+(?:were|was)\s+excluded\b"
    r"|\bexcluding\s+(?:the\s+)?(?:(?:events|deaths|cases|outcomes)\s+(?:in|during|within)\s+the\s+)?"
    r"(?:first|initial)\s+(?:\d+|one|two|three|four|five)?\s*(?:years?|months?|weeks?)\b"
    # a per-protocol analysis by another name: "After exclusion of women with major protocol
    # deviations", "excluding protocol violators"
    r"|\bprotocol\s+(?:deviations?|violations?|deviators|violators)\b"
    # people kept by how they took the treatment after randomisation: "Among participants
    # who reached and maintained a dose of at least 1.25 mg", "in those who adhered to"
    # (not "who received at least one dose": the modified intention-to-treat population)
    r"|\bwho\s+(?:reached|maintained|adhered|complied|tolerated)\b"
    # an analysis leaving out patients after randomisation: "A modified intention-to-treat
    # analysis that excluded 6 patients who had a primary end-point event before infusion",
    # "In the efficacy population (excluding 18 pts without GIST ...)"
    r"|\b(?:analys[ie]s|population)\s+(?:that|which)\s+excluded\b|\befficacy\s+population\b"
    # the same comparison in another model or repeated: "In a negative binomial model of the
    # same outcome, the incidence rate ratio ...", "the primary comparison was repeated in a
    # Cox model that also adjusted for these factors"
    r"|\b(?:model|analysis)\s+of\s+the\s+same\s+(?:outcome|end\s*-?\s*point|data)\b"
    r"|\b(?:comparison|analysis)\s+was\s+repeated\b",
    re.IGNORECASE,
)
LEADING_SUBGROUP_RE = re.compile(
    r"(?:Among|In)\s+(?!(?:all|the|these|both|randomi[sz]ed|treated|evaluable|overall|enrolled|eligible)\b|\d)"
    r"[\w-]+(?:\s+[\w-]+){0,3}\s+(?:patients|participants|women|men|subjects)\b"
)
OTHER_TRIAL_RE = re.compile(
    r"\b(?:[Ii]n|[Ff]rom|[Oo]f)\s+the\s+(?P<name>[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)\s+(?:trial|study)\b"
)
# "in FIRE-3, for example,", "in FIGARO-DKD hospitalization ... fell": a name shaped like a
# trial's (capitals joined to capitals or digits by a hyphen), not a marker ("PD-L1-positive")
# (opening with its letter and looking behind it for the word boundary, "\b[Ii]n" as it was:
# the engine then scans for the letter instead of trying the pattern at every offset)
IN_NAMED_TRIAL_RE = re.compile(
    r"[Ii](?<!\w.)n\s+(?:the\s+)?(?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)+)\b"
    # (nor an arm: "in the ICD-CRT group")
    r"(?![-+/]|\s*(?:positive|negative|high|low|expression|express|mutat|status|score|level"
    r"|groups?\b|arms?\b))"
)
# what every name IN_NAMED_TRIAL_RE takes holds ("ABC-1")
_TRIAL_SHAPED_RE = re.compile(r"[A-Z][A-Z0-9]{2,}-[A-Z0-9]")
OVERALL_POPULATION_RE = re.compile(
    r"\b(?:overall|whole|entire|intention-to-treat|intent-to-treat|ITT|full\s+analysis)\s+(?:study\s+)?population\b"
    # within its sentence: no full stop but a decimal point ("93.6% and 63.7%")
    r"(?:[^.]|\.(?=\d)){0,200}?(?:(?i:hazard\s+ratio|\bHR\b)"
    # or a Lancet-style ratio without its name: "(0·82, 0·69–0·97"
    r"|\(\d[.·]\d+,\s*\d[.·]\d+\s*[–-]\s*\d[.·]\d+)",
    re.IGNORECASE,
)
# Wording that makes a sentence about a treatment comparison.
TREATMENT_CUE_RE = re.compile(
    r"\b(?:placebo|treatment\s+with|treated\s+with|randomi[sz]ed\s+to|assigned\s+to"
    r"|the\s+addition\s+of|combination|chemotherapy|arms?|(?<!risk\s)groups?)\b"
    r"|\b\w+(?:nib|mab|umab|ximab|zumab|platin|taxel|rubicin|limus|ciclib|parib)\b",
    re.IGNORECASE,
)
# A patient characteristic as the subject of an association: prognostic whatever else the sentence names.
COVARIATE_RE = re.compile(
    r"\b(?:levels?|expression|mutations?|polymorphisms?|genotypes?|baseline|status|scores?|presence\s+of"
    r"|performance\s+status|ECOG|risk\s+group|stage|grade|age)\b",
    re.IGNORECASE,
)
COMPARATIVE_RE = re.compile(
    r"\b(?:vs\.?|versus|compared|than|favou?r\w*|groups?|arms?|reduc\w*|improv\w*)\b", re.IGNORECASE
)


RANGE = rf"(?P<lo>{NUM})\s*(?:{_DASH}|to\b)\s*(?P<hi>{NUM})"
RANGE_RE = re.compile(RANGE)
RESPECTIVELY_RE = re.compile(
    rf"(?P<more>(?:\s*(?:,|and|,\s*and)\s+{NUM})+)\s*(?:,\s*)?(?:respectively\s*)?(?:[,;]\s*)?(?:[(\[]\s*)?"
    rf"(?:(?P<level>\d{{1,2}}(?:[.{_D}]\d+)?)\s*(?:%|percent\b)[\s-]*)?(?:CIs?|(?i:confidence\s+intervals?))\s*[,:]?\s*"
    rf"(?P<ranges>{NUM}\s*(?:{_DASH}|to\b)\s*{NUM}(?:\s*(?:,|;|and|,\s*and)\s+{NUM}\s*(?:{_DASH}|to\b)\s*{NUM})+)"
)
RESPECTIVELY_OUTCOMES_RE = re.compile(
    r"[ \t)\]]*(?:,\s*|[^\S \t]\s*)?(?:for|in\s+terms\s+of)\s+(?P<names>[^.;()]{2,80}?),?\s+respectively"
)
# Registry results give the measure on its own line and the value and interval on the next
# lines: "Estimation Parameter: Hazard Ratio (HR)" / "Estimated Value: 0.69" /
# "Confidence Interval (2-Sided) 95% 0.55 to 0.87" (also "Confidence Interval: (2-Sided) 95%",
# and with the bounds on a line of their own).
REGISTRY_FOLLOWING_RE = re.compile(
    # the value on the next line ("Hazard Ratio (HR)\n0.74") or on the same one ("Hazard Ratio (HR) 0.74",
    # "Hazard Ratio (HR): 0.43"), the interval on the lines after it
    # (the EU register's "Point estimate: 3.40" too)
    # (each run of spaces taken from its start, so a long run is not tried at every offset)
    rf"[^\d\n]{{0,200}}?(?:(?<![ \t])(?:[ \t]*\r?\n)+[ \t]*|(?<=[):])[ \t]*|(?<![ \t])[ \t]+)(?:(?i:Estimated[ \t]+Value|Point[ \t]+estimate)[ \t]*:?[ \t]*)?(?P<value>{NUM})[ \t]*(?=\r?\n|$)"
    rf"(?:(?:[ \t]*\r?\n)+[ \t]*(?:(?P<level0>\d{{1,2}}(?:\.\d+)?)[ \t]*%[ \t]*)?(?:(?i:Confidence[ \t]+Interval)|CI)[ \t]*(?::[ \t]*)?(?:\([^)\n]*\)[ \t]*)?(?::[ \t]*)?"
    # (a separator may follow the level: "Confidence Interval: (2-Sided) 95%; 0.97 to 1.17")
    rf"(?:(?P<level>\d{{1,2}}(?:\.\d+)?)[ \t]*%[ \t]*)?(?:[:;,][ \t]*)?(?:\r?\n[ \t]*)?"
    rf"(?P<lo>{NUM})[ \t]*(?:to|{_DASH})[ \t]*(?P<hi>{NUM}))?"
    # ... or the EU register's interval, its level and each bound on a line of its own:
    # "Confidence interval level: 95 %" / "Sides: 2-sided" / "Lower limit: 2.06" / "Upper
    # limit: 5.63", or as the register's page nests them under the heading "Confidence
    # interval": "level 95 %" / "sides 2-sided" / "lower limit 0.69" / "upper limit 0.97"
    # (a colon, a tab or spaces between a field and its value)
    rf"(?:(?:[ \t]*\r?\n)+[ \t]*Confidence[ \t]+interval(?:[ \t]*\r?\n)?[ \t]+(?i:level)[ \t]*:?[ \t]*"
    rf"(?P<level_eu>\d{{1,2}}(?:\.\d+)?)[ \t]*%[^\n]*(?:[ \t]*\r?\n)+[ \t]*(?:(?i:sides)[^\n]*(?:\r?\n)+[ \t]*)?"
    rf"(?i:lower[ \t]+limit)[ \t]*:?[ \t]*(?P<lo_eu>{NUM})[ \t]*(?:\r?\n)+[ \t]*(?i:upper[ \t]+limit)[ \t]*:?[ \t]*(?P<hi_eu>{NUM}))?"
)
# ("P-Value: 0.03", as the EU register prints it "P-value = 0.52")
REGISTRY_P_RE = re.compile(rf"P-[Vv]alue[ \t]*[:=][ \t]*(?:[<>≤≥=][ \t]*)?(?P<pv>{NUM})")
REGISTRY_ORIENTATION_RE = re.compile(
    # (any case: "Estimation comments: The hazard ratio is for drug A versus placebo")
    r"(?i:Estimation[ \t]+Comments):[^\n]*?(?:(?i:hazard|odds|risk)[ \t]+ratio|\b(?:HR|OR|RR))[ \t]+(?:is[ \t]+)?(?:for[ \t]+|of[ \t]+)?(?:the[ \t]+)?"
    r"(?P<a>[\w+\-– ]{1,40}?)[ \t]*(?:/|\bover\b|\bvs\.?|\bversus\b|\brelative[ \t]+to\b|\bcompared[ \t]+(?:with|to)\b)[ \t]*"
    r"(?P<b>[\w+\-– ]{1,40}?)[ \t]*(?:[.;,]|$)",
    re.MULTILINE,
)
# The label that opens an outcome measure's results in a registry record: "Outcome
# Measure: <title>", "1. Primary Outcome" (title on the next line), "Primary Outcome
# Measure", "Secondary Outcome Measure Title:", "Title: <title>"
_OUTCOME_HEADER_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}\.[ \t]*)?(?:(?:Primary|Secondary|Other[ \t]+Pre-?[Ss]pecified)[ \t]+)?"
    r"Outcome(?:[ \t]+Measures?)?(?:[ \t]+Title)?[ \t]*(?::|\r?$)"
    r"|^[ \t]*Title[ \t]*:"
    # (the EU register's results: "End point title: Incidence of ACLF at 12 months")
    r"|^[ \t]*End[ \t]+point[ \t]+title[ \t]*:",
    re.MULTILINE,
)
# (the words a header's line opens with: the header is looked for only after them)
_OUTCOME_HEADER_OPENER = line_start_opener(
    r"[ \t]*(?:\d|Primary|Secondary|Other|Outcome|Title|End)"
)
REGISTRY_ARMS_RE = re.compile(r"Arm/Group Title:[ \t]*(?P<arms>[^\n]*\|[^\n]*)")
# a statistical analysis's own groups: "Comparison Group Selection: Drug 180 mg, Placebo",
# "Comparison groups: Simvastatin + rifaximin v Placebo" (the EU register's "v")
REGISTRY_COMPARISON_GROUPS_RE = re.compile(
    r"Comparison[ \t]+[Gg]roups?(?:[ \t]+[Ss]election)?[ \t]*:[ \t]*(?P<a>[^,|\n]+?)[ \t]*"
    r"(?:[,|]|[ \t]v(?:s\.?|ersus)?[ \t])[ \t]*(?P<b>[^,|\n]+?)[ \t]*(?=\r?\n|$)"
)
_SECTION_LABEL_RE = re.compile(
    r"(?:RESULTS|Results|FINDINGS|Findings|CONCLUSIONS?|Conclusions?|INTERPRETATION|Interpretation)"
    r"[ \t]*:[ \t]*"
    # (JAMA's and the BMJ's headings in capitals without a colon: "RESULTS  During a median
    # treatment duration of 4.5 years, compared with ...")
    r"|(?:RESULTS|FINDINGS|CONCLUSIONS?|INTERPRETATION|MAIN[ \t]+RESULTS)[ \t]+"
)
# the pair a value is printed after: "Combination therapy versus valproate gave a hazard
# ratio of 0.59 (...), combination therapy versus lithium 0.82 (...)"
_PAIR_BEFORE_VALUE_RE = re.compile(
    r"[\s,;)\]]*(?:and\s+)?(?:the\s+)?(?P<a>[A-Za-z][\w+\-–]*(?:\s+[A-Za-z][\w+\-–]*){0,3}?)\s+(?:versus|vs\.?)\s+"
    r"(?:the\s+)?(?P<b>[A-Za-z][\w+\-–]*(?:\s+[A-Za-z][\w+\-–]*){0,3}?)"
    r"(?:\s+(?:gave|had|showed|yielded)\s+(?:an?\s+)?|\s*[:=,]?\s*|\s*[(\[]\s*)$"
)


def _pair_before_value(text: str, values, index: int, sent_start: int, key_start: int):
    """(numerator, denominator) a value is printed right after, or None: the pair before the
    measure's name for the first value, before the value itself for a later one."""
    lo, hi = (
        (sent_start, key_start) if index == 0 else (values[index - 1][3], values[index][0].start())
    )
    if hi - lo > 120:
        lo = hi - 120
    if text.find("vs", lo, hi) == -1 and text.find("versus", lo, hi) == -1:
        return None  # every pair holds its connector; most windows have none
    m = _PAIR_BEFORE_VALUE_RE.search(text, lo, hi)
    if not m:
        return None
    if (
        index > 0
        and (
            re.search(r"\b(?:for|with|in)\s+$", text[max(0, m.start("a") - 6) : m.start("a")])
            or re.match(r"(?:for|with|in)\s", m.group("a"), re.IGNORECASE)
        )
    ) or m.group("b").split()[-1].lower() in ("and", "or"):
        return None  # "... 0.93 (...) for celecoxib versus naproxen and 0.85": the value before's
    a, b = _clean_arm(m.group("a")), _clean_arm(m.group("b"))
    if not a or not b or a == b or not (_named_in_qualifier(a) and _named_in_qualifier(b)):
        return None
    return a, b


# a sentence headed by the comparison it reports: "For amlodipine vs chlorthalidone,
# secondary outcomes were similar except for ... (RR, 1.38; ...)"
LEAD_PAIR_RE = re.compile(
    # (or "For aspirin as compared with placebo, the aspirin primary outcome occurred in ...")
    r"(?:For|In)\s+(?:the\s+)?(?P<a>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)\s+"
    r"(?:vs\.?|versus|(?:as\s+)?compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?P<b>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)(?:\s+(?:groups?|arms?|comparison))?\s*,"
)
# ... or the group first, its measure's comparator after: "For the lower-dose combination
# group, the hazard ratio versus albuterol alone was 0.84"
LEAD_GROUP_VERSUS_RE = re.compile(
    r"(?:For|In)\s+the\s+(?P<a>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)\s+(?:group|arm),\s+the\s+"
    r"(?:[\w-]+\s+){0,3}?(?:ratio|HR|OR|RR|IRR)\s+(?:vs\.?|versus|(?:as\s+)?compared\s+(?:with|to)"
    r"|relative\s+to)\s+(?:the\s+)?(?P<b>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)"
    r"(?:\s+(?:group|arm))?\s+(?:was|were)\b"
)
# ... or opened by a participle or a clause that compares them: "Comparing PCI with CABG,
# 5-year estimates were ...", "When dapagliflozin was compared with placebo, ..."
LEAD_COMPARING_RE = re.compile(
    r"(?:Comparing|When)\s+(?:the\s+)?"
    r"(?!(?:compared|patients|participants|data|results|outcomes|analys[ie]s|rates)\b)"
    r"(?P<a>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)"
    r"(?:\s+(?:groups?|arms?))?\s+(?:(?:was|were)\s+compared\s+)?(?:with|to|versus|vs\.?)\s+(?:the\s+)?"
    r"(?P<b>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)(?:\s+(?:groups?|arms?))?\s*,"
)
LEAD_COMPARATOR_RE = re.compile(
    # (after a short opening phrase too: "Put the other way round, compared with Ven-Obi the
    # risk ... was almost three times as high with Clb-Obi (HR 2.86")
    r"(?:(?:Put|Seen|Viewed|Expressed|Looked\s+at)\s[^,;:()]{0,30},\s+"
    # (or after a phrase of time or setting: "During a median treatment duration of 4.5
    # years, compared with the enalapril group, the enalapril-folic acid group had", "At 12
    # months, compared with placebo, ...", "In the intention-to-treat population, ...")
    r"|(?:During|At|After|Over|By|In|Within|Throughout|Across|Among)\s[^,;:()]{0,70}"
    r"(?:\([^()]{0,40}\))?,\s+)?"
    # (and the other ways to set the comparator first: "Measured against mitoxantrone,",
    # "Set against twelve months,", "In comparison with placebo,")
    r"(?:Relative\s+to|(?:[Aa]s\s+|[Ww]hen\s+)?[Cc]ompared\s+(?:with|to)|Versus"
    r"|(?:(?:Measured|Set|Judged|Weighed)\s+)?[Aa]gainst|In\s+comparison\s+(?:with|to))\s+(?:the\s+)?"
    # (their count first: "Compared to 3,007 BGM controls,", as cohorts are written)
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)\s+(?=[A-Za-z]))?"
    # (the comparator's people named first: "Compared with women in other models of care,",
    # "compared with those receiving placebo,", "Compared with patients who received usual care,")
    r"(?:(?:women|men|patients|participants|those|children|infants|people|adults)\s+"
    r"(?:in\s+(?:the\s+)?|receiving\s+|given\s+|on\s+|who\s+(?:received|were\s+given)\s+))?"
    r"(?P<b>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)(?:\s+(?:treatment|therapy|groups?|arms?))?"
    r"(?:\s*,|\s+(?=the\s+(?:risk|rate|odds|hazard|incidence)\b))"
)


# ... or names it as the reference: "With the control group as reference (observed mortality
# 4.7%), HIIT gave ... (hazard ratio 0.63", "Using never users as the reference category,"
LEAD_REFERENCE_RE = re.compile(
    r"(?:With|Using|Taking)\s+(?:the\s+)?(?P<b>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)"
    r"(?:\s+(?:groups?|arms?))?\s+as\s+(?:the\s+)?(?:reference|comparator)(?:\s+(?:group|arm|category))?"
    r"(?:\s*\([^()\n]{0,80}\))?\s*,"
)


def _clean_subject(name: str) -> str:
    """A subject named as an arm, kept whole ("Urgent ERCP with sphincterotomy"): lower
    case, without its article or the word "group" after it."""
    name = re.sub(r"^(?:the|an?)\s+", "", name.strip(), flags=re.IGNORECASE)
    # (its people taken off: "Patients receiving acetylcysteine" is acetylcysteine; "as a
    # class" after it)
    name = _SUBJECT_PEOPLE_RE.sub("", name)
    name = re.sub(r"\s+as\s+an?\s+\w+$", "", name)
    return re.sub(r"\s+(?:groups?|arms?)$", "", re.sub(r"\s+", " ", name)).lower()


_SUBJECT_PEOPLE_RE = re.compile(
    r"^(?:patients|participants|those|people|persons|women|men|children|infants|adults)\s+"
    r"(?:receiving|given|treated\s+with|assigned\s+to|allocated\s+to|randomi[sz]ed\s+to|taking"
    r"|on|in\s+the|who\s+received)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# ... or set off after the subject, which opens the sentence and has the effect: "Off-pump
# CABG, as compared with on-pump CABG, lowered the rates of ...", "Invitation to screening,
# as compared with no invitation, lowered the risk of stroke (hazard ratio, 0.93", "Urgent
# ERCP with sphincterotomy, compared with conservative treatment, did not reduce ..."
APPOSED_COMPARATOR_RE = re.compile(
    # (after a phrase of time or setting: "During 5 days of therapy, patients taking
    # azithromycin, as compared with persons who took no antibiotics, had")
    r"(?:(?:In|At|After|During|Over|Within|Among|Throughout|Across|By)\s[^,;:()]{0,40},\s+)?"
    r"(?P<a>(?!(?i:(?:the\s+)?(?:risk|rate|odds|hazard|incidence|proportion|number|mortality"
    r"|survival|outcome|effect)s?)\b)"
    r"[A-Za-z][^,;:()]{1,60}?),\s+(?:as\s+|when\s+)?compared\s+(?:with|to)\s+(?:the\s+)?"
    r"(?P<b>[A-Za-z][^,;:()]{1,60}?),\s+"
    r"(?:was\s+associated\s+with|(?:also\s+|significantly\s+)?(?:did\s+not\s+\w+|lowered|reduced"
    r"|increased|improved|raised|decreased|prolonged|shortened|cut|gave|yielded|resulted|led"
    r"|had|was|were))\b"
)


def _float(text: str) -> float | str:
    try:
        return to_number(text)
    except ValueError:
        return ""


def _parse_ci(text: str, pos: int, end: int, around: float | None = None):
    """A confidence interval starting at ``pos`` (after separators), or None.

    Without "CI" or a level the bounds must be bracketed ("(0·45–0·76)"), or,
    when ``around`` is given, follow a comma and enclose that value
    ("HR 0·57, 0·42–0·79").
    """
    m = CI_RE.match(text, pos, end)
    if not m:
        return None
    word, sep = m.group("word"), m.group("sep")
    if not word:
        if sep == "and" or (
            sep in (",", ";")
            and not (m.group("open") and _encloses(m, around))
            and not _bare_pair_closing_bracket(text, pos, m, around)
        ):
            # "(0.55; 0.87)" only when the bounds enclose the value; "(RR=0.32; 0.14, 0.74)"
            # when they enclose it and close its bracket
            return None
        if not m.group("open"):
            # "HR 0·57, 0·42–0·79" and "HR 0·69; 0·58-0·83; p<0·0001": bounds that enclose it
            gap = text[pos : m.start("lo")]
            if around is None or ("," not in gap and ";" not in gap):
                return None
            try:
                lo, hi = to_number(m.group("lo")), to_number(m.group("hi"))
            except ValueError:
                return None
            if not lo <= around <= hi:
                return None
    lo, hi = m.group("lo"), m.group("hi")
    lo_value = "" if lo[0].isalpha() else _float(lo)
    hi_value = "" if hi[0].isalpha() else _float(hi)
    if lo_value == "" and hi_value == "":
        return None
    level = _float(m.group("level") or m.group("level_after") or "")
    content_start = m.start("word") if word else m.start("lo")
    return {
        "lower": lo_value,
        "upper": hi_value,
        "level": level,
        "start": content_start,
        "end": m.end(),
        "bracketed": bool(m.group("open")),
        "named": bool(word),
    }


def _bare_pair_closing_bracket(text: str, pos: int, m: re.Match, around) -> bool:
    """Is ``m`` a bare pair of bounds separated by a comma after the value and a semicolon,
    enclosing the value and closing the estimate's bracket: "(RR=0.32; 0.14, 0.74)", as
    pages print an interval whose label the sentence gave once, "(RR; 95% CI)"?"""
    if around is None or m.group("open") or m.group("sep") != ",":
        return False
    if text[pos : m.start("lo")].strip() != ";" or text[m.end() : m.end() + 1] not in (")", "]"):
        return False
    try:
        lo, hi = to_number(m.group("lo")), to_number(m.group("hi"))
    except ValueError:
        return False
    return lo < around < hi


# what a p-value is for when it is another test's: "(P<0.001 for the test of all groups being
# equal)", "(P=0.10 for the comparison between subgroups)", "P=0.03 for trend", "P=0.02 for
# the noninferiority comparison" (a p-value with its hypothesis right after it, "P=0.002 for
# noninferiority", is read with it: P_RE takes that in)
_P_FOR_ANOTHER_TEST_RE = re.compile(
    r"[ \t]*(?:for|of)[ \t]+(?:the[ \t]+)?(?:test|trend|interaction|heterogeneity"
    r"|non-?inferiority|comparison[ \t]+between)\b",
    re.IGNORECASE,
)


def _parse_p(text: str, pos: int, end: int):
    m = P_RE.match(text, pos, end)
    if not m or _P_FOR_ANOTHER_TEST_RE.match(text, m.end(), end):
        return None
    p_value = _p_number(m.group("pv"))
    return {"p_value": p_value, "p_text": m.group("p"), "start": m.start("p"), "end": m.end()}


_P_EXPONENT_RE = re.compile(
    r"^(?P<mantissa>.*?)(?:\s*[x×·]\s*10\s*\^?|[eE]|(?<=10)\^?(?=[-−–]))\s*[-−–]\s*(?P<power>\d+)$"
)


def _p_number(raw: str) -> float | str:
    """ "0.001" -> 0.001; "3.29×10−6", "2.2e-16", "10^-4", "10−4" -> the number they write."""
    m = _P_EXPONENT_RE.match(raw.strip())
    if not m:
        return _float(raw)
    mantissa = m.group("mantissa").strip()
    power = -int(m.group("power"))
    if mantissa == "10":  # "10−4" is 10 to the power, not 10 times it
        return 10.0**power
    base = _float(mantissa)
    return float(f"{base!r}e{power}") if base != "" else ""


def _encloses(m, value: float | None) -> bool:
    try:
        return value is not None and to_number(m.group("lo")) <= value <= to_number(m.group("hi"))
    except ValueError:
        return False


def _parse_tail(text: str, pos: int, end: int, need_ci: bool = False, value: float | None = None):
    """CI and p-value in either order after a value; returns (ci, p, end_of_match)."""
    ci = p = None
    last = pos
    for _ in range(2):
        if ci is None:
            ci = _parse_ci(text, last, end, around=value if last == pos else None)
            if ci:
                last = ci["end"]
                continue
        if p is None and not (need_ci and ci is None):
            p = _parse_p(text, last, end)
            if p:
                last = p["end"]
                second = _parse_p(text, last, end)
                if (
                    second
                    and re.match(r"(?i)one", p["p_text"])
                    and re.match(r"(?i)two", second["p_text"])
                ):
                    p, last = second, second["end"]
                continue
        break
    return ci, p, last


# The last character before the trailing spaces of every match of _NOT_VALUE_BEFORE
# ("P =", "n=", "at", "phase", "/", "margin", "margin of", "per", "for each", "for every"): where
# the text before a number ends in another, the pattern is not searched.
_NOT_VALUE_BEFORE_LAST = frozenset("=<>≤≥:/-tenfrhy")


def _acceptable_value(text: str, start: int, end: int, sentence_start: int) -> bool:
    if _NOT_VALUE_AFTER.match(text, end):
        return False
    lo = max(sentence_start, start - 12)
    before = text[lo:start].rstrip()  # str.rstrip strips what the pattern's \s matches
    if (
        before
        and before[-1] in _NOT_VALUE_BEFORE_LAST
        and _NOT_VALUE_BEFORE.search(text, lo, start)
    ):
        return False
    return True


# --------------------------------------------------------------------------- description


def _outcome_near(
    doc: _Document, start: int, end: int, nearest_to_end: bool = True, skip=frozenset()
) -> str:
    """The endpoint named in ``doc.text[start:end]`` closest to its end (or start), other
    than those in ``skip``.

    Looked up in the document's outcome index (one scan of the text), not found by
    scanning the range again for every estimate.
    """
    found = [m for m in doc.outcomes.within(start, end) if m[2] not in skip]
    if not found:
        return ""
    return found[-1][2] if nearest_to_end else found[0][2]


_BRACKET_AFTER_ENDPOINT_CHARS = 200  # (an estimate's bracket follows its endpoint closely)
# a bracket opening on an estimate's value or its measure: "(0.90, 0.71 to 1.13)", "(0·97,
# 0·73-1·29)", "(HR 0.62", "(adjusted risk ratio"
_VALUE_BRACKET_RE = re.compile(
    r"[(\[]\s*(?:\d+[.·]\d+\s*[,;(\[]|(?:adjusted\s+|a)?(?:HR|OR|RR|IRR|hazard|odds|risk|rate|relative)\b)",
    re.IGNORECASE,
)


# an endpoint a clause extends with more events: "the key secondary end point, which added
# hospitalization for unstable angina leading to urgent revascularization", "The principal
# secondary end point, which also counted hospitalization for unstable angina, transient
# ischemic attack or revascularization, occurred in ..."
_EXTENDING_CLAUSE_RE = re.compile(
    r"\b(?:end\s?points?|endpoints?|outcomes?|composite)\s*,?\s+which\s+(?:also\s+)?"
    r"(?:added|adds|counted|counts|included|includes)\b[^.;()\[\]]*$",
    re.IGNORECASE,
)


def _extended_composite(doc, start: int, end: int, skip) -> bool:
    """Is the endpoint nearest ``end`` a part a clause adds to a composite?"""
    found = [m for m in doc.outcomes.within(start, end) if m[2] not in skip]
    text = doc.text
    lo = max(start, found[-1][0] - 200)
    return (
        text.find("which", lo, found[-1][0]) != -1
        and _EXTENDING_CLAUSE_RE.search(text, lo, found[-1][0]) is not None
    )


_OUTCOME_AFTER_RE = re.compile(r"\s*(?:[)\]]\s*)?(?:,\s*)?(?:for|in\s+terms\s+of|on)\s+(?:the\s+)?")


def _outcome_after(text: str, pos: int, end: int) -> str:
    m = _OUTCOME_AFTER_RE.match(text, pos, end)
    if not m:
        return ""
    # (room for a composite's whole name: "for cardiovascular death or hospitalisation for
    # heart failure")
    o = OUTCOME_RE.match(text, m.end(), min(end, m.end() + 120))
    if not o:
        return ""
    found = list(outcome_mentions(text, o.start(), o.end()))
    return found[0][2] if found else ""


# "90 mg of ticagrelor": a dose of a drug, named as the drug and its dose
_DOSE_OF_DRUG_RE = re.compile(
    r"\b(?P<dose>\d+(?:[.·]\d+)?[\s-]*(?:mg|µg|μg|mcg|g|IU)(?:/(?:kg|m2|m²|day|d))?)\s+of\s+"
    r"(?P<drug>[A-Za-z][\w-]+)$"
)


_DURATION_OF_TREATMENT_RE = re.compile(
    r"^(?P<duration>(?:\S+\s+){0,2}?(?:months?|weeks?|years?|days?|cycles?))\s+of\s+"
    r"(?:treatment|therapy)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _clean_arm(name: str) -> str:
    """An arm's name as compared: its comparator, leading words, dose and noun taken off,
    lower case (kept: a page names its arms again and again)."""
    # "subcutaneous mepolizumab versus placebo": an arm's name ends where its comparator's
    # begins
    name = re.split(r"\s+(?:vs\.?|versus|as\s+compared\s+with|compared\s+with)\s+", name.strip())[0]
    name = _DOSE_OF_DRUG_RE.sub(r"\g<drug> \g<dose>", name)
    # an arm named by how long it treats: "six months of treatment" is "six months"
    name = _DURATION_OF_TREATMENT_RE.sub(r"\g<duration>", name)
    lead = _ARM_LEAD.match(name)
    if lead and not _negated_lead(name):
        # (not a lead that denies what follows: "never users of any HC" is not "any HC",
        # "persons without diabetes" not "diabetes")
        name = name[lead.end() :]
    name = re.sub(r"\s+(?:groups?|arms?|cohorts?)$", "", name)
    name = re.sub(r"(?<=\w)\s+recipients$", "", name)  # "placebo recipients" is placebo
    name = re.sub(r"^(?:an?|the)\s+", "", name, flags=re.IGNORECASE)  # "a vitamin K antagonist"
    name = re.sub(r"\s+", " ", name).strip(" ,;:-").lower()
    return name


_NEGATED_LEAD_RE = re.compile(r"\b(?:never|no|non|not|without)\b", re.IGNORECASE)


def _negated_lead(name: str) -> bool:
    """Do the leading words _clean_arm would take off ``name`` deny what follows?"""
    lead = _ARM_LEAD.match(name.strip())
    return bool(lead and _NEGATED_LEAD_RE.search(lead.group()))


_ARM_TOKEN_SPLIT_RE = re.compile(r"(\s+|\+|/)")


def _known_arm(name: str, record_arms: list[str], abbreviations: dict | None = None) -> bool:
    if not name or name in _ARM_STOPWORDS or name.isdigit():
        return False
    if abbreviations and any(p in abbreviations for p in _ARM_TOKEN_SPLIT_RE.split(name)):
        return True  # "daro", "cht+adt": an arm the document abbreviates
    spaced = name.replace("-", " ")  # "early-ART group" is the arm "early ART"
    if any(name in arm or arm in name or spaced in arm.replace("-", " ") for arm in record_arms):
        return True
    return bool(
        re.search(
            r"placebo|observation|control|best supportive care|bsc|chemotherapy|standard|surgery|radiotherapy"
            r"|\w+(?:ib|mab|umab|ximab|zumab|platin|taxel|rubicin|fen|ide|ine|one|ol)\b",
            name,
        )
    ) or any(w.endswith(DRUG_SUFFIXES) for w in name.split())


# "hazard ratio for 0.5 mg vs. placebo": an arm named by its dose alone (and its comparator
# too: "the hazard ratio for the primary outcome with 81 mg versus 325 mg was 1.02")
_DOSE = r"\d+(?:[.·]\d+)?\s*(?:mg|µg|μg|mcg|g|IU)(?:/(?:kg|m2|m²|day|d))?"
_DOSE_VERSUS_RE = re.compile(
    rf"\b(?:for|with)\s+(?:the\s+)?(?P<dose>{_DOSE})"
    r"(?:\s+(?:dose|group|arm))?\s+(?:vs\.?|versus|compared\s+with)\s+(?:the\s+)?"
    rf"(?:(?P<dose_b>{_DOSE})(?:\s+(?:dose|group|arm))?\s*(?=[,;:)]|\s+(?:was|were|is|of)\b|$)"
    r"|(?P<b>[A-Za-z][\w -]{1,40}?)\s*(?:[,;:)]|$))"
)


_DOSE_ONLY_RE = re.compile(
    r"\b(?:for|with)\s+(?:the\s+)?(?P<dose>\d+(?:[.·]\d+)?\s*(?:mg|µg|μg|mcg|g|IU)(?:/(?:kg|m2|m²|day|d))?)\b"
)


def _dose_orientation(qualifier: str, doc) -> tuple[str, str] | None:
    """("fingolimod 0.5 mg", "placebo") for "hazard ratio for 0.5 mg vs. placebo" in a document
    about one drug; None when the document names several drugs or none."""
    m = _DOSE_VERSUS_RE.search(qualifier)
    if not m:
        return None
    drugs = [d for d in (doc.record.get("drugs") or "").split(";") if d]
    dose = " ".join(m.group("dose").split())
    if m.group("dose_b"):
        other = " ".join(m.group("dose_b").split())
        if len(drugs) != 1 or other == dose:
            return None
        return f"{drugs[0]} {dose}", f"{drugs[0]} {other}"
    comparator = _clean_arm(m.group("b"))
    if len(drugs) != 1 or not comparator or drugs[0] in comparator:
        return None
    return f"{drugs[0]} {dose}", comparator


def _stated_orientation(qualifier: str, record_arms: list[str], abbreviations=None):
    """(numerator, denominator) when the qualifier names them, else None. Between the
    measure's name and its value, "for A vs. B" names the two arms whatever they are
    ("for discontinuation vs. continuation", "in the discontinuation group relative to the
    maintenance group"), unless a side is an endpoint or longer than an arm's name."""
    for pattern in (SLASH_ORIENTATION_RE, VERSUS_RE):
        if not _ORIENTATION_PREFILTERS[pattern].search(qualifier):
            continue  # the connector every match of the pattern holds is not there
        for m in pattern.finditer(qualifier):
            a, b = _clean_arm(m.group("a")), _clean_arm(m.group("b"))
            if _event_of_the_measure(qualifier, a) and not _known_arm(
                a, record_arms, abbreviations
            ):
                continue  # "relative risks of fracture, as compared with placebo": the event
            if a != b and (
                (
                    _known_arm(a, record_arms, abbreviations)
                    and _known_arm(b, record_arms, abbreviations)
                )
                or (pattern is VERSUS_RE and _named_in_qualifier(a) and _named_in_qualifier(b))
                or (pattern is VERSUS_RE and _abbreviated_add_on_pair(a, b))
                # the ratio's own notation in the bracket after the measure, its numerator
                # first: "hazard ratio (H-RT/C-RT)", "Hazard ratios (FSC/FP)"
                or (pattern is SLASH_ORIENTATION_RE and _ratio_notation_pair(qualifier, m, a, b))
                # one side a comparator, the other a name or the experimental arm's generic
                # name: "for periodontal treatment vs. control", "for treatment group vs.
                # control group", "for the intervention group vs the usual care group"
                or (
                    pattern is VERSUS_RE
                    and _CONTROL_WORDS_RE.search(b) is not None
                    and (_named_in_qualifier(a) or a in _EXPERIMENTAL_ARM_WORDS)
                    and not _CONTROL_WORDS_RE.search(a)
                )
            ):
                return a, b
    return None


def _ratio_notation_pair(qualifier: str, m: re.Match, a: str, b: str) -> bool:
    """Are ``a``/``b`` a ratio's notation right after its measure's name, "(H-RT/C-RT)": two
    single words or abbreviations (no digits) in the first bracket of the qualifier joined
    by a slash, neither a statistic, a unit nor a population's label?"""
    if "/" not in m.group() or qualifier[: m.start()].strip():
        return False
    return all(
        _NOTATION_SIDE_RE.fullmatch(side) and side not in _NOT_AN_ARM_NOTATION for side in (a, b)
    )


_NOTATION_SIDE_RE = re.compile(r"[a-z][a-z+-]{0,24}")
_NOT_AN_ARM_NOTATION = frozenset(
    """ci p n hr or rr irr se sd iqr mg kg dl ml l mmol g day days year years week weeks month
    months itt pp mitt events patients total all adjusted unadjusted crude""".split()
)


# what a trial's page may call its experimental arm, against its control
_EXPERIMENTAL_ARM_WORDS = frozenset(
    {"treatment", "intervention", "active treatment", "experimental", "active", "study drug"}
)


# an arm written as abbreviations joined by "+", "->" or "/" ("L+T", "T->L", "FOLFOX+B")
_ABBREVIATED_ARM_RE = re.compile(r"[a-z0-9]{1,6}(?:\s*(?:\+|->|→|/)\s*[a-z0-9]{1,6})*")
_ARM_OPERATOR_RE = re.compile(r"\s*(?:\+|->|→|/)\s*")


def _abbreviated_add_on_pair(a: str, b: str) -> bool:
    """Are "A vs. B" of a measure's label two arms written as abbreviations, one adding to
    or sequencing the other's ("hazard ratio for L+T versus T", "for T->L versus T")?"""
    if not (_ABBREVIATED_ARM_RE.fullmatch(a) and _ABBREVIATED_ARM_RE.fullmatch(b)):
        return False
    parts_a, parts_b = set(_ARM_OPERATOR_RE.split(a)), set(_ARM_OPERATOR_RE.split(b))
    if len(parts_a) == len(parts_b) or any(True for _ in outcome_mentions(f"{a} {b}")):
        return False
    return parts_a < parts_b or parts_b < parts_a


def _event_of_the_measure(qualifier: str, name: str) -> bool:
    """Does ``name`` follow "risk of", "odds of", "hazard of" in the qualifier ("the
    respective relative risks of fracture, as compared with placebo"): the event the
    measure counts, not an arm?"""
    return (
        name != ""
        and re.search(
            # (the measure's own name is not in its qualifier: "relative risks| of fracture")
            r"(?:\b(?:risks?|odds|hazards?|rates?|incidence)\s+(?:of|for)|^\s*of)\s+(?:an?\s+|the\s+)?"
            + re.escape(name)
            + r"\b",
            qualifier,
            re.IGNORECASE,
        )
        is not None
    )


# a dose named as an arm: "the 3-mg dose", "the 10 mg group"
_DOSE_ARM_RE = re.compile(
    r"\d+(?:\.\d+)?\s*-?\s*(?:mg|µg|μg|mcg|g|mg/kg|iu|units?)\s+(?:dose|group|arm|regimen)"
)


def _named_in_qualifier(name: str) -> bool:
    """A side of "A vs. B" in a measure's qualifier that can be an arm: a few words, no
    endpoint, no stop word or number alone (but a dose named as an arm: "the 3-mg dose")."""
    if _DOSE_ARM_RE.fullmatch(name):
        return True
    words = name.split()
    return (
        0 < len(words) <= 4
        and name not in _ARM_STOPWORDS
        # a word of an arm's name: not a unit, dose or function word ("0.5 mg", "as")
        and any(len(w) >= 4 and w.isalpha() and w not in _NOT_ARM_WORDS for w in words)
        and not any(True for _ in outcome_mentions(name))
    )


_NOT_ARM_WORDS = frozenset(
    "with without from than that this those these were was have been into over under daily "
    "dose doses weekly group arm".split()
)


_ARM_NOUN_RE = re.compile(r"(?i:arm|group|cohort)")


# "10.7 months with sorafenib and 7.9 months with placebo": arms named by "with"; only
# drug-shaped words (international nonproprietary name stems) and comparator words count
_COMPARATOR_PHRASES = (
    r"usual\s+care|standard\s+(?:of\s+)?care|standard\s+therapy|conventional\s+(?:therapy|treatment|care)"
    r"|best\s+supportive\s+care|sham(?:\s+procedure)?"
)
_ARM_WORDS = (
    rf"(?:{_COMPARATOR_PHRASES}|[a-z][a-z0-9-]{{3,}}(?:\s+(?:plus|and)\s+[a-z][a-z0-9-]{{3,}})?)"
)
# people named by what they were given: "patients receiving apixaban and ... those receiving
# conventional therapy", "participants allocated simvastatin ... allocated placebo", "448
# vitamin recipients and 436 placebo recipients", "patients on bisoprolol"
_WITH_ARM_RE = re.compile(
    rf"\b(?:with|receiving|given|on|allocated(?:\s+to)?|assigned\s+to|taking)\s+(?:the\s+)?(?P<arm>{_ARM_WORDS})"
    r"|\b(?P<recipients>[a-z][a-z0-9-]{3,})\s+recipients\b"
)
_COMPARATOR_WORDS = frozenset("placebo observation control chemotherapy saline".split())
_COMPARATOR_PHRASE_RE = re.compile(rf"(?:{_COMPARATOR_PHRASES})$")


# each arm's people by what they received, the same verb twice in one sentence: "13 of 80
# patients (16%) who received convalescent plasma and 25 of 80 patients (31%) who received
# placebo (relative risk, 0.52", "among those who were given honey and those who were given
# usual care": the parallel names both arms, whatever they are (one such phrase alone is
# a population, "patients who received at least one dose"; "who took part" is no arm)
_WHO_RECEIVED_RE = re.compile(
    r"\bwho\s+(?P<verb>received|were\s+given|were\s+assigned\s+to|were\s+randomi[sz]ed\s+to|took|underwent)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?P<arm>[a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,3}?)"
    r"(?=\s*[,;().]|\s+(?:and|than|compared|versus|vs|or|in|at|for|during)\b|\s*$)"
)
_NOT_A_RECEIVED_ARM_RE = re.compile(
    r"(?:at|any|all|both|one|two|three|each|either|neither|no|some|more|less|fewer|only|their|its|his|her|randomi[sz]ation|treatment|therapy|part)\b"
)


def _received_pair(text: str, start: int, end: int) -> list[str]:
    """The two arms of a sentence naming each arm's people by what they received with
    the same verb, else []."""
    if text.find("who ", start, end) == -1:
        return []
    found: dict[str, list[str]] = {}
    for m in _WHO_RECEIVED_RE.finditer(text, start, end):
        arm = " ".join(m.group("arm").split())
        if _NOT_A_RECEIVED_ARM_RE.match(arm):
            return []
        verb = " ".join(m.group("verb").split())
        if arm not in found.setdefault(verb, []):
            found[verb].append(arm)
    pairs = [arms for arms in found.values() if len(arms) == 2]
    if len(pairs) != 1 or len(found) != 1:
        return []
    first, second = pairs[0]
    if _CONTROL_WORDS_RE.search(first) and not _CONTROL_WORDS_RE.search(second):
        return [second, first]  # the control is the comparator, whichever comes first
    return [first, second]


def _with_arms(text: str, start: int, end: int) -> list[str]:
    received = _received_pair(text, start, end)
    if received:
        return received
    found = []
    find = text.find
    if (
        find("with", start, end) == -1
        and find("receiving", start, end) == -1
        and find("given", start, end) == -1
        and find("on ", start, end) == -1
        and find("allocated", start, end) == -1
        and find("assigned", start, end) == -1
        and find("taking", start, end) == -1
        and find("recipients", start, end) == -1
    ):
        return found  # the pattern's words: most run-on windows hold none
    for m in _WITH_ARM_RE.finditer(text, start, end):
        arm = (m.group("arm") or m.group("recipients")).lower()
        words = re.split(r"\s+(?:plus|and)\s+", arm)
        if (
            m.group("recipients")  # (what the recipients were given is the arm, whatever it is)
            or _COMPARATOR_PHRASE_RE.match(arm)
            or all(w in _COMPARATOR_WORDS or w.endswith(DRUG_SUFFIXES) for w in words)
        ) and arm not in found:
            found.append(re.sub(r"\s+", " ", arm))
    return found


def _sentence_arms(text: str, start: int, end: int, lowered: str | None = None) -> list[str]:
    """``lowered``: ``text.lower()`` of the same length, when the caller has it (a substring
    test there is the case-insensitive search for the arm nouns, which hold no letter with
    special case folding)."""
    found = []
    if (
        (
            lowered.find("arm", start, end) == -1
            and lowered.find("group", start, end) == -1
            and lowered.find("cohort", start, end) == -1
        )
        if lowered is not None
        else not _ARM_NOUN_RE.search(text, start, end)
    ):
        return _with_arms(
            text, start, end
        )  # every "X group/arm" mention ends in one of these nouns
    for m in ARM_MENTION_RE.finditer(text, start, end):
        arm = _clean_arm(m.group("arm"))
        if (
            arm
            # ("the control group" is an arm here: its pair is the comparison)
            and (arm not in _ARM_STOPWORDS or arm == "control")
            and not any(c.isdigit() for c in arm)
            and arm not in found
        ):
            found.append(arm)
    return found


# How far a registry's posted-results section reaches around an estimate: sections are
# a few hundred characters; the bound keeps a long page linear.
REGISTRY_BLOCK_REACH = 6000


# An abbreviation the text defines: "Darolutamide (DARO)", "matching placebo (PBO)",
# "a nonsteroidal aromatase inhibitor (NSAI)". The short form holds a capital letter; its
# long form is found the way Schwartz and Hearst (2003) describe: the short form's letters
# in order in the words before the bracket, its first letter at the start of a word.
_DEFINED_SHORT_RE = re.compile(r"\((?P<short>[A-Za-z][A-Za-z0-9+/-]{1,9})\)")


def _long_form(short: str, before: str) -> str:
    """The long form of ``short`` at the end of ``before`` ('' when its letters are not
    there in order, or the first letter starts no word)."""
    s, text = short.lower(), before.lower()
    si, li = len(s) - 1, len(text) - 1
    while si >= 0:
        c = s[si]
        if not c.isalnum():
            si -= 1
            continue
        while li >= 0 and (text[li] != c or (si == 0 and li > 0 and text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return ""
        si, li = si - 1, li - 1
    start = max(text.rfind(" ", 0, li + 1), text.rfind("\n", 0, li + 1)) + 1
    return " ".join(before[start:].split())


def defined_abbreviations(text: str) -> dict[str, str]:
    """{short form: long form} of the abbreviations a text defines, lower case; a short form
    defined twice with different long forms is left out."""
    found: dict[str, str] = {}
    for m in _DEFINED_SHORT_RE.finditer(text):
        short = m.group("short")
        letters = sum(c.isalpha() for c in short)
        if letters < 2 or not any(c.isupper() for c in short):
            continue
        words = text[max(0, m.start() - 120) : m.start()].split()
        before = " ".join(words[-min(letters + 5, 2 * letters) :])
        long = _long_form(short, before).lower()
        if long and len(long) > len(short):
            key = short.lower()
            found[key] = long if found.get(key, long) == long else ""
    return {k: v for k, v in found.items() if v}


# an outcome measure posted for part of the randomised participants
_REGISTRY_SUBSET_RE = re.compile(
    r"\b(?:in|among)\s+(?:the\s+)?(?:participants|patients|subjects)\s+(?:with|who|whose|aged)\b",
    re.IGNORECASE,
)


_CANCER_WORD_RE = re.compile(
    r"\b(?:cancers?|carcinomas?|tumou?rs?|lymphomas?|leuka?emias?|myelomas?|melanomas?|sarcomas?"
    r"|gliomas?|glioblastomas?|mesotheliomas?|oncolog\w*|metasta\w*|neoplas\w*|malignan\w*)\b",
    re.IGNORECASE,
)


_REGISTRY_ALL_RE = re.compile(
    r"Outcome Measure:[^\n]*\b(?:in\s+)?All\s+(?:Randomi[sz]ed\s+)?(?:Participants|Patients|Subjects)",
    re.IGNORECASE,
)


class _Document:
    """Per-document context computed once: sentences, arms, section starts."""

    def __init__(self, doc_id: str, text: str, record: dict):
        self.doc_id = doc_id
        self.text = text
        # where the page's measure names start and end (set with them, _ratio_estimates)
        self.ratio_key_starts: list[int] = []
        self.ratio_key_ends: list[int] = []
        self.record = record or {}
        self.sentences = Sentences(text)
        self._outcomes = None
        self._lowered = False
        self.arms = [a for a in (self.record.get("arms") or "").split(";") if a]
        # (arms read from a title's "A or B" name the arms but not which is experimental)
        self.arms_ordered = not _title_or_arms(self.record.get("title") or "", self.arms)
        # distinctive words of the arm names ("sorafenib", "placebo") to spot an arm in a sentence
        self.arm_words = {
            w
            for a in self.arms
            # (an arm named by a three-letter word alone: "ICD", "PCI", "CRT")
            for w in re.findall(r"[a-z][a-z0-9-]{3,}", a) or re.findall(r"^[a-z][a-z0-9]{2}$", a)
            if w
            not in (
                "plus",
                "with",
                "alone",
                "group",
                "therapy",
                "treatment",
                "standard",
                "dose",
                "daily",
            )
        }
        # an arm the text names by two capitals it defines ("mercaptopurine (MP)", the arm
        # "mp"), matched as a whole word: a two-letter word is too short to look for inside
        # other words
        short = sorted(
            a for a in self.arms if re.fullmatch(r"[a-z]{2}", a) and f"({a.upper()})" in text
        )
        self.short_arm_re = re.compile(r"\b(?:" + "|".join(short) + r")\b") if short else None
        if not self.arm_words:
            # arms not parsed: the document's two most used drug names stand for them
            # ("Dexamethasone treatment was associated with a reduced risk of death")
            drugs = [d for d in (self.record.get("drugs") or "").split(";") if d]
            self.arm_words = {d.lower() for d in drugs[:2]}
        m = METHODS_HEADING_RE.search(text)
        self.methods_start = m.start() if m else -1
        self.design = self.record.get("design") or ""
        self.single_arm = self.design == "single_arm"
        self.registry = (
            self.record.get("source_type") == "registry_record" or "Statistical Analysis" in text
        )
        self._label_positions: dict[str, list[int]] = {}
        self.treatment_effect_seen = False  # a treatment effect among the ratios read so far
        # sentence start -> its populations before a bracket (_parallel_populations)
        self.parallel_cache: dict[int, list] = {}
        self._overall_population = (-1, None)  # (searched from, first match start or None)

    def _anywhere(self, words: re.Pattern, lowered: bool = False) -> bool:
        """Does ``words`` (an alternation of plain words, no spaces, no look-around) match
        anywhere in the text, or in ``lowered`` when asked (True when there is no lowered
        text of the same length: nothing is then ruled out)? A text that has the words has
        them early; a text without them rules out every search of a window or of a
        lower-cased part of it (a page of figures names no cue, no population, no log
        scale). The properties below ask once per document."""
        text = self.lowered if lowered else self.text
        return text is None or words.search(text) is not None

    @functools.cached_property
    def title_exposure(self) -> tuple[str, ...]:
        """The stems (six letters) of the exposure an observational study's title names
        ("Vasectomy and Risk of Aggressive Prostate Cancer", "Consumption of
        ultra-processed foods and cancer risk", "Association between X and Y", "Effects of
        bariatric surgery on mortality"); none for a randomised trial's page or a title
        about predictors or factors."""
        # (nor a page on a trial's patients: "Relationship between primary tumor location and
        # overall survival" in a randomised trial's patients is about a baseline factor)
        randomised = (
            self.design in ("rct", "single_arm")
            or self.record.get("randomized") == "true"
            or any(
                not _NEGATED_BEFORE_RE.search(self.text, max(0, m.start() - 16), m.start())
                for m in _RANDOMISED_WORD_RE.finditer(self.text)
            )
        )
        title = self.record.get("title") or ""
        if randomised or _PREDICTOR_TITLE_RE.search(title):
            return ()
        m = _TITLE_EXPOSURE_RE.match(title)
        if not m:
            return ()
        words = re.findall(
            r"[a-z]{5,}", (m.group("a") or m.group("b") or m.group("c") or m.group("d")).lower()
        )
        return tuple(dict.fromkeys(w[:6] for w in words if w not in _NOT_EXPOSURE_WORDS))

    @functools.cached_property
    def quoted_evidence_at(self) -> list[int]:
        """Where the page names a meta-analysis, systematic review or individual-patient
        data (_QUOTED_EVIDENCE_WORDS), found once: most pages never do, and a page of
        thousands of estimates asks once per estimate."""
        lowered = self.lowered or self.text.lower()
        return sorted(at for word in _QUOTED_EVIDENCE_WORDS for at in offsets_of(lowered, word))

    @functools.cached_property
    def names_cue_words(self) -> bool:
        return self._anywhere(_ANY_CUE_WORD_RE, lowered=True)

    @functools.cached_property
    def names_population_words(self) -> bool:
        return self._anywhere(_POPULATION_WORD_RE, lowered=True)

    @functools.cached_property
    def names_predictor_words(self) -> bool:
        return self._anywhere(_PREDICTOR_WORDS_RE, lowered=True)

    @functools.cached_property
    def names_design_words(self) -> bool:
        return self._anywhere(_NOT_AN_ESTIMATE_WORDS_RE, lowered=True)

    @functools.cached_property
    def names_log_words(self) -> bool:
        return self._anywhere(_LOG_WORD_RE)

    @functools.cached_property
    def names_trial_shaped_words(self) -> bool:
        """Does the text print a name shaped like a trial's ("FIRE-3", "DAPA-HF")?"""
        return self._anywhere(_TRIAL_SHAPED_RE)

    @functools.cached_property
    def names_comparison_words(self) -> bool:
        """Does the text (case folded) say "compared", "versus", "vs" or "relative"?"""
        return self.folded is None or _COMPARISON_WORD_RE.search(self.folded) is not None

    def _positions(self, label: str) -> list[int]:
        """Every offset of ``label`` in the text, found once (a lookup is then a binary search)."""
        if label not in self._label_positions:
            self._label_positions[label] = [
                m.start() for m in re.finditer(re.escape(label), self.text)
            ]
        return self._label_positions[label]

    def _analysis_positions(self) -> list[int]:
        """Where each statistical analysis of a registry's results opens ("Statistical
        Analysis 1", the EU register's "Statistical analysis title")."""
        if "\0statistical analyses" not in self._label_positions:
            self._label_positions["\0statistical analyses"] = sorted(
                self._positions("Statistical Analysis") + self._positions("Statistical analysis")
            )
        return self._label_positions["\0statistical analyses"]

    def registry_block(self, pos: int) -> dict | None:
        """Posted-results context of a registry estimate: endpoint, p-value, arms, orientation
        (None for one in a list of publications after the results: "Publications
        automatically indexed to this study")."""
        text = self.text
        if self.reference_blocks and trials.in_blocks(self.reference_blocks, pos):
            return None
        analyses = self._analysis_positions()
        start = _last_before(analyses, pos, len("Statistical Analysis"))
        if start == -1 or pos - start > REGISTRY_BLOCK_REACH:
            return None  # no results section of its own: a label far back belongs to other text
        headers = self.outcome_headers
        header = _last_before(headers, pos, 1)
        following = [
            i
            for i in (
                _first_from(headers, pos),
                _first_from(analyses, pos),
            )
            if i != -1
        ]
        end = min(following + [len(text), pos + REGISTRY_BLOCK_REACH])
        outcome = self._measure_title_outcome(header) if header != -1 else ""
        p = None
        m = REGISTRY_P_RE.search(text, start, end)
        if m:
            p = {
                "p_value": _float(m.group("pv")),
                "p_text": m.group().rstrip(),
                "start": m.start(),
                "end": m.end(),
            }
        orientation = None
        m = REGISTRY_ORIENTATION_RE.search(text, start, end)
        if m:
            a, b = _clean_arm(m.group("a")), _clean_arm(m.group("b"))
            if a and b and a != b:
                orientation = (a, b)
        arms = []
        m = REGISTRY_COMPARISON_GROUPS_RE.search(text, start, pos)
        if m:
            arms = [_clean_arm(re.sub(r"\(.*?\)", "", m.group(g))) for g in ("a", "b")]
        else:
            m = REGISTRY_ARMS_RE.search(text, max(header, 0, pos - REGISTRY_BLOCK_REACH), pos)
            if m:
                arms = [_clean_arm(re.sub(r"\(.*?\)", "", a)) for a in m.group("arms").split("|")]
        line_end = text.find("\n", header) if header != -1 else -1
        title = text[header : line_end if line_end != -1 else len(text)] if header != -1 else ""
        return {
            "outcome": outcome,
            "p": p,
            "orientation": orientation,
            "arms": [a for a in arms if a],
            # "Outcome Measure: Overall Survival (OS) in Participants With CPS >=10"
            # a subset when the record also posts the measure for all participants (a trial
            # that enrolled only "Participants With PD-L1 TPS >=1%" posts no other)
            "subset": bool(_REGISTRY_SUBSET_RE.search(title) and self.posts_all_participants),
        }

    @functools.cached_property
    def posts_all_participants(self) -> bool:
        """Does the record post a measure for all (randomised) participants? (Searched once:
        each estimate of a subset's measure asks.)"""
        return _REGISTRY_ALL_RE.search(self.text) is not None

    @functools.cached_property
    def outcome_headers(self) -> list[int]:
        """Where each outcome measure of a registry record begins ("Outcome Measure: ...",
        "1. Primary Outcome", "Primary Outcome Measure", "Title: ...")."""
        return [
            m.start()
            for m in matches_at_line_starts(_OUTCOME_HEADER_RE, _OUTCOME_HEADER_OPENER, self.text)
        ]

    def _measure_title_outcome(self, header: int) -> str:
        """The endpoint an outcome measure's title names: on the header's line, else on the
        next line that is not empty ("1. Primary Outcome" / "Time to First Occurrence of
        ..."; "Primary Outcome Measure" / "Title: ...")."""
        text = self.text
        start, lines = header, 0
        for _ in range(6):  # a title line, after at most a few blank ones
            if lines == 2 or start >= len(text):
                break
            line_end = text.find("\n", start)
            line_end = len(text) if line_end == -1 else line_end
            line = text[start:line_end]
            if line.strip():
                if _RESULTS_TABLE_LINE_RE.match(line):
                    break  # the table's rows begin: their arm names are no title
                codes = list(
                    dict.fromkeys(
                        c
                        for _, _, c in self.outcomes.within(start, line_end)
                        if c not in AMBIGUOUS_OUTCOMES
                    )
                )
                if codes:
                    # a title names one endpoint: its parts make it ("Death Due to Renal
                    # Failure, End-stage Renal Disease, or Decrease in eGFR")
                    return composite_of(frozenset(codes)) or codes[0]
                if _LABELLED_TITLE_RE.search(line):
                    break  # "Secondary Outcome: Dependence on RRT at 90 Days": its title
                lines += 1
            start = line_end + 1
        return ""

    @property
    def lowered(self) -> str | None:
        """``text.lower()`` when it keeps every offset (same length), else None."""
        if self._lowered is False:
            low = self.text.lower()
            self._lowered = low if len(low) == len(self.text) else None
        return self._lowered

    @functools.cached_property
    def folded(self) -> str | None:
        """``lowered`` when a plain substring there finds every word a case-insensitive
        pattern matches, else None: the pattern also reads a dotless i as "i" and a long s
        as "s", which lower-casing keeps as they are."""
        low = self.lowered
        return low if low is not None and "ı" not in self.text and "ſ" not in self.text else None

    @property
    def outcomes(self) -> OutcomeIndex:
        if self._outcomes is None:
            self._outcomes = OutcomeIndex(self.text, self.lowered)
        return self._outcomes

    @functools.cached_property
    def outcome_codes(self) -> frozenset[str]:
        """Every endpoint the document names anywhere."""
        return frozenset(code for _, _, code in self.outcomes.mentions)

    @functools.cached_property
    def about_cancer(self) -> bool:
        """Does the document (its first 20,000 characters) speak of a cancer?"""
        return _CANCER_WORD_RE.search(self.text, 0, 20_000) is not None

    def recurrence_outcome(self) -> str:
        """RFS when the document speaks of relapse-/recurrence-free survival and not of DFS, else DFS."""
        codes = self.outcome_codes
        return "RFS" if "RFS" in codes and "DFS" not in codes else "DFS"

    @functools.cached_property
    def primary_outcome(self) -> str:
        """The endpoint the document defines as primary ("The primary outcome was a composite
        of worsening heart failure ... or cardiovascular death"): its one code, or the
        composite its parts make (outcomes.yaml, composites); '' when undefined or unclear."""
        return self._defined_outcome(_PRIMARY_DEFINITION_RE) or self._outcome_defined_before(
            _PRIMARY_AFTER_DEFINITION_RE
        )

    def _outcome_defined_before(self, definition: re.Pattern) -> str:
        """The one endpoint (or composite) named in the sentence before "... was the primary
        outcome"; '' when none or several."""
        for m in definition.finditer(self.text):
            # its sentence's start (bounded: a definition is one sentence)
            lo = max(0, m.start() - 300)
            stop, line = self.text.rfind(". ", lo, m.start()), self.text.rfind("\n", lo, m.start())
            start = max(stop + 2 if stop >= 0 else lo, line + 1 if line >= 0 else lo)
            codes = list(
                dict.fromkeys(
                    c
                    for _, _, c in self.outcomes.within(start, m.start())
                    if c not in AMBIGUOUS_OUTCOMES
                )
            )
            if len(codes) == 1:
                return codes[0]
            composite = composite_of(frozenset(codes))
            if composite:
                return composite
        return ""

    @functools.cached_property
    def key_secondary_outcome(self) -> str:
        """The endpoint the document defines as its key secondary outcome ("The key
        secondary end point was the composite of cardiovascular death, myocardial
        infarction, or stroke"), as for the primary; '' when undefined or unclear."""
        return self._defined_outcome(_KEY_SECONDARY_DEFINITION_RE)

    def _defined_outcome(self, definition: re.Pattern) -> str:
        # a definition runs to the end of its sentence or clause ("...; the trial was
        # designed to detect a 15% reduction in cardiovascular mortality" is not a part)
        for m in definition.finditer(self.text):
            if _PLURAL_DEFINITION_RE.match(m.group()):
                continue  # "the coprimary outcomes were ...": two endpoints, not one
            if _PREDICTORS_BEFORE_RE.search(self.text, max(0, m.start() - 40), m.start()):
                continue  # "predictors of the primary outcome were ...": covariates
            end = min(len(self.text), m.end() + 300)
            for stop in (". ", ";"):
                found = self.text.find(stop, m.end(), end)
                end = found if found >= 0 else end
            # (or of its line, when the next one opens a list item, a field or a paragraph:
            # "- Primary endpoint: death, myocardial infarction, or stroke at 1 year\n- Key
            # safety endpoint: BARC type 3, 4 or 5 bleeding"; a definition wrapped over lines,
            # as PDF copies print it, goes on)
            item = _NEXT_ITEM_RE.search(self.text, m.end(), end)
            end = item.start() if item else end
            mentions = [
                mention
                for mention in self.outcomes.within(m.end(), end)
                if mention[2] not in AMBIGUOUS_OUTCOMES
            ]
            distinct = list(dict.fromkeys(c for _, _, c in mentions))
            if len(distinct) == 1:
                if distinct[0] not in COMPOSITE_CODES and _unnamed_part(
                    self.text, m.start(), m.end(), end, mentions
                ):
                    continue
                return distinct[0]
            composite = composite_of(frozenset(distinct))
            if composite:
                return composite
        return ""

    def progression_outcome(self, sent_start: int, pos: int) -> str:
        """A bare "progression" before ``pos``: the PFS or TTP named last before it in its
        sentence ("Median time to progression was ... (hazard ratio for progression, ...)");
        else the one progression endpoint of another field the document names and no PFS
        or TTP ("progression to dementia", "disability progression"); else TTP when the
        document speaks of time to progression and not of PFS; else PFS in a document about
        a cancer, and unknown ('') in any other (glaucoma's, a retinopathy's progression)."""
        for _, _, code in reversed(self.outcomes.within(sent_start, pos)):
            if code in ("PFS", "TTP"):
                return code
        codes = self.outcome_codes
        if not codes & {"PFS", "TTP", "RPFS"}:
            other = codes & NON_ONCOLOGY_PROGRESSION
            if len(other) == 1:
                return next(iter(other))
        if not (self.about_cancer or codes & {"PFS", "TTP", "RPFS"}):
            return ""
        return "TTP" if "TTP" in codes and "PFS" not in codes else "PFS"

    @functools.cached_property
    def post_hoc_title(self) -> re.Match | None:
        """Where the title calls the document a post hoc (subgroup) analysis, else None."""
        return _POST_HOC_TITLE_RE.search(self.record.get("title") or "")

    @functools.cached_property
    def shift_outcome(self) -> str:
        """An ordinal shift ("common odds ratio") on the scale the document uses: the
        modified Rankin scale when it names it, else unknown ('')."""
        return (
            "MRS_SHIFT" if "MRS_SHIFT" in self.outcome_codes or _RANKIN_RE.search(self.text) else ""
        )

    @functools.cached_property
    def names_biomarkers(self) -> bool:
        """Does the text name any biomarker a population may be defined by (searched once;
        most pages name none, and their values are not searched for one)?"""
        return _BIOMARKER_HINT_RE.search(self.text) is not None

    @functools.cached_property
    def entry_biomarker_levels(self) -> frozenset:
        """The biomarker levels the trial enrolled on ("Patients with ... a PD-L1 combined
        positive score (CPS) of 1 or higher were enrolled"): (marker, number) pairs, as
        _biomarker_level reads them. A population of that level is every randomised
        patient."""
        text = self.text
        if not self.names_biomarkers:
            return frozenset()
        found, seen = set(), set()
        for m in _ENTRY_WORDS_RE.finditer(text):
            # (the sentence around the words, looked for at most 1000 characters each way:
            # linear in the page)
            lo = max(0, m.start() - 1000)
            start = max(text.rfind(".", lo, m.start()), text.rfind("\n", lo, m.start())) + 1
            if start in seen:
                continue
            seen.add(start)
            hi = min(len(text), m.end() + 1000)
            ends = [
                e for e in (text.find(".", m.end(), hi), text.find("\n", m.end(), hi)) if e >= 0
            ]
            sentence = text[start : min(ends) if ends else hi]
            for b in _BIOMARKER_POPULATION_RE.finditer(sentence):
                found.add(_biomarker_level(sentence, b))
        return frozenset(found)

    def names_other_trial(self, before: str) -> bool:
        """Does the text name another trial ("In the SHARP trial, ...", or a name the document
        only cites: "COLCOT found a 23% relative reduction") than the document's own?"""
        cited = self._cited_names_re()
        if cited is not None and cited.search(before):
            return True
        has_word = "trial" in before or "study" in before  # OTHER_TRIAL_RE ends in one
        if not has_word and "-" not in before:
            return False  # nor can a trial-shaped name be there
        for m in OTHER_TRIAL_RE.finditer(before) if has_word else ():
            if not self._own_trial(trials.key(m.group("name"))):
                return True
        # (every such name holds a run this text may not: none in it, none in ``before``)
        for m in IN_NAMED_TRIAL_RE.finditer(before) if self.names_trial_shaped_words else ():
            # "in FIDELIO-DKD, for example, the composite was reduced": a trial-shaped name,
            # not a disease, marker or group ("in COVID-19", "in ECOG-ACRIN")
            printed = m.group("name").upper()
            if printed in trials.NOT_TRIAL_NAMES or printed.split("-")[0] in trials.NOT_TRIAL_NAMES:
                continue
            if m.group("name") in (self.record.get("title") or ""):
                continue  # the document's own name, though its names were not read
            if not self._own_trial(trials.key(printed)):
                return True
        return False

    @functools.cached_property
    def case_control(self) -> bool:
        """Is the document a case-control study (its own words: "In this case-control study",
        "a nested case-control design")?"""
        if self.design != "observational":
            return False
        # (lowered is None when lower-casing moves offsets: "İstanbul")
        return _CASE_CONTROL_RE.search(self.lowered or self.text.lower()) is not None

    @functools.cached_property
    def reference_blocks(self) -> list[tuple[int, int]]:
        """Spans of the lists of other publications ("Similar articles", "Cited by")."""
        return trials.reference_blocks(self.text)

    @functools.cached_property
    def abbreviations(self) -> dict[str, str]:
        """Every abbreviation the text defines: {short form: long form}, lower case."""
        return defined_abbreviations(self.text)

    @functools.cached_property
    def arm_abbreviations(self) -> dict[str, str]:
        """The abbreviations the text defines for arms ("DARO" for darolutamide, "PBO" for
        placebo): {short form: long form}, lower case."""
        return {
            short: long
            for short, long in self.abbreviations.items()
            if _known_arm(_clean_arm(long), self.arms)
        }

    def expand_arm(self, name: str) -> str:
        """An arm named by the document's abbreviations, with them spelled out and the name
        as printed after it: "darolutamide (daro)"; other names as they are."""
        if not name or not self.arm_abbreviations:
            return name
        parts = _ARM_TOKEN_SPLIT_RE.split(name)
        spelled = "".join(self.arm_abbreviations.get(p, p) for p in parts)
        return f"{spelled} ({name})" if spelled != name else name

    def expand_pair(self, pair):
        """(numerator, denominator) with expand_arm applied to both (None stays None); when
        one side is one of the document's two arms and the other names neither ("Compared
        with placebo, vaccination lowered ..." in a trial of inactivated influenza vaccine
        against saline placebo), the other is the document's other arm, with the text's
        word after it: "inactivated influenza vaccine (vaccination)"."""
        if not pair:
            return pair
        pair = (self.expand_arm(pair[0]), self.expand_arm(pair[1]))
        if len(self.arms) == 2 and self.design in ("rct", "registry"):
            index = [_arm_index(name, self.arms) for name in pair]
            if index.count(None) == 1:
                known = index[0] if index[0] is not None else index[1]
                other = self.arms[1 - known]
                pair = tuple(
                    # a drug or comparator the text names is that arm, whatever the
                    # document's arms read
                    f"{other} ({name})"
                    if i is None
                    and other.lower() not in name.lower()
                    and not _names_a_treatment(name)
                    else name
                    for name, i in zip(pair, index)
                )
        return pair

    @functools.cached_property
    def own_trial_keys(self) -> frozenset[str]:
        """The keys of the trials the document reports (its names, else its acronym)."""
        names = self.record.get("trial_names") or self.record.get("acronym") or ""
        # (and a programme's member or a group's protocol without its group: "A5202" of
        # "ACTG A5202")
        return frozenset(
            k
            for n in names.split(";")
            if n
            for k in (trials.key(n), trials.programme_member(n))
            if k
        )

    def last_ratio_key_end(self, lo: int, hi: int, default: int) -> int:
        """Where the last measure name of the page lying within ``lo``-``hi`` ends
        (``default`` when none does): a binary search over the page's names."""
        i = bisect_right(self.ratio_key_starts, hi) - 1
        while i >= 0 and self.ratio_key_starts[i] >= lo:
            if self.ratio_key_ends[i] <= hi:
                return self.ratio_key_ends[i]
            i -= 1
        return default

    def names_own_trial(self, before: str) -> bool:
        """Does the text name one of the document's own trials ("In the primary analysis of
        SOLO2, olaparib prolonged ...")?"""
        if "_own_names_re" not in self.__dict__:
            names = [n for n in (self.record.get("trial_names") or "").split(";") if len(n) >= 3]
            self.__dict__["_own_names_re"] = (
                re.compile(
                    r"(?<![\w-])(?:"
                    + "|".join(
                        r"[-\s]?".join(map(re.escape, re.split(r"[-\s]+", n))) for n in names
                    )
                    + r")(?![\w-])",
                    re.IGNORECASE,
                )
                if names
                else None
            )
        own = self.__dict__["_own_names_re"]
        return own is not None and own.search(before) is not None

    def _own_trial(self, name: str) -> bool:
        """Is the trial key ``name`` one of the document's own (or a longer or shorter form
        of one: "DECLARE" of "DECLARE-TIMI-58")?"""
        return any(
            name == o or o.startswith(name) or name.startswith(o) for o in self.own_trial_keys
        )

    def _cited_names_re(self) -> re.Pattern | None:
        """The names of trials the document cites but does not report, as printed."""
        if "_cited_re" not in self.__dict__:
            names = [
                n
                for n in (self.record.get("trial_names_cited") or "").split(";")
                if n and trials.key(n) not in self.own_trial_keys and len(n) >= 3
            ]
            escaped = [re.escape(n) for n in sorted(names, key=len, reverse=True)]
            # (grouped by first characters, each name's boundary looked for after its first
            # character: the engine scans for the capitals the names open with)
            grouped = word_start_alternation(escaped, r"\w-") if names else None
            self._cited_re = (
                re.compile(
                    f"(?:{grouped})(?![\\w-])"
                    if grouped
                    else r"(?<![\w-])(?:" + "|".join(escaped) + r")(?![\w-])"
                )
                if names
                else None
            )
        return self._cited_re

    def later_main_estimate(self, pos: int) -> bool:
        """Does a later sentence state a ratio for the whole population ("In the overall population")?

        The answer of the last search is kept: asked in text order, the text is scanned
        about once in all, not once per estimate.
        """
        searched_from, found = self._overall_population
        if found is not None and searched_from <= pos <= found:
            return True
        if found is None and 0 <= searched_from <= pos:
            return False
        m = OVERALL_POPULATION_RE.search(self.text, pos)
        self._overall_population = (pos, m.start() if m else None)
        return m is not None

    def previous_sentence_counts_a_subset(self, sent_start: int) -> bool:
        """Does the previous sentence count a subset of the patients ("468 had no brain
        metastases", "604 (75.3%) had left-sided tumors")?"""
        previous = self.sentences.previous(sent_start)
        if previous is None:
            return False
        return _SUBSET_COUNT_RE.search(self.text, *previous) is not None

    def previous_sentence_modifies_effect(self, sent_start: int) -> bool:
        """Does the previous sentence say the effect differed across populations ("chemotherapy
        benefit differed by menopausal status (interaction p=0.0004)", "a significant
        interaction with age")? Then a population the next sentence names is one of them, and
        one the sentence after names ("In premenopausal women, ..."), when the sentence
        between opened with another. (Answered once per sentence: a sentence of thousands of
        estimates asks it for each.)"""
        known = self.__dict__.setdefault("_modifies_effect", {})
        if sent_start not in known:
            known[sent_start] = self._previous_sentence_modifies_effect(sent_start)
        return known[sent_start]

    def _previous_sentence_modifies_effect(self, sent_start: int) -> bool:
        said = self._effect_modification_at
        if not said or said[0] >= sent_start:
            return False  # (most pages say it nowhere before: nothing more to look for)
        previous = self.sentences.previous(sent_start)
        if previous is None:
            return False
        start, end = previous
        if self._effect_modification_within(start, end):
            return True
        if not LEADING_SUBGROUP_RE.match(self.text, start, end) and not SUBGROUP_WEAK_RE.match(
            self.text, start, end
        ):
            return False
        before = self.sentences.previous(start)
        return before is not None and self._effect_modification_within(*before)

    @functools.cached_property
    def _effect_modification_at(self) -> list[int]:
        """Where the page says an effect differed across populations, in order (its words
        looked for first: most pages hold none)."""
        lowered = self.lowered
        if lowered is None:  # (lower-casing moved offsets: the pattern read case-blind)
            pattern, lowered = _EFFECT_MODIFICATION_ANY_CASE_RE, self.text
        else:
            pattern = _EFFECT_MODIFICATION_RE
            if not any(w in lowered for w in _EFFECT_MODIFICATION_WORDS):
                return []
        return [m.start() for m in pattern.finditer(lowered)]

    def _effect_modification_within(self, start: int, end: int) -> bool:
        said = self._effect_modification_at
        i = bisect_left(said, start)
        return i < len(said) and said[i] < end

    def previous_sentence_leads_subgroup(self, sent_start: int) -> bool:
        """Does the previous sentence open with a subgroup ("Among poor-risk patients, ...")?"""
        previous = self.sentences.previous(sent_start)
        if previous is None:
            return False
        start, end = previous
        return bool(LEADING_SUBGROUP_RE.match(self.text, start, end))

    def previous_outcome(self, sent_start: int, skip=frozenset(), sentences: int = 1) -> str:
        """Last endpoint (not in ``skip``) named in the ``sentences`` sentences before
        ``sent_start`` in the same paragraph, the nearest first."""
        return self.previous_outcome_at(sent_start, skip, sentences)[0]

    def previous_outcome_at(
        self, sent_start: int, skip=frozenset(), sentences: int = 1
    ) -> tuple[str, int]:
        """(previous_outcome, how many sentences back it is named: 1 for the sentence just
        before), or ("", 0): one walk answers both "the previous sentence" and "two
        sentences back", which ask the same of the sentence just before."""
        if not self.outcomes.mentions:
            return "", 0  # a text that names no endpoint: no sentence of it does
        text = self.text
        for back in range(1, sentences + 1):
            previous = self.sentences.previous(sent_start)
            if previous is None:
                return "", 0
            start, end = previous
            if text.find("\n", end, sent_start) != -1:
                return "", 0
            named = {c for _, _, c in self.outcomes.within(start, end) if c not in skip}
            if len(named) > 1:
                # "The key secondary end point was myocardial infarction": the endpoint named
                named -= AMBIGUOUS_OUTCOMES
            if len(named) > 1:
                # "Mortality, recurrence of shock, ... and renal-replacement therapy did not
                # differ": a list of endpoints does not say which one the next sentence times
                return "", 0
            if named:
                return named.pop(), back
            sent_start = start
        return "", 0

    def stated_in_qualifier(self, qualifier: str) -> tuple:
        """((numerator, denominator), rule) when a measure's qualifier names both arms, or
        the dose of the document's drug against its comparator, else (None, ""); kept per
        qualifier (a page repeats its qualifiers far more often than it varies them)."""
        cache = self.__dict__.setdefault("_stated_in_qualifier", {})
        found = cache.get(qualifier)
        if found is None:
            stated = _stated_orientation(qualifier, self.arms, self.arm_abbreviations)
            if stated:
                found = self.expand_pair(stated), "orientation.stated_in_clause"
            else:
                stated = _dose_orientation(qualifier, self)
                found = (stated, "orientation.dose_of_the_documents_drug") if stated else (None, "")
            cache[qualifier] = found
        return found

    def default_comparison(self) -> str:
        if len(self.arms) == 2 and self.arms_ordered:
            return f"{self.arms[0]} vs {self.arms[1]}"
        return ""


@functools.lru_cache(maxsize=1024)
def _title_or_arms_of(title: str) -> tuple[str, ...]:
    """The arms a title's "A or B" names, when they are all the document's arms come from
    and neither is a control ("Saline or Albumin for Fluid Resuscitation ..."); () else."""
    if not title_or_pair(title):
        return ()
    arms = parsing_arms("", title, False)
    if any(_CONTROL_WORDS_RE.search(a) for a in arms):
        return ()  # the control is the comparator, whatever the order
    return tuple(arms)


def _title_or_arms(title: str, arms: list[str]) -> bool:
    """Are ``arms`` the two of a title's "A or B", which says which arm is which only by a
    control word?"""
    return len(arms) == 2 and _title_or_arms_of(title) == tuple(arms)


def _on_lowered(pattern: re.Pattern) -> re.Pattern:
    """The same case-insensitive pattern for lower-cased text, without re.IGNORECASE:
    two to five times faster, and the cue tests below ask only whether it matches."""
    source = re.sub(
        r"\\.|[A-Z]",
        lambda m: m.group() if len(m.group()) == 2 else m.group().lower(),
        pattern.pattern,
    )
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


# An adjusted comparison of treatments in a non-randomised cohort ("propensity-matched",
# "users of A vs B"): the role is other, never a treatment effect or a prognostic factor.
NONRANDOMISED_COMPARISON_RE = re.compile(
    r"\bpropensity|\bmatched\b|\bweight(?:ed|ing)\b|\binitiat(?:ors?|ion\s+of)\b|\b(?:non-?)?users?\b|\buse\s+of\b"
    # an exposure's use outside a model of covariates: "PPI use was associated with incident
    # CKD" (not "In the multivariable model, cirrhosis and alcohol use were associated")
    r"|^(?!.*\b(?:multivariab|multivariat|model)).*?\buse\b"
    r"|\bexposure\b|\btreated\s+with\b"
    # a treatment or procedure the cohort was exposed to, as the subject of its association
    # ("Cataract extraction was associated with", "Glaucoma surgery was not associated",
    # "co-prescription of opioids and gabapentin was associated", "medication periods were
    # associated"; not a model's terms nor a treatment before baseline: "In the multivariable
    # model, ...", "prior cytoreductive nephrectomy was associated with longer OS")
    r"|^(?!.*\b(?:(?:multivariab|multivariat)(?!\w*\s+adjust)|model|prior|previous|history\s+of"
    r"|baseline|before))"
    r".*?\b(?:surger(?:y|ies)|surgical|extraction|\w+ectomy|\w+plasty|transplant(?:ation)?"
    r"|vaccin(?:e|es|ation)|medications?|(?:co-?)?prescri(?:ption|bing|bed)s?|procedures?"
    r"|ablation|stenting)\b.*?\bassociat"
    # an exposure's association set against a named comparator: "Tramadol was associated with
    # significantly higher all-cause mortality compared with naproxen (HR", "bystander CPR was
    # associated with a risk ... lower than the risk associated with no bystander resuscitation ("
    # (not a model's levels against a reference level: "In the fully adjusted model, serum
    # phosphate above 5.5 mg/dL was associated with higher mortality compared with 3.5-5.5")
    r"|^(?!.*\b(?:multivariab|multivariat|model))"
    r".*?\bassociat\w*\s+with\b[^.;()]{0,150}?\b(?:compared\s+(?:with|to)|relative\s+to"
    r"|than\s+(?:the\s+risk\s+)?(?:associated\s+with|with|in|among))\s+(?![\d<>≥≤])"
    # ... or the comparator set between commas before the association: "Empagliflozin, as
    # compared with sitagliptin, was associated with lower rates of HHF", "early initiation,
    # as compared with delayed initiation, was associated with lower mortality"
    r"|^(?!.*\b(?:multivariab|multivariat|model))"
    r".*?,\s*(?:as\s+)?(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?![\d<>≥≤])"
    r"[^,;()]{1,80},\s*(?:was|were)\s+(?:not\s+)?associat",
    re.IGNORECASE,
)
_CUES = {
    name: _on_lowered(pattern)
    for name, pattern in (
        ("quoted", QUOTED_RE),
        ("sensitivity", SENSITIVITY_RE),
        ("subgroup_strong", SUBGROUP_STRONG_RE),
        ("subgroup_population", SUBGROUP_POPULATION_RE),
        ("association", ASSOCIATION_RE),
        ("covariate", COVARIATE_RE),
        ("subgroup_weak", SUBGROUP_WEAK_RE),
        ("biomarker_strong", BIOMARKER_STRONG_RE),
        ("comparative", COMPARATIVE_RE),
        ("biomarker", BIOMARKER_RE),
        ("treatment", TREATMENT_CUE_RE),
        ("nonrandomised_comparison", NONRANDOMISED_COMPARISON_RE),
    )
}
# Words without which a cue cannot match: every alternative of the cue's pattern holds one
# of them (lower case, no spaces, so none spans the join of the text before the measure and
# its qualifier). A cue is searched only where one of its words is; most sentences hold
# none, and a search for the words costs a fraction of the cue's search
# (tests/test_extraction_prefilters.py checks every cue against its words).
CUE_WORDS = {
    "quoted": (
        "meta",
        "pooled",
        "pooling",
        "combined",
        "prior",
        "earlier",
        "previous",
        "other",
        "published",
        "shown",
        "review",
        "separate",
        "companion",
        "predecessor",
        "preceding",
    ),
    "sensitivity": (
        "censor",
        "cross",
        "sensitivity",
        "protocol",
        "treat",
        "preserving",
        "stage",
        "probability",
        "adjust",
        "actually",
        "landmark",
        "unstratified",
        "restricted",
        "achiev",
        "correct",
        "controlling",
        "exclud",
        "period",
        "who",
        "efficacy",
        "same",
        "repeated",
    ),
    "subgroup_strong": ("sub", "strat", "interaction", "categor", "pre", "risk"),
    "subgroup_population": (
        "baseline",
        "randomi",
        "enrol",
        "entry",
        "tile",
        "without",
        "cohort",
        "population",
        "stratum",
    ),
    "association": (
        "adjusted",
        "associated",
        "variat",
        "variabl",
        "cox",
        "prognostic",
        "predict",
        "independent",
        "per",
        "presence",
        "factor",
        "level",
        "covariate",
        "retained",
    ),
    "covariate": (
        "level",
        "expression",
        "mutation",
        "polymorphism",
        "genotype",
        "baseline",
        "status",
        "score",
        "presence",
        "ecog",
        "group",
        "stage",
        "grade",
        "age",
    ),
    "subgroup_weak": (
        "responders",
        "carriers",
        "completers",
        "patients",
        "those",
        "participants",
        "subjects",
        "men",
        "children",
        "adults",
        "elderly",
        "older",
        "younger",
        "individuals",
        "persons",
        "people",
        "infants",
        "cases",
        "babies",
        "neonates",
        "newborns",
        "girls",
        "boys",
        "pts",
        "smokers",
        "asian",
        "white",
        "black",
        "japanese",
        "chinese",
        "korean",
        "european",
        "american",
        "western",
        "eastern",
        "hispanic",
        "including",
        "positive",
        "negative",
        "mutant",
        "mutated",
        "wild",
        "high",
        "low",
        "infected",
        "naive",
        "naïve",
        "age",
        "zone",
        "stage",
        "grade",
        "class",
        "tier",
    ),
    "biomarker_strong": (
        "level",
        "expression",
        "model",
        "biomarker",
        "mutation",
        "polymorphism",
        "genotype",
        "prognostic",
        "per",
        "predictor",
        "independent",
    ),
    "comparative": ("vs", "versus", "compared", "than", "favo", "group", "arm", "reduc", "improv"),
    "biomarker": (
        "variat",
        "variabl",
        "cox",
        "prognostic",
        "predict",
        "independent",
        "biomarker",
        "level",
        "express",
        "per",
        "factor",
        "associated",
        "mutation",
        "polymorphism",
        "genotype",
        "score",
        "covariate",
        "baseline",
    ),
    "treatment": (
        "placebo",
        "treat",
        "randomi",
        "assigned",
        "addition",
        "combination",
        "chemotherapy",
        "arm",
        "group",
        "nib",
        "mab",
        "platin",
        "taxel",
        "rubicin",
        "limus",
        "ciclib",
        "parib",
    ),
    "nonrandomised_comparison": (
        "propensity",
        "matched",
        "weight",
        "initiat",
        "use",
        "exposure",
        "treated",
        "surg",
        "extraction",
        "ectomy",
        "plasty",
        "transplant",
        "vaccin",
        "medication",
        "prescri",
        "procedure",
        "ablation",
        "stenting",
        "associat",
    ),
}


def _words_re(words) -> re.Pattern:
    """Any of ``words`` (plain lower-case words), grouped by first character for a fast search."""
    escaped = [re.escape(w) for w in words]
    return re.compile(grouped_alternation(escaped) or "|".join(escaped))


_CUE_WORD_RES = {name: _words_re(words) for name, words in CUE_WORDS.items()}


# any cue's word: a window without one matches no cue (one search instead of several)
_ANY_CUE_WORD_RE = _words_re(sorted({w for ws in CUE_WORDS.values() for w in ws}))


def _existence_forms(pattern: re.Pattern) -> tuple[re.Pattern, re.Pattern | None]:
    """Two patterns that match, one or the other, wherever ``pattern`` matches: its
    alternatives that open with \\b and a word character, grouped by first character with
    the boundary looked for behind it (see textscan: the engine scans for those characters
    instead of trying every alternative at every offset), and the others as they are. For
    a search that asks only whether the pattern matches at all."""
    fast, slow = [], []
    for alternative in _top_level_split(pattern.pattern):
        grouped = (
            word_start_alternation([alternative[2:]], r"\w")
            if alternative.startswith("\\b")
            else None
        )
        # (\b before a word character: the character before it is none)
        if grouped and all(re.fullmatch(r"\w", g[0]) for g in _top_level_split(grouped)):
            fast.append(alternative[2:])
        else:
            slow.append(alternative)
    return (
        re.compile(word_start_alternation(fast, r"\w") if fast else "(?!x)x", pattern.flags),
        re.compile("|".join(slow), pattern.flags) if slow else None,
    )


_CUE_FORMS = {name: _existence_forms(pattern) for name, pattern in _CUES.items()}


def _cue_found(name: str, lowered: str) -> bool:
    """Does cue ``name`` match ``lowered`` (lower-cased text)? Searched only when one of its
    words is there (in the forms of _existence_forms, which match where the cue does)."""
    if _CUE_WORD_RES[name].search(lowered) is None:
        return False
    fast, slow = _CUE_FORMS[name]
    return fast.search(lowered) is not None or (
        slow is not None and slow.search(lowered) is not None
    )


def _without_endpoints(doc: _Document, start: int, end: int) -> str:
    """``doc.text[start:end]`` with the endpoints it names blanked: words inside an
    endpoint's name are not cues ("doubling of the serum creatinine level was 0.81" names
    no biomarker level)."""
    text = doc.text
    mentions = doc.outcomes.within(start, end)
    if not mentions:
        return text[start:end]
    parts, last = [], start
    for m_start, m_end, _ in mentions:
        parts.append(text[last:m_start])
        parts.append(" " * (m_end - m_start))
        last = m_end
    parts.append(text[last:end])
    return "".join(parts)


# "among patients receiving invasive mechanical ventilation", "in those who were
# undergoing dialysis": a population defined by care other than the trial's arms
# (each word opens with its letter, the boundary looked for behind it: a fast scan)
_RECEIVING_RE = re.compile(
    r"(?:i(?<!\w.)n|a(?<!\w.)mong)\s+(?:the\s+)?(?:patients|those|participants|subjects|individuals)\s+"
    r"(?:who\s+(?:were|was)\s+)?(?:receiving|requiring|undergoing|on)\s+(?P<care>[^,;()]{3,60})"
)


def _receiving_other_care(lowered: str, arm_words) -> bool:
    """Does the (lower-case) text name a population by care it received that is not one
    of the trial's arms ("among those receiving oxygen without invasive mechanical
    ventilation"; not "in patients receiving nivolumab")?"""
    for m in _RECEIVING_RE.finditer(lowered):
        care = m.group("care")
        if any(w in care for w in arm_words) or _cue_found("treatment", care):
            continue
        return True
    return False


@functools.lru_cache(maxsize=4096)
def _blank_endpoints(text: str) -> str:
    """``text`` with the endpoints it names blanked (see _without_endpoints); kept, as
    _mentions_in: a page repeats its qualifiers far more often than it varies them."""
    for start, end, _ in reversed(list(outcome_mentions(text))):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# A list of estimates labelled by population: an item's label right before its measure's
# name or value ("paucigravidae: RR = 1.10", "- Russia/Georgia: no apparent effect (HR
# 1.10"), after a sibling labelled as everyone in the same sentence ("all women: relative
# risk [RR] = 1.04 ...; paucigravidae: RR = 1.10 ...") or under a head line that splits the
# results by a characteristic ("Results by region" over "- Americas: ...")
_ITEM_LABEL_RE = re.compile(
    r"(?:^|[;(\n]|\s[-–•]\s|^[-–•]\s)[ \t]*[-–•]?[ \t]*(?P<label>[A-Za-z][\w /'’,.+-]{1,40}?)[ \t]*:[ \t]*"
    r"(?P<rest>[^:;\n]{0,120})$"
)
_EVERYONE_LABEL_RE = re.compile(
    r"(?:^|[;(\n]|\s[-–•]\s)[ \t]*(?:all[ \t]+(?:women|men|patients|participants|children|infants|adults"
    r"|randomi[sz]ed(?:[ \t]+patients)?|subjects|pregnancies)|overall|whole[ \t]+(?:population|cohort|trial)"
    r"|intention[- ]to[- ]treat(?:[ \t]+population)?|itt(?:[ \t]+population)?|total(?:[ \t]+population)?)"
    r"[ \t]*:",
    re.IGNORECASE,
)
_RESULTS_BY_RE = re.compile(
    r"\bby[ \t]+(?:region|country|countries|continent|site|age(?:[ \t]+group)?|sex|gender|subgroup|strat(?:um|a)"
    r"|baseline[ \t]+\w+|prior[ \t]+disease|tertile|quartile|quintile)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _listed_population(doc, sent_start: int, key_start: int) -> str:
    """The rule that makes a labelled list item a population's estimate, or ""."""
    text = doc.text
    item = _ITEM_LABEL_RE.search(text, max(0, key_start - 180), key_start)
    if not item or _EVERYONE_LABEL_RE.match("; " + item.group("label") + ":"):
        return ""
    label = item.group("label").strip()
    if (
        any(w and w in label.lower() for w in doc.arm_words)
        or _ITEM_IS_MEASURE_RE.search(label)
        # (an endpoint's label: "all patients: HR 0.80; PFS: HR 0.70")
        or next(iter(outcome_mentions(text, item.start("label"), item.end("label"))), None)
    ):
        return ""
    if _EVERYONE_LABEL_RE.search(text, sent_start, item.start("label")):
        return "role.subgroup_listed_beside_everyone"
    bullet = text.rfind("\n", 0, item.start("label")) + 1
    if text[bullet : item.start("label")].strip(" \t") in ("-", "–", "•"):
        head = text.rfind("\n\n", 0, bullet)
        block = text[head + 2 if head >= 0 else 0 : bullet]
        heading = block.split("\n", 1)[0]
        if _RESULTS_BY_RE.search(heading) and all(
            ln.lstrip().startswith(("-", "–", "•")) for ln in block.split("\n")[1:] if ln.strip()
        ):
            return "role.subgroup_listed_by_characteristic"
    return ""


# a label that names a measure or an analysis, not a population ("Hazard ratio: 0.8",
# "Primary endpoint:", "Results:")
_ITEM_IS_MEASURE_RE = re.compile(
    r"\b(?:ratio|risk|hazard|odds|HR|OR|RR|IRR|CI|endpoint|end[ \t]+point|outcome|results?|analysis"
    r"|primary|secondary|mortality|death|survival|p)\b",
    re.IGNORECASE,
)


# the exposure an observational study's title names: "X and (the) risk of ...",
# "Association(s) between X and ...", "Effect(s) of X on ..."
_TITLE_EXPOSURE_RE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:associations?|relationships?|links?)\s+(?:between|of)\s+(?P<a>[^:;]{3,80}?)"
    r"\s+(?:and|with)\s+|(?:long-term\s+)?(?:effects?|impact)\s+of\s+(?P<b>[^:;]{3,80}?)\s+on\s+"
    r"|(?P<c>[^:;]{3,80}?)\s+and\s+(?:the\s+)?(?:long-term\s+)?(?:risks?|incidence|mortality"
    r"|outcomes?|rates?)\b|(?P<d>[^:;]{3,80}?)\s+and\s+[\w-]+(?:\s+[\w-]+)?\s+risk\b)",
    re.IGNORECASE,
)
_RANDOMISED_WORD_RE = re.compile(r"(?<![Nn]on)(?<![Nn]on-)(?:[Rr]andomi[sz]|RANDOMI[SZ])")
# ("Allocation was by patient preference, not by randomization")
_NEGATED_BEFORE_RE = re.compile(r"\b(?:not|no|without)\s+(?:by\s+|a\s+)?$", re.IGNORECASE)
_PREDICTOR_TITLE_RE = re.compile(
    r"\b(?:predict\w*|factors?|prognos\w*|markers?|biomarkers?|determinants?)\b", re.IGNORECASE
)
_NOT_EXPOSURE_WORDS = frozenset(
    """consumption exposure treatment therapy association associations between patients people
    among adults women children cohort population primary tumor tumour location stage grade
    level levels status score scores""".split()
)


def _ratio_role(
    doc: _Document,
    sent_start: int,
    key_start: int,
    match_end: int,
    sent_end: int,
    qualifier: str,
    outcome: str,
    effect_before: bool,
) -> tuple[str, str]:
    """What a ratio estimates, from cue phrases before it in its sentence: ``other`` when
    quoted, another trial's or a sensitivity re-analysis (and every ratio of a review or
    meta-analysis); ``subgroup`` for a named subgroup, or a weaker cue ("in patients with
    ...") once the main comparison is given; ``biomarker_or_prognostic`` for a covariate's
    association that names no arm; else the randomised comparison (``treatment_effect``),
    or ``other`` in a single-arm or observational study."""
    text = doc.text
    before = _without_endpoints(doc, sent_start, key_start) + " " + _blank_endpoints(qualifier)
    if doc.design in trials.NOT_TRIAL_REPORTS:
        return (
            "other",
            "role.review_or_meta_analysis",
        )  # quoted or pooled, never a trial's own comparison
    lowered = before.lower()
    # (the words hold no space: each is inside the lower-cased text or qualifier, or nowhere)
    has_words = doc.names_cue_words and _ANY_CUE_WORD_RE.search(lowered) is not None
    cue = lambda name: has_words and _cue_found(name, lowered)  # noqa: E731
    # a treatment arm named in the sentence, or treatment wording when the arms are unknown
    names_arm = (
        any(a and a in lowered for a in doc.arm_words)
        or cue("treatment")
        or (doc.short_arm_re is not None and doc.short_arm_re.search(lowered) is not None)
    )
    outside = (
        _outside_the_comparison(doc, cue, before, key_start)
        or _after_quoted_evidence(doc, sent_start, lowered)
        or _inside_a_quotation_of_evidence(doc, key_start)
        or _back_to_another_trial(doc, sent_start)
        or _after_another_study_introduced(doc, sent_start, lowered)
        or _under_a_related_trial_label(doc, key_start)
    )
    if outside:
        return "other", outside
    if (
        "independent" in lowered
        and doc.design != "observational"  # (a cohort's exposure is its own estimate)
        and _INDEPENDENT_PREDICTOR_RE.search(_lead_in(lowered))
    ):
        # "Metastases in nonsentinel nodes, present in 11.5% of the dissection group,
        # independently predicted recurrence (hazard ratio, 1.78": a covariate's association
        # in a model, whatever arm the clause mentions
        return "biomarker_or_prognostic", "role.independent_predictor"
    if ("first" in lowered or "after" in lowered or "beyond" in lowered or "from" in lowered) and (
        _time_window(doc, lowered, sent_start, sent_end)
    ):
        # "within the first 15 months the HR was 0.61 (...), whereas after 15 months it was
        # 1.22", "fewer deaths from three months to three years in the endovascular group
        # (hazard ratio 0.57": the comparison in one window of follow-up
        return "other", "role.time_window"
    if (
        doc.reference_blocks
        and trials.in_blocks(doc.reference_blocks, key_start)
        and _SUBGROUP_PAPER_RE.search(_entry_at(doc, key_start))
    ):
        # an entry on the trial's own subgroup paper ("...: a subgroup analysis of WARCEF.
        # [Abstract excerpt: "Younger patients benefited from warfarin ..."]")
        return "subgroup", "role.subgroup_paper_of_the_trial"
    if cue("subgroup_strong"):
        return "subgroup", "role.subgroup_named"
    if ":" in text[max(0, key_start - 180) : key_start]:
        listed = _listed_population(doc, sent_start, key_start)
        if listed:
            return "subgroup", listed
    if (
        "group" in lowered
        and not (doc.single_arm or doc.design == "observational")
        and _GROUP_NAMED_BACK_RE.search(lowered)
    ):
        # a group the sentence before set apart, named back: "...; in that group the hazard
        # ratio", "In this group the odds ratio was" (an arm is "the placebo group")
        return "subgroup", "role.subgroup_named"
    if (
        ("th" in lowered)
        and not (doc.single_arm or doc.design == "observational")
        and _POPULATION_NAMED_BACK_RE.match(lowered)
        and doc.previous_sentence_counts_a_subset(sent_start)
    ):
        # "Of 529 patients who underwent randomization, 468 had no brain metastases. In that
        # population, median progression-free survival ... (hazard ratio": the subset the
        # sentence before counted, named back
        return "subgroup", "role.subgroup_named_back"
    if (
        cue("subgroup_population")
        and not (doc.single_arm or doc.design == "observational")
        and not _WHOLE_POPULATION_LAST_RE.search(_lead_in(lowered))
    ):
        return "subgroup", "role.subgroup_population"
    respectively = text.find("respectively", sent_start, sent_end) != -1
    if respectively and doc.previous_sentence_leads_subgroup(sent_start):
        return "subgroup", "role.subgroup_respectively"
    if doc.design == "observational" and cue("nonrandomised_comparison"):
        return "other", "role.adjusted_comparison_in_a_cohort"
    # "When all 529 randomized patients, including those with brain metastases, were
    # analyzed": the whole randomised population, whatever subset it names as included
    whole = ("all " in lowered and _ALL_RANDOMISED_RE.search(lowered) is not None) or (
        "overall" in lowered and _WHOLE_POPULATION_LAST_RE.search(_lead_in(lowered)) is not None
    )
    if (
        names_arm
        and not whole
        and cue("association")
        and cue("subgroup_weak")
        and (effect_before or doc.later_main_estimate(sent_end))
    ):
        # "ICD implantation was associated with lower mortality among patients younger than
        # 68 years (hazard ratio, 0.64": the treatment's association within a population,
        # once the main comparison is given, is its effect in a subgroup
        return "subgroup", "role.subgroup_after_main_effect"
    if names_arm and cue("association") and _adjusted_treatment_association(doc, lowered):
        # "In a Cox model adjusted for age, nodal status, ..., the addition of ovarian
        # suppression to tamoxifen was associated with a hazard ratio of 0.78": the
        # treatment's comparison re-analysed with covariates, beside the randomised one
        return "other", "role.adjusted_reanalysis_of_the_treatment"
    if not names_arm and "model" in lowered and _SAME_MODEL_RE.search(lowered):
        # "In the same model, positive nodal status (hazard ratio vs. node-negative, 1.71":
        # a covariate of the model the text has described, its levels compared
        return "biomarker_or_prognostic", "role.covariate_of_the_same_model"
    exposure = doc.title_exposure
    if exposure and any(stem in lowered for stem in exposure):
        # "Vasectomy was associated with ... (RR, 1.10" on a page titled "Vasectomy and
        # Risk of Aggressive Prostate Cancer": the study's own exposure, compared without
        # randomisation, not a covariate of a model
        return "other", "role.exposure_of_an_observational_study"
    if cue("association") and (
        not names_arm or _cue_found("covariate", _STRATIFIED_BY_RE.sub(" ", lowered))
    ):
        return "biomarker_or_prognostic", "role.association_with_covariate"
    if (
        not whole
        and (
            cue("subgroup_weak")
            # (each of its populations is a cue word: none without one)
            or (has_words and _receiving_other_care(lowered, doc.arm_words))
            or (("among " in lowered or "in " in lowered) and _COUNT_POPULATION_RE.search(lowered))
        )
        and (effect_before or doc.later_main_estimate(sent_end))
    ):
        return "subgroup", "role.subgroup_after_main_effect"
    if (
        not whole
        and not (doc.single_arm or doc.design == "observational")
        and cue("subgroup_weak")
        and (
            # (the next population follows closely: a window, linear on a page of one
            # sentence)
            _another_population_after(text[match_end : min(sent_end, match_end + _CONTRAST_REACH)])
            or _contrasted_population_before(lowered)
        )
    ):
        # "... in patients younger than 75 years at entry (rate ratio 0.50, 0.38-0.66), but
        # not in those aged 75 years or older (0.86": populations set against each other in
        # one sentence are subgroups, the first as the second, main effect given or not
        return "subgroup", "role.subgroup_contrasted_in_sentence"
    if (
        not whole
        and not (doc.single_arm or doc.design == "observational")
        and _parallel_populations(doc, sent_start, key_start, sent_end)
    ):
        # "... occurred in 59 (15.2%) vs. 79 (20.3%) ACS patients [hazard ratio 0.73 ...],
        # and in 69 (19.0%) vs. 73 (19.9%) CCS patients (HR 0.94", "... after a minor stroke
        # (odds ratio 0.89 ...), in 11 of 388 versus 14 of 392 after a moderate stroke (odds
        # ratio": one comparison in populations that differ by one word, each before its
        # bracket
        return "subgroup", "role.subgroup_parallel_populations"
    if (
        not whole
        and not (doc.single_arm or doc.design == "observational")
        and doc.previous_sentence_modifies_effect(sent_start)
        and cue("subgroup_weak")
    ):
        # "... chemotherapy benefit differed by menopausal status (interaction p=0.0004). In
        # postmenopausal women, 5-year IDFS was 91.9% ... (HR 0.97": a population the
        # sentence before set the effect apart by
        return "subgroup", "role.subgroup_after_effect_modification"
    if cue("biomarker_strong") and not names_arm and not cue("comparative"):
        if effect_before and _BENEFIT_RE.search(lowered):
            # "Patients whose leukemia carried IDH1 or IDH2 mutations appeared to derive
            # particular benefit (hazard ratio, 0.35": the treatment's effect in a subgroup
            return "subgroup", "role.subgroup_deriving_benefit"
        return "biomarker_or_prognostic", "role.biomarker_without_arms"
    return _role_without_cues(doc, cue, names_arm, lowered, key_start)


_CONTRAST_REACH = 400
# a population right before an estimate's bracket, its people or its condition named by a
# head noun after one word that sets it apart ("in 69 (19.0%) vs. 73 (19.9%) CCS patients
# (", "after a moderate stroke (", "among older women ["); the arms' counts may stand between
_PARALLEL_HEADS = tuple(
    """patients participants subjects women men children adults infants people stroke strokes
    disease cancer cancers tumor tumors tumour tumours infarction infarctions lesion lesions
    stratum strata""".split()
)
_PARALLEL_POPULATION_RE = re.compile(
    r"\b(?:in|among|after|for)\s+(?:an?\s+|the\s+)?"
    r"(?:\d[\d.,·]*(?:\s*\(\d[\d.,·]*%\))?\s+(?:vs\.?|versus|and)\s+\d[\d.,·]*"
    r"(?:\s*\(\d[\d.,·]*%\))?\s+)?"
    r"(?P<mod>[A-Za-z][\w-]*)\s+(?P<head>"
    # (the longest first: "strokes" before "stroke")
    + "|".join(sorted(_PARALLEL_HEADS, key=len, reverse=True))
    + r")\s*[\[(]",
    re.IGNORECASE,
)
# how far on either side of an estimate the other population of the pair is looked for
_PARALLEL_REACH = 600


def _parallel_populations(doc: _Document, sent_start: int, key_start: int, sent_end: int) -> bool:
    """Does the population right before the estimate's bracket (_PARALLEL_POPULATION_RE, its
    bracket opened at most 40 characters before the estimate's measure) have a twin in its
    sentence, the same head noun after another word, before another bracket (never an arm's
    name: "in the ... group" is no population here)?"""
    # (most estimates: no population's head noun right before their bracket, told by string
    # operations on the 40 characters before the measure)
    text = doc.text
    lo = max(sent_start, key_start - 40)
    bracket = max(text.rfind("(", lo, key_start), text.rfind("[", lo, key_start))
    if (
        bracket < 0
        or text.find(")", bracket, key_start) >= 0
        or text.find("]", bracket, key_start) >= 0
        or not text[max(0, bracket - 20) : bracket].rstrip().lower().endswith(_PARALLEL_HEADS)
    ):
        return False
    found = doc.parallel_cache.get(sent_start)
    if found is None:
        # (the sentence's populations found once, whatever its number of estimates: a page
        # of one long sentence is scanned once)
        found = []
        for m in _PARALLEL_POPULATION_RE.finditer(text, sent_start, sent_end):
            mod, head = m.group("mod").lower(), m.group("head").lower().rstrip("s")
            if mod not in doc.arm_words and mod not in _PARALLEL_NOT_MODIFIERS:
                found.append((m.start(), m.end(), mod, head))
        doc.parallel_cache[sent_start] = found
    if not found:
        return False
    i = bisect_right(found, key_start, key=_population_start)
    own = found[i - 1] if i and key_start - found[i - 1][1] in range(0, 41) else None
    if own is None:
        return False
    # (the populations starting within reach on either side, the estimate's own among them)
    lo = bisect_left(found, key_start - _PARALLEL_REACH, key=_population_start)
    hi = bisect_right(found, key_start + _PARALLEL_REACH, key=_population_start)
    return any(f[3] == own[3] and f[2] != own[2] for f in found[lo:hi])


def _population_start(found: tuple) -> int:
    return found[0]


# words before a head noun that set no population apart ("in all patients", "in these
# patients", "in randomised patients", "in treated patients")
_PARALLEL_NOT_MODIFIERS = frozenset(
    """all these those both randomised randomized treated evaluable assigned enrolled eligible
    other remaining such each every any many most some few more fewer the""".split()
)
# a conjunction opening the next population of a contrast: "..., but not in those aged",
# "... and in women (", "whereas among smokers" (the population itself read by
# SUBGROUP_WEAK_RE where its "in", "among" or "for" stands)
_CONTRAST_THEN_POPULATION_RE = re.compile(
    r"\b(?:but|and|whereas|while)\s+(?:not\s+|also\s+|only\s+)?(?P<pop>(?:in|among|for)\b)"
)


def _populations_opened_by_a_contrast(lowered: str) -> bool:
    """Does ``lowered`` hold a population cue (SUBGROUP_WEAK_RE) opened by a contrast's
    conjunction?"""
    return any(
        SUBGROUP_WEAK_RE.match(lowered, m.start("pop"))
        for m in _CONTRAST_THEN_POPULATION_RE.finditer(lowered)
    )


def _another_population_after(rest: str) -> bool:
    """Does the rest of the sentence, after an estimate, set another population against the
    estimate's own ("..., but not in those aged 75 years or older", "and among women")?"""
    return _populations_opened_by_a_contrast(rest.lower())


def _contrasted_population_before(lowered: str) -> bool:
    """Is the estimate's own lead-in, after an earlier estimate's bracket in its sentence,
    a population opened by a contrast ("(HR 0.19; ...) and in OAC-experienced patients (")?"""
    close = lowered.rfind(")")
    return close != -1 and _populations_opened_by_a_contrast(lowered[close + 1 :])


# a covariate said to predict or be associated with the outcome independently, in the
# estimate's own clause: "independently predicted recurrence", "was independently associated
# with death", "was an independent predictor of", "an independent risk factor for"
_INDEPENDENT_PREDICTOR_RE = re.compile(
    r"\bindependently\s+(?:predicted|predicts|predictive\s+of|associated\s+with|related\s+to)\b"
    r"|\ban?\s+independent\s+(?:predictor|prognostic\s+factor|risk\s+factor|determinant)s?\s+(?:of|for)\b"
)


_N_TIME = (
    r"(?:\d+(?:[.·]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|"
    r"twenty-four|thirty)\s*(?:months?|years?|weeks?|days?)\b"
)
_FIRST_WINDOW_RE = re.compile(rf"\b(?:within|during|in|over)\s+the\s+first\s+{_N_TIME}")
_LATER_WINDOW_RE = re.compile(rf"\b(?:after|beyond)\s+(?:the\s+first\s+)?{_N_TIME}")
_FROM_TO_WINDOW_RE = re.compile(rf"\bfrom\s+{_N_TIME}\s+to\s+{_N_TIME}")


def _time_window(doc, lowered: str, sent_start: int, sent_end: int) -> bool:
    """Is the estimate's own lead-in (since the last closed bracket) one window of a split
    follow-up: "within the first 15 months ... whereas after 15 months", or "from three
    months to three years"?"""
    tail = lowered[lowered.rfind(")") + 1 :]
    if _FROM_TO_WINDOW_RE.search(tail):
        return True
    first, later = _FIRST_WINDOW_RE.search(tail), _LATER_WINDOW_RE.search(tail)
    if not (first or later):
        return False
    sentence = doc.text[sent_start:sent_end].lower()
    return bool(_FIRST_WINDOW_RE.search(sentence) and _LATER_WINDOW_RE.search(sentence))


# an effect said to differ across populations: "differed by menopausal status", "varied
# according to age", "a significant interaction", "heterogeneity of the treatment effect"
# (on lower-cased text)
_EFFECT_MODIFICATION_RE = re.compile(
    r"\b(?:differed|differs|differ|varied|varies|vary)\s+(?:significantly\s+)?(?:by|according\s+to"
    r"|with|across|between)\b|\binteraction\b|\bheterogeneity\b|\beffect\s+modification\b"
)
_EFFECT_MODIFICATION_ANY_CASE_RE = re.compile(_EFFECT_MODIFICATION_RE.pattern, re.IGNORECASE)
_EFFECT_MODIFICATION_WORDS = (
    "differ",
    "vari",
    "vary",
    "interaction",
    "heterogeneity",
    "modification",
)
_ADJUSTED_FOR_RE = re.compile(r"\b(?:adjusted|adjusting|controlling)\s+for\b")
_SAME_MODEL_RE = re.compile(r"\b(?:in|from)\s+(?:the\s+same|this|that)\s+(?:[\w-]+\s+)?model\b")


def _adjusted_treatment_association(doc, lowered: str) -> bool:
    """Is the clause a treatment arm's association in an analysis adjusted for covariates,
    the arm named after the covariates (not the primary analysis)?"""
    m = _ADJUSTED_FOR_RE.search(lowered)
    return (
        m is not None
        and "primary" not in lowered[: m.start()]
        and any(a and a in lowered[m.end() :] for a in doc.arm_words)
    )


# a pooled analysis of other trials the sentence before describes: "An individual-patient-
# data meta-analysis published the following year pooled nine trials of MBCT."
_QUOTED_EVIDENCE_RE = re.compile(
    r"\bmeta-?\s?analys[ie]s\b|\bsystematic\s+review\b|\bindividual[-\s]patient[-\s]data\b"
)  # (on lower-cased text)
# the words that open its matches, found with str.find
_QUOTED_EVIDENCE_WORDS = (
    "meta-analys",
    "meta analys",
    "metaanalys",
    "systematic review",
    "individual-patient",
    "individual patient",
)
_OWN_TRIAL_WORDS_RE = re.compile(
    r"\b(?:this|our|the\s+present|the\s+current)\s+(?:trial|study)\b|\bwe\b"
)


def _quoted_evidence_within(doc, lo: int, hi: int) -> bool:
    """Does the page name a meta-analysis or review (``doc.quoted_evidence_at``) at an
    offset from ``lo`` up to, not including, ``hi``?"""
    mentions = doc.quoted_evidence_at
    i = bisect_left(mentions, lo)
    return i < len(mentions) and mentions[i] < hi


def _after_quoted_evidence(doc, sent_start: int, lowered: str) -> str:
    """ "role.quoted_from_elsewhere" for a sentence that follows, in its paragraph, one
    describing a meta-analysis or systematic review of other trials ("An individual-patient-
    data meta-analysis ... pooled nine trials of MBCT. Patients who received MBCT had a
    lower risk (HR 0.69"), and names no trial of the document's own; else ""."""
    text = doc.text
    if not _quoted_evidence_within(doc, sent_start - 400, sent_start):
        return ""
    chunk = text[max(0, sent_start - 400) : sent_start]
    cut = chunk.rfind("\n\n")
    chunk = chunk[cut + 2 :] if cut >= 0 else chunk
    body = chunk.rstrip()
    if not body:
        return ""
    previous = body[max(body.rfind(". ", 0, len(body) - 1), body.rfind("\n")) + 1 :]
    if (
        _QUOTED_EVIDENCE_RE.search(previous.lower())
        and not _OWN_TRIAL_WORDS_RE.search(previous.lower())
        and not _OWN_TRIAL_WORDS_RE.search(lowered)
        and not doc.names_own_trial(lowered)
    ):
        return "role.quoted_from_elsewhere"
    return ""


def _inside_a_quotation_of_evidence(doc, key_start: int) -> str:
    """ "role.quoted_from_elsewhere" for a ratio inside a quotation, in its paragraph, that a
    meta-analysis or systematic review is said to print ('Am J Perinatol (meta-analysis of
    four randomised trials, 3059 women): "The risk ... (RR: 0.72 ...). ... Subgroup analysis
    of superficial infection ... (RR: 0.76 ...'): every ratio of the quotation is that
    evidence's, whatever population it names; else ""."""
    text = doc.text
    if not _quoted_evidence_within(doc, key_start - 2000, key_start):
        return ""
    lo = max(0, key_start - 2000)
    par = text.rfind("\n\n", lo, key_start)
    lo = par + 2 if par >= 0 else lo
    chunk = text[lo:key_start]
    opening = max(chunk.rfind("“"), chunk.rfind('"') if chunk.count('"') % 2 else -1)
    if opening < 0 or "”" in chunk[opening:]:
        return ""  # (not inside a quotation: its marks closed, or none opened)
    lead = chunk[max(0, opening - 240) : opening].lower()
    if _QUOTED_EVIDENCE_RE.search(lead) and not _OWN_TRIAL_WORDS_RE.search(lead):
        return "role.quoted_from_elsewhere"
    return ""


# a sentence opening by pointing back to the trial the sentence before named: "There, ...",
# "In that trial, ...", "That study ...", "In the latter, ..."
_BACK_TO_A_TRIAL_RE = re.compile(
    r"(?:There|In[ \t]+that[ \t]+(?:trial|study)|That[ \t]+(?:trial|study)|In[ \t]+it"
    r"|In[ \t]+the[ \t]+(?:latter|former)(?:[ \t]+(?:trial|study))?)\b[ \t]*,?"
)


def _back_to_another_trial(doc, sent_start: int) -> str:
    """``role.another_trial_named`` for a sentence pointing back to another trial the
    sentence before named and the document does not report ("The ... NOBLE trial, published
    in The Lancet, enrolled 1201 patients .... There, 5-year events were more frequent after
    PCI than after CABG (HR 1.48"), else ""."""
    if not _BACK_TO_A_TRIAL_RE.match(doc.text, sent_start):
        return ""
    previous = doc.sentences.previous(sent_start)
    if previous is None:
        return ""
    before = doc.text[previous[0] : previous[1]]
    if doc.names_other_trial(before) and not doc.names_own_trial(before):
        return "role.another_trial_named"
    return ""


# a sentence introducing an observational study of others, opened by its indefinite article
# (after a short opening phrase): "A New South Wales population study of 34 799 women with
# gestational diabetes ... reached a different conclusion.", "In contrast, a Danish
# registry-based cohort of 1.2 million births found ...", "An earlier case-control study
# reported ..."
# what may come before the words introducing a study at a sentence's opening: a few words
# and a comma ("Meanwhile, a population-based cohort ...", "In Glasgow, an earlier phase II
# trial ...")
_INTRODUCTION_OPENING = r"\W{0,3}(?:(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?"
_ANOTHER_STUDY_INTRODUCED_RE = re.compile(
    # (matched, not searched: it opens the sentence)
    _INTRODUCTION_OPENING + r"(?:an?)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:population(?:-based)?|cohort|registry(?:-based)?|register-based|observational"
    r"|case-control|cross-sectional|retrospective|nationwide|real-world|claims)\b"
    r"[^.;]{0,60}?\b(?:study|studies|analysis|cohort|data(?:base)?)\b",
    re.IGNORECASE,
)


def _after_another_study_introduced(doc, sent_start: int, lowered: str) -> str:
    """``role.quoted_from_elsewhere`` for a ratio of a trial report in the sentence right
    after one, in its paragraph, that introduces an observational study of others by its
    indefinite article ("A New South Wales population study of 34 799 women ... reached a
    different conclusion. Compared with expectant management, induction at 38 weeks
    (adjusted odds ratio 1.11 ..."), or in that sentence, or up to two sentences on, when
    none of them names the document's own trial or speaks of it ("this trial", "we"); else
    ""."""
    if doc.design != "rct" or _OWN_TRIAL_WORDS_RE.search(lowered) or doc.names_own_trial(lowered):
        return ""
    # the estimate's own sentence introducing it: "In contrast, a Danish registry-based
    # cohort ... found"
    if _introduces_another_study(doc, doc.text[sent_start : sent_start + 300]):
        return "role.quoted_from_elsewhere"
    at = sent_start
    for _ in range(3):  # (the sentences between stay on that study)
        previous = doc.sentences.previous(at)
        if previous is None or "\n\n" in doc.text[previous[0] : at]:
            return ""
        line_start = doc.text.rfind("\n", 0, at) + 1
        if line_start > previous[0] and _SECTION_LABEL_AT_LINE_START_RE.match(
            doc.text, line_start, at + 40
        ):
            # (a structured abstract's section begins: "Background: ... An earlier trial ...
            # showed ...\nMethods: ...\nResults: ..." reports the trial again)
            return ""
        # (its first 2,000 characters: a sentence of a page of one line may run to megabytes)
        before = doc.text[previous[0] : min(previous[1], previous[0] + 2000)]
        if _OWN_TRIAL_WORDS_RE.search(before.lower()) or doc.names_own_trial(before):
            return ""
        if _introduces_another_study(doc, before):
            return "role.quoted_from_elsewhere"
        at = previous[0]
    return ""


_SECTION_LABEL_AT_LINE_START_RE = re.compile(r"[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3}[ \t]*:")
# an earlier trial introduced by its indefinite article and its kind: "A feasibility trial
# in 39 nursing homes during 2012-2013 ... had already pointed the same way", "A pilot study
# of 124 neonates ...", "An earlier phase II trial in Glasgow ..."
_EARLIER_TRIAL_INTRODUCED_RE = re.compile(
    _INTRODUCTION_OPENING + r"(?:an?|one)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?P<kind>pilot|feasibility|earlier|previous|preliminary|prior)\b[^.;]{0,40}?\b(?:trial|study|RCT)\b",
    re.IGNORECASE,
)
# a trial of another phase than the document's: "In the single-centre phase II trial in
# Glasgow (BMJ 2015; 612 women), ..." on the page of a phase 3 trial
_TRIAL_OF_A_PHASE_INTRODUCED_RE = re.compile(
    _INTRODUCTION_OPENING + r"(?:in\s+)?(?:an?|the|one)\s+(?:[\w'-]+\s+){0,3}?"
    r"phase[\s-]+(?P<phase>IV|I{1,3}|[1-4])\b[^.;]{0,40}?\b(?:trial|study)\b",
    re.IGNORECASE,
)
_ROMAN_PHASES = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def _introduces_another_study(doc, sentence: str) -> bool:
    """Does ``sentence`` open by introducing a study other than the document's: an
    observational study by its indefinite article (_ANOTHER_STUDY_INTRODUCED_RE), a pilot,
    feasibility or earlier trial so introduced on the page of a trial whose title calls it
    none of these, or a trial of a phase the document's is not?"""
    if _ANOTHER_STUDY_INTRODUCED_RE.match(sentence):
        return True
    m = _EARLIER_TRIAL_INTRODUCED_RE.match(sentence)
    title = (doc.record.get("title") or "").lower()
    if m and m.group("kind").lower() not in title and "pilot" not in title:
        return True
    m = _TRIAL_OF_A_PHASE_INTRODUCED_RE.match(sentence)
    own_phase = (doc.record.get("phase") or "").strip()
    if m and own_phase:
        printed = m.group("phase").upper()
        return _ROMAN_PHASES.get(printed, printed) not in own_phase.split("/")
    return False


# a journal's pointer to another trial, its label on the estimate's line before a colon or
# dash ("See also (companion LABA safety trial, published 2016): In VESTRI, ...", "Related
# trial (BMC Med 2014; 341 smokers in Spain): ..."), or on a line of its own over the
# estimate's paragraph ("RELATED TRIAL (REFERENCE BOX)")
_RELATED_TRIAL_LABEL_RE = re.compile(
    r"[ \t]*(?:See[ \t]+also|Related|Companion|Linked|Other)\b[^:\n]{0,100}?\b(?:trials?|stud(?:y|ies))\b"
    r"[^:\n]{0,80}?(?::|[ \t]--[ \t]|[ \t]—[ \t])",
    re.IGNORECASE,
)
_RELATED_TRIAL_HEADING_RE = re.compile(
    r"[ \t]*(?:Related|Companion|Other)[ \t]+(?:trials?|stud(?:y|ies))\b[^\n.]{0,40}$",
    re.IGNORECASE,
)


_RELATED_WORK_HEADING_RE = re.compile(
    r"[ \t]*(?:Related|Linked|Recommended)[ \t]+(?:work|research|reading|articles?|content"
    r"|publications?)\b[^\n.]{0,60}$",
    re.IGNORECASE,
)


def _under_a_related_trial_label(doc, key_start: int) -> str:
    """``role.another_trial_named`` for a ratio under a journal's pointer to another trial
    (_RELATED_TRIAL_LABEL_RE on its line, or _RELATED_TRIAL_HEADING_RE over its paragraph)
    that does not name the document's own trial; else ""."""
    text = doc.text
    # (looked for within 1,000 characters back: a page of one line stays linear)
    newline = text.rfind("\n", max(0, key_start - 1000), key_start)
    if newline < 0 and key_start > 1000:
        return ""
    line_start = newline + 1
    label = _RELATED_TRIAL_LABEL_RE.match(text, line_start, key_start)
    if label is None:
        # (the heading over the paragraph: the line before its first, after a blank line)
        par = text.rfind("\n\n", max(0, key_start - 3000), key_start)
        first = par + 2 if par >= 0 else None
        if first is None or first > line_start:
            return ""
        head_end = text.find("\n", first, key_start)
        if head_end < 0:
            return ""
        if not _RELATED_TRIAL_HEADING_RE.match(text, first, head_end):
            # (a heading over other work, "Related work from the same consortium", "Related
            # reading": another trial's only where the entry names one, "Sustained
            # tocolysis (APOSTEL II): ..."; an entry on the trial's own follow-up is its own)
            if not _RELATED_WORK_HEADING_RE.match(text, first, head_end):
                return ""
            entry = text.rfind("\n", first, key_start) + 1
            return (
                "role.another_trial_named" if doc.names_other_trial(text[entry:key_start]) else ""
            )
        span = text[first:key_start]
    else:
        span = text[line_start:key_start]
    return "" if doc.names_own_trial(span) else "role.another_trial_named"


def _outside_the_comparison(doc, cue, before: str, key_start: int) -> str:
    """The rule that puts a ratio outside this document's randomised comparison (quoted
    from elsewhere or from a list of other publications, in the background before the
    methods, another trial's, a sensitivity re-analysis), else ""."""
    if cue("quoted"):
        return "role.quoted_from_elsewhere"
    if (
        doc.reference_blocks
        and trials.in_blocks(doc.reference_blocks, key_start)
        and not _entry_on_own_trial(doc, key_start)
    ):
        # a snippet of another paper under "Similar articles" or "Cited by" (one on another
        # report of the document's own trial, "Three-year outcomes of HORIZONS-AMI ...", is
        # read by its cues: a follow-up, a subgroup paper, a post hoc analysis)
        return "role.in_a_list_of_other_publications"
    other_trial = doc.names_other_trial(before)
    if 0 <= key_start < doc.methods_start and (other_trial or not doc.names_own_trial(before)):
        # the background quotes results; one of the document's own trial ("In the primary
        # analysis of SOLO2, olaparib prolonged ...") is that trial's randomised comparison
        return "role.before_methods"
    if other_trial:
        return "role.another_trial_named"
    if cue("sensitivity"):
        return "role.sensitivity_analysis"
    return ""


# an entry about patients outside the trial: "Differences between the JCOG0802 trial and
# real-world data", "ARUBA-eligible patients ... at a single institution"
_OUTSIDE_THE_TRIAL_RE = re.compile(
    r"\b(?:real[-\s]world|retrospective|observational|single[-\s](?:institution|centre|center)"
    r"|propensity|cohort|registry\s+data|population-based|(?:systematic\s+)?review|meta-analys[ie]s)",
    re.IGNORECASE,
)


def _entry_at(doc, pos: int) -> str:
    """The entry (line) of a list of other publications holding ``pos``."""
    text = doc.text
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if start >= 2 and _QUOTED_SNIPPET_RE.match(text, start):
        # (a snippet quoted under its entry's title line: the entry is both lines)
        above = text.rfind("\n", 0, start - 1) + 1
        if text[above : start - 1].strip():
            start = above
    return text[start : end if end >= 0 else len(text)]


# a snippet of an entry's abstract on a line of its own: '  "... Azithromycin reduced ...'
_QUOTED_SNIPPET_RE = re.compile(r"[ \t]*(?:[\"“«']|\.\.\.|…)")


# an entry that is a paper on a subgroup of the trial: "Benefit of warfarin compared with
# aspirin in patients with heart failure in sinus rhythm: a subgroup analysis of WARCEF"
_SUBGROUP_PAPER_RE = re.compile(
    r"\b(?:(?:pre-?specified|post[-\s]hoc)\s+)?sub-?group\s+analys[ie]s\s+(?:of|from|in)\b"
    # (or a substudy of its people: "...: the TALOS-AMI HBR substudy")
    r"|\bsub-?study\b",
    re.IGNORECASE,
)


def _entry_on_own_trial(doc, pos: int) -> bool:
    """Does the entry (line) of a list of other publications holding ``pos`` report the
    document's own trial: name it, and no other trial, nor patients outside it?"""
    entry = _entry_at(doc, pos)
    return (
        (doc.names_own_trial(entry) or _later_report_of_the_title(doc, entry))
        and not doc.names_other_trial(entry)
        and not any(
            not _part_of_own_trial(doc, entry, m) for m in _OUTSIDE_THE_TRIAL_RE.finditer(entry)
        )
    )


# an entry's title calling itself a later report: "...: two-year results", "Five-Year
# Outcomes after ...", "...: 4-year follow-up of a randomised placebo-controlled trial",
# "final overall survival ... analysis", "Long-term ..."
_LATER_REPORT_TITLE_RE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[-\s]years?\s+"
    r"(?:results|outcomes|follow-?up|update|data|extension)\b"
    r"|\blong[-\s]term\s+(?:results|outcomes|follow-?up|effects|efficacy|survival)\b"
    r"|\bfinal\s+(?:\w+\s+){0,2}?(?:analysis|results|report)\b|\bextended\s+follow-?up\b",
    re.IGNORECASE,
)
_TITLE_WORD_RE = re.compile(r"[a-z][a-z-]{3,}")
_TITLE_STOPWORDS = frozenset(
    "with from after versus than their that this into trial trials study randomised randomized "
    "controlled patients results outcomes phase multicentre multicenter open-label double-blind "
    "placebo-controlled analysis treatment effect effects".split()
)


def _content_words(title: str) -> set[str]:
    return {w for w in _TITLE_WORD_RE.findall(title.lower()) if w not in _TITLE_STOPWORDS}


def _later_report_of_the_title(doc, entry: str) -> bool:
    """Is ``entry`` a later report ("...: two-year results") whose title shares most of the
    document's own title's words ("Ranibizumab and bevacizumab for treatment of neovascular
    age-related macular degeneration: two-year results" under "Ranibizumab and Bevacizumab
    for Neovascular Age-Related Macular Degeneration")?"""
    if not _LATER_REPORT_TITLE_RE.search(entry):
        return False
    own = _content_words(doc.record.get("title") or "")
    if len(own) < 3:
        return False
    cut = entry.find(" -- ")
    shared = own & _content_words(entry[: cut if cut >= 0 else 300])
    return len(shared) >= max(3, (2 * len(own) + 2) // 3)


# "18 year follow-up of the UK cohort of the International Subarachnoid Aneurysm Trial
# (ISAT)": a cohort of the trial itself
_COHORT_OF_RE = re.compile(r"\s+of\s+the\s+[^.;:]{0,120}", re.IGNORECASE)


def _part_of_own_trial(doc, entry: str, m) -> bool:
    """Is the match of _OUTSIDE_THE_TRIAL_RE in ``entry`` a cohort of the document's own
    trial ("the UK cohort of the ... Trial (ISAT)")?"""
    if m.group().lower() != "cohort":
        return False
    of = _COHORT_OF_RE.match(entry, m.end())
    return of is not None and doc.names_own_trial(of.group())


# the treatment's benefit, said of a group of patients
_BENEFIT_RE = re.compile(r"\bbenefit(?:s|ed|ted)?\b|\bderived?\s+(?:\w+\s+)?(?:benefit|advantage)")


# a characteristic's contrast in a cohort: "each 0.5 g/dL lower serum albumin carried an HR
# of", "APOE e4 carriage had an HR of", "the neutrophil-to-lymphocyte ratio (>=5 vs <5)"
_COVARIATE_CONTRAST_RE = re.compile(
    r"\beach\s+(?:\d|one|1-)|\b(?:lower|higher)\s+(?:baseline\s+)?[\w-]+\s+(?:carried|had)\b"
    r"|\bcarriage\b|\bcarriers?\b|\bcarried\s+an?\s+(?:hazard|odds|HR|OR|RR)\b"
    r"|[(\[]\s*[<>≥≤]=?\s*\d[^()\[\]]{0,20}\s(?:vs\.?|versus)\s",
    re.IGNORECASE,
)


def _role_without_cues(doc, cue, names_arm: bool, lowered: str, key_start: int) -> tuple[str, str]:
    """The role of a ratio no population or association cue has decided: by the study's
    design, an after-the-fact analysis, or the document's own title; else the randomised
    comparison."""
    if doc.single_arm or doc.design == "observational":
        # no randomised comparison in this study: a covariate's ratio is still prognostic,
        # an adjusted comparison of treatments is not a treatment effect
        if (
            (
                cue("biomarker")
                or (doc.design == "observational" and _COVARIATE_CONTRAST_RE.search(lowered))
            )
            and not names_arm
            and not cue("nonrandomised_comparison")
        ):
            return "biomarker_or_prognostic", "role.biomarker_in_non_randomised_study"
        return "other", "role.no_randomised_comparison"
    if ("hoc" in lowered or "exploratory" in lowered) and _POST_HOC_RE.search(lowered):
        # "In a post hoc time-to-event analysis", "In an exploratory comparison of the two
        # acalabrutinib-containing groups": the comparison analysed after the fact (a
        # subgroup or covariate so analysed was decided above)
        return "other", "role.post_hoc_analysis"
    post_hoc = doc.post_hoc_title
    if (
        doc.reference_blocks
        and trials.in_blocks(doc.reference_blocks, key_start)
        and _POST_HOC_TITLE_RE.search(_entry_at(doc, key_start))
    ):
        # an entry on the trial's own post hoc paper ("... - a post-hoc analysis of the BACE
        # randomized controlled trial", its abstract quoted under it): that paper's analysis,
        # not the trial's report, as on the paper's own page
        return "other", "role.post_hoc_paper_of_the_trial"
    if post_hoc:
        # "...: post hoc subgroup analyses of the phase 3 BLISS-LN trial", "...: a post hoc
        # analysis": the trial's comparison re-analysed after the fact, not its report
        if post_hoc.group("subgroup"):
            return "subgroup", "role.post_hoc_subgroup_report"
        return "other", "role.post_hoc_report"
    return "treatment_effect", "role.randomised_comparison"


_POST_HOC_RE = re.compile(
    r"\bpost[-\s]hoc\b|\bexploratory\s+(?:[\w-]+\s+){0,2}?(?:analys[ie]s|comparisons?)\b"
)
# A title that calls the document a post hoc (subgroup) analysis of a trial
_POST_HOC_TITLE_RE = re.compile(
    r"\bpost[-\s]hoc\s+(?:(?P<subgroup>sub-?group)\s+|[\w-]+\s+){0,2}?analys[ie]s\b", re.IGNORECASE
)


class _Value:
    """A span found in the text, a number or an arm's name: the part of a match object the
    code uses (a group name is accepted and means the whole span)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self, _group=None) -> int:
        return self._start

    def end(self, _group=None) -> int:
        return self._end

    def group(self, _group=None) -> str:
        return self._text


def _measure_of(key) -> tuple[str, str]:
    if key.group("long"):
        words = key.group().lower().split()
        if words[0] == "relative" and words[1].startswith("hazard"):
            return "long", "HR"  # "relative hazard in the cinacalcet group"
        return "long", _MEASURE[words[0]]
    letters = key.group().rstrip("s")
    return "short", ("HR" if letters.endswith("HR") else "OR" if letters.endswith("OR") else "RR")


def _find_value(text: str, key, kind: str, sent_start: int, sent_end: int):
    """The first number after a measure name that can be its value, or None.

    A minus sign directly before it ("HR -0.58", "HR −0.58" once normalised) is part of
    the value: a negative ratio is kept, so harmonisation can exclude it by name.
    """
    limit = min(sent_end, key.end() + _QUALIFIER_LIMIT[kind])
    skipped = -1  # where a category's number ends, whose range may go on ("days 0 to 60")
    for number in NUMBER_RE.finditer(text, key.end(), limit):
        between = text[key.end() : number.start()]
        if skipped >= 0 and _RANGE_GOES_ON_RE.fullmatch(text, skipped, number.start()):
            skipped = number.end()
            continue
        other = _first_ratio_key(between)
        if other and not re.fullmatch(
            r"\s*[(\[]\s*\w+\s*[)\]]\s*[,:=]?\s*", between[: other.end() + 1]
        ):
            return None  # another measure name comes first: this one has no value of its own
        # (every match of _SIGN_BEFORE_RE ends in "-", or "-" and a final line break)
        if (
            "-" in between[-2:]
            and _SIGN_BEFORE_RE.search(between)
            and not _NOT_VALUE_AFTER.match(text, number.end())
        ):
            return _Value(number.start() - 1, number.end(), "-" + number.group())
        if number.group().isdigit() and (
            _CATEGORY_NUMBER_BEFORE_RE.search(between)
            or _UNIT_AFTER_NUMBER_RE.match(text, number.end())
        ):
            # a whole number naming a category, a time or a unit of the endpoint, not the
            # ratio, which may follow: "the hazard ratio for a diagnosis of type 1 diabetes
            # was 0.41", "IRR for days 0-60", "the odds ratio for improvement of 1 point ...
            # was 1.7"; nor a description, "an odds ratio close to 1"
            skipped = number.end()
            continue
        if _acceptable_value(text, number.start(), number.end(), sent_start):
            return number
    return None


# A minus sign of the value, not a range dash: after the name, a space, "(", ":" or "=".
_SIGN_BEFORE_RE = re.compile(r"(?:^|[\s(\[:=,])-$")
# "log hazard ratio", "ln(HR)", "natural logarithm of the odds ratio": a log-scale value.
_LOG_BEFORE_RE = re.compile(
    r"(?:\b(?:[Ll]og|LOG|[Ll]n|[Ll]ogarithm|[Ll]og-transformed|[Ll]ogged)(?:\s+of(?:\s+the)?)?[\s-]*|\b(?:[Ll]og|[Ll]n)\s*\(\s*)$"
)


# every alternative of _LOG_BEFORE_RE holds one of these: searched first, a fast scan
_LOG_WORD_RE = re.compile(r"L(?:og|n|OG)|l(?:og|n)")


def _is_log_scale(doc, key) -> bool:
    text = doc.text
    lo = max(0, key.start() - 40)
    return bool(
        doc.names_log_words
        and _LOG_WORD_RE.search(text, lo, key.start())
        and _LOG_BEFORE_RE.search(text, lo, key.start())
    )


def _respectively(text: str, pos: int, end: int):
    """ "0.68 and 0.48, respectively (95% CI, 0.58 to 0.81 and 0.41 to 0.57; P<0.001" after the first value."""
    m = RESPECTIVELY_RE.match(text, pos, end)
    if not m:
        return None
    more = [
        _Value(v.start(), v.end(), v.group())
        for v in NUMBER_RE.finditer(text, m.start("more"), m.end("more"))
    ]
    ranges = list(RANGE_RE.finditer(text, m.start("ranges"), m.end("ranges")))
    if len(ranges) != len(more) + 1:
        return None
    level = _float(m.group("level")) if m.group("level") else ""
    p = _parse_p(text, m.end(), end)
    stop = p["end"] if p else m.end()
    cis = [
        {"lower": _float(r.group("lo")), "upper": _float(r.group("hi")), "level": level}
        for r in ranges
    ]
    return more, cis, p, stop


# An arm named between a value and its interval: "0.93 for the 50-mg dose (95% CI, 0.80 to
# 1.07; P=0.30), 0.85 for the 150-mg dose (95% CI, ...)", the way multi-arm trials list
# each arm's comparison with the shared control
_LABELLED_ARM = r"[ \t]+(?:for|with|in|among)[ \t]+(?:the[ \t]+)?(?P<arm>[^()\[\];,.\n]{1,40}?)"
_BEFORE_BRACKET = r"[ \t]*(?=[(\[])"
_ARM_LABEL_AFTER_VALUE_RE = re.compile(_LABELLED_ARM + _BEFORE_BRACKET)
# ... and one with the arm it is compared with: "0.76 in the surgery group, as compared with
# the control group (95% CI, ..." (read for the interval and the comparison only)
_COMPARED_LABEL_AFTER_VALUE_RE = re.compile(
    _LABELLED_ARM
    + r",?[ \t]+(?:as[ \t]+)?(?:compared[ \t]+(?:with|to)|versus|vs\.?|relative[ \t]+to)[ \t]+"
    + r"(?:the[ \t]+)?[^()\[\];,.\n]{1,40}?"
    + _BEFORE_BRACKET
)


# a population named right after a value: "0.80 in women (", "0.64 among patients with ..."
# A population named beside one value: "in the ADT plus docetaxel population", "in stage II",
# "in low-volume disease", "for patients with PD-L1 below 1%" (the whole randomised
# population is not one: "in the overall population", "in the intention-to-treat population")
_VALUE_POPULATION_RE = re.compile(
    # a sentence about a population: "Patients with TP53 deletion also did better"
    r"^\s*(?:patients|participants)\s+(?:with|without|who|whose)\b"
    # a sentence opening with a type of the disease: "In follicular lymphoma the estimate
    # was 0·61", "Among patients with mantle-cell lymphoma, ..."
    r"|^\s*(?:in|among)\s+(?:(?:patients|participants|those)\s+with\s+)?(?:[\w-]+\s+){1,2}?"
    r"(?:lymphomas?|leuka?emias?|carcinomas?|cancers?|tumou?rs?|disease)\b"
    r"|\b(?:in|among|for)\s+(?:the\s+|that\s+|this\s+)?(?:"
    # "in the 4159 patients whose infection had been confirmed", "in the prespecified group
    # whose baseline heart rate ..."
    r"(?:\d[\d,]*\s+)?(?:patients|participants|those)(?:\s*\([^()]{1,20}\))?"
    r"\s+(?:with|without|given|receiving|who|whose)\b"
    r"|(?:prespecified\s+|pre-specified\s+)?(?:sub)?group\s+(?:whose|with(?!\s+the\b))\b"
    r"|stage\s+[IV]+[A-C]?\b|(?:low|high)[\s-]volume\b"
    # where the patients were treated: "in countries with a low national perinatal
    # mortality rate", "in centres with high enrolment", "among sites where ..."
    r"|(?:countries|regions|centres|centers|sites|hospitals)\s+(?:with|without|where|that)\b"
    # a functional class or a part of a measure's distribution: "in class II", "in NYHA
    # class III", "in the upper third of systolic pressure", "in the lowest quartile"
    r"|(?:(?:NYHA|functional|Killip|Child-Pugh)\s+)?class(?:es)?\s+(?:IV|I{1,3}|[1-4]|[A-C])\b"
    r"|(?:upper|lower|highest|lowest|top|bottom|middle|first|second|third|fourth|fifth)\s+"
    r"(?:third|tertile|quartile|quintile|fifth|half|decile)\b"
    # a type of disease or tumour: "for nonmetastatic disease", "in squamous cell carcinoma"
    r"|(?:non-?)?(?:metastatic|locali[sz]ed|advanced|squamous|non-?squamous)\b[\w\s-]{0,25}?"
    r"\b(?:disease|carcinomas?|tumou?rs?|histology)\b|adenocarcinomas?\b"
    # "0.21 for nonmetastatic and 0.31 for metastatic disease"
    r"|(?:non-?)?metastatic(?=\s+(?:and|or)\b|\s*[,;)])"
    r"|(?!(?:the\s+)?(?:overall|intention|intent|itt|whole|total|full|all|randomi[sz]ed|safety|study"
    r"|trial|entire|primary|main|same|modified|mitt|efficacy|evaluable)\b)[\w+/≥≤<>%-]+(?:\s+[\w+/≥≤<>%-]+){0,5}?"
    r"\s+(?:population|subgroup|subpopulation|cohort|subset|stratum)\b)",
    re.IGNORECASE,
)

# the words without which _VALUE_POPULATION_RE cannot match (each alternative holds one)
_POPULATION_WORDS = (
    "lymphoma",
    "leukemia",
    "leukaemia",
    "carcinoma",
    "cancer",
    "tumor",
    "tumour",
    "disease",
    "patients",
    "participants",
    "those",
    "group",
    "metastatic",
    "locali",
    "advanced",
    "squamous",
    "adenocarcinoma",
    "stage",
    "volume",
    "class",
    "third",
    "tertile",
    "quartile",
    "quintile",
    "fifth",
    "half",
    "decile",
    "population",
    "subgroup",
    "cohort",
    "subset",
    "stratum",
    "countries",
    "regions",
    "centres",
    "centers",
    "sites",
    "hospitals",
)


# (not past a ";": a population there is the next clause's)
_POPULATION_AFTER_RE = re.compile(r"[\s),\]]*(?:in|among|for)\b")


# one search of the lower-cased text for all the words, grouped by first letter (a scan
# per word, or one case-blind alternation, cost several times more)
_POPULATION_WORD_RE = re.compile(grouped_alternation(list(_POPULATION_WORDS)))


def _has_population_word(segment: str) -> bool:
    return _POPULATION_WORD_RE.search(segment.lower()) is not None


def _population_beside(segment: str, doc) -> bool:
    """Does ``segment`` name a population other than an arm ("in those given placebo" is
    an arm)?"""
    for m in _VALUE_POPULATION_RE.finditer(segment):
        words = set(re.findall(r"[a-z][a-z0-9-]+", segment[m.end() : m.end() + 40].lower()))
        if re.search(r"\b(?:given|receiving)$", m.group()) and (
            words & doc.arm_words or words & _COMPARATOR_WORDS
        ):
            continue
        return True
    return False


_SUBGROUP_LABEL_RE = re.compile(
    r"[ \t]+(?:in|among|for)[ \t]+(?:the[ \t]+)?(?:(?:patients|participants|those|subjects)"
    r"[ \t]+(?:with|without|who|aged|older|younger)\b|(?:women|men|children|adults)\b"
    r"|[\w-]+[ \t-](?:positive|negative|mutant|mutated|wild-type)\b|sub-?groups?\b)"
)


def _interval_encloses(ci: dict | None, value: float) -> bool:
    """Is there an interval, with both bounds, around ``value``?"""
    return (
        ci is not None
        and "" not in (ci["lower"], ci["upper"])
        and ci["lower"] <= value <= ci["upper"]
    )


def _tail_after_arm_label(text: str, pos: int, end: int, value, fallback: int):
    """The interval (and p-value) after a short label that follows the value: an arm ("for
    the 150-mg dose", "with 10 mg/kg") or an endpoint ("0.80 for death (95% CI, ...)");
    the interval must enclose the value. Else (None, None, fallback)."""
    m = _ARM_LABEL_AFTER_VALUE_RE.match(text, pos, end) or _COMPARED_LABEL_AFTER_VALUE_RE.match(
        text, pos, end
    )
    if not m:
        return None, None, fallback
    ci, p, last = _parse_tail(text, m.end(), end, need_ci=True, value=value)
    if not _interval_encloses(ci, value):
        return None, None, fallback  # a label's interval must be the value's own
    return ci, p, last


_DOSE_IN_LABEL_RE = re.compile(r"\d+(?:[.·]\d+)?[\s-]*(?:mg|µg|μg|mcg|g|IU)\b")


# What may stand between two values of a run besides separators: the first value's own
# population, numbers included ("0.61 (95% CI, 0.38 to 0.98) for a tumor proportion score
# below 1%, 0.57 (0.36 to 0.90) for a score of 1 to 49%, and 0.64 (...)")
_POPULATION_LABEL_GAP_RE = re.compile(
    r"[)\]]?\s*(?:for|in|among)\s[^;:()\[\]]{1,80}?,\s*(?:and\s+|or\s+)?", re.IGNORECASE
)
# Two values under a plural name without intervals: "(rate ratios, 0.47 and 0.52; P<0.001
# for both)"
_PLAIN_PAIR_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# ... or each with its own population: "the hazard ratio was 0.21 for nonmetastatic and
# 0.31 for metastatic disease"
_LABELLED_PAIR_GAP_RE = re.compile(r"\s+(?:for|in|among)\s[^;,()\d]{1,60}?\s+and\s+")
_LABEL_AFTER_VALUE_RE = re.compile(r"\s+(?:for|in|among)\s+\w")
# ... and a list of three or more, each after a comma or "and", each with its own group and
# the group's p-value in brackets: "the odds ratio was 1.27 with weekly paclitaxel
# (P=0.006), 1.23 with docetaxel every 3 weeks (P=0.02) and 1.09 with weekly docetaxel"
# (the group's words may hold a number: "every 3 weeks")
_LABELLED_LIST_GAP_RE = re.compile(
    r"\s+(?:for|in|among|with)\s[^;,()]{1,60}?(?P<p>\s*\([Pp]\s*[=<>≤][^()]{1,12}\))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
)
_LABEL_AFTER_LISTED_VALUE_RE = re.compile(r"\s+(?:for|in|among|with)\s+\w")
# a bare value's p-value in brackets: "0.64 (P<0.001) and 0.75 (P=0.04)"
_P_BRACKET_RE = re.compile(r"\([Pp]\s*[=<>≤][^()]{1,12}\)")


def _ratio_values(text: str, first, sent_start: int, sent_end: int, plural: bool = False):
    """Values stated under one measure name: ``[(value, ci, p, end), ...]``; under a plural
    name ("hazard ratios") two values without intervals may stand side by side."""
    value = to_number(first.group())
    together = _respectively(text, first.end(), sent_end)
    if together:
        more, cis, p, stop = together
        return [(v, ci, p, stop) for v, ci in zip([first] + more, cis)]
    # bounds in the wrong order are kept as printed: harmonisation excludes the estimate by name
    ci, p, end = _parse_tail(text, first.end(), sent_end, value=value)
    if ci is None and p is None:
        ci, p, end = _tail_after_arm_label(text, first.end(), sent_end, value, end)
    values = [(first, ci, p, end)]
    # further values under the same measure name: "0.69 (0.55-0.87) and 0.72 (0.60-0.86)"
    pos = end
    while True:
        # the previous value's population label, numbers and all, when a value follows it
        label = _POPULATION_LABEL_GAP_RE.match(text, pos, min(sent_end, pos + _CONTINUATION_GAP))
        nxt = NUMBER_RE.search(text, label.end(), sent_end) if label else None
        if not (nxt and nxt.start() == label.end()):
            label, nxt = None, NUMBER_RE.search(text, pos, sent_end)
        while nxt and nxt.start() - pos <= _CONTINUATION_GAP and _DOSE_RE.match(text, nxt.start()):
            nxt = NUMBER_RE.search(
                text, _DOSE_RE.match(text, nxt.start()).end(), sent_end
            )  # an arm's dose
        if all(v[1] is None for v in values) and _LABEL_AFTER_LISTED_VALUE_RE.match(text, pos):
            # (the next value of a list whose groups' words may hold numbers: "1.23 with
            # docetaxel every 3 weeks (P=0.02) and 1.09 with ...")
            gap_m = _LABELLED_LIST_GAP_RE.match(text, pos, min(sent_end, pos + _CONTINUATION_GAP))
            after = NUMBER_RE.match(text, gap_m.end()) if gap_m else None
            if after:
                nxt = after
        if nxt and "(" in text[pos : nxt.start()]:
            # (a group's p-value in brackets is no value: "1.27 with weekly paclitaxel
            # (P=0.006), 1.23 ...")
            bracket = _P_BRACKET_RE.search(text, pos, min(sent_end, nxt.end() + 16))
            if bracket and bracket.start() < nxt.start() < bracket.end():
                nxt = NUMBER_RE.search(text, bracket.end(), sent_end)
        if not nxt or nxt.start() - pos > _CONTINUATION_GAP:
            break
        gap = _DOSE_RE.sub(
            " ", text[pos : nxt.start()]
        )  # "with pembrolizumab 10 mg/kg (0.61, ...)": a dose, not a value
        # a list of values without intervals, each after its group: the group's words and its
        # p-value are no value of their own
        listed = (
            _LABELLED_LIST_GAP_RE.fullmatch(gap)
            if all(v[1] is None for v in values)
            and _LABEL_AFTER_LISTED_VALUE_RE.match(text, nxt.end())
            else None
        )
        if (
            _first_ratio_key(gap)
            or _OTHER_QUANTITY_RE.search(gap)
            or (_STANDALONE_NUMBER.search(gap) and not label and not listed)
            or not _acceptable_value(text, nxt.start(), nxt.end(), sent_start)
        ):
            break
        ci2, p2, end2 = _parse_tail(
            text, nxt.end(), sent_end, need_ci=True, value=to_number(nxt.group())
        )
        if not ci2:
            ci2, p2, end2 = _tail_after_arm_label(
                text, nxt.end(), sent_end, to_number(nxt.group()), end2
            )
        if not ci2 and all(v[1] is None for v in values):
            # values without intervals side by side: a pair under a plural name or each with
            # its group ("0.21 for nonmetastatic and 0.31 for metastatic disease"), or a list
            # of three or more ("HRs 0.77, 0.49 and 0.36", "1.27 with weekly paclitaxel
            # (P=0.006), 1.23 with ... and 1.09 with ...")
            # (after a bare value's p-value in brackets: "0.64 (P<0.001) and 0.75")
            plain = _PLAIN_PAIR_GAP_RE.fullmatch(
                gap[1:] if gap[:1] == ")" and values[-1][2] is not None else gap
            )
            pair = len(values) == 1 and (
                (plural and plain)
                or (
                    _LABELLED_PAIR_GAP_RE.fullmatch(gap)
                    and _LABEL_AFTER_VALUE_RE.match(text, nxt.end())
                )
            )
            run = (plural and plain and len(values) >= 2) or listed
            if (pair or run) and not _UNIT_AFTER_RE.match(text, nxt.end()):
                if listed:
                    values[-1] = _with_p_after_group(text, values[-1], sent_end)
                _, p2, end2 = _parse_tail(text, nxt.end(), sent_end, value=to_number(nxt.group()))
                values.append((nxt, None, p2, max(end2, nxt.end())))
                pos = max(end2, nxt.end())
                continue
            break
        if not ci2:
            break
        values.append((nxt, ci2, p2, end2))
        pos = end2
    if len(values) > 1 and all(v[1] is None for v in values):
        values[-1] = _with_p_after_group(text, values[-1], sent_end)
    return values


# a listed value's group and the group's p-value in brackets: " with weekly docetaxel
# (P=0.29)", " for lutein plus zeaxanthin (P = .12)"
_GROUP_THEN_P_RE = re.compile(
    r"\s+(?:for|in|among|with)\s[^;,()]{1,60}?\s*(?P<p>\([Pp]\s*[=<>≤][^()]{1,12}\))"
)


def _with_p_after_group(text: str, value: tuple, sent_end: int) -> tuple:
    """``value`` (a value without an interval, from a list) with the p-value its group's
    bracket prints, when it has none of its own."""
    number, ci, p, end = value
    if p is not None:
        return value
    m = _GROUP_THEN_P_RE.match(text, number.end(), sent_end)
    if m is None:
        return value
    p = _parse_tail(text, m.start("p"), sent_end, value=to_number(number.group()))[1]
    return (number, ci, p, end) if p is not None else value


# a measure's qualifier listing the arms each compared with one comparator, as multi-arm
# trials' reports word it: "The hazard ratios for death with drug A and with drug B, as
# compared with placebo, were 0.80 (...) and 0.70 (...)", "with AC-T plus trastuzumab and
# with TCH, as compared with AC-T, were 0.64 ... and 0.75"
_ARMS_LISTED_AGAINST_ONE_RE = re.compile(
    r"\bwith\s+(?P<arms>[^;()]+?)\s*,?\s+(?:as\s+)?(?:compared|relative)\s+(?:with|to)\s+"
    r"(?P<comparator>[^,;()]+?)\s*(?:,|$)",
    re.IGNORECASE,
)
# (what the listing overrides: the clause's one comparison, the document's arms, or none)
_LISTED_ARMS_OVERRIDE = frozenset(
    (
        "orientation.stated_in_clause",
        "orientation.arms_of_document",
        "orientation.no_arms_known",
    )
)
_LISTED_ARM_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:with\s+)?|\s+and\s+with\s+", re.IGNORECASE)


def _listed_arms_in_turn(doc: _Document, qualifier: str, rows: list[dict]) -> None:
    """Rows of one run whose qualifier lists as many arms as there are values, each
    "with" its arm before one comparator: the first value is the first arm's, and so on (the
    clause's last arm stood for all of them before)."""
    m = _ARMS_LISTED_AGAINST_ONE_RE.search(qualifier)
    if m is None:
        return
    arms = [a for a in _LISTED_ARM_SPLIT_RE.split(m.group("arms")) if a.strip()]
    comparator = _clean_arm(m.group("comparator"))
    if len(arms) != len(rows) or not comparator:
        return
    pairs = [doc.expand_pair((_clean_arm(a), comparator)) for a in arms]
    if any(not a or not b or a == b for a, b in pairs) or len({a for a, _ in pairs}) != len(pairs):
        return
    for row, pair in zip(rows, pairs):
        row.update(
            _orientation_fields(pair, f"{pair[0]} vs {pair[1]}", "orientation.arms_listed_in_turn")
        )


def _ratio_estimates(doc: _Document) -> list[dict]:
    """Every ratio the text states under a measure name (registry results blocks and
    prose), then the values printed without the name after one."""
    text = doc.text
    found = []
    consumed = 0
    keys = _page_ratio_keys(text)
    doc.ratio_key_starts = [k.start() for k in keys]
    doc.ratio_key_ends = [k.end() for k in keys]
    for key in keys:
        if key.start() < consumed:
            continue
        kind, measure = _measure_of(key)
        if _is_log_scale(doc, key):
            measure = "log" + measure  # pooled on its own scale, never as a ratio
        registry_match = (
            REGISTRY_FOLLOWING_RE.match(text, key.end())
            if doc.registry or text.find("onfidence", key.end(), key.end() + 400) != -1
            else None
        )
        if (
            registry_match
            and not doc.registry
            and registry_match.group("lo", "lo_eu") == (None, None)
        ):
            # on a page not known as a registry record, a registry's block is read only with
            # the interval on the lines after the value ("Hazard Ratio (HR): 0.44" / "95%
            # Confidence Interval: 0.33 to 0.59", a results record copied without its
            # headings); a bare value at a line's end is prose or a table's
            registry_match = None
        if registry_match:
            line_start = text.rfind("\n", 0, key.start()) + 1
            values = [_registry_value(registry_match)]
            sent_start, sent_end = line_start, registry_match.end()
            qualifier = ""
        else:
            # a measure heading a table's column is read as the table, before the numbers
            # after it are taken as prose ("... | Risk ratio (95% CI)" over rows whose first
            # numbers are the arms' percentages)
            table = _table_rows(doc, key, measure)
            # (a header over several lines, or rows the reader of one header line left: the
            # rows of the table read as a whole that the header line's reading did not give)
            spread = _delimited_table_rows(doc, key, measure)
            if spread and table is None:
                table = spread
            elif spread:
                read = {r["match"][0] for r in table[0]}
                extra = [r for r in spread[0] if r["match"][0] not in read]
                table = (table[0] + extra, max(table[1], spread[1])) if extra else table
            table = table or _labelled_list_rows(doc, key, measure)
            if table is None:
                footnoted = _footnoted_table_rows(doc, key, measure)
                if footnoted:
                    # (a cell another reading gave already is not read twice)
                    read = {r["match"][0] for r in found}
                    fresh = [r for r in footnoted[0] if r["match"][0] not in read]
                    table = (fresh, footnoted[1]) if fresh else None
            if table:
                rows, consumed = table
                found.extend(rows)
                continue
            read = _prose_values(doc, key, kind)
            if read is None:
                continue
            values, qualifier, sent_start, sent_end = read
        consumed = values[-1][3]
        rows = _describe_ratios(doc, key, measure, qualifier, values, sent_start, sent_end)
        if len(rows) >= 2 and all(r["orientation_rule"] in _LISTED_ARMS_OVERRIDE for r in rows):
            _listed_arms_in_turn(doc, qualifier, rows)
        _share_the_clause_before(doc, found, rows)
        doc.treatment_effect_seen = doc.treatment_effect_seen or any(
            r["role"] == "treatment_effect" for r in rows
        )
        found.extend(rows)
    return found + _values_of_an_earlier_measure(doc, found)


_SHARED_ORIENTATION_RULES = (
    "orientation.comparative_in_clause",
    "orientation.direction_in_clause",
    "orientation.sentence_headed_by_the_comparison",
    "orientation.leading_comparator",
    "orientation.shared_with_the_clause_before",
    "orientation.comparator_list",
    "orientation.numerator_list",
    "orientation.exposure_compared",
)
# what may stand between an estimate and a later one that shares its comparison, once
# bracketed figures are set aside: the later endpoint and its joiner ("), symptomatic
# fracture (", "), of microvascular complications (", ") and deep incisional infections (",
# ") but not against organ-space infections (", "; 95% CI, ...) and of distant recurrence (")
# figures compared arm by arm inside a bracket ("4.2% vs. 8.6%") compare no new arms
_FIGURES_VERSUS_RE = re.compile(r"[\d.·%]+\s*(?:vs\.?|versus)\s*[\d.·]+")


# the comparator right before an estimate's bracket: "... compared with placebo (HR 0.70"
_COMPARATOR_BEFORE_BRACKET_RE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than|relative\s+to)\s+(?:the\s+)?"
    r"[\w+\-–]+(?:\s+[\w+\-–]+){0,3}\s*\([^()]*$",
    re.IGNORECASE,
)
# ... and the next one listed after that bracket: "), diclofenac (", "), and etoricoxib (",
# "), or with glipizide ("
_COMPARATOR_ITEM_RE = re.compile(
    r"\s*(?:,\s*(?:and|or)?|and|or)\s+(?:(?:with|to)\s+)?(?:the\s+)?"
    r"(?P<c>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)\s*",
    re.IGNORECASE,
)


def _share_the_clause_before(doc, found: list[dict], rows: list[dict]) -> None:
    """Estimates that follow one whose clause states its arms, in the same sentence, with
    only their own endpoints and figures between ("As compared with the placebo group,
    women in the zoledronate group had a lower risk of non-vertebral fracture (hazard ratio,
    0.66 ...), symptomatic fracture (hazard ratio, 0.73 ...)"; "Compared with the control
    group, the combined intervention group had a lower incidence of cardiovascular events
    (hazard ratio 0·74 ...), of microvascular complications (0·65, ...)"): the same arms,
    when their own words name none."""
    text = doc.text
    before = found[-1] if found else None
    for row in rows:
        if (
            before is not None
            and before["sentence"] == row["sentence"]
            and before["orientation"] == "stated"
            and before["orientation_rule"] in _SHARED_ORIENTATION_RULES
            and row["orientation"] != "stated"
            and (
                row["role"] in ("treatment_effect", "subgroup")
                # (a cohort's, a quoted trial's or a pooled estimate after one of its own kind:
                # "Compared with never-users, current users had a higher risk (RR 1.20 ...)
                # and recent users (RR 1.13 ...)")
                or (row["role"] == "other" and before["role"] == "other")
            )
        ):
            gap = text[before["match"][1] : row["match"][0]]
            # (from the close of the earlier estimate's bracket to the opening of the later's)
            closing, opening = gap.find(")"), gap.rfind("(")
            if 0 <= closing < opening:
                gap = gap[closing + 1 : opening]
            for _ in range(2):  # brackets inside brackets
                gap = _BRACKETED_RE.sub(" ", gap)
            gap = _FIGURES_VERSUS_RE.sub(" ", gap)
            item = _COMPARATOR_ITEM_RE.fullmatch(gap)
            name = _clean_arm(item.group("c")) if item else ""
            listed = _listed_pair(doc, before, name) if name else None
            if listed:
                row.update(_orientation_fields(listed[0], " vs ".join(listed[0]), listed[1]))
                before = row
                continue
            # a clause after a semicolon is a statement of its own ("; OS showed a trend
            # toward improvement (HR, 0.86"), its arms unsaid
            if (
                len(gap) <= 200
                and ";" not in gap
                and not _comparison_words(gap, doc)
                and (row["role"] != "other" or _ENDPOINT_ONLY_GAP_RE.fullmatch(gap))
            ):
                row.update(
                    _orientation_fields(
                        (before["numerator_arm"], before["denominator_arm"]),
                        before["comparison"],
                        "orientation.shared_with_the_clause_before",
                    )
                )
        before = row


def _listed_pair(doc, before: dict, name: str):
    """((numerator, denominator), rule) of an estimate whose only words after the earlier
    estimate ``before`` of its sentence list the treatment ``name``, else None: the next
    comparator when the earlier one followed its comparator ("compared with placebo (HR
    0.70 ...), sitagliptin (HR 0.80 ..."), never the same one; the next numerator against
    the same comparator when the earlier numerator was named right before its bracket, the
    comparator leading the sentence ("Compared with haloperidol, the risk ... was lower for
    amisulpride (hazard ratio 0·37 ...), olanzapine (0·28, ...)")."""
    if name in (before["numerator_arm"], before["denominator_arm"]):
        return None
    text, rule = doc.text, before["orientation_rule"]
    if (name.endswith(DRUG_SUFFIXES) or name in doc.arm_words) and (
        rule == "orientation.comparator_list"
        or _COMPARATOR_BEFORE_BRACKET_RE.search(
            text, max(0, before["match"][0] - 160), before["match"][0]
        )
    ):
        return (before["numerator_arm"], name), "orientation.comparator_list"
    if (name.endswith(_ARM_STEMS) or name in doc.arm_words) and (
        rule == "orientation.numerator_list"
        or (rule == "orientation.leading_comparator" and _numerator_before_bracket(text, before))
    ):
        return (name, before["denominator_arm"]), "orientation.numerator_list"
    return None


def _numerator_before_bracket(text: str, row: dict) -> bool:
    """Is ``row``'s numerator the arm named right before the bracket its estimate opens
    ("lower for amisulpride (hazard ratio 0·37")?"""
    start = row["match"][0]
    bracket = max(
        text.rfind("(", max(0, start - 60), start), text.rfind("[", max(0, start - 60), start)
    )
    if bracket < 0:
        return False
    m = _arm_before_bracket(text, max(0, bracket - 80), bracket + 1)
    return m is not None and _clean_arm(m.group("arm")) == row["numerator_arm"]


# between two estimates of a cohort, a quoted trial or a pooled analysis, only the later
# endpoint and its joiner (", and of ESRD (", " and with a lower risk of death ("): no name
# of another trial or group, no verb of a clause of its own ("and NOTUS confirmed the
# effect (", "and a similar benefit was seen in the Asia-Pacific trial (", "and stillbirth
# fell as well (")
_ENDPOINT_ONLY_GAP_RE = re.compile(
    r"[\s,]*(?:and|or)?(?:\s+(?!(?:was|were|is|are|did|does|had|has|showed?|confirmed|seen|fell|rose"
    r"|reached|found|reported|gave|yielded)\b)[a-z][\w'-]*){0,8}[\s,]*"
)


def _comparison_words(segment: str, doc) -> bool:
    """Does the segment name an arm or compare ("versus", "than", "compared")?"""
    low = segment.lower()
    return bool(re.search(r"\b(?:versus|vs\.?|than|compared|relative\s+to)\b", low)) or any(
        w and re.search(rf"\b{re.escape(w)}\b", low) for w in doc.arm_words
    )


# --------------------------------------------------------------------------- tables

# A table pasted as text, its ratios in a column headed by the measure's name: a forest
# plot's or a subgroup table's rows ("Subgroup | DVd events/total | Vd events/total | Hazard
# ratio (95% CI)" over "Age <65 yr | 33/132 | 59/125 | 0.36 (0.23-0.55)"), cells split by
# bars, tabs or runs of two or more spaces.
_CELL_SPLIT_RE = re.compile(r"[ \t]*\|[ \t]*|\t+[ \t]*| {2,}")
# (a cell may close with a footnote's mark, "0.77 (0.65-0.91)†", and with its p-value, as a
# table without a column of its own for it prints it: "0.96 (0.92-1.01) P = 0.11", "0.80
# (0.64-1.00); p<0.001", "1.43 (1.11-1.84), P=.006")
_CELL_RATIO_RE = re.compile(
    r"(?P<v>\d+(?:[.·]\d+)?)[ \t]*[(\[][ \t]*(?P<lo>\d+(?:[.·]\d+)?)[ \t]*(?:[-–—‒]|to|,)[ \t]*"
    r"(?P<hi>\d+(?:[.·]\d+)?)[ \t]*[)\]](?:[ \t]*[*†‡§¶#]{1,3})?"
    r"(?:[ \t]*[;,]?[ \t]*[Pp][ \t]*(?:=|<|>|≤|≥|<=|>=)[ \t]*(?:0|1)?[.·]\d+(?:[ \t]*[*†‡§¶#]{1,3})?)?"
)
_HEADER_LEVEL_RE = re.compile(r"(\d{2}(?:\.\d+)?)[ \t]*%[ \t]*(?:CI|confidence|CrI)", re.IGNORECASE)
# the row of the whole population, which repeats the main comparison
# a row labelled by the two arms it compares: "Weekly tocilizumab vs. placebo + 26-wk taper"
_COMPARISON_ROW_RE = re.compile(r"(?P<a>[^|]{2,60}?)\s+(?:vs\.?|versus)\s+(?P<b>[^|]{2,60})", re.I)
_TWO_LETTERS_RE = re.compile(r"[A-Za-z]{2}")


def _comparison_cell(cells: list[str]):
    """The match of _COMPARISON_ROW_RE of the first cell reading "A vs. B" whose two sides are
    names (each with letters: not "2/48 vs. 8/51" nor "12.1 vs 10.3 months"), or None."""
    for cell in cells:
        if "vs" not in cell and "versus" not in cell.lower():
            continue
        m = _COMPARISON_ROW_RE.fullmatch(cell.strip())
        if m and all(_TWO_LETTERS_RE.search(m.group(g)) for g in ("a", "b")):
            return m
    return None


_ALL_PATIENTS_ROW_RE = re.compile(
    r"(?:all\s+(?:patients|participants|randomi[sz]ed)|overall|total|intention[-\s]to[-\s]treat|itt)\b",
    re.IGNORECASE,
)
# a caption over a table of covariates rather than of subgroups
# (not a Cox model alone: every hazard ratio comes from one, "Cox models for the primary
# outcome and selected adverse outcomes" over a trial's pairwise comparisons)
_COVARIATE_CAPTION_RE = re.compile(
    r"multivariab|multivariat|univariab|univariat|prognostic|risk\s+factors|predictors"
    r"|Cox\s+(?:model|regression)\s+(?:of|with)\s+(?:baseline\s+)?(?:covariates|factors|characteristics)",
    re.IGNORECASE,
)
# a covariate's levels compared: "(yes vs no)", "(present vs absent)", "female vs male",
# "(>=65 vs <65 years)"
_LEVELS_OF_A_COVARIATE_RE = re.compile(
    r"\b(?:yes|present|female|male|women|men)\s+(?:vs\.?|versus)\s+(?:no|absent|male|female|men|women)\b"
    r"|[<>≥≤]=?\s*\d[^|]{0,20}\s(?:vs\.?|versus)\s",
    re.IGNORECASE,
)
# a first column headed as the terms of a model: "Variable", "Covariates", "Risk factor"
_COVARIATE_HEADING_RE = re.compile(
    r"\s*(?:variables?|covariates?|(?:risk\s+|prognostic\s+)?factors?|predictors?)\s*",
    re.IGNORECASE,
)
# "(daratumumab group vs. control group)", "..., radiotherapy + temozolomide vs.
# radiotherapy alone" closing the caption
# (the comparator may be marked as the reference, and the caption closed by a full stop:
# "Adjusted risk ratios, WHO-2013 vs. SWE-GDM (reference).")
_CAPTION_VERSUS_RE = re.compile(
    r"(?:\(|,\s*|:\s*)(?:[^()]*?:\s*)?(?P<a>[^(),:]{2,60}?)\s+(?:vs\.?|versus)\s+"
    r"(?P<b>[^()]{2,60}?)\s*(?:[(\[](?:as\s+)?(?:the\s+)?ref(?:erence)?\.?[)\]]\s*)?(?:\)|\.?\s*$)"
)


def _cells(line: str) -> list[str]:
    # (a row closed by a bar, "| 0.006 |", ends in its last cell: the space before the bar
    # is no part of it)
    return [c for c in _CELL_SPLIT_RE.split(line.strip().strip("|").strip()) if c]


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Where each of ``_cells(line)`` stands in the line (empty when the two disagree)."""
    spans, last = [], 0
    for m in _CELL_SPLIT_RE.finditer(line):
        if m.start() > last:
            spans.append((last, m.start()))
        last = m.end()
    if last < len(line):
        spans.append((last, len(line)))
    out = []
    for a, b in spans:
        segment = line[a:b]
        kept = segment.strip(" \t|")
        if kept:
            a += len(segment) - len(segment.lstrip(" \t|"))
            out.append((a, a + len(kept)))
    return out if [line[a:b] for a, b in out] == _cells(line) else []


# a header cell of a ratio's interval in a column of its own, beside the ratio's: "95% CI",
# "95% confidence interval", "CI (95%)", "(95% CI)"
_CI_HEADER_CELL_RE = re.compile(
    r"\(?(?:\d{2}(?:\.\d+)?[ \t]*%[ \t]*)?(?:CI|CrI|confidence[ \t]+interval)(?:[ \t]*\(\d{2}(?:\.\d+)?[ \t]*%\))?\)?",
    re.IGNORECASE,
)
_VALUE_CELL_RE = re.compile(r"\d+(?:[.·]\d+)?")
_BOUNDS_CELL_RE = re.compile(
    r"[(\[]?[ \t]*(?P<lo>\d+(?:[.·]\d+)?)[ \t]*(?:[-–—‒]|to|,)[ \t]*(?P<hi>\d+(?:[.·]\d+)?)[ \t]*[)\]]?"
)


def _split_ratio(line: str, row_cells: list[str], column: int) -> tuple | None:
    """(value, lower, upper, start, end in the line) of a row giving a ratio and its
    interval in two cells ("Older age (>=68 y) | 1.51 | 1.06-2.14 | .02"), or None."""
    if column + 1 >= len(row_cells):
        return None
    value_cell, bounds_cell = row_cells[column], row_cells[column + 1]
    bounds = _BOUNDS_CELL_RE.fullmatch(bounds_cell)
    if not _VALUE_CELL_RE.fullmatch(value_cell) or bounds is None:
        return None
    spans = _cell_spans(line)
    if not spans:
        return None
    return (
        _float(value_cell),
        _float(bounds.group("lo")),
        _float(bounds.group("hi")),
        spans[column][0],
        spans[column + 1][1],
    )


_STATE_BEFORE_RE = re.compile(
    r"\b(?:after|following|among|in\s+patients\s+(?:with|in))\s+(?:[A-Za-z]+\s+)?$", re.I
)


# a table cell holding the reference level: "1.00", "1 (reference)", "Ref", "1 [Reference]"
_REFERENCE_CELL_RE = re.compile(
    r"\s*(?:1(?:[.·]0+)?(?:\s*[(\[]\s*ref(?:erence)?\.?\s*[)\]])?|ref(?:erence)?\.?)\s*",
    re.IGNORECASE,
)


# a table's caption: "Table 3 (flattened): ...", "TABLE 2. ..."
_TABLE_CAPTION_LINE_RE = re.compile(r"[ \t]*(?:Table|TABLE)[ \t]*\d{0,2}\b")


def _header_below_a_caption(text: str, caption_start: int, caption_end: int):
    """(header start, header end, header cells, ratio columns) of a table whose caption line
    (``text[caption_start:caption_end]``, opening "Table") names the measure: the next line is
    a header of three cells or more and the line after it a row whose cells past the first give
    a ratio and its interval in one column or more; else None."""
    if not _TABLE_CAPTION_LINE_RE.match(text, caption_start):
        return None
    start = caption_end + 1
    end = text.find("\n", start)
    if end < 0:
        return None
    cells = _cells(text[start:end])
    row_end = text.find("\n", end + 1)
    row = _cells(text[end + 1 : row_end if row_end >= 0 else len(text)])
    if len(cells) < 3 or len(row) != len(cells) or any(_CELL_RATIO_RE.search(c) for c in cells):
        return None
    columns = [i for i in range(1, len(row)) if _CELL_RATIO_RE.fullmatch(row[i])]
    return (start, end, cells, columns) if columns else None


# an item of a list a caption line heads with the measure: "- Any worsening of retinopathy:
# 0.74 (0.61 to 0.90)", "Age <65 yr: 0.88 (0.62-1.25)" (several to a line, set apart by
# bars), its remark after the bracket ("— not statistically clear")
_LIST_ITEM_RE = re.compile(
    r"[ \t]*(?:[-•*–][ \t]+)?(?P<label>[^:|\n]{2,120}?):[ \t]*"
    r"(?P<v>\d+(?:[.·]\d+)?)[ \t]*\([ \t]*(?P<lo>\d+(?:[.·]\d+)?)[ \t]*(?:[-–—‒]|to)[ \t]*"
    r"(?P<hi>\d+(?:[.·]\d+)?)[ \t]*\)[^|\n]{0,80}"
)
_DECIMAL_RE = re.compile(r"\d[.·]\d")
_BOUND_IN_LABEL_RE = re.compile(r"[<>≤≥=\d]")


def _labelled_list_rows(doc: _Document, key, measure: str) -> tuple[list[dict], int] | None:
    """Rows of a list under a caption line naming the measure and printing no value of its
    own, closed by a colon or a bracket ("Other results (hazard ratio, 95% CI)" over "- Any
    worsening of retinopathy or maculopathy: 0.74 (0.61 to 0.90)"; "Hazard ratio (95% CI) for
    the primary end point, beta-blocker vs. no beta-blocker:" over "Age <65 yr: 0.88
    (0.62-1.25) | Age >=65 yr: 0.99 (0.79-1.24)"): each item a label and a ratio with its
    interval, its role and outcome read as a table row's; None when no such list follows."""
    text = doc.text
    line_start = text.rfind("\n", max(0, key.start() - 250), key.start()) + 1
    line_end = text.find("\n", key.end(), key.end() + 250)
    if line_end < 0 or (line_start == 0 and key.start() > 250):
        return None
    header = text[line_start:line_end].rstrip()
    if not header.endswith((":", ")")) or _DECIMAL_RE.search(header):
        return None
    level_m = _HEADER_LEVEL_RE.search(header)
    level = _float(level_m.group(1)) if level_m else ""
    codes = {c for _, _, c in outcome_mentions(header)}
    caption_outcome = codes.pop() if len(codes) == 1 else ""
    comparison, orientation_rule = _caption_comparison(doc, header)
    rows, pos = [], line_end + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        items = [(m, pos + offset) for m, offset in _list_items(line)]
        if not line.strip() or not items:
            break
        for m, at in items:
            value, lower, upper = (_float(m.group(g)) for g in ("v", "lo", "hi"))
            if "" in (value, lower, upper) or not lower <= value <= upper:
                return (rows, pos) if rows else None
            label = m.group("label").strip()
            named = [c for _, _, c in outcome_mentions(label)]
            if named:
                outcome = (named[0], "outcome.table_row")
            elif caption_outcome:
                outcome = (caption_outcome, "outcome.table_caption")
            elif _LABEL_NAMES_AN_EVENT_RE.search(label):
                # an endpoint of its own the vocabulary does not know ("Superficial
                # incisional infection: 0.56 (0.29 to 1.09)"): never the one above
                outcome = ("", "outcome.named_outside_the_vocabulary")
            else:
                previous = doc.previous_outcome(line_start, sentences=2)
                outcome = (
                    previous,
                    "outcome.previous_sentence" if previous else "outcome.none_named",
                )
            # (a label naming no endpoint the vocabulary knows is one still when it is a phrase
            # of three words or more with no bound or number, "Needing laser, injections or
            # eye surgery"; a population's label is a category, "Women", "Age <65 yr", "STEMI")
            phrase = len(label.split()) >= 3 and not _BOUND_IN_LABEL_RE.search(label)
            role = _table_row_role(doc, label, False, bool(named) or phrase)
            start = at + m.start("v")
            rows.append(
                _table_ratio_row(
                    measure,
                    (value, lower, upper, level),
                    outcome,
                    role,
                    (comparison, orientation_rule),
                    (pos, end),
                    (start, text.find(")", at + m.end("hi")) + 1),
                )
            )
        pos = end + 1
    return (rows, pos) if rows else None


def _list_items(line: str) -> list[tuple[re.Match, int]]:
    """The items of one line of a labelled list (set apart by bars), with where each starts
    in the line; [] unless every part of the line is one."""
    out, offset = [], 0
    for part in line.split("|"):
        m = _LIST_ITEM_RE.fullmatch(part.rstrip())
        if not m:
            return []
        out.append((m, offset))
        offset += len(part) + 1
    return out


class _TableFrame:
    """What a table's caption and header say of all its rows: the endpoint they share
    (with its rule), the comparison (with its rule), and what its first column lists
    (covariates, subgroups, endpoints or comparisons)."""

    __slots__ = (
        "outcome",
        "outcome_rule",
        "comparison",
        "orientation_rule",
        "covariates",
        "of_subgroups",
        "endpoints_column",
        "comparisons_column",
        "of_endpoints",
    )


def _table_frame(doc: _Document, caption: str, header: str, cells, column: int, line_start: int):
    """The :class:`_TableFrame` of a table: ``header`` its header's text, ``cells`` the
    header's cells and ``column`` the one naming the measure."""
    frame = _TableFrame()
    context = caption + " " + header
    # (an endpoint after "after" or "among" is the state the event follows: "Time to First
    # Disease Flare after Clinical Remission" times the flare)
    outcome_codes = [
        c
        for start, _, c in outcome_mentions(context)
        if not _STATE_BEFORE_RE.search(context, max(0, start - 30), start)
    ]
    outcome = outcome_codes[0] if len(set(outcome_codes)) == 1 else ""
    outcome_rule = "outcome.table_caption" if outcome else "outcome.none_named"
    if not outcome and len(set(outcome_codes)) > 1:
        # columns of two endpoints ("Disease-free survival HR (95% CI) | P | Overall survival
        # HR (95% CI)"): the measure's column names its own
        own = {c for _, _, c in outcome_mentions(cells[column])}
        if len(own) == 1:
            outcome, outcome_rule = own.pop(), "outcome.table_column"
    if not outcome:
        outcome = doc.previous_outcome(line_start, sentences=2)
        outcome_rule = "outcome.previous_sentence" if outcome else outcome_rule
    frame.outcome, frame.outcome_rule = outcome, outcome_rule
    frame.comparison, frame.orientation_rule = _caption_comparison(doc, caption, header)
    # (or its first column headed as a model's terms are: "Variable | HR (95% CI)")
    covariates = (
        bool(_COVARIATE_CAPTION_RE.search(context))
        or bool(
            _COVARIATE_HEADING_RE.fullmatch(cells[0])
            # (not a table whose columns are the arms: "Variable | Vitamin D | Placebo | Adjusted
            # Risk Ratio (95% CI)", NEJM's results table)
            and sum(_names_an_arm(doc, c) for c in cells[1:column]) < 2
        )
    )
    # a caption announcing endpoints ("Table 2. Primary and Secondary End Points"): its rows
    # are endpoints, named by the vocabulary or not ("Microvascular")
    # (or its first column's heading: "Aggregate endpoints | Relative risk (95% CI) | p")
    # a first column headed "Subgroup" (or a caption of subgroups) lists populations, even
    # when a label names an event ("No previous miscarriage", "Prior stroke"); headed
    # "Outcome", "Component" or "Event", it lists endpoints, even when one names a disease
    # ("Ischemic heart disease")
    of_subgroups = not covariates and _SUBGROUP_HEADING_RE.search(cells[0] + " " + caption)
    endpoints_column = not of_subgroups and _ENDPOINT_HEADING_RE.fullmatch(cells[0].strip())
    # a first column headed "Comparison" (or a caption of pairwise comparisons) lists the
    # trial's comparisons of arms: "AC-T plus trastuzumab vs. AC-T | 0.64 (0.53-0.78)"
    comparisons_column = not covariates and bool(
        _COMPARISONS_HEADING_RE.fullmatch(cells[0].strip())
        or _COMPARISONS_CAPTION_RE.search(caption)
    )
    of_endpoints = (
        not covariates
        and not of_subgroups
        and (
            _ENDPOINT_CAPTION_RE.search(caption) is not None
            or _ENDPOINT_CAPTION_RE.search(cells[0]) is not None
        )
    )
    frame.covariates, frame.of_subgroups = covariates, of_subgroups
    frame.endpoints_column, frame.comparisons_column = endpoints_column, comparisons_column
    frame.of_endpoints = of_endpoints
    return frame


def _row_labels(doc: _Document, frame: _TableFrame, label: str) -> tuple[list[str], tuple]:
    """The endpoints a table row's label names (none in a table of covariates; a label
    listing parts names their composite: "End-stage renal disease or death") and the row's
    (role, rule), under what ``frame`` says of the table."""
    outcomes = (
        []
        if frame.covariates
        else [c for _, _, c in merge_composites(label, list(outcome_mentions(label)))]
    )
    role = _table_row_role(
        doc,
        label,
        frame.covariates,
        not frame.of_subgroups and (bool(outcomes) or frame.of_endpoints),
        bool(frame.endpoints_column),
        frame.comparisons_column and not frame.of_subgroups,
    )
    return outcomes, role


def _key_line(text: str, key) -> tuple[int, int] | None:
    """(start, end) of the line a measure's name stands on, when it is a short line (a
    header is: looked for within 300 characters, so a page without line breaks costs a
    bounded amount per measure name); else None."""
    before = text.rfind("\n", max(0, key.start() - 300), key.start())
    line_end = text.find("\n", key.end(), key.end() + 300)
    if line_end < 0 or (before < 0 and key.start() > 300):
        return None
    return before + 1, line_end


def _measure_name_re(key) -> re.Pattern:
    """The measure's name as a table's cells print it, a whole word (any case when longer
    than an abbreviation)."""
    return re.compile(
        rf"(?<![\w-]){re.escape(key.group())}(?![\w-])",
        re.IGNORECASE if len(key.group()) > 3 else 0,
    )


# the head nouns of an event a table row's label names as its own endpoint (an infection, a
# leak, a reoperation, a readmission, an arrhythmia, a complication): a label naming one the
# vocabulary does not know is that endpoint, never the endpoint of the row or sentence above
_LABEL_NAMES_AN_EVENT_RE = re.compile(
    r"\b(?:infections?|leak(?:age|s)?|re-?operations?|re-?admissions?|admissions?\s+to"
    r"|arrhythmias?|sepsis|septic\s+shock|drainage|complications?|dehiscence|fistulae?"
    r"|abscess(?:es)?|hernias?|ileus|delirium|thrombos[ie]s|ulcers?|transfusions?|rejection"
    r"|(?:mechanical\s+)?ventilation|SIRS)\b",
    re.IGNORECASE,
)


def _row_names_its_own_event(text: str, at: int) -> bool:
    """Is ``at`` in a flattened table's row (cells joined by bars) whose first cell names
    an event (_LABEL_NAMES_AN_EVENT_RE)? (Its line read back at most 300 characters.)"""
    line_start = text.rfind("\n", max(0, at - 300), at) + 1
    if line_start == 0 and at > 300:
        return False
    head = text[line_start:at]
    if " | " not in head:
        return False
    return _LABEL_NAMES_AN_EVENT_RE.search(head.split(" | ", 1)[0]) is not None


def _row_outcome(row_outcomes: list[str], section: str, table: tuple[str, str], label: str = ""):
    """(outcome, rule) of a table row: the endpoint its label names, else unknown when its
    label names an event of its own the vocabulary does not know ("Superficial incisional
    infection", "Reoperation", "Unplanned hospital readmission"), else its heading row's
    (``section``), else the table's."""
    if row_outcomes:
        return row_outcomes[0], "outcome.table_row"
    if label and _LABEL_NAMES_AN_EVENT_RE.search(label):
        return "", "outcome.named_outside_the_vocabulary"
    if section:
        return section, "outcome.table_heading_row"
    return table


def _table_rows(doc: _Document, key, measure: str) -> tuple[list[dict], int] | None:
    """Rows for the ratios in the column a table's header names by the measure (``key`` in
    the header line), with the end of the table; None when ``key`` heads no such column."""
    text = doc.text
    line = _key_line(text, key)
    if line is None:
        return None
    line_start, line_end = line
    header = text[line_start:line_end]
    cells = _cells(header)
    if len(cells) < 2:
        # a caption naming the measure above a header of groups, whose rows give a ratio and
        # its interval in each group's column ("Table 3: Hazard ratios for ... compared with
        # periods off medication. Data are hazard ratio (95% CI)." over "Outcome | Mood
        # stabiliser | Antipsychotic" and "Any crime | 0·83 (0·77-0·90) | 0·78 (0·74-0·83)")
        below = _header_below_a_caption(text, line_start, line_end)
        if below is None:
            return None
        line_start, line_end, cells, columns = below
        header, column = text[line_start:line_end], columns[0]
    else:
        # the cell the key is printed in, and every other cell naming the same measure: a
        # table may give it in several columns ("Unadjusted odds ratio (95% CI) | Adjusted
        # odds ratio (95% CI)", "Weeks 9-12, OR (95% CI) | P value | Weeks 9-52, OR (95% CI)")
        column = len(_cells(text[line_start : key.start()] + "X")) - 1
        if column == 0:
            return _row_naming_its_measure(doc, measure, line_start, line_end, cells)
        if column >= len(cells):
            return None
        name = _measure_name_re(key)
        columns = [column] + [
            i for i, c in enumerate(cells) if i not in (0, column) and name.search(c) is not None
        ]
    level_m = _HEADER_LEVEL_RE.search(header)
    level = _float(level_m.group(1)) if level_m else ""
    caption = _caption_above(text, line_start)
    frame = _table_frame(doc, caption, header, cells, column, line_start)
    outcome, outcome_rule = frame.outcome, frame.outcome_rule
    comparison, orientation_rule = frame.comparison, frame.orientation_rule
    # a column naming its comparison: "3 mg vs placebo HR (97.5% CI) | 10 mg vs placebo HR"
    column_pairs = {i: _column_comparison(cells[i]) for i in columns}
    if column_pairs[column]:
        comparison, orientation_rule = column_pairs[column], "orientation.table_column_label"
    # a header giving the ratio and its interval in two columns ("Factor | Hazard ratio | 95%
    # CI | P value"): each row's ratio is the value in the one and the bounds in the next
    split_interval = (
        column + 1 < len(cells)
        and _CI_HEADER_CELL_RE.fullmatch(cells[column + 1].strip()) is not None
    )
    rows, pos = [], line_end + 1
    section_outcome = ""
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        row_cells = _cells(line)
        split = (
            _split_ratio(line, row_cells, column)
            if split_interval and len(row_cells) == len(cells)
            else None
        )
        cell = None
        if split is None:
            if len(row_cells) == len(cells) and _CELL_RATIO_RE.fullmatch(row_cells[column]):
                cell = row_cells[column]
            elif len(row_cells) >= 2:
                cell = next((c for c in row_cells[1:] if _CELL_RATIO_RE.fullmatch(c)), None)
        if cell is None and len(row_cells) == 1 and len(line) <= 200:
            # a heading row of its own, the endpoint of the rows under it ("Tuberculosis
            # infection according to positive QFT result - no./total no. (%)" over "  Overall |
            # 147/4074 (3.6) | 134/4043 (3.3) | 1.10 (0.87-1.38)"), when a row follows
            following = text.find("\n", end + 1)
            following = len(text) if following < 0 else following
            next_cells = _cells(text[end + 1 : following]) if end < len(text) else []
            if len(next_cells) == len(cells) and _CELL_RATIO_RE.fullmatch(next_cells[column]):
                heading = [c for _, _, c in merge_composites(line, list(outcome_mentions(line)))]
                section_outcome = heading[0] if heading else ""
                pos = end + 1
                continue
        if (
            cell is None
            and split is None
            and len(row_cells) > column
            and _REFERENCE_CELL_RE.fullmatch(row_cells[column])
        ):
            # the reference level's row ("No use | 1.00 | | 1.00 |", "Never | 1 (reference)"):
            # no estimate, and the table goes on
            pos = end + 1
            continue
        if split is not None:
            value, lower, upper, start_in_line, end_in_line = split
            at, match_end = pos + start_in_line, pos + end_in_line
            if "" in (value, lower, upper) or not lower <= value <= upper:
                break
            others = []
        else:
            if cell is None or not row_cells:
                break
            m = _CELL_RATIO_RE.fullmatch(cell)
            value, lower, upper = (_float(m.group(g)) for g in ("v", "lo", "hi"))
            if "" in (value, lower, upper) or not lower <= value <= upper:
                break
            at = pos + line.find(cell)
            match_end = at + len(cell)
            # (the same row's ratios in the measure's other columns)
            others = [
                (i, row_cells[i])
                for i in columns[1:]
                if len(row_cells) == len(cells) and _CELL_RATIO_RE.fullmatch(row_cells[i])
            ]
        row_outcomes, (role, role_rule) = _row_labels(doc, frame, row_cells[0])
        row_comparison, row_orientation_rule = comparison, orientation_rule
        if role_rule == "role.table_row_of_a_comparison":
            # the row names its comparison: "Rosiglitazone vs. metformin | ... | 0.68 (...)"
            pair = _COMPARISON_ROW_RE.fullmatch(row_cells[0].strip())
            row_comparison = f"{_clean_arm(pair.group('a'))} vs {_clean_arm(pair.group('b'))}"
            row_orientation_rule = "orientation.table_row_label"
        elif role != "biomarker_or_prognostic":
            # a cell of the row names its comparison: "Surgical referral at 3 mo | t-PA-DNase
            # vs. placebo | 2/48 vs. 8/51 | 0.17 (0.03-0.87)" (not the arms' counts or figures)
            paired = _comparison_cell(row_cells[1:])
            if paired:
                row_comparison = (
                    f"{_clean_arm(paired.group('a'))} vs {_clean_arm(paired.group('b'))}"
                )
                row_orientation_rule = "orientation.table_comparison_cell"
        rows.append(
            _table_ratio_row(
                measure,
                (value, lower, upper, level),
                # a table of endpoints names each row's: "28-day mortality | ... | 0.58 (...)"
                _row_outcome(row_outcomes, section_outcome, (outcome, outcome_rule), row_cells[0]),
                (role, role_rule),
                (row_comparison, row_orientation_rule),
                (pos, end),
                (at, match_end),
            )
        )
        after = match_end
        for i, other in others:
            m = _CELL_RATIO_RE.fullmatch(other)
            v, lo, hi = (_float(m.group(g)) for g in ("v", "lo", "hi"))
            if "" in (v, lo, hi) or not lo <= v <= hi:
                continue
            # (a column naming its own endpoint or time: "Weeks 9-52, OR (95% CI)")
            column_outcomes = [c for _, _, c in outcome_mentions(cells[i])]
            other_at = text.find(other, after, end)
            after = other_at + len(other)
            rows.append(
                {
                    **rows[-1],
                    "value": v,
                    "ci_lower": lo,
                    "ci_upper": hi,
                    "ci_level": _float(level_m.group(1))
                    if (level_m := _HEADER_LEVEL_RE.search(cells[i]))
                    else level,
                    **(
                        {"outcome": column_outcomes[0], "outcome_rule": "outcome.table_column"}
                        if column_outcomes and not row_outcomes
                        else {}
                    ),
                    **(
                        _orientation_fields(None, column_pairs[i], "orientation.table_column_label")
                        if column_pairs[i] and role != "biomarker_or_prognostic"
                        else {}
                    ),
                    "match": (other_at, after),
                }
            )
        pos = end + 1
    return (rows, pos) if rows else None


# a line of a table's header: cells set apart by bars or tabs, with no ratio and no decimal
# number (a markdown rule, "---|---|", and a row of empty cells, "||||", are such lines)
def _header_like(line: str) -> bool:
    return (
        ("|" in line or "\t" in line)
        and _DECIMAL_RE.search(line) is None
        and _CELL_RATIO_RE.search(line) is None
    )


# a row of summary statistics, whose "median (IQR)" cells have the shape of a ratio and its
# interval: "GCS, median (IQR) | 15 (8-15) | 15 (12-15)", "Age, mean ± SD | ..."
_SUMMARY_STATISTIC_RE = re.compile(
    r"\b(?:median|mean|IQR|interquartile|SD|range)\b|±", re.IGNORECASE
)
# how far a table's rows are followed (a page of one endless table costs a bounded amount)
_TABLE_ROWS_REACH = 400


def _delimited_table_rows(doc: _Document, key, measure: str) -> tuple[list[dict], int] | None:
    """Rows of a table set out in cells (bars or tabs) whose header spans several lines, as
    journals' web pages flatten tables: a header wrapped over lines ("... | mITT adjusted 1
    RR (95% CI) |" over "mITT adjusted 2 RR (95% CI) | discordant ..."), a row of group
    names under the measure's ("Relative risk (95% CI) | Relative risk (95% CI)" over
    "Women | Men | P value | Non-CVD | CVD | P value"), a markdown rule under it, or the
    measure heading several groups of a ratio and its interval in two columns ("Hazard ratio
    | 95% CI | p | Hazard ratio | 95% CI | p"). A row's ratios are read in the columns the
    header names by the measure when the header's cells line up with the row's; else, when
    the row holds as many ratios as the header names columns of the measure, each of them.
    None when ``key`` is not in such a header or no row gives a ratio."""
    text = doc.text
    line = _key_line(text, key)
    if line is None or not _header_like(text[line[0] : line[1]]):
        return None
    line_start, line_end = line
    name = _measure_name_re(key)
    # the header: the key's line, the lines of a wrapped header above it (each closed by a
    # bar), and the header lines under it
    block_start = line_start
    for _ in range(4):
        if block_start == 0:
            break
        above_start = text.rfind("\n", max(0, block_start - 301), block_start - 1) + 1
        above = text[above_start : block_start - 1]
        if not above.rstrip().endswith("|") or not _header_like(above):
            break
        block_start = above_start
    lines = text[block_start:line_end].split("\n")
    pos = line_end + 1
    for _ in range(4):
        end = text.find("\n", pos, pos + 301)
        if end < 0:
            break
        line = text[pos:end]
        if not line.strip() or not _header_like(line):
            break
        lines.append(line)
        pos = end + 1
    header = "\n".join(lines)
    # the layouts the header's cells may have in a row: the lines of a wrapped header
    # joined, from the key's line and from the block's first line (the key's line alone when
    # it is the header's last: a spanning header over a row of group names lines up with
    # nothing)
    key_line = len(text[block_start:line_start].split("\n")) - 1
    all_cells = [c for ln in lines for c in _cells(ln)]
    layouts = [[c for ln in lines[key_line:] for c in _cells(ln)], all_cells]
    named = [c for c in all_cells if name.search(c)]
    if not named or len(all_cells) < 2:
        return None
    if any(len({_measure_of(k)[1] for k in _page_ratio_keys(c)}) > 1 for c in named):
        # a column of two measures ("Estimate (odds ratio, cross-sectional; relative risk,
        # prospective)"): which a row gives is not said
        return None
    split_header = any(_CI_HEADER_CELL_RE.fullmatch(c.strip()) for c in all_cells)
    caption = _caption_above(text, block_start)
    first_named = next(i for i, c in enumerate(all_cells) if name.search(c))
    frame = _table_frame(doc, caption, header, all_cells, first_named, block_start)
    header_level = _HEADER_LEVEL_RE.search(header)
    rows, section, table_end = [], "", pos
    for _ in range(_TABLE_ROWS_REACH):
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        stripped = line.strip()
        if not stripped:
            if rows:
                break  # (a blank line closes the table once its rows began)
            pos = end + 1
            continue
        cells = _cells(line)
        if "|" not in line and "\t" not in line:
            # a heading of the rows under it ("Secondary neonatal outcomes"): short, no full
            # stop, no number; anything else closes the table
            if len(stripped) > 120 or stripped.endswith(".") or _DECIMAL_RE.search(stripped):
                break
            codes = [c for _, _, c in merge_composites(stripped, list(outcome_mentions(stripped)))]
            section = codes[0] if codes else ""
            pos = end + 1
            continue
        if _header_like(line) and name.search(line):
            # another table's header, naming the measure again: its own key reads it (a page
            # of 400 such headers read each to the end of the page: 80,000 rows, 2 s)
            break
        table_end = end + 1
        label = cells[0] if cells else ""
        if len(cells) < 2 or _SUMMARY_STATISTIC_RE.search(line):
            pos = end + 1
            continue
        found = _row_ratios(line, cells, layouts, name, split_header, len(named))
        if any("" in r[:3] or not r[1] <= r[0] <= r[2] or r[1] == r[2] for r in found):
            break  # (bounds that do not hold the value: the columns are not what they seem)
        row_outcomes, role = _row_labels(doc, frame, label)
        for value, lower, upper, start_in_line, end_in_line, head in found:
            level_m = (_HEADER_LEVEL_RE.search(head) if head else None) or header_level
            pair = _column_comparison(head) if head else ""
            rows.append(
                _table_ratio_row(
                    measure,
                    (value, lower, upper, _float(level_m.group(1)) if level_m else ""),
                    _row_outcome(row_outcomes, section, (frame.outcome, frame.outcome_rule), label),
                    role,
                    (pair, "orientation.table_column_label")
                    if pair
                    else (frame.comparison, frame.orientation_rule),
                    (pos, end),
                    (pos + start_in_line, pos + end_in_line),
                )
            )
        pos = end + 1
    return (rows, table_end) if rows else None


# the mark a table's footnote gives a measure, right before the measure's name: "* Rate
# ratio. + Risk ratio.", "† Hazard ratio", "‡‡ Odds ratio"
_FOOTNOTE_MARK_BEFORE_RE = re.compile(r"(?:^|[.;,)]\s+|\s)(?P<mark>[*†‡§¶#+]{1,3})\s*$")
_FOOTNOTE_MARKS = "*†‡§¶#+"


def _footnoted_table_rows(doc: _Document, key, measure: str) -> tuple[list[dict], int] | None:
    """Rows of the table right above a footnote that names the measure after a mark ("* Rate
    ratio. + Risk ratio." under "Units transfused ... | 0·89 (0·60 to 1·32)*" and "All-cause
    mortality, 30 days | ... | 1·01 (0·14 to 7·10)+"): each cell giving a ratio and its
    interval closed by that mark is a row of the measure, read with the rules of any other
    table's rows. None when the measure's name follows no mark or no such cell is above."""
    text = doc.text
    line_start = text.rfind("\n", max(0, key.start() - 200), key.start()) + 1
    if line_start == 0 and key.start() > 200:
        return None
    line_end = text.find("\n", key.end(), key.end() + 300)
    line_end = len(text) if line_end < 0 else line_end
    mark_m = _FOOTNOTE_MARK_BEFORE_RE.search(text[line_start : key.start()])
    if mark_m is None or "|" in text[line_start:line_end] or "\t" in text[line_start:line_end]:
        return None
    mark = mark_m.group("mark")
    # the table above: lines of cells, other footnote lines between it and this one
    lines, pos = [], line_start
    for _ in range(_TABLE_ROWS_REACH):
        if pos <= 0:
            break
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above : pos - 1]
        if "|" in line or "\t" in line:
            lines.append((above, line))
        elif lines or not line.strip() or line.lstrip()[:1] not in _FOOTNOTE_MARKS:
            break
        pos = above
    if not lines:
        return None
    lines.reverse()
    header_at, header = lines[0]
    cells = _cells(header)
    if not _header_like(header) or len(cells) < 2:
        return None
    caption = _caption_above(text, header_at)
    frame = _table_frame(doc, caption, header, cells, len(cells) - 1, header_at)
    level_m = _HEADER_LEVEL_RE.search(header)
    level = _float(level_m.group(1)) if level_m else ""
    rows = []
    for at, line in lines[1:]:
        row_cells, spans = _cells(line), _cell_spans(line)
        if len(row_cells) < 2 or not spans:
            continue
        row_outcomes, role = _row_labels(doc, frame, row_cells[0])
        for i, cell in enumerate(row_cells[1:], start=1):
            stem = cell[: -len(mark)].rstrip() if cell.endswith(mark) else ""
            if not stem or stem[-1:] in _FOOTNOTE_MARKS:
                continue
            m = _CELL_RATIO_RE.fullmatch(stem)
            if m is None:
                continue
            value, lower, upper = (_float(m.group(g)) for g in ("v", "lo", "hi"))
            if "" in (value, lower, upper) or not lower <= value <= upper or lower == upper:
                continue
            rows.append(
                _table_ratio_row(
                    measure,
                    (value, lower, upper, level),
                    _row_outcome(
                        row_outcomes, "", (frame.outcome, frame.outcome_rule), row_cells[0]
                    ),
                    role,
                    (frame.comparison, frame.orientation_rule),
                    (at, at + len(line)),
                    (at + spans[i][0], at + spans[i][0] + len(stem)),
                )
            )
    # (the next measure named in the same footnote line is read in turn)
    return (rows, key.end()) if rows else None


def _row_ratios(line, cells, layouts, name, split_header, named_count):
    """(value, lower, upper, start, end in the line, header cell or '') of each ratio a
    table row gives in the measure's columns (see :func:`_delimited_table_rows`)."""
    spans = _cell_spans(line)
    out = []
    layout = next((lay for lay in layouts if len(lay) == len(cells)), None)
    if layout is not None and spans:
        columns = [i for i, c in enumerate(layout) if i > 0 and name.search(c)]
        for i in columns:
            split = (
                _split_ratio(line, cells, i)
                if split_header
                and i + 1 < len(layout)
                and _CI_HEADER_CELL_RE.fullmatch(layout[i + 1].strip())
                else None
            )
            if split is not None:
                out.append((*split, layout[i]))
            elif m := _CELL_RATIO_RE.fullmatch(cells[i]):
                value, lower, upper = (_float(m.group(g)) for g in ("v", "lo", "hi"))
                out.append((value, lower, upper, spans[i][0], spans[i][1], layout[i]))
    else:
        # the header's cells do not line up with the row's: the row's ratios, when it holds
        # as many as the header names columns of the measure
        i = 1
        while i < len(cells):
            split = _split_ratio(line, cells, i) if split_header and spans else None
            if split is not None:
                out.append((*split, ""))
                i += 2
                continue
            if (m := _CELL_RATIO_RE.fullmatch(cells[i])) and spans:
                value, lower, upper = (_float(m.group(g)) for g in ("v", "lo", "hi"))
                out.append((value, lower, upper, spans[i][0], spans[i][1], ""))
            i += 1
        if len(out) != named_count:
            return []
    return out


_COLUMN_PAIR_RE = re.compile(
    r"(?P<a>[A-Za-z0-9][\w+\-–. ]{0,40}?)\s+(?:vs\.?|versus)\s+(?P<b>[A-Za-z][\w+\-–. ]{0,40}?)"
    r"(?:\s*[,:]?\s*(?:HR|OR|RR|IRR|[Hh]azard|[Oo]dds|[Rr]isk|[Rr]ate|[Rr]elative|\()|\s*$)"
)


def _column_comparison(cell: str) -> str:
    """ "A vs B" of a table column headed by the comparison it gives ("10 mg vs placebo HR
    (97.5% CI)"), or ''."""
    m = _COLUMN_PAIR_RE.search(cell)
    return f"{_clean_arm(m.group('a'))} vs {_clean_arm(m.group('b'))}" if m else ""


def _row_naming_its_measure(doc: _Document, measure: str, line_start, line_end, cells):
    """The row of a table whose label names its measure and whose cells hold one ratio
    ("SCC, whole study, hazard ratio | 52 | 56 | 0.92 (0.63-1.34)" under "End point |
    Fluorouracil (n = 468) | Control (n = 464) | Estimate (95% CI)"), or None."""
    ratios = [c for c in cells[1:] if _CELL_RATIO_RE.fullmatch(c)]
    if len(ratios) != 1 or len(cells) < 3:
        return None
    text = doc.text
    m = _CELL_RATIO_RE.fullmatch(ratios[0])
    value, lower, upper = (_float(m.group(g)) for g in ("v", "lo", "hi"))
    if "" in (value, lower, upper) or not lower <= value <= upper:
        return None
    # the header above the table's rows: its level and, over it, the caption's comparison
    header_start, header = line_start, ""
    for _ in range(50):
        if header_start <= 0:
            break
        nl = text.rfind("\n", max(0, header_start - 300), header_start - 1)
        if nl < 0 and header_start > 300:
            header = ""  # (no line within reach: a page without breaks costs no more)
            break
        above = nl + 1
        header = text[above : header_start - 1]
        header_start = above
        if not any(_CELL_RATIO_RE.fullmatch(c) for c in _cells(header)):
            break
    level_m = _HEADER_LEVEL_RE.search(header)
    comparison, orientation_rule = _caption_comparison(doc, _caption_above(text, header_start))
    label = cells[0]
    outcomes = [c for _, _, c in merge_composites(label, list(outcome_mentions(label)))]
    # (a row under the one it gives the ratio of: "Annualized rate of exacerbations | 0.78 |
    # 1.10" over "Rate ratio vs placebo (95% CI) | 0.70 (0.58-0.86) | -")
    # (not a row naming an endpoint of its own the vocabulary does not know: "Superficial
    # incisional infection | 15 (3.2) | 24 (5.2) | 0.56 (0.29 to 1.09)", "Reoperation | ...")
    own_event = not outcomes and _LABEL_NAMES_AN_EVENT_RE.search(label) is not None
    previous = "" if outcomes or own_event else doc.previous_outcome(line_start, sentences=2)
    level_m = level_m or _HEADER_LEVEL_RE.search(label)
    role, role_rule = _table_row_role(doc, label, False, True)
    at = text.find(ratios[0], line_start, line_end)
    row = _table_ratio_row(
        measure,
        (value, lower, upper, _float(level_m.group(1)) if level_m else ""),
        (outcomes[0], "outcome.table_row")
        if outcomes
        else ("", "outcome.named_outside_the_vocabulary")
        if own_event
        else (previous, "outcome.previous_sentence" if previous else "outcome.none_named"),
        (role, role_rule),
        (comparison, orientation_rule),
        (line_start, line_end),
        (at, at + len(ratios[0])),
    )
    return [row], line_end + 1


def _caption_comparison(doc: _Document, caption: str, header: str = "") -> tuple[str, str]:
    """(comparison, orientation rule) of a table's ratios: the comparison its caption (or
    header) states, else the document's arms, else none."""
    versus = _CAPTION_VERSUS_RE.search(caption) or (
        _CAPTION_VERSUS_RE.search(header) if header else None
    )
    comparison = (
        f"{_clean_arm(versus.group('a'))} vs {_clean_arm(versus.group('b'))}" if versus else ""
    ) or doc.default_comparison()
    rule = (
        "orientation.table_caption"
        if versus
        else ("orientation.arms_of_document" if comparison else "orientation.no_arms_known")
    )
    return comparison, rule


def _table_ratio_row(measure, numbers, outcome, role, orientation, sentence, match) -> dict:
    """An estimate row of a table's ratio: ``numbers`` (value, lower, upper, level),
    ``outcome`` and ``role`` (code, rule), ``orientation`` (comparison, rule); a covariate's
    row is no comparison."""
    value, lower, upper, level = numbers
    comparison, orientation_rule = orientation
    if role[0] == "biomarker_or_prognostic":
        comparison, orientation_rule = "", "orientation.not_a_comparison"
    return {
        "measure": measure,
        "value": value,
        "ci_lower": lower,
        "ci_upper": upper,
        "ci_level": level,
        **_p_fields(None),
        "unit": "",
        "outcome": outcome[0],
        "outcome_rule": outcome[1],
        "role": role[0],
        "role_rule": role[1],
        **_orientation_fields(None, comparison, orientation_rule),
        "sentence": sentence,
        "match": match,
    }


_ENDPOINT_CAPTION_RE = re.compile(
    r"\b(?:end[-\s]?points?|outcomes?|clinical\s+events|components?)\b(?![^.]*\bsub-?groups?\b)",
    re.IGNORECASE,
)


def _caption_above(text: str, line_start: int) -> str:
    """The closest non-blank line above a table's header (its caption), within two lines;
    none when that line is a row of a table above (cells with a ratio: "All-cause mortality
    | 0·94 (0·80–1·10) | 0·44" over a second header, "Single endpoints | Relative risk (99%
    CI) | p", captions nothing)."""
    pos = line_start - 1
    for _ in range(3):
        if pos <= 0:
            return ""
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos].strip()
        if line:
            if ("|" in line or "\t" in line) and _CELL_RATIO_RE.search(line):
                return ""
            return line
        pos = start - 1
    return ""


_TREATMENT_LABEL_RE = re.compile(
    # (not a covariate of the treatment's kind: "Treatment pathway | non-intensive vs intensive")
    r"^\s*(?:(?:treatment|randomi[sz]ed|assigned|study)(?:\s+(?:arm|group|assignment|allocation|drug))?"
    r"|allocation)\s*(?:[,:(]|$)",
    re.IGNORECASE,
)


def _names_an_arm(doc: _Document, text: str, comparators: bool = True) -> bool:
    """Does ``text`` (a column's heading, a row's label) name one of the document's arms as
    a whole word ("Vitamin D", "Placebo"); with ``comparators`` False, one that is no mere
    comparator word?"""
    low = text.lower()
    return any(
        len(w) >= 3 and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low)
        for w in doc.arm_words
        if comparators or w not in _COMPARATOR_WORDS
    )


def _names_an_arm_or_treatment(doc: _Document, label: str) -> bool:
    """Does a covariate table's row label name the randomised treatment: "Treatment, A vs.
    B", "Randomised arm", or an arm of the document ("ATLG (yes vs. no)")?"""
    return bool(_TREATMENT_LABEL_RE.search(label)) or _names_an_arm(doc, label, comparators=False)


_SUBGROUP_HEADING_RE = re.compile(r"\bsub-?groups?\b|\bsubsets?\b", re.IGNORECASE)
_COMPARISONS_HEADING_RE = re.compile(
    r"(?:(?:pairwise|treatment|arm)\s+)?(?:comparisons?|contrasts?)", re.IGNORECASE
)
_COMPARISONS_CAPTION_RE = re.compile(
    r"\bpairwise\s+comparisons?\b|\bcomparisons?\s+(?:of|between)\s+(?:the\s+)?(?:treatment\s+)?"
    r"(?:arms|groups|regimens|strategies|treatments)\b",
    re.IGNORECASE,
)
_ENDPOINT_HEADING_RE = re.compile(
    r"(?:end[-\s]?points?|outcomes?|components?|events?)(?:\s+\([^()]*\))?", re.IGNORECASE
)
# people in a label: a population even in a table of endpoints
_PEOPLE_IN_LABEL_RE = re.compile(
    r"\b(?:patients|participants|those|subjects|women|men|children|adults|aged)\b"
    r"|\bage\s*(?:[≥≤<>]|\d)",
    re.IGNORECASE,
)


def _table_row_role(
    doc: _Document,
    label: str,
    covariates: bool,
    names_outcome: bool = False,
    endpoints_column: bool = False,
    comparisons_column: bool = False,
) -> tuple[str, str]:
    """(role, rule) of a table row, from its label and the table's caption
    (``endpoints_column``: the first column's heading says its labels are endpoints;
    ``comparisons_column``: its heading or the caption says they are comparisons of arms)."""
    if doc.design in trials.NOT_TRIAL_REPORTS:
        return "other", "role.review_or_meta_analysis"
    if doc.single_arm or doc.design == "observational":
        if covariates and not _names_an_arm_or_treatment(doc, label):
            pair = _COMPARISON_ROW_RE.fullmatch(label.strip())
            if not pair or _LEVELS_OF_A_COVARIATE_RE.search(label):
                # "Age, per 10 years", "Diabetes mellitus (yes vs no)": a term of the
                # model, prognostic; the exposures compared ("Anti-TNF vs nbDMARD") are not
                return "biomarker_or_prognostic", "role.biomarker_in_non_randomised_study"
        return "other", "role.no_randomised_comparison"
    if covariates:
        if _names_an_arm_or_treatment(doc, label):
            # "Treatment, prednisolone-NAC vs. prednisolone only | 0.62 (0.37-1.05)", "ATLG
            # (yes vs. no) | 0.36 (...)": the randomised treatment entered with the model's
            # covariates, a re-analysis beside the trial's own comparison
            return "other", "role.adjusted_reanalysis_of_the_treatment"
        return "biomarker_or_prognostic", "role.table_of_covariates"
    if _ALL_PATIENTS_ROW_RE.match(label.strip()):
        return "treatment_effect", "role.table_row_of_all_patients"
    pair = _COMPARISON_ROW_RE.fullmatch(label.strip())
    if pair and (
        (comparisons_column and not _PEOPLE_IN_LABEL_RE.search(label))
        or all(
            _known_arm(_clean_arm(part), doc.arms, doc.arm_abbreviations)
            for part in (pair.group("a").lower(), pair.group("b").lower())
        )
    ):
        # the comparison of two arms in the whole population, not a population
        return "treatment_effect", "role.table_row_of_a_comparison"
    if (
        names_outcome
        # (words inside the endpoint's name are no population: "End-stage renal disease")
        and not _PEOPLE_IN_LABEL_RE.search(label)
        and (
            not _has_population_word(_blank_endpoints(label))
            or (endpoints_column and not _SUBGROUP_HEADING_RE.search(label))
        )
        and not _cue_found("sensitivity", label.lower())
    ):
        # a table of endpoints: "In-hospital mortality | ... | 0.58 (0.38-0.87)" is the
        # comparison of the whole population for that endpoint
        return "treatment_effect", "role.table_row_of_an_outcome"
    if not _PEOPLE_IN_LABEL_RE.search(label):
        # a table of the analyses of one comparison: "Primary analysis, Cox model stratified
        # by risk category | 0.50 (0.25-0.98)" is the trial's; "Unstratified Cox model",
        # "Cox model adjusted for age ...", "Per-protocol analysis" are the others
        if _PRIMARY_ANALYSIS_ROW_RE.match(label):
            return "treatment_effect", "role.table_row_of_the_primary_analysis"
        if _ANALYSIS_ROW_RE.search(label):
            return "other", "role.table_row_of_another_analysis"
    return "subgroup", "role.table_row_of_a_subgroup"


_PRIMARY_ANALYSIS_ROW_RE = re.compile(
    r"\s*(?:the\s+)?(?:pre-?specified\s+)?primary\s+(?:analysis|model)\b", re.IGNORECASE
)
_ANALYSIS_ROW_RE = re.compile(
    r"\b(?:(?:cox|regression|logistic|poisson|sensitivity|unadjusted|adjusted|unstratified"
    r"|stratified|multivariable|fine-gray)\s+(?:model|analysis|analyses)|model\s+adjusted"
    r"|unadjusted|unstratified|per[-\s]protocol|as[-\s]treated|on[-\s]treatment"
    r"|multiple\s+imputation|complete[-\s]case|sensitivity\s+analys[ie]s)\b",
    re.IGNORECASE,
)


def _registry_value(registry_match: re.Match) -> tuple:
    """(value, interval, p, end) of a registry analysis: "Estimated Value: 0.69" and its
    "Confidence Interval (2-Sided) 95% 0.55 to 0.87"."""
    first = _Value(
        registry_match.start("value"), registry_match.end("value"), registry_match.group("value")
    )
    ci = None
    if registry_match.group("lo"):
        ci = {
            "lower": _float(registry_match.group("lo")),
            "upper": _float(registry_match.group("hi")),
            "level": _float(registry_match.group("level") or registry_match.group("level0") or ""),
        }
    elif registry_match.group("lo_eu"):
        ci = {
            "lower": _float(registry_match.group("lo_eu")),
            "upper": _float(registry_match.group("hi_eu")),
            "level": _float(registry_match.group("level_eu")),
        }
    return first, ci, None, registry_match.end()


# a one-sided interval after a value: "1-sided 97.5% CI, 0.70-infinity", "one-sided 95% CI
# upper limit 1.15"
_ONE_SIDED_INTERVAL_RE = re.compile(
    r"\b(?:one|1)[-\s]sided\s+\d{2}(?:[.·]\d+)?\s*%\s*(?:CI|confidence\s+(?:interval|limit|bound))",
    re.IGNORECASE,
)
# a capitalised word right before a whole number: a heading's or a label's ("Model 2",
# "Table 3", "Cohort 1"), not a ratio's value
_LABEL_NUMBER_RE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_CATEGORY_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:types?|grades?|stages?|class|phase|days?|weeks?|months?|years?|part|step|level|cycles?"
    r"|visits?|close[ \t]+to|near)[ \t]+$",
    re.IGNORECASE,
)
_RANGE_GOES_ON_RE = re.compile(r"[ \t]*(?:-|–|—|to|and|or|,)[ \t]*", re.IGNORECASE)
_UNIT_AFTER_NUMBER_RE = re.compile(
    r"[ \t]*-?[ \t]*(?:points?|percentage[ \t]+points?|mm|mg|kg|cm|units?)\b"
    # ... or a unit of a measurement, any quantity per another ("below 300 copies/mL", "60
    # mL/min/1.73 m2", "130 mg/dL", "30 kg/m2") or a pressure ("140 mm Hg"): a threshold of
    # the population or category, not the ratio, which may follow
    r"|[ \t]*(?:[A-Za-zµμ]+/[A-Za-zµμ0-9]|mm[ \t]*Hg\b)",
    re.IGNORECASE,
)


def _prose_values(doc: _Document, key, kind: str):
    """(values, qualifier, sentence start, sentence end) stated under the measure name
    ``key`` in running text, or None when what follows is no estimate: initials in an
    author list, a design parameter or margin, a short name before a long phrase, a value
    out of range, or a large number without an interval."""
    text = doc.text
    if (
        _AUTHOR_INITIALS_RE.match(text, key.end())
        and text[max(0, key.start() - 2) : key.start()].strip().isalpha()
    ):
        return None  # "Holman RR(1), Bethel MA": initials in an author list
    sent_start, sent_end = doc.sentences.span(key.start())
    first = _find_value(text, key, kind, sent_start, sent_end)
    if first is None:
        return None
    qualifier = text[key.end() : first.start()]
    lo = max(sent_start, key.start() - 60)
    if _NOT_AN_ESTIMATE.search(qualifier) or (
        (
            doc.folded is None
            or (
                doc.names_design_words
                and _NOT_AN_ESTIMATE_WORDS_RE.search(doc.folded, lo, key.start())
            )
        )
        and _NOT_AN_ESTIMATE_BEFORE.search(text, lo, key.start())
    ):
        return None
    if (
        kind == "short"
        and _WORD_OF_FOUR_RE.search(qualifier)
        and not _SHORT_KEY_LINK_RE.search(qualifier)
    ):
        return None
    if not -100 < to_number(first.group()) < 100:
        return None  # zero and negative values are kept: harmonisation excludes them by name
    if to_number(first.group()) == 1 and _NULL_VALUE_BEFORE_RE.search(
        text, max(sent_start, first.start() - 30), first.start()
    ):
        return None  # the null value an interval excludes or crosses: "an interval that excluded 1"
    values = _ratio_values(text, first, sent_start, sent_end, _plural_name(key))
    if (
        values[0][1] is None
        and _design_value(text, sent_start, first.start(), sent_end)
        and not _ONE_SIDED_INTERVAL_RE.search(text, first.end(), min(sent_end, first.end() + 60))
    ):
        # a margin, threshold or assumption of the design, not a result (but a result with
        # its one-sided interval is one: "adjusted HR, 0.83; 1-sided 97.5% CI,
        # 0.70-infinity"; a one-sided bound is no two-sided interval, so none is recorded and
        # the estimate gets no SE from it)
        return None
    if values[0][1] is None and _LABEL_NUMBER_RE.search(qualifier) and first.group().isdigit():
        return None  # a heading's number after the measure: "HR (95% CI) | P | Model 2"
    if values[0][1] is None and to_number(first.group()) >= 20:
        return None  # a large number with no interval is not a ratio ("HR 72 beats per minute")
    label = _COMPARED_LABEL_AFTER_VALUE_RE.match(text, first.end(), sent_end)
    if label and values[0][1] is not None:
        # the comparison printed between the value and its interval qualifies it as the
        # words before it do: "hazard ratio was 0.76 in the surgery group, as compared with
        # the control group (95% CI, ..."
        qualifier += " " + label.group().strip()
    return values, qualifier, sent_start, sent_end


# A ratio printed without its measure name, after a sentence or clause that named it: "They
# also reduced all-cause mortality (0·90, 0·85-0·95; p=0·0003)", "the HR was 0.64 (...) and
# in those without diabetes (n=3569) it was 0.82 (95% CI 0.68-0.99)", "CheckMate 057
# reported 0.73 (96% CI 0.59-0.89)". The interval must enclose the value, no unit may follow
# it, and nothing between the named measure and the value may name another quantity.
# (opening with its digit and looking behind after it keeps the engine's fast scan)
_BARE_RATIO_RE = re.compile(r"\d(?<![\w.·,−–-]\d)\d?[.·]\d{1,3}(?![\w.·])")
_ANOTHER_QUANTITY_RE = re.compile(
    r"\b(?:means?|median|change|difference|slope|proportion|percent(?:age)?|points?|score|rate\s+of"
    # ("ratio of geometric means of the time to target temperature, 1.19")
    r"|ratio\s+of"
    r"|incidence|months?|weeks?|years?|days?|NNT|number\s+needed"
    # ("The number of patients who would need to be treated to prevent one ... was 3.1")
    r"|need(?:ed)?\s+to\s+(?:be\s+)?treat(?:ed)?)\b|%",
    re.IGNORECASE,
)
# another quantity named with its value: "LAZ difference 0·25", "mean difference, -1.2"
_QUANTITY_VALUE_IN_GAP_RE = re.compile(
    r"\b(?:differences?|means?|medians?|NN[TH]|slopes?)\b[\s,:=]*[-−–]?\d", re.IGNORECASE
)
_TIME_WINDOW_RE = re.compile(
    r"\b(?:after|within|before|beyond|by|over|during|from|past|(?:the\s+)?first)\s+(?:the\s+)?"
    r"(?:first\s+)?\d+(?:[.·]\d+)?\s*(?:months?|weeks?|years?|days?)\b",
    re.IGNORECASE,
)
_UNIT_AFTER_RE = re.compile(
    r"\s*(?:months?|weeks?|years?|days?|hours?|mg|g|kg|mL|ml|L|mmol|%|per\b|points?)\b"
)
# a number in the label of the group or time a later bare value is for, not a quantity of
# its own: an age bound ("65 years of age or older", "aged 60 years or older", "younger
# than 60 years"), a score's bound ("APACHE II score >=25"), a time point ("at day 14", "at
# week 52") or an arm's duration ("for 40 weeks of early therapy")
_GROUP_LABEL_NUMBER_RE = re.compile(
    r"\b(?:aged\s+)?\d+\s*(?:years?|yrs?)\s+(?:of\s+age|old)(?:\s+or\s+(?:older|more|younger|less|over|above|under))?"
    r"|\b(?:aged\s+)?\d+\s*(?:years?|yrs?)\s+or\s+(?:older|more|younger|less|over|above|under)\b"
    r"|\b(?:younger|older)\s+than\s+\d+\s*(?:years?|yrs?)\b"
    r"|\bscore\s*(?:[<>≤≥]=?|of|=)\s*\d+(?:[.·]\d+)?"
    r"|\b(?:at|by|through|until)\s+(?:day|week|month|year)\s+\d+\b"
    r"|\bfor\s+\d+\s+(?:days?|weeks?|months?|years?)\s+of\b",
    re.IGNORECASE,
)


_EFFECT_ROLES = ("treatment_effect", "subgroup")


def _values_of_an_earlier_measure(doc: _Document, found: list[dict]) -> list[dict]:
    if not found:
        return []
    text = doc.text
    ends = [(r["match"][1], r) for r in found if r["measure"] in ("HR", "OR", "RR")]
    if not ends:
        return []
    ends.sort(key=lambda e: e[0])
    positions = [e for e, _ in ends]
    taken = _merged(sorted(r["match"] for r in found))
    taken_starts = [a for a, _ in taken]
    rows = []
    # (the matches of _BARE_RATIO_RE.finditer, resumed at the next measure past the reach of
    # the one before: no match starts inside another, so a search from there finds the same)
    pos = positions[0]
    while pos is not None:
        resume = None
        for m in _BARE_RATIO_RE.finditer(text, pos):
            t = bisect_right(taken_starts, m.start()) - 1
            if t >= 0 and taken[t][0] <= m.start() < taken[t][1]:
                continue  # a value already read with its measure
            i = bisect_right(positions, m.start()) - 1
            anchor_end, anchor = ends[i]
            if m.start() - anchor_end > 400:
                # too far from the measure before it, as is every value up to the next one
                if i + 1 < len(positions):
                    resume = max(m.end(), positions[i + 1])
                break
            sent_start, sent_end = doc.sentences.span(m.start())
            anchor_sentence = anchor["sentence"]
            if anchor_sentence[0] != sent_start and doc.sentences.previous(sent_start) != tuple(
                anchor_sentence
            ):
                continue  # the measure was named in this sentence or the one before
            gap = text[anchor_end : m.start()]
            # another quantity counts only in the value's own lead-in: "(12·6 vs 9·8 months;
            # 0·72 [0·60–0·88]" gives the medians, then the ratio, each after its separator
            lead = gap[max(gap.rfind(";"), gap.rfind("(")) + 1 :]
            # (a time window is no quantity: "whereas after 15 months it was 1.22 (95% CI")
            lead = _TIME_WINDOW_RE.sub(" ", lead)
            # (nor a population's bound or a time point naming the next value's group: "in
            # those 65 years of age or older, 0.75 (...)", "(APACHE II score >=25) and 0.89
            # (...)", "at day 14 and 0.54 (...)", "for 40 weeks of drug A and 0.47 (...)")
            lead = _GROUP_LABEL_NUMBER_RE.sub(" ", lead)
            if "\n\n" in gap or _ANOTHER_QUANTITY_RE.search(lead) or _first_ratio_key(gap):
                continue
            close = min((i for i in (gap.find(")"), gap.find("]")) if i >= 0), default=-1)
            if close >= 0 and _QUANTITY_VALUE_IN_GAP_RE.search(gap, close + 1):
                # "... (0·62, 0·47-0·82). Children in the nutrition group (LAZ difference 0·25,
                # 0·15-0·36) and the nutrition plus WSH group (0·13, 0·02-0·24)": a value of
                # another quantity came after the measure's own bracket closed, the bare one
                # continues it
                continue
            value = to_number(m.group())
            if not 0 < value < 20:
                continue
            ci, p, end = _parse_tail(text, m.end(), sent_end, need_ci=True, value=value)
            if not _interval_encloses(ci, value):
                continue
            if _UNIT_AFTER_RE.match(text, end):
                continue
            key = _Value(m.start(), m.end(), m.group())
            described = _describe_ratios(
                doc, key, anchor["measure"], "", [(key, ci, p, end)], sent_start, sent_end
            )
            if described[0]["orientation"] != "stated" and described[0]["role"] in _EFFECT_ROLES:
                # "..., and for the 10-mg dose as compared with placebo it was 0.55 (...)": the
                # value's lead-in states its arms
                own = _stated_orientation(lead, doc.arms, doc.arm_abbreviations)
                if own:
                    own = doc.expand_pair(own)
                    described[0].update(
                        _orientation_fields(
                            own, f"{own[0]} vs {own[1]}", "orientation.stated_in_clause"
                        )
                    )
            rows.extend(described)
            ends.insert(i + 1, (end, described[0]))
            positions.insert(i + 1, end)
        pos = resume
    return rows


_DEFINITION_VERB = r"(?:was|were|is|comprised|combined|included|consisted\s+of|:)"
_DEFINITION_TAIL = (
    r"(?:efficacy\s+|composite\s+)?(?:outcome|end[-\s]?point)s?"
    # "the primary end point in patients with diabetes was ..."
    rf"(?:\s+(?:in|of|for|on)\s+[^.,;:]{{1,40}}?\s*{_DEFINITION_VERB}\s"
    # "the primary outcome of the trial, death from any cause, ..."
    r"|\s+(?:in|of|for|on)\s+(?:the|this|our)\s+(?:trial|study|analysis)\s*,\s"
    rf"|\s*(?:{_DEFINITION_VERB}|,)\s"
    # "the primary efficacy end point of death from cardiovascular causes, myocardial
    # infarction, or stroke (8.9% ...)": the parts after "of"
    r"|\s+of\s)"
)
_PLURAL_DEFINITION_RE = re.compile(
    r".*?(?:outcome|end[-\s]?point)s\s+(?:were|included|comprised)\b", re.IGNORECASE
)
_COMPOSITE_WORD_RE = re.compile(r"\bcomposite\b", re.IGNORECASE)
_PART_SEPARATOR_RE = re.compile(r",|\bor\b")


def _unnamed_part(text: str, label: int, start: int, end: int, mentions: list) -> bool:
    """Does a composite's definition (its label from ``label``, its parts from ``start``)
    name a part the vocabulary does not know ("the primary composite end point was any
    serious AIDS-related event, serious non-AIDS-related event, or death from any cause"
    names only death)? Then its one known part is not the endpoint."""
    if not _COMPOSITE_WORD_RE.search(text, label, end):
        return False
    rest, last = [], start
    for m_start, m_end, _ in mentions:
        rest.append(text[last:m_start])
        last = m_end
    rest.append(text[last:end])
    return bool(_PART_SEPARATOR_RE.search(" ".join(rest)))


# what names the covariates of an endpoint, not the endpoint's parts
_PREDICTORS_BEFORE_RE = re.compile(
    r"\b(?:predictors?|determinants?|(?:risk\s+)?factors?|correlates?)\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PRIMARY_DEFINITION_RE = re.compile(r"primary\s+" + _DEFINITION_TAIL, re.IGNORECASE)
# "Stroke or systemic embolism was the primary efficacy outcome.": the definition before it
_PRIMARY_AFTER_DEFINITION_RE = re.compile(
    r"(?:\s+(?:was|were|is|made\s+up|constituted|formed|served\s+as|comprised)\s+the"
    # "Stroke or systemic embolism, the primary efficacy outcome, occurred ..."
    r"|,\s+the)\s+primary\s+(?:efficacy\s+|composite\s+)?(?:outcome|end[-\s]?point)\b",
    re.IGNORECASE,
)
_KEY_SECONDARY_DEFINITION_RE = re.compile(r"key\s+secondary\s+" + _DEFINITION_TAIL, re.IGNORECASE)


# Progression endpoints outside oncology: what a bare "progression" means in a document
# that names one of them and no progression-free survival.
NON_ONCOLOGY_PROGRESSION = frozenset(
    {"DEMENTIA_PROG", "CDR_PROGRESSION", "CDP", "ALBUMINURIA_PROG", "KIDNEY_COMPOSITE"}
)
_RANKIN_RE = re.compile(r"\b(?:modified\s+Rankin|mRS\b)", re.IGNORECASE)


# "Independent predictors of death were age (HR 1.20, ...) and previous hospitalisation for
# heart failure (HR 1.29, ...)": the endpoint is the one predicted, not the covariates
# named beside each value.
_PREDICTORS_OF_RE = re.compile(
    r"\b(?:predictors?|risk\s+factors?|determinants?|prognostic\s+factors?)\s+(?:of|for)\s+",
    re.IGNORECASE,
)
_PREDICTOR_WORDS_RE = re.compile(r"predictor|risk|determinant|prognostic")


def _predicted_outcome(doc, sent_start: int, pos: int) -> str:
    """The endpoint right after "predictors of" earlier in the sentence, or ''."""
    folded = doc.folded
    if folded is not None and not (
        doc.names_predictor_words and _PREDICTOR_WORDS_RE.search(folded, sent_start, pos)
    ):
        return ""  # none of the words the pattern needs: most sentences
    last = None
    for m in _PREDICTORS_OF_RE.finditer(doc.text, sent_start, pos):
        last = m
    if last is None:
        return ""
    found = doc.outcomes.within(last.end(), min(pos, last.end() + 60))
    if not found or found[0][0] - last.end() > 20:
        return ""
    return found[0][2]


# "a previous cardiovascular event (hazard ratio, 2.31 ...), older age (...) and ... were
# associated with the primary outcome": covariates' ratios time the endpoint they are said
# to be associated with, after them in the sentence
_ASSOCIATED_WITH_RE = re.compile(
    r"\b(?:were|was|are|is)\s+(?:(?:each|all|both|independently|significantly|strongly)\s+)*"
    r"associated\s+with\s+(?:an?\s+|the\s+)?(?:(?:higher|greater|increased|elevated|lower|reduced"
    r"|shorter|longer|worse|better|poorer|improved)\s+)?"
    r"(?:(?:risks?|hazards?|odds|incidence)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _associated_outcome(doc, pos: int, sent_end: int) -> str:
    """The endpoint right after "were associated with" later in the sentence, or ''."""
    folded = doc.folded
    if folded is not None and folded.find("associated with", pos, sent_end) == -1:
        return ""
    m = _ASSOCIATED_WITH_RE.search(doc.text, pos, sent_end)
    if m is None:
        return ""
    found = doc.outcomes.within(m.end(), min(sent_end, m.end() + 60))
    if not found or found[0][0] - m.end() > 5:
        return ""
    return found[0][2]


def _ratio_outcome(
    doc,
    measure,
    block,
    qualifier_outcomes,
    values,
    index,
    vm,
    end_,
    key,
    sent_start,
    sent_end,
    rows,
):
    """(outcome, rule): the first rule that names an endpoint for this value.

    Rules that take an endpoint from the context (before or after the value in its
    sentence, the previous sentence) pass over endpoints a hazard ratio cannot estimate:
    a response rate or a scale category named nearby is not the event it times."""
    text = doc.text
    skip = PROPORTION_OUTCOMES if measure == "HR" else frozenset()
    if block and block["outcome"]:
        return block["outcome"], "outcome.registry_outcome_measure"
    if len(values) > 1 and len(qualifier_outcomes) == len(values):
        return qualifier_outcomes[index], "outcome.respectively_list"
    if qualifier_outcomes and index == 0:
        return qualifier_outcomes[0], "outcome.measure_qualifier"
    found = _outcome_after(text, end_, sent_end) or _outcome_after(text, vm.end(), sent_end)
    if found:  # "0.80 (95% CI, ...) for death", "0.80 for death (95% CI, ...)"
        return found, "outcome.named_after_value"
    found = _predicted_outcome(doc, sent_start, key.start())
    if found:
        return found, "outcome.the_predicted_outcome"
    found = _associated_outcome(doc, end_, sent_end)
    if found:
        return found, "outcome.the_associated_outcome"
    if index == 0:
        # (an endpoint listed after an earlier estimate of the sentence: "... fatal stroke
        # (hazard ratio, 1.49; ...) and of venous thromboembolism (hazard ratio, 1.44": what
        # stands before the earlier estimate's bracket closed is that estimate's)
        before = [m for m in doc.outcomes.within(sent_start, key.end()) if m[2] not in skip]
        listed = _listed_endpoint(doc, sent_start, key.start())
        if listed is not None and listed[1] and (not before or before[-1][0] < listed[0]):
            # (the nearest endpoint is the earlier estimate's; this one's is named outside
            # the vocabulary)
            return "", "outcome.named_outside_the_vocabulary"
        # "common odds ratio" ends in the key
        found = before[-1][2] if before else ""
        if found:
            if _extended_composite(doc, sent_start, key.end(), skip):
                return "", "outcome.composite_extended_by_a_clause"
            return found, "outcome.nearest_before_in_sentence"
    else:
        found = _outcome_near(doc, values[index - 1][3], vm.start(), skip=skip)
        if found:
            return found, "outcome.between_values"
    # (an endpoint between this value and a later ratio of the sentence is that ratio's:
    # "incidence ... was reduced (hazard ratio 0·77 ...) and mortality by 31% (hazard ratio
    # 0·69, ...)"; one after the last ratio is shared: "regorafenib (HR 0.63 ...) and
    # cabozantinib (HR 0.76 ...) improved survival", as is a "respectively" list's)
    since = end_
    respectively = "respectively" in text[end_:sent_end]
    if not respectively:
        since = doc.last_ratio_key_end(end_, sent_end, since)
    after = [m for m in doc.outcomes.within(since, sent_end) if m[2] not in skip]
    # (asked once: the rule after the endpoint named after the value asks it again)
    own_asked = bool(after) and not respectively
    own_unnamed = own_asked and _own_unnamed_endpoint(doc, sent_start, key.start())
    if own_unnamed:
        # "Early intervention did reduce unplanned aortic stenosis-related hospitalisations
        # (HR 0.37, ...) but not mortality": the value's own endpoint is named before it, one
        # the vocabulary does not know; the one after is another's
        return "", "outcome.named_outside_the_vocabulary"
    if (
        after
        and (
            respectively
            or not _VALUE_BRACKET_RE.search(
                text, after[0][1], min(sent_end, after[0][1] + _BRACKET_AFTER_ENDPOINT_CHARS)
            )
        )
        and (respectively or not _another_clause_between(text, end_, after[0][0]))
    ):
        # (not when another estimate follows it in the sentence: "no clear effect on first fall
        # (hazard ratio 0.96, ...) or on death (0.90, 0.71 to 1.13)" names death for 0.90)
        return after[0][2], "outcome.after_in_sentence"
    if index > 0 and rows and rows[-1]["outcome"]:
        return rows[-1]["outcome"], "outcome.as_previous_value"
    if own_unnamed or (not own_asked and _own_unnamed_endpoint(doc, sent_start, key.start())):
        # "Pneumonia was more frequent ...", "Time to the first symptomatic skeletal event was
        # longer ...": the sentence names its own endpoint, one the vocabulary does not know;
        # the previous sentence's is another's
        return "", "outcome.named_outside_the_vocabulary"
    if _row_names_its_own_event(text, key.start()):
        # a flattened table's row whose label names an endpoint the vocabulary does not know
        # ("Superficial incisional infection | 15 (3.2) | 24 (5.2) | 0.56 (0.29 to 1.09)"):
        # the row above's endpoint is another's
        return "", "outcome.named_outside_the_vocabulary"
    # (one walk back: two sentences when a rate may stand between, see below)
    found, back = doc.previous_outcome_at(sent_start, skip=skip, sentences=2 if skip else 1)
    if back == 1:
        return found, "outcome.previous_sentence"
    if back == 2:
        # "Overall response was 35.7% and 16.2%. In the cohort without the mutation, the
        # hazard ratio was 0.85": the endpoint timed two sentences back, past the rate
        return found, "outcome.earlier_in_paragraph"
    return "", "outcome.none_named"


# an endpoint named before an estimate's bracket in a list of them: "and of venous
# thromboembolism (", "and with fewer clinical vertebral fractures (", "and BARC type 2 or
# greater bleeding 2.3% vs 3.3% ("
_LISTED_ENDPOINT_RE = re.compile(
    # (a risk or a count of it: "and of venous thromboembolism (", "and with fewer clinical
    # vertebral fractures ("; not a population, "including BRAF wild-type (", "in
    # MONALEESA-2 (", "and later-line (")
    r"(?:\band\s+of|\band\s+(?:with\s+)?(?:fewer|more)"
    # ... or a comparative risk of it: "and lower risk of decompensation (", "and a 29% lower
    # risk of neurodegenerative disease mortality (", "and higher odds of depression ("
    r"|\band\s+(?:(?:an?|the)\s+)?(?:\d+(?:[.·]\d+)?\s*%\s+)?(?:lower|higher|reduced|increased"
    r"|greater|smaller|decreased|elevated)\s+(?:risks?|rates?|odds|incidences?|hazards?"
    r"|likelihood)\s+(?:of|for))\s+(?:the\s+)?"
    r"(?P<x>(?!(?:than|with|of|age|older|younger)\b)[A-Za-z][\w-]*"
    r"(?:\s+(?!(?:than|with|of|age|older|younger)\b)[A-Za-z][\w-]*){0,5})\s*[(\[]\s*$"
    # ... or its rates in the two arms: "and BARC type 2 or greater bleeding 2.3% vs 3.3% ("
    r"|(?:\band\s+|,\s*)(?P<y>[A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*){0,6})(?:\s+(?:was|were))?"
    r"\s+[\d.,·]+%\s*(?:vs\.?|versus|and)\s*[\d.,·]+%\s*[(\[]\s*$"
    # ... or a clause of its own whose subject occurred, or did not differ: "and severe
    # bleeding occurred in 38 (10%) and 25 (6%), respectively (", "but infections occurred
    # more frequently with glucocorticoids (", "and incident cardiovascular disease did not
    # differ (" (not a population, "; in Tanzania the percentages were ...", nor a pronoun)
    r"|(?:\b(?:and|but|whereas|while)\s+|[,;]\s*)(?:(?:an?|the)\s+)?"
    r"(?P<z>(?!(?:in|among|for|at|with|by|after|during|it|there|this|that|they|those|these)\b)"
    r"[A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*){0,5}?)"
    r"\s+(?:occurred|did\s+not\s+differ|(?:was|were)\s+(?:not\s+)?(?:also\s+)?(?:more|less)"
    r"\s+(?:common|frequent))\b(?:[^()\[\]]|\([^()]{0,12}\)){0,80}?[(\[]\s*$"
)


# what may stand in an estimate's bracket before its measure's name: the arms' figures
# ("(2.7% vs 5.6%; relative risk", "(9 vs. 23; hazard ratio") and a model's word
_FIGURES_BEFORE_KEY_RE = re.compile(
    r"[\s\d.,·%/;:]*(?:(?:vs\.?|versus|and|of|events?|patients)[\s\d.,·%/;:]*)*"
    r"(?:(?:adjusted|unadjusted|stratified|crude|summary)\s+)?"
)


def _listed_endpoint(doc, sent_start: int, key_start: int) -> tuple[int, bool] | None:
    """(start, named) of the stretch an estimate's endpoint is looked for in when an earlier
    estimate of its sentence closed before it: from that bracket's end; ``named`` when the
    stretch names an endpoint before the estimate's bracket, in the vocabulary or not. None
    when no earlier estimate stands in the sentence."""
    text = doc.text
    previous = doc.last_ratio_key_end(sent_start, key_start - 1, -1)
    if previous < 0:
        return None
    close = text.find(")", previous, key_start)
    if close < 0:
        return None  # (still inside the earlier estimate's bracket)
    lo = close + 1
    # (the endpoint stands before the estimate's own bracket: "... thromboembolism (hazard
    # ratio", the arms' figures maybe first in it, "... than with placebo (2.7% vs 5.6%;
    # relative risk"; a measure name in running text, "the hazard ratio was", has none to
    # look for)
    opened = max(text.rfind("(", lo, key_start), text.rfind("[", lo, key_start))
    if opened < 0 or not _FIGURES_BEFORE_KEY_RE.fullmatch(text, opened + 1, key_start):
        return lo, False
    m = _LISTED_ENDPOINT_RE.search(text, lo, opened + 1)
    if m is None:
        return lo, False
    if m.group("z"):
        words = m.group("z").lower().split()
        if words[0] in _NOT_AN_ENDPOINT_WORDS or words[-1] in _NOT_AN_ENDPOINT_WORDS:
            return lo, False  # "and the primary outcome occurred in ...", "and deaths occurred"
    named = not _PEOPLE_IN_LABEL_RE.search(m.group("x") or m.group("y") or m.group("z"))
    return lo, named


# A sentence opening with its own endpoint: "Rates of heart failure (...)", "The rate of
# cardiovascular-related hospitalizations was ...", "Time to the first symptomatic skeletal
# event was longer ...", or a subject before "was/were/occurred": "Pneumonia was more
# frequent ...", "Serious infections at 1 year were less frequent ...", "Treatment failure
# occurred in 248 patients ..." (after an opening phrase: "Put another way, the chance of
# ..."). Not death or survival (the vocabulary's own), nor a subject that is no endpoint:
# a pronoun, the estimate itself, people, an arm, a figure of the previous sentence.
_OPENING_PHRASE = r"\s*(?:(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*\s*,\s*)?"
_OWN_RATE_OF_RE = re.compile(
    _OPENING_PHRASE
    + r"(?:the\s+)?(?:(?:[\w-]+)\s+){0,2}?(?:rates?|risks?|incidence|chance|likelihood|time"
    r"|proportion|frequency|occurrence)\s+(?:of|to)\s+(?:the\s+)?(?:first\s+)?"
    r"(?P<x>[\w-]+)",
    re.IGNORECASE,
)
_OWN_SUBJECT_RE = re.compile(
    # (a later word of the subject may be an abbreviation or a number: "Stage 3 AKI
    # occurred in ...")
    _OPENING_PHRASE
    + r"(?:[Tt]he\s+|[Aa]n?\s+)?(?P<x>[A-Za-z][\w'-]*(?:\s+(?:[a-z][\w'-]*|[0-9]{1,2}|[A-Z]{2,6}))"
    r"{0,3}?)"
    r"(?:\s+of\s+(?:[a-z][\w'-]*\s+){0,5}?[a-z][\w'-]*)?"
    r"(?:\s+at\s+\d+\s+(?:years?|months?|weeks?|days?))?"
    # a predicate an event takes: it occurred, was more or less frequent, was diagnosed
    r"\s+(?:occurred|did\s+not\s+differ"
    r"|(?:was|were)\s+(?:not\s+)?(?:(?:significantly|also|slightly|likewise|again|much|far|"
    r"substantially|markedly|similarly|no)\s+)?(?:more|less|lower|higher|longer|shorter|similar"
    r"|reduced|increased|decreased|improved|diagnosed|needed|required|frequent|common|rare"
    r"|fewer))\b"
)
_OWN_BEFORE_BRACKET_CHARS = 120
_LIST_OPENING_CHARS = 600  # (how far back a list's "odds of" may open it)
_ODDS_OF = r"\b(?:odds|risks?|rates?|hazards?|incidence|likelihood|chances?)\s+(?:of|for)\s+"
_ODDS_OF_RE = re.compile(_ODDS_OF, re.IGNORECASE)
_ENDPOINT_WORDS = r"(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})"
_OWN_ENDPOINT_BEFORE_BRACKET_RE = re.compile(
    r"(?:"
    + _ODDS_OF
    # ... or what an arm changed, or had more or fewer of: "reduced autoimmune disease by 22%
    # (", "had less retinopathy of prematurity (10.6% vs. 13.5%; relative risk", "did not
    # delay the first peritoneal-dialysis-related infection ("
    + r"|\b(?:reduced|lowered|increased|raised|cut|delayed|prevented|delay|reduce|prevent"
    r"|fewer|less|more|lower|higher|larger|smaller)\s+(?:the\s+)?(?:(?:risks?|rates?|odds"
    r"|hazards?|incidence|likelihood|number|frequency|occurrence)\s+(?:of|for)\s+)?)"
    # (not a comparison's "than": "a count of more than two metastatic sites (hazard ratio")
    r"(?!than\b)(?:an?\s+|the\s+)?(?:first\s+)?"
    + _ENDPOINT_WORDS
    + r"(?:\s+by\s+\d+(?:[.·]\d+)?\s*%)?\s*[(\[][^()\[\]]{0,40}$",
    re.IGNORECASE,
)
_LISTED_AFTER_BRACKET_RE = re.compile(
    r"[)\]]\s*,\s*(?:and\s+|or\s+)?(?:of\s+)?" + _ENDPOINT_WORDS + r"\s*[(\[]\s*$"
)
# words that make a subject a measure, a figure or an endpoint already defined
_SUBJECT_OF_A_MEASURE = frozenset(
    "ratio ratios hr hrs or ors rr rrs odds estimate estimates median medians mean means "
    "outcome outcomes endpoint endpoints end summary pooled".split()
)
_NOT_AN_ENDPOINT_WORDS = frozenset(
    """it this these those that there they which each both all neither none one two results
    result findings finding effect effects benefit benefits difference differences reduction
    reductions increase estimate estimates analysis analyses ratio ratios hazard hr or rr
    odds patients participants people persons subjects women men children adults infants
    neonates babies group groups arm arms trial trials study studies cohort corresponding
    respective figures numbers values rate rates proportion proportions percentages curves
    outcome outcomes end endpoint endpoints data treatment drug drugs regimen therapy
    intervention placebo dose doses death deaths dying died mortality survival survivors
    event events primary secondary median mean number""".split()
)


# what opens another clause, once the brackets are set aside: "... (HR 0.37, ...) but not
# mortality", "...; and death by 90 days", "..., whereas distant relapse rates were similar"
_ANOTHER_CLAUSE_RE = re.compile(
    r";|\b(?:but|whereas|while|although|though|yet|nor|not)\b|,\s+and\b", re.IGNORECASE
)
_ONE_BRACKET_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _another_clause_between(text: str, start: int, end: int) -> bool:
    """Does another clause open between a value (its bracket's rest from ``start``) and an
    endpoint at ``end``? (read within 300 characters: farther is another clause anyway)"""
    if end - start > 300:
        return True
    gap = text[start:end]
    close = min((i for i in (gap.find(")"), gap.find("]")) if i >= 0), default=-1)
    if close >= 0 and "(" not in gap[:close] and "[" not in gap[:close]:
        gap = gap[close + 1 :]  # the rest of the value's own bracket
    return _ANOTHER_CLAUSE_RE.search(_ONE_BRACKET_RE.sub(" ", gap)) is not None


def _own_unnamed_endpoint(doc, sent_start: int, pos: int) -> bool:
    """Does the sentence before ``pos`` open with an endpoint of its own (one the vocabulary
    does not name, since no mention of it was found), not a restatement of the previous
    sentence's ("New diabetes was diagnosed in ..." after "new-onset diabetes")?"""
    text = doc.text
    m = _OWN_RATE_OF_RE.match(text, sent_start, pos) or _OWN_SUBJECT_RE.match(text, sent_start, pos)
    if not m:
        # ... or names it right before the estimate's bracket: "patients with psoriasis had
        # higher odds of ischemic heart disease (odds ratio", and the next of its list after
        # that bracket closed: "..., cerebrovascular disease (OR"
        # (windows of bounded length: a page of one long line is one sentence; and both
        # patterns end in a bracket opened at most 40 characters before the estimate and not
        # closed, looked for first)
        lo = max(sent_start, pos - _OWN_BEFORE_BRACKET_CHARS)
        opened = max(text.rfind("(", lo, pos), text.rfind("[", lo, pos))
        if 0 <= pos - opened <= 41 and opened > max(
            text.rfind(")", lo, pos), text.rfind("]", lo, pos)
        ):
            m = _OWN_ENDPOINT_BEFORE_BRACKET_RE.search(text, lo, pos)
            if not m:
                listed = _LISTED_AFTER_BRACKET_RE.search(text, lo, pos)
                if listed and _ODDS_OF_RE.search(
                    text, max(sent_start, pos - _LIST_OPENING_CHARS), pos
                ):
                    m = listed
    if not m:
        return False
    subject = text[m.start("x") : m.end()].lower()
    words = m.group("x").lower().split()
    if (
        words[0] in _NOT_AN_ENDPOINT_WORDS
        or words[-1] in _NOT_AN_ENDPOINT_WORDS
        or _SUBJECT_OF_A_MEASURE.intersection(re.findall(r"[a-z]+", subject))
        or (len(words) == 1 and words[0].endswith("ly"))
    ):
        return False
    names = [a for a in doc.arms if len(a) > 2] + [
        d for d in (doc.record.get("drugs") or "").split(";") if len(d) > 2
    ]
    if any(name.lower() in subject for name in names):
        return False  # an arm or a drug: "Lenvatinib was non-inferior ..."
    previous = doc.sentences.previous(sent_start)
    if previous is not None:
        named = " ".join(
            text[a:b].lower() for a, b, _ in doc.outcomes.within(previous[0], previous[1])
        )
        if any(len(w) >= 4 and w[:5] in named for w in re.findall(r"[a-z][a-z-]+", subject)):
            return False  # the previous sentence's endpoint, said again
    return True


# "the risk of pneumonia was higher with triple therapy than with umeclidinium-vilanterol (",
# "lower in the early-ART group than in the deferred-ART group (": the clause's own order
_AMONG_PEOPLE_GIVEN = (
    r"(?:among|in)\s+(?:those|patients|participants|infants|children|neonates|women|men|adults|people"
    r"|persons|individuals|users)"
    r"\s+(?:receiving|given|treated\s+with|assigned\s+to|allocated\s+to"
    # (people named by what they take or start: "in patients starting amphetamine than in
    # those starting methylphenidate", as cohorts of new users are written)
    r"|taking|starting|using|initiating"
    # (in a relative clause: "in women who continued alendronate than in those who switched
    # to placebo")
    r"|who\s+(?:received|took|started|used|initiated|continued|switched\s+to|were\s+(?:given|treated\s+with"
    r"|(?:assigned|allocated|randomi[sz]ed)\s+to)))"
)
_CLAUSE_COMPARISON_RE = re.compile(
    r"\b(?:with|in\s+the|" + _AMONG_PEOPLE_GIVEN + r")\s+"
    r"(?P<a>[A-Za-z][^,;:()\[\]]{1,50}?)(?:\s+(?:group|arm))?\s+(?:than|as\s+compared\s+with|compared\s+with)"
    r"\s+(?:with|in\s+the|"
    + _AMONG_PEOPLE_GIVEN
    + r"|those\s+(?:receiving|given|taking|starting|using"
    r"|who\s+(?:received|took|started|used|continued|switched\s+to|were\s+(?:given|(?:assigned|allocated|randomi[sz]ed)\s+to))))\s+"
    r"(?P<b>[A-Za-z][^,;:()\[\]]{1,50}?)(?:\s+(?:group|arm))?\s*(?=[(\[,;:]|$)"
)
# "patients in the intervention group were less likely to die than were patients in the
# control group (": each arm's people, the verb between
_PEOPLE = r"(?:patients|participants|those|people|women|men|children|infants|neonates|adults)"
_PEOPLE_THAN_RE = re.compile(
    rf"\bin\s+the\s+(?P<a>[A-Za-z][^,;:()\[\]]{{1,50}}?)\s+(?:group|arm)\s+(?:were|was|had|did)\b"
    # ("were more than twice as likely to have quit at six months as those in the control
    # group (")
    rf"[^,;:()\[\]]{{1,80}}?\b(?:than|(?<=\blikely\s)[^,;:()\[\]]{{0,60}}?\bas)\s+(?:(?:were|was|did|had)\s+)?(?:(?:the\s+)?{_PEOPLE}\s+)?"
    r"in\s+the\s+(?P<b>[A-Za-z][^,;:()\[\]]{1,50}?)\s+(?:group|arm)\s*(?=[(\[,;:]|$)"
)
# a treatment against none: "lower with IPT than without IPT (", "those who received
# trastuzumab had better recurrence-free survival than those who did not ("
_WITHOUT_RE = re.compile(
    r"\bwith\s+(?P<a>[A-Za-z][^,;:()\[\]]{1,50}?)\s+than\s+without\s+(?P<b>[A-Za-z][^,;:()\[\]]{1,50}?)"
    r"\s*(?=[(\[,;:]|$)"
    rf"|\b{_PEOPLE}\s+who\s+(?:received|were\s+given|took|had|used)\s+(?P<a2>[A-Za-z][^,;:()\[\]]{{1,50}}?)"
    r"\s+(?:had|were|was)\b[^,;:()\[\]]{1,80}?\bthan\s+(?:did\s+)?(?:those|patients|participants|women"
    r"|men|people|children|infants)\s+who\s+did\s+not\s*(?=[(\[,;:]|$)",
    re.IGNORECASE,
)
# the figures a comparison may give before its estimate: ": 50 of 128 (39%) vs 32 of 130
# (25%) patients (risk ratio ..."
_GAP_FIGURE_RE = re.compile(
    rf"[\d.,·%()\[\]/]+|of|vs\.?|versus|and|{_PEOPLE}|(?:patient|participant)-?years?"
)


def _figures_only(gap: str) -> bool:
    """Is ``gap`` a colon and figures ("": 50 of 128 (39%) vs 32 of 130 (25%) patients ")?"""
    gap = gap.strip()
    if not gap.startswith(":") or len(gap) > 120:
        return False
    return all(_GAP_FIGURE_RE.fullmatch(tok) for tok in gap[1:].split())


# "11.5 months with nivolumab plus ipilimumab, as compared with 2.9 months (95% CI, 2.8 to
# 3.4) with ipilimumab (hazard ratio ...": each arm after its own figures
_VALUES_COMPARISON_RE = re.compile(
    r"\b(?:with|in\s+the)\s+(?P<a>[A-Za-z][^,;:()\[\]]{1,50}?)(?:\s+(?:group|arm))?\s*,?\s+"
    r"(?:as\s+)?compared\s+with\s+(?:[^;]{0,100}?\s)?(?:with|in\s+the)\s+"
    r"(?P<b>[A-Za-z][^,;:()\[\]]{1,50}?)(?:\s+(?:group|arm))?\s*(?=[(\[]|$)"
)


# "Fewer participants receiving fish oil than receiving placebo had a fistula thrombosis (",
# "more patients given A than patients given B died (": how many people of each arm had the
# event, then the event, then the estimate
_PEOPLE_GIVEN_WORDS = (
    r"(?:receiving|given|taking|treated\s+with|assigned\s+to|allocated\s+to|on|in\s+the"
    r"|who\s+(?:received|took|were\s+(?:given|assigned\s+to)))"
)
_FEWER_PEOPLE_RE = re.compile(
    rf"\b(?:fewer|more)\s+(?:{_PEOPLE}|persons|individuals)\s+{_PEOPLE_GIVEN_WORDS}\s+"
    r"(?P<a>[A-Za-z][^,;:()\[\]]{1,50}?)\s+than\s+(?:(?:those|patients|participants|people"
    rf"|women|men|children|infants)\s+)?{_PEOPLE_GIVEN_WORDS}\s+(?P<b>[A-Za-z][^,;:()\[\]]{{1,50}}?)"
    r"\s+(?:had|were|was|experienced|developed|died|required|needed|reached|achieved|reported)\b"
    r"[^,;:()\[\]]{0,100}?\s*(?=[(\[]|$)",
    re.IGNORECASE,
)


def _clause_comparison(
    text: str, sent_start: int, pos: int, record_arms, abbreviations=None
) -> tuple[str, str, str] | None:
    """(A, B, connector) of the last "with A than with B" (or "with A, as compared with ... with B") comparison
    before ``pos`` in its sentence, when A and B are different arms and at least one is
    known (an arm of the document or a drug or comparator word)."""
    found = None
    for pattern in (
        _CLAUSE_COMPARISON_RE,
        _VALUES_COMPARISON_RE,
        _PEOPLE_THAN_RE,
        _WITHOUT_RE,
        _FEWER_PEOPLE_RE,
    ):
        for m in pattern.finditer(text, sent_start, pos):
            if (pos - m.end() <= 3 or _figures_only(text[m.end() : pos])) and (
                found is None or m.start() > found.start()
            ):
                found = m
    if found is None:
        return None  # the comparison must lead into the estimate's bracket
    # "in the high-dose group had a primary end-point event": the arm ends at its noun
    a, b = (
        _clean_arm(re.split(r"\s+(?:group|arm)s?\b", found.group(g) or "")[0]) for g in ("a", "b")
    )
    if found.re is _WITHOUT_RE:
        # "lower with IPT than without IPT (", "those who received trastuzumab had better
        # recurrence-free survival than those who did not (": the treatment against none
        a = a or _clean_arm(found.group("a2"))
        if not a or (b and b != a) or not _two_names(a, "no " + a):
            return None
        return a, "no " + a, "than"
    than = re.search(r"\bthan\b", found.group()) is not None
    if (
        not a
        or not b
        or a == b
        or not (
            _known_arm(a, record_arms, abbreviations)
            or _known_arm(b, record_arms, abbreviations)
            # "more frequent with continuous than with intermittent infusion (": a page that
            # names no arms elsewhere, its two treatments set side by side in one "than"
            or (than and not record_arms and found.re is _CLAUSE_COMPARISON_RE and _two_names(a, b))
            # ... or two groups each named as one ("Participants in the txt2stop group were more
            # than twice as likely to have quit ... as those in the control group (")
            or (not record_arms and found.re is _PEOPLE_THAN_RE and _two_group_names(a, b))
            or (not record_arms and found.re is _FEWER_PEOPLE_RE and _two_names(a, b))
        )
    ):
        return None
    return a, b, "than" if than else "compared with"


def _two_group_names(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the names of two groups ("txt2stop", "control"), not endpoints?"""
    return all(_TWO_LETTERS_RE.search(n) and not any(outcome_mentions(n)) for n in (a, b))


def _two_names(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` two treatments' names, not endpoints, numbers or pronouns?"""
    return all(
        n not in _ARM_STOPWORDS and _TWO_LETTERS_RE.search(n) and not any(outcome_mentions(n))
        for n in (a, b)
    )


# A comparison the sentence builds before the estimate, with each arm's figures between
# ("in the liraglutide group (608 of 4668 [13.0%]) than in the placebo group (694 of 4672)
# (hazard ratio ...", "32.9% with ocrelizumab versus 39.3% with placebo (hazard ratio ...",
# "favouring high-dose edoxaban over warfarin (hazard ratio ...").
_CONNECTOR_RE = re.compile(
    # each alternative opens with its letters and looks behind after them: the engine keeps
    # its fast scan for the first characters (a pattern opening with \b or a look-behind
    # loses it) and looks behind only where the second letter follows
    r"(?:th(?<![\w-]..)an|v(?<![\w-].)(?:ersus|s\.?|\.)|as(?<![\w-]..)\s+compared\s+(?:with|to)"
    r"|co(?<![\w-]..)mpared\s+(?:with|to)|re(?<![\w-]..)lative\s+to"
    r"|in(?<![\w-]..)\s+comparison\s+with|ov(?<![\w-]..)er|no(?<![\w-]..)n-?inferior\s+to"
    r"|in(?<![\w-]..)ferior\s+to|su(?<![\w-]..)perior\s+to"
    # "Fixed triple outperformed tiotropium (rate ratio 0·80"
    r"|ou(?<![\w-]..)tperform(?:ed|s)?"
    # "The combination arm did not differ from tamoxifen alone (1·02"
    r"|di(?<![\w-]..)ffer(?:ed|s)?\s+(?:significantly\s+)?from)"
    r"(?![\w-])"
)
_CONTROL_PHRASE = (
    r"placebo|sham|observation|usual[\s-]+care|standard[\s-]+(?:of[\s-]+)?care|standard[\s-]+therapy"
    r"|(?:best\s+)?supportive[\s-]+care|SOC|BSC|PBO|control"
    r"|conventional[\s-]+(?:therapy|care|treatment|management)"
    r"|expectant[\s-]+(?:management|monitoring)|watchful[\s-]+waiting"
)
# what may stand between an arm and the connector, or between the second arm and the
# estimate's bracket: figures and the words around them
_FIGURES_GAP_RE = re.compile(
    r"(?:[\s,]|\d|[.·%/]|[(\[](?:[^()\[\]]|[(\[{][^()\[\]{}]*[)\]}]){0,100}[)\]]"
    r"|\b(?:of|in|per|patients?|participants?|events?|cases?|person-years?|patient-years?|years?"
    r"|months?|weeks?|days?|percent|per\s+cent|the|a|an|median|mean|rates?|group|arm|those|that|who"
    r"|receiving|received|given|treated|assigned|to|with|among|respectively|vs\.?|versus"
    # (the other prepositions an arm follows: "more frequent after ART than after ALND",
    # "than on placebo", "than under usual care")
    r"|after|on|under|following|during|for)\b)*",
    re.IGNORECASE,
)
_RATIO_WORD_RE = re.compile(r"\b(?:ratio|HR|OR|RR|IRR)\b")
_BRACKETED_RE = re.compile(r"[(\[](?:[^()\[\]]|[(\[{][^()\[\]{}]*[)\]}]){0,100}[)\]]")


# drug stems beyond the document-level list that name arms in comparisons: corticosteroids,
# plasminogen activators, rifamycins; and the stems of psychiatry, neurology, anaesthesia,
# infection, urology and the kidney (PDE5 inhibitors, nucleoside analogues,
# 4-aminoquinolines, coxibs, glitazones, fibrates, class III antiarrhythmics,
# benzodiazepines, antipsychotics, tricyclics, dopamine precursors, antiepileptics, vaptans,
# endothelin antagonists, beta-lactamase inhibitors, echinocandins, volatile anaesthetics,
# thiazides, imidazoles, local anaesthetics, opioids and their antagonists, oxytocics,
# prostaglandins, xanthine oxidase inhibitors, mineralocorticoid antagonists,
# alpha-blockers, 5-alpha-reductase inhibitors, cephalosporins, a few old drugs)
_ARM_DRUG_STEMS = (
    *"sone olone teplase fampicin fampin".split(),
    *(
        "nafil dalafil vudine roquine aquine loquine quinine coxib glitazone glinide fibrate "
        "darone tilide azepam azolam apine peridone peridol triptyline ipramine giline dopa "
        "racetam trigine pentin gabalin faxine vaptan sentan tentan ciguat bactam fungin "
        "kinra curonium flurane thiazide micin kacin bendazole nidazole caine orphine oxone "
        "trexone tocin prost prostol purinol thyroxine renone lactone zosin sulosin steride "
        "triaxone azolin uroxime tazidime colchicine ketamine pride"
    ).split(),
)


_ARM_STEMS = (*DRUG_SUFFIXES, *_ARM_DRUG_STEMS)
# (the stems grouped by their first letters, see grouped_alternation: where the engine
# backs off letter by letter from a word's end to find its stem, it tries at each letter
# only the stems that open with it)
_ONE_DRUG = (
    r"(?:nab-|pegylated\s+|liposomal\s+)?[a-z][a-z0-9]*(?:"
    + grouped_alternation([re.escape(x) for x in _ARM_STEMS])
    + ")"
)
_DRUG_PHRASE = rf"{_ONE_DRUG}(?:[-/]{_ONE_DRUG})*(?:-treated)?"
# "in the methylprednisolone group", "the care bundle group": a name before its noun
_GROUPED_NAME = r"(?<=the\s)[\w+/]+(?:[\s-]+[\w+/]+){0,3}?(?=[\s-]+(?:group|arm)s?\b)"
_ARM_DOSE = r"(?:\s+\d+(?:[.·]\d+)?\s*(?:mg|µg|μg|mcg|g)(?:/(?:kg|m2|m²))?)?"
# "ET alone", "ADT alone": whatever "alone" follows is the control arm's name
_ALONE_NAME = r"(?<=\s)[A-Za-z][\w+/-]{1,24}(?=[\s-]+alone\b)"
_ARM_LEVEL = r"(?:(?:high|low|standard|intensive)[\s-]dose[\s-]+)?"
# (an arm named by its patients: "Varenicline-treated participants")
_ARM_TAIL = r"(?:\s*\+\s*[A-Za-z][\w-]*)*(?:[\s-]+alone)?(?:-treated)?"
# the names every document shares: drug-shaped words (joined by "plus"), comparators and
# "the X group"; compiled once
# a device or procedure named by its abbreviation: "ICD therapy", "CRT-D implantation"
_ABBREVIATED_TREATMENT = (
    r"(?-i:[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?)[\s-]+(?:therapy|treatment|implantation|insertion)"
)
# a procedure or strategy named by its kind, with up to two words before it: "oral
# anticoagulation", "antiplatelet therapy", "off-pump CABG", "same-admission
# cholecystectomy", "online hemodiafiltration" (not a connector or an article; an
# abbreviation only as "off-pump CABG": one the text does not define names no arm)
_TREATMENT_NOUN = (
    # (not the background of an add-on: "adding pembrolizumab to platinum chemotherapy")
    r"(?<!\bto\s)(?<!\bonto\s)"
    r"(?:(?!(?:the|a|an|with|than|and|or|of|in|as|to|vs|versus|compared|by|for|on|at|from|was"
    r"|were|is|had|patients|those|participants|group|arm|which|that|who|whom|whose|where|when"
    r"|while|whereas|but|if|also|both|each|all|only|then|so|not|no|its|their|his|her)\b)"
    r"[A-Za-z][\w-]*[\s-]+){0,2}?"
    r"(?:[a-z-]*(?:therapy|ectomy|plasty|scopy)|surgery|anticoagulation|stenting|closure"
    r"|transfusion|ha?emodialysis|ha?emodiafiltration|(?:on|off)-pump\s+(?-i:CABG)"
    r"|radiotherapy|chemotherapy|chemoradiotherapy|vaccination|screening"
    # the groups an observational study compares: "regular aspirin users", "non-users",
    # "PPI initiators", "exposed people", "matched controls", "living kidney donors"
    r"|(?:non-?|never[\s-]|ever[\s-])?users|initiators|recipients|(?:un)?exposed(?:\s+(?:people"
    r"|persons|patients|individuals|women|men|children))?|controls|donors)"
)
_GENERIC_ARM_RE = re.compile(
    rf"(?<![\w-])(?P<arm>{_ARM_LEVEL}(?:{_DRUG_PHRASE}(?:[\s-]+(?:plus|and)[\s-]+{_DRUG_PHRASE})?"
    rf"|{_CONTROL_PHRASE}|{_GROUPED_NAME}|{_ALONE_NAME}|{_ABBREVIATED_TREATMENT}|{_TREATMENT_NOUN})"
    rf"{_ARM_DOSE}{_ARM_TAIL})(?![\w-])",
    re.IGNORECASE,
)
_ADD_ON_BEFORE_RE = re.compile(
    r"\b(?:adding|addition\s+of|added)\s+[^,;.()]{1,60}?\bto\s+[^,;.()]*$", re.IGNORECASE
)
_ARM_JOIN_RE = re.compile(r"[\s-]+(?:plus|and)[\s-]+", re.IGNORECASE)
_COMBINED_WITH_RE = re.compile(
    r"\s+(?:combined\s+with|in\s+combination\s+with|with|plus|and|\+)\s+", re.IGNORECASE
)


def _arm_phrases(doc, lo: int, hi: int) -> list:
    """The names that stand for an arm between ``lo`` and ``hi``: the document's arms and
    their distinctive words, drug-shaped words, comparators and "the X group"; a name
    joined to the next by "plus" or "and" is one arm ("molnupiravir plus usual care")."""
    found = [
        (m.start("arm"), m.end("arm")) for m in _doc_arm_names_re(doc).finditer(doc.text, lo, hi)
    ]
    found += [
        (m.start("arm"), m.end("arm"))
        for m in _GENERIC_ARM_RE.finditer(doc.text, lo, hi)
        # (the background of an add-on is no arm: "adding pembrolizumab to pemetrexed and
        # platinum chemotherapy improved ...")
        if not _ADD_ON_BEFORE_RE.search(doc.text, max(0, m.start() - 80), m.start())
    ]
    found.sort(key=lambda se: (se[0], -se[1]))
    spans = []
    for start, end in found:
        if spans and start < spans[-1][1]:
            continue  # inside a longer name already taken
        if spans and (
            _ARM_JOIN_RE.fullmatch(doc.text, spans[-1][1], start)
            or (start - spans[-1][1] == 1 and doc.text[start - 1] == " ")
        ):
            # "molnupiravir plus usual care"; two words of one arm's name: "Early initiation"
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((start, end))
    # an arm of a factorial or add-on trial named by what it was not given: "patients given
    # no prednisolone", "without valaciclovir" (not the arm given it)
    spans = [
        (start - len(m.group()), end)
        if (m := _NO_BEFORE_ARM_RE.search(doc.text, max(lo, start - 9), start))
        else (start, end)
        for start, end in spans
    ]
    if doc.abbreviations:
        # a backbone the text abbreviates joined to an arm's name: "IFL plus bevacizumab",
        # "IFL plus placebo" (IFL defined as "irinotecan, fluorouracil and leucovorin (IFL)")
        for i, (start, end) in enumerate(spans):
            lead = _ABBREVIATED_BACKBONE_RE.search(doc.text, max(lo, start - 24), start)
            if lead and lead.group("short").lower() in doc.abbreviations:
                if not i or spans[i - 1][1] <= lead.start():
                    spans[i] = (lead.start(), end)
    return [_Value(a, b, doc.text[a:b]) for a, b in spans]


_NO_ARM_RE = re.compile(r"(?:no|without)[ \t]", re.IGNORECASE)
# (not "with or without X", which names one arm's option)
_NO_BEFORE_ARM_RE = re.compile(r"(?<![\w-])(?<!\bor\s)(?:no|without)[ \t]+$", re.IGNORECASE)
_ABBREVIATED_BACKBONE_RE = re.compile(
    r"(?<![\w-])(?P<short>[A-Z][A-Z0-9-]{1,9})[ \t]+(?:plus|\+|with)[ \t]+$"
)


def _arm_definitions(doc) -> list[re.Match]:
    """Where the text defines an abbreviation of an arm ("matching placebo (PBO)")."""
    if not doc.arm_abbreviations:
        return []
    return [
        m
        for m in _DEFINED_SHORT_RE.finditer(doc.text)
        if m.group("short").lower() in doc.arm_abbreviations
    ]


def _doc_arm_names_re(doc) -> re.Pattern:
    """The document's own arm names and their distinctive words, with a dose, "+X" parts
    and "alone" (a small pattern per document; the shared names are _GENERIC_ARM_RE's)."""
    cached = doc.__dict__.get("_arm_names_pattern")
    if cached is not None:
        return cached
    names = sorted(
        {re.escape(a) for a in doc.arms if len(a) >= 3 and a not in _NOT_ARM_WORDS}
        | {re.escape(w) for w in doc.arm_words if len(w) >= 4 and w not in _NOT_ARM_WORDS},
        key=len,
        reverse=True,
    )
    # (grouped by first letters, see grouped_alternation: the same name matches, faster)
    alternatives = [grouped_alternation(names) or "|".join(names)] if names else []
    # the arms' abbreviations the text defines, as printed ("DARO", "PBO", "NIVO+IPI")
    alternatives += sorted(
        {f"(?-i:{re.escape(m.group('short'))})" for m in _arm_definitions(doc)},
        key=len,
        reverse=True,
    )
    pattern = re.compile(
        # an arm's name in the plural too ("the β blocker" arm, "receiving β blockers")
        rf"(?<![\w-])(?P<arm>{_ARM_LEVEL}(?:{'|'.join(alternatives)})s?{_ARM_DOSE}{_ARM_TAIL})(?![\w-])"
        if alternatives
        else r"(?!x)x",
        re.IGNORECASE,
    )
    doc.__dict__["_arm_names_pattern"] = pattern
    return pattern


def _page_connectors(text: str) -> list[re.Match]:
    """``list(_CONNECTOR_RE.finditer(text))``: _CONNECTOR_RE tried only where a connector
    can start, found from a word (or part) each holds with str.find (a scan in C, where the
    pattern's nine first letters are a third of a page)."""
    starts: set[int] = set()
    for word in ("than", "versus", "vs", "v.", "relative", "over", "outperform", "differ"):
        starts.update(offsets_of(text, word))
    for at in offsets_of(text, "erior"):  # inferior and superior, non-inferior, noninferior
        starts.update(at - n for n in (3, 7, 6) if at >= n)
    for at in offsets_of(text, "compar"):  # compared, as compared, in comparison
        starts.add(at)
        before = _before_spaces(text, at)
        if before < at and before >= 2:
            starts.add(before - 2)
    return matches_at(_CONNECTOR_RE, text, starts)


def _connectors_between(doc, lo: int, hi: int) -> list[re.Match]:
    """The comparison connectors ("than", "versus", "compared with", ...) between ``lo`` and
    ``hi``: found in one pass over the document, then bisected per estimate."""
    index = doc.__dict__.get("_connectors")
    if index is None:
        found = _page_connectors(doc.text)
        index = doc.__dict__["_connectors"] = ([m.start() for m in found], found)
    starts, found = index
    return [m for m in found[bisect_left(starts, lo) : bisect_left(starts, hi)] if m.end() <= hi]


# the patients of the second arm, named before it: "than those on placebo", "compared with
# participants given usual care"
_PEOPLE_ON_RE = re.compile(
    r"^\s*(?:(?:those|patients|participants|people|persons|individuals|women|men|children)\s+)"
    # ("those who remained on hemodialysis", "patients who were switched to")
    r"(?:who\s+(?:were\s+|was\s+)?)?"
    r"(?:on|given|receiving|taking|starting|using|took|started|used"
    r"|treated\s+with|(?:assigned|allocated|randomi[sz]ed|switched)\s+to"
    r"|(?:remained|stayed|continued|kept)\s+on)\s+$",
    re.IGNORECASE,
)


def _built_into_estimate(text: str, a, conn, b, pos: int) -> bool:
    """Does "A ... connector ... B ..." lead into the estimate at ``pos``: figures or a short
    predicate between A and the connector ("A (n=241) compared with", "A, as compared
    with", "A was noninferior to"), figures between the connector and B, a short phrase
    after B, and no other estimate between?"""
    gap_a, gap_b, tail = (
        text[a.end() : conn.start()],
        text[conn.end() : b.start()],
        text[b.end() : pos],
    )
    if len(gap_a) > 90 or len(gap_b) > 60 or len(tail) > 120:
        return False
    gap_b = _PEOPLE_ON_RE.sub("", gap_b, count=1)  # "than those on placebo"
    if _FIGURES_GAP_RE.fullmatch(gap_b) is None or _RATIO_WORD_RE.search(text, a.end(), pos):
        return False  # (another estimate between: its comparison, not this one's)
    if _FIGURES_GAP_RE.fullmatch(gap_a) is None and not _PREDICATE_GAP_RE.fullmatch(
        _BRACKETED_RE.sub("", gap_a)
    ):
        return False
    return _FIGURES_GAP_RE.fullmatch(tail) is not None or bool(
        _CLAUSE_TAIL_RE.fullmatch(_BRACKETED_RE.sub("", tail))
    )


def _comparative_construction(doc, sent_start: int, pos: int) -> tuple[str, str, str] | None:
    """(first arm, second arm, connector) of the last comparison the sentence makes before ``pos``:
    an arm, its figures, a connector (than, versus, as compared with, over, ...), the
    other arm and its figures, then the estimate. None when the words between are more
    than figures (another claim), when the arms are listed ("A and B, respectively"), or
    when the two names are one arm."""
    text = doc.text
    lo = max(sent_start, pos - 400)
    connectors = _connectors_between(doc, lo, pos)
    if not connectors:
        return None
    arms = _arm_phrases(doc, lo, pos)
    if len(arms) < 2:
        return None
    for conn in reversed(connectors):
        before = [m for m in arms if m.end() <= conn.start()]
        after = [m for m in arms if m.start() >= conn.end()]
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        if len(before) > 1 and _COMBINED_WITH_RE.fullmatch(text, before[-2].end(), a.start()):
            # "abemaciclib combined with ET produced ...": one arm, the two names joined
            a = _Value(before[-2].start(), a.end(), f"{before[-2].group()} plus {a.group()}")
        if any(m.start() >= b.end() for m in after[1:]) or not _built_into_estimate(
            text, a, conn, b, pos
        ):
            return None
        gap_a, gap_b = text[a.end() : conn.start()], text[conn.end() : b.start()]
        first, second = (_clean_arm(m.group("arm").removesuffix("-treated")) for m in (a, b))
        if not first or not second or first == second:
            return None
        connector = conn.group().lower()
        if _EFFECT_VERB_RE.match(gap_a) or (
            gap_a.strip() == "," and _EFFECT_AFTER_COMPARATOR_RE.match(text, b.end(), pos)
        ):
            # "RYBREVANT plus LAZCLUZE reduced the risk of death by 25 percent compared to
            # osimertinib (hazard ratio ...": the first arm is the subject of the effect; so
            # it is of "Off-pump CABG, as compared with on-pump CABG, lowered the rate of ...
            # (relative risk" (not "52 percent of the placebo group, as compared with ...")
            connector = "subject"
        elif (
            connector in ("vs", "vs.", "versus", "v.")
            and not gap_a.strip()
            and not gap_b.strip(" \tthe")
        ):
            # "placebo+CP vs dostarlimab+CP gave a hazard ratio of 1.56": the two arms as a
            # label of the ratio, in its order whichever arm comes first
            connector = "label"
        return first, second, connector
    return None


# "A was noninferior to B", "A significantly improved survival compared with B", "A was
# associated with longer recurrence-free survival than B": a few words, no clause break
_PREDICATE_GAP_RE = re.compile(r"[^;:()\[\]]{0,90}", re.IGNORECASE)
# the verb that makes the first arm the subject of the effect the estimate measures
_EFFECT_VERB_RE = re.compile(
    r"\s*(?:(?:significantly|also|further|substantially|markedly)\s+)?(?:reduced|improved|prolonged"
    r"|lowered|increased|extended|decreased|delayed|produced|yielded|lengthened|cut|halved"
    r"|led\s+to|resulted\s+in|demonstrated|achieved)\b",
    re.IGNORECASE,
)
# the verb of the first arm after the comparator set off by commas: ", lowered the rate of",
# ", did not significantly reduce"
_EFFECT_AFTER_COMPARATOR_RE = re.compile(
    r"\s*,\s*(?:(?:also|further|significantly|did\s+not|does\s+not|did\s+not\s+significantly)\s+)?"
    r"(?:reduced?|lowered?|improved?|prolonged?|increased?|decreased?|delayed?|extended?|cut"
    r"|resulted\s+in|led\s+to|was\s+associated\s+with|were\s+associated\s+with)\b",
    re.IGNORECASE,
)
# after the second arm: ", had a full clinical remission at 3 years (", " in the overall
# population (", " for the primary outcome (": a short phrase before the bracket
_CLAUSE_TAIL_RE = re.compile(r"[^;:()\[\]]{0,100}", re.IGNORECASE)


# the one arm a measure's qualifier names: "hazard ratio with dabigatran", "hazard ratio for
# progression or death in the ibrutinib group"
_QUALIFIER_ARM_RE = re.compile(
    r"\b(?:with|in\s+the|for\s+the)\s+(?P<arm>[\w+/-]+(?:\s+(?!(?:was|were)\b)[\w+/-]+){0,2}?)"
    r"(?:\s+(?:group|arm))?"
    # (the verb before the value is not the arm's: "the rate ratio with triple therapy was";
    # not "the hazard ratio for the primary end point was")
    r"\s*[,:]?\s*$"
    r"|(?<!compared\s)\bwith\s+(?P<arm_was>[\w+/-]+(?:\s+[\w+/-]+){0,2}?)\s+(?:was|were)\s*$"
)


def _qualifier_arm(m: re.Match) -> str:
    """The arm a _QUALIFIER_ARM_RE match names."""
    return m.group("arm") or m.group("arm_was")


# connectors that make the first arm the subject of the comparison ("lower with A than
# with B", "favouring A over B", "A was noninferior to B")
_SUBJECT_CONNECTOR_RE = re.compile(
    r"than|over|(?:non-?)?inferior|superior|outperform|differ|subject"
)


def _experimental_first(first: str, second: str, doc) -> bool | None:
    """Whether the text names the experimental arm first: True when the second is the
    comparator (placebo, usual care, "... alone", the document's second arm), False when
    the first is, None when nothing says."""
    # (an arm named by what it was not given is the control: "PORT" against "no PORT")
    no_first, no_second = (_NO_ARM_RE.match(x) is not None for x in (first, second))
    if no_first != no_second:
        return no_second
    if second in first and first != second:
        return True  # an add-on design: "molnupiravir plus usual care" against "usual care"
    if first in second and first != second:
        return False
    control_first = bool(_CONTROL_WORDS_RE.search(first))
    control_second = bool(_CONTROL_WORDS_RE.search(second))
    if control_second != control_first:
        return control_second
    if len(doc.arms) == 2 and doc.arms_ordered:
        index = [_arm_index(x, doc.arms) for x in (first, second)]
        if None not in index and index[0] != index[1]:
            return index[0] < index[1]
    return None


def _names_a_treatment(name: str) -> bool:
    """A drug-shaped word or a comparator ("remdesivir", "control", "placebo")."""
    return (
        _known_arm(name, [])
        or bool(_CONTROL_WORDS_RE.search(name))
        or any(w.endswith(_ARM_STEMS) for w in re.findall(r"[a-z][a-z-]{3,}", name.lower()))
    )


_ARM_INDEX_FILLER = {"plus", "with", "alone", "group", "therapy", "treatment", "dose", "daily"}


def _arm_index(name: str, arms: list[str]) -> int | None:
    """The arm ``name`` stands for, by the words that tell the arms apart (the words every
    arm shares, "initiation" in early and delayed initiation, tell none)."""
    words = set(re.findall(r"[a-z][a-z0-9]{3,}", name.lower().replace("-", " ")))
    arm_words = [
        set(re.findall(r"[a-z][a-z0-9]{3,}", arm.lower().replace("-", " "))) - _ARM_INDEX_FILLER
        for arm in arms
    ]
    shared = set.intersection(*arm_words) if len(arm_words) > 1 else set()
    hits = [i for i, own in enumerate(arm_words) if words & (own - shared)]
    return hits[0] if len(hits) == 1 else None


# the subject of a clause: "D+EP kept reducing", "adding abiraterone improved", "the
# active-treatment group had", "both belatacept regimens were"
_CLAUSE_SUBJECT_RE = re.compile(
    r"\s*(?:the\s+)?(?:adding\s+|addition\s+of\s+|allocation\s+to\s+(?:an?\s+)?)?"
    # an arm named by its people: "women in the zoledronate group had", "patients assigned
    # to surgery had", "those receiving dapagliflozin had"
    r"(?:(?:women|men|patients|participants|those|children|infants|people|persons|individuals"
    r"|subjects)\s+"
    r"(?:in\s+the|of\s+the|(?:assigned|randomi[sz]ed|allocated|switched)\s+to(?:\s+the)?"
    r"|receiving|given|taking|starting|using|treated\s+with|on"
    # (or in a relative clause: "women who received midwife-led continuity models of care
    # were less likely", "those who were assigned to surgery had")
    r"|who\s+(?:received|took|were\s+(?:given|treated\s+with|(?:assigned|randomi[sz]ed|allocated)\s+to(?:\s+the)?)))\s+)?"
    # a name of up to three words ("the new agents", "an SGLT2 inhibitor"), not a measure of
    # an endpoint ("the risk of discontinuation was lower for amisulpride")
    r"(?!(?:risks?|rates?|incidence|odds|hazards?|proportion|number|percentage|likelihood"
    r"|probability|frequency)\b)"
    # (up to five words, none a connector or a pronoun: not "relative to B it was 0.75")
    r"(?!(?:relative|compared|versus|vs|as|it|they|this|these|the)\b)"
    r"(?P<arm>[^\s,;:()]+(?:\s+(?:plus|and|with)\s+[^\s,;:()]+"
    r"|(?:\s+(?!(?:relative|compared|versus|vs|it|they|which|that|who|when|while|risks?|rates?"
    r"|incidence|odds|hazards?|proportion)\b)[^\s,;:()]+){1,4}?)??)"
    r"(?:\s+(?:group|arm|regimen)s?)?\s+(?:had|kept|was|were|reduced|improved|lowered|significantly"
    r"|led|prolonged|resulted|showed|produced|did|increased|decreased|cut|also|yielded|extended"
    r"|achieved|delayed|lengthened|gave)\b"
)
# "... lower with combo (", "... was lower for amisulpride (" (not an endpoint: "for death (")
_ARM_BEFORE_BRACKET_RE = re.compile(
    r"\b(?:with|for)\s+(?P<arm>[\w+/-]+(?:\s+[\w+/-]+){0,2}?)\s*[(\[]?\s*$"
)


# words that open the measure's own phrase after "with" or "for", never an arm: "metformin
# was associated with an adjusted hazard ratio", "for a lower risk"
_MEASURE_PHRASE_WORDS = frozenset(
    "a an the its their this that adjusted unadjusted crude pooled overall estimated "
    "multivariable multivariate significantly significant nonsignificant similar lower higher "
    "greater reduced increased".split()
)


def _arm_before_bracket(text: str, lo: int, hi: int):
    """The arm named right before an estimate's bracket, not an endpoint ("hazard ratio for
    death ("), nor the opening of the measure's phrase ("associated with an adjusted hazard
    ratio"), or None."""
    m = _ARM_BEFORE_BRACKET_RE.search(text, lo, hi)
    if m is None or any(True for _ in outcome_mentions(m.group("arm"))):
        return None
    if all(w in _MEASURE_PHRASE_WORDS for w in m.group("arm").lower().split()):
        return None
    return m


# "... and the Q8W group (0·49, ...": the group named right before a value's bracket
_GROUP_BEFORE_BRACKET_RE = re.compile(
    r"\bthe\s+(?P<arm>[\w+/-]+(?:\s+[\w+/-]+){0,2}?)\s+(?:group|arm|cohort)\s*[(\[]\s*$"
)


def _group_before(text: str, lo: int, hi: int):
    """ "..., the odds of infection were not reduced in the 800 IU/day group (odds ratio
    1.09": the group named right before the estimate's bracket, by a name or a dose (not a
    regimen of the sentence's subject, "in the Q4W group (", which the subject names), or
    None."""
    if text.find("the ", lo, hi) == -1:
        return None
    m = _GROUP_BEFORE_BRACKET_RE.search(text, lo, hi)
    if m is None or not (m.group("arm")[:1].isdigit() or re.search(r"[a-z]{4}", m.group("arm"))):
        return None
    return m


_PEOPLE_BEFORE_RE = re.compile(
    r"\b(?:patients|participants|those|people|individuals|subjects|women|men|children)\s+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(r",\s+(?:whereas|while|but)\s|;\s")
_JOINED_CLAUSE_RE = re.compile(r"\s*,?\s*(?:and|while|whereas|but)\s+")


_MEASURE_SUBJECT_RE = re.compile(
    r"\s*(?:the\s+)?(?:risks?|rates?|incidence|odds|proportion|number|percentage|likelihood"
    r"|probability|frequency)\s+of\b",
    re.IGNORECASE,
)


def _lead_subject(text: str, lead_end: int, pos: int, qualifier: str) -> str:
    """The arm of a sentence led by its comparator ("Relative to EP, D+EP kept reducing the
    risk of death (HR 0.75"): the measure's own arm ("hazard ratio for the more-intensive
    regimen"), else the subject of the clause holding the estimate, when it is the clause
    right after the comparator."""
    named = _QUALIFIER_ARM_RE.search(qualifier)
    if named:
        return _clean_arm(_qualifier_arm(named))
    # "As compared with placebo, amiodarone was associated with ... (hazard ratio, 1.06; ...)
    # and ICD therapy was associated with ... (0.77; ...": after an earlier estimate, the
    # subject of the clause joined to it
    close = text.rfind(")", lead_end, pos)
    joined = _JOINED_CLAUSE_RE.match(text, close + 1, pos) if close > lead_end else None
    if joined:
        m = _CLAUSE_SUBJECT_RE.match(text, joined.end(), pos)
        if m and m.group("arm").lower() not in ("both", "all", "each", "it", "this", "there"):
            return _clean_arm(m.group("arm"))
        bracket_at = text.find("(", joined.end(), pos + 1)
        between = text[joined.end() : bracket_at if bracket_at >= 0 else pos].split()
        if (
            len(between) > 2
            and between[0][:1].isupper()
            and not _arm_before_bracket(text, joined.end(), pos)
        ):
            # "HIIT gave ... (hazard ratio 0.63 ...) and MICT an absolute risk increase of
            # 1.2 percentage points (1.24": a clause of its own, opened by a name, whose
            # subject (its verb left out) is no arm read here, not the first clause's ("and
            # stroke (0.80", "and more recurrence at 2 years (3.4" are the first's)
            return ""
    # "..., the risk was lower with combo (hazard ratio [HR] 0·54, ...) and with encorafenib
    # monotherapy (0·68, ...)": the arm named right before the estimate's bracket
    right_before = _arm_before_bracket(text, max(lead_end, pos - 80), pos) or _group_before(
        text, max(lead_end, pos - 80), pos
    )
    if right_before and not _PEOPLE_BEFORE_RE.search(
        text, max(0, right_before.start() - 30), right_before.start()
    ):
        # (not "in patients with diabetes (0·62, ...": a population, not an arm)
        return _clean_arm(right_before.group("arm"))
    # a break inside a bracket ("(2.9% vs 4.9%; hazard ratio, 0.59; P=0.010) and ...") is
    # no clause break
    bracket = max(text.rfind("(", lead_end, pos), text.rfind("[", lead_end, pos))
    limit = bracket if bracket > lead_end and text.find(")", bracket, pos) < 0 else pos
    unbracketed = _BRACKETED_RE.sub(lambda b: " " * len(b.group()), text[lead_end:limit])
    if _CLAUSE_BREAK_RE.search(unbracketed):
        return ""  # "..., whereas D+T+EP did not ... (HR 0.82": another clause's subject
    m = _CLAUSE_SUBJECT_RE.match(text, lead_end, pos)
    if not m:
        # "Compared with haloperidol, the risk of discontinuation was lower for amisulpride
        # (hazard ratio 0·37 ...), olanzapine (0·28 ...)": the arm before the clause's first
        # estimate, when the subject is the endpoint's measure
        if not _MEASURE_SUBJECT_RE.match(text, lead_end, pos):
            return ""
        first = text.find("(", lead_end, pos)
        named = _arm_before_bracket(text, lead_end, first + 1) if first > lead_end else None
        return _clean_arm(named.group("arm")) if named else ""
    if m.group("arm").lower() in ("both", "all", "each", "it", "this", "there", "we"):
        return ""
    return _clean_arm(m.group("arm"))


def _ratio_orientation(
    doc, block, role, qualifier, lead_comparator, end_, sent_start, sent_end, start=None, value=None
):
    """(numerator/denominator or None, comparison, rule).

    Stated: the clause names the numerator ("hazard ratio for death with A versus B",
    "(placebo/sorafenib)"), the registry analysis names its groups, a leading "Compared
    with B, ..." names the comparator, or the sentence builds its comparison into the
    estimate with the experimental arm first. Conventional: the arms are known from the
    sentence, else from the document's design (title "A versus B", randomisation
    sentence, registry arm groups); trial reports give the experimental arm as the
    numerator. Unknown: no arms are known.
    """
    if role == "biomarker_or_prognostic":
        return _exposure_orientation(doc, sent_start, start)
    if role == "other" and start is not None:
        set_off = _exposure_comparison(doc.text, sent_start, start, set_off_only=True)
        if set_off:
            return set_off, f"{set_off[0]} vs {set_off[1]}", "orientation.exposure_compared"
    stated, rule = _stated_in_sentence(
        doc, block, qualifier, lead_comparator, end_, sent_end, start
    )
    if stated:
        return stated, f"{stated[0]} vs {stated[1]}", rule
    if block and len(block["arms"]) == 2:
        return None, " vs ".join(block["arms"]), "orientation.registry_arm_groups"
    effect = role in ("treatment_effect", "subgroup")
    if start is not None:
        built = _built_comparison(doc, qualifier, sent_start, start, effect, value)
        if built:
            return built
    if not effect:
        return _exposure_orientation(doc, sent_start, start)
    arms = _sentence_arms(doc.text, sent_start, sent_end, doc.lowered)
    if len(arms) == 2:
        return None, f"{arms[0]} vs {arms[1]}", "orientation.arms_in_sentence"
    comparison = doc.default_comparison()
    if comparison:
        return None, comparison, "orientation.arms_of_document"
    return None, "", "orientation.no_arms_known"


def _exposure_orientation(doc, sent_start: int, start):
    """(numerator/denominator or None, comparison, rule) of an estimate that is no
    treatment effect, when no rule for arms has read it: what a cohort or a covariate
    compares, worded so ("Initiation of SGLT-2i, versus oGLD, was associated with lower rates
    ... (hazard ratio"), else no comparison."""
    exposure = _exposure_comparison(doc.text, sent_start, start) if start is not None else None
    if exposure:
        return exposure, f"{exposure[0]} vs {exposure[1]}", "orientation.exposure_compared"
    return None, "", "orientation.not_a_comparison"


# An exposure compared with its reference in a sentence's own words, read without known
# arms (a cohort's exposure, a covariate's category, a quoted finding):
# "A, (as) compared with B, was associated with ...", "A users had a higher risk of X than
# non-users (", "A vs B carried a hazard ratio", "Compared with B, A was associated with".
_NP = r"[^,;:()\[\]\n]{2,70}?"
_EXPOSURE_INSERTED_RE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|whereas)\s+)(?!(?:and|but|while|whereas)\b)"
    rf"(?P<a>{_NP}),\s+(?:as\s+)?(?:compared\s+(?:with|to)"
    rf"|versus|vs\.?|relative\s+to)\s+(?P<b>{_NP}),\s+(?:was|were|is|are)\s+(?:\w+\s+)?associated\s+with\b"
    r"[^;()\[\]]{0,120}$",
    re.IGNORECASE,
)
_EXPOSURE_LEADING_RE = re.compile(
    rf"(?:^|[;:]\s+)(?:as\s+)?(?:compared\s+(?:with|to)|relative\s+to|in\s+comparison\s+with)\s+(?P<b>{_NP}),"
    rf"\s+(?P<a>[^,;:\[\]\n]{{2,70}}?)\s+(?:(?:was|were|is|are)\s+(?:\w+\s+)?associated\s+with"
    # ("Relative to current perphenazine use, quetiapine carried the highest risk")
    r"|carried|conferred)\b[^;()\[\]]{0,120}$",
    re.IGNORECASE,
)
# a subject of up to six words, none of them what opens a clause or reports a finding ("which
# pembrolizumab", "RAVES found no evidence that adjuvant radiotherapy" are no subjects)
_SUBJECT_NP = (
    r"(?:(?!(?:that|which|who|whom|whose|found|find|finds|showed|shows|shown|led|leads|reported"
    r"|reports|suggested|suggests|concluded|when|where|if|because|although|had|has|have|was|were"
    r"|is|are)\b)[\w/+·'-]+\s+){0,5}?"
    r"(?!(?:that|which|who)\b)[\w/+·'-]+"
)
# the exposure as the subject of its association or effect, its reference after the
# comparison's word: "current azithromycin use was associated with an increased risk of
# cardiovascular death as compared with no antibiotic use (", "In TEMPRANO, early ART
# reduced death or severe HIV-related illness compared with deferred ART (", "a level above
# the median was associated with a higher risk of death than a level at or below the median ("
_EXPOSURE_SUBJECT_RE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while|whereas)\s+)(?!(?:and|but|while|whereas|it|this|that|there"
    r"|which|who|we)\b)"
    rf"(?P<a>{_SUBJECT_NP})\s+(?:(?:was|were|is|are)\s+(?:\w+\s+)?associated\s+with"
    r"|(?:did|does)\s+not\s+(?:significantly\s+)?(?:reduce|lower|increase|improve|prolong|raise)"
    r"|(?:significantly\s+)?(?:reduced|lowered|increased|improved|prolonged|raised|cut|halved))\b"
    r"[^;:()\[\]]{0,120}?\s+(?:(?:as\s+)?compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than)\s+"
    # (not a size: "raised the odds of surviving by more than two-thirds (")
    r"(?!\d|(?:one|two|three|four|half|a\s+third|a\s+quarter|a\s+half|twice|double)\b)"
    rf"(?P<b>{_NP})\s*$",
    re.IGNORECASE,
)
# people who had more or less of an event: "PPI users had a higher risk of any dementia"
_PEOPLE_HAD_MORE = (
    r"(?:^|[,;:]\s+|\b(?:and|but|while|whereas)\s+)(?!(?:and|but|while|whereas)\b)"
    r"(?P<a>(?:[\w-]+\s+){0,5}?(?:users|takers|recipients"
    r"|initiators|patients|participants|women|men|people|persons|children|adults|individuals)"
    # the people named by what they take or have: "patients taking azithromycin", "patients
    # who started interferon immediately", "Patients with 7-11 years of cumulative exposure"
    r"(?:\s+(?:taking|receiving|given|using|treated\s+with|assigned\s+to|exposed\s+to|on|with"
    r"|who\s+(?:took|received|started|used|were\s+given|were\s+treated\s+with|had))"
    r"(?:\s+(?!(?:had|has|have)\b)[\w-]+){1,7}?)?)"
    r"\s+had\s+(?:an?\s+)?(?:\w+\s+)?(?:higher|lower|greater|increased|reduced|decreased|smaller)\s+"
    r"(?:(?:relative|absolute|adjusted)\s+)?(?:risks?|rates?|odds|incidences?|hazards?|likelihood|mortality)\b[^;()\[\]]{0,80}?"
)
_EXPOSURE_THAN_RE = re.compile(
    _PEOPLE_HAD_MORE
    # ("... had an increased relative risk of CTCL compared with those never treated")
    + r"\s+(?:than|(?:as\s+)?compared\s+(?:with|to)|relative\s+to)\s+"
    + rf"(?P<b>{_NP})\s*$",
    re.IGNORECASE,
)
# ... or the comparison finished after the estimate's bracket: "PPI users had a higher risk of
# any dementia (HR 1.38, 95% CI 1.04-1.83) than non-users", "... (OR 1.40 ...) compared with
# those who never used them"
_EXPOSURE_HAD_BEFORE_RE = re.compile(_PEOPLE_HAD_MORE + r"\s*$", re.IGNORECASE)
_THAN_AFTER_BRACKET_RE = re.compile(
    r"[ \t]*(?:than|(?:,[ \t]*)?(?:as[ \t]+)?compared[ \t]+(?:with|to)|relative[ \t]+to)[ \t]+"
    rf"(?P<b>{_NP})[ \t]*(?=[.;,]|$)",
    re.IGNORECASE,
)


# the two as the objects of "comparing", set off before the estimate's clause: "Comparing
# soldiers who seroconverted for EBV with those who stayed seronegative, the hazard ratio
# for MS was 32.4 (", "comparing GLP1 receptor agonist users with DPP4 inhibitor users, the
# hazard ratio was"
_EXPOSURE_COMPARING_RE = re.compile(
    r"(?:^|[,;:]\s+)(?:when\s+|in\s+)?comparing\s+(?P<a>[^,;:()\[\]\n]{2,70}?)\s+"
    r"(?:with|to|against|versus|vs\.?)\s+"
    rf"(?P<b>{_NP}),\s+[^;:()\[\]]{{0,120}}$",
    re.IGNORECASE,
)
_EXPOSURE_LABEL_RE = re.compile(
    rf"(?:^|[,;:]\s+)(?P<a>{_NP})\s+(?:vs\.?|versus)\s+(?P<b>{_NP})\s+(?:carried|had|gave|yielded)\s+"
    r"(?:an?\s+)?(?:adjusted\s+)?$",
    re.IGNORECASE,
)


def _exposure_comparison(
    text: str, sent_start: int, start: int, set_off_only: bool = False
) -> tuple[str, str] | None:
    """(exposure, reference) a sentence compares in its own words right before the estimate
    at ``start`` (in its bracket, or after "carried a"), else None. ``set_off_only``: only
    the forms whose reference is set off by commas before the association ("A, compared
    with B, was associated", "Relative to B, A was associated"), which no rule for arms
    reads; the others come after those rules (a direction word may make the reference the
    numerator: "A was associated with higher mortality compared with B (HR 0.70")."""
    # (looked for within 300 characters back: a sentence of thousands of estimates stays
    # linear)
    lo = max(sent_start, start - 300)
    bracket = max(text.rfind("(", lo, start), text.rfind("[", lo, start))
    if bracket >= 0 and max(text.find(")", bracket, start), text.find("]", bracket, start)) < 0:
        clause = text[max(sent_start, bracket - 300) : bracket].rstrip()
        patterns = (
            (_EXPOSURE_INSERTED_RE, _EXPOSURE_LEADING_RE)
            if set_off_only
            else (
                _EXPOSURE_INSERTED_RE,
                _EXPOSURE_LEADING_RE,
                _EXPOSURE_COMPARING_RE,
                _EXPOSURE_THAN_RE,
                _EXPOSURE_SUBJECT_RE,
            )
        )
    elif set_off_only:
        return None
    else:
        clause = text[max(sent_start, start - 200) : start]
        patterns = (_EXPOSURE_COMPARING_RE, _EXPOSURE_LABEL_RE)
    lowered = clause.lower()
    if bracket >= 0 and not set_off_only and " had " in lowered:
        after = _than_after_the_bracket(text, bracket, start)
        if after:
            m = _EXPOSURE_HAD_BEFORE_RE.search(clause)
            if m:
                a = _LEADING_ARTICLE_RE.sub("", m.group("a").strip())
                if a and a.lower() != after.lower():
                    return a, after
    if not any(w in lowered for w in ("compar", "than", "relative", "vs", "versus")):
        return None
    for pattern in patterns:
        needs = _EXPOSURE_PATTERN_WORDS[pattern]
        if needs and not any(w in lowered for w in needs):
            continue  # (a word every match of the pattern holds is missing: not tried)
        m = pattern.search(clause)
        if m:
            printed = [_AS_A_CLASS_RE.sub("", m.group(side)).strip() for side in ("a", "b")]
            a, b = (_clean_arm(side) for side in printed)
            if not a or not b or a.lower() == b.lower() or any(map(_negated_lead, printed)):
                # (or one side kept whole for its denial: both as printed, "patients treated
                # with dupilumab" against "those never treated with dupilumab")
                # (an exposure no treatment's name can be cut to: "a level above the median"
                # against "a level at or below the median", as printed)
                a, b = (_LEADING_ARTICLE_RE.sub("", side) for side in printed)
            if a and b and a.lower() != b.lower():
                return a, b
    return None


_LEADING_ARTICLE_RE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


def _than_after_the_bracket(text: str, bracket: int, start: int) -> str:
    """The reference a comparison names right after the bracket that holds the estimate at
    ``start`` ("(HR 1.38, ...) than non-users"), else ''."""
    close = (
        text.find(")", start, start + 300)
        if text[bracket] == "("
        else text.find("]", start, start + 300)
    )
    if close < 0:
        return ""
    m = _THAN_AFTER_BRACKET_RE.match(text, close + 1, close + 120)
    return _LEADING_ARTICLE_RE.sub("", m.group("b").strip()) if m else ""


# words each exposure pattern's matches hold (one of them), looked for before the pattern
_EXPOSURE_PATTERN_WORDS = {
    _EXPOSURE_INSERTED_RE: ("associated",),
    _EXPOSURE_LEADING_RE: ("associated", "carried", "conferred"),
    _EXPOSURE_COMPARING_RE: ("comparing",),
    _EXPOSURE_THAN_RE: (" had ",),
    _EXPOSURE_SUBJECT_RE: (
        "associated",
        "reduce",
        "lower",
        "increase",
        "improve",
        "prolong",
        "raise",
        "cut",
        "halved",
    ),
    _EXPOSURE_LABEL_RE: ("carried", " had ", "gave", "yielded"),
}


# what qualifies an exposure as a whole: "Long-acting injectables as a group"
_AS_A_CLASS_RE = re.compile(
    r"\s+(?:as\s+a\s+(?:group|class|whole)|overall|combined)\s*$", re.IGNORECASE
)


def _stated_in_sentence(doc, block, qualifier, lead_comparator, end_, sent_end, start):
    """((numerator, denominator), rule) when the qualifier, a registry analysis or a leading
    comparator names both arms, else (None, "")."""
    stated, rule = doc.stated_in_qualifier(qualifier)
    if stated:
        return stated, rule
    if block and block["orientation"]:
        return block["orientation"], "orientation.registry_groups"
    if lead_comparator and lead_comparator.re is APPOSED_COMPARATOR_RE:
        # a clause joined after an earlier estimate that makes its own comparison ("...
        # (hazard ratio, 0.81 ...), and anastrozole versus tamoxifen gave ...") is read by it
        pos = start if start is not None else end_
        close = doc.text.rfind(")", lead_comparator.end(), pos)
        if close != -1 and _COMPARISON_WORD_RE.search(doc.text[close:pos].lower()):
            lead_comparator = None
    if lead_comparator:
        arm = (
            # "Off-pump CABG, as compared with on-pump CABG, lowered ...": the subject set
            # before its comparator
            _clean_subject(lead_comparator.group("a"))
            if lead_comparator.re is APPOSED_COMPARATOR_RE
            # (not the endpoint named after the value: "Compared with glipizide, metformin
            # was associated with a hazard ratio of 0.54 (...) for cardiovascular events")
            else (
                ""
                if _outcome_after(doc.text, end_, sent_end)
                else _arm_named_after(doc.text, end_, sent_end)
            )
            or _lead_subject(
                doc.text, lead_comparator.end(), start if start is not None else end_, qualifier
            )
        )
        comparator = _clean_arm(lead_comparator.group("b"))
        if (
            arm
            and comparator
            and arm != comparator
            and not _cases_against_controls(doc, lead_comparator.group("b"))
        ):
            return doc.expand_pair((arm, comparator)), "orientation.leading_comparator"
    return None, ""


# people named by an event they had or not, or as a case-control study's controls: "Compared
# with patients without a cardiovascular event, those with an event had greater odds of a
# gout flare (adjusted OR": the odds ratio is the exposure's, not the cases' against the
# controls'
_WITHOUT_THE_EVENT_RE = re.compile(r"\bwithout\b|\bcontrols?\b|\bnon-?cases\b", re.IGNORECASE)
_CASE_CONTROL_RE = re.compile(r"\bcase[-\s]control\b")  # (on lower-cased text)


def _cases_against_controls(doc, comparator: str) -> bool:
    """Does a case-control study's sentence compare its cases with its controls (the
    comparator names people without the event, or the controls)?"""
    return _WITHOUT_THE_EVENT_RE.search(comparator) is not None and doc.case_control


# a sentence whose subject, named as a device, procedure or strategy is ("TAVR", "PCI",
# "Surgery"), has the effect against the other arm: "TAVR reduced the risk of the primary
# endpoint by 46 percent compared with surgery (HR 0.54", the way press releases write it
_NAMED_SUBJECT_EFFECT_RE = re.compile(
    # (a combination written with plus signs too: "D+CT improved PFS versus CT (")
    r"(?:the\s+)?(?P<a>(?-i:[A-Z][A-Za-z0-9+-]{1,14})(?:\s+(?:plus|with|and)\s+[\w-]{2,20})?"
    # (its use or exposure: "Aspirin use was associated with a lower risk ... compared with
    # no aspirin (HR", the way pooled and cohort analyses word it)
    r"(?:\s+(?:use|therapy|treatment|prescription|exposure|initiation))?)\s+"
    r"(?:significantly\s+|also\s+|roughly\s+|nearly\s+|almost\s+|further\s+)?"
    r"(?:reduced|lowered|improved|prolonged|increased|cut|extended|halved|lengthened|shortened"
    r"|reduces|lowers|improves|prolongs|increases|cuts|extends|halves|lengthens|shortens"
    # (or did not: "PORT did not significantly lengthen disease-free survival compared with
    # no PORT (adjusted HR 0.86")
    r"|did\s+not\s+(?:significantly\s+)?(?:reduce|lower|improve|prolong|increase|extend|lengthen"
    r"|shorten|change|affect)"
    r"|(?:was|were)\s+(?:significantly\s+|also\s+)?associated\s+with)\b"
    r"[^;:()\[\]]{0,80}?\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:the\s+)?"
    r"(?P<b>[\w-]+(?:\s+[\w-]+){0,2}?)\s*$",
    re.IGNORECASE,
)
_OPENING_PHRASE_RE = re.compile(
    r"(?:In|At|During|Over|After|By|Within)\s+(?:the|this|a|our)\s[^,;:()]{0,50},\s+"
)
_NOT_A_SUBJECT = frozenset("this that these those it its their there patients participants".split())
# one of which every match of _NAMED_SUBJECT_EFFECT_RE holds (case folded)
_COMPARISON_WORD_RE = re.compile(r"compared|versus|vs|relative")


def _named_subject_effect(doc, sent_start: int, bracket: int):
    """(first arm, second arm, "subject") of a sentence opened by a named treatment that had
    the effect against another, right before the estimate's bracket, or None. A subject in
    capitals must be an abbreviation the text defines ("transcatheter aortic valve
    replacement (TAVR)"; an undefined "NIVO" names no arm)."""
    text = doc.text
    lead = _SECTION_LABEL_RE.match(text, sent_start, bracket)
    at = lead.end() if lead else sent_start
    # (past a short opening phrase: "In the study, ERd reduced ...", "At the primary
    # analysis, Kd roughly halved ...")
    opening = _OPENING_PHRASE_RE.match(text, at, bracket)
    m = _NAMED_SUBJECT_EFFECT_RE.match(text, opening.end() if opening else at, bracket)
    if not m or m.group("a").split()[0].lower() in _NOT_A_SUBJECT:
        return None
    head = m.group("a").split()[0]
    if head.isupper() and head.lower() not in doc.abbreviations:
        return None
    first, second = _clean_arm(m.group("a")), _clean_arm(m.group("b"))
    if not first or not second or first == second:
        return None
    return first, second, "subject"


def _clause_before(doc, sent_start: int, start: int, bracket: int):
    """(A, B, connector) of the comparison built before the estimate at ``start`` (its
    bracket opening at ``bracket``, or -1), else None."""
    text = doc.text
    clause = (
        _clause_comparison(
            text, sent_start, bracket if bracket >= 0 else start, doc.arms, doc.arm_abbreviations
        )
        # both of its patterns hold "than" or "compared"
        if any(
            m.group() == "than" or "compared" in m.group()
            for m in _connectors_between(doc, sent_start, start + 1)
        )
        else None
    )
    if not clause:
        closed = bracket >= 0 and text.find(")", bracket, start) != -1
        clause = _comparative_construction(
            doc, sent_start, start if closed or bracket < 0 else bracket
        )
    if not clause and bracket >= 0 and doc.names_comparison_words:
        clause = _named_subject_effect(doc, sent_start, bracket)
    return clause


def _built_comparison(doc, qualifier, sent_start: int, start: int, effect: bool, value=None):
    """(numerator/denominator or None, comparison, rule) of the comparison the sentence
    builds into the estimate at ``start``, else None.

    "lower in the A group than in the B group (hazard ratio ...": the ratio is the first
    arm's against the second's when the text names the experimental arm first; naming the
    comparator first ("1.50% with warfarin, as compared with 1.18% with edoxaban") does not
    make it the numerator, so that stays convention (for treatment effects; a quoted,
    pooled or re-analysed estimate keeps only a comparison its sentence states).
    """
    text = doc.text
    bracket = text.rfind("(", sent_start, start + 1)
    clause = _clause_before(doc, sent_start, start, bracket)
    if clause and bracket >= 0:
        close = text.find(")", bracket, start)
        if close != -1 and _RATIO_WORD_RE.search(text, bracket, close):
            # "... than those who did not (HR 0·69, ...); in the subset of trials ... the hazard
            # ratio was 0·77": the bracket before is another estimate's, its comparison too
            sent_start = close + 1
            bracket = text.rfind("(", sent_start, start + 1)
            clause = _clause_before(doc, sent_start, start, bracket)
    if not clause:
        return None
    label = clause[2] == "label"
    subject = _SUBJECT_CONNECTOR_RE.match(clause[2]) is not None
    # (a "than", "over" or "superior to" comparison's subject is its numerator even as the
    # trial's second arm; not a comparator opening a sentence on its effect, "Placebo
    # reduced the rate ... compared with fingolimod")
    worded = subject and clause[2] != "subject"
    printed = clause[:2]
    clause = doc.expand_pair(clause[:2])
    comparison = f"{clause[0]} vs {clause[1]}"
    named = _QUALIFIER_ARM_RE.search(qualifier)
    if named:
        # "(relative risk with dabigatran, 0.91": the measure names its own arm, the
        # sentence's comparison the other
        own = _arm_index(_clean_arm(_qualifier_arm(named)), list(clause))
        if own is not None:
            stated = (clause[own], clause[1 - own])
            return stated, f"{stated[0]} vs {stated[1]}", "orientation.arm_of_the_measure"
    direction = None if label else _direction_of(text, sent_start, start, printed, value)
    first = _experimental_first(clause[0], clause[1], doc)
    if (
        first
        or (first is None and subject)
        or (first is False and worded and direction is None)
        or label
    ) and (direction in (None, True)):
        return clause, comparison, "orientation.comparative_in_clause"
    if direction is not None:
        # "Bleeding occurred less often with aspirin alone than with aspirin plus clopidogrel
        # (risk ratio 0.57", "63.3% with on-pump CABG, as compared with 50.7% with off-pump
        # CABG (relative risk, 0.80": which arm had fewer events, and the ratio's side of 1,
        # say which is the numerator, whichever the text names first
        stated = clause if direction else (clause[1], clause[0])
        return stated, f"{stated[0]} vs {stated[1]}", "orientation.direction_in_clause"
    if effect:
        return (
            None,
            comparison,
            "orientation.comparative_in_clause; comparator named first or roles not known",
        )
    return None


# which side of the comparison had fewer events: a comparative word before "than" ("less
# often with A than with B"), or each arm's rate ("50.7% with A, as compared with 63.3%
# with B"); not of survival or of freedom from an event, whose ratio is of the event
# ("less" and "more" of how often: "less often", "more frequent"; not "more protective")
_FEWER_RE = re.compile(
    r"\b(?:less\s+(?=often|frequent|common|likely)|fewer|lower|smaller|reduced|decreased)\b",
    re.IGNORECASE,
)
_MORE_RE = re.compile(
    r"\b(?:more\s+(?=often|frequent|common|likely)|greater|higher|larger|increased)\b",
    re.IGNORECASE,
)
_FAVOURABLE_OUTCOME_RE = re.compile(
    r"surviv|alive|\bfree\b|-free\b|respon|remission|success|cure|healing|abstinen"
    r"|\b(?:OS|PFS|DFS|EFS|RFS|MFS|ORR|CR|pCR)\b|benefi|protect|effica|effective"
    # (a change compared, not the events: "a larger fall in cough than ...")
    r"|\b(?:fall|falls|decline|reduction|decrease|drop|improvement|change|gain|loss|rise)\b",
    re.IGNORECASE,
)
# a comparison in words between the two arms (not a bare "versus")
_DIRECTED_CONNECTOR_RE = re.compile(r"\bthan\b|\bcompared\b|\brelative\s+to\b")
# "no less frequent with A than with B", "not more often": no direction
_NEGATED_COMPARATIVE_RE = re.compile(r"\b(?:no|not|nor)\s+$", re.IGNORECASE)
_RATE_BEFORE_RE = re.compile(
    r"(?P<rate>\d+(?:[.·]\d+)?)\s*(?:%|percent|per\s+cent)\)?\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE
)


def _direction_of(text: str, sent_start: int, pos: int, arms, value) -> bool | None:
    """True when the first of ``arms`` is the ratio's numerator by the direction the
    sentence gives before ``pos`` (the first arm had fewer events and the ratio is below 1,
    or more and above), False when the second is, None when the sentence gives none or
    speaks of a favourable outcome."""
    if value is None or value == 1 or not arms[0] or not arms[1]:
        return None
    window = text[sent_start:pos]
    if _FAVOURABLE_OUTCOME_RE.search(window):
        return None
    lower = window.lower()
    a_at, b_at = lower.find(arms[0].lower()), lower.find(arms[1].lower())
    if a_at < 0 or b_at < 0:
        return None
    if not _DIRECTED_CONNECTOR_RE.search(lower, min(a_at, b_at), max(a_at, b_at)):
        return None  # "45.0% with A versus 39.8% with B": figures side by side, no comparison
    first_fewer = None
    # (or "compared with", "relative to": "A was associated with higher mortality compared
    # with B (", the comparative word of A's side as before "than")
    than = max(
        lower.rfind(word, 0, max(a_at, b_at))
        for word in (" than ", " compared with ", " compared to ", " relative to ")
    )
    if than > min(a_at, b_at):
        # the comparative word of the side before "than": "less often with A than with B"
        # (not one inside an arm's name, "with the lower criteria", nor one negated)
        lo = max(0, than - 80)
        arms_at = [(at, at + len(arm)) for at, arm in ((a_at, arms[0]), (b_at, arms[1]))]
        words = [
            (m.start(), fewer)
            for pattern, fewer in ((_FEWER_RE, True), (_MORE_RE, False))
            for m in pattern.finditer(window, lo, than)
            if not any(s <= m.start() < e for s, e in arms_at)
        ]
        if words:
            at, fewer = max(words)
            if _NEGATED_COMPARATIVE_RE.search(window, max(0, at - 8), at):
                return None
            first_fewer = fewer if a_at < than else not fewer
    if first_fewer is None:
        rates = []
        for at in (a_at, b_at):
            m = _RATE_BEFORE_RE.search(window, max(0, at - 40), at)
            rates.append(float(m.group("rate").replace("·", ".")) if m else None)
        if None in rates or rates[0] == rates[1]:
            return None
        first_fewer = rates[0] < rates[1]
    return first_fewer == (value < 1)


# An arm named with its dose: "with pembrolizumab 10 mg/kg", "with 2 mg/kg", "the 150-mg group"
_DOSED_ARM_RE = re.compile(
    r"\b(?:with|receiving|for|in\s+the)\s+(?P<arm>(?:[A-Za-z][\w-]*\s+){0,2}\d+(?:[.·]\d+)?[\s-]*(?:mg|µg|μg|mcg|g|IU)"
    r"(?:/(?:kg|m2|m²|day|d))?(?:\s+(?:once|twice)\s+daily)?)"
)


# A comparison named after the value, inside its bracket: "(HR 0.10, 95% CI 0.06-0.17,
# p<0.0001 for acalabrutinib-obinutuzumab vs obinutuzumab-chlorambucil; and 0.20, ...
# for acalabrutinib vs obinutuzumab-chlorambucil)", the way multi-arm trials report
# each comparison.
_TRAILING_COMPARISON_RE = re.compile(
    # (after the rest of the value's bracket: "1.04 (95% CI 0.77-1.43; p=0.78) for active
    # treatment versus placebo")
    r"(?:[^()\[\]]{0,40}?[)\]])?"
    r"[\s,;]*(?:for|in)\s+(?:the\s+comparison\s+of\s+)?(?P<a>[A-Za-z0-9][^;,()\[\]]{1,60}?)\s+"
    # ("for male owners as compared with male nonowners": the "as" is the connector's)
    r"(?:vs\.?|versus|(?:as\s+)?compared\s+(?:with|to)|relative\s+to|with)\s+(?P<b>[A-Za-z][^;,()\[\]]{1,60}?)"
    # (the second arm ends at the clause: not "placebo and 1.07 (...)", "nifedipine.")
    r"\s*(?=[;,)\]]|\.(?!\d)|\s+and\s|$)"
)
# ... or "with A versus B" there: "was 2.01 (95% CI, 1.01 to 3.99) with standard oxygen versus
# high-flow oxygen (P=0.046) and 2.50 (...) with noninvasive ventilation versus ..."
_TRAILING_WITH_COMPARISON_RE = re.compile(
    r"(?:[^()\[\]]{0,40}?[)\]])?"
    r"[\s,;]*with\s+(?P<a>[A-Za-z0-9][^;,()\[\]]{1,60}?)\s+"
    r"(?:vs\.?|versus|(?:as\s+)?compared\s+with)\s+(?P<b>[A-Za-z][^;,()\[\]]{1,60}?)"
    r"\s*(?=[;,()\]]|\.(?!\d)|\s+and\s|$)"
)


def _trailing_comparison(text: str, pos: int, limit: int, doc, own_words: bool = False):
    """(numerator, denominator) named right after a value's interval and p-value.
    ``own_words``: an estimate outside the document's randomised comparison (a cohort's, a
    quoted one), whose two sides need not be the document's arms when a comparison's words
    join them ("3.34 (95% CI, 3.13 to 3.56) for male owners as compared with male
    nonowners"), only each a few words naming no endpoint."""
    m = _TRAILING_COMPARISON_RE.match(text, pos, limit)
    if m is None:
        # (only where "with" opens the words after the value's bracket: found with str.find)
        at = text.find("with", pos, min(limit, pos + 50))
        before_with = text[pos:at].rstrip(" ,;\t") if at != -1 else "x"
        if not before_with or before_with[-1] in ")]":
            m = _TRAILING_WITH_COMPARISON_RE.match(text, pos, limit)
    if not m:
        return None
    a, b = _clean_arm(m.group("a")), _clean_arm(m.group("b"))
    abbreviations = doc.arm_abbreviations
    known = [_known_arm(x, doc.arms, abbreviations) for x in (a, b)]
    # (both known, or one when "versus" joins them: "for active treatment versus placebo")
    versus = re.search(r"\s(?:vs\.?|versus)\s", m.group()) is not None
    if a and b and a != b and (all(known) or (versus and any(known))):
        return doc.expand_pair((a, b))
    if (
        own_words
        and a
        and b
        and a != b
        and _COMPARISON_CONNECTOR_RE.search(m.group())
        and _named_in_qualifier(a)
        and _named_in_qualifier(b)
    ):
        return a, b
    return None


# the words of a comparison between two sides (not a bare "with")
_COMPARISON_CONNECTOR_RE = re.compile(r"\s(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to)\s")


def _dosed_comparison(text, values, index, sent_start, sent_end, comparison, rule):
    """Each value of a multi-arm statement against its own arm: "... with pembrolizumab 2 mg/kg
    (0.71, ...) and with pembrolizumab 10 mg/kg (0.61, ...) than with docetaxel" gives
    "pembrolizumab 2 mg/kg vs docetaxel" and "pembrolizumab 10 mg/kg vs docetaxel"."""

    def arm_near(i):
        label = _ARM_LABEL_AFTER_VALUE_RE.match(text, values[i][0].end(), sent_end)
        if label and _DOSE_IN_LABEL_RE.search(label.group("arm")):
            dosed = _DOSED_ARM_RE.search(text, values[i][0].end(), label.end())
            if dosed:  # "0.85 for the 150-mg dose (95% CI, ...)"
                return re.sub(r"^the\s+", "", dosed.group("arm"), flags=re.IGNORECASE)
        hi = values[i + 1][0].start() if i + 1 < len(values) else sent_end
        after = _DOSED_ARM_RE.search(text, values[i][3], hi)
        if after and re.fullmatch(
            r"[\s),;\]]*", text[values[i][3] : after.start()]
        ):  # "0.71 (0.58-0.88) with 2 mg/kg"
            return after.group("arm")
        lo = values[i - 1][3] if i > 0 else sent_start
        before = list(_DOSED_ARM_RE.finditer(text, lo, values[i][0].start()))
        return before[-1].group("arm") if before else ""

    arms = [arm_near(i).strip().lower() for i in range(len(values))]
    if not all(arms) or len(set(arms)) != len(arms):
        return comparison, rule
    sides = [a.strip() for a in re.split(r"\s+vs\s+", comparison)]
    control = sides[1] if len(sides) == 2 else ""
    named = arms[index]
    if control and not re.match(r"\d", named):
        return f"{named} vs {control}", rule + "; orientation.arm_with_its_dose"
    if control:
        # "50-mg" of the arm "one of three canakinumab doses": the drug the arm names
        drugs = [w for w in re.findall(r"[a-z][a-z-]+", sides[0]) if w.endswith(DRUG_SUFFIXES)]
        drug = drugs[0] if len(drugs) == 1 else sides[0]
        named = re.sub(r"(\d)[\s-]+(?=[a-zµμ])", r"\1 ", named)
        return f"{drug} {named} vs {control}", rule + "; orientation.arm_with_its_dose"
    return comparison, rule


@functools.lru_cache(maxsize=4096)
def _mentions_in(qualifier: str) -> tuple:
    """The outcome mentions of a measure's qualifier, kept: a page repeats its qualifiers
    (" ", " for death of ", ...) far more often than it varies them."""
    return tuple(outcome_mentions(qualifier))


def _sentence_leads(doc, sent_start: int, sent_end: int):
    """(leading comparator match, leading pair match) of a sentence: "Compared with B, ...",
    "For A vs B, ..." (kept per sentence: its estimates share them)."""
    cache = doc.__dict__.setdefault("_sentence_leads", {})
    found = cache.get((sent_start, sent_end))
    if found is not None:
        return found
    text = doc.text
    # "FINDINGS: Compared with warfarin, ...": past an abstract's section label
    label = _SECTION_LABEL_RE.match(text, sent_start, sent_end)
    lead_at = label.end() if label else sent_start
    lead_comparator = (
        LEAD_COMPARATOR_RE.match(text, lead_at, sent_end)
        or (
            LEAD_REFERENCE_RE.match(text, lead_at, sent_end)
            if text.startswith(("With", "Using", "Taking"), lead_at)
            else None
        )
        or (
            APPOSED_COMPARATOR_RE.match(text, lead_at, sent_end)
            # (its subject and comparator open the sentence: looked for in its first words only)
            if text.find("compared", lead_at, min(sent_end, lead_at + 170)) != -1
            else None
        )
    )
    lead_pair = (
        LEAD_PAIR_RE.match(text, lead_at, sent_end)
        or LEAD_COMPARING_RE.match(text, lead_at, sent_end)
        or (
            LEAD_GROUP_VERSUS_RE.match(text, lead_at, sent_end)
            if text.startswith(("For the ", "In the "), lead_at)
            else None
        )
    )
    found = cache[(sent_start, sent_end)] = (lead_comparator, lead_pair)
    return found


def _describe_ratios(doc, key, measure, qualifier, values, sent_start, sent_end) -> list[dict]:
    """Rows for the values stated under one measure name."""
    text = doc.text
    rows = []
    p_before = _p_before_measure(text, key, sent_start) if values[0][2] is None else None
    block = doc.registry_block(key.start()) if doc.registry else None
    level_in_qualifier = _LEVEL_IN_QUALIFIER.search(qualifier)
    qualifier_outcomes = _qualifier_outcomes(text, qualifier, values, sent_end)
    lead_comparator, lead_pair = _sentence_leads(doc, sent_start, sent_end)
    for index, (vm, ci_, p_, end_) in enumerate(values):
        if index == 0 and p_ is None:
            p_ = p_before
        start = key.start() if index == 0 else vm.start()
        outcome, outcome_rule = _ratio_outcome(
            doc,
            measure,
            block,
            qualifier_outcomes,
            values,
            index,
            vm,
            end_,
            key,
            sent_start,
            sent_end,
            rows,
        )
        if p_ is None and block:
            p_ = block["p"]
        level = ci_["level"] if ci_ else ""
        if ci_ and level == "" and level_in_qualifier:
            level = _float(level_in_qualifier.group(1))
        role, role_rule = _value_role(
            doc, block, key, qualifier, outcome, values, index, sent_start, sent_end, rows
        )
        orientation, comparison, orientation_rule = _value_orientation(
            doc, block, role, qualifier, lead_comparator, values, index, sent_start, sent_end, start
        )
        if index > 0 and not orientation:
            listed = _listed_comparator(doc, rows[0], values, index)
            if listed:
                orientation, comparison, orientation_rule = listed
        if not orientation and role != "biomarker_or_prognostic":
            pair = _pair_before_value(text, values, index, sent_start, key.start())
            if pair:
                orientation = doc.expand_pair(pair)
                comparison = f"{orientation[0]} vs {orientation[1]}"
                orientation_rule = "orientation.pair_before_value"
        if not orientation and lead_pair and role != "biomarker_or_prognostic":
            pair = (_clean_arm(lead_pair.group("a")), _clean_arm(lead_pair.group("b")))
            if all(pair) and pair[0] != pair[1]:
                orientation = doc.expand_pair(pair)
                comparison = f"{orientation[0]} vs {orientation[1]}"
                orientation_rule = "orientation.sentence_headed_by_the_comparison"
        rows.append(
            {
                "measure": measure,
                "value": to_number(vm.group()),
                "ci_lower": ci_["lower"] if ci_ else "",
                "ci_upper": ci_["upper"] if ci_ else "",
                "ci_level": level,
                **_p_fields(p_),
                "unit": "",
                "outcome": outcome,
                "outcome_rule": outcome_rule,
                "role": role,
                "role_rule": role_rule,
                **_orientation_fields(orientation, comparison, orientation_rule),
                "sentence": (sent_start, sent_end),
                "match": (start, end_),
            }
        )
    return rows


def _p_before_measure(text: str, key, sent_start: int) -> dict | None:
    """A p-value printed just before the measure's name ("(p=0.342;HR 1.35;95% CI ...")."""
    lo = max(sent_start, key.start() - 30)
    window = text[lo : key.start()]
    # every match holds a "P" and ends in ";" or "," before spaces (str.rstrip strips what
    # the pattern's \s matches): most windows hold neither
    tail = window.rstrip()[-1:]
    if not ((tail == ";" or tail == ",") and ("P" in window or "p" in window)):
        return None
    before = P_BEFORE_RE.search(text, lo, key.start())
    return _parse_p(text, before.start(), key.start()) if before else None


def _p_fields(p_: dict | None) -> dict:
    return {
        "p_value": p_["p_value"] if p_ else "",
        "p_text": p_["p_text"] if p_ else "",
        "p_start": p_["start"] if p_ else None,
    }


# between two values of a run, the next comparator of a list: "), nicotine patch (",
# ") and bupropion (", "), and with usual care ["
_LISTED_COMPARATOR_RE = re.compile(
    r"[^()\[\]]{0,40}?[)\]]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)"
    r"(?:(?:with|versus|vs\.?|than|over|to)\s+)?(?:the\s+)?(?P<arm>[^\s,;()\[\]][^,;()\[\]]{1,40}?)"
    r"(?:\s+(?:group|arm))?\s*[(\[]\s*(?:[A-Za-z ]{0,25}[,:]?\s*)?$",
    re.IGNORECASE,
)


def _listed_comparator(doc, first: dict, values, index: int):
    """(orientation, comparison, rule) of a later value of a run whose first value states
    its arms in a comparative clause, when the text names its comparator right before its
    bracket: "higher abstinence than those on placebo (odds ratio 3.61, ...), nicotine
    patch (2.15, ...) and bupropion (2.07, ...)": the first arm against each listed one."""
    if (
        first["orientation_rule"]
        not in ("orientation.comparative_in_clause", "orientation.direction_in_clause")
        or not first["numerator_arm"]
    ):
        return None
    m = _LISTED_COMPARATOR_RE.fullmatch(doc.text, values[index - 1][3], values[index][0].start())
    if not m:
        return None
    arm = _clean_arm(m.group("arm"))
    if (
        not arm
        or arm == first["numerator_arm"]
        or len(arm.split()) > 4
        or not re.fullmatch(r"[a-z][a-z\s+/-]*", arm)
    ):
        return None  # a name of a few words, not figures or a clause
    pair = (first["numerator_arm"], arm)
    return pair, f"{pair[0]} vs {pair[1]}", "orientation.listed_comparator"


def _orientation_fields(orientation, comparison: str, rule: str) -> dict:
    return {
        "comparison": comparison,
        "numerator_arm": orientation[0] if orientation else "",
        "denominator_arm": orientation[1] if orientation else "",
        "orientation": "stated" if orientation else ("conventional" if comparison else "unknown"),
        "orientation_rule": rule,
    }


def _qualifier_outcomes(text: str, qualifier: str, values, sent_end: int) -> list[str]:
    """The endpoints the measure's qualifier names, one per value when it names as many
    ("hazard ratios for OS and PFS were 0.69 (...) and 0.72 (...)")."""
    mentions = _mentions_in(qualifier)
    qualifier_outcomes = [o for _, _, o in mentions]
    if len(values) == 1 and len(qualifier_outcomes) > 1:
        # "hazard ratio for the composite of A, B, or C was 0.56": one endpoint
        qualifier_outcomes = [o for _, _, o in merge_composites(qualifier, list(mentions))]
    if len(values) > 1 and len(qualifier_outcomes) != len(values):
        # "0.69 (...) and 0.72 (...) for OS and PFS, respectively"
        after = RESPECTIVELY_OUTCOMES_RE.match(text, values[-1][3], sent_end)
        if after:
            named = [o for _, _, o in outcome_mentions(after.group("names"))]
            if len(named) == len(values):
                qualifier_outcomes = named
    return qualifier_outcomes


# An analysis population named right after a value: per-protocol, as-treated, on-treatment,
# efficacy-evaluable, or a modified intention-to-treat population
_ANALYSIS_POPULATION_AFTER_RE = re.compile(
    r"[^()\[\]\n.;]{0,60}?[)\]]?\s*,?\s*(?:in|among|for)\s+(?:the\s+)?"
    r"(?:(?P<modified>modified\s+intention[-\s]to[-\s]treat|modified\s+intent[-\s]to[-\s]treat|m-?ITT)"
    r"|per[-\s]protocol|PP|as[-\s]treated|on[-\s]treatment|efficacy[-\s]evaluable|evaluable)"
    r"\s+(?:population|analysis|analyses|set|cohort)\b"
    # ... or the analysis named right after the value's bracket: "0·65 (0·42-1·00) by
    # intention to treat and 0·45 (0·26-0·79, p=0·005) per protocol"
    r"|[^()\[\]\n.;]{0,20}?[)\]]\s*,?\s*(?:(?:by|on|in)\s+(?:an?\s+|the\s+)?)?"
    r"(?:per[-\s]protocol|as[-\s]treated)(?:\s+(?:population|analysis|set|basis))?"
    r"(?=\s*[.;,)]|\s+(?:and|but)\b|\s*$)",
    re.IGNORECASE,
)
_ITT_POPULATION_RE = re.compile(
    r"(?<!modified\s)(?<!-)\b(?:intention|intent)[-\s]to[-\s]treat\s+(?:population|analysis|set)\b"
    r"|(?<![-m])\bITT\s+(?:population|analysis|set)\b",
    re.IGNORECASE,
)


# a population a biomarker's level or status defines: "patients with CPS of 10 or higher",
# "a PD-L1 expression level of 5% or more", "PD-L1 below 1%", "the HRD group", "ESR1-mutated
# tumours", "wild-type KRAS", "eosinophil counts of at least 300"
_BIOMARKER_POPULATION_RE = re.compile(
    r"(?:\b(?:wild[-\s]type|mutated|mutant)\s+)?(?<![\w-])(?P<marker>PD-?L1|CPS|TPS|combined\s+positive\s+score"
    r"|tumou?r\s+proportion\s+score|HRD|BRCA[12]?|ESR1|HER2|EGFR|ALK|ROS1|KRAS|NRAS|BRAF|MSI-H|MSI"
    r"|dMMR|pMMR|TMB|FGFR[1-4]?|PIK3CA|IDH[12]?|MGMT|ctDNA|eosinophils?)(?![\w])"
    r"(?:(?<=wild[-\s]type\s(?:KRAS|NRAS|BRAF|EGFR))|(?<=mutated\s(?:KRAS|NRAS|BRAF|EGFR|ESR1))"
    r"|[^.;()\n]{0,40}?(?:≥|>=|>|<|≤|\bof\s+(?:\d|one|five|ten|fifty)|\bor\s+(?:more|higher|greater|above)\b"
    r"|\bat\s+least\b|\bbelow\b|\babove\b|\d\s?%|\bpositive\b|\bnegative\b|\bmutat\w*|\bmutant\b"
    r"|\bwild[-\s]type\b|\bhigh\b|\blow\b|\bdeficien\w*|\bproficien\w*|\baltered\b|\bamplifi\w*"
    r"|\bgroup\b|\bpopulation\b|\bsubgroup\b|\bcohort\b))"
)


_BIOMARKER_HINT_RE = re.compile(
    r"PD-?L1|CPS|TPS|HRD|BRCA|ESR1|HER2|EGFR|ALK|ROS1|KRAS|NRAS|BRAF|MSI|MMR|TMB|FGFR|PIK3CA|IDH"
    r"|MGMT|ctDNA|[Ee]osinophil|combined\s+positive|proportion\s+score"
)
# the words of a sentence saying who was enrolled: "Patients with ... CPS of 1 or higher
# were enrolled", "Eligibility: ..."
_ENTRY_WORDS_RE = re.compile(
    r"\b(?:were|was)\s+(?:\w+\s+)?(?:enrolled|eligible|included|recruited|randomi[sz]ed"
    r"|randomly\s+assigned)\b|\b(?:eligibility|inclusion\s+criteri\w+|eligible\s+patients)\b",
    re.IGNORECASE,
)
_PD_L1_NAMES = frozenset({"PD-L1", "PDL1", "CPS", "TPS", "COMBINED POSITIVE SCORE"})


def _biomarker_level(text: str, m: re.Match) -> tuple[str, str]:
    """(marker, number) of a biomarker population: PD-L1's scores are one marker ("CPS of
    10 or more" is ("PD-L1", "10")); the number is the first in the clause after the marker
    ("PD-L1 combined positive score (CPS) of 1 or higher": "1"), '' for a status
    ("ESR1-mutated")."""
    marker = re.sub(r"\s+", " ", m.group("marker")).upper()
    if marker in _PD_L1_NAMES or "PROPORTION SCORE" in marker:
        marker = "PD-L1"
    number = _LEVEL_NUMBER_RE.match(text, m.end("marker"), min(len(text), m.end("marker") + 60))
    return marker, number.group("n") if number else ""


_LEVEL_NUMBER_RE = re.compile(r"[^.;\n\d]*?(?P<n>\d+(?:\.\d+)?)")


def _biomarker_population_role(doc, values, index, sent_start, role_rule) -> tuple | None:
    """(role, rule) of a value after a population a biomarker defines, or None.

    Named just before the value ("Among patients with CPS of 10 or higher, ... (HR, 0.69",
    "Median PFS in the HRD group was ... (HR, 0.47"), it is the comparison within that
    subset of the randomised patients, unless the title says the trial enrolled only such
    patients ("... for PD-L1-Positive Non-Small-Cell Lung Cancer"); named at the level the
    trial enrolled on ("in the CPS 1 or higher population" of a trial that enrolled at CPS
    1 or higher), it is every randomised patient. Looked for from the end of the bracket
    before the value: "... in the HRD cohort (0·32 [...]; p<0·0001) and ... in the
    intention-to-treat population (0·36" names the next population."""
    vm, text = values[index][0], doc.text
    lo = max(values[index - 1][3] if index else sent_start, vm.start() - 300)
    lo = max(lo, text.rfind(")", lo, vm.start()) + 1, text.rfind("]", lo, vm.start()) + 1)
    marker = _BIOMARKER_POPULATION_RE.search(text, lo, vm.start())
    if not marker:
        return None
    enrolled = _biomarker_level(text, marker) in doc.entry_biomarker_levels
    if role_rule == "role.subgroup_population" and enrolled:
        return "treatment_effect", "role.population_the_trial_enrolled"
    if (
        role_rule == "role.randomised_comparison"
        and not enrolled
        and not re.search(
            rf"(?<![A-Za-z]){re.escape(marker.group('marker'))}(?![A-Za-z])",
            doc.record.get("title") or "",
            re.IGNORECASE,
        )
    ):
        return "subgroup", "role.biomarker_defined_population"
    return None


# the same endpoint judged by other assessors: "the estimate based on independent
# radiological review", "when judged by the investigators", "by blinded central review"
_OTHER_ASSESSORS_RE = re.compile(
    r"\b(?:based\s+on|by|according\s+to|on|using)\s+(?:the\s+)?(?:blinded\s+)?"
    r"(?:independent|central|investigators?|local)\b[^.;()]{0,40}?"
    r"\b(?:review|assessment|reading|adjudication|assessors?|radiologists?)\b"
    r"|\b(?:judged|assessed|determined|read)\s+by\s+(?:the\s+)?(?:investigators?|local|independent|central)\b"
)  # (on lower-cased text)


def _alternative_analysis_before(doc, values, index: int) -> bool:
    """Do the words between a value and the one before it of the same measure name another
    analysis of the comparison (a sensitivity cue, or other assessors)?"""
    lead = doc.text[
        max(values[index - 1][3], values[index][0].start() - 200) : values[index][0].start()
    ]
    lowered = lead.lower()
    return _cue_found("sensitivity", lowered) or _OTHER_ASSESSORS_RE.search(lowered) is not None


def _value_role(doc, block, key, qualifier, outcome, values, index, sent_start, sent_end, rows):
    """(role, rule) of one value: a registry analysis's, else the sentence's cues', with a
    population named between the value and its interval, or right before or after the value
    once the main comparison has been given, making a subgroup."""
    vm, end_ = values[index][0], values[index][3]
    if block:
        if block["subset"]:
            return "subgroup", "role.registry_measure_of_a_subset"
        return "treatment_effect", "role.registry_results_block"
    role, role_rule = _ratio_role(
        doc,
        sent_start,
        key.start(),
        end_,
        sent_end,
        qualifier,
        outcome,
        doc.treatment_effect_seen or any(r["role"] == "treatment_effect" for r in rows),
    )
    if role == "treatment_effect" and index and _alternative_analysis_before(doc, values, index):
        # "(hazard ratio 0·68 ...); with adjustment for age, severity of illness and baseline
        # covariates the estimate was 0·65 (...)", "..., and the estimate based on independent
        # radiological review was similar (0·64 ...)": the main estimate given, the same
        # comparison analysed another way
        return "other", "role.alternative_analysis_before_value"
    if role == "treatment_effect":
        hi = values[index + 1][0].start() if index + 1 < len(values) else sent_end
        population = _ANALYSIS_POPULATION_AFTER_RE.match(doc.text, end_, min(hi, end_ + 120))
        if population and (
            not population.group("modified")
            or _ITT_POPULATION_RE.search(doc.text, sent_start, sent_end)
        ):
            # "0·58 (95% CI 0·35–0·95) in the mITT population, and 0·58 (...) in the ITT
            # population", "(hazard ratio, 0.91 ...) in the per-protocol population": an
            # analysis of another population than the randomised one (a modified
            # intention-to-treat population only beside the intention-to-treat one, which
            # many trials analyse first)
            return "other", "role.analysis_population_after_value"
    if doc.names_biomarkers and role_rule in (
        "role.randomised_comparison",
        "role.subgroup_population",
    ):
        found = _biomarker_population_role(doc, values, index, sent_start, role_rule)
        if found:
            return found
    label = _ARM_LABEL_AFTER_VALUE_RE.match(doc.text, vm.end(), end_)
    if (
        label
        and role == "treatment_effect"
        and _SUBGROUP_LABEL_RE.match(doc.text, label.start(), label.end())
    ):
        # "0.80 in women (95% CI, ...)": a population named between value and interval
        return "subgroup", "role.subgroup_named_after_value"
    # (a text that names no population word anywhere has none beside a value: see below)
    if role_rule == "role.randomised_comparison" and doc.names_population_words:
        text = doc.text
        # the words just before the value: a population cue further back is the sentence's
        lo = max(values[index - 1][3] if index else sent_start, vm.start() - 400)
        hi = values[index + 1][0].start() if index + 1 < len(values) else sent_end
        after = text[end_ : min(hi, end_ + 80)]
        # after the value, only a population that follows it at once ("...) in stage II")
        after = after[: len(after) - len(after.lstrip(" \t),;]")) + 40]
        after = after if _POPULATION_AFTER_RE.match(after) else ""
        beside = text[lo : vm.start()] + " / " + after
        if (
            _has_population_word(beside)
            and (
                doc.treatment_effect_seen
                or any(r["role"] == "treatment_effect" for r in rows)
                # the whole population's ratio later in this sentence or after it ("...
                # (hazard ratio 0.24 ...); in the intention-to-treat population ... (0.24")
                or doc.later_main_estimate(end_)
            )
            and _population_beside(beside, doc)
            # (not the whole population named last: "... in the pMMR population (...) and
            # overall (median, 18.3 vs. 11.4 months; hazard ratio, 0.62")
            and not _WHOLE_POPULATION_LAST_RE.search(_lead_in(text[lo : vm.start()].lower()))
        ):
            # "in the overall population (HR 0.54 ...) and in the ADT plus docetaxel
            # population (0.50, ...)", "0.76 (95% CI, ...) in stage II and 0.74 (...) in
            # stage III disease": each value's own population, once the main one is given
            return "subgroup", "role.subgroup_beside_value"
    return role, role_rule


def _arm_named_in(doc, segment: str, comparator: str) -> str:
    """The first of the document's arms, other than the comparator, that ``segment``
    names ("... (hazard ratio, 1.06; ...) and ICD therapy was associated with a decreased
    risk of death (0.77; ..."), or ''."""
    low = segment.lower()
    found = [
        (low.find(arm), arm)
        for arm in doc.arms
        if arm and arm != comparator and re.search(rf"(?<![a-z]){re.escape(arm)}(?![a-z])", low)
    ]
    return min(found)[1] if found else ""


def _later_value_orientation(doc, values, index, sent_end, orientation, comparison, rule):
    """(orientation, comparison, rule) of a later value of a run whose sentence's rule
    named the first value's arms: the arms, dose or group the later value names itself,
    the same comparison in another population, or none known."""
    text = doc.text
    vm, end_ = values[index][0], values[index][3]
    orientation_rule = rule
    if orientation_rule == "orientation.stated_in_clause":
        # "(hazard ratio for 90 mg of ticagrelor vs. placebo, 0.85; ...; and for 60 mg of
        # ticagrelor vs. placebo, 0.84; ...)": a later value that states its own arms
        own = _stated_orientation(
            text[values[index - 1][3] : vm.start()], doc.arms, doc.arm_abbreviations
        )
        if own:
            orientation = doc.expand_pair(own)
            comparison = f"{orientation[0]} vs {orientation[1]}"
    if orientation_rule == "orientation.dose_of_the_documents_drug":
        # "(hazard ratio for 0.5 mg vs. placebo, 0.70; ...; and for 1.25 mg, 0.68; ...)":
        # the qualifier's dose is the first value's; a later value names its own
        own = _DOSE_ONLY_RE.search(text, values[index - 1][3], vm.start())
        if own:
            drug = orientation[0].rsplit(" ", 2)[0]
            dose = " ".join(own.group("dose").split())
            orientation = (f"{drug} {dose}", orientation[1])
            comparison = f"{orientation[0]} vs {orientation[1]}"
        else:
            orientation, comparison = None, ""
            orientation_rule = "orientation.no_arms_known"
    if (
        index > 0
        and orientation_rule == "orientation.leading_comparator"
        and not _arm_named_after(text, end_, sent_end)
    ):
        # "(hazard ratio for the more-intensive regimen, 0.57; ...; and for the less-intensive
        # regimen, 0.57; ...)": a later value of the run names its own arm, or none is known
        own = (
            _QUALIFIER_ARM_RE.search(text, values[index - 1][3], vm.start())
            or _arm_before_bracket(text, values[index - 1][3], vm.start())
            or _GROUP_BEFORE_BRACKET_RE.search(text, values[index - 1][3], vm.start())
        )
        arm = (
            _clean_arm(own.group("arm") or own.groupdict().get("arm_was") or "")
            if own
            else _arm_named_in(doc, text[values[index - 1][3] : vm.start()], orientation[1])
        )
        if arm and not re.search(r"[a-z]{4}", arm) and not arm[0].isdigit():
            # (a group named by its dose is an arm of its own: "in the 3200 IU/day group")
            # "... in the Q4W group (0.55 ...) and the Q8W group (0.49 ...)": a regimen of
            # the sentence's arm
            arm = f"{orientation[0].split(' ')[0]} {arm}"
        between = text[values[index - 1][3] : vm.start()]
        if _population_beside(between, doc):
            # "... in the overall population (HR 0·54 ...) and in the ADT plus docetaxel
            # population (0·50, ...)": the same comparison in another population
            pass
        elif arm and arm != orientation[1]:
            # named as the first value's arm was ("belatacept regimen (less-intensive regimen)")
            orientation = doc.expand_pair((arm, orientation[1]))
            comparison = f"{orientation[0]} vs {orientation[1]}"
        else:
            orientation, comparison = None, ""
            orientation_rule = "orientation.no_arms_known"
    return orientation, comparison, orientation_rule


def _value_orientation(
    doc, block, role, qualifier, lead_comparator, values, index, sent_start, sent_end, start
):
    """(numerator/denominator or None, comparison, rule) of one value of a run: the
    sentence's orientation, then what later values and the text after each one name."""
    text = doc.text
    end_ = values[index][3]
    orientation, comparison, orientation_rule = _ratio_orientation(
        doc,
        block,
        role,
        qualifier,
        lead_comparator,
        end_,
        sent_start,
        sent_end,
        start,
        _float(values[index][0].group()) or None,
    )
    if index > 0:
        orientation, comparison, orientation_rule = _later_value_orientation(
            doc, values, index, sent_end, orientation, comparison, orientation_rule
        )
    if orientation_rule != "orientation.stated_in_clause" and role != "biomarker_or_prognostic":
        limit = values[index + 1][0].start() if index + 1 < len(values) else sent_end
        trailing = _trailing_comparison(text, end_, limit, doc, own_words=role == "other")
        if trailing:
            orientation, comparison, orientation_rule = (
                trailing,
                f"{trailing[0]} vs {trailing[1]}",
                "orientation.comparison_after_value",
            )
    if len(values) > 1 and not orientation and comparison:
        comparison, orientation_rule = _dosed_comparison(
            text, values, index, sent_start, sent_end, comparison, orientation_rule
        )
    if not orientation and not comparison and role == "treatment_effect":
        against = _labelled_arm_against_control(doc, values[index][0].end(), end_)
        if against:
            orientation, comparison, orientation_rule = (
                None,
                f"{against[0]} vs {against[1]}",
                "orientation.arm_labelled_against_the_control",
            )
    return orientation, comparison, orientation_rule


def _labelled_arm_against_control(doc, value_end: int, end_: int) -> tuple[str, str] | None:
    """(arm, control) for a value labelled by one active arm of a trial of several arms and
    one control ("0.84 for metformin (95% CI ...), 1.05 for ivermectin (...)", metformin,
    ivermectin, fluvoxamine and placebo randomised): that arm against the control, by the
    convention of trial reports."""
    if len(doc.arms) < 3:
        return None
    label = _ARM_LABEL_AFTER_VALUE_RE.match(doc.text, value_end, end_)
    if not label:
        return None
    arm = _clean_arm(label.group("arm"))
    controls = [a for a in doc.arms if _CONTROL_WORDS_RE.search(a)]
    if len(controls) != 1 or not arm or _CONTROL_WORDS_RE.search(arm):
        return None
    own = _arm_index(arm, list(doc.arms))
    if own is None or doc.arms[own] == controls[0]:
        return None
    return doc.arms[own], controls[0]


_ARM_NAMED_AFTER_RE = re.compile(
    r"\s*(?:[)\]]\s*)?(?:with|for|in\s+the)\s+(?P<arm>[\w+\-–]+(?:\s+[\w+\-–]+){0,3}?)(?:\s+(?:groups?|arms?))?"
    # (a p-value in brackets may follow the arm: "0.90 for lutein plus zeaxanthin (P = .12)")
    r"(?=\s*(?:[,.;)]|\([Pp]\s*[=<>≤]|and\b|$))"
)


def _arm_named_after(text: str, pos: int, end: int) -> str:
    m = _ARM_NAMED_AFTER_RE.match(text, pos, end)
    return _clean_arm(m.group("arm")) if m else ""


def _arm_after(text: str, pos: int, end: int, arms: list[str] | None = None) -> tuple[str, int]:
    """The arm named right after an arm-level value ("in the sorafenib group", "with sorafenib")."""
    m = ARM_AFTER_RE.match(text, pos, end)
    if m:
        arm = _clean_arm(m.group("arm"))
        if arm and arm not in _ARM_STOPWORDS:
            return arm, m.end()
    if arms is not None:
        m = ARM_WITH_RE.match(text, pos, end)
        if m:
            arm = _clean_arm(m.group("arm"))
            if arm and any(arm == a or arm in a.split() for a in arms):
                return arm, m.end()
    return "", pos


def _arm_before(text: str, start: int, pos: int, lowered: str | None = None) -> str:
    """The last arm "in/for/with ... the X group" names before ``pos``. ``lowered``: the
    text lower-cased, same length, when the caller has it (every mention ends in one of the
    nouns looked for there first, as in _sentence_arms)."""
    if lowered is not None and all(lowered.find(noun, start, pos) == -1 for noun in _ARM_NOUNS):
        return ""
    arms = [_clean_arm(m.group("arm")) for m in ARM_MENTION_RE.finditer(text, start, pos)]
    arms = [a for a in arms if a and a not in _ARM_STOPWORDS]
    return arms[-1] if arms else ""


def _last_before(positions: list[int], pos: int, length: int) -> int:
    """The last of sorted ``positions`` of a label of ``length`` characters that ends by
    ``pos``, else -1 (as ``str.rfind(label, 0, pos)``)."""
    i = bisect_right(positions, pos - length) - 1
    return positions[i] if i >= 0 else -1


def _first_from(positions: list[int], pos: int) -> int:
    """The first of sorted ``positions`` at or after ``pos``, else -1."""
    i = bisect_left(positions, pos)
    return positions[i] if i < len(positions) else -1


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside_any(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted by start, not overlapping)? A binary search."""
    i = bisect_right(spans, (pos, math.inf)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_DECIMAL_POINTS = "." + DECIMAL_MARKS


def _percentages(text: str):
    """``PERCENT_RE.finditer(text)``: the same matches, found from their "%" (far rarer than
    the digits the pattern opens with). A match is a number, spaces and the "%": the number
    before each "%" is read back to where it can start, and the pattern tried there."""
    q = text.find("%")
    while q != -1:
        end = q  # the number's end: before the spaces (\s is str.isspace) before the "%"
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end  # back over the digits (\d is str.isdecimal), and a decimal part's
        while start > 0 and text[start - 1].isdecimal():
            start -= 1
        if start < end:
            if start >= 2 and text[start - 1] in _DECIMAL_POINTS and text[start - 2].isdecimal():
                start -= 1
                while start > 0 and text[start - 1].isdecimal():
                    start -= 1
            m = PERCENT_RE.match(text, start)
            if m is not None and m.end() == q + 1:
                yield m
        q = text.find("%", q + 1)


def _proportion_estimates(doc: _Document, taken: list[tuple[int, int]]) -> list[dict]:
    text = doc.text
    found = []
    for m in _percentages(text):
        # the interval first (cheap, and most percentages have none), then the sentence
        ci = _parse_ci(text, m.end(), min(len(text), m.end() + 160))
        if not ci or not (ci["named"] or ci["bracketed"]):
            continue
        if _inside_any(taken, m.start()):
            continue
        sent_start, sent_end = doc.sentences.span(m.start())
        if ci["end"] > sent_end:
            continue
        ci_end = ci["end"]
        p = _parse_p(text, ci_end, sent_end)
        end = p["end"] if p else ci_end
        arm, _ = _arm_after(text, end, sent_end)
        if not arm:
            bracket_close = text.find(")", end, sent_end)
            if bracket_close != -1 and bracket_close - end < 3:
                arm, _ = _arm_after(text, bracket_close + 1, sent_end)
        if not arm:
            arm = _arm_before(text, sent_start, m.start(), doc.lowered)
        found.append(
            {
                "measure": "proportion",
                "value": to_number(m.group("value")),
                "ci_lower": ci["lower"],
                "ci_upper": ci["upper"],
                "ci_level": ci["level"],
                "p_value": p["p_value"] if p else "",
                "p_text": p["p_text"] if p else "",
                "p_start": p["start"] if p else None,
                "unit": "%",
                "outcome": _outcome_near(doc, sent_start, m.start()),
                "outcome_rule": "outcome.nearest_before_in_sentence",
                "role": "other",
                "role_rule": "role.arm_level_statistic",
                "comparison": f"{arm} arm" if arm else "",
                "numerator_arm": "",
                "denominator_arm": "",
                "orientation": "not_applicable",
                "orientation_rule": "orientation.arm_level_statistic",
                "sentence": (sent_start, sent_end),
                "match": (m.start(), end),
            }
        )
    return found


def _unit_name(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith("mo"):
        return "months"
    if unit.startswith("y"):
        return "years"
    if unit.startswith("w"):
        return "weeks"
    return "days"


def _medians(text: str) -> list[re.Match]:
    """``list(MEDIAN_RE.finditer(text))``: the pattern tried only before "edian" and
    "EDIAN", found with str.find, not at each "m" and "M" of the page."""
    starts = [at - 1 for word in ("edian", "EDIAN") for at in offsets_of(text, word) if at]
    return matches_at(MEDIAN_RE, text, starts)


def _median_estimates(doc: _Document) -> list[dict]:
    """Medians of time-to-event endpoints ("median overall survival was 10.7 months with
    sorafenib and 7.9 months with placebo"): one row per arm, as listed."""
    text = doc.text
    found = []
    for m in _medians(text):
        mid = m.group("mid")
        if _MEDIAN_EXCLUDED.search(mid) or _MEDIAN_DIFFERENCE_RE.search(mid):
            continue
        outcomes = [o for _, _, o in outcome_mentions(mid)]
        if not outcomes:
            continue
        sent_start, sent_end = doc.sentences.span(m.start())
        for start, _, value, unit, end, arm, ci in _median_items(doc, m, sent_end):
            if not arm:
                arm = _arm_before(text, sent_start, m.start(), doc.lowered)
            found.append(
                {
                    "measure": "median",
                    "value": to_number(value),
                    "ci_lower": ci["lower"] if ci else "",
                    "ci_upper": ci["upper"] if ci else "",
                    "ci_level": ci["level"] if ci else "",
                    "p_value": "",
                    "p_text": "",
                    "unit": _unit_name(unit),
                    "outcome": outcomes[0],
                    "outcome_rule": "outcome.named_with_median",
                    "role": "other",
                    "role_rule": "role.arm_level_statistic",
                    "comparison": f"{arm} arm" if arm else "",
                    "numerator_arm": "",
                    "denominator_arm": "",
                    "orientation": "not_applicable",
                    "orientation_rule": "orientation.arm_level_statistic",
                    "sentence": (sent_start, sent_end),
                    "match": (start, end),
                }
            )
    return found


def _median_items(doc: _Document, m: re.Match, sent_end: int) -> list[tuple]:
    """(start, value start, value, unit, end, arm, interval) of each median a MEDIAN_RE match
    lists: "12 vs 9 months", or one value, then its arm and interval, then the next ("10.7
    months (95% CI ...) in the sorafenib group and 7.9 months in the placebo group")."""
    text = doc.text
    if m.group("value2"):
        unit = m.group("unit")
        return [
            (m.start(), m.start("value"), m.group("value"), unit, m.end("value"), "", None),
            (m.start("value2"), m.start("value2"), m.group("value2"), unit, m.end(), "", None),
        ]
    items = [(m.start(), m.start("value"), m.group("value"), m.group("unit"), m.end())]
    pos = m.end()
    while True:
        arm, after_arm = _arm_after(text, pos, sent_end, doc.arms)
        ci = _parse_ci(text, after_arm, sent_end)
        if ci and not (ci["named"] or ci["bracketed"]):
            ci = None
        end = ci["end"] if ci else (after_arm if arm else pos)
        resume = end
        if not arm and ci:
            # "(95% CI 9·9–12·6) in the drugatinib group"
            closing = end + 1 if text[end : end + 1] in (")", "]") else end
            arm, after_arm = _arm_after(text, closing, sent_end, doc.arms)
            if arm:
                resume = after_arm
        start, value_start, value, unit, _ = items[-1]
        items[-1] = (start, value_start, value, unit, end, arm, ci)
        nxt = MEDIAN_NEXT_RE.match(text, resume, sent_end)
        if not nxt:
            return items
        items.append(
            (
                nxt.start("value"),
                nxt.start("value"),
                nxt.group("value"),
                nxt.group("unit") or unit,
                nxt.end(),
            )
        )
        pos = nxt.end()


def _trial_attribution(text: str, record: dict):
    """For a document reporting several trials, a function (sentence, match) -> the
    key of the trial the estimate belongs to ('' when the text does not say); for
    every other document, a function returning ''."""
    own = [n for n in (record.get("trial_names") or "").split(";") if n]
    if len(own) < 2:
        return lambda sentence, match: ""
    registry = record.get("source_type") == "registry_record"
    names = trials.find_trial_names(text, record.get("title", ""), registry)
    mentions, starts = trials.own_mentions(names.mentions, [trials.key(n) for n in own])
    return lambda sentence, match: trials.nearest_own_trial(
        mentions, starts, text, match[0], match[1]
    )


# a horizon opening a sentence: "At 30 days, the primary end point occurred in ...", "By
# 60 days, in-hospital death had occurred in ..."
_LEADING_HORIZON_RE = re.compile(
    r"\s*(?:(?:results|findings)\s*:?\s*)?(?:at|by|through|within)\s+(?:day\s+)?"
    r"(?P<n>[1-9][0-9]{0,2})(?:\s+(?P<unit>hours?|days?|weeks?|months?|years?))?\s*,",
    re.IGNORECASE,
)


def _horizon_opening(doc, sentence) -> str:
    m = _LEADING_HORIZON_RE.match(doc.text, sentence[0], sentence[1])
    if not m or not (m.group("unit") or "day" in m.group().lower()):
        return ""
    unit = (m.group("unit") or "day")[0].upper()
    return f"DEATH_{int(m.group('n'))}{unit}"


def _timed_death_in_sentence(doc, sentence) -> str:
    """The timed-death code of the sentence ("Mortality at 28 days was 5.1% and 7.8%
    (hazard ratio for death, 0.65": DEATH_28D), else of the sentence before it in its
    paragraph ("90-day mortality was 26.4% ... For infusion rate, mortality was 26.6%"), or
    the horizon opening either ("At 30 days, ... Death occurred in 43.3% versus 51.6%");
    '' when the sentence speaks of survival ("overall survival at 5 years") or none."""
    if "surviv" in doc.text[sentence[0] : sentence[1]].lower():
        return ""
    previous = doc.sentences.previous(sentence[0])
    if previous is not None and "\n\n" in doc.text[previous[1] : sentence[0]]:
        previous = None  # another paragraph
    for span in (sentence, previous):
        if span is None:
            continue
        for _, _, c in doc.outcomes.within(span[0], span[1]):
            if TIMED_DEATH_RE.fullmatch(c):
                return c
        opening = _horizon_opening(doc, span)
        if opening:
            return opening
    return ""


# the endpoints a document defines by their label: (its attribute, the rule when the page
# defines none and a "(primary endpoint)" label qualifies one, the rule of the definition)
_DEFINED_OUTCOMES = {
    PRIMARY_OUTCOME: (
        "primary_outcome",
        "; outcome.endpoint_labelled_primary",
        "; outcome.primary_as_the_document_defines_it",
    ),
    KEY_SECONDARY_OUTCOME: (
        "key_secondary_outcome",
        "; outcome.endpoint_labelled_key_secondary",
        "; outcome.key_secondary_as_the_document_defines_it",
    ),
}


def _resolve_outcome(doc, item: dict) -> None:
    """An estimate's outcome placeholder as the document defines or names it (the primary
    endpoint, a recurrence endpoint, a bare "progression", a timed death), with the rule."""
    if item["outcome"] in _DEFINED_OUTCOMES:
        attribute, labelled_rule, defined_rule = _DEFINED_OUTCOMES[item["outcome"]]
        defined = getattr(doc, attribute)
        labelled = "" if defined else _labelled_in_sentence(doc, item)
        item["outcome"] = labelled or defined
        item["outcome_rule"] += labelled_rule if labelled else defined_rule
    elif item["outcome"] == RECURRENCE_OR_DEATH:
        item["outcome"] = doc.recurrence_outcome()
        item["outcome_rule"] += "; outcome.recurrence_as_the_document_calls_it"
    elif item["outcome"] == UNNAMED_OUTCOME:
        item["outcome"] = ""
        item["outcome_rule"] += "; outcome.named_only_by_its_kind"
    elif item["outcome"] == BARE_RECURRENCE:
        item["outcome"] = "RFS" if doc.about_cancer else ""
        item["outcome_rule"] += (
            "; outcome.recurrence_of_a_cancer"
            if doc.about_cancer
            else "; outcome.recurrence_outside_oncology"
        )
    elif item["outcome"] == CAUSE_SPECIFIC_DEATH:
        item["outcome"] = ""
        item["outcome_rule"] += "; outcome.death_from_a_cause_outside_the_vocabulary"
    elif item["outcome"] == DEATH_COMPOSITE:
        item["outcome"] = ""
        item["outcome_rule"] += "; outcome.composite_with_death_outside_the_vocabulary"
    elif item["outcome"] == BARE_PROGRESSION:
        item["outcome"] = doc.progression_outcome(item["sentence"][0], item["match"][0])
        item["outcome_rule"] += (
            "; outcome.bare_progression_as_the_document_calls_it"
            if item["outcome"]
            else "; outcome.progression_outside_oncology"
        )
    elif item["outcome"] == ORDINAL_SHIFT:
        item["outcome"] = doc.shift_outcome
        item["outcome_rule"] += "; outcome.ordinal_shift_on_the_documents_scale"
    if item["outcome"] == "OS" and item["outcome_rule"] != "outcome.table_row":
        # "died", "mortality" in a sentence or a trial that times its deaths ("death within
        # 28 days" its primary outcome): that horizon (a table row names its own endpoint)
        timed = _timed_death_in_sentence(doc, item["sentence"]) or (
            doc.primary_outcome if TIMED_DEATH_RE.fullmatch(doc.primary_outcome or "") else ""
        )
        if timed:
            item["outcome"] = timed
            item["outcome_rule"] += "; outcome.death_as_the_document_times_it"


# An analysis limited to the time on the assigned treatment: "The annualized rate of the
# primary end point during treatment was ...", "Over the 4-year treatment period (through
# day 1440), the hazard ratio ...", "while patients were taking the study drug"
_TREATMENT_PERIOD_RE = re.compile(
    r"\bduring\s+(?:the\s+)?(?:study\s+|active\s+|double-blind\s+|randomi[sz]ed\s+)?treatment"
    r"(?:\s+period)?\b"
    r"|\b(?:over|throughout)\s+the\s+(?:[\w-]+\s+){0,2}?treatment\s+period\b"
    r"|\bwhile\s+(?:(?:the\s+)?(?:patients|participants)\s+were\s+)?(?:on|receiving|taking)\s+"
    r"(?:the\s+)?(?:study|assigned|trial)\s+(?:drug|medication|treatment)\b",
    re.IGNORECASE,
)


def _analysis_cue_before(text: str, item: dict) -> str:
    """ "period" or "itt": the nearer of a treatment-period limit and an intention-to-treat
    analysis printed in the sentence before an estimate, '' when neither is."""
    lo, hi = item["sentence"][0], item["match"][0]
    period = [m.start() for m in _TREATMENT_PERIOD_RE.finditer(text, lo, hi)]
    itt = [m.start() for m in _ITT_POPULATION_RE.finditer(text, lo, hi)]
    if not period and not itt:
        return ""
    return "period" if max(period, default=-1) > max(itt, default=-1) else "itt"


def _on_treatment_beside_itt(text: str, items: list[dict]) -> None:
    """A treatment effect counted only during the time on treatment is another analysis
    when the document also gives the intention-to-treat estimate of the same endpoint
    ("... during treatment was 1.50% with warfarin, as compared with 1.18% with high-dose
    edoxaban (hazard ratio, 0.79 ...). In the intention-to-treat analysis, ... (hazard
    ratio, 0.87 ...)"): that one is the randomised comparison. Alone, the on-treatment
    estimate stays the trial's treatment effect."""
    effects = [i for i in items if i["role"] == "treatment_effect" and i["outcome"]]
    if len(effects) < 2:
        return
    cue = {id(i): _analysis_cue_before(text, i) for i in effects}
    by_itt = {i["outcome"] for i in effects if cue[id(i)] == "itt"}
    for item in effects:
        if cue[id(item)] == "period" and item["outcome"] in by_itt:
            item["role"], item["role_rule"] = "other", "role.on_treatment_beside_itt"


def extract_estimates(doc_id: str, text: str, record: dict) -> list[dict]:
    """Every estimate in ``text``, in order of position, as ESTIMATE_COLUMNS rows.

    The patterns read a normalised copy (see MatchingText); every offset written is
    mapped back, so ``text[char_start:char_end] == quote`` for the text as given.
    """
    if not text:
        return []
    matching = MatchingText(text)
    read = decimal_comma_text(matching.text)  # same length; None when the text uses points
    doc = _Document(doc_id, read or matching.text, record)
    ratios = _ratio_estimates(doc)
    taken = _merged(sorted(e["match"] for e in ratios))
    items = ratios + _proportion_estimates(doc, taken) + _median_estimates(doc)
    items.sort(key=lambda e: e["match"])
    for item in items:
        _resolve_outcome(doc, item)
    _on_treatment_beside_itt(doc.text, items)
    trial_of = _trial_attribution(text, record or {})
    for item in items:
        start, end = item["match"]
        item["trial"] = trial_of(
            item["sentence"], (matching.original(start), matching.original_end(end))
        )
    _arms_of_other_results(doc, items)
    _the_other_adjustment_of_a_table(doc.text, items)
    seen: dict[str, int] = {}
    return [_row(doc_id, item, text, matching, seen) for item in items]


# the analysis a table's column or row label names: "Unadjusted odds ratio (95% CI)",
# "Crude HR", "Incidence rate ratio (95% CI), adjusted", "Adjusted estimate"
_UNADJUSTED_LABEL_RE = re.compile(r"\b(?:unadjusted|crude|unstratified)\b", re.IGNORECASE)
_ADJUSTED_LABEL_RE = re.compile(r"(?<![Uu]n)(?<!UN)\b(?:adjusted|stratified)\b", re.IGNORECASE)
_TABLE_CELL_SEPARATOR_RE = re.compile(r"\t|\|")
_TABLE_LINE_REACH = 2000
# (a page with no word of adjustment has no table of two adjustments: looked for without
# lower-casing the page)
_ADJUSTMENT_WORD_RE = re.compile(r"adjust|crude", re.IGNORECASE)


def _table_cell_labels(text: str, start: int, blocks: dict) -> tuple[int, str] | None:
    """(where its table's block starts, its column's heading and its row's label) of the
    table cell holding offset ``start``; None outside a line of cells. ``blocks`` keeps the
    block's start of each line already walked up from, so that a table is walked once."""
    # (a table's row is a line of at most _TABLE_LINE_REACH characters each side: no line of
    # a page of one line is read whole for each of its estimates)
    newline = text.rfind("\n", max(0, start - _TABLE_LINE_REACH), start)
    if newline < 0 and start > _TABLE_LINE_REACH:
        return None
    line_start = newline + 1
    line_end = text.find("\n", start, start + _TABLE_LINE_REACH)
    if line_end < 0:
        if len(text) > start + _TABLE_LINE_REACH:
            return None
        line_end = len(text)
    line = text[line_start:line_end]
    if not _TABLE_CELL_SEPARATOR_RE.search(line):
        return None
    column = len(_TABLE_CELL_SEPARATOR_RE.findall(text[line_start:start]))
    # the block of lines of cells above, its first line the header
    block_start, pos, walked = line_start, line_start, []
    for _ in range(_TABLE_ROWS_REACH):
        if pos in blocks:
            block_start = blocks[pos]
            break
        walked.append(pos)
        if pos == 0:
            break
        newline = text.rfind("\n", max(0, pos - 1 - _TABLE_LINE_REACH), pos - 1)
        if newline < 0 and pos - 1 > _TABLE_LINE_REACH:
            break
        above = newline + 1
        if not _TABLE_CELL_SEPARATOR_RE.search(text, above, pos - 1):
            break
        block_start = pos = above
    for at in walked:
        blocks[at] = block_start
    heads = blocks.get(-1 - block_start)  # (a block's header cells, kept under its negated start)
    if heads is None:
        header_end = text.find("\n", block_start, block_start + _TABLE_LINE_REACH)
        header = text[
            block_start : header_end
            if header_end >= 0
            else min(len(text), block_start + _TABLE_LINE_REACH)
        ]
        heads = blocks[-1 - block_start] = _TABLE_CELL_SEPARATOR_RE.split(header)
    label = line[: _TABLE_CELL_SEPARATOR_RE.search(line).start()]
    head = heads[column] if block_start != line_start and column < len(heads) else ""
    return block_start, f"{head} | {label}"


def _the_other_adjustment_of_a_table(text: str, items: list[dict]) -> None:
    """A table giving its treatment effects both unadjusted and adjusted (in two columns,
    "Unadjusted odds ratio (95% CI) | Adjusted odds ratio (95% CI)", or two rows, "Incidence
    rate ratio, adjusted" and "..., unadjusted"): one analysis is the trial's, the other is
    another analysis of the same comparison. The trial's is the one whose figures the text's
    results give as a treatment effect, or, when they give the other's as another analysis
    ("After adjustment for confounding factors ..."), not that one; when the text says
    neither, the adjusted. The other's rows become ``other``."""
    effects = [
        i for i in items if i["role"] == "treatment_effect" and i["measure"] in RATIO_MEASURES
    ]
    if len(effects) < 2 or not _ADJUSTMENT_WORD_RE.search(text):
        return
    tables: dict[int, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    prose: dict[tuple, set[str]] = defaultdict(set)
    blocks: dict = {}
    for item in items:
        if item["measure"] not in RATIO_MEASURES:
            continue
        cell = _table_cell_labels(text, item["match"][0], blocks)
        numbers = (item["value"], item["ci_lower"], item["ci_upper"])
        if cell is None:
            prose[numbers].add(item["role"])
            continue
        if item["role"] != "treatment_effect":
            continue
        block, labels = cell
        kind = (
            "unadjusted"
            if _UNADJUSTED_LABEL_RE.search(labels)
            else ("adjusted" if _ADJUSTED_LABEL_RE.search(labels) else "")
        )
        if kind:
            tables[block][kind].append(item)
    for kinds in tables.values():
        if len(kinds) < 2:
            continue
        said = {
            kind: set().union(
                *(prose.get((i["value"], i["ci_lower"], i["ci_upper"]), set()) for i in rows)
            )
            for kind, rows in kinds.items()
        }
        if "treatment_effect" in said["unadjusted"] and "treatment_effect" not in said["adjusted"]:
            primary = "unadjusted"
        elif (
            "treatment_effect" in said["adjusted"] and "treatment_effect" not in said["unadjusted"]
        ):
            primary = "adjusted"
        elif "other" in said["adjusted"] and "other" not in said["unadjusted"]:
            primary = "unadjusted"
        else:
            primary = "adjusted"
        for kind, rows in kinds.items():
            if kind != primary:
                for item in rows:
                    item["role"], item["role_rule"] = "other", "role.other_adjustment_in_table"


# the rules whose comparison another result of the document may take: arms the estimate's
# own sentence or table row names (not the document's design, which the estimate would
# have taken already, nor this rule's own)
_OWN_ARMS_RULES_OTHER_THAN = frozenset(
    ("orientation.arms_of_document", "orientation.no_arms_known", "orientation.not_a_comparison")
)


# designs whose results are no randomised comparison of the document's own
_NO_OWN_COMPARISON_DESIGNS = frozenset(
    ("observational", "single_arm", "review", "meta_analysis", "commentary")
)


# a comparison's word before a name (not before the arms' figures, "4.8% vs 3.0%")
_COMPARISON_NAMED_RE = re.compile(
    r"\b(?:relative\s+to|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?![0-9])", re.IGNORECASE
)


# a line that opens a list item, a labelled field or a new paragraph
_NEXT_ITEM_RE = re.compile(r"\n[ \t]*(?:[-•*·–]\s|\n|[A-Z][\w -]{0,40}:)")


# a results table's rows under an outcome measure's title, and a title given after its label
_RESULTS_TABLE_LINE_RE = re.compile(
    r"[ \t]*(?:Arm/Group|Number\s+(?:of\s+)?(?:Participants\s+)?Analy[sz]ed|Overall\s+Number|Comparison\s+Groups?)",
    re.IGNORECASE,
)
_LABELLED_TITLE_RE = re.compile(r":[ \t]*[A-Za-z][^\s:]*[ \t]+\S")


def _arms_of_other_results(doc: _Document, items: list[dict]) -> None:
    """A treatment effect or subgroup whose sentence names no arms, in a document whose
    design names none either (``orientation.no_arms_known``), takes the one comparison the
    document's other results state: every other treatment effect or subgroup of the same
    trial whose own sentence or row names two arms names the same two, in the same order,
    the first no control ("793 in the vitamin D group and 824 in the placebo group; hazard
    ratio, 0.96" then "Hazard ratios for secondary outcomes were 0.83 ..."). Conventional,
    `orientation.arms_of_other_results`. Not for a trial of three or more arms, nor a
    document whose results name two comparisons or none (left unknown)."""
    if len(doc.arms) > 2 or doc.design in _NO_OWN_COMPARISON_DESIGNS:
        return
    effects = [i for i in items if i.get("role") in ("treatment_effect", "subgroup")]
    targets = [i for i in effects if i.get("orientation_rule") == "orientation.no_arms_known"]
    if not targets:
        return
    by_trial: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    read_in: set[tuple[int, int]] = set()  # sentences where a rule read a comparison
    for item in effects:
        comparison = item.get("comparison") or ""
        rule = (item.get("orientation_rule") or "").split(";")[0]
        if comparison and rule not in _OWN_ARMS_RULES_OTHER_THAN:
            key = " ".join(comparison.lower().split())
            by_trial.setdefault(item.get("trial") or "", set()).add(key)
            shown.setdefault(key, comparison)
            read_in.add(item["sentence"])
    for item in targets:
        found = by_trial.get(item.get("trial") or "", set())
        if (
            len(found) != 1
            or item["sentence"] in read_in
            or _COMPARISON_NAMED_RE.search(doc.text, *item["sentence"])
        ):
            # (a value its sentence's rules left apart from an estimate they read, "HIIT
            # gave ... (hazard ratio 0.63 ...) and MICT an absolute risk increase ... (1.24",
            # or a sentence naming a comparison no rule read, "..., and relative to
            # umeclidinium-vilanterol it was 0.75", may compare other arms: left unknown)
            continue
        comparison = shown[next(iter(found))]
        first, _, second = comparison.partition(" vs ")
        if not second or _CONTROL_WORDS_RE.search(first):
            continue
        item.update(_orientation_fields(None, comparison, "orientation.arms_of_other_results"))


_LABEL_GAP_RE = re.compile(r"\s*[(,:]\s*(?:the\s+|a\s+|its\s+)?")


def _labelled_in_sentence(doc, item) -> str:
    """The endpoint a "(primary endpoint)" label qualifies in the estimate's sentence
    ("Progression-free survival (primary endpoint, blinded independent review): ... hazard
    ratio 0.39"), for a document that defines no primary endpoint of its own; '' if none."""
    mentions = doc.outcomes.within(item["sentence"][0], item["match"][0])
    for before, label in zip(mentions, mentions[1:]):
        if (
            label[2] == item["outcome"]
            and before[2] not in AMBIGUOUS_OUTCOMES
            and _LABEL_GAP_RE.fullmatch(doc.text, before[1], label[0])
        ):
            return before[2]
    return ""


class _AsRead:
    """Offsets that need no mapping (MatchingText's interface, for text nobody normalised)."""

    shifted = False

    @staticmethod
    def original(i: int) -> int:
        return i

    original_end = original


def posted_estimates(doc_id: str, text: str, posted: list[dict]) -> list[dict]:
    """Rows of the estimates a structured record states in its fields (a registry's posted
    analyses, see readers_ctgov), with ids and spans as for estimates read from text."""
    matching = _AsRead()  # the offsets are already those of the text as read
    seen: dict[str, int] = {}
    rows = []
    for item in sorted(posted, key=lambda e: tuple(e["match"])):
        item = dict(item, sentence=tuple(item["sentence"]), match=tuple(item["match"]))
        rows.append(_row(doc_id, item, text, matching, seen))
    return rows


def _row(doc_id: str, item: dict, text: str, matching: MatchingText, seen: dict[str, int]) -> dict:
    """An estimate as a table row, its offsets mapped to the text as read."""
    (sent_start, sent_end), (match_start, match_end) = item.pop("sentence"), item.pop("match")
    p_start = item.pop("p_start", None)
    if p_start is not None:
        # p_text as written: the same span of the text as read
        p_end = matching.original_end(p_start + len(item["p_text"]))
        item["p_text"] = text[matching.original(p_start) : p_end]
    if matching.shifted:  # (else every offset is its own)
        sent_start, sent_end = matching.original(sent_start), matching.original_end(sent_end)
        match_start, match_end = matching.original(match_start), matching.original_end(match_end)
    return Estimate.row_of(
        estimate_id=stable_estimate_id(doc_id, item, seen),
        doc_id=doc_id,
        **item,
        char_start=sent_start,
        char_end=sent_end,
        quote=text[sent_start:sent_end],
        match_start=match_start,
        match_end=match_end,
        match_text=text[match_start:match_end],
    )
