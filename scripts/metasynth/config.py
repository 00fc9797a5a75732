"""Validation of the run configuration against its JSON schema.

jsonschema does the structural checks; this module turns its findings into
messages that name the config key (``analyses.sorafenib_os.outcomes[0]``),
fills in the schema's defaults and adds the few checks a schema cannot express.
"""

from __future__ import annotations

import copy
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jsonschema

from .config_loader import MAX_EXPANDED_NODES, ConfigFileError, config_size, load_config_file
from .vocabulary import OUTCOME_ALIASES, load_yaml


class ConfigError(ValueError):
    """The configuration is invalid; the message names every offending key."""


def key_path(path) -> str:
    """``deque(['analyses', 'a', 'outcomes', 0])`` -> ``analyses.a.outcomes[0]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "(top level)"


def _describe(error: jsonschema.ValidationError) -> str:
    where = key_path(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))
        return f"config key {where}: unknown key(s) {extra}; expected one of {allowed}"
    if error.validator == "enum":
        return f"config key {where}: {error.instance!r} is not one of {error.validator_value}"
    if error.validator == "type":
        return (
            f"config key {where}: expected {error.validator_value}, "
            f"got {type(error.instance).__name__} {error.instance!r}"
        )
    if error.validator == "anyOf":
        options = [
            f"one of {o['enum']}" if "enum" in o else f"text matching {o['pattern']}"
            for o in error.validator_value
            if "enum" in o or "pattern" in o
        ]
        return (
            f"config key {where}: {error.instance!r} is not valid; expected {' or '.join(options)}"
        )
    if error.validator == "required":
        return f"config key {where}: {error.message}"
    if error.validator == "pattern" or error.validator == "propertyNames":
        return f"config key {where}: {error.message}"
    return f"config key {where}: {error.message}"


def _fill_defaults(instance, schema, root):
    """Insert schema defaults for absent keys (objects only, recursively)."""
    if "$ref" in schema:
        ref = schema["$ref"].split("/")[-1]
        schema = root["$defs"][ref]
    if not isinstance(instance, dict):
        return
    for key, sub in schema.get("properties", {}).items():
        if key not in instance and "default" in sub:
            instance[key] = copy.deepcopy(sub["default"])
        if key in instance:
            _fill_defaults(instance[key], sub, root)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        for key, value in instance.items():
            if key not in schema.get("properties", {}):
                _fill_defaults(value, extra, root)


def load_schema(schema_path: str | Path) -> dict:
    with open(schema_path, encoding="utf-8") as handle:
        return load_yaml(handle)


def check_config_files(paths) -> None:
    """Read each config file strictly (duplicate keys, alias bombs) or raise ConfigError."""
    for path in paths:
        try:
            load_config_file(path)
        except ConfigFileError as error:
            raise ConfigError(f"invalid configuration:\n  {error}") from None


def validate_config(
    config: dict, schema_path: str | Path, project_dir: str | Path | None = None
) -> dict:
    """Return a validated copy of ``config`` with defaults filled in.

    ``project_dir`` (default: the working directory) is where relative folders are
    resolved. Raises :class:`ConfigError` listing every problem, each naming its key.
    """
    if config_size(config) > MAX_EXPANDED_NODES:
        raise ConfigError(
            f"invalid configuration:\n  config (top level): more than {MAX_EXPANDED_NODES:,} values once "
            "YAML aliases are expanded; write the values out instead of nesting aliases"
        )
    schema = load_schema(schema_path)
    config = copy.deepcopy(config if config is not None else {})
    import jsonschema  # here: the rules that only read drug terms need not import it

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(config), key=lambda e: list(map(str, e.absolute_path)))
    messages = [_describe(e) for e in errors]
    if not messages:
        _fill_defaults(config, schema, schema)
        messages.extend(_semantic_problems(config))
        messages.extend(_folder_problems(config, Path(project_dir or Path.cwd())))
    if messages:
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(messages))
    for name, analysis in config["analyses"].items():
        analysis["outcomes"] = list(
            dict.fromkeys(OUTCOME_ALIASES.get(o, o) for o in analysis["outcomes"])
        )
        analysis["intervention_terms"] = drug_terms(analysis["intervention"])
        analysis["comparator_terms"] = drug_terms(analysis.get("comparators") or [])
        analysis["intervention"] = drug_names_text(analysis["intervention"])
        analysis["comparators"] = [drug_names_text(c) for c in analysis.get("comparators") or []]
        analysis.setdefault("title", name)
        label = analysis["intervention"]
        analysis.setdefault("intervention_label", label[:1].upper() + label[1:])
        analysis["name"] = name
    return config


def _drug_list(value) -> list:
    return value if isinstance(value, list) else [value]


def drug_terms(value) -> list[str]:
    """Every name and synonym of a drug or list of drugs, lower case, in order."""
    terms = []
    for drug in _drug_list(value):
        if isinstance(drug, dict):
            terms += [drug["name"], *drug.get("synonyms", [])]
        else:
            terms.append(drug)
    return list(dict.fromkeys(t.strip().lower() for t in terms if t.strip()))


def drug_names_text(value) -> str:
    """The names of a drug or list of drugs for messages and labels ("a, b or c")."""
    names = [(d["name"] if isinstance(d, dict) else d).strip() for d in _drug_list(value)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@functools.lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern:
    return re.compile(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])")


def mentions_drug(terms: list[str], text: str) -> bool:
    """Does ``text`` name one of ``terms`` as a whole word (case-insensitive)?
    "mab" never matches "pembrolizumab"; "sacubitril-valsartan" matches as written.
    (Each term's pattern is compiled once: harmonisation asks for every arm of every
    estimate.)"""
    text = text.lower()
    return any(_term_pattern(t).search(text) for t in terms)


def _folder_problems(config: dict, project: Path) -> list[str]:
    """The results folder must lie inside the project and apart from the seeds: a run
    writing into seeds/ would read its own results as documents on the next run."""
    project = project.resolve()
    seeds = (project / config["seeds_dir"]).resolve()
    results = (project / config["results_dir"]).resolve()
    problems = []
    if results == project or project not in results.parents:
        problems.append(
            f"config key results_dir: {config['results_dir']!r} resolves to {results}; expected a "
            f"folder inside the project {project} (such as 'results')"
        )
    if results == seeds or seeds in results.parents or results in seeds.parents:
        problems.append(
            f"config key results_dir: {config['results_dir']!r} overlaps seeds_dir "
            f"{config['seeds_dir']!r}; results and documents must be separate folders"
        )
    return problems


def _semantic_problems(config: dict) -> list[str]:
    problems = []
    for name, analysis in config["analyses"].items():
        intervention = drug_terms(analysis["intervention"])
        for i, comparator in enumerate(analysis.get("comparators", []) or []):
            clash = sorted(
                t
                for t in intervention
                if any(mentions_drug([t], c) for c in drug_terms(comparator))
            )
            if clash:
                problems.append(
                    f"config key analyses.{name}.comparators[{i}]: {drug_names_text(comparator)!r} is also "
                    f"an intervention ({', '.join(clash)}); a comparator must be another arm"
                )
    return problems
