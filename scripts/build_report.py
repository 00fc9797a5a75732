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
    # Every file the report reads is one of the rule's inputs.
    files = {key: snakemake.input[key] for key in report.STAGE_FILES}
    files["analyses"] = {a: dict(f) for a, f in snakemake.params.analysis_files.items()}
    inputs = set(snakemake.input)
    for name, analysis_files in files["analyses"].items():
        for path in analysis_files.values():
            if path not in inputs:
                raise ValueError(f"rule build_report: {path} (analysis {name}) is not an input")
    report.build_report(
        snakemake.params.results_dir, analyses, software, snakemake.output.report, files
    )
    log.info("report written")
