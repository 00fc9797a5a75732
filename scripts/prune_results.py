"""Rule prune_results: remove the results of analyses no longer in the config."""

from pathlib import Path

from metasynth.layout import remove_unconfigured_results
from metasynth.runlog import logged

with logged(snakemake.log[0]) as log:
    analyses = list(snakemake.params.analyses)
    removed = remove_unconfigured_results(snakemake.params.results_dir, analyses)
    for path in removed:
        log.warning("removed %s: its analysis is no longer in the config", path)
    # The output lists the configured analyses; the rule reruns when that list changes.
    text = "".join(f"{name}\n" for name in analyses)
    Path(snakemake.output.analyses).write_text(text, encoding="utf-8", newline="\n")
    log.info("%d configured analyses, %d results removed", len(analyses), len(removed))
