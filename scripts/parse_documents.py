"""Rule parse_documents: read one shard of seed documents into records and decoded texts."""

import json

from metasynth import parsing, parsing_text, seeds
from metasynth.runlog import logged
from metasynth.tables import DOCUMENT_COLUMNS, write_table


def not_read(entry, status, detail):
    """The row of an entry whose bytes were not read (folder, FIFO, broken link, ...)."""
    return {
        "doc_id": entry["doc_id"],
        "file": entry["file"],
        "sha256": "",
        "n_bytes": "",
        **parsing.EMPTY_METADATA,
        "status": status,
        "status_detail": detail,
    }


with logged(snakemake.log[0]) as log:
    records, texts = [], []
    for entry in seeds.read_manifest(snakemake.input.manifest):
        doc_id, text = entry["doc_id"], None
        if entry["kind"] != "file":
            record = not_read(entry, entry["kind"], entry["detail"])
        else:
            data, status, detail = seeds.read_seed(entry["path"])
            if data is None:
                record = not_read(entry, status, detail)
            else:
                record, text = parsing_text.parse_document(doc_id, entry["file"], data)
        records.append(record)
        if text is not None:
            texts.append({"doc_id": doc_id, "text": text})
        log.info("%s: %s %s", ascii(doc_id), record["status"], record.get("status_detail", ""))
    write_table(snakemake.output.documents, records, DOCUMENT_COLUMNS, sort_by=["doc_id"])
    with open(snakemake.output.texts, "w", encoding="utf-8", newline="\n") as handle:
        for item in sorted(texts, key=lambda t: t["doc_id"]):
            handle.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
    log.info("%d documents, %d readable", len(records), len(texts))
