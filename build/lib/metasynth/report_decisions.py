"""The report's "Reviewer decisions" section, from results/decisions.csv."""

from __future__ import annotations

from html import escape


def _esc(value) -> str:
    return escape(str(value if value is not None else ""))


STATUS_TEXT = {
    "applied": "applied",
    "no_effect": "no effect",
    "stale": "STALE",
}


def decisions_section(rows: list[dict], problem: str = "") -> str:
    """Every decision and reviewer-entered estimate: what it changed, who made it, and
    the stale ones (target gone, expected value no longer there) first and marked."""
    parts = [
        '<h2 id="decisions">Reviewer decisions</h2>',
        '<p class="muted">From <code>config/decisions.tsv</code> and '
        "<code>config/manual_estimates.tsv</code>; every row is in "
        "<code>decisions.csv</code>. A stale decision did not act: its target is gone "
        "or the value it expected is no longer what the documents state.</p>",
    ]
    if problem == "no rows" or (not rows and not problem):
        return "\n".join(parts + ['<p class="muted">No reviewer decisions recorded.</p>'])
    if problem:
        return "\n".join(parts + [f'<p class="missing">decisions.csv: {_esc(problem)}.</p>'])
    stale = [r for r in rows if r.get("status") == "stale"]
    if stale:
        parts.append(
            f'<p class="missing">{len(stale)} stale decision(s): see the rows marked STALE.</p>'
        )
    ordered = stale + [r for r in rows if r.get("status") != "stale"]
    body = []
    for r in ordered:
        status = STATUS_TEXT.get(r.get("status", ""), r.get("status", ""))
        cls = ' class="missing"' if r.get("status") == "stale" else ""
        action = _esc(r.get("action", "")) + (f" {_esc(r['field'])}" if r.get("field") else "")
        body.append(
            f"<tr><td>{_esc(r.get('sheet', ''))}.tsv:{_esc(r.get('line', ''))}</td>"
            f"<td>{action}<br><code>{_esc(r.get('target', ''))}</code></td>"
            f"<td>{_esc(r.get('analysis', '')) or 'all'}</td><td{cls}>{_esc(status)}</td>"
            f"<td>{_esc(r.get('before', '')) or '-'} &rarr; {_esc(r.get('after', ''))}</td>"
            f"<td>{_esc(r.get('reason', ''))}</td>"
            f'<td>{_esc(r.get("reviewer", ""))}<br><span class="muted">{_esc(r.get("date", ""))}</span></td></tr>'
        )
    headers = [
        "sheet:line",
        "decision",
        "analysis",
        "status",
        "before → after",
        "reason / source",
        "reviewer",
    ]
    parts.append(
        "<table><thead><tr>"
        + "".join(f"<th>{_esc(h)}</th>" for h in headers)
        + "</tr></thead><tbody>\n"
        + "\n".join(body)
        + "\n</tbody></table>"
    )
    return "\n".join(parts)
