"""Rule collect_documents: all shards' document records into results/01_documents.csv."""

import pandas as pd

from metasynth.runlog import logged
from metasynth.tables import DOCUMENT_COLUMNS, read_table, write_table

with logged(snakemake.log[0]) as log:
    documents = pd.concat([read_table(p, DOCUMENT_COLUMNS) for p in snakemake.input.documents])
    estimates = pd.concat([read_table(p) for p in snakemake.input.estimates])
    counts = estimates.groupby("doc_id").size() if len(estimates) else pd.Series(dtype=int)
    rows = []
    for record in documents.to_dict("records"):
        n = int(counts.get(record["doc_id"], 0))
        record["n_estimates"] = n
        if record["status"] == "ok" and n == 0:
            record["status"] = "no_estimates"
            record["status_detail"] = "readable, but no effect estimate was found in the text"
        rows.append(record)
    write_table(snakemake.output.documents, rows, DOCUMENT_COLUMNS, sort_by=["doc_id"])
    log.info("%d documents", len(rows))
