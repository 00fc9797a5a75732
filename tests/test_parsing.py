"""Unit tests of document parsing: decoding status and metadata fields."""

from pathlib import Path

import pytest

from metasynth import parsing, trials
from metasynth.tables import DOCUMENT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

SEEDS = ROOT / "seeds"


def parse_seed(prefix):
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return parsing.parse_document(path.stem, str(path), path.read_bytes())


def test_record_has_every_document_column_but_n_estimates():
    record, text = parse_seed("000")
    assert set(record) == set(DOCUMENT_COLUMNS) - {"n_estimates"}
    assert text is not None and record["status"] == "ok"


def test_resort_abstract():
    record, _ = parse_seed("000")
    assert record["source_type"] == "journal_abstract"
    assert record["title"].startswith(
        "Radical metastasectomy followed by sorafenib versus observation"
    )
    # (as the NLM abbreviates "Expert review of clinical pharmacology")
    assert record["journal"] == "Expert Rev Clin Pharmacol"
    assert record["year"] == "2021"
    assert record["first_author"] == "A Mennitto"
    assert record["registry_ids"] == ""
    assert record["registry_ids_partial"] == "NCT0144480"
    assert record["acronym"] == "RESORT"
    assert record["randomized"] == "true"
    assert record["phase"] == "2"
    assert record["n_enrolled"] == "69"
    assert record["design"] == "rct"
    assert record["arms"] == "sorafenib;observation"


# the registry's current study pages ("ClinicalTrials.gov ID", "Study type:") and the
# fields of its posted results ("Unit of measure:", "Comparison group selection:")
def test_a_registry_results_page_of_the_current_layout_is_a_registry_record():
    text = (
        "ClinicalTrials.gov ID: NCT03795298\n\n"
        "Comparison of Anticoagulation With Left Atrial Appendage Closure After AF Ablation\n\n"
        "Study type: Interventional (randomized, parallel assignment)\n"
        "Enrollment (actual): 1600\n\n"
        "OUTCOME MEASURE 1\n"
        "Unit of measure: Kaplan-Meier event rate (%)\n"
        "Statistical analysis 1\n"
        "  Comparison group selection: Device group, Control group\n"
        "  Hazard Ratio (HR): 0.44\n"
    )
    record, _ = parsing.parse_document("r", "r.txt", text.encode())
    assert record["source_type"] == "registry_record"
    # a journal page with a design heading stays an abstract
    text = (
        "Study design: randomized trial.\nMethods: We enrolled 1600 patients.\n"
        "Results: The hazard ratio was 0.44 (95% CI 0.33-0.59).\n"
    )
    record, _ = parsing.parse_document("j", "j.txt", text.encode())
    assert record["source_type"] == "journal_abstract"


def test_single_arm_phase2():
    record, _ = parse_seed("001")
    assert record["source_type"] == "journal_abstract"
    assert record["design"] == "single_arm"
    assert record["randomized"] == "false"
    assert record["phase"] == "2"
    assert record["n_enrolled"] == "48"
    assert record["journal"] == "Cancer" and record["year"] == "2010"


def test_registry_record():
    record, _ = parse_seed("002")
    assert record["source_type"] == "registry_record"
    assert record["design"] == "registry"
    assert record["registry_ids"] == "NCT01444807"
    assert record["registry_ids_partial"] == ""
    assert record["n_enrolled"] == "132"
    assert record["phase"] == "2"
    assert record["randomized"] == "true"
    assert record["year"] == "2011"
    assert record["title"].startswith("Evaluate the Efficacy of Sorafenib")
    assert record["arms"] == "sorafenib;best supportive care"
    assert record["acronym"] == ""


def test_biomarker_rct_abstract():
    record, _ = parse_seed("003")
    assert record["doi"] == "10.1002/cncr.24685"
    assert record["journal"] == "Cancer" and record["year"] == "2010"
    assert record["title"].startswith("Upfront, randomized, phase 2 trial of sorafenib")
    assert record["n_enrolled"] == "80"
    assert record["design"] == "rct"
    assert record["arms"].split(";")[0] == "sorafenib"


def test_desmoid_abstract():
    record, _ = parse_seed("004")
    assert record["title"] == "Sorafenib for Advanced and Refractory Desmoid Tumors"
    assert record["journal"] == "N Engl J Med" and record["year"] == "2018"
    assert record["doi"] == "10.1056/NEJMoa1805052"
    assert record["registry_ids"] == "NCT02066181"
    assert record["phase"] == "3"
    assert record["n_enrolled"] == "87"
    assert record["arms"] == "sorafenib;placebo"


@pytest.mark.parametrize(
    "data, status",
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"abc\x00def", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"Hazard ratio 0.5 caf\xe9 and more text here", "not_utf8"),
    ],
)
def test_unreadable_documents(data, status):
    record, text = parsing.parse_document("x", "seeds/x.txt", data)
    assert text is None
    assert record["status"] == status
    assert record["status_detail"]
    assert record["title"] == "" and record["source_type"] == ""
    assert record["n_bytes"] == len(data)


def test_not_utf8_names_the_byte_offset():
    record, _ = parsing.parse_document("x", "x.txt", b"Results: 12 patients \xff were randomized.")
    assert "offset 21" in record["status_detail"]


def test_byte_order_mark_is_kept():
    record, text = parsing.parse_document(
        "x", "x.txt", "\ufeffTitle of a randomized trial\n\nPatients were randomized.".encode()
    )
    assert record["status"] == "ok"
    assert text.startswith("\ufeff")
    assert "byte-order mark" in record["status_detail"]


def test_sha256_and_file():
    record, _ = parsing.parse_document("x", "some/x.txt", b"abc")
    assert record["sha256"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert record["file"] == "some/x.txt"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sixty-nine patients were randomized between 2012 and 2017.", "69"),
        ("Eighty patients were enrolled.", "80"),
        ("Estimated Enrollment: 132", "132"),
        ("we randomly assigned 87 patients with desmoid tumors", "87"),
        ("One hundred and twelve patients were randomly assigned.", "112"),
        ("A total of 1,204 patients underwent randomization.", "1204"),
        ("Between 2010 and 2014, 602 patients were randomized to X or Y.", "602"),
        # who was enrolled, named by more than "patients"
        ("Investigators enrolled 1884 warfarin users across North America.", "1884"),
        ("The first trial randomised 623 inpatients with diverticulitis.", "623"),
        ("In all, 4,516 infants were randomly assigned to the two strategies.", "4516"),
        ("We enrolled 1210 kidney-transplant recipients.", "1210"),
        # the people a trial was run in, not the people an event happened in
        (
            "The latest is VESTRI, a 26-week trial of budesonide-formoterol against budesonide "
            "alone in 11,693 adolescents and adults with persistent asthma.",
            "11693",
        ),
        ("In the trial, bleeding occurred in 12 patients.", ""),
        # a time before the count is no count
        (
            "At week 12 brodalumab recipients were randomised again. Altogether 3712 patients "
            "underwent randomisation.",
            "3712",
        ),
    ],
)
def test_enrolment(sentence, expected):
    assert parsing.n_enrolled(sentence) == expected


# A count of the places before the people noun counts the places, never the people:
# "Investigators at 18 hospitals in four countries randomised adults" enrols no four.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Investigators at 18 hospitals in four countries randomised adults arriving within "
            "a day of pain onset to a bolus or a smaller regimen.",
            "",
        ),
        ("Twelve centres in three countries enrolled 300 patients.", "300"),
        ("In 64 villages, 1200 children were randomised to the vaccine or control.", "1200"),
    ],
)
def test_a_count_of_places_is_no_enrolment(sentence, expected):
    assert parsing.n_enrolled(sentence) == expected


def test_a_review_or_a_roundup_enrols_no_one():
    review = (
        "Fluids in sepsis: a narrative review\n\nIn this review we discuss trials. The CLASSIC "
        "trial randomly assigned 1554 adults to restrictive or standard fluids.\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", review.encode())
    assert (record["design"], record["n_enrolled"]) == ("review", "")


@pytest.mark.parametrize(
    "text, ids, partial",
    [
        ("ClinicalTrials.gov number, NCT02066181 .", ["NCT02066181"], []),
        ("identifier is NCT0144480.", [], ["NCT0144480"]),
        ("ISRCTN12345678 and EudraCT 2011-001234-56", ["2011-001234-56", "ISRCTN12345678"], []),
        (
            "ACTRN12610000123456; ChiCTR-TRC-12002345; UMIN000012345",
            ["ACTRN12610000123456", "ChiCTR-TRC-12002345", "UMIN000012345"],
            [],
        ),
        ("NCT01234567, NCT01234567 and NCT012345678", ["NCT01234567"], ["NCT012345678"]),
        # the other primary registries of the WHO platform, the prefix printed with a
        # space or a hyphen as often as without
        (
            "Chinese Clinical Trial Registry, ChiCTR 2000029868; ChiCTR-2000030001",
            ["ChiCTR2000029868", "ChiCTR2000030001"],
            [],
        ),
        (
            "PACTR201410000876178, IRCT20200128046294N2, IRCT2012061910003N1, TCTR20200326005",
            [
                "IRCT2012061910003N1",
                "IRCT20200128046294N2",
                "PACTR201410000876178",
                "TCTR20200326005",
            ],
            [],
        ),
        (
            "SLCTR/2017/024; LBCTR2019020193; RPCEC00000259; RBR-6tkmxh; KCT 0001234",
            ["KCT0001234", "LBCTR2019020193", "RBR-6tkmxh", "RPCEC00000259", "SLCTR/2017/024"],
            [],
        ),
        ("ACTRN 12612000123456 and DRKS 00012345", ["ACTRN12612000123456", "DRKS00012345"], []),
        # an EU CT number of the EU's new register is not an EudraCT number and its date
        (
            "EU CT number 2022-500123-45-00 (EudraCT 2019-001234-56)",
            ["2019-001234-56", "2022-500123-45-00"],
            [],
        ),
        # not ids: a Brazilian code without a digit, an Iranian number without its record
        # number, a Pan African number cut short
        ("RBR-abcdef, IRCT20200128046294 and PACTR2014100008", [], []),
        # in lower case, as a registry's address prints them; not inside a longer word
        (
            "clinicaltrials.gov/ct2/show/nct03675256; isrctn56164274; xnct03675257",
            ["ISRCTN56164274", "NCT03675256"],
            [],
        ),
    ],
)
def test_registry_ids(text, ids, partial):
    assert parsing.registry_ids(text) == (ids, partial)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a randomized phase II trial", "2"),
        ("Phase 2/Phase 3", "2/3"),
        ("this phase III study", "3"),
        ("a phase I/II trial", "1/2"),
        ("no phase stated", ""),
    ],
)
def test_phase(text, expected):
    assert parsing.phase(text) == expected


def test_design_meta_analysis_and_review():
    assert (
        parsing.design(
            "We searched PubMed and Embase; 12 trials were included.",
            "Sorafenib in HCC: a meta-analysis",
            False,
        )[0]
        == "meta_analysis"
    )
    assert (
        parsing.design("Text.", "Targeted therapy of renal cancer: a review", False)[0] == "review"
    )
    assert (
        parsing.design(
            "We retrospectively reviewed medical records of 200 patients.", "Outcomes", False
        )[0]
        == "observational"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Patients were randomly assigned (1:1:1) to 54 weeks of sunitinib 50 mg per day orally (4 weeks on, 2 weeks off), "
            "sorafenib 400 mg twice per day, or placebo.",
            ["sunitinib", "sorafenib", "placebo"],
        ),
        (
            "Patients were randomly assigned in a 1:1 ratio to nivolumab 3 mg per kilogram of body weight intravenously every "
            "2 weeks or everolimus 10 mg orally once daily.",
            ["nivolumab", "everolimus"],
        ),
        (
            "1528 women were assigned to carboplatin (AUC 5 or 6) and paclitaxel (175 mg per square meter) every 3 weeks for "
            "6 cycles or to this regimen plus bevacizumab (7.5 mg per kilogram).",
            ["carboplatin and paclitaxel", "this regimen plus bevacizumab"],
        ),
        (
            "Patients were randomised (2:1) to best supportive care plus oral regorafenib 160 mg or placebo once daily during "
            "weeks 1–3 of each 4-week cycle.",
            ["best supportive care plus regorafenib", "placebo"],
        ),
        # the "to" of a phrase describing the patients is not the assignment's
        (
            "We randomized patients with systolic heart failure not due to coronary disease to "
            "an ICD (556 patients) or to usual clinical care.",
            ["icd", "usual clinical care"],
        ),
        (
            "Patients with disease refractory to two previous lines were randomly assigned to "
            "selinexor or to placebo.",
            ["selinexor", "placebo"],
        ),
        (
            "Adults with up to three previous relapses were randomly assigned to ocrelizumab or "
            "interferon beta-1a.",
            ["ocrelizumab", "interferon beta-1a"],
        ),
        # the comparator goes second, however the sentence lists the arms
        (
            "160 patients were randomly assigned to receive conventional therapy or intensive, "
            "target-driven therapy.",
            ["intensive", "conventional therapy"],
        ),
        (
            "Patients were randomly assigned to gemcitabine alone or gemcitabine plus "
            "capecitabine.",
            ["gemcitabine plus capecitabine", "gemcitabine alone"],
        ),
        (
            "Women were randomly allocated to expectant monitoring or induction of labour.",
            ["induction of labour", "expectant monitoring"],
        ),
        # two active arms keep the sentence's order
        (
            "Patients were randomly assigned to apixaban or warfarin.",
            ["apixaban", "warfarin"],
        ),
        # each arm after its count
        (
            "A total of 250 patients were randomly assigned to placebo, 250 to macitentan 3 mg "
            "once daily and 242 to macitentan 10 mg once daily.",
            ["macitentan", "placebo"],
        ),
        (
            "We randomly assigned 3000 patients to apixaban, 2000 to warfarin.",
            ["apixaban", "warfarin"],
        ),
        ("716 patients were randomised, 360 to ECF/ECX and 356 to FLOT.", ["ecf/ecx", "flot"]),
        (
            "26,411 participants were randomly assigned: 12,821 to molnupiravir plus usual care "
            "and 12,962 to usual care alone were included in the primary analysis.",
            ["molnupiravir plus usual care", "usual care alone"],
        ),
        # not the "to" of a range describing the patients; a long description before the arms
        (
            "We randomly assigned 6632 patients, 3 to 14 days after infarction, with an ejection "
            "fraction of 40 percent or less, to eplerenone (25 mg per day) or placebo.",
            ["eplerenone", "placebo"],
        ),
        (
            "We randomly assigned patients with type 2 diabetes and chronic kidney disease (eGFR "
            "50 to 75 with a urinary albumin-to-creatinine ratio >300 and <5000, or eGFR 25 to "
            "<50 with a ratio >100 and <5000) to receive subcutaneous semaglutide at a dose of "
            "1.0 mg weekly or placebo.",
            ["semaglutide", "placebo"],
        ),
        # ... but the "to" after an allocation ratio, and a dose "of" its drug
        (
            "Patients were randomised 1:1 to 13 cycles of palbociclib 125 mg or placebo.",
            ["palbociclib", "placebo"],
        ),
        (
            "We randomly assigned 4731 patients to double-blind treatment with 80 mg of "
            "atorvastatin per day or placebo.",
            ["atorvastatin", "placebo"],
        ),
        # each arm with its count in brackets, right after the verb or after its own count
        (
            "We randomly allocated magnesium sulphate (n=5071) or placebo (n=5070) to women "
            "with pre-eclampsia.",
            ["magnesium sulphate", "placebo"],
        ),
        (
            "Women were randomly allocated placebo (1005) or alendronate (1022), 5 mg daily.",
            ["alendronate", "placebo"],
        ),
        # ... its bracket going on after the count
        (
            "Patients were randomly allocated metoprolol CR/XL (1990 patients; target dose 200 "
            "mg once daily) or placebo (2001 patients).",
            ["metoprolol cr/xl", "placebo"],
        ),
        (
            "A total of 4821 patients were randomly assigned: 2417 to pantoprazole (40 mg "
            "intravenously once daily) and 2404 to placebo.",
            ["pantoprazole", "placebo"],
        ),
        # the first arm described after a comma, the second after "or to"; a list of arms
        # each after "to" keeps every arm
        (
            "Patients were randomized 1:1 to finerenone, titrated to a maximum of 20 mg or 40 mg "
            "once daily depending on kidney function, or to placebo, on top of usual care.",
            ["finerenone", "placebo"],
        ),
        (
            "Patients were randomly assigned to tiotropium, to salmeterol, or to placebo.",
            ["tiotropium", "salmeterol", "placebo"],
        ),
        (
            "Patients were randomly assigned in a 3:2 ratio to receive an implantable "
            "defibrillator (742 patients) or conventional medical therapy (490 patients).",
            ["implantable defibrillator", "conventional medical therapy"],
        ),
        # decimals among the patients' figures, a negative range, and where the trial ran
        (
            "We randomly assigned 4304 participants with an eGFR of 25 to 75 ml per minute per "
            "1.73 m2 to receive dapagliflozin (10 mg once daily) or placebo.",
            ["dapagliflozin", "placebo"],
        ),
        (
            "We randomly assigned 7180 women with a T score of -2.5 to -3.5 at the total hip or "
            "femoral neck to receive monthly romosozumab or placebo.",
            ["monthly romosozumab", "placebo"],
        ),
        (
            "Patients were randomised to tranexamic acid or placebo at 274 hospitals in 40 "
            "countries.",
            ["tranexamic acid", "placebo"],
        ),
        # an arm named with its vehicle (up to 80 characters); not a description of patients
        (
            "Patients with acute pancreatitis were randomly assigned to goal-directed aggressive "
            "resuscitation with lactated Ringer's solution (a bolus of 20 ml per kilogram, then "
            "3 ml per kilogram per hour) or moderate resuscitation (a bolus of 10 ml per "
            "kilogram only in patients with hypovolemia, then 1.5 ml per kilogram per hour).",
            [
                "goal-directed aggressive resuscitation with lactated ringer's solution",
                "moderate resuscitation",
            ],
        ),
        (
            "Patients were randomly assigned to receive eight 21-day cycles of bortezomib, "
            "lenalidomide and dexamethasone (VRd) or six 28-day cycles of lenalidomide and "
            "dexamethasone (Rd).",
            [
                "eight 21-day cycles of bortezomib, lenalidomide and dexamethasone",
                "six 28-day cycles of lenalidomide and dexamethasone",
            ],
        ),
        # a randomised study's patients who received one of two treatments
        (
            "In a global, randomized, double-blind, parallel-group study, patients aged 12 "
            "years or older with asthma received salmeterol plus fluticasone propionate in "
            "combination (FSC) or fluticasone propionate (FP) alone for 26 weeks.",
            [
                "salmeterol plus fluticasone propionate in combination",
                "fluticasone propionate alone",
            ],
        ),
        (
            "In this randomized, double-blind, multicenter, controlled trial, 4447 patients "
            "with type 2 diabetes received olmesartan (40 mg once daily) or placebo for a "
            "median of 3.2 years.",
            ["olmesartan", "placebo"],
        ),
        # the infinitive; a first arm whose commas list what it contains
        (
            "We originally planned to randomly assign patients with COPD and moderate resting "
            "desaturation to supplemental oxygen or no oxygen, with death as the primary outcome.",
            ["supplemental oxygen", "no oxygen"],
        ),
        (
            "4110 recipients were randomly assigned to a multivitamin containing high doses of "
            "folic acid, vitamin B6 and vitamin B12 or to an otherwise identical multivitamin "
            "without folic acid.",
            [
                "multivitamin containing high doses of folic acid, vitamin b6 and vitamin b12",
                "otherwise identical multivitamin without folic acid",
            ],
        ),
        (
            "Patients were randomly assigned to the drug given to every patient who had been "
            "admitted to an intensive care unit in the previous year with sepsis or septic "
            "shock or placebo.",
            [],
        ),
    ],
)
def test_arms_from_randomisation_sentence(text, expected):
    assert parsing.arms(text, "", False) == expected


# An arm described at length is named by its words before the description ("an intensive
# lifestyle program aimed at weight loss ...", "the investigator's choice of ... therapy with
# or without bevacizumab or cetuximab"); a randomised study's treatment "was compared with"
# the other names both arms.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Adults with type 2 diabetes were randomly assigned to an intensive lifestyle program "
            "aimed at weight loss through calorie restriction and more physical activity "
            "(intervention group) or to diabetes support and education (control group).",
            ["intensive lifestyle program", "diabetes support and education"],
        ),
        (
            "412 women were assigned in a 2:1 ratio to olaparib 300 mg twice daily or to the "
            "physician's choice of single-agent chemotherapy with or without maintenance "
            "treatment after a first response.",
            ["olaparib", "physician's choice of single-agent chemotherapy"],
        ),
        (
            "In this randomized, double-blind study, apixaban (10 mg twice daily for 7 days, then "
            "5 mg twice daily for 6 months) was compared with conventional therapy "
            "(subcutaneous enoxaparin followed by warfarin) in 5395 patients.",
            ["apixaban", "conventional therapy"],
        ),
    ],
)
def test_arms_named_before_their_description(text, expected):
    assert parsing.arms(text, "", False) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        # the title's opening is no part of the first arm
        (
            "Effect of Fruquintinib vs Placebo on Overall Survival in Metastatic Colorectal "
            "Cancer: The FRESCO Randomized Clinical Trial",
            ["fruquintinib", "placebo"],
        ),
        (
            "Efficacy and Safety of Ofatumumab versus Teriflunomide in MS",
            ["ofatumumab", "teriflunomide"],
        ),
        # two strategies that differ by a modifier share the head the title prints once
        (
            "Effect of Early vs Delayed Initiation of Renal Replacement Therapy on Mortality in "
            "Critically Ill Patients With Acute Kidney Injury: The ELAIN Randomized Clinical Trial",
            [
                "early initiation of renal replacement therapy",
                "delayed initiation of renal replacement therapy",
            ],
        ),
        (
            "Restrictive versus Liberal Transfusion Strategy for Red Blood Cell Transfusion",
            ["restrictive transfusion strategy", "liberal transfusion strategy"],
        ),
        (
            "Effect of High-Dose vs Standard-Dose Influenza Vaccine on Mortality",
            ["high-dose influenza vaccine", "standard-dose influenza vaccine"],
        ),
        # ... a modifier that names a schedule too ("continuous") kept as the first arm's
        (
            "Continuous vs Intermittent beta-Lactam Antibiotic Infusions in Critically Ill "
            "Patients With Sepsis: The BLING III Randomized Clinical Trial",
            [
                "continuous beta-lactam antibiotic infusions",
                "intermittent beta-lactam antibiotic infusions",
            ],
        ),
        # a drug is no modifier: its comparator's words stay the comparator's
        (
            "Nivolumab versus Investigator's Choice Chemotherapy in Head and Neck Cancer",
            ["nivolumab", "investigator's choice chemotherapy"],
        ),
        # two treatments joined by "or" opening the title, before its population
        (
            "Machine Perfusion or Cold Storage in Deceased-Donor Kidney Transplantation",
            ["machine perfusion", "cold storage"],
        ),
        (
            "Liberal or Restrictive Transfusion after Cardiac Surgery",
            ["liberal transfusion", "restrictive transfusion"],
        ),
        ("Aspirin or Placebo for Primary Prevention in the Elderly", ["aspirin", "placebo"]),
        # ... not an endpoint, nor a phrase with its own preposition
        ("Death or Disability after Preterm Birth", []),
        ("Effect of Drug X on Death or Stroke in Older Adults", []),
        ("Stroke or Systemic Embolism in Patients with Atrial Fibrillation", []),
    ],
)
def test_arms_from_the_title(title, expected):
    assert parsing.arms("", title, False) == expected


# the randomisation sentence's two arms, neither a control, in the order of the title's "A
# versus B" (which names the tested arm first); a sentence's "(control)" mark puts that arm
# second
@pytest.mark.parametrize(
    "text, title, expected",
    [
        (
            "We assigned them to glipizide 30 mg daily or metformin 1.5 g daily for 3 years.",
            "Effects of Metformin Versus Glipizide on Cardiovascular Outcomes in Patients With "
            "Type 2 Diabetes",
            ["metformin", "glipizide"],
        ),
        # the title in the sentence's order: kept
        (
            "We assigned them to metformin 1.5 g daily or glipizide 30 mg daily for 3 years.",
            "Effects of Metformin Versus Glipizide on Cardiovascular Outcomes",
            ["metformin", "glipizide"],
        ),
        # a title naming other things, or none: the sentence's order
        (
            "We assigned them to glipizide 30 mg daily or metformin 1.5 g daily for 3 years.",
            "Early versus late treatment of diabetes in coronary disease",
            ["glipizide", "metformin"],
        ),
        (
            "We assigned them to glipizide 30 mg daily or metformin 1.5 g daily for 3 years.",
            "",
            ["glipizide", "metformin"],
        ),
        # a control word decides, whatever the title's order
        (
            "Patients were randomly assigned to placebo or dapagliflozin 10 mg once daily.",
            "Placebo versus dapagliflozin in heart failure",
            ["dapagliflozin", "placebo"],
        ),
        (
            "During months 0-6 they were randomised to continue the full TNFi dose (control) or "
            "to reduce it by 33% or by 66%.",
            "",
            ["reduce it by 33% or by 66%", "continue full tnfi dose"],
        ),
        (
            "Participants were randomly assigned to the app (intervention) or to the leaflet.",
            "",
            ["app", "leaflet"],
        ),
    ],
)
def test_two_arms_in_the_titles_order_or_with_the_marked_control_second(text, title, expected):
    assert parsing.arms(text, title, False) == expected


def test_registry_arms_with_generic_labels_use_the_intervention():
    text = "Experimental: Arm 1\nDrug: Sorafenib (Nexavar, BAY43-9006)\nPlacebo Comparator: Arm 2\nDrug: Placebo\n"
    assert parsing.arms(text, "", True) == ["sorafenib", "placebo"]


def test_randomised_evidence_elsewhere_does_not_make_a_trial_randomised():
    text = (
        "PURPOSE: This phase II study evaluated sorafenib. RESULTS: A total of 137 patients were treated. "
        "CONCLUSION: Sorafenib showed modest activity; a phase III randomized placebo-controlled trial is ongoing."
    )
    assert parsing.design(
        text,
        "Phase II study of sorafenib in patients with advanced hepatocellular carcinoma.",
        False,
    ) == ("single_arm", "false")


# A trial that says it was randomised in its own words: "X was a ... randomised trial", a
# title's "...: a pragmatic, cluster-randomised trial"; not "a randomised trial is ongoing"
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "PolyIran was a two-group, pragmatic, cluster-randomised trial nested within the "
            "Golestan Cohort Study.",
            ("rct", "true"),
        ),
        (
            "Effectiveness of polypill for prevention of cardiovascular disease (PolyIran): a "
            "pragmatic, cluster-randomised trial\n\nVillages were followed.",
            ("rct", "true"),
        ),
        (
            "COURAGE was a multicenter, randomized study of 2287 patients.",
            ("rct", "true"),
        ),
        (
            "Drug Q showed modest activity in this phase 2 study; a randomized trial is ongoing.",
            ("single_arm", "false"),
        ),
    ],
)
def test_a_trial_calling_itself_randomised(text, expected):
    assert parsing.design(text, "", False) == expected


# A page's own randomisation in the other ways journals, news and plain-language pages say
# it: the methods sentence, a "Design" heading, its patients counted as randomised,
# assignment by chance or in a ratio, a blinded or placebo-controlled trial of its own, a
# title ending on its randomised trial. Not a randomised trial quoted by a cohort study,
# nor a non-randomised comparison.
@pytest.mark.parametrize(
    "text, title, expected",
    [
        (
            "Methods: In a nationwide, randomized, placebo-controlled trial with a two-by-two "
            "factorial design, 25,871 adults took part.",
            "",
            "rct",
        ),
        ("In a cluster-randomized trial, 15 clusters of miners took part.", "", "rct"),
        (
            "METHODS In this two-year, multicenter, double-masked trial, 423 patients took part.",
            "",
            "rct",
        ),
        ("Methods: In a placebo-controlled trial, 19,114 older people took part.", "", "rct"),
        ("We did an open-label, randomised, controlled trial at 15 centres.", "", "rct"),
        (
            "Design, Setting, and Participants  Multicenter, open-label, adjudicator-blinded "
            "randomized trial at 90 Japanese centers.",
            "",
            "rct",
        ),
        (
            "Design: Pragmatic, allocation-concealed, placebo-controlled, parallel-group trial.",
            "",
            "rct",
        ),
        ("Results: Of 530 patients randomised, 273 were given antibiotics.", "", "rct"),
        ("Randomization included 3178 patients, 1561 in the first trial.", "", "rct"),
        (
            "This post hoc analysis pooled study 301 (NCT02946463; 246 randomised) and study "
            "302 (NCT03056040; 195 randomised).",
            "",
            "rct",
        ),
        ("The investigators randomized them double-blind to apixaban or aspirin.", "", "rct"),
        ("The trial randomised about 1100 patients admitted with heart failure.", "", "rct"),
        ("Participants were allocated at random to invasive or conservative care.", "", "rct"),
        ("Each person was put by chance (randomly) into one of two groups.", "", "rct"),
        ("By chance (randomisation), half of the people took nicotinamide.", "", "rct"),
        ("3211 babies were split by chance into two groups.", "", "rct"),
        (
            "The trial enrolled 1,000 patients, randomly assigning them to TAVR or surgery.",
            "",
            "rct",
        ),
        ("Women were enrolled and assigned in a 2:1 ratio to injections or placebo.", "", "rct"),
        ("We ran two double-blind, placebo-controlled phase 3 trials in 2452 patients.", "", "rct"),
        (
            "Remission was reached by 18.5% of patients.",
            "Bleeding Events After PCI: The STOPDAPT-2 Randomized Clinical Trial",
            "rct",
        ),
        (
            "Remission was reached by 18.5% of patients.",
            "Clopidogrel with or without aspirin: an open-label, randomised, controlled trial",
            "rct",
        ),
        (
            "Background: In a randomized trial, aspirin reduced events. Methods: We conducted a "
            "retrospective cohort study of 5000 patients.",
            "",
            "observational",
        ),
        ("In a non-randomised comparison, 40 patients took part.", "", "single_arm"),
        (
            "Remission was reached by 18.5% of patients.",
            "Outcomes of a non-randomized controlled study",
            "unknown",
        ),
        ("The researchers decided to publish the results by chance of timing.", "", "unknown"),
    ],
)
def test_a_page_saying_its_own_randomisation_otherwise(text, title, expected):
    assert parsing.design(text, title, False)[0] == expected


@pytest.mark.parametrize(
    "text, journal, year",
    [
        (
            "2005 ASCO Annual Meeting Proceedings\nJ Clin Oncol 23, No. 16S (June 1 Supplement), 2005: 4510\n",
            "J Clin Oncol",
            "2005",
        ),
        (
            "Annals of Oncology (2019) 30 (suppl_9): ix186-ix187. 10.1093/annonc/mdz446\n",
            "Annals of Oncology",
            "2019",
        ),
        ("J Clin Oncol 31, 2013 (suppl; abstr 4)\n", "J Clin Oncol", "2013"),
        (
            "Lancet. 2018 Mar 24;391(10126):1163-1173. doi: 10.1016/S0140-6736(18)30207-1.\n",
            "Lancet",
            "2018",
        ),
    ],
)
def test_citation_lines(text, journal, year):
    assert parsing.citation(text, False) == (journal, year)


@pytest.mark.parametrize(
    "line, first",
    [
        (
            "Reck M(1), Rodríguez-Abreu D, Robinson AG, Hui R, Csőszi T; KEYNOTE-024 Investigators.",
            "Reck M",
        ),
        (
            "J. Llovet, S. Ricci, V. Mazzaferro, P. Hilgard, for the SHARP Investigators Study Group",
            "J. Llovet",
        ),
        ("A-L. Cheng¹, S. Qin², M. Ikeda³, P. Galle⁴", "A-L. Cheng"),
        (
            "Marcia S. Brose, Christopher Nutting, Barbara Jarzab, Rossella Elisei",
            "Marcia S. Brose",
        ),
        ("Van Cutsem E, Sobrero A, Siena S", "Van Cutsem E"),
        # names opening with a capital of any alphabet, and particles
        (
            "Stefan T. van Dijk, Lidewine Daniels, Çağdaş Ünlü, Niels de Korte",
            "Stefan T. van Dijk",
        ),
        ("Mustafa Özgüroğlu, Saadettin Kilickap, Ahmet Sezer", "Mustafa Özgüroğlu"),
        ("Müller L, Łukasik P, Émond J", "Müller L"),
        # an editorial's one or two authors, each with a degree
        ("Helena Marquardt, MD; Daniel O. Whitcombe, MD", "Helena Marquardt"),
        ("Leila Haddad, MD, PhD", "Leila Haddad"),
        # a byline's "By" (news items, preprint servers) is no part of the name
        ("By Wei Tang, Zhujun Cao, Mingfeng Han, Zhengyan Wang", "Wei Tang"),
        ("By Rahul N. Khurana, MD; John A. Wells, MD", "Rahul N. Khurana"),
        ("Byron Smith, Zhujun Cao, Mingfeng Han", "Byron Smith"),
    ],
)
def test_first_author(line, first):
    text = "Title of a trial\n\n" + line + "\n\nMayo Clinic, Rochester, MN 55905, USA.\n"
    assert parsing.first_author(text, False) == first


def test_an_author_name_stays_on_its_line():
    # a heading above a citation's author list is no part of the first author's name
    text = (
        "Journal club\n\nThe paper\nBenger JR, Lazaroo MJ, Clout M, Voss S. Randomized "
        "trial of the i-gel supraglottic airway device.\n"
    )
    assert parsing.first_author(text, False) == "Benger JR"


def test_two_names_without_degrees_are_no_author_line():
    text = "Title\n\nJohn Smith, Mary Jones\n\nThe trial enrolled 400 patients.\n"
    assert parsing.first_author(text, False) == ""


def test_affiliation_line_is_not_an_author_line():
    text = "Title\n\nLungenClinic Grosshansdorf, Airway Research Center North, German Center for Lung Research, Germany.\n"
    assert parsing.first_author(text, False) == ""


def test_meeting_abstract_title_without_number():
    text = "J Clin Oncol 31, 2013 (suppl; abstr 4)\n2013 ASCO Annual Meeting, Plenary Session\n\nAbstract 4: Sorafenib in thyroid cancer: the phase III DECISION trial.\n"
    assert (
        parsing.title(text, False) == "Sorafenib in thyroid cancer: the phase III DECISION trial."
    )


def test_pdf_is_binary():
    record, text = parsing.parse_document(
        "x", "x.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    )
    assert text is None and record["status"] == "binary" and "PDF" in record["status_detail"]


@pytest.mark.parametrize(
    "line",
    [
        "Enrollment: 602 (Actual)",
        "Enrollment (Actual): 602",
        "Actual Enrollment: 602",
        # the EU register's summary, a mirror's one-line summary, ANZCTR's target and final,
        # a results record's field, CTRI's total, ANZCTR's and a portal's targets
        "Actual number of subjects enrolled: 602",
        "Total enrollment: 602 participants",
        "NCT05104866 - PHASE3 - COMPLETED - sponsor: AstraZeneca - enrollment: 602 (actual)",
        "Sample size: target 500; final 602",
        "Subjects randomised                 602",
        'Target Sample Size: Total Sample Size="602" Sample Size from India="120"',
        "Target Sample Size          Total Sample Size = 602 (global)",
        "Target Recruitment     602",
        "Recruitment aim: 602 participants",
    ],
)
def test_registry_enrolment_formats(line):
    assert parsing.n_enrolled("Study Type: Interventional\n" + line + "\n") == "602"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a register's placeholder 0 tells nothing: the prose's count stands
        ("Target recruitment: 0\n\nWe randomly assigned 340 patients to drug or placebo.", "340"),
        # the enrolled number before a target, whichever comes first
        ("Target Recruitment 700\nActual number of subjects enrolled: 602\n", "602"),
        # a sentence's subjects randomised, not a field: the prose rule decides
        ("Of the 200 subjects randomised 150 completed the study.", "200"),
    ],
)
def test_registry_enrolment_fields_are_ranked_and_a_placeholder_skipped(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, journal, year",
    [
        ("Between Aug 28, 2013, and Feb 27, 2015, we enrolled 1034 patients.\n", "", ""),
        ("Published online January 08, 2019\n", "", "2019"),  # the page's own date
        (
            "Published in final edited form as:\nLancet. 2014 Mar 1;383(9920):803-13.\n",
            "Lancet",
            "2014",
        ),
        (
            "Published in final edited form as: J Clin Oncol. 2009 Aug 1;27(22):3584-90.\n",
            "J Clin Oncol",
            "2009",
        ),
        (
            "European Heart Journal, Volume 43, Issue 6, 7 February 2022, Pages 474-484\n",
            "European Heart Journal",
            "2022",
        ),
        ("J Clin Oncol 38:1580-1590. Published online March 20, 2020.\n", "J Clin Oncol", "2020"),
    ],
)
def test_journal_never_from_dates_or_banners(text, journal, year):
    assert parsing.citation(text, registry=False) == (journal, year)


# a news wire's release fields above the headline are no title (nor does an organisation's
# abbreviation in one name a trial)
def test_a_news_wires_release_fields_are_not_the_title():
    page = (
        "Newswise  |  Medicine  |  Released: 24-Apr-2023\n"
        "Source: American Association of Neurological Surgeons (AANS)\n\n"
        "Trial of early minimally invasive clot removal unveiled at the 2023 Annual Meeting\n\n"
        "LOS ANGELES - A late-breaking abstract was presented on Saturday. In total 300 "
        "participants were randomised.\n"
    )
    record, _ = parsing.parse_document("n", "n.txt", page.encode())
    assert record["title"].startswith("Trial of early minimally invasive clot removal")
    assert record["trial_names"] == ""
    page = "FOR IMMEDIATE RELEASE\nMedia contact: Jane Doe\n\nDrug X cuts strokes by a third in a large trial\n\nText.\n"
    assert parsing.title(page, registry=False) == "Drug X cuts strokes by a third in a large trial"


# a site's own furniture above the title is skipped: buttons in brackets, consent
# banners, navigation, a registry's disclaimer and search position, audience notices, a
# registry's id line, a planner's abstract number, a release's dateline
@pytest.mark.parametrize(
    "furniture",
    [
        "Privacy centre: we and 28 partners process data. [Agree]",
        "We're building a modernised ClinicalTrials.gov! [Try the new site]",
        "[Full text]  [PDF]",
        "The Lupus Hub uses cookies on this website. By continuing you agree to our Cookie Policy.  [Accept]",
        "< Back to search results      Download PDF",
        "Trial Review      Download to PDF",
        "The safety and scientific validity of this study is the responsibility of the study sponsor and investigators.",
        "Trial record 1 of 3 for: brodalumab ustekinumab",
        "All content on this site is intended for healthcare professionals only.",
        "Unique ID issued by UMIN: UMIN000000539",
        "Abstract 5180 (poster and oral presentation)",
        "FOSTER CITY, Calif. -- Gilead Sciences, Inc.",
        "Ad hoc announcement pursuant to Art. 53 LR",
        # lines addressed to the reader, disclaimers, empty fields, an editor's note, a
        # record's people and sponsors, a group signing for its investigators
        "Please use this identifier to cite or link to this item: https://example.org/1",
        "click 'reset password', follow the e-mailed link, then enter the verification code.",
        "Search Title by author or title",
        "For full trial details, please see the original record at https://example.org/",
        "Listing a study does not mean it has been endorsed by the ANZCTR.",
        "This article is a preprint and has not been certified by peer review.",
        "Plain English Summary: Not provided at time of registration",
        "[English rendering of the Chinese news item]",
        "Sponsor: Hannover Medical School (Medizinische Hochschule Hannover)",
        "Primary contact: Prof David Torgerson, York Trials Unit",
        "Legal entity responsible for the study: University of Birmingham.",
        "Disclosure: The author has declared no conflicts of interest.",
        "M. Seymour, D. Morton, on behalf of the FOxTROT Investigators",
    ],
)
def test_site_furniture_above_the_title_is_not_the_title(furniture):
    title = "Brodalumab or ustekinumab in moderate to severe plaque psoriasis: two phase 3 trials"
    page = f"{furniture}\n\n{title}\n\nBackground: We randomised 1831 patients.\n"
    assert parsing.title(page, registry=False) == title


# a site's path before a headline is not part of it (a menu line stays navigation), nor is
# a registry mirror's "Brief title:" label
@pytest.mark.parametrize(
    "head, title",
    [
        (
            "Health Research > Tai chi eases fibromyalgia symptoms in 12-week study",
            "Tai chi eases fibromyalgia symptoms in 12-week study",
        ),
        (
            "Oncology News > Low-dose nivolumab cut costs in head and neck cancer",
            "Low-dose nivolumab cut costs in head and neck cancer",
        ),
        (
            "Brief title:    Primary Progesterone Therapy for Operable Breast Cancer",
            "Primary Progesterone Therapy for Operable Breast Cancer",
        ),
        (
            "Home > Search Results > Study Record Detail              Save this study\n\n"
            "Efficacy and Safety of Rivaroxaban for the Prevention of Stroke",
            "Efficacy and Safety of Rivaroxaban for the Prevention of Stroke",
        ),
    ],
)
def test_a_sites_path_and_a_fields_label_are_not_the_title(head, title):
    page = f"{head}\n\nSiobhan Brennan\n\nBody text follows here. It goes on.\n"
    assert parsing.title(page, registry=False) == title


def test_a_trial_finders_labelled_title_is_the_title():
    # a cancer charity's trial finder: short fields above the labelled title
    page = (
        "Cancer Council SA  |  13 11 20  |  Information and support > Research > Trial details\n\n"
        "TheraP\n\n"
        "Acronym:                 ANZUP 1603\n"
        "ACTRN/NCT/ethics:        ACTRN12617001590358\n"
        "Scientific title:        TheraP: A randomised phase 2 trial of 177Lu-PSMA617 versus "
        "cabazitaxel in progressive metastatic castration resistant prostate cancer (ANZUP1603)\n\n"
        "Cancer type: Prostate        Trial type: Treatment        Phase: Phase II\n"
    )
    assert parsing.title(page, registry=False).startswith("TheraP: A randomised phase 2 trial")
    # the abstract's opening sentence is no short field: a page without a title has none
    body = "Background: Rotavirus vaccination is recommended. It is costly. We assessed it.\n"
    assert parsing.title(body * 3, registry=False) == ""


MEETING_NEWS = (
    "Ophthalmology Times Europe  |  Conference coverage  |  ARVO 2024\n\n"
    "ARVO 2024: CHAMP phase 3 trial shows myopia controlled by low-dose atropine 0.01% over "
    "4-year course\n\n"
    "A fourth year of nightly drops kept myopia under control, Karla Zadnik, OD, PhD, of The "
    "Ohio State University reported at the annual meeting in Seattle.\n"
)


@pytest.mark.parametrize(
    "text, title, journal, year",
    [
        # a meeting's name and year opening a news headline: the headline, no journal
        (MEETING_NEWS, MEETING_NEWS.splitlines()[2], "", "2024"),
        (
            "CROI 2022: NAMSAL study comparing DTG to EFV400 in Cameroon: week 192 results\n\n"
            "Four years after starting treatment, adults in Cameroon were still doing well.\n",
            "CROI 2022: NAMSAL study comparing DTG to EFV400 in Cameroon: week 192 results",
            "",
            "2022",
        ),
        # a citation's colon is followed by numbers: still a citation
        (
            "J Clin Oncol 2020: 38: 1580-1590\n\nPembrolizumab versus chemotherapy in advanced "
            "disease: a randomised trial\n",
            "Pembrolizumab versus chemotherapy in advanced disease: a randomised trial",
            "J Clin Oncol",
            "2020",
        ),
    ],
)
def test_a_meetings_headline_is_a_title_not_a_citation(text, title, journal, year):
    assert parsing.title(text, registry=False) == title
    assert parsing.citation(text, registry=False) == (journal, year)


@pytest.mark.parametrize(
    "line, first",
    [
        ("Julie Brahmer, Karen L Reckamp, Paul Baas, Lucio Crinò", "Julie Brahmer"),
        (
            "Stefan D. Anker, M.D., Ph.D., Javed Butler, M.D., M.P.H., M.B.A., Gerasimos Filippatos, M.D.",
            "Stefan D. Anker",
        ),
        (
            "Julie R Brahmer, MD; Delvys Rodríguez-Abreu, MD; Andrew G Robinson, MD; Rina Hui, PhD",
            "Julie R Brahmer",
        ),
        ("John J V McMurray, Scott D Solomon, Silvio E Inzucchi, Lars Køber", "John J V McMurray"),
    ],
)
def test_author_lines_in_journal_forms(line, first):
    assert parsing.first_author(f"A title of the paper here\n\n{line}\n", registry=False) == first


@pytest.mark.parametrize(
    "menu",
    [
        "Journals   Publish   Clinical   Global health   Multimedia   Events   About",
        "Home  >  Abstracts  >  Lung Cancer—Non-Small Cell Metastatic",
        "Oncotarget logo",
        "Главная | О журнале | Архив | Подписка | Контакты",
        "We use cookies on this site to enhance your user experience.",
        "An official website of the United States government",
    ],
)
def test_menus_and_banners_are_never_titles(menu):
    text = f"{menu}\n\nDapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction\n\nJohn J V McMurray, Scott D Solomon, Silvio E Inzucchi\n\nAbstract\nBackground: text."
    assert (
        parsing.title(text, registry=False)
        == "Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction"
    )
    assert (
        parsing.title(
            f"{menu}\n\nBackground: we studied patients. Methods: randomised.", registry=False
        )
        != menu
    )


def test_enrolment_from_a_qualified_subject_and_never_a_subset():
    assert (
        parsing.n_enrolled(
            "In this trial, 4744 patients with class II-IV heart failure and an ejection "
            "fraction of 40% or less were randomly assigned to dapagliflozin or placebo."
        )
        == "4744"
    )
    assert parsing.n_enrolled("The primary analysis included 25 patients who crossed over.") == ""
    assert (
        parsing.n_enrolled("Actual Enrollment : 272 participants\nStudy Type: Interventional")
        == "272"
    )


# design `commentary`: writing about trials (editorial, comment, letter, news roundup) is
# never a report of one; a menu listing those sections is not a label. A news item or press
# release that reports one randomised trial's results reports that trial.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Home › Current issue › Editorials\nAccept cookies?  We use cookies here.\n\n"
            "EDITORIAL\nA preserved role for SGLT2 inhibition? Reading the trial in context\n"
            "The randomized trial enrolled 5988 patients.",
            "commentary",
        ),
        (
            "Oncology Today\nNEWS\nTwo cycles of chemotherapy plus dual immunotherapy extends "
            "survival\nThe randomized trial enrolled 719 patients who were randomly assigned.",
            "rct",
        ),
        (
            "Letters\nTo the Editor: The randomized trial by Smith and colleagues reported a "
            "hazard ratio that we read differently.",
            "commentary",
        ),
        # a research letter reporting its authors' own data is no commentary
        (
            "Blood  |  Letter to Blood\nLonger-term benefit of luspatercept\n\nTO THE EDITOR:\n"
            "On the basis of the phase 3 MEDALIST study (NCT02631070), luspatercept was "
            "approved. Here we report results with double the follow-up time of the primary "
            "analysis.",
            "unknown",
        ),
        (
            "Correspondence\nTo the Editor: We report the 5-year outcomes of the patients we "
            "randomly assigned to early or deferred surgery.",
            "rct",
        ),
        # ... but a letter on others' data, or an editorial saying so, is
        (
            "Letters\nTo the Editor: Smith and colleagues report the results of a trial; "
            "we report that the analysis was flawed.",
            "commentary",
        ),
        (
            "In this editorial we weigh the randomized evidence for early rhythm control.",
            "commentary",
        ),
        (
            "FOR IMMEDIATE RELEASE\nDrug X met its primary end point in a randomized phase 3 "
            "trial, the company said today.",
            "commentary",  # no randomisation of its own described
        ),
        (
            "Research\nNews\nPerspective\nOpinion\nDapagliflozin in Patients with Heart Failure "
            "and Reduced Ejection Fraction\nWe randomly assigned 4744 patients to receive "
            "dapagliflozin or placebo.",
            "rct",
        ),
        (
            "Hot Line - DAPA-HF\nSlides (PDF)   Webcast   Discussant   Press release\nWe randomly "
            "assigned 4744 patients to receive dapagliflozin or placebo.",
            "rct",
        ),
        (
            "Study Results\nComments: Two-sided p-value\nPatients were randomly assigned to A or B.",
            "rct",
        ),
        # a release announcing its own randomised trial's results reports that trial
        (
            "FOR IMMEDIATE RELEASE\nCompanies Present Phase 3 ELOQUENT-2 Data at ASCO\nThe "
            "companies today announced results from ELOQUENT-2, a randomised, open-label Phase 3 "
            "study of elotuzumab plus Rd versus Rd alone. ERd reduced the risk of progression.",
            "rct",
        ),
        # ... in other words releases and news items use: "reports positive top-line results
        # from phase 3 X trial", "announced the publication of detailed results from two phase
        # 3 studies", "according to two randomised trials published together today"
        (
            "FOR IMMEDIATE RELEASE\nSponsor reports positive top-line results from phase 3 "
            "Harbour trial of drug Y\nThe Harbour trial enrolled high-risk patients; drug Y "
            "lowered triglycerides by 21.5% compared with placebo.",
            "unknown",  # (a report of its trial; no randomisation described)
        ),
        (
            "PRESS RELEASE\nDrug Z pivotal asthma results published in a journal\nThe "
            "companies today announced the publication of detailed results from two phase 3 "
            "studies of drug Z in asthma.",
            "unknown",
        ),
        (
            "RENAL WEEK - News - 25 June 2020\nTwo trials, one answer\nLowering uric acid "
            "does not slow the loss of kidney function, according to two randomised trials "
            "published together today. The observational link is real but not causal.",
            "rct",
        ),
        (
            "Kidney Views  |  Editorial  |  2020\n\nTwo trials, one answer\nTwo randomised "
            "trials published together today in the Journal test an old idea.",
            "commentary",  # an editorial on the trials stays a commentary
        ),
        # the label between bars, a date after it
        (
            "Breast Oncology Perspectives  |  Editorial  |  2021\n\nWhy did adjuvant CDK4/6 "
            "inhibition succeed in one trial and fail in two?\nThe randomized trials enrolled "
            "5796 patients.",
            "commentary",
        ),
        (
            "Heart Journal  |  Editorial  |  Jan 5, 2022\n\nA second look at rhythm control in "
            "older patients\nThe randomized trial enrolled 789 patients.",
            "commentary",
        ),
        # ... or its citation
        (
            "Interventional Cardiology Perspectives  |  Editorial  |  2016;4(2):41-44\n\n"
            "Non-culprit lesions after STEMI: from preventive to complete revascularisation\n"
            "The first, PRAMI (ISRCTN73028481), randomised 465 patients.",
            "commentary",
        ),
        # ... or after a wide gap
        (
            "Journal of Trial Reporting Methods        Editorial        2023\n\nOne name, two "
            "trials: why registry numbers must travel with acronyms\nThe randomized trials "
            "enrolled 806 patients.",
            "commentary",
        ),
        # ... or after a dash between blanks
        (
            "Perioperative Evidence Notes  -  Editorial\nLess surgery, fewer drugs? Notes on "
            "recent ENT and arthroplasty trials\nIn children with recurrent acute otitis media, "
            "Hoberman et al. found that tympanostomy tubes did not reduce episodes.",
            "commentary",
        ),
        (
            "Cardiology Today \u2013 Commentary\nBeta-blockers after myocardial infarction\nThe "
            "randomized trial enrolled 806 patients.",
            "commentary",
        ),
        # not a label: a title whose words after the dash go on
        (
            "Heart failure - an editorial board's choice of trials\nDapagliflozin in heart "
            "failure\nWe randomly assigned 4744 patients to receive dapagliflozin or placebo.",
            "rct",
        ),
        # not a label: a menu of sections
        (
            "Home      Editorial      Research      News\nDapagliflozin in heart failure\nWe "
            "randomly assigned 4744 patients to receive dapagliflozin or placebo.",
            "rct",
        ),
        (
            "Home  |  Editorial  |  Research  |  News\nDapagliflozin in heart failure\nWe "
            "randomly assigned 4744 patients to receive dapagliflozin or placebo.",
            "rct",
        ),
    ],
)
def test_commentary_design(text, expected):
    assert parsing.design(text, "", False)[0] == expected


# A masthead or section line naming the page writing on others' work: an editorial, a
# practice or guideline summary, a methods note, as a cell among a publication's name, its
# number or year, or as the end of the publication's name (_survey_masthead; a label alone
# on its line is _COMMENTARY_LABEL_RE's: "Methods note"). Not a menu (a navigation item, a
# one-word item), not news, a digest or a round-up (sites of those names print one trial's
# results), and not an editorial its title gives to one trial.
@pytest.mark.parametrize(
    "text, title, expected",
    [
        (
            "Child Nutrition Practice Notes  |  Guideline summaries  |  No. 14\n\nNewborn "
            "vitamin A: practice summary\nThree randomised trials enrolled 99,938 newborns.",
            "",
            "commentary",
        ),
        (
            "Acute Medicine Practice Notes  |  No. 88  |  2025\n\nNegative trials that changed "
            "practice\nThe trial randomly assigned 778 patients to vasopressin or norepinephrine.",
            "",
            "commentary",
        ),
        (
            "Journal of Digital Health   |   Editorials   |   Research   |   Archive\n"
            "Editorial          Vol 4, Issue 2, 2019\n\nTen years of text-message trials in "
            "East Africa\nThe first trial randomised 538 adults to weekly texts or usual care.",
            "",
            "commentary",
        ),
        (
            "Trial Methods Forum 2025; 9(2): e118\nMethods note\n\nPragmatic randomised trials: "
            "a short catalogue of examples\nTwo trials randomised patients in general practice.",
            "",
            "commentary",
        ),
        # news, digests and round-ups print one trial's results
        (
            "KIDNEY NEWS DIGEST | Dialysis\n\nCooler dialysate did not cut deaths\nThe trial "
            "randomly assigned 84 centres to cooler or standard dialysate.",
            "",
            "rct",
        ),
        (
            "Trauma News | Research Roundup | July 2018\n\nPlasma in the helicopter saves "
            "lives\nPatients were randomly assigned to plasma or standard care.",
            "",
            "rct",
        ),
        # a menu: one-word items beside the label
        (
            "NIHR Evidence  |  Alerts  |  Collections  |  Commentaries\n\nLaser surgery for "
            "an enlarged prostate\nMen were randomly assigned to laser or standard surgery.",
            "",
            "rct",
        ),
        # an editorial its title gives to one trial: left to the other rules
        (
            "Annals of Palliative Medicine  |  Editorial Commentary      [PDF]  [Cite]\n\nWhole brain "
            "radiotherapy: the impact of the QUARTZ trial\nThe QUARTZ trial randomly "
            "assigned 538 patients to radiotherapy or supportive care.",
            "Whole brain radiotherapy: the impact of the QUARTZ trial",
            "rct",
        ),
    ],
)
def test_a_masthead_naming_writing_on_others_work_makes_a_commentary(text, title, expected):
    assert parsing.design(text, title, False)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The same 750 patients with treatment-naive clear-cell carcinoma, assigned to "
            "sunitinib (n = 375) or to interferon alfa (n = 375), were followed for survival.",
            "750",
        ),
        (
            "A total of 412 patients with disease, randomized (1:1) to drug or placebo, were "
            "included.",
            "412",
        ),
        # the first clause is about screening: its count is not the one assigned
        (
            "Of 1200 patients screened, 600 patients, randomly assigned to A or B, were analysed.",
            "600",
        ),
        ("We studied 300 patients with cancer, treated with chemotherapy.", ""),
    ],
)
def test_enrolment_in_a_participle_clause(text, expected):
    assert parsing.n_enrolled(text) == expected


# Page furniture is never a title: the title is the first line after it that reads as one.
@pytest.mark.parametrize(
    "furniture",
    [
        "Randomized Controlled Trial",
        "Clinical Trial, Phase III",
        "Journal Article",
        "Original Article",
        "Original Report  >  Lung Cancer",
        "Rapid Communications",
        "The NEW ENGLAND JOURNAL of MEDICINE",
        "Journal of Clinical Oncology",
        "An American Society of Clinical Oncology Journal",
        "The U.S. government does not review or approve the safety and science of all studies.",
        "A service of the U.S. National Institutes of Health",
        "Note: this record is displayed in the classic layout.",
        "HHS Public Access",
        "Author manuscript",
        "Sign up for the daily briefing >",
        "Language: Japanese | English",
        "COVID-19 is an emerging, rapidly evolving situation.",
        "By Daniel Akerman, Senior Oncology Correspondent",
        "By the HeartBeat editorial team · 29 December 2023 · 6 min read",
        "Pulmonology | Pulmonologiya",
    ],
)
def test_page_furniture_is_not_a_title(furniture):
    real = "Sunitinib versus interferon alfa in metastatic renal-cell carcinoma"
    text = f"{furniture}\n\n{furniture}\n{furniture}\n\n{real}\n\nBody text follows here."
    assert parsing.title(text, False) == real


def test_a_title_that_names_a_journal_word_is_kept():
    real = "Journal-club style reading of a trial: nivolumab versus docetaxel in lung cancer"
    assert parsing.title(f"{real}\n\nBody.", False) == real


@pytest.mark.parametrize(
    "title, text, expected",
    [
        (
            "Treatment of Acute Venous Thromboembolism With Dabigatran or Warfarin and Pooled Analysis",
            "In this randomized, double-blind, double-dummy trial, 2589 patients were assigned.",
            "rct",
        ),
        (
            "Dabigatran for venous thromboembolism: a pooled analysis",
            "We pooled the two trials; patients had been randomized in each.",
            "meta_analysis",
        ),
        (
            "Dabigatran for venous thromboembolism: a meta-analysis and pooled analysis",
            "In this randomized trial we also searched MEDLINE.",
            "meta_analysis",
        ),
        # a trial report whose title adds an updated meta-analysis of earlier trials
        (
            "Baricitinib in patients admitted to hospital with COVID-19 (RECOVERY): a randomised, "
            "controlled, open-label, platform trial and updated meta-analysis",
            "In this randomised, controlled, open-label, platform trial, patients were randomly "
            "assigned to usual care or baricitinib.",
            "rct",
        ),
        # the plural, and a title that is its own evidence of the trial
        (
            "Remdesivir and three other drugs for hospitalised patients with COVID-19: final "
            "results of the WHO Solidarity randomised trial and updated meta-analyses",
            "Hospitalised adults were randomly allocated, in equal proportions, to standard care.",
            "rct",
        ),
        # a press release's boilerplate about the trial
        (
            "Drug X Significantly Improves Overall Survival Versus Chemotherapy",
            "About TRIAL-02\nTRIAL-02 (NCT03901339) is a global, randomized, open-label phase 3 "
            "study in which 543 patients were assigned 1:1 to Drug X or chemotherapy.",
            "rct",
        ),
        # the title announces only the pooled analysis
        (
            "JAK inhibitors in COVID-19: a systematic review and meta-analysis of randomised trials",
            "In this randomised trial setting we pooled nine trials.",
            "meta_analysis",
        ),
    ],
)
def test_a_trial_report_adding_a_pooled_analysis_is_a_trial(title, text, expected):
    assert parsing.design(text, title, False)[0] == expected


# A review's abstract in the review library's house style says what it is by its library
# ("Cochrane Database of Systematic Reviews") and by counting the trials it found, by the
# evidence it prints with each pooled figure, or by its own headings and authors; a trial
# report that cites such a review, or counts its own patients, is still a trial.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cochrane Database of Systematic Reviews 2016, Issue 4.\n\nMidwife-led continuity "
            "models versus other models of care\n\nMain results\nWe included 15 trials involving "
            "17,674 women. Women were less likely to have regional analgesia (RR 0.85, 95% CI "
            "0.78 to 0.92; participants = 17,674; studies = 14).",
            "meta_analysis",
        ),
        (
            "Cochrane Database of Systematic Reviews | Intervention Review\nExercise for "
            "preventing falls\nWe found 108 randomised controlled trials with 23,407 "
            "participants. Exercise reduces the rate of falls (rate ratio 0.77, 95% CI 0.71 to "
            "0.83; 12,981 participants, 59 studies; high-certainty evidence).",
            "meta_analysis",
        ),
        (
            "Cochrane Library | Cochrane Database of Systematic Reviews\nAntenatal "
            "corticosteroids\nSelection criteria\nRandomised trials of a corticosteroid.\n"
            "Data collection and analysis\nTwo review authors independently assessed trials.",
            "meta_analysis",
        ),
        (
            "Background: A Cochrane review found no benefit. Methods: In this randomised trial "
            "we included 456 patients, who were randomly assigned to drug or placebo.",
            "rct",
        ),
        (
            "Methods: We randomly assigned 300 women to a doula or usual care. A Cochrane "
            "Library search found 12 trials of doulas, which we cite.",
            "rct",
        ),
    ],
)
def test_a_review_in_the_review_librarys_style_is_a_meta_analysis(text, expected):
    lines = [line for line in text.split("\n") if line]
    title = lines[1] if len(lines) > 1 else ""
    assert parsing.design(text, title, False)[0] == expected


def test_title_after_navigation_section_label_and_masthead():
    page = (
        "NEJM Group   The New England Journal of Medicine   NEJM Evidence   NEJM Catalyst\n"
        "Current Issue  |  Recently Published  |  Specialties  |  Topics\n"
        "Create Account   Subscribe\n\n"
        "ORIGINAL ARTICLE   FREE PREVIEW\n"
        "Dapagliflozin in Patients with Chronic Kidney Disease\n\n"
        "Abstract\n\nBACKGROUND\nWhether SGLT2 inhibition protects the kidney is unsettled.\n"
    )
    assert parsing.title(page, False) == "Dapagliflozin in Patients with Chronic Kidney Disease"


@pytest.mark.parametrize(
    "masthead",
    ["Cardiology Perspectives", "Kidney Practice Today", "European Society of Cardiology"],
)
def test_a_masthead_gives_way_to_the_title_after_it(masthead):
    title = "Enrichment before randomisation: a fair trial for atrasentan?"
    assert parsing.title(f"{masthead}\n\n{title}\n\nBody text.", False) == title


def test_a_short_title_alone_is_kept():
    assert parsing.title("Nivolumab in Melanoma\n\nAbstract\n\nBody.", False) == (
        "Nivolumab in Melanoma"
    )


@pytest.mark.parametrize(
    "line, first",
    [
        (
            "Hiddo J.L. Heerspink, Ph.D., Bergur V. Stefánsson, M.D., Ricardo Correa-Rotter, M.D., "
            "Glenn M. Chertow, M.D.,",
            "Hiddo J.L. Heerspink",
        ),
        (
            "Lecia V. Sequist, James Chih-Hsin Yang, Nobuyuki Yamamoto, Kenneth O'Byrne, Vera Hirsh,",
            "Lecia V. Sequist",
        ),
        (
            "Roger Stupp, MD1,2; Sophie Taillibert, MD3; Andrew Kanner, MD4; William Read, MD5",
            "Roger Stupp",
        ),
        ("Roger Stupp 1, Warren P Mason, Martin J van den Bent, Michael Weller", "Roger Stupp"),
    ],
)
def test_author_lines_as_journals_print_them(line, first):
    assert parsing.first_author(f"A title of a trial\n\n{line}\n\nAbstract", False) == first


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of the 7028 patients who underwent randomisation, 7020 received a dose.", "7028"),
        ("By then 4401 patients had undergone randomisation, with a median follow-up.", "4401"),
        ("Of the 305 randomised patients, 154 received pembrolizumab.", "305"),
        ("In this randomized trial of 695 patients with glioblastoma, survival was longer.", "695"),
        ("Of the 7437 patients who were randomised, 7352 were included in the analysis.", "7437"),
        ("In total, 590 patients underwent randomization.", "590"),
        # a described subset is not the enrolment
        ("Of 1200 patients screened, 25 patients who crossed over were excluded.", ""),
    ],
)
def test_enrolment_as_randomisation_is_worded(text, expected):
    assert parsing.n_enrolled(text) == expected


def test_a_title_with_by_or_a_bar_in_it_is_kept():
    for real in (
        "By how much does dapagliflozin lower the risk of heart failure events in women?",
        "Nivolumab versus docetaxel in squamous lung cancer: overall survival | 2-year update of the phase 3 trial",
    ):
        assert parsing.title(f"{real}\n\nBody.", False) == real


# Article-type labels that make a page a review, and press releases or news items that
# report a randomised trial's own results (a report of the trial, not a commentary)
@pytest.mark.parametrize(
    "page, expected",
    [
        (
            "Respiratory Medicine Reviews | Narrative Review\n\nBiologic Therapy for COPD: Where "
            "Do We Stand?\n\nIn METREX, mepolizumab reduced exacerbations (rate ratio 0.82).",
            "review",
        ),
        ("Article type: Review Article\n\nA title of five words here\n\nBody text.", "review"),
        # the bare label after a bar, colon or middle dot of a header line
        (
            "Thorac Oncol Perspect  ·  Review\n\nKRAS G12C inhibition in lung cancer: lessons "
            "from the first randomised trials\n\nCodeBreaK 200 (NCT04303780) randomised 345 "
            "patients to sotorasib or docetaxel.",
            "review",
        ),
        (
            "Journal of Thoracic Care | Review\n\nA title of five words here\n\nPatients "
            "were randomized to drug or placebo in the trials discussed.",
            "review",
        ),
        # "Review" in a journal's name is no label ("Respiratory Medicine Reviews" below)
        (
            "Clinical Trials Review Quarterly\n\nDrug X versus placebo in gout: a randomized "
            "trial\n\nWe randomly assigned 400 patients to drug X or placebo.",
            "rct",
        ),
        # the label between the bars of a header line
        (
            "Heart & Vessels Review | Narrative Review | Open Access\n\nColchicine for secondary "
            "prevention: where do the trials leave us?\n\nLoDoCo2 randomised 5522 patients.",
            "review",
        ),
        (
            "PRESS RELEASE\nParis | March 23, 2023\n\nDupixent significantly reduced COPD "
            "exacerbations in pivotal phase 3 BOREAS trial\n\nPatients were randomized to Dupixent "
            "300 mg or placebo every two weeks. Dupixent reduced exacerbations by 30%.",
            "rct",
        ),
        (
            "PRESS RELEASE\nOsaka | May 2, 2019\n\nShionogi begins phase 3 study of baloxavir for "
            "prevention of influenza in household contacts\n\nThe study will enrol 750 people.",
            "commentary",
        ),
        (
            "FOR IMMEDIATE RELEASE — November 16, 2019\n\nHeart procedures no better than "
            "medicines for many stable patients, large NIH-funded study finds\n\nThe ISCHEMIA "
            "study enrolled 5,179 participants at 320 sites. Results were reported today at the "
            "Scientific Sessions.",
            "unknown",  # the trial's report (not a commentary); its design is not stated
        ),
        (
            "News roundup\nThe trials that shaped cardiometabolic care in 2023\n\nIn SELECT, "
            "patients were randomized to semaglutide or placebo.",
            "commentary",
        ),
        # the label closing a header line after one bar, not an item of a menu
        (
            "Critical Care Perspectives  |  Editorial\n\nDose and timing of kidney replacement "
            "therapy in the ICU: ten years of neutral trials\n\nThe VA/NIH study randomised "
            "1124 patients to intensive or less-intensive renal support.",
            "commentary",
        ),
        (
            "Home | Trials | Editorial | About\n\nDrug X versus placebo in gout: a randomized "
            "trial\n\nWe randomly assigned 400 patients to drug X or placebo.",
            "rct",
        ),
        # "EDITORIAL COMMENT", "Editorial Commentary": an editorial's label in two words
        (
            "EDITORIAL COMMENT\n\nDefibrillators in nonischemic cardiomyopathy: where now?\n\n"
            "In SCD-HeFT, patients were randomized to ICD therapy or placebo.",
            "commentary",
        ),
        (
            "Editorial Commentary\n\nAnother look at aspirin in older adults\n\nParticipants "
            "were randomly assigned to aspirin or placebo.",
            "commentary",
        ),
        # a title opening with its article type
        (
            "Gastric Oncol Perspect. 2024;12(2):45-49.\n\nEditorial: Does the PD-L1 score "
            "belong in first-line gastric cancer decisions?\n\nOkafor N, Lindqvist E.\n\n"
            "In CheckMate 649, patients were randomized to nivolumab plus chemotherapy.",
            "commentary",
        ),
        # a cohort named by its MeSH heading ("Cohort Studies"), with no randomisation
        (
            "Hormone therapy and breast cancer in a national cohort.\n\nMETHODS: Women were "
            "recruited, reported their use of hormone therapy and were followed for cancer "
            "registrations.\nMeSH terms: Breast Neoplasms; Cohort Studies; Prospective Studies",
            "observational",
        ),
        # but a randomised trial is no cohort for its MeSH heading
        (
            "Aspirin in older adults.\n\nMETHODS: Participants were randomly assigned to aspirin "
            "or placebo; 19,114 were randomized.\nMeSH terms: Aged; Cohort Studies; Aspirin",
            "rct",
        ),
    ],
)
def test_article_type_labels(page, expected):
    title = parsing.title(page, False)
    assert parsing.design(page, title, False)[0] == expected


@pytest.mark.parametrize(
    "line, title",
    [
        # a congress session code before the title gives way to it
        (
            "PL03.13  FLAURA2: Osimertinib plus chemotherapy in EGFR-mutated NSCLC",
            "FLAURA2: Osimertinib plus chemotherapy in EGFR-mutated NSCLC",
        ),
        (
            "OA01.02 Durvalumab after chemoradiotherapy in limited-stage disease",
            "Durvalumab after chemoradiotherapy in limited-stage disease",
        ),
        # a late-breaking abstract's number, a planner's number before a colon
        (
            "LBA-3 CheckMate 459: long-term survival outcomes with nivolumab versus sorafenib",
            "CheckMate 459: long-term survival outcomes with nivolumab versus sorafenib",
        ),
        (
            "03: Peri-operative aromatase inhibitor treatment in determining long-term outcome",
            "Peri-operative aromatase inhibitor treatment in determining long-term outcome",
        ),
        # a trial name with its number stays
        (
            "E4599: Paclitaxel and carboplatin with or without bevacizumab",
            "E4599: Paclitaxel and carboplatin with or without bevacizumab",
        ),
        (
            "CALGB 80405: Cetuximab or bevacizumab with chemotherapy",
            "CALGB 80405: Cetuximab or bevacizumab with chemotherapy",
        ),
    ],
)
def test_session_codes_before_a_title(line, title):
    page = (
        line + "\n\nJ. Smith, A. Jones, B. Brown, C. White\n\nBackground: patients were randomized."
    )
    assert parsing.title(page, False) == title


def test_an_id_printed_beside_a_cited_trial_is_not_the_documents():
    text = (
        "Trials of sotagliflozin in patients admitted with heart failure (SOLOIST-WHF, "
        "NCT03521934) and in patients with kidney disease (SCORED, NCT03315143) were stopped "
        "early. The SCORED trial randomized 10,584 patients."
    )
    names = trials.find_trial_names(text, "Sotagliflozin in kidney disease: the SCORED trial")
    ids = ["NCT03315143", "NCT03521934"]
    assert parsing.registry_ids_by_trial(text, ids, names) == ["SCORED=NCT03315143"]


def test_an_editorial_label_with_its_date_on_the_line():
    page = (
        "Diabetes & Kidney Perspectives\nCurrent issue | Archive | Editorials | Submit\n"
        "EDITORIAL  |  Published 02 February 2021\n\nDual SGLT inhibition after SCORED and "
        "SOLOIST: more evidence, fewer answers\nHannah Whitlock and Rafael Montes-Ortiz\n\n"
        "Both trials randomly assigned patients to sotagliflozin or placebo."
    )
    assert parsing.design(page, parsing.title(page, False), False)[0] == "commentary"


# A dated release line, a session label or a short label gives way to the headline after it;
# trial names are still read from the label ("Hot Line – DAPA-HF")
@pytest.mark.parametrize(
    "page, expected",
    [
        (
            "Home > News > Press Releases\n\nFOR IMMEDIATE RELEASE — November 16, 2019\n"
            "Media contact: Office of Communications\n\nHeart Procedures No Better Than Medicines "
            "for Many Stable Patients, Large NIH-Funded Study Finds\n\nPHILADELPHIA — A seven-year "
            "international trial found that stents did not reduce events.",
            "Heart Procedures No Better Than Medicines for Many Stable Patients, Large NIH-Funded "
            "Study Finds",
        ),
        (
            "OnkoNachrichten International — English edition\n\nASCO 2022 in review: a standing "
            "ovation for HER2-low breast cancer\n\nThe meeting's plenary session was dominated by "
            "one trial.",
            "ASCO 2022 in review: a standing ovation for HER2-low breast cancer",
        ),
        # a title of six words or more is the title, whatever follows
        (
            "Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction\n\n"
            "Background: patients were randomly assigned.",
            "Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction",
        ),
        # a short title with nothing better after it stays
        (
            "Donanemab in Alzheimer's Disease\n\nBackground: patients were randomly assigned.",
            "Donanemab in Alzheimer's Disease",
        ),
    ],
)
def test_weak_title_lines_give_way_to_the_headline(page, expected):
    assert parsing.title(page, False) == expected


def test_trial_names_are_read_from_the_label_above_the_title():
    page = (
        "Hot Line – DAPA-HF\nDapagliflozin and prevention of adverse outcomes in heart failure\n\n"
        "Presenter: John McMurray\n\nBackground and aims\nPatients were randomly assigned."
    )
    record = parsing.describe(page)
    assert record["title"] == "Dapagliflozin and prevention of adverse outcomes in heart failure"
    assert record["trial_names"] == "DAPA-HF"


@pytest.mark.parametrize(
    "title, design, names",
    [
        (
            "Sotagliflozin across the range of ejection fraction: pooled analysis of the SCORED "
            "and SOLOIST-WHF trials",
            "pooled_analysis",
            "SCORED;SOLOIST-WHF",
        ),
        # a meta-analysis of the literature names trials without reporting them
        (
            "SGLT2 inhibitors in heart failure: a systematic review and meta-analysis of the "
            "DAPA-HF and EMPEROR-Reduced trials",
            "meta_analysis",
            "",
        ),
        # ... but a patient-level meta-analysis naming its trials pools them
        (
            "Patient-level meta-analysis of the EDITION 1, 2 and 3 studies: glycaemic control "
            "with insulin glargine 300 U/ml versus 100 U/ml",
            "pooled_analysis",
            "EDITION 1;EDITION 2;EDITION 3",
        ),
        (
            "Fluoxetine after stroke: a meta-analysis of individual patient data from three "
            "large placebo-controlled trials",
            "meta_analysis",
            "",
        ),
    ],
)
def test_a_pooled_analysis_whose_title_names_its_trials(title, design, names):
    page = f"{title}\n\nInvestigators combined individual patient data from two randomised trials."
    record = parsing.describe(page)
    assert (record["design"], record["trial_names"]) == (design, names)


@pytest.mark.parametrize(
    "page, title",
    [
        (
            "Home / Newsroom / Press Releases\n\nPfizer's oral antiviral candidate reduced the risk "
            "of hospitalization or death by 89% in an interim analysis\n\nNEW YORK — Results.",
            "Pfizer's oral antiviral candidate reduced the risk of hospitalization or death by 89% "
            "in an interim analysis",
        ),
        (
            "home · archive · about · tags: #ssc-ild #nintedanib\n\nsenscis in one page: nintedanib "
            "for scleroderma lung disease explained\n\nThe trial enrolled 576 patients.",
            "senscis in one page: nintedanib for scleroderma lung disease explained",
        ),
    ],
)
def test_navigation_separated_by_slashes_or_dots_is_not_a_title(page, title):
    assert parsing.title(page, False) == title


@pytest.mark.parametrize(
    "page, year",
    [
        ("FOR IMMEDIATE RELEASE — November 16, 2019\n\nHeadline here\n\nBody.", "2019"),
        (
            "Late-Breaking Clinical Trial — Monday, 17 May 2021, 8:00 AM\n\nHeadline\n\nBody.",
            "2021",
        ),
        ("Posted 2022-03-14\n\nHeadline\n\nBody.", "2022"),
        # a meeting's year before its name on a head line
        ("2024 ASCO Annual Meeting - Late-Breaking Abstract\n\nHeadline\n\nBody.", "2024"),
        ("ACD 2017 Annual Scientific Meeting - Abstracts\n\nHeadline\n\nBody.", "2017"),
        # a press release's dateline: its place, its date, a dash or a wire's name
        (
            "Headline\n\nBRIDGEWATER, N.J., Sept. 7, 2020 -- The company today announced the "
            "publication of results from its phase 2 trial in patients with bronchiectasis.",
            "2020",
        ),
        (
            "Headline\n\nBrussels, 16 March 2016 - Children in intensive care may be better off "
            "going without intravenous nutrition for their first week, a large study found.",
            "2016",
        ),
        (
            "Headline\n\nINDIANAPOLIS, April 28, 2022 /PRNewswire/ -- The company announced "
            "topline results of a phase 3 trial of its drug in adults with obesity today.",
            "2022",
        ),
        # ... not a sentence's dates: a period, or a place without its dash
        (
            "Headline\n\nBetween Aug 28, 2013 - and Feb 27, 2015, we enrolled 400 patients at "
            "twelve centres in three countries and followed them for two years.",
            "",
        ),
        (
            "Headline\n\nIn London, 16 March 2016 the trial closed to recruitment after the "
            "data monitoring committee met and reviewed the unblinded interim results.",
            "",
        ),
        # a date far down the page (a reference list) is not the page's
        ("Headline\n\n" + "Body text. " * 200 + "Accessed November 16, 2019.", ""),
    ],
)
def test_a_dated_page_takes_the_year_of_its_date(page, year):
    assert parsing.citation(page, False)[1] == year


def test_a_congress_page_names_its_presenter():
    page = (
        "Hot Line: Compass — Cardiovascular Outcomes for People Using Anticoagulation Strategies"
        "\n\nPresented by: John Eikelboom (Hamilton, Canada)\nDiscussant: see programme\n\nSummary"
    )
    assert parsing.first_author(page, False) == "John Eikelboom"


@pytest.mark.parametrize(
    "page, expected",
    [
        # a short line naming a meeting is not the title
        (
            "ATS 2019 International Conference, Dallas, May 17–22\n\nEfficacy and Safety of "
            "Nintedanib in Patients With Systemic Sclerosis-Associated ILD\n\nMethods: patients "
            "were randomised.",
            "Efficacy and Safety of Nintedanib in Patients With Systemic Sclerosis-Associated ILD",
        ),
        # a headline that mentions a meeting late is the title
        (
            "Finerenone cuts heart-failure events in patients with mildly reduced or preserved "
            "ejection fraction: FINEARTS-HF presented at ESC Congress\n\nLONDON - Finerenone "
            "reduced events.",
            "Finerenone cuts heart-failure events in patients with mildly reduced or preserved "
            "ejection fraction: FINEARTS-HF presented at ESC Congress",
        ),
    ],
)
def test_meeting_lines_and_headlines_that_mention_a_meeting(page, expected):
    assert parsing.title(page, False) == expected


# A site's logo and name on one line ("LSHTM  London School of ...") is a masthead.
@pytest.mark.parametrize(
    "masthead",
    [
        "LSHTM  London School of Hygiene & Tropical Medicine",
        "ANZCTR  Australian New Zealand Clinical Trials Registry",
        "AFNET  Kompetenznetz Vorhofflimmern e.V.",
    ],
)
def test_a_logo_and_site_name_give_way_to_the_title(masthead):
    title = "Cheap drug could save tens of thousands of lives a year after head injury"
    assert parsing.title(f"{masthead}\n\n{title}\n\nBody text.", False) == title


# Registry records of the WHO data set (ANZCTR, ISRCTN, ChiCTR, the EU register): their
# field labels make a registry record, "Public title" its title, "Trial acronym" its
# name, and the id in its own identifier field its own id among several.
ANZCTR_PAGE = (
    "ANZCTR  Australian New Zealand Clinical Trials Registry\n"
    "LOGIN | CREATE ACCOUNT | MY TRIALS | REGISTER TRIAL\n\n"
    "Registration number: ACTRN12614000093684\n"
    "Date registered: 24/01/2014\n"
    "Type of registration: Prospectively registered\n\n"
    'Public title: "The LoDoCo2 Trial": Low Dose Colchicine for secondary prevention.\n'
    "Scientific title: A randomised controlled trial of low dose colchicine\n"
    "Trial acronym: LoDoCo2\n"
    "Linked study record: ACTRN12610000293066 (LoDoCo pilot study, completed)\n"
    "Intervention: colchicine 0.5 mg daily versus matching placebo\n"
)


def test_a_who_data_set_registry_record():
    record, _ = parsing.parse_document("d", "d.txt", ANZCTR_PAGE.encode())
    assert record["source_type"] == "registry_record"
    assert record["title"].startswith('"The LoDoCo2 Trial": Low Dose Colchicine')
    assert record["trial_names"] == "LoDoCo2"
    # the linked pilot study's record is another study's, so the trial keeps one id
    assert record["registry_ids"] == "ACTRN12614000093684"
    assert record["registry_ids_cited"] == "ACTRN12610000293066"


def test_a_who_data_set_in_columns_is_a_registry_record_named_by_its_acronym():
    page = (
        "ANZCTR   Australian New Zealand Clinical Trials Registry\n"
        "MY TRIALS | REGISTER TRIAL | FAQs | LOGIN\n"
        "Trial Review      Download to PDF\n\n"
        "Registration number      NCT02899299\n"
        "Date registered          14/09/2016\n"
        "  Public title           Study of Nivolumab Combined With Ipilimumab in Mesothelioma\n"
        "  Secondary ID [1]       2016-001859-43\n"
        "  Trial acronym          CheckMate743\n"
        "Target sample size       605 (actual)\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == "registry_record"
    assert record["design"] == "registry"  # not a review for its "Trial Review" tab
    assert record["trial_names"] == "CheckMate743"


# ISRCTN's record page prints its labels in a column ("Study acronym      ORACLE"); the EU
# register's results page names the trial in its sponsor's protocol code when the code
# reads as a name, and not when it is a code of letters and digits.
ISRCTN_PAGE = (
    "ISRCTN registry                         Home | Search | Submit a study\n\n"
    "ISRCTN53994660\n"
    "Overview of the Role of Antibiotics in Curtailing Labour and Early delivery\n\n"
    "Recruitment status           No longer recruiting\n"
    "Overall study status         Completed\n\n"
    "Study information\n"
    "Study design                 Randomised controlled trial\n"
    "Scientific title             Overview of the Role of Antibiotics in Curtailing Labour\n"
    "Study acronym                ORACLE\n"
    "Study hypothesis             Antibiotics given in preterm labour lower neonatal death.\n"
    "Target number of participants    10000\n"
)


def test_an_isrctn_record_page_is_a_registry_record_named_by_its_acronym():
    record, _ = parsing.parse_document("d", "d.txt", ISRCTN_PAGE.encode())
    assert record["source_type"] == "registry_record"
    assert record["design"] == "registry"  # not a review for the "Overview" of its title
    assert record["trial_names"] == "ORACLE"
    assert record["title"].startswith("Overview of the Role of Antibiotics")


@pytest.mark.parametrize("code, name", [("LEAVO", "LEAVO"), ("D9480C00007", ""), ("CA209-743", "")])
def test_the_eu_results_pages_protocol_code_names_the_trial_when_it_reads_as_a_name(code, name):
    page = (
        "EU Clinical Trials Register\n\n"
        "Clinical Trial Results:\n"
        "A Randomised Trial of Three Intravitreal Drugs for Macular Oedema due to Central "
        "Retinal Vein Occlusion (CRVO).\n\n"
        "EudraCT number                   2014-000272-26\n"
        f"Sponsor protocol code            {code}\n"
        "Sponsor organisation             Moorfields Eye Hospital\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == "registry_record"
    assert record["trial_names"] == name  # never the condition's "(CRVO)"


def test_an_own_identifier_field_decides_only_for_one_own_trial():
    page = ANZCTR_PAGE.replace("Trial acronym: LoDoCo2\n", "").replace(
        '"The LoDoCo2 Trial": Low Dose', "Low Dose"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    # without its own name the record does not say which trial the field's id is
    assert record["registry_ids_by_trial"] == ""


def test_the_eu_register_results_page_is_a_registry_record_titled_below_its_label():
    # its fields stand in columns without colons; the title is on the line after
    # "Clinical Trial Results:", below a banner sentence that is no title
    page = (
        "EU Clinical Trials Register\n"
        "Clinical trials  |  Search  |  Help\n"
        "The EU Clinical Trials Register allows you to search for protocol and results "
        "information on interventional clinical trials approved in the EU/EEA.\n\n"
        "Clinical Trial Results:\n"
        "A Phase III, Multicenter, Randomized, Double-Masked Study to Evaluate Faricimab in "
        "Patients with Neovascular Age-Related Macular Degeneration (TENAYA)\n\n"
        "Summary\n"
        "EudraCT number                      2018-002152-32\n"
        "Global end of trial date            (not shown on this copy)\n\n"
        "Trial information\n"
        "Sponsor protocol code               GR40306\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == "registry_record"
    assert record["title"].startswith("A Phase III, Multicenter") and record["title"].endswith(
        "(TENAYA)"
    )
    assert record["trial_names"] == "TENAYA"
    assert record["registry_ids"] == "2018-002152-32"


# Drug names by WHO INN stems, with the respiratory, corticosteroid and thrombolytic stems,
# and drugs named by their acid; never "cholesterol"
@pytest.mark.parametrize(
    "text, drugs",
    [
        ("Giving tranexamic acid within three hours", ["tranexamic"]),
        ("indacaterol-glycopyrronium versus salmeterol-fluticasone", None),
        ("tenecteplase or alteplase; dexamethasone; budesonide", None),
        ("LDL cholesterol fell with statins", []),
        ("ivabradine; ticagrelor or clopidogrel; tirzepatide", None),
        ("venetoclax; escitalopram; alendronate; sacubitril; a nostril swab", None),
        ("warfarin; metformin; aspirin; insulin glargine", None),
        # a drug named as a salt, its two words one name, "sulphate" as "sulfate"; saline no drug
        ("Prehospital magnesium sulphate or placebo (sodium chloride 0.9%)", ["magnesium sulfate"]),
        ("Lithium carbonate versus placebo", ["lithium carbonate"]),
    ],
)
def test_drug_names_by_their_stems(text, drugs):
    found = parsing.drug_names(text)
    if drugs is None:
        assert len(found) >= 3 and "cholesterol" not in found, found
    else:
        assert found == drugs


# A press release or news item reporting its trial's outcome reports the trial
@pytest.mark.parametrize(
    "text",
    [
        "PRESS RELEASE | Tuesday, November 01, 2022\nPfizer said today that the pivotal MATISSE "
        "trial of its vaccine given to pregnant women met a primary endpoint at a planned "
        "interim analysis. The study enrolled approximately 7,400 pregnant individuals.",
        "PRESS RELEASE - Amsterdam, 25 August 2023\nResults of the investigator-initiated "
        "trial of edoxaban in patients with atrial high-rate episodes were presented today.",
    ],
)
def test_a_release_of_a_trials_own_outcome_is_no_commentary(text):
    assert parsing.design(text, "", False)[0] != "commentary"


def test_a_citation_line_copied_with_pubmeds_marker():
    page = (
        "Randomized Controlled Trial\n> N Engl J Med. 2021 Jun 3;384(22):2081-2091. "
        "doi: 10.1056/NEJMoa2101897.\n\nLeft Atrial Appendage Occlusion during Cardiac Surgery\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert (record["journal"], record["year"]) == ("N Engl J Med", "2021")


@pytest.mark.parametrize(
    "text, n",
    [
        (
            "We randomly assigned 20 211 adult trauma patients to tranexamic acid or placebo.",
            "20211",
        ),
        ("Between 2012 and 2019, 12\u2009737 patients were randomised.", "12737"),
        ("In 2 of 3 sites, 150 patients were enrolled.", "150"),
    ],
)
def test_enrolment_with_space_thousands_separators(text, n):
    assert parsing.n_enrolled(text) == n


@pytest.mark.parametrize(
    "line, first",
    [
        (
            "Charles E. Geyer, Jr., M.D., Michael Untch, M.D., Chiun-Sheng Huang, M.D., Ph.D., "
            "Sibylle Loibl, M.D., Ph.D.",
            "Charles E. Geyer",
        ),
        (
            "CRASH-2 trial collaborators; Haleema Shakur, Ian Roberts, Raúl Bautista, Tim Coats",
            "Haleema Shakur",
        ),
        ("EVOLVE Trial Investigators; Chertow GM, Block GA, Correa-Rotter R", "Chertow GM"),
        # (a group named at length with its acronym in brackets, then a comma)
        (
            "The Combined Randomised and Observational Study of Surgery for Fractures in the "
            "Distal Radius in the Elderly (CROSSFIRE) Study Group, Andrew Lawson, Justine M "
            "Naylor, Rachelle Buchbinder, Rebecca Ivers",
            "Andrew Lawson",
        ),
        # a short view's one name, the rest left out; a labelled list
        ("Hiroshi Yotsuyanagi et al.", "Hiroshi Yotsuyanagi"),
        ("Kimball A Johnson and others (author list shortened in this view)", "Kimball A Johnson"),
        ("Reviewing Liu Z et al. Ann Intern Med 2016 Sep 13.", "Liu Z"),
        ("Authors: Jennifer S Temel, Amy P Abernethy, David C Currow", "Jennifer S Temel"),
        # (a list split by semicolons, each surname first and closed by initials)
        ("Authors:      Corcoran Tomas B; Myles Paul S; Forbes Andrew B", "Tomas B Corcoran"),
        # (... but given names first when no entry closes with initials: not read here)
        ("Authors: Yasuhiko Sakata; Kazuhisa Nakashima; Michiru Sakurai", ""),
    ],
)
def test_first_author_after_a_group_and_before_a_suffix(line, first):
    assert parsing.first_author(f"Title of the paper\n\n{line}\n\nAbstract\n", False) == first


@pytest.mark.parametrize(
    "text, expected",
    [
        # a letter about a trial is commentary
        (
            "JAMA   Comment & Response   |   Letters\n\nSmaller Weight Loss in the SURMOUNT-CN "
            "Trial?\n\nTo the Editor: Zhao and colleagues reported that tirzepatide lowered "
            "weight in the randomized SURMOUNT-CN trial.",
            "commentary",
        ),
        # a release of two trials' own outcome with their enrolment reports them
        (
            "PRESS RELEASE\nRegeneron said today that both of their twin phase 3 studies, SOLO 1 "
            "and SOLO 2, reached their primary endpoint. The two trials together enrolled 1,379 "
            "patients.",
            "unknown",
        ),
    ],
)
def test_letters_and_releases_of_two_trials(text, expected):
    assert parsing.design(text, "", False)[0] == expected


# A news item, press release or exchange of letters answered by a trial's authors that is
# about one trial reports it (rule subject_of_news_or_reply): it stays a commentary, with no
# treatment effect of its own, but its study is that trial's. An editorial, a roundup, a
# letter left unanswered or one setting two trials side by side reports none.
_RELEASE = (
    "National Heart Institute  |  News & Events  |  Press Releases\n\n"
    "FOR IMMEDIATE RELEASE                                   November 19, 2014\n\n"
    "Institute ends the TWiTCH clinical trial early\n\n"
    "The institute has closed the TWiTCH trial after its monitoring board advised that the "
    "study had answered its main question. TWiTCH asked whether hydroxyurea keeps blood-flow "
    "velocities as low as transfusions do. The trial is distinct from SWiTCH, an earlier "
    "study in children who had already had a stroke.\n"
)
_NEWS = (
    "Society of Critical Care  |  Journal News Update  |  2009 Sep 16\n\n"
    "CESAR: referral for ECMO in severe respiratory failure (The Lancet)\n\n"
    "What was done\n  In a UK-wide trial, 180 adults were allocated to conventional "
    "ventilation or to referral to a specialist centre.\nComment\n  CESAR supports referral to "
    "an expert centre.\n"
)
_LETTERS = (
    "The NEW ENGLAND JOURNAL of MEDICINE        CORRESPONDENCE\n\n"
    "Levosimendan in Sepsis\n\n"
    "TO THE EDITOR: Gordon et al. report that levosimendan did not reduce organ dysfunction in "
    "septic shock (LEOPARDS trial). Patients were enrolled without any measure of output.\n"
    "Henrik Vestergaard, M.D.\n\n"
    "THE AUTHORS REPLY: LeoPARDS was designed as a pragmatic test of adding levosimendan.\n"
)


@pytest.mark.parametrize(
    "page, subject",
    [
        (_RELEASE, "TWiTCH"),
        (_NEWS, "CESAR"),
        (_LETTERS, "LEOPARDS"),
        # an editorial on one trial
        ("EDITORIAL\n\n" + _NEWS.replace("Journal News Update  |  ", ""), ""),
        # a roundup of the day's news
        ("NEWS ROUNDUP\n\n" + _NEWS, ""),
        # a letter nobody answered
        (_LETTERS.replace("THE AUTHORS REPLY: ", "Also: "), ""),
        # a letter setting two trials side by side
        (
            _LETTERS.replace(
                "(LEOPARDS trial).", "(LEOPARDS trial), whereas the VANISH trial found none."
            ),
            "",
        ),
        # a release naming a second trial beside the first, not as another one
        (
            _RELEASE.replace(
                "The trial is distinct from SWiTCH, an earlier study",
                "The institute also closed the SWiTCH trial today, a study",
            ),
            "",
        ),
        # "news" in prose or in a menu of the site's sections is no label
        (
            "CardioBeat Daily\nNews | Conferences | Opinion | Podcasts | Jobs\n\n"
            "Virtual congress: the CESAR trial of ECMO referral\nBy the CardioBeat news desk\n\n"
            "In this editorial we look at CESAR again.\n",
            "",
        ),
    ],
)
def test_a_news_item_release_or_answered_letter_reports_the_one_trial_it_is_about(page, subject):
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["design"] == "commentary"
    assert record["trial_names"] == subject
    assert record["trial_name_rules"] == ("subject_of_news_or_reply" if subject else "")


# The document's own registration statement decides which printed ids are its own: an id
# printed only in a list of other publications, or only beside another trial's name, is
# that publication's or trial's (registry_ids_cited), never a link of this document.
_OWN_STATEMENT_CASES = [
    # (page, own ids, cited ids)
    (
        # background names the predecessor trial with its id; the own id is ISRCTN
        "Adjuvant capecitabine added to gemcitabine after pancreatic resection (PANC-4)\n\n"
        "Background: The earlier PANC-3 trial (NCT00000011) set gemcitabine as standard.\n"
        "Methods: PANC-4 randomly assigned 730 patients to gemcitabine with or without "
        "capecitabine.\nTrial registration: ISRCTN12345678.",
        "ISRCTN12345678",
        "NCT00000011",
    ),
    (
        # an id on a line citing another paper ("Wang Y, et al."), own id in the
        # funding sentence ("Register number, ChiCTR...")
        "A Trial of Drug X in Adults Hospitalized with Severe Pneumonia\n\nIn this "
        "randomized trial 199 patients were assigned to drug X or standard care. (Funded "
        "by the Ministry; Chinese Clinical Trial Register number, ChiCTR2000012345.)\n\n"
        "Similar articles\n  Drug Y in severe pneumonia: a randomised, double-blind trial. "
        "Wang Y, et al. Lancet. 2020. (ClinicalTrials.gov NCT04000001)\n",
        "ChiCTR2000012345",
        "NCT04000001",
    ),
    (
        # the sister trial's name printed with its id in background; the document's own
        # id is in its closing registration statement
        "Drug Z plus chemotherapy in lung cancer\n\nDrug Z alone improved survival in "
        "PD-L1-high disease (ALPHA-Lung 1, NCT03000001). In the double-blind ALPHA-Lung 3 "
        "trial, 466 patients were randomised 2:1 to drug Z or placebo with chemotherapy. "
        "ClinicalTrials.gov registration: NCT03000777.",
        "NCT03000777",
        "NCT03000001",
    ),
    (
        # PubMed's "Associated data" after the "Similar articles" list is the own id
        "Drug Q versus placebo in heart failure\n\nPatients were randomized to drug Q or "
        "placebo.\n\nSimilar articles\n  Drug R in heart failure. Smith A, et al. N Engl J "
        "Med. 2019.\n\nPublication types\nRandomized Controlled Trial\n\nAssociated data\n"
        "ClinicalTrials.gov/NCT02000002\n",
        "NCT02000002",
        "",
    ),
    (
        # no registration statement: an id printed beside the document's own name stays
        "The BETA-7 trial (NCT01111111) randomized 812 patients to drug B or placebo.",
        "NCT01111111",
        "",
    ),
    (
        # no statement, and the only id is beside a name read as another trial's: kept,
        # since the document would otherwise keep no id of its own
        "Unlike the previous GAMMA study (NCT01222222), patients here were randomized to "
        "drug G or placebo.",
        "NCT01222222",
        "",
    ),
    (
        # ... but a document naming a trial of its own prints the others' ids beside them
        "Drug D in lung neuroendocrine tumours: DELTA-4 lung subgroup analysis\n\n"
        "In the phase 3 DELTA-4 study drug D prolonged progression-free survival, extending "
        "the benefit first shown in DELTA-3 (NCT01444444). This subgroup analysis describes "
        "90 patients.",
        "",
        "NCT01444444",
    ),
    (
        # a news item's source line cites the paper of its own trial
        "Blood pressure treatment in pregnancy lowers adverse outcomes\n\nWomen were "
        "randomly assigned to antihypertensive treatment or usual care.\n\nReference: "
        "Lee AT, et al. Treatment of mild hypertension in pregnancy. N Engl J Med. 2022. "
        "ClinicalTrials.gov: NCT02299999.",
        "NCT02299999",
        "",
    ),
    (
        # an id in the statement stays the document's even when a name stands before it
        "Drug K in asthma (DELTA): a randomised trial\n\nPatients were randomly assigned "
        "to drug K or placebo. This trial is registered with ClinicalTrials.gov, DELTA, "
        "NCT01333333.",
        "NCT01333333",
        "",
    ),
    (
        # another trial's id after an apposition to its name
        "Sponsor announces positive results from the Phase III HERON study\n\n"
        "The Phase III HERON study of drug H met its primary endpoint. Patients completing "
        "HERON may enter Post-HERON, a three-year follow-up study with repeated use of drug H "
        "(NCT02878603).",
        "",
        "NCT02878603",
    ),
]


_OWN_STATEMENT_CASES += [
    (
        # a registry mirror's record: its id under the title, other records listed after it
        "Clinical Trial Exchange  >  Clinical Trials  >  Sepsis\n\nPlacebo Controlled Trial of "
        "Sodium Selenite in Severe Sepsis\n\nIdentifier:          NCT00832039\nStatus:  "
        "Completed\n\nSummary\nThis study asks whether selenium lowers mortality.\n\n"
        "Related trials you may be interested in\n  Hydrocortisone for Prevention of Septic "
        "Shock - NCT00670254\n",
        "NCT00832039",
        "NCT00670254",
    ),
    (
        "trials.co   >   Clinical trials   >   Delirium\n\nDexmedetomidine and Long-term "
        "Outcome in Elderly Patients After Surgery\nNCT02809937\n\nStatus: Completed\n\n"
        "Related record\n  Dexmedetomidine and 5-year Outcome in Elderly Patients After "
        "Surgery - NCT03436472 (same patients, same arms)\n",
        "NCT02809937",
        "NCT03436472",
    ),
]


@pytest.mark.parametrize("page, own, cited", _OWN_STATEMENT_CASES)
def test_own_registry_ids_follow_the_registration_statement(page, own, cited):
    record = parsing.describe(page)
    assert record["registry_ids"] == own
    assert record["registry_ids_cited"] == cited


_RECORD_FIELDS = (
    "Study Type: Interventional\nAllocation: Randomized\nMasking: Double\n"
    "Enrollment: 420 (Actual)\nPrimary Purpose: Treatment\n"
)
_REGISTRY_RECORD_ID_CASES = [
    (
        # a "Related Studies" field names another trial's record
        "Drug E or Drug A With Two Backbones in Treatment-Naive Adults\n\n"
        "ClinicalTrials.gov Identifier: NCT00118898\n"
        + _RECORD_FIELDS
        + "Related Studies: NCT00389207 (drug N or drug A with the same backbone)\n",
        "NCT00118898",
        "NCT00389207",
    ),
    (
        # the record's own identifier in a column without a colon, and a sister record of the
        # same registry named only in the description
        "A Two-Drug Regimen in Treatment-Naive HIV-1 Infection (Study 1)\n\n"
        "ClinicalTrials.gov ID  NCT02831673\n"
        + _RECORD_FIELDS
        + "Brief Summary: A second study with an identical design (NCT02831764) runs in "
        "parallel.\n",
        "NCT02831673",
        "NCT02831764",
    ),
    (
        # the record's own other numbers stay its own, another registry's included
        "Induction and Maintenance Therapy in Ulcerative Colitis\n\n"
        "ClinicalTrials.gov Identifier: NCT00783718\n"
        + _RECORD_FIELDS
        + "Other Study ID Numbers: C13006; 2008-002782-32 (EudraCT Number)\n"
        "Participants could roll over into the open-label safety study NCT00790933.\n",
        "2008-002782-32;NCT00783718",
        "NCT00790933",
    ),
    (
        # a related study registered elsewhere is still another study
        "Permissive Hypotension in Older Patients With Vasodilatory Shock\n\n"
        "ISRCTN: ISRCTN10580502\nStudy hypothesis: A lower blood-pressure target reduces "
        "mortality\nOverall study status: Completed\nTarget number of participants: 2600\n"
        "Related studies: a separate trial in Canada (NCT03431181)\n",
        "ISRCTN10580502",
        "NCT03431181",
    ),
    (
        # an open-label extension's record names its parent study
        "Open-Label Extension of Drug Z in Hyperkalemia\n\n"
        "ClinicalTrials.gov Identifier: NCT02107092\n"
        + _RECORD_FIELDS
        + "Parent study: NCT02088073 (28-day randomised phase)\n",
        "NCT02107092",
        "NCT02088073",
    ),
]


@pytest.mark.parametrize("page, own, cited", _REGISTRY_RECORD_ID_CASES)
def test_a_registry_records_own_ids_and_the_ids_it_gives_for_other_studies(page, own, cited):
    record = parsing.describe(page)
    assert record["source_type"] == "registry_record"
    assert record["registry_ids"] == own
    assert record["registry_ids_cited"] == cited


# A page whose registration statement gives its own id in a registry prints another id of
# that registry outside the statement for another trial, and an id printed right beside a
# cited one ("(ISRCTN17029222, EudraCT 2010-023476-23)") is that trial's too.
_STATEMENT = "Trial registration: ISRCTN99887766."


@pytest.mark.parametrize(
    "background, own, cited",
    [
        (
            "The Welsh Seal or Varnish trial (ISRCTN17029222, EudraCT 2010-023476-23) found none.",
            "ISRCTN99887766",
            "2010-023476-23;ISRCTN17029222",
        ),
        (
            "Jastreboff, first author of the earlier report (ISRCTN12121212), is a co-author.",
            "ISRCTN99887766",
            "ISRCTN12121212",
        ),
        # (another registry's id is not decided by the statement: the trial's own EudraCT
        # number printed in its methods stays its own)
        (
            "The trial was approved under EudraCT 2015-001234-56 by the national agency.",
            "2015-001234-56;ISRCTN99887766",
            "",
        ),
    ],
)
def test_another_id_of_the_statements_registry_is_another_trials(background, own, cited):
    page = (
        "Effect of fluoride varnish in toddlers: the SMILE randomised trial\n\n"
        f"Methods: We randomly assigned 1248 children to varnish or advice. {_STATEMENT}\n"
        f"Background: {background}\n"
    )
    record = parsing.describe(page)
    assert record["registry_ids"] == own
    assert record["registry_ids_cited"] == cited


def test_a_name_printed_with_an_unregistered_id_is_cited():
    page = _OWN_STATEMENT_CASES[2][0]
    record = parsing.describe(page)
    assert record["trial_names"] == "ALPHA-Lung 3"
    assert record["trial_names_cited"] == "ALPHA-Lung 1"


def test_ids_paired_with_the_names_printed_beside_them():
    text = (
        "Efficacy of drug S in psoriasis (OMEGA-1 and OMEGA-2): results from two "
        "replicate phase 3 trials\n\nOMEGA-1 randomised 506 patients and OMEGA-2 "
        "randomised 491.\nTrial registration: ClinicalTrials.gov, NCT02684370 (OMEGA-1) "
        "and NCT02684357 (OMEGA-2)."
    )
    record = parsing.describe(text)
    assert record["trial_names"] == "OMEGA-1;OMEGA-2"
    assert record["registry_ids_by_trial"] == "OMEGA-1=NCT02684370;OMEGA-2=NCT02684357"


# A document whose registration statement gives each of several names its own id reports
# each of those trials (a sponsor's protocol code in brackets may stand between name and id)
@pytest.mark.parametrize(
    "page, names, by_trial",
    [
        (
            "Two Randomized Phase 3 Studies of Drug A in Early Disease\n\nParticipants were "
            "assigned to drug A or placebo.\nTrial registration: ALPHA (221AD302), "
            "NCT02484547; BETA (221AD301), NCT02477800.",
            "ALPHA;BETA",
            "ALPHA=NCT02484547;BETA=NCT02477800",
        ),
        (
            "Drug B in psoriasis: two replicate trials\n\nPatients were randomised to drug B or "
            "placebo. Registered with ClinicalTrials.gov: GAMMA-1, NCT02684370; GAMMA-2, "
            "NCT02684357.",
            "GAMMA-1;GAMMA-2",
            "GAMMA-1=NCT02684370;GAMMA-2=NCT02684357",
        ),
        (
            # each name with its id after a space: a name and its id, not one longer name
            "Faricimab in diabetic macular oedema (YOSEMITE and RHINE): two randomised trials\n\n"
            "Methods: YOSEMITE and RHINE were identical randomised trials. These trials are "
            "registered with ClinicalTrials.gov (YOSEMITE NCT03622580 and RHINE NCT03622593).",
            "YOSEMITE;RHINE",
            "RHINE=NCT03622593;YOSEMITE=NCT03622580",
        ),
        (
            # one name with its id in the statement, another trial's name and id in the
            # background: one trial reported
            "Drug C in heart failure (DELTA-HF): a randomised trial\n\nAn earlier trial "
            "(OMEGA, NCT01000001) was neutral. Patients were randomly assigned to drug C or "
            "placebo.\nTrial registration: DELTA-HF, NCT02000002.",
            "DELTA-HF",
            "",
        ),
    ],
)
def test_names_registered_with_their_own_ids_are_each_reported(page, names, by_trial):
    record = parsing.describe(page)
    assert record["trial_names"] == names
    assert record["registry_ids_by_trial"] == by_trial


def test_a_list_of_as_many_ids_as_trials_pairs_them_in_order():
    page = (
        "Efficacy of bimekizumab in hidradenitis suppurativa (BE HEARD I and BE HEARD II): two "
        "randomised, double-blind, phase 3 trials\n\nMethods: BE HEARD I and II were identically "
        "designed trials. These trials are registered at ClinicalTrials.gov, NCT04242446 and "
        "NCT04242498.\nFindings: BE HEARD I randomised 505 patients and BE HEARD II 509.\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["trial_names"] == "BE HEARD I;BE HEARD II"
    assert record["registry_ids_by_trial"] == "BE-HEARD-1=NCT04242446;BE-HEARD-2=NCT04242498"


def test_ids_apart_are_not_paired_by_order():
    page = (
        "Drug X in two trials (ALPHA-1 and ALPHA-2)\n\nALPHA-1 was registered as NCT01111111. "
        "A related cohort study is NCT02222222.\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert "ALPHA-2=NCT02222222" not in record["registry_ids_by_trial"]


def test_the_eu_register_protocol_page_numbers_its_fields():
    page = (
        "EU Clinical Trials Register\nClinical trials for septic shock\n\n"
        "EudraCT Number: 2018-000404-42\nSponsor's Protocol Code Number: RH-ITA-007\n"
        "National Competent Authority: Belgium - FAMHP\n\nA. Protocol information\n"
        "A.3 Full title of the trial: The Conservative vs. Liberal Approach to fluid therapy of "
        "Septic Shock in Intensive Care Trial\n"
        "A.3.2 Name or abbreviated title of the trial where available: CLASSIC\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == "registry_record"
    assert record["title"].startswith("The Conservative vs. Liberal Approach")
    assert record["trial_names"] == "CLASSIC"
    assert record["trial_name_rules"] == "registry_acronym_field"


@pytest.mark.parametrize(
    "page, design",
    [
        (
            "Azithromycin and the risk of cardiovascular death\n\nWithin a Tennessee Medicaid "
            "cohort, we studied patients who took azithromycin and propensity-score-matched "
            "control periods without antibiotic use.",
            "observational",
        ),
        # a randomised trial that also reports a propensity-matched comparison stays a trial
        (
            "Drug X versus placebo in gout\n\nWe randomly assigned 400 patients to drug X or "
            "placebo. A propensity-score analysis of adherence was exploratory.",
            "rct",
        ),
    ],
)
def test_treatments_compared_by_matching_make_a_cohort(page, design):
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["design"] == design


# Patients followed through a nation's, a population's or a disease's register, matched
# controls, an exposure varying over follow-up or JAMA's "Exposures" heading make a page
# observational when it says nothing of randomisation but to deny it; a registry-based
# randomised trial says it randomised.
@pytest.mark.parametrize(
    "page, design",
    [
        (
            "HPV vaccination and invasive cervical cancer\n\nMETHODS  Using nationwide "
            "Swedish registers, we followed 1,672,983 girls and women, treating vaccination "
            "as a time-varying exposure.",
            "observational",
        ),
        (
            "Anti-TNF therapy and serious infection\n\nMethods. Patients starting anti-TNF "
            "therapy and a comparison group were followed prospectively through the "
            "national register.",
            "observational",
        ),
        (
            "Risk of serious infection with psoriasis treatments\n\nDesign  Multicenter "
            "disease-based registry at dermatology centers.\nExposures  Treatments prescribed "
            "as in standard practice.\nResults  In this registry of 11 466 patients, ...",
            "observational",
        ),
        (
            "Bariatric surgery and mortality\n\n2010 patients had surgery and 2037 received "
            "conventional treatment (matched control group). Allocation was not random.",
            "observational",
        ),
        (
            "Methotrexate and mortality in rheumatoid arthritis: a prospective study\n\n"
            "Methods  The cohort comprised 1240 patients seen at one practice. After adjustment "
            "for confounding by indication, the hazard ratio for methotrexate use was 0.4.",
            "observational",
        ),
        (
            "Statins and sepsis\n\nWe assessed the effect of statins on sepsis in a cohort of "
            "patients starting dialysis.",
            "observational",
        ),
        (
            "Oxygen therapy in suspected myocardial infarction\n\nMethods: We ran a "
            "randomized clinical trial built on the Swedish national registries.",
            "rct",
        ),
        (
            "Ketamine vs ECT: a secondary analysis\n\nDesign: Secondary analysis of an "
            "open-label randomised trial.\nExposures  Ketamine or electroconvulsive therapy.",
            "rct",
        ),
    ],
)
def test_a_register_or_an_exposure_makes_an_unrandomised_page_observational(page, design):
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["design"] == design


# The other ways observational studies say what they followed, when the page says nothing of
# its own randomisation (a cohort built or followed, the long-running cohort studies named
# by what they follow, records linked across a nation, the confounders adjusted for), and
# the quasi-experimental designs, which compare groups no one assigned, whatever else the
# page says. A trial's page that assigns its patients to placebo (without the word
# "random") stays a trial even when it quotes another study's cohort.
@pytest.mark.parametrize(
    "page, design",
    [
        (
            "Handgun ownership and suicide\n\nMethods: We linked acquisition and death records "
            "for a cohort of 26.3 million residents and followed them for 12 years.",
            "observational",
        ),
        (
            "Air pollution and mortality\n\nMETHODS\nWe built an open cohort of all Medicare "
            "beneficiaries from 2000 through 2012.",
            "observational",
        ),
        (
            "Olive oil and mortality\n\nOBJECTIVES The authors examined olive oil intake and "
            "mortality in two large prospective U.S. cohorts.",
            "observational",
        ),
        (
            "Vasectomy and prostate cancer\n\nIn the Health Professionals Follow-Up Study, "
            "49,405 men were followed to 2010; models were adjusted for potential confounders.",
            "observational",
        ),
        (
            "Long-term risks for kidney donors\n\nWe compared 1901 donors with 32,621 "
            "participants of the HUNT population study who would have been eligible to donate.",
            "observational",
        ),
        (
            "Bystander CPR and 1-year outcomes\n\nMETHODS We linked nationwide Danish data on "
            "cardiac arrests to functional outcome data.",
            "observational",
        ),
        (
            "Nicotinamide and skin cancer\n\nThe team drew on VA electronic health records from "
            "1999 through 2024.",
            "observational",
        ),
        (
            "Bariatric surgery and mortality\n\n2010 underwent surgery and 2037 contemporaneously "
            "matched controls received conventional treatment. Allocation was by patient "
            "preference, not by randomization.",
            "observational",
        ),
        (
            "Shingles vaccine and dementia\n\nEligibility hinged on an exact date of birth; "
            "comparing the two sides in a regression-discontinuity design, the team estimated "
            "the vaccine's effect. Only a randomised trial can settle it.",
            "observational",
        ),
        (
            "Statins after stroke\n\nWe emulated a target trial in registry data of 40,000 "
            "patients.",
            "observational",
        ),
        # trials stay trials
        (
            "Hydrocortisone to improve survival without BPD\n\nWe enrolled 800 infants; 398 "
            "were assigned to hydrocortisone (4 mg per kilogram per day) and 402 to placebo. "
            "A Swedish implementation cohort of early hydrocortisone later reported an odds "
            "ratio of 1.62.",
            "rct",
        ),
        (
            "Aspirin in the Women's Health Study\n\nWe randomly assigned 39,876 women to "
            "aspirin or placebo and followed them for 10 years.",
            "rct",
        ),
        (
            "Exercise after breast cancer\n\nWe randomized a cohort of 242 survivors to "
            "supervised exercise or usual care.",
            "rct",
        ),
    ],
)
def test_cohorts_records_and_quasi_experiments_make_a_page_observational(page, design):
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["design"] == design


@pytest.mark.parametrize(
    "head, design",
    [
        ("REVIEW  |  2023\nShorter regimens for tuberculosis: what the trials tell us\n", "review"),
        ("Narrative Review | Open access\nShorter regimens for tuberculosis\n", "review"),
        # ... after a bar, with the year set apart after it
        (
            "GUT THERAPEUTICS REVIEW  |  Narrative review                2021\nShorter regimens\n",
            "review",
        ),
        ("Thorac Oncol Perspect  ·  Review      2020\nShorter regimens\n", "review"),
        # a menu listing reviews among other sections is no label
        ("Home | Reviews | Archive\nShorter regimens for tuberculosis\n", "rct"),
        # ... or set apart at the end of the journal's citation line
        (
            "Infect Dis Rev 2019;4(2):33-41                          REVIEW\nShorter regimens\n",
            "review",
        ),
        ("Thorax 2019;74:33-41          Review Article\nShorter regimens\n", "review"),
        # (not a word of a title, nor a line without its citation)
        ("A review of shorter regimens    REVIEW\nShorter regimens\n", "rct"),
        ("Thorax 2019;74:33-41  Peer review history\nShorter regimens\n", "rct"),
    ],
)
def test_a_review_label_opening_a_header_line(head, design):
    text = head + "We randomly assigned 300 patients to a six-month or a nine-month regimen.\n"
    assert parsing.design(text, "", False)[0] == design


def test_a_correction_printing_the_corrected_title_after_a_colon():
    text = (
        "NEJM  |  Correction  |  2021\n\nCorrection: Avacopan for the Treatment of "
        "ANCA-Associated Vasculitis\n\nIn the article by Jayne et al., a figure key was wrong.\n"
    )
    assert parsing.corrected_article(text) == (
        "Avacopan for the Treatment of ANCA-Associated Vasculitis"
    )


# A registry record whose public (brief) title names no trial often names it in its second
# title: the WHO data set's "Scientific title" opening with the acronym, ClinicalTrials.gov's
# "Official Title" (label and value on one line or on two) ending with it in brackets.
SECOND_TITLE_RECORDS = [
    (
        "Main ID:               ISRCTN15088122\n"
        "Register:              ISRCTN\n"
        "Date of registration:  2011\n"
        "Public title:          Tranexamic acid for people with a head injury\n"
        "Scientific title:      CRASH-3: tranexamic acid for the treatment of significant "
        "traumatic brain injury: an international randomised, double blind placebo "
        "controlled trial\n"
        "Study type:            Interventional\n"
        "Target sample size:    13000\n",
        "CRASH-3",
    ),
    (
        "ClinicalTrials.gov  PRS  |  Modernized Site (beta)  |  Classic site\n"
        "Study Record Detail   Saved Studies   Save this study\n\n"
        "Acute Venous Thrombosis: Thrombus Removal With Adjunctive Catheter-Directed "
        "Thrombolysis\n\n"
        "ClinicalTrials.gov ID  NCT00790335\n"
        "Sponsor  Washington University School of Medicine\n"
        "First Posted  2008-11-13\n"
        "Last Update Posted  2018-03-02\n\n"
        "Study Overview\n"
        "Official Title\n"
        "A Phase III, Open-label, Assessor-blinded, Randomized, Controlled Multicenter Trial "
        "of Pharmacomechanical Catheter-Directed Thrombolysis for Deep Vein Thrombosis "
        "(ATTRACT)\n"
        "Allocation: Randomized\n"
        "Enrollment: 692\n",
        "ATTRACT",
    ),
]


@pytest.mark.parametrize("page, name", SECOND_TITLE_RECORDS)
def test_a_record_named_only_in_its_second_title(page, name):
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == "registry_record"
    assert record["trial_names"] == name


def test_a_record_named_in_its_public_title_reads_no_name_from_its_second():
    # the official title's disease abbreviation in brackets is no second trial of the record
    page = (
        "ClinicalTrials.gov  PRS  |  Modernized Site (beta)  |  Classic site\n"
        "ClinicalTrials.gov ID  NCT01335464\n"
        "Brief Title: Safety and Efficacy of BIBF 1120 in Idiopathic Pulmonary Fibrosis "
        "(INPULSIS-1)\n"
        "Official Title: A 52 Weeks, Double Blind, Randomized, Placebo-controlled Trial of "
        "BIBF 1120 in Patients With Idiopathic Pulmonary Fibrosis (IPF)\n"
        "First Posted  2011-04-14\n"
        "Allocation: Randomized\n"
        "Masking: Double\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["trial_names"] == "INPULSIS-1"
    assert "IPF" not in record["trial_names_cited"].split(";")


# An add-on design named without a randomisation sentence: the add-on with its backbone
# against the backbone; nothing when what is added names no treatment or the backbone none
@pytest.mark.parametrize(
    "text, title, expected",
    [
        (
            "This trial evaluated the addition of pertuzumab to trastuzumab and docetaxel.",
            "",
            ["pertuzumab plus trastuzumab and docetaxel", "trastuzumab and docetaxel"],
        ),
        (
            "Adding ticagrelor to aspirin lowered the risk of stroke.",
            "",
            ["ticagrelor plus aspirin", "aspirin"],
        ),
        (
            "",
            "Adding Sitagliptin to Usual Care in Type 2 Diabetes",
            ["sitagliptin plus usual care", "usual care"],
        ),
        (
            "Adding radiotherapy to SOX gave no further benefit.",
            "",
            ["radiotherapy plus sox", "sox"],
        ),
        ("The addition of 2 points to the score changed little.", "", []),
        ("Adding simvastatin to existing treatments safely lowered risk.", "", []),
    ],
)
def test_arms_of_an_add_on_design(text, title, expected):
    assert parsing.arms(text, title, False) == expected


# Hard-wrapped pages (text taken from a PDF, an e-mail or a terminal): the line breaks
# inside a paragraph are read as spaces, every offset unchanged
_WRAPPED = (
    "Disease-free Survival and Local Recurrence After Laparoscopic-assisted Resection or Open\n"
    "Resection for Rectal Cancer: The Australasian Laparoscopic Cancer of the Rectum Trial\n"
    "\n"
    "Stevenson, Andrew R. L.; Solomon, Michael J.; Brown, Christopher S. B.; Lumley, John W.;\n"
    "Hewett, Peter; Clouston, Andrew D.; Gebski, Val J.; Wilson, Kate; Hague, Wendy; Simes, J\n"
    "\n"
    "Objective: To report 2-year disease-free survival, local recurrence and overall survival in\n"
    "the trial that compared laparoscopic with open resection for rectal cancer in 475 patients.\n"
    "Methods: The 475 randomised patients (238 laparoscopic, 237 open) were followed for at least\n"
    "two years; analyses were by intention to treat, and the primary end point was disease-free\n"
    "survival at two years in the whole randomised population of the trial as it was designed.\n"
)


def test_a_hard_wrapped_page_reads_its_paragraphs_as_lines():
    from metasynth.parsing_text import unwrapped

    read = unwrapped(_WRAPPED)
    assert len(read) == len(_WRAPPED)
    lines = read.split("\n")
    assert lines[0] == (
        "Disease-free Survival and Local Recurrence After Laparoscopic-assisted Resection or Open "
        "Resection for Rectal Cancer: The Australasian Laparoscopic Cancer of the Rectum Trial"
    )
    assert lines[2].startswith("Stevenson, Andrew R. L.;") and lines[2].endswith("Simes, J")
    # a sentence's end and a heading keep their line breaks
    assert lines[4].endswith("for rectal cancer in 475 patients.")
    assert lines[5].startswith("Methods: The 475") and lines[5].endswith("as it was designed.")
    # only line breaks changed
    assert [i for i, (a, b) in enumerate(zip(_WRAPPED, read)) if a != b] == [
        i for i, (a, b) in enumerate(zip(_WRAPPED, read)) if a == "\n" and b == " "
    ]
    assert parsing.title(read, False).endswith("Laparoscopic Cancer of the Rectum Trial")


_ITEM = "of the trial of bridging anticoagulation in patients who stop warfarin before surgery"


@pytest.mark.parametrize(
    "text",
    [
        # paragraphs printed one per line, as a copied web page is
        (
            "A paragraph of a web page that runs on for well over one hundred and sixty characters "
            "because the browser wraps it on screen, and the copy of the page keeps it as one "
            "line of text\n"
        )
        * 8,
        # fields of a record one after another
        "\n".join(f"Field {n}: the value {_ITEM}" for n in range(8)),
        # a bullet list, a numbered list
        "\n".join(f"- item {n} {_ITEM}" for n in range(8)),
        "\n".join(f"{n}. Item {_ITEM}" for n in range(1, 9)),
        # lines laid out in columns
        "\n".join(f"THE LANCET   |   Articles   |   Volume {n} {_ITEM[:40]}" for n in range(8)),
        # sentences that end where their lines do
        "\n".join(f"Sentence {n} {_ITEM}." for n in range(8)),
    ],
)
def test_a_page_that_is_not_hard_wrapped_is_read_as_it_is(text):
    from metasynth.parsing_text import unwrapped

    assert unwrapped(text) is text


def test_a_hard_wrapped_page_with_crlf_line_ends_keeps_its_length():
    from metasynth.parsing_text import metadata_text, unwrapped

    text = _WRAPPED.replace("\n", "\r\n")
    read = unwrapped(text)
    assert len(read) == len(text)
    assert read.split("\r\n")[0].startswith("Disease-free Survival") and "Open  Resection" in read
    assert metadata_text(text).split("\n")[0].endswith("Cancer of the Rectum Trial\r")


def test_a_wrapped_pdf_page_keeps_its_title_authors_and_citation_apart():
    """Text taken from a PDF: title, authors and citation on lines of their own with no
    blank line between, the abstract wrapped."""
    from metasynth.parsing_text import unwrapped

    text = (
        "Sorafenib in advanced clear-cell renal-cell carcinoma of the kidney after cytokines\n"
        "Bernard Escudier, Tim Eisen, Walter M Stadler, Cezary Szczylik, Stephane Oudard\n"
        "N Engl J Med 2007;356:125-134. doi: 10.1056/NEJMoa060655 (published January 2007)\n"
        "Background: Renal-cell carcinoma that progressed after cytokine treatment had no\n"
        "standard second treatment when this trial began, and the trial tested sorafenib in\n"
        "patients whose disease had progressed. Methods: After one systemic treatment had\n"
        "failed, 903 patients were randomly assigned to sorafenib or placebo; the primary end\n"
        "point was overall survival, and progression-free survival was also assessed by the\n"
        "investigators and by a central review of the scans taken every six weeks of therapy\n"
    )
    lines = unwrapped(text).split("\n")
    assert lines[:3] == text.split("\n")[:3]
    assert lines[3].startswith("Background:") and lines[3].endswith("every six weeks of therapy")


@pytest.mark.parametrize("rule", ["-" * 95, "=" * 95, "_" * 95, "* " * 47 + "*"])
def test_a_rule_line_on_a_wrapped_page_joins_neither_line_beside_it(rule):
    """A rule of dashes, equals signs, underscores or stars under a site's bar separates; the
    title under it is the page's title, its own two wrapped lines joined."""
    from metasynth.parsing_text import metadata_text

    text = (
        "EBNEO  Evidence-Based Neonatology  |  Home  |  Reviews  |  Commentaries  |  About  |  Search\n"
        f"{rule}\n"
        "Sustained Lung Inflation Does Not Decrease Bronchopulmonary Dysplasia or Death among\n"
        "Extremely Preterm Infants: The SAIL Randomized Clinical Trial\n"
        "July 25, 2019\n"
        "REVIEWED BY: Rajesh Pandey, MD; Narmada Pandey Sapkota\n"
        "QUESTION: In infants born at 23 to 26 weeks with poor respiratory effort or bradycardia,\n"
        "does sustained inflation at birth, compared with intermittent positive pressure\n"
        "ventilation, lower the rate of bronchopulmonary dysplasia or death at 36 weeks of age\n"
        "when infants are followed up in the neonatal units of the participating centres?\n"
        "METHODS: Parallel-group trial; permuted blocks of two, four or six stratified by site\n"
        "and gestational age; opaque sealed envelopes; 460 infants of a planned 600 enrolled,\n"
        "the trial having been stopped early for excess early deaths in the inflation group.\n"
    )
    lines = metadata_text(text).split("\n")
    assert lines[1] == rule
    title = parsing.title(metadata_text(text), False)
    assert title == (
        "Sustained Lung Inflation Does Not Decrease Bronchopulmonary Dysplasia or Death among "
        "Extremely Preterm Infants: The SAIL Randomized Clinical Trial"
    )


@pytest.mark.parametrize(
    "notice",
    [
        "This website is intended for diabetes healthcare professionals.",
        "This site is intended for healthcare professionals only",
        "For healthcare professionals only",
        "Intended for US healthcare professionals",
    ],
)
def test_a_sites_audience_notice_is_no_title(notice):
    page = (
        "Diabetes Congress Reports  |  ADA 76th Scientific Sessions  |  June 2016\n"
        f"{notice}\n\n"
        "SWITCH 2: Reduced Hypoglycemia with Insulin Degludec versus Insulin Glargine\n\n"
        "Presented by Carol Wysham, MD\n"
    )
    assert parsing.title(page, False).startswith("SWITCH 2: Reduced Hypoglycemia")


@pytest.mark.parametrize(
    "field, expected",
    [
        (
            "Intervention  Conjugated equine estrogens, 0.625 mg/d, plus medroxyprogesterone "
            "acetate, 2.5 mg/d, in 1 tablet (n = 8506) or placebo (n = 8102).",
            ["conjugated equine estrogens plus medroxyprogesterone acetate", "placebo"],
        ),
        (
            "INTERVENTIONS: Daily capsule containing 40 mg of folic acid, 100 mg of pyridoxine "
            "hydrochloride and 2 mg of cyanocobalamin, or placebo.",
            ["folic acid, pyridoxine hydrochloride and cyanocobalamin", "placebo"],
        ),
        (
            "Interventions: Early surgery (n = 312) vs watchful waiting (n = 309).",
            ["early surgery", "watchful waiting"],
        ),
        # three arms in prose: not read from the field
        ("Interventions: Drug A or drug B or placebo.", []),
    ],
)
def test_arms_from_a_structured_abstracts_intervention_field(field, expected):
    text = (
        "Effect of a treatment on an outcome\n\nDesign, Setting, and Participants  Double-blind "
        "trial at 36 centers.\n\n" + field + "\n\nMain Outcomes and Measures  Death.\n"
    )
    assert parsing.arms(text, "", False) == expected


def test_a_collective_author_line_above_the_authors_is_no_title():
    page = (
        "PubMed\n\nN Engl J Med. 1999 Feb 11;340(6):409-17.\n\n"
        "A multicenter, randomized, controlled clinical trial of transfusion requirements in "
        "critical care.\n"
        "Transfusion Requirements in Critical Care Investigators, Canadian Critical Care Trials "
        "Group.\n\n"
        "P C Hebert, G Wells, M A Blajchman, J Marshall, C Martin\n\nAbstract\n"
    )
    assert parsing.title(page, False).startswith("A multicenter, randomized, controlled")


# MEDLINE printed older titles with their collective author after them, on the title's
# line: the title is the sentence before it, and a name in it is the trial's.
@pytest.mark.parametrize(
    "line, title",
    [
        (
            "Broad-spectrum antibiotics for preterm, prelabour rupture of fetal membranes: the "
            "ORACLE I randomised trial. ORACLE Collaborative Group.",
            "Broad-spectrum antibiotics for preterm, prelabour rupture of fetal membranes: the "
            "ORACLE I randomised trial.",
        ),
        (
            "The effect of spironolactone on morbidity and mortality in patients with severe "
            "heart failure. Randomized Aldactone Evaluation Study Investigators.",
            "The effect of spironolactone on morbidity and mortality in patients with severe "
            "heart failure.",
        ),
        (
            "Effect of enalapril on survival in patients with reduced left ventricular ejection "
            "fractions and congestive heart failure. The SOLVD Investigators",
            "Effect of enalapril on survival in patients with reduced left ventricular ejection "
            "fractions and congestive heart failure.",
        ),
    ],
)
def test_a_collective_author_after_the_title_on_its_line_is_not_the_title(line, title):
    page = (
        f"PubMed\n\nN Engl J Med. 1999 Sep 2;341(10):709-17.\n\n{line}\n\n"
        "B Pitt, F Zannad, W J Remme, R Cody, A Castaigne\n\nAbstract\nBackground: text.\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["title"] == title
    assert record["first_author"] == "B Pitt"
    # (the group still names the trial: "The SOLVD Investigators")
    assert record["trial_names"] == (
        "ORACLE I" if "ORACLE" in line else "SOLVD" if "SOLVD" in line else ""
    )


@pytest.mark.parametrize(
    "head, expected",
    [
        # a title set over two or three lines, as a PDF prints it; "vs." ends no sentence
        (
            "The NEW ENGLAND JOURNAL of MEDICINE\nOriginal Article\n\nSerious Asthma Events "
            "with Budesonide\nplus Formoterol vs. Budesonide Alone\n\n",
            "Serious Asthma Events with Budesonide plus Formoterol vs. Budesonide Alone",
        ),
        (
            "The NEW ENGLAND JOURNAL of MEDICINE\noriginal article\n\nRanibizumab versus "
            "Verteporfin for Neovascular\nAge-Related Macular Degeneration\n\n",
            "Ranibizumab versus Verteporfin for Neovascular Age-Related Macular Degeneration",
        ),
        # a first line in title case over one opening in lower case, however like a
        # journal's name it reads
        (
            "JAMA Surgery | Original Investigation\n\nSurvival After Hyperthermic "
            "Intraperitoneal Chemotherapy\nand Primary or Interval Cytoreductive Surgery in "
            "Ovarian Cancer\nA Randomized Clinical Trial\n\n",
            "Survival After Hyperthermic Intraperitoneal Chemotherapy and Primary or Interval "
            "Cytoreductive Surgery in Ovarian Cancer: A Randomized Clinical Trial",
        ),
        # a subtitle naming the design on a line of its own follows a colon, as the journal's
        # own citation prints it (not a title opening with its design)
        (
            "JAMA Network\nOriginal Investigation  |  July 4, 2017\nEffect of Insulin Degludec "
            "vs Insulin Glargine U100 on Hypoglycemia in Patients With Type 2 Diabetes\nThe "
            "SWITCH 2 Randomized Clinical Trial\n",
            "Effect of Insulin Degludec vs Insulin Glargine U100 on Hypoglycemia in Patients "
            "With Type 2 Diabetes: The SWITCH 2 Randomized Clinical Trial",
        ),
        (
            "JAMA Neurology | Original Investigation\nAssociation Between ASPECTS and Outcomes "
            "With Endovascular Therapy\nA Secondary Analysis of the RESCUE-Japan LIMIT Trial\n",
            "Association Between ASPECTS and Outcomes With Endovascular Therapy: A Secondary "
            "Analysis of the RESCUE-Japan LIMIT Trial",
        ),
        (
            "The NEW ENGLAND JOURNAL of MEDICINE\nOriginal Article\n\nGlutamine in the ICU\nA "
            "Randomized Trial of Glutamine and Antioxidants in Critically Ill Patients\n",
            "Glutamine in the ICU A Randomized Trial of Glutamine and Antioxidants in "
            "Critically Ill Patients",
        ),
        # not a section label or a citation beside it
        (
            "CLINICAL RESEARCH: Clinical Trial\nLow-Dose Colchicine for Secondary Prevention of "
            "Cardiovascular Disease\n\n",
            "Low-Dose Colchicine for Secondary Prevention of Cardiovascular Disease",
        ),
    ],
)
def test_a_title_printed_over_several_lines(head, expected):
    page = (
        head + "Stephen P. Peters, M.D., Ph.D., Eugene R. Bleecker, M.D., Giorgio W. Canonica, "
        "M.D., Yong B. Park, M.D., Sally Hollis, M.Sc.\n\nN Engl J Med 2016;375:850-60.\n"
    )
    assert parsing.title(page, False) == expected


def test_an_author_list_with_college_and_dotted_degrees_is_an_author_line():
    page = (
        "Surgical vs Nonsurgical Treatment of Adults With Displaced Fractures\n\n"
        "Amar Rangan, FRCS(Tr&Orth); Helen Handoll, DPhil; Stephen Brealey, PhD; Laura "
        "Jefferson, PhD\n\nJAMA. 2015;313(10):1037-1047.\n"
    )
    assert parsing.first_author(page, False).startswith("Amar Rangan")


def test_a_repository_records_title_is_read_from_its_citation():
    page = (
        "UEA Digital Repository\n\n"
        "Bath, Philip M., Scutt, Polly, Anderson, Craig and Sprigg, Nikola (2019) Prehospital "
        "transdermal glyceryl trinitrate in patients with ultra-acute presumed stroke "
        "(RIGHT-2): an ambulance-based, randomised, sham-controlled, blinded, phase 3 trial. "
        "Lancet, 393 (10175). pp. 1009-1020. ISSN 0140-6736\n\nAbstract\nBackground: text.\n"
    )
    assert parsing.title(page, False).startswith("Prehospital transdermal glyceryl trinitrate")
    assert parsing.title(page, False).endswith("blinded, phase 3 trial")
    # a page without a repository's heading keeps its own title line
    other = page.replace("UEA Digital Repository", "Stroke Update")
    assert not parsing.title(other, False).startswith("Prehospital")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count next to the noun, not one further back: "the three trials 473 women"
        ("Across the three trials 473 women were randomised.", "473"),
        # a target is no enrolment
        ("Of 360 planned participants, 216 were included in the analysis.", ""),
        # ... but the first count of "N of M": the M screened are not the randomised
        ("In all, 1829 of 1917 patients undergoing angiography were randomised.", "1829"),
        # (the first count of "N of M planned" is)
        ("The trial stopped after 120 of 400 intended patients were randomised.", "120"),
        # words between a count and its noun still may be: "type 2"
        ("In all, 4,000 type 2 diabetic patients were randomised.", "4000"),
    ],
)
def test_enrolment_is_the_count_beside_its_noun_and_never_a_target(text, expected):
    assert parsing.n_enrolled(text) == expected


# CONSORT's flow written out: the people screened or assessed for eligibility are never the
# enrolment; the count enrolled or randomised among them follows, with or without its noun,
# and randomised outranks enrolled
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Results: Of 1586 patients screened, 656 were enrolled: 327 to thrombectomy alone.",
            "656",
        ),
        ("Of 19,212 patients screened, 8179 were enrolled at 473 sites in 11 countries.", "8179"),
        (
            "From Jan 4, to Aug 18, 2011, 240 patients were screened and 199 were randomised to "
            "regorafenib (n=133) or placebo (n=66).",
            "199",
        ),
        (
            "Between 2015 and 2018, 2034 patients were assessed for eligibility and 1201 were "
            "randomly assigned.",
            "1201",
        ),
        ("We screened 5120 adults, of whom 812 underwent randomisation.", "812"),
        ("Of 1,200 patients screened, 700 patients were randomised.", "700"),
        ("A total of 900 patients were screened; 400 were enrolled.", "400"),
        (
            "Of 3013 patients screened, 398 were enrolled and 363 underwent randomisation: 179 "
            "to ablation and 184 to medical therapy.",
            "363",
        ),
        (
            "Of 1,269 patients screened at 133 sites in 25 countries, 345 eligible patients with "
            "stage IIIB or IV adenocarcinoma were randomly assigned 2:1 to afatinib or to "
            "cisplatin plus pemetrexed.",
            "345",
        ),
        # the count with "enrolled" before its noun
        ("The 656 enrolled patients were split almost evenly between the strategies.", "656"),
        # the verb after a second count with its own noun is that count's
        (
            "Methods: At 18 Veterans Affairs medical centres, 2203 patients scheduled for CABG "
            "were randomly assigned to on-pump or off-pump surgery.",
            "2203",
        ),
        (
            "At 38 children's hospitals, 295 comatose children were randomly assigned.",
            "295",
        ),
        # (not the arms' counts: "Of 503 patients, 250 were assigned to ...")
        ("Of 503 patients, 250 were assigned to chemotherapy and 253 to surgery alone.", "503"),
        # a screening count alone is no enrolment
        ("We screened 300 patients for the trial.", ""),
        ("In all, 2400 patients were assessed for eligibility.", ""),
    ],
)
def test_enrolment_is_never_the_number_screened(text, expected):
    assert parsing.n_enrolled(text) == expected


# A journal site's head: the journal on a line of its own (or before bars), its issue on the
# next line, after an article-type line, or after the bars; its name and year before a
# dash; a newsletter's or meeting's month or year on one of the first lines.
# A journal's name as a reviewer cites it: no label, article type, section or platform
# beside it, no leading "The" nor trailing "volume", abbreviated word by word as the NLM
# abbreviates titles (a title of one word and a meeting's name as printed); never a sentence's
# words or a field's label.
@pytest.mark.parametrize(
    "printed, expected",
    [
        ("The Lancet", "Lancet"),
        ("The Lancet Oncology", "Lancet Oncol"),
        ("Randomized Controlled Trial  BMJ", "BMJ"),
        ("Cite this as: BMJ", "BMJ"),
        (
            "The NEW ENGLAND JOURNAL of MEDICINE        CORRESPONDENCE        N Engl J Med",
            "N Engl J Med",
        ),
        ("New England Journal of Medicine", "N Engl J Med"),
        ("Journal of the American College of Cardiology", "J Am Coll Cardiol"),
        ("Journal of Human Hypertension volume", "J Hum Hypertens"),
        ("Health Technology Assessment", "Health Technol Assess"),
        ("JAMA Network Open", "JAMA Netw Open"),
        ("Rheumatology (Oxford)", "Rheumatology (Oxford)"),
        ("International Stroke Conference", "International Stroke Conference"),
        ("Trials volume", "Trials"),
        ("ScienceDirect", ""),
        ("Articles", ""),
        ("The results were published in The Lancet in", ""),
        ("Recruitment finished in", ""),
        ("Publication Year:", ""),
    ],
)
def test_journal_name(printed, expected):
    assert parsing.journal_name(printed) == expected


@pytest.mark.parametrize(
    "head, journal, year",
    [
        (
            "Kidney International\nVolume 98, Issue 4, October 2020, Pages 1001-1010\n\nTitle\n",
            "Kidney International",
            "2020",
        ),
        (
            "THE LANCET\nArticles  |  Volume 390, Issue 10101, P1234-1240, March 3, 2017\n\nTitle\n",
            "LANCET",
            "2017",
        ),
        (
            "The Lancet Respiratory Medicine   |   Correspondence   |   Volume 5, Issue 2, E9-E10, February 2017\n",
            "Lancet Respiratory Medicine",
            "2017",
        ),
        (
            "Journal of Hepatology\nAvailable online 2023  |  Research article\n\nTitle\n",
            "Journal of Hepatology",
            "2023",
        ),
        (
            "JAMA Pediatrics\nOriginal Investigation | Neonatology\nMay 4, 2021;175(5):e210001. doi:10.1/x\n",
            "JAMA Pediatrics",
            "2021",
        ),
        (
            "JAMA Neurology\nOriginal Investigation  |  March 2016;73(3):300-308. doi:10.1/x\n",
            "JAMA Neurology",
            "2016",
        ),
        ("Trials        Open Access  |  Study protocol\n2014, 15:212\n\nTitle\n", "Trials", "2014"),
        ("Thorax (2015) - ARTICLE - Asthma\n\nTitle\n", "Thorax", "2015"),
        (
            "ORIGINAL ARTICLE  |  N Engl J Med 2016;375:1100-1110  |  DOI: 10.1/x\n",
            "N Engl J Med",
            "2016",
        ),
        ("RENAL DIGEST  -  Evidence round-up, March 2021\n\nTitle\n", "", "2021"),
        ("STROKE NOTES  -  European Stroke Conference 2018, Lyon\n\nTitle\n", "", "2018"),
        # not a site's menu line, nor a month in the body
        ("Search  Menu  Sign in\nVolume 3, Issue 2, May 2010, Pages 1-9\n", "", "2010"),
        # the year, not the end of a page range before it
        (
            "THE LANCET\nArticles | Volume 388, Issue 10054, P1893-1902, October 15, 2016\n",
            "LANCET",
            "2016",
        ),
        # ... nor a page printed with a small p (its first page may look like a year)
        (
            "THE LANCET   |   Articles   |   Volume 393, Issue 10185, p2051-2058, May 18, 2019\n",
            "LANCET",
            "2019",
        ),
        (
            "Title of the paper\n\nAuthors\n\nAbstract\nPatients were enrolled in the first and second line and the third\nBetween March 2019 and May 2020, we enrolled 300 patients.\n",
            "",
            "",
        ),
    ],
)
def test_journal_and_year_from_a_journal_sites_head(head, journal, year):
    assert parsing.citation(head, registry=False) == (journal, year)


@pytest.mark.parametrize(
    "line, first",
    [
        # a writing committee for a network before the names
        (
            "Writing Committee for the Pediatric Eye Disease Investigator Group; Jonathan M "
            "Holmes, Raymond T Kraker, Roy W Beck",
            "Jonathan M Holmes",
        ),
        # degrees printed after each name without a comma before the first
        (
            "Matthias Götberg MD, PhD, Karolina Berntorp MD, PhD, Rebecca Rylance MSc",
            "Matthias Götberg",
        ),
        # ... but initials stay initials: "Smith MD" is M. D. Smith in Vancouver style
        ("Smith MD, Jones AB, Brown CD", "Smith MD"),
    ],
)
def test_author_lines_after_a_committee_and_with_degrees(line, first):
    assert parsing.first_author(f"A title of a trial\n\n{line}\n\nAbstract", False) == first


def test_a_presenter_with_a_surname_particle():
    text = "Congress notes\n\nPresenter: Stephanie M de Boer (Leiden University), for the group.\n"
    assert parsing.first_author(text, False) == "Stephanie M de Boer"


# A practice summary, practice guidance or position statement titled so discusses trials
# and reports none, whatever its evidence list prints beside their names.
@pytest.mark.parametrize(
    "title",
    [
        "Practice summary 2015/03: Interferon-free treatment of chronic hepatitis C genotype 1",
        "Practice guidance on anticoagulation after bioprosthetic valve replacement",
        "Position statement: aspirin for primary prevention in older adults",
        # practice digests by title
        "Practice notes: single-dose HPV vaccination and the new dengue vaccines",
        "Practice pointer: direct-acting antivirals for hepatitis C",
        "Clinical practice update on interferon-free treatment of hepatitis C",
    ],
)
def test_a_practice_summary_reports_no_trial(title):
    page = (
        f"{title}\n\n1. Evidence base\nThe recommendations draw on three open-label phase 3 "
        "trials:\n - ION-1 (NCT01701401): 865 patients.\n - ION-2 (NCT01768286): 440 patients.\n"
    )
    record = parsing.describe(page)
    assert record["design"] == "commentary"
    assert record["trial_names"] == ""


# ... and so does a page under a practice digest's section label.
@pytest.mark.parametrize(
    "label",
    [
        "Clinical Practice Notes  |  Immunisation  |  2024",
        "Practice Pointer",
        # a digest's name, then its section label closing the line before a date
        "GERIATRIC PRACTICE DIGEST   |   Practice summary   |   2025",
    ],
)
def test_a_practice_digest_label_reports_no_trial(label):
    page = (
        f"{label}\n\nSingle-dose HPV vaccination and the new dengue vaccines\n\nA Author\n\n"
        "KEN SHE (NCT03675256) gave 2275 Kenyan women one dose of vaccine.\n"
    )
    assert parsing.describe(page)["design"] == "commentary"


# A title naming a treatment by guidelines is no guideline: "up-titration of
# guideline-directed medical therapies" reports a trial; "2023 ESC Guidelines for the
# management of endocarditis" is a guideline.
@pytest.mark.parametrize(
    "title, design",
    [
        (
            "Safety and efficacy of up-titration of guideline-directed medical therapies for "
            "acute heart failure (STRONG-HF): a multinational, open-label, randomised trial",
            "rct",
        ),
        ("Guideline-recommended care after stroke: a cluster-randomised trial", "rct"),
        ("2023 ESC Guidelines for the management of endocarditis", "commentary"),
        # (a trial in general practice, or of a practice's nurses, is a trial)
        ("A nurse-led intervention in general practice: a cluster-randomised trial", "rct"),
        ("Practice nurse-led care for type 2 diabetes: a randomised trial", "rct"),
        # (a trial of following guidelines calls itself a trial in its title; a statement
        # for reporting trials does not)
        (
            "The effect of mobile phone text-message reminders on Kenyan health workers' "
            "adherence to malaria treatment guidelines: a cluster randomised trial",
            "rct",
        ),
        (
            "Results from the CLUES study: a cluster randomized trial for the evaluation of "
            "cardiovascular guideline implementation in primary care in Spain",
            "rct",
        ),
        (
            "Effect on the process of care of an active strategy to implement clinical "
            "guidelines on physiotherapy for low back pain: a cluster-randomised controlled trial",
            "rct",
        ),
        (
            "CONSORT 2010 statement: updated guidelines for reporting parallel group "
            "randomised trials",
            "commentary",
        ),
        ("Guidelines for the management of acute variceal bleeding", "commentary"),
    ],
)
def test_a_treatment_named_by_guidelines_is_no_guideline(title, design):
    text = f"{title}\n\nMethods: 1078 patients were randomly assigned to the two strategies.\n"
    assert parsing.design(text, title, False)[0] == design


# A section label under a page's title and its first paragraph of prose heads one of its
# own sections (a journal-club page's "Guidelines", a synopsis's "Comment"); above that
# paragraph it names the page's kind ("Editorial | Free access | Cite" under the title).
_JOURNAL_CLUB_PAGE = (
    "Back to Index   |   Infectious Disease   |   Edit   |   History\n\n"
    '"Empirical Antibiotic Treatment Strategies for Community-Acquired Pneumonia". The New '
    "England Journal of Medicine.\nClinicalTrials.gov number, NCT01660204.\n\n"
    "Clinical Question\nIn adults admitted to a non-ICU ward with suspected community-acquired "
    "pneumonia, is beta-lactam\nmonotherapy noninferior to the alternatives for 90-day "
    "mortality?\n\nBottom Line\nYes: a beta-lactam strategy was noninferior.\n\n"
    "{label}\nMost guidelines recommend combination therapy or a fluoroquinolone for these "
    "patients.\n\nDesign\n- Cluster-randomized crossover trial of 2,283 patients\n"
)


@pytest.mark.parametrize("label", ["Guidelines", "Comment", "Commentary", "Editorial"])
def test_a_section_label_under_a_paragraph_heads_a_section(label):
    page = _JOURNAL_CLUB_PAGE.format(label=label)
    title = '"Empirical Antibiotic Treatment Strategies for Community-Acquired Pneumonia".'
    assert parsing.design(page, title, False)[0] != "commentary"


@pytest.mark.parametrize(
    "between",
    [
        "[Author names withheld in this copy]\n\n",
        "Jane Q Author, John R Writer, Ann B Editor, Paul C Critic, Mary D Reader, Tom E Fellow\n\n",
        "",
    ],
)
def test_a_section_label_right_under_the_title_names_the_page(between):
    title = "Anticoagulation for device-detected atrial fibrillation: a narrowing grey zone"
    page = (
        f"Eur Heart J. 2024\n\n{title}\n\n{between}"
        "Editorial | Free access | Cite | Permissions | Share\n"
        "Short bursts of atrial fibrillation detected by pacemakers are common, and two "
        "randomised trials have now addressed whether anticoagulation helps.\n"
    )
    assert parsing.design(page, title, False)[0] == "commentary"


# Those a treatment was given to, and their conditions, are no arms: "... was given before
# delivery to mothers with at least one first-degree relative with atopic eczema, allergic
# rhinitis or asthma"; the randomisation sentence's arms still are.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "METHODS: In a double-blind, randomised, placebo-controlled trial, Lactobacillus GG "
            "was given before delivery to mothers with at least one first-degree relative with "
            "atopic eczema, allergic rhinitis or asthma.",
            [],
        ),
        (
            "In a randomised trial, the vaccine was given to adults aged 60 years or older or "
            "to younger adults with diabetes.",
            [],
        ),
        (
            "Patients were randomly assigned to dapagliflozin or placebo.",
            ["dapagliflozin", "placebo"],
        ),
    ],
)
def test_a_population_is_no_arm(text, expected):
    assert parsing.arms(text, "", False) == expected


# A page printing three or more trials each beside an id of its own, with no registration
# statement of its own, surveys them (a review, a practice summary) however it describes
# their randomisation; a report of its own trial, or a pooled analysis, does not
_SURVEY = (
    "REGIONAL ONCOLOGY DIGEST  ·  2023\n\nAdding to local therapy in liver and ovarian cancer\n\n"
    "TACTICS (NCT01217034) added sorafenib to TACE in 156 patients. The Dutch OVHIPEC-1 trial "
    "(NCT00426257) randomised 245 women to surgery with or without HIPEC. The Korean "
    "KOV-HIPEC-01 trial (NCT01091636) randomised 184 women after neoadjuvant chemotherapy.\n"
)


@pytest.mark.parametrize(
    "text, design",
    [
        (_SURVEY, "review"),
        (_SURVEY + "In this randomised trial, we randomly assigned 300 patients.", "rct"),
        (
            _SURVEY + "(Funded by the Ministry; TACTICS ClinicalTrials.gov number, NCT01217034.)",
            "rct",
        ),
        (_SURVEY.replace("KOV-HIPEC-01 trial (NCT01091636)", "trial"), "rct"),
        # a review's label between middle dots, something after it
        (
            "STROKE EVIDENCE PERSPECTIVES  ·  Narrative review  ·  Vol 6, 2023\n\nRescue "
            "therapy\n\nPatients were randomly assigned in RESCUE BT.",
            "review",
        ),
    ],
)
def test_a_page_naming_three_registered_trials_surveys_them(text, design):
    record, _ = parsing.parse_document("d", "d.txt", text.encode())
    assert record["design"] == design


def test_a_page_opening_with_a_pubmed_format_record_without_its_pmid():
    page = (
        "PT  - JOURNAL ARTICLE\nAU  - Kudo, Masatoshi\nAU  - Ueshima, Kazuomi\n"
        "TI  - Randomised, multicentre prospective trial of TACE plus sorafenib as compared\n"
        "      with TACE alone in patients with hepatocellular carcinoma: TACTICS trial\n"
        "JT  - Gut\nDP  - 2020 Aug\n\nAbstract text: patients were randomly assigned.\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["title"].startswith("Randomised, multicentre prospective trial of TACE")
    assert record["title"].endswith("TACTICS trial")
    assert (record["first_author"], record["journal"], record["year"]) == (
        "Kudo, Masatoshi",
        "Gut",
        "2020",
    )
    assert record["trial_names"] == "TACTICS"
    # a page of prose, or two tagged lines, states nothing so
    assert parsing.tagged_record_fields("Trial of X\n\nTI  - a line\nText.\n") == {}
    assert parsing.tagged_record_fields("PT  - LETTER\nTI  - Reply\n\nText.\n") == {}


# A news item names the paper's first author and the rest as colleagues ("Willemien J. van
# Driel, MD, PhD, of the Netherlands Cancer Institute in Amsterdam, and colleagues"), and the
# trial's patients in a relative clause ("a trial in 245 patients whose disease was stable");
# a subset counted the same way outside a trial's description is no enrolment.
@pytest.mark.parametrize(
    "text, author, enrolled",
    [
        (
            "Ovarian cancer patients may benefit from HIPEC\n\n(HealthDay News) - Giving HIPEC "
            "is linked to better outcomes, according to a study in the New England Journal of "
            "Medicine.\n\nWillemien J. van Driel, MD, PhD, of the Netherlands Cancer Institute "
            "in Amsterdam, and colleagues ran a multicenter phase 3 trial in 245 patients whose "
            "disease was at least stable after three cycles.\n",
            "Willemien J. van Driel",
            "245",
        ),
        (
            "Denosumab cuts fractures\n\nSteven R. Cummings, MD, and colleagues enrolled 7,868 "
            "women aged 60 to 90 years.\n",
            "Steven R. Cummings",
            "7868",
        ),
        (
            "Drug A in lung cancer\n\nA total of 529 patients were randomly assigned; 468 "
            "patients who had no brain metastases were analysed. The results were reviewed by "
            "the investigators and colleagues.\n",
            "",
            "529",
        ),
    ],
)
def test_a_news_items_first_author_and_its_trials_patients(text, author, enrolled):
    assert parsing.first_author(text, False) == author
    assert parsing.n_enrolled(text) == enrolled


# The arms counted in a bracket after the randomisation verb, when nothing else names them
# ("410 women were randomised (201 spironolactone, 209 placebo)", "(932 to chemotherapy and
# 935 to observation)"); doses, strata and populations counted so are no arms.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Results  Between June 2019 and August 2021, 410 women were randomised (201 "
            "spironolactone, 209 placebo) and 342 contributed to the primary analysis.",
            ["spironolactone", "placebo"],
        ),
        (
            "Findings  448 patients were randomly assigned (223 to PCB, 225 to PC).",
            ["pcb", "pc"],
        ),
        (
            "Findings  11 976 women were randomised (5990 aspirin, 5986 placebo).",
            ["aspirin", "placebo"],
        ),
        ("Patients were randomly assigned (180 mg loading dose, 90 mg twice daily).", []),
        ("In all, 866 patients were randomized (713 HER2-low, 153 HER2-ultralow).", []),
        ("A total of 1200 patients were randomized (600 women, 600 men).", []),
        # counts with the Lancet's space thousands; an arm whose name opens like a unit
        # ("h", "g", "min") is an arm
        (
            "Findings  21 315 participants were randomly assigned (10 662 vitamin D, 10 653 "
            "placebo) and followed for a median of 5.7 years.",
            ["vitamin d", "placebo"],
        ),
        (
            "Findings  371 patients were randomised (186 honey, 185 standard care).",
            ["honey", "standard care"],
        ),
        (
            "Findings  120 adults were randomised (60 gabapentin, 60 placebo).",
            ["gabapentin", "placebo"],
        ),
        (
            "Findings  90 patients were randomised (45 minocycline, 45 placebo).",
            ["minocycline", "placebo"],
        ),
    ],
)
def test_arms_counted_in_a_bracket_after_the_verb(text, expected):
    assert parsing.arms(text, "", False) == expected


# How a treatment is given is no part of its arm's name ("daily exit-site application of
# standardised antibacterial honey plus usual exit-site care" is the honey, "a single
# infusion of zoledronic acid" the acid); else, when nothing else names the arms, what a
# placebo- or sham-controlled trial tests stands against its placebo or sham ("a randomised,
# double-blind, placebo-controlled trial of monthly oral vitamin D3 in Australians"), not
# the people it enrolled nor what it measured.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Methods  Patients on peritoneal dialysis were randomly assigned to daily exit-site "
            "application of standardised antibacterial honey (Medihoney) plus usual exit-site "
            "care, or to standard nasal mupirocin prophylaxis for those who were carriers.",
            [
                "standardised antibacterial honey plus usual exit-site care",
                "standard nasal mupirocin prophylaxis",
            ],
        ),
        (
            "Methods  Women were randomly assigned to a single infusion of zoledronic acid or "
            "placebo.",
            ["zoledronic acid", "placebo"],
        ),
        (
            "Methods  D-Health was a randomised, double-blind, placebo-controlled trial of "
            "monthly oral vitamin D3 (60 000 IU) in Australians aged 60-84 years.",
            ["monthly vitamin d3", "placebo"],
        ),
        (
            "Methods  We did a sham-controlled study of renal denervation in resistant "
            "hypertension.",
            ["renal denervation", "sham"],
        ),
        (
            "Methods  A placebo-controlled trial of the efficacy and safety of drug X in gout.",
            ["drug x", "placebo"],
        ),
        ("Methods  We did a placebo-controlled trial of 400 patients with gout.", []),
        ("Methods  This placebo-controlled trial of adults with asthma tested drug X.", []),
    ],
)
def test_arms_named_by_what_is_given_and_by_a_controlled_trial_of(text, expected):
    assert parsing.arms(text, "", False) == expected


# ... and, last, a table's two arm columns with their counts ("Outcome | Parenteral (N=1191)
# | Enteral (N=1197) | Relative risk (95% CI)"), not columns named by a ratio ("1:1:1 (n =
# 338)").
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Table 2. Outcomes\nOutcome | Parenteral (N=1191) | Enteral (N=1197) | Relative risk "
            "(95% CI) | P value\nDeath by day 30 | 393 | 409 | 0.97 (0.86-1.08) | 0.57\n",
            ["parenteral", "enteral"],
        ),
        (
            "Outcome | 1:1:1 (n = 338) | 1:1:2 (n = 342) | Adjusted Relative Risk (95% CI)\n",
            [],
        ),
    ],
)
def test_arms_from_a_tables_two_counted_columns(text, expected):
    assert parsing.arms(text, "", False) == expected


# What followed the assignment and when it was made are no part of the last arm's name:
# "... or ziprasidone (40-160 mg) and followed for 1 year", "... or usual care between 1993
# and 2001", "... or PRP in 2012" (an arm that is followed itself keeps its name).
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Patients were randomly assigned to haloperidol (1-4 mg per day), olanzapine (5-20 "
            "mg) or ziprasidone (40-160 mg) and followed for 1 year.",
            ["haloperidol", "olanzapine", "ziprasidone"],
        ),
        (
            "Adults were randomly assigned to fluvastatin or placebo and were followed for a "
            "mean of 5.1 years.",
            ["fluvastatin", "placebo"],
        ),
        (
            "Participants were randomly assigned to circumcision or delayed circumcision and "
            "assessed by HIV testing.",
            ["circumcision", "delayed circumcision"],
        ),
        (
            "Women were randomly assigned to screening or usual care between 1993 and 2001.",
            ["screening", "usual care"],
        ),
        (
            "Eyes were randomly assigned to ranibizumab or PRP in 2012 and followed 5 years.",
            ["ranibizumab", "prp"],
        ),
        (
            "Patients were randomly assigned to active monitoring or surgery.",
            ["active monitoring", "surgery"],
        ),
    ],
)
def test_what_followed_the_assignment_is_left_off_the_last_arm(text, expected):
    assert parsing.arms(text, "", False) == expected


# When an arm starts is its schedule: "... beginning 2 months before radiotherapy",
# "starting at the conditioning regimen" are left off the arm's name.
def test_an_arms_starting_time_is_left_off_its_name():
    text = (
        "Men with prostate adenocarcinoma were randomly assigned to radiotherapy alone (992 men) "
        "or to radiotherapy with 4 months of total androgen suppression beginning 2 months "
        "before radiotherapy (short-term ADT; 987 men)."
    )
    assert parsing.arms(text, "", False) == [
        "radiotherapy with total androgen suppression",
        "radiotherapy alone",
    ]
    # (schedule words are taken off too: "twice a week")
    assert parsing.clean_arm("placebo twice a week, starting at the conditioning regimen") == (
        "placebo week"
    )


# A pooled analysis gathering other studies' individual data ("gathered individual data from
# the prospective studies worldwide") is a meta-analysis; a listed title doing so is not the
# page's own ("Similar articles ... meta-analyses of individual patient data from randomised
# trials"). A self-controlled design ("A case-crossover design compared") is observational.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The largest pooled analysis of its kind found a higher risk. The Collaborative "
            "Group gathered individual data from the prospective studies worldwide that had "
            "recorded hormone therapy use.",
            "meta_analysis",
        ),
        (
            "Patients were randomly assigned to zoledronic acid or no zoledronic acid.\n\n"
            "Similar articles\n  Adjuvant bisphosphonate treatment in early breast cancer: "
            "meta-analyses of individual patient data from randomised trials. Lancet. 2015.",
            "rct",
        ),
        (
            "A case-crossover design compared the frequency of dental procedures in the 30 days "
            "before endocarditis with that in an earlier control period.",
            "observational",
        ),
    ],
)
def test_pooled_individual_data_and_self_controlled_designs(text, expected):
    assert parsing.design(text, "Hormone therapy and breast cancer", False)[0] == expected


# A registry's enrolment field as each registry prints it: the number enrolled before a bare
# field before a target, and never a date
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Primary purpose: Treatment Enrollment (actual): 6629  Arms and Interventions", "6629"),
        ("Masking: Single (Participant) Actual enrollment: 888 participants", "888"),
        ("Enrollment (estimated)   1440  Brief Summary", "1440"),
        ("Target number of participants: Stage 1: 400 Total final enrolment: 424 (Stage 1)", "424"),
        ("Target number of participants: 600 Total final enrolment: 610  Locations", "610"),
        ("Target sample size: 620 Actual sample size: 369 Recruitment state(s): NSW", "369"),
        ("Date of first enrolment:    13/03/2016 Target sample size:         3424 ", "3424"),
        ("F.4.2.2 In the whole clinical trial: 92 ", "92"),
        ("Population of trial subjects   Worldwide total number of subjects    593   EEA", "593"),
        ("Subject disposition   Number of subjects started        940   Arms", "940"),
        # a date is no enrolment
        ("Date of first enrolment: 13/03/2016\nRecruitment status: Completed", ""),
    ],
)
def test_enrolment_from_every_registrys_field(text, expected):
    assert parsing.n_enrolled(text) == expected


# How abstracts, congress abstracts and summaries state who took part, beyond "N patients
# were randomised" (cases that must give the count, and cases that must not)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Results: 272 pts were randomised (nivo n = 135; doc n = 137).", "272"),
        ("Results: Of 530 patients randomised, all in the surgery group but one recovered.", "530"),
        ("RESULTS Of the 423 patients enrolled, 94.3% of those given 0.3 mg lost fewer.", "423"),
        (
            "Methods: Participants (n = 5179) at 320 sites were allocated at random to X or Y.",
            "5179",
        ),
        ("With best supportive care, 410 patients took part (207 everolimus, 203 placebo).", "410"),
        ("Results: Of 1552 adults (776 antibiotics, 776 appendectomy), 414 (27%) had X.", "1552"),
        (
            "During enrolment, 16,235 participants received Butantan-DV (10,259) or placebo "
            "(5976). Two-year efficacy was 79.6%.",
            "16235",
        ),
        ("Results: In all, 1108 patients received at least one dose of study drug.", "1108"),
        ("Participants: 121 patients (73 women, mean age 54 years) with pyoderma.", "121"),
        ("Design\n- Open-label, phase 3\n- N = 647 treatment-naive adults with HCV\n", "647"),
        (
            "- Randomised 2:1 to the device (n = 244) or control (n = 119)\n- Total enrolled: 363\n",
            "363",
        ),
        ("Results: Among 8292 patients, 4921 presented with deep-vein thrombosis.", "8292"),
        # the first arm's count and the others', each after its verb or "to": their sum
        ("Results: 3056 patients were assigned to drug A and 3051 to placebo.", "6107"),
        ("Results: 10,005 children received TCV and 10,014 received MenA.", "20019"),
        (
            "Overall, 412 women were allocated to aspirin 100 mg, 409 to placebo, and 410 to both.",
            "1231",
        ),
        # ... not when the first clause names both arms, after a dose received, or for counts
        # too far apart to be arms
        (
            "Results: 1200 patients were randomly assigned to A or B, and 1180 received at least one dose.",
            "1200",
        ),
        (
            "Results: 1200 patients were randomly assigned; 600 received A and 600 received B.",
            "1200",
        ),
        ("In year 1, 250 patients received drug and 30 received rescue therapy.", ""),
        # the count randomised among those enrolled or registered first
        ("Findings: Of 713 patients enrolled, 605 were randomised (303 A, 302 B).", "605"),
        ("Results: 570 patients were first registered, and 407 of them were randomised.", "407"),
        ("Results: Of 369 patients enrolled, 220 underwent randomisation and were treated.", "220"),
        # the people found eligible are a stage before enrolment, when "Of" opens the count
        (
            "Findings: Of 10 102 eligible patients, 7112 were enrolled between 2008 and 2013.",
            "7112",
        ),
        (
            "Methods: In a randomised study of 1858 eligible patients, four regimens were compared.",
            "1858",
        ),
        # ... not a few randomised in error
        ("Results: Of 514 babies enrolled, 242 became ill; five were randomised in error.", "514"),
        # a count randomised without its noun, opening its clause (the arms' sum when it is
        # the first arm's)
        (
            "Methods: adults were randomised at 882 sites; 17 160 were randomised and followed.",
            "17160",
        ),
        (
            "Results: 288 were assessed. Recruitment stopped after 131 had been randomised (66, 65).",
            "131",
        ),
        (
            "Results: Of the 184 women, 92 were randomized to HIPEC (age 52.0 years) and 92 to surgery.",
            "184",
        ),
        # a count opening a section, its people described after it
        ("Methods: 573 patients with active Crohn's disease received a single infusion.", "573"),
        ("Results: 5047 participants (19.8% Black) were followed for a mean of 5 years.", "5047"),
        ("Results: 45 patients died in the first year.", ""),
        # a total after the groups counted one by one
        (
            "Results: TRIAL-1 randomised 671 patients and TRIAL-2 randomised 708 (1379 in all).",
            "1379",
        ),
        ("Results: 714 adults were randomised in A-1 and 719 in A-2 (1433 in total).", "1433"),
        (
            "Results: 374 patients were randomised to A or placebo, and a further 521 patients "
            "received open-label A, for 895 patients overall.",
            "895",
        ),
        # ... not of events, nor a total the counts before it do not add up to
        (
            "Results: 600 patients were randomised. 12 patients and 8 patients died (20 in total).",
            "600",
        ),
        ("Results: 600 patients were randomised to A or B (900 in total were screened).", "600"),
        ("Findings  Among the 16,235 participants, vaccine efficacy was 67.3%.", "16235"),
        # one arm's count is no enrolment
        ("Of the 1197 patients randomised to erythromycin, 40 died.", ""),
        ("Of the 60 patients enrolled in the placebo group, 12 relapsed.", ""),
        # a count split by arm after another verb counts events or an analysed subset
        (
            "Of 130 symptomatic cases, 24 were in the vaccine group and 106 in the placebo group.",
            "",
        ),
        ("Data were available for 108 participants (57 ciclosporin; 51 prednisolone).", ""),
        ("Overall 6 subjects (2 dolutegravir, 4 efavirenz) stopped for adverse events.", ""),
        # numbers adding up by chance ("m2" is no count)
        ("assigned to nivolumab 3 mg/kg (292 patients) or docetaxel 75 mg/m2 (290 patients).", ""),
        # a subset described after its noun, the eligible, and a smaller opening count
        ("Results Among the 373 patients who had responded by week 6, 40% remained.", ""),
        ("Of 8174 eligible patients, 1089 with severe sepsis entered the analysis.", ""),
        (
            "Among 2684 seronegative participants, efficacy was 60%. In 4387 participants, X.",
            "4387",
        ),
    ],
)
def test_enrolment_as_abstracts_and_summaries_state_it(text, expected):
    assert parsing.n_enrolled(text) == expected


# The year of a page that no citation line dates, as real pages print it: a year as a field
# of a head line, a citation's year before its volume and pages in the head, a registry's
# first date as each registry labels it; and never a year of a sentence or a reference list
@pytest.mark.parametrize(
    "page, year",
    [
        ("Acme Pharma  |  Press release  |  2021\n\nHeadline of the release\n\nBody.", "2021"),
        (
            "THE LANCET  |  Correspondence  |  Volume 398  |  2021\n\nAuthors' reply\n\nBody.",
            "2021",
        ),
        ("News  |  ESC Congress, Rome | 2016\n\nHeadline\n\nBody.", "2016"),
        ("Published: 2018  |  Am J Gastroenterol 113, 1045-1052\n\nTitle\n\nBody.", "2018"),
        ("Medicom Conference Reports  >  Psychiatry  >  ECNP 2021  >  Mood\n\nTitle\n\nB.", "2021"),
        ("ASCO Meeting Library  |  2024 ASCO Annual Meeting  |  GI cancer\n\nTitle\n\nB.", "2024"),
        ("PubMed  >  Ophthalmology  >  2020 Jan;127(1):72-84.  doi: 10.1016/x\n\nTitle", "2020"),
        ("Hoeppner et al. BMC Cancer (2016) 16:503   DOI 10.1186/s12885\n\nTitle\n\nB.", "2016"),
        ("BMC Pregnancy and Childbirth  2007, 7:12  |  Study protocol\n\nTitle\n\nB.", "2007"),
        ("Title\n\nBritish Journal of Surgery, volume 99, issue 4, pages 532-539 (2012)\n", "2012"),
        ("ISRCTN12345678\nTitle\nSubmission date: 2010        Overall status: Complete\n", "2010"),
        (
            "Public title: X\nDate of registration:     14/07/2014\nRecruitment status: Done\n",
            "2014",
        ),
        ("Trial ACTRN12611000791932\nDate registered:            2011\n", "2011"),
        # a year in a sentence, a period, or a reference far down is not the page's
        ("Headline\n\nBetween 2012 and 2014 we enrolled 80 patients.\n", ""),
        ("Recruited from 2009  |  until 2012\n\nHeadline\n\nBody.", ""),
        ("Headline\n\n" + "Body text. " * 200 + "Lancet 2008;372:1319-27.", ""),
    ],
)
def test_a_pages_year_from_its_head_fields_citation_or_registry_date(page, year):
    assert parsing.citation(page, False)[1] == year


# Copies of ClinicalTrials.gov records print its fields in columns without colons, and
# ISRCTN's page may print a label one space before its value: both are registry records; a
# journal page using the same words in prose is not
CTGOV_COPY = (
    "ClinicalTrials.gov\n\n"
    "Early Versus Late Feeding in Critically Ill Children\n"
    "ClinicalTrials.gov ID  NCT01234567\n"
    "Acronym: FEEDKIDS\n\n"
    "Sponsor                  University Hospital\n"
    "First posted             2012\n"
    "Study type               Interventional\n"
    "Allocation               Randomized\n"
    "Masking                  Outcomes Assessor\n"
    "Enrollment (estimated)   1200\n"
)
ISRCTN_ONE_SPACE = (
    "ISRCTN registry      Search | Browse | About\n\n"
    "ISRCTN12345678\n"
    "Lymph node removal in advanced ovarian cancer\n\n"
    "Submission date 01/02/2008     Registration date 03/04/2008\n"
    "Recruitment status No longer recruiting     Condition category Cancer\n"
    "Prospectively registered\n\n"
    "Plain English summary of protocol\n"
    "Background and study aims: ...\n"
    "Acronym                     NODAL\n"
    "Total final enrolment       640\n"
)


@pytest.mark.parametrize(
    "page, kind, name",
    [
        (CTGOV_COPY, "registry_record", "FEEDKIDS"),
        (ISRCTN_ONE_SPACE, "registry_record", "NODAL"),
        (
            "Feeding in critically ill children: a randomised trial\n\n"
            "Methods: Allocation was concealed and masking of assessors kept. The study type "
            "was a pragmatic trial; 1200 children were randomly assigned.\n",
            "journal_abstract",
            "",
        ),
    ],
)
def test_registry_records_printed_in_columns_or_with_one_space(page, kind, name):
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == kind
    assert record["trial_names"] == name


def test_a_registry_record_without_an_arm_list_gives_its_arms_in_prose():
    page = ISRCTN_ONE_SPACE + (
        "\nResults basic reporting\n"
        "Participant flow: 12 483 women randomised (6233 screening, 6250 usual care)\n"
        "Basic results summary: fractures occurred in 12.9% and 13.6% (hazard ratio 0.94, "
        "95% CI 0.85 to 1.03).\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == "registry_record"
    assert record["arms"] == "screening;usual care"


# The line under a news page's headline naming what it reports ("Findings from the SENOMAC
# study") is read as a title when nothing else names the page's trial; a deck naming no
# trial, or the author line, adds nothing
DECK_PAGE = (
    "ONCOLOGY NEWS  |  Breast Cancer\n08 Apr 2024\n\n"
    "Omitting Axillary Dissection Was Noninferior in Sentinel-Node Macrometastases\n"
    "{deck}\n\n"
    "Leaving the axilla alone gave 5-year recurrence-free survival that was not worse.\n\n"
    "Background. ACOSOG Z0011 had already shown that dissection could be skipped.\n"
)


@pytest.mark.parametrize(
    "deck, names",
    [
        ("Findings from the AXILLA-5 study", "AXILLA-5"),
        ("Results of the AXILLA-5 trial", "AXILLA-5"),
        ("A commentary by our oncology editor", ""),
    ],
)
def test_a_deck_under_the_headline_names_the_trial(deck, names):
    record, _ = parsing.parse_document("d", "d.txt", DECK_PAGE.format(deck=deck).encode())
    assert record["trial_names"] == names


def test_a_byline_with_an_institution_gives_way_to_the_headline():
    page = (
        "European Stroke Organisation  |  ESO Blog  |  July 2022\n"
        "Anna Berg, University Medical Center Hamburg (Stroke Imaging Research group)\n\n"
        "Thrombectomy alone fails to show noninferiority compared with bridging alteplase\n\n"
        "For several years stroke physicians have argued about thrombolysis.\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["title"].startswith("Thrombectomy alone fails")


def test_a_journal_issue_line_and_a_session_label_give_way_to_the_title():
    page = (
        "Journal of Hypertension: June 2018 - Volume 36 - Issue - p e5\n"
        "doi: 10.1097/01.hjh.0000538975.96760.ea\n"
        "ORAL SESSION 1B: BLOOD PRESSURE MEASUREMENT\n\n"
        "SELF-MONITORING OF BLOOD PRESSURE IN HYPERTENSION (TASMIN9): A RANDOMISED CONTROLLED "
        "TRIAL\n\n"
        "McManus, R.; Mant, J.; Franssen, M.; Nickless, A.\n\n"
        "Objective: Earlier studies gave conflicting results.\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["title"].startswith("SELF-MONITORING OF BLOOD PRESSURE")
    assert record["trial_names"] == "TASMIN9"


def test_the_eu_registers_name_field_with_or_without_where_available():
    page = (
        "EU Clinical Trials Register\n\n"
        "EudraCT Number: 2013-005326-38\n"
        "Sponsor: Hannover Medical School\n"
        "Full title of the trial: Digitoxin in heart failure with reduced ejection fraction\n"
        "A.3.2 Name or abbreviated title of the trial: DIGIT-HF\n"
        "Sponsor protocol code: MHH-01\n"
    )
    record, _ = parsing.parse_document("d", "d.txt", page.encode())
    assert record["source_type"] == "registry_record"
    assert record["trial_names"] == "DIGIT-HF"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a protocol's planned size, when the page counts no one enrolled
        ("We plan to recruit 256 patients in the UK and Germany.", "256"),
        ("We aim to randomise 1200 children and follow them for 72 weeks.", "1200"),
        ("It is a randomised trial aiming to recruit 140 participants over 4 years.", "140"),
        ("CONSEPT will enrol 200 children aged 3 months to 16 years.", "200"),
        ("It will include approximately 100 patients aged 18 years or older.", "100"),
        ("About 1812 women are to be recruited.", "1812"),
        ("Recruitment started in May 2011, and 410 patients are to be randomized.", "410"),
        ("About 4000 patients will be recruited in England, Wales and Scotland.", "4000"),
        ("The recruitment target is 440 patients.", "440"),
        ("The target sample is 516 patients.", "516"),
        ("A projected 344 patients with acute basilar occlusion will take part.", "344"),
        ("The trial aims to include 438 participants.", "438"),
        # ... never over a count of people enrolled
        ("We planned to recruit 750 patients. By 2006, 731 patients had been randomised.", "731"),
        ("The target sample size was 500; 488 patients were randomly assigned.", "488"),
        # nor a plan of something else
        ("We will include 12 sites and plan to report in 2026.", ""),
    ],
)
def test_enrolment_of_a_protocol_is_its_planned_size(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a decimal in the phrase qualifying the people is no sentence's end
        (
            "In the FAME 2 trial, 888 patients with at least one stenosis with an FFR of 0.80 "
            "or less were randomised to PCI plus medical therapy or medical therapy alone.",
            "888",
        ),
        # the subject of the trial's own sentence, described before its verb
        (
            "In this randomised, open-label, international phase 3 trial, 582 patients whose "
            "disease had progressed during or after chemotherapy were assigned to nivolumab "
            "or docetaxel.",
            "582",
        ),
        # ... but not a subset the sentence describes without assigning it
        (
            "In this randomised trial, 120 patients whose tumours expressed PD-L1 had longer "
            "survival than those whose tumours did not.",
            "",
        ),
    ],
)
def test_enrolment_after_a_qualifying_phrase_with_decimals_or_a_relative_clause(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the active voice of an assignment: a news item's, a methods sentence's
        (
            "Doctors at Jin Yin-tan Hospital in Wuhan assigned 199 adults with low blood oxygen "
            "either to the drug plus usual care or to usual care alone.",
            "199",
        ),
        ("We allocated 532 patients with stable coronary disease to colchicine or none.", "532"),
        ("The trial had allocated 7,112 patients at risk to nitrous oxide or not.", "7112"),
        # (the passive is another rule's, its count the one assigned: "1508 patients were
        # assigned", not the 20 beds a sentence says were assigned)
        ("In all, 1508 patients were assigned; 20 beds were assigned 2 nurses each.", "1508"),
    ],
)
def test_enrolment_in_the_active_voice_of_an_assignment(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle of enrolment, "involved", a count given as about so many
        ("Double-blind trial in 7 US medical ICUs, 2014 to 2017, enrolling 167 patients.", "167"),
        ("The international study involved 12,737 adults with traumatic brain injury.", "12737"),
        ("The study enrolled approximately 7,400 pregnant individuals in 18 countries.", "7400"),
        ("Methods: The trial randomised about 1100 patients admitted with heart failure.", "1100"),
        ("In an international study of more than 9000 patients at high risk, it helped.", "9000"),
        # ... which yields to an exact count
        (
            "VESTRI was a 26-week trial of budesonide-formoterol against budesonide alone in "
            "11,693 adolescents and adults. Together with a fourth trial, the programme "
            "enrolled more than 40,000 patients.",
            "11693",
        ),
        # a protocol's plan with an adjective or an adverb, or a minimum
        ("Up to 930 eligible patients will be randomized 1:1 to tirofiban or control.", "930"),
        ("In all, 404 participants will be centrally randomized 1:1:1:1 to four groups.", "404"),
        ("LOVIT is a blinded superiority trial with a minimum of 800 patients.", "800"),
    ],
)
def test_enrolment_by_participle_involvement_or_about_so_many(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the page's whole population described by its count
        ("Results: The 503 participants had a mean age of 54 years.", "503"),
        ("The 1,414 patients had an average age of 74, which is young for this disease.", "1414"),
        ("METHODS: The 1486 patients were followed for a median of 8.4 years.", "1486"),
        ("Results: The mean age of the 503 participants was 54 years; 63% were women.", "503"),
        # ... never one group's, nor over a count of people enrolled
        ("The 40 patients in the placebo group had a mean age of 60 years.", ""),
        ("We randomly assigned 210 patients. The 180 patients were followed for a year.", "210"),
    ],
)
def test_enrolment_of_a_population_described_by_its_count(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the count reached of a planned total, "N of the planned M"
        (
            "Enrolment was stopped early, after 880 of the planned 1776 patients had been "
            "randomised (438 PCI, 442 CABG).",
            "880",
        ),
        ("The trial was halted after 745 of a planned 1000 patients had been enrolled.", "745"),
        # never a phase's, stage's or grade's number
        (
            "SWiTCH was a multicentre phase 3 randomised trial in children with sickle cell "
            "anaemia. In all, 133 children were randomised.",
            "133",
        ),
        # nor a count and a noun a paragraph apart
        (
            "Results from a clinical trial of four experimental therapies\n\nPatients with "
            "Ebola were more likely to survive. The trial randomly assigned 681 patients.",
            "681",
        ),
        # a population that "comprised" its people
        ("Results: The pooled population comprised 1799 participants (912 placebo).", "1799"),
    ],
)
def test_enrolment_of_a_planned_total_a_phase_a_paragraph_and_comprised(text, expected):
    assert parsing.n_enrolled(text) == expected


def test_a_page_saying_it_reports_no_new_data_is_no_trials_report():
    page = (
        "Treating numbers in the very old\n\nC. Author\n\nThyroid: TRUST (NCT01660126) "
        "randomised 737 people aged 65 or over and found no benefit of levothyroxine.\n"
        "No new data are reported here.\n"
    )
    record = parsing.describe(page)
    assert record["design"] == "commentary" and record["trial_names"] == ""
    # (a trial's report saying its secondary data are new is one)
    assert parsing.describe(page.replace("No new data are reported here.", ""))["design"] != (
        "commentary"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count in brackets closing the subject of the randomisation, however long
        (
            "Methods: Adults with moderate to severe plaque psoriasis (n = 837) were randomized "
            "to guselkumab (n = 329), placebo (n = 174) or adalimumab (n = 334).",
            "837",
        ),
        (
            "Patients with CLDN18.2-positive, HER2-negative adenocarcinoma (n = 507) were "
            "randomized 1:1 to zolbetuximab or placebo.",
            "507",
        ),
        # ... not one arm's count after its assignment
        ("Patients were randomized to guselkumab (n = 329) or placebo (n = 174).", "503"),
    ],
)
def test_enrolment_in_brackets_closing_the_randomised_subject(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # names printed surname first, each closed by a semicolon (bibliographic databases,
        # repositories), and a RIS record's first author
        (
            "Long-term effects of P2Y12 inhibitor monotherapy\n\nChoi, Ki Hong; Park, Yong Hwan; "
            "Song, Young Bin; Park, Taek Kyu;\nJAMA Cardiol; 7(11): 1100-1108, 2022.\n",
            "Choi, Ki Hong",
        ),
        (
            "Portal > Publications\n\nTY  - JOUR\nT1  - Haloperidol for delirium\nAU  - "
            "Andersen-Ranberg, Nina C.\nAU  - Poulsen, Lone M.\n",
            "Andersen-Ranberg, Nina C.",
        ),
        # a surname's particle capitalised
        (
            "Title of the paper\n\nCharlotte L Van Veldhuisen, Noor J Sissingh, Lotte Boxhoorn, "
            "Sven M van Dijk\n",
            "Charlotte L Van Veldhuisen",
        ),
        # ... never a degree as given names
        ("An editorial\n\nReut Shor, MD; Ann Lee, MD; Bo Kim, MD\n", "Reut Shor"),
    ],
)
def test_first_author_surname_first_ris_and_capitalised_particles(text, expected):
    assert parsing.first_author(text, False) == expected


# --------------------------------------------------------------------------- people and counts

_PREP_NEWS = """HIV PREVENTION NEWS
Conference report | 2015

Daily PrEP cuts HIV risk among gay men in an English study

The English study gave open-label daily tenofovir-emtricitabine straight away or after a
year's wait. Sheena McCormack of the MRC Clinical Trials Unit told delegates that 545 men
had been randomised at 13 clinics.
"""


def test_a_news_page_names_its_investigator_and_counts_no_trials():
    record = parsing.describe(_PREP_NEWS)
    assert record["people_named"] == "Sheena McCormack"
    assert record["trials_counted"] == ""


def test_people_are_read_only_on_a_page_naming_no_trial_and_stating_no_id():
    # (linking reads them nowhere else)
    for extra in (
        "\nThe PROUD trial is registered as ISRCTN94465371.\n",
        "\nIn the PROUD trial, men ...\n",
    ):
        record = parsing.describe(_PREP_NEWS + extra)
        assert record["registry_ids"] or record["trial_names"]
        assert record["people_named"] == ""


@pytest.mark.parametrize(
    "opening,count",
    [
        ("Two studies of pre-exposure prophylaxis among gay men gave one answer.", "2"),
        ("Three phase 3 trials published together tested four-month regimens.", "3"),
        ("The session put two long-awaited trials on stage.", "2"),
        ("Both studies enrolled adults.", "2"),
        # counts of other evidence, of doses or arms are no count of the page's trials
        ("Two previous trials had suggested a benefit.", ""),
        ("Patients received two doses in earlier studies.", ""),
        ("The trial randomised patients to two groups.", ""),
    ],
)
def test_trials_counted_at_the_opening_of_a_page(opening, count):
    assert parsing.trials_counted(opening + "\n\nMore text follows.") == count


@pytest.mark.parametrize(
    "text, stated",
    [
        (
            "The UK trial randomised 3648 patients at 100 hospitals. An earlier Swedish study "
            "had randomised 888 newly diagnosed patients.",
            "3648;888",
        ),
        ("The COPD study enrolled 2,802 patients; the asthma study enrolled 4,233.", "2802"),
        ("In all, 6,953 women were randomised, and 12 894 women were enrolled.", "6953;12894"),
        # (a count repeated is listed once; counts of events, doses or places are not read)
        ("It enrolled 522 adults. The 522 adults were followed.", "522"),
        ("Relapse occurred in 120 patients; 30 hospitals took part; 2 doses were given.", ""),
        ("It recruited 8 patients.", ""),
    ],
)
def test_enrolments_a_page_states(text, stated):
    assert parsing.enrolments_stated(text) == stated


def test_enrolments_stated_are_read_only_on_a_page_counting_several_trials():
    page = "Two randomised trials now agree. The first randomised 3648 patients; the second 888 patients were randomised."
    assert parsing.describe(page)["enrolments_stated"] == "3648;888"
    one = "A randomised trial now answers it. It randomised 3648 patients."
    assert parsing.describe(one)["enrolments_stated"] == ""


def test_trials_counted_only_near_the_top_and_never_for_a_registry_record():
    late = "A trial report.\n" + "word " * 1000 + "\nTwo trials of the drug are ongoing."
    assert parsing.trials_counted(late) == ""
    record = parsing.describe(
        "Study Type: Interventional\nEnrollment: 40\nAllocation: Randomized\n"
        "Brief Summary: Two studies of the drug led by Anna Berg and colleagues.\n"
    )
    assert record["source_type"] == "registry_record"
    assert record["trials_counted"] == "" and record["people_named"] == ""


@pytest.mark.parametrize(
    "line,n",
    [
        # (a structured abstract copied with its headings set off by a wide gap, no colon)
        ("Participants  226 adults with fibromyalgia in the intention-to-treat analyses.", "226"),
        ("Participants: 226 adults with fibromyalgia.", "226"),
        # a count after the word in a sentence is no heading's
        ("In all, the participants  226 of them, were followed.", ""),
    ],
)
def test_a_participants_heading_set_off_by_a_wide_gap(line, n):
    page = (
        "Effect of tai chi versus aerobic exercise for fibromyalgia: randomized controlled trial\n\n"
        "Design  Prospective, randomised, single-blind trial with 52 weeks of follow-up.\n"
        + line
        + "\n"
    )
    assert parsing.describe(page)["n_enrolled"] == n


def test_a_subtitle_below_the_first_title_line_joins_it_after_a_colon():
    page = (
        "JAMA Ophthalmology   |   Original Investigation   |   2023;141(10):990-999\n\n"
        "Efficacy and Safety of 0.01% and 0.02% Atropine for the Treatment of Pediatric Myopia "
        "Progression Over 3 Years\nA Randomized Clinical Trial\n\nKarla Zadnik, OD, PhD; Erica "
        "Schulman, OD; ... for the CHAMP Study Group\n\nKey Points\nQuestion: text.\n"
    )
    assert parsing.title(page, False) == (
        "Efficacy and Safety of 0.01% and 0.02% Atropine for the Treatment of Pediatric Myopia "
        "Progression Over 3 Years: A Randomized Clinical Trial"
    )


# A page's furniture above its headline is no title: an organisation's name, its parts
# joined by a dash, a slash or a comma; a licence notice; a list of authors, labelled or as
# surnames and initials, or their numbered affiliations; a release's dateline (its places in
# capitals, a dash and the date). A trial's name before a dash opens a title, and a title
# in title case naming a centre stays one.
@pytest.mark.parametrize(
    "page, expected",
    [
        (
            "Penn Medicine - Abramson Cancer Center\n\nLumpectomy plus tamoxifen with or "
            "without irradiation in women 70 years of age or older\n\nReviewer: text.\n",
            "Lumpectomy plus tamoxifen with or without irradiation in women 70 years of age or "
            "older",
        ),
        (
            "Nuffield Department of Orthopaedics, Rheumatology and Musculoskeletal Sciences\n"
            "Research > Clinical trials > Completed trials\n\nCan Shoulder Arthroscopy Work?\n\n"
            "NDORMS ran this multicentre randomised controlled trial at 32 UK hospitals. It "
            "compared decompression with placebo surgery and no surgery.\n",
            "Can Shoulder Arthroscopy Work?",
        ),
        (
            "NEWS RELEASE - University of East Anglia\n\nE-cigarette starter kits handed out "
            "in A&E help smokers quit, trial finds\n\nText of the release.\n",
            "E-cigarette starter kits handed out in A&E help smokers quit, trial finds",
        ),
        (
            "Repository  |  Version: Published Version\n\nThis article is distributed under the "
            "terms of the Creative Commons Attribution (CC BY) licence.\n\nThe clinical "
            "effectiveness of sertraline in primary care\n\n",
            "The clinical effectiveness of sertraline in primary care",
        ),
        (
            "UCL Discovery  |  Open access\n\nGazzard, G; Konstantakopoulou, E; Garway-Heath, "
            "D; Garg, A (2019)\nSelective laser trabeculoplasty versus drops for newly "
            "diagnosed ocular hypertension and glaucoma\n\nAbstract\n",
            "Selective laser trabeculoplasty versus drops for newly diagnosed ocular "
            "hypertension and glaucoma",
        ),
        (
            "Authors: [author list collapsed - show all]\n\nCharacterizing clinically "
            "significant extravascular hemolysis in patients with PNH\n\nAbstract\n",
            "Characterizing clinically significant extravascular hemolysis in patients with PNH",
        ),
        (
            "PRINCETON, N.J. & CAMBRIDGE, Mass. - January 2020 - Bristol-Myers Squibb Company "
            "and Acceleron Pharma Inc.\n\nNew England Journal of Medicine Publishes Results of "
            "Pivotal Phase 3 MEDALIST Study\n\nThe companies announced results.\n",
            "New England Journal of Medicine Publishes Results of Pivotal Phase 3 MEDALIST Study",
        ),
        (
            "MAGENTA - Magnesium Sulphate at 30 to 34 weeks' gestational age\n\nConditions  text\n",
            "MAGENTA - Magnesium Sulphate at 30 to 34 weeks' gestational age",
        ),
        (
            "Effect of Aspirin on Bleeding in a Tertiary Care Center\n\nSome body text here "
            "that is a sentence. And another one.\n",
            "Effect of Aspirin on Bleeding in a Tertiary Care Center",
        ),
    ],
)
def test_furniture_above_a_headline_is_no_title(page, expected):
    assert parsing.title(page, False) == expected


# A lay summary's or a release's halves, each given one treatment, are the arms when no
# randomisation sentence names them (a dummy treatment is the placebo, or the sham); not
# halves given the same thing, nor a half alone.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Half took anastrozole 1 mg daily for five years and half took a dummy tablet "
            "(placebo).",
            ["anastrozole", "placebo"],
        ),
        (
            "By chance, half of the people took nicotinamide 500 mg twice a day for 12 months. "
            "The other half took a dummy tablet that looked the same (placebo).",
            ["nicotinamide", "placebo"],
        ),
        (
            "Half were given fenofibrate 145 mg and half a dummy tablet, both posted to homes.",
            ["fenofibrate", "placebo"],
        ),
        (
            "Half received ezetimibe 10 mg a day on top of diet advice; the other half received "
            "usual care.",
            ["ezetimibe on top of diet advice", "usual care"],
        ),
        (
            "Women were recruited, and half received electroacupuncture at abdominal points and "
            "half shallow sham electroacupuncture.",
            ["electroacupuncture at abdominal points", "sham"],
        ),
        ("Half took simvastatin. Their doctors were told nothing.", []),
        ("Half were given aspirin and half were given aspirin.", []),
    ],
)
def test_arms_from_the_halves_a_lay_summary_says_were_given(text, expected):
    assert parsing.arms(text, "", False) == expected


# ... and, last, the groups a result compares by what they were assigned ("Patients
# assigned to chemotherapy had a higher survival rate than those assigned to observation"),
# not a group compared with people of another kind.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Patients assigned to chemotherapy had a significantly higher survival rate than "
            "those assigned to observation (44.5 percent vs. 40.4 percent).",
            ["chemotherapy", "observation"],
        ),
        (
            "Participants allocated to exercise training had fewer falls than participants "
            "allocated to usual care.",
            ["exercise training", "usual care"],
        ),
        (
            "Patients assigned to chemotherapy had more toxicity than patients with stage II "
            "disease.",
            [],
        ),
    ],
)
def test_arms_from_the_groups_a_result_compares_by_assignment(text, expected):
    assert parsing.arms(text, "", False) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part that goes on describing the arm before it is no arm of its own
        (
            "Patients with left main disease were randomly assigned to PCI, mostly with "
            "biolimus-eluting stents, or CABG.",
            ["pci", "cabg"],
        ),
        (
            "Women at risk of early preterm delivery were randomly assigned to magnesium "
            "sulfate, given as a bolus followed by a constant infusion, or placebo.",
            ["magnesium sulfate", "placebo"],
        ),
        (
            "Patients were randomised to ivabradine, up-titrated to a target of 7.5 mg twice "
            "daily, or placebo.",
            ["ivabradine", "placebo"],
        ),
        (
            "Patients were randomly assigned to a low-sodium diet, supported by dietitian "
            "counselling, or usual care.",
            ["low-sodium diet", "usual care"],
        ),
        # three arms listed as such stay three
        (
            "Patients were randomly assigned to pioglitazone, vitamin E, or placebo.",
            ["pioglitazone", "vitamin e", "placebo"],
        ),
    ],
)
def test_a_part_describing_the_arm_before_is_no_arm(text, expected):
    assert parsing.arms(text, "", False) == expected


@pytest.mark.parametrize(
    "statement",
    [
        "This note reports no trial data.",
        "This digest presents no new results of its own.",
        "The present article contains no original data.",
        "This round-up provides no patient-level data.",
    ],
)
def test_a_page_saying_it_gives_no_data_of_its_own_is_no_trials_report(statement):
    page = (
        "When trial names collide\n\nA. Writer\n\nTRUST (NCT01660126) randomised 737 people "
        "aged 65 or over and found no benefit of levothyroxine; DRAFFT (ISRCTN31379280) "
        "compared K-wires with locking plates.\n" + statement + "\n"
    )
    record = parsing.describe(page)
    assert record["design"] == "commentary" and record["trial_names"] == ""
    assert parsing.describe(page.replace(statement, ""))["design"] != "commentary"


@pytest.mark.parametrize(
    "title",
    [
        "Round-up: where do probiotics for preterm babies stand?",
        "News roundup: three trials of tranexamic acid",
        "Digest: single-dose HPV vaccination and the new dengue vaccines",
        "Explainer: what the new heart-failure trials mean",
        "Evidence update: steroids in severe pneumonia",
        # (a topic before the kind)
        "Prevention round-up: a chikungunya vaccine, fluoride in the dental chair and mindfulness",
        "Cardiology digest: three trials of colchicine after infarction",
        "Weekly research highlights: probiotics and sepsis",
        "San Diego wrap-up: obesity drugs dominate day 3",
    ],
)
def test_a_title_opened_by_a_survey_kind_is_no_trials_report(title):
    page = (
        title + "\n\nThe ProPrems trial (ACTRN12607000144415) gave a three-strain mix to 1099 "
        "very preterm babies; the PiPS trial found no reduction in sepsis.\n"
    )
    assert parsing.describe(page)["design"] == "commentary"
    assert parsing.describe(page.replace(title, "Probiotics for preterm babies"))["design"] != (
        "commentary"
    )


@pytest.mark.parametrize(
    "title",
    [
        # (the kind later in the title, or a word that only begins like it)
        "Probiotics for preterm babies: an evidence round-up of one trial",
        "A digestive enzyme supplement for preterm babies: a randomised trial",
        "Three words before: a round-up",
    ],
)
def test_a_survey_kind_not_opening_the_title_leaves_the_page_a_report(title):
    page = (
        title + "\n\nThe ProPrems trial (ACTRN12607000144415) gave a three-strain mix to 1099 "
        "very preterm babies; the PiPS trial found no reduction in sepsis.\n"
    )
    assert parsing.describe(page)["design"] != "commentary"


def test_registry_arms_copied_from_the_table_end_at_the_tab_before_their_interventions():
    text = (
        "Arms and Interventions\n"
        "Experimental: Hydroxyethyl starch (HES)\tDrug: 6% HES 130/0.4 in 0.9% sodium chloride "
        "for all fluid resuscitation in ICU, up to 50 ml/kg/day\n"
        "Active Comparator: Saline\tDrug: 0.9% sodium chloride for all fluid resuscitation\n"
    )
    assert parsing.arms(text, "", True) == ["hydroxyethyl starch", "saline"]
    # (a line without the table's column is read as before)
    assert parsing.arms(text.replace("\t", "\n"), "", True) == ["hydroxyethyl starch", "saline"]
    # (and an arm printed on the line after its label)
    assert parsing.arms(
        "Arms\nExperimental:\nPembrolizumab 200 mg\nPlacebo Comparator: Placebo\n", "", True
    ) == ["pembrolizumab", "placebo"]


# An article type printed under the title, with or without the journal's section before it
# ("MEDICINE - ORIGINAL ARTICLE", "Cardiology | Original Investigation"), is no part of the
# title above the authors; a title's own last line stays ("... the SWITCH trial").
@pytest.mark.parametrize(
    "label, expected",
    [
        ("MEDICINE - ORIGINAL ARTICLE", "Acupuncture for the Treatment of Chronic Knee Pain"),
        (
            "Cardiology | Original Investigation",
            "Acupuncture for the Treatment of Chronic Knee Pain",
        ),
        ("Original Article", "Acupuncture for the Treatment of Chronic Knee Pain"),
        (
            "in Adults: the GERAC Trial",
            "Acupuncture for the Treatment of Chronic Knee Pain in Adults: the GERAC Trial",
        ),
    ],
)
def test_an_article_type_under_the_title_is_not_part_of_it(label, expected):
    page = (
        "Document library   |   Download PDF\n"
        "Acupuncture for the Treatment of Chronic Knee Pain\n"
        f"{label}\n"
        "Heinz G. Endres, Norbert Victor, Michael Haake, Steffen Witte\n"
        "Dtsch Arztebl 2007; 104(3): A 123-30\n\nBackground: We randomised 1162 patients.\n"
    )
    assert parsing.title(page, registry=False) == expected


# A summary's paired fields name the arms apart (journal clubs, evidence summaries, trial
# boxes: PICO), the intervention's first and the comparison's or control's after it, on its
# own line a few lines below or after a semicolon; how much was given and how is no part
# of an arm. An intervention field without a comparator's names no pair, and a field
# naming two arms itself is read as before.
@pytest.mark.parametrize(
    "fields, expected",
    [
        (
            "Population: 224 adults with severe asymptomatic aortic stenosis\n"
            "Intervention: early aortic valve replacement\n"
            "Comparison: clinical surveillance\n"
            "Outcome: death, stroke or unplanned hospitalisation",
            ["early aortic valve replacement", "clinical surveillance"],
        ),
        (
            "Design: randomised, open-label\nIntervention arm: early surgery (n=112)\n"
            "Control arm: conservative care (n=112)",
            ["early surgery", "conservative care"],
        ),
        (
            "- Intervention: up to two units each of packed red blood cells (PRBC) and "
            "lyophilised plasma (LyoPlas).\n- Setting: air ambulance\n"
            "- Comparison: up to 1 L of 0.9% sodium chloride.",
            ["packed red blood cells and lyophilised plasma", "0.9% sodium chloride"],
        ),
        (
            "- Intervention: topical tranexamic acid applied to the bleeding nostril on a cotton "
            "dental roll; control: an identical-looking placebo.",
            ["topical tranexamic acid", "identical-looking placebo"],
        ),
        ("Intervention: early aortic valve replacement\nOutcome: death", []),
        (
            "Interventions: Aleglitazar 150 µg daily or placebo.\nControl: matching placebo",
            ["aleglitazar", "placebo"],
        ),
    ],
)
def test_arms_from_a_summarys_paired_fields(fields, expected):
    text = "Journal club: a trial in brief\n\n" + fields + "\n\nThe hazard ratio was 0.42.\n"
    assert parsing.arms(text, "", False) == expected


def test_a_tagged_record_under_a_sites_header_gives_its_title_and_author():
    page = (
        "Export citation  |  format: RIS  |  source: OUCI\n\n"
        "TY  - JOUR\n"
        "TI  - Intravenous versus oral iron for anaemia among pregnant women in Nigeria (IVON): an\n"
        "      open-label, randomised controlled trial\n"
        "AU  - Afolabi, Bosede B\n"
        "AU  - Babah, Ochuwa A\n"
        "JO  - Lancet Glob Health\n"
        "ER  -\n"
    )
    known = parsing.tagged_record_fields(page)
    assert known["title"].endswith("(IVON): an open-label, randomised controlled trial")
    assert known["first_author"] == "Afolabi, Bosede B"
    # (four lines of prose above tagged lines: no record)
    prose = "One.\nTwo.\nThree.\nFour.\n" + page.split("\n\n", 1)[1]
    assert parsing.tagged_record_fields(prose) == {}


def test_a_registry_title_in_a_column_keeps_its_indented_continuation():
    page = (
        "ANZCTR  |  Australian New Zealand Clinical Trials Registry\n"
        "Please note the ANZCTR will be unattended over the holiday period; submissions will\n"
        "not be processed during that time.\n\n"
        "Registration number                 ACTRN12616000969460\n"
        "Public title       CROSSFIRE - Evaluation of surgical fixation versus conservative\n"
        "                   management for distal radius fractures in the elderly.\n"
        "Scientific title   A Combined Randomised and Observational Study of Surgery\n"
        "Trial acronym      CROSSFIRE\n"
    )
    assert parsing.title(page, True) == (
        "CROSSFIRE - Evaluation of surgical fixation versus conservative management for distal "
        "radius fractures in the elderly."
    )


def test_a_title_broken_after_its_dash_runs_on():
    page = (
        "Trial DRKS00000767\n"
        "Pancreatogastrostomy versus pancreatojejunostomy for RECOnstruction after partial "
        "PANCreatoduodenectomy -\n"
        "a randomized controlled trial (RECOPANC)\n\n"
        "Brief summary in lay language\n"
    )
    assert parsing.title(page, False).endswith("- a randomized controlled trial (RECOPANC)")


def test_a_umin_record_is_a_registry_record_with_its_title_and_acronym():
    # UMIN-CTR's record page: its labels in a column, the title cased "Public title" or
    # "Scientific Title", the acronym field holding the name and its bracketed expansion
    page = (
        "UMIN-CTR Clinical Trial\n"
        "Unique ID issued by UMIN   UMIN000002742\n"
        "Receipt number             R000003334\n"
        "Scientific Title           Proper Level of Lipid Lowering with Pitavastatin and "
        "Ezetimibe in Acute Coronary Syndrome\n\n"
        "Basic information\n"
        "Public title        Proper Level of Lipid Lowering with Pitavastatin and Ezetimibe in "
        "Acute Coronary Syndrome\n"
        "Acronym             HIJ-PROPER (The Heart Institute of Japan PRoper level of lipid "
        "lOwering with Pitavastatin\n"
        "                    and Ezetimibe in acute coRonary syndrome)\n"
        "Region              Japan\n"
    )
    record = parsing.describe(page)
    assert record["source_type"] == "registry_record"
    assert record["title"] == (
        "Proper Level of Lipid Lowering with Pitavastatin and Ezetimibe in Acute Coronary Syndrome"
    )
    assert record["trial_names"] == "HIJ-PROPER"
    assert record["registry_ids"] == "UMIN000002742"
    # (a page whose prose names UMIN once, with two field-like labels, is no record)
    prose = (
        "Public title and Acronym are fields of UMIN's records.\n\nPatients were randomised "
        "to pitavastatin with or without ezetimibe (UMIN000002742)."
    )
    assert parsing.describe(prose)["source_type"] != "registry_record"


@pytest.mark.parametrize(
    "line, first",
    [
        # MEDLINE's short form, each entry a surname and its initials, split by semicolons
        ("Authors: Wang S; Deng CM; Zeng Y; Chen XZ; Li AY", "Wang S"),
        ("Authors: Van Cutsem E; Tabernero J; Lakomy R", "Van Cutsem E"),
        # (given names first: not read as initials)
        ("Authors: Yasuhiko Sakata; Kazuhisa Nakashima; Michiru Sakurai", ""),
        # JAMA's line, a name's suffix without its comma, the last name after "and"
        (
            "David Olds, PhD; Charles R. Henderson Jr; Robert Cole, PhD; John Eckenrode, PhD",
            "David Olds",
        ),
        (
            "David L. Olds, PhD; Charles R. Henderson, Jr; and Harriet Kitzman, RN, PhD",
            "David L. Olds",
        ),
        ("David L. Olds, Charles R. Henderson, Jr. and Harriet Kitzman", "David L. Olds"),
        # (two names and "and" are no author line of three)
        ("David L. Olds and Harriet Kitzman", ""),
    ],
)
def test_first_author_of_short_form_and_suffixed_author_lines(line, first):
    assert parsing.first_author(f"Title of the paper\n\n{line}\n\nAbstract\n", False) == first


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trial "with" its people, as a news item words it
        (
            "Shuo Wang and colleagues ran a double-blind trial in five tertiary hospitals in "
            "China with 364 mothers aged 18 years or older.",
            "364",
        ),
        ("The study with 12 patients per site was planned.", ""),
        # a plain-language summary's question before its count
        ("Who was in the study? 278 adults aged 18 to 65 with indigestion.", "278"),
        ("Who took part?\n120 children with asthma from 8 schools.", "120"),
        # an earlier study's count, described without its name, is not this one's
        (
            "Who was in the study? 278 adults aged 18 to 65.\n\nBackground: the same group had "
            "first run a small pilot study of 42 people to check feasibility.",
            "278",
        ),
        ("We ran a pilot study of 42 people.", "42"),  # (the page's own pilot)
        ("This pilot study of 42 people was done first.", "42"),
    ],
)
def test_enrolment_of_a_trial_with_its_people_and_not_an_earlier_studys(text, expected):
    assert parsing.n_enrolled(text) == expected


@pytest.mark.parametrize(
    "text, cited",
    [
        # an id printed for an earlier study the sentence describes without naming it
        (
            "Acupuncture for a common type of indigestion\n\n278 adults took part.\n\n"
            "Background: the same group had first run a small pilot study of 42 people "
            "(registered as ISRCTN18135146) to check that a full trial was feasible.",
            "ISRCTN18135146",
        ),
        (
            "Following our previous feasibility trial (NCT01234567), we enrolled 300 patients.",
            "NCT01234567",
        ),
        # (the page's own pilot, or its own registration, is no earlier study)
        ("This pilot study (ISRCTN18135146) enrolled 42 patients.", ""),
        ("We ran a pilot study of 42 people (registered as ISRCTN18135146).", ""),
        ("Previously, this pilot trial was registered (ISRCTN18135146).", ""),
        ("The trial was registered as ISRCTN18135146. Previous trials had failed.", ""),
    ],
)
def test_an_id_printed_for_an_earlier_unnamed_study_is_cited(text, cited):
    assert parsing.describe(text)["registry_ids_cited"] == cited


@pytest.mark.parametrize(
    "line, kept",
    [
        # a design subtitle after a full stop, as some journals set their titles
        (
            "Azithromycin during Acute Chronic Obstructive Pulmonary Disease Exacerbations "
            "Requiring Hospitalization (BACE). A Multicenter, Randomized, Double-Blind, "
            "Placebo-controlled Trial",
            True,
        ),
        # (a sentence inside a line is still no title)
        (
            "Azithromycin was given during exacerbations. A total of 301 patients took part in "
            "hospitals",
            False,
        ),
    ],
)
def test_a_title_with_a_design_subtitle_after_a_full_stop(line, kept):
    page = f"Am J Respir Crit Care Med. 2019. PMID: 31046405\n\n{line}\n\nVermeersch K, Gabrovska M, Aumann J, et al.\n\nMethods: Patients were randomised.\n"
    assert (parsing.title(page, False) == line) is kept


_BIBTEX_PAGE = (
    "Export citation  |  BibTeX\n"
    "@article {McGarvey3800,\n"
    "  author = {Lorcan McGarvey and Surinder Birring and Alyn Morice},\n"
    "  title = {Late Breaking Abstract - Two Phase 3 Randomized Clinical Trials of Gefapixant in\n"
    "           Refractory or Unexplained Chronic Cough ({COUGH-1} and {COUGH-2})},\n"
    '  volume = {56}, year = {2020}, doi = "10.1183/13993003.congress-2020.3800",\n'
    "  journal = {European Respiratory Journal},\n"
    "  abstract = {Background: COUGH-1 and COUGH-2 are phase 3 trials.}\n"
    "}\n"
)


def test_a_bibtex_entry_gives_its_title_first_author_journal_and_year():
    record, _ = parsing.parse_document("b", "b.txt", _BIBTEX_PAGE.encode())
    assert record["title"] == (
        "Late Breaking Abstract - Two Phase 3 Randomized Clinical Trials of Gefapixant in "
        "Refractory or Unexplained Chronic Cough (COUGH-1 and COUGH-2)"
    )
    assert record["first_author"] == "Lorcan McGarvey"
    assert record["journal"] == "European Respiratory Journal"
    assert record["year"] == "2020"
    # surname first, the proceedings' title as the journal
    page = (
        "@inproceedings{bloos2016,\n  author = {Bloos, Frank and Trips, Evelyn},\n"
        "  title = {Effect of Sodium Selenite on Mortality in Severe Sepsis},\n"
        "  booktitle = {Critical Care Congress}, year = 2016\n}\n"
    )
    fields = parsing.bibtex_record_fields(page)
    assert fields == {
        "title": "Effect of Sodium Selenite on Mortality in Severe Sepsis",
        "first_author": "Bloos, Frank",
        "journal": "Critical Care Congress",
        "year": "2016",
    }
    # (an entry printed deep in a page, an e-mail address or an unclosed value: no record)
    assert parsing.bibtex_record_fields("A paper.\n\nMore text.\n\nStill more.\n\n" + page) == {}
    assert parsing.bibtex_record_fields("Contact: @trialteam {news}, 2020") == {}
    assert parsing.bibtex_record_fields("@article{x,\n  title = {Never closed\n") == {}


def test_the_eu_registers_results_page_in_columns_is_a_registry_record():
    page = (
        "Flag of the European Union  EU Clinical Trials Register  Help\n\nClinical trials\n"
        "The European Union Clinical Trials Register allows you to search for protocol and "
        "results information.\n\n< Back to search results      Download PDF\n\n"
        "Clinical Trial Results:\nA randomized, open-label trial of oral LNP023 in adult "
        "patients with PNH and residual anemia.\n\nSummary\n"
        "EudraCT number          2019-004665-40\nTrial protocol          FR  DE\n"
        "Sponsor                 Novartis Pharma AG\nResults information     Results version "
        "number v1\n"
    )
    record = parsing.describe(page)
    assert record["source_type"] == "registry_record"
    assert record["title"] == (
        "A randomized, open-label trial of oral LNP023 in adult patients with PNH and residual "
        "anemia."
    )
    # (one such label in prose makes no record)
    prose = "The trial protocol was amended twice.\n\nPatients were randomised to LNP023."
    assert parsing.describe(prose)["source_type"] != "registry_record"


@pytest.mark.parametrize(
    "page, title",
    [
        # a page's label of the article's type is no title, and a title broken after its
        # colon runs on to the line below
        (
            "NIHR Journals Library  >  Health Technology Assessment  >  Volume 24, Issue 1\n"
            "Type: Extended Research Article     Our publication formats\n\n"
            "Best-practice prevention alone or with conventional or biological caries "
            "management for 3- to 7-year-olds:\nthe FiCTION three-arm RCT\n\n"
            "Headline: No evidence of a difference between the three approaches.\n",
            "Best-practice prevention alone or with conventional or biological caries "
            "management for 3- to 7-year-olds: the FiCTION three-arm RCT",
        ),
        (
            "Article type: Original Investigation\n\nEffect of Drug A on Mortality in Sepsis\n\n"
            "Methods: Patients were randomised.\n",
            "Effect of Drug A on Mortality in Sepsis",
        ),
        # (a count ending with a colon over a bulleted list is no broken title)
        (
            "Summary of results\n\n686 people took part and were put into one of two groups:\n"
            "- 345 had one treatment\n- 341 had five treatments\n",
            "Summary of results",
        ),
    ],
)
def test_a_type_label_is_no_title_and_a_title_runs_on_after_its_colon(page, title):
    assert parsing.title(page, False) == title


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # the designs of other publications listed on the page decide nothing
        (
            "Results of the European Glaucoma Prevention Study\n\nPatients were randomized to "
            "dorzolamide or placebo.\n\nSimilar articles\n  Risk factors for progression in "
            "normal-tension glaucoma: a cohort study. Invest Ophthalmol Vis Sci.\n",
            "Results of the European Glaucoma Prevention Study",
            ("rct", "true"),
        ),
        (
            "Dorzolamide in ocular hypertension\n\nPatients received dorzolamide or placebo "
            "for five years.\n\nSimilar articles\n  Progression in normal-tension glaucoma: a "
            "retrospective cohort study. Invest Ophthalmol Vis Sci.\n",
            "Dorzolamide in ocular hypertension",
            ("unknown", ""),
        ),
        # a matched cohort analysis, controls from a population's survey
        (
            "Sugammadex versus Neostigmine (STRONGER): A Multicenter Matched Cohort Analysis\n\n"
            "Methods: Cases were exactly matched on institution, sex and age.\n",
            "Sugammadex versus Neostigmine (STRONGER): A Multicenter Matched Cohort Analysis",
            ("observational", "false"),
        ),
        (
            "We compared 1901 donors with 32 621 controls from the HUNT population survey.",
            "Long-term risks for kidney donors",
            ("observational", "false"),
        ),
        # a structured abstract's design field
        (
            "DESIGN: cluster randomised controlled trial; each home was a unit of "
            "randomisation.\nSETTING: 127 nursing homes.",
            "Hip protectors in nursing homes",
            ("rct", "true"),
        ),
        # (a background line on other randomised trials is no design of this one)
        (
            "Background: previous randomised trials were small.\nWe followed a cohort of "
            "consecutive patients.",
            "Outcomes after surgery",
            ("observational", "false"),
        ),
    ],
)
def test_design_from_the_pages_own_words(text, title, expected):
    assert parsing.design(text, title, False) == expected


def test_spans_are_blanked_in_one_pass_keeping_offsets():
    # overlapping and overrunning spans: every offset keeps its place
    assert parsing._blanked("abcdefghij", [(1, 3), (2, 5), (8, 20)]) == "a    fgh  "
    assert parsing._blanked("abc", []) == "abc"
