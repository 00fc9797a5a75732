"""Link documents to studies: one trial may have a registry record and several reports.

Evidence, strongest first:
- the same full registry id in two documents;
- a registry id printed truncated or with one digit missing (``NCT0144480``) that
  matches exactly one full id elsewhere in the corpus;
- a full-length id one digit away from another document's id, when the two
  documents also share a drug name in their titles or arms;
- the same trial acronym (``RESORT``) with no conflicting registry ids and a
  shared drug name.
Every link is written down as evidence in ``03_studies.csv``.
"""

from __future__ import annotations

import re
from collections import defaultdict

NCT_FULL = re.compile(r"^NCT\d{8}$")
WORD = re.compile(r"[a-z][a-z0-9-]{4,}")

# Words that appear in many trial titles and say nothing about which trial it is.
GENERIC_WORDS = frozenset(
    """
    patients trial study randomized randomised phase versus advanced metastatic cancer
    carcinoma treatment therapy after before efficacy safety placebo observation results
    first-line second-line update updated analysis final clinical open-label double-blind
    multicenter multicentre with without plus alone combination control standard
    refractory evaluate tumors tumours disease survival following extended follow
    """.split()
)


# Documents that discuss trials rather than report one.
NOT_TRIAL_REPORTS = frozenset({"review", "meta_analysis"})


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
    if not partial.upper().startswith("NCT"):
        return []
    return sorted(index.get(_digits(partial.upper()), []))


def one_digit_apart(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    return sum(x != y for x, y in zip(a, b)) == 1


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
    text = f"{record.get('title', '')} {record.get('arms', '').replace(';', ' ')}".lower()
    return {w for w in WORD.findall(text) if w not in GENERIC_WORDS}


class _UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Smallest doc_id as root keeps the result independent of input order.
            root, child = sorted((ra, rb))
            self.parent[child] = root


def report_rank_key(record: dict):
    """Order of preference among a study's documents (first is preferred).

    A journal report beats a registry record; a later report (updated follow-up,
    final analysis) beats an earlier one; then the document stating more
    estimates; doc_id breaks ties so the choice never depends on input order.
    """
    is_registry = record.get("source_type") == "registry_record"
    year = int(record["year"]) if str(record.get("year", "")).isdigit() else 0
    n_est = int(record["n_estimates"]) if str(record.get("n_estimates", "")).isdigit() else 0
    return (is_registry, -year, -n_est, record["doc_id"])


REPORT_RANK_RULE = (
    "journal report before registry record, then latest year, then most estimates, then doc_id"
)


def link_studies(documents: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """Group readable documents into studies.

    Returns the study rows (STUDY_COLUMNS) and a mapping doc_id -> study_id.
    Unreadable documents (status other than ok/no_estimates) form no study.
    """
    records = [d for d in documents if d.get("status") in ("ok", "no_estimates")]
    by_id = {d["doc_id"]: d for d in records}
    uf = _UnionFind(sorted(by_id))
    evidence: dict[str, list[str]] = defaultdict(list)

    def link(a: str, b: str, why: str):
        uf.union(a, b)
        evidence[a].append(why)
        evidence[b].append(why)

    full_ids = {d["doc_id"]: set(split_ids(d.get("registry_ids", ""))) for d in records}
    holders: dict[str, list[str]] = defaultdict(list)
    for doc_id, ids in sorted(full_ids.items()):
        for rid in ids:
            holders[rid].append(doc_id)
    all_full = set(holders)

    # 1. Shared full registry ids.
    for rid, docs in sorted(holders.items()):
        for other in docs[1:]:
            link(docs[0], other, f"{docs[0]} and {other} both state registry id {rid}")

    # 2. Truncated or digit-dropped ids matching exactly one full id.
    index = deletion_index(all_full)
    for doc_id in sorted(by_id):
        for partial in split_ids(by_id[doc_id].get("registry_ids_partial", "")):
            candidates = [
                (full, how) for full, how in partial_matches(partial, index)
                if full not in full_ids[doc_id]
            ]
            if len(candidates) == 1:
                full, how = candidates[0]
                for other in holders[full]:
                    link(
                        doc_id,
                        other,
                        f"{doc_id} prints {partial} ({how}), which matches only {full} stated in {other}",
                    )

    words = {doc_id: content_words(rec) for doc_id, rec in by_id.items()}

    # 3. Full-length ids one digit apart, corroborated by a shared drug/title word.
    for a, b in ids_one_digit_apart(all_full):
            for da in holders[a]:
                for db in holders[b]:
                    shared = sorted(words[da] & words[db])
                    if shared and uf.find(da) != uf.find(db):
                        link(
                            da,
                            db,
                            f"{da} states {a} and {db} states {b}, one digit apart, "
                            f"and both name {', '.join(shared[:3])}",
                        )

    # 4. Same acronym (stated as "X trial" or standing in the other title), no
    #    conflicting registry ids, a shared drug/title word. Reviews and
    #    meta-analyses name other trials' acronyms, so they are never linked this way.
    trial_docs = [d for d in sorted(by_id) if by_id[d].get("design") not in NOT_TRIAL_REPORTS]
    # Inverted indexes keep this linear in the number of documents.
    docs_by_acronym: dict[str, list[str]] = defaultdict(list)
    docs_by_word: dict[str, list[str]] = defaultdict(list)
    for d in trial_docs:
        acronym = by_id[d].get("acronym", "").strip().upper()
        if acronym:
            docs_by_acronym[acronym].append(d)
        for w in words[d]:
            docs_by_word[w].append(d)
    for da in trial_docs:
        acronym = by_id[da].get("acronym", "").strip().upper()
        if not acronym:
            continue
        candidates = sorted(set(docs_by_acronym[acronym]) | set(docs_by_word.get(acronym.lower(), ())))
        for db in candidates:
            if db == da or uf.find(da) == uf.find(db):
                continue
            other = by_id[db].get("acronym", "").strip().upper()
            in_title = acronym.lower() in words[db]
            if other != acronym and not in_title:
                continue
            ids_a, ids_b = _component_ids(uf, da, full_ids), _component_ids(uf, db, full_ids)
            if ids_a and ids_b and not (ids_a & ids_b):
                continue  # same acronym, different registered trials
            shared = sorted((words[da] & words[db]) - {acronym.lower()})
            if shared:
                where = "both name" if other == acronym else f"{da} names and the title of {db} contains"
                link(
                    da,
                    db,
                    f"{where} the {acronym} trial; both mention {', '.join(shared[:3])}",
                )

    components: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(by_id):
        components[uf.find(doc_id)].append(doc_id)

    studies = []
    doc_to_study = {}
    used_ids: set[str] = set()
    for root in sorted(components):
        docs = components[root]
        ranked = sorted((by_id[d] for d in docs), key=report_rank_key)
        primary = ranked[0]
        registry = sorted(set().union(*(full_ids[d] for d in docs)))
        acronyms = sorted({by_id[d].get("acronym", "").upper() for d in docs} - {""})
        study_id = _study_id(registry, acronyms, primary["doc_id"], used_ids)
        used_ids.add(study_id)
        notes = sorted(set(sum((evidence[d] for d in docs), [])))
        if len(docs) == 1:
            notes = ["single document; no other document shares a registry id or acronym"]
        notes.append(f"primary report {primary['doc_id']} chosen by: {REPORT_RANK_RULE}")
        studies.append(
            {
                "study_id": study_id,
                "label": study_label(ranked, acronyms),
                "acronym": ";".join(acronyms),
                "doc_ids": ";".join(docs),
                "registry_ids": ";".join(registry),
                "primary_doc_id": primary["doc_id"],
                "link_evidence": " | ".join(notes),
            }
        )
        for d in docs:
            doc_to_study[d] = study_id
    disambiguate_labels(studies)
    return studies, doc_to_study


def disambiguate_labels(studies: list[dict]) -> None:
    """Studies that would share a label get letters in study_id order, as in
    author-year citations ("Cancer 2010a", "Cancer 2010b"), so every forest-plot row
    names one study."""
    by_label: dict[str, list[dict]] = defaultdict(list)
    for study in studies:
        by_label[study["label"]].append(study)
    taken = set(by_label)
    for label, group in by_label.items():
        if len(group) < 2:
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


def _component_ids(uf, doc_id, full_ids) -> set[str]:
    root = uf.find(doc_id)
    return set().union(*(ids for d, ids in full_ids.items() if uf.find(d) == root))


def _study_id(registry, acronyms, primary_doc_id, used) -> str:
    nct = [r for r in registry if NCT_FULL.match(r)]
    for candidate in (nct[:1] or registry[:1]) + acronyms[:1] + [f"doc:{primary_doc_id}"]:
        if candidate not in used:
            return candidate
    return f"doc:{primary_doc_id}"


def study_label(ranked: list[dict], acronyms: list[str]) -> str:
    """Acronym, else first author and year, else journal and year, else doc_id."""
    primary = ranked[0]
    year = primary.get("year", "")
    if acronyms:
        return acronyms[0]
    author = primary.get("first_author", "")
    if author:
        return f"{author} {year}".strip()
    journal = primary.get("journal", "")
    if journal:
        return f"{journal} {year}".strip()
    return primary["doc_id"]
