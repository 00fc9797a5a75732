"""Study identity on the linking corpora, written by others without the code.

tests/corpus_linking/ is the development set (102 documents, 49 trials: sister trials with
neighbouring registry ids, several reports of one trial without a shared id, documents
reporting two trials, reviews naming trials, noisy pages). tests/corpus_linking_holdout/
(45 documents, 33 trials) is never used to tune the rules; its test is a guard against
regressions on unseen wording, at the level measured when the rules were written
(pairwise precision 0.692, recall 0.750; precision 1.000 since editorials, news and
other commentary are not reports of the trials they discuss; recall 0.833 since names
printed three times and twice as often as any other are a document's own).
tests/corpus_linking_blind/ (48 documents, 20 trials; name variants, twin trials, typo
and truncated ids, press releases, roundups) was written blind to the code and used for
development: pairwise precision 0.613 and recall 0.500 when it was added, 1.000 and 0.921
after the rules it showed were missing.
"""

import textwrap
from pathlib import Path

import pytest

from metasynth.linking_evaluation import evaluate_linking

HERE = Path(__file__).resolve().parent
DEV, HOLDOUT = HERE / "corpus_linking", HERE / "corpus_linking_holdout"
BLIND = HERE / "corpus_linking_blind"


def _assert_floors(scores, precision, recall, split, mixing, titles=None):
    """A blind set's floors: pairwise precision and recall at least these, at most ``split``
    trials split and ``mixing`` studies mixing trials, and at least ``titles`` titles."""
    # (the messages give figures only: a failing floor must not print a kept-apart set's
    # studies)
    figures = (
        f"precision {scores['pairwise_precision']:.3f}, recall {scores['pairwise_recall']:.3f}, "
        f"{len(scores['trials_split'])} split, {len(scores['studies_mixing_trials'])} mixing, "
        f"titles {scores['fields']['title']['correct']}"
    )
    assert scores["pairwise_precision"] >= precision, figures
    assert scores["pairwise_recall"] >= recall, figures
    assert len(scores["trials_split"]) <= split, figures
    assert len(scores["studies_mixing_trials"]) <= mixing, figures
    if titles is not None:
        assert scores["fields"]["title"]["correct"] >= titles, figures


@pytest.fixture(scope="module")
def dev():
    return evaluate_linking(DEV)


@pytest.mark.skipif(not (DEV / "gold_documents.csv").exists(), reason="no linking corpus")
def test_development_set_no_study_mixes_trials_and_trials_stay_together(dev):
    assert dev["studies_mixing_trials"] == []
    assert dev["pairwise_precision"] == 1.0
    assert dev["pairwise_recall"] >= 0.95, dev["trials_split"]


@pytest.mark.skipif(not (DEV / "gold_documents.csv").exists(), reason="no linking corpus")
def test_development_set_labels_and_attribution(dev):
    labels = dev["labels"]
    assert sum(ok for *_, ok in labels) >= 0.95 * len(labels), [r for r in labels if not r[3]]
    assert dev["attribution"]["n"] >= 6
    assert dev["attribution"]["correct"] == dev["attribution"]["n"], dev["attribution"]["wrong"]
    fields = dev["fields"]
    for name, floor in (
        ("title", 0.75),
        ("first_author", 0.8),
        ("journal", 0.85),
        ("year", 0.95),
        ("n_enrolled", 0.7),
    ):
        assert fields[name]["correct"] >= floor * fields[name]["n"], (name, fields[name]["wrong"])


@pytest.mark.skipif(
    not (HOLDOUT / "gold_documents.csv").exists(), reason="no held-out linking corpus"
)
def test_holdout_guard():
    scores = evaluate_linking(HOLDOUT)
    assert scores["pairwise_precision"] >= 0.95, scores["studies_mixing_trials"]
    assert scores["pairwise_recall"] >= 0.80, scores["trials_split"]


@pytest.mark.skipif(not (BLIND / "gold_documents.csv").exists(), reason="no blind linking corpus")
def test_blind_set_no_study_mixes_trials():
    scores = evaluate_linking(BLIND)
    assert scores["studies_mixing_trials"] == []
    assert scores["pairwise_precision"] == 1.0
    assert scores["pairwise_recall"] >= 0.90, scores["trials_split"]
    fields = scores["fields"]
    for name, floor in (("title", 0.85), ("first_author", 0.8), ("year", 0.9)):
        assert fields[name]["correct"] >= floor * fields[name]["n"], (name, fields[name]["wrong"])


BLIND2 = HERE / "corpus_linking_blind2"


@pytest.mark.skipif(
    not (BLIND2 / "gold_documents.csv").exists(), reason="no second blind linking corpus"
)
def test_second_blind_set_does_not_regress():
    """The second linking corpus written blind to the code (32 documents, 15 trials, with
    sibling trials, printed-name variants, truncated and transposed ids). On arrival the
    rules scored pairwise precision 0.917 and recall 0.550 with 5 trials split and 2
    studies mixing trials; the floors sit at what they reach now (the study left mixing
    holds a news round-up that gold calls a report of no trial)."""
    scores = evaluate_linking(BLIND2)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    assert scores["pairwise_recall"] >= 1.0, scores["trials_split"]
    assert scores["studies_mixing_trials"] == []


BLIND3 = HERE / "corpus_linking_blind3"


@pytest.mark.skipif(
    not (BLIND3 / "gold_documents.csv").exists(), reason="no third blind linking corpus"
)
def test_third_blind_set_does_not_regress():
    """The third linking corpus written blind to the code (46 documents, 19 trials, 17
    outside oncology: common-word names, WHO-format registry records, press releases and
    congress pages without ids, a typo id). On arrival the rules scored pairwise precision
    1.000 and recall 0.267 with 12 trials split; the floors sit at what they reach now (the
    2 trials left split are those of a pooled analysis of both, which gold calls a report
    of each and the rules a meta-analysis of trials it cites)."""
    scores = evaluate_linking(BLIND3)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    assert scores["pairwise_recall"] >= 0.86, scores["trials_split"]
    assert len(scores["trials_split"]) <= 2
    fields = scores["fields"]
    assert fields["journal"]["correct"] >= 40, fields["journal"]["wrong"]
    assert fields["year"]["correct"] >= 43, fields["year"]["wrong"]


BLIND4 = HERE / "corpus_linking_blind4"


@pytest.mark.skipif(
    not (BLIND4 / "gold_documents.csv").exists(), reason="no fourth blind linking corpus"
)
def test_fourth_blind_set_does_not_regress():
    """The fourth linking corpus written blind to the code (27 documents, 11 trials: twin
    trials reported in one paper with neighbouring ids, an extension with its own id, a
    regional bridging trial, two unrelated trials sharing an acronym). At the revision
    before it arrived the rules scored pairwise precision 0.625 and recall 0.357, with 5
    studies mixing trials; now no study mixes two trials but one pooled analysis that gold
    calls a report of each trial it pools."""
    scores = evaluate_linking(BLIND4)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    # (0.643 with one split and one mixing study before names in apposition to a counted
    # plural trial word were read: "both ... twin phase 3 studies ..., SOLO 1 and SOLO 2")
    assert scores["pairwise_recall"] >= 0.89, scores["trials_split"]
    assert scores["studies_mixing_trials"] == []


BLIND5 = HERE / "corpus_linking_blind5"


@pytest.mark.skipif(
    not (BLIND5 / "gold_documents.csv").exists(), reason="no fifth blind linking corpus"
)
def test_fifth_blind_set_does_not_regress():
    """The fifth linking corpus written blind to the code (45 documents, 19 trials, 11
    outside oncology: numbered sister trials with neighbouring ids, papers printing a
    predecessor's or sister trial's id beside their own, non-NCT registries, a pooled
    analysis of three trials, pages naming trials only by sponsor codes or not at all). On
    arrival the rules scored pairwise precision 0.808 and recall 0.512, with 4 studies
    mixing trials; the one left mixing is a page naming its two trials only by sponsor
    protocol codes. Recall 0.902 (0.854 before) since an assignment in the active voice
    counts the people ("Doctors ... assigned 199 adults ..."): an unnamed news item joins
    LOTUS China by its enrolment and drugs."""
    scores = evaluate_linking(BLIND5)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    assert scores["pairwise_recall"] >= 0.90, scores["trials_split"]
    assert len(scores["studies_mixing_trials"]) <= 1


BLIND6 = HERE / "corpus_linking_blind6"


@pytest.mark.skipif(
    not (BLIND6 / "gold_documents.csv").exists(), reason="no sixth blind linking corpus"
)
def test_sixth_blind_set_does_not_regress():
    """The sixth linking corpus written blind to the code (46 documents, 19 trials, 14
    outside oncology: programme prefixes present or left off, sister trials with
    neighbouring ids and near-identical titles, sponsor study codes only, news and press
    pages without ids, collective authors, reviews printing their trials' ids). On arrival
    the rules scored pairwise precision 0.944 and recall 0.378, with 13 trials split and 4
    studies mixing trials; now no study mixes two trials but the pages naming several
    trials only by sponsor codes or in prose (gold calls them reports of each)."""
    scores = evaluate_linking(BLIND6)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    # (0.556 and 10 split at 2fc73eb; 0.689 and 7 after the rules of 2026-11-27 for releases
    # announcing two trials; 0.756 and 6 at f68a997, "Voyage I" read as a name)
    assert scores["pairwise_recall"] >= 0.75, scores["trials_split"]
    assert len(scores["trials_split"]) <= 6


BLIND7 = HERE / "corpus_linking_blind7"


@pytest.mark.skipif(
    not (BLIND7 / "gold_documents.csv").exists(), reason="no seventh blind linking corpus"
)
def test_seventh_blind_set_does_not_regress():
    """The seventh linking corpus written blind to the code (45 documents, 17 trials, 10
    outside oncology: two unrelated trials sharing an acronym, successor and regional
    sister trials, twin trials with neighbouring ids, ids printed in forms that do not
    match). On arrival the rules scored pairwise precision 0.697 and recall 0.535 (the
    revision before this session's rules: 0.463 and 0.581)."""
    scores = evaluate_linking(BLIND7)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    # (0.721 with a post hoc report titled by the trial's name, known from its paper;
    # 0.767 and one study mixing trials with the names listed after a colon later in a
    # count's sentence, "Two ... trials ... were run in Asia: CTONG-0802 (...) and ENSURE";
    # 0.860 since an abstract and its congress report, neither naming the trial, join by
    # the three drugs both give; 0.953 and no study mixing trials since a news page counting
    # two trials reports each whose investigator it names)
    assert scores["pairwise_recall"] >= 0.95, scores["trials_split"]
    assert len(scores["studies_mixing_trials"]) <= 0


BLIND8, BLIND9 = HERE / "corpus_linking_blind8", HERE / "corpus_linking_blind9"


@pytest.mark.skipif(
    not (BLIND8 / "gold_documents.csv").exists(), reason="no eighth blind linking corpus"
)
def test_eighth_blind_set_does_not_regress():
    """The eighth linking corpus written blind to the code (45 documents, 20 trials: twin
    trials reported together, correction notices and author replies, an acronym shared by
    two unrelated trials, a one-digit misprint of an id). On arrival: pairwise precision
    1.000, recall 0.444, 13 trials split, 3 studies mixing trials."""
    scores = evaluate_linking(BLIND8)
    # (0.833, 4 split and 1 mixing at 2fc73eb; 0.889, 2 and 0 with the re-analysis rule;
    # 0.944 and 1 split since the EU register's "Actual number of subjects enrolled" is read)
    _assert_floors(scores, precision=1.0, recall=0.94, split=1, mixing=0)


@pytest.mark.skipif(
    not (BLIND9 / "gold_documents.csv").exists(), reason="no ninth blind linking corpus"
)
def test_ninth_blind_set_does_not_regress():
    """The ninth linking corpus written blind to the code (45 documents, 19 trials: an
    extension study, one drug in two trials, sponsor protocol codes, ANZCTR records in
    columns, editorials). On arrival: pairwise precision 0.905, recall 0.543, 7 trials
    split, 1 study mixing trials."""
    scores = evaluate_linking(BLIND9)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    assert scores["pairwise_recall"] >= 0.82, scores["trials_split"]
    assert len(scores["trials_split"]) <= 3
    assert scores["studies_mixing_trials"] == []


BLIND10 = HERE / "corpus_linking_blind10"


@pytest.mark.skipif(
    not (BLIND10 / "gold_documents.csv").exists(), reason="no tenth blind linking corpus"
)
def test_tenth_blind_set_does_not_regress():
    """The tenth linking corpus written blind to the code (47 documents, 20 trials: sister
    trials by number, an extension's id, correction notices, a review labelled in its
    header). On arrival: pairwise precision 0.692, recall 0.600, 8 trials split, 1 study
    mixing trials."""
    scores = evaluate_linking(BLIND10)
    assert scores["pairwise_precision"] >= 1.0, scores["studies_mixing_trials"]
    # (0.800 and 4 split at 300473e; 0.967 and 1 at f68a997: a release naming its one trial,
    # a congress abstract and its paper by one author, an id after an apposition another's)
    # (1.000 and 0 with an authors' reply titled by its trial's name, known from its paper)
    assert scores["pairwise_recall"] >= 1.0, scores["trials_split"]
    assert len(scores["trials_split"]) <= 0


BLIND11 = HERE / "corpus_linking_blind11"


@pytest.mark.skipif(
    not (BLIND11 / "gold_documents.csv").exists(), reason="no eleventh blind linking corpus"
)
def test_eleventh_blind_set_does_not_regress():
    """The eleventh linking corpus written blind to the code (48 documents, 21 trials: one
    acronym for two programmes in different areas (GEMINI, SWITCH), sister trials with
    near ids, reports of two sister trials, ids cut short or with digits swapped). On
    arrival: pairwise precision 1.000, recall 0.463, 13 trials split, 3 studies mixing
    trials."""
    scores = evaluate_linking(BLIND11)
    # (0.732, 7 split and 1 mixing at 2fc73eb; 0.878, 5 and 0 with the re-analysis rule;
    # 0.902 and 4 at f68a997, a release naming its one trial)
    _assert_floors(scores, precision=1.0, recall=0.95, split=2, mixing=0)


BLIND12 = HERE / "corpus_linking_blind12"


@pytest.mark.skipif(
    not (BLIND12 / "gold_documents.csv").exists(), reason="no twelfth blind linking corpus"
)
def test_twelfth_blind_set_does_not_regress():
    """The twelfth linking corpus written blind to the code (48 documents, 20 trials: one
    acronym for trials in different areas (ASTRAL, WATERFALL), an editorial citing both,
    sister trials with near ids, a programme's press release, one first author on several
    trials). On arrival, the same at 36ee0c6 and at the revision of the day's other rules:
    pairwise precision 0.486, recall 0.439, 13 trials split, 5 studies mixing trials."""
    scores = evaluate_linking(BLIND12)
    # (0.585 and 10 split at 300473e; 0.732 and 8 at f68a997: letters answered by the
    # trial's authors, a plural title word read as its singular; 0.756 and 7 at 14f6d15;
    # 0.805, 5 and no study mixing trials since a programme's name over two registered
    # trials, "(CAPACITY): two randomised trials", names neither; 0.878 and 3 since an
    # unnamed page joins the one study giving two of its drugs, the same year or the next;
    # 0.927 and 2 since a count of the places is no enrolment, written at 781cc1a)
    _assert_floors(scores, precision=1.0, recall=0.92, split=2, mixing=0)


BLIND13 = HERE / "corpus_linking_blind13"


@pytest.mark.skipif(
    not (BLIND13 / "gold_documents.csv").exists(), reason="no thirteenth blind linking corpus"
)
def test_thirteenth_blind_set_does_not_regress():
    """The thirteenth linking corpus written blind to the code (48 documents, 19 trials: one
    acronym for a stroke and a cardiology trial (BEST), reports of two sister trials (HAWK
    and HARRIER, KEEPsAKE 1 and 2), pages identified only by title, author and id, ids of
    other trials printed as background). On arrival, the same at 0cc368d and at the
    revision of the day's first rules: pairwise precision 0.968, recall 0.698, 7 trials
    split, 2 studies mixing trials. 0.974, 0.884, 3, 1 at 14f6d15; 1.000, 0.907, 2, 0 since
    a sentence opened by "In NAME," names a trial and an approval resting on two counted
    programmes reports each ("The decision draws on two phase 3 programmes. In
    MAESTRO-NASH, ..."); 1.000, 0.953, 1, 0 with a country's adjective before a title-case
    name the title prints, "The German Esopec study").
    Since the similar_text rule (written on development sets): pairwise precision 1.000,
    recall 1.000, 0 trials split, no study mixing trials."""
    scores = evaluate_linking(BLIND13)
    _assert_floors(scores, precision=1.0, recall=1, split=0, mixing=0)


BLIND14 = HERE / "corpus_linking_blind14"


@pytest.mark.skipif(
    not (BLIND14 / "gold_documents.csv").exists(), reason="no fourteenth blind linking corpus"
)
def test_fourteenth_blind_set_does_not_regress():
    """The fourteenth linking corpus written blind to the code (50 documents, 20 trials, every
    page hard-wrapped at about 105 characters as text taken from a PDF or an e-mail: two
    unrelated trials called BRIDGE, successor trials (SWIFT and SWIFT PRIME, TRICC and
    TRIPICU), two pages each reporting two trials, NIHR report titles ("the OVIVA
    non-inferiority RCT"), a repository record). On arrival, the same at 4b4f98b: pairwise
    precision 0.889, recall 0.400, 13 trials split, 3 studies mixing trials, titles 20 of
    50."""
    scores = evaluate_linking(BLIND14)
    # (kept apart: 0.725 and 5 split at 300473e; 0.800 and 3 at f68a997 from rules written on
    # other sets, a news item on one trial and enrolment counted over more kinds of people)
    # (0.825 with an organisation's abbreviation naming no trial, written at 781cc1a)
    _assert_floors(scores, precision=1.0, recall=0.87, split=2, mixing=0, titles=37)


def _hard_wrapped_copy(corpus: Path, folder: Path, width: int = 100) -> Path:
    """The corpus with every line longer than ``width`` broken at the last space before it,
    as text taken from a PDF or an e-mail is."""
    (folder / "docs").mkdir(parents=True)
    for name in ("gold_documents.csv", "gold_trials.csv", "gold_estimates.csv"):
        if (corpus / name).exists():
            (folder / name).write_bytes((corpus / name).read_bytes())
    for path in sorted((corpus / "docs").glob("*.txt")):
        lines = []
        for line in path.read_text(encoding="utf-8").split("\n"):
            lines.append(
                "\n".join(
                    textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                )
                if len(line) > width
                else line
            )
        (folder / "docs" / path.name).write_text("\n".join(lines), encoding="utf-8")
    return folder


@pytest.mark.skipif(not (DEV / "gold_documents.csv").exists(), reason="no linking corpus")
def test_a_hard_wrapped_development_set_links_as_the_set_does(tmp_path):
    """Every page of the development set broken into lines of 100 characters: before
    wrapped paragraphs were read as one, this copy scored pairwise precision 0.909, recall
    0.806, 8 trials split, 4 studies mixing trials and 43 of 102 titles."""
    scores = evaluate_linking(_hard_wrapped_copy(DEV, tmp_path / "wrapped"))
    assert scores["studies_mixing_trials"] == []
    assert scores["pairwise_precision"] == 1.0
    assert scores["pairwise_recall"] >= 0.95, scores["trials_split"]
    assert scores["fields"]["title"]["correct"] >= 0.8 * scores["fields"]["title"]["n"]


BLIND15 = HERE / "corpus_linking_blind15"


@pytest.mark.skipif(
    not (BLIND15 / "gold_documents.csv").exists(), reason="no fifteenth blind linking corpus"
)
def test_fifteenth_blind_set_does_not_regress():
    """The fifteenth linking corpus written blind to the code (50 documents, 20 trials: ANCHOR
    the name of an ophthalmology and a lipid trial, sister trials in adults and children
    (EcLiPSE and ConSEPT), an ISRCTN printed with two digits swapped, pages set as a PDF
    prints them with titles and author lists over several lines, e-mail digests and
    repository pages). On arrival, the same at 4b4f98b and with the day's rules: pairwise
    precision 1.000, recall 0.375, 14 trials split, 2 studies mixing trials, titles 35 (36)
    of 50."""
    scores = evaluate_linking(BLIND15)
    # (0.525 and 11 split at 2fc73eb; 0.600 and 9 after the rules of 2026-11-27; 0.650 and 8
    # when a pilot named before its trial became another study; 0.750, 6 and 1 when names
    # opening the paragraphs of a page on counted trials, "1) ECLIPSE (UK, ...)", were read;
    # 0.825 and 4 since an unnamed page joins the one study giving two of its drugs; 0.925,
    # 2 and 0 since a page counting two trials and naming neither joins the two studies its
    # words match: a news item on CKD-FIX and PERL)
    _assert_floors(scores, precision=1.0, recall=0.92, split=2, mixing=0, titles=42)


BLIND16 = HERE / "corpus_linking_blind16"


@pytest.mark.skipif(
    not (BLIND16 / "gold_documents.csv").exists(), reason="no sixteenth blind linking corpus"
)
def test_sixteenth_blind_set_does_not_regress():
    """The sixteenth linking corpus written blind to the code (50 documents, 20 trials:
    DIAMOND the name of a diabetes and a heart-failure programme, ORACLE I and II under one
    registry id, a pilot and its successor, news on two trials of one question, pages known
    by a spelled-out title only). Kept apart from rule writing: its scores measure the
    rules. On arrival: pairwise precision 0.947, recall 0.450, 12 trials split, 3 studies
    mixing trials, titles 41 of 50 at 4b4f98b; 0.950, 0.475, 11, 3 and 44 at 2fc73eb and
    300473e. Used for development since corpus_linking_blind18 arrived: 0.964, 0.675, 8, 2
    and 47 (titles without the collective author MEDLINE printed after them, registry pages
    named by their acronym fields, a title counting the trials a page reports). Since a
    distinctive enrolment (1,000 or more, not a multiple of 50) lets fewer shared words link
    and a press release's dateline gives its year: recall 0.750, 6 trials split, precision
    0.968 (an unnamed news item on 1440 children joins PEPaNIC); 0.800, 5 split, 0.970 since a
    trial's number printed after its title bracket is read ("(ENIGMA)-II Trial"). Since the
    similar_text rule: recall 0.825, 4 split, precision 0.917 (lowered knowingly): the
    DIAMOND-CHF paper, which names no trial, joins its sister DIAMOND-MI (one drug, one
    group, enrolments 1518 and 1510, a year apart: nothing in the words tells the two
    populations apart), in the study that an atrial-fibrillation substudy of both trials
    already mixed; it is no longer split from that substudy, but is wrongly with the other
    trial's paper."""
    scores = evaluate_linking(BLIND16)
    _assert_floors(scores, precision=0.91, recall=0.82, split=4, mixing=2, titles=48)


BLIND18 = HERE / "corpus_linking_blind18"


@pytest.mark.skipif(
    not (BLIND18 / "gold_documents.csv").exists(), reason="no eighteenth blind linking corpus"
)
def test_eighteenth_blind_set_does_not_regress():
    """The eighteenth linking corpus written blind to the code (50 documents, 22 trials:
    near-namesake trials of one programme or of two fields, sister trials by country, a
    pilot and its main trial, several reports carrying their own follow-up ids). Kept apart
    from rule writing until corpus_linking_blind20 arrived: on arrival pairwise precision
    0.667, recall 0.450, 10 trials split, 5 studies mixing trials, titles 50 of 50 at
    2fc73eb; 0.679, 0.475, 10, 4 and 50 at 300473e and at fa382d7. Used for development
    since: 1.000, 0.675, 8, 2 and 50 (the two remaining mixed studies are pages on two or
    three trials naming none of them; the splits are follow-ups registered under ids of their
    own and pages naming no trial); 1.000, 0.750, 6, 2 since a follow-up registered under
    an id of its own, by the trial's name and enrolment ten and eight years on, joins its
    trial (SYNTAXES, ROOBY-FS); 1.000, 0.825, 4, 1 since a page counting two trials and
    naming neither joins the two studies its words match (a conference report on PROUD and
    IPERGAY)."""
    scores = evaluate_linking(BLIND18)
    _assert_floors(scores, precision=1.0, recall=0.82, split=4, mixing=1, titles=50)


BLIND20 = HERE / "corpus_linking_blind20"


@pytest.mark.skipif(
    not (BLIND20 / "gold_documents.csv").exists(), reason="no twentieth blind linking corpus"
)
def test_twentieth_blind_set_does_not_regress():
    """The twentieth linking corpus written blind to the code (50 documents, 22 trials: one
    acronym in two fields, numbered programmes with close registry ids, sister trials by
    region, cooperative-group protocol numbers, a pilot and its trials, pages on two or
    three trials, registry ids printed with a typo). Kept apart from rule writing until
    corpus_linking_blind22 arrived: on arrival pairwise precision 0.941, recall 0.333, 15
    trials split, 7 studies mixing trials, titles 43 of 50, the same at fa382d7, 61cc8a9 and
    e55c00a. Used for development since: 0.958, 0.479, 11, 6 and 43 (registry records'
    related-study ids, titles ending "follow-up of CALGB 9343", a group's protocol letter,
    mistyped ids on unnamed pages, unnamed reports of two registered trials).
    Since the similar_text rule (written on development sets): pairwise precision 1.000,
    recall 0.708, 4 trials split, 3 studies mixing trials."""
    scores = evaluate_linking(BLIND20)
    _assert_floors(scores, precision=1.0, recall=0.75, split=3, mixing=2, titles=46)


BLIND22 = HERE / "corpus_linking_blind22"


@pytest.mark.skipif(
    not (BLIND22 / "gold_documents.csv").exists(), reason="no twenty-second blind linking corpus"
)
def test_twenty_second_blind_set_does_not_regress():
    """The twenty-second linking corpus written blind to the code (50 documents, 23 trials:
    one acronym in two fields, one study number in two programmes, numbered sister trials
    with close ids, pooled reports of sisters, sponsor codes and group protocol names,
    registry ids of several registries, extensions with ids of their own). Kept apart from
    rule writing until corpus_linking_blind24 arrived: on arrival pairwise precision 0.643,
    recall 0.243, 17 trials split, 8 studies mixing trials, titles 44 of 50, the same at
    e55c00a and at 29ea592; at 9993b70 1.000, 0.243, 17, 7 and 44. Used for development
    since: 1.000, 0.730, 7, 0 and 44 (randomisation said otherwise than "randomly
    assigned", sister trials listed in a registration statement or an author line's group,
    a review label with the year after it, numbered sisters listed after "studies,", group
    protocols, a programme reported in the plural); 1.000, 0.784, 6, 0 (a news item titled
    "Five years on, ..." with its trial's enrolment, five years after the paper)."""
    scores = evaluate_linking(BLIND22)
    _assert_floors(scores, precision=1.0, recall=0.78, split=6, mixing=0, titles=45)


BLIND24 = HERE / "corpus_linking_blind24"


@pytest.mark.skipif(
    not (BLIND24 / "gold_documents.csv").exists(), reason="no twenty-fourth blind linking corpus"
)
def test_twenty_fourth_blind_set_does_not_regress():
    """The twenty-fourth linking corpus written blind to the code (48 documents, 21 trials:
    later reports under another name or first author, conference abstracts and releases
    giving a code or a drug, two sister trials on one page, trials sharing a name word, a
    drug or a question, ids printed with a typo, a line break, lower case or a space, pages
    known only by title, authors and enrolment, distractors printing many ids). Kept apart
    from rule writing until corpus_linking_blind26 arrived: on arrival pairwise precision
    0.889, recall 0.640, 7 trials split, 1 study mixing trials, titles 39 of 48, the same at
    9993b70 and f940455. Used for development since: 1.000, 0.840, 3, 0 and 39 (the people
    screened are no enrolment, a news item's trial published or presented now, capitalised
    abstract headings, a trial the result is set beside, research letters); 1.000, 0.880, 2,
    0 (a release titled by a product's name that the paper gives its trial)."""
    scores = evaluate_linking(BLIND24)
    _assert_floors(scores, precision=1.0, recall=0.92, split=1, mixing=0, titles=45)


BLIND26 = HERE / "corpus_linking_blind26"


@pytest.mark.skipif(
    not (BLIND26 / "gold_documents.csv").exists(), reason="no twenty-sixth blind linking corpus"
)
def test_twenty_sixth_blind_set_does_not_regress():
    """The twenty-sixth linking corpus written blind to the code (50 documents, 22 trials:
    later reports with the name spelled out, in another form or only as a group, protocol
    papers, releases giving a product's name, unnamed news, trials sharing a name word, a
    first author, a drug or a question, ids printed with a line break, a space, lower case or
    a typo, a trial registered twice, an extension with its own id, distractors). Kept
    apart from rule writing until corpus_linking_blind28 arrived: on arrival pairwise
    precision 0.588, recall 0.769, 6 trials split, 4 studies mixing trials, titles 45 of 50,
    the same at f940455, 653ef4e and e12367f. Used for development since: 0.808, 0.808, 5, 1
    (reviews printing three or more trials beside their own ids, a review label between
    middle dots), then 0.815, 0.846, 4, 1 (a news item's first author named with his
    colleagues and its trial's patients in a relative clause), then 0.821, 0.885, 3, 1 (a
    release titled by a vaccine's name that its phase 3 paper gives its trial, not the
    phase 2 trial's report), then 0.828, 0.923, 2, 1 (a name of title-case words in both
    reports' titles: "(the Sugar Babies Study)", "follow-up of the Sugar Babies randomised
    trial"); 1.000, 0.962, 1, 0 now (a congress report naming no trial joins the paper
    sharing six of its title words, written on development sets)."""
    scores = evaluate_linking(BLIND26)
    _assert_floors(scores, precision=1.0, recall=0.96, split=1, mixing=0, titles=48)


BLIND28 = HERE / "corpus_linking_blind28"


@pytest.mark.skipif(
    not (BLIND28 / "gold_documents.csv").exists(), reason="no twenty-eighth blind linking corpus"
)
def test_twenty_eighth_blind_set_does_not_regress():
    """The twenty-eighth linking corpus written blind to the code (50 documents, 22 trials:
    later reports and registry copies under another name, group number or sponsor code,
    releases giving a code or a drug, sister trials on one page, trials sharing a drug, an
    author or a look-alike name, ids with a space, a line break, lower case or a typo, trials
    registered twice, an extension with its own id, distractors printing 25 ids). Kept apart
    from rule writing: its scores measure the rules. On arrival: pairwise precision 0.792,
    recall 0.633, 9 trials split, 4 studies mixing trials, titles 38 of 50, the same at
    f940455 and e12367f. With pages printing three or more trials beside their own ids read
    as surveys (developed on corpus_linking_blind26): precision 0.947, recall 0.600, 9 split,
    3 mixing; one study fewer mixes trials, one pair of reports fewer is joined; the same at
    68e32a9. Used for development since corpus_linking_blind30 arrived: 0.950, 0.633, 8, 3
    (an evidence database's entry printing a paper's title without its subtitle); 0.952,
    0.667, 7, 3, titles 40 (news headlines opening with their meeting, "CROI 2022: NAMSAL
    study ...", read as titles whose meeting names no trial); 0.957, 0.733, 6, 3, titles 41
    (a trial finder's labelled title, "Scientific title: TheraP: ... (ANZUP1603)", its
    closing bracket the trial's other name); 0.960, 0.800, 5, 2 (a title giving results of
    sister trials each printed beside an id of its own, "results from the Phase 3 POETYK
    PSO-1, PSO-2 and long-term extension trials", reports each); 0.962, 0.833, 4, 2 (the
    enrolment read as every registry and more abstract wordings state it: "Of 530 patients
    randomised", "received A (n) or B (m)", "Total final enrolment: 409"); 0.964, 0.900, 3, 2
    (a design apposition never reaches past the bracket a name stands in: a release names
    POETYK PSO-1, not the drug code BMS-986165)."""
    scores = evaluate_linking(BLIND28)
    _assert_floors(scores, precision=1.0, recall=0.93, split=2, mixing=1, titles=44)


BLIND30 = HERE / "corpus_linking_blind30"


@pytest.mark.skipif(
    not (BLIND30 / "gold_documents.csv").exists(), reason="no thirtieth blind linking corpus"
)
def test_thirtieth_blind_set_does_not_regress():
    """The thirtieth linking corpus written blind to the code (50 documents, 21 trials: papers,
    registry records and later reports under another name, a group number, a sponsor or
    grant code or the title alone, conference abstracts and news giving a name only, two
    trials on one page, trials sharing a group number, a drug, a network or an author,
    look-alike names, ids with a space, a line break, lower case or a typo, trials registered
    twice, follow-up extensions with their own ids, distractors). Kept apart from rule
    writing until three newer sets had arrived (1eeea97): on arrival at 68e32a9 pairwise
    precision 0.882, recall 0.455, 13 trials split, 4 studies mixing trials, titles 44 of
    50, the same at fa49aa5 and at 1eeea97 (this revision's earlier rules did not move it).
    Used for development since: 0.900, 0.545, 11, 4 (a group's protocol before the trial's
    name in a title's bracket, "(JCOG1017, PRIM-BC)"; a registry's "Pred-ART Trial" and a
    paper's "PredART"), then 0.880, 0.667, 9, 3 (ids in lower case, "nct03675256", and a
    virus's types, "HPV 16/18", no trial's names: a news item on two trials joins them, a
    practice note printing one's id joins that one), then 0.893, 0.758, 7, 3 (registry
    mirrors' "Related record" and "Related trials you may be interested in" lists), then
    0.897, 0.788, 6, 3 (a spelled-out name's bracket with its registry named, "trial
    (OPTIMUM; ClinicalTrials.gov Identifier: NCT...)"), then 0.906, 0.879, 4, 2 (a page
    counting two trials and naming three reports the two whose paragraphs give their people
    or results), then 1.000, 0.879, 4, 1 (a practice digest by its title, "Practice notes:
    ...", reports no trial). Since a distinctive enrolment (1,000 or more, not a multiple
    of 50) lets fewer shared words link: recall 0.909, 3 trials split (a later report of the
    16,235 participants of a dengue vaccine trial, by another first author, joins it). Since a
    protocol joins the report of the enrolment it planned: recall 0.939, 2 trials split."""
    scores = evaluate_linking(BLIND30)
    _assert_floors(scores, precision=1.0, recall=0.96, split=1, mixing=0, titles=47)


BLIND32 = HERE / "corpus_linking_blind32"


@pytest.mark.skipif(
    not (BLIND32 / "gold_documents.csv").exists(), reason="no thirty-second blind linking corpus"
)
def test_thirty_second_blind_set_does_not_regress():
    """The thirty-second linking corpus written blind to the code (45 documents, 18 trials:
    papers, registry records, preprints and later reports under another name or a group
    code, conference abstracts, releases and news giving a name or a drug, two sister trials
    on one page, trials sharing a drug or a look-alike name, ids in two registries, with a
    space or a typo, distractors). Kept apart from rule writing until 216adc6, then used for
    development. On arrival at df93498: pairwise precision 0.905, recall 0.594, 8 trials
    split, 3 studies mixing trials, titles 38 of 45, the same at fa49aa5 and at 14f6d15;
    precision 1.000 and 2 studies mixing trials since a practice digest by its title or label
    reports no trial; recall 0.625 and 7 split since an id printed with a space after its
    prefix ("ChiCTR 2000029868") is the id; 0.688 and 1 study mixing trials since a page
    saying it reports two trials names them after "results from". Since a distinctive
    enrolment (1,000 or more, not a multiple of 50) lets fewer shared words link: recall
    0.750, 5 trials split (a cluster trial's two papers by different first authors, 33,995
    people each).
    Since the similar_text rule (written on development sets): pairwise precision 1.000,
    recall 0.781, 4 trials split, 1 study mixing trials."""
    scores = evaluate_linking(BLIND32)
    _assert_floors(scores, precision=1.0, recall=0.93, split=1, mixing=0, titles=39)


BLIND34 = HERE / "corpus_linking_blind34"


@pytest.mark.skipif(
    not (BLIND34 / "gold_documents.csv").exists(), reason="no thirty-fourth blind linking corpus"
)
def test_thirty_fourth_blind_set_does_not_regress():
    """The thirty-fourth linking corpus written blind to the code (36 documents, 14 trials;
    its writer stopped at 36 of 50 pages: papers, registry records and later reports under
    another name or its expansion, news and congress items giving a drug or a spelling
    variant, two trials on one page, trials sharing a name word, a topic, a drug or an
    author, ids with a space, a line break, lower case or a typo, a trial registered twice,
    pages known by title, authors and enrolment alone, distractors). Kept apart from rule
    writing until 3f733aa, then used for development. On arrival at bb89544: pairwise
    precision 0.812, recall 0.591, 7 trials split, 3 studies mixing trials, titles 29 of 36,
    the same at df93498 and at 14f6d15; precision 0.929 and 2 studies mixing trials since a
    practice digest by its title or label reports no trial; the same at 3f733aa. Then, on
    development: recall 0.773 and 4 split with names in a bracket after the id, a headline's
    deck and no continent as a name; precision 0.952, recall 0.909, 2 split, 1 mixing with a
    byline giving way to the headline and names after a title's "results of"; precision
    1.000, recall 0.955, 1 split, none mixing with a numbered name before its results and a
    note on trial names reporting none."""
    scores = evaluate_linking(BLIND34)
    _assert_floors(scores, precision=1.0, recall=1, split=0, mixing=0, titles=33)


BLIND36 = HERE / "corpus_linking_blind36"


@pytest.mark.skipif(
    not (BLIND36 / "gold_documents.csv").exists(), reason="no thirty-sixth blind linking corpus"
)
def test_thirty_sixth_blind_set_does_not_regress():
    """The thirty-sixth linking corpus written blind to the code (40 documents, 17 trials;
    its writer stopped at 40 of 50 pages: papers, registry records and later reports under
    another name or first author, without ids or authors, abstracts, releases and news
    giving a name, a drug or a number, two trials on one page, a pooled analysis of two,
    trials sharing a name stem, a question, a drug or an author, ids with a space, lower
    case, cut short or mistyped, distractors). Kept apart from rule writing until 8cb8717
    (the figures below), then used for development. On arrival at c73c0fa: pairwise
    precision 0.818, recall 0.667, 5
    trials split, 5 studies mixing trials, titles 35 of 40, the same at df93498. Since the
    enrolment is read as every registry and more abstract wordings state it (a rule written
    on development sets): recall 0.704, 4 trials split, precision 0.792 (more pairs across
    trials in the studies that mix them, whose number is unchanged). Since a distinctive
    enrolment (1,000 or more, not a multiple of 50) lets fewer shared words link: recall
    0.778, 3 trials split, precision 0.750 (a news item on two trials it names neither of,
    which gives OPTIMAS's 3648 patients, now joins OPTIMAS; it reports TIMING too, as the
    surveillance news joined to FACS reports COLOFOL: the number of studies mixing trials
    is unchanged). Since a trial's verb after an apposition uses a name ("COLOFOL, led by
    ..., compared two schedules"), the surveillance news reports both of its trials:
    precision 0.800, recall 0.889, 2 trials split, 4 studies mixing trials; precision 0.857
    and 3 mixing since a practice digest by its section label ("... | Practice summary |
    2025") or saying it reports no new data reports no trial."""
    scores = evaluate_linking(BLIND36)
    _assert_floors(scores, precision=1.0, recall=0.92, split=1, mixing=1, titles=36)


BLIND38 = HERE / "corpus_linking_blind38"


@pytest.mark.skipif(
    not (BLIND38 / "gold_documents.csv").exists(), reason="no thirty-eighth blind linking corpus"
)
def test_thirty_eighth_blind_set_does_not_regress():
    """The thirty-eighth linking corpus written blind to the code (50 documents, 17 trials:
    later reports under another name or first author, without ids, conference abstracts,
    news and releases giving a name, two trials on one page, trials sharing a name, a drug,
    an author or a sponsor, look-alike names, ids without their prefix, with a space, a line
    break, lower case, transposed or cut short, extensions, distractors). Kept apart from
    rule writing: its scores measure the rules. It arrived after this revision's last rule:
    at df93498 pairwise precision 0.957, recall 0.512, 9 trials split, 1 study mixing
    trials, titles 42 of 50; at a18e1b5 0.962, 0.581, 8, 1, titles 43; 0.963, 0.605, 8, 1,
    titles 43 when it was released to development after e0d0112, as corpus_linking_blind48
    arrived; 0.968, 0.698, 6 split, 1 mixing after 077ec6c (a page naming its investigator
    joins the study that person signs, written on development sets); 0.966, 0.651, 7 split
    when a page already joined to one study that person signs was kept from joining a
    second (two trials of one first author were merged so on corpus_linking_blind48; here a
    news item on a trial stays apart from the congress abstract of its interim analysis);
    0.968, 0.698, 6 split since a plenary abstract naming no trial, signed by the paper's
    first author, joins the paper sharing seven of its title words.
    Since the similar_text rule (written on development sets): pairwise precision 0.971,
    recall 0.767, 4 trials split, 1 study mixing trials."""
    scores = evaluate_linking(BLIND38)
    _assert_floors(scores, precision=0.97, recall=0.76, split=4, mixing=1, titles=43)


BLIND40 = HERE / "corpus_linking_blind40"


@pytest.mark.skipif(
    not (BLIND40 / "gold_documents.csv").exists(), reason="no fortieth blind linking corpus"
)
def test_fortieth_blind_set_does_not_regress():
    """The fortieth linking corpus written blind to the code (40 documents, 14 trials; its
    writer stopped at 40 of 50 pages: companion papers by different first authors, later
    reports and monographs under a spelled-out name without ids, news and releases giving
    no name, two trials on one page, unrelated trials sharing a name, a first author, a
    sponsor or a drug, successor trials, a mistyped registry prefix, ids with spaces or in
    lower case, a trial registered twice, pages known by title, authors and enrolment
    alone, distractors). Kept apart from rule writing: its scores measure the rules. On
    arrival at cd8d730 pairwise precision 0.450, recall 0.545, 7 trials split, 4 studies
    mixing trials, titles 40 of 40, the same at 14f6d15; 0.500, 0.606, 7, 3 since names
    opening the results paragraphs of a page on counted trials are its trials (1ef819d, a
    rule written on development sets); precision 0.769 since a page stating two registries'
    ids whose other reports are of different trials reports each apart (a rule written on
    development sets); 0.786, 0.667, 6 split since the enrolment is read as every registry
    and more abstract wordings state it (a rule written on development sets).
    Since the similar_text rule (written on development sets): pairwise precision 0.857,
    recall 0.727, 4 trials split, 2 studies mixing trials (precision below its 0.920
    before: at least one page joined by its words is of another trial; kept apart, so
    counted, not read)."""
    scores = evaluate_linking(BLIND40)
    _assert_floors(scores, precision=0.87, recall=0.87, split=2, mixing=1, titles=40)


BLIND42 = HERE / "corpus_linking_blind42"


@pytest.mark.skipif(
    not (BLIND42 / "gold_documents.csv").exists(), reason="no forty-second blind linking corpus"
)
def test_forty_second_blind_set_does_not_regress():
    """The forty-second linking corpus written blind to the code (48 documents, 18 trials;
    its writer stopped at 48 of 50 pages: papers, registry records and later reports under
    another name, a group author or a spelled-out name without ids, abstracts, releases and
    news giving a name, a drug or a group number only, two sister trials on one page,
    unrelated trials sharing a name, a drug, an author or a sponsor, an extension with a key
    of its own, pages known by title, authors and enrolment alone, distractors printing ids
    with a space, lower case or a line break). Kept apart from rule writing: its scores
    measure the rules. On arrival, during this revision's work, pairwise precision 0.537,
    recall 0.489, 14 trials split, 7 studies mixing trials, titles 45 of 48, the same at
    216adc6; precision 0.759 with the same rule as the fortieth's; recall 0.556, 13 split,
    precision 0.758 since the enrolment is read as every registry and more abstract wordings
    state it (a rule written on development sets).
    Since the similar_text rule (written on development sets): pairwise precision 0.778,
    recall 0.622, 11 trials split, 7 studies mixing trials."""
    scores = evaluate_linking(BLIND42)
    # (a masthead naming the page a practice note or methods note, written at 781cc1a while
    # this set's errors were read: 0.853, 0.644, 10 split, 6 mixing)
    _assert_floors(scores, precision=0.88, recall=0.71, split=8, mixing=3, titles=46)


BLIND46 = HERE / "corpus_linking_blind46"


@pytest.mark.skipif(
    not (BLIND46 / "gold_documents.csv").exists(), reason="no forty-sixth blind linking corpus"
)
def test_forty_sixth_blind_set_does_not_regress():
    """The forty-sixth linking corpus written blind to the code (36 documents, 10 trials;
    its writer stopped at 10 of 13 trials: papers, protocols and pilot posters, later and
    secondary reports, registry records, commentaries and news, two trials reported on one
    page, sister trials with one group and one name stem, ids cut short, distractors). Kept
    apart from rule writing: its scores measure the rules. On arrival, during the work that
    began at f1fdda5, and at f1fdda5 itself: pairwise precision 0.727, recall 0.558, 6
    trials split, 4 studies mixing trials, titles 29 of 36. Since names opened by a few
    lower-case letters are read ("endTB", "reSURFACE 1", written on development pages):
    precision 0.786, recall 0.512, 7 trials split, 3 studies mixing trials (one study fewer
    holds two trials, one trial more is split; the rows were not looked at).
    Since the similar_text rule (written on development sets): pairwise precision 0.800,
    recall 0.558, 7 trials split, 3 studies mixing trials."""
    scores = evaluate_linking(BLIND46)
    _assert_floors(scores, precision=0.82, recall=0.65, split=5, mixing=2, titles=29)


BLIND48 = HERE / "corpus_linking_blind48"


@pytest.mark.skipif(
    not (BLIND48 / "gold_documents.csv").exists(), reason="no forty-eighth blind linking corpus"
)
def test_forty_eighth_blind_set_does_not_regress():
    """The forty-eighth linking corpus written blind to the code (37 documents, 12 trials;
    its writer stopped at 12 of 13 trials, two of them oncology: community trials of cord
    care, vitamin A, home visits and women's groups, screening trials, sister trials of one
    therapy, a page reporting two trials, registry records and later reports, distractors
    naming several trials). Kept apart from rule writing: its scores measure the rules. On
    arrival, during the work that began at 1fdcc8d: pairwise precision 0.812, recall 0.394,
    8 trials split, 2 studies mixing trials, titles 29 of 37; at 1fdcc8d itself 0.722, 0.394,
    8 split and 3 mixing; 0.824, 0.424, 8 split, 2 mixing after 077ec6c (a page naming its
    investigator joins the study that person signs, written on development sets), when it
    was released to development as corpus_linking_blind50 and corpus_linking_blind52
    arrived.
    Since the similar_text rule (written on development sets): pairwise precision 0.870,
    recall 0.606, 5 trials split, 2 studies mixing trials."""
    scores = evaluate_linking(BLIND48)
    _assert_floors(scores, precision=1.0, recall=0.6, split=5, mixing=1, titles=32)


BLIND50 = HERE / "corpus_linking_blind50"


@pytest.mark.skipif(
    not (BLIND50 / "gold_documents.csv").exists(), reason="no fiftieth blind linking corpus"
)
def test_fiftieth_blind_set_does_not_regress():
    """The fiftieth linking corpus written blind to the code (34 documents, 11 trials, two of
    them oncology: a depression care trial and its monograph, a radiotherapy trial's reports
    over a decade, a perioperative endocrine trial, a statin trial with a subanalysis and a
    news item, three close trials in traumatic brain injury, sister trials of one drug on
    one page, registry records imported into another registry, a look-alike id, distractors
    naming several trials). Kept apart from rule writing: its scores measure the rules. On
    arrival, during the work that began at cb6104d: pairwise precision 1.000, recall 0.812,
    4 trials split, 1 study mixing trials, titles 24 of 34; at cb6104d itself 1.000, 0.750,
    5 split and 1 mixing. Released to development at 4b27bb3 (unchanged since arrival), when
    corpus_linking_blind54 arrived.
    Since the similar_text rule (written on development sets): pairwise precision 1.000,
    recall 0.844, 3 trials split, 1 study mixing trials."""
    scores = evaluate_linking(BLIND50)
    _assert_floors(scores, precision=1.0, recall=0.84, split=3, mixing=1, titles=28)


BLIND52 = HERE / "corpus_linking_blind52"


@pytest.mark.skipif(
    not (BLIND52 / "gold_documents.csv").exists(), reason="no fifty-second blind linking corpus"
)
def test_fifty_second_blind_set_does_not_regress():
    """The fifty-second linking corpus written blind to the code (34 documents, 11 trials,
    one of them oncology: reversal of anticoagulation in brain haemorrhage, antithrombotics
    after it, stratified care for back pain, antiplatelet de-escalation, HIV treatment in
    pregnancy, household air pollution, two community trials of women's groups by one first
    author, a hypertension trial in Japan, a mineral-water trial for heartburn; ids of two
    registries, distractors naming several trials). Kept apart from rule writing: its scores measure the rules. On arrival,
    during the work that began at cb6104d, and at cb6104d itself: pairwise precision 1.000,
    recall 0.567, 7 trials split, no study mixing trials, titles 28 of 34.
    Since the similar_text rule (written on development sets): pairwise precision 0.905,
    recall 0.633, 6 trials split, 1 study mixing trials (precision below its 1.000
    before: at least one page joined by its words is of another trial; kept apart, so
    counted, not read)."""
    scores = evaluate_linking(BLIND52)
    _assert_floors(scores, precision=0.92, recall=0.8, split=3, mixing=1, titles=28)


BLIND54 = HERE / "corpus_linking_blind54"


@pytest.mark.skipif(
    not (BLIND54 / "gold_documents.csv").exists(), reason="no fifty-fourth blind linking corpus"
)
def test_fifty_fourth_blind_set_does_not_regress():
    """The fifty-fourth linking corpus written blind to the code (31 documents, 10 trials, two
    of them oncology: fracture fixation, low-dose thrombolysis, a dietary trial in depression,
    two cataract-surgery trials, oxygen for children, two low-dose nivolumab trials of one
    centre, two acupuncture trials; three pages each reporting two trials, reports without
    registry ids, distractors naming several trials). Kept apart from rule writing: its scores
    measure the rules. On arrival, during the work that began at c3152ef, and at c3152ef
    itself: pairwise precision 0.870, recall 0.625, 6 trials split, 3 studies mixing trials,
    titles 27 of 31.
    Since the similar_text rule (written on development sets): pairwise precision 0.875,
    recall 0.656, 6 trials split, 3 studies mixing trials."""
    scores = evaluate_linking(BLIND54)
    _assert_floors(scores, precision=0.92, recall=0.75, split=5, mixing=2, titles=29)


BLIND56 = HERE / "corpus_linking_blind56"


@pytest.mark.skipif(
    not (BLIND56 / "gold_documents.csv").exists(), reason="no fifty-sixth blind linking corpus"
)
def test_fifty_sixth_blind_set_does_not_regress():
    """The fifty-sixth linking corpus written blind to the code (34 documents, 11 trials, one
    of them oncology: sepsis, myocardial infarction, ALS, depression with diabetes, yoga for
    back pain, azithromycin in labour, two sister trials on hot flushes, two sister trials
    from India; ids of four registries, ids with a space, swapped digits or cut short, pages
    reporting two trials, look-alikes sharing a name word, a drug, a sponsor, a first author
    or a centre, distractors naming several trials). Kept apart from rule writing: its scores
    measure the rules. On arrival, during the work that began at c3152ef, and at c3152ef
    itself: pairwise precision 0.900, recall 0.529, 7 trials split, 3 studies mixing trials,
    titles 28 of 34.
    Since the similar_text rule (written on development sets): pairwise precision 0.920,
    recall 0.676, 6 trials split, 3 studies mixing trials."""
    scores = evaluate_linking(BLIND56)
    _assert_floors(scores, precision=1.0, recall=0.67, split=6, mixing=2, titles=29)


BLIND58 = HERE / "corpus_linking_blind58"


@pytest.mark.skipif(
    not (BLIND58 / "gold_documents.csv").exists(), reason="no fifty-eighth blind linking corpus"
)
def test_fifty_eighth_blind_set_does_not_regress():
    """The fifty-eighth linking corpus written blind to the code (34 documents, 11 trials, two
    of them oncology: two trials of shorter adjuvant trastuzumab on one news page, two
    text-message trials from Kenya (one unnamed), three hypertension trials of low-dose
    combination pills (sister trials QUARTET and QUARTET USA on one page), Bell's palsy,
    amoxicillin for child pneumonia, two favipiravir trials from Japan; ids of six
    registries, one trial registered three times, distractors naming several trials). Kept
    apart from rule writing: its scores measure the rules. On arrival, at c8e168f and with
    the linking rules of the work that began there: pairwise precision 0.700, recall 0.636,
    4 trials split, 4 studies mixing trials, titles 20 of 34.
    Since the similar_text rule (written on development sets): pairwise precision 0.657,
    recall 0.697, 4 trials split, 4 studies mixing trials (precision below its 0.700
    before: at least one page joined by its words is of another trial; kept apart, so
    counted, not read)."""
    scores = evaluate_linking(BLIND58)
    # (an editorial's masthead, written at 781cc1a while this set's errors were read: 0.767,
    # 3 mixing)
    _assert_floors(scores, precision=0.76, recall=0.69, split=4, mixing=3, titles=22)


BLIND60 = HERE / "corpus_linking_blind60"


@pytest.mark.skipif(
    not (BLIND60 / "gold_documents.csv").exists(), reason="no sixtieth blind linking corpus"
)
def test_sixtieth_blind_set_does_not_regress():
    """The sixtieth linking corpus written blind to the code (31 documents, 10 trials, none of
    them oncology: staphylococcal bacteraemia, back and neck pain, nasal surgery, hand
    arthritis, kidney disease in older people, Achilles rupture, preterm babies, and three
    separately registered newborn vitamin A trials sharing one name, reported together on one
    page; ids of four registries, distractors naming several trials). Kept apart from rule
    writing: its scores measure the rules. On arrival, at c8e168f and with the linking rules
    of the work that began there: pairwise precision 0.690, recall 0.625, 6 trials split, 3
    studies mixing trials, titles 7 of 31.
    Since the similar_text rule (written on development sets): pairwise precision 0.700,
    recall 0.656, 6 trials split, 3 studies mixing trials."""
    scores = evaluate_linking(BLIND60)
    # (a guideline summary's masthead, written at 781cc1a while this set's errors were read:
    # 0.750, 2 mixing)
    _assert_floors(scores, precision=0.88, recall=0.75, split=4, mixing=1, titles=18)


BLIND62 = HERE / "corpus_linking_blind62"


@pytest.mark.skipif(
    not (BLIND62 / "gold_documents.csv").exists(), reason="no sixty-second blind linking corpus"
)
def test_sixty_second_blind_set_does_not_regress():
    """The sixty-second linking corpus written blind to the code (33 documents, 12 trials, two
    of them oncology supportive care: ankle-fracture casting, low-dose pravastatin after
    stroke, two hydroxyurea trials in Ugandan children, two INTERVAL trials of different
    fields sharing one name, two dexamethasone trials in tuberculous meningitis, two
    olanzapine antiemetic trials, two text-message diabetes-prevention trials from India;
    ids cut short, mistyped or spaced, registry mirrors, distractors naming several trials).
    Kept apart from rule writing: its scores measure the rules. On arrival, at 738997b:
    pairwise precision 0.696, recall 0.727, 4 trials split, 3 studies mixing trials, titles
    25 of 33.
    Since the similar_text rule (written on development sets): pairwise precision 0.720,
    recall 0.818, 3 trials split, 3 studies mixing trials."""
    scores = evaluate_linking(BLIND62)
    # (a guideline summary's masthead, written at 781cc1a while this set's errors were read:
    # 0.900, 1 mixing)
    _assert_floors(scores, precision=0.9, recall=0.81, split=3, mixing=1, titles=25)


BLIND64 = HERE / "corpus_linking_blind64"


@pytest.mark.skipif(
    not (BLIND64 / "gold_documents.csv").exists(), reason="no sixty-fourth blind linking corpus"
)
def test_sixty_fourth_blind_set_does_not_regress():
    """The sixty-fourth linking corpus written blind to the code (34 documents, 10 trials, one
    of them oncology: pregabalin for sciatica, shorter adjuvant trastuzumab, two ivermectin
    trials against malaria sharing a name, ketamine and delirium, childhood eczema,
    depression in general practice, prostate surgery, two antiplatelet drugs after
    infarction, a tuberculosis regimen; two pages each reporting two trials, ids of four
    registries, distractors naming several trials). Kept apart from rule writing: its
    scores measure the rules. On arrival, at 738997b and with the rules of the work that
    began there: pairwise precision 0.909, recall 0.789, 3 trials split, 2 studies mixing
    trials, titles 24 of 34. Since a page counting several trials and naming none joins the
    studies its words match (similar_text, written on development sets): 0.917, 0.868, 1
    trial split, 1 study mixing trials."""
    scores = evaluate_linking(BLIND64)
    _assert_floors(scores, precision=0.91, recall=0.86, split=1, mixing=1, titles=24)


BLIND66 = HERE / "corpus_linking_blind66"


@pytest.mark.skipif(
    not (BLIND66 / "gold_documents.csv").exists(), reason="no sixty-sixth blind linking corpus"
)
def test_sixty_sixth_blind_set_does_not_regress():
    """The sixty-sixth linking corpus written blind to the code (35 documents, 11 trials, two
    of them oncology: Chagas cardiomyopathy, visceral leishmaniasis, proliferative diabetic
    retinopathy, two sister trials of vivax malaria on one page, onchocerciasis, two
    look-alike trials of preventive antibiotics after stroke, adolescent depression therapy,
    imaging-guided neck surgery, adjuvant chemotherapy duration; a trial registered in three
    registries, ids cut short, spaced or with digits swapped, distractors naming several
    trials). Kept apart from rule writing: its scores measure the rules. On arrival, at
    28a350c and with the rules of the work that began there: pairwise precision 0.724,
    recall 0.656, 6 trials split, 3 studies mixing trials, titles 28 of 35.
    Since the similar_text rule (written on development sets): pairwise precision 0.778,
    recall 0.875, 3 trials split, 3 studies mixing trials; 0.784, 0.906, 2 and 3 since it
    joins two pages naming nothing that state one enrolment."""
    scores = evaluate_linking(BLIND66)
    # (an editorial's masthead, written at 781cc1a while this set's errors were read: 0.853,
    # 2 mixing)
    _assert_floors(scores, precision=0.9, recall=0.93, split=1, mixing=1, titles=28)


BLIND68 = HERE / "corpus_linking_blind68"


@pytest.mark.skipif(
    not (BLIND68 / "gold_documents.csv").exists(), reason="no sixty-eighth blind linking corpus"
)
def test_sixty_eighth_blind_set_does_not_regress():
    """The sixty-eighth linking corpus written blind to the code (31 documents, 10 trials, one
    of them oncology: transfusion in critical care and in hospital, urology, thrombectomy in
    stroke, orthopaedic trauma, dentistry, two trials of bed nets against malaria reported
    together, malaria in pregnancy; two pages each reporting two trials, ids of four
    registries printed with spaces, mistyped or cut short, distractors naming several
    trials). Kept apart from rule writing: its scores measure the rules. On arrival, at
    28a350c and with the rules of the work that began there: pairwise precision 0.917,
    recall 0.710, 3 trials split, 2 studies mixing trials, titles 22 of 31."""
    scores = evaluate_linking(BLIND68)
    _assert_floors(scores, precision=0.91, recall=0.7, split=3, mixing=2, titles=24)


BLIND70 = HERE / "corpus_linking_blind70"


@pytest.mark.skipif(
    not (BLIND70 / "gold_documents.csv").exists(), reason="no seventieth blind linking corpus"
)
def test_seventieth_blind_set_does_not_regress():
    """The seventieth linking corpus written blind to the code (32 documents, 10 trials, one
    of them oncology: two sister trials in hidradenitis suppurativa reported together and
    apart, atropine against myopia, two look-alike trials of short antibiotic courses for
    childhood pneumonia, two trials of letters nudging influenza vaccination from one group,
    a high-dose influenza vaccine, radiotherapy after mastectomy, dentistry; consecutive
    EudraCT numbers, a trial with no registry id, distractors naming several trials). Kept
    apart from rule writing: its scores measure the rules. On arrival, at 8c33a7e: pairwise
    precision 0.931, recall 0.730, 5 trials split, 1 study mixing trials, titles 21 of 32.
    Since the similar_text rule (its thresholds chosen on development sets before this set
    arrived): pairwise precision 0.938, recall 0.811, 3 trials split, 1 study mixing
    trials."""
    scores = evaluate_linking(BLIND70)
    _assert_floors(scores, precision=0.93, recall=0.81, split=3, mixing=1, titles=21)


BLIND72 = HERE / "corpus_linking_blind72"


@pytest.mark.skipif(
    not (BLIND72 / "gold_documents.csv").exists(), reason="no seventy-second blind linking corpus"
)
def test_seventy_second_blind_set_does_not_regress():
    """The seventy-second linking corpus written blind to the code (29 documents, 10 trials,
    one of them oncology: family-led stroke rehabilitation, maternal position in labour,
    parent-mediated therapy in autism, peer counselling for breastfeeding, surgery against
    drops in glaucoma, pelvic-floor training for prolapse, single-fraction radiotherapy, three
    sister trials of simpler antibiotics for young infants reported apart and on one pooled
    page; ids of five registries printed with spaces, without prefix, mistyped or cut short,
    two trials with no registry id, distractors naming several trials). Kept apart from rule
    writing: its scores measure the rules. On arrival, at 6965b12: pairwise precision 1.000,
    recall 0.840, 3 trials split, 1 study mixing trials, titles 17 of 29."""
    scores = evaluate_linking(BLIND72)
    _assert_floors(scores, precision=1.0, recall=0.84, split=3, mixing=1, titles=18)


BLIND74 = HERE / "corpus_linking_blind74"


@pytest.mark.skipif(
    not (BLIND74 / "gold_documents.csv").exists(), reason="no seventy-fourth blind linking corpus"
)
def test_seventy_fourth_blind_set_does_not_regress():
    """The seventy-fourth linking corpus written blind to the code (32 documents, 11 trials,
    one of them oncology: two renal-denervation sister trials, two antibody trials in COVID-19
    sharing a name, drug and sponsor, knee replacement, maternal nutrition in Bangladesh, an
    antidepressant strategy trial in Japan, an eye trial, two sister acupuncture trials; ids
    of four registries printed with a space, mistyped or cut short, near-consecutive ids,
    distractors naming several trials). Kept apart from rule writing: its scores measure the
    rules. On arrival, at 6965b12 and with this work's rules: pairwise precision 1.000,
    recall 0.667, 5 trials split, 1 study mixing trials, titles 24 of 32."""
    scores = evaluate_linking(BLIND74)
    _assert_floors(scores, precision=1.0, recall=0.66, split=5, mixing=1, titles=26)


BLIND76 = HERE / "corpus_linking_blind76"


@pytest.mark.skipif(
    not (BLIND76 / "gold_documents.csv").exists(), reason="no seventy-sixth blind linking corpus"
)
def test_seventy_sixth_blind_set_does_not_regress():
    """The seventy-sixth linking corpus written blind to the code (31 documents, 10 trials,
    one of them oncology: varicose veins, two sister trials in dermatology, a text-message
    trial, three delirium trials with one first author, look-alike names beside listed
    trials; ids of five registries printed with spaces, mistyped or cut short, an HTA
    monograph, a conference poster, distractors naming several trials). Kept apart from rule
    writing: its scores measure the rules. On arrival, at 6965b12 and with this work's rules:
    pairwise precision 0.808, recall 0.700, 4 trials split, 3 studies mixing trials, titles 20
    of 31."""
    scores = evaluate_linking(BLIND76)
    # (a practice summary's masthead, written at 781cc1a while this set's errors were read:
    # 0.840, 2 mixing)
    _assert_floors(scores, precision=0.85, recall=0.8, split=3, mixing=2, titles=21)


BLIND78 = HERE / "corpus_linking_blind78"


@pytest.mark.skipif(
    not (BLIND78 / "gold_documents.csv").exists(), reason="no seventy-eighth blind linking corpus"
)
def test_seventy_eighth_blind_set_does_not_regress():
    """The seventy-eighth linking corpus written blind to the code (33 documents, 10 trials,
    two of them oncology: two pairs of sister trials, in menopause and in cancer cachexia,
    with ids two digits apart, reported apart and together; two trials of one drug and
    sponsor; trials registered with PACTR, ANZCTR, ISRCTN, DRKS and jRCT; distractors naming
    the corpus's trials with figures, and look-alikes). Kept apart from rule writing (only
    its scores are read): on arrival at 781cc1a and with the rules of the work that began
    there: pairwise precision 0.760, recall 0.487, 6 trials split, 4 studies mixing trials,
    titles 27 of 33; at the end of the work that began at cc22abd, when a page counting more
    trials than it names reported the ones it names: 0.778, 0.538, 6 split, 3 mixing. Kept
    apart until 1542687, when the eighty-sixth set took its place; then development (its
    errors read): 0.938, 0.769, 4 split, 1 mixing, titles 30 of 33."""
    scores = evaluate_linking(BLIND78)
    _assert_floors(scores, precision=0.93, recall=0.76, split=4, mixing=1, titles=30)


BLIND80 = HERE / "corpus_linking_blind80"


@pytest.mark.skipif(
    not (BLIND80 / "gold_documents.csv").exists(), reason="no eightieth blind linking corpus"
)
def test_eightieth_blind_set_does_not_regress():
    """The eightieth linking corpus written blind to the code (33 documents, 10 trials, none
    in oncology: sister trials in eye disease with ids two digits apart, reported apart and
    together; trials registered with ChiCTR, CTRI, UMIN and the EU register beside
    ClinicalTrials.gov; two trials never registered, known only by their names; distractors
    naming the corpus's trials with figures). Kept apart from rule writing until 297d7ad (only
    its scores read): on arrival, at 781cc1a and up to 3795634: pairwise precision 0.882,
    recall 0.484, 7 trials split, 1 study mixing trials, titles 18 of 33; then used for
    development when `corpus_linking_blind90` took its place: 0.909, 0.645, 5 split, 1
    mixing, titles 19 of 33 at 297d7ad."""
    scores = evaluate_linking(BLIND80)
    _assert_floors(scores, precision=0.90, recall=0.64, split=5, mixing=1, titles=19)


BLIND82 = HERE / "corpus_linking_blind82"


@pytest.mark.skipif(
    not (BLIND82 / "gold_documents.csv").exists(), reason="no eighty-second blind linking corpus"
)
def test_eighty_second_blind_set_does_not_regress():
    """The eighty-second linking corpus written blind to the code (32 documents, 11 trials,
    none in oncology: two pairs of sister trials, in dermatology reported apart and together
    and in respiratory medicine with ids two digits apart; ophthalmology, haematology,
    emergency airway, psychiatry, obstetrics and rheumatology trials, one with no acronym;
    registry mirrors, congress exports, press releases, plain-language summaries; distractors
    naming the corpus's trials with figures). Kept apart from rule writing until ffa7f92 (only
    its scores read): on arrival, at cc22abd and up to ffa7f92: pairwise precision 0.944,
    recall 0.486, 6 trials split, 2 studies mixing trials, titles 26 of 32; then used for
    development when `corpus_linking_blind92` took its place."""
    scores = evaluate_linking(BLIND82)
    _assert_floors(scores, precision=0.94, recall=0.48, split=6, mixing=2, titles=26)


BLIND84 = HERE / "corpus_linking_blind84"


@pytest.mark.skipif(
    not (BLIND84 / "gold_documents.csv").exists(), reason="no eighty-fourth blind linking corpus"
)
def test_eighty_fourth_blind_set_does_not_regress():
    """The eighty-fourth linking corpus written blind to the code (32 documents, 11 trials,
    none in oncology: gastroenterology sister trials reported apart and together, hepatology,
    vaccines, emergency and critical care, urology, transplantation, schools, dentistry and
    geriatrics; two trials with no acronym, known by first author, drug and condition; ids
    printed with a space, without prefix, mistyped, cut short or with digits swapped;
    distractors naming the corpus's trials with figures). Kept apart from rule writing (only
    its scores read) until 04b9098: on arrival, at cc22abd and up to 04b9098: pairwise
    precision 0.688, recall 0.423, 6 trials split, 3 studies mixing trials, titles 15 of 32;
    then used for development when `corpus_linking_blind94` took its place."""
    scores = evaluate_linking(BLIND84)
    _assert_floors(scores, precision=0.68, recall=0.42, split=6, mixing=3, titles=15)


BLIND86 = HERE / "corpus_linking_blind86"


@pytest.mark.skipif(
    not (BLIND86 / "gold_documents.csv").exists(), reason="no eighty-sixth blind linking corpus"
)
def test_eighty_sixth_blind_set_does_not_regress():
    """The eighty-sixth linking corpus written blind to the code (34 documents, 10 trials,
    none in oncology: sleep, obstetric anaemia, perioperative care, stroke rehabilitation,
    retinopathy of prematurity, nutrition and mental-health services; sister trials with no
    acronym reported apart and together, with EU numbers one digit apart; two trials of one
    drug and group in different populations; a main paper and follow-up with different
    first authors; protocols and analysis plans; distractors naming the corpus's trials with
    figures). Kept apart from rule writing (only its scores read) until a9625b4: on arrival (at
    091b978) pairwise precision 0.697, recall 0.523, 3 trials split, 5 studies mixing
    trials, titles 24 of 34; with the rules of the work that began at 091b978 (written
    before it arrived) and up to a9625b4 0.714, 0.568, 2 split, 5 mixing; then used for
    development when `corpus_linking_blind96` took its place."""
    scores = evaluate_linking(BLIND86)
    _assert_floors(scores, precision=0.71, recall=0.56, split=2, mixing=5, titles=24)


BLIND88 = HERE / "corpus_linking_blind88"


@pytest.mark.skipif(
    not (BLIND88 / "gold_documents.csv").exists(), reason="no eighty-eighth blind linking corpus"
)
def test_eighty_eighth_blind_set_does_not_regress():
    """The eighty-eighth linking corpus written blind to the code (31 documents, 8 trials,
    none in oncology: ear infections in children, two embryo-transfer trials on one question
    in two countries, malaria in African children, knee replacement, endometriosis sister
    trials named by Roman numerals, exercise during dialysis; news round-ups describing two
    trials without naming them, names only in a group author, a heading or a URL-like line,
    planned and actual enrolments that differ, secondary papers by other first authors;
    distractors naming the corpus's trials with figures). Kept apart from rule writing (only
    its scores are read): on arrival, at 091b978 and with the rules of the work that began
    there, pairwise precision 0.944, recall 0.386, 7 trials split, 3 studies mixing trials,
    titles 25 of 31; at 012e523 the same; then used for development when
    `corpus_linking_blind98` took its place."""
    scores = evaluate_linking(BLIND88)
    _assert_floors(scores, precision=0.94, recall=0.38, split=7, mixing=3, titles=25)


BLIND90 = HERE / "corpus_linking_blind90"


@pytest.mark.skipif(
    not (BLIND90 / "gold_documents.csv").exists(), reason="no ninetieth blind linking corpus"
)
def test_ninetieth_blind_set_does_not_regress():
    """The ninetieth linking corpus written blind to the code (27 documents, 7 trials, none
    in oncology: eczema sister trials reported apart and together, red-light therapy for
    myopia, an adult vaccine, smoking cessation, a urology device trial and a critical-care
    nutrition trial; reworded titles, registry records with another public title and an
    empty acronym field, a name only in a "Cite as" line, news describing a trial by its
    leader, city and size, enrolments planned, randomised and analysed; distractors naming
    the corpus's trials with figures). Kept apart from rule writing (only its scores are
    read): on arrival, at 3795634 and at 297d7ad, pairwise precision 0.810, recall 0.567, 3
    trials split, 1 study mixing trials, titles 21 of 27."""
    scores = evaluate_linking(BLIND90)
    _assert_floors(scores, precision=0.80, recall=0.56, split=3, mixing=1, titles=21)


BLIND92 = HERE / "corpus_linking_blind92"


@pytest.mark.skipif(
    not (BLIND92 / "gold_documents.csv").exists(), reason="no ninety-second blind linking corpus"
)
def test_ninety_second_blind_set_does_not_regress():
    """The ninety-second linking corpus written blind to the code (27 documents, 7 trials,
    none of them a cancer drug's: a blood disorder, two peanut-patch trials of one sponsor
    in two age groups, early palliative care, a clotting-factor trial with its protocol
    paper two years before, and two sister trials of a mental-health app under one
    registry record; registry ids of two registries never printed together, a spelled-out
    name on one page only; distractors naming the corpus's trials with figures and with
    mistyped, spaced and cut-short ids). Kept apart from rule writing (only its scores are
    read): on arrival, at 3795634 and at ffa7f92, pairwise precision 0.933, recall 0.452, 6
    trials split, 2 studies mixing trials, titles 22 of 27."""
    scores = evaluate_linking(BLIND92)
    _assert_floors(scores, precision=0.93, recall=0.45, split=6, mixing=2, titles=22)


BLIND94 = HERE / "corpus_linking_blind94"


@pytest.mark.skipif(
    not (BLIND94 / "gold_documents.csv").exists(), reason="no ninety-fourth blind linking corpus"
)
def test_ninety_fourth_blind_set_does_not_regress():
    """The ninety-fourth linking corpus written blind to the code (35 documents, 11 trials,
    none in oncology: dermatology sister trials reported apart and together with an
    open-label extension registered on its own, two school dental-caries trials of one team
    and first author, two neonatal trials of one drug mixture (one with no acronym or id),
    deprescribing, nutrition before pregnancy, an adolescent vaccine trial, eye infections,
    an anaesthesia trial with no id; distractors naming the corpus's trials with figures).
    Kept apart from rule writing (only its scores are read): on arrival, at 7b15b79 and at
    aff5480, pairwise precision 0.778, recall 0.677, 5 trials split, 4 studies mixing
    trials, titles 25 of 35."""
    scores = evaluate_linking(BLIND94)
    _assert_floors(scores, precision=0.77, recall=0.67, split=5, mixing=4, titles=25)


BLIND96 = HERE / "corpus_linking_blind96"


@pytest.mark.skipif(
    not (BLIND96 / "gold_documents.csv").exists(), reason="no ninety-sixth blind linking corpus"
)
def test_ninety_sixth_blind_set_does_not_regress():
    """The ninety-sixth linking corpus written blind to the code (30 documents, 9 trials,
    none in oncology: Chagas disease, varices, snakebite, melioidosis, visceral
    leishmaniasis, sleep-apnoea sister trials reported apart and together, trauma
    transfusion and a One Health village trial; acronyms built from syllables of their
    spelled-out names, reports of one trial whose titles share no words, registry titles
    worded unlike the papers', ids mistyped, spaced, without prefix or cut short; distractors
    naming the corpus's trials with figures). Kept apart from rule writing (only its scores
    are read): on arrival, at 7b15b79 and at 1bedca4, pairwise precision 0.889, recall
    0.593, 4 trials split, 1 study mixing trials, titles 21 of 30."""
    scores = evaluate_linking(BLIND96)
    _assert_floors(scores, precision=0.88, recall=0.59, split=4, mixing=1, titles=21)


BLIND98 = HERE / "corpus_linking_blind98"


@pytest.mark.skipif(
    not (BLIND98 / "gold_documents.csv").exists(), reason="no ninety-eighth blind linking corpus"
)
def test_ninety_eighth_blind_set_does_not_regress():
    """The ninety-eighth linking corpus written blind to the code (34 documents, 9 trials,
    none in oncology: geographic-atrophy sister trials reported apart and together, eczema
    in children, two workplace trials of one group and first author, school fluoride
    varnish, depression prevention by lay counsellors, intraosseous access in cardiac
    arrest, nutrient supplements in pregnancy; results, process and cost papers of one
    trial, an acronym built from syllables of its spelled-out name, ids spaced, with digits
    swapped or cut short; distractors naming the corpus's trials with figures). Kept apart
    from rule writing (only its scores are read): on arrival and at 012e523, pairwise
    precision 0.864, recall 0.514, 5 trials split, 1 study mixing trials, titles 29 of 34."""
    scores = evaluate_linking(BLIND98)
    _assert_floors(scores, precision=0.86, recall=0.51, split=5, mixing=1, titles=29)
