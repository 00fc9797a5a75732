"""Rule harmonise_analysis: one analysis' candidate estimates on the log scale, with checks."""

from metasynth.harmonise import harmonise_analysis
from metasynth.linking import doc_studies
from metasynth.runlog import logged
from metasynth.tables import HARMONISED_COLUMNS, read_rows, write_table

# The columns of 02_estimates.csv harmonisation reads (not the quotes).
USED_COLUMNS = [
    "estimate_id", "doc_id", "measure", "value", "ci_lower", "ci_upper", "ci_level",
    "p_value", "p_text", "outcome", "role", "comparison", "numerator_arm", "denominator_arm", "trial",
]

with logged(snakemake.log[0]) as log:
    documents = {r["doc_id"]: r for r in read_rows(snakemake.input.documents)}
    estimates = read_rows(snakemake.input.estimates, keep=USED_COLUMNS)
    studies = read_rows(snakemake.input.studies)
    doc_to_study = doc_studies(studies)
    labels = {s["study_id"]: s["label"] for s in studies}
    rows = harmonise_analysis(estimates, documents, doc_to_study, labels, snakemake.params.analysis)
    write_table(snakemake.output.harmonised, rows, HARMONISED_COLUMNS, sort_by=["estimate_id"])
    log.info("%d candidates, %d included", len(rows), sum(r["included"] for r in rows))
