"""Rule collect_documents: all shards' document records into results/01_documents.csv."""

from collections import Counter

from metasynth.runlog import logged
from metasynth.tables import DOCUMENT_COLUMNS, read_rows, write_table

with logged(snakemake.log[0]) as log:
    counts = Counter(
        row["doc_id"] for path in snakemake.input.estimates for row in read_rows(path)
    )
    rows = []
    for path in snakemake.input.documents:
        for record in read_rows(path, DOCUMENT_COLUMNS):
            n = counts.get(record["doc_id"], 0)
            record["n_estimates"] = n
            if record["status"] == "ok" and n == 0:
                record["status"] = "no_estimates"
                record["status_detail"] = "readable, but no effect estimate was found in the text"
            rows.append(record)
    write_table(snakemake.output.documents, rows, DOCUMENT_COLUMNS, sort_by=["doc_id"])
    log.info("%d documents", len(rows))
