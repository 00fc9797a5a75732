"""Rule extract_estimates: every effect estimate stated in one shard's texts."""

import json

from metasynth import extraction
from metasynth.runlog import logged
from metasynth.tables import ESTIMATE_COLUMNS, read_rows, write_table

with logged(snakemake.log[0]) as log:
    records = {r["doc_id"]: r for r in read_rows(snakemake.input.documents)}
    rows = []
    with open(snakemake.input.texts, encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            text = item["text"]
            found = extraction.extract_estimates(item["doc_id"], text, records[item["doc_id"]])
            for row in found:
                if text[int(row["char_start"]) : int(row["char_end"])] != row["quote"]:
                    raise ValueError(
                        f"{item['doc_id']}: estimate {row['estimate_id']} quote does not match "
                        f"text[{row['char_start']}:{row['char_end']}]"
                    )
            rows.extend(found)
            log.info("%s: %d estimates", item["doc_id"], len(found))
    # Already in document order; doc_id then offset keeps it so across documents.
    rows.sort(key=lambda r: (r["doc_id"], int(r["char_start"]), int(r["match_start"]), r["estimate_id"]))
    write_table(snakemake.output.estimates, rows, ESTIMATE_COLUMNS)
