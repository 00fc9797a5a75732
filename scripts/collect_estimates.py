"""Rule collect_estimates: all shards' estimates into results/02_estimates.csv."""

import pandas as pd

from metasynth.runlog import logged
from metasynth.tables import ESTIMATE_COLUMNS, read_table, write_table

with logged(snakemake.log[0]) as log:
    frames = [read_table(p, ESTIMATE_COLUMNS) for p in snakemake.input.estimates]
    estimates = pd.concat(frames)
    # Cells stay text, exactly as each shard wrote them; sort numerically by offset.
    estimates["_start"] = estimates["char_start"].astype(int)
    estimates = estimates.sort_values(["doc_id", "_start", "estimate_id"], kind="stable")
    write_table(snakemake.output.estimates, estimates.drop(columns="_start"), ESTIMATE_COLUMNS)
    log.info("%d estimates", len(estimates))
