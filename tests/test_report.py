"""HTML report: content traced to the tables, escaping, determinism, no external resources."""

import base64
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from metasynth import report
from metasynth.tables import (
    DOCUMENT_COLUMNS,
    ESTIMATE_COLUMNS,
    FLOW_COLUMNS,
    HARMONISED_COLUMNS,
    POOLED_COLUMNS,
    SMALL_STUDY_COLUMNS,
    STUDY_COLUMNS,
    SUBGROUP_COLUMNS,
    WEIGHT_COLUMNS,
    read_table,
    write_table,
)

ANALYSES = {
    "sorafenib_progression": {
        "title": "Sorafenib vs control: progression",
        "intervention_label": "Sorafenib",
        "comparator_label": "Control",
        "measure": "HR",
        "level": 0.95,
        "method": "REML",
        "test": "knha",
    },
    "sorafenib_os": {
        "title": "Sorafenib vs control: overall survival",
        "intervention_label": "Sorafenib",
        "comparator_label": "Control",
        "measure": "HR",
        "level": 0.95,
        "method": "REML",
        "test": "knha",
    },
}
SOFTWARE = {"python": "3.11.7", "matplotlib": "3.11.2", "metasynth": "0.1.0"}

TEXT_A = (
    "Background. Relapse-free survival was similar (HR 1.35, 95% CI 0.72-2.54; p = 0.35) overall."
)
TEXT_B = (
    "Sorafenib prolonged PFS (HR 0.13; 95% CI, 0.05 to 0.31; P<0.001) vs placebo & <b>bold</b>."
)
TEXT_C = "High pAKT was prognostic for PFS (HR 1.04, 95% CI 1.00-1.08)."
SHA = {d: hashlib.sha256(d.encode()).hexdigest() for d in ("resort", "desmoid", "pakt", "broken")}


def estimate(eid, doc, text, match, measure, value, lo, hi, outcome, role):
    start = text.index("(HR") if "(HR" in text else 0
    quote = text[start:]
    m = text.index(match)
    return {
        "estimate_id": eid,
        "doc_id": doc,
        "measure": measure,
        "value": value,
        "ci_lower": lo,
        "ci_upper": hi,
        "ci_level": 0.95,
        "outcome": outcome,
        "role": role,
        "char_start": start,
        "char_end": len(text),
        "quote": quote,
        "match_start": m,
        "match_end": m + len(match),
        "match_text": match,
    }


def make_results(root: Path) -> Path:
    write_table(
        root / "01_documents.csv",
        [
            {
                "doc_id": "resort",
                "file": "seeds/resort.txt",
                "sha256": SHA["resort"],
                "n_bytes": 120,
                "source_type": "abstract",
                "title": "Sorafenib after metastasectomy (RESORT)",
                "year": 2018,
                "status": "ok",
                "n_estimates": 1,
            },
            {
                "doc_id": "desmoid",
                "file": "seeds/desmoid.txt",
                "sha256": SHA["desmoid"],
                "n_bytes": 100,
                "source_type": "abstract",
                "title": "Sorafenib for desmoid tumors",
                "year": 2018,
                "status": "ok",
                "n_estimates": 1,
            },
            {
                "doc_id": "pakt",
                "file": "seeds/pakt.txt",
                "sha256": SHA["pakt"],
                "n_bytes": 80,
                "source_type": "abstract",
                "title": "pAKT <biomarker> study",
                "status": "ok",
                "n_estimates": 1,
            },
            {
                "doc_id": "broken",
                "file": "seeds/broken.bin",
                "sha256": SHA["broken"],
                "n_bytes": 5,
                "status": "not_utf8",
                "status_detail": "byte 0xff at offset 0",
            },
        ],
        DOCUMENT_COLUMNS,
    )
    write_table(
        root / "02_estimates.csv",
        [
            estimate(
                "desmoid-e1",
                "desmoid",
                TEXT_B,
                "HR 0.13; 95% CI, 0.05 to 0.31",
                "HR",
                0.13,
                0.05,
                0.31,
                "PFS",
                "treatment_effect",
            ),
            estimate(
                "pakt-e1",
                "pakt",
                TEXT_C,
                "HR 1.04, 95% CI 1.00-1.08",
                "HR",
                1.04,
                1.0,
                1.08,
                "PFS",
                "biomarker_or_prognostic",
            ),
            estimate(
                "resort-e1",
                "resort",
                TEXT_A,
                "HR 1.35, 95% CI 0.72-2.54",
                "HR",
                1.35,
                0.72,
                2.54,
                "RFS",
                "treatment_effect",
            ),
        ],
        ESTIMATE_COLUMNS,
    )
    write_table(
        root / "03_studies.csv",
        [
            {
                "study_id": "NCT01444807",
                "label": "RESORT",
                "doc_ids": "resort;resort-registry",
                "registry_ids": "NCT01444807",
                "primary_doc_id": "resort",
                "link_evidence": "truncated NCT0144480 in resort matches NCT01444807",
            },
            {
                "study_id": "desmoid",
                "label": "Gounder 2018",
                "doc_ids": "desmoid",
                "primary_doc_id": "desmoid",
                "link_evidence": "single document",
            },
        ],
        STUDY_COLUMNS,
    )
    harm = []
    for analysis in sorted(ANALYSES):
        prog = analysis == "sorafenib_progression"
        harm += [
            {
                "analysis": analysis,
                "estimate_id": "desmoid-e1",
                "study_id": "desmoid",
                "doc_id": "desmoid",
                "label": "Gounder 2018",
                "outcome": "PFS",
                "measure": "HR",
                "role": "treatment_effect",
                "value": 0.13,
                "ci_lower": 0.05,
                "ci_upper": 0.31,
                "yi": -2.040220829,
                "sei": 0.4415,
                "se_source": "ci",
                "checks": "ci_asymmetric_log_scale",
                "included": prog,
                "exclusion_reason": "" if prog else "outcome_not_eligible: PFS",
            },
            {
                "analysis": analysis,
                "estimate_id": "pakt-e1",
                "study_id": "pakt",
                "doc_id": "pakt",
                "label": "pAKT",
                "outcome": "PFS",
                "measure": "HR",
                "role": "biomarker_or_prognostic",
                "value": 1.04,
                "ci_lower": 1.0,
                "ci_upper": 1.08,
                "checks": "ci_level_assumed_95;p_value_bound_only",
                "included": False,
                "exclusion_reason": "role_not_eligible: biomarker_or_prognostic",
            },
            {
                "analysis": analysis,
                "estimate_id": "resort-e1",
                "study_id": "NCT01444807",
                "doc_id": "resort",
                "label": "RESORT",
                "outcome": "RFS",
                "measure": "HR",
                "role": "treatment_effect",
                "value": 1.35,
                "ci_lower": 0.72,
                "ci_upper": 2.54,
                "yi": 0.3001045925,
                "sei": 0.3215,
                "se_source": "ci",
                "checks": "",
                "included": prog,
                "exclusion_reason": "" if prog else "outcome_not_eligible: RFS",
            },
        ]
    write_table(root / "04_harmonised.csv", harm, HARMONISED_COLUMNS)
    write_table(
        root / "flow.csv",
        [
            {
                "stage": "documents",
                "item": "read",
                "count": 4,
                "detail": "files in the seeds folder",
            },
            {"stage": "documents", "item": "unreadable", "count": 1, "detail": "not_utf8: broken"},
            {
                "stage": "documents",
                "item": "status=ok",
                "count": 3,
                "detail": "desmoid;pakt;resort",
            },
            {"stage": "estimates", "item": "found", "count": 3, "detail": "in 3 documents"},
            {"stage": "estimates", "item": "role=biomarker_or_prognostic", "count": 1},
            {"stage": "estimates", "item": "role=treatment_effect", "count": 2},
            {
                "stage": "studies",
                "item": "linked",
                "count": 3,
                "detail": "1 studies have more than one document",
            },
            {"stage": "harmonise", "item": "candidates", "analysis": "sorafenib_os", "count": 3},
            {
                "stage": "harmonise",
                "item": "excluded: outcome_not_eligible",
                "analysis": "sorafenib_os",
                "count": 2,
            },
            {
                "stage": "harmonise",
                "item": "excluded: role_not_eligible",
                "analysis": "sorafenib_os",
                "count": 1,
            },
            {"stage": "harmonise", "item": "included", "analysis": "sorafenib_os", "count": 0},
            {
                "stage": "pool",
                "item": "studies pooled",
                "analysis": "sorafenib_os",
                "count": 0,
                "detail": "REML/knha: no_eligible_studies",
            },
            {
                "stage": "harmonise",
                "item": "candidates",
                "analysis": "sorafenib_progression",
                "count": 3,
            },
            {
                "stage": "harmonise",
                "item": "excluded: role_not_eligible",
                "analysis": "sorafenib_progression",
                "count": 1,
            },
            {
                "stage": "harmonise",
                "item": "included",
                "analysis": "sorafenib_progression",
                "count": 2,
            },
            {
                "stage": "pool",
                "item": "studies pooled",
                "analysis": "sorafenib_progression",
                "count": 2,
                "detail": "REML/knha: ok",
            },
        ],
        FLOW_COLUMNS,
    )

    prog = root / "05_pooled" / "sorafenib_progression"
    write_table(
        prog / "pooled.csv",
        [
            {
                "analysis": "sorafenib_progression",
                "model": "random",
                "method": "REML",
                "test": "knha",
                "level": 0.95,
                "k": 2,
                "estimate": 0.4291840174,
                "ci_lower": 1.502418437e-07,
                "ci_upper": 1226016.11,
                "yi_pooled": -0.845869507,
                "se": 1.169912681,
                "z_or_t": -0.7230,
                "p_value": 0.6014704739,
                "tau2": 2.578522588,
                "I2": 94.15609443,
                "Q": 17.11184392,
                "Q_df": 1,
                "Q_p": 3.52e-05,
                "status": "ok",
            },
            {
                "analysis": "sorafenib_progression",
                "model": "fixed",
                "method": "FE",
                "test": "z",
                "level": 0.95,
                "k": 2,
                "estimate": 0.6337210652,
                "ci_lower": 0.3772934614,
                "ci_upper": 1.06442976,
                "z_or_t": -1.72,
                "p_value": 0.0847117058,
                "tau2": 0,
                "I2": 94.15609443,
                "Q": 17.11184392,
                "Q_df": 1,
                "Q_p": 3.52e-05,
                "status": "ok",
            },
        ],
        POOLED_COLUMNS,
    )
    write_table(
        prog / "weights.csv",
        [
            {
                "analysis": "sorafenib_progression",
                "study_id": "desmoid",
                "label": "Gounder 2018",
                "estimate_id": "desmoid-e1",
                "doc_id": "desmoid",
                "outcome": "PFS",
                "yi": -2.040220829,
                "sei": 0.4415,
                "estimate": 0.13,
                "ci_lower": 0.05,
                "ci_upper": 0.31,
                "weight_random": 49.6,
                "weight_fixed": 34.6,
            },
            {
                "analysis": "sorafenib_progression",
                "study_id": "NCT01444807",
                "label": "RESORT",
                "estimate_id": "resort-e1",
                "doc_id": "resort",
                "outcome": "RFS",
                "yi": 0.3001045925,
                "sei": 0.3215,
                "estimate": 1.35,
                "ci_lower": 0.72,
                "ci_upper": 2.54,
                "weight_random": 50.4,
                "weight_fixed": 65.4,
            },
        ],
        WEIGHT_COLUMNS,
    )
    # leave_one_out.csv deliberately missing; cumulative.csv empty; subgroups/small-study header only.
    (prog / "cumulative.csv").write_text("")
    write_table(prog / "subgroups.csv", [], SUBGROUP_COLUMNS)
    write_table(
        prog / "small_study_tests.csv",
        [
            {
                "analysis": "sorafenib_progression",
                "test": "egger",
                "k": 2,
                "reported": False,
                "status": "too_few_studies",
                "note": "k = 2 < 10",
            }
        ],
        SMALL_STUDY_COLUMNS,
    )
    os_dir = root / "05_pooled" / "sorafenib_os"
    write_table(
        os_dir / "pooled.csv",
        [
            {
                "analysis": "sorafenib_os",
                "model": "random",
                "method": "REML",
                "test": "knha",
                "k": 0,
                "status": "no_eligible_studies",
                "note": "no estimate met the analysis criteria",
            }
        ],
        POOLED_COLUMNS,
    )
    write_table(os_dir / "weights.csv", [], WEIGHT_COLUMNS)

    from metasynth import plotting

    for name in sorted(ANALYSES):
        base = root / "05_pooled" / name
        figures = root / "06_figures" / name
        plotting.plot_forest(
            read_table(base / "weights.csv"),
            read_table(base / "pooled.csv"),
            dict(ANALYSES[name], name=name),
            [str(figures / "forest.svg")],
        )
    return root


@pytest.fixture
def built(tmp_path):
    results = make_results(tmp_path / "results")
    out = tmp_path / "report.html"
    report.build_report(str(results), ANALYSES, SOFTWARE, str(out))
    return results, out, out.read_text(encoding="utf-8")


def test_report_traces_pooled_numbers_to_quotes(built):
    _, _, page = built
    # quotes, escaped, with the matched span highlighted
    assert "<mark>HR 0.13; 95% CI, 0.05 to 0.31</mark>" in page
    assert "<mark>HR 1.35, 95% CI 0.72-2.54</mark>" in page
    assert "vs placebo &amp; &lt;b&gt;bold&lt;/b&gt;." in page
    assert "<b>bold</b>" not in page
    # pooled numbers of the primary and fixed models
    assert "0.43 [1.5e-07, 1.2e+06]" in page
    assert "0.63 [0.38, 1.06]" in page
    assert "94.2" in page
    # study estimates and weights
    assert "0.13 [0.05, 0.31]" in page and "49.6%" in page
    assert "Gounder 2018" in page and "RESORT" in page


def test_report_lists_exclusions_checks_documents_and_checksums(built):
    _, _, page = built
    assert "role_not_eligible: biomarker_or_prognostic" in page
    assert "outcome_not_eligible: RFS" in page
    assert "<details open><summary>1 excluded HR estimates: role_not_eligible: 1</summary>" in page
    assert "No excluded other measures." in page
    assert '<span class="check">ci_level_assumed_95</span>' in page
    assert '<span class="check">ci_asymmetric_log_scale</span>' in page
    for sha in SHA.values():
        assert sha in page
    assert "not_utf8" in page and "byte 0xff at offset 0" in page
    assert "pAKT &lt;biomarker&gt; study" in page
    assert "truncated NCT0144480 in resort matches NCT01444807" in page
    for name, version in SOFTWARE.items():
        assert f"<td>{name}</td><td>{version}</td>" in page


def test_report_flow_diagram(built):
    _, _, page = built
    assert 'class="flow"' in page
    assert "Documents read" in page and "Unreadable: <b>1</b>" in page
    assert "Effect estimates found" in page
    assert "Excluded, role_not_eligible: <b>1</b>" in page
    assert "Studies pooled" in page


def test_report_says_what_is_missing(built):
    _, _, page = built
    assert "05_pooled/sorafenib_progression/leave_one_out.csv: file missing." in page
    assert "05_pooled/sorafenib_progression/cumulative.csv: file empty." in page
    assert "05_pooled/sorafenib_progression/subgroups.csv: no rows." in page
    assert "06_figures/sorafenib_progression/funnel.svg: figure missing." in page
    assert "no_eligible_studies" in page


def test_report_embeds_figures(built):
    _, _, page = built
    payloads = re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(payloads) == 2
    svgs = [base64.b64decode(p).decode("utf-8") for p in payloads]
    assert any("No eligible studies for Sorafenib vs control: overall survival" in s for s in svgs)
    assert any("0.13 [0.05, 0.31]" in s for s in svgs)


def test_report_is_deterministic(built, tmp_path):
    results, out, _ = built
    again = tmp_path / "again.html"
    report.build_report(
        str(results),
        dict(reversed(list(ANALYSES.items()))),
        dict(reversed(list(SOFTWARE.items()))),
        str(again),
    )
    assert out.read_bytes() == again.read_bytes()
    assert b"\r\n" not in out.read_bytes()


def test_report_has_no_external_resources(built):
    _, _, page = built
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|//|file:)""", page, re.I)
    assert "<script" not in page.lower()
    assert "<link" not in page.lower()
    assert "@import" not in page and "url(" not in page
    assert not re.search(r"https?://", page)


def test_report_with_nothing_but_an_empty_results_dir(tmp_path):
    out = tmp_path / "report.html"
    report.build_report(str(tmp_path / "results"), ANALYSES, SOFTWARE, str(out))
    page = out.read_text()
    assert "01_documents.csv: file missing." in page
    assert "flow.csv: file missing." in page


def test_report_names_a_damaged_table_and_its_line(tmp_path):
    """The report reads tables as the stages do (tables.read_rows): a row with a cell
    too many is named with its file and line, not read as if it were whole."""
    results = tmp_path / "results"
    results.mkdir()
    (results / "flow.csv").write_text(
        "stage,item,analysis,count,detail\ndocuments,read,,3,x\ndocuments,unreadable,,1,x,extra\n"
    )
    out = tmp_path / "report.html"
    report.build_report(str(results), ANALYSES, SOFTWARE, str(out))
    page = out.read_text()
    assert "flow.csv: file unreadable (TableMismatch: " in page
    assert "flow.csv line 3: 6 cells, expected 5" in page


def test_highlight_falls_back_to_the_match_text():
    est = {
        "quote": "so (HR 0.5, 95% CI 0.3-0.8)",
        "char_start": "",
        "match_start": "",
        "match_end": "",
        "match_text": "HR 0.5",
    }
    assert (
        report.highlight_quote(est)
        == '<span class="quote">so (<mark>HR 0.5</mark>, 95% CI 0.3-0.8)</span>'
    )
    relative = {
        "quote": "ab<HR 2>",
        "char_start": "100",
        "match_start": "102",
        "match_end": "108",
        "match_text": "<HR 2>",
    }
    assert (
        report.highlight_quote(relative) == '<span class="quote">ab<mark>&lt;HR 2&gt;</mark></span>'
    )


CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)


@pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"
)
def test_report_renders_in_headless_chromium(built, tmp_path):
    _, out, _ = built
    shot = tmp_path / "report.png"
    profile = tmp_path / "profile"
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={profile}",
        f"--screenshot={shot}",
        "--window-size=1200,2000",
        out.resolve().as_uri(),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert shot.is_file(), result.stderr[-2000:]
    # The page logs nothing to the console: no script errors, no blocked or failed loads
    # (with --enable-logging Chromium prints every console message as a ":CONSOLE" line).
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    assert not console, console
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size == (1200, 2000)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # more than a blank page


def test_report_tags_are_balanced(built):
    from html.parser import HTMLParser

    void = {"meta", "br", "img", "hr", "link", "input"}

    class Checker(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.errors = [], []

        def handle_starttag(self, tag, attrs):
            if tag not in void:
                self.stack.append(tag)

        def handle_endtag(self, tag):
            if not self.stack or self.stack[-1] != tag:
                self.errors.append((tag, list(self.stack[-3:])))
            else:
                self.stack.pop()

    _, _, page = built
    checker = Checker()
    checker.feed(page)
    assert checker.errors == [] and checker.stack == []
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'href="#([^"]+)"', page):
        assert target in ids


def test_report_reads_the_files_it_is_given_not_a_naming_convention(built, tmp_path):
    results, out, page = built
    moved = tmp_path / "inputs"
    files = report.report_files(results, ANALYSES)
    given = {}
    for key, path in files.items():
        if key == "analyses":
            continue
        given[key] = moved / f"{key}.table"
        given[key].parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            shutil.copy2(path, given[key])
    given["analyses"] = {}
    for name, analysis_files in files["analyses"].items():
        given["analyses"][name] = {}
        for key, path in analysis_files.items():
            target = moved / name / f"{key}{path.suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                shutil.copy2(path, target)
            given["analyses"][name][key] = target
    shutil.rmtree(results)
    again = tmp_path / "again.html"
    report.build_report(str(moved), ANALYSES, SOFTWARE, str(again), given)
    text = again.read_text(encoding="utf-8")
    assert "<mark>HR 0.13; 95% CI, 0.05 to 0.31</mark>" in text
    assert text.count("missing") == page.count("missing")
    assert text.count("<img") == page.count("<img") > 0
