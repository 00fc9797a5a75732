"""Forest plots show what reviewers recorded: footnote symbols for converted rows and
study characteristics as columns."""

from test_plotting import (
    META,
    POOLED_COLUMNS,
    WEIGHT_COLUMNS,
    all_text,
    pooled_row,
    table,
    weight_row,
)

from metasynth import plotting


def seeds(conversions=("", ""), characteristics=("", "")):
    rows = [
        weight_row(1, "RESORT", 1.35, 0.72, 2.54, 50.4, outcome="RFS"),
        weight_row(2, "Gounder 2018", 0.13, 0.05, 0.31, 49.6),
    ]
    for row, conv, chars in zip(rows, conversions, characteristics):
        row["conversions"], row["characteristics"] = conv, chars
    pooled = table(
        [
            pooled_row("random", "REML", "knha", 0.429184, 1.5024e-07, 1226016.11, 2),
            pooled_row("fixed", "FE", "z", 0.633721, 0.377293, 1.064430, 2, tau2=0),
        ],
        POOLED_COLUMNS,
    )
    return table(rows, WEIGHT_COLUMNS), pooled


def test_converted_rows_get_symbols_explained_under_the_plot(tmp_path):
    weights, pooled = seeds(conversions=("ci_level;inverted", "reviewer_entered"))
    out = tmp_path / "forest.svg"
    plotting.plot_forest(weights, pooled, META, [str(out)])
    text = all_text(out)
    assert "RESORT †‡" in text and "Gounder 2018 ¶" in text
    assert "† SE from a confidence interval at another level" in text
    assert "‡ ratio inverted" in text and "¶ entered by a reviewer" in text
    assert "§" not in text


def test_no_conversion_no_footnote(tmp_path):
    weights, pooled = seeds()
    out = tmp_path / "forest.svg"
    plotting.plot_forest(weights, pooled, META, [str(out)])
    assert not any(symbol in all_text(out) for symbol in "†‡§¶")


def test_study_characteristics_as_forest_columns(tmp_path):
    weights, pooled = seeds(characteristics=("risk_of_bias=high;setting=adjuvant", ""))
    out = tmp_path / "forest.svg"
    plotting.plot_forest(weights, pooled, dict(META, forest_columns=["risk_of_bias"]), [str(out)])
    texts = all_text(out).splitlines()
    assert "risk_of_bias" in texts and "high" in texts and "-" in texts
    assert "adjuvant" not in texts
