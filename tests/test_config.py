"""Config validation names the offending key."""

from pathlib import Path

import pytest
import yaml

from metasynth.config import ConfigError, validate_config

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "workflow" / "schemas" / "config.schema.yaml"


def default_config():
    return yaml.safe_load((ROOT / "config" / "config.yaml").read_text())


def test_default_config_is_valid_and_gets_defaults():
    config = validate_config(default_config(), SCHEMA)
    analysis = config["analyses"]["sorafenib_progression"]
    assert analysis["method"] == "REML" and analysis["test"] == "knha"
    assert analysis["name"] == "sorafenib_progression"
    assert config["results_dir"] == "results"


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda c: c.update(colour="red"), "unknown key(s) ['colour']"),
        (
            lambda c: c["batching"].update(shards="eight"),
            "config key batching.shards: expected integer",
        ),
        (
            lambda c: c["analyses"]["sorafenib_os"]["outcomes"].append("XYZ"),
            "config key analyses.sorafenib_os.outcomes[1]: 'XYZ' is not valid; expected one of",
        ),
        # a timed death needs a horizon of 1 to 999 in hours, days, weeks, months or years
        (
            lambda c: c["analyses"]["sorafenib_os"]["outcomes"].append("DEATH_90X"),
            "outcomes[1]: 'DEATH_90X' is not valid; expected one of",
        ),
        (
            lambda c: c["analyses"]["sorafenib_os"]["outcomes"].append("DEATH_0D"),
            "text matching ^DEATH_[1-9][0-9]{0,2}[HDWMY]$",
        ),
        (
            lambda c: c["analyses"]["sorafenib_os"].update(method="REM"),
            "config key analyses.sorafenib_os.method",
        ),
        (
            lambda c: c["analyses"]["sorafenib_os"].update(level=95),
            "config key analyses.sorafenib_os.level",
        ),
        (
            lambda c: c["analyses"]["sorafenib_os"].update(comparators=["sorafenib alone"]),
            "analyses.sorafenib_os.comparators[0]",
        ),
        (
            lambda c: c["analyses"].update(
                {"bad name!": {"intervention": "x", "outcomes": ["OS"]}}
            ),
            "bad name!",
        ),
    ],
)
def test_config_errors_name_the_key(mutate, expected):
    config = default_config()
    mutate(config)
    with pytest.raises(ConfigError) as info:
        validate_config(config, SCHEMA)
    assert expected in str(info.value)


def test_a_drug_class_with_synonyms_is_one_intervention():
    config = default_config()
    config["analyses"]["sorafenib_os"].update(
        intervention=[
            "nivolumab",
            "pembrolizumab",
            {"name": "atezolizumab", "synonyms": ["MPDL3280A"]},
        ],
        comparators=["docetaxel"],
    )
    analysis = validate_config(config, SCHEMA)["analyses"]["sorafenib_os"]
    assert analysis["intervention_terms"] == [
        "nivolumab",
        "pembrolizumab",
        "atezolizumab",
        "mpdl3280a",
    ]
    assert analysis["intervention"] == "nivolumab, pembrolizumab or atezolizumab"
    assert analysis["comparator_terms"] == ["docetaxel"]


@pytest.mark.parametrize(
    "value", ["   ", "", ["nivolumab", "  "], [{"synonyms": ["x"]}], [{"name": "ab", "dose": 3}]]
)
def test_blank_or_malformed_interventions_are_refused(value):
    config = default_config()
    config["analyses"]["sorafenib_os"]["intervention"] = value
    with pytest.raises(ConfigError) as info:
        validate_config(config, SCHEMA)
    assert "analyses.sorafenib_os.intervention" in str(info.value)


def test_an_analysis_names_timed_deaths_by_their_horizon():
    config = default_config()
    config["analyses"]["sorafenib_os"]["outcomes"] = ["DEATH_90D", "DEATH_28D", "DEATH_6M"]
    analysis = validate_config(config, SCHEMA)["analyses"]["sorafenib_os"]
    assert analysis["outcomes"] == ["DEATH_90D", "DEATH_28D", "DEATH_6M"]
