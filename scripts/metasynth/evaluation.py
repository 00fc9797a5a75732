"""Score parsing and extraction against a hand-annotated corpus.

A corpus folder holds ``docs/*.txt`` and gold tables: ``gold_estimates.csv``
(one row per ratio estimate: doc_id, measure, value, ci_lower, ci_upper, ...)
and optionally ``gold_documents.csv`` (one row per document). An extracted
ratio estimate matches a gold one when doc, measure, value and both bounds are
exactly equal (an empty bound equals only an empty bound); each gold row is
matched at most once. Precision, recall and F1 count ratio estimates (HR, OR,
RR); outcome, role and orientation accuracy are measured on matched pairs.
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path

from . import extraction, parsing_text
from .measures import RATIO_MEASURES
from .tables import read_rows
from .vocabulary import OUTCOME_ALIASES, OUTCOME_CODES


def _number(text) -> float | None:
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return None if isinstance(text, float) and math.isnan(text) else float(text)
    # a gold value as printed: the Lancet's middle dot is a decimal point ("0·89")
    text = str(text).strip().replace("\u00b7", ".")
    return float(text) if text else None


def _arm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).lower().strip()
    return re.sub(r"[\u2010-\u2015\u2212]", "-", text)


def _outcome_code(code: str) -> str:
    """A gold or extracted outcome code, aliases resolved ("ACM" is "OS")."""
    return OUTCOME_ALIASES.get(code, code).lower()


_VOCABULARY_CODES = frozenset(c.lower() for c in OUTCOME_CODES)
# a death by a stated horizon: the vocabulary names any (DEATH_28D, DEATH_6M, DEATH_48H)
_TIMED_DEATH_CODE_RE = re.compile(r"death_[1-9][0-9]{0,2}[hdwmy]")


def _named_by_vocabulary(code: str) -> bool:
    """Is a gold outcome one the vocabulary has a code for (aliases resolved)? Gold of corpora
    written apart from the code also names endpoints the vocabulary does not know with codes
    of its own ("breast_cancer", "opioid_relapse"): extraction can only leave those empty."""
    code = _outcome_code(code)
    return code in _VOCABULARY_CODES or _TIMED_DEATH_CODE_RE.fullmatch(code) is not None


_CONTROL_ARM_RE = re.compile(
    r"\b(?:placebo|observation|control|usual\s+care|standard\s+(?:care|therapy|treatment)|best\s+supportive|sham)\b",
    re.IGNORECASE,
)


def _numerator_used(estimate: dict) -> str:
    if estimate.get("orientation") == "stated":
        return estimate.get("numerator_arm", "")
    sides = re.split(r"\s+vs\.?\s+", estimate.get("comparison") or "")
    if len(sides) != 2 or estimate.get("orientation") != "conventional":
        return ""
    # convention of trial reports: the experimental arm, not the control, is the numerator
    experimental = [s for s in sides if not _CONTROL_ARM_RE.search(s)]
    return experimental[0] if len(experimental) == 1 else sides[0]


def _same_arm(gold: str, found: str) -> bool:
    """The same arm, allowing one name to contain the other ("nivolumab" in "nivolumab 3 mg/kg")."""
    a, b = (_spaced_arm(x) for x in (gold, found))
    return bool(a and b) and (a == b or a in b or b in a)


def _key(row) -> tuple:
    return (
        row["doc_id"],
        row["measure"],
        _number(row["value"]),
        _number(row["ci_lower"]),
        _number(row["ci_upper"]),
    )


def read_gold(path: str | Path) -> list[dict]:
    return read_rows(path)


def run_corpus(docs_dir: str | Path) -> tuple[dict[str, dict], dict[str, list[dict]]]:
    """Parse and extract every ``*.txt`` of a folder: records and estimates by doc_id."""
    records, estimates = {}, {}
    for path in sorted(Path(docs_dir).glob("*.txt")):
        record, text = parsing_text.parse_document(path.stem, str(path), path.read_bytes())
        records[path.stem] = record
        estimates[path.stem] = (
            extraction.extract_estimates(path.stem, text, record) if text is not None else []
        )
    return records, estimates


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else float("nan")


def _match_estimates(gold_rows: list[dict], predicted: list[dict]) -> tuple[list, list, list]:
    """Pairs (gold, extracted) with the same key, each gold row used at most once; the
    extracted estimates matching none (false positives) and the gold rows missed."""
    by_key: dict[tuple, list[int]] = {}
    for i in range(len(gold_rows)):
        by_key.setdefault(_key(gold_rows[i]), []).append(i)
    pairs, false_positives = [], []
    for est in predicted:
        candidates = by_key.get(_key(est))
        if candidates:
            pairs.append((gold_rows[candidates.pop(0)], est))
        else:
            false_positives.append(est)
    matched_ids = {id(g) for g, _ in pairs}
    misses = [g for g in gold_rows if id(g) not in matched_ids]
    return pairs, false_positives, misses


def _accuracy(pairs: list[tuple], same) -> tuple[float, list[tuple]]:
    """The share of matched pairs on which ``same(gold, extracted)`` holds, and the others."""
    wrong = [(g, e) for g, e in pairs if not same(g, e)]
    return _ratio(len(pairs) - len(wrong), len(pairs)), wrong


def _spaced_arm(name: str) -> str:
    """An arm name with hyphens and spaces alike, without its articles or the word "group"
    or "arm" after it ("the rivaroxaban-plus-aspirin group" is the arm "rivaroxaban plus
    aspirin", "Verzenio plus an NSAI" is "verzenio plus nsai")."""
    spaced = re.sub(r"[-\s]+", " ", _arm(name)).strip()
    spaced = re.sub(r"(?:^| )(?:the|an?)(?= )", "", spaced).strip()
    return re.sub(r" (?:groups?|arms?)$", "", spaced)


# an arm the extractor spelled out from the document's abbreviation, with the name as
# printed after it: "darolutamide (daro)"
_SPELLED_OUT_RE = re.compile(r"(?P<spelled>.+) \((?P<printed>[^()]+)\)")


def _arm_names(found: str) -> set[str]:
    """The names an extracted arm stands for: itself, and spelled out or as printed."""
    names = {_spaced_arm(found)}
    m = _SPELLED_OUT_RE.fullmatch(found or "")
    if m:
        names |= {_spaced_arm(m.group("spelled")), _spaced_arm(m.group("printed"))}
    return names


def _same_orientation(g: dict, e: dict) -> bool:
    return (
        (g["orientation"] or "not_stated")
        == ("stated" if e["orientation"] == "stated" else "not_stated")
        and _spaced_arm(g["numerator_arm"]) in _arm_names(e["numerator_arm"])
        and _spaced_arm(g["denominator_arm"]) in _arm_names(e["denominator_arm"])
    )


def _numerator_scores(pairs: list[tuple]) -> tuple[list, float, list]:
    """Where the text names the numerator, is the arm the pipeline would put in the
    numerator the same? (stated: the arm it read; conventional: the first arm of its
    comparison). The pairs where the gold names it, the share right, the wrong ones."""
    stated = [
        (g, e) for g, e in pairs if (g["orientation"] or "") == "stated" and g["numerator_arm"]
    ]
    numerator_right = [
        (g, e) for g, e in stated if _same_arm(g["numerator_arm"], _numerator_used(e))
    ]
    numerator_wrong = [(g, e) for g, e in stated if (g, e) not in numerator_right]
    return stated, _ratio(len(numerator_right), len(stated)), numerator_wrong


def _wrong_orientation_rows(pairs: list[tuple]) -> list[dict]:
    return [
        {
            **_describe_gold(g),
            "expected": f"{g['orientation']} {g['numerator_arm']}/{g['denominator_arm']}",
            "found": f"{e['orientation']} {e['numerator_arm']}/{e['denominator_arm']}",
        }
        for g, e in pairs
    ]


def _wrong_numerator_rows(pairs: list[tuple]) -> list[dict]:
    return [
        {
            **_describe_gold(g),
            "expected": g["numerator_arm"],
            "found": f"{_numerator_used(e) or '(none)'} [{e['orientation']}: "
            f"{e['comparison'] or 'no comparison'}]",
            "rule": e.get("orientation_rule", ""),
        }
        for g, e in pairs
    ]


def evaluate(corpus_dir: str | Path, gold_file: str | Path | None = None) -> dict:
    """Scores of the current code on a corpus folder (see the module docstring)."""
    corpus_dir = Path(corpus_dir)
    gold_rows = read_gold(gold_file or corpus_dir / "gold_estimates.csv")
    records, estimates = run_corpus(corpus_dir / "docs")
    gold_rows = [g for g in gold_rows if g["doc_id"] in records and g["measure"] in RATIO_MEASURES]
    predicted = [
        e for doc in sorted(estimates) for e in estimates[doc] if e["measure"] in RATIO_MEASURES
    ]
    pairs, false_positives, misses = _match_estimates(gold_rows, predicted)
    outcome_acc, outcome_wrong = _accuracy(
        pairs, lambda g, e: _outcome_code(g["outcome"]) == _outcome_code(e["outcome"])
    )
    # the harmful kind of outcome error: another endpoint's code (an analysis of that endpoint
    # would take the estimate), where an empty outcome only leaves it out
    outcome_another = _ratio(sum(1 for g, e in outcome_wrong if e["outcome"]), len(pairs))
    # the same, apart for endpoints the vocabulary names and those it does not: the first is
    # what the rules decide; the second can only be left empty, and any code given is wrong
    named = [(g, e) for g, e in pairs if _named_by_vocabulary(g["outcome"])]
    outside = [(g, e) for g, e in pairs if not _named_by_vocabulary(g["outcome"])]
    outcome_named_acc, _ = _accuracy(
        named, lambda g, e: _outcome_code(g["outcome"]) == _outcome_code(e["outcome"])
    )
    outside_given = _ratio(sum(1 for _, e in outside if e["outcome"]), len(outside))
    role_acc, role_wrong = _accuracy(pairs, lambda g, e: g["role"] == e["role"])
    orientation_acc, orientation_wrong = _accuracy(pairs, _same_orientation)
    stated, numerator_acc, numerator_wrong = _numerator_scores(pairs)
    # treatment effects read as such whose orientation is unknown: an analysis leaves them
    # out unless it allows unknown orientation (the eligible rows a reviewer would lose)
    effects = [(g, e) for g, e in pairs if g["role"] == "treatment_effect" == e["role"]]
    unknown_orientation = _ratio(
        sum(1 for _, e in effects if e["orientation"] == "unknown"), len(effects)
    )
    level_acc, level_wrong = _accuracy(
        pairs, lambda g, e: _number(g["ci_level"]) == _number(e["ci_level"])
    )
    p_acc, p_wrong = _accuracy(pairs, lambda g, e: (g.get("p_text") or "") == (e["p_text"] or ""))

    precision = _ratio(len(pairs), len(predicted))
    recall = _ratio(len(pairs), len(gold_rows))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    result = {
        "n_documents": len(records),
        "n_gold": len(gold_rows),
        "n_predicted": len(predicted),
        "n_matched": len(pairs),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "outcome_accuracy": outcome_acc,
        "outcome_another_code": outcome_another,
        "outcome_accuracy_named": outcome_named_acc,
        "n_outcome_named": len(named),
        "outcome_outside_given_a_code": outside_given,
        "n_outcome_outside": len(outside),
        "role_accuracy": role_acc,
        "orientation_accuracy": orientation_acc,
        "numerator_accuracy": numerator_acc,
        "n_numerator_stated": len(stated),
        "effects_orientation_unknown": unknown_orientation,
        "n_effects": len(effects),
        "ci_level_accuracy": level_acc,
        "p_text_accuracy": p_acc,
        "misses": [_describe_gold(g) for g in misses],
        "false_positives": [_describe_estimate(e) for e in false_positives],
        "wrong_outcome": [_describe_pair(g, e, "outcome") for g, e in outcome_wrong],
        "wrong_role": [_describe_pair(g, e, "role") for g, e in role_wrong],
        "wrong_orientation": _wrong_orientation_rows(orientation_wrong),
        "wrong_numerator": _wrong_numerator_rows(numerator_wrong),
        "wrong_ci_level": [_describe_pair(g, e, "ci_level") for g, e in level_wrong],
        "wrong_p_text": [_describe_pair(g, e, "p_text") for g, e in p_wrong],
    }
    documents_file = Path(corpus_dir) / "gold_documents.csv"
    if documents_file.exists():
        result["documents"] = evaluate_documents(read_gold(documents_file), records, estimates)
    return result


def evaluate_documents(
    gold: list[dict], records: dict[str, dict], estimates: dict[str, list[dict]] | None = None
) -> dict:
    """Agreement of document fields with ``gold_documents.csv``.

    ``expected_treatment_effects`` is compared with the number of ratio
    estimates extracted with role ``treatment_effect``.
    """
    fields = [
        f for f in ("source_type", "design", "randomized", "registry_ids") if gold and f in gold[0]
    ]
    scores, wrong = {}, []
    if estimates is not None and gold and "expected_treatment_effects" in gold[0]:
        rows = [
            g for g in gold if g["doc_id"] in records and g["expected_treatment_effects"].strip()
        ]
        right = 0
        for g in rows:
            found = sum(
                1
                for e in estimates.get(g["doc_id"], [])
                if e["measure"] in RATIO_MEASURES and e["role"] == "treatment_effect"
            )
            if found == int(g["expected_treatment_effects"]):
                right += 1
            else:
                wrong.append(
                    {
                        "doc_id": g["doc_id"],
                        "field": "treatment_effects",
                        "expected": g["expected_treatment_effects"],
                        "found": str(found),
                    }
                )
        scores["treatment_effects"] = _ratio(right, len(rows))
    for field in fields:
        rows = [g for g in gold if g["doc_id"] in records]
        right = 0
        for g in rows:
            found = records[g["doc_id"]].get(field, "")
            if field == "registry_ids":
                # gold lists ids as printed, truncated and cited ones included; those are kept apart
                found = ";".join(
                    filter(
                        None,
                        [found]
                        + [
                            records[g["doc_id"]].get(k, "")
                            for k in ("registry_ids_partial", "registry_ids_cited")
                        ],
                    )
                )
            expected = g[field]
            if field == "registry_ids":
                same = set(filter(None, expected.split(";"))) <= set(
                    filter(None, found.split(";"))
                ) and (bool(expected) or not found)
            else:
                same = expected == found
            right += same
            if not same:
                wrong.append(
                    {"doc_id": g["doc_id"], "field": field, "expected": expected, "found": found}
                )
        scores[field] = _ratio(right, len(rows))
    return {"accuracy": scores, "wrong": wrong}


def _describe_gold(g: dict) -> dict:
    return {
        "doc_id": g["doc_id"],
        "estimate": f"{g['measure']} {g['value']} ({g['ci_lower']}-{g['ci_upper']}) {g['outcome']} {g['role']}",
        "note": g.get("note", ""),
    }


def _describe_estimate(e: dict) -> dict:
    return {
        "doc_id": e["doc_id"],
        "estimate": f"{e['measure']} {e['value']} ({e['ci_lower']}-{e['ci_upper']}) {e['outcome']} {e['role']}",
        "match_text": e["match_text"],
    }


def _describe_pair(g: dict, e: dict, field: str) -> dict:
    return {
        **_describe_gold(g),
        "expected": g.get(field, ""),
        "found": e.get(field, ""),
        "rule": e.get(f"{field}_rule", ""),
        "match_text": e["match_text"],
    }


def format_report(result: dict) -> str:
    """Human-readable summary of :func:`evaluate`."""
    lines = [
        f"documents: {result['n_documents']}  gold ratio estimates: {result['n_gold']}  "
        f"extracted: {result['n_predicted']}  matched: {result['n_matched']}",
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}",
        f"on matched estimates: outcome {result['outcome_accuracy']:.3f}  role {result['role_accuracy']:.3f}  "
        f"orientation {result['orientation_accuracy']:.3f}  ci_level {result['ci_level_accuracy']:.3f}  "
        f"p_text {result['p_text_accuracy']:.3f}  outcome given as another endpoint "
        f"{result['outcome_another_code']:.3f}",
        f"numerator the pipeline would use, where the text states it: {result['numerator_accuracy']:.3f} "
        f"of {result['n_numerator_stated']}",
        f"outcome where the vocabulary names the endpoint: {result['outcome_accuracy_named']:.3f} "
        f"of {result['n_outcome_named']}; endpoints it does not name given a code anyway: "
        f"{result['outcome_outside_given_a_code']:.3f} of {result['n_outcome_outside']}",
    ]
    if "effects_orientation_unknown" in result:
        lines.append(
            "treatment effects of unknown orientation (left out unless an analysis allows them): "
            f"{result['effects_orientation_unknown']:.3f} of {result['n_effects']}"
        )
    if "documents" in result:
        acc = result["documents"]["accuracy"]
        lines.append("documents: " + "  ".join(f"{k} {v:.3f}" for k, v in acc.items()))
    sections = [
        ("misses", "misses (gold not extracted)"),
        ("false_positives", "false positives (extracted, not in gold)"),
        ("wrong_outcome", "wrong outcome"),
        ("wrong_role", "wrong role"),
        ("wrong_orientation", "wrong orientation"),
        (
            "wrong_numerator",
            "numerator the pipeline would use differs from the one the text states",
        ),
        ("wrong_ci_level", "wrong CI level"),
        ("wrong_p_text", "wrong p_text"),
    ]
    for key, label in sections:
        items = result[key]
        if not items:
            continue
        lines.append(f"\n{label}: {len(items)}")
        for item in items:
            lines.append("  " + "  ".join(f"{k}={v}" for k, v in item.items() if v != ""))
    if "documents" in result and result["documents"]["wrong"]:
        lines.append(f"\ndocument fields that differ: {len(result['documents']['wrong'])}")
        for item in result["documents"]["wrong"]:
            lines.append("  " + "  ".join(f"{k}={v}" for k, v in item.items()))
    return "\n".join(lines)
