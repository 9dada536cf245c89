"""Leading groups: people, groups and organisations, edges labelled with the member's role.

Each group and each person is a focus: a group with its members (heads first), member units,
office and parent or sub-groups; a person with their groups and posts.
"""

from __future__ import annotations

import networkx as nx

from policykg.viz.layout import ego_layout, force_layout
from policykg.viz.node_text import full_name
from policykg.viz.view_builder import ViewBuilder
from policykg.viz.view_model import Focus, View

GROUP_RELATIONS = ("MEMBER_OF", "LEFT", "MEMBER_UNIT_OF", "OFFICE_AT", "SUB_GROUP_OF", "HOLDS_POST")
# Heads of a group first, so that a group's ego view reads like its roster.
ROLE_ORDER = ("第一组长", "组长", "执行组长", "指挥长", "总召集人", "召集人", "主任", "常务副组长", "副组长", "副指挥长", "副召集人", "副主任", "办公室主任", "办公室常务副主任", "办公室副主任", "成员")


def role_rank(role: object) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def group_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    return sorted(((u, v, d) for u, v, d in graph.edges(data=True) if d.get("type") in GROUP_RELATIONS), key=lambda e: (e[0], e[1], e[2]["type"], e[2].get("role") or ""))


def group_focus(graph: nx.MultiDiGraph, group: str) -> Focus:
    members: list[tuple[int, str]] = []
    units, office, related = [], [], []
    for u, v, d in group_edges(graph):
        if v == group and d["type"] in ("MEMBER_OF", "LEFT"):
            members.append((role_rank(d.get("role")) + (len(ROLE_ORDER) + 1 if d["type"] == "LEFT" else 0), u))
        elif v == group and d["type"] == "MEMBER_UNIT_OF":
            units.append(u)
        elif u == group and d["type"] == "OFFICE_AT":
            office.append(v)
        elif d["type"] == "SUB_GROUP_OF" and group in (u, v):
            related.append(v if u == group else u)
    people = [p for _, p in sorted(members)]
    sectors = [people, office + related, units]
    nodes = tuple(dict.fromkeys([group, *people, *office, *related, *units]))
    return Focus(full_name(graph.nodes[group]), nodes, ego_layout(group, sectors))


def person_focus(graph: nx.MultiDiGraph, person: str) -> Focus:
    groups = sorted(v for _, v, d in graph.out_edges(person, data=True) if d.get("type") == "MEMBER_OF")
    posts = sorted(v for _, v, d in graph.out_edges(person, data=True) if d.get("type") == "HOLDS_POST")
    nodes = tuple(dict.fromkeys([person, *groups, *posts]))
    return Focus(full_name(graph.nodes[person]), nodes, ego_layout(person, [groups, posts]))


def _edge_label(edge: dict) -> str:
    if edge["type"] == "MEMBER_OF":
        return str(edge.get("role") or "")
    if edge["type"] == "LEFT":
        return f"不再担任{edge.get('role') or ''}({edge.get('date') or '?'})"
    return ""


def build_group_view(graph: nx.MultiDiGraph) -> View:
    builder = ViewBuilder(graph)
    for u, v, d in group_edges(graph):
        builder.add_graph_edge(u, v, d, label=_edge_label(d))
    for key in sorted(graph):
        if graph.nodes[key].get("label") == "LeadingGroup":
            builder.add_node(key)  # a group set up without a roster is still a group
    foci = {}
    for key in sorted(builder.node_documents):
        label = graph.nodes[key].get("label")
        if label == "LeadingGroup":
            foci[key] = group_focus(graph, key)
        elif label == "Person":
            foci[key] = person_focus(graph, key)
    return View(
        "groups", "领导小组 Leading groups",
        "Leading groups, working groups and committees with their members (edge label: role; 不再担任 marks a member who left, with the date), member units, offices and the posts members hold.",
        builder.view_nodes(force_layout(builder.layout_graph())), builder.edges, builder.document_names(), foci,
    )
