"""Integration: run the workflow on a temporary copy of the project and check the contract.

Reference numbers for the pooled seeds come from R's metafor 3.8.1 (Debian
r-cran-metafor), printed by tests/reference/seeds_reference.R:
  rma(log(c(1.35, 0.13)), sei=..., method="REML", test="knha") -> exp(b) = 0.42918401741230594
"""

import json
import shutil
from pathlib import Path

import pytest
from project_copy import copy_project, digests, read_csv
from project_copy import run_snakemake as run

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = json.loads((ROOT / "tests" / "reference" / "seeds_reference.json").read_text())

BAD_INPUTS = {
    "900_empty.txt": b"",
    "901_binary.pdf": b"%PDF-1.4\x00\x01\x02\x03binary\x00\x00",
    "902_latin1.txt": "Hazard ratio 0,80 f\u00fcr Patienten".encode("latin-1"),
    "903_nothing.txt": b"Editorial comment on supportive care. No trial results are reported here.\n",
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    for name, data in BAD_INPUTS.items():
        (project / "seeds" / name).write_bytes(data)
    run(project)
    return project


def test_every_contract_file_is_written(project):
    results = project / "results"
    for name in (
        "01_documents.csv",
        "02_estimates.csv",
        "03_studies.csv",
        "04_harmonised.csv",
        "flow.csv",
        "report.html",
    ):
        assert (results / name).stat().st_size > 0, name
    for analysis in ("sorafenib_progression", "sorafenib_os"):
        for name in (
            "pooled",
            "weights",
            "leave_one_out",
            "cumulative",
            "subgroups",
            "small_study_tests",
        ):
            assert (results / "05_pooled" / analysis / f"{name}.csv").exists()
        for name in (
            "forest.png",
            "forest.svg",
            "forest.pdf",
            "funnel.png",
            "funnel.svg",
            "leave_one_out.png",
            "leave_one_out.svg",
        ):
            assert (results / "06_figures" / analysis / name).stat().st_size > 0


def test_every_document_is_listed_with_a_status(project):
    docs = {d["doc_id"]: d for d in read_csv(project / "results" / "01_documents.csv")}
    assert len(docs) == 5 + len(BAD_INPUTS)
    assert docs["900_empty"]["status"] == "empty"
    assert docs["901_binary"]["status"] == "binary"
    assert docs["902_latin1"]["status"] == "not_utf8"
    assert docs["903_nothing"]["status"] == "no_estimates"
    for d in docs.values():
        if d["status"] != "ok":
            assert d["status_detail"], d["doc_id"]
    assert docs["002_11f14b3a6a5796b5"]["source_type"] == "registry_record"
    assert "NCT01444807" in docs["002_11f14b3a6a5796b5"]["registry_ids"]
    assert docs["000_0135a11bb392198b"]["registry_ids_partial"] == "NCT0144480"
    flow = read_csv(project / "results" / "flow.csv")
    unreadable = next(r for r in flow if r["item"] == "unreadable")
    assert unreadable["count"] == "3"


def test_quotes_are_exact_spans_of_the_documents(project):
    estimates = read_csv(project / "results" / "02_estimates.csv")
    assert estimates
    for e in estimates:
        path = next((project / "seeds").glob(e["doc_id"] + ".*"))
        text = path.read_bytes().decode("utf-8")
        assert text[int(e["char_start"]) : int(e["char_end"])] == e["quote"]
        assert text[int(e["match_start"]) : int(e["match_end"])] == e["match_text"]


def test_seed_estimates_roles_and_links(project):
    estimates = read_csv(project / "results" / "02_estimates.csv")
    ratios = {
        (e["doc_id"][:3], e["outcome"], e["value"], e["ci_lower"], e["ci_upper"]): e
        for e in estimates
        if e["measure"] == "HR"
    }
    resort = ratios[("000", "RFS", "1.35", "0.72", "2.54")]
    desmoid = ratios[("004", "PFS", "0.13", "0.05", "0.31")]
    assert resort["role"] == desmoid["role"] == "treatment_effect"
    assert ratios[("003", "PFS", "1.04", "1", "1.08")]["role"] == "biomarker_or_prognostic"
    assert ratios[("003", "OS", "1.15", "1.02", "1.29")]["role"] == "biomarker_or_prognostic"
    assert not any(k[0] == "001" for k in ratios), "single-arm study has no comparative HR"

    studies = read_csv(project / "results" / "03_studies.csv")
    resort_study = next(s for s in studies if "000_0135a11bb392198b" in s["doc_ids"])
    assert "002_11f14b3a6a5796b5" in resort_study["doc_ids"]
    assert "NCT0144480" in resort_study["link_evidence"]


def test_harmonised_and_pooled_match_metafor(project):
    harmonised = read_csv(project / "results" / "04_harmonised.csv")
    included = [
        h
        for h in harmonised
        if h["analysis"] == "sorafenib_progression" and h["included"] == "true"
    ]
    assert sorted(h["doc_id"][:3] for h in included) == ["000", "004"]
    for h in harmonised:
        if h["role"] == "biomarker_or_prognostic":
            assert h["included"] == "false" and h["exclusion_reason"]
        if h["included"] == "false":
            assert h["exclusion_reason"]
    pooled = read_csv(project / "results" / "05_pooled" / "sorafenib_progression" / "pooled.csv")
    primary = pooled[0]
    assert (primary["model"], primary["method"], primary["test"]) == ("random", "REML", "knha")
    ref = REFERENCE["REML_knha"]
    for column in ("estimate", "ci_lower", "ci_upper", "tau2", "I2", "Q", "p_value"):
        assert float(primary[column]) == pytest.approx(ref[column], rel=1e-9, abs=1e-12), column
    # forest rows show the CI as printed in the paper
    weights = {
        w["doc_id"][:3]: w
        for w in read_csv(
            project / "results" / "05_pooled" / "sorafenib_progression" / "weights.csv"
        )
    }
    assert (weights["004"]["ci_lower"], weights["004"]["ci_upper"]) == ("0.05", "0.31")
    fixed = next(p for p in pooled if p["model"] == "fixed")
    for column in ("estimate", "ci_lower", "ci_upper"):
        assert float(fixed[column]) == pytest.approx(REFERENCE["FE"][column], rel=1e-8), column
    assert {(p["method"], p["test"]) for p in pooled} >= {
        ("REML", "knha"),
        ("DL", "knha"),
        ("FE", "z"),
    }


def test_analysis_without_studies_completes_and_says_so(project):
    pooled = read_csv(project / "results" / "05_pooled" / "sorafenib_os" / "pooled.csv")
    assert pooled and all(p["k"] == "0" and p["status"] == "no_eligible_studies" for p in pooled)


def test_noop_rerun_and_one_edited_seed(project):
    dry = run(project, "--dry-run")
    assert "Nothing to be done" in dry.stdout + dry.stderr
    seed = project / "seeds" / "004_9c2eaebd443a99c2.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    dry = run(project, "--dry-run", "--quiet", "rules")
    out = dry.stdout + dry.stderr
    counts = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            counts[parts[0]] = int(parts[1])
    assert counts.get("parse_documents") == 1, out
    assert counts.get("extract_estimates") == 1, out


def test_snakemake_report_has_every_figure_and_caption(project, tmp_path):
    import zipfile

    out = tmp_path / "report.zip"
    run(project, "--report", str(out))
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        page = archive.read("report/report.html").decode("utf-8", "replace")
    stems = sorted({Path(n).name for n in names if "/data/raw/" in n})
    for figure in (
        "forest.png",
        "forest.svg",
        "forest.pdf",
        "funnel.png",
        "funnel.svg",
        "leave_one_out.png",
        "leave_one_out.svg",
        "pooled.csv",
        "report.html",
    ):
        assert figure in stems, (figure, stems)
    for caption in ("Forest plots", "Funnel plots", "Leave-one-out", "Pooled estimates"):
        assert caption in page, caption


def test_rerun_from_scratch_is_byte_identical(project):
    # Bring results up to date incrementally (a seed was edited above), then compare
    # them with a cold run: incremental and from-scratch results must be the same bytes.
    run(project)
    # the incremental run read only the edited seed again; its shard's other documents came
    # from the cache of the run before (metasynth.cache)
    for kind, line in (
        ("parse_documents", "files from the cache, 1 read"),
        ("extract_estimates", "documents from the cache, 1 read"),
    ):
        logs = [p.read_text(encoding="utf-8") for p in (project / "logs" / kind).glob("*.log")]
        assert any(line in text for text in logs), (kind, logs)
    before = digests(project / "results")
    # from scratch: no results and no cache
    shutil.rmtree(project / "results")
    shutil.rmtree(project / ".metasynth" / "cache")
    run(project)
    after = digests(project / "results")
    assert before.keys() == after.keys()
    different = [k for k in before if before[k] != after[k]]
    assert not different, different


def test_config_error_stops_before_any_rule(tmp_path):
    project = copy_project(tmp_path)
    config = (project / "config" / "config.yaml").read_text()
    (project / "config" / "config.yaml").write_text(
        config.replace("outcomes: [OS]", "outcomes: [OS, XYZ]")
    )
    result = run(project, check=False)
    assert result.returncode != 0
    assert "analyses.sorafenib_os.outcomes[1]" in result.stdout + result.stderr
    assert not (project / "results").exists()
