"""Readers per input format: records, ids and metadata from the formats' own fields.

Expected values are the facts written into the fixtures (tests/fixtures/readers/ and the
strings below), never what a reader printed before.
"""

import json
from pathlib import Path

import pytest
from pdf_fixture import FIXTURE_PAGES, pdf_bytes

from metasynth import (
    extraction,
    readers,
    readers_ctgov,
    readers_medline,
    readers_ris,
)
from metasynth.tables import DOCUMENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "readers"


def rows_of(name: str, data: bytes | None = None):
    path = FIXTURES / name
    data = path.read_bytes() if data is None else data
    stem = Path(name).stem
    return readers.document_rows(stem, f"seeds/{name}", data)


def by_id(pairs):
    return {row["doc_id"]: (row, record) for row, record in pairs}


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("a.txt", b"PMID- 123\nTI  - x\n", readers.MEDLINE),
        ("a.nbib", b"\n\nPMID- 123\n", readers.MEDLINE),
        ("a.txt", b"\xef\xbb\xbfTY  - JOUR\nER  - \n", readers.RIS),
        ("a.ris", b"anything", readers.RIS),
        ("a.xml", b'<?xml version="1.0"?>\n<PubmedArticleSet>', readers.PUBMED_XML),
        ("a.xml", b"<?xml version='1.0'?><html/>", readers.TEXT),
        ("a.json", b"[]", readers.CTGOV_JSON),
        ("a.txt", b'{"protocolSection": {}}', readers.CTGOV_JSON),
        ("a.txt", b"{not a study}", readers.TEXT),
        ("a.pdf", b"%PDF-1.4 ...", readers.PDF),
        ("a.txt", b"Hazard ratio 0.5 (95% CI 0.3-0.8).", readers.TEXT),
        ("a.txt", b"The PMID- 123 appears mid-line.", readers.TEXT),
    ],
)
def test_format_is_detected_from_content_and_name(name, data, expected):
    assert readers.detect_format(name, data) == expected


def test_a_text_page_is_read_as_before():
    from metasynth import parsing_text

    path = next((ROOT / "seeds").glob("000_*.txt"))
    [(row, record)] = readers.document_rows(path.stem, str(path), path.read_bytes())
    before, text = parsing_text.parse_document(path.stem, str(path), path.read_bytes())
    assert row == before and record.text == text and record.posted is None
    assert set(row) == set(DOCUMENT_COLUMNS) - {"n_estimates"}


# --------------------------------------------------------------------------- MEDLINE


def test_medline_export_gives_one_document_per_record_with_its_fields():
    docs = by_id(rows_of("search_2024.nbib"))
    assert sorted(docs) == ["PMID30001001", "PMID30001002", "PMID30001003"]
    row, record = docs["PMID30001001"]
    assert row["title"] == (
        "Sorafenib or observation after complete resection of metastases from clear-cell "
        "renal cell carcinoma: the randomised phase 2 RESORT study."
    )  # joined across its continuation line
    assert row["first_author"] == "Procopio G"
    assert row["journal"] == "European urology oncology"
    assert row["year"] == "2019"
    assert row["doi"] == "10.1016/j.euo.2019.08.011"
    assert row["pmid"] == "30001001"
    assert row["registry_ids"] == "NCT01444807"
    assert row["design"] == "rct" and row["randomized"] == "true" and row["phase"] == "2"
    assert row["source_format"] == "medline" and row["record"] == 1
    assert row["record_id"] == "PMID30001001"
    assert "hazard ratio 1.35, 95% CI 0.72-2.54" in record.text
    # one record's abstract never runs into the next one's
    assert "desmoid" not in record.text
    assert set(row) == set(DOCUMENT_COLUMNS) - {"n_estimates"}


def test_medline_meta_analysis_never_yields_treatment_effects():
    row, record = by_id(rows_of("search_2024.nbib"))["PMID30001003"]
    assert row["design"] == "meta_analysis" and row["randomized"] == "false"
    found = extraction.extract_estimates(row["doc_id"], record.text, row)
    assert [e["value"] for e in found if e["measure"] == "HR"] == [0.92, 1.01]
    assert all(e["role"] != "treatment_effect" for e in found)


def test_each_record_of_a_medline_export_keeps_its_own_estimates():
    docs = by_id(rows_of("search_2024.nbib"))
    values = {}
    for doc_id, (row, record) in docs.items():
        found = extraction.extract_estimates(doc_id, record.text, row)
        values[doc_id] = [e["value"] for e in found if e["role"] == "treatment_effect"]
    assert values == {"PMID30001001": [1.35], "PMID30001002": [0.13], "PMID30001003": []}


def test_medline_line_that_is_no_field_is_named():
    data = b"PMID- 1\nTI  - A title\nthis line has no tag\n"
    [(row, _)] = rows_of("broken.nbib", data)
    assert row["status"] == "malformed"
    assert "seeds/broken.nbib" in row["status_detail"] and "line 3" in row["status_detail"]


def test_medline_record_without_pmid_is_listed_with_its_line():
    data = b"PMID- 11\nTI  - First\n\nTI  - Second, with no PMID\nAB  - Text.\n"
    docs = by_id(rows_of("x.nbib", data))
    assert docs["PMID11"][0]["status"] == "ok"
    row = docs["x#2"][0]
    assert row["status"] == "malformed"
    assert "record 2 (line 4)" in row["status_detail"]


def test_medline_split_keeps_continuations_and_line_numbers():
    records = readers_medline.split_records("PMID- 5\nTI  - One\n      two\nPT  - Review\n")
    assert records == [(1, [("PMID", "5", 1), ("TI", "One two", 2), ("PT", "Review", 4)])]


# --------------------------------------------------------------------------- PubMed XML


def test_pubmed_xml_reads_structured_abstracts_databanks_and_types():
    docs = by_id(rows_of("search_2024.xml"))
    assert sorted(docs) == ["PMID30001002", "PMID30001004"]
    row, record = docs["PMID30001004"]
    assert row["title"].startswith("Adjuvant sorafenib for renal cell carcinoma")
    assert "SORCE randomized trial." in row["title"]  # <i> markup read as text
    assert row["first_author"] == "Eisen T"
    assert row["year"] == "2020"
    assert row["doi"] == "10.1200/JCO.20.01800"
    assert row["registry_ids"] == "ISRCTN38934710"
    assert row["publication_types"] == "Journal Article;Randomized Controlled Trial"
    assert "RESULTS: Disease-free survival did not differ" in record.text
    assert docs["PMID30001002"][0]["registry_ids"] == "NCT02066181"


def test_truncated_xml_keeps_complete_articles_and_names_the_line():
    data = (FIXTURES / "search_2024.xml").read_bytes()
    cut = data[: data.index(b'<PMID Version="1">30001004') + 40]
    docs = by_id(rows_of("cut.xml", cut))
    assert docs["PMID30001002"][0]["status"] == "ok"
    row = docs["cut#2"][0]
    assert row["status"] == "malformed"
    assert "seeds/cut.xml line" in row["status_detail"]
    assert "1 complete record(s)" in row["status_detail"]


def test_xml_article_without_pmid_is_listed():
    data = b"<PubmedArticleSet><PubmedArticle><MedlineCitation><Article/></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    [(row, _)] = rows_of("nopmid.xml", data)
    assert row["status"] == "malformed" and "record 1" in row["status_detail"]


# --------------------------------------------------------------------------- RIS


def test_ris_library_records_and_ids():
    docs = by_id(rows_of("library.ris"))
    doi_doc = readers.doi_id("10.1016/S1470-2045(15)00198-9")
    assert sorted(docs) == sorted([doi_doc, "library#2"])
    row, _ = docs[doi_doc]
    assert row["first_author"] == "Bruix J"
    assert row["year"] == "2015"
    assert row["journal"] == "The Lancet Oncology"
    assert row["doi"] == "10.1016/S1470-2045(15)00198-9"
    assert row["registry_ids"] == "NCT00692770"
    assert row["title"].endswith("placebo-controlled phase 3 trial")  # wrapped title joined
    second, _ = docs["library#2"]
    assert second["first_author"] == "Lindqvist AK" and second["year"] == "2016"


@pytest.mark.parametrize("source", [b"DB  - PubMed", b"DP  - NLM", b"DB  - MEDLINE"])
def test_ris_pmid_from_accession_number_of_a_pubmed_record(source):
    data = b"TY  - JOUR\nTI  - T\nAN  - 27654321\n" + source + b"\nER  - \n"
    [(row, _)] = rows_of("p.ris", data)
    assert row["doc_id"] == "PMID27654321" and row["pmid"] == "27654321"


def test_ris_accession_number_of_another_database_is_no_pmid():
    data = b"TY  - JOUR\nTI  - T\nAN  - 27654321\nDB  - Embase\nER  - \n"
    [(row, _)] = rows_of("e.ris", data)
    assert row["doc_id"] == "e#1" and row["pmid"] == ""


def test_ris_record_without_er_is_malformed_with_its_line():
    data = b"TY  - JOUR\nTI  - Complete\nER  - \n\nTY  - JOUR\nTI  - Cut short\nAB  - text\n"
    docs = by_id(rows_of("cut.ris", data))
    assert docs["cut#1"][0]["status"] == "ok"
    row = docs["cut#2"][0]
    assert row["status"] == "malformed"
    assert row["status_detail"] == ("seeds/cut.ris record 2 (line 5): no ER line ends it; not read")


def test_ris_text_before_any_record_is_named():
    [(row, _)] = rows_of("odd.ris", b"hello\nTY  - JOUR\nER  - \n")
    assert row["status"] == "malformed" and "line 1" in row["status_detail"]


def test_ris_author_names_as_pubmed_prints_them():
    assert readers_ris._author("Llovet, Josep M.") == "Llovet JM"
    assert readers_ris._author("van der Berg, Anna-Lena") == "van der Berg AL"


# --------------------------------------------------------------------------- ClinicalTrials.gov


def test_registry_json_design_fields():
    [(row, record)] = rows_of("NCT01444807.json")
    assert row["doc_id"] == "NCT01444807" and row["source_type"] == "registry_record"
    assert row["design"] == "registry" and row["randomized"] == "true"
    assert row["phase"] == "2" and row["n_enrolled"] == "69"
    assert row["arms"] == "sorafenib;observation"
    assert row["acronym"] == "RESORT" and row["year"] == "2011"
    assert row["pmid"] == ""  # the results publication's PMID is not the record's


def test_registry_posted_hazard_ratios_are_read_exactly():
    [(row, record)] = rows_of("NCT01444807.json")
    found = extraction.posted_estimates(row["doc_id"], record.text, record.posted)
    by_outcome = {e["outcome"]: e for e in found}
    rfs = by_outcome["RFS"]
    assert (rfs["measure"], rfs["value"], rfs["ci_lower"], rfs["ci_upper"]) == (
        "HR",
        1.35,
        0.72,
        2.54,
    )
    assert rfs["ci_level"] == 95 and rfs["p_value"] == 0.35
    assert rfs["role"] == "treatment_effect"
    assert rfs["outcome_rule"] == "outcome.registry_posted_outcome_title"
    assert rfs["role_rule"] == "role.registry_posted_analysis"
    # "Hazard ratio of sorafenib relative to observation": the comment states the order
    assert rfs["orientation"] == "stated"
    assert (rfs["numerator_arm"], rfs["denominator_arm"]) == ("sorafenib", "observation")
    # the OS analysis lists the control group first and says nothing of the order:
    # the experimental arm group is taken as the numerator, conventionally
    os_ = by_outcome["OS"]
    assert os_["comparison"] == "sorafenib vs observation"
    assert os_["orientation"] == "conventional"
    assert os_["orientation_rule"] == "orientation.registry_posted_groups"
    for e in found:
        assert record.text[e["char_start"] : e["char_end"]] == e["quote"]
        assert record.text[e["match_start"] : e["match_end"]] == e["match_text"]
        assert e["estimate_id"].startswith("NCT01444807:hr-")


def _study(nct="NCT00000001", analyses=(), allocation="RANDOMIZED"):
    return {
        "protocolSection": {
            "identificationModule": {"nctId": nct, "briefTitle": "A study"},
            "designModule": {"designInfo": {"allocation": allocation}},
        },
        "resultsSection": {
            "outcomeMeasuresModule": {
                "outcomeMeasures": [
                    {
                        "title": "Progression-free Survival",
                        "groups": [{"id": "A", "title": "Drug"}, {"id": "B", "title": "Placebo"}],
                        "analyses": list(analyses),
                    }
                ]
            }
        },
    }


def test_registry_one_sided_limits_and_non_ratio_analyses():
    one_sided = {
        "groupIds": ["A", "B"],
        "paramType": "Hazard Ratio (HR)",
        "paramValue": "0.70",
        "ciPctValue": "97.5",
        "ciNumSides": "ONE_SIDED",
        "ciLowerLimit": "0.50",
        "ciUpperLimit": "0.98",
    }
    upper_only = dict(one_sided, ciLowerLimit=None, paramValue="0.80", pValue="<0.001")
    mean_difference = {"groupIds": ["A", "B"], "paramType": "Mean Difference", "paramValue": "2"}
    data = json.dumps(_study(analyses=[one_sided, upper_only, mean_difference])).encode()
    [(row, record)] = rows_of("s.json", data)
    found = extraction.posted_estimates(row["doc_id"], record.text, record.posted)
    assert [e["value"] for e in found] == [0.7, 0.8]  # the mean difference is no ratio
    assert found[0]["ci_level"] == 95  # one-sided 97.5% limits bound a two-sided 95% interval
    assert (found[1]["ci_lower"], found[1]["ci_upper"], found[1]["ci_level"]) == ("", "", "")
    assert found[1]["p_value"] == 0.001 and "<" in found[1]["p_text"]
    assert "Mean Difference 2" in record.text


def test_registry_nonrandomised_comparison_is_not_a_treatment_effect():
    analysis = {"groupIds": ["A", "B"], "paramType": "Odds Ratio (OR)", "paramValue": "1.5"}
    data = json.dumps(_study(analyses=[analysis], allocation="NON_RANDOMIZED")).encode()
    [(row, record)] = rows_of("s.json", data)
    [e] = extraction.posted_estimates(row["doc_id"], record.text, record.posted)
    assert e["measure"] == "OR" and e["role"] == "other"


def test_registry_comment_naming_the_control_first_states_the_orientation():
    analysis = {
        "groupIds": ["A", "B"],
        "paramType": "Hazard Ratio (HR)",
        "paramValue": "1.4",
        "estimateComment": "The hazard ratio is Placebo/Drug.",
    }
    data = json.dumps(_study(analyses=[analysis])).encode()
    [(row, record)] = rows_of("s.json", data)
    [e] = extraction.posted_estimates(row["doc_id"], record.text, record.posted)
    assert e["orientation"] == "stated"
    assert (e["numerator_arm"], e["denominator_arm"]) == ("placebo", "drug")
    assert e["comparison"] == "placebo vs drug"


def test_registry_list_of_studies_and_bad_entries():
    data = json.dumps({"studies": [_study("NCT00000001"), {"x": 1}, _study("NCT00000002")]})
    docs = by_id(rows_of("page.json", data.encode()))
    assert docs["NCT00000001"][0]["record"] == 1 and docs["NCT00000002"][0]["record"] == 3
    assert docs["page#2"][0]["status"] == "malformed"
    assert "record 2: not a study" in docs["page#2"][0]["status_detail"]


@pytest.mark.parametrize(
    "data, words",
    [
        (b'{"protocolSection": {"identificationModule": ', "line 1, column"),
        (b'{"hello": "world"}', "not a ClinicalTrials.gov study"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_registry_json_that_is_not_a_study_is_named(data, words):
    [(row, _)] = rows_of("bad.json", data)
    assert row["status"] == "malformed" and row["doc_id"] == "bad"
    assert "seeds/bad.json" in row["status_detail"] and words in row["status_detail"]


def test_outcome_of_registry_titles():
    assert readers_ctgov.outcome_of("Relapse-free Survival (RFS)") == "RFS"
    assert readers_ctgov.outcome_of("Overall Survival") == "OS"
    assert readers_ctgov.outcome_of("Number of Participants With Adverse Events") == "AE"
    assert readers_ctgov.outcome_of("Change in Tumour Diameter From Baseline") == ""


# --------------------------------------------------------------------------- PDF


def test_pdf_text_layer_is_read():
    [(row, record)] = rows_of("target_escudier_2007.pdf")
    assert row["status"] == "ok" and row["source_format"] == "pdf"
    assert row["doc_id"] == "target_escudier_2007"
    assert row["registry_ids"] == "NCT00073307" and row["year"] == "2007"
    assert FIXTURE_PAGES[1][1] in record.text
    found = extraction.extract_estimates(row["doc_id"], record.text, row)
    assert [(e["value"], e["ci_lower"], e["ci_upper"]) for e in found if e["measure"] == "HR"] == [
        (0.44, 0.35, 0.55)
    ]


def test_scanned_pdf_without_text_layer():
    [(row, record)] = rows_of("scan.pdf", pdf_bytes([[], []]))
    assert row["status"] == "no_text_layer" and record.text is None
    assert "2 page(s)" in row["status_detail"] and "seeds/scan.pdf" in row["status_detail"]


def test_broken_pdf_stays_binary_with_the_reason():
    [(row, _)] = rows_of("broken.pdf", b"%PDF-1.4\x00\x01\x02\x03binary\x00\x00")
    assert row["status"] == "binary" and "cannot be read" in row["status_detail"]


# --------------------------------------------------------------------------- ids across files


def _row(doc_id, file, record="", record_id="", status="ok"):
    return {
        "doc_id": doc_id,
        "file": file,
        "record": record,
        "record_id": record_id,
        "status": status,
        "status_detail": "",
    }


def test_same_record_in_two_files_is_one_document_and_a_duplicate():
    rows = [
        _row("PMID7", "seeds/b.xml", "1", "PMID7"),
        _row("PMID7", "seeds/a.nbib", "2", "PMID7"),
        _row("PMID8", "seeds/a.nbib", "3", "PMID8"),
    ]
    changed = readers.resolve_doc_ids(rows)
    assert rows[1]["doc_id"] == "PMID7" and rows[1]["status"] == "ok"  # a.nbib sorts first
    assert rows[0]["doc_id"].startswith("PMID7~") and rows[0]["status"] == "duplicate"
    assert "record 2 of seeds/a.nbib" in rows[0]["status_detail"]
    assert changed == {0: rows[0]["doc_id"]}
    assert rows[2]["doc_id"] == "PMID8"


def test_a_text_file_keeps_its_doc_id_against_a_record():
    rows = [_row("PMID7", "seeds/a.nbib", "1", "PMID7"), _row("PMID7", "seeds/PMID7.txt")]
    readers.resolve_doc_ids(rows)
    assert rows[1]["doc_id"] == "PMID7" and rows[0]["doc_id"] != "PMID7"
    assert rows[0]["status"] == "ok"  # a different document, not a copy


def test_resolution_in_a_shard_and_across_shards_agree():
    """A shard renames its own second copy; collecting the shards gives the same ids."""
    shard_a = [
        _row("PMID7", "seeds/c.xml", "1", "PMID7"),
        _row("PMID7", "seeds/d.ris", "1", "PMID7"),
    ]
    shard_b = [_row("PMID7", "seeds/b.nbib", "4", "PMID7")]
    readers.resolve_doc_ids(shard_a)  # as parse_documents does in its shard
    rows, renames = readers.collected_documents([shard_a, shard_b])
    ids = sorted(r["doc_id"] for r in rows)
    assert ids[0] == "PMID7" and len(set(ids)) == 3
    assert [r["doc_id"] for r in rows if r["status"] != "duplicate"] == ["PMID7"]
    assert list(renames[0]) == ["PMID7"] and renames[1] == {}  # c.xml's copy follows later
    estimate = {"doc_id": "PMID7", "estimate_id": "PMID7:hr-abc123"}
    moved = readers.renamed_estimate(estimate, renames[0])
    assert moved["estimate_id"] == renames[0]["PMID7"] + ":hr-abc123"


def test_duplicate_ids_do_not_depend_on_the_folder():
    a = readers.duplicate_id("PMID7", {"file": "seeds/x.xml", "record": "1"})
    b = readers.duplicate_id("PMID7", {"file": "other/x.xml", "record": "1"})
    assert a == b and a != readers.duplicate_id("PMID7", {"file": "seeds/x.xml", "record": "2"})


def test_publication_types_feed_design():
    assert readers.design_from_publication_types(["Journal Article", "Review"]) == {
        "design": "review",
        "randomized": "false",
    }
    assert readers.design_from_publication_types(
        ["Randomized Controlled Trial", "Clinical Trial, Phase III"]
    ) == {"design": "rct", "randomized": "true", "phase": "3"}
    assert readers.design_from_publication_types(["Journal Article"]) == {}
    for kind in ("Editorial", "Comment", "News", "Letter", "Practice Guideline"):
        assert readers.design_from_publication_types(["Journal Article", kind]) == {
            "design": "commentary",
            "randomized": "false",
        }
    # a research letter reporting a randomised trial is a trial report
    assert (
        readers.design_from_publication_types(["Letter", "Randomized Controlled Trial"])["design"]
        == "rct"
    )


# --------------------------------------------------------------------------- never raise

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PREFIXES = [
    b"PMID- 1\n",
    b"TY  - JOUR\n",
    b"<PubmedArticleSet>",
    b'{"protocolSection": ',
    b"%PDF-1.4\n",
]


@settings(max_examples=150, deadline=None)
@given(prefix=st.sampled_from(_PREFIXES), body=st.binary(max_size=400))
def test_any_bytes_after_a_format_signature_give_rows_not_errors(prefix, body):
    pairs = readers.document_rows("f", "seeds/f.x", prefix + body)
    assert pairs
    for row, record in pairs:
        assert row["status"] and (row["status"] in ("ok",) or row["status_detail"])
        assert set(row) == set(DOCUMENT_COLUMNS) - {"n_estimates"}
        if record.text is not None and record.posted is not None:
            for e in extraction.posted_estimates(row["doc_id"], record.text, record.posted):
                assert record.text[e["char_start"] : e["char_end"]] == e["quote"]


@settings(max_examples=100, deadline=None)
@given(
    value=st.text(max_size=12),
    lower=st.one_of(st.none(), st.text(max_size=8), st.integers()),
    sides=st.sampled_from(["TWO_SIDED", "ONE_SIDED", None, "X"]),
    groups=st.lists(st.sampled_from(["A", "B", "C"]), max_size=3),
)
def test_odd_registry_analyses_never_break_spans(value, lower, sides, groups):
    analysis = {
        "groupIds": groups,
        "paramType": "Hazard Ratio (HR)",
        "paramValue": value,
        "ciPctValue": "95",
        "ciNumSides": sides,
        "ciLowerLimit": lower,
        "ciUpperLimit": "2.0",
        "pValue": value,
    }
    data = json.dumps(_study(analyses=[analysis])).encode()
    [(row, record)] = rows_of("s.json", data)
    for e in extraction.posted_estimates(row["doc_id"], record.text, record.posted):
        assert record.text[e["char_start"] : e["char_end"]] == e["quote"]
        assert record.text[e["match_start"] : e["match_end"]] == e["match_text"]
