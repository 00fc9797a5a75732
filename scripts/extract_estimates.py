"""Rule extract_estimates: every effect estimate stated in one shard's texts."""

import json

from metasynth import extraction
from metasynth.cache import ShardCache, text_digest
from metasynth.runlog import logged
from metasynth.tables import ESTIMATE_COLUMNS, read_rows, write_table


def read_texts(path, records):
    """doc_id -> text, checked against the shard's records: every readable document has
    its text, so a truncated texts.jsonl fails loudly instead of losing estimates."""
    texts = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                item = json.loads(line)
            except ValueError as error:
                raise ValueError(
                    f"{path} line {number}: not a JSON record ({error}); "
                    "the file is damaged, delete it and rerun"
                ) from None
            texts[item["doc_id"]] = (item["text"], item.get("posted"))
    missing = sorted(d for d, r in records.items() if r["status"] == "ok" and d not in texts)
    if missing:
        raise ValueError(
            f"{path}: no text for {len(missing)} readable document(s) "
            f"({', '.join(missing[:5])}); the file is damaged, delete it and rerun"
        )
    return texts


with logged(snakemake.log[0]) as log:
    records = {r["doc_id"]: r for r in read_rows(snakemake.input.documents)}
    # what the last run of this shard found per document, under its text, its row and the
    # code's version (metasynth.cache): an edit reads its own document only
    cache = ShardCache(snakemake.params.cache, "extract")
    rows = []
    for doc_id, (text, posted) in read_texts(snakemake.input.texts, records).items():
        key = cache.key(doc_id, text_digest(text), records[doc_id], posted)
        found = cache.get(key)
        if found is None:
            found = (
                extraction.extract_estimates(doc_id, text, records[doc_id])
                if posted is None
                # a registry download: the analyses it posts, as posted
                else extraction.posted_estimates(doc_id, text, posted)
            )
            cache.put(key, found)
        for row in found:
            if text[int(row["char_start"]) : int(row["char_end"])] != row["quote"]:
                raise ValueError(
                    f"{doc_id}: estimate {row['estimate_id']} quote does not match "
                    f"text[{row['char_start']}:{row['char_end']}]"
                )
        rows.extend(found)
        log.info("%s: %d estimates", doc_id, len(found))
    # Already in document order; doc_id then offset keeps it so across documents.
    rows.sort(
        key=lambda r: (r["doc_id"], int(r["char_start"]), int(r["match_start"]), r["estimate_id"])
    )
    write_table(snakemake.output.estimates, rows, ESTIMATE_COLUMNS)
    cache.save()
    log.info("%d documents from the cache, %d read", cache.hits, cache.misses)
