"""Trial names as documents print them, found by shape and context, not from a list.

A trial name is an acronym-shaped word ("OAK", "DAPA-HF", "CheckMate", "IMpower150",
"E4599"), optionally followed by hyphen- or space-joined parts that carry capitals or
digits ("CheckMate 017", "KEYNOTE-010", "EMPA-REG OUTCOME", "CheckMate 9LA"). A shape
alone is not enough (abbreviations of diseases and genes have the same shape): a
name is accepted where the text uses it as a trial's name, by one of the cues in
``NAME_CUES`` (rule ids written into ``01_documents.csv`` beside the names):

- ``name_before_trial_word``: "the OAK trial", "KEYNOTE-010 study", "the CheckMate 017
  phase 3 trial", "EMPA-REG OUTCOME investigators";
- ``name_in_title_brackets``: "... docetaxel (OAK): a phase 3, open-label ..." ;
- ``name_in_registration``: "(Funded by ...; CLEOPATRA ClinicalTrials.gov number, ...)";
- ``registry_acronym_field``: a registry record's ``Acronym:`` field or the bracketed
  acronym closing its brief title;
- ``name_called``: "The trial, called STEP, randomised ...", "a study known as LoDoCo2";
- ``name_before_trial_verb``: "ISCHEMIA enrolled 5179 participants", "SPRINT randomized
  9361 persons".

Once accepted, every other mention of the same name in the document counts too.
``key`` makes printed forms comparable: upper case, parts split at separators and at
letter/digit boundaries and joined with "-" ("CheckMate 017", "CHECKMATE-017" and
"Checkmate017" all give ``CHECKMATE-017``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from .textscan import line_start_opener, matches_at, matches_at_line_starts, offsets_of

# Candidate: a capitalised token and the tokens that continue it (hyphen or one space).
# Only words that can start a name ("OAK", "CheckMate", "E4599", "Keynote 010") start a
# candidate, so ordinary capitalised words cost one failed regex step, not Python work.
# The pattern opens with the capital itself and checks the character before it after
# that: a pattern that opens with a look-behind gets no fast scan for its first character
# from the regex engine (twice as slow over a long page).
_CANDIDATE_RE = re.compile(
    # (a capitalised word before a number, Arabic or Roman: "Voyage 1", "Voyage I")
    # (a Canadian group's dotted protocol: "MA.20", "JBR.10", "CO.17")
    r"(?:[A-Z](?<![\w\-/.].)(?:[A-Z]{1,2}\.\d{1,3}(?![\w.])|[a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Za-z]*\d[A-Za-z0-9]*"
    r"|[a-z]+(?=[- ](?:\d|(?:I{1,3}|IV|VI{0,3})\b))"
    # one capital before a hyphen and a name: "J-ROCKET AF", or a capitalised word: a name
    # set in mixed case, "E-Motive" (a cell's, a test's or a device's name of the shape,
    # "T-Cell", "D-Dimer", "X-Ray", is among the words that are never names)
    r"|(?=-[A-Z0-9]{2}|-[A-Z][a-z]{2,}\b)"
    # a capitalised word before a hyphen and a name part: "Trailblazer-ALZ2"
    r"|[a-z]{3,}(?=-[A-Z]{2,}\d*\b)"
    # a network's lettered protocol: "Protocol T", "Protocol AC" (DRCR Retina Network)
    r"|(?<=P)rotocol(?=[ -][A-Z]{1,2}\b))"
    # a lower-case letter before capitals, hyphened or spaced to a name of capitals: the
    # "iFR" of "iFR-SWEDEHEART"; or a name opened by a few lower-case letters, two capitals
    # or more after them: "endTB", "reSURFACE 1", "iPrEx" (a measure of the same shape,
    # "eGFR", "mRNA", is among the words that are never names)
    r"|(?<![\w\-/.])[a-z](?:[A-Z]{1,3}(?=[- ][A-Z]{4,}\b)|[a-z]{0,3}[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)"
    # or a digit before three capitals or more: "4ABC", "3CPO" (the capitals looked for
    # first, then what comes before the digit: most digits are followed by other digits,
    # so the text's many numbers cost one look each)
    r"|\d(?=[A-Z]{3})(?<![\w\-/.,]\d)[A-Z]+[A-Za-z0-9]*)"
    # parts joined by a hyphen, an en dash ("DECLARE–TIMI 58"), one space, or a space and a
    # hyphen before a number (the "CheckMate -816" of its sponsor's releases)
    r"(?:[-–][A-Za-z0-9]+| (?:[A-Z]{2,3}\.\d{1,3}(?![\w.])|[A-Z0-9][A-Za-z0-9]*)| [-–]\d[A-Za-z0-9]*)*"
)
_TRIAL_WORDS = frozenset(
    "trial trials study studies investigators investigator group collaborators "
    "collaborative programme program".split()
)
# Abbreviations of diseases, genes, measures and generic words that share the shape (and the
# headings of a structured abstract printed in capitals, as the BMJ and JAMA print them:
# "TRIAL REGISTRATION ClinicalTrials.gov NCT01893034", "SETTING 22 hospitals"), and the file
# formats a page's links print in brackets ("... stratified care for LBP (MP3)"), and the
# status values a registry's data print in capitals ("Recruitment status: COMPLETED").
NOT_TRIAL_NAMES = frozenset(
    """
    I II III IV V VI VII VIII IX X IA IB IIA IIB IIIA IIIB IIIC IVA IVB
    RCT RCTS THE A AN THIS THAT OUR PHASE STAGE PART ARM ARMS PMID PMCID DOI
    COHORT GROUP TABLE FIGURE FIG LEVEL GRADE TYPE CYCLE DAY WEEK YEAR VERSION STUDY TRIAL
    NCI NIH NHS USA US UK EU CI HR OR RR OS PFS RFS DFS EFS TTP ORR DCR PCR FDA EMA WHO ECOG
    RECIST CT MRI PET AND OF IN ON WITH FOR AT BY TO AS VS
    HCC RCC MRCC NSCLC SCLC CRC MCRC GIST DTC AML CLL CML ALL MDS NHL HL MM TNBC HER2 EGFR ALK
    PD-L1 PD-1 VEGF KRAS BRAF ER PR CNS HF HFREF HFPEF CKD ESKD T2D T1D T2DM T1DM H1N1 COPD MS RMS AF ACS MI
    CAD PAD CV CVD HIV HCV HBV TB COVID COVID-19 SARS-COV-2 RSV ICU AKI IGA IGAN UTI
    HPV CMV EBV HSV VZV HTLV
    TRD MDD PTSD ADHD OCD GAD ASD
    ASCO ESMO AACR ASH EHA AHA ACC ESC ADA EASD ASN ERA WCLC SABCS GU GI
    BSC IFN IL TKI ICI AE AES SAE SAES QOL HRQOL PRO PROS IQR SD SE PREP PEP HAART
    PBO PLB SOC ITT MITT FAS PPS
    CLINICALTRIALS CLINICALTRIALS-GOV ISRCTN EUDRACT NCT UTN MEDLINE PUBMED EMBASE COCHRANE
    NEJM JAMA BMJ JCO JACC EHJ CMAJ PLOS NIHPA PMC JCI
    GLOBE-NEWSWIRE PR-NEWSWIRE PRNEWSWIRE NEWSWIRE BUSINESS-WIRE BUSINESSWIRE
    CLINICAL RANDOMIZED RANDOMISED CONTROLLED PIVOTAL MULTICENTER MULTICENTRE EXTENSION
    CONGRESS SESSION SESSIONS REPORT REPORTS MEETING SYMPOSIUM HOT LINE LATE-BREAKING
    ARDS AMD NAMD DME IPF PAH OSA SLE IBD NASH NAFLD MASH STEMI NSTEMI NSTE-ACS PCI CABG TAVR
    TAVI ICD CRT VTE DVT PE ECMO CPR OHCA IHCA TBI SAH ICH TIA
    DOUBLE-BLIND OPEN-LABEL PLACEBO-CONTROLLED INTERNATIONAL NATIONAL GLOBAL PILOT
    AFRICA ASIA EUROPE AMERICA AMERICAS OCEANIA AUSTRALIA CHINA JAPAN INDIA KOREA CANADA
    BRAZIL MEXICO FRANCE GERMANY ITALY SPAIN SWEDEN DENMARK NORWAY FINLAND UGANDA KENYA MALAWI
    ZAMBIA NIGERIA TANZANIA
    FOLFOX FOLFIRI FOLFOXIRI FOLFIRINOX MFOLFOX6 MFOLFIRINOX CAPOX XELOX CAPIRI XELIRI CAPOX-B
    R-CHOP CHOP R-CVP ABVD BEACOPP BEP ECF EOX DCF FLOT TPF GEMOX GEMCAP CMF FEC TCH TCHP
    VRD RVD KRD DRD CYBORD VMP MPT AC-T DA-EPOCH-R EPOCH
    IMPORTANCE BACKGROUND OBJECTIVE OBJECTIVES DESIGN SETTING SETTINGS PARTICIPANTS PATIENTS
    INTERVENTIONS EXPOSURES MEASUREMENTS METHODS RESULTS FINDINGS CONCLUSION CONCLUSIONS
    INTERPRETATION RELEVANCE LIMITATIONS FUNDING REGISTRATION
    PMMR DMMR MRNA SIRNA MIRNA CTDNA CFDNA HSCRP CTNI CTNT HSTNI HSTNT SNFL QPCR MAB NAB APTT
    QSOFA MRS AXSPA NR-AXSPA MCRPC NMCRPC MHSPC MCSPC MBC EBC CSCC AHUS AGVHD CGVHD WAMD
    NCOV NCOV-19 IPSC ECRF MHEALTH EHEALTH ICBT CCBT TDCS RTMS DTMS ITBS ECPR INO MTOR
    X-RAY X-RAYS T-CELL T-CELLS B-CELL B-CELLS E-MAIL C-SECTION D-DIMER C-PEPTIDE T-WAVE
    Q-WAVE S-PHASE G-PROTEIN N-TERMINAL C-REACTIVE L-ARGININE L-CARNITINE E-HEALTH M-HEALTH
    E-CIGARETTE E-CIGARETTES
    PDF MP3 MP4 PPT PPTX DOCX HTML XML CSV JPG JPEG PNG
    COMPLETED RECRUITING TERMINATED WITHDRAWN SUSPENDED ENROLLING ACTIVE UNKNOWN
    NOT_YET_RECRUITING ACTIVE_NOT_RECRUITING ENROLLING_BY_INVITATION
    """.split()
)
# Cooperative groups and networks that run many trials: "the EORTC-NCIC trial" names who
# ran it, not which trial. With a protocol number ("RTOG 0825", "EORTC 26981") the name is
# a trial's; a name made only of group names is not.
GROUP_NAMES = frozenset(
    """
    EORTC NCIC CTG CCTG SWOG ECOG ACRIN RTOG NRG NSABP GOG CALGB ALLIANCE NCCTG COG JCOG WJOG
    AIO GBG ABCSG IBCSG BIG UNICANCER GERCOR FFCD NCRI MRC TROG ANZGOG AGO NOGGO KCSG CTONG
    SAKK HOVON GIMEMA EBMT GEICAM SOLTI ARCAGY GINECO MITO NSGO ENGOT HECOG CTTI TIMI DCRI
    PHRI ACTG HPTN IMPAACT INSIGHT NIAID NHLBI NINDS NICHD PCORI ACOSOG
    """.split()
)
_REGISTRY_ID_SHAPE = re.compile(
    r"^(?:NCT\d|ISRCTN|ACTRN|CHICTR|UMIN|DRKS|JRCT|KCT\d|NTR\d|CTRI|PACTR|IRCT|TCTR|SLCTR|LBCTR"
    r"|RPCEC|RBR)"
)
# The registries' own names, which end a trial's name printed before them ("AFIRE UMIN
# Clinical Trials Registry number", "LOTUS China ChiCTR ...", "DANISH ISRCTN number"): a
# registry is never part of the name of a trial it registers
_REGISTRY_WORDS = frozenset(
    "NCT ISRCTN ACTRN ANZCTR CHICTR UMIN JPRN JRCT DRKS CTRI NTR KCT CRIS PACTR IRCT TCTR SLCTR"
    " LBCTR RPCEC REBEC RBR EUDRACT CTIS EUCTR ICTRP".split()
)
# Designs that discuss trials rather than report one: every name they use is cited.
NOT_TRIAL_REPORTS = frozenset({"review", "meta_analysis", "commentary"})
_KEY_PART_RE = re.compile(r"[A-Z]+|\d+")
_ACRONYM_FIELD_RE = re.compile(
    # (ISRCTN prints "Study acronym"; the EU register's results page "Sponsor protocol code",
    # which holds a name only when it reads as one: see _registry_acronym)
    # (UMIN-CTR's "Public Title(Acronym)" and "Scientific Title(Acronym)")
    r"^[ \t]*(?:[A-Z]\.\d+(?:\.\d+)*[ \t]+)?(?:Acronym|Trial acronym|Study acronym"
    r"|(?:Public|Scientific)[ \t]*title[ \t]*\(Acronym\)"
    r"|Name or abbreviated title of the trial(?: where available)?|(?P<code>Sponsor protocol code))"
    # (after a colon, or in a column: "Trial acronym          CheckMate743", as ANZCTR prints)
    # (a bracketed expansion after the name may run on: "HIJ-PROPER (The Heart Institute of
    # Japan PRoper level of lipid lOwering with Pitavastatin")
    r"(?::|[ \t]{2,}|\t)[ \t]*(?P<name>[^\n]{2,40}?)[ \t]*(?:\([^\n()]{12,}\)?[ \t]*)?$",
    re.MULTILINE | re.IGNORECASE,
)
_ACRONYM_FIELD_IN_COLUMN_RE = re.compile(
    r"[ \t]{2,}(?:Trial|Study)[ \t]+acronym[ \t]*:[ \t]*(?P<name>\S[^\n]{0,38}?)[ \t]*(?=[ \t]{2,}|$)",
    re.MULTILINE | re.IGNORECASE,
)
_ACRONYM_FIELD_OPENER = line_start_opener(
    r"[ \t]*(?:[A-Z]\.\d|Acronym|Trial|Study|Name|Sponsor|Public|Scientific)",
    re.MULTILINE | re.IGNORECASE,
)
# Verbs and words marking a sentence about another, earlier trial.
_CITED_CUE_RE = re.compile(
    r"\b(?:previous|previously|prior|earlier|preceding|another|other|similar|landmark"
    r"|companion|sister|parallel|original|unlike|predecessor|separate)\b"
    # "The first FAME study, published in 2009, was a different question": the series' first
    r"|\bthe[ \t]+first[ \t]+$"
    # "A third phase 3 study, CHRONOS, ... continues" (not "the third interim analysis", nor
    # "cut admissions by almost a fifth in the British IRONMAN trial")
    r"|\b(?:a|another)\s+(?:second|third|fourth|fifth)\s+(?:[\w-]+\s+){0,3}?(?:trial|study)\b"
    # "Two further studies, AMAGINE-2 and AMAGINE-3, ... are expected to read out later"
    r"|\b(?:a|an|one|two|three|four|the)\s+(?:further|additional)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:trials?|stud(?:y|ies))\b"
    # a trial that came after: "went on to test the two drugs in African children in a much
    # bigger trial, AQUAMAT", "a subsequent study, ENHANCE-2," (not "the larger ENIGMA-II
    # trial", which may be the page's own)
    r"|\b(?:a|an)\s+(?:(?:much|far|still)\s+)?(?:later|subsequent|follow-on|successor|bigger|larger)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:trial|study)\b"
    # "The new findings build on the 2010 CRASH-2 trial", "the results, which add to the
    # smaller Australian AVOID study"
    r"|\b(?:build|builds|building|built)\s+on\b|\badd(?:s|ed|ing)?\s+to\b"
    # a pilot before the trial: "... and on a 41-patient feasibility study, RIGHT
    # (ISRCTN66434824), that showed ambulance recruitment was possible"
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:pilot|feasibility|vanguard)\s+(?:study|trial),?\s*$"
    # "The trial is distinct from SWiTCH, ..."
    r"|\b(?:distinct|different|separate)\s+from\b"
    # a trial the result is set beside: "The result echoes the Warwick-led UK FASHIoN trial",
    # "in line with the SWEPIS study", "mirrors what HARP-2 found", "consistent with SAILS"
    r"|\b(?:echo(?:es|ed|ing)?|mirror(?:s|ed|ing)?|in\s+line\s+with|consistent\s+with"
    r"|agree(?:s|d)?\s+with|contrast(?:s|ed)?\s+with|in\s+contrast\s+to)\b"
    r"|\b(?:in|from|of)\s+the\s+(?:previous|prior|earlier)\b"
    # a trial set beside the ones reported: "Together with the multinational ELAN study
    # published in 2023, the findings are likely to change guidance"
    r"|\b(?:together\s+with|along\s+with|alongside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# what follows a trial still to report: "The Chinese TRACE-2 trial is expected to report
# on the same question soon", "X, which is ongoing", "X will report in 2025"
_CITED_AFTER_RE = re.compile(
    # (or one that had reported before: "ACOSOG Z0011 had already shown that dissection
    # could be skipped")
    r"[ \t]*(?:(?:trial|study)[ \t]+)?(?:had[ \t]+(?:already[ \t]+|previously[ \t]+|earlier[ \t]+)?"
    r"(?:shown|found|demonstrated|established|reported|suggested)\b"
    r"|(?:is|are)[ \t]+(?:expected|due|set|scheduled|planned)[ \t]+to"
    r"|(?:is|are)[ \t]+(?:still[ \t]+)?(?:ongoing|under[ \t]?way|recruiting)|will[ \t]+report"
    # "The large American HEART-FID trial of that drug is still running."
    r"|(?:trial|study)[ \t]+(?:of|in|with)[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:is|are)[ \t]+(?:still[ \t]+)?"
    r"(?:ongoing|under[ \t]?way|recruiting|running|in[ \t]+progress)"
    r"|(?:is|are)[ \t]+still[ \t]+(?:running|in[ \t]+progress)"
    # a trial still at work has no results to report: "VALOR-HCM, is testing whether ..."
    r"|,?[ \t]*(?:is|are)[ \t]+(?:now[ \t]+)?(?:testing|evaluating|assessing|examining|studying)"
    # "Larger trials, such as the Canadian LOVIT study now under way, ..."
    r"|(?:(?:is|are)[ \t]+)?(?:now|currently)[ \t]+(?:ongoing|under[ \t]?way|recruiting|enrolling)"
    r"|,[ \t]+which[ \t]+is[ \t]+(?:still[ \t]+)?(?:ongoing|under[ \t]?way)"
    # a trial brought in for comparison: "The placebo-controlled SUP-ICU trial in Europe
    # likewise found no mortality effect"
    r"|(?:[ \t]+[\w-]+){0,4}?[ \t]+(?:likewise|similarly)[ \t]+(?:found|showed|reported|failed)"
    # another trial in apposition: "SWiTCH, an earlier NHLBI study in children", "ALPHA, a
    # separate trial of the same drug"
    r"|,[ \t]+(?:an?|the)[ \t]+(?:earlier|previous|prior|separate|older|companion|sister|predecessor)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:trial|study))\b"
)

# the clause going on to call the trial another: "The ICU-ROX trial in a broader ventilated
# population, published a few months earlier, is a different study with different targets"
_ANOTHER_STUDY_LATER_RE = re.compile(
    r"[^.;:\n]{0,100}?\b(?:is|was|are|were)[ \t]+(?:an?[ \t]+|quite[ \t]+)?(?:different|separate"
    r"|distinct|unrelated)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:trials?|stud(?:y|ies)|questions?)\b"
)


def _said_to_be_another_study(text: str, end: int, shapes: list) -> bool:
    """Does the clause after a name (ending at ``end``) call it a different study, with no
    other name printed before the words that do (they would be that name's)?"""
    m = _ANOTHER_STUDY_LATER_RE.match(text, end)
    return bool(m) and not any(end < sh[0] < m.end() for sh in shapes)


# Complete identifiers of the common primary registries.
_REGISTRY_ID_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    # (in lower case too, as a registry's address prints them: ".../show/nct01234567")
    r"(?P<nct>NCT|nct)\s?(?P<nct_digits>\d{8})(?!\d)"
    r"|(?P<isrctn>(?:ISRCTN|isrctn)\s?\d{8})(?!\d)"
    # (the EU's CTIS numbers, "2022-500123-45-00", are told from EudraCT's by the 5 and the
    # fourth group)
    r"|(?P<euct>(?:19|20)\d{2}-5\d{5}-\d{2}-\d{2})(?!\d)"
    r"|(?:EudraCT(?:\s+(?:number|no\.?|identifier))?[\s:#]*)(?P<eudract>(?:19|20)\d{2}-\d{6}-\d{2})(?!-?\d)"
    r"|(?P<eudract_bare>(?:19|20)\d{2}-\d{6}-\d{2})(?!-?\d)"
    # the other primary registries of the WHO's platform, their prefix printed with or
    # without a space ("ChiCTR 2000029868", "ACTRN 12612000123456", "DRKS 00012345")
    r"|(?P<actrn>ACTRN\s?\d{14})(?!\d)"
    r"|(?P<chictr>ChiCTR[\s-]?(?:[A-Z]{2,4}-)?\d{8,10})(?!\d)"
    r"|(?P<jprn>(?:JPRN-)?(?:UMIN\s?\d{9}|JapicCTI-\d{6}|jRCTs?\d{9,10}))(?!\d)"
    r"|(?P<drks>DRKS\s?\d{8})(?!\d)"
    r"|(?P<ctri>CTRI/\d{4}/\d{2,3}/\d{6})(?!\d)"
    r"|(?P<ntr>NTR\d{3,5})(?!\d)"
    r"|(?P<kct>KCT\s?\d{7})(?!\d)"
    # Pan African (PACTR + 15 digits), Iranian (IRCT, a date and serial, N and the
    # record's number: "IRCT20200128046294N2"), Thai (TCTR + 11 digits), Sri Lankan
    # ("SLCTR/2017/024"), Lebanese (LBCTR + 10 digits), Cuban (RPCEC + 8 digits) and
    # Brazilian ("RBR-6tkmxh") registries
    r"|(?P<pactr>PACTR\s?\d{15})(?!\d)"
    r"|(?P<irct>IRCT\s?\d{8,14}N\d{1,3})(?!\d)"
    r"|(?P<tctr>TCTR\s?\d{11})(?!\d)"
    r"|(?P<slctr>SLCTR/\d{4}/\d{3})(?!\d)"
    r"|(?P<lbctr>LBCTR\s?\d{10})(?!\d)"
    r"|(?P<rpcec>RPCEC\s?\d{8})(?!\d)"
    r"|(?P<rbr>RBR-(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,8})(?![A-Za-z0-9])"
    r")"
)
# Where an identifier can start (no capturing groups, so the scan is fast). Each
# alternative opens with its first two characters and checks the character before them
# after those: a pattern that opens with a look-behind gets no fast scan for its first
# character, and the look-behind is then made only where the second character follows.
_REGISTRY_ID_SCAN_RE = re.compile(
    "|".join(
        f"{start[:2]}(?<![A-Za-z0-9]..){start[2:]}"
        for start in (
            (
                "NCT ISRCTN EudraCT ACTRN ChiCTR JPRN UMIN JapicCTI jRCT DRKS CTRI/ PACTR IRCT"
                " TCTR SLCTR/ LBCTR RPCEC RBR-"
            ).split()
            + [r"NTR\d", r"KCT\s?\d", r"19\d\d-\d{6}-", r"20\d\d-\d{6}-"]
        )
    )
)


# The last text read and its ids: a document's parsing asks for them three times (its ids,
# the contexts they are printed in, the ids it cites)
_last_occurrences: list = [None, ()]


def registry_id_occurrences(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, id) of every complete registry identifier printed in ``text``, the id
    written without spaces ("NCT 01234567" is NCT01234567)."""
    if _last_occurrences[0] is text:
        return _last_occurrences[1]
    found = []
    hits = [hit.start() for hit in _REGISTRY_ID_SCAN_RE.finditer(text)]
    # ids in lower case, as a registry's address prints them ("nct01234567"): looked for by
    # their literal prefixes apart, which the engine finds fast (in the scan above, "n" and
    # "i" would make every such letter of a page a place to try)
    for prefix in ("nct", "isrctn"):
        at = text.find(prefix)
        while at != -1:
            if not (at and text[at - 1].isalnum()):
                hits.append(at)
            at = text.find(prefix, at + 1)
    for start in sorted(hits):
        m = _REGISTRY_ID_RE.match(text, start)
        if not m:
            continue
        if m.group("nct"):
            rid = "NCT" + m.group("nct_digits")
        else:
            rid = re.sub(r"\s", "", m.group(m.lastgroup))
            if m.lastgroup == "chictr":
                rid = re.sub(r"^ChiCTR-(?=\d)", "ChiCTR", rid)  # ("ChiCTR-2000029868")
            if m.lastgroup == "rbr":
                rid = rid.lower().replace("rbr-", "RBR-")  # (printed in either case)
            if m.lastgroup == "isrctn":
                rid = rid.upper()
        found.append((m.start(m.lastgroup if not m.group("nct") else "nct"), m.end(), rid))
    _last_occurrences[:] = [text, tuple(found)]
    return _last_occurrences[1]


# --------------------------------------------------------------------------- own and cited ids

# What a document's own registration statement says before its ids: "Trial registration:
# ClinicalTrials.gov NCT...", "(Funded by ...; ClinicalTrials.gov number, NCT...)", "This
# trial is registered with ISRCTN, ISRCTN...", "Clinical Trial Registration: URL: ...
# Unique identifier: NCT...", "Chinese Clinical Trial Register number, ChiCTR...", a
# registry record's "NCT Number:" or "Main ID:" field. ("ClinicalTrials.gov" alone is no
# cue: a reference prints it beside a cited trial's id.)
# an earlier study described, not named, before its id: a pilot, feasibility or earlier
# study or trial, with a word or tense saying it came before ("had first run", "previous",
# "earlier"): the page's own pilot paper ("This pilot study (ISRCTN...)") says none
_EARLIER_UNNAMED_STUDY_RE = re.compile(
    r"\b(?:pilot|feasibility|earlier|previous|prior|preceding|predecessor)[ \t\n]+"
    r"(?:[\w-]+[ \t\n]+){0,2}?(?:study|trial|RCT)\b(?![ \t\n]*(?:group|investigators))"
    r"[^.;()\n]{0,80}?[ \t\n]*(?:\([^()]{0,30})?$",
    re.IGNORECASE,
)
THIS_STUDY_RE = re.compile(
    r"\b(?:this|the[ \t]+present|the[ \t]+current|our[ \t]+own)\b", re.IGNORECASE
)
EARLIER_WORD_RE = re.compile(
    r"\b(?:earlier|previous|previously|prior|preceding|predecessor|first|had)\b", re.IGNORECASE
)
_REGISTRATION_CUE_RE = re.compile(
    r"regist(?:ration|ered|ry|er)|identifier|ClinicalTrials\.gov[ \t]+(?:number|ID)"
    r"|NCT[ \t]+Number|Trial[ \t]+ID|Main[ \t]+ID",
    re.IGNORECASE,
)


def _registers(window: str, m: re.Match) -> bool:
    """Does the cue ``m`` of ``window`` (the text up to an id) introduce the id? A registry
    as a source of patients ("randomised 2037 patients through the national SCAAR registry;
    the international DEFINE FLAIR study (NCT02053083)") does not: the word names a
    registration only with the id close after it and no clause between ("Australian New
    Zealand Clinical Trials Registry ACTRN...", "ISRCTN registry, ISRCTN...")."""
    if not m.group().lower().startswith("registr") or m.group().lower() in (
        "registration",
        "registered",
    ):
        return True
    between = window[m.end() :]
    return len(between) <= 40 and ";" not in between and ". " not in between


# A heading over a list of other publications ("Similar articles", "Cited by", "Related
# articles", "Comment in"), and what its entries print ("Wang Y, et al.", a year).
# (also a journal's pointer to other pieces: "Related", "Related article in the same
# issue", "Linked Comment (excerpt)", whose lines quote other trials and commentary)
_REFERENCE_HEADING_RE = re.compile(
    r"^[ \t]*(?:Similar[ \t]+articles"
    r"|Related(?:[ \t]+(?:articles?|content|coverage|stories|reading))?"
    r"(?:[ \t]+in[ \t]+(?:the|this)[ \t]+(?:same[ \t]+)?issue)?"
    # a registry mirror's pointers to other records: "Related record", "Related trials you
    # may be interested in", "Similar studies"
    r"|(?:Related|Similar|Other)[ \t]+(?:records?|trials?|studies|registrations?)"
    r"(?:[ \t]+(?:you|that)[ \t]+(?:may|might)[ \t]+(?:also[ \t]+)?(?:be[ \t]+interested[ \t]+in|like))?"
    r"|Linked[ \t]+(?:comments?|articles?|editorials?)(?:[ \t]*\((?:excerpts?|extracts?)\))?"
    r"|Cited[ \t]+by|See[ \t]+also|Comment[ \t]+(?:in|on)|Other[ \t]+articles"
    # a publisher's or news site's pointers to other pieces ("Recommended articles" under a
    # ScienceDirect article, "More like this", "You may also like", "Read next", "Most read")
    r"|Recommended(?:[ \t]+(?:articles?|reading|for[ \t]+you))?|More[ \t]+like[ \t]+this"
    r"|You[ \t]+(?:may|might)[ \t]+also[ \t]+(?:like|be[ \t]+interested[ \t]+in)"
    r"|Read[ \t]+next|Most[ \t]+(?:read|viewed|popular)|Trending|People[ \t]+also[ \t]+read"
    # a registry record's list: "Publications automatically indexed to this study",
    # "Publications of Results", "Publications"
    r"|Publications(?:[ \t]+(?:automatically[ \t]+indexed[ \t]+to[ \t]+this[ \t]+study"
    r"|of[ \t]+results|about[ \t]+(?:this[ \t]+study|study[ \t]+results)))?"
    r"|Further[ \t]+reading)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_REFERENCE_HEADING_OPENER = line_start_opener(
    r"[ \t]*(?:Similar|Related|Linked|Cited|See|Comment|Other|Further|Publications|Recommended"
    r"|More|You|Read|Most|Trending|People)",
    re.IGNORECASE | re.MULTILINE,
)
_ET_AL_RE = re.compile(r"\bet[ \t]+al\b")
# a journal and its year as a citation prints them: "N Engl J Med. 2020", "Lancet. 2019;"
_CITED_YEAR_RE = re.compile(r"[A-Za-z]\.[ \t]+(?:19|20)\d\d(?!\d)")


# The last text whose reference blocks were found, and its blocks: parsing a document and
# extracting its estimates both ask for them (as _last_read below, for the names).
_last_blocks: list = [None, None]


def reference_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the lists under a reference heading: the heading and the lines after it
    that read as entries (indented or bulleted, or citing authors or a journal's year:
    "Wang Y, et al.", "N Engl J Med. 2020."), to the first other line (the next heading,
    "Publication types", or the article's own prose when the list is a sidebar above it)."""
    if _last_blocks[0] is not None and (_last_blocks[0] is text or _last_blocks[0] == text):
        return list(_last_blocks[1])
    blocks = _reference_blocks(text)
    _last_blocks[:] = [text, blocks]
    return list(blocks)


def _reference_blocks(text: str) -> list[tuple[int, int]]:
    blocks = []
    for m in matches_at_line_starts(_REFERENCE_HEADING_RE, _REFERENCE_HEADING_OPENER, text):
        end = pos = m.end()
        while pos < len(text):
            nl = text.find("\n", pos + 1)
            line_end = len(text) if nl < 0 else nl
            line = text[pos:line_end].lstrip("\n")
            stripped = line.strip()
            if stripped and not (_entry_line(line) or _entry_title_line(text, line_end)):
                break
            end = pos = line_end
        blocks.append((m.start(), end))
    return blocks


def _entry_line(line: str) -> bool:
    """A line of a list of other publications: indented or bulleted, or citing authors or
    a journal's year, or a citation's year and volume wrapped onto it."""
    return line[:1] in " \t•*-–" or bool(
        _ET_AL_RE.search(line) or _CITED_YEAR_RE.search(line) or _CITATION_GOES_ON_RE.match(line)
    )


# a citation's year and volume wrapped onto a line of their own: "2022;81(3):370-378."
_CITATION_GOES_ON_RE = re.compile(r"(?:19|20)\d\d[ \t]*[;:(]")


def _entry_title_line(text: str, line_end: int) -> bool:
    """Is the line ending at ``line_end`` an entry's title, wrapped over up to two lines
    and followed by its citation ("Flares after hydroxychloroquine reduction ... the
    Systemic Lupus International" / "Collaborating Clinics (SLICC) inception cohort.
    Almeida-Brasil CC, Hanly JG, Urowitz M, et al. Ann Rheum Dis.")?"""
    pos = line_end
    for _ in range(2):
        if pos >= len(text):
            return False
        nl = text.find("\n", pos + 1)
        nxt_end = len(text) if nl < 0 else nl
        nxt = text[pos:nxt_end].lstrip("\n")
        if not nxt.strip() or nxt[:1] in " \t•*-–":
            return False  # a blank line or the entry's indented text: no citation next
        if _ET_AL_RE.search(nxt) or _CITED_YEAR_RE.search(nxt):
            return True
        pos = nxt_end
    return False


def in_blocks(blocks: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of ``blocks`` ((start, end) spans in text order, as
    :func:`reference_blocks` gives them)? A binary search: a long page has many."""
    i = bisect_right(blocks, (pos, float("inf"))) - 1
    return i >= 0 and blocks[i][0] <= pos < blocks[i][1]


class _IdContexts:
    """Where each registry id of a text is printed: in the document's own registration
    statement, in a list of other publications, or beside a trial name."""

    def __init__(self, text: str):
        self.text = text
        self.occurrences = registry_id_occurrences(text)
        self.starts = [s for s, _, _ in self.occurrences]
        self.blocks = reference_blocks(text) if self.occurrences else []

    def in_reference(self, pos: int) -> bool:
        """Is ``pos`` in a list of other publications? (A line citing a paper on its own,
        "Reference: Tita AT, et al. ... NCT02299414", is the source of a news item or
        summary: the document's own trial.)"""
        return in_blocks(self.blocks, pos)

    def in_statement(self, start: int) -> bool:
        """Is the id at ``start`` printed in a registration statement (its cue earlier in
        the same sentence and line, at most 100 characters before)?"""
        text = self.text
        lo = max(text.rfind("\n", 0, start) + 1, start - 100)
        window = text[lo:start]
        cut = window.rfind(". ")
        if cut >= 0:
            window = window[cut + 2 :]
        return any(
            _registers(window, m) for m in _REGISTRATION_CUE_RE.finditer(window)
        ) and not self.in_reference(start)

    def of_an_earlier_study(self, start: int) -> bool:
        """Is the id at ``start`` printed for an earlier study the sentence describes without
        a name ("the same group had first run a small pilot study of 42 people (registered
        as ISRCTN18135146)", "following our previous feasibility trial (NCT...)")?"""
        text = self.text
        lo = max(text.rfind("\n\n", 0, start) + 1, start - 200)
        window = text[lo:start]
        cut = max(window.rfind(". "), window.rfind(".\n"))
        if cut >= 0:
            window = window[cut + 2 :]
        m = _EARLIER_UNNAMED_STUDY_RE.search(window)
        if m and THIS_STUDY_RE.search(window, max(0, m.start() - 30), m.start() + 1):
            return False  # "this pilot trial": the page's own
        return m is not None and EARLIER_WORD_RE.search(window) is not None

    @functools.cached_property
    def statement_ids(self) -> frozenset:
        """The ids of the document's own registration statements."""
        return frozenset(rid for s, _, rid in self.occurrences if self.in_statement(s))

    def id_after(self, pos: int) -> str:
        """The id printed within 60 characters after ``pos`` ("NAME (NCT...)"), or ''."""
        i = bisect_right(self.starts, pos - 1)
        if i < len(self.occurrences) and self.occurrences[i][0] - pos <= 60:
            return self.occurrences[i][2]
        return ""

    def printed_elsewhere(self, pos: int) -> bool:
        """Is the id printed after ``pos`` not among the ids of the document's own
        registration statement, when it has one?"""
        rid = self.id_after(pos) if self.occurrences else ""
        return bool(rid and self.statement_ids and rid not in self.statement_ids)


# Between a trial's name and its id: "ESPAC-3 trial (NCT00058201)", "(SCORED, NCT...)",
# "CheckMate 227 (ClinicalTrials.gov number, NCT...)"; between an id and its name:
# "NCT02684370 (UltIMMa-1)".
_NAME_BEFORE_ID_GAP_RE = re.compile(
    # (an apposition may come between: "Post-HERCULES, a three-year follow-up study with
    # repeated use of caplacizumab (NCT02878603)")
    r"(?:,[ \t]+(?:an?|the)[ \t]+[^.;()\n]{0,100}?[ \t]*(?=\())?"
    # (a trial word, or the trial's group: "The CROSSFIRE Study Group (ACTRN 12616000969460)")
    r"[ \t]*(?:\([A-Za-z0-9][\w./-]{2,20}\)[ \t]*(?=,))?(?:(?:trial|study)[ \t]*)?"
    r"(?:(?:study[ \t]+group|trial[ \t]+group|investigators|collaborators)[ \t]*)?"
    r"[(,:;][ \t]*(?:(?:ClinicalTrials\.gov|ISRCTN|EudraCT)"
    r"(?:[ \t]+(?:number|identifier|ID|registration))?[ \t]*[:,]?[ \t]*)?",
    re.IGNORECASE,
)
_NAME_AFTER_ID_GAP_RE = re.compile(r"[ \t]*[(,][ \t]*")
# a bracket right after a name, its description and a semicolon or comma before the id
_DESCRIBED_BRACKET_RE = re.compile(r"[ \t]*\([^()\n;]{1,80}[;,][ \t]*")


def name_beside_id(text: str, start: int, end: int, mentions, starts: list[int]):
    """The trial-name mention printed right before or right after the id at text[start:end]
    (``mentions`` in text order, ``starts`` their start offsets), or None."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and 0 <= start - mentions[i].end <= 160:
        gap = _NAME_BEFORE_ID_GAP_RE.match(text, mentions[i].end, start)
        if gap and gap.end() == start:
            return mentions[i]
        # inside the bracket that opens right after the name, a description before it: "The
        # EDITION 1 (basal plus mealtime insulin; NCT01499082), EDITION 2 (...; NCT01499095)"
        inner = _DESCRIBED_BRACKET_RE.match(text, mentions[i].end, start)
        if inner and inner.end() == start:
            return mentions[i]
    j = bisect_right(starts, end - 1)
    if j < len(mentions) and 0 <= mentions[j].start - end <= 4:
        gap = _NAME_AFTER_ID_GAP_RE.match(text, end, mentions[j].start)
        if gap and gap.end() == mentions[j].start:
            return mentions[j]
    return None


def cited_registry_ids(text: str, names: TrialNames) -> list[str]:
    """Ids the document prints for other trials, sorted: every place an id is printed is a
    list of other publications (under "Similar articles") or
    beside a trial name that is not the document's own, and the id is not in the
    document's own registration statement. Without such a statement, an id beside another
    trial's name counts only when the document keeps another id or a trial name of its
    own."""
    contexts = id_contexts(text)
    if not contexts.occurrences:
        return []
    statement = contexts.statement_ids
    own = set(names.keys())
    mentions = list(names.mentions)
    starts = [m.start for m in mentions]
    places: dict[str, list[tuple[int, int]]] = {}
    for s, e, rid in contexts.occurrences:
        places.setdefault(rid, []).append((s, e))

    def other_trial(s: int, e: int) -> bool:
        m = name_beside_id(text, s, e, mentions, starts)
        return m is not None and m.key not in own

    if not own and len(names.cited) >= 3 and _RESULTS_IN_PARAGRAPH_RE.search(text) is None:
        # a page on several trials that counts no people and gives no estimate (a methods
        # note on trial names, "PHOENIX is both a British trial ... (ISRCTN01879376) and
        # CHAMPION PHOENIX, ...") prints their ids, none of its own
        return sorted(places)
    in_lists, beside, earlier = set(), set(), set()
    for rid, spots in places.items():
        if all(
            contexts.of_an_earlier_study(s) and name_beside_id(text, s, e, mentions, starts) is None
            for s, e in spots
        ):
            # (an earlier study printed with its name is decided by its name, below)
            earlier.add(rid)
            continue
        if rid in statement:
            continue
        listed = [contexts.in_reference(s) for s, _ in spots]
        if all(listed):
            in_lists.add(rid)
        elif all(x or other_trial(s, e) for x, (s, e) in zip(listed, spots)):
            beside.add(rid)
    if (
        not statement
        and not set(places) - in_lists - beside
        and not own
        and _RESULTS_IN_PARAGRAPH_RE.search(text) is not None
    ):
        # (a document naming a trial of its own prints the ids of the others beside them:
        # "In the RADIANT-4 study ..., extending the benefit first shown in RADIANT-3
        # (NCT00510068)"; a page counting no people and giving no estimate, a note on trial
        # names, prints only other trials' ids)
        beside = set()
    cited = in_lists | beside | earlier
    if statement:
        # a registry's other id, printed outside the statement that gives the page's own
        # in that registry, is another trial's ("Trial registration: ISRCTN99887766" ...
        # "the Welsh Seal or Varnish trial (ISRCTN17029222) found none")
        registries = {registry_of(rid) for rid in statement}
        cited |= {rid for rid in places if rid not in statement and registry_of(rid) in registries}
    return sorted(cited | _printed_with(text, contexts.occurrences, cited, statement))


# between two ids printed together for one trial: "(ISRCTN17029222, EudraCT 2010-023476-23)",
# "NCT01234567; EudraCT number 2015-001234-56"
_IDS_TOGETHER_RE = re.compile(
    r"[ \t]*[;,/][ \t]*(?:and[ \t]+)?(?:(?:EudraCT|ISRCTN|ClinicalTrials\.gov|EU[ \t]?CT)[ \t]*)?"
    r"(?:(?:number|no\.?|identifier|ID)[ \t]*)?:?[ \t]*",
    re.IGNORECASE,
)


def _printed_with(text: str, occurrences, cited: set, statement) -> set[str]:
    """Ids printed right beside a cited id, only a separator and a registry's label between
    them (another trial's ids given together), never one of the page's own statement."""
    out: set[str] = set()
    for (_, end, a), (start, _, b) in zip(occurrences, occurrences[1:]):
        if (a in cited) != (b in cited) and _IDS_TOGETHER_RE.fullmatch(text, end, start):
            other = b if a in cited else a
            if other not in statement:
                out.add(other)
    return out


_last_contexts: list = [None, None]


def id_contexts(text: str) -> _IdContexts:
    """:class:`_IdContexts` of ``text`` (the last text's kept: parsing and name reading
    both ask for it)."""
    if _last_contexts[0] is not text:
        _last_contexts[:] = [text, _IdContexts(text)]
    return _last_contexts[1]


_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}


@functools.lru_cache(maxsize=65536)
def registry_of(registry_id: str) -> str:
    """The registry an id belongs to: its letters ("NCT", "ISRCTN", "ACTRN"), or "EUDRACT"
    for an id of digits ("2014-000226-38")."""
    m = re.match(r"[A-Za-z]+", registry_id)
    if m:
        return m.group().upper()
    # (a CTIS number, "2022-500123-45-00", is the EU's new register's, not EudraCT's: a
    # trial moved from one to the other holds one id of each)
    return "EUCT" if registry_id.count("-") == 3 else "EUDRACT"


def key(name: str) -> str:
    """Comparable form of a printed trial name: capitals and numbers, Roman numerals read as
    numbers ("MODIFY I", "MODIFY 1" and "MODIFY-1" are one name)."""
    parts = _KEY_PART_RE.findall(name.upper())
    if len(parts) > 1:
        parts = [parts[0]] + [_ROMAN.get(p, p) for p in parts[1:]]
    return "-".join(parts)


def compact_key(name: str) -> str:
    """The key of a name of letters only, its parts run together: "Pred-ART" and "PredART"
    are one name ("PREDART"); '' for a one-part name or one with numbers ("ASCLEPIOS 1")."""
    parts = key(name).split("-")
    return "".join(parts) if len(parts) > 1 and all(p.isalpha() for p in parts) else ""


# (looked up by key: "T2DM" and "HER2" as "T-2-DM" and "HER-2")
NOT_TRIAL_NAMES = NOT_TRIAL_NAMES | frozenset(key(w) for w in NOT_TRIAL_NAMES)
# a journal's article types and a page's labels, printed in capitals over or after a title
# ("MEDICINE - ORIGINAL ARTICLE", "RESEARCH LETTER", "PRESS RELEASE"): no trial's name
_ARTICLE_TYPE_LABELS = (
    "ORIGINAL ARTICLE",
    "ORIGINAL INVESTIGATION",
    "ORIGINAL RESEARCH",
    "ORIGINAL CONTRIBUTION",
    "RESEARCH ARTICLE",
    "RESEARCH LETTER",
    "RESEARCH PAPER",
    "REVIEW ARTICLE",
    "SPECIAL ARTICLE",
    "SPECIAL REPORT",
    "BRIEF REPORT",
    "BRIEF COMMUNICATION",
    "CASE REPORT",
    "CLINICAL TRIAL",
    "CLINICAL RESEARCH",
    "CLINICAL INVESTIGATION",
    "SYSTEMATIC REVIEW",
    "INVITED COMMENTARY",
    "EDITORIAL COMMENT",
    "PRESS RELEASE",
    "NEWS RELEASE",
    "OPEN ACCESS",
    "FULL TEXT",
)
NOT_TRIAL_NAMES = NOT_TRIAL_NAMES | frozenset(key(w) for w in _ARTICLE_TYPE_LABELS)


@functools.lru_cache(maxsize=65536)
def _acronym_shaped(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 or (capitals >= 1 and any(c.isdigit() for c in word))


def _continues(part: str, sep: str = " ") -> bool:
    """A part after the head: capitals or digits ("017", "HF", "9LA", "OUTCOME", "2"), or
    after a hyphen any capitalised word ("EMPEROR-Preserved", "RE-SPECT"); never a registry
    id after a space ("YOSEMITE NCT03622580" is a name and its id)."""
    if sep == " " and _REGISTRY_ID_SHAPE.match(part.upper()) and any(c.isdigit() for c in part):
        return False
    if part.upper() in _REGISTRY_WORDS:
        return False  # "AFIRE UMIN Clinical Trials Registry number": the registry's name
    if sep == " " and part.upper() in _WORDS_ENDING_A_NAME:
        return False  # "REVIEWED BY: ...", "DOLPHIN2 FINAL RESULTS: DOLUTEGRAVIR VS ..."
    if sep in "-–" and (
        part[:1].isupper() or (part.isalpha() and part.islower() and len(part) <= 2)
    ):
        return True  # "EMPEROR-Preserved", "COMBI-v"
    # a number, an abbreviation, or a Roman numeral ("MODIFY I", "OPERA II"), or the regions
    # of a sister trial, capitals closed by a few lower-case letters ("ALPINE NZAus")
    return (
        any(c.isdigit() for c in part)
        or (part.isupper() and (len(part) >= 2 or part in _ROMAN))
        or _REGION_PART_RE.fullmatch(part) is not None
    )


_REGION_PART_RE = re.compile(r"[A-Z]{2,4}[a-z]{1,3}")
# words that join the words of a phrase, never the spaced parts of one trial's name: a
# capitals label or title ("REVIEWED BY:", "... VS EFAVIRENZ IN LATE PREGNANCY") goes on
# past them, a name ends before them (joined by a hyphen they stay: "SPYRAL HTN-ON MED")
_FUNCTION_WORDS = frozenset("AND OR OF IN ON AT BY TO FOR WITH FROM INTO THE VS VERSUS".split())
# and the words of a report of it printed in capitals after it ("DOLPHIN2 FINAL RESULTS:")
_REPORT_WORDS = frozenset(
    "FINAL INTERIM RESULTS RESULT UPDATE UPDATED ANALYSIS ANALYSES REPORT FINDINGS".split()
)
_WORDS_ENDING_A_NAME = _FUNCTION_WORDS | _REPORT_WORDS


def _only_group_names(k: str) -> bool:
    """ "EORTC-NCIC", "ECOG-ACRIN": every part a cooperative group, no protocol number."""
    return all(part in GROUP_NAMES for part in k.split("-"))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    printed: str
    key: str


# (or a letter, a hyphen and two digits or more: "NSABP B-31" is B-31)
_GROUP_PROTOCOL_RE = re.compile(r"[A-Z]-?\d{4,}|[A-Z][-–]\d{2,6}")
_DOTTED_PROTOCOL_RE = re.compile(r"[A-Z]{2,3}\.\d{1,3}")
# The letter a cooperative group puts before its protocol numbers: "CALGB 9343" is also
# printed "C9343", "ECOG 1199" "E1199", "NCCTG 9831" "N9831", "ACOSOG Z0011" "Z0011"
_GROUP_PROTOCOL_LETTER = {
    "CALGB": "C",
    "ECOG": "E",
    "SWOG": "S",
    "NCCTG": "N",
    "ACOSOG": "Z",
    "ACTG": "A",
}


def programme_member(printed: str) -> str:
    """The key of the trial's own name inside a programme's name: "LIBERTY ASTHMA QUEST" is
    the QUEST trial of the LIBERTY ASTHMA programme, and pages call it either ('' when the
    name is not three capital words or more, or its last word is short, numbered or an
    abbreviation of something else: "EMPA-REG OUTCOME", "SOLO 1"; two words are one
    trial's name, "ODYSSEY OUTCOMES", "MR CLEAN", "NAVIGATE ESUS")."""
    words = printed.split()
    last = words[-1] if words else ""
    if len(words) == 2 and key(words[0]) in GROUP_NAMES and _GROUP_PROTOCOL_RE.fullmatch(last):
        # a cooperative group's protocol, printed with or without the group: "ACTG A5202"
        # is A5202, "SWOG S0777" is S0777 (a letter and four digits or more)
        return key(last)
    if (
        len(words) >= 2
        and _DOTTED_PROTOCOL_RE.fullmatch(last)
        and all(key(w) in GROUP_NAMES for w in words[:-1])
    ):
        return key(last)  # "NCIC CTG MA.20" and "CCTG MA.20" are MA.20
    letter = _GROUP_PROTOCOL_LETTER.get(words[0]) if len(words) == 2 else None
    if letter and last.isdigit() and len(last) >= 4:
        # ... and its number without the letter: "CALGB 9343" is C9343
        return key(letter + last)
    if (
        len(words) < 3
        or not all(w.isalpha() and w.isupper() for w in words)
        or len(last) < 4
        or last in NOT_TRIAL_NAMES
        or last in GROUP_NAMES
    ):
        return ""
    return last


@functools.lru_cache(maxsize=65536)
def _word_can_name(word: str) -> bool:
    """Can this one-word candidate be a trial name (decided once per distinct word)?"""
    k = key(word)
    flat = k.replace("-", "")
    return (
        k not in NOT_TRIAL_NAMES
        and k not in GROUP_NAMES
        and len(flat) >= 3
        and not flat.isdigit()
        and not _REGISTRY_ID_SHAPE.match(flat)
    )


# a name of a capitalised word and a number or capitals ("Sclerosis I", "Dofetilide-MI"),
# and the abbreviation in brackets right after it that shows it ends a spelled-out name
_LONG_FORM_END_RE = re.compile(r"[A-Z][a-z]+[ -]")
_ABBREVIATION_AFTER_RE = re.compile(
    r" \((?!NCT|ISRCTN|ACTRN|EudraCT|ChiCTR|DRKS|UMIN|PACTR|IRCT|TCTR|SLCTR|LBCTR|RPCEC)[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*"
    r"(?:[- ][A-Za-z0-9]+){0,3}\)"
)


def printed_name_keys(text: str) -> set[str]:
    """The keys of the acronym-shaped names ``text`` prints (a title's: "... the QUARTZ
    trial" gives "QUARTZ")."""
    return {key(printed) for _, _, printed, _ in _shapes(text)}


def _shapes(text: str, lo: int = 0, hi: int | None = None):
    """(start, end, printed, trailing words) of acronym-shaped names in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    # where a meeting's word ends (its stems found once: most texts hold few or none)
    stem_ends = sorted(
        at + len(stem)
        for stem in _MEETING_STEMS
        for at in offsets_of(text, stem, max(0, lo - 30), hi)
    )
    for m in _CANDIDATE_RE.finditer(text, lo, hi):
        raw = m.group()
        if stem_ends and _after_a_meeting_word(text, m.start(), stem_ends):
            continue  # "Abstract CT003", "Plenary Session: CT003": a meeting's number
        if " " not in raw and "-" not in raw:  # one word, the common case
            if _word_can_name(raw):
                yield m.start(), m.end(), raw, []
            continue
        at = m.start()
        for start, end, printed, trailing in _names_in_candidate(raw):
            duration = _DURATION_AFTER_RE.match(text, at + end)
            if duration and _SPACED_NUMBER_END_RE.search(printed):
                # "the SMART-CHOICE 3-year outcomes", "KEYNOTE-189 5-year update",
                # "CheckMate 067 6.5-year": the number opens a duration, not the name
                printed = _SPACED_NUMBER_END_RE.sub("", printed)
                end = start + len(printed)
                if not _may_be_a_name(key(printed)):
                    continue
                trailing = [w.lower() for w in text[at + end : at + end + 40].split()[:3]]
            if _LONG_FORM_END_RE.match(printed) and _ABBREVIATION_AFTER_RE.match(text, at + end):
                # "... Multiple Sclerosis I (CARE-MS I) trial", "... Mortality on
                # Dofetilide-MI (DIAMOND-MI)": the end of a name spelled out before its
                # abbreviation
                continue
            yield at + start, at + end, printed, list(trailing)
            twin = _TWIN_RE.match(text, at + end, hi) if printed[-1:].isalnum() else None
            if twin and _TWIN_NUMBER_RE.search(printed):
                # "ASCLEPIOS 1 and 2", "MODIFY I and II": the second trial of a pair
                # the first name without its number ends in its separator: "ASCLEPIOS ";
                # and the next ones of a list: "ASTRAL-1, -2 and -3"
                stem = _TWIN_NUMBER_RE.sub("", printed)
                for _ in range(6):
                    yield (
                        twin.start("second"),
                        twin.end("second"),
                        stem + twin.group("second"),
                        [
                            w.lower()
                            for w in text[twin.end("second") : twin.end("second") + 40].split()[:3]
                        ],
                    )
                    twin = _TWIN_RE.match(text, twin.end(), hi)
                    if twin is None:
                        break


# what a meeting's abstract or session number follows: "Abstract CT003", "Session: LBA5",
# "Poster 1234", "Abstract No. 9000"
_ABSTRACT_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:[Aa]bstract|ABSTRACT|[Ss]ession|SESSION|[Pp]oster|POSTER|[Pp]resentation)"
    r"(?:\s+(?:[Nn]o\.?|[Nn]umber|#))?\s*[:#]?\s*$"
)
_MEETING_STEMS = ("bstract", "BSTRACT", "ession", "ESSION", "oster", "OSTER", "resentation")


def _after_a_meeting_word(text: str, at: int, stem_ends: list[int] | None = None) -> bool:
    """Does a meeting's word and separator end right before ``at``? The pattern is searched
    only where one of the words' stems ends within 30 characters before it (``stem_ends``:
    where the stems end, sorted, as _shapes finds them once per text; most candidates have
    none near)."""
    lo = max(0, at - 30)
    if stem_ends is None:
        stem_ends = sorted(
            s + len(stem) for stem in _MEETING_STEMS for s in offsets_of(text, stem, lo, at)
        )
    i = bisect_left(stem_ends, lo)
    # (a stem inside the window: it starts at lo or later and ends by at)
    return (
        i < len(stem_ends)
        and stem_ends[i] <= at
        and bool(_ABSTRACT_NUMBER_BEFORE_RE.search(text, lo, at))
    )


_PIECES_RE = re.compile(r"( [-–](?=\d)|[-– ])")
# the number that ends a name ("ASCLEPIOS 1", "MODIFY I", "INPULSIS-1"), and the second
# number of a pair after it (" and 2", " and II", "/2")
_TWIN_NUMBER_RE = re.compile(r"(?<=[ \-–])(?:\d{1,2}|I{1,3}|IV|VI?)$")
_TWIN_RE = re.compile(
    r"[ \t]*(?:and|&|/|,)[ \t]*[-–]?(?P<second>\d{1,2}|I{1,3}|IV|VI?)\b(?![-–.]\d)"
)


# a number opening a duration right after a name ("3-year", "6.5-year", "12-month")
_DURATION_AFTER_RE = re.compile(
    r"(?:[.·]\d+)?[ \t]?-[ \t]?(?:years?|yr|months?|weeks?|days?)\b", re.IGNORECASE
)
_SPACED_NUMBER_END_RE = re.compile(r"[ \t]+\d+$")


@functools.lru_cache(maxsize=65536)
def _names_in_candidate(raw: str) -> tuple:
    """(start, end, printed, trailing words) of the names in a candidate of several words
    ("HR 0", "CheckMate 017", "EMPA-REG OUTCOME"), offsets from its start: decided once per
    distinct candidate, as one-word candidates are."""
    found = []
    pieces = _PIECES_RE.split(raw)
    words, seps = pieces[0::2], pieces[1::2]
    offsets = [0]
    for w, sep in zip(words, seps):
        offsets.append(offsets[-1] + len(w) + len(sep))
    i = 0
    while i < len(words):
        head = words[i]
        if (
            not _starts_a_name(words, seps, i)
            or (key(head) in NOT_TRIAL_NAMES and not _prefixes_a_name(words, seps, i))
            or head.lower() in _TRIAL_WORDS
        ):
            i += 1
            continue
        n = _name_end(words, seps, i)
        printed = head + "".join(sp + w for sp, w in zip(seps[i : n - 1], words[i + 1 : n]))
        if _AUTHOR_YEAR_RE.match(printed):
            i = n
            continue  # "Nissen 2016": a citation, not a trial
        if n - i >= 2 and _in_a_phrase(words, seps, i, n):
            i = n
            continue  # "GLUCOSE REGULATION IN ACUTE STROKE PATIENTS (GRASP)": a capitals title
        if n - i >= 4 and all(w.isdigit() for w in words[i + 1 : n]) and not head.isupper():
            i = n
            continue  # "Danish Cancer Union 56 100 306": a sponsor's spaced protocol number
        if _may_be_a_name(key(printed)):
            found.append(
                (
                    offsets[i],
                    offsets[i] + len(printed),
                    printed,
                    tuple(w.lower() for w in words[n : n + 3]),
                )
            )
        i = n
    return tuple(found)


def _in_a_phrase(words: list[str], seps: list[str], i: int, n: int) -> bool:
    """Are words ``i`` to ``n`` plain words (letters only) that a function word joins to
    the words before or after them, in a phrase printed in capitals, not a name?"""
    if not all(w.isalpha() for w in words[i:n]):
        return False
    return (i > 0 and seps[i - 1] == " " and words[i - 1].upper() in _FUNCTION_WORDS) or (
        n < len(words) and seps[n - 1] == " " and words[n].upper() in _FUNCTION_WORDS
    )


def _prefixes_a_name(words: list[str], seps: list[str], i: int) -> bool:
    """Is word ``i``, an abbreviation of a disease or a group of patients ("CKD", "HF",
    "COVID", "MS"), hyphened to the capitals of a name it opens, a number maybe closing
    them ("CKD-FIX", "HF-ACTION", "COVID-OUT", "MS-STAT2")? (The name still needs its cue:
    "the CKD-EPI equation" names no trial; "COVID-19" is no name.)"""
    if i + 1 >= len(words) or seps[i] != "-":
        return False
    return bool(_NAME_CAPITALS_RE.fullmatch(words[i + 1]))


_NAME_CAPITALS_RE = re.compile(r"[A-Z]{2,}\d{0,2}")


# a surname and a year, as reference lists and reviews cite a report: "Nissen 2016"
_AUTHOR_YEAR_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ ](?:19[5-9]\d|20[0-4]\d)$")


def _starts_a_name(words: list[str], seps: list[str], i: int) -> bool:
    """Whether word ``i`` of a candidate is shaped like the first word of a trial name:
    an acronym, or a word joined by a hyphen or space to a number ("CheckMate 017"),
    or to the capitals of the name it prefixes ("J-ROCKET AF", "Trailblazer-ALZ2")."""
    head = words[i]
    if head == "Protocol":
        return i + 1 < len(words) and _LETTERED_PROTOCOL_RE.fullmatch(words[i + 1]) is not None
    return bool(
        _acronym_shaped(head)
        or (
            i + 1 < len(words)
            and seps[i] in "-– "
            and (
                words[i + 1][:1].isdigit()
                # "Voyage I": a capitalised word and a Roman number
                or (head[1:].islower() and words[i + 1] in _ROMAN)
                # "J-ROCKET AF": one capital, a hyphen, then the name it prefixes;
                # "Trailblazer-ALZ2": a capitalised word, a hyphen, then capitals
                or (len(head) == 1 and head.isupper() and seps[i] != " ")
                or (
                    head[:1].isupper()
                    and head[1:].isalpha()
                    and head[1:].islower()
                    and seps[i] != " "
                    and _acronym_shaped(words[i + 1])
                )
            )
        )
    )


def _letter_and_word(words: list[str], seps: list[str], n: int) -> bool:
    """Are words ``n`` and ``n + 1`` one capital and a lower-case word joined by a hyphen,
    after a space ("J-mono" of "SURPASS J-mono")?"""
    return (
        seps[n - 1] == " "
        and len(words[n]) == 1
        and words[n].isupper()
        and seps[n] in "-–"
        and words[n + 1].isalpha()
        and words[n + 1].islower()
        and 3 <= len(words[n + 1]) <= 8
    )


_LETTERED_PROTOCOL_RE = re.compile(r"[A-Z]{1,2}")
# the network a lettered protocol belongs to, right before it
_NETWORK_BEFORE_RE = re.compile(r"(?:Network|DRCR(?:\.net)?|Group)(?:['’]s)?[ \t]+$")


# Words between a name and a number that number something else: a class, grade or stage of
# a scale ("NYHA Class 3", "KDIGO Stage 4"), a part of a trial ("Part 2", "Cohort 1"), a
# time, or a place in a publication ("Table 2", "Abstract 123")
_NOT_MEMBER_WORDS = frozenset(
    """
    class grade stage type level phase part cohort arm group step dose cycle day days week
    weeks month months year years hour hours visit table figure supplement appendix session
    abstract poster volume issue page score criteria version model scale region number
    study trial protocol wave round period epoch track panel box substudy amendment
    """.split()
)


def _numbered_member_word(words: list[str], seps: list[str], i: int, n: int) -> bool:
    """Are words ``n`` and ``n + 1``, after the acronym at ``i``, a capitalised word and a
    number of one to three digits or a Roman number, the word after a space and the number
    after a space or a hyphen: the numbered member of a programme ("OCTAVE Induction 1",
    "OCTAVE Induction-2", "PIONEER Kids 1")?"""
    word, number = words[n], words[n + 1]
    return (
        n == i + 1
        and _acronym_shaped(words[i])
        and seps[n - 1] == " "
        and seps[n] in (" ", "-", "–")
        and len(word) >= 3
        and word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and word.lower() not in _NOT_MEMBER_WORDS
        and word.lower() not in _TRIAL_WORDS
        and ((number.isdigit() and len(number) <= 3) or number in _ROMAN)
    )


def _lettered_group_protocol(words: list[str], seps: list[str], i: int) -> bool:
    """Are words ``i`` to ``i + 2`` a cooperative group's name, then its protocol's letter and
    number joined by a hyphen ("NSABP B-31", "SWOG S-1007", "ACOSOG Z-6051")?"""
    return (
        i + 2 < len(words)
        and key(words[i]) in GROUP_NAMES
        and seps[i] == " "
        and len(words[i + 1]) == 1
        and words[i + 1].isupper()
        and seps[i + 1] in "-–"
        and words[i + 2].isdigit()
        and 2 <= len(words[i + 2]) <= 6
    )


def _name_end(words: list[str], seps: list[str], i: int) -> int:
    """Index just past the last word of the name starting at word ``i``: the words that
    continue it, stopping at a trial word or after a protocol number."""
    if words[i] == "Protocol":
        return i + 2  # "Protocol T": the protocol and its letters
    n = i + 1
    if _lettered_group_protocol(words, seps, i):
        return i + 3  # "NSABP B-31", "ACOSOG Z-6051": a group, its letter and number
    while n + 1 < len(words) and _letter_and_word(words, seps, n):
        n += 2  # "SURPASS J-mono", "SURPASS J-combo": a capital and a word after a hyphen
    if n + 1 < len(words) and _numbered_member_word(words, seps, i, n):
        n += 2  # "OCTAVE Induction 1": a programme's acronym, a word and a number
    while (
        n < len(words)
        and _continues(words[n], seps[n - 1])
        and words[n].lower() not in _TRIAL_WORDS
        and words[n] not in ("RCT", "RCTs", "RCTS")  # "the HALT-IT RCT": a design word
    ):
        if any(c.isdigit() for c in words[n - 1]) and words[n].isalpha() and len(words[n]) >= 3:
            break  # "Alliance A031203 CABOSUN": a protocol number, then the name
        n += 1
    return n


# words that number a part of a trial or a class of patients, never a trial's name with
# their number ("Phase-III", "Stage IV", "Part 2", "Cohort 1", "Type 2")
_NUMBERED_PART_WORDS = frozenset(
    "PHASE STAGE PART ARM COHORT GRADE TYPE LEVEL CYCLE DAY WEEK MONTH YEAR VERSION".split()
)


def _may_be_a_name(k: str) -> bool:
    """A name's key that is no known non-trial name, group name, bare number or
    registry id, and has at least three letters or digits."""
    flat = k.replace("-", "")
    head, _, rest = k.partition("-")
    return (
        k not in NOT_TRIAL_NAMES
        # a phase, stage, part or cohort and its number: "Phase-III-study", "Stage IV"
        and not (head in _NUMBERED_PART_WORDS and rest.replace("-", "").isdigit())
        and not _only_group_names(k)
        and len(flat) >= 3
        and not flat.isdigit()
        and not _REGISTRY_ID_SHAPE.match(flat)
    )


_TRIAL_WORD_AFTER_RE = re.compile(
    # (a bracket between may spell the name out: "the MENDS2 (Maximizing the Efficacy of
    # Sedation and Reducing Neurological Dysfunction and Mortality in Septic Patients with
    # Acute Respiratory Failure) trial")
    r"[ \t]*(?:\((?!NCT)[^()\n]{1,200}\)[ \t]*)?"
    # (or the trial's code in a second group after a slash: "PRODIGE 24/CCTG PA.6 trial",
    # "NSABP B-39/RTOG 0413 trial")
    r"(?:/[ \t]*[A-Z][A-Za-z]*(?:[ \t-]?[A-Z0-9][\w.]*)?[ \t]+)?"
    r"(?:(?:phase|Phase|PHASE)[ \t-]*(?:[1-4IV]+[ab]?|[1-4I]+/[1-4I]+)[ \t,]+)?"
    # a duration of follow-up: "the SMART-CHOICE 3-year randomized trial", "the ARCTIC
    # 10-year follow-up study"
    r"(?:\d{1,2}(?:[.·]\d)?[ \t]?-[ \t]?(?i:years?|months?|weeks?)[ \t]+)?"
    # design words, in title case too ("...: The CITRIS-ALI Randomized Clinical Trial", JAMA's
    # titles; "The ABC Cluster Randomized Noninferiority Trial")
    r"(?:(?i:randomi[sz]ed|double-blind|single-blind|open-label|pivotal|clinical|extension|placebo-controlled"
    r"|controlled|multicent(?:er|re)|cluster|pragmatic|non-?inferiority|crossover|factorial|adaptive"
    # "REEACT-2 large-scale pragmatic randomised controlled trial" (the BMJ's titles)
    r"|large[- ]scale|parallel-group|equivalence|superiority|sham-controlled|multi-?arm|multi-?stage"
    # a part or continuation of the trial: "the UNIFI Long-Term Maintenance Study"
    r"|long-term|maintenance|induction|continuation|follow-up|rollover|core),?[ \t]+){0,4}"
    # (a cooperative group is no trial: "ANZICS Clinical Trials Group", "Canadian Cancer
    # Trials Group")
    r"(?:[Tt]rial(?:s(?![ \t]+[Gg]roup))?|[Ss]tud(?:y|ies)|[Ii]nvestigators?|[Cc]ollaborators|TRIALS?|STUD(?:Y|IES)|INVESTIGATORS"
    # "the OVIVA non-inferiority RCT" (the NIHR journals' titles), "The Randomized
    # Cardiovascular MR CvLPRIT Substudy" (a substudy reports its trial)
    r"|RCTs?|[Ss]ub-?stud(?:y|ies)|SUBSTUDY"
    # "on behalf of the ISCHEMIA-EXTEND Research Group"
    r"|(?:[Rr]esearch|[Ww]riting|[Ss]teering)[ \t]+(?:[Gg]roup|[Cc]ommittee))\b"
)
# "IMbrave150 (NCT03434379)", "OAK, NCT02008227", "KEYNOTE-189 (ClinicalTrials.gov number,
# NCT02578680)"; not "Funded by Bayer HealthCare; ClinicalTrials.gov number, NCT..."
_REGISTRY_ID_AFTER_RE = re.compile(
    # (a sponsor's protocol code in brackets may come first: "EMERGE (221AD302), NCT02484547")
    r"[ \t]*(?:\([A-Za-z0-9][\w./-]{2,20}\)[ \t]*(?=,))?"
    r"(?:\([ \t]*(?:ClinicalTrials\.gov(?:[ \t]+(?:number|identifier|ID))?[ \t]*[:,]?[ \t]*)?|,[ \t]*"
    # (or a dash and the registry's name: "SKYLIGHT 1 - ClinicalTrials.gov, NCT04003155", as
    # a registration line lists each pooled trial)
    r"|[ \t]+[-–][ \t]+ClinicalTrials\.gov(?:[ \t]+(?:number|identifier|ID))?[ \t]*[:,]?[ \t]*)"
    r"(?:NCT\d{8}|ISRCTN\d{8}|EudraCT|ACTRN)"
)
# a bracket holding only the name and its id, as AHA and ACC journals close an abstract:
# "(VALOR-HCM; NCT04349072)"; the name must open the bracket ("(Funded by GSK; NCT...)"
# names a sponsor)
_CODE_DIGITS_RE = re.compile(r"\d{3}")
_ID_IN_NAME_BRACKET_RE = re.compile(
    # (the registry named before the id: "(OPTIMUM; ClinicalTrials.gov Identifier: NCT...)")
    r";[ \t]*(?:ClinicalTrials\.gov(?:[ \t]+(?:[Nn]umber|[Ii]dentifier|ID))?[ \t]*[:,]?[ \t]*)?"
    r"(?:NCT\d{8}|ISRCTN\d{8})[ \t]*\)"
)
# ... and the same bracket the other way round, its id first: "In this placebo-controlled
# phase III study (NCT01708590; AMAGINE-1), adults ...", as the BJD and others print it
_ID_OPENING_NAME_BRACKET_RE = re.compile(
    r"\((?:ClinicalTrials\.gov(?:[ \t]+(?:[Nn]umber|[Ii]dentifier|ID))?[ \t]*[:,]?[ \t]*)?"
    r"(?:NCT\d{8}|ISRCTN[ \t]?\d{8}|ACTRN\d{14}|(?:19|20)\d\d-\d{6}-\d{2})[ \t]*[;,][ \t]*$"
)
# ... or after the id, in a bracket spelling the name out before it: "Clinical trial
# information: NCT02008656 (Organ Preservation in Rectal Adenocarcinoma, OPRA)"
# (what either needs before the name: looked for first, one scan of the window)
# a name printed right after a registry id that opens its line, with nothing after it on the
# line: a registry record's or mirror's heading, "ISRCTN83508514 | PEDAL", "NCT02684370
# (UltIMMa-1)", "ACTRN12614000123456 - SNAP" (not an id inside a sentence, "We reviewed
# NCT02684370 | HIV and ...")
_ID_HEADING_BEFORE_NAME_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:NCT\d{8}|ISRCTN[ \t]?\d{8}|ACTRN\d{14}|(?:19|20)\d\d-\d{6}-\d{2})"
    r"[ \t]*(?:\(|\||[-–—:])[ \t]*$"
)
_LINE_ENDS_AFTER_NAME_RE = re.compile(r"\)?[ \t]*(?:\n|$)")
_ID_PREFIX_BEFORE_RE = re.compile(r"NCT\d|ISRCTN|ACTRN|(?:19|20)\d\d-\d")
_ID_BEFORE_SPELLED_NAME_RE = re.compile(
    r"(?:NCT\d{8}|ISRCTN[ \t]?\d{8}|ACTRN\d{14})[ \t]*\([A-Z][^()\n]{5,120}?,[ \t]*$"
)
# a list of names said to be trials with a count or a plural verb: "results from TRAFFIC and
# TRANSPORT, two Phase 3 studies that ...", "SWITCH 1 and SWITCH 2, two double-blind,
# crossover trials", "TRAFFIC and TRANSPORT were randomised, double-blind studies"
_PLURAL_APPOSITION = (
    # (present tense only with a count: "X and Y are the registrational studies" of a
    # programme's boilerplate lists its trials, not the ones reported); their codes in
    # brackets may come first: "ACHIEVE I and II (studies UBR-MD-01 and UBR-MD-02) were
    # double-blind phase 3 trials"
    r"(?:[ \t]*\([^()\n]{1,80}\))?"
    r"(?:,[ \t]+(?:the[ \t]+)?(?:two|three|four|both|twin)|[ \t]+were"
    r"|[ \t]+are[ \t]+(?:two|three|both|twin|identical|parallel|companion))"
    r"[ \t]+(?:[\w-]+,?[ \t]+){0,5}?(?:trials|studies)\b"
)
_PLURAL_APPOSITION_RE = re.compile(_PLURAL_APPOSITION)
_DESIGN_AFTER_RE = re.compile(
    # (not past the bracket the name stands in: "(PrOgram to Evaluate ... BMS-986165, a
    # selective TYK2 inhibitor) is a multi-center, randomized ... trial" calls the programme
    # a trial, not the drug's code)
    r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:(?:is|was)[ \t]+|,[ \t]+)(?:a|an)[ \t]+[^.\n)]{0,120}?\b(?:trial|study)\b"
    # ... or "the" and a few words before it: "SPRING-1 is the ongoing dose-ranging study used
    # to choose the dose" (not "the study drug", "the trial population")
    r"|[ \t]*(?:is|was)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:trial|study)\b"
    r"(?![ \t-]*(?:drugs?|treatments?|medications?|populations?|groups?|periods?|sites?|visits?"
    r"|arms?|designs?|protocols?|teams?|products?|agents?|participants?|patients?|subjects?))"
    # an apposition with a definite or possessive article, its design words before the
    # trial word: "topline results from GLOW, the global phase 3 study of zolbetuximab",
    # "an interim analysis of PURPOSE 2, its phase 3 study", "in Voyage I, the first of its
    # three pivotal phase III psoriasis studies"
    r"|[ \t]*,[ \t]+(?:the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,6}?"
    r"(?:phase[ \t]+(?:[1-4IV]+[ab]?|[1-4I]+/[1-4I]+)|pivotal|registrational|randomi[sz]ed|global"
    r"|confirmatory|double-blind|open-label|placebo-controlled|multicent(?:er|re)|head-to-head)"
    r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:trials?|stud(?:y|ies))\b"
    # ... or its name spelled out: "RIGHT 2, the Rapid Intervention with Glyceryl trinitrate
    # in Hypertensive stroke Trial-2"
    r"|[ \t]*,[ \t]+the[ \t]+[A-Z][^,.;()\n]{10,150}?\b(?:Trial|Study)\b"
    # ... or with its sponsor's possessive: "The latest is VESTRI, AstraZeneca's 26-week
    # trial of budesonide-formoterol"
    r"|[ \t]*,[ \t]+[A-Z][\w-]*(?:'s|’s)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:trials?|stud(?:y|ies))\b"
    # ... or with "a" and design words before a comparison: "presented Eldercare-AF, a
    # double-blind phase 3 comparison of once-daily edoxaban 15 mg with placebo"
    r"|[ \t]*,[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:phase[ \t]+(?:[1-4IV]+[ab]?|[1-4I]+/[1-4I]+)|randomi[sz]ed|double-blind|open-label"
    r"|placebo-controlled|multicent(?:er|re)|head-to-head)(?:[ \t]+[\w-]+){0,2}?[ \t]+comparisons?\b"
)
# a sponsor's protocol code in brackets after the name: "interim results of SEQUOIA (study
# BGB-3111-304)", "KEYNOTE-189 (MK-3475-189)", "EMERGE (221AD302)": a compound's code and
# a study number, two runs of digits (a drug's own code, "RSVpreF (PF-06928316)", has one)
_PROTOCOL_CODE_AFTER_RE = re.compile(
    r"[ \t]*\((?:(?:study|trial|protocol)[ \t]+)?(?=[A-Z0-9./-]*[A-Z])"
    r"(?=[A-Z./-]*\d{2,}[A-Z./-]+\d{2,})[A-Z0-9][A-Z0-9./-]{4,20}\)"
)
# what only a trial does, said of the name: "SPRINT randomized 9361 persons", "QUEST
# enrolled patients aged 12 years and older", "VENTURE recruited adults"
_TRIAL_VERB_AFTER_RE = re.compile(
    # (after an apposition saying who ran it or what it is: "COLOFOL, led by Peer
    # Wille-Jørgensen of the Danish Colorectal Cancer Group, compared two schedules", "SELECT,
    # which ran in 41 countries, enrolled 17,604 adults")
    r"(?:,[ \t]+(?:(?:led|run|conducted|coordinated|sponsored|funded)[ \t]+(?:by|from|at|in)"
    r"|which|a|an)\b[^.;:()\n]{1,120}?,)?"
    r"[ \t]+(?:(?:has|had|have|also)[ \t]+)?(?:enrolled|enrols|enrolls|randomi[sz]ed|randomly[ \t]+assigned"
    r"|recruited"
    # "VENTURE tested dupilumab 300 mg every two weeks in adults who ..."
    r"|tested[ \t]+(?!positive\b|negative\b)"
    # "AMAGINE-1 compared brodalumab 140 mg and 210 mg with placebo", "X met its primary
    # end point"
    r"|compared[ \t]+(?!with\b|to\b)|met[ \t]+(?:its|their|both|all|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:end[ \t-]?points?|objectives?|outcomes?)"
    # a congress report's: "SWIFT PRIME was presented in the same session as ..."
    r"|(?:was|were)[ \t]+presented\b)"
)
# a finding reported by a trial: "KEYNOTE-189 showed that", "DAPA-HF had demonstrated"
_FINDING_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:has|had|have|also)[ \t]+)?(?:showed|shown|demonstrated|found|reported|established)\b"
)
# "The trial, called STEP, randomised ...", "a study known as LoDoCo2", "dubbed 'AcT'"
_CALLED_BEFORE_RE = re.compile(
    r"\b(?:called|named|dubbed|known[ \t]+as|nicknamed)[ \t]*[\"“'‘]?$", re.IGNORECASE
)
# a plural trial word right before a name opens a list of names: "the phase 3 trials
# EMERGE and ENGAGE", "the randomized studies SOLO 1 and SOLO 2, AD ADOL, and CHRONOS"
# the data a pooled analysis combines, right before the list of its trials: "Individual data
# from ORION-9 (...), ORION-10 (...) and ORION-11 (...) were combined", "pooled data from the
# X and Y trials", "a patient-level pooled analysis of X and Y"
_POOLED_FROM_RE = re.compile(
    r"\b(?:pooled|combined|integrated|individual|(?:individual[ \t-])?(?:patient|participant)-level)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:data|analys[ie]s)[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:randomi[sz]ed|phase[ \t]+\d|pivotal|placebo-controlled)[ \t]+)*(?:(?:trials|studies)[ \t]+)?$",
    re.IGNORECASE,
)
# the analyses that re-read trials' data: "a prespecified secondary analysis of GEMINI-1 and
# GEMINI-2", "a post hoc analysis of ACHIEVE I and II". A page may quote such an analysis of
# other trials, so the names count as cited until nothing else names the page's own
# (see _own_keys).
_REANALYSIS_OF_RE = re.compile(
    r"\b(?:secondary|post[ \t-]hoc|exploratory|ancillary)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?analys[ie]s[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:(?:randomi[sz]ed|phase[ \t]+\d|pivotal|placebo-controlled)[ \t]+)*(?:(?:trials|studies)[ \t]+)?$",
    re.IGNORECASE,
)
# the trial whose randomised patients a later report analyses: "528 patients ... had been
# randomised to an observational or an antibiotic strategy (DIABOLO trial)", "who had been
# randomised to dofetilide or placebo as part of the ... (DIAMOND-MI) trial"
_RANDOMISED_AS_PART_OF_RE = re.compile(
    r"\bhad[ \t]+been[ \t]+randomi[sz]ed\b[^.;\n]{0,200}?(?:\bas[ \t]+part[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"|\bin[ \t]+the[ \t]+|\([ \t]*)$",
    re.IGNORECASE,
)
_TRIAL_WORDS_BEFORE_LIST_RE = re.compile(r"(?:[Tt]rials|[Ss]tudies|TRIALS|STUDIES)[ \t]+$")
# a counted plural trial word the names stand in apposition to: "both of their twin phase 3
# monotherapy studies of dupilumab in adults with ... dermatitis, SOLO 1 and SOLO 2,
# reached", "Two trials qualified: NOAH-AFNET 6 and ARTESiA"
_COUNTED_TRIALS_BEFORE_RE = re.compile(
    r"\b(?P<count>two|both|twin|three|four)\b[^.;()\n]{0,120}?\b(?:trials|studies)\b"
    r"[^.;()\n]{0,120}?[,:][ \t]*$",
    re.IGNORECASE,
)
# the number each count word says ("five" for pages that count trials in parsing)
COUNT_WORDS = {"two": 2, "both": 2, "twin": 2, "three": 3, "four": 4, "five": 5}

_TRIAL_WORD_COMMA_BEFORE_RE = re.compile(r"(?:[Tt]rial|[Ss]tudy|TRIAL|STUDY),[ \t]*$")
# who ran the trial, said right after its name in an apposition: "..., CBCSG010 from the
# China Breast Cancer Clinical Study Group, ...", "led from Fudan University", "run by"
_WHO_RAN_IT_AFTER_RE = re.compile(
    r"[ \t]+(?:from|by|(?:led|run|conducted|sponsored|funded|coordinated)[ \t]+(?:from|by|at|in))"
    r"[ \t]+(?:the[ \t]+)?[A-Z]"
)
_TRIALS_COMMA_BEFORE_RE = re.compile(r"(?:[Tt]rials|[Ss]tudies|TRIALS|STUDIES),[ \t]*$")
# what follows the first name of a list: its code or description in brackets, a comma, "and"
_LIST_GOES_ON_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:,|and\b|&)")
# a name of capitals with a number of its own ("UNCOVER-2", "OCTAVE Induction-1", "SOLO 1")
_SISTER_NUMBERED_RE = re.compile(r"[A-Z][A-Z0-9]+\b.*[ \-–](?:\d{1,3}|I{1,3}|IV)")
_TRIAL_WORD_BEFORE_RE = re.compile(r"(?:[Tt]rial|[Ss]tudy|TRIAL|STUDY)[ \t]*\($")
_PHASE_BEFORE_RE = re.compile(r"\b(?:phase|Phase|PHASE)[ \t]*(?:[1-4]|I{1,3}|IV)[ab]?[ \t]+$")
_AFTER_PHASED_NAME_RE = re.compile(
    r"[ \t]*(?:[,.;:)]|$|[a-z]|(?:Results?|Data|Findings|Trials?|Stud(?:y|ies)|Program(?:me)?)\b)",
    re.MULTILINE,
)
_EXPANSION_AFTER_RE = re.compile(
    # (its last words may number it: "ECZTRA 1 (ECZema TRAlokinumab Trial no. 1)")
    r"[ \t]*\((?P<words>(?:[A-Za-z][\w-]*[ \t,]+){1,12}?[A-Za-z][\w-]*(?:[ \t]+no\.?[ \t]*\d+)?)\)"
)


_NAME_BEFORE_BRACKET_RE = re.compile(
    r"(?P<name>[A-Z][A-Za-z0-9]*(?:[- ][A-Z0-9][A-Za-z0-9]*)*)[ \t]*$"
)
_CAPITALS_RUN_RE = re.compile(r"\b[A-Z]+")


def _in_the_expansion_of_a_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a word of the bracket that spells out the name right before it,
    its capitals the name's letters ("ECZTRA 1 (ECZema TRAlokinumab Trial no. 1)": not a
    trial called TRAlokinumab)?"""
    opening = text.rfind("(", max(0, start - 100), start)
    if opening == -1 or text.find(")", opening, start) != -1:
        return False
    name = _NAME_BEFORE_BRACKET_RE.search(text, max(0, opening - 40), opening)
    closing = text.find(")", end, opening + 200)
    if not name or closing == -1:
        return False
    letters = "".join(c for c in name.group("name") if c.isalpha() and c.isupper())
    runs = "".join(_CAPITALS_RUN_RE.findall(text, opening + 1, closing))
    return len(letters) >= 3 and runs.startswith(letters)


def _expands(name: str, words: str) -> bool:
    """GIDEON (Global Investigation of therapeutic DEcisions ...): the bracket spells it out."""
    capitals = [w[0] for w in re.findall(r"[A-Za-z][\w-]*", words) if w[0].isupper()]
    return len(capitals) >= 2 and capitals[0] == name[0].upper()


_EXPANSION_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")
_MINOR_WORDS = frozenset({"of", "for", "and", "in", "the", "with", "on", "to", "a", "an", "or"})
# a trial word after the bracket, within the name it ends: "(PLCO) Cancer Screening Trial"
_TRIAL_WORD_SOON_AFTER_RE = re.compile(
    r"\)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:Trial|Study|TRIAL|STUDY)\b"
)


def _spelled_trial_before(text: str, start: int, end: int) -> bool:
    """Is the bracketed name text[start:end] the acronym of the words right before its
    bracket, a trial word among them or in the name after the bracket ("The European
    Randomized Study of Screening for Prostate Cancer (ERSPC)", "the Prostate, Lung,
    Colorectal, and Ovarian (PLCO) Cancer Screening Trial")? Names of three letters or more,
    spelled by the initials of the capitalised words, the minor words skipped."""
    letters = [c for c in text[start:end].upper() if c.isalpha()]
    if len(letters) < 3 or len(letters) > 10:
        return False
    window = text[max(0, start - 200) : start - 1]
    window = window[window.rfind("\n") + 1 :]
    words = [w for w in _EXPANSION_WORD_RE.findall(window) if w.lower() not in _MINOR_WORDS]
    # from the last word back, each letter from the end spelled by a capitalised word's
    # initial, at most two words passed over ("Study" in "European Randomized Study of
    # Screening for Prostate Cancer" for ERSPC's S, taken by "Screening")
    k, skipped, used = len(letters) - 1, 0, []
    for w in reversed(words):
        if k < 0:
            break
        if w[0].isupper() and w[0].upper() == letters[k]:
            used.append(w)
            k -= 1
        elif used and skipped < 2:
            skipped += 1
        else:
            return False
    if k >= 0:
        return False
    return any(w.lower() in ("trial", "study") for w in words[-len(used) - skipped :]) or bool(
        _TRIAL_WORD_SOON_AFTER_RE.match(text, end)
    )


def _in_a_menu(text: str, start: int, end: int) -> bool:
    """Is text[start:end] an item of a menu line ("MY TRIALS | REGISTER TRIAL | FAQs")?
    (the line read at most 200 characters either side)"""
    lo = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200)
    hi = text.find("\n", end, end + 200)
    return (
        text.count(" | ", lo, hi if hi >= 0 else end + 200) >= 2
        or _LINKS_LINE_RE.match(text, lo, start) is not None
    )


# a line of links to other pages: "Related: ESO 2022 highlights | EXTEND-IA TNK revisited",
# "See also: ...", "Similar articles", "Also from ESC 2021: ..."
_LINKS_LINE_RE = re.compile(
    r"[ \t]*(?:Related(?:[ \t]+(?:articles|content|stories|coverage))?|See[ \t]+also|Read[ \t]+more"
    r"|More[ \t]+(?:on|from|news)|Also[ \t]+from|Also[ \t]+in[ \t]+this[ \t]+issue|Similar[ \t]+articles"
    r"|Session[ \t]+also[ \t]+featured|Tags)\b[^\n]*$",
    re.IGNORECASE,
)


_LINKS_LINE_START_RE = re.compile(r"^" + _LINKS_LINE_RE.pattern, re.IGNORECASE | re.MULTILINE)


def other_pages(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of ``text[:end]`` that list other publications or pages (reference lists such
    as "Similar articles", lines of links such as "Related: ..."), in text order."""
    spans = [b for b in reference_blocks(text) if b[0] < end]
    spans += [m.span() for m in _LINKS_LINE_START_RE.finditer(text, 0, end)]
    return sorted(spans)


# ", 541 patients were randomly assigned", " 1121 carriers were enrolled"
# what stands before a sentence's opening "In " (read backwards): the text's start, a line
# break, a sentence's end and its space, a colon or semicolon, an opening bracket
_SENTENCE_OPENS_BEFORE_RE = re.compile(r"[ \t]*(?:\n|$)|[ \t]+[.!?:;]|\(|[ \t]*\n")
_COUNT_ASSIGNED_AFTER_RE = re.compile(
    r",?[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+)?\d[\d,]*[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    # (a description of them between: "434 women at 13 centres who had finished standard
    # adjuvant chemotherapy were assigned")
    r"(?:(?:at|from|in|who|with|aged)[ \t]+[^.;:()\n]{0,100}?[ \t]+)?"
    r"(?:were|had[ \t]+been)[ \t]+(?:randomly|randomi[sz]ed|enrolled|assigned|allocated)\b"
)


def usage_cue(text: str, start: int, end: int, trailing: list[str]) -> str:
    """The cue that shows text[start:end] is used as a trial's name, or ''."""
    if _in_a_menu(text, start, end) or _in_the_expansion_of_a_name(text, start, end):
        return ""
    if text[max(0, start - 3) : start].rstrip().endswith("+"):
        return ""  # a part of a combination of treatments: "the RTS,S/AS01 + SMC trial"
    if (
        trailing
        and trailing[0] in _TRIAL_WORDS
        or _TRIAL_WORD_AFTER_RE.match(text, end)
        # "... of atrial fibrillation (ENSURE-AF) randomised trial": the bracket between
        or (text[end : end + 1] == ")" and _TRIAL_WORD_AFTER_RE.match(text, end + 1))
    ):
        return "name_before_trial_word"
    if (
        _REGISTRY_ID_AFTER_RE.match(text, end)
        or (
            text[start - 1 : start] == "("
            and _ID_IN_NAME_BRACKET_RE.match(text, end)
            # not a protocol code after the trial word: "BLISS-LN study (GSK BEL114054; NCT...)"
            # (but a name alone, "... Older Adults trial (OPTIMUM; ClinicalTrials.gov
            # Identifier: NCT02960736)")
            and not (
                _TRIAL_WORD_BEFORE_RE.search(text, max(0, start - 12), start)
                and _CODE_DIGITS_RE.search(text[start:end])
            )
        )
    ):
        return "name_with_registry_id"
    if (
        text[end : end + 1] == ")"
        and _ID_PREFIX_BEFORE_RE.search(text, max(0, start - 150), start)
        and (
            _ID_OPENING_NAME_BRACKET_RE.search(text, max(0, start - 70), start)
            or _ID_BEFORE_SPELLED_NAME_RE.search(text, max(0, start - 150), start)
        )
    ):
        return "name_with_registry_id"
    if _LINE_ENDS_AFTER_NAME_RE.match(text, end) and _ID_HEADING_BEFORE_NAME_RE.search(
        text, max(0, start - 40), start
    ):
        return "name_with_registry_id"
    if _PROTOCOL_CODE_AFTER_RE.match(text, end) and not _PROTOCOL_CODE_RE.match(text[start:end]):
        return "name_with_protocol_code"
    if text[end : end + 1] == ")" and _TRIAL_WORD_BEFORE_RE.search(text, max(0, start - 12), start):
        return "name_after_trial_word"
    if text.startswith("Protocol", start) and _NETWORK_BEFORE_RE.search(
        text, max(0, start - 20), start
    ):
        return "name_after_trial_word"  # "DRCR Retina Network Protocol S", "Network's Protocol T"
    if (
        _PHASE_BEFORE_RE.search(text, max(0, start - 14), start)
        and not _PROTOCOL_CODE_RE.match(text[start:end])
        # the whole name: not "SURPASS" of "Phase 3 SURPASS J-mono Post Hoc Analysis"
        and _AFTER_PHASED_NAME_RE.match(text, end)
    ):
        return "name_after_trial_word"  # "Phase 3 ASTRAL Results": a phase is a trial's
    if _POOLED_FROM_RE.search(text, max(0, start - 60), start):
        return "name_in_pooled_list"  # "Individual data from ORION-9, ORION-10 and ORION-11"
    if _REANALYSIS_OF_RE.search(text, max(0, start - 60), start):
        return "name_in_reanalysis"  # "a prespecified secondary analysis of GEMINI-1 and ..."
    if _TRIAL_WORDS_BEFORE_LIST_RE.search(text, max(0, start - 12), start):
        return "name_after_trial_word"  # "the randomized phase 3 studies SOLO 1 and SOLO 2"
    if (text[end : end + 1] == "," or _WHO_RAN_IT_AFTER_RE.match(text, end)) and (
        _TRIAL_WORD_COMMA_BEFORE_RE.search(text, max(0, start - 12), start)
    ):
        # "A smaller European trial, NOAH-AFNET 6, had ...", "The second trial, CBCSG010
        # from the China Breast Cancer Clinical Study Group, appeared ..."
        return "name_after_trial_word"
    if (
        text[max(0, start - 2) : start].lstrip().startswith(",")
        and _TRIALS_COMMA_BEFORE_RE.search(text, max(0, start - 12), start)
        and _LIST_GOES_ON_RE.match(text, end)
        and _SISTER_NUMBERED_RE.fullmatch(text, start, end)
    ):
        # "The two identically designed studies, OCTAVE Induction-1 (A3921094) and OCTAVE
        # Induction-2 (A3921095), together randomised": the first of numbered sister trials
        # listed after their plural trial word (not "In both studies, HbA1c fell")
        return "name_after_trial_word"
    if _DESIGN_AFTER_RE.match(text, end) or _PLURAL_APPOSITION_RE.match(text, end):
        return "name_as_subject_of_design"
    if (
        _TRIAL_VERB_AFTER_RE.match(text, end)
        and sum(c.isupper() for c in text[start:end].split()[0]) >= 2
    ):
        # "ISCHEMIA enrolled 5179 participants" (an acronym's capitals: not "Among 950
        # randomised patients")
        return "name_before_trial_verb"
    if (
        _FINDING_VERB_AFTER_RE.match(text, end)
        and any(c.isdigit() for c in text[start:end])
        and sum(c.isupper() for c in text[start:end].split()[0]) >= 2
    ):
        # "after KEYNOTE-189 showed that adding pembrolizumab ...": a numbered acronym
        # reporting a finding (not "MRI showed", "FDA found": no number)
        return "name_before_trial_verb"
    if (
        text[max(0, start - 3) : start] == "In "
        and _COUNT_ASSIGNED_AFTER_RE.match(text, end)
        and any(c.isdigit() for c in text[start:end])
        and sum(c.isupper() for c in text[start:end].split()[0]) >= 2
    ):
        # "In OCTAVE Induction 2, 541 patients were randomly assigned": a numbered acronym
        # whose patients the sentence assigns (not "In COPD, ...": no number)
        return "name_before_trial_verb"
    if (
        text[end : end + 1] == ","
        and text[max(0, start - 3) : start] == "In "
        and _SENTENCE_OPENS_BEFORE_RE.match(text[max(0, start - 6) : start - 3][::-1] or "\n")
        and sum(c.isupper() for c in text[start:end]) >= 3
    ):
        # "In VESTRI, budesonide-formoterol and budesonide alone had similar rates", "In
        # MAESTRO-NASH, liver biopsies from 966 patients showed": a sentence opened by the
        # name of what its results come from (a disease's abbreviation the page spells out,
        # "In DLBCL, ...", is set aside with the page's other condition abbreviations)
        return "name_opening_results"
    m = _EXPANSION_AFTER_RE.match(text, end)
    if m and _expands(text[start:end], m.group("words")):
        return "name_with_expansion"
    if text[start - 1 : start] + text[end : end + 1] in ("()", "[]") and _spelled_trial_before(
        text, start, end
    ):
        # "The European Randomized Study of Screening for Prostate Cancer (ERSPC)", and in
        # square brackets inside round ones: "(Simplified Antibiotic Therapy Trial [SATT])"
        return "name_with_expansion"
    if _CALLED_BEFORE_RE.search(text, max(0, start - 30), start):
        return "name_called"
    if _group_protocol_name(text[start:end]):
        return "name_of_group_protocol"
    return ""


def _group_protocol_name(printed: str) -> bool:
    """A cooperative group's name and its protocol number, which names one trial wherever it
    is printed: "RTOG 0825", "GOG 240", "SWOG S0777", "NCIC CTG MA.20", "NCIC-CTG MA.20" (not
    a performance status or a flow grade: "ECOG 1", "TIMI 3")."""
    head = printed.split(None, 1)[0].split("-", 1)[0]
    if head.upper() not in GROUP_NAMES:
        return False  # (most shapes: no group's name opens them)
    pieces = _PIECES_RE.split(printed)
    words = pieces[0::2]
    if len(words) == 3 and _lettered_group_protocol(words, pieces[1::2], 0):
        return True  # "NSABP B-31", "ACOSOG Z-6051"
    return (
        len(words) >= 2
        and all(key(w) in GROUP_NAMES for w in words[:-1])
        and _GROUP_PROTOCOL_NUMBER_RE.fullmatch(words[-1]) is not None
    )


_GROUP_PROTOCOL_NUMBER_RE = re.compile(r"\d{3,6}|[A-Z]{1,2}\d{3,6}|[A-Z]{2,3}\.\d{1,3}")


@dataclass(frozen=True)
class TrialNames:
    """The names a document uses for trials, and which of them it reports itself."""

    own: tuple[str, ...]  # printed forms, strongest first
    own_rules: tuple[str, ...]  # the cue that made each one the document's own
    cited: tuple[str, ...]  # named trials the document only mentions
    mentions: tuple[Mention, ...]  # every mention of an accepted name, in text order

    def keys(self) -> list[str]:
        return [key(n) for n in self.own]


NO_NAMES = TrialNames((), (), (), ())


# Cues that make a name the document's own trial, strongest first.
OWN_RULES = (
    "registry_acronym_field",
    "name_in_title_brackets",
    "name_in_title",
    "name_in_registration",
    "name_of_investigators_group",
    "name_with_registry_id",
    "name_reported_now",
    "name_in_pooled_list",
    "name_in_reanalysis",
    "names_listed_together",
    "names_of_counted_trials",
    "name_of_one_counted_trial",
    "most_used_name",
    "name_of_the_results_paragraph",
    "subject_of_news_or_reply",
)
# "... Eleftherios P. Mamounas, M.D., for the Katherine Investigators": the trial group of
# an author line, however the name is cased
# a group's trial name (its trial word is not part of it: "IRIS", not "IRIS Trial") and
# the trial word that may follow it
_GROUP_TRIAL_NAME = (
    r"[A-Z][A-Za-z0-9]{2,}(?:[ -](?!(?:Trial|Study|Investigators?|Program(?:me)?|Clinical"
    r"|Committees?|Steering|Executive|Research)\b)[A-Z0-9][A-Za-z0-9]*)?"
)
# the groups of sister trials run together: "VIEW 1 and VIEW 2 Study Groups", "OCTAVE
# Induction 1, OCTAVE Induction 2, and OCTAVE Sustain Investigators" (a member may be an
# acronym's numbered part, "OCTAVE Induction 1")
_GROUP_MEMBER_NAME = (
    rf"(?:[A-Z][A-Z0-9]{{2,}}[ -][A-Z][a-z]+[ -](?:\d{{1,2}}|I{{1,3}}|IV)\b|{_GROUP_TRIAL_NAME})"
)
_GROUP_TRIAL_NAMES = (
    rf"{_GROUP_MEMBER_NAME}(?:[ \t]*,[ \t]*{_GROUP_MEMBER_NAME})*"
    rf"(?:,?[ \t]+(?:and|&)[ \t]+{_GROUP_MEMBER_NAME})?"
)
_GROUP_NAME_LIST_SPLIT_RE = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
# the group itself, as PubMed prints collective authors: "Investigators", "Committees and
# Investigators" (ELDERCARE-AF), "Investigators and Committees" (PARADIGM-HF), "Steering
# Committee and Investigators", "Research Group" (SPRINT), "Collaborative Group"
_COLLECTIVE_GROUP = (
    r"(?:(?:(?:Steering|Executive)[ \t]+)?Committees?[ \t]+and[ \t]+Investigators"
    r"|Investigators(?:[ \t]+and[ \t]+Committees)?|Collaborators|Trialists|Study[ \t]+Groups?"
    r"|Trial[ \t]+Groups?|Collaborative[ \t]+Groups?|Research[ \t]+Groups?)"
)
_GROUP_TRIAL_WORD = r"[ \t]+(?:(?:Clinical[ \t]+)?(?:Trial|Study|Program(?:me)?)[ \t]+)?"
_INVESTIGATORS_GROUP_RE = re.compile(
    rf"\b(?:for|on[ \t]+behalf[ \t]+of)[ \t]+the[ \t]+(?P<name>{_GROUP_TRIAL_NAMES}){_GROUP_TRIAL_WORD}"
    r"(?:Investigators?[ \t]+Group|Investigators|Collaborators|Trialists|Study[ \t]+Group|Trial[ \t]+Group"
    r"|Collaborative[ \t]+Group|Steering[ \t]+Committee)\b"
    # a collective author ending the author line, as PubMed prints it: "..., Ferdinandos
    # Skoulidis; CodeBreaK 200 Investigators", "...; and the ELAN Investigators."
    # (or ending the title line, as older PubMed titles print the group: "... in multiple
    # sclerosis. CHAMPS Study Group")
    rf"|[;,.][ \t]*(?:and[ \t]+)?(?:[Tt]he[ \t]+)?(?P<collective>{_GROUP_TRIAL_NAMES}){_GROUP_TRIAL_WORD}"
    rf"{_COLLECTIVE_GROUP}[ \t]*\.?[ \t]*$"
    # ... or opening it, as PubMed prints a collective first author: "ADVANCE Collaborative
    # Group; Patel A, MacMahon S, ...", "EVOLVE Trial Investigators; Chertow GM, ..."
    rf"|^[ \t]*(?:The[ \t]+)?(?P<leading>{_GROUP_TRIAL_NAME}){_GROUP_TRIAL_WORD}"
    rf"{_COLLECTIVE_GROUP}[ \t]*[;.]"
    # ... or with the trial's full name before its acronym: "...; Sudden Cardiac Death in
    # Heart Failure Trial (SCD-HeFT) Investigators", "; Hemodialysis (HEMO) Study Group"
    rf"|[;,][^;,\n]{{0,200}}?\((?P<bracketed>{_GROUP_TRIAL_NAME})\)[ \t]+"
    rf"{_COLLECTIVE_GROUP}[ \t]*\.?[ \t]*$"
    # ... or a cooperative group's numbered protocol and its team: "...; AIDS Clinical
    # Trials Group Study A5202 Team"
    r"|[;,][^;,\n]{0,80}?\b(?:Study|Trial|Protocol)[ \t]+(?P<numbered>[A-Z]{1,2}-?\d{3,6})[ \t]+"
    r"(?:Study[ \t]+)?(?:Team|Group|Investigators)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)


# what joins two names of one trial, printed without spaces: "NSABP B-31/NCCTG N9831"
_ALIAS_JOINERS = frozenset({"/", "-", "–"})
_GROUP_WORDS_AFTER_JOINER_RE = re.compile(r"[/\-–]((?:[A-Z]{2,6}[ \t-])+)")


def _joins_aliases(gap: str) -> bool:
    """Does ``gap`` join one trial's two names: "/" or a hyphen alone ("SOLO2/ENGOT-Ov21"),
    or with the second name's cooperative group ("PRODIGE 24/CCTG PA.6")?"""
    if gap in _ALIAS_JOINERS:
        return True
    m = _GROUP_WORDS_AFTER_JOINER_RE.fullmatch(gap)
    return m is not None and all(
        key(w) in GROUP_NAMES for w in re.split(r"[ \t-]+", m.group(1)) if w
    )


# (the second of a twin pair may be its number alone: "ACHIEVE-I and -II")
_LIST_JOINER_RE = re.compile(
    r"[ \t]*(?:,|;|&|and|or)[ \t]*(?:(?:,|and)[ \t]+)?(?:the[ \t]+|[-–])?$", re.IGNORECASE
)
# ... where a listed name may carry a short description in brackets: "ORION-9
# (heterozygous familial hypercholesterolaemia), ORION-10 (...) and ORION-11"
_LISTED_GAP_RE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?" + _LIST_JOINER_RE.pattern, re.IGNORECASE
)


def _counted_list_opens(text: str, start: int) -> int:
    """The number of trials a counted plural trial word before ``start`` announces, the
    list of their names opening at ``start`` ("two phase 3 studies, SOLO 1 and SOLO 2"); 0
    when none does."""
    if text[start - 2 : start] not in (", ", ": ") and text[start - 1 : start] not in (",", ":"):
        return 0
    m = _COUNTED_TRIALS_BEFORE_RE.search(text, max(0, start - 260), start)
    return COUNT_WORDS[m.group("count").lower()] if m else 0


def _cues_with_lists(text: str, shapes: list) -> list[str]:
    """The usage cue of each shape; a name listed before a cued one ("the CheckMate 017
    and CheckMate 057 trials", "X, Y and Z studies") shares its cue."""
    cues = [usage_cue(text, s, e, t) for s, e, _, t in shapes]
    for i in range(len(shapes) - 2, -1, -1):
        if _joins_aliases(text[shapes[i][1] : shapes[i + 1][0]]):
            # "PRODIGE 24/CCTG PA.6 trial", "PRODIGE 24-CCTG PA6 trial": one trial's names
            # from its two cooperative groups; the first names it
            cues[i], cues[i + 1] = cues[i] or cues[i + 1], ""
            continue
        if not cues[i] and cues[i + 1] and cues[i + 1] != "name_of_group_protocol":
            # (a group's protocol is a name by its own shape: it lends no cue to the word
            # before it, "Funded by ... AstraZeneca; RTOG 9601 ClinicalTrials.gov number")
            gap = text[shapes[i][1] : shapes[i + 1][0]]
            if len(gap) <= 12 and _LIST_JOINER_RE.match(gap):
                cues[i] = cues[i + 1]
    # ... and a list opened by a plural trial word passes it on: "the studies SOLO 1 and
    # SOLO 2, AD ADOL, and CHRONOS"
    # (a list's opening is checked once, where the list starts: linear in the shapes)
    # (a code in brackets after a listed name is no item of the list: "OCTAVE Induction-1
    # (A3921094) and OCTAVE Induction-2 (A3921095)")
    listed = [
        i
        for i in range(len(shapes))
        if not (
            i
            and text[shapes[i - 1][1] : shapes[i][0]] in (" (", "(")
            and text[shapes[i][1] : shapes[i][1] + 1] == ")"
        )
    ]
    opened = False
    for previous, i in zip(listed, listed[1:]):
        gap = text[shapes[previous][1] : shapes[i][0]]
        joined = len(gap) <= 100 and _LISTED_GAP_RE.match(gap) is not None
        if not joined:
            opened = False
            continue
        if not opened:
            start = shapes[previous][0]
            opened = (
                _TRIAL_WORDS_BEFORE_LIST_RE.search(text, max(0, start - 12), start) is not None
                or _TRIALS_COMMA_BEFORE_RE.search(text, max(0, start - 12), start) is not None
                or _POOLED_FROM_RE.search(text, max(0, start - 60), start) is not None
                or _REANALYSIS_OF_RE.search(text, max(0, start - 60), start) is not None
                or _counted_list_opens(text, start) > 0
            )
        if (
            opened
            and not cues[i]
            and cues[previous]
            in ("name_after_trial_word", "name_in_pooled_list", "name_in_reanalysis")
        ):
            cues[i] = cues[previous]
    _cue_counted_lists(text, shapes, cues)
    return cues


_APPOSITION_CLOSED_RE = re.compile(r"[ \t]*(?:[,;:.)]|\(|[-–—][ \t]|$)")
_EXPANDED_LIST_GAP_RE = re.compile(
    r"[ \t]*\([A-Z][^()\n]{5,160}\)[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]+)"
)


def _cue_counted_lists(text: str, shapes: list, cues: list[str]) -> None:
    """Names listed in apposition to a counted plural trial word, as many names as the count
    says, are cued by it: "both of their twin phase 3 monotherapy studies ..., SOLO 1 and
    SOLO 2, reached" (not "two smaller studies: CITRIS-ALI, in patients with ..., and
    VICTAS": a list broken by a description is not read; nor a list that is the subject of
    its clause, "In both trials, LDL and HDL changed")."""
    run: list[int] = []
    for i in range(len(shapes) + 1):
        if i < len(shapes) and run:
            gap = text[shapes[i - 1][1] : shapes[i][0]]
            if (len(gap) <= 12 and _LIST_JOINER_RE.match(gap)) or (
                # (each name's spelled-out form in brackets may follow it: "two randomised
                # trials: DEFINE-FLAIR (Functional Lesion Assessment of ...) and iFR-SWEDEHEART")
                len(gap) <= 180 and _EXPANDED_LIST_GAP_RE.fullmatch(gap)
            ):
                run.append(i)
                continue
        if len(run) > 1:
            keys = {key(shapes[j][2]) for j in run}
            if (
                len(keys) > 1
                and _counted_list_opens(text, shapes[run[0]][0]) == len(keys)
                # (an apposition closed after its last name: not "In both trials, LDL and
                # HDL changed")
                and _APPOSITION_CLOSED_RE.match(text, shapes[run[-1]][1])
            ):
                for j in run:
                    cues[j] = cues[j] or "name_after_trial_word"
        run = [i]


def _without_names(title: str, lo: int, hi: int, inside: list) -> str:
    """``title[lo:hi]`` with each of the names ``inside`` it cut out (a space in its place):
    what stands between them."""
    parts, at = [], lo
    for sh in sorted(inside):
        parts.append(title[at : sh[0]])
        at = sh[1]
    parts.append(title[at:hi])
    return " ".join(parts)


def _names_listed_after_colon(title: str, shapes: list) -> set[int]:
    """Starts of names that are all a title holds after its last colon, joined by "and",
    commas or slashes, each maybe with a short description in brackets: "Less blood, same
    outcomes: TRICC (adults, 1999) and TRIPICU (children, 2007)"."""
    colon = title.rfind(":")
    inside = [sh for sh in shapes if sh[0] > colon] if colon != -1 else []
    if len(inside) < 2:
        return set()
    rest = _without_names(title, colon + 1, len(title), inside)
    rest = re.sub(r"\([^()]{1,60}\)", " ", rest)  # (the bracketed notes _BRACKETED_NOTE_RE skips)
    if re.fullmatch(r"(?:[\s,;/&.]|and|the|trials?)*", rest, re.IGNORECASE):
        return {sh[0] for sh in inside}
    return set()


def _bracketed_name_lists(title: str, shapes: list) -> set[int]:
    """Starts of names in a bracket holding only names and joiners at the end of a
    title or before its colon: "... Trials (CheckMate 017 and CheckMate 057)"."""
    starts = set()
    for m in re.finditer(r"\(([^()]{3,120})\)", title):
        after = title[m.end() :].strip()[:1]
        if after not in ("", ":", ".", "-", "–", ";"):
            continue
        inside = [sh for sh in shapes if m.start() < sh[0] and sh[1] < m.end()]
        if len(inside) < 2:
            continue
        rest = _without_names(title, m.start() + 1, m.end() - 1, inside)
        if re.fullmatch(r"(?:[\s,;/&]|and|or|the|trials?|studies)*", rest, re.IGNORECASE):
            starts |= {sh[0] for sh in inside}
    return starts


_PROTOCOL_CODE_RE = re.compile(r"^[A-Z]{1,4}-?\d{4}")
# Without a title, registration or registry field naming its own trial, a document
# that names this many trials is taken to survey them, not to report one.
SURVEY_NAMES = 2

_REGISTRATION_LIST_RE = re.compile(
    r"(?:ClinicalTrials\.gov|ISRCTN|EudraCT|Current\s+Controlled\s+Trials)(?:\s+(?:numbers?|identifiers?|registrations?))?"
    # the other registries, as the NEJM's funding line names them, always with their number
    # ("LOTUS China Chinese Clinical Trial Register number, ChiCTR2000029308", "AFIRE UMIN
    # Clinical Trials Registry number, UMIN000016612")
    r"|(?:UMIN\s+Clinical\s+Trials?\s+Regist(?:ry|er)|Chinese\s+Clinical\s+Trials?\s+Regist(?:ry|er)"
    r"|Australian\s+New\s+Zealand\s+Clinical\s+Trials?\s+Regist(?:ry|er)|ANZCTR"
    r"|Netherlands\s+Trial\s+Regist(?:ry|er)|German\s+Clinical\s+Trials?\s+Regist(?:ry|er)"
    r"|Japan\s+Registry\s+of\s+Clinical\s+Trials|Clinical\s+Trials?\s+Registry[\s\u2013-]+India"
    r"|Pan\s+African\s+Clinical\s+Trials?\s+Regist(?:ry|er))\s+numbers?"
)
# the word each of its matches opens with
_REGISTRATION_WORDS = (
    "ClinicalTrials.gov",
    "ISRCTN",
    "EudraCT",
    "Current",
    "UMIN",
    "Chinese",
    "Australian",
    "ANZCTR",
    "Netherlands",
    "German",
    "Japan",
    "Clinical",
    "Pan",
)
_REGISTRATION_WORD_RE = re.compile("|".join(re.escape(w) for w in _REGISTRATION_WORDS))


def _registration_statements(text: str) -> list[re.Match]:
    """``list(_REGISTRATION_LIST_RE.finditer(text))``: the pattern tried only where its words
    are (one scan for all of them), not at each of their capitals."""
    starts = [m.start() for m in _REGISTRATION_WORD_RE.finditer(text)]
    return matches_at(_REGISTRATION_LIST_RE, text, starts)


# a second name after a slash, which the shapes do not read: "PRODIGE 24/CCTG PA.6
# ClinicalTrials.gov number" registers PRODIGE 24
_ALIAS_REST_RE = re.compile(r"/[A-Za-z][\w.-]*(?:[ \t][\w.-]+)?[ \t]+")
# names listed in one registration statement: "X-1 and X-2", "A, B and C", "X-10 and -11"
# (a ";" ends the funder's clause before it)
_REGISTERED_JOINER_RE = re.compile(r"^[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?[-–]?$", re.IGNORECASE)


# a name the sentence says is registered: "reSURFACE 1 is registered with ClinicalTrials.gov,
# NCT01722331", "The X trial was prospectively registered at ISRCTN"
_REGISTERED_WITH_REST_RE = re.compile(
    r"[ \t]+(?:(?:trial|study|TRIAL|STUDY)[ \t]+)?(?:is|was|are|were)[ \t]+"
    r"(?:(?:prospectively|retrospectively)[ \t]+)?registered[ \t]+(?:with|at|in|on)[ \t]+"
    r"(?:the[ \t]+)?"
)
_NAME_WORD_REST_RE = re.compile(r"[ \t]([A-Z][a-z]{2,})[ \t]+")


def registration_names(text: str) -> list[str]:
    """Names printed right before a registration statement: "CLEOPATRA ClinicalTrials.gov
    number", "INPULSIS-1 and INPULSIS-2 ClinicalTrials.gov numbers"; never a funder
    ("Funded by Bayer HealthCare; ClinicalTrials.gov number")."""
    names = []
    for m in _registration_statements(text):
        before = text[max(0, m.start() - 120) : m.start()]
        found = list(_shapes(before))
        rest = before[found[-1][1] :] if found else ""
        word = _NAME_WORD_REST_RE.fullmatch(rest) if found else None
        if word and found[-1][2].isupper() and word.group(1).lower() not in _TRIAL_WORDS:
            # "OCTAVE Sustain ClinicalTrials.gov number": a capitalised word ends the name
            start, end, printed, trailing = found[-1]
            found[-1] = (start, end + word.end(1), printed + rest[: word.end(1)], trailing)
            rest = rest[word.end(1) :]
        if (
            not found
            or not rest
            or (
                rest.strip(" \t")
                and not _ALIAS_REST_RE.fullmatch(rest)
                and not _REGISTERED_WITH_REST_RE.fullmatch(rest)
            )
        ):
            continue
        while len(found) > 1 and _joins_aliases(before[found[-2][1] : found[-1][0]]):
            found.pop()  # "PRODIGE 24/CCTG PA.6 ClinicalTrials.gov number": one trial
        listed = [found[-1]]
        for prev in reversed(found[:-1]):
            gap = before[prev[1] : listed[0][0]]
            if len(gap) <= 12 and _REGISTERED_JOINER_RE.match(gap):
                listed.insert(0, prev)
            else:
                break
        names += [printed for _, _, printed, _ in listed]
    return list(dict.fromkeys(names))


def names_with_registry_ids(text: str) -> list[str]:
    """Names printed with their own registry id: "FIDELIO-DKD (NCT02540993)"."""
    out = []
    for start, end, printed, trailing in _shapes(text):
        if _REGISTRY_ID_AFTER_RE.match(text, end):
            out.append(printed)
    return list(dict.fromkeys(out))


def registration_pairs(text: str) -> list[tuple[str, str]]:
    """(key, id) from "X-1 and X-2 ClinicalTrials.gov numbers, NCT1 and NCT2": the n names
    and n ids of one statement paired in order."""
    pairs = []
    previous_end, previous_names = 0, []
    for m in _registration_statements(text):
        # (from the previous statement's end: its names are its own; a statement naming
        # none is of the one trial the previous one named: "X ISRCTN number, ...;
        # ClinicalTrials.gov number, NCT...")
        before = text[max(previous_end, m.start() - 120) : m.start()]
        previous_end = m.end()
        after = text[m.end() : m.end() + 120]
        names = registration_names(before + text[m.start() : m.end()]) or (
            previous_names if len(previous_names) == 1 else []
        )
        previous_names = names
        # the statement's ids, to its end: "SOLO 1 ClinicalTrials.gov number, NCT02277743;
        # SOLO 2 ClinicalTrials.gov number, NCT02277769" is two statements of one name each
        statement = re.split(r"[);\n]", after, maxsplit=1)[0]
        ids = re.findall(r"NCT\d{8}|ISRCTN\d{8}", statement)
        if names and len(names) == len(ids):
            pairs += [(key(n), i) for n, i in zip(names, ids)]
        elif len(names) == 1 and len(ids) > 1:
            pairs += _ids_after_their_names(statement, key(names[0]), ids)
    return pairs


def _ids_after_their_names(statement: str, first: str, ids: list[str]) -> list[tuple[str, str]]:
    """(key, id) of a statement going on with the next trials' names and ids: "reSURFACE 1
    is registered with ClinicalTrials.gov, NCT01722331, and reSURFACE 2, NCT01729754": the
    first id is the named trial's, each next one the one name printed between it and the
    id before ([] unless every id has one)."""
    out = [(first, ids[0])]
    previous = statement.find(ids[0]) + len(ids[0])
    for rid in ids[1:]:
        at = statement.find(rid, previous)
        between = {
            key(p) for _, _, p, _ in _shapes(statement, previous, at) if _may_be_a_name(key(p))
        }
        if len(between) != 1:
            return []
        out.append((between.pop(), rid))
        previous = at + len(rid)
    return out if len({k for k, _ in out}) == len(out) else []


_ALIAS_AFTER_SLASH_RE = re.compile(r"/[A-Za-z][\w-]{1,30}\)")
# a compound's code: letters and three or more digits ("REGN668", "SAR231893", "MK-3475")
_COMPOUND_CODE_RE = re.compile(r"^[A-Z]{2,6}-?\d{3,}$")
# what may close a title after its trial's name: "...: HALT-IT RCT", "...: the X trial."
_TITLE_DESIGN_WORD = (
    r"(?i:(?:two|three|four|five|multi)-arm|pilot|feasibility|cluster|pragmatic|factorial"
    r"|non-?inferiority|equivalence|superiority|crossover|cross-over|multicentre|multicenter"
    r"|randomi[sz]ed|controlled|open-label|double-blind|placebo-controlled"
    r"|phase[ -](?:I{1,3}|[1-3]))"
)
_TITLE_END_RE = re.compile(
    # (design words may stand between, as NIHR journal titles end: "...: the FiCTION
    # three-arm RCT", "the PRESSURE 2 pilot RCT", "the ATTEND cluster randomised trial")
    rf"[ \t]*(?:(?:{_TITLE_DESIGN_WORD}[ \t,]+){{1,4}}(?:RCTs?|[Tt]rials?|[Ss]tud(?:y|ies))"
    r"|RCTs?|[Tt]rial|[Ss]tudy)?[ \t.]*"
)
_PLACE_BEFORE_COLON_RE = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'-]*){0,3}[ \t]*:"
)
# a title's "results of" before a name, whatever follows it ("... - Full results of SWIFT
# DIRECT and DIRECT-SAFE published in The Lancet")
_RESULTS_OF_BEFORE_RE = re.compile(
    # ("Shionogi Provides Updates From SCORPIO-HR, a Global Phase 3 Study of ...")
    # (and a secondary paper's: "...: subgroup analysis of ELEVATE UC 52 and ELEVATE UC 12",
    # "A Secondary Analysis of the X Randomized Clinical Trial")
    r"\b(?:results?|findings|outcomes?|data|updates?|analys[ie]s)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a numbered name before its results in a title: "Less food in the first week of shock:
# NUTRIREA 3 results from 61 French units", "DAPA-CKD findings hold in ..."
_RESULTS_AFTER_NAME_RE = re.compile(
    r"[ \t]+(?:(?:trial|study)[ \t]+)?(?:results?|findings|data|outcomes)\b", re.IGNORECASE
)
_TITLE_TAIL_NAME_RE = re.compile(
    r"(?:[:–—]|\s-"
    # "...: Long-Term Follow-Up of CALGB 9343", "...: final report of SPRINT"
    # (a cooperative group may stand before its protocol: "... results of NSABP B-06")
    r"|\b(?:results?|follow-?up|update|report|analys[ie]s|outcomes?|findings)\s+(?:of|from)"
    r"\s+(?:the\s+)?(?-i:[A-Z]{2,}\s+)?"
    # ... or the trial word it stands after: "results of the randomised, placebo-controlled
    # phase-III trial STOMACH STILL"
    r"|\b(?:trial|study)\s+)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)


# A title that opens with the trial's name and a colon, as congress sessions and news
# print them: "LoDoCo 2: the second Low Dose Colchicine trial", "NOAH – AFNET 6: no clear
# benefit of ...", "The DAPA-HF trial: ..."
_HEAD_NAME_RE = re.compile(
    r"^(?:The[ \t]+)?(?P<name>[^:]{2,30}?)[ \t]*(?:[Tt]rial[ \t]*)?"
    # (its follow-up may stand between: "FAME II at five years: ...", "SPRINT at 10 years:")
    r"(?:[ \t]+at[ \t]+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)"
    r"[ \t-]+(?:years?|months?))?"
    # (or the report it heads, as meeting abstracts print it: "DOLPHIN2 FINAL RESULTS: ...",
    # "PARTNER 3 five-year outcomes: ...")
    r"(?:[ \t]+(?i:(?:final|interim|primary|updated|long[- ]term"
    r"|(?:\d{1,2}|one|two|three|four|five|ten)[- ](?:year|month))[ \t]+)?"
    r"(?i:results?|analysis|analyses|update|report|outcomes|findings))?(?::[ \t]+\S"
    # ... or before an apposition that calls it a trial: "AUSTRI, a Large Randomized Study in
    # Adolescents and Adults with Asthma, ..."
    r"|,[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:[Tt]rial|[Ss]tudy|TRIAL|STUDY)\b"
    # ... or before a spaced dash and the title that calls it a trial, as registry official
    # titles open: "ACCENT I - A Randomized, Double-blind, Placebo-controlled Trial of ..."
    r"|[ \t]+[-–—][ \t]+(?:An?|The)[ \t]+(?:[\w-]+,?[ \t]+){0,6}?"
    r"(?:[Tt]rial|[Ss]tudy|TRIAL|STUDY)\b"
    # ... or alone but for where it was presented, as meeting summaries head their pages:
    # "SENTINEL  (presented at TCT 2016, Washington, DC)", "PARTNER 3 (ACC 2019)"
    r"|[ \t]+\((?:[Pp]resented|[Rr]eported|[^()\n]{0,40}?\b(?:19|20)\d\d\b)[^()\n]{0,80}\)[ \t]*$)"
)
_SPACED_DASH_RE = re.compile(r"[ \t]+[-–—][ \t]+")


def _head_name(title: str) -> tuple[str, str, str] | None:
    """(key, printed, rule) of a name opening the title before its colon: one name, or
    names joined by a spaced dash ("NOAH – AFNET 6"), nothing else."""
    m = _HEAD_NAME_RE.match(title)
    if not m or _meeting_label(m.group("name")):
        return None
    printed = m.group("name")
    return (key(printed), printed, "name_in_title") if _one_name(printed) else None


# a meeting's name and year opening a news headline: "CROI 2022: NAMSAL study ...", "ARVO
# 2024: CHAMP phase 3 trial shows ..." (not a group's protocol: "RTOG 0825", "CALGB 9343")
_MEETING_LABEL_RE = re.compile(r"(?P<meeting>[A-Z][A-Za-z&-]{1,15})[ -](?:19[89]\d|20[0-4]\d)")


def _meeting_label(printed: str) -> bool:
    """Is the name before a title's colon a meeting's name and its year?"""
    m = _MEETING_LABEL_RE.fullmatch(printed.strip())
    return bool(m) and key(m.group("meeting")) not in GROUP_NAMES


def _one_name(printed: str) -> bool:
    """Is ``printed`` one name: a shape, or shapes joined by a spaced dash?"""
    for part in _SPACED_DASH_RE.split(printed):
        shapes = list(_shapes(part))
        if len(shapes) != 1 or shapes[0][0] != 0 or shapes[0][1] != len(part):
            return False
    return True


# names listed before a title's colon: "HAWK and HARRIER: Ninety-Six-Week Outcomes from the
# Phase 3 Trials of ...", "ORION-10 and ORION-11: ..."
_HEAD_LIST_SPLIT_RE = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_PLURAL_TRIAL_WORD_RE = re.compile(r"\b(?:[Tt]rials|[Ss]tudies|TRIALS|STUDIES)\b")


def _head_names(title: str, accepted: dict[str, str]) -> list[tuple[str, str, str]]:
    """The names listed before the title's colon, each one name, when the title calls them
    trials or studies or the text uses each as a trial's name; else []."""
    m = _HEAD_NAME_RE.match(title)
    if not m:
        return []
    parts = _HEAD_LIST_SPLIT_RE.split(m.group("name"))
    if len(parts) < 2 or not all(_one_name(part) for part in parts):
        return []
    keys = [key(part) for part in parts]
    if len(set(keys)) < len(keys):
        return []
    if not (_PLURAL_TRIAL_WORD_RE.search(title) or all(k in accepted for k in keys)):
        return []
    return [(k, part, "name_in_title") for k, part in zip(keys, parts)]


_COUNT_BEFORE_RE = re.compile(r"\b(?:two|three|four|five|six|both|twin)[ \t]+$", re.IGNORECASE)
_PLURAL_AFTER_RE = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:trials|studies)\b", re.IGNORECASE)


def _count_of(m: re.Match | None) -> int:
    """The number a count's match names ("two trials": 2), 0 without a match."""
    return COUNT_WORDS.get(m.group("count").lower(), 0) if m else 0


def _programme_of_registered_trials(text: str, title: str, k: str) -> bool:
    """Does the page count two or more trials in its title ("(CAPACITY): two randomised
    trials") and state as many ids of one registry in its own registration statements, none
    printed beside the name keyed ``k``? Then the name is the programme's over them."""
    counted = _count_of(_COUNTED_TRIALS_TITLE_RE.search(title))
    if counted < 2:
        return False
    contexts = id_contexts(text)
    per_registry: dict[str, set] = {}
    for rid in contexts.statement_ids:
        per_registry.setdefault(registry_of(rid), set()).add(rid)
    if not any(len(group) == counted for group in per_registry.values()):
        return False
    return not any(
        key(printed) == k and contexts.id_after(end) for start, end, printed, _ in _shapes(text)
    )


def _counted_family_in_title(title: str, k: str) -> bool:
    """Does the title print the name keyed ``k`` between a count and a plural trial word
    ("three STRIDER trials", "two SWITCH trials"): a family of trials?"""
    for start, end, printed, _ in _shapes(title):
        if (
            key(printed) == k
            and _COUNT_BEFORE_RE.search(title, max(0, start - 12), start)
            and _PLURAL_AFTER_RE.match(title, end)
        ):
            return True
    return False


# a title's bracket spelling the trial's name out before its acronym: "... at 42 weeks
# (SWEdish Post-term Induction Study, SWEPIS): multicentre, open label, randomised trial";
# after a semicolon, or in square brackets inside the round ones, as The Lancet nests them:
# "... in Pakistan (Simplified Antibiotic Therapy Trial [SATT]): a randomised ... trial"
_SPELLED_OUT_IN_BRACKET_RE = re.compile(
    r"\((?:[A-Za-z][\w'-]*[ \t]+){1,10}(?:Study|Trial|Investigation)(?:[ \t]*[,;][ \t]*|[ \t]*\[)$"
)


# the words after a name that make it a group's ("IMPORT Trial Management Group", "ELAN
# Investigators", "CHAMPS Study Group")
_GROUP_WORDS = frozenset("investigators collaborators group trialists team committee".split())
_GROUP_SECOND_WORDS = _GROUP_WORDS | {"management", "steering", "writing", "executive"}


def _group_only_names(shapes, accepted: dict) -> frozenset:
    """Keys of accepted names printed only as a group's name, each time followed by its group
    words (maybe after a trial or study word)."""
    as_group: set[str] = set()
    otherwise: set[str] = set()
    for _, _, printed, trailing in shapes:
        k = key(printed)
        if k not in accepted:
            continue
        words = list(trailing)
        if words[:1] and words[0] in ("trial", "study"):
            words = words[1:]
        if words[:1] and (
            words[0] in _GROUP_WORDS
            or words[0] in _GROUP_SECOND_WORDS
            and len(words) > 1
            and words[1] in _GROUP_SECOND_WORDS
        ):
            as_group.add(k)
        else:
            otherwise.add(k)
    return frozenset(as_group - otherwise)


def _title_names(
    title: str, accepted: dict[str, str], shapes: list = ()
) -> list[tuple[str, str, str]]:
    """(key, printed, rule) of the trial names a title carries; ``shapes``: the text's, read
    for the names it prints only as a group's ("on behalf of the IMPORT Trial Management
    Group") when the title's head prints a longer form of one."""
    head = _head_name(title)
    if head:
        # "REDUCE-IT USA: Results From ...": the name the text uses, of which the title
        # prints a part (a region, a substudy)
        # (never a numbered successor: "FLAURA2: ..." after "the FLAURA study" is FLAURA2,
        # nor a member of a programme whose group the text names: "IMPORT HIGH trial: ..."
        # by the IMPORT Trial Management Group)
        shorter = [
            k
            for k in accepted
            if head[0].startswith(k + "-") and not head[0][len(k) + 1 :].isdigit()
        ]
        if shorter:
            groups = _group_only_names(shapes, accepted)
            shorter = [k for k in shorter if k not in groups]
        if shorter:
            k = max(shorter, key=len)
            head = (k, accepted[k], "name_in_title")
    heads = [head] if head else _head_names(title, accepted)
    found = list(heads)
    # (past the names: the last of a list is found where it is printed)
    head_end = (
        len(head[1]) if head else title.find(heads[-1][1]) + len(heads[-1][1]) if heads else 0
    )
    shapes = [sh for sh in _shapes(title) if sh[0] >= head_end]
    in_name_brackets = _bracketed_name_lists(title, shapes)
    listed_at_end = _names_listed_after_colon(title, shapes)
    after_results = -1  # the end of the last name read after "results of" (and its list)
    for (start, end, printed, trailing), cue in zip(shapes, _cues_with_lists(title, shapes)):
        k = key(printed)
        if _RESULTS_OF_BEFORE_RE.search(title, max(0, start - 30), start) or (
            after_results >= 0 and _LIST_JOINER_RE.match(title[after_results:start])
        ):
            after_results = end
        else:
            after_results = -1
        # (a square bracket inside the round one closes first: "(... Trial [SATT]):")
        shut = end + 1 if title[end : end + 2] == "])" else end
        closing = title[shut : shut + 1] == ")" and (
            title[shut + 1 :].strip()[:1] in ("", ":", ".", "-", "–", ";", ",")
            # (or where the trial ran, before the colon: "... in schizophrenia (EMERGENT-2)
            # in the USA: results from a randomised ... trial")
            or _PLACE_BEFORE_COLON_RE.match(title, shut + 1) is not None
        )
        # "(SOLO2/ENGOT-Ov21)": a name and the cooperative group's protocol name of the same
        # trial after a slash; the first names it
        aliased = (
            title[end : end + 1] == "/"
            and _ALIAS_AFTER_SLASH_RE.match(title, end)
            and not _COMPOUND_CODE_RE.match(printed)  # "(REGN668/SAR231893)": drug codes
        )
        bracketed = (
            (
                title[max(0, start - 1) : start] == "("
                # (a country's code before it in the bracket: "(UK FROST)", "(US POINTER)")
                or _COUNTRY_CODE_IN_BRACKET_RE.search(title, max(0, start - 6), start) is not None
                or (
                    closing and _SPELLED_OUT_IN_BRACKET_RE.search(title, max(0, start - 100), start)
                )
            )
            and (closing or aliased)
        ) or start in in_name_brackets
        # "The Multicentre Aneurysm Screening Study (MASS) into the effect of ...": the
        # bracket abbreviates the study's spelled-out name, whatever follows it
        bracketed = bracketed or (
            title[max(0, start - 1) : start] == "("
            and title[end : end + 1] == ")"
            and _abbreviates_a_trial(title[: start - 1], printed)
        )
        if bracketed and _abbreviates_a_condition(title[: start - 1], printed):
            continue  # "... Posttraumatic Stress Disorder (PTSD)": a disease's abbreviation
        if bracketed and _drug_code_after_drug(title, start, printed):
            continue  # "DARIDOREXANT (ACT-541468), A DUAL OREXIN ...": the drug's code
        if bracketed:
            number = _NUMBER_AFTER_BRACKET_RE.match(title, end + 1) if closing else None
            if number:
                # "... in the Gas Mixture for Anaesthesia (ENIGMA)-II Trial": the trial's
                # number printed after the bracket
                printed = f"{printed}-{number.group(1)}"
                k = key(printed)
            found.append((k, printed, "name_in_title_brackets"))
        elif (
            k in accepted
            or cue
            or start in listed_at_end
            or (_TITLE_END_RE.fullmatch(title, end) and _TITLE_TAIL_NAME_RE.search(title[:start]))
            or after_results == end
            or (
                _RESULTS_AFTER_NAME_RE.match(title, end)
                and any(c.isdigit() for c in printed)
                and sum(c.isupper() for c in printed) >= 3
            )
        ):  # "...: CHECKMATE 017", "Hot Line – DAPA-HF"
            found.append((k, printed, "name_in_title"))
    return _without_group_aliases(title, found)


# the one word before a bracket: "DARIDOREXANT (", "tirzepatide ("
_WORD_BEFORE_BRACKET_RE = re.compile(r"(?:^|[\s:,;])(?P<word>[A-Za-z][a-z]{4,}|[A-Z]{5,})[ \t]*\($")


def _drug_code_after_drug(title: str, start: int, printed: str) -> bool:
    """Is a bracketed name a compound's code (_COMPOUND_CODE_RE) of five digits or more
    printed after the drug's name ("Daridorexant (ACT-541468)", "Tirzepatide (LY3298176)"),
    not a trial's name? (A group's protocol has four, "WJTOG3405", "JCOG0603".)"""
    letters = printed.rstrip("0123456789").rstrip("-")
    if (
        not _COMPOUND_CODE_RE.match(printed)
        or len(printed) - len(printed.rstrip("0123456789")) < 5
        or letters in GROUP_NAMES
    ):
        return False
    word = _WORD_BEFORE_BRACKET_RE.search(title, max(0, start - 40), start)
    return bool(word) and word.group("word").lower() not in _TRIAL_WORDS


_COUNTRY_CODE_IN_BRACKET_RE = re.compile(r"\((?:UK|US|USA|EU)[ \t]$")
_NUMBER_AFTER_BRACKET_RE = re.compile(
    r"[-–][ \t]?(I{1,3}|IV|\d{1,2})\b(?=[ \t]+(?:[Tt]rial|[Ss]tudy|TRIAL|STUDY)\b)"
)


# the head nouns of a disease or condition: the long form of a bracketed abbreviation
# ending in one names a condition, not a trial ("Severe Posttraumatic Stress Disorder
# (PTSD)", "Chronic Obstructive Pulmonary Disease (COPD)", "Heart Failure with Preserved
# Ejection Fraction (HFpEF)" ends in "Fraction", a measure, and is kept by the stoplist)
_CONDITION_HEADS = frozenset(
    """disorder disorders disease diseases syndrome syndromes failure infarction fibrillation
    carcinoma carcinomas cancer cancers tumour tumours tumor tumors injury injuries infection
    infections insufficiency hypertension depression stenosis arthritis sclerosis lymphoma
    lymphomas leukemia leukaemia myeloma fibrosis asthma diabetes obesity dementia psoriasis
    dermatitis colitis hepatitis pneumonia sepsis embolism thrombosis anemia anaemia
    deficiency dysfunction degeneration neoplasm neoplasms edema oedema arrest occlusion
    apnea apnoea hemorrhage haemorrhage stroke ischemia ischaemia attack retinopathy
    nephropathy neuropathy cardiomyopathy encephalopathy ulcer ulcers cirrhosis migraine
    epilepsy schizophrenia palsy atrophy aneurysm angina shock tuberculosis lesion lesions
    hyperplasia hypertrophy obstruction regurgitation incontinence osteoporosis
    osteoarthritis fracture fractures preeclampsia pre-eclampsia eclampsia
    thrombocytopenia neutropenia hypoglycemia hypoglycaemia ketoacidosis meningitis
    endocarditis vasculitis delirium erythematosus virus""".split()
)
_LONG_FORM_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _abbreviates_a_condition(before: str, short: str) -> bool:
    """Is ``short``, printed in brackets after ``before``, the abbreviation of the words
    that end ``before`` (each word giving its first letter, and maybe more of its own, in
    order: "Posttraumatic Stress Disorder (PTSD)"), ending in a condition's head noun? A
    numbered name ("chronic lymphocytic leukaemia (CLL10)", "... Stomach Cancer 2 (ARTIST
    2)") is a trial's."""
    if any(c.isdigit() for c in short):
        return False
    letters = "".join(c.lower() for c in short if c.isalpha())
    words = [w.lower() for w in _LONG_FORM_WORD_RE.findall(before)[-8:]]
    if len(letters) < 2 or not words or words[-1] not in _CONDITION_HEADS:
        return False
    return any(
        _spelled_by_initials(letters, words[first:]) for first in range(len(words) - 1, -1, -1)
    )


_TRIAL_HEADS = frozenset({"trial", "study", "investigation"})


def _abbreviates_a_trial(before: str, short: str) -> bool:
    """Is ``short``, printed in brackets after ``before``, the abbreviation of a study's
    spelled-out name ending ``before`` ("Multicentre Aneurysm Screening Study (MASS)",
    "International Subarachnoid Aneurysm Trial (ISAT)"), its trial word spelled or not?"""
    letters = "".join(c.lower() for c in short if c.isalpha())
    words = [w.lower() for w in _LONG_FORM_WORD_RE.findall(before)[-10:]]
    if len(letters) < 3 or not words or words[-1] not in _TRIAL_HEADS:
        return False
    return any(
        _spelled_by_initials(letters, words[first:])
        or _spelled_by_initials(letters, words[first:-1])
        for first in range(len(words) - 1, -1, -1)
    )


def _condition_abbreviations(text: str, shapes: list, accepted: dict) -> set[str]:
    """Keys of accepted names the text prints in brackets as the abbreviation of the
    condition named right before ("postpartum depression (PPD)", "... Multiple Myeloma
    (NDMM)"); a hyphenated short form or one followed by a trial word is a trial's name
    spelled from its condition ("the Cardiac Resynchronization-Heart Failure (CARE-HF)
    Study Investigators")."""
    out = set()
    for start, end, printed, _ in shapes:
        if text[start - 1 : start] != "(" or text[end : end + 1] != ")" or "-" in printed:
            continue
        if _TRIAL_WORD_AFTER_RE.match(text, end + 1):
            continue
        k = key(printed)
        if (
            k in accepted
            and k not in out
            and _abbreviates_a_condition(text[max(0, start - 200) : start - 1], printed)
        ):
            out.add(k)
    return out


def _spelled_by_initials(letters: str, words: list[str]) -> bool:
    """Do ``words`` spell ``letters``, each word its first letter and maybe more of its own?"""
    if not words:
        return not letters
    word = words[0]
    if not letters or letters[0] != word[0]:
        return False
    for k in range(1, len(letters) - len(words) + 2):
        pos = 1
        for c in letters[1:k]:
            pos = word.find(c, pos) + 1
            if pos == 0:
                break
        else:
            if _spelled_by_initials(letters[k:], words[1:]):
                return True
    return False


def _group_protocol(k: str) -> bool:
    """A cooperative group's protocol number ("CTONG-0802", "CALGB-80405"), not a trial name
    of its own."""
    head, _, rest = k.partition("-")
    return head in GROUP_NAMES and any(c.isdigit() for c in rest)


_CLOSING_BRACKET_RE = re.compile(r"\)[ \t.]*")


def _without_group_aliases(title: str, found: list) -> list:
    """Found title names less a group's protocol number printed after or before a comma
    beside the trial's name ("(OPTIMAL, CTONG-0802)", "(JCOG1017, PRIM-BC)"): the same
    trial's number, not a second trial
    ("NSABP B-31 and NCCTG N9831", joined by "and", stay two); and less the name in the
    bracket closing a title that the trial's name opens ("TheraP: ... (ANZUP1603)")."""
    kept = []
    for i, (k, printed, rule) in enumerate(found):
        if (
            i
            and rule == "name_in_title_brackets"
            and found[0][2] == "name_in_title"
            and title.startswith(found[0][1])
            and _CLOSING_BRACKET_RE.fullmatch(title, title.rfind(printed) + len(printed))
            and not _PLURAL_TRIAL_WORD_RE.search(title)
        ):
            # "TheraP: A randomised phase 2 trial of ... (ANZUP1603)": the bracket closing a
            # title that its trial's name opens gives the same trial's other name
            continue
        if i and _group_protocol(k) != _group_protocol(found[i - 1][0]):
            before = title.rfind(found[i - 1][1], 0, title.find(printed))
            gap = title[before + len(found[i - 1][1]) : title.find(printed)] if before >= 0 else ""
            if gap.strip() in (",", ";"):
                if _group_protocol(k):
                    continue
                # "(JCOG1017, PRIM-BC)": the protocol first, then the trial's name
                if kept and kept[-1][0] == found[i - 1][0]:
                    kept.pop()
        kept.append((k, printed, rule))
    return kept


@dataclass(frozen=True)
class _TextNames:
    """What :func:`find_trial_names` reads from the text alone (not from the title or design)."""

    shapes: list
    accepted: dict[str, str]
    own_rule: dict[str, str]
    cited_votes: Counter
    own_votes: Counter
    registered: list[str]
    pooled_listed: list[str]  # keys listed as the trials whose data a pooled analysis combines
    # keys of names listed together before a plural trial word ("the Phase III FIXTURE and
    # ERASURE studies"), one list per entry
    listed_lists: list[list[str]]
    # keys of the abbreviations the text defines as an organisation's ("Trials Group (AGITG)")
    organisations: frozenset


# A news item or release names the trial it reports as the one published or presented now
# ("according to the DIRECT MT trial, published online today in the New England Journal of
# Medicine", "the DanGer Shock trial, presented on Sunday at the American College of
# Cardiology's Scientific Sessions", "the STEP-1 trial published yesterday") or as the one
# the trial it reports is called ("The trial, known as PALM - short for ...", "The study,
# dubbed SODIUM-HF,"): when exactly one name of the page is printed so, it is the page's own
_REPORTED_NOW_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:trial|study))?(?:[ \t]+results)?,?[ \t]+(?:(?:which|that)[ \t]+(?:was|were)[ \t]+)?"
    r"(?:(?:led|run|conducted)[ \t]+by[^,.;\n]{0,60}?[ \t]+and[ \t]+)?"
    r"(?:(?:were|was)[ \t]+)?(?:published|presented|reported|released)[ \t]+(?:online[ \t]+)?"
    r"(?:today|this[ \t]+week|yesterday|on[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_TRIAL_CALLED_BEFORE_RE = re.compile(
    r"\b(?:the|this)[ \t]+(?:trial|study),?[ \t]+(?:(?:which[ \t]+is|is)[ \t]+)?"
    r"(?:known[ \t]+as|called|dubbed|named)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _reported_now(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` printed as the trial a news item reports (see above)?"""
    return bool(
        _REPORTED_NOW_AFTER_RE.match(text, end)
        or _TRIAL_CALLED_BEFORE_RE.search(text, max(0, start - 40), start)
    )


# The last text read and what was read from it: parsing a document and extracting its
# estimates both ask for the names of the same text, which would otherwise be read twice.
_last_read: list = [None, None]


# trade marks a release prints after a name ("its pivotal phase 3 trials SKYLIGHT 1™ and
# SKYLIGHT 2™"): read as spaces, so that offsets stay those of the text
_MARKS = str.maketrans({"™": " ", "®": " ", "℠": " "})


def _without_marks(text: str) -> str:
    """``text`` with its trade marks read as spaces (the same object when it has none)."""
    if "™" in text or "®" in text or "℠" in text:
        return text.translate(_MARKS)
    return text


def _names_in_text(text: str) -> _TextNames:
    """Shapes, cued names and their votes, and registered names of ``text`` (read once per
    text; the caller copies what it changes)."""
    if _last_read[0] is not None and (_last_read[0] is text or _last_read[0] == text):
        return _last_read[1]
    accepted: dict[str, str] = {}
    own_rule: dict[str, str] = {}
    cited_votes: Counter = Counter()
    own_votes: Counter = Counter()
    shapes = list(_shapes(text))
    cues = _cues_with_lists(text, shapes)
    contexts = id_contexts(text)
    pooled_listed: list[str] = []
    reported_now: set[str] = set()
    analysed: set[str] = set()
    blocks = None
    for (start, end, printed, trailing), cue in zip(shapes, cues):
        if not cue:
            continue
        k = key(printed)
        accepted.setdefault(k, printed)
        if blocks is None:
            blocks = reference_blocks(text)
        if blocks and in_blocks(blocks, start):
            # a name in a list of other publications ("Similar articles": "...: The BaSICS
            # Randomized Clinical Trial. Zampieri FG, et al."): another paper's trial
            cited_votes[k] += 1
            continue
        if cue in ("name_in_pooled_list", "name_in_reanalysis") and k not in pooled_listed:
            pooled_listed.append(k)
        if cue == "name_in_reanalysis":
            cited_votes[k] += 1  # (quoted, until nothing else names the page's own trial)
            continue
        # (looked for only as far back as the cue is: a text without breaks stays linear)
        near = max(0, start - 81)
        sentence_start = max(text.rfind(". ", near, start), text.rfind("\n", near, start)) + 1
        cited = (
            _CITED_CUE_RE.search(text, max(sentence_start, start - 80), start)
            or _CITED_AFTER_RE.match(text, end)
            or _said_to_be_another_study(text, end, shapes)
        )
        if cue == "name_with_registry_id":
            if contexts.printed_elsewhere(end):
                # "(EMPOWER-Lung 1, NCT03088540) ... ClinicalTrials.gov registration:
                # NCT03409614": a name printed with an id other than the one the document
                # registers itself is another trial's
                cited_votes[k] += 1
                continue
            if not cited:
                # (not another trial's name and id: "a 41-patient feasibility study, RIGHT
                # (ISRCTN66434824)")
                own_rule.setdefault(k, cue)
        if cited:
            cited_votes[k] += 1
        else:
            own_votes[k] += 1
            if _reported_now(text, start, end):
                reported_now.add(k)
            if "randomi" in text[max(0, start - 240) : start] and _RANDOMISED_AS_PART_OF_RE.search(
                text, max(0, start - 240), start
            ):
                analysed.add(k)
    for k, printed in list(accepted.items()):
        rest = key(printed.lstrip("abcdefghijklmnopqrstuvwxyz"))
        if printed[:1].islower() and rest != k and rest in accepted:
            # a name and the same name after a lower-case letter or two, "immediate" or
            # "internet" in one letter ("WHO Immediate KMC Study Group ... The iKMC trial"):
            # one trial's, counted as the name it extends
            own_votes[rest] += own_votes.pop(k, 0)
            cited_votes[rest] += cited_votes.pop(k, 0)
            if k in own_rule:
                own_rule.setdefault(rest, own_rule.pop(k))
            reported_now.discard(k)
            analysed.discard(k)
            del accepted[k]
    if len(reported_now) == 1:
        own_rule.setdefault(next(iter(reported_now)), "name_reported_now")
    if len(analysed) == 1:
        # the one trial whose randomised patients the page analyses: "528 patients ... had
        # been randomised to an observational or an antibiotic strategy (DIABOLO trial)"
        own_rule.setdefault(next(iter(analysed)), "name_in_reanalysis")
    read = _TextNames(
        shapes,
        accepted,
        own_rule,
        cited_votes,
        own_votes,
        registration_names(text),
        pooled_listed,
        _names_listed_before_plural(text, shapes, cues),
        _organisation_abbreviations(text),
    )
    _last_read[:] = [text, read]
    return read


_PLURAL_TRIAL_WORD_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:phase|Phase|PHASE)[ \t]*(?:[1-4IV]+[ab]?)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:[Tt]rials|[Ss]tudies|TRIALS|STUDIES)\b"
    r"|" + _PLURAL_APPOSITION
)


def _names_listed_before_plural(text: str, shapes: list, cues: list) -> list[list[str]]:
    """Keys of cued names listed together ("X and Y", "X, Y and Z") right before a plural
    trial word ("the Phase III FIXTURE and ERASURE studies") or in apposition to a counted
    one ("two phase 3 studies ..., SOLO 1 and SOLO 2")."""
    lists: list[list[str]] = []
    run: list[int] = []
    for i in range(len(shapes)):
        if run:
            gap = text[shapes[i - 1][1] : shapes[i][0]]
            if not (len(gap) <= 12 and _LIST_JOINER_RE.match(gap)):
                _add_counted_list(text, shapes, cues, run, lists)
                run = []
        run.append(i)
        end = shapes[i][1]
        if len(run) > 1 and cues[i] and _PLURAL_TRIAL_WORD_AFTER_RE.match(text, end):
            keys = list(dict.fromkeys(key(shapes[j][2]) for j in run))
            if len(keys) > 1:
                lists.append(keys)
            run = []
    _add_counted_list(text, shapes, cues, run, lists)
    return lists


def _add_counted_list(text: str, shapes: list, cues: list, run: list[int], lists: list) -> None:
    """A run of cued names in apposition to a counted plural trial word, as many names as
    the count says ("both ... studies ..., SOLO 1 and SOLO 2, reached"), is a list."""
    if len(run) < 2 or not all(cues[j] for j in run):
        return
    keys = list(dict.fromkeys(key(shapes[j][2]) for j in run))
    if len(keys) > 1 and _counted_list_opens(text, shapes[run[0]][0]) == len(keys):
        if keys not in lists:
            lists.append(keys)


# "The Compass study compared ...": a name printed in title case before "study" or "trial"
_CAPITALISED_NAME_RE = re.compile(
    # (a country's adjective may come between: "The German Esopec study"; a letter or number
    # hyphened after: "The Elekt-D study")
    r"\b[Tt]he[ \t]+(?:[A-Z][a-z]+(?:an|ish|ese|ch|ic)[ \t]+)?"
    r"(?P<name>[A-Z][a-z]{3,}(?:-[A-Z0-9]{1,3}\b)?)[ \t]+(?:[Ss]tudy|[Tt]rial)\b"
    # (not a group's or a register's name: "the Dutch Pancreatitis Study Group")
    r"(?![ \t]+(?:[Gg]roups?|[Ii]nvestigators|[Rr]egist(?:er|ry)|[Cc]onsortium|[Nn]etwork))"
)


_GENERIC_STUDY_WORDS = _TRIAL_WORDS | frozenset(
    "present current pivotal original first second third main index parent whole entire "
    "overall landmark phase randomised randomized clinical global international national "
    "pilot extension open cohort case control".split()
)


# a trial's name of two to four title-case words in the title, after "the" and before its
# trial word, maybe with design words between: "(the Sugar Babies Study)", "follow-up of
# the Sugar Babies randomised trial", "the Twin Birth Study", "the Term Breech Trial"; not
# a group, a register or a programme ("the Dutch Pancreatitis Study Group", "the Chinese
# Clinical Trial Registry")
_TITLE_CASE_NAME_RE = re.compile(
    r"\b[Tt]he[ \t]+(?P<name>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,}){1,3})[ \t]+"
    r"(?:(?:[Rr]andomi[sz]ed|[Cc]ontrolled|[Cc]linical|[Cc]luster|[Pp]ilot|[Mm]ulticent(?:re|er))"
    r"[ \t]+)*(?:[Ss]tudy|[Tt]rial)\b(?![ \t]+(?:[Gg]roups?|[Ii]nvestigators|[Rr]egist(?:er|ry)"
    r"|[Cc]ollaborati|[Cc]onsortium|[Nn]etwork|[Cc]ommittee|[Cc]entre|[Cc]enter|[Uu]nit"
    # (a numbered successor, "Intervention Study 2 (PARIS-2)", or a name that goes on, "the
    # China Antihypertensive Trial in Acute Ischemic Stroke": not the whole name)
    r"|\d|(?:I{1,3}|IV|V)\b|(?:of|in|at|on|for|to)[ \t]+[A-Z]))"
)
# words of place and the adjectives of peoples: a name of nothing else is a region's study
# ("the North American study"), and "the English study", "the Swedish trial" say where a
# trial ran, not which trial
_PLACE_WORDS = frozenset(
    """north south east west northern southern eastern western central american european
    african asian chinese japanese korean indian british united kingdom states german french
    dutch swedish norwegian danish finnish italian spanish canadian australian nordic
    scandinavian international multinational national regional english scottish welsh irish
    belgian swiss austrian portuguese greek turkish polish czech hungarian romanian russian
    ukrainian israeli iranian egyptian nigerian kenyan ugandan tanzanian ethiopian ghanaian
    malawian zambian zimbabwean mexican brazilian argentinian argentine chilean colombian
    peruvian cuban taiwanese thai vietnamese indonesian malaysian singaporean filipino
    pakistani bangladeshi nepalese icelandic estonian latvian lithuanian slovak slovenian
    croatian serbian bulgarian arab saudi lebanese jordanian moroccan tunisian algerian
    sudanese somali rwandan cameroonian senegalese gambian ivorian mozambican botswanan
    namibian venezuelan ecuadorian bolivian uruguayan paraguayan jamaican haitian mongolian
    kazakh uzbek afghan burmese cambodian laotian australasian oceanian caribbean latin
    zealand asia-pacific pan-european transatlantic sri lankan hong kong""".split()
)


def _title_case_title_name(title: str) -> list[tuple[str, str, str]]:
    """A trial's name of title-case words the title prints before its trial word ("(the
    Sugar Babies Study)"): none of its words a study's generic word ("the Randomized
    Clinical Trial", "the Pilot Study"), not only words of place ("the North American
    Study"), nor a group's name."""
    for m in _TITLE_CASE_NAME_RE.finditer(title or ""):
        name = m.group("name")
        words = name.lower().split()
        if (
            not any(w in _GENERIC_STUDY_WORDS for w in words)
            and not all(w in _PLACE_WORDS for w in words)
            and key(name) not in GROUP_NAMES
            and key(name) not in NOT_TRIAL_NAMES
        ):
            return [(key(name), name, "name_in_title")]
    return []


def _capitalised_title_name(text: str, title: str) -> list[tuple[str, str, str]]:
    """A name printed in title case ("Compass") that the text uses before "study" or
    "trial" and the title also prints ("Hot Line: Compass — Cardiovascular Outcomes for
    People Using Anticoagulation Strategies"): the one the document reports."""
    if not title:
        return []
    for m in _CAPITALISED_NAME_RE.finditer(text, 0, min(len(text), 20_000)):
        name = m.group("name")
        if (
            name.lower() not in _GENERIC_STUDY_WORDS
            and name.lower() not in _PLACE_WORDS  # "The English study, PROUD, ..."
            and key(name) not in GROUP_NAMES  # "the Alliance trial C9343": its group
            and re.search(rf"\b{name}\b", title)
        ):
            return [(key(name), name, "name_in_title")]
    return []


# The last text searched for an Acronym field, and the field found (parsing a record and
# extracting its estimates both read its names).
_last_acronym_field: list = [None, None]


def forget_last_text() -> None:
    """Forget the last text read and what was read from it (reference blocks, registry ids
    and their contexts, names, Acronym field): the next call reads any text afresh, as a job reads a
    new document. For benchmarks that read one page again and again."""
    for last in (_last_blocks, _last_contexts, _last_read, _last_acronym_field):
        last[:] = [None, None]
    _last_occurrences[:] = [None, ()]


_TRAILING_TRIAL_WORD_RE = re.compile(r"(?<=\S)[ \t]+(?:[Tt]rial|TRIAL|[Ss]tudy|STUDY)[ \t]*$")


def _registry_acronym(text: str) -> str:
    """The name in a registry record's Acronym field, however it is cased ("Emerge"), unless
    it is a generic word or a disease; else ""."""
    last = _last_acronym_field
    if last[0] is not None and (last[0] is text or last[0] == text):
        m = last[1]
    else:
        m = next(matches_at_line_starts(_ACRONYM_FIELD_RE, _ACRONYM_FIELD_OPENER, text), None)
        if m is None:
            # (the field in a column beside another on its line: "Secondary ID: Nil      Trial
            # acronym: QASC")
            m = _ACRONYM_FIELD_IN_COLUMN_RE.search(text, 0, min(len(text), 20000))
        last[:] = [text, m]
    # ("Acronym   Pred-ART Trial": the name without its trial word)
    name = _TRAILING_TRIAL_WORD_RE.sub("", m.group("name")).strip() if m else ""
    if _PLACEHOLDER_FIELD_RE.fullmatch(name):
        return ""  # "Acronym: None", "Study acronym: Nil known": the field says there is none
    first = name.split()[0] if name else ""
    if m and m.groupdict().get("code") and not _NAME_LIKE_CODE_RE.fullmatch(name):
        return ""  # a sponsor's code ("D9480C00007", "CA209-743"), not a name
    if (
        first
        and key(first) not in NOT_TRIAL_NAMES
        and first.lower() not in _TRIAL_WORDS
        and (
            _acronym_shaped(first)
            or (first[:1].isupper() and first[1:].isalpha() and len(first) >= 4)
        )
    ):
        return name
    return ""


# what registries and their copies print in a field that holds nothing
_PLACEHOLDER_FIELD_RE = re.compile(
    r"(?:None|Nil|Nil[ \t]+known|N/?A|Not[ \t]+(?:applicable|available|provided|known|given)"
    r"|No[ \t]+(?:acronym|name)|Unknown|Pending|TBD|TBC|-+|–|\.)[ \t.]*",
    re.IGNORECASE,
)
# a record's field listing its own ids, the first of them maybe its name
_ID_LIST_FIELD_RE = re.compile(
    r"^[ \t]*(?:Protocol[ \t]+IDs?|Other[ \t]+Study[ \t]+ID[ \t]+Numbers?|Secondary[ \t]+IDs?)"
    r"[ \t]*(?::|[ \t]{2,}|\t)[ \t]*(?P<name>[^;,\n]{2,40}?)[ \t]*(?:[;,]|$)",
    re.MULTILINE,
)
# a field naming the study: "Study name: TRuE V2 (Topical ...).", "Trial name: PROCOAG"
_STUDY_NAME_FIELD_RE = re.compile(
    r"^[ \t]*(?:Study|Trial)[ \t]+(?:name|acronym)[ \t]*:[ \t]*"
    r"(?P<name>[A-Za-z0-9][\w-]*(?:[ \t][A-Za-z0-9][\w-]*){0,2}?)[ \t]*(?=[(.;,]|$)",
    re.MULTILINE,
)
# a sponsor protocol code that is a trial's name: a word of three letters or more, maybe
# with a number ("LEAVO", "IMvigor211", "SOLO-2"), not a code of letters and digits
_NAME_LIKE_CODE_RE = re.compile(r"[A-Z][A-Za-z]{2,}(?:[- ]?\d{1,3}[a-z]?)?")


def _group_members(names: str) -> list[str]:
    """The trials of a group's name: one, or sister trials listed ("VIEW 1 and VIEW 2"),
    each opening with an acronym (not "German Diabetes and Dialysis"); none when a numbered
    part is a cohort's or phase's ("THOR Cohort 1", "ORION Phase III")."""
    members = _GROUP_NAME_LIST_SPLIT_RE.split(names)
    for member in members:
        words = member.split()
        if len(words) == 3 and words[1].lower() in _NOT_MEMBER_WORDS:
            return []
        if len(members) > 1 and not _acronym_shaped(words[0]):
            return []
    return members


def _field_names(text: str, registry: bool, accepted: dict, own_rule: dict) -> list[str]:
    """Names a field gives whatever their shape: a registry record's Acronym field and the
    trial group of an author line ("for the Katherine Investigators", "VIEW 1 and VIEW 2
    Study Groups"); added to ``accepted`` and ``own_rule``. Returns the keys of the
    group's trials."""
    acronym = _registry_acronym(text) if registry else ""
    if not acronym:
        # a record's list of its own ids opening with its name, on any page copying one
        # ("Protocol IDs: COLOFOL; Danish Cancer Union 56 100 306, NCT00225641", "Other Study
        # ID Numbers  MAPP1")
        listed = _ID_LIST_FIELD_RE.search(text, 0, min(len(text), 20000))
        name = listed.group("name") if listed else ""
        if (
            name
            and _NAME_LIKE_CODE_RE.fullmatch(name)
            and _acronym_shaped(name)
            and key(name) not in NOT_TRIAL_NAMES
        ):
            acronym = name
    if not acronym:
        # a field naming the study on any page, as summaries and trial finders label it
        # ("Study name: TRuE V2 (Topical Ruxolitinib Evaluation in Vitiligo Study 2).")
        field = _STUDY_NAME_FIELD_RE.search(text, 0, min(len(text), 20000))
        name = field.group("name").strip() if field else ""
        if (
            name
            and _acronym_shaped(name.split()[0])
            and key(name) not in NOT_TRIAL_NAMES
            and not _PLACEHOLDER_FIELD_RE.fullmatch(name)
        ):
            acronym = name
    if acronym:
        k = key(acronym)
        accepted.setdefault(k, acronym)
        own_rule[k] = "registry_acronym_field"
    group = _INVESTIGATORS_GROUP_RE.search(text, 0, min(len(text), 5000))
    signed = group and next(
        n
        for n in group.group("name", "collective", "leading", "bracketed", "numbered") + ("",)
        if n is not None
    )
    # the group of a programme whose numbered trials the text names ("INPULSIS Trial
    # Investigators" over INPULSIS-1 and INPULSIS-2) is not a trial of its own
    grouped = []
    for name in _group_members(signed) if signed else ():
        if key(name) in NOT_TRIAL_NAMES | GROUP_NAMES or any(
            other.startswith(key(name) + "-") for other in accepted
        ):
            continue
        k = key(name)
        grouped.append(k)
        accepted.setdefault(k, name)
        own_rule[k] = min(
            own_rule.get(k, "name_of_investigators_group"),
            "name_of_investigators_group",
            key=OWN_RULES.index,
        )
    return grouped


# an organisation's name and its abbreviation in brackets: "Australasian Gastro-Intestinal
# Trials Group (AGITG)", "Medical Research Council (MRC)", "Children's Oncology Group
# (COG)"; not a trial's own study or research group ("the ISCHEMIA Research Group")
# (letters only: a number makes it the group's protocol, a trial: "the Japan Clinical
# Oncology Group (JCOG0301)")
# (the bracket found first, by its opening character, and the words before it looked at:
# the engine scans for "(" instead of trying every offset of a long page)
_BRACKETED_ABBREVIATION_RE = re.compile(r"\([ \t]*(?P<abbr>[A-Z][A-Za-z&-]{1,15})[ \t]*\)")
_ORGANISATION_BEFORE_RE = re.compile(
    r"(?<!Study\s)(?<!Trial\s)(?<!Research\s)(?<!Writing\s)(?<!Steering\s)(?<!Investigators\s)"
    r"\b(?:Group|Network|Consortium|Society|Association|Alliance|Foundation|Institute|Council"
    r"|Organi[sz]ation|Agency)[ \t]*$"
)


def _organisation_abbreviations(text: str) -> frozenset:
    """Keys of the abbreviations the text defines as an organisation's (read once per text,
    with the rest of :class:`_TextNames`)."""
    return frozenset(
        key(m.group("abbr"))
        for m in _BRACKETED_ABBREVIATION_RE.finditer(text)
        if _ORGANISATION_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        or _spells_an_institution(text[max(0, m.start() - 120) : m.start()], m.group("abbr"))
    )


# the nouns of a place of work or study that may stand inside its name ("All India Institute
# of Medical Sciences", "Beijing University of Chinese Medicine", "Tata Memorial Hospital")
_INSTITUTION_WORDS = frozenset(
    "institute university hospital college academy ministry centre center council agency "
    "foundation".split()
)


def _spells_an_institution(before: str, short: str) -> bool:
    """Is ``short``, printed in brackets after ``before``, the abbreviation of the words
    ending ``before`` (each word its first letter, and maybe more of its own) when those
    words name an institution ("All India Institute of Medical Sciences (AIIMS)")? Small
    words ("of", "the", "and") may be skipped."""
    letters = "".join(c.lower() for c in short if c.isalpha())
    if len(letters) < 3 or len(letters) != len(short.replace("-", "").replace("&", "")):
        return False
    words = [w.lower() for w in _LONG_FORM_WORD_RE.findall(before)[-10:]]
    content = [w for w in words if w not in ("of", "the", "and", "for", "in", "de", "&")]
    for first in range(len(content) - 1, -1, -1):
        span = content[first:]
        if _INSTITUTION_WORDS.intersection(span) and _spelled_by_initials(letters, span):
            return True
    return False


def find_trial_names(
    text: str,
    title: str = "",
    registry: bool = False,
    reports_trials: bool = True,
    pooled: bool = False,
) -> TrialNames:
    """Accepted trial names of a document, split into its own and the ones it cites.

    ``reports_trials`` is False for reviews and meta-analyses: every name they use
    belongs to a trial they cite. ``pooled``: a pooled analysis of several trials, each
    printed with its registry id, reports each of them.
    """
    text, title = _without_marks(text), _without_marks(title)
    read = _names_in_text(text)
    accepted = dict(read.accepted)  # key -> first printed form
    own_rule = dict(read.own_rule)  # key -> strongest own-trial rule
    counts: Counter = Counter()
    shapes = read.shapes
    # a title and the label lines above it ("Hot Line – DAPA-HF — Dapagliflozin and ..."):
    # each part is read as a title of its own
    title_found = (
        # (and its plain-text form, two hyphens: "Trial summary -- PARADISE-MI")
        [
            found
            for part in _TITLE_PARTS_RE.split(title)
            for found in _title_names(part, accepted, shapes)
        ]
        or _name_labelled_as_a_trial(title)
        or _capitalised_title_name(text, title)
        or _title_case_title_name(title)
    )
    for k, printed, rule in title_found:
        accepted.setdefault(k, printed)
    if reports_trials and _counts_trials(text, title):
        # the names listed after a count of trials are names however they are shaped:
        # "Two trials of drug E were run in Asia and Europe: MAPLE (n=165) and ENDURE"
        for k, printed in _counted_names(text, title, shapes).items():
            accepted.setdefault(k, printed)
        if not accepted:
            # (and those opening the paragraphs of a page on counted trials, "1) ECLIPSE
            # (UK, ...). 286 children ..."; the count looked for only when two names open
            # paragraphs)
            opening = _names_opening_paragraphs(text, shapes)
            if len(opening) > 1 and (
                _counted_reported_trials(text, title) > 1 or _count_opening_a_sentence(text) > 1
            ):
                for k, printed in opening.items():
                    accepted.setdefault(k, printed)
    registered = read.registered
    for printed in registered:
        k = key(printed)
        accepted.setdefault(k, printed)
        own_rule[k] = min(
            own_rule.get(k, "name_in_registration"), "name_in_registration", key=OWN_RULES.index
        )
    grouped = _field_names(text, registry, accepted, own_rule)
    for k, printed, rule in title_found:
        own_rule[k] = min(own_rule.get(k, rule), rule, key=OWN_RULES.index)
    # an abbreviation the text defines as a condition's ("postpartum depression (PPD) ...
    # Study B (phase 3, severe PPD, NCT02942004)") or an organisation's ("on behalf of the
    # Australasian Gastro-Intestinal Trials Group (AGITG) investigators") names no trial
    # wherever it is printed
    defined = _condition_abbreviations(text, shapes, accepted) | {
        k for k in read.organisations if k in accepted
    }
    if defined:
        for k in defined:
            accepted.pop(k, None)
            own_rule.pop(k, None)
        title_found = [t for t in title_found if t[0] not in defined]
        registered = [p for p in registered if key(p) not in defined]
    if not accepted:
        return NO_NAMES
    mentions = _mentions_of(shapes, accepted, counts)
    aliases = _bracketed_aliases(text, mentions)
    for k, printed in list(accepted.items()):
        member = programme_member(printed)
        if member and member != k and member in accepted and member not in aliases:
            # "ACTG A5202 ... In the A5202 high-viral-load stratum": the group's protocol
            # printed without its group is the same trial
            aliases[member] = k
    if aliases:
        # "In the RATIFY (CALGB 10603) trial": one trial's two names, read as the first
        mentions = [Mention(m.start, m.end, m.printed, aliases.get(m.key, m.key)) for m in mentions]
        for alias, main in aliases.items():
            counts[main] += counts.pop(alias, 0)
            accepted.pop(alias, None)
            own_rule.pop(alias, None)
    tails = _tails_of_longer_names(accepted)
    if tails:
        # "The ON MED study continues to enrol" after "the companion SPYRAL HTN-ON MED study":
        # a short name ending a longer one the text prints is that trial's, said short
        for k in tails:
            accepted.pop(k, None)
            own_rule.pop(k, None)
        title_found = [t for t in title_found if t[0] not in tails]
        mentions = [m for m in mentions if m.key not in tails]
    if not reports_trials:
        cited = sorted(accepted, key=lambda k: (-counts[k], _first(mentions, k)))
        return TrialNames((), (), tuple(accepted[k] for k in cited), tuple(mentions))
    own = _own_keys(
        text,
        title,
        title_found,
        registered,
        pooled,
        accepted,
        own_rule,
        counts,
        mentions,
        read,
        [k for k in grouped if k in accepted],
    )
    if (
        own
        and not registry
        and len(accepted) >= 3
        and all(own_rule.get(k) == "name_with_registry_id" for k in own)
        and _RESULTS_IN_PARAGRAPH_RE.search(text) is None
    ):
        # a page naming three trials or more, one of them beside its id, that counts no people
        # and gives no estimate anywhere (a methods note on trial names: "NUTRIREA-2 (...) and
        # NUTRIREA-3 (NCT03573739; ...) share a first author ... but are different trials")
        # reports none of them
        own = []
    cited = [k for k in accepted if k not in own and not _own_substudy(text, k, own, mentions)]
    siblings = _numbered_siblings(shapes, own, accepted)
    return TrialNames(
        tuple(accepted[k] for k in own),
        tuple(own_rule[k] for k in own),
        tuple(accepted[k] for k in cited) + tuple(siblings.values()),
        tuple(mentions),
    )


_TITLE_PARTS_RE = re.compile(r" — | -- ")
_TRIAL_LABEL_WORD_RE = re.compile(r"\b(?:[Tt]rial|TRIAL|[Ss]tudy|STUDY)\b")


def _name_labelled_as_a_trial(title: str) -> list[tuple[str, str, str]]:
    """A name standing alone in one part of a title whose other part labels it a trial's
    ("Trial summary -- PARADISE-MI", "Study of the month — DELIVER"): [(key, printed,
    rule)], else []."""
    parts = [p.strip() for p in _TITLE_PARTS_RE.split(title)]
    if len(parts) != 2:
        return []
    for name, label in (parts, parts[::-1]):
        if (
            _TRIAL_LABEL_WORD_RE.search(label)
            and _one_name(name)
            and _acronym_shaped(name.split()[0])
            and key(name) not in NOT_TRIAL_NAMES
            and not _meeting_label(name)
        ):
            return [(key(name), name, "name_in_title")]
    return []


# what names a part of a trial: "the TALOS-AMI HBR substudy", "a COMPASS PAD sub-study"
_SUBSTUDY_AFTER_RE = re.compile(
    r"[ \t]+(?:sub-?stud(?:y|ies)|sub-?analys[ie]s|sub-?group[ \t]+analys[ie]s|ancillary[ \t]+study)\b",
    re.IGNORECASE,
)


def _own_substudy(text: str, k: str, own: list[str], mentions) -> bool:
    """Is ``k`` an own trial's name and more, each time printed before a word naming a part
    of a trial ("the TALOS-AMI HBR substudy" on the page of TALOS-AMI): that trial's part, not
    another trial?"""
    if not any(k.startswith(o + "-") for o in own):
        return False
    spots = [m for m in mentions if m.key == k]
    return bool(spots) and all(_SUBSTUDY_AFTER_RE.match(text, m.end) for m in spots)


# the numbers a series of sister trials runs to (not a count after a name: "In ACT 1, 69
# percent")
_SERIES_NUMBERS = 20


def _tails_of_longer_names(accepted: dict) -> set[str]:
    """Keys of short names (three letters or fewer, no digit) that end a longer accepted
    name after a hyphen or space ("MED" of "SPYRAL HTN-ON MED"): the longer trial's, said
    short, never a trial of their own."""
    short = [k for k in accepted if len(k) <= 3 and k.isalpha()]
    return {k for k in short if any(o != k and o.endswith("-" + k) for o in accepted)}


def _numbered_siblings(shapes, own: list[str], accepted: dict) -> dict[str, str]:
    """{key: printed} of the names the text prints that number another trial of a numbered
    own trial's series (up to 20), without a cue ("Sustained tocolysis (APOSTEL II): women
    still pregnant ..." on the page of APOSTEL III): another trial of the series, cited."""
    stems = {}
    for k in own:
        stem, _, number = k.rpartition("-")
        if stem and number.isdigit():
            stems[stem] = number
    if not stems:
        return {}
    out: dict[str, str] = {}
    for _, _, printed, _ in shapes:
        k = key(printed)
        stem, _, number = k.rpartition("-")
        if (
            number.isdigit()
            and int(number) <= _SERIES_NUMBERS
            and stems.get(stem, number) != number
            and k not in accepted
        ):
            out.setdefault(k, printed)
    return out


def _letters(k: str) -> str:
    """A name key's letters alone ("DAPA-HF" is "DAPAHF")."""
    return "".join(c for c in k if c.isalpha())


def _bracketed_aliases(text: str, mentions: list) -> dict[str, str]:
    """{alias key: name key} of names printed in brackets right after another, alone there
    ("In the RATIFY (CALGB 10603) trial", "E2100 (ECOG 2100)"): the same trial's other
    name, never printed apart from it before."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for before, m in zip(mentions, mentions[1:]):
        seen.add(before.key)
        if (
            m.key != before.key
            and m.key not in seen
            and before.key not in out
            and text[before.end : m.start] in (" (", "(")
            and text[m.end : m.end + 1] == ")"
            # ("... Methylcobalamin for ALS (JETALS)", "heart failure ... HF (DAPA-HF)": the
            # bracket abbreviates a long form the name before it ends, not another name)
            and not _letters(m.key).endswith(_letters(before.key))
        ):
            out.setdefault(m.key, before.key)
    return out


def commentary_subject(text: str, title: str, first_sentence: str = "") -> str:
    """The one trial a news item, press release or exchange of letters is about ('' when
    it names none, or more than one trial not presented as another).

    The caller knows the page for one of those; this reads it as if it were a report: its
    own name must be the only one it prints, but for trials the text presents as others
    ("an earlier NHLBI study, SWiTCH", "Other trials ... are ongoing, including STREAM").
    ``first_sentence``, a letter's opening sentence, must print that name: the letter
    answers that trial's report ("Gordon et al. report that levosimendan did not reduce
    organ dysfunction (LEOPARDS trial)").
    """
    names = find_trial_names(text, title)
    if len(names.own) != 1:
        return ""
    text = _without_marks(text)
    read = _names_in_text(text)
    own = key(names.own[0])
    for printed in names.cited:
        k = key(printed)
        if k != own and not (read.cited_votes[k] and not read.own_votes[k]):
            return ""  # another trial printed beside it, not as another
    if first_sentence and not any(key(sh[2]) == own for sh in _shapes(first_sentence)):
        return ""
    return names.own[0]


def _mentions_of(shapes, accepted: dict, counts: Counter) -> list[Mention]:
    """Every place an accepted name is printed, counting the mentions of each name."""
    mentions = []
    for start, end, printed, _ in shapes:
        k = key(printed)
        if k in accepted:
            mentions.append(Mention(start, end, printed, k))
            counts[k] += 1
    return mentions


def _own_keys(
    text,
    title,
    title_found,
    registered,
    pooled,
    accepted,
    own_rule,
    counts,
    mentions,
    read,
    grouped,
) -> list[str]:
    """The keys of a trial report's own trials: every trial its title joins, its pooled
    trials, its registered trials or the trials of its author line's group when there are
    several, else its strongest own-trial name, else its most used name. ``own_rule`` gains
    the rule of names chosen here."""
    own = sorted(
        own_rule, key=lambda k: (OWN_RULES.index(own_rule[k]), -counts[k], _first(mentions, k))
    )
    mention_index = _MentionIndex(mentions)
    several = _joined_names(title, title_found)
    registered_keys = list(dict.fromkeys(key(p) for p in registered))
    if len(several) > 1:
        # a title naming several trials ("... of the X and Y trials") reports each of them
        return several
    if len(beside := _results_of_trials_in_title(text, title, mentions, read)) > 1:
        # "Four-year safety and efficacy results from the Phase 3 POETYK PSO-1, PSO-2 and
        # long-term extension trials ... POETYK PSO-1 (NCT03624127) and POETYK PSO-2
        # (NCT03611751) ...": the trials each printed beside an id of its own
        own_rule.update({k: own_rule.get(k, "name_with_registry_id") for k in beside})
        return beside
    if (
        pooled
        and len(with_ids := list(dict.fromkeys(key(p) for p in names_with_registry_ids(text)))) > 1
    ):
        # a pooled analysis of trials each printed with its registry id
        own_rule.update({k: own_rule.get(k, "name_with_registry_id") for k in with_ids})
        return with_ids
    if len(registered_keys) > 1 and not set(grouped) > set(registered_keys):
        # "X-1 and X-2 ClinicalTrials.gov numbers, NCT... and NCT...": two trials registered
        return registered_keys
    if len(grouped) > 1 and set(registered_keys) <= set(grouped):
        # "...; VIEW 1 and VIEW 2 Study Groups": the author line signs for sister trials
        return grouped
    if not registered_keys and (counted := _counted_reported_trials(text, title)) > 1:
        beside = _names_beside_their_ids(text, mentions, read)
        if len(beside) == counted:
            # "Two randomised trials presented back to back ...: The Swedish study, iFR
            # SWEDEHEART (NCT02166736), ...; the international DEFINE FLAIR study
            # (NCT02053083) ...": as many names printed with ids of their own as the trials
            # the page says it reports
            own_rule.update({k: "names_of_counted_trials" for k in beside})
            return beside
    if not registered_keys and not any(
        OWN_RULES.index(own_rule[k]) < OWN_RULES.index("name_with_registry_id") for k in own
    ):
        listed = _counted_names(text, title, read.shapes)
        if len(listed) > 1:
            # "The approval rests on three phase 3 trials - ION-1, ION-2 and ION-3 - which
            # together enrolled 1952 patients": as many names listed as the trials counted
            # (or as the page says it reports, after "results from")
            for k, printed in listed.items():
                accepted.setdefault(k, printed)
                own_rule[k] = "names_of_counted_trials"
            return list(listed)
    if (
        len(read.pooled_listed) > 1
        and _POOLED_TITLE_RE.search(title)
        and not _TRIAL_AND_POOLED_TITLE_RE.search(title)
    ):
        # "Pooled Patient-Level Analysis of Inclisiran Trials ...": the trials whose data
        # the text says it combines ("Individual data from ORION-9, ORION-10 and ORION-11")
        own_rule.update({k: "name_in_pooled_list" for k in read.pooled_listed})
        return list(read.pooled_listed)
    if (
        not own
        and not registered_keys
        and len(accepted) > 1
        and _POOLED_TITLE_RE.search(title)
        and not _TRIAL_AND_POOLED_TITLE_RE.search(title)
        and _pooled_count(text) == len(accepted)
    ):
        # "... with Gefapixant: A Pooled Phase 3 Efficacy Analysis of Predefined Subgroups",
        # "In the phase 3 trials COUGH-1 and COUGH-2, ... examined across both trials": a
        # pooled analysis naming as many trials as it says it pools, and no other, pools them
        own_rule.update({k: "name_in_pooled_list" for k in accepted})
        return sorted(accepted, key=lambda k: _first(mentions, k))
    if (
        len(read.pooled_listed) > 1
        and not own
        and not registered_keys
        and not _TRIAL_AND_POOLED_TITLE_RE.search(title)
        and not _quoted_analysis(text, mentions, read.pooled_listed)
        and all(
            read.cited_votes[k] >= read.own_votes[k]
            for k in accepted
            if k not in read.pooled_listed
            and not _alias_of_list(text, mention_index, read.pooled_listed, k)
        )
    ):
        # "Objective: ... a prespecified secondary analysis of GEMINI-1 and GEMINI-2": a page
        # naming no trial of its own but the ones whose data it analyses reports each of them
        own_rule.update({k: "name_in_reanalysis" for k in read.pooled_listed})
        return list(read.pooled_listed)
    in_statement = _names_with_statement_ids(text, read.shapes)
    programme = own[:1] if own and not registered_keys else []
    members = _numbered_members(programme, own_rule, read.shapes)
    if members and _extension_in_title(title, accepted[programme[0]]):
        # "The TULIP extension trial of anifrolumab in SLE: 3-year results": the page
        # reports the programme's extension, into which its numbered trials' patients went,
        # not those trials
        members = {}
    if len(members) > 1:
        # a programme the title names ("Phase 3 ASTRAL Results") is reported through the
        # numbered trials the text prints ("ASTRAL-1, -2 and -3")
        for k, printed in members.items():
            accepted.setdefault(k, printed)
            own_rule[k] = "names_listed_together"
        return list(members)
    if programme and _counted_family_in_title(title, programme[0]):
        # "Sildenafil for fetal growth restriction: three STRIDER trials, one answer", its
        # trials printed by country, not by name: the family's name is no one trial's
        own = own[1:]
    elif programme and _programme_of_registered_trials(text, title, programme[0]):
        # "Pirfenidone in ... (CAPACITY): two randomised trials ... The studies are
        # registered with ClinicalTrials.gov, numbers NCT00287729 and NCT00287716": a name
        # over as many trials as the page counts, each known by its own id, is no one
        # trial's (the page reports each trial by its id)
        return []
    if (not own or _is_programme(programme, read.listed_lists)) and not registered_keys:
        # "Novartis announced results of the Phase III FIXTURE and ERASURE studies": the
        # trials listed together are the ones reported, when every other name is cited or
        # printed less often than each of them ("... may continue in PROGRESS, an ongoing
        # rollover study"); a programme the title names ("... in two SWITCH trials") is
        # reported through its numbered trials the text lists ("SWITCH 1 and SWITCH 2")
        for listed in read.listed_lists:
            fewest = min(counts[k] for k in listed)
            others = [
                k
                for k in accepted
                if k not in listed
                and k not in programme
                and not _alias_of_list(text, mention_index, listed, k)
            ]
            if all(read.own_votes[k] > read.cited_votes[k] for k in listed) and all(
                read.cited_votes[k] >= read.own_votes[k] or counts[k] < fewest for k in others
            ):
                own_rule.update({k: "names_listed_together" for k in listed})
                return listed
    if not own and not registered_keys:
        counted = _counted_reported_trials(text, title)
        opening_count = counted or _count_opening_a_sentence(text)
        opening = _names_opening_paragraphs(text, read.shapes) if opening_count > 1 else {}
        if opening_count > 1 and len(opening) == opening_count:
            # "two randomised trials ..., published back to back\n\n1) ECLIPSE (UK, ...).
            # 286 children ...\n\n2) ConSEPT (Australia and New Zealand ...). 234
            # children": as many names opening the paragraphs that give their people or
            # results as the trials the page says it reports
            for k, printed in opening.items():
                accepted.setdefault(k, printed)
                own_rule[k] = "names_of_counted_trials"
            return list(opening)
        voted = [k for k in accepted if read.own_votes[k] > read.cited_votes[k]]
        if counted > 1 and len(voted) > counted:
            # "two Chinese trials ... In SYSUCC-001, 434 women ... The second trial, CBCSG010
            # ... 585 women ... Both results sit alongside the Japanese-Korean CREATE-X
            # trial": more names than the trials counted, the ones reported are those whose
            # paragraph gives their people or their results
            voted = [k for k in voted if _paragraph_reports_results(text, _first(mentions, k))]
        if counted < 2 and opening_count > 1:
            # a sentence opening by counting the trials it names: "Methods: Two randomised,
            # double-blind, placebo-controlled studies - the Active Ulcerative Colitis Trials
            # 1 and 2 (ACT 1 and ACT 2) - tested infliximab"
            named = _named_in_counting_sentence(text, mentions, voted)
            if len(named) == opening_count:
                own_rule.update({k: "names_of_counted_trials" for k in named})
                return named
        if counted > 1 and len(voted) == counted:
            # "today announced the publication of detailed results from two phase 3 studies
            # ... (1902 in QUEST and 210 in VENTURE)": as many names used as the page's own
            # as the trials it says it reports
            own_rule.update({k: "names_of_counted_trials" for k in voted})
            return sorted(voted, key=lambda k: _first(mentions, k))
    if len(in_statement) > 1:
        # "Trial registration: EMERGE (221AD302), NCT02484547; ENGAGE (221AD301),
        # NCT02477800": each name registered with its own id in the document's statement
        return in_statement
    if own:
        return own[:1]
    title_count = _COUNTED_TRIALS_TITLE_RE.search(title)
    reported = _counted_reported_trials(text, title)
    if title_count or reported > 1:
        # "Two trials, one answer: allopurinol does not protect the kidneys", naming one
        # trial in its text and spelling the other out, or "Two trials of vaccine V were
        # published together today" naming one: a page on several trials whose names it
        # does not all give reports the ones it names as its own, each apart (linking gives
        # the page a part per named trial and one for the trials it does not name: an
        # estimate goes to the trial its sentence names, else to none), never all of them
        # under one name; not a family's or programme's name ("three STRIDER trials")
        if _ROUNDUP_TITLE_RE.search(title) or _ROUNDUP_TITLE_RE.search(text, 0, _ROUNDUP_HEAD):
            # a meeting's day or a round-up of several questions ("AHA 2023, day one: an
            # anticoagulant for tiny AF bursts, and a placebo-controlled stent trial", "RSV
            # roundup: three phase 3 trials, ..."): news of others' trials, none its own
            return []
        voted = [
            k
            for k in accepted
            if read.own_votes[k] > read.cited_votes[k] and not _counted_family_in_title(title, k)
        ]
        if len(voted) >= max(reported, _count_of(title_count)):
            return []  # as many names as trials, or more: which ones it reports is unclear
        own_rule.update({k: "name_of_one_counted_trial" for k in voted})
        return sorted(voted, key=lambda k: _first(mentions, k))
    own = _most_used_own_name(accepted, counts, mentions, read.own_votes, read.cited_votes)
    own_rule.update({k: "most_used_name" for k in own})
    if not own:
        own = _name_of_the_results_paragraph(text, accepted, mentions, read)
        own_rule.update({k: "name_of_the_results_paragraph" for k in own})
    return own


# the title of a round-up: its word, a meeting's day or late-breaking session, or a
# meeting's name and year
_ROUNDUP_TITLE_RE = re.compile(
    r"(?i:\bround-?ups?\b|\bday\s+(?:one|two|three|four|five|[1-9])\b|\blate-breaking\b)"
    r"|\b[A-Z]{2,8}(?:\s+Congress)?\s+(?:19|20)\d\d\b"
)
# (and the page's opening, where a meeting's name and day head the news: "AHA 2023, day one")
_ROUNDUP_HEAD = 600


def _name_of_the_results_paragraph(text: str, accepted, mentions, read) -> list[str]:
    """Of a page naming two or three trials, none dominant nor presented as another: the
    one name whose paragraphs count people or give an estimate, when every other name is
    printed only in paragraphs that give neither ("The ECLS-SHOCK trial enrolled 420
    patients ... (relative risk 0.98, ...) | Professor Thiele, who a decade ago led the
    IABP-SHOCK 2 trial of the balloon pump, said ..."); else none."""
    named = [k for k in accepted if not _PROTOCOL_CODE_RE.match(k)]
    if not 2 <= len(named) <= 3:
        return []
    reporting = [
        k
        for k in named
        if any(m.key == k and _paragraph_reports_results(text, m.start) for m in mentions)
    ]
    if len(reporting) == 1 and read.own_votes[reporting[0]] > read.cited_votes[reporting[0]]:
        return reporting
    return []


# what a paragraph reporting a trial gives: its people counted ("434 women", "2,275
# participants"), or an effect estimate with its number ("hazard ratio 0.64", "HR, 0.71")
_RESULTS_IN_PARAGRAPH_RE = re.compile(
    r"\b\d[\d,]*[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?(?:patients|participants|people|persons|women"
    r"|men|children|adults|infants|neonates|newborns|girls|boys|subjects|volunteers|babies"
    r"|pregnancies|mothers|residents|pupils|students|individuals|schoolgirls|schoolchildren)\b"
    r"|\b(?:hazard|odds|risk|rate)[ \t]+ratio\b[^.\n]{0,20}?\d"
    r"|\b(?:HR|OR|RR|IRR)\b[ \t]*[,:=]?[ \t]*\d"
)
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")


# what may come before a name opening a paragraph or a list item: a number or a bullet,
# "The English study, " ("1) ECLIPSE (UK, ...)", "- KEN SHE, run by ...", "The French
# study, PRISM, ...")
# (a list item's number or bullet: "1)", "(2)", "3.", "-", "•")
_LIST_MARK = r"(?:\(?\d{1,2}[.)]|[-•*–])"
_PARAGRAPH_OPENER_RE = re.compile(
    rf"(?:[ \t]*{_LIST_MARK}[ \t]*)?(?:[ \t]*The[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
    r"(?:study|trial),[ \t]+)?[ \t]*$"
)
# what follows it: its bracket, a comma, a colon, a dash or its trial word
_AFTER_OPENING_NAME_RE = re.compile(r"[ \t]*(?:[(,:–—]|-[ \t]|(?:trial|study)\b)")


# a count of trials opening a sentence as its subject: "Two East African trials, using the
# same two vaccines, have become ..." (not other trials: "Two earlier trials ...")
_COUNT_OPENING_RE = re.compile(
    # (after a structured abstract's label too, and its adjectives between commas: "Methods:
    # Two randomised, double-blind, placebo-controlled studies - ... - tested infliximab")
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[A-Za-z]:\s))(?P<count>Two|Three|Four)[ \t]+"
    r"(?!(?:[\w-]+,?[ \t]+){0,4}?(?:further|other|additional|earlier|previous|prior|ongoing|older"
    r"|similar|recent|smaller|larger)\b)(?:[\w-]+,?[ \t]+){0,4}?(?:trials|studies)\b",
)


def _counts_trials(text: str, title: str) -> bool:
    """Does the head of the page or its title hold a count word ("two", "three", "four",
    "both", "twin") at all? (A cheap look before the patterns that read a count of trials.)"""
    head = (title + " " + text[:5000]).lower()
    return any(w in head for w in ("two", "three", "four", "both", "twin"))


def _named_in_counting_sentence(text: str, mentions, keys: list[str]) -> list[str]:
    """The ``keys`` first printed in the sentence that opens by counting trials
    (_COUNT_OPENING_RE), in text order."""
    m = _COUNT_OPENING_RE.search(text, 0, min(len(text), 3000))
    if not m:
        return []
    end = min(len(text), m.end() + 3000)  # (a sentence's end looked for within its reach)
    for stop in (". ", ".\n", "\n\n"):
        at = text.find(stop, m.end(), end)
        if at != -1:
            end = at
    firsts = {k: _first(mentions, k) for k in keys}
    return sorted((k for k, at in firsts.items() if m.start() <= at < end), key=firsts.get)


def _count_opening_a_sentence(text: str) -> int:
    """The trials a sentence in the first 3000 characters counts as its subject (0 when
    none does)."""
    m = _COUNT_OPENING_RE.search(text, 0, min(len(text), 3000))
    return COUNT_WORDS.get(m.group("count").lower(), 0) if m else 0


def _names_opening_paragraphs(text: str, shapes: list) -> dict[str, str]:
    """{key: printed} of the names opening a paragraph or a list item that counts its people
    or gives its results, in text order."""
    found: dict[str, str] = {}
    for start, end, printed, _ in shapes:
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start > 40 or not _PARAGRAPH_OPENER_RE.fullmatch(text, line_start, start):
            continue
        opens_paragraph = (
            line_start < 2
            or not text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
        )
        listed = bool(_LIST_MARK_RE.match(text, line_start))
        if (
            (opens_paragraph or listed)
            and _AFTER_OPENING_NAME_RE.match(text, end)
            and _may_be_a_name(key(printed))
            and _paragraph_reports_results(text, start)
        ):
            found.setdefault(key(printed), printed)
    return found


_LIST_MARK_RE = re.compile(rf"[ \t]*{_LIST_MARK}[ \t]")


def _paragraph_reports_results(text: str, pos: int) -> bool:
    """Whether the paragraph holding ``pos`` counts people or gives an effect estimate."""
    if pos < 0 or pos >= len(text):
        return False
    # (the paragraph's start found by walking back line by line, at most 3,000 characters:
    # a page of thousands of paragraphs stays linear)
    lo = max(0, pos - 3000)
    start = text.rfind("\n", lo, pos) + 1 or lo
    while start > lo:
        above = text.rfind("\n", lo, start - 1) + 1 or lo
        if not text[above : start - 1].strip():
            break  # a blank line above: the paragraph opens here
        start = above
    end_m = _PARAGRAPH_BREAK_RE.search(text, pos, pos + 3000)
    end = end_m.start() if end_m else min(len(text), pos + 3000)
    return bool(_RESULTS_IN_PARAGRAPH_RE.search(text, start, end))


class _MentionIndex:
    """A document's name mentions (in text order) with their starts and, per key, its own
    mentions: built once per document, read for each name."""

    def __init__(self, mentions):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.by_key: dict[str, list[Mention]] = {}
        for m in mentions:
            self.by_key.setdefault(m.key, []).append(m)


def _alias_of_list(text: str, index: _MentionIndex, listed: list[str], k: str) -> bool:
    """Is every mention of ``k`` inside a bracket that opens right after a listed name and
    holds one name for each listed one ("ACHIEVE-I and -II (studies UBR-MD-01 and
    UBR-MD-02)": the sponsor's codes of the same trials, not other trials)? (Each bracket
    is found by bisection over the mentions, so a long page stays linear.)"""
    inside = index.by_key.get(k)
    if not inside:
        return False
    mentions, starts = index.mentions, index.starts
    for m in inside:
        opening = text.rfind("(", max(0, m.start - 200), m.start)
        if opening == -1 or text.find(")", opening, m.start) != -1:
            return False
        closing = text.find(")", m.end, opening + 200)
        before = bisect_left(starts, opening) - 1
        if (
            closing == -1
            or before < 0
            or mentions[before].key not in listed
            or text[mentions[before].end : opening].strip(" \t")
            or opening - mentions[before].end > 3
        ):
            return False
        held = {
            x.key for x in mentions[bisect_left(starts, opening) : bisect_left(starts, closing)]
        }
        if len(held) != len(listed):
            return False
    return True


# a perfect tense after the names: an earlier analysis the page quotes ("A pooled analysis of
# ALPHA-1 and ALPHA-2 had suggested benefit")
_QUOTED_ANALYSIS_AFTER_RE = re.compile(
    r"[^.;\n]{0,80}?\b(?:had|has|have)[ \t]+(?:(?:also|already|previously|been)[ \t]+)?"
    r"(?:shown|suggested|found|reported|demonstrated|indicated)\b"
)


def _quoted_analysis(text: str, mentions, listed: list[str]) -> bool:
    """Does a perfect tense follow the last of the listed names (an earlier analysis)?"""
    last = max(m.end for m in mentions if m.key in listed)
    return _QUOTED_ANALYSIS_AFTER_RE.match(text, last) is not None


# a page saying how many trials it reports: "detailed results from two phase 3 studies",
# "according to two randomised trials published together today", "two phase 3 papers
# published side by side", "Two phase 3 trials ... appear in the same issue"
_COUNTED_REPORT_RE = re.compile(
    # (what is reported from them: "To report 18-month efficacy from the two phase 3
    # geographic atrophy (GA) trials of intravitreal pegcetacoplan")
    r"\b(?:results|data|findings|efficacy|safety|outcomes)[ \t]+(?:from|of|in)[ \t]+(?:the[ \t]+)?"
    r"(?P<c1>two|three|four|both)[ \t]+"
    r"(?!(?:previous|earlier|prior|other|similar|recent|published)\b)"
    r"(?:[\w-]+[ \t]+|\([\w-]{1,12}\)[ \t]+){0,5}?(?:trials|studies)\b"
    r"|\baccording[ \t]+to[ \t]+(?P<c2>two|three|four|both)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:trials|studies|papers)\b"
    r"|\b(?P<c3>two|three|four|both)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:trials|studies|papers)\b[^.\n]{0,100}?"
    r"\b(?:published|presented|reported|appear)[ \t]+(?:back[-\s]to[-\s]back|side[ \t]+by[ \t]+side|together"
    r"|simultaneously|jointly|in[ \t]+the[ \t]+same[ \t]+issue)"
    # "We pooled the per-protocol populations (n = 4,486) of two randomised trials: ..."
    r"|\b(?:(?:we|this[ \t]+(?:study|analysis))[ \t]+(?:pooled|combined)\b[^.\n]{0,80}?"
    # (or a poster's objective: "To describe outcomes in patients with involvement of special
    # areas, pooling the two identical phase 3 trials")
    r"|\b(?:pooling|combining)[ \t]+(?:(?:data|results)[ \t]+(?:from|of)[ \t]+)?(?:the[ \t]+)?)"
    r"\b(?P<c4>two|three|four|both)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:trials|studies)\b"
    # the methods of a report of sister trials: "METHODS  In two phase 3 trials, patients with
    # COPD ... were randomly assigned", "We conducted two identically designed trials" (not
    # "In two previous trials, ...")
    r"|\b(?:in|we[ \t]+(?:did|conducted|ran|performed|undertook))[ \t]+(?P<c5>two|three|four)[ \t]+"
    r"(?!(?:previous|earlier|prior|other|similar|recent|published|large|small)\b)"
    r"(?:[\w-]+[ \t]+){0,4}?(?:trials|studies)\b(?=[^.\n]{0,200}?\brandomi[sz]ed|[^.\n]{0,200}?\brandomly)"
    # what a decision rests on: "The decision draws on two phase 3 programmes", "The approval
    # was based on three randomised trials"
    r"|\b(?:based|draws?|drew|rests?|rested|relies|relied|built)[ \t]+on[ \t]+(?:the[ \t]+)?"
    r"(?P<c6>two|three|four)[ \t]+(?!(?:previous|earlier|prior|other|similar)\b)"
    r"(?:[\w-]+[ \t]+){0,3}?(?:trials|studies|programmes|programs)\b",
    re.IGNORECASE,
)


def surveys_registered_trials(text: str, title: str) -> bool:
    """Does a page print three or more trial names each beside an id of its own ("TACTICS
    (NCT01217034) ... The Dutch OVHIPEC-1 trial (NCT00426257) ... The Korean KOV-HIPEC-01
    trial (NCT01091636)") without a registration statement of its own or a title announcing
    a pooled analysis? Such a page surveys the trials (a review, a practice summary), however
    it describes their randomisation."""
    read = _names_in_text(text)
    if read.registered or _POOLED_TITLE_RE.search(title):
        return False
    mentions = _mentions_of(read.shapes, read.accepted, Counter())
    return len(_names_beside_their_ids(text, mentions, read)) >= 3 and not (
        # (not a page whose title gives results of the trials it names: "Four-year safety
        # and efficacy results from the Phase 3 POETYK PSO-1, PSO-2 and long-term extension
        # trials")
        _results_of_trials_in_title(text, title, mentions, read)
    )


def _results_of_trials_in_title(text: str, title: str, mentions: list, read) -> list[str]:
    """Keys of the sister trials printed each beside an id of its own whose results the
    title gives ("... results from the Phase 3 POETYK PSO-1, PSO-2 and long-term extension
    trials ... POETYK PSO-1 (NCT03624127) and POETYK PSO-2 (NCT03611751)"): the names of
    the title's name's stem; else [] (other trials printed with their ids are cited)."""
    results = _RESULTS_OF_TRIALS_TITLE_RE.search(title)
    if not results or not _PLURAL_TRIAL_WORD_RE.search(title, results.end()):
        return []
    stems = {key(p).split("-")[0] for _, _, p, _ in _shapes(title[results.end() :])}
    return [k for k in _names_beside_their_ids(text, mentions, read) if k.split("-")[0] in stems]


# a title giving results of named trials: "... results from the Phase 3 X-1, X-2 and ..."
_RESULTS_OF_TRIALS_TITLE_RE = re.compile(
    r"\bresults?[ \t]+(?:from|of|in)[ \t]+(?:the[ \t]+)?", re.IGNORECASE
)


def _names_beside_their_ids(text: str, mentions: list, read) -> list[str]:
    """Keys of the names each printed right before an id of its own, a different id each
    ("the international DEFINE FLAIR study (NCT02053083)"), not presented as other trials;
    in text order."""
    contexts = id_contexts(text)
    found: dict[str, str] = {}
    for m in mentions:
        i = bisect_right(contexts.starts, m.end - 1)
        if i == len(contexts.starts) or contexts.starts[i] - m.end > 60:
            continue
        rid = contexts.occurrences[i][2]
        if not _NAME_BEFORE_ID_GAP_RE.fullmatch(text, m.end, contexts.starts[i]):
            continue
        if read.cited_votes[m.key] > read.own_votes[m.key] or contexts.in_reference(m.start):
            continue
        found.setdefault(m.key, rid)
    if len(set(found.values())) < len(found):
        return []
    return list(found)


# "three phase 3 trials - ION-1, ION-2 and ION-3 -", "two randomised studies: A and B"
_COUNTED_LIST_RE = re.compile(
    r"\b(?P<count>two|three|four)[ \t]+"
    # (not other trials: "Two further studies, AMAGINE-2 and AMAGINE-3, ...")
    r"(?!(?:[\w-]+[ \t]+){0,3}?(?:further|other|additional|earlier|previous|prior|ongoing|more"
    r"|separate|similar|companion|sister|subsequent|later)\b)"
    r"(?:[\w-]+[ \t]+){0,4}?(?:trials|studies)"
    # (or a colon later in the sentence: "Two erlotinib-versus-doublet trials with
    # near-identical designs were run in Asia: CTONG-0802 (OPTIMAL; ...) and ENSURE (...)")
    r"(?:[ \t]*(?:[-–—:(]|,)|[ \t]+[^.:;\n]{1,60}?:)[ \t]*",
    re.IGNORECASE,
)
_COUNTED_LIST_JOINER_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
# what a listed name may carry before the next: its other name or description in brackets
_LISTED_BRACKET_RE = re.compile(r"[ \t]*\([^()\n]{1,120}\)")


# the results of a list of names a page counts elsewhere: "Dermavant ... reported topline
# results from PSOARING 1 and PSOARING 2, identically designed ... trials" under the title
# "... results from two pivotal Phase 3 trials ..."
_RESULTS_FROM_LIST_RE = re.compile(
    r"\b(?:results|data|findings|outcomes)[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?", re.IGNORECASE
)


def _results_from_list(text: str, shapes: list, wanted: int) -> dict[str, str]:
    """{key: printed} of the names listed right after "results from" in the first 5000
    characters, when exactly ``wanted`` (the number of trials the page says it reports)
    and the list ends there; else {}."""
    starts = [sh[0] for sh in shapes]
    for m in _RESULTS_FROM_LIST_RE.finditer(text, 0, min(len(text), 5000)):
        # (a list running past the count is not of those trials: read one more to see)
        found = _list_at(text, shapes, starts, m.end(), wanted + 1)
        if len(found) == wanted and all(_may_be_a_name(k) for k in found):
            return found
    return {}


def _list_at(text: str, shapes: list, starts: list, pos: int, wanted: int) -> dict[str, str]:
    """{key: printed} of the names listed from ``pos`` on, joined by commas or "and", up
    to ``wanted`` of them."""
    i = bisect_left(starts, pos)
    found: dict[str, str] = {}
    while i < len(shapes) and shapes[i][0] == pos and len(found) < wanted:
        start, end, printed, _ = shapes[i]
        found.setdefault(key(printed), printed)
        bracket = _LISTED_BRACKET_RE.match(text, end)
        joiner = _COUNTED_LIST_JOINER_RE.match(text, bracket.end() if bracket else end)
        if not joiner:
            break
        pos = joiner.end()
        i = bisect_left(starts, pos, i + 1)
    return found


def _counted_names(text: str, title: str, shapes: list) -> dict[str, str]:
    """The names a page lists after its count of trials, or, when it lists none there,
    after "results from" as many as the trials it says it reports ({} when neither)."""
    counted = _counted_list(text, shapes)
    if not counted:
        reported = _counted_reported_trials(text, title)
        if reported > 1:
            counted = _results_from_list(text, shapes, reported)
    return counted


def _counted_list(text: str, shapes: list) -> dict[str, str]:
    """{key: printed} of the names listed right after a count of trials in the first 5000
    characters, when as many as the count ("three phase 3 trials - ION-1, ION-2 and
    ION-3"); else {}."""
    starts = [sh[0] for sh in shapes]
    for m in _COUNTED_LIST_RE.finditer(text, 0, min(len(text), 5000)):
        wanted = COUNT_WORDS.get(m.group("count").lower(), 0)
        if wanted < 2:
            continue
        found = _list_at(text, shapes, starts, m.end(), wanted)
        if len(found) == wanted and all(_may_be_a_name(k) for k in found):
            return found
    return {}


def _counted_reported_trials(text: str, title: str) -> int:
    """How many trials the page says it reports (0 when it does not say)."""
    m = _COUNTED_REPORT_RE.search(text[:5000])
    if not m:
        # (or its title: "Two large trials, two statins, one answer: no benefit in ARDS")
        t = _COUNTED_TRIALS_TITLE_RE.search(title)
        return COUNT_WORDS.get(t.group("count").lower(), 0) if t else 0
    return COUNT_WORDS[next(c for c in m.group("c1", "c2", "c3", "c4", "c5", "c6") if c).lower()]


# a title announcing several trials: "Two trials, one answer: ...", "Two Japanese
# tirzepatide trials report in the same journal issue", "Both studies ..."
_COUNTED_TRIALS_TITLE_RE = re.compile(
    r"\b(?P<count>two|three|four|both|twin)\b[^.:;]{0,40}?\b(?:trials|studies)\b", re.IGNORECASE
)


_POOLED_TITLE_RE = re.compile(
    r"\b(?:pooled|combined|integrated)[ \t]+(?:[\w-]+[ \t]+){0,3}?analys[ie]s\b", re.IGNORECASE
)
# how many trials a pooled analysis says it pools: "across both trials", "in the two
# studies", "data of the three trials" (not "two previous trials")
_POOLED_COUNT_RE = re.compile(
    r"\b(?:across|in|from|of|for|pooling|combining)[ \t]+(?:(?=both)|the[ \t]+(?!both))(?P<count>both|two|three|four)"
    r"[ \t]+(?!(?:previous|earlier|prior|other|similar)\b)(?:[\w-]+[ \t]+){0,2}?(?:trials|studies)\b",
    re.IGNORECASE,
)


def _pooled_count(text: str) -> int:
    """The number of trials the first 5,000 characters say are pooled (0: none said)."""
    return _count_of(_POOLED_COUNT_RE.search(text, 0, min(len(text), 5000)))


# a trial's own report that adds a pooled analysis: "Treatment of ... With Dabigatran or
# Warfarin and Pooled Analysis"
_TRIAL_AND_POOLED_TITLE_RE = re.compile(
    r"\b(?:and|with|plus)[ \t]+(?:an?[ \t]+)?(?:prespecified[ \t]+)?(?:pooled|combined|integrated)\b",
    re.IGNORECASE,
)


_EXTENSION_WORDS = r"(?:(?:long[-\s]term|open[-\s]label)[-\s]+)?(?:extension|LTE|OLE)\b"


def _extension_in_title(title: str, printed: str) -> bool:
    """Does the title name the extension of the programme printed so ("TULIP extension
    trial", "TULIP long-term extension", "open-label extension of the TULIP trials")?"""
    name = re.escape(printed)
    return bool(
        re.search(rf"\b{name}[\s-]+{_EXTENSION_WORDS}", title, re.IGNORECASE)
        or re.search(
            rf"\b{_EXTENSION_WORDS}[\s-]+(?:(?:study|trial)[\s-]+)?(?:of|to)[\s-]+(?:the[\s-]+)?{name}\b",
            title,
            re.IGNORECASE,
        )
    )


# the tail numbering a programme's member: "2", "UC-52", "MM1", "INDUCTION-1"
_MEMBER_NUMBER_RE = re.compile(r"(?:[A-Z]{1,10}-?)?\d{1,3}")


def _numbered_members(programme: list[str], own_rule: dict, shapes: list) -> dict[str, str]:
    """The numbered trials ("ASTRAL-1", "ASTRAL 2"; a word before the number, "ELEVATE UC
    52" and "ELEVATE UC 12", "TOURMALINE-MM1") printed of a programme the title names
    without a number ("ASTRAL", "ELEVATE"): key -> first printed form, in text order."""
    if not programme or own_rule.get(programme[0]) not in (
        "name_in_title",
        "name_in_title_brackets",
    ):
        return {}
    if programme[0][-1:].isdigit():
        return {}
    stem = programme[0] + "-"
    members: dict[str, str] = {}
    for _, _, printed, _ in shapes:
        k = key(printed)
        if k.startswith(stem) and _MEMBER_NUMBER_RE.fullmatch(k, len(stem)):
            members.setdefault(k, printed)
    return members


def _is_programme(own: list[str], lists: list[list[str]]) -> bool:
    """The one own name is a programme whose numbered trials a list of the text names
    ("SWITCH" over "SWITCH 1 and SWITCH 2")."""
    return bool(own) and any(
        len(listed) > 1 and all(k.startswith(own[0] + "-") for k in listed) for listed in lists
    )


def _names_with_statement_ids(text: str, shapes: list) -> list[str]:
    """Keys of names each printed with a different id of the document's own registration
    statement ("Trial registration: A, NCT1; B, NCT2"), in text order."""
    contexts = id_contexts(text)
    if len(contexts.statement_ids) < 2:
        return []
    ids_of: dict[str, str] = {}
    for start, end, printed, _ in shapes:
        if _REGISTRY_ID_AFTER_RE.match(text, end):
            rid = contexts.id_after(end)
            if rid in contexts.statement_ids:
                ids_of.setdefault(key(printed), rid)
    return list(ids_of) if len(set(ids_of.values())) == len(ids_of) > 1 else []


def _most_used_own_name(accepted, counts, mentions, own_votes, cited_votes) -> list[str]:
    """Without a title, registration or registry field naming its trial: the most used
    name voted own, unless the text names several trials and none dominates."""
    ranked = sorted(
        (k for k in accepted if own_votes[k] > cited_votes[k]),
        key=lambda k: (-counts[k], _first(mentions, k)),
    )
    # a text naming many trials and registering none of them surveys them (a review),
    # unless one name dominates ("EPIC-HR" three times, "EPIC-PEP" once: a report of
    # EPIC-HR that mentions its sister trial)
    dominant = (
        len(ranked) >= 1
        and counts[ranked[0]] >= 3
        and all(counts[ranked[0]] >= 2 * counts[k] for k in accepted if k != ranked[0])
    )
    # a sponsor's protocol code ("MK-4482-002", "BI 1199.214") names the same trial as
    # the name beside it, not another trial
    named = [k for k in accepted if not _PROTOCOL_CODE_RE.match(k)]
    # one name used as the text's own, every other one only cited ("its Trailblazer-ALZ2
    # study ... Earlier data came from the phase 2 TRAILBLAZER-ALZ study")
    alone = len(ranked) == 1 and all(cited_votes[k] > own_votes[k] for k in named if k != ranked[0])
    return ranked[:1] if len(named) < SURVEY_NAMES or dominant or alone else []


_BRACKETED_NOTE_RE = re.compile(r"^[ \t]*\([^()]{1,60}\)")
_JOINER_RE = re.compile(
    r"^[ \t]*(?:,|;|/|&|and|or|vs\.?|versus)[ \t]*(?:the[ \t]+)?$|^[ \t]*,[ \t]*and[ \t]+$",
    re.IGNORECASE,
)


def joined_title_names(title: str) -> list[str]:
    """Keys of the trials a title names together ("the SCORED and SOLOIST-WHF trials")."""
    return _joined_names(title, _title_names(title, {}))


def _joined_names(title: str, found: list[tuple[str, str, str]]) -> list[str]:
    """Keys of title names joined by "and", commas or slashes: several trials reported together.
    Names only separated by spaces ("Alliance A031203 CABOSUN") are one trial's."""
    keys = []
    last_end = None
    for k, printed, _ in found:
        start = title.find(printed, last_end or 0)
        if start == -1:  # the second of a pair printed by its number ("ASCLEPIOS 1 and 2")
            if k not in keys:
                keys.append(k)
            continue
        if k in keys:
            # the list printed again ("for the UNCOVER-2 and UNCOVER-3 investigators.
            # ... psoriasis (UNCOVER-2 and UNCOVER-3): results from two ... trials")
            last_end = start + len(printed)
            continue
        if (
            last_end is not None
            and keys
            and k != keys[-1]
            # (a short description in brackets may follow a name: "TRICC (adults, 1999) and
            # TRIPICU (children, 2007)")
            and not _JOINER_RE.match(_BRACKETED_NOTE_RE.sub("", title[last_end:start]))
        ):
            return []
        if k not in keys:
            keys.append(k)
        last_end = start + len(printed)
    return keys


def _first(mentions, k) -> int:
    return next((m.start for m in mentions if m.key == k), 1 << 60)


# "HR 0.87 (0.76-0.98) in FIGARO-DKD"; not "(HR 0.88; p=0.39), and in LUX-Lung 6 it was
# ...": a conjunction opens the next clause, about the next trial.
_NAME_AFTER_ESTIMATE_RE = re.compile(
    r"(?:(?!\b(?:and|but|whereas|while|or)\b)[^.;\n]){0,40}?\b(?:in|for|from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A name further back than this is in another sentence.
_SENTENCE_REACH = 600
_SENTENCE_END_RE = re.compile(r"[.;!?]\s+(?=[A-Z(\[])|\n")


def own_mentions(mentions: tuple[Mention, ...], keys) -> tuple[list[Mention], list[int]]:
    """The mentions of the document's own trials and their starts (compute once per document)."""
    keys = set(keys)
    own = [m for m in mentions if m.key in keys]
    return own, [m.start for m in own]


def nearest_trial(mentions: tuple[Mention, ...], keys, text: str, start: int, end: int) -> str:
    """The own trial an estimate at text[start:end] belongs to (see ``nearest_own_trial``)."""
    own, starts = own_mentions(mentions, keys)
    return nearest_own_trial(own, starts, text, start, end)


def nearest_own_trial(
    own: list[Mention], starts: list[int], text: str, start: int, end: int
) -> str:
    """The own trial an estimate at text[start:end] belongs to: a name right after it
    ("HR 0.87 (0.76-0.98) in FIGARO-DKD"), else the last name before it in the same
    sentence ("In CheckMate 017, the hazard ratio was 0.62"); '' when its sentence names
    none (a pooled estimate, or a sentence the text leaves unattributed)."""
    if not own:
        return ""
    j = bisect_right(starts, end)
    if (
        j < len(own)
        and own[j].start - end <= 60
        and _NAME_AFTER_ESTIMATE_RE.match(text, end, own[j].start)
    ):
        return own[j].key
    i = bisect_right(starts, start) - 1
    if i >= 0 and start - own[i].end <= _SENTENCE_REACH:
        if not _SENTENCE_END_RE.search(text, own[i].end, start):
            return own[i].key
    return ""
