"""Forest, funnel and leave-one-out plots: content (SVG text), determinism, edge cases."""

import math
import sys
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from metasynth import plotting
from metasynth.tables import (
    LEAVE_ONE_OUT_COLUMNS,
    POOLED_COLUMNS,
    SUBGROUP_COLUMNS,
    WEIGHT_COLUMNS,
    format_value,
)

META = {
    "name": "sorafenib_progression",
    "title": "Sorafenib vs control: progression- or relapse-type endpoints",
    "intervention_label": "Sorafenib",
    "comparator_label": "Control",
    "measure": "HR",
    "level": 0.95,
    "method": "REML",
    "test": "knha",
}
Z = 1.959963984540054


def table(rows, columns):
    """A DataFrame of strings, as read_table gives it."""
    return pd.DataFrame(
        [{c: format_value(r.get(c)) for c in columns} for r in rows], columns=columns, dtype=str
    )


def weight_row(i, label, hr, lo, hi, weight, subgroup="", outcome="PFS"):
    yi = math.log(hr)
    sei = (math.log(hi) - math.log(lo)) / (2 * Z)
    return {
        "analysis": META["name"],
        "study_id": f"S{i:03d}",
        "label": label,
        "estimate_id": f"E{i}",
        "doc_id": f"doc{i}",
        "outcome": outcome,
        "subgroup": subgroup,
        "yi": yi,
        "sei": sei,
        "estimate": hr,
        "ci_lower": lo,
        "ci_upper": hi,
        "weight_random": weight,
        "weight_fixed": weight,
    }


def pooled_row(model, method, test, est, lo, hi, k, **extra):
    row = {
        "analysis": META["name"],
        "model": model,
        "method": method,
        "test": test,
        "level": 0.95,
        "k": k,
        "estimate": est,
        "ci_lower": lo,
        "ci_upper": hi,
        "yi_pooled": math.log(est),
        "se": 0.5,
        "z_or_t": -0.73,
        "p_value": 0.601,
        "tau2": 2.5785,
        "I2": 94.16,
        "H2": 17.1,
        "Q": 17.11,
        "Q_df": k - 1,
        "Q_p": 0.0000352,
        "status": "ok",
    }
    row.update(extra)
    return row


@pytest.fixture
def seed_like():
    """The two seed trials as the pipeline pools them (metafor reference values)."""
    weights = table(
        [
            weight_row(1, "RESORT (Procopio 2018)", 1.35, 0.72, 2.54, 50.4, outcome="RFS"),
            weight_row(2, "Gounder 2018", 0.13, 0.05, 0.31, 49.6),
        ],
        WEIGHT_COLUMNS,
    )
    pooled = table(
        [
            pooled_row("random", "REML", "knha", 0.429184, 1.5024e-07, 1226016.11, 2),
            pooled_row("random", "DL", "knha", 0.429184, 1.5024e-07, 1226016.11, 2),
            pooled_row("random", "REML", "z", 0.429184, 0.0433, 4.2508, 2, test_="z"),
            pooled_row(
                "fixed",
                "FE",
                "z",
                0.633721,
                0.377293,
                1.064430,
                2,
                tau2=0,
                z_or_t=-1.72,
                p_value=0.0847,
            ),
        ],
        POOLED_COLUMNS,
    )
    return weights, pooled


def svg_texts(path):
    root = ET.parse(path).getroot()
    return ["".join(el.itertext()) for el in root.iter("{http://www.w3.org/2000/svg}text")]


def all_text(path):
    return "\n".join(svg_texts(path))


def test_forest_svg_shows_studies_estimates_and_pooled_values(tmp_path, seed_like):
    weights, pooled = seed_like
    out = tmp_path / "forest.svg"
    plotting.plot_forest(weights, pooled, META, [str(out)])
    texts = svg_texts(out)
    assert "RESORT (Procopio 2018)" in texts
    assert "Gounder 2018" in texts
    assert "RFS" in texts and "PFS" in texts
    assert "1.35 [0.72, 2.54]" in texts
    assert "0.13 [0.05, 0.31]" in texts
    assert "50.4%" in texts and "49.6%" in texts and "100.0%" in texts
    # Primary model (REML/HK) with its extreme interval, and the fixed-effect diamond.
    assert "0.43 [1.5e-07, 1.2e+06]" in texts
    assert "0.63 [0.38, 1.06]" in texts
    assert any(t.startswith("Random effects (REML, Hartung-Knapp)") for t in texts)
    assert "Fixed effect (inverse variance)" in texts
    assert "Favours Sorafenib" in texts and "Favours Control" in texts
    assert "Heterogeneity: τ² = 2.58; I² = 94%; Q = 17.11, df = 1 (p < 0.001)" in texts
    assert "Test for overall effect: t = -0.73 (p = 0.60)" in texts
    assert "Prediction interval" in texts


def test_favours_labels_sit_on_the_correct_sides(tmp_path, seed_like):
    weights, pooled = seed_like
    out = tmp_path / "forest.svg"
    plotting.plot_forest(weights, pooled, META, [str(out)])
    root = ET.parse(out).getroot()
    x_of = {
        "".join(el.itertext()): float(el.get("x"))
        for el in root.iter("{http://www.w3.org/2000/svg}text")
        if el.get("x")
    }
    null_line_x = x_of["1"]  # the tick label under the line of no effect
    assert x_of["Favours Sorafenib"] < null_line_x < x_of["Favours Control"]


def test_prediction_interval_and_z_test_text(tmp_path):
    weights = table(
        [
            weight_row(i, f"Study {i}", hr, hr / 2, hr * 2, 100 / 3)
            for i, hr in enumerate((0.5, 0.8, 1.1), start=1)
        ],
        WEIGHT_COLUMNS,
    )
    pooled = table(
        [
            pooled_row(
                "random",
                "REML",
                "z",
                0.75,
                0.5,
                1.1,
                3,
                pi_lower=0.3,
                pi_upper=1.9,
                z_or_t=-1.2,
                p_value=0.23,
                tau2=0.12,
                I2=45,
                Q=3.65,
                Q_p=0.16,
            ),
            pooled_row("fixed", "FE", "z", 0.76, 0.55, 1.05, 3),
        ],
        POOLED_COLUMNS,
    )
    out = tmp_path / "forest.svg"
    plotting.plot_forest(weights, pooled, dict(META, test="z"), [str(out)])
    texts = svg_texts(out)
    assert "[0.30, 1.90]" in texts
    assert "Heterogeneity: τ² = 0.12; I² = 45%; Q = 3.65, df = 2 (p = 0.16)" in texts
    assert "Test for overall effect: z = -1.20 (p = 0.23)" in texts


def test_renders_are_byte_identical(tmp_path, seed_like):
    weights, pooled = seed_like
    first = [tmp_path / f"a.{ext}" for ext in ("png", "svg", "pdf")]
    second = [tmp_path / f"b.{ext}" for ext in ("png", "svg", "pdf")]
    plotting.plot_forest(weights, pooled, META, [str(p) for p in first])
    plotting.plot_forest(weights, pooled, META, [str(p) for p in second])
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.suffix
        assert a.stat().st_size > 1000
    svg = first[1].read_text()
    assert "<dc:date>" not in svg
    assert b"CreationDate" not in first[2].read_bytes()
    loo = table([], LEAVE_ONE_OUT_COLUMNS)
    for name in ("c", "d"):
        plotting.plot_funnel(
            weights,
            pooled,
            META,
            [str(tmp_path / f"funnel_{name}.png"), str(tmp_path / f"funnel_{name}.svg")],
        )
        plotting.plot_leave_one_out(loo, pooled, META, [str(tmp_path / f"loo_{name}.svg")])
    for stem in ("funnel_{}.png", "funnel_{}.svg", "loo_{}.svg"):
        assert (tmp_path / stem.format("c")).read_bytes() == (
            tmp_path / stem.format("d")
        ).read_bytes()


def test_render_leaves_global_matplotlib_state_alone(tmp_path, seed_like):

    import matplotlib

    before = dict(matplotlib.rcParams)
    weights, pooled = seed_like
    plotting.plot_forest(weights, pooled, META, [str(tmp_path / "f.svg")])
    assert dict(matplotlib.rcParams) == before


def test_no_eligible_studies_figure(tmp_path):
    weights = table([], WEIGHT_COLUMNS)
    pooled = table(
        [
            {
                "analysis": "x",
                "model": "random",
                "method": "REML",
                "test": "knha",
                "k": 0,
                "status": "no_eligible_studies",
                "note": "no estimate met the analysis criteria",
            },
            {
                "analysis": "x",
                "model": "fixed",
                "method": "FE",
                "test": "z",
                "k": 0,
                "status": "no_eligible_studies",
            },
        ],
        POOLED_COLUMNS,
    )
    paths = [str(tmp_path / f"forest.{ext}") for ext in ("png", "svg", "pdf")]
    plotting.plot_forest(weights, pooled, META, paths)
    assert f"No eligible studies for {META['title']}" in svg_texts(paths[1])
    plotting.plot_funnel(weights, pooled, META, [str(tmp_path / "funnel.svg")])
    assert f"No eligible studies for {META['title']}" in svg_texts(tmp_path / "funnel.svg")
    plotting.plot_leave_one_out(
        table([], LEAVE_ONE_OUT_COLUMNS), pooled, META, [str(tmp_path / "loo.svg")]
    )
    assert any("at least 2 studies" in t for t in svg_texts(tmp_path / "loo.svg"))


def test_empty_weights_with_missing_pooled_rows(tmp_path):
    plotting.plot_forest(
        table([], WEIGHT_COLUMNS), table([], POOLED_COLUMNS), META, [str(tmp_path / "forest.svg")]
    )
    assert any(t.startswith("No eligible studies") for t in svg_texts(tmp_path / "forest.svg"))


def test_not_converged_primary_still_shows_studies(tmp_path, seed_like):
    weights, pooled = seed_like
    pooled = pooled.copy()
    pooled.loc[0, ["estimate", "ci_lower", "ci_upper", "status"]] = ["", "", "", "not_converged"]
    plotting.plot_forest(weights, pooled, META, [str(tmp_path / "forest.svg")])
    text = all_text(tmp_path / "forest.svg")
    assert "0.13 [0.05, 0.31]" in text
    assert "not estimable (not_converged)" in text


def many_studies(k=60):
    rows = []
    for i in range(k):
        hr = math.exp(-0.3 + 0.6 * math.sin(i * 1.7))
        width = 1.3 + (i % 7) * 0.35
        group = "phase 2" if i < 25 else "phase 3"
        label = f"Trial {i:02d} et al. {1995 + i % 25}"
        if i == 7:
            label = "A trial with a very long descriptive label that has to wrap onto more lines (ACRONYM-7)"
        rows.append(weight_row(i, label, hr, hr / width, hr * width, 100 / k, subgroup=group))
    return rows


def test_subtotals_are_drawn_from_the_subgroup_table_never_fitted(tmp_path, monkeypatch):
    from metasynth import pooling

    def no_fit(*args, **kwargs):
        raise AssertionError("the plot fitted a model")

    monkeypatch.setattr(pooling, "fit", no_fit)
    weights = table(many_studies(30), WEIGHT_COLUMNS)
    pooled = table([pooled_row("random", "REML", "knha", 0.80, 0.71, 0.90, 30)], POOLED_COLUMNS)
    subgroups = table(
        [dict(pooled_row("random", "REML", "knha", 0.70, 0.60, 0.82, 25), subgroup="phase 2")],
        SUBGROUP_COLUMNS,
    )
    path = str(tmp_path / "forest.svg")
    meta = dict(META, subgroup="phase")
    plotting.plot_forest(weights, pooled, meta, [path], subgroups=subgroups)
    texts = svg_texts(path)
    assert "0.70 [0.60, 0.82]" in texts
    assert "Subtotal (k = 5): not estimable" in texts


def test_sixty_studies_with_subgroups(tmp_path):
    weights = table(many_studies(60), WEIGHT_COLUMNS)
    pooled = table(
        [
            pooled_row(
                "random", "REML", "knha", 0.80, 0.71, 0.90, 60, pi_lower=0.45, pi_upper=1.42
            ),
            pooled_row("random", "DL", "knha", 0.81, 0.72, 0.91, 60),
            pooled_row("fixed", "FE", "z", 0.84, 0.79, 0.90, 60),
        ],
        POOLED_COLUMNS,
    )
    subgroups = table(
        [
            dict(
                pooled_row("random", "REML", "knha", 0.70, 0.60, 0.82, 25),
                subgroup="phase 2",
                Q_between=4.2,
                Q_between_df=1,
                Q_between_p=0.04,
            ),
            dict(
                pooled_row("random", "REML", "knha", 0.88, 0.77, 1.01, 35),
                subgroup="phase 3",
                Q_between=4.2,
                Q_between_df=1,
                Q_between_p=0.04,
            ),
        ],
        SUBGROUP_COLUMNS,
    )
    meta = dict(META, subgroup="phase")
    paths = [str(tmp_path / "forest.png"), str(tmp_path / "forest.svg")]
    plotting.plot_forest(weights, pooled, meta, paths, subgroups=subgroups)
    texts = svg_texts(paths[1])
    assert "phase: phase 2" in texts and "phase: phase 3" in texts
    assert "Subtotal (k = 25)" in texts and "Subtotal (k = 35)" in texts
    assert "0.70 [0.60, 0.82]" in texts and "0.88 [0.77, 1.01]" in texts
    assert "Test for subgroup differences: Q = 4.20, df = 1 (p = 0.04)" in texts
    assert sum(t.startswith("Trial ") for t in texts) == 59
    from PIL import Image

    with Image.open(paths[0]) as image:
        width, height = image.size
    # Height grows with the rows so each study keeps a legible line.
    assert height / plotting.DPI > 60 * plotting.ROW_IN


def test_leave_one_out_plot(tmp_path, seed_like):
    weights, pooled = seed_like
    loo = table(
        [
            {
                "analysis": "x",
                "omitted_study_id": "S001",
                "omitted_label": "RESORT (Procopio 2018)",
                "model": "random",
                "method": "REML",
                "test": "knha",
                "k": 1,
                "estimate": 0.13,
                "ci_lower": 0.05,
                "ci_upper": 0.31,
                "I2": 0,
                "status": "ok",
            },
            {
                "analysis": "x",
                "omitted_study_id": "S002",
                "omitted_label": "Gounder 2018",
                "model": "random",
                "method": "REML",
                "test": "knha",
                "k": 1,
                "estimate": 1.35,
                "ci_lower": 0.72,
                "ci_upper": 2.54,
                "I2": 0,
                "status": "ok",
            },
            {
                "analysis": "x",
                "omitted_study_id": "S002",
                "omitted_label": "Gounder 2018",
                "model": "fixed",
                "method": "FE",
                "test": "z",
                "k": 1,
                "estimate": 9.99,
                "ci_lower": 9.0,
                "ci_upper": 11.0,
                "status": "ok",
            },
        ],
        LEAVE_ONE_OUT_COLUMNS,
    )
    out = tmp_path / "loo.svg"
    plotting.plot_leave_one_out(loo, pooled, META, [str(out)])
    texts = svg_texts(out)
    assert "Omitting RESORT (Procopio 2018)" in texts
    assert "0.13 [0.05, 0.31]" in texts and "1.35 [0.72, 2.54]" in texts
    assert "9.99 [9.00, 11.00]" not in texts  # fixed-effect rows are not the primary model
    assert any(t.startswith("All studies, k = 2") for t in texts)


def test_funnel_plot(tmp_path):
    weights = table(many_studies(12), WEIGHT_COLUMNS)
    pooled = table(
        [
            pooled_row("random", "REML", "knha", 0.80, 0.71, 0.90, 12),
            pooled_row("fixed", "FE", "z", 0.84, 0.79, 0.90, 12),
        ],
        POOLED_COLUMNS,
    )
    out = tmp_path / "funnel.svg"
    plotting.plot_funnel(weights, pooled, META, [str(out), str(tmp_path / "funnel.png")])
    text = all_text(out)
    assert "Standard error of log HR" in text
    assert "pseudo-confidence" in text


def test_funnel_with_two_studies_says_too_few(tmp_path, seed_like):
    weights, pooled = seed_like
    out = tmp_path / "funnel.svg"
    plotting.plot_funnel(weights, pooled, META, [str(out)])
    assert "too few studies" in all_text(out)


def test_formatting_helpers():
    assert plotting.format_interval(0.13, 0.05, 0.31) == "0.13 [0.05, 0.31]"
    assert plotting.format_p(0.0004) == "p < 0.001"
    assert plotting.format_p(0.004) == "p = 0.004"
    assert plotting.choose_axis([0.5, 1.8])[1] == [0.5, 0.7, 1, 1.5, 2]
    # one very imprecise study gets arrows instead of widening the axis for everyone
    assert plotting.choose_axis([0.8] * 10, [0.5] * 9 + [0.01] + [1.5] * 10)[0] == 2.0


def test_unknown_extension_is_an_error(tmp_path, seed_like):
    weights, pooled = seed_like
    with pytest.raises(ValueError, match="forest.jpg"):
        plotting.plot_forest(weights, pooled, META, [str(tmp_path / "forest.jpg")])


RENDER_SCRIPT = """
import sys
import pandas as pd
from metasynth import plotting
weights = pd.read_csv({weights!r}, dtype=str, keep_default_na=False)
pooled = pd.read_csv({pooled!r}, dtype=str, keep_default_na=False)
plotting.plot_forest(weights, pooled, {meta!r}, [sys.argv[1] + ".png", sys.argv[1] + ".svg", sys.argv[1] + ".pdf"])
"""


def test_renders_are_identical_across_processes(tmp_path, seed_like):
    import os
    import subprocess

    weights, pooled = seed_like
    weights.to_csv(tmp_path / "weights.csv", index=False)
    pooled.to_csv(tmp_path / "pooled.csv", index=False)
    script = tmp_path / "render.py"
    script.write_text(
        RENDER_SCRIPT.format(
            weights=str(tmp_path / "weights.csv"),
            pooled=str(tmp_path / "pooled.csv"),
            meta=META,
        )
    )
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, SOURCE_DATE_EPOCH=str(1_000_000 * int(seed)))
        subprocess.run(
            [sys.executable, str(script), str(tmp_path / f"run{seed}")], check=True, env=env
        )
    for ext in ("png", "svg", "pdf"):
        assert (tmp_path / f"run1.{ext}").read_bytes() == (tmp_path / f"run2.{ext}").read_bytes(), (
            ext
        )


def test_forest_from_synthesis_tables(tmp_path):
    """The tables as the pool stage writes them plot without any conversion."""
    synthesis = pytest.importorskip("metasynth.synthesis")
    from metasynth.tables import read_table, write_table

    analysis = dict(META, subgroup="outcome")
    harmonised = []
    for i, (hr, lo, hi, outcome) in enumerate(
        [
            (1.35, 0.72, 2.54, "RFS"),
            (0.13, 0.05, 0.31, "PFS"),
            (0.8, 0.6, 1.07, "PFS"),
            (0.9, 0.7, 1.16, "RFS"),
        ]
    ):
        harmonised.append(
            {
                "analysis": META["name"],
                "estimate_id": f"E{i}",
                "study_id": f"S{i}",
                "doc_id": f"d{i}",
                "label": f"Study {i}",
                "outcome": outcome,
                "subgroup": outcome,
                "yi": math.log(hr),
                "sei": (math.log(hi) - math.log(lo)) / (2 * Z),
                "included": "true",
            }
        )
    tables = synthesis.synthesise(analysis, harmonised, {})
    for name, columns in (
        ("pooled", POOLED_COLUMNS),
        ("weights", WEIGHT_COLUMNS),
        ("leave_one_out", LEAVE_ONE_OUT_COLUMNS),
        ("subgroups", SUBGROUP_COLUMNS),
    ):
        write_table(tmp_path / f"{name}.csv", tables[name], columns)
    weights, pooled = read_table(tmp_path / "weights.csv"), read_table(tmp_path / "pooled.csv")
    out = tmp_path / "forest.svg"
    plotting.plot_forest(
        weights, pooled, analysis, [str(out)], subgroups=read_table(tmp_path / "subgroups.csv")
    )
    texts = svg_texts(out)
    for row in weights.itertuples():
        expected = plotting.format_interval(
            float(row.estimate), float(row.ci_lower), float(row.ci_upper)
        )
        assert expected in texts
        assert f"{float(row.weight_random):.1f}%" in texts
    assert "outcome: PFS" in texts and "outcome: RFS" in texts
    primary = pooled[
        (pooled.model == "random") & (pooled.method == "REML") & (pooled.test == "knha")
    ].iloc[0]
    expected = plotting.format_interval(
        float(primary.estimate), float(primary.ci_lower), float(primary.ci_upper)
    )
    assert expected in texts
    plotting.plot_leave_one_out(
        read_table(tmp_path / "leave_one_out.csv"), pooled, analysis, [str(tmp_path / "loo.svg")]
    )
    assert any(t.startswith("Omitting Study 1") for t in svg_texts(tmp_path / "loo.svg"))
    plotting.plot_funnel(weights, pooled, analysis, [str(tmp_path / "funnel.svg")])


def test_tables_as_lists_of_dicts(tmp_path, seed_like):
    """Entry points may read tables with the csv module (lists of dicts) instead of pandas."""
    weights, pooled = seed_like
    frame_out, rows_out = tmp_path / "frame.svg", tmp_path / "rows.svg"
    plotting.plot_forest(weights, pooled, META, [str(frame_out)])
    plotting.plot_forest(
        weights.to_dict(orient="records"), pooled.to_dict(orient="records"), META, [str(rows_out)]
    )
    assert frame_out.read_bytes() == rows_out.read_bytes()
    plotting.plot_funnel(
        weights.to_dict(orient="records"),
        pooled.to_dict(orient="records"),
        META,
        [str(tmp_path / "funnel.svg")],
    )
    plotting.plot_leave_one_out(
        [], pooled.to_dict(orient="records"), META, [str(tmp_path / "loo.svg")]
    )
    plotting.plot_forest([], [], META, [str(tmp_path / "empty.svg")])
    assert any(t.startswith("No eligible studies") for t in svg_texts(tmp_path / "empty.svg"))


def test_the_font_drawn_is_matplotlibs_own_whatever_the_host_installed():
    # a host with its own DejaVu Sans (a Debian fonts package) and a font cache shared with
    # other installations must not change which file a figure embeds
    import os

    import matplotlib
    import matplotlib.font_manager as fm
    import matplotlib.pyplot as plt

    shipped = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
    with plt.rc_context(plotting.STYLE):
        drawn = fm.findfont(fm.FontProperties())
    assert drawn.startswith(shipped) and drawn.endswith("DejaVuSans.ttf")
