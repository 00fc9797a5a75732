"""Synthesis: which models are fitted, display intervals, empty analyses."""

import math

import pytest

from metasynth.synthesis import display_interval, model_specs, synthesise

ANALYSIS = {
    "name": "a",
    "measure": "HR",
    "level": 0.95,
    "method": "REML",
    "test": "knha",
    "subgroup": None,
}


def row(value, lower, upper, level="95", **kw):
    yi = kw.pop("yi", math.log(value))
    base = {
        "value": str(value),
        "ci_lower": str(lower),
        "ci_upper": str(upper),
        "ci_level": level,
        "se_source": "ci (95%)",
        "yi": str(yi),
        "sei": "0.4654548008",
        "study_id": "S",
        "label": "S",
        "estimate_id": "d:e1",
        "doc_id": "d",
        "outcome": "PFS",
        "included": "true",
        "subgroup": "",
    }
    base.update(kw)
    return base


def test_model_rows_start_with_the_configured_model():
    assert model_specs(ANALYSIS) == [
        ("random", "REML", "knha"),
        ("random", "DL", "knha"),
        ("random", "REML", "z"),
        ("random", "DL", "z"),
        ("fixed", "FE", "z"),
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
    assert tables["weights"] == []  # one row per included study: none
    for name in ("leave_one_out", "cumulative"):
        assert [(r["status"], r["k"]) for r in tables[name]] == [("no_eligible_studies", 0)], name
    assert tables["subgroups"][0]["status"] == "not_requested"
    assert {r["status"] for r in tables["small_study_tests"]} == {"no_eligible_studies"}


def test_one_study_leave_one_out_says_why():
    tables = synthesise(ANALYSIS, _harmonised(1), {}, 10)
    loo = tables["leave_one_out"]
    assert [(r["status"], r["k"]) for r in loo] == [("not_computed", 1)]
    assert "at least 2 studies" in loo[0]["note"]
    assert [r["step"] for r in tables["cumulative"]] == [1]


@pytest.mark.parametrize("order", ["year", "precision", "label"])
def test_cumulative_order(order):
    rows = _harmonised(6)
    years = {f"S{i:03d}": 2020 - i for i in range(6)}  # S005 oldest
    tables = synthesise(dict(ANALYSIS, cumulative_order=order), rows, years, 10)
    added = [r["added_study_id"] for r in tables["cumulative"]]
    if order == "year":
        expected = [f"S{i:03d}" for i in range(5, -1, -1)]
    elif order == "precision":
        expected = [r["study_id"] for r in sorted(rows, key=lambda r: float(r["sei"]))]
    else:
        expected = [f"S{i:03d}" for i in range(6)]
    assert added == expected
    # the last step pools every study: the same estimate as the configured model
    primary = next(
        p
        for p in tables["pooled"]
        if p["model"] == "random"
        and p["method"] == ANALYSIS["method"]
        and p["test"] == ANALYSIS["test"]
    )
    assert tables["cumulative"][-1]["estimate"] == pytest.approx(primary["estimate"], rel=1e-12)


def _harmonised(k):
    import random

    rng = random.Random(7)
    rows = []
    for i in range(k):
        yi, sei = rng.gauss(-0.3, 0.2), rng.uniform(0.1, 0.5)
        rows.append(
            {
                "study_id": f"S{i:03d}",
                "label": f"Study {i:03d}",
                "estimate_id": f"d{i}:e001",
                "doc_id": f"d{i}",
                "outcome": "PFS",
                "included": "true",
                "subgroup": "",
                "yi": str(yi),
                "sei": str(sei),
                "value": str(math.exp(yi)),
                "ci_lower": "",
                "ci_upper": "",
                "ci_level": "",
                "se_source": "ci (95%)",
            }
        )
    return rows


def test_influence_analyses_are_skipped_above_the_limit_with_a_reason():
    tables = synthesise(ANALYSIS, _harmonised(12), {}, 10, influence_max_k=10)
    assert len(tables["weights"]) == 12 and tables["pooled"][0]["k"] == 12
    for name in ("leave_one_out", "cumulative"):
        assert len(tables[name]) == 1
        assert tables[name][0]["status"] == "not_computed"
        assert "influence_max_k" in tables[name][0]["note"]
    full = synthesise(ANALYSIS, _harmonised(12), {}, 10, influence_max_k=12)
    assert len(full["leave_one_out"]) == 24 and len(full["cumulative"]) == 12


def test_forest_plot_above_row_limit_draws_pooled_rows_only(tmp_path):
    import re

    from metasynth import plotting

    tables = synthesise(ANALYSIS, _harmonised(40), {}, 10)
    meta = dict(
        ANALYSIS, title="Many studies", intervention_label="Drug", comparator_label="Control"
    )
    svg = tmp_path / "forest.svg"
    plotting.plot_forest(tables["weights"], tables["pooled"], meta, [str(svg)], max_rows=30)
    texts = " ".join(re.findall(r">([^<]+)</text>", svg.read_text()))
    assert "40 studies pooled" in texts and "plots.max_forest_rows" in texts
    assert "Study 001" not in texts
    assert "k = 40" in texts


def test_leave_one_out_plot_above_row_limit_says_where_the_rows_are(tmp_path):
    import re

    from metasynth import plotting

    tables = synthesise(ANALYSIS, _harmonised(40), {}, 10)
    # as metafor's leave1out(): no tau^2 CI per omitted study
    assert all(math.isnan(r["tau2_ci_lower"]) for r in tables["leave_one_out"])
    meta = dict(ANALYSIS, title="Many studies")
    svg = tmp_path / "loo.svg"
    plotting.plot_leave_one_out(
        tables["leave_one_out"], tables["pooled"], meta, [str(svg)], max_rows=30
    )
    texts = " ".join(re.findall(r">([^<]+)</text>", svg.read_text()))
    assert "not drawn" in texts and "leave_one_out.csv" in texts


def test_sensitivity_tables_come_from_the_pooling_module(monkeypatch):
    """One implementation of leave-one-out and cumulative analyses: pooling's."""
    from metasynth import pooling

    calls = []
    for name in ("leave_one_out", "cumulative"):
        original = getattr(pooling, name)

        def spy(*args, _original=original, _name=name, **kwargs):
            calls.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(pooling, name, spy)
    rows = [
        row(v, lo, hi, study_id=f"S{i}", label=f"S{i}", estimate_id=f"d:e{i}")
        for i, (v, lo, hi) in enumerate([(0.8, 0.6, 1.1), (0.5, 0.3, 0.9), (1.1, 0.7, 1.6)])
    ]
    result = synthesise(dict(ANALYSIS), rows, {})
    assert sorted(calls) == ["cumulative", "leave_one_out", "leave_one_out"]
    direct = pooling.leave_one_out(
        [float(r["yi"]) for r in rows],
        [float(r["sei"]) for r in rows],
        method="REML",
        test="knha",
        level=0.95,
        tau2_ci=False,
    )
    random_rows = [r for r in result["leave_one_out"] if r["model"] == "random"]
    assert [r["yi_pooled"] for r in random_rows] == [f["mu"] for f in direct]
