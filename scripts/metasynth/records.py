"""Typed records and the vocabularies of their status columns.

Enums are ``StrEnum``: a member equals its value and is written as it, so tables and
comparisons with cells read back from them are unchanged. A frozen dataclass defines its
table's columns (its fields, in order) in one place.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, fields
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
    SAME_ESTIMATE_AS_STUDY = "same_estimate_as_study"
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


class TableRecord:
    """A frozen dataclass that is one row of a stage table: its fields, in order, are the
    table's columns (tables.py takes the column lists from here)."""

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def row(self) -> dict:
        """The record as a row dict (column -> value), in column order."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def row_of(cls, **values) -> dict:
        """``cls(**values).row()`` without building the record (for tables written row by
        row, thousands per document): the same row, and the same TypeError for an unknown
        field or a missing one without a default."""
        layout = cls.__dict__.get("_row_layout")
        if layout is None:
            layout = [(f.name, f.default) for f in fields(cls)]
            cls._row_layout = layout
            cls._row_names = frozenset(name for name, _ in layout)
            cls._row_order = tuple(name for name, _ in layout)
        if len(values) == len(layout) and cls._row_names.issuperset(values):
            # every column given (the usual row): no defaults to look up
            return {name: values[name] for name in cls._row_order}
        if not cls._row_names.issuperset(values):
            unknown = sorted(set(values) - cls._row_names)[0]
            raise TypeError(
                f"{cls.__name__}.__init__() got an unexpected keyword argument {unknown!r}"
            )
        row = {}
        for name, default in layout:
            if name in values:
                row[name] = values[name]
            elif default is MISSING:
                raise TypeError(f"{cls.__name__}.__init__() missing 1 required argument: {name!r}")
            else:
                row[name] = default
        return row


Cell = str | int | float  # as written by tables.write_table (floats to 15 digits, nan empty)


@dataclass(frozen=True)
class Document(TableRecord):
    """A row of 01_documents.csv: one document (a record of an export is one) and what
    became of it. Metadata cells are empty where the document does not state them;
    ``status`` is a :class:`DocumentStatus`. The readers and the page parser
    (metasynth.readers, metasynth.parsing) build each row through this class and pass it
    on as a dict without ``n_estimates``, which is counted when documents are collected."""

    doc_id: str
    file: str
    sha256: str = ""
    n_bytes: Cell = ""
    source_format: str = ""
    record: Cell = ""
    record_id: str = ""
    source_type: str = ""
    title: str = ""
    first_author: str = ""
    people_named: str = ""
    trials_counted: Cell = ""
    enrolments_stated: str = ""
    journal: str = ""
    year: Cell = ""
    doi: str = ""
    pmid: str = ""
    registry_ids: str = ""
    registry_ids_partial: str = ""
    registry_ids_cited: str = ""
    acronym: str = ""
    trial_names: str = ""
    trial_name_rules: str = ""
    trial_names_cited: str = ""
    registry_ids_by_trial: str = ""
    drugs: str = ""
    randomized: str = ""
    phase: str = ""
    n_enrolled: Cell = ""
    design: str = ""
    publication_types: str = ""
    arms: str = ""
    text_words: str = ""
    n_estimates: Cell = ""
    status: str = ""
    status_detail: str = ""


@dataclass(frozen=True)
class Estimate(TableRecord):
    """A row of 02_estimates.csv: one estimate as stated in a document, with the rules
    that decided its outcome, role and orientation, its sentence (``char_start``,
    ``char_end``, ``quote``: ``text[char_start:char_end] == quote``) and the estimate
    itself within it (``match_*``). metasynth.extraction builds each row
    through this class (an unknown or missing field is an error there, not a blank cell)."""

    estimate_id: str
    doc_id: str
    measure: str
    value: Cell = ""
    ci_lower: Cell = ""
    ci_upper: Cell = ""
    ci_level: Cell = ""
    p_value: Cell = ""
    p_text: str = ""
    unit: str = ""
    outcome: str = ""
    outcome_rule: str = ""
    role: str = ""
    role_rule: str = ""
    comparison: str = ""
    numerator_arm: str = ""
    denominator_arm: str = ""
    orientation: str = ""
    orientation_rule: str = ""
    trial: str = ""
    char_start: Cell = ""
    char_end: Cell = ""
    quote: str = ""
    match_start: Cell = ""
    match_end: Cell = ""
    match_text: str = ""


@dataclass(frozen=True)
class Study(TableRecord):
    """A row of 03_studies.csv: one trial, its documents (``;``-separated), registry ids
    and names, primary report and year, and the evidence for every link and every link
    refused. metasynth.linking builds each row through
    this class; ``year`` (add_primary_report_years), ``characteristics`` and ``decision``
    (the reviewer's decisions) are filled by the stages after it."""

    study_id: str
    label: str = ""
    acronym: str = ""
    trial_names: str = ""
    doc_ids: str = ""
    registry_ids: str = ""
    primary_doc_id: str = ""
    year: Cell = ""
    link_evidence: str = ""
    characteristics: str = ""
    decision: str = ""


@dataclass(frozen=True)
class Candidate(TableRecord):
    """A row of 04_harmonised.csv: an estimate of the analysis' measure as a candidate of
    one analysis: ``yi`` (log ratio, intervention vs comparator) and ``sei``, the checks
    that fired, ``included`` and the ``exclusion_reason`` (an :class:`Exclusion` code and
    a detail) when it is not pooled."""

    analysis: str
    estimate_id: str
    study_id: str
    doc_id: str
    label: str = ""
    outcome: str = ""
    measure: str = ""
    role: str = ""
    comparison: str = ""
    value: float = NAN
    ci_lower: float = NAN
    ci_upper: float = NAN
    ci_level: float = NAN
    p_value: float = NAN
    yi: float = NAN
    sei: float = NAN
    se_source: str = ""
    orientation: str = ""
    subgroup: str = ""
    checks: str = ""
    included: bool = False
    exclusion_reason: str = ""
    source: str = ""
    decision: str = ""
    conversions: str = ""
    characteristics: str = ""


@dataclass(frozen=True)
class ModelFit(TableRecord):
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


@dataclass(frozen=True)
class StudyWeight(TableRecord):
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
