"""Kendall's tau-b with R's ``cor.test(method="kendall", exact=TRUE)`` p values.

Without ties the p value is exact: the number of concordant pairs of a random
permutation follows the Mahonian distribution, computed here by dynamic
programming on probabilities (O(n^3) work, vectorised per step). With ties, or
above ``EXACT_MAX_N`` studies, the normal approximation with the tie-corrected
variance of Kendall's S is used (no continuity correction), as R does when ties
are present.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import stats

EXACT_MAX_N = 600


def concordant_pairs_cdf(n: int) -> np.ndarray:
    """P(T <= q) for q = 0..n(n-1)/2, T the number of concordant pairs of a random
    permutation of n items."""
    dist = np.ones(1)
    for m in range(2, n + 1):
        # new[j] = sum_{i=0}^{m-1} dist[j - i] / m
        c = np.concatenate([[0.0], np.cumsum(dist)])
        size = dist.size + m - 1
        j = np.arange(size)
        upper = np.minimum(j, dist.size - 1) + 1
        lower = np.maximum(j - m + 1, 0)
        dist = (c[upper] - c[lower]) / m
    return np.minimum(np.cumsum(dist), 1.0)


def kendall_tau_b(x: np.ndarray, y: np.ndarray) -> float:
    return float(stats.kendalltau(x, y, variant="b").statistic)


def kendall_tau_test(x, y) -> dict:
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = x.size
    tau = kendall_tau_b(x, y)
    note = ""
    if not math.isfinite(tau):
        return {
            "tau": math.nan,
            "p_value": math.nan,
            "exact": False,
            "note": "Kendall's tau undefined (a variable is constant)",
        }
    ties = min(np.unique(x).size, np.unique(y).size) < n
    if not ties and n <= EXACT_MAX_N:
        q = round((tau + 1) * n * (n - 1) / 4)
        cdf = concordant_pairs_cdf(n)
        if q > n * (n - 1) / 4:
            p = 1 - cdf[q - 1]
        else:
            p = cdf[q]
        return {"tau": tau, "p_value": float(min(2 * p, 1.0)), "exact": True, "note": note}
    if ties:
        note = "ties: normal approximation with tie-corrected variance"
    else:
        note = f"n > {EXACT_MAX_N}: normal approximation"

    def tie_counts(a):
        _, counts = np.unique(a, return_counts=True)
        return counts[counts > 1].astype(float)

    xt, yt = tie_counts(x), tie_counts(y)
    t0 = n * (n - 1) / 2
    t1 = float(np.sum(xt * (xt - 1))) / 2
    t2 = float(np.sum(yt * (yt - 1))) / 2
    S = tau * math.sqrt((t0 - t1) * (t0 - t2))
    v0 = n * (n - 1) * (2 * n + 5)
    vt = float(np.sum(xt * (xt - 1) * (2 * xt + 5)))
    vu = float(np.sum(yt * (yt - 1) * (2 * yt + 5)))
    v1 = float(np.sum(xt * (xt - 1))) * float(np.sum(yt * (yt - 1)))
    v2 = float(np.sum(xt * (xt - 1) * (xt - 2))) * float(np.sum(yt * (yt - 1) * (yt - 2)))
    var_s = (
        (v0 - vt - vu) / 18
        + v1 / (2 * n * (n - 1))
        + (v2 / (9 * n * (n - 1) * (n - 2)) if n > 2 else 0.0)
    )
    z = S / math.sqrt(var_s)
    p = 2 * min(stats.norm.cdf(z), stats.norm.sf(z))
    return {"tau": tau, "p_value": float(p), "exact": False, "note": note}
