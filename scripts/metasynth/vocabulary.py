"""Vocabularies kept as data (``scripts/metasynth/data/``), read once.

The outcome vocabulary names every outcome code (with its area and aliases) and the
phrases that name it in text; extraction, the config schema's outcome enum and
``docs/outcomes.md`` all come from it.
"""

from __future__ import annotations

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
# libyaml's loader when PyYAML has it: the same documents, several times faster to read,
# which every job that imports the vocabulary pays at start-up
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(handle):
    """A YAML data file (vocabulary or schema) as plain data, with the fastest safe loader."""
    return yaml.load(handle, Loader=_LOADER)


OUTCOME_VOCABULARY = DATA / "outcomes.yaml"


def load_outcome_vocabulary(path: Path = OUTCOME_VOCABULARY) -> dict:
    """Codes (name, area, aliases), ambiguous codes and phrases, as in the file."""
    with open(path, encoding="utf-8") as handle:
        return load_yaml(handle)


OUTCOMES = load_outcome_vocabulary()
OUTCOME_CODES = list(OUTCOMES["codes"])
# alias -> code ("ACM" -> "OS")
OUTCOME_ALIASES = {
    alias: code for code, meta in OUTCOMES["codes"].items() for alias in meta.get("aliases", [])
}
