"""Unit tests of estimate extraction: the seeds and the common reporting formats."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import pytest

from metasynth import extraction, parsing
from metasynth.tables import ESTIMATE_COLUMNS

SEEDS = ROOT / "seeds"
RATIOS = ("HR", "OR", "RR")


def extract_seed(prefix):
    path = next(SEEDS.glob(prefix + "_*.txt"))
    record, text = parsing.parse_document(path.stem, str(path), path.read_bytes())
    return text, extraction.extract_estimates(path.stem, text, record)


def extract(text, arms="", design="rct"):
    record = {"arms": arms, "design": design}
    return extraction.extract_estimates("doc", text, record)


def ratios(rows):
    return [r for r in rows if r["measure"] in RATIOS]


def only_ratio(text, **kwargs):
    found = ratios(extract(text, **kwargs))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_rows_have_columns_ids_and_exact_spans(prefix):
    text, rows = extract_seed(prefix)
    for n, row in enumerate(rows, start=1):
        assert list(row) == ESTIMATE_COLUMNS
        assert row["estimate_id"] == f"{row['doc_id']}:e{n:03d}"
        assert text[row["char_start"]:row["char_end"]] == row["quote"]
        assert text[row["match_start"]:row["match_end"]] == row["match_text"]
        assert row["char_start"] <= row["match_start"] < row["match_end"] <= row["char_end"]
    assert [r["match_start"] for r in rows] == sorted(r["match_start"] for r in rows)


def test_resort_rfs_hazard_ratio():
    _, rows = extract_seed("000")
    (hr,) = ratios(rows)
    assert (hr["measure"], hr["value"], hr["ci_lower"], hr["ci_upper"], hr["ci_level"]) == ("HR", 1.35, 0.72, 2.54, 95)
    assert hr["p_value"] == 0.342 and hr["p_text"] == "p=0.342"
    assert hr["outcome"] == "RFS"
    assert hr["role"] == "treatment_effect"
    assert hr["comparison"] == "sorafenib vs observation"
    assert hr["orientation"] == "not_stated" and hr["numerator_arm"] == ""
    assert hr["match_text"] == "HR 1.35;95% CI 0.72-2.54"


def test_resort_arm_level_estimates():
    _, rows = extract_seed("000")
    props = [(r["value"], r["ci_lower"], r["ci_upper"], r["comparison"]) for r in rows if r["measure"] == "proportion"]
    assert props == [
        (57, 42, 76, "observation arm"),
        (44, 30, 65, "observation arm"),
        (50, 34, 71, "sorafenib arm"),
        (32, 18, 57, "sorafenib arm"),
    ]
    medians = [(r["value"], r["unit"], r["outcome"]) for r in rows if r["measure"] == "median"]
    assert medians == [(35, "months", "RFS"), (21, "months", "RFS")]
    assert all(r["role"] == "other" for r in rows if r["measure"] not in RATIOS)


def test_single_arm_has_no_ratio():
    _, rows = extract_seed("001")
    assert not ratios(rows)
    prop = [r for r in rows if r["measure"] == "proportion"]
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["unit"]) for r in prop] == [(30, 17, 45, "%")]
    median = [r for r in rows if r["measure"] == "median"]
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["outcome"]) for r in median] == [(4.4, 3.6, 5.9, "PFS")]
    assert all(r["role"] == "other" for r in rows)


def test_registry_record_has_no_estimates():
    _, rows = extract_seed("002")
    assert rows == []


def test_biomarker_hazard_ratios():
    _, rows = extract_seed("003")
    found = [(r["value"], r["ci_lower"], r["ci_upper"], r["outcome"], r["role"], r["p_text"]) for r in ratios(rows)]
    assert found == [
        (1.04, 1.00, 1.08, "PFS", "biomarker_or_prognostic", "P = .0411"),
        (1.15, 1.02, 1.29, "OS", "biomarker_or_prognostic", "P = .0173"),
    ]
    assert ratios(rows)[0]["p_value"] == 0.0411


def test_biomarker_seed_medians_with_open_bound():
    _, rows = extract_seed("003")
    os_median = [r for r in rows if r["measure"] == "median" and r["outcome"] == "OS"]
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in os_median] == [(27.04, 22.31, "")]
    pfs = [r["value"] for r in rows if r["measure"] == "median" and r["outcome"] == "PFS"]
    assert pfs == [7.39, 7.56]


def test_desmoid_pfs_hazard_ratio():
    _, rows = extract_seed("004")
    (hr,) = ratios(rows)
    assert (hr["value"], hr["ci_lower"], hr["ci_upper"], hr["ci_level"]) == (0.13, 0.05, 0.31, 95)
    assert hr["p_value"] == 0.001 and hr["p_text"] == "P<0.001"
    assert hr["outcome"] == "PFS" and hr["role"] == "treatment_effect"
    assert hr["comparison"] == "sorafenib vs placebo"
    assert hr["orientation"] == "not_stated"
