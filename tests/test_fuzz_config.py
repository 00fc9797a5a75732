"""Fuzzing the config: every bad config is refused quickly with the key or line that is wrong.

Families (issue 15): duplicate analysis names (YAML keeps the last), blank interventions,
results folders outside the project or overlapping the seeds, alias bombs, and arbitrary
structures, which must give a ConfigError and never another exception.
"""

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metasynth.config import ConfigError, check_config_files, validate_config
from metasynth.config_loader import MAX_EXPANDED_NODES, ConfigFileError, load_config_text

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "workflow" / "schemas" / "config.schema.yaml"
CONFIG_TEXT = (ROOT / "config" / "config.yaml").read_text()


def default_config():
    return yaml.safe_load(CONFIG_TEXT)


def test_the_project_config_loads_strictly_as_pyyaml_reads_it():
    assert load_config_text(CONFIG_TEXT) == default_config()


def test_a_duplicate_analysis_name_names_both_lines():
    text = CONFIG_TEXT + "\n  sorafenib_os:\n    intervention: other\n    outcomes: [OS]\n"
    assert len(yaml.safe_load(text)["analyses"]) == 2, "PyYAML silently keeps the last one"
    with pytest.raises(ConfigFileError) as info:
        load_config_text(text, "config/config.yaml")
    message = str(info.value)
    assert "config/config.yaml: line" in message and "'sorafenib_os' appears twice" in message


def test_check_config_files_reports_the_file(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("seeds_dir: a\nseeds_dir: b\n")
    with pytest.raises(ConfigError, match="line 2: key 'seeds_dir' appears twice"):
        check_config_files([path])


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    lines = [
        "analyses:",
        "  a:",
        "    intervention: sorafenib",
        "    outcomes: [PFS]",
        '    title: &l0 ["' + '","'.join(["lol"] * width) + '"]',
    ]
    for level in range(1, levels):
        refs = ",".join([f"*l{level - 1}"] * width)
        lines.append(f"    x{level}: &l{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_once():
    started = time.perf_counter()
    with pytest.raises(ConfigFileError, match="aliases expand to more than"):
        load_config_text(alias_bomb())
    # a hang guard with a wide margin (the bomb expands to 9^9 values)
    assert time.perf_counter() - started < 5


def test_an_alias_bomb_given_as_data_is_refused_before_validation():
    bomb = yaml.safe_load(alias_bomb())  # PyYAML shares the repeated lists: cheap to load
    started = time.perf_counter()
    with pytest.raises(ConfigError, match=f"more than {MAX_EXPANDED_NODES:,} values"):
        validate_config(bomb, SCHEMA)
    assert time.perf_counter() - started < 5


def test_a_few_aliases_are_fine():
    text = "defaults: &d [PFS, OS]\nanalyses:\n  a:\n    intervention: x1\n    outcomes: *d\n"
    assert load_config_text(text)["analyses"]["a"]["outcomes"] == ["PFS", "OS"]


@pytest.mark.parametrize("intervention", ["   ", "\t\n", ""])
def test_a_blank_intervention_is_refused(intervention):
    config = default_config()
    config["analyses"]["sorafenib_os"]["intervention"] = intervention
    with pytest.raises(ConfigError, match="analyses.sorafenib_os.intervention"):
        validate_config(config, SCHEMA)


def test_an_intervention_is_trimmed():
    config = default_config()
    config["analyses"]["sorafenib_os"]["intervention"] = "  sorafenib "
    assert (
        validate_config(config, SCHEMA)["analyses"]["sorafenib_os"]["intervention"] == "sorafenib"
    )


@pytest.mark.parametrize(
    "results_dir, expected",
    [
        ("/", "expected a folder inside the project"),
        (".", "expected a folder inside the project"),
        ("..", "expected a folder inside the project"),
        ("../elsewhere", "expected a folder inside the project"),
        ("seeds", "overlaps seeds_dir"),
        ("seeds/results", "overlaps seeds_dir"),
        ("./seeds/../seeds", "overlaps seeds_dir"),
    ],
)
def test_the_results_folder_is_inside_the_project_and_apart_from_the_seeds(
    results_dir, expected, tmp_path
):
    config = default_config()
    config["results_dir"] = results_dir
    with pytest.raises(ConfigError) as info:
        validate_config(config, SCHEMA, project_dir=tmp_path)
    assert "config key results_dir" in str(info.value) and expected in str(info.value)


def test_seeds_inside_the_results_folder_are_refused(tmp_path):
    config = default_config()
    config["results_dir"] = "out"
    config["seeds_dir"] = "out/docs"
    with pytest.raises(ConfigError, match="overlaps seeds_dir"):
        validate_config(config, SCHEMA, project_dir=tmp_path)


@pytest.mark.parametrize("level", [0.5, 1, 1.5, 0, -0.95, 95])
def test_levels_outside_the_open_interval_half_to_one_are_refused(level):
    config = default_config()
    config["analyses"]["sorafenib_os"]["level"] = level
    with pytest.raises(ConfigError, match="analyses.sorafenib_os.level"):
        validate_config(config, SCHEMA)


@pytest.mark.parametrize("shards", [0, -1, 4097, 10**9])
def test_shard_counts_outside_one_to_4096_are_refused(shards):
    config = default_config()
    config["batching"]["shards"] = shards
    with pytest.raises(ConfigError, match="batching.shards"):
        validate_config(config, SCHEMA)


# Any YAML-like structure: validation returns a config or raises ConfigError, nothing else.
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5000), st.floats(allow_nan=True), st.text(max_size=12)
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
keys = st.sampled_from(
    ["seeds_dir", "results_dir", "batching", "analyses", "plots", "small_study_min_k"]
)
analysis_keys = st.sampled_from(
    [
        "intervention",
        "outcomes",
        "level",
        "measure",
        "comparators",
        "roles",
        "subgroup",
        "method",
        "test",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    top=st.dictionaries(keys, values, max_size=4),
    analysis=st.dictionaries(analysis_keys, values, max_size=5),
)
def test_any_config_is_accepted_or_refused_with_a_config_error(top, analysis):
    config = default_config()
    config.update(top)
    if isinstance(config.get("analyses"), dict) and config["analyses"]:
        first = next(iter(config["analyses"]))
        if isinstance(config["analyses"][first], dict):
            config["analyses"][first].update(analysis)
    try:
        validate_config(config, SCHEMA)
    except ConfigError as error:
        assert "config" in str(error)
