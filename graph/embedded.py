"""The embedded store: the graph kept in networkx and persisted as ``OUT/graph.json``."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from policykg.errors import UsageError

GRAPH_FILE = "graph.json"
# Node attributes "id" and edge provenance "source" are ours: node-link bookkeeping goes elsewhere.
_LINK_FIELDS = {"edges": "edges", "source": "_from", "target": "_to", "name": "_key", "key": "_edge_key"}


def save_graph(graph: nx.MultiDiGraph, out_dir: str | Path) -> Path:
    """Write atomically: a crash mid-write leaves the previous graph.json intact."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = nx.node_link_data(graph, **_LINK_FIELDS)
    target = out / GRAPH_FILE
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".graph.", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
    os.replace(tmp, target)
    return target


def load_graph(out_dir: str | Path) -> nx.MultiDiGraph:
    path = Path(out_dir)
    if path.is_dir():
        path = path / GRAPH_FILE
    if not path.exists():
        raise UsageError(f"{path}: no graph here; run `policykg build PATHS -o {path.parent}` first")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return nx.node_link_graph(data, directed=True, multigraph=True, **_LINK_FIELDS)
    except (ValueError, KeyError) as exc:
        raise UsageError(f"{path}: not a policykg graph ({exc})") from None
