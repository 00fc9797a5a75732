rule link_studies:
    input:
        documents=f"{RESULTS}/01_documents.csv",
        code=lib("linking", "trials"),
    output:
        studies=f"{RESULTS}/03_studies.csv",
    log:
        "logs/link_studies.log",
    benchmark:
        "benchmarks/link_studies.tsv"
    conda:
        "../../environment.yml"
    script:
        "../../scripts/link_studies.py"
