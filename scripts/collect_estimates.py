"""Rule collect_estimates: all shards' estimates into results/02_estimates.csv."""

from metasynth.runlog import logged
from metasynth.tables import ESTIMATE_COLUMNS, concatenate_tables

with logged(snakemake.log[0]) as log:
    # A document lives in exactly one shard, whose rows are in text order: a stable
    # sort by doc_id gives document order, then text order, copying cells as written.
    n = concatenate_tables(
        snakemake.input.estimates, snakemake.output.estimates, ESTIMATE_COLUMNS, key="doc_id"
    )
    log.info("%d estimates", n)
