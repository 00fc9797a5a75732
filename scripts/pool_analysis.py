"""Rule pool_analysis: fixed- and random-effects models and their companions for one analysis."""

from metasynth import tables
from metasynth.runlog import logged
from metasynth.synthesis import synthesise

COLUMNS = {
    "pooled": tables.POOLED_COLUMNS,
    "weights": tables.WEIGHT_COLUMNS,
    "leave_one_out": tables.LEAVE_ONE_OUT_COLUMNS,
    "cumulative": tables.CUMULATIVE_COLUMNS,
    "subgroups": tables.SUBGROUP_COLUMNS,
    "small_study_tests": tables.SMALL_STUDY_COLUMNS,
}

with logged(snakemake.log[0]) as log:
    harmonised = tables.read_rows(snakemake.input.harmonised)
    documents = tables.read_rows(snakemake.input.documents)
    year_of_doc = {d["doc_id"]: int(d["year"]) if d["year"].isdigit() else 0 for d in documents}
    study_years = {r["study_id"]: year_of_doc.get(r["doc_id"], 0) for r in harmonised}
    result = synthesise(
        snakemake.params.analysis,
        harmonised,
        study_years,
        snakemake.params.small_study_min_k,
        snakemake.params.influence_max_k,
    )
    for name, columns in COLUMNS.items():
        # Rows are already in their reading order (models, forest order, steps).
        tables.write_table(snakemake.output[name], result[name], columns)
    primary = result["pooled"][0]
    log.info("k=%s status=%s estimate=%s", primary["k"], primary["status"], primary.get("estimate"))
