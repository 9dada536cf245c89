"""Responsibility map: agencies and the tasks they lead, carry or support, and agencies joined
by the tasks they share (edge weight = number of shared tasks)."""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import networkx as nx

from policykg.viz.layout import force_layout
from policykg.viz.node_text import clip
from policykg.viz.palette import edge_style
from policykg.viz.view_builder import ViewBuilder, own_documents
from policykg.viz.view_model import View, ViewEdge

ROLE_RELATIONS = ("LEADS", "RESPONSIBLE_FOR", "SUPPORTS")
SHARED_TASKS_LISTED = 5


def role_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    return sorted(((u, v, d) for u, v, d in graph.edges(data=True) if d.get("type") in ROLE_RELATIONS), key=lambda e: (e[0], e[1], e[2]["type"]))


def shared_tasks(graph: nx.MultiDiGraph) -> dict[tuple[str, str], list[str]]:
    """Agency pairs (sorted) → the tasks both hold in any role."""
    holders: dict[str, set[str]] = defaultdict(set)
    for agency, task, _ in role_edges(graph):
        holders[task].add(agency)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for task in sorted(holders):
        for pair in combinations(sorted(holders[task]), 2):
            pairs[pair].append(task)
    return dict(pairs)


def shared_task_edge(builder: ViewBuilder, pair: tuple[str, str], tasks: list[str]) -> ViewEdge:
    a, b = pair
    names = [clip(builder.name(t), 40) for t in tasks[:SHARED_TASKS_LISTED]]
    more = [f"… and {len(tasks) - SHARED_TASKS_LISTED} more"] if len(tasks) > SHARED_TASKS_LISTED else []
    tooltip = "\n".join([f"{builder.name(a)} ↔ {builder.name(b)}", f"{edge_style('SHARES_TASKS').legend}: {len(tasks)}"] + ["· " + n for n in names] + more)
    docs = sorted(set().union(*(own_documents(builder.graph, t) for t in tasks)))
    return ViewEdge(a, b, "SHARES_TASKS", tooltip, tuple(docs), label=str(len(tasks)), weight=1.0 + math.log2(len(tasks)), arrows=False)


def add_responsibilities(builder: ViewBuilder) -> None:
    for agency, task, attrs in role_edges(builder.graph):
        builder.add_graph_edge(agency, task, attrs)
    for pair, tasks in sorted(shared_tasks(builder.graph).items()):
        builder.add_edge(shared_task_edge(builder, pair, tasks))


def build_responsibility_view(graph: nx.MultiDiGraph) -> View:
    builder = ViewBuilder(graph)
    add_responsibilities(builder)
    return View(
        "responsibility", "责任分工 Responsibility map",
        "Agencies and the tasks they lead (牵头), carry (负责) or support (配合); grey lines join agencies that share tasks, thicker for more.",
        builder.view_nodes(force_layout(builder.layout_graph())), builder.edges, builder.document_names(),
    )
