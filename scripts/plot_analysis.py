"""Rule plot_analysis: forest, funnel and leave-one-out plots of one analysis."""

from metasynth import plotting
from metasynth.runlog import logged
from metasynth.tables import read_table

with logged(snakemake.log[0]) as log:
    meta = dict(snakemake.params.analysis)
    weights = read_table(snakemake.input.weights)
    pooled = read_table(snakemake.input.pooled)
    loo = read_table(snakemake.input.leave_one_out)
    plotting.plot_forest(weights, pooled, meta, list(snakemake.output.forest))
    plotting.plot_funnel(weights, pooled, meta, list(snakemake.output.funnel))
    plotting.plot_leave_one_out(loo, pooled, meta, list(snakemake.output.leave_one_out))
    log.info("%d studies plotted", len(weights))
