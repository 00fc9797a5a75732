"""Reviewer decisions as data: reading, validating and applying the two sheets.

``config/decisions.tsv`` holds decisions about what the pipeline found (exclude,
include, set a field, link or unlink a document); ``config/manual_estimates.tsv``
holds estimates a reviewer read from a full text. Both are tab-separated with a
header row and ``#`` comment lines, validated against the JSON schemas in
``workflow/schemas/`` with errors naming the file, the line and the column.

Decisions act where the data they change is made: links, labels and study
characteristics at linking (``03_studies.csv``), everything about estimates at
harmonisation (``04_harmonised.csv``). Every place a decision acted records an
:class:`Effect` (before -> after); :func:`audit_decisions` joins them into
``decisions.csv``, where a decision that acted nowhere, or whose target or expected
value is gone, is listed as stale or without effect rather than ignored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path

from .extraction_ids import base_id
from .records import Exclusion, Study, TableRecord
from .vocabulary import load_yaml


class SheetError(ValueError):
    """A reviewer's sheet is malformed; the message names the file, line and column."""


class Action(StrEnum):
    """``action`` of config/decisions.tsv (and of decisions.csv, with ``add``)."""

    EXCLUDE = "exclude"
    INCLUDE = "include"
    SET = "set"
    LINK = "link"
    UNLINK = "unlink"
    ADD = "add"  # a row of manual_estimates.tsv, as it appears in decisions.csv


class Status(StrEnum):
    """``status`` of decisions.csv: what became of a decision where it could act."""

    APPLIED = "applied"
    STALE = "stale"
    NO_EFFECT = "no_effect"


class Sheet(StrEnum):
    """``sheet`` of decisions.csv: the reviewer sheet a decision came from (config/NAME.tsv)."""

    DECISIONS = "decisions"
    MANUAL_ESTIMATES = "manual_estimates"


ESTIMATE_FIELDS = (
    "role",
    "outcome",
    "value",
    "ci_lower",
    "ci_upper",
    "ci_level",
    "p_value",
    "comparison",
    "numerator_arm",
    "denominator_arm",
    "orientation",
)
STUDY_STRUCTURE_FIELDS = (
    "study_id",
    "doc_ids",
    "registry_ids",
    "primary_doc_id",
    "link_evidence",
    "characteristics",
    "decision",
)
MANUAL_PREFIX = "manual:"
REVIEWER_EXCLUSION = Exclusion.EXCLUDED_BY_REVIEWER.value
DECISION_COLUMNS = [
    "target",
    "action",
    "analysis",
    "field",
    "value",
    "expected",
    "reason",
    "reviewer",
    "date",
]
MANUAL_COLUMNS = [
    "study_id",
    "doc_id",
    "measure",
    "value",
    "ci_lower",
    "ci_upper",
    "ci_level",
    "p_value",
    "outcome",
    "role",
    "comparison",
    "source",
    "reviewer",
    "date",
]


@dataclass(frozen=True)
class Decision:
    line: int
    target: str
    action: Action
    analysis: str = ""
    field: str = ""
    value: str = ""
    expected: str = ""
    reason: str = ""
    reviewer: str = ""
    date: str = ""

    def applies_to(self, analysis: str) -> bool:
        return not self.analysis or self.analysis == analysis

    def note(self) -> str:
        """What the decision column of a results table says about it."""
        what = f"{self.action} {self.field}".strip()
        return f"{what} (line {self.line}): {self.reason} [{self.reviewer}, {self.date}]"


@dataclass(frozen=True)
class ManualEstimate:
    line: int
    estimate_id: str
    study_id: str
    doc_id: str
    measure: str
    value: str
    ci_lower: str
    ci_upper: str
    ci_level: str
    p_value: str
    outcome: str
    role: str
    comparison: str
    source: str
    reviewer: str
    date: str

    def note(self) -> str:
        return f"add (manual line {self.line}): {self.source} [{self.reviewer}, {self.date}]"


@dataclass(frozen=True)
class Effect(TableRecord):
    """One place a decision acted, or why it did not: a row of the effects tables and of
    decisions.csv (its fields are their columns, EFFECT_COLUMNS)."""

    line: int
    sheet: Sheet
    target: str
    action: Action
    analysis: str
    field: str
    status: Status
    before: str
    after: str
    reason: str = ""
    reviewer: str = ""
    date: str = ""


EFFECT_COLUMNS = Effect.columns()


def effect_from_row(row: dict) -> Effect:
    """An Effect read back from a table written with EFFECT_COLUMNS."""
    values = {f.name: row.get(f.name, "") for f in fields(Effect)}
    values["line"], values["status"] = int(row["line"]), Status(row["status"])
    values["sheet"], values["action"] = Sheet(row["sheet"]), Action(row["action"])
    return Effect(**values)


def effect_of(decision: Decision, analysis: str, status: Status, before: str, after: str) -> Effect:
    return Effect(
        decision.line,
        Sheet.DECISIONS,
        decision.target,
        decision.action,
        analysis,
        decision.field,
        status,
        before,
        after,
        decision.reason,
        decision.reviewer,
        decision.date,
    )


# --- reading and validating --------------------------------------------------------------


def sheet_file(value) -> str | None:
    """The path of a sheet given as a rule input: a path, a one-file list, or an empty
    list when the sheet does not exist (then there are no decisions)."""
    if isinstance(value, (str, Path)):
        return str(value) or None
    files = list(value or [])
    return str(files[0]) if files else None


def read_tsv(path: str | Path | None) -> tuple[list[str], list[tuple[int, dict]]]:
    """Header and (line number, row) pairs of a tab-separated sheet; '#' lines are comments.

    A missing file (or None) is an empty sheet. Cells are stripped of surrounding spaces.
    """
    if path is None or not Path(path).exists():
        return [], []
    path = Path(path)
    header: list[str] = []
    rows: list[tuple[int, dict]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if not header:
                header = cells
                continue
            if len(cells) > len(header):
                raise SheetError(
                    f"{path}, line {number}: {len(cells)} cells but the header has "
                    f"{len(header)} columns ({', '.join(header)}); is a tab inside a cell?"
                )
            cells += [""] * (len(header) - len(cells))
            rows.append((number, dict(zip(header, cells))))
    return header, rows


def _validate_rows(path, header, rows, schema: dict) -> list[str]:
    problems = []
    known = set(schema["properties"])
    unknown = [c for c in header if c not in known]
    if unknown:
        problems.append(
            f"{path}, header: unknown column(s) {unknown}; expected columns among {sorted(known)}"
        )
    missing = [c for c in schema.get("required", []) if c not in header]
    if missing and rows:
        problems.append(f"{path}, header: missing column(s) {missing}")
    if problems or not rows:
        return problems
    # imported here: most sheets are empty, and jsonschema costs a rule 0.2 s to import
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    for number, row in rows:
        present = {k: v for k, v in row.items() if v != "" or k not in schema.get("required", [])}
        for error in sorted(validator.iter_errors(present), key=lambda e: str(e.path)):
            column = error.path[0] if error.path else None
            if error.validator == "required":
                column = error.message.split("'")[1]
                problems.append(f"{path}, line {number}, column {column}: a value is required")
            elif error.validator == "enum":
                problems.append(
                    f"{path}, line {number}, column {column}: {error.instance!r} is "
                    f"not one of {error.validator_value}"
                )
            else:
                problems.append(
                    f"{path}, line {number}, column {column}: {error.instance!r} "
                    f"does not match what is expected ({error.message})"
                )
    return problems


def _load_schema(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return load_yaml(handle)


def _decision_problems(path, number: int, row: dict, analyses) -> list[str]:
    where = f"{path}, line {number}"
    action, problems = row.get("action"), []
    if row.get("analysis") and analyses is not None and row["analysis"] not in analyses:
        problems.append(
            f"{where}, column analysis: {row['analysis']!r} is not an analysis of "
            f"the config (expected one of {sorted(analyses)}, or empty for all)"
        )
    if action == "set" and not row.get("field"):
        problems.append(f"{where}, column field: set needs the field to change")
    if action == "set" and row.get("field") in STUDY_STRUCTURE_FIELDS:
        problems.append(
            f"{where}, column field: {row['field']!r} is made by linking; use link "
            "or unlink to change which study a document belongs to"
        )
    if action == "link" and not row.get("value"):
        problems.append(f"{where}, column value: link needs the study_id the document belongs to")
    if action in ("link", "unlink") and row.get("analysis"):
        problems.append(
            f"{where}, column analysis: {action} applies to every analysis; leave it empty"
        )
    if action != "set" and row.get("expected"):
        problems.append(f"{where}, column expected: only set decisions have an expected value")
    return problems


def load_decisions(
    path: str | Path | None, schema_path: str | Path, analyses=None
) -> list[Decision]:
    """The decisions of a sheet, in sheet order; SheetError lists every problem."""
    header, rows = read_tsv(path)
    schema = _load_schema(schema_path)
    problems = _validate_rows(path, header, rows, schema)
    if not problems:
        for number, row in rows:
            problems.extend(_decision_problems(path, number, row, analyses))
    if problems:
        raise SheetError("invalid reviewer sheet:\n  " + "\n  ".join(problems))
    return [
        Decision(
            line=n,
            action=Action(r["action"]),
            **{k: r.get(k, "") for k in DECISION_COLUMNS if k != "action"},
        )
        for n, r in rows
    ]


def load_manual_estimates(path: str | Path | None, schema_path: str | Path) -> list[ManualEstimate]:
    """The reviewer-entered estimates, each with a stable id; SheetError lists every problem."""
    header, rows = read_tsv(path)
    problems = _validate_rows(path, header, rows, _load_schema(schema_path))
    for number, row in rows if not problems else []:
        if bool(row.get("study_id")) == bool(row.get("doc_id")):
            problems.append(f"{path}, line {number}, columns study_id/doc_id: give exactly one")
        lower, upper = row.get("ci_lower", ""), row.get("ci_upper", "")
        if bool(lower) != bool(upper):
            problems.append(
                f"{path}, line {number}, columns ci_lower/ci_upper: give both bounds or neither"
            )
    if problems:
        raise SheetError("invalid reviewer sheet:\n  " + "\n  ".join(problems))
    out: list[ManualEstimate] = []
    seen: dict[str, int] = {}
    for number, row in rows:
        owner = row.get("study_id") or row.get("doc_id")
        # The outcome takes the place of the unit in the hash: an OS and a PFS hazard
        # ratio with the same numbers are different estimates.
        base = base_id(f"{MANUAL_PREFIX}{owner}", {**row, "unit": row["outcome"]})
        seen[base] = seen.get(base, 0) + 1
        estimate_id = base if seen[base] == 1 else f"{base}.{seen[base]}"
        out.append(
            ManualEstimate(
                line=number, estimate_id=estimate_id, **{k: row.get(k, "") for k in MANUAL_COLUMNS}
            )
        )
    return out


# --- linking: links, labels and study characteristics ------------------------------------


def _split(text: str) -> list[str]:
    return [t for t in (text or "").split(";") if t]


def _characteristics(text: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in _split(text) if "=" in item)


def study_characteristics(studies: list[dict]) -> dict[str, dict[str, str]]:
    """study_id -> {characteristic: value} from the characteristics column of 03_studies.csv."""
    return {s["study_id"]: _characteristics(s.get("characteristics", "")) for s in studies}


def _format_characteristics(values: dict[str, str]) -> str:
    return ";".join(f"{k}={v}" for k, v in sorted(values.items()))


def _note(study: dict, text: str) -> None:
    study["decision"] = " | ".join(filter(None, [study.get("decision", ""), text]))


def _new_study(study_id: str, doc_id: str) -> dict:
    return Study(
        study_id=study_id,
        label=study_id,
        doc_ids=doc_id,
        primary_doc_id=doc_id,
        link_evidence="reviewer decision",
    ).row()


def _move_document(studies: dict[str, dict], doc_id: str, study_id: str) -> str:
    """Take doc_id out of its studies and into study_id; the studies it left, as text."""
    left = []
    for sid in sorted(studies):
        study = studies[sid]
        docs = _split(study["doc_ids"])
        if doc_id not in docs or sid == study_id:
            continue
        docs.remove(doc_id)
        left.append(sid)
        if not docs:
            del studies[sid]
            continue
        study["doc_ids"] = ";".join(docs)
        if study["primary_doc_id"] == doc_id:
            study["primary_doc_id"] = docs[0]
    if study_id in studies:
        target = studies[study_id]
        if doc_id not in _split(target["doc_ids"]):
            target["doc_ids"] = ";".join(sorted(_split(target["doc_ids"]) + [doc_id]))
    else:
        studies[study_id] = _new_study(study_id, doc_id)
    return ";".join(left) or "no study"


def _link(studies, decision: Decision, doc_ids: set[str]) -> Effect:
    if decision.target not in doc_ids:
        return effect_of(
            decision, "", Status.STALE, "", f"no document {decision.target!r} in 01_documents.csv"
        )
    study_id = decision.value if decision.action is Action.LINK else f"doc:{decision.target}"
    holding = [sid for sid, s in sorted(studies.items()) if decision.target in _split(s["doc_ids"])]
    if holding == [study_id]:
        return effect_of(decision, "", Status.NO_EFFECT, study_id, f"already in study {study_id}")
    before = _move_document(studies, decision.target, study_id)
    _note(studies[study_id], decision.note())
    return effect_of(decision, "", Status.APPLIED, f"in {before}", f"in {study_id}")


def _study_of_target(studies: dict[str, dict], target: str) -> list[str]:
    if target in studies:
        return [target]
    return [sid for sid, s in sorted(studies.items()) if target in _split(s["doc_ids"])]


def _set_study_field(studies, decision: Decision) -> list[Effect]:
    effects = []
    for sid in _study_of_target(studies, decision.target):
        study = studies[sid]
        values = _characteristics(study.get("characteristics", ""))
        before = study["label"] if decision.field == "label" else values.get(decision.field, "")
        if decision.expected and decision.expected != before:
            effects.append(
                effect_of(
                    decision,
                    "",
                    Status.STALE,
                    before,
                    f"expected {decision.expected!r}; not changed",
                )
            )
            continue
        if decision.field == "label":
            study["label"] = decision.value
        else:
            values[decision.field] = decision.value
            study["characteristics"] = _format_characteristics(values)
        _note(study, decision.note())
        effects.append(
            effect_of(
                decision,
                "",
                Status.APPLIED,
                f"{sid}.{decision.field}={before!r}",
                f"{decision.value!r}",
            )
        )
    return effects


def apply_study_decisions(
    studies: list[dict], doc_ids: set[str], decisions: list[Decision]
) -> tuple[list[dict], list[Effect]]:
    """03_studies.csv rows after the reviewer's links, labels and characteristics.

    Links and unlinks come first (in sheet order), so a label can name a study a link made.
    """
    by_id = {s["study_id"]: {"characteristics": "", "decision": "", **s} for s in studies}
    effects = []
    for decision in decisions:
        if decision.action in (Action.LINK, Action.UNLINK):
            effects.append(_link(by_id, decision, doc_ids))
    for decision in decisions:
        if decision.action is Action.SET and decision.field not in ESTIMATE_FIELDS:
            if not _study_of_target(by_id, decision.target):
                effects.append(
                    effect_of(
                        decision,
                        "",
                        Status.STALE,
                        "",
                        f"no study or document {decision.target!r} in the results",
                    )
                )
            else:
                effects.extend(_set_study_field(by_id, decision))
    return [by_id[k] for k in sorted(by_id)], effects


# --- harmonisation: estimates ------------------------------------------------------------


def _number_text(text: str) -> str:
    try:
        return repr(float(text)) if str(text).strip() else ""
    except ValueError:
        return str(text).strip()


def _same(a: str, b: str) -> bool:
    return _number_text(a) == _number_text(b)


def manual_estimate_rows(
    manual: list[ManualEstimate], studies: list[dict]
) -> tuple[list[dict], list[Effect]]:
    """Estimate rows (as 02_estimates.csv would hold them) for the reviewer's estimates.

    A row names its study (``study_id``) so harmonisation does not guess it from the
    document; ``doc_id`` is the study's preferred report, whose arms and year it shares.
    """
    by_id = {s["study_id"]: s for s in studies}
    study_of_doc = {d: s["study_id"] for s in studies for d in _split(s["doc_ids"])}
    rows, effects = [], []
    for m in manual:
        study_id = m.study_id or study_of_doc.get(m.doc_id, "")
        if study_id not in by_id:
            missing = f"study {m.study_id!r}" if m.study_id else f"document {m.doc_id!r}"
            effects.append(
                Effect(
                    m.line,
                    Sheet.MANUAL_ESTIMATES,
                    m.estimate_id,
                    Action.ADD,
                    "",
                    "",
                    Status.STALE,
                    "",
                    f"no {missing} in 03_studies.csv; not added",
                    m.source,
                    m.reviewer,
                    m.date,
                )
            )
            continue
        rows.append(
            {
                "estimate_id": m.estimate_id,
                "doc_id": m.doc_id or by_id[study_id]["primary_doc_id"],
                "study_id": study_id,
                "measure": m.measure,
                "value": m.value,
                "ci_lower": m.ci_lower,
                "ci_upper": m.ci_upper,
                "ci_level": m.ci_level,
                "p_value": m.p_value,
                "p_text": f"P={m.p_value}" if m.p_value else "",
                "outcome": m.outcome,
                "role": m.role,
                "comparison": m.comparison,
                "numerator_arm": "",
                "denominator_arm": "",
                "trial": "",
                "source": m.source,
                "decision": m.note(),
            }
        )
    return rows, effects


def apply_estimate_sets(
    estimates: list[dict], decisions: list[Decision], analysis: str
) -> tuple[list[dict], list[Effect]]:
    """Estimates after the reviewer's ``set`` of estimate fields for this analysis."""
    sets: dict[str, list[Decision]] = {}
    for d in decisions:
        if d.action is Action.SET and d.field in ESTIMATE_FIELDS and d.applies_to(analysis):
            sets.setdefault(d.target, []).append(d)
    out, effects = [], []
    for est in estimates:
        for d in sets.get(est["estimate_id"], []):
            before = str(est.get(d.field, ""))
            if d.expected and not _same(d.expected, before):
                effects.append(
                    effect_of(
                        d, analysis, Status.STALE, before, f"expected {d.expected!r}; not changed"
                    )
                )
                continue
            est = {
                **est,
                d.field: d.value,
                "decision": " | ".join(filter(None, [est.get("decision", ""), d.note()])),
            }
            if d.field in ("numerator_arm", "denominator_arm"):
                est["orientation"] = "stated"
            effects.append(
                effect_of(d, analysis, Status.APPLIED, f"{d.field}={before!r}", f"{d.value!r}")
            )
        out.append(est)
    return out, effects


def _matches(decision: Decision, row: dict) -> bool:
    return decision.target in (row["estimate_id"], row["study_id"], row["doc_id"])


def usable(row: dict) -> bool:
    """Can the estimate be pooled: a finite log ratio and a positive standard error."""
    yi, sei = row["yi"], row["sei"]
    return (
        isinstance(yi, float)
        and math.isfinite(yi)
        and isinstance(sei, float)
        and math.isfinite(sei)
        and sei > 0
        and "failed_check" not in row["exclusion_reason"]
    )


def _state(row: dict) -> str:
    return "included" if row["included"] else f"excluded ({row['exclusion_reason']})"


def apply_inclusion_decisions(
    rows: list[dict], decisions: list[Decision], analysis: str
) -> list[Effect]:
    """Reviewer exclude/include on harmonised rows (before one estimate per study is kept).

    An excluded row says so in ``exclusion_reason`` (``excluded_by_reviewer: reason``);
    an included row outranks the study's other estimates (``_reviewer_rank`` 0).
    """
    effects = []
    for d in decisions:
        if d.action not in (Action.EXCLUDE, Action.INCLUDE) or not d.applies_to(analysis):
            continue
        for row in (r for r in rows if _matches(d, r)):
            before = _state(row)
            if d.action is Action.EXCLUDE:
                row["included"] = False
                row["exclusion_reason"] = (
                    f"{REVIEWER_EXCLUSION}: {d.reason} ({d.reviewer}, {d.date})"
                )
            elif row["included"]:
                # Nothing to override, but the reviewer's choice wins within its study.
                row["_reviewer_rank"] = 0  # harmonise.INCLUDED_BY_REVIEWER
                row["decision"] = " | ".join(filter(None, [row.get("decision", ""), d.note()]))
                effects.append(
                    effect_of(
                        d,
                        analysis,
                        Status.APPLIED,
                        f"{row['estimate_id']}: {before}",
                        "included, preferred within its study",
                    )
                )
                continue
            elif not usable(row):
                effects.append(
                    effect_of(
                        d,
                        analysis,
                        Status.NO_EFFECT,
                        before,
                        "not usable (no finite log ratio and standard error); left out",
                    )
                )
                continue
            else:
                row["included"], row["exclusion_reason"] = True, ""
                row["_reviewer_rank"] = 0  # harmonise.INCLUDED_BY_REVIEWER
            row["decision"] = " | ".join(filter(None, [row.get("decision", ""), d.note()]))
            effects.append(
                effect_of(
                    d, analysis, Status.APPLIED, f"{row['estimate_id']}: {before}", _state(row)
                )
            )
    return effects


def manual_effects(rows: list[dict], manual: list[ManualEstimate], analysis: str) -> list[Effect]:
    """Where each reviewer-entered estimate went in this analysis."""
    by_id = {m.estimate_id: m for m in manual}
    effects = []
    for row in rows:
        m = by_id.get(row["estimate_id"])
        if m is not None:
            effects.append(
                Effect(
                    m.line,
                    Sheet.MANUAL_ESTIMATES,
                    m.estimate_id,
                    Action.ADD,
                    analysis,
                    "",
                    Status.APPLIED,
                    "not in the documents",
                    f"{m.measure} {m.value} ({m.outcome}, study {row['study_id']}): {_state(row)}",
                    m.source,
                    m.reviewer,
                    m.date,
                )
            )
    return effects


# --- the audit ---------------------------------------------------------------------------


def audit_decisions(
    decisions: list[Decision],
    manual: list[ManualEstimate],
    effects: list[Effect],
    known_targets: set[str],
) -> list[dict]:
    """Rows of decisions.csv: every effect, and for a decision that acted nowhere why not.

    A decision whose target is in no results table is stale; one whose target exists but
    changed nothing (an estimate that is no candidate of the analysis named) has no effect.
    """
    rows = [e.row() for e in effects]
    acted = {(e.sheet, e.line) for e in effects}
    for d in decisions:
        if (Sheet.DECISIONS, d.line) in acted:
            continue
        if d.target not in known_targets:
            rows.append(
                effect_of(
                    d,
                    d.analysis,
                    Status.STALE,
                    "",
                    f"no estimate, study or document {d.target!r} in the results",
                ).row()
            )
        else:
            rows.append(
                effect_of(
                    d,
                    d.analysis,
                    Status.NO_EFFECT,
                    "",
                    "the target is in no analysis this decision names",
                ).row()
            )
    for m in manual:
        if (Sheet.MANUAL_ESTIMATES, m.line) not in acted:
            rows.append(
                Effect(
                    m.line,
                    Sheet.MANUAL_ESTIMATES,
                    m.estimate_id,
                    Action.ADD,
                    "",
                    "",
                    Status.NO_EFFECT,
                    "",
                    f"{m.measure} is the measure of no analysis",
                    m.source,
                    m.reviewer,
                    m.date,
                ).row()
            )
    rows.sort(key=lambda r: (r["sheet"], r["line"], r["analysis"], r["before"]))
    return rows


def stale(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["status"] == Status.STALE]


def describe(row: dict) -> str:
    """One line of the log or an error for a decisions.csv row."""
    where = f" [{row['analysis']}]" if row.get("analysis") else ""
    return (
        f"{row['sheet']}.tsv line {row['line']}: {row['action']} {row['target']}{where}: "
        f"{row['status']}: {row['before'] or '-'} -> {row['after']}"
    )
