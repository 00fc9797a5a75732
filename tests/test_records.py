"""The typed records and vocabularies agree with the schema, the README and the tables."""

import math
import re
from pathlib import Path

import yaml

from metasynth.records import DocumentStatus, Exclusion, FitStatus, ModelFit, Role, exclusion
from metasynth.tables import POOLED_COLUMNS, format_value

ROOT = Path(__file__).resolve().parents[1]


def test_roles_are_the_config_schemas_roles():
    schema = yaml.safe_load((ROOT / "workflow" / "schemas" / "config.schema.yaml").read_text())
    roles = schema["$defs"]["analysis"]["properties"]["roles"]["items"]["enum"]
    assert [r.value for r in Role] == roles


def test_document_statuses_are_the_readmes():
    readme = (ROOT / "README.md").read_text()
    table = readme.split("| status | meaning |", 1)[1].split("\n\n", 1)[0]
    assert [s.value for s in DocumentStatus] == re.findall(r"^\| `(\w+)` \|", table, re.M)


def test_enums_are_written_as_their_values():
    assert format_value(FitStatus.NOT_CONVERGED) == "not_converged"
    assert DocumentStatus.NO_ESTIMATES == "no_estimates"
    assert exclusion(Exclusion.NOT_LINKED, "why") == "not_linked: why"


def test_model_fit_defines_the_pooled_columns():
    assert POOLED_COLUMNS == ["analysis", *ModelFit.columns()]
    empty = ModelFit("random", "REML", "knha", 0.95, 0, status=FitStatus.NO_ELIGIBLE_STUDIES)
    row = empty.row()
    assert list(row) == ModelFit.columns()
    assert math.isnan(row["estimate"]) and format_value(row["estimate"]) == ""


def test_study_weight_defines_the_weight_columns():
    from metasynth.records import StudyWeight
    from metasynth.tables import WEIGHT_COLUMNS

    assert WEIGHT_COLUMNS == StudyWeight.columns()
    assert WEIGHT_COLUMNS[:3] == ["analysis", "study_id", "label"]
