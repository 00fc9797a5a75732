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
    # The year of each study's primary report, as linking chose it (03_studies.csv).
    studies = tables.read_rows(snakemake.input.studies, keep=["study_id", "year"])
    study_years = {s["study_id"]: int(s["year"]) if s["year"].isdigit() else 0 for s in studies}
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
