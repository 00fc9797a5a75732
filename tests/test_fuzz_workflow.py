"""The whole workflow on a seeds folder holding one member of every family of issue 15.

One cold run and one rerun after truncating 02_estimates.csv: the run completes, every
name in seeds/ has a row in 01_documents.csv, every estimate is pooled with the number the
document states or excluded with a reason, and a truncated table is written again. The
shard test is a dry run (4,096 shards on a handful of documents schedule a job per
document, not 8,205).
"""

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from project_copy import copy_project, read_csv

from metasynth.seeds import list_seeds

SNAKEMAKE = [sys.executable, "-m", "snakemake"]
LEAD = "A randomized trial. Patients were randomized to sorafenib or placebo.\n"


def trial(hr_text: str) -> str:
    return (
        LEAD
        + f"Progression-free survival was longer with sorafenib than with placebo ({hr_text}).\n"
    )


# name (bytes) -> (content, the HR pooled from it or None when it must be excluded)
FAMILY_DOCS = {
    b"f01_invisible.txt": (
        trial("hazard ratio 0.62; 95% CI 0.45\u200b\u20130.84; P\u00ad=\u200b0.003").replace(
            "\n", "\r\n"
        ),
        0.62,
    ),
    b"f02_cr_only.txt": (
        trial("hazard ratio 0.71; 95% CI 0.52 to 0.97; P = 0.03").replace("\n", "\r"),
        0.71,
    ),
    b"f03_lone_cr.txt": (trial("hazard ratio 0.77; 95% CI\r0.60-0.99"), 0.77),
    b"f04_log.txt": (trial("log hazard ratio 0.25, 95% CI 0.05 to 0.45"), math.exp(0.25)),
    b"f05_signed.txt": (trial("HR \u22120.58 [0.45\u20130.74]"), None),
    b"f06_zero.txt": (trial("HR 0 (95% CI 0-0.3)"), None),
    b"f07_reversed.txt": (trial("HR 0.5, 95% CI 0.8 to 0.3"), None),
    b"f08_low_level.txt": (trial("HR 0.5, 10% CI 0.48 to 0.52"), None),
    b"f09 semi;colon.txt": (trial("hazard ratio 0.81; 95% CI 0.66 to 0.99"), 0.81),
    b"f10\ttab.txt": (trial("hazard ratio 0.84; 95% CI 0.71 to 0.99"), 0.84),
    b"f11\nnewline.txt": (trial("hazard ratio 0.86; 95% CI 0.75 to 0.99"), 0.86),
    b"f12_latin\xe9.txt": (trial("hazard ratio 0.88; 95% CI 0.78 to 0.99"), 0.88),
}
# a byte-identical copy of f01: listed as its duplicate, never a second study
DUPLICATE = b"f99_copy_of_f01.txt"
SEED_HRS = {"000_0135a11bb392198b": 1.35, "004_9c2eaebd443a99c2": 0.13}

pytestmark = pytest.mark.slow


def run(project: Path, *args):
    result = subprocess.run(
        SNAKEMAKE + ["--cores", "2", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, f"{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
    return result


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("fuzz"))
    seeds = os.fsencode(project / "seeds")
    for name, (content, _) in FAMILY_DOCS.items():
        with open(os.path.join(seeds, name), "wb") as handle:
            handle.write(content.encode("utf-8"))
    with open(os.path.join(seeds, DUPLICATE), "wb") as handle:
        handle.write(FAMILY_DOCS[b"f01_invisible.txt"][0].encode("utf-8"))
    os.symlink("nowhere.txt", project / "seeds" / "x_dangling.txt")
    os.symlink("x_loop", project / "seeds" / "x_loop")
    os.mkfifo(project / "seeds" / "x_fifo.txt")
    (project / "seeds" / "x_folder").mkdir()
    (project / "seeds" / ".x_hidden").write_text("editor backup\n")
    run(project)
    return project


def test_every_name_in_the_seeds_folder_has_a_row(project):
    docs = read_csv(project / "results" / "01_documents.csv")
    assert len(docs) == len(os.listdir(project / "seeds"))
    status = {d["doc_id"]: d["status"] for d in docs}
    assert status["x_dangling"] == "dangling_symlink" and status["x_loop"] == "symlink_loop"
    assert status["x_fifo"] == "special_file" and status["x_folder"] == "folder"
    assert status[".x_hidden"] == "hidden" and status["f99_copy_of_f01"] == "duplicate"
    duplicate = next(d for d in docs if d["doc_id"] == "f99_copy_of_f01")
    assert "f01_invisible" in duplicate["status_detail"]
    assert all(";" not in d["doc_id"] and "\t" not in d["doc_id"] for d in docs)
    flow = {r["item"]: r for r in read_csv(project / "results" / "flow.csv")}
    assert flow["read"]["count"] == str(len(docs))


def doc_ids_by_name(project: Path) -> dict[bytes, dict]:
    """The entries of the seeds folder by file name (as bytes), as the workflow listed them."""
    return {
        os.fsencode(os.path.basename(e["path"])): e
        for e in list_seeds(str(project / "seeds")).values()
    }


def test_every_estimate_is_pooled_as_stated_or_excluded_with_a_reason(project):
    entries = doc_ids_by_name(project)
    harmonised = [
        h
        for h in read_csv(project / "results" / "04_harmonised.csv")
        if h["analysis"] == "sorafenib_progression"
    ]
    for h in harmonised:
        assert h["included"] == "true" or h["exclusion_reason"], h
    pooled = {h["doc_id"]: math.exp(float(h["yi"])) for h in harmonised if h["included"] == "true"}
    expected = dict(SEED_HRS)
    expected.update(
        {entries[name]["doc_id"]: hr for name, (_, hr) in FAMILY_DOCS.items() if hr is not None}
    )
    assert sorted(pooled) == sorted(expected)
    for doc_id, hr in expected.items():
        assert pooled[doc_id] == pytest.approx(hr, rel=1e-12), doc_id
    reasons = {h["doc_id"]: h["exclusion_reason"] for h in harmonised if h["included"] != "true"}
    assert (
        "nonpositive_ratio" in reasons["f05_signed"] and "nonpositive_ratio" in reasons["f06_zero"]
    )
    assert (
        "ci_bounds_reversed" in reasons["f07_reversed"]
        and "ci_level_out_of_range" in reasons["f08_low_level"]
    )
    assert reasons["f99_copy_of_f01"].startswith("duplicate_document")


def test_quotes_are_spans_of_the_documents_as_read(project):
    paths = {e["doc_id"]: e["path"] for e in doc_ids_by_name(project).values()}
    estimates = read_csv(project / "results" / "02_estimates.csv")
    assert len({e["doc_id"] for e in estimates}) >= 10
    for e in estimates:
        with open(paths[e["doc_id"]], "rb") as handle:
            text = handle.read().decode("utf-8")
        assert text[int(e["char_start"]) : int(e["char_end"])] == e["quote"]
        assert text[int(e["match_start"]) : int(e["match_end"])] == e["match_text"]


def test_a_table_truncated_at_a_row_boundary_is_written_again(project):
    results = project / "results"
    before = (results / "02_estimates.csv").read_bytes()
    lines = before.split(b"\n")
    (results / "02_estimates.csv").write_bytes(b"\n".join(lines[: len(lines) // 2]) + b"\n")
    result = run(project)
    assert "02_estimates.csv" in result.stderr and "regenerated" in result.stderr
    assert (results / "02_estimates.csv").read_bytes() == before
    docs = read_csv(results / "01_documents.csv")
    flow = {r["item"]: r for r in read_csv(results / "flow.csv")}
    assert flow["read"]["count"] == str(len(docs))
    assert flow["found"]["count"] == str(len(read_csv(results / "02_estimates.csv")))


def test_thousands_of_shards_schedule_no_empty_jobs(tmp_path):
    project = copy_project(tmp_path / "shards")
    (project / "config" / "shards.yaml").write_text("batching:\n  shards: 4096\n")
    result = subprocess.run(
        SNAKEMAKE + ["-n", "--cores", "1", "--configfile", "config/shards.yaml"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    jobs = [
        line for line in result.stdout.splitlines() if line.strip().startswith("parse_documents")
    ]
    total = next(line for line in result.stdout.splitlines() if line.strip().startswith("total"))
    assert len(os.listdir(project / "seeds")) == 5
    assert int(total.split()[-1]) < 40, total
    assert jobs, result.stdout[-2000:]


@pytest.mark.parametrize(
    "extra, expected",
    [
        (
            "analyses:\n  a:\n    intervention: x1\n    outcomes: [OS]\n  a:\n    intervention: x2\n    outcomes: [PFS]\n",
            "key 'a' appears twice",
        ),
        (
            "batching: &b {shards: 8}\nanalyses:\n  a:\n    intervention: x1\n    outcomes: [OS]\n    title: &t0 ["
            + ",".join(["a"] * 9)
            + "]\n"
            + "".join(f"    x{i}: &t{i} [{','.join([f'*t{i - 1}'] * 9)}]\n" for i in range(1, 9)),
            "aliases expand to more than",
        ),
        ("results_dir: seeds\n", "overlaps seeds_dir"),
    ],
)
def test_a_bad_config_file_stops_the_run_before_any_job_naming_what_is_wrong(
    tmp_path, extra, expected
):
    project = copy_project(tmp_path / "config", seeds=False)
    (project / "seeds").mkdir()
    (project / "config" / "extra.yaml").write_text(extra)
    result = subprocess.run(
        SNAKEMAKE + ["-n", "--cores", "1", "--configfile", "config/extra.yaml"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert expected in result.stderr + result.stdout
