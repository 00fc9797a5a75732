"""Counts in and out of every stage, in the spirit of a PRISMA 2020 flow diagram."""

from __future__ import annotations

from collections import Counter

from .decisions import MANUAL_PREFIX
from .records import READABLE, DocumentStatus

MAX_LISTED = 50


def _listing(ids: list[str]) -> str:
    ids = sorted(ids)
    text = ";".join(ids[:MAX_LISTED])
    if len(ids) > MAX_LISTED:
        text += f";... and {len(ids) - MAX_LISTED} more (see 01_documents.csv)"
    return text


def reason_category(reason: str) -> str:
    return reason.split(":", 1)[0].strip() if reason else ""


def count_flow(
    documents, estimates, studies, harmonised, pooled, measures=None, decisions=None
) -> list[dict]:
    """Rows of flow.csv (stage, item, analysis, count, detail) in reading order.

    ``decisions`` are the rows of decisions.csv: the reviewer's decisions by status.
    """
    rows = _document_rows(documents)
    rows.extend(_estimate_rows(estimates))
    multi = [s for s in studies if ";" in s["doc_ids"]]
    rows.append(
        {
            "stage": "studies",
            "item": "linked",
            "count": len(studies),
            "detail": f"{len(multi)} studies have more than one document",
        }
    )
    for analysis in sorted(pooled):
        measure = (measures or {}).get(analysis)
        rows.extend(_analysis_rows(analysis, estimates, harmonised, pooled[analysis], measure))
    rows.extend(_decision_rows(decisions or []))
    return rows


def _document_rows(documents) -> list[dict]:
    """Documents read, unreadable, duplicated, and by status."""
    files = {d["file"] for d in documents}
    rows = [
        {
            "stage": "documents",
            "item": "read",
            "count": len(documents),
            "detail": "files in the seeds folder"
            if len(files) == len(documents)
            else f"documents in the {len(files)} files of the seeds folder (exports hold one per record)",
        }
    ]
    by_status: dict[str, list[str]] = {}
    for d in documents:
        by_status.setdefault(d["status"], []).append(d["doc_id"])
    read = (*READABLE, DocumentStatus.DUPLICATE)
    unreadable = [s for s in sorted(by_status) if s not in read]
    rows.append(
        {
            "stage": "documents",
            "item": "unreadable",
            "count": sum(len(by_status[s]) for s in unreadable),
            "detail": "; ".join(f"{s}: {_listing(by_status[s])}" for s in unreadable),
        }
    )
    rows.append(
        {
            "stage": "documents",
            "item": "duplicates",
            "count": len(by_status.get("duplicate", [])),
            "detail": "same bytes as an earlier document; listed, not linked or pooled"
            if not any(d["status"] == "duplicate" and d.get("record_id") for d in documents)
            else "same bytes as an earlier document, or the same record (PMID, NCT id, DOI) "
            "read from another file; listed, not linked or pooled",
        }
    )
    for status in sorted(by_status):
        rows.append(
            {
                "stage": "documents",
                "item": f"status={status}",
                "count": len(by_status[status]),
                "detail": _listing(by_status[status]),
            }
        )
    return rows


def _estimate_rows(estimates) -> list[dict]:
    """Estimates found, and by measure, role and outcome."""
    rows = [
        {
            "stage": "estimates",
            "item": "found",
            "count": len(estimates),
            "detail": f"in {len({e['doc_id'] for e in estimates})} documents",
        }
    ]
    for key in ("measure", "role", "outcome"):
        for value, n in sorted(Counter(e[key] or "unknown" for e in estimates).items()):
            rows.append({"stage": "estimates", "item": f"{key}={value}", "count": n, "detail": ""})
    return rows


def _analysis_rows(
    analysis: str, estimates, harmonised, pooled_rows, measure: str | None
) -> list[dict]:
    """One analysis: candidates, estimates of other measures, reviewer-added, excluded by
    reason, included, and the studies pooled by the primary model."""
    cands = [h for h in harmonised if h["analysis"] == analysis]
    included = [h for h in cands if h["included"] == "true"]
    measure = measure or (cands[0]["measure"] if cands else "")

    def row(item: str, count: int, detail: str, stage: str = "harmonise") -> dict:
        return {
            "stage": stage,
            "item": item,
            "analysis": analysis,
            "count": count,
            "detail": detail,
        }

    added = [h for h in cands if h["estimate_id"].startswith(MANUAL_PREFIX)]
    rows = [
        row("candidates", len(cands), f"estimates of the analysis' measure {measure}".strip()),
        row(
            "not candidates: other measures",
            len(estimates) - len(cands),
            "listed in 02_estimates.csv",
        ),
        row(
            "added by reviewer",
            len(added),
            "from config/manual_estimates.tsv: " + _listing([h["estimate_id"] for h in added])
            if added
            else "from config/manual_estimates.tsv",
        ),
    ]
    reasons = Counter(
        reason_category(h["exclusion_reason"]) for h in cands if h["included"] != "true"
    )
    for reason, n in sorted(reasons.items()):
        rows.append(row(f"excluded: {reason}", n, "see exclusion_reason in 04_harmonised.csv"))
    rows.append(row("included", len(included), _listing([h["study_id"] for h in included])))
    primary = pooled_rows[0] if pooled_rows else {}
    rows.append(
        row(
            "studies pooled",
            int(primary.get("k") or 0),
            f"{primary.get('method', '')}/{primary.get('test', '')}: {primary.get('status', '')}",
            stage="pool",
        )
    )
    return rows


def _decision_rows(decisions: list[dict]) -> list[dict]:
    """Reviewer decisions (and entered estimates) by status, counted once per sheet line."""
    lines: dict[tuple, set] = {}
    for d in decisions:
        lines.setdefault((d["sheet"], d["line"]), set()).add(d["status"])
    rows = [
        {
            "stage": "decisions",
            "item": "recorded",
            "count": len(lines),
            "detail": "lines of config/decisions.tsv and config/manual_estimates.tsv",
        }
    ]
    for status in ("applied", "no_effect", "stale"):
        hits = sorted(
            f"{sheet}:{line}" for (sheet, line), found in lines.items() if status in found
        )
        rows.append(
            {
                "stage": "decisions",
                "item": status,
                "count": len(hits),
                "detail": _listing(hits) + ("; see decisions.csv" if hits else ""),
            }
        )
    return rows
