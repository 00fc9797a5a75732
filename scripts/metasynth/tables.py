"""Column contracts of the stage tables and deterministic CSV I/O.

Every table the pipeline writes goes through :func:`write_table`, so rows are
sorted, columns come in a fixed order, floats have one format and lines end in
``\\n``. The column lists here are the single source of truth; the JSON schemas
in ``workflow/schemas/`` document the same columns for reviewers.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Iterable, Mapping, Sequence

DOCUMENT_COLUMNS = [
    "doc_id",
    "file",
    "sha256",
    "n_bytes",
    "source_type",
    "title",
    "first_author",
    "journal",
    "year",
    "doi",
    "pmid",
    "registry_ids",
    "registry_ids_partial",
    "acronym",
    "trial_names",
    "trial_name_rules",
    "trial_names_cited",
    "registry_ids_by_trial",
    "drugs",
    "randomized",
    "phase",
    "n_enrolled",
    "design",
    "arms",
    "n_estimates",
    "status",
    "status_detail",
]

ESTIMATE_COLUMNS = [
    "estimate_id",
    "doc_id",
    "measure",
    "value",
    "ci_lower",
    "ci_upper",
    "ci_level",
    "p_value",
    "p_text",
    "unit",
    "outcome",
    "role",
    "comparison",
    "numerator_arm",
    "denominator_arm",
    "orientation",
    "trial",
    "char_start",
    "char_end",
    "quote",
    "match_start",
    "match_end",
    "match_text",
]

STUDY_COLUMNS = [
    "study_id",
    "label",
    "acronym",
    "trial_names",
    "doc_ids",
    "registry_ids",
    "primary_doc_id",
    "link_evidence",
    "characteristics",
    "decision",
]

HARMONISED_COLUMNS = [
    "analysis",
    "estimate_id",
    "study_id",
    "doc_id",
    "label",
    "outcome",
    "measure",
    "role",
    "value",
    "ci_lower",
    "ci_upper",
    "ci_level",
    "p_value",
    "yi",
    "sei",
    "se_source",
    "orientation",
    "subgroup",
    "checks",
    "included",
    "exclusion_reason",
    "source",
    "decision",
    "conversions",
    "characteristics",
]

POOLED_COLUMNS = [
    "analysis",
    "model",
    "method",
    "test",
    "level",
    "k",
    "estimate",
    "ci_lower",
    "ci_upper",
    "pi_lower",
    "pi_upper",
    "yi_pooled",
    "se",
    "z_or_t",
    "p_value",
    "tau2",
    "tau2_ci_lower",
    "tau2_ci_upper",
    "I2",
    "H2",
    "Q",
    "Q_df",
    "Q_p",
    "status",
    "note",
]

WEIGHT_COLUMNS = [
    "analysis",
    "study_id",
    "label",
    "estimate_id",
    "doc_id",
    "outcome",
    "subgroup",
    "yi",
    "sei",
    "estimate",
    "ci_lower",
    "ci_upper",
    "weight_random",
    "weight_fixed",
    "conversions",
    "characteristics",
]

FLOW_COLUMNS = ["stage", "item", "analysis", "count", "detail"]

# 15 significant digits: any decimal with at most 15 digits (every number printed in
# a paper) survives the round trip unchanged, and computed values (yi, sei, pooled
# statistics) lose at most 1e-15 relative, so stages reading them agree with metafor.
FLOAT_FORMAT = ".15g"


def ratio_text(value: float) -> str:
    """A finite ratio as the figures and the report print it: two decimals, two
    significant digits below 0.01 and from 1000 up."""
    if value != 0 and (abs(value) < 0.01 or abs(value) >= 1000):
        return f"{value:.2g}"
    return f"{value:.2f}"


def p_value_parts(p: float) -> tuple[str, str]:
    """A finite p-value as printed: ("<", "0.001") below 0.001, else ("=", p with three
    decimals below 0.01 and two from there)."""
    if p < 0.001:
        return "<", "0.001"
    if p < 0.01:
        return "=", f"{p:.3f}"
    return "=", f"{p:.2f}"


def format_value(value) -> str:
    """One textual form per value: floats to 15 significant digits, NaN/None empty."""
    kind = type(value)
    if kind is str:  # most cells: text read from an upstream table, kept as written
        return value
    if kind is int:
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        formatted = format(value, FLOAT_FORMAT)
        return "0" if formatted == "-0" else formatted
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return format_value(value.item())  # numpy scalar -> Python scalar
    return str(value)


def write_table(
    path: str | Path,
    rows: Iterable[Mapping] | "pandas.DataFrame",
    columns: Sequence[str],
    sort_by: Sequence[str] | None = None,
) -> None:
    """Write rows as CSV with a fixed column order, sorted rows and ``\\n`` endings.

    Columns missing from a row are written empty; keys not in ``columns`` are an
    error, so a typo in a stage never silently drops data.
    """
    if hasattr(rows, "to_dict"):
        rows = rows.to_dict(orient="records")
    rows = [dict(r) for r in rows]
    allowed = set(columns)
    for r in rows:
        extra = set(r) - allowed
        if extra:
            raise ValueError(
                f"{path}: unexpected column(s) {sorted(extra)}; expected only {list(columns)}"
            )
    if sort_by:
        rows.sort(key=lambda r: tuple(_sort_key(r.get(c)) for c in sort_by))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for r in rows:
        writer.writerow([format_value(r.get(c)) for c in columns])
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())


def _sort_key(value):
    # Numbers before strings, empty last; keeps sorting total and stable.
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return (2, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, float(value))
    return (1, str(value))


def read_table(path: str | Path, columns: Sequence[str] | None = None):
    """Read a stage table as a DataFrame of strings (empty cells become "").

    Reading everything as text keeps the values exactly as written; callers
    convert the columns they compute with via :func:`to_float`.
    """
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    if columns is not None:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise ValueError(f"{path}: missing column(s) {missing}")
    return frame


def read_rows(
    path: str | Path, columns: Sequence[str] | None = None, keep: Sequence[str] | None = None
) -> list[dict]:
    """Read a stage table as a list of dicts of strings, without pandas.

    Rule entry points use this: importing pandas costs more than reading the
    tables of a typical run. ``columns`` must all be present; ``keep`` limits the
    dicts to the columns a stage uses (much cheaper on wide tables of quotes).
    """
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        missing = [c for c in list(columns or []) + list(keep or []) if c not in header]
        if missing:
            raise ValueError(f"{path}: missing column(s) {missing}")
        names = list(keep) if keep is not None else header
        index = [header.index(c) for c in names]
        return [dict(zip(names, [row[i] for i in index])) for row in reader]


def concatenate_tables(paths: Sequence[str | Path], out_path: str | Path, columns: Sequence[str],
                       key: str) -> int:
    """Concatenate tables with identical headers, ordered by one column (stable).

    Cells are copied as read, so the result has the bytes ``write_table`` would
    write; rows with equal keys keep their order within their file.
    """
    rows: list[list[str]] = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            if header != list(columns):
                raise ValueError(f"{path}: columns {header} differ from the expected {list(columns)}")
            rows.extend(reader)
    position = list(columns).index(key)
    rows.sort(key=lambda r: r[position])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(rows)
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
    return len(rows)


def to_float(text) -> float:
    """Parse a table cell as float; empty means NaN."""
    if text is None:
        return math.nan
    if isinstance(text, (int, float)):
        return float(text)
    text = str(text).strip()
    return math.nan if text == "" else float(text)

# Statistic columns shared by every table that reports a fitted model.
MODEL_STAT_COLUMNS = POOLED_COLUMNS[1:]  # everything but "analysis"

LEAVE_ONE_OUT_COLUMNS = ["analysis", "omitted_study_id", "omitted_label"] + MODEL_STAT_COLUMNS

CUMULATIVE_COLUMNS = ["analysis", "step", "added_study_id", "added_label"] + MODEL_STAT_COLUMNS

SUBGROUP_COLUMNS = (
    ["analysis", "subgroup"]
    + MODEL_STAT_COLUMNS
    + ["Q_between", "Q_between_df", "Q_between_p"]
)

SMALL_STUDY_COLUMNS = [
    "analysis",
    "test",
    "k",
    "statistic",
    "statistic_name",
    "df",
    "p_value",
    "k0",
    "side",
    "adjusted_estimate",
    "adjusted_ci_lower",
    "adjusted_ci_upper",
    "reported",
    "status",
    "note",
]
