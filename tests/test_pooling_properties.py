"""Property tests of the pooling engine: invariances every estimator must respect."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]

from metasynth import pooling  # noqa: E402

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
METHODS = st.sampled_from(pooling.METHODS)
TESTS = st.sampled_from(pooling.TESTS)


@st.composite
def studies(draw, min_k=2, max_k=12):
    k = draw(st.integers(min_value=min_k, max_value=max_k))
    yi = draw(
        st.lists(st.floats(-3, 3, allow_nan=False, allow_infinity=False), min_size=k, max_size=k)
    )
    sei = draw(
        st.lists(
            st.floats(0.05, 1.5, allow_nan=False, allow_infinity=False), min_size=k, max_size=k
        )
    )
    return np.array(yi), np.array(sei)


def near(a, b, rel=1e-7, abs_=1e-9):
    if math.isnan(a) and math.isnan(b):
        return True
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


FIELDS = ("mu", "se", "tau2", "I2", "H2", "Q", "ci_lower", "ci_upper", "pi_lower", "pi_upper")


@SETTINGS
@given(data=studies(), method=METHODS, test=TESTS, seed=st.integers(0, 2**32 - 1))
def test_permutation_invariance(data, method, test, seed):
    yi, sei = data
    perm = np.random.default_rng(seed).permutation(yi.size)
    a = pooling.fit(yi, sei, method=method, test=test)
    b = pooling.fit(yi[perm], sei[perm], method=method, test=test)
    for field in FIELDS:
        assert near(a[field], b[field], abs_=1e-8 * (1 + abs(a[field]))), field
    assert np.allclose(a["weights"][perm], b["weights"], atol=1e-9)


@SETTINGS
@given(data=studies(), method=METHODS, test=TESTS, shift=st.floats(-5, 5, allow_nan=False))
def test_location_shift(data, method, test, shift):
    yi, sei = data
    a = pooling.fit(yi, sei, method=method, test=test)
    b = pooling.fit(yi + shift, sei, method=method, test=test)
    assert near(b["mu"], a["mu"] + shift, abs_=1e-8)
    assert near(b["tau2"], a["tau2"], abs_=1e-9)
    for field in ("se", "I2", "Q"):
        assert near(b[field], a[field], abs_=1e-7), field


@SETTINGS
@given(data=studies(), method=METHODS, test=TESTS, c=st.floats(0.1, 10))
def test_scaling(data, method, test, c):
    yi, sei = data
    a = pooling.fit(yi, sei, method=method, test=test)
    b = pooling.fit(yi * c, sei * c, method=method, test=test)
    assert near(b["mu"], a["mu"] * c, abs_=1e-8 * c)
    assert near(b["se"], a["se"] * c, abs_=1e-8 * c)
    assert near(b["tau2"], a["tau2"] * c * c, abs_=1e-9 * c * c)
    for field in ("I2", "Q", "z_or_t"):
        assert near(b[field], a[field], abs_=1e-6), field


@SETTINGS
@given(data=studies(), method=METHODS, test=TESTS)
def test_fe_equals_re_when_tau2_is_zero(data, method, test):
    yi, sei = data
    re = pooling.fit(yi, sei, method=method, test=test)
    fe = pooling.fit(yi, sei, method="FE", test=test)
    if re["tau2"] == 0.0:
        for field in (
            "mu",
            "se",
            "ci_lower",
            "ci_upper",
            "z_or_t",
            "p_value",
            "pi_lower",
            "pi_upper",
            "Q",
        ):
            assert near(re[field], fe[field], abs_=1e-12), field
        assert np.allclose(re["weights"], fe["weights"])


@SETTINGS
@given(data=studies(min_k=1), method=METHODS, test=TESTS)
def test_weights_sum_to_100_and_intervals_nest(data, method, test):
    yi, sei = data
    res = pooling.fit(yi, sei, method=method, test=test)
    assert math.isclose(float(np.sum(res["weights"])), 100.0, rel_tol=1e-12)
    assert np.all(res["weights"] > 0)
    assert res["ci_lower"] <= res["mu"] <= res["ci_upper"]
    assert res["pi_lower"] <= res["ci_lower"] + 1e-12 and res["pi_upper"] >= res["ci_upper"] - 1e-12
    assert res["tau2"] >= 0 and 0 <= res["I2"] <= 100 and res["H2"] >= 0
    if res["k"] > 1 and method != "FE":
        assert res["tau2_ci_lower"] <= res["tau2_ci_upper"]


def test_fixed_effect_ignores_heterogeneity_estimate():
    yi, sei = np.array([0.1, 0.9, -0.4]), np.array([0.2, 0.3, 0.25])
    res = pooling.fit(yi, sei, method="FE")
    assert res["tau2"] == 0 and (res["pi_lower"], res["pi_upper"]) == (
        res["ci_lower"],
        res["ci_upper"],
    )


@pytest.mark.parametrize("method", pooling.METHODS)
def test_large_k_runs(method):
    rng = np.random.default_rng(7)
    sei = rng.uniform(0.05, 0.5, 20000)
    yi = rng.normal(0.1, np.sqrt(sei**2 + 0.04))
    res = pooling.fit(yi, sei, method=method)
    assert abs(res["mu"] - 0.1) < 0.02
    if method == "SJ":  # one-step Sidik-Jonkman from the total variance: biased upwards
        assert 0.04 < res["tau2"] < 0.1
    elif method != "FE":
        assert abs(res["tau2"] - 0.04) < 0.01
