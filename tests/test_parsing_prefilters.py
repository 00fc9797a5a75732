"""The fast forms of parsing's line tests decide exactly as the patterns they stand for."""

from pathlib import Path

import pytest

from metasynth import parsing

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    ROOT / "tests" / name / "docs"
    for name in ("corpus", "corpus_areas", "corpus_holdout", "corpus_linking")
]
LINES = [
    "ASCO Annual Meeting 2019",
    "European Society Symposium",
    "Congress of the ESC",
    "Proceedings of the society",
    "J Clin Oncol 37, suppl 15",
    "Ann Oncol (2019) 30 (Supplement 5)",
    "ASupplement and xsuppl are inside words",
    "Lancet Oncol 20, 1234",
    "Skip to main content",
    "Log in | Sign in",
    "LOGIN",
    "Subscribe to the journal",
    "Visit the official website",
    "Homepage",
    "We use cookies",
    "  PubMed  ",
    "pmc free article",
    "ClinicalTrials.gov",
    "The Lancet",
    "OXFORD ACADEMIC",
    "A plain title of a randomised trial of drugamab in lung cancer",
    "Home  ›  Journals  ›  Article",
    "Dotless ı and long ſ: ſubscribe, ſkip to, logın",
    "İ cookie with a capital dotted I",
]


def _lines():
    lines = list(LINES)
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[:60]]
    return lines


@pytest.mark.parametrize("line", LINES)
def test_listed_lines(line):
    assert parsing._conference_line(line) == bool(parsing._CONFERENCE_LINE_RE.search(line))
    assert parsing._navigation_line(line) == bool(
        len(parsing._MENU_SEPARATOR_RE.findall(line)) >= 2 or parsing._SITE_LINE_RE.search(line)
    )


def test_corpus_lines():
    for line in _lines():
        assert parsing._conference_line(line) == bool(parsing._CONFERENCE_LINE_RE.search(line))
        assert parsing._navigation_line(line) == bool(
            len(parsing._MENU_SEPARATOR_RE.findall(line)) >= 2 or parsing._SITE_LINE_RE.search(line)
        )


# At least one phrase per alternative of each design pattern (lower case, as design reads).
DESIGN_PHRASES = {
    "meta": [
        "meta-analysis",
        "pooled analysis",
        "systematic review",
        "network meta",
        "cochrane database of systematic reviews",
    ],
    "meta_self": [
        "this meta-analysis",
        "our systematic review",
        "the present pooled analysis",
        "meta-analysis was performed",
        "eligible studies",
        "included trials",
        "studies were included",
        "trials were included",
        "searched pubmed",
        "we included 15 trials involving 17,674 women",
        "we found 108 randomised controlled trials",
        "we identified twenty-three eligible rcts",
        "13,518 participants, 63 studies; high-certainty evidence",
        "participants = 17,674; studies = 14)",
        "data collection and analysis",
        "two review authors independently assessed trials",
        "gathered individual data from the prospective studies",
        "we obtained individual participant data from 58 trials",
    ],
    "review_self": ["in this review", "we review", "review"],
    "own_randomisation": [
        "methods: in a nationwide, randomized, placebo-controlled trial",
        "in this two-year, multicenter, double-masked trial",
        "we did an open-label, randomised trial",
        "design, setting, and participants  multicenter, open-label randomized trial",
        "of 530 patients randomised",
        "randomization included 3178 patients",
        "study 301 (nct02946463; 246 randomised)",
        "randomized them double-blind to",
        "were allocated at random to",
        "were put by chance into one of two groups",
        "by chance (randomisation), half of the people",
        "randomly assigning them to",
        "assigned in a 2:1 ratio to",
        "we ran two double-blind, placebo-controlled phase 3 trials",
    ],
    "commentary_self": [
        "this editorial",
        "our commentary",
        "this news roundup",
        "the present guideline",
        "this summary of recommendations",
        "for immediate release",
    ],
    "observational": [
        "a case-crossover design compared",
        "a self-controlled case series",
        "retrospective",
        "observational",
        "non-interventional",
        "cohort study",
        "real-world",
        "case-control",
        "consecutive patients",
        "prospective cohort",
        "population-based",
        "chart review",
        "medical records",
        "registry data",
        "database",
        "study type: observational",
        "in a regression-discontinuity design",
        "used that natural experiment",
        "an instrumental-variable analysis",
        "a difference-in-differences analysis",
        "an interrupted time series",
        "a target trial emulation",
        "emulating a target trial",
    ],
    "observational_unless_randomised": [
        "using nationwide swedish registers",
        "through the national register",
        "disease-based registry",
        "in this registry of",
        "matched control group",
        "time-varying exposure",
        "exposures  treatments",
        "in a cohort of patients with rheumatoid arthritis",
        "the cohort comprised 1240 patients",
        "confounding by indication",
        "a marginal structural cox model",
        "for a cohort of 26.3 million residents",
        "the open cohort comprised",
        "two large prospective u.s. cohorts",
        "the health professionals follow-up study",
        "the nurses' health study",
        "the hunt population study",
        "we linked nationwide danish data",
        "va electronic health records",
        "adjusted for potential confounders",
        "residual confounding cannot be excluded",
    ],
    "single_arm": [
        "single-arm",
        "one-arm",
        "intervention model: single group",
        "open-label phase 2",
        "multicenter, phase 2 study",
        "phase 2 open",
    ],
    "early_phase": ["phase ii study"],
}


def test_every_design_pattern_has_words_and_phrases():
    assert set(parsing.DESIGN_WORDS) == set(parsing._DESIGN_PATTERNS) == set(DESIGN_PHRASES)


@pytest.mark.parametrize("name", sorted(DESIGN_PHRASES))
def test_design_matches_hold_a_word(name):
    pattern, words = parsing._DESIGN_PATTERNS[name], parsing.DESIGN_WORDS[name]
    matches = []
    for phrase in DESIGN_PHRASES[name]:
        m = pattern.search(phrase)
        assert m, f"{name}: {phrase!r} no longer matches; update DESIGN_PHRASES"
        matches.append(m)
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            matches += list(pattern.finditer(path.read_text(encoding="utf-8").lower()))
    for m in matches:
        assert any(w in m.group() for w in words), f"{name}: {m.group()!r} holds none of its words"


@pytest.mark.parametrize(
    "pattern, anchors",
    [
        (parsing._RANDOMIZATION_ANCHOR_RE, parsing._RANDOMIZATION_ANCHORS),
        (parsing._ASSIGNMENT_ANCHOR_RE, parsing._ASSIGNMENT_ANCHORS),
    ],
)
def test_anchors_word_by_word_are_the_pattern_matches(pattern, anchors):
    texts = [
        "random randomised Randomized nonrandomized single-arm single group singlearm"
        " allocation: reallocation: randomly Randomly allocated Allocated assigned Assigned"
        " reassigned xrandom _random 1random"
    ]
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            texts += [text, text.lower()]
    for text in texts:
        assert [m.span() for m in anchors.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_nouns_one_by_one_are_the_noun_pattern_matches():
    texts = ["patients women men womenfolk mpatients patientsx people, persons; cases volunteers"]
    for folder in CORPORA:
        texts += [p.read_text(encoding="utf-8").lower() for p in sorted(folder.glob("*.txt"))]
    for text in texts:
        assert [m.span() for m in parsing._NOUNS.finditer(text)] == [
            m.span() for m in parsing._NOUN_RE.finditer(text)
        ]


def test_menu_separators_are_the_menu_separator_matches():
    lines = _lines() + ["a  b | c › d\t\te", "x |y", " \t|"]
    for line in lines:
        assert [m.span() for m in parsing._MENU_SEPARATORS_RE.finditer(line)] == [
            m.span() for m in parsing._MENU_SEPARATOR_RE.finditer(line)
        ]
