"""Extraction on the held-out corpus (tests/corpus_holdout/), never used for tuning.

A guard against regressions on unseen wording. Precision and recall of ratio estimates
stay at or above 0.95 (0.972 each when the set was added, 1.000 since). On matched
estimates, the floors sit just under what was measured when the guard was extended
(role 0.944, outcome 0.901, orientation 0.634, the numerator the pipeline would use
where the text states it 0.679): a change that loses ground on wording nobody tuned for
fails here, and the figures are reported before and after every change to the rules.
"""

from pathlib import Path

import pytest

from metasynth.evaluation import evaluate

HOLDOUT = Path(__file__).resolve().parent / "corpus_holdout"


@pytest.fixture(scope="module")
def scores():
    return evaluate(HOLDOUT)


@pytest.mark.skipif(not (HOLDOUT / "gold_estimates.csv").exists(), reason="no held-out corpus")
def test_holdout_precision_and_recall(scores):
    assert scores["precision"] >= 0.95, scores["precision"]
    assert scores["recall"] >= 0.95, scores["recall"]


@pytest.mark.skipif(not (HOLDOUT / "gold_estimates.csv").exists(), reason="no held-out corpus")
@pytest.mark.parametrize(
    "key, floor",
    [
        ("role_accuracy", 0.92),
        ("outcome_accuracy", 0.88),
        ("orientation_accuracy", 0.60),
        ("numerator_accuracy", 0.65),
    ],
)
def test_holdout_roles_outcomes_and_orientation(scores, key, floor):
    assert scores[key] >= floor, (key, scores[key])
