"""A document's status on a date, from its printed validity and the relations that act on it.

States: ``not_yet_in_force`` (before its signing or effective date), ``in_force``, ``amended``
(by the latest amendment made by then), ``extended`` (validity extended, until a date when one is
printed), ``expired`` (its printed validity ran out), ``repealed`` / ``replaced`` (by what, when),
``unknown`` (a document only referred to, with nothing known by then). Every status carries the
chain of events it was decided from, each with its evidence.

An event whose acting document's date is not printed with it (``(…号公布,咸政办发〔2021〕31号
修改)``) takes the acting document's own date when that document was read, else the date of the
document that reports it (the latest day it can have happened), and says so in its note.

The logic works on plain records (:class:`LifecycleIndex` from ExtractionResults) so that graph
code can build the same index from what it holds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from policykg.extract.lifecycle import extended_until
from policykg.extract.records import DocumentRecord, Evidence, ExtractionResult, RelationRecord
from policykg.extract.doc_number import parse_doc_number
from policykg.graph.references import DocumentIndex, UnresolvedTarget, fold_number, resolve_targets, title_forms

ENDING_EVENTS = {"REPEALS": "repealed", "REPLACES": "replaced"}


@dataclass(frozen=True)
class StatusEvent:
    """One step of a document's history: what happened, when, by which document, and where read."""

    event: str  # issued | takes_effect | amended | amendment_ordered | extended | expires | repealed | replaced
    date: str | None
    by: str | None = None
    evidence: Evidence | None = None
    note: str = ""
    exact: bool = True  # False: ``date`` is the latest day it can have happened


@dataclass(frozen=True)
class DocumentStatus:
    document: str
    title: str | None
    as_of: dt.date
    state: str
    since: str | None
    by: str | None
    evidence_chain: list[StatusEvent] = field(default_factory=list)
    until: str | None = None


@dataclass
class LifecycleIndex:
    """Documents, and the lifecycle relations acting on each (by resolved document key)."""

    documents: DocumentIndex
    acting_on: dict[str, list[RelationRecord]]
    reported_on: dict[int, str | None]  # id(relation) → date of the document printing it
    stubs: dict[str, UnresolvedTarget]

    @classmethod
    def of(cls, results: Iterable[ExtractionResult]) -> "LifecycleIndex":
        results = list(results)
        documents = DocumentIndex(d for r in results for d in r.documents)
        targets, stubs = resolve_targets(results)
        acting_on: dict[str, list[RelationRecord]] = defaultdict(list)
        reported_on: dict[int, str | None] = {}
        for result in results:
            for relation in result.relations:
                if relation.type == "CITES":
                    continue
                key = targets.get((relation.target_number, relation.target_title))
                if key:
                    acting_on[key].append(relation)
                    reported_on[id(relation)] = _host_date(result.documents, relation)
        return cls(documents, dict(acting_on), reported_on, {stub.key: stub for stub in stubs})

    def key_of(self, doc_key: str) -> str:
        """The key status is kept under for what a user typed: a read document, else a stub."""
        found = self.documents.lookup(doc_key)
        if found:
            return found
        number = fold_number(doc_key)
        if number in self.stubs:
            return number
        forms = title_forms(doc_key)
        named = [key for key, stub in self.stubs.items() if any(forms & title_forms(t) for t in stub.titles)]
        return named[0] if len(named) == 1 else doc_key

    def event_date(self, relation: RelationRecord) -> tuple[str | None, bool, str]:
        """When a relation took effect, whether that date is exact, and a note when inferred."""
        if _iso(relation.date):
            return relation.date, True, ""
        acting = self.documents.lookup(relation.source)
        acting_date = _iso(self.documents.documents[acting].date) if acting else None
        if acting_date:
            return acting_date, True, ""
        reported = self.reported_on.get(id(relation))
        if reported:
            return reported, False, "date not printed; by the reporting document's date at the latest"
        return None, False, "date unknown"


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _host_date(documents: list[DocumentRecord], relation: RelationRecord) -> str | None:
    """The date of the document in whose span a relation was read."""
    offset = relation.evidence.start if relation.evidence else -1
    for document in documents:
        if document.start <= offset and (document.end < 0 or offset < document.end):
            return _iso(document.date)
    return None


def _on_or_before(date: str | None, as_of: dt.date) -> bool:
    """Undated events count as having happened: the text reporting them exists."""
    return date is None or dt.date.fromisoformat(date) <= as_of


def _day_after(date: str) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()


def _relation_event(index: LifecycleIndex, relation: RelationRecord) -> StatusEvent:
    date, exact, note = index.event_date(relation)
    if relation.type == "AMENDS":
        name = "amendment_ordered" if relation.pending else "amended"
        if relation.edits:
            note = "; ".join(n for n in (note, f"{len(relation.edits)} edits") if n)
    elif relation.type == "EXTENDS_VALIDITY":
        name = "extended"
    else:
        name = ENDING_EVENTS[relation.type]
    return StatusEvent(name, date, relation.source, relation.evidence, note, exact)


def _sorted(events: list[StatusEvent]) -> list[StatusEvent]:
    """By date; on one day an event known only by a later report's date goes first, since it
    happened on or before that day."""
    return sorted(events, key=lambda e: (e.event != "issued", e.date is None, e.date or "", e.exact))


def status_of(graph_or_records: LifecycleIndex | Iterable[ExtractionResult], doc_key: str, as_of: dt.date) -> DocumentStatus:
    """The status of the document named ``doc_key`` (number, title or key) on ``as_of``."""
    index = graph_or_records if isinstance(graph_or_records, LifecycleIndex) else LifecycleIndex.of(graph_or_records)
    key = index.key_of(doc_key)
    document = index.documents.documents.get(key)
    events = [_relation_event(index, r) for r in index.acting_on.get(key, [])]
    return decide_status(key, document, events, as_of)


def decide_status(key: str, document: DocumentRecord | None, relation_events: list[StatusEvent], as_of: dt.date) -> DocumentStatus:
    """The state on ``as_of`` from a document's own dates and the events of relations acting on it."""
    title = document.title if document else None
    chain: list[StatusEvent] = []
    issued = _iso(document.date) if document else None
    effective = _iso(document.effective_date) if document else None
    expiry = _iso(document.expiry_date) if document else None
    if document:
        chain.append(StatusEvent("issued", issued, None, document.evidence))
        if effective and effective != issued:
            chain.append(StatusEvent("takes_effect", effective, None, document.evidence, document.validity_as_printed or ""))

    def status(state: str, since: str | None, by: str | None = None, until: str | None = None) -> DocumentStatus:
        return DocumentStatus(key, title, as_of, state, since, by, _sorted(chain), until)

    start = effective or issued
    if start and as_of < dt.date.fromisoformat(start):
        return status("not_yet_in_force", None, until=start)
    happened = _sorted([e for e in relation_events if _on_or_before(e.date, as_of)])
    chain.extend(happened)
    ending = next((e for e in happened if e.event in ENDING_EVENTS.values()), None)
    if ending:
        return status(ending.event, ending.date, ending.by)
    extensions = [e for e in happened if e.event == "extended"]
    for extension in extensions:
        until = extended_until(extension.evidence.text) if extension.evidence else None
        expiry = max(expiry, until) if expiry and until else None
    if expiry and not extensions:
        chain.append(StatusEvent("expires", expiry, None, document.evidence if document else None, document.validity_as_printed or "" if document else ""))
    if expiry and as_of > dt.date.fromisoformat(expiry):
        return status("expired", _day_after(expiry))
    latest = next((e for e in reversed(happened) if e.event in ("amended", "extended")), None)
    if latest:
        return status(latest.event, latest.date, latest.by, until=expiry)
    if document is None:
        # Never read: issued in the year its number gives; in force after it if nothing ended it.
        number = parse_doc_number(key)
        if number and number.year and as_of.year > number.year:
            chain.append(StatusEvent("issued", None, note=f"in {number.year} per its number; the document itself was not read"))
            return status("in_force", None)
        return status("unknown", None)
    return status("in_force", start, until=expiry)


_STATE_WORDS = {
    "in_force": "in force",
    "amended": "in force, amended",
    "extended": "in force, validity extended",
    "expired": "expired",
    "repealed": "repealed",
    "replaced": "replaced",
    "not_yet_in_force": "not yet in force",
    "unknown": "unknown (only referred to)",
}


def format_status(status: DocumentStatus) -> str:
    """The status as text: the document, its state on the date, and the evidence chain."""
    lines = [f"{status.document}" + (f"  {status.title}" if status.title and status.title != status.document else "")]
    summary = f"as of {status.as_of.isoformat()}: {_STATE_WORDS.get(status.state, status.state)}"
    if status.since:
        summary += f" since {status.since}"
    if status.by:
        summary += f" by {status.by}"
    if status.until:
        summary += f" (until {status.until})"
    lines.append(summary)
    for event in status.evidence_chain:
        head = f"  {event.date or '????-??-??'}  {event.event.replace('_', ' ')}"
        if event.by:
            head += f" by {event.by}"
        if event.note:
            head += f" ({event.note})"
        lines.append(head)
        if event.evidence:
            lines.append(f"      {event.evidence.source}:{event.evidence.line}  {event.evidence.text}")
    return "\n".join(lines)
