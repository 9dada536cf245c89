"""Agency ego view: an agency's tasks, its leading groups, the agencies it shares tasks with,
and the agencies it was renamed or merged from (predecessors) and into (successors).

The site writes one page holding every agency, each as a focus; ``policykg render agency``
writes the page of one.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from policykg.viz.layout import ego_layout, force_layout
from policykg.viz.node_text import full_name
from policykg.viz.responsibility import ROLE_RELATIONS, add_responsibilities, shared_tasks
from policykg.viz.view_builder import ViewBuilder
from policykg.viz.view_model import Focus, View

GROUP_RELATIONS = ("MEMBER_UNIT_OF", "OFFICE_AT")


@dataclass(frozen=True)
class AgencyNeighbourhood:
    agency: str
    tasks: list[str]
    groups: list[str]
    partners: list[str]
    predecessors: list[str]
    successors: list[str]

    def sectors(self) -> list[list[str]]:
        # Around the clock from the top: successors, tasks, predecessors, groups, partners;
        # predecessors and successors end up on opposite sides.
        return [self.successors, self.tasks, self.predecessors, self.groups, self.partners]

    def members(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([self.agency, *self.tasks, *self.groups, *self.partners, *self.predecessors, *self.successors]))


def succession_graph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    chain = nx.DiGraph()
    chain.add_edges_from((u, v) for u, v, d in graph.edges(data=True) if d.get("type") == "SUCCEEDED_BY")
    return chain


def neighbourhoods(graph: nx.MultiDiGraph) -> dict[str, AgencyNeighbourhood]:
    """Every agency that holds a task, sits in a group or has a predecessor or successor."""
    tasks: dict[str, set[str]] = {}
    groups: dict[str, set[str]] = {}
    for u, v, d in graph.edges(data=True):
        if d.get("type") in ROLE_RELATIONS:
            tasks.setdefault(u, set()).add(v)
        elif d.get("type") == "MEMBER_UNIT_OF":
            groups.setdefault(u, set()).add(v)
        elif d.get("type") == "OFFICE_AT":
            groups.setdefault(v, set()).add(u)
    partners: dict[str, set[str]] = {}
    for a, b in shared_tasks(graph):
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    chain = succession_graph(graph)
    agencies = set(tasks) | set(groups) | set(chain)
    return {
        agency: AgencyNeighbourhood(
            agency, sorted(tasks.get(agency, ())), sorted(groups.get(agency, ())), sorted(partners.get(agency, ())),
            sorted(nx.ancestors(chain, agency)) if agency in chain else [],
            sorted(nx.descendants(chain, agency)) if agency in chain else [],
        )
        for agency in sorted(agencies)
    }


def build_agency_view(graph: nx.MultiDiGraph) -> View:
    builder = ViewBuilder(graph)
    add_responsibilities(builder)
    for u, v, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("type", ""))):
        if d.get("type") in (*GROUP_RELATIONS, "SUCCEEDED_BY"):
            builder.add_graph_edge(u, v, d)
    foci = {
        agency: Focus(full_name(graph.nodes[agency]), hood.members(), ego_layout(agency, hood.sectors()))
        for agency, hood in neighbourhoods(graph).items()
    }
    return View(
        "agency", "机构视图 Agency",
        "One agency at the centre: its tasks, the groups it sits in, the agencies it shares tasks with, and those it was renamed or merged from and into.",
        builder.view_nodes(force_layout(builder.layout_graph())), builder.edges, builder.document_names(), foci,
    )
