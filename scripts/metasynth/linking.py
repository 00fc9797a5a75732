"""Link documents to studies: one trial may have a registry record and several reports.

A document contributes one *claim* per trial it reports: usually one; one per named
trial when its title names several ("a pooled analysis of the X and Y trials"); one per
registry id when a trial report naming no trial (or any page whose opening counts two or
more trials) states several ids of one registry as its own ("These trials are registered
..., numbers NCT02942004 and NCT02942017", or
naming only the programme over them, "(CAPACITY): two randomised trials"); one
per numbered trial of a programme a report names by the programme in the plural ("Results of
the VIEW Studies", with VIEW 1 and VIEW 2 reported by other documents); a
claim without any key for reviews, meta-analyses and commentaries, which cite trials and
never become studies of them (but a news item, press release or answered letter that
parsing finds is about one trial claims that trial). Claims are joined by named rules, each written down as
evidence in ``03_studies.csv``:

- ``shared_registry_id``: both state the same complete registry id (not when their ids of
  another registry differ: a page printing two trials' ids joins neither to the other);
- ``same_trial_name``: both report a trial of the same name (``CheckMate 017`` =
  ``CHECKMATE-017``) and share a drug or title word (not a name two or more sister
  trials extend by their regions: "ALPINE" of "ALPINE UK" and "ALPINE NZAus");
- ``partial_registry_id``: a registry id printed truncated or with a digit missing
  (``NCT0144480``) whose possible full ids are told apart by corroboration (the same
  trial name, shared title or drug words, the same enrolment);
- ``same_author_later_report``: an update, final or long-term report by the same first
  author with the same drugs, title words and enrolment, when at most one names its trial
  or both name it in two forms (``name_variants``: "AIRWAYS-2" and "AIRWAY-2", a name and
  a sponsor's code);
- ``same_enrolment_later_report``: the same, by another first author, with three or
  more shared drug and title words (one, when the enrolment is *distinctive*: 1,000 or
  more, not a round fifty, and stated by no third study);
- ``same_author_same_enrolment``: two reports, neither of them later, by the same first
  author with the same enrolment and three or more shared drug and title words (a congress
  abstract and its paper), when at most one names its trial;
- ``same_enrolment_companion_report``: two reports, neither of them later, signed by
  different first authors within two years, with the same enrolment of 100 or more and
  five or more shared drug and title words (a trial's paper and its monograph; two, for
  a distinctive enrolment), when at most one names its trial;
- ``same_enrolment_unnamed_report``: a report naming no trial of its own (nor two or more
  of others': a page on several trials), stating no registry id and signed by nobody (a
  news item, a press release) with the enrolment of exactly one study's reports in the
  same year (up to twelve years after, when its title calls it later: "Five years on"),
  and two or more shared drug and title words (or, for an enrolment of 100 or more and
  years both reports state, one shared drug; for a distinctive enrolment and years at
  most one apart, one shared drug or title word);
- ``same_enrolment_named_report``: a report naming a trial and one naming none, at least
  one of them unsigned (a news item on VESTRI and the paper calling it "a 26-week trial of
  budesonide-formoterol"), with the same enrolment of 100 or more, years at most one apart
  (or one unknown), the same phase where both state one, and two or more shared drug and
  title words, when no other study, named or not, has that enrolment and those words;
- ``spelled_out_name``: a report naming no trial whose title spells, by the initials of
  consecutive words, the name (five letters or more) of exactly one study's trial, sharing
  two or more drug and title words with it ("... trial of transfusion requirements in
  critical care" and TRICC);
- ``registry_id_typo``: two complete ids (NCT, ISRCTN or ACTRN) one digit apart or with two neighbouring
  digits swapped, linked only when both claims also report the same trial name, or when
  one names no trial, no other report states its id, exactly one study holds an id it is
  a slip of, and a report of it naming its trial states the same enrolment within three
  years, or with the same first author where a year is not stated (a news item's
  "NCT04149553" for NCT04149535), or, the trial named nowhere and two neighbouring digits
  swapped, states the same enrolment of 100 or more that is no round fifty, sharing two
  drug or title words; never transitively;
- ``corrected_article``: a correction or retraction notice titled by the article it
  corrects, with the one report printing that title;
- ``same_title``: a report naming no trial and stating no registry id (a bibliographic
  record, an evidence database's entry) with the one study whose report prints its title
  word for word, or its first ten words or more with the rest left off;
- ``protocol_and_its_report``: a protocol or design paper and the one study's report
  whose enrolment of 100 or more it planned, up to ten years later, sharing three or more
  drug and title words, whoever signs them;
- ``name_known_elsewhere``: a report naming no trial of its own and stating no registry id
  whose title prints a name another report gives its trial (a product's name), sharing
  another drug or title word, in the same phase;
- ``investigator_named``: a report naming no trial and stating no registry id that names
  a person as the work's leader, author or presenter (``people_named``), with the one
  study whose report that person signs first, sharing a drug or title word or the
  enrolment; not when its opening counts two or more trials.
- ``similar_text``: a report naming no trial of its own and stating no registry id, joined
  to nothing by the rules before, with the one named or registered study whose report is
  written in its words (``text_words``, each weighed by how few documents use it), well
  ahead of every other study's and unnamed report's (with a study of unnamed reports only
  when both state one enrolment); not against enrolments, years or drugs that disagree. A
  page whose opening counts several trials and that names none of them is in each of the
  as many studies its words match best, clearly ahead of the next, joining none of them
  to another;
- ``named_and_registered_by_words``: a report naming its trial and stating no registry
  id and a report stating an id and naming no trial, in studies whose reports print one
  of the two only, when each is the other's best match by ``similar_text``'s words, well
  ahead both ways; not against enrolments, years or drugs that disagree;
- ``reports_of_counted_trials``: a page whose opening counts N trials and that names none
  of them nor states their ids, naming as their leaders, authors or presenters the first
  authors of two to N studies' reports (each person one study's), or stating enrolments
  that each one study's reports state, is in each of those studies, joining none of them
  to another.

A page stating complete ids of two or more registries is one trial registered twice, and
joins the reports of each id, unless those reports contradict each other (the documents
stating only one id and those stating only another give names of different trials, or,
naming no trial in common, enrolments more than a fifth apart): then it reports two trials side by side ("Nepal ...
Registered as ISRCTN 43385161. Malawi ... Registered as NCT03299426."), one claim per id,
and joins neither to the other.

Two claims stating different complete ids of one registry are never joined by the
weaker rules: registries issue ids in sequence, so neighbouring ids belong to
different trials. Every rule works on indexes (by id, by name, by id with one digit
deleted), so linking is near-linear in the number of documents.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import combinations

from . import trials
from .records import READABLE, Study
from .trials import NOT_TRIAL_REPORTS
from .wording import singular

NCT_FULL = re.compile(r"^NCT\d{8}$")
# complete ids of the registries whose numbers a typo is looked for in (ClinicalTrials.gov,
# ISRCTN, ANZCTR): one name printed beside two ids a slip apart
_TYPO_CHECKED_ID = re.compile(r"^(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14})$")
WORD = re.compile(r"[a-z][a-z0-9-]{4,}")

# Words that appear in many trial titles and say nothing about which trial it is.
GENERIC_WORDS = frozenset(
    """
    patients trial study randomized randomised phase versus advanced metastatic cancer
    carcinoma treatment therapy after before efficacy safety placebo observation results
    first-line second-line update updated analysis final clinical open-label double-blind
    multicenter multicentre with without plus alone combination control standard
    refractory evaluate tumors tumours disease survival following extended follow
    outcomes outcome primary secondary adults participants subjects people among
    compared comparison versus trials studies evaluation assess assessing effect effects
    """.split()
)

LINK_RULES = (
    "shared_registry_id",
    "same_trial_name",
    "partial_registry_id",
    "same_author_later_report",
    "same_enrolment_later_report",
    "same_author_same_enrolment",
    "same_enrolment_companion_report",
    "same_enrolment_unnamed_report",
    "same_enrolment_named_report",
    "spelled_out_name",
    "registry_id_typo",
    "protocol_and_its_report",
)


def split_ids(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def _digits(registry_id: str) -> str:
    return registry_id[3:]


def deletion_index(full_ids) -> dict[str, list[tuple[str, str]]]:
    """Every NCT id with one digit deleted -> the full ids it could stand for.

    Deleting the last digit is a truncation (an id cut short when copied);
    deleting another is a digit dropped while typing.
    """
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for full in sorted(full_ids):
        if not NCT_FULL.match(full):
            continue
        digits = _digits(full)
        seen = set()
        for i in range(len(digits)):
            variant = digits[:i] + digits[i + 1 :]
            if variant in seen:
                continue  # a repeated digit gives the same variant twice
            seen.add(variant)
            how = "truncated" if variant == digits[:-1] else "one digit missing"
            index[variant].append((full, how))
    return index


def partial_matches(partial: str, index: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """Full ids a malformed NCT id could stand for, with how it differs."""
    compact = re.sub(r"\s", "", partial.upper())
    if not compact.startswith("NCT"):
        return []
    return sorted(index.get(_digits(compact), []))


def one_digit_apart(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    return sum(x != y for x, y in zip(a, b)) == 1


def transposed(a: str, b: str) -> bool:
    """Two ids that differ by two neighbouring characters swapped ("NCT02930018" printed
    as "NCT02930081"), the other common slip of typing a number."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def ids_one_digit_apart(ids) -> list[tuple[str, str]]:
    """Pairs of same-length ids differing in exactly one character, found by
    bucketing each id under every one-character wildcard (linear, not quadratic)."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for rid in sorted(ids):
        for i in range(len(rid)):
            buckets[rid[:i] + "?" + rid[i + 1 :]].append(rid)
    pairs = set()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add((a, b))
    return sorted(pairs)


def content_words(record: dict) -> set[str]:
    text = " ".join(
        (
            record.get("title", ""),
            record.get("arms", "").replace(";", " "),
            record.get("drugs", "").replace(";", " "),
        )
    ).lower()
    return {singular(w) for w in WORD.findall(text) if w not in GENERIC_WORDS} - GENERIC_WORDS


# --------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class Claim:
    """One trial a document reports."""

    cid: str  # doc_id, or doc_id#KEY when the document reports several trials
    doc_id: str
    names: frozenset  # trial-name keys
    printed: tuple  # trial names as printed
    ids: frozenset  # complete registry ids attributed to this trial
    partial: tuple  # ids printed truncated or mistyped
    words: frozenset  # distinctive title, arm and drug words
    n_enrolled: str
    linkable: bool  # False for reviews and meta-analyses
    notes: tuple = ()
    phase: str = ""
    author: str = ""  # first author's surname, lower case
    later_report: bool = False  # the title says it updates or completes an earlier report
    title: str = ""
    drugs: frozenset = frozenset()  # drug names of the title and abstract
    year: str = ""
    names_others: bool = False  # names two or more trials, none its own (a page on several)
    cited: frozenset = frozenset()  # keys of the trials it names as others
    # surnames (lower case) of the people it names as the work's lead, author or presenter
    people: frozenset = frozenset()
    counted: int = 0  # how many trials its opening says it is about (0: it does not count)
    enrolments: frozenset = frozenset()  # the enrolments a page on several trials states
    compared: frozenset = frozenset()  # its drugs that its arms or its title name
    text: str = ""  # the content words of its page, space-joined (text_words)
    cites_ids: int = 0  # how many registry ids it prints as other trials'
    registry: bool = False  # a registry record (its year is its registration's)


def _person_keys(name: str) -> list[str]:
    """The surnames a person's printed name may have, lower case: its last word (with its
    particles), and for a name of two words, its first too ("Liu Baoyan": Chinese names are
    often printed family name first)."""
    keys = [surname(name).lower()]
    words = name.split()
    if len(words) == 2 and not any(len(w.rstrip(".")) == 1 for w in words):
        keys.append(words[0].lower())
    return [k for k in keys if k]


def _attributed_ids(record: dict) -> dict[str, list[str]]:
    """``registry_ids_by_trial`` ("KEY=NCT...;KEY2=NCT...") as key -> ids."""
    out: dict[str, list[str]] = defaultdict(list)
    for pair in split_ids(record.get("registry_ids_by_trial", "")):
        name, _, rid = pair.partition("=")
        if rid:
            out[name].append(rid)
    return out


def _one_per_registry(rids: list[str]) -> list[str]:
    """The ids printed beside one trial name, or none when two are of one registry: a name
    two trials share ("WATERFALL (NCT04381169) ... another WATERFALL (NCT04442490)"), or a
    list the text does not pair with its names."""
    return rids if len(rids) == len({trials.registry_of(r) for r in rids}) else []


def claims_of(record: dict) -> list[Claim]:
    """The claims of one readable document."""
    doc_id = record["doc_id"]
    words = frozenset(content_words(record))
    n = record.get("n_enrolled", "") or ""
    if record.get("design") in NOT_TRIAL_REPORTS and not (
        record.get("design") == "commentary" and record.get("trial_names")
    ):
        # (a news item, press release or letters answered by a trial's authors that is
        # about one trial reports it: parsing names it)
        note = "a review or meta-analysis: never a study of the trials it cites"
        return [
            Claim(doc_id, doc_id, frozenset(), (), frozenset(), (), words, n, False, notes=(note,))
        ]
    printed = split_ids(record.get("trial_names", "")) or split_ids(record.get("acronym", ""))
    if printed and "name_of_one_counted_trial" in split_ids(record.get("trial_name_rules", "")):
        # a page on more trials than it names ("Two trials, one answer: ... The Australian
        # and New Zealand CKD-FIX trial ... The second study, Preventing Early Renal Loss in
        # Diabetes, ..."): a part per named trial, and the page as a report naming none for
        # the trials it does not name, linked as such a report is (an estimate goes to the
        # trial its sentence names, else to none, with its reason)
        unnamed = dict(record, trial_names="", acronym="", trial_name_rules="")
        rest = [
            replace(
                c,
                notes=c.notes
                + (f"{doc_id} reports more trials than it names: {', '.join(printed)} and others",),
            )
            for c in claims_of(unnamed)
        ]
        return _claims_per_trial(record, printed, words) + rest
    if len(printed) > 1:
        return _claims_per_trial(record, printed, words)
    if not printed and (
        record.get("design") in ("rct", "pooled_analysis")
        # (or any page whose opening counts two or more trials: a poster's "integrated
        # analysis of three trials", a news item on two, with their ids)
        or int(record.get("trials_counted") or 0) > 1
    ):
        several = _several_of_one_registry(split_ids(record.get("registry_ids", "")))
        if several:
            return _claims_per_registered_id(record, several, words)
    kept, notes = _own_registry_ids(record, printed)
    enrolments = record.get("enrolments_stated", "")
    names = frozenset(
        k
        for p in printed
        for k in (trials.key(p), trials.programme_member(p), trials.compact_key(p))
        if k
    )
    return [
        Claim(
            doc_id,
            doc_id,
            names,
            tuple(printed),
            frozenset(kept),
            tuple(split_ids(record.get("registry_ids_partial", ""))),
            words,
            n,
            True,
            notes=tuple(notes),
            phase=record.get("phase", "") or "",
            author=surname(record.get("first_author", "") or "").lower(),
            later_report=bool(LATER_REPORT_RE.search(record.get("title", "") or "")),
            title=record.get("title", "") or "",
            drugs=frozenset(split_ids(record.get("drugs", ""))),
            year=str(record.get("year", "") or ""),
            names_others=not printed and len(split_ids(record.get("trial_names_cited", ""))) > 1,
            cited=frozenset(trials.key(n) for n in split_ids(record.get("trial_names_cited", ""))),
            people=frozenset(
                k for p in split_ids(record.get("people_named", "")) for k in _person_keys(p)
            ),
            counted=int(record.get("trials_counted") or 0),
            enrolments=frozenset(split_ids(enrolments)) if enrolments else frozenset(),
            compared=_compared_drugs(record),
            text=record.get("text_words", "") or "",
            cites_ids=len(split_ids(record.get("registry_ids_cited", ""))),
            registry=record.get("source_type") == "registry_record",
        )
    ]


def _compared_drugs(record: dict) -> frozenset:
    """The drugs of a document that its arms or its title name (the regimens it compares,
    not the treatments its patients had before: "everolimus" of RECORD-1, not the
    "sunitinib or sorafenib" its patients' cancer had progressed on)."""
    named = f"{record.get('arms', '')} {record.get('title', '')}".lower()
    return frozenset(d for d in split_ids(record.get("drugs", "")) if d in named)


def _claims_per_trial(record: dict, printed: list[str], words: frozenset) -> list[Claim]:
    """A document printing several trial names reports each of them: one claim per name,
    holding the registry ids printed beside that name."""
    doc_id = record["doc_id"]
    by_trial = {k: _one_per_registry(rids) for k, rids in _attributed_ids(record).items()}
    claims = []
    for name in printed:
        k = trials.key(name)
        claims.append(
            Claim(
                f"{doc_id}#{k}",
                doc_id,
                frozenset(
                    filter(None, (k, trials.programme_member(name), trials.compact_key(name)))
                ),
                (name,),
                frozenset(by_trial.get(k, ())),
                (),
                words,
                "",
                True,
                notes=(f"{doc_id} reports several trials ({', '.join(printed)}); this is {name}",),
            )
        )
    return claims


def _several_of_one_registry(ids: list[str]) -> list[str]:
    """The ids of the one registry of which ``ids`` hold two or more, else []."""
    per_registry: dict[str, list[str]] = defaultdict(list)
    for rid in ids:
        per_registry[trials.registry_of(rid)].append(rid)
    several = [group for group in per_registry.values() if len(group) > 1]
    return sorted(several[0]) if len(several) == 1 else []


def _claims_per_registered_id(record: dict, ids: list[str], words: frozenset) -> list[Claim]:
    """A trial report naming no trial that states two or more ids of one registry as its
    own ("These trials are registered with ClinicalTrials.gov, numbers NCT02942004 (study
    1) and NCT02942017 (study 2)") reports each of those trials: a registry gives one trial
    one number. One claim per id, with no enrolment (the page's count is of all of them)."""
    doc_id = record["doc_id"]
    return [
        Claim(
            f"{doc_id}#{rid}",
            doc_id,
            frozenset(),
            (),
            frozenset({rid}),
            (),
            words,
            "",
            True,
            notes=(
                f"{doc_id} names no trial and states several ids of one registry "
                f"({', '.join(ids)}): it reports each; this is {rid}",
            ),
            year=str(record.get("year", "") or ""),
        )
        for rid in ids
    ]


def _own_registry_ids(record: dict, printed: list[str]) -> tuple[set[str], list[str]]:
    """The registry ids a document links by, with notes: where it states several ids of
    one registry, only those printed beside its own trial name are kept."""
    doc_id = record["doc_id"]
    ids = split_ids(record.get("registry_ids", ""))
    notes = []
    per_registry: dict[str, list[str]] = defaultdict(list)
    for rid in ids:
        per_registry[trials.registry_of(rid)].append(rid)
    kept = set(ids)
    for reg, group in per_registry.items():
        if len(group) > 1:
            attributed = _one_per_registry(
                _attributed_ids(record).get(trials.key(printed[0]), []) if printed else []
            )
            kept -= set(group) - set(attributed)
            notes.append(
                f"{doc_id} states several {reg} ids ({', '.join(sorted(group))}); "
                + (
                    f"kept {', '.join(attributed)}, printed beside {printed[0]}"
                    if attributed
                    else "none is used to link, since the text does not say which is its own"
                )
            )
    return kept, notes


# --------------------------------------------------------------------------- components


@dataclass
class _Component:
    ids: dict = field(default_factory=lambda: defaultdict(set))  # registry -> ids
    names: set = field(default_factory=set)
    typo_linked: bool = False


class _Components:
    """Union-find over claims that keeps, per component, its registry ids and trial
    names, so a link that would join two different trials is refused in O(1)."""

    def __init__(self, claims: list[Claim]):
        self.parent = {c.cid: c.cid for c in claims}
        self.state = {}
        for c in claims:
            comp = _Component()
            for rid in c.ids:
                comp.ids[trials.registry_of(rid)].add(rid)
            comp.names.update(c.names)
            self.state[c.cid] = comp

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def conflict(self, a: str, b: str, allow_typo: bool = False, names: bool = True) -> str:
        """Why the components of a and b are different trials, or '' (``names``: their
        trial names count, besides their registry ids)."""
        ca, cb = self.state[self.find(a)], self.state[self.find(b)]
        for reg in set(ca.ids) & set(cb.ids):
            if not (ca.ids[reg] & cb.ids[reg]):
                if (
                    allow_typo
                    and len(ca.ids[reg]) == len(cb.ids[reg]) == 1
                    and not (ca.typo_linked or cb.typo_linked)
                ):
                    continue
                return (
                    f"different {reg} ids ({', '.join(sorted(ca.ids[reg]))} vs "
                    f"{', '.join(sorted(cb.ids[reg]))})"
                )
        if names and ca.names and cb.names and not (ca.names & cb.names):
            return f"different trial names ({', '.join(sorted(ca.names))} vs {', '.join(sorted(cb.names))})"
        return ""

    def union(self, a: str, b: str, typo: bool = False) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        root, child = sorted((ra, rb))  # smallest id as root: independent of input order
        big, small = self.state[root], self.state.pop(child)
        for reg, ids in small.ids.items():
            big.ids[reg] |= ids
        big.names |= small.names
        big.typo_linked = big.typo_linked or small.typo_linked or typo
        self.parent[child] = root


def _corroboration(a: Claim, b: Claim) -> tuple[int, str]:
    """How strongly two claims agree apart from their ids: (score, what they share)."""
    if a.names & b.names:
        return 3, f"both report the {sorted(a.names & b.names)[0]} trial"
    shared = sorted(a.words & b.words)
    same_n = bool(a.n_enrolled) and a.n_enrolled == b.n_enrolled
    same_phase = bool(a.phase) and a.phase == b.phase
    if not shared:
        return 0, ""
    what = (
        f"both name {', '.join(shared[:3])}"
        + (f", enrol {a.n_enrolled}" if same_n else "")
        + (f", phase {a.phase}" if same_n and same_phase else "")
    )
    if same_n and same_phase and len(shared) >= 2:
        return 2.0, what
    return (1.0 if len(shared) >= 2 or same_n else 0.5), what


# --------------------------------------------------------------------------- rules


def _link_shared_ids(claims, comps, link, refused):
    holders: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for rid in sorted(c.ids):
            holders[rid].append(c)
    for rid, group in sorted(holders.items()):
        for other in group[1:]:
            # (their names may differ: a registry record names the trial by its sponsor's
            # code, "MK-3475-024", the paper by its acronym)
            conflict = comps.conflict(group[0].cid, other.cid, names=False)
            if conflict:
                # one shared id, but another registry's ids differ: a page printing the ids
                # of two trials ("the English study (ISRCTN94465371) and the French-Canadian
                # study (NCT01473472)") joins neither to the other
                refused.append((group[0], other, f"both state {rid}, but {conflict}"))
                continue
            link(
                group[0],
                other,
                "shared_registry_id",
                f"{group[0].doc_id} and {other.doc_id} both state {rid}",
            )
    return holders


def _link_same_names(claims, comps, link, refused):
    by_name: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for k in sorted(c.names):
            by_name[k].append(c)
    for k, group in sorted(by_name.items()):
        # two reports of the name sharing no drug or title word, one of them naming drugs,
        # are two trials of one acronym ("CLASSIC" of septic-shock fluids and of
        # gastric-cancer chemotherapy): a third report sharing words with each joins
        # neither to the other (a press release's few words, no drug on either side, do
        # not part two reports)
        shared_words = {
            (a.cid, b.cid): sorted((a.words & b.words) - {k.lower()})
            for i, a in enumerate(group)
            for b in group[i + 1 :]
        }
        apart = {
            frozenset((a.cid, b.cid))
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if not shared_words[a.cid, b.cid] and (a.drugs or b.drugs)
        }
        # the pairs sharing most words first: a report tied to two trials of the name
        # joins the one it shares more with, whatever the order of the documents
        pairs = sorted(
            ((a, b) for i, a in enumerate(group) for b in group[i + 1 :]),
            key=lambda ab: (-len(shared_words[ab[0].cid, ab[1].cid]), ab[0].cid, ab[1].cid),
        )
        wordless = []
        for a, b in pairs:
            if comps.find(a.cid) == comps.find(b.cid):
                continue
            why = comps.conflict(a.cid, b.cid)
            shared = shared_words[a.cid, b.cid]
            unlike = _unlike_members(group, comps, a, b, apart) if shared else None
            if why:
                refused.append((a, b, f"same trial name {k} but {why}"))
            elif unlike:
                refused.append(
                    (
                        a,
                        b,
                        f"same trial name {k} but {unlike[0].doc_id} and {unlike[1].doc_id}, "
                        "which it would join, share no drug or title word",
                    )
                )
            elif shared:
                link(
                    a,
                    b,
                    "same_trial_name",
                    f"{a.doc_id} and {b.doc_id} both report the {a.printed[0] if a.printed else k} trial "
                    f"and name {', '.join(shared[:3])}",
                )
            else:
                wordless.append((a, b))
        _link_wordless_pairs(k, group, wordless, apart, comps, link, refused)


def _told_apart(a: Claim, b: Claim) -> str:
    """What two reports of one trial name state that differs: drugs, enrolment or phase."""
    if a.drugs and b.drugs and not a.drugs & b.drugs:
        return f"they name different drugs ({', '.join(sorted(a.drugs))} vs {', '.join(sorted(b.drugs))})"
    if a.n_enrolled and b.n_enrolled and a.n_enrolled != b.n_enrolled:
        return "they enrol {} and {}".format(*sorted((a.n_enrolled, b.n_enrolled)))
    if a.phase and b.phase and a.phase != b.phase:
        return "they are phase {} and phase {}".format(*sorted((a.phase, b.phase)))
    return ""


def _link_wordless_pairs(k, group, wordless, apart, comps, link, refused) -> None:
    """Two reports of one trial name sharing no drug or title word (a news item titled
    "UK iron trial narrowly misses" and the IRONMAN paper): the name links them when it
    belongs to two studies only in the whole corpus and nothing they state tells them
    apart (different drugs, enrolment or phase). A drug named on one side only parts them
    unless both state the same enrolment. A name held by a third study is ambiguous, unless
    both state the same enrolment of 50 or more."""
    for a, b in wordless:
        if comps.find(a.cid) == comps.find(b.cid):
            continue
        base = f"same trial name {k} but no drug or title word in common"
        why = comps.conflict(a.cid, b.cid)
        studies = {comps.find(c.cid) for c in group}
        differ = _told_apart(a, b)
        same_n = bool(a.n_enrolled) and a.n_enrolled == b.n_enrolled
        unlike = None if same_n else _unlike_members(group, comps, a, b, apart)
        if why or differ:
            refused.append((a, b, f"{base}, and {why or differ}"))
        elif len(studies) > 2 and not (same_n and _enrolment_of_people(a.n_enrolled)):
            # (unless both state one enrolment of 50 or more: "TEXT ME" of a JAMA record, of a
            # bibliographic export and of a seminar listing, each with 710 patients)
            refused.append((a, b, f"{base}, and {len(studies)} studies print that name"))
        elif unlike:
            names_drug = f"only one of {unlike[0].doc_id} and {unlike[1].doc_id} names a drug"
            refused.append((a, b, f"{base}, and {names_drug}"))
        else:
            enrol = f" and both enrol {a.n_enrolled}" if same_n else ""
            link(
                a,
                b,
                "same_trial_name",
                f"{a.doc_id} and {b.doc_id} both report the {a.printed[0] if a.printed else k} trial"
                f"{enrol}; no other study prints the name and neither states a drug, enrolment "
                "or phase that tells them apart",
            )


def _enrolled(n: str) -> int:
    """An enrolment as printed, as a number ("1,440" is 1440; 0 when it is no count)."""
    n = n.replace(",", "")
    return int(n) if n.isdigit() else 0


def _unrounded_enrolment(n: str) -> bool:
    """An enrolment of 100 or more that is no round fifty (758, not 700 or 750)."""
    return _enrolled(n) >= 100 and _enrolled(n) % 50 != 0


def _enrolment_of_people(n: str) -> bool:
    """An enrolment of 50 or more: a count that two reports of different trials seldom share."""
    return _enrolled(n) >= 50


def _unlike_members(group, comps, a, b, apart):
    """A pair of reports of the name, one in a's study and one in b's, that share no drug or
    title word, or None."""
    root_a, root_b = comps.find(a.cid), comps.find(b.cid)
    in_a = [c for c in group if comps.find(c.cid) == root_a]
    in_b = [c for c in group if comps.find(c.cid) == root_b]
    for x in in_a:
        for y in in_b:
            if frozenset((x.cid, y.cid)) in apart:
                return x, y
    return None


def _link_partial_ids(claims, comps, holders, link, refused):
    index = deletion_index(holders)
    for c in claims:
        for partial in c.partial:
            candidates = [
                (full, how) for full, how in partial_matches(partial, index) if full not in c.ids
            ]
            scored = []
            for full, how in candidates:
                best = max((_corroboration(c, h) + (h,) for h in holders[full]), key=lambda t: t[0])
                # an id cut short is the usual copying error; a digit dropped inside is rarer
                bonus = 0.25 if how == "truncated" else 0.0
                scored.append((best[0] + bonus, full, how, best[1], best[2]))
            scored.sort(key=lambda t: (-t[0], t[1]))
            if not scored:
                continue
            top = scored[0]
            # one possible id: two shared words suffice; among several (registries issue
            # ids in sequence), only the trial name or the same enrolment tells them apart
            needed = 1.0 if len(scored) == 1 else 2.25
            if top[0] < needed:
                refused.append(
                    (
                        c,
                        top[4],
                        f"{partial} could stand for {', '.join(f for _, f, *_ in scored)}, "
                        "but nothing else in the documents agrees strongly enough",
                    )
                )
                continue
            if len(scored) > 1 and scored[1][0] == top[0]:
                refused.append(
                    (
                        c,
                        top[4],
                        f"{partial} could stand for {top[1]} or {scored[1][1]}, "
                        "equally corroborated",
                    )
                )
                continue
            score, full, how, what, other = top
            if score < 3 and c.author and other.author and c.author != other.author:
                # two author lines led by different people, tied only by words and counts:
                # a neighbouring trial of the same drugs, as often as a later report
                refused.append(
                    (
                        c,
                        other,
                        f"{partial} ({how}) could stand for {full}, but no trial name confirms "
                        f"it and the first authors differ ({c.author.title()}, {other.author.title()})",
                    )
                )
                continue
            why = comps.conflict(c.cid, other.cid)
            if why:
                refused.append((c, other, f"{partial} ({how}) matches {full} but {why}"))
                continue
            alternatives = len(scored) - 1
            link(
                c,
                other,
                "partial_registry_id",
                f"{c.doc_id} prints {partial} ({how}), which matches {full} stated in {other.doc_id}; {what}"
                + (
                    f" ({alternatives} other possible id{'s' if alternatives > 1 else ''} less corroborated)"
                    if alternatives
                    else ""
                ),
            )


def _link_same_partial_ids(claims, comps, link, refused):
    """Two reports printing the same malformed id (both cut short the same way) are one
    trial when they also agree on enrolment, phase and title or drug words."""
    by_partial: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for partial in c.partial:
            by_partial[re.sub(r"\s", "", partial.upper())].append(c)
    for partial, group in sorted(by_partial.items()):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if comps.find(a.cid) == comps.find(b.cid):
                    continue
                score, what = _corroboration(a, b)
                why = comps.conflict(a.cid, b.cid)
                if score >= 2 and not why:
                    link(
                        a,
                        b,
                        "partial_registry_id",
                        f"{a.doc_id} and {b.doc_id} both print {partial}; {what}",
                    )


LATER_REPORT_RE = re.compile(
    r"\b(?:updated?|final|long[- ]term|extended|follow[- ]up|overall survival|five-year|\d+-year|mature"
    # a headline's "Five years on, ...", "ten years later", "after 20 years"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[ -]years?"
    r"[ ,]+(?:on|later)|after[ ](?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)"
    r"[ ]years)\b",
    re.IGNORECASE,
)


def _partial_ids_agree(a: Claim, b: Claim) -> bool:
    """A malformed id in one claim must fit the other's ids: the same malformed id, or one
    of its complete ids with a digit cut or dropped."""
    for x, y in ((a, b), (b, a)):
        for partial in x.partial:
            compact = re.sub(r"\s", "", partial.upper())
            if y.partial and compact not in {re.sub(r"\s", "", p.upper()) for p in y.partial}:
                return False
            if y.ids and not partial_matches(compact, deletion_index(y.ids)):
                return False
    return True


# a sponsor's or product's code ("R668-AD-1224", "MK-3222-010", "COMP001", "BBV152"): four
# digits in a row, or a letter right before two or more digits
_CODE_SHAPE_RE = re.compile(r"\d{4,}|[A-Z]\d{2,}")


def _letters_one_apart(a: str, b: str) -> bool:
    """Two strings the same but for one letter typed in, left out or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def name_variants(a_names, b_names) -> bool:
    """Are two reports' different names one trial's? Only where the same first author signs
    both reports of the same enrolment (``_link_same_author_reports``): a letter typed in or
    left out with the same numbers ("AIRWAYS-2" and "AIRWAY-2"; not "SOLO-1" and "SOLO-2"),
    or a name beside a sponsor's code ("LIBERTY AD CHRONOS" and "R668-AD-1224"; not two
    codes, "IMBRAVE150" and "IMBRAVE050")."""
    for x in a_names:
        for y in b_names:
            letters_x, letters_y = re.sub(r"[^A-Z]", "", x), re.sub(r"[^A-Z]", "", y)
            digits_x, digits_y = re.sub(r"\D", "", x), re.sub(r"\D", "", y)
            if (
                digits_x == digits_y
                and min(len(letters_x), len(letters_y)) >= 4
                and _letters_one_apart(letters_x, letters_y)
            ):
                return True
            if bool(_CODE_SHAPE_RE.search(x)) != bool(_CODE_SHAPE_RE.search(y)):
                return True
    return False


def _link_follow_ups_registered_apart(claims, comps, link, refused):
    """A trial's long-term follow-up registered under an id of its own (SYNTAXES, the ten-year
    survival study of SYNTAX, under NCT03417050; ROOBY-FS): two reports of one trial name
    (an extension's name read as the trial it extends) whose complete ids of one registry
    differ, when both state the same enrolment of 100 or more and the later one was
    published two or more years after the other. Their ids are then both the study's. Not
    when anything else tells them apart (drugs named on both sides with none in common, or a
    phase)."""
    by_name: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.names and c.ids and c.n_enrolled.isdigit() and int(c.n_enrolled) >= 100:
            for k in sorted(c.names):
                by_name[k].append(c)
    for k, group in sorted(by_name.items()):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if comps.find(a.cid) == comps.find(b.cid) or a.n_enrolled != b.n_enrolled:
                    continue
                if not _ids_differ_only(a, b, comps):
                    continue
                early, late = sorted((a, b), key=lambda c: (c.year or "9999", c.cid))
                if not (
                    early.year.isdigit()
                    and late.year.isdigit()
                    and int(late.year) - int(early.year) >= 2
                ):
                    continue
                differ = _told_apart(a, b)
                if differ:
                    refused.append((a, b, f"same trial name {k} and enrolment but {differ}"))
                    continue
                link(
                    early,
                    late,
                    "follow_up_registered_apart",
                    f"{early.doc_id} and {late.doc_id} both report the "
                    f"{early.printed[0] if early.printed else k} trial and its {a.n_enrolled} "
                    f"patients, {late.doc_id} {int(late.year) - int(early.year)} years later "
                    f"under an id of its own ({', '.join(sorted(late.ids - early.ids))})",
                )


def _ids_differ_only(a: Claim, b: Claim, comps) -> bool:
    """Do the studies of two claims differ by their ids of a registry both use, and by
    nothing else (their trial names agree)?"""
    why = comps.conflict(a.cid, b.cid)
    return why.startswith("different ") and not why.startswith("different trial names")


def _link_same_author_reports(claims, comps, link, refused):
    """A later report (update, final or long-term analysis) of the same trial as an earlier
    one, when at most one of them names the trial: the same enrolment, and the same drugs
    and title words, and either the same first author ("Sunitinib versus interferon alfa",
    Motzer 2007, 750 patients, and "Overall survival and updated results for sunitinib
    compared with interferon alfa", Motzer 2009, the same 750 patients) or, where the
    author line changed (a final analysis led by a co-investigator), three or more shared
    drug and title words. A prolific author runs several trials of the same drugs, so
    without the same enrolment nothing is linked; two reports naming different trials, or
    stating different complete ids, never are."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.n_enrolled and len(c.printed) <= 1:
            groups[c.n_enrolled].append(c)
    for n, group in sorted(groups.items()):
        if len(group) > 50:
            continue  # a count so common it identifies nothing
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if comps.find(a.cid) == comps.find(b.cid):
                    continue
                # an enrolment of 1,000 or more, not a round fifty, that these two reports
                # alone state: two trials seldom count the same participants, so fewer
                # shared words tell (a follow-up titled by the vaccine's name alone)
                rare = _distinctive_enrolment(n) and {comps.find(c.cid) for c in group} == {
                    comps.find(a.cid),
                    comps.find(b.cid),
                }
                same_author = bool(a.author) and a.author == b.author
                variants = (
                    same_author and bool(a.names and b.names) and name_variants(a.names, b.names)
                )
                if a.names and b.names and not variants:
                    continue  # both named: the trial-name rule decides
                spelled = _spelled_name(a, b) or _spelled_name(b, a)
                shared = sorted(a.words & b.words)
                companion = False
                if not (a.later_report or b.later_report or spelled):
                    # two reports of one enrolment are the same trial's when one is later,
                    # or when one spells out the other's name (a congress page titled
                    # "Left Atrial Appendage Occlusion Study III" and the LAAOS III paper),
                    # or when the same first author signs both and they share three or
                    # more drug and title words (a congress abstract and its paper), or,
                    # signed by different first authors within two years, an enrolment of
                    # 100 or more and five or more shared words (a trial's paper and its
                    # monograph: "Effect of reduced exposure to vasopressors on 90-day
                    # mortality in older critically ill patients with vasodilatory
                    # hypotension" and "Reduced exposure to vasopressors through permissive
                    # hypotension to reduce mortality in critically ill people aged 65")
                    companion = (
                        not same_author
                        and bool(a.author and b.author)
                        and len(shared) >= (2 if rare else 5)
                        and _enrolled(n) >= 100
                        and a.year.isdigit()
                        and b.year.isdigit()
                        and abs(int(a.year) - int(b.year)) <= 2
                    )
                    if not (same_author and len(shared) >= (2 if rare else 3)) and not companion:
                        continue
                if spelled and shared:
                    shared = [f"'{spelled}' spelled out in the title"] + shared
                if len(shared) < (1 if rare else 2 if same_author else 3):
                    continue
                if comps.conflict(a.cid, b.cid, names=not variants) or not _partial_ids_agree(a, b):
                    continue
                if a.phase and b.phase and a.phase != b.phase and not spelled:
                    continue  # (a phase read from a mention of an earlier trial is common)
                if companion:
                    rule, why = (
                        "same_enrolment_companion_report",
                        f"{a.doc_id} ({a.author.title()}, {a.year}) and {b.doc_id} "
                        f"({b.author.title()}, {b.year}) report the same {n} patients and share "
                        f"{len(shared)} drug and title words: {', '.join(shared[:5])}",
                    )
                else:
                    rule, why = _later_report_evidence(a, b, n, shared, same_author, spelled)
                if rare and len(shared) < (2 if same_author else 3):
                    why += f"; no other study states {n} patients"
                if variants:
                    why += (
                        f"; {'/'.join(sorted(a.names))} and {'/'.join(sorted(b.names))} are "
                        "one trial's names (a letter typed in or left out, or a sponsor's code)"
                    )
                link(a, b, rule, why)


def _link_unnamed_same_enrolment(claims, comps, link, refused):
    """A report that names no trial, states no registry id and is signed by nobody (a news
    item, a press release, a society's summary: "investigators enrolled 518 patients ...")
    belongs to the one
    trial whose reports state the same enrolment within three years of it and share two or
    more of its distinctive words ("antibiotics", "course"). Where reports of two trials state that
    enrolment and share words with it, it stays apart: the enrolment then identifies
    nothing."""
    by_n: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.n_enrolled:
            by_n[c.n_enrolled.replace(",", "")].append(c)
    for n, group in sorted(by_n.items()):
        if len(group) < 2 or len(group) > 50 or not n.isdigit() or int(n) < 20:
            continue  # a count so small or so common that it identifies nothing
        for a in group:
            if a.names or a.ids or a.partial or a.author:
                continue  # (a signed report is decided by the later-report rules)
            if a.names_others:
                continue  # a page on trials it names but reports none alone ("Two trials, ...")
            matches = [
                b
                for b in group
                if b.cid != a.cid
                and (_years_close(a.year, b.year) or _years_later(a, b))
                and (
                    len(a.words & b.words) >= 2
                    # a news headline shares fewer words ("Shorter TB treatment with
                    # moxifloxacin falls short"): an enrolment of 100 or more, a drug both
                    # give and a year both state are as rare
                    or (
                        int(n) >= 100
                        and a.drugs & b.drugs
                        and a.year.isdigit()
                        and b.year.isdigit()
                    )
                    # ... as is an enrolment of 1,000 or more, not a round fifty, in the
                    # same year or the next, with a word both give ("Hold the drip: sick
                    # children recover faster ..." and the paper on 1440 children)
                    or (
                        _distinctive_enrolment(n)
                        and (a.words & b.words or a.drugs & b.drugs)
                        and _same_year_or_next(a.year, b.year)
                    )
                )
                and comps.find(b.cid) != comps.find(a.cid)
            ]
            b = _the_one_study(
                a, matches, comps, refused, f"{n} patients are the enrolment of {{n}} other studies"
            )
            if b is None:
                continue
            if comps.conflict(a.cid, b.cid) or not _partial_ids_agree(a, b):
                continue
            link(
                a,
                b,
                "same_enrolment_unnamed_report",
                f"{a.doc_id} names no trial and reports the {n} patients of {b.doc_id}"
                + _years_and_shared(a, b),
            )


# a protocol's or design paper's title: "... a study protocol for a randomised controlled
# trial", "Rationale and design of ...", "... design and rationale", "Statistical analysis
# plan for ..."
_PROTOCOL_TITLE_RE = re.compile(
    r"\bprotocol\b|\brationale\s+and\s+design\b|\bdesign\s+and\s+rationale\b"
    r"|\bstatistical\s+analysis\s+plan\b",
    re.IGNORECASE,
)


def _link_protocols_to_reports(claims, comps, link, refused):
    """A trial's protocol and its report: the protocol plans the enrolment of 100 or more the
    report states, published up to ten years before it, and they share three or more drug and
    title words ("Acupuncture for chronic, stable angina pectoris ...: study protocol", 2014,
    404 patients, and "Acupuncture as adjunctive therapy for chronic stable angina", 2019,
    404 patients), whoever signs them (a protocol's first author seldom leads the report),
    when no other study's report has that enrolment and those words. Never across different
    complete ids or trial names, nor different phases."""
    by_n = _claims_by_enrolment(claims)
    for n, group in sorted(by_n.items()):
        if len(group) > 50:
            continue  # (a count so common that it identifies nothing)
        for a in group:
            if not _PROTOCOL_TITLE_RE.search(a.title) or not a.year.isdigit():
                continue
            matches = [
                b
                for b in group
                if not _PROTOCOL_TITLE_RE.search(b.title)
                and b.year.isdigit()
                and 0 <= int(b.year) - int(a.year) <= 10
                and len(_protocol_words(a, b)) >= 3
                and not (a.names and b.names)
                and not (a.phase and b.phase and a.phase != b.phase)
                and comps.find(b.cid) != comps.find(a.cid)
            ]
            b = _the_one_study(
                a,
                matches,
                comps,
                refused,
                f"{n} patients are the enrolment of {{n}} reported studies",
            )
            if b is None or comps.conflict(a.cid, b.cid) or not _partial_ids_agree(a, b):
                continue
            shared = sorted(_protocol_words(a, b))
            link(
                a,
                b,
                "protocol_and_its_report",
                f"{a.doc_id} is the protocol ({a.year}) of the {n} patients {b.doc_id} reports "
                f"({b.year}), with the same {', '.join(shared[:4])}",
            )


def _protocol_words(protocol: Claim, report: Claim) -> set[str]:
    """The drug and title words a protocol and a report share, the protocol's own word aside."""
    return ((protocol.words & report.words) | (protocol.drugs & report.drugs)) - {"protocol"}


def _years_and_shared(a: Claim, b: Claim) -> str:
    """The tail of an enrolment link's evidence: both years, where stated, and the drug and
    title words the two reports share (" (2015, 2015), with the same moxifloxacin")."""
    shared = sorted((a.words & b.words) | (a.drugs & b.drugs))
    return (f" ({a.year}, {b.year})" if a.year and b.year else "") + (
        f", with the same {', '.join(shared[:4])}"
    )


def _the_one_study(a: Claim, matches: list, comps, refused: list, why: str):
    """The claim (smallest cid) of the one study among ``matches``, else None, recording
    ``why`` (its ``{n}`` the number of studies) when they are of several ("518 patients are
    the enrolment of 2 other studies")."""
    roots = {comps.find(b.cid) for b in matches}
    if len(roots) != 1:
        if len(roots) > 1:
            refused.append((a, matches[0], why.format(n=len(roots))))
        return None
    return min(matches, key=lambda c: c.cid)


def _claims_by_enrolment(claims) -> dict[str, list[Claim]]:
    """Claims by their enrolment of 100 or more, those naming at most one trial and not a
    page on several (the groups the enrolment rules of two reports compare)."""
    by_n: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        n = c.n_enrolled.replace(",", "")
        if n.isdigit() and int(n) >= 100 and len(c.printed) <= 1 and not c.names_others:
            by_n[n].append(c)
    return by_n


def _link_named_and_unnamed_same_enrolment(claims, comps, link, refused):
    """A report that names a trial and one that names none (the paper that calls VESTRI
    "a 26-week trial of budesonide-formoterol", and the news item on VESTRI) are one trial's
    when at least one of them is unsigned (a news item, a release, a summary: two signed
    reports are decided by the later-report rules, which ask for more), they state the same
    enrolment of 100 or more, within a year of each other (or one year unknown), in the same
    phase where both state one, and share two or more drugs or distinctive title words, and
    that enrolment and those words point one way only: no other study with a trial name,
    and no other study naming none, has them too. Never across different complete ids or
    trial names (the trial-name rule decides those)."""
    by_n = _claims_by_enrolment(claims)

    def alike(a: Claim, b: Claim) -> bool:
        return (
            not (a.author and b.author)
            and not (a.phase and b.phase and a.phase != b.phase)
            and len((a.words & b.words) | (a.drugs & b.drugs)) >= 2
            and (not (a.year.isdigit() and b.year.isdigit()) or abs(int(a.year) - int(b.year)) <= 1)
        )

    for n, group in sorted(by_n.items()):
        if len(group) > 50 or not any(c.names for c in group):
            continue  # (a count so common that it identifies nothing)
        for a in group:
            if a.names:
                continue
            matches = [
                b
                for b in group
                if b.names and alike(a, b) and comps.find(b.cid) != comps.find(a.cid)
            ]
            b = _the_one_study(
                a, matches, comps, refused, f"{n} patients are the enrolment of {{n}} named studies"
            )
            if b is None:
                continue
            rivals = [
                c
                for c in group
                if not c.names
                and comps.find(c.cid) not in (comps.find(a.cid), comps.find(b.cid))
                and alike(c, b)
            ]
            if rivals:
                refused.append(
                    (
                        a,
                        b,
                        f"{rivals[0].doc_id} names no trial either and states the same {n} patients",
                    )
                )
                continue
            if comps.conflict(a.cid, b.cid) or not _partial_ids_agree(a, b):
                continue
            link(
                a,
                b,
                "same_enrolment_named_report",
                f"{b.doc_id} names {'/'.join(sorted(b.printed)) or '/'.join(sorted(b.names))} and "
                f"{a.doc_id} names no trial; both report {n} patients" + _years_and_shared(a, b),
            )


def _link_spelled_out_names(claims, comps, link, refused):
    """A report that names no trial but whose title spells a trial's name by the initials
    of consecutive words ("A multicenter, randomized, controlled clinical trial of
    transfusion requirements in critical care" spells TRICC) belongs to that trial when it
    shares two or more drug or title words with the trial's reports. Names of five letters
    or more only (shorter ones are spelled by chance), and only when one study's name is
    spelled; never against another registry id. Names are indexed by their first two
    letters, so each title is checked against a handful of them."""
    by_name: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for k in c.names:
            by_name[k].append(c)
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in by_name:
        stem = re.sub(r"-\d+$", "", k)
        letters = [ch for ch in stem if ch.isalpha()]
        if len(letters) >= 5 and not any(ch.isdigit() for ch in stem):
            index[(letters[0], letters[1])].append(k)
    if not index:
        return
    for b in claims:
        if b.names or not b.title or "#" in b.cid or not b.linkable:
            continue
        initials = [w[0].upper() for w in _TITLE_WORD_RE.findall(b.title)]
        candidates = {
            k
            for i, first in enumerate(initials)
            for second in initials[i + 1 : i + 4]
            for k in index.get((first, second), ())
        }
        matches = [
            (k, a)
            for k in sorted(candidates)
            if spells(k, b.title)
            for a in by_name[k]
            if len(a.words & b.words) >= 2 and comps.find(a.cid) != comps.find(b.cid)
        ]
        roots = {comps.find(a.cid) for _, a in matches}
        if len(roots) != 1:
            if len(roots) > 1:
                refused.append(
                    (b, matches[0][1], f"its title spells the names of {len(roots)} studies")
                )
            continue
        k, a = min(matches, key=lambda m: m[1].cid)
        why = comps.conflict(b.cid, a.cid)
        if why:
            refused.append((b, a, f"its title spells {k} but {why}"))
            continue
        shared = sorted(a.words & b.words)
        link(
            b,
            a,
            "spelled_out_name",
            f"the title of {b.doc_id} spells out {k}, the trial of {a.doc_id}, and both name "
            f"{', '.join(shared[:3])}",
        )


def _distinctive_enrolment(n: str) -> bool:
    """An enrolment of 1,000 or more that is not a round fifty: a count of people, not a
    target ("1440 critically ill children", "16,235 participants"; not "3000 patients" nor
    "1050"), which two trials seldom share."""
    return _enrolled(n) >= 1000 and _enrolled(n) % 50 != 0


def _years_close(a: str, b: str) -> bool:
    """Two reports' years within three of each other, or one of them unknown."""
    return not (a.isdigit() and b.isdigit()) or abs(int(a) - int(b)) <= 3


def _same_year_or_next(a: str, b: str) -> bool:
    """Two reports' years both known and at most one apart."""
    return a.isdigit() and b.isdigit() and abs(int(a) - int(b)) <= 1


def _years_later(later: Claim, earlier: Claim) -> bool:
    """A report its title calls later ("Five years on, ...") published up to twelve years
    after the other (a long-term follow-up's news)."""
    return (
        later.later_report
        and later.year.isdigit()
        and earlier.year.isdigit()
        and 0 <= int(later.year) - int(earlier.year) <= 12
    )


def _later_report_evidence(a, b, n, shared, same_author: bool, spelled: str) -> tuple[str, str]:
    """(rule, evidence) of a link between two reports of one enrolment: one spells out the
    other's trial name, or one is a later report, by the same first author or not."""
    later, earlier = (a, b) if a.later_report else (b, a)
    if not (a.later_report or b.later_report or spelled):
        return (
            "same_author_same_enrolment",
            f"{a.doc_id} and {b.doc_id} have the same first author ({a.author.title()}) and "
            f"the same {n} patients, with the same {', '.join(shared[:4])}",
        )
    if not (a.later_report or b.later_report):
        named, spelt_in = (a, b) if a.names else (b, a)
        return (
            "same_author_later_report" if same_author else "same_enrolment_later_report",
            f"{spelt_in.doc_id} spells out the {spelled} trial of {named.doc_id} in its "
            f"title: {n} patients"
            + (f", the same first author ({a.author.title()})" if same_author else "")
            + f", {', '.join(shared[1:4])}",
        )
    if same_author:
        return (
            "same_author_later_report",
            f"{later.doc_id} reports later results by the same first author "
            f"({a.author.title()}) as {earlier.doc_id}: {n} patients, {', '.join(shared[:3])}",
        )
    return (
        "same_enrolment_later_report",
        f"{later.doc_id} reports later results of the {n} patients of {earlier.doc_id}, "
        f"with the same {', '.join(shared[:4])}",
    )


_TITLE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")


def spells(acronym: str, text: str) -> bool:
    """Do consecutive words of ``text`` spell ``acronym`` by their initials, a few words
    skipped ("Treatment Approaches in Renal Cancer Global Evaluation Trial" spells
    TARGET)? Names of four letters or more only: shorter ones are spelled by chance."""
    parts = acronym.upper().split("-")
    number = parts[-1] if len(parts) > 1 and parts[-1].isdigit() else ""
    stem = "-".join(parts[:-1]) if number else acronym
    letters = [c for c in stem.upper() if c.isalpha()]
    if len(letters) < 4 or any(c.isdigit() for c in stem):
        return False
    words = _TITLE_WORD_RE.findall(text)
    initials = [w[0].upper() for w in words]
    for i, first in enumerate(initials):
        if first != letters[0]:
            continue
        k, j = 1, i + 1
        while j < len(initials) and k < len(letters) and j - i <= len(letters) + 2:
            if initials[j] == letters[k]:
                k += 1
            j += 1
        if k == len(letters) and j - i <= len(letters) + 2:
            # a numbered name ("LAAOS-3"): its number follows the spelled words, in
            # figures or Roman numerals ("Left Atrial Appendage Occlusion Study III")
            if not number or _NUMBER_AFTER(text, words[j - 1], number):
                return True
    return False


_ROMAN_NUMBERS = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI"}


def _NUMBER_AFTER(text: str, last_word: str, number: str) -> bool:
    """Does ``number`` (or its Roman numeral) follow ``last_word`` in ``text``?"""
    forms = [number] + ([_ROMAN_NUMBERS[number]] if number in _ROMAN_NUMBERS else [])
    return bool(
        re.search(
            re.escape(last_word) + r"[\s-]+(?:" + "|".join(forms) + r")\b",
            text,
        )
    )


def _spelled_name(named: Claim, other: Claim) -> str:
    """The trial name of ``named`` spelled out in the title of ``other``, which names none."""
    if other.names or not named.names:
        return ""
    return next((p for p in named.printed if spells(trials.key(p), other.title)), "")


def _link_typo_ids(claims, comps, holders, link, refused):
    """Complete ids one digit apart, within the claims reporting one trial name only
    (neighbouring ids of unnamed trials are the usual case, not a typo)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for k in c.names:
            by_name[k] |= {rid for rid in c.ids if _TYPO_CHECKED_ID.match(rid)}
    for k, ids in sorted(by_name.items()):
        if len(ids) < 2:
            continue
        pairs = ids_one_digit_apart(ids)
        if len(ids) <= MAX_IDS_PER_NAME:  # a name's few ids: neighbouring digits swapped too
            pairs += [(a, b) for a, b in combinations(sorted(ids), 2) if transposed(a, b)]
        for a_id, b_id in pairs:
            slip = (
                "two neighbouring digits swapped" if transposed(a_id, b_id) else "one digit apart"
            )
            for a in holders[a_id]:
                for b in holders[b_id]:
                    if (
                        k not in a.names
                        or k not in b.names
                        or comps.find(a.cid) == comps.find(b.cid)
                    ):
                        continue
                    why = comps.conflict(a.cid, b.cid, allow_typo=True)
                    if why:
                        refused.append((a, b, f"{a_id} and {b_id} are {slip} but {why}"))
                        continue
                    link(
                        a,
                        b,
                        "registry_id_typo",
                        f"{a.doc_id} states {a_id} and {b.doc_id} states {b_id}, {slip} "
                        f"(possible typo), and both report the {k} trial",
                        typo=True,
                    )


def _slips_of(rid: str, holders) -> list[str]:
    """The ids held by some claim that ``rid`` could be a slip of: one digit changed, or two
    neighbouring digits swapped (at most 79 look-ups, not a scan of every id)."""
    head = len(rid) - len(rid.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    out = []
    for i in range(head, len(rid)):
        for d in "0123456789":
            other = rid[:i] + d + rid[i + 1 :]
            if d != rid[i] and other in holders:
                out.append(other)
        if i + 1 < len(rid) and rid[i] != rid[i + 1]:
            other = rid[:i] + rid[i + 1] + rid[i] + rid[i + 2 :]
            if other in holders:
                out.append(other)
    return sorted(set(out))


def _link_unnamed_typo_ids(claims, comps, holders, link, refused):
    """A report naming no trial whose one complete id no other report states, but which is a
    slip of the id of exactly one other study (one digit changed, or two neighbouring
    digits swapped: a news item's "NCT04149553" for NCT04149535), a report naming its
    trial and stating the same enrolment, both dated within three years (or signed by the
    same first author where a year is not stated). Neighbouring ids
    are the usual case for sister trials, so the enrolment must agree, the other report
    must name its trial (or, where no report names it and two neighbouring digits are
    swapped, which no registry's numbering does, the enrolment be of 100 or more and no
    round fifty, with two drug or title words shared and years that do not disagree) and
    only one study may hold such an id."""
    for a in claims:
        if a.names or len(a.ids) != 1 or not a.n_enrolled.isdigit() or int(a.n_enrolled) < 20:
            continue
        (rid,) = a.ids
        if not _TYPO_CHECKED_ID.match(rid) or len(holders.get(rid, ())) > 1:
            continue  # (an id another report states: the shared-id rule decided)
        slips = _slips_of(rid, holders)
        near = [
            b for other in slips for b in holders[other] if comps.find(b.cid) != comps.find(a.cid)
        ]
        roots = {comps.find(b.cid) for b in near}
        if len(roots) != 1:
            continue
        same = [
            b
            for b in near
            if b.n_enrolled == a.n_enrolled
            and (
                b.names
                and (
                    (a.year.isdigit() and b.year.isdigit() and _years_close(a.year, b.year))
                    # (or signed by the same first author, a report's year left unstated: a
                    # post-hoc paper's "NCT00428984" for the NCT00428948 of the trial's report)
                    or (
                        a.author
                        and a.author == b.author
                        and not (a.year.isdigit() and b.year.isdigit())
                    )
                )
                # (or, the trial named nowhere and two neighbouring digits swapped, a slip no
                # registry's numbering makes, an enrolment of 100 or more that is no round
                # fifty and two drug or title words shared, in years that do not disagree: a
                # news item's "ISRCTN37666261" for the ISRCTN37666216 of a report of 758
                # patients with rifampicin in bacteraemia)
                or (
                    any(transposed(rid, other) for other in b.ids)
                    and _unrounded_enrolment(a.n_enrolled)
                    and len(a.words & b.words) >= 2
                    and not (
                        a.year.isdigit() and b.year.isdigit() and not _years_close(a.year, b.year)
                    )
                )
            )
        ]
        if not same:
            continue
        b = min(same, key=lambda c: c.cid)
        b_id = min(b.ids & set(slips))
        why = comps.conflict(a.cid, b.cid, allow_typo=True)
        slip = "two neighbouring digits swapped" if transposed(rid, b_id) else "one digit apart"
        if why:
            refused.append((a, b, f"{rid} and {b_id} are {slip} but {why}"))
            continue
        signed = (
            f" and first author {a.author.title()}" if a.author and a.author == b.author else ""
        )
        link(
            a,
            b,
            "registry_id_typo",
            f"{a.doc_id} names no trial and states {rid}, {slip} from {b_id} of {b.doc_id} "
            f"(possible typo), with the same {a.n_enrolled} patients{signed}",
            typo=True,
        )


# A trial name belongs to one trial: a name stated beside this many different NCT ids
# is a sponsor, group or common word, and is not used to link.
MAX_IDS_PER_NAME = 4


# The last part of a trial name that makes it the follow-up of the trial it extends
EXTENSION_SUFFIXES = frozenset({"EXTEND", "EXTENSION", "LTE", "OLE", "FU", "FS", "FOLLOWUP"})


# a notice that corrects or retracts an article prints its title after its label
_NOTICE_PREFIX_RE = re.compile(
    r"^\s*(?:correction|erratum|corrigendum|retraction|notice\s+of\s+(?:retraction|correction))"
    r"(?:\s+(?:to|for|of))?\s*:\s*",
    re.IGNORECASE,
)
_TITLE_WORDS_RE = re.compile(r"[a-z0-9]+")
# a title this long is one article's, not a registry's generic wording
_MIN_TITLE_WORDS = 6


def _link_investigator_named(claims, comps, link, refused):
    """A report naming no trial of its own (nor several of others') and stating no
    registry id, whole or cut short (a news item, a press release, a congress report, an
    evidence summary), that names a person as the work's leader, author or presenter
    ("led by Josef Dankiewicz of Lund University", "said principal investigator Anil
    D'Cruz", "Verschuur and colleagues", "Reference: Badwe R, Hawaldar R, ..."), with the
    one study whose report that person signs first, when they share a drug or title word
    or the enrolment. Not when the reports that person signs first, sharing such words, are
    of two or more studies (one investigator leads several trials of one field), nor when
    the page is already joined to one of them (never to a second), nor when the people it
    names point to different studies, nor when its opening counts two or more
    trials ("Two studies of pre-exposure prophylaxis ...": a page on several), nor against
    a registry id or trial name it would contradict."""
    by_author: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.author:
            by_author[c.author].append(c)
    for a in claims:
        if not a.people or not _names_nothing(a) or a.counted > 1:
            continue  # (a page counting two or more trials is about several)
        matches = [
            b
            for person in sorted(a.people)
            for b in by_author.get(person, ())
            if b.doc_id != a.doc_id
            and (a.words & b.words or (a.n_enrolled and a.n_enrolled == b.n_enrolled))
        ]
        if any(comps.find(b.cid) == comps.find(a.cid) for b in matches):
            continue  # already joined to a study the person signs: never to a second one
        b = _the_one_study(
            a, matches, comps, refused, "the people it names sign reports of {n} studies"
        )
        if b is None:
            continue
        why = comps.conflict(a.cid, b.cid)
        if why:
            refused.append((a, b, f"it names {b.author.title()}, but {why}"))
            continue
        shared = sorted(a.words & b.words)
        link(
            a,
            b,
            "investigator_named",
            f"{a.doc_id} names no trial and states no registry id; it names "
            f"{b.author.title()} as the work's lead, author or presenter, first author of "
            f"{b.doc_id}, the one study signed so"
            + (
                f", sharing {', '.join(shared[:5])}"
                if shared
                else f", with {b.n_enrolled} patients"
            ),
        )


def _link_unnamed_same_regimen(claims, comps, link, refused):
    """A report that names no trial, states no registry id and is joined to nothing yet (a
    news item or a plain-language summary signed by nobody, an abstract whose trial has no
    name: "Doxycycline may be a safer first option ...: doxycycline ... prednisolone"),
    with the one study whose reports give two or more of its drugs and were published the
    same year or the next, when the arms or the title of one of the two name them (the
    regimens compared, not the treatments patients had before). Not when reports of two or
    more studies give them (one regimen tested twice), when both state enrolments more than
    a fifth apart, when the page counts two or more trials, nor against a registry id or
    trial name it would contradict."""
    sizes = Counter(comps.find(c.cid) for c in claims)
    by_drug: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.year.isdigit():
            for d in c.drugs:
                by_drug[d].append(c)
    for a in claims:
        if (
            len(a.drugs) < 2
            or not a.year.isdigit()
            or not _names_nothing(a)
            or a.counted > 1
            or sizes[comps.find(a.cid)] > 1
        ):
            continue
        shared = Counter(b.cid for d in a.drugs for b in by_drug.get(d, ()))
        # (each report once, however many of the drugs it gives)
        matches = list(
            dict.fromkeys(
                b
                for d in sorted(a.drugs)
                for b in by_drug.get(d, ())
                if shared[b.cid] >= 2
                and b.doc_id != a.doc_id
                and _same_year_or_next(a.year, b.year)
                and not _enrolments_apart(a.n_enrolled, b.n_enrolled)
            )
        )
        if any(comps.find(b.cid) == comps.find(a.cid) for b in matches):
            continue  # (joined by this rule already, from the other side)
        b = _the_one_study(
            a, matches, comps, refused, "reports of {n} studies give two or more of its drugs"
        )
        if b is None:
            continue
        compared = [c for c in matches if len(a.drugs & c.drugs & (a.compared | c.compared)) >= 2]
        if not compared:
            # (drugs its patients had before, "after sunitinib or sorafenib", not the regimens
            # compared)
            refused.append((a, b, "the drugs it shares with it are not the ones compared"))
            continue
        b = min(compared, key=lambda c: c.cid)
        why = comps.conflict(a.cid, b.cid)
        if why:
            refused.append((a, b, f"it gives the drugs of {b.doc_id}, but {why}"))
            continue
        link(
            a,
            b,
            "unnamed_same_regimen",
            f"{a.doc_id} names no trial and states no registry id; it and {b.doc_id}, the one "
            f"study giving two or more of its drugs, give {', '.join(sorted(a.drugs & b.drugs))} "
            f"({a.year}, {b.year})",
        )


def _link_unnamed_same_words(claims, comps, link, refused):
    """A report that names no trial and states no registry id, joined to nothing by the
    rules before (a congress abstract, a secondary paper, a news item), with the one study
    whose named or registered reports share four or more of its drug and title words, two
    more than any other study's do, one of those reports published the same year or the
    next and signed by the page's first author, if it has one ("Elective versus
    therapeutic neck dissection in clinically node-negative early oral cancer" and the
    paper on that trial). Not when the page counts two or more trials, when enrolments both
    stated are more than a fifth apart, nor against a trial name it would contradict; a page
    joins no other page that names nothing (two news items on one drug's two trials share
    their words)."""
    sizes = Counter(comps.find(c.cid) for c in claims)
    by_word: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.names or c.ids:
            for w in c.words:
                by_word[w].append(c)
    for a in claims:
        if (
            len(a.words) < _SAME_WORDS
            or not a.year.isdigit()
            or not _names_nothing(a)
            or a.counted > 1
            or sizes[comps.find(a.cid)] > 1
        ):
            continue
        holders: dict[str, set[Claim]] = defaultdict(set)
        score: Counter = Counter()
        for w in sorted(a.words):
            roots = set()
            for b in by_word.get(w, ()):
                r = comps.find(b.cid)
                roots.add(r)
                holders[r].add(b)
            for r in roots:
                score[r] += 1
        ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < _SAME_WORDS:
            continue
        best, n = ranked[0]
        if len(ranked) > 1 and ranked[1][1] > n - 2:
            refused.append(
                (
                    a,
                    min(holders[best], key=lambda c: c.cid),
                    f"it shares {n} drug and title words with one study and {ranked[1][1]} with another",
                )
            )
            continue
        near = sorted(
            (
                b
                for b in holders[best]
                if _same_year_or_next(a.year, b.year)
                and not _enrolments_apart(a.n_enrolled, b.n_enrolled)
                # (a page signed by another first author: the companion-report rule,
                # which wants the enrolment besides, decides)
                and (not a.author or a.author == b.author)
            ),
            key=lambda c: c.cid,
        )
        if not near:
            continue
        b = near[0]
        why = comps.conflict(a.cid, b.cid)
        if why:
            refused.append((a, b, f"it shares {n} drug and title words with {b.doc_id}, but {why}"))
            continue
        shared = sorted(a.words & set().union(*(c.words for c in holders[best])))
        link(
            a,
            b,
            "unnamed_same_words",
            f"{a.doc_id} names no trial and states no registry id; it shares {n} drug and "
            f"title words with the study of {b.doc_id} ({', '.join(shared[:6])}), two more "
            f"than with any other, published within a year ({a.year}, {b.year})",
        )


# drug and title words an unnamed page must share with a study to join it by its words
_SAME_WORDS = 4


# similar_text: the least score, and how far ahead of the next study's the best must be
_SIMILAR_TEXT = 0.2
_SIMILAR_TEXT_LEAD = 1.5
# and how many weighed words the page must share with that study's closest report
_SIMILAR_TEXT_WORDS = 3
# a word that more than fifty documents use tells few trials apart: left out of the
# comparison, so comparing a page costs at most its words times fifty, however many
# documents there are (linking stays linear in their number)
_COMMON_WORD_DOCUMENTS = 50


def _word_weights(records) -> dict[str, float]:
    """Each word of the documents' ``text_words`` used by two to fifty of them, not by all,
    weighed by its inverse document frequency: ln(documents / documents using it)."""
    df: Counter = Counter()
    n = 0
    for record in records:
        words = (record.get("text_words", "") or "").split()
        if words:
            n += 1
            df.update(set(words))
    return {w: math.log(n / k) for w, k in df.items() if 1 < k <= _COMMON_WORD_DOCUMENTS and k < n}


def _text_vector(c: Claim, weights: dict) -> tuple[dict, float]:
    vector = {w: weights[w] for w in c.text.split() if w in weights}
    return vector, math.sqrt(sum(x * x for x in vector.values()))


def _link_similar_text(claims, comps, link, refused, word_weights, several):
    """A report that names no trial and states no registry id, whole or cut short, joined
    to nothing by the rules before or only to such reports (a news item, a plain-language
    summary, a secondary paper whose trial has no name; the reports of one such study join
    one study at most, when all that match a study match the same), with the one study
    whose named or registered reports are written in its words: the cosine of the two
    pages' words, each weighed by its inverse document frequency, 0.2 or more against the
    closest report of that study (three or more words shared) and at least one and a half
    times the best against any other study's or unnamed report's ("Tai chi eases fibromyalgia symptoms ... at Tufts
    Medical Center ... stretching and wellness education" and the trial's registry
    record). Not when the page counts two or more trials, names two or more or prints
    other trials' registry ids (a round-up, a practice summary); when both state
    enrolments more than a fifth apart (two trials of one field); when their years are
    more than two apart and no enrolment agrees (a registry record's year is its
    registration's: a report may come any number of years after it); when both give
    drugs and share none; nor against a trial name or registry id it would contradict. A
    page joins a study of one page that names nothing (a paper and its news item, neither
    naming the trial) only when both state one enrolment of 50 or more; a study of two or
    more such pages, which a rule has joined, is as a named one. Every page is
    compared with the studies as the rules before left them, so the order of pages
    decides nothing.

    A page whose opening counts N trials (2 or more) and that names none of them, nor
    states their ids ("Two trials, one answer: ..."), reports the N studies whose reports
    its words match best, when each matches 0.2 or more (three words shared, years that
    fit) and the N-th is one and a half times ahead of the next study or unnamed report:
    it joins each of them (``several``: page claim id -> (the claims of those studies, the
    evidence)) without joining them to each other, and its estimates go to the trial
    their sentence names, or to none."""
    # (a page alone, or in a study whose every report names nothing and states no id: a
    # paper and the news item the rules before joined to it by their enrolment)
    unnamed_study: dict[str, bool] = {}
    for c in claims:
        root = comps.find(c.cid)
        unnamed_study[root] = unnamed_study.get(root, True) and _names_nothing(c) and not c.ids
    pages = [
        a
        for a in claims
        if a.text
        # (naming nothing: no name of its own, nor two or more of others')
        and _names_nothing(a)
        # (not a round-up printing other trials' ids; one, an earlier study's or a reference's
        # beside a plain-language summary, is no survey)
        and a.cites_ids < 2
        and unnamed_study[comps.find(a.cid)]
    ]
    if not pages:
        return  # (nothing to weigh: the words of a corpus of named reports are never read)
    weights = word_weights()

    ranked, named, members = _word_ranking(claims, comps, weights)

    def shared_words(a: Claim, b: Claim) -> list[str]:
        return _shared_text_words(a, b, weights)

    decided = []
    for a in pages:
        if a.counted > 1:
            continue
        top = ranked(a, 2)
        if not top or top[0][0] < _SIMILAR_TEXT:
            continue
        score, b, root = top[0]
        if (
            root not in named
            and not _same_enrolment_stated(a, members[root])
            and len(members[root]) < 2
        ):
            continue
        runner_up = top[1][0] if len(top) > 1 else 0.0
        if score < _SIMILAR_TEXT_LEAD * runner_up:
            refused.append(
                (
                    a,
                    b,
                    f"its words match two studies too closely to choose ({score:.2f} and "
                    f"{runner_up:.2f}; the first must be {_SIMILAR_TEXT_LEAD:g} times the second)",
                )
            )
            continue
        why = _similar_text_apart(a, members[root])
        if why:
            refused.append((a, b, f"its words match those of {b.doc_id} ({score:.2f}), but {why}"))
            continue
        shared = shared_words(a, b)
        if len(shared) < _SIMILAR_TEXT_WORDS:
            continue
        decided.append((a, b, score, runner_up, shared))
    # the reports of one study of pages naming nothing join one study at most: the best
    # matched, when every report that matches one matches the same (else none: two studies
    # are never joined through it)
    by_study: dict[str, list] = defaultdict(list)
    for d in decided:
        by_study[comps.find(d[0].cid)].append(d)
    decided = []
    for found in by_study.values():
        if len({comps.find(b.cid) for _, b, _, _, _ in found}) > 1:
            for a, b, _, _, _ in found:
                refused.append(
                    (a, b, "its study's reports match different studies; none is joined")
                )
            continue
        decided.append(max(found, key=lambda d: (d[2], d[0].cid)))
    for a, b, score, runner_up, shared in decided:
        why = comps.conflict(a.cid, b.cid)
        if why:
            refused.append((a, b, f"its words match those of {b.doc_id}, but {why}"))
            continue
        link(
            a,
            b,
            "similar_text",
            f"{a.doc_id} names no trial and states no registry id; its words match those of "
            f"{b.doc_id} ({score:.2f}; the next study {runner_up:.2f}), sharing "
            f"{', '.join(shared[:8])}",
        )
    on_several = [a for a in pages if a.counted > 1]
    if on_several:
        # (compared with the studies the pages above have joined)
        ranked, named, _ = _word_ranking(claims, comps, weights)
        for a in on_several:
            _several_trials_by_words(a, ranked, shared_words, named, several, refused)


def _word_ranking(claims, comps, weights):
    """The studies as they stand, indexed by their reports' words: (a function giving
    the n studies or unnamed reports a page's words match best, the named ones, the
    reports of each)."""
    members: dict[str, list[Claim]] = defaultdict(list)  # the reports of each study
    for c in claims:
        if "#" not in c.cid and not (c.names_others or c.cites_ids or c.counted > 1):
            members[comps.find(c.cid)].append(c)
    # (a study is joined only when it has a named or registered report; every other
    # report, a page naming nothing among them, is a rival: a sister trial's unnamed
    # paper)
    named = {root for root, held in members.items() if any(c.names or c.ids for c in held)}
    postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
    norms: dict[str, float] = {}
    root_of: dict[str, str] = {}
    by_cid: dict[str, Claim] = {}
    for root, held in sorted(members.items()):
        for b in held:
            vector, norms[b.cid] = _text_vector(b, weights)
            root_of[b.cid], by_cid[b.cid] = root, b
            for w, x in vector.items():
                postings[w].append((b.cid, x))

    def ranked(a: Claim, n: int) -> list[tuple[float, Claim, str]]:
        """The n studies (or unnamed reports) whose closest report a's words match
        best: (score, that report, study root), best first, ties to the smaller
        report id."""
        vector, norm = _text_vector(a, weights)
        if not norm:
            return []
        dots: dict[str, float] = defaultdict(float)
        for w, x in vector.items():
            for cid, y in postings.get(w, ()):
                dots[cid] += x * y
        best: dict[str, tuple[float, str]] = {}  # study root -> (-score, closest report)
        own = root_of.get(a.cid)
        for cid, dot in dots.items():
            root = root_of[cid]
            if root != own:
                key = (-dot / (norm * norms[cid]), cid)
                if root not in best or key < best[root]:
                    best[root] = key
        top = heapq.nsmallest(n, ((key, root) for root, key in best.items()))
        return [(-neg, by_cid[cid], root) for (neg, cid), root in top]

    return ranked, named, members


def _shared_text_words(a: Claim, b: Claim, weights: dict) -> list[str]:
    """The weighed words two reports' pages share, the rarest first."""
    return sorted(
        set(a.text.split()) & set(b.text.split()) & weights.keys(),
        key=lambda w: (-weights[w], w),
    )


def _link_named_to_registered_by_words(claims, comps, link, refused, word_weights):
    """A report naming its trial and stating no registry id (a trials unit's page, a
    congress abstract, a news item: "the CAAM trial") and a report stating a registry id
    and naming no trial (a journal abstract that never prints the acronym: NCT02327026),
    each in a study whose reports state no id, respectively name no trial, so that neither
    can contradict the other, are one trial when each is the other's best match by words:
    the weighed cosine of ``similar_text``, 0.2 or more, one and a half times ahead of the
    next study or unnamed report both ways, three or more words shared, and neither of
    ``similar_text``'s reasons to keep them apart (enrolments more than a fifth apart,
    years apart with no enrolment agreeing, drugs of which they share none). A study
    that is the best match of two such studies joins neither (which of them would be
    guessing). The pair's reports may come from any pages a reviewer drops in: a paper
    whose abstract uses the acronym and states its id is already joined by the rules
    before, so only reports that print one identifier each are weighed here."""
    candidates = [
        c
        for c in claims
        if "#" not in c.cid and c.text and not (c.names_others or c.cites_ids or c.counted > 1)
    ]
    holds: dict[str, set[str]] = defaultdict(set)  # study -> what its reports print
    for c in claims:
        root = comps.find(c.cid)
        if c.names:
            holds[root].add("name")
        if c.ids or c.partial:
            holds[root].add("id")
    named_only = {root for root, held in holds.items() if held == {"name"}}
    registered_only = {root for root, held in holds.items() if held == {"id"}}
    if not named_only or not registered_only:
        return  # (nothing to weigh: a corpus of reports printing both is never read)
    weights = word_weights()
    ranked, _, members = _word_ranking(claims, comps, weights)

    def best(c: Claim):
        """(score, closest report, study) of the study c's words match best, when one and
        a half times ahead of the next, else None."""
        top = ranked(c, 2)
        if not top or top[0][0] < _SIMILAR_TEXT:
            return None
        runner_up = top[1][0] if len(top) > 1 else 0.0
        return top[0] if top[0][0] >= _SIMILAR_TEXT_LEAD * runner_up else None

    found: dict[tuple[str, str], tuple[float, Claim, Claim]] = {}
    for a in candidates:
        own = comps.find(a.cid)
        if own not in named_only or not a.names:
            continue
        match = best(a)
        if not match or match[2] not in registered_only or not match[1].ids:
            continue
        score, b, root = match
        back = best(b)
        if not back or back[2] != own:
            continue
        key = (own, root)
        if key not in found or (score, a.cid) > (found[key][0], found[key][1].cid):
            found[key] = (score, a, b)
    partners: Counter = Counter()
    for own, root in found:
        partners[own] += 1
        partners[root] += 1
    for (own, root), (score, a, b) in sorted(found.items()):
        if partners[own] > 1 or partners[root] > 1:
            refused.append((a, b, "its study's words match two studies best; neither is joined"))
            continue
        # (each named report against the registered study: a registry record's year is its
        # registration's, which a report may follow by any number of years)
        why = next(filter(None, (_similar_text_apart(c, members[root]) for c in members[own])), "")
        if why:
            refused.append((a, b, f"its words match those of {b.doc_id} ({score:.2f}), but {why}"))
            continue
        shared = _shared_text_words(a, b, weights)
        if len(shared) < _SIMILAR_TEXT_WORDS:
            continue
        why = comps.conflict(a.cid, b.cid)
        if why:
            refused.append((a, b, f"its words match those of {b.doc_id}, but {why}"))
            continue
        link(
            a,
            b,
            "named_and_registered_by_words",
            f"{a.doc_id} names the trial ({', '.join(a.printed)}) and states no registry id, "
            f"{b.doc_id} states {', '.join(sorted(b.ids))} and names no trial; each is the "
            f"other's best match by words ({score:.2f}), sharing {', '.join(shared[:8])}",
        )


def _several_trials_by_words(a, ranked, shared_words, named, several, refused) -> None:
    """similar_text for a page counting ``a.counted`` trials and naming none of them."""
    n = a.counted
    top = ranked(a, n + 1)
    chosen, rest = top[:n], top[n:]
    if len(chosen) < n or any(score < _SIMILAR_TEXT for score, _, _ in chosen):
        return
    next_score = rest[0][0] if rest else 0.0
    if any(root not in named for _, _, root in chosen) or chosen[-1][0] < (
        _SIMILAR_TEXT_LEAD * next_score
    ):
        refused.append(
            (
                a,
                chosen[0][1],
                f"it counts {n} trials and its words match studies or unnamed reports too "
                f"closely to choose {n} ({', '.join(f'{score:.2f}' for score, _, _ in top)})",
            )
        )
        return
    for _, b, _ in chosen:
        if len(shared_words(a, b)) < _SIMILAR_TEXT_WORDS or (
            a.year.isdigit() and b.year.isdigit() and not _year_fits(a.year, b)
        ):
            return
    matched = ", ".join(f"{b.doc_id} ({score:.2f})" for score, b, _ in chosen)
    several[a.cid] = (
        [b for _, b, _ in chosen],
        f"similar_text: {a.doc_id} counts {n} trials and names none of them nor states their "
        f"registry ids; its words match those of {matched}, the next study {next_score:.2f}: "
        "it reports each of those studies, and its estimates go to the trial their sentence "
        "names",
    )


def _several_trials_by_their_reports(claims, comps, refused, several) -> None:
    """A page whose opening counts N trials (2 or more) and that names none of them, nor
    states their ids ("Two randomised trials now suggest the wait is unnecessary. The UK
    trial, led by neurologist David Werring, randomised 3648 patients ... An earlier Swedish
    study, run by cardiologist Jonas Oldgren of Uppsala, had randomised 888 patients"),
    with the studies whose reports it points to: by the people it names as a work's leader,
    author or presenter (:func:`_studies_signed_by`) and by the enrolments it states
    (:func:`_studies_of_enrolments`). When those studies are two to N, the page reports each
    of them (``several``), joining none of them to another, and its estimates go to the
    trial their sentence names, or to none. Not when one person signs reports of two
    studies, nor when the page is already joined to a study none of that evidence points
    to, nor when it already reports several by its words."""
    pages = [
        a
        for a in claims
        if a.counted > 1
        and (a.people or a.enrolments)
        and _names_nothing(a)
        and not (a.ids or a.cites_ids or a.cid in several)
    ]
    if not pages:
        return  # (no such page: the corpus's authors and enrolments are never indexed)
    by_author: dict[str, list[Claim]] = defaultdict(list)
    by_enrolment: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.counted < 2:
            if c.author:
                by_author[c.author].append(c)
            if c.n_enrolled:
                by_enrolment[c.n_enrolled.replace(",", "")].append(c)
    sizes = Counter(comps.find(c.cid) for c in claims)
    for a in pages:
        chosen = _studies_signed_by(a, by_author, comps, refused)
        if chosen is None:
            continue  # (a person signs reports of two studies: nothing is chosen)
        for root, found in _studies_of_enrolments(a, by_enrolment, comps).items():
            chosen.setdefault(root, found)
        if not 2 <= len(chosen) <= a.counted:
            continue
        own = comps.find(a.cid)
        if sizes[own] > 1 and own not in chosen:
            refused.append(
                (
                    a,
                    next(iter(chosen.values()))[0],
                    "it is joined to a study none of its people or enrolments point to",
                )
            )
            continue
        matched = sorted(chosen.values(), key=lambda m: m[0].cid)
        pointed = ", ".join(f"{b.doc_id} ({why})" for b, why in matched)
        several[a.cid] = (
            [b for b, _ in matched],
            f"reports_of_counted_trials: {a.doc_id} counts {a.counted} trials and names none "
            f"of them nor states their registry ids; the people it names as their leaders, "
            f"authors or presenters and the enrolments it states point to {len(matched)} "
            f"studies' reports, {pointed}: it reports each of those studies, and its estimates "
            "go to the trial their sentence names",
        )


def _studies_signed_by(a: Claim, by_author: dict, comps, refused) -> dict | None:
    """{study root: (report, evidence)} of the studies whose reports the people page ``a``
    names sign first, each sharing a drug or title word or the enrolment with it (a person
    signing one page on several named trials, "ACT 1 and ACT 2", points to each of them);
    None when a person signs reports of two studies (refused)."""
    chosen: dict[str, tuple[Claim, str]] = {}
    for person in sorted(a.people):
        signed = [
            b
            for b in by_author.get(person, ())
            if b.doc_id != a.doc_id
            and (
                a.words & b.words
                or a.drugs & b.drugs
                or (a.n_enrolled and a.n_enrolled == b.n_enrolled)
            )
        ]
        roots = {comps.find(b.cid) for b in signed}
        if len({b.doc_id for b in signed}) == 1 and len(roots) > 1:
            for b in signed:
                chosen.setdefault(comps.find(b.cid), (b, f"{b.author.title()} signs it"))
            continue
        if len(roots) > 1:
            refused.append(
                (a, signed[0], f"{person.title()} signs reports of {len(roots)} studies")
            )
            return None
        if roots:
            b = min(signed, key=lambda b: b.cid)
            chosen.setdefault(roots.pop(), (b, f"{b.author.title()} signs it"))
    return chosen


def _studies_of_enrolments(a: Claim, by_enrolment: dict, comps) -> dict:
    """{study root: (report, evidence)} of the studies whose reports state, each alone, an
    enrolment of 50 or more that page ``a`` states, sharing a drug or title word with it, in
    years that fit."""
    chosen: dict[str, tuple[Claim, str]] = {}
    for n in sorted(a.enrolments, key=int):
        if int(n) < 50:
            continue
        stated = [
            b
            for b in by_enrolment.get(n, ())
            if b.doc_id != a.doc_id
            and (a.words & b.words or a.drugs & b.drugs)
            and not (a.year.isdigit() and b.year.isdigit() and not _year_fits(a.year, b))
        ]
        roots = {comps.find(b.cid) for b in stated}
        if len(roots) == 1:
            b = min(stated, key=lambda b: b.cid)
            chosen.setdefault(roots.pop(), (b, f"it enrols {n}"))
    return chosen


def _same_enrolment_stated(a: Claim, held: list[Claim]) -> bool:
    """A page and a study of unnamed reports both stating one enrolment of 50 or more."""
    n = _enrolled(a.n_enrolled)
    return n >= 50 and any(_enrolled(c.n_enrolled) == n for c in held)


def _year_fits(year: str, c: Claim) -> bool:
    """A report's year within two of another report's, or from two years before a
    registry record's year (of registration) on, however long after."""
    if c.registry:
        return int(year) >= int(c.year) - 2
    return abs(int(year) - int(c.year)) <= 2


def _similar_text_apart(a: Claim, held: list[Claim]) -> str:
    """Why a page whose words match a study's reports is still not one of them, or ''."""
    stated = [c.n_enrolled for c in held if c.n_enrolled]
    agree = bool(a.n_enrolled) and any(not _enrolments_apart(a.n_enrolled, n) for n in stated)
    if a.n_enrolled and stated and not agree:
        return f"it enrols {a.n_enrolled} and they {', '.join(sorted(set(stated)))}"
    years = [c for c in held if c.year.isdigit()]
    if a.year.isdigit() and years and not agree and not any(_year_fits(a.year, c) for c in years):
        return f"it is of {a.year} and they of {', '.join(sorted({c.year for c in years}))}"
    drugs = frozenset().union(*(c.drugs for c in held))
    if a.drugs and drugs and not (a.drugs & drugs):
        return "they give none of its drugs"
    return ""


def _title_key(title: str) -> str:
    """A title compared as its words, lower case, without a correction notice's label."""
    words = _TITLE_WORDS_RE.findall(_NOTICE_PREFIX_RE.sub("", title or "").lower())
    return " ".join(words) if len(words) >= _MIN_TITLE_WORDS else ""


def _link_same_titles(claims, comps, link, refused):
    """A notice correcting or retracting an article, titled by it ("Correction: Avacopan for
    the Treatment of ANCA-Associated Vasculitis"), belongs to the one report printing that
    title word for word; not when several studies print it (titles of templated pages
    repeat), nor against different trial names or registry ids. A document reporting
    several trials prints one title for all of them: not used."""
    articles: dict[str, list[Claim]] = defaultdict(list)
    notices = []
    for c in claims:
        k = "#" not in c.cid and _title_key(c.title)
        if not k:
            continue
        (notices if _NOTICE_PREFIX_RE.match(c.title) else articles[k]).append(c)
    for notice in notices:
        matching = articles.get(_title_key(notice.title), [])
        roots = {comps.find(c.cid) for c in matching}
        if len(roots) != 1:
            if len(roots) > 1:
                refused.append((notice, matching[0], "its title is printed by several studies"))
            continue
        article = matching[0]
        if notice.names and article.names and not notice.names & article.names:
            refused.append((notice, article, "same title but different trial names"))
            continue
        why = comps.conflict(notice.cid, article.cid)
        if why:
            refused.append((notice, article, f"same title but {why}"))
            continue
        link(
            notice,
            article,
            "corrected_article",
            f"{notice.doc_id} corrects the article {article.doc_id} prints the title of",
        )
    _link_untold_same_titles(articles, comps, link, refused)


# the words a report naming no trial must print of another's title, from its first word,
# to be that report's trial (a bibliographic record, an evidence database's entry)
_MIN_SHARED_TITLE_WORDS = 10


def _names_nothing(claim: Claim) -> bool:
    """A claim naming no trial of its own nor several others' and stating no registry id,
    whole or cut short: one the weaker rules may join by its title."""
    return not (claim.names or claim.ids or claim.partial or claim.names_others)


def _link_untold_same_titles(articles, comps, link, refused):
    """A report that names no trial and states no registry id (a bibliographic record, an
    evidence database's or repository's entry, a reading list) whose title is another
    report's title word for word, or its first ten words or more with the rest cut ("Effect
    of Convalescent Plasma Therapy on Time to Clinical Improvement in Patients With Severe
    and Life-threatening COVID-19", without ": A Randomized Clinical Trial"), belongs to
    that report's trial; not when reports of two studies print that title, nor against a
    registry id or a trial name it would contradict."""
    by_opening: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    for k, group in articles.items():
        words = k.split()
        if len(words) >= _MIN_SHARED_TITLE_WORDS:
            opening = " ".join(words[:_MIN_SHARED_TITLE_WORDS])
            by_opening[opening].extend((k, c) for c in group)
    for opening, group in sorted(by_opening.items()):
        for k, a in group:
            if not _names_nothing(a):
                continue
            matching = [
                (other_k, b)
                for other_k, b in group
                if b.cid != a.cid
                and ((other_k + " ").startswith(k + " ") or (k + " ").startswith(other_k + " "))
            ]
            roots = {comps.find(b.cid) for _, b in matching}
            roots.discard(comps.find(a.cid))
            if len(roots) != 1:
                if len(roots) > 1:
                    refused.append((a, matching[0][1], "its title is printed by several studies"))
                continue
            other_k, b = next((ok, b) for ok, b in matching if comps.find(b.cid) in roots)
            why = comps.conflict(a.cid, b.cid)
            if why:
                refused.append((a, b, f"same title but {why}"))
                continue
            shared = min(len(k.split()), len(other_k.split()))
            link(
                a,
                b,
                "same_title",
                f"{a.doc_id} names no trial and states no registry id; its title is "
                + (
                    f"{b.doc_id}'s word for word"
                    if k == other_k
                    else f"the first {shared} words of {b.doc_id}'s title, the rest left off"
                    if len(k.split()) < len(other_k.split())
                    else f"{b.doc_id}'s title ({shared} words) with more after it"
                ),
            )


def _link_names_in_untold_titles(claims, comps, link, refused):
    """A report that names no trial of its own and states no registry id (a company's
    release, a news item), whose title prints a name another report gives its own trial
    ("Zydus Cadila files for EUA of ZyCoV-D, the world's first plasmid DNA vaccine" and the
    ZyCoV-D paper), belongs to that trial when it shares another drug or title word with
    the trial's reports: the page's text gave the name no cue (a product's name), but
    another page did. Not when the title's names belong to two studies, nor when the page
    presents the name as another trial's, nor when the two state different phases (a
    product's name that its phase 2 and phase 3 trials share), nor against an id or a name
    of its own."""
    by_name: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for k in c.names:
            by_name[k].append(c)
    for a in claims:
        if not _names_nothing(a) or not a.title or "#" in a.cid:
            continue
        printed = {}
        for _, _, name, _ in trials._shapes(a.title):
            k = trials.key(name)
            if k in by_name and k not in a.cited:
                printed.setdefault(k, name)
        if not printed:
            continue
        holders = [b for k in printed for b in by_name[k] if b.cid != a.cid]
        name_words = {w for name in printed.values() for w in WORD.findall(name.lower())}
        matching = [
            b
            for b in holders
            if ((a.words & b.words) | (a.drugs & b.drugs)) - name_words
            # a product's name two trials of it share ("R21" of a phase 2b and a phase 3
            # trial of the vaccine): stated phases must agree
            and not (a.phase and b.phase and a.phase != b.phase)
        ]
        roots = {comps.find(b.cid) for b in matching} - {comps.find(a.cid)}
        if len(roots) != 1:
            if len(roots) > 1:
                refused.append((a, matching[0], "the names its title prints are several studies'"))
            continue
        b = min((b for b in matching if comps.find(b.cid) in roots), key=lambda c: c.cid)
        why = comps.conflict(a.cid, b.cid)
        if why:
            refused.append((a, b, f"its title prints {b.doc_id}'s trial name but {why}"))
            continue
        shared = sorted(((a.words & b.words) | (a.drugs & b.drugs)) - name_words)
        names = ", ".join(printed[k] for k in sorted(printed) if k in b.names)
        link(
            a,
            b,
            "name_known_elsewhere",
            f"{a.doc_id} names no trial of its own and states no registry id; its title prints "
            f"{names}, the name {b.doc_id} gives its trial, and shares {', '.join(shared[:4])}",
        )


def _printed_forms(claims: list[Claim]) -> dict[str, str]:
    """Each name key, as the first claim printing it prints it."""
    printed_as: dict[str, str] = {}
    for c in claims:
        for p in c.printed:
            printed_as.setdefault(trials.key(p), p)
    return printed_as


def _with_full_names(claims: list[Claim], evidence: dict) -> list[Claim]:
    """A numbered name that ends exactly one longer name of another document ("TIMI 58" of
    "DECLARE–TIMI 58", "Study 301" of "ASPIRE Study 301"), or a long name that one other
    name prefixes with two or three letters ("PRACTECAL" of "TB-PRACTECAL"), is read as
    that name, and an
    extension's name ("ISCHEMIA-EXTEND") as the trial it extends; the usual corroboration
    (a drug or title word in common) is still needed to link."""
    keys = {k for c in claims for k in c.names}
    endings: dict[str, set[str]] = defaultdict(set)
    prefixed: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        parts = k.split("-")
        for i in range(1, len(parts) - 1):
            endings["-".join(parts[i:])].add(k)
        if len(parts) == 2 and len(parts[0]) <= 3 and parts[0].isalpha() and len(parts[1]) >= 6:
            # "TB-PRACTECAL": a short prefix before a long name ("in the TB PRACTECAL trial"
            # is read as PRACTECAL, "TB" a disease's abbreviation)
            prefixed[parts[1]].add(k)
    full = {}
    for k in keys:
        parts = k.split("-")
        longer = endings.get(k, set())
        if len(parts) >= 2 and any(p.isdigit() for p in parts) and len(longer) == 1:
            full[k] = next(iter(longer))
        elif len(parts) == 1 and len(prefixed.get(k, ())) == 1:
            full[k] = next(iter(prefixed[k]))
        elif len(parts) >= 2 and parts[-1] in EXTENSION_SUFFIXES and "-".join(parts[:-1]) in keys:
            # "ISCHEMIA-EXTEND": the extended follow-up of the ISCHEMIA trial
            full[k] = "-".join(parts[:-1])
    if not full:
        return claims
    # the full name as its own reports print it, for labels ("DECLARE–TIMI 58", "ISCHEMIA")
    printed_as = _printed_forms(claims)
    out = []
    for c in claims:
        short = c.names & full.keys()
        if short:
            for k in sorted(short):
                evidence[c.cid].append(f"name {k} read as {full[k]}")
            printed = tuple(
                printed_as.get(full.get(trials.key(p), ""), p) if trials.key(p) in short else p
                for p in c.printed
            )
            c = replace(c, names=(c.names - short) | {full[k] for k in short}, printed=printed)
        out.append(c)
    return out


_NUMBERED_MEMBER_KEY_RE = re.compile(r"(?P<programme>.+)-(?P<number>\d{1,2})")


def _with_bridging_pages_split(claims: list[Claim]) -> list[Claim]:
    """A page stating complete ids of two or more registries is one trial registered twice,
    unless the other reports of its ids contradict each other: when the documents stating
    only one of them and those stating only another give trial names that are not one
    trial's, or, naming no trial in common, enrolments more than a fifth apart, the page
    reports two trials side by side ("Nepal ... Registered as ISRCTN 43385161. Malawi ...
    Registered as NCT03299426."), and reports each of them apart: one claim per id, with no
    name or enrolment of its own (its figures are of them all), never a bridge joining the
    two. Pages stating the same ids are decided once."""
    holders: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for rid in c.ids:
            holders[rid].append(c)
    out = []
    decided: dict[frozenset, bool] = {}
    for c in claims:
        bridging = (
            "#" not in c.cid and c.linkable and len({trials.registry_of(r) for r in c.ids}) >= 2
        )
        if bridging:
            if c.ids not in decided:
                decided[c.ids] = _reports_of_its_ids_disagree(c.ids, holders)
            bridging = decided[c.ids]
        if not bridging:
            out.append(c)
            continue
        note = (
            f"{c.doc_id} states ids of several registries whose other reports are of different "
            f"trials ({', '.join(sorted(c.ids))}): it reports each of them apart"
        )
        for rid in sorted(c.ids):
            out.append(
                replace(
                    c,
                    cid=f"{c.doc_id}#{rid}",
                    names=frozenset(),
                    printed=(),
                    ids=frozenset({rid}),
                    partial=(),
                    n_enrolled="",
                    notes=c.notes + (note,),
                )
            )
    return out


def _reports_of_its_ids_disagree(ids: frozenset, holders: dict) -> bool:
    """Do the documents stating only one of ``ids``, and those stating only another, give
    names of different trials, or (naming no trial in common) enrolments more than a fifth
    apart? A name both sides give is one trial's, whatever the enrolments (a planned and an
    actual enrolment often differ by more). (A page stating two of them is on neither side.)"""
    only: dict[str, list[Claim]] = {}
    for rid in ids:
        others = [h for h in holders[rid] if not (h.ids & (ids - {rid}))]
        if others:
            only[rid] = others
    groups = list(only.values())
    for i, first in enumerate(groups):
        for second in groups[i + 1 :]:
            for a in first:
                for b in second:
                    if a.names & b.names or (
                        a.names and b.names and name_variants(a.names, b.names)
                    ):
                        continue  # one trial's name on both sides: one trial
                    if (a.names and b.names) or _enrolments_apart(a.n_enrolled, b.n_enrolled):
                        return True
    return False


def _enrolments_apart(a: str, b: str) -> bool:
    """Two enrolments both stated and more than a fifth apart."""
    x, y = (n.replace(",", "") for n in (a, b))
    if not (x.isdigit() and y.isdigit()) or not (int(x) and int(y)):
        return False
    return abs(int(x) - int(y)) > 0.2 * max(int(x), int(y))


def _with_programme_members(claims: list[Claim], evidence: dict) -> list[Claim]:
    """A report naming only a programme, its title calling it studies or trials in the
    plural ("Ninety-Six-Week Results of the VIEW Studies"), whose numbered trials other
    documents report ("VIEW 1", "VIEW 2"), reports each of them: one claim per member, with
    no ids or enrolment of its own (its figures are of them all). The usual corroboration
    (a drug or title word in common) is still needed to link each."""
    members: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for k in c.names:
            m = _NUMBERED_MEMBER_KEY_RE.fullmatch(k)
            if m:
                members[m.group("programme")].add(k)
    if not members:
        return claims
    printed_as = _printed_forms(claims)
    out = []
    for c in claims:
        (k,) = c.names if len(c.names) == 1 else ("",)
        sisters = sorted(members.get(k, ()))
        plural = (
            len(sisters) >= 2
            and c.cid == c.doc_id
            and not c.ids
            and c.printed
            and re.search(
                rf"\b{re.escape(c.printed[0])}\s+(?:studies|trials|programme|program)\b",
                c.title,
                re.IGNORECASE,
            )
        )
        if not plural:
            out.append(c)
            continue
        for member in sisters:
            evidence[f"{c.doc_id}#{member}"].append(
                f"{c.doc_id} reports the {c.printed[0]} trials ({', '.join(sisters)}) by their "
                f"programme's name; this is {member}"
            )
            out.append(
                replace(
                    c,
                    cid=f"{c.doc_id}#{member}",
                    names=frozenset({member}),
                    printed=(printed_as.get(member, member),),
                    n_enrolled="",
                )
            )
    return out


# the parts naming a sister trial's country or region ("ALPINE UK", "ALPINE NZAus")
REGION_PARTS = frozenset(
    """UK US USA NL NZ AUS NZAUS ANZ EU EUROPE ASIA JAPAN J CHINA CN INDIA KOREA CANADA CAN
    NORDIC SCANDINAVIA DUTCH GERMANY FRANCE ITALY SPAIN LATAM AFRICA""".split()
)


def _without_sister_stems(claims: list[Claim], evidence: dict) -> list[Claim]:
    """A name that two or more sister trials extend by their regions ("ALPINE" of "ALPINE
    UK" and "ALPINE NZAus", a third, Dutch, trial's page reading "the Dutch ALPINE trial" as
    ALPINE) names the programme, not one trial: it is not used to link. One regional name
    alone ("REDUCE-IT USA", a subgroup of REDUCE-IT) leaves the name as it is."""
    regions: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for k in c.names:
            stem, _, part = k.rpartition("-")
            if stem and part in REGION_PARTS:
                regions[stem].add(part)
    stems = {k for k, parts in regions.items() if len(parts) >= 2}
    return _without_names(
        claims,
        stems,
        lambda k: (
            f"name {k} is extended by the regions of {len(regions[k])} sister trials "
            f"({', '.join(f'{k}-{p}' for p in sorted(regions[k]))}): not used to link"
        ),
        evidence,
    )


def _without_names(claims: list[Claim], names: set, why, evidence: dict) -> list[Claim]:
    """``claims`` with ``names`` taken out of them, each taken out written into the claim's
    evidence as ``why(name)`` gives it."""
    if not names:
        return claims
    out = []
    for c in claims:
        dropped = c.names & names
        if dropped:
            for k in sorted(dropped):
                evidence[c.cid].append(why(k))
            c = replace(c, names=c.names - dropped)
        out.append(c)
    return out


def _without_shared_names(claims: list[Claim], evidence: dict) -> list[Claim]:
    ids_of_name: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for k in c.names:
            ids_of_name[k] |= {rid for rid in c.ids if NCT_FULL.match(rid)}
    common = {k for k, ids in ids_of_name.items() if len(ids) >= MAX_IDS_PER_NAME}
    return _without_names(
        claims,
        common,
        lambda k: (
            f"name {k} is stated beside {len(ids_of_name[k])} different NCT ids: not used to link"
        ),
        evidence,
    )


# --------------------------------------------------------------------------- studies


def report_rank_key(record: dict):
    """Order of preference among a study's documents (first is preferred).

    A journal report beats a registry record; a later report (updated follow-up,
    final analysis) beats an earlier one; then the document stating more
    estimates; doc_id breaks ties so the choice never depends on input order.
    """
    is_registry = record.get("source_type") == "registry_record"
    is_commentary = record.get("design") == "commentary"
    year = int(record["year"]) if str(record.get("year", "")).isdigit() else 0
    n_est = int(record["n_estimates"]) if str(record.get("n_estimates", "")).isdigit() else 0
    return (is_commentary, is_registry, -year, -n_est, record["doc_id"])


REPORT_RANK_RULE = (
    "a report before news, releases and letters, a journal report before a registry record, "
    "then latest year, then most estimates, then doc_id"
)


def link_studies(documents: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Group readable documents into studies.

    Returns the study rows (STUDY_COLUMNS) and a mapping doc_id -> study_id (for a
    document reporting several trials, its first; ``doc_studies`` gives all).
    Unreadable documents (status other than ok/no_estimates) form no study.
    """
    records = [d for d in documents if d.get("status") in READABLE]
    by_id = {d["doc_id"]: d for d in records}
    claims = sorted((c for d in sorted(by_id) for c in claims_of(by_id[d])), key=lambda c: c.cid)
    evidence: dict[str, list[str]] = defaultdict(list)
    claims = _with_full_names(claims, evidence)
    claims = sorted(_with_programme_members(claims, evidence), key=lambda c: c.cid)
    claims = sorted(_with_bridging_pages_split(claims), key=lambda c: c.cid)
    comps = _Components(claims)
    refused: list[tuple[Claim, Claim, str]] = []

    def link(a: Claim, b: Claim, rule: str, why: str, typo: bool = False):
        comps.union(a.cid, b.cid, typo=typo)
        evidence[a.cid].append(f"{rule}: {why}")
        evidence[b.cid].append(f"{rule}: {why}")

    linkable = _without_sister_stems(
        _without_shared_names([c for c in claims if c.linkable], evidence), evidence
    )
    holders = _link_shared_ids(linkable, comps, link, refused)
    _link_same_names(linkable, comps, link, refused)
    _link_follow_ups_registered_apart(linkable, comps, link, refused)
    _link_partial_ids(linkable, comps, holders, link, refused)
    _link_same_partial_ids(linkable, comps, link, refused)
    _link_same_author_reports(linkable, comps, link, refused)
    _link_unnamed_same_enrolment(linkable, comps, link, refused)
    _link_named_and_unnamed_same_enrolment(linkable, comps, link, refused)
    _link_spelled_out_names(linkable, comps, link, refused)
    _link_typo_ids(linkable, comps, holders, link, refused)
    _link_unnamed_typo_ids(linkable, comps, holders, link, refused)
    _link_same_titles(linkable, comps, link, refused)
    _link_names_in_untold_titles(linkable, comps, link, refused)
    _link_protocols_to_reports(linkable, comps, link, refused)
    _link_investigator_named(linkable, comps, link, refused)
    _link_unnamed_same_regimen(linkable, comps, link, refused)
    _link_unnamed_same_words(linkable, comps, link, refused)
    several: dict[str, tuple[list[Claim], str]] = {}
    # (the documents' word weights, worked out once, when a rule by words first needs them)
    word_weights = functools.cache(lambda: _word_weights(by_id.values()))
    _link_similar_text(linkable, comps, link, refused, word_weights, several)
    _link_named_to_registered_by_words(linkable, comps, link, refused, word_weights)
    _several_trials_by_their_reports(linkable, comps, refused, several)
    for a, b, why in refused:
        evidence[a.cid].append(f"not linked to {b.doc_id}: {why}")

    components: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.cid in several:
            # (a page on several trials, joined by its words: in each study, joining none)
            studies_of_page, note = several[c.cid]
            evidence[c.cid].append(note)
            for b in studies_of_page:
                components[comps.find(b.cid)].append(c)
        else:
            components[comps.find(c.cid)].append(c)
    studies = [_study_row(members, by_id, evidence) for _, members in sorted(components.items())]
    _assign_study_ids(studies)
    disambiguate_labels(studies)
    mapping: dict[str, str] = {}
    for study in studies:
        for d in study["doc_ids"].split(";"):
            mapping.setdefault(d, study["study_id"])
    rows = []
    for study in studies:
        del study["_candidates"], study["_author_year"]
        rows.append(Study(**study).row())  # year, characteristics, decision: later stages
    return rows, mapping


def _study_row(members: list[Claim], by_id: dict, evidence: dict) -> dict:
    docs = sorted({c.doc_id for c in members})
    ranked = sorted((by_id[d] for d in docs), key=report_rank_key)
    primary = ranked[0]
    registry = sorted(set().union(*(c.ids for c in members)))
    # the names as printed (a programme's member name, "QUEST" in "LIBERTY ASTHMA QUEST",
    # links reports but is no name of its own)
    names = sorted({trials.key(p) for c in members for p in c.printed})
    notes = sorted(
        {e for c in members for e in evidence[c.cid]} | {n for c in members for n in c.notes}
    )
    if len(docs) == 1 and not any(e.split(":")[0] in LINK_RULES for e in notes):
        notes.insert(0, "single document; no other document shares a registry id or trial name")
    notes.append(f"primary report {primary['doc_id']} chosen by: {REPORT_RANK_RULE}")
    printed = [p for d in docs for c in members if c.doc_id == d for p in c.printed]
    author_year = _author_year(ranked)  # (the label's fallback and its disambiguation)
    return {
        "study_id": "",
        "label": study_label(ranked, members, printed, author_year),
        "acronym": ";".join(sorted({p for p in printed})),
        "trial_names": ";".join(names),
        "doc_ids": ";".join(docs),
        "registry_ids": ";".join(registry),
        "primary_doc_id": primary["doc_id"],
        "link_evidence": " | ".join(notes),
        "_candidates": _id_candidates(registry, names, primary["doc_id"], members),
        "_author_year": author_year,
    }


def _id_candidates(registry, names, primary_doc_id, members) -> list[str]:
    """study_id candidates, best first: the NCT id most claims state, another registry
    id, the trial name, the primary document. Only the study's own documents decide,
    so the id stays put when unrelated documents come and go."""
    counts = defaultdict(int)
    for c in members:
        for rid in c.ids:
            counts[rid] += 1
    nct = sorted((r for r in registry if NCT_FULL.match(r)), key=lambda r: (-counts[r], r))
    other = [r for r in registry if not NCT_FULL.match(r)]
    own_claim = next((c.cid for c in members if "#" in c.cid), "")
    fallback = f"doc:{own_claim or primary_doc_id}"
    return nct[:1] + other[:1] + names[:1] + [fallback]


def _assign_study_ids(studies: list[dict]) -> None:
    """Each study takes its first candidate no other study prefers more strongly."""
    taken: set[str] = set()
    for study in sorted(studies, key=lambda s: s["_candidates"]):
        for candidate in study["_candidates"]:
            if candidate not in taken:
                break
        study["study_id"] = candidate
        taken.add(candidate)
    studies.sort(key=lambda s: s["study_id"])


def disambiguate_labels(studies: list[dict]) -> None:
    """Studies that would share a label are told apart, so every forest-plot row names
    one study: distinct trials of one name by their first report's author and year
    ("SHINE (Johnston 2019)", "SHINE (Turkova 2022)"), else by letters in study_id order,
    as in author-year citations ("Cancer 2010a", "Cancer 2010b")."""
    by_label: dict[str, list[dict]] = defaultdict(list)
    for study in studies:
        by_label[study["label"]].append(study)
    taken = set(by_label)
    for label, group in by_label.items():
        if len(group) < 2:
            continue
        cited = [f"{label} ({st.get('_author_year', '')})" for st in group]
        if (
            all(st.get("_author_year") and st["_author_year"] != label for st in group)
            and len(set(cited)) == len(cited)
            and not taken & set(cited)
        ):
            for study, new in zip(group, cited):
                study["label"] = new
            taken |= set(cited)
            continue
        n = 0
        for study in sorted(group, key=lambda st: st["study_id"]):
            while True:
                suffix = _letters(n)
                n += 1
                if f"{label}{suffix}" not in taken:
                    break
            study["label"] = f"{label}{suffix}"
            taken.add(study["label"])


def _letters(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa, ..."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


_PARTICLES = frozenset("de da del della der den di do dos du la le van von ten ter al el".split())


# degrees, fellowships and generational suffixes after a name: "Ying Li MD PhD", "John Smith,
# MD, PhD", "Li Y, MD", "Robert Jones Jr"
_POSTNOMINALS_RE = re.compile(
    r"(?:,?[ \t]+(?:M\.?D|Ph\.?D|D\.?Phil|MPH|MSc|M\.?Sc|BSc|MBBS|MB[ \t]?ChB|MBChB|MA|MS|MRCP|FRCPC?"
    r"|FRCS|FRACP|FRCPath|FACC|FACP|FESC|FAHA|PharmD|DrPH|RN|DO|DDS|Jr|Sr|II|III)\.?)+$"
)


def surname(first_author: str) -> str:
    """The surname in "Abou-Alfa GK", "J. Llovet", "Marcia S. Brose", "F G de Braud",
    "Christelle de la Fouchardière", "Kudo, Masatoshi"; '' when the name has no recognisable
    surname."""
    name = _POSTNOMINALS_RE.sub("", first_author.strip().rstrip(".,;")).rstrip(".,; ")
    if name.count(",") == 1:
        # surname, a comma, given names: "Kudo, Masatoshi", "de Braud, Filippo" (PubMed's
        # full author names, RIS)
        before = name.split(",")[0].strip()
        if re.search(r"[^\W\d_]{2,}", before):
            return before
    tokens = [t for t in re.split(r"\s+", name) if t]
    if not tokens:
        return ""
    # surname first, initials after: "Abou-Alfa GK", "Van Cutsem E"
    if (
        len(tokens) >= 2
        and re.fullmatch(r"[A-Z]{1,3}", tokens[-1])
        and not re.fullmatch(r"[A-Z]\.?", tokens[0])
    ):
        return " ".join(tokens[:-1])
    # initials or given names first: the last capitalised token, with its particles
    out = [tokens[-1]]
    for t in reversed(tokens[:-1]):
        if t.lower() in _PARTICLES:
            out.insert(0, t)
        else:
            break
    name = " ".join(out)
    return name if re.search(r"[^\W\d_]{2,}", name) else ""


def _author_year(ranked: list[dict]) -> str:
    """ "Surname Year" of the trial's first journal report with an author line, or ''."""
    authored = [
        r
        for r in ranked
        if r.get("source_type") != "registry_record"
        and surname(r.get("first_author", ""))
        and str(r.get("year", "")).isdigit()
    ]
    if not authored:
        return ""
    first = min(authored, key=lambda r: (int(r["year"]), r["doc_id"]))
    return f"{surname(first['first_author'])} {first['year']}"


def study_label(
    ranked: list[dict], members: list[Claim], printed: list[str], author_year: str | None = None
) -> str:
    """What a reviewer prints: the trial name (as the primary report prints it), else
    "Surname Year" of the trial's first journal report with an author line (as RevMan
    names a study after its first full publication: "Motzer 2007" however many updates
    follow), else the registry id, else the journal and year, else the first words of its
    title and the year ("Two big tamoxifen trials now agree (2013)": an unsigned news item
    naming no trial), else the doc_id."""
    primary = ranked[0]
    primary_names = [p for c in members if c.doc_id == primary["doc_id"] for p in c.printed]
    if primary_names or printed:
        return (primary_names or printed)[0]
    if author_year is None:
        author_year = _author_year(ranked)
    if author_year:
        return author_year
    year = primary.get("year", "")
    author = surname(primary.get("first_author", ""))
    if author:
        return f"{author} {year}".strip()
    ids = sorted(set().union(*(c.ids for c in members)))
    if ids:
        return ids[0]
    journal = primary.get("journal", "")
    if journal:
        return f"{journal} {year}".strip()
    short = short_title(primary.get("title", ""))
    if short:
        return f"{short} ({year})" if year else short
    return primary["doc_id"]


_TITLE_HEAD_RE = re.compile(r"^(?P<head>[^:;?!]+?)\s*[:;?!]\s+\S")
_LABEL_WORDS = 8
_LABEL_TAIL_WORDS = frozenset(
    "a an the of in on to for with and or at by during from after before versus vs early "
    "late".split()
)


def short_title(title: str) -> str:
    """A title's first words as a label: the part before a colon when it holds three words or
    more ("Two big tamoxifen trials now agree: ten years beats five" gives "Two big tamoxifen
    trials now agree"), cut to eight words with an ellipsis; '' when the title is no prose
    (fewer than three words, or opening with a bracket or other mark)."""
    title = " ".join(title.split())
    if not title or not title[0].isalnum():
        return ""
    head = _TITLE_HEAD_RE.match(title)
    if head and len(head.group("head").split()) >= 3:
        title = head.group("head")
    words = title.rstrip(".").split()
    if len(words) < 3:
        return ""
    if len(words) > _LABEL_WORDS:
        words = words[:_LABEL_WORDS]
        while len(words) > 3 and words[-1].lower().strip(",;-") in _LABEL_TAIL_WORDS:
            words.pop()  # (not "... during the early…")
        return " ".join(words).rstrip(",;-") + "\u2026"
    return " ".join(words)


def doc_studies(studies: list[dict]) -> dict[str, list[tuple[str, frozenset]]]:
    """doc_id -> [(study_id, trial-name keys)] from 03_studies.csv rows."""
    out: dict[str, list[tuple[str, frozenset]]] = defaultdict(list)
    for s in studies:
        names = frozenset(split_ids(s.get("trial_names", "")))
        for d in split_ids(s.get("doc_ids", "")):
            out[d].append((s["study_id"], names))
    return dict(out)


def study_of_estimate(estimate: dict, options: list[tuple[str, frozenset]]) -> tuple[str, str]:
    """(study_id, reason) of an estimate: its document's study, or for a document
    reporting several trials the one its sentence names; '' and why otherwise."""
    if not options:
        return "", ""
    if len(options) == 1:
        return options[0][0], ""
    trial = estimate.get("trial", "")
    for study_id, names in options:
        if trial and trial in names:
            return study_id, ""
    named = ", ".join(sorted(n for _, names in options for n in names))
    if not named:
        # (a page naming none of its trials, reporting each by its registry id)
        named = "studies " + ", ".join(sorted(study_id for study_id, _ in options))
    return "", (
        f"trial_not_named: the document reports several trials ({named}) and the text "
        "around this estimate names none of them"
    )


def add_primary_report_years(studies: list[dict], documents: list[dict]) -> None:
    """Each study's ``year``: the year of its primary report (after the reviewer's links),
    '' when that report states none. Pooling orders studies by it."""
    year_of = {d["doc_id"]: d.get("year", "") for d in documents}
    for study in studies:
        study["year"] = year_of.get(study["primary_doc_id"], "")
