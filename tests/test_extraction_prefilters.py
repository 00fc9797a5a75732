"""The literal prefilters of extraction's cue and arm searches decide exactly as the patterns.

A cue is searched only where one of its words (``extraction.CUE_WORDS``) is; that is right
only if every text the cue's pattern matches holds one of those words. These tests run each
pattern over the development corpora and over phrases written for each of its alternatives,
and fail on a match without a word.
"""

import random
import re
from pathlib import Path

import pytest

from metasynth import extraction

ROOT = Path(__file__).resolve().parents[1]

CORPORA = [
    ROOT / "tests" / name / "docs"
    for name in ("corpus", "corpus_areas", "corpus_holdout", "corpus_linking")
]

# At least one phrase per alternative of each cue's pattern (lower case, as the cues read).
PHRASES = {
    "quoted": [
        "a meta-analysis",
        "the pooled analysis",
        "prior randomized trials",
        "earlier studies",
        "previous reports",
        "other trials",
        "published analyses",
        "has been shown",
        "have shown",
        "a systematic review",
        "the cochrane review",
        "a review of 31 trials",
        "a review of twelve randomised trials",
    ],
    "sensitivity": [
        "a modified intention-to-treat analysis that excluded 6 patients",
        "in the efficacy population (excluding 18 pts",
        "in a negative binomial model of the same outcome",
        "the primary comparison was repeated in a cox model",
        "without adjustment, the hazard ratio",
        "in an unadjusted analysis, the hr",
        "adjusting for age made no difference",
        "analyzed according to the treatment they actually received",
        "a treatment-received analysis",
        "among miners who actually started isoniazid",
        "censored at crossover",
        "crossover-adjusted",
        "adjusted for cross-over",
        "sensitivity analysis",
        "per-protocol",
        "on-treatment population",
        "as-treated",
        "rank-preserving",
        "two-stage method",
        "inverse probability",
        "after adjustment for all retained variables",
        "after prespecified adjustment for imbalances",
    ],
    "subgroup_strong": [
        "in the subgroup",
        "sub-groups",
        "subsets",
        "strata",
        "interaction",
        "subpopulation",
        "category",
    ],
    "association": [
        "associated with",
        "multivariate",
        "multivariable",
        "univariate",
        "univariable",
        "cox regression",
        "prognostic",
        "predicted",
        "independently associated",
        "per unit",
        "per 1",
        "presence of",
        "risk factors",
        "levels were",
    ],
    "covariate": [
        "levels",
        "expression",
        "mutations",
        "polymorphism",
        "genotypes",
        "baseline",
        "status",
        "scores",
        "presence of",
        "performance status",
        "ecog",
        "risk group",
        "stage",
        "grade",
        "age",
    ],
    "subgroup_population": [
        "among participants receiving an sglt2 inhibitor at baseline",
        "among patients not on dialysis at randomisation",
        "by baseline egfr",
        "in the highest nt-probnp quartile",
        "participants without baseline diabetes",
        "in the full-dose cohort",
        "in the low/medium tau population",
    ],
    "subgroup_weak": [
        "in patients with",
        "for zone i disease",
        "in stage ii",
        "among patients with grade 3",
        "among the elderly who",
        "for those aged",
        "in women",
        "among non-smokers",
        "in non-asians",
        "among the japanese",
        "in caucasian",
        "in chinese",
        "among korean",
        "in europeans",
        "in american",
        "in western",
        "in eastern",
        "in hispanic",
        "in white",
        "in black",
        "in high-risk patients",
        "in older women",
        "of the patients with",
        "including those",
        "including 120 women",
        "in the egfr-positive",
        "in ighv-unmutated",
        "in kras mutant",
        "in braf mutated",
        "in the kras wild-type",
        "in pd-l1 high",
        "in tmb low",
        "aged over",
        "age ≥",
        "among children aged",
        "in adults with",
        "in individuals with",
        "in cases with",
        "in subjects with",
        "in participants with",
        "in younger men",
    ],
    "biomarker_strong": [
        "levels",
        "expression",
        "biomarkers",
        "mutations",
        "polymorphisms",
        "genotypes",
        "prognostic",
        "per unit",
        "predictors",
        "independent predictor",
    ],
    "comparative": [
        "vs.",
        "versus",
        "compared",
        "than",
        "favoured",
        "favors",
        "groups",
        "arms",
        "reduced",
        "improved",
    ],
    "biomarker": [
        "multivariate",
        "multivariable",
        "univariate",
        "univariable",
        "cox model",
        "prognostic",
        "predictive",
        "predictors",
        "independently associated",
        "biomarkers",
        "levels",
        "expression",
        "expressed",
        "per each",
        "risk factor",
        "associated with",
        "mutations",
        "polymorphism",
        "genotypes",
        "scores",
        "covariates",
        "baseline",
    ],
    "treatment": [
        "placebo",
        "treatment with",
        "treated with",
        "randomized to",
        "assigned to",
        "the addition of",
        "combination",
        "chemotherapy",
        "arms",
        "groups",
        "sorafenib",
        "trastuzumab",
        "rituximab",
        "bevacizumab",
        "pembrolizumab",
        "cisplatin",
        "paclitaxel",
        "doxorubicin",
        "everolimus",
        "palbociclib",
        "olaparib",
    ],
    "nonrandomised_comparison": [
        "tramadol was associated with higher mortality compared with naproxen ",
        "empagliflozin, as compared with sitagliptin, was associated with",
        "was associated with a risk lower than the risk associated with no cpr",
        "propensity",
        "matched",
        "weighted",
        "weighting",
        "initiators",
        "users",
        "use of",
        "exposure",
        "treated with",
        "cataract extraction was associated",
        "glaucoma surgery was associated",
        "surgical repair was associated",
        "nephrectomy was associated",
        "arthroplasty was associated",
        "transplantation was associated",
        "vaccination was associated",
        "medication periods were associated",
        "co-prescription was associated",
        "the procedure was associated",
        "ablation was associated",
        "stenting was associated",
    ],
}


def _random_texts(pieces: list[str], longest: int, count: int) -> list[str]:
    """``count`` texts of up to ``longest`` pieces drawn at random (the caller seeds
    ``random``)."""
    return [
        "".join(random.choice(pieces) for _ in range(random.randint(0, longest)))
        for _ in range(count)
    ]


def _corpus_texts() -> list[str]:
    """Every page of the corpora the prefilters are checked on."""
    return [
        p.read_text(encoding="utf-8") for folder in CORPORA for p in sorted(folder.glob("*.txt"))
    ]


def _has_word(name, matched):
    return any(w in matched for w in extraction.CUE_WORDS[name])


def test_every_cue_has_words_and_phrases():
    assert set(extraction.CUE_WORDS) == set(extraction._CUES) == set(PHRASES)
    for words in extraction.CUE_WORDS.values():
        assert all(w == w.lower() and not any(c.isspace() for c in w) for w in words)


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_phrases_match_their_cue_and_hold_a_word(name):
    for phrase in PHRASES[name]:
        m = extraction._CUES[name].search(phrase)
        assert m, f"{name}: {phrase!r} no longer matches; update PHRASES"
        assert _has_word(name, m.group()), f"{name}: {m.group()!r} holds none of its words"


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_every_match_in_the_corpora_holds_a_word(name):
    pattern = extraction._CUES[name]
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            lowered = path.read_text(encoding="utf-8").lower()
            for m in pattern.finditer(lowered):
                assert _has_word(name, m.group()), f"{path.name}: {name} {m.group()!r}"


def test_without_words_no_cue_is_searched():
    assert not extraction._cue_found("treatment", "hr 0.30 (95% ci 0.10-1.90), ")
    assert extraction._cue_found("treatment", "with sorafenib, hr ")


@pytest.mark.parametrize(
    "sentence",
    [
        "PFS was longer in the Sorafenib Arm than in the placebo arm (HR 0.5, 95% CI 0.3-0.8).",
        "Responses in the sorafenib GROUP and the placebo group (HR 0.5, 95% CI 0.3-0.8).",
        "Survival with sorafenib and with placebo (HR 0.5, 95% CI 0.3-0.8).",
        "Survival (HR 0.5, 95% CI 0.3-0.8) in one Cohort.",
    ],
)
def test_arm_noun_prefilter_reads_as_the_pattern(sentence):
    lowered = sentence.lower()
    assert extraction._sentence_arms(sentence, 0, len(sentence), lowered) == (
        extraction._sentence_arms(sentence, 0, len(sentence))
    )


def test_outcome_scan_grouped_by_first_character_finds_what_the_plain_alternation_finds():
    import re

    from metasynth import extraction_patterns as patterns

    plain = re.compile(r"(?<![a-z0-9_])(?:" + "|".join(patterns._SCAN_ALTERNATIVES) + ")")
    # a vocabulary phrase that opens with neither a plain character nor a group of them
    # (optional or not) would leave the scan ungrouped: the same pattern, several times
    # slower over a long page
    assert patterns.grouped_alternation(patterns._SCAN_ALTERNATIVES) is not None
    texts = [
        "cardiovascular death or first hospitalization for heart failure; cv death",
        "dmfs, mfs, 28-day mortality, twenty-eight day all-cause mortality, relapse rate",
        "progression-free survival and overall survival; pfs, os; time to progression",
        "≥50% reduction in monthly migraine days; progression of diabetic retinopathy, "
        "diabetic retinopathy; at least 50% reduction in migraine days",
    ]
    for folder in CORPORA:
        texts += [p.read_text(encoding="utf-8").lower() for p in sorted(folder.glob("*.txt"))]
    for text in texts:
        assert [m.span() for m in patterns._OUTCOME_LOWER_SCAN_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_outcome_named_by_first_character_as_by_every_phrase():
    """Where the scan finds a phrase, the pattern of the phrases that can start with its
    first character names the same phrase as the pattern of all of them: the first
    characters found for a phrase (optional parts included) are never too few."""
    from metasynth import extraction_patterns as patterns

    assert all(chars for chars in patterns._PHRASE_FIRST), "a phrase may start with any character"
    texts = [
        "first hospitalization for heart failure; total hospitalisations for worsening hf",
        "sustained decline of at least 40% in egfr; adjusted common odds ratio; remission",
        "severe hypoglycaemia; time to intracranial progression; non-fatal stroke; dmfs",
    ]
    for folder in CORPORA:
        texts += [p.read_text(encoding="utf-8").lower() for p in sorted(folder.glob("*.txt"))]
    for text in texts:
        for m in patterns._OUTCOME_LOWER_SCAN_RE.finditer(text):
            by_first = patterns._outcome_lower_re(text[m.start()]).match(text, m.start())
            full = patterns._OUTCOME_LOWER_RE.match(text, m.start())
            assert (by_first and (by_first.lastgroup, by_first.end())) == (
                full and (full.lastgroup, full.end())
            ), text[m.start() : m.start() + 60]


# Patterns searched only where a cheaper test passes: (pattern, the test's words, phrases
# for each alternative). Every match must hold one of the words (lower-cased for the
# case-insensitive patterns, which are prefiltered in lower-cased text).
WORD_PREFILTERS = {
    "not_an_estimate_before": (
        extraction._NOT_AN_ESTIMATE_BEFORE,
        extraction._NOT_AN_ESTIMATE_WORDS_RE,
        [
            "margin of",
            "threshold",
            "boundary",
            "assuming a",
            "hypothesised",
            "target",
            "powered to show a",
            "detect a",
            "expected",
            "Sample Size with a",
        ],
    ),
    "predictors_of": (
        extraction._PREDICTORS_OF_RE,
        extraction._PREDICTOR_WORDS_RE,
        ["predictors of ", "Risk factors for ", "determinant of ", "prognostic factors of "],
    ),
    "log_before": (
        extraction._LOG_BEFORE_RE,
        extraction._LOG_WORD_RE,
        [
            "log ",
            "LOG ",
            "ln ",
            "logarithm of the ",
            "log-transformed ",
            "logged ",
            "ln(",
            "Log ( ",
        ],
    ),
    "versus_orientation": (
        extraction.VERSUS_RE,
        extraction._ORIENTATION_PREFILTERS[extraction.VERSUS_RE],
        [
            "for nivolumab vs docetaxel,",
            "for drug A vs. drug B)",
            "surgery v. medical therapy;",
            "ticagrelor versus clopidogrel group",
            "in the early group, as compared with the late group,",
            "dapagliflozin compared with placebo)",
            "aspirin compared to placebo was",
            "intensive relative to standard therapy,",
            "the benefit of statin over placebo:",
        ],
    ),
    "slash_orientation": (
        extraction.SLASH_ORIENTATION_RE,
        extraction._ORIENTATION_PREFILTERS[extraction.SLASH_ORIENTATION_RE],
        ["(drug/placebo)", "[high dose : low dose]", "(A vs B)", "(surgery versus stenting)"],
    ),
    "named_subject_effect": (
        extraction._NAMED_SUBJECT_EFFECT_RE,
        extraction._COMPARISON_WORD_RE,
        [
            "TAVR reduced the risk of the primary endpoint by 46 percent compared with surgery ",
            "Surgery lowered mortality versus stenting ",
            "PCI improved survival vs. medical therapy",
            "The ICD prolonged survival relative to drugs",
            "Aspirin use was associated with fewer events compared with no aspirin",
            "Exercise reduces falls compared with control",
        ],
    ),
    "in_named_trial": (
        extraction.IN_NAMED_TRIAL_RE,
        extraction._TRIAL_SHAPED_RE,
        ["in FIRE-3, for", "In the FIGARO-DKD trial", "in ABC-12 and"],
    ),
    "pair_before_value": (
        extraction._PAIR_BEFORE_VALUE_RE,
        re.compile("vs|versus"),
        ["combination therapy versus lithium ", ", and the lower dose vs placebo gave an "],
    ),
}


@pytest.mark.parametrize("name", sorted(WORD_PREFILTERS))
def test_word_prefilters_find_every_match(name):
    pattern, words, phrases = WORD_PREFILTERS[name]
    folds = bool(pattern.flags & re.IGNORECASE)

    def holds_word(matched):
        return words.search(matched.lower() if folds else matched) is not None

    for phrase in phrases:
        m = pattern.search(phrase)
        assert m, f"{name}: {phrase!r} no longer matches; update the phrases"
        assert holds_word(m.group()), f"{name}: {m.group()!r} holds none of its words"
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            for m in pattern.finditer(text):
                assert holds_word(m.group()), f"{path.name}: {name} {m.group()!r}"


def test_not_value_before_ends_in_one_of_its_last_characters():
    phrases = ["P = ", "p-value:", "n =", "at ", "phase ", "/", "≥", "-", "margin ", "margin of "]
    matches = [extraction._NOT_VALUE_BEFORE.search(p) for p in phrases]
    assert all(matches), phrases
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            matches += list(extraction._NOT_VALUE_BEFORE.finditer(text))
    for m in matches:
        assert m.group().rstrip()[-1] in extraction._NOT_VALUE_BEFORE_LAST, m.group()


def test_ratio_keys_are_the_ratio_key_pattern_matches():
    texts = [
        "Hazard ratio, hazard ratios, HAZARD RATIO, odds ratio, Odds Ratio, ODDS RATIO, risk ratio,"
        " RISK RATIO, rate ratio, RATE RATIOS, incidence rate ratio, Incidence Rate Ratio,"
        " relative risk, Relative Risks, RELATIVE RISK, relative risk reduction; HR, HRs, aHR,"
        " adjHR, sHR, cHR, OR, aOR, RR, IRR, aIRR, cIRR; HR+, HR-positive, HR status, CHR, PHR,"
        " separate ratio, asterisk ratio, Holman RR(1), Bethel MA; 3HR, xOR",
    ]
    texts += _corpus_texts()
    for text in texts:
        assert [m.span() for m in extraction._ratio_keys(text)] == [
            m.span() for m in extraction.RATIO_KEY_RE.finditer(text)
        ]


def test_comma_decimals_found_from_their_comma_are_the_pattern_matches():

    from metasynth import extraction_patterns as patterns

    random.seed(2)
    characters = ["1", "2", ",", ".", "·", "a", " ", "٣"]
    texts = [
        "".join(random.choice(characters) for _ in range(random.randint(0, 10)))
        for _ in range(20000)
    ]
    texts += ["HR 0,69; 95% CI 0,55-0,87", "1,234 patients; 12,3 and 123,4 and x1,23,4"]
    texts += _corpus_texts()
    for text in texts:
        found = [m.span() for m in patterns._COMMA_DECIMAL.finditer(text)]
        at_comma = [m.start() for m in patterns._COMMA_DECIMAL_AT_COMMA.finditer(text)]
        assert [text.index(",", start) for start, _ in found] == at_comma, repr(text)
        assert [end for _, end in found] == [
            m.end() for m in patterns._COMMA_DECIMAL_AT_COMMA.finditer(text)
        ]


def test_p_before_matches_hold_a_p_and_end_in_a_separator():
    phrases = ["P = 0.03; ", "p<0.001,", "P ≤ .05 ;\n", "(p=0·02, "]
    for phrase in phrases:
        m = extraction.P_BEFORE_RE.search(phrase)
        assert m, phrase
        assert m.group().rstrip()[-1:] in (";", ",") and ("p" in m.group() or "P" in m.group())


def test_bare_ratio_opening_with_its_digit_finds_what_the_look_behind_form_finds():

    former = re.compile(r"(?<![\w.·,−–-])\d{1,2}[.·]\d{1,3}(?![\w.·])")
    random.seed(3)
    characters = ["1", "2", ".", "·", ",", "−", "–", "-", "a", "_", " ", "(", "٣"]
    texts = [
        "".join(random.choice(characters) for _ in range(random.randint(0, 12)))
        for _ in range(20000)
    ]
    texts += _corpus_texts()
    for text in texts:
        assert [m.span() for m in extraction._BARE_RATIO_RE.finditer(text)] == [
            m.span() for m in former.finditer(text)
        ], repr(text)


# Patterns rewritten to open with a letter and look behind it for the word boundary, beside
# the "\b" forms they replace: the same matches over random and corpus text.
LETTER_FIRST_FORMS = {
    "in_named_trial": (
        extraction.IN_NAMED_TRIAL_RE,
        r"\b[Ii]n\s+(?:the\s+)?(?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)+)\b"
        r"(?![-+/]|\s*(?:positive|negative|high|low|expression|express|mutat|status|score|level))",
        [
            "in FIRE-3, for",
            "In the FIGARO-DKD trial",
            "xin ABC-1",
            "in PD-L1-positive",
            "in ABC-12",
        ],
    ),
    "receiving": (
        extraction._RECEIVING_RE,
        r"\b(?:in|among)\s+(?:the\s+)?(?:patients|those|participants|subjects|individuals)\s+"
        r"(?:who\s+(?:were|was)\s+)?(?:receiving|requiring|undergoing|on)\s+(?P<care>[^,;()]{3,60})",
        [
            "among those receiving oxygen, ",
            "in patients who were undergoing dialysis",
            "within patients on dialysis",
            "amongst those on x",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(LETTER_FIRST_FORMS))
def test_letter_first_forms_find_what_the_boundary_forms_find(name):

    pattern, former_source, phrases = LETTER_FIRST_FORMS[name]
    former = re.compile(former_source)
    random.seed(5)
    pieces = ["in ", "In ", "among ", "the ", "ABC", "-1", "x", "é", "_", " ", "patients ", "on "]
    texts = phrases + _random_texts(pieces, 12, 20000)
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            texts += [text, text.lower()]
    for text in texts:
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in former.finditer(text)
        ], repr(text)
        for start in range(0, min(len(text), 40)):
            found, expected = pattern.search(text, start), former.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), repr(text)


def _line_start_scans():
    from metasynth import parsing, trials

    return {
        "outcome_header": (extraction._OUTCOME_HEADER_RE, extraction._OUTCOME_HEADER_OPENER),
        "registry_arm": (parsing._REGISTRY_ARM_RE, parsing._REGISTRY_ARM_OPENER),
        "own_id_field": (parsing._OWN_ID_FIELD_RE, parsing._OWN_ID_FIELD_OPENER),
        "acronym_field": (trials._ACRONYM_FIELD_RE, trials._ACRONYM_FIELD_OPENER),
        "reference_heading": (trials._REFERENCE_HEADING_RE, trials._REFERENCE_HEADING_OPENER),
    }


@pytest.mark.parametrize("name", sorted(_line_start_scans()))
def test_line_start_scans_find_what_the_patterns_find(name):

    from metasynth.textscan import matches_at_line_starts

    pattern, opener = _line_start_scans()[name]
    random.seed(7)
    pieces = [
        "\n",
        " ",
        "\t",
        "Outcome Measure:",
        "1. Primary Outcome",
        "Title:",
        "Other ",
        "x",
        "Experimental: drug A",
        "Placebo Comparator : placebo",
        "NCT Number: NCT01234567",
        "Acronym: STEP",
        "A.3.2 Name or abbreviated title of the trial where available: X",
        "Similar articles",
        "SEE ALSO",
        "ſee also",
        "Cited by\n",
        ":",
        "\r",
    ]
    texts = _random_texts(pieces, 14, 20000) + _corpus_texts()
    for text in texts:
        spans = [m.span() for m in matches_at_line_starts(pattern, opener, text)]
        assert spans == [m.span() for m in pattern.finditer(text)], repr(text)
        for pos, endpos in ((1, len(text)), (3, len(text) - 2), (0, len(text) // 2)):
            found = [m.span() for m in matches_at_line_starts(pattern, opener, text, pos, endpos)]
            assert found == [m.span() for m in pattern.finditer(text, pos, max(endpos, 0))]


def test_connectors_looking_behind_after_two_letters_find_what_the_former_pattern_finds():

    former = re.compile(
        r"(?:t(?<![\w-].)han|v(?<![\w-].)(?:ersus|s\.?|\.)|a(?<![\w-].)s\s+compared\s+(?:with|to)"
        r"|c(?<![\w-].)ompared\s+(?:with|to)|r(?<![\w-].)elative\s+to"
        r"|i(?<![\w-].)n\s+comparison\s+with|o(?<![\w-].)ver|n(?<![\w-].)on-?inferior\s+to"
        r"|i(?<![\w-].)nferior\s+to|s(?<![\w-].)uperior\s+to|o(?<![\w-].)utperform(?:ed|s)?"
        r"|d(?<![\w-].)iffer(?:ed|s)?\s+(?:significantly\s+)?from)"
        r"(?![\w-])"
    )
    random.seed(11)
    pieces = [
        "than",
        "versus",
        "vs",
        "v.",
        "as compared with",
        "compared to",
        "relative to ",
        "in comparison with",
        "over",
        "non-inferior to",
        "noninferior to",
        "superior to ",
        "outperformed",
        "differed from",
        "did not differ significantly from ",
        "-",
        "x",
        " ",
        "é",
        "_",
        "1",
    ]
    texts = _random_texts(pieces, 10, 20000) + _corpus_texts()
    for text in texts:
        assert [m.span() for m in extraction._CONNECTOR_RE.finditer(text)] == [
            m.span() for m in former.finditer(text)
        ], repr(text)


def test_ratio_key_starts_are_where_the_former_scan_matched():

    b = r"(?<![A-Za-z0-9].)"
    former = re.compile(
        rf"H{b}(?:azard|AZARD|R)|h{b}azard|O{b}(?:dds|DDS|R)|o{b}dds"
        rf"|R{b}(?:isk|ISK|ate|ATE|elative|ELATIVE|R)|r{b}(?:isk|ate|elative)"
        rf"|I{b}(?:ncidence|RR)|i{b}ncidence|P{b}revalence|p{b}revalence"
        rf"|a{b}(?:dj)?(?:HR|OR|RR|IRR)|s{b}(?:HR|OR|RR|IRR)|c{b}(?:HR|OR|RR|IRR)"
    )
    random.seed(13)
    pieces = [
        "Hazard",
        "HAZARD",
        "HR",
        "hazard",
        "Odds",
        "ODDS",
        "OR",
        "odds",
        "Risk",
        "RISK",
        "Rate",
        "RATE",
        "Relative",
        "RELATIVE",
        "RR",
        "risk",
        "rate",
        "relative",
        "Incidence",
        "IRR",
        "incidence",
        "Prevalence",
        "prevalence",
        "adjHR",
        "aOR",
        "sRR",
        "cIRR",
        "a",
        "s",
        "c",
        "x",
        "1",
        " ",
        "-",
        "é",
    ]
    texts = _random_texts(pieces, 8, 20000)
    for text in texts:
        for pos in range(len(text) + 1):
            found = extraction._RATIO_KEY_START_RE.search(text, pos)
            expected = former.search(text, pos)
            assert (found and found.start()) == (expected and expected.start()), repr(text)


def test_source_type_markers_grouped_find_what_the_plain_patterns_find():

    from metasynth import parsing

    plain_registry = re.compile(parsing._REGISTRY_MARKER_PHRASES)
    plain_abstract = re.compile(r"(?<![A-Za-z])(?:" + parsing._ABSTRACT_MARKER_PHRASES + ")")
    random.seed(17)
    pieces = [
        "Study Type:",
        "Enrollment (",
        "Enrollment:",
        "Public title:",
        "Public title  ",
        "Public\ttitle\t",
        "Secondary ID   x",
        "Sponsor's Protocol Code Number:",
        "Abstract",
        "BACKGROUND: ",
        "Conclusion",
        "doi:",
        "PMID",
        "patients",
        "©",
        "primary end points",
        "xMethods",
        "randomised",
        " ",
        "\t",
        "x",
        ":",
    ]
    texts = _random_texts(pieces, 8, 20000) + _corpus_texts()
    for text in texts:
        for grouped, plain in (
            (parsing._REGISTRY_MARKERS, plain_registry),
            (parsing._ABSTRACT_MARKERS, plain_abstract),
        ):
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], repr(text)


def test_doi_found_from_its_first_digit_as_after_a_boundary():

    from metasynth import parsing

    former = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
    random.seed(19)
    pieces = ["10.1056/", "NEJMoa", "110.1234/x", "a10.1234/", " ", "1", "0", ".", "/", "x", "é"]
    texts = _random_texts(pieces, 8, 20000) + _corpus_texts()
    for text in texts:
        assert [m.span(1) for m in parsing._DOI_RE.finditer(text)] == [
            m.span(1) for m in former.finditer(text)
        ], repr(text)


def test_percentages_found_from_their_sign_are_the_pattern_matches():
    import sys

    # the walk back reads \s as str.isspace and \d as str.isdecimal
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert bool(re.match(r"\s", c)) == c.isspace(), hex(code)
        assert bool(re.match(r"\d", c)) == c.isdecimal(), hex(code)
    random.seed(23)
    pieces = ["1", "2", "9", ".", "·", "⋅", "%", " ", "\u00a0", "\n", "CI", " CI", "a", "-", "٣"]
    texts = _random_texts(pieces, 12, 50000)
    texts += ["95% CI 10%", "1.2.5%", ".5%", "12 %", "3.45 \n%", "x%%5%"]
    texts += _corpus_texts()
    for text in texts:
        assert [m.span() for m in extraction._percentages(text)] == [
            m.span() for m in extraction.PERCENT_RE.finditer(text)
        ], repr(text)


def test_patterns_looking_behind_after_two_characters_match_as_the_former_ones():

    from metasynth import parsing, trials

    num = extraction.NUM
    former_median = re.compile(
        extraction.MEDIAN_RE.pattern.replace(
            "(?:Me(?<![A-Za-z]..)dian|ME(?<![A-Za-z]..)DIAN|me(?<![A-Za-z]..)dian)",
            "(?:M(?<![A-Za-z].)(?:edian|EDIAN)|m(?<![A-Za-z].)edian)",
        )
    )
    assert former_median.pattern != extraction.MEDIAN_RE.pattern and num in former_median.pattern
    former_phase = re.compile(
        parsing._PHASE_RE.pattern.replace("[Pp][Hh](?<!\\w..)(?i:ase", "[Pp](?<!\\w.)(?i:hase")
    )
    assert former_phase.pattern != parsing._PHASE_RE.pattern
    former_ids = re.compile(
        "|".join(
            f"{start[0]}(?<![A-Za-z0-9].){start[1:]}"
            for start in (
                (
                    "NCT ISRCTN EudraCT ACTRN ChiCTR JPRN UMIN JapicCTI jRCT DRKS CTRI/ PACTR IRCT"
                    " TCTR SLCTR/ LBCTR RPCEC RBR-"
                ).split()
                + [r"NTR\d", r"KCT\s?\d", r"19\d\d-\d{6}-", r"20\d\d-\d{6}-"]
            )
        )
    )
    pairs = [
        (extraction.MEDIAN_RE, former_median),
        (parsing._PHASE_RE, former_phase),
        (trials._REGISTRY_ID_SCAN_RE, former_ids),
    ]
    random.seed(29)
    pieces = [
        "median ",
        "Median",
        "MEDIAN",
        "xmedian",
        "overall survival ",
        "12.5",
        " months",
        "phase",
        "Phase",
        "PHASE",
        "aphase",
        " 3",
        " II",
        "/",
        "NCT",
        "NCT0123456",
        "7",
        "2019-123456-",
        "19",
        "KCT",
        "x",
        " ",
        "-",
        "é",
    ]
    texts = _random_texts(pieces, 10, 30000) + _corpus_texts()
    for text in texts:
        for pattern, former in pairs:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in former.finditer(text)
            ], (pattern.pattern[:30], repr(text))


def test_outcome_starts_found_after_a_break_are_where_the_scan_matches():

    from metasynth import extraction_patterns as patterns

    random.seed(31)
    pieces = [
        "overall survival",
        "os",
        "pfs",
        "progression-free survival",
        "death",
        "mortality",
        "cardiovascular death",
        " ",
        ",",
        "(",
        "x",
        "_",
        "1",
        "-",
        "é",
        "hf",
        "stroke",
    ]
    texts = _random_texts(pieces, 10, 30000)
    for folder in CORPORA:
        texts += [p.read_text(encoding="utf-8").lower() for p in sorted(folder.glob("*.txt"))]
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text)), (2, len(text) - 3)):
            end = max(end, 0)
            assert list(patterns._outcome_starts(text, start, end)) == [
                m.start() for m in patterns._OUTCOME_LOWER_SCAN_RE.finditer(text, start, end)
            ], (start, end, repr(text))


def test_matching_text_replaces_each_character_as_one_substitution_did():

    from metasynth import extraction_patterns as patterns

    table = patterns._SAME_LENGTH
    former = re.compile("[" + "".join(table) + "]")
    random.seed(37)
    pieces = [*table, "a", " ", "\n", "-", "1", "\u200b", "\u00ad"]
    for _ in range(20000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 12)))
        kept = patterns._INVISIBLE_RE.sub("", text)
        assert patterns.MatchingText(text).text == former.sub(lambda m: table[m.group()], kept)


def test_page_ratio_keys_are_the_ratio_key_pattern_matches():

    random.seed(41)
    pieces = [
        "hazard",
        "Hazard",
        "HAZARD",
        "odds",
        "ODDS",
        "risk",
        "Rate",
        "incidence",
        "Incidence",
        "prevalence",
        "relative",
        "RELATIVE",
        " ",
        "  ",
        "\n",
        "\u00a0",
        "ratio",
        "Ratios",
        "RATIO",
        "HR",
        "OR",
        "RR",
        "IRR",
        "a",
        "adj",
        "s",
        "c",
        "x",
        "1",
        "é",
        "-",
        "+",
        "reduction",
        "positive",
        "rate",
    ]
    texts = _random_texts(pieces, 10, 50000) + _corpus_texts()
    for text in texts:
        assert [m.span() for m in extraction._page_ratio_keys(text)] == [
            m.span() for m in extraction.RATIO_KEY_RE.finditer(text)
        ], repr(text)


def test_a_text_without_words_has_none_in_any_lower_cased_part():

    random.seed(43)
    words = {
        "names_cue_words": extraction._ANY_CUE_WORD_RE,
        "names_population_words": extraction._POPULATION_WORD_RE,
        "names_predictor_words": extraction._PREDICTOR_WORDS_RE,
        "names_design_words": extraction._NOT_AN_ESTIMATE_WORDS_RE,
    }
    # letters whose lower case depends on context or on other letters (final sigma, the
    # Kelvin sign, dotted capital I), beside ASCII pieces of the words
    pieces = ["Σ", "ΑΣ", "\u212a", "İ", "PER", "Pe", "r", "RISK", "ris", "k", " ", "HR", "0.5", "s"]
    for _ in range(20000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 10)))
        doc = extraction._Document("d", text, {})
        for name, pattern in words.items():
            if getattr(doc, name):
                continue
            for a in range(len(text) + 1):
                for b in range(a, len(text) + 1):
                    assert pattern.search(text[a:b].lower()) is None, (name, text, a, b)


def test_cited_names_grouped_find_what_the_plain_alternation_finds():
    random.seed(47)
    names = ["ABC-1", "ABC", "SPRINT", "COLCOT", "LoDoCo2", "DAPA-HF", "4S-X", "EMPA-REG OUTCOME"]
    doc = extraction._Document("d", "x", {"trial_names_cited": ";".join(names)})
    escaped = [re.escape(n) for n in sorted(names, key=len, reverse=True)]
    former = re.compile(r"(?<![\w-])(?:" + "|".join(escaped) + r")(?![\w-])")
    pieces = [*names, " ", "-", "x", "1", "é", "_", "ABC-12", "(", ")"]
    for _ in range(30000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 8)))
        assert [m.span() for m in doc._cited_names_re().finditer(text)] == [
            m.span() for m in former.finditer(text)
        ], repr(text)


def test_page_connectors_are_the_connector_pattern_matches():
    random.seed(53)
    pieces = [
        "than",
        "versus",
        "vs",
        "vs.",
        "v.",
        "as",
        "compared",
        "comparison",
        "in",
        "with",
        "to",
        "relative",
        "over",
        "non-inferior",
        "noninferior",
        "inferior",
        "superior",
        " ",
        "  ",
        "\n",
        "-",
        "x",
        "é",
        "1",
        ".",
    ]
    texts = _random_texts(pieces, 10, 50000) + _corpus_texts()
    for text in texts:
        assert [m.span() for m in extraction._page_connectors(text)] == [
            m.span() for m in extraction._CONNECTOR_RE.finditer(text)
        ], repr(text)


def test_medians_found_from_their_letters_are_the_pattern_matches():
    random.seed(59)
    pieces = [
        "median",
        "Median",
        "MEDIAN",
        "xmedian",
        " overall survival ",
        "12.5",
        "10",
        " months",
        " vs ",
        " and ",
        "(",
        "9.1 mo",
        " ",
        "m",
        "edian",
        "é",
    ]
    texts = _random_texts(pieces, 10, 50000) + _corpus_texts()
    for text in texts:
        assert [m.span() for m in extraction._medians(text)] == [
            m.span() for m in extraction.MEDIAN_RE.finditer(text)
        ], repr(text)


def test_registration_statements_found_from_their_words_are_the_pattern_matches():
    from metasynth import trials

    random.seed(61)
    pieces = [
        "ClinicalTrials.gov",
        "ClinicalTrials",
        ".gov",
        "ISRCTN",
        "EudraCT",
        "Current",
        " Controlled",
        " Trials",
        " number",
        " numbers",
        " identifier",
        " ",
        "\n",
        "x",
    ]
    texts = _random_texts(pieces, 10, 30000) + _corpus_texts()
    for text in texts:
        assert [m.span() for m in trials._registration_statements(text)] == [
            m.span() for m in trials._REGISTRATION_LIST_RE.finditer(text)
        ], repr(text)


def test_arm_before_prefilter_reads_as_the_pattern():
    texts = [
        "Median survival in the Sorafenib Arm was 10.7 months",
        "in the placebo GROUP 7.9 months",
        "among patients in the low-dose cohorts, 12 months",
        "with sorafenib 10 months",
    ]
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            texts += [text[i : i + 300] for i in range(0, len(text), 150)]
    for text in texts:
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        for start, pos in ((0, len(text)), (10, len(text) - 20), (0, len(text) // 2)):
            assert extraction._arm_before(text, start, pos, lowered) == extraction._arm_before(
                text, start, pos
            ), text


def test_phase_mentions_found_from_their_letters_are_the_pattern_matches():
    from metasynth import parsing

    random.seed(71)
    pieces = [
        "phase",
        "Phase",
        "PHASE",
        "pHase",
        "aphase",
        " ",
        "3",
        " II",
        "/",
        "-",
        "and",
        "or",
        "phase 2",
        "ph",
        "x",
        "é",
    ]
    texts = _random_texts(pieces, 10, 30000) + _corpus_texts()
    for text in texts:
        assert [m.span() for m in parsing._phase_mentions(text)] == [
            m.span() for m in parsing._PHASE_RE.finditer(text)
        ], repr(text)


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_cue_existence_forms_match_where_the_cue_does(name):
    fast, slow = extraction._CUE_FORMS[name]
    pattern = extraction._CUES[name]

    def found(text):
        return fast.search(text) is not None or (slow is not None and slow.search(text) is not None)

    texts = [p for phrases in PHRASES.values() for p in phrases]
    texts += [f"{a}{p}{b}" for p in list(texts) for a, b in (("x", ""), ("-", ""), ("", "x"))]
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            lowered = path.read_text(encoding="utf-8").lower()
            texts += [lowered[i : i + 200] for i in range(0, len(lowered), 60)]
    for text in texts:
        assert found(text) == (pattern.search(text) is not None), (name, text)
