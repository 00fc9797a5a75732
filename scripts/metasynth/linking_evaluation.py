"""Score study identity against a corpus annotated with the trial each document reports.

A corpus folder holds ``docs/*.txt`` and ``gold_documents.csv`` with ``doc_id`` and
``trials`` (or ``trial``): the trial(s) whose own results the document reports, ``;``-
joined, empty for reviews and meta-analyses. Optional: ``gold_trials.csv`` (``trial,
label, alt_labels``) to score study labels; document fields ``title, first_author,
journal, year, n_enrolled`` in ``gold_documents.csv`` to score metadata; and
``gold_estimates.csv`` rows with a ``trial`` column for documents reporting several
trials, to score which study each estimate goes to.

Scores: pairs of documents of one trial that share a study (pairwise recall), pairs
sharing a study that report one trial (pairwise precision), trials split across
studies, studies mixing trials, label and field accuracy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from . import linking, trials
from .evaluation import run_corpus
from .tables import read_rows


def _read(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return read_rows(path)


def _gold_trials(row: dict) -> list[str]:
    return [
        t.strip() for t in (row.get("trials", row.get("trial", "")) or "").split(";") if t.strip()
    ]


def _norm(text: str) -> str:
    return re.sub(r"[\s.]+", " ", (text or "").strip().strip(".").lower())


def _same_number(a: str, b: str) -> bool:
    return (a or "").replace(",", "") == (b or "").replace(",", "")


FIELDS = {
    "title": lambda found, gold: _norm(found) == _norm(gold),
    "first_author": lambda found, gold: (
        _norm(linking.surname(found)) == _norm(gold) or _norm(found) == _norm(gold)
    ),
    "journal": lambda found, gold: _norm(found) == _norm(gold),
    "year": lambda found, gold: found == gold,
    "n_enrolled": _same_number,
}


def _units(gold_docs: dict, records: dict, by_doc: dict, study_for) -> list[tuple]:
    """(doc, trial, study) units: a document reporting two trials is two units; a review
    is its own unit."""
    units = []
    for doc_id, g in sorted(gold_docs.items()):
        if doc_id not in records:
            continue
        for trial in _gold_trials(g) or [f"none:{doc_id}"]:
            units.append(
                (
                    doc_id,
                    trial,
                    study_for(doc_id, trial)
                    if not trial.startswith("none:")
                    else (by_doc.get(doc_id) or [(f"nostudy:{doc_id}",)])[0][0],
                )
            )
    return units


def _pair_counts(units: list[tuple]) -> tuple:
    """Over pairs of units of different documents: pairs of the same gold trial, pairs in
    the same study, pairs of the same trial in the same study, the trial pairs split
    across studies and the study pairs mixing trials."""
    same_trial = same_study = both = 0
    split_pairs, merged_pairs = [], []
    for (d1, t1, s1), (d2, t2, s2) in combinations(units, 2):
        if d1 == d2:
            continue
        if t1 == t2:
            same_trial += 1
            if s1 == s2:
                both += 1
            else:
                split_pairs.append((t1, d1, d2))
        if s1 == s2:
            same_study += 1
            if t1 != t2:
                merged_pairs.append((s1, d1, t1, d2, t2))
    return same_trial, same_study, both, split_pairs, merged_pairs


def _label_rows(real_trials, studies_of_trial, gold_trials: dict, labels: dict) -> list[tuple]:
    """(trial, label found, gold label, right?) for each gold trial linked to one study."""
    label_rows = []
    for trial in sorted(real_trials):
        if trial not in gold_trials or len(studies_of_trial[trial]) != 1:
            continue
        study = next(iter(studies_of_trial[trial]))
        found = labels.get(study, "")
        ok_forms = {trials.key(gold_trials[trial]["label"])} | {
            trials.key(a) for a in _alt_labels(gold_trials[trial])
        }
        # (a trial name told apart from another trial's by its first report: "SHINE
        # (Johnston 2019)" is the label "SHINE")
        name = re.sub(r" \([^()]+ \d{4}\)$", "", found)
        label_rows.append((trial, found, gold_trials[trial]["label"], trials.key(name) in ok_forms))
    return label_rows


def _field_scores(gold_docs: dict, records: dict) -> dict:
    """Per metadata field: documents with a gold value, correct, and the wrong ones."""
    fields = {}
    for name, same in FIELDS.items():
        rows = [
            (d, records[d].get(name, ""), g[name])
            for d, g in gold_docs.items()
            if name in g and d in records
        ]
        wrong = [r for r in rows if not same(r[1], r[2])]
        fields[name] = {"n": len(rows), "correct": len(rows) - len(wrong), "wrong": wrong}
    return fields


def evaluate_linking(corpus_dir: str | Path) -> dict:
    corpus = Path(corpus_dir)
    records, estimates = run_corpus(corpus / "docs")
    for doc_id, record in records.items():
        record["n_estimates"] = str(len(estimates[doc_id]))
    studies, _ = linking.link_studies(list(records.values()))
    by_doc = linking.doc_studies(studies)
    study_ids = {s["study_id"]: set(linking.split_ids(s.get("registry_ids", ""))) for s in studies}
    labels = {s["study_id"]: s["label"] for s in studies}
    gold_docs = {g["doc_id"]: g for g in _read(corpus / "gold_documents.csv")}
    gold_trials = {g["trial"]: g for g in _read(corpus / "gold_trials.csv")}

    def study_for(doc_id: str, trial: str) -> str:
        options = by_doc.get(doc_id, [])
        if len(options) == 1:
            return options[0][0]
        wanted = {trials.key(trial)} | {trials.key(a) for a in _alt_labels(gold_trials.get(trial))}
        for study_id, names in options:
            if names & wanted:
                return study_id
        # (a page naming none of its trials reports each by its registry id)
        gold_ids = set(linking.split_ids((gold_trials.get(trial) or {}).get("registry_ids", "")))
        for study_id, _ in options:
            if gold_ids & study_ids.get(study_id, set()):
                return study_id
        return f"unattributed:{doc_id}"

    units = _units(gold_docs, records, by_doc, study_for)
    same_trial, same_study, both, split_pairs, merged_pairs = _pair_counts(units)
    studies_of_trial = defaultdict(set)
    trials_of_study = defaultdict(set)
    for doc_id, trial, study in units:
        studies_of_trial[trial].add(study)
        trials_of_study[study].add(trial)
    real_trials = [t for t in studies_of_trial if not t.startswith("none:")]
    label_rows = _label_rows(real_trials, studies_of_trial, gold_trials, labels)
    fields = _field_scores(gold_docs, records)
    return {
        "documents": len(records),
        "units": len(units),
        "trials": len(real_trials),
        "pairwise_recall": both / same_trial if same_trial else float("nan"),
        "pairwise_precision": (same_study - len(merged_pairs)) / same_study
        if same_study
        else float("nan"),
        "trials_split": sorted(t for t in real_trials if len(studies_of_trial[t]) > 1),
        "studies_mixing_trials": sorted(
            (s, sorted(ts)) for s, ts in trials_of_study.items() if len(ts) > 1
        ),
        "split_pairs": split_pairs,
        "merged_pairs": merged_pairs,
        "labels": label_rows,
        "fields": fields,
        "attribution": _attribution(corpus, estimates, by_doc, gold_docs, study_for),
    }


def _alt_labels(row: dict | None) -> list[str]:
    if not row:
        return []
    return [a for a in (row.get("alt_labels", "") or "").split(";") if a.strip()] + [
        row.get("label", "")
    ]


def _attribution(corpus, estimates, by_doc, gold_docs, study_for) -> dict:
    """Estimates of documents reporting several trials: does each reach its trial's study?"""
    multi = {d for d, g in gold_docs.items() if len(_gold_trials(g)) > 1}
    rows = [
        g for g in _read(corpus / "gold_estimates.csv") if g["doc_id"] in multi and g.get("trial")
    ]
    correct, wrong = 0, []
    for g in rows:
        found = next(
            (
                e
                for e in estimates.get(g["doc_id"], [])
                if str(e["value"])
                and float(e["value"]) == float(g["value"])
                and e["measure"] == g["measure"]
            ),
            None,
        )
        if found is None:
            wrong.append((g["doc_id"], g["value"], g["trial"], "not extracted"))
            continue
        study, why = linking.study_of_estimate(found, by_doc.get(g["doc_id"], []))
        if study == study_for(g["doc_id"], g["trial"]):
            correct += 1
        else:
            wrong.append((g["doc_id"], g["value"], g["trial"], study or why))
    return {"n": len(rows), "correct": correct, "wrong": wrong}


def format_linking_report(result: dict) -> str:
    lines = [
        f"documents: {result['documents']}  document-trial units: {result['units']}  trials: {result['trials']}",
        f"pairwise precision {result['pairwise_precision']:.3f}  recall {result['pairwise_recall']:.3f}",
        f"trials split across studies: {len(result['trials_split'])}  studies mixing trials: "
        f"{len(result['studies_mixing_trials'])}",
    ]
    labels = result["labels"]
    if labels:
        lines.append(f"labels a reviewer would print: {sum(r[3] for r in labels)}/{len(labels)}")
    for name, f in result["fields"].items():
        if f["n"]:
            lines.append(f"{name}: {f['correct']}/{f['n']}")
    att = result["attribution"]
    if att["n"]:
        lines.append(
            f"estimates of multi-trial documents attributed to their trial: {att['correct']}/{att['n']}"
        )
    for t in result["trials_split"]:
        lines.append(f"  split: {t}")
    for s, ts in result["studies_mixing_trials"]:
        lines.append(f"  mixed: {s} <- {', '.join(ts)}")
    for trial, found, gold, ok in labels:
        if not ok:
            lines.append(f"  label: {trial}: found {found!r}, expected {gold!r}")
    for name, f in result["fields"].items():
        for doc_id, found, gold in f["wrong"]:
            lines.append(f"  {name}: {doc_id}: found {found!r}, expected {gold!r}")
    for row in att["wrong"]:
        lines.append(f"  attribution: {row}")
    return "\n".join(lines)
