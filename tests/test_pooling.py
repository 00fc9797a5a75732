"""The pooling engine against metafor (fixtures from tests/reference/metafor_reference.R)
and against hand calculations. R is not needed: the fixtures are committed CSV files."""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

ROOT = Path(__file__).resolve().parents[1]

from metasynth import pooling  # noqa: E402
from metasynth.tables import read_rows  # noqa: E402

REF = ROOT / "tests" / "reference"
ATOL = 1e-8


def _num(text: str) -> float:
    if text in ("NA", "NaN", ""):
        return math.nan
    if text == "Inf":
        return math.inf
    if text == "-Inf":
        return -math.inf
    return float(text)


def load_datasets() -> dict:
    data: dict = defaultdict(
        lambda: {"yi": [], "sei": [], "group": [], "order_key": [], "level": 0.95}
    )
    for row in read_rows(REF / "metafor_datasets.csv"):
        d = data[row["dataset"]]
        d["yi"].append(_num(row["yi"]))
        d["sei"].append(_num(row["sei"]))
        d["group"].append(row["group"])
        d["order_key"].append(_num(row["order_key"]) if row["order_key"] else math.nan)
        d["level"] = _num(row["level"])
    out = {}
    for name, d in data.items():
        out[name] = {
            "yi": np.array(d["yi"]),
            "sei": np.array(d["sei"]),
            "group": d["group"],
            "order_key": np.array(d["order_key"]),
            "level": d["level"],
        }
    return out


def load_fits() -> dict:
    fits: dict = defaultdict(dict)
    for row in read_rows(REF / "metafor_fits.csv"):
        key = (
            row["dataset"],
            row["analysis"],
            row["method"],
            row["test"],
            row["variant"],
            row["index"],
        )
        fits[key][row["field"]] = _num(row["value"])
    return dict(fits)


DATA = load_datasets()
FITS = load_fits()


def keys(analysis: str) -> list:
    return sorted(k for k in FITS if k[1] == analysis)


def close(a: float, b: float, atol: float = ATOL, rtol: float = 0.0) -> bool:
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= max(atol, rtol * abs(b))


def diff(a: float, b: float) -> float:
    a, b = float(a), float(b)
    if (math.isnan(a) and math.isnan(b)) or (math.isinf(a) and a == b):
        return 0.0
    return abs(a - b)


def compare(mine: dict, ref: dict, fields=None, atol: float = ATOL, rtol: float = 0.0) -> dict:
    """Largest |difference| per field; raises AssertionError listing mismatches."""
    bad = []
    diffs = {}
    for field, value in ref.items():
        if fields is not None and field not in fields:
            continue
        got = mine[field]
        diffs[field] = diff(got, value)
        if not close(got, value, atol, rtol):
            bad.append(f"{field}: mine {got!r} metafor {value!r}")
    assert not bad, "; ".join(bad)
    return diffs


def fit_as_dict(res: dict) -> dict:
    flat = {key: val for key, val in res.items() if not isinstance(val, np.ndarray)}
    for i, w in enumerate(res["weights"]):
        flat[f"weight_{i}"] = w
    return flat


def run_fit(key) -> tuple[dict, dict]:
    dataset, _, method, test, _, _ = key
    d = DATA[dataset]
    res = pooling.fit(d["yi"], d["sei"], method=method, test=test, level=d["level"])
    return fit_as_dict(res), FITS[key]


# ---------------------------------------------------------------------------
# every method x test on every dataset


@pytest.mark.parametrize("key", keys("fit"), ids=lambda k: "-".join(k[:4]))
def test_fit_matches_metafor(key):
    mine, ref = run_fit(key)
    ref = dict(ref)
    if key[2] == "FE":
        # metafor's predict() gives no PI for fixed-effect models: here it equals the CI
        ref.pop("pi_lower"), ref.pop("pi_upper")
        assert mine["pi_lower"] == mine["ci_lower"] and mine["pi_upper"] == mine["ci_upper"]
        assert mine["tau2"] == 0.0
        assert math.isnan(mine["tau2_ci_lower"]) and math.isnan(mine["tau2_ci_upper"])
    if "tau2_ci_lower" not in ref:  # metafor's confint() stops (FE model or k = 1)
        assert math.isnan(mine["tau2_ci_lower"])
    # tiny_se: one weight is 1e6 times the others; metafor forms P = W - W 1 1'W / sum(w)
    # and loses about 1e-11 relative precision there (see test_tiny_se_exact_arithmetic),
    # which shows up as up to 7.5e-8 absolute on a z value of 1352.
    compare(mine, ref, rtol=1e-10 if key[0] == "tiny_se" else 0.0)
    assert mine["Q_df"] == max(mine["k"] - 1, 0)
    assert math.isclose(
        float(
            np.sum(
                pooling.fit(
                    DATA[key[0]]["yi"], DATA[key[0]]["sei"], key[2], key[3], DATA[key[0]]["level"]
                )["weights"]
            )
        ),
        100.0,
    )


def test_every_method_and_test_is_covered():
    combos = {(k[2], k[3]) for k in keys("fit")}
    assert combos == {(m, t) for m in pooling.METHODS for t in pooling.TESTS}
    assert {k[0] for k in keys("fit")} >= {
        "bcg",
        "seeds",
        "k1",
        "k2",
        "identical",
        "zero_boundary",
        "tiny_se",
        "level90",
    }


@pytest.mark.parametrize("key", keys("leave1out"), ids=lambda k: "-".join(k[:4]) + "-" + k[5])
def test_leave_one_out_matches_metafor(key):
    dataset, _, method, test, _, index = key
    d = DATA[dataset]
    results = pooling.leave_one_out(d["yi"], d["sei"], method=method, test=test, level=d["level"])
    res = results[int(index)]
    assert res["omitted"] == int(index)
    compare(res, FITS[key])


@pytest.mark.parametrize("key", keys("cumulative"), ids=lambda k: "-".join(k[:4]) + "-" + k[5])
def test_cumulative_matches_metafor(key):
    dataset, _, method, test, _, index = key
    d = DATA[dataset]
    key_values = d["order_key"]
    order = np.argsort(key_values, kind="stable") if not np.all(np.isnan(key_values)) else None
    results = pooling.cumulative(
        d["yi"], d["sei"], order=order, method=method, test=test, level=d["level"]
    )
    res = results[int(index)]
    ref = FITS[key]
    assert res["added"] == int(ref["added"])
    compare(res, ref, fields=set(ref) - {"added"})


@pytest.mark.parametrize("key", keys("regtest"), ids=lambda k: "-".join(k[:5]))
def test_egger_matches_metafor_regtest(key):
    dataset, _, method, test, variant, _ = key
    d = DATA[dataset]
    res = pooling.egger_test(
        d["yi"], d["sei"], method=method, test=test, level=d["level"], model=variant
    )
    ref = dict(FITS[key])
    df = ref.pop("df")
    if math.isnan(df):
        assert res["df"] is None
    else:
        assert res["df"] == int(df)
    compare(res, ref)


def test_egger_default_model_is_classical_for_fe():
    d = DATA["bcg"]
    res = pooling.egger_test(d["yi"], d["sei"], method="FE")
    assert res["model"] == "lm" and res["statistic_name"] == "t"
    ref = FITS[("bcg", "regtest", "FE", "z", "lm", "")]
    assert close(res["statistic"], ref["statistic"])
    assert pooling.egger_test(d["yi"], d["sei"], method="REML")["model"] == "rma"


@pytest.mark.parametrize("key", keys("ranktest"), ids=lambda k: k[0])
def test_rank_correlation_matches_metafor(key):
    d = DATA[key[0]]
    res = pooling.rank_correlation_test(d["yi"], d["sei"])
    compare(res, FITS[key])


@pytest.mark.parametrize("key", keys("trimfill"), ids=lambda k: "-".join(k[:5]))
def test_trim_and_fill_matches_metafor(key):
    dataset, _, method, test, variant, _ = key
    d = DATA[dataset]
    estimator, _, side = variant.partition("_")
    side = None if side in ("", "auto") else side
    res = pooling.trim_and_fill(
        d["yi"],
        d["sei"],
        estimator=estimator,
        side=side,
        method=method,
        test=test,
        level=d["level"],
    )
    ref = dict(FITS[key])
    assert res["k0"] == int(ref.pop("k0"))
    assert (res["side"] == "right") == bool(ref.pop("right"))
    mine = dict(res["fit"])
    mine["se_k0"] = res["se_k0"]
    mine["p_k0"] = res["p_k0"]
    for i, (fy, fs) in enumerate(zip(res["filled_yi"], res["filled_sei"])):
        mine[f"filled_yi_{i}"] = fy
        mine[f"filled_sei_{i}"] = fs
    assert len(res["yi"]) == len(d["yi"]) + res["k0"]
    compare(mine, ref)


@pytest.mark.parametrize("method", pooling.METHODS)
@pytest.mark.parametrize("test", pooling.TESTS)
def test_subgroups_match_separate_metafor_fits(method, test):
    d = DATA["bcg"]
    res = pooling.subgroup_analysis(
        d["yi"], d["sei"], d["group"], method=method, test=test, level=d["level"]
    )
    for group, fitted in res["groups"].items():
        compare(fitted, FITS[("bcg", "subgroup", method, test, group, "")])
    between = FITS[("bcg", "subgroup", method, test, "between", "")]
    assert res["Q_between_df"] == int(between["Q_between_df"])
    compare(res, between, fields={"Q_between", "Q_between_p"})


# ---------------------------------------------------------------------------
# hand calculations


def test_tiny_se_exact_arithmetic():
    """With one dominating weight the engine agrees with exact rational arithmetic."""
    from fractions import Fraction as F

    d = DATA["tiny_se"]
    ys = [F(float(y)) for y in d["yi"]]
    v = [F(float(s)) ** 2 for s in d["sei"]]
    w = [1 / x for x in v]
    k, sw = len(w), sum(w)
    mu = sum(a * y for a, y in zip(w, ys)) / sw
    q = sum(a * (y - mu) ** 2 for a, y in zip(w, ys))
    trp = sum(a - a * a / sw for a in w)
    spp = sum((w[i] * (i == j) - w[i] * w[j] / sw) ** 2 for i in range(k) for j in range(k))
    tau2 = max(F(0), (q - (k - 1)) / trp)
    se_tau2 = math.sqrt(float((2 * (k - 1) + 4 * tau2 * trp + 2 * tau2**2 * spp) / trp**2))
    res = pooling.fit(d["yi"], d["sei"], method="DL")
    assert res["tau2"] == pytest.approx(float(tau2), rel=1e-14)
    assert res["tau2_se"] == pytest.approx(se_tau2, rel=1e-13)
    hs = max(F(0), (q - k) / sw)
    ws = [1 / (x + hs) for x in v]
    m = sum(a * y for a, y in zip(ws, ys)) / sum(ws)
    z = float(m) / math.sqrt(float(1 / sum(ws)))
    assert pooling.fit(d["yi"], d["sei"], method="HS")["z_or_t"] == pytest.approx(z, rel=1e-13)


def test_fixed_effect_two_studies_by_hand():
    yi, sei = [0.2, 0.6], [0.1, 0.2]
    w1, w2 = 1 / 0.01, 1 / 0.04  # 100, 25
    mu = (w1 * 0.2 + w2 * 0.6) / (w1 + w2)  # 0.28
    se = math.sqrt(1 / (w1 + w2))
    q = w1 * (0.2 - mu) ** 2 + w2 * (0.6 - mu) ** 2
    res = pooling.fit(yi, sei, method="FE")
    assert res["mu"] == pytest.approx(0.28, abs=1e-15)
    assert res["mu"] == pytest.approx(mu, abs=1e-15)
    assert res["se"] == pytest.approx(se, abs=1e-15)
    assert res["ci_lower"] == pytest.approx(mu - stats.norm.isf(0.025) * se, abs=1e-14)
    assert res["Q"] == pytest.approx(q, abs=1e-12)
    assert res["Q_df"] == 1
    assert res["I2"] == pytest.approx(100 * (q - 1) / q, abs=1e-12)
    assert res["H2"] == pytest.approx(q, abs=1e-12)
    assert res["weights"] == pytest.approx([80.0, 20.0], abs=1e-12)
    assert res["pi_lower"] == res["ci_lower"]


def test_dersimonian_laird_two_studies_by_hand():
    yi, sei = [0.2, 0.6], [0.1, 0.2]
    w = np.array([100.0, 25.0])
    q = 100 * 0.08**2 + 25 * 0.32**2  # 3.2
    c = w.sum() - (w**2).sum() / w.sum()  # 125 - 10625/125 = 40
    tau2 = (q - 1) / c
    ws = 1 / (np.array([0.01, 0.04]) + tau2)
    mu = float(np.dot(ws, [0.2, 0.6]) / ws.sum())
    se = math.sqrt(1 / ws.sum())
    res = pooling.fit(yi, sei, method="DL")
    assert res["tau2"] == pytest.approx(tau2, abs=1e-15)
    assert res["mu"] == pytest.approx(mu, abs=1e-14)
    assert res["se"] == pytest.approx(se, abs=1e-14)
    vt = 1 / c  # (k - 1) / c
    assert res["I2"] == pytest.approx(100 * tau2 / (vt + tau2), abs=1e-12)
    crit = stats.norm.isf(0.025)
    assert res["pi_upper"] == pytest.approx(mu + crit * math.sqrt(se**2 + tau2), abs=1e-12)
    knha = pooling.fit(yi, sei, method="DL", test="knha")
    s2w = float(np.dot(ws, (np.array([0.2, 0.6]) - mu) ** 2)) / 1
    assert knha["knha_factor"] == pytest.approx(s2w, abs=1e-12)
    assert knha["se"] == pytest.approx(se * math.sqrt(s2w), abs=1e-12)
    assert knha["ci_upper"] == pytest.approx(
        mu + stats.t.isf(0.025, 1) * se * math.sqrt(s2w), abs=1e-10
    )
    assert knha["pi_upper"] == pytest.approx(
        mu + stats.t.isf(0.025, 1) * math.sqrt(knha["se"] ** 2 + tau2), abs=1e-10
    )


def test_knha_factor_not_truncated_at_one():
    d = DATA["zero_boundary"]
    z = pooling.fit(d["yi"], d["sei"], method="REML", test="z")
    k = pooling.fit(d["yi"], d["sei"], method="REML", test="knha")
    assert k["knha_factor"] < 1
    assert k["se"] == pytest.approx(z["se"] * math.sqrt(k["knha_factor"]), rel=1e-12)


# ---------------------------------------------------------------------------
# edge cases and errors


@pytest.mark.parametrize("dataset, method", [("ll0_ml", "ML"), ("ll0_reml", "REML")])
def test_likelihood_check_at_zero_as_metafor(dataset, method):
    """metafor: 'Fisher scoring algorithm may have gotten stuck at a local maximum.
    Setting tau^2 = 0.'"""
    d = DATA[dataset]
    res = pooling.fit(d["yi"], d["sei"], method=method)
    assert res["tau2"] == 0.0 and "likelihood is higher at tau^2 = 0" in res["note"]
    assert FITS[(dataset, "fit", method, "z", "", "")]["tau2"] == 0.0


def test_k1_conventions():
    res = pooling.fit([0.3], [0.2], method="REML", test="knha")
    assert res["tau2"] == 0 and res["Q"] == 0 and res["Q_df"] == 0 and res["Q_p"] == 1
    assert res["I2"] == 0 and res["H2"] == 1
    assert res["test_used"] == "z" and res["df"] is None
    assert (res["pi_lower"], res["pi_upper"]) == (res["ci_lower"], res["ci_upper"])
    assert math.isnan(res["tau2_ci_lower"])
    assert "k = 1" in res["note"]


def test_identical_studies():
    res = pooling.fit([0.2] * 4, [0.1] * 4, method="REML", test="knha")
    assert res["tau2"] == 0 and res["se"] == 0 and res["p_value"] == 0
    assert "zero" in res["note"]
    assert (res["tau2_ci_lower"], res["tau2_ci_upper"]) == (0.0, 0.0)


@pytest.mark.parametrize(
    "yi, sei, kwargs, message",
    [
        ([0.1, 0.2], [0.1], {}, "differ in length"),
        ([0.1, float("nan")], [0.1, 0.1], {}, "finite"),
        ([0.1, 0.2], [0.1, float("inf")], {}, "finite"),
        ([0.1, 0.2], [0.1, 0.0], {}, "> 0"),
        ([0.1, 0.2], [0.1, -0.1], {}, "> 0"),
        ([], [], {}, "empty"),
        ([0.1, 0.2], [0.1, 0.1], {"method": "XX"}, "unknown method"),
        ([0.1, 0.2], [0.1, 0.1], {"test": "t"}, "unknown test"),
        ([0.1, 0.2], [0.1, 0.1], {"level": 95}, "level"),
        ([0.1, 0.2], [0.1, 0.1], {"level": 0.0}, "level"),
        ([0.1, 0.2], [0.1, 0.1], {"level": 1.0}, "level"),
        ([0.1, 0.2], [0.1, 0.1], {"control": {"bogus": 1}}, "control"),
    ],
)
def test_invalid_input_raises_value_error(yi, sei, kwargs, message):
    with pytest.raises(ValueError, match=message):
        pooling.fit(yi, sei, **kwargs)


def test_non_convergence_raises_convergence_error():
    d = DATA["bcg"]
    with pytest.raises(pooling.ConvergenceError, match="did not converge"):
        pooling.fit(
            d["yi"],
            d["sei"],
            method="REML",
            control={"maxiter": 1, "tau2_init": 10.0, "fallback": False},
        )
    assert issubclass(pooling.ConvergenceError, ValueError)


def test_oscillating_fisher_scoring_falls_back_to_the_likelihood_maximum():
    # metafor 3.8-1: "Fisher scoring algorithm did not converge" for this data set
    yi, sei = [0, 0, 0, 0, 0, 1], [1, 1, 1, 1, 1, 0.25]
    with pytest.raises(pooling.ConvergenceError, match="Fisher scoring did not converge"):
        pooling.fit(yi, sei, method="REML", control={"fallback": False})
    res = pooling.fit(yi, sei, method="REML")
    assert "bracketed search" in res["note"]
    # the REML score is zero and the restricted likelihood is maximal there
    y, v = np.array(yi, float), np.array(sei, float) ** 2

    def reml_ll(t):
        w = 1 / (v + t)
        mu = np.dot(w, y) / w.sum()
        return -0.5 * (np.sum(np.log(v + t)) + np.log(w.sum()) + np.dot(w, (y - mu) ** 2))

    t = res["tau2"]
    assert 0.1 < t < 0.2
    assert reml_ll(t) >= max(reml_ll(t * 0.999), reml_ll(t * 1.001), reml_ll(0.0))
    # with a halved step Fisher scoring converges, to the same value as metafor with
    # control=list(stepadj=0.5)
    half = pooling.fit(yi, sei, method="REML", control={"stepadj": 0.5, "fallback": False})
    ref = FITS[("oscillating", "fit_stepadj", "REML", "z", "0.5", "")]
    compare(fit_as_dict(half), ref)
    compare(fit_as_dict(res), ref)


def test_sensitivity_wrappers_shapes():
    d = DATA["bcg"]
    loo = pooling.leave_one_out(d["yi"], d["sei"], method="DL")
    assert [r["omitted"] for r in loo] == list(range(13)) and all(r["k"] == 12 for r in loo)
    cum = pooling.cumulative(d["yi"], d["sei"], order=list(range(12, -1, -1)), method="DL")
    assert [r["k"] for r in cum] == list(range(1, 14)) and cum[0]["added"] == 12
    with pytest.raises(ValueError, match="permutation"):
        pooling.cumulative(d["yi"], d["sei"], order=[0, 0, 1])


def test_small_study_tests_gating():
    d = DATA["level90"]
    rows = pooling.small_study_tests(d["yi"], d["sei"], method="REML")
    assert [r["test"] for r in rows] == ["egger", "rank_correlation", "trim_and_fill"]
    assert all(r["status"] == "not_reported" and r["reported"] is False for r in rows)
    assert "k = 3 < 10" in rows[0]["note"]
    b = DATA["bcg"]
    rows = pooling.small_study_tests(b["yi"], b["sei"], method="REML", test="knha")
    assert all(r["reported"] for r in rows)
    egger = pooling.egger_test(b["yi"], b["sei"], method="REML", test="knha")
    assert rows[0]["statistic"] == egger["statistic"] and rows[0]["df"] == 11
    tf = pooling.trim_and_fill(b["yi"], b["sei"], method="REML", test="knha")
    assert rows[2]["k0"] == tf["k0"] and rows[2]["adjusted_estimate"] == tf["fit"]["mu"]
    forced = pooling.small_study_tests(d["yi"], d["sei"], force=True, method="REML")
    assert forced[0]["reported"] and "forced" in forced[0]["note"]


def test_no_snakemake_import():
    assert "snakemake" not in sys.modules or not any(
        "snakemake" in str(getattr(m, "__file__", "")) for m in (pooling,)
    )
    source = (ROOT / "scripts" / "metasynth" / "pooling.py").read_text()
    assert "import snakemake" not in source and "from snakemake" not in source


# ---------------------------------------------------------------------------
# summary used for the report: largest difference per method


def max_differences() -> dict:
    """Largest |difference| vs metafor per method over every compared value of
    fits, leave-one-out and cumulative runs (run: python tests/test_pooling.py)."""
    out: dict = defaultdict(float)
    for key in keys("fit"):
        mine, ref = run_fit(key)
        for field, value in ref.items():
            if field in mine and not (key[2] == "FE" and field.startswith("pi_")):
                out[key[2]] = max(out[key[2]], diff(mine[field], value))
    for analysis, func in (
        ("leave1out", pooling.leave_one_out),
        ("cumulative", pooling.cumulative),
    ):
        for key in keys(analysis):
            d = DATA[key[0]]
            kw = dict(method=key[2], test=key[3], level=d["level"])
            if analysis == "cumulative" and not np.all(np.isnan(d["order_key"])):
                kw["order"] = np.argsort(d["order_key"], kind="stable")
            res = func(d["yi"], d["sei"], **kw)[int(key[5])]
            for field, value in FITS[key].items():
                if field in res and field != "added":
                    out[key[2]] = max(out[key[2]], diff(res[field], value))
    return dict(out)


if __name__ == "__main__":
    for method, value in max_differences().items():
        print(f"{method:5s} {value:.3g}")


def test_fit_without_tau2_ci_gives_the_same_estimates():
    import math

    from metasynth import pooling

    yi, sei = [0.1, -0.3, 0.25, 0.05], [0.2, 0.15, 0.3, 0.1]
    full = pooling.fit(yi, sei, method="REML", test="knha")
    bare = pooling.fit(yi, sei, method="REML", test="knha", tau2_ci=False)
    for key in ("mu", "se", "ci_lower", "ci_upper", "pi_lower", "pi_upper", "tau2", "I2", "Q"):
        assert bare[key] == full[key]
    assert math.isnan(bare["tau2_ci_lower"]) and math.isnan(bare["tau2_ci_upper"])


def test_reused_work_vectors_never_leak_into_results():
    """Fits of the same size share work vectors between calls: a result must not change
    when later fits run, and must equal the fit done with no pooled vectors around."""
    rng = np.random.default_rng(7)
    k = 5000
    data = [(rng.normal(0.1, 0.3, k), rng.uniform(0.05, 0.5, k)) for _ in range(3)]
    pooling._POOL.free = {}
    fresh, copies = [], []
    for y, s in data:
        fresh.append(pooling.fit(y, s, method="REML"))
        copies.append(fresh[-1]["weights"].copy())
    again = [pooling.fit(y, s, method="REML") for y, s in data]  # reuse the pooled vectors
    for result, copy in zip(fresh, copies):
        np.testing.assert_array_equal(result["weights"], copy)
    for a, b in zip(fresh, again):
        for key in ("mu", "se", "tau2", "tau2_ci_lower", "tau2_ci_upper", "Q", "I2"):
            assert a[key] == b[key], key
        np.testing.assert_array_equal(a["weights"], b["weights"])


def test_fits_in_threads_agree_with_sequential_fits():
    import threading

    rng = np.random.default_rng(11)
    k = 20000
    data = [(rng.normal(-0.2, 0.4, k), rng.uniform(0.05, 0.6, k)) for _ in range(4)]
    expected = [pooling.fit(y, s, method="REML")["mu"] for y, s in data]
    got = [None] * len(data)

    def work(i):
        for _ in range(5):
            got[i] = pooling.fit(*data[i], method="REML")["mu"]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(data))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == expected


@pytest.mark.parametrize("seed", range(12))
def test_kendall_tau_b_is_scipys_to_the_bit(seed):
    """Kendall's tau-b without scipy.stats (metasynth.pooling_ranks) gives the bits
    scipy.stats.kendalltau gives: continuous values, rounded values with ties in one or
    both variables, a constant variable (NaN), 1 to 2,000 studies."""
    import math

    from scipy import stats

    from metasynth.pooling_ranks import kendall_tau_b

    rng = np.random.default_rng(seed)
    for size in (1, 2, 3, 7, 40, 2000):
        x, y = rng.normal(size=size), rng.normal(size=size)
        for a, b in ((x, y), (np.round(x, 1), y), (np.round(3 * x), np.round(2 * y)), (x, 0 * y)):
            ours = kendall_tau_b(a, b)
            if size < 2 or not np.ptp(a) or not np.ptp(b):
                assert math.isnan(ours)
                continue
            assert ours == float(stats.kendalltau(a, b, variant="b").statistic), (size, a, b)


def test_pooling_does_not_import_scipy_stats():
    """A pooling job starts without scipy.stats (most of a second of import per job)."""
    import subprocess
    import sys

    code = "import metasynth.synthesis, sys; print('scipy.stats' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
