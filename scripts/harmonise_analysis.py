"""Rule harmonise_analysis: one analysis' candidate estimates on the log scale, with checks
and the reviewer's decisions and estimates (config/decisions.tsv, manual_estimates.tsv)."""

from metasynth import decisions as review
from metasynth.harmonise import harmonise_analysis
from metasynth.linking import doc_studies
from metasynth.runlog import logged
from metasynth.tables import HARMONISED_COLUMNS, read_rows, write_table

# The columns of 02_estimates.csv harmonisation reads (not the quotes).
USED_COLUMNS = [
    "estimate_id",
    "doc_id",
    "measure",
    "value",
    "ci_lower",
    "ci_upper",
    "ci_level",
    "p_value",
    "p_text",
    "outcome",
    "role",
    "comparison",
    "numerator_arm",
    "denominator_arm",
    "trial",
]

with logged(snakemake.log[0]) as log:
    analysis = snakemake.params.analysis
    documents = {r["doc_id"]: r for r in read_rows(snakemake.input.documents)}
    estimates = read_rows(snakemake.input.estimates, keep=USED_COLUMNS)
    studies = read_rows(snakemake.input.studies)
    decisions = review.load_decisions(
        review.sheet_file(snakemake.input.decisions), snakemake.input.decisions_schema
    )
    manual = review.load_manual_estimates(
        review.sheet_file(snakemake.input.manual), snakemake.input.manual_schema
    )
    manual_rows, effects = review.manual_estimate_rows(manual, studies)
    estimates, set_effects = review.apply_estimate_sets(
        estimates + manual_rows, decisions, analysis["name"]
    )
    effects += set_effects
    rows = harmonise_analysis(
        estimates,
        documents,
        doc_studies(studies),
        {s["study_id"]: s["label"] for s in studies},
        analysis,
        review=lambda rows: effects.extend(
            review.apply_inclusion_decisions(rows, decisions, analysis["name"])
        ),
        study_characteristics=review.study_characteristics(studies),
        primary_docs={s["study_id"]: s["primary_doc_id"] for s in studies},
        unnamed_studies=frozenset(
            s["study_id"] for s in studies if not s["registry_ids"] and not s["trial_names"]
        ),
    )
    effects += review.manual_effects(rows, manual, analysis["name"])
    write_table(snakemake.output.harmonised, rows, HARMONISED_COLUMNS, sort_by=["estimate_id"])
    write_table(snakemake.output.effects, [e.row() for e in effects], review.EFFECT_COLUMNS)
    for effect in effects:
        log.info(review.describe(effect.row()))
    log.info("%d candidates, %d included", len(rows), sum(r["included"] for r in rows))
