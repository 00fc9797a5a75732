"""Rule collect_estimates: all shards' estimates into results/02_estimates.csv."""

from metasynth.runlog import logged
from metasynth.tables import ESTIMATE_COLUMNS, read_rows, write_table

with logged(snakemake.log[0]) as log:
    rows = [row for path in snakemake.input.estimates for row in read_rows(path, ESTIMATE_COLUMNS)]
    # Cells stay text, exactly as each shard wrote them; offsets sort numerically.
    rows.sort(key=lambda r: (r["doc_id"], int(r["char_start"]), int(r["match_start"]), r["estimate_id"]))
    write_table(snakemake.output.estimates, rows, ESTIMATE_COLUMNS)
    log.info("%d estimates", len(rows))
