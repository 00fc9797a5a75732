"""Time the workflow on the project's own seeds: cold runs and no-op reruns.

    .venv/bin/python tests/benchmarks/bench_seeds.py [--repeat 5] [--cores 4]

A cold run starts from a copy of the project without results/, .snakemake/ or
.metasynth/; a no-op rerun follows a complete run. The baseline, measured in the
same session, is `snakemake --version` (interpreter start and Snakemake import),
so figures from a busy machine can be read against it. Prints medians and ranges.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _project_copy():
    """tests/project_copy.py, shared with the tests, loaded from its file (benchmarks run
    as scripts, so the tests folder is not on the import path)."""
    spec = importlib.util.spec_from_file_location(
        "project_copy", ROOT / "tests" / "project_copy.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


copy_project = _project_copy().copy_project

SNAKEMAKE = [sys.executable, "-m", "snakemake"]


def timed(args, cwd) -> float:
    started = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<28} median {statistics.median(values):6.2f} s   "
        f"min {min(values):6.2f}   max {max(values):6.2f}   n={len(values)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cores", type=int, default=4)
    args = parser.parse_args()
    run = SNAKEMAKE + ["--cores", str(args.cores), "--quiet"]
    with tempfile.TemporaryDirectory() as tmp:
        baseline, cold, noop = [], [], []
        for i in range(args.repeat):
            project = copy_project(Path(tmp) / f"p{i}")
            baseline.append(timed(SNAKEMAKE + ["--version"], project))
            cold.append(timed(run, project))
            noop.append(timed(run, project))
        print(f"seeds: {len(list((ROOT / 'seeds').iterdir()))} documents, --cores {args.cores}")
        print(summary("baseline (snakemake --version)", baseline))
        print(summary("cold run", cold))
        print(summary("no-op rerun", noop))
        base = statistics.median(baseline)
        print(
            f"cold / baseline {statistics.median(cold) / base:.1f}x, "
            f"no-op / baseline {statistics.median(noop) / base:.1f}x"
        )


if __name__ == "__main__":
    main()
