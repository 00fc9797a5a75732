"""Replication of a published meta-analysis outside oncology (tests/replication/).

Zannad et al., Lancet 2020: SGLT2 inhibitors in heart failure with reduced ejection
fraction (DAPA-HF and EMPEROR-Reduced), death from any cause, pooled HR 0.87 (0.77-0.98).
The seeds restate both trials as real pages do, with distractors (a review, a cohort,
preserved-ejection-fraction trials, a second report of one trial, the meta-analysis
itself), written without the code. metafor 3.8.1's fit of the gold inputs
(reference.R -> reference.csv) is the outside reference.
"""

import csv
import math
from pathlib import Path

import pytest

from metasynth import extraction, parsing, pooling
from metasynth.harmonise import se_from_ci

CASE = Path(__file__).resolve().parent / "replication"
pytestmark = pytest.mark.skipif(not (CASE / "gold.csv").exists(), reason="no replication case")


def rows(name):
    with open(CASE / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


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
        found = [(e["measure"], float(e["value"]), float(e["ci_lower"]), float(e["ci_upper"]))
                 for e in extraction.extract_estimates(path.stem, text, record) if e["ci_lower"] != ""]
        assert (g["measure"], float(g["value"]), float(g["ci_lower"]), float(g["ci_upper"])) in found, g["trial"]
