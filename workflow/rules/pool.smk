rule pool_analysis:
    input:
        harmonised=f"{RESULTS}/harmonised/{{analysis}}.csv",
        studies=f"{RESULTS}/03_studies.csv",
        code=lib("pooling", "synthesis"),
    output:
        **pooled_outputs("{analysis}"),
    log:
        "logs/pool_analysis/{analysis}.log",
    benchmark:
        "benchmarks/pool_analysis/{analysis}.tsv"
    conda:
        "../../environment.yml"
    params:
        analysis=analysis_params,
        small_study_min_k=config["small_study_min_k"],
        influence_max_k=config["influence_max_k"],
    script:
        "../../scripts/pool_analysis.py"


rule export_metafor:
    input:
        weights=f"{RESULTS}/05_pooled/{{analysis}}/weights.csv",
        pooled=f"{RESULTS}/05_pooled/{{analysis}}/pooled.csv",
        code=lib("metafor_script"),
    output:
        script=f"{RESULTS}/05_pooled/{{analysis}}/metafor.R",
        data=f"{RESULTS}/05_pooled/{{analysis}}/metafor_data.csv",
    log:
        "logs/export_metafor/{analysis}.log",
    benchmark:
        "benchmarks/export_metafor/{analysis}.tsv"
    conda:
        "../../environment.yml"
    params:
        analysis=analysis_params,
    script:
        "../../scripts/export_metafor.py"
