"""Score study identity on a corpus annotated with the trial each document reports.

Usage: python scripts/evaluate_linking.py CORPUS_DIR

CORPUS_DIR holds ``docs/*.txt`` and ``gold_documents.csv`` (``doc_id`` and ``trial`` or
``trials``), optionally ``gold_trials.csv`` and ``gold_estimates.csv``. Prints pairwise
precision and recall of documents grouped into studies, trials split and studies mixing
trials, label and metadata accuracy, and every error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from metasynth.linking_evaluation import evaluate_linking, format_linking_report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", help="folder with docs/*.txt and gold_documents.csv")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus_dir)
    if not (corpus / "gold_documents.csv").is_file():
        parser.error(f"{corpus}: no gold_documents.csv")
    print(format_linking_report(evaluate_linking(corpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
