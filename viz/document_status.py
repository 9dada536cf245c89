"""What the index says about a document's status: the state the build recorded on its date."""

from __future__ import annotations

import networkx as nx

STATE_WORDS = {
    "in_force": "in force",
    "amended": "in force, amended",
    "extended": "in force, validity extended",
    "expired": "expired",
    "repealed": "repealed",
    "replaced": "replaced",
    "not_yet_in_force": "not yet in force",
    "unknown": "unknown",
}

STATUS_NOTE = "Status as of the build date; `policykg status DOC --as-of DATE` gives it for any date with its evidence chain."


def document_status(graph: nx.MultiDiGraph, key: str) -> str:
    data = graph.nodes[key]
    words = STATE_WORDS.get(data.get("status") or "", data.get("status") or "")
    if data.get("stub"):
        words = f"{words} (referenced only)" if words else "referenced only"
    if data.get("status_by"):
        words += f" by {data['status_by']}"
    if data.get("status_since"):
        words += f" since {data['status_since']}"
    return words
