"""Exports of the graph for other tools: GraphML (Gephi), neo4j-admin import CSV, Popolo JSON.

All three read the graph through ``graph_rows``: the values Neo4j would store, no nulls.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from policykg.graph.build import node_key
from policykg.graph.embedded_queries import GraphView, membership_until
from policykg.graph.graph_rows import EdgeRow, NodeRow, edge_rows, node_rows

FORMATS = ("graphml", "neo4j-csv", "popolo")
ARRAY_DELIMITER = ";"


# -- GraphML --------------------------------------------------------------------------------
def write_graphml(graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """GraphML attributes are scalars: lists travel as JSON text; ``label`` is what Gephi shows."""
    flat = nx.MultiDiGraph()
    for label, rows in node_rows(graph).items():
        for row in rows:
            flat.add_node(row.key, **_scalars(row.props), type=label, label=_caption(row))
    for rel, rows in edge_rows(graph).items():
        for row in rows:
            # the key becomes the GraphML edge id
            props = _scalars({k: v for k, v in row.props.items() if k != "key"})
            flat.add_edge(node_key(row.start_label, row.start_id), node_key(row.end_label, row.end_id), key=row.key, **props, label=rel)
    path = out_dir / "graph.graphml"
    nx.write_graphml(flat, path, named_key_ids=True)
    return [path]


def _scalars(props: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in props.items()}


def _caption(row: NodeRow) -> str:
    return str(row.props.get("name") or row.props.get("title") or row.id)


# -- neo4j-admin import CSV -----------------------------------------------------------------
def write_neo4j_csv(graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """One file per label and per relationship type, with typed headers; ids live in one ID space
    per label, so the same id under two labels never collides."""
    written = []
    node_files, rel_files = [], []
    for label, rows in node_rows(graph).items():
        path = out_dir / f"nodes_{label}.csv"
        props = _columns(row.props for row in rows)
        props.pop("id", None)
        header = [f"id:ID({label})", ":LABEL"] + [_typed(name, kind) for name, kind in props.items()]
        body = [[row.id, label] + [_csv_value(row.props.get(name)) for name in props] for row in rows]
        _write_csv(path, header, body)
        node_files.append(path.name)
        written.append(path)
    for rel, rows in edge_rows(graph).items():
        path = out_dir / f"relationships_{rel}.csv"
        props = _columns(row.props for row in rows)
        first: EdgeRow = rows[0]
        header = [f":START_ID({first.start_label})", f":END_ID({first.end_label})", ":TYPE"] + [_typed(n, k) for n, k in props.items()]
        body = [[row.start_id, row.end_id, rel] + [_csv_value(row.props.get(name)) for name in props] for row in rows]
        _write_csv(path, header, body)
        rel_files.append(path.name)
        written.append(path)
    command = out_dir / "import.sh"
    args = [f"  --nodes={name}" for name in node_files] + [f"  --relationships={name}" for name in rel_files]
    command.write_text(
        "#!/bin/sh\n# Run from this folder into an empty, stopped database (neo4j-admin 5).\n"
        f"neo4j-admin database import full --array-delimiter='{ARRAY_DELIMITER}' --overwrite-destination \\\n"
        + " \\\n".join(args) + " \\\n  neo4j\n",
        encoding="utf-8",
    )
    written.append(command)
    return written


def _columns(props: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Each property's neo4j-admin type, from all its values: a column holding mixed kinds is text."""
    kinds: dict[str, set[str]] = {}
    for row in props:
        for name, value in row.items():
            kinds.setdefault(name, set()).add(_kind(value))
    return {name: found.pop() if len(found) == 1 else ("string[]" if all(k.endswith("[]") for k in found) else "string")
            for name, found in kinds.items()}


def _kind(value: Any) -> str:
    if isinstance(value, list):
        inner = {_kind(v) for v in value}
        return (inner.pop() if len(inner) == 1 else "string") + "[]"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _typed(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_csv_value(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


# -- Popolo ---------------------------------------------------------------------------------
def popolo(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Organizations (agencies and leading groups), persons and memberships, in Popolo's names;
    every membership names the document and the source line that say so."""
    nodes = node_rows(graph)
    edges = edge_rows(graph)
    organizations = [
        _drop_none({"id": row.id, "name": row.props.get("name"), "classification": row.props.get("level"),
                    "other_names": [{"name": n} for n in row.props.get("aliases", []) if n != row.props.get("name")],
                    "area_id": row.props.get("jurisdiction"), "sources": _sources(row.props)})
        for row in nodes.get("Organization", [])
    ]
    parents = {row.start_id: row.end_id for row in edges.get("SUB_GROUP_OF", [])}
    organizations += [
        _drop_none({"id": row.id, "name": row.props.get("name"), "classification": row.props.get("kind"),
                    "area_id": row.props.get("jurisdiction"), "parent_id": parents.get(row.id),
                    "dissolution_date": row.props.get("abolished"), "sources": _sources(row.props)})
        for row in nodes.get("LeadingGroup", [])
    ]
    persons = [
        _drop_none({"id": row.id, "name": row.props.get("name"), "sources": _sources(row.props)})
        for row in nodes.get("Person", [])
    ]
    view = GraphView(graph)

    def end_date(row: EdgeRow, unit: bool) -> str | None:
        member, group = node_key(row.start_label, row.start_id), node_key(row.end_label, row.end_id)
        return membership_until(view, member, group, row.props, unit=unit)

    memberships = [
        _drop_none({"id": row.key, "person_id": row.start_id, "organization_id": row.end_id, "role": row.props.get("role"),
                    "label": row.props.get("position"), "start_date": row.props.get("date"), "end_date": end_date(row, unit=False),
                    "sources": _sources(row.props)})
        for row in edges.get("MEMBER_OF", [])
    ]
    memberships += [
        _drop_none({"id": row.key, "member": {"@type": "Organization", "id": row.start_id}, "organization_id": row.end_id,
                    "role": "成员单位", "start_date": row.props.get("date"), "end_date": end_date(row, unit=True),
                    "sources": _sources(row.props)})
        for row in edges.get("MEMBER_UNIT_OF", [])
    ]
    memberships += [
        _drop_none({"id": row.key, "person_id": row.start_id, "organization_id": row.end_id, "role": row.props.get("title"),
                    "label": row.props.get("position"), "sources": _sources(row.props)})
        for row in edges.get("HOLDS_POST", [])
    ]
    return {"organizations": organizations, "persons": persons, "memberships": memberships}


def _sources(props: dict[str, Any]) -> list[dict[str, Any]]:
    note = f"{props.get('source')}:{props.get('line')}" if props.get("source") else None
    document = props.get("document")
    return [_drop_none({"url": props.get("source"), "note": note, "document": document, "quote": props.get("evidence")})] if note else []


def _drop_none(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if v is not None and v != []}


def write_popolo(graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    path = out_dir / "popolo.json"
    path.write_text(json.dumps(popolo(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]


def export(graph: nx.MultiDiGraph, fmt: str, out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writers = {"graphml": write_graphml, "neo4j-csv": write_neo4j_csv, "popolo": write_popolo}
    return writers[fmt](graph, out)
