"""Measures, numbers read from table cells, and arm names: one definition of each, shared
by harmonisation, pooling, plots, report and evaluation."""

from __future__ import annotations

import functools
import math
import re

# Ratio measures: stated as ratios in 02_estimates.csv, pooled on the log scale.
RATIO_MEASURES = ("HR", "OR", "RR")
# A ratio stated on the log scale ("log HR -0.22") -> its measure.
LOG_MEASURES = {"log" + m: m for m in RATIO_MEASURES}


def is_ratio(measure) -> bool:
    return measure in RATIO_MEASURES


# Decimal separators seen in abstracts: ".", the Lancet middle dot and its look-alike.
DECIMAL_MARKS = "·⋅"
_DECIMAL_TABLE = str.maketrans({c: "." for c in DECIMAL_MARKS})


@functools.lru_cache(maxsize=4096)
def to_number(text: str) -> float:
    """A number as a text prints it: ``"0·59"`` -> 0.59, ``".0411"`` -> 0.0411 (cached: a page
    repeats its values and bounds)."""
    return float(text.translate(_DECIMAL_TABLE).replace(" ", ""))


def to_float(text) -> float:
    """A table cell as a float; empty (or None) is NaN, anything else unreadable raises."""
    if text is None:
        return math.nan
    if isinstance(text, (int, float)):
        return float(text)
    text = str(text).strip()
    return math.nan if text == "" else float(text)


def to_float_or_nan(value) -> float:
    """A table cell as a float, NaN when it holds no number (for display)."""
    try:
        return to_float(value)
    except (TypeError, ValueError):
        return math.nan


# Arms of a comparison as written in 02_estimates.csv ("sorafenib vs placebo").
ARM_SEPARATOR = " vs "
ARM_SPLIT = re.compile(r"\s+(?:vs\.?|versus|v\.|compared with|compared to)\s+", re.I)


def split_arms(comparison: str) -> list[str]:
    """The arms named in a comparison, lower case, in their order."""
    parts = ARM_SPLIT.split(comparison or "")
    return [p.strip().lower() for p in parts if p.strip()]


def join_arms(arms) -> str:
    return ARM_SEPARATOR.join(a for a in arms if a)
