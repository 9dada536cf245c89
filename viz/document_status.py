"""A document's status for the index: graph/status.py's ``status_of`` once it exists.

Until then (it is being written alongside this module) the index says whether the document
was read or only referenced, and says so in a note above the table.
"""

from __future__ import annotations

import networkx as nx

try:
    from policykg.graph.status import status_of
except ImportError:  # graph/status.py not in this checkout yet
    status_of = None

STATUS_NOTE = "" if status_of else "Status (in force, amended, repealed …) is not computed yet: this column only says whether the document was read or only referenced by others."


def document_status(graph: nx.MultiDiGraph, key: str) -> str:
    if status_of is not None:
        return str(status_of(graph, key))
    return "referenced only" if graph.nodes[key].get("stub") else "read"
