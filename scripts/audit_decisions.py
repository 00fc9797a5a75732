"""Rule audit_decisions: every reviewer decision, where it acted (before -> after) or why
it did not, into results/decisions.csv; stale decisions fail the run when configured."""

from metasynth import decisions as review
from metasynth.runlog import logged
from metasynth.tables import read_rows, write_table

with logged(snakemake.log[0]) as log:
    decisions = review.load_decisions(
        review.sheet_file(snakemake.input.decisions), snakemake.input.decisions_schema
    )
    manual = review.load_manual_estimates(
        review.sheet_file(snakemake.input.manual), snakemake.input.manual_schema
    )
    effects = [
        review.effect_from_row(row) for path in snakemake.input.effects for row in read_rows(path)
    ]
    known = (
        {r["estimate_id"] for r in read_rows(snakemake.input.estimates, keep=["estimate_id"])}
        | {r["study_id"] for r in read_rows(snakemake.input.studies, keep=["study_id"])}
        | {r["doc_id"] for r in read_rows(snakemake.input.documents, keep=["doc_id"])}
        | {m.estimate_id for m in manual}
    )
    rows = review.audit_decisions(decisions, manual, effects, known)
    stale = review.stale(rows)
    for row in stale:
        log.warning("stale decision: %s", review.describe(row))
    if stale and snakemake.params.fail_on_stale:
        raise review.SheetError(
            f"{len(stale)} stale reviewer decision(s) and config key decisions.fail_on_stale is "
            "true:\n  " + "\n  ".join(review.describe(r) for r in stale)
        )
    write_table(snakemake.output.decisions, rows, review.EFFECT_COLUMNS)
    log.info(
        "%d decisions and reviewer estimates, %d rows, %d stale",
        len(decisions) + len(manual),
        len(rows),
        len(stale),
    )
