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


# the fields an outcome code may carry; anything else is a typo, or a name whose commas
# split a YAML flow mapping into stray keys (quote such names)
_CODE_FIELDS = {"name", "area", "aliases", "kind"}


def check_outcome_codes(codes: dict, path: Path) -> None:
    """Each code is a mapping with a text ``name`` and ``area`` and no unknown field."""
    for code, meta in codes.items():
        where = f"{path}: outcome code {code}"
        if not isinstance(meta, dict):
            raise ValueError(f"{where}: expected a mapping of {sorted(_CODE_FIELDS)}, got {meta!r}")
        unknown = sorted(set(meta) - _CODE_FIELDS)
        if unknown:
            raise ValueError(
                f"{where}: unknown field(s) {unknown}; expected {sorted(_CODE_FIELDS)} "
                "(a name containing commas must be quoted)"
            )
        for field in ("name", "area"):
            if not isinstance(meta.get(field), str) or not meta[field].strip():
                raise ValueError(f"{where}: '{field}' must be a non-empty text")


def load_outcome_vocabulary(path: Path = OUTCOME_VOCABULARY) -> dict:
    """Codes (name, area, aliases), ambiguous codes and phrases, as in the file."""
    with open(path, encoding="utf-8") as handle:
        vocabulary = load_yaml(handle)
    check_outcome_codes(vocabulary["codes"], path)
    return vocabulary


OUTCOMES = load_outcome_vocabulary()
OUTCOME_CODES = list(OUTCOMES["codes"])
# alias -> code ("ACM" -> "OS")
OUTCOME_ALIASES = {
    alias: code for code, meta in OUTCOMES["codes"].items() for alias in meta.get("aliases", [])
}
