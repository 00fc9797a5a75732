rule extract_estimates:
    input:
        documents=f"{RESULTS}/shards/{{shard}}/documents.csv",
        texts=f"{RESULTS}/shards/{{shard}}/texts.jsonl",
        code=lib(
            "extraction",
            "parsing",
            "trials",
            "vocabulary",
            "cache",
            "people",
            "wording",
        ),
        vocabulary=f"{LIB}/data/outcomes.yaml",
    output:
        estimates=f"{RESULTS}/shards/{{shard}}/estimates.csv",
    log:
        "logs/extract_estimates/{shard}.log",
    benchmark:
        "benchmarks/extract_estimates/{shard}.tsv"
    conda:
        "../../environment.yml"
    params:
        cache=f"{CACHE}/extract/{{shard}}.jsonl",
    script:
        "../../scripts/extract_estimates.py"


rule collect_estimates:
    input:
        documents=expand(f"{RESULTS}/shards/{{shard}}/documents.csv", shard=SHARDS),
        estimates=expand(f"{RESULTS}/shards/{{shard}}/estimates.csv", shard=SHARDS),
        code=lib("readers"),
    output:
        estimates=f"{RESULTS}/02_estimates.csv",
    log:
        "logs/collect_estimates.log",
    benchmark:
        "benchmarks/collect_estimates.tsv"
    conda:
        "../../environment.yml"
    script:
        "../../scripts/collect_estimates.py"
