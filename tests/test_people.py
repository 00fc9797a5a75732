"""The people a page names as leading, presenting or first-authoring its work (their names as
printed, without titles or degrees): the cues of
news items, press releases, congress reports and evidence summaries, and the names that
are not such people."""

import pytest

from metasynth.people import people_named

# (sentence, surnames read) -- the wording families of real pages, restated
NAMED = [
    # led by / presented by / first-authored by
    (
        "The investigators, led by Josef Dankiewicz of Lund University, randomly assigned",
        ["Josef Dankiewicz"],
    ),
    (
        "The larger trial, led by Anahita Sadeghi at four hospitals, randomised 66 patients",
        ["Anahita Sadeghi"],
    ),
    (
        "a vaccine trial co-led by Shabir Madhi of the University of the Witwatersrand",
        ["Shabir Madhi"],
    ),
    (
        "and first-authored by Hamideh Abbaspour Kasgari, added ribavirin",
        ["Hamideh Abbaspour Kasgari"],
    ),
    ("Presented at the AHA congress 2018 by: Dorairaj Prabhakaran", ["Dorairaj Prabhakaran"]),
    ("The network was led by neurologist David Werring, and it randomised", ["David Werring"]),
    # who ran the work, where it was run between ("run inside the register by ...")
    (
        "An earlier Swedish study, run inside the national stroke register by cardiologist "
        "Jonas Oldgren of Uppsala, had randomised 888 patients",
        ["Jonas Oldgren"],
    ),
    ("The trial, conducted in 12 Dutch hospitals by Anouk Pels, stopped early", ["Anouk Pels"]),
    # role words before the name, with or without a title
    ("said principal investigator Anil D'Cruz, director of the hospital", ["Anil D'Cruz"]),
    ("Lead investigator Bin Cao, a respiratory physician, said", ["Bin Cao"]),
    (
        "- Chief Investigator: Professor Graham Foster, Queen Mary University of London",
        ["Graham Foster"],
    ),
    (
        '"It is valuable," said the chief investigator, Professor Jeremy Chataway.',
        ["Jeremy Chataway"],
    ),
    (
        "said Professor Linda-Gail Bekker of the Desmond Tutu Health Foundation",
        ["Linda-Gail Bekker"],
    ),
    ("senior author Dr. Baoyan Liu of a Beijing hospital said by email", ["Baoyan Liu"]),
    ("Speakers: Juan P. Frías (Los Angeles), Melanie J. Davies (Leicester)", ["Juan P. Frías"]),
    # the name first, the cue after it
    ("The original study, reported by Verschuur and colleagues in 2019", ["Verschuur"]),
    ("In the article by Jayne et al. (Feb. 18 issue), the key to Figure 2", ["Jayne"]),
    ("In the rifapentine trial (Jindani and colleagues), 827 patients", ["Jindani"]),
    ("The new trial, with Ling Zhao as first author, enrolled 249 patients", ["Ling Zhao"]),
    ("Takashi Kadowaki was the lead author.", ["Takashi Kadowaki"]),
    ("Sheena McCormack of the MRC Clinical Trials Unit told delegates that", ["Sheena McCormack"]),
    (
        "Professor Stephen Gillespie of the University of St Andrews, who led the work, said",
        ["Stephen Gillespie"],
    ),
    (
        "Bruce Sands (New York, NY, USA) presented the first head-to-head comparison",
        ["Bruce Sands"],
    ),
    (
        "Willemien J. van Driel, MD, PhD, of the Netherlands Cancer Institute in Amsterdam, and colleagues",
        ["Willemien J. van Driel"],
    ),
    # reference and source lines, surname first
    ("Reference: Badwe R, Hawaldar R, Nair N, et al. Lancet Oncol. 2015.", ["Badwe"]),
    ("Source: Beard DJ and others. Lancet 2019.", ["Beard"]),
    ("Reference: Distler O, Highland KB, Gahlemann M, et al. N Engl J Med 2019", ["Distler"]),
    # a name printed family name first, as Chinese names often are (linking tries both words)
    ("The team was led by Professor Liu Baoyan, chief researcher of the academy.", ["Liu Baoyan"]),
    # a long affiliation between the name and "and colleagues": the whole name, not a word of it
    (
        "Chenchen Wang, MD, of the Center for Complementary and Integrative Medicine and "
        "Division of Rheumatology at Tufts Medical Center, Boston, and colleagues randomised",
        ["Chenchen Wang"],
    ),
    # two people, in order of appearance
    (
        "led by Jun Ma of a cancer centre with Yuan Zhang as first author, randomised",
        ["Jun Ma", "Yuan Zhang"],
    ),
]

NOT_NAMED = [
    # an outside expert commenting is not the work's author
    '"This is important," said Dr Jane Smith, who was not involved in the study.',
    '"A clear answer," said Professor Ann Lee, an independent expert.',
    # institutions, places and sentence openers are no one
    "The trial was funded by the National Institute for Health Research and led by the University of Oxford.",
    "The trial was run in 30 hospitals by the Clinical Trials Unit of Leeds Teaching Hospitals.",
    "It was conducted in Kenya by Kenya Medical Research Institute staff.",
    "Also presented: STEP-HFpEF DM, SELECT subanalyses, and the cost analysis.",
    "He said Monday that the results were clear.",
    "The study was led by University College London.",
    # a name with no cue
    "Patients were enrolled at Tata Memorial Hospital and at Kings Hospital.",
    # an acronym before "et al." or "and colleagues" is a trial, not a person
    "The ENGAGE and colleagues' analysis",
]


@pytest.mark.parametrize("text,expected", NAMED)
def test_people_named_beside_a_cue(text, expected):
    assert people_named(text) == expected


@pytest.mark.parametrize("text", NOT_NAMED)
def test_no_one_named_without_a_cue_or_when_not_part_of_the_work(text):
    assert people_named(text) == []


def test_names_are_read_only_from_the_opening_of_a_long_page():
    # (a full paper's reference list, which names everyone, comes last)
    text = "Results were clear.\n" + "x " * 20_000 + "\nReference: Badwe R, Hawaldar R, et al."
    assert people_named(text) == []
    assert people_named(text[-60:]) == ["Badwe"]


def test_at_most_eight_names_each_once():
    text = " ".join(f"Reported by Person{c}x Smith{c}x and colleagues." for c in "abcdefghij")
    text += " Reported by Verschuur and colleagues. Verschuur et al. said"
    found = people_named(text)
    assert len(found) == 8 and len(set(found)) == 8
