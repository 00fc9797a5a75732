"""Extraction on the held-out corpus (tests/corpus_holdout/), never used for tuning.

A guard against regressions on unseen wording: precision and recall of ratio
estimates must stay at or above 0.95 (0.972 each when the set was added).
"""

from pathlib import Path

import pytest

from metasynth.evaluation import evaluate

HOLDOUT = Path(__file__).resolve().parent / "corpus_holdout"


@pytest.mark.skipif(not (HOLDOUT / "gold_estimates.csv").exists(), reason="no held-out corpus")
def test_holdout_precision_and_recall():
    scores = evaluate(HOLDOUT)
    assert scores["precision"] >= 0.95, scores["precision"]
    assert scores["recall"] >= 0.95, scores["recall"]
