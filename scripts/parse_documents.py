"""Rule parse_documents: read one shard of seed files into document records and texts.

A text page is one document; an export or registry download holds several (one per
record), each with a doc_id of its own (see metasynth.readers).
"""

import json

from metasynth import parsing, readers, seeds
from metasynth.cache import ShardCache, text_digest
from metasynth.records import Document
from metasynth.runlog import logged
from metasynth.tables import DOCUMENT_COLUMNS, write_table


def not_read(entry, status, detail):
    """The row of an entry whose bytes were not read (folder, FIFO, broken link, ...)."""
    return Document(
        doc_id=entry["doc_id"],
        file=entry["file"],
        **parsing.EMPTY_METADATA,
        status=status,
        status_detail=detail,
    ).row()


def read_file(entry, data):
    """[row, text, posted] of every document of a file (a text page is one)."""
    return [
        [row, record.text, record.posted]
        for row, record in readers.document_rows(entry["doc_id"], entry["file"], data)
    ]


with logged(snakemake.log[0]) as log:
    # what the last run of this shard worked out per file, under the file's bytes and the
    # code's version (metasynth.cache): an edit reparses its own file only
    cache = ShardCache(snakemake.params.cache, "parse")
    rows, documents = [], []
    for entry in seeds.read_manifest(snakemake.input.manifest):
        if entry["kind"] != "file":
            rows.append(not_read(entry, entry["kind"], entry["detail"]))
            documents.append(None)
            continue
        data, status, detail = seeds.read_seed(entry["path"])
        if data is None:
            rows.append(not_read(entry, status, detail))
            documents.append(None)
            continue
        key = cache.key(entry["doc_id"], entry["file"], text_digest(data))
        found = cache.get(key)
        if found is None:
            found = read_file(entry, data)
            cache.put(key, found)
        for row, text, posted in found:
            rows.append(row)
            documents.append((text, posted))
    # two records with one id in this shard: one document, the other listed as its duplicate
    readers.resolve_doc_ids(rows)
    texts = []
    for row, document in zip(rows, documents):
        text, posted = document if document is not None else (None, None)
        if text is not None and row["status"] in ("ok", "duplicate"):
            item = {"doc_id": row["doc_id"], "text": text}
            if posted is not None:
                item["posted"] = posted
            texts.append(item)
        log.info("%s: %s %s", ascii(row["doc_id"]), row["status"], row.get("status_detail", ""))
    write_table(snakemake.output.documents, rows, DOCUMENT_COLUMNS, sort_by=["doc_id"])
    with open(snakemake.output.texts, "w", encoding="utf-8", newline="\n") as handle:
        for item in sorted(texts, key=lambda t: t["doc_id"]):
            handle.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
    cache.save()
    log.info(
        "%d documents, %d readable; %d files from the cache, %d read",
        len(rows),
        len(texts),
        cache.hits,
        cache.misses,
    )
