"""Study linking, rule by rule: cases that must link and cases that must not."""

import pytest

from metasynth import trials
from metasynth.linking import (
    content_words,
    deletion_index,
    doc_studies,
    ids_one_digit_apart,
    link_studies,
    one_digit_apart,
    partial_matches,
    study_of_estimate,
    surname,
)


def doc(doc_id, **kw):
    base = {
        "doc_id": doc_id,
        "status": "ok",
        "registry_ids": "",
        "registry_ids_partial": "",
        "acronym": "",
        "trial_names": "",
        "title": "",
        "arms": "",
        "drugs": "",
        "year": "",
        "source_type": "journal_abstract",
        "n_estimates": "0",
        "journal": "",
        "first_author": "",
        "design": "rct",
        "n_enrolled": "",
    }
    base.update(kw)
    return base


def together(mapping, *doc_ids):
    return len({mapping[d] for d in doc_ids}) == 1


def apart(mapping, *doc_ids):
    return len({mapping[d] for d in doc_ids}) == len(doc_ids)


# --------------------------------------------------------------------------- shared_registry_id


def test_shared_registry_id_links_and_the_evidence_names_the_rule():
    docs = [
        doc("paper", registry_ids="NCT01642004", title="Nivolumab versus docetaxel"),
        doc("registry", registry_ids="NCT01642004", source_type="registry_record", title="A study"),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "registry")
    assert (
        "shared_registry_id: paper and registry both state NCT01642004"
        in studies[0]["link_evidence"]
    )


def test_a_review_citing_a_trial_is_never_a_study_of_it():
    docs = [
        doc("paper", registry_ids="NCT02142738", trial_names="KEYNOTE-024", drugs="pembrolizumab"),
        doc(
            "review",
            registry_ids="NCT02142738",
            trial_names="",
            design="review",
            drugs="pembrolizumab",
            title="Immunotherapy in lung cancer: a review",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "paper", "review")
    review = next(s for s in studies if s["doc_ids"] == "review")
    assert "never a study of the trials it cites" in review["link_evidence"]


@pytest.mark.parametrize(
    "page",
    [
        # a survey of several trials by its title, one of them printed with its id
        "Round-up: where do probiotics for preterm babies stand?\n\nThe ProPrems trial "
        "(ACTRN12607000144415) gave a three-strain mix to 1099 very preterm babies; the PiPS "
        "trial of a single strain found no reduction in sepsis.\n",
        # a note saying it gives no data of its own
        "When trial names collide\n\nA. Writer\n\nPROPREMS (ACTRN12607000144415) and PiPS "
        "share a question but not a product.\nThis note reports no trial data.\n",
    ],
)
def test_a_page_surveying_trials_is_never_a_study_of_the_one_it_gives_an_id_for(page):
    from metasynth import parsing

    survey = dict(doc("survey"), **parsing.describe(page), doc_id="survey", status="ok")
    docs = [
        doc("paper", registry_ids="ACTRN12607000144415", trial_names="ProPrems"),
        survey,
    ]
    studies, mapping = link_studies(docs)
    assert survey["design"] == "commentary"
    assert apart(mapping, "paper", "survey")


def test_a_document_stating_two_ids_of_one_registry_does_not_bridge_two_trials():
    docs = [
        doc("a", registry_ids="NCT01642004", drugs="nivolumab"),
        doc("b", registry_ids="NCT01673867", drugs="nivolumab"),
        doc("both", registry_ids="NCT01642004;NCT01673867", drugs="nivolumab"),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "a", "b")
    # a trial report: it reports each trial, and is in both studies
    assert sorted(sid for sid, _ in doc_studies(studies)["both"]) == [mapping["a"], mapping["b"]]
    # a page whose design is not known to report trials: it links by neither id
    docs[2] = dict(docs[2], design="unknown")
    studies, mapping = link_studies(docs)
    assert apart(mapping, "a", "b", "both")
    assert (
        "none is used to link"
        in next(s for s in studies if "both" in s["doc_ids"])["link_evidence"]
    )


# --------------------------------------------------------------------------- same_trial_name


@pytest.mark.parametrize(
    "printed_a, printed_b",
    [
        ("CheckMate 017", "CHECKMATE-017"),
        ("KEYNOTE-010", "Keynote 010"),
        ("OAK", "OAK"),
        ("Checkmate017", "CheckMate 017"),
        ("DAPA-HF", "DAPA HF"),
    ],
)
def test_same_trial_name_in_any_printed_form_links_reports_without_ids(printed_a, printed_b):
    docs = [
        doc("paper", trial_names=printed_a, drugs="nivolumab;docetaxel", year="2015"),
        doc("abstract", trial_names=printed_b, drugs="nivolumab", year="2014"),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "abstract")
    assert "same_trial_name" in studies[0]["link_evidence"]


def test_a_name_sister_trials_extend_by_their_regions_links_nothing():
    # three sister trials of one drug: "ALPINE UK", "ALPINE NZAus" and a Dutch one its page
    # calls "the Dutch ALPINE trial" (read as ALPINE), and a news item on all three
    tad = {"drugs": "tadalafil", "title": "Tadalafil for fetal growth restriction"}
    docs = [
        doc("uk", trial_names="ALPINE UK", registry_ids="ISRCTN11111119", **tad),
        doc("nzaus", trial_names="ALPINE NZAus", registry_ids="ACTRN12612000584831", **tad),
        doc("dutch", trial_names="ALPINE", registry_ids="NTR3559", **tad),
        doc("news", trial_names="ALPINE", **tad),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "uk", "nzaus", "dutch", "news")
    dutch = next(s for s in studies if s["doc_ids"] == "dutch")
    assert "name ALPINE is extended by the regions of 2 sister trials" in dutch["link_evidence"]
    # one regional name alone ("REDUCE-IT USA", a subgroup) leaves the name in use
    docs = [
        doc("paper", trial_names="ALPINE", **tad),
        doc("news", trial_names="ALPINE", **tad),
        doc("usa", trial_names="ALPINE USA", **tad),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "paper", "news")


def test_a_programmes_numbered_successors_and_a_name_in_two_fields_stay_apart():
    # KESTREL, KESTREL-2 and KESTREL-3 of one group (the later pages cite the earlier
    # trials), a 10-year report of the first; WREN a stroke trial of insulin and a
    # tuberculosis trial in children
    rt = {"title": "Radiotherapy for endometrial carcinoma", "first_author": "Ann Berg"}
    docs = [
        doc("k1", trial_names="KESTREL", n_enrolled="714", **rt),
        doc("k1_10y", trial_names="KESTREL", **rt),
        doc("k2", trial_names="KESTREL-2", registry_ids="ISRCTN16228756", n_enrolled="427", **rt),
        doc("k3", trial_names="KESTREL-3", registry_ids="ISRCTN14387080", n_enrolled="686", **rt),
        doc("k3_posthoc", trial_names="KESTREL-3", registry_ids="ISRCTN14387080", **rt),
        doc(
            "wren_stroke",
            trial_names="WREN",
            drugs="insulin",
            n_enrolled="1151",
            title="Intensive insulin for hyperglycaemia in acute ischaemic stroke",
        ),
        doc(
            "wren_tb",
            trial_names="WREN",
            n_enrolled="1204",
            title="Shorter treatment for minimal tuberculosis in children",
        ),
        doc(
            "wren_news",
            trial_names="WREN",
            n_enrolled="1204",
            title="Four months is enough for children with mild tuberculosis",
        ),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "k1", "k1_10y") and together(mapping, "k3", "k3_posthoc")
    assert apart(mapping, "k1", "k2", "k3")
    assert together(mapping, "wren_tb", "wren_news")
    assert apart(mapping, "wren_stroke", "wren_tb")


def test_a_word_and_its_plural_are_one_shared_word():
    # "Prophylactic antibiotics ... (ANODE)" and a plain-language summary of ANODE saying
    # "antibiotic"; a third report shares words with the second only: all one trial
    docs = [
        doc(
            "paper",
            trial_names="ANODE",
            drugs="amoxicillin;clavulanic",
            title="Prophylactic antibiotics in the prevention of infection after operative "
            "vaginal delivery (ANODE)",
        ),
        doc("summary", trial_names="ANODE", title="Should women get an antibiotic after forceps?"),
        doc(
            "economics",
            trial_names="ANODE",
            title="Cost-effectiveness of a prophylactic antibiotic after assisted vaginal birth",
        ),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "paper", "summary", "economics")
    assert content_words({"title": "Antibodies for sepsis and viruses"}) == {
        "antibody",
        "sepsis",
        "virus",
    }


def test_same_trial_name_without_a_shared_drug_or_word_does_not_link():
    docs = [
        doc("cardio", trial_names="ATLAS", drugs="rivaroxaban", title="Rivaroxaban after ACS"),
        doc("onco", trial_names="ATLAS", drugs="tamoxifen", title="Tamoxifen for ten years"),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "cardio", "onco")
    assert "no drug or title word in common" in " ".join(s["link_evidence"] for s in studies)


# A news item or post hoc paper about a trial often shares no title word or drug with its
# primary report ("UK iron trial narrowly misses" and "Intravenous ferric derisomaltose in
# ... (IRONMAN)"): the name alone links them when no other study prints it and nothing the
# two state tells them apart.
@pytest.mark.parametrize(
    "news, linked, why",
    [
        (dict(title="UK iron trial narrowly misses, but cardiologists see a signal"), True, ""),
        (dict(title="Cardiology trial misses", n_enrolled="1137"), True, "both enrol 1137"),
        # a disambiguation line names another trial's drug; the enrolment says which
        (dict(title="Did not save lives", drugs="captopril", n_enrolled="1137"), True, ""),
        (dict(title="Cardiology trial misses", drugs="captopril"), False, "only one of"),
        (
            dict(title="Cardiology trial misses", n_enrolled="2231"),
            False,
            "they enrol 1137 and 2231",
        ),
        (dict(title="Cardiology trial misses", phase="2"), False, "phase 2 and phase 3"),
        (dict(title="Cardiology trial misses", registry_ids="NCT09999999"), False, "different NCT"),
    ],
)
def test_same_trial_name_without_shared_words_links_when_nothing_tells_them_apart(
    news, linked, why
):
    docs = [
        doc(
            "paper",
            trial_names="IRONMAN",
            title="Intravenous ferric derisomaltose in heart failure (IRONMAN)",
            registry_ids="NCT02642562",
            n_enrolled="1137",
            phase="3",
        ),
        doc("news", trial_names="IRONMAN", source_type="web_page", **news),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "news") is linked
    evidence = " ".join(s["link_evidence"] for s in studies)
    assert why in evidence
    if linked:
        assert "no other study prints the name" in evidence


def test_same_trial_name_without_shared_words_is_ambiguous_when_two_studies_print_it():
    # two CLASSIC trials told apart by their ids and words; a news item sharing no word
    # with either joins neither
    docs = [
        doc(
            "icu", trial_names="CLASSIC", registry_ids="NCT03668236", title="Fluid in septic shock"
        ),
        doc("gc", trial_names="CLASSIC", registry_ids="NCT00411229", title="Adjuvant capecitabine"),
        doc("news", trial_names="CLASSIC", title="A trial result surprises"),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "icu", "gc", "news")
    assert "3 studies print that name" in " ".join(s["link_evidence"] for s in studies)


@pytest.mark.parametrize("news_n, linked", [("710", True), ("", False), ("711", False)])
def test_same_trial_name_of_three_studies_links_a_pair_stating_one_enrolment(news_n, linked):
    # (restated from the TEXT ME trial of text messages after coronary disease: its JAMA
    # record, a bibliographic export and a seminar listing, sharing no title word, with
    # another TEXT ME study of 120 patients in the corpus)
    docs = [
        doc(
            "paper",
            trial_names="TEXT ME",
            registry_ids="ACTRN12611000161921",
            title="Lifestyle text messaging and coronary heart disease",
            n_enrolled="710",
        ),
        doc("export", trial_names="TEXT ME", title="Messages for risk factors", n_enrolled=news_n),
        doc(
            "other",
            trial_names="TEXT ME",
            registry_ids="ACTRN12618000000000",
            title="Texts for adolescents with asthma",
            n_enrolled="120",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "export") is linked
    assert apart(mapping, "paper", "other")
    evidence = " ".join(s["link_evidence"] for s in studies)
    assert ("both enrol 710" in evidence) is linked


@pytest.mark.parametrize(
    "first, pair, why",
    [
        # an article on two trials of one acronym ("WATERFALL (NCT04381169) ... another
        # WATERFALL (NCT04442490)") is no bridge between them
        (
            doc(
                "article",
                trial_names="WATERFALL",
                registry_ids="NCT04381169;NCT04442490",
                registry_ids_by_trial="WATERFALL=NCT04381169;WATERFALL=NCT04442490",
            ),
            ("NCT04381169", "NCT04442490"),
            "none is used to link",
        ),
        # ... nor is one trial of a report on several, given both ids of its sister
        (
            doc(
                "article",
                trial_names="YOSEMITE;RHINE",
                registry_ids="NCT03622580;NCT03622593",
                registry_ids_by_trial="YOSEMITE=NCT03622580;YOSEMITE=NCT03622593",
            ),
            ("NCT03622580", "NCT03622593"),
            "",
        ),
    ],
)
def test_one_name_given_two_ids_of_one_registry_links_by_neither(first, pair, why):
    docs = [
        first,
        doc("one", registry_ids=pair[0], source_type="registry_record"),
        doc("other", registry_ids=pair[1], source_type="registry_record"),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "one", "other")
    assert why in " ".join(s["link_evidence"] for s in studies)


def test_same_trial_name_with_different_registry_ids_does_not_link():
    docs = [
        doc("a", trial_names="PROSPECT", registry_ids="NCT00000001", drugs="sorafenib"),
        doc("b", trial_names="PROSPECT", registry_ids="NCT09999999", drugs="sorafenib"),
    ]
    _, mapping = link_studies(docs)
    assert apart(mapping, "a", "b")


def test_different_trial_names_are_never_joined_through_a_partial_id():
    docs = [
        doc(
            "pub",
            trial_names="EMPEROR-Preserved",
            registry_ids_partial="NCT0305793",
            drugs="empagliflozin",
            title="Empagliflozin in heart failure",
        ),
        doc(
            "reg",
            trial_names="EMPEROR-Reduced",
            registry_ids="NCT03057931",
            drugs="empagliflozin",
            title="Empagliflozin in heart failure",
            source_type="registry_record",
        ),
    ]
    _, mapping = link_studies(docs)
    assert apart(mapping, "pub", "reg")


# --------------------------------------------------------------------------- partial_registry_id


def test_truncated_id_links_with_a_corroborating_drug_resort():
    docs = [
        doc(
            "000",
            registry_ids_partial="NCT0144480",
            trial_names="RESORT",
            year="2021",
            drugs="sorafenib",
            title="Radical metastasectomy followed by sorafenib versus observation",
            n_estimates="5",
        ),
        doc(
            "002",
            registry_ids="NCT01444807",
            source_type="registry_record",
            year="2017",
            title="Evaluate the Efficacy of Sorafenib in Renal Cell Carcinoma Patients After a Radical Resection",
        ),
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


def test_partial_id_without_corroboration_is_reported_not_linked():
    docs = [
        doc(
            "a",
            registry_ids_partial="NCT0144480",
            title="Erlotinib in lung cancer",
            drugs="erlotinib",
        ),
        doc("b", registry_ids="NCT01444807", title="Sorafenib in kidney cancer", drugs="sorafenib"),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "a", "b")
    assert "nothing else in the documents agrees" in " ".join(s["link_evidence"] for s in studies)


def test_partial_id_equally_close_to_two_trials_is_not_linked():
    same = {
        "drugs": "sorafenib",
        "title": "Sorafenib in renal cancer",
        "n_enrolled": "69",
        "phase": "2",
    }
    docs = [
        doc("a", registry_ids_partial="NCT0144480", **same),
        doc("b", registry_ids="NCT01444807", **same),
        doc("c", registry_ids="NCT01444808", **same),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "a", "b", "c")
    assert "equally corroborated" in " ".join(s["link_evidence"] for s in studies)


def test_partial_id_among_consecutive_ids_goes_to_the_trial_it_names():
    docs = [doc("pub", registry_ids_partial="NCT0144480", trial_names="RESORT", drugs="sorafenib")]
    docs += [
        doc(
            f"reg{d}",
            registry_ids=f"NCT0144480{d}",
            drugs="sorafenib",
            trial_names="RESORT" if d == 7 else f"OTHER-{d}",
        )
        for d in range(10)
    ]
    _, mapping = link_studies(docs)
    assert mapping["pub"] == "NCT01444807"
    assert len(set(mapping.values())) == 10


def test_partial_id_sharing_only_a_drug_with_its_one_candidate_is_not_linked():
    docs = [
        doc(
            "a",
            registry_ids_partial="NCT0144480",
            title="Sorafenib after metastasectomy",
            drugs="sorafenib",
        ),
        doc(
            "b", registry_ids="NCT01444807", title="Sorafenib in desmoid tumours", drugs="sorafenib"
        ),
    ]
    _, mapping = link_studies(docs)
    assert apart(mapping, "a", "b")


def test_partial_id_among_consecutive_ids_needs_more_than_shared_words():
    docs = [
        doc(
            "pub",
            registry_ids_partial="NCT0144480",
            drugs="sorafenib",
            title="Sorafenib in renal cancer",
        )
    ]
    docs += [
        doc(
            f"reg{d}",
            registry_ids=f"NCT0144480{d}",
            drugs="sorafenib" if d == 3 else "erlotinib",
            title="Sorafenib in renal cancer" if d == 3 else "Erlotinib in lung cancer",
        )
        for d in range(10)
    ]
    _, mapping = link_studies(docs)
    assert mapping["pub"] not in {mapping[f"reg{d}"] for d in range(10)}


def test_partial_id_among_consecutive_ids_goes_to_the_trial_with_the_same_enrolment_and_phase():
    same = {"drugs": "sorafenib", "title": "Sorafenib in renal cancer", "phase": "2"}
    docs = [doc("pub", registry_ids_partial="NCT0144480", n_enrolled="69", **same)]
    docs += [
        doc(f"reg{d}", registry_ids=f"NCT0144480{d}", n_enrolled=str(60 + d), **same)
        for d in range(10)
    ]
    _, mapping = link_studies(docs)
    assert mapping["pub"] == "NCT01444809"


@pytest.mark.parametrize(
    "pub_author, other_author, linked",
    [
        ("Rimassa G", "Rimassa L", True),  # the same surname leads both author lines
        ("", "Jonasch J", True),  # one page has no author line
        ("G Rimassa", "J Jonasch", False),  # two teams: a neighbouring trial of the drug
    ],
)
def test_partial_id_needs_a_trial_name_when_the_first_authors_differ(
    pub_author, other_author, linked
):
    # the generated 10,000-document corpus: two sorafenib trials with the same title, 842
    # patients and phase 2, by two teams; the one printing a cut-short id was joined to
    # its neighbour, whose id it happened to fit
    same = {
        "drugs": "sorafenib",
        "title": "Sorafenib versus placebo in metastatic renal cell carcinoma: a phase 2 trial",
        "n_enrolled": "842",
        "phase": "2",
    }
    docs = [doc("pub", registry_ids_partial="NCT1000148", first_author=pub_author, **same)]
    docs += [
        doc(
            f"other{d}",
            registry_ids=f"NCT1000148{d}",
            first_author=other_author if d == 7 else "K Escudier",
            **(same if d == 7 else {"drugs": "sunitinib", "title": "Sunitinib in GIST"}),
        )
        for d in range(10)
    ]
    studies, mapping = link_studies(docs)
    assert (mapping["pub"] == mapping["other7"]) is linked
    if not linked:
        assert "the first authors differ (Rimassa, Jonasch)" in " ".join(
            s["link_evidence"] for s in studies
        )


def test_partial_id_with_the_trial_name_links_whoever_leads_the_author_line():
    docs = [
        doc("pub", registry_ids_partial="NCT0144480", trial_names="RESORT", first_author="A Smith"),
        doc("reg", registry_ids="NCT01444807", trial_names="RESORT", first_author="B Jones"),
        doc("nb", registry_ids="NCT01444808", trial_names="OTHER-8"),
    ]
    _, mapping = link_studies(docs)
    assert mapping["pub"] == mapping["reg"] != mapping["nb"]


def test_a_news_item_on_one_trial_joins_its_study_and_is_never_its_primary_report():
    # parsing names the one trial a news item, release or answered letter is about; it
    # stays a commentary (no treatment effect) but belongs to that trial's study
    docs = [
        doc("paper", trial_names="CESAR", drugs="heparin", year="2009", n_estimates="2"),
        doc("news", trial_names="CESAR", design="commentary", drugs="heparin", year="2010"),
        doc("editorial", design="commentary", drugs="heparin", year="2010"),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "news")
    assert apart(mapping, "paper", "editorial")
    study = next(s for s in studies if "news" in s["doc_ids"].split(";"))
    assert study["primary_doc_id"] == "paper"  # not the later news item


def test_a_name_prefixed_with_a_short_abbreviation_elsewhere_is_read_as_that_name():
    tb = {"drugs": "bedaquiline;pretomanid", "design": "rct"}
    docs = [
        doc("paper", trial_names="TB-PRACTECAL", registry_ids="NCT02589782", **tb),
        doc("release", trial_names="PRACTECAL", **tb),  # "in the TB PRACTECAL trial"
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "paper", "release")
    # two longer names ending in it: neither
    docs.append(doc("other", trial_names="HIV-PRACTECAL", registry_ids="NCT09999999", **tb))
    _, mapping = link_studies(docs)
    assert apart(mapping, "paper", "release", "other")


@pytest.mark.parametrize(
    "printed, member",
    [
        ("LIBERTY ASTHMA QUEST", "QUEST"),
        ("LIBERTY AD CHRONOS", "CHRONOS"),
        # numbered, hyphenated, mixed case or an abbreviation of something else: no member
        ("SOLO 1", ""),
        ("EMPA-REG OUTCOME", ""),
        ("REDUCE-IT USA", ""),
        ("CheckMate 227", ""),
        ("QUEST", ""),
        # two words are one trial's name
        ("SPRINT MIND", ""),
        ("ODYSSEY OUTCOMES", ""),
        ("MR CLEAN", ""),
        ("NAVIGATE ESUS", ""),
        ("ALPHA HF", ""),
    ],
)
def test_programme_member_of_a_name(printed, member):
    assert trials.programme_member(printed) == member


def test_a_programme_prefix_left_off_links_the_same_trial_only():
    dupilumab = {"drugs": "dupilumab", "design": "rct"}
    docs = [
        doc(
            "quest",
            trial_names="LIBERTY ASTHMA QUEST",
            registry_ids="NCT02414854",
            title="Dupilumab efficacy in uncontrolled asthma",
            **dupilumab,
        ),
        doc(
            "venture",
            trial_names="LIBERTY ASTHMA VENTURE",
            registry_ids="NCT02528214",
            title="Dupilumab in glucocorticoid-dependent severe asthma",
            **dupilumab,
        ),
        doc(
            "posthoc",
            trial_names="QUEST",
            title="Dupilumab in uncontrolled asthma by type 2 status: post hoc findings from the phase 3 QUEST study",
            **dupilumab,
        ),
        # a trial of another drug with the member's name shares no drug or title word
        doc(
            "other",
            trial_names="QUEST",
            title="Quetiapine in bipolar depression",
            drugs="quetiapine",
            design="rct",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert mapping["posthoc"] == mapping["quest"] != mapping["venture"]
    assert mapping["other"] not in {mapping["quest"], mapping["venture"]}
    # the member name links, but is no name of the study's own
    assert {s["trial_names"] for s in studies if s["study_id"] == mapping["venture"]} == {
        "LIBERTY-ASTHMA-VENTURE"
    }
    assert "posthoc and quest both report the QUEST trial" in " ".join(
        s["link_evidence"] for s in studies
    )


def test_two_trials_of_one_acronym_are_not_joined_through_a_third_report():
    # a news item on the septic-shock CLASSIC trial names the gastric-cancer CLASSIC trial's
    # drugs to tell them apart; it shares words with each, but the two share none
    docs = [
        doc(
            "icu",
            trial_names="CLASSIC",
            registry_ids="NCT03668236",
            title="Restriction of intravenous fluid in septic shock",
            drugs="",
        ),
        doc(
            "news",
            trial_names="CLASSIC",
            title="Less fluid, same survival in septic shock",
            drugs="capecitabine;oxaliplatin",
        ),
        doc(
            "gastric",
            trial_names="Classic",
            title="Adjuvant capecitabine and oxaliplatin after gastrectomy",
            drugs="capecitabine;oxaliplatin",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert mapping["icu"] == mapping["news"] != mapping["gastric"]
    assert "which it would join, share no drug or title word" in " ".join(
        s["link_evidence"] for s in studies
    )


def test_a_press_release_of_few_words_still_joins_its_trials_reports():
    # no drug on either side: reports sharing no word are not two trials for that alone
    docs = [
        doc(
            "nejm",
            trial_names="ISCHEMIA",
            title="Initial invasive or conservative strategy for stable coronary disease",
        ),
        doc(
            "aha",
            trial_names="ISCHEMIA",
            title="International comparative effectiveness of conservative and invasive management",
        ),
        doc(
            "press",
            trial_names="ISCHEMIA",
            title="Heart procedures no better than medicines for many stable patients",
        ),
    ]
    _, mapping = link_studies(docs)
    assert mapping["nejm"] == mapping["aha"] == mapping["press"]


# --------------------------------------------------------------------------- registry_id_typo


def test_one_digit_off_complete_id_links_only_with_the_same_trial_name():
    docs = [
        doc("a", registry_ids="NCT00105443", trial_names="SHARP", drugs="sorafenib"),
        doc("b", registry_ids="NCT00105448", trial_names="SHARP", drugs="sorafenib"),
        doc("c", registry_ids="NCT00105449", drugs="sorafenib", title="Sorafenib in liver cancer"),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "a", "b")
    assert apart(mapping, "a", "c")
    linked = next(s for s in studies if s["doc_ids"] == "a;b")
    assert "possible typo" in linked["link_evidence"]


@pytest.mark.parametrize(
    "first, second, linked",
    [
        ("ISRCTN92166560", "ISRCTN92166650", True),  # two neighbouring digits swapped
        ("ISRCTN92166560", "ISRCTN92166561", True),  # one digit off
        ("ACTRN12611000791932", "ACTRN12611000791923", True),
        ("ISRCTN92166560", "ISRCTN92166571", False),  # two digits off: another id
    ],
)
def test_isrctn_and_anzctr_ids_a_slip_apart_link_with_the_same_trial_name(first, second, linked):
    docs = [
        doc("a", registry_ids=first, trial_names="IVAN", drugs="ranibizumab"),
        doc("b", registry_ids=second, trial_names="IVAN", drugs="ranibizumab"),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "a", "b") is linked


def test_one_digit_off_ids_sharing_drug_and_title_words_stay_apart():
    title = "Sorafenib versus placebo in hepatocellular carcinoma: a randomized phase 3 trial"
    docs = [
        doc(
            f"d{i}", registry_ids=f"NCT0010544{i}", title=title, drugs="sorafenib", n_enrolled="300"
        )
        for i in range(10)
    ]
    _, mapping = link_studies(docs)
    assert len(set(mapping.values())) == 10


@pytest.mark.parametrize(
    "second, same_name, linked",
    [
        ("NCT02930081", True, True),  # the last two digits swapped
        ("NCT02930081", False, False),  # swapped, but no shared name
        ("NCT02390018", True, True),  # 9 and 3 swapped
        ("NCT02910038", True, False),  # digits swapped that are not neighbours
        ("NCT02930801", True, False),  # three digits moved
    ],
)
def test_neighbouring_digits_swapped_link_only_with_the_same_trial_name(second, same_name, linked):
    docs = [
        doc("a", registry_ids="NCT02930018", trial_names="ESCAPE-NA1", drugs="nerinetide"),
        doc(
            "b",
            registry_ids=second,
            trial_names="ESCAPE-NA1" if same_name else "",
            drugs="nerinetide",
            title="Nerinetide in thrombectomy",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "a", "b") is linked
    if linked:
        joined = next(s for s in studies if s["doc_ids"] == "a;b")
        assert "two neighbouring digits swapped" in joined["link_evidence"]


def test_typo_links_are_never_transitive():
    docs = [
        doc("a", registry_ids="NCT00105443", trial_names="SHARP", drugs="sorafenib"),
        doc("b", registry_ids="NCT00105448", trial_names="SHARP", drugs="sorafenib"),
        doc("c", registry_ids="NCT00105488", trial_names="SHARP", drugs="sorafenib"),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "a", "b")
    assert mapping["c"] != mapping["a"]


@pytest.mark.parametrize("enrolment", ["", "300"])
def test_consecutive_registry_ids_at_scale_stay_one_study_per_trial(enrolment):
    # (unnamed pages stating one enrolment: every id is a slip of several others, so the
    # unnamed-typo rule links none)
    docs = [
        doc(
            f"d{i:05d}",
            registry_ids=f"NCT{10_000_000 + i:08d}",
            drugs="sorafenib",
            title="Sorafenib versus placebo in renal cell carcinoma",
            n_enrolled=enrolment,
            year="2020",
        )
        for i in range(3000)
    ]
    studies, mapping = link_studies(docs)
    assert len(studies) == 3000


# An unnamed page whose one id is a slip of one other study's id, with the same enrolment
# (a news item printing "NCT04149553" for the trial registered as NCT04149535)
def test_an_unnamed_page_with_a_mistyped_id_joins_the_one_study_of_the_same_enrolment():
    paper = doc(
        "nejm",
        trial_names="PROTECTED TAVR",
        registry_ids="NCT04149535",
        n_enrolled="3000",
        year="2022",
    )
    news = doc("news", registry_ids="NCT04149553", n_enrolled="3000", year="2022")
    studies, mapping = link_studies([paper, news])
    assert together(mapping, "nejm", "news")
    assert "two neighbouring digits swapped" in " ".join(s["link_evidence"] for s in studies)
    # another enrolment, another decade, or two studies a slip away: kept apart
    for changed in (
        [paper, {**news, "n_enrolled": "2400"}],
        [paper, {**news, "year": "2009"}],
        [{**paper, "trial_names": ""}, news],
        [
            paper,
            {**news, "registry_ids": "NCT04149536"},
            doc("other", registry_ids="NCT04149537", n_enrolled="3000", year="2022"),
        ],
        [paper, {**news, "trial_names": "SENTINEL"}],
    ):
        _, mapping = link_studies(changed)
        assert not together(mapping, "nejm", "news"), changed


# ... and the same when the named report states no year but the two share their first
# author (a post-hoc paper printing "NCT00428984" for the trial's NCT00428948); another first
# author without years, or no first author, is no such corroboration
def test_a_mistyped_id_with_the_same_enrolment_and_first_author_joins_an_undated_report():
    paper = doc(
        "nejm",
        registry_ids="NCT00428948",
        n_enrolled="1445",
        year="2012",
        first_author="Vicente E Torres",
    )
    posthoc = doc(
        "posthoc",
        trial_names="TEMPO 3",
        registry_ids="NCT00428984",
        n_enrolled="1445",
        first_author="Vicente E. Torres",
    )
    studies, mapping = link_studies([paper, posthoc])
    assert together(mapping, "nejm", "posthoc")
    assert "first author Torres" in " ".join(s["link_evidence"] for s in studies)
    for changed in (
        [paper, {**posthoc, "first_author": "Ronald D Perrone"}],
        [{**paper, "first_author": ""}, {**posthoc, "first_author": ""}],
        [paper, {**posthoc, "n_enrolled": "1400"}],
        # (both dated, a decade apart: the years decide, not the author)
        [paper, {**posthoc, "year": "2022"}],
    ):
        _, mapping = link_studies(changed)
        assert not together(mapping, "nejm", "posthoc"), changed


# ... and where no report names the trial, when the enrolment is of 100 or more and no round
# fifty, and the two share two drug or title words in years that do not disagree (restated
# from a news item printing "ISRCTN37666261" for the ARREST trial's ISRCTN37666216)
def test_a_mistyped_id_joins_an_unnamed_study_of_an_unrounded_enrolment_and_its_words():
    paper = doc(
        "lancet",
        registry_ids="ISRCTN37666216",
        title="Adjunctive rifampicin for Staphylococcus aureus bacteraemia",
        n_enrolled="758",
    )
    news = doc(
        "news",
        registry_ids="ISRCTN37666261",
        title="Rifampicin gives no benefit in bloodstream Staphylococcus infection",
        n_enrolled="758",
        year="2017",
    )
    studies, mapping = link_studies([paper, news])
    assert together(mapping, "lancet", "news")
    assert "two neighbouring digits swapped" in " ".join(s["link_evidence"] for s in studies)
    for changed in (
        [{**paper, "n_enrolled": "750"}, {**news, "n_enrolled": "750"}],  # a round fifty
        [{**paper, "n_enrolled": "75"}, {**news, "n_enrolled": "75"}],  # under 100
        [paper, {**news, "title": "Rifampicin disappoints"}],  # one word shared
        [{**paper, "year": "2005"}, news],  # years apart
        [paper, {**news, "n_enrolled": "760"}],
        # (one digit changed, as neighbouring registrations differ: another trial)
        [paper, {**news, "registry_ids": "ISRCTN37666217"}],
    ):
        _, mapping = link_studies(changed)
        assert not together(mapping, "lancet", "news"), changed


def test_ids_one_digit_apart_finds_exactly_the_pairs():
    ids = ["NCT00105443", "NCT00105448", "NCT00105449", "NCT01444807", "NCT01444870"]
    brute = sorted(
        (a, b)
        for i, a in enumerate(sorted(ids))
        for b in sorted(ids)[i + 1 :]
        if one_digit_apart(a, b)
    )
    assert (
        ids_one_digit_apart(ids)
        == brute
        == [
            ("NCT00105443", "NCT00105448"),
            ("NCT00105443", "NCT00105449"),
            ("NCT00105448", "NCT00105449"),
        ]
    )


# --------------------------------------------------------------------------- same_author_later_report


def test_a_later_report_by_the_same_first_author_links_an_unnamed_unregistered_trial():
    docs = [
        doc(
            "first",
            first_author="Motzer RJ",
            title="Sunitinib versus interferon alfa in metastatic renal-cell carcinoma",
            registry_ids="NCT00083889",
            drugs="sunitinib",
            n_enrolled="750",
        ),
        doc(
            "final",
            first_author="Robert J. Motzer",
            drugs="sunitinib",
            n_enrolled="750",
            title="Overall survival and updated results for sunitinib compared with interferon alfa",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "first", "final")
    assert "same_author_later_report" in studies[0]["link_evidence"]


def test_a_follow_up_naming_a_group_protocol_links_its_unnamed_first_report_and_the_short_form():
    # one printed name gives two keys ("CALGB 9343" is also "C9343"): still one name, so the
    # later-report rule joins the unnamed first report, and the short form joins by name
    title = "Lumpectomy plus tamoxifen with or without irradiation in women 70 years or older"
    docs = [
        doc("nejm", first_author="Kevin S Hughes", title=title, n_enrolled="636", year="2004"),
        doc(
            "jco",
            first_author="Kevin S. Hughes",
            title=title + ": long-term follow-up of CALGB 9343",
            trial_names="CALGB 9343",
            n_enrolled="636",
            year="2013",
        ),
        doc("congress", trial_names="C9343", title="Radiotherapy in older women", year="2006"),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "nejm", "jco")
    assert together(mapping, "jco", "congress")


@pytest.mark.parametrize(
    "changes",
    [
        {"first_author": "Escudier B"},  # another first author
        {
            "title": "Updated results for sunitinib in renal cancer",
            "drugs": "sunitinib",
        },  # one shared word
        {"registry_ids": "NCT00083890"},  # a different registered trial
        {
            "title": "Sunitinib compared with interferon in kidney tumours"
        },  # not a later report, and only two shared words (sunitinib, interferon)
        {"n_enrolled": ""},  # enrolment not stated alike
        {"n_enrolled": "375"},
    ],
)
def test_same_author_reports_stay_apart_without_all_the_evidence(changes):
    second = {
        "first_author": "Motzer RJ",
        "drugs": "sunitinib",
        "n_enrolled": "750",
        "title": "Overall survival and updated results for sunitinib compared with interferon alfa",
    }
    second.update(changes)
    docs = [
        doc(
            "first",
            first_author="Motzer RJ",
            title="Sunitinib versus interferon alfa in metastatic renal-cell carcinoma",
            registry_ids="NCT00083889",
            drugs="sunitinib",
            n_enrolled="750",
        ),
        doc("second", **second),
    ]
    _, mapping = link_studies(docs)
    assert apart(mapping, "first", "second")


# --------------------------------------------------------------------------- same_author_same_enrolment

_HOKUSAI_PAPER = dict(
    first_author="Gary E Raskob",
    title="Edoxaban for the treatment of cancer-associated venous thromboembolism",
    registry_ids="NCT02073682",
    drugs="edoxaban;dalteparin",
    n_enrolled="1050",
)
_HOKUSAI_ABSTRACT = dict(
    first_author="Gary E. Raskob",
    title="A randomized blinded assessment of edoxaban or dalteparin for venous "
    "thromboembolism associated with cancer",
    drugs="edoxaban;dalteparin",
    n_enrolled="1050",
)


def test_a_congress_abstract_and_its_paper_by_one_first_author_and_enrolment_link():
    docs = [doc("paper", **_HOKUSAI_PAPER), doc("abstract", **_HOKUSAI_ABSTRACT)]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "abstract")
    assert (
        "same_author_same_enrolment: abstract and paper have the same first author"
        in (studies[0]["link_evidence"])
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"first_author": "Agnes Y Lee"},  # another first author
        {"n_enrolled": "1049"},  # another enrolment
        {"n_enrolled": ""},
        # two shared words only (edoxaban, dalteparin)
        {"title": "Oral factor Xa inhibition after surgery", "drugs": "edoxaban;dalteparin"},
        # another registered trial (not a slip of the paper's id: one digit off, with the same
        # first author and enrolment, is the typo rule's possible typo)
        {"registry_ids": "NCT02073691"},
        {"trial_names": "SELECT-D"},  # both name trials: the name rule decides
        {"phase": "2"},
    ],
)
def test_one_authors_reports_of_one_enrolment_stay_apart_without_all_the_evidence(changes):
    abstract = dict(_HOKUSAI_ABSTRACT, **changes)
    docs = [
        doc("paper", **dict(_HOKUSAI_PAPER, trial_names="HOKUSAI VTE Cancer", phase="3")),
        doc("abstract", **abstract),
    ]
    _, mapping = link_studies(docs)
    assert apart(mapping, "paper", "abstract")


# --------------------------------------------------------------------------- same_enrolment_later_report

_IPASS_FIRST = dict(
    first_author="Mok TS",
    title="Gefitinib or carboplatin-paclitaxel in pulmonary adenocarcinoma",
    registry_ids="NCT00322452",
    drugs="gefitinib;carboplatin;paclitaxel",
    n_enrolled="1217",
)
_IPASS_FINAL = dict(
    first_author="Masahiro Fukuoka",
    title="Biomarker analyses and final overall survival results from a study of gefitinib "
    "versus carboplatin/paclitaxel in Asia (IPASS)",
    trial_names="IPASS",
    drugs="gefitinib;carboplatin;paclitaxel",
    n_enrolled="1217",
)


def test_a_final_report_led_by_a_co_investigator_links_by_enrolment_and_words():
    studies, mapping = link_studies([doc("first", **_IPASS_FIRST), doc("final", **_IPASS_FINAL)])
    assert together(mapping, "first", "final")
    assert "same_enrolment_later_report" in studies[0]["link_evidence"]


@pytest.mark.parametrize(
    "changes",
    [
        {"n_enrolled": "1218"},  # another trial's enrolment
        # (one shared word, "gefitinib", is enough for the distinctive 1217: see
        # test_a_distinctive_enrolment_links_with_fewer_shared_words)
        {"registry_ids": "NCT00322453"},  # a different registered trial
        {"title": "Gefitinib versus carboplatin/paclitaxel in Asia (IPASS)"},  # not a later report
        {"phase": "2"},
    ],
)
def test_reports_by_different_authors_stay_apart_without_all_the_evidence(changes):
    first = dict(_IPASS_FIRST, phase="3")
    final = dict(_IPASS_FINAL, phase="3")
    final.update(changes)
    _, mapping = link_studies([doc("first", **first), doc("final", **final)])
    assert apart(mapping, "first", "final")


# A trial's paper and its monograph (or a companion paper) signed by different first
# authors, neither titled as later: the same enrolment of 100 or more, years at most two
# apart and five or more shared drug and title words
_SIXTYFIVE_PAPER = dict(
    first_author="Lamontagne F",
    title="Effect of reduced exposure to vasopressors on 90-day mortality in older critically "
    "ill patients with vasodilatory hypotension",
    registry_ids="ISRCTN10580502",
    n_enrolled="2600",
    year="2020",
)
_SIXTYFIVE_MONOGRAPH = dict(
    first_author="Mouncey PR",
    title="Reduced exposure to vasopressors through permissive hypotension to reduce mortality "
    "in critically ill people aged 65 and over",
    n_enrolled="2600",
    year="2021",
)


def test_a_paper_and_its_monograph_by_other_first_authors_link_by_enrolment_and_words():
    studies, mapping = link_studies(
        [doc("paper", **_SIXTYFIVE_PAPER), doc("monograph", **_SIXTYFIVE_MONOGRAPH)]
    )
    assert together(mapping, "paper", "monograph")
    assert "same_enrolment_companion_report" in studies[0]["link_evidence"]
    assert "report the same 2600 patients and share" in studies[0]["link_evidence"]


@pytest.mark.parametrize(
    "changes",
    [
        {"n_enrolled": "2601"},  # another enrolment
        {"year": "2024"},  # four years apart
        {"year": ""},  # a year unknown
        # four shared words only (vasopressor, critically, hypotension, reduced)
        {"title": "Reduced vasopressor use for hypotension in the critically unwell"},
        {"registry_ids": "ISRCTN99999999"},  # a different registered trial
    ],
)
def test_a_paper_and_a_monograph_stay_apart_without_all_the_evidence(changes):
    monograph = dict(_SIXTYFIVE_MONOGRAPH, **changes)
    _, mapping = link_studies([doc("paper", **_SIXTYFIVE_PAPER), doc("monograph", **monograph)])
    assert apart(mapping, "paper", "monograph")


def test_two_named_trials_with_one_enrolment_stay_apart():
    first = dict(_IPASS_FIRST, trial_names="FIRST-SIGNAL")
    _, mapping = link_studies([doc("first", **first), doc("final", **_IPASS_FINAL)])
    assert apart(mapping, "first", "final")


# --------------------------------------------------------------------------- same_enrolment_unnamed_report

_STOPIT = dict(
    first_author="Sawyer RG",
    title="Trial of short-course antimicrobial therapy for intraabdominal infection",
    trial_names="STOP-IT",
    registry_ids="NCT00657566",
    n_enrolled="518",
    year="2015",
)
_STOPIT_NEWS = dict(
    title="Short-course antimicrobial therapy effective for abdominal infection",
    design="unknown",
    n_enrolled="518",
    year="2015",
)


@pytest.mark.parametrize("cited", ["", "ABX-2"])  # (one earlier trial the news recalls)
def test_a_report_naming_no_trial_links_by_its_enrolment_and_words(cited):
    news = dict(_STOPIT_NEWS, trial_names_cited=cited)
    studies, mapping = link_studies([doc("paper", **_STOPIT), doc("news", **news)])
    assert together(mapping, "paper", "news")
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert "same_enrolment_unnamed_report: news names no trial and reports the 518 patients" in (
        evidence
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"n_enrolled": "517"},  # another enrolment
        {"title": "Shorter antibiotic treatment for abdominal infection"},  # one shared word
        {"year": "2021"},  # six years later
        {"first_author": "Smith J"},  # a signed report: the later-report rules decide
        {"trial_names": "SHORT-ABX"},  # a named report: the trial-name rule decides
        # a registered one: the id rules decide (an id no slip of the paper's; a slip with
        # the same enrolment is a typo, see the unnamed-typo test)
        {"registry_ids": "NCT01657599"},
        # a page on two trials it names, reporting neither alone ("Two trials, one answer")
        {"trial_names_cited": "ABX-2;SHORT-ABX"},
    ],
)
def test_a_report_naming_no_trial_stays_apart_without_the_evidence(changes):
    news = dict(_STOPIT_NEWS, **changes)
    _, mapping = link_studies([doc("paper", **_STOPIT), doc("news", **news)])
    assert apart(mapping, "paper", "news")


@pytest.mark.parametrize(
    "title, year, joins",
    [
        # a headline calling itself later: a long-term follow-up's news, years after (two
        # words shared, "antimicrobial" and "infection": too few for the later-report rules)
        ("Five years on, an antimicrobial course still holds for infection", "2020", True),
        ("An antimicrobial course for infection, ten years later", "2025", True),
        ("After five years, an antimicrobial course holds for infection", "2020", True),
        # not called later; called later but thirteen years on, or before the paper
        ("An antimicrobial course still holds for infection", "2020", False),
        ("Five years on, an antimicrobial course still holds for infection", "2028", False),
        ("Five years on, an antimicrobial course still holds for infection", "2010", False),
    ],
)
def test_a_later_unnamed_report_links_by_enrolment_years_after(title, year, joins):
    news = dict(_STOPIT_NEWS, title=title, year=year)
    _, mapping = link_studies([doc("paper", **_STOPIT), doc("news", **news)])
    assert together(mapping, "paper", "news") is joins


# A news headline shares fewer words with the paper: an enrolment of 100 or more, a drug
# both give and a year both state link it, and without any one of the three it stays apart.
_REMOX = dict(
    first_author="Gillespie SH",
    title="Four-month moxifloxacin-based regimens for drug-sensitive tuberculosis",
    trial_names="REMoxTB",
    registry_ids="NCT00864383",
    n_enrolled="1931",
    year="2014",
    drugs="moxifloxacin;rifampin",
)
_REMOX_NEWS = dict(
    title="Shorter TB treatment with moxifloxacin falls short",
    design="unknown",
    n_enrolled="1931",
    year="2014",
    drugs="moxifloxacin;gatifloxacin",
)


def test_a_news_headline_links_by_its_enrolment_drug_and_year():
    studies, mapping = link_studies([doc("paper", **_REMOX), doc("news", **_REMOX_NEWS)])
    assert together(mapping, "paper", "news")
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert "reports the 1931 patients of paper (2014, 2014), with the same moxifloxacin" in evidence


@pytest.mark.parametrize(
    "changes",
    [
        {"year": ""},  # no year of its own (an assessment report's extract)
        # (no drug in common but "moxifloxacin" in both titles: enough for the distinctive
        # 1931, see test_a_distinctive_enrolment_links_with_fewer_shared_words)
        {"n_enrolled": "99"},  # a small enrolment
    ],
)
def test_a_news_headline_stays_apart_without_enrolment_drug_and_year(changes):
    news = dict(_REMOX_NEWS, **changes)
    paper = dict(_REMOX, n_enrolled="99") if changes.get("n_enrolled") == "99" else _REMOX
    _, mapping = link_studies([doc("paper", **paper), doc("news", **news)])
    assert apart(mapping, "paper", "news")


def test_an_enrolment_two_trials_share_links_nothing():
    other = dict(
        _STOPIT,
        trial_names="ABX-2",
        registry_ids="NCT01111111",
        title="Short-course antimicrobial therapy for infection in the elderly",
    )
    studies, mapping = link_studies(
        [doc("paper", **_STOPIT), doc("other", **other), doc("news", **_STOPIT_NEWS)]
    )
    assert apart(mapping, "paper", "news") and apart(mapping, "other", "news")
    evidence = next(s["link_evidence"] for s in studies if s["doc_ids"] == "news")
    assert "518 patients are the enrolment of 2 other studies" in evidence


# ---------------------------------------------------------- same_enrolment_named_report

# The paper names no trial ("a 26-week trial of budesonide-formoterol"), the news item names
# it; the same enrolment of 100 or more, years a year apart at most and two shared drugs or
# title words join them, and only when they point one way.
_VESTRI_PAPER = dict(
    first_author="Peters SP",
    title="Serious asthma events with budesonide plus formoterol vs. budesonide alone",
    registry_ids="NCT01444430",
    n_enrolled="11693",
    year="2016",
    drugs="budesonide;formoterol",
)
_VESTRI_NEWS = dict(
    title="Safety studies clear budesonide-formoterol inhalers",
    trial_names="VESTRI",
    design="unknown",
    n_enrolled="11693",
    year="2016",
    drugs="budesonide;formoterol;fluticasone",
)


@pytest.mark.parametrize("news_year", ["2016", "2017", ""])
def test_a_named_report_and_an_unnamed_one_link_by_enrolment_and_words(news_year):
    news = dict(_VESTRI_NEWS, year=news_year)
    studies, mapping = link_studies([doc("paper", **_VESTRI_PAPER), doc("news", **news)])
    assert together(mapping, "paper", "news")
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert "same_enrolment_named_report: news names VESTRI and paper names no trial" in evidence
    assert "11693 patients" in evidence


@pytest.mark.parametrize(
    "changes",
    [
        {"n_enrolled": "11692"},  # another enrolment
        {"year": "2019"},  # three years apart
        {"drugs": "fluticasone;salmeterol", "title": "LABA safety studies end"},  # one word
        {"registry_ids": "NCT02345678"},  # a different complete id (not a slip of it)
        # (both signed: the later-report rules decide, and for the distinctive 11693 they
        # link, see test_a_distinctive_enrolment_links_with_fewer_shared_words)
        {"phase": "2"},  # the paper's phase is 3
    ],
)
def test_a_named_report_and_an_unnamed_one_stay_apart_without_the_evidence(changes):
    news = dict(_VESTRI_NEWS, **changes)
    paper = dict(_VESTRI_PAPER, phase="3")
    _, mapping = link_studies([doc("paper", **paper), doc("news", **news)])
    assert apart(mapping, "paper", "news")


def test_a_named_report_and_an_unnamed_one_stay_apart_when_the_enrolment_points_two_ways():
    # a second unnamed paper of the same enrolment and drugs: which one the news reports is
    # not said (and a second named trial of them: neither is the paper's)
    twin = dict(_VESTRI_PAPER, registry_ids="NCT02222222", first_author="Stempel DA")
    studies, mapping = link_studies(
        [doc("paper", **_VESTRI_PAPER), doc("twin", **twin), doc("news", **_VESTRI_NEWS)]
    )
    assert apart(mapping, "paper", "news") and apart(mapping, "twin", "news")
    other = dict(_VESTRI_NEWS, trial_names="AUSTRI")
    _, mapping = link_studies(
        [doc("paper", **_VESTRI_PAPER), doc("news", **_VESTRI_NEWS), doc("other", **other)]
    )
    assert apart(mapping, "paper", "news") and apart(mapping, "paper", "other")


# --------------------------------------------------------------------------- spelled_out_name

_TRICC = dict(
    title="Restrictive transfusion strategy in critical care: the TRICC trial at 60 days",
    trial_names="TRICC",
    first_author="Smith A",
    n_enrolled="838",
)
_TRICC_SPELLED = dict(
    title="A multicenter, randomized, controlled clinical trial of transfusion requirements "
    "in critical care",
    first_author="Hebert PC",
)


def test_a_title_spelling_a_trials_name_links_to_it():
    studies, mapping = link_studies([doc("named", **_TRICC), doc("spelled", **_TRICC_SPELLED)])
    assert together(mapping, "named", "spelled")
    evidence = next(s["link_evidence"] for s in studies if "spelled" in s["doc_ids"])
    assert "spelled_out_name: the title of spelled spells out TRICC, the trial of named" in (
        evidence
    )


@pytest.mark.parametrize(
    "named, spelled",
    [
        # one word in common ("transfusion"): not enough
        (dict(_TRICC, title="Restrictive transfusion: the TRICC trial"), _TRICC_SPELLED),
        # a name of four letters is spelled by chance
        (
            dict(_TRICC, trial_names="TRIC"),
            dict(_TRICC_SPELLED, title="Transfusion requirements in critical care units"),
        ),
        # a report naming its own trial is decided by the name rules
        (_TRICC, dict(_TRICC_SPELLED, trial_names="CRIT-CARE")),
        # different registry ids
        (
            dict(_TRICC, registry_ids="NCT00000001"),
            dict(_TRICC_SPELLED, registry_ids="NCT00000999"),
        ),
    ],
)
def test_a_spelled_out_title_stays_apart_without_the_evidence(named, spelled):
    _, mapping = link_studies([doc("named", **named), doc("spelled", **spelled)])
    assert apart(mapping, "named", "spelled")


def test_a_title_spelling_two_studies_names_links_to_neither():
    other = dict(_TRICC, first_author="Jones B", n_enrolled="400", registry_ids="NCT00000002")
    first = dict(_TRICC, registry_ids="NCT00000001")
    studies, mapping = link_studies(
        [doc("a", **first), doc("b", **other), doc("spelled", **_TRICC_SPELLED)]
    )
    assert apart(mapping, "a", "spelled") and apart(mapping, "b", "spelled")


@pytest.mark.parametrize(
    "acronym, title, expected",
    [
        (
            "TARGET",
            "results of the treatment approaches in renal cancer global evaluation trial",
            True,
        ),
        (
            "TARGET",
            "Sorafenib for treatment of renal cell carcinoma: final efficacy results",
            False,
        ),
        ("OAK", "Overall analysis of atezolizumab and K", False),  # under four letters
        ("SPRINT", "Systolic Blood Pressure Intervention Trial", False),
        ("KEYNOTE-024", "Keynote address on nivolumab therapy in Europe", False),  # a number
    ],
)
def test_a_trial_name_spelled_out_by_initials(acronym, title, expected):
    from metasynth.linking import spells

    assert spells(acronym, title) is expected


def test_a_final_report_spelling_out_the_name_links_despite_a_phase_misread():
    first = doc(
        "first",
        first_author="Escudier B",
        title="Sorafenib in advanced clear-cell renal-cell carcinoma",
        trial_names="TARGET",
        registry_ids="NCT00073307",
        drugs="sorafenib",
        n_enrolled="903",
        phase="2",
    )
    final = doc(
        "final",
        first_author="Escudier B",
        title="Sorafenib for treatment of renal cell carcinoma: final efficacy and safety results "
        "of the phase III treatment approaches in renal cancer global evaluation trial",
        drugs="sorafenib",
        n_enrolled="903",
        phase="3",
    )
    phase2 = doc(
        "phase2",
        first_author="Escudier B",
        title="Sorafenib versus interferon alfa-2a: a randomized phase II trial, final results",
        drugs="sorafenib",
        n_enrolled="189",
        phase="2",
    )
    studies, mapping = link_studies([first, final, phase2])
    assert together(mapping, "first", "final")
    assert apart(mapping, "first", "phase2")
    assert "spelled out in the title" in next(
        s["link_evidence"] for s in studies if "final" in s["doc_ids"]
    )


# --------------------------------------------------------------------------- several trials in one document


def test_a_pooled_analysis_contributes_each_estimate_to_the_trial_it_names():
    docs = [
        doc(
            "pooled",
            trial_names="CheckMate 017;CheckMate 057",
            drugs="nivolumab",
            registry_ids="NCT01642004;NCT01673867",
            registry_ids_by_trial="CHECKMATE-017=NCT01642004;CHECKMATE-057=NCT01673867",
        ),
        doc("c017", trial_names="CheckMate 017", registry_ids="NCT01642004", drugs="nivolumab"),
        doc("c057", trial_names="CheckMate-057", drugs="nivolumab"),
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "c017", "c057")
    options = doc_studies(studies)["pooled"]
    assert sorted(s for s, _ in options) == sorted({mapping["c017"], mapping["c057"]})
    assert study_of_estimate({"trial": "CHECKMATE-057"}, options)[0] == mapping["c057"]
    assert study_of_estimate({"trial": "CHECKMATE-017"}, options)[0] == mapping["c017"]
    study, why = study_of_estimate({"trial": ""}, options)
    assert study == "" and why.startswith("trial_not_named:")


# A page on more trials than it names (name_of_one_counted_trial) gives each named trial's
# study a part of it, and stays a report naming no trial for the trials it does not name,
# linked as such a report is (here by its enrolment and drug); an estimate whose sentence
# names no trial goes to none of them.
def test_a_page_on_more_trials_than_it_names_gives_a_part_to_each_named_trial():
    docs = [
        doc(
            "news",
            title="Two trials, one answer: allopurinol does not protect the kidneys",
            trial_names="CKD-FIX",
            trial_name_rules="name_of_one_counted_trial",
            trials_counted="2",
            drugs="allopurinol",
            source_type="news",
        ),
        doc(
            "ckdfix", trial_names="CKD-FIX", registry_ids="ACTRN12611000791932", drugs="allopurinol"
        ),
        doc("perl", trial_names="PERL", registry_ids="NCT02017171", drugs="allopurinol"),
    ]
    studies, mapping = link_studies(docs)
    options = doc_studies(studies)["news"]
    assert len(options) == 2 and mapping["ckdfix"] in {s for s, _ in options}
    assert study_of_estimate({"trial": "CKD-FIX"}, options)[0] == mapping["ckdfix"]
    study, why = study_of_estimate({"trial": ""}, options)
    assert study == "" and why.startswith("trial_not_named:")
    # the same page read as naming CKD-FIX alone reports it whole
    alone = [{**docs[0], "trial_name_rules": "most_used_name"}] + docs[1:]
    studies, mapping = link_studies(alone)
    assert len(doc_studies(studies)["news"]) == 1


# --------------------------------------------------------------------------- ids and labels


def test_unreadable_documents_form_no_study_and_order_does_not_matter():
    docs = [
        doc("x", status="binary"),
        doc("b", registry_ids="NCT00000002"),
        doc("a", registry_ids="NCT00000002"),
    ]
    s1, m1 = link_studies(docs)
    s2, m2 = link_studies(list(reversed(docs)))
    assert "x" not in m1 and s1 == s2 and m1 == m2


def test_study_ids_stay_put_when_unrelated_documents_come_and_go():
    base = [
        doc("a", trial_names="OAK", drugs="atezolizumab"),
        doc("b", first_author="Smith J", year="2010"),
        doc("c", registry_ids="NCT00000003"),
    ]
    _, before = link_studies(base)
    _, after = link_studies(
        base
        + [
            doc("z", trial_names="POPLAR", drugs="atezolizumab"),
            doc("0", first_author="Jones A", year="2011"),
        ]
    )
    assert {d: before[d] for d in before} == {d: after[d] for d in before}


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Abou-Alfa GK", "Abou-Alfa"),
        ("Van Cutsem E", "Van Cutsem"),
        ("J. Llovet", "Llovet"),
        ("Marcia S. Brose", "Brose"),
        ("F G de Braud", "de Braud"),
        ("A-L. Cheng", "Cheng"),
        ("Christelle de la Fouchardière", "de la Fouchardière"),
        # surname, comma, given names (PubMed's full names, RIS)
        ("Kudo, Masatoshi", "Kudo"),
        ("Cappellini, M. Domenica", "Cappellini"),
        ("de Braud, Filippo", "de Braud"),
        # degrees and generational suffixes after the name are no surname
        ("Ying Li MD PhD", "Li"),
        ("John Smith, MD, PhD", "Smith"),
        ("Li Y, MD", "Li"),
        ("Robert Jones Jr", "Jones"),
        ("Anna Do", "Do"),
        ("", ""),
    ],
)
def test_surname_of_the_first_author(printed, expected):
    assert surname(printed) == expected


def test_labels_are_trial_names_else_surname_year_never_page_noise():
    docs = [
        doc("a", trial_names="OAK", drugs="atezolizumab", first_author="Rittmeyer A", year="2017"),
        doc(
            "b",
            first_author="Escudier B",
            year="2007",
            journal="Published in final edited form as: Lancet",
        ),
        doc("c", registry_ids="NCT00000009", source_type="registry_record"),
    ]
    studies, mapping = link_studies(docs)
    labels = {s["doc_ids"]: s["label"] for s in studies}
    assert labels == {"a": "OAK", "b": "Escudier 2007", "c": "NCT00000009"}


def test_a_study_with_no_name_author_id_or_journal_is_labelled_by_its_title_not_its_file():
    # an unsigned news item naming no trial: its headline's first words and its year, never
    # the file name
    docs = [
        doc(
            "bf003_news",
            title="Two big tamoxifen trials now agree: ten years beats five",
            year="2013",
            design="news",
        ),
        doc(
            "x_news",
            title="Daily HIV pill gives gay men partial protection in a study run across six "
            "countries and four continents",
            design="news",
        ),
        doc("y_noise", title="[Share] [Print]", design="news"),
    ]
    studies, _ = link_studies(docs)
    labels = {s["doc_ids"]: s["label"] for s in studies}
    assert labels == {
        "bf003_news": "Two big tamoxifen trials now agree (2013)",
        "x_news": "Daily HIV pill gives gay men partial protection\u2026",
        "y_noise": "y_noise",  # no prose to take a label from
    }


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "Two big tamoxifen trials now agree: ten years beats five",
            "Two big tamoxifen trials now agree",
        ),
        (
            "Tai chi: a randomised trial in fibromyalgia",
            "Tai chi: a randomised trial in fibromyalgia",
        ),
        (
            "Go easy on the drip during the early days of a sore pancreas",
            "Go easy on the drip\u2026",
        ),
        ("(Randomised trial of adrenaline)", ""),
        ("Results", ""),
    ],
)
def test_short_title(title, expected):
    from metasynth.linking import short_title

    assert short_title(title) == expected


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
    assert [s["label"] for s in studies] == [
        "Cancer 2010c",
        "Cancer 2010b",
        "RESORT",
        "Cancer 2010a",
    ]


def test_a_study_year_is_its_primary_reports_year():
    from metasynth.linking import add_primary_report_years

    studies = [
        {"study_id": "S1", "primary_doc_id": "final"},
        {"study_id": "S2", "primary_doc_id": "undated"},
    ]
    documents = [
        {"doc_id": "interim", "year": "2015"},
        {"doc_id": "final", "year": "2019"},
        {"doc_id": "registry", "year": "2021"},
        {"doc_id": "undated", "year": ""},
    ]
    add_primary_report_years(studies, documents)
    assert [s["year"] for s in studies] == ["2019", ""]


# --------------------------------------------------------------------------- full names


def test_a_numbered_name_ending_one_longer_name_is_that_name():
    docs = [
        doc(
            "paper",
            trial_names="DECLARE–TIMI 58",
            acronym="DECLARE–TIMI 58",
            drugs="dapagliflozin",
            registry_ids="NCT01730534",
        ),
        doc("abstract", trial_names="TIMI 58", acronym="TIMI 58", drugs="dapagliflozin"),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "abstract")
    assert any("name TIMI-58 read as DECLARE-TIMI-58" in s["link_evidence"] for s in studies)


@pytest.mark.parametrize(
    "names",
    [
        # two longer names end with it: which one is not said
        ("DECLARE-TIMI 58", "OTHER-TIMI 58", "TIMI 58"),
        # a name without a number is a word, not a numbered study
        ("ROCKET AF", "J-ROCKET AF", "AF"),
    ],
)
def test_a_short_name_that_is_not_one_longer_name_stays_apart(names):
    docs = [
        doc(f"d{i}", trial_names=n, acronym=n, drugs="drugamab", registry_ids=f"NCT0000000{i}")
        for i, n in enumerate(names[:2])
    ] + [doc("short", trial_names=names[2], acronym=names[2], drugs="drugamab")]
    _, mapping = link_studies(docs)
    assert apart(mapping, "d0", "d1", "short")


def test_an_extension_is_the_trial_it_extends():
    docs = [
        doc(
            "paper",
            trial_names="ISCHEMIA",
            acronym="ISCHEMIA",
            registry_ids="NCT01471522",
            title="Initial invasive or conservative strategy for stable coronary disease",
        ),
        doc(
            "extend",
            trial_names="ISCHEMIA-EXTEND",
            acronym="ISCHEMIA-EXTEND",
            title="Survival after invasive or conservative management of stable coronary disease",
        ),
        # a name that only shares its first part is another trial
        doc(
            "ckd",
            trial_names="ISCHEMIA-CKD",
            acronym="ISCHEMIA-CKD",
            registry_ids="NCT01985360",
            title="Management of coronary disease in patients with advanced kidney disease",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "extend")
    assert apart(mapping, "paper", "ckd")
    assert any("name ISCHEMIA-EXTEND read as ISCHEMIA" in s["link_evidence"] for s in studies)
    # the study is labelled with the trial's name, whichever report is primary
    assert {s["label"] for s in studies if "extend" in s["doc_ids"]} == {"ISCHEMIA"}


@pytest.mark.parametrize(
    "acronym, title, spelled",
    [
        ("LAAOS-3", "Left Atrial Appendage Occlusion Study III", True),
        ("LAAOS-3", "Left Atrial Appendage Occlusion Study 3", True),
        ("LAAOS-3", "Left Atrial Appendage Occlusion Study II", False),  # another trial
        ("LAAOS-3", "Left Atrial Appendage Occlusion Study", False),
        ("TARGET", "Treatment Approaches in Renal Cancer Global Evaluation Trial", True),
    ],
)
def test_a_numbered_name_is_spelled_with_its_number(acronym, title, spelled):
    from metasynth import linking

    assert linking.spells(acronym, title) is spelled


def test_a_correction_notice_joins_the_one_report_printing_its_title():
    title = "Avacopan for the Treatment of ANCA-Associated Vasculitis"
    paper = doc("paper", title=title, registry_ids="NCT02994927")
    notice = doc("notice", title=f"Correction: {title}")
    short = doc("short", title="Correction: Avacopan")  # too short to identify an article
    other = doc("other", title=title, registry_ids="NCT09999999")
    _, mapping = link_studies([paper, notice, short])
    assert mapping["paper"] == mapping["notice"]
    assert mapping["short"] != mapping["paper"]
    # a title two studies print (two trials, each with its id) names neither for the notice
    _, mapping = link_studies([paper, notice, other])
    assert mapping["notice"] not in (mapping["paper"], mapping["other"])
    assert mapping["other"] != mapping["paper"]


PLASMA_TITLE = (
    "Effect of Convalescent Plasma Therapy on Time to Clinical Improvement in Patients With "
    "Severe and Life-threatening COVID-19"
)


@pytest.mark.parametrize(
    "entry_title",
    [
        PLASMA_TITLE,  # an evidence database's entry: the title without its subtitle
        f"{PLASMA_TITLE}: A Randomized Clinical Trial",  # a bibliographic record, word for word
        f"{PLASMA_TITLE.upper()} - A RANDOMIZED CLINICAL TRIAL",  # case and punctuation aside
    ],
)
def test_a_report_naming_nothing_joins_the_one_report_printing_its_title(entry_title):
    paper = doc(
        "paper",
        title=f"{PLASMA_TITLE}: A Randomized Clinical Trial",
        registry_ids="ChiCTR2000029757",
        n_enrolled="103",
    )
    entry = doc("entry", title=entry_title)
    studies, mapping = link_studies([paper, entry])
    assert mapping["entry"] == mapping["paper"]
    row = next(s for s in studies if s["study_id"] == mapping["paper"])
    assert "same_title" in row["link_evidence"]


@pytest.mark.parametrize(
    "entry",
    [
        # nine words in common: too few to identify an article
        doc("entry", title="Effect of Convalescent Plasma Therapy on Time to Clinical"),
        # the first ten words and then another article's ending
        doc(
            "entry",
            title="Effect of Convalescent Plasma Therapy on Time to Clinical Improvement in "
            "Patients With Moderate COVID-19 in India",
        ),
        # a registry id of its own, or a trial name of its own, decide instead
        doc("entry", title=PLASMA_TITLE, registry_ids="ChiCTR2000030039"),
        doc("entry", title=PLASMA_TITLE, trial_names="PLACID"),
    ],
)
def test_a_title_not_printed_whole_or_contradicted_stays_apart(entry):
    paper = doc(
        "paper",
        title=f"{PLASMA_TITLE}: A Randomized Clinical Trial",
        registry_ids="ChiCTR2000029757",
        trial_names="",
    )
    _, mapping = link_studies([paper, entry])
    assert mapping["entry"] != mapping["paper"]


def test_a_title_two_studies_print_joins_a_report_to_neither():
    # sister trials registered with one generic title: the entry could be either
    title = "A Study of Tirzepatide Once Weekly Versus Placebo in Participants With Type 2 Diabetes"
    docs = [
        doc("one", title=title, registry_ids="NCT03954834"),
        doc("two", title=title, registry_ids="NCT03861052"),
        doc("entry", title=title),
    ]
    studies, mapping = link_studies(docs)
    assert len({mapping["one"], mapping["two"], mapping["entry"]}) == 3
    entry = next(s for s in studies if s["study_id"] == mapping["entry"])
    assert "printed by several studies" in entry["link_evidence"]


def _zycov_paper(doc_id="paper", **kw):
    base = dict(
        title="Efficacy, safety, and immunogenicity of the DNA SARS-CoV-2 vaccine (ZyCoV-D): "
        "the interim efficacy results of a phase 3, randomised, double-blind trial in India",
        registry_ids="CTRI/2021/01/030416",
        trial_names="ZyCoV-D",
        phase="3",
    )
    base.update(kw)
    return doc(doc_id, **base)


RELEASE_TITLE = "Zydus Cadila files for EUA of ZyCoV-D, the world's first plasmid DNA vaccine"


def test_a_release_whose_title_prints_a_trials_name_joins_it():
    # the release gives the product's name no trial cue; the paper made it a trial's name
    release = doc("release", title=RELEASE_TITLE, design="unknown", phase="3")
    studies, mapping = link_studies([_zycov_paper(), release])
    assert mapping["release"] == mapping["paper"]
    row = next(s for s in studies if s["study_id"] == mapping["paper"])
    assert "name_known_elsewhere" in row["link_evidence"]
    # an authors' reply titled by the trial's name
    paper = doc(
        "paper",
        title="Timing of renal replacement therapy initiation (AKIKI 2): a randomised trial",
        trial_names="AKIKI 2",
        registry_ids="NCT03396757",
    )
    reply = doc("reply", title="Delayed renal replacement therapy in AKIKI 2 - Authors' reply")
    _, mapping = link_studies([paper, reply])
    assert mapping["reply"] == mapping["paper"]


@pytest.mark.parametrize(
    "release, why",
    [
        (doc("release", title=RELEASE_TITLE, phase="2"), "another phase"),
        (doc("release", title=RELEASE_TITLE, trial_names_cited="ZyCoV-D"), "cited as another's"),
        (doc("release", title="Zydus Cadila on ZyCoV-D pricing"), "no other word shared"),
        (doc("release", title=RELEASE_TITLE, registry_ids="CTRI/2021/08/035000"), "an id"),
        (doc("release", title=f"{RELEASE_TITLE} (PLACID)", trial_names="PLACID"), "own name"),
    ],
)
def test_a_name_in_a_title_joins_nothing_it_contradicts(release, why):
    _, mapping = link_studies([_zycov_paper(), release])
    assert mapping["release"] != mapping["paper"], why


def test_a_name_two_studies_give_their_trials_joins_a_title_to_neither():
    docs = [
        _zycov_paper("one"),
        _zycov_paper("two", registry_ids="CTRI/2021/05/033000"),
        doc("release", title=RELEASE_TITLE),
    ]
    _, mapping = link_studies(docs)
    assert mapping["release"] not in (mapping["one"], mapping["two"])


@pytest.mark.parametrize(
    "other, joins",
    [
        ("Pred-ART", True),  # a name of letters printed with a hyphen and without
        ("PREDART", True),
        ("PredART-2", False),  # a number makes another trial
        ("Pred-ARTS", False),
    ],
)
def test_a_name_of_letters_with_or_without_its_hyphen_is_one_name(other, joins):
    docs = [
        doc("paper", trial_names="PredART", title="Prednisone for tuberculosis IRIS prevention"),
        doc("record", trial_names=other, title="Prednisone to prevent tuberculosis IRIS"),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "paper", "record") is joins


def test_a_shared_id_never_joins_documents_whose_other_ids_differ():
    # a page printing the ids of two trials (a review read as a trial report, a news item)
    # shares one id with each; the two trials' own papers state different NCT ids
    docs = [
        doc("english", registry_ids="ISRCTN94465371;NCT02065986", trial_names="PROUD"),
        doc("french", registry_ids="NCT01473472", trial_names="IPERGAY"),
        doc("both", registry_ids="ISRCTN94465371;NCT01473472", design="unknown"),
    ]
    studies, mapping = link_studies(docs)
    assert not together(mapping, "english", "french")
    # (the page on both, the names of two trials behind its ids, reports each apart)
    with_both = [s for s in studies if "both" in s["doc_ids"].split(";")]
    assert {s["study_id"] for s in with_both} == {mapping["english"], mapping["french"]}
    assert all("reports each of them apart" in s["link_evidence"] for s in with_both)
    # one trial registered twice still links: an ISRCTN and an NCT id, both printed by one
    # paper, one of them by its registry record
    docs = [
        doc("paper", registry_ids="ISRCTN94465371;NCT02065986", trial_names="PROUD"),
        doc("record", registry_ids="NCT02065986", source_type="registry_record", design="registry"),
        doc("letter", registry_ids="ISRCTN94465371"),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "paper", "record", "letter")


def test_two_trials_of_one_name_are_labelled_by_their_first_reports():
    docs = [
        doc(
            "a",
            registry_ids="NCT01369069",
            trial_names="SHINE",
            first_author="Karen C Johnston",
            year="2019",
        ),
        doc(
            "b",
            registry_ids="NCT02549105",
            trial_names="SHINE",
            first_author="Anna Turkova",
            year="2022",
        ),
        doc(
            "c",
            registry_ids="NCT09999999",
            trial_names="SHINE",
            source_type="registry_record",
            design="registry",
        ),
    ]
    studies, _ = link_studies(docs)
    labels = sorted(s["label"] for s in studies)
    # (a study without an authored report falls back to letters for all of them)
    assert labels == ["SHINEa", "SHINEb", "SHINEc"]
    studies, _ = link_studies(docs[:2])
    assert sorted(s["label"] for s in studies) == ["SHINE (Johnston 2019)", "SHINE (Turkova 2022)"]


def test_a_groups_protocol_with_and_without_its_group_is_one_trial():
    docs = [
        doc(
            "paper",
            trial_names="ACTG A5202",
            drugs="efavirenz;abacavir",
            title="Abacavir versus tenofovir",
        ),
        doc(
            "secondary",
            trial_names="A5202",
            drugs="efavirenz;atazanavir",
            title="Atazanavir or efavirenz",
        ),
        doc("other", trial_names="A5257", drugs="efavirenz", title="Three regimens"),
    ]
    _, mapping = link_studies(docs)
    assert together(mapping, "paper", "secondary")
    assert not together(mapping, "paper", "other")


# A trial report naming no trial that registers two ids of one registry reports each trial:
# one study per id, each joined by the other pages stating that id; its estimates, naming
# neither, are listed as not attributed.
def test_an_unnamed_report_of_two_registered_trials_reports_each():
    docs = [
        doc("both", registry_ids="NCT02942004;NCT02942017", design="rct", n_enrolled="246"),
        doc("b", registry_ids="NCT02942004"),
        doc("c", registry_ids="NCT02942017"),
    ]
    studies, mapping = link_studies(docs)
    options = doc_studies(studies)["both"]
    assert sorted(sid for sid, _ in options) == ["NCT02942004", "NCT02942017"]
    assert mapping["b"] == "NCT02942004"
    assert mapping["c"] == "NCT02942017"
    study, why = study_of_estimate({"trial": ""}, options)
    assert study == "" and "NCT02942004, NCT02942017" in why
    # (a review or a page stating ids of two registries is not split)
    for changed in ({"design": "review"}, {"registry_ids": "NCT02942004;ISRCTN12345678"}):
        studies, _ = link_studies([dict(docs[0], **changed)])
        assert len(studies) == 1, changed


# ... and so does any page whose opening counts two or more trials and that names none (an
# integrated poster, a news item, of design unknown); a page of unknown design counting no
# trials stays one report
@pytest.mark.parametrize("counted, each", [("3", True), ("2", True), ("", False)])
def test_a_page_counting_trials_with_their_ids_reports_each(counted, each):
    docs = [
        doc(
            "poster",
            registry_ids="NCT02614547;NCT02942004;NCT02942017",
            design="unknown",
            source_type="conference_abstract",
            trials_counted=counted,
        ),
        doc("a", registry_ids="NCT02614547", trial_names="STUDY-202A"),
        doc("b", registry_ids="NCT02942004", trial_names="STUDY-202B"),
        doc("c", registry_ids="NCT02942017", trial_names="STUDY-202C"),
    ]
    studies, mapping = link_studies(docs)
    assert len(doc_studies(studies)["poster"]) == (3 if each else 1)
    assert apart(mapping, "a", "b", "c")


# programme_report: a report naming only a programme, its title calling it studies or
# trials ("Ninety-Six-Week Results of the VIEW Studies"), whose numbered trials other
# documents report, reports each of them; a singular "the VIEW study" stays one trial.
@pytest.mark.parametrize(
    "title, joins_both",
    [
        ("Intravitreal aflibercept: ninety-six-week results of the VIEW studies", True),
        ("Intravitreal aflibercept in the VIEW study", False),
    ],
)
def test_a_programme_report_reports_each_numbered_trial(title, joins_both):
    docs = [
        doc(
            "v1",
            trial_names="VIEW 1",
            registry_ids="NCT00509795",
            drugs="aflibercept",
            title="Aflibercept in wet AMD (VIEW 1)",
        ),
        doc(
            "v2",
            trial_names="VIEW 2",
            registry_ids="NCT00637377",
            drugs="aflibercept",
            title="Aflibercept in wet AMD (VIEW 2)",
        ),
        doc("v96", trial_names="VIEW", drugs="aflibercept", title=title),
    ]
    studies, _ = link_studies(docs)
    of = doc_studies(studies)
    with_v1 = {s for s, _ in of["v1"]}
    with_v2 = {s for s, _ in of["v2"]}
    programme = {s for s, _ in of["v96"]}
    assert (with_v1 <= programme and with_v2 <= programme) == joins_both
    assert with_v1 != with_v2


# A news item names the trial it reports as the one published or presented now; with that
# name, its registry id printed with two digits swapped is a slip of the paper's
# (registry_id_typo); a news item reporting another trial so, the paper's trial among the
# others it names, stays apart.
_PAPER = (
    "N Engl J Med. 2020;382(21):1981-1993.\n\n"
    "Endovascular Thrombectomy with or without Intravenous Alteplase in Acute Stroke\n\n"
    "Pengfei Yang, Yongwei Zhang, Lei Zhang; DIRECT-MT Investigators\n\n"
    "Methods: In this multicenter trial in China, we randomly assigned patients with acute "
    "ischemic stroke from large-vessel occlusion to endovascular thrombectomy alone or to "
    "intravenous alteplase followed by thrombectomy.\n"
    "Results: Of 1586 patients screened, 656 were enrolled: 327 to thrombectomy alone and 329 "
    "to combination therapy. Thrombectomy alone was noninferior (adjusted common odds ratio, "
    "1.07; 95% CI, 0.81 to 1.40).\n"
    "(Funded by the Stroke Prevention Project; DIRECT-MT ClinicalTrials.gov number, "
    "NCT03469206.)\n"
)
_NEWS = (
    "Stroke Practice Digest  ·  News  ·  6 May 2020\n\n"
    "Skip the clot-buster? Trial says thrombectomy alone holds its own\n\n"
    "Patients with a large-vessel occlusion did about as well with thrombectomy alone as with "
    "alteplase first, according to the {reported} trial, published online today in the New "
    "England Journal of Medicine. The 656 enrolled patients were split almost evenly between "
    "the two strategies. Other trials of the question, SWIFT-DIRECT and the {other} study, had "
    "not yet reported.\n\n"
    "The trial's registration number is listed as NCT03469260.\n"
)


@pytest.mark.parametrize(
    "reported, other, linked", [("DIRECT MT", "SKIP", True), ("SKIP", "DIRECT MT", False)]
)
def test_a_news_item_on_the_trial_published_now_links_to_its_paper(
    tmp_path, reported, other, linked
):
    from metasynth.evaluation import run_corpus

    (tmp_path / "a_paper.txt").write_text(_PAPER)
    (tmp_path / "b_news.txt").write_text(_NEWS.format(reported=reported, other=other))
    records, _ = run_corpus(tmp_path)
    assert records["a_paper"]["n_enrolled"] == records["b_news"]["n_enrolled"] == "656"
    assert records["b_news"]["trial_names"] == reported
    studies, mapping = link_studies(list(records.values()))
    assert together(mapping, "a_paper", "b_news") is linked
    if linked:
        joined = next(s for s in studies if s["doc_ids"] == "a_paper;b_news")
        assert "registry_id_typo" in joined["link_evidence"]


# same_author_later_report / same_author_same_enrolment when both reports name the trial in
# two forms: a letter typed in or left out with the same numbers, or a name and a sponsor's
# code; never two numbered sisters, two codes, or names further apart
@pytest.mark.parametrize(
    "first, second, variants",
    [
        ("AIRWAYS-2", "AIRWAY-2", True),
        ("LIBERTY AD CHRONOS", "R668-AD-1224", True),
        ("reSURFACE 1", "MK-3222-010", True),
        ("SOLO-1", "SOLO-2", False),  # numbered sisters
        ("IMbrave150", "IMbrave050", False),  # two codes
        ("ROOBY", "ROOBY-FS", False),  # two letters apart
        ("ACT", "ACTS", False),  # too short to tell a slip from another trial
    ],
)
def test_two_forms_of_one_trials_name(first, second, variants):
    from metasynth.linking import name_variants

    assert name_variants({trials.key(first)}, {trials.key(second)}) is variants


@pytest.mark.parametrize("second_name, linked", [("AIRWAY-2", True), ("AIRWAYS-3", False)])
def test_a_later_report_by_the_same_author_under_a_misspelt_name(second_name, linked):
    title = "Supraglottic airway device vs tracheal intubation in out-of-hospital cardiac arrest"
    docs = [
        doc(
            "a",
            trial_names="AIRWAYS-2",
            first_author="Jonathan R Benger",
            n_enrolled="9296",
            title=title,
            year="2018",
        ),
        doc(
            "b",
            trial_names=second_name,
            first_author="Jonathan R Benger",
            n_enrolled="9296",
            title="Six-month outcomes: " + title,
            year="2019",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "a", "b") is linked
    if linked:
        joined = next(s for s in studies if s["doc_ids"] == "a;b")
        assert "one trial's names" in joined["link_evidence"]


# --------------------------------------------------------------------------- registries


def _page_record(doc_id: str, text: str) -> dict:
    from metasynth import parsing

    record, _ = parsing.parse_document(doc_id, f"{doc_id}.txt", text.encode())
    return {**record, "status": "ok", "n_estimates": "0"}


def test_an_id_printed_with_a_space_after_its_prefix_is_the_same_id():
    # a preprint server's record prints "ChiCTR 2000029868"; the journal's page, without
    # the space: one trial
    paper = _page_record(
        "paper",
        "Hydroxychloroquine in patients with mainly mild to moderate COVID-19: open label, "
        "randomised controlled trial\n\nWe randomly assigned 150 patients to hydroxychloroquine "
        "plus standard of care or standard of care alone.\n\nTrial registration: ChiCTR2000029868.\n",
    )
    preprint = _page_record(
        "preprint",
        "Hydroxychloroquine in patients with COVID-19: an open-label, randomized, controlled "
        "trial\n\n150 patients received hydroxychloroquine plus standard of care or standard of "
        "care.\n\nRegistration: Chinese Clinical Trial Registry, ChiCTR 2000029868.\n",
    )
    assert paper["registry_ids"] == preprint["registry_ids"] == "ChiCTR2000029868"
    _, mapping = link_studies([paper, preprint])
    assert mapping["paper"] == mapping["preprint"]


def test_a_trials_eudract_and_eu_ct_numbers_are_two_registries():
    # a trial moved to the EU's new register (CTIS) states both numbers; its earlier report
    # states the EudraCT number only: one trial, not two ids of one registry
    both = doc("both", registry_ids="2019-001234-56;2022-500123-45-00", title="Drug X in Y")
    earlier = doc("earlier", registry_ids="2019-001234-56", title="Drug X in Y")
    _, mapping = link_studies([both, earlier])
    assert mapping["both"] == mapping["earlier"]
    assert trials.registry_of("2022-500123-45-00") == "EUCT"
    assert trials.registry_of("2019-001234-56") == "EUDRACT"
    # two different EU CT numbers are two trials, whatever else they share
    one = doc("one", registry_ids="2022-500123-45-00", title="Drug X in Y", trial_names="ALPHA")
    two = doc("two", registry_ids="2022-500124-45-00", title="Drug X in Y", trial_names="ALPHA")
    _, mapping = link_studies([one, two])
    assert mapping["one"] != mapping["two"]


# A page stating ids of two registries is one trial registered twice, unless the other
# reports of each id are of different trials (enrolments more than a fifth apart, or names
# of two trials): then it reports both, each apart, and joins neither to the other.
def test_a_page_printing_two_trials_ids_of_two_registries_joins_neither_to_the_other():
    nepal = doc(
        "nepal", registry_ids="ISRCTN43385161", n_enrolled="20019", title="Typhoid vaccine in Nepal"
    )
    nepal2 = doc("nepal2", registry_ids="ISRCTN43385161", title="Typhoid vaccine in Nepal: final")
    malawi = doc(
        "malawi", registry_ids="NCT03299426", n_enrolled="28130", title="Typhoid vaccine in Malawi"
    )
    news = doc(
        "news",
        registry_ids="ISRCTN43385161;NCT03299426",
        n_enrolled="48149",
        title="One shot, two continents: typhoid vaccine in Nepal and Malawi",
        design="unknown",
    )
    studies, _ = link_studies([nepal, nepal2, malawi, news])
    by_doc = {d: {sid for sid, _ in options} for d, options in doc_studies(studies).items()}
    assert by_doc["nepal"] == by_doc["nepal2"] != by_doc["malawi"]
    assert by_doc["news"] == by_doc["nepal"] | by_doc["malawi"]
    row = next(s for s in studies if "malawi" in s["doc_ids"].split(";"))
    assert "reports each of them apart" in row["link_evidence"]


@pytest.mark.parametrize(
    "isrctn_record",
    [
        # the same trial's records: enrolments within a fifth (planned and actual)
        doc("isrctn", registry_ids="ISRCTN12345678", n_enrolled="1598"),
        # ... or no enrolment and no name to tell
        doc("isrctn", registry_ids="ISRCTN12345678"),
    ],
)
def test_a_trial_registered_twice_is_one_study(isrctn_record):
    paper = doc(
        "paper", registry_ids="ISRCTN12345678;NCT01234567", n_enrolled="1600", title="Drug X in Y"
    )
    nct = doc("nct", registry_ids="NCT01234567", n_enrolled="1500", title="Drug X in Y")
    _, mapping = link_studies([paper, nct, isrctn_record])
    assert mapping["paper"] == mapping["nct"] == mapping["isrctn"]


def test_two_named_trials_behind_two_registries_ids_are_kept_apart():
    alpha = doc("alpha", registry_ids="ISRCTN12345678", trial_names="ALPHA", title="Drug X")
    beta = doc("beta", registry_ids="NCT01234567", trial_names="BETA", title="Drug X")
    review = doc("page", registry_ids="ISRCTN12345678;NCT01234567", title="Drug X: two trials")
    studies, mapping = link_studies([alpha, beta, review])
    assert mapping["alpha"] != mapping["beta"]


def test_one_trials_name_on_both_sides_keeps_a_double_registration_whole():
    # a planned and an actual enrolment a third apart, one trial's name on every report
    paper = doc(
        "paper", registry_ids="ISRCTN12345678;NCT01234567", n_enrolled="1600", trial_names="ALPHA"
    )
    nct = doc("nct", registry_ids="NCT01234567", n_enrolled="1600", trial_names="ALPHA")
    isrctn = doc("isrctn", registry_ids="ISRCTN12345678", n_enrolled="2400", trial_names="ALPHA")
    _, mapping = link_studies([paper, nct, isrctn])
    assert mapping["paper"] == mapping["nct"] == mapping["isrctn"]


# --------------------------------------------------------------------------- a distinctive enrolment
# An enrolment of 1,000 or more that is not a round hundred is a count of people, not a
# target, and two trials seldom share one: when only these two reports state it, fewer shared
# words tell. A follow-up titled by the vaccine alone (one shared word), a cluster trial's
# second paper by another first author (two), a news headline in the paper's year (one).
_DENGUE = dict(
    first_author="Kallas EG",
    title="Live, attenuated, tetravalent Butantan-DV vaccine in children and adults",
    registry_ids="NCT02406729",
    n_enrolled="16235",
    year="2024",
    phase="3",
)
_DENGUE_LATER = dict(
    first_author="Nogueira ML",
    title="Efficacy of Butantan-DV through five years: extended follow-up in Brazil",
    n_enrolled="16235",
    phase="3",
)
_VILLAGE = dict(
    first_author="Sun Y",
    title="Village doctor-led intervention for blood pressure control in rural China",
    n_enrolled="33995",
    year="2022",
)
_VILLAGE_OUTCOMES = dict(
    first_author="He J",
    title="Intensive blood pressure intervention by non-physician providers and "
    "cardiovascular outcomes",
    trial_names="CRHCP",
    registry_ids="NCT03527719",
    n_enrolled="33995",
    year="2023",
)
_FEEDING = dict(
    first_author="Fivez T",
    title="Early versus late parenteral nutrition in critically ill children",
    trial_names="PEPaNIC",
    registry_ids="NCT01536275",
    n_enrolled="1440",
    year="2016",
)
_IPASS_FINAL_GEFITINIB = dict(
    _IPASS_FINAL, drugs="gefitinib", title="Final overall survival results of gefitinib (IPASS)"
)
_REMOX_NEWS_GATIFLOXACIN = dict(_REMOX_NEWS, drugs="gatifloxacin")
_VESTRI_SIGNED = dict(_VESTRI_NEWS, first_author="Chapman KR")
_FEEDING_NEWS = dict(
    title="Hold the drip: sick children recover faster when intravenous feeding is delayed",
    design="unknown",
    n_enrolled="1440",
    year="2016",
)


@pytest.mark.parametrize(
    "first, second, rule",
    [
        (_DENGUE, _DENGUE_LATER, "same_enrolment_later_report"),
        (_VILLAGE_OUTCOMES, _VILLAGE, "same_enrolment_companion_report"),
        (_FEEDING, _FEEDING_NEWS, "same_enrolment_unnamed_report"),
        # a final report sharing one word, "gefitinib", with the first (1217 patients)
        (_IPASS_FIRST, _IPASS_FINAL_GEFITINIB, "same_enrolment_later_report"),
        # a news headline sharing "moxifloxacin" but no drug field (1931, both 2014)
        (_REMOX, _REMOX_NEWS_GATIFLOXACIN, "same_enrolment_unnamed_report"),
        # the VESTRI paper and another signed report of the same year (11693)
        (_VESTRI_PAPER, _VESTRI_SIGNED, "same_enrolment_companion_report"),
    ],
)
def test_a_distinctive_enrolment_links_with_fewer_shared_words(first, second, rule):
    studies, mapping = link_studies([doc("first", **first), doc("second", **second)])
    assert together(mapping, "first", "second")
    assert rule in studies[0]["link_evidence"]


@pytest.mark.parametrize(
    "first, second, changes",
    [
        # a round hundred (a target, "16,200 participants"), or under 1,000
        (_DENGUE, _DENGUE_LATER, {"n_enrolled": "16200"}),
        (_DENGUE, _DENGUE_LATER, {"n_enrolled": "985"}),
        (_DENGUE, _DENGUE_LATER, {"title": "Efficacy through five years: extended follow-up"}),
        (_DENGUE, _DENGUE_LATER, {"phase": "2"}),
        (_DENGUE, _DENGUE_LATER, {"registry_ids": "NCT02406730"}),  # another registered trial
        (_VILLAGE_OUTCOMES, _VILLAGE, {"year": "2026"}),  # four years apart
        (_VILLAGE_OUTCOMES, _VILLAGE, {"title": "Village doctors and blood tests in China"}),
        (_FEEDING, _FEEDING_NEWS, {"year": "2018"}),  # two years after
        (_FEEDING, _FEEDING_NEWS, {"year": ""}),  # a year unknown
        (_FEEDING, _FEEDING_NEWS, {"title": "Hold the drip: delayed intravenous feeding"}),
        # the same pairs with a round enrolment, or one of a round fifty ("1050")
        (_IPASS_FIRST, _IPASS_FINAL_GEFITINIB, {"n_enrolled": "1200"}),
        (_IPASS_FIRST, _IPASS_FINAL_GEFITINIB, {"n_enrolled": "1050"}),
        (_REMOX, _REMOX_NEWS_GATIFLOXACIN, {"n_enrolled": "1900"}),
        (_VESTRI_PAPER, _VESTRI_SIGNED, {"n_enrolled": "11700"}),
    ],
)
def test_a_distinctive_enrolment_links_nothing_without_the_rest(first, second, changes):
    second = dict(second, **changes)
    first = dict(first, n_enrolled=second["n_enrolled"])
    _, mapping = link_studies([doc("first", **first), doc("second", **second)])
    assert apart(mapping, "first", "second")


def test_a_distinctive_enrolment_three_reports_state_tells_nothing_more():
    """A third study with the same enrolment: the count no longer singles one out, and the
    later report, sharing one word with each, joins neither."""
    other = dict(
        _DENGUE,
        first_author="Smith A",
        registry_ids="NCT09999999",
        trial_names="DENV-OTHER",
        title="Butantan-DV vaccine given with yellow fever vaccine in adults",
    )
    _, mapping = link_studies(
        [doc("first", **_DENGUE), doc("other", **other), doc("later", **_DENGUE_LATER)]
    )
    assert apart(mapping, "first", "later") and apart(mapping, "other", "later")


# --------------------------------------------------------------------------- protocol_and_its_report
# A trial's protocol plans the enrolment its report states; neither names the trial, and
# their first authors differ.
_ANGINA_PROTOCOL = dict(
    first_author="Li D",
    title="Acupuncture for chronic, stable angina pectoris and an investigation of the "
    "characteristics of acupoint specificity: study protocol for a randomized controlled trial",
    n_enrolled="404",
    year="2014",
)
_ANGINA_REPORT = dict(
    first_author="Zhao L",
    title="Acupuncture as adjunctive therapy for chronic stable angina: a randomized clinical "
    "trial",
    n_enrolled="404",
    year="2019",
)


@pytest.mark.parametrize(
    "protocol_title",
    [
        _ANGINA_PROTOCOL["title"],
        "Rationale and design of a trial of acupuncture for chronic stable angina",
        "Acupuncture for chronic stable angina: design and rationale of a randomised trial",
        "Statistical analysis plan for a trial of acupuncture in chronic stable angina",
    ],
)
def test_a_protocol_links_to_the_report_of_its_planned_enrolment(protocol_title):
    protocol = dict(_ANGINA_PROTOCOL, title=protocol_title)
    studies, mapping = link_studies([doc("protocol", **protocol), doc("report", **_ANGINA_REPORT)])
    assert together(mapping, "protocol", "report")
    evidence = studies[0]["link_evidence"]
    assert (
        "protocol_and_its_report: protocol is the protocol (2014) of the 404 patients" in evidence
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"n_enrolled": "400"},  # another enrolment
        {"title": "Acupuncture for chronic, stable angina pectoris in China"},  # no protocol
        {"year": "2003"},  # more than ten years before
        {"year": "2021"},  # after the report
        {"title": "Acupuncture for migraine prophylaxis: study protocol"},  # one shared word
        {"registry_ids": "NCT01686230"},  # and the report another registered trial
        {"phase": "2"},  # and the report phase 3
    ],
)
def test_a_protocol_stays_apart_from_a_report_without_the_evidence(changes):
    protocol = dict(_ANGINA_PROTOCOL, **changes)
    report = dict(_ANGINA_REPORT)
    if "registry_ids" in changes:
        report["registry_ids"] = "NCT01686231"
    if "phase" in changes:
        report["phase"] = "3"
    _, mapping = link_studies([doc("protocol", **protocol), doc("report", **report)])
    assert apart(mapping, "protocol", "report")


def test_a_protocol_whose_enrolment_two_reports_state_links_to_neither():
    other = dict(
        _ANGINA_REPORT,
        first_author="Wu Q",
        title="Acupuncture for chronic stable angina in women: a randomized clinical trial",
        registry_ids="NCT09999998",
    )
    studies, mapping = link_studies(
        [
            doc("protocol", **_ANGINA_PROTOCOL),
            doc("report", **_ANGINA_REPORT),
            doc("other", **other),
        ]
    )
    assert apart(mapping, "protocol", "report") and apart(mapping, "protocol", "other")
    evidence = next(s["link_evidence"] for s in studies if s["doc_ids"] == "protocol")
    assert "404 patients are the enrolment of 2 reported studies" in evidence


# --------------------------------------------------------------------------- investigator_named

# a news item that names no trial and states no id, but names who led the work (restated
# from a 2015 congress report on a neck-dissection trial in early oral cancer)
_NECK_PAPER = dict(
    registry_ids="NCT00193765",
    first_author="Anil K D'Cruz",
    title="Elective versus Therapeutic Neck Dissection in Node-Negative Oral Cancer",
    n_enrolled="596",
    year="2015",
)
_NECK_NEWS = dict(
    title="Dissection of the neck up front improves survival in early oral cancer",
    people_named="D'Cruz",
    year="2015",
    design="unknown",
)


def test_a_page_naming_the_investigator_links_to_the_one_study_they_sign():
    studies, mapping = link_studies([doc("paper", **_NECK_PAPER), doc("news", **_NECK_NEWS)])
    assert together(mapping, "paper", "news")
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert "investigator_named: news names no trial and states no registry id" in evidence
    assert "D'Cruz as the work's lead, author or presenter, first author of paper" in evidence
    assert "first author of paper, the one study signed so, sharing dissection |" in evidence


def test_the_investigator_rule_also_takes_the_same_enrolment_without_shared_words():
    news = dict(_NECK_NEWS, title="Surgeons change practice", n_enrolled="596")
    studies, mapping = link_studies([doc("paper", **_NECK_PAPER), doc("news", **news)])
    assert together(mapping, "paper", "news")
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert "with 596 patients" in evidence


@pytest.mark.parametrize(
    "news_changes,why",
    [
        # nothing shared but the person: an investigator leads trials of many kinds
        ({"title": "Surgeons change practice"}, "no shared word"),
        # the page counts the trials it covers: a page on several
        ({"trials_counted": "2"}, "a page on two trials"),
        # a page naming a trial of its own goes by that name
        ({"trial_names": "SENTINEL-9"}, "names a trial"),
        # a page stating a different complete id of the same registry
        ({"registry_ids": "NCT00193766"}, "states an id"),
        # nobody named
        ({"people_named": ""}, "no one named"),
        # someone who signs no report here
        ({"people_named": "Badwe"}, "an author of no report"),
    ],
)
def test_a_page_naming_an_investigator_stays_apart_without_the_evidence(news_changes, why):
    news = dict(_NECK_NEWS, **news_changes)
    _, mapping = link_studies([doc("paper", **_NECK_PAPER), doc("news", **news)])
    assert apart(mapping, "paper", "news"), why


def test_an_investigator_signing_two_studies_links_the_page_to_neither():
    second = dict(
        _NECK_PAPER,
        registry_ids="NCT01234567",
        title="Neck Dissection Extent in Node-Positive Oral Cancer",
        n_enrolled="310",
    )
    studies, mapping = link_studies(
        [doc("paper", **_NECK_PAPER), doc("second", **second), doc("news", **_NECK_NEWS)]
    )
    assert apart(mapping, "paper", "second", "news")
    evidence = next(s["link_evidence"] for s in studies if s["doc_ids"] == "news")
    assert "the people it names sign reports of 2 studies" in evidence


def test_a_page_already_joined_to_one_study_of_the_person_never_joins_a_second():
    # (restated from two tai chi trials in fibromyalgia by one first author, eight years
    # apart, the earlier one's paper printing no registry id: the news item on the later
    # one, which its enrolment joins, also shares a word with the earlier one)
    earlier = doc(
        "earlier",
        first_author="Chenchen Wang",
        title="A randomized trial of tai chi for fibromyalgia",
        n_enrolled="66",
        year="2010",
    )
    later = doc(
        "later",
        registry_ids="NCT01420640",
        first_author="Chenchen Wang",
        title="Effect of tai chi versus aerobic exercise for fibromyalgia",
        n_enrolled="226",
        year="2018",
    )
    news = doc(
        "news",
        first_author="Chenchen Wang",
        title="Tai chi may be a therapeutic option for fibromyalgia, better than aerobic exercise",
        people_named="Chenchen Wang",
        n_enrolled="226",
        design="unknown",
    )
    _, mapping = link_studies([earlier, later, news])
    assert together(mapping, "later", "news")
    assert apart(mapping, "earlier", "later")


def test_people_named_who_point_to_different_studies_link_to_neither():
    other = dict(
        registry_ids="NCT02000001",
        first_author="Rajendra Badwe",
        title="Locoregional treatment of the primary tumour: surgery and nodal dissection",
        year="2015",
    )
    news = dict(_NECK_NEWS, people_named="D'Cruz;Badwe")
    _, mapping = link_studies(
        [doc("paper", **_NECK_PAPER), doc("other", **other), doc("news", **news)]
    )
    assert apart(mapping, "paper", "other", "news")


# --------------------------------------------------------------------------- unnamed_same_regimen

_BLISTER = dict(
    first_author="Williams HC",
    title="Doxycycline versus prednisolone as an initial treatment strategy for bullous pemphigoid",
    trial_names="BLISTER",
    registry_ids="ISRCTN13704604",
    drugs="doxycycline;prednisolone",
    n_enrolled="253",
    year="2017",
)
_BLISTER_SUMMARY = dict(
    title="An ordinary antibiotic may be a safer first option for a blistering skin disease",
    drugs="doxycycline;prednisolone;tetracycline",
    design="unknown",
    year="2017",
)


def test_an_unnamed_report_links_to_the_one_study_giving_its_drugs():
    studies, mapping = link_studies([doc("paper", **_BLISTER), doc("summary", **_BLISTER_SUMMARY)])
    assert together(mapping, "paper", "summary")
    evidence = next(s["link_evidence"] for s in studies if "summary" in s["doc_ids"])
    assert (
        "unnamed_same_regimen: summary names no trial and states no registry id; it and paper, "
        "the one study giving two or more of its drugs, give doxycycline, prednisolone "
        "(2017, 2017)"
    ) in evidence


def test_two_unnamed_reports_of_one_regimen_join_each_other():
    # an abstract and its congress report, neither naming its trial (NEJ002)
    journal = doc(
        "journal",
        first_author="Maemondo M",
        arms="gefitinib;carboplatin-paclitaxel",
        drugs="gefitinib;carboplatin;paclitaxel",
        year="2010",
    )
    meeting = doc(
        "meeting", first_author="Kobayashi K", drugs="carboplatin;gefitinib;paclitaxel", year="2009"
    )
    _, mapping = link_studies([journal, meeting])
    assert together(mapping, "journal", "meeting")


@pytest.mark.parametrize(
    "changes",
    [
        {"drugs": "doxycycline"},  # one drug: a drug alone is given by many trials
        {"drugs": "doxycycline;minocycline"},  # one drug in common
        {"year": "2019"},  # two years after
        {"year": ""},  # no year to compare
        {"n_enrolled": "400"},  # an enrolment more than a fifth apart
        {"trial_names": "PEMPHIGOID-2"},  # a named report: the trial-name rules decide
        {"registry_ids": "ISRCTN99999999"},  # a registered one: the id rules decide
        {"trials_counted": "2"},  # a page on two trials
    ],
)
def test_an_unnamed_report_stays_apart_without_a_shared_regimen(changes):
    summary = dict(_BLISTER_SUMMARY, **changes)
    _, mapping = link_studies([doc("paper", **_BLISTER), doc("summary", **summary)])
    assert apart(mapping, "paper", "summary")


def test_an_unnamed_report_sharing_only_the_drugs_patients_had_before_stays_apart():
    # an everolimus trial and an axitinib trial, both after sunitinib or sorafenib
    record1 = doc(
        "record1",
        trial_names="RECORD-1",
        title="Efficacy of everolimus in advanced renal cell carcinoma",
        arms="everolimus;placebo",
        drugs="everolimus;sorafenib;sunitinib",
        year="2008",
    )
    axitinib = doc("axitinib", drugs="axitinib;sorafenib;sunitinib", year="2009")
    _, mapping = link_studies([record1, axitinib])
    assert apart(mapping, "record1", "axitinib")


def test_an_unnamed_report_of_a_regimen_two_studies_give_stays_apart():
    other = dict(_BLISTER, trial_names="BP-DOXY", registry_ids="NCT09999999", first_author="Chen L")
    studies, mapping = link_studies(
        [doc("paper", **_BLISTER), doc("other", **other), doc("summary", **_BLISTER_SUMMARY)]
    )
    assert apart(mapping, "paper", "other", "summary")
    evidence = next(s["link_evidence"] for s in studies if "summary" in s["doc_ids"])
    assert "reports of 2 studies give two or more of its drugs" in evidence


# --------------------------------------------------------------------------- unnamed_same_words

_NECK = dict(
    first_author="D'Cruz AK",
    title="Elective versus therapeutic neck dissection in node-negative oral cancer: nodal relapse",
    registry_ids="NCT00193765",
    n_enrolled="596",
    year="2015",
)
_NECK_ABSTRACT = dict(
    first_author="D'Cruz A",
    title="Elective neck dissection lowers nodal relapse in node-negative oral cancer",
    year="2015",
)


def test_an_unnamed_report_links_to_the_one_study_sharing_its_words():
    # drug and title words shared: "elective", "dissection", "node-negative", "nodal",
    # "relapse"
    studies, mapping = link_studies([doc("paper", **_NECK), doc("abstract", **_NECK_ABSTRACT)])
    assert together(mapping, "paper", "abstract")
    evidence = next(s["link_evidence"] for s in studies if "abstract" in s["doc_ids"])
    assert "unnamed_same_words: abstract names no trial and states no registry id; it shares" in (
        evidence
    )
    assert "two more than with any other, published within a year (2015, 2015)" in evidence


@pytest.mark.parametrize(
    "changes",
    [
        # three words shared ("elective", "dissection", "node-negative"): too few
        {"title": "Elective dissection for node-negative tongue tumours"},
        {"year": "2017"},  # two years after
        {"year": ""},  # no year to compare
        {"n_enrolled": "300"},  # an enrolment more than a fifth apart
        {"trial_names": "NECK-1"},  # a named report: the trial-name rules decide
        {"registry_ids": "NCT09999999"},  # a registered one: the id rules decide
        {"trials_counted": "2"},  # a page on two trials
        # signed by another first author: the companion-report rule decides, with the
        # enrolment besides
        {"first_author": "Chaturvedi P"},
    ],
)
def test_an_unnamed_report_stays_apart_without_enough_shared_words(changes):
    abstract = dict(_NECK_ABSTRACT, **changes)
    _, mapping = link_studies([doc("paper", **_NECK), doc("abstract", **abstract)])
    assert apart(mapping, "paper", "abstract")


def test_an_unnamed_report_sharing_words_with_two_studies_stays_apart():
    # another trial of the field shares all but one of those words
    other = dict(
        _NECK,
        title="Elective neck dissection and nodal control in node-negative oral cancer",
        registry_ids="NCT09999999",
        first_author="Chen L",
    )
    studies, mapping = link_studies(
        [doc("paper", **_NECK), doc("other", **other), doc("abstract", **_NECK_ABSTRACT)]
    )
    assert apart(mapping, "paper", "other", "abstract")
    evidence = next(s["link_evidence"] for s in studies if "abstract" in s["doc_ids"])
    assert "drug and title words with one study and" in evidence


def test_two_unnamed_reports_sharing_words_stay_apart():
    # two news items on one drug's two trials, neither naming its trial
    first = doc(
        "first",
        title="Intravenous bapineuzumab fails in mild-to-moderate Alzheimer disease",
        year="2012",
    )
    second = doc(
        "second",
        title="Second intravenous bapineuzumab study in mild-to-moderate Alzheimer disease halted",
        year="2012",
    )
    _, mapping = link_studies([first, second])
    assert apart(mapping, "first", "second")


# --------------------------------------------------------------------------- similar_text

# a folder of exercise trials in fibromyalgia: every page shares the field's words
# ("fibromyalgia", "pain", "fatigue"), each trial's pages their own ("tai", "chi", "tufts")
_FIELD = "fibromyalgia pain fatigue sleep exercise women"
_TAI_CHI = "tai chi tufts stretching wellness education boston mind-body"
_TAI_CHI_REGISTRY = dict(
    registry_ids="NCT00515008",
    source_type="registry_record",
    design="registry",
    title="Tai Chi Mind-Body Therapy for Fibromyalgia",
    n_enrolled="66",
    year="2007",
    text_words=f"{_TAI_CHI} {_FIELD} questionnaire",
)
_TAI_CHI_NEWS = dict(
    title="Tai chi eases fibromyalgia symptoms in 12-week study",
    design="unknown",
    year="2010",
    text_words=f"{_TAI_CHI} {_FIELD} class posted",
)
# the other trials of the folder, each registered, each with words of its own
_OTHERS = [
    ("aquatic", "NCT01000001", "pool water aquatic spain granada therapist"),
    ("walking", "NCT01000002", "walking pedometer steps norway bergen nurse"),
    ("strength", "NCT01000003", "strength resistance weights brazil paulo gym"),
    ("yoga", "NCT01000004", "yoga breathing posture india bangalore teacher"),
]


def _folder(**news_changes):
    docs = [
        doc("registry", **_TAI_CHI_REGISTRY),
        doc("news", **dict(_TAI_CHI_NEWS, **news_changes)),
    ]
    docs += [
        doc(
            name, registry_ids=rid, title=f"{name} for fibromyalgia", text_words=f"{words} {_FIELD}"
        )
        for name, rid, words in _OTHERS
    ]
    return docs


def test_a_page_naming_nothing_joins_the_one_study_written_in_its_words():
    studies, mapping = link_studies(_folder())
    assert together(mapping, "registry", "news")
    assert apart(mapping, "registry", *(name for name, _, _ in _OTHERS))
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert (
        "similar_text: news names no trial and states no registry id; its words match those of registry"
        in evidence
    )
    # the words that decided, the rarest first; the field's words, on every page, weigh nothing
    assert "sharing boston, chi, education, mind-body, stretching, tai, tufts, wellness" in evidence
    # whatever the order of the pages
    _, reordered = link_studies(list(reversed(_folder())))
    assert together(reordered, "registry", "news")


def test_similar_text_scores_are_the_cosine_of_idf_weighted_words():
    # hand calculation: 6 documents; the 8 tai chi words are on 2 of them (weight ln 3 each),
    # the field's 6 words on all 6 (weight 0, left out), "questionnaire" and "class",
    # "posted" on one each (left out: no other page to meet). Both vectors are the 8 words
    # at ln 3, so the cosine is 1.00; no other study shares a weighed word (0.00).
    studies, _ = link_studies(_folder())
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert "(1.00; the next study 0.00)" in evidence


@pytest.mark.parametrize(
    "changes",
    [
        {"n_enrolled": "226"},  # an enrolment more than a fifth apart (66)
        # three years before the trial was registered (2007), no enrolment agreeing
        {"year": "2004"},
        {"drugs": "pregabalin"},  # drugs given by both, none shared (the registry: none)
        {"trials_counted": "2"},  # a page on two trials
        {"trial_names_cited": "FAST;FIT"},  # a page naming two trials, none its own
        # printing other trials' ids, as a round-up does
        {"registry_ids_cited": "NCT01000009;NCT01000010"},
        {"design": "commentary"},  # a commentary is no study of the trials it discusses
        # two weighed words shared: too few, however alike the pages
        {"text_words": f"tai chi {_FIELD} posted class"},
    ],
)
def test_a_page_naming_nothing_stays_apart_without_similar_words_or_against_the_evidence(changes):
    docs = _folder(**changes)
    if "drugs" in changes:
        docs[0]["drugs"] = "duloxetine"
    _, mapping = link_studies(docs)
    assert apart(mapping, "registry", "news")


# ------------------------------------------------ named_and_registered_by_words


def test_a_named_page_without_an_id_joins_the_registered_report_naming_nothing():
    # a trials unit's page naming the trial and stating no id, and the trial's registry
    # record stating its id and no name: each the other's best match by words
    studies, mapping = link_studies(_folder(trial_names="TAICHI"))
    assert together(mapping, "registry", "news")
    assert apart(mapping, "registry", *(name for name, _, _ in _OTHERS))
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert (
        "named_and_registered_by_words: news names the trial (TAICHI) and states no registry "
        "id, registry states NCT00515008 and names no trial; each is the other's best match "
        "by words (1.00), sharing boston, chi, education, mind-body"
    ) in evidence
    _, reordered = link_studies(list(reversed(_folder(trial_names="TAICHI"))))
    assert together(reordered, "registry", "news")


@pytest.mark.parametrize(
    "changes, extra",
    [
        # the registered report names a trial too: the names decide (here they differ)
        ({"trial_names": "TAICHI"}, {"trial_names": "FIBROCHI"}),
        # the named page states an id too: the ids decide (here they differ)
        ({"trial_names": "TAICHI", "registry_ids": "NCT00515009"}, {}),
        # an enrolment more than a fifth apart (66)
        ({"trial_names": "TAICHI", "n_enrolled": "226"}, {}),
        # drugs given by both, none shared
        ({"trial_names": "TAICHI", "drugs": "pregabalin"}, {"drugs": "duloxetine"}),
        # two weighed words shared: too few
        ({"trial_names": "TAICHI", "text_words": f"tai chi {_FIELD} posted class"}, {}),
    ],
)
def test_a_named_page_and_a_registered_report_stay_apart_against_the_evidence(changes, extra):
    docs = _folder(**changes)
    docs[0].update(extra)
    _, mapping = link_studies(docs)
    assert apart(mapping, "registry", "news")


def test_a_named_page_matching_two_registered_reports_alike_joins_neither():
    # a second registered tai chi trial in the same words: which record is the named
    # page's trial cannot be told
    docs = _folder(trial_names="TAICHI") + [
        doc("second", registry_ids="NCT01000005", text_words=f"{_TAI_CHI} {_FIELD} seoul")
    ]
    _, mapping = link_studies(docs)
    assert apart(mapping, "registry", "news", "second")


def test_a_named_study_matching_two_registered_reports_joins_neither():
    # two pages naming TAICHI (one study by their name), one written in the tai chi
    # record's words, the other in the yoga record's: the named study is the best match of
    # two registered reports, and which is its trial cannot be told
    yoga_words = next(words for name, _, words in _OTHERS if name == "yoga")
    docs = _folder(trial_names="TAICHI") + [
        doc("congress", trial_names="TAICHI", text_words=f"{yoga_words} {_FIELD} poster")
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "news", "congress")
    assert apart(mapping, "registry", "news", "yoga")
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert "its study's words match two studies best; neither is joined" in evidence


def test_a_page_naming_nothing_printing_one_earlier_studys_id_still_joins_by_its_words():
    # a plain-language summary giving the id of the group's earlier pilot study ("had first
    # run a small pilot study of 42 people (registered as ISRCTN18135146)"): one id printed as
    # another study's makes no round-up
    _, mapping = link_studies(_folder(registry_ids_cited="ISRCTN18135146"))
    assert together(mapping, "registry", "news")


@pytest.mark.parametrize("n_enrolled, linked", [("66", True), ("", False)])
def test_enrolment_agreeing_outweighs_years_apart(n_enrolled, linked):
    # the trial's paper (2010) and a secondary paper six years on, enrolling as it did
    docs = _folder(year="2016", n_enrolled=n_enrolled)
    docs[0].update(source_type="journal_abstract", design="rct", year="2010")
    _, mapping = link_studies(docs)
    assert together(mapping, "registry", "news") is linked


def test_a_page_written_like_two_studies_stays_apart():
    # a second tai chi trial, registered, in the same words
    docs = _folder() + [
        doc("second", registry_ids="NCT01000005", text_words=f"{_TAI_CHI} {_FIELD} seoul")
    ]
    studies, mapping = link_studies(docs)
    assert apart(mapping, "registry", "news", "second")
    evidence = next(s["link_evidence"] for s in studies if "news" in s["doc_ids"])
    assert (
        "its words match two studies too closely to choose (1.00 and 1.00; the first must be "
        "1.5 times the second)"
    ) in evidence


def test_an_unnamed_rival_page_keeps_a_page_apart():
    # the sister trial's paper names nothing either: the page could be of either trial
    docs = _folder() + [
        doc("sister", title="Tai chi in fibromyalgia", text_words=f"{_TAI_CHI} {_FIELD}")
    ]
    _, mapping = link_studies(docs)
    assert apart(mapping, "registry", "news", "sister")


@pytest.mark.parametrize(
    "news_n, paper_n, linked",
    [
        ("", "", False),  # nothing but their words
        ("", "66", False),  # one states an enrolment
        ("60", "66", False),  # two enrolments
        ("66", "66", True),  # one enrolment (50 or more), both stating it
        ("30", "30", False),  # one enrolment, too small to tell trials apart
    ],
)
def test_two_pages_naming_nothing_join_by_their_words_only_with_one_enrolment(
    news_n, paper_n, linked
):
    docs = [d for d in _folder(n_enrolled=news_n) if d["doc_id"] != "registry"] + [
        doc(
            "paper",
            title="Tai chi for fibromyalgia",
            n_enrolled=paper_n,
            text_words=f"{_TAI_CHI} {_FIELD}",
        )
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "paper", "news") is linked


@pytest.mark.parametrize("abstract", [True, False])
def test_a_page_naming_nothing_joins_a_study_of_two_unnamed_reports_written_in_its_words(
    abstract,
):
    # the tai chi trial known by two unnamed reports one rule has joined (a paper and its
    # congress abstract, one first author, 66 patients): a news item written in their words,
    # stating no enrolment, joins them; one unnamed report alone is no study to join
    paper = dict(
        title="Tai chi mind-body exercise versus stretching and wellness education in "
        "fibromyalgia: a randomized trial",
        first_author="Chenchen Wang",
        n_enrolled="66",
        year="2010",
        text_words=f"{_TAI_CHI} {_FIELD}",
    )
    docs = [d for d in _folder() if d["doc_id"] != "registry"] + [doc("paper", **paper)]
    if abstract:
        docs.append(
            doc(
                "abstract",
                **dict(
                    paper,
                    title="Tai chi mind-body exercise versus stretching and wellness education "
                    "in fibromyalgia",
                ),
            )
        )
    studies, mapping = link_studies(docs)
    if abstract:
        assert together(mapping, "paper", "abstract")
    assert together(mapping, "paper", "news") is abstract
    assert apart(mapping, "news", *(name for name, _, _ in _OTHERS))


@pytest.mark.parametrize(
    "second_words, joined",
    [(_TAI_CHI, True), ("pool water aquatic spain granada therapist", False)],
)
def test_a_study_of_pages_naming_nothing_joins_the_study_its_reports_are_written_like(
    second_words, joined
):
    # a secondary paper and the news item joined to it by one enrolment (66 each, neither
    # naming the trial): the study they make joins the registered trial their words match,
    # the best matched report deciding; when its reports match two different studies it
    # joins neither (never a bridge between two trials)
    docs = [d for d in _folder() if d["doc_id"] != "news"] + [
        doc(
            "followup",
            title="Three-year follow-up of a trial of mind-body exercise in fibromyalgia",
            first_author="Chenchen Wang",
            n_enrolled="66",
            year="2012",
            text_words=f"{_TAI_CHI} {_FIELD} three-year",
        ),
        doc(
            "news",
            title="Exercise option for fibromyalgia",
            design="unknown",
            n_enrolled="66",
            year="2012",
            text_words=f"{second_words} {_FIELD} option",
        ),
    ]
    studies, mapping = link_studies(docs)
    assert together(mapping, "followup", "news")
    assert together(mapping, "followup", "registry") is joined
    assert apart(mapping, "registry", "aquatic")


def _two_trial_page(**changes):
    # a news page on two trials of the folder: the tai chi trial and the aquatic one
    words = f"{_TAI_CHI} pool water aquatic spain granada therapist {_FIELD}"
    fields = dict(
        title="Two trials, one answer",
        design="unknown",
        year="2010",
        trials_counted="2",
        text_words=words,
    )
    return doc("digest", **dict(fields, **changes))


def test_a_page_on_two_unnamed_trials_joins_each_study_it_is_written_like():
    studies, mapping = link_studies([*_folder(), _two_trial_page()])
    options = doc_studies(studies)["digest"]
    assert sorted(sid for sid, _ in options) == sorted((mapping["registry"], mapping["aquatic"]))
    assert apart(mapping, "registry", "aquatic")  # the two trials stay two studies
    evidence = next(s["link_evidence"] for s in studies if "aquatic" in s["doc_ids"])
    assert "similar_text: digest counts 2 trials and names none of them" in evidence
    # its estimates go to the trial their sentence names, or to none
    _, why = study_of_estimate({"trial": ""}, options)
    assert why.startswith("trial_not_named")


@pytest.mark.parametrize(
    "changes",
    [
        # three trials counted, two matched: which is the third?
        {"trials_counted": "3"},
        # written like three studies: the walking trial's words too
        {
            "text_words": f"{_TAI_CHI} pool water aquatic spain granada therapist walking "
            f"pedometer steps norway bergen nurse {_FIELD}"
        },
        # four years before the tai chi trial was registered
        {"year": "2003"},
    ],
)
def test_a_page_on_two_trials_joins_none_without_two_clear_matches(changes):
    studies, mapping = link_studies([*_folder(), _two_trial_page(**changes)])
    assert len(doc_studies(studies)["digest"]) == 1
    assert mapping["digest"] not in (mapping["registry"], mapping["aquatic"])


# --------------------------------------------------------------------------- follow_up_registered_apart

_SYNTAX = dict(
    first_author="Serruys PW",
    trial_names="SYNTAX",
    registry_ids="NCT00114972",
    title="Percutaneous coronary intervention versus coronary-artery bypass grafting",
    n_enrolled="1800",
    year="2009",
)
_SYNTAXES = dict(
    first_author="Thuijs DJFM",
    trial_names="SYNTAX",
    registry_ids="NCT03417050",
    title="Percutaneous coronary intervention versus coronary artery bypass grafting: 10-year "
    "follow-up of the SYNTAX trial",
    n_enrolled="1800",
    year="2019",
)


def test_a_follow_up_registered_under_its_own_id_joins_its_trial():
    studies, mapping = link_studies([doc("paper", **_SYNTAX), doc("tenyear", **_SYNTAXES)])
    assert together(mapping, "paper", "tenyear")
    evidence = next(s["link_evidence"] for s in studies if "paper" in s["doc_ids"])
    assert (
        "follow_up_registered_apart: paper and tenyear both report the SYNTAX trial and its "
        "1800 patients, tenyear 10 years later under an id of its own (NCT03417050)"
    ) in evidence
    # both ids are the study's
    assert next(s["registry_ids"] for s in studies) == "NCT00114972;NCT03417050"


def test_a_follow_up_named_by_its_extension_joins_its_trial():
    # ROOBY-FS, the follow-up study of ROOBY, registered apart
    rooby = dict(_SYNTAX, trial_names="ROOBY", registry_ids="NCT00032630", n_enrolled="2203")
    fs = dict(_SYNTAXES, trial_names="ROOBY-FS", registry_ids="NCT01924442", n_enrolled="2203")
    _, mapping = link_studies([doc("paper", **rooby), doc("followup", **fs)])
    assert together(mapping, "paper", "followup")


@pytest.mark.parametrize(
    "changes",
    [
        {"n_enrolled": "1799"},  # another enrolment
        {"n_enrolled": ""},  # none stated
        {"year": "2010"},  # a year after: not a follow-up
        {"year": ""},  # a year unknown
        {"trial_names": "SYNTAX II"},  # another trial of the name's family
        {"drugs": "ticagrelor"},  # drugs on both sides, none in common
    ],
)
def test_reports_of_one_name_under_two_ids_stay_apart_without_a_follow_up(changes):
    paper = dict(_SYNTAX, drugs="aspirin") if "drugs" in changes else _SYNTAX
    _, mapping = link_studies([doc("paper", **paper), doc("other", **dict(_SYNTAXES, **changes))])
    assert apart(mapping, "paper", "other")


# ---------------------------------------------------------- reports_of_counted_trials
# a news page counting two trials and naming neither, but naming who led each (restated from
# a 2024 stroke-practice item on the British OPTIMAS and the Swedish TIMING trials of early
# anticoagulation after a stroke with atrial fibrillation)
_OPTIMAS = dict(
    registry_ids="NCT03759938",
    trial_names="OPTIMAS",
    first_author="David J Werring",
    title="Optimal timing of anticoagulation after acute ischaemic stroke with atrial fibrillation",
    n_enrolled="3648",
    year="2024",
)
_TIMING = dict(
    registry_ids="NCT02961348",
    trial_names="TIMING",
    first_author="Jonas Oldgren",
    title="Early versus delayed anticoagulation after ischemic stroke in atrial fibrillation",
    n_enrolled="888",
    year="2022",
)
_TWO_TRIALS_NEWS = dict(
    title="Start the anticoagulant early after stroke: British and Swedish trials agree",
    people_named="David Werring;Jonas Oldgren",
    trials_counted="2",
    n_enrolled="3648",
    year="2024",
    design="unknown",
    source_type="news",
)


def _studies_of(studies, doc_id):
    return sorted(s["study_id"] for s in studies if doc_id in s["doc_ids"].split(";"))


def test_a_page_counting_two_trials_reports_each_whose_leader_it_names():
    studies, mapping = link_studies(
        [doc("optimas", **_OPTIMAS), doc("timing", **_TIMING), doc("news", **_TWO_TRIALS_NEWS)]
    )
    assert apart(mapping, "optimas", "timing")
    assert _studies_of(studies, "news") == sorted([mapping["optimas"], mapping["timing"]])
    evidence = next(s["link_evidence"] for s in studies if s["study_id"] == mapping["timing"])
    assert "reports_of_counted_trials: news counts 2 trials and names none of them" in evidence
    assert "optimas (Werring signs it), timing (Oldgren signs it)" in evidence


def test_a_page_counting_two_trials_reports_each_whose_enrolment_it_states():
    news = dict(_TWO_TRIALS_NEWS, people_named="", enrolments_stated="3648;888")
    studies, mapping = link_studies(
        [doc("optimas", **_OPTIMAS), doc("timing", **_TIMING), doc("news", **news)]
    )
    assert apart(mapping, "optimas", "timing")
    assert _studies_of(studies, "news") == sorted([mapping["optimas"], mapping["timing"]])
    evidence = next(s["link_evidence"] for s in studies if s["study_id"] == mapping["timing"])
    assert "optimas (it enrols 3648), timing (it enrols 888)" in evidence


@pytest.mark.parametrize(
    "enrolments, extra, why",
    [
        ("3648", [], "one enrolment: one study found"),
        ("3648;40", [], "a count under 50 points to nothing"),
        # (888 stated by two studies' reports: it points to neither)
        (
            "3648;888",
            [dict(_TIMING, registry_ids="NCT09999992", trial_names="EARLY-AF", first_author="Kim")],
            "an enrolment two studies state",
        ),
        # (a report of 888 sharing no word with the page)
        ("3648;888", [], "no shared word"),
    ],
)
def test_enrolments_of_a_page_counting_trials_need_one_study_each(enrolments, extra, why):
    timing = dict(_TIMING)
    if why == "no shared word":
        timing["title"] = "When to begin a NOAC in AF: a register-based randomised comparison"
    docs = [doc("optimas", **_OPTIMAS), doc("timing", **timing)]
    docs += [doc(f"extra{i}", **e) for i, e in enumerate(extra)]
    news = dict(_TWO_TRIALS_NEWS, people_named="", enrolments_stated=enrolments)
    docs.append(doc("news", **news))
    studies, _ = link_studies(docs)
    assert len(_studies_of(studies, "news")) == 1, why


@pytest.mark.parametrize(
    "changes, extra, why",
    [
        ({"trials_counted": ""}, [], "a page that counts no trials is about one"),
        ({"people_named": "David Werring"}, [], "one leader named: one study found"),
        # (Oldgren signs two studies sharing words with the page)
        (
            {},
            [
                dict(
                    registry_ids="NCT09999991",
                    trial_names="EARLY-AF",
                    first_author="Jonas Oldgren",
                    title="Anticoagulation early after stroke in atrial fibrillation: a cohort",
                    n_enrolled="1200",
                    year="2023",
                )
            ],
            "a leader signing two studies",
        ),
        # (three people pointing to three studies: more than the two it counts)
        (
            {"people_named": "David Werring;Jonas Oldgren;Urs Fischer"},
            [
                dict(
                    registry_ids="NCT03148457",
                    trial_names="ELAN",
                    first_author="Urs Fischer",
                    title="Early versus later anticoagulation for stroke with atrial fibrillation",
                    n_enrolled="2032",
                    year="2023",
                )
            ],
            "more studies than the trials it counts",
        ),
    ],
)
def test_a_page_counting_trials_reports_none_of_them_by_its_people_without_the_evidence(
    changes, extra, why
):
    docs = [doc("optimas", **_OPTIMAS), doc("timing", **_TIMING)]
    docs += [doc(f"extra{i}", **e) for i, e in enumerate(extra)]
    docs.append(doc("news", **dict(_TWO_TRIALS_NEWS, **changes)))
    studies, _ = link_studies(docs)
    assert len(_studies_of(studies, "news")) == 1, why
