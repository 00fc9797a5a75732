"""One self-contained HTML page of a run, built from the contract files in ``results/``.

The page traces every pooled number back to its sentence: a flow diagram in the
spirit of PRISMA 2020, per analysis the forest plot, the pooled models, each included
estimate with its quote (matched span highlighted) and document, the excluded
candidates with their reasons and the checks that fired; then the documents, the
studies with their link evidence, the software versions and input checksums.

Figures are embedded as ``data:`` URIs and styles inline, so the page needs no
network. The same results give the same bytes: no timestamps, rows in file order,
analyses and software sorted by name. Every text from the tables is escaped.
"""

from __future__ import annotations

import base64
import csv
import html
import math
from collections import Counter
from pathlib import Path

from .harmonise_conversions import footnotes, symbols
from .measures import RATIO_MEASURES, to_float_or_nan
from .report_decisions import decisions_section
from .tables import p_value_parts, ratio_text, read_header_and_rows

MODEL_FILES = ("pooled", "weights", "leave_one_out", "cumulative", "subgroups", "small_study_tests")
FIGURES = ("forest", "funnel", "leave_one_out")
STAGE_FILES = {
    "documents": "01_documents.csv",
    "estimates": "02_estimates.csv",
    "studies": "03_studies.csv",
    "harmonised": "04_harmonised.csv",
    "flow": "flow.csv",
    "decisions": "decisions.csv",
}


def report_files(results_dir: str | Path, analyses) -> dict:
    """The files a report reads, where the workflow writes them under ``results_dir``:
    {"documents": path, ..., "analyses": {name: {"pooled": path, ..., "forest": svg}}}.
    The workflow passes its rule's inputs instead; this serves other callers."""
    root = Path(results_dir)
    files: dict = {key: root / name for key, name in STAGE_FILES.items()}
    files["analyses"] = {
        name: {
            **{f: root / "05_pooled" / name / f"{f}.csv" for f in MODEL_FILES},
            **{f"{f}_figure": root / "06_figures" / name / f"{f}.svg" for f in FIGURES},
        }
        for name in analyses
    }
    return files


CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 14px; color: #1a1a1a;
       margin: 0 auto; max-width: 1180px; padding: 0 18px 40px; line-height: 1.4; }
h1 { font-size: 24px; margin: 22px 0 4px; }
h2 { font-size: 20px; border-bottom: 2px solid #2f5f8a; padding-bottom: 3px; margin-top: 34px; }
h3 { font-size: 16px; margin-top: 22px; }
p.lead { color: #444; margin-top: 0; }
nav ul { columns: 2; padding-left: 18px; }
table { border-collapse: collapse; margin: 8px 0 14px; font-size: 12.5px; width: 100%; }
th, td { border: 1px solid #cfd6de; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.primary td { background: #f7f3e3; font-weight: bold; }
.quote { font-family: Georgia, "DejaVu Serif", serif; font-size: 12.5px; }
mark { background: #ffe27a; padding: 0 1px; }
.missing { color: #a33; font-style: italic; }
.muted { color: #666; }
.check { display: inline-block; background: #fde8e4; border: 1px solid #e8b4aa; border-radius: 3px;
         padding: 0 4px; margin: 1px 2px 1px 0; font-size: 11.5px; white-space: nowrap; }
.status-ok { color: #1d6b2f; }
.status-bad { color: #a33; font-weight: bold; }
figure { margin: 10px 0 18px; }
figure img { max-width: 100%; height: auto; border: 1px solid #e3e3e3; }
figcaption { font-size: 12px; color: #555; }
details { margin: 6px 0 12px; }
summary { cursor: pointer; font-weight: bold; }
code { font-size: 12px; word-break: break-all; }
.flow { display: grid; grid-template-columns: minmax(260px, 1fr) minmax(260px, 1fr); gap: 0 28px;
        margin: 10px 0 18px; }
.flow .box { border: 2px solid #2f5f8a; border-radius: 4px; padding: 6px 10px; background: #f5f8fb; }
.flow .side { border: 1px dashed #a55; background: #fdf6f4; border-radius: 4px; padding: 6px 10px;
              font-size: 12.5px; align-self: center; }
.flow .arrow { text-align: center; color: #2f5f8a; font-size: 18px; line-height: 1.1; }
.flow .count { font-size: 18px; font-weight: bold; }
.flow .stage { font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; color: #2f5f8a; }
.flow .analysis { grid-column: 1 / span 2; margin-top: 10px; font-weight: bold; }
.flow .empty { visibility: hidden; }
"""


# --------------------------------------------------------------------------- reading


class _Table:
    """A contract table read as strings, or the reason it could not be read.

    Read with :func:`metasynth.tables.read_header_and_rows`, as every stage reads them;
    a table that is missing, empty, damaged (a row with the wrong number of cells) or
    not the table its producer wrote is not fatal here: the report says so where the
    table would be shown.
    """

    def __init__(self, path: Path):
        self.path = path
        self.rows: list[dict] = []
        self.columns: list[str] = []
        self.problem = ""
        if not path.is_file():
            self.problem = "file missing"
            return
        if path.stat().st_size == 0:
            self.problem = "file empty"
            return
        try:
            self.columns, self.rows = read_header_and_rows(path)
        except (OSError, UnicodeDecodeError, csv.Error, ValueError) as error:
            self.rows = []
            self.problem = f"file unreadable ({type(error).__name__}: {error})"
            return
        if not self.rows:
            self.problem = "no rows"

    def note(self, results_dir: Path) -> str:
        """A visible sentence saying why the table has no rows (empty when it has)."""
        if not self.problem:
            return ""
        try:
            shown = self.path.relative_to(results_dir)
        except ValueError:
            shown = self.path
        return f'<p class="missing">{esc(str(shown))}: {esc(self.problem)}.</p>'


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _finite(value: float) -> bool:
    return isinstance(value, float) and math.isfinite(value)


def fmt_ratio(text) -> str:
    """Ratios as in the forest plot: two decimals, scientific when extreme."""
    value = to_float_or_nan(text)
    return ratio_text(value) if _finite(value) else ""


def fmt_num(text, digits: int = 3) -> str:
    value = to_float_or_nan(text)
    if not _finite(value):
        return esc(text)
    if value.is_integer() and abs(value) < 1e9:
        return str(int(value))
    return f"{value:.{digits}g}"


def fmt_p(text) -> str:
    value = to_float_or_nan(text)
    if not _finite(value):
        return ""
    relation, number = p_value_parts(value)
    return f"&lt; {number}" if relation == "<" else number


def fmt_interval(est, lo, hi) -> str:
    if not _finite(to_float_or_nan(est)):
        return ""
    return f"{fmt_ratio(est)} [{fmt_ratio(lo)}, {fmt_ratio(hi)}]"


def _exact(display: str, raw) -> str:
    """A rounded number with the value as written in the table on hover."""
    if not display:
        return ""
    return f'<span title="{esc(raw)}">{display}</span>'


BENIGN_STATUSES = ("not_requested", "too_few_studies", "not_reported", "skipped")


def _status(text: str) -> str:
    if text in ("ok", ""):
        cls = "status-ok"
    elif text in BENIGN_STATUSES:
        cls = "muted"
    else:
        cls = "status-bad"
    return f'<span class="{cls}">{esc(text)}</span>'


def _checks(text: str) -> str:
    names = [c for c in str(text).split(";") if c.strip()]
    return "".join(f'<span class="check">{esc(c.strip())}</span>' for c in names)


def highlight_quote(estimate: dict) -> str:
    """The quote with the matched span in ``<mark>`` (offsets are into the document
    text; the quote starts at ``char_start``). Falls back to finding ``match_text``."""
    quote = estimate.get("quote", "")
    start, end = (
        to_float_or_nan(estimate.get("match_start")),
        to_float_or_nan(estimate.get("match_end")),
    )
    base = to_float_or_nan(estimate.get("char_start"))
    match_text = estimate.get("match_text", "")
    span = None
    if _finite(start) and _finite(end):
        candidates = []
        if _finite(base):
            candidates.append((int(start - base), int(end - base)))
        candidates.append((int(start), int(end)))
        for a, b in candidates:
            if 0 <= a < b <= len(quote) and (not match_text or quote[a:b] == match_text):
                span = (a, b)
                break
    if span is None and match_text and match_text in quote:
        a = quote.index(match_text)
        span = (a, a + len(match_text))
    if span is None:
        return f'<span class="quote">{esc(quote)}</span>'
    a, b = span
    return (
        f'<span class="quote">{esc(quote[:a])}<mark>{esc(quote[a:b])}</mark>{esc(quote[b:])}</span>'
    )


# Long tables are cut to this many rows (the CSV files hold every row); a page of
# tens of thousands of rows is too large for a browser and is read by nobody.
DEFAULT_MAX_ROWS = 500


def _shown(rows: list, limit: int | None, what: str, source: str) -> tuple[list, str]:
    """The first ``limit`` rows and a note naming the file that lists them all."""
    if limit is None or len(rows) <= limit:
        return rows, ""
    return rows[:limit], (
        f'<p class="muted">Showing the first {limit} of {len(rows)} {esc(what)}; '
        f"every one is listed in <code>{esc(source)}</code>.</p>"
    )


def _table_html(
    headers: list[str],
    rows: list[list[str]],
    numeric: set[int] = frozenset(),
    row_classes: list[str] | None = None,
) -> str:
    """Cells are HTML already (escaped by the caller)."""
    out = [
        "<table>",
        "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr></thead>",
        "<tbody>",
    ]
    for i, row in enumerate(rows):
        cls = f' class="{row_classes[i]}"' if row_classes and row_classes[i] else ""
        cells = "".join(
            f'<td class="num">{c}</td>' if j in numeric else f"<td>{c}</td>"
            for j, c in enumerate(row)
        )
        out.append(f"<tr{cls}>{cells}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _figure(path: Path, results_dir: Path, caption: str) -> str:
    shown = esc(str(path.relative_to(results_dir)) if path.is_relative_to(results_dir) else path)
    if not path.is_file() or path.stat().st_size == 0:
        return f'<p class="missing">{shown}: figure missing.</p>'
    kind = {".svg": "image/svg+xml", ".png": "image/png"}.get(
        path.suffix.lower(), "application/octet-stream"
    )
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return (
        f'<figure><img alt="{esc(caption)}" src="data:{kind};base64,{data}">'
        f"<figcaption>{esc(caption)} ({shown})</figcaption></figure>"
    )


# --------------------------------------------------------------------------- sections


def _flow_item(flow: _Table, stage: str, name: str, analysis: str = "") -> dict | None:
    """The flow.csv row of one stage and item (of one analysis), or None."""
    for r in flow.rows:
        if r.get("stage") == stage and r.get("item") == name and r.get("analysis", "") == analysis:
            return r
    return None


def _flow_count(row) -> str:
    return esc(row.get("count", "")) if row else "?"


def _flow_box(stage: str, title: str, row, detail: str = "") -> str:
    extra = f'<div class="muted">{esc(detail)}</div>' if detail else ""
    return (
        f'<div class="box"><div class="stage">{esc(stage)}</div>{esc(title)}: '
        f'<span class="count">{_flow_count(row)}</span>{extra}</div>'
    )


def _flow_side(lines: list[str]) -> str:
    if not lines:
        return '<div class="empty"></div>'
    return '<div class="side">' + "<br>".join(lines) + "</div>"


_FLOW_ARROW = '<div class="arrow">&#8595;</div><div></div>'


def _flow_stages(flow: _Table) -> list[str]:
    """The diagram's boxes for documents read, estimates found and studies linked."""
    grid = []
    read = _flow_item(flow, "documents", "read")
    unreadable = _flow_item(flow, "documents", "unreadable")
    no_est = _flow_item(flow, "documents", "status=no_estimates")
    side_lines = []
    if unreadable:
        side_lines.append(
            f"Unreadable: <b>{_flow_count(unreadable)}</b>"
            + (
                f' <span class="muted">({esc(unreadable.get("detail", ""))})</span>'
                if unreadable.get("detail")
                else ""
            )
        )
    if no_est:
        side_lines.append(f"Read, no estimate stated: <b>{_flow_count(no_est)}</b>")
    grid.append(_flow_box("Identification", "Documents read", read, (read or {}).get("detail", "")))
    grid.append(_flow_side(side_lines))
    grid.append(_FLOW_ARROW)
    found = _flow_item(flow, "estimates", "found")
    by_role = [
        r
        for r in flow.rows
        if r.get("stage") == "estimates" and r.get("item", "").startswith("role=")
    ]
    grid.append(
        _flow_box("Extraction", "Effect estimates found", found, (found or {}).get("detail", ""))
    )
    grid.append(
        _flow_side([f"{esc(r['item'][5:])}: <b>{esc(r.get('count', ''))}</b>" for r in by_role])
    )
    grid.append(_FLOW_ARROW)
    studies = _flow_item(flow, "studies", "linked")
    grid.append(_flow_box("Linking", "Studies", studies, (studies or {}).get("detail", "")))
    grid.append('<div class="empty"></div>')
    return grid


def _flow_analysis(flow: _Table, name: str, title: str) -> list[str]:
    """The diagram's boxes for one analysis: candidates, exclusions, included, pooled."""
    grid = [
        f'<div class="analysis">Analysis <a href="#analysis-{esc(name)}">{esc(title)}</a></div>'
    ]
    cands = _flow_item(flow, "harmonise", "candidates", name)
    excluded = [
        r
        for r in flow.rows
        if r.get("stage") == "harmonise"
        and r.get("analysis") == name
        and r.get("item", "").startswith("excluded")
    ]
    grid.append(_flow_box("Eligibility", "Candidate estimates", cands))
    grid.append(
        _flow_side(
            [
                f"Excluded, {esc(r['item'].split(':', 1)[-1].strip())}: "
                f"<b>{esc(r.get('count', ''))}</b>"
                for r in excluded
            ]
        )
    )
    grid.append(_FLOW_ARROW)
    grid.append(
        _flow_box("Included", "Estimates included", _flow_item(flow, "harmonise", "included", name))
    )
    grid.append('<div class="empty"></div>')
    grid.append(_FLOW_ARROW)
    pooled = _flow_item(flow, "pool", "studies pooled", name)
    grid.append(_flow_box("Synthesis", "Studies pooled", pooled, (pooled or {}).get("detail", "")))
    grid.append('<div class="empty"></div>')
    return grid


def _flow_section(flow: _Table, results_dir: Path, analyses: dict) -> str:
    parts = [
        '<h2 id="flow">Flow of documents, estimates and studies</h2>',
        '<p class="lead">In the spirit of a PRISMA 2020 flow diagram: counts from '
        "<code>flow.csv</code>.</p>",
    ]
    if flow.problem:
        return "\n".join(parts + [flow.note(results_dir)])
    grid = ['<div class="flow">', *_flow_stages(flow)]
    for name in sorted(analyses):
        grid.extend(_flow_analysis(flow, name, analyses[name].get("title") or name))
    grid.append("</div>")
    parts.extend(grid)
    rows = [
        [esc(r.get(c, "")) for c in ("stage", "item", "analysis", "count", "detail")]
        for r in flow.rows
    ]
    parts.append(
        "<details><summary>All flow counts (flow.csv)</summary>"
        + _table_html(["stage", "item", "analysis", "count", "detail"], rows, {3})
        + "</details>"
    )
    return "\n".join(parts)


def _primary(pooled_rows: list[dict], meta: dict) -> dict | None:
    for r in pooled_rows:
        if (
            r.get("model") == "random"
            and r.get("method") == meta.get("method")
            and r.get("test") == meta.get("test")
        ):
            return r
    return next(
        (r for r in pooled_rows if r.get("model") == "random"),
        pooled_rows[0] if pooled_rows else None,
    )


def _pooled_cells(r: dict) -> list[str]:
    """One pooled.csv row as table cells, each number with its value as written."""
    return [
        esc(r.get("model", "")),
        esc(r.get("method", "")),
        esc(r.get("test", "")),
        esc(r.get("k", "")),
        _exact(
            fmt_interval(r.get("estimate"), r.get("ci_lower"), r.get("ci_upper")),
            f"{r.get('estimate', '')} [{r.get('ci_lower', '')}, {r.get('ci_upper', '')}]",
        ),
        _exact(
            f"[{fmt_ratio(r.get('pi_lower'))}, {fmt_ratio(r.get('pi_upper'))}]"
            if fmt_ratio(r.get("pi_lower"))
            else "",
            f"{r.get('pi_lower', '')}, {r.get('pi_upper', '')}",
        ),
        _exact(fmt_num(r.get("tau2")), r.get("tau2", "")),
        _exact(
            f"{to_float_or_nan(r.get('I2')):.1f}" if _finite(to_float_or_nan(r.get("I2"))) else "",
            r.get("I2", ""),
        ),
        (f"{fmt_num(r.get('Q'))} ({fmt_num(r.get('Q_df'))})" if r.get("Q") else ""),
        fmt_p(r.get("Q_p")),
        _exact(fmt_num(r.get("z_or_t")), r.get("z_or_t", "")),
        _exact(fmt_p(r.get("p_value")), r.get("p_value", "")),
        _status(r.get("status", "")),
        esc(r.get("note", "")),
    ]


def _pooled_table(pooled: _Table, meta: dict, results_dir: Path) -> str:
    if pooled.problem:
        return pooled.note(results_dir)
    primary = _primary(pooled.rows, meta)
    measure = esc(meta.get("measure", ""))
    headers = [
        "model",
        "method",
        "test",
        "k",
        f"{measure} [CI]",
        "prediction interval",
        "τ²",
        "I² (%)",
        "Q (df)",
        "p (Q)",
        "z / t",
        "p",
        "status",
        "note",
    ]
    rows, classes = [], []
    for r in pooled.rows:
        rows.append(_pooled_cells(r))
        classes.append("primary" if r is primary else "")
    note = (
        '<p class="muted">Highlighted: the configured model. Estimates and intervals on the '
        f"{'ratio' if meta.get('measure') in RATIO_MEASURES else 'analysis'} scale; hover a number "
        "for the value as written in pooled.csv.</p>"
    )
    return _table_html(headers, rows, {3, 4, 5, 6, 7, 8, 9, 10, 11}, classes) + note


def _generic_table(
    table: _Table, results_dir: Path, columns: list[str], limit: int | None = DEFAULT_MAX_ROWS
) -> str:
    if table.problem:
        return table.note(results_dir)
    table_rows, cut = _shown(table.rows, limit, "rows", table.path.name)
    # Columns empty in every row (statistics a test does not report) are left out.
    shown = [c for c in columns if c in table.columns and any(r.get(c, "") for r in table_rows)]
    rows = []
    for r in table_rows:
        cells = []
        for c in shown:
            v = r.get(c, "")
            if c in (
                "estimate",
                "ci_lower",
                "ci_upper",
                "pi_lower",
                "pi_upper",
                "adjusted_estimate",
                "adjusted_ci_lower",
                "adjusted_ci_upper",
            ):
                cells.append(_exact(fmt_ratio(v), v))
            elif c in ("p_value", "Q_p", "Q_between_p"):
                cells.append(_exact(fmt_p(v), v))
            elif c in ("tau2", "I2", "Q", "z_or_t", "statistic", "Q_between", "df"):
                cells.append(_exact(fmt_num(v), v) if v else "")
            elif c == "status":
                cells.append(_status(v))
            else:
                cells.append(esc(v))
        rows.append(cells)
    return cut + _table_html(shown, rows)


def _included_cells(w: dict, est: dict, h: dict, doc_id: str, doc: dict) -> list[str]:
    """One included study as table cells: its estimate as pooled and as stated, weights,
    log-scale values, checks, quote and document."""
    eid = w.get("estimate_id", "")
    stated = ""
    if est:
        stated = (
            f'<br><span class="muted">stated: {esc(est.get("measure", ""))} '
            f"{esc(est.get('value', ''))} ({esc(est.get('ci_lower', ''))}-{esc(est.get('ci_upper', ''))}"
            f"{', ' + esc(est.get('ci_level', '')) if est.get('ci_level') else ''})</span>"
        )
    wr, wf = to_float_or_nan(w.get("weight_random")), to_float_or_nan(w.get("weight_fixed"))
    return [
        f"<b>{esc(w.get('label', ''))}</b> {esc(symbols(w.get('conversions', '')))}"
        f'<br><span class="muted">{esc(w.get("study_id", ""))}'
        f"{' · ' + esc(w.get('subgroup')) if w.get('subgroup') else ''}</span>",
        f"{esc(w.get('outcome', ''))} "
        + _exact(
            fmt_interval(w.get("estimate"), w.get("ci_lower"), w.get("ci_upper")),
            f"{w.get('estimate', '')} [{w.get('ci_lower', '')}, {w.get('ci_upper', '')}]",
        )
        + stated,
        (f"{wr:.1f}%" if _finite(wr) else "") + " / " + (f"{wf:.1f}%" if _finite(wf) else ""),
        f"{fmt_num(w.get('yi'), 4)}, {fmt_num(w.get('sei'), 4)}, {esc(h.get('se_source', ''))}",
        _checks(h.get("checks", "")),
        (highlight_quote(est) if est else _no_quote(eid, h))
        + f'<br><span class="muted">{esc(eid)}, characters {esc(est.get("char_start", ""))}'
        f"-{esc(est.get('char_end', ''))}</span>",
        f'{esc(doc_id)}<br><span class="muted">{esc(doc.get("title", ""))}</span>',
    ]


def _included_section(
    name: str,
    weights: _Table,
    harmonised: list[dict],
    estimates: dict,
    documents: dict,
    results_dir: Path,
    meta: dict,
    limit: int | None = DEFAULT_MAX_ROWS,
) -> str:
    if weights.problem:
        return weights.note(results_dir)
    harm = {r.get("estimate_id"): r for r in harmonised if r.get("analysis") == name}
    headers = [
        "study",
        "estimate",
        "weight (random / fixed)",
        "log scale (yi, SE, SE from)",
        "checks",
        "quote",
        "document",
    ]
    weight_rows, cut = _shown(
        weights.rows, limit, "included studies", f"05_pooled/{name}/weights.csv"
    )
    rows = []
    for w in weight_rows:
        eid = w.get("estimate_id", "")
        est = estimates.get(eid, {})
        h = harm.get(eid, {})
        doc_id = w.get("doc_id") or est.get("doc_id", "")
        doc = documents.get(doc_id, {})
        rows.append(_included_cells(w, est, h, doc_id, doc))
    notes = footnotes([w.get("conversions", "") for w in weight_rows])
    explained = ('<p class="muted">' + "<br>".join(esc(n) for n in notes) + "</p>") if notes else ""
    return cut + _table_html(headers, rows) + explained


def _no_quote(eid: str, harmonised_row: dict) -> str:
    """A reviewer-entered estimate has a source instead of a quote; anything else is missing."""
    if harmonised_row.get("source"):
        return (
            f"<i>reviewer-entered</i>: {esc(harmonised_row['source'])}<br>"
            f'<span class="muted">{esc(harmonised_row.get("decision", ""))}</span>'
        )
    return f'<span class="missing">estimate {esc(eid)} not in 02_estimates.csv</span>'


def _excluded_rows(rows: list[dict], estimates: dict) -> list[list[str]]:
    out = []
    for r in rows:
        est = estimates.get(r.get("estimate_id", ""), {})
        out.append(
            [
                esc(r.get("estimate_id", "")),
                f'{esc(r.get("doc_id", ""))}<br><span class="muted">{esc(r.get("study_id", ""))}</span>',
                f"{esc(r.get('measure', ''))} {esc(r.get('value', ''))} "
                f"({esc(r.get('ci_lower', ''))}-{esc(r.get('ci_upper', ''))})<br>"
                f'<span class="muted">{esc(r.get("outcome", ""))}, {esc(r.get("role", ""))}</span>',
                (
                    esc(r.get("exclusion_reason", ""))
                    or '<span class="missing">no reason recorded</span>'
                )
                + (
                    f'<br><span class="muted">{esc(r["decision"])}</span>'
                    if r.get("decision")
                    else ""
                ),
                _checks(r.get("checks", "")),
                highlight_quote(est) if est else "",
            ]
        )
    return out


def _excluded_section(
    name: str,
    harmonised: list[dict],
    estimates: dict,
    measure: str,
    limit: int | None = DEFAULT_MAX_ROWS,
) -> str:
    """Excluded candidates: those of the analysis' measure (the ones a reviewer may
    dispute) open, the other measures (medians, proportions, ...) collapsed."""
    excluded = [
        r
        for r in harmonised
        if r.get("analysis") == name and r.get("included", "").lower() != "true"
    ]
    if not excluded:
        return '<p class="muted">No excluded candidates.</p>'
    headers = ["estimate", "document / study", "stated", "reason", "checks", "quote"]
    parts = []
    for same, title in ((True, f"{measure} estimates"), (False, "other measures")):
        group = [r for r in excluded if (r.get("measure", "") == measure) == same]
        if not group:
            parts.append(f'<p class="muted">No excluded {esc(title)}.</p>')
            continue
        reasons = Counter(
            (r.get("exclusion_reason") or "no reason recorded").split(":", 1)[0] for r in group
        )
        summary = ", ".join(f"{esc(k)}: {v}" for k, v in sorted(reasons.items()))
        opened = " open" if same and len(group) <= 50 else ""
        group_rows, cut = _shown(group, limit, f"excluded {title}", "04_harmonised.csv")
        parts.append(
            f"<details{opened}><summary>{len(group)} excluded {esc(title)}: {summary}</summary>"
            f"{cut}{_table_html(headers, _excluded_rows(group_rows, estimates))}</details>"
        )
    return "\n".join(parts)


def _checks_section(name: str, harmonised: list[dict]) -> str:
    fired = Counter()
    included = Counter()
    for r in harmonised:
        if r.get("analysis") != name:
            continue
        for c in str(r.get("checks", "")).split(";"):
            if c.strip():
                fired[c.strip()] += 1
                if r.get("included", "").lower() == "true":
                    included[c.strip()] += 1
    if not fired:
        return '<p class="muted">No check fired for any candidate of this analysis.</p>'
    rows = [[_checks(c), str(n), str(included[c])] for c, n in sorted(fired.items())]
    return _table_html(["check", "candidates", "of which included"], rows, {1, 2})


def _eligibility_criteria(meta: dict) -> str:
    """What an estimate must be to enter the analysis, as the config states it."""

    def listed(key: str) -> str:
        return esc(", ".join(str(v) for v in meta.get(key) or [])) or "any"

    items = [
        f"intervention: {esc(meta.get('intervention', ''))}",
        f"comparators: {listed('comparators')}",
        f"outcomes: {listed('outcomes')}",
        f"roles: {listed('roles')}",
        f"measure: {esc(meta.get('measure', ''))}",
        f"model: random effects ({esc(meta.get('method', ''))}, test {esc(meta.get('test', ''))}) "
        "with a fixed-effect row beside it",
    ]
    return (
        "<p><b>Eligibility criteria</b></p><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul>"
    )


# Columns of the sensitivity tables shown in an analysis' section, in this order
# (columns empty in every row are left out).
LEAVE_ONE_OUT_SHOWN = [
    "omitted_label",
    "omitted_study_id",
    "model",
    "method",
    "test",
    "k",
    "estimate",
    "ci_lower",
    "ci_upper",
    "tau2",
    "I2",
    "p_value",
    "status",
]
CUMULATIVE_SHOWN = [
    "step",
    "added_label",
    "added_study_id",
    "k",
    "estimate",
    "ci_lower",
    "ci_upper",
    "tau2",
    "I2",
    "p_value",
    "status",
]
SUBGROUPS_SHOWN = [
    "subgroup",
    "model",
    "method",
    "test",
    "k",
    "estimate",
    "ci_lower",
    "ci_upper",
    "tau2",
    "I2",
    "Q_between",
    "Q_between_df",
    "Q_between_p",
    "status",
    "note",
]
SMALL_STUDY_SHOWN = [
    "test",
    "k",
    "statistic_name",
    "statistic",
    "df",
    "p_value",
    "k0",
    "side",
    "adjusted_estimate",
    "adjusted_ci_lower",
    "adjusted_ci_upper",
    "reported",
    "status",
    "note",
]


def _analysis_settings(meta: dict) -> str:
    """One line of an analysis' settings: comparison, measure, model, level, subgroups."""
    return (
        f"{esc(meta.get('intervention_label', meta.get('intervention', '')))} vs "
        f"{esc(meta.get('comparator_label', ''))}; measure {esc(meta.get('measure', ''))}; "
        f"{esc(meta.get('method', ''))} with test {esc(meta.get('test', ''))}; "
        f"level {esc(meta.get('level', ''))}"
        + (f"; subgroups by {esc(meta.get('subgroup'))}" if meta.get("subgroup") else "")
    )


def _analysis_section(
    name: str,
    meta: dict,
    results_dir: Path,
    harmonised: list[dict],
    estimates: dict,
    documents: dict,
    files: dict[str, Path],
) -> str:
    tables = {f: _Table(files[f]) for f in MODEL_FILES}
    title = meta.get("title") or name
    parts = [
        f'<h2 id="analysis-{esc(name)}">Analysis: {esc(title)}</h2>',
        f'<p class="lead"><code>{esc(name)}</code>: {_analysis_settings(meta)}</p>',
        _eligibility_criteria(meta),
        _figure(files["forest_figure"], results_dir, f"Forest plot: {title}"),
        "<h3>Pooled models</h3>",
        _pooled_table(tables["pooled"], meta, results_dir),
        "<h3>Included estimates</h3>",
        _included_section(
            name, tables["weights"], harmonised, estimates, documents, results_dir, meta
        ),
        "<h3>Excluded candidates</h3>",
        _excluded_section(name, harmonised, estimates, str(meta.get("measure", ""))),
        "<h3>Checks that fired</h3>",
        _checks_section(name, harmonised),
        "<h3>Sensitivity analyses</h3>",
        _figure(files["leave_one_out_figure"], results_dir, f"Leave-one-out: {title}"),
        "<details><summary>Leave-one-out (leave_one_out.csv)</summary>"
        + _generic_table(tables["leave_one_out"], results_dir, LEAVE_ONE_OUT_SHOWN)
        + "</details>",
        "<details><summary>Cumulative (cumulative.csv)</summary>"
        + _generic_table(tables["cumulative"], results_dir, CUMULATIVE_SHOWN)
        + "</details>",
        "<h4>Subgroups (subgroups.csv)</h4>"
        + _generic_table(tables["subgroups"], results_dir, SUBGROUPS_SHOWN),
        "<h3>Small-study effects</h3>",
        _figure(files["funnel_figure"], results_dir, f"Funnel plot: {title}"),
        _generic_table(tables["small_study_tests"], results_dir, SMALL_STUDY_SHOWN),
    ]
    return "\n".join(parts)


def _documents_section(
    documents: _Table, results_dir: Path, limit: int | None = DEFAULT_MAX_ROWS
) -> str:
    parts = ['<h2 id="documents">Documents</h2>']
    if documents.problem:
        return "\n".join(parts + [documents.note(results_dir)])
    # Documents that were not read or gave nothing come first: they are the ones to audit.
    ordered = sorted(documents.rows, key=lambda d: d.get("status", "") == "ok")
    doc_rows, cut = _shown(ordered, limit, "documents", "01_documents.csv")
    parts.append(cut)
    rows = []
    for d in doc_rows:
        rows.append(
            [
                f'<b>{esc(d.get("doc_id", ""))}</b><br><span class="muted">{esc(d.get("file", ""))}</span>',
                esc(d.get("source_type", "")),
                f'{esc(d.get("title", ""))}<br><span class="muted">{esc(d.get("first_author", ""))} '
                f"{esc(d.get('journal', ''))} {esc(d.get('year', ''))}</span>",
                "<br>".join(
                    x
                    for x in (
                        esc(d.get("doi", "")) and f"doi {esc(d.get('doi'))}",
                        esc(d.get("pmid", "")) and f"PMID {esc(d.get('pmid'))}",
                        esc(d.get("registry_ids", "")),
                        esc(d.get("registry_ids_partial", ""))
                        and f"partial: {esc(d.get('registry_ids_partial'))}",
                    )
                    if x
                ),
                esc(
                    " ".join(
                        x
                        for x in (
                            d.get("design", ""),
                            d.get("phase", "") and f"phase {d.get('phase')}",
                            d.get("randomized", "") and f"randomized={d.get('randomized')}",
                        )
                        if x
                    )
                ),
                esc(d.get("n_estimates", "")),
                _status(d.get("status", ""))
                + (
                    f'<br><span class="muted">{esc(d.get("status_detail"))}</span>'
                    if d.get("status_detail")
                    else ""
                ),
            ]
        )
    parts.append(
        _table_html(
            ["document", "source", "title", "identifiers", "design", "estimates", "status"],
            rows,
            {5},
        )
    )
    return "\n".join(parts)


def _estimates_section(
    estimates: _Table, results_dir: Path, limit: int | None = DEFAULT_MAX_ROWS
) -> str:
    parts = ['<h2 id="estimates">All estimates found</h2>']
    if estimates.problem:
        return "\n".join(parts + [estimates.note(results_dir)])
    estimate_rows, cut = _shown(estimates.rows, limit, "estimates", "02_estimates.csv")
    rows = []
    for e in estimate_rows:
        rows.append(
            [
                esc(e.get("estimate_id", "")),
                esc(e.get("doc_id", "")),
                f"{esc(e.get('measure', ''))} {esc(e.get('value', ''))} ({esc(e.get('ci_lower', ''))}"
                f"-{esc(e.get('ci_upper', ''))}){' ' + esc(e.get('p_text')) if e.get('p_text') else ''}",
                f'{esc(e.get("outcome", ""))}<br><span class="muted">{esc(e.get("role", ""))}</span>',
                esc(e.get("comparison", "")),
                highlight_quote(e),
            ]
        )
    parts.append(
        f"<details><summary>{len(estimates.rows)} estimate(s) in 02_estimates.csv</summary>"
        + cut
        + _table_html(
            ["estimate", "document", "stated", "outcome / role", "comparison", "quote"], rows
        )
        + "</details>"
    )
    return "\n".join(parts)


def _studies_section(
    studies: _Table, results_dir: Path, limit: int | None = DEFAULT_MAX_ROWS
) -> str:
    parts = ['<h2 id="studies">Studies</h2>']
    if studies.problem:
        return "\n".join(parts + [studies.note(results_dir)])
    study_rows, cut = _shown(studies.rows, limit, "studies", "03_studies.csv")
    parts.append(cut)
    rows = [
        [
            f"<b>{esc(s.get('study_id', ''))}</b><br>{esc(s.get('label', ''))}",
            esc(s.get("doc_ids", "")).replace(";", "<br>"),
            esc(s.get("registry_ids", "")),
            esc(s.get("primary_doc_id", "")),
            esc(s.get("link_evidence", "")),
        ]
        for s in study_rows
    ]
    parts.append(
        _table_html(
            ["study", "documents", "registry ids", "primary document", "link evidence"], rows
        )
    )
    return "\n".join(parts)


def _provenance_section(
    software: dict, documents: _Table, results_dir: Path, limit: int | None = DEFAULT_MAX_ROWS
) -> str:
    parts = ['<h2 id="provenance">Software and inputs</h2>', "<h3>Software versions</h3>"]
    parts.append(
        _table_html(
            ["software", "version"],
            [[esc(k), esc(v)] for k, v in sorted(software.items(), key=lambda kv: str(kv[0]))],
        )
    )
    parts.append("<h3>Input checksums (SHA-256)</h3>")
    if documents.problem:
        parts.append(documents.note(results_dir))
    else:
        checksum_rows, cut = _shown(documents.rows, limit, "checksums", "01_documents.csv (sha256)")
        parts.append(cut)
        parts.append(
            _table_html(
                ["document", "file", "bytes", "sha256"],
                [
                    [
                        esc(d.get("doc_id", "")),
                        esc(d.get("file", "")),
                        esc(d.get("n_bytes", "")),
                        f"<code>{esc(d.get('sha256', ''))}</code>",
                    ]
                    for d in checksum_rows
                ],
                {2},
            )
        )
    return "\n".join(parts)


# --------------------------------------------------------------------------- page


def _nav(analyses: dict, names: list[str]) -> str:
    nav = ["<nav><ul>", '<li><a href="#flow">Flow</a></li>']
    nav += [
        f'<li><a href="#analysis-{esc(n)}">Analysis: {esc(analyses[n].get("title") or n)}</a></li>'
        for n in names
    ]
    nav += [
        '<li><a href="#documents">Documents</a></li>',
        '<li><a href="#studies">Studies</a></li>',
        '<li><a href="#estimates">All estimates found</a></li>',
        '<li><a href="#decisions">Reviewer decisions</a></li>',
        '<li><a href="#provenance">Software and inputs</a></li>',
        "</ul></nav>",
    ]
    return "\n".join(nav)


def _page(body: list[str]) -> str:
    """The self-contained HTML page around the sections."""
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>metasynth report</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def build_report(
    results_dir: str, analyses: dict, software: dict, out_path: str, files: dict | None = None
) -> None:
    """Write the HTML report to ``out_path``: of ``files`` (as :func:`report_files` returns
    them; by default the files under ``results_dir``), with paths shown relative to
    ``results_dir``."""
    root = Path(results_dir)
    files = files or report_files(root, analyses)
    documents = _Table(Path(files["documents"]))
    estimates = _Table(Path(files["estimates"]))
    studies = _Table(Path(files["studies"]))
    harmonised = _Table(Path(files["harmonised"]))
    flow = _Table(Path(files["flow"]))
    decisions = _Table(Path(files["decisions"]))
    estimate_by_id = {e.get("estimate_id", ""): e for e in estimates.rows}
    document_by_id = {d.get("doc_id", ""): d for d in documents.rows}
    names = sorted(analyses)

    summary = (
        f"{len(documents.rows)} document(s), {len(estimates.rows)} estimate(s), "
        f"{len(studies.rows)} study(ies), {len(names)} analysis(es)."
    )
    body = [
        "<h1>metasynth: meta-analysis report</h1>",
        f'<p class="lead">{esc(summary)} Every pooled number links to the sentence it came from.</p>',
        _nav(analyses, names),
        _flow_section(flow, root, analyses),
        decisions_section(decisions.rows, decisions.problem),
    ]
    if harmonised.problem:
        body.append(harmonised.note(root))
    for name in names:
        body.append(
            _analysis_section(
                name,
                dict(analyses[name], name=name),
                root,
                harmonised.rows,
                estimate_by_id,
                document_by_id,
                {key: Path(path) for key, path in files["analyses"][name].items()},
            )
        )
    body += [
        _documents_section(documents, root),
        _studies_section(studies, root),
        _estimates_section(estimates, root),
        _provenance_section(software, documents, root),
    ]
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(_page(body))
