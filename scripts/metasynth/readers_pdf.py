"""PDF full texts: the text layer, one document per file.

Read with pypdf (pure Python, no system libraries, maintained by the py-pdf project):
the text of each page in page order, pages separated by a blank line. A scanned PDF
without a text layer is listed as ``no_text_layer`` (it needs OCR, which the pipeline
does not do); a file that starts like a PDF but cannot be opened as one stays
``binary``, with pypdf's reason.
"""

from __future__ import annotations

import io
import logging

from . import readers
from .readers import Record

# pypdf reports recoverable oddities of a file through logging; the status says enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def page_texts(data: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")  # many PDFs are "encrypted" with an empty user password
    return [(page.extract_text() or "") for page in reader.pages]


def read(file_doc_id: str, file: str, data: bytes) -> list[Record]:
    try:
        pages = page_texts(data)
    except Exception as error:
        detail = f"{file}: PDF file that cannot be read as one ({type(error).__name__}: {error})"
        return [Record(file_doc_id, 0, readers.PDF, None, status="binary", detail=detail[:300])]
    text = "\n\n".join(p.strip("\n") for p in pages).strip() + "\n"
    if not text.strip():
        detail = f"{file}: {len(pages)} page(s) without a text layer (a scan; needs OCR)"
        return [Record(file_doc_id, 0, readers.PDF, None, status="no_text_layer", detail=detail)]
    detail = f"pdf: text layer of {len(pages)} page(s) read with pypdf"
    return [Record(file_doc_id, 0, readers.PDF, text, detail=detail)]
