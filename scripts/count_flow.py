"""Rule count_flow: documents and estimates in and out of every stage, with reasons."""

from metasynth.flow import count_flow
from metasynth.runlog import logged
from metasynth.tables import FLOW_COLUMNS, read_rows, write_table

with logged(snakemake.log[0]) as log:
    rows = count_flow(
        documents=read_rows(snakemake.input.documents),
        estimates=read_rows(snakemake.input.estimates),
        studies=read_rows(snakemake.input.studies),
        harmonised=read_rows(snakemake.input.harmonised),
        pooled={a: read_rows(p) for a, p in zip(snakemake.params.analyses, snakemake.input.pooled)},
        measures=snakemake.params.measures,
        decisions=read_rows(snakemake.input.decisions),
    )
    write_table(snakemake.output.flow, rows, FLOW_COLUMNS)
    log.info("%d flow rows", len(rows))
