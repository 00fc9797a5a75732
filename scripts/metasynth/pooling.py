"""Random-effects pooling with numpy/scipy, following the definitions of metafor's ``rma()``.

Everything works on the analysis scale (log hazard/risk/odds ratios or raw
differences): ``yi`` are study estimates and ``sei`` their standard errors.

Public functions
----------------
fit                    one intercept-only model (FE or a random-effects estimator of tau^2)
leave_one_out          one fit per omitted study
cumulative             fits on the first 1..k studies in a given order
subgroup_analysis      separate fits per subgroup and the Cochrane/RevMan test for
                       subgroup differences (Q on the subgroup summary estimates)
egger_test             regression test for funnel-plot asymmetry (metafor ``regtest()``)
rank_correlation_test  Begg and Mazumdar's rank correlation test (metafor ``ranktest()``)
trim_and_fill          Duval and Tweedie's trim and fill (metafor ``trimfill()``)
small_study_tests      the three small-study rows, gated on the number of studies

The estimators are written for a general design matrix with a few columns so
that Egger's test (a meta-regression on the standard error) uses the same code
as the intercept-only model. Every quantity is computed from O(k) sums with
p x p matrices (p = 1 or 2), never from a k x k matrix, so the cost is linear
in k.

statsmodels is not used for the estimates: ``combine_effects`` does not truncate
the DerSimonian-Laird tau^2 at zero in every path, and has no REML/ML/HS/HE/SJ/EB
estimators, no Q-profile interval for tau^2, no prediction interval on the
t(k-1) scale and no Hartung-Knapp adjustment as metafor defines it. Where its
definitions do match (fixed effect; DerSimonian-Laird with tau^2 > 0; Paule-Mandel)
it is the independent cross-check of tests/test_pooling_statsmodels.py. The
module's behaviour at the edges (k = 1, tau^2 on the boundary, identical
studies, tiny standard errors) is described in docs/pooling.md.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import special

from .pooling_ranks import kendall_tau_test

__all__ = [
    "METHODS",
    "TESTS",
    "ConvergenceError",
    "fit",
    "leave_one_out",
    "cumulative",
    "subgroup_analysis",
    "egger_test",
    "rank_correlation_test",
    "trim_and_fill",
    "small_study_tests",
]

METHODS = ("FE", "DL", "REML", "ML", "PM", "HE", "SJ", "EB", "HS")
TESTS = ("z", "knha")

_EPS = np.finfo(float).eps


# Distribution functions straight from scipy.special: they are the functions
# scipy.stats' t, chi2 and norm call internally (same values), without the argument
# checking of scipy.stats, which costs 50-100 microseconds a call -- more than a whole
# fit with k = 10.
def _t_sf(x, df):
    return special.stdtr(df, -x)


def _t_isf(q, df):
    return -special.stdtrit(df, q)


def _norm_sf(x):
    return special.ndtr(-x)


def norm_isf(q):
    """The standard normal quantile with q above it (scipy.stats.norm.isf)."""
    return -special.ndtri(q)


def _chi2_sf(x, df):
    return special.chdtrc(df, x)


def _chi2_isf(q, df):
    return special.chdtri(df, q)


def _chi2_ppf(q, df):
    return 2 * special.gammaincinv(df / 2, q)


DEFAULT_CONTROL = {
    # Iterative estimators (REML, ML, EB) stop when the change in tau^2 is at most
    # threshold * max(mean(vi), tau2): a relative criterion, so rescaled data
    # converge just as tightly.
    "threshold": 1e-11,
    # Likelihood tolerance of the check against tau^2 = 0 after ML/REML (metafor's
    # default, .Machine$double.eps^0.25).
    "tol": _EPS**0.25,
    "maxiter": 1000,
    # Starting value for REML/ML/EB (None: the Hedges estimate truncated at zero,
    # as metafor); initial value for SJ (None: the variance of yi with divisor k).
    "tau2_init": None,
    # Upper limit of the search for the PM root and the Q-profile interval
    # (None: metafor's defaults, see the docs).
    "tau2_max": None,
    "stepadj": 1.0,
    "ll0check": True,
    # When Fisher scoring (REML/ML) does not converge in maxiter iterations (metafor
    # stops with an error then), maximise the likelihood by a bracketed search
    # instead and say so in the note; False raises ConvergenceError as metafor does.
    "fallback": True,
}


class ConvergenceError(ValueError):
    """An iterative estimator did not converge; no result is returned."""


# ---------------------------------------------------------------------------
# input checking


def _as_vector(values, name: str) -> np.ndarray:
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be a sequence of numbers ({error})") from None
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {arr.shape}")
    return arr


def _check_data(yi, sei) -> tuple[np.ndarray, np.ndarray]:
    y = _as_vector(yi, "yi")
    s = _as_vector(sei, "sei")
    if y.size != s.size:
        raise ValueError(f"yi and sei differ in length ({y.size} != {s.size})")
    if y.size == 0:
        raise ValueError("no studies: yi and sei are empty")
    if not np.all(np.isfinite(y)):
        bad = np.flatnonzero(~np.isfinite(y)).tolist()
        raise ValueError(f"yi must be finite; non-finite at positions {bad[:10]}")
    if not np.all(np.isfinite(s)):
        bad = np.flatnonzero(~np.isfinite(s)).tolist()
        raise ValueError(f"sei must be finite; non-finite at positions {bad[:10]}")
    if np.any(s <= 0):
        bad = np.flatnonzero(s <= 0).tolist()
        raise ValueError(f"sei must be > 0; not so at positions {bad[:10]}")
    v = s * s
    if np.any(v == 0):
        raise ValueError("sei too small: its square underflows to zero")
    return y, v


def _check_options(method: str, test: str, level: float) -> float:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    if test not in TESTS:
        raise ValueError(f"unknown test {test!r}; expected one of {', '.join(TESTS)}")
    try:
        level = float(level)
    except (TypeError, ValueError):
        raise ValueError(f"level must be a number in (0, 1), got {level!r}") from None
    if not (0.0 < level < 1.0):
        raise ValueError(f"level must lie strictly between 0 and 1, got {level!r}")
    return level


def _control(control: dict | None) -> dict:
    con = dict(DEFAULT_CONTROL)
    if control:
        unknown = set(control) - set(con)
        if unknown:
            raise ValueError(
                f"unknown control setting(s) {sorted(unknown)}; known: {sorted(DEFAULT_CONTROL)}"
            )
        con.update(control)
    if not (int(con["maxiter"]) >= 1):
        raise ValueError("control maxiter must be >= 1")
    if not (float(con["threshold"]) > 0):
        raise ValueError("control threshold must be > 0")
    return con


# ---------------------------------------------------------------------------
# linear algebra on a k x p design without k x k matrices


# Work vectors of the intercept-only model, kept between fits (per thread). Touching
# freshly allocated memory costs a page fault per 4 KiB, which at k = 100,000 took about
# as long as the arithmetic of a whole REML fit; fits of the same size (the repeated fits
# of an analysis, leave-one-out, cumulative) reuse the pages instead. A set of buffers
# belongs to one design at a time: taken from the pool when first used, given back by
# release(); a design that is never released simply keeps its own.
_POOL = threading.local()
_POOL_SIZES = 4  # distinct k kept per thread, one set of 3 vectors each
_POOL_MAX_K = 4_000_000  # larger sets (96 MB and up) are not kept


def _free_sets() -> dict:
    free = getattr(_POOL, "free", None)
    if free is None:
        free = _POOL.free = {}
    return free


def _take_buffers(k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    bufs = _free_sets().pop(k, None)
    return bufs if bufs is not None else (np.empty(k), np.empty(k), np.empty(k))


def _give_back(k: int, bufs: tuple) -> None:
    if k > _POOL_MAX_K:
        return
    free = _free_sets()
    free.pop(k, None)
    free[k] = bufs  # most recently used last
    while len(free) > _POOL_SIZES:
        free.pop(next(iter(free)))


class _Design:
    """Design matrix X (k x p); ``None`` columns means an intercept only."""

    def __init__(self, k: int, columns: np.ndarray | None = None):
        self.k = k
        self.X = None if columns is None else np.asarray(columns, dtype=float)
        self.p = 1 if columns is None else self.X.shape[1]
        self._scratch: tuple | None = None

    def scratch(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Three work vectors of length k, reused by the repeated evaluations of the
        intercept-only model (no fresh k-vectors per evaluation)."""
        if self._scratch is None:
            self._scratch = _take_buffers(self.k)
        return self._scratch

    def release(self) -> None:
        """Return the work vectors to the pool; nothing may read them afterwards."""
        if self._scratch is not None:
            _give_back(self.k, self._scratch)
            self._scratch = None

    def xtdx(self, d: np.ndarray) -> np.ndarray:
        """X' diag(d) X."""
        if self.X is None:
            return np.array([[d.sum()]])
        return self.X.T @ (d[:, None] * self.X)

    def xtd(self, d: np.ndarray) -> np.ndarray:
        """X' d."""
        if self.X is None:
            return np.array([d.sum()])
        return self.X.T @ d

    def times(self, b: np.ndarray) -> np.ndarray:
        """X b."""
        if self.X is None:
            return np.full(self.k, b[0])
        return self.X @ b

    def subset(self, idx) -> _Design:
        if self.X is None:
            return _Design(len(np.arange(self.k)[idx]))
        cols = self.X[idx]
        return _Design(cols.shape[0], cols)


def _inv(m: np.ndarray) -> np.ndarray:
    if m.shape == (1, 1):
        return np.array([[1.0 / m[0, 0]]])
    return np.linalg.inv(m)


def _tr(a: np.ndarray) -> float:
    return float(np.trace(a))


def _others(values: np.ndarray) -> np.ndarray:
    """sum_{j != i} values_j for non-negative values, without cancellation: total - v_i
    is exact enough unless v_i is more than half the total, which at most one entry can be;
    that one is summed directly."""
    total = float(values.sum())
    out = total - values
    j = int(np.argmax(values))
    if values.size > 1 and values[j] > 0.5 * total:
        out[j] = float(np.delete(values, j).sum())
    return out


class _Weighted:
    """Quantities of P = W - W X (X'WX)^-1 X' W for diagonal weights w.

    For the intercept-only model the traces are written as sums of non-negative
    terms (P_ii = w_i (s - w_i)/s, P_ij = -w_i w_j / s), so a study with a tiny
    standard error (one weight dominating) loses no precision to cancellation.
    """

    def __init__(self, design: _Design, w: np.ndarray, y: np.ndarray):
        self.d = design
        self.w = w
        self._cache: dict = {}
        if design.X is None:
            self.s = float(w.sum())
            self.A = np.array([[1.0 / self.s]])
            self.beta = np.array([float(np.dot(w, y)) / self.s])
            self.resid = y - self.beta[0]
        else:
            self.A = _inv(design.xtdx(w))  # (X'WX)^-1
            self.beta = self.A @ design.xtd(w * y)
            self.resid = y - design.times(self.beta)
        self.Py = w * self.resid  # P y

    # intercept-only helpers -------------------------------------------------
    def _pii(self) -> np.ndarray:  # diagonal of P
        if "pii" not in self._cache:
            self._cache["pii"] = self.w * _others(self.w) / self.s
        return self._cache["pii"]

    def _w2_others(self, dv: np.ndarray | None = None) -> np.ndarray:
        """sum_{j != i} d_j w_j^2 (d = 1 when dv is None)."""
        key = "w2o" if dv is None else None
        if key and key in self._cache:
            return self._cache[key]
        vals = self.w * self.w if dv is None else dv * self.w * self.w
        out = _others(vals)
        if key:
            self._cache[key] = out
        return out

    # ------------------------------------------------------------------------
    def rss(self) -> float:  # y'Py
        return float(np.dot(self.Py, self.resid))

    def yppy(self) -> float:  # y'PPy
        return float(np.dot(self.Py, self.Py))

    def tr_p(self) -> float:
        w = self.w
        if self.d.X is None:
            return float(self._pii().sum())
        return float(w.sum()) - _tr(self.A @ self.d.xtdx(w * w))

    def tr_pp(self) -> float:
        w = self.w
        if self.d.X is None:
            pii = self._pii()
            return float(np.dot(pii, pii) + np.dot(w * w, self._w2_others()) / self.s**2)
        s2 = self.d.xtdx(w * w)
        return (
            float(np.dot(w, w))
            - 2 * _tr(self.A @ self.d.xtdx(w**3))
            + _tr(self.A @ s2 @ self.A @ s2)
        )

    def tr_pd(self, dv: np.ndarray) -> float:
        w = self.w
        if self.d.X is None:
            return float(np.dot(dv, self._pii()))
        return float(np.dot(w, dv)) - _tr(self.A @ self.d.xtdx(w * w * dv))

    def tr_ppd(self, dv: np.ndarray) -> float:
        w = self.w
        if self.d.X is None:
            pii = self._pii()
            return float(np.dot(dv, pii * pii) + np.dot(dv * w * w, self._w2_others()) / self.s**2)
        s2 = self.d.xtdx(w * w)
        return (
            float(np.dot(w * w, dv))
            - 2 * _tr(self.A @ self.d.xtdx(w**3 * dv))
            + _tr(self.A @ s2 @ self.A @ self.d.xtdx(w * w * dv))
        )

    def tr_pdpd(self, dv: np.ndarray) -> float:
        w = self.w
        if self.d.X is None:
            pii = self._pii()
            return float(
                np.dot(dv * dv, pii * pii) + np.dot(dv * w * w, self._w2_others(dv)) / self.s**2
            )
        m = self.d.xtdx(w * w * dv)
        return (
            float(np.dot(w * w, dv * dv))
            - 2 * _tr(self.A @ self.d.xtdx(w**3 * dv * dv))
            + _tr(self.A @ m @ self.A @ m)
        )

    def logdet_xtwx(self) -> float:
        sign, logdet = np.linalg.slogdet(self.A)
        return -float(logdet)


# ---------------------------------------------------------------------------
# tau^2 estimators


def _q_terms(
    design: _Design, y: np.ndarray, v: np.ndarray, tau2: float
) -> tuple[float, float, float]:
    """Intercept-only model: (y'Py, y'PPy, sum w) at tau2, leaving w = 1/(v + tau2) in
    the first scratch vector."""
    w, r, t = design.scratch()
    np.add(v, tau2, out=w)
    np.divide(1.0, w, out=w)
    s = float(w.sum())
    mu = float(np.dot(w, y)) / s
    np.subtract(y, mu, out=r)
    np.multiply(w, r, out=t)
    return float(np.dot(t, r)), float(np.dot(t, t)), s


def _q_and_slope(design: _Design, y: np.ndarray, v: np.ndarray, tau2: float) -> tuple[float, float]:
    """Q(tau2) = y'P y and -dQ/dtau2 = y'PPy."""
    if design.X is None:
        return _q_terms(design, y, v, tau2)[:2]
    wt = _Weighted(design, 1.0 / (v + tau2), y)
    return wt.rss(), wt.yppy()


def _q_of_tau2(design: _Design, y: np.ndarray, v: np.ndarray, tau2: float) -> float:
    return _q_and_slope(design, y, v, tau2)[0]


def _scoring_terms(design: _Design, y: np.ndarray, v: np.ndarray, tau2: float) -> tuple:
    """(y'Py, y'PPy, tr P, tr PP, sum w, sum w^2) at tau2. The intercept-only model
    uses the plain sums when sum w^2 <= (s/4)^2 (then no weight exceeds a quarter of
    the total s, so there is no cancellation), and the cancellation-free forms of
    _Weighted otherwise (in practice only with a handful of studies)."""
    if design.X is None:
        q, yppy, s = _q_terms(design, y, v, tau2)
        w, _, t = design.scratch()
        s2 = float(np.dot(w, w))
        if s2 <= 0.0625 * s * s:
            np.multiply(w, w, out=t)
            s3 = float(np.dot(t, w))
            return q, yppy, s - s2 / s, s2 - 2 * s3 / s + (s2 / s) ** 2, s, s2
    wt = _Weighted(design, 1.0 / (v + tau2), y)
    return wt.rss(), wt.yppy(), wt.tr_p(), wt.tr_pp(), float(wt.w.sum()), float(np.dot(wt.w, wt.w))


def _q_root(
    design: _Design,
    y: np.ndarray,
    v: np.ndarray,
    target: float,
    lo: float,
    hi: float,
    scale: float,
    start: float | None = None,
    at_start: tuple | None = None,
) -> float:
    """tau^2 with Q(tau^2) = target, where Q(t) = y'P(t)y decreases in t, given
    Q(lo) >= target >= Q(hi). Newton steps (dQ/dt = -y'PPy) kept inside a shrinking
    bracket, with bisection when a step leaves it."""
    xtol = max(scale * 1e-15, 1e-300)
    x = lo if start is None else min(max(start, lo), hi)
    for i in range(500):
        if i == 0 and at_start is not None and x == start:
            q, yppy = at_start
        else:
            q, yppy = _q_and_slope(design, y, v, x)
        f = q - target
        if f == 0:
            return x
        if f > 0:
            lo = x
        else:
            hi = x
        slope = -yppy
        new = x - f / slope if slope < 0 else math.nan
        newton = lo < new < hi
        if not newton:
            new = 0.5 * (lo + hi)
        # Newton converges quadratically: after a step below 1e-9 (relative) the
        # remaining error is of the order of 1e-18
        if (newton and abs(new - x) <= xtol + 1e-9 * abs(new)) or hi - lo <= xtol + 4 * _EPS * hi:
            return new
        x = new
    raise ConvergenceError("root search for tau^2 did not converge")


def _loglik(design: _Design, y, v, tau2: float, reml: bool) -> float:
    k, p = design.k, design.p
    wt = _Weighted(design, 1.0 / (v + tau2), y)
    rss = wt.rss()
    if reml:
        return float(
            -0.5 * (k - p) * math.log(2 * math.pi)
            - 0.5 * np.sum(np.log(v + tau2))
            - 0.5 * wt.logdet_xtwx()
            - 0.5 * rss
        )
    return float(-0.5 * k * math.log(2 * math.pi) - 0.5 * np.sum(np.log(v + tau2)) - 0.5 * rss)


def _ll_gain_at_zero(
    design: _Design, y, v, tau2: float, reml: bool, at0=None, at_tau=None
) -> float:
    """log-likelihood at tau^2 = 0 minus that at tau2 (ML or REML). at0 / at_tau:
    (RSS, sum of weights) already known at 0 / at tau2."""
    if design.X is None:
        # (RSS, sum of weights): _q_terms gives (RSS, y'PPy, sum of weights)
        rss0, s0 = at0 if at0 is not None else _q_terms(design, y, v, 0.0)[::2]
        rss, s = at_tau if at_tau is not None else _q_terms(design, y, v, tau2)[::2]
        t = design.scratch()[2]
        np.divide(tau2, v, out=t)
        np.log1p(t, out=t)
        gain = 0.5 * float(t.sum()) - 0.5 * (rss0 - rss)
        if reml:
            gain += 0.5 * (math.log(s) - math.log(s0))
        return gain
    return _loglik(design, y, v, 0.0, reml) - _loglik(design, y, v, tau2, reml)


def _hedges_value(design: _Design, yc: np.ndarray, v: np.ndarray) -> float:
    """Hedges (HE) estimate before truncation."""
    k = design.k
    if design.X is None:  # yc is centred: RSS of the OLS fit is sum(yc^2)
        return (float(np.dot(yc, yc)) - float(v.sum()) * (k - 1) / k) / (k - 1)
    return _hedges(design, yc, v)[0]


def _hedges(design: _Design, yc: np.ndarray, v: np.ndarray) -> tuple[float, _Weighted]:
    k, p = design.k, design.p
    ols = _Weighted(design, np.ones(k), yc)
    return (ols.rss() - ols.tr_pd(v)) / (k - p), ols


def _tau2_paule_mandel(
    design: _Design, y, yc, v, method: str, con: dict, at0: tuple, scale: float, out: dict
) -> tuple[float, float]:
    """Paule-Mandel (and empirical Bayes, the same estimator): the tau^2 at which the
    generalised Q statistic equals its degrees of freedom, and its standard error.
    ``at0`` holds Q and tr(P) at tau^2 = 0; notes go to ``out``."""
    k, p = design.k, design.p
    q0, trp0 = at0
    target = k - p
    if q0 < target:
        tau2 = 0.0
    else:
        hi = con["tau2_max"]
        if hi is None:
            mad = 1.4826 * float(np.median(np.abs(y - np.median(y))))
            hi = max(100.0, 10 * mad**2)
        hi = float(hi)
        expansions = 0
        while _q_of_tau2(design, yc, v, hi) > target:
            hi *= 10
            expansions += 1
            if expansions > 60:
                raise ConvergenceError(f"{method}: no root of the generalised Q equation found")
        if expansions:
            out["notes"].append(f"{method}: tau^2 search interval widened to {hi:.6g}")
        start = max(0.0, (q0 - (k - p)) / trp0)  # the DerSimonian-Laird value
        tau2 = _q_root(design, yc, v, target, 0.0, hi, scale, start)
    w = 1.0 / (v + tau2)
    se = math.sqrt(2 * k**2 / (k - p) / float(w.sum()) ** 2)
    return tau2, se


def _tau2_likelihood(
    design: _Design, yc, v, method: str, con: dict, at0: tuple, scale: float, out: dict
) -> tuple[float, float]:
    """REML or ML by Fisher scoring (a bracketed search when scoring fails and
    con["fallback"] allows it), with metafor's check that the likelihood is not higher
    at tau^2 = 0; and its standard error. ``at0`` holds Q and the sum of weights at
    tau^2 = 0; notes and iterations go to ``out``."""
    try:
        tau2, iters, last = _fisher_scoring(design, yc, v, method, con, scale)
    except ConvergenceError as error:
        if not con["fallback"]:
            raise
        tau2, iters = _bracketed_maximum(design, yc, v, method, scale)
        last = None
        out["notes"].append(
            f"{method}: Fisher scoring did not converge ({error}); tau^2 from a bracketed "
            "search for the maximum of the likelihood"
        )
    out["iterations"] = iters
    if con["ll0check"] and tau2 > 0:
        reml = method == "REML"
        # the likelihood at the final tau2 is taken at the last scoring point, which
        # differs from it by less than the convergence threshold
        gain = _ll_gain_at_zero(design, yc, v, tau2, reml, at0, last)
        if gain > con["tol"] and tau2 > con["threshold"] * scale:
            out["notes"].append(
                f"{method}: the likelihood is higher at tau^2 = 0 than at the Fisher-scoring "
                "solution; tau^2 set to 0"
            )
            tau2 = 0.0
    tau2 = max(0.0, tau2)
    _, _, _, trpp, _, sw2 = _scoring_terms(design, yc, v, tau2)
    se = math.sqrt(2 / (sw2 if method == "ML" else trpp))
    return tau2, se


def _estimate_tau2(
    design: _Design,
    y: np.ndarray,
    v: np.ndarray,
    method: str,
    con: dict,
    at0: tuple | None = None,
    yc: np.ndarray | None = None,
) -> dict:
    """tau^2, its standard error, iterations and notes for one estimator."""
    k, p = design.k, design.p
    if yc is None:
        yc = y - y.mean()  # centring as metafor does; P annihilates the intercept column
    out = {"tau2": 0.0, "tau2_se": math.nan, "iterations": 0, "notes": []}
    if method == "FE":
        return out
    if k == 1 and p == 1:
        out["notes"].append("k = 1: tau^2 set to 0 (not estimable)")
        return out
    scale = max(float(np.mean(v)), 1e-300)
    if at0 is None:
        at0 = _scoring_terms(design, yc, v, 0.0)
    q0, _, trp0, trpp0, sw0, _ = at0  # fixed-effect weights

    if method == "DL":
        tau2 = max(0.0, (q0 - (k - p)) / trp0)
        se = math.sqrt((2 * (k - p) + 4 * tau2 * trp0 + 2 * tau2**2 * trpp0) / trp0**2)
    elif method == "HS":
        tau2 = max(0.0, (q0 - k) / sw0)
        se = math.sqrt((2 * (k - p) + 4 * tau2 * trp0 + 2 * tau2**2 * trpp0) / sw0**2)
    elif method == "HE":
        raw, ols = _hedges(design, yc, v)
        tau2 = max(0.0, raw)
        se = math.sqrt(
            (2 * ols.tr_pdpd(v) + 4 * tau2 * ols.tr_pd(v) + 2 * tau2**2 * (k - p)) / (k - p) ** 2
        )
    elif method == "SJ":
        tau0 = float(np.mean(yc * yc)) if con["tau2_init"] is None else float(con["tau2_init"])
        wt = _Weighted(design, 1.0 / (v + tau0), yc)
        tau2 = max(0.0, tau0 * wt.rss() / (k - p))
        se = math.sqrt(
            tau0**2
            / (k - p) ** 2
            * (2 * wt.tr_pdpd(v) + 4 * tau2 * wt.tr_ppd(v) + 2 * tau2**2 * wt.tr_pp())
        )
    elif method in ("PM", "EB"):
        tau2, se = _tau2_paule_mandel(design, y, yc, v, method, con, (q0, trp0), scale, out)
    elif method in ("REML", "ML"):
        tau2, se = _tau2_likelihood(design, yc, v, method, con, (q0, sw0), scale, out)
    else:  # pragma: no cover - guarded by _check_options
        raise ValueError(method)
    out["tau2"] = float(tau2)
    out["tau2_se"] = float(se)
    return out


def _fisher_scoring(
    design: _Design, yc, v, method: str, con: dict, scale: float
) -> tuple[float, int, tuple]:
    """REML/ML by Fisher scoring from the Hedges estimate (as metafor), with step halving
    at the zero boundary; vectorised over studies."""
    if con["tau2_init"] is None:
        tau2 = max(0.0, _hedges_value(design, yc, v))
    else:
        tau2 = float(con["tau2_init"])
    maxiter = int(con["maxiter"])
    threshold = float(con["threshold"])
    stepadj = float(con["stepadj"])
    iters = 0
    while True:
        iters += 1
        q, yppy, trp, trpp, sw, sw2 = _scoring_terms(design, yc, v, tau2)
        last = (q, sw)
        if method == "REML":
            adj = (yppy - trp) / trpp
        else:
            adj = (yppy - sw) / sw2
        adj *= stepadj
        if not math.isfinite(adj):
            raise ConvergenceError(f"{method}: Fisher scoring produced a non-finite step")
        if tau2 + adj < 0:
            if tau2 <= 0:
                adj = 0.0
            else:
                while tau2 + adj < 0:
                    adj /= 2
        new = tau2 + adj
        change = abs(new - tau2)
        tau2 = new
        if change <= threshold * max(scale, tau2):
            return tau2, iters, (last if design.X is None else None)
        if iters >= maxiter:
            raise ConvergenceError(
                f"{method}: Fisher scoring did not converge in {maxiter} iterations "
                f"(last tau^2 = {tau2:.6g}, last change = {change:.3g}); "
                "increase control['maxiter'] or use another method"
            )


def _bracketed_maximum(design: _Design, yc, v, method: str, scale: float) -> tuple[float, int]:
    """Global maximum over tau^2 >= 0 of the ML/REML log-likelihood: the score is
    scanned on a geometric grid, every sign change from + to - (a local maximum) is
    refined by bisection-safeguarded root finding, and the best candidate (or 0)
    wins. Used only when Fisher scoring fails to converge."""
    from scipy import optimize

    reml = method == "REML"

    def score(t: float) -> float:
        _, yppy, trp, _, sw, _ = _scoring_terms(design, yc, v, t)
        return yppy - (trp if reml else sw)

    grid = np.concatenate([[0.0], scale * 2.0 ** np.arange(-40, 41)])
    values = [score(t) for t in grid]
    evaluations = len(grid)
    candidates = [0.0]
    for a, b, fa, fb in zip(grid[:-1], grid[1:], values[:-1], values[1:]):
        if fa > 0 >= fb:
            root = optimize.brentq(score, a, b, xtol=max(scale * 1e-15, 1e-300), rtol=4 * _EPS)
            candidates.append(float(root))
            evaluations += 50
    if values[-1] > 0:
        raise ConvergenceError(
            f"{method}: the likelihood still increases at tau^2 = {grid[-1]:.3g}"
        )
    best = max(candidates, key=lambda t: _loglik(design, yc, v, t, reml))
    return best, evaluations


# ---------------------------------------------------------------------------
# the model


def _qprofile(
    design: _Design,
    y,
    v,
    tau2: float,
    level: float,
    con: dict,
    q_lo: float | None = None,
    at_tau: tuple | None = None,
) -> dict:
    """Q-profile confidence interval for tau^2 (metafor ``confint()``, type 'QP')."""
    k, p = design.k, design.p
    alpha = 1 - level
    crit_u = float(_chi2_isf(alpha / 2, k - p))
    crit_l = float(_chi2_ppf(alpha / 2, k - p))
    lo = 0.0
    hi = float(con["tau2_max"]) if con["tau2_max"] is not None else max(100.0, 10 * tau2)
    if q_lo is None:
        q_lo = _q_of_tau2(design, y, v, lo)
    q_hi = _q_of_tau2(design, y, v, hi)
    scale = max(float(np.mean(v)), 1e-300)
    res = {"lower": math.nan, "upper": math.nan, "notes": []}
    if q_lo < crit_l:
        res["lower"] = res["upper"] = lo
        res["notes"].append(
            "tau^2 CI: Q at tau^2 = 0 is below the lower chi-square quantile; "
            "the interval is empty and reported as [0, 0]"
        )
    else:
        if q_hi > crit_l:
            res["upper"] = hi
            res["notes"].append(
                f"tau^2 CI: upper bound beyond the search limit, reported as {hi:.6g}"
            )
        else:
            res["upper"] = _q_root(design, y, v, crit_l, lo, hi, scale, tau2, at_tau)
    if q_hi > crit_u:
        res["lower"] = res["upper"] = hi
        res["notes"].append(f"tau^2 CI: both bounds beyond the search limit, reported as {hi:.6g}")
    else:
        if q_lo < crit_u:
            res["lower"] = lo
        else:
            res["lower"] = _q_root(design, y, v, crit_u, lo, hi, scale, tau2, at_tau)
    return res


def _test_used(method: str, test: str, k: int, p: int, notes: list[str]) -> str:
    """Refuse too few studies for the model; the test actually used (z when k = 1)."""
    if method != "FE" and not (k == 1 and p == 1) and p + 1 > k:
        raise ValueError(
            f"{method} needs at least {p + 1} studies with {p} coefficient(s); k = {k}"
        )
    if method == "FE" and p > k:
        raise ValueError(f"needs at least {p} studies; k = {k}")
    if method == "FE" and test == "knha" and k > 1:
        notes.append(
            "knha with a fixed-effect model (metafor warns that it is not meant for FE models)"
        )
    if k == 1 and test != "z":
        notes.append("k = 1: test set to 'z' (no degrees of freedom for the t distribution)")
        return "z"
    return test


def _coefficients(design: _Design, y, yc, v, tau2: float) -> tuple:
    """Weighted least squares at tau^2: beta, its covariance, the weighted residual sum of
    squares, the weights in percent and (intercept-only) the Q terms at tau^2."""
    if design.X is None:
        rss_f, yppy_f, sw = _q_terms(design, yc, v, tau2)
        w = design.scratch()[0]
        beta = np.array([float(y.mean()) + float(np.dot(w, yc)) / sw])
        vb = np.array([[1.0 / sw]])
        weights = w * (100.0 / sw)
        return beta, vb, rss_f, weights, (rss_f, yppy_f)
    wt = _Weighted(design, 1.0 / (v + tau2), y)
    weights = wt.w * (100.0 / float(wt.w.sum()))
    return wt.beta, wt.A.copy(), wt.rss(), weights, None


def _heterogeneity(design: _Design, yc, v, method: str, tau2: float, at0: tuple | None) -> tuple:
    """Q, its df and p, I^2, H^2 and the typical within-study variance, with
    fixed-effect weights."""
    k, p = design.k, design.p
    if k <= p:
        return 0.0, 0, 1.0, 0.0, 1.0, 0.0
    q0, _, trp0, _, _, _ = at0 if at0 is not None else _scoring_terms(design, yc, v, 0.0)
    Q = max(0.0, q0)
    Q_df = k - p
    Q_p = float(_chi2_sf(Q, Q_df))
    vt = (k - p) / trp0
    if method == "FE":
        I2 = 0.0 if Q == 0 else max(0.0, 100 * (Q - Q_df) / Q)
        H2 = Q / Q_df
    else:
        I2 = 100 * tau2 / (vt + tau2)
        H2 = tau2 / vt + 1
    return Q, Q_df, Q_p, I2, H2, vt


def _wald_tests(beta, vb, test_used: str, df: int, level: float) -> tuple:
    """Standard errors, test statistics, p-values and the critical value of the
    coefficients: normal (z) or t with ``df`` degrees of freedom (knha); and the df used."""
    se = np.sqrt(np.diag(vb))
    with np.errstate(divide="ignore", invalid="ignore"):
        zval = beta / se
    alpha = 1 - level
    if test_used == "knha":
        ddf = df
        pval = 2 * _t_sf(np.abs(zval), ddf)
        crit = float(_t_isf(alpha / 2, ddf))
    else:
        ddf = math.nan
        pval = 2 * _norm_sf(np.abs(zval))
        crit = float(norm_isf(alpha / 2))
    return se, zval, pval, crit, ddf


def _fit_model(
    y: np.ndarray,
    v: np.ndarray,
    design: _Design,
    method: str,
    test: str,
    level: float,
    con: dict,
    tau2_ci: bool = True,
) -> dict:
    k, p = design.k, design.p
    notes: list[str] = []
    test_used = _test_used(method, test, k, p, notes)
    yc = y - y.mean()
    at0 = None
    if design.X is None and k > 1:
        at0 = _scoring_terms(design, yc, v, 0.0)
    est = _estimate_tau2(design, y, v, method, con, at0, yc)
    notes.extend(est["notes"])
    tau2 = est["tau2"]
    beta, vb, rss_f, weights, at_tau = _coefficients(design, y, yc, v, tau2)
    s2w = 1.0
    if test_used == "knha":
        s2w = _knha_scale(rss_f, k - p, notes)
        vb = vb * s2w
    se, zval, pval, crit, ddf = _wald_tests(beta, vb, test_used, k - p, level)
    Q, Q_df, Q_p, I2, H2, vt = _heterogeneity(design, yc, v, method, tau2, at0)

    res = {
        "k": k,
        "p": p,
        "beta": beta,
        "se_beta": se,
        "zval": zval,
        "pval": pval,
        "ci_lb": beta - crit * se,
        "ci_ub": beta + crit * se,
        "crit": crit,
        "ddf": ddf,
        "s2w": s2w,
        "tau2": tau2,
        "tau2_se": est["tau2_se"],
        "iterations": est["iterations"],
        "Q": float(Q),
        "Q_df": int(Q_df),
        "Q_p": float(Q_p),
        "I2": float(I2),
        "H2": float(H2),
        "vt": float(vt),
        "weights": weights,
        "test_used": test_used,
        "notes": notes,
    }
    res["tau2_ci"] = (math.nan, math.nan)
    if tau2_ci and method != "FE":
        res["tau2_ci"] = _tau2_interval(design, yc, v, tau2, level, con, at0, at_tau, notes)
    return res


def _knha_scale(rss: float, df: int, notes: list[str]) -> float:
    """Hartung-Knapp-Sidik-Jonkman scale factor of the coefficients' variance: the
    weighted residual sum of squares over its degrees of freedom."""
    s2w = 0.0 if rss <= _EPS else rss / df
    if s2w == 0.0:
        notes.append("knha: weighted residual sum of squares is zero; the standard error is 0")
    return s2w


def _tau2_interval(design, yc, v, tau2, level, con, at0, at_tau, notes) -> tuple:
    """Q-profile confidence interval of tau^2, (nan, nan) without a residual degree of
    freedom; its notes are added to ``notes``."""
    if design.k - design.p < 1:
        notes.append("tau^2 CI not available with k = 1")
        return (math.nan, math.nan)
    q0 = at0[0] if at0 is not None else None
    ci = _qprofile(design, yc, v, tau2, level, con, q0, at_tau)
    notes.extend(ci["notes"])
    return (ci["lower"], ci["upper"])


def fit(
    yi,
    sei,
    method: str = "REML",
    test: str = "z",
    level: float = 0.95,
    control: dict | None = None,
    tau2_ci: bool = True,
) -> dict:
    """Fit an intercept-only meta-analytic model, as metafor's ``rma(yi, sei=sei, ...)``.

    Parameters
    ----------
    yi, sei : study estimates and standard errors on the analysis (e.g. log) scale.
    method : "FE" (fixed/equal effects) or a tau^2 estimator: "DL", "REML", "ML",
        "PM", "HE", "SJ", "EB", "HS" (metafor's definitions; tau^2 is truncated at 0).
    test : "z" (normal) or "knha" (Hartung-Knapp-Sidik-Jonkman: the variance of the
        estimate is multiplied by the weighted residual variance
        sum(w_i (y_i - mu)^2) / (k - 1), not truncated below at 1, as metafor's
        default ``test="knha"``; critical values from t(k-1)).
    level : confidence level in (0, 1) for CI, PI and the tau^2 CI.
    control : optional overrides of :data:`DEFAULT_CONTROL`.
    tau2_ci : compute the Q-profile CI of tau^2 (and with it those of I^2 and H^2);
        False leaves them NaN, for callers that need only the estimates.

    Returns
    -------
    dict with k, mu, se, ci_lower, ci_upper, pi_lower, pi_upper, z_or_t, p_value,
    df (k-1 under knha, None otherwise), tau2, tau, tau2_se, tau2_ci_lower,
    tau2_ci_upper, I2 (percent), I2_ci_lower, I2_ci_upper, H2, H2_ci_lower,
    H2_ci_upper, Q, Q_df, Q_p, vt (typical within-study variance), knha_factor,
    weights (percent, numpy array summing to 100), method, test, level, converged,
    iterations, note ('' or '; '-separated remarks).

    Edge cases (as metafor): k = 1 gives tau2 = 0, Q = 0 with Q_df = 0 and Q_p = 1,
    I2 = 0, H2 = 1, the z test even when knha is asked (noted), PI = CI and no tau^2
    CI (NaN, noted). For FE, tau2 = 0, the PI equals the CI, I2 = max(0, (Q - df)/Q)
    and H2 = Q/df (metafor's definitions for fixed-effect models) and the tau^2 CI is
    NaN. Under knha a zero weighted residual sum of squares (identical studies)
    gives se = 0 (noted). Iterative estimators that do not converge raise
    :class:`ConvergenceError`.
    """
    y, v = _check_data(yi, sei)
    level = _check_options(method, test, level)
    con = _control(control)
    design = _Design(y.size)
    try:
        res = _fit_model(y, v, design, method, test, level, con, tau2_ci=tau2_ci)
    finally:
        design.release()
    return _summary(res, y, v, method, test, level)


def _summary(res: dict, y, v, method: str, test: str, level: float) -> dict:
    mu = float(res["beta"][0])
    se = float(res["se_beta"][0])
    tau2 = float(res["tau2"])
    crit = res["crit"]
    pi_half = crit * math.sqrt(se * se + tau2)
    lo, hi = res["tau2_ci"]
    vt = res["vt"]

    def i2_of(t):
        if not math.isfinite(t):
            return math.nan
        return 100 * t / (vt + t) if (vt + t) > 0 else 0.0

    def h2_of(t):
        if not math.isfinite(t):
            return math.nan
        return t / vt + 1 if vt > 0 else 1.0

    out = {
        "k": int(res["k"]),
        "mu": mu,
        "se": se,
        "ci_lower": float(res["ci_lb"][0]),
        "ci_upper": float(res["ci_ub"][0]),
        "pi_lower": mu - pi_half,
        "pi_upper": mu + pi_half,
        "z_or_t": float(res["zval"][0]),
        "p_value": float(res["pval"][0]),
        "df": None if res["test_used"] == "z" else int(res["ddf"]),
        "crit": float(crit),
        "tau2": tau2,
        "tau": math.sqrt(tau2),
        "tau2_se": float(res["tau2_se"]),
        "tau2_ci_lower": float(lo),
        "tau2_ci_upper": float(hi),
        "I2": res["I2"],
        "I2_ci_lower": i2_of(lo) if method != "FE" else math.nan,
        "I2_ci_upper": i2_of(hi) if method != "FE" else math.nan,
        "H2": res["H2"],
        "H2_ci_lower": h2_of(lo) if method != "FE" else math.nan,
        "H2_ci_upper": h2_of(hi) if method != "FE" else math.nan,
        "Q": res["Q"],
        "Q_df": res["Q_df"],
        "Q_p": res["Q_p"],
        "vt": vt,
        "knha_factor": float(res["s2w"]),
        "weights": res["weights"],
        "method": method,
        "test": test,
        "test_used": res["test_used"],
        "level": level,
        "converged": True,
        "iterations": int(res["iterations"]),
        "note": "; ".join(res["notes"]),
    }
    return out


# ---------------------------------------------------------------------------
# sensitivity analyses


def _fit_or_error(y, s, errors: str, fit_kwargs: dict) -> dict:
    """``fit``; with ``errors="keep"`` a fit that does not converge gives ``{"error": message}``."""
    try:
        return fit(y, s, **fit_kwargs)
    except ConvergenceError as error:
        if errors != "keep":
            raise
        return {"error": str(error)}


def _data_and_se(yi, sei) -> tuple[np.ndarray, np.ndarray]:
    """Checked estimates and the standard errors as given (subsets of them are refitted)."""
    y, _ = _check_data(yi, sei)
    return y, _as_vector(sei, "sei")


def leave_one_out(yi, sei, errors: str = "raise", **fit_kwargs) -> list[dict]:
    """One fit per omitted study (metafor ``leave1out()``); each dict gains ``omitted``
    (the 0-based index left out). Needs k >= 2. With ``errors="keep"`` a fit that does
    not converge is a dict with ``error`` (the message) instead of an exception."""
    y, s = _data_and_se(yi, sei)
    k = y.size
    if k < 2:
        raise ValueError("leave-one-out needs at least 2 studies")
    out = []
    for i in range(k):
        keep = np.arange(k) != i
        res = _fit_or_error(y[keep], s[keep], errors, fit_kwargs)
        res["omitted"] = i
        out.append(res)
    return out


def cumulative(
    yi, sei, order: Sequence[int] | None = None, errors: str = "raise", **fit_kwargs
) -> list[dict]:
    """Fits on the first 1..k studies taken in ``order`` (a permutation of 0..k-1: the
    index of the study added at each step; default: the given order). Each dict
    gains ``added`` (index of the study added at that step) and ``step`` (1-based).
    This is metafor's ``cumul(res, order=...)`` with ``order`` given as the sorted
    positions rather than a sort key. ``errors`` as in :func:`leave_one_out`."""
    y, s = _data_and_se(yi, sei)
    k = y.size
    if order is None:
        perm = np.arange(k)
    else:
        perm = np.asarray(list(order), dtype=int)
        if sorted(perm.tolist()) != list(range(k)):
            raise ValueError(f"order must be a permutation of 0..{k - 1}")
    out = []
    for step in range(1, k + 1):
        idx = perm[:step]
        res = _fit_or_error(y[idx], s[idx], errors, fit_kwargs)
        res["step"] = step
        res["added"] = int(perm[step - 1])
        out.append(res)
    return out


def subgroup_analysis(yi, sei, groups: Sequence, **fit_kwargs) -> dict:
    """Separate fits per subgroup and the test for subgroup differences.

    The test is the Cochrane/RevMan one: Q_between = sum_g w_g (mu_g - mu_bar)^2
    with w_g = 1/se_g^2 from each subgroup's own fit (its own tau^2, and the
    knha-scaled se when test="knha"), mu_bar = sum w_g mu_g / sum w_g, referred to
    chi-square with G - 1 degrees of freedom. This is *not* metafor's QM from
    ``rma(yi, vi, mods = ~ factor(g))``, which assumes one common tau^2 across
    subgroups; it equals the FE meta-analysis Q of the subgroup estimates
    (metafor: ``rma(mu_g, sei=se_g, method="FE")$QE``).

    Returns {"groups": {g: fit or None}, "errors": {g: message}, "Q_between",
    "Q_between_df", "Q_between_p", "variant", "note"}. A subgroup whose fit fails
    (e.g. non-convergence) is left out of Q_between and named in the note.
    """
    y, v = _check_data(yi, sei)
    g = list(groups)
    if len(g) != y.size:
        raise ValueError(f"groups differ in length from yi ({len(g)} != {y.size})")
    s = np.sqrt(v)
    labels = sorted(set(g), key=lambda x: str(x))
    fits: dict[Any, dict | None] = {}
    errors: dict[Any, str] = {}
    for lab in labels:
        idx = np.array([x == lab for x in g])
        try:
            fits[lab] = fit(y[idx], s[idx], **fit_kwargs)
        except ConvergenceError as error:
            fits[lab] = None
            errors[lab] = str(error)
    usable = [f for f in fits.values() if f is not None and f["se"] > 0]
    notes = []
    if errors:
        notes.append("subgroups left out of the test (fit failed): " + ", ".join(map(str, errors)))
    if len(usable) >= 2:
        mus = np.array([f["mu"] for f in usable])
        wg = 1.0 / np.array([f["se"] for f in usable]) ** 2
        mbar = float(np.dot(wg, mus) / wg.sum())
        qb = float(np.dot(wg, (mus - mbar) ** 2))
        df = len(usable) - 1
        qp = float(_chi2_sf(qb, df))
    else:
        qb, df, qp = math.nan, 0, math.nan
        notes.append("fewer than 2 subgroups with an estimate: no test for subgroup differences")
    return {
        "groups": fits,
        "errors": errors,
        "Q_between": qb,
        "Q_between_df": df,
        "Q_between_p": qp,
        "variant": "RevMan: Q on the separate subgroup estimates, chi-square(G-1)",
        "note": "; ".join(notes),
    }


# ---------------------------------------------------------------------------
# small-study effects


def _egger_lm(design: _Design, y, v, level: float) -> tuple:
    """The classical Egger test: weighted least squares of yi on sei with weights 1/sei^2
    and a multiplicative dispersion. The slope's t statistic, its p-value and df
    (k - 2), and the intercept with its CI."""
    wt = _Weighted(design, 1.0 / v, y)
    df = design.k - 2
    sigma2 = wt.rss() / df
    se = np.sqrt(np.diag(wt.A) * sigma2)
    with np.errstate(divide="ignore", invalid="ignore"):
        tv = wt.beta / se
    stat = float(tv[1])
    pval = float(2 * _t_sf(abs(stat), df))
    crit = float(_t_isf((1 - level) / 2, df))
    est = float(wt.beta[0])
    return stat, pval, df, est, est - crit * float(se[0]), est + crit * float(se[0])


def egger_test(
    yi,
    sei,
    method: str = "REML",
    test: str = "z",
    level: float = 0.95,
    control: dict | None = None,
    model: str | None = None,
) -> dict:
    """Regression test for funnel-plot asymmetry (metafor ``regtest()`` with predictor "sei").

    model="rma" (default for random-effects methods): meta-regression of yi on sei
    with the given tau^2 estimator and test; the statistic is the z (or t(k-2)) of
    the sei coefficient. model="lm" (default when method="FE"): the classical Egger
    test, weighted least squares with weights 1/sei^2 and a multiplicative
    dispersion, t(k-2). ``limit_estimate`` is the intercept (the estimate as sei -> 0)
    with its CI.
    """
    y, v = _check_data(yi, sei)
    level = _check_options(method, test, level)
    con = _control(control)
    if model is None:
        model = "lm" if method == "FE" else "rma"
    if model not in ("rma", "lm"):
        raise ValueError(f"unknown model {model!r}; expected 'rma' or 'lm'")
    k = y.size
    X = np.column_stack([np.ones(k), np.sqrt(v)])
    need = 3 if (model == "lm" or method != "FE") else 2
    if k < need:
        raise ValueError(f"Egger's test needs at least {need} studies here; k = {k}")
    if np.ptp(v) == 0:
        raise ValueError("Egger's test needs standard errors that are not all equal")
    design = _Design(k, X)
    if model == "rma":
        res = _fit_model(y, v, design, method, test, level, con, tau2_ci=False)
        stat = float(res["zval"][1])
        pval = float(res["pval"][1])
        df = None if res["test_used"] == "z" else int(res["ddf"])
        est, lo, hi = float(res["beta"][0]), float(res["ci_lb"][0]), float(res["ci_ub"][0])
        tau2 = res["tau2"]
        name = "z" if df is None else "t"
    else:
        stat, pval, df, est, lo, hi = _egger_lm(design, y, v, level)
        tau2 = 0.0
        name = "t"
    return {
        "test": "egger",
        "model": model,
        "method": method,
        "k": k,
        "statistic": stat,
        "statistic_name": name,
        "df": df,
        "p_value": pval,
        "limit_estimate": est,
        "limit_ci_lower": lo,
        "limit_ci_upper": hi,
        "tau2": float(tau2),
    }


def rank_correlation_test(yi, sei) -> dict:
    """Begg and Mazumdar's rank correlation test (metafor ``ranktest()``).

    Kendall's tau-b between the standardised deviates (y_i - mu_FE)/sqrt(v_i - 1/sum w)
    and the variances v_i. The p value is exact (distribution of the number of
    concordant pairs, as R's ``cor.test(exact=TRUE)``) when there are no ties;
    with ties it is the normal approximation with the tie-corrected variance and
    no continuity correction (what R does, with a warning, in that case).
    """
    y, v = _check_data(yi, sei)
    k = y.size
    if k < 3:
        raise ValueError(f"the rank correlation test needs at least 3 studies; k = {k}")
    w = 1.0 / v
    theta = float(np.dot(w, y) / w.sum())
    vstar = v - 1.0 / w.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        ystar = (y - theta) / np.sqrt(vstar)
    res = kendall_tau_test(ystar, v)
    return {
        "test": "rank_correlation",
        "k": k,
        "statistic": res["tau"],
        "statistic_name": "Kendall's tau",
        "p_value": res["p_value"],
        "exact": res["exact"],
        "note": res["note"],
    }


def _missing_side(y, v, s, method: str, con: dict) -> str:
    """The side studies are missing on, from the sign of the slope of the meta-regression
    of the estimates on their standard errors: a negative slope means the right."""
    k = y.size
    if k < 3 and method != "FE":
        raise ValueError(
            "trim and fill cannot estimate the side with fewer than 3 studies; give side"
        )
    design = _Design(k, np.column_stack([np.ones(k), s]))
    res = _fit_model(y, v, design, method, "z", 0.95, con, tau2_ci=False)
    return "right" if res["beta"][1] < 0 else "left"


def _k0_estimate(signed: np.ndarray, k: int, estimator: str) -> tuple[float, float]:
    """Duval and Tweedie's estimate of the number of missing studies (unrounded) and its
    standard error, from the signed ranks of the centred estimates: R0 from the
    rightmost run of positive ranks, L0 and Q0 from the Wilcoxon sum of positive ranks."""
    if estimator == "R0":
        neg = -signed[signed < 0]
        k0_raw = (k - (neg.max() if neg.size else 0)) - 1
        return k0_raw, math.sqrt(2 * max(0, k0_raw) + 2)
    Sr = float(signed[signed > 0].sum())
    if estimator == "L0":
        k0_raw = (4 * Sr - k * (k + 1)) / (2 * k - 1)
    else:
        k0_raw = k - 0.5 - math.sqrt(2 * k**2 - 4 * Sr + 0.25)
    var_sr = (
        k * (k + 1) * (2 * k + 1)
        + 10 * k0_raw**3
        + 27 * k0_raw**2
        + 17 * k0_raw
        - 18 * k * k0_raw**2
        - 18 * k * k0_raw
        + 6 * k**2 * k0_raw
    ) / 24
    if estimator == "L0":
        return k0_raw, 4 * math.sqrt(var_sr) / (2 * k - 1)
    return k0_raw, (
        2 * math.sqrt(var_sr) / math.sqrt((k - 0.5) ** 2 - k0_raw * (2 * k - k0_raw - 1))
    )


def _r0_p(k0: int) -> float:
    """The p-value of the R0 estimator's k0 (metafor ``trimfill()``)."""
    m = np.arange(-1, k0)
    return float(1 - np.sum([math.comb(int(j) + 1, int(j) + 1) * 0.5 ** (j + 2) for j in m]))


def _trim(ys, vs, estimator: str, maxiter: int, trim_kwargs: dict) -> tuple:
    """Trim the k0 most extreme studies until k0 is stable (``ys`` sorted, missing studies
    on the left): k0, its standard error, the trimmed estimate, the estimates centred on
    it, and the iterations."""
    k = ys.size
    k0_prev, k0, it = -1, 0, 0
    beta = math.nan
    se_k0 = math.nan
    yc = ys
    while k0 != k0_prev:
        k0_prev = k0
        it += 1
        if it > maxiter:
            raise ConvergenceError("trim and fill did not converge")
        kt = k - k0
        beta = fit(ys[:kt], np.sqrt(vs[:kt]), **trim_kwargs)["mu"]
        yc = ys - beta
        order = np.argsort(np.abs(yc), kind="stable")
        ranks = np.empty(k)
        ranks[order] = np.arange(1, k + 1)
        k0_raw, se_k0 = _k0_estimate(np.sign(yc) * ranks, k, estimator)
        k0 = int(max(0, round(k0_raw)))  # round half to even, as R
        se_k0 = max(0.0, se_k0)
    return k0, se_k0, beta, yc, it


def _fill(y, v, vs, yc, beta, k0: int, side: str, fit_kwargs: dict, original: dict) -> dict:
    """Add the mirror images of the k0 trimmed studies about the trimmed estimate and
    refit (the original fit when k0 = 0)."""
    k = y.size
    if k0 > 0:
        if side == "right":
            filled = yc - beta
        else:
            filled = -(yc - beta)
        filled_y = filled[k - k0 :]  # mirror images on the original scale
        filled_v = vs[k - k0 :]
        all_y = np.concatenate([y, filled_y])
        all_v = np.concatenate([v, filled_v])
        adjusted = fit(all_y, np.sqrt(all_v), **fit_kwargs)
    else:
        filled_y = np.empty(0)
        filled_v = np.empty(0)
        all_y, all_v = y, v
        adjusted = original
    return {
        "filled_yi": filled_y,
        "filled_sei": np.sqrt(filled_v),
        "yi": all_y,
        "sei": np.sqrt(all_v),
        "fit": adjusted,
        "original_fit": original,
    }


def trim_and_fill(
    yi, sei, estimator: str = "L0", side: str | None = None, maxiter: int = 100, **fit_kwargs
) -> dict:
    """Duval and Tweedie's trim and fill (metafor ``trimfill()``).

    side None: estimated from the sign of the slope of the meta-regression on sei
    (fitted with the same method; a negative slope means studies are missing on the
    right). The k0 most extreme studies on that side are trimmed iteratively with
    the L0, R0 or Q0 estimator until k0 is stable, then k0 mirror images of the
    trimmed studies about the trimmed estimate are added and the model is refitted.
    The refit uses the method, test and level given here (metafor refits with its
    own defaults unless they are passed to ``trimfill(..., test=, level=)``).

    Returns k0, se_k0, side, estimator, filled_yi/filled_sei (the added studies),
    yi/sei (all k + k0), fit (the adjusted fit; the original when k0 = 0), and
    p_k0 (R0 only).
    """
    y, v = _check_data(yi, sei)
    estimator = str(estimator)
    if estimator not in ("L0", "R0", "Q0"):
        raise ValueError(f"unknown estimator {estimator!r}; expected L0, R0 or Q0")
    k = y.size
    if k < 2:
        raise ValueError("trim and fill needs at least 2 studies")
    method = fit_kwargs.get("method", "REML")
    con = _control(fit_kwargs.get("control"))
    s = np.sqrt(v)
    original = fit(y, s, **fit_kwargs)
    if side is None:
        side = _missing_side(y, v, s, method, con)
    elif side not in ("left", "right"):
        raise ValueError(f"side must be 'left', 'right' or None, got {side!r}")
    ys = -y if side == "right" else y.copy()
    ix = np.argsort(ys, kind="stable")
    ys, vs = ys[ix], v[ix]
    trim_kwargs = {key: val for key, val in fit_kwargs.items() if key in ("method", "control")}
    k0, se_k0, beta, yc, it = _trim(ys, vs, estimator, maxiter, trim_kwargs)
    out = {
        "k0": k0,
        "se_k0": se_k0,
        "side": side,
        "estimator": estimator,
        "iterations": it,
        "p_k0": math.nan,
    }
    if estimator == "R0":
        out["p_k0"] = _r0_p(k0)
    out.update(_fill(y, v, vs, yc, beta, k0, side, fit_kwargs, original))
    return out


def _small_study_test(name: str, y, s, fit_kwargs: dict) -> dict:
    """The fields of one small-study test's row: Egger's test, the rank correlation test
    or trim and fill (the k0 of the L0 estimator and the adjusted estimate)."""
    if name == "egger":
        res = egger_test(y, s, **fit_kwargs)
        row = {key: res[key] for key in ("statistic", "statistic_name", "df", "p_value")}
        row["limit_estimate"] = res["limit_estimate"]
        row["note"] = f"model={res['model']}; limit estimate (sei -> 0) {res['limit_estimate']:.6g}"
        return row
    if name == "rank_correlation":
        res = rank_correlation_test(y, s)
        row = {key: res[key] for key in ("statistic", "statistic_name", "p_value")}
        row["note"] = res["note"]
        return row
    res = trim_and_fill(y, s, **fit_kwargs)
    adj = res["fit"]
    return {
        "k0": res["k0"],
        "side": res["side"],
        "statistic": float(res["k0"]),
        "statistic_name": "k0 (L0)",
        "adjusted_estimate": adj["mu"],
        "adjusted_ci_lower": adj["ci_lower"],
        "adjusted_ci_upper": adj["ci_upper"],
        "note": f"{res['k0']} filled on the {res['side']} side",
    }


def small_study_tests(yi, sei, min_k: int = 10, force: bool = False, **fit_kwargs) -> list[dict]:
    """Rows for Egger's test, the rank correlation test and trim and fill.

    Following the Cochrane Handbook (section 13.3.5.4), tests for funnel-plot
    asymmetry are reported only when there are at least ``min_k`` studies; below
    that each row has status "not_reported" and reported=False with the reason,
    unless ``force`` is True. A test that cannot be computed has status
    "not_estimable" (or "not_converged") and the message in ``note``.
    """
    y, v = _check_data(yi, sei)
    k = y.size
    s = np.sqrt(v)
    names = ("egger", "rank_correlation", "trim_and_fill")
    if k < min_k and not force:
        reason = (
            f"k = {k} < {min_k}: funnel-plot asymmetry tests are not reported with fewer "
            f"than {min_k} studies (Cochrane Handbook 13.3.5.4)"
        )
        return [
            {"test": t, "k": k, "reported": False, "status": "not_reported", "note": reason}
            for t in names
        ]
    rows = []
    for name in names:
        row: dict[str, Any] = {"test": name, "k": k}
        try:
            row.update(_small_study_test(name, y, s, fit_kwargs))
            row["reported"] = True
            row["status"] = "ok"
            if k < min_k:
                row["note"] = "; ".join(
                    x for x in (row.get("note", ""), f"forced with k = {k} < {min_k}") if x
                )
        except ConvergenceError as error:
            row.update({"reported": False, "status": "not_converged", "note": str(error)})
        except ValueError as error:
            row.update({"reported": False, "status": "not_estimable", "note": str(error)})
        rows.append(row)
    return rows
