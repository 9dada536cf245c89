"""The ``Doc._`` attributes our pipeline components read and set, registered once."""

from __future__ import annotations

from spacy.tokens import Doc

# name → what it holds; components document which of these they set.
DOC_ATTRIBUTES = {
    "source": "file name the text was read from (str)",
    "encoding": "detected encoding of the file (str)",
    "line_index": "LineIndex mapping character offsets to original file lines",
    "gazette": "GazetteRecord of the issue header, or None",
    "documents": "list[DocumentRecord], parallel to doc.spans['documents']",
    "programs": "list[ProgramRecord]",
    "leading_groups": "list[LeadingGroupRecord]",
    "responsibilities": "list[ResponsibilityRecord]",
    "relations": "list[RelationRecord]",
    "renames": "list[RenameRecord]",
    "problems": "list[Problem]: what could not be read or decided",
}


def register_extensions() -> None:
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
