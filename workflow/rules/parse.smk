rule parse_documents:
    input:
        manifest=f"{MANIFESTS}/{{shard}}.jsonl",
        code=lib(
            "parsing",
            "trials",
            "seeds",
            "readers",
            "extraction_patterns",
            "vocabulary",
            "cache",
            "people",
            "wording",
        ),
        vocabulary=f"{LIB}/data/outcomes.yaml",
    output:
        documents=f"{RESULTS}/shards/{{shard}}/documents.csv",
        texts=f"{RESULTS}/shards/{{shard}}/texts.jsonl",
    log:
        "logs/parse_documents/{shard}.log",
    benchmark:
        "benchmarks/parse_documents/{shard}.tsv"
    conda:
        "../../environment.yml"
    params:
        cache=f"{CACHE}/parse/{{shard}}.jsonl",
    script:
        "../../scripts/parse_documents.py"


rule collect_documents:
    input:
        documents=expand(f"{RESULTS}/shards/{{shard}}/documents.csv", shard=SHARDS),
        estimates=expand(f"{RESULTS}/shards/{{shard}}/estimates.csv", shard=SHARDS),
        code=lib("readers"),
    output:
        documents=f"{RESULTS}/01_documents.csv",
    log:
        "logs/collect_documents.log",
    benchmark:
        "benchmarks/collect_documents.tsv"
    conda:
        "../../environment.yml"
    script:
        "../../scripts/collect_documents.py"
