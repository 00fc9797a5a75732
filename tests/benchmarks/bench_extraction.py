"""Throughput of parse + extract on one core.

Run by hand: ``.venv/bin/python tests/benchmarks/bench_extraction.py [--documents 10000] [--runs 5]``.

The development corpus (tests/corpus/docs, or the seeds when there is none) is
repeated to the requested number of documents; each run parses and extracts all
of them in this process. Prints documents/second (median of the runs; wall clock, and by this
process's CPU time, which other load on the machine disturbs less), the
total size, and peak memory: Python allocations traced during one extra run
(tracemalloc) and the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
import tracemalloc
from pathlib import Path

from metasynth import extraction, parsing

ROOT = Path(__file__).resolve().parents[2]

TARGET_DOCS_PER_S = 500


def load_documents(count: int) -> list[tuple[str, str, bytes]]:
    folder = ROOT / "tests" / "corpus" / "docs"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not paths:
        paths = sorted((ROOT / "seeds").glob("*"))
    originals = [(p.stem, str(p), p.read_bytes()) for p in paths]
    return [
        (f"{doc_id}_{i // len(originals)}", file, data)
        for i, (doc_id, file, data) in ((i, originals[i % len(originals)]) for i in range(count))
    ]


def run(documents) -> int:
    estimates = 0
    for doc_id, file, data in documents:
        record, text = parsing.parse_document(doc_id, file, data)
        if text is not None:
            estimates += len(extraction.extract_estimates(doc_id, text, record))
    return estimates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    documents = load_documents(args.documents)
    total_bytes = sum(len(d) for _, _, d in documents)
    run(documents[:100])  # warm up regex caches
    rates, cpu_rates, estimates = [], [], 0
    for _ in range(args.runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        estimates = run(documents)
        rates.append(len(documents) / (time.perf_counter() - start))
        cpu_rates.append(len(documents) / (time.process_time() - cpu_start))
    tracemalloc.start()
    run(documents)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"documents: {len(documents)} ({total_bytes / len(documents):.0f} bytes on average), estimates: {estimates}"
    )
    print(
        f"parse + extract: {statistics.median(rates):.0f} documents/s (median of {args.runs} runs; "
        f"min {min(rates):.0f}, max {max(rates):.0f}); by CPU time of this process: "
        f"{statistics.median(cpu_rates):.0f} documents/s"
    )
    print(
        f"peak traced Python memory during one run: {traced_peak / 2**10:.0f} KiB; "
        f"max resident set size: {max_rss_kib / 1024:.1f} MiB"
    )
    median = statistics.median(rates)
    print(
        f"target >= {TARGET_DOCS_PER_S} documents/s on one core: "
        f"{'met' if median >= TARGET_DOCS_PER_S else 'missed'} ({median / TARGET_DOCS_PER_S:.2f}x)"
    )


if __name__ == "__main__":
    main()
