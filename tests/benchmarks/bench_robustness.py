"""Seconds per MB of parse + extract on large and pathological pages (issue 15).

Run by hand: ``.venv/bin/python tests/benchmarks/bench_robustness.py [--runs 3] [--sizes 1 10 50]``.

Pages: the development corpus (tests/corpus/docs) joined and repeated to 1, 10 and 50 MB
(one document each), and pathological layouts of the fuzzing pass: 3,000 blank lines,
3,000 whitespace-only lines, 20,000 estimates on one line, the corpus with CR-only line
ends, the corpus sprinkled with zero-width spaces and soft hyphens, a sentence of 5,500
biomarker populations, and 3,000 named paragraphs after a count of trials. Prints the median
of the runs (parse and extract separately, seconds per MB, and CPU seconds per MB of this
process, which other load on the machine disturbs less) beside the targets: a 50 MB page
in under 30 s, any page under 1 MB in under 1 s.

Every run reads its page as if for the first time: the caches the parser and extractor keep
per text (and per word) are emptied before it, so that a second run of the same page does
not find its title, trial names or arm names already worked out. The patterns are compiled
before the first run (a job compiles them once for all its documents).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from pathlib import Path

from metasynth import extraction, parsing_text, trials

ROOT = Path(__file__).resolve().parents[2]

TARGET_50MB_S = 30.0
TARGET_SMALL_PAGE_S = 1.0


def corpus_text() -> str:
    paths = sorted((ROOT / "tests" / "corpus" / "docs").glob("*.txt")) or sorted(
        (ROOT / "seeds").glob("*")
    )
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths) + "\n\n"


def repeated(text: str, megabytes: float) -> str:
    return text * max(1, round(megabytes * 1e6 / len(text.encode("utf-8"))))


def pathological(corpus: str) -> dict[str, str]:
    one_line = " ".join(
        f"HR {0.30 + (i % 60) / 100:.2f} (95% CI 0.10-1.90)," for i in range(20_000)
    )
    sprinkled = corpus.replace("0.", "0.\u200b").replace("–", "\u00ad–")
    # who was enrolled, then one sentence of 0.5 MB with no full stop of biomarker
    # populations before their ratios (the sentences saying who was enrolled must be found
    # without trying every offset of that sentence)
    enrolled = (
        "Patients with a PD-L1 combined positive score of 1 or higher were enrolled.\n"
        + (
            "among patients with CPS of 10 or higher, the hazard ratio was 0·69 (95% CI 0·49-0·97); "
        )
        * 5_500
    )
    return {
        "3,000 blank lines (14 KB)": "Title of the page\n"
        + " \n" * 3000
        + "PFS HR 0.5 (95% CI 0.3-0.8).\n",
        "3,000 whitespace-only lines": "Title\n" + "  \t \n" * 3000,
        "20,000 estimates on one line": one_line,
        "corpus, CR-only line ends": corpus.replace("\n", "\r"),
        "corpus, zero-width spaces and soft hyphens": sprinkled,
        "biomarker populations in one sentence (0.5 MB)": "Pembrolizumab in gastric cancer\n\n"
        + enrolled,
        # a count of trials, then 3,000 paragraphs each opened by a name with its people:
        # every paragraph's bounds are looked for, which must not scan from the page's start
        "3,000 named paragraphs after a count of trials": "Two trials were published together "
        "today.\n\n"
        + "".join(f"ZX{i:04d}-A (site {i}) randomised {i + 10} women.\n\n" for i in range(3000)),
    }


def clear_caches() -> None:
    """Empty every functools cache of the metasynth modules (per-text and per-word) and
    the last text the trial-name reader kept."""
    trials.forget_last_text()
    for name, module in list(sys.modules.items()):
        if name == "metasynth" or name.startswith("metasynth."):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()


def warm_up(corpus: str) -> None:
    """Parse and extract one short page once, so that no run pays for compiling patterns."""
    record, decoded = parsing_text.parse_document("warm", "warm.txt", corpus[:20_000].encode())
    if decoded:
        extraction.extract_estimates("warm", decoded, record)
    clear_caches()


def time_page(text: str, runs: int) -> tuple[float, float, float, int]:
    """Median wall-clock seconds of parse and of extract, median CPU seconds of both (this
    process only: less disturbed by other load on the machine), and the number of estimates."""
    data = text.encode("utf-8")
    parse_times, extract_times, cpu_times, found = [], [], [], 0
    for _ in range(runs):
        clear_caches()
        started, cpu_started = time.perf_counter(), time.process_time()
        record, decoded = parsing_text.parse_document("page", "page.txt", data)
        parsed = time.perf_counter()
        found = len(extraction.extract_estimates("page", decoded, record)) if decoded else 0
        extract_times.append(time.perf_counter() - parsed)
        parse_times.append(parsed - started)
        cpu_times.append(time.process_time() - cpu_started)
    return (
        statistics.median(parse_times),
        statistics.median(extract_times),
        statistics.median(cpu_times),
        found,
    )


def report(name: str, text: str, runs: int) -> float:
    megabytes = len(text.encode("utf-8")) / 1e6
    parse_s, extract_s, cpu_s, found = time_page(text, runs)
    total = parse_s + extract_s
    print(
        f"{name:<45} {megabytes:8.2f} MB  parse {parse_s:6.2f} s  extract {extract_s:6.2f} s  "
        f"total {total:6.2f} s = {total / megabytes:5.2f} s/MB (CPU {cpu_s / megabytes:5.2f} s/MB)  "
        f"({found} estimates)",
        flush=True,
    )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median is printed")
    parser.add_argument(
        "--sizes", type=float, nargs="+", default=[1, 10, 50], help="page sizes in MB"
    )
    args = parser.parse_args()
    corpus = corpus_text()
    warm_up(corpus)
    print(
        f"median of {args.runs} runs, caches emptied before each; targets: 50 MB in < {TARGET_50MB_S:g} s, "
        f"any page < 1 MB in < {TARGET_SMALL_PAGE_S:g} s"
    )
    for megabytes in args.sizes:
        runs = args.runs if megabytes <= 10 else max(1, min(args.runs, 3))
        total = report(f"corpus repeated to {megabytes:g} MB", repeated(corpus, megabytes), runs)
        if megabytes == 50:
            print(f"  50 MB target {'met' if total < TARGET_50MB_S else 'NOT met'}")
    for name, text in pathological(corpus).items():
        total = report(name, text, args.runs)
        if len(text.encode("utf-8")) < 1e6:
            print(f"  under-1-MB target {'met' if total < TARGET_SMALL_PAGE_S else 'NOT met'}")


if __name__ == "__main__":
    main()
