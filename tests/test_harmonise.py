"""Harmonisation: log scale, SE from the CI at its stated level, orientation, checks.

Expected numbers were printed by R 4.x (Debian r-base-core), e.g.
(log(2.54)-log(0.72))/(2*qnorm(0.975)) = 0.32160492691357373.
"""

import math

import pytest

from metasynth.harmonise import (
    ci_asymmetry,
    harmonise_analysis,
    harmonise_estimate,
    p_consistent,
    se_from_ci,
    se_from_p,
    z_for_level,
)

ANALYSIS = {
    "name": "a",
    "intervention": "sorafenib",
    "comparators": ["placebo", "observation"],
    "outcomes": ["PFS", "RFS"],
    "roles": ["treatment_effect"],
    "measure": "HR",
    "subgroup": None,
}


def est(**kw):
    base = {
        "estimate_id": "d:e001",
        "doc_id": "d",
        "measure": "HR",
        "value": "1.35",
        "ci_lower": "0.72",
        "ci_upper": "2.54",
        "ci_level": "95",
        "p_value": "0.342",
        "p_text": "p=0.342",
        "outcome": "RFS",
        "role": "treatment_effect",
        "comparison": "sorafenib vs observation",
        "numerator_arm": "",
        "denominator_arm": "",
    }
    base.update(kw)
    return base


def test_se_from_ci_matches_r():
    assert se_from_ci(0.72, 2.54, 95) == pytest.approx(0.32160492691357373, abs=1e-15)
    assert se_from_ci(0.05, 0.31, 95) == pytest.approx(0.46545480081339718, abs=1e-15)


def test_se_uses_the_stated_level_not_196():
    # 90% CI: z = qnorm(0.95) = 1.6448536269514722
    assert z_for_level(90) == pytest.approx(1.6448536269514722, abs=1e-15)
    assert se_from_ci(1.2, 1.75, 90) == pytest.approx(0.11468930273167689, abs=1e-15)
    assert z_for_level(97.5) == pytest.approx(2.241402727604947, abs=1e-12)
    assert z_for_level(99) == pytest.approx(2.5758293035489004, abs=1e-12)


def test_se_from_p_matches_r():
    # abs(log(0.75))/qnorm(1-0.02/2)
    assert se_from_p(math.log(0.75), 0.02) == pytest.approx(0.12366253373450992, abs=1e-15)


def test_resort_estimate_on_log_scale():
    h = harmonise_estimate(est(), ANALYSIS)
    assert h["yi"] == pytest.approx(0.30010459245033816, abs=1e-15)
    assert h["sei"] == pytest.approx(0.32160492691357373, abs=1e-15)
    assert h["se_source"] == "ci (95%)"
    assert h["checks"] == []  # the arms are known: the convention of trial reports applies
    assert h["orientation"].startswith("conventional")


def test_unknown_orientation_is_flagged_and_excluded_unless_the_analysis_allows_it():
    unknown = est(comparison="", orientation="unknown")
    h = harmonise_estimate(unknown, ANALYSIS)
    assert h["checks"] == ["orientation_unknown"]
    assert h["yi"] == pytest.approx(0.30010459245033816, abs=1e-15)
    from metasynth.harmonise import _eligibility

    doc = {"arms": "sorafenib;observation"}
    assert _eligibility(unknown, doc, ANALYSIS, h).startswith("orientation_unknown:")
    assert _eligibility(unknown, doc, {**ANALYSIS, "unknown_orientation": "include"}, h) == ""


def test_inverted_orientation_is_flipped():
    h = harmonise_estimate(
        est(
            value="1.45",
            ci_lower="1.2",
            ci_upper="1.75",
            numerator_arm="placebo",
            denominator_arm="sorafenib",
            p_value="",
            p_text="",
        ),
        ANALYSIS,
    )
    assert h["yi"] == pytest.approx(-math.log(1.45))
    assert "inverted" in h["orientation"]
    assert "orientation_unknown" not in h["checks"]


def test_missing_level_assumes_95_with_flag():
    h = harmonise_estimate(est(ci_level=""), ANALYSIS)
    assert "ci_level_assumed_95" in h["checks"]
    assert h["sei"] == pytest.approx(0.32160492691357373, abs=1e-15)


def test_p_value_only_estimate_gets_se_from_p():
    h = harmonise_estimate(
        est(value="0.75", ci_lower="", ci_upper="", p_value="0.02", p_text="P=0.02"), ANALYSIS
    )
    assert h["se_source"] == "p_value"
    assert h["sei"] == pytest.approx(0.12366253373450992, abs=1e-15)


def test_p_bound_only_has_no_se():
    h = harmonise_estimate(
        est(value="0.75", ci_lower="", ci_upper="", p_value="0.001", p_text="P<0.001"), ANALYSIS
    )
    assert math.isnan(h["sei"]) and "p_value_bound_only" in h["checks"]


# A one-sided p-value, or one against a non-inferiority or equivalence margin, is not the
# two-sided test of the ratio against 1: no SE from it (a two-sided reading of "one-sided
# P=0.01" for HR 0.95 would give an SE of 0.020, |ln 0.95| / z(0.005) = 0.0513 / 2.576).
@pytest.mark.parametrize(
    "p_text",
    [
        "one-sided P=0.01",
        "1-sided P = .01",
        "one-tailed P = 0.01",
        "P = 0.01, one-sided",
        "P = 0.01 (one-sided)",
        "P=0.01 for noninferiority",
        "P=0.01 for non-inferiority",
        "P=0.01 for equivalence",
    ],
)
def test_a_p_value_not_two_sided_gives_no_se(p_text):
    h = harmonise_estimate(
        est(value="0.95", ci_lower="", ci_upper="", p_value="0.01", p_text=p_text), ANALYSIS
    )
    assert math.isnan(h["sei"]) and "p_value_not_two_sided" in h["checks"]
    # ... and with a CI, the CI gives the SE and is not checked against it
    h = harmonise_estimate(
        est(value="0.95", ci_lower="0.90", ci_upper="1.00", p_value="0.01", p_text=p_text),
        ANALYSIS,
    )
    assert h["sei"] == pytest.approx((math.log(1.00) - math.log(0.90)) / (2 * 1.959963984540054))
    assert "p_inconsistent_with_ci" not in h["checks"]
    # a two-sided one still does
    h = harmonise_estimate(
        est(value="0.95", ci_lower="", ci_upper="", p_value="0.01", p_text="two-sided P=0.01"),
        ANALYSIS,
    )
    assert h["sei"] == pytest.approx(abs(math.log(0.95)) / 2.5758293035489004)


def test_ci_that_excludes_estimate_is_flagged_and_blocks():
    rows = harmonise_analysis(
        [est(value="1.5", ci_lower="0.5", ci_upper="1.2")],
        {"d": {"doc_id": "d"}},
        {"d": "S1"},
        {"S1": "S1"},
        ANALYSIS,
    )
    assert "ci_excludes_estimate" in rows[0]["checks"]
    assert rows[0]["included"] is False
    assert rows[0]["exclusion_reason"].startswith("failed_check")


def test_asymmetry_rule_is_metafors_ten_percent():
    # HR 0.5 (0.45-0.9): |mid - yi| / width on the log scale, written out:
    lo, hi, y = math.log(0.45), math.log(0.9), math.log(0.5)
    assert ci_asymmetry(y, lo, hi) == pytest.approx(abs((lo + hi) / 2 - y) / (hi - lo))
    h = harmonise_estimate(
        est(value="0.5", ci_lower="0.45", ci_upper="0.9", p_value="", p_text=""), ANALYSIS
    )
    assert "ci_asymmetric_log_scale" in h["checks"]
    # RESORT is symmetric within rounding
    assert "ci_asymmetric_log_scale" not in harmonise_estimate(est(), ANALYSIS)["checks"]


def test_p_value_inconsistent_with_ci_is_flagged():
    h = harmonise_estimate(est(p_value="0.001", p_text="p=0.001"), ANALYSIS)
    assert "p_inconsistent_with_ci" in h["checks"]
    assert p_consistent(0.35, 0.342, "=")
    assert p_consistent(1.2e-5, 0.001, "<")
    assert not p_consistent(0.2, 0.001, "<")


def test_eligibility_reasons():
    estimates = [
        est(estimate_id="d:e001"),
        est(estimate_id="d:e002", outcome="OS"),
        est(estimate_id="d:e003", role="biomarker_or_prognostic"),
        est(estimate_id="d:e004", measure="proportion", value="57", ci_lower="42", ci_upper="76"),
        est(estimate_id="d:e005", comparison="sorafenib vs sorafenib plus interferon"),
    ]
    rows = harmonise_analysis(
        estimates, {"d": {"doc_id": "d"}}, {"d": "S1"}, {"S1": "RESORT"}, ANALYSIS
    )
    full = {r["estimate_id"]: r["exclusion_reason"] for r in rows}
    assert full["d:e002"] == "outcome_not_eligible: OS is not one of " + ", ".join(
        ANALYSIS["outcomes"]
    )
    assert full["d:e003"] == (
        "role_not_eligible: biomarker_or_prognostic is not one of " + ", ".join(ANALYSIS["roles"])
    )
    reasons = {r["estimate_id"]: r["exclusion_reason"].split(":")[0] for r in rows}
    # a proportion is not a candidate for an HR analysis: it stays in 02 only
    assert reasons == {
        "d:e001": "",
        "d:e002": "outcome_not_eligible",
        "d:e003": "role_not_eligible",
        "d:e005": "comparison_not_eligible",
    }


def _quoted_twice(**kw):
    """The trial's paper (study S1, registered) and a news page that names no trial (study
    doc:news, unnamed) printing its HR to the last digit, plus kw's changes."""
    docs = {"paper": {"doc_id": "paper"}, "news": {"doc_id": "news"}}
    estimates = [
        est(estimate_id="paper:e001", doc_id="paper"),
        est(estimate_id="news:e001", doc_id="news", **kw),
    ]
    mapping = {"paper": "S1", "news": "doc:news"}
    return estimates, docs, mapping, {"S1": "RESORT", "doc:news": "News 2012"}


@pytest.mark.parametrize("unnamed, news_included", [({"doc:news"}, False), (set(), True)])
def test_an_unnamed_study_printing_another_studys_estimate_is_not_counted_twice(
    unnamed, news_included
):
    rows = harmonise_analysis(*_quoted_twice(), ANALYSIS, unnamed_studies=frozenset(unnamed))
    by_id = {r["estimate_id"]: r for r in rows}
    assert by_id["paper:e001"]["included"] is True
    assert by_id["news:e001"]["included"] is news_included
    if not news_included:
        assert by_id["news:e001"]["exclusion_reason"] == (
            "same_estimate_as_study: HR 1.35 (0.72 to 2.54) is also study S1's; study doc:news "
            "names no trial and states no registry id: the same trial counted once"
        )


def test_an_unnamed_study_with_other_figures_is_pooled():
    # another upper bound: not the same estimate
    rows = harmonise_analysis(
        *_quoted_twice(ci_upper="2.55"), ANALYSIS, unnamed_studies=frozenset({"doc:news"})
    )
    assert all(r["included"] for r in rows)


def test_a_reviewers_estimate_is_never_left_out_as_quoted():
    # the news page's figures entered by a reviewer (source set): kept
    rows = harmonise_analysis(
        *_quoted_twice(source="manual"), ANALYSIS, unnamed_studies=frozenset({"doc:news"})
    )
    assert all(r["included"] for r in rows)


def test_unnamed_studies_alone_keep_the_estimate_once():
    estimates, docs, mapping, labels = _quoted_twice()
    mapping["paper"] = "doc:paper"
    labels["doc:paper"] = labels.pop("S1")
    rows = harmonise_analysis(
        estimates,
        docs,
        mapping,
        labels,
        ANALYSIS,
        unnamed_studies=frozenset({"doc:news", "doc:paper"}),
    )
    # the first study id keeps it
    assert [r["study_id"] for r in rows if r["included"]] == ["doc:news"]


def test_one_estimate_per_study_prefers_latest_report():
    docs = {
        "interim": {"doc_id": "interim", "year": "2015", "source_type": "journal_abstract"},
        "final": {"doc_id": "final", "year": "2019", "source_type": "journal_abstract"},
    }
    rows = harmonise_analysis(
        [
            est(estimate_id="interim:e001", doc_id="interim"),
            est(
                estimate_id="final:e001",
                doc_id="final",
                value="1.2",
                ci_lower="0.7",
                ci_upper="2.05",
            ),
        ],
        docs,
        {"interim": "S1", "final": "S1"},
        {"S1": "S1"},
        ANALYSIS,
    )
    by_id = {r["estimate_id"]: r for r in rows}
    assert by_id["final:e001"]["included"] is True
    assert by_id["interim:e001"]["included"] is False
    assert "superseded: study S1 uses final:e001" in by_id["interim:e001"]["exclusion_reason"]


def test_of_two_statements_in_one_report_the_first_in_the_text_is_kept():
    """Two eligible estimates of one outcome in one document: the one printed first is the
    study's, whatever their ids (the ids are hashes of the numbers, in no text order)."""
    first = est(
        estimate_id="d:HR-ffff", match_start="120", value="0.87", ci_lower="0.73", ci_upper="1.04"
    )
    later = est(
        estimate_id="d:HR-0000", match_start="940", value="0.79", ci_lower="0.63", ci_upper="0.99"
    )
    for order in ([first, later], [later, first]):
        rows = harmonise_analysis(
            order, {"d": {"doc_id": "d"}}, {"d": "S1"}, {"S1": "S1"}, ANALYSIS
        )
        by_id = {r["estimate_id"]: r for r in rows}
        assert by_id["d:HR-ffff"]["included"] is True
        assert by_id["d:HR-0000"]["included"] is False
        assert by_id["d:HR-0000"]["exclusion_reason"] == (
            "superseded: study S1 uses d:HR-ffff (first statement in the same document)"
        )


def test_the_studys_primary_report_from_03_studies_is_preferred():
    """A reviewer made the interim report primary: its estimate is the study's, although
    the linking rule alone would prefer the later report."""
    docs = {
        "interim": {"doc_id": "interim", "year": "2015", "source_type": "journal_abstract"},
        "final": {"doc_id": "final", "year": "2019", "source_type": "journal_abstract"},
    }
    estimates = [
        est(estimate_id="interim:e001", doc_id="interim"),
        est(estimate_id="final:e001", doc_id="final", value="1.2", ci_lower="0.7", ci_upper="2.05"),
    ]
    args = (estimates, docs, {"interim": "S1", "final": "S1"}, {"S1": "S1"}, ANALYSIS)
    rows = harmonise_analysis(*args, primary_docs={"S1": "interim"})
    by_id = {r["estimate_id"]: r for r in rows}
    assert by_id["interim:e001"]["included"] is True
    assert by_id["final:e001"]["included"] is False
    assert "interim is the study's primary report" in by_id["final:e001"]["exclusion_reason"]
    rows = harmonise_analysis(*args, primary_docs={"S1": "final"})
    assert {r["estimate_id"]: r["included"] for r in rows}["final:e001"] is True


def test_drug_class_matches_whole_words_only():
    from metasynth.harmonise import arm_roles, orient

    analysis = {
        "intervention": "nivolumab, pembrolizumab or atezolizumab",
        "intervention_terms": ["nivolumab", "pembrolizumab", "atezolizumab", "mpdl3280a"],
        "comparators": ["docetaxel"],
        "comparator_terms": ["docetaxel"],
    }
    assert arm_roles("pembrolizumab vs docetaxel", analysis) == ("docetaxel", "")
    assert arm_roles("MPDL3280A vs docetaxel", analysis) == ("docetaxel", "")
    assert arm_roles("docetaxel vs atezolizumab", analysis) == ("docetaxel", "")
    assert arm_roles("ipilimumab vs docetaxel", analysis)[0] is None  # a class, not a substring
    assert arm_roles("nivolumab vs placebo", analysis)[1].startswith("comparator 'placebo'")
    mab = {
        "intervention": "mab",
        "intervention_terms": ["mab"],
        "comparators": [],
        "comparator_terms": [],
    }
    assert arm_roles("pembrolizumab vs docetaxel", mab)[0] is None
    sign, how, _ = orient({"numerator_arm": "docetaxel", "denominator_arm": "nivolumab"}, analysis)
    assert sign == -1 and "inverted" in how


def test_multi_arm_trials_one_comparison_by_default_or_each_comparison_when_asked():
    from metasynth.harmonise import harmonise_analysis

    base = {
        "doc_id": "k010",
        "measure": "HR",
        "ci_level": "95",
        "p_value": "",
        "p_text": "",
        "outcome": "OS",
        "role": "treatment_effect",
        "numerator_arm": "",
        "denominator_arm": "",
        "orientation": "conventional",
    }
    estimates = [
        {
            **base,
            "estimate_id": "k010:a",
            "value": "0.71",
            "ci_lower": "0.58",
            "ci_upper": "0.88",
            "comparison": "pembrolizumab 2 mg/kg vs docetaxel",
        },
        {
            **base,
            "estimate_id": "k010:b",
            "value": "0.61",
            "ci_lower": "0.49",
            "ci_upper": "0.75",
            "comparison": "pembrolizumab 10 mg/kg vs docetaxel",
        },
    ]
    docs = {"k010": {"doc_id": "k010", "arms": "pembrolizumab;docetaxel", "status": "ok"}}
    analysis = {
        "name": "a",
        "intervention": "pembrolizumab",
        "comparators": ["docetaxel"],
        "outcomes": ["OS"],
        "roles": ["treatment_effect"],
        "measure": "HR",
        "subgroup": None,
    }
    one = harmonise_analysis(
        estimates, docs, {"k010": "KEYNOTE-010"}, {"KEYNOTE-010": "KEYNOTE-010"}, analysis
    )
    assert [r["included"] for r in one] == [True, False]
    assert one[1]["exclusion_reason"].startswith("superseded: study KEYNOTE-010 uses k010:a")
    each = harmonise_analysis(
        estimates,
        docs,
        {"k010": "KEYNOTE-010"},
        {"KEYNOTE-010": "KEYNOTE-010"},
        {**analysis, "multi_arm": "each_comparison"},
    )
    assert [r["included"] for r in each] == [True, True]
    assert [r["label"] for r in each] == [
        "KEYNOTE-010 (pembrolizumab 2 mg/kg)",
        "KEYNOTE-010 (pembrolizumab 10 mg/kg)",
    ]
    assert all("shared_control_counted_twice" in r["checks"] for r in each)
    # hand calculation: yi = ln(0.61) = -0.494296..., sei = (ln 0.75 - ln 0.49) / (2 x 1.959964) = 0.108633...
    assert each[1]["yi"] == pytest.approx(-0.4942963218147801, abs=1e-12)
    assert each[1]["sei"] == pytest.approx(
        (math.log(0.75) - math.log(0.49)) / (2 * 1.959963984540054), abs=1e-12
    )
