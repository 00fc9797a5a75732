"""Study linking and estimate selection on the development corpus (tests/corpus/).

gold_documents.csv names the trial each document reports; documents of one trial
must form one study and no study may mix trials. Pooled candidates must be
treatment effects (never subgroup, biomarker or superseded-report estimates).
"""

from collections import defaultdict
from pathlib import Path

import pytest

from metasynth import extraction, parsing
from metasynth.harmonise import harmonise_analysis
from metasynth.linking import link_studies
from metasynth.tables import read_rows

CORPUS = Path(__file__).resolve().parent / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "gold_documents.csv").exists(), reason="no corpus")


def gold_rows(name):
    return read_rows(CORPUS / name)


@pytest.fixture(scope="module")
def corpus():
    documents, estimates = [], []
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        record, text = parsing.parse_document(path.stem, str(path), path.read_bytes())
        found = extraction.extract_estimates(path.stem, text, record) if text else []
        record["n_estimates"] = str(len(found))
        documents.append(record)
        estimates.extend({k: "" if v is None else str(v) for k, v in e.items()} for e in found)
    studies, mapping = link_studies(documents)
    return documents, estimates, studies, mapping


def test_documents_of_one_trial_form_one_study_and_no_study_mixes_trials(corpus):
    _, _, _, mapping = corpus
    gold = {g["doc_id"]: g for g in gold_rows("gold_documents.csv")}
    studies_of_trial, trials_of_study = defaultdict(set), defaultdict(set)
    for doc_id, g in gold.items():
        if g["trial"]:
            studies_of_trial[g["trial"]].add(mapping[doc_id])
        trials_of_study[mapping[doc_id]].add(g["trial"] or doc_id)
    assert {t: s for t, s in studies_of_trial.items() if len(s) > 1} == {}
    assert {s: t for s, t in trials_of_study.items() if len(t) > 1} == {}
    multi = [t for t, s in studies_of_trial.items() if sum(gold[d]["trial"] == t for d in gold) > 1]
    assert len(multi) >= 8


ANALYSES = [
    {
        "name": f"{drug}_{outcome}",
        "intervention": drug,
        "comparators": [],
        "outcomes": [outcome],
        "roles": ["treatment_effect"],
        "measure": "HR",
        "subgroup": None,
    }
    for drug in (
        "sorafenib",
        "palbociclib",
        "osimertinib",
        "pembrolizumab",
        "pertuzumab",
        "regorafenib",
        "bevacizumab",
        "nivolumab",
        "cabozantinib",
    )
    for outcome in ("OS", "PFS")
]


def test_only_treatment_effects_of_the_preferred_report_are_pooled(corpus):
    documents, estimates, studies, mapping = corpus
    docs = {d["doc_id"]: d for d in documents}
    labels = {s["study_id"]: s["label"] for s in studies}
    gold = defaultdict(list)
    for g in gold_rows("gold_estimates.csv"):
        gold[g["doc_id"]].append(g)
    kinds = {g["doc_id"]: g["report_kind"] for g in gold_rows("gold_documents.csv")}
    pooled, wrong = 0, []
    for analysis in ANALYSES:
        rows = harmonise_analysis(estimates, docs, mapping, labels, analysis)
        included = [r for r in rows if r["included"]]
        assert len({r["study_id"] for r in included}) == len(included)
        by_id = {e["estimate_id"]: e for e in estimates}
        for r in included:
            e = by_id[r["estimate_id"]]
            roles = {
                g["role"]
                for g in gold[e["doc_id"]]
                if g["measure"] == e["measure"] and float(g["value"]) == float(e["value"])
            }
            if roles != {"treatment_effect"}:
                wrong.append((analysis["name"], r["estimate_id"], sorted(roles)))
            # an update or final analysis supersedes the primary report of the same trial
            siblings = [d for d, s in mapping.items() if s == r["study_id"] and d != e["doc_id"]]
            if kinds[e["doc_id"]] != "update":
                for d in siblings:
                    has_same_outcome = any(
                        x["outcome"] == analysis["outcomes"][0]
                        and x["role"] == "treatment_effect"
                        and x["measure"] == "HR"
                        for x in gold[d]
                    )
                    assert not (kinds[d] == "update" and has_same_outcome), (
                        analysis["name"],
                        r["estimate_id"],
                        d,
                    )
        pooled += len(included)
    assert wrong == []
    assert pooled >= 20
