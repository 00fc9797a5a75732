# metasynth: clinical-trial documents -> audited random-effects meta-analysis.
from snakemake.utils import min_version

min_version("9.0")


configfile: "config/config.yaml"


include: "workflow/rules/common.smk"
include: "workflow/rules/parse.smk"
include: "workflow/rules/extract.smk"
include: "workflow/rules/link.smk"
include: "workflow/rules/harmonise.smk"
include: "workflow/rules/pool.smk"
include: "workflow/rules/plot.smk"
include: "workflow/rules/report.smk"


rule all:
    default_target: True
    input:
        all_outputs(),
