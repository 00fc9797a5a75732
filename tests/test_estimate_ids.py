"""Estimate ids depend on what an estimate states, not on where it sits in the document."""

import hashlib
from pathlib import Path

import pytest

from metasynth import extraction, parsing
from metasynth.extraction_ids import content_key, stable_estimate_id

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
UNRELATED = (
    "Editorial note. An earlier trial of another drug reported a hazard ratio for death of "
    "0.80 (95% CI, 0.70 to 0.91) and a response rate of 31% (95% CI, 22 to 40).\n\n"
)


def extract_text(doc_id, text):
    record, _ = parsing.parse_document(doc_id, f"{doc_id}.txt", text.encode("utf-8"))
    return extraction.extract_estimates(doc_id, text, record)


def test_id_is_doc_measure_and_hash_of_the_stated_numbers():
    row = {
        "measure": "HR",
        "value": "1.35",
        "ci_lower": "0.72",
        "ci_upper": "2.54",
        "ci_level": "95",
        "unit": "",
    }
    # Hand-computed: sha256 of the normalised statement, first 6 hex digits.
    expected = hashlib.sha256(b"hr|1.35|0.72|2.54|95.0|").hexdigest()[:6]
    assert content_key(row) == "hr|1.35|0.72|2.54|95.0|"
    assert stable_estimate_id("d", row, {}) == f"d:hr-{expected}"


def test_same_numbers_twice_in_a_document_are_told_apart_by_order():
    row = {"measure": "HR", "value": "0.5", "ci_lower": "0.3", "ci_upper": "0.8"}
    seen = {}
    first = stable_estimate_id("10.1056/x.y", row, seen)
    second = stable_estimate_id("10.1056/x.y", row, seen)
    third = stable_estimate_id("10.1056/x.y", row, seen)
    assert (second, third) == (first + ".2", first + ".3")


def test_written_numbers_normalise_the_same():
    assert content_key({"measure": "HR", "value": "0.50", "ci_lower": ".3"}) == content_key(
        {"measure": "HR", "value": 0.5, "ci_lower": 0.3}
    )


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_unrelated_paragraph_at_the_top_leaves_ids_unchanged(prefix):
    path = next(SEEDS.glob(prefix + "_*.txt"))
    text = path.read_text(encoding="utf-8")
    before = extract_text(path.stem, text)
    after = extract_text(path.stem, UNRELATED + text)
    before_ids = {r["estimate_id"]: r["match_text"] for r in before}
    after_ids = {r["estimate_id"]: r["match_text"] for r in after}
    # Every estimate found before keeps its id and still names the same numbers; the
    # paragraph may add its own estimates (its hazard ratio and response rate), with ids of their own.
    assert {k: after_ids.get(k) for k in before_ids} == before_ids
    assert len(set(after_ids)) == len(after) > len(before)
