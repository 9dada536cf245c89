"""Collects graph nodes and edges into a view, with the facets the page filters on.

Every edge knows the document that states it (its ``document`` property, its Document end, or
its task's document); every node is filed under its own document plus those of its edges, so
the document filter keeps exactly what that document says.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from policykg.graph.build import node_key
from policykg.viz import node_text
from policykg.viz.palette import edge_style
from policykg.viz.view_model import Position, ViewEdge, ViewNode


def document_key(ref: str) -> str:
    return ref if ref.startswith("Document:") else node_key("Document", ref)


def own_documents(graph: nx.MultiDiGraph, key: str) -> set[str]:
    attrs = graph.nodes[key]
    if attrs.get("label") == "Document":
        return {key}
    if attrs.get("label") == "Task" and attrs.get("document"):
        return {document_key(str(attrs["document"]))}
    return set()


def edge_documents(graph: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any]) -> set[str]:
    if attrs.get("document"):
        return {document_key(str(attrs["document"]))}
    if graph.nodes[u].get("label") == "Document":
        return {u}
    return own_documents(graph, v) | own_documents(graph, u)


def jurisdiction_of(graph: nx.MultiDiGraph, key: str) -> str | None:
    """A node's own jurisdiction, else its document's (tasks have none of their own)."""
    attrs = graph.nodes[key]
    if attrs.get("jurisdiction"):
        return str(attrs["jurisdiction"])
    for doc in sorted(own_documents(graph, key)):
        if doc in graph and graph.nodes[doc].get("jurisdiction"):
            return str(graph.nodes[doc]["jurisdiction"])
    return None


class ViewBuilder:
    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.node_documents: dict[str, set[str]] = {}
        self.edges: list[ViewEdge] = []

    def add_node(self, key: str) -> None:
        if key not in self.node_documents:
            self.node_documents[key] = own_documents(self.graph, key)

    def add_graph_edge(self, u: str, v: str, attrs: dict[str, Any], label: str = "") -> None:
        relation = str(attrs["type"])
        docs = edge_documents(self.graph, u, v, attrs)
        tooltip = node_text.edge_tooltip(edge_style(relation).legend, self.name(u), self.name(v), attrs)
        self.add_edge(ViewEdge(u, v, relation, tooltip, tuple(sorted(docs)), label=label))

    def add_edge(self, edge: ViewEdge) -> None:
        for end in (edge.source, edge.target):
            self.add_node(end)
            self.node_documents[end].update(edge.documents)
        self.edges.append(edge)

    def name(self, key: str) -> str:
        return node_text.full_name(self.graph.nodes[key])

    def layout_graph(self) -> nx.Graph:
        """The undirected, weighted skeleton the force layout runs on."""
        skeleton = nx.Graph()
        skeleton.add_nodes_from(sorted(self.node_documents))
        for edge in self.edges:
            if edge.source != edge.target:
                old = skeleton.edges[edge.source, edge.target]["weight"] if skeleton.has_edge(edge.source, edge.target) else 0.0
                skeleton.add_edge(edge.source, edge.target, weight=old + edge.weight)
        return skeleton

    def view_nodes(self, positions: dict[str, Position]) -> list[ViewNode]:
        nodes = []
        for key in sorted(self.node_documents):
            attrs = self.graph.nodes[key]
            nodes.append(ViewNode(
                key, node_text.kind_of(attrs), node_text.short_label(attrs), node_text.full_name(attrs),
                node_text.node_tooltip(attrs), jurisdiction_of(self.graph, key),
                tuple(sorted(self.node_documents[key])), positions.get(key, (0.0, 0.0)),
            ))
        return nodes

    def document_names(self) -> dict[str, str]:
        """Names for the document filter, including documents that are not drawn in this view."""
        keys = set().union(*self.node_documents.values()) if self.node_documents else set()
        return {k: short_document_name(self.graph, k) for k in sorted(keys)}


def short_document_name(graph: nx.MultiDiGraph, key: str) -> str:
    if key not in graph:
        return key.removeprefix("Document:")
    attrs = graph.nodes[key]
    title = node_text.clip(str(attrs.get("title") or ""), 30)
    number = attrs.get("doc_number")
    return f"{number} {title}" if number and title and title != number else str(number or title or key)
