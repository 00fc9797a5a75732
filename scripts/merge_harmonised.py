"""Rule merge_harmonised: the per-analysis tables into results/04_harmonised.csv."""

import pandas as pd

from metasynth.runlog import logged
from metasynth.tables import HARMONISED_COLUMNS, read_table, write_table

with logged(snakemake.log[0]) as log:
    merged = pd.concat([read_table(p, HARMONISED_COLUMNS) for p in snakemake.input.harmonised])
    merged = merged.sort_values(["analysis", "estimate_id"], kind="stable")
    write_table(snakemake.output.harmonised, merged, HARMONISED_COLUMNS)
    log.info("%d rows", len(merged))
