"""The graph as rows of storable values: what Neo4j, the exports and the embedded query twins see.

Neo4j, neo4j-admin CSV and GraphML hold scalars and lists of scalars and no nulls. Reading the
networkx graph through these rows gives the loader, the exports and the embedded twins of the
query packs the same values, so an embedded query and its Cypher pack return equal rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from policykg.errors import UsageError
from policykg.graph.build import as_json_value
from policykg.graph.model import Model, load_model

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@dataclass(frozen=True)
class NodeRow:
    key: str
    label: str
    id: str
    props: dict[str, Any]  # includes `id` and `sources`, never `label`


@dataclass(frozen=True)
class EdgeRow:
    type: str
    key: str
    start_label: str
    start_id: str
    end_label: str
    end_id: str
    props: dict[str, Any]  # includes `key`, never `type`


def identifier(name: str, allowed: Mapping[str, Any] | tuple[str, ...] | set[str]) -> str:
    """A label, type or property name that may be written into Cypher: declared by the model and plain."""
    if name not in allowed or not IDENTIFIER.match(name):
        raise UsageError(f"{name!r} is not a name the graph model declares")
    return name


def storable(props: Mapping[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Nulls dropped (Neo4j removes a property set to null), nested values as JSON text."""
    return {name: as_json_value(value) for name, value in props.items() if value is not None and name not in skip}


def node_ref(key: str, data: Mapping[str, Any], model: Model) -> tuple[str, str]:
    """A node's label (checked against the model) and id."""
    label = identifier(data["label"], model.nodes)
    # graph.json's node-link format spends the "id" field on the node key, so a graph read back
    # from disk has lost the attribute; the key "<Label>:<id>" still holds it.
    return label, data.get("id") or key.removeprefix(f"{label}:")


def node_row(key: str, data: Mapping[str, Any], model: Model | None = None) -> NodeRow:
    model = model or load_model()
    label, ident = node_ref(key, data, model)
    props = storable(data, skip=("label",))
    props["id"] = ident
    props.setdefault("sources", [])
    return NodeRow(key, label, ident, props)


def node_rows(graph: nx.MultiDiGraph) -> dict[str, list[NodeRow]]:
    """Rows per label, in the graph's node order."""
    model = load_model()
    rows: dict[str, list[NodeRow]] = {}
    for key, data in graph.nodes(data=True):
        row = node_row(key, data, model)
        rows.setdefault(row.label, []).append(row)
    return rows


def edge_rows(graph: nx.MultiDiGraph) -> dict[str, list[EdgeRow]]:
    """Rows per relationship type; an edge whose ends the model does not allow is refused."""
    model = load_model()
    ends = {key: node_ref(key, data, model) for key, data in graph.nodes(data=True)}
    rows: dict[str, list[EdgeRow]] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        rel = identifier(data["type"], model.edges)
        (start_label, start_id), (end_label, end_id) = ends[u], ends[v]
        spec = model.edges[rel]
        if (start_label, end_label) != (spec.source, spec.target):
            raise UsageError(f"edge {key!r}: {rel} runs from {spec.source} to {spec.target}, not {start_label} to {end_label}")
        props = storable(data, skip=("type",))
        props["key"] = str(key)
        rows.setdefault(rel, []).append(EdgeRow(rel, str(key), start_label, start_id, end_label, end_id, props))
    return rows
