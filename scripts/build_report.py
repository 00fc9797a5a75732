"""Rule build_report: one self-contained HTML page of the whole run."""

import platform
from importlib.metadata import version

from metasynth import __version__, report
from metasynth.runlog import logged

PACKAGES = (
    "snakemake",
    "numpy",
    "scipy",
    "pandas",
    "statsmodels",
    "matplotlib",
    "jsonschema",
    "pyyaml",
)

with logged(snakemake.log[0]) as log:
    software = {"metasynth": __version__, "python": platform.python_version()}
    software.update({name: version(name) for name in PACKAGES})
    analyses = {name: dict(meta) for name, meta in snakemake.params.analyses.items()}
    report.build_report(snakemake.params.results_dir, analyses, software, snakemake.output.report)
    log.info("report written")
