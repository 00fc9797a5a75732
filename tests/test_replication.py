"""Replication of a published meta-analysis outside oncology (tests/replication/).

Zannad et al., Lancet 2020: SGLT2 inhibitors in heart failure with reduced ejection
fraction (DAPA-HF and EMPEROR-Reduced), death from any cause, pooled HR 0.87 (0.77-0.98).
The seeds restate both trials as real pages do, with distractors (a review, a cohort,
preserved-ejection-fraction trials, a second report of one trial, the meta-analysis
itself), written without the code. metafor 3.8.1's fit of the gold inputs
(reference.R -> reference.csv) is the outside reference.
"""

import math
from pathlib import Path

import pytest

from metasynth import extraction, parsing, pooling
from metasynth.harmonise import se_from_ci
from metasynth.tables import read_rows

CASE = Path(__file__).resolve().parent / "replication"
pytestmark = pytest.mark.skipif(not (CASE / "gold.csv").exists(), reason="no replication case")


def rows(name):
    return read_rows(CASE / name)


def gold_inputs():
    gold = rows("gold.csv")
    yi = [math.log(float(g["value"])) for g in gold]
    sei = [se_from_ci(float(g["ci_lower"]), float(g["ci_upper"])) for g in gold]
    return gold, yi, sei


@pytest.mark.parametrize("method", ["FE", "DL", "REML"])
def test_gold_inputs_pool_as_metafor(method):
    _, yi, sei = gold_inputs()
    ref = next(r for r in rows("reference.csv") if r["method"] == method)
    fit = pooling.fit(yi, sei, method=method, test="z")
    assert math.exp(fit["mu"]) == pytest.approx(float(ref["estimate"]), rel=1e-9)
    assert math.exp(fit["ci_lower"]) == pytest.approx(float(ref["ci_lower"]), rel=1e-9)
    assert math.exp(fit["ci_upper"]) == pytest.approx(float(ref["ci_upper"]), rel=1e-9)
    assert fit["tau2"] == pytest.approx(float(ref["tau2"]), abs=1e-12)


def test_gold_inputs_reproduce_the_published_figure_to_its_printed_precision():
    _, yi, sei = gold_inputs()
    published = rows("published.csv")[0]
    decimals = int(published["printed_decimals"])
    fit = pooling.fit(yi, sei, method=published["method"], test="z")
    found = [round(math.exp(fit[k]), decimals) for k in ("mu", "ci_lower", "ci_upper")]
    assert found == [float(published[k]) for k in ("estimate", "ci_lower", "ci_upper")]


def test_each_trial_input_is_extracted_from_its_primary_document():
    gold, _, _ = gold_inputs()
    for g in gold:
        path = CASE / "seeds" / f"{g['doc_id_primary']}.txt"
        record, text = parsing.parse_document(path.stem, str(path), path.read_bytes())
        found = [
            (e["measure"], float(e["value"]), float(e["ci_lower"]), float(e["ci_upper"]))
            for e in extraction.extract_estimates(path.stem, text, record)
            if e["ci_lower"] != ""
        ]
        assert (
            g["measure"],
            float(g["value"]),
            float(g["ci_lower"]),
            float(g["ci_upper"]),
        ) in found, g["trial"]


def test_from_the_documents_to_the_published_pooled_estimate():
    """The whole chain the rules run (read, parse, extract, link, harmonise, pool) on the
    seeds, with the analysis a reviewer would write (config.yaml) and the reviewer's
    decision on the population the analysis keys cannot express (decisions.tsv: DELIVER
    enrolled LVEF > 40%): both trials enter once, every distractor is excluded with a
    reason, and the pooled HR is metafor's."""
    import yaml

    from metasynth import decisions as review
    from metasynth import linking, parsing_text
    from metasynth.config import validate_config
    from metasynth.harmonise import harmonise_analysis

    root = Path(__file__).resolve().parents[1]
    documents, estimates = [], []
    for path in sorted((CASE / "seeds").glob("*.txt")):
        record, text = parsing_text.parse_document(path.stem, str(path), path.read_bytes())
        found = extraction.extract_estimates(path.stem, text, record)
        record["n_estimates"] = str(len(found))
        documents.append(record)
        estimates += [{k: "" if v is None else str(v) for k, v in e.items()} for e in found]
    studies, _ = linking.link_studies(documents)
    config = yaml.safe_load((root / "config" / "config.yaml").read_text())
    config["analyses"] = yaml.safe_load((CASE / "config.yaml").read_text())["analyses"]
    ((name, analysis),) = validate_config(
        config, root / "workflow" / "schemas" / "config.schema.yaml"
    )["analyses"].items()
    decisions = review.load_decisions(
        CASE / "decisions.tsv", root / "workflow" / "schemas" / "decisions.schema.yaml"
    )
    effects = []
    rows_ = harmonise_analysis(
        estimates,
        {d["doc_id"]: d for d in documents},
        linking.doc_studies(studies),
        {s["study_id"]: s["label"] for s in studies},
        analysis,
        review=lambda rows: effects.extend(
            review.apply_inclusion_decisions(rows, decisions, analysis["name"])
        ),
    )
    harmonised = rows_
    # the decision acted: DELIVER's estimates are out for the reviewer's reason
    assert effects and all(e.row()["status"] == "applied" for e in effects)
    deliver = [r for r in harmonised if r["label"] == "DELIVER"]
    assert deliver and all(not r["included"] for r in deliver)
    assert any(
        "population: heart failure with mildly reduced" in r["exclusion_reason"] for r in deliver
    )
    included = sorted((r for r in harmonised if r["included"]), key=lambda r: r["label"])
    assert [(r["label"], r["value"], r["ci_lower"], r["ci_upper"]) for r in included] == [
        ("DAPA-HF", 0.83, 0.71, 0.97),
        ("EMPEROR-Reduced", 0.92, 0.77, 1.1),
    ]
    assert all(r["exclusion_reason"] for r in harmonised if not r["included"])
    fit = pooling.fit(
        [r["yi"] for r in included],
        [r["sei"] for r in included],
        method=analysis["method"],
        test=analysis["test"],
    )
    ref = next(r for r in rows("reference.csv") if r["method"] == analysis["method"])
    assert math.exp(fit["mu"]) == pytest.approx(float(ref["estimate"]), rel=1e-9)
    assert math.exp(fit["ci_lower"]) == pytest.approx(float(ref["ci_lower"]), rel=1e-9)
