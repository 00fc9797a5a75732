"""Content-based estimate ids that survive edits elsewhere in a document.

An id is ``{doc_id}:{measure}-{hash}`` where the hash is of what the estimate
states (measure, value, interval, level, unit), so a paragraph added above it, or
an estimate found or lost elsewhere, leaves it unchanged; a reviewer's decision
keeps pointing at the same number. Two statements of the same numbers in one
document are told apart by order: the second gets ``.2``, the third ``.3``.
"""

from __future__ import annotations

import functools
import hashlib
import re

HASH_CHARS = 6
FIELDS = ("measure", "value", "ci_lower", "ci_upper", "ci_level", "unit")


def _normal_number(text) -> str:
    """'0.50', '.5' and 0.5 all read '0.5'; non-numbers are kept as lower-case text."""
    if type(text) is float:
        return repr(text)  # what the text of a float reads back as
    if type(text) is str:
        return _normal_text(text)
    text = str(text if text is not None else "").strip()
    try:
        return repr(float(text)) if text else ""
    except ValueError:
        return text.lower()


@functools.lru_cache(maxsize=4096)
def _normal_text(text: str) -> str:
    """``_normal_number`` of a string, kept: the same few ("HR", "", "%") come back for
    every estimate, and a failed float() is slow."""
    text = text.strip()
    try:
        return repr(float(text)) if text else ""
    except ValueError:
        return text.lower()


def content_key(estimate: dict) -> str:
    """The normalised statement an id is built from: measure|value|lower|upper|level|unit."""
    # (a float, most fields of most estimates, reads as its repr without the call)
    return "|".join(
        [
            repr(value) if type(value) is float else _normal_number(value)
            for value in map(estimate.get, FIELDS)
        ]
    )


@functools.lru_cache(maxsize=256)
def _measure_key(measure: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", measure.lower()) or "x"


def base_id(doc_id: str, estimate: dict) -> str:
    measure = _measure_key(str(estimate.get("measure") or ""))
    digest = hashlib.sha256(content_key(estimate).encode("utf-8")).hexdigest()[:HASH_CHARS]
    return f"{doc_id}:{measure}-{digest}"


def stable_estimate_id(doc_id: str, estimate: dict, seen: dict[str, int]) -> str:
    """Id of ``estimate``; ``seen`` counts the base ids already given in this document (in
    text order), so a repeat gets ``.2``, ``.3`` in constant time."""
    base = base_id(doc_id, estimate)
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}.{seen[base]}"
