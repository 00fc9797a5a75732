rule plot_analysis:
    input:
        unpack(lambda wc: pooled_files(wc.analysis)),
        code=lib("plotting", "harmonise_conversions"),
    output:
        forest=report(
            multiext(
                f"{RESULTS}/06_figures/{{analysis}}/forest", ".png", ".svg", ".pdf"
            ),
            caption="../report/forest.rst",
            category="Forest plots",
            subcategory="{analysis}",
        ),
        funnel=report(
            multiext(f"{RESULTS}/06_figures/{{analysis}}/funnel", ".png", ".svg"),
            caption="../report/funnel.rst",
            category="Funnel plots",
            subcategory="{analysis}",
        ),
        leave_one_out=report(
            multiext(
                f"{RESULTS}/06_figures/{{analysis}}/leave_one_out", ".png", ".svg"
            ),
            caption="../report/leave_one_out.rst",
            category="Leave-one-out",
            subcategory="{analysis}",
        ),
    log:
        "logs/plot_analysis/{analysis}.log",
    benchmark:
        "benchmarks/plot_analysis/{analysis}.tsv"
    conda:
        "../../environment.yml"
    params:
        analysis=analysis_params,
        max_forest_rows=config["plots"]["max_forest_rows"],
    script:
        "../../scripts/plot_analysis.py"
