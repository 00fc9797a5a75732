"""The exported R script names every model of pooled.csv and says when there is nothing to fit."""

from metasynth.metafor_script import metafor_data, metafor_script

POOLED = [
    {"model": "random", "method": "REML", "test": "knha"},
    {"model": "random", "method": "DL", "test": "knha"},
    {"model": "fixed", "method": "FE", "test": "z"},
]


def test_one_rma_call_per_model_of_pooled_csv():
    script = metafor_script("a", POOLED, n_studies=2, level=0.95)
    assert 'method = "REML",\n       test = "knha", level = 95)' in script
    assert (
        'report("fixed", "FE", "z", suppressWarnings(rma(yi, sei = sei, data = dat, method = "EE"'
        in script
    )
    assert script.count('report("') == 3


def test_level_is_passed_in_percent():
    assert "level = 90)" in metafor_script("a", POOLED[:1], n_studies=1, level=0.90)


def test_empty_analysis_fits_nothing():
    script = metafor_script("a", POOLED, n_studies=0, level=0.95)
    assert "rma(" not in script.split("report <- function")[1].split("}\n", 1)[1]
    assert "k = 0" in script


def test_data_rows_keep_the_pooled_order_and_columns():
    rows = metafor_data(
        [
            {
                "study_id": "S2",
                "label": "B",
                "estimate_id": "e2",
                "yi": "0.1",
                "sei": "0.2",
                "weight_random": "60",
            },
            {"study_id": "S1", "label": "A", "estimate_id": "e1", "yi": "-0.1", "sei": "0.3"},
        ]
    )
    assert [r["study_id"] for r in rows] == ["S2", "S1"] and "weight_random" not in rows[0]
