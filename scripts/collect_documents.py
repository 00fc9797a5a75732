"""Rule collect_documents: all shards' document records into results/01_documents.csv."""

from collections import Counter

from metasynth import readers
from metasynth.records import READABLE, DocumentStatus
from metasynth.runlog import logged
from metasynth.tables import DOCUMENT_COLUMNS, read_rows, write_table


def mark_duplicates(rows):
    """A document with the same bytes as an earlier one (by doc_id) is listed as a
    duplicate of it: it forms no study, so one trial report is never pooled twice."""
    first = {}
    for record in sorted(rows, key=lambda r: r["doc_id"]):
        if record["status"] not in READABLE or not record["sha256"]:
            continue
        original = first.setdefault(record["sha256"], record)
        if original is not record:
            record["status"] = DocumentStatus.DUPLICATE
            record["status_detail"] = (
                f"same bytes (sha256 {record['sha256'][:12]}...) as {original['doc_id']} "
                f"({original['file']}); listed, not linked or pooled"
            )


with logged(snakemake.log[0]) as log:
    shard_rows = [read_rows(path, DOCUMENT_COLUMNS) for path in snakemake.input.documents]
    # the same record in files of two shards: one document, the other its duplicate
    rows, renames = readers.collected_documents(shard_rows)
    counts = Counter(
        renamed.get(row["doc_id"], row["doc_id"])
        for path, renamed in zip(snakemake.input.estimates, renames)
        for row in read_rows(path, keep=["doc_id"])
    )
    for record in rows:
        n = counts.get(record["doc_id"], 0)
        record["n_estimates"] = n
        if record["status"] == DocumentStatus.OK and n == 0:
            record["status"] = DocumentStatus.NO_ESTIMATES
            record["status_detail"] = "readable, but no effect estimate was found in the text"
    mark_duplicates(rows)
    write_table(snakemake.output.documents, rows, DOCUMENT_COLUMNS, sort_by=["doc_id"])
    log.info("%d documents", len(rows))
