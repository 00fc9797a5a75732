"""Rule parse_documents: read one shard of seed documents into records and decoded texts."""

import json
import os
from pathlib import Path

from metasynth import parsing
from metasynth.runlog import logged
from metasynth.tables import DOCUMENT_COLUMNS, write_table

with logged(snakemake.log[0]) as log:
    records, texts = [], []
    with open(snakemake.input.manifest, encoding="utf-8") as handle:
        paths = [line.split("\t", 1)[0] for line in handle if line.strip()]
    for path in paths:
        doc_id = os.path.splitext(os.path.basename(path))[0]
        record, text = parsing.parse_document(doc_id, path, Path(path).read_bytes())
        records.append(record)
        if text is not None:
            texts.append({"doc_id": doc_id, "text": text})
        log.info("%s: %s %s", doc_id, record["status"], record.get("status_detail", ""))
    write_table(snakemake.output.documents, records, DOCUMENT_COLUMNS, sort_by=["doc_id"])
    with open(snakemake.output.texts, "w", encoding="utf-8", newline="\n") as handle:
        for item in sorted(texts, key=lambda t: t["doc_id"]):
            handle.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
    log.info("%d documents, %d readable", len(records), len(texts))
