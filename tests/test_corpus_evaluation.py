"""Extraction scores on the annotated development corpus (tests/corpus)."""

import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

from metasynth.evaluation import evaluate, format_report  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def scores():
    if not (CORPUS / "docs").is_dir() or not (CORPUS / "gold_estimates.csv").is_file():
        pytest.skip(f"no annotated corpus at {CORPUS} (docs/ and gold_estimates.csv) yet")
    result = evaluate(CORPUS)
    if not result["n_gold"]:
        pytest.skip("the corpus has no gold ratio estimates yet")
    return result


def _at_least(result, key, threshold):
    value = result[key]
    assert not math.isnan(value) and value >= threshold, (
        f"{key} {value:.3f} < {threshold}\n{format_report(result)}"
    )


def test_precision(scores):
    _at_least(scores, "precision", 0.97)


def test_recall(scores):
    _at_least(scores, "recall", 0.97)


def test_role_accuracy(scores):
    _at_least(scores, "role_accuracy", 0.95)


def test_outcome_accuracy(scores):
    _at_least(scores, "outcome_accuracy", 0.95)


def test_orientation_accuracy(scores):
    _at_least(scores, "orientation_accuracy", 0.95)


def test_evaluation_command_runs(tmp_path):
    import subprocess

    if not (CORPUS / "docs").is_dir():
        pytest.skip(f"no annotated corpus at {CORPUS} yet")
    command = [
        sys.executable,
        str(ROOT / "scripts" / "evaluate_extraction.py"),
        str(CORPUS),
        "--json",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert '"precision"' in done.stdout


AREAS = ROOT / "tests" / "corpus_areas"


@pytest.mark.skipif(not (AREAS / "gold_estimates.csv").is_file(), reason="no multi-area corpus")
def test_multi_area_corpus_does_not_regress():
    """The six-area development corpus, written apart from the code (140 documents, 413
    estimates): floors a little below what the rules reach today (precision 1.000, recall
    0.939, outcome 0.817, role 0.964, the numerator the pipeline would use 0.713; since the
    comparative-construction rule, orientation 0.891 against 0.771 before), so a change that
    loses ground fails."""
    result = evaluate(AREAS)
    for key, floor in (
        ("precision", 0.97),
        ("recall", 0.92),
        ("outcome_accuracy", 0.80),
        ("role_accuracy", 0.95),
        ("orientation_accuracy", 0.87),
        ("numerator_accuracy", 0.70),
    ):
        _at_least(result, key, floor)


BLIND = ROOT / "tests" / "corpus_blind"


@pytest.mark.skipif(not (BLIND / "gold_estimates.csv").is_file(), reason="no blind corpus")
def test_blind_corpus_does_not_regress():
    """The non-oncology development corpus written blind to the code (45 documents, 146
    estimates; 29 of its outcome codes name one trial's own composite, which no vocabulary
    rule reaches): floors under today's precision 1.000, recall 0.938, outcome 0.599, role
    0.956, numerator 0.722; orientation 0.844 since the comparative-construction rule, 0.723
    before."""
    result = evaluate(BLIND)
    for key, floor in (
        ("precision", 0.97),
        ("recall", 0.92),
        ("outcome_accuracy", 0.58),
        ("role_accuracy", 0.94),
        ("orientation_accuracy", 0.82),
        ("numerator_accuracy", 0.70),
    ):
        _at_least(result, key, floor)


BLIND2 = ROOT / "tests" / "corpus_blind2"


@pytest.mark.skipif(not (BLIND2 / "gold_estimates.csv").is_file(), reason="no second blind corpus")
def test_second_blind_corpus_does_not_regress():
    """The second corpus written blind to the code (50 documents, 27 oncology, 152
    estimates, for breadth of wording about arms and roles; used for development since it
    was added). When it arrived the rules scored precision 0.986, recall 0.908, outcome
    0.652, role 0.783, orientation 0.652, numerator 0.516 (at the revision before the
    comparative-construction rule: orientation 0.558, numerator 0.438); the floors sit
    under what the rules reach now (role 0.891)."""
    result = evaluate(BLIND2)
    for key, floor in (
        ("precision", 0.97),
        ("recall", 0.89),
        ("outcome_accuracy", 0.63),
        ("role_accuracy", 0.87),
        ("orientation_accuracy", 0.63),
        ("numerator_accuracy", 0.48),
    ):
        _at_least(result, key, floor)


BLIND3 = ROOT / "tests" / "corpus_blind3"


@pytest.mark.skipif(not (BLIND3 / "gold_estimates.csv").is_file(), reason="no third blind corpus")
def test_third_blind_corpus_does_not_regress():
    """The third corpus written blind to the code (50 documents, 41 outside oncology, 158
    estimates; 36 of its outcome codes are invented for one trial's endpoint, which no
    vocabulary rule reaches; used for development since it was added). At the revision
    before it arrived the rules scored precision 0.993, recall 0.956, outcome 0.517, role
    0.874, orientation 0.669, numerator 0.603; the floors sit under what they reach now."""
    result = evaluate(BLIND3)
    for key, floor in (
        ("precision", 0.98),
        ("recall", 0.95),
        ("outcome_accuracy", 0.57),
        ("role_accuracy", 0.92),
        ("orientation_accuracy", 0.68),
        ("numerator_accuracy", 0.64),
    ):
        _at_least(result, key, floor)


BLIND4 = ROOT / "tests" / "corpus_blind4"


@pytest.mark.skipif(not (BLIND4 / "gold_estimates.csv").is_file(), reason="no fourth blind corpus")
def test_fourth_blind_corpus_does_not_regress():
    """The fourth corpus written blind to the code (44 oncology documents, 164 estimates,
    for the roles of estimates). At the revision before it arrived the rules scored
    precision 1.000, recall 0.939, outcome 0.961, role 0.708, orientation 0.851, numerator
    0.703; on arrival, before any use, 1.000, 0.951, 0.962, 0.744, 0.865, 0.757; the floors
    sit under what the rules reach now (recall 1.000 with tables read, role 0.841,
    numerator 0.838)."""
    result = evaluate(BLIND4)
    for key, floor in (
        ("precision", 0.98),
        ("recall", 0.99),
        ("outcome_accuracy", 0.95),
        ("role_accuracy", 0.83),
        ("orientation_accuracy", 0.88),
        ("numerator_accuracy", 0.83),
    ):
        _at_least(result, key, floor)


BLIND5 = ROOT / "tests" / "corpus_blind5"


@pytest.mark.skipif(not (BLIND5 / "gold_estimates.csv").is_file(), reason="no fifth blind corpus")
def test_fifth_blind_corpus_does_not_regress():
    """The fifth corpus written blind to the code (50 documents, 30 outside oncology, 218
    estimates, every page kind; 38 of its outcome codes are invented for one trial's
    endpoint). On arrival, before any use, the rules scored precision 0.990, recall 0.917,
    outcome 0.540, role 0.760, orientation 0.840, numerator 0.600; the floors sit under
    what they reach now (recall 0.972, outcome 0.660, role 0.896, orientation 0.892,
    numerator 0.657; 0.629 since the quoted KEYNOTE-189 result in m019 is read as another
    trial's and keeps no numerator: its sentence's comparison had been read as
    "chemotherapy vs chemotherapy plus placebo", and the scorer's containment match
    credited "chemotherapy", the control, as the gold "adding pembrolizumab to ...
    chemotherapy")."""
    result = evaluate(BLIND5)
    for key, floor in (
        ("precision", 0.98),
        ("recall", 0.96),
        ("outcome_accuracy", 0.65),
        ("role_accuracy", 0.89),
        ("orientation_accuracy", 0.88),
        ("numerator_accuracy", 0.62),
    ):
        _at_least(result, key, floor)


BLIND6 = ROOT / "tests" / "corpus_blind6"


@pytest.mark.skipif(not (BLIND6 / "gold_estimates.csv").is_file(), reason="no sixth blind corpus")
def test_sixth_blind_corpus_does_not_regress():
    """The sixth corpus written blind to the code (56 documents, 48 outside oncology, 189
    estimates; multi-arm and factorial trials, re-analyses, timed deaths, many outcome
    codes invented for one trial's endpoint). On arrival, before any use, the rules scored
    precision 0.994, recall 0.942, outcome 0.455, role 0.888, orientation 0.820,
    numerator 0.523 of 44; the floors sit under what they reach now."""
    result = evaluate(BLIND6)
    for key, floor in (
        ("precision", 0.99),
        ("recall", 0.94),
        ("outcome_accuracy", 0.53),
        ("role_accuracy", 0.93),
        ("orientation_accuracy", 0.83),
        ("numerator_accuracy", 0.65),
    ):
        _at_least(result, key, floor)


BLIND7 = ROOT / "tests" / "corpus_blind7"


@pytest.mark.skipif(not (BLIND7 / "gold_estimates.csv").is_file(), reason="no seventh blind corpus")
def test_seventh_blind_corpus_does_not_regress():
    """The seventh corpus written blind to the code (49 documents, 41 outside oncology, 167
    estimates; non-drug strategies, multi-arm and factorial trials, values printed before
    their intervals). On arrival it scored precision 0.963, recall 0.946, outcome 0.361,
    role 0.829, orientation 0.873, numerator 0.657 of 35 (the revision that started this
    session: outcome 0.323, role 0.816, orientation 0.867)."""
    result = evaluate(BLIND7)
    for key, floor in (
        ("precision", 0.98),
        ("recall", 0.96),
        ("outcome_accuracy", 0.35),
        ("role_accuracy", 0.87),
        ("orientation_accuracy", 0.87),
        ("numerator_accuracy", 0.65),
    ):
        _at_least(result, key, floor)


# The eighth to twelfth corpora written blind to the code, each with its figures on arrival
# and floors at the level of 2026-11-27; another endpoint's code is the outcome error an
# analysis would pool, and must not grow.
# blind8: 50 documents, 40 outside oncology, 186 estimates (cause-specific deaths,
#   composites with death, screening trials corrected for non-attendance); on arrival
#   P 1.000, R 0.952, outcome 0.429 (another endpoint's code 0.277), role 0.904,
#   orientation 0.893, numerator 0.636 of 33.
# blind9: 50 documents, 175 estimates; on arrival P 0.988, R 0.971, outcome 0.535 (0.147),
#   role 0.894, orientation 0.841, numerator 0.727 of 55.
# blind10: 50 documents, 176 estimates, arrived after the rules of 2026-11-27: outcome
#   0.416 (0.259), role 0.855, orientation 0.819, numerator 0.652 of 46.
# blind11: 50 documents (8 oncology), 193 estimates; on arrival (the same at the revision
#   36ee0c6, before the rules that followed it): P 0.989, R 0.953, outcome 0.446 (0.239), role 0.842,
#   orientation 0.804, numerator 0.586 of 58.
# blind12: 50 documents (6 oncology), 193 estimates, arrived after the rules of the day and
#   not used to write any: at 36ee0c6 P 0.995, R 0.979, outcome 0.328 (0.275), role 0.831,
#   orientation 0.810, numerator 0.650 of 60; with the day's rules outcome 0.333 (0.249),
#   orientation 0.831, numerator 0.683.
# blind13: 50 documents (7 oncology), 181 estimates, kept apart from rule writing until
#   blind14 arrived, then used for development: on arrival (the same at 0cc368d) P 1.000,
#   R 0.961, outcome 0.379 (0.201), role 0.833, orientation 0.856, numerator 0.586 of 29.
# blind14: 50 documents (6 oncology), 146 estimates, kept apart from rule writing: on
#   arrival (the same at 4b4f98b) P 0.993, R 0.966, outcome 0.340 (0.270), role 0.887,
#   orientation 0.901, numerator 0.690 of 29; unknown orientation 0.148.
# blind15: 50 documents (8 oncology), 201 estimates, kept apart from rule writing: on
#   arrival P 0.990, R 0.975, outcome 0.490 (0.184), role 0.867, orientation 0.883,
#   numerator 0.769 of 52, the same at 4b4f98b and 2fc73eb; unknown orientation 0.121 at
#   4b4f98b, 0.095 at 2fc73eb; with the rules of 2026-11-27 another endpoint's code 0.179.
# blind17: 50 documents (7 oncology, 15 other areas), 196 estimates, kept apart from rule
#   writing: on arrival at 300473e P 0.962, R 0.908, outcome 0.225 (0.264), role 0.831,
#   orientation 0.860, numerator 0.708 of 48, unknown orientation 0.123 (role 0.837,
#   orientation 0.854 at 2fc73eb); at 18621e6 role 0.826 (one estimate
#   read as a subgroup after the main effect), unknown orientation 0.114; used for
#   development since blind19 arrived.
# blind19: 50 documents (7 oncology, 17 other areas), 218 estimates, kept apart from rule
#   writing: on arrival at fa382d7 and at e43e1d1 P 0.991, R 0.959, outcome 0.321 (0.187),
#   role 0.809, orientation 0.823, numerator 0.610 of 59, unknown orientation 0.118; at
#   e55c00a outcome 0.411, orientation 0.828; used for development since blind21 arrived.
# blind21: 50 documents (8 oncology, 21 other areas), 226 estimates, kept apart from rule
#   writing: on arrival at e55c00a P 0.991, R 0.925, outcome 0.354 (0.215), role 0.847,
#   orientation 0.756, numerator 0.580 of 69, unknown orientation 0.065; role 0.861,
#   orientation 0.761 at dd4b648 and 9993b70; used for development since blind23 arrived.
# blind23: 40 documents (8 oncology, 22 other areas), 142 estimates, kept apart from rule
#   writing: on arrival (at 9993b70 and 2729af1) P 0.992, R 0.880, outcome 0.368 (0.144),
#   role 0.824, orientation 0.800, numerator 0.500 of 38, unknown orientation 0.127, the
#   same at f940455; used for development since blind25 arrived (role 0.888, numerator
#   0.658, outcome 0.392, unknown orientation 0.117 with tables of pairwise comparisons and
#   a cohort's exposure to a treatment or procedure).
# blind25: 50 documents (8 oncology, 24 other areas), 193 estimates, kept apart from rule
#   writing: on arrival (at f940455 and 82b1a79) P 0.973, R 0.948, outcome 0.355 (0.153),
#   role 0.770, orientation 0.847, numerator 0.621 of 58, unknown orientation 0.122, the
#   same at cd45b1e; used for development since blind27 arrived.
# blind27: 50 documents (8 oncology, 26 other areas), 206 estimates, kept apart from rule
#   writing: on arrival at f940455 P 0.995, R 0.956, outcome 0.259 (0.264), role 0.741,
#   orientation 0.863, numerator 0.711 of 45, unknown orientation 0.147; at cd45b1e, the
#   revision it arrived at, outcome 0.269 (0.254), role 0.772, orientation 0.883, the rest
#   the same. Reading a bare value past a time window of split follow-up ("whereas after 15
#   months it was 1.22 (95% CI ...", written on development sets) found one more of its
#   estimates (recall 0.956 -> 0.961) whose role differs from the gold's: role 0.768, the
#   floor at 0.76 records that trade. Used for development since blind29 arrived.
# blind29: 50 documents (9 oncology, 27 other areas), 218 estimates, kept apart from rule
#   writing (its first 38 pages arrived at f6c1c76, the rest at 80abfdb, after the last
#   rule): at fa49aa5, before this revision's work, P 0.946, R 0.876, outcome 0.304
#   (0.152), role 0.880, orientation 0.874, numerator 0.625 of 40, unknown orientation
#   0.146; at 80abfdb P 0.941, R 0.885, outcome 0.301 (0.150), role 0.881, orientation
#   0.886, numerator 0.675, unknown orientation 0.083. Used for development since 216adc6
#   (orientation 0.891, numerator 0.725 there).
# blind33: 21 documents (4 oncology, 15 areas in all; its writer stopped at 21 of 50 pages),
#   72 estimates, kept apart from rule writing: on arrival at 163ee88, and at df93498,
#   P 0.985, R 0.889, outcome 0.297 (0.203), role 0.812, orientation 0.766, numerator
#   0.429 of 21, unknown orientation 0.194.
# blind35: 17 documents (3 oncology, 14 areas in all; its writer stopped at 17 of 50 pages),
#   67 estimates, kept apart from rule writing: on arrival at 8f273eb, and at df93498,
#   P 0.948, R 0.821, outcome 0.364 (0.127), role 0.836, orientation 0.855, numerator
#   0.762 of 21, unknown orientation 0.000.
# blind37: 34 documents (7 oncology, 25 other areas; its writer stopped at 34 of 50 pages),
#   168 estimates, arrived after this revision's last rule and kept apart: at df93498 and
#   a71916a P 0.974, R 0.875, outcome 0.415 (0.122), role 0.776, orientation 0.830, numerator
#   0.378 of 37, unknown orientation 0.138; released to development as blind47 arrived (after
#   7b83dff): P 0.987, R 0.875, outcome 0.415 (0.122), role 0.776, orientation 0.837, numerator
#   0.405 of 37, unknown orientation 0.138.
# blind47: 19 documents (2 oncology/haematology, 13 areas in all; its writer stopped at 19 of
#   28 pages), 48 estimates, arrived during the work that began at 1fdcc8d and kept apart: at
#   1fdcc8d and on arrival P 0.978, R 0.917, outcome 0.227 (0.409), role 0.818, orientation
#   0.818, numerator 0.750 of 8, unknown orientation 0.125; the same when it was released to
#   development as blind49 arrived (after 077ec6c).
# blind49: 25 documents (3 oncology/haematology, 21 areas in all, 11 observational, 3 with
#   no ratio), 112 estimates, arrived during the work that began at cb6104d and kept apart:
#   at cb6104d and on arrival P 0.872, R 0.848, outcome 0.200 (0.158), role 0.821,
#   orientation 0.716, numerator 0.294 of 34, unknown orientation 0.462; the same when it was
#   released to development as blind51 arrived (after f1216f7).
# blind51: 24 documents (1 oncology/haematology, 22 areas in all, 5 observational, 3 with no
#   ratio), 102 estimates, arrived during the work that began at cb6104d and kept apart: at
#   cb6104d P 0.930, R 0.647, outcome 0.288 (0.091), role 0.591, orientation 0.848, numerator
#   0.579 of 19, unknown orientation 0.111; on arrival (after f1216f7) P 0.932, R 0.676,
#   outcome 0.304 (0.072), role 0.609, orientation 0.855, numerator 0.579 of 19, unknown
#   orientation 0.095.
# blind39: 29 documents (7 oncology, 21 areas in all; its writer stopped at 29 of 50 pages),
#   105 estimates, arrived during this revision's work and kept apart: at 14f6d15 P 0.972,
#   R 0.990, outcome 0.433 (0.144), role 0.817, orientation 0.779, numerator 0.486 of 35,
#   unknown orientation 0.045; at 72b0abf orientation 0.788 and numerator 0.514 (an exposure
#   compared in the sentence's own words, a rule written on development sets before it
#   arrived), the rest the same; at 099378d orientation 0.798 and numerator 0.543 (people
#   by their exposure "than" others, written on development sets).
# blind41: 30 documents (7 oncology/haematology, 21 areas in all; its writer stopped at 30
#   of 50 pages), 98 estimates, arrived during this revision's work and kept apart: at
#   216adc6 and when it arrived P 0.979, R 0.959, outcome 0.394 (0.181), role 0.915,
#   orientation 0.702, numerator 0.694 of 36, unknown orientation 0.111.
LATER_BLIND_FLOORS = {
    # (role floors raised to the figures of the work that began at 781cc1a, whose rules read
    # populations of people set apart, populations set against each other in one sentence
    # and a table's other adjustment: blind12 0.910, blind14 0.918, blind17 0.953, blind19
    # 0.911, blind21 0.955, blind25 0.894, blind27 0.915, blind35 0.894, blind39 0.894,
    # blind45 0.761, blind49 0.875, blind61 0.910, blind69 0.769, blind71 0.824; of these,
    # blind14, 39, 45, 61, 69 and 71 were kept apart until their errors of that kind were
    # read at 781cc1a, and are development sets since)
    # (raised to the figures of the work that began at 6965b12 where they rose: blind39
    # outcome 0.433 -> 0.442, blind45 numerator 0.643 -> 0.714 and another endpoint's code
    # 0.225 -> 0.211, blind55 0.444 -> 0.431, blind57 0.288 -> 0.274, blind73 outcome 0.248 ->
    # 0.257, blind41 outcome 0.411 -> 0.421)
    # (recall 0.952 to 0.984 with table rows giving a ratio and its interval in two columns;
    # outcome 0.486 to 0.470: the six rows found name an endpoint the vocabulary has no code
    # for, and are scored)
    "corpus_blind8": ((0.99, 0.98, 0.46, 0.97, 0.93, 0.84), 0.16),
    # (recall 0.971 to 0.994 with a threshold's unit of measurement skipped before the
    # ratios, "compared with HBV DNA below 300 copies/mL, were 1.1 (0.5-2.3), ..."; role 0.947
    # to 0.925: the four rows found are levels of a cohort's marker, read as other where the
    # gold has prognostic, neither pooled)
    "corpus_blind9": ((0.98, 0.99, 0.59, 0.92, 0.92, 0.87), 0.08),
    # (orientation 0.856 -> 0.862, numerator 0.870 -> 0.891 with an exposure compared in the
    # sentence's own words)
    # (recall 0.949 -> 0.972 with tables read whole as web pages flatten them)
    "corpus_blind10": ((0.99, 0.97, 0.45, 0.89, 0.86, 0.89), 0.25),
    # (numerator 0.881 -> 0.898 with an exposure as the subject of its comparison)
    "corpus_blind11": ((0.99, 0.96, 0.55, 0.88, 0.89, 0.89), 0.18),
    # (outcome 0.354 -> 0.349 when severe exacerbations became an outcome apart: its page
    # on PRACTICAL writes "Severe exacerbations were less frequent ...", its gold codes them
    # exacerbations of any severity)
    # (numerator 0.833 -> 0.850 with an exposure compared in the sentence's own words)
    "corpus_blind12": ((0.99, 0.97, 0.35, 0.91, 0.89, 0.85), 0.26),
    "corpus_blind13": ((0.99, 0.96, 0.42, 0.94, 0.88, 0.72), 0.17),
    # (numerator 0.690 -> 0.655 when arm names of up to 80 characters were read, back to
    # 0.690 with the arms of an "Intervention" field; orientation 0.901 -> 0.887 with the
    # latter, two rows labelled stated or not otherwise than the gold, while the share of
    # its treatment effects left without an orientation fell 0.148 -> 0.080)
    # (another endpoint's code 0.262 -> 0.291, outcome 0.340 -> 0.348 when thrombosis,
    # fracture, pregnancy and infection endpoints entered the vocabulary: the corpora's own
    # codes split or join some of them otherwise, "VERT_FRACTURE_1Y", "PRETERM_37W" for a
    # bare "preterm birth"; every development set's outcome accuracy rose)
    # (recall 0.966 -> 1.000 with tables read whole as web pages flatten them)
    "corpus_blind14": ((0.99, 0.99, 0.34, 0.91, 0.90, 0.72), 0.30),
    "corpus_blind15": ((0.98, 0.98, 0.51, 0.92, 0.89, 0.84), 0.19),
    # (blind17 in development: P 0.962 -> 0.995, R 0.908 -> 0.980 with registry intervals
    # after "95%;", every column of a table giving the measure, rows naming their measure;
    # outcome 0.225 -> 0.219 over the 14 rows found, most coded by the page's own words)
    "corpus_blind17": ((0.99, 0.97, 0.23, 0.95, 0.87, 0.80), 0.23),
    # (blind19 in development: role 0.809 -> 0.866 with registers and JAMA's "Exposures"
    # making cohorts, a cohort's table of covariates, sentences opening "Without
    # adjustment")
    # (blind19 and blind21: recall 0.959 -> 0.977 and 0.925 -> 0.965 with results tables'
    # heading rows, outcome 0.411 -> 0.404 and 0.354 -> 0.339 over the rows now found, whose
    # endpoints the corpora code by the trial's own words; orientation of blind19 0.842 ->
    # 0.826 as its gold states the table rows' comparison, read by convention)
    # (orientation 0.850 -> 0.854, numerator 0.746 -> 0.778 with the same)
    "corpus_blind19": ((0.99, 0.97, 0.40, 0.91, 0.85, 0.77), 0.19),
    # (numerator 0.667 -> 0.638 when "(from the Occluded Artery Trial [OAT])" in a PubMed
    # page's similar-articles list named a trial: its two quoted subgroup ratios, "PCI vs
    # medical therapy" stated, are another publication's and read as no comparison)
    "corpus_blind21": ((0.99, 0.97, 0.34, 0.95, 0.80, 0.63), 0.20),
    # (precision 0.992 -> 1.000, recall 0.915 -> 0.923 with an interval after a label that
    # compares the arms, "0.76 in the surgery group, as compared with the control group (95%
    # CI"; the row found is a treatment effect to the gold: role 0.931 -> 0.924)
    "corpus_blind23": ((1.0, 0.92, 0.45, 0.92, 0.83, 0.76), 0.10),
    # (orientation 0.876 -> 0.886, numerator 0.759 -> 0.793 with the same)
    "corpus_blind25": ((0.97, 0.95, 0.38, 0.89, 0.88, 0.79), 0.12),
    # (precision 0.995 -> 1.000, recall 0.961 -> 0.966 when a registry block's interval with
    # its sides bracketed before the colon was read; the row found is the composite of death
    # or neurodevelopmental impairment, which the vocabulary names DEATH_OR_DISABILITY and the
    # gold DEATH_OR_NDI: another endpoint's code 0.258 -> 0.261)
    "corpus_blind27": ((0.99, 0.96, 0.26, 0.91, 0.88, 0.73), 0.27),
    # (numerator 0.675 -> 0.700 with people named by what they start and a comparative
    # word before "compared with", written on development sets while it was kept apart)
    # (kept apart: orientation 0.886 -> 0.891, numerator 0.700 -> 0.725 with the exposure
    # comparisons, written on development sets)
    # (development since 216adc6: precision 0.941 -> 0.980 and recall 0.885 -> 0.913 with
    # "hazards ratio", a heading's number refused as a value and registry blocks read on
    # pages not known as registry records, the EU register's nested interval; the twelve
    # rows found are counted in the accuracies, three of them of unknown orientation where
    # the text says "lower in A than B" after the estimates: orientation 0.891 -> 0.879,
    # numerator 0.725 -> 0.674 of 43; then numerator 0.698 with people by their exposure
    # and "comparing A with B", recall 0.927 with estimates whose interval is one-sided,
    # one of them the step-up trial's of a companion trial, read as a treatment effect:
    # role 0.876)
    # (recall 0.940 with a meta-analysis's model between a short name and its value, "RR
    # random 0.89": those quoted rows' endpoint is given another code, 0.171)
    # (recall 0.940 -> 0.963, outcome 0.293 -> 0.286, with a table's footnote naming the
    # measure of its marked cells: the rows found give endpoints outside the vocabulary)
    "corpus_blind29": ((0.98, 0.96, 0.28, 0.88, 0.88, 0.70), 0.18),
    # (kept apart until 3f733aa, then used for development: precision 0.985, recall 0.889,
    # outcome 0.297, role 0.812, orientation 0.766, numerator 0.429 of 21 there)
    "corpus_blind33": ((0.98, 0.88, 0.29, 0.81, 0.76, 0.42), 0.21),
    # (orientation 0.855 -> 0.891 with the same rules, written after it arrived)
    # (kept apart: precision 0.948 -> 0.966, recall 0.821 -> 0.851, numerator 0.762 ->
    # 0.783 with the same rule, written on development sets; the two rows found count in the
    # accuracies: outcome 0.364 -> 0.351, role 0.836 -> 0.807, orientation 0.891 -> 0.877)
    # (kept apart until 8cb8717, then used for development: precision 0.966, recall 0.851,
    # outcome 0.351, role 0.825, orientation 0.877, numerator 0.783 of 23 there)
    # (development since: outcome 0.351 -> 0.509 with cardiology, psychiatry and neonatal
    # codes, another endpoint's code 0.123 -> 0.158: a pair of values "respectively" after
    # cerebrovascular events and coronary heart disease, the second named as the first;
    # precision 0.966 -> 0.983, recall 0.851 -> 0.881 with a population after "among" between
    # a value and its interval, the two rows found, an observational study's strata, being
    # subgroups to the rules and other to the gold: role 0.825 -> 0.797, outcome 0.492)
    # (precision 1.000, recall 0.896 with a spaced dash after a word read as punctuation)
    # (recall 0.985 with a table whose caption alone names the measure; outcome 0.455, the
    # rows found naming endpoints the vocabulary does not have)
    "corpus_blind35": ((1.0, 0.98, 0.45, 0.89, 0.89, 0.78), 0.16),
    # (kept apart: orientation 0.830 -> 0.837, numerator 0.378 -> 0.405 with the same)
    "corpus_blind37": ((0.97, 0.87, 0.41, 0.77, 0.83, 0.40), 0.13),
    # (kept apart: role 0.817 -> 0.865 with the exposure an observational study's title
    # names; another endpoint's code 0.144 -> 0.154, one row, with the cardiology, psychiatry
    # and neonatal codes written on development sets, outcome unchanged at 0.433)
    # (another endpoint's code 0.144 -> 0.173 when dementia's risk, diagnosis and onset
    # entered the vocabulary, 0.183 with falls: this corpus codes a cohort's dementia and
    # falls "other")
    "corpus_blind39": ((0.97, 0.99, 0.44, 0.89, 0.79, 0.54), 0.19),
    # (orientation 0.702 -> 0.691, one row, with an arm named by what it was not given as
    # the control, "compared with no PORT", written on development sets; 0.691 -> 0.681, one
    # row, with a cohort's or a quoted trial's later estimate sharing its clause's
    # comparison, written on development sets, where orientation and numerator rose or held
    # on every set)
    # (role 0.926 -> 0.957, another endpoint's code 0.149 -> 0.181, when four rows of a
    # table read before as prose were read as the table's rows: subgroups, with the code the
    # table's caption names)
    "corpus_blind41": ((0.97, 0.95, 0.42, 0.95, 0.68, 0.69), 0.19),
    # (kept apart, arrived during the work that began at c588cc3: 21 pages, 80 estimates,
    # its writer stopped at 21 of 40 pages; at c588cc3 precision 1.000, recall 1.000, outcome
    # 0.287, role 0.775, orientation 0.875, numerator 0.692 of 13; orientation 0.887 and
    # numerator 0.769 with the rules of that work, written on development sets; orientation
    # 0.887 -> 0.875 at the work that began at cc22abd, when a summary's paired fields gave
    # arms, the numerator unchanged; the row was not read; kept apart until 15e6967, then
    # a development set when corpus_blind87 arrived)
    "corpus_blind43": ((0.99, 0.99, 0.28, 0.77, 0.87, 0.76), 0.17),
    # (kept apart, arrived during the work that began at f1fdda5: 26 pages, 78 estimates,
    # its writer stopped at 26 of 28 pages; at f1fdda5 precision 0.943, recall 0.846, outcome
    # 0.364, role 0.773, orientation 0.833, numerator 0.643 of 14, unknown orientation 0.091;
    # the same but unknown orientation 0.061 with the rules of that work)
    # (recall 0.846 -> 0.910 with tables read whole as web pages flatten them; role 0.773 ->
    # 0.718, outcome 0.379 -> 0.352 and another endpoint's code 0.167 -> 0.225 because the
    # five rows found for the first time are read as subgroups with the caption's endpoint,
    # where the gold has other analyses: neither role is pooled; every row matched before
    # keeps its labels)
    "corpus_blind45": ((0.94, 0.90, 0.35, 0.76, 0.84, 0.71), 0.22),
    # (recall 0.917 -> 0.938, orientation 0.818 -> 0.800 when a list of values without
    # intervals was read past its second value: the row found, "1.05 with clonidine", is
    # oriented by the document's arms where the gold has its own listed comparison)
    "corpus_blind47": ((0.97, 0.93, 0.22, 0.81, 0.79, 0.75), 0.41),
    # (kept apart, arrived during the work that began at cb6104d: 25 pages, 112 estimates,
    # 21 areas, 11 pages observational; the same at cb6104d and with that work's rules:
    # precision 0.872, recall 0.848, outcome 0.200, another endpoint's code 0.158, role
    # 0.821, orientation 0.716, numerator 0.294 of 34, unknown orientation 0.462)
    # (released to development after f1216f7; then precision 0.872 -> 0.954, recall 0.848 ->
    # 0.929 when a bare pair of bounds after a semicolon closing the bracket was read,
    # "(RR=0.32; 0.14, 0.74)": nine rows of one page found, whose orientation is read as
    # mostly unknown where the gold states it (orientation 0.716 -> 0.654, numerator 0.294
    # of 34 -> 0.233 of 43; another endpoint's code 0.158 -> 0.192 with the rows found))
    "corpus_blind49": ((0.95, 0.92, 0.22, 0.88, 0.65, 0.23), 0.20),
    # (kept apart, arrived during the work that began at cb6104d: 24 pages, 102 estimates,
    # 22 areas; at cb6104d precision 0.930, recall 0.647, outcome 0.288, another endpoint's
    # code 0.091, role 0.591, orientation 0.848, numerator 0.579 of 19, unknown orientation
    # 0.111; on arrival, with that work's rules written on development sets, 0.932, 0.676,
    # 0.304, 0.072, 0.609, 0.855, 0.579 and 0.095)
    # (released to development at c5f0f05, unchanged since its arrival, when corpus_blind53
    # arrived)
    # (precision 0.932 -> 0.967, recall 0.676 -> 0.853 with tables read whole as web pages
    # flatten them; outcome 0.304 -> 0.241 because the rows found for the first time give
    # endpoints outside the vocabulary, left empty; orientation 0.897 -> 0.885, one row, when
    # a quoted meta-analysis's pooled estimate was read as quoted and kept only a comparison
    # its own clause states, role 0.759 -> 0.770)
    "corpus_blind51": ((0.96, 0.85, 0.24, 0.76, 0.88, 0.63), 0.08),
    # (kept apart, arrived during the work that began at c3152ef: 24 pages, 108 estimates, 20
    # areas, 5 pages observational; the same at c3152ef and with that work's rules: precision
    # 0.988, recall 0.769, outcome 0.241, another endpoint's code 0.181, role 0.783,
    # orientation 0.831, numerator 0.429 of 21, unknown orientation 0.071)
    "corpus_blind53": ((0.98, 0.76, 0.24, 0.78, 0.83, 0.42), 0.19),
    # (kept apart, arrived during the work that began at c3152ef: 24 pages, 80 estimates, 19
    # areas, 2 pages observational; at c3152ef precision 1.000, recall 0.863, outcome 0.217,
    # another endpoint's code 0.478, role 0.623, orientation 0.855, numerator 0.625 of 16,
    # unknown orientation 0.125; on arrival, with that work's rules written on development
    # sets, the same but role 0.681; since table rows giving a ratio and its
    # interval in two columns, recall 0.900, outcome 0.250, another endpoint's code 0.458 and
    # role 0.653: the three rows found are scored for their role, a covariate's read as
    # "other" where the gold has "biomarker_or_prognostic", neither pooled)
    "corpus_blind55": ((1.0, 0.90, 0.25, 0.65, 0.85, 0.62), 0.44),
    # (kept apart, arrived during the work that began at c8e168f: 24 pages, 77 estimates, 19
    # areas, 8 pages observational or pooled; the same at c8e168f and with that work's rules:
    # precision 0.973, recall 0.948, outcome 0.178, another endpoint's code 0.288, role
    # 0.753, orientation 0.849, numerator 0.154 of 13, unknown orientation 0.467; a
    # development set since 012e523, when corpus_blind95 took its place)
    "corpus_blind57": ((0.97, 0.94, 0.17, 0.75, 0.84, 0.15), 0.28),
    # (kept apart, arrived at the end of the work that began at c8e168f: 24 pages, 61
    # estimates, 19 areas; at c8e168f precision 0.981, recall 0.836, outcome 0.216, another
    # endpoint's code 0.314, role 0.804, orientation 0.706, numerator 0.524 of 21, unknown
    # orientation 0.367; on arrival, with that work's rules written before it came, outcome
    # 0.235 and another endpoint's code 0.294, the rest the same)
    # (recall 0.836 -> 0.934, outcome 0.235 -> 0.281, role 0.804 -> 0.825 with tables read
    # whole as web pages flatten them)
    "corpus_blind59": ((0.98, 0.93, 0.28, 0.82, 0.73, 0.52), 0.27),
    # (kept apart, arrived during the work that began at 738997b: 24 pages, 95 estimates,
    # 19 areas; at 738997b precision 0.962, recall 0.800, outcome 0.342, another endpoint's
    # code 0.250, role 0.868, orientation 0.895, numerator 0.636 of 11, unknown orientation
    # 0.156; on arrival, with the outcome rules of d19e7df written before it came, another
    # endpoint's code 0.224, the rest the same)
    # (recall 0.800 -> 0.905 with tables read whole as web pages flatten them; outcome 0.342
    # -> 0.337: of the nine rows found for the first time, five give endpoints left empty
    # and three another endpoint's code; recall 0.905 -> 0.926, outcome 0.337 -> 0.330 when
    # a cell closed by a footnote's mark was read as a table's ratio; recall 0.926 -> 0.937,
    # another endpoint's code 0.216 -> 0.225 when lists of values without intervals were
    # read past their second value: the row found has another endpoint's code)
    "corpus_blind61": ((0.96, 0.93, 0.32, 0.91, 0.90, 0.63), 0.23),
    # (kept apart, arrived during the work that began at 738997b, after its outcome and table
    # rules: 24 pages, 76 estimates, 16 areas, none oncology; at 738997b and on arrival
    # precision 0.968, recall 0.789, outcome 0.467, another endpoint's code 0.200, role
    # 0.950, orientation 0.750, numerator 0.222 of 18, unknown orientation 0.391)
    "corpus_blind63": ((0.96, 0.78, 0.46, 0.95, 0.75, 0.22), 0.20),
    # (kept apart, arrived during the work that began at 28a350c, after its table rules: 24
    # pages, 77 estimates, 4 in oncology and 19 other areas; at 28a350c and on arrival
    # precision 0.986, recall 0.909, outcome 0.229, another endpoint's code 0.286, role 0.700,
    # orientation 0.700, numerator 0.333 of 27, unknown orientation 0.200)
    "corpus_blind65": ((0.98, 0.90, 0.22, 0.70, 0.70, 0.33), 0.29),
    # (kept apart, arrived during the work that began at 28a350c, after its table, pooled-
    # estimate and bare-value rules: 24 pages, 67 estimates, 2 in oncology and 19 other
    # areas; at 28a350c and on arrival precision 0.954, recall 0.925, outcome 0.097, another
    # endpoint's code 0.274, role 0.661, orientation 0.742, numerator 0.316 of 19, unknown
    # orientation 0.273)
    # (role 0.661 -> 0.710 with another trial described before its trial word, written at
    # 781cc1a on development sets; only this set's counts were read)
    "corpus_blind67": ((0.95, 0.92, 0.09, 0.70, 0.74, 0.31), 0.28),
    # (kept apart, arrived during the work that began at 28a350c, after its table, list and
    # bare-value rules: 24 pages, 117 estimates, 3 in oncology and 20 other areas; at 28a350c
    # and on arrival precision 0.945, recall 0.889, outcome 0.394, another endpoint's code
    # 0.192, role 0.760, orientation 0.875, numerator 0.450 of 20, unknown orientation 0.214)
    "corpus_blind69": ((0.94, 0.88, 0.39, 0.76, 0.87, 0.45), 0.20),
    # (kept apart, arrived during the work that began at 8c33a7e: 24 pages, 90 estimates, 2
    # in oncology and 19 other areas, 5 observational; at 8c33a7e and on arrival precision
    # 0.977, recall 0.944, outcome 0.282, another endpoint's code 0.235, role 0.812,
    # orientation 0.859, numerator 0.545 of 11, unknown orientation 0.125; a development
    # set since 781cc1a: orientation 0.859 -> 0.847 and unknown orientation 0.125 -> 0.094
    # when a journal club's paired fields gave arms, its "15% plasma vs 10% saline
    # (relative risk" listing read as stated, as the rule's convention has it, where its
    # gold says not stated)
    "corpus_blind71": ((0.97, 0.94, 0.28, 0.82, 0.84, 0.54), 0.24),
    # (kept apart, arrived during the work that began at 6965b12: 24 pages, 101 estimates, 2
    # in oncology and 22 in 20 other areas, 9 observational or a meta-analysis; at 6965b12 and
    # on arrival precision 1.000, recall 1.000, outcome 0.248, another endpoint's code 0.149,
    # role 0.812, orientation 0.772, numerator 0.292 of 24, unknown orientation 0.000)
    "corpus_blind73": ((1.0, 1.0, 0.25, 0.81, 0.77, 0.29), 0.15),
    # (kept apart, arrived during the work that began at 6965b12, after its rules for arms
    # and outcomes: 24 pages, 114 estimates, 2 in oncology and 22 in 19 other areas, 2
    # observational and a meta-analysis; at 6965b12 and on arrival precision 0.981, recall
    # 0.921, outcome 0.352, another endpoint's code 0.229, role 0.771, orientation 0.800,
    # numerator 0.217 of 23; unknown orientation 0.333 at 6965b12, 0.222 on arrival)
    "corpus_blind75": ((0.98, 0.92, 0.35, 0.77, 0.80, 0.21), 0.23),
    # (kept apart, arrived at the end of the work that began at 6965b12, after all its rules:
    # 24 pages, 97 estimates, 3 in oncology and haematology and 18 other areas, 5
    # observational or meta-analyses; at 6965b12 and on arrival precision 0.872, recall 0.845,
    # outcome 0.293, another endpoint's code 0.146, role 0.756, orientation 0.683, numerator
    # 0.185 of 27, unknown orientation 0.122)
    "corpus_blind77": ((0.87, 0.84, 0.29, 0.75, 0.68, 0.18), 0.15),
    # (kept apart, arrived during the work that began at 781cc1a, only its scores read: 24
    # pages, 79 estimates, 2 in oncology and haematology and 22 in 17 other areas, 3
    # observational and a meta-analysis; at 781cc1a and on arrival precision 0.986, recall
    # 0.911, outcome 0.556, another endpoint's code 0.111, role 0.667, orientation 0.778,
    # numerator 0.667 of 18, unknown orientation 0.043)
    "corpus_blind79": ((0.98, 0.91, 0.55, 0.66, 0.77, 0.66), 0.12),
    # (kept apart, arrived during the work that began at 781cc1a, after most of its rules,
    # only its scores read; its writer was asked for prespecified subgroups, tables with
    # unadjusted and adjusted columns and pages quoting a second trial: 24 pages, 122
    # estimates, 2 in oncology and haematology and 22 in 18 other areas, 5 observational;
    # at 781cc1a and on arrival precision 0.981, recall 0.861, outcome 0.143, another
    # endpoint's code 0.200, role 0.790, orientation 0.867, numerator 0.526 of 19, unknown
    # orientation 0.111)
    # (outcome 0.143 -> 0.229 and another endpoint's code 0.200 -> 0.229 at the work that
    # began at cc22abd, when dementia, Alzheimer's disease and new diabetes found or coming on
    # entered the vocabulary; the rows were not read)
    "corpus_blind81": ((0.98, 0.86, 0.22, 0.79, 0.86, 0.52), 0.23),
    # (kept apart, arrived during the work that began at cc22abd, only its scores read; its
    # writer was asked for secondary pages naming the arms once and pages printing several
    # analyses of one outcome: 24 pages, 57 estimates, 1 in oncology and 23 in 14 other
    # areas, 4 observational and a meta-analysis; at cc22abd and on arrival precision 0.982,
    # recall 0.947, outcome 0.130, another endpoint's code 0.111, role 0.741, orientation
    # 0.944, numerator 0.250 of 4, unknown orientation 0.583)
    "corpus_blind83": ((0.98, 0.94, 0.12, 0.74, 0.94, 0.25), 0.12),
    # (kept apart, arrived during the work that began at 091b978, only its scores read; its
    # writer was asked for pages printing several ratios each, multi-arm trials and the
    # control named first: 24 pages, 155 estimates, 4 in oncology and 20 in 15 other areas,
    # 4 observational; at 091b978 and on arrival precision 0.993, recall 0.942, outcome
    # 0.384, another endpoint's code 0.219, role 0.740, orientation 0.863, numerator 0.686
    # of 35, unknown orientation 0.074)
    "corpus_blind85": ((0.99, 0.94, 0.38, 0.73, 0.86, 0.68), 0.22),
    # (kept apart, arrived during the work that began at 3795634, only its scores read; its
    # writer was asked for endpoints outside oncology named as their fields name them and
    # for ratios that are not the primary treatment effect beside it, and stopped at 14 of
    # 24 pages, its figures remembered: 36 estimates, 13 areas, 3 observational and one
    # meta-analysis; at 3795634 and on arrival precision 1.000, recall 0.972, outcome 0.171,
    # another endpoint's code 0.029, role 0.857, orientation 0.886, numerator 0.636 of 11,
    # unknown orientation 0.071)
    "corpus_blind87": ((1.00, 0.97, 0.17, 0.85, 0.88, 0.63), 0.03),
    # (kept apart, arrived during the work that began at 3795634, only its scores read; its
    # writer was asked for pages printing the primary effect beside ratios of other roles
    # and stopped at 5 pages, 4 in cardiology: 25 estimates; at 3795634 and on arrival
    # precision 1.000, recall 1.000, outcome 0.520, another endpoint's code 0.080, role
    # 0.800, orientation 0.960, numerator 1.000 of 3, unknown orientation 0.000)
    "corpus_blind89": ((1.00, 1.00, 0.52, 0.80, 0.96, 1.00), 0.08),
    # (kept apart, arrived during the work that began at 7b15b79, only its scores read; its
    # writer was asked for outcomes named the many ways pages name them and for ratios with
    # the control as numerator, and stopped at 6 pages in 6 areas: 28 estimates; at 7b15b79
    # and on arrival precision 1.000, recall 0.857, outcome 0.250, another endpoint's code
    # 0.083, role 0.792, orientation 0.958, numerator 0.750 of 4, unknown orientation 0.000)
    "corpus_blind91": ((1.00, 0.85, 0.25, 0.79, 0.95, 0.75), 0.09),
    # (kept apart, arrived during the work that began at 7b15b79, only its scores read; its
    # writer was asked for the same, trials found by searching regional journals, and
    # stopped at 5 pages in 4 areas, 2 observational: 42 estimates; at 7b15b79 and on
    # arrival precision 1.000, recall 0.690, outcome 0.414, another endpoint's code 0.069,
    # role 0.586, orientation 1.000, numerator 1.000 of 5, unknown orientation 0.000)
    "corpus_blind93": ((1.00, 0.69, 0.41, 0.58, 1.00, 1.00), 0.07),
    # (kept apart, arrived during the work that began at 012e523, only its scores read; its
    # writer was asked for the same and for more kinds of page, and stopped at 8 pages in 8
    # areas, 4 observational or a meta-analysis: 52 estimates, 20 of them covariates; at
    # 012e523 and on arrival precision 0.980, recall 0.942, outcome 0.184, another
    # endpoint's code 0.082, role 0.531, orientation 0.898, numerator 0.429 of 7, unknown
    # orientation 0.500)
    "corpus_blind95": ((0.98, 0.94, 0.18, 0.53, 0.89, 0.42), 0.09),
}


# Treatment effects read as such whose orientation is unknown are left out of an analysis
# unless it allows them: the eligible rows a reviewer would lose. Ceilings at the figures of
# the revision that added this measure (blind13 kept apart from rule writing: 0.213 at
# 0cc368d, 0.191 with the day's rules on arms named by what patients were given).
# (checked in test_later_blind_corpora_do_not_regress, whose corpora these are)
# (lowered to the figures of the work that began at 6965b12, whose rules take a value's arms
# from the document's other results and its randomisation sentence's description of an arm)
UNKNOWN_ORIENTATION_CEILINGS = {
    "corpus_blind8": 0.03,
    "corpus_blind9": 0.01,
    "corpus_blind10": 0.00,
    # (0.098 -> 0.101: entries of "Similar articles" on the page's own trial are read by
    # their cues now, and one of those treatment effects names no arm)
    # (0.101 -> 0.114: a list under a caption naming the measure is read, and its three
    # rows, endpoints of a plain-language summary naming no arms, are of unknown orientation)
    "corpus_blind11": 0.07,
    "corpus_blind12": 0.01,
    "corpus_blind13": 0.04,
    "corpus_blind14": 0.06,
    # (blind15 0.090 -> 0.112 and blind17 0.114 -> 0.126 when every column of a table giving
    # the measure was read: the rows found, right by the gold, are a factorial trial's
    # columns, one per factor, and an adjusted column of a table naming no arms, whose
    # orientation the text leaves open)
    # (0.112 -> 0.128: a results record of the registry's current layout is read as one, and
    # two of its analyses name no comparison groups: unknown, as the gold has them)
    "corpus_blind15": 0.06,
    # (0.126 -> 0.133 when "than in control infants" stopped reading as a subgroup: the
    # estimate, a treatment effect now, names its arms as people of the sites)
    "corpus_blind17": 0.03,
    "corpus_blind19": 0.05,
    "corpus_blind21": 0.03,
    # (0.114 -> 0.122 when a second value without an interval after "and" was read, "were 0.64
    # (P<0.001) and 0.75 (P=0.04)": its arms, the sentence's second, are left unknown)
    "corpus_blind23": 0.05,
    "corpus_blind25": 0.02,
    "corpus_blind27": 0.13,
    "corpus_blind29": 0.03,
    # (0.194 -> 0.219 when a registry block's interval labelled "95% CI:" was read: the row
    # found lists its groups, "Comparison groups: A, B", and says no more of its direction:
    # unknown, as the gold has it)
    "corpus_blind33": 0.19,
    "corpus_blind35": 0.01,
    # (0.138 -> 0.150 when registry results copied with their labels in sentence case were
    # read: one of the two rows found lists its groups, "Comparison groups: Drug, Placebo",
    # and says no more of its direction: unknown, as the gold has it)
    "corpus_blind37": 0.09,
    "corpus_blind39": 0.05,
    "corpus_blind41": 0.12,
    "corpus_blind43": 0.08,
    "corpus_blind45": 0.01,
    "corpus_blind47": 0.12,
    "corpus_blind49": 0.35,
    "corpus_blind51": 0.06,
    "corpus_blind53": 0.04,
    "corpus_blind55": 0.13,
    "corpus_blind57": 0.47,
    "corpus_blind59": 0.31,
    "corpus_blind61": 0.07,
    "corpus_blind63": 0.40,
    "corpus_blind65": 0.21,
    "corpus_blind67": 0.19,
    "corpus_blind69": 0.22,
    "corpus_blind71": 0.13,
    "corpus_blind73": 0.0,
    "corpus_blind75": 0.23,
    "corpus_blind77": 0.13,
    "corpus_blind79": 0.05,
    "corpus_blind81": 0.12,
    "corpus_blind83": 0.59,
    "corpus_blind85": 0.08,
    "corpus_blind87": 0.08,
    "corpus_blind89": 0.01,
    "corpus_blind91": 0.01,
    "corpus_blind93": 0.01,
    "corpus_blind95": 0.51,
}


@pytest.mark.parametrize("name", sorted(LATER_BLIND_FLOORS))
def test_later_blind_corpora_do_not_regress(name):
    folder = ROOT / "tests" / name
    if not (folder / "gold_estimates.csv").is_file():
        pytest.skip(f"no {name}")
    result = evaluate(folder)
    floors, another = LATER_BLIND_FLOORS[name]
    keys = (
        "precision",
        "recall",
        "outcome_accuracy",
        "role_accuracy",
        "orientation_accuracy",
        "numerator_accuracy",
    )
    for key, floor in zip(keys, floors):
        _at_least(result, key, floor)
    assert result["outcome_another_code"] <= another, format_report(result)
    # (one evaluation per corpus for both: few treatment effects left without an orientation)
    assert result["effects_orientation_unknown"] <= UNKNOWN_ORIENTATION_CEILINGS[name], (
        format_report(result)
    )


@pytest.mark.parametrize(
    "gold, found, same",
    [
        ("DARO", "darolutamide (daro)", True),  # spelled out from the document's abbreviation
        ("darolutamide", "darolutamide (daro)", True),
        ("placebo", "darolutamide (daro)", False),
        ("rivaroxaban plus aspirin", "rivaroxaban-plus-aspirin", True),
        ("nivolumab", "nivolumab plus ipilimumab", False),
        # the same arm with or without its article and "group"
        ("daratumumab group", "daratumumab", True),
        ("the FLOT group", "flot", True),
        ("control arm", "control", True),
        ("daratumumab group", "control", False),
        # articles inside a name too
        ("Verzenio plus an NSAI", "verzenio plus nsai", True),
        ("placebo plus an NSAI", "verzenio plus nsai", False),
    ],
)
def test_an_arm_is_scored_as_printed_or_spelled_out(gold, found, same):
    from metasynth.evaluation import _same_orientation

    g = {"orientation": "stated", "numerator_arm": gold, "denominator_arm": "x"}
    e = {"orientation": "stated", "numerator_arm": found, "denominator_arm": "x"}
    assert _same_orientation(g, e) is same


def test_a_numerator_is_the_same_arm_with_or_without_articles_inside_its_name():
    from metasynth.evaluation import _same_arm

    assert _same_arm("Verzenio plus an NSAI", "verzenio plus nsai")
    assert _same_arm("the zoledronate group", "zoledronate")
    assert not _same_arm("placebo plus an NSAI", "verzenio plus nsai")


def test_a_hard_wrapped_corpus_is_read_as_the_corpus_is(tmp_path):
    """tests/corpus_blind11 with every line longer than 100 characters broken at the last
    space before it, as text taken from a PDF or an e-mail is, scores as the corpus as
    written does (within 0.01 of its precision and recall, 0.02 of its role accuracy and
    unknown-orientation share). Before wrapped paragraphs were read as one line (parsing_text.unwrapped), this copy scored precision 0.989,
    recall 0.938, role 0.823 and 0.137 of treatment effects without an orientation, against
    1.000, 0.964, 0.887 and 0.098 for the corpus as written."""
    import textwrap

    source = ROOT / "tests" / "corpus_blind11"
    if not (source / "gold_estimates.csv").is_file():
        pytest.skip("no corpus_blind11")
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold_estimates.csv").write_bytes((source / "gold_estimates.csv").read_bytes())
    for path in sorted((source / "docs").glob("*.txt")):
        lines = [
            "\n".join(textwrap.wrap(line, 100, break_long_words=False, break_on_hyphens=False))
            if len(line) > 100
            else line
            for line in path.read_text(encoding="utf-8").split("\n")
        ]
        (tmp_path / "docs" / path.name).write_text("\n".join(lines), encoding="utf-8")
    result, plain = evaluate(tmp_path), evaluate(source)
    for key, slack in (("precision", 0.01), ("recall", 0.01), ("role_accuracy", 0.02)):
        _at_least(result, key, plain[key] - slack)
    assert result["effects_orientation_unknown"] <= plain["effects_orientation_unknown"] + 0.02, (
        format_report(result)
    )


@pytest.mark.parametrize(
    "code, named",
    [
        ("OS", True),
        ("ACM", True),  # an alias of OS
        ("os", True),
        ("DEATH_90D", True),  # any horizon of a timed death
        ("death_6m", True),
        ("MACE", True),
        ("breast_cancer", False),  # a corpus's own code for an endpoint the vocabulary lacks
        ("opioid_relapse", False),
        ("DEATH_ANY", False),
        ("", False),
    ],
)
def test_an_outcome_is_split_by_whether_the_vocabulary_names_it(code, named):
    from metasynth.evaluation import _named_by_vocabulary

    assert _named_by_vocabulary(code) is named


def test_outcome_accuracy_is_also_given_apart_for_endpoints_the_vocabulary_names(tmp_path):
    """Three estimates of one page: overall survival and progression-free survival (named by
    the vocabulary) and an endpoint it has no code for, given a code of the corpus's own.
    Worked out by hand: the extractor reads OS and PFS right and leaves the third empty, so
    outcome accuracy is 2 of 3, on the vocabulary's endpoints 2 of 2, and none of the one
    endpoint outside it is given a code."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p1.txt").write_text(
        "Drug A versus placebo in advanced disease\n\n"
        "Overall survival was longer with drug A than with placebo (hazard ratio 0.70; 95% CI "
        "0.55 to 0.89). Progression-free survival was also longer (hazard ratio 0.60; 95% CI "
        "0.48 to 0.75). Hip replacement surgery was needed less often with drug A (hazard "
        "ratio 0.80; 95% CI 0.66 to 0.97).\n",
        encoding="utf-8",
    )
    header = (
        "doc_id,measure,value,ci_lower,ci_upper,ci_level,p_text,outcome,role,numerator_arm,"
        "denominator_arm,orientation"
    )
    rows = [
        "p1,HR,0.70,0.55,0.89,95,,OS,treatment_effect,,,conventional",
        "p1,HR,0.60,0.48,0.75,95,,PFS,treatment_effect,,,conventional",
        "p1,HR,0.80,0.66,0.97,95,,hip_replacement,treatment_effect,,,conventional",
    ]
    (tmp_path / "gold_estimates.csv").write_text("\n".join([header, *rows]) + "\n")
    result = evaluate(tmp_path)
    assert result["n_matched"] == 3, format_report(result)
    assert result["outcome_accuracy"] == pytest.approx(2 / 3)
    assert (result["n_outcome_named"], result["outcome_accuracy_named"]) == (2, 1.0)
    assert (result["n_outcome_outside"], result["outcome_outside_given_a_code"]) == (1, 0.0)
    assert "vocabulary names the endpoint: 1.000 of 2" in format_report(result)
