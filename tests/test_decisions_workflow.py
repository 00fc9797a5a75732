"""Integration: the reviewer's three decisions on the seeds (issue 12), on a copy of the project.

RESORT is excluded from the progression analysis for risk of bias, the desmoid study is
relabelled "Gounder 2018", and an overall-survival hazard ratio of the desmoid trial is
entered by hand. The entered numbers are ILLUSTRATIVE (tests/fixtures/decisions/), not the
published result. Reference numbers from R's metafor 3.8.1:
  rma(log(0.13), sei=(log(0.31)-log(0.05))/(2*qnorm(0.975)), method="REML", test="knha")
    -> (k=1, metafor uses test="z") exp(b) 0.13, CI 0.0522092563786624-0.323697389547707
  rma(log(0.5), sei=(log(1.25)-log(0.2))/(2*qnorm(0.975)), ...) -> 0.5 (0.2-1.25), se 0.467503861857534
"""

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from project_copy import copy_project, digests, read_csv
from project_copy import run_snakemake as run

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "decisions"

pytestmark = pytest.mark.slow


def primary(project: Path, analysis: str) -> dict:
    return read_csv(project / "results" / "05_pooled" / analysis / "pooled.csv")[0]


def planned_jobs(project: Path) -> set[str]:
    out = run(project, "-n").stdout
    return set(re.findall(r"^rule (\w+):", out, flags=re.M))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("decisions"))
    run(project)
    before = {a: primary(project, a) for a in ("sorafenib_progression", "sorafenib_os")}
    for name in ("decisions.tsv", "manual_estimates.tsv"):
        shutil.copy(FIXTURES / name, project / "config" / name)
    jobs = planned_jobs(project)
    run(project)
    return project, before, jobs


def test_shipped_sheets_hold_no_decisions():
    for name in ("decisions.tsv", "manual_estimates.tsv"):
        lines = (ROOT / "config" / name).read_text(encoding="utf-8").splitlines()
        assert len([line for line in lines if line.strip() and not line.startswith("#")]) == 1, name


def test_editing_a_sheet_reruns_no_parsing_or_extraction(project):
    _, _, jobs = project
    assert jobs >= {"link_studies", "harmonise_analysis", "pool_analysis", "build_report"}
    assert not jobs & {
        "parse_documents",
        "extract_estimates",
        "collect_documents",
        "collect_estimates",
    }


def test_pooled_results_before_and_after_the_decisions(project):
    project, before, _ = project
    assert before["sorafenib_progression"]["k"] == "2"
    assert float(before["sorafenib_progression"]["estimate"]) == pytest.approx(
        0.429184017412306, rel=1e-9
    )
    assert before["sorafenib_os"]["k"] == "0"
    progression = primary(project, "sorafenib_progression")
    assert progression["k"] == "1"
    assert float(progression["estimate"]) == pytest.approx(0.13, rel=1e-9)
    assert float(progression["ci_lower"]) == pytest.approx(0.0522092563786624, rel=1e-9)
    assert float(progression["ci_upper"]) == pytest.approx(0.323697389547707, rel=1e-9)
    survival = primary(project, "sorafenib_os")
    assert survival["k"] == "1"
    assert [float(survival[c]) for c in ("estimate", "ci_lower", "ci_upper")] == pytest.approx(
        [0.5, 0.2, 1.25]
    )
    assert float(survival["se"]) == pytest.approx(0.467503861857534, rel=1e-9)


def test_harmonised_rows_say_which_decision_acted(project):
    project, _, _ = project
    rows = read_csv(project / "results" / "04_harmonised.csv")
    resort = [
        r
        for r in rows
        if r["study_id"] == "NCT01444807"
        and r["analysis"] == "sorafenib_progression"
        and r["measure"] == "HR"
    ]
    assert [r["included"] for r in resort] == ["false"]
    assert resort[0]["exclusion_reason"].startswith("excluded_by_reviewer: high risk of bias")
    assert resort[0]["decision"].startswith("exclude (line 3): high risk of bias")
    entered = [r for r in rows if r["estimate_id"].startswith("manual:NCT02066181:hr-")]
    assert {r["analysis"]: r["included"] for r in entered} == {
        "sorafenib_os": "true",
        "sorafenib_progression": "false",
    }
    assert all(
        r["source"].startswith("ILLUSTRATIVE") and r["label"] == "Gounder 2018" for r in entered
    )
    weights = read_csv(project / "results" / "05_pooled" / "sorafenib_progression" / "weights.csv")
    assert [w["label"] for w in weights] == ["Gounder 2018"]


def test_studies_flow_and_audit_record_the_decisions(project):
    project, _, _ = project
    studies = {s["study_id"]: s for s in read_csv(project / "results" / "03_studies.csv")}
    assert studies["NCT02066181"]["label"] == "Gounder 2018"
    assert studies["NCT02066181"]["decision"].startswith("set label (line 4)")
    flow = {(f["item"], f["analysis"]): f for f in read_csv(project / "results" / "flow.csv")}
    assert flow[("excluded: excluded_by_reviewer", "sorafenib_progression")]["count"] == "1"
    assert flow[("added by reviewer", "sorafenib_os")]["count"] == "1"
    assert flow[("applied", "")]["count"] == "3" and flow[("stale", "")]["count"] == "0"
    audit = read_csv(project / "results" / "decisions.csv")
    label = next(r for r in audit if r["field"] == "label")
    assert (label["before"], label["after"], label["reviewer"]) == (
        "NCT02066181.label='NCT02066181'",
        "'Gounder 2018'",
        "A. Reviewer",
    )


def test_report_and_forest_plots_show_the_decisions(project):
    project, _, _ = project
    report = (project / "results" / "report.html").read_text(encoding="utf-8")
    section = report.split('<h2 id="decisions">Reviewer decisions</h2>')[1].split("<h2")[0]
    assert "high risk of bias" in section and "Gounder 2018" in section and "A. Reviewer" in section
    assert "ILLUSTRATIVE" in section and "&rarr;" in section
    for analysis in ("sorafenib_progression", "sorafenib_os"):
        svg = (project / "results" / "06_figures" / analysis / "forest.svg").read_text(
            encoding="utf-8"
        )
        assert "Gounder 2018" in svg and "RESORT" not in svg
    survival = (project / "results" / "06_figures" / "sorafenib_os" / "forest.svg").read_text(
        encoding="utf-8"
    )
    assert "Gounder 2018 ¶" in survival and "¶ entered by a reviewer" in survival


def test_rerun_of_the_decisions_is_byte_identical(project):
    project, _, _ = project
    results = project / "results"
    first = digests(results)
    run(project, "--forcerun", "link_studies")
    assert digests(results) == first


def test_stale_decision_is_reported_and_can_fail_the_run(project):
    project, _, _ = project
    sheet = project / "config" / "decisions.tsv"
    original = sheet.read_text(encoding="utf-8")
    config = project / "config" / "config.yaml"
    config_text = config.read_text(encoding="utf-8")
    try:
        sheet.write_text(
            original
            + "000_0135a11bb392198b:hr-ffffff\texclude\t\t\t\t\ttypo in the id\tB. Reviewer\t"
            "2026-02-01\n",
            encoding="utf-8",
        )
        run(project)
        audit = read_csv(project / "results" / "decisions.csv")
        stale = [r for r in audit if r["status"] == "stale"]
        assert [(r["line"], r["target"]) for r in stale] == [
            ("5", "000_0135a11bb392198b:hr-ffffff")
        ]
        assert "stale decision" in (project / "logs" / "audit_decisions.log").read_text(
            encoding="utf-8"
        )
        assert "STALE" in (project / "results" / "report.html").read_text(encoding="utf-8")
        config.write_text(config_text + "\ndecisions:\n  fail_on_stale: true\n", encoding="utf-8")
        failed = run(project, check=False)
        assert failed.returncode != 0
        log = (project / "logs" / "audit_decisions.log").read_text(encoding="utf-8")
        assert "decisions.fail_on_stale" in log and "hr-ffffff" in log
    finally:
        sheet.write_text(original, encoding="utf-8")
        config.write_text(config_text, encoding="utf-8")


def test_sheet_error_stops_before_any_rule(tmp_path):
    project = copy_project(tmp_path / "p", seeds=True)
    (project / "config" / "decisions.tsv").write_text(
        "target\taction\treason\treviewer\tdate\nS1\tdelete\tx\tR\t2026-01-01\n", encoding="utf-8"
    )
    result = run(project, "-n", check=False)
    assert result.returncode != 0
    assert (
        "config/decisions.tsv, line 2, column action: 'delete' is not one of"
        in result.stdout + result.stderr
    )


def _has_metafor() -> bool:
    if shutil.which("Rscript") is None:
        return False
    probe = subprocess.run(["Rscript", "-e", "library(metafor)"], capture_output=True, text=True)
    return probe.returncode == 0


@pytest.mark.skipif(
    not _has_metafor(), reason="R with metafor is not installed (apt-get install r-cran-metafor)"
)
@pytest.mark.parametrize("analysis", ["sorafenib_progression", "sorafenib_os"])
def test_exported_r_script_reproduces_pooled_csv_with_metafor(project, analysis):
    project, _, _ = project
    folder = project / "results" / "05_pooled" / analysis
    printed = subprocess.run(
        ["Rscript", str(folder / "metafor.R")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    fitted = {(r["model"], r["method"], r["test"]): r for r in csv.DictReader(printed.splitlines())}
    pooled = read_csv(folder / "pooled.csv")
    assert set(fitted) == {(r["model"], r["method"], r["test"]) for r in pooled}
    for row in pooled:
        theirs = fitted[(row["model"], row["method"], row["test"])]
        assert theirs["k"] == row["k"]
        for column in ("estimate", "ci_lower", "ci_upper", "tau2"):
            assert float(theirs[column]) == pytest.approx(
                float(row[column]), rel=1e-6, abs=1e-10
            ), column
