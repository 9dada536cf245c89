"""The graph model, declared once as data in ``model.json``.

It drives the Neo4j constraints and indexes, the loader, the exports and the model reference in
``docs/MODEL.md`` (``policykg model --markdown``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class NodeType:
    label: str
    key: str
    description: str
    properties: dict[str, str]
    indexes: tuple[str, ...]


@dataclass(frozen=True)
class EdgeType:
    type: str
    source: str
    target: str
    description: str
    properties: dict[str, str]


@dataclass(frozen=True)
class Model:
    version: str
    provenance: dict[str, str]
    nodes: dict[str, NodeType]
    edges: dict[str, EdgeType]

    def to_markdown(self) -> str:
        out = ["# Graph model", "", f"Model version {self.version}. Generated from `graph/model.json`.", ""]
        out += ["Every node and edge carries provenance:", ""]
        out += [f"- `{k}`: {v}" for k, v in self.provenance.items()]
        out += ["", "## Nodes", ""]
        for node in self.nodes.values():
            out += [f"### `:{node.label}` (key `{node.key}`)", "", node.description, ""]
            out += [f"- `{k}`: {v}" for k, v in node.properties.items()]
            out.append("")
        out += ["## Relationships", ""]
        for edge in self.edges.values():
            props = ", ".join(f"`{k}`" for k in edge.properties)
            out.append(f"- `(:{edge.source})-[:{edge.type}]->(:{edge.target})`: {edge.description}" + (f" ({props})" if props else ""))
        return "\n".join(out) + "\n"


@cache
def load_model() -> Model:
    raw = json.loads(resources.files("policykg.graph").joinpath("model.json").read_text(encoding="utf-8"))
    nodes = {
        label: NodeType(label, spec["key"], spec["description"], spec["properties"], tuple(spec.get("indexes", ())))
        for label, spec in raw["nodes"].items()
    }
    edges = {
        name: EdgeType(name, spec["from"], spec["to"], spec["description"], spec.get("properties", {}))
        for name, spec in raw["edges"].items()
    }
    return Model(raw["version"], raw["provenance"], nodes, edges)
