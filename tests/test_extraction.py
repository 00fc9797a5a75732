"""Unit tests of estimate extraction: the seeds and the common reporting formats."""

import re
from pathlib import Path

import pytest

from metasynth import extraction, parsing, trials
from metasynth.tables import ESTIMATE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

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


def stated_pairs(rows):
    """(numerator, denominator) of each row whose orientation is stated, else None."""
    return [
        (r["numerator_arm"], r["denominator_arm"]) if r["orientation"] == "stated" else None
        for r in rows
    ]


def only_ratio(text, **kwargs):
    found = ratios(extract(text, **kwargs))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_rows_have_columns_ids_and_exact_spans(prefix):
    text, rows = extract_seed(prefix)
    for n, row in enumerate(rows, start=1):
        assert list(row) == ESTIMATE_COLUMNS
        assert row["estimate_id"].startswith(f"{row['doc_id']}:{row['measure'].lower()}-")
        assert text[row["char_start"] : row["char_end"]] == row["quote"]
        assert text[row["match_start"] : row["match_end"]] == row["match_text"]
        assert row["char_start"] <= row["match_start"] < row["match_end"] <= row["char_end"]
    assert [r["match_start"] for r in rows] == sorted(r["match_start"] for r in rows)


def test_resort_rfs_hazard_ratio():
    _, rows = extract_seed("000")
    (hr,) = ratios(rows)
    assert (hr["measure"], hr["value"], hr["ci_lower"], hr["ci_upper"], hr["ci_level"]) == (
        "HR",
        1.35,
        0.72,
        2.54,
        95,
    )
    assert hr["p_value"] == 0.342 and hr["p_text"] == "p=0.342"
    assert hr["outcome"] == "RFS"
    assert hr["role"] == "treatment_effect"
    assert hr["comparison"] == "sorafenib vs observation"
    assert hr["orientation"] == "conventional" and hr["numerator_arm"] == ""
    assert hr["orientation_rule"] == "orientation.arms_of_document"  # the sentence names one arm
    assert (hr["outcome_rule"], hr["role_rule"]) == (
        "outcome.nearest_before_in_sentence",
        "role.randomised_comparison",
    )
    assert hr["match_text"] == "HR 1.35;95% CI 0.72-2.54"


def test_resort_arm_level_estimates():
    _, rows = extract_seed("000")
    props = [
        (r["value"], r["ci_lower"], r["ci_upper"], r["comparison"])
        for r in rows
        if r["measure"] == "proportion"
    ]
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
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["unit"]) for r in prop] == [
        (30, 17, 45, "%")
    ]
    median = [r for r in rows if r["measure"] == "median"]
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["outcome"]) for r in median] == [
        (4.4, 3.6, 5.9, "PFS")
    ]
    assert all(r["role"] == "other" for r in rows)


def test_registry_record_has_no_estimates():
    _, rows = extract_seed("002")
    assert rows == []


def test_biomarker_hazard_ratios():
    _, rows = extract_seed("003")
    found = [
        (r["value"], r["ci_lower"], r["ci_upper"], r["outcome"], r["role"], r["p_text"])
        for r in ratios(rows)
    ]
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
    assert hr["orientation"] == "conventional"


# --------------------------------------------------------------------------- reporting formats


@pytest.mark.parametrize(
    "sentence, value, lower, upper, level, p_text",
    [
        ("Sorafenib prolonged survival (HR 0.69; 95% CI 0.55-0.87).", 0.69, 0.55, 0.87, 95, ""),
        (
            "Survival was longer with sorafenib (hazard ratio, 0.69; 95% confidence interval, 0.55 to 0.87; P<0.001).",
            0.69,
            0.55,
            0.87,
            95,
            "P<0.001",
        ),
        ("Survival improved (HR = 0.52, 95% CI: 0.38–0.71).", 0.52, 0.38, 0.71, 95, ""),
        (
            "Progression-free survival improved (HR 0.44 [95% CI 0.35–0.55]).",
            0.44,
            0.35,
            0.55,
            95,
            "",
        ),
        (
            "Overall survival improved (hazard ratio 0·59, 95% CI 0·45–0·76; p<0·0001).",
            0.59,
            0.45,
            0.76,
            95,
            "p<0·0001",
        ),
        ("Overall survival improved (HR 0·59 (0·45–0·76)).", 0.59, 0.45, 0.76, "", ""),
        (
            "Time to progression improved (HR 0·57, 0·42–0·79; p=0·0005).",
            0.57,
            0.42,
            0.79,
            "",
            "p=0·0005",
        ),
        ("Survival improved (HR 0.74, 95% CI: 0.61, 0.90).", 0.74, 0.61, 0.90, 95, ""),
        (
            "Survival improved (HR 0.73; 98.5% CI, 0.57 to 0.93; P=0.002).",
            0.73,
            0.57,
            0.93,
            98.5,
            "P=0.002",
        ),
        ("Survival improved (HR 0.80; 90% CI 0.66-0.97).", 0.80, 0.66, 0.97, 90, ""),
        (
            "Disease-free survival did not differ (HR 1.02, 97·5% CI 0·85–1·23; p=0·8038).",
            1.02,
            0.85,
            1.23,
            97.5,
            "p=0·8038",
        ),
        (
            "Survival improved (HR 0.68; 99% CI, 0.47 to 0.99; P=0.0025).",
            0.68,
            0.47,
            0.99,
            99,
            "P=0.0025",
        ),
        ("Overall survival was longer (HR 0.75, P=0.02).", 0.75, "", "", "", "P=0.02"),
        ("Survival improved (p=0.342;HR 1.35;95% CI 0.72-2.54).", 1.35, 0.72, 2.54, 95, "p=0.342"),
        (
            "Median OS was 30.0 months (95% CI, 18.3 months to not reached) vs 14.2 months (HR, 0.63; 95% CI, 0.47 to 0.86).",
            0.63,
            0.47,
            0.86,
            95,
            "",
        ),
        (
            "Progression-free survival was longer (HR 0.56; 95% CI, 0.43 to 0.72; P=3.29×10−6).",
            0.56,
            0.43,
            0.72,
            95,
            "P=3.29×10−6",
        ),
        # decimal commas, as some European journals print them
        (
            "Overall survival was longer (HR 0,69; 95% CI 0,55-0,87; p < 0,001).",
            0.69,
            0.55,
            0.87,
            95,
            "p < 0,001",
        ),
        (
            "Relapse-free survival did not differ (HR 1,35; 95% CI 0,72–2,54; p=0,342).",
            1.35,
            0.72,
            2.54,
            95,
            "p=0,342",
        ),
        (
            "The hazard ratio for death was 0,77 (95% confidence interval 0,65 to 0,91).",
            0.77,
            0.65,
            0.91,
            95,
            "",
        ),
    ],
)
def test_ratio_formats(sentence, value, lower, upper, level, p_text):
    row = only_ratio(sentence, arms="sorafenib;placebo")
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"], row["p_text"]) == (
        value,
        lower,
        upper,
        level,
        p_text,
    )
    assert row["measure"] == "HR"
    assert sentence[row["match_start"] : row["match_end"]] == row["match_text"]


def test_decimal_commas_only_in_documents_that_use_them():
    from metasynth.extraction_patterns import decimal_comma_text

    comma = "Survival improved (HR 0,69; 95% CI 0,55-0,87) in 1,024 patients."
    read = decimal_comma_text(comma)
    assert read == "Survival improved (HR 0.69; 95% CI 0.55-0.87) in 1.024 patients."
    assert len(read) == len(comma)
    # decimal points with commas elsewhere (thousands, lists, citations, "CI: a, b"): untouched
    for text in [
        "Survival improved (HR 0.69; 95% CI: 0.55, 0.87) in 1,024 patients [1,2].",
        "Enrolment: 1,024 participants at sites 3,4 and 12",
        "In 2,3% of patients",  # one decimal-comma number and no ratio: not enough to decide
    ]:
        assert decimal_comma_text(text) is None, text
    # quotes and matched spans are the text as written
    row = only_ratio(comma)
    assert row["match_text"] == "HR 0,69; 95% CI 0,55-0,87"
    assert row["quote"] == comma


def test_scientific_p_value():
    row = only_ratio("PFS was longer (HR 0.56; 95% CI, 0.43 to 0.72; P=3.29×10−6).")
    assert row["p_value"] == pytest.approx(3.29e-6)


def test_p_value_inequality_keeps_bound():
    row = only_ratio("Survival improved (HR 0.69; 95% CI 0.55-0.87; P < .001).")
    assert row["p_value"] == 0.001 and row["p_text"] == "P < .001"


@pytest.mark.parametrize(
    "sentence, measure, value",
    [
        (
            "Response was more frequent (odds ratio, 1.59; 95% CI, 1.25 to 2.01; P<0.001).",
            "OR",
            1.59,
        ),
        ("Response was more frequent (OR 3.13, 95% CI 2.15–4.56).", "OR", 3.13),
        ("pCR was more frequent (risk ratio 1·74, 95% CI 1·30–2·33; p=0·0001).", "RR", 1.74),
        ("Mortality was lower (relative risk, 0.81; 95% CI, 0.70 to 0.94).", "RR", 0.81),
        ("Mortality was lower (RR 0.81, 95% CI 0.70-0.94).", "RR", 0.81),
    ],
)
def test_odds_and_risk_ratios(sentence, measure, value):
    row = only_ratio(sentence)
    assert (row["measure"], row["value"]) == (measure, value)


def test_english_or_is_not_an_odds_ratio():
    assert (
        ratios(extract("Patients received sorafenib or placebo for 2 years or until progression."))
        == []
    )


@pytest.mark.parametrize(
    "sentence, numerator, denominator",
    [
        (
            "PFS was longer with sorafenib (HR (placebo/sorafenib) 2.27; 95% CI 1.82-2.86).",
            "placebo",
            "sorafenib",
        ),
        (
            "The hazard ratio for death with placebo vs sorafenib was 1.45 (95% CI 1.10-1.90).",
            "placebo",
            "sorafenib",
        ),
        (
            "Survival improved (hazard ratio for death in the sorafenib group as compared with the placebo group, 0.69; "
            "95% confidence interval, 0.55 to 0.87).",
            "sorafenib",
            "placebo",
        ),
        (
            "Survival was shorter (hazard ratio [HR] for sunitinib v sorafenib, 1.30; 95% CI, 1.13 to 1.50).",
            "sunitinib",
            "sorafenib",
        ),
        ("The HR for sorafenib vs placebo was 0.58 (95% CI 0.45-0.74).", "sorafenib", "placebo"),
    ],
)
def test_stated_orientation(sentence, numerator, denominator):
    row = only_ratio(sentence, arms="sorafenib;placebo")
    assert row["orientation"] == "stated"
    assert (row["numerator_arm"], row["denominator_arm"]) == (numerator, denominator)
    assert row["comparison"] == f"{numerator} vs {denominator}"


def test_favoring_does_not_state_orientation():
    row = only_ratio(
        "Overall survival favored the sorafenib group (HR 0.68; 95% CI 0.56-0.84).",
        arms="sorafenib;placebo",
    )
    assert row["orientation"] == "conventional"
    assert row["numerator_arm"] == "" and row["denominator_arm"] == ""
    assert row["comparison"] == "sorafenib vs placebo"


def test_subgroup_beside_main_estimate():
    text = (
        "Progression-free survival was longer with gefitinib (hazard ratio for progression or death, 0.74; "
        "95% CI, 0.65 to 0.85; P<0.001). In patients with an EGFR mutation, progression-free survival was longer "
        "with gefitinib (HR, 0.48; 95% CI, 0.36 to 0.64). Among patients without the mutation, HR was 2.85 "
        "(95% CI, 2.05 to 3.98)."
    )
    rows = ratios(extract(text, arms="gefitinib;carboplatin-paclitaxel"))
    assert [(r["value"], r["role"]) for r in rows] == [
        (0.74, "treatment_effect"),
        (0.48, "subgroup"),
        (2.85, "subgroup"),
    ]
    assert all(r["outcome"] == "PFS" for r in rows)


def test_subgroup_analysis_words():
    text = (
        "Overall survival was longer (HR 0.87; 95% CI 0.73-1.03). Preplanned subgroup analyses showed the OS hazard "
        "ratio was 0.97 (95% CI, 0.75 to 1.25) in Asian patients and 0.63 (95% CI, 0.43 to 0.94) in Pan-American patients."
    )
    rows = ratios(extract(text))
    assert [(r["value"], r["role"], r["outcome"]) for r in rows] == [
        (0.87, "treatment_effect", "OS"),
        (0.97, "subgroup", "OS"),
        (0.63, "subgroup", "OS"),
    ]


def test_multivariable_covariate_is_prognostic():
    text = (
        "PFS was longer with cabozantinib (HR 0.66; 95% CI 0.46-0.95). In a Cox model adjusted for risk group, "
        "the presence of bone metastases was associated with shorter PFS (HR = 1.81, 95% CI: 1.24–2.63)."
    )
    rows = ratios(extract(text, arms="cabozantinib;sunitinib"))
    assert [(r["value"], r["role"]) for r in rows] == [
        (0.66, "treatment_effect"),
        (1.81, "biomarker_or_prognostic"),
    ]
    assert rows[1]["comparison"] == ""


def test_pooled_estimate_quoted_from_meta_analysis():
    text = (
        "Background: A meta-analysis of earlier trials found no survival benefit (HR 0.96, 95% CI 0.86-1.07). "
        "Methods: We randomly assigned 1528 women to bevacizumab or standard therapy. "
        "Results: Progression-free survival was longer with bevacizumab (HR 0.81; 95% CI 0.70-0.94; P=0.004)."
    )
    rows = ratios(extract(text, arms="bevacizumab;standard therapy"))
    assert [(r["value"], r["role"]) for r in rows] == [(0.96, "other"), (0.81, "treatment_effect")]


def test_updated_follow_up_report():
    text = (
        "Updated analyses of progression-free survival were similar to those previously reported "
        "(stratified hazard ratio for disease progression or death, 0.51; 95% CI, 0.41 to 0.63)."
    )
    row = only_ratio(text, arms="durvalumab;placebo")
    assert (row["role"], row["outcome"]) == ("treatment_effect", "PFS")


def test_values_stated_respectively():
    text = (
        "The hazard ratios for death and for disease progression or death with TAS-102 versus placebo were 0.68 and "
        "0.48, respectively (95% CI, 0.58 to 0.81 and 0.41 to 0.57; P<0.001 for both comparisons)."
    )
    rows = ratios(extract(text, arms="tas-102;placebo"))
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["outcome"]) for r in rows] == [
        (0.68, 0.58, 0.81, "OS"),
        (0.48, 0.41, 0.57, "PFS"),
    ]
    assert all(r["p_text"] == "P<0.001" and r["numerator_arm"] == "tas-102" for r in rows)


def test_comparator_named_before_values_of_a_three_arm_trial():
    text = (
        "Relative to control treatment, the hazard ratio for progression or death was 0.908 (95% CI, 0.795 to 1.040; "
        "P=0.16) with bevacizumab initiation and 0.717 (95% CI, 0.625 to 0.824; P<0.001) with bevacizumab throughout."
    )
    rows = ratios(extract(text))
    assert [(r["value"], r["numerator_arm"], r["denominator_arm"]) for r in rows] == [
        (0.908, "bevacizumab initiation", "control"),
        (0.717, "bevacizumab throughout", "control"),
    ]


# Registry results pages print an outcome measure's title under different labels: after
# "Outcome Measure:", on the line after "1. Primary Outcome", after "Title:" below
# "Primary Outcome Measure". The title names one endpoint, composed of the parts it lists;
# a statistical analysis's "Comparison Group(s) (Selection)" gives its arms.
@pytest.mark.parametrize(
    "header, outcome",
    [
        ("Outcome Measure: Time to Cardiovascular Death\n", "CVD"),
        (
            "1. Primary Outcome\nTime to First Occurrence of Four-Component Major Adverse "
            "Cardiovascular Events (MACE-4): Cardiovascular Death, Nonfatal Myocardial "
            "Infarction, Nonfatal Stroke, or Coronary Revascularization\n"
            "Time Frame: Up to 6.5 years\n",
            "MACE",
        ),
        (
            "Secondary Outcome Measure\nTitle: Time to First Occurrence of Adjudicated Death Due "
            "to Renal Failure, Sustained End-stage Renal Disease, or Sustained Decrease of 40% or "
            "More in eGFR From Baseline\nTime Frame: up to 4.2 years\n",
            "KIDNEY_COMPOSITE",
        ),
        (
            "Primary Outcome Measure\nTitle: Time to First Occurrence of Any Component of the "
            "Primary Composite Endpoint (3-point MACE)\n",
            "MACE",
        ),
        # a title naming no endpoint the vocabulary knows
        ("2. Secondary Outcome\nChange in Body Weight\n", ""),
        # ... nor do the arm names of the table under it, nor the line after a labelled title
        (
            "Secondary Outcome: Dependence on RRT at 90 Days Among Survivors\n"
            "Arm/Group Title          Accelerated RRT    Standard RRT\n",
            "",
        ),
        ("2. Secondary Outcome\nArm/Group Title    Accelerated RRT    Standard RRT\n", ""),
    ],
)
def test_registry_outcome_measure_titles(header, outcome):
    text = (
        header + "Participants with event: 819 | 927\n\n"
        "Statistical Analysis 1\n"
        "Comparison Group Selection: Bempedoic Acid 180 mg, Placebo\n"
        "Method: Cox Proportional Hazards\n"
        "Hazard Ratio (HR): 0.87\n"
        "Confidence Interval (2-Sided) 95%: 0.79 to 0.96\n"
    )
    record = {"source_type": "registry_record", "design": "registry"}
    (row,) = extraction.extract_estimates("r", text, record)
    assert (row["value"], row["ci_lower"], row["ci_upper"]) == (0.87, 0.79, 0.96)
    assert row["outcome"] == outcome
    assert row["comparison"] == "bempedoic acid 180 mg vs placebo"


# A registry analysis's groups however the register prints them: "Comparison groups: A v B"
# (the EU register's "v"), "Comparison groups: A, B" in lower case.
@pytest.mark.parametrize(
    "groups, comparison",
    [
        (
            "Comparison groups: Simvastatin + rifaximin v Placebo",
            "simvastatin + rifaximin vs placebo",
        ),
        ("  Comparison groups: Sotatercept, Placebo", "sotatercept vs placebo"),
        ("Comparison Groups: Clarithromycin vs Placebo", "clarithromycin vs placebo"),
    ],
)
def test_registry_comparison_groups_as_registers_print_them(groups, comparison):
    text = (
        "Primary Outcome: Time to death or clinical worsening\n"
        "Statistical Analysis 1\n" + groups + "\n"
        "Method: Cox Proportional Hazards\n"
        "Hazard Ratio (HR): 1.23\n"
        "Confidence Interval (2-Sided) 95%: 0.65 to 2.34\n"
    )
    record = {"source_type": "registry_record", "design": "registry"}
    (row,) = extraction.extract_estimates("r", text, record)
    assert row["comparison"] == comparison


def test_registry_posted_results():
    text = (
        "Outcome Measure: Overall Survival\n"
        "Arm/Group Title: Sorafenib | Placebo\n"
        "Statistical Analysis 1\n"
        "  P-Value: 0.00058\n"
        "  Method of Estimation: Estimation Parameter: Hazard Ratio (HR)\n"
        "  Estimated Value: 0.69\n"
        "  Confidence Interval (2-Sided) 95% 0.55 to 0.87\n"
        "  Estimation Comments: Hazard ratio sorafenib/placebo. A hazard ratio < 1 indicates a benefit.\n"
    )
    record = {"source_type": "registry_record", "design": "registry", "arms": "sorafenib;placebo"}
    rows = extraction.extract_estimates("r", text, record)
    assert len(rows) == 1
    row = rows[0]
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"]) == (
        0.69,
        0.55,
        0.87,
        95,
    )
    assert (row["p_text"], row["outcome"], row["role"]) == (
        "P-Value: 0.00058",
        "OS",
        "treatment_effect",
    )
    assert (row["numerator_arm"], row["denominator_arm"], row["orientation"]) == (
        "sorafenib",
        "placebo",
        "stated",
    )
    assert text[row["char_start"] : row["char_end"]] == row["quote"]


def test_outcome_names():
    cases = {
        "relapse free survival": "RFS",
        "recurrence-free survival": "RFS",
        "progression or death": "PFS",
        "time to progression": "TTP",
        "objective response rate": "ORR",
        "overall survival": "OS",
        "event-free survival": "EFS",
        "disease-free survival": "DFS",
    }
    for phrase, code in cases.items():
        row = only_ratio(f"The hazard ratio for {phrase} was 0.70 (95% CI 0.55-0.89).")
        assert row["outcome"] == code, phrase


def test_bare_progression_follows_the_documents_endpoint():
    """ "Hazard ratio for progression" is TTP in a document about time to progression and
    PFS otherwise (also when the document names both endpoints)."""
    sentence = "The hazard ratio for progression was 0.58 (95% CI 0.45-0.74; P<0.001)."
    ttp = "The primary end point was time to progression. " + sentence
    pfs = "The primary end point was progression-free survival. " + sentence
    both = "End points were progression-free survival and time to progression. " + sentence
    assert only_ratio(ttp)["outcome"] == "TTP"
    assert only_ratio(pfs)["outcome"] == "PFS"
    assert only_ratio(both)["outcome"] == "PFS"
    # with no endpoint and no cancer named, the progression of what is not said: unknown
    assert only_ratio(sentence)["outcome"] == ""
    assert (
        only_ratio("In metastatic breast cancer, " + sentence[0].lower() + sentence[1:])["outcome"]
        == "PFS"
    )
    # the sentence's own endpoint wins over the document's
    own = (
        "Median time to progression was 11.5 vs 9.1 months (hazard ratio for progression, 0.73; "
        "95% CI, 0.58 to 0.93). In a multivariate model, HGF levels were associated with poorer PFS."
    )
    assert ratios(extract(own))[0]["outcome"] == "TTP"


def test_offsets_index_text_with_byte_order_mark_and_non_ascii():
    text = "\ufeffRésumé — survival improved (HR 0·59, 95% CI 0·45–0·76)."
    row = only_ratio(text)
    assert (
        text[row["match_start"] : row["match_end"]]
        == row["match_text"]
        == "HR 0·59, 95% CI 0·45–0·76"
    )
    assert text[row["char_start"] : row["char_end"]] == row["quote"]


def test_non_estimates_are_ignored():
    text = (
        "The non-inferiority margin was a hazard ratio of 1.08. A hazard ratio < 1 indicates benefit. "
        "Hazard ratios were estimated with Cox models in 120 patients."
    )
    assert ratios(extract(text)) == []


@pytest.mark.parametrize(
    "sentence, value, lower, upper, level, p_text",
    [
        (
            "Overall survival was improved (HR: 0.69 (95% CI: 0.55, 0.87)).",
            0.69,
            0.55,
            0.87,
            95,
            "",
        ),
        ("Overall survival was improved (HR=0.69, 95%CI=0.55-0.87).", 0.69, 0.55, 0.87, 95, ""),
        (
            "OS improved (hazard ratio (HR) 0.69 (95% confidence interval [CI] 0.55–0.87)).",
            0.69,
            0.55,
            0.87,
            95,
            "",
        ),
        (
            "OS improved (hazard ratio [HR], 0.69; 95% confidence interval [95% CI], 0.55-0.87).",
            0.69,
            0.55,
            0.87,
            95,
            "",
        ),
        (
            "OS improved (HR 0.69 (95% CI 0.55 to 0.87, P < 0.001)).",
            0.69,
            0.55,
            0.87,
            95,
            "P < 0.001",
        ),
        ("OS improved (HR, 0.69 [95% CI, 0.55-0.87]; P < .001).", 0.69, 0.55, 0.87, 95, "P < .001"),
        (
            "OS improved (HR 0.69; 95% CI, 0.55-0.87; log-rank P < 0.001).",
            0.69,
            0.55,
            0.87,
            95,
            "log-rank P < 0.001",
        ),
        ("OS improved (HR 0.69, 95% confidence limits 0.55-0.87).", 0.69, 0.55, 0.87, 95, ""),
        ("OS improved (HR = 0.69; 95% C.I. 0.55–0.87).", 0.69, 0.55, 0.87, 95, ""),
        (
            "OS improved (HR 0.69, 95% CI 0.55-0.87, p-value 0.001).",
            0.69,
            0.55,
            0.87,
            95,
            "p-value 0.001",
        ),
        ("OS improved (HR 0.69 with 95% CI of 0.55 to 0.87).", 0.69, 0.55, 0.87, 95, ""),
        (
            "The hazard ratio was 0.69 (95% CI 0.55-0.87) with P = 0.0005.",
            0.69,
            0.55,
            0.87,
            95,
            "P = 0.0005",
        ),
        ("The hazard ratio was 0.69 (95 % CI 0.55 - 0.87).", 0.69, 0.55, 0.87, 95, ""),
        ("OS improved (hazard ratio 0.75 (P=.02)).", 0.75, "", "", "", "P=.02"),
        ("Death was less likely (aHR 0.7 (0.5–0.9)).", 0.7, 0.5, 0.9, "", ""),
        ("OS improved (HR (95% CI) 0.70 (0.55-0.89)).", 0.70, 0.55, 0.89, 95, ""),
        # Lancet style: value and bounds separated by semicolons, no "CI"
        ("PFS was longer (HR 0·69; 0·58-0·83; p<0·0001).", 0.69, 0.58, 0.83, "", "p<0·0001"),
        (
            "Death occurred less often (relative risk, 0.59; 95 percent confidence interval, 0.37 "
            "to 0.94; P=0.03).",
            0.59,
            0.37,
            0.94,
            95,
            "P=0.03",
        ),
        (
            "Recovery was similar (odds ratio 1·06 [95% Bayesian credible interval 0·81-1·41]).",
            1.06,
            0.81,
            1.41,
            95,
            "",
        ),
        (
            "Recovery was faster (11·8 days [95% BCI 10·0 to 14·1] vs 14·7 days; hazard ratio "
            "1·21 [95% BCI 1·08 to 1·36]).",
            1.21,
            1.08,
            1.36,
            95,
            "",
        ),
    ],
)
def test_more_ratio_layouts(sentence, value, lower, upper, level, p_text):
    row = only_ratio(sentence)
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"], row["p_text"]) == (
        value,
        lower,
        upper,
        level,
        p_text,
    )


def test_two_values_with_endpoints_named_after():
    rows = ratios(
        extract(
            "HRs were 0.69 (95% CI, 0.55–0.87) and 0.72 (95% CI 0.60–0.86) for OS and PFS, respectively."
        )
    )
    assert [(r["value"], r["outcome"]) for r in rows] == [(0.69, "OS"), (0.72, "PFS")]


@pytest.mark.parametrize(
    "text",
    [
        "Patients with HR-positive, HER2-negative disease (n = 668) were randomized for 12 weeks.",
        "SORAFENIB OR PLACEBO IN PATIENTS WITH PHASE 3 DISEASE.",
        "Heart rate (HR 72 beats per minute) was stable.",
        "The study had 80% power to detect a hazard ratio of 0.75 at a two-sided alpha of 0.05.",
        "Holman RR(1), Bethel MA(2), Mentz RJ(3), Thompson VP, Lokhnygina Y.",
    ],
)
def test_no_false_ratio(text):
    assert ratios(extract(text)) == []


def test_medians_of_two_arms_sharing_a_unit():
    rows = extract("Median OS was 10.7 vs 7.9 months (HR 0.69, 95% CI 0.55–0.87).")
    assert [(r["measure"], r["value"], r["unit"], r["outcome"]) for r in rows] == [
        ("median", 10.7, "months", "OS"),
        ("median", 7.9, "months", "OS"),
        ("HR", 0.69, "", "OS"),
    ]


def test_median_follow_up_is_not_an_estimate():
    assert extract("The median follow-up was 19.7 months (range, 0-34.2 months).") == []


def test_estimate_in_text_wrapped_over_lines():
    text = (
        "RESULTS: Median overall survival was 10.7 months in the sorafenib group and 7.9 months in the placebo\n"
        "group (hazard ratio for death in the sorafenib group, 0.69; 95% confidence interval, 0.55 to 0.87;\n"
        "P<0.001). There was no difference in time to symptomatic progression.\n"
        "Study Type: Interventional\n"
    )
    row = only_ratio(text, arms="sorafenib;placebo")
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["p_text"], row["outcome"]) == (
        0.69,
        0.55,
        0.87,
        "P<0.001",
        "OS",
    )
    assert row["quote"].startswith("RESULTS: Median overall survival") and row["quote"].endswith(
        "P<0.001)."
    )
    assert text[row["char_start"] : row["char_end"]] == row["quote"]


@pytest.mark.parametrize(
    "sentence",
    [
        "OS improved (HR 0.69; 95% CI [0.55, 0.87]).",
        "OS improved (HR 0.69 (95% CI 0.55‒0.87)).",
        "OS improved (HR 0.69; 95% CI (0.55–0.87)).",
    ],
)
def test_interval_brackets_and_dashes(sentence):
    row = only_ratio(sentence)
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"]) == (
        0.69,
        0.55,
        0.87,
        95,
    )


def test_estimate_of_another_named_trial_is_quoted():
    record = {"arms": "lenvatinib;sorafenib", "design": "rct", "acronym": "REFLECT"}
    text = (
        "In the SHARP trial, sorafenib prolonged survival (HR 0.69; 95% CI 0.55-0.87). "
        "In the REFLECT trial, lenvatinib was non-inferior (HR 0.92; 95% CI 0.79-1.06)."
    )
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [(r["value"], r["role"]) for r in rows] == [(0.69, "other"), (0.92, "treatment_effect")]


def test_prognostic_ratio_in_single_arm_study():
    text = "Patients with high baseline VEGF levels had shorter PFS (HR 1.8; 95% CI 1.2-2.7)."
    row = only_ratio(text, arms="", design="single_arm")
    assert row["role"] == "biomarker_or_prognostic"


def test_two_values_and_two_intervals_without_respectively():
    rows = ratios(
        extract(
            "In advanced gastric cancer, the HRs for death and progression were 0.69 and 0.58 "
            "(95% CIs 0.55–0.87 and 0.45–0.74)."
        )
    )
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["outcome"]) for r in rows] == [
        (0.69, 0.55, 0.87, "OS"),
        (0.58, 0.45, 0.74, "PFS"),
    ]


def test_semicolon_between_bracketed_bounds():
    row = only_ratio("OS improved (HR 0.69 [0.55; 0.87]).")
    assert (row["ci_lower"], row["ci_upper"]) == (0.55, 0.87)


def test_treatment_named_without_known_arms_is_a_treatment_effect():
    row = only_ratio("Sorafenib was associated with longer PFS (HR 0.5; 95% CI 0.3-0.8).", arms="")
    assert row["role"] == "treatment_effect"


def test_covariate_association_in_an_arm_is_prognostic():
    text = (
        "PFS was longer with sorafenib (HR 0.6; 95% CI 0.5-0.8). In the sorafenib group, high baseline VEGF levels "
        "were associated with shorter OS (HR 1.5; 95% CI 1.1-2.0)."
    )
    rows = ratios(extract(text, arms="sorafenib;placebo"))
    assert [r["role"] for r in rows] == ["treatment_effect", "biomarker_or_prognostic"]


def test_windows_line_endings_give_the_same_estimates():
    text = (
        "Statistical Analysis 1\n  P-Value: 0.00058\n  Method of Estimation: Estimation Parameter: Hazard Ratio (HR)\n"
        "  Estimated Value: 0.69\n  Confidence Interval (2-Sided) 95% 0.55 to 0.87\n\n"
        "RESULTS: Median overall survival was 10.7 months in the sorafenib group and 7.9 months in the placebo group "
        "(hazard ratio, 0.69; 95% confidence interval, 0.55 to 0.87; P<0.001).\n"
    )
    record = {"source_type": "registry_record", "arms": "sorafenib;placebo"}
    unix = extraction.extract_estimates("d", text, record)
    crlf_text = text.replace("\n", "\r\n")
    windows = extraction.extract_estimates("d", crlf_text, record)
    keys = ("measure", "value", "ci_lower", "ci_upper", "ci_level", "p_text", "outcome", "role")
    assert [tuple(r[k] for k in keys) for r in windows] == [tuple(r[k] for k in keys) for r in unix]
    assert all(crlf_text[r["char_start"] : r["char_end"]] == r["quote"] for r in windows)


def test_difference_in_medians_is_not_a_median():
    assert extract("Sorafenib improved median progression-free survival by nearly 3 months.") == []


def test_registry_results_with_values_on_their_own_lines():
    text = (
        "Outcome Measure: Progression-free Survival\n"
        "Statistical Analysis 1\n"
        "  P-Value: <0.0001\n"
        "  Method of Estimation: Hazard Ratio (HR)\n"
        "  0.48\n"
        "  95% Confidence Interval\n"
        "  0.41 to 0.57\n"
    )
    rows = extraction.extract_estimates("r", text, {"source_type": "registry_record"})
    assert [
        (r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"], r["p_text"], r["outcome"])
        for r in rows
    ] == [(0.48, 0.41, 0.57, 95, "P-Value: <0.0001", "PFS")]


# The EU register's results: "Point estimate" and the interval's level and bounds each on a
# line of their own (a "Sides" line may come between).
def test_eu_register_results_with_a_point_estimate_and_bounds_on_their_own_lines():
    text = (
        "End point title: Early clinical response\n"
        "Statistical analysis title: Clarithromycin vs placebo\n"
        "Analysis type: superiority\n"
        "P-value: < 0.0001\n"
        "Parameter estimate: Odds ratio (OR)\n"
        "Point estimate: 3.40\n"
        "Confidence interval level: 95 %\n"
        "Sides: 2-sided\n"
        "Lower limit: 2.06\n"
        "Upper limit: 5.63\n"
    )
    rows = ratios(extraction.extract_estimates("r", text, {"source_type": "registry_record"}))
    assert [
        (r["measure"], r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"]) for r in rows
    ] == [("OR", 3.4, 2.06, 5.63, 95)]


# ... and as the register's page nests them: a "Confidence interval" heading over "level",
# "sides", "lower limit" and "upper limit", a colon or a tab after each field; its outcome
# heading is "End point title:", its p-value "P-value = 0.52"
@pytest.mark.parametrize("sep", [": ", "\t"])
def test_eu_register_results_with_the_interval_nested_under_its_heading(sep):
    text = (
        "End point title: Incidence of stroke at 12 months\n"
        "Statistical analysis title: Cox model\n"
        "Comparison groups: Drug v Placebo\n"
        "P-value = 0.52\n"
        f"Parameter estimate{sep}Hazard ratio (HR)\n"
        f"Point estimate{sep}1.23\n"
        "Confidence interval\n"
        f"  level{sep}95 %\n"
        f"  sides{sep}2-sided\n"
        f"  lower limit{sep}0.65\n"
        f"  upper limit{sep}2.34\n"
    )
    rows = ratios(extraction.extract_estimates("r", text, {"source_type": "registry_record"}))
    assert [
        (r["measure"], r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"], r["p_text"])
        for r in rows
    ] == [("HR", 1.23, 0.65, 2.34, 95, "P-value = 0.52")]
    assert rows[0]["outcome"] == "STROKE"


# A registry's analysis block copied onto a page not known as a registry record (its
# headings left off): read as a block when the interval's line follows the value's; a
# value at a line's end with no interval after it is left to the prose and table rules.
def test_a_registry_block_on_a_page_not_known_as_a_registry_record():
    text = (
        "Statistical analysis 1\n"
        "  Comparison group selection: Device group, Control group\n"
        "  Method: Cox proportional hazards\n"
        "  Hazard Ratio (HR): 0.44\n"
        "  95% Confidence Interval: 0.33 to 0.59\n"
        "  P-value: <0.001\n"
    )
    rows = ratios(extraction.extract_estimates("r", text, {"source_type": "unknown"}))
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"]) for r in rows] == [
        (0.44, 0.33, 0.59, 95)
    ]


# "hazards ratio", as many papers print it, is a hazard ratio, and the values after it
# without a name are hazard ratios too
def test_hazards_ratio_is_a_hazard_ratio():
    text = (
        "After diagnosis, the risks of fractures (hazards ratio 0.69, 0.56 to 0.84) and gastric "
        "ulcers (0.59, 0.41 to 0.84) were lower in patients treated surgically."
    )
    rows = ratios(extraction.extract_estimates("r", text, {}))
    assert [(r["measure"], r["value"], r["ci_lower"]) for r in rows] == [
        ("HR", 0.69, 0.56),
        ("HR", 0.59, 0.41),
    ]


# A one-sided interval is no two-sided CI: the estimate is kept (not read as the design's
# margin in a sentence about non-inferiority) with no bounds, so it gets no SE from them;
# the hypothesis a p-value tests is part of its text, so a non-inferiority p is never read
# as the two-sided test against 1
@pytest.mark.parametrize(
    "sentence, value",
    [
        (
            "Median time was 50.5 hours with HFNC vs 42.9 hours with CPAP (adjusted HR, 0.83; "
            "1-sided 97.5% CI, 0.70-infinity), so HFNC did not meet the noninferiority criterion.",
            0.83,
        ),
        ("The hazard ratio was 0.83 (one-sided 97.5% CI, 0.70 to ∞) for noninferiority.", 0.83),
    ],
)
def test_a_one_sided_interval_keeps_the_estimate_without_bounds(sentence, value):
    rows = ratios(extraction.extract_estimates("r", sentence, {}))
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == [(value, "", "")]


def test_the_hypothesis_of_a_p_value_is_part_of_its_text():
    (row,) = ratios(
        extraction.extract_estimates(
            "r", "Mortality was similar (HR 0.95, 95% CI 0.80-1.10; P=0.01 for noninferiority).", {}
        )
    )
    assert row["p_text"] == "P=0.01 for noninferiority"


# a short name reaches its value across the verb that gives the favoured arm
@pytest.mark.parametrize(
    "sentence, value",
    [
        (
            "Median PFS was not reached; the HR favoured pembrolizumab+CCRT (0.61 [95% CI 0.40-0.93]).",
            0.61,
        ),
        ("The OS HR favoring nivolumab was 0.73 (95% CI 0.60-0.89).", 0.73),
        # a meta-analysis's model between the name and the value
        (
            "Oral care showed no association with pneumonia (HR random 0.89, 95% CI 0.64-1.25).",
            0.89,
        ),
        ("Pooled, the OR fixed was 1.12 (95% CI 0.98-1.28).", 1.12),
    ],
)
def test_a_short_name_reaches_its_value_across_the_favoured_arm(sentence, value):
    rows = ratios(extraction.extract_estimates("r", sentence, {}))
    assert [r["value"] for r in rows] == [value]


# a label between the value and its interval that compares the arms: the interval is the
# value's, the label states its comparison
def test_an_interval_after_a_label_comparing_the_arms():
    text = (
        "The unadjusted overall hazard ratio was 0.76 in the surgery group, as compared with the "
        "control group (95% CI, 0.59 to 0.99; P=0.04)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert (row["ci_lower"], row["ci_upper"], row["p_text"]) == (0.59, 0.99, "P=0.04")
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == (
        "stated",
        "surgery",
        "control",
    )


# an exposure's increment after a measure name is no value ("per 10-unit increase", "for
# each 5 kg"); the value after it is
@pytest.mark.parametrize(
    "sentence, values",
    [
        (
            "Table 2. Hazard ratios for death per 10-unit increase in pollutant (two-pollutant model).",
            [],
        ),
        ("The odds ratio for each 5 kg gained was 1.20 (95% CI 1.05-1.37).", [1.2]),
        (
            "Mortality fell with longer use (HR for trend per exposure year 0.991; 0.985-0.997).",
            [0.991],
        ),
    ],
)
def test_an_exposures_increment_is_not_a_value(sentence, values):
    assert [r["value"] for r in ratios(extraction.extract_estimates("r", sentence, {}))] == values


# a table's reference row ("No use | 1.00 | | 1.00 |", "Never | 1 (reference)") gives no
# estimate and does not end the table: the rows under it are read with the header's level
@pytest.mark.parametrize("reference", ["1.00", "1 (reference)", "Ref", "1 [Reference]"])
def test_a_tables_reference_row_does_not_end_it(reference):
    text = (
        "Table 2. Dose and Risk of Autism\n"
        "Dose | Model 1 HR (95% CI) | P\n"
        f"No use | {reference} |\n"
        "Low | 1.33 (1.20-1.48) | <.001\n"
        "High | 1.52 (1.41-1.64) | <.001\n"
    )
    rows = ratios(extraction.extract_estimates("r", text, {}))
    assert [(r["value"], r["ci_level"]) for r in rows] == [(1.33, 95), (1.52, 95)]


# the review's cases: "each" before a value, a short name with a label comparing the arms,
# a Lancet decimal after a capitalised word, a quantity inside the measure's own bracket,
# a p-value's sides after it
@pytest.mark.parametrize(
    "sentence, value, ci_lower, p_text",
    [
        ("The odds ratios in the two cohorts were each 1.20 (95% CI 1.05-1.37).", 1.2, 1.05, ""),
        (
            "HR 0.76 in the surgery group, relative to the control group (95% CI 0.59 to 0.99).",
            0.76,
            0.59,
            "",
        ),
        (
            "Death was more frequent in Asia (hazard ratio in Asia 1·52; p=0·04).",
            1.52,
            "",
            "p=0·04",
        ),
        ("Mortality was similar (HR 0.95; P = 0.01, one-sided).", 0.95, "", "P = 0.01, one-sided"),
        (
            "Mortality was similar (HR 0.95; P = 0.01 (one-sided)).",
            0.95,
            "",
            "P = 0.01 (one-sided)",
        ),
    ],
)
def test_values_the_review_found(sentence, value, ci_lower, p_text):
    (row,) = ratios(extraction.extract_estimates("d", sentence, {}))
    assert (row["value"], row["ci_lower"], row["p_text"]) == (value, ci_lower, p_text)


def test_a_quantity_inside_the_measures_own_bracket_does_not_stop_a_bare_value():
    text = (
        "Survival improved (hazard ratio 0.62, 95% CI 0.47-0.82; median 24 vs 18 months), and "
        "the benefit held in women (0.70, 0.55-0.89)."
    )
    assert [r["value"] for r in ratios(extraction.extract_estimates("d", text, {}))] == [0.62, 0.7]


def test_a_label_comparing_the_arms_is_no_subgroup_nor_another_arm():
    text = (
        "The hazard ratio for death was 1.30 in women, as compared with men (95% CI, 1.10 to 1.52)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {}))
    assert row["role"] != "subgroup"


# a heading's number after a measure name is no value: "Model 2 HR (95% CI)" columns
def test_a_headings_number_after_a_measure_is_not_a_value():
    text = (
        "Table 2. Dose and Risk of Autism\n"
        "Dose | Model 1 HR (95% CI) | P | Model 2 HR (95% CI) | P | Model 3 HR (95% CI) | P\n"
        "No use | 1.00 | | 1.00 | | 1.00 |\n"
        "Low | 1.33 (1.20-1.48) | <.001 | 1.14 (1.02-1.26) | .017 | 1.01 (0.91-1.12) | .89\n"
    )
    rows = ratios(extraction.extract_estimates("r", text, {}))
    assert not {2.0, 3.0} & {r["value"] for r in rows}
    rows = ratios(extraction.extract_estimates("r", "The odds ratio was 2 (95% CI 1.1-3.6).", {}))
    assert [r["value"] for r in rows] == [2.0]


@pytest.mark.parametrize(
    "p_text, p_value",
    [
        ("P = 2.2 × 10^-16", 2.2e-16),
        ("P = 2.2e-16", 2.2e-16),
        ("P < 10−4", 1e-4),
        ("P=3.29×10−6", 3.29e-6),
        ("p=0·014", 0.014),
    ],
)
def test_p_value_notations(p_text, p_value):
    row = only_ratio(f"OS improved (HR 0.5; 95% CI 0.4-0.6; {p_text}).")
    assert row["p_text"] == p_text
    assert row["p_value"] == p_value


def test_arm_level_medians_named_with_their_arms():
    text = (
        "Median overall survival was 11·2 months (95% CI 9·9–12·6) in the drugatinib group and 8·7 months (7·6–9·9) in "
        "the placebo group (HR 0·71, 95% CI 0·58–0·87). Median PFS was 8.2 months with drugatinib and 4.1 months with placebo."
    )
    rows = [r for r in extract(text, arms="drugatinib;placebo") if r["measure"] == "median"]
    assert [
        (r["value"], r["ci_lower"], r["ci_upper"], r["comparison"], r["outcome"]) for r in rows
    ] == [
        (11.2, 9.9, 12.6, "drugatinib arm", "OS"),
        (8.7, 7.6, 9.9, "placebo arm", "OS"),
        (8.2, "", "", "drugatinib arm", "PFS"),
        (4.1, "", "", "placebo arm", "PFS"),
    ]


def test_hormone_receptor_is_not_a_hazard_ratio():
    assert (
        ratios(
            extract("Women with HR+/HER2– breast cancer and 1 prior line of therapy were enrolled.")
        )
        == []
    )
    assert ratios(extract("Patients with HR-positive disease received 2 cycles.")) == []


def test_run_on_text_gives_bounded_quotes():
    text = " ".join(["word"] * 3000) + " HR 0.5 (95% CI 0.4-0.6) " + " ".join(["word"] * 3000)
    row = only_ratio(text)
    assert len(row["quote"]) <= 3100
    assert text[row["char_start"] : row["char_end"]] == row["quote"]
    assert row["char_start"] <= row["match_start"] < row["match_end"] <= row["char_end"]


def test_estimate_broken_over_lines_inside_its_interval():
    text = (
        "Survival was longer with nivolumab than with everolimus in all of the analysed patients\n"
        "during the whole period of follow-up (Hazard ratio (HR) for death, 0.73; 98.5%\nCI 0.57 -\n0.93; P=0.002). "
        "No new safety signals were seen.\n"
    )
    row = only_ratio(text)
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"], row["p_text"]) == (
        0.73,
        0.57,
        0.93,
        98.5,
        "P=0.002",
    )


def test_short_measure_name_with_a_long_qualifier():
    row = only_ratio(
        "Survival improved (HR for death in the sorafenib group as compared with the placebo group, 0.69; "
        "95% CI, 0.55 to 0.87).",
        arms="sorafenib;placebo",
    )
    assert (row["value"], row["numerator_arm"], row["denominator_arm"]) == (
        0.69,
        "sorafenib",
        "placebo",
    )


@pytest.mark.parametrize(
    "sentence, level",
    [
        ("PFS improved (HR 0.50; P<0.001; 95%-CI: 0.37 to 0.68).", 95),
        ("PFS improved (HR 0.50, CI 95% 0.37-0.68).", 95),
    ],
)
def test_level_written_with_hyphen_or_after_ci(sentence, level):
    row = only_ratio(sentence)
    assert (row["ci_lower"], row["ci_upper"], row["ci_level"]) == (0.37, 0.68, level)


def test_percent_interval_without_level():
    rows = extract("The response rate was 30% (CI 12%-45%).")
    assert [
        (r["measure"], r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"]) for r in rows
    ] == [("proportion", 30, 12, 45, "")]


@pytest.mark.parametrize(
    "sentence, arms, orientation, rule",
    [
        (
            "The hazard ratio for death with nivolumab versus everolimus was 0.73 (98.5% CI, 0.57 to 0.93).",
            "nivolumab;everolimus",
            "stated",
            "orientation.stated_in_clause",
        ),
        (
            "Median OS was 10.7 months with sorafenib and 7.9 months with placebo (HR 0.69; 95% CI 0.55-0.87).",
            "",
            "conventional",
            "orientation.arms_in_sentence",
        ),
        (
            "The hazard ratio was 0.74 (95% CI 0.65-0.85).",
            "dapagliflozin;placebo",
            "conventional",
            "orientation.arms_of_document",
        ),
        (
            "The hazard ratio was 0.74 (95% CI 0.65-0.85).",
            "",
            "unknown",
            "orientation.no_arms_known",
        ),
    ],
)
def test_orientation_rules(sentence, arms, orientation, rule):
    row = only_ratio(sentence, arms=arms)
    assert (row["orientation"], row["orientation_rule"]) == (orientation, rule)


def test_every_ratio_names_the_rules_that_decided_it():
    _, rows = extract_seed("003")
    for row in ratios(rows):
        assert row["outcome_rule"].startswith("outcome.") and row["role_rule"].startswith("role.")
        assert row["orientation_rule"].startswith("orientation.")


@pytest.mark.parametrize(
    "sentence",
    [
        "To show noninferiority, the upper bound of the 95% confidence interval of the relative risk had to fall below 1.46.",
        "Noninferiority was to be declared if the hazard ratio did not exceed 1.25.",
        "The trial had 90% power to detect a 25% reduction in risk (a hazard ratio of 0.75).",
        "We used a relative risk of 1.3 as the marginal upper boundary for noninferiority.",
        "The upper limit of the CI for the hazard ratio had to be below 1.3.",
    ],
)
def test_margins_thresholds_and_assumptions_are_not_estimates(sentence):
    assert ratios(extract(sentence, arms="drug;placebo")) == []


# ... but words that only begin like a design's ("marginally", "was detected") report results
@pytest.mark.parametrize(
    "sentence, values",
    [
        (
            "Weekly paclitaxel improved DFS (HR 0.84; P = .011) and marginally improved OS "
            "(HR 0.87; P = .09).",
            [0.84, 0.87],
        ),
        ("No difference in overall survival was detected (HR 0.95; P = .60).", [0.95]),
        ("The trial was powered to detect a hazard ratio of 0.75.", []),
    ],
)
def test_results_worded_like_a_design_are_estimates(sentence, values):
    assert [r["value"] for r in ratios(extract(sentence, arms="drug;placebo"))] == values


def test_a_result_in_a_noninferiority_sentence_is_still_an_estimate():
    row = only_ratio(
        "Edoxaban was noninferior to warfarin (hazard ratio, 0.79; 97.5% CI, 0.63 to 0.99).",
        arms="edoxaban;warfarin",
    )
    assert (row["value"], row["ci_lower"], row["ci_upper"]) == (0.79, 0.63, 0.99)


@pytest.mark.parametrize(
    "layout",
    [
        "Hazard Ratio (HR) 0.74\n95% Confidence Interval 0.65 to 0.85\nP-Value: <0.0001\n",
        "Hazard Ratio (HR): 0.74\n95% Confidence Interval 0.65 to 0.85\n",
        "Hazard Ratio (HR)\n0.74\n95% Confidence Interval 0.65 to 0.85\n",
    ],
)
def test_registry_results_with_the_interval_on_the_next_line(layout):
    text = (
        "Study Type: Interventional\nAllocation: Randomized\nEnrollment: 4744\n\nStatistical Analysis 1\n"
        "Comparison Groups: Dapagliflozin, Placebo\n" + layout
    )
    record = {
        "source_type": "registry_record",
        "arms": "dapagliflozin;placebo",
        "design": "registry",
    }
    row = (
        only_ratio(text, **record)
        if False
        else ratios(extraction.extract_estimates("r", text, record))[0]
    )
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"]) == (
        0.74,
        0.65,
        0.85,
        95,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Overall survival was longer with pembrolizumab 2 mg/kg (hazard ratio 0.71, 95% CI 0.58-0.88; p=0.0008) "
        "and with pembrolizumab 10 mg/kg (0.61, 0.49-0.75; p<0.0001) than with docetaxel.",
        "The hazard ratio for death was 0.71 (95% CI, 0.58 to 0.88) with 2 mg/kg and 0.61 (95% CI, 0.49 to 0.75) "
        "with 10 mg/kg.",
    ],
)
def test_each_arm_of_a_multi_arm_trial_is_its_own_comparison(sentence):
    rows = ratios(extract(sentence, arms="pembrolizumab;docetaxel"))
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == [
        (0.71, 0.58, 0.88),
        (0.61, 0.49, 0.75),
    ]
    assert [r["comparison"] for r in rows] == [
        "pembrolizumab 2 mg/kg vs docetaxel",
        "pembrolizumab 10 mg/kg vs docetaxel",
    ]


def test_event_counts_are_not_subgroups():
    rows = ratios(
        extract(
            "Methods: patients were randomised. The primary outcome was overall survival. Results: "
            "Progression occurred in 30% (hazard ratio 0.70; 95% CI 0.60 to 0.80). Death from any "
            "cause occurred in 276 patients (11.6%) in the dapagliflozin group and 329 patients "
            "(13.9%) in the placebo group (hazard ratio, 0.83; 95% CI, 0.71 to 0.97).",
            arms="dapagliflozin;placebo",
        )
    )
    assert rows[-1]["role"] == "treatment_effect", rows[-1]["role_rule"]


def test_a_primary_outcome_defined_as_combined_parts():
    rows = ratios(
        extract(
            "Methods: The primary outcome combined worsening heart failure (an unplanned "
            "hospitalization or an urgent visit) and death from cardiovascular causes. Results: A "
            "primary-outcome event occurred in 386 patients (hazard ratio, 0.74; 95% CI, 0.65 to 0.85).",
            arms="dapagliflozin;placebo",
        )
    )
    assert rows[0]["outcome"] == "CVD_HHF"


@pytest.mark.parametrize(
    "sentence, role, rule",
    [
        (
            "In the on-treatment analysis, the hazard ratio was 0.79 (97.5% CI, 0.63 to 0.99).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "In the per-protocol population, the hazard ratio was 0.86 (95% CI, 0.74 to 0.99).",
            "other",
            "role.sensitivity_analysis",
        ),
        # patients kept by what happened after randomisation, or the strata left out
        (
            "When the analysis was restricted to patients who did not receive subsequent "
            "immunotherapy, the hazard ratio was 0.77 (0.62-0.96).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "In an exploratory look at post-progression survival among patients treated beyond "
            "progression, the HR was 0.69 [0.47-1.01] (P = 0.057).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "Landmark analysis restricted to patients alive 5 years after randomization found "
            "no further divergence (HR, 1.01; 95% CI, 0.72 to 1.42).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "Participants allocated to the drug who achieved LDL cholesterol below 1.8 mmol/L "
            "had fewer events (hazard ratio 0.45, 95% CI 0.34-0.60).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "The unstratified analysis gave similar results (HR 0.66, 0.49-0.90; p=0.008).",
            "other",
            "role.sensitivity_analysis",
        ),
        # corrected for what happened after randomisation, or re-estimated controlling for
        # covariates
        (
            "After correction for men in the screening arm who never attended and for "
            "contamination in the control arm, the rate ratio was 0.73 (95% CI, 0.56 to 0.90).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "Adjusted for noncompliance, the relative risk was 0.80 (95% CI, 0.66 to 0.97).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "Controlling for sexual behaviour did not materially change the result (adjusted RR "
            "0.39; 95% CI: 0.23-0.66).",
            "other",
            "role.sensitivity_analysis",
        ),
        # events only while patients were on the assigned treatment
        (
            "In the prespecified intervention-period analysis, the primary end point occurred in "
            "11 patients and 27 patients, respectively (hazard ratio, 0.40; 95% CI, 0.20 to 0.80).",
            "other",
            "role.sensitivity_analysis",
        ),
        # a comparison within the arms over time
        (
            "Within each group, hazard ratios for MRSA isolates in the intervention period "
            "versus the baseline period were 0.92 (95% CI, 0.77 to 1.10).",
            "other",
            "role.sensitivity_analysis",
        ),
        # early follow-up left out
        (
            "When the first 2 years of follow-up were excluded, the HR for cancer death was "
            "1.24 (0.93-1.64).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "Excluding the first year of follow-up, the hazard ratio was 0.75 (95% CI, 0.59 to "
            "0.96).",
            "other",
            "role.sensitivity_analysis",
        ),
        # ... but not patients excluded before randomisation
        (
            "Patients with prior stroke were excluded; the hazard ratio was 0.71 (95% CI, 0.60 "
            "to 0.84).",
            "treatment_effect",
            "role.randomised_comparison",
        ),
        # the stratified primary analysis, and patients with a baseline trait, are not
        (
            "In the stratified analysis, the hazard ratio was 0.71 (95% CI, 0.60 to 0.84).",
            "treatment_effect",
            "role.randomised_comparison",
        ),
        (
            "After correction for multiple comparisons, the hazard ratio was 0.71 (95% CI, 0.60 "
            "to 0.84).",
            "treatment_effect",
            "role.randomised_comparison",
        ),
        # protocol deviations left out, and people kept by how they took the drug
        (
            "After exclusion of women with major protocol deviations, the relative risk of "
            "stroke was 1.02 (95% CI, 0.83 to 1.25).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "Among participants who reached and maintained the full dose, the hazard ratio was "
            "0.95 (95% CI, 0.80 to 1.13).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "In those who adhered to the assigned drug, the hazard ratio was 0.60 (95% CI, 0.45 "
            "to 0.80).",
            "other",
            "role.sensitivity_analysis",
        ),
        # ... not the modified intention-to-treat population
        (
            "Among 8238 patients who received at least one dose of edoxaban or warfarin, the "
            "hazard ratio was 0.97 (95% CI, 0.85 to 1.11).",
            "treatment_effect",
            "role.randomised_comparison",
        ),
        # a group the protocol set apart, or by its risk
        (
            "In the pre-specified higher-risk group (prior stroke or age 75 or over), the "
            "hazard ratio was 0.74 (95% CI 0.55-0.99).",
            "subgroup",
            "role.subgroup_named",
        ),
        (
            "In the lower-risk cohort, the hazard ratio was 0.90 (95% CI 0.70-1.16).",
            "subgroup",
            "role.subgroup_named",
        ),
        # a group the sentence before set apart, named back
        (
            "More than 90% of patients also took warfarin; in this group the hazard ratio was "
            "0.41 (95% CI, 0.26 to 0.64).",
            "subgroup",
            "role.subgroup_named",
        ),
        (
            "In the placebo group, events were rare; the hazard ratio was 0.41 (95% CI, 0.26 "
            "to 0.64).",
            "treatment_effect",
            "role.randomised_comparison",
        ),
        # a sentence opening on an analysis beside the primary one; the definite "In the
        # unadjusted analysis" and an unadjusted estimate inside the sentence are the trial's
        (
            "Without adjustment, the hazard ratio was 0.41 (95% CI, 0.28-0.61).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "In an unadjusted analysis, the HR was 0.56 (0.37-0.84).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "Adjusting for age and clinical condition made no difference (adjusted relative "
            "risk 1.02, 95% CI 0.84-1.24).",
            "other",
            "role.sensitivity_analysis",
        ),
        (
            "In the unadjusted analysis, the risk of stroke was lower with edoxaban than with "
            "warfarin (relative risk, 0.65; 95% CI, 0.45 to 0.94).",
            "treatment_effect",
            "role.randomised_comparison",
        ),
        (
            "The primary endpoint was not significantly reduced (unadjusted HR 0.90, 95% CI "
            "0.79-1.02).",
            "treatment_effect",
            "role.randomised_comparison",
        ),
    ],
)
def test_analyses_outside_the_randomised_population_are_other(sentence, role, rule):
    row = only_ratio(sentence, arms="edoxaban;warfarin")
    assert (row["role"], row["role_rule"]) == (role, rule)


def test_an_adjusted_treatment_comparison_in_a_cohort_is_other_and_a_covariate_prognostic():
    text = (
        "This retrospective cohort study used registry data. Initiators of SGLT2 inhibitors had lower "
        "mortality than users of other glucose-lowering drugs in propensity-matched analyses (hazard ratio, "
        "0.49; 95% CI, 0.41 to 0.57). Each 0.5 g/dL lower albumin was associated with death (HR of 1.42 per "
        "0.5 g/dL; 95% CI 1.33-1.52)."
    )
    rows = ratios(extract(text, design="observational"))
    assert [(r["role"], r["role_rule"]) for r in rows] == [
        ("other", "role.adjusted_comparison_in_a_cohort"),
        ("biomarker_or_prognostic", "role.association_with_covariate"),
    ]


# role.subgroup_population: a population defined by its state at entry, a category of a
# baseline measure or a named part of the randomised population is a subgroup; the whole
# randomised population, however it is called, is not.
_RCT = {"arms": "dapagliflozin;placebo", "design": "rct"}


@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Among participants receiving an SGLT2 inhibitor at baseline (n=2596), the HR for "
            "MACE was 0.89 (95% CI 0.71-1.11).",
            "subgroup",
        ),
        (
            "Among patients not on dialysis at randomisation, the risk ratio was 0.97 "
            "(95% CI 0.89-1.05).",
            "subgroup",
        ),
        ("By baseline eGFR, the HR was 0.78 (95% CI 0.66-0.93).", "subgroup"),
        (
            "In patients in the highest NT-proBNP quartile, the HR was 1.16 (95% CI 0.99-1.35).",
            "subgroup",
        ),
        ("In the full-dose cohort the hazard ratio was 0.58 (95% CI 0.41-0.81).", "subgroup"),
        (
            "In the low/medium tau population the hazard ratio was 0.62 (95% CI 0.51-0.76).",
            "subgroup",
        ),
        (
            "New diabetes was diagnosed among 30% versus 35% of participants without baseline "
            "diabetes (odds ratio, 0.80; 95% CI, 0.64 to 1.00).",
            "subgroup",
        ),
        (
            "In the intention-to-treat population the hazard ratio was 0.74 (95% CI 0.65-0.85).",
            "treatment_effect",
        ),
        (
            "In the overall population the hazard ratio was 0.74 (95% CI 0.65-0.85).",
            "treatment_effect",
        ),
        (
            "In the modified intention-to-treat population the hazard ratio was 0.74 "
            "(95% CI 0.65-0.85).",
            "treatment_effect",
        ),
        (
            "Dapagliflozin reduced the risk compared with placebo at baseline-adjusted analysis "
            "(hazard ratio 0.74, 95% CI 0.65-0.85).",
            "treatment_effect",
        ),
    ],
)
def test_subgroup_population(sentence, role):
    (row,) = ratios(extraction.extract_estimates("d", sentence, _RCT))
    assert row["role"] == role, row["role_rule"]


def test_named_cohort_of_a_cohort_study_is_not_a_subgroup():
    text = (
        "Design: retrospective cohort study. In the validation cohort, higher albumin was "
        "associated with lower mortality (hazard ratio 0.70, 95% CI 0.60-0.82)."
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert [r["role"] for r in rows] != ["subgroup"]


# orientation.comparison_after_value: a multi-arm report names each value's comparison
# after its interval; words that are not arms ("in women versus men") state nothing.
@pytest.mark.parametrize(
    "sentence, numerators",
    [
        (
            "Progression-free survival was longer with both experimental regimens (hazard ratio "
            "[HR] 0.10, 95% CI 0.06-0.17, p<0.0001 for acalabrutinib-obinutuzumab vs "
            "obinutuzumab-chlorambucil; and 0.20, 0.13-0.30, p<0.0001 for acalabrutinib vs "
            "obinutuzumab-chlorambucil).",
            ["acalabrutinib-obinutuzumab", "acalabrutinib"],
        ),
        (
            "Overall survival differed (HR 0.80, 95% CI 0.70-0.91 for ribociclib versus placebo).",
            ["ribociclib"],
        ),
        (
            "Mortality was similar (HR 0.95, 95% CI 0.80-1.10) in women versus men.",
            [""],
        ),
    ],
)
def test_comparison_named_after_the_value(sentence, numerators):
    rows = ratios(extraction.extract_estimates("d", sentence, {"design": "rct"}))
    assert [r["numerator_arm"] for r in rows] == numerators
    for row in rows:
        if row["numerator_arm"]:
            assert row["orientation"] == "stated"
            assert row["orientation_rule"] == "orientation.comparison_after_value"


def test_a_number_needed_to_treat_after_a_ratio_is_not_a_second_ratio():
    text = (
        "The primary outcome occurred less often with the drug (hazard ratio, 0.61; 95% CI, 0.51 "
        "to 0.72; number needed to treat to prevent one primary outcome event, 19 [95% CI, 15 to "
        "27])."
    )
    rows = ratios(extraction.extract_estimates("d", text, {}))
    assert [r["value"] for r in rows] == [0.61]


def test_bare_bounds_that_do_not_enclose_the_value_are_not_its_interval():
    (row,) = ratios(extract("Survival was longer (HR 0.69; 12-18 months)."))
    assert (row["value"], row["ci_lower"], row["ci_upper"]) == (0.69, "", "")


def _rows_after_main_effect(sentence: str) -> list[dict]:
    """The ratios of ``sentence`` read after a sentence giving the main comparison."""
    text = (
        "The primary outcome occurred less often with rivaroxaban than with aspirin (hazard "
        "ratio, 0.76; 95% CI, 0.66 to 0.86). " + sentence
    )
    return ratios(
        extraction.extract_estimates("d", text, {"arms": "rivaroxaban;aspirin", "design": "rct"})
    )


# A population a biomarker's level or status defines, named just before the value, is a
# subset of the randomised patients even when its ratio comes first (a trial's primary
# analysis in "CPS of 10 or more"): role.biomarker_defined_population. Not when the title
# says the trial enrolled only such patients, nor for the population named after the
# previous estimate's bracket closes.
@pytest.mark.parametrize(
    "title, text, roles",
    [
        (
            "Pembrolizumab versus chemotherapy for advanced gastric cancer",
            "Among patients with CPS of 10 or higher, median OS was 17.4 months with "
            "pembrolizumab versus 10.8 months with chemotherapy (HR, 0.69; 95% CI, 0.49-0.97).",
            ["subgroup"],
        ),
        (
            "Rucaparib maintenance for ovarian carcinoma",
            "In the BRCA-mutant cohort, median PFS was 16.6 months with rucaparib versus 5.4 "
            "months with placebo (hazard ratio 0.23 [95% CI 0.16-0.34]; p<0.0001). "
            "Corresponding medians were 13.6 versus 5.4 months in the HRD cohort (0.32 [0.24-0.42]; "
            "p<0.0001) and 10.8 versus 5.4 months in the intention-to-treat population (0.36 "
            "[0.30-0.45]; p<0.0001).",
            ["subgroup", "subgroup", "treatment_effect"],
        ),
        (
            "Nivolumab versus chemotherapy in lung cancer",
            "Among the 423 patients with a PD-L1 expression level of 5% or more, median "
            "progression-free survival was 4.2 months with nivolumab versus 5.9 months with "
            "chemotherapy (hazard ratio, 1.15; 95% CI, 0.91 to 1.45).",
            ["subgroup"],
        ),
        # the whole trial enrolled such patients
        (
            "Pembrolizumab versus Chemotherapy for PD-L1-Positive Non-Small-Cell Lung Cancer",
            "Among patients with a PD-L1 tumor proportion score of 50% or more, progression-free "
            "survival was longer with pembrolizumab (hazard ratio, 0.50; 95% CI, 0.37 to 0.68).",
            ["treatment_effect"],
        ),
        # the level the trial enrolled on is every randomised patient; a higher one is not
        (
            "Pembrolizumab versus chemotherapy for gastric cancer",
            "Patients with a PD-L1 combined positive score (CPS) of 1 or higher were enrolled. "
            "Pembrolizumab was noninferior to chemotherapy for OS in the CPS 1 or higher "
            "population (HR, 0.91; 99.2% CI, 0.69-1.18). Among patients with CPS of 10 or "
            "higher, the HR was 0.69 (95% CI, 0.49-0.97).",
            ["treatment_effect", "subgroup"],
        ),
        # a biomarker tested, no population defined by it
        (
            "Pembrolizumab versus chemotherapy",
            "PD-L1 testing was done centrally; overall survival was longer with pembrolizumab "
            "(hazard ratio, 0.60; 95% CI, 0.41 to 0.89).",
            ["treatment_effect"],
        ),
    ],
)
def test_a_population_a_biomarker_defines_is_a_subgroup(title, text, roles):
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "pembrolizumab;chemotherapy", "design": "rct", "title": title}
        )
    )
    assert [r["role"] for r in rows] == roles, [r["role_rule"] for r in rows]


# role.subgroup_after_main_effect needs a population, not an outcome or a count of events:
# "the percentage of patients with disability worsening" and "occurred in more patients in
# the A group" describe what happened, after the main estimate as before it.
@pytest.mark.parametrize(
    "sentence",
    [
        "In the pooled trials, the percentage of patients with disability worsening confirmed "
        "at 6 months was 8.1% and 12.0%, respectively (hazard ratio, 0.68; P=0.01).",
        "Major bleeding occurred in more patients in the rivaroxaban group (3.1% vs. 1.9%; "
        "hazard ratio, 1.70; 95% CI, 1.40 to 2.05).",
        "Events occurred in fewer patients in the treatment group (hazard ratio, 0.80; 95% CI, "
        "0.70 to 0.90).",
    ],
)
def test_outcome_counts_are_not_subgroups(sentence):
    rows = _rows_after_main_effect(sentence)
    assert [r["role"] for r in rows] == ["treatment_effect", "treatment_effect"], [
        r["role_rule"] for r in rows
    ]


# A population set apart by who its people are, however the page names them (abstracts'
# "pts", infants, girls and boys), by a history or state ("previously treated with",
# "infected with", "not at high risk", "undergoing"), or counted with an adjective ("the 98
# HIV-infected patients"), after the main estimate: a subgroup. Not the people of a
# factorial trial's other arm ("patients not assigned probucol"), nor the whole randomised
# population however counted.
@pytest.mark.parametrize(
    "sentence, roles",
    [
        (
            "In pts with hormone receptor-negative disease, the HR was 0.60 (95% CI 0.40-0.91).",
            ["subgroup"],
        ),
        (
            "Among patients previously treated with two lines of therapy, the hazard ratio "
            "was 0.71 (95% CI 0.55-0.91).",
            ["subgroup"],
        ),
        (
            "Among the 98 HIV-infected patients the relative risk of death was 0.78 (95% CI "
            "0.59 to 1.04).",
            ["subgroup"],
        ),
        (
            "Among 164 patients undergoing left colectomy, infection occurred in 6% and 10% "
            "(odds ratio 0.57, 95% CI 0.18 to 1.82).",
            ["subgroup"],
        ),
        (
            "Among infants not at high risk of eczema the relative risk was 0.75 (95% CI, "
            "0.60-0.90).",
            ["subgroup"],
        ),
        (
            "Among patients infected with Acinetobacter the result was the same (risk ratio "
            "0.97; 95% CI, 0.87-1.09).",
            ["subgroup"],
        ),
        (
            "The benefit was seen in people with many eosinophils (rate ratio 0.54, 95% CI "
            "0.39-0.75).",
            ["subgroup"],
        ),
        (
            "Mortality was lower in girls (risk ratio 0.87; 95% CI 0.74-1.01) but not in boys "
            "(risk ratio 1.02; 95% CI 0.89-1.17).",
            ["subgroup", "subgroup"],
        ),
        (
            "In the factorial comparison, events were less frequent in patients assigned "
            "probucol than in patients not assigned probucol (hazard ratio 0.69, 95% CI "
            "0.50-0.97).",
            ["treatment_effect"],
        ),
        (
            "Among all 2,000 patients who underwent randomization, the hazard ratio was 0.80 "
            "(95% CI 0.70-0.91).",
            ["treatment_effect"],
        ),
        # people set apart by their response or their genes
        (
            "Among stable responders, the corresponding figures were 25.8% vs 57.6% (hazard "
            "ratio, 0.30; 95% CI, 0.16-0.55).",
            ["subgroup"],
        ),
        (
            "In APOE4 carriers the hazard ratio was 0.61 (95% CI 0.43-0.87).",
            ["subgroup"],
        ),
    ],
)
def test_a_population_of_people_set_apart_after_the_main_effect_is_a_subgroup(sentence, roles):
    rows = _rows_after_main_effect(sentence)
    assert [r["role"] for r in rows] == ["treatment_effect"] + roles, [r["role_rule"] for r in rows]


# Populations set against each other in one sentence are subgroups, the first as well as
# the second, whether or not the main comparison has been given ("in patients younger than
# 75 years (...), but not in those aged 75 years or older (..."): role.subgroup_contrasted_
# in_sentence. One population alone, before any main estimate, may be the trial's own.
@pytest.mark.parametrize(
    "text, roles",
    [
        (
            "Patients were randomly assigned to surgery or deferral. The benefit was significant "
            "in patients younger than 75 years at entry (rate ratio 0.50, 95% CI 0.38-0.66), "
            "but not in those aged 75 years or older (rate ratio 0.86, 95% CI 0.52-1.42).",
            ["subgroup", "subgroup"],
        ),
        (
            "Patients were randomly assigned to abelacimab or rivaroxaban. Abelacimab reduced "
            "bleeding both in OAC-naive patients (HR 0.19; 95% CI 0.07-0.57) and in "
            "OAC-experienced patients (HR 0.35; 95% CI 0.24-0.53).",
            ["subgroup", "subgroup"],
        ),
        (
            "Patients were randomly assigned to the diet or usual care. The effect was seen in "
            "men (HR 0.67, 95% CI 0.49-0.92) but not in women.",
            ["subgroup"],
        ),
        (
            "Patients were randomly assigned to the diet or usual care. In patients with heart "
            "failure, the diet reduced the risk of death (HR 0.67, 95% CI 0.49-0.92).",
            ["treatment_effect"],
        ),
    ],
)
def test_populations_set_against_each_other_are_subgroups(text, roles):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["role"] for r in rows] == roles, [r["role_rule"] for r in rows]


# One comparison given in two populations that differ by one word before the same head
# noun, each right before its estimate's bracket, is given in subgroups
# (role.subgroup_parallel_populations); arms set side by side ("with regorafenib (...) and
# with cabozantinib (...)"), and all against treated patients, are no populations.
@pytest.mark.parametrize(
    "text, roles",
    [
        (
            "Patients were randomly assigned to edoxaban or VKA. The primary endpoint occurred "
            "in 59 (15.2%) vs. 79 (20.3%) ACS patients [hazard ratio (HR): 0.73, 95% CI: "
            "0.59-1.02], and in 69 (19.0%) vs. 73 (19.9%) CCS patients (HR: 0.94, 95% CI: "
            "0.67-1.31).",
            ["subgroup", "subgroup"],
        ),
        (
            "Patients were randomly assigned to early or late initiation. The outcome occurred "
            "in 10 of 371 with early and 11 of 364 with late initiation after a minor stroke "
            "(odds ratio 0.89; 95% CI, 0.38-2.10), in 11 of 388 versus 14 of 392 after a "
            "moderate stroke (odds ratio 0.78; 95% CI 0.35-1.70).",
            ["subgroup", "subgroup"],
        ),
        (
            "Patients were randomly assigned to regorafenib, cabozantinib or placebo. Death was "
            "less frequent with regorafenib (HR 0.63, 95% CI 0.50-0.79) and with cabozantinib "
            "(HR 0.76, 95% CI 0.63-0.92).",
            ["treatment_effect", "treatment_effect"],
        ),
        (
            "Patients were randomly assigned to the drug or placebo. Mortality was lower in all "
            "patients (HR 0.80; 95% CI 0.70-0.90) and in treated patients (HR 0.78; 95% CI "
            "0.68-0.90).",
            ["treatment_effect", "treatment_effect"],
        ),
    ],
)
def test_one_comparison_in_two_parallel_populations_is_given_in_subgroups(text, roles):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["role"] for r in rows] == roles, [r["role_rule"] for r in rows]


# Another trial described between an article and its trial word ("A separate Swiss trial",
# "an earlier phase II trial in Glasgow", "a companion placebo-controlled study") is quoted
# from elsewhere; the page's own trial so described ("In the single-centre phase II trial")
# is not.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "A separate Swiss trial, ESTxENDS, gave 622 smokers e-cigarettes and counselling; "
            "abstinence was 28.9% and 16.3% (relative risk, 1.77; 95% CI, 1.43 to 2.20).",
            "other",
        ),
        (
            "An earlier phase II trial in Glasgow found more quitters with incentives (relative "
            "risk 2.63, 95% CI 1.73 to 4.01).",
            "other",
        ),
        (
            "In the single-centre phase II trial, more women quit with incentives (relative "
            "risk 2.63, 95% CI 1.73 to 4.01).",
            "treatment_effect",
        ),
    ],
)
def test_another_trial_described_before_its_trial_word_is_quoted(sentence, role):
    rows = _rows_after_main_effect(sentence)
    assert rows[-1]["role"] == role, [r["role_rule"] for r in rows]


# A covariate said in the estimate's own clause to predict the outcome independently is a
# prognostic factor, whatever arm the clause mentions (role.independent_predictor); not in a
# cohort study, whose exposure's association is its own estimate.
def test_an_independent_predictor_is_prognostic_in_a_trial_not_a_cohorts_exposure():
    text = (
        "Patients were randomly assigned to completion dissection or observation. Metastases "
        "in nonsentinel nodes, present in 11.5% of the dissection group, independently "
        "predicted recurrence (hazard ratio, 1.78; 95% CI, 1.19 to 2.66)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert (row["role"], row["role_rule"]) == (
        "biomarker_or_prognostic",
        "role.independent_predictor",
    )
    text = "Psoriasis was an independent risk factor for death (OR, 1.86; 95% CI, 1.56-2.21)."
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert row["role_rule"] != "role.independent_predictor"


def test_patients_with_a_characteristic_after_the_main_effect_are_a_subgroup():
    rows = _rows_after_main_effect(
        "Among patients with diabetes, the hazard ratio was 0.70 (95% CI, 0.55 to 0.89)."
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "subgroup"]


# A population named by its count and its people, or chosen after randomisation by how the
# patients fared (responders, completers), after the main estimate: a subgroup. A count of
# patients alone is no population ("occurred in 120 patients").
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Findings for the primary outcome were similar among the 740 women with preexisting "
            "hypertension (adjusted odds ratio, 1.05; 95% CI, 0.76 to 1.46).",
            "subgroup",
        ),
        (
            "In the 1,204 patients without diabetes the hazard ratio was 0.81 (95% CI, 0.66 to "
            "0.99).",
            "subgroup",
        ),
        (
            "Median duration of response was 10.4 versus 7.1 months (hazard ratio for "
            "progression among responders, 0.62; P=0.001).",
            "subgroup",
        ),
        (
            "Stroke occurred in 120 patients (hazard ratio, 0.90; 95% CI, 0.70 to 1.16).",
            "treatment_effect",
        ),
        # people of a kind, named by any word for people
        (
            "The risk of death among HIV-infected persons was lower in the intervention group "
            "than in the control group (risk ratio, 0.77; 95% CI, 0.64 to 0.93).",
            "subgroup",
        ),
        (
            "Among vaccinated people, the hazard ratio was 0.88 (95% CI, 0.70 to 1.10).",
            "subgroup",
        ),
    ],
)
def test_a_counted_or_post_randomisation_population_after_the_main_effect(sentence, role):
    rows = _rows_after_main_effect(sentence)
    assert [r["role"] for r in rows] == ["treatment_effect", role], [r["role_rule"] for r in rows]


# Arms a title joins with "or" ("Saline or Albumin for ...") name the arms but not which is
# experimental: no conventional orientation from their order, a comparison the sentence
# states is kept, and a sentence whose subject is one of them is no covariate's.
@pytest.mark.parametrize(
    "title, text, orientation, numerator, role",
    [
        (
            "Saline or Albumin for Fluid Resuscitation in Traumatic Brain Injury",
            "Mortality at 24 months did not differ (relative risk, 1.05; 95% CI, 0.90 to 1.22).",
            "unknown",
            "",
            "treatment_effect",
        ),
        (
            "Saline or Albumin for Fluid Resuscitation in Traumatic Brain Injury",
            "Mortality was higher with albumin than with saline (relative risk, 1.63; 95% CI, "
            "1.17 to 2.26).",
            "stated",
            "albumin",
            "treatment_effect",
        ),
        (
            "Machine Perfusion or Cold Storage in Deceased-Donor Kidney Transplantation",
            "Machine perfusion was associated with lower rates of graft failure at 6 months "
            "than cold storage (hazard ratio for graft failure, 0.52; P=0.03).",
            "stated",
            "machine perfusion",
            "treatment_effect",
        ),
        # a control word says which is the comparator, whatever the order
        (
            "Placebo or Aspirin for Primary Prevention in the Elderly",
            "Death did not differ (hazard ratio, 1.14; 95% CI, 1.01 to 1.29).",
            "conventional",
            "",
            "treatment_effect",
        ),
    ],
)
def test_arms_a_title_joins_with_or(title, text, orientation, numerator, role):
    record = {"design": "rct", "title": title, "arms": ";".join(parsing.arms("", title, False))}
    (row,) = ratios(extraction.extract_estimates("d", text, record))
    assert (row["orientation"], row["numerator_arm"], row["role"]) == (
        orientation,
        numerator,
        role,
    )


# An analysis population named right after the value: per-protocol, as-treated or a
# modified intention-to-treat population beside the intention-to-treat one is no treatment
# effect; a modified intention-to-treat population alone is the trial's primary analysis.
@pytest.mark.parametrize(
    "text, roles",
    [
        (
            "The hazard ratio for death for placebo versus continued treatment was 0.58 (95% CI "
            "0.35-0.95; p=0.03) in the mITT population, and 0.58 (0.38-0.88; p=0.01) in the ITT "
            "population.",
            ["other", "treatment_effect"],
        ),
        (
            "Drug A was noninferior to drug B (hazard ratio, 0.91; 95% CI, 0.80 to 1.04) in the "
            "intention-to-treat analysis and (hazard ratio, 0.89; 95% CI, 0.77 to 1.03) in the "
            "per-protocol population.",
            ["treatment_effect", "other"],
        ),
        (
            "Death occurred less often with drug A than with drug B (hazard ratio, 0.80; 95% CI, "
            "0.70 to 0.92) in the modified intention-to-treat population.",
            ["treatment_effect"],
        ),
        # ... or the analysis named right after the value's bracket
        (
            "For all Lynch syndrome cancers, the hazard ratio was 0.65 (0.42-1.00, p=0.05) by "
            "intention to treat and 0.45 (0.26-0.79, p=0.005) per protocol.",
            ["treatment_effect", "other"],
        ),
        (
            "The hazard ratio was 0.81 (95% CI 0.66-0.99), and 0.77 (0.60-0.98) on an "
            "as-treated basis.",
            ["treatment_effect", "other"],
        ),
        (
            "Death occurred less often with drug A (hazard ratio, 0.81; 95% CI, 0.66 to 0.99), "
            "by intention to treat.",
            ["treatment_effect"],
        ),
    ],
)
def test_an_analysis_population_named_after_the_value(text, roles):
    rows = ratios(extraction.extract_estimates("d", text, {"arms": "a;b", "design": "rct"}))
    assert [r["role"] for r in rows] == roles, [r["role_rule"] for r in rows]


# A population defined by care other than the arms, after the main estimate, is a subgroup
# ("among patients receiving invasive mechanical ventilation"); patients named by the arm
# they received are the arm ("in those receiving dexamethasone").
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Death was less frequent with dexamethasone than with usual care among patients "
            "receiving invasive mechanical ventilation (rate ratio, 0.64; 95% CI, 0.51 to 0.81).",
            "subgroup",
        ),
        (
            "Among those who were undergoing dialysis at entry the rate ratio was 0.82 (95% CI, "
            "0.72 to 0.94).",
            "subgroup",
        ),
        (
            "Mortality was 22.9% in patients receiving dexamethasone and 25.7% in those receiving "
            "usual care (rate ratio, 0.83; 95% CI, 0.75 to 0.93).",
            "treatment_effect",
        ),
        (
            "Death occurred in fewer patients receiving placebo (rate ratio, 1.20; 95% CI, 1.05 "
            "to 1.37).",
            "treatment_effect",
        ),
    ],
)
def test_a_population_by_other_care_received_is_a_subgroup(sentence, role):
    text = (
        "Methods: patients were randomly assigned to dexamethasone or usual care. Results: "
        "Death within 28 days was less frequent with dexamethasone (rate ratio, 0.83; 95% CI, "
        "0.75 to 0.93). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "dexamethasone;usual care", "design": "rct"}
        )
    )
    assert [r["role"] for r in rows] == ["treatment_effect", role], [r["role_rule"] for r in rows]


# Words inside an endpoint's name are not cues: "the doubling of the serum creatinine level"
# is an endpoint, not a biomarker level; "Among 8238 patients who received a dose" is the
# treated population, not a subgroup leading a "respectively" sentence.
@pytest.mark.parametrize(
    "text",
    [
        "Methods: patients were assigned to canagliflozin or placebo. Results: The relative risk "
        "of end-stage kidney disease, a doubling of the creatinine level, or death from renal "
        "causes was lower by 34% (hazard ratio, 0.66; 95% CI, 0.53 to 0.81; P<0.001).",
        "Methods: patients were assigned to ertugliflozin or placebo. Results: The hazard ratio "
        "for death from renal causes, renal replacement therapy, or doubling of the serum "
        "creatinine level was 0.81 (95% CI, 0.63 to 1.04).",
        "Methods: patients were assigned to ertugliflozin or placebo. Results: Among 8238 "
        "patients who received at least one dose, the primary outcome occurred in 653 patients "
        "(11.9%) in the ertugliflozin group and 327 (11.9%) in the placebo group. Death from "
        "cardiovascular causes occurred in 444 and 250 patients, respectively (hazard ratio, "
        "0.88; 95% CI, 0.75 to 1.03).",
        # people named by the arm they were assigned to, and an arm named by its level
        "Methods: patients were assigned to canagliflozin or placebo. Results: The primary "
        "outcome was reduced (hazard ratio, 0.80; 95% CI, 0.70 to 0.91). Among men assigned "
        "to canagliflozin, 21 (5.8%) died, as compared with 31 (8.4%) assigned to placebo "
        "(hazard ratio, 0.63; 95% CI, 0.36 to 1.09).",
        "Methods: patients were assigned to canagliflozin or placebo. Results: The primary "
        "outcome was reduced (hazard ratio, 0.80; 95% CI, 0.70 to 0.91). At 28 days, 277 of "
        "501 patients in the high-dose group and 251 of 509 in the low-dose group had died "
        "(hazard ratio, 1.20; 95% CI, 1.01 to 1.42).",
        # a count in words, and the parts of an endpoint after "including"
        "Methods: patients were assigned to canagliflozin or placebo. Results: The primary "
        "outcome was reduced (hazard ratio, 0.80; 95% CI, 0.70 to 0.91). Moderate or severe "
        "hemorrhage occurred in seven patients (0.3%) in each group; any bleeding occurred in "
        "2.3% and 1.6%, respectively (hazard ratio, 1.41; 95% CI, 0.95 to 2.10).",
        "Methods: patients were assigned to canagliflozin or placebo. Results: The primary "
        "outcome was reduced (hazard ratio, 0.80; 95% CI, 0.70 to 0.91). Major haemorrhagic "
        "events were more frequent with canagliflozin (HR 1.15, 95% CI 1.00-1.32), including "
        "intracranial haemorrhage (HR 1.42, 95% CI 1.11-1.83).",
    ],
)
def test_endpoint_names_and_counts_are_not_role_cues(text):
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "canagliflozin;ertugliflozin;placebo", "design": "rct"}
        )
    )
    assert [r["role"] for r in rows] == ["treatment_effect"] * len(rows), [
        r["role_rule"] for r in rows
    ]


# A short label between a value and its interval: each dose of a multi-arm trial against
# the shared control ("0.93 for the 50-mg dose (95% CI, ...), 0.85 for the 150-mg dose
# (...)"), an endpoint ("0.80 for death (95% CI, ...)"), a population ("0.80 in women
# (...)"). The interval must still enclose the value.
def test_each_dose_named_between_value_and_interval():
    text = (
        "Methods: patients were randomly assigned to canakinumab at doses of 50 mg, 150 mg, or "
        "300 mg or placebo. Results: Compared with placebo, the hazard ratio for the primary end "
        "point was 0.93 for the 50-mg dose (95% confidence interval [CI], 0.80 to 1.07; P=0.30), "
        "0.85 for the 150-mg dose (95% CI, 0.74 to 0.98; P=0.021), and 0.86 for the 300-mg dose "
        "(95% CI, 0.75 to 0.99; P=0.031)."
    )
    # the arm as parsed from "canakinumab at three doses or placebo": the drug is the one it names
    rows = ratios(
        extraction.extract_estimates(
            "d",
            text,
            {
                "design": "rct",
                "arms": "one of three canakinumab doses;placebo",
                "drugs": "canakinumab",
            },
        )
    )
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["p_text"]) for r in rows] == [
        (0.93, 0.80, 1.07, "P=0.30"),
        (0.85, 0.74, 0.98, "P=0.021"),
        (0.86, 0.75, 0.99, "P=0.031"),
    ]
    assert [r["comparison"] for r in rows] == [
        "canakinumab 50 mg vs placebo",
        "canakinumab 150 mg vs placebo",
        "canakinumab 300 mg vs placebo",
    ]
    assert {r["role"] for r in rows} == {"treatment_effect"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The hazard ratio was 0.80 for death (95% CI, 0.70 to 0.91; P=0.001).",
            [(0.80, 0.70, 0.91, "OS", "treatment_effect")],
        ),
        (
            "The hazard ratio was 0.80 in women (95% CI, 0.70 to 0.91) and 0.95 in men (95% CI, "
            "0.85 to 1.06).",
            [(0.80, 0.70, 0.91, "", "subgroup"), (0.95, 0.85, 1.06, "", "subgroup")],
        ),
        # an interval that does not enclose the value is not its interval
        (
            "The hazard ratio was 0.80 for death (95% CI, 1.10 to 1.31).",
            [(0.80, "", "", "OS", "treatment_effect")],
        ),
    ],
)
def test_labels_between_value_and_interval(sentence, expected):
    rows = ratios(extraction.extract_estimates("d", sentence, {"design": "rct", "arms": "a;b"}))
    assert [
        (r["value"], r["ci_lower"], r["ci_upper"], r["outcome"], r["role"]) for r in rows
    ] == expected


# an arm of a factorial or add-on trial named by what it was not given ("patients given no
# prednisolone", "compared with no PORT") is the control, whichever is named first; "with
# or without X" names no such arm
@pytest.mark.parametrize(
    "sentence, numerator, denominator",
    [
        (
            "Recovery came sooner in the 416 patients given prednisolone than in the 413 patients "
            "given no prednisolone (hazard ratio 1.40, 95% CI 1.18-1.64).",
            "prednisolone",
            "no prednisolone",
        ),
        (
            "PORT did not significantly lengthen disease-free survival compared with no PORT "
            "(adjusted HR 0.86; 95% CI 0.68-1.08; P = .18).",
            "port",
            "no port",
        ),
    ],
)
def test_an_arm_named_by_what_it_was_not_given_is_the_control(sentence, numerator, denominator):
    record = {"design": "rct", "arms": f"{numerator};{denominator}"}
    (row,) = ratios(extraction.extract_estimates("d", sentence, record))
    assert row["orientation"] == "stated"
    assert (row["numerator_arm"].lower(), row["denominator_arm"].lower()) == (
        numerator,
        denominator,
    )


def test_with_or_without_names_no_arm():
    # "without X" after "with or" is one arm's option, never the arm given no X
    assert extraction._NO_BEFORE_ARM_RE.search("patients given no ") is not None
    assert extraction._NO_BEFORE_ARM_RE.search("compared with ") is None
    assert extraction._NO_BEFORE_ARM_RE.search("pembrolizumab with or without ") is None
    assert extraction._NO_BEFORE_ARM_RE.search("than in those without ") is not None


# orientation.comparative_in_clause: the clause leading into the estimate's bracket names
# the arms in its own order ("higher with A than with B (hazard ratio ...")
@pytest.mark.parametrize(
    "sentence, comparison, rule",
    [
        (
            "Pneumonia was more frequent in the groups that received a glucocorticoid, and the "
            "risk of pneumonia was higher with triple therapy than with umeclidinium-vilanterol "
            "(hazard ratio, 1.53; 95% CI, 1.22 to 1.92).",
            "triple therapy vs umeclidinium-vilanterol",
            "orientation.comparative_in_clause",
        ),
        (
            "Death or severe HIV-related illness was lower with early ART than with deferred ART "
            "(hazard ratio, 0.56; 95% CI, 0.41 to 0.76).",
            "early art vs deferred art",
            "orientation.comparative_in_clause",
        ),
        (
            "Events were fewer in the early-ART group than in the deferred-ART group (hazard "
            "ratio, 0.56; 95% CI, 0.41 to 0.76).",
            "early-art vs deferred-art",
            "orientation.comparative_in_clause",
        ),
        # each arm after its own figures, in the text's order
        (
            "Median survival was 11.5 months (95% CI, 8.9 to 16.7) with early ART, as compared "
            "with 2.9 months (95% CI, 2.8 to 3.4) with deferred ART (hazard ratio, 0.42; 99.5% CI, "
            "0.31 to 0.57).",
            "early art vs deferred art",
            "orientation.comparative_in_clause",
        ),
        (
            "Overall, 320 patients (29.3%) in the early-ART group had an event, as compared with "
            "338 (32.3%) in the deferred-ART group (hazard ratio, 0.85; 95% CI, 0.73 to 1.00).",
            "early-art vs deferred-art",
            "orientation.comparative_in_clause",
        ),
        # the arms named by the people given them: "among infants given A than among infants
        # given B"
        (
            "Sepsis or death was less frequent among infants given early ART than among infants "
            "given deferred ART (risk ratio 0.60, 95% CI 0.48-0.74).",
            "early art vs deferred art",
            "orientation.comparative_in_clause",
        ),
        # "A outperformed B (": the subject against its object
        (
            "Early ART outperformed deferred ART (rate ratio 0.80, 95% CI 0.69-0.92).",
            "early art vs deferred art",
            "orientation.comparative_in_clause",
        ),
        # "A did not differ from B (": the subject against the other arm
        (
            "The rate in the early-ART group did not differ significantly from the rate in the "
            "deferred-ART group (rate ratio, 1.12; 95% CI, 0.70 to 1.79).",
            "early-art vs deferred-art",
            "orientation.comparative_in_clause",
        ),
        (
            "Survival did not differ from that reported in earlier cohorts (hazard ratio, 1.02; "
            "95% CI, 0.89 to 1.18).",
            "early art vs deferred art",
            "orientation.arms_of_document",
        ),
        # the comparison does not lead into the estimate: the document's arms
        (
            "Survival was longer with early ART than with deferred ART, as reported before; the "
            "hazard ratio for death was 0.56 (95% CI, 0.41 to 0.76).",
            "early art vs deferred art",
            "orientation.arms_of_document",
        ),
    ],
)
def test_comparison_in_the_clause(sentence, comparison, rule):
    record = {"design": "rct", "arms": "early art;deferred art"}
    (row,) = ratios(extraction.extract_estimates("d", sentence, record))
    assert (row["comparison"], row["orientation_rule"]) == (comparison, rule)
    # the clause names the experimental arm first: the text states the numerator
    if rule == "orientation.comparative_in_clause":
        assert row["orientation"] == "stated"
        assert (row["numerator_arm"], row["denominator_arm"]) == tuple(comparison.split(" vs "))
    else:
        assert row["orientation"] == "conventional"


# a quoted or pooled estimate (role other) keeps the comparison its sentence states; without
# one it compares nothing of this document
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "In an earlier trial, lenvatinib was non-inferior to sorafenib (HR 0.92, 95% CI "
            "0.79-1.06), as reported elsewhere.",
            ("stated", "lenvatinib", "sorafenib", "orientation.comparative_in_clause"),
        ),
        (
            "A previous meta-analysis reported a pooled hazard ratio of 0.77 (95% CI 0.72-0.82).",
            ("unknown", "", "", "orientation.not_a_comparison"),
        ),
    ],
)
def test_quoted_estimates_keep_their_stated_comparison(sentence, expected):
    (row,) = ratios(extraction.extract_estimates("d", sentence, {"design": "review"}))
    assert row["role"] == "other"
    assert (
        row["orientation"],
        row["numerator_arm"],
        row["denominator_arm"],
        row["orientation_rule"],
    ) == expected


# orientation.comparative_in_clause, the sentence's comparison with each arm's figures
# between: stated when the experimental arm comes first (the comparator is a placebo,
# usual care or "... alone", the add-on arm contains the other, the document's arms say
# so, or "than"/"over" makes the first arm the subject); convention when the comparator
# is named first; nothing when another estimate or a list stands between
@pytest.mark.parametrize(
    "sentence, arms, expected",
    [
        (
            "The primary outcome occurred in significantly fewer patients in the liraglutide "
            "group (608 of 4668 patients [13.0%]) than in the placebo group (694 of 4672 "
            "[14.9%]) (hazard ratio, 0.87; 95% CI, 0.78 to 0.97).",
            "",
            ("stated", "liraglutide", "placebo"),
        ),
        (
            "Over a mean of 4.2 years, the primary end point occurred in 74 participants "
            "(28.8%) in the methylprednisolone group versus 106 (43.1%) in the placebo group "
            "(hazard ratio [HR], 0.53 [95% CI, 0.39-0.72]; P < .001).",
            "",
            ("stated", "methylprednisolone", "placebo"),
        ),
        (
            "Those who received remdesivir had a median recovery time of 10 days (95% CI, 9 to "
            "11), as compared with 15 days (95% CI, 13 to 18) among those who received placebo "
            "(rate ratio for recovery, 1.29; 95% CI, 1.12 to 1.49).",
            "",
            ("stated", "remdesivir", "placebo"),
        ),
        (
            "Events were recorded in 105 (1%) of 12,529 participants in the molnupiravir plus "
            "usual care group versus 98 (1%) of 12,525 in the usual care group (adjusted odds "
            "ratio 1.06, 95% CI 0.81-1.41).",
            "",
            ("stated", "molnupiravir plus usual care", "usual care"),
        ),
        (
            "Median overall survival was 11.1 months (95% CI 10.0-12.1) with NALIRIFOX versus "
            "9.2 months (8.3-10.6) with nab-paclitaxel-gemcitabine (hazard ratio 0.83; 95% CI "
            "0.70-0.99; p=0.036).",
            "NALIRIFOX;nab-paclitaxel plus gemcitabine",
            ("stated", "nalirifox", "nab-paclitaxel-gemcitabine"),
        ),
        (
            "Shock resolved faster in patients given hydrocortisone than in those given placebo "
            "(median, 3 days vs. 4 days; hazard ratio, 1.32; 95% CI, 1.23 to 1.41).",
            "",
            ("stated", "hydrocortisone", "placebo"),
        ),
        (
            "The primary outcome did not occur in significantly fewer patients in the "
            "rivaroxaban-alone group than in the aspirin-alone group (hazard ratio, 0.90; 95% "
            "CI, 0.79 to 1.03).",
            "",
            ("stated", "rivaroxaban-alone", "aspirin-alone"),
        ),
        # the comparator named first: its figure leads, the ratio is still the experimental
        # arm's, so the order is not taken as the numerator
        (
            "The rate of major bleeding was 3.43% with warfarin versus 2.75% with high-dose "
            "edoxaban (hazard ratio, 0.80; 95% CI, 0.71 to 0.91).",
            "high-dose edoxaban;warfarin",
            ("conventional", "", ""),
        ),
        # ... unless a comparison in words gives each arm's rate: the arm with fewer events is
        # the numerator of a ratio below 1
        (
            "Unfavourable outcomes occurred in 52 percent of the placebo group, as compared with "
            "26 percent of the dexamethasone group (relative risk, 0.50; 95% CI, 0.30 to 0.83).",
            "",
            ("stated", "dexamethasone", "placebo"),
        ),
        # the measure names its own arm: the numerator, whatever the order
        (
            "Events occurred at 1.69% per year in the warfarin group, compared with 1.53% in "
            "the dabigatran group (relative risk with dabigatran, 0.91; 95% CI, 0.74 to 1.11).",
            "",
            ("stated", "dabigatran", "warfarin"),
        ),
        # another estimate stands between the comparison and this one, which has its own (a
        # treatment against none)
        (
            "The risk was lower with early ART than with deferred ART (hazard ratio, 0.56; 95% "
            "CI, 0.41 to 0.76) and lower with IPT than without IPT (hazard ratio, 0.65; 95% CI, "
            "0.48 to 0.88).",
            "",
            ("stated", "ipt", "no ipt"),
        ),
    ],
)
def test_comparative_construction(sentence, arms, expected):
    record = {"design": "rct", "arms": arms}
    rows = ratios(extraction.extract_estimates("d", sentence, record))
    row = rows[-1]
    if expected is None:
        assert row["orientation_rule"] != "orientation.comparative_in_clause"
        assert row["orientation"] != "stated"
        return
    orientation, numerator, denominator = expected
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected
    assert row["orientation_rule"].startswith(
        "orientation.arm_of_the_measure"
        if "relative risk with" in sentence
        else "orientation.direction_in_clause"
        if "as compared with 26 percent" in sentence
        else "orientation.comparative_in_clause"
    )


# The treatment actually received, not the one assigned, is a re-analysis; an association
# whose subject is the document's drug (its arms unparsed) is the treatment effect
@pytest.mark.parametrize(
    "sentence, record, role",
    [
        (
            "When patients were analyzed according to the treatment they actually received, "
            "ablation was associated with a lower rate of the primary end point (HR, 0.67 [95% CI, "
            "0.50-0.89]; P = .006).",
            {"design": "rct", "arms": "ablation;drug therapy"},
            "other",
        ),
        (
            "Among miners who actually started isoniazid, incidence was lower than in the control "
            "clusters (rate ratio, 0.42; 95% CI, 0.20 to 0.88).",
            {"design": "rct", "arms": "isoniazid;control"},
            "other",
        ),
        (
            "Dexamethasone treatment was associated with a reduced risk of death (relative risk, "
            "0.69; 95 percent confidence interval, 0.52 to 0.92; P=0.01).",
            {"design": "rct", "arms": "", "drugs": "dexamethasone"},
            "treatment_effect",
        ),
        (
            "Higher baseline lactate levels were associated with death (relative risk, 1.69; 95% "
            "CI, 1.52 to 1.92).",
            {"design": "rct", "arms": "", "drugs": "dexamethasone"},
            "biomarker_or_prognostic",
        ),
    ],
)
def test_treatment_received_and_associations_of_the_drug(sentence, record, role):
    text = "Methods: patients were randomly assigned. Results: " + sentence
    (row,) = ratios(extraction.extract_estimates("d", text, record))
    assert row["role"] == role, row["role_rule"]


# An analysis decided after the fact is not the trial's treatment effect; a subgroup or a
# covariate so analysed keeps its own role. "In the adjusted model, X [odds ratio ...]"
# is a covariate's association.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "In a post hoc time-to-event analysis, the risk of progression was lower with "
            "lecanemab (hazard ratio, 0.69; 95% CI, 0.57 to 0.83).",
            "other",
        ),
        (
            "In an exploratory comparison of the two lecanemab-containing groups, the HR was 0.49 "
            "(0.26-0.95).",
            "other",
        ),
        (
            "In a post-hoc analysis of patients with high HER2 expression, median survival was "
            "16.0 versus 11.8 months (HR 0.65, 95% CI 0.51-0.83).",
            "subgroup",
        ),
        (
            "In the adjusted model, black race [odds ratio (OR) 0.74, 95% confidence interval "
            "(CI) 0.61-0.89] was associated with failure.",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_post_hoc_analyses_and_adjusted_models(sentence, role):
    _check_last_role(sentence, role)


@pytest.mark.parametrize(
    "sentence, role",
    [
        # a scale's categories are not a subgroup
        (
            "In a proportional-odds model with an eight-category ordinal scale, patients who "
            "received lecanemab were more likely to improve (odds ratio, 1.5; 95% CI, 1.2 to 1.9).",
            "treatment_effect",
        ),
        (
            "Across categories of baseline eGFR, the hazard ratio was 0.82 (95% CI, 0.70 to 0.96).",
            "subgroup",
        ),
    ],
)
def test_categories_of_a_scale_and_of_patients(sentence, role):
    _check_last_role(sentence, role)


def _check_last_role(sentence, role):
    text = (
        "Methods: patients were randomly assigned to lecanemab or placebo. Results: The primary "
        "outcome favoured lecanemab (hazard ratio, 0.80; 95% CI, 0.70 to 0.91). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"design": "rct", "arms": "lecanemab;placebo"})
    )
    assert rows[-1]["role"] == role, rows[-1]["role_rule"]


# A document whose title calls it a post hoc analysis of a trial re-analyses the trial's
# comparison: its estimates are not the trial's treatment effects
@pytest.mark.parametrize(
    "title, role, rule",
    [
        (
            "Effect of belimumab on kidney outcomes in lupus nephritis: post hoc subgroup analyses "
            "of the phase 3 BLISS-LN trial",
            "subgroup",
            "role.post_hoc_subgroup_report",
        ),
        (
            "Intensive blood-pressure control and atrial fibrillation: a post hoc analysis of SPRINT",
            "other",
            "role.post_hoc_report",
        ),
        ("Belimumab in active lupus nephritis", "treatment_effect", "role.randomised_comparison"),
    ],
)
def test_post_hoc_reports(title, role, rule):
    text = (
        "Methods: patients were randomly assigned to belimumab or placebo. Results: The kidney "
        "outcome occurred less often with belimumab than with placebo (hazard ratio, 0.51; 95% "
        "CI, 0.34 to 0.77)."
    )
    record = {"design": "rct", "arms": "belimumab;placebo", "title": title}
    (row,) = ratios(extraction.extract_estimates("d", text, record))
    assert (row["role"], row["role_rule"]) == (role, rule)


# A ratio printed without its measure name after a sentence or clause that named it is a
# value of that measure; an interval that does not enclose it, a unit after it or another
# quantity named between keep it out
@pytest.mark.parametrize(
    "text, values",
    [
        (
            "Apixaban reduced stroke (RR 0.81, 95% CI 0.73-0.91). They also reduced all-cause "
            "mortality (0.90, 0.85-0.95; p=0.0003).",
            [0.81, 0.90],
        ),
        (
            "In participants with diabetes the HR was 0.64 (95% CI 0.54-0.77) and in those without "
            "diabetes (n=3569) it was 0.82 (95% CI 0.68-0.99).",
            [0.64, 0.82],
        ),
        (
            "CheckMate 017 reported a hazard ratio of 0.59 (95% CI 0.44-0.79); CheckMate 057 "
            "reported 0.73 (96% CI 0.59-0.89).",
            [0.59, 0.73],
        ),
        # a median with its interval, a mean difference, a value its interval does not enclose
        (
            "Survival improved (HR 0.70, 95% CI 0.60-0.82). Median survival was 11.5 (95% CI "
            "8.9-16.7) months.",
            [0.70],
        ),
        (
            "Survival improved (HR 0.70, 95% CI 0.60-0.82). The mean difference was 0.29 (95% CI "
            "0.20 to 0.38).",
            [0.70],
        ),
        ("Survival improved (HR 0.70, 95% CI 0.60-0.82). It was 0.95 (1.10-1.30).", [0.70]),
        # a new paragraph does not continue the measure
        ("Survival improved (HR 0.70, 95% CI 0.60-0.82).\n\nIt was 0.95 (0.80-1.10).", [0.70]),
    ],
)
def test_values_of_a_measure_named_earlier(text, values):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct", "arms": "a;b"}))
    assert [r["value"] for r in rows] == values


@pytest.mark.parametrize(
    "text, measure",
    [
        ("The annualized rate was lower (relative rate, 0.49; 95% CI, 0.33 to 0.72).", "RR"),
        ("Reperfusion was more frequent (incidence ratio, 2.2; 95% CI, 1.1 to 4.4).", "RR"),
        ("Prevalence did not differ (prevalence ratio, 0.98; 95% CI, 0.50 to 1.92).", "RR"),
        ("The relative hazard in the cinacalcet group was 0.93 (95% CI, 0.85 to 1.02).", "HR"),
        # a reduction is not a ratio's name
        ("The relative rate reduction was 0.45 (95% CI, 0.30 to 0.60).", None),
    ],
)
def test_more_names_of_ratios(text, measure):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct", "arms": "a;b"}))
    assert [r["measure"] for r in rows] == ([measure] if measure else [])


# orientation.dose_of_the_documents_drug: arms named by their dose in a one-drug document
@pytest.mark.parametrize(
    "record, numerators",
    [
        ({"drugs": "fingolimod", "design": "rct"}, ["fingolimod 0.5 mg", "fingolimod 1.25 mg"]),
        # two drugs: which one the dose belongs to is not said
        ({"drugs": "fingolimod;interferon", "design": "rct"}, ["", ""]),
    ],
)
def test_arms_named_by_their_dose(record, numerators):
    text = (
        "Fingolimod reduced the risk of disability progression (hazard ratio for 0.5 mg vs. "
        "placebo, 0.70; 95% CI, 0.52 to 0.96; P=0.02; and for 1.25 mg, 0.68; 95% CI, 0.50 to "
        "0.93; P=0.02)."
    )
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [r["numerator_arm"] for r in rows] == numerators
    if numerators[0]:
        assert {r["denominator_arm"] for r in rows} == {"placebo"}


# ... the comparator named by its dose too: "the hazard ratio for the primary outcome with 81
# mg versus 325 mg was 1.02"
def test_two_doses_of_the_documents_drug_against_each_other():
    text = (
        "Aspirin dosing in cardiovascular disease. Put the other way round, the hazard ratio for "
        "the primary outcome with 81 mg versus 325 mg was 1.02 (95% CI 0.91-1.14)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"drugs": "aspirin", "design": "rct"}))
    assert (row["numerator_arm"], row["denominator_arm"], row["orientation"]) == (
        "aspirin 81 mg",
        "aspirin 325 mg",
        "stated",
    )


# role.sensitivity_analysis: an estimate adjusted after the fact is a re-analysis, not the
# randomised comparison; an adjustment that is the analysis itself is not one.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "After prespecified adjustment for imbalances in baseline characteristics, the "
            "hazard ratio was 0.88 (95% CI, 0.79 to 0.97).",
            "other",
        ),
        (
            "After adjustment for all retained variables, the hazard ratio for dapagliflozin "
            "versus placebo was 0.73 (95% CI 0.64-0.84).",
            "other",
        ),
        (
            "The hazard ratio for dapagliflozin versus placebo, adjusted for the stratification "
            "factors, was 0.74 (95% CI 0.65-0.85).",
            "treatment_effect",
        ),
        # the stratification factors are not the ratio's subject
        (
            "The hazard ratio for dapagliflozin versus placebo, from a Cox model stratified by "
            "diabetes status, was 0.74 (95% CI 0.65-0.85).",
            "treatment_effect",
        ),
        (
            "In a multivariable Cox model, baseline ECOG performance status was associated with "
            "death in the dapagliflozin group (HR 1.74, 95% CI 1.20-2.50).",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_adjusted_re_analysis(sentence, role):
    (row,) = ratios(
        extraction.extract_estimates(
            "d", sentence, {"arms": "dapagliflozin;placebo", "design": "rct"}
        )
    )
    assert row["role"] == role, row["role_rule"]


def test_every_rule_is_documented():
    """Every rule name the code can write into 02_estimates.csv has a row in the rules table
    of docs/extraction.md, and every row names a rule the code has."""
    root = Path(__file__).resolve().parents[1]
    code = "".join(p.read_text() for p in (root / "scripts" / "metasynth").glob("*.py"))
    in_code = set(re.findall(r'"(?:; )?((?:role|outcome|orientation)\.[a-z_]+)"', code))
    table = (root / "docs" / "extraction.md").read_text().split("### The rules, by name")[1]
    table = table.split("\n## ")[0]
    in_docs = set(re.findall(r"`(?:; )?((?:role|outcome|orientation)\.[a-z_]+)`", table))
    assert in_code - in_docs == set(), "rules missing from docs/extraction.md"
    assert in_docs - in_code == set(), "documented rules the code no longer has"


# Roles decided beside one value, by the treatment's benefit in a group, by a trial the
# document only cites, and by the cues of models and cohorts (tests/corpus_blind2 families)
_MAIN = (
    "Overall, the primary outcome was lower with drugumab than with placebo (hazard ratio, "
    "0.70; 95% CI, 0.60 to 0.82). "
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Compared with SOC alone, adding drugumab improved rPFS in the overall population "
            "(HR 0.54, 99.9% CI 0.41-0.71; p<0.0001) and in the ADT plus docetaxel population "
            "(0.50, 0.34-0.71; p<0.0001).",
            ["treatment_effect", "subgroup"],
        ),
        (
            "Benefit looked similar by anatomical stage, with HRs of 0.76 (95% CI, 0.53-1.10) in "
            "stage II and 0.74 (95% CI, 0.59-0.93) in stage III disease.",
            ["subgroup", "subgroup"],
        ),
        (
            "No survival benefit emerged in low-volume disease (median 63.5 months v not "
            "reached; hazard ratio, 1.04; 95% CI, 0.70 to 1.55).",
            ["subgroup"],
        ),
        # the whole population and the arms are not subgroups
        (
            "There was no difference in the total population (hazard ratio, 0.98; 95% CI, "
            "0.81 to 1.19).",
            ["treatment_effect"],
        ),
        (
            "Shock resolved faster in patients given drugumab than in those given placebo "
            "(median, 3 days vs. 4 days; hazard ratio, 1.32; 95% CI, 1.23 to 1.41).",
            ["treatment_effect"],
        ),
        (
            "Patients whose tumours carried IDH1 or IDH2 mutations appeared to derive particular "
            "benefit (hazard ratio, 0.35; 95% CI, 0.20 to 0.60).",
            ["subgroup"],
        ),
        (
            "Other covariates retained in the model were ECOG performance status 1 versus 0 "
            "(hazard ratio 1.41, 95% CI 1.22-1.63).",
            ["biomarker_or_prognostic"],
        ),
    ],
)
def test_roles_beside_values(sentence, expected):
    record = {"design": "rct", "arms": "drugumab;placebo"}
    rows = ratios(extraction.extract_estimates("d", _MAIN + sentence, record))
    assert rows[0]["role"] == "treatment_effect"
    assert [r["role"] for r in rows[1:]] == expected


_ITT_PRIMARY = (
    "In the intention-to-treat analysis, stroke or systemic embolism occurred less often with "
    "drugumab than with warfarin (hazard ratio, 0.87; 95% CI, 0.73 to 1.04; P=0.08). "
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # counted only on treatment, beside the intention-to-treat estimate of the endpoint
        (
            "The annualized rate of stroke or systemic embolism during treatment was 1.50% with "
            "warfarin, as compared with 1.18% with drugumab (hazard ratio, 0.79; 95% CI, 0.63 "
            "to 0.99). " + _ITT_PRIMARY,
            ["other", "treatment_effect"],
        ),
        (
            _ITT_PRIMARY + "While patients were taking the study drug, stroke or systemic embolism "
            "occurred less often with drugumab (hazard ratio, 0.70; 95% CI, 0.55 to 0.89).",
            ["treatment_effect", "other"],
        ),
        (
            "Over the 4-year treatment period stroke or systemic embolism was reduced (hazard ratio, "
            "0.81; 95% CI, 0.70 to 0.94); in the intention-to-treat analysis it was reduced "
            "too (hazard ratio, 0.86; 95% CI, 0.75 to 0.99).",
            ["other", "treatment_effect"],
        ),
        # alone, the on-treatment estimate is the trial's comparison
        (
            "The annualized rate of stroke or systemic embolism during treatment was 1.50% with "
            "warfarin and 1.18% with drugumab (hazard ratio, 0.79; 95% CI, 0.63 to 0.99).",
            ["treatment_effect"],
        ),
        # the intention-to-treat estimate of another endpoint leaves it so
        (
            "Major bleeding during treatment was less frequent with drugumab (hazard ratio, "
            "0.80; 95% CI, 0.71 to 0.91). " + _ITT_PRIMARY,
            ["treatment_effect", "treatment_effect"],
        ),
    ],
)
def test_on_treatment_estimate_beside_the_intention_to_treat_one(text, expected):
    record = {"design": "rct", "arms": "drugumab;warfarin"}
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [r["role"] for r in rows] == expected, [r["role_rule"] for r in rows]
    assert all(
        r["role_rule"] == "role.on_treatment_beside_itt" for r in rows if r["role"] == "other"
    )


def test_a_trial_the_document_only_cites_is_quoted():
    record = {"design": "rct", "arms": "colchicine;placebo", "trial_names_cited": "COLCOT"}
    text = _MAIN + (
        "After recent myocardial infarction, COLCOT found a 23% relative reduction in its "
        "ischaemic composite (HR 0.77, 95% CI 0.61-0.96)."
    )
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert (rows[1]["role"], rows[1]["role_rule"]) == ("other", "role.another_trial_named")
    # a name the document reports itself is not another trial's
    own = {**record, "trial_names": "COLCOT", "trial_names_cited": "COLCOT"}
    rows = ratios(extraction.extract_estimates("d", text, own))
    assert rows[1]["role"] != "other"


def test_initiation_of_a_treatment_in_a_cohort_is_an_adjusted_comparison():
    text = (
        "Initiation of SGLT-2i, versus oGLD, was associated with lower rates of heart failure "
        "hospitalisation (hazard ratio, 0.61; 95% CI, 0.51-0.73; P<0.001)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert (row["role"], row["role_rule"]) == ("other", "role.adjusted_comparison_in_a_cohort")


# A population named right after a sentence saying the effect differed across populations
# (and the next population named after it) is a subgroup, whether or not the whole
# population's estimate was given.
@pytest.mark.parametrize("modified", [True, False])
def test_populations_after_an_effect_said_to_differ_are_subgroups(modified):
    text = (
        "Patients were randomly assigned to chemotherapy plus endocrine therapy or endocrine "
        "therapy alone. "
        + (
            "Chemotherapy benefit differed by menopausal status (interaction P=0.0004). "
            if modified
            else "Follow-up was complete. "
        )
        + "In postmenopausal women, 5-year IDFS was 91.9% and 91.6% (HR 0.97; 95% CI "
        "0.78-1.22). In premenopausal women, it was 89.0% and 93.9% (HR 0.54; 95% CI "
        "0.38-0.76)."
    )
    rows = ratios(extract(text))
    assert [r["role"] for r in rows][:1] == (["subgroup"] if modified else ["treatment_effect"])
    if modified:
        assert [r["role"] for r in rows] == ["subgroup", "subgroup"]


# An exposure a sentence compares with its reference in its own words states its numerator,
# in a cohort as in a quoted finding: the exposure with a comparator set between commas, a
# leading comparator, people by their exposure "than" others, "A vs B carried a hazard
# ratio" (not a sentence naming one side only).
@pytest.mark.parametrize(
    "sentence, numerator, denominator",
    [
        (
            "Initiation of SGLT-2i, versus oGLD, was associated with lower rates of heart failure "
            "hospitalisation (hazard ratio, 0.61; 95% CI, 0.51-0.73; P<0.001).",
            "sglt-2i",
            "ogld",
        ),
        (
            "Mortality was 39% with early and 55% with delayed therapy, and early initiation, as "
            "compared with delayed initiation, was associated with lower mortality (hazard "
            "ratio 0.66, 95% CI 0.45 to 0.97).",
            "early initiation",
            "delayed initiation",
        ),
        (
            "Long-acting injectables as a group, as compared with the equivalent oral "
            "formulations, were associated with a lower risk of rehospitalisation (HR, 0.78; "
            "95% CI, 0.72-0.84).",
            "long-acting injectables",
            "equivalent oral formulations",
        ),
        (
            "Relative to no use, cumulative high use of drug H was associated with skin cancer "
            "(odds ratio 1.29, 95% CI 1.23-1.35).",
            "drug h",
            "no use",
        ),
        (
            "In 73,679 insured people, regular PPI users had a higher risk of incident dementia "
            "than non-users (HR, 1.44; 95% CI, 1.36-1.52).",
            "regular ppi users",
            "non-users",
        ),
        # people named by what they take or have, on either side of "than"
        (
            "During 5 days of therapy, patients taking azithromycin had a higher risk of "
            "cardiovascular death than those taking no antibiotic (hazard ratio, 2.88; 95% CI, "
            "1.79 to 4.63).",
            "patients taking azithromycin",
            "those taking no antibiotic",
        ),
        (
            "Patients with 7-11 years of cumulative antipsychotic exposure had lower mortality "
            "than those with no drug use (HR 0.81, 95% CI 0.77-0.84).",
            "cumulative antipsychotic exposure",  # (the arms as cleaned: the exposure)
            "no drug use",
        ),
        (
            "Patients who started interferon immediately had a lower rate of clinically definite "
            "MS than those whose treatment was delayed (rate ratio 0.65; 95% CI 0.43 to 0.99).",
            "patients who started interferon immediately",
            "those whose treatment was delayed",
        ),
        (
            "Patients treated with dupilumab had an increased relative risk of CTCL compared with "
            "those never treated with dupilumab (RR = 4.59, 95% confidence interval 2.60-8.14).",
            "patients treated with dupilumab",
            "those never treated with dupilumab",
        ),
        # the two as the objects of "comparing", set off before the estimate's clause
        (
            "In a Swedish cohort, comparing GLP1 receptor agonist users with DPP4 inhibitor users, "
            "the hazard ratio for pancreatic cancer was 0.81 (95% CI 0.59-1.12).",
            "glp1 receptor agonist users",
            "dpp4 inhibitor users",
        ),
        (
            "Comparing the two cohorts, the hazard ratio for pancreatic cancer was 0.81 (95% CI "
            "0.59-1.12).",
            "",
            "",
        ),
        (
            "In the multivariable model, right-sided origin vs left-sided origin carried a hazard "
            "ratio for death of 1.55 (95% CI 1.32-1.82).",
            "right-sided origin",
            "left-sided origin",
        ),
        (
            "In a Danish cohort, current azithromycin use was associated with an increased risk "
            "of cardiovascular death as compared with no antibiotic use (rate ratio, 2.85; 95% "
            "CI, 1.13-7.24).",
            "current azithromycin use",
            "no antibiotic use",
        ),
        (
            "A level above the median was associated with a higher risk of death than a level at "
            "or below the median (hazard ratio, 2.16; 95% CI, 1.62-2.88).",
            "level above the median",
            "level at or below the median",
        ),
        (
            "Relative to current perphenazine use, quetiapine carried the highest risk of "
            "mortality (adjusted hazard ratio 1.41, 95% CI 1.09-1.83).",
            "quetiapine",
            "current perphenazine use",
        ),
        (
            "Regular PPI use was associated with incident dementia (HR, 1.44; 95% CI, 1.36-1.52).",
            "",
            "",
        ),
        # (a size is no comparator; what another study found is its subject's comparison,
        # "found no evidence that" no part of the subject)
        (
            "Giving the drug early raised the odds of surviving by more than two-thirds (odds "
            "ratio 1.72, 95% CI 1.42-2.10).",
            "",
            "",
        ),
        (
            "Two trials found no evidence that adjuvant radiotherapy improved survival compared "
            "with early salvage radiotherapy (HR 0.95, 95% CI 0.75-1.21).",
            "adjuvant radiotherapy",
            "early salvage radiotherapy",
        ),
    ],
)
def test_an_exposure_compared_in_the_sentences_words(sentence, numerator, denominator):
    (row,) = ratios(extraction.extract_estimates("d", sentence, {"design": "observational"}))
    assert (row["numerator_arm"].lower(), row["denominator_arm"].lower()) == (
        numerator,
        denominator,
    )
    assert (row["orientation"] == "stated") is bool(numerator)


def test_a_case_control_page_whose_lower_case_moves_offsets_is_read():
    # "İ" lower-cases to two characters: the page's lower-cased copy is not kept, and the
    # case-control check reads the text itself
    text = (
        "İstanbul gout cohort. In this case-control study of 500 patients, compared with "
        "patients without events, those with an event had greater odds of a recent flare "
        "(adjusted OR, 1.93; 95% CI, 1.57-2.37)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert row["orientation"] != "stated"


# ... and the other places a sentence puts the two sides: after the value's interval ("for A
# as compared with B", each side a few words naming no endpoint), after a phrase of time
# before "A, as compared with B, had". In a case-control study, people without the event (or
# its controls) set against those with it are the study's cases and controls, not the two
# sides of the exposure's odds ratio.
@pytest.mark.parametrize(
    "sentence, numerator, denominator",
    [
        (
            "The adjusted hazard ratio for suicide was 3.34 (95% CI, 3.13 to 3.56) for male "
            "handgun owners as compared with male nonowners.",
            "male handgun owners",
            "male nonowners",
        ),
        (
            "The hazard ratio for hip fracture was 1.25 (95% CI, 1.10 to 1.42) for current "
            "users relative to former users.",
            "current users",
            "former users",
        ),
        (
            "The hazard ratio was 1.25 (95% CI, 1.10 to 1.42) for death compared with "
            "hospitalisation.",
            "",
            "",
        ),
        (
            "During 5 days of therapy, patients taking azithromycin, as compared with persons "
            "who took no antibiotics, had an increased risk of cardiovascular death (hazard "
            "ratio, 2.88; 95% CI, 1.79 to 4.63).",
            "azithromycin",
            "persons who took no antibiotics",
        ),
        (
            "Compared with never users, current users of the patch had a higher risk of venous "
            "thrombosis (IRR 1.90, 95% CI 1.40-2.58).",
            "patch",
            "never users",
        ),
        # the comparison finished after the estimate's bracket
        (
            "PPI users had a higher risk of any dementia (HR 1.38, 95% CI 1.04-1.83) than "
            "non-users.",
            "ppi users",
            "non-users",
        ),
        (
            "Women taking the pill had an increased risk of breast cancer (RR 1.20, 95% CI "
            "1.14-1.26) compared with never users.",
            "women taking the pill",
            "never users",
        ),
        # a case-control study's cases against its controls: not the exposure's two sides
        (
            "In this case-control study of 62 574 patients with gout, compared with patients "
            "without events, those with an event had greater odds of a recent gout flare "
            "(adjusted OR, 1.93; 95% CI, 1.57-2.37).",
            "",
            "",
        ),
        (
            "In this cohort study of 62 574 patients with gout, compared with patients without "
            "flares, those with a flare had a higher risk of a cardiovascular event (adjusted "
            "HR, 1.93; 95% CI, 1.57-2.37).",
            "flare",
            "patients without flares",
        ),
    ],
)
def test_the_sides_a_cohorts_sentence_sets_around_its_estimate(sentence, numerator, denominator):
    (row,) = ratios(extraction.extract_estimates("d", sentence, {"design": "observational"}))
    assert (row["numerator_arm"].lower(), row["denominator_arm"].lower()) == (
        numerator,
        denominator,
    )
    assert (row["orientation"] == "stated") is bool(numerator)


# A treatment or procedure a cohort was exposed to, as the subject of its association, is a
# non-randomised comparison (other); a model's terms and treatments before baseline are
# prognostic covariates
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Cataract extraction was associated with a reduced risk of dementia (HR, 0.71; 95% CI, 0.62-0.83).",
            "other",
        ),
        (
            "Glaucoma surgery was not associated with dementia risk (HR, 1.08; 95% CI, 0.75-1.55).",
            "other",
        ),
        (
            "After multivariable adjustment, co-prescription of opioids and gabapentin was associated with higher odds of death (adjusted OR 1.49; 95% CI 1.18-1.88).",
            "other",
        ),
        (
            "Medication periods were associated with less criminality (hazard ratio, 0.68; 95% CI, 0.63-0.73).",
            "other",
        ),
        (
            "Prior cytoreductive nephrectomy was associated with longer OS (adjusted HR 0.52, 95% CI 0.45-0.60).",
            "biomarker_or_prognostic",
        ),
        (
            "In the multivariable model, previous surgery was associated with mortality (HR 1.30; 95% CI 1.10-1.50).",
            "biomarker_or_prognostic",
        ),
        (
            "Serum phosphate above 5.5 mg/dL was associated with higher mortality (HR 1.25; 95% CI 1.12-1.39).",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_a_cohorts_exposure_to_a_treatment_or_procedure_is_a_comparison(sentence, role):
    (row,) = ratios(extraction.extract_estimates("d", sentence, {"design": "observational"}))
    assert row["role"] == role, row["role_rule"]


# A ratio without its measure's name after another quantity of the same bracket, each after
# its separator (Lancet-style lists); a quantity in the value's own lead-in still stops it
@pytest.mark.parametrize(
    "tail, expected",
    [
        (", in ESCC (12·6 vs 9·8 months; 0·72 [0·60–0·88]; p=0·0006).", [0.72]),
        (", in ESCC (12·6 vs 9·8 months; difference 0·72 [0·60–0·88]).", []),
        (", in ESCC (median 12·6 months [0·60–14·88]).", []),
        # a value of another quantity came last: the bare one continues it
        (
            ". Children in the nutrition group (LAZ difference 0·25, 0·15-0·36) and the "
            "combined group (0·13, 0·02-0·24) were taller.",
            [],
        ),
        # ... as does one after a ratio of means ("ratio of geometric means ..., 1.19")
        (". The ratio of geometric means of the time to target, 1.19; 95% CI, 1.04 to 1.36.", []),
        (". In ESCC it was 0·72 [0·60–0·88].", [0.72]),
    ],
)
def test_bare_ratio_after_the_figures_of_its_bracket(tail, expected):
    text = (
        "Drugumab was superior to placebo for overall survival in the whole population "
        "(median 13·9 months vs 8·8 months; hazard ratio 0·57 [95% CI 0·43–0·75]; p<0·0001)" + tail
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["value"] for r in rows[1:]] == expected


# orientation.leading_comparator: "Compared with B, A ..." with the arm as the clause's
# subject or in the measure's qualifier; a clause joined after an earlier estimate
# ("whereas D+T+EP did not ... (HR 0.82") compares its own subject with the same comparator
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Compared with the standard group, the active-treatment group had an 18% lower risk "
            "of a primary-outcome event (adjusted risk ratio 0.82; 95% CI 0.74 to 0.92).",
            [("active-treatment", "standard")],
        ),
        (
            "Relative to EP, D+EP kept reducing the risk of death (HR 0.75, 95% CI 0.62-0.91; "
            "p=0.0032), whereas D+T+EP did not cross the boundary (HR 0.82, 95% CI 0.68-1.00).",
            [("d+ep", "ep"), ("d+t+ep", "ep")],
        ),
        (
            "As compared with the cyclosporine regimen, both belatacept regimens were associated "
            "with a 43% reduction in the risk of death or graft loss (hazard ratio for the "
            "more-intensive regimen, 0.57; 95% CI, 0.35 to 0.95; P=0.02; and for the "
            "less-intensive regimen, 0.57; 95% CI, 0.35 to 0.94; P=0.02).",
            # the regimens are the document's belatacept arm, told from its other arm by
            # "cyclosporine" (both arms' names end in "regimen")
            [
                ("belatacept regimen (more-intensive regimen)", "cyclosporine regimen"),
                ("belatacept regimen (less-intensive regimen)", "cyclosporine regimen"),
            ],
        ),
        (
            "Compared with placebo, the risk of death was higher with corticosteroids (21.1% vs "
            "17.9%; relative risk 1.18, 95% CI 1.09-1.27).",
            [("corticosteroids", "placebo")],
        ),
        # after a short opening phrase, the comparator without its comma: the inverted ratio
        (
            "Put the other way round, compared with placebo the risk of death was higher with "
            "corticosteroids (relative risk 1.18, 95% CI 1.09-1.27).",
            [("corticosteroids", "placebo")],
        ),
        # an arm named after the value still is one
        (
            "Compared with placebo, the hazard ratio was 0.90 (95% CI 0.71-1.13) for lutein "
            "plus zeaxanthin.",
            [("lutein plus zeaxanthin", "placebo")],
        ),
    ],
)
def test_leading_comparator_and_the_clause_subject(sentence, expected):
    record = {"design": "rct", "arms": "belatacept regimen;cyclosporine-based regimen"}
    rows = ratios(extraction.extract_estimates("d", sentence, record))
    found = stated_pairs(rows)
    assert found == expected


# orientation.leading_comparator: the endpoint named after the value ("for cardiovascular
# events") is no arm, nor is the article or qualifier opening the measure's phrase ("with
# an adjusted hazard ratio"): the clause's subject is the numerator
@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with glipizide, metformin was associated with a hazard ratio of 0.54 (95% CI "
        "0.30-0.90) for cardiovascular events.",
        "Compared with glipizide, metformin was associated with an adjusted hazard ratio of "
        "0.54 (95% CI 0.30-0.90) for the composite of cardiovascular events.",
    ],
)
def test_an_endpoint_or_the_measures_article_after_with_is_no_arm(sentence):
    record = {"design": "rct", "arms": "glipizide;metformin"}
    rows = ratios(extraction.extract_estimates("d", sentence, record))
    assert stated_pairs(rows) == [("metformin", "glipizide")]


@pytest.mark.parametrize(
    "interval",
    [
        "Confidence Interval (2-Sided) 95% 0.62 to 0.96",
        "Confidence Interval: (2-Sided) 95%  0.62 to 0.96",
        "Confidence Interval (2-Sided) 95%\n0.62 to 0.96",
    ],
)
def test_registry_interval_layouts(interval):
    text = (
        "Outcome Measure 1: Investigator-Assessed PFS According to RECIST v1.1\n"
        "Statistical Analysis 1\n"
        "Comparison Group Selection: Atezolizumab + CE, Placebo + CE\n"
        "P-Value: 0.0170\n"
        "Method of Estimation: Hazard Ratio (HR)\n"
        "Estimated Value: 0.77\n" + interval + "\n"
    )
    record = {"source_type": "registry_record", "design": "registry"}
    (row,) = extraction.extract_estimates("r", text, record)
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"]) == (
        0.77,
        0.62,
        0.96,
        95,
    )


def test_registry_results_copied_with_their_labels_in_lower_case():
    # (a results page copied with its labels in sentence case, the measure's label
    # "Parameter:", the interval's level followed by a comma; restated from a COPD trial's
    # posted results)
    text = (
        "Secondary Outcome Measure\n"
        "  Title: Time to first moderate or severe COPD exacerbation\n"
        "  Statistical Analysis 1\n"
        "    Comparison groups: Drug A 100 mg, Placebo\n"
        "    Method: Cox proportional hazards\n"
        "    Parameter: Hazard Ratio (HR)\n"
        "    Estimated value: 0.77\n"
        "    Confidence interval: (2-sided) 95%, 0.64 to 0.93\n"
        "    P-value: 0.009\n"
        "    Estimation comments: The hazard ratio is for drug A 100 mg versus placebo.\n"
    )
    record = {"source_type": "registry_record", "design": "registry"}
    (row,) = extraction.extract_estimates("r", text, record)
    assert (row["measure"], row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"]) == (
        "HR",
        0.77,
        0.64,
        0.93,
        95,
    )
    assert (row["numerator_arm"], row["denominator_arm"], row["orientation"]) == (
        "drug a 100 mg",
        "placebo",
        "stated",
    )


@pytest.mark.parametrize(
    "lines",
    [
        # the interval's sides in a bracket before its colon
        "  Estimation Parameter: Risk Ratio (RR)\n  Estimated Value: 1.00\n"
        "  Confidence Interval (2-Sided): 95%  0.92 to 1.10\n",
        # the interval labelled as a paper labels it
        "  Risk Ratio (RR): 1.00\n  95% CI: 0.92 to 1.10\n",
    ],
)
def test_registry_interval_labels_of_results_records(lines):
    text = (
        "Outcome Measure: Death or neurodevelopmental impairment\n"
        "Statistical Analysis 1\n"
        "  Comparison Group Selection: High threshold, Low threshold\n"
        "  P-Value: 0.93\n" + lines
    )
    record = {"source_type": "registry_record", "design": "registry"}
    (row,) = extraction.extract_estimates("r", text, record)
    assert (row["value"], row["ci_lower"], row["ci_upper"], row["ci_level"]) == (1.0, 0.92, 1.1, 95)


def test_an_endpoint_outside_the_vocabulary_named_before_the_bracket_is_not_the_previous_sentences():
    # (restated from a cohort of psoriasis and vascular disease: the previous sentence names
    # an adjustment factor the vocabulary knows, hypertension; the estimates' own endpoints,
    # ischaemic heart, cerebrovascular and peripheral vascular disease, it does not)
    text = (
        "Patients with psoriasis had more hypertension than controls. After adjustment, "
        "compared with controls, patients with psoriasis had higher odds of ischemic heart "
        "disease (odds ratio [OR], 1.78; 95% CI, 1.51-2.11), cerebrovascular disease (OR, "
        "1.70; 95% CI, 1.33-2.17), and peripheral vascular disease (OR, 1.98; 95% CI, "
        "1.47-2.68)."
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert [(r["value"], r["outcome"], r["outcome_rule"]) for r in rows] == [
        (1.78, "", "outcome.named_outside_the_vocabulary"),
        (1.7, "", "outcome.named_outside_the_vocabulary"),
        (1.98, "", "outcome.named_outside_the_vocabulary"),
    ]
    # an endpoint the vocabulary knows, named so, is read as before
    known = text.replace("ischemic heart disease", "stroke")
    rows = ratios(extraction.extract_estimates("d", known, {"design": "observational"}))
    assert rows[0]["outcome"] == "STROKE"


@pytest.mark.parametrize(
    "lead,stated",
    [
        ("Compared to 3,007 BGM controls, isCGM users", ("iscgm users", "bgm controls")),
        ("Compared with 1210 placebo recipients, vaccinees", ("vaccinees", "placebo")),
        ("Compared to BGM controls, isCGM users", ("iscgm users", "bgm controls")),
    ],
)
def test_a_leading_comparator_counted_first(lead, stated):
    # (restated from a Swedish register cohort of glucose monitoring in type 1 diabetes)
    text = (
        lead + " had a lower risk of hospitalisation for hypoglycaemia (RR 0.32; 95% CI 0.14-0.74)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert (row["orientation"], row["orientation_rule"]) == (
        "stated",
        "orientation.leading_comparator",
    )
    assert (row["numerator_arm"], row["denominator_arm"]) == stated


@pytest.mark.parametrize(
    "sentence,stated",
    [
        # (restated from a long-term report of a prostate hypofractionation trial)
        ("The DFS hazard ratio (H-RT/C-RT) was 0.85 (95% CI, 0.71 to 1.03).", ("h-rt", "c-rt")),
        ("Hazard ratios (FSC/FP) were 1.03 (0.64-1.66) for the first event.", ("fsc", "fp")),
        # a statistic, a unit or a model's label in the bracket names no arms
        ("The hazard ratio (95% CI/P) was 1.03 (0.64 to 1.66).", None),
        ("The hazard ratio (adjusted/unadjusted) was 1.03 (95% CI 0.64 to 1.66).", None),
        ("The hazard ratio (per mg/dl) was 1.03 (95% CI 0.64 to 1.66).", None),
    ],
)
def test_a_ratios_notation_after_its_measure_states_its_numerator(sentence, stated):
    text = (
        "Methods: Men were randomised to hypofractionated or conventional radiotherapy.\n\n"
        + sentence
    )
    record = {"design": "rct", "arms": "hypofractionated radiotherapy;conventional radiotherapy"}
    (row,) = ratios(extraction.extract_estimates("d", text, record))
    if stated:
        assert row["orientation"] == "stated"
        assert (row["numerator_arm"], row["denominator_arm"]) == stated
    else:
        assert row["orientation"] != "stated"


@pytest.mark.parametrize(
    "text,rows",
    [
        # (restated from a Swedish register cohort of glucose monitoring in type 1 diabetes)
        (
            "Users had lower relative risk (RR; 95% CI) of hospitalisation for hypoglycaemia "
            "(RR=0.32; 0.14, 0.74) and ketoacidosis (RR=0.55; 0.35, 0.87).",
            [(0.32, 0.14, 0.74), (0.55, 0.35, 0.87)],
        ),
        # bounds that do not enclose the value, or do not close its bracket, are no interval
        ("Events fell (HR 0.69; 0.75, 0.87).", [(0.69, "", "")]),
        ("Doses were (HR 0.69; 0.55, 0.87, 0.9).", [(0.69, "", "")]),
    ],
)
def test_a_bare_pair_of_bounds_after_a_semicolon_closing_the_bracket(text, rows):
    found = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in found] == rows


@pytest.mark.parametrize(
    "text,values",
    [
        (
            "The combination had a favourable hazard ratio with a confidence interval that "
            "excluded 1, yet the trial was negative.",
            [],
        ),
        ("The hazard ratio for death did not cross 1 in any subgroup.", []),
        ("The odds ratio's interval included 1.0 at every time point.", []),
        # a ratio of one is an estimate when it is one
        ("The hazard ratio was 1.00 (95% CI 0.80-1.25).", [1.0]),
    ],
)
def test_the_null_value_an_interval_excludes_or_crosses_is_no_estimate(text, values):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["value"] for r in rows] == values


@pytest.mark.parametrize(
    "sentence,own",
    [
        # what an arm changed, or had more or fewer of, right before the estimate's bracket
        (
            "Vitamin D reduced autoimmune disease by 22% (hazard ratio 0.78, 95% CI 0.61 to 0.99).",
            True,
        ),
        (
            "Infants in the lower-target group had less retinopathy of prematurity (10.6% vs. "
            "13.5%; relative risk, 0.79; 95% CI, 0.63 to 1.00).",
            True,
        ),
        (
            "Honey did not delay the first peritoneal-dialysis-related infection (HR 1.12, 95% CI "
            "0.83-1.51).",
            True,
        ),
        # a comparison's "than" names no endpoint: the previous sentence's stands
        (
            "Other covariates were a count of more than two metastatic sites (hazard ratio 1.27, "
            "95% CI 1.09-1.48).",
            False,
        ),
    ],
)
def test_an_endpoint_outside_the_vocabulary_that_an_arm_changed(sentence, own):
    text = "Overall survival was reported at five years. " + sentence
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    if own:
        assert (row["outcome"], row["outcome_rule"]) == ("", "outcome.named_outside_the_vocabulary")
    else:
        assert (row["outcome"], row["outcome_rule"]) == ("OS", "outcome.previous_sentence")


@pytest.mark.parametrize(
    "text,outcomes",
    [
        # an endpoint after the estimate that another estimate follows is that one's
        (
            "The intervention had no clear effect on first injurious fall (hazard ratio 0.96, 95% CI 0.79 "
            "to 1.15) or on death (0.90, 0.71 to 1.13).",
            ["", "OS"],
        ),
        (
            "Necrotising enterocolitis occurred in 61 infants and 66 infants (adjusted risk ratio "
            "0.93, 95% CI 0.68-1.27); death before discharge in 40 and 42 (adjusted risk ratio "
            "0.95, 95% CI 0.63-1.44).",
            ["", "DEATH_IN_HOSPITAL"],
        ),
        # ... one after every estimate of the sentence is shared by them
        (
            "After sorafenib failure, regorafenib (HR 0.63, 95% CI 0.50-0.79) and cabozantinib "
            "(HR 0.76, 95% CI 0.63-0.92) improved survival over placebo.",
            ["OS", "OS"],
        ),
    ],
)
def test_an_endpoint_after_the_estimate_is_its_own_only_when_no_estimate_follows(text, outcomes):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["outcome"] for r in rows] == outcomes


def test_each_arm_of_a_comparator_led_sentence_before_its_bracket():
    text = (
        "Compared with vemurafenib, the risk of progression or death was lower with combo "
        "(hazard ratio [HR] 0·54, 95% CI 0·41–0·71; two-sided p<0·0001) and with encorafenib "
        "monotherapy (0·68, 0·52–0·90; p=0·0038), whose median was 9·6 months."
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in rows] == [
        ("combo", "vemurafenib"),
        ("encorafenib monotherapy", "vemurafenib"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the two arms as the ratio's label, comparator first: an inverted ratio, stated
        (
            "In the overall population, placebo+CP vs dostarlimab+CP gave a hazard ratio of "
            "1.56 (95% CI, 1.25-1.96; P<0.001).",
            ("stated", "placebo+cp", "dostarlimab+cp"),
        ),
        # each arm with its figures, comparator first: convention, not the order
        (
            "Progression occurred in 40% with placebo+CP vs 25% with dostarlimab+CP (hazard "
            "ratio 0.64; 95% CI, 0.52-0.80).",
            ("conventional", "", ""),
        ),
    ],
)
def test_arms_as_the_label_of_a_ratio(sentence, expected):
    (row,) = ratios(extraction.extract_estimates("d", sentence, {"design": "rct"}))
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected


@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Each 0.5 g/dL lower serum albumin carried an HR of 1.42 (95% CI 1.33-1.52).",
            "biomarker_or_prognostic",
        ),
        ("APOE e4 carriage had an HR of 1.38 (95% CI 1.10-1.73).", "biomarker_or_prognostic"),
        (
            "The neutrophil-to-lymphocyte ratio (>=5 vs <5) carried an HR of 1.55 (90% CI "
            "1.33-1.80).",
            "biomarker_or_prognostic",
        ),
        # a treatment compared in the cohort is no characteristic
        (
            "Patients prescribed cinacalcet had an HR for death of 0.94 (95% CI 0.81-1.09) "
            "compared with those not prescribed it.",
            "other",
        ),
    ],
)
def test_characteristics_of_a_cohort_are_prognostic(sentence, role):
    record = {"design": "observational", "drugs": "cinacalcet"}
    (row,) = ratios(extraction.extract_estimates("d", sentence, record))
    assert row["role"] == role


@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Finerenone had already shown benefit: in FIDELIO-DKD, for example, the "
            "cardiovascular composite was reduced with a hazard ratio of 0.86 (95% CI, 0.75 to "
            "0.99).",
            "other",
        ),
        (
            "In FIRE-3, FOLFIRI plus cetuximab was associated with longer survival (hazard "
            "ratio, 0.77; 95% CI, 0.62 to 0.96).",
            "other",
        ),
        # the document's own trial, and markers shaped like names, are not other trials
        (
            "In FINEARTS-HF, the primary composite was reduced with a hazard ratio of 0.84 (95% "
            "CI, 0.74 to 0.95).",
            "treatment_effect",
        ),
        (
            "In PD-L1-positive tumours the hazard ratio was 0.62 (95% CI, 0.48 to 0.78).",
            "subgroup",
        ),
        # an arm named by capitals ("ICD-CRT") is no trial
        (
            "Deaths numbered 186 in the ICD-CRT group, as compared with 236 in the ICD group "
            "(hazard ratio, 0.75; 95% CI, 0.62 to 0.91).",
            "treatment_effect",
        ),
    ],
)
def test_a_trial_shaped_name_that_is_not_the_documents(sentence, role):
    record = {"design": "rct", "arms": "finerenone;placebo", "trial_names": "FINEARTS-HF"}
    text = _MAIN + sentence
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert rows[-1]["role"] == role


@pytest.mark.parametrize(
    "sentence, record",
    [
        # a disease, not a trial
        (
            "In COVID-19, the hazard ratio for death was 0.80 (95% CI, 0.70 to 0.92).",
            {"design": "rct", "arms": "drugumab;placebo"},
        ),
        # the document's own name, read from its title though not among its trial names
        (
            "In KEYNOTE-522, the hazard ratio was 0.63 (95% CI, 0.48 to 0.82).",
            {
                "design": "rct",
                "arms": "drugumab;placebo",
                "title": "Event-free survival with drugumab: the KEYNOTE-522 trial",
            },
        ),
    ],
)
def test_names_that_are_no_other_trial(sentence, record):
    rows = ratios(extraction.extract_estimates("d", _MAIN + sentence, record))
    assert rows[-1]["role_rule"] != "role.another_trial_named"


# "independent" is a covariate cue only as "an independent predictor", "independently
# associated"; an oncology trial's "independent central review" and a "data monitoring
# committee" are how its primary endpoint was assessed
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Progression-free survival by blinded independent central review was longer "
            "(median 5.5 vs 4.0 months; HR 0.66; 95% CI 0.53-0.83).",
            "treatment_effect",
        ),
        (
            "At the interim analysis recommended by the independent data monitoring committee, "
            "the hazard ratio for death was 0.79 (95% CI 0.65-0.96).",
            "treatment_effect",
        ),
        (
            "Independently assessed progression-free survival gave a hazard ratio of 0.47 "
            "(95% CI 0.34-0.65).",
            "treatment_effect",
        ),
        (
            "Baseline NT-proBNP was an independent predictor of the primary outcome "
            "(HR 1.38 per doubling, 95% CI 1.30-1.47).",
            "biomarker_or_prognostic",
        ),
        (
            "Diabetes was independently associated with death (HR 1.24, 95% CI 1.08-1.42).",
            "biomarker_or_prognostic",
        ),
        (
            "Age over 65 years remained an independent risk factor (HR 1.51, 95% CI 1.20-1.90).",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_independent_review_is_no_covariate_an_independent_predictor_is(sentence, role):
    assert only_ratio(sentence, arms="sacituzumab;chemotherapy")["role"] == role


# Runs of values under one measure name. A value's own population label may stand between
# it and the next value, numbers and all; under a plural name ("rate ratios") two values
# without intervals stand side by side; a short name ties to its value across "with ARM".
@pytest.mark.parametrize(
    "sentence, values",
    [
        (
            "The benefit was seen in every PD-L1 stratum, with hazard ratios of 0.61 (95% CI, "
            "0.38 to 0.98) for a tumor proportion score below 1%, 0.57 (0.36 to 0.90) for a score "
            "of 1 to 49%, and 0.64 (0.37 to 1.10) for a score of 50% or more.",
            [0.61, 0.57, 0.64],
        ),
        (
            "The hazard ratio was 0.69 (95% CI 0.55-0.87) in the 412 patients with stage III "
            "disease, 0.80 (0.60-1.05) in stage II.",
            [0.69, 0.80],
        ),
        (
            "Annualized relapse rates were 0.17 and 0.19 versus 0.36 (rate ratios, 0.47 and "
            "0.52; P<0.001 for both).",
            [0.47, 0.52],
        ),
        (
            "24-month OS was 71.3% versus 56.0% (HR with dostarlimab 0.64; 95% CI, 0.46-0.87).",
            [0.64],
        ),
        # a label followed by a number that is no ratio: the run ends
        (
            "Overall survival was longer (HR 0.69, 95% CI 0.55-0.87) for patients aged 65 "
            "years, 12 months after randomisation.",
            [0.69],
        ),
        # a singular name takes no second value without an interval
        ("The rate ratio was 0.47 and 0.52 of patients relapsed.", [0.47]),
        # nor a plural one when a unit follows the second number
        ("Hazard ratios were 0.80 and 0.75 months apart.", [0.80]),
        # "with" ties a short name to its value, never to a follow-up time
        ("The HR with a median follow-up of 14.2 months was 0.71 (95% CI 0.60-0.84).", [0.71]),
    ],
)
def test_values_of_a_run(sentence, values):
    assert [r["value"] for r in ratios(extract(sentence, arms="dostarlimab;placebo"))] == values


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Darolutamide (DARO) is an androgen receptor inhibitor.", {"daro": "darolutamide"}),
        ("randomized 2:1 to DARO or matching placebo (PBO).", {"pbo": "placebo"}),
        (
            "added to a nonsteroidal aromatase inhibitor (NSAI).",
            {"nsai": "nonsteroidal aromatase inhibitor"},
        ),
        ("regorafenib (REG) vs sorafenib (Sor)", {"reg": "regorafenib", "sor": "sorafenib"}),
        ("nivolumab plus ipilimumab (NIVO+IPI)", {"nivo+ipi": "nivolumab plus ipilimumab"}),
        # brackets that define nothing: a count, a p-value, letters not in the words before
        ("in 120 patients (n=120) with a p-value (P<0.001) and (ABC)", {}),
        # one short form with two long forms is no definition
        ("cisplatin (CP) ... carboplatin-paclitaxel (CP)", {}),
    ],
)
def test_abbreviations_a_text_defines(text, expected):
    assert extraction.defined_abbreviations(text) == expected


# orientation: an arm named by the abbreviation the document defines for it ("DARO ... vs
# PBO") is that arm, spelled out for matching and printed as the text has it
@pytest.mark.parametrize(
    "text, numerator, denominator",
    [
        (
            "Darolutamide (DARO) was compared with matching placebo (PBO). DARO significantly "
            "prolonged MFS vs PBO (median 40.4 vs 18.4 mo; HR 0.41, 95% CI 0.34-0.50).",
            "darolutamide (daro)",
            "placebo (pbo)",
        ),
        (
            "Patients received nivolumab (NIVO) or docetaxel (DOC). The hazard ratio for death "
            "with NIVO vs DOC was 0.59 (95% CI 0.44-0.79).",
            "nivolumab (nivo)",
            "docetaxel (doc)",
        ),
        # undefined abbreviations are no arms the text names
        (
            "NIVO significantly prolonged OS vs DOC (median 9.2 vs 6.0 mo; HR 0.59, "
            "95% CI 0.44-0.79).",
            "",
            "",
        ),
    ],
)
def test_arms_named_by_the_documents_abbreviations(text, numerator, denominator):
    row = ratios(extract(text, arms=""))[0]
    assert (row["numerator_arm"], row["denominator_arm"]) == (numerator, denominator)


# Outcomes as pages outside oncology name them: a primary endpoint defined after its parts
# ("... made up the primary endpoint", "X, the primary efficacy outcome, ..."), "primary
# events", a composite with its parts in either order, compound nouns ("heart-failure
# admissions"), and an endpoint a "(primary endpoint)" label qualifies in a page that
# defines no primary endpoint of its own
@pytest.mark.parametrize(
    "text, outcome",
    [
        (
            "Cardiovascular death or hospital admission for worsening heart failure made up the "
            "primary endpoint. The primary endpoint was reached by 793 patients on ivabradine "
            "and 937 on placebo (HR 0.82, 95% CI 0.75-0.90).",
            "CVD_HHF",
        ),
        (
            "Stroke or systemic embolism, the primary efficacy outcome, occurred at 0.78% per "
            "year with apixaban and 1.24% with aspirin (HR 0.63; 95% CI 0.45-0.88).",
            "STROKE_SE",
        ),
        (
            "The primary composite end point was cardiovascular death, myocardial infarction, or "
            "stroke. Primary events occurred in 406 patients in the lixisenatide group and in 399 "
            "in the placebo group (hazard ratio, 1.02; 95% CI, 0.89 to 1.17).",
            "MACE",
        ),
        (
            "Death or hospitalization was less common with apixaban (hazard ratio, 0.83; 95% CI, "
            "0.74 to 0.93).",
            "HOSP_DEATH",
        ),
        (
            "Most of the effect came from fewer heart-failure admissions (HR 0.74, 95% CI "
            "0.66-0.83).",
            "HHF",
        ),
        (
            "Symptomatic intracerebral hemorrhage affected 7 patients and 1 patient (adjusted "
            "risk ratio, 7.22; 95% CI, 0.97 to 53.5).",
            "SICH",
        ),
        (
            "- Progression-free survival (primary endpoint, blinded independent review): median "
            "27.7 vs 11.1 months; hazard ratio 0.39 (95% CI, 0.27-0.56).",
            "PFS",
        ),
        # a label of nothing: the predictors of "the composite outcome" are no endpoint
        (
            "Independent predictors of the primary outcome were previous hospitalisation for "
            "heart failure (HR 1.29, 95% CI 1.12-1.48) and diabetes.",
            "",
        ),
    ],
)
def test_outcomes_as_pages_outside_oncology_name_them(text, outcome):
    assert ratios(extract(text, arms="drug;placebo"))[0]["outcome"] == outcome


# The background before the methods quotes results, except its own trial's earlier ones;
# a covariate-adjusted re-analysis is no randomised comparison
@pytest.mark.parametrize(
    "text, names, role",
    [
        (
            "BACKGROUND: In the primary analysis of SOLO2, maintenance olaparib prolonged "
            "progression-free survival compared with placebo (HR 0.30, 95% CI 0.22-0.41). "
            "METHODS: Patients were randomly assigned to olaparib or placebo.",
            "SOLO2",
            "treatment_effect",
        ),
        (
            "BACKGROUND: In the SOLO1 trial, maintenance olaparib prolonged progression-free "
            "survival (HR 0.30, 95% CI 0.22-0.41). METHODS: Patients were randomly assigned.",
            "SOLO2",
            "other",
        ),
        (
            "BACKGROUND: PARP inhibitors prolong progression-free survival (HR 0.30, 95% CI "
            "0.22-0.41). METHODS: Patients were randomly assigned.",
            "SOLO2",
            "other",
        ),
        (
            "METHODS: Patients were randomly assigned. RESULTS: With adjustment for the SOFA "
            "score and use of vasopressors, the hazard ratio for death at 28 days was 0.42 "
            "(95% CI, 0.26 to 0.66).",
            "",
            "other",
        ),
    ],
)
def test_background_results_of_the_documents_own_trial(text, names, role):
    record = {"arms": "olaparib;placebo", "design": "rct", "trial_names": names}
    rows = ratios(extraction.extract_estimates("doc", text, record))
    assert rows[0]["role"] == role


# role.subgroup_beside_value, once the main comparison is given: a population named by a
# number of patients, "the prespecified group whose ...", a kind of disease or tumour, or a
# sentence about "Patients with X"; never the whole population ("In the total population")
@pytest.mark.parametrize(
    "text, roles",
    [
        (
            "Deaths were fewer with the combination (hazard ratio, 0.63; 95% CI, 0.52 to 0.76); "
            "the hazard ratio was 0.75 for nonmetastatic disease and 0.61 for metastatic disease.",
            ["treatment_effect", "subgroup", "subgroup"],
        ),
        (
            "DFS was longer with nivolumab (HR 0.69; 96.4% CI 0.56-0.86). DFS favored nivolumab "
            "in squamous cell carcinoma (HR 0.61; 95% CI 0.42-0.88) and adenocarcinoma (HR 0.75; "
            "95% CI 0.59-0.96).",
            ["treatment_effect", "subgroup", "subgroup"],
        ),
        (
            "PFS was longer with venetoclax (HR 0.35; 95% CI 0.23-0.53). Patients with TP53 "
            "deletion also did better with venetoclax (HR 0.31; 95% CI 0.13-0.75).",
            ["treatment_effect", "subgroup"],
        ),
        (
            "The primary endpoint occurred less often (OR 0.79, 95% CI 0.61-1.03). In the 4159 "
            "patients whose infection had been confirmed by PCR, it occurred less often "
            "(OR 0.75, 95% CI 0.57-0.99).",
            ["treatment_effect", "subgroup"],
        ),
        (
            "The primary endpoint was reduced (HR 0.82, 95% CI 0.75-0.90). In the prespecified "
            "group whose baseline heart rate was 75 beats per min or higher, the hazard ratio "
            "was 0.76 (0.68-0.85).",
            ["treatment_effect", "subgroup"],
        ),
        (
            "In the total population, overall survival was longer with both doses than with "
            "docetaxel (2 mg/kg: HR 0.71, 95% CI 0.58-0.88; 10 mg/kg: HR 0.61, 0.49-0.75).",
            ["treatment_effect", "treatment_effect"],
        ),
        # the whole population's ratio later in the same sentence, its figures with decimals
        (
            "Among patients with stage II or IIIA disease, 93.8% and 63.0% were disease-free "
            "(hazard ratio, 0.24; 95% CI, 0.13 to 0.45); in the intention-to-treat population "
            "the figures were 93.6% and 63.7%, respectively (hazard ratio, 0.24; 95% CI, 0.13 "
            "to 0.43).",
            ["subgroup", "treatment_effect"],
        ),
        (
            "The primary endpoint was reduced (HR 0.74, 95% CI 0.65-0.85). Among the 2605 "
            "patients without diabetes at baseline the ratio for the primary endpoint was 1.37 "
            "(95% CI 1.11-1.69).",
            ["treatment_effect", "subgroup"],
        ),
        (
            "Progression-free survival was longer (hazard ratio, 0.80; 95% CI, 0.69 to 0.92). "
            "Among the 369 patients (40.9%) with PD-L1-positive disease, the medians were 7.5 "
            "and 5.0 months (hazard ratio, 0.62; 95% CI, 0.49 to 0.78).",
            ["treatment_effect", "subgroup"],
        ),
        # a sentence opening with a type of the disease, after the main comparison
        (
            "Progression-free survival was longer with the combination (hazard ratio 0·58, 95% "
            "CI 0·44–0·74). In follicular lymphoma the estimate was 0·61 (0·42–0·87; "
            "p=0·0072).",
            ["treatment_effect", "subgroup"],
        ),
        (
            "Progression-free survival was longer with the combination (hazard ratio 0.58, 95% "
            "CI 0.44-0.74). Among patients with mantle-cell lymphoma, the hazard ratio was 0.49 "
            "(0.28-0.79).",
            ["treatment_effect", "subgroup"],
        ),
        # ... not an endpoint named after "for", nor the main comparison itself
        (
            "In advanced breast cancer, progression-free survival was longer with the drug "
            "(hazard ratio 0.58, 95% CI 0.44-0.74). The hazard ratio for cardiovascular disease "
            "was 0.91 (0.70-1.18).",
            ["treatment_effect", "treatment_effect"],
        ),
        # the whole population named after the other one before a value is its population
        (
            "Donanemab lowered the risk of progression in the low/medium tau population "
            "(hazard ratio, 0.62 [95% CI, 0.51-0.76]), and a 37% lower risk in the combined "
            "population (hazard ratio, 0.63).",
            ["subgroup", "treatment_effect"],
        ),
        (
            "Treatment failure was less frequent (hazard ratio, 0.29; 95% CI, 0.25 to 0.34); "
            "the hazard ratio was 0.21 for nonmetastatic and 0.31 for metastatic disease.",
            ["treatment_effect", "subgroup", "subgroup"],
        ),
    ],
)
def test_populations_beside_later_values(text, roles):
    assert [r["role"] for r in ratios(extract(text, arms="drug;placebo"))] == roles


# orientation.stated_in_clause: between a measure's name and its value, "for A vs. B" names
# the arms whatever they are; a dose of a drug is that arm ("90 mg of ticagrelor"), and a
# later value of the run with its own "for A vs. B" takes its own arms
@pytest.mark.parametrize(
    "text, arms",
    [
        (
            "The hazard ratio for discontinuation vs. continuation was 1.28 (95% CI, 0.99 to 1.65).",
            [("discontinuation", "continuation")],
        ),
        (
            "The hazard ratio for relapse in the discontinuation group relative to the maintenance "
            "group was 2.06 (95% CI, 1.56 to 2.70).",
            [("discontinuation", "maintenance")],
        ),
        (
            "(hazard ratio for 90 mg of ticagrelor vs. placebo, 0.85; 95% CI, 0.75 to 0.96; and "
            "for 60 mg of ticagrelor vs. placebo, 0.84; 95% CI, 0.74 to 0.95)",
            [("ticagrelor 90 mg", "placebo"), ("ticagrelor 60 mg", "placebo")],
        ),
        # arms written as abbreviations, one adding to the other; a dose named as an arm
        (
            "The hazard ratio for L+T versus T was 0.84 (97.5% CI, 0.70 to 1.02; P = .048).",
            [("l+t", "t")],
        ),
        (
            "The hazard ratio for the 3-mg dose as compared with placebo was 0.70 (97.5% CI, 0.52 "
            "to 0.96; P=0.01).",
            [("3-mg dose", "placebo")],
        ),
        # an endpoint, a function word or a dose alone is no arm
        ("The hazard ratio for death vs. progression was 1.28 (95% CI, 0.99 to 1.65).", [("", "")]),
        ("The hazard ratio for OS versus PFS was 1.28 (95% CI, 0.99 to 1.65).", [("", "")]),
        ("The hazard ratio for A+B versus C was 1.28 (95% CI, 0.99 to 1.65).", [("", "")]),
        # a comparator's later word opening like a function word ("in", "is", "of", "for",
        # "arm") is still its word: "SGLT2 inhibitors", "standard insulin", "ofatumumab"
        (
            "The hazard ratio for thyroid cancer with GLP1 receptor agonists versus SGLT2 "
            "inhibitors was 1.16 (95% CI, 0.65 to 2.05).",
            [("glp1 receptor agonists", "sglt2 inhibitors")],
        ),
        (
            "The hazard ratio for hypoglycaemia with insulin degludec versus standard insulin "
            "was 0.80 (95% CI, 0.70 to 0.92).",
            [("insulin degludec", "standard insulin")],
        ),
        (
            "The rate ratio for severe exacerbations with budesonide-formoterol versus inhaled "
            "formoterol was 0.84 (95% CI, 0.74 to 0.94).",
            [("budesonide-formoterol", "inhaled formoterol")],
        ),
        (
            "The hazard ratio for relapse, as compared with placebo, was 0.51 (95% CI, 0.40 to "
            "0.66).",
            [("", "")],
        ),
    ],
)
def test_arms_a_measures_qualifier_names(text, arms):
    rows = ratios(extract(text, arms="semaglutide;saline"))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in rows] == arms


# Arms as trial reports name them around a stated comparison
@pytest.mark.parametrize(
    "text, arms, expected",
    [
        # a leading comparator reaches past semicolons inside the estimates' brackets
        (
            "Compared with placebo, vaccination lowered all-cause death (2.9% vs 4.9%; hazard "
            "ratio, 0.59 [95% CI, 0.39-0.89]; P=0.010) and cardiovascular death (2.7% vs 4.5%; "
            "hazard ratio, 0.59 [95% CI, 0.39-0.90]; P=0.014).",
            "inactivated influenza vaccine;saline placebo",
            [
                ("inactivated influenza vaccine (vaccination)", "placebo"),
                ("inactivated influenza vaccine (vaccination)", "placebo"),
            ],
        ),
        # a drug the text names is that arm, whatever the document's arms read
        (
            "Recovery was faster with remdesivir than with placebo (rate ratio for recovery, "
            "1.29; 95% CI, 1.12 to 1.49).",
            "covid-19 and lower respiratory tract involvement;placebo",
            [("remdesivir", "placebo")],
        ),
        # an arm named in the plural, and without its article
        (
            "The primary endpoint occurred in 16 (16%) patients receiving β blockers versus 27 "
            "(27%) receiving placebo (hazard ratio [HR] 0·51, 95% CI 0·26–0·97).",
            "β blocker;placebo",
            [("β blockers", "placebo")],
        ),
        (
            "Death or hospitalization was less common with apixaban than with a vitamin K "
            "antagonist (23.5% vs. 27.4%; hazard ratio, 0.83; 95% CI, 0.74 to 0.93).",
            "apixaban;vitamin k antagonist",
            [("apixaban", "vitamin k antagonist")],
        ),
        # a later value in another population keeps the sentence's comparison
        (
            "Compared with SOC alone, adding abiraterone improved rPFS in the overall population "
            "(HR 0·54, 99·9% CI 0·41–0·71) and in the ADT plus docetaxel population (0·50, "
            "0·34–0·71).",
            "abiraterone;soc alone",
            [("abiraterone", "soc alone"), ("abiraterone", "soc alone")],
        ),
        # a later value's own group before its bracket, a regimen of the sentence's drug
        (
            "Compared with placebo, benralizumab reduced annual exacerbation rates in the Q4W "
            "group (rate ratio 0·55, 95% CI 0·42–0·71) and the Q8W group (0·49, 0·37–0·64).",
            "benralizumab;placebo",
            [("benralizumab", "placebo"), ("benralizumab q8w", "placebo")],
        ),
    ],
)
def test_arms_around_a_stated_comparison(text, arms, expected):
    rows = ratios(extract(text, arms=arms))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# orientation.comparative_in_clause with the first arm the subject of the effect: "A
# reduced the risk of death by 25 percent compared to B (hazard ratio ...", "A combined
# with B produced ... relative to B alone (...; hazard ratio ..."; whatever "alone"
# follows is an arm; a comparator subject still leaves the ratio to convention
@pytest.mark.parametrize(
    "text, arms, expected",
    [
        (
            "Over a median follow-up of 37.8 months, amivantamab plus lazertinib reduced the risk "
            "of death by 25 percent compared to osimertinib (hazard ratio [HR] 0.75; 95 percent "
            "confidence interval [CI], 0.61-0.92).",
            "",
            ("amivantamab plus lazertinib", "osimertinib"),
        ),
        (
            "At the interim analysis, abemaciclib combined with ET produced a significant "
            "improvement in the primary end point relative to ET alone (P = .01; hazard ratio, "
            "0.75; 95% CI, 0.60 to 0.93).",
            "",
            ("abemaciclib", "et alone"),
        ),
        (
            "Abemaciclib with endocrine therapy (ET) was compared with ET alone. At the interim "
            "analysis, abemaciclib combined with ET produced a significant improvement in the "
            "primary end point relative to ET alone (P = .01; hazard ratio, 0.75; 95% CI, 0.60 "
            "to 0.93).",
            "",
            (
                "abemaciclib plus endocrine therapy (abemaciclib plus et)",
                "endocrine therapy alone (et alone)",
            ),
        ),
        # a comparator opening a sentence on its effect is no numerator by that; the words
        # (placebo had fewer relapses) and the ratio above 1 make fingolimod's the ratio
        (
            "Placebo reduced the rate of relapse compared with fingolimod (hazard ratio, 1.40; "
            "95% CI, 1.10 to 1.80).",
            "",
            ("fingolimod", "placebo"),
        ),
    ],
)
def test_the_subject_of_the_effect_is_the_numerator(text, arms, expected):
    row = ratios(extract(text, arms=arms))[0]
    assert (row["numerator_arm"], row["denominator_arm"]) == expected


# The subject of a "than", "superior to" or "inferior to" comparison is the numerator even
# when it is the trial's second arm (the ratio of the discharges "earlier than" the other
# group's), unless the comparison's direction and the ratio's side of 1 say otherwise
# ("higher with placebo than with the drug (hazard ratio 0.70" is the drug's ratio).
@pytest.mark.parametrize(
    "text, arms, expected",
    [
        (
            "Patients in the late-initiation group were discharged alive from the ICU earlier "
            "than those in the early-initiation group (hazard ratio, 1.06; 95% confidence "
            "interval, 1.00 to 1.13; P=0.04).",
            "early initiation;late initiation",
            ("late-initiation", "early-initiation"),
        ),
        (
            "Topotecan-paclitaxel was not superior to cisplatin-paclitaxel (hazard ratio for "
            "death, 1.20; 99% confidence interval, 0.82 to 1.76).",
            "cisplatin-paclitaxel;topotecan-paclitaxel",
            ("topotecan-paclitaxel", "cisplatin-paclitaxel"),
        ),
        (
            "Mortality was higher with placebo than with ivabradine (hazard ratio, 0.70; 95% "
            "CI, 0.55 to 0.89).",
            "ivabradine;placebo",
            ("ivabradine", "placebo"),
        ),
    ],
)
def test_the_subject_of_a_than_comparison_even_as_the_second_arm(text, arms, expected):
    row = ratios(extract(text, arms=arms))[0]
    assert (row["numerator_arm"], row["denominator_arm"]) == expected


@pytest.mark.parametrize(
    "sentence, role",
    [
        # the prespecified pooled analysis of the two trials a paper reports is their effect
        (
            "In prespecified pooled analyses, disability progression was lower with ocrelizumab "
            "than with interferon beta-1a (hazard ratio, 0.60; 95% CI, 0.45 to 0.81).",
            "treatment_effect",
        ),
        # a pooled analysis of other trials is quoted
        (
            "A pooled analysis of earlier trials found a lower risk of progression (hazard "
            "ratio, 0.60; 95% CI, 0.45 to 0.81).",
            "other",
        ),
    ],
)
def test_a_prespecified_pooled_analysis_is_the_papers_own(sentence, role):
    assert only_ratio(sentence, arms="ocrelizumab;interferon beta-1a")["role"] == role


# orientation.leading_comparator past an abstract's section label, with a subject of a few
# words; "in patients with X (" before a later value is a population, not an arm
@pytest.mark.parametrize(
    "text, design, expected",
    [
        (
            "FINDINGS: Compared with warfarin, the new agents significantly reduced stroke or "
            "systemic embolism by 19% (RR 0·81, 95% CI 0·73-0·91; p<0·0001).",
            "meta_analysis",
            [("new agents", "warfarin")],
        ),
        (
            "FINDINGS: Compared with placebo, allocation to an SGLT2 inhibitor reduced the risk "
            "of kidney disease progression by 37% (RR 0·63, 95% CI 0·58-0·69), with similar "
            "relative effects in patients with diabetes (0·62, 0·56-0·69).",
            "meta_analysis",
            [("sglt2 inhibitor", "placebo"), ("sglt2 inhibitor", "placebo")],
        ),
        (
            "Compared with placebo, fruquintinib significantly lengthened overall survival "
            "(median, 9.3 vs 6.6 months; hazard ratio for death, 0.65; 95% CI, 0.51-0.83).",
            "rct",
            [("fruquintinib", "placebo")],
        ),
        # past JAMA's heading in capitals and a phrase of time or setting
        (
            "RESULTS  During a median treatment duration of 4.5 years, compared with the "
            "enalapril group, the enalapril-folic acid group had a significant risk reduction "
            "in first stroke (hazard ratio [HR], 0.79 [95% CI, 0.68-0.93]).",
            "rct",
            [("enalapril-folic acid", "enalapril")],
        ),
        (
            "At 12 months, compared with placebo, dapagliflozin reduced the risk of death "
            "(HR 0.79; 95% CI 0.68-0.93).",
            "rct",
            [("dapagliflozin", "placebo")],
        ),
        (
            "RESULTS In the intention-to-treat population (n=500), compared with placebo, "
            "dapagliflozin reduced the risk of death (HR 0.79; 95% CI 0.68-0.93).",
            "rct",
            [("dapagliflozin", "placebo")],
        ),
    ],
)
def test_leading_comparators_after_a_label_and_with_longer_subjects(text, design, expected):
    rows = ratios(extract(text, arms="", design=design))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


_POSTED = (
    "Study Type: Interventional\nEnrollment: 889\nStatistical Analysis\n"
    "Outcome Measure: {title}\nComparison Groups: Pembrolizumab, Placebo\n"
    "Hazard Ratio (HR) 0.64\n95% Confidence Interval 0.50 to 0.81\nP-Value: 0.0001\n"
)


@pytest.mark.parametrize(
    "titles, role",
    [
        # the measure of a part of the participants, beside the one for all of them
        (
            [
                "Overall Survival (OS) in Participants With CPS >=10",
                "Overall Survival in All Participants",
            ],
            "subgroup",
        ),
        (["Overall Survival in All Participants"], "treatment_effect"),
        # a trial that enrolled only that part posts no measure for all participants
        (["Overall Survival (OS) in Participants With PD-L1 TPS >=1%"], "treatment_effect"),
    ],
)
def test_a_registry_measure_of_a_subset_is_a_subgroup(titles, role):
    text = "ClinicalTrials.gov Identifier: NCT03635567\n" + "".join(
        _POSTED.format(title=t) for t in titles
    )
    record = {"source_type": "registry_record", "design": "registry", "arms": ""}
    rows = ratios(extraction.extract_estimates("doc", text, record))
    assert rows[0]["role"] == role, rows[0]["role_rule"]


# The treatment's association within a population, once the main comparison is given, is
# its effect in a subgroup; a covariate's association (no arm named as its subject) stays
# prognostic. Arms named by a three-letter word ("ICD", "PCI") count as named.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "In a prespecified analysis by age, ICD implantation was associated with lower "
            "mortality among patients younger than 68 years (hazard ratio, 0.64; 95% CI, 0.45 "
            "to 0.90).",
            "subgroup",
        ),
        (
            "ICD therapy was associated with a lower risk of death in patients with diabetes "
            "(hazard ratio, 0.71; 95% CI, 0.52 to 0.97).",
            "subgroup",
        ),
        (
            "Among patients aged 75 years or older, ICD implantation was associated with "
            "similar mortality (hazard ratio, 1.05; 95% CI, 0.80 to 1.38).",
            "subgroup",
        ),
        (
            "In a multivariable model, diabetes was associated with higher mortality (hazard "
            "ratio, 1.53; 95% CI, 1.15 to 2.04).",
            "biomarker_or_prognostic",
        ),
        (
            "Among patients with diabetes, a higher NT-proBNP level was associated with death "
            "(hazard ratio, 2.16; 95% CI, 1.62 to 2.88).",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_the_treatments_association_within_a_population(sentence, role):
    text = (
        "Patients were randomly assigned to an ICD or to usual care. Death occurred in 21.6% "
        "in the ICD group and 23.4% in the control group (hazard ratio, 0.87; 95% CI, 0.68 to "
        "1.12). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "icd;usual care", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", role], [r["role_rule"] for r in rows]


# An analysis adjusted for baseline covariates beside the randomised one is a re-analysis
# (`other`); the trial's primary analysis stays its treatment effect, adjusted or not.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "In a prespecified logistic-regression analysis adjusted for baseline prognostic "
            "variables, prednisolone was associated with lower mortality (odds ratio, 0.61; "
            "95% CI, 0.41 to 0.91).",
            "other",
        ),
        (
            "Multivariate analyses adjusting for baseline risk factors gave similar results "
            "(adjusted relative risk, 1.18; 95% CI, 1.01 to 1.39).",
            "other",
        ),
        (
            "In an analysis adjusted for imbalances at baseline, the odds ratio was 0.66 (95% "
            "CI, 0.48 to 0.91).",
            "other",
        ),
        (
            "In the primary analysis adjusted for baseline severity, the common odds ratio was "
            "1.67 (95% CI, 1.21 to 2.30).",
            "treatment_effect",
        ),
    ],
)
def test_analyses_adjusted_for_baseline_covariates(sentence, role):
    text = (
        "Patients were randomly assigned to prednisolone or placebo. Death occurred in 14% "
        "and 17% (odds ratio, 0.72; 95% CI, 0.52 to 1.01; P=0.06). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "prednisolone;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", role], [r["role_rule"] for r in rows]


# A functional class or a part of a measure's distribution named beside a value, once the
# main comparison is given, is that value's population.
@pytest.mark.parametrize(
    "sentence",
    [
        "The effect differed by NYHA class: in class II, the hazard ratio for ICD therapy "
        "versus placebo was 0.54 (97.5 percent confidence interval, 0.40 to 0.74).",
        "In patients in NYHA class III the hazard ratio was 1.16 (95% CI, 0.84 to 1.61).",
        "Participants in the upper third of systolic pressure appeared to benefit (HR 0.73; "
        "95% CI 0.56-0.94).",
        "In the lowest quartile of baseline eGFR, the hazard ratio was 0.61 (95% CI, 0.45 to "
        "0.83).",
        "Among patients in Killip class II or higher, the hazard ratio was 0.77 (95% CI, 0.60 "
        "to 0.99).",
    ],
)
def test_classes_and_parts_of_a_distribution_are_populations(sentence):
    text = (
        "Patients were randomly assigned to ICD therapy or placebo. ICD therapy reduced "
        "mortality (hazard ratio, 0.77; 95% CI, 0.62 to 0.96). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "icd therapy;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "subgroup"], [
        r["role_rule"] for r in rows
    ]


# A treatment's association in a model adjusted for covariates is a re-analysis of its
# comparison; the model's covariates, their levels compared, are prognostic; the primary
# analysis stays the treatment effect.
@pytest.mark.parametrize(
    "sentence, roles",
    [
        (
            "In a Cox model adjusted for age, nodal status, tumour size, grade and prior "
            "chemotherapy, the addition of ovarian suppression to tamoxifen was associated with "
            "a hazard ratio for disease-free survival of 0.78 (95% CI, 0.62 to 0.98; P=0.03). In "
            "the same model, positive nodal status (hazard ratio vs. node-negative, 1.71; 95% CI, "
            "1.33 to 2.20) and tumour size greater than 2 cm (1.46; 95% CI, 1.14 to 1.87) were "
            "associated with higher risk.",
            ["other", "biomarker_or_prognostic", "biomarker_or_prognostic"],
        ),
        (
            "In prespecified analyses adjusted for highly prognostic baseline characteristics "
            "(duration of the exercise test, LVEF and depression score), ovarian suppression was "
            "associated with an 11% reduction in risk (HR, 0.89; 95% CI, 0.81-0.99).",
            ["other"],
        ),
        (
            "In a Cox model adjusted for age and sex, diabetes was associated with higher "
            "mortality (HR 1.52; 95% CI 1.10-2.10).",
            ["biomarker_or_prognostic"],
        ),
        (
            "In the primary analysis, adjusted for the stratification factors, ovarian "
            "suppression was associated with a hazard ratio of 0.80 (95% CI, 0.66 to 0.97).",
            ["treatment_effect"],
        ),
    ],
)
def test_adjusted_treatment_associations_and_covariates_of_the_same_model(sentence, roles):
    text = (
        "Patients were randomly assigned to tamoxifen plus ovarian suppression or tamoxifen "
        "alone. The hazard ratio for disease-free survival was 0.83 (95% CI, 0.66 to 1.04). "
        + sentence
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "tamoxifen plus ovarian suppression;tamoxifen", "design": "rct"}
        )
    )
    assert [r["role"] for r in rows] == ["treatment_effect", *roles], [r["role_rule"] for r in rows]


# The usual care of a strategy trial ("conventional therapy", "expectant monitoring") is the
# comparator, so a comparison naming the other arm first states its numerator.
@pytest.mark.parametrize(
    "sentence, numerator",
    [
        (
            "Twenty-four patients in the intensive-therapy group died, as compared with 40 in "
            "the conventional-therapy group (hazard ratio, 0.54; 95% CI, 0.32 to 0.89).",
            "intensive-therapy",
        ),
        (
            "Recurrent VTE occurred in 2.3% of the patients in the apixaban group, as compared "
            "with 2.7% in the conventional-therapy group (relative risk, 0.84; 95% CI, 0.60 to "
            "1.18).",
            "apixaban",
        ),
    ],
)
def test_conventional_care_is_the_comparator(sentence, numerator):
    row = ratios(extraction.extract_estimates("d", sentence, {"design": "rct"}))[0]
    assert (row["orientation"], row["numerator_arm"]) == ("stated", numerator), row[
        "orientation_rule"
    ]


# Two strategies named by the words that tell them apart ("Early initiation" against
# "delayed initiation"): a name of two words is one arm, and the head both share names none.
@pytest.mark.parametrize(
    "sentence, arms, stated",
    [
        (
            "Early initiation significantly reduced 90-day mortality compared with delayed "
            "initiation (39.3% vs 54.7%; HR, 0.66; 95% CI, 0.45-0.97; P = .04).",
            "early initiation of renal replacement therapy;delayed initiation of renal replacement therapy",
            ("early initiation", "delayed initiation"),
        ),
        (
            "With a high-dose vaccine, hospitalisation was less frequent than with the "
            "standard-dose vaccine (RR, 0.82; 95% CI, 0.70-0.96).",
            "high-dose influenza vaccine;standard-dose influenza vaccine",
            ("high-dose vaccine", "standard-dose vaccine"),
        ),
    ],
)
def test_strategies_named_by_the_words_that_tell_them_apart(sentence, arms, stated):
    row = ratios(extraction.extract_estimates("d", sentence, {"arms": arms, "design": "rct"}))[0]
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == (
        "stated",
        *stated,
    ), row["orientation_rule"]


# A death timed by its horizon keeps it: printed in the phrase, in the sentence, in the
# sentence before it in the paragraph, or opening either; survival is never a timed death.
@pytest.mark.parametrize(
    "text, outcomes",
    [
        (
            "90-day mortality was 26.4% and 27.2% (hazard ratio, 0.97; 95% CI, 0.90 to 1.05).",
            ["DEATH_90D"],
        ),
        (
            "For fluid type, 90-day mortality was 26.4% with balanced solution and 27.2% with "
            "saline (hazard ratio, 0.97; 95% CI, 0.90-1.05). For infusion rate, mortality was "
            "26.6% in the slow group and 27.0% in the rapid group (HR, 1.03; 95% CI, 0.96-1.11).",
            ["DEATH_90D", "DEATH_90D"],
        ),
        (
            "At 30 days, the primary end point occurred in 45.9% and 55.4% (relative risk 0.83; "
            "95% CI 0.71 to 0.96). Death occurred in 43.3% versus 51.6% (relative risk 0.84; 95% "
            "CI 0.72 to 0.98).",
            ["", "DEATH_30D"],
        ),
        (
            "By 60 days, in-hospital death had occurred in 21.0% and 18.9% (relative risk, 1.04; "
            "95% CI, 0.82 to 1.31).",
            ["DEATH_60D"],
        ),
        # survival at a horizon is the survival endpoint
        (
            "At 5 years, overall survival was 60% and 50% (hazard ratio for death, 0.80; 95% CI, "
            "0.70 to 0.91).",
            ["OS"],
        ),
        # the horizon of another paragraph does not carry over
        (
            "90-day mortality was 26.4% and 27.2%.\n\nIn the long-term follow-up, deaths "
            "occurred in 40% and 45% (hazard ratio, 0.85; 95% CI, 0.75 to 0.97).",
            ["OS"],
        ),
    ],
)
def test_a_timed_death_keeps_its_horizon(text, outcomes):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["outcome"] for r in rows] == outcomes, [r["outcome_rule"] for r in rows]


# An arm named by its patients ("Varenicline-treated participants", "than those on
# placebo"), and the comparators a run of values lists after the first one's clause.
@pytest.mark.parametrize(
    "text, stated",
    [
        (
            "Varenicline-treated participants achieved higher abstinence than those on placebo "
            "(odds ratio 3·61, 95% CI 3·07–4·24), nicotine patch (2·15, 1·82–2·54) and "
            "bupropion (2·07, 1·75–2·45).",
            [
                ("varenicline", "placebo"),
                ("varenicline", "nicotine patch"),
                ("varenicline", "bupropion"),
            ],
        ),
        (
            "Mortality was lower with remdesivir than in patients given placebo (hazard ratio, "
            "0.73; 95% CI, 0.52 to 1.03).",
            [("remdesivir", "placebo")],
        ),
        # figures, not a name, between two values: no comparator of the list
        (
            "Abstinence was higher with varenicline than with placebo (odds ratio 3.61, 95% CI "
            "3.07-4.24), and at week 24 (2.50, 2.10-2.98).",
            [("varenicline", "placebo"), None],
        ),
    ],
)
def test_arms_named_by_their_patients_and_listed_comparators(text, stated):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    found = stated_pairs(rows)
    assert found == stated, [r["orientation_rule"] for r in rows]


@pytest.mark.parametrize(
    "text, stated",
    [
        # a procedure or strategy named by its kind is an arm, though the record names none
        (
            "Same-admission cholecystectomy reduced the risk of the primary endpoint compared "
            "with interval cholecystectomy (5% vs 17%; risk ratio 0.28, 95% CI 0.12-0.66).",
            ("same-admission cholecystectomy", "interval cholecystectomy"),
        ),
        (
            "Mortality was lower with online hemodiafiltration than with hemodialysis (hazard "
            "ratio, 0.70; 95% CI, 0.53 to 0.92).",
            ("online hemodiafiltration", "hemodialysis"),
        ),
        # not a pronoun before it, nor the background therapy of an add-on
        (
            "SCD-HeFT, in which ICD therapy reduced all-cause mortality compared with placebo "
            "(hazard ratio 0.77, 97.5% CI 0.62-0.96).",
            ("icd therapy", "placebo"),
        ),
        (
            "Adding pembrolizumab to pemetrexed and platinum chemotherapy improved survival "
            "compared with chemotherapy plus placebo (HR 0.49, 95% CI 0.38-0.64).",
            ("pembrolizumab", "chemotherapy plus placebo"),
        ),
    ],
)
def test_procedures_and_strategies_named_by_their_kind_are_arms(text, stated):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert stated_pairs(rows) == [stated], [r["orientation_rule"] for r in rows]


def test_arms_named_by_the_patients_switched_to_one_and_those_who_remained_on_the_other():
    text = (
        "Patients switched to OL-HDF had lower all-cause mortality than those who remained on "
        "hemodialysis (hazard ratio [HR], 0.70; 95% confidence interval [95% CI], 0.53-0.92; "
        "P=0.01)."
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"design": "rct", "arms": "hemodialysis;OL-HDF"})
    )
    assert stated_pairs(rows) == [("ol-hdf", "hemodialysis")], [r["orientation_rule"] for r in rows]


@pytest.mark.parametrize("design, role", [("rct", "treatment_effect"), ("commentary", "other")])
def test_a_device_named_by_its_abbreviation_is_an_arm(design, role):
    # an editorial quoting another trial keeps the comparison its sentence states
    text = (
        "Guideline support rested on SCD-HeFT, in which ICD therapy reduced all-cause "
        "mortality compared with placebo (hazard ratio 0.77, 97.5% CI 0.62-0.96)."
    )
    row = ratios(extraction.extract_estimates("d", text, {"design": design}))[0]
    assert (row["role"], row["orientation"], row["numerator_arm"], row["denominator_arm"]) == (
        role,
        "stated",
        "icd therapy",
        "placebo",
    )


def test_values_listed_before_their_intervals_in_words():
    # "were 0.35 and 0.31 (95 percent confidence intervals, 0.22 to 0.55 and 0.19 to 0.50)":
    # each value takes its own interval; the event after "risks of" is no arm
    text = (
        "The respective relative risks of fracture, as compared with placebo, were 0.35 and "
        "0.31 (95 percent confidence intervals, 0.22 to 0.55 and 0.19 to 0.50). Nonvertebral "
        "fractures occurred in 6 percent (relative risk, 0.47 and 0.46; 95 percent confidence "
        "intervals, 0.25 to 0.88 and 0.25 to 0.86)."
    )
    rows = ratios(extraction.extract_estimates("d", text, {}))
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"]) for r in rows] == [
        (0.35, 0.22, 0.55, 95.0),
        (0.31, 0.19, 0.50, 95.0),
        (0.47, 0.25, 0.88, 95.0),
        (0.46, 0.25, 0.86, 95.0),
    ]
    assert "fracture" not in {r["numerator_arm"] for r in rows}


def test_a_measure_heading_a_table_column_reads_that_column():
    # the first numbers of a row are the arms' percentages, not the ratio
    text = (
        "Patients were randomly assigned to screening or usual care.\n\n"
        "Table 2. Risks at 10 Years\n"
        "End point | Invited group (%) | Usual care (%) | Risk ratio (95% CI)\n"
        "Colorectal cancer | 0.98 | 1.20 | 0.82 (0.70-0.93)\n"
        "Colorectal cancer death | 0.28 | 0.31 | 0.90 (0.64-1.16)\n"
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == [
        (0.82, 0.70, 0.93),
        (0.90, 0.64, 1.16),
    ]


def test_a_table_of_endpoints_gives_each_row_its_endpoint_and_the_whole_population():
    text = (
        "Patients were randomly assigned to early goal-directed therapy or standard therapy.\n\n"
        "Table 3. Mortality\n"
        "Outcome | Standard therapy n (%) | Early goal-directed therapy n (%) | Relative risk (95% CI)\n"
        "In-hospital mortality | 59 (46.5) | 38 (30.5) | 0.58 (0.38-0.87)\n"
        "28-day mortality | 61 (49.2) | 40 (33.3) | 0.58 (0.39-0.87)\n"
        "Mortality in patients with lactate above 4 mmol/L | 30 (50.0) | 20 (35.0) | 0.70 (0.45-1.08)\n"
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "early goal-directed therapy;standard therapy", "design": "rct"}
        )
    )
    assert [(r["outcome"], r["role"]) for r in rows] == [
        ("DEATH_IN_HOSPITAL", "treatment_effect"),
        ("DEATH_28D", "treatment_effect"),
        ("OS", "subgroup"),  # a population beside the endpoint is a subgroup
    ], [r["role_rule"] for r in rows]


def test_a_table_row_labelled_by_two_arms_is_their_comparison_and_its_caption_times_the_event():
    text = (
        "Patients were randomly assigned to weekly tocilizumab, tocilizumab every other week, "
        "or placebo with a prednisone taper.\n\n"
        "Table 2. Time to First Disease Flare after Clinical Remission.\n"
        "Comparison | Hazard Ratio (99% CI) | P Value\n"
        "Weekly tocilizumab vs. placebo + 26-wk taper | 0.23 (0.11–0.46) | <0.001\n"
        "Every-other-week tocilizumab vs. placebo + 52-wk taper | 0.48 (0.20–1.16) | 0.03\n"
        "Men vs. women | 0.90 (0.50–1.60) | 0.70\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "tocilizumab;placebo", "design": "rct"})
    )
    assert [(r["outcome"], r["role"]) for r in rows] == [
        ("FLARE", "treatment_effect"),
        ("FLARE", "treatment_effect"),
        ("FLARE", "subgroup"),  # two populations, not two arms
    ], [r["role_rule"] for r in rows]
    assert rows[0]["role_rule"] == "role.table_row_of_a_comparison"
    # each row's own comparison orients it (the first arm is the numerator, by convention)
    assert [(r["comparison"], r["orientation"], r["orientation_rule"]) for r in rows[:2]] == [
        (
            "weekly tocilizumab vs placebo + 26-wk taper",
            "conventional",
            "orientation.table_row_label",
        ),
        (
            "every-other-week tocilizumab vs placebo + 52-wk taper",
            "conventional",
            "orientation.table_row_label",
        ),
    ]


# A first column headed "Comparison" (or a caption of pairwise comparisons) lists the trial's
# comparisons, even of arms named by abbreviations the text never resolves; each column of
# two endpoints names its own
@pytest.mark.parametrize(
    "caption, first_heading",
    [
        ("Table 2. Pairwise comparisons (stratified Cox models, 95% CI)", "Comparison"),
        ("Table 2. Results", "Comparison"),
        ("Table 2. Pairwise comparisons of the three arms", "Arms"),
    ],
)
def test_a_table_of_pairwise_comparisons_of_abbreviated_arms(caption, first_heading):
    text = (
        "Women were randomly assigned to one of three regimens.\n\n"
        f"{caption}\n"
        f"{first_heading} | Disease-free survival HR (95% CI) | P | Overall survival HR (95% CI) | P\n"
        "AC-T plus trastuzumab vs. AC-T | 0.64 (0.53-0.78) | <0.001 | 0.63 (0.48-0.81) | <0.001\n"
        "TCH vs. AC-T | 0.75 (0.63-0.90) | 0.04 | 0.77 (0.60-0.99) | 0.04\n"
        "Women over 50 vs. younger women | 0.90 (0.70-1.10) | 0.3 | 0.95 (0.70-1.20) | 0.6\n"
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [(r["value"], r["outcome"], r["role"]) for r in rows] == [
        (0.64, "DFS", "treatment_effect"),
        (0.63, "OS", "treatment_effect"),
        (0.75, "DFS", "treatment_effect"),
        (0.77, "OS", "treatment_effect"),
        (0.9, "DFS", "subgroup"),  # two populations, not two arms
        (0.95, "OS", "subgroup"),
    ], [r["role_rule"] for r in rows]
    assert rows[0]["comparison"] == "ac-t plus trastuzumab vs ac-t"
    assert rows[0]["orientation_rule"] == "orientation.table_row_label"


# A three-arm trial's table of pairwise comparisons captioned "Cox models ..." is no table of
# covariates (every hazard ratio comes from a Cox model); a multivariable model's is, and its
# rows naming the arms are their comparison re-analysed with the covariates.
@pytest.mark.parametrize(
    "caption, role",
    [
        ("Cox models for the primary outcome; hazard ratio (95% CI).", "treatment_effect"),
        ("Multivariable Cox model for the primary outcome.", "other"),
        ("Cox regression with baseline covariates.", "other"),
    ],
)
def test_a_table_of_pairwise_comparisons_from_cox_models(caption, role):
    text = (
        "Patients were randomly assigned to rosiglitazone, metformin, or glyburide.\n\n"
        f"Table 2. {caption}\n"
        "Comparison | Outcome | Hazard ratio (95% CI) | P value\n"
        "Rosiglitazone vs. metformin | Monotherapy failure | 0.68 (0.55-0.85) | <0.001\n"
        "Rosiglitazone vs. glyburide | Monotherapy failure | 0.37 (0.30-0.45) | <0.001\n"
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "rosiglitazone;metformin;glyburide", "design": "rct"}
        )
    )
    assert [r["role"] for r in rows] == [role, role], [r["role_rule"] for r in rows]
    if role == "treatment_effect":
        assert [r["comparison"] for r in rows] == [
            "rosiglitazone vs metformin",
            "rosiglitazone vs glyburide",
        ]


@pytest.mark.parametrize(
    "text, stated",
    [
        (
            "For amlodipine vs chlorthalidone, secondary outcomes were similar except for a "
            "higher 6-year rate of heart failure (10.2% vs 7.7%; RR, 1.38; 95% CI, 1.25-1.52). "
            "For lisinopril vs chlorthalidone, rates were higher for combined CVD (33.3% vs "
            "30.9%; RR, 1.10; 95% CI, 1.05-1.16) and stroke (RR, 1.15; 95% CI, 1.02-1.30).",
            [
                ("amlodipine", "chlorthalidone"),
                ("lisinopril", "chlorthalidone"),
                ("lisinopril", "chlorthalidone"),
            ],
        ),
        # ... or a participle or clause comparing them
        (
            "Comparing PCI with CABG, 5-year estimates were 12% vs 9% for all-cause mortality "
            "(HR 1.07; 95% CI 0.67-1.72) and 7% vs 2% for nonprocedural MI (HR 2.88; 95% CI "
            "1.40-5.90).",
            [("pci", "cabg"), ("pci", "cabg")],
        ),
        (
            "When dapagliflozin was compared with placebo, the hazard ratio was 0.74 (95% CI, "
            "0.65 to 0.85).",
            [("dapagliflozin", "placebo")],
        ),
        # a population heading the sentence is no comparison
        ("In patients with diabetes, the hazard ratio was 0.80 (95% CI, 0.70 to 0.91).", [None]),
        (
            "When patients were compared with controls, the hazard ratio was 0.80 (95% CI, 0.70 "
            "to 0.91).",
            [None],
        ),
    ],
)
def test_a_sentence_headed_by_the_comparison_it_reports(text, stated):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    found = stated_pairs(rows)
    assert found == stated, [r["orientation_rule"] for r in rows]


@pytest.mark.parametrize(
    "text, stated",
    [
        (
            "In PARTNER 3, transcatheter aortic valve replacement (TAVR) was tested. TAVR reduced "
            "the risk of the primary endpoint by 46 percent compared with surgery (HR 0.54; 95% "
            "CI, 0.37-0.79).",
            ("tavr", "surgery"),
        ),
        # an abbreviation the text does not define names no arm
        (
            "TAVR reduced the risk of the primary endpoint by 46 percent compared with surgery "
            "(HR 0.54; 95% CI, 0.37-0.79).",
            None,
        ),
        (
            "Results: Surgery lowered mortality compared with medical therapy (hazard ratio, "
            "0.86; 95% CI, 0.72 to 1.04).",
            ("surgery", "medical therapy"),
        ),
        # no named treatment as the subject
        (
            "Patients reduced their weight compared with baseline (HR 0.54; 95% CI, 0.37-0.79).",
            None,
        ),
        ("This reduced the risk compared with placebo (HR 0.54; 95% CI, 0.37-0.79).", None),
    ],
)
def test_a_named_treatment_as_the_subject_of_the_effect(text, stated):
    row = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))[0]
    found = (
        (row["numerator_arm"], row["denominator_arm"]) if row["orientation"] == "stated" else None
    )
    assert found == stated, row["orientation_rule"]


# ... its use, an association, the present tense of a pooled or cohort analysis
@pytest.mark.parametrize(
    "text, stated",
    [
        (
            "Aspirin use was associated with a lower risk of cardiovascular events compared "
            "with no aspirin (HR 0.89, 95% CI 0.84-0.95).",
            ("aspirin use", "no aspirin"),
        ),
        (
            "Exercise reduces the rate of falls by 23% compared with control (rate ratio 0.77, "
            "95% CI 0.71 to 0.83).",
            ("exercise", "control"),
        ),
    ],
)
def test_a_pooled_analysis_names_its_treatment_as_the_subject_of_the_effect(text, stated):
    row = ratios(extraction.extract_estimates("d", text, {"design": "meta_analysis"}))[0]
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == ("stated", *stated)


@pytest.mark.parametrize(
    "text, stated",
    [
        (
            "Combination therapy versus valproate gave a hazard ratio of 0.59 (95% CI 0.42-0.83; "
            "p=0.0023), combination therapy versus lithium 0.82 (0.58-1.17; p=0.27).",
            [("combination therapy", "valproate"), ("combination therapy", "lithium")],
        ),
        (
            "A primary event occurred in 2.3% and 2.5% (celecoxib vs naproxen, hazard ratio 0.93; "
            "95% CI 0.76 to 1.13; celecoxib vs ibuprofen, 0.85; 0.70 to 1.04).",
            [("celecoxib", "naproxen"), ("celecoxib", "ibuprofen")],
        ),
        # the pair right before a measure's own bracket, after "for"
        (
            "There was no difference for protocol-based resuscitation versus usual care "
            "(relative risk with protocol-based therapy vs. usual care, 1.04; 95% CI, 0.82 to "
            "1.31) or for protocol-based EGDT versus protocol-based standard therapy (relative "
            "risk, 1.15; 95% CI, 0.88 to 1.51).",
            [
                ("protocol-based therapy", "usual care"),
                ("protocol-based egdt", "protocol-based standard therapy"),
            ],
        ),
        # a pair after a value is that value's, never the next one's
        (
            "The trial found a hazard ratio of 0.93 (95% CI 0.76-1.13) for celecoxib versus "
            "naproxen and 0.85 (0.70-1.04) versus ibuprofen.",
            [("celecoxib", "naproxen"), None],
        ),
    ],
)
def test_a_pair_printed_right_before_a_value(text, stated):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    found = stated_pairs(rows)
    assert found == stated, [r["orientation_rule"] for r in rows]


@pytest.mark.parametrize(
    "text, stated",
    [
        (
            "Letrozole, as compared with tamoxifen, lowered the risk of an event (hazard ratio, "
            "0.81; 95% CI, 0.70 to 0.93; P=0.003) and of distant recurrence (hazard ratio, 0.73; "
            "95% CI, 0.60 to 0.88).",
            [("letrozole", "tamoxifen"), ("letrozole", "tamoxifen")],
        ),
        # bare values of the same sentence, each after its own endpoint
        (
            "Compared with tamoxifen, letrozole had a lower incidence of events (hazard ratio "
            "0·74, 95% CI 0·59–0·92; p=0·0060), of distant recurrence (0·65, 0·51–0·83; "
            "p=0·0006) and of deaths (0·67, 0·48–0·94).",
            [("letrozole", "tamoxifen")] * 3,
        ),
        # later measures with the arms' figures in their own brackets, "but not"
        (
            "Letrozole was more protective than tamoxifen against local recurrence (4.2% vs. "
            "8.6%; P=0.008; relative risk, 0.48; 95% CI, 0.28 to 0.84) and distant recurrence "
            "(1% vs. 3%, P=0.05; relative risk, 0.33; 95% CI, 0.11 to 1.01) but not against "
            "contralateral cancer (4.4% vs. 4.5%; relative risk, 0.97; 95% CI, 0.53 to 1.78).",
            [("letrozole", "tamoxifen")] * 3,
        ),
        # an arm named by its people, the comparator leading
        (
            "As compared with the tamoxifen group, women in the letrozole group had a lower risk "
            "of recurrence (hazard ratio, 0.66; P=0.001) and of death (hazard ratio, 0.73).",
            [("letrozole", "tamoxifen")] * 2,
        ),
        # a clause naming its own comparison, a clause after a semicolon, or another
        # sentence, does not share the arms
        (
            "Letrozole, as compared with tamoxifen, lowered the risk of an event (hazard ratio, "
            "0.81; 95% CI, 0.70 to 0.93). Deaths were not fewer (hazard ratio, 0.86; 95% CI, "
            "0.70 to 1.06).",
            [("letrozole", "tamoxifen"), None],
        ),
        (
            "Letrozole improved disease-free survival versus tamoxifen (hazard ratio, 0.74; 95% "
            "CI, 0.62 to 0.89; P = .0009); overall survival showed a trend toward improvement "
            "(hazard ratio, 0.86; 95% CI, 0.72 to 1.02).",
            [("letrozole", "tamoxifen"), None],
        ),
        (
            "Letrozole, as compared with tamoxifen, lowered the risk of an event (hazard ratio, "
            "0.81; 95% CI, 0.70 to 0.93), and anastrozole versus tamoxifen gave a hazard ratio "
            "of 0.90 (95% CI, 0.80 to 1.01).",
            [("letrozole", "tamoxifen"), ("anastrozole", "tamoxifen")],
        ),
    ],
)
def test_a_clause_joined_to_an_estimate_that_states_its_arms(text, stated):
    rows = ratios(
        extraction.extract_estimates("d", text, {"design": "rct", "arms": "letrozole;tamoxifen"})
    )
    found = stated_pairs(rows)
    assert found == stated, [r["orientation_rule"] for r in rows]


def test_a_dose_joined_by_a_hyphen_is_no_value():
    text = (
        "The hazard ratio for the 3-mg dose as compared with placebo was 0.70 (97.5% CI, 0.52 "
        "to 0.96) and for the 10-mg dose 0.55 (97.5% CI, 0.39 to 0.76)."
    )
    assert [r["value"] for r in ratios(extraction.extract_estimates("d", text, {}))] == [0.70, 0.55]


def test_a_group_named_by_a_dose_and_two_words():
    # "the 110-mg dual-therapy group": four parts before "group" name one arm
    text = (
        "The primary end point occurred in 15.4% of the 110-mg dual-therapy group versus 26.9% "
        "of the triple-therapy group (hazard ratio, 0.52; 95% CI, 0.42 to 0.63)."
    )
    row = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))[0]
    assert row["comparison"] == "110-mg dual-therapy vs triple-therapy", row["orientation_rule"]


# Where the patients were treated names a population as who they are does.
@pytest.mark.parametrize(
    "sentence, roles",
    [
        (
            "The reduction was larger in countries with a low national perinatal mortality "
            "rate (0·07 [0·02–0·29]) than in countries with a high rate (0·39 [0·22–0·65]).",
            ["subgroup", "subgroup"],
        ),
        (
            "In centres with high enrolment the hazard ratio was 0.71 (95% CI, 0.55 to 0.92).",
            ["subgroup"],
        ),
        # a treatment given at sites is no population
        (
            "Across all sites, ICD therapy reduced mortality (hazard ratio, 0.80; 95% CI, "
            "0.66 to 0.97).",
            ["treatment_effect"],
        ),
    ],
)
def test_where_patients_were_treated_is_a_population(sentence, roles):
    text = (
        "Patients were randomly assigned to ICD therapy or placebo. ICD therapy reduced "
        "mortality (hazard ratio, 0.77; 95% CI, 0.62 to 0.96). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "icd therapy;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", *roles], [r["role_rule"] for r in rows]


def test_a_drug_class_is_no_population():
    text = (
        "Patients were randomly assigned to empagliflozin or placebo. Empagliflozin reduced "
        "the primary outcome (hazard ratio, 0.79; 95% CI, 0.69 to 0.90). With this drug class, "
        "the hazard ratio for hospitalisation was 0.70 (95% CI, 0.58 to 0.85)."
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "empagliflozin;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "treatment_effect"]


# Orientation: "in the A group, as compared with the B group" (a comma before "as
# compared") states both arms; in a sentence led by its comparator, a later estimate's arm
# is the subject of the clause joined after the earlier estimate.
@pytest.mark.parametrize(
    "text, arms, expected",
    [
        (
            "The hazard ratio for an event in the trastuzumab group, as compared with the "
            "observation group, was 0.54 (95 percent confidence interval, 0.43 to 0.67).",
            "trastuzumab;observation",
            [("trastuzumab", "observation")],
        ),
        (
            "The hazard ratio for death in the tiotropium group, as compared with the placebo "
            "group, was 0.87 (95% CI, 0.76 to 0.99).",
            "tiotropium;placebo",
            [("tiotropium", "placebo")],
        ),
        (
            "As compared with placebo, amiodarone was associated with a similar risk of death "
            "(hazard ratio, 1.06; 97.5 percent confidence interval, 0.86 to 1.30) and ICD "
            "therapy was associated with a decreased risk of death (0.77; 97.5 percent "
            "confidence interval, 0.62 to 0.96).",
            "placebo;amiodarone;icd therapy",
            [("amiodarone", "placebo"), ("icd therapy", "placebo")],
        ),
        (
            "Relative to EP, D+EP kept reducing the risk of death (HR 0.75, 95% CI 0.62-0.91), "
            "whereas D+T+EP did not cross the boundary (HR 0.82, 95% CI 0.68-1.00).",
            "d+ep;d+t+ep;ep",
            [("d+ep", "ep"), ("d+t+ep", "ep")],
        ),
    ],
)
def test_arms_of_a_comparison_after_a_comma_or_a_joined_clause(text, arms, expected):
    rows = ratios(extraction.extract_estimates("d", text, {"arms": arms, "design": "rct"}))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# Tables pasted as text: the ratios in a column headed by the measure's name, one row each,
# subgroups unless the row is the whole population, covariates under a multivariable
# caption; the outcome and the comparison from the caption.
_FOREST = (
    "Patients were randomly assigned to drug D or control.\n\n"
    "Figure 2. Forest plot of progression-free survival in prespecified subgroups (drug D "
    "group vs. control group)\n"
    "Subgroup | D events/total | control events/total | Hazard ratio (95% CI)\n"
    "Age <65 yr | 33/132 | 59/125 | 0.36 (0.23-0.55)\n"
    "Age >=65 yr | 34/119 | 63/122 | 0.42 (0.27-0.65)\n"
    "All patients | 67/251 | 122/247 | 0.39 (0.28-0.53)\n"
    "<--- Drug D better    Control better --->\n"
)
_ALIGNED = (
    "Table 2: Invasive disease-free survival in prespecified subgroups (neratinib vs placebo)\n"
    "Subgroup                         n      HR (95% CI)           p (interaction)\n"
    "Hormone receptor positive        1631   0·51 (0·33–0·77)      0·054\n"
    "Hormone receptor negative        1209   0·93 (0·60–1·43)\n"
    "Nodal status 0                    671   0·72 (0·27–1·88)\n\n"
    "In the hormone receptor-positive subgroup the effect was significant.\n"
)
_COVARIATES = (
    "Table 3. Multivariable Cox model for overall survival\n"
    "Variable\tHazard ratio (95% CI)\n"
    "Age per 10 years\t1.21 (1.05-1.40)\n"
    "ECOG 1 vs 0\t1.62 (1.20-2.19)\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            _FOREST,
            [
                (0.36, 0.23, 0.55, "PFS", "subgroup", "drug d vs control"),
                (0.42, 0.27, 0.65, "PFS", "subgroup", "drug d vs control"),
                (0.39, 0.28, 0.53, "PFS", "treatment_effect", "drug d vs control"),
            ],
        ),
        (
            _ALIGNED,
            [
                (0.51, 0.33, 0.77, "DFS", "subgroup", "neratinib vs placebo"),
                (0.93, 0.60, 1.43, "DFS", "subgroup", "neratinib vs placebo"),
                (0.72, 0.27, 1.88, "DFS", "subgroup", "neratinib vs placebo"),
            ],
        ),
        (
            _COVARIATES,
            [
                (1.21, 1.05, 1.40, "OS", "biomarker_or_prognostic", ""),
                (1.62, 1.20, 2.19, "OS", "biomarker_or_prognostic", ""),
            ],
        ),
        # no ratio column: a table of proportions; a header without rows of ratios
        ("Outcome | Drug D | Control\nResponse | 45% | 30%\nDeath | 12% | 15%\n", []),
        ("Subgroup | n | Hazard ratio (95% CI)\nAge <65 yr | 132 | not estimable\n", []),
    ],
)
def test_ratios_in_a_table_column(text, expected):
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug d;control", "design": "rct"})
    )
    found = [
        (r["value"], r["ci_lower"], r["ci_upper"], r["outcome"], r["role"], r["comparison"])
        for r in rows
    ]
    assert found == expected, [r["role_rule"] for r in rows]
    assert all(r["ci_level"] == 95 for r in rows)


# A covariate "in the same model" is prognostic; a ratio in a list of other publications
# ("Similar articles") is quoted from elsewhere; a population after a ";" belongs to the
# next clause's value, not the one before it.
def test_a_covariate_of_the_same_model():
    text = (
        "Patients were randomly assigned to prednisolone or placebo. Death occurred in 14% and "
        "17% (odds ratio, 0.72; 95% CI, 0.52 to 1.01). In a logistic-regression model adjusted "
        "for baseline variables, prednisolone was associated with lower mortality (odds "
        "ratio, 0.61; 95% CI, 0.41 to 0.91). In the same model, hepatic encephalopathy at "
        "baseline (odds ratio, 2.21; 95% CI, 1.45 to 3.36) and age (odds ratio per 10 years, "
        "1.46; 95% CI, 1.21 to 1.76) were associated with death."
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "prednisolone;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == [
        "treatment_effect",
        "other",
        "biomarker_or_prognostic",
        "biomarker_or_prognostic",
    ]


def test_a_ratio_under_similar_articles_is_quoted():
    text = (
        "Drug A in anaemia\n\nPatients were randomly assigned to drug A or placebo. The primary "
        "outcome occurred less often with drug A (hazard ratio, 1.05; 95% CI, 0.94 to 1.17).\n\n"
        "Similar articles\n  Response to drug A and outcomes. Solomon SD, et al. N Engl J Med. "
        "2010. -- A poor response was associated with death (hazard ratio, 1.41; 95% CI, 1.12 "
        "to 1.78).\n\nPublication types\nRandomized Controlled Trial\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug a;placebo", "design": "rct"})
    )
    assert [(r["role"], r["role_rule"]) for r in rows] == [
        ("treatment_effect", "role.randomised_comparison"),
        ("other", "role.in_a_list_of_other_publications"),
    ]


# an entry's title printed flush left and wrapped over two lines, its citation after it,
# then its indented text: all one entry of the list
def test_a_ratio_under_an_entry_whose_title_wraps_flush_left_is_quoted():
    text = (
        "Drug A in anaemia\n\nPatients were randomly assigned to drug A or placebo. The primary "
        "outcome occurred less often with drug A (hazard ratio, 0.85; 95% CI, 0.74 to 0.97).\n\n"
        "Similar articles\n"
        "Flares after drug A reduction or discontinuation: results from an international\n"
        "inception cohort. Almeida CC, Hanly JG, Urowitz M, et al. Ann Rheum Dis.\n"
        "2022;81(3):370-378.\n"
        "  1460 patients starting drug A were followed. Against continued drug A, adjusted HRs "
        "for a\n  first flare were 1.20 (95% CI 1.04 to 1.38) and 1.56 (95% CI 1.31 to 1.86) "
        "for the dose-reduction and\n  discontinuation groups, respectively.\n\n"
        "Publication types\nRandomized Controlled Trial\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug a;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "other", "other"]


@pytest.mark.parametrize(
    "heading, entry, expected",
    [
        # another report of the document's own trial is read by its cues
        (
            "Similar articles",
            "Three-year outcomes of the HORIZONS-AMI trial. Stone GW, et al. Lancet. 2011. -- "
            "Mortality at 3 years was lower with drug A (hazard ratio, 0.75; 95% CI, 0.58 to "
            "0.97).",
            ("treatment_effect", "role.randomised_comparison"),
        ),
        (
            "Related article in the same issue",
            "  A subgroup paper of HORIZONS-AMI: in diabetic patients mortality was lower "
            "(hazard ratio, 0.60; 95% CI, 0.40 to 0.90).",
            ("subgroup", "role.subgroup_named"),
        ),
        # ... the trial's subgroup paper
        (
            "Publications automatically indexed to this study",
            "  Stone GW, et al. Drug A in older patients: a subgroup analysis of HORIZONS-AMI. "
            '[Abstract excerpt: "Mortality was lower with drug A (hazard ratio, 0.63; 95% CI, '
            '0.48 to 0.84)."]',
            ("subgroup", "role.subgroup_paper_of_the_trial"),
        ),
        # ... not one about another trial, one about patients outside the trial, nor one
        # naming no trial
        (
            "Linked Comment (excerpt)",
            "  The obvious comparison is PROactive-2 and HORIZONS-AMI: in PROactive-2 the "
            "primary endpoint was missed (hazard ratio 0.90, 95% CI 0.80-1.02).",
            ("other", "role.in_a_list_of_other_publications"),
        ),
        (
            "Related",
            "  HORIZONS-AMI and real-world data: in a registry cohort mortality was lower "
            "(hazard ratio, 0.70; 95% CI, 0.55 to 0.89).",
            ("other", "role.in_a_list_of_other_publications"),
        ),
        # ... but a cohort of the trial itself is the trial's
        (
            "Similar articles",
            "  Ten-year follow-up of the US cohort of the HORIZONS-AMI trial. Lancet. 2015. -- "
            "Mortality was lower with drug A (hazard ratio, 0.71; 95% CI, 0.55 to 0.92).",
            ("treatment_effect", "role.randomised_comparison"),
        ),
        (
            "Similar articles",
            "  HORIZONS-AMI and a cohort of patients treated outside it. Lancet. 2015. -- "
            "Mortality was lower (hazard ratio, 0.71; 95% CI, 0.55 to 0.92).",
            ("other", "role.in_a_list_of_other_publications"),
        ),
        (
            "Similar articles",
            "Response to drug A and outcomes. Solomon SD, et al. N Engl J Med. 2010. -- "
            "Mortality was lower (hazard ratio, 0.75; 95% CI, 0.58 to 0.97).",
            ("other", "role.in_a_list_of_other_publications"),
        ),
        # ... a substudy of the trial's people is a subgroup paper, whatever name it prints
        # for it ("the HORIZONS-AMI HBR substudy" is no other trial)
        (
            "Similar articles",
            "  Drug A in patients at high bleeding risk: the HORIZONS-AMI HBR substudy. "
            "EuroIntervention. -- Mortality was lower with drug A (hazard ratio, 0.47; 95% CI, "
            "0.26 to 0.84).",
            ("subgroup", "role.subgroup_paper_of_the_trial"),
        ),
        # ... a post hoc paper's analysis is no report of the trial, its abstract quoted on
        # the line under the entry's title
        (
            "Similar articles",
            "  Readmissions after drug A - a post-hoc analysis of the HORIZONS-AMI randomized "
            'controlled trial. Respir Res. 2019.\n  "... Drug A reduced readmissions by 53% '
            '(RR = 0.47, 95%CI:0.27;0.80; p = 0.007)."',
            ("other", "role.post_hoc_paper_of_the_trial"),
        ),
        # (a quoted line under an entry naming no trial stays another publication's)
        (
            "Similar articles",
            '  Readmissions after drug A in a registry. Respir Res. 2019.\n  "... Drug A '
            'reduced readmissions by 53% (RR = 0.47, 95%CI:0.27;0.80; p = 0.007)."',
            ("other", "role.in_a_list_of_other_publications"),
        ),
    ],
)
def test_an_entry_of_a_list_of_other_publications_on_the_documents_own_trial(
    heading, entry, expected
):
    text = (
        "Drug A in myocardial infarction (HORIZONS-AMI)\n\nPatients were randomly assigned to "
        "drug A or heparin. Mortality at 30 days was lower with drug A (hazard ratio, 0.66; "
        "95% CI, 0.44 to 1.00).\n\n" + heading + "\n" + entry + "\n\nPublication types\n"
    )
    record = {
        "arms": "drug a;heparin",
        "design": "rct",
        "trial_names": "HORIZONS-AMI",
        "trial_names_cited": "PROactive-2",
    }
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert rows[0]["role"] == "treatment_effect"
    assert (rows[1]["role"], rows[1]["role_rule"]) == expected


def test_a_population_after_a_semicolon_is_the_next_clauses():
    text = (
        "Patients were randomly assigned to dexamethasone or placebo. Dexamethasone lowered "
        "the risk of an unfavourable outcome (relative risk, 0.59; 95 percent confidence "
        "interval, 0.37 to 0.94). Dexamethasone also lowered mortality (relative risk of "
        "death, 0.48; 95 percent confidence interval, 0.24 to 0.96; P=0.04); among patients "
        "with pneumococcal disease, 14 percent died in the dexamethasone group, as compared "
        "with 34 percent in the placebo group (relative risk of death, 0.41; 95 percent "
        "confidence interval, 0.19 to 0.86)."
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "dexamethasone;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "treatment_effect", "subgroup"]


def test_a_list_of_other_publications_ends_before_the_articles_own_prose():
    text = (
        "Related articles\n  Drug B in heart failure. Lee K, et al. Lancet. 2019.\n"
        "Results: Patients "
        "were randomly assigned to drug A or placebo; the primary outcome occurred less often "
        "with drug A (hazard ratio, 0.80; 95% CI, 0.70 to 0.92), and the benefit was "
        "consistent across the trial's centres and regions in every country taking part.\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug a;placebo", "design": "rct"})
    )
    assert [(r["role"], r["role_rule"]) for r in rows] == [
        ("treatment_effect", "role.randomised_comparison")
    ]


@pytest.mark.parametrize(
    "sentence, role",
    [
        # a population named by its count alone, after the main comparison
        (
            "Among the 165 with methylated MGMT promoters, survival was longer with combined "
            "therapy (hazard ratio, 0.53; 95% CI, 0.38 to 0.73).",
            "subgroup",
        ),
        (
            "In the 189 without methylation the hazard ratio was 0.75 (95% CI, 0.56 to 1.01).",
            "subgroup",
        ),
        # a count of events is no population
        (
            "There were 165 deaths with combined therapy (hazard ratio, 0.67; 95% CI, 0.56 to "
            "0.80).",
            "treatment_effect",
        ),
    ],
)
def test_a_population_named_by_its_count(sentence, role):
    text = (
        "Patients were randomly assigned to temozolomide or radiotherapy. Survival was longer "
        "with temozolomide (hazard ratio, 0.67; 95% CI, 0.56 to 0.80). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "temozolomide;radiotherapy", "design": "rct"}
        )
    )
    assert [r["role"] for r in rows] == ["treatment_effect", role], [r["role_rule"] for r in rows]


def test_an_arm_label_ends_where_its_comparator_begins():
    text = (
        "Patients were randomly assigned to intravenous mepolizumab, subcutaneous mepolizumab "
        "or placebo. Compared with placebo, exacerbations fell; expressed as rate ratios, 0.53 "
        "(95% CI, 0.40 to 0.72) for intravenous and 0.47 (95% CI, 0.35 to 0.64) for "
        "subcutaneous mepolizumab versus placebo."
    )
    rows = ratios(
        extraction.extract_estimates(
            "d",
            text,
            {"arms": "intravenous mepolizumab;subcutaneous mepolizumab;placebo", "design": "rct"},
        )
    )
    assert all("versus" not in r["numerator_arm"] for r in rows)
    assert rows[-1]["numerator_arm"] == "subcutaneous mepolizumab"


# A named population of up to seven words ("the PD-L1 tumour proportion score 50% or greater
# population") is a part of the trial; the whole population never is.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "In the PD-L1 tumour proportion score 50% or greater population, disease-free "
            "survival was not significantly different (hazard ratio 0.82, 95% CI 0.57-1.18).",
            "subgroup",
        ),
        (
            "In the PD-L1 combined positive score of 10 or more population, the hazard ratio "
            "was 0.65 (95% CI 0.49-0.86).",
            "subgroup",
        ),
        (
            "In the modified intention-to-treat population of all treated patients, the hazard "
            "ratio was 0.77 (95% CI 0.64-0.92).",
            "treatment_effect",
        ),
    ],
)
def test_a_long_named_population(sentence, role):
    text = (
        "Patients were randomly assigned to pembrolizumab or placebo. Disease-free survival was "
        "longer with pembrolizumab (hazard ratio 0.76, 95% CI 0.63-0.91). " + sentence
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "pembrolizumab;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", role], [r["role_rule"] for r in rows]


# The whole population's ratio later in the text, printed Lancet-style without its name,
# makes an earlier population's value a subgroup; a later mention of the whole population
# without a ratio does not.
@pytest.mark.parametrize(
    "tail, first_role",
    [
        (
            " In the intention-to-treat population the medians were 7·5 and 5·6 months (0·82, "
            "0·69–0·97; not formally tested).",
            "subgroup",
        ),
        (" The intention-to-treat population will be analysed later.", "treatment_effect"),
    ],
)
def test_a_later_whole_population_ratio_without_its_name(tail, first_role):
    text = (
        "Patients were randomly assigned to pembrolizumab-chemotherapy or placebo-chemotherapy. "
        "Among those with CPS of 10 or more, median progression-free survival was 9·7 months "
        "with pembrolizumab–chemotherapy and 5·6 months with placebo–chemotherapy (hazard "
        "ratio [HR] 0·65, 95% CI 0·49–0·86)." + tail
    )
    rows = ratios(
        extraction.extract_estimates(
            "d",
            text,
            {"arms": "pembrolizumab-chemotherapy;placebo-chemotherapy", "design": "rct"},
        )
    )
    assert rows[0]["role"] == first_role, [r["role_rule"] for r in rows]


def test_a_table_of_endpoints_names_endpoints_the_vocabulary_does_not_know():
    text = (
        "Methods: patients were assigned to intensive policy or conventional policy.\n\n"
        "Table 2. Primary and secondary end points.\n"
        "End point | Relative risk (95% CI) | P value\n"
        "Any diabetes-related endpoint | 0.88 (0.79-0.99) | 0.029\n"
        "Microvascular | 0.75 (0.56-0.99) | 0.0099\n"
        "End-stage renal disease | 0.72 (0.58-0.89) | 0.002\n"
        "End-stage renal disease or death | 0.80 (0.68-0.95) | 0.01\n"
        "\n"
        "Table 3. Subgroups.\n"
        "Subgroup | Relative risk (95% CI)\n"
        "Stage III | 0.81 (0.66-0.99)\n"
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "intensive policy;conventional policy", "design": "rct"}
        )
    )
    assert [(r["value"], r["role"]) for r in rows] == [
        (0.88, "treatment_effect"),
        (0.75, "treatment_effect"),
        (0.72, "treatment_effect"),
        (0.80, "treatment_effect"),
        (0.81, "subgroup"),
    ], [r["role_rule"] for r in rows]
    # a label listing parts is their composite, not its first part
    assert [r["outcome"] for r in rows][2:4] == ["ESKD", "KIDNEY_COMPOSITE"]


def test_the_timing_of_randomisation_is_a_population_being_randomised_to_an_arm_is_not():
    main = "The primary outcome was reduced (relative risk 0.70, 95% CI 0.60-0.80). "
    timing = "Among women randomised before delivery, the risk was similar (relative risk 1.02)."
    arm = "Among women randomised to dapagliflozin, 21 died (relative risk 1.02)."
    for second, role in ((timing, "subgroup"), (arm, "treatment_effect")):
        rows = ratios(extraction.extract_estimates("d", main + second, _RCT))
        assert [r["role"] for r in rows] == ["treatment_effect", role], rows[1]["role_rule"]


def test_a_table_whose_first_column_is_headed_by_endpoints_lists_endpoints():
    text = (
        "Methods: patients were assigned to intensive policy or conventional policy.\n\n"
        "Table 6: intensive versus conventional policy\n"
        "Aggregate endpoints | Relative risk (95% CI) | p\n"
        "Any diabetes-related endpoint | 0.88 (0.79-0.99) | 0.029\n"
        "Microvascular | 0.75 (0.56-0.99) | 0.0099\n"
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "intensive policy;conventional policy", "design": "rct"}
        )
    )
    assert [r["role"] for r in rows] == ["treatment_effect"] * 2, [r["role_rule"] for r in rows]


def test_a_leading_comparator_over_a_measure_of_the_endpoint_and_a_list_of_arms():
    # the subject is the endpoint's measure: the arm before the first estimate, then each
    # value's own
    text = (
        "Compared with haloperidol, the risk of discontinuation was lower for amisulpride "
        "(hazard ratio 0·37, 95% CI 0·24–0·57), olanzapine (0·28, 0·18–0·43) and ziprasidone "
        "(0·51, 0·32–0·81)."
    )
    record = {"design": "rct", "arms": "haloperidol;amisulpride;olanzapine;ziprasidone"}
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert stated_pairs(rows) == [
        ("amisulpride", "haloperidol"),
        ("olanzapine", "haloperidol"),
        ("ziprasidone", "haloperidol"),
    ]


def test_a_backbone_the_text_abbreviates_joined_to_an_arm_is_part_of_the_arm():
    text = (
        "Patients were randomly assigned to irinotecan, bolus fluorouracil and leucovorin (IFL) "
        "plus placebo or to IFL plus bevacizumab. IFL plus bevacizumab, as compared with IFL "
        "plus placebo, also lengthened progression-free survival (10.6 vs. 6.2 months; hazard "
        "ratio for disease progression, 0.54; P<0.001)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == (
        "stated",
        "ifl plus bevacizumab",
        "ifl plus placebo",
    ), row["orientation_rule"]


# A value labelled by one active arm of a multi-arm trial with one control: that arm against
# the control (conventional); with two controls, or a label that is no arm, it stays unknown.
@pytest.mark.parametrize(
    "arms, expected",
    [
        (
            "metformin;ivermectin;fluvoxamine;placebo",
            ["metformin vs placebo", "ivermectin vs placebo", "fluvoxamine vs placebo"],
        ),
        ("metformin;ivermectin;fluvoxamine;placebo;usual care", ["", "", ""]),
    ],
)
def test_a_value_labelled_by_one_arm_of_several_is_that_arm_against_the_control(arms, expected):
    text = (
        "Adjusted odds ratios for the primary composite were 0.84 for metformin (95% CI, 0.66 "
        "to 1.09; P = 0.19), 1.05 for ivermectin (95% CI, 0.76 to 1.45; P = 0.78) and 0.94 "
        "for fluvoxamine (95% CI, 0.66 to 1.36; P = 0.75)."
    )
    rows = ratios(extraction.extract_estimates("d", text, {"arms": arms, "design": "rct"}))
    assert [r["comparison"] for r in rows] == expected


def test_the_control_group_named_beside_an_arm_makes_the_comparison():
    text = (
        "Median progression-free survival was 12.4 months in the control group and 18.5 months "
        "in the pertuzumab group (hazard ratio for progression or death, 0.62; 95% CI, 0.51 to "
        "0.75; P<0.001)."
    )
    (row,) = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert (row["orientation"], row["comparison"]) == ("conventional", "control vs pertuzumab")


# People named by what they were given make the sentence's comparison: recipients of each
# arm, those receiving or allocated a drug or a comparator (usual or conventional care too)
@pytest.mark.parametrize(
    "sentence, comparison",
    [
        (
            "Death occurred in 448 vitamin recipients (43.6%) and 436 placebo recipients (42.6%) "
            "(hazard ratio [HR], 1.04; 95% CI, 0.91-1.18).",
            "vitamin vs placebo",
        ),
        (
            "Major bleeding occurred in 0.6% of patients receiving apixaban and 1.8% of those "
            "receiving conventional therapy (relative risk, 0.31; 95% CI, 0.17 to 0.55).",
            "apixaban vs conventional therapy",
        ),
        (
            "All-cause mortality was lower among participants allocated simvastatin (1328 "
            "deaths) than among those allocated placebo (rate ratio 0.87, 95% CI 0.81-0.94).",
            "simvastatin vs placebo",
        ),
    ],
)
def test_people_named_by_what_they_were_given_make_the_comparison(sentence, comparison):
    (row,) = ratios(extraction.extract_estimates("d", sentence, {"design": "rct"}))
    assert row["comparison"] == comparison, row["orientation_rule"]


# "for A versus B" after a value's bracket states that value's comparison, each value its
# own: one arm known is enough when "versus" joins them; a later value never takes the
# pair printed after the value before it.
@pytest.mark.parametrize(
    "sentence, comparisons",
    [
        (
            "The odds ratio for the primary outcome was 1.04 (95% CI 0.77-1.43; p=0.78) for "
            "active treatment versus placebo and 1.07 (0.74-1.53; p=0.73) for tamsulosin versus "
            "nifedipine.",
            ["active treatment vs placebo", "tamsulosin vs nifedipine"],
        ),
        (
            "In secondary analyses the HR was 0.43 (0.20-0.96) for antibiotic vs standard CVCs, "
            "0.42 (0.19-0.93) for antibiotic vs heparin CVCs, and 1.04 (0.53-2.03) for heparin vs "
            "standard CVCs.",
            [
                "antibiotic vs standard cvcs",
                "antibiotic vs heparin cvcs",
                "heparin vs standard cvcs",
            ],
        ),
    ],
)
def test_a_comparison_after_each_value_is_its_own(sentence, comparisons):
    rows = ratios(extraction.extract_estimates("d", sentence, {"design": "rct"}))
    assert [r["comparison"] for r in rows] == comparisons
    assert all(r["orientation"] == "stated" for r in rows)


# A table may give its measure in several columns: every column is read, each ratio with
# the column's own endpoint or comparison when its heading names one.
def test_every_column_of_a_table_giving_the_measure_is_read():
    text = (
        "Patients were randomly assigned to drug K or placebo.\n\n"
        "Table 3. Secondary outcomes\n"
        "Outcome | Drug K, n/N (%) | Placebo, n/N (%) | Unadjusted odds ratio (95% CI) | "
        "Adjusted odds ratio (95% CI)\n"
        "Improved by week 24 | 120/160 (75) | 80/128 (63) | 1.80 (1.10 to 2.95) | 1.91 (1.12 to 3.26)\n"
        "Satisfied, week 24 | 90/143 (63) | 50/123 (41) | 2.47 (1.51 to 4.04) | 2.40 (1.44 to 4.00)\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug K;placebo", "design": "rct"})
    )
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"]) for r in rows] == [
        (1.80, 1.10, 2.95, 95.0),
        (1.91, 1.12, 3.26, 95.0),
        (2.47, 1.51, 4.04, 95.0),
        (2.40, 1.44, 4.00, 95.0),
    ]
    # columns headed by their comparisons: each its own
    text = (
        "Patients were randomly assigned to placebo or drug M at 3 mg or 10 mg.\n\n"
        "Table 2. End points\n"
        "End point | Placebo | Drug M 3 mg | Drug M 10 mg | 3 mg vs placebo HR (97.5% CI) | "
        "10 mg vs placebo HR (97.5% CI)\n"
        "Primary composite | 116 (46.4) | 95 (38.0) | 76 (31.4) | 0.70 (0.52-0.96) | 0.55 (0.39-0.76)\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug M;placebo", "design": "rct"})
    )
    assert [(r["value"], r["comparison"], r["orientation_rule"], r["ci_level"]) for r in rows] == [
        (0.70, "3 mg vs placebo", "orientation.table_column_label", 97.5),
        (0.55, "10 mg vs placebo", "orientation.table_column_label", 97.5),
    ]


# A row whose label names its measure is read as a table of its own: its one ratio cell,
# never a count cell read as the ratio.
def test_a_table_row_naming_its_measure():
    text = (
        "Veterans were randomly assigned to topical fluorouracil or a vehicle cream.\n\n"
        "Table 2 (flattened). Fluorouracil vs vehicle\n"
        "End point | Fluorouracil (n = 468) | Vehicle (n = 464) | Estimate (95% CI)\n"
        "SCC, year 1, risk ratio | 5 | 20 | 0.25 (0.09-0.66)\n"
        "BCC, whole study, hazard ratio | 147 | 152 | 0.96 (0.77-1.21)\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "fluorouracil;vehicle", "design": "rct"})
    )
    assert [(r["measure"], r["value"], r["ci_lower"], r["ci_level"], r["role"]) for r in rows] == [
        ("RR", 0.25, 0.09, 95.0, "treatment_effect"),
        ("HR", 0.96, 0.77, 95.0, "treatment_effect"),
    ]
    assert rows[0]["comparison"] == "fluorouracil vs vehicle"


# A registry's analysis block may print a separator after the interval's level.
def test_a_registry_interval_after_its_level_and_a_semicolon():
    text = (
        "ClinicalTrials.gov ID: NCT01111111\nStudy Results\n"
        "Primary Outcome Measures\n  Title: Death or cardiopulmonary hospitalization\n"
        "  Statistical Analysis 1\n"
        "    Comparison Group Selection: High Dose Vaccine, Standard Dose Vaccine\n"
        "    Method of Estimation: Estimation Parameter: Hazard Ratio (HR); Estimated Value: 1.06\n"
        "    Confidence Interval: (2-Sided) 95%; 0.97 to 1.17\n"
    )
    record = parsing.describe(text)
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [(r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"]) for r in rows] == [
        (1.06, 0.97, 1.17, 95.0)
    ]


# In an observational study an exposure's use is compared, not a covariate's association,
# unless the sentence is a model of covariates.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "PPI use was associated with incident CKD in the unadjusted analysis (HR, 1.45; 95% "
            "CI, 1.11-1.90).",
            "other",
        ),
        (
            "In the multivariable model, cirrhosis (adjusted HR, 4.73; 95% CI, 3.34-6.68) and "
            "alcohol use (adjusted HR, 1.56; 95% CI, 1.11-2.18) were associated with HCC.",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_an_exposures_use_in_a_cohort(sentence, role):
    rows = ratios(extraction.extract_estimates("d", sentence, {"design": "observational"}))
    assert rows[-1]["role"] == role


# A table giving its treatment effects both unadjusted and adjusted: one analysis is the
# trial's, the other another analysis of the same comparison (role.other_adjustment_in_table).
# The trial's is the one the text's results give as a treatment effect; when they give the
# other as another analysis ("After adjustment for ..."), not that one; else the adjusted.
_ADJUSTED_TABLE = (
    "Outcome | Drug, n/N | Placebo, n/N | Unadjusted odds ratio (95% CI) | Adjusted odds ratio "
    "(95% CI)\n"
    "Improvement, week 24 | 131/160 | 81/128 | 2.62 (1.53 to 4.50) | 2.72 (1.50 to 4.93)\n"
    "Satisfied, week 24 | 101/143 | 53/123 | 3.18 (1.91 to 5.27) | 3.12 (1.80 to 5.41)\n"
)


@pytest.mark.parametrize(
    "results, table_roles",
    [
        (
            # the text gives the adjusted figures: the unadjusted column is another analysis
            "More women on the drug improved (82% v 63%; adjusted odds ratio 2.72, 1.50 to 4.93).",
            ["other", "treatment_effect", "other", "treatment_effect"],
        ),
        (
            # the text gives the unadjusted figures as the result, the adjusted as a re-analysis
            "More women on the drug improved (odds ratio 2.62, 95% CI 1.53 to 4.50). After "
            "adjustment for baseline factors with a multivariable model, the odds ratio was "
            "2.72 (1.50 to 4.93).",
            ["treatment_effect", "other", "treatment_effect", "other"],
        ),
        (
            # the text gives neither: the adjusted
            "Women were followed for 24 weeks.",
            ["other", "treatment_effect", "other", "treatment_effect"],
        ),
    ],
)
def test_a_tables_other_adjustment_is_another_analysis(results, table_roles):
    text = (
        "Women were randomly assigned to the drug or placebo. "
        + results
        + "\n\nTable 2. Secondary outcomes\n"
        + _ADJUSTED_TABLE
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug;placebo", "design": "rct"})
    )
    in_table = [r for r in rows if r["match_start"] > text.index("Table 2")]
    assert [r["role"] for r in in_table] == table_roles, [r["role_rule"] for r in in_table]


def test_a_table_of_one_analysis_keeps_its_treatment_effects():
    text = (
        "Women were randomly assigned to the drug or placebo.\n\nTable 2. Outcomes\n"
        "Outcome | Drug, n/N | Placebo, n/N | Adjusted odds ratio (95% CI)\n"
        "Improvement | 131/160 | 81/128 | 2.72 (1.50 to 4.93)\n"
        "Satisfied | 101/143 | 53/123 | 3.12 (1.80 to 5.41)\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "treatment_effect"]


def test_rows_of_the_other_adjustment_are_another_analysis():
    text = (
        "Adults were randomly assigned to an exercise programme or a reference programme.\n\n"
        "Table 1. Primary outcome\n"
        "Row | Exercise group | Reference group\n"
        "Incidence rate ratio (95% CI), adjusted | 0.74 (0.49 to 1.12) | Comparator\n"
        "Incidence rate ratio (95% CI), unadjusted | 0.64 (0.42 to 0.97) | Comparator\n"
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["role"] for r in rows] == ["treatment_effect", "other"], [
        r["role_rule"] for r in rows
    ]


# People of an arm are no population: "than in control infants".
def test_an_arms_people_are_no_subgroup():
    text = (
        "Maternity hospitals were randomly assigned to breastfeeding promotion or usual "
        "practice. Infection occurred less often in infants from intervention sites than in "
        "control infants (9.1% vs 13.2%; adjusted odds ratio [OR], 0.60; 95% CI, 0.40-0.91), as "
        "did eczema (3.3% vs 6.3%; adjusted OR, 0.54; 95% CI, 0.31-0.95)."
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [r["role"] for r in rows] == ["treatment_effect", "treatment_effect"]


# A first column headed "Subgroup" lists populations even when a label names an event; one
# headed "Outcome", "Component" or "Event" lists endpoints even when one names a disease,
# unless a label names people or a subgroup.
def test_a_tables_first_heading_says_whether_its_rows_are_populations_or_endpoints():
    text = (
        "Women were randomly assigned to levothyroxine or placebo.\n\n"
        "Figure 2 (flattened)\n"
        "Subgroup | Levothyroxine, no./total | Placebo, no./total | Relative risk (95% CI)\n"
        "No previous miscarriage | 28/98 | 31/101 | 0.93 (0.61-1.43)\n"
        "3 or more previous miscarriages | 56/128 | 58/131 | 0.99 (0.75-1.30)\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "levothyroxine;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["subgroup", "subgroup"]
    text = (
        "Women were randomly assigned to raloxifene or tamoxifen.\n\n"
        "Table 3. Raloxifene vs tamoxifen\n"
        "Outcome | Tamoxifen, No. | Raloxifene, No. | RR (95% CI)\n"
        "Ischemic heart disease | 114 | 126 | 1.10 (0.85-1.43)\n"
        "Women aged 60 or over, stroke | 53 | 51 | 0.96 (0.64-1.43)\n"
        "Node-negative subgroup, stroke | 40 | 41 | 0.97 (0.63-1.50)\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "raloxifene;tamoxifen", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "subgroup", "subgroup"]
    text = (
        "Patients were randomly assigned to adalimumab or placebo.\n\n"
        "Table 2. Time to treatment failure by component\n"
        "Component | Adalimumab, no. | Placebo, no. | Hazard ratio (95% CI) | P value\n"
        "New active inflammatory lesions | 13 | 27 | 0.38 (0.21-0.69) | 0.001\n"
        "Vitreous haze grade | 13 | 35 | 0.32 (0.18-0.58) | <0.001\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"arms": "adalimumab;placebo", "design": "rct"})
    )
    assert [r["role"] for r in rows] == ["treatment_effect", "treatment_effect"]


# "with A than with B" may give its figures after a colon before the estimate, and "in the
# A group were less likely to die than were patients in the B group" sets each arm's
# people apart: either way A is the numerator.
@pytest.mark.parametrize(
    "sentence, comparison",
    [
        (
            "A good response was more frequent with infliximab than with sulfasalazine: 50 of "
            "128 (39%) vs 32 of 130 (25%) patients (risk ratio 1.59 [95% CI 1.10-2.30]).",
            "infliximab vs sulfasalazine",
        ),
        (
            "Patients in the sulfasalazine group were less likely to respond than were patients "
            "in the infliximab group (risk ratio 0.63, 95% CI 0.43-0.91).",
            "sulfasalazine vs infliximab",
        ),
        # (words between the comparison and the estimate are no figures)
        (
            "A good response was more frequent with infliximab than with sulfasalazine: in "
            "women it was 0.5 higher (risk ratio 1.59 [95% CI 1.10-2.30]).",
            "sulfasalazine vs infliximab",
        ),
    ],
)
def test_a_comparison_before_its_figures_or_between_each_arms_people(sentence, comparison):
    row = only_ratio(sentence, arms="sulfasalazine;infliximab")
    assert row["comparison"] == comparison
    if "than were" in sentence:
        # (stated by the clause, not the order the arms are mentioned in)
        assert (row["orientation"], row["numerator_arm"]) == ("stated", "sulfasalazine")


# In a sentence listing endpoints each with its estimate, an estimate's endpoint is looked
# for after the earlier estimate's bracket: one named there outside the vocabulary is left
# unnamed rather than given the earlier endpoint; populations and arms listed so share the
# sentence's endpoint.
@pytest.mark.parametrize(
    "sentence, outcomes",
    [
        (
            "Drug R was associated with an increased risk of fatal stroke (hazard ratio, 1.49; "
            "95% CI, 1.00 to 2.24) and of gallbladder disease (hazard ratio, 1.44; 95% CI, "
            "1.06 to 1.95), and with fewer cataract extractions (hazard ratio, 0.65; 95% CI, "
            "0.47 to 0.89).",
            ["STROKE", "", ""],
        ),
        (
            "Major adverse cardiac events were 3.7% vs 5.5% (HR 0.68; 95% CI 0.52-0.87), and "
            "BARC type 2 or greater bleeding 2.3% vs 3.3% (HR 0.70; 95% CI 0.51-0.98).",
            ["MACE", ""],
        ),
        (
            "Overall survival was longer in patients younger than 65 years (hazard ratio, 0.64; "
            "95% CI, 0.45 to 0.90) but not in those 65 years of age or older (hazard ratio, 1.19; "
            "95% CI, 0.81 to 1.73).",
            ["OS", "OS"],
        ),
    ],
)
def test_an_endpoint_listed_after_an_earlier_estimate(sentence, outcomes):
    rows = ratios(extraction.extract_estimates("d", sentence, {"design": "rct"}))
    assert [r["outcome"] for r in rows] == outcomes


# In a table of covariates, a row naming the randomised treatment is the treatment's
# comparison re-analysed with the covariates, not a prognostic factor; a covariate of the
# treatment's kind is one.
def test_the_randomised_treatment_in_a_table_of_covariates():
    text = (
        "Patients were randomly assigned to prednisolone plus NAC or prednisolone alone.\n\n"
        "Table 3. Multivariable Cox model of death at 6 months\n"
        "Variable | Hazard ratio (95% CI) | P value\n"
        "Age, per year | 1.05 (1.03-1.08) | <0.001\n"
        "Treatment, prednisolone-NAC vs. prednisolone only | 0.62 (0.37-1.05) | 0.08\n"
        "Treatment pathway, non-intensive vs intensive | 1.12 (0.93-1.35) | 0.23\n"
        "Prednisolone plus NAC (yes vs. no) | 0.70 (0.50-0.98) | 0.04\n"
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "prednisolone plus NAC;prednisolone", "design": "rct"}
        )
    )
    assert [(r["role"], r["role_rule"]) for r in rows] == [
        ("biomarker_or_prognostic", "role.table_of_covariates"),
        ("other", "role.adjusted_reanalysis_of_the_treatment"),
        ("biomarker_or_prognostic", "role.table_of_covariates"),
        ("other", "role.adjusted_reanalysis_of_the_treatment"),
    ]


# A table may give the ratio and its interval in columns of their own ("Hazard ratio | 95%
# CI"), as tables flattened from a web page or a PDF do: each row's ratio is the value in the
# one and the bounds in the next, read with the rules of any other table.
@pytest.mark.parametrize(
    "header, rows, expected",
    [
        (
            "Factor | Hazard ratio | 95% CI | P value",
            [
                "Treatment (vs no treatment) | 0.50 | 0.35-0.71 | <.001",
                "Older age (>=68 y) | 1.51 | 1.06-2.14 | .02",
                "Exfoliation syndrome | 2.11 | 1.34 to 3.32 | .001",
            ],
            [
                (0.50, 0.35, 0.71, 95.0, "other"),
                (1.51, 1.06, 2.14, 95.0, "biomarker_or_prognostic"),
                (2.11, 1.34, 3.32, 95.0, "biomarker_or_prognostic"),
            ],
        ),
        (
            "Outcome | Drug A, n | Placebo, n | Relative risk | 95% confidence interval",
            [
                "Death from any cause | 40 | 52 | 0.77 | (0.52, 1.14)",
                "Myocardial infarction | 11 | 20 | 0.55 | (0.27, 1.13)",
            ],
            [
                (0.77, 0.52, 1.14, 95.0, "treatment_effect"),
                (0.55, 0.27, 1.13, 95.0, "treatment_effect"),
            ],
        ),
        # a row whose bounds do not hold its value ends the table
        (
            "Outcome | Hazard ratio | 95% CI",
            ["Death from any cause | 1.90 | 0.52-1.14", "Stroke | 0.80 | 0.60-0.95"],
            [],
        ),
        # no interval column: a value alone is no estimate
        (
            "Outcome | Hazard ratio | P value",
            ["Death from any cause | 0.77 | 0.04"],
            [],
        ),
    ],
)
def test_a_table_giving_the_ratio_and_its_interval_in_two_columns(header, rows, expected):
    text = (
        "Patients were randomly assigned to drug A or placebo.\n\n"
        "Table 2. Results by intention to treat\n" + header + "\n" + "\n".join(rows) + "\n"
    )
    found = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug A;placebo", "design": "rct"})
    )
    assert [
        (r["value"], r["ci_lower"], r["ci_upper"], r["ci_level"], r["role"]) for r in found
    ] == expected, [(r["match_text"], r["role_rule"]) for r in found]
    for r in found:
        assert text[int(r["match_start"]) : int(r["match_end"])] == r["match_text"]
        assert " | " in r["match_text"]  # the value's cell to the bounds' cell


# In a cohort, a table whose first column is headed as a model's terms ("Variable") lists
# covariates: each is prognostic, and the exposures compared ("Anti-TNF vs nbDMARD") are
# an adjusted comparison, not a treatment effect.
def test_a_cohorts_table_of_covariates():
    text = (
        "Patients starting anti-TNF therapy and a comparison cohort treated with nbDMARDs were "
        "followed prospectively through the national register.\n\n"
        "Table 3. Adjusted hazard ratios for first serious infection (Cox model)\n"
        "Variable | HR (95% CI)\n"
        "Anti-TNF vs nbDMARD | 1.2 (1.1, 1.5)\n"
        "Age, per 10 years | 1.29 (1.20, 1.39)\n"
        "Chronic lung disease (yes vs no) | 1.59 (1.35, 1.88)\n"
    )
    rows = ratios(extraction.extract_estimates("d", text, {"design": "observational"}))
    assert [(r["role"], r["role_rule"]) for r in rows] == [
        ("other", "role.no_randomised_comparison"),
        ("biomarker_or_prognostic", "role.biomarker_in_non_randomised_study"),
        ("biomarker_or_prognostic", "role.biomarker_in_non_randomised_study"),
    ]


# Which arm had fewer events (a comparative word before "than", or each arm's rate in a
# comparison in words) and the ratio's side of 1 say which arm is the numerator, whichever
# the text names first; the survival, response or change of a favourable outcome, a
# negated comparative and figures side by side say nothing.
@pytest.mark.parametrize(
    "sentence, numerator",
    [
        (
            "Bleeding occurred less often with aspirin alone than with aspirin plus "
            "clopidogrel (risk ratio 0.57, 95% CI 0.42-0.77).",
            "aspirin alone",
        ),
        (
            "Transfusion was more frequent with on-pump CABG than with off-pump CABG "
            "(relative risk, 0.80; 95% CI, 0.75 to 0.85).",
            "off-pump cabg",
        ),
        (
            "Transfusion occurred in 63.3% with on-pump CABG, as compared with 50.7% with "
            "off-pump CABG (relative risk, 0.80; 95% CI, 0.75 to 0.85).",
            "off-pump cabg",
        ),
        (
            "Transfusion occurred in 50.7% with off-pump CABG, as compared with 63.3% with "
            "on-pump CABG (relative risk, 0.80; 95% CI, 0.75 to 0.85).",
            "off-pump cabg",
        ),
        # nothing said: the document's convention decides, no numerator stated
        (
            "Two-year survival was 80.1% with off-pump CABG, as compared with 70.2% with "
            "on-pump CABG (hazard ratio, 0.80; 95% CI, 0.70 to 0.92).",
            None,
        ),
        (
            "Off-pump CABG was more protective than on-pump CABG against infection "
            "(relative risk, 0.80; 95% CI, 0.75 to 0.85).",
            None,
        ),
        (
            "Transfusion was no less frequent with on-pump CABG than with off-pump CABG "
            "(relative risk, 1.04; 95% CI, 0.95 to 1.15).",
            None,
        ),
        (
            "Transfusion occurred in 63.3% with on-pump CABG versus 50.7% with off-pump CABG "
            "(relative risk, 0.80; 95% CI, 0.75 to 0.85).",
            None,
        ),
    ],
)
def test_the_direction_of_a_comparison_names_the_numerator(sentence, numerator):
    row = only_ratio(sentence, arms="on-pump CABG;off-pump CABG")
    if numerator is None:
        assert row["orientation_rule"] != "orientation.direction_in_clause"
    else:
        assert (row["orientation"], row["numerator_arm"]) == ("stated", numerator)
        assert row["orientation_rule"] == "orientation.direction_in_clause"


# "A, as compared with B, lowered ... (ratio": the first arm is the subject of the effect,
# the numerator, whatever the arms' roles; the figures-first form is not a subject.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Off-pump CABG, as compared with on-pump CABG, lowered the rate of acute kidney "
            "injury (relative risk, 0.87; 95% CI, 0.80 to 0.96).",
            ("stated", "off-pump cabg", "on-pump cabg"),
        ),
        (
            "On-pump CABG, as compared with off-pump CABG, did not reduce the rate of acute "
            "kidney injury (relative risk, 1.05; 95% CI, 0.90 to 1.20).",
            ("stated", "on-pump cabg", "off-pump cabg"),
        ),
        (
            "Acute kidney injury was seen in 52 percent of the on-pump CABG group, as compared "
            "with the off-pump CABG group (relative risk, 0.87; 95% CI, 0.80 to 0.96).",
            ("conventional", "", ""),
        ),
    ],
)
def test_the_subject_set_off_before_its_effect(sentence, expected):
    row = only_ratio(sentence, arms="off-pump CABG;on-pump CABG")
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected


# The groups an observational study compares are arms of its comparison: users and
# non-users, initiators, exposed and unexposed people, donors and controls; "placebo
# recipients" is placebo. One group alone makes no comparison.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Findings: In 73,679 insured people aged 75 years or older, regular PPI users had "
            "a higher risk of incident dementia than non-users (HR, 1.44; 95% CI, 1.36-1.52).",
            ("stated", "regular ppi users", "non-users"),
        ),
        (
            "After adjustment for age and sex, donors had a higher risk of end-stage renal "
            "disease than controls (hazard ratio 11.38; 95% CI 4.37 to 29.6).",
            ("stated", "donors", "controls"),
        ),
        (
            "Events were fewer among colchicine recipients than among placebo recipients "
            "(hazard ratio 0.69; 95% CI 0.57 to 0.83).",
            ("stated", "colchicine", "placebo"),
        ),
        (
            "Among statin users, the hazard ratio for death was 0.85 (95% CI 0.80 to 0.90).",
            ("unknown", "", ""),
        ),
    ],
)
def test_groups_an_observational_study_compares(text, expected):
    row = ratios(extract(text, design="observational"))[0]
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected


# After a leading comparator, the clause's subject may run to five words ("regular aspirin
# users after diagnosis had"), none of them a connector or a pronoun: "relative to B it
# was 0.75" names no arm "relative to B it" (the "it" is left unknown); the measure's arm
# ends before its verb ("the rate ratio with triple therapy was").
@pytest.mark.parametrize(
    "text, design, expected",
    [
        (
            "Compared with nonusers, regular aspirin users after diagnosis had lower "
            "colorectal cancer-specific mortality (multivariate hazard ratio [HR], 0.71; 95% "
            "confidence interval [CI], 0.53 to 0.95).",
            "observational",
            [("stated", "regular aspirin users after diagnosis", "nonusers")],
        ),
        (
            "Relative to fluticasone furoate-vilanterol, the rate ratio with triple therapy was "
            "0.85 (95% CI, 0.80 to 0.90), and relative to umeclidinium-vilanterol it was 0.75 "
            "(95% CI, 0.70 to 0.81).",
            "rct",
            [
                ("stated", "triple therapy", "fluticasone furoate-vilanterol"),
                ("unknown", "", ""),
            ],
        ),
        # each arm named by its people: "Compared with those receiving placebo, patients who
        # received X ..."; a relative clause not about an arm ("who had") names none
        (
            "Compared with those receiving placebo, patients who received semaglutide had "
            "fewer cardiovascular events (hazard ratio 0.80, 95% CI 0.72 to 0.90).",
            "rct",
            [("stated", "semaglutide", "placebo")],
        ),
        (
            "Compared with women in the usual-care group, women who were assigned to the "
            "doula programme were less likely to have a caesarean birth (risk ratio 0.88, "
            "95% CI 0.80 to 0.97).",
            "rct",
            [("stated", "doula programme", "usual-care")],
        ),
        (
            "Compared with patients who had never used statins, current users had lower "
            "mortality (hazard ratio 0.85, 95% CI 0.80 to 0.90).",
            "observational",
            [("unknown", "", "")],
        ),
    ],
)
def test_a_longer_subject_after_a_leading_comparator(text, design, expected):
    rows = ratios(extract(text, design=design))
    assert [(r["orientation"], r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# Other ways to set the comparator first: "Measured against B,", "Set against B,", "In
# comparison with B,", "With B as reference (...),", each subject of the clause after it
# the numerator ("... gave", an arm named by its duration: "six months of treatment"); a
# later clause opened by another name whose verb is left out ("and MICT an absolute risk
# increase of ... (1.24") is no value of the first subject, an effect joined to it ("and
# more recurrence at 2 years (3.4") is.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Measured against mitoxantrone, the three-weekly docetaxel schedule lowered the "
            "hazard of death (hazard ratio, 0.76; 95 percent confidence interval, 0.62 to 0.94).",
            [("stated", "three-weekly docetaxel schedule", "mitoxantrone")],
        ),
        (
            "Set against twelve months, six months of treatment gave a hazard ratio of 1.07 for "
            "a disease-free survival event (90% CI 0.93-1.24).",
            [("stated", "six months", "twelve months")],
        ),
        (
            "With the control group as reference (observed mortality 4.7%), HIIT gave an "
            "absolute risk reduction of 1.7 percentage points (hazard ratio 0.63, 95% "
            "confidence interval 0.33 to 1.20) and MICT an absolute risk increase of 1.2 "
            "percentage points (1.24, 0.73 to 2.10).",
            [("stated", "hiit", "control"), ("unknown", "", "")],
        ),
        (
            "Compared with cisplatin, cetuximab was associated with worse 2-year overall "
            "survival (97.5% vs 89.4%; HR 5.0 [95% CI 1.7-14.7]; p=0.001) and more recurrence "
            "at 2 years (6.0% vs 16.1%; 3.4 [1.6-7.2]; p=0.0007).",
            [("stated", "cetuximab", "cisplatin"), ("stated", "cetuximab", "cisplatin")],
        ),
    ],
)
def test_more_ways_to_set_the_comparator_first(text, expected):
    rows = ratios(extract(text))
    assert [(r["orientation"], r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# A review quoted in a trial's page gives no treatment effect of the trial: "A review of 31
# trials published in 2023 found that ...", "a systematic review", "the Cochrane review".
@pytest.mark.parametrize(
    "sentence",
    [
        "A review of 31 trials published in 2023 found that kangaroo care compared with "
        "conventional care reduced deaths (RR 0.68; 95% CI 0.53 to 0.86).",
        "In a systematic review, exercise reduced falls (rate ratio 0.77; 95% CI 0.71 to 0.83).",
        "The Cochrane review found fewer infections (RR 0.85; 95% CI 0.79 to 0.92).",
    ],
)
def test_a_quoted_review_is_no_treatment_effect(sentence):
    text = "Methods: 3211 babies were randomly assigned to immediate or usual care.\n" + sentence
    rows = ratios(extract(text))
    assert [(r["role"], r["role_rule"]) for r in rows] == [("other", "role.quoted_from_elsewhere")]


# "VALUE (CI) with A versus B (P=...)": each value names its comparison after it, the
# control arm first too ("2.01 ... with standard oxygen versus high-flow oxygen").
def test_a_comparison_with_versus_after_each_value():
    text = (
        "The hazard ratio for death at 90 days was 2.01 (95% confidence interval [CI], 1.01 to "
        "3.99) with standard oxygen versus high-flow oxygen (P=0.046) and 2.50 (95% CI, 1.31 to "
        "4.78) with noninvasive ventilation versus high-flow oxygen (P=0.006)."
    )
    rows = ratios(extract(text, arms="standard oxygen;high-flow oxygen;noninvasive ventilation"))
    assert [(r["numerator_arm"], r["denominator_arm"], r["orientation_rule"]) for r in rows] == [
        ("standard oxygen", "high-flow oxygen", "orientation.comparison_after_value"),
        ("noninvasive ventilation", "high-flow oxygen", "orientation.comparison_after_value"),
    ]


# A measure's "for A vs. B" with B a comparator names the comparison when A is a name or the
# experimental arm's generic name ("for treatment group vs. control group"); never two
# comparators.
@pytest.mark.parametrize(
    "qualifier, expected",
    [
        ("for treatment group vs. control group", ("stated", "treatment", "control")),
        ("for periodontal treatment vs. control", ("stated", "periodontal treatment", "control")),
        (
            "for the intervention group vs the usual care group",
            ("stated", "intervention", "usual care"),
        ),
        ("for placebo vs. control", ("unknown", "", "")),
    ],
)
def test_a_named_arm_against_a_comparator_in_the_measure(qualifier, expected):
    text = f"The risk was similar (hazard ratio {qualifier}, 0.93; 95% CI, 0.63 to 1.37)."
    row = ratios(extract(text))[0]
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected


# An arm may follow any preposition in a comparison built into the estimate: "after A than
# after B", "on A than on B", "under A than under B".
@pytest.mark.parametrize(
    "text, arms, expected",
    [
        (
            "Second primary cancers were more frequent after ART than after ALND (10-year "
            "cumulative incidence, 12.1% v 8.3%; HR, 1.45; 95% CI, 1.03 to 2.04; P = .035).",
            "art;alnd",
            ("stated", "art", "alnd"),
        ),
        (
            "Relapse was less common on rituximab than on azathioprine (hazard ratio, 0.41; 95% "
            "CI, 0.27 to 0.61).",
            "rituximab;azathioprine",
            ("stated", "rituximab", "azathioprine"),
        ),
    ],
)
def test_an_arm_after_any_preposition_in_a_built_comparison(text, arms, expected):
    row = ratios(extract(text, arms=arms))[0]
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected


# A table of one comparison's analyses: the primary analysis's row is the trial's treatment
# effect, an alternative model's or population's row is another analysis, not a subgroup.
def test_a_table_of_the_analyses_of_one_comparison():
    text = (
        "Patients were randomly assigned to ruxolitinib or placebo.\n\n"
        "Table 3. Hazard Ratios for Death, Ruxolitinib vs. Placebo.\n"
        "Model | Deaths, ruxolitinib / placebo | Hazard ratio (95% CI) | P value\n"
        "Primary analysis, Cox model stratified by risk category | 13 / 24 | 0.50 (0.25-0.98) | 0.04\n"
        "Unstratified Cox model | 13 / 24 | 0.53 (0.27-1.03) | 0.06\n"
        "Cox model adjusted for age, hemoglobin level and spleen length | 13 / 24 | 0.48 (0.24-0.95) | 0.03\n"
        "Per-protocol analysis | 12 / 22 | 0.52 (0.26-1.05) | 0.07\n"
        "Patients aged 65 years or older | 9 / 15 | 0.61 (0.27-1.38) | 0.23\n"
    )
    rows = ratios(extract(text, arms="ruxolitinib;placebo"))
    assert [(r["value"], r["role"]) for r in rows] == [
        (0.50, "treatment_effect"),
        (0.53, "other"),
        (0.48, "other"),
        (0.52, "other"),
        (0.61, "subgroup"),
    ]


# A sentence after one describing a meta-analysis or systematic review of other trials, in
# the same paragraph, quotes that analysis, unless it speaks of the document's own trial.
@pytest.mark.parametrize(
    "paragraph, role",
    [
        (
            "An individual-patient-data meta-analysis published the following year pooled nine "
            "trials of MBCT. Patients who received MBCT had a lower risk of relapse than those "
            "who did not (HR 0.69, 95% CI 0.58-0.82).",
            "other",
        ),
        (
            "A meta-analysis had suggested a benefit. In this trial, MBCT lowered the risk of "
            "relapse (HR 0.69, 95% CI 0.58-0.82).",
            "treatment_effect",
        ),
    ],
)
def test_a_sentence_after_a_quoted_meta_analysis(paragraph, role):
    text = (
        "Methods: 424 adults were randomly assigned to MBCT or maintenance antidepressants.\n\n"
        + paragraph
    )
    rows = ratios(extract(text, arms="mbct;maintenance antidepressants"))
    assert [r["role"] for r in rows] == [role]


# The comparator set off after the subject that opens the sentence and has the effect:
# "A, as compared with B, lowered ...", "A, compared with B, did not reduce ..." (the subject
# kept whole, its people and "as a group" taken off); not a measure as the subject.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Off-pump CABG, as compared with on-pump CABG, lowered the rates of transfusion "
            "(50.7% vs. 63.3%; relative risk, 0.80; 95% CI, 0.75 to 0.85) and reoperation "
            "(relative risk, 0.61; 95% CI, 0.40 to 0.93).",
            [("stated", "off-pump cabg", "on-pump cabg")] * 2,
        ),
        (
            "Urgent ERCP with sphincterotomy, compared with conservative treatment, did not "
            "reduce the primary composite (38% vs 44%; relative risk, 0.87; 95% CI, 0.67 to 1.12).",
            [("stated", "urgent ercp with sphincterotomy", "conservative treatment")],
        ),
        (
            "Patients receiving acetylcysteine, as compared with those receiving placebo, had "
            "similar outcomes (odds ratio, 1.02; 95% CI, 0.78 to 1.33).",
            [("stated", "acetylcysteine", "placebo")],
        ),
        (
            "The risk, compared with placebo, was lower (hazard ratio, 0.25; 95% CI, 0.13 to 0.48).",
            [("unknown", "", "")],
        ),
    ],
)
def test_the_comparator_set_off_after_the_subject(sentence, expected):
    rows = ratios(extract(sentence))
    assert [(r["orientation"], r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# orientation.comparator_list: treatments listed after an estimate that followed its
# comparator are the next comparators, never the same one; endpoints listed so share it
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Dapagliflozin reduced mortality compared with placebo (HR 0.70, 95% CI 0.60-0.80), "
            "sitagliptin (HR 0.80, 95% CI 0.70-0.90) and warfarin (HR 0.90, 95% CI 0.80-0.99).",
            [
                ("dapagliflozin", "placebo"),
                ("dapagliflozin", "sitagliptin"),
                ("dapagliflozin", "warfarin"),
            ],
        ),
        (
            "Dapagliflozin reduced death compared with placebo (HR 0.70, 95% CI 0.60-0.80) and "
            "hospitalisation for heart failure (HR 0.80, 95% CI 0.70-0.90).",
            [("dapagliflozin", "placebo"), ("dapagliflozin", "placebo")],
        ),
    ],
)
def test_treatments_listed_after_a_comparator_are_the_next_comparators(sentence, expected):
    rows = ratios(extract(sentence, arms="", design="rct"))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# NEJM's results table: its first column headed "Variable" over columns of the arms is no
# table of covariates, and a heading row of its own names the endpoint of the rows under it
# ("Overall" the whole population, a baseline stratum a subgroup)
def test_a_results_table_with_heading_rows_over_its_rows():
    text = (
        "Children were randomly assigned to vitamin D or placebo.\n\n"
        "Table 2. Infection and Disease.\n"
        "Variable | Vitamin D | Placebo | Adjusted Risk Ratio (95% CI)\n"
        "Overall survival - no./total no. (%)\n"
        "  Overall | 147/4074 (3.6) | 134/4043 (3.3) | 1.10 (0.87-1.38)\n"
        "  Baseline 25(OH)D level <10 ng/ml | 64/1288 (5.0) | 64/1304 (4.9) | 1.01 (0.72-1.42)\n"
        "Hospitalized for acute respiratory infection - no./total no. (%)\n"
        "  Overall | 29/4401 (0.7) | 34/4418 (0.8) | 0.86 (0.52-1.40)\n"
        "* Risk ratios were adjusted for the stratification variables.\n"
    )
    rows = ratios(
        extraction.extract_estimates("d", text, {"design": "rct", "arms": "vitamin D;placebo"})
    )
    assert [(r["value"], r["role"], r["outcome"]) for r in rows] == [
        (1.1, "treatment_effect", "OS"),
        (1.01, "subgroup", "OS"),
        (0.86, "treatment_effect", ""),
    ], [r["role_rule"] for r in rows]
    assert rows[0]["outcome_rule"] == "outcome.table_heading_row"
    # a table of a model's terms stays one: its columns are no arms
    covariates = text.replace("Vitamin D | Placebo", "Events | Patients")
    rows = ratios(
        extraction.extract_estimates(
            "d", covariates, {"design": "rct", "arms": "vitamin D;placebo"}
        )
    )
    assert {r["role"] for r in rows} <= {"biomarker_or_prognostic"}


# The whole randomised population is no subgroup, whatever subset it names as included
@pytest.mark.parametrize(
    "second, role",
    [
        (
            "When all 529 randomized patients, including those with brain metastases, were analyzed, the hazard ratio for progression or death was 0.43 (95% CI, 0.35 to 0.54).",
            "treatment_effect",
        ),
        (
            "Among patients with brain metastases, the hazard ratio for progression or death was 0.43 (95% CI, 0.35 to 0.54).",
            "subgroup",
        ),
    ],
)
def test_all_randomised_patients_are_no_subgroup(second, role):
    text = (
        "Sacituzumab prolonged progression-free survival (hazard ratio, 0.41; 95% CI, 0.32 to 0.52). "
        + second
    )
    rows = ratios(extract(text, arms="sacituzumab;chemotherapy"))
    assert rows[-1]["role"] == role, rows[-1]["role_rule"]


# role.alternative_analysis_before_value: once a sentence has given the main estimate, a bare
# value whose lead-in names another analysis of the same comparison (adjusted after the
# fact, judged by other assessors, per protocol) is that analysis, `other`; a bare value for
# another endpoint or population is not.
@pytest.mark.parametrize(
    "sentence, roles",
    [
        (
            "Patients in the intervention group were less likely to die than were patients in "
            "the control group (hazard ratio 0·68, 95% CI 0·50–0·92; p=0·01); with adjustment "
            "for age, severity of illness and baseline covariates the estimate was 0·65 "
            "(0·47–0·91).",
            ["treatment_effect", "other"],
        ),
        (
            "Progression-free survival was also improved (median 9·2 vs 7·3 months; hazard "
            "ratio 0·61 [0·50–0·75]; p<0·0001), and the estimate based on independent "
            "radiological review was similar (0·64 [0·52–0·79]).",
            ["treatment_effect", "other"],
        ),
        (
            "Disease-free survival was longer with sunitinib (hazard ratio 0.76, 95% CI "
            "0.59-0.98), and the per-protocol estimate was 0.74 (95% CI 0.57-0.97).",
            ["treatment_effect", "other"],
        ),
        (
            "Progression-free survival was longer with sunitinib (hazard ratio 0.76, 95% CI "
            "0.59-0.98) and overall survival was similar (0.91, 95% CI 0.70-1.18).",
            ["treatment_effect", "treatment_effect"],
        ),
    ],
)
def test_another_analysis_of_the_comparison_before_a_bare_value(sentence, roles):
    rows = ratios(extract(sentence, design="rct"))
    assert [r["role"] for r in rows] == roles


# orientation.table_comparison_cell: a table whose rows carry their comparison in a cell of
# its own ("Outcome | Comparison | Events | Odds ratio (95% CI)"); the arms' counts ("2/48 vs.
# 8/51") or figures ("12.1 vs 10.3 months") are no comparison.
def test_a_table_row_names_its_comparison_in_a_cell():
    text = (
        "Table 3. Secondary outcomes of the factorial trial.\n"
        "Outcome | Comparison | Events, active / placebo | Odds ratio (95% CI) | P value\n"
        "Surgical referral at 3 mo | t-PA-DNase vs. placebo | 2/48 vs. 8/51 | 0.17 (0.03-0.87) | 0.03\n"
        "Surgical referral at 3 mo | DNase vs. placebo | 18/46 vs. 8/51 | 3.56 (1.30-9.75) | 0.01\n"
        "Death at 3 mo | Overall | 4/48 vs. 4/51 | 1.07 (0.25-4.54) | 0.93\n"
    )
    rows = ratios(extract(text, design="rct"))
    assert [(r["comparison"], r["orientation_rule"]) for r in rows] == [
        ("t-pa-dnase vs placebo", "orientation.table_comparison_cell"),
        ("dnase vs placebo", "orientation.table_comparison_cell"),
        ("", "orientation.no_arms_known"),
    ]


# orientation.comparative_in_clause: each arm's people in a relative clause ("in women who
# continued alendronate than in those who switched to placebo"); on a page that names no
# arms elsewhere, two treatments set side by side in one "than" (not an endpoint).
@pytest.mark.parametrize(
    "sentence, arms, expected",
    [
        (
            "After 5 years, nonvertebral fracture risk was no lower in women who continued "
            "alendronate than in those who switched to placebo (19% vs 18.9%; relative risk "
            "[RR], 1.00; 95% CI, 0.76-1.32).",
            "",
            ("stated", "alendronate", "placebo"),
        ),
        (
            "Clinical cure was more frequent with continuous than with intermittent infusion "
            "(55.7% vs 50.0%; odds ratio, 1.26 [95% CI, 1.15 to 1.38]).",
            "",
            ("stated", "continuous", "intermittent infusion"),
        ),
        # (a page with arms of its own keeps to them)
        (
            "Clinical cure was more frequent with continuous than with intermittent infusion "
            "(55.7% vs 50.0%; odds ratio, 1.26 [95% CI, 1.15 to 1.38]).",
            "meropenem;piperacillin",
            ("conventional", "", ""),
        ),
        (
            "Relapse was more frequent with relapse than with death (odds ratio, 1.26 [95% CI, "
            "1.15 to 1.38]).",
            "",
            ("unknown", "", ""),
        ),
    ],
)
def test_arms_in_relative_clauses_and_two_treatments_side_by_side(sentence, arms, expected):
    (row,) = ratios(extract(sentence, arms=arms, design="rct"))
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected


# People named by what they take or start, as cohorts of new users are written ("in
# patients starting amphetamine than in those starting methylphenidate"), a comparative
# word before "compared with" ("was associated with higher mortality compared with B"),
# and how many people of each arm had the event ("Fewer participants receiving A than
# receiving B had X (relative risk"): which side had more events, and the ratio's side of
# 1, state the numerator.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Psychosis was more common in patients starting amphetamine than in those starting "
            "methylphenidate (hazard ratio, 1.65; 95% CI, 1.31 to 2.09).",
            ("stated", "amphetamine", "methylphenidate"),
        ),
        (
            "Psychosis was more common in patients who started amphetamine than in those who "
            "started methylphenidate (hazard ratio, 1.65; 95% CI, 1.31 to 2.09).",
            ("stated", "amphetamine", "methylphenidate"),
        ),
        (
            "Patients taking azithromycin had an increased risk of cardiovascular death "
            "compared with persons taking amoxicillin (hazard ratio, 2.88; 95% CI, 1.79 to 4.63).",
            ("stated", "azithromycin", "amoxicillin"),
        ),
        (
            "Azithromycin was associated with higher mortality compared with amoxicillin "
            "(hazard ratio, 2.88; 95% CI, 1.79 to 4.63).",
            ("stated", "azithromycin", "amoxicillin"),
        ),
        # "lower" before "compared with" and a ratio below 1: the first is the numerator
        (
            "Mortality was lower with azithromycin compared with amoxicillin (hazard ratio, "
            "0.70; 95% CI, 0.55 to 0.89).",
            ("stated", "azithromycin", "amoxicillin"),
        ),
        # more events on the first side and a ratio below 1: the second side's ratio
        (
            "Azithromycin was associated with higher mortality compared with amoxicillin "
            "(hazard ratio, 0.70; 95% CI, 0.55 to 0.89).",
            ("stated", "amoxicillin", "azithromycin"),
        ),
        # how many people of each arm had the event, then the event, then the estimate
        (
            "Fewer participants receiving fish oil than receiving placebo had a fistula "
            "thrombosis (relative risk, 0.58; 95% CI, 0.40-0.85).",
            ("stated", "fish oil", "placebo"),
        ),
        (
            "More patients given fish oil than patients given placebo had a fistula thrombosis "
            "(relative risk, 1.58; 95% CI, 1.40-1.85).",
            ("stated", "fish oil", "placebo"),
        ),
        (
            "Fewer patients in the dapagliflozin group than in the placebo group had a primary "
            "outcome event (hazard ratio, 0.74; 95% CI, 0.65 to 0.85).",
            ("stated", "dapagliflozin", "placebo"),
        ),
        # fewer events on the first side and a ratio above 1: the second side's ratio
        (
            "Fewer participants receiving fish oil than receiving placebo had a fistula "
            "thrombosis (relative risk, 1.72; 95% CI, 1.18-2.50).",
            ("stated", "placebo", "fish oil"),
        ),
    ],
)
def test_comparisons_of_people_and_directions_state_the_numerator(sentence, expected):
    (row,) = ratios(extract(sentence, arms="", design="observational"))
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == expected


# A sentence headed by its comparison ("For A as compared with B, ...", "For the A group,
# the hazard ratio versus B was"), and a leading comparator's arm named as the group right
# before the estimate's bracket, by its name or dose (a regimen of the subject, "in the Q4W
# group (", is the subject's).
@pytest.mark.parametrize(
    "sentence, arms, expected",
    [
        (
            "For aspirin as compared with placebo, the aspirin primary outcome occurred in 4.1% "
            "versus 4.7% (hazard ratio, 0.86; 95% CI, 0.67 to 1.10).",
            "polypill;aspirin;placebo",
            [("aspirin", "placebo")],
        ),
        (
            "For the lower-dose combination group, the hazard ratio versus albuterol alone was "
            "0.84 (95% CI, 0.71 to 1.00; P=0.05).",
            "",
            [("lower-dose combination", "albuterol alone")],
        ),
        (
            "Compared with no offer, the odds of at least one acute respiratory tract infection "
            "were not reduced in the 800 IU/day group (odds ratio 1.09, 95% confidence interval "
            "0.82 to 1.46) or in the 3200 IU/day group (1.26, 0.96 to 1.66).",
            "",
            [("800 iu/day", "no offer"), ("3200 iu/day", "no offer")],
        ),
        (
            "Compared with placebo, benralizumab reduced annual exacerbation rates in the Q4W "
            "group (rate ratio 0.55, 95% CI 0.42-0.71).",
            "benralizumab;placebo",
            [("benralizumab", "placebo")],
        ),
    ],
)
def test_a_sentence_headed_by_its_comparison_and_a_group_before_the_bracket(
    sentence, arms, expected
):
    rows = ratios(extract(sentence, arms=arms, design="rct"))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# A named subject that had the effect, past a short opening phrase ("In the study, ERd
# reduced ..."), with more verbs ("roughly halved", "did not significantly lengthen") and a
# plus sign in its name; a bare later value whose lead-in states its own arms ("..., and for
# the 10-mg dose as compared with placebo it was 0.55"), its comparator ending before a
# pronoun.
@pytest.mark.parametrize(
    "sentence, arms, expected",
    [
        (
            "In the study, ERd reduced the risk of disease progression or death by 30% compared "
            "with Rd alone (HR 0.70; 95% CI: 0.57-0.85).",
            "",
            [("stated", "erd", "rd alone")],
        ),
        (
            "At the primary analysis, Kd roughly halved the risk of progression or death "
            "compared with Vd (hazard ratio 0.53; 95% CI 0.44-0.65).",
            "",
            [("stated", "kd", "vd")],
        ),
        (
            "Postoperative radiotherapy (PORT) was compared with no PORT. PORT did not "
            "significantly lengthen disease-free survival compared with no PORT (adjusted HR "
            "0.86; 95% CI 0.68-1.08).",
            "",
            [
                (
                    "stated",
                    "postoperative radiotherapy (port)",
                    "no postoperative radiotherapy (no port)",
                )
            ],
        ),
        (
            "The hazard ratio for the 3-mg dose as compared with placebo was 0.70 (97.5% CI, 0.52 "
            "to 0.96; P=0.01), and for the 10-mg dose as compared with placebo it was 0.55 "
            "(97.5% CI, 0.39 to 0.76).",
            "",
            [("stated", "3-mg dose", "placebo"), ("stated", "10-mg dose", "placebo")],
        ),
        # (not a pronoun, a sentence subject: "Patients reduced ...")
        (
            "In this trial, Patients reduced their doses compared with placebo (HR 0.90; 95% "
            "CI 0.80-1.01).",
            "",
            [("unknown", "", "")],
        ),
    ],
)
def test_named_subjects_after_an_opening_phrase_and_later_values_stating_their_arms(
    sentence, arms, expected
):
    rows = ratios(extract(sentence, arms=arms, design="rct"))
    assert [(r["orientation"], r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# A treatment against none ("lower with IPT than without IPT (", "those who received
# trastuzumab had better recurrence-free survival than those who did not ("); a comparison
# before another estimate's bracket is that estimate's, not of a measure named after it.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The risk was lower with early ART than with deferred ART (adjusted hazard ratio, "
            "0.56; 95% CI, 0.41 to 0.76) and lower with IPT than without IPT (adjusted hazard "
            "ratio, 0.65; 95% CI, 0.48 to 0.88).",
            [("stated", "early art", "deferred art"), ("stated", "ipt", "no ipt")],
        ),
        (
            "Patients who received MBCT had a lower risk of relapse within 60 weeks than those "
            "who did not (hazard ratio 0.69, 95% CI 0.58 to 0.82).",
            [("stated", "mbct", "no mbct")],
        ),
        (
            "Relapse was lower with MBCT than without MBCT (HR 0.69, 95% CI 0.58-0.82); in the "
            "subset of trials in which MBCT was compared with antidepressants the hazard ratio "
            "was 0.77 (0.60-0.98).",
            [("stated", "mbct", "no mbct"), ("unknown", "", "")],
        ),
    ],
)
def test_a_treatment_against_none_and_another_estimates_bracket(sentence, expected):
    rows = ratios(extract(sentence, design="rct"))
    assert [(r["orientation"], r["numerator_arm"], r["denominator_arm"]) for r in rows] == expected


# role.subgroup_named_back: a sentence opening on a population named back ("In that
# population,", "Among them,") after a sentence counting a subset of the patients ("468 had no
# brain metastases") is that subset's; after a count of all the randomised patients it is not.
@pytest.mark.parametrize(
    "text, role",
    [
        (
            "Of 529 patients who underwent randomization, 468 had no brain metastases. In that "
            "population, median progression-free survival was 5.6 months with drug A and 1.7 "
            "months with chemotherapy (hazard ratio, 0.41; 95% CI, 0.32 to 0.52).",
            "subgroup",
        ),
        (
            "Of the 886 patients, 560 (63.2%) had PD-L1-positive tumors. Among them, median "
            "progression-free survival was 13.8 months with drug A, as compared with 7.2 months "
            "with sunitinib (hazard ratio, 0.61; 95% CI, 0.47 to 0.79).",
            "subgroup",
        ),
        (
            "A total of 886 patients were randomly assigned. Among them, median progression-free "
            "survival was 13.8 months with drug A, as compared with 7.2 months with sunitinib "
            "(hazard ratio, 0.61; 95% CI, 0.47 to 0.79).",
            "treatment_effect",
        ),
    ],
)
def test_a_subset_counted_in_the_sentence_before_and_named_back(text, role):
    rows = ratios(extract(text, arms="drug a;sunitinib", design="rct"))
    assert [r["role"] for r in rows] == [role]


# A stage, grade or zone of the disease named once the main effect is given is a subgroup.
def test_a_stage_grade_or_zone_of_the_disease_after_the_main_effect():
    text = (
        "Retinopathy recurred in 4 infants in the bevacizumab group (6%) and 19 infants in the "
        "laser-therapy group (26%) (odds ratio, 0.17; 95% CI, 0.05 to 0.53). A significant "
        "treatment effect was found for zone I disease (odds ratio, 0.09; 95% CI, 0.02 to 0.45) "
        "but not for zone II disease (odds ratio, 0.38; 95% CI, 0.09 to 1.56)."
    )
    rows = ratios(extract(text, arms="bevacizumab;laser therapy", design="rct"))
    assert [r["role"] for r in rows] == ["treatment_effect", "subgroup", "subgroup"]


# An entry of a list of other publications that calls itself a later report and repeats most
# of the document's own title's words is that trial's later report, read by its cues; one
# with another title, or no later-report wording, stays other.
@pytest.mark.parametrize(
    "entry, role",
    [
        (
            "Ranibizumab and bevacizumab for treatment of neovascular age-related macular "
            "degeneration: two-year results. Ophthalmology. 2012.",
            "treatment_effect",
        ),
        (
            "Bevacizumab versus ranibizumab for neovascular age-related macular degeneration in "
            "routine care: a cohort study. Ophthalmology. 2012.",
            "other",
        ),
        (
            "Aflibercept for diabetic macular oedema: two-year results. Ophthalmology. 2016.",
            "other",
        ),
    ],
)
def test_a_later_report_in_a_list_known_by_its_title(entry, role):
    text = (
        "Ranibizumab and Bevacizumab for Neovascular Age-Related Macular Degeneration\n\n"
        "Patients were randomly assigned to ranibizumab or bevacizumab.\n\nSimilar articles\n  "
        + entry
        + ' -- "... the risk of vision loss was similar with bevacizumab (hazard ratio 1.05; '
        '95% CI 0.80 to 1.38) ..."\n'
    )
    record = {
        "arms": "ranibizumab;bevacizumab",
        "design": "rct",
        "title": "Ranibizumab and Bevacizumab for Neovascular Age-Related Macular Degeneration",
    }
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [r["role"] for r in rows] == [role]


# role.sensitivity_analysis by other names: an analysis leaving out patients after
# randomisation ("that excluded 6 patients", "the efficacy population"), the same outcome in
# another model ("In a negative binomial model of the same outcome"), the comparison
# repeated with adjustment; not the trial's own primary analysis.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "A modified intention-to-treat analysis that excluded 6 patients who had a primary "
            "end-point event before infusion showed a larger effect (relative risk, 0.40; 95% CI, "
            "0.20 to 0.81).",
            "other",
        ),
        (
            "In the efficacy population (excluding 18 pts without GIST), RFS HR 0.42 (0.28, 0.61).",
            "other",
        ),
        (
            "In a negative binomial model of the same outcome, the incidence rate ratio was 1.55 "
            "(90% confidence interval 1.09 to 2.20).",
            "other",
        ),
        (
            "The primary comparison was repeated in a Cox model that also adjusted for these "
            "factors; the adjusted hazard ratio was 0.63 (95% CI, 0.47 to 0.84).",
            "other",
        ),
        (
            "In the primary analysis, the hazard ratio for recurrence or death was 0.66 (95% CI, "
            "0.50 to 0.87).",
            "treatment_effect",
        ),
    ],
)
def test_sensitivity_analyses_by_other_names(sentence, role):
    (row,) = ratios(extract(sentence, arms="drug a;placebo", design="rct"))
    assert row["role"] == role


# The whole population named last, right before the estimate's own bracket ("... in the
# pMMR population (...) and in the overall population (median, 7.2 vs. 3.8 months; hazard
# ratio", "and overall (", "and in all randomly assigned patients (HR") is no subgroup.
@pytest.mark.parametrize(
    "sentence",
    [
        "Progression-free survival was longer with drug A than with chemotherapy in the pMMR "
        "population (median, 6.6 vs. 3.8 months; hazard ratio, 0.60; 95% CI, 0.50 to 0.72) and "
        "in the overall population (median, 7.2 vs. 3.8 months; hazard ratio, 0.56; 95% CI, "
        "0.47 to 0.66).",
        "Overall survival was longer with drug A than with chemotherapy in the pMMR population "
        "(median, 17.4 vs. 12.0 months; hazard ratio, 0.68; 95% CI, 0.56 to 0.84) and overall "
        "(median, 18.3 vs. 11.4 months; hazard ratio, 0.62; 95% CI, 0.51 to 0.75).",
    ],
)
def test_the_whole_population_named_last_is_no_subgroup(sentence):
    rows = ratios(extract(sentence, arms="drug a;chemotherapy", design="rct"))
    assert [r["role"] for r in rows] == ["subgroup", "treatment_effect"]


# role.adjusted_comparison_in_a_cohort: an exposure's association set against a named
# comparator is a comparison of exposures, not a prognostic factor's; a biomarker's level
# against a reference level in a model stays prognostic.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "Tramadol was associated with significantly higher all-cause mortality compared with "
            "naproxen (HR, 1.71 [95% CI, 1.41-2.07]).",
            "other",
        ),
        (
            "In adjusted analyses, bystander CPR was associated with a risk of brain damage that "
            "was significantly lower than the risk associated with no bystander resuscitation "
            "(hazard ratio, 0.62; 95% CI, 0.47 to 0.82).",
            "other",
        ),
        (
            "In the fully adjusted model, serum phosphate above 5.5 mg/dL was associated with "
            "higher all-cause mortality compared with 3.5-5.5 mg/dL (HR 1.25; 95% CI 1.12-1.39).",
            "biomarker_or_prognostic",
        ),
        # the comparator set between commas before the association
        (
            "Empagliflozin, as compared with sitagliptin, was associated with lower rates of "
            "hospitalisation for heart failure (hazard ratio, 0.61; 95% CI, 0.51-0.73).",
            "other",
        ),
        (
            "In the multivariable model, age 75 or older, as compared with younger age, was "
            "associated with higher mortality (hazard ratio 1.66, 95% CI 1.45 to 1.97).",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_an_exposure_associated_against_a_named_comparator_in_a_cohort(sentence, role):
    (row,) = ratios(extract(sentence, design="observational"))
    assert row["role"] == role


# role.time_window: a comparison in one window of a split follow-up ("within the first 15
# months the HR was 0.61 ..., whereas after 15 months it was 1.22", "from three months to
# three years") is other, and the later bare value is read past its window (no quantity);
# one follow-up time alone ("After 5 years of follow-up") is the trial's comparison, and a
# number needed to treat is no ratio.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Disease-free survival was not longer with bevacizumab (HR 0.89; 95% CI, 0.76 to "
            "1.04). The hazard was not proportional over time: within the first 15 months the HR "
            "was 0.61 (95% CI, 0.48 to 0.78; P < .001), whereas after 15 months it was 1.22 (95% "
            "CI, 0.98 to 1.52; P = .076).",
            [(0.89, "treatment_effect"), (0.61, "other"), (1.22, "other")],
        ),
        (
            "There were fewer deaths from three months to three years in the endovascular group "
            "than in the open repair group (hazard ratio 0.57, 95% CI 0.36 to 0.90).",
            [(0.57, "other")],
        ),
        (
            "After 5 years of follow-up, the hazard ratio for death was 0.80 (95% CI 0.70 to "
            "0.91).",
            [(0.8, "treatment_effect")],
        ),
        (
            "Heart-failure hospitalisation was lower with the device (hazard ratio, 0.53; 95% CI, "
            "0.40 to 0.70). The number of patients who would need to be treated to prevent one "
            "hospitalization within 24 months was 3.1 (95% CI, 1.9 to 8.2).",
            [(0.53, "treatment_effect")],
        ),
    ],
)
def test_a_comparison_in_one_window_of_a_split_follow_up(text, expected):
    rows = ratios(extract(text, arms="bevacizumab;control", design="rct"))
    assert [(r["value"], r["role"]) for r in rows] == expected


# A group the sentence before set apart, named back as "the latter group", and a population
# by an unmutated marker ("in IGHV-unmutated disease"), once the main effect is given.
def test_the_latter_group_and_an_unmutated_marker_are_subgroups():
    text = (
        "Pelvic recurrence was similar with simple and radical hysterectomy (HR 0.99; 95% CI "
        "0.60-1.62). An exploratory analysis excluded patients with very-low-risk features, "
        "leaving 575. In the latter group, compared with radical hysterectomy, simple "
        "hysterectomy gave similar survival (HR, 1.15; 95% CI, 0.49-2.70). The advantage held in "
        "IGHV-unmutated disease (HR 0.40; 95% CI 0.25-0.64)."
    )
    rows = ratios(extract(text, arms="simple hysterectomy;radical hysterectomy", design="rct"))
    assert [r["role"] for r in rows] == ["treatment_effect", "subgroup", "subgroup"]


# Each arm's people in their group with "as likely ... as" ("Participants in the txt2stop group
# were more than twice as likely to have quit at six months as those in the control group
# ("), named as groups even on a page that names no arms elsewhere.
def test_people_in_two_groups_as_likely_as():
    text = (
        "Participants in the txt2stop group were more than twice as likely to have quit at six "
        "months as those in the control group (10.7% vs 4.9%; relative risk 2.20, 95% CI "
        "1.80-2.68)."
    )
    (row,) = ratios(extract(text, design="rct"))
    assert (row["orientation"], row["numerator_arm"], row["denominator_arm"]) == (
        "stated",
        "txt2stop",
        "control",
    )


# A cohort's, a quoted trial's or a pooled analysis's later estimate in the sentence that
# compared the groups for the first one shares that comparison when only its own endpoint
# stands between; a new clause (another trial's name, a verb of its own) states none
@pytest.mark.parametrize(
    "sentence, shared",
    [
        (
            "Current azithromycin use was associated with an increased risk of cardiovascular "
            "death as compared with no antibiotic use (rate ratio, 2.85; 95% CI, 1.13-7.24) and "
            "of death from any cause (rate ratio, 1.85; 95% CI, 1.25-2.75).",
            True,
        ),
        (
            "Current azithromycin use was associated with an increased risk of cardiovascular "
            "death as compared with no antibiotic use (rate ratio, 2.85; 95% CI, 1.13-7.24), "
            "and with a higher risk of arrhythmia (rate ratio, 1.60; 95% CI, 1.10-2.30).",
            True,
        ),
        (
            "Current azithromycin use was associated with an increased risk of cardiovascular "
            "death as compared with no antibiotic use (rate ratio, 2.85; 95% CI, 1.13-7.24), "
            "and a similar excess was seen in the Tennessee Medicaid cohort (rate ratio, 2.49; "
            "95% CI, 1.38-4.50).",
            False,
        ),
        (
            "Current azithromycin use was associated with an increased risk of cardiovascular "
            "death as compared with no antibiotic use (rate ratio, 2.85; 95% CI, 1.13-7.24), and "
            "arrhythmia rose as well (rate ratio, 1.60; 95% CI, 1.10-2.30).",
            False,
        ),
    ],
)
def test_a_cohorts_later_estimate_shares_the_comparison_of_its_clause(sentence, shared):
    first, second = ratios(extraction.extract_estimates("d", sentence, {"design": "observational"}))
    assert (first["numerator_arm"].lower(), first["denominator_arm"].lower()) == (
        "current azithromycin use",
        "no antibiotic use",
    )
    assert (second["orientation"] == "stated") is shared
    if shared:
        assert second["orientation_rule"] == "orientation.shared_with_the_clause_before"
        assert second["numerator_arm"] == first["numerator_arm"]


# Estimates listed by population label: after a sibling labelled as everyone in the same
# sentence, or as bullets under a head that splits the results by a characteristic, each
# other label is a subgroup; an endpoint's or a measure's label, or an arm's, is not
@pytest.mark.parametrize(
    "text, roles",
    [
        (
            "Outcomes were similar (all women: relative risk [RR] = 1.04 [95% CI 0.90-1.20], "
            "p = 0.625; paucigravidae: RR = 1.10 [95% CI 0.92-1.31], p = 0.282; multigravidae: "
            "RR = 0.92 [95% CI 0.71-1.20], p = 0.543).",
            ["treatment_effect", "subgroup", "subgroup"],
        ),
        (
            "Spironolactone was compared with placebo.\n\nResults by region\n- Americas: "
            "spironolactone lowered the risk (HR 0.82; 95% CI 0.69-0.98; P=0.026).\n- Russia/"
            "Georgia: no apparent effect (HR 1.10; 95% CI 0.79-1.51; P=0.576).\n",
            ["subgroup", "subgroup"],
        ),
        # endpoints listed after everyone: not populations
        (
            "Outcomes (all patients: HR 0.80, 95% CI 0.70-0.91; PFS: HR 0.70, 95% CI "
            "0.60-0.82; stroke: HR 0.90, 95% CI 0.75-1.08).",
            ["treatment_effect", "treatment_effect", "treatment_effect"],
        ),
        # a label list with no sibling for everyone and no head by a characteristic
        (
            "Key results\n- Primary endpoint: HR 0.82; 95% CI 0.69-0.98.\n- Americas: HR 1.10; "
            "95% CI 0.79-1.51.\n",
            ["treatment_effect", "treatment_effect"],
        ),
    ],
)
def test_estimates_listed_by_population_label(text, roles):
    rows = ratios(extraction.extract_estimates("d", text, {"design": "rct", "arms": ""}))
    assert [r["role"] for r in rows] == roles


# The JCO prints a subgroup's comparison in brackets between the measure and its value ("HR
# [durvalumab v control], 0.42 [95% CI, 0.22 to 0.80]"): the value is the measure's, and the
# bracket names the arms; a short name before ordinary words is still no measure
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The benefit was seen in dMMR disease (HR [durvalumab v control], 0.42 [95% CI, "
            "0.22 to 0.80]).",
            [("HR", 0.42, "durvalumab vs control")],
        ),
        (
            "In pMMR disease (HR [durvalumab + olaparib v control], 0.57 [95% CI, 0.44 to "
            "0.73]) the effect was smaller.",
            [("HR", 0.57, "durvalumab + olaparib vs control")],
        ),
        ("Patients were treated surgically OR medically, 12 of them in 2019.", []),
    ],
)
def test_a_bracketed_comparison_between_measure_and_value(sentence, expected):
    rows = extract("Results: " + sentence)
    assert [(r["measure"], r["value"], r["comparison"]) for r in rows] == expected


# An observational study's own exposure, named by its title ("Vasectomy and Risk of ...",
# "Consumption of ultra-processed foods and cancer risk"), compared without randomisation:
# role other, not a covariate's association; never on a randomised trial's page, nor for a
# title about predictors or a disease's features
@pytest.mark.parametrize(
    "title, sentence, role",
    [
        (
            "Vasectomy and Risk of Aggressive Prostate Cancer: A 24-Year Follow-Up Study",
            "Vasectomy was associated with a higher risk of prostate cancer (RR, 1.10; 95% CI, "
            "1.04 to 1.17).",
            "other",
        ),
        (
            "Consumption of ultra-processed foods and cancer risk: a prospective cohort",
            "The hazard ratio for a 10% increment in the proportion of ultra-processed food "
            "in the diet was 1.12 (95% CI 1.06 to 1.18).",
            "other",
        ),
        (
            "Vasectomy and Risk of Aggressive Prostate Cancer",
            "Men were randomised to counselling or not. Vasectomy was associated with a higher "
            "risk (RR, 1.10; 95% CI, 1.04 to 1.17).",
            "biomarker_or_prognostic",
        ),
        (
            "Predictors of kidney failure and risk of death in advanced CKD",
            "Proteinuria was associated with kidney failure (HR 1.62; 95% CI 1.38 to 1.90).",
            "biomarker_or_prognostic",
        ),
        (
            "Relationship between primary tumor location and overall survival in mCRC",
            "Primary tumor location on the right was associated with shorter survival (hazard "
            "ratio 1.55; 95% CI 1.32-1.82).",
            "biomarker_or_prognostic",
        ),
    ],
)
def test_the_exposure_an_observational_studys_title_names(title, sentence, role):
    text = f"{title}\n\nResults: {sentence}\n"
    record, decoded = parsing.parse_document("d", "d.txt", text.encode())
    rows = extraction.extract_estimates("d", decoded, record)
    assert [r["role"] for r in rows] == [role]


def test_values_each_with_its_population_after_among_then_its_interval():
    rows = extract(
        "Results: The excess was driven by suicide by firearm, with hazard ratios of 7.82 "
        "among men (95% CI, 7.26 to 8.43) and 35.15 among women (95% CI, 29.56 to 41.79)."
    )
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == [
        (7.82, 7.26, 8.43),
        (35.15, 29.56, 41.79),
    ]


# A dash spaced after a word is punctuation before the value, not a range's dash ("two hazard
# ratios were given - 0.99 (95% CI 0.70-1.39)"); a range's dash still is ("0.5 - 0.99")
@pytest.mark.parametrize(
    "sentence, values",
    [
        (
            "Because the hazards were not proportional, two hazard ratios were given - 0.99 "
            "(95% CI 0.70-1.39) for the first year.",
            [(0.99, 0.7, 1.39)],
        ),
        ("The hazard ratio was 0.71 (95% CI, 0.5 - 0.99).", [(0.71, 0.5, 0.99)]),
    ],
)
def test_a_spaced_dash_after_a_word_before_the_value(sentence, values):
    rows = extract("Results: " + sentence)
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == values


# A caption line naming the measure above a header of groups, whose rows give a ratio and its
# interval in each group's column (Lancet: "Data are hazard ratio (95% CI)"); a caption that
# does not open "Table", or rows without intervals, give nothing
CAPTION_TABLE = (
    "{caption}: Hazard ratios for crime outcomes compared with periods off medication. Data "
    "are hazard ratio (95% CI).\n"
    "Outcome | Crimes in cohort (n) | Mood stabiliser | Antipsychotic\n"
    "Any crime | 29 496 | 0·83 (0·77-0·90) | 0·78 (0·74-0·83)\n"
    "Violent crime | 16 069 | {cell} | 0·74 (0·68-0·79)\n"
)


@pytest.mark.parametrize(
    "caption, cell, values",
    [
        ("Table 3", "0·87 (0·78-0·96)", [0.83, 0.78, 0.87, 0.74]),
        ("Figure 3", "0·87 (0·78-0·96)", []),
    ],
)
def test_a_caption_naming_the_measure_above_columns_of_groups(caption, cell, values):
    rows = extract("Results\n\n" + CAPTION_TABLE.format(caption=caption, cell=cell))
    assert [r["value"] for r in rows] == values


# A list under a caption line that names the measure and prints no value of its own: each
# item a label and a ratio with its interval, read as a table's row.
def test_a_list_under_a_caption_naming_the_measure_is_read_as_rows():
    text = (
        "Beta-blockers after myocardial infarction\n\n"
        "Hazard ratio (95% CI) for the primary end point, beta-blocker vs. no beta-blocker:\n"
        "Age <65 yr: 0.88 (0.62-1.25) | Age >=65 yr: 0.99 (0.79-1.24)\n"
        "Women: 1.03 (0.70-1.51) | Men: 0.93 (0.74-1.17)\n"
        "\nThe rest of the page.\n"
    )
    rows = ratios(extract(text, arms="beta-blocker;no beta-blocker"))
    assert [(r["measure"], r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == [
        ("HR", 0.88, 0.62, 1.25),
        ("HR", 0.99, 0.79, 1.24),
        ("HR", 1.03, 0.70, 1.51),
        ("HR", 0.93, 0.74, 1.17),
    ]
    assert {r["role"] for r in rows} == {"subgroup"}
    assert {r["ci_level"] for r in rows} == {95.0}


def test_a_bulleted_list_of_endpoints_under_a_measure_heading():
    text = (
        "Fenofibrate and eye disease: a plain-language summary\n\n"
        "Other results (hazard ratio, 95% CI)\n"
        "- Any worsening of retinopathy or maculopathy: 0.74 (0.61 to 0.90)\n"
        "- Swelling at the centre of the retina (macular oedema): 0.50 (0.30 to 0.84)\n"
        "- Needing laser, injections or eye surgery: 0.58 (0.31 to 1.06) - not clear\n"
        "\nWere there side effects?\n"
    )
    rows = ratios(extract(text))
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == [
        (0.74, 0.61, 0.90),
        (0.50, 0.30, 0.84),
        (0.58, 0.31, 1.06),
    ]
    # (endpoints, named in phrases: each the comparison of the whole trial)
    assert {r["role"] for r in rows} == {"treatment_effect"}


@pytest.mark.parametrize(
    "text",
    [
        # an interval that does not hold its value is no item
        "Hazard ratio (95% CI) by age:\nAge <65 yr: 0.88 (0.92-1.25)\n",
        # a line that is not all items ends the list before it begins
        "Hazard ratio (95% CI) by age:\nAge <65 yr was 0.88 (0.62-1.25) in all\n",
    ],
)
def test_no_list_without_a_bare_caption_and_whole_items(text):
    rows = ratios(extract(text))
    assert (0.88, 0.62, 1.25) not in [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a whole number naming a category, a time or a unit is no value; the ratio follows
        (
            "The hazard ratio for a diagnosis of type 1 diabetes was 0.41 (95% CI, 0.22 to "
            "0.78) with teplizumab as compared with placebo.",
            [(0.41, 0.22, 0.78)],
        ),
        (
            "In the case series, the adjusted IRR for days 0 to 60 was 1.89 (95% CI, 1.54-2.30).",
            [(1.89, 1.54, 2.30)],
        ),
        (
            "The common odds ratio for improvement of 1 point on the modified Rankin scale was "
            "1.7 (95% CI, 1.05 to 2.8) with thrombectomy.",
            [(1.7, 1.05, 2.8)],
        ),
        # ... or a threshold with its unit of measurement, any quantity per another or a
        # pressure: the category compared, and the ratios follow
        (
            "Adjusted relative risks of HCC, compared with HBV DNA below 300 copies/mL, were "
            "1.1 (0.5-2.3) and 2.3 (1.1-4.9) for the two higher levels, respectively.",
            [(1.1, 0.5, 2.3), (2.3, 1.1, 4.9)],
        ),
        (
            "The hazard ratio for LDL cholesterol above 130 mg/dL was 1.20 (95% CI, 1.02 to 1.41).",
            [(1.20, 1.02, 1.41)],
        ),
        (
            "The odds ratio for systolic pressure of 160 mm Hg or more was 1.35 (95% CI, 1.10 "
            "to 1.66).",
            [(1.35, 1.10, 1.66)],
        ),
        # a description of a ratio is none
        ("Researchers express this as an odds ratio close to 1.", []),
        # ... but a whole number with its interval is a value
        ("The hazard ratio was 2 (95% CI, 1.2 to 3.4) with the drug.", [(2.0, 1.2, 3.4)]),
    ],
)
def test_a_category_time_or_unit_number_after_the_measure_is_no_value(text, expected):
    rows = ratios(extract(text))
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in rows] == expected


def test_a_sentence_pointing_back_to_another_trial_quotes_it():
    text = (
        "Rivaroxaban in the FOURIER-X trial\n\nMethods: In the FOURIER-X trial, 2000 patients "
        "were randomly assigned to rivaroxaban or aspirin.\n\nResults: Stroke was less frequent "
        "with rivaroxaban than with aspirin (hazard ratio, 0.70; 95% CI, 0.55 to 0.90).\n\n"
        "Discussion: The earlier COMPASS-Y trial enrolled 27,000 patients with stable disease. "
        "There, stroke was less frequent with rivaroxaban than with aspirin (hazard ratio, "
        "0.58; 95% CI, 0.44 to 0.76).\n"
    )
    from metasynth import parsing_text

    record, decoded = parsing_text.parse_document("doc", "doc.txt", text.encode())
    assert record["trial_names_cited"] == "COMPASS-Y"  # (what the rule reads)
    rows = ratios(extraction.extract_estimates("doc", decoded, record))
    roles = {r["value"]: (r["role"], r["role_rule"]) for r in rows}
    assert roles[0.70][0] == "treatment_effect"
    assert roles[0.58] == ("other", "role.another_trial_named")


def test_a_list_items_match_closes_at_its_bracket():
    text = "Trial\n\nOther results (hazard ratio, 95% CI)\n- Any worsening: 0.74 (0.61 to 0.90 )\n"
    (row,) = ratios(extract(text))
    assert row["match_text"] == "0.74 (0.61 to 0.90 )"


# An arm's name loses its leading words ("patients treated with dupilumab" is dupilumab),
# unless they deny what follows: "never users of any HC" is not "any HC"
@pytest.mark.parametrize(
    "printed, name",
    [
        ("patients treated with dupilumab", "dupilumab"),
        ("the risk of death with nivolumab", "nivolumab"),
        ("never users of any HC", "never users of any hc"),
        ("persons without diabetes", "persons without diabetes"),
        ("non-users of statins", "non-users of statins"),
        ("those never treated with dupilumab", "those never treated with dupilumab"),
    ],
)
def test_an_arms_name_keeps_leading_words_that_deny_it(printed, name):
    assert extraction._clean_arm(printed) == name


# An endpoint named after a value is the value's only in the value's own clause: not after
# "but", "whereas", "nor", a semicolon or ", and" (the next clause's endpoint is another's),
# and not when the value's own endpoint, one the vocabulary does not name, stands before it
@pytest.mark.parametrize(
    "sentence, outcome",
    [
        (
            "Regorafenib (HR 0.63, 95% CI 0.50-0.79) and cabozantinib (HR 0.76, 95% CI "
            "0.63-0.92) improved overall survival over placebo.",
            "OS",
        ),
        (
            "Most of the gain came from fewer locoregional relapses (HR 0.63; 95% CI "
            "0.42-0.94), whereas distant relapse rates and overall survival were similar.",
            "",
        ),
        (
            "Early intervention did reduce unplanned valve-related hospitalisations (HR 0.37, "
            "95% CI 0.16-0.88) but not mortality.",
            "",
        ),
        (
            "Estimated hazard ratios were: coronary events, 1.29 (1.02-1.63), with 286 cases; "
            "stroke, 1.41 (1.07-1.85).",
            "",
        ),
        (
            "The hazard ratio was 0.63 (95% CI 0.42-0.94), and overall survival did not differ.",
            "",
        ),
        (
            "The hazard ratio was 0.63 (95% CI 0.42-0.94) although overall survival did not "
            "differ.",
            "",
        ),
    ],
)
def test_an_endpoint_after_the_value_in_another_clause_is_not_its(sentence, outcome):
    (row, *_) = ratios(extract(sentence, arms="drug;placebo"))
    assert row["outcome"] == outcome


# A trial report quoting an observational study of others: the sentence introducing it by its
# indefinite article ("A New South Wales population study of ...", "In contrast, a Danish
# registry-based cohort of ...") and up to two sentences after it in its paragraph report that
# study, not the trial; not once the text speaks of its own trial again, after a paragraph
# break, or when the sentence introduces the trial's own cohort ("In this trial, ...")
@pytest.mark.parametrize(
    "paragraph, roles",
    [
        (
            "A New South Wales population study of 34 799 women with gestational diabetes "
            "reached a different conclusion. Compared with expectant management, induction at "
            "38 weeks carried a higher risk of caesarean section (adjusted odds ratio 1.11; 95% "
            "CI, 1.04-1.18). Induction also brought more neonatal morbidity (aOR 1.10; 95% CI, "
            "1.01-1.21).",
            ["other", "other"],
        ),
        (
            "In contrast, a Danish registry-based cohort of 1.2 million births found a lower "
            "risk with early induction (odds ratio 0.80; 95% CI, 0.70-0.91).",
            ["other"],
        ),
        (
            "An earlier case-control study reported more stillbirths with expectant management. "
            "The odds ratio was 1.40 (95% CI, 1.10-1.78).",
            ["other"],
        ),
        (
            "A population study of 34 799 women reached a different conclusion. In this trial, "
            "induction did not change the rate of caesarean section (odds ratio 0.95; 95% CI, "
            "0.80-1.13).",
            ["treatment_effect"],
        ),
        (
            "A population study of 34 799 women reached a different conclusion.\n\nInduction "
            "did not change the rate of caesarean section (odds ratio 0.95; 95% CI, 0.80-1.13).",
            ["treatment_effect"],
        ),
        (
            "A total of 425 women were enrolled in the study. Induction did not change the rate "
            "of caesarean section (odds ratio 0.95; 95% CI, 0.80-1.13).",
            ["treatment_effect"],
        ),
    ],
)
def test_a_trial_report_quoting_an_observational_study(paragraph, roles):
    text = (
        "Induction of labour versus expectant management in gestational diabetes: a randomised "
        "trial\n\nWomen were randomly assigned to induction or expectant management.\n\n"
        + paragraph
        + "\n"
    )
    rows = ratios(
        extraction.extract_estimates(
            "d", text, {"arms": "induction;expectant management", "design": "rct"}
        )
    )
    assert [r["role"] for r in rows] == roles


# A journal's pointer to another trial: its label on the estimate's line before a colon or a
# dash, or a heading of its own over the estimate's paragraph; not an entry naming the
# document's own trial, nor a pointer to a report (a later report may be the trial's own)
@pytest.mark.parametrize(
    "block, role",
    [
        (
            "See also (companion LABA safety trial, published 2016): In VESTRI, the two arms "
            "had similar rates of serious events (hazard ratio, 1.07; 95% CI, 0.70 to 1.65).",
            "other",
        ),
        (
            'Related trial (BMC Med 2014; 341 smokers in Spain): "... the combination was not '
            'associated with higher abstinence (odds ratio 1.24; 95% CI 0.8 to 2.6)."',
            "other",
        ),
        (
            "RELATED TRIAL (REFERENCE BOX)\nREDUCE-AMI enrolled patients with preserved "
            "ejection fraction. Compared with no beta-blocker, long-term treatment did not "
            "lower the risk of death (hazard ratio, 0.96; 95% CI, 0.79 to 1.16).",
            "other",
        ),
        (
            "Related trial (Lancet 2019): in the extension of ABYSS, death was not more "
            "frequent (hazard ratio, 0.98; 95% CI, 0.80 to 1.20).",
            "treatment_effect",
        ),
        (
            "Related report (J Clin Oncol 2013): with 5 years of follow-up, death did not "
            "differ between arms (hazard ratio, 0.95; 95% CI, 0.80 to 1.12).",
            "treatment_effect",
        ),
    ],
)
def test_a_ratio_under_a_pointer_to_another_trial(block, role):
    text = (
        "Interruption of beta-blockers after myocardial infarction (ABYSS)\n\nPatients were "
        "randomly assigned to interruption or continuation. Death was not more frequent with "
        "interruption (hazard ratio, 1.01; 95% CI, 0.80 to 1.27).\n\n" + block + "\n"
    )
    record = {"arms": "interruption;continuation", "design": "rct", "trial_names": "ABYSS"}
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [r["role"] for r in rows] == ["treatment_effect", role]


# A heading over other work ("Related work from the same consortium", "Related reading"):
# an entry naming another trial, a numbered sibling of the page's own among them, gives that
# trial's ratios; an entry on the page's own trial's follow-up gives its own.
@pytest.mark.parametrize(
    "entry, role",
    [
        (
            "  Sustained tocolysis (APOSTEL II): women still pregnant after 48 h were randomised "
            "to maintenance nifedipine or placebo. Prolongation of pregnancy did not differ "
            "(HR 1.0 [0.8 to 1.3]).",
            "other",
        ),
        (
            "  Child outcome at five years (BJOG 2020): abnormal development was found in 30% "
            "after nifedipine and 38% after atosiban (odds ratio 0.74, 95% CI 0.41 to 1.34).",
            "treatment_effect",
        ),
    ],
)
def test_a_ratio_under_a_heading_over_related_work(entry, role):
    text = (
        "Nifedipine versus atosiban for threatened preterm birth (APOSTEL III): a randomised "
        "controlled trial\n\nWomen were randomly assigned to nifedipine or atosiban. Adverse "
        "outcome occurred in 14% and 15% (relative risk 0.91, 95% CI 0.61 to 1.37).\n\n"
        "Related work from the same consortium\n" + entry + "\n"
    )
    record = {"arms": "nifedipine;atosiban", "design": "rct", "trial_names": "APOSTEL III"}
    record["trial_names_cited"] = trials.find_trial_names(text, text.split("\n")[0]).cited
    record["trial_names_cited"] = ";".join(record["trial_names_cited"])
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [r["role"] for r in rows] == ["treatment_effect", role]


# A drug is known as an arm by its name's stem, across medicine: antidepressants,
# PDE5 inhibitors, antiarrhythmics, dopamine precursors, antipsychotics, antiepileptics,
# xanthine oxidase inhibitors, cephalosporins (the later clause of a sentence whose first
# estimate names no arms: "whereas clomipramine was worse than placebo (1.30, ...").
@pytest.mark.parametrize(
    "drug",
    [
        "clomipramine",
        "sildenafil",
        "amiodarone",
        "levodopa",
        "quetiapine",
        "levetiracetam",
        "allopurinol",
        "ceftriaxone",
    ],
)
def test_an_arm_is_known_by_its_drugs_stem(drug):
    text = (
        "Only celecoxib (OR 0.84, 95% CI 0.72-0.97) was associated with fewer events than "
        f"placebo, whereas {drug} was worse than placebo (1.30, 1.01-1.68)."
    )
    rows = [r for r in extract(text) if r["value"] == 1.3]
    assert stated_pairs(rows) == [(drug, "placebo")]


# A comparator leading the sentence and its numerators listed, each with its estimate: each
# listed treatment is the numerator of its own estimate against that comparator; an
# endpoint listed so keeps the clause's arms.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Compared with haloperidol, the risk of discontinuation was lower for amisulpride "
            "(hazard ratio 0·37, 95% CI 0·24–0·57), olanzapine (0·28, 0·18–0·43) and quetiapine "
            "(0·52, 0·35–0·76).",
            [
                ("amisulpride", "haloperidol"),
                ("olanzapine", "haloperidol"),
                ("quetiapine", "haloperidol"),
            ],
        ),
        (
            "Compared with placebo, the risk of relapse was lower with lamotrigine (hazard ratio "
            "0.62, 95% CI 0.45-0.85) and levetiracetam (0.71, 0.52-0.97).",
            [("lamotrigine", "placebo"), ("levetiracetam", "placebo")],
        ),
        (
            "Compared with placebo, the risk of relapse was lower with lamotrigine (hazard ratio "
            "0.62, 95% CI 0.45-0.85) and mortality (0.71, 0.52-0.97).",
            [("lamotrigine", "placebo"), ("lamotrigine", "placebo")],
        ),
        (
            "Compared with placebo, lamotrigine lowered the risk of relapse (hazard ratio 0.62, "
            "95% CI 0.45-0.85) and of death (0.71, 0.52-0.97).",
            [("lamotrigine", "placebo"), ("lamotrigine", "placebo")],
        ),
    ],
)
def test_numerators_listed_after_a_leading_comparator(text, expected):
    assert stated_pairs(ratios(extract(text))) == expected


# Tables as journals' web pages and PDF copies flatten them (restated from the shapes of
# PMC's table pages and of PLOS and BMJ Open tables): the p-value in the ratio's cell, a
# header wrapped over lines (each closed by a bar), a row of group names under a spanning
# measure header, a markdown rule under the header, the measure heading two groups of a
# ratio and its interval in columns of their own, and rows closed by a bar. Every ratio of
# the table's measure columns is a row; counts, percentages and summary statistics
# ("median (IQR)", whose cells have a ratio's shape) never are.
@pytest.mark.parametrize(
    "table, expected",
    [
        # the p-value printed in the ratio's cell
        (
            "Outcome | Drug A n (%) | Placebo n (%) | RR (95% CI)\n"
            "Death from any cause | 120 (10.2) | 150 (12.8) | 0.80 (0.64-1.00) P = 0.05\n"
            "Myocardial infarction | 20 (1.7) | 31 (2.6) | 0.64 (0.37-1.12); p=0.12\n"
            "Stroke | 14 (1.2) | 24 (2.0) | 0.58 (0.30-1.12), P<.001\n",
            [(0.80, 0.64, 1.00), (0.64, 0.37, 1.12), (0.58, 0.30, 1.12)],
        ),
        # a header wrapped over three lines: its cells, joined, line up with the rows'
        (
            "Columns: outcome | drug A n (%) (n = 2 797) | placebo n (%) (n = 2 803) |\n"
            "adjusted 1 RR (95% CI) | adjusted 2 RR (95% CI) |\n"
            "P value\n"
            "\n"
            "Primary outcome\n"
            "Death from any cause | 284 (10.2) | 358 (12.8) | 0.79 (0.69-0.91) | 0.80 (0.70-0.92) | 0.001\n"
            "Stroke | 48 (1.7) | 51 (1.8) | NA | 0.94 (0.63-1.40) | 0.77\n",
            [(0.79, 0.69, 0.91), (0.80, 0.70, 0.92), (0.94, 0.63, 1.40)],
        ),
        # a spanning header naming the measure over a row of group names: each row gives as
        # many ratios as the header names columns of the measure
        (
            "Relative risk (95% CI) | Relative risk (95% CI) | |||||\n"
            "Women | Men | P value | Younger | Older | P value | |\n"
            "Model 1 | 1 [Reference] | 0.93 (0.80–1.07) | .28 | 1 [Reference] | 1.00 (0.86–1.16) | .95 |\n"
            "Model 2 | 1 [Reference] | 0.91 (0.79–1.05) | .19 | 1 [Reference] | 0.99 (0.85–1.14) | .86 |\n",
            [(0.93, 0.80, 1.07), (1.00, 0.86, 1.16), (0.91, 0.79, 1.05), (0.99, 0.85, 1.14)],
        ),
        # group names above, a markdown rule, then the measure over two groups of a ratio and
        # its interval in columns of their own; a row whose first cell a row span left empty
        (
            "Unadjusted |\n"
            "Fully adjusted |\n"
            "||||||||\n"
            "---|---|---|---|---|---|---|---|\n"
            "Cause of death | Group | Hazard ratio | 95% CI | p | Hazard ratio | 95% CI | p |\n"
            "All causes | Drug A | 1.29 | 1.20 to 1.38 | <.001 | 1.13 | 1.04 to 1.23 | 0.006 |\n"
            "Drug B | 1.27 | 1.20 to 1.35 | <.001 | 1.19 | 1.11 to 1.28 | <.001 | |\n"
            "Stroke | Drug A | 1.08 | 0.84 to 1.38 | 0.551 | 1.00 | 0.74 to 1.34 | 0.978 |\n",
            [
                (1.29, 1.20, 1.38),
                (1.13, 1.04, 1.23),
                (1.27, 1.20, 1.35),
                (1.19, 1.11, 1.28),
                (1.08, 0.84, 1.38),
                (1.00, 0.74, 1.34),
            ],
        ),
        # a row of summary statistics whose cells have the shape of a ratio gives none, nor
        # does a row whose ratios are fewer than the header's measure columns when the cells
        # do not line up
        (
            "Odds ratio (95% CI) | Odds ratio (95% CI) | ||\n"
            "Variables | Drug A | Placebo | Moderate | Severe |\n"
            "Age, median (IQR) | 61 (52-70) | 60 (51-69) | 1.01 (0.99-1.03) | 1.02 (1.00-1.04) |\n"
            "Male sex | 1.4 (1.1-1.9) | 0.015 | 2.2 (1.3-3.7) | 0.004 |\n"
            "Diabetes | 0.9 (0.6-1.4) |\n",
            [(1.4, 1.1, 1.9), (2.2, 1.3, 3.7)],
        ),
        # a table of counts under a header naming no measure in its cells gives nothing
        (
            "Outcome | Drug A n (%) | Placebo n (%) | P value |\n"
            "Death from any cause | 120 (10.2-12.1) | 150 (12.8-14.0) | 0.05 |\n",
            [],
        ),
    ],
)
def test_tables_as_web_pages_flatten_them(table, expected):
    text = (
        "Patients were randomly assigned to drug A or placebo.\n\n"
        "Table 2. Outcomes of the randomised patients\n" + table + "\n"
        "Data are from the intention-to-treat population.\n"
    )
    found = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug A;placebo", "design": "rct"})
    )
    assert [(r["value"], r["ci_lower"], r["ci_upper"]) for r in found] == expected, [
        (r["match_text"], r["role_rule"]) for r in found
    ]
    for r in found:
        assert text[int(r["match_start"]) : int(r["match_end"])] == r["match_text"]


# A column whose header names two measures ("odds ratio, cross-sectional; relative risk,
# prospective") does not say which a row gives: no row of it is read as either.
def test_a_table_column_of_two_measures_gives_no_rows():
    text = (
        "Table 19: Cataract surgery and the risk of maculopathy in published studies.\n"
        "Study | Cases | Type | Estimate (odds ratio, cross-sectional; relative risk, "
        "prospective) | 95% confidence interval\n"
        "Cross-sectional studies\n"
        "Eye Survey A | 2520 | Late | 1.7 | 1.1-2.6\n"
        "Prospective studies\n"
        "Eye Study B | 3684 | Late | 2.80 | 1.03-7.63\n"
    )
    found = ratios(extraction.extract_estimates("d", text, {"design": "review"}))
    assert [(r["measure"], r["value"]) for r in found] == [], [r["match_text"] for r in found]


# A caption stating the comparison with its comparator marked as the reference, or closed
# by a full stop, orients the table's ratios: "Adjusted risk ratios, WHO-2013 vs. SWE-GDM
# (reference)." (PLOS's wording), "Hazard ratios, drug A versus placebo."
@pytest.mark.parametrize(
    "caption, comparison",
    [
        (
            "Table 2. Adjusted risk ratios, new criteria vs. old criteria (reference).",
            "new criteria vs old criteria",
        ),
        ("Table 2. Hazard ratios, drug A versus placebo.", "drug A vs placebo"),
        (
            "Table 2. Odds ratios, early surgery vs. delayed surgery [ref]",
            "early surgery vs delayed surgery",
        ),
    ],
)
def test_a_caption_naming_its_reference_orients_the_table(caption, comparison):
    text = (
        "Units were randomised to the date of the change.\n\n" + caption + "\n"
        "Outcome | Old n (%) | New n (%) | RR (95% CI)\n"
        "Death from any cause | 288 (1.3) | 365 (1.5) | 1.14 (0.99-1.31)\n"
    )
    found = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [(r["comparison"].lower(), r["orientation_rule"]) for r in found] == [
        (comparison.lower(), "orientation.table_caption")
    ]


# An estimate pooled over trials or cohorts is never a trial's own comparison: "pooled risk
# ratio", "pooled HR:", "Pooling six randomized trials", "In the combined analysis" (the
# way news items and discussions quote it); arms pooled within one trial are not so.
@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "In the combined analysis, drug A reduced the risk of tuberculosis by about 60% "
            "(pooled risk ratio 0.40; 95% CI 0.20 to 0.80).",
            "other",
        ),
        (
            "Pooling six randomized trials (3891 patients), oral care showed no association "
            "with pneumonia (RR 0.89, 95% CI 0.64-1.25).",
            "other",
        ),
        (
            "Those in the highest category had a lower risk of death (pooled HR: 0.81; 95% CI: "
            "0.78-0.84).",
            "other",
        ),
        (
            "Death occurred less often in the pooled drug A groups than in the placebo group "
            "(hazard ratio 0.81; 95% CI 0.70-0.94).",
            "treatment_effect",
        ),
    ],
)
def test_a_pooled_estimate_is_quoted_from_elsewhere(sentence, role):
    text = (
        "Patients were randomly assigned to drug A or placebo.\n\n"
        "Death occurred in 10% and 14% (hazard ratio 0.70; 95% CI 0.60-0.82). " + sentence
    )
    found = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug A;placebo", "design": "rct"})
    )
    assert [r["role"] for r in found][1:] == [role], [(r["role"], r["role_rule"]) for r in found]


# A later bare value of the measure named before it is read although its group's label or
# time point holds a number (an age or score bound, a day, an arm's duration): those numbers
# are no quantity of the value's own. A value after a quantity's own word (a mean
# difference) is still not read as the ratio.
@pytest.mark.parametrize(
    "sentence, values",
    [
        (
            "The hazard ratio was 1.12 (95% CI, 0.90 to 1.40) among patients with higher "
            "illness severity (APACHE II score >=25) and 0.89 (95% CI, 0.80 to 0.99) among "
            "those with lower illness severity.",
            [1.12, 0.89],
        ),
        (
            "In patients who had previously received bortezomib the hazard ratio was 0.70 "
            "(95% CI, 0.54 to 0.92), and in those 65 years of age or older, 0.75 (95% CI, "
            "0.56 to 1.00).",
            [0.70, 0.75],
        ),
        (
            "The odds ratio with drug A, as compared with placebo, was 0.60 (95% CI, 0.36 to "
            "1.00) at day 14 and 0.54 (95% CI, 0.27 to 1.06) at day 28.",
            [0.60, 0.54],
        ),
        (
            "The hazard ratio relative to placebo was 0.59 (95% CI 0.38-0.93; p=0.02) for 40 "
            "weeks of drug A and 0.47 (0.27-0.76; p=0.002) for 96 weeks.",
            [0.59, 0.47],
        ),
        (
            "The hazard ratio was 0.70 (95% CI 0.54-0.92); the mean difference in score at "
            "week 12 was 0.45 (95% CI 0.20 to 0.70).",
            [0.70],
        ),
    ],
)
def test_a_later_bare_value_after_a_group_label_with_a_number(sentence, values):
    text = "Patients were randomly assigned to drug A or placebo.\n\n" + sentence + "\n"
    found = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug A;placebo", "design": "rct"})
    )
    assert [r["value"] for r in found] == values, [r["match_text"] for r in found]


# A table whose footnote names the measure after a mark ("* Rate ratio. + Risk ratio."):
# each cell giving a ratio and its interval closed by that mark is a row of that measure
# (NEJM, Lancet and PMC tables print measures so). A mark the footnote gives something else
# ("‡ P value for interaction") makes no row, and a cell read under a header naming the
# measure is not read twice.
@pytest.mark.parametrize(
    "table, expected",
    [
        (
            "Outcome | Drug A (n=241) | Placebo (n=239) | Ratio (95% CI)\n"
            "Units transfused to 30 days, mean (SD) | 0·79 (1·6) | 0·89 (1·7) | 0·89 (0·60 to 1·32)*\n"
            "Death from any cause, 30 days | 2/241 (1%) | 2/239 (1%) | 1·01 (0·14 to 7·10)+\n"
            "Death from any cause, 6 months | 10/236 (4%) | 12/238 (5%) | 1·19 (0·52 to 2·70)+\n"
            "* Rate ratio. + Risk ratio.\n",
            [("RR", 0.89), ("RR", 1.01), ("RR", 1.19)],
        ),
        (
            "Outcome | Drug A | Placebo | Estimate (95% CI)\n"
            "Stroke | 20 (2%) | 31 (3%) | 0.64 (0.37 to 1.12)†\n"
            "Death | 40 (4%) | 52 (5%) | 0.77 (0.52 to 1.14)‡\n"
            "† Hazard ratio.\n"
            "‡ P value for interaction.\n",
            [("HR", 0.64)],
        ),
        (
            "Outcome | Drug A | Placebo | Hazard ratio (95% CI)\n"
            "Stroke | 20 (2%) | 31 (3%) | 0.64 (0.37 to 1.12)*\n"
            "* Hazard ratio from a Cox model stratified by centre.\n",
            [("HR", 0.64)],
        ),
    ],
)
def test_a_table_footnote_names_the_measure_of_its_marked_cells(table, expected):
    text = (
        "Patients were randomly assigned to drug A or placebo.\n\n"
        "Table 2. Secondary outcomes\n" + table + "\nThe trial is registered.\n"
    )
    found = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug A;placebo", "design": "rct"})
    )
    assert [(r["measure"], r["value"]) for r in found] == expected, [
        (r["match_text"], r["role_rule"]) for r in found
    ]
    for r in found:
        assert text[int(r["match_start"]) : int(r["match_end"])] == r["match_text"]


# Values without intervals side by side under one measure name are read in lists of any
# length, not only pairs: "HRs 0.77, 0.49 and 0.36", "the corresponding hazard ratios were
# 0.99, 0.78 and 0.56", "0.64 (P<0.001) and 0.75 (P=0.04)", and a list whose items each name
# their group and its p-value ("1.27 with weekly paclitaxel (P=0.006), 1.23 with docetaxel
# every 3 weeks (P=0.02) and 1.09 with weekly docetaxel"), each item's group then its
# numerator against a leading comparator. A number of another quantity ends the list.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The intervention was most effective in the oldest participants (HRs 0.77, 0.49 "
            "and 0.36 by increasing tertile of age).",
            [(0.77, ""), (0.49, ""), (0.36, "")],
        ),
        (
            "For bloodstream infection, the corresponding hazard ratios were 0.99, 0.78 and "
            "0.56 (P<0.001 for the test of all groups being equal).",
            [(0.99, ""), (0.78, ""), (0.56, "")],
        ),
        (
            "Hazard ratios for recurrence were 0.64 (P<0.001) and 0.75 (P=0.04).",
            [(0.64, "P<0.001"), (0.75, "P=0.04")],
        ),
        (
            "Compared with the standard arm, the odds ratio for disease-free survival was 1.27 "
            "with weekly paclitaxel (P=0.006), 1.23 with docetaxel every 3 weeks (P=0.02) and "
            "1.09 with weekly docetaxel (P=0.29).",
            [(1.27, "P=0.006"), (1.23, "P=0.02"), (1.09, "P=0.29")],
        ),
        (
            "The hazard ratios were 0.77 and 0.49, and the median survival was 12.5 months.",
            [(0.77, ""), (0.49, "")],
        ),
    ],
)
def test_a_list_of_values_without_intervals(sentence, expected):
    text = "Patients were randomly assigned to drug A or placebo.\n\n" + sentence + "\n"
    found = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug A;placebo", "design": "rct"})
    )
    assert [(r["value"], r["p_text"]) for r in found] == expected, [r["match_text"] for r in found]


def test_each_listed_group_is_the_numerator_against_the_leading_comparator():
    text = (
        "Patients were randomly assigned to weekly paclitaxel, docetaxel every 3 weeks, "
        "weekly docetaxel or the standard arm.\n\n"
        "Compared with the standard arm, the odds ratio for disease-free survival was 1.27 "
        "with weekly paclitaxel (P=0.006), 1.23 with docetaxel every 3 weeks (P=0.02) and "
        "1.09 with weekly docetaxel (P=0.29).\n"
    )
    found = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [(r["orientation"], r["numerator_arm"], r["denominator_arm"]) for r in found] == [
        ("stated", "weekly paclitaxel", "standard"),
        ("stated", "docetaxel every 3 weeks", "standard"),
        ("stated", "weekly docetaxel", "standard"),
    ], [r["orientation_rule"] for r in found]


# A p-value of another test printed beside a ratio is not the ratio's.
@pytest.mark.parametrize(
    "sentence, p_text",
    [
        ("The hazard ratio was 0.56 (P<0.001 for the test of all groups being equal).", ""),
        ("The hazard ratio was 0.56 (P=0.10 for the comparison between subgroups).", ""),
        ("The hazard ratio was 0.56 (P=0.03 for trend).", ""),
        ("The hazard ratio was 0.56 (P=0.03).", "P=0.03"),
        (
            "The hazard ratio was 0.56 (95% CI 0.40 to 0.78; P=0.001 for noninferiority).",
            "P=0.001 for noninferiority",
        ),
    ],
)
def test_a_p_value_of_another_test_is_not_the_ratios(sentence, p_text):
    text = "Patients were randomly assigned to drug A or placebo.\n\n" + sentence + "\n"
    found = ratios(
        extraction.extract_estimates("d", text, {"arms": "drug A;placebo", "design": "rct"})
    )
    assert [r["p_text"] for r in found] == [p_text]


# A multi-arm trial's report lists the arms each compared with one comparator before their
# values ("The hazard ratios for death with drug A and with drug B, as compared with placebo,
# were 0.80 (...) and 0.70 (...)", as the NEJM words it): each value is its arm's in turn,
# not the last arm's. A listing of another count than the values, or of populations, is
# left as it was.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The hazard ratios for death with drug A and with drug B, as compared with placebo, "
            "were 0.80 (95% CI, 0.70 to 0.92) and 0.70 (95% CI, 0.60 to 0.82), respectively.",
            [("drug a", "placebo"), ("drug b", "placebo")],
        ),
        (
            "Hazard ratios for recurrence with drug A and with drug B, as compared with "
            "placebo, were 0.64 (P<0.001) and 0.75 (P=0.04).",
            [("drug a", "placebo"), ("drug b", "placebo")],
        ),
        (
            "The hazard ratios for death with drug A, with drug B and with drug C, as compared "
            "with placebo, were 0.80 (95% CI, 0.70 to 0.92), 0.70 (95% CI, 0.60 to 0.82) and "
            "0.90 (95% CI, 0.78 to 1.04), respectively.",
            [("drug a", "placebo"), ("drug b", "placebo"), ("drug c", "placebo")],
        ),
    ],
)
def test_arms_listed_before_their_values_are_each_values_own(sentence, expected):
    text = (
        "Patients were randomly assigned to drug A, drug B, drug C or placebo.\n\n"
        + sentence
        + "\n"
    )
    found = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert [(r["numerator_arm"], r["denominator_arm"]) for r in found] == expected, [
        r["orientation_rule"] for r in found
    ]
    assert {r["orientation_rule"] for r in found} == {"orientation.arms_listed_in_turn"}


def test_a_listing_of_another_count_leaves_the_clauses_comparison():
    text = (
        "Patients were randomly assigned to drug A, drug B or placebo.\n\n"
        "The hazard ratios for death with drug A and with drug B, as compared with placebo, "
        "were 0.80 (95% CI, 0.70 to 0.92), 0.70 (95% CI, 0.60 to 0.82) and 0.90 (95% CI, "
        "0.78 to 1.04) at one, two and three years.\n"
    )
    found = ratios(extraction.extract_estimates("d", text, {"design": "rct"}))
    assert "orientation.arms_listed_in_turn" not in {r["orientation_rule"] for r in found}


# orientation.arms_of_other_results: a value whose sentence names no arms, in a document whose
# design names none, takes the one comparison the document's other results state
_OTHER_RESULTS_PAGES = [
    # cardiology: both groups counted in the first result, the second bare
    (
        "Results: A first stroke occurred in 212 patients in the apixaban group and in 250 "
        "patients in the aspirin group (hazard ratio, 0.84; 95% CI, 0.70 to 1.01). The hazard "
        "ratio for death from any cause was 0.93 (95% CI, 0.79 to 1.09).",
        ["apixaban vs aspirin", "apixaban vs aspirin"],
    ),
    # child health: a comparative clause, then a bulleted list of secondary outcomes
    (
        "Fewer children given zinc than children given placebo were admitted to hospital (rate "
        "ratio 0.71, 95% CI 0.55-0.92).\n\nSecondary outcomes\n- Pneumonia: rate ratio 0.88 "
        "(95% CI 0.70-1.11)\n- Death: rate ratio 0.95 (95% CI 0.61-1.48)",
        ["zinc vs placebo", "zinc vs placebo", "zinc vs placebo"],
    ),
    # health services: a leading comparator, then a sentence on mortality alone
    (
        "Compared with usual care, the home-visit group had fewer readmissions (hazard ratio "
        "0.78, 95% CI 0.64 to 0.95). Mortality did not differ (hazard ratio 1.02, 95% CI 0.80 "
        "to 1.30).",
        ["home-visit vs usual care", "home-visit vs usual care"],
    ),
    # neonatology: each arm's people by what they received, then a later endpoint
    (
        "Sepsis developed in 31 of 400 neonates (7.8%) who received chlorhexidine and 48 of 398 "
        "(12.1%) who received dry cord care (relative risk, 0.64; 95% CI, 0.42 to 0.98). For "
        "omphalitis, the relative risk was 0.55 (95% CI, 0.33 to 0.91).",
        ["chlorhexidine vs dry cord care", "chlorhexidine vs dry cord care"],
    ),
]


@pytest.mark.parametrize("text, comparisons", _OTHER_RESULTS_PAGES)
def test_a_bare_value_takes_the_comparison_of_the_documents_other_results(text, comparisons):
    rows = ratios(extract(text))
    assert [r["comparison"] for r in rows] == comparisons
    later = rows[1:]
    assert {(r["orientation"], r["orientation_rule"]) for r in later} == {
        ("conventional", "orientation.arms_of_other_results")
    }


@pytest.mark.parametrize(
    "text, arms, design",
    [
        # two comparisons in the results (a trial of three arms the design did not name)
        (
            "Death occurred less often with drug A than with placebo (hazard ratio 0.80, 95% CI "
            "0.66-0.97) and less often with drug B than with placebo (hazard ratio 0.85, 95% CI "
            "0.70-1.03). The hazard ratio for stroke was 0.90 (95% CI 0.70-1.16).",
            "",
            "rct",
        ),
        # the only comparison read puts the control first: the page's own orientation is
        # not known for its other values
        (
            "The hazard ratio for placebo versus aspirin was 1.25 (95% CI 1.05-1.49). The hazard "
            "ratio for death was 1.10 (95% CI 0.90-1.34).",
            "",
            "rct",
        ),
        # a trial of three arms
        (_OTHER_RESULTS_PAGES[0][0], "apixaban;aspirin;warfarin", "rct"),
        # a sentence naming a comparison its rules did not read
        (
            "Relative to fluticasone furoate-vilanterol, the rate ratio with triple therapy was "
            "0.85 (95% CI, 0.80 to 0.90). Relative to umeclidinium-vilanterol the rate ratio "
            "for pneumonia was 1.10 (95% CI, 0.90 to 1.35).",
            "",
            "rct",
        ),
    ],
)
def test_a_bare_value_keeps_unknown_when_the_other_results_do_not_agree(text, arms, design):
    rows = ratios(extract(text, arms=arms, design=design))
    assert rows[-1]["orientation"] == "unknown"
    assert rows[-1]["orientation_rule"] == "orientation.no_arms_known"


def test_a_bare_value_of_a_cohort_takes_no_comparison_of_other_results():
    rows = ratios(extract(_OTHER_RESULTS_PAGES[0][0], design="observational"))
    assert all(r["orientation_rule"] != "orientation.arms_of_other_results" for r in rows)


@pytest.mark.parametrize(
    "sentence, comparison",
    [
        (
            "Severe disease developed in 13 of 80 patients (16%) who received convalescent "
            "plasma and 25 of 80 patients (31%) who received placebo (relative risk, 0.52; 95% "
            "CI, 0.29 to 0.94).",
            "convalescent plasma vs placebo",
        ),
        # the control named first is set second (trial reports' convention)
        (
            "Death occurred in 20 of 300 patients who received placebo and 12 of 301 who "
            "received tranexamic acid (relative risk, 0.60; 95% CI, 0.30 to 1.20).",
            "tranexamic acid vs placebo",
        ),
        (
            "Pain persisted in 40% of women who underwent hysterectomy and 52% of women who "
            "underwent endometrial ablation (odds ratio 0.62, 95% CI 0.41-0.93).",
            "hysterectomy vs endometrial ablation",
        ),
        # one such phrase alone names a population, not an arm
        (
            "Among patients who received at least one dose, 20 who received drug A died "
            "(hazard ratio 0.80, 95% CI 0.60-1.10).",
            "",
        ),
    ],
)
def test_each_arms_people_by_what_they_received(sentence, comparison):
    assert only_ratio(sentence)["comparison"] == comparison


def test_who_took_part_is_no_arm():
    row = only_ratio(
        "Of the people who took part, those who took aspirin had fewer strokes (hazard ratio "
        "0.80, 95% CI 0.60-1.10)."
    )
    assert "part" not in row["comparison"].split()


# a later estimate of a sentence whose own clause names its endpoint, one the vocabulary does
# not know, as the subject that occurred or did not differ: its outcome is left empty, not
# taken from the earlier estimate's endpoint
@pytest.mark.parametrize(
    "text",
    [
        "Renal-replacement therapy was used in 87 patients (22%) given HES and 65 (16%) given "
        "saline (relative risk, 1.35; 95% CI, 1.01 to 1.80), and severe bleeding occurred in 38 "
        "(10%) and 25 (6%), respectively (relative risk, 1.52; 95% CI, 0.94 to 2.48).",
        "Mortality was lower with dexamethasone (risk ratio 0.83, 95% CI 0.75-0.93), but "
        "infections occurred more frequently with glucocorticoids (risk ratio 1.25, 95% CI "
        "1.05-1.49).",
        "Stroke was reduced (hazard ratio 0.80, 95% CI 0.68-0.94), and incident heart failure "
        "did not differ (hazard ratio 0.97, 95% CI 0.80-1.18).",
        "Stroke was reduced (hazard ratio 0.80, 95% CI 0.68-0.94), whereas wound dehiscence was "
        "more common with the new suture (hazard ratio 1.30, 95% CI 1.02-1.66).",
    ],
)
def test_a_later_clause_naming_its_own_endpoint_takes_no_earlier_one(text):
    first, second = ratios(extract(text))
    assert first["outcome"]
    assert (second["outcome"], second["outcome_rule"]) == (
        "",
        "outcome.named_outside_the_vocabulary",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a population and a pronoun: the earlier endpoint still
        "Stroke was reduced (hazard ratio 0.80, 95% CI 0.68-0.94); in the Tanzania trial the "
        "percentages were 3.0% and 2.7% (hazard ratio 0.90, 95% CI 0.70-1.16).",
        "Stroke was reduced in women (hazard ratio 0.80, 95% CI 0.68-0.94), while it was not "
        "reduced in men (hazard ratio 0.97, 95% CI 0.80-1.18).",
    ],
)
def test_a_later_clause_of_a_population_keeps_the_earlier_endpoint(text):
    first, second = ratios(extract(text))
    assert first["outcome"] == second["outcome"] == "STROKE"


@pytest.mark.parametrize(
    "text",
    [
        # a sentence opened by its own endpoint, a stage among its words
        "AKI occurred in 474 patients (26.9%) in the amino acid group and in 555 (31.7%) in the "
        "placebo group (relative risk, 0.85; 95% CI, 0.77 to 0.94). Stage 3 AKI occurred in 1.6% "
        "and 3.0% of patients, respectively (relative risk, 0.56; 95% CI, 0.35 to 0.87).",
        # a later clause naming its own endpoint, the arms' figures first in its bracket
        "AKI occurred in 43.1% versus 50.3% (relative risk 0.86; 95% CI 0.74-0.99), and severe "
        "AKI was less common with amino acids than with placebo (2.7% vs 5.6%; relative risk "
        "0.48; 95% CI 0.25-0.90).",
    ],
)
def test_a_later_estimate_naming_its_own_endpoint_takes_no_earlier_one(text):
    first, second = ratios(extract(text, arms="amino acids;placebo"))
    assert first["outcome"] == "AKI"
    assert (second["outcome"], second["outcome_rule"]) == (
        "",
        "outcome.named_outside_the_vocabulary",
    )


def test_a_second_header_in_a_table_starts_its_own_table_with_its_own_level():
    # (UKPDS 33's table: aggregate endpoints with 95% intervals, single endpoints with 99%)
    text = (
        "Table 3: Relative risks, intensive vs conventional policy\n"
        "Aggregate endpoints | Relative risk (95% CI) | p\n"
        "Any diabetes-related endpoint | 0·88 (0·79–0·99) | 0·029\n"
        "All-cause mortality | 0·94 (0·80–1·10) | 0·44\n"
        "Single endpoints | Relative risk (99% CI) | p\n"
        "Myocardial infarction | 0·84 (0·68–1·04) | 0·052\n"
        "Microvascular | 0·75 (0·56–0·99) | 0·0099\n"
    )
    rows = ratios(extract(text, arms="intensive policy;conventional policy"))
    assert [(r["value"], r["ci_level"]) for r in rows] == [
        (0.88, 95.0),
        (0.94, 95.0),
        (0.84, 99.0),
        (0.75, 99.0),
    ]
    # the second table's caption is no row of the first: its unnamed endpoint stays unknown
    assert rows[3]["outcome"] == ""


# Smokers named by their habit are a population ("Among current smokers, ..."), and an arm the
# text names by two capitals it defines ("mercaptopurine (MP)") is an arm named: the
# treatment's association among them, after its main comparison, is a subgroup's.
@pytest.mark.parametrize(
    "sentence, roles",
    [
        (
            "Among current smokers, MP was associated with less recurrence (hazard ratio 0.13, "
            "95% CI 0.04 to 0.46) whereas non-smokers showed no clear effect (hazard ratio 0.80, "
            "95% CI 0.34 to 1.92).",
            ["subgroup", "subgroup"],
        ),
        (
            "In never-smokers, MP reduced recurrence (hazard ratio 0.13, 95% CI 0.04 to 0.46).",
            ["subgroup"],
        ),
        (
            "Among heavy smokers, MP reduced recurrence (hazard ratio 0.13, 95% CI 0.04 to 0.46).",
            ["subgroup"],
        ),
        # (smoking as a covariate, no arm named: prognostic)
        (
            "Current smoking was associated with recurrence (hazard ratio 2.10, 95% CI 1.20 to "
            "3.60).",
            ["biomarker_or_prognostic"],
        ),
    ],
)
def test_smokers_by_habit_are_a_population_and_a_defined_two_letter_arm_an_arm(sentence, roles):
    text = (
        "Patients were randomised to mercaptopurine (MP) or placebo. Compared with placebo, the "
        "adjusted hazard ratio for MP was 0.54 (95% confidence interval 0.27 to 1.06; p = "
        "0.07). " + sentence
    )
    rows = ratios(extraction.extract_estimates("d", text, {"arms": "mp;placebo", "design": "rct"}))
    assert rows[0]["role"] == "treatment_effect"
    assert [r["role"] for r in rows[1:]] == roles


# Every ratio of a quotation a meta-analysis or review is said to print is that evidence's,
# whatever population a sentence of it names; a quotation of the trial's own report is not.
@pytest.mark.parametrize(
    "lead, role",
    [
        ("Am J Perinatol (meta-analysis of four randomised trials, 3059 women): ", "other"),
        ("A systematic review of six trials concluded: ", "other"),
        ("The trial's own report (N Engl J Med 2016) says: ", "subgroup"),
    ],
)
def test_ratios_inside_a_quotation_of_a_meta_analysis_are_quoted(lead, role):
    text = (
        "Women undergoing cesarean delivery were randomly assigned to chlorhexidine-alcohol "
        "or iodine-alcohol. Infection was lower with chlorhexidine-alcohol (relative risk, "
        "0.55; 95% CI, 0.34 to 0.90).\n\nBox: Later synthesis\n"
        + lead
        + '"The risk of surgical site infection was significantly reduced with '
        "chlorhexidine-alcohol (RR: 0.72; 95% CI: 0.52-0.98). ... Subgroup analysis of "
        "superficial infection only showed no statistically significant difference (RR: 0.76, "
        '95% CI: 0.54-1.08)."\n'
    )
    record = {"arms": "chlorhexidine-alcohol;iodine-alcohol", "design": "rct"}
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert rows[0]["role"] == "treatment_effect"
    assert rows[2]["role"] == role


# An earlier trial introduced by its indefinite article and its kind ("A feasibility trial
# in 39 nursing homes ... had already pointed the same way"), or a trial of another phase
# than the document's, is another study: its ratios, and those of the sentences that stay on
# it, are quoted; a structured abstract's next section reports the trial again.
@pytest.mark.parametrize(
    "title, phase, paragraph, roles",
    [
        (
            "Does a high-dose flu shot keep nursing home residents out of hospital?",
            "",
            "A feasibility trial in 39 nursing homes during 2012-2013 had already pointed the "
            "same way: residents were less often hospitalised (adjusted relative risk 0.680; 95% "
            "CI: 0.537, 0.862). Mortality was 18.3% vs 17.1% (adjusted relative risk 0.834; 95% "
            "CI: 0.678, 1.027).",
            ["other", "other"],
        ),
        (
            "Financial incentives for smoking cessation in pregnancy: phase 3 trial",
            "3",
            "In the single-centre phase II trial in Glasgow (BMJ 2015; 612 women), 22.5% of "
            "women offered incentives quit (relative risk 2.63, 95% CI 1.73 to 4.01).",
            ["other"],
        ),
        # (the page's own pilot trial, or a trial of its own phase, is its own)
        (
            "Incentives in pregnancy: a pilot randomised trial",
            "",
            "A pilot trial in 39 clinics randomised 612 women; 22.5% of women offered "
            "incentives quit (relative risk 2.63, 95% CI 1.73 to 4.01).",
            ["treatment_effect"],
        ),
        (
            "Financial incentives for smoking cessation in pregnancy: phase 3 trial",
            "3",
            "In the multicentre phase III trial, 22.5% of women offered incentives quit "
            "(relative risk 2.63, 95% CI 1.73 to 4.01).",
            ["treatment_effect"],
        ),
    ],
)
def test_an_earlier_pilot_or_other_phase_trial_introduced_is_quoted(title, phase, paragraph, roles):
    text = (
        title + "\n\nWomen were randomly assigned to incentives or usual care. Quitting was more "
        "common with incentives (odds ratio 2.78, 95% CI 1.94 to 3.97).\n\n" + paragraph + "\n"
    )
    record = {"arms": "incentives;usual care", "design": "rct", "title": title, "phase": phase}
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert rows[0]["role"] == "treatment_effect"
    assert [r["role"] for r in rows[1:]] == roles


def test_a_structured_abstracts_next_section_is_no_longer_the_earlier_trials():
    text = (
        "PCI strategies in cardiogenic shock: the CULPRIT-SHOCK randomized trial\n\n"
        "Background: An earlier trial from our group showed that balloon support did not "
        "reduce mortality (relative risk 0.96; 95% CI 0.79 to 1.17).\nMethods: 706 patients "
        "were randomized to culprit-lesion-only PCI or immediate multivessel PCI.\nResults: "
        "The primary end point occurred in 45.9% and 55.4% (relative risk 0.83; 95% CI 0.71 "
        "to 0.96).\n"
    )
    record = {"arms": "culprit-lesion-only pci;immediate multivessel pci", "design": "rct"}
    rows = ratios(extraction.extract_estimates("d", text, record))
    assert [r["role"] for r in rows] == ["other", "treatment_effect"]
