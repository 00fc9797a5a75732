rule harmonise_analysis:
    input:
        documents=f"{RESULTS}/01_documents.csv",
        estimates=f"{RESULTS}/02_estimates.csv",
        studies=f"{RESULTS}/03_studies.csv",
        code=lib("harmonise", "linking", "trials", "config", "vocabulary"),
    output:
        harmonised=f"{RESULTS}/harmonised/{{analysis}}.csv",
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
