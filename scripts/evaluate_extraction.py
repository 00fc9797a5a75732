"""Score parsing and extraction on an annotated corpus.

Usage: python scripts/evaluate_extraction.py CORPUS_DIR [--gold FILE] [--json]

CORPUS_DIR holds ``docs/*.txt`` and ``gold_estimates.csv`` (and optionally
``gold_documents.csv``). Prints precision, recall and F1 for ratio estimates,
accuracy of outcome, role and orientation on matched estimates, and the misses
and false positives. Always exits 0 when the corpus could be read.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from metasynth.evaluation import evaluate, format_report


def _without_nan(value):
    """JSON has no NaN: undefined scores (nothing to score) become null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _without_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nan(v) for v in value]
    return value


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", help="folder with docs/*.txt and gold_estimates.csv")
    parser.add_argument(
        "--gold", help="gold estimates CSV (default: CORPUS_DIR/gold_estimates.csv)"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus_dir)
    gold = Path(args.gold) if args.gold else corpus / "gold_estimates.csv"
    if not (corpus / "docs").is_dir():
        parser.error(f"{corpus}: no docs/ folder with the corpus documents")
    if not gold.is_file():
        parser.error(f"{gold}: gold estimates file not found")
    result = evaluate(corpus, gold)
    if args.json:
        print(json.dumps(_without_nan(result), indent=2, sort_keys=True, ensure_ascii=False))
    else:
        print(format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
