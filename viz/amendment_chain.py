"""Amendment chain: documents on a time axis (x = date), edges coloured by relation.

Each chain (documents joined by repeal, amendment, extension or replacement) gets its own band
of rows; chains whose dates do not overlap share a band. Citations are drawn but do not join
chains, since one much-cited regulation would otherwise merge every chain into one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import networkx as nx

from policykg.viz.layout import pack_rows
from policykg.viz.node_text import full_name
from policykg.viz.view_builder import ViewBuilder
from policykg.viz.view_model import AxisTick, Focus, Position, View, ViewNode

CHAIN_RELATIONS = ("REPEALS", "AMENDS", "EXTENDS_VALIDITY_OF", "REPLACES")
LIFECYCLE_RELATIONS = (*CHAIN_RELATIONS, "CITES")
PX_PER_DAY = 0.8  # a year is ~290px: a five-year chain fits a screen with labels legible
LABEL_WIDTH = 190.0  # a document number such as 咸政办发〔2021〕15号 at 14px
ROW_HEIGHT = 70.0
UNDATED_GAP = 700.0  # clear of the first year tick and its label
APPROXIMATE_NOTE = "\n(placed by year only: exact date unknown)"


def document_day(attrs: dict) -> tuple[dt.date | None, bool]:
    """The signing date, else 1 July of the year in its number or title (flagged approximate)."""
    date = str(attrs.get("date") or "")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        try:
            return dt.date.fromisoformat(date), False
        except ValueError:
            pass
    for text in (attrs.get("doc_number"), attrs.get("title"), attrs.get("id")):
        year = re.search(r"[〔\[(（](\d{4})[〕\])）]|(\d{4})年", str(text or ""))
        if year:
            return dt.date(int(year.group(1) or year.group(2)), 7, 1), True
    return None, False


def chains(graph: nx.MultiDiGraph, documents: list[str]) -> list[list[str]]:
    linked = nx.Graph()
    linked.add_nodes_from(documents)
    linked.add_edges_from((u, v) for u, v, d in graph.edges(data=True) if d.get("type") in CHAIN_RELATIONS)
    return [sorted(c) for c in nx.connected_components(linked)]


def time_axis_layout(graph: nx.MultiDiGraph, documents: list[str]) -> tuple[dict[str, Position], list[AxisTick], set[str]]:
    """Positions, axis ticks and the documents whose x is only a year."""
    days = {d: document_day(graph.nodes[d]) for d in documents}
    dated = [day for day, _ in days.values() if day]
    origin = min(dated) if dated else dt.date(2000, 1, 1)
    undated_x = -UNDATED_GAP
    x = {d: ((day - origin).days * PX_PER_DAY if day else undated_x) for d, (day, _) in days.items()}
    blocks = []
    for chain in chains(graph, documents):
        members = sorted(chain, key=lambda d: (x[d], d))
        rows = pack_rows([(x[d] - LABEL_WIDTH / 2, x[d] + LABEL_WIDTH / 2) for d in members])
        blocks.append((members, rows))
    blocks.sort(key=lambda b: (x[b[0][0]], b[0][0]))
    bands = pack_rows([(x[m[0]] - LABEL_WIDTH / 2, x[m[-1]] + LABEL_WIDTH / 2) for m, _ in blocks], [max(r) + 1 for _, r in blocks])
    positions = {}
    for (members, rows), band in zip(blocks, bands):
        for doc, row in zip(members, rows):
            positions[doc] = (x[doc], (band + row) * ROW_HEIGHT)
    ticks = [AxisTick((dt.date(year, 1, 1) - origin).days * PX_PER_DAY, str(year)) for year in range(origin.year, max(dated).year + 2)] if dated else []
    if any(day is None for day, _ in days.values()):
        ticks.append(AxisTick(undated_x, "日期不详 undated"))
    return positions, ticks, {d for d, (day, approx) in days.items() if day and approx}


def chain_focus(graph: nx.MultiDiGraph, chain: list[str], document: str) -> Focus:
    """The document's chain and the documents it cites or is cited by."""
    cited = [v for _, v, d in graph.out_edges(document, data=True) if d.get("type") == "CITES"]
    citing = [u for u, _, d in graph.in_edges(document, data=True) if d.get("type") == "CITES"]
    return Focus(full_name(graph.nodes[document]), tuple(dict.fromkeys([document, *chain, *sorted(cited), *sorted(citing)])))


def build_amendment_view(graph: nx.MultiDiGraph) -> View:
    builder = ViewBuilder(graph)
    for key in sorted(graph):
        if graph.nodes[key].get("label") == "Document":
            builder.add_node(key)
    for u, v, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("type", ""))):
        if d.get("type") in LIFECYCLE_RELATIONS:
            builder.add_graph_edge(u, v, d)
    documents = sorted(builder.node_documents)
    positions, ticks, approximate = time_axis_layout(graph, documents)
    foci = {doc: chain_focus(graph, chain, doc) for chain in chains(graph, documents) for doc in chain}
    nodes: list[ViewNode] = builder.view_nodes(positions)
    nodes = [replace(n, tooltip=n.tooltip + APPROXIMATE_NOTE) if n.key in approximate else n for n in nodes]
    return View(
        "amendments", "修改废止 Amendment chains",
        "Documents along a time axis (x = signing date); arrows point from the acting document to the one it repeals, amends, extends, replaces or cites.",
        nodes, builder.edges, builder.document_names(), foci, ticks, curved_edges=True,
    )
