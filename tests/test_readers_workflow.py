"""Integration: a seeds folder as reviewers export it, through the whole workflow.

tests/fixtures/readers/ holds a MEDLINE export of three records, a PubMed XML set of two
(one PMID also in the MEDLINE file), a RIS library of two, one ClinicalTrials.gov record
with posted hazard ratios and one PDF: nine rows, eight documents, five trials. The
expected values are the facts written into those files.

The trials, journals, first authors, registry ids and the hazard ratios of the abstracts
restate published reports in new words; the PMIDs (30001001-30001004), the meta-analysis
record (PMID 30001003, its authors, journal and DOI), the single-arm RIS record and the
overall-survival analysis posted in NCT01444807.json are made up for the test.
"""

import shutil
from pathlib import Path

import pytest
from project_copy import copy_project, read_csv
from project_copy import run_snakemake as run

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "readers"
STORM = "doi_10.1016_s1470-2045(15)00198-9"

pytestmark = pytest.mark.slow

# doc_id -> (pmid, doi, first author, year, journal, registry ids, source format)
EXPECTED = {
    "PMID30001001": (
        "30001001",
        "10.1016/j.euo.2019.08.011",
        "Procopio G",
        "2019",
        "European urology oncology",
        "NCT01444807",
        "medline",
    ),
    "PMID30001002": (
        "30001002",
        "10.1056/NEJMoa1805052",
        "Gounder MM",
        "2018",
        "The New England journal of medicine",
        "NCT02066181",
        "medline",
    ),
    "PMID30001003": (
        "30001003",
        "10.1016/j.example.2021.12.004",
        "Ortega L",
        "2022",
        "Urologic oncology reviews",
        "",
        "medline",
    ),
    "PMID30001004": (
        "30001004",
        "10.1200/JCO.20.01800",
        "Eisen T",
        "2020",
        "Journal of clinical oncology : official journal of the American Society of "
        "Clinical Oncology",
        "ISRCTN38934710",
        "pubmed_xml",
    ),
    STORM: (
        "",
        "10.1016/S1470-2045(15)00198-9",
        "Bruix J",
        "2015",
        "The Lancet Oncology",
        "NCT00692770",
        "ris",
    ),
    "library#2": ("", "", "Lindqvist AK", "2016", "Annual meeting abstracts", "", "ris"),
    "NCT01444807": ("", "", "", "2011", "", "NCT01444807", "ctgov_json"),
    "target_escudier_2007": (
        "",
        "10.1056/NEJMoa060655",
        "Bernard Escudier",
        "2007",
        "N Engl J Med",
        "NCT00073307",
        "pdf",
    ),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("readers"), seeds=False)
    shutil.copytree(FIXTURE, project / "seeds")
    run(project)
    return project


def test_eight_documents_with_their_fields_and_one_duplicate(project):
    docs = read_csv(project / "results" / "01_documents.csv")
    assert len(docs) == 9  # one row per document each file yields
    duplicates = [d for d in docs if d["status"] == "duplicate"]
    assert len(duplicates) == 1
    [copy] = duplicates
    assert copy["pmid"] == "30001002" and copy["source_format"] == "pubmed_xml"
    assert copy["doc_id"].startswith("PMID30001002~")
    assert "record 2 of seeds/search_2024.nbib" in copy["status_detail"]
    documents = {d["doc_id"]: d for d in docs if d["status"] != "duplicate"}
    assert set(documents) == set(EXPECTED)
    for doc_id, (pmid, doi, author, year, journal, ids, kind) in EXPECTED.items():
        d = documents[doc_id]
        got = (d["pmid"], d["doi"], d["first_author"], d["year"], d["journal"])
        assert got == (pmid, doi, author, year, journal), doc_id
        assert d["registry_ids"] == ids, doc_id
        assert d["source_format"] == kind, doc_id
    assert documents["PMID30001003"]["design"] == "meta_analysis"
    assert documents["NCT01444807"]["source_type"] == "registry_record"


def test_registry_record_is_linked_to_its_publication(project):
    studies = {s["study_id"]: s for s in read_csv(project / "results" / "03_studies.csv")}
    resort = studies["NCT01444807"]
    assert resort["doc_ids"] == "NCT01444807;PMID30001001"
    assert resort["primary_doc_id"] == "PMID30001001"
    assert "shared_registry_id" in resort["link_evidence"]


def test_registry_hazard_ratios_are_posted_values(project):
    estimates = read_csv(project / "results" / "02_estimates.csv")
    posted = [e for e in estimates if e["doc_id"] == "NCT01444807"]
    got = sorted((e["outcome"], e["value"], e["ci_lower"], e["ci_upper"]) for e in posted)
    assert got == [("OS", "1.2", "0.58", "2.49"), ("RFS", "1.35", "0.72", "2.54")]
    assert {e["role_rule"] for e in posted} == {"role.registry_posted_analysis"}


def test_each_trial_is_pooled_exactly_once(project):
    weights = read_csv(project / "results" / "05_pooled" / "sorafenib_progression" / "weights.csv")
    pooled = {
        w["study_id"]: (w["estimate_id"].split(":")[0], float(w["estimate"])) for w in weights
    }
    assert len(weights) == len(pooled) == 5
    assert pooled == {
        "NCT01444807": ("PMID30001001", pytest.approx(1.35)),  # publication before registry
        "NCT02066181": ("PMID30001002", pytest.approx(0.13)),  # the MEDLINE copy, not the XML one
        "ISRCTN38934710": ("PMID30001004", pytest.approx(1.01)),
        "NCT00692770": (STORM, pytest.approx(0.94)),
        "NCT00073307": ("target_escudier_2007", pytest.approx(0.44)),
    }
    harmonised = read_csv(project / "results" / "04_harmonised.csv")
    meta = [h for h in harmonised if h["doc_id"] == "PMID30001003"]
    assert meta and all(h["included"] == "false" for h in meta)
    copy = [h for h in harmonised if h["doc_id"].startswith("PMID30001002~")]
    assert copy and all(h["exclusion_reason"].startswith("duplicate_document") for h in copy)
    os_weights = read_csv(project / "results" / "05_pooled" / "sorafenib_os" / "weights.csv")
    assert [(w["study_id"], w["estimate_id"].split(":")[0]) for w in os_weights] == [
        ("NCT01444807", "NCT01444807")
    ]


def test_quotes_are_exact_spans_of_the_record_texts(project):
    import json

    # each shard's texts, by the file and record they were read from
    texts = {}
    for shard in (project / "results" / "shards").iterdir():
        rows = {r["doc_id"]: r for r in read_csv(shard / "documents.csv")}
        for line in (shard / "texts.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            row = rows[item["doc_id"]]
            texts[(row["file"], row["record"])] = item["text"]
    docs = {d["doc_id"]: d for d in read_csv(project / "results" / "01_documents.csv")}
    estimates = read_csv(project / "results" / "02_estimates.csv")
    assert len(estimates) >= 10
    for e in estimates:
        doc = docs[e["doc_id"]]
        text = texts[(doc["file"], doc["record"])]
        assert text[int(e["char_start"]) : int(e["char_end"])] == e["quote"]
        assert text[int(e["match_start"]) : int(e["match_end"])] == e["match_text"]


def test_flow_counts_records_of_files(project):
    flow = {
        r["item"]: r
        for r in read_csv(project / "results" / "flow.csv")
        if r["stage"] == "documents"
    }
    assert flow["read"]["count"] == "9"
    assert "5 files" in flow["read"]["detail"]
    assert flow["duplicates"]["count"] == "1"


def test_rerun_from_scratch_is_byte_identical(project):
    from project_copy import digests

    before = digests(project / "results")
    shutil.rmtree(project / "results")
    run(project)
    assert digests(project / "results") == before


def test_ids_stay_when_other_files_go(tmp_path):
    """Without the MEDLINE export, the XML copy of PMID 30001002 is the document, under the
    same id, and every other document keeps its id."""
    project = copy_project(tmp_path, seeds=False)
    shutil.copytree(FIXTURE, project / "seeds")
    (project / "seeds" / "search_2024.nbib").unlink()
    run(project)
    docs = {d["doc_id"]: d for d in read_csv(project / "results" / "01_documents.csv")}
    assert set(docs) == set(EXPECTED) - {"PMID30001001", "PMID30001003"}
    assert docs["PMID30001002"]["source_format"] == "pubmed_xml"
    assert docs["PMID30001002"]["status"] == "ok"
    weights = read_csv(project / "results" / "05_pooled" / "sorafenib_progression" / "weights.csv")
    assert {w["study_id"]: w["estimate_id"].split(":")[0] for w in weights}["NCT01444807"] == (
        "NCT01444807"
    )  # the registry record is RESORT's only report now
