"""scripts/rebuild: lock contention, failures keep the published results, success swaps.

A stand-in for snakemake (METASYNTH_SNAKEMAKE) writes into the staging folder it is given
through `--config results_dir=...`, so these tests take seconds.
"""

import fcntl
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REBUILD = ROOT / "scripts" / "rebuild"
EXIT_FAILED, EXIT_LOCKED = 1, 75

FAKE_SNAKEMAKE = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path

    args = sys.argv[1:]
    results = Path(args[args.index("--config") + 1].split("=", 1)[1])
    Path(os.environ["FAKE_ARGS"]).write_text("\\n".join(args))
    Path(os.environ["FAKE_STARTED"]).touch()
    time.sleep(float(os.environ.get("FAKE_SLEEP", "0")))
    results.mkdir(parents=True, exist_ok=True)
    copied = (results / "01_documents.csv").exists()
    (results / "01_documents.csv").write_text(os.environ.get("FAKE_OUTPUT", "new\\n"))
    (results / "started_from_copy.txt").write_text(str(copied))
    print("fake snakemake wrote", results)
    sys.exit(int(os.environ.get("FAKE_EXIT", "0")))
    """
)


@pytest.fixture
def project(tmp_path):
    project = tmp_path / "project"
    (project / "config").mkdir(parents=True)
    (project / "Snakefile").write_text("# stand-in\n")
    (project / "config" / "config.yaml").write_text("seeds_dir: seeds\n")
    (tmp_path / "fake_snakemake.py").write_text(FAKE_SNAKEMAKE)
    return project


def publish_old(project: Path) -> Path:
    results = project / "results"
    (results / "05_pooled").mkdir(parents=True)
    (results / "01_documents.csv").write_text("old\n")
    (results / "05_pooled" / "pooled.csv").write_text("old pooled\n")
    return results


def env_for(project: Path, **fake) -> dict:
    env = dict(os.environ)
    env["METASYNTH_SNAKEMAKE"] = f"{sys.executable} {project.parent / 'fake_snakemake.py'}"
    env["FAKE_ARGS"] = str(project.parent / "fake_args.txt")
    env["FAKE_STARTED"] = str(project.parent / "fake_started")
    env.update({f"FAKE_{k.upper()}": str(v) for k, v in fake.items()})
    return env


def rebuild(project: Path, *args, **fake) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(REBUILD), "--project", str(project), "--cores", "2", *args],
        env=env_for(project, **fake),
        capture_output=True,
        text=True,
        timeout=60,
    )


def tree(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_success_publishes_the_new_results_and_removes_the_staging_folder(project):
    publish_old(project)
    result = rebuild(project, "--", "--printshellcmds", output="new\n")
    assert result.returncode == 0, result.stderr
    results = project / "results"
    assert (results / "01_documents.csv").read_text() == "new\n"
    # The run started from a copy of the published results, so it can be incremental.
    assert (results / "started_from_copy.txt").read_text() == "True"
    assert (results / "05_pooled" / "pooled.csv").read_text() == "old pooled\n"
    assert not (project / ".results.rebuild").exists()
    args = (project.parent / "fake_args.txt").read_text().split("\n")
    assert args[:4] == ["--cores", "2", "--keep-going", "--rerun-incomplete"]
    assert "results_dir=.results.rebuild" in args
    assert args[-1] == "--printshellcmds"


def test_first_run_without_published_results_publishes(project):
    result = rebuild(project)
    assert result.returncode == 0, result.stderr
    assert (project / "results" / "01_documents.csv").read_text() == "new\n"
    assert (project / "results" / "started_from_copy.txt").read_text() == "False"


def test_results_dir_comes_from_the_config(project):
    (project / "config" / "config.yaml").write_text("seeds_dir: seeds\nresults_dir: out  # x\n")
    result = rebuild(project)
    assert result.returncode == 0, result.stderr
    assert (project / "out" / "01_documents.csv").exists()
    assert not (project / "results").exists()


def test_failure_exits_non_zero_and_keeps_the_published_results(project):
    results = publish_old(project)
    before = tree(results)
    result = rebuild(project, output="half-built\n", exit=1)
    assert result.returncode == EXIT_FAILED
    assert "snakemake failed with exit code 1" in result.stderr
    assert tree(results) == before
    # The partial run is left for inspection, never published.
    assert (project / ".results.rebuild" / "01_documents.csv").read_text() == "half-built\n"
    history = (project / "logs" / "rebuild" / "history.tsv").read_text().splitlines()
    assert history[-1].split("\t")[2:4] == ["failed", "1"]


def test_every_run_writes_a_dated_log_with_the_workflow_output(project):
    rebuild(project)
    rebuild(project, exit=1)
    logdir = project / "logs" / "rebuild"
    logs = sorted(logdir.glob("20*Z-*.log"))
    assert len(logs) == 2
    assert "fake snakemake wrote" in logs[0].read_text()
    assert "published" in logs[0].read_text()
    assert "snakemake failed" in logs[1].read_text()
    assert (logdir / "latest.log").resolve() == logs[1].resolve()


def test_a_second_run_exits_75_while_the_lock_is_held(project):
    results = publish_old(project)
    before = tree(results)
    lockfile = project / "logs" / "rebuild" / "rebuild.lock"
    lockfile.parent.mkdir(parents=True)
    with open(lockfile, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.write("pid 12345 since earlier\n")
        handle.flush()
        started = time.monotonic()
        result = rebuild(project)
        assert result.returncode == EXIT_LOCKED
        assert "another rebuild is running (pid 12345 since earlier" in result.stderr
        assert time.monotonic() - started < 10
        waited = time.monotonic()
        result = rebuild(project, "--wait", "1")
        assert result.returncode == EXIT_LOCKED
        assert time.monotonic() - waited >= 1
    assert not (project.parent / "fake_started").exists()
    assert tree(results) == before
    # Once the lock is free, a rebuild runs.
    assert rebuild(project).returncode == 0


def start_in_background(project, sleep):
    """A rebuild running in the background, returned once its (fake) workflow has started."""
    process = subprocess.Popen(
        [sys.executable, str(REBUILD), "--project", str(project)],
        env=env_for(project, sleep=sleep),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started = project.parent / "fake_started"
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists(), "the rebuild did not start the workflow"
    return process


def test_overlapping_rebuilds_never_run_together(project):
    publish_old(project)
    first = start_in_background(project, sleep=3)
    second = rebuild(project)
    assert second.returncode == EXIT_LOCKED, second.stderr
    # A second run that waits long enough gets its turn after the first finished.
    third = rebuild(project, "--wait", "30", output="third\n")
    assert first.wait(timeout=30) == 0
    assert third.returncode == 0, third.stderr
    assert (project / "results" / "01_documents.csv").read_text() == "third\n"


def test_sigterm_stops_the_run_without_publishing(project):
    results = publish_old(project)
    before = tree(results)
    process = start_in_background(project, sleep=30)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 128 + signal.SIGTERM
    assert tree(results) == before


def test_if_changed_skips_a_run_while_the_inputs_are_as_published(project):
    (project / "seeds").mkdir()
    (project / "seeds" / "a.txt").write_text("HR 0.5 (95% CI 0.3-0.8)\n")
    first = rebuild(project, "--if-changed", "--quiet", output="first\n")
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    logs = list((project / "logs" / "rebuild").glob("20*.log"))
    skipped = rebuild(project, "--if-changed", output="second\n")
    assert skipped.returncode == 0
    assert "up to date" in skipped.stderr
    assert (project / "results" / "01_documents.csv").read_text() == "first\n"
    assert list((project / "logs" / "rebuild").glob("20*.log")) == logs
    # A new document is a change.
    (project / "seeds" / "b.txt").write_text("another document\n")
    third = rebuild(project, "--if-changed", output="third\n")
    assert third.returncode == 0, third.stderr
    assert (project / "results" / "01_documents.csv").read_text() == "third\n"


def test_quiet_still_reports_a_failure(project):
    result = rebuild(project, "--quiet", exit=2)
    assert result.returncode == EXIT_FAILED
    assert "snakemake failed with exit code 2" in result.stderr


LOCK_AWARE_SNAKEMAKE = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    args = sys.argv[1:]
    locks = Path(".snakemake/locks")
    if "--unlock" in args:
        for lock in locks.glob("*"):
            lock.unlink()
        Path("unlocked.txt").write_text("yes")
        sys.exit(0)
    if locks.is_dir() and any(locks.iterdir()):
        print("LockException: Directory cannot be locked.")
        sys.exit(1)
    results = Path(args[args.index("--config") + 1].split("=", 1)[1])
    results.mkdir(parents=True, exist_ok=True)
    (results / "01_documents.csv").write_text("new\\n")
    """
)


def test_a_stale_lock_left_by_a_killed_rebuild_is_removed(project):
    (project.parent / "lock_aware.py").write_text(LOCK_AWARE_SNAKEMAKE)
    env = env_for(project)
    env["METASYNTH_SNAKEMAKE"] = f"{sys.executable} {project.parent / 'lock_aware.py'}"
    # what `kill -9` of a rebuild leaves: Snakemake's lock and the rebuild's running mark
    (project / ".snakemake" / "locks").mkdir(parents=True)
    (project / ".snakemake" / "locks" / "0.input.lock").write_text("seeds/a.txt\n")
    (project / "logs" / "rebuild").mkdir(parents=True)
    (project / "logs" / "rebuild" / "snakemake.running").write_text("pid 4242 since earlier\n")
    result = subprocess.run(
        [sys.executable, str(REBUILD), "--project", str(project)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (project / "unlocked.txt").exists()
    assert "pid 4242" in result.stderr and "stale Snakemake lock" in result.stderr
    assert (project / "results" / "01_documents.csv").read_text() == "new\n"
    assert not (project / "logs" / "rebuild" / "snakemake.running").exists()


def test_a_lock_without_the_rebuild_mark_is_not_removed(project):
    (project.parent / "lock_aware.py").write_text(LOCK_AWARE_SNAKEMAKE)
    env = env_for(project)
    env["METASYNTH_SNAKEMAKE"] = f"{sys.executable} {project.parent / 'lock_aware.py'}"
    (project / ".snakemake" / "locks").mkdir(parents=True)
    (project / ".snakemake" / "locks" / "0.input.lock").write_text("seeds/a.txt\n")
    result = subprocess.run(
        [sys.executable, str(REBUILD), "--project", str(project)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == EXIT_FAILED
    assert not (project / "unlocked.txt").exists()


def test_if_changed_watches_a_quoted_seeds_folder(project):
    (project / "config" / "config.yaml").write_text(
        'seeds_dir: "trial docs"  # quoted, with a space\n'
    )
    (project / "trial docs").mkdir()
    (project / "trial docs" / "a.txt").write_text("first\n")
    assert rebuild(project, "--if-changed").returncode == 0
    started = project.parent / "fake_started"
    started.unlink()
    assert rebuild(project, "--if-changed").returncode == 0
    assert not started.exists(), "nothing changed: no run"
    (project / "trial docs" / "b.txt").write_text("a new document\n")
    assert rebuild(project, "--if-changed").returncode == 0
    assert started.exists(), "a document added to the quoted seeds folder triggers a run"


def test_a_config_with_a_duplicate_key_stops_the_rebuild_with_its_line(project):
    (project / "config" / "config.yaml").write_text("seeds_dir: seeds\nseeds_dir: other\n")
    result = rebuild(project, "--if-changed")
    assert result.returncode == 2
    assert "line 2" in result.stderr and "'seeds_dir' appears twice" in result.stderr
