"""Linking speed: seconds for ``linking.link_studies`` on N synthetic document records.

Each trial has three reports. In the first corpus every report states its trial's
registry id; in the second, one report in ten states nothing (no id, no name), so the
``similar_text`` rule compares it with every study by its words. Every page's
``text_words`` are 12 words of its own trial, 60 of a 300-word field vocabulary (each
on a fifth of the pages: too common to weigh) and 28 of a 50,000-word vocabulary (the
long tail, the costly part: on about N * 28 / 50,000 pages each). Prints the median of
``--repeat`` runs per size and corpus, and how many pages the rule joined to their trial.

    .venv/bin/python tests/benchmarks/bench_linking.py [--sizes 10000 50000 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from metasynth.linking import link_studies


def corpus(n: int, unnamed_every: int, seed: int = 1) -> list[dict]:
    rnd = random.Random(seed)
    vocab = [f"w{i}" for i in range(50_000)]
    field = vocab[:300]
    docs = []
    for i in range(n):
        trial = i // 3
        words = [f"t{trial}x{j}" for j in range(12)] + rnd.sample(field, 60) + rnd.sample(vocab, 28)
        doc = {
            "doc_id": f"d{i:06d}",
            "status": "ok",
            "design": "rct",
            "source_type": "journal_abstract",
            "title": f"Trial {trial}",
            "year": "2020",
            "n_estimates": "1",
            "text_words": " ".join(words),
        }
        if not unnamed_every or i % unnamed_every:
            doc["registry_ids"] = f"NCT{10_000_000 + trial:08d}"
        docs.append(doc)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| records | pages naming nothing | median s | min s | max s | joined by similar_text |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        for every in (0, 10):
            docs = corpus(n, every)
            times, joined = [], 0
            for _ in range(args.repeat):
                start = time.perf_counter()
                studies, _ = link_studies(docs)
                times.append(time.perf_counter() - start)
                joined = sum(s["link_evidence"].count("similar_text:") for s in studies)
            unnamed = n // every if every else 0
            print(
                f"| {n:,} | {unnamed:,} | {statistics.median(times):.2f} | {min(times):.2f} | "
                f"{max(times):.2f} | {joined:,} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
