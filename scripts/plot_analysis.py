"""Rule plot_analysis: forest, funnel and leave-one-out plots of one analysis."""

from metasynth import plotting
from metasynth.runlog import logged
from metasynth.tables import read_rows

with logged(snakemake.log[0]) as log:
    meta = dict(snakemake.params.analysis)
    weights = read_rows(snakemake.input.weights)
    pooled = read_rows(snakemake.input.pooled)
    plotting.plot_forest(
        weights,
        pooled,
        meta,
        list(snakemake.output.forest),
        subgroups=read_rows(snakemake.input.subgroups),
        max_rows=snakemake.params.max_forest_rows,
    )
    plotting.plot_funnel(weights, pooled, meta, list(snakemake.output.funnel))
    plotting.plot_leave_one_out(
        read_rows(snakemake.input.leave_one_out),
        pooled,
        meta,
        list(snakemake.output.leave_one_out),
        max_rows=snakemake.params.max_forest_rows,
    )
    log.info("%d studies plotted", len(weights))
