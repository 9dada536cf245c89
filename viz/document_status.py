"""What the index says about a document's status.

graph/status.py's ``status_of(records, doc_key, as_of)`` decides in force / amended / repealed …
from extraction records, while ``write_site`` receives only the graph. Until a graph-side
``LifecycleIndex`` exists, the index shows the signing date (its own column) and whether the
document was read or only referenced by others, and says so above the table.
"""

from __future__ import annotations

import networkx as nx

STATUS_NOTE = (
    "Status here only says whether the document was read or is only referenced by others; "
    "in force / amended / repealed needs graph/status.py's status_of, which reads extraction records, not the graph."
)


def document_status(graph: nx.MultiDiGraph, key: str) -> str:
    return "referenced only" if graph.nodes[key].get("stub") else "read"
