"""Rule extract_estimates: every effect estimate stated in one shard's texts."""

import json

from metasynth import extraction
from metasynth.runlog import logged
from metasynth.tables import ESTIMATE_COLUMNS, read_table, write_table

with logged(snakemake.log[0]) as log:
    records = {r["doc_id"]: r for r in read_table(snakemake.input.documents).to_dict("records")}
    rows = []
    with open(snakemake.input.texts, encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            found = extraction.extract_estimates(item["doc_id"], item["text"], records[item["doc_id"]])
            for row in found:
                quote = item["text"][int(row["char_start"]) : int(row["char_end"])]
                if quote != row["quote"]:
                    raise ValueError(
                        f"{item['doc_id']}: estimate {row['estimate_id']} quote does not match "
                        f"text[{row['char_start']}:{row['char_end']}]"
                    )
            rows.extend(found)
            log.info("%s: %d estimates", item["doc_id"], len(found))
    write_table(snakemake.output.estimates, rows, ESTIMATE_COLUMNS, sort_by=["doc_id", "char_start", "match_start", "estimate_id"])
