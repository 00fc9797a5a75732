"""Timing and memory of the pooling engine beside PyMARE and statsmodels.

Run by hand (not collected by pytest):

    .venv/bin/pip install -r tests/benchmarks/requirements.txt   # PyMARE, optional
    .venv/bin/python tests/benchmarks/bench_pooling.py [--repeats 5] [--sizes 10,1000,100000,1000000]

REML and DerSimonian-Laird at each k. Each library is timed in a child process
with an address-space limit (so a competitor that builds k x k matrices fails
cleanly instead of exhausting memory) and a time limit; a library that is not
installed, runs out of memory or time is reported as such. Printed: the median
wall time of the repeats per library, the ratio of each other library to this
engine, and the peak memory traced by tracemalloc during the first metasynth fit per k
(to show memory linear in k). metasynth's fit includes everything it returns
(Q, I^2, the prediction interval and the Q-profile tau^2 interval); the other
libraries are timed on their own fit calls.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 8 * 1024**3
CHILD_TIMEOUT = 300


def make_data(k: int, seed: int = 20240601):
    import numpy as np

    rng = np.random.default_rng(seed + k)
    sei = rng.uniform(0.05, 0.5, k)
    yi = rng.normal(0.1, np.sqrt(sei**2 + 0.04))
    return yi, sei


def runner_metasynth(method: str):
    from metasynth import pooling

    def run(yi, sei):
        return pooling.fit(yi, sei, method=method)["tau2"]

    return run


def runner_metasynth_bare(method: str):
    """The estimates only (no Q-profile tau^2 CI): the like-for-like rival of PyMARE's bare fit."""
    from metasynth import pooling

    def run(yi, sei):
        return pooling.fit(yi, sei, method=method, tau2_ci=False)["tau2"]

    return run


def runner_pymare(method: str, full: bool = False):
    from pymare import Dataset
    from pymare.estimators import DerSimonianLaird, VarianceBasedLikelihoodEstimator

    def run(yi, sei):
        data = Dataset(y=yi, v=sei**2)
        est = (
            VarianceBasedLikelihoodEstimator(method="REML")
            if method == "REML"
            else DerSimonianLaird()
        )
        est.fit_dataset(data)
        if full:  # the outputs metasynth's fit returns: CI, Q/I^2/H, Q-profile tau^2 CI
            summary = est.summary()
            summary.get_fe_stats()
            summary.get_re_stats()
            summary.get_heterogeneity_stats()
        return float(est.params_["tau2"].ravel()[0])

    return run


def runner_pymare_full(method: str):
    return runner_pymare(method, full=True)


def runner_statsmodels(method: str):
    from statsmodels.stats.meta_analysis import combine_effects

    if method != "DL":
        raise NotImplementedError("no REML in statsmodels")

    def run(yi, sei):
        return float(combine_effects(yi, sei**2, method_re="dl").tau2)

    return run


RUNNERS = {
    "metasynth": runner_metasynth,
    "metasynth_bare": runner_metasynth_bare,
    "pymare": runner_pymare,
    "pymare_full": runner_pymare_full,
    "statsmodels": runner_statsmodels,
}


def child_main(lib: str, method: str, k: int, repeats: int) -> None:
    """Time one library in this (child) process and print one JSON line."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    try:
        run = RUNNERS[lib](method)
    except ImportError as error:
        print(json.dumps({"status": f"not installed ({error.name})"}))
        return
    except NotImplementedError as error:
        print(json.dumps({"status": f"n/a ({error})"}))
        return
    yi, sei = make_data(k)
    peak = None
    try:
        if lib == "metasynth":
            # Memory of the first fit in the process: it allocates everything, including
            # the work vectors that later fits of the same size reuse.
            import tracemalloc

            tracemalloc.start()
            run(yi, sei)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        else:
            run(yi, sei)  # warm-up
        times = []
        tau2 = None
        for _ in range(repeats):
            start = time.perf_counter()
            tau2 = run(yi, sei)
            times.append(time.perf_counter() - start)
    except MemoryError:
        print(json.dumps({"status": "out of memory (8 GiB limit)"}))
        return
    except Exception as error:  # a competitor's failure is a result, not a crash
        print(json.dumps({"status": f"error: {type(error).__name__}: {error}"[:120]}))
        return
    print(
        json.dumps({"status": "ok", "median": statistics.median(times), "tau2": tau2, "peak": peak})
    )


def measure(lib: str, method: str, k: int, repeats: int) -> dict:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        lib,
        method,
        str(k),
        str(repeats),
    ]
    env = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PATH": ""}
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=CHILD_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return {"status": f"timeout (> {CHILD_TIMEOUT} s)"}
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"status": f"failed: {tail[:100]}"}
    return json.loads(lines[-1])


def format_ms(result: dict) -> str:
    return f"{1000 * result['median']:.2f}" if result.get("status") == "ok" else result["status"]


def run_benchmark(sizes, repeats: int) -> None:
    print(f"pooling benchmark: median of {repeats} repeats per cell, one thread, times in ms")
    print(
        "metasynth = pooling.fit (estimate, CI, PI, Q, I2, H2, Q-profile tau2 CI); "
        "PyMARE = fit_dataset (estimate only); PyMARE+ = fit_dataset + summary with FE, RE "
        "(Q-profile tau2 CI) and heterogeneity statistics; bare = pooling.fit(tau2_ci=False), "
        "compared with PyMARE's bare fit"
    )
    print(
        "| method | k | metasynth | metasynth bare | PyMARE | PyMARE+ | statsmodels "
        "| PyMARE / bare | PyMARE+ / metasynth | statsmodels / bare | metasynth peak memory (MiB) "
        "| bytes per study |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for method in ("REML", "DL"):
        for k in sizes:
            ours = measure("metasynth", method, k, repeats)
            bare = measure("metasynth_bare", method, k, repeats)
            few = repeats if k <= 100_000 else max(1, repeats // 2)
            pym = measure("pymare", method, k, few)
            pym_full = measure("pymare_full", method, k, few)
            sm = measure("statsmodels", method, k, repeats)

            def ratio(other, base=ours):
                if base.get("status") == "ok" and other.get("status") == "ok":
                    return f"{other['median'] / base['median']:.1f}x"
                return "-"

            peak = ours.get("peak")
            mib = f"{peak / 2**20:.1f}" if peak else "-"
            per = f"{peak / k:.0f}" if peak else "-"
            print(
                f"| {method} | {k:,} | {format_ms(ours)} | {format_ms(bare)} | {format_ms(pym)} | "
                f"{format_ms(pym_full)} | {format_ms(sm)} | {ratio(pym, bare)} | {ratio(pym_full)} | "
                f"{ratio(sm, bare)} | {mib} | {per} |",
                flush=True,
            )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", default="10,1000,100000,1000000")
    parser.add_argument(
        "--child", nargs=4, metavar=("LIB", "METHOD", "K", "REPEATS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        lib, method, k, repeats = args.child
        child_main(lib, method, int(k), int(repeats))
        return
    run_benchmark([int(x) for x in args.sizes.split(",")], args.repeats)


if __name__ == "__main__":
    main()
