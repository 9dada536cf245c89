"""The views by name, and how ``--param key=value`` picks the entity a view centres on."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import networkx as nx

from policykg.errors import UsageError
from policykg.graph.build import node_key
from policykg.viz.agency_ego import build_agency_view
from policykg.viz.amendment_chain import build_amendment_view
from policykg.viz.leading_groups import build_group_view
from policykg.viz.responsibility import build_responsibility_view
from policykg.viz.view_model import View

NAME_FIELDS = ("name", "title", "doc_number", "doc_number_as_printed")


@dataclass(frozen=True)
class ViewKind:
    build: Callable[[nx.MultiDiGraph], View]
    params: Mapping[str, str]  # parameter → the node label it names
    file: str  # file name under OUT/views/


VIEWS: dict[str, ViewKind] = {
    "responsibility": ViewKind(build_responsibility_view, {"agency": "Organization"}, "responsibility.html"),
    "amendments": ViewKind(build_amendment_view, {"document": "Document"}, "amendments.html"),
    "groups": ViewKind(build_group_view, {"group": "LeadingGroup", "person": "Person"}, "groups.html"),
    "agency": ViewKind(build_agency_view, {"agency": "Organization"}, "agency.html"),
}


def resolve_node(graph: nx.MultiDiGraph, label: str, ref: str) -> str:
    """A node of ``label`` named by its key, its id, or exactly by name, title or document number."""
    for key in (ref, node_key(label, ref)):
        if key in graph and graph.nodes[key].get("label") == label:
            return key
    matches = sorted(k for k, d in graph.nodes(data=True) if d.get("label") == label and any(d.get(f) == ref for f in NAME_FIELDS))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UsageError(f"{ref!r} names {len(matches)} {label} nodes; pass one key: " + ", ".join(matches[:10]))
    near = sorted(k for k, d in graph.nodes(data=True) if d.get("label") == label and ref in k)[:5]
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise UsageError(f"no {label} named {ref!r}{hint}")


def build_view(graph: nx.MultiDiGraph, name: str, params: Mapping[str, str]) -> View:
    """The named view; a parameter narrows it to that entity's focus, or selects it if the view has none."""
    if name not in VIEWS:
        raise UsageError(f"unknown view {name!r}; choose from {', '.join(VIEWS)}")
    kind = VIEWS[name]
    unknown = sorted(set(params) - set(kind.params))
    if unknown or len(params) > 1:
        accepted = ", ".join(f"{p}=<{label}>" for p, label in kind.params.items())
        raise UsageError(f"view {name} takes at most one of: {accepted}")
    view = kind.build(graph)
    for param, ref in params.items():
        key = resolve_node(graph, kind.params[param], ref)
        if key in view.foci:
            return view.restricted_to(key)
        if not any(n.key == key for n in view.nodes):
            raise UsageError(f"{key} is not in the {name} view (nothing links it there)")
        view.selected = key
    return view
