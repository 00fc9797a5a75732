rule link_studies:
    input:
        documents=f"{RESULTS}/01_documents.csv",
        decisions=sheet(DECISIONS_FILE),
        decisions_schema=f"{SCHEMAS}/decisions.schema.yaml",
        code=lib("linking", "trials", "decisions", "extraction_ids", "wording"),
    output:
        studies=f"{RESULTS}/03_studies.csv",
        effects=f"{RESULTS}/decision_effects/linking.csv",
    log:
        "logs/link_studies.log",
    benchmark:
        "benchmarks/link_studies.tsv"
    conda:
        "../../environment.yml"
    script:
        "../../scripts/link_studies.py"
