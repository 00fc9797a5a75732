"""Rule collect_documents: all shards' document records into results/01_documents.csv."""

from collections import Counter

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
    counts = Counter(
        row["doc_id"]
        for path in snakemake.input.estimates
        for row in read_rows(path, keep=["doc_id"])
    )
    rows = []
    for path in snakemake.input.documents:
        for record in read_rows(path, DOCUMENT_COLUMNS):
            n = counts.get(record["doc_id"], 0)
            record["n_estimates"] = n
            if record["status"] == DocumentStatus.OK and n == 0:
                record["status"] = DocumentStatus.NO_ESTIMATES
                record["status_detail"] = "readable, but no effect estimate was found in the text"
            rows.append(record)
    mark_duplicates(rows)
    write_table(snakemake.output.documents, rows, DOCUMENT_COLUMNS, sort_by=["doc_id"])
    log.info("%d documents", len(rows))
