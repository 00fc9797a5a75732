"""Fuzzing pooling: any allowed level and any finite estimates give rows, never an exception.

Family (issue 15): a confidence level of 0.999 made an upper bound e^700 and more, and
math.exp raised OverflowError. Such a bound is written as inf.
"""

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metasynth.synthesis import exp_or_inf, synthesise


def analysis(level: float) -> dict:
    return {
        "name": "a",
        "title": "a",
        "intervention": "x",
        "measure": "HR",
        "method": "REML",
        "test": "knha",
        "level": level,
        "cumulative_order": "year",
        "subgroup": None,
        "outcomes": ["PFS"],
    }


def rows(effects):
    return [
        {
            "analysis": "a",
            "estimate_id": f"d{i}:e001",
            "study_id": f"s{i}",
            "doc_id": f"d{i}",
            "label": f"S{i}",
            "outcome": "PFS",
            "yi": repr(yi),
            "sei": repr(sei),
            "included": "true",
            "subgroup": "",
        }
        for i, (yi, sei) in enumerate(effects)
    ]


def test_the_issue_example_level_0_999_with_two_distant_studies():
    result = synthesise(
        analysis(0.999), rows([(0.3, 0.3), (-2.0, 0.3)]), {"s0": 2000, "s1": 2001}, 10, 1000
    )
    primary = result["pooled"][0]
    assert primary["status"] == "ok" and primary["ci_upper"] == math.inf
    # the point estimate is still exp of the pooled log ratio (equal weights: the mean)
    assert primary["estimate"] == math.exp(primary["yi_pooled"]) == math.exp(-0.85)


def test_exp_or_inf():
    assert exp_or_inf(0.0) == 1.0 and exp_or_inf(709.0) == math.inf and exp_or_inf(-1000) == 0.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    level=st.sampled_from([0.5001, 0.8, 0.95, 0.99, 0.999, 0.9999, 0.999999]),
    effects=st.lists(st.tuples(st.floats(-8, 8), st.floats(0.01, 6)), min_size=1, max_size=6),
)
def test_any_level_and_estimates_pool_without_an_exception(level, effects):
    years = {f"s{i}": 2000 + i for i in range(len(effects))}
    result = synthesise(analysis(level), rows(effects), years, 10, 1000)
    for row in result["pooled"]:
        for key in ("estimate", "ci_lower", "ci_upper", "pi_lower", "pi_upper"):
            value = row.get(key)
            assert value is None or isinstance(value, str) or math.isnan(value) or value >= 0
