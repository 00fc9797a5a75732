"""Typed records and the vocabularies of their status columns.

Enums are ``StrEnum``: a member equals its value and is written as it, so tables and
comparisons with cells read back from them are unchanged. A frozen dataclass defines its
table's columns (its fields, in order) in one place.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from enum import StrEnum


class DocumentStatus(StrEnum):
    """``status`` of 01_documents.csv (README, "Adding documents")."""

    OK = "ok"
    NO_ESTIMATES = "no_estimates"
    EMPTY = "empty"
    BINARY = "binary"
    NO_TEXT_LAYER = "no_text_layer"  # a scanned PDF
    MALFORMED = "malformed"  # an export or registry file that breaks its format
    UNSUPPORTED = "unsupported"  # a record of a kind the readers do not take (a book chapter)
    NOT_UTF8 = "not_utf8"
    DUPLICATE = "duplicate"
    HIDDEN = "hidden"
    FOLDER = "folder"
    SPECIAL_FILE = "special_file"
    DANGLING_SYMLINK = "dangling_symlink"
    SYMLINK_LOOP = "symlink_loop"
    UNREADABLE = "unreadable"


# Documents whose text was read (the others form no study).
READABLE = (DocumentStatus.OK, DocumentStatus.NO_ESTIMATES)


class Role(StrEnum):
    """``role`` of 02_estimates.csv: what a stated estimate is evidence of."""

    TREATMENT_EFFECT = "treatment_effect"
    SUBGROUP = "subgroup"
    BIOMARKER_OR_PROGNOSTIC = "biomarker_or_prognostic"
    OTHER = "other"


class Exclusion(StrEnum):
    """The code that starts ``exclusion_reason`` in 04_harmonised.csv ("code: detail")."""

    DUPLICATE_DOCUMENT = "duplicate_document"
    MEASURE_NOT_ELIGIBLE = "measure_not_eligible"
    OUTCOME_NOT_ELIGIBLE = "outcome_not_eligible"
    ROLE_NOT_ELIGIBLE = "role_not_eligible"
    COMPARISON_NOT_ELIGIBLE = "comparison_not_eligible"
    FAILED_CHECK = "failed_check"
    ORIENTATION_UNKNOWN = "orientation_unknown"
    NO_STANDARD_ERROR = "no_standard_error"
    NOT_LINKED = "not_linked"
    SUPERSEDED = "superseded"
    EXCLUDED_BY_REVIEWER = "excluded_by_reviewer"


def exclusion(code: Exclusion, detail: str) -> str:
    """An exclusion reason as written: its code, then what it is about."""
    return f"{code.value}: {detail}"


class FitStatus(StrEnum):
    """``status`` of the tables of 05_pooled/{analysis}/."""

    OK = "ok"
    NO_ELIGIBLE_STUDIES = "no_eligible_studies"
    NOT_CONVERGED = "not_converged"
    NOT_COMPUTED = "not_computed"
    NOT_REQUESTED = "not_requested"


NAN = math.nan


@dataclass(frozen=True)
class ModelFit:
    """One fitted model (or why there is none): a row of pooled.csv, and the statistics
    part of leave_one_out.csv, cumulative.csv and subgroups.csv. Ratio measures have
    ``estimate``, ``ci_*`` and ``pi_*`` on the ratio scale, ``yi_pooled`` and ``se`` on
    the log scale."""

    model: str
    method: str
    test: str
    level: float
    k: int
    estimate: float = NAN
    ci_lower: float = NAN
    ci_upper: float = NAN
    pi_lower: float = NAN
    pi_upper: float = NAN
    yi_pooled: float = NAN
    se: float = NAN
    z_or_t: float = NAN
    p_value: float = NAN
    tau2: float = NAN
    tau2_ci_lower: float = NAN
    tau2_ci_upper: float = NAN
    I2: float = NAN
    H2: float = NAN
    Q: float = NAN
    Q_df: float = NAN
    Q_p: float = NAN
    status: FitStatus = FitStatus.OK
    note: str = ""

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def row(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class StudyWeight:
    """A pooled study: a row of weights.csv. ``estimate`` and its interval are on the
    reader's scale (the printed bounds where the SE came from them), ``yi``/``sei`` on the
    analysis scale; weights in percent."""

    analysis: str
    study_id: str
    label: str
    estimate_id: str
    doc_id: str
    outcome: str
    subgroup: str
    yi: float
    sei: float
    estimate: float
    ci_lower: float
    ci_upper: float
    weight_random: float
    weight_fixed: float
    conversions: str
    characteristics: str

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def row(self) -> dict:
        return asdict(self)
