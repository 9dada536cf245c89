"""Resolve → graph: extraction results become one networkx MultiDiGraph shaped by the model.

Node keys are ``"<Label>:<id>"``; every node and edge carries provenance (source, gazette issue,
line, evidence, extractor version). Edge keys are deterministic so that building twice, or
adding the same file again, never duplicates an edge.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from policykg import __version__
from policykg.graph.agencies import AgencyResolver, load_alias_table
from policykg.graph.jurisdiction import jurisdiction_of
from policykg.graph.people import PeopleIndex, resolve_people
from policykg.graph.references import resolve_targets
from policykg.graph.status import LifecycleIndex, status_of
from policykg.extract.records import (
    Evidence,
    ExtractionResult,
    LeadingGroupRecord,
    MemberRecord,
    RelationRecord,
    ResponsibilityRecord,
)

RELATION_EDGE = {"REPEALS": "REPEALS", "AMENDS": "AMENDS", "EXTENDS_VALIDITY": "EXTENDS_VALIDITY_OF", "REPLACES": "REPLACES", "CITES": "CITES"}
ROLE_EDGE = {"lead": "LEADS", "responsible": "RESPONSIBLE_FOR", "supporting": "SUPPORTS"}


def node_key(label: str, ident: str) -> str:
    return f"{label}:{ident}"


def gazette_id(result: ExtractionResult) -> str | None:
    g = result.gazette
    if not g:
        return None
    return f"{g.publisher or '?'}|{g.year or '?'}|{g.issue or '?'}"


@dataclass
class _Context:
    source: str
    gazette_issue: str | None
    jurisdiction: str | None
    agencies: AgencyResolver


class GraphBuilder:
    """Accumulates results into a graph; ``add`` may be called once per file, in any order."""

    def __init__(self, people: PeopleIndex | None = None, targets: dict[tuple[str | None, str | None], str] | None = None) -> None:
        self.graph = nx.MultiDiGraph(model_version="1", extractor_version=__version__)
        self.people = people
        self.targets = targets
        self.aliases = load_alias_table()

    # -- primitives -------------------------------------------------------------------------
    def _provenance(self, ctx: _Context, ev: Evidence | None, line: int | None) -> dict[str, Any]:
        return {
            "source": ctx.source,
            "gazette_issue": ctx.gazette_issue,
            "line": ev.line if ev else line,
            "evidence": ev.text if ev else None,
            "extractor_version": __version__,
        }

    def node(self, label: str, ident: str, ctx: _Context, ev: Evidence | None = None, line: int | None = None, **props: Any) -> str:
        key = node_key(label, ident)
        if key in self.graph:
            data = self.graph.nodes[key]
            if ctx.source not in data["sources"]:
                data["sources"].append(ctx.source)
            for name, value in props.items():
                # A stub learns from the real document; a real node keeps what it read itself.
                if value not in (None, [], "") and (data.get(name) in (None, [], "") or data.get("stub")):
                    data[name] = value
            if data.get("stub") and not props.get("stub", True):
                data["stub"] = False
                data.update(self._provenance(ctx, ev, line))
        else:
            self.graph.add_node(key, label=label, id=ident, sources=[ctx.source], **self._provenance(ctx, ev, line), **props)
        return key

    def edge(self, rel: str, source: str, target: str, ctx: _Context, ev: Evidence | None = None, line: int | None = None, discriminator: str = "", **props: Any) -> None:
        key = f"{rel}|{ctx.source}|{ev.line if ev else line}|{discriminator}"
        self.graph.add_edge(source, target, key=key, type=rel, **self._provenance(ctx, ev, line), **props)

    # -- one file -----------------------------------------------------------------------------
    def add(self, result: ExtractionResult) -> None:
        jurisdiction = jurisdiction_of(result)
        ctx = _Context(result.source, gazette_id(result), jurisdiction, AgencyResolver(jurisdiction, self.aliases))
        issue = self._gazette(result, ctx)
        for document in result.documents:
            doc = self.node(
                "Document", document.key, ctx, document.evidence, document.line,
                title=document.title, doc_number=document.doc_number, doc_number_as_printed=document.doc_number_as_printed,
                doc_number_repaired=document.doc_number_repaired, issuer=document.issuer, date=document.date,
                kind=document.kind, attachment_titles=document.attachment_titles, published=document.published,
                effective_date=document.effective_date, expiry_date=document.expiry_date,
                jurisdiction=ctx.jurisdiction, stub=False,
            )
            if issue:
                self.edge("PUBLISHED_IN", doc, issue, ctx, document.evidence, document.line)
            for name in document.issuer:
                org = self.organization(name, ctx, document.evidence, document.line)
                self.edge("ISSUED_BY", doc, org, ctx, document.evidence, document.line, discriminator=name)
        dates = {d.key: d.date for d in result.documents}
        for program in result.programs:
            node = self.node(
                "Program", f"{ctx.jurisdiction or '?'}|{program.name}", ctx, program.evidence, program.line,
                name=program.name, kind=program.kind, period_start=program.period_start, period_end=program.period_end,
            )
            self.edge("SETS_UP", self.document_ref(program.document, ctx), node, ctx, program.evidence, program.line)
        for number, task in enumerate(result.responsibilities):
            self._task(task, number, ctx)
        for group_index, group in enumerate(result.leading_groups):
            self._group(group, group_index, dates.get(group.established_by or ""), ctx)
        for relation in result.relations:
            self._relation(relation, ctx)
        for rename in result.renames:
            old = self.organization(rename.old, ctx, rename.evidence, rename.line)
            new = self.organization(rename.new, ctx, rename.evidence, rename.line)
            self.edge("SUCCEEDED_BY", old, new, ctx, rename.evidence, rename.line, discriminator=rename.new,
                      date=rename.date or dates.get(rename.by), kind=rename.kind, document=rename.by)

    def document_ref(self, ref: str, ctx: _Context, title: str | None = None) -> str:
        """The node of a document referred to by number or title; a stub when not read (yet)."""
        key = node_key("Document", ref)
        if key not in self.graph:
            self.node("Document", ref, ctx, None, None, title=title or ref, doc_number=ref if title else None, stub=True)
        return key

    def _task(self, task: ResponsibilityRecord, number: int, ctx: _Context) -> None:
        ident = f"{task.document}#{task.line}:{task.task}"
        node = self.node(
            "Task", ident, ctx, task.evidence, task.line,
            name=task.task, text=task.task_text, section_path=task.section_path, deadline=task.deadline,
            deadline_as_printed=task.deadline_as_printed, document=task.document,
        )
        self.edge("HAS_TASK", self.document_ref(task.document, ctx), node, ctx, task.evidence, task.line, discriminator=str(number))
        for role, names in (("lead", task.lead), ("responsible", task.responsible), ("supporting", task.supporting)):
            for name in names:
                org = self.organization(name, ctx, task.evidence, task.line)
                self.edge(ROLE_EDGE[role], org, node, ctx, task.evidence, task.line, discriminator=f"{number}|{name}")

    def _group(self, group: LeadingGroupRecord, group_index: int, date: str | None, ctx: _Context) -> None:
        ident = self.group_id(group.name, ctx)
        node = self.node("LeadingGroup", ident, ctx, group.evidence, group.line, name=group.name, kind=group.kind, jurisdiction=ctx.jurisdiction)
        date = group.date or date
        if group.action == "abolish" and date:
            self.graph.nodes[node]["abolished"] = date
        if group.established_by:
            doc = self.document_ref(group.established_by, ctx)
            self.edge("ESTABLISHES", doc, node, ctx, group.evidence, group.line, discriminator=ident, action=group.action, date=date,
                      document=group.established_by, roster=group.roster_printed)
        if group.office_at:
            office = self.organization(group.office_at, ctx, group.evidence, group.line)
            self.edge("OFFICE_AT", node, office, ctx, group.evidence, group.line, discriminator=group.office_at, document=group.established_by)
        if group.parent:
            parent = self.node("LeadingGroup", self.group_id(group.parent, ctx), ctx, group.evidence, group.line, name=group.parent, jurisdiction=ctx.jurisdiction)
            self.edge("SUB_GROUP_OF", node, parent, ctx, group.evidence, group.line)
        for unit in group.member_units:
            org = self.organization(unit, ctx, group.evidence, group.line)
            self.edge("MEMBER_UNIT_OF", org, node, ctx, group.evidence, group.line, discriminator=f"{ident}|{unit}", document=group.established_by, date=date)
        for index, member in enumerate(group.members):
            person_id = self.people.person_of(ctx.source, group_index, index) if self.people else None
            self._member(member, index, person_id, node, ident, group, date, ctx)
        for index, leaving in enumerate(group.departures):
            if leaving.name is None:
                continue
            person_id = self.people.leaving_person(ctx.source, group_index, index) if self.people else None
            person = self._person(leaving, person_id, ctx)
            self.edge("LEFT", person, node, ctx, leaving.evidence, leaving.line, discriminator=f"{ident}|{index}",
                      role=leaving.role, document=group.established_by, date=date)

    def _person(self, member: MemberRecord, person_id: str | None, ctx: _Context) -> str:
        """The node of a named member row; without a resolved id, the name within its jurisdiction."""
        person_id = person_id or f"{ctx.jurisdiction or '?'}|{member.name}"
        return self.node("Person", person_id, ctx, member.evidence, member.line, name=member.name, jurisdiction=ctx.jurisdiction)

    def _member(self, member: MemberRecord, index: int, person_id: str | None, group_node: str, group_ident: str, group: LeadingGroupRecord, date: str | None, ctx: _Context) -> None:
        if member.name is None:
            return  # a post without a holder is a property of the group, not a person
        person = self._person(member, person_id, ctx)
        self.edge("MEMBER_OF", person, group_node, ctx, member.evidence, member.line, discriminator=f"{group_ident}|{index}",
                  role=member.role, position=member.position, document=group.established_by, date=date)
        for post in member.posts:
            if post.organization:
                org = self.organization(post.organization, ctx, member.evidence, member.line)
                self.edge("HOLDS_POST", person, org, ctx, member.evidence, member.line, discriminator=post.text,
                          title=post.title, position=post.text, document=group.established_by)

    def _relation(self, relation: RelationRecord, ctx: _Context) -> None:
        source = self.document_ref(relation.source, ctx)
        ref = self.targets.get((relation.target_number, relation.target_title)) if self.targets else None
        ref = ref or relation.target_number or relation.target_title
        if not ref:
            return
        target = self.document_ref(ref, ctx, relation.target_title)
        props: dict[str, Any] = {"date": relation.date}
        if relation.type == "AMENDS":
            props["edits"] = [asdict(e) for e in relation.edits]
            props["pending"] = relation.pending
        self.edge(RELATION_EDGE[relation.type], source, target, ctx, relation.evidence, relation.line, discriminator=ref, **props)

    def group_id(self, name: str, ctx: _Context) -> str:
        """Groups named ``市…领导小组`` in a 咸宁市 text are ``咸宁市…领导小组``."""
        jurisdiction = ctx.jurisdiction or ""
        if jurisdiction and name[:1] in "市县区" and not name.startswith(jurisdiction):
            return jurisdiction + name[1:]
        return name

    def _gazette(self, result: ExtractionResult, ctx: _Context) -> str | None:
        g = result.gazette
        if not g or not ctx.gazette_issue:
            return None
        return self.node(
            "GazetteIssue", ctx.gazette_issue, ctx, g.evidence, g.line,
            publisher=g.publisher, year=g.year, issue=g.issue, total_issue=g.total_issue, published_at=g.published_at,
        )

    def organization(self, name: str, ctx: _Context, ev: Evidence | None, line: int | None) -> str:
        """The canonical agency node for a printed name; every printed form is kept as an alias."""
        agency = ctx.agencies.resolve(name, ctx.jurisdiction)
        key = self.node(
            "Organization", agency.id, ctx, ev, line, name=agency.canonical_name, aliases=[agency.name],
            jurisdiction=agency.jurisdiction, level=agency.level, collective=agency.collective,
        )
        aliases = self.graph.nodes[key]["aliases"]
        if agency.name not in aliases:
            aliases.append(agency.name)
        return key


def build_graph(results: Iterable[ExtractionResult]) -> nx.MultiDiGraph:
    results = list(results)
    targets, _unresolved = resolve_targets(results)
    people = resolve_people(results)
    builder = GraphBuilder(people=people, targets=targets)
    # Namesakes kept apart are a reader's call to check, so the graph says which and why.
    builder.graph.graph["person_conflicts"] = [asdict(conflict) for conflict in people.conflicts]
    for result in results:
        builder.add(result)
    record_status(builder.graph, LifecycleIndex.of(results), dt.date.today())
    return builder.graph


def record_status(graph: nx.MultiDiGraph, lifecycle: LifecycleIndex, as_of: dt.date) -> None:
    """Each document's status on the build date, so views and exports show it without records."""
    for key, data in graph.nodes(data=True):
        if data["label"] != "Document":
            continue
        status = status_of(lifecycle, data["id"], as_of)
        data.update(status=status.state, status_since=status.since, status_by=status.by, status_as_of=as_of.isoformat())


def as_json_value(value: Any) -> Any:
    """Neo4j and GraphML take scalars and lists of scalars; anything else travels as JSON text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, list) and all(isinstance(v, (str, int, float, bool)) for v in value):
        return value
    return json.dumps(value, ensure_ascii=False)
