#!/usr/bin/env python3
"""Write a synthetic corpus of trial documents with known hazard ratios.

    python tests/benchmarks/generate_corpus.py N OUTDIR [--seed S]

writes OUTDIR/seeds/<doc_id>.txt (N documents in the style of the seeds: PubMed-like
abstract pages and ClinicalTrials.gov registry records), OUTDIR/trials.csv (doc_id, the
number of the trial it reports) and OUTDIR/truth.csv, one row per hazard ratio stated in
a document:

    doc_id, measure, value, ci_lower, ci_upper, ci_level, outcome, role, intervention,
    comparator, text

`text` is the exact span that states the estimate. Everything is drawn from
random.Random(seed), so the same N and seed give the same bytes. Most trials compare
sorafenib with placebo, so the default analyses pool many studies. Some trials also have a
registry record (same NCT number, sometimes printed truncated in the publication as in the
seeds) or a second, longer-follow-up report.
"""

import argparse
import csv
import random
import sys
from dataclasses import dataclass, field
from math import erfc, exp, sqrt
from pathlib import Path

TRUTH_COLUMNS = [
    "doc_id",
    "measure",
    "value",
    "ci_lower",
    "ci_upper",
    "ci_level",
    "outcome",
    "role",
    "intervention",
    "comparator",
    "text",
]

OUTCOMES = {
    "PFS": ("progression-free survival", "progression or death"),
    "OS": ("overall survival", "death"),
    "RFS": ("relapse-free survival", "relapse or death"),
    "DFS": ("disease-free survival", "recurrence or death"),
    "TTP": ("time to progression", "progression"),
}

CONDITIONS = [
    ("advanced hepatocellular carcinoma", "HCC"),
    ("metastatic renal cell carcinoma", "mRCC"),
    ("radioactive iodine-refractory differentiated thyroid cancer", "DTC"),
    ("progressive desmoid tumors", "desmoid tumors"),
    ("advanced gastrointestinal stromal tumors", "GIST"),
    ("advanced non-small-cell lung cancer", "NSCLC"),
    ("unresectable melanoma", "melanoma"),
    ("HER2-negative advanced breast cancer", "breast cancer"),
]

# (intervention, comparator, arm label of the comparator, share of trials)
COMPARISONS = [
    ("sorafenib", "placebo", "Placebo Comparator: Placebo", 0.70),
    ("sorafenib", "observation", "No Intervention: Observation", 0.08),
    ("sorafenib", "best supportive care", "Active Comparator: Best supportive care", 0.04),
    ("sunitinib", "interferon alfa", "Active Comparator: Interferon alfa", 0.06),
    ("regorafenib", "placebo", "Placebo Comparator: Placebo", 0.06),
    ("sorafenib", None, None, 0.06),  # single arm: no comparative estimate
]

JOURNALS = [
    ("N Engl J Med", "10.1056/NEJMoa"),
    ("Lancet Oncol", "10.1016/S1470-2045"),
    ("J Clin Oncol", "10.1200/JCO"),
    ("Cancer", "10.1002/cncr"),
    ("Ann Oncol", "10.1093/annonc"),
    ("Eur J Cancer", "10.1016/j.ejca"),
    ("Clin Cancer Res", "10.1158/1078-0432.CCR"),
    ("Br J Cancer", "10.1038/bjc"),
]

DOSES = {
    "sorafenib": "400 mg twice daily",
    "sunitinib": "50 mg once daily",
    "regorafenib": "160 mg once daily",
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SURNAMES = [
    "Llovet",
    "Escudier",
    "Brose",
    "Gounder",
    "Procopio",
    "Verzoni",
    "Jonasch",
    "Cheng",
    "Kane",
    "Hutson",
    "Motzer",
    "Ratain",
    "Bruix",
    "Kudo",
    "Schlumberger",
    "Mennitto",
    "Nakamura",
    "Okusaka",
    "Rimassa",
    "Santoro",
    "Lencioni",
    "Sherman",
    "Wirth",
    "Porta",
]
MARKERS = [
    "phosphorylated AKT (pAKT)",
    "serum VEGF-A",
    "circulating ANG2",
    "plasma HGF",
    "tumor ERK phosphorylation",
]
SUBGROUPS = [
    "patients younger than 65 years",
    "patients with an ECOG performance status of 0",
    "patients with extrahepatic spread",
    "patients previously treated with a VEGF inhibitor",
    "patients from the Asia-Pacific region",
]
FUNDERS = [
    "Bayer HealthCare",
    "Onyx Pharmaceuticals",
    "the National Cancer Institute",
    "Pfizer",
    "a national research council",
]


# Each format takes (value, lower, upper, p_text, event) and returns the stated text.
def fmt_hr_semicolon(v, lo, hi, p, event):
    return f"HR {v}; 95% CI {lo}-{hi}"


def fmt_nejm(v, lo, hi, p, event):
    return f"hazard ratio, {v}; 95% confidence interval, {lo} to {hi}; {p}"


def fmt_equals_colon(v, lo, hi, p, event):
    return f"HR = {v}, 95% CI: {lo}\u2013{hi}"


def fmt_brackets(v, lo, hi, p, event):
    return f"HR {v} [95% CI {lo}\u2013{hi}]"


def fmt_event(v, lo, hi, p, event):
    return f"hazard ratio for {event}, {v}; 95% CI, {lo} to {hi}; {p}"


def fmt_p_first(v, lo, hi, p, event):
    return f"{p.lower().replace(' ', '')};HR {v};95% CI {lo}-{hi}"


def fmt_colon_paren(v, lo, hi, p, event):
    return f"HR: {v} (95% CI, {lo} to {hi})"


def fmt_words(v, lo, hi, p, event):
    return f"hazard ratio {v} (95% CI {lo}-{hi}, {p})"


HR_FORMATS = [
    fmt_hr_semicolon,
    fmt_nejm,
    fmt_equals_colon,
    fmt_brackets,
    fmt_event,
    fmt_p_first,
    fmt_colon_paren,
    fmt_words,
]


@dataclass
class Trial:
    number: int
    nct: str
    intervention: str
    comparator: str | None
    comparator_arm: str | None
    condition: tuple
    phase: int
    n: int
    primary: str
    year: int
    authors: list
    journal: tuple
    effects: dict = field(default_factory=dict)  # outcome -> ln HR


@dataclass
class Document:
    doc_id: str
    text: str
    truth: list
    trial: int = 0


class Corpus:
    """Documents drawn from one random.Random(seed), in a fixed order."""

    def __init__(self, seed: int, consecutive_ids: bool = False):
        self.rng = random.Random(seed)
        # registries issue ids in sequence: trial k gets NCT(10,000,000 + k)
        self.consecutive_ids = consecutive_ids
        self.trials = 0
        self.docs = 0
        self.pending = []

    # --- numbers --------------------------------------------------------------------
    def hazard_ratio(self, ln_hr: float, n: int):
        """Stated value and 95% CI (2 decimals, lower < value < upper) and a P text."""
        rng = self.rng
        events = max(20, int(n * rng.uniform(0.45, 0.8)))
        se = 2 / events**0.5
        while True:
            est = ln_hr + rng.gauss(0, se)
            value = round(exp(est), 2)
            lower = round(exp(est - 1.959964 * se), 2)
            upper = round(exp(est + 1.959964 * se), 2)
            if 0 < lower < value < upper and value != 1.0:
                break
        z = abs(est) / se
        if z > 3.29:
            p = "P<0.001"
        else:
            p_value = erfc(z / sqrt(2))
            p = f"P = {p_value:.3f}" if p_value < 0.1 else f"P = {p_value:.2f}"
        return f"{value:.2f}", f"{lower:.2f}", f"{upper:.2f}", p

    # --- trials ---------------------------------------------------------------------
    def new_trial(self) -> Trial:
        rng = self.rng
        self.trials += 1
        weights = [c[3] for c in COMPARISONS]
        intervention, comparator, arm, _ = rng.choices(COMPARISONS, weights)[0]
        condition = rng.choice(CONDITIONS)
        primary = rng.choices(list(OUTCOMES), [0.55, 0.15, 0.12, 0.1, 0.08])[0]
        trial = Trial(
            number=self.trials,
            nct=f"NCT{rng.randrange(10**7, 6 * 10**7):08d}",
            intervention=intervention,
            comparator=comparator,
            comparator_arm=arm,
            condition=condition,
            phase=rng.choice([2, 2, 3, 3, 3]),
            n=rng.randrange(40, 900),
            primary=primary,
            year=rng.randrange(2006, 2026),
            authors=rng.sample(SURNAMES, rng.randrange(3, 8)),
            journal=rng.choice(JOURNALS),
        )
        if not comparator:
            trial.phase = 2  # its papers call it "a single-arm phase 2 study"; so does its record
        if self.consecutive_ids:
            trial.nct = f"NCT{10**7 + self.trials:08d}"
        true_ln = {"sorafenib": -0.4, "regorafenib": -0.6, "sunitinib": -0.5}[intervention]
        trial.effects[primary] = true_ln + rng.gauss(0, 0.2)
        if primary != "OS":
            trial.effects["OS"] = true_ln * 0.5 + rng.gauss(0, 0.15)
        return trial

    def doc_id(self) -> str:
        self.docs += 1
        return f"{self.docs:06d}_{self.rng.getrandbits(64):016x}"

    # --- documents ------------------------------------------------------------------
    def next_document(self) -> Document:
        if not self.pending:
            trial = self.new_trial()
            roll = self.rng.random()
            self.pending.append(lambda: self.publication(trial, update=False))
            if roll < 0.12:
                self.pending.append(lambda: self.registry_record(trial))
            elif roll < 0.17 and trial.comparator:
                self.pending.append(lambda: self.publication(trial, update=True))
        return self.pending.pop(0)()

    def publication(self, trial: Trial, update: bool) -> Document:
        rng = self.rng
        doc_id = self.doc_id()
        parts = []
        truth = []
        condition, short = trial.condition
        drug, comp = trial.intervention, trial.comparator
        year = trial.year + (3 if update else 0)
        journal, doi = trial.journal
        cite = (
            f"{journal}. {year} {rng.choice(MONTHS)} {rng.randrange(1, 29)};"
            f"{rng.randrange(10, 400)}({rng.randrange(1, 25)}):{rng.randrange(100, 3000)}-"
            f"{rng.randrange(3001, 3200)}. doi: {doi}{rng.randrange(10**5, 10**6)}."
        )
        if comp:
            title = (
                f"{'Extended follow-up of a randomized trial of ' if update else ''}"
                f"{drug.capitalize() if not update else drug} versus {comp} in {condition}"
                f"{'' if update else ': a randomized, phase ' + str(trial.phase) + ' trial'}."
            )
        else:
            title = f"A single-arm phase 2 study of {drug} in {condition}."
        style = rng.randrange(3)
        if style == 0:
            parts += [title, "", cite, "", "Abstract", ""]
        elif style == 1:
            parts += [
                "Send to",
                "",
                "Choose Destination",
                cite,
                "",
                title,
                "",
                "Author information",
                "",
            ]
        else:
            parts += [title, ""]

        def add_estimate(sentence_before, hr_text, sentence_after, outcome, role, fields):
            value, lower, upper, _ = fields
            start = len(sentence_before)
            truth.append(
                {
                    "doc_id": doc_id,
                    "measure": "HR",
                    "value": value,
                    "ci_lower": lower,
                    "ci_upper": upper,
                    "ci_level": "0.95",
                    "outcome": outcome,
                    "role": role,
                    "intervention": drug,
                    "comparator": comp or "",
                    "text": hr_text,
                }
            )
            assert start >= 0
            return sentence_before + hr_text + sentence_after

        long_primary, event = OUTCOMES[trial.primary]
        background = (
            f"Background: Treatment options for {condition} are limited. "
            f"{drug.capitalize()} is an oral multikinase inhibitor."
        )
        if comp:
            masking = "double-blind, " if comp == "placebo" else ""
            methods = (
                f"Methods: In this {masking}phase {trial.phase} trial, we randomly "
                f"assigned {trial.n} patients with {short} to receive {drug} "
                f"({DOSES[drug]}) or {comp}. The primary end point was {long_primary} "
                f"({trial.primary})."
            )
        else:
            methods = (
                f"Methods: Patients with {short} received {drug} {DOSES[drug]} in a "
                f"single-arm, multicenter phase 2 study. The primary end point was the "
                f"objective response rate."
            )
        results = ["Results:"]
        if update:
            results.append(
                f"At a median follow-up of {rng.randrange(36, 72)} months, "
                f"{trial.n} patients were analysed."
            )
        if comp:
            for outcome, ln_hr in trial.effects.items():
                fields = self.hazard_ratio(ln_hr, trial.n)
                value, lower, upper, p = fields
                long_name, event = OUTCOMES[outcome]
                formatter = rng.choice(HR_FORMATS)
                hr_text = formatter(value, lower, upper, p, event)
                m1 = rng.uniform(3, 20)
                m0 = m1 * rng.uniform(0.6, 1.4)
                before = (
                    f"Median {long_name} was {m1:.1f} months in the {drug} group and "
                    f"{m0:.1f} months in the {comp} group ("
                )
                results.append(
                    add_estimate(before, hr_text, ").", outcome, "treatment_effect", fields)
                )
            if rng.random() < 0.15:
                fields = self.hazard_ratio(trial.effects[trial.primary] - 0.1, trial.n // 3)
                value, lower, upper, p = fields
                sub = rng.choice(SUBGROUPS)
                before = (
                    f"In the subgroup of {sub}, the {OUTCOMES[trial.primary][0]} "
                    f"benefit was consistent ("
                )
                hr_text = f"HR {value}; 95% CI {lower}-{upper}"
                results.append(
                    add_estimate(before, hr_text, ").", trial.primary, "subgroup", fields)
                )
        pct = rng.randrange(5, 40)
        lo_pct, hi_pct = max(1, pct - rng.randrange(5, 12)), pct + rng.randrange(5, 14)
        results.append(
            f"The objective response rate was {pct}% (95% CI, {lo_pct}%-{hi_pct}%) with {drug}."
        )
        if rng.random() < 0.1:
            fields = self.hazard_ratio(0.12, trial.n)
            value, lower, upper, p = fields
            marker = rng.choice(MARKERS)
            outcome = rng.choice(["PFS", "OS"])
            before = (
                f"In a multivariate model, higher {marker} levels were associated with "
                f"poorer {outcome} ("
            )
            hr_text = fmt_nejm(value, lower, upper, p.replace("P<", "P < "), "")
            results.append(
                add_estimate(before, hr_text, ").", outcome, "biomarker_or_prognostic", fields)
            )
        results.append(
            "The most common adverse events were hand-foot skin reaction, "
            "diarrhea, fatigue and hypertension."
        )
        nct = trial.nct
        if rng.random() < 0.1:
            nct = nct[:-1]  # printed truncated, as in one of the seeds
        conclusion = (
            f"Conclusions: {drug.capitalize()} "
            f"{'prolonged' if trial.effects.get(trial.primary, 0) < 0 else 'did not prolong'} "
            f"{long_primary} in patients with {short}. (Funded by "
            f"{rng.choice(FUNDERS)}; ClinicalTrials.gov number, {nct}.)"
        )
        if style == 0:
            body = "\n\n".join([background, methods, " ".join(results), conclusion])
        else:
            body = "\n\n\n".join(
                [background[12:], methods[9:], " ".join(results[1:]), conclusion[13:]]
            )
        parts.append(body)
        parts.append("")
        authors = ", ".join(f"{rng.choice('ABCDEFGHJKLMNPRSTV')} {a}" for a in trial.authors)
        if style == 2:
            parts += [cite, "", authors, ""]
        else:
            parts += [authors, ""]
        parts.append(f"PMID: {rng.randrange(10**7, 4 * 10**7)}")
        parts.append("")
        text = "\n".join(parts)
        for row in truth:
            assert row["text"] in text
        return Document(doc_id, text, truth, trial.number)

    def registry_record(self, trial: Trial) -> Document:
        rng = self.rng
        doc_id = self.doc_id()
        condition, short = trial.condition
        drug = trial.intervention
        arms = [f"Experimental: {drug.capitalize()}", f"Drug: {drug}", f"{drug} {DOSES[drug]}"]
        if trial.comparator_arm:
            arms += [trial.comparator_arm]
        design = (
            "Allocation: Randomized"
            if trial.comparator
            else "Allocation: N/A\nIntervention Model: Single Group Assignment"
        )
        lines = [
            "IMPORTANT: Listing of a study on this site does not reflect endorsement by the "
            "National Institutes of Health.",
            "",
            f"{drug.capitalize()} in {condition.capitalize()}",
            "",
            "This study has been completed.",
            f"First received: {rng.choice(MONTHS)} {rng.randrange(1, 29)}, {trial.year - 4}",
            "",
            "Condition Intervention Phase",
            condition.capitalize(),
            f"Drug: {drug}",
            f"Phase {trial.phase}",
            "",
            "Study Type: Interventional",
            f"Study Design: {design}",
            "Primary Purpose: Treatment",
            "",
            "Primary Outcome Measures:",
            f"  \u2022 {OUTCOMES[trial.primary][0].title()} [ Time Frame: 3 years ]",
            "Secondary Outcome Measures:",
            "  \u2022 Overall Survival [ Time Frame: 5 years ]",
            "",
            f"Estimated Enrollment: {trial.n}",
            "Arms Assigned Interventions",
            *arms,
            "",
            "  \u2022 Age \u2265 18 years",
            "  \u2022 ECOG Performance Status of 0 or 1",
            "",
            f"Please refer to this study by its identifier: {trial.nct}",
            "",
            f"Responsible Party: {rng.choice(FUNDERS)} Identifier: {trial.nct}",
            "",
        ]
        return Document(doc_id, "\n".join(lines), [], trial.number)


def generate(n: int, outdir: Path, seed: int = 0, consecutive_ids: bool = False) -> list[dict]:
    seeds = outdir / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed, consecutive_ids)
    truth = []
    trial_of = []
    for _ in range(n):
        doc = corpus.next_document()
        (seeds / f"{doc.doc_id}.txt").write_text(doc.text, encoding="utf-8", newline="\n")
        truth += doc.truth
        trial_of.append((doc.doc_id, doc.trial))
    with open(outdir / "trials.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["doc_id", "trial"])
        writer.writerows(trial_of)
    with open(outdir / "truth.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, TRUTH_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(truth)
    return truth


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("outdir", type=Path, help="writes OUTDIR/seeds/ and OUTDIR/truth.csv")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--consecutive-ids",
        action="store_true",
        help="registry ids in sequence (NCT10000001, NCT10000002, ...), as registries issue them",
    )
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be >= 0")
    if (args.outdir / "seeds").exists() and any((args.outdir / "seeds").iterdir()):
        parser.error(f"{args.outdir / 'seeds'} is not empty")
    truth = generate(args.n, args.outdir, args.seed, args.consecutive_ids)
    print(
        f"{args.n} documents in {args.outdir / 'seeds'}, {len(truth)} hazard ratios in "
        f"{args.outdir / 'truth.csv'}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
