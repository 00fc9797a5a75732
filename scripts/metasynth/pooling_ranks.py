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
from scipy import special

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


def _dense_ranks(values: np.ndarray) -> np.ndarray:
    """1-based ranks of sorted values, equal values sharing one."""
    return np.r_[True, values[1:] != values[:-1]].cumsum(dtype=np.intp)


def _discordant_pairs(x: np.ndarray, y: np.ndarray) -> int:
    """Pairs i < j with x[i] < x[j] and y[i] > y[j], for x sorted (ties in x broken by y
    ascending, so tied x never count): with a Fenwick tree over the ranks of y, O(n log n)."""
    size = int(y.max()) + 1
    tree = [0] * (size + 1)
    discordant = 0
    seen = 0
    for i in range(x.size):
        rank = int(y[i])
        # the earlier pairs with a greater y: all earlier minus those with y <= rank
        at, not_greater = rank, 0
        while at > 0:
            not_greater += tree[at]
            at -= at & -at
        discordant += seen - not_greater
        at = rank
        while at <= size:
            tree[at] += 1
            at += at & -at
        seen += 1
    return discordant


def _tie_pairs(ranks: np.ndarray) -> int:
    counts = np.bincount(ranks).astype("int64", copy=False)
    counts = counts[counts > 1]
    return int((counts * (counts - 1) // 2).sum())


def kendall_tau_b(x: np.ndarray, y: np.ndarray) -> float:
    """Kendall's tau-b, as ``scipy.stats.kendalltau(x, y, variant="b")`` computes it (the
    same counts and the same floating-point steps, so the same bits; tests/test_pooling.py
    compares the two), without importing scipy.stats, which costs each pooling job most of
    a second. NaN when either variable is constant."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.size != y.size:
        raise ValueError("x and y must have the same length")
    size = x.size
    if size == 0:
        return math.nan
    order = np.argsort(y)  # sort on y and give y dense ranks
    x, y = x[order], y[order]
    y = _dense_ranks(y)
    order = np.argsort(x, kind="mergesort")  # stable sort on x, then dense ranks of x
    x, y = x[order], y[order]
    x = _dense_ranks(x)
    # (ties in x come out ordered by y ascending, so they add no discordant pair)
    discordant = _discordant_pairs(x, y)
    changes = np.r_[True, (x[1:] != x[:-1]) | (y[1:] != y[:-1]), True]
    runs = np.diff(np.nonzero(changes)[0]).astype("int64", copy=False)
    joint_ties = int((runs * (runs - 1) // 2).sum())
    x_ties, y_ties = _tie_pairs(x), _tie_pairs(y)
    total = (size * (size - 1)) // 2
    if x_ties == total or y_ties == total:
        return math.nan
    concordant_minus_discordant = total - x_ties - y_ties + joint_ties - 2 * discordant
    tau = concordant_minus_discordant / np.sqrt(total - x_ties) / np.sqrt(total - y_ties)
    return float(np.minimum(1.0, max(-1.0, tau)))


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
    # the normal distribution's cdf and survival function (scipy.stats.norm's own)
    p = 2 * min(special.ndtr(z), special.ndtr(-z))
    return {"tau": tau, "p_value": float(p), "exact": False, "note": note}
