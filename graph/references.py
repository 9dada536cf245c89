"""Resolve relation targets to documents: by number, else by title, else a stub.

A relation names its target as printed: a normalised number and/or a title. The same document is
named in several ways (the notice's title, the title of the text it attaches, a title without the
city: ``市人民政府关于…`` for ``咸宁市人民政府关于…``), so each read document is indexed under
all of them. A title that matches one document resolves to it, unless the reference prints a
number and that document carries another one (a different, perhaps older, document of the same
name). What resolves to nothing becomes a stub document holding what the references say.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from policykg.extract.citations import fold_title
from policykg.extract.doc_number import parse_doc_number
from policykg.extract.records import DocumentRecord, Evidence, ExtractionResult, RelationRecord

TargetRef = tuple[str | None, str | None]  # (target_number, target_title) as a relation prints them
_PROMULGATING = re.compile(r"关于(?:印发|发布|公布)(?P<text>.+?)的(?:通知|决定|公告|通告)$")
_JURISDICTION_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?P<level>[省市县区州])(?=人民政府|政府)")
MIN_TAIL_CHARS = 10


@dataclass
class UnresolvedTarget:
    """A stub document: a target no read document matched, with what the references say of it."""

    key: str  # the stub's document key: its number, else its title as printed
    doc_number: str | None
    titles: list[str]
    reason: str
    referenced_by: list[tuple[str, str, Evidence | None]] = field(default_factory=list)  # (type, source, evidence)


def fold_number(number: str) -> str:
    """A number for comparison: re-normalised when it parses, so damaged and clean prints meet."""
    parsed = parse_doc_number(number)
    return parsed.normalized if parsed and parsed.normalized.endswith("号") and parsed.start == 0 else re.sub(r"\s", "", number)


def title_forms(title: str) -> set[str]:
    """The folded names a title is known by: itself, without the city, and its 关于… tail."""
    folded = fold_title(title)
    forms = {folded}
    prefix = _JURISDICTION_PREFIX.match(folded)
    if prefix:
        forms.add(prefix.group("level") + folded[prefix.end() :])
    tail = folded.find("关于")
    if tail >= 0 and len(folded) - tail >= MIN_TAIL_CHARS:
        forms.add(folded[tail:])
    return forms


def document_names(document: DocumentRecord) -> set[str]:
    """Every folded name a document is known by: title, attached-text titles, promulgated text."""
    names = set(title_forms(document.title)) if document.title else set()
    for attached in document.attachment_titles:
        names |= title_forms(attached)
    promulgated = _PROMULGATING.search(fold_title(document.title or ""))
    if promulgated:
        names |= title_forms(promulgated.group("text"))
    return names


class DocumentIndex:
    """The read documents by number and by every name they are known by."""

    def __init__(self, documents: Iterable[DocumentRecord]) -> None:
        self.documents: dict[str, DocumentRecord] = {}
        self.by_number: dict[str, str] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        for document in documents:
            self.documents.setdefault(document.key, document)
            if document.doc_number:
                self.by_number.setdefault(fold_number(document.doc_number), document.key)
            for name in document_names(document):
                self.by_name[name].add(document.key)

    def by_title(self, title: str) -> set[str]:
        found: set[str] = set()
        for form in title_forms(title):
            found |= self.by_name.get(form, set())
        return found

    def lookup(self, key: str) -> str | None:
        """The document key for a key, number or title typed by a user (None if not read)."""
        if key in self.documents:
            return key
        number = self.by_number.get(fold_number(key))
        if number:
            return number
        candidates = self.by_title(key)
        return next(iter(candidates)) if len(candidates) == 1 else None


def _resolve_one(index: DocumentIndex, number: str | None, title: str | None) -> tuple[str | None, str]:
    """The document a (number, title) reference names, or None and why not."""
    if number and fold_number(number) in index.by_number:
        return index.by_number[fold_number(number)], ""
    if not title:
        return None, "number of no read document"
    candidates = index.by_title(title)
    if number:
        candidates = {k for k in candidates if not index.documents[k].doc_number}
    if len(candidates) == 1:
        return next(iter(candidates)), ""
    if len(candidates) > 1:
        return None, "title matches several documents: " + ", ".join(sorted(candidates))
    return None, "number and title of no read document" if number else "title of no read document"


def resolve_targets(results: Iterable[ExtractionResult]) -> tuple[dict[TargetRef, str], list[UnresolvedTarget]]:
    """Map every relation target of ``results`` to a document key; report the stubs made for the
    targets no read document matched (one stub per number, else per title)."""
    results = list(results)
    index = DocumentIndex(d for r in results for d in r.documents)
    relations: list[RelationRecord] = [rel for r in results for rel in r.relations]
    resolved: dict[TargetRef, str] = {}
    stubs: dict[str, UnresolvedTarget] = {}
    pending: list[tuple[RelationRecord, str]] = []
    for relation in relations:
        ref = (relation.target_number, relation.target_title)
        key, reason = _resolve_one(index, relation.target_number, relation.target_title)
        if key:
            resolved[ref] = key
        elif relation.target_number or relation.target_title:
            pending.append((relation, reason))
    # Numbered stubs first, so that a title printed once with its number lets later title-only
    # references find the same stub.
    pending.sort(key=lambda item: item[0].target_number is None)
    stub_titles: dict[str, set[str]] = defaultdict(set)
    for relation, reason in pending:
        ref = (relation.target_number, relation.target_title)
        key = _stub_key(relation, stub_titles)
        stub = stubs.get(key)
        if stub is None:
            number = fold_number(relation.target_number) if relation.target_number else None
            stub = stubs[key] = UnresolvedTarget(key, number, [], reason)
        if relation.target_title and relation.target_title not in stub.titles:
            stub.titles.append(relation.target_title)
            for form in title_forms(relation.target_title):
                stub_titles[form].add(key)
        stub.referenced_by.append((relation.type, relation.source, relation.evidence))
        resolved[ref] = key
    return resolved, list(stubs.values())


def _stub_key(relation: RelationRecord, stub_titles: dict[str, set[str]]) -> str:
    if relation.target_number:
        return fold_number(relation.target_number)
    title = relation.target_title or ""
    known: set[str] = set()
    for form in title_forms(title):
        known |= stub_titles.get(form, set())
    return next(iter(known)) if len(known) == 1 else title
