"""Integration: the workflow gives the same bytes on a Slurm cluster as locally.

Starts a throw-away single-node Slurm cluster (tests/slurm/setup_cluster.sh, into a
temporary folder, on free ports), runs the workflow on one copy of the project with
`--cores 2` and on another with `--profile workflow/profiles/slurm`, compares every file
under results/ byte for byte, and stops only the daemons it started.

When it runs:
- METASYNTH_SLURM_TEST=1: always; a cluster that cannot be set up is a failure.
- METASYNTH_SLURM_TEST=0: never.
- unset: when snakemake-executor-plugin-slurm is installed, the test runs as root (slurmd
  needs it) and either the Slurm daemons are installed already, or this is a CI machine
  (CI set) where apt-get can install them.
  On a 2-core machine: cluster setup 8 s with apt-get, local run 7 s, Slurm run
  93 s (the profile groups the workflow into 9 Slurm jobs), about 110 s in all.
"""

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from project_copy import copy_project, digests

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "tests" / "slurm" / "setup_cluster.sh"
STOP = ROOT / "tests" / "slurm" / "stop_cluster.sh"
SNAKEMAKE = [sys.executable, "-m", "snakemake"]


def skip_reason() -> str | None:
    wanted = os.environ.get("METASYNTH_SLURM_TEST", "")
    if wanted == "0":
        return "METASYNTH_SLURM_TEST=0"
    if importlib.util.find_spec("snakemake_executor_plugin_slurm") is None:
        return (
            "snakemake-executor-plugin-slurm is not installed "
            "(pip install snakemake-executor-plugin-slurm==2.8.0)"
        )
    if wanted == "1":
        return None
    if os.geteuid() != 0:
        return "starting slurmd needs root; METASYNTH_SLURM_TEST=1 runs it anyway"
    if all(shutil.which(tool) for tool in ("slurmctld", "slurmd", "munged", "sbatch")):
        return None
    if os.environ.get("CI") and os.geteuid() == 0 and shutil.which("apt-get"):
        return None
    return (
        "Slurm is not installed; set METASYNTH_SLURM_TEST=1 to install it with apt-get "
        "(root) and run this test"
    )


REASON = skip_reason()
pytestmark = [
    pytest.mark.slurm,
    pytest.mark.slow,
    pytest.mark.skipif(REASON is not None, reason=REASON or ""),
]


def free_port_pair() -> int:
    """A port p such that p and p + 1 are free (slurmctld and slurmd)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port >= 65535:
            continue
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("0.0.0.0", port))
                b.bind(("0.0.0.0", port + 1))
            return port
        except OSError:
            continue
    raise RuntimeError("no two consecutive free ports for slurmctld and slurmd")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    # A short path: munge and Slurm sockets must fit in sun_path.
    state = Path(tmp_path_factory.mktemp("slurm"))
    env = dict(os.environ, METASYNTH_SLURM_PORT=str(free_port_pair()))
    started = time.monotonic()
    setup = subprocess.run(
        ["bash", str(SETUP), str(state)], env=env, capture_output=True, text=True, timeout=600
    )
    print(f"cluster setup: {time.monotonic() - started:.1f} s\n{setup.stdout}")
    try:
        if setup.returncode != 0:
            pytest.fail(f"setup_cluster.sh failed:\n{setup.stdout}\n{setup.stderr}")
        yield state / "slurm.conf"
    finally:
        # Only the PIDs setup_cluster.sh recorded in this state folder.
        stop = subprocess.run(
            ["bash", str(STOP), str(state)], capture_output=True, text=True, timeout=120
        )
        print(stop.stdout, stop.stderr)


def run(project: Path, args: list[str], env: dict, timeout: int) -> float:
    started = time.monotonic()
    result = subprocess.run(
        SNAKEMAKE + args, cwd=project, env=env, capture_output=True, text=True, timeout=timeout
    )
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise AssertionError(
            f"snakemake {' '.join(args)} failed after {seconds:.0f} s:\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
        )
    return seconds


def test_slurm_run_gives_the_same_results_as_a_local_run(cluster, tmp_path):
    local = copy_project(tmp_path / "local")
    on_slurm = copy_project(tmp_path / "slurm")
    env = dict(os.environ, SLURM_CONF=str(cluster))
    # The cluster's srun (which keeps SLURM_CONF inside jobs, see setup_cluster.sh) and
    # this Python's snakemake come first, without an activated environment.
    env["PATH"] = os.pathsep.join(
        [str(cluster.parent / "bin"), str(Path(sys.executable).parent), env.get("PATH", "")]
    )

    local_seconds = run(local, ["--cores", "2"], env, timeout=900)
    slurm_seconds = run(on_slurm, ["--profile", "workflow/profiles/slurm"], env, timeout=1800)
    print(f"local run: {local_seconds:.1f} s; slurm run: {slurm_seconds:.1f} s")

    # The jobs really went through Slurm (finished jobs stay listed for MinJobAge).
    squeue = subprocess.run(
        ["squeue", "--states=all", "--noheader", "--format=%i"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert squeue.stdout.split(), "no Slurm jobs were recorded"
    print(f"Slurm jobs: {len(squeue.stdout.split())}")

    expected = digests(local / "results")
    produced = digests(on_slurm / "results")
    assert expected, "the local run wrote no results"
    assert sorted(produced) == sorted(expected)
    differing = [name for name in expected if produced[name] != expected[name]]
    assert not differing, f"differ between local and Slurm runs: {differing}"
