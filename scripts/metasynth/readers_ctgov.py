"""ClinicalTrials.gov API v2 JSON: one study, or a ``{"studies": [...]}`` page of them.

Design fields come from ``protocolSection`` (study type, phases, allocation, enrolment,
arm groups, acronym, first submission); posted results' statistical analyses of a ratio
(``paramType`` hazard, odds or risk ratio) become estimates exactly as posted: value,
interval and its level and sides, p-value, the groups compared, and the outcome
measure's title read as an outcome. The text written for the study (``study_text``)
states each analysis on a line of its own, and every estimate's quote is that line, so
``text[char_start:char_end] == quote`` holds as for any document.
"""

from __future__ import annotations

import json
import re

from . import parsing, readers
from .extraction_patterns import BARE_PROGRESSION, RECURRENCE_OR_DEATH, outcome_mentions
from .readers import Record

_PHASES = {"EARLY_PHASE1": "1", "PHASE1": "1", "PHASE2": "2", "PHASE3": "3", "PHASE4": "4"}
_ALLOCATION = {"RANDOMIZED": "true", "NON_RANDOMIZED": "false", "NA": "false"}
# Arm group types that make an arm the comparator, as registries name them.
_COMPARATOR_TYPES = {
    "PLACEBO_COMPARATOR",
    "SHAM_COMPARATOR",
    "NO_INTERVENTION",
    "ACTIVE_COMPARATOR",
}
_MEASURES = [
    (re.compile(r"log\s*hazard", re.I), "logHR"),
    (re.compile(r"log\s*odds", re.I), "logOR"),
    (re.compile(r"log\s*(?:risk|relative)", re.I), "logRR"),
    (re.compile(r"hazard\s+ratio", re.I), "HR"),
    (re.compile(r"odds\s+ratio", re.I), "OR"),
    (re.compile(r"risk\s+ratio|relative\s+risk|rate\s+ratio", re.I), "RR"),
]
_NUMBER = re.compile(r"^[<>≤≥=]?\s*(-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)$")


def is_study(item) -> bool:
    return isinstance(item, dict) and isinstance(item.get("protocolSection"), dict)


def _get(obj, *path, default=None):
    for key in path:
        if not isinstance(obj, dict) or key not in obj:
            return default
        obj = obj[key]
    return obj


def _words(value) -> str:
    return str(value).replace("_", " ").capitalize() if value else ""


def measure_of(param_type: str) -> str:
    for pattern, measure in _MEASURES:
        if pattern.search(param_type or ""):
            return measure
    return ""


def _number(value) -> float | str:
    m = _NUMBER.match(str(value if value is not None else "").strip())
    return float(m.group(1)) if m else ""


def outcome_of(title: str) -> str:
    """The outcome code the outcome measure's title names ('' when none)."""
    for _, _, code in outcome_mentions(title or ""):
        if code == RECURRENCE_OR_DEATH:
            return "RFS" if re.search(r"recurr|relaps", title, re.I) else "DFS"
        if code == BARE_PROGRESSION:
            return "PFS"
        if "|" not in code and code != "PRIMARY":
            return code
    return ""


class _Text:
    """The study's text, built line by line, remembering where each line starts."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0

    def line(self, text: str = "") -> int:
        start = self.length
        self.parts.append(text + "\n")
        self.length += len(text) + 1
        return start

    def value(self) -> str:
        return "".join(self.parts)


def _arm_types(protocol) -> dict[str, str]:
    return {
        str(a.get("label", "")).strip().lower(): str(a.get("type", ""))
        for a in _get(protocol, "armsInterventionsModule", "armGroups", default=[]) or []
        if isinstance(a, dict)
    }


_STATED_ORDER = re.compile(
    r"(?P<a>[\w+\-– ]{2,60}?)\s*(?:/|\bversus\b|\bvs\.?|\bover\b|\brelative\s+to\b|\bcompared\s+(?:with|to)\b)\s*"
    r"(?P<b>[\w+\-– ]{2,60})",
    re.IGNORECASE,
)


def _stated_order(comment: str, titles: list[str]) -> tuple[str, str] | None:
    """(numerator, denominator) when the analysis' comment names both groups in order."""
    lowered = [t.lower() for t in titles]
    for m in _STATED_ORDER.finditer(comment or ""):
        a, b = m.group("a").lower(), m.group("b").lower()
        first = [t for t in lowered if t in a]
        second = [t for t in lowered if t in b]
        if len(first) == 1 and len(second) == 1 and first != second:
            return titles[lowered.index(first[0])], titles[lowered.index(second[0])]
    return None


def _compared(analysis, groups, arm_types) -> tuple[list[str], tuple | None, str]:
    """(group titles in comparison order, stated (numerator, denominator) or None, rule)."""
    titles = [groups[g] for g in analysis.get("groupIds", []) or [] if g in groups]
    if len(titles) != 2:
        return titles, None, "orientation.registry_posted_groups"
    stated = _stated_order(str(analysis.get("estimateComment") or ""), titles)
    if stated:
        return list(stated), stated, "orientation.registry_posted_estimate_comment"

    def comparator(t):
        return arm_types.get(t.strip().lower(), "") in _COMPARATOR_TYPES

    ordered = sorted(titles, key=comparator)  # experimental arm first, stable otherwise
    return ordered, None, "orientation.registry_posted_groups"


def posted_analyses(protocol, results, text: _Text) -> list[dict]:
    """Estimate rows (without ids) of every posted ratio analysis, their lines written to ``text``."""
    arm_types = _arm_types(protocol)
    allocation = _get(protocol, "designModule", "designInfo", "allocation", default="")
    role, role_rule = (
        ("other", "role.registry_posted_nonrandomised")
        if allocation in ("NON_RANDOMIZED", "NA")
        else ("treatment_effect", "role.registry_posted_analysis")
    )
    rows = []
    measures = _get(results, "outcomeMeasuresModule", "outcomeMeasures", default=[]) or []
    for m_index, measure in enumerate(measures, start=1):
        if not isinstance(measure, dict):
            continue
        title = str(measure.get("title") or "").strip()
        groups = {
            g.get("id"): str(g.get("title") or "").strip()
            for g in measure.get("groups", []) or []
            if isinstance(g, dict)
        }
        analyses = [a for a in measure.get("analyses", []) or [] if isinstance(a, dict)]
        if not analyses:
            continue
        text.line()
        text.line(f"Outcome Measure {m_index} ({_words(measure.get('type'))}): {title}")
        if groups:
            text.line("Arm/Group Title: " + " | ".join(groups.values()))
        for a_index, analysis in enumerate(analyses, start=1):
            rows.extend(
                _analysis_row(text, title, groups, arm_types, analysis, a_index, role, role_rule)
            )
    return rows


def _analysis_line(analysis: dict, a_index: int, order: list[str]) -> tuple[str, str, str, str]:
    """The text line of one posted analysis: (line, its head, the estimate with its
    interval, the p-value part)."""
    param = str(analysis.get("paramType") or "").strip()
    value = str(analysis.get("paramValue") or "").strip()
    head = f"Statistical Analysis {a_index}: "
    estimate = f"{param} {value}".strip()
    pct, sides = str(analysis.get("ciPctValue") or "").strip(), analysis.get("ciNumSides")
    lower = str(analysis.get("ciLowerLimit") or "").strip()
    upper = str(analysis.get("ciUpperLimit") or "").strip()
    if pct and (lower or upper):
        side = "one-sided" if sides == "ONE_SIDED" else "two-sided"
        estimate += f", {pct}% CI ({side}) {lower or 'NA'} to {upper or 'NA'}"
    p_raw = str(analysis.get("pValue") or "").strip()
    p_part = f"p-value {p_raw}" if p_raw else ""
    tail = []
    if p_part:
        tail.append(
            p_part
            + (f" ({analysis['statisticalMethod']})" if analysis.get("statisticalMethod") else "")
        )
    if order:
        tail.append("groups compared: " + " vs ".join(order))
    comment = " ".join(str(analysis.get("estimateComment") or "").split())
    line = (
        head + estimate + "".join(f"; {t}" for t in tail) + "." + (f" {comment}" if comment else "")
    )
    return line, head, estimate, p_part


def _posted_interval(analysis: dict) -> tuple:
    """(lower, upper, two-sided level) of a posted interval: both one-sided limits at level
    L bound a two-sided 2L-100% interval; one limit alone gives no interval."""
    pct, sides = str(analysis.get("ciPctValue") or "").strip(), analysis.get("ciNumSides")
    lower = str(analysis.get("ciLowerLimit") or "").strip()
    upper = str(analysis.get("ciUpperLimit") or "").strip()
    level = _number(pct)
    if sides == "ONE_SIDED" and level != "" and lower and upper:
        level = 2 * level - 100
    elif sides == "ONE_SIDED":
        lower, upper, level = "", "", ""
    return lower, upper, level


def _analysis_row(text, title, groups, arm_types, analysis, a_index, role, role_rule):
    order, stated, orientation_rule = _compared(analysis, groups, arm_types)
    line, head, estimate, p_part = _analysis_line(analysis, a_index, order)
    start = text.line(line)
    param = str(analysis.get("paramType") or "").strip()
    measure = measure_of(param)
    number = _number(str(analysis.get("paramValue") or "").strip())
    if not measure or number == "":
        return []  # not a ratio (a mean difference, a p-value alone): stated in the text only
    lower, upper, level = _posted_interval(analysis)
    outcome = outcome_of(title)
    cleaned = [parsing.clean_arm(t) for t in order]
    comparison = " vs ".join(cleaned) if len(cleaned) == 2 and all(cleaned) else ""
    p_value = _number(str(analysis.get("pValue") or "").strip())
    p_start = start + line.find(p_part) if p_part else None
    return [
        {
            "measure": measure,
            "value": number,
            "ci_lower": _number(lower) if level != "" else "",
            "ci_upper": _number(upper) if level != "" else "",
            "ci_level": level,
            "p_value": p_value,
            "p_text": p_part,
            "p_start": p_start,
            "unit": "",
            "outcome": outcome,
            "outcome_rule": "outcome.registry_posted_outcome_title"
            if outcome
            else "outcome.none_named",
            "role": role,
            "role_rule": role_rule,
            "comparison": comparison,
            "numerator_arm": cleaned[0] if stated and comparison else "",
            "denominator_arm": cleaned[1] if stated and comparison else "",
            "orientation": "stated"
            if stated and comparison
            else ("conventional" if comparison else "unknown"),
            "orientation_rule": orientation_rule if comparison else "orientation.no_arms_known",
            "trial": "",
            "sentence": (start, start + len(line)),
            "match": (start + len(head), start + len(head) + len(estimate)),
        }
    ]


def _write_identification(text, protocol: dict, ident: dict, status: dict, secondary) -> None:
    """Title, identifiers, sponsor and status lines."""
    nct = str(ident.get("nctId") or "")
    text.line(str(ident.get("briefTitle") or nct))
    if ident.get("officialTitle"):
        text.line(f"Official Title: {ident['officialTitle']}")
    text.line(f"ClinicalTrials.gov Identifier: {nct}")
    if ident.get("acronym"):
        text.line(f"Acronym: {ident['acronym']}")
    if secondary:
        text.line("Other Study ID Numbers: " + ", ".join(secondary))
    if _get(protocol, "sponsorCollaboratorsModule", "leadSponsor", "name"):
        text.line(f"Sponsor: {protocol['sponsorCollaboratorsModule']['leadSponsor']['name']}")
    submitted = str(status.get("studyFirstSubmitDate") or "")
    if submitted:
        text.line(f"Study First Submitted: {submitted}")
    if status.get("overallStatus"):
        text.line(f"Recruitment Status: {_words(status['overallStatus'])}")


def _write_design(text, protocol: dict, design: dict, info: dict, phases: list[str]) -> None:
    """Study type, phase, allocation, model, masking, enrolment and conditions lines."""
    text.line(f"Study Type: {_words(design.get('studyType'))}")
    if phases:
        text.line("Phase: " + "/".join(f"Phase {p}" for p in phases))
    for key, label in (("allocation", "Allocation"), ("interventionModel", "Intervention Model")):
        if info.get(key):
            text.line(f"{label}: {_words(info[key])}")
    if _get(info, "maskingInfo", "masking"):
        text.line(f"Masking: {_words(info['maskingInfo']['masking'])}")
    enrolment = _get(design, "enrollmentInfo", "count")
    if enrolment is not None:
        kind = _words(_get(design, "enrollmentInfo", "type", default="")) or "Actual"
        text.line(f"Enrollment ({kind}): {enrolment}")
    conditions = _get(protocol, "conditionsModule", "conditions", default=[]) or []
    if conditions:
        text.line("Conditions: " + "; ".join(map(str, conditions)))


def _write_description(text, protocol: dict, arms: list) -> None:
    """Brief summary, arms with their interventions, and the outcome measures."""
    summary = _get(protocol, "descriptionModule", "briefSummary", default="")
    if summary:
        text.line()
        text.line("Brief Summary: " + " ".join(str(summary).split()))
    if arms:
        text.line()
        text.line("Arms and Interventions:")
        for arm in arms:
            if not isinstance(arm, dict):
                continue
            text.line(
                f"{_words(arm.get('type')).replace('comparator', 'Comparator')}: {arm.get('label', '')}"
            )
            for name in arm.get("interventionNames", []) or []:
                text.line(f"  {name}")
    outcomes = _get(protocol, "outcomesModule", default={}) or {}
    for key, label in (("primaryOutcomes", "Primary"), ("secondaryOutcomes", "Secondary")):
        listed = [o for o in outcomes.get(key, []) or [] if isinstance(o, dict)]
        if listed:
            text.line()
            text.line(f"{label} Outcome Measures:")
            for o in listed:
                frame = f" [Time Frame: {o['timeFrame']}]" if o.get("timeFrame") else ""
                text.line(f"- {o.get('measure', '')}{frame}")


def _write_result_references(text, protocol: dict) -> None:
    references = _get(protocol, "referencesModule", "references", default=[]) or []
    result_pmids = [
        str(r.get("pmid"))
        for r in references
        if isinstance(r, dict) and r.get("pmid") and r.get("type") == "RESULT"
    ]
    if result_pmids:
        text.line()
        text.line("Results published in (PubMed ids): " + ", ".join(result_pmids))


def study_text(study: dict) -> tuple[str, list[dict], dict]:
    """(text, posted estimate rows, metadata fields) of one study."""
    protocol = study["protocolSection"]
    ident = _get(protocol, "identificationModule", default={}) or {}
    design = _get(protocol, "designModule", default={}) or {}
    info = design.get("designInfo", {}) or {}
    status = _get(protocol, "statusModule", default={}) or {}
    arms = _get(protocol, "armsInterventionsModule", "armGroups", default=[]) or []
    nct = str(ident.get("nctId") or "")
    secondary = [
        str(s.get("id")) for s in ident.get("secondaryIdInfos", []) or [] if isinstance(s, dict)
    ]
    submitted = str(status.get("studyFirstSubmitDate") or "")
    phases = [_PHASES.get(p, "") for p in design.get("phases", []) or []]
    phases = [p for p in phases if p]
    enrolment = _get(design, "enrollmentInfo", "count")
    text = _Text()
    _write_identification(text, protocol, ident, status, secondary)
    _write_design(text, protocol, design, info, phases)
    _write_description(text, protocol, arms)
    posted = []
    results = study.get("resultsSection")
    if isinstance(results, dict):
        text.line()
        text.line("Posted Results")
        posted = posted_analyses(protocol, results, text)
    _write_result_references(text, protocol)
    registry = [nct] + [s for s in secondary if readers.registry_ids_in(s) == [s]]
    fields = {
        "source_type": "registry_record",
        "title": str(ident.get("briefTitle") or ""),
        "year": readers.year_of(submitted),
        "registry_ids": ";".join(sorted(set(r for r in registry if r))),
        "design": "registry",
        "randomized": _ALLOCATION.get(info.get("allocation", ""), ""),
        "phase": "/".join(dict.fromkeys(phases)),
        "n_enrolled": str(enrolment) if enrolment is not None else "",
        "arms": ";".join(
            dict.fromkeys(
                parsing.clean_arm(str(a.get("label", "")))
                for a in arms
                if isinstance(a, dict) and a.get("label")
            )
        ),
    }
    return text.value(), posted, fields


def read(file_doc_id: str, file: str, data: bytes) -> list[Record]:
    def malformed(detail, number=0, doc_id=file_doc_id):
        return Record(doc_id, number, readers.CTGOV_JSON, None, status="malformed", detail=detail)

    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        return [malformed(f"{file}: JSON that is not UTF-8 (byte offset {error.start})")]
    except json.JSONDecodeError as error:
        return [
            malformed(f"{file} line {error.lineno}, column {error.colno}: not JSON ({error.msg})")
        ]
    if is_study(document):
        studies = [document]
    elif isinstance(document, dict) and isinstance(document.get("studies"), list):
        studies = document["studies"]
    elif isinstance(document, list):
        studies = document
    else:
        return [
            malformed(
                f"{file}: JSON, but not a ClinicalTrials.gov study (no protocolSection) "
                "nor a list of studies"
            )
        ]
    out = []
    for number, study in enumerate(studies, start=1):
        nct = str(_get(study, "protocolSection", "identificationModule", "nctId", default="") or "")
        if not is_study(study) or not re.fullmatch(r"NCT\d{8}", nct):
            what = "no protocolSection" if not is_study(study) else "no valid nctId"
            out.append(
                malformed(
                    f"{file} record {number}: not a study ({what})",
                    number,
                    f"{file_doc_id}#{number}",
                )
            )
            continue
        text, posted, fields = study_text(study)
        out.append(
            Record(
                doc_id=nct,
                number=number,
                source_format=readers.CTGOV_JSON,
                text=text,
                fields=fields,
                record_id=nct,
                posted=posted,
            )
        )
    return out
