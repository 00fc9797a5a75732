"""Reading speed per input format: records per second, reading alone and with metadata.

Generates one export per format holding N records (default 10,000) of synthetic trials,
then times, as the parse stage runs them: the reader alone (records and their texts) and
the reader plus the metadata of every record (``readers.document_rows``). PDFs are one
file per document, so N small PDFs are read one by one (``--pdf-records`` caps them).

    .venv/bin/python tests/benchmarks/bench_readers.py [--records 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import time
from pathlib import Path

from metasynth import (
    readers,
    readers_ctgov,
    readers_medline,
    readers_pdf,
    readers_pubmed_xml,
    readers_ris,
)

ROOT = Path(__file__).resolve().parents[2]


def _pdf_fixture():
    """tests/pdf_fixture.py, shared with the tests, loaded from its file."""
    spec = importlib.util.spec_from_file_location("pdf_fixture", ROOT / "tests" / "pdf_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pdf_bytes = _pdf_fixture().pdf_bytes

DRUGS = ["sorafenib", "sunitinib", "pazopanib", "axitinib", "cabozantinib"]


def trial(i: int) -> dict:
    hr = 0.5 + (i % 50) / 100
    return {
        "pmid": str(20000000 + i),
        "nct": f"NCT{10000000 + i:08d}",
        "title": f"{DRUGS[i % 5].capitalize()} versus placebo in trial number {i}",
        "abstract": (
            f"In this phase 3 trial, {200 + i % 700} patients were randomly assigned to "
            f"{DRUGS[i % 5]} or placebo. Progression-free survival was longer with "
            f"{DRUGS[i % 5]} (hazard ratio {hr:.2f}, 95% CI {hr - 0.1:.2f}-{hr + 0.1:.2f})."
        ),
        "year": str(2000 + i % 25),
        "hr": hr,
    }


def medline(n: int) -> bytes:
    out = []
    for i in range(n):
        t = trial(i)
        out.append(
            f"PMID- {t['pmid']}\nDP  - {t['year']} Jan\nTI  - {t['title']}\n"
            f"AB  - {t['abstract'][:60]}\n      {t['abstract'][60:]}\n"
            f"FAU - Author, Anna\nAU  - Author A\nAID - 10.1000/x{i} [doi]\n"
            f"SI  - ClinicalTrials.gov/{t['nct']}\nPT  - Randomized Controlled Trial\n"
            f"JT  - Journal of trials\n\n"
        )
    return "".join(out).encode()


def pubmed_xml(n: int) -> bytes:
    out = ['<?xml version="1.0"?>\n<PubmedArticleSet>\n']
    for i in range(n):
        t = trial(i)
        out.append(
            f"<PubmedArticle><MedlineCitation><PMID>{t['pmid']}</PMID><Article>"
            f"<Journal><JournalIssue><PubDate><Year>{t['year']}</Year></PubDate></JournalIssue>"
            f"<Title>Journal of trials</Title></Journal><ArticleTitle>{t['title']}</ArticleTitle>"
            f'<Abstract><AbstractText Label="RESULTS">{t["abstract"]}</AbstractText></Abstract>'
            f"<AuthorList><Author><LastName>Author</LastName><Initials>A</Initials></Author></AuthorList>"
            f"<DataBankList><DataBank><DataBankName>ClinicalTrials.gov</DataBankName><AccessionNumberList>"
            f"<AccessionNumber>{t['nct']}</AccessionNumber></AccessionNumberList></DataBank></DataBankList>"
            f"</Article></MedlineCitation></PubmedArticle>\n"
        )
    out.append("</PubmedArticleSet>\n")
    return "".join(out).encode()


def ris(n: int) -> bytes:
    out = []
    for i in range(n):
        t = trial(i)
        out.append(
            f"TY  - JOUR\nTI  - {t['title']}\nAU  - Author, Anna\nPY  - {t['year']}\n"
            f"T2  - Journal of trials\nDO  - 10.1000/x{i}\nAB  - {t['abstract']}\nER  - \n\n"
        )
    return "".join(out).encode()


def ctgov(n: int) -> bytes:
    studies = []
    for i in range(n):
        t = trial(i)
        studies.append(
            {
                "protocolSection": {
                    "identificationModule": {"nctId": t["nct"], "briefTitle": t["title"]},
                    "designModule": {
                        "studyType": "INTERVENTIONAL",
                        "phases": ["PHASE3"],
                        "designInfo": {"allocation": "RANDOMIZED"},
                        "enrollmentInfo": {"count": 300, "type": "ACTUAL"},
                    },
                    "armsInterventionsModule": {
                        "armGroups": [
                            {"label": DRUGS[i % 5].capitalize(), "type": "EXPERIMENTAL"},
                            {"label": "Placebo", "type": "PLACEBO_COMPARATOR"},
                        ]
                    },
                },
                "resultsSection": {
                    "outcomeMeasuresModule": {
                        "outcomeMeasures": [
                            {
                                "title": "Progression-free Survival",
                                "groups": [
                                    {"id": "OG000", "title": DRUGS[i % 5].capitalize()},
                                    {"id": "OG001", "title": "Placebo"},
                                ],
                                "analyses": [
                                    {
                                        "groupIds": ["OG000", "OG001"],
                                        "paramType": "Hazard Ratio (HR)",
                                        "paramValue": f"{t['hr']:.2f}",
                                        "ciPctValue": "95",
                                        "ciNumSides": "TWO_SIDED",
                                        "ciLowerLimit": f"{t['hr'] - 0.1:.2f}",
                                        "ciUpperLimit": f"{t['hr'] + 0.1:.2f}",
                                        "pValue": "0.01",
                                    }
                                ],
                            }
                        ]
                    }
                },
            }
        )
    return json.dumps({"studies": studies}).encode()


def pdfs(n: int) -> list[bytes]:
    return [pdf_bytes([[trial(i)["title"], "", trial(i)["abstract"]]]) for i in range(n)]


def median_seconds(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--pdf-records", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n = args.records
    exports = {
        "medline": (readers_medline.read, "x.nbib", medline(n)),
        "pubmed_xml": (readers_pubmed_xml.read, "x.xml", pubmed_xml(n)),
        "ris": (readers_ris.read, "x.ris", ris(n)),
        "ctgov_json": (readers_ctgov.read, "x.json", ctgov(n)),
    }
    print(f"{'format':<12} {'records':>8} {'MB':>6} {'read rec/s':>11} {'+metadata rec/s':>16}")
    for name, (read, file, data) in exports.items():
        count = len(read("x", file, data))
        assert count == n, (name, count)
        alone = median_seconds(lambda r=read, f=file, d=data: r("x", f, d), args.repeat)
        full = median_seconds(lambda f=file, d=data: readers.document_rows("x", f, d), 1)
        mb = len(data) / 1e6
        print(f"{name:<12} {n:>8} {mb:>6.1f} {n / alone:>11,.0f} {n / full:>16,.0f}")
    files = pdfs(args.pdf_records)
    alone = median_seconds(lambda: [readers_pdf.read("x", "x.pdf", d) for d in files], args.repeat)
    full = median_seconds(lambda: [readers.document_rows("x", "x.pdf", d) for d in files], 1)
    mb = sum(map(len, files)) / 1e6
    m = len(files)
    print(f"{'pdf':<12} {m:>8} {mb:>6.1f} {m / alone:>11,.0f} {m / full:>16,.0f}   (one file each)")


if __name__ == "__main__":
    main()
