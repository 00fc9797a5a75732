"""Rule merge_harmonised: the per-analysis tables into results/04_harmonised.csv."""

from metasynth.runlog import logged
from metasynth.tables import HARMONISED_COLUMNS, read_rows, write_table

with logged(snakemake.log[0]) as log:
    # Inputs come in sorted analysis order and each is sorted by estimate_id.
    rows = [
        row for path in snakemake.input.harmonised for row in read_rows(path, HARMONISED_COLUMNS)
    ]
    write_table(snakemake.output.harmonised, rows, HARMONISED_COLUMNS)
    log.info("%d rows", len(rows))
