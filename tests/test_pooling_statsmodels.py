"""Cross-check against statsmodels' ``combine_effects`` where its definitions match ours.

statsmodels implements the fixed-effect model, DerSimonian-Laird and Paule-Mandel with
the same formulas as metafor when tau^2 is positive; it is a second, independent
implementation to compare with (metafor's fixtures are the first, in test_pooling.py).
Where it differs on purpose -- its DerSimonian-Laird tau^2 is not truncated at zero --
the test below shows the difference and the value we return instead.
"""

import math
import warnings

import numpy as np
import pytest
from statsmodels.stats.meta_analysis import combine_effects

from metasynth import pooling


def heterogeneous(seed: int, k: int):
    rng = np.random.default_rng(seed)
    sei = rng.uniform(0.1, 0.5, k)
    yi = rng.normal(-0.3, np.sqrt(sei**2 + 0.1))
    return yi, sei


@pytest.mark.parametrize("seed,k", [(3, 12), (5, 30), (8, 200)])
def test_fixed_effect_and_dersimonian_laird_agree(seed, k):
    yi, sei = heterogeneous(seed, k)
    sm = combine_effects(yi, sei**2, method_re="dl")
    assert sm.tau2 > 0  # the branch where both use the same definition
    fe = pooling.fit(yi, sei, method="FE")
    dl = pooling.fit(yi, sei, method="DL")
    assert fe["mu"] == pytest.approx(sm.mean_effect_fe, abs=1e-12)
    assert fe["se"] == pytest.approx(sm.sd_eff_w_fe, abs=1e-12)
    assert dl["tau2"] == pytest.approx(sm.tau2, abs=1e-12)
    assert dl["mu"] == pytest.approx(sm.mean_effect_re, abs=1e-12)
    assert dl["se"] == pytest.approx(sm.sd_eff_w_re, abs=1e-12)
    assert dl["Q"] == pytest.approx(sm.q, abs=1e-9)
    assert dl["I2"] == pytest.approx(100 * sm.i2, abs=1e-9)  # statsmodels: a fraction
    np.testing.assert_allclose(dl["weights"], 100 * sm.weights_rel_re, atol=1e-10)
    np.testing.assert_allclose(fe["weights"], 100 * sm.weights_rel_fe, atol=1e-10)


@pytest.mark.parametrize("seed,k", [(3, 12), (5, 30)])
def test_paule_mandel_agrees_to_statsmodels_tolerance(seed, k):
    yi, sei = heterogeneous(seed, k)
    sm = combine_effects(yi, sei**2, method_re="pm")
    pm = pooling.fit(yi, sei, method="PM")
    # statsmodels stops its Paule-Mandel iteration at a looser tolerance
    assert pm["tau2"] == pytest.approx(sm.tau2, rel=1e-6)
    assert pm["mu"] == pytest.approx(sm.mean_effect_re, abs=1e-8)


def test_homogeneous_studies_tau2_truncated_where_statsmodels_goes_negative():
    yi = np.array([0.10, 0.11, 0.09, 0.10])
    vi = np.array([0.04, 0.05, 0.03, 0.06])
    # DerSimonian-Laird by hand: tau2 = (Q - (k - 1)) / (sum w - sum w^2 / sum w)
    w = 1 / vi
    mu = float(np.sum(w * yi) / np.sum(w))
    q = float(np.sum(w * (yi - mu) ** 2))
    raw = (q - 3) / (np.sum(w) - np.sum(w**2) / np.sum(w))
    assert raw < 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # statsmodels takes sqrt of a negative
        sm = combine_effects(yi, vi, method_re="dl")
    assert sm.tau2 == pytest.approx(raw, abs=1e-15)
    assert math.isnan(sm.sd_eff_w_re)
    ours = pooling.fit(yi, np.sqrt(vi), method="DL")
    assert ours["tau2"] == 0.0
    assert ours["mu"] == pytest.approx(mu, abs=1e-15)
    assert ours["se"] == pytest.approx(math.sqrt(1 / np.sum(w)), abs=1e-15)
    assert ours["I2"] == 0.0
