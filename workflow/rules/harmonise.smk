rule harmonise_analysis:
    input:
        documents=f"{RESULTS}/01_documents.csv",
        estimates=f"{RESULTS}/02_estimates.csv",
        studies=f"{RESULTS}/03_studies.csv",
        decisions=sheet(DECISIONS_FILE),
        decisions_schema=f"{SCHEMAS}/decisions.schema.yaml",
        manual=sheet(MANUAL_FILE),
        manual_schema=f"{SCHEMAS}/manual_estimates.schema.yaml",
        code=lib(
            "harmonise",
            "linking",
            "trials",
            "config",
            "vocabulary",
            "decisions",
            "extraction_ids",
        ),
    output:
        harmonised=f"{RESULTS}/harmonised/{{analysis}}.csv",
        effects=f"{RESULTS}/decision_effects/analysis/{{analysis}}.csv",
    log:
        "logs/harmonise_analysis/{analysis}.log",
    benchmark:
        "benchmarks/harmonise_analysis/{analysis}.tsv"
    conda:
        "../../environment.yml"
    params:
        analysis=analysis_params,
    script:
        "../../scripts/harmonise_analysis.py"


rule merge_harmonised:
    input:
        harmonised=expand(f"{RESULTS}/harmonised/{{analysis}}.csv", analysis=ANALYSES),
        code=lib(),
    output:
        harmonised=f"{RESULTS}/04_harmonised.csv",
    log:
        "logs/merge_harmonised.log",
    benchmark:
        "benchmarks/merge_harmonised.tsv"
    conda:
        "../../environment.yml"
    script:
        "../../scripts/merge_harmonised.py"


rule audit_decisions:
    input:
        documents=f"{RESULTS}/01_documents.csv",
        estimates=f"{RESULTS}/02_estimates.csv",
        studies=f"{RESULTS}/03_studies.csv",
        effects=[f"{RESULTS}/decision_effects/linking.csv"]
        + expand(
            f"{RESULTS}/decision_effects/analysis/{{analysis}}.csv", analysis=ANALYSES
        ),
        decisions=sheet(DECISIONS_FILE),
        decisions_schema=f"{SCHEMAS}/decisions.schema.yaml",
        manual=sheet(MANUAL_FILE),
        manual_schema=f"{SCHEMAS}/manual_estimates.schema.yaml",
        code=lib("decisions", "extraction_ids"),
    output:
        decisions=f"{RESULTS}/decisions.csv",
    log:
        "logs/audit_decisions.log",
    benchmark:
        "benchmarks/audit_decisions.tsv"
    conda:
        "../../environment.yml"
    params:
        fail_on_stale=config["decisions"]["fail_on_stale"],
    script:
        "../../scripts/audit_decisions.py"
