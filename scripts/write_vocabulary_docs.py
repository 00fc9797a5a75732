"""Write docs/outcomes.md from the outcome vocabulary (scripts/metasynth/data/outcomes.yaml).

Usage: python scripts/write_vocabulary_docs.py [--check]

--check exits 1 when docs/outcomes.md is not what the vocabulary gives (the test suite
runs it), so the table a reviewer reads is the one extraction uses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from metasynth.vocabulary import OUTCOMES

DOC = Path(__file__).resolve().parents[1] / "docs" / "outcomes.md"


def outcomes_markdown(vocabulary: dict = OUTCOMES) -> str:
    lines = [
        "# Outcome codes",
        "",
        "Written by `scripts/write_vocabulary_docs.py` from `scripts/metasynth/data/outcomes.yaml`;",
        "edit the vocabulary, not this page. An analysis names its eligible outcomes by code (or",
        "alias) in `config/config.yaml`; the phrases are what extraction recognises, tried in the",
        "order listed (composites and longer phrases before their parts).",
        "",
        "| code | aliases | area | meaning | phrases |",
        "|---|---|---|---|---|",
    ]
    phrases: dict[str, list[str]] = {}
    for entry in vocabulary["phrases"]:
        phrases.setdefault(entry["code"], []).append(
            f"`{entry['re']}`" + (" (as printed)" if entry.get("case") == "exact" else "")
        )
    for code, meta in vocabulary["codes"].items():
        cells = [
            code,
            ", ".join(meta.get("aliases", [])),
            meta["area"],
            meta["name"],
            "<br>".join(phrases.get(code, [])),
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += ["", "Decided by the document, not by a phrase alone:", ""]
    for code, meaning in vocabulary["ambiguous"].items():
        lines.append(f"- `{code}`: {meaning}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if docs/outcomes.md is out of date"
    )
    args = parser.parse_args(argv)
    text = outcomes_markdown()
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print(
                f"{DOC} is out of date: run python scripts/write_vocabulary_docs.py",
                file=sys.stderr,
            )
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
