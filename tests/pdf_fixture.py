"""Small PDFs written byte by byte, for the reader tests and the fixture folder.

A page holds lines of text in Helvetica (a standard font, so nothing is embedded), or
nothing at all, like a scanned page whose image the reader cannot read.
"""

from __future__ import annotations


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A PDF with one page per list of lines (an empty list: a page without text)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for lines in pages:
        content = ["BT", "/F1 10 Tf", "14 TL", "50 760 Td"]
        for line in lines:
            content.append(f"({_escape(line)}) Tj T*")
        content.append("ET")
        stream = "\n".join(content).encode("latin-1") if lines else b""
        page_number = len(objects) + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_number + 1} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


# The full-text report in tests/fixtures/readers/ (written by `python tests/pdf_fixture.py`).
FIXTURE_PAGES = [
    [
        "Sorafenib in advanced clear-cell renal-cell carcinoma",
        "",
        "Bernard Escudier, Tim Eisen, Walter M Stadler, Cezary Szczylik",
        "",
        "N Engl J Med 2007;356:125-134. doi: 10.1056/NEJMoa060655",
        "",
        "Background: Renal-cell carcinoma that progressed after cytokine treatment had no",
        "standard second treatment when this trial began.",
        "Methods: After one systemic treatment had failed, 903 patients were randomly",
        "assigned to sorafenib or placebo. The primary end",
        "point was overall survival; progression-free survival was also assessed.",
    ],
    [
        "Results: Progression-free survival was longer with sorafenib than with placebo",
        "(hazard ratio for progression, 0.44; 95% CI, 0.35 to 0.55; P<0.001). Diarrhoea,",
        "rash and hand-foot skin reaction were more frequent with sorafenib.",
        "Conclusions: Sorafenib delayed progression of advanced renal-cell carcinoma.",
        "ClinicalTrials.gov number, NCT00073307.",
    ],
]


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).parent / "fixtures" / "readers" / "target_escudier_2007.pdf"
    target.write_bytes(pdf_bytes(FIXTURE_PAGES))
    print(target)
