"""Validation of the run configuration against its JSON schema.

jsonschema does the structural checks; this module turns its findings into
messages that name the config key (``analyses.sorafenib_os.outcomes[0]``),
fills in the schema's defaults and adds the few checks a schema cannot express.
"""

from __future__ import annotations

import copy
from pathlib import Path

import jsonschema
import yaml


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
        options = [f"one of {o['enum']}" if "enum" in o else f"text matching {o['pattern']}"
                   for o in error.validator_value if "enum" in o or "pattern" in o]
        return f"config key {where}: {error.instance!r} is not valid; expected {' or '.join(options)}"
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
        return yaml.safe_load(handle)


def validate_config(config: dict, schema_path: str | Path) -> dict:
    """Return a validated copy of ``config`` with defaults filled in.

    Raises :class:`ConfigError` listing every problem, each naming its key.
    """
    schema = load_schema(schema_path)
    config = copy.deepcopy(config if config is not None else {})
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(config), key=lambda e: list(map(str, e.absolute_path)))
    messages = [_describe(e) for e in errors]
    if not messages:
        _fill_defaults(config, schema, schema)
        messages.extend(_semantic_problems(config))
    if messages:
        raise ConfigError(
            "invalid configuration:\n  " + "\n  ".join(messages)
        )
    for name, analysis in config["analyses"].items():
        analysis.setdefault("title", name)
        analysis.setdefault("intervention_label", analysis["intervention"].capitalize())
        analysis["name"] = name
    return config


def _semantic_problems(config: dict) -> list[str]:
    problems = []
    for name, analysis in config["analyses"].items():
        intervention = analysis["intervention"].lower()
        for i, comparator in enumerate(analysis.get("comparators", []) or []):
            if intervention in comparator.lower():
                problems.append(
                    f"config key analyses.{name}.comparators[{i}]: {comparator!r} contains the "
                    f"intervention {analysis['intervention']!r}; a comparator must be another arm"
                )
    return problems
