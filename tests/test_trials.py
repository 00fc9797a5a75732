"""Trial names by shape and context: each cue with cases that must and must not count."""

import pytest

from metasynth import parsing, trials
from metasynth.trials import find_trial_names, key, nearest_trial


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("CheckMate 017", "CHECKMATE-017"),
        ("CHECKMATE-017", "CHECKMATE-017"),
        ("Checkmate017", "CHECKMATE-017"),
        ("KEYNOTE-010", "KEYNOTE-010"),
        ("Keynote 010", "KEYNOTE-010"),
        ("DAPA-HF", "DAPA-HF"),
        ("EMPA-REG OUTCOME", "EMPA-REG-OUTCOME"),
        ("IMpower150", "IMPOWER-150"),
        ("CheckMate 9LA", "CHECKMATE-9-LA"),
        # Roman numerals after the name read as numbers
        ("MODIFY I", "MODIFY-1"),
        ("MODIFY 1", "MODIFY-1"),
        ("OPERA II", "OPERA-2"),
        ("DECLARE–TIMI 58", "DECLARE-TIMI-58"),
        ("J-ROCKET AF", "J-ROCKET-AF"),
        ("IMPACT", "IMPACT"),  # a one-part name is not a numeral
    ],
)
def test_key_makes_printed_forms_comparable(printed, expected):
    assert key(printed) == expected


# Printed forms of names: one capital prefixing a name, en dashes, Roman numerals, and
# twin trials printed as a pair ("ASCLEPIOS 1 and 2")
@pytest.mark.parametrize(
    "text, names",
    [
        ("on behalf of the J-ROCKET AF study investigators", ["J-ROCKET AF"]),
        ("DECLARE–TIMI 58 Investigators", ["DECLARE–TIMI 58"]),
        ("in MODIFY I (1452 participants) and MODIFY II", ["MODIFY I", "MODIFY II"]),
        ("results of the phase 3 ASCLEPIOS 1 and 2 trials", ["ASCLEPIOS 1", "ASCLEPIOS 2"]),
        ("the OPERA I and II trials", ["OPERA I", "OPERA II"]),
        # not names, not pairs
        ("HER2-positive disease", []),  # (a gene, looked up by its key "HER-2")
        ("efficacy against HPV 16/18 infection", []),  # (a virus's types)
        ("ketamine in TRD and PTSD", []),  # (conditions of psychiatry)
        ("in the X-ray group", []),
        ("KEYNOTE-010 and 2 other trials", ["KEYNOTE-010"]),
        ("phase 3 and 2 trials", []),
        ("Kaplan–Meier curves", []),
    ],
)
def test_printed_forms_of_names(text, names):
    from metasynth.trials import _shapes

    assert [printed for _, _, printed, _ in _shapes(text)] == names


@pytest.mark.parametrize(
    "title, text, own",
    [
        (
            "Hot Line: Compass — Cardiovascular Outcomes for People Using Anticoagulation Strategies",
            "The Compass study compared three antithrombotic regimens.",
            ["Compass"],
        ),
        # a generic word, or a title that does not print it
        ("The Pivotal Trial of drug X in gout", "The Pivotal trial enrolled 300 patients.", []),
        ("Drug X in gout", "The Compass study compared three regimens.", []),
        # a country's adjective before it, a letter or number hyphened after it
        (
            "Esopec settles FLOT versus CROSS for adenocarcinoma",
            "The German Esopec study is the first large phase III comparison.",
            ["Esopec"],
        ),
        (
            "Elekt-D: ketamine holds its own against ECT",
            "The Elekt-D study randomised 403 patients at five hospitals.",
            ["Elekt-D"],
        ),
        # (not a word the country's adjective belongs to, nor a generic word)
        ("Drug X in gout: the Swedish Pilot study", "The Swedish Pilot study enrolled 30.", []),
        # a country's code before the name in the title's bracket
        (
            "Management of adults with primary frozen shoulder in secondary care (UK FROST): a "
            "multicentre, pragmatic, three-arm, superiority randomised clinical trial",
            "Adults with frozen shoulder were randomly allocated to three treatments.",
            ["FROST"],
        ),
        (
            "Effect of exercise on cognition (US POINTER): a randomized clinical trial",
            "Older adults were randomized to two lifestyle programs.",
            ["POINTER"],
        ),
        ("Care of patients in the UK (UK data): a survey", "We surveyed 300 clinics.", []),
        # a people's adjective is where the trial ran, not its name, though the title prints it
        (
            "Daily PrEP cuts HIV risk among gay men in an English study",
            "The English study gave daily PrEP at once or after a year.",
            [],
        ),
        (
            "A Brazilian trial of drug X in gout",
            "The Brazilian trial enrolled 300 patients.",
            [],
        ),
        # a name of several title-case words the title prints before its trial word
        (
            "Dextrose gel for neonatal hypoglycaemia (the Sugar Babies Study): a randomised, "
            "double-blind, placebo-controlled trial",
            "Babies at risk were randomly allocated to dextrose gel or placebo gel.",
            ["Sugar Babies"],
        ),
        (
            "Outcome at 4.5 years after dextrose gel treatment of hypoglycaemia: follow-up of "
            "the Sugar Babies randomised trial",
            "Children were assessed at 4.5 years.",
            ["Sugar Babies"],
        ),
        (
            "Should twins be delivered by planned caesarean section? Results of the Twin Birth "
            "Study",
            "Women were randomised to planned caesarean or planned vaginal birth.",
            ["Twin Birth"],
        ),
        # generic words, places only, a group or a register, a numbered successor, a name
        # that goes on past its trial word
        ("Results of the Randomized Controlled Trial of drug X", "Text.", []),
        # a meeting's name and year before a headline's colon names no trial; a group's
        # protocol does
        (
            "CROI 2022: NAMSAL study comparing DTG to EFV400 in Cameroon: week 192 results",
            "HIV i-Base | HIV Treatment Bulletin | CROI 2022. Adults in the NAMSAL study were "
            "still doing well, according to results presented at CROI 2022.",
            ["NAMSAL"],
        ),
        ("ESMO 2023: adjuvant drug X extends survival", "The trial was presented.", []),
        ("RTOG 0825: bevacizumab in glioblastoma", "Patients were randomised.", ["RTOG 0825"]),
        # a group's protocol and the trial's name in one bracket, either first: the name
        (
            "Primary tumour resection plus systemic therapy versus systemic therapy alone in "
            "metastatic breast cancer (JCOG1017, PRIM-BC): a randomised clinical trial",
            "Patients were randomised.",
            ["PRIM-BC"],
        ),
        # the bracket closing a title its trial's name opens: the same trial's other name
        (
            "TheraP: A randomised phase 2 trial of 177Lu-PSMA617 theranostic versus cabazitaxel "
            "in metastatic castration resistant prostate cancer (ANZUP1603)",
            "The TheraP trial (ANZUP 1603) is run by the ANZUP group.",
            ["TheraP"],
        ),
        ("Laparoscopic resection in the North American Study", "Text.", []),
        ("Outcomes of the Dutch Pancreatitis Study Group cohort", "Text.", []),
        ("Registered with the Chinese Clinical Trial Registry", "Text.", []),
        ("High-flow oxygen: the Paediatric Acute Respiratory Intervention Study 2", "Text.", []),
        ("Blood pressure in the China Antihypertensive Trial in Acute Ischemic Stroke", ".", []),
    ],
)
def test_a_name_printed_in_title_case(title, text, own):
    assert list(find_trial_names(title + "\n\n" + text, title).own) == own


@pytest.mark.parametrize(
    "text, own",
    [
        # "on behalf of the X Research Group" uses X as a trial's name
        (
            "Judith S Hochman; on behalf of ISCHEMIA-EXTEND Research Group. Survival was compared.",
            ["ISCHEMIA-EXTEND"],
        ),
        # one name used as the text's own, the other only cited
        (
            "Lilly today reported top-line results of its Trailblazer-ALZ2 study. Earlier data "
            "came from the phase 2 TRAILBLAZER-ALZ study.",
            ["Trailblazer-ALZ2"],
        ),
        # a bracket holding the name and its id, the registry named or not, after a
        # spelled-out name or a trial word too; not a protocol code after the trial word
        (
            "The Optimizing Outcomes of Treatment-Resistant Depression in Older Adults trial "
            "(OPTIMUM; ClinicalTrials.gov Identifier: NCT02960736) was an open-label study.",
            ["OPTIMUM"],
        ),
        ("Results of the trial (VALOR-HCM; NCT04349072) are reported.", ["VALOR-HCM"]),
        ("The pivotal study (GSK BEL114054; NCT01639339) enrolled 448 patients.", []),
        # who ran the trial after its name in an apposition, and a description of the
        # patients a sentence assigns between their count and the verb
        (
            "The second trial, CBCSG010 from the China Breast Cancer Clinical Study Group, "
            "appeared in the Journal of Clinical Oncology.",
            ["CBCSG010"],
        ),
        (
            "In SYSUCC-001, 434 women at 13 centres who had finished standard adjuvant "
            "chemotherapy were assigned either to capecitabine or to observation.",
            ["SYSUCC-001"],
        ),
        ("The study, COPD from the cohort, was small.", []),
        ("In COPD, 434 women at 13 centres were assigned to drug X or placebo.", []),
    ],
)
def test_own_names_of_reports_without_a_title_name(text, own):
    assert list(find_trial_names(text, "A headline without a trial name in it").own) == own


def test_twin_trials_in_a_title_are_both_reported():
    title = "Ofatumumab versus teriflunomide: results of the phase 3 ASCLEPIOS 1 and 2 trials"
    found = find_trial_names(
        title + "\n\nIn ASCLEPIOS 1 and ASCLEPIOS 2, patients were randomized.", title
    )
    assert list(found.own) == ["ASCLEPIOS 1", "ASCLEPIOS 2"]


# (text, title, registry, expected own names, expected rule of the first)
OWN_CASES = [
    # name_before_trial_word
    (
        "Methods: the OAK trial randomly assigned 1225 patients.",
        "",
        False,
        ["OAK"],
        "most_used_name",
    ),
    (
        "In the phase 3 KEYNOTE-010 study, patients received pembrolizumab.",
        "",
        False,
        ["KEYNOTE-010"],
        "most_used_name",
    ),
    (
        "The CheckMate 017 phase 3 trial compared nivolumab with docetaxel.",
        "",
        False,
        ["CheckMate 017"],
        "most_used_name",
    ),
    (
        "EMPA-REG OUTCOME investigators enrolled 7020 patients.",
        "",
        False,
        ["EMPA-REG OUTCOME"],
        "most_used_name",
    ),
    # name_in_title_brackets
    (
        "Abstract. We randomly assigned patients.",
        "Atezolizumab versus docetaxel in previously treated NSCLC (OAK): a phase 3, open-label trial",
        False,
        ["OAK"],
        "name_in_title_brackets",
    ),
    # name_in_registration
    (
        "(Funded by Roche; CLEOPATRA ClinicalTrials.gov number, NCT00567190.)",
        "",
        False,
        ["CLEOPATRA"],
        "name_in_registration",
    ),
    # name_with_registry_id
    (
        "IMbrave150 (NCT03434379) is a global, open-label phase 3 study.",
        "",
        False,
        ["IMbrave150"],
        "name_with_registry_id",
    ),
    # ... or alone with its id in a bracket, as AHA and ACC journals close an abstract
    (
        "Conclusions: Mavacamten reduced the need for septal reduction therapy. "
        "(VALOR-HCM; NCT04349072)",
        "",
        False,
        ["VALOR-HCM"],
        "name_with_registry_id",
    ),
    # ... or right after the id that opens a registry record's or mirror's heading line
    (
        "ISRCTN registry | Search | About\nISRCTN83508514  |  PEDAL\n\nPlain English Summary\n"
        "This study tests whether exercise during dialysis improves quality of life.",
        "ISRCTN registry | Search | About",
        True,
        ["PEDAL"],
        "name_with_registry_id",
    ),
    (
        "Trial record\nNCT02684370 (UltIMMa-1)\n\nThis study tests risankizumab in psoriasis.",
        "Trial record",
        True,
        ["UltIMMa-1"],
        "name_with_registry_id",
    ),
    # name_as_subject_of_design
    (
        "Methods: DECISION is a multicenter, randomized, double-blind, phase III study.",
        "",
        False,
        ["DECISION"],
        "most_used_name",
    ),
    # name_with_expansion
    (
        "GIDEON (Global Investigation of therapeutic DEcisions in hepatocellular carcinoma) enrolled patients.",
        "",
        False,
        ["GIDEON"],
        "most_used_name",
    ),
    # registry_acronym_field
    (
        "Study Type: Interventional\nAcronym: POPLAR\nAllocation: Randomized\n",
        "A study of MPDL3280A",
        True,
        ["POPLAR"],
        "registry_acronym_field",
    ),
    # a title naming two trials joined by "and": both are the document's own
    (
        "Pooled analysis of two trials.",
        "Nivolumab in squamous and non-squamous NSCLC: the CheckMate 017 and CheckMate 057 trials",
        False,
        ["CheckMate 017", "CheckMate 057"],
        "name_in_title",
    ),
    # a name closing the title after a colon or dash
    ("Results were reported.", "Hot Line – DAPA-HF", False, ["DAPA-HF"], "name_in_title"),
    # ... or alone but for where it was presented, as a meeting summary heads its page
    (
        "Take-home message: the filter did not lower new lesion volume.",
        "SENTINEL  (presented at TCT 2016, Washington, DC)",
        False,
        ["SENTINEL"],
        "name_in_title",
    ),
    # ... or after "results of", "follow-up of", "final report of", a group allowed before
    # its protocol number
    (
        "Results were reported.",
        "Lumpectomy plus tamoxifen with or without irradiation in women aged 70 years or "
        "older: long-term follow-up of CALGB 9343",
        False,
        ["CALGB 9343"],
        "name_in_title",
    ),
    (
        "Results were reported.",
        "Intensive blood-pressure control: final report of SPRINT",
        False,
        ["SPRINT"],
        "name_in_title",
    ),
    (
        "Results were reported.",
        "Breast irradiation after lumpectomy: 20-year results of NSABP B-06",
        False,
        ["NSABP B-06"],
        "name_in_title",
    ),
    (
        "Results were reported.",
        "Boost radiotherapy after breast-conserving therapy: results from EORTC 22881-10882",
        False,
        ["EORTC 22881-10882"],
        "name_in_title",
    ),
    # two trials in one registration statement
    (
        "Methods: two identical trials. (Funded by Boehringer Ingelheim; INPULSIS-1 and INPULSIS-2 "
        "ClinicalTrials.gov numbers, NCT01335464 and NCT01335477.)",
        "Nintedanib in pulmonary fibrosis",
        False,
        ["INPULSIS-1", "INPULSIS-2"],
        "name_in_registration",
    ),
    # a bracketed list of names closing a title
    (
        "Two-year results.",
        "Nivolumab Versus Docetaxel: Two-Year Outcomes From Two Phase III Trials "
        "(CheckMate 017 and CheckMate 057)",
        False,
        ["CheckMate 017", "CheckMate 057"],
        "name_in_title_brackets",
    ),
    # an appositive: "OAK, a randomized phase III study"
    (
        "Primary analysis from OAK, a randomized phase III study comparing atezolizumab with docetaxel.",
        "",
        False,
        ["OAK"],
        "most_used_name",
    ),
    # a lower-case letter after the hyphen belongs to the name
    (
        "(Funded by GlaxoSmithKline; COMBI-v ClinicalTrials.gov number, NCT01597908.)",
        "Improved survival in melanoma with dabrafenib and trametinib",
        False,
        ["COMBI-v"],
        "name_in_registration",
    ),
    # a group with its protocol number is a trial's name
    (
        "Patients were enrolled in the RTOG 0825 trial and randomly assigned.",
        "Bevacizumab in glioblastoma",
        False,
        ["RTOG 0825"],
        "most_used_name",
    ),
    # a protocol number beside the name in a title: one trial
    (
        "Patients were assigned.",
        "Cabozantinib versus sunitinib: The Alliance A031203 CABOSUN Trial.",
        False,
        ["CABOSUN"],
        "name_in_title",
    ),
]


@pytest.mark.parametrize("text, title, registry, own, rule", OWN_CASES)
def test_own_trial_names(text, title, registry, own, rule):
    found = find_trial_names(title + "\n\n" + text, title, registry)
    assert list(found.own) == own
    assert found.own_rules[0] == rule


# shapes that are not trial names, and names the text only cites
NOT_OWN_CASES = [
    # an abbreviation of a disease closing a title after "outcomes of"
    ("Results were reported.", "Long-term outcomes of COVID-19"),
    ("Patients with NSCLC and EGFR mutations were studied in this trial.", ""),
    (
        "Sorafenib improves survival in Hepatocellular Carcinoma (HCC): Results of a Phase III trial",
        "",
    ),
    ("A Phase 3 Study of drug X in adults.", ""),
    ("This COVID-19 study enrolled 300 adults.", ""),
    # an arm's or analysis set's abbreviation is no trial
    (
        "Patients were randomized to EVE 10 mg/d (n = 207) or PBO (n = 203).",
        "EVEROLIMUS (EVE) FOR PANCREATIC TUMORS: FINAL RESULTS OF A RANDOMIZED, DOUBLE-BLIND, "
        "PLACEBO (PBO)-CONTROLLED PHASE 3 TRIAL",
    ),
    ("The ITT and PPS analyses of the study agreed.", ""),
    # a heading line standing as the title is not a name
    (
        "Empagliflozin in heart failure with and without kidney disease.",
        "ORIGINAL RESEARCH ARTICLE",
    ),
    ("Sorafenib (BAY 43-9006) in advanced renal cell carcinoma: a randomized study.", ""),
    (
        "As in the previous SHARP trial, sorafenib was given. We enrolled 90 patients.",
        "Sorafenib in Asia",
    ),
    # a funder before the registration statement is not a trial
    (
        "(Funded by Bayer HealthCare; ClinicalTrials.gov number, NCT10000004.)",
        "Sorafenib in liver cancer",
    ),
    ("(Funded by AstraZeneca; ClinicalTrials.gov number, NCT02296125.)", "Osimertinib in NSCLC"),
    ("Osimertinib was better (Funded by GSK; NCT02296125).", "Osimertinib in NSCLC"),
    ("We analysed the phase 3 study (GSK BEL114054; NCT01639339).", "Belimumab in nephritis"),
    # a cooperative group is who ran the trial, not which trial
    (
        "Survival in glioblastoma: 5-year analysis of the EORTC-NCIC trial. We enrolled 573.",
        "Radiotherapy plus temozolomide for glioblastoma",
    ),
    ("The ECOG-ACRIN study group enrolled 400 patients.", "Drug X in melanoma"),
    # a text naming several trials and registering none surveys them
    (
        "The OAK trial and the POPLAR trial both favoured atezolizumab; the OAK trial was larger.",
        "A decade of randomised evidence in lung cancer",
    ),
]


@pytest.mark.parametrize("text, title", NOT_OWN_CASES)
def test_not_own_trial_names(text, title):
    assert find_trial_names(text, title or text.split(".")[0]).own == ()


def test_reviews_only_cite():
    text = "In the KEYNOTE-024 trial, pembrolizumab improved survival. The CheckMate 227 trial showed benefit."
    found = find_trial_names(text, "Immunotherapy in lung cancer: a review", reports_trials=False)
    assert found.own == () and set(found.cited) == {"KEYNOTE-024", "CheckMate 227"}


def test_estimate_goes_to_the_trial_named_before_it_in_its_paragraph():
    text = (
        "Pooled analysis of CheckMate 017 and CheckMate 057 trials.\n\n"
        "In CheckMate 017, the hazard ratio was 0.62. In CheckMate 057 the hazard ratio was 0.75.\n\n"
        "Overall, the hazard ratio was 0.70."
    )
    names = find_trial_names(text, "Pooled analysis of CheckMate 017 and CheckMate 057 trials")
    keys = names.keys()
    assert keys == ["CHECKMATE-017", "CHECKMATE-057"]
    first, second, overall = (text.index(v) for v in ("0.62", "0.75", "0.70"))
    assert nearest_trial(names.mentions, keys, text, first, first + 4) == "CHECKMATE-017"
    assert nearest_trial(names.mentions, keys, text, second, second + 4) == "CHECKMATE-057"
    assert nearest_trial(names.mentions, keys, text, overall, overall + 4) == ""


def test_stopwords_are_data_shared_with_nothing_else():
    assert "HCC" in trials.NOT_TRIAL_NAMES and "OAK" not in trials.NOT_TRIAL_NAMES


def test_pooled_analysis_reports_each_trial_printed_with_its_id():
    text = (
        "The two programmes, FIDELIO-DKD (NCT02540993) and FIGARO-DKD (NCT02545049), were pooled. "
        "HR 0.86 (95% CI 0.75-0.99) in FIDELIO-DKD and HR 0.87 (95% CI 0.76-0.98) in FIGARO-DKD. "
        "Overall, HR 0.86 (0.78-0.95)."
    )
    names = find_trial_names(text, "The FIDELITY pooled analysis", pooled=True)
    keys = names.keys()
    assert keys == ["FIDELIO-DKD", "FIGARO-DKD"]
    first, second = text.index("0.86 (95%"), text.index("0.87")
    overall = text.rindex("0.86")
    assert nearest_trial(names.mentions, keys, text, first, first + 20) == "FIDELIO-DKD"
    assert nearest_trial(names.mentions, keys, text, second, second + 20) == "FIGARO-DKD"
    assert nearest_trial(names.mentions, keys, text, overall, overall + 15) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Keynote 010 " * 2000,
        "A-" * 7000 + "A trial",
        "ABCD " * 3000 + "study",
        "X ClinicalTrials.gov " * 2000,
        "The OAK trial (NCT02008227) and KEYNOTE-010 study. " * 2000,
    ],
)
def test_trial_names_stay_linear_on_pathological_pages(text):
    import time

    started = time.perf_counter()
    find_trial_names(text, text[:200])
    assert time.perf_counter() - started < 2.0  # a hang guard with a wide margin: about 0.05 s here


def test_an_estimate_before_and_in_the_next_trial_is_not_the_next_trials():
    text = (
        "Overall survival and updated results of the LUX-Lung 3 and LUX-Lung 6 trials.\n\n"
        "In LUX-Lung 3 the median was 28.2 months (HR 0.88, 95% CI 0.66-1.17; p=0.39), and in "
        "LUX-Lung 6 it was 23.1 months (HR 0.93, 0.72-1.22; p=0.61). The pooled HR was 0.81 in "
        "LUX-Lung 3 and LUX-Lung 6 combined."
    )
    names = find_trial_names(text, text.splitlines()[0])
    keys = names.keys()
    assert keys == ["LUX-LUNG-3", "LUX-LUNG-6"]
    first_end = text.index("p=0.39") + len("p=0.39")
    second_end = text.index("p=0.61") + len("p=0.61")
    assert nearest_trial(names.mentions, keys, text, text.index("0.88"), first_end) == "LUX-LUNG-3"
    assert nearest_trial(names.mentions, keys, text, text.index("0.93"), second_end) == "LUX-LUNG-6"


@pytest.mark.parametrize(
    "text, title, own",
    [
        # the sponsor's "CheckMate -816": a space and a hyphen before the number
        (
            "The Phase 3 CheckMate -816 study met its end point. About CheckMate -816: a "
            "randomized trial.",
            "Opdivo extends event-free survival in Phase 3 CheckMate -816 trial",
            "CHECKMATE-816",
        ),
        # a meeting's abstract or session number is no trial name
        (
            "Clinical Trials Plenary Session: CT003\nNivolumab in the phase 3 CheckMate 816 "
            "trial.\nCitation: Cancer Res 2021;81(13_Suppl):Abstract CT003.",
            "Nivolumab with chemotherapy in the phase 3 CheckMate 816 trial",
            "CHECKMATE-816",
        ),
    ],
)
def test_printed_forms_and_meeting_numbers(text, title, own):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == [own]


@pytest.mark.parametrize(
    "field, own",
    [
        ("Acronym: Emerge", ["EMERGE"]),  # a registry's own field, however it is cased
        ("Acronym: ENGAGE", ["ENGAGE"]),
        ("Acronym: Study", []),  # a generic word is no name
        ("Acronym: COPD", []),  # nor a disease
        ("Acronym                 Pred-ART Trial", ["PRED-ART"]),  # without its trial word
    ],
)
def test_registry_acronym_field(field, own):
    text = (
        f"ClinicalTrials.gov ID: NCT02484547\n{field}\nBrief Summary: aducanumab in early disease."
    )
    names = trials.find_trial_names(text, "221AD302 Phase 3 Study of Aducanumab", registry=True)
    assert [trials.key(n) for n in names.own] == own


def test_a_companion_trial_is_cited_and_the_reports_own_stays():
    text = (
        "Methods: We did a 52-week double-blind, noninferiority trial (SYGMA2) in patients with "
        "mild asthma.\n\nThe companion trial (SYGMA I) compared the same regimens with "
        "as-needed terbutaline."
    )
    names = trials.find_trial_names(text, "As-Needed Budesonide-Formoterol in Mild Asthma")
    assert [trials.key(n) for n in names.own] == ["SYGMA-2"]
    assert [trials.key(n) for n in names.cited] == ["SYGMA-1"]


@pytest.mark.parametrize(
    "before",
    [
        "Abstract ",
        "abstract ",
        "ABSTRACT: ",
        "Plenary Session: ",
        "SESSION ",
        "Poster #",
        "POSTER ",
        "Late-breaking presentation ",
        "Abstract No. ",
        "Poster number ",
    ],
)
def test_every_meeting_word_is_seen_before_a_number(before):
    text = "Some words. " + before
    assert trials._after_a_meeting_word(text, len(text))
    assert not trials._after_a_meeting_word("Results of the " + before.upper()[:2], 17)


# Names and cues from real pages about trials named with common words ("STEP 1"), named by
# "called", named in WHO-format registry fields, and cited as the trial a new one builds on
@pytest.mark.parametrize(
    "text, title, own, cited",
    [
        (
            "(Funded by Novo Nordisk; STEP 1 ClinicalTrials.gov number, NCT03548935.)",
            "",
            ["STEP-1"],
            [],
        ),
        ("according to the STEP-1 trial published yesterday.", "", ["STEP-1"], []),
        ("In step 2 of the algorithm, the dose was doubled.", "", [], []),
        ("The trial, called STEP, randomised 8511 patients at 42 centres.", "", ["STEP"], []),
        ("A phase 3 study known as LoDoCo2 enrolled 5522 patients.", "", ["LODOCO-2"], []),
        (
            "according to the Crash-3 trial led by the School. Professor Roberts co-led the "
            "CRASH3 study. The findings build on the 2010 CRASH-2 trial and on the original "
            "CRASH trial of steroids.",
            "",
            ["CRASH-3"],
            ["CRASH-2", "CRASH"],
        ),
        # an item of a menu line is no name
        ("LOGIN | CREATE ACCOUNT | MY TRIALS | REGISTER TRIAL | FAQs", "", [], []),
    ],
)
def test_common_word_names_called_names_and_cited_predecessors(text, title, own, cited):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


@pytest.mark.parametrize(
    "field",
    [
        "Trial acronym: LoDoCo2",
        "Acronym: LoDoCo2",
        "Name or abbreviated title of the trial where available: LoDoCo2",
    ],
)
def test_registry_acronym_fields_of_every_registry(field):
    names = trials.find_trial_names(f"Registration number: ACTRN1\n{field}\n", "", registry=True)
    assert [trials.key(n) for n in names.own] == ["LODOCO-2"]


# A title's bracket that abbreviates the study's spelled-out name names the trial, whatever
# follows it ("The Multicentre Aneurysm Screening Study (MASS) into the effect of ..."); a
# bracket that is no such abbreviation, or abbreviates a condition, does not. An older
# PubMed title ends with the trial's group ("... in multiple sclerosis. CHAMPS Study Group").
@pytest.mark.parametrize(
    "title, body, own",
    [
        (
            "The Multicentre Aneurysm Screening Study (MASS) into the effect of abdominal "
            "aortic aneurysm screening on mortality in men: a randomised controlled trial",
            "",
            ["MASS"],
        ),
        (
            "The International Subarachnoid Aneurysm Trial (ISAT) of clipping versus coiling in "
            "2143 patients",
            "",
            ["ISAT"],
        ),
        ("A study of Posttraumatic Stress Disorder (PTSD) in veterans", "", []),
        (
            "Intramuscular interferon beta-1a therapy initiated during a first demyelinating "
            "event in multiple sclerosis. CHAMPS Study Group",
            "Similar articles\n  Five-year extension of the CHAMPS study (CHAMPIONS). 2006.",
            ["CHAMPS"],
        ),
    ],
)
def test_a_spelled_out_studys_bracket_and_a_title_ending_with_its_group(title, body, own):
    names = trials.find_trial_names(f"{title}\nJacobs LD, Beck RW.\n\n{body}\n", title)
    assert [trials.key(n) for n in names.own] == own


def test_a_trial_named_in_apposition_and_a_slash_alias():
    names = trials.find_trial_names(
        "A smaller European trial, NOAH-AFNET 6, had compared edoxaban with placebo.", ""
    )
    assert [trials.key(n) for n in names.own] == ["NOAH-AFNET-6"]
    title = "Olaparib tablets in ovarian cancer (SOLO2/ENGOT-Ov21): a final analysis"
    names = trials.find_trial_names("In the primary analysis of SOLO2, ...", title)
    assert [trials.key(n) for n in names.own] == ["SOLO-2"]
    assert names.own_rules == ("name_in_title_brackets",)


@pytest.mark.parametrize(
    "title, text, own",
    [
        # a title opening with the trial's name and a colon, joined by a spaced dash or not
        ("LoDoCo 2: the second Low Dose Colchicine trial", "", ["LODOCO-2"]),
        ("NOAH – AFNET 6: no clear benefit of anticoagulation", "", ["NOAH-AFNET-6"]),
        ("The DAPA-HF trial: results", "", ["DAPA-HF"]),
        ("COVID-19: a review of the evidence", "", []),
        ("Hypertension: new targets for older patients", "", []),
        # a title naming a part of the name its text uses names the trial
        ("REDUCE-IT USA: Results From the 3146 Patients", "in the REDUCE-IT trial.", ["REDUCE-IT"]),
        # ... not when the text prints that part only as a programme's group: a member trial
        (
            "IMPORT HIGH trial: Dose escalated simultaneous integrated boost radiotherapy",
            "Charlotte Coles, Judith M Bliss, on behalf of the IMPORT Trial Management Group",
            ["IMPORT-HIGH"],
        ),
        (
            "IMPORT HIGH trial: Dose escalated simultaneous integrated boost radiotherapy",
            "Coles C, for the IMPORT Trial Management Group. In the IMPORT trial, 2617 women",
            ["IMPORT"],
        ),
        # but a numbered successor is its own trial, whose text cites its predecessor
        (
            "FLAURA2: Osimertinib plus chemotherapy as first-line treatment",
            "Osimertinib became standard after the FLAURA study. FLAURA 2 assessed whether",
            ["FLAURA-2"],
        ),
        ("TTM2: hypothermia or normothermia", "Unlike the TTM trial, TTM2 enrolled", ["TTM-2"]),
        # names listed before the colon, when the title calls them trials or the text uses
        # each as a trial's name: a report of each
        (
            "HAWK and HARRIER: Ninety-Six-Week Outcomes from the Phase 3 Trials of Brolucizumab",
            "In HAWK the mean change was 5.6 letters; in HARRIER it was 6.1 letters.",
            ["HAWK", "HARRIER"],
        ),
        (
            "ORION-10, ORION-11 and ORION-9: inclisiran across three studies",
            "",
            ["ORION-10", "ORION-11", "ORION-9"],
        ),
        (
            "SURMOUNT-1 & SURMOUNT-2: weight reduction with tirzepatide",
            "Participants of the SURMOUNT-1 trial and of the SURMOUNT-2 trial were",
            ["SURMOUNT-1", "SURMOUNT-2"],
        ),
        # ... not abbreviations listed before a colon that the title calls nothing
        ("PCSK9 and LDL: what the lipid clinic needs to know", "PCSK9 lowers LDL.", []),
        # a cooperative group's protocol number after a comma beside the trial's name is the
        # same trial's, not a second one
        (
            "Erlotinib versus chemotherapy in EGFR mutation-positive lung cancer (OPTIMAL, "
            "CTONG-0802): a randomised, phase 3 study",
            "The OPTIMAL trial enrolled 165 patients.",
            ["OPTIMAL"],
        ),
        # a name before an apposition that calls it a trial or study
        (
            "AUSTRI, a Large Randomized Study in Adolescents and Adults with Asthma",
            "",
            ["AUSTRI"],
        ),
        ("Asthma, a study of inhalers in adolescents", "", []),
        # the trial group of an author line, however the name is cased
        (
            "Survival with Trastuzumab Emtansine",
            "Geyer CE, Untch M, for the Katherine Investigators",
            ["KATHERINE"],
        ),
        (
            "Effect of Aspirin on All-Cause Mortality in the Healthy Elderly",
            "J.J. McNeil, M.R. Nelson, R.L. Woods, for the Aspree Investigator Group",
            ["ASPREE"],
        ),
    ],
)
def test_names_opening_a_title_and_of_an_investigators_group(title, text, own):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own


@pytest.mark.parametrize(
    "text, own, cited",
    [
        # a links line is no use of a name; a trial still to report is cited
        (
            "A single injection worked as well, according to the ACT trial published in The "
            "Lancet. The Chinese TRACE-2 trial is expected to report on the same question soon.\n"
            "Related: ESO 2022 highlights | EXTEND-IA TNK revisited",
            ["ACT"],
            ["TRACE-2"],
        ),
        # "pivotal" describes a sponsor's own registration trial as often as another one
        (
            "Pfizer said today that the pivotal MATISSE trial of its vaccine met a primary endpoint.",
            ["MATISSE"],
            [],
        ),
        (
            "We thank the correspondents for their interest in the CITRIS-ALI trial. Larger "
            "trials, such as the Canadian LOVIT study now under way, are better placed.",
            ["CITRIS-ALI"],
            ["LOVIT"],
        ),
        (
            "Iron cut admissions by almost a fifth in the British IRONMAN trial. The large "
            "American HEART-FID trial of that drug is still running.",
            ["IRONMAN"],
            ["HEART-FID"],
        ),
        # an ordinal before a trial word cites another trial; a fraction does not
        (
            "The PIONEER trial enrolled 900 patients. A third phase 3 study, CHRONOS, is "
            "continuing.",
            ["PIONEER"],
            ["CHRONOS"],
        ),
    ],
)
def test_links_lines_and_trials_still_to_report(text, own, cited):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


def test_each_registration_statement_pairs_its_own_name_and_id():
    text = (
        "(Funded by Sanofi and Regeneron; SOLO 1 ClinicalTrials.gov number, NCT02277743; "
        "SOLO 2 ClinicalTrials.gov number, NCT02277769.)"
    )
    assert sorted(trials.registration_pairs(text)) == [
        ("SOLO-1", "NCT02277743"),
        ("SOLO-2", "NCT02277769"),
    ]


@pytest.mark.parametrize(
    "text, title, own",
    [
        # a surname and a year cite a report; they name no trial
        ("The safety trial of celecoxib (Nissen 2016, NCT00346216) randomised 24,081.", "", []),
        # drug codes in a title bracket are no trial's names; the registry's acronym is
        (
            "",
            "Study of Dupilumab (REGN668/SAR231893) Monotherapy in Atopic Dermatitis "
            "(LIBERTY AD SOLO 1)",
            ["LIBERTY-AD-SOLO-1"],
        ),
    ],
)
def test_citations_and_drug_codes_are_no_trial_names(text, title, own):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own


def test_a_design_word_ends_a_name_and_a_nameless_statement_is_the_previous_ones():
    names = trials.find_trial_names(
        "", "A high-dose tranexamic acid infusion for gastrointestinal bleeding: HALT-IT RCT"
    )
    assert [trials.key(n) for n in names.own] == ["HALT-IT"]
    text = (
        "(Funded by the DZHK; EAST-AFNET 4 ISRCTN number, ISRCTN04708680; ClinicalTrials.gov "
        "number, NCT01288352.)"
    )
    assert sorted(trials.registration_pairs(text)) == [
        ("EAST-AFNET-4", "ISRCTN04708680"),
        ("EAST-AFNET-4", "NCT01288352"),
    ]


# A plural trial word right before a name opens a list of names, each used as a trial's
# name; a title listing them this way reports each of them.
@pytest.mark.parametrize(
    "title, text, own",
    [
        (
            "Itch relief with drug D: analysis of the randomized phase 3 studies SOLO 1 and "
            "SOLO 2, AD ADOL, and CHRONOS",
            "",
            ["SOLO-1", "SOLO-2", "AD-ADOL", "CHRONOS"],
        ),
        (
            "Two phase 3 studies of drug E in early Alzheimer's disease",
            "Drug E was tested in the phase 3 trials EMERGE and ENGAGE. EMERGE met its end "
            "point and ENGAGE did not.",
            ["EMERGE", "ENGAGE"],
        ),
    ],
)
def test_names_listed_after_a_plural_trial_word(title, text, own):
    names = trials.find_trial_names(text, title)
    if title.startswith("Itch"):
        assert [trials.key(n) for n in names.own] == own
    else:  # named as trials (a text naming two trials equally reports neither alone)
        assert sorted(trials.key(n) for n in names.own + names.cited) == own


@pytest.mark.parametrize(
    "text, own, cited",
    [
        # "a third study, NAME," is another trial of the programme
        (
            "Both twin phase 3 monotherapy studies of the drug in adults, SOLO 1 and SOLO 2, "
            "met their end points. A third phase 3 study, CHRONOS, testing the drug for a year, "
            "continues.",
            [],
            ["CHRONOS"],
        ),
        # "two further studies, NAME and NAME," are the programme's other trials
        (
            "The first of three pivotal studies met every end point: ALTO-1 compared drug Q "
            "with placebo. Two further studies, ALTO-2 and ALTO-3, compare drug Q with drug R "
            "and read out later this year.",
            ["ALTO-1"],
            ["ALTO-2", "ALTO-3"],
        ),
        # a trial that came after is another trial: "in a much bigger trial, NAME,"
        (
            "The SEAQUAMAT trial enrolled 1461 adults in Asia. The same network "
            "went on to test the two drugs in African children in a much bigger trial, "
            "AQUAMAT, published five years later.",
            ["SEAQUAMAT"],
            ["AQUAMAT"],
        ),
        (
            "Drug K lowered the relapse rate in the KESTREL-1 trial. A subsequent phase 3 "
            "study, KESTREL-2, confirmed the finding in older patients.",
            ["KESTREL-1"],
            ["KESTREL-2"],
        ),
        # another trial in apposition, or one the page keeps apart from its own
        (
            "The board closed the TWiTCH trial early. TWiTCH tested hydroxyurea. The trial "
            "is distinct from SWiTCH, an earlier study in children who had had a stroke.",
            ["TWITCH"],
            ["SWITCH"],
        ),
        (
            "The ROWAN-2 trial met its end point. Results of ROWAN-1, a separate trial of the "
            "same drug in older adults, are awaited.",
            ["ROWAN-2"],
            ["ROWAN-1"],
        ),
        # ... or that its clause goes on to call another study (no other name before the
        # words that say so, which would be that name's)
        (
            "Less oxygen, more harm? The French LOCO2 trial randomised 205 adults with ARDS. "
            "The ICU-ROX trial in a broader ventilated population, published a few months "
            "earlier, is a different study with different targets.",
            ["LOCO-2"],
            ["ICU-ROX"],
        ),
        (
            "The MYRIAD trial found school mindfulness no better than usual teaching; "
            "FiCTION was a separate trial of caries management.",
            ["MYRIAD"],
            ["FICTION"],
        ),
        (
            "The LOCO2 trial, stopped early by ICU-ROX's results, was a different study "
            "design from most oxygen trials: it randomised 205 adults.",
            ["LOCO-2"],
            [],
        ),
        # a pilot before the trial, its id with it; the trial named in apposition to its
        # spelled-out name
        (
            "That was the verdict on HERALD 2, the Rapid Intervention with a Nitrate Patch in "
            "Stroke Trial-2, reported today. HERALD-II built on a 41-patient feasibility study, "
            "HERALD (ISRCTN66434824), that showed recruitment was possible.",
            ["HERALD-2"],
            ["HERALD"],
        ),
        # ... but "the larger NAME trial" may be the page's own
        (
            "The findings come from the larger LARKSPUR trial of 7112 patients.",
            ["LARKSPUR"],
            [],
        ),
        # "the third interim analysis of NAME" is the document's own trial
        (
            "At the third interim analysis of the KODIAK trial, survival was longer.",
            ["KODIAK"],
            [],
        ),
    ],
)
def test_another_numbered_study_is_cited(text, own, cited):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own][: len(own)] == own
    assert [trials.key(n) for n in names.cited if trials.key(n) in cited] == cited


# A pooled analysis reports each trial whose data it says it combines, listed after the
# data ("Individual data from A (...), B (...) and C were combined"), when its title
# announces a pooled analysis; a trial report that adds one, or a background sentence
# about a pooled analysis, does not.
@pytest.mark.parametrize(
    "title, text, own",
    [
        (
            "Pooled Patient-Level Analysis of Drug F Trials in Hypercholesterolemia",
            "Methods: Individual data from ORBIT-9 (familial hypercholesterolaemia), ORBIT-10 "
            "(atherosclerotic disease) and ORBIT-11 (risk equivalent) were combined.",
            ["ORBIT-9", "ORBIT-10", "ORBIT-11"],
        ),
        (
            "Efficacy of drug G in psoriasis: an integrated analysis",
            "We analysed pooled data from the phase 3 trials CLEAR-1 and CLEAR-2.",
            ["CLEAR-1", "CLEAR-2"],
        ),
        (
            "Treatment of venous thromboembolism with drug H or warfarin and pooled analysis",
            "In the prespecified pooled analysis of COVER and COVER II, the hazard ratio was "
            "1.09. COVER II was designed to confirm COVER. The COVER II trial randomized 2589 "
            "patients.",
            [],
        ),
        (
            "Drug J in heart failure",
            "A pooled analysis of the ALPHA-1 and ALPHA-2 trials had suggested benefit. The "
            "GAMMA-HF trial randomized 4000 patients.",
            [],
        ),
    ],
)
def test_a_pooled_analysis_reports_each_trial_it_combines(title, text, own):
    names = trials.find_trial_names(text, title)
    if own:
        assert [trials.key(n) for n in names.own] == own
    else:  # the pooled trials are not the document's own
        pooled = {"COVER", "COVER-2", "ALPHA-1", "ALPHA-2"}
        assert not pooled & {trials.key(n) for n in names.own}


# A page that names no trial of its own but the trials whose data it re-analyses ("a
# prespecified secondary analysis of A and B", "a post hoc analysis of A and B") reports each
# of them; the sponsor's codes printed in a bracket right after the names, one for each, are
# the same trials. An analysis the page quotes as earlier evidence ("had suggested"), or one
# beside a trial the page reports, is not its own.
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Objective: To report efficacy of drug M at 144 weeks, a prespecified secondary "
            "analysis of DELTA-1 and DELTA-2.\nDesign: Two identical multicentre phase III "
            "randomised non-inferiority studies, double-blind to week 96.",
            ["DELTA-1", "DELTA-2"],
        ),
        (
            "Methods: We did a post hoc analysis of KAPPA-3 and KAPPA-4, restricted to the "
            "placebo and 50 mg groups.",
            ["KAPPA-3", "KAPPA-4"],
        ),
        (
            "Methods: ZENITH-I and -II (studies XB-MD-01 and XB-MD-02) were double-blind, "
            "single-attack phase 3 trials. Data from the placebo and 50 mg groups were pooled "
            "post hoc.",
            ["ZENITH-1", "ZENITH-2"],
        ),
        (
            "A post hoc analysis of ALPHA-1 and ALPHA-2 had suggested benefit. We randomly "
            "assigned 400 patients to drug K or placebo.",
            [],
        ),
        (
            "A secondary analysis of BETA-1 and BETA-2 was reported last year. The GAMMA-HF "
            "trial randomized 4000 patients to drug L or placebo.",
            ["GAMMA-HF"],
        ),
        # the one trial whose randomised patients the page analyses, beside trials it cites
        (
            "Two trials (the AVOD trial and the DIABOLO trial) reported short-term results. "
            "Methods: 528 patients had been randomised to an observational or an antibiotic "
            "strategy (DIABOLO trial). At 24 months, recovery did not differ.",
            ["DIABOLO"],
        ),
        (
            "The DIAMOND programme ran two trials. The analysis included 894 patients who had "
            "been randomised to dofetilide or placebo as part of the DIAMOND-MI trial.",
            ["DIAMOND-MI"],
        ),
    ],
)
def test_a_page_reports_the_trials_it_reanalyses(text, own):
    names = trials.find_trial_names(text, "Efficacy of drug M over three years")
    assert [trials.key(n) for n in names.own] == own


# A page that says how many trials it reports ("results from two phase 3 studies",
# "according to two randomised trials published together today") and uses as many names
# as its own reports each of them; with more names used as its own, or fewer, it does not.
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "The companies today announced the publication of detailed results from two phase 3 "
            "studies of drug N in asthma (1902 in CREST and 210 in SUMMIT). CREST enrolled "
            "patients aged 12 years and older. SUMMIT tested drug N in adults who needed oral "
            "steroids.",
            ["CREST", "SUMMIT"],
        ),
        (
            "Two randomised trials of drug P were published back to back this week. HALO-1 "
            "enrolled 600 adults; HALO-2 enrolled 450 children.",
            ["HALO-1", "HALO-2"],
        ),
        (
            "The companies today announced detailed results from two phase 3 studies of drug N. "
            "CREST enrolled adults, SUMMIT enrolled children and APEX enrolled older adults.",
            [],
        ),
        # the methods of a report of sister trials, each name printed with its own id
        (
            "METHODS  In two phase 3 trials, patients with COPD were randomly assigned to "
            "mepolizumab or placebo. In METREX, mepolizumab 100 mg was compared with placebo. "
            "In METREO, patients received 100 mg or 300 mg.\n(METREX, NCT02105948; METREO, "
            "NCT02105961.)",
            ["METREX", "METREO"],
        ),
        # (not two earlier trials the page cites)
        (
            "In two previous trials, patients were randomly assigned to drug Q. The present "
            "trial, AURORA (NCT01111111), was larger. BOREAS (NCT02222222) was not.",
            ["AURORA"],
        ),
    ],
)
def test_a_page_reports_as_many_trials_as_it_counts(text, own):
    names = trials.find_trial_names(text, "Drug results published")
    assert [trials.key(n) for n in names.own] == own


# ... or whose title counts them ("Two large trials, two statins, one answer: ..."); a
# title counting two with one name given reports the one it names (name_of_one_counted_
# trial: linking keeps the page for the other)
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "The HARP 2 study, run in 40 units, randomised 540 patients. The result echoes the "
            "rosuvastatin trial published in May. That study, known as SAILS, was stopped early.",
            ["HARP-2", "SAILS"],
        ),
        (
            "The HARP 2 study, run in 40 units, randomised 540 patients. The result echoes a "
            "rosuvastatin trial published in May, which was stopped early.",
            ["HARP-2"],
        ),
    ],
)
def test_a_title_counting_the_trials_a_page_reports(text, own):
    names = trials.find_trial_names(text, "Two large trials, two statins, one answer: no benefit")
    assert sorted(trials.key(n) for n in names.own) == own


# A capitalised word with a Roman or Arabic number is a name when cued ("in Voyage I, the
# first of its three pivotal phase III psoriasis studies"); the last word of a name spelled
# out right before its abbreviation is not ("... Multiple Sclerosis I (CARE-MS I) trial").
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Guselkumab met every goal in Voyage I, the first of its three pivotal phase III "
            "psoriasis studies to report. Full Voyage I data follow.",
            ["VOYAGE-1"],
        ),
        ("The Voyage 2 trial randomised 992 patients.", ["VOYAGE-2"]),
        (
            "In the Comparison of Alemtuzumab and Rebif Efficacy in Multiple Sclerosis I "
            "(CARE-MS I) trial we tested it as first-line treatment.",
            ["CARE-MS-1"],
        ),
        (
            "Patients had been randomised as part of the Danish Investigations of Arrhythmia and "
            "Mortality on Dofetilide-MI (DIAMOND-MI) trial.",
            ["DIAMOND-MI"],
        ),
        ("A Phase II and a Stage III trial of drug X in Type II diabetes.", []),
        # the words of the bracket spelling out a name are not names of their own
        (
            "Tralokinumab for atopic dermatitis - ECZTRA 1 (ECZema TRAlokinumab Trial no. 1) "
            "randomised 802 adults.",
            ["ECZTRA-1"],
        ),
        (
            "The REDUCE-IT (REduction of Cardiovascular Events with Icosapent Ethyl-Intervention "
            "Trial) trial randomised 8179 patients.",
            ["REDUCE-IT"],
        ),
        # a sister trial's regions continue its name; a measure's abbreviation does not
        ("Tadalafil therapy in the ALPINE NZAus trial of 122 women.", ["ALPINE-NZAUS"]),
        (
            "The KESTREL-4 trial enrolled 600 women. The KESTREL-4 HRQoL results were published "
            "later.",
            ["KESTREL-4"],
        ),
        # a capital and a word after a hyphen continue a name: Japan's sister trials
        (
            "The SURPASS J-mono trial randomised 636 Japanese patients to tirzepatide or "
            "dulaglutide.",
            ["SURPASS-J-MONO"],
        ),
    ],
)
def test_a_capitalised_name_with_a_number_and_the_end_of_a_spelled_out_name(text, own):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own
    assert "SCLEROSIS-1" not in [trials.key(n) for n in names.cited]


# A title's bracket holding the abbreviation of the condition named right before it, each
# word giving its first letter ("Posttraumatic Stress Disorder (PTSD)"), is no trial name; a
# trial's name skips words or carries a number ("... Adverse Outcomes in Heart Failure
# (DAPA-HF)", "chronic lymphocytic leukaemia (CLL10)").
@pytest.mark.parametrize(
    "title, own",
    [
        (
            "A Phase 3 Program of MDMA-Assisted Psychotherapy for the Treatment of Severe "
            "Posttraumatic Stress Disorder (PTSD)",
            [],
        ),
        ("Roflumilast in Chronic Obstructive Pulmonary Disease (COPD)", []),
        (
            "Intravitreal therapy for macular oedema due to Central Retinal Vein Occlusion (CRVO)",
            [],
        ),
        ("Nasal pressure in Obstructive Sleep Apnoea (OSA)", []),
        ("Drug T after Intracerebral Haemorrhage (ICH): a randomised trial", []),
        (
            "Updated Analysis of Drug R in Patients with Newly Diagnosed Multiple Myeloma "
            "(NDMM): The Phase 3 MAIA Study",
            ["MAIA"],
        ),
        (
            "Dapagliflozin and Prevention of Adverse Outcomes in Heart Failure (DAPA-HF)",
            ["DAPA-HF"],
        ),
        ("Artificial Kidney Initiation in Kidney Injury (AKIKI)", ["AKIKI"]),
        (
            "Bendamustine and rituximab in advanced chronic lymphocytic leukaemia (CLL10): a "
            "randomised trial",
            ["CLL-10"],
        ),
    ],
)
def test_a_conditions_abbreviation_in_title_brackets_is_no_trial_name(title, own):
    assert [trials.key(n) for n in trials.find_trial_names("", title).own] == own


# Two names printed with a slash or hyphen and no space are one trial's names from its
# cooperative groups ("SOLO2/ENGOT-Ov21", "PRODIGE 24/CCTG PA.6"): the first names it.
@pytest.mark.parametrize(
    "text, registered, own",
    [
        (
            "(Funded by R&D Unicancer and others; PRODIGE 24/CCTG PA.6 ClinicalTrials.gov "
            "number, NCT01526135.)",
            ["PRODIGE 24"],
            ["PRODIGE-24"],
        ),
        (
            "In long-term follow-up of the PRODIGE 24-CCTG PA6 trial of 493 patients, the "
            "benefit persisted.",
            [],
            ["PRODIGE-24"],
        ),
        (
            "(Funded by Tesaro; ENGOT-OV16/NOVA ClinicalTrials.gov number, NCT01847274.)",
            ["ENGOT-OV16"],
            ["ENGOT-OV-16"],
        ),
    ],
)
def test_names_joined_without_a_space_are_one_trials(text, registered, own):
    assert trials.registration_names(text) == registered
    assert [trials.key(n) for n in trials.find_trial_names(text, "").own] == own


# A registration statement or an author line's group naming sister trials reports each:
# "ORION-10 and -11 ClinicalTrials.gov numbers", "OCTAVE Induction 1, OCTAVE Induction 2,
# and OCTAVE Sustain ClinicalTrials.gov numbers" (a capitalised word ends the last name),
# "...; VIEW 1 and VIEW 2 Study Groups". Not a trial word after a name ("SPRINT Trial
# ClinicalTrials.gov number"), a group of words that are no acronyms ("German Diabetes and
# Dialysis Study Investigators") nor a cohort's or phase's number ("THOR Cohort 1
# Investigators", "ORION Phase III Investigators").
@pytest.mark.parametrize(
    "text, registered",
    [
        (
            "(Funded by Novartis; ORION-10 and -11 ClinicalTrials.gov numbers, NCT03399370 "
            "and NCT03400800.)",
            ["ORION-10", "ORION-11"],
        ),
        (
            "(Funded by Pfizer; OCTAVE Induction 1, OCTAVE Induction 2, and OCTAVE Sustain "
            "ClinicalTrials.gov numbers, NCT01465763, NCT01458951, and NCT01458574.)",
            ["OCTAVE Induction 1", "OCTAVE Induction 2", "OCTAVE Sustain"],
        ),
        ("(Funded by the NIH; SPRINT Trial ClinicalTrials.gov number, NCT01206062.)", []),
        ("(Funded by Acme Pharma; ClinicalTrials.gov number, NCT01206062.)", []),
    ],
)
def test_sister_trials_in_one_registration_statement(text, registered):
    assert trials.registration_names(text) == registered


@pytest.mark.parametrize(
    "author_line, own",
    [
        ("Jeffrey S Heier, David M Brown; VIEW 1 and VIEW 2 Study Groups", ["VIEW-1", "VIEW-2"]),
        (
            "William J Sandborn, Chinyu Su; OCTAVE Induction 1, OCTAVE Induction 2, and "
            "OCTAVE Sustain Investigators",
            ["OCTAVE-INDUCTION-1", "OCTAVE-INDUCTION-2", "OCTAVE-SUSTAIN"],
        ),
        (
            "Christoph Wanner, Vera Krane, for the German Diabetes and Dialysis Study Investigators",
            [],
        ),
        ("Loriot Y, Matsubara N, Siefker-Radtke AO; THOR Cohort 1 Investigators.", []),
        # (the programme, not "ORION Phase III")
        ("R Scott Wright, Kausik K Ray; on behalf of the ORION Phase III Investigators", ["ORION"]),
    ],
)
def test_an_author_lines_group_of_sister_trials(author_line, own):
    text = f"Outcomes of the drug in the disease\n\n{author_line}\n\nMethods: We did it.\n"
    names = trials.find_trial_names(text, "Outcomes of the drug in the disease")
    assert [trials.key(n) for n in names.own] == own


@pytest.mark.parametrize(
    "title, text, own, cited",
    [
        # a collective author ending a PubMed author line names the trial
        (
            "Sotorasib versus docetaxel for previously treated KRAS G12C NSCLC",
            "Adrianus J de Langen, Melissa L Johnson, ... Ferdinandos Skoulidis; CodeBreaK 200 "
            "Investigators\n\nBackground: accelerated approval rested on the single-arm phase 1/2 "
            "CodeBreaK 100 study (NCT03600883).\nClinicalTrials.gov, NCT04303780.",
            ["CODEBREAK-200"],
            ["CODEBREAK-100"],
        ),
        (
            "Tenecteplase in stroke",
            "A Smith, B Jones, and the ELAN Investigators.\n\nMethods: we enrolled 2032 patients.",
            ["ELAN"],
            [],
        ),
        # its trial word is not part of the name: "IRIS", not "IRIS Trial"
        (
            "Imatinib compared with interferon",
            "Stephen G. O'Brien, for the IRIS Trial Investigators\n\nMethods: 1106 patients.",
            ["IRIS"],
            [],
        ),
        (
            "Canagliflozin and cardiovascular events",
            "Bruce Neal, ...; CANVAS Program Collaborative Group\n\nMethods: the CANVAS "
            "Program integrated two trials.",
            ["CANVAS"],
            [],
        ),
        # the group's other forms in PubMed's author lines
        (
            "Low-dose edoxaban in very elderly patients with atrial fibrillation",
            "Ken Okumura, Masaharu Akao, ... Takeshi Yamashita; ELDERCARE-AF Committees and "
            "Investigators\n\nMethods: 984 patients.",
            ["ELDERCARE-AF"],
            [],
        ),
        (
            "Angiotensin-neprilysin inhibition versus enalapril in heart failure",
            "John J V McMurray, Milton Packer, ...; PARADIGM-HF Investigators and Committees"
            "\n\nMethods: 8442 patients.",
            ["PARADIGM-HF"],
            [],
        ),
        (
            "A randomized trial of intensive versus standard blood-pressure control",
            "Jackson T Wright Jr, ...; SPRINT Research Group\n\nMethods: 9361 persons.",
            ["SPRINT"],
            [],
        ),
        # a network is no trial
        (
            "Diuretic strategies in patients with acute decompensated heart failure",
            "G Michael Felker, ...; Heart Failure Network Investigators\n\nMethods: 308 patients.",
            [],
            [],
        ),
        # ... or opening it, as PubMed prints a collective first author
        (
            "Intensive blood glucose control and vascular outcomes in type 2 diabetes",
            "ADVANCE Collaborative Group; Patel A, MacMahon S, Chalmers J, Neal B\n\nMethods: "
            "11,140 patients were randomly assigned.\n\nSimilar articles\n  Effects of "
            "perindopril-indapamide (the ADVANCE trial). Lancet. 2007.\n",
            ["ADVANCE"],
            [],
        ),
        (
            "Effect of cinacalcet on cardiovascular disease in patients undergoing dialysis",
            "EVOLVE Trial Investigators; Chertow GM, Block GA\n\nMethods: 3883 patients.",
            ["EVOLVE"],
            [],
        ),
        # ... or with the trial's full name before its acronym
        (
            "Oxaliplatin, fluorouracil, and leucovorin as adjuvant treatment for colon cancer",
            "Andre T, Boni C, de Gramont A; Multicenter International Study of "
            "Oxaliplatin/5-Fluorouracil/Leucovorin in the Adjuvant Treatment of Colon Cancer "
            "(MOSAIC) Investigators.\n\nMethods: 2246 patients.\n\nSimilar articles\n  Improved "
            "overall survival in the MOSAIC trial. J Clin Oncol. 2009.\n",
            ["MOSAIC"],
            [],
        ),
        (
            "Effect of dialysis dose and membrane flux in maintenance hemodialysis",
            "Eknoyan G, Beck GJ; Hemodialysis (HEMO) Study Group\n\nMethods: 1846 patients.",
            ["HEMO"],
            [],
        ),
        # not a group of a trial: a writing group of a review
        (
            "Screening for colorectal cancer",
            "Review Writing Group; Smith J\n\nWe summarise the CONFIRM trial (NCT01239082).",
            ["CONFIRM"],
            [],
        ),
        # a programme's group over its numbered trials is no trial of its own (the two
        # trials it counts and lists are the page's)
        (
            "Efficacy and safety of nintedanib in idiopathic pulmonary fibrosis",
            "Luca Richeldi, ...; INPULSIS Trial Investigators\n\nMethods: we conducted two "
            "replicate trials, INPULSIS-1 and INPULSIS-2 (NCT01335464 and NCT01335477).",
            ["INPULSIS-1"],
            ["INPULSIS"],
        ),
    ],
)
def test_a_collective_author_names_the_trial(title, text, own, cited):
    names = trials.find_trial_names(title + "\n\n" + text, title)
    assert [trials.key(n) for n in names.own][:1] == own
    assert [trials.key(n) for n in names.cited] == cited
    assert "Trial" not in " ".join(names.cited) and "Program" not in " ".join(names.cited)


@pytest.mark.parametrize(
    "text, own",
    [
        # a name in apposition with "the", "its" or "their" and design words before the
        # trial word
        (
            "Astellas today announced topline results from GLOW, the global phase 3 study of "
            "zolbetuximab plus CAPOX.",
            ["GLOW"],
        ),
        (
            "Gilead reported data from an interim analysis of PURPOSE 2, its phase 3 study of "
            "twice-yearly lenacapavir.",
            ["PURPOSE-2"],
        ),
        (
            "Guselkumab met every primary goal in VOYAGE 1, the first of its three pivotal "
            "phase III psoriasis studies to report.",
            ["VOYAGE-1"],
        ),
        # a part of the trial named between its name and the trial word
        (
            "Final Results of the UNIFI Long-Term Maintenance Study through 4 years.",
            ["UNIFI"],
        ),
        ("Patients entered the PIONEER Open-Label Extension study.", ["PIONEER"]),
    ],
)
def test_names_in_apposition_and_before_a_part_of_the_trial(text, own):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own


@pytest.mark.parametrize(
    "text",
    [
        # a definite article after a comma is no apposition without design words
        "In patients with NSCLC, the study found no benefit of the added drug.",
        "Among those given FOLFOX, the trial recorded more neuropathy.",
        # chemotherapy regimens share the shape of names
        "Detailed results of the CAPOX study will be presented.",
        "Patients in the R-CHOP trial arm received six cycles.",
        "the FOLFIRINOX regimen, the standard of the PRODIGE 4 study,",
    ],
)
def test_regimens_and_bare_definite_articles_name_no_trial(text):
    names = trials.find_trial_names(text, "")
    assert not {trials.key(n) for n in names.own} & {
        "NSCLC",
        "FOLFOX",
        "CAPOX",
        "R-CHOP",
        "FOLFIRINOX",
    }


@pytest.mark.parametrize(
    "text, own",
    [
        # what only a trial does, said of an acronym
        (
            "Heart procedures were no better than medicines. ISCHEMIA enrolled 5,179 participants.",
            ["ISCHEMIA"],
        ),
        (
            "SPRINT randomized 9361 persons with a systolic blood pressure of 130 mm Hg or higher.",
            ["SPRINT"],
        ),
        (
            "QUEST enrolled patients aged 12 years and older whose asthma remained uncontrolled.",
            ["QUEST"],
        ),
        # a capitalised word and a count is no name
        ("Among 950 randomised patients, survivors had comparable scores.", []),
        ("Overall 1200 enrolled patients completed the study.", []),
    ],
)
def test_a_name_before_a_trial_verb(text, own):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own


@pytest.mark.parametrize(
    "text, own",
    [
        # a bracketed name before the trial word
        (
            "Edoxaban versus warfarin in patients from the edoxaban versus warfarin in subjects "
            "undergoing cardioversion of atrial fibrillation (ENSURE-AF) randomised trial",
            ["ENSURE-AF"],
        ),
        ("Results of the Avastin in Gastric Cancer (AVAGAST) trial are reported.", ["AVAGAST"]),
        # an abbreviation of a disease in brackets is no name
        ("Patients with atrial fibrillation (AF) trial-eligible were screened.", []),
    ],
)
def test_a_bracketed_name_before_the_trial_word(text, own):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own


@pytest.mark.parametrize(
    "title, own",
    [
        # JAMA's titles: the name, design words in title case, then "Trial"
        (
            "Effect of Vitamin C Infusion on Organ Failure in Sepsis: The CITRIS-ALI Randomized "
            "Clinical Trial",
            ["CITRIS-ALI"],
        ),
        (
            "Effect of Ubrogepant vs Placebo: The ACHIEVE II Randomized Clinical Trial",
            ["ACHIEVE-2"],
        ),
        ("Effect of X on Y: The ABC-1 Cluster Randomized Noninferiority Trial", ["ABC-1"]),
        ("Effect of X on Y: The PRAGMA Pragmatic Randomized Clinical Trial", ["PRAGMA"]),
        # design words alone name nothing
        ("Effect of X on Y: A Randomized Clinical Trial", []),
        ("Effect of X on Y in the ICU: A Randomized Clinical Trial", []),
    ],
)
def test_a_name_before_title_case_design_words_is_the_trial(title, own):
    names = trials.find_trial_names(
        title + "\n\nMethods: we randomly assigned 300 patients.", title
    )
    assert [trials.key(n) for n in names.own] == own


def test_a_name_in_a_list_of_other_publications_is_cited():
    title = "Balanced multielectrolyte solution versus saline in critically ill adults"
    text = (
        title
        + "\n\nSimon Finfer, John Myburgh; PLUS Study Investigators and the Australian and New Zealand "
        "Intensive Care Society Clinical Trials Group\n\nMethods: 5037 patients were randomly assigned.\n\nSimilar articles\n"
        "  Effect of Intravenous Fluid Treatment With a Balanced Solution vs 0.9% Saline "
        "Solution on Mortality: The BaSICS Randomized Clinical Trial. Zampieri FG, et al. "
        "JAMA. 2021.\n"
    )
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == ["PLUS"]
    assert [trials.key(n) for n in names.cited] == ["BASICS"]


@pytest.mark.parametrize(
    "text, own",
    [
        # a correction notice belongs to the article it corrects: the trials of its citation
        (
            "THE LANCET | Online First | Department of Error\n\nDepartment of Error\n\nShahzad "
            "A, Kemp I, Mars C, et al. Unfractionated heparin versus bivalirudin in primary "
            "percutaneous coronary intervention (HEAT-PPCI): an open-label, single centre, "
            "randomised controlled trial. Lancet 2014; published online July 5. - In the "
            "Findings section the proportion was misstated.\n",
            ["HEAT-PPCI"],
        ),
        (
            "THE LANCET\nDepartment of Error\n\nGriffiths CEM, Reich K, et al, for the "
            "UNCOVER-2 and UNCOVER-3 investigators. Comparison of ixekizumab with etanercept or "
            "placebo in moderate-to-severe psoriasis (UNCOVER-2 and UNCOVER-3): results from two "
            "phase 3 randomised trials. Lancet 2015; 386: 541-51 - In table 2, the column "
            "headings were transposed.\n",
            ["UNCOVER-2", "UNCOVER-3"],
        ),
        # the heading as the last cell of a header line
        (
            "THE LANCET   |   Department of Error\nPublished: 2021\n\nBaas P, Scherpereel A, "
            "Nowak AK, et al. First-line nivolumab plus ipilimumab in unresectable malignant "
            "pleural mesothelioma (CheckMate 743): a multicentre, randomised, open-label, phase 3 "
            "trial. Lancet 2021; 397: 375-86 - In table 3 one number was wrong.\n",
            ["CHECKMATE-743"],
        ),
        (
            "Correction to: Dapagliflozin in Patients with Heart Failure (DAPA-HF)\n\nIn the "
            "original article, a figure legend was wrong.\n",
            ["DAPA-HF"],
        ),
    ],
)
def test_a_correction_notice_reports_the_trials_of_the_article_it_corrects(text, own):
    record, _ = parsing.parse_document("notice", "notice.txt", text.encode())
    assert [trials.key(n) for n in record["trial_names"].split(";") if n] == own


def test_a_paper_mentioning_a_correction_is_no_notice():
    text = (
        "Results\nAfter correction for multiple testing, 12 of 46 outcomes differed, as Smith "
        "et al. found in 2015 (Lancet).\nErratum in: Lancet. 2016;387:1234.\n"
    )
    assert parsing.corrected_article(text) == ""


def test_drugs_of_other_publications_listed_on_a_page_are_not_its_drugs():
    text = (
        "UK iron trial narrowly misses\n\nIntravenous ferric derisomaltose cut admissions in "
        "the IRONMAN trial.\n\nRelated: Sotagliflozin in HFpEF: what now? | Guidelines\n\n"
        "Similar articles\n  Dapagliflozin in heart failure. N Engl J Med. 2019.\n"
    )
    assert parsing.drug_names(text) == []
    assert parsing.drug_names("Dapagliflozin in heart failure.\n") == ["dapagliflozin"]


@pytest.mark.parametrize(
    "text, own",
    [
        # a sponsor's protocol code in brackets after the name (a compound code and a study
        # number), and an apposition naming the design before "comparison"
        (
            "The ASH 2021 meeting gave interim results of SEQUOIA (study BGB-3111-304), which "
            "compared zanubrutinib with bendamustine-rituximab.",
            ["SEQUOIA"],
        ),
        ("Results of KEYNOTE-189 (MK-3475-189) were updated.", ["KEYNOTE-189"]),
        (
            "Investigators today presented Eldercare-AF, a double-blind phase 3 comparison of "
            "once-daily edoxaban 15 mg with placebo in 984 Japanese patients.",
            ["ELDERCARE-AF"],
        ),
        # a drug's own code in brackets is no protocol of a trial
        (
            "The company said its candidate, RSVpreF (PF-06928316), met a primary endpoint.",
            [],
        ),
        # names listed together before a plural trial word are the reported trials, when
        # every other name is cited
        (
            "Novartis announced that secukinumab met its end points in the Phase III FIXTURE and "
            "ERASURE studies in psoriasis. In FIXTURE, both doses cleared skin.",
            ["FIXTURE", "ERASURE"],
        ),
        (
            "Results of the VOYAGE-1 and VOYAGE-2 trials were presented; the earlier "
            "PHOENIX-1 study had used ustekinumab.",
            ["VOYAGE-1", "VOYAGE-2"],
        ),
        # ... or said to be trials with a count or a plural verb; a name printed less often
        # (an extension the patients may join) does not stand in the way
        (
            "Vertex announced results from TRAFFIC and TRANSPORT, two Phase 3 studies that "
            "enrolled 1,108 people. People who complete either study may continue in PROGRESS, "
            "an ongoing rollover study. TRAFFIC and TRANSPORT were randomised, double-blind, "
            "placebo-controlled studies.",
            ["TRAFFIC", "TRANSPORT"],
        ),
        # a separate trial, or one still testing, is cited
        (
            "Mavacamten doubled the response, according to the phase 3 EXPLORER HCM study "
            "presented at the congress. A separate trial, VALOR-HCM, is testing whether it "
            "spares surgery.",
            ["EXPLORER-HCM"],
        ),
        # the second of a twin pair printed by its number alone
        (
            "Results: in the phase 3 ACHIEVE-I and -II trials, pain freedom was higher.",
            ["ACHIEVE-1", "ACHIEVE-2"],
        ),
        (
            "Novo Nordisk announced that SWITCH 1 and SWITCH 2, two double-blind, crossover "
            "trials, met their primary endpoint.",
            ["SWITCH-1", "SWITCH-2"],
        ),
        # a programme's boilerplate in the present tense lists its trials, not the reported one
        (
            "Gilead reported an interim analysis of PURPOSE 2, its phase 3 study of "
            "lenacapavir. Earlier, PURPOSE 1 results were announced. About the PURPOSE "
            "programme: PURPOSE 1 and PURPOSE 2 are the registrational studies.",
            ["PURPOSE-2"],
        ),
        # ... not when the list is cited, nor beside a name of the page's own
        (
            "The CLEAR trial compared secukinumab with ustekinumab in 676 patients. Unlike the "
            "earlier FIXTURE and ERASURE studies, it used an active comparator.",
            ["CLEAR"],
        ),
        # a verb only a trial takes, said of the name
        (
            "AMAGINE-1 compared brodalumab 140 mg and 210 mg with placebo in adults.",
            ["AMAGINE-1"],
        ),
        ("ELOQUENT-2 met its primary end point of progression-free survival.", ["ELOQUENT-2"]),
        ("SWIFT PRIME was presented in the late-breaking session.", ["SWIFT-PRIME"]),
        ("Data were presented at the meeting.", []),
        # a congress page's heading is no name; a trial the results add to is cited
        (
            "ESC CONGRESS 2017 - BARCELONA - HOT LINE SESSION REPORT\nThat was the message of "
            "DETO2X (Determination of the Role of Oxygen in Suspected Acute Myocardial "
            "Infarction). The results add to the smaller Australian AVOID study.",
            ["DETO-2-X"],
        ),
        # ... but opens a name it is hyphened to
        ("The Australian and New Zealand CKD-FIX trial gave allopurinol.", ["CKD-FIX"]),
        ("The HF-ACTION trial enrolled 2331 patients.", ["HF-ACTION"]),
        # (capitals closed by a number: the second trial of a name, "MS-STAT2", not "STAT2")
        ("The trial, known as MS-STAT2, recruited 964 people with SPMS.", ["MS-STAT-2"]),
        ("The COVID-OUT2 trial enrolled 1300 adults.", ["COVID-OUT-2"]),
        ("eGFR by the CKD-EPI equation fell.", []),
        ("The COVID-19 trial enrolled adults.", []),
        # a disease's or procedure's abbreviation names no trial
        ("The OSCAR (OSCillation in ARDS) study randomised 795 adults.", ["OSCAR"]),
        ("In the ARDS study, STEMI patients had PCI or CABG.", []),
        # an apposition with its sponsor's possessive
        (
            "The latest is VESTRI, AstraZeneca's 26-week trial of budesonide-formoterol.",
            ["VESTRI"],
        ),
        # a trial brought in for comparison is cited
        (
            "In the PEPTIC trial, mortality did not differ. The placebo-controlled SUP-ICU "
            "trial in Europe likewise found no mortality effect.",
            ["PEPTIC"],
        ),
        ("ISCHEMIA enrolled 5,179 participants.", ["ISCHEMIA"]),
        # names in apposition to a counted plural trial word, as many as the count says
        (
            "The companies said that both of their twin phase 3 monotherapy studies of the "
            "drug in adults with atopic dermatitis, SOLO 1 and SOLO 2, reached their primary "
            "endpoint. In SOLO 1, 37% of patients responded.",
            ["SOLO-1", "SOLO-2"],
        ),
        (
            "Results came from two phase 3 trials of the antibody: UNCOVER-2 and UNCOVER-3.",
            ["UNCOVER-2", "UNCOVER-3"],
        ),
        # ... not a count the list does not match, nor a list broken by a description
        (
            "Results came from three phase 3 trials of the antibody: UNCOVER-2 and UNCOVER-3.",
            [],
        ),
        (
            "The finding follows two smaller American studies: CITRIS-ALI, in patients with "
            "sepsis and lung injury, and VICTAS, which was stopped early.",
            [],
        ),
        # a numbered name reporting a finding is a trial's (here another trial than the
        # title's), a bare acronym is not
        ("KEYNOTE-189 showed that adding pembrolizumab halved the risk of death.", ["KEYNOTE-189"]),
        ("MRI showed no new lesions, and FDA found no safety signal.", []),
        # a trial word as report titles print it: an RCT, a substudy of the trial
        (
            "Oral versus intravenous antibiotics for bone and joint infection: the OVIVA "
            "non-inferiority RCT.",
            ["OVIVA"],
        ),
        ("Infarct size was measured in the CvLPRIT substudy.", ["CVLPRIT"]),
        ("Two RCTs and one substudy were pooled.", []),
        # a name spelled out in a bracket before its trial word; a cooperative group is none
        (
            "The MENDS2 (Maximizing the Efficacy of Sedation and Reducing Neurological "
            "Dysfunction and Mortality in Septic Patients with Acute Respiratory Failure) trial "
            "enrolled 422 patients.",
            ["MENDS-2"],
        ),
        ("Monash University / ANZICS Clinical Trials Group", []),
        # a second group's code after a slash, before the trial word
        ("Unicancer GI PRODIGE 24/CCTG PA.6 trial: adjuvant mFOLFIRINOX", ["PRODIGE-24"]),
        # not a name: a word compared with another, nor an abbreviation of a measure
        ("ECOG compared with Karnofsky scores.", []),
        ("Among 950 randomised patients, mortality was 20%.", []),
    ],
)
def test_names_found_in_the_text_by_their_use(text, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, "").own] == own


def test_a_programme_in_the_title_is_reported_through_its_numbered_trials():
    title = "Tresiba lowered the rate of hypoglycaemia in two SWITCH trials"
    text = (
        title + "\n\nNovo Nordisk announced that SWITCH 1 and SWITCH 2, two double-blind "
        "crossover trials, both achieved their primary endpoint."
    )
    found = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in found.own] == ["SWITCH-1", "SWITCH-2"]
    assert [trials.key(n) for n in found.cited] == ["SWITCH"]
    # a title naming one trial of the programme keeps it
    title = "SWITCH 2: degludec lowered hypoglycaemia in type 2 diabetes"
    text = title + "\n\nSWITCH 1 and SWITCH 2 were double-blind crossover trials."
    assert [trials.key(n) for n in trials.find_trial_names(text, title).own] == ["SWITCH-2"]


@pytest.mark.parametrize(
    "title, text, own",
    [
        # a programme the title names, with a phase before it, reported through the numbered
        # trials the text prints, "ASTRAL-1, -2 and -3" listed by their numbers
        (
            "Gilead Announces Publication of Phase 3 ASTRAL Results for Sofosbuvir/Velpatasvir",
            "-- Data from ASTRAL-1, -2 and -3 appear in The New England Journal of Medicine --\n"
            "The three studies enrolled 1,558 patients.",
            ["ASTRAL-1", "ASTRAL-2", "ASTRAL-3"],
        ),
        # ... or printed with a word before each number, "ELEVATE UC 52 and ELEVATE UC 12"
        (
            "Etrasimod as induction and maintenance therapy for ulcerative colitis (ELEVATE): "
            "two randomised, double-blind, placebo-controlled, phase 3 studies",
            "Methods: ELEVATE UC 52 and ELEVATE UC 12 were two independent, multicentre, "
            "randomised, placebo-controlled phase 3 trials.",
            ["ELEVATE-UC-52", "ELEVATE-UC-12"],
        ),
        # (never a name the programme's does not open, nor a long tail before its number)
        (
            "Etrasimod for ulcerative colitis (ELEVATE): two randomised phase 3 studies",
            "Methods: ELEVATE and its long-term extension ELEVATE OLE ran in 40 countries; "
            "OASIS 2 had tested the 1 mg and 2 mg doses.",
            ["ELEVATE"],
        ),
        # a phase before a protocol code, or before part of a longer name, cues nothing
        (
            "Long-Term Survival Analysis of the Randomized Phase III E3805 CHAARTED Trial",
            "Early results of E3805 CHAARTED showed that adding docetaxel lengthened survival.",
            ["CHAARTED"],
        ),
        (
            "Metabolic Abnormalities Following Tirzepatide: A Phase 3 SURPASS J-mono Post Hoc "
            "Analysis",
            "We analysed 636 patients.",
            [],
        ),
        # a secondary paper's title names the trials it analyses after "analysis of", as a
        # results paper's does after "results of"
        (
            "Etrasimod in ulcerative colitis by prior biologic or JAK inhibitor exposure: "
            "subgroup analysis of ELEVATE UC 52 and ELEVATE UC 12",
            "We analysed 787 patients by their earlier treatment.",
            ["ELEVATE-UC-52", "ELEVATE-UC-12"],
        ),
        (
            "Kidney outcomes by baseline albuminuria: a post hoc analysis of the CREDENCE-2 "
            "randomized clinical trial",
            "We analysed 787 patients by their earlier treatment.",
            ["CREDENCE-2"],
        ),
        # a compound's company code in brackets after the drug's name is the drug's, not a
        # trial's name; a cooperative group's protocol of four digits in brackets, or a
        # sponsor's study number after its drug code, still names its trial
        (
            "0521 DARIDOREXANT (ACT-541468), A DUAL OREXIN RECEPTOR ANTAGONIST FOR THE TREATMENT "
            "OF INSOMNIA DISORDER: DOUBLE-BLIND, RANDOMIZED PHASE 3 STUDIES",
            "We randomly assigned 930 patients.",
            [],
        ),
        (
            "Once-weekly tirzepatide (LY3298176) in type 2 diabetes: a randomised trial",
            "We randomly assigned 930 patients.",
            [],
        ),
        (
            "Hepatectomy alone versus hepatectomy followed by chemotherapy for colorectal liver "
            "metastases (JCOG0603): a randomised phase 2/3 trial",
            "We randomly assigned 930 patients.",
            ["JCOG-0603"],
        ),
        (
            "Nivolumab versus docetaxel in squamous lung cancer (ONO-4538-05): a randomised trial",
            "We randomly assigned 930 patients.",
            ["ONO-4538-05"],
        ),
        (
            "Adjuvant pembrolizumab versus placebo in resected melanoma (KEYNOTE-054): a "
            "randomised phase 3 trial",
            "We randomly assigned 930 patients.",
            ["KEYNOTE-054"],
        ),
    ],
)
def test_a_phase_before_a_name_and_a_programmes_numbered_trials(title, text, own):
    found = trials.find_trial_names(title + "\n\n" + text, title)
    assert [trials.key(n) for n in found.own] == own


def test_a_title_opened_by_a_name_and_its_follow_up_and_the_first_of_a_series_cited():
    title = "FAME II at five years: stents for pressure-positive lesions keep paying off"
    text = (
        title + "\n\nThe trial randomly assigned 888 patients. The first FAME study, published "
        "in 2009, was a different question altogether."
    )
    found = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in found.own] == ["FAME-2"]
    assert [trials.key(n) for n in found.cited] == ["FAME"]


def test_a_wire_service_in_a_press_release_dateline_is_no_trial():
    title = "BOSTON, March 2023 (GLOBE NEWSWIRE) — Karuna Announces Results from Phase 3 EMERGENT-3 Trial"
    text = title + "\n\nEMERGENT-3 enrolled 256 adults."
    assert [trials.key(n) for n in trials.find_trial_names(text, title).own] == ["EMERGENT-3"]


# A bracketed acronym that the capitalised words right before it spell, a trial word among
# them or in the name after the bracket, is a trial's name; a disease's or a field's
# acronym spelled out is not.
@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The European Randomized Study of Screening for Prostate Cancer (ERSPC) enrolled "
            "182,000 men.",
            ["ERSPC"],
        ),
        (
            "The US Prostate, Lung, Colorectal, and Ovarian (PLCO) Cancer Screening Trial found "
            "no reduction.",
            ["PLCO"],
        ),
        ("in the Heart Outcomes Prevention Evaluation Study (HOPE) patients", ["HOPE"]),
        ("Patients with Chronic Obstructive Pulmonary Disease (COPD) were enrolled.", []),
        ("Universal Trial Number (UTN): U1111-1131-5420", []),
    ],
)
def test_a_bracketed_name_spelled_out_before_it(text, names):
    found = trials.find_trial_names(text, "A headline without a name")
    assert [trials.key(n) for n in (*found.own, *found.cited)] == names


@pytest.mark.parametrize(
    "title, own",
    [
        # the names that are all a title holds after its colon, each maybe with a note
        (
            "Less blood, same outcomes: TRICC (adults, 1999) and TRIPICU (children, 2007)",
            ["TRICC", "TRIPICU"],
        ),
        ("Two trials: DAPA-HF and EMPEROR-Reduced", ["DAPA-HF", "EMPEROR-REDUCED"]),
        # not meetings, measures or a title with more words after its names
        ("Heart failure: ESC 2019 and AHA 2020 highlights", []),
        ("Results: HR 0.5 and OR 2", []),
    ],
)
def test_names_listed_after_a_titles_colon(title, own):
    assert [trials.key(n) for n in trials.find_trial_names(title, title).own] == own


def test_a_page_announcing_more_trials_than_it_names_reports_the_named_one_apart():
    title = "Two trials, one answer: allopurinol does not protect the kidneys"
    text = (
        title + "\n\nThe Australian and New Zealand CKD-FIX trial gave allopurinol or placebo. "
        "The second study, Preventing Early Renal Loss in Diabetes, enrolled 530 people."
    )
    names = trials.find_trial_names(text, title)
    assert (names.own, names.own_rules) == (("CKD-FIX",), ("name_of_one_counted_trial",))
    # a page naming its one trial keeps it
    title = "One trial, one answer: allopurinol does not protect the kidneys"
    assert [
        trials.key(n)
        for n in trials.find_trial_names(text.replace("Two trials", "One trial"), title).own
    ] == ["CKD-FIX"]


# A lower-case letter before the capitals of a name, hyphened or spaced to it, is part of
# it ("iFR-SWEDEHEART"); a measure's abbreviation of that shape names nothing.
@pytest.mark.parametrize(
    "text, own",
    [
        ("Five-year results of the iFR-SWEDEHEART trial are reported here.", ["IFR-SWEDEHEART"]),
        (
            "(Funded by X; iFR SWEDEHEART ClinicalTrials.gov number, NCT02166736.)",
            ["IFR-SWEDEHEART"],
        ),
        ("In the iCT-RAPID trial, 900 patients were randomised.", ["ICT-RAPID"]),
        ("The eGFR SLOPE fell less with the drug.", []),
        ("Patients received the mFOLFOX6 regimen.", []),
        ("The iFR-GUIDED strategy was used in half of the patients.", []),
    ],
)
def test_a_lower_case_letter_opening_a_name(text, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, "").own] == own


# A registry's official title may open with the trial's name and a spaced dash before the
# words that call it a trial.
@pytest.mark.parametrize(
    "title, own",
    [
        (
            "ACCENT I - A Randomized, Double-blind, Placebo-controlled Trial of infliximab",
            ["ACCENT-1"],
        ),
        ("BRAVO – A Phase 3 Study of drug Q in adults with asthma", ["BRAVO"]),
        ("NOAH – AFNET 6: no clear benefit of anticoagulation", ["NOAH-AFNET-6"]),
        ("Aspirin - A Randomized Trial of aspirin in the elderly", []),
        ("COVID-19 - A Randomized Trial of early treatment", []),
    ],
)
def test_a_name_before_a_spaced_dash_opening_an_official_title(title, own):
    names = trials.find_trial_names(title, title, registry=True)
    assert [trials.key(n) for n in names.own] == own


# A page counting the trials it reports, each printed with an id of its own, reports each;
# a "registry" the patients came from is no registration statement.
def test_counted_trials_each_printed_with_their_own_id():
    title = "Two trials back a resting index for stenosis decisions"
    text = (
        title + "\n\nTwo randomised trials presented back to back found the index no worse. "
        "The Danish study, ALBA (NCT01111111), randomised 1800 patients through the national "
        "PCI registry; the international CORSO study (NCT02222222) randomised 2400 patients. "
        "The older FAME trials compared physiology with angiography."
    )
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == ["ALBA", "CORSO"]
    assert trials.id_contexts(text).statement_ids == frozenset()
    # a registration statement still is one
    text2 = "The trial is registered with the ISRCTN registry, ISRCTN12345678."
    assert trials.id_contexts(text2).statement_ids == frozenset({"ISRCTN12345678"})
    text3 = "Australian New Zealand Clinical Trials Registry ACTRN12610000123456."
    assert trials.id_contexts(text3).statement_ids == frozenset({"ACTRN12610000123456"})


# What a congress abstract reports from the trials it counts ("18-month efficacy from the
# two phase 3 ... trials") counts them: each printed with an id of its own is reported,
# not the first alone; earlier trials counted so are not the page's.
@pytest.mark.parametrize(
    "purpose, own",
    [
        (
            "Purpose: To report 18-month efficacy from the two phase 3 geographic atrophy (GA) "
            "trials of intravitreal drug P, given monthly or every other month, against sham.",
            ["DERBY", "OAKS"],
        ),
        ("Purpose: To report safety data of both sham-controlled trials.", ["DERBY", "OAKS"]),
        (
            "Purpose: Drug P was weighed against the efficacy of two previous trials of "
            "another drug.",
            ["DERBY"],
        ),
    ],
)
def test_reported_outcomes_of_counted_trials_count_them(purpose, own):
    text = (
        "Congress abstract  |  Retina session  |  Free paper\nAuthor: Frank G. Holz\n\n"
        + purpose
        + "\nSetting: DERBY (NCT03525600) and OAKS (NCT03525613) are phase 3, randomised, "
        "double-masked, sham-controlled trials.\nResults: Of 621 patients in DERBY and 637 in "
        "OAKS, 515 and 516 completed month 18."
    )
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own


# A title giving results of sister trials, each printed in the text beside an id of its
# own, reports each of them (and is no survey of registered trials); other trials printed
# with their ids are still cited.
_SISTERS = (
    "Methods: The parent trials, HERON-1 (NCT01111111) and HERON-2 (NCT02222222), "
    "randomised patients to drug H or placebo. Patients could then enter HERON-LTE "
    "(NCT03333333). Results: 1519 patients received drug H."
)


@pytest.mark.parametrize(
    "title, text, own, survey",
    [
        (
            "Drug H in psoriasis: four-year results from the phase 3 HERON-1, HERON-2 and "
            "long-term extension trials",
            _SISTERS,
            ["HERON-1", "HERON-2"],
            False,
        ),
        (
            "Long-term results of the HERON trials",
            _SISTERS,
            ["HERON-1", "HERON-2", "HERON-LTE"],
            False,
        ),
        # (a survey's title gives no results of them)
        ("Drug H in psoriasis: what three trials taught us", _SISTERS, None, True),
        (
            "Results from the HERON-1 trial of drug H",
            "HERON-1 (NCT01111111) randomised 600 patients. Earlier, OSPREY (NCT02222222) "
            "and KESTREL (NCT03333333) had tested drug K.",
            ["HERON-1"],
            False,
        ),
        (
            "Results from the HERON-2 trial of drug H",
            "HERON-2 (NCT01111111) randomised 600 patients. Earlier, HERON-1 (NCT02222222) "
            "and KESTREL (NCT03333333) had tested drug K.",
            ["HERON-2"],
            False,
        ),
    ],
)
def test_results_of_sister_trials_printed_with_their_ids(title, text, own, survey):
    full = f"{title}\n\n{text}"
    assert trials.surveys_registered_trials(full, title) is survey
    if own is not None:
        names = trials.find_trial_names(full, title)
        assert sorted(trials.key(n) for n in names.own) == own


# A programme's name over as many trials as the title counts, each registered by an id of
# its own in the page's statement, is no one trial's: the page reports each trial by its id.
@pytest.mark.parametrize(
    "title, statement, own",
    [
        (
            "Drug P in lung fibrosis (HARBOUR): two randomised trials",
            "The studies are registered with ClinicalTrials.gov, numbers NCT01111111 and "
            "NCT02222222.",
            [],
        ),
        (
            "Drug P in lung fibrosis (HARBOUR): results of three phase 3 trials",
            "These trials are registered with ISRCTN, numbers ISRCTN11111111, ISRCTN22222222 "
            "and ISRCTN33333333.",
            [],
        ),
        # (one trial, or as many ids as trials but the name printed beside one, or a count
        # the ids do not match, keeps the name)
        (
            "Drug P in lung fibrosis (HARBOUR): a randomised trial",
            "The study is registered with ClinicalTrials.gov, numbers NCT01111111 and NCT02222222.",
            ["HARBOUR"],
        ),
        (
            "Drug P in lung fibrosis (HARBOUR): two randomised trials",
            "HARBOUR (NCT01111111) is registered with ClinicalTrials.gov, as is its sister "
            "(NCT02222222).",
            ["HARBOUR"],
        ),
        (
            "Drug P in lung fibrosis (HARBOUR): two randomised trials",
            "The studies are registered with ClinicalTrials.gov, number NCT01111111.",
            ["HARBOUR"],
        ),
    ],
)
def test_a_programme_over_counted_registered_trials_names_none(title, statement, own):
    text = f"{title}\n\nMethods: Patients were randomly assigned to drug P or placebo. {statement}"
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own


# A page counting the trials it reports, one paragraph or list item each, opening with the
# trial's name and giving its people or results, reports each, however the names are shaped.
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "This week: two randomised trials of drug L in children, published back to back.\n\n"
            "1) ALDER (UK, 30 EDs). 286 children analysed. Seizures stopped in 70% vs 64%.\n\n"
            "2) BirCH (Australia and New Zealand, 13 EDs). 234 children; 50% vs 60%.",
            ["ALDER", "BIRCH"],
        ),
        (
            "Two trials of vaccine V were published together today.\n\nMAPLE, run by the "
            "national institute, randomised 2275 women to one dose or a control vaccine.\n\n"
            "- CeDAR, led from the coast, randomised 930 schoolgirls to one, two or three doses.",
            ["MAPLE", "CEDAR"],
        ),
        # the count as a sentence's subject, its people named with an adjective
        (
            "Two East African trials, using the same two vaccines, have become the backbone of "
            "the case.\n\nMAPLE, run by the national institute, randomised 2275 Kenyan "
            "women.\n\nCeDAR, led from the coast, randomised 930 Tanzanian schoolgirls.",
            ["MAPLE", "CEDAR"],
        ),
        (
            "Two earlier trials, using the same two vaccines, have become the backbone of the "
            "case.\n\nMAPLE, run by the national institute, randomised 2275 Kenyan "
            "women.\n\nCeDAR, led from the coast, randomised 930 Tanzanian schoolgirls.",
            [],
        ),
        # (a paragraph opening with a name but giving no people or results is background:
        # the page reports the one it names, and linking keeps it for the other)
        (
            "Two trials of vaccine V were published together today.\n\nMAPLE, run by the "
            "national institute, randomised 2275 women.\n\nCEDAR, an older study, is "
            "described elsewhere.",
            ["MAPLE"],
        ),
        (
            "Two trials of vaccine V were published together today.\n\nMAPLE (UK) randomised "
            "2275 women.\n\nCEDAR (Kenya) randomised 930 girls.\n\nOAK (Peru) randomised 400 "
            "boys.",
            [],
        ),
    ],
)
def test_counted_trials_opening_their_paragraphs(text, own):
    names = trials.find_trial_names(text, "Weekly digest")
    assert [trials.key(n) for n in names.own] == own


# A programme the title names reports its numbered trials the text prints, but not when
# the title names the programme's extension: that is the trial the page reports
@pytest.mark.parametrize(
    "title, own",
    [
        ("Phase 3 TULIP results of anifrolumab in SLE", ["TULIP-1", "TULIP-2"]),
        ("The TULIP extension trial of anifrolumab in SLE: 3-year results", ["TULIP"]),
        ("Long-term extension of the TULIP trials of anifrolumab in SLE", ["TULIP"]),
    ],
)
def test_a_programmes_extension_in_the_title_is_not_its_numbered_trials(title, own):
    text = (
        "Patients who had finished TULIP-1 or TULIP-2 could continue in a placebo-controlled "
        "extension. Serious adverse events were similar with anifrolumab and placebo."
    )
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own


# A page that says it reports counted trials (its title: "results from two pivotal Phase 3
# trials") and lists that many names after "results from" reports them, the trial word
# left to an apposition after the list; not a list of another length, nor on a page that
# counts no trials.
@pytest.mark.parametrize(
    "title, text, own",
    [
        (
            "Sponsor announces positive topline results from two pivotal Phase 3 trials of "
            "tapinarof in plaque psoriasis",
            "The sponsor today reported topline results from PSOARING 1 and PSOARING 2, "
            "identically designed, vehicle-controlled Phase 3 trials of tapinarof cream. "
            "Patients could roll over into PSOARING 3, an open-label extension study.",
            ["PSOARING-1", "PSOARING-2"],
        ),
        (
            "Two trials, one answer: drug X in heart failure",
            "Investigators presented data from ALPHA-HF, BETA-HF and GAMMA-HF, enrolling 3000 "
            "patients in all.",
            [],
        ),
        (
            "Drug X in heart failure: topline results",
            "The sponsor reported results from ALPHA-HF and BETA-HF, two of its programmes.",
            [],
        ),
    ],
)
def test_names_after_results_from_as_many_as_the_page_reports(title, text, own):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own


# A sentence opened by "In NAME," gives that study's results: the name is a trial's (a
# disease's abbreviation the page spells out is none); an approval resting on counted
# trials reports each.
@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Drug B was safe in asthma. In VESPER, drug B and drug C alone had similar rates "
            "of serious events (HR 1.07).",
            ["VESPER"],
        ),
        (
            "Results: In MAESTRO-LIVER, biopsies from 966 patients showed resolution.",
            ["MAESTRO-LIVER"],
        ),
        # (a condition the page spells out, a year, a lower-case "in", or no comma: none)
        (
            "Diffuse large B-cell lymphoma (DLBCL) is common. In DLBCL, relapse is frequent.",
            [],
        ),
        ("Since then, results in VESPER, the largest trial, were reported.", []),
        ("Drug B was safe. In VESPER the two drugs were compared.", []),
    ],
)
def test_a_sentence_opened_by_in_a_name(text, names):
    found = trials.find_trial_names(text, "")
    assert sorted(trials.key(n) for n in found.own + found.cited) == names


def test_an_approval_resting_on_counted_trials_reports_each():
    title = "First drug for liver fibrosis wins accelerated approval"
    text = (
        f"{title}\n\nRegulators approved drug R. The decision draws on two phase 3 "
        "programmes. In ALPHA-LIVER, biopsies from 966 patients showed resolution in 26% "
        "versus 10%. The 52-week ALPHA NAFLD 1 study supplied most of the safety data."
    )
    names = trials.find_trial_names(text, title)
    assert sorted(trials.key(n) for n in names.own) == ["ALPHA-LIVER", "ALPHA-NAFLD-1"]
    # (a decision resting on earlier trials counts none)
    text = text.replace("draws on two phase 3", "draws on two earlier")
    assert len(trials.find_trial_names(text, title).own) < 2


# A page counting the trials it reports and naming more: the reported ones are those whose
# paragraph counts their people or gives their results; a trial named for background, before
# or after them, is cited.
@pytest.mark.parametrize(
    "title, body, own",
    [
        (
            "Drug C in early breast cancer: two Asian trials, two schedules",
            "Two randomised trials now point the same way.\n\nIn ALDER-01, 434 women who "
            "had finished chemotherapy were assigned to drug C or observation (hazard ratio "
            "0.64).\n\nThe second trial, BIRCH-7 from the Eastern Breast Group, gave the drug "
            "with chemotherapy to 585 women.\n\nBoth sit alongside the Korean CEDAR-X "
            "trial, which tested drug C after surgery.",
            ["ALDER-01", "BIRCH-7"],
        ),
        (
            "Two trials of drug D in status epilepticus",
            "After the ELM trial set the standard, two new studies were published back to "
            "back.\n\nThe English study, OAKWOOD, randomised 286 children; seizures stopped "
            "in 70% and 64%.\n\nThe Australian study, PINETREE, enrolled 234 children (OR "
            "0.80).",
            ["OAKWOOD", "PINETREE"],
        ),
        # (a third name with its own people is no background: the page does not say which
        # two it reports)
        (
            "Drug C in early breast cancer: two Asian trials, two schedules",
            "In ALDER-01, 434 women took drug C.\n\nIn BIRCH-7, 585 women took it.\n\n"
            "The CEDAR-X trial, with 910 women, tested it after surgery.",
            [],
        ),
    ],
)
def test_counted_trials_named_beside_a_background_trial(title, body, own):
    names = trials.find_trial_names(title + "\n\n" + body, title)
    assert [trials.key(n) for n in names.own] == own


# "We pooled ... of two randomised trials: X (spelled out) and Y (spelled out)": the page
# reports both.
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Methods: We pooled the per-protocol populations (n = 3,100) of two randomised "
            "trials: CALDERA (Coronary Assessment of Lesions by Doppler to Estimate Risk of "
            "Adverse events) and MONTE-VERDE (Measurement Of Non-hyperaemic Tests Evaluated "
            "Versus Existing Reference Data). Deferred lesions were followed for a year.",
            ["CALDERA", "MONTE-VERDE"],
        ),
        (
            "Methods: We pooled data of two randomised trials: CALDERA, in stable angina with "
            "a long follow-up of outcomes, and MONTE-VERDE.",
            [],
        ),
    ],
)
def test_a_pooled_analysis_of_counted_trials_spelled_out(text, own):
    names = trials.find_trial_names(text, "Safety of deferral by either index")
    assert sorted(trials.key(n) for n in names.own) == own


# A title printing a name between a count and a plural trial word ("three STRIDER trials")
# names a family of trials: no one trial's name, unless the page prints the numbered trials.
def test_a_counted_family_in_the_title_names_no_one_trial():
    title = "Drug S for growth restriction: three PALM trials, one answer"
    text = (
        title + "\n\nThe PALM collaboration ran national placebo-controlled trials on one core "
        "protocol.\n- UK: 135 women.\n- Ireland: 122 women.\n- Netherlands: 216 women."
    )
    names = trials.find_trial_names(text, title)
    assert names.own == ()
    assert [trials.key(n) for n in names.cited] == ["PALM"]
    # a title naming the trial alone keeps it
    title = "Drug S for growth restriction: the PALM trial"
    assert [trials.key(n) for n in trials.find_trial_names(text, title).own] == ["PALM"]


@pytest.mark.parametrize("word", ["PrEP", "PEP", "HAART"])
def test_intervention_abbreviations_name_no_trial(word):
    text = f"The study of immediate versus deferred {word} (ISRCTN11111111) reported first."
    assert trials.find_trial_names(text, "").own == ()


# A cooperative group's protocol number printed without its group is the same trial ("A5202"
# of "ACTG A5202"); a name in brackets right after another is that trial's other name; a
# group alone names no trial ("the Alliance trial C9343").
@pytest.mark.parametrize(
    "text, own, cited",
    [
        (
            "Methods: In this randomized study, the ACTG A5202 trial, 1858 patients were "
            "assigned. In the A5202 trial's high viral load stratum the hazard ratio was 2.33.",
            ["ACTG-A-5202"],
            [],
        ),
        (
            "Methods: In the RATIFY (CALGB 10603) trial, we assigned 717 patients. In CALGB "
            "10603, event-free survival was longer.",
            ["RATIFY"],
            [],
        ),
        # (a group without its number is none)
        ("Patients were enrolled by ECOG and SWOG sites.", [], []),
    ],
)
def test_cooperative_group_protocols_and_bracketed_aliases(text, own, cited):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


def test_a_numbered_protocols_team_names_the_trial_and_a_group_alone_does_not():
    text = (
        "Abacavir-lamivudine versus tenofovir-emtricitabine\n\nPaul E Sax, Camlin Tierney, "
        "Ann C Collier; AIDS Clinical Trials Group Study A5202 Team\n\nAbstract\n"
    )
    assert [trials.key(n) for n in trials.find_trial_names(text, "A title").own] == ["A-5202"]
    title = "Older women can skip radiation: Alliance trial C9343 holds at 12 years"
    text = title + "\n\nThe Alliance trial C9343 enrolled 636 women."
    assert "ALLIANCE" not in [trials.key(n) for n in trials.find_trial_names(text, title).own]
    assert trials.programme_member("ACTG A5202") == "A-5202"
    # the group's letter stands for the group before a bare number: "CALGB 9343" is C9343
    assert trials.programme_member("CALGB 9343") == "C-9343"
    assert trials.programme_member("ECOG 1199") == trials.key("E1199")
    assert trials.programme_member("NCCTG 9831") == trials.key("N9831")
    assert trials.programme_member("ACOSOG Z0011") == trials.key("Z0011")
    # (a group with no such letter keeps its number: "RTOG 9410")
    assert trials.programme_member("RTOG 9410") == ""


# A network's lettered protocol is a trial's name when the network is named before it or
# the text otherwise cues it; a protocol letter alone is no name.
@pytest.mark.parametrize(
    "text, title, own",
    [
        ("Extension of DRCR Retina Network Protocol S at 55 US sites.", "", ["PROTOCOL-S"]),
        # (its letter read as any name's Roman number is: the same key however printed)
        (
            "Results of the Clinical Research Network's Protocol V were presented.",
            "",
            ["PROTOCOL-5"],
        ),
        ("The DRCR.net study known as Protocol AC compared two drugs.", "", ["PROTOCOL-AC"]),
        (
            "Protocol T: comparing anti-VEGFs\n\nAn interview.",
            "Protocol T: comparing anti-VEGFs",
            ["PROTOCOL-T"],
        ),
        ("Patients in Protocol B were treated with the higher dose.", "", []),
        ("The study protocol was approved. Protocol A patients received drug X.", "", []),
    ],
)
def test_a_networks_lettered_protocol(text, title, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, title).own] == own


# The text spelling a short form as the abbreviation of the condition before it makes it
# no trial's name anywhere, even beside a registry id; a hyphenated short form, or one
# followed by a trial word, is a trial's name spelled from its condition.
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Anxiety is common in postpartum depression (PPD). Three randomised trials ran: "
            "Study B (phase 3, severe PPD, NCT02942004) and Study C (phase 3, moderate PPD, "
            "NCT02942071). Women with PPD received infusions.",
            [],
        ),
        (
            "Cleland JGF, Daubert JC, for the Cardiac Resynchronization-Heart Failure (CARE-HF) "
            "Study Investigators. In CARE-HF, 813 patients were randomly assigned.",
            ["CARE-HF"],
        ),
    ],
)
def test_a_conditions_abbreviation_names_no_trial(text, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, "").own] == own


# A publisher's or news site's list of other pieces ("Recommended articles", "More like
# this", "Read next") quotes other trials: a name there is cited, and leaves the
# registration line's name the page's own.
@pytest.mark.parametrize("heading", ["Recommended articles", "More like this", "Read next"])
def test_a_name_in_a_list_of_recommended_pieces_is_cited(heading):
    text = (
        "Cerebral Embolic Protection During Transcatheter Aortic Valve Replacement\n\n"
        "Abstract\nMethods: 363 patients were randomised to the device or no device.\n"
        "(Cerebral Protection in Transcatheter Aortic Valve Replacement - The SENTINEL Study; "
        "NCT02214277)\n\n"
        f"{heading}\n"
        "  Filter-based cerebral embolic protection with TAVI: the randomised MISTRAL-C trial. "
        "EuroIntervention. 2016.\n"
    )
    names = trials.find_trial_names(text, text.split("\n")[0])
    assert [trials.key(n) for n in names.own] == ["SENTINEL"]
    assert [trials.key(n) for n in names.cited] == ["MISTRAL-C"]


# A programme's acronym, a capitalised word and a number are one numbered trial's name
# ("OCTAVE Induction 1", "JAVELIN Renal 101"); a class, grade, stage or part of something
# else is not ("NYHA Class 3", "KEYNOTE Part 2").
@pytest.mark.parametrize(
    "text, printed",
    [
        ("In the OCTAVE Induction 1 trial, 598 patients", ["OCTAVE Induction 1"]),
        ("the JAVELIN Renal 101 trial", ["JAVELIN Renal 101"]),
        ("the PIONEER Kids II trial", ["PIONEER Kids II"]),
        ("symptoms of NYHA Class 3", ["NYHA", "Class 3"]),
        ("in ATLAS Part 2 of the study", ["ATLAS"]),
        ("after the ATLAS Congress 2019 session", ["ATLAS"]),
    ],
)
def test_a_programmes_numbered_member(text, printed):
    assert [p for _, _, p, _ in trials._shapes(text)] == printed


# "In X, N patients were randomly assigned": an acronym whose patients the sentence assigns
# is a trial's name (an unnumbered one too, by the sentence it opens: "In ZEPHYR, ..."); a
# disease's abbreviation is not, numbered ("T2DM", looked up by its key "T-2-DM"), listed
# ("COPD") or spelled out on the page ("... myelodysplastic syndromes (MYDS). In MYDS, ...")
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "In OCTAVE Induction 2, 541 patients were randomly assigned to drug T.",
            ["OCTAVE Induction 2"],
        ),
        ("In KEYNOTE-189, a total of 616 patients were randomly assigned.", ["KEYNOTE-189"]),
        ("In T2DM, 541 patients were randomized to drug T or placebo.", []),
        ("In COPD, 541 patients were randomized to drug T or placebo.", []),
        ("In ZEPHYR, 541 patients were randomized to drug T or placebo.", ["ZEPHYR"]),
        (
            "Lower-risk myelodysplastic syndromes (MYDS) are common. In MYDS, 541 patients "
            "were randomized to drug T or placebo.",
            [],
        ),
    ],
)
def test_a_numbered_name_whose_patients_are_assigned(text, own):
    assert list(trials.find_trial_names(text, "").own) == own


# a name opened by a digit before three capitals or more ("4ABC", "3CPO"), in the group
# author or before a trial word; never a digit before fewer capitals ("5HT", "3D", "4WD")
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Results\nThe Four Artemisinin-Based Combinations (4ABC) Study Group\nWe compared "
            "four treatments in African children.",
            ("4ABC",),
        ),
        ("Results\nThe 3CPO trial compared CPAP with standard oxygen therapy.", ("3CPO",)),
        ("Results\nWe measured 5HT and took 3D images in 4WD vehicles.", ()),
        ("Results\nPatients received 5-FU with leucovorin.", ()),
    ],
)
def test_a_name_opened_by_a_digit(text, own):
    assert trials.find_trial_names(text, "Results").own == own


@pytest.mark.parametrize(
    "text, word",
    [
        # the id inside a sentence, the line going on after the word
        ("We reviewed NCT02684370 | PEDAL and other records of exercise trials.", "PEDAL"),
        # a heading line whose word after the id is no name
        ("Trial record\nNCT02684370 | HIV\n\nThis study tests exercise in HIV.", "HIV"),
    ],
)
def test_a_word_after_an_id_is_no_name_outside_a_heading_line(text, word):
    assert word not in trials.find_trial_names(text, "Trial record", registry=True).own


def test_abbreviations_with_digits_are_no_names_by_their_keys():
    for printed in ("T2DM", "T2D", "HER2", "PD-L1", "H1N1"):
        assert not trials._may_be_a_name(trials.key(printed)), printed


# An id inside the bracket that opens right after a name, after a description, is that
# trial's: "EDITION 1 (basal plus mealtime insulin; NCT01499082), EDITION 2 (...; ...)"
def test_an_id_in_a_described_bracket_after_a_name():
    text = (
        "Methods: The EDITION 1 (basal plus mealtime insulin; NCT01499082), EDITION 2 (basal "
        "insulin plus oral drugs; NCT01499095) and EDITION 3 (insulin-naive; NCT01676220) "
        "studies shared a 6-month design."
    )
    title = "Patient-level meta-analysis of the EDITION 1, 2 and 3 studies"
    names = trials.find_trial_names(title + "\n\n" + text, title)
    text = title + "\n\n" + text
    starts = [m.start for m in names.mentions]
    beside = {
        rid: trials.name_beside_id(text, s, e, names.mentions, starts).key
        for s, e, rid in trials.registry_id_occurrences(text)
    }
    assert beside == {
        "NCT01499082": "EDITION-1",
        "NCT01499095": "EDITION-2",
        "NCT01676220": "EDITION-3",
    }


# A page counting the trials it reports and listing as many names right after the count
# reports each ("The approval rests on three phase 3 trials - ION-1, ION-2 and ION-3 -");
# "two further studies, A and B," are other trials.
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "FDA approves ledipasvir-sofosbuvir\n\nThe phase 3 ION-3 trial was presented. The "
            "approval rests on three phase 3 trials - ION-1, ION-2 and ION-3 - which together "
            "enrolled 1952 patients.",
            ["ION-1", "ION-2", "ION-3"],
        ),
        (
            "Brodalumab succeeds in psoriasis\n\nThe phase 3 AMAGINE-1 trial met its end "
            "points. Two further studies, AMAGINE-2 and AMAGINE-3, compare brodalumab with "
            "ustekinumab and read out later.",
            ["AMAGINE-1"],
        ),
        # the list after a colon later in the sentence, each name with its bracket
        (
            "Drug E first, chemotherapy later? A pooled analysis of two randomised trials\n\n"
            "Background: Two drug-E-versus-doublet trials with near-identical designs were run "
            "in Asia: CTONG-0901 (MAPLE; carboplatin control; China only) and ENDURE "
            "(cisplatin control; three countries). We pooled individual records.",
            ["CTONG-0901", "ENDURE"],
        ),
        (
            "Drug E in lung cancer: a pooled analysis\n\nTwo trials of drug E were run in "
            "Asia and Europe: MAPLE (n=165) and ENDURE (n=217).",
            ["MAPLE", "ENDURE"],
        ),
        # (not a list of other trials, nor a sentence ended before its colon)
        (
            "Drug E in lung cancer: a pooled analysis\n\nTwo earlier trials of drug E were "
            "run in Asia: MAPLE (n=165) and ENDURE (n=217).",
            [],
        ),
        (
            "Drug E in lung cancer: a pooled analysis\n\nTwo trials of drug E were run. "
            "Sites: MAPLE (n=165) and ENDURE (n=217).",
            [],
        ),
    ],
)
def test_names_listed_after_a_count_of_trials(text, own):
    names = trials.find_trial_names(text, text.split("\n")[0])
    assert [trials.key(n) for n in names.own] == own


# Numbered sister trials listed after their plural trial word and a comma are named, a
# code in brackets after each allowed: "The two identically designed studies, OCTAVE
# Induction-1 (A3921094) and OCTAVE Induction-2 (A3921095), together randomised 1,139
# patients"; not a measure or an abbreviation after "In both studies, ".
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Drug X met its goal in two phase 3 induction studies.\n\nThe two identically "
            "designed studies, OCTAVE Induction-1 (A3921094) and OCTAVE Induction-2 "
            "(A3921095), together randomised 1,139 patients.",
            ["OCTAVE-INDUCTION-1", "OCTAVE-INDUCTION-2"],
        ),
        (
            "Drug X cleared plaques in two trials.\n\nIn the two trials, UNCOVER-2 and "
            "UNCOVER-3, 2570 patients were assigned to drug X or placebo.",
            ["UNCOVER-2", "UNCOVER-3"],
        ),
        ("Drug X in diabetes\n\nIn both studies, HbA1c and weight fell with drug X.", []),
        ("Drug X in dyslipidaemia\n\nIn both trials, LDL and HDL changed with drug X.", []),
    ],
)
def test_numbered_sisters_listed_after_their_plural_trial_word(text, own):
    names = trials.find_trial_names(text, text.split("\n")[0])
    assert [trials.key(n) for n in names.own] == own


# A cooperative group's name and its protocol number name one trial wherever printed,
# the Canadian group's dotted protocols too ("NCIC CTG MA.20", "JBR.10"), and the protocol
# with or without its group is one trial; not a performance status or a flow grade, and
# the group's number lends no cue to the funder before it.
@pytest.mark.parametrize(
    "text, own, cited",
    [
        (
            "Nodal radiotherapy after lumpectomy: interim look at NCIC-CTG MA.20\n\nWhelan "
            "presented the interim analysis of NCIC Clinical Trials Group MA.20.",
            ["NCIC-CTG-MA-20"],
            [],
        ),
        (
            "Vinorelbine plus cisplatin\n\nThe NCIC CTG JBR.10 trial enrolled 482 patients.",
            ["NCIC-CTG-JBR-10"],
            [],
        ),
        (
            "Radiotherapy in glioma\n\nWe present the long-term results of RTOG 0825.",
            ["RTOG-0825"],
            [],
        ),
        ("Salvage radiotherapy\n\nPatients with ECOG 1 and TIMI 3 flow were eligible.", [], []),
        (
            "Adjuvant mFOLFIRINOX\n\n(Funded by R&D Unicancer; PRODIGE 24/CCTG PA.6 "
            "ClinicalTrials.gov number, NCT01526135.)",
            ["PRODIGE-24"],
            [],
        ),
        (
            "Bicalutamide with radiotherapy\n\n(Funded by the National Cancer Institute and "
            "AstraZeneca; RTOG 9601 ClinicalTrials.gov number, NCT00002874.)",
            ["RTOG-9601"],
            [],
        ),
    ],
)
def test_a_cooperative_groups_protocol_names_a_trial(text, own, cited):
    names = trials.find_trial_names(text, text.split("\n")[0])
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


def test_a_dotted_protocol_with_or_without_its_group_is_one_trial():
    assert trials.programme_member("NCIC CTG MA.20") == trials.key("MA.20") == "MA-20"
    assert trials.programme_member("CCTG MA.20") == "MA-20"
    assert trials.programme_member("NCIC Clinical Trials Group MA.20") == ""


# name_reported_now: a news item or release names the trial it reports as the one published
# or presented now, or as the one "the trial" is called, beside others it names in passing
_OTHERS = (
    " Several trials of the same question, the Japanese SKIP study among them, had not reported."
)


@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Patients did as well, according to the DIRECT MT trial, published online today in "
            "the New England Journal of Medicine." + _OTHERS,
            ["DIRECT-MT"],
        ),
        (
            "Mortality was no lower, according to the ECLS-SHOCK trial, presented on Sunday at "
            "the ESC Congress." + _OTHERS,
            ["ECLS-SHOCK"],
        ),
        (
            "Weight fell by 15%, according to the STEP-1 trial published yesterday in the "
            "journal." + _OTHERS,
            ["STEP-1"],
        ),
        (
            "Two drugs cut deaths. The trial, known as PALM - short for a Kiswahili phrase - "
            "was run by the WHO. An earlier trial, PREVAIL II, was smaller.",
            ["PALM"],
        ),
        # not when two names are printed so: a roundup of several trials' news
        (
            "The ALPHA trial, presented today, was positive. The OMEGA trial, presented today, "
            "was not.",
            [],
        ),
        # nor a name published at another time, nor a trial quoted as another
        (
            "The DIRECT MT trial, published in 2020, asked the same question." + _OTHERS,
            [],
        ),
    ],
)
def test_a_news_item_names_the_trial_it_reports_as_the_one_published_now(text, own):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own
    if own:
        assert names.own_rules == ("name_reported_now",)


# A structured abstract's headings printed in capitals are no trial names; a title's bracket
# may spell the name out before its acronym; a trial the result is set beside ("echoes",
# "in line with", "consistent with") is another trial
@pytest.mark.parametrize(
    "title, text, own, cited",
    [
        (
            "Arthroscopic hip surgery compared with physiotherapy: multicentre randomised trial",
            "Antony Palmer, Sion Glyn-Jones, on behalf of the FAIT Study Group\n\n"
            "DESIGN Two-group randomised trial.\nSETTING Seven NHS hospitals.\n"
            "PARTICIPANTS 222 people.\nTRIAL REGISTRATION ClinicalTrials.gov NCT01893034.",
            ["FAIT"],
            [],
        ),
        (
            "Effect of Restrictive vs Liberal Transfusion",
            "DESIGN, SETTING, AND PARTICIPANTS This randomized clinical trial was done at 72 "
            "centers.\nTRIAL REGISTRATION ClinicalTrials.gov Identifier: NCT02968654",
            [],
            [],
        ),
        (
            "Induction of labour at 41 weeks versus expectant management (SWEdish Post-term "
            "Induction Study, SWEPIS): multicentre, open label, randomised, superiority trial",
            "We randomly assigned women.",
            ["SWEPIS"],
            [],
        ),
        # (a bracket spelling out no trial names none)
        (
            "Aspirin in older adults (a randomised study, UK): a trial",
            "We randomly assigned.",
            [],
            [],
        ),
        (
            "Oxford hip trial finds keyhole surgery beats physiotherapy",
            "Function was better after surgery. The trial randomised 222 patients. The result "
            "echoes the Warwick-led UK FASHIoN trial, published last year.",
            [],
            ["FASHION"],
        ),
        (
            "Statins in ARDS",
            "Mortality did not differ. This is in line with the SAILS trial of rosuvastatin.",
            [],
            ["SAILS"],
        ),
    ],
)
def test_headings_a_spelled_out_bracket_and_a_trial_set_beside_the_result(title, text, own, cited):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


# A number opening a duration after a name is no part of it ("the SMART-CHOICE 3-year
# randomized trial" reports SMART-CHOICE, not a trial SMART-CHOICE 3)
@pytest.mark.parametrize(
    "text, own",
    [
        ("Three-year outcomes: the SMART-CHOICE 3-year randomized trial", ["SMART-CHOICE"]),
        ("Results of the ARCTIC 10-year follow-up study", ["ARCTIC"]),
        ("Overall survival in the CheckMate 067 6.5-year follow-up trial", ["CHECKMATE-067"]),
        ("In the SMART-CHOICE 3 trial, patients were randomly assigned.", ["SMART-CHOICE-3"]),
        ("In the SOLO 2 trial of 2 years, patients were randomly assigned.", ["SOLO-2"]),
    ],
)
def test_a_duration_after_a_name_is_no_part_of_it(text, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, text).own] == own


# A name after "+" is one part of a combination of treatments, not a trial
@pytest.mark.parametrize(
    "text, own",
    [
        ("This is an extension of the current RTS,S/AS01 + SMC trial in Mali.", []),
        ("The SMC trial randomly assigned 6000 children.", ["SMC"]),
    ],
)
def test_a_part_of_a_combination_names_no_trial(text, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, "").own] == own


def _own_keys_of_a_title(title: str) -> list[str]:
    """The keys of the own trial names of a page made of ``title`` and a line of text."""
    found = trials.find_trial_names(title + "\n\nSome text.", title)
    return [trials.key(n) for n in found.own]


# A bracket that opens with the registry id and closes with the name ("In this phase III
# study (NCT01708590; AMAGINE-1), ..."): the name is the trial's, as "(NAME; NCT...)" is
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "In this double-blind phase 3 study (NCT01234567; HARBOUR-1), adults were randomised.",
            ["HARBOUR-1"],
        ),
        (
            "Adults were randomised (ClinicalTrials.gov number, NCT01234567, HARBOUR-1) to A or B.",
            ["HARBOUR-1"],
        ),
        (
            "Adults were randomised in 14 countries (ISRCTN12345678; HARBOUR 2) to A or B.",
            ["HARBOUR-2"],
        ),
        # the name must close the bracket, and an id must open it
        ("Adults were randomised (NCT01234567; HARBOUR-1 cohort B) to A or B.", []),
        ("Adults were randomised (Funded by Amgen; HARBOUR-1) to A or B.", []),
    ],
)
def test_a_bracket_opened_by_the_id_and_closed_by_the_name(text, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, "").own] == own


# A registry's name printed after a trial's ("KAEDE UMIN Clinical Trials Registry number")
# is no part of the trial's name
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "(Funded by the Heart Foundation; KAEDE UMIN Clinical Trials Registry number, "
            "UMIN000012345.)",
            ["KAEDE"],
        ),
        ("Methods: the KAEDE ISRCTN-registered trial randomised 300 adults.", ["KAEDE"]),
        (
            "(Funded by the Ministry of Science; LOTUS China Chinese Clinical Trial Register "
            "number, ChiCTR2000029308.)",
            ["LOTUS-CHINA"],
        ),
    ],
)
def test_a_registrys_name_ends_the_trials(text, own):
    assert [trials.key(n) for n in trials.find_trial_names(text, "").own] == own


# A news page naming two or three trials, none more often than the others and none
# presented as another trial: the one whose paragraphs count people or give an estimate is
# the one reported, when the others' paragraphs give neither
RESULTS_PARAGRAPH = (
    "No survival gain from routine pumps after heart attacks\n\n"
    "The ARDENT-SHOCK trial enrolled 380 patients at 30 centres. At 30 days, 46% had died "
    "with the pump and 47% with usual care (relative risk 0.97, 95% CI 0.78-1.20).\n\n"
    "Its leader, who ten years ago ran the PUMP-AMI trial of the balloon pump, said the "
    "routine use of the devices should stop."
)


@pytest.mark.parametrize(
    "text, own, rule",
    [
        (RESULTS_PARAGRAPH, ["ARDENT-SHOCK"], "name_of_the_results_paragraph"),
        # both paragraphs give people or results: neither is chosen
        (
            RESULTS_PARAGRAPH.replace("the PUMP-AMI trial", "the PUMP-AMI trial of 600 patients"),
            [],
            "",
        ),
        # both names in the paragraph of the results: neither
        (
            RESULTS_PARAGRAPH.replace("usual care (", "usual care, as in PUMP-AMI ("),
            [],
            "",
        ),
        # four names: a page surveying trials reports none of them
        (
            RESULTS_PARAGRAPH + " He pointed to the TRIDENT-2 and HALO-AMI trials as well.",
            [],
            "",
        ),
    ],
)
def test_the_name_of_the_paragraph_giving_results(text, own, rule):
    found = trials.find_trial_names(text, text.split("\n")[0])
    assert [trials.key(n) for n in found.own] == own
    assert (found.own_rules[0] if found.own_rules else "") == rule


# A bracket after the id spelling the name out before it ("NCT02008656 (Organ Preservation
# in Rectal Adenocarcinoma, OPRA)") names the trial; a country or continent in a title printed
# in capitals is no name ("... DOLUTEGRAVIR IN AFRICA (NADIA) TRIAL")
@pytest.mark.parametrize(
    "text, title, own",
    [
        (
            "Clinical trial information: NCT01234567 (Organ Preservation in Rectal Cancer, OPRC)",
            "",
            ["OPRC"],
        ),
        ("Registered as NCT01234567 (Rectal Cancer, 2014-2019, phase 2).", "", []),
        (
            "Methods: adults were randomised.",
            "NUCLEOSIDES AND DARUNAVIR/DOLUTEGRAVIR IN AFRICA (NADIA) TRIAL: OUTCOMES AT 96 WEEKS",
            ["NADIA"],
        ),
    ],
)
def test_a_spelled_bracket_after_the_id_and_places_in_capitals(text, title, own):
    found = trials.find_trial_names(title + "\n" + text, title)
    assert [trials.key(n) for n in found.own] == own


# A title's "results of" before names, whatever follows them ("... - Full results of SWIFT
# DIRECT and DIRECT-SAFE published in The Lancet"): each listed name is the page's
@pytest.mark.parametrize(
    "title, own",
    [
        (
            "Thrombectomy alone fails to show noninferiority - Full results of SWIFT DIRECT and "
            "DIRECT-SAFE published in The Lancet",
            ["SWIFT-DIRECT", "DIRECT-SAFE"],
        ),
        ("Findings from ARDENT-2 presented in Madrid", ["ARDENT-2"]),
        # (a name not right after the phrase: "results of two trials" is no name)
        ("Results of two trials of thrombectomy, as DIRECT-MT had suggested earlier", []),
    ],
)
def test_names_after_results_of_in_a_title(title, own):
    assert _own_keys_of_a_title(title) == own


# A numbered name before its results in a title ("...: NUTRIREA 3 results from 61 French
# units") is the title's; a word before "results" is not ("Lab results from ...")
@pytest.mark.parametrize(
    "title, own",
    [
        (
            "Less food in the first week of shock: FEEDRA 3 results from 61 French units",
            ["FEEDRA-3"],
        ),
        ("Kidney outcomes: DAPA-KD2 findings hold across subgroups", ["DAPA-KD-2"]),
        ("Shock care: ICU results from 61 French units", []),
    ],
)
def test_a_numbered_name_before_results_in_a_title(title, own):
    assert _own_keys_of_a_title(title) == own


# A page naming three trials or more, one of them beside its id, that counts no people and
# gives no estimate anywhere (a methods note on trial names) reports none of them; such a page
# naming no trial of its own prints the trials' ids wherever it prints them, none of its own.
# With its people counted, the page keeps what it reports and its own ids.
METHODS_NOTE = (
    "One name, many trials: a methods note\n\n"
    "Numbered sequels. FEEDRA-2 (enteral vs parenteral feeding) and FEEDRA-3 (NCT01234567; "
    "low vs standard calorie targets) share an author but are different trials. "
    "DIGIT-HF (EudraCT 2013-005326-38) is no follow-up of the DIG trial.{extra}\n"
)
NAMES_NOTE = (
    "When trial names collide\n\n"
    "The RAVEN trial of planned delivery (ISRCTN01234567) shares a name with the RAVEN-PCI "
    "trial of cangrelor. The OAKLEY trial of levothyroxine is unrelated to the OAKLEY-2 "
    "trial.{extra}\n"
)


@pytest.mark.parametrize(
    "page, extra, own, cited_ids",
    [
        (METHODS_NOTE, "", "", "2013-005326-38;NCT01234567"),
        (METHODS_NOTE, " FEEDRA-3 randomised 3044 patients.", "FEEDRA-3", "2013-005326-38"),
        (NAMES_NOTE, "", "", "ISRCTN01234567"),
        (NAMES_NOTE, " The RAVEN trial randomised 900 women.", "", ""),
    ],
)
def test_a_note_on_trial_names_reports_none(page, extra, own, cited_ids):
    from metasynth import parsing

    record, _ = parsing.parse_document("d", "d.txt", page.format(extra=extra).encode())
    assert record["trial_names"] == own
    assert record["registry_ids_cited"] == cited_ids


# A name in the title's brackets before where the trial ran and the colon ("... in
# schizophrenia (EMERGENT-2) in the USA: results from a randomised ... trial"); a condition's
# abbreviation in the same place is no name
@pytest.mark.parametrize(
    "title, own",
    [
        (
            "Efficacy and safety of drug X in schizophrenia (EMERGE-7) in the USA: results from "
            "a randomised, double-blind, placebo-controlled, phase 3 trial",
            ["EMERGE-7"],
        ),
        (
            "Drug X for chronic obstructive pulmonary disease (COPD) in China: a randomised trial",
            [],
        ),
    ],
)
def test_a_title_bracket_before_where_the_trial_ran(title, own):
    assert _own_keys_of_a_title(title) == own


# A trial set beside the ones a page reports ("Together with the multinational ELAN study
# published in 2023, the findings ...") is cited
@pytest.mark.parametrize(
    "text, own, cited",
    [
        (
            "Two trials now suggest the wait is unnecessary. Together with the multinational "
            "KESTREL study published in 2023, the findings are likely to change guidance.",
            [],
            ["KESTREL"],
        ),
        ("The KESTREL study randomised 2013 patients.", ["KESTREL"], []),
    ],
)
def test_a_trial_set_beside_the_reported_ones_is_cited(text, own, cited):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


# A record's list of its own ids opening with its name names the trial on any page copying
# it; a spaced sponsor number after a word is no name
@pytest.mark.parametrize(
    "field, own",
    [
        ("Protocol IDs: COLOFOL; Danish Cancer Union 56 100 306, NCT00225641", "COLOFOL"),
        ("Other Study ID Numbers  MAPP1", "MAPP1"),
        ("Protocol IDs: D9480C00007; NCT01234567", ""),
        ("Sponsor: Danish Cancer Union 56 100 306", ""),
    ],
)
def test_a_list_of_a_records_own_ids_opening_with_its_name(field, own):
    from metasynth import parsing

    page = "Follow-up after colorectal cancer surgery\n\n" + field + "\n\nSummary: a trial.\n"
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["trial_names"] == own


def test_a_registrys_acronym_field_in_a_column_beside_another():
    from metasynth import parsing

    page = (
        "ANZCTR   Australian New Zealand Clinical Trials Registry\n\n"
        "Registration number      ACTRN12608000563369\n"
        "Public title             Managing fever, hyperglycaemia and dysphagia in acute stroke\n"
        "Secondary ID: Nil      Trial acronym: QASC2\n"
        "Target sample size       1696\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["trial_names"] == "QASC2"


@pytest.mark.parametrize(
    "title, text, own",
    [
        # a name opened by a few lower-case letters, two capitals or more after them
        (
            "Oral regimens for rifampin-resistant tuberculosis: results of the endTB trial",
            "The endTB trial (NCT02754765) randomised 754 participants.",
            ["ENDTB"],
        ),
        (
            "Tildrakizumab versus placebo or etanercept for chronic plaque psoriasis "
            "(reSURFACE 1 and reSURFACE 2): results from two randomised phase 3 trials",
            "In reSURFACE 1, 772 patients were randomised; in reSURFACE 2, 1090.",
            ["RESURFACE-1", "RESURFACE-2"],
        ),
        # ... or set in mixed case after one capital and a hyphen
        (
            "A drape and a treatment bundle for bleeding after childbirth",
            "What did the E-Motive study do? Researchers worked with hospitals in Kenya.",
            ["E-MOTIVE"],
        ),
        (
            "Monthly vitamin D and mortality in older Australians",
            "The D-Health trial randomised 21,315 adults to vitamin D or placebo.",
            ["D-HEALTH"],
        ),
        # a name and the same name after a lower-case letter ("immediate") are one trial's
        (
            "Immediate kangaroo mother care and survival of infants with low birth weight",
            "WHO Immediate KMC Study Group\n\nThe iKMC trial was coordinated by WHO.",
            ["KMC"],
        ),
    ],
)
def test_names_opened_in_lower_case_or_set_in_mixed_case(title, text, own):
    names = find_trial_names(title + "\n\n" + text, title)
    assert [key(n) for n in names.own] == own


@pytest.mark.parametrize(
    "text",
    [
        # measures, molecules, conditions and cells of the same shapes are never names
        "The eGFR study showed a slower decline in the intervention group.",
        "An mRNA vaccine trial enrolled 30,000 adults in the USA.",
        "In the pMMR subgroup of the trial, the hazard ratio was 0.77.",
        "A phase 3 mCRPC trial of the drug is planned for next year.",
        "A sham-controlled rTMS trial in depression is recruiting.",
        "The T-Cell study group reported higher responses; the D-Dimer study was negative.",
        "An X-Ray study of the chest found no difference.",
    ],
)
def test_measures_and_molecules_of_a_names_shape_name_no_trial(text):
    assert find_trial_names(text, "A headline without a trial name in it").own == ()


def test_a_registration_sentence_names_each_trial_before_its_id():
    text = (
        "reSURFACE 1 is registered with ClinicalTrials.gov, NCT01722331, and reSURFACE 2, "
        "NCT01729754.\n"
    )
    assert sorted(trials.registration_pairs(text)) == [
        ("RESURFACE-1", "NCT01722331"),
        ("RESURFACE-2", "NCT01729754"),
    ]
    # (an id with no name of its own before it pairs nothing)
    assert trials.registration_pairs(text.replace("and reSURFACE 2,", "and")) == []


@pytest.mark.parametrize(
    "text, named",
    [
        # a trial's verb after an apposition saying who ran it or what it is
        (
            "COLOFOL, led by Peer Wille-Jorgensen of the Danish Colorectal Cancer Group, "
            "compared two schedules of CT plus CEA in 2509 patients.",
            ["COLOFOL"],
        ),
        ("SELECT, which ran in 41 countries, enrolled 17,604 adults with obesity.", ["SELECT"]),
        (
            "ARTESIA, led by Jeff Healey from McMaster University, randomised patients whose "
            "devices had logged short runs of atrial fibrillation.",
            ["ARTESIA"],
        ),
        # not an apposition with no trial's verb after it, nor "compared with"
        ("NICE, a public body, said the drug was not cost-effective.", []),
        ("MRI, which is more sensitive, compared with CT in 40 patients.", []),
        # not a sentence break between the name and the verb
        ("SELECT, which ran in 41 countries. Investigators enrolled 17,604 adults.", []),
    ],
)
def test_a_trials_verb_after_an_apposition_uses_a_name(text, named):
    read = trials._names_in_text(text)
    assert sorted(read.accepted.values()) == named


def test_a_design_apposition_never_reaches_past_the_names_bracket():
    """ "POETYK PSO-1 (PrOgram to Evaluate the efficacy and safety of BMS-986165, a selective
    TYK2 inhibitor) is a ... trial": the trial is the programme's, not the drug code's."""
    text = (
        "Sponsor today reported positive results from POETYK PSO-1, the first pivotal phase 3 "
        "trial of deucravacitinib (BMS-986165), an oral TYK2 inhibitor.\n\nPOETYK PSO-1 "
        "(PrOgram to Evaluate the efficacy and safety of BMS-986165, a selective TYK2 "
        "inhibitor) is a multi-center, randomized, double-blind trial that enrolled 666 "
        "patients."
    )
    names = find_trial_names(text, "Deucravacitinib (BMS-986165) Demonstrated Superiority")
    assert [key(n) for n in names.own] == ["POETYK-PSO-1"]
    # (an apposition within the name's sentence still calls it a trial)
    assert [key(n) for n in find_trial_names("VESTRI, a 26-week safety trial, ended.", "").own] == [
        "VESTRI"
    ]


def test_a_trials_number_printed_after_its_title_bracket():
    title = (
        "Nitrous Oxide and Serious Long-term Morbidity and Mortality in the Evaluation of "
        "Nitrous Oxide in the Gas Mixture for Anaesthesia (ENIGMA)-II Trial"
    )
    names = find_trial_names(title + "\n\nThe ENIGMA-II trial had allocated 7,112 patients.", title)
    assert [key(n) for n in names.own] == ["ENIGMA-2"]
    # (a bracket's own name stays when no number and trial word follow it)
    other = "Evaluation of Nitrous Oxide in the Gas Mixture for Anaesthesia (ENIGMA) - a trial"
    assert [key(n) for n in find_trial_names(other + "\n\nText.", other).own] == ["ENIGMA"]


# An abbreviation the text defines as an organisation's ("Australasian Gastro-Intestinal
# Trials Group (AGITG)", "Typhoid Vaccine Acceleration Consortium (TyVAC)") names no trial;
# a group's protocol number in the bracket does ("Japan Clinical Oncology Group (JCOG0301)");
# and an adjective of a region before "trial" ("the Australasian trial") is no name.
@pytest.mark.parametrize(
    "title, text, own, cited",
    [
        (
            "Laparoscopic or open resection for rectal cancer: two-year results",
            "Stevenson AR, Solomon MJ; on behalf of the Australasian Gastro-Intestinal Trials "
            "Group (AGITG) investigators. We report 2-year outcomes in the Australasian trial "
            "that compared laparoscopic with open resection.",
            (),
            (),
        ),
        (
            "Typhoid conjugate vaccine protects children in Nepal",
            "Funded by the Typhoid Vaccine Acceleration Consortium (TyVAC), the trial "
            "vaccinated 20,000 children.",
            (),
            (),
        ),
        (
            "Thoracic radiotherapy with or without low-dose carboplatin in elderly patients: a "
            "randomised phase 3 trial by the Japan Clinical Oncology Group (JCOG0301)",
            "Patients were randomly assigned to radiotherapy alone or with carboplatin.",
            ("JCOG0301",),
            (),
        ),
    ],
)
def test_an_organisations_abbreviation_names_no_trial(title, text, own, cited):
    names = find_trial_names(title + "\n\n" + text, title)
    assert (names.own, names.cited) == (own, cited)


# A sentence opening by counting the trials it names, after a structured abstract's label
# and with its adjectives between commas, reports each of them; a page whose counting
# sentence names none of them is left to the other rules.
def test_names_in_a_sentence_counting_the_trials_are_the_pages_own():
    title = "Infliximab for Induction and Maintenance Therapy for Ulcerative Colitis"
    text = (
        title + "\n\nMethods: Two randomised, double-blind, placebo-controlled studies - the "
        "Active Ulcerative Colitis Trials 1 and 2 (ACT 1 and ACT 2) - tested infliximab in "
        "adults with ulcerative colitis.\nResults: In ACT 1, 69 percent of patients had a "
        "response at week 8. In ACT 2, the figures were 64 percent.\n"
    )
    names = find_trial_names(text, title)
    assert (names.own, names.cited) == (("ACT 1", "ACT 2"), ())


# A trial's spelled-out name and its acronym share one bracket however they are separated:
# a comma, a semicolon, or square brackets inside the round ones, as The Lancet prints
# them; a spelled-out bracket that is no trial's ("Modified Rankin Scale [MRS]") names none.
@pytest.mark.parametrize(
    "title, text, own",
    [
        (
            "Oral amoxicillin for fast breathing in young infants in Pakistan (Simplified "
            "Antibiotic Therapy Trial [SATT]): a randomised, open-label, equivalence trial",
            "We randomly assigned 2453 infants.",
            ("SATT",),
        ),
        (
            "Oral amoxicillin for fast breathing in young infants in Pakistan (Simplified "
            "Antibiotic Therapy Trial; SATT): a randomised, open-label, equivalence trial",
            "We randomly assigned 2453 infants.",
            ("SATT",),
        ),
        (
            "Neonatal sepsis outcomes",
            "Three sites joined the Simplified Antibiotic Therapy Trial [SATT], which "
            "randomised 2453 infants.",
            ("SATT",),
        ),
        (
            "Thrombectomy outcomes",
            "Disability was read on the Modified Rankin Scale [MRS] at 90 days in 300 patients.",
            (),
        ),
        (
            "Aspirin in older adults (Australian Study of Aspirin [2019]): a randomised trial",
            "We randomly assigned 19114 adults.",
            (),
        ),
    ],
)
def test_a_spelled_out_name_and_its_acronym_in_one_bracket(title, text, own):
    assert find_trial_names(title + "\n\n" + text, title).own == own


# A title may print the trial's name after its trial word, or before the design words that
# call it a trial ("... phase-III trial STOMACH STILL", ": REEACT-2 large-scale pragmatic
# randomised controlled trial"); an acronym after a trial word that does not end the title,
# or before design words that end in no trial word, is no name.
@pytest.mark.parametrize(
    "title, own",
    [
        (
            "Heartburn treatment with bicarbonate-rich mineral water: results of the "
            "randomised, placebo-controlled phase-III trial STOMACH STILL",
            ("STOMACH STILL",),
        ),
        (
            "Carotid stenting or endarterectomy in asymptomatic stenosis: the multicentre "
            "trial SPACE-2",
            ("SPACE-2",),
        ),
        (
            "Telephone-supported computerised cognitive-behavioural therapy: REEACT-2 "
            "large-scale pragmatic randomised controlled trial",
            ("REEACT-2",),
        ),
        (
            "Rivaroxaban in heart failure: a parallel-group, sham-controlled PACE-HF trial",
            ("PACE-HF",),
        ),
        (
            "Ticagrelor after stenting: a randomised trial in the USA and Canada",
            (),
        ),
        (
            "Telephone-supported therapy: REEACT-2 large-scale pragmatic randomised evaluation",
            (),
        ),
    ],
)
def test_a_name_after_its_trial_word_or_before_its_design_words_in_a_title(title, own):
    text = title + "\n\nWe randomly assigned 300 patients."
    assert find_trial_names(text, title).own == own


# A cooperative group's protocol printed with its letter, a hyphen and its number ("NSABP
# B-31", "ACOSOG Z-6051", "SWOG S-1007") is one name, whose member is the protocol
# ("B-31"): pages printing "B-31" alone report the same trial; a group before a bare
# score ("ECOG E-1") is no name.
def test_a_groups_lettered_protocol_with_a_hyphen_is_one_name():
    text = (
        "In the North American study (ACOSOG Z-6051; registered as NCT00726622), 486 "
        "patients were randomised."
    )
    names = find_trial_names(text, "Laparoscopic surgery for rectal cancer")
    assert names.own == ("ACOSOG Z-6051",)
    assert trials.programme_member("ACOSOG Z-6051") == trials.key("Z-6051")
    assert trials.programme_member("NSABP B-31") == trials.key("B-31")
    assert trials.programme_member("SWOG S-1007") == trials.key("S-1007")
    text = "The NSABP B-06 trial randomised 1,851 women; B-06 followed them for 20 years."
    assert find_trial_names(text, "").own == ("NSABP B-06",)
    text = "ECOG E-1 scores were recorded in 300 patients randomly assigned to two arms."
    assert find_trial_names(text, "").own == ()


# An article type in capitals ("ORIGINAL ARTICLE", "RESEARCH LETTER") and a phase, stage,
# part or cohort with its number ("Phase-III-study", "Stage IV") name no trial, wherever
# they stand; a trial word after a real name still cues it ("PHASE-IT study").
@pytest.mark.parametrize(
    "title, text, own",
    [
        ("Acupuncture for chronic pain - ORIGINAL ARTICLE", "We randomised 1162 patients.", ()),
        ("RESEARCH LETTER", "In this RESEARCH LETTER study, we randomised 300 adults.", ()),
        (
            "Prospective Randomised Multicenter Phase-III-study: Radiochemotherapy for rectal cancer",
            "We randomised 1265 patients.",
            (),
        ),
        ("Outcomes in Stage IV trial patients", "The Stage IV trial enrolled 300 patients.", ()),
        (
            "Nursing visits after stroke",
            "The PHASE-IT study randomised 300 patients.",
            ("PHASE-IT",),
        ),
    ],
)
def test_article_types_and_numbered_parts_name_no_trial(title, text, own):
    assert find_trial_names(title + "\n\n" + text, title).own == own


# A page counting more trials than it names as its own reports each name it uses as its
# own (name_of_one_counted_trial), not a family's name its title counts.
def test_a_page_counting_more_trials_than_it_names_reports_the_ones_it_names():
    title = "Two trials, one answer: allopurinol does not protect the kidneys"
    text = (
        title + "\n\nLowering uric acid with allopurinol does not slow the loss of kidney "
        "function, according to two randomised trials published together today.\n\nThe "
        "Australian and New Zealand CKD-FIX trial gave allopurinol or placebo to 369 adults "
        "with stage 3 or 4 chronic kidney disease.\n\nThe second study, Preventing Early Renal "
        "Loss in Diabetes, enrolled 530 people with type 1 diabetes.\n"
    )
    names = find_trial_names(text, title)
    assert (names.own, names.own_rules) == (("CKD-FIX",), ("name_of_one_counted_trial",))
    title = "Sildenafil for fetal growth restriction: three STRIDER trials, one answer"
    text = title + "\n\nThe STRIDER collaboration ran three trials in 2013-2017.\n"
    assert find_trial_names(text, title).own == ()
    # (a meeting's day or round-up reports others' trials: "Day 2: ...", "ESC Congress 2023:
    # ...", "RSV roundup: ...", a late-breaking session; the same page under another title
    # reports the one it names)
    body = (
        "The meeting put two long-awaited trials on stage. In ARTESIA, apixaban cut strokes in "
        "4012 patients with device-detected atrial fibrillation.\n"
    )
    title = "Two trials of anticoagulants for tiny AF bursts"
    assert find_trial_names(title + "\n\n" + body, title).own == ("ARTESIA",)
    for title in (
        "ESC Congress 2023: two trials of anticoagulants for tiny AF bursts",
        "Day 2: two trials of anticoagulants for tiny AF bursts",
        "Two trials of anticoagulants for tiny AF bursts: a late-breaking session",
        "AF roundup: two trials of anticoagulants for tiny AF bursts",
    ):
        assert find_trial_names(title + "\n\n" + body, title).own == (), title


# A registry field that says it holds nothing names no trial ("Acronym: None"); a field
# holding a name still does.
@pytest.mark.parametrize(
    "field, own",
    [
        ("Acronym: None", []),
        ("Study acronym: Nil known", []),
        ("Trial acronym: N/A", []),
        ("Acronym: Not applicable", []),
        ("Acronym: -", []),
        ("Acronym: SCOUT-CAP", ["SCOUT-CAP"]),
        ("Acronym: Nomad", ["NOMAD"]),
    ],
)
def test_a_registry_field_holding_nothing_names_no_trial(field, own):
    text = f"ClinicalTrials.gov ID: NCT02891915\n{field}\nBrief Summary: antibiotics for children."
    names = trials.find_trial_names(text, "Short-course antibiotics for pneumonia", registry=True)
    assert [trials.key(n) for n in names.own] == own


# Words printed in capitals and joined by a function word ("BY", "IN", "VS") are a label or
# a title set in capitals, never a trial's spaced name; a name before them stays one, and a
# report's words after a name before the colon ("FINAL RESULTS") leave the name alone.
@pytest.mark.parametrize(
    "title, text, own",
    [
        (
            "REVIEWED BY: Rajesh Pandey, MD; Narmada Sapkota",
            "The SAIL trial enrolled 460 infants.",
            ["SAIL"],
        ),
        (
            "GLUCOSE REGULATION IN ACUTE STROKE PATIENTS (GRASP) TRIAL: A RANDOMIZED PILOT TRIAL",
            "",
            ["GRASP"],
        ),
        ("DOLPHIN2 FINAL RESULTS: DOLUTEGRAVIR VS EFAVIRENZ IN LATE PREGNANCY", "", ["DOLPHIN-2"]),
        ("KEYNOTE-189 updated analysis: pembrolizumab plus chemotherapy", "", ["KEYNOTE-189"]),
        (
            "PARTNER 3 five-year outcomes: transcatheter valve in low-risk patients",
            "",
            ["PARTNER-3"],
        ),
        # (joined by a hyphen the word stays part of the name)
        ("SPYRAL HTN-ON MED: renal denervation with drugs", "", ["SPYRAL-HTN-ON-MED"]),
        # (a capitals heading that is no name stays without one)
        ("TRIAL OF ASPIRIN IN OLDER ADULTS", "", []),
    ],
)
def test_capitals_joined_by_function_words_are_no_name(title, text, own):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own


def test_a_file_format_in_a_titles_bracket_names_no_trial():
    names = trials.find_trial_names(
        "", "STarT Back randomized controlled trial: stratified care (MP3)"
    )
    assert [trials.key(n) for n in names.own] == []
    names = trials.find_trial_names("", "Trial results for stratified care (PDF, 2 pages)")
    assert [trials.key(n) for n in names.own] == []


# A name in brackets after a word its own letters end with abbreviates the long form that
# word closes ("... Methylcobalamin for ALS (JETALS) Collaborators"): the bracket is the
# trial's name, not another name of the word before it.
def test_a_bracket_ending_with_the_word_before_it_is_no_alias_of_that_word():
    text = (
        "Ryosuke Oki, Ryuji Kaji, for the Japan Early-Stage Trial of Ultrahigh-Dose "
        "Methylcobalamin for ALS (JETALS) Collaborators\n\nQuestion: Does methylcobalamin slow "
        "early ALS?\nFindings: In this trial of 130 patients with ALS, the decline was slower."
    )
    title = "Ultrahigh-Dose Methylcobalamin in Early-Stage Amyotrophic Lateral Sclerosis"
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == ["JETALS"]
    # (a bracket that is another name of the trial before it stays its alias)
    text = "In the RATIFY (CALGB 10603) trial, 717 patients were randomised."
    names = trials.find_trial_names(text, "Midostaurin in FLT3-mutated AML")
    assert [trials.key(n) for n in names.own] == ["RATIFY"]


# A title closing with its trial's name and design words before the trial word names it, as
# NIHR journals print their titles ("...: the FiCTION three-arm RCT"); design words with no
# name before them name nothing.
@pytest.mark.parametrize(
    "title, own",
    [
        ("Caries management for 3- to 7-year-olds: the FiCTION three-arm RCT", ["FICTION"]),
        ("Pressure ulcer prevention: the PRESSURE 2 pilot RCT", ["PRESSURE-2"]),
        ("Stroke care in India: the ATTEND cluster randomised trial", ["ATTEND"]),
        ("Haemorrhoidal artery ligation versus rubber band ligation: the HubBLe RCT", ["HUBBLE"]),
        ("Acupuncture for migraine: the three-arm RCT", []),
        ("Caries in children: a three-arm RCT", []),
    ],
)
def test_a_title_closing_with_a_name_and_design_words_names_the_trial(title, own):
    assert [trials.key(n) for n in trials.find_trial_names("", title).own] == own


# A registry's status printed in capitals names no trial; a title's "updates from" before a
# name is a report of that trial, as "results from" is.
def test_a_registry_status_is_no_name_and_updates_from_a_name_report_it():
    text = (
        "NCT ID: NCT04003142          Last Updated: 2024-11-05\n"
        "Recruitment status: COMPLETED          Study phase: PHASE3\n"
        "The study was COMPLETED in 2021; COMPLETED visits were analysed.\n"
    )
    assert trials.find_trial_names(text, "Trial Outcomes & Findings for a study").own == ()
    title = "Shionogi Provides Updates From SCORPIO-HR, a Global Phase 3 Study of Ensitrelvir"
    text = "SCORPIO-SR was reported earlier. SCORPIO-SR enrolled adults in Asia."
    assert [trials.key(n) for n in trials.find_trial_names(text, title).own] == ["SCORPIO-HR"]


# Trade marks a release prints after a name are read as spaces: the names listed with them
# are each a name ("its pivotal phase 3 trials SKYLIGHT 1™ and SKYLIGHT 2™").
def test_trade_marks_after_names_leave_the_names_whole():
    text = (
        "Two Phase 3 pivotal global trials reported today. The company announced results "
        "from its pivotal phase 3 trials SKYLIGHT 1™ and SKYLIGHT 2™, which test fezolinetant."
    )
    title = "Topline Results from Two Phase 3 Pivotal Global Trials of Fezolinetant"
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == ["SKYLIGHT-1", "SKYLIGHT-2"]
    assert [m.start for m in names.mentions] == [text.index("SKYLIGHT 1"), text.index("SKYLIGHT 2")]


@pytest.mark.parametrize(
    "line, names",
    [
        (
            "Clinical Trial Registration: SKYLIGHT 1 - ClinicalTrials.gov, NCT04003155 (July 2019 "
            "to August 2021); SKYLIGHT 2 - ClinicalTrials.gov, NCT04003142.",
            ["SKYLIGHT 1", "SKYLIGHT 2"],
        ),
        ("FIDELIO-DKD (NCT02540993) and FIGARO-DKD (NCT02545049)", ["FIDELIO-DKD", "FIGARO-DKD"]),
        # (a dash and no registry's name: no id of the name's)
        ("SKYLIGHT 1 - NCT04003155 was cited", []),
    ],
)
def test_names_printed_with_their_registry_ids(line, names):
    assert trials.names_with_registry_ids(line) == names


# A name printed before its group's words and its id counts as printed beside its id: a page
# printing three trials so is a survey of them (a journal club on "a handful of pragmatic
# trials"); two so printed are not.
@pytest.mark.parametrize("third, survey", [(True, True), (False, False)])
def test_a_trials_group_before_its_id_counts_the_name_beside_it(third, survey):
    title = "Journal club: when is an operation better than doing less?"
    text = (
        "1. Wrist fractures. The CROSSFIRE Study Group (ACTRN12616000969460) combined a "
        "randomised trial with a cohort. The eFORRCE trial (ISRCTN95922938) plans 178 patients.\n"
        + (
            "3. Obstetrics. IVON (ISRCTN63484804), a hybrid trial at 10 hospitals, compared iron.\n"
            if third
            else ""
        )
    )
    assert trials.surveys_registered_trials(f"{title}\n\n{text}", title) is survey


# A numbered trial's page cites the series' other numbers it prints, cue or none ("Sustained
# tocolysis (APOSTEL II): ..." on the page of APOSTEL III), up to 20 (not a count printed
# after a name: "In ACT 1, 69 percent"); a page whose own trial has no number cites nothing so.
@pytest.mark.parametrize(
    "title, text, cited",
    [
        (
            "Nifedipine versus atosiban (APOSTEL III): a randomised controlled trial",
            "Related work\n  Sustained tocolysis (APOSTEL II): women still pregnant were randomised.",
            ["APOSTEL-2"],
        ),
        (
            "Infliximab in ulcerative colitis (ACT 1): a randomised trial",
            "Results: In ACT 1, 69 percent of patients had a response at week 8.",
            [],
        ),
        (
            "Nifedipine versus atosiban (APOSTEL): a randomised controlled trial",
            "Related work\n  Sustained tocolysis (APOSTEL II): women still pregnant were randomised.",
            [],
        ),
    ],
)
def test_a_numbered_trials_page_cites_its_series_other_numbers(title, text, cited):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.cited] == cited


# A page's own trial name and more, printed before "substudy", names a part of that trial,
# not another trial; a name standing alone beside a label calling it a trial's, after two
# hyphens as plain text prints a dash, is the page's.
@pytest.mark.parametrize(
    "text, title, own, cited",
    [
        (
            "Patients were randomised to de-escalation or ticagrelor.\n\nSimilar articles\n  "
            "De-escalation in high bleeding risk: the TALOS-AMI HBR substudy. EuroIntervention.",
            "Unguided de-escalation after myocardial infarction (TALOS-AMI): a randomised trial",
            ["TALOS-AMI"],
            [],
        ),
        (
            "Patients were randomised to de-escalation or ticagrelor. The TALOS-AMI HBR trial "
            "is under way in other patients.",
            "Unguided de-escalation after myocardial infarction (TALOS-AMI): a randomised trial",
            ["TALOS-AMI"],
            ["TALOS-AMI-HBR"],
        ),
        ("Patients were randomised.", "Trial summary -- PARADISE-MI", ["PARADISE-MI"], []),
        ("Patients were randomised.", "Trial summary — PARADISE-MI", ["PARADISE-MI"], []),
        ("Patients were randomised.", "News -- PARADISE-MI", [], []),
        ("Patients were randomised.", "Study of the month -- COPD", [], []),
    ],
)
def test_an_own_trials_substudy_and_a_name_labelled_as_a_trial(text, title, own, cited):
    names = trials.find_trial_names(title + "\n\n" + text, title)
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


# An abbreviation the text defines as an institution's, the institution's words spelling
# it ("All India Institute of Medical Sciences (AIIMS)"), names no trial, even before
# "study" in a headline; a trial's name spelled out with an institution in it, or a
# trial's name beside an institution's, stays a name.
@pytest.mark.parametrize(
    "text, title, own",
    [
        (
            "Doctors at the All India Institute of Medical Sciences (AIIMS) report that yoga "
            "cuts migraine attacks. 114 patients with episodic migraine were recruited.",
            "Delhi: Yoga reduces migraines, AIIMS study finds",
            [],
        ),
        (
            "Doctors at the Post Graduate Institute of Medical Education and Research "
            "(PGIMER) ran the PRIME trial, which randomised 300 patients.",
            "",
            ["PRIME"],
        ),
        (
            "The Heart Institute of Japan PRoper level of lipid lOwering with Pitavastatin and "
            "Ezetimibe in acute coRonary syndrome (HIJ-PROPER) trial randomised 1734 patients.",
            "",
            ["HIJ-PROPER"],
        ),
    ],
)
def test_an_institutions_abbreviation_names_no_trial(text, title, own):
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own


# A page pooling a count of trials says how many it reports ("pooling the two identical
# phase 3 trials"), so one name it prints is one of them, not all ("DERMIS-1 and others").
@pytest.mark.parametrize(
    "sentence, count",
    [
        ("To describe outcomes in special areas, pooling the two identical phase 3 trials.", 2),
        ("Outcomes were analysed by pooling data from the three induction studies.", 3),
        ("We pooled individual data of both trials.", 2),
        ("Sites were pooling resources across two hospitals.", 0),
        ("Pooling was not planned; the two previous trials were small.", 0),
    ],
)
def test_a_page_pooling_its_trials_counts_them(sentence, count):
    assert trials._counted_reported_trials(sentence, "") == count


# A field naming the study on any page ("Study name: TRuE V2 (Topical ...)", "Trial name:
# PROCOAG") names its own trial; a field holding a title's words, a placeholder or a
# description names none.
@pytest.mark.parametrize(
    "text, own",
    [
        (
            "Study name: TRuE V2 (Topical Ruxolitinib Evaluation in Vitiligo Study 2). "
            "Sponsor: Incyte Corporation.",
            ["TRUE-5-2"],
        ),
        ("Who took part? 344 people.\nTrial name: PROCOAG\nRegistered in 2017.", ["PROCOAG"]),
        ("Study name: None\nSponsor: a university.", []),
        ("Study name: Effect of yoga on migraine.", []),
        ("Trial name: the Elmira trial.", []),
    ],
)
def test_a_field_naming_the_study_on_any_page(text, own):
    names = trials.find_trial_names(text, "")
    assert [trials.key(n) for n in names.own] == own


# A pooled analysis naming as many trials as it says it pools ("across both trials"), and
# no other, pools them, though it names them in its introduction.
@pytest.mark.parametrize(
    "methods, own, cited",
    [
        (
            "Methods: Efficacy of gefapixant 45 mg versus placebo was examined across both "
            "trials in predefined subgroups.",
            ["COUGH-1", "COUGH-2"],
            [],
        ),
        # (not when it says it pools another number, or nothing)
        (
            "Methods: Efficacy was examined across the three trials in predefined subgroups.",
            [],
            ["COUGH-1", "COUGH-2"],
        ),
        ("Methods: Efficacy was examined in predefined subgroups.", [], ["COUGH-1", "COUGH-2"]),
    ],
)
def test_a_pooled_analysis_pools_the_trials_it_counts(methods, own, cited):
    title = (
        "Improvements in Objective and Subjective Measures of Chronic Cough with Gefapixant: "
        "A Pooled Phase 3 Efficacy Analysis of Predefined Subgroups"
    )
    text = (
        title + "\n\nIntroduction: In the phase 3 trials COUGH-1 and COUGH-2, gefapixant 45 mg "
        "twice daily reduced 24-h cough frequency versus placebo.\n" + methods + "\nResults: "
        "Among 1360 participants analysed, reductions were consistent across subgroups.\n"
    )
    names = trials.find_trial_names(text, title)
    assert [trials.key(n) for n in names.own] == own
    assert [trials.key(n) for n in names.cited] == cited


# A short name ending a longer one the text prints ("The ON MED study" after "the SPYRAL
# HTN-ON MED study") is that trial said short, never a trial of its own; a longer short
# name, or one the text prints alone, stays a name.
@pytest.mark.parametrize(
    "text, names",
    [
        (
            "In the SPYRAL HTN-OFF MED Pivotal study, 331 patients were randomised. The companion "
            "SPYRAL HTN-ON MED study enrolled patients on drugs. The ON MED study continues to "
            "enrol.",
            {"SPYRAL-HTN-OFF-MED", "SPYRAL-HTN-ON-MED"},
        ),
        (
            "In the NEO-COMPASS trial, 300 patients were randomised; the COMPASS trial had "
            "enrolled 27,395.",
            {"NEO-COMPASS", "COMPASS"},
        ),
        ("The OAK trial randomised 1225 patients; the ZOAK trial did not.", {"OAK", "ZOAK"}),
    ],
)
def test_a_short_name_ending_a_longer_one_is_that_trial(text, names):
    found = trials.find_trial_names(text, "")
    assert {trials.key(n) for n in (*found.own, *found.cited)} == names
