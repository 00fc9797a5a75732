"""Write docs/outcomes.md and the config schema's outcome enum from the outcome vocabulary
(scripts/metasynth/data/outcomes.yaml).

Usage: python scripts/write_vocabulary_docs.py [--check]

--check exits 1 when either is not what the vocabulary gives (the test suite runs it), so
the table a reviewer reads and the codes the config accepts are the ones extraction uses.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from metasynth.vocabulary import OUTCOME_ALIASES, OUTCOME_CODES, OUTCOMES

DOC = Path(__file__).resolve().parents[1] / "docs" / "outcomes.md"
SCHEMA = Path(__file__).resolve().parents[1] / "workflow" / "schemas" / "config.schema.yaml"
# the analysis outcomes enum: the one enum whose first value is OS
# (an item of a list too: "- enum: [OS, ...]")
_OUTCOME_ENUM_RE = re.compile(r"^(?P<indent>[ ]*(?:- )?)enum: \[OS, [^\]\n]*\]$", re.MULTILINE)


def schema_with_outcome_enum(schema_text: str) -> str:
    codes = ", ".join(OUTCOME_CODES + sorted(OUTCOME_ALIASES))
    written, n = _OUTCOME_ENUM_RE.subn(
        lambda m: f"{m.group('indent')}enum: [{codes}]", schema_text, 1
    )
    if n != 1:
        raise SystemExit(f"{SCHEMA}: no outcome enum (a line 'enum: [OS, ...]') to write")
    return written


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
    schema = SCHEMA.read_text(encoding="utf-8")
    wanted = {DOC: outcomes_markdown(), SCHEMA: schema_with_outcome_enum(schema)}
    if args.check:
        stale = [
            path
            for path, text in wanted.items()
            if (path.read_text(encoding="utf-8") if path.exists() else "") != text
        ]
        for path in stale:
            print(
                f"{path} is out of date: run python scripts/write_vocabulary_docs.py",
                file=sys.stderr,
            )
        return 1 if stale else 0
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
