"""Study linking across documents, with the evidence written down."""

from metasynth.linking import deletion_index, link_studies, partial_matches


def doc(doc_id, **kw):
    base = {"doc_id": doc_id, "status": "ok", "registry_ids": "", "registry_ids_partial": "",
            "acronym": "", "title": "", "arms": "", "year": "", "source_type": "journal_abstract",
            "n_estimates": "0", "journal": "", "first_author": ""}
    base.update(kw)
    return base


def test_truncated_nct_links_resort_publication_and_registry_record():
    docs = [
        doc("000", registry_ids_partial="NCT0144480", acronym="RESORT", year="2021",
            title="Radical metastasectomy followed by sorafenib versus observation", n_estimates="5"),
        doc("002", registry_ids="NCT01444807", source_type="registry_record", year="2017",
            title="Evaluate the Efficacy of Sorafenib in Renal Cell Carcinoma Patients"),
        doc("004", registry_ids="NCT02066181", title="Sorafenib for desmoid tumors", year="2018"),
    ]
    studies, mapping = link_studies(docs)
    assert mapping["000"] == mapping["002"] == "NCT01444807"
    assert mapping["004"] == "NCT02066181"
    resort = next(s for s in studies if s["study_id"] == "NCT01444807")
    assert resort["doc_ids"] == "000;002"
    assert resort["primary_doc_id"] == "000"  # journal report before registry record
    assert "NCT0144480 (truncated)" in resort["link_evidence"]
    assert resort["label"] == "RESORT"


def test_partial_matches_truncation_and_dropped_digit():
    index = deletion_index({"NCT01444807", "NCT02066181"})
    assert partial_matches("NCT0144480", index) == [("NCT01444807", "truncated")]
    assert partial_matches("NCT0144807", index) == [("NCT01444807", "one digit missing")]
    assert partial_matches("NCT0999999", index) == []


def test_ambiguous_partial_is_not_linked():
    docs = [
        doc("a", registry_ids_partial="NCT0144480"),
        doc("b", registry_ids="NCT01444807"),
        doc("c", registry_ids="NCT01444808"),
    ]
    _, mapping = link_studies(docs)
    assert len({mapping["a"], mapping["b"], mapping["c"]}) == 3


def test_mistyped_full_id_needs_a_shared_drug():
    docs = [
        doc("a", registry_ids="NCT00105443", title="Sorafenib in advanced hepatocellular carcinoma"),
        doc("b", registry_ids="NCT00105448", title="Sorafenib in hepatocellular carcinoma: final"),
        doc("c", registry_ids="NCT00105449", title="Erlotinib in lung adenocarcinoma"),
    ]
    studies, mapping = link_studies(docs)
    assert mapping["a"] == mapping["b"]
    assert mapping["c"] != mapping["a"]
    linked = next(s for s in studies if s["doc_ids"] == "a;b")
    assert "one digit apart" in linked["link_evidence"]


def test_same_acronym_with_conflicting_registry_ids_stays_apart():
    docs = [
        doc("a", acronym="PROSPECT", registry_ids="NCT00000001", title="sorafenib trial"),
        doc("b", acronym="PROSPECT", registry_ids="NCT09999999", title="sorafenib trial"),
    ]
    _, mapping = link_studies(docs)
    assert mapping["a"] != mapping["b"]


def test_unreadable_documents_form_no_study_and_order_does_not_matter():
    docs = [doc("x", status="binary"), doc("b", registry_ids="NCT00000002"), doc("a", registry_ids="NCT00000002")]
    s1, m1 = link_studies(docs)
    s2, m2 = link_studies(list(reversed(docs)))
    assert "x" not in m1 and s1 == s2 and m1 == m2


def test_ids_one_digit_apart_finds_exactly_the_pairs():
    from metasynth.linking import ids_one_digit_apart, one_digit_apart

    ids = ["NCT00105443", "NCT00105448", "NCT00105449", "NCT01444807", "NCT01444870"]
    brute = sorted((a, b) for i, a in enumerate(sorted(ids)) for b in sorted(ids)[i + 1:] if one_digit_apart(a, b))
    assert ids_one_digit_apart(ids) == brute == [
        ("NCT00105443", "NCT00105448"), ("NCT00105443", "NCT00105449"), ("NCT00105448", "NCT00105449")]


def test_studies_sharing_a_label_get_letters():
    from metasynth.linking import _letters, disambiguate_labels

    assert [_letters(n) for n in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]
    studies = [
        {"study_id": "doc:b", "label": "Cancer 2010"},
        {"study_id": "doc:a", "label": "Cancer 2010"},
        {"study_id": "NCT1", "label": "RESORT"},
        {"study_id": "doc:c", "label": "Cancer 2010a"},  # already taken: skipped
    ]
    disambiguate_labels(studies)
    assert [s["label"] for s in studies] == ["Cancer 2010c", "Cancer 2010b", "RESORT", "Cancer 2010a"]
