rule count_flow:
    input:
        documents=f"{RESULTS}/01_documents.csv",
        estimates=f"{RESULTS}/02_estimates.csv",
        studies=f"{RESULTS}/03_studies.csv",
        harmonised=f"{RESULTS}/04_harmonised.csv",
        pooled=expand(f"{RESULTS}/05_pooled/{{analysis}}/pooled.csv", analysis=ANALYSES),
        decisions=f"{RESULTS}/decisions.csv",
        code=lib("flow", "decisions", "extraction_ids"),
    output:
        flow=f"{RESULTS}/flow.csv",
    log:
        "logs/count_flow.log",
    benchmark:
        "benchmarks/count_flow.tsv"
    conda:
        "../../environment.yml"
    params:
        analyses=ANALYSES,
        measures={name: config["analyses"][name]["measure"] for name in ANALYSES},
    script:
        "../../scripts/count_flow.py"


rule build_report:
    input:
        documents=f"{RESULTS}/01_documents.csv",
        estimates=f"{RESULTS}/02_estimates.csv",
        studies=f"{RESULTS}/03_studies.csv",
        harmonised=f"{RESULTS}/04_harmonised.csv",
        flow=f"{RESULTS}/flow.csv",
        decisions=f"{RESULTS}/decisions.csv",
        pooled=[
            f
            for analysis in ANALYSES
            for f in list(pooled_files(analysis).values()) + figure_files(analysis)
        ],
        code=lib("report", "harmonise_conversions"),
    output:
        report=report(
            f"{RESULTS}/report.html",
            caption="../report/workflow.rst",
            category="Report",
        ),
    log:
        "logs/build_report.log",
    benchmark:
        "benchmarks/build_report.tsv"
    conda:
        "../../environment.yml"
    params:
        results_dir=lambda wildcards, output: os.path.dirname(output.report),
        analyses={name: config["analyses"][name] for name in ANALYSES},
        # which of the inputs is which table or figure of each analysis
        analysis_files={name: report_analysis_files(name) for name in ANALYSES},
    script:
        "../../scripts/build_report.py"


rule prune_results:
    input:
        # after the report, so a run that fails removes nothing
        report=f"{RESULTS}/report.html",
        flow=f"{RESULTS}/flow.csv",
        code=lib("layout"),
    output:
        analyses=f"{RESULTS}/analyses.txt",
    log:
        "logs/prune_results.log",
    benchmark:
        "benchmarks/prune_results.tsv"
    conda:
        "../../environment.yml"
    params:
        analyses=ANALYSES,
        results_dir=lambda wildcards, output: os.path.dirname(output.analyses),
    script:
        "../../scripts/prune_results.py"
