"""The typed records and vocabularies agree with the schema, the README and the tables."""

import math
import re
from pathlib import Path

import pytest
import yaml

from metasynth.records import (
    Document,
    DocumentStatus,
    Estimate,
    Exclusion,
    FitStatus,
    ModelFit,
    Role,
    Study,
    exclusion,
)
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


def test_records_define_the_stage_table_columns():
    from metasynth import tables
    from metasynth.records import Candidate, Document, Estimate, Study

    assert tables.DOCUMENT_COLUMNS == Document.columns()
    assert tables.ESTIMATE_COLUMNS == Estimate.columns()
    assert tables.STUDY_COLUMNS == Study.columns()
    assert tables.HARMONISED_COLUMNS == Candidate.columns()
    # the key columns the design promises reviewers, in each table
    for record, key in (
        (Document, ["doc_id", "file", "sha256", "source_type", "status", "status_detail"]),
        (Estimate, ["estimate_id", "doc_id", "measure", "value", "char_start", "quote"]),
        (Study, ["study_id", "doc_ids", "registry_ids", "primary_doc_id", "link_evidence"]),
        (Candidate, ["estimate_id", "study_id", "analysis", "yi", "sei", "included"]),
    ):
        assert set(key) <= set(record.columns()), record


def test_a_candidate_row_is_written_in_its_columns():
    from metasynth.records import Candidate

    row = Candidate("prog", "d1:HR-1", "S1", "d1", yi=-0.5, included=True).row()
    assert list(row) == Candidate.columns()
    assert [format_value(row[c]) for c in ("yi", "sei", "included")] == ["-0.5", "", "true"]


def test_readers_metadata_columns_are_document_columns():
    from metasynth.parsing import EMPTY_METADATA
    from metasynth.records import Document

    assert set(EMPTY_METADATA) <= set(Document.columns())


def test_row_of_is_the_records_row_with_the_same_errors():

    for cls, values in (
        (Estimate, {"estimate_id": "d:hr-1", "doc_id": "d", "measure": "HR", "value": 0.5}),
        (Estimate, {"estimate_id": "d:hr-1", "doc_id": "d", "measure": "HR", "quote": "x"}),
        (Study, {"study_id": "s1", "label": "IRIS"}),
        (Document, {"doc_id": "d", "file": "d.txt"}),
    ):
        row = cls.row_of(**values)
        assert row == cls(**values).row() and list(row) == cls.columns()
        with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
            cls.row_of(**values, colour="red")
        required = next(iter(values))
        with pytest.raises(TypeError, match=f"missing 1 required argument: '{required}'"):
            cls.row_of(**{k: v for k, v in values.items() if k != required})
