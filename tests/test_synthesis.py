"""Synthesis: which models are fitted, display intervals, empty analyses."""

import math

import pytest

from metasynth.synthesis import display_interval, model_specs, synthesise

ANALYSIS = {"name": "a", "measure": "HR", "level": 0.95, "method": "REML", "test": "knha", "subgroup": None}


def row(value, lower, upper, level="95", **kw):
    yi = kw.pop("yi", math.log(value))
    base = {"value": str(value), "ci_lower": str(lower), "ci_upper": str(upper), "ci_level": level,
            "se_source": "ci (95%)", "yi": str(yi), "sei": "0.4654548008",
            "study_id": "S", "label": "S", "estimate_id": "d:e1", "doc_id": "d", "outcome": "PFS",
            "included": "true", "subgroup": ""}
    base.update(kw)
    return base


def test_model_rows_start_with_the_configured_model():
    assert model_specs(ANALYSIS) == [
        ("random", "REML", "knha"), ("random", "DL", "knha"), ("random", "REML", "z"),
        ("random", "DL", "z"), ("fixed", "FE", "z"),
    ]


def test_display_interval_keeps_printed_bounds():
    r = row(0.13, 0.05, 0.31)
    assert display_interval(ANALYSIS, r, math.log(0.13), 0.4654548008) == (0.05, 0.31)


def test_display_interval_inverts_reoriented_bounds():
    r = row(1.45, 1.2, 1.75, yi=-math.log(1.45))
    lo, hi = display_interval(ANALYSIS, r, -math.log(1.45), 0.1)
    assert (lo, hi) == pytest.approx((1 / 1.75, 1 / 1.2))


def test_display_interval_recomputes_other_levels():
    # 90% CI 1.2-1.75 shown at 95%: exp(ln(1.45) +/- 1.959963985 * se), se from the 90% CI
    se = (math.log(1.75) - math.log(1.2)) / (2 * 1.6448536269514722)
    r = row(1.45, 1.2, 1.75, level="90", se_source="ci (90%)")
    lo, hi = display_interval(ANALYSIS, r, math.log(1.45), se)
    assert lo == pytest.approx(math.exp(math.log(1.45) - 1.959963984540054 * se))
    assert hi == pytest.approx(math.exp(math.log(1.45) + 1.959963984540054 * se))


def test_empty_analysis_gives_status_rows_in_every_table():
    tables = synthesise(ANALYSIS, [], {}, 10)
    assert all(r["status"] == "no_eligible_studies" and r["k"] == 0 for r in tables["pooled"])
    assert tables["weights"] == [] and tables["leave_one_out"] == [] and tables["cumulative"] == []
    assert tables["subgroups"][0]["status"] == "not_requested"
    assert {r["status"] for r in tables["small_study_tests"]} == {"no_eligible_studies"}
