"""Turn one analysis' harmonised rows into the tables of ``05_pooled/{analysis}/``.

The statistics come from :mod:`metasynth.pooling`; this module decides which
models are fitted, in what order studies are accumulated, and how each result
becomes a table row (ratio scale for readers, log scale for the analysis).
"""

from __future__ import annotations

import math

import numpy as np

from . import pooling
from .measures import RATIO_MEASURES
from .records import FitStatus, ModelFit, StudyWeight

NO_ELIGIBLE_NOTE = "no estimate met the analysis criteria"


def model_specs(analysis: dict) -> list[tuple[str, str, str]]:
    """(model, method, test) rows of pooled.csv: the configured model first, then
    DerSimonian-Laird beside it, the z-test variants, and the fixed-effect model."""
    method, test = analysis["method"], analysis["test"]
    specs = [
        ("random", method, test),
        ("random", "DL", test),
        ("random", method, "z"),
        ("random", "DL", "z"),
        ("fixed", "FE", "z"),
    ]
    seen, ordered = set(), []
    for spec in specs:
        if spec not in seen:
            seen.add(spec)
            ordered.append(spec)
    return ordered


def exp_or_inf(value: float) -> float:
    """``exp(value)``, or infinity where it exceeds the largest float (a bound at a
    level such as 0.999 with few studies can be e^700 and more)."""
    return math.exp(value) if value < 709.0 else math.inf


def _back(analysis: dict, value: float) -> float:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return math.nan
    return exp_or_inf(value) if analysis["measure"] in RATIO_MEASURES else value


def model_fit(
    analysis: dict,
    model: str,
    method: str,
    test: str,
    fit: dict | None,
    k: int,
    status: FitStatus = FitStatus.OK,
    note: str = "",
) -> ModelFit:
    """The record of one fit from pooling (or of its absence, with a status)."""
    spec = {"model": model, "method": method, "test": test, "level": analysis["level"], "k": k}
    if fit is None:
        return ModelFit(**spec, status=status, note=note)
    return ModelFit(
        **spec,
        estimate=_back(analysis, fit["mu"]),
        ci_lower=_back(analysis, fit["ci_lower"]),
        ci_upper=_back(analysis, fit["ci_upper"]),
        pi_lower=_back(analysis, fit["pi_lower"]),
        pi_upper=_back(analysis, fit["pi_upper"]),
        yi_pooled=fit["mu"],
        se=fit["se"],
        z_or_t=fit["z_or_t"],
        p_value=fit["p_value"],
        tau2=fit["tau2"],
        tau2_ci_lower=fit.get("tau2_ci_lower", math.nan),
        tau2_ci_upper=fit.get("tau2_ci_upper", math.nan),
        I2=fit["I2"],
        H2=fit["H2"],
        Q=fit["Q"],
        Q_df=fit["Q_df"],
        Q_p=fit["Q_p"],
        status=status,
        note="; ".join(x for x in (note, fit.get("note", "")) if x),
    )


def stats_row(
    analysis: dict,
    model: str,
    method: str,
    test: str,
    fit: dict | None,
    k: int,
    status: FitStatus = FitStatus.OK,
    note: str = "",
) -> dict:
    """One row with MODEL_STAT_COLUMNS (the fields of ModelFit)."""
    return model_fit(analysis, model, method, test, fit, k, status, note).row()


def safe_fit(analysis, model, method, test, yi, sei, tau2_ci=True):
    """Fit one model; a failure becomes a row status, never a silent NaN."""
    k = len(yi)
    if k == 0:
        return None, stats_row(
            analysis,
            model,
            method,
            test,
            None,
            0,
            FitStatus.NO_ELIGIBLE_STUDIES,
            "no estimate met the analysis criteria; see 04_harmonised.csv for the reasons",
        )
    try:
        fit = pooling.fit(
            yi, sei, method=method, test=test, level=analysis["level"], tau2_ci=tau2_ci
        )
    except pooling.ConvergenceError as error:
        return None, stats_row(
            analysis, model, method, test, None, k, FitStatus.NOT_CONVERGED, str(error)
        )
    return fit, stats_row(analysis, model, method, test, fit, k)


def fit_row(analysis: dict, model: str, method: str, test: str, res: dict, k: int) -> dict:
    """A stats row from one fit of pooling's sensitivity analyses, or its failure."""
    if "error" in res:
        return stats_row(
            analysis, model, method, test, None, k, FitStatus.NOT_CONVERGED, res["error"]
        )
    return stats_row(analysis, model, method, test, res, k)


def display_interval(
    analysis: dict, row: dict, yi: float, sei: float, z: float | None = None
) -> tuple[float, float]:
    """A study's CI for plots and weights.csv, on the reader's scale.

    When the SE came from a CI stated at the analysis level, the bounds are the
    printed ones (inverted if the ratio was re-oriented), so readers see the
    numbers of the paper; otherwise yi +/- z*sei at the analysis level.
    """
    stated_level = row.get("ci_level", "")
    lower, upper = str(row.get("ci_lower", "")), str(row.get("ci_upper", ""))
    if (
        analysis["measure"] in RATIO_MEASURES
        and str(row.get("se_source", "")).startswith("ci")
        and stated_level
        and abs(float(stated_level) - 100 * analysis["level"]) < 1e-9
        and lower
        and upper
    ):
        lo, hi = float(lower), float(upper)
        value = float(row["value"])
        # yi went through a CSV at 15 significant digits: compare with a tolerance
        if math.isclose(yi, math.log(value), rel_tol=1e-12, abs_tol=1e-12):
            return lo, hi
        if math.isclose(yi, -math.log(value), rel_tol=1e-12, abs_tol=1e-12):
            return 1 / hi, 1 / lo
    if z is None:
        z = float(pooling.norm_isf((1 - analysis["level"]) / 2))
    return _back(analysis, yi - z * sei), _back(analysis, yi + z * sei)


def included_rows(harmonised: list[dict], study_years: dict[str, int]) -> list[dict]:
    """Included rows in forest-plot order: subgroup, year, label, study_id."""
    rows = [r for r in harmonised if str(r["included"]).lower() == "true"]
    return sorted(
        rows,
        key=lambda r: (
            r.get("subgroup", ""),
            study_years.get(r["study_id"], 0),
            r["label"],
            r["study_id"],
        ),
    )


def cumulative_order(
    order: str, rows: list[dict], sei: np.ndarray, study_years: dict[str, int]
) -> list[int]:
    """Indices of ``rows`` in the order studies enter the cumulative meta-analysis
    (config ``cumulative_order``): ``year`` (publication year of the study's primary
    report, oldest first), ``precision`` (smallest standard error first) or ``label``;
    ties by label, then study_id."""

    def tie(i):
        return (rows[i]["label"], rows[i]["study_id"])

    if order == "year":
        return sorted(
            range(len(rows)), key=lambda i: (study_years.get(rows[i]["study_id"], 0), *tie(i))
        )
    if order == "precision":
        return sorted(range(len(rows)), key=lambda i: (float(sei[i]), *tie(i)))
    if order == "label":
        return sorted(range(len(rows)), key=tie)
    raise ValueError(f"config key cumulative_order: {order!r} is not one of year, precision, label")


def synthesise(
    analysis: dict,
    harmonised: list[dict],
    study_years: dict[str, int],
    small_study_min_k: int = 10,
    influence_max_k: int | None = None,
) -> dict[str, list[dict]]:
    """All tables of one analysis: pooled, weights, leave_one_out, cumulative,
    subgroups, small_study_tests (lists of row dicts, analysis column included).

    Leave-one-out and cumulative analyses refit the model k times (quadratic in
    k); above ``influence_max_k`` studies they are skipped with a row saying so.
    """
    name = analysis["name"]
    rows = included_rows(harmonised, study_years)
    yi = np.array([float(r["yi"]) for r in rows])
    sei = np.array([float(r["sei"]) for r in rows])
    method, test = analysis["method"], analysis["test"]

    pooled, fits = [], {}
    for model, m, t in model_specs(analysis):
        fit, row = safe_fit(analysis, model, m, t, yi, sei)
        fits[(model, m, t)] = fit
        pooled.append({"analysis": name, **row})
    weights = weight_rows(
        analysis, rows, yi, sei, fits[("random", method, test)], fits[("fixed", "FE", "z")]
    )
    loo, cumulative = influence_rows(analysis, rows, yi, sei, study_years, influence_max_k)
    subgroups = subgroup_rows(analysis, rows, yi, sei)
    small = small_study_rows(analysis, yi, sei, small_study_min_k)
    return {
        "pooled": pooled,
        "weights": weights,
        "leave_one_out": loo,
        "cumulative": cumulative,
        "subgroups": subgroups,
        "small_study_tests": small,
    }


def weight_rows(analysis: dict, rows: list[dict], yi, sei, primary, fixed) -> list[dict]:
    """weights.csv: each pooled study's estimate and CI at the analysis level, and its
    weight in the primary random-effects and the fixed-effect fit (nan without a fit)."""
    name = analysis["name"]
    weights = []
    z = float(pooling.norm_isf((1 - analysis["level"]) / 2))
    for i, r in enumerate(rows):
        lower, upper = display_interval(analysis, r, yi[i], sei[i], z)
        weight = StudyWeight(
            analysis=name,
            study_id=r["study_id"],
            label=r["label"],
            estimate_id=r["estimate_id"],
            doc_id=r["doc_id"],
            outcome=r["outcome"],
            subgroup=r.get("subgroup", ""),
            yi=yi[i],
            sei=sei[i],
            estimate=_back(analysis, yi[i]),
            ci_lower=lower,
            ci_upper=upper,
            weight_random=primary["weights"][i] if primary else math.nan,
            weight_fixed=fixed["weights"][i] if fixed else math.nan,
            conversions=r.get("conversions", ""),
            characteristics=r.get("characteristics", ""),
        )
        weights.append(weight.row())
    return weights


def influence_rows(
    analysis: dict,
    rows: list[dict],
    yi,
    sei,
    study_years: dict[str, int],
    influence_max_k: int | None,
) -> tuple[list[dict], list[dict]]:
    """leave_one_out.csv and cumulative.csv, each one status row when not computed
    (no study, more than ``influence_max_k``; leave-one-out also for k = 1)."""
    name = analysis["name"]
    method, test = analysis["method"], analysis["test"]
    k = len(rows)
    if influence_max_k is not None and k > influence_max_k:
        skipped = (
            FitStatus.NOT_COMPUTED,
            f"k = {k} > {influence_max_k} (config influence_max_k): "
            f"refitting the model k times is not done at this size",
        )
    elif k == 0:
        skipped = (FitStatus.NO_ELIGIBLE_STUDIES, NO_ELIGIBLE_NOTE)
    else:
        skipped = None

    def status_only(status: str, note: str) -> list[dict]:
        return [
            {"analysis": name, **stats_row(analysis, "random", method, test, None, k, status, note)}
        ]

    if skipped:
        return status_only(*skipped), status_only(*skipped)
    if k == 1:
        note = "k = 1: leave-one-out needs at least 2 studies"
        loo = status_only(FitStatus.NOT_COMPUTED, note)
    else:
        loo = leave_one_out_rows(analysis, rows, yi, sei)
    order = cumulative_order(analysis.get("cumulative_order", "year"), rows, sei, study_years)
    return loo, cumulative_rows(analysis, rows, yi, sei, order)


def leave_one_out_rows(analysis: dict, rows: list[dict], yi, sei) -> list[dict]:
    """leave_one_out.csv: the configured random-effects model, then the fixed-effect
    model, each refitted without one study (pooling.leave_one_out; k >= 2)."""
    method, test, k = analysis["method"], analysis["test"], len(rows)
    out = []
    for model, m, t in (("random", method, test), ("fixed", "FE", "z")):
        # as metafor's leave1out(): tau^2 and heterogeneity, no tau^2 CI
        fits = pooling.leave_one_out(
            yi, sei, errors="keep", method=m, test=t, level=analysis["level"], tau2_ci=False
        )
        for res in fits:
            omitted = rows[res["omitted"]]
            out.append(
                {
                    "analysis": analysis["name"],
                    "omitted_study_id": omitted["study_id"],
                    "omitted_label": omitted["label"],
                    **fit_row(analysis, model, m, t, res, k - 1),
                }
            )
    return out


def cumulative_rows(analysis: dict, rows: list[dict], yi, sei, order: list[int]) -> list[dict]:
    """cumulative.csv: the configured model on the first 1..k studies in ``order``
    (pooling.cumulative)."""
    method, test = analysis["method"], analysis["test"]
    fits = pooling.cumulative(
        yi,
        sei,
        order=order,
        errors="keep",
        method=method,
        test=test,
        level=analysis["level"],
        tau2_ci=False,
    )
    out = []
    for res in fits:
        added = rows[res["added"]]
        out.append(
            {
                "analysis": analysis["name"],
                "step": res["step"],
                "added_study_id": added["study_id"],
                "added_label": added["label"],
                **fit_row(analysis, "random", method, test, res, res["step"]),
            }
        )
    return out


def subgroup_rows(analysis, rows, yi, sei) -> list[dict]:
    name, method, test = analysis["name"], analysis["method"], analysis["test"]
    if not analysis.get("subgroup"):
        return [
            {
                "analysis": name,
                "subgroup": "",
                "status": FitStatus.NOT_REQUESTED,
                "note": "no subgroup variable is configured for this analysis",
            }
        ]
    if len(rows) == 0:
        return [
            {
                "analysis": name,
                "subgroup": "",
                "k": 0,
                "status": FitStatus.NO_ELIGIBLE_STUDIES,
                "note": NO_ELIGIBLE_NOTE,
            }
        ]
    groups = [r.get("subgroup", "") for r in rows]
    result = pooling.subgroup_analysis(
        yi, sei, groups, method=method, test=test, level=analysis["level"]
    )
    out = []
    for group in sorted(set(groups)):
        fit = result["groups"][group]
        k = int(sum(g == group for g in groups))
        row = stats_row(analysis, "random", method, test, fit, k)
        out.append(
            {
                "analysis": name,
                "subgroup": group,
                **row,
                "Q_between": result["Q_between"],
                "Q_between_df": result["Q_between_df"],
                "Q_between_p": result["Q_between_p"],
            }
        )
    return out


def small_study_rows(analysis, yi, sei, min_k) -> list[dict]:
    name = analysis["name"]
    if len(yi) == 0:
        return [
            {
                "analysis": name,
                "test": t,
                "k": 0,
                "reported": False,
                "status": FitStatus.NO_ELIGIBLE_STUDIES,
                "note": NO_ELIGIBLE_NOTE,
            }
            for t in ("egger", "rank_correlation", "trim_and_fill")
        ]
    results = pooling.small_study_tests(
        yi,
        sei,
        min_k=min_k,
        method=analysis["method"],
        test=analysis["test"],
        level=analysis["level"],
    )
    out = []
    for res in results:
        row = {"analysis": name}
        for key in (
            "test",
            "k",
            "statistic",
            "statistic_name",
            "df",
            "p_value",
            "k0",
            "side",
            "reported",
            "status",
            "note",
        ):
            if key in res:
                row[key] = res[key]
        for key in ("adjusted_estimate", "adjusted_ci_lower", "adjusted_ci_upper"):
            if key in res and res[key] is not None:
                row[key] = _back(analysis, res[key])
        out.append(row)
    return out
