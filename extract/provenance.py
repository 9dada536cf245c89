"""Evidence for a fact from its character span in a Doc, and the document that holds it."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from policykg.extract.char_tokenizer import TEXT_KEY as _TEXT_KEY
from policykg.extract.records import DocumentRecord, Evidence

MAX_EVIDENCE_CHARS = 300


def text_of(doc: Doc) -> str:
    """``doc.text``, read once: spaCy rebuilds it from every token on each access (seconds on an issue)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


def evidence(doc: Doc, start: int, end: int | None = None) -> Evidence:
    """The evidence of a fact at ``doc.text[start:end]``: the whole source line(s), bounded."""
    index = doc._.line_index
    end = start if end is None else end
    full = text_of(doc)
    line_start, _ = index.line_span(start, full)
    _, line_end = index.line_span(max(start, end - 1), full)
    text = full[line_start:line_end].strip()
    if len(text) > MAX_EVIDENCE_CHARS:
        text = text[:MAX_EVIDENCE_CHARS] + "…"
    return Evidence(doc._.source, index.line_of(start), text, start, end)


def line_of(doc: Doc, offset: int) -> int:
    return doc._.line_index.line_of(offset)


def document_at(doc: Doc, offset: int) -> DocumentRecord | None:
    """The document whose span holds ``offset`` (None outside every document)."""
    documents: list[DocumentRecord] = doc._.documents or []
    starts = [d.start for d in documents]
    index = bisect.bisect_right(starts, offset) - 1
    if index < 0:
        return None
    found = documents[index]
    return found if found.end < 0 or offset < found.end else None
