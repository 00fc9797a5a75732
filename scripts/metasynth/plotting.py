"""Forest, funnel and leave-one-out plots of one analysis, reproducible to the byte.

The layout follows what readers know from RevMan and R's metafor/meta: one row per
study with its estimate and weight as text, squares sized by weight on a log ratio
axis, a diamond per pooled model, the prediction interval beneath the random-effects
diamond, and the heterogeneity and overall-effect statistics underneath.

Every figure is drawn inside ``plt.rc_context`` with fixed settings (font, dpi, SVG
hash salt, text kept as text in SVG) and saved without dates, so the same tables give
the same bytes. The functions take the stage tables as read by
:func:`metasynth.tables.read_rows` (cells as strings; a DataFrame from ``read_table``
works too).
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from statistics import NormalDist

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon, Rectangle
from matplotlib.ticker import FixedLocator, NullLocator

from .harmonise_conversions import footnotes, symbols
from .measures import to_float_or_nan
from .tables import p_value_parts, ratio_text

FONT = "DejaVu Sans"
FONT_SIZE = 9.0
DPI = 150

STYLE = {
    # DejaVu Sans ships with matplotlib, so it is always the font drawn; the others
    # only name fallbacks in SVG text for viewers without DejaVu Sans.
    "font.family": ["sans-serif"],
    "font.sans-serif": [FONT, "Verdana", "Arial", "Helvetica"],
    "font.size": FONT_SIZE,
    "text.usetex": False,
    "axes.unicode_minus": False,
    "axes.linewidth": 0.8,
    "lines.linewidth": 1.0,
    "xtick.labelsize": 8.0,
    "xtick.major.size": 3.0,
    "xtick.direction": "out",
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "savefig.facecolor": "white",
    "savefig.edgecolor": "white",
    "savefig.bbox": None,
    "svg.fonttype": "none",
    "svg.hashsalt": "metasynth",
    "svg.image_inline": True,
    "pdf.fonttype": 42,
    "pdf.compression": 6,
    "path.simplify": True,
    "hatch.color": "black",
}


def _pin_shipped_fonts() -> None:
    """Resolve DejaVu, the family matplotlib ships, to matplotlib's own files, never to a
    copy the host has installed nor to another installation's files listed in a shared
    font cache: the embedded subset of a PDF, and the glyphs of a PNG, then depend on
    matplotlib's version only, not on which file the host's cache happened to list."""
    files = sorted((Path(matplotlib.get_data_path()) / "fonts" / "ttf").glob("DejaVu*.ttf"))
    if not files:
        return
    manager = font_manager.fontManager
    own = {str(path) for path in files}
    listed = {f.fname for f in manager.ttflist}
    for path in sorted(own - listed):
        manager.addfont(path)
    shipped = {f.name for f in manager.ttflist if f.fname in own}
    manager.ttflist = [f for f in manager.ttflist if f.fname in own or f.name not in shipped]
    # (resolutions made before the list changed are forgotten)
    cached = getattr(manager, "_findfont_cached", None)
    if cached is not None and hasattr(cached, "cache_clear"):
        cached.cache_clear()


_pin_shipped_fonts()

SAVE_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": "metasynth"},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": "metasynth", "Producer": "metasynth"},
}

MEASURE_NAMES = {"HR": "Hazard ratio", "OR": "Odds ratio", "RR": "Risk ratio"}
METHOD_NAMES = {
    "REML": "REML",
    "DL": "DerSimonian-Laird",
    "ML": "ML",
    "PM": "Paule-Mandel",
    "HE": "Hedges",
    "SJ": "Sidik-Jonkman",
    "EB": "empirical Bayes",
    "HS": "Hunter-Schmidt",
    "FE": "inverse variance",
}
TEST_NAMES = {"knha": "Hartung-Knapp", "z": "Wald z"}

# Symmetric ratio axes as in RevMan: the half-range and its tick marks.
AXIS_RANGES = [
    (2.0, [0.5, 0.7, 1, 1.5, 2]),
    (5.0, [0.2, 0.5, 1, 2, 5]),
    (10.0, [0.1, 0.25, 0.5, 1, 2, 4, 10]),
    (20.0, [0.05, 0.2, 1, 5, 20]),
    (100.0, [0.01, 0.1, 1, 10, 100]),
    (1000.0, [0.001, 0.01, 0.1, 1, 10, 100, 1000]),
]

# Funnel ticks from dense to sparse; the first list giving at most nine ticks is used.
FUNNEL_TICKS = [
    [0.1, 0.2, 0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4, 5, 10],
    [
        0.001,
        0.002,
        0.005,
        0.01,
        0.02,
        0.05,
        0.1,
        0.2,
        0.5,
        1,
        2,
        5,
        10,
        20,
        50,
        100,
        200,
        500,
        1000,
    ],
    [0.0001, 0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000],
]
ROW_IN = 0.22  # height of one table row, inches
PLOT_WIDTH_IN = 3.2
MARGIN_IN = 0.25
LABEL_WRAP = 38
STUDY_COLOUR = "#2f5f8a"
PRIMARY_COLOUR = "#1a1a1a"
SECONDARY_COLOUR = "#8c8c8c"
PI_COLOUR = "#b03a2e"


# --------------------------------------------------------------------------- helpers


def _finite(*values) -> bool:
    return all(isinstance(v, float) and math.isfinite(v) for v in values)


def format_ratio(value: float) -> str:
    """A ratio as printed in the table: two decimals, scientific when extreme."""
    if not _finite(value):
        return "NA"
    return ratio_text(value)


def format_interval(estimate: float, lower: float, upper: float) -> str:
    """``0.13 [0.05, 0.31]``."""
    return f"{format_ratio(estimate)} [{format_ratio(lower)}, {format_ratio(upper)}]"


def format_p(p: float) -> str:
    """``p = 0.16``, ``p = 0.004``, ``p < 0.001``."""
    if not _finite(p):
        return "p = NA"
    relation, number = p_value_parts(p)
    return f"p {relation} {number}"


def _format_stat(value: float, digits: int = 2) -> str:
    if not _finite(value):
        return "NA"
    text = f"{value:.{digits}f}"
    return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text


def _format_df(value: float) -> str:
    if not _finite(value):
        return "NA"
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def heterogeneity_text(row: dict) -> str:
    """``Heterogeneity: τ² = 0.12; I² = 45%; Q = 3.65, df = 2 (p = 0.16)``."""
    tau2, i2 = to_float_or_nan(row.get("tau2")), to_float_or_nan(row.get("I2"))
    q, q_df, q_p = (
        to_float_or_nan(row.get("Q")),
        to_float_or_nan(row.get("Q_df")),
        to_float_or_nan(row.get("Q_p")),
    )
    i2_text = f"{i2:.0f}%" if _finite(i2) else "NA"
    return (
        f"Heterogeneity: τ² = {_format_stat(tau2)}; I² = {i2_text}; "
        f"Q = {_format_stat(q)}, df = {_format_df(q_df)} ({format_p(q_p)})"
    )


def overall_test_text(row: dict) -> str:
    """``Test for overall effect: t = -1.20 (p = 0.23)``: t under Hartung-Knapp, z otherwise."""
    letter = "t" if str(row.get("test", "")).lower() == "knha" else "z"
    stat = to_float_or_nan(row.get("z_or_t"))
    return f"Test for overall effect: {letter} = {_format_stat(stat)} ({format_p(to_float_or_nan(row.get('p_value')))})"


def model_label(row: dict) -> str:
    """``Random effects (REML, Hartung-Knapp)`` / ``Fixed effect (inverse variance)``."""
    method = METHOD_NAMES.get(row.get("method", ""), row.get("method", ""))
    if row.get("model") == "fixed":
        return f"Fixed effect ({method})"
    test = TEST_NAMES.get(str(row.get("test", "")).lower(), row.get("test", ""))
    return f"Random effects ({method}, {test})"


def _records(frame) -> list[dict]:
    """Rows of a table given as a DataFrame (``read_table``) or a list of dicts (``read_rows``)."""
    if frame is None or len(frame) == 0:
        return []
    if hasattr(frame, "to_dict"):
        return [dict(r) for r in frame.to_dict(orient="records")]
    return [dict(r) for r in frame]


def primary_row(pooled_rows: list[dict], meta: dict) -> dict | None:
    """The configured model: random effects with meta's method and test."""
    method, test = str(meta.get("method", "REML")), str(meta.get("test", "knha"))
    for row in pooled_rows:
        if row.get("model") == "random" and row.get("method") == method and row.get("test") == test:
            return row
    for row in pooled_rows:
        if row.get("model") == "random":
            return row
    return pooled_rows[0] if pooled_rows else None


def fixed_row(pooled_rows: list[dict]) -> dict | None:
    for row in pooled_rows:
        if row.get("model") == "fixed":
            return row
    return None


def _row_ok(row: dict | None) -> bool:
    return (
        bool(row)
        and row.get("status", "ok") in ("ok", "")
        and _finite(to_float_or_nan(row.get("estimate")))
    )


def _no_studies(weights_rows: list[dict], pooled_rows: list[dict], meta: dict) -> bool:
    if not weights_rows:
        return True
    primary = primary_row(pooled_rows, meta)
    if primary is None:
        return False
    return primary.get("status") == "no_eligible_studies" or to_float_or_nan(primary.get("k")) == 0


def _wrap(text: str, width: int, max_lines: int | None = None) -> str:
    text = " ".join(str(text).split())
    if not text:
        return ""
    return "\n".join(
        textwrap.wrap(
            text,
            width=width,
            break_long_words=True,
            break_on_hyphens=True,
            max_lines=max_lines,
            placeholder=" ...",
        )
    )


def _favours(meta: dict) -> tuple[str, str]:
    """(left, right) labels; ratios below 1 favour the intervention unless meta says otherwise."""
    intervention = meta.get("intervention_label") or meta.get("intervention") or "intervention"
    comparator = meta.get("comparator_label") or "control"
    left, right = f"Favours {intervention}", f"Favours {comparator}"
    if meta.get("higher_favours_intervention"):
        left, right = right, left
    return left, right


def _measure_name(meta: dict) -> str:
    measure = str(meta.get("measure", "HR"))
    return MEASURE_NAMES.get(measure, measure)


def _level_text(meta: dict, row: dict | None = None) -> str:
    level = to_float_or_nan((row or {}).get("level"))
    if not _finite(level):
        level = to_float_or_nan(meta.get("level", 0.95))
    if not _finite(level):
        level = 0.95
    return f"{level * 100:g}%"


class _TextMeasure:
    """Text widths in inches, measured with the Agg renderer and the fixed font."""

    def __init__(self):
        self._renderer = RendererAgg(10, 10, 72)

    def width(self, text: str, size: float = FONT_SIZE, weight: str = "normal") -> float:
        prop = FontProperties(family=FONT, size=size, weight=weight)
        widest = 0.0
        for line in str(text).split("\n"):
            if line:
                w, _, _ = self._renderer.get_text_width_height_descent(line, prop, ismath=False)
                widest = max(widest, w)
        return widest / 72.0


def choose_axis(
    required: list[float], optional: list[float] = (), coverage: float = 0.85
) -> tuple[float, list[float]]:
    """Smallest symmetric ratio axis holding every required value (point estimates)
    and at least ``coverage`` of the optional ones (interval ends); intervals that
    still run off the axis get arrows, so one imprecise study does not squash the rest."""

    def spread(v):
        return abs(math.log(v))

    req = [spread(v) for v in required if _finite(v) and v > 0]
    opt = sorted(spread(v) for v in optional if _finite(v) and v > 0)
    need = max(req, default=0.0)
    if opt:
        keep = max(1, math.ceil(coverage * len(opt)))
        need = max(need, opt[keep - 1])
    if need <= 0 and not req and not opt:
        return AXIS_RANGES[2]
    for half, ticks in AXIS_RANGES:
        if need <= math.log(half) + 1e-9:
            return half, ticks
    return AXIS_RANGES[-1]


def _tick_text(value: float) -> str:
    return f"{value:g}"


MAX_PNG_PIXELS = 60000  # Agg cannot draw images taller than 2**16 pixels


def _save(fig: Figure, out_paths: list[str]) -> None:
    FigureCanvasAgg(fig)
    # Very tall forest plots (thousands of rows) get a lower, still fixed, resolution.
    dpi = min(DPI, math.floor(MAX_PNG_PIXELS / max(fig.get_figheight(), fig.get_figwidth())))
    for path in out_paths:
        path = str(path)
        ext = Path(path).suffix.lower().lstrip(".")
        if ext not in SAVE_METADATA:
            raise ValueError(
                f"{path}: figure format {ext!r} not supported; expected .png, .svg or .pdf"
            )
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format=ext, dpi=dpi, metadata=SAVE_METADATA[ext])


def _text(fig: Figure, x: float, y: float, s: str, **kwargs):
    kwargs.setdefault("va", "center")
    kwargs.setdefault("fontsize", FONT_SIZE)
    return fig.text(x, y, s, parse_math=False, **kwargs)


def _message_figure(title: str, message: str, detail: str, out_paths: list[str]) -> None:
    """A figure that states why there is nothing to plot (the message kept on one line)."""
    measure = _TextMeasure()
    width = max(
        8.0,
        measure.width(message, size=12) + 1.0,
        measure.width(title, size=11, weight="bold") + 1.0,
    )
    with plt.rc_context(STYLE):
        fig = Figure(figsize=(width, 2.2))
        _text(fig, 0.5, 0.78, title, ha="center", fontsize=11, fontweight="bold")
        _text(fig, 0.5, 0.50, message, ha="center", fontsize=12)
        if detail:
            _text(
                fig,
                0.5,
                0.24,
                _wrap(detail, int(width * 14)),
                ha="center",
                fontsize=8,
                color="#555555",
            )
        fig.add_artist(
            Rectangle(
                (0.01, 0.04),
                0.98,
                0.92,
                transform=fig.transFigure,
                fill=False,
                edgecolor="#999999",
                linewidth=0.8,
            )
        )
        _save(fig, out_paths)


# --------------------------------------------------------------------------- table plot


@dataclass
class _Row:
    """One row of a forest-style plot."""

    kind: str  # header, group, study, diamond, pi, note, blank
    label: str = ""
    outcome: str = ""
    estimate: float = math.nan
    lower: float = math.nan
    upper: float = math.nan
    estimate_text: str = ""
    weight_text: str = ""
    size: float = 6.0  # square side in points
    style: str = "primary"  # diamond style: primary, secondary
    height: float = 1.0  # in row units
    y: float = 0.0
    extra: dict = field(default_factory=dict)


def _study_sides(weights: list[float]) -> list[float]:
    """Square side in points: area proportional to weight, bounded to stay legible."""
    finite = [w for w in weights if _finite(w) and w > 0]
    top = max(finite) if finite else 1.0
    sides = []
    for w in weights:
        if not (_finite(w) and w > 0):
            sides.append(4.0)
        else:
            sides.append(3.0 + 8.0 * math.sqrt(w / top))
    return sides


def _draw_interval(ax, y, lower, upper, xmin, xmax, colour, lw=1.0):
    """Whisker clipped to the axis, with an arrowhead where it runs off."""
    if not _finite(lower, upper):
        return
    lo, hi = max(lower, xmin), min(upper, xmax)
    if hi > lo:
        ax.plot([lo, hi], [y, y], color=colour, lw=lw, solid_capstyle="butt", zorder=2)
    if lower < xmin:
        ax.plot([xmin], [y], marker="<", markersize=5, color=colour, clip_on=False, zorder=3)
    if upper > xmax:
        ax.plot([xmax], [y], marker=">", markersize=5, color=colour, clip_on=False, zorder=3)


def _draw_diamond(ax, row: _Row, xmin, xmax):
    if not _finite(row.estimate, row.lower, row.upper):
        return
    half = 0.34
    face = PRIMARY_COLOUR if row.style == "primary" else "white"
    edge = PRIMARY_COLOUR if row.style in ("primary", "fixed") else SECONDARY_COLOUR
    if row.style == "subtotal":
        face, edge = "#6f6f6f", "#4a4a4a"
    points = [
        (row.lower, row.y),
        (row.estimate, row.y - half),
        (row.upper, row.y),
        (row.estimate, row.y + half),
    ]
    ax.add_patch(Polygon(points, closed=True, facecolor=face, edgecolor=edge, lw=0.9, zorder=4))
    if row.lower < xmin:
        ax.plot([xmin], [row.y], marker="<", markersize=5, color=edge, clip_on=False, zorder=5)
    if row.upper > xmax:
        ax.plot([xmax], [row.y], marker=">", markersize=5, color=edge, clip_on=False, zorder=5)


def _layout_rows(rows: list[_Row]) -> float:
    """Give each row its centre y (row units from the table top); return the total height."""
    y = 0.0
    for row in rows:
        row.y = y + row.height / 2
        y += row.height
    return y


@dataclass
class _TableLayout:
    """Where a forest-style figure puts its blocks: x in inches, y in row units."""

    width: float
    height: float
    top_in: float  # title block above the table
    table_h: float  # table height, rows
    axis_block_in: float  # tick labels and favours labels beneath the axis
    x_label: float
    x_outcome: float
    outcome_w: float
    extra_names: list[str]
    x_extra: list[float]
    x_plot: float
    x_est: float
    x_weight_right: float
    y_first: float  # first and last row the plot axes span
    y_last: float
    title: str  # wrapped
    subtitle: str
    title_lines: int

    def fy(self, y_rows: float) -> float:
        return 1.0 - (self.top_in + y_rows * ROW_IN) / self.height

    def fx(self, x_in: float) -> float:
        return x_in / self.width


def _horizontal_layout(rows: list[_Row], columns: dict, footer: list[str]) -> dict:
    """x positions of the text columns and the plot, and the figure width (inches)."""
    measure_text = _TextMeasure()
    label_w = max(
        [
            measure_text.width(
                r.label, weight="bold" if r.kind in ("group", "diamond") else "normal"
            )
            for r in rows
        ]
        + [measure_text.width(columns["label"], weight="bold"), 1.2]
    )
    outcome_w = max(
        [measure_text.width(r.outcome) for r in rows]
        + [measure_text.width(columns.get("outcome", ""), weight="bold")]
    )
    est_w = max(
        [measure_text.width(r.estimate_text) for r in rows]
        + [measure_text.width(columns["estimate"], weight="bold")]
    )
    weight_w = max(
        [measure_text.width(r.weight_text) for r in rows]
        + [measure_text.width(columns.get("weight", ""), weight="bold")]
    )
    gap = 0.2
    x_label = MARGIN_IN
    x_outcome = x_label + label_w + gap
    x_plot = x_outcome + (outcome_w + gap if outcome_w > 0 else 0)
    # Study characteristics a reviewer set (analyses.NAME.forest_columns), after the outcome.
    extra_names = list(columns.get("extra", []))
    x_extra = []
    for name in extra_names:
        x_extra.append(x_plot)
        x_plot += gap + max(
            [measure_text.width(str(r.extra.get(name, ""))) for r in rows]
            + [measure_text.width(name, weight="bold")]
        )
    x_est = x_plot + PLOT_WIDTH_IN + gap
    x_weight_right = x_est + est_w + gap + weight_w
    width = max(x_weight_right + MARGIN_IN, 7.5)
    footer_w = max([measure_text.width(line) for line in footer] + [0])
    width = max(width, MARGIN_IN * 2 + footer_w)
    return {
        "width": width,
        "x_label": x_label,
        "x_outcome": x_outcome,
        "outcome_w": outcome_w,
        "extra_names": extra_names,
        "x_extra": x_extra,
        "x_plot": x_plot,
        "x_est": x_est,
        "x_weight_right": x_weight_right,
    }


def _table_layout(
    rows: list[_Row], title: str, subtitle: str, columns: dict, footer: list[str]
) -> _TableLayout:
    """Lay out a forest-style figure; gives each row its y (see _layout_rows)."""
    horizontal = _horizontal_layout(rows, columns, footer)
    width = horizontal["width"]
    title_wrapped = _wrap(title, max(40, int((width - 2 * MARGIN_IN) / 0.085)))
    subtitle_wrapped = _wrap(subtitle, max(50, int((width - 2 * MARGIN_IN) / 0.065)))
    title_lines = title_wrapped.count("\n") + 1 if title_wrapped else 0
    subtitle_lines = subtitle_wrapped.count("\n") + 1 if subtitle_wrapped else 0
    top_in = MARGIN_IN + title_lines * 0.24 + subtitle_lines * 0.19 + 0.15

    table_h = _layout_rows(rows)
    plot_rows = [
        r
        for r in rows
        if r.kind != "header" and r.kind in ("study", "diamond", "pi", "group", "note", "blank")
    ]
    y_first = min((r.y - r.height / 2 for r in plot_rows), default=1.0)
    y_last = max((r.y + r.height / 2 for r in plot_rows), default=table_h)
    axis_block_in = 0.62
    footer_in = len(footer) * ROW_IN * 1.1 + (0.1 if footer else 0)
    height = top_in + table_h * ROW_IN + axis_block_in + footer_in + MARGIN_IN
    return _TableLayout(
        **horizontal,
        height=height,
        top_in=top_in,
        table_h=table_h,
        axis_block_in=axis_block_in,
        y_first=y_first,
        y_last=y_last,
        title=title_wrapped,
        subtitle=subtitle_wrapped,
        title_lines=title_lines,
    )


def _draw_title(fig: Figure, lay: _TableLayout) -> None:
    y_in = MARGIN_IN
    if lay.title:
        fig.text(
            lay.fx(MARGIN_IN),
            1 - y_in / lay.height,
            lay.title,
            ha="left",
            va="top",
            fontsize=11,
            fontweight="bold",
            parse_math=False,
        )
        y_in += lay.title_lines * 0.24
    if lay.subtitle:
        fig.text(
            lay.fx(MARGIN_IN),
            1 - y_in / lay.height,
            lay.subtitle,
            ha="left",
            va="top",
            fontsize=8,
            color="#444444",
            parse_math=False,
        )


def _draw_column_headers(fig: Figure, lay: _TableLayout, columns: dict) -> None:
    """Column headers between two rule lines."""
    fx = lay.fx
    header_y = lay.fy(0.5)
    _text(fig, fx(lay.x_label), header_y, columns["label"], ha="left", fontweight="bold")
    if lay.outcome_w > 0 and columns.get("outcome"):
        _text(fig, fx(lay.x_outcome), header_y, columns["outcome"], ha="left", fontweight="bold")
    for name, x_name in zip(lay.extra_names, lay.x_extra):
        _text(fig, fx(x_name), header_y, name, ha="left", fontweight="bold")
    _text(
        fig,
        fx(lay.x_plot + PLOT_WIDTH_IN / 2),
        header_y,
        columns["plot"],
        ha="center",
        fontweight="bold",
    )
    _text(fig, fx(lay.x_est), header_y, columns["estimate"], ha="left", fontweight="bold")
    if columns.get("weight"):
        _text(
            fig, fx(lay.x_weight_right), header_y, columns["weight"], ha="right", fontweight="bold"
        )
    for y_line in (0.0, 1.0):
        fig.add_artist(
            Line2D(
                [fx(MARGIN_IN), fx(lay.width - MARGIN_IN)],
                [lay.fy(y_line), lay.fy(y_line)],
                transform=fig.transFigure,
                color="black",
                lw=0.6,
            )
        )


def _add_ratio_axes(fig: Figure, lay: _TableLayout, axis_values, reference: float | None):
    """Plot axes spanning the body rows, y in row units so text and marks line up.

    Returns the axes and its x limits.
    """
    bottom = lay.fy(lay.y_last)
    ax = fig.add_axes(
        [lay.fx(lay.x_plot), bottom, lay.fx(PLOT_WIDTH_IN), lay.fy(lay.y_first) - bottom]
    )
    half, ticks = choose_axis(*axis_values)
    xmin, xmax = 1.0 / half, half
    ax.set_xscale("log")
    ax.set_xlim(xmin, xmax)
    ax.set_ylim(lay.y_last, lay.y_first)
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xticklabels([_tick_text(t) for t in ticks])
    ax.yaxis.set_major_locator(NullLocator())
    ax.yaxis.set_minor_locator(NullLocator())
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.patch.set_alpha(0.0)
    ax.axvline(1.0, color="black", lw=0.8, zorder=1)
    if reference is not None and _finite(reference) and xmin < reference < xmax:
        ax.axvline(reference, color=SECONDARY_COLOUR, lw=0.8, ls=(0, (4, 3)), zorder=1)
    return ax, xmin, xmax


def _draw_favours(ax, lay: _TableLayout, meta: dict, reference_label: str) -> None:
    """'Favours ...' either side of the line of no effect, and the reference line's label."""
    left_fav, right_fav = _favours(meta)
    scale = max((lay.y_last - lay.y_first) * ROW_IN, 0.1)  # axes height, inches
    fav_y = -0.27 / scale  # beneath the tick labels
    ax.text(
        0.48,
        fav_y,
        _wrap(left_fav, 26),
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize=8,
        parse_math=False,
    )
    ax.text(
        0.52,
        fav_y,
        _wrap(right_fav, 26),
        transform=ax.transAxes,
        ha="left",
        va="top",
        fontsize=8,
        parse_math=False,
    )
    if reference_label:
        ax.text(
            0.5,
            -0.5 / scale,
            reference_label,
            transform=ax.transAxes,
            ha="center",
            va="top",
            fontsize=7,
            color="#555555",
            parse_math=False,
        )


def _draw_row_text(fig: Figure, lay: _TableLayout, row: _Row, grouped: bool) -> None:
    """A row's text columns; ``grouped``: the table has subgroup headings (studies indent)."""
    fx = lay.fx
    y = lay.fy(row.y)
    weight = "bold" if row.kind in ("group", "diamond") else "normal"
    colour = "#555555" if row.kind == "note" else "black"
    size = 8 if row.kind == "note" else FONT_SIZE
    if row.label:
        indent = 0.12 if (row.kind == "study" and grouped) or row.kind == "pi" else 0.0
        _text(
            fig,
            fx(lay.x_label + indent),
            y,
            row.label,
            ha="left",
            fontweight=weight,
            color=colour,
            fontsize=size,
        )
    if row.outcome:
        _text(fig, fx(lay.x_outcome), y, row.outcome, ha="left")
    for name, x_name in zip(lay.extra_names, lay.x_extra):
        if row.extra.get(name):
            _text(fig, fx(x_name), y, row.extra[name], ha="left")
    if row.estimate_text:
        _text(
            fig,
            fx(lay.x_est),
            y,
            row.estimate_text,
            ha="left",
            fontweight=weight,
            color=colour,
            fontsize=size,
        )
    if row.weight_text:
        _text(fig, fx(lay.x_weight_right), y, row.weight_text, ha="right", fontweight=weight)


def _draw_row_marks(ax, row: _Row, xmin: float, xmax: float) -> None:
    """A row's marks on the plot axes: study square and interval, diamond, prediction interval."""
    if row.kind == "study":
        _draw_interval(ax, row.y, row.lower, row.upper, xmin, xmax, "black", lw=0.9)
        if _finite(row.estimate) and xmin <= row.estimate <= xmax:
            ax.plot(
                [row.estimate],
                [row.y],
                marker="s",
                markersize=row.size,
                color=STUDY_COLOUR,
                markeredgecolor=STUDY_COLOUR,
                lw=0,
                zorder=3,
            )
    elif row.kind == "diamond":
        _draw_diamond(ax, row, xmin, xmax)
    elif row.kind == "pi":
        if _finite(row.lower, row.upper):
            _draw_interval(ax, row.y, row.lower, row.upper, xmin, xmax, PI_COLOUR, lw=2.2)
            for end in (row.lower, row.upper):
                if xmin <= end <= xmax:
                    ax.plot(
                        [end, end],
                        [row.y - 0.22, row.y + 0.22],
                        color=PI_COLOUR,
                        lw=1.2,
                        zorder=3,
                    )


def _draw_footer(fig: Figure, lay: _TableLayout, footer: list[str]) -> None:
    footer_top = lay.top_in + lay.table_h * ROW_IN + lay.axis_block_in
    for i, line in enumerate(footer):
        y = 1.0 - (footer_top + (i + 0.5) * ROW_IN * 1.1) / lay.height
        _text(fig, lay.fx(MARGIN_IN), y, line, ha="left", fontsize=8.5)


def _draw_table(
    rows: list[_Row],
    meta: dict,
    title: str,
    subtitle: str,
    columns: dict[str, str],
    footer: list[str],
    out_paths: list[str],
    axis_values: tuple[list[float], list[float]],
    reference: float | None = None,
    reference_label: str = "",
) -> None:
    """Lay out and draw a forest-style figure: text columns, log ratio axis, footer lines."""
    lay = _table_layout(rows, title, subtitle, columns, footer)
    grouped = any(r.kind == "group" for r in rows)
    with plt.rc_context(STYLE):
        fig = Figure(figsize=(lay.width, lay.height))
        _draw_title(fig, lay)
        _draw_column_headers(fig, lay, columns)
        ax, xmin, xmax = _add_ratio_axes(fig, lay, axis_values, reference)
        _draw_favours(ax, lay, meta, reference_label)
        for row in rows:
            if row.kind == "header":
                continue
            _draw_row_text(fig, lay, row, grouped)
            _draw_row_marks(ax, row, xmin, xmax)
        _draw_footer(fig, lay, footer)
        _save(fig, out_paths)


# --------------------------------------------------------------------------- forest plot


def _subgroup_rows(subgroups, meta: dict) -> dict[str, dict]:
    method, test = str(meta.get("method", "REML")), str(meta.get("test", "knha"))
    found = {}
    for row in _records(subgroups):
        if (
            row.get("model", "random") == "random"
            and row.get("method", method) == method
            and row.get("test", test) == test
        ):
            found[str(row.get("subgroup", ""))] = row
    return found


def _characteristic_cells(rec: dict, names: list[str]) -> dict[str, str]:
    """The study characteristics named in forest_columns, '-' where not recorded."""
    values = dict(
        item.split("=", 1)
        for item in str(rec.get("characteristics") or "").split(";")
        if "=" in item
    )
    return {name: values.get(name, "-") for name in names}


def _study_row(rec: dict, side: float, show_weight: bool, extra_names: list[str] = ()) -> _Row:
    marks = symbols(str(rec.get("conversions") or ""))
    label = _wrap(
        (rec.get("label") or rec.get("study_id") or "") + (f" {marks}" if marks else ""),
        LABEL_WRAP,
        max_lines=3,
    )
    est, lo, hi = (
        to_float_or_nan(rec.get("estimate")),
        to_float_or_nan(rec.get("ci_lower")),
        to_float_or_nan(rec.get("ci_upper")),
    )
    w = to_float_or_nan(rec.get("weight_random"))
    return _Row(
        kind="study",
        label=label,
        outcome=str(rec.get("outcome", "")),
        estimate=est,
        lower=lo,
        upper=hi,
        estimate_text=format_interval(est, lo, hi),
        weight_text=(f"{w:.1f}%" if _finite(w) else "") if show_weight else "",
        size=side,
        height=max(1.0, 0.75 * (label.count("\n") + 1) + 0.25),
        extra=_characteristic_cells(rec, list(extra_names)),
    )


def _diamond_row(pooled_row: dict, label: str, style: str, weight_text: str = "") -> _Row:
    est = to_float_or_nan(pooled_row.get("estimate"))
    lo, hi = (
        to_float_or_nan(pooled_row.get("ci_lower")),
        to_float_or_nan(pooled_row.get("ci_upper")),
    )
    if _row_ok(pooled_row):
        text = format_interval(est, lo, hi)
    else:
        text = f"not estimable ({pooled_row.get('status', '')})"
    return _Row(
        kind="diamond",
        label=label,
        estimate=est,
        lower=lo,
        upper=hi,
        estimate_text=text,
        weight_text=weight_text,
        style=style,
    )


def _capped_note_rows(n_studies: int, max_rows: int) -> list[_Row]:
    """What a forest plot shows instead of more than ``max_rows`` study rows."""
    return [
        _Row(
            kind="note",
            label=(
                f"{n_studies} studies pooled: study rows are drawn for at most {max_rows} "
                f"(config plots.max_forest_rows); every study is listed in weights.csv and the report"
            ),
        ),
        _Row(kind="blank", height=0.6),
    ]


def _subgroup_block_rows(
    weights_rows: list[dict],
    sides: list[float],
    show_weight: bool,
    extra_names: list[str],
    meta: dict,
    subgroups,
) -> list[_Row]:
    """Per subgroup: a heading, its studies and the subtotal pooling wrote (subgroups.csv)."""
    rows: list[_Row] = []
    order: list[str] = []
    for r in weights_rows:
        g = str(r.get("subgroup", ""))
        if g not in order:
            order.append(g)
    fitted = _subgroup_rows(subgroups, meta)
    for g in order:
        members = [(r, s) for r, s in zip(weights_rows, sides) if str(r.get("subgroup", "")) == g]
        rows.append(
            _Row(
                kind="group",
                label=_wrap(f"{meta['subgroup']}: {g or 'not stated'}", LABEL_WRAP),
            )
        )
        rows.extend(_study_row(r, s, show_weight, extra_names) for r, s in members)
        # the subtotal pooling wrote (subgroups.csv); the plot fits nothing itself
        sub = fitted.get(g)
        total_w = sum(to_float_or_nan(r.get("weight_random")) for r, _ in members)
        w_text = f"{total_w:.1f}%" if show_weight and _finite(total_w) else ""
        if sub is not None:
            sub_row = _diamond_row(sub, f"Subtotal (k = {len(members)})", "subtotal", w_text)
            sub_row.kind = "diamond"
            rows.append(sub_row)
            if _row_ok(sub) and len(members) > 1:
                rows.append(_Row(kind="note", label=heterogeneity_text(sub), height=0.9))
        else:
            rows.append(
                _Row(
                    kind="note",
                    label=f"Subtotal (k = {len(members)}): not estimable",
                    weight_text=w_text,
                )
            )
        rows.append(_Row(kind="blank", height=0.5))
    return rows


def _pooled_block_rows(
    primary: dict, fixed: dict | None, pooled_rows: list[dict], k: int, show_weight: bool
) -> tuple[list[_Row], list[dict]]:
    """The primary model's diamond and prediction interval, the other random-effects
    estimators with the same test, and the fixed-effect model; also the pooled rows shown.
    """
    rows: list[_Row] = []
    total_w = "100.0%" if show_weight else ""
    rows.append(_diamond_row(primary, f"{model_label(primary)}, k = {k}", "primary", total_w))
    pi_lo, pi_hi = (
        to_float_or_nan(primary.get("pi_lower")),
        to_float_or_nan(primary.get("pi_upper")),
    )
    pi_text = (
        f"[{format_ratio(pi_lo)}, {format_ratio(pi_hi)}]"
        if _finite(pi_lo, pi_hi)
        else "not estimable"
    )
    rows.append(
        _Row(
            kind="pi",
            label="Prediction interval",
            lower=pi_lo,
            upper=pi_hi,
            estimate_text=pi_text,
            height=0.85,
        )
    )
    shown = [primary]
    for row in pooled_rows:
        if row is primary or row.get("model") != "random" or row.get("test") != primary.get("test"):
            continue
        if any(
            row.get("method") == s.get("method") and row.get("test") == s.get("test") for s in shown
        ):
            continue
        rows.append(_diamond_row(row, model_label(row), "secondary"))
        shown.append(row)
    if fixed is not None:
        rows.append(_diamond_row(fixed, model_label(fixed), "fixed"))
    return rows, shown


def _forest_footer(
    primary: dict, use_groups: bool, subgroups, weights_rows: list[dict]
) -> list[str]:
    """Heterogeneity and overall test, the subgroup-difference test, conversion footnotes."""
    footer = []
    if _row_ok(primary):
        footer.append(heterogeneity_text(primary))
        footer.append(overall_test_text(primary))
    else:
        footer.append(
            f"Primary model not estimable: {primary.get('status', '')} {primary.get('note', '')}".strip()
        )
    if use_groups:
        between = next(
            (r for r in _records(subgroups) if _finite(to_float_or_nan(r.get("Q_between")))), None
        )
        if between is not None:
            footer.append(
                f"Test for subgroup differences: Q = {_format_stat(to_float_or_nan(between.get('Q_between')))}, "
                f"df = {_format_df(to_float_or_nan(between.get('Q_between_df')))} "
                f"({format_p(to_float_or_nan(between.get('Q_between_p')))})"
            )
    footer.extend(footnotes([str(r.get("conversions") or "") for r in weights_rows]))
    return footer


def _forest_axis_values(
    weights_rows: list[dict], pooled_shown: list[dict]
) -> tuple[list[float], list[float]]:
    """The values the ratio axis must hold (study and pooled estimates) and those it
    should hold when it can (the studies' CI limits); see choose_axis."""
    required = [to_float_or_nan(r.get("estimate")) for r in weights_rows + pooled_shown]
    optional = [to_float_or_nan(r.get(c)) for r in weights_rows for c in ("ci_lower", "ci_upper")]
    return required, optional


def _forest_subtitle(meta: dict, measure: str, level: str) -> str:
    test_name = TEST_NAMES.get(str(meta.get("test", "knha")).lower(), meta.get("test", ""))
    return (
        f"{_measure_name(meta)} ({measure}) with {level} CI on a log scale; "
        f"random-effects {METHOD_NAMES.get(meta.get('method', 'REML'), meta.get('method', ''))} "
        f"with {test_name} interval; weights from the random-effects model"
    )


def _study_block_rows(
    weights_rows, sides, show_weight, extra_names, meta, subgroups, use_groups
) -> list[_Row]:
    """The study rows of a forest plot: grouped under their subgroups with subtotals,
    or one after another followed by a blank row."""
    if use_groups:
        return list(
            _subgroup_block_rows(weights_rows, sides, show_weight, extra_names, meta, subgroups)
        )
    rows = [_study_row(r, s, show_weight, extra_names) for r, s in zip(weights_rows, sides)]
    rows.append(_Row(kind="blank", height=0.6))
    return rows


def _forest_columns(measure: str, level: str, extra_names: list) -> dict:
    """Headings of a forest plot's table columns."""
    return {
        "label": "Study",
        "outcome": "Outcome",
        "plot": f"{measure} ({level} CI)",
        "estimate": f"{measure} [{level} CI]",
        "weight": "Weight",
        "extra": extra_names,
    }


def plot_forest(
    weights, pooled, meta: dict, out_paths: list[str], subgroups=None, max_rows: int | None = None
) -> None:
    """Forest plot of one analysis, written to every path in ``out_paths``.

    ``weights`` and ``pooled`` are the analysis' ``weights.csv`` and ``pooled.csv``;
    ``subgroups`` (optional, ``subgroups.csv``) gives the subtotal of each subgroup
    when ``meta["subgroup"]`` is set; without it subtotals are fitted here.
    With more than ``max_rows`` studies no study row is drawn (a figure thousands
    of rows tall is legible to nobody): the plot keeps the pooled rows and says
    where the studies are listed.
    """
    weights_rows = _records(weights)
    n_studies = len(weights_rows)
    capped = max_rows is not None and n_studies > max_rows
    pooled_rows = _records(pooled)
    title = meta.get("title") or meta.get("name") or "analysis"
    if _no_studies(weights_rows, pooled_rows, meta):
        primary = primary_row(pooled_rows, meta) or {}
        detail = (
            primary.get("note") or "no estimate met the analysis criteria; see 04_harmonised.csv"
        )
        _message_figure(title, f"No eligible studies for {title}", detail, out_paths)
        return

    primary = primary_row(pooled_rows, meta) or {}
    fixed = fixed_row(pooled_rows)
    measure = str(meta.get("measure", "HR"))
    level = _level_text(meta, primary)
    sides = _study_sides([to_float_or_nan(r.get("weight_random")) for r in weights_rows])
    show_weight = any(_finite(to_float_or_nan(r.get("weight_random"))) for r in weights_rows)

    extra_names = list(meta.get("forest_columns") or [])
    rows: list[_Row] = [_Row(kind="header")]
    use_groups = bool(meta.get("subgroup")) and any(
        str(r.get("subgroup", "")) for r in weights_rows
    )
    if capped:
        use_groups = False
        rows.extend(_capped_note_rows(n_studies, max_rows))
        weights_rows = []
    else:
        rows.extend(
            _study_block_rows(
                weights_rows, sides, show_weight, extra_names, meta, subgroups, use_groups
            )
        )
    pooled_block, shown = _pooled_block_rows(primary, fixed, pooled_rows, n_studies, show_weight)
    rows.extend(pooled_block)
    footer = _forest_footer(primary, use_groups, subgroups, weights_rows)

    columns = _forest_columns(measure, level, extra_names)
    subtitle = _forest_subtitle(meta, measure, level)
    axis_values = _forest_axis_values(weights_rows, shown + ([fixed] if fixed else []))
    _draw_table(rows, meta, title, subtitle, columns, footer, out_paths, axis_values)


# --------------------------------------------------------------------------- leave-one-out


def _primary_model_rows(rows: list[dict], primary: dict, meta: dict) -> list[dict]:
    """The rows of the primary random-effects model (its method and test)."""
    method, test = primary.get("method", meta.get("method")), primary.get("test", meta.get("test"))
    return [
        r
        for r in rows
        if r.get("model") == "random" and r.get("method") == method and r.get("test") == test
    ]


def _leave_one_out_refusal(loo_rows: list[dict], k: int, max_rows: int | None) -> tuple | None:
    """Why no leave-one-out rows are drawn (heading and detail), or None to draw them."""
    skipped = [r for r in loo_rows if r.get("status") == "not_computed"]
    if skipped:
        return (
            f"Leave-one-out analysis not computed for k = {k}",
            skipped[0].get("note", ""),
        )
    if max_rows is not None and len(loo_rows) > max_rows:
        return (
            f"Leave-one-out results for k = {k} studies are not drawn",
            f"more than {max_rows} rows (config plots.max_forest_rows); every row is "
            f"listed in leave_one_out.csv and the report",
        )
    if k < 2 or not loo_rows:
        return (
            f"Leave-one-out analysis needs at least 2 studies (k = {k})",
            "each row would pool the remaining studies; with fewer than two there is nothing to omit",
        )
    return None


def _omitted_study_row(r: dict) -> _Row:
    """One leave-one-out row: the pooled estimate without one study, and its I²."""
    est, lo, hi = (
        to_float_or_nan(r.get("estimate")),
        to_float_or_nan(r.get("ci_lower")),
        to_float_or_nan(r.get("ci_upper")),
    )
    ok = r.get("status", "ok") in ("ok", "") and _finite(est)
    i2 = to_float_or_nan(r.get("I2"))
    label = _wrap(
        f"Omitting {r.get('omitted_label') or r.get('omitted_study_id')}",
        LABEL_WRAP,
        max_lines=3,
    )
    return _Row(
        kind="study",
        label=label,
        estimate=est,
        lower=lo,
        upper=hi,
        estimate_text=format_interval(est, lo, hi)
        if ok
        else f"not estimable ({r.get('status', '')})",
        weight_text=f"{i2:.0f}%" if _finite(i2) else "",
        size=5.0,
        height=max(1.0, 0.75 * (label.count("\n") + 1) + 0.25),
    )


def plot_leave_one_out(
    loo, pooled, meta: dict, out_paths: list[str], max_rows: int | None = None
) -> None:
    """Pooled estimate of the primary model omitting each study in turn.

    With more than ``max_rows`` studies the figure says where the rows are listed
    instead of drawing them.
    """
    pooled_rows = _records(pooled)
    primary = primary_row(pooled_rows, meta) or {}
    title = meta.get("title") or meta.get("name") or "analysis"
    loo_rows = _primary_model_rows(_records(loo), primary, meta)
    k = (
        int(to_float_or_nan(primary.get("k")))
        if _finite(to_float_or_nan(primary.get("k")))
        else len(loo_rows)
    )
    refusal = _leave_one_out_refusal(loo_rows, k, max_rows)
    if refusal is not None:
        _message_figure(f"Leave-one-out: {title}", *refusal, out_paths)
        return
    measure = str(meta.get("measure", "HR"))
    level = _level_text(meta, primary)
    rows: list[_Row] = [_Row(kind="header")]
    required, optional = [], []
    for r in loo_rows:
        row = _omitted_study_row(r)
        rows.append(row)
        required.append(row.estimate)
        optional += [row.lower, row.upper]
    rows.append(_Row(kind="blank", height=0.6))
    i2 = to_float_or_nan(primary.get("I2"))
    rows.append(
        _diamond_row(
            primary, f"All studies, k = {k}", "primary", f"{i2:.0f}%" if _finite(i2) else ""
        )
    )
    required.append(to_float_or_nan(primary.get("estimate")))
    columns = {
        "label": "Study omitted",
        "plot": f"{measure} ({level} CI)",
        "estimate": f"{measure} [{level} CI]",
        "weight": "I²",
    }
    subtitle = (
        f"{model_label(primary)} fitted to the remaining studies; dashed line: estimate "
        f"from all studies"
    )
    _draw_table(
        rows,
        meta,
        f"Leave-one-out: {title}",
        subtitle,
        columns,
        [],
        out_paths,
        (required, optional),
        reference=to_float_or_nan(primary.get("estimate")),
    )


# --------------------------------------------------------------------------- funnel plot


def _funnel_centre(centre_row: dict | None) -> float:
    """The pooled log ratio the funnel is centred on (nan without one)."""
    centre = to_float_or_nan((centre_row or {}).get("yi_pooled"))
    if not _finite(centre) and centre_row:
        est = to_float_or_nan(centre_row.get("estimate"))
        centre = math.log(est) if _finite(est) and est > 0 else math.nan
    return centre


def _funnel_limits(xs: list[float], centre: float, z: float, se_max: float) -> tuple[float, float]:
    """Ratio-axis limits symmetric about the centre holding the points and the region's base."""
    mid = centre if _finite(centre) else 0.0
    if _finite(centre):
        xs = xs + [centre - z * se_max, centre + z * se_max]
    span = max([abs(x - mid) for x in xs] + [math.log(2)]) * 1.08
    return math.exp(mid - span), math.exp(mid + span)


def _draw_funnel_region(ax, centre: float, z: float, se_max: float) -> None:
    """The pseudo-confidence region and the line at the pooled estimate."""
    tip, base_lo, base_hi = (
        math.exp(centre),
        math.exp(centre - z * se_max),
        math.exp(centre + z * se_max),
    )
    ax.add_patch(
        Polygon(
            [(tip, 0), (base_lo, se_max), (base_hi, se_max)],
            closed=True,
            facecolor="#eef2f6",
            edgecolor="#7f7f7f",
            lw=0.8,
            ls=(0, (4, 3)),
            zorder=1,
        )
    )
    ax.plot([tip, tip], [0, se_max], color="#333333", lw=0.9, zorder=2)


def _funnel_ticks(lo_x: float, hi_x: float) -> list[float]:
    ticks = [1]
    for candidates in FUNNEL_TICKS:
        ticks = [t for t in candidates if lo_x <= t <= hi_x]
        if len(ticks) <= 7:
            break
    return ticks


def _draw_funnel_headings(
    fig: Figure, title: str, centre_row: dict | None, centre: float, level: float
) -> None:
    heading = _wrap(f"Funnel plot: {title}", 75)
    fig.text(
        0.03,
        0.975,
        heading,
        ha="left",
        va="top",
        fontsize=10,
        fontweight="bold",
        parse_math=False,
    )
    centre_text = (
        f"centre: {model_label(centre_row)} estimate {format_ratio(math.exp(centre))}; "
        f"dashed region: {level * 100:g}% pseudo-confidence limits"
        if _finite(centre) and centre_row
        else "no pooled estimate to centre the region on"
    )
    fig.text(
        0.03,
        0.975 - 0.04 * (heading.count("\n") + 1),
        _wrap(centre_text, 105),
        ha="left",
        va="top",
        fontsize=7.5,
        color="#444444",
        parse_math=False,
    )


def _draw_funnel_favours(fig: Figure, meta: dict, lo_x: float, hi_x: float) -> None:
    """'Favours ...' either side of the line of no effect, beneath the axis label."""
    left_fav, right_fav = _favours(meta)
    if lo_x < 1.0 < hi_x:
        null_x = 0.13 + 0.82 * (-math.log(lo_x)) / (math.log(hi_x) - math.log(lo_x))
        left_text, right_text = "\u2190 " + left_fav, right_fav + " \u2192"
        measure_text = _TextMeasure()
        left_w = measure_text.width(left_text, size=8) / 6.5
        right_w = measure_text.width(right_text, size=8) / 6.5
        # Keep both labels on the page when the line of no effect is near an edge.
        null_x = min(max(null_x, 0.02 + left_w + 0.01), 0.98 - right_w - 0.01)
        fig.text(
            null_x - 0.01,
            0.075,
            left_text,
            ha="right",
            va="center",
            fontsize=8,
            parse_math=False,
        )
        fig.text(
            null_x + 0.01,
            0.075,
            right_text,
            ha="left",
            va="center",
            fontsize=8,
            parse_math=False,
        )
    else:
        side = left_fav if hi_x <= 1.0 else right_fav
        fig.text(
            0.54,
            0.075,
            f"All of this axis: {side}",
            ha="center",
            va="center",
            fontsize=8,
            parse_math=False,
        )


def _draw_funnel_k_note(fig: Figure, ax, k: int) -> None:
    """Say when there are too few studies to judge asymmetry."""
    if k < 3:
        ax.text(
            0.5,
            0.5,
            f"k = {k}: too few studies for a funnel plot to show asymmetry",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=9,
            color="#b03a2e",
            parse_math=False,
            bbox={"facecolor": "white", "edgecolor": "#b03a2e", "lw": 0.6},
        )
    elif k < 10:
        fig.text(
            0.13,
            0.015,
            f"k = {k}: fewer than 10 studies; asymmetry is hard to judge",
            ha="left",
            va="bottom",
            fontsize=7.5,
            color="#555555",
            parse_math=False,
        )


def plot_funnel(weights, pooled, meta: dict, out_paths: list[str]) -> None:
    """Effect (log ratio axis) against standard error, inverted, with a pseudo-CI region."""
    weights_rows = _records(weights)
    pooled_rows = _records(pooled)
    title = meta.get("title") or meta.get("name") or "analysis"
    if _no_studies(weights_rows, pooled_rows, meta):
        _message_figure(
            f"Funnel plot: {title}",
            f"No eligible studies for {title}",
            "a funnel plot needs pooled studies",
            out_paths,
        )
        return
    primary = primary_row(pooled_rows, meta) or {}
    centre_row = primary if _row_ok(primary) else fixed_row(pooled_rows)
    yi = [to_float_or_nan(r.get("yi")) for r in weights_rows]
    sei = [to_float_or_nan(r.get("sei")) for r in weights_rows]
    points = [(y, s) for y, s in zip(yi, sei) if _finite(y, s)]
    level = to_float_or_nan(meta.get("level", 0.95))
    level = level if _finite(level) else 0.95
    z = NormalDist().inv_cdf(1 - (1 - level) / 2)
    measure = str(meta.get("measure", "HR"))
    se_max = max([s for _, s in points] + [0.1]) * 1.1
    centre = _funnel_centre(centre_row)
    lo_x, hi_x = _funnel_limits([y for y, _ in points], centre, z, se_max)
    with plt.rc_context(STYLE):
        fig = Figure(figsize=(6.5, 5.2))
        ax = fig.add_axes([0.13, 0.2, 0.82, 0.64])
        ax.set_xscale("log")
        ax.set_xlim(lo_x, hi_x)
        ax.set_ylim(se_max, 0)
        if _finite(centre):
            _draw_funnel_region(ax, centre, z, se_max)
        ax.axvline(1.0, color="black", lw=0.6, ls=":", zorder=1)
        ax.plot(
            [math.exp(y) for y, _ in points],
            [s for _, s in points],
            "o",
            markersize=5,
            color=STUDY_COLOUR,
            markeredgecolor="white",
            markeredgewidth=0.5,
            zorder=3,
        )
        ticks = _funnel_ticks(lo_x, hi_x)
        ax.xaxis.set_major_locator(FixedLocator(ticks))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.set_xticklabels([_tick_text(t) for t in ticks])
        ax.set_xlabel(f"{_measure_name(meta)} ({measure}, log scale)", fontsize=8.5)
        ax.set_ylabel("Standard error of log " + measure, fontsize=8.5)
        for side in ("right", "top"):
            ax.spines[side].set_visible(False)
        _draw_funnel_headings(fig, title, centre_row, centre, level)
        _draw_funnel_favours(fig, meta, lo_x, hi_x)
        _draw_funnel_k_note(fig, ax, len(points))
        _save(fig, out_paths)
