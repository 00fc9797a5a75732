"""Rule link_studies: documents -> studies, with the evidence for every link and the
reviewer's links, labels and study characteristics (config/decisions.tsv)."""

from metasynth.decisions import (
    EFFECT_COLUMNS,
    apply_study_decisions,
    describe,
    load_decisions,
    sheet_file,
)
from metasynth.linking import add_primary_report_years, link_studies
from metasynth.runlog import logged
from metasynth.tables import STUDY_COLUMNS, read_rows, write_table

with logged(snakemake.log[0]) as log:
    documents = read_rows(snakemake.input.documents)
    studies, _ = link_studies(documents)
    decisions = load_decisions(
        sheet_file(snakemake.input.decisions), snakemake.input.decisions_schema
    )
    studies, effects = apply_study_decisions(studies, {d["doc_id"] for d in documents}, decisions)
    add_primary_report_years(studies, documents)
    write_table(snakemake.output.studies, studies, STUDY_COLUMNS, sort_by=["study_id"])
    write_table(snakemake.output.effects, [e.row() for e in effects], EFFECT_COLUMNS)
    for effect in effects:
        log.info(describe(effect.row()))
    log.info("%d documents -> %d studies", len(documents), len(studies))
