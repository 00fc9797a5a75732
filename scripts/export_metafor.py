"""Rule export_metafor: an R script and its data reproducing pooled.csv with metafor."""

from metasynth.metafor_script import DATA_COLUMNS, metafor_data, metafor_script
from metasynth.runlog import logged
from metasynth.tables import read_rows, write_table

with logged(snakemake.log[0]) as log:
    analysis = snakemake.params.analysis
    weights = read_rows(snakemake.input.weights)
    pooled = read_rows(snakemake.input.pooled)
    write_table(snakemake.output.data, metafor_data(weights), DATA_COLUMNS)
    script = metafor_script(analysis["name"], pooled, len(weights), float(analysis["level"]))
    with open(snakemake.output.script, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(script)
    log.info("%d studies, %d models", len(weights), script.count('report("'))
