"""Rule count_flow: documents and estimates in and out of every stage, with reasons."""

from metasynth.flow import count_flow
from metasynth.runlog import logged
from metasynth.tables import FLOW_COLUMNS, read_table, write_table

with logged(snakemake.log[0]) as log:
    rows = count_flow(
        documents=read_table(snakemake.input.documents).to_dict("records"),
        estimates=read_table(snakemake.input.estimates).to_dict("records"),
        studies=read_table(snakemake.input.studies).to_dict("records"),
        harmonised=read_table(snakemake.input.harmonised).to_dict("records"),
        pooled={a: read_table(p).to_dict("records") for a, p in zip(snakemake.params.analyses, snakemake.input.pooled)},
    )
    write_table(snakemake.output.flow, rows, FLOW_COLUMNS)
    log.info("%d flow rows", len(rows))
