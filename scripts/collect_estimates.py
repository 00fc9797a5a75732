"""Rule collect_estimates: all shards' estimates into results/02_estimates.csv."""

from metasynth import readers
from metasynth.runlog import logged
from metasynth.tables import (
    DOCUMENT_COLUMNS,
    ESTIMATE_COLUMNS,
    concatenate_tables,
    read_rows,
    write_table,
)

with logged(snakemake.log[0]) as log:
    shard_rows = [read_rows(path, DOCUMENT_COLUMNS) for path in snakemake.input.documents]
    _, renames = readers.collected_documents(shard_rows)
    if not any(renames):
        # A document lives in exactly one shard, whose rows are in text order: a stable
        # sort by doc_id gives document order, then text order, copying cells as written.
        n = concatenate_tables(
            snakemake.input.estimates, snakemake.output.estimates, ESTIMATE_COLUMNS, key="doc_id"
        )
    else:
        # A record read in two shards' files: the second copy's estimates follow its new doc_id.
        rows = [
            readers.renamed_estimate(row, renamed)
            for path, renamed in zip(snakemake.input.estimates, renames)
            for row in read_rows(path, ESTIMATE_COLUMNS)
        ]
        rows.sort(key=lambda r: r["doc_id"])
        write_table(snakemake.output.estimates, rows, ESTIMATE_COLUMNS)
        n = len(rows)
    log.info("%d estimates", n)
