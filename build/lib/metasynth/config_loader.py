"""Reading config/config.yaml strictly: the one loader of the workflow and scripts/rebuild.

PyYAML keeps the last of two equal keys without a word, so a second analysis with
the name of the first silently replaces it; and a few nested aliases ("billion
laughs") describe a document of billions of nodes that every later traversal
(validation, error messages) would walk. This loader refuses both, naming the line.
It needs only PyYAML, so the rebuild script can use it before anything else.
"""

from __future__ import annotations

from pathlib import Path

import yaml

# Most nodes a config may hold once its aliases are expanded; a real config has a few hundred.
MAX_EXPANDED_NODES = 100_000


class ConfigFileError(ValueError):
    """The config file cannot be read as a config; the message names the file and line."""


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate keys and documents that expand beyond a limit."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise ConfigFileError(
                    f"{self.name}: line {key_node.start_mark.line + 1}: key {key!r} appears twice "
                    f"in the same mapping (first at line {seen[key] + 1}); YAML would keep only "
                    "the last one, so give each its own name"
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def expanded_size(node, limit: int = MAX_EXPANDED_NODES, _memo=None) -> int:
    """Number of nodes of a YAML node graph with every alias expanded (capped at limit + 1)."""
    memo = {} if _memo is None else _memo
    if id(node) in memo:
        return memo[id(node)]
    total = 1
    if isinstance(node, yaml.MappingNode):
        children = [child for pair in node.value for child in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = node.value
    else:
        children = []
    for child in children:
        total += expanded_size(child, limit, memo)
        if total > limit:
            total = limit + 1
            break
    memo[id(node)] = total
    return total


def load_config_text(text: str, name: str = "<config>"):
    """Parse config text strictly: no duplicate keys, no alias expansion beyond the limit."""
    loader = _StrictLoader(text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        size = expanded_size(node)
        if size > MAX_EXPANDED_NODES:
            raise ConfigFileError(
                f"{name}: its anchors and aliases expand to more than {MAX_EXPANDED_NODES:,} "
                "values; a config needs a few hundred (write the values out instead of nesting aliases)"
            )
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        raise ConfigFileError(f"{name}: not valid YAML: {error}") from None
    finally:
        loader.dispose()


def load_config_file(path: str | Path):
    """The config file at ``path`` as Python data (see :func:`load_config_text`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigFileError(f"{path}: cannot be read ({error})") from None
    return load_config_text(text, str(path))


def config_size(value, limit: int = MAX_EXPANDED_NODES, _memo=None) -> int:
    """Number of values in loaded config data with shared objects counted each time they
    appear (capped at limit + 1): the cost of walking it."""
    memo = {} if _memo is None else _memo
    if id(value) in memo:
        return memo[id(value)]
    children = (
        list(value.values())
        if isinstance(value, dict)
        else value
        if isinstance(value, list)
        else []
    )
    total = 1
    for child in children:
        total += config_size(child, limit, memo)
        if total > limit:
            total = limit + 1
            break
    if isinstance(value, (dict, list)):
        memo[id(value)] = total
    return total
