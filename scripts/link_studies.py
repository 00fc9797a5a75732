"""Rule link_studies: documents -> studies, with the evidence for every link."""

from metasynth.linking import link_studies
from metasynth.runlog import logged
from metasynth.tables import STUDY_COLUMNS, read_rows, write_table

with logged(snakemake.log[0]) as log:
    documents = read_rows(snakemake.input.documents)
    studies, _ = link_studies(documents)
    write_table(snakemake.output.studies, studies, STUDY_COLUMNS, sort_by=["study_id"])
    log.info("%d documents -> %d studies", len(documents), len(studies))
