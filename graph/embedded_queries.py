"""The embedded twins of the Cypher query packs: the same columns, rows and order, over networkx.

Each twin mirrors its ``cypher/<name>.cypher`` clause by clause. They read the graph through
``graph_rows`` so they see what Neo4j stores (no nulls, nested values as JSON text), and they sort
the way Cypher's ORDER BY does: nulls last ascending, first descending.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import networkx as nx

from policykg.graph.build import node_key
from policykg.graph.graph_rows import edge_rows, node_rows

Row = tuple[Any, ...]
Twin = Callable[["GraphView", dict[str, Any]], tuple[tuple[str, ...], list[Row]]]
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TASK_ROLES = ("LEADS", "RESPONSIBLE_FOR", "SUPPORTS")


class GraphView:
    """Nodes by label and edges by type and direction, with the stored property values."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.props: dict[str, dict[str, Any]] = {}
        self.by_label: dict[str, list[str]] = {}
        for label, rows in node_rows(graph).items():
            self.by_label[label] = [row.key for row in rows]
            self.props.update((row.key, row.props) for row in rows)
        self._out: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
        self._in: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
        for rel, rows in edge_rows(graph).items():
            for row in rows:
                start, end = node_key(row.start_label, row.start_id), node_key(row.end_label, row.end_id)
                self._out.setdefault((start, rel), []).append((end, row.props))
                self._in.setdefault((end, rel), []).append((start, row.props))

    def nodes(self, label: str) -> list[str]:
        return self.by_label.get(label, [])

    def get(self, key: str, name: str) -> Any:
        return self.props[key].get(name)

    def out(self, key: str, *types: str) -> list[tuple[str, str, dict[str, Any]]]:
        return [(rel, end, props) for rel in types for end, props in self._out.get((key, rel), [])]

    def into(self, key: str, *types: str) -> list[tuple[str, str, dict[str, Any]]]:
        return [(rel, start, props) for rel in types for start, props in self._in.get((key, rel), [])]

    def matching(self, label: str, value: Any, *names: str) -> list[str]:
        return [key for key in self.nodes(label) if any(self.get(key, n) == value for n in names)]


def order(rows: Iterable[Row], columns: Sequence[str], spec: Sequence[str]) -> list[Row]:
    """Cypher ORDER BY: ``spec`` names columns, ``-name`` for DESC."""
    result = list(rows)
    for item in reversed(spec):
        index = columns.index(item.lstrip("-"))
        result.sort(key=lambda row: (row[index] is None, row[index]), reverse=item.startswith("-"))
    return result


def _older(a: Any, b: Any) -> bool:
    """Cypher's ``a <= b`` in a WHERE: false when either side is null."""
    return a is not None and b is not None and a <= b


def _coalesce(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


TWINS: dict[str, Twin] = {}


def twin(name: str) -> Twin:
    return TWINS[name]


def _twin(name: str) -> Callable[[Twin], Twin]:
    def register(fn: Twin) -> Twin:
        TWINS[name] = fn
        return fn
    return register


@_twin("agencies_sharing_duties")
def agencies_sharing_duties(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("agency_a", "agency_a_name", "agency_b", "agency_b_name", "shared_tasks")
    shared: dict[tuple[str, str], set[str]] = {}
    for task in g.nodes("Task"):
        if p["document"] is not None and g.get(task, "document") != p["document"]:
            continue
        agencies = {org for _, org, _ in g.into(task, *TASK_ROLES) if not g.get(org, "collective")}
        if p["jurisdiction"] is not None:
            agencies = {org for org in agencies if g.get(org, "jurisdiction") == p["jurisdiction"]}
        for a in agencies:
            for b in agencies:
                if g.get(a, "id") < g.get(b, "id"):
                    shared.setdefault((a, b), set()).add(task)
    rows = [(g.get(a, "id"), g.get(a, "name"), g.get(b, "id"), g.get(b, "name"), len(tasks)) for (a, b), tasks in shared.items()]
    return cols, order(rows, cols, ("-shared_tasks", "agency_a", "agency_b", "agency_a_name", "agency_b_name"))


@_twin("agency_portfolio")
def agency_portfolio(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("agency", "part", "relation", "item", "item_name", "document", "date", "detail")
    rows: set[Row] = set()
    for org in g.matching("Organization", p["agency"], "id", "name"):
        me = g.get(org, "id")
        for rel, task, _ in g.out(org, *TASK_ROLES):
            rows.add((me, "task", rel, g.get(task, "id"), g.get(task, "name"), g.get(task, "document"), g.get(task, "deadline"), None))
        for rel, group, e in g.out(org, "MEMBER_UNIT_OF"):
            rows.add((me, "group", rel, g.get(group, "id"), g.get(group, "name"), e.get("document"), e.get("date"), g.get(group, "kind")))
        for rel, group, e in g.into(org, "OFFICE_AT"):
            rows.add((me, "group", rel, g.get(group, "id"), g.get(group, "name"), e.get("document"), None, g.get(group, "kind")))
        for rel, other, e in g.into(org, "SUCCEEDED_BY"):
            rows.add((me, "predecessor", rel, g.get(other, "id"), g.get(other, "name"), e.get("document"), e.get("date"), e.get("kind")))
        for rel, other, e in g.out(org, "SUCCEEDED_BY"):
            rows.add((me, "successor", rel, g.get(other, "id"), g.get(other, "name"), e.get("document"), e.get("date"), e.get("kind")))
    return cols, order(rows, cols, ("agency", "part", "relation", "item", "document", "date", "detail", "item_name"))


def _reachable(g: GraphView, start: str, rel: str, forward: bool) -> set[str]:
    """Nodes reachable from ``start`` over ``rel`` (zero or more hops), following or against edges."""
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for _, other, _ in (g.out(node, rel) if forward else g.into(node, rel)):
            if other not in seen:
                seen.add(other)
                queue.append(other)
    return seen


@_twin("amendment_chain")
def amendment_chain(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("direction", "amending", "amending_title", "amended", "amended_title", "date", "pending")
    rows: set[Row] = set()
    doc = node_key("Document", p["document"])
    if doc in g.props:
        def row(direction: str, s: str, t: str, e: dict[str, Any]) -> Row:
            return (direction, g.get(s, "id"), g.get(s, "title"), g.get(t, "id"), g.get(t, "title"),
                    _coalesce(e.get("date"), g.get(s, "date")), e.get("pending"))
        for s in _reachable(g, doc, "AMENDS", forward=True):
            rows.update(row("amends", s, t, e) for _, t, e in g.out(s, "AMENDS"))
        for t in _reachable(g, doc, "AMENDS", forward=False):
            rows.update(row("amended_by", s, t, e) for _, s, e in g.into(t, "AMENDS"))
    return cols, order(rows, cols, ("direction", "date", "amending", "amended", "pending", "amending_title", "amended_title"))


def _dated(value: Any) -> bool:
    return isinstance(value, str) and ISO_DATE.fullmatch(value) is not None


@_twin("documents_in_force")
def documents_in_force(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("document", "title", "doc_number", "date", "effective_date", "expiry_date", "jurisdiction")
    day = p["date"]

    def acted_by(doc: str, *rels: str) -> bool:
        return any(_older(_coalesce(e.get("date"), g.get(x, "date")), day) for _, x, e in g.into(doc, *rels))

    rows = []
    for doc in g.nodes("Document"):
        d = g.props[doc]
        if d.get("stub") or not (_dated(d.get("date")) and d["date"] <= day):
            continue
        if p["jurisdiction"] is not None and d.get("jurisdiction") != p["jurisdiction"]:
            continue
        if _dated(d.get("effective_date")) and not d["effective_date"] <= day:
            continue
        if _dated(d.get("expiry_date")) and not d["expiry_date"] >= day and not acted_by(doc, "EXTENDS_VALIDITY_OF"):
            continue
        if acted_by(doc, "REPEALS", "REPLACES"):
            continue
        rows.append(tuple(d.get(c) for c in ("id", "title", "doc_number", "date", "effective_date", "expiry_date", "jurisdiction")))
    return cols, order(rows, cols, ("date", "document"))


@_twin("document_effects")
def document_effects(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("relation", "target", "target_title", "date", "pending", "edits")
    doc = node_key("Document", p["document"])
    rows: set[Row] = set()
    if doc in g.props:
        for rel, t, e in g.out(doc, "REPEALS", "AMENDS", "REPLACES", "EXTENDS_VALIDITY_OF"):
            rows.add((rel, g.get(t, "id"), g.get(t, "title"), _coalesce(e.get("date"), g.get(doc, "date")), e.get("pending"), e.get("edits")))
    return cols, order(rows, cols, ("relation", "target", "date", "pending", "edits", "target_title"))


def membership_until(g: GraphView, member: str, group: str, e: dict[str, Any], unit: bool) -> str | None:
    """The day a membership ended: the member named as leaving that role, left off a later printed roster
    (for a unit: a printed roster that lists units), or the group abolished. Only known dates count."""
    since = e.get("date")
    if not _dated(since):
        return None
    rel = "MEMBER_UNIT_OF" if unit else "MEMBER_OF"

    def listed_by(who: str | None, doc: Any) -> bool:
        return any(x.get("document") == doc for _, y, x in g.into(group, rel) if who is None or y == who)

    ends = [] if unit else [
        x["date"] for _, y, x in g.into(group, "LEFT")
        if y == member and x.get("role") in (None, e.get("role")) and _dated(x.get("date")) and since < x["date"]
    ]
    ends += [
        x["date"] for _, _, x in g.into(group, "ESTABLISHES")
        if x.get("roster") and _dated(x.get("date")) and since < x["date"]
        and (not unit or listed_by(None, x.get("document"))) and not listed_by(member, x.get("document"))
    ]
    abolished = g.get(group, "abolished")
    if _dated(abolished) and since < abolished:
        ends.append(abolished)
    return min(ends, default=None)


def _in_office(date: Any, until: str | None, as_of: str | None) -> bool:
    return as_of is None or (_dated(date) and date <= as_of and (until is None or until > as_of))


@_twin("group_members")
def group_members(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("group", "kind", "member", "member_name", "role", "position", "document", "date", "until")
    rows: set[Row] = set()
    for group in g.matching("LeadingGroup", p["group"], "id", "name"):
        gid = g.get(group, "id")
        for _, person, e in g.into(group, "MEMBER_OF"):
            until = membership_until(g, person, group, e, unit=False)
            if _in_office(e.get("date"), until, p["as_of"]):
                rows.add((gid, "person", g.get(person, "id"), g.get(person, "name"), e.get("role"), e.get("position"), e.get("document"), e.get("date"), until))
        for _, org, e in g.into(group, "MEMBER_UNIT_OF"):
            until = membership_until(g, org, group, e, unit=True)
            if _in_office(e.get("date"), until, p["as_of"]):
                rows.add((gid, "unit", g.get(org, "id"), g.get(org, "name"), None, None, e.get("document"), e.get("date"), until))
    return cols, order(rows, cols, ("group", "kind", "member", "role", "position", "document", "date", "until", "member_name"))


@_twin("person_groups")
def person_groups(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("person", "group", "group_name", "group_kind", "role", "position", "document", "date", "until")
    rows: set[Row] = set()
    for person in g.matching("Person", p["person"], "id", "name"):
        for _, group, e in g.out(person, "MEMBER_OF"):
            until = membership_until(g, person, group, e, unit=False)
            if _in_office(e.get("date"), until, p["as_of"]):
                rows.add((g.get(person, "id"), g.get(group, "id"), g.get(group, "name"), g.get(group, "kind"),
                          e.get("role"), e.get("position"), e.get("document"), e.get("date"), until))
    return cols, order(rows, cols, ("person", "date", "group", "role", "position", "document", "until", "group_name", "group_kind"))


@_twin("people_on_many_groups")
def people_on_many_groups(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("person", "name", "group_count", "groups")
    rows = []
    for person in g.nodes("Person"):
        if p["jurisdiction"] is not None and g.get(person, "jurisdiction") != p["jurisdiction"]:
            continue
        groups = sorted({g.get(group, "id") for _, group, _ in g.out(person, "MEMBER_OF")})
        if groups and len(groups) >= p["min_groups"]:
            rows.append((g.get(person, "id"), g.get(person, "name"), len(groups), groups))
    return cols, order(rows, cols, ("-group_count", "person", "name"))


def _shared_by_pairs(g: GraphView, members: str, rel: str) -> dict[tuple[str, str], int]:
    shared: dict[tuple[str, str], int] = {}
    for member in g.nodes(members):
        groups = {group for _, group, _ in g.out(member, rel)}
        for a in groups:
            for b in groups:
                if g.get(a, "id") < g.get(b, "id"):
                    shared[(a, b)] = shared.get((a, b), 0) + 1
    return shared


@_twin("groups_sharing_members")
def groups_sharing_members(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("group_a", "group_a_name", "group_b", "group_b_name", "shared_people", "shared_units", "shared")
    people = _shared_by_pairs(g, "Person", "MEMBER_OF")
    units = _shared_by_pairs(g, "Organization", "MEMBER_UNIT_OF")
    rows = []
    for a, b in set(people) | set(units):
        n_people, n_units = people.get((a, b), 0), units.get((a, b), 0)
        if n_people + n_units >= p["min_shared"]:
            rows.append((g.get(a, "id"), g.get(a, "name"), g.get(b, "id"), g.get(b, "name"), n_people, n_units, n_people + n_units))
    return cols, order(rows, cols, ("-shared", "group_a", "group_b", "group_a_name", "group_b_name"))


def _hops(g: GraphView, start: str, rel: str, forward: bool, depth: int) -> dict[str, int]:
    """Fewest hops to each node within ``depth``, ``start`` itself excluded."""
    hops = {start: 0}
    frontier = [start]
    for step in range(1, depth + 1):
        frontier = [other for node in frontier for _, other, _ in (g.out(node, rel) if forward else g.into(node, rel))]
        frontier = [n for n in dict.fromkeys(frontier) if n not in hops]
        hops.update((n, step) for n in frontier)
    del hops[start]
    return hops


@_twin("citation_neighbourhood")
def citation_neighbourhood(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("direction", "document", "title", "date", "hops")
    doc = node_key("Document", p["document"])
    rows = []
    if doc in g.props:
        for direction, forward in (("cites", True), ("cited_by", False)):
            for other, n in _hops(g, doc, "CITES", forward, p["depth"]).items():
                rows.append((direction, g.get(other, "id"), g.get(other, "title"), g.get(other, "date"), n))
    return cols, order(rows, cols, ("direction", "hops", "document", "title", "date"))


@_twin("tasks_of_succeeded_agencies")
def tasks_of_succeeded_agencies(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("task", "task_name", "document", "relation", "agency", "change", "change_date", "successor")
    rows: set[Row] = set()
    for org in g.nodes("Organization"):
        if p["jurisdiction"] is not None and g.get(org, "jurisdiction") != p["jurisdiction"]:
            continue
        for _, successor, s in g.out(org, "SUCCEEDED_BY"):
            for rel, task, _ in g.out(org, *TASK_ROLES):
                rows.add((g.get(task, "id"), g.get(task, "name"), g.get(task, "document"), rel, g.get(org, "id"),
                          s.get("kind"), s.get("date"), g.get(successor, "id")))
    return cols, order(rows, cols, ("document", "task", "agency", "relation", "successor", "change", "change_date", "task_name"))


@_twin("repealed_still_cited")
def repealed_still_cited(g: GraphView, p: dict[str, Any]) -> tuple[tuple[str, ...], list[Row]]:
    cols = ("document", "title", "repealed_by", "repealed_on", "cited_by", "cited_by_title", "cited_on")
    rows: set[Row] = set()
    for doc in g.nodes("Document"):
        for _, x, rep in g.into(doc, "REPEALS"):
            repealed_on = _coalesce(rep.get("date"), g.get(x, "date"))
            for _, y, c in g.into(doc, "CITES"):
                if y == x or (p["jurisdiction"] is not None and g.get(y, "jurisdiction") != p["jurisdiction"]):
                    continue
                cited_on = _coalesce(c.get("date"), g.get(y, "date"))
                if cited_on is None or repealed_on is None or cited_on >= repealed_on:
                    rows.add((g.get(doc, "id"), g.get(doc, "title"), g.get(x, "id"), repealed_on, g.get(y, "id"), g.get(y, "title"), cited_on))
    return cols, order(rows, cols, ("document", "repealed_by", "repealed_on", "cited_by", "cited_on", "title", "cited_by_title"))
