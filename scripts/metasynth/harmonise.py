"""Put candidate estimates on the analysis scale and decide which are pooled.

For every analysis, every estimate of its measure in ``02_estimates.csv`` becomes
one row of ``04_harmonised.csv``: ratio measures go to the log scale (``yi``), oriented
intervention vs comparator, with a standard error from the stated confidence
interval (or, failing that, from an exact p-value), a list of checks that fired,
and either ``included=true`` or the reason it was left out.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from statistics import NormalDist

from .config import drug_terms, mentions_drug
from .harmonise_conversions import conversion_codes
from .linking import REPORT_RANK_RULE, report_rank_key, study_of_estimate
from .measures import LOG_MEASURES, RATIO_MEASURES, join_arms, split_arms, to_float
from .records import Candidate, DocumentStatus, Exclusion, exclusion

# The standard library's normal quantile (Wichura's AS241, ~1e-16 relative error) is as
# exact as scipy's here and keeps this rule's start-up free of importing scipy.
STANDARD_NORMAL = NormalDist()

# Checks that make an estimate unusable; the others are recorded as flags.
BLOCKING_CHECKS = (
    "ci_excludes_estimate",
    "nonpositive_ratio",
    "ci_bounds_reversed",
    "ci_level_out_of_range",
    "no_value",
)
# Values stated on the log scale ("log hazard ratio 0.25"): candidates of the ratio's analysis.
# A confidence interval below this level (a "10% CI") is a misreading or meaningless.
MIN_CI_LEVEL = 50.0

# Within a study and outcome: an estimate the reviewer included, then one the reviewer
# entered (from a full text), then the automatic report preference.
INCLUDED_BY_REVIEWER, REVIEWER_ENTERED, AUTOMATIC = 0, 1, 2
REVIEWER_RANK_WHY = {
    INCLUDED_BY_REVIEWER: "the reviewer included it",
    REVIEWER_ENTERED: "a reviewer-entered estimate of the same outcome",
}

ASYMMETRY_TOLERANCE = 0.10  # metafor conv.wald(): |mid - yi| / (ub - lb) > 10% of the CI width


def z_for_level(level_percent: float) -> float:
    """Two-sided critical value of the standard normal for a CI level in percent."""
    if not 0 < level_percent < 100:
        raise ValueError(f"confidence level must be between 0 and 100 percent, got {level_percent}")
    return -STANDARD_NORMAL.inv_cdf((1 - level_percent / 100) / 2)


def se_from_ci(lower: float, upper: float, level_percent: float = 95.0) -> float:
    """SE of a log ratio from its CI: (ln U - ln L) / (2 z_level)."""
    return (math.log(upper) - math.log(lower)) / (2 * z_for_level(level_percent))


def se_from_p(yi: float, p_value: float) -> float:
    """SE of a log ratio from an exact two-sided p-value of its Wald test: |yi| / z_(p/2)."""
    if not 0 < p_value < 1:
        raise ValueError(f"p-value must be strictly between 0 and 1, got {p_value}")
    return abs(yi) / -STANDARD_NORMAL.inv_cdf(p_value / 2)


def ci_asymmetry(yi: float, log_lower: float, log_upper: float) -> float:
    """Distance of yi from the CI midpoint as a fraction of the CI width (log scale)."""
    return abs((log_upper + log_lower) / 2 - yi) / (log_upper - log_lower)


# A p-value that is not the two-sided p of the ratio against 1: one-sided, or of a test
# against a non-inferiority or equivalence margin ("one-sided P=0.01", "P=0.002 for
# noninferiority"). It never gives an SE, and a CI is never checked against it.
_NOT_TWO_SIDED_P_RE = re.compile(
    r"(?:one|1|single)[-\s]?(?:sided|tailed)|non[-\s]?inferiority|equivalence", re.IGNORECASE
)


def two_sided_p(p_text: str) -> bool:
    """Is a printed p-value the two-sided test of the ratio against 1 (as far as its text
    says)?"""
    return not _NOT_TWO_SIDED_P_RE.search(p_text or "")


def p_relation(p_text: str) -> str:
    text = (p_text or "").replace(" ", "")
    if "<" in text or "≤" in text:
        return "<"
    if ">" in text or "≥" in text:
        return ">"
    return "="


def p_consistent(p_calc: float, p_reported: float, relation: str) -> bool:
    """Is a p-value recomputed from the CI compatible with the one printed?

    Printed p-values and CI bounds are rounded, so a factor of two either way is
    tolerated (or an absolute 0.005 for p near 1); an inequality is checked on
    its own side with the same factor.
    """
    if relation == "<":
        return p_calc <= 2 * p_reported
    if relation == ">":
        return p_calc >= p_reported / 2
    if abs(p_calc - p_reported) <= 0.005:
        return True
    return p_reported / 2 <= p_calc <= 2 * p_reported


def _terms(analysis: dict, key: str) -> list[str]:
    """The analysis' names for the intervention or comparators (a configured analysis has
    them as ``intervention_terms``/``comparator_terms``; a bare dict gives the words)."""
    terms = analysis.get(f"{key}_terms")
    if terms is not None:
        return terms
    value = analysis.get("intervention" if key == "intervention" else "comparators") or []
    return drug_terms(value)


def arm_roles(comparison: str, analysis: dict) -> tuple[str | None, str]:
    """Which side of ``A vs B`` is the intervention, or why it cannot be used.

    Returns (None, reason) when the comparison is not intervention vs an eligible
    comparator, else (comparator_arm, ""). Names match as whole words, so a drug class
    (nivolumab, pembrolizumab, atezolizumab) is one analysis and "mab" matches nothing.
    """
    terms = _terms(analysis, "intervention")
    arms = split_arms(comparison)
    if len(arms) != 2:
        return None, f"comparison not stated as two arms ({comparison or 'none'})"
    with_drug = [mentions_drug(terms, arm) for arm in arms]
    if all(with_drug):
        return None, f"both arms receive {analysis['intervention']} ({comparison})"
    if not any(with_drug):
        return None, f"{analysis['intervention']} is not one of the arms compared ({comparison})"
    comparator = arms[with_drug.index(False)]
    eligible = _terms(analysis, "comparator")
    if eligible and not mentions_drug(eligible, comparator):
        return None, f"comparator {comparator!r} is not among {', '.join(analysis['comparators'])}"
    return comparator, ""


def orient(estimate: dict, analysis: dict) -> tuple[int, str, list[str]]:
    """Sign that makes the log ratio intervention vs comparator, how it was decided, flags."""
    terms = _terms(analysis, "intervention")
    numerator = (estimate.get("numerator_arm") or "").lower()
    denominator = (estimate.get("denominator_arm") or "").lower()
    if numerator or denominator:
        in_numerator, in_denominator = (
            mentions_drug(terms, numerator),
            mentions_drug(terms, denominator),
        )
        if in_numerator and not in_denominator:
            return 1, "stated: intervention is the numerator", []
        if in_denominator and not in_numerator:
            return -1, "stated: intervention is the denominator; inverted", []
    kind = estimate.get("orientation") or ""
    if kind == "conventional" or (kind in ("", "not_stated") and estimate.get("comparison")):
        return 1, "conventional: trial reports give the experimental arm as the numerator", []
    return (
        1,
        "unknown: the text names no arms; the intervention is taken as the numerator",
        ["orientation_unknown"],
    )


def harmonise_estimate(estimate: dict, analysis: dict) -> dict:
    """Log-scale value, SE and checks for one estimate (no eligibility decisions).

    A ratio goes to the log scale; a value stated on the log scale already ("log hazard
    ratio 0.25", measure ``logHR``) is used as it is, never read as a ratio.
    """
    out = {"yi": math.nan, "sei": math.nan, "se_source": "", "orientation": "", "checks": []}
    measure = estimate.get("measure")
    if measure not in RATIO_MEASURES and measure not in LOG_MEASURES:
        return out
    to_log = (lambda v: v) if measure in LOG_MEASURES else math.log
    value = to_float(estimate.get("value"))
    lower, upper = to_float(estimate.get("ci_lower")), to_float(estimate.get("ci_upper"))
    checks = out["checks"]
    if measure in RATIO_MEASURES and _nonpositive(value, lower, upper):
        checks.append("nonpositive_ratio")
        return out
    if math.isnan(value):
        checks.append("no_value")
        return out
    sign, orientation, flags = orient(estimate, analysis)
    out["orientation"] = orientation
    checks.extend(flags)
    yi = to_log(value)
    p_value = to_float(estimate.get("p_value"))
    relation = p_relation(estimate.get("p_text", ""))
    if not math.isnan(p_value) and not two_sided_p(estimate.get("p_text", "")):
        checks.append("p_value_not_two_sided")
        p_value = math.nan  # (never an SE, never a check of the CI)
    if not (math.isnan(lower) or math.isnan(upper)):
        sei = _se_from_stated_ci(estimate, value, lower, upper, to_log, out)
        if not math.isnan(p_value) and sei > 0:
            p_calc = 2 * STANDARD_NORMAL.cdf(-abs(yi) / sei)
            if not p_consistent(p_calc, p_value, relation):
                checks.append("p_inconsistent_with_ci")
    elif not math.isnan(p_value) and relation == "=" and 0 < p_value < 1 and yi != 0:
        sei = se_from_p(yi, p_value)
        out["se_source"] = "p_value"
    else:
        sei = math.nan
        if not math.isnan(p_value):
            checks.append("p_value_bound_only")
    if any(c in BLOCKING_CHECKS for c in checks) and math.isnan(sei):
        return out
    out["yi"] = sign * yi
    out["sei"] = sei
    return out


def _nonpositive(value: float, lower: float, upper: float) -> bool:
    return (
        not value > 0
        or (not math.isnan(lower) and lower <= 0)
        or (not math.isnan(upper) and upper <= 0)
    )


def _se_from_stated_ci(estimate, value, lower, upper, to_log, out) -> float:
    """SE from the CI at its stated level, adding the checks that fire to ``out``."""
    checks = out["checks"]
    if lower > upper:
        checks.append("ci_bounds_reversed")
        return math.nan
    if not lower <= value <= upper:
        checks.append("ci_excludes_estimate")
    level_text = str(estimate.get("ci_level") or "").strip()
    if level_text:
        level = float(level_text)
    else:
        level = 95.0
        checks.append("ci_level_assumed_95")
    if not MIN_CI_LEVEL <= level < 100:
        checks.append("ci_level_out_of_range")
        return math.nan
    log_l, log_u = to_log(lower), to_log(upper)
    if not upper > lower:
        checks.append("ci_zero_width")
        return math.nan
    if ci_asymmetry(to_log(value), log_l, log_u) > ASYMMETRY_TOLERANCE:
        checks.append("ci_asymmetric_log_scale")
    out["se_source"] = f"ci ({level:g}%)"
    return (log_u - log_l) / (2 * z_for_level(level))


def _analysis_measure(measure: str | None) -> str | None:
    """The analysis measure an estimate's measure is a candidate for (logHR -> HR)."""
    return LOG_MEASURES.get(measure, measure)


def _eligibility(estimate: dict, doc: dict, analysis: dict, harm: dict) -> str:
    """Reason an estimate is not a candidate for pooling, or '' if it is."""
    if doc.get("status") == DocumentStatus.DUPLICATE:
        return exclusion(Exclusion.DUPLICATE_DOCUMENT, doc.get("status_detail", ""))
    if _analysis_measure(estimate.get("measure")) != analysis["measure"]:
        measure = estimate.get("measure") or "unknown"
        return exclusion(Exclusion.MEASURE_NOT_ELIGIBLE, f"{measure} is not {analysis['measure']}")
    if estimate.get("outcome") not in analysis["outcomes"]:
        return exclusion(
            Exclusion.OUTCOME_NOT_ELIGIBLE,
            f"{estimate.get('outcome') or 'unknown'} is not one of {', '.join(analysis['outcomes'])}",
        )
    if estimate.get("role") not in analysis["roles"]:
        return exclusion(
            Exclusion.ROLE_NOT_ELIGIBLE,
            f"{estimate.get('role') or 'unknown'} is not one of {', '.join(analysis['roles'])}",
        )
    _, why = arm_roles(_comparison_of(estimate, doc), analysis)
    if why:
        return exclusion(Exclusion.COMPARISON_NOT_ELIGIBLE, why)
    blocking = [c for c in harm["checks"] if c in BLOCKING_CHECKS]
    if blocking:
        return exclusion(Exclusion.FAILED_CHECK, ", ".join(blocking))
    if (
        "orientation_unknown" in harm["checks"]
        and analysis.get("unknown_orientation", "exclude") != "include"
    ):
        return exclusion(
            Exclusion.ORIENTATION_UNKNOWN,
            "the text does not say which arm is the numerator "
            "(set unknown_orientation: include to pool it as intervention vs comparator)",
        )
    if math.isnan(harm["sei"]) or not harm["sei"] > 0:
        return exclusion(Exclusion.NO_STANDARD_ERROR, "neither a CI nor an exact p-value is stated")
    return ""


CHARACTERISTIC_PREFIX = "characteristics."


def _subgroup_value(key: str, estimate: dict, doc: dict, characteristics: dict) -> str:
    """The subgroup of a row: a study characteristic (``characteristics.NAME``, set by a
    reviewer), else the estimate's or its document's column of that name."""
    if key.startswith(CHARACTERISTIC_PREFIX):
        value = characteristics.get(key[len(CHARACTERISTIC_PREFIX) :])
    else:
        value = estimate.get(key) or doc.get(key)
    return value or "not stated"


def _assigned_study(est: dict, doc_to_study: dict) -> tuple[str, str]:
    """The study an estimate belongs to, or "" and why it belongs to none.

    A reviewer-entered estimate names its study; any other is assigned among its
    document's studies (see :func:`study_of_estimate`).
    """
    options = doc_to_study.get(est["doc_id"], [])
    if isinstance(options, str):
        options = [(options, frozenset())]
    if est.get("study_id"):
        return est["study_id"], ""
    return study_of_estimate(est, options)


def _candidate_row(
    est: dict,
    doc: dict,
    analysis: dict,
    harm: dict,
    study_id: str,
    reason: str,
    characteristics: dict,
) -> dict:
    """One row of 04_harmonised.csv (a :class:`Candidate`), before one estimate per study
    is chosen; ``label``, ``subgroup``, ``conversions`` and the preference ``_rank`` are
    set by the caller, ``_reviewer_rank`` says whether a reviewer entered it."""
    candidate = Candidate(
        analysis=analysis["name"],
        estimate_id=est["estimate_id"],
        study_id=study_id,
        doc_id=est["doc_id"],
        outcome=est.get("outcome", ""),
        measure=est.get("measure", ""),
        role=est.get("role", ""),
        comparison=_comparison_of(est, doc),
        value=to_float(est.get("value")),
        ci_lower=to_float(est.get("ci_lower")),
        ci_upper=to_float(est.get("ci_upper")),
        ci_level=to_float(est.get("ci_level")),
        p_value=to_float(est.get("p_value")),
        yi=harm["yi"],
        sei=harm["sei"],
        se_source=harm["se_source"],
        orientation=harm["orientation"],
        checks=";".join(harm["checks"]),
        included=not reason,
        exclusion_reason=reason,
        source=est.get("source", ""),
        decision=est.get("decision", ""),
        characteristics=";".join(f"{k}={v}" for k, v in sorted(characteristics.items())),
    )
    row = candidate.row()
    row["_reviewer_rank"] = REVIEWER_ENTERED if est.get("source") else AUTOMATIC
    return row


def _analysis_row(
    est: dict, doc: dict, analysis: dict, study_id: str, unassigned: str, characteristics: dict
) -> dict:
    """One estimate harmonised for an analysis, with the reason it is not eligible: its
    own, else why it has no study (``unassigned``), else that its document is not linked."""
    harm = harmonise_estimate(est, analysis)
    reason = _eligibility(est, doc, analysis, harm)
    if not study_id and not reason:
        reason = unassigned or exclusion(
            Exclusion.NOT_LINKED, "the document is not linked to a study"
        )
    return _candidate_row(est, doc, analysis, harm, study_id, reason, characteristics)


def harmonise_analysis(
    estimates: list[dict],
    documents: dict[str, dict],
    doc_to_study: dict[str, str | list[tuple[str, frozenset]]],
    study_labels: dict[str, str],
    analysis: dict,
    review=None,
    study_characteristics: dict[str, dict] | None = None,
    primary_docs: dict[str, str] | None = None,
    unnamed_studies: frozenset = frozenset(),
) -> list[dict]:
    """Rows of 04_harmonised.csv for one analysis, one per candidate estimate.

    The candidates are the estimates of the analysis' measure (an HR analysis
    considers every HR); medians, proportions and other measures are listed in
    02_estimates.csv and counted in flow.csv, not repeated here.

    An estimate that names its ``study_id`` (a reviewer-entered one) keeps it.
    ``review(rows)``, when given, applies the reviewer's include/exclude decisions
    before one estimate per study is kept; ``study_characteristics`` (study_id ->
    {name: value}, from 03_studies.csv) can supply the subgroup variable.
    ``primary_docs`` (study_id -> primary_doc_id, from 03_studies.csv): among a study's
    reports, its primary report's estimates are preferred, then the linking rule's order.
    ``unnamed_studies``: the studies with neither a registry id nor a trial name (a page
    linking could join to no trial); see :func:`_one_count_per_estimate`.
    """
    rows = []
    outcome_rank = {o: i for i, o in enumerate(analysis["outcomes"])}
    subgroup_key = analysis.get("subgroup")
    for est in estimates:
        if _analysis_measure(est.get("measure")) != analysis["measure"]:
            continue
        doc = documents.get(est["doc_id"], {})
        study_id, unassigned = _assigned_study(est, doc_to_study)
        characteristics = (study_characteristics or {}).get(study_id, {})
        row = _analysis_row(est, doc, analysis, study_id, unassigned, characteristics)
        row["label"] = study_labels.get(study_id, est["doc_id"])
        if subgroup_key:
            row["subgroup"] = _subgroup_value(subgroup_key, est, doc, characteristics)
        row["_rank"] = (
            outcome_rank.get(est.get("outcome"), len(outcome_rank)),
            (
                est["doc_id"] != (primary_docs or {}).get(study_id),
                report_rank_key(doc) if doc else (True, 0, 0, est["doc_id"]),
            ),
            _position(est),
            est["estimate_id"],
        )
        rows.append(row)
    if review is not None:
        review(rows)
    if analysis.get("multi_arm", "one_per_trial") == "each_comparison":
        _one_estimate_per_comparison(rows, analysis)
    else:
        _one_estimate_per_study(rows)
    _one_count_per_estimate(rows, unnamed_studies)
    level = float(analysis.get("level", 0.95))
    for row in rows:
        row["conversions"] = ";".join(conversion_codes(row, level))
    for row in rows:
        del row["_rank"], row["_reviewer_rank"]
    return rows


def _position(est: dict) -> int:
    """Where an estimate stands in its document (its match's first character), so that of
    two eligible statements of one report the first is kept; an estimate without a
    position (a reviewer's entry) after those with one."""
    start = str(est.get("match_start", "") or "")
    return int(start) if start.isdigit() else sys.maxsize


def _comparison_of(estimate: dict, doc: dict) -> str:
    return estimate.get("comparison") or join_arms((doc.get("arms") or "").split(";"))


def _intervention_arm(row: dict, analysis: dict) -> str:
    """The intervention side of a row's comparison ("pembrolizumab 10 mg/kg")."""
    terms = _terms(analysis, "intervention")
    return next(
        (arm for arm in split_arms(row.get("comparison", "")) if mentions_drug(terms, arm)), ""
    )


def _one_estimate_per_comparison(rows: list[dict], analysis: dict) -> None:
    """Each comparison of a multi-arm trial enters separately (two doses against one
    control, as many published meta-analyses did): one estimate per study and
    intervention arm. Rows of a study that enters more than once get the arm in their
    label and the check ``shared_control_counted_twice``: the control group's patients are
    counted once per comparison (Cochrane Handbook 23.3.4)."""
    by_arm: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        if row["included"]:
            by_arm.setdefault((row["study_id"], _intervention_arm(row, analysis)), []).append(row)
    _keep_first(by_arm)
    arms_of_study: dict[str, list[str]] = {}
    for (study_id, arm), group in sorted(by_arm.items()):
        arms_of_study.setdefault(study_id, []).append(arm)
    for row in rows:
        arms = arms_of_study.get(row["study_id"], [])
        if row["included"] and len(arms) > 1:
            arm = _intervention_arm(row, analysis)
            row["label"] = f"{row['label']} ({arm})" if arm else row["label"]
            row["checks"] = ";".join(
                [c for c in row["checks"].split(";") if c] + ["shared_control_counted_twice"]
            )


def _keep_first(groups: dict) -> None:
    """In each group keep one estimate: outcome order first; within an outcome the
    reviewer's choice (an included or entered estimate) before the automatic report
    preference; the others say which one replaced them and why."""
    for key, candidates in groups.items():
        candidates.sort(key=lambda r: (r["_rank"][0], r["_reviewer_rank"], r["_rank"][1:]))
        chosen = candidates[0]
        for row in candidates[1:]:
            row["included"] = False
            if row["outcome"] != chosen["outcome"]:
                why = f"outcome {chosen['outcome']} is listed first in the analysis"
            elif chosen["_reviewer_rank"] < row["_reviewer_rank"]:
                why = REVIEWER_RANK_WHY[chosen["_reviewer_rank"]]
            elif row["doc_id"] != chosen["doc_id"] and not chosen["_rank"][1][0]:
                why = f"report preference: {chosen['doc_id']} is the study's primary report"
            elif row["doc_id"] != chosen["doc_id"]:
                why = f"report preference: {REPORT_RANK_RULE}"
            else:
                why = "first statement in the same document"
            row["exclusion_reason"] = (
                f"{Exclusion.SUPERSEDED.value}: study {key[0]} uses {chosen['estimate_id']} ({why})"
            )


def _one_count_per_estimate(rows: list[dict], unnamed: frozenset) -> None:
    """An estimate pooled for one study and printed, the same to the last digit (measure,
    value and both bounds), by a study with neither a registry id nor a trial name (a
    news item, a round-up or a summary that quotes the trial without naming it, which
    linking could join to no study) is that trial's estimate counted twice: the unnamed
    study's row is left out (``same_estimate_as_study``), unless a reviewer included or
    entered it.
    Among unnamed studies alone, the first study id keeps it. Estimates of two named or
    registered studies are never touched: two trials may print the same figures."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        bounds = (row["value"], row["ci_lower"], row["ci_upper"])
        if row["included"] and all(isinstance(x, float) and math.isfinite(x) for x in bounds):
            groups[(row["measure"], *bounds)].append(row)
    for (measure, value, lower, upper), held in sorted(groups.items()):
        studies = sorted({row["study_id"] for row in held})
        if len(studies) < 2:
            continue
        named = [s for s in studies if s not in unnamed]
        keeper = named[0] if named else studies[0]
        for row in held:
            if (
                row["study_id"] in named
                or row["study_id"] == keeper
                or row["_reviewer_rank"] != AUTOMATIC
            ):
                continue
            row["included"] = False
            row["exclusion_reason"] = exclusion(
                Exclusion.SAME_ESTIMATE_AS_STUDY,
                f"{measure} {value:g} ({lower:g} to {upper:g}) is also study {keeper}'s; "
                f"study {row['study_id']} names no trial and states no registry id: "
                "the same trial counted once",
            )


def _one_estimate_per_study(rows: list[dict]) -> None:
    """Keep one eligible estimate per study (the default for multi-arm trials too: the
    first outcome of the analysis, then the preferred report, then the first statement);
    the others say which one replaced them."""
    by_study: dict[tuple[str], list[dict]] = {}
    for row in rows:
        if row["included"]:
            by_study.setdefault((row["study_id"],), []).append(row)
    _keep_first(by_study)
