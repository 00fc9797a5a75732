"""Reviewer decisions: the sheets' validation, and each action where it acts."""

import math
from pathlib import Path

import pytest

from metasynth import decisions as review
from metasynth.harmonise import harmonise_analysis

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "workflow" / "schemas"
HEADER = "target\taction\tanalysis\tfield\tvalue\texpected\treason\treviewer\tdate\n"
MANUAL_HEADER = (
    "study_id\tdoc_id\tmeasure\tvalue\tci_lower\tci_upper\tci_level\tp_value\toutcome\trole\t"
    "comparison\tsource\treviewer\tdate\n"
)
ANALYSIS = {
    "name": "prog",
    "intervention": "sorafenib",
    "comparators": ["placebo", "observation"],
    "outcomes": ["PFS", "RFS"],
    "roles": ["treatment_effect"],
    "measure": "HR",
}


def sheet(tmp_path, text, name="decisions.tsv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path, rows, analyses=("prog",)):
    path = sheet(
        tmp_path, "# a comment line\n" + HEADER + "".join("\t".join(r) + "\n" for r in rows)
    )
    return review.load_decisions(path, SCHEMAS / "decisions.schema.yaml", set(analyses))


def decision(target, action, **kw):
    defaults = {"reason": "why", "reviewer": "R", "date": "2026-01-15"}
    return review.Decision(
        line=kw.pop("line", 2), target=target, action=review.Action(action), **{**defaults, **kw}
    )


def test_sheet_rows_keep_their_line_numbers_and_skip_comments(tmp_path):
    found = load(tmp_path, [["S1", "exclude", "prog", "", "", "", "bias", "R", "2026-01-15"]])
    assert found == [
        review.Decision(
            3, "S1", review.Action.EXCLUDE, "prog", "", "", "", "bias", "R", "2026-01-15"
        )
    ]


@pytest.mark.parametrize(
    "row, message",
    [
        (
            ["S1", "drop", "", "", "", "", "bias", "R", "2026-01-15"],
            "line 3, column action: 'drop' is not one of",
        ),
        (["S1", "exclude", "", "", "", "", "bias", "R", "15/01/2026"], "line 3, column date:"),
        (
            ["S1", "exclude", "", "", "", "", "", "R", "2026-01-15"],
            "line 3, column reason: a value is required",
        ),
        (
            ["S1", "exclude", "nope", "", "", "", "bias", "R", "2026-01-15"],
            "line 3, column analysis: 'nope' is not an analysis",
        ),
        (
            ["S1", "set", "", "", "x", "", "bias", "R", "2026-01-15"],
            "line 3, column field: set needs the field",
        ),
        (
            ["d1", "link", "", "", "", "", "same trial", "R", "2026-01-15"],
            "line 3, column value: link needs",
        ),
    ],
)
def test_errors_name_the_file_line_and_column(tmp_path, row, message):
    with pytest.raises(review.SheetError) as error:
        load(tmp_path, [row])
    assert message in str(error.value)
    assert str(tmp_path / "decisions.tsv") in str(error.value)


def test_unknown_column_is_an_error(tmp_path):
    path = sheet(tmp_path, HEADER.replace("date", "when"))
    with pytest.raises(review.SheetError, match=r"header: unknown column\(s\) \['when'\]"):
        review.load_decisions(path, SCHEMAS / "decisions.schema.yaml")


def test_missing_sheet_means_no_decisions(tmp_path):
    assert review.load_decisions(tmp_path / "absent.tsv", SCHEMAS / "decisions.schema.yaml") == []


def test_manual_estimates_get_stable_ids_and_need_one_owner(tmp_path):
    row = "S1\t\tHR\t0.50\t0.20\t1.25\t95\t\tOS\ttreatment_effect\tsorafenib vs placebo\tTable 2\tR\t2026-01-15\n"
    path = sheet(tmp_path, MANUAL_HEADER + row + row, "manual.tsv")
    first, second = review.load_manual_estimates(path, SCHEMAS / "manual_estimates.schema.yaml")
    assert (
        first.estimate_id.startswith("manual:S1:hr-")
        and second.estimate_id == first.estimate_id + ".2"
    )
    # Adding a row above leaves the ids of the others unchanged.
    other = row.replace("\tOS\t", "\tPFS\t")
    path.write_text(MANUAL_HEADER + other + row, encoding="utf-8")
    ids = [
        m.estimate_id
        for m in review.load_manual_estimates(path, SCHEMAS / "manual_estimates.schema.yaml")
    ]
    assert ids[1] == first.estimate_id and ids[0] != first.estimate_id
    path.write_text(MANUAL_HEADER + row.replace("S1\t\t", "S1\td1\t", 1), encoding="utf-8")
    with pytest.raises(
        review.SheetError, match="line 2, columns study_id/doc_id: give exactly one"
    ):
        review.load_manual_estimates(path, SCHEMAS / "manual_estimates.schema.yaml")


STUDIES = [
    {"study_id": "S1", "label": "S1", "doc_ids": "d1;d2", "primary_doc_id": "d1"},
    {"study_id": "S2", "label": "Smith 2010", "doc_ids": "d3", "primary_doc_id": "d3"},
]


def test_link_unlink_label_and_characteristics_act_on_studies():
    decisions = [
        decision("d2", "link", value="S2", line=2),
        decision("d3", "unlink", line=3),
        decision("S1", "set", field="label", value="Jones 2012", expected="S1", line=4),
        decision("d1", "set", field="risk_of_bias", value="high", line=5),
        decision("S2", "set", field="label", value="X", expected="Smith 2011", line=6),
    ]
    studies, effects = review.apply_study_decisions(STUDIES, {"d1", "d2", "d3"}, decisions)
    by_id = {s["study_id"]: s for s in studies}
    assert by_id["S1"]["doc_ids"] == "d1" and by_id["S1"]["label"] == "Jones 2012"
    assert by_id["S1"]["characteristics"] == "risk_of_bias=high"
    assert by_id["S2"]["doc_ids"] == "d2" and by_id["S2"]["label"] == "Smith 2010"
    assert by_id["doc:d3"]["doc_ids"] == "d3"
    assert "set label (line 4)" in by_id["S1"]["decision"]
    status = {e.line: e.status for e in effects}
    assert status == {
        2: review.Status.APPLIED,
        3: review.Status.APPLIED,
        4: review.Status.APPLIED,
        5: review.Status.APPLIED,
        6: review.Status.STALE,
    }
    assert next(e for e in effects if e.line == 2).before == "in S1"


def test_link_of_a_missing_document_is_stale():
    _, effects = review.apply_study_decisions(
        STUDIES, {"d1", "d2", "d3"}, [decision("d9", "unlink")]
    )
    assert effects[0].status is review.Status.STALE and "d9" in effects[0].after


def test_audit_reports_a_decision_whose_target_is_gone():
    rows = review.audit_decisions([decision("gone:hr-abc123", "exclude")], [], [], {"S1", "d1"})
    assert [(r["status"], r["target"]) for r in rows] == [("stale", "gone:hr-abc123")]
    assert "no estimate, study or document 'gone:hr-abc123'" in rows[0]["after"]
    assert review.stale(rows) == rows


def est(estimate_id, doc_id="d1", **kw):
    row = {
        "estimate_id": estimate_id,
        "doc_id": doc_id,
        "measure": "HR",
        "value": "0.5",
        "ci_lower": "0.25",
        "ci_upper": "1.0",
        "ci_level": "95",
        "p_value": "",
        "p_text": "",
        "outcome": "PFS",
        "role": "treatment_effect",
        "comparison": "sorafenib vs placebo",
        "numerator_arm": "",
        "denominator_arm": "",
        "trial": "",
    }
    return {**row, **kw}


def harmonise(estimates, decisions, analysis=ANALYSIS):
    effects = []
    rows = harmonise_analysis(
        estimates,
        {},
        {"d1": "S1", "d2": "S1", "d3": "S2"},
        {"S1": "Jones", "S2": "Smith"},
        analysis,
        review=lambda rows: effects.extend(
            review.apply_inclusion_decisions(rows, decisions, analysis["name"])
        ),
    )
    return {r["estimate_id"]: r for r in rows}, effects


def test_exclude_a_study_in_one_analysis_with_the_reason():
    rows, effects = harmonise(
        [est("d1:a"), est("d3:b", doc_id="d3")],
        [decision("S1", "exclude", analysis="prog", reason="high risk of bias")],
    )
    assert rows["d1:a"]["included"] is False
    assert (
        rows["d1:a"]["exclusion_reason"]
        == "excluded_by_reviewer: high risk of bias (R, 2026-01-15)"
    )
    assert rows["d1:a"]["decision"].startswith("exclude (line 2): high risk of bias")
    assert rows["d3:b"]["included"] is True
    _, other = harmonise([est("d1:a")], [decision("S1", "exclude", analysis="other")])
    assert other == []


def test_excluding_one_estimate_lets_the_next_of_the_study_in():
    rows, _ = harmonise(
        [est("d1:a"), est("d1:b", value="0.6", ci_lower="0.3", ci_upper="1.2")],
        [decision("d1:a", "exclude")],
    )
    assert rows["d1:b"]["included"] is True


def test_include_overrides_an_automatic_exclusion_when_usable():
    rows, effects = harmonise(
        [
            est("d1:a", role="subgroup"),
            est("d3:b", doc_id="d3", ci_lower="", ci_upper="", p_text="P<0.05", role="other"),
        ],
        [decision("d1:a", "include"), decision("d3:b", "include", line=3)],
    )
    assert rows["d1:a"]["included"] is True and rows["d1:a"]["exclusion_reason"] == ""
    assert rows["d3:b"]["included"] is False  # no standard error: stays out, and says so
    by_line = {e.line: e for e in effects}
    assert by_line[2].status is review.Status.APPLIED
    assert by_line[2].before.startswith("d1:a: excluded (role_not_eligible")
    assert by_line[3].status is review.Status.NO_EFFECT
    # An eligible estimate the reviewer includes is preferred to the study's automatic choice.
    rows, again = harmonise([est("d1:a"), est("d2:b", doc_id="d2")], [decision("d2:b", "include")])
    assert (rows["d1:a"]["included"], rows["d2:b"]["included"]) == (False, True)
    assert (
        rows["d1:a"]["exclusion_reason"]
        == "superseded: study S1 uses d2:b (the reviewer included it)"
    )
    assert [e.after for e in again] == ["included, preferred within its study"]


def test_set_changes_an_estimate_and_a_stale_expected_value_does_not():
    estimates = [est("d1:a", role="subgroup"), est("d3:b", doc_id="d3")]
    changed, effects = review.apply_estimate_sets(
        estimates,
        [
            decision("d1:a", "set", field="role", value="treatment_effect", expected="subgroup"),
            decision("d3:b", "set", field="value", value="0.7", expected="0.55", line=3),
        ],
        "prog",
    )
    assert changed[0]["role"] == "treatment_effect" and changed[1]["value"] == "0.5"
    assert [e.status for e in effects] == [review.Status.APPLIED, review.Status.STALE]
    assert effects[0].before == "role='subgroup'"


def test_entered_estimate_wins_over_the_abstract_of_the_same_outcome():
    manual = review.ManualEstimate(
        7,
        "manual:S1:hr-000001",
        "S1",
        "",
        "HR",
        "0.50",
        "0.20",
        "1.25",
        "95",
        "",
        "PFS",
        "treatment_effect",
        "sorafenib vs placebo",
        "full text, Table 2",
        "R",
        "2026-01-15",
    )
    studies = [{"study_id": "S1", "doc_ids": "d1", "primary_doc_id": "d1"}]
    added, _ = review.manual_estimate_rows([manual], studies)
    rows, _ = harmonise([est("d1:a")] + added, [])
    chosen = rows["manual:S1:hr-000001"]
    assert chosen["included"] is True and chosen["source"] == "full text, Table 2"
    assert rows["d1:a"]["exclusion_reason"] == (
        "superseded: study S1 uses manual:S1:hr-000001 (a reviewer-entered estimate of the same outcome)"
    )
    # Hand calculation: SE = (ln 1.25 - ln 0.20) / (2 x 1.959964) = 0.467504
    assert math.isclose(chosen["sei"], 0.467504, abs_tol=1e-6)
    assert math.isclose(chosen["yi"], math.log(0.5))
    effects = review.manual_effects(list(rows.values()), [manual], "prog")
    assert [e.status for e in effects] == [review.Status.APPLIED]
    missing, stale = review.manual_estimate_rows([manual], [])
    assert missing == [] and stale[0].status is review.Status.STALE


def test_converted_rows_carry_footnote_codes():
    from metasynth.harmonise_conversions import footnotes, symbols

    analysis = {**ANALYSIS, "level": 0.95}
    rows = harmonise_analysis(
        [
            est("d1:a", ci_level="90"),
            est(
                "d3:b",
                doc_id="d3",
                ci_lower="",
                ci_upper="",
                p_value="0.04",
                p_text="P=0.04",
                numerator_arm="placebo",
                denominator_arm="sorafenib",
            ),
        ],
        {},
        {"d1": "S1", "d3": "S2"},
        {},
        analysis,
    )
    codes = {r["estimate_id"]: r["conversions"] for r in rows}
    assert codes == {"d1:a": "ci_level", "d3:b": "inverted;se_from_p"}
    assert symbols(codes["d3:b"]) == "‡§"
    assert [line[0] for line in footnotes(list(codes.values()))] == ["†", "‡", "§"]


def test_study_characteristic_set_by_a_reviewer_defines_subgroups():
    analysis = {**ANALYSIS, "subgroup": "characteristics.risk_of_bias"}
    studies, _ = review.apply_study_decisions(
        STUDIES, {"d1", "d2", "d3"}, [decision("S1", "set", field="risk_of_bias", value="high")]
    )
    rows = harmonise_analysis(
        [est("d1:a"), est("d3:b", doc_id="d3")],
        {},
        {"d1": "S1", "d3": "S2"},
        {},
        analysis,
        study_characteristics=review.study_characteristics(studies),
    )
    assert {r["estimate_id"]: r["subgroup"] for r in rows} == {"d1:a": "high", "d3:b": "not stated"}


def test_subgroup_key_names_a_column_or_a_characteristic():
    import yaml

    from metasynth.config import ConfigError, validate_config

    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text(encoding="utf-8"))
    config["analyses"]["sorafenib_os"]["subgroup"] = "characteristics.risk_of_bias"
    validate_config(config, SCHEMAS / "config.schema.yaml")
    config["analyses"]["sorafenib_os"]["subgroup"] = "risk_of_bias"
    with pytest.raises(
        ConfigError,
        match=r"analyses.sorafenib_os.subgroup: 'risk_of_bias' is not valid; "
        r"expected one of \[None, 'outcome'",
    ):
        validate_config(config, SCHEMAS / "config.schema.yaml")


def test_favours_sides_can_be_swapped_per_analysis():
    import yaml

    from metasynth.config import validate_config
    from metasynth.plotting import _favours

    config = yaml.safe_load((ROOT / "config" / "config.yaml").read_text(encoding="utf-8"))
    config["analyses"]["sorafenib_os"]["higher_favours_intervention"] = True
    checked = validate_config(config, SCHEMAS / "config.schema.yaml")
    assert _favours(checked["analyses"]["sorafenib_os"]) == ("Favours Control", "Favours Sorafenib")
    assert _favours(checked["analyses"]["sorafenib_progression"]) == (
        "Favours Sorafenib",
        "Favours Control",
    )


def test_effects_are_written_as_their_values_and_read_back_as_enums(tmp_path):
    from metasynth.tables import read_rows, write_table

    effect = review.effect_of(
        decision("S1", "exclude", analysis="prog"), "prog", review.Status.APPLIED, "in", "out"
    )
    path = tmp_path / "effects.csv"
    write_table(path, [effect.row()], review.EFFECT_COLUMNS)
    (row,) = read_rows(path)
    assert (row["sheet"], row["action"], row["status"]) == ("decisions", "exclude", "applied")
    back = review.effect_from_row(row)
    assert back == effect
    assert back.sheet is review.Sheet.DECISIONS and back.action is review.Action.EXCLUDE
    assert decision("S1", "set", field="role").note().startswith("set role (line 2): why")
