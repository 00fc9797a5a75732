"""Which numbers of a harmonised row were converted, for footnotes in plots and report.

RevMan marks a study whose data were transformed with a footnote; the forest plot and the
report do the same. The codes are written in ``04_harmonised.csv`` (``conversions``) and
carried to ``weights.csv``, so plots draw what harmonisation decided.
"""

from __future__ import annotations

import math

# code -> (footnote symbol, explanation under the plot)
CONVERSIONS = {
    "ci_level": ("†", "SE from a confidence interval at another level than the analysis'"),
    "inverted": ("‡", "ratio inverted so that the intervention is the numerator"),
    "se_from_p": ("§", "SE from the exact p-value (no interval stated)"),
    "reviewer_entered": ("¶", "entered by a reviewer from the source named in the report"),
}


def conversion_codes(row: dict, analysis_level: float) -> list[str]:
    """Codes of the conversions behind a harmonised row, in CONVERSIONS order.

    ``analysis_level`` is a fraction (0.95); ``ci_level`` of the row is in percent.
    """
    codes = []
    level = row.get("ci_level")
    try:
        level = float(level)
    except (TypeError, ValueError):
        level = math.nan
    if (
        str(row.get("se_source", "")).startswith("ci")
        and math.isfinite(level)
        and not math.isclose(level, 100 * analysis_level)
    ):
        codes.append("ci_level")
    if "inverted" in str(row.get("orientation", "")):
        codes.append("inverted")
    if row.get("se_source") == "p_value":
        codes.append("se_from_p")
    if row.get("source"):
        codes.append("reviewer_entered")
    return codes


def symbols(codes_text: str) -> str:
    """'ci_level;se_from_p' -> '†§' (unknown codes are shown as written)."""
    return "".join(CONVERSIONS.get(c, (f"[{c}]", ""))[0] for c in codes_text.split(";") if c)


def footnotes(codes_texts: list[str]) -> list[str]:
    """One line per conversion that occurs, explaining its symbol."""
    present = {c for text in codes_texts for c in text.split(";") if c}
    return [f"{symbol} {text}" for code, (symbol, text) in CONVERSIONS.items() if code in present]
