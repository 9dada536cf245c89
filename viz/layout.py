"""Node positions computed in Python, so a page opens with physics off and nothing moves.

``force_layout`` is networkx's seeded spring layout per connected component. Components bigger
than ``HUB_LIMIT`` lay out only their best-connected nodes by force and seat every other node
next to its placed neighbours: networkx's spring layout needs scipy above 500 nodes and is
quadratic in any case, while a responsibility map is mostly tasks hanging off a few hundred
agencies, for which this placement is what the force layout would converge to anyway.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Sequence
from itertools import combinations

import networkx as nx

from policykg.viz.view_model import Position

SPACING = 110.0  # canvas pixels per node at zoom 1: room for a 16-character CJK label
HUB_LIMIT = 300
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
SEED = 7


def force_layout(graph: nx.Graph, seed: int = SEED, spacing: float = SPACING) -> dict[str, Position]:
    """Seeded, deterministic positions for an undirected graph whose edges may carry ``weight``."""
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    placed = [_component_layout(graph.subgraph(sorted(c)), seed, spacing) for c in components]
    return pack_components(placed, spacing)


def _component_layout(sub: nx.Graph, seed: int, spacing: float) -> dict[str, Position]:
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    radius = spacing * math.sqrt(n) * 0.6
    if n <= HUB_LIMIT:
        return _scaled(nx.spring_layout(sub, seed=seed, weight="weight"), radius)
    hubs = sorted(sub, key=lambda v: (-sub.degree(v), v))[:HUB_LIMIT]
    positions = _scaled(nx.spring_layout(_hub_graph(sub, set(hubs)), seed=seed, weight="weight"), radius)
    return _seat_satellites(sub, positions, spacing)


def _hub_graph(sub: nx.Graph, hubs: set[str]) -> nx.Graph:
    """Hubs joined directly or through a shared neighbour, so that the force layout sees both."""
    hub_graph = nx.Graph()
    hub_graph.add_nodes_from(sorted(hubs))
    for u, v in sub.edges():
        if u in hubs and v in hubs:
            _bump(hub_graph, u, v, 1.0)
    for node in sub:
        if node not in hubs:
            linked = sorted(n for n in sub[node] if n in hubs)
            # A node tied to dozens of hubs would add a clique; a chain keeps them together as well.
            pairs = combinations(linked, 2) if len(linked) <= 8 else zip(linked, linked[1:])
            for u, v in pairs:
                _bump(hub_graph, u, v, 0.5)
    return hub_graph


def _bump(graph: nx.Graph, u: str, v: str, amount: float) -> None:
    weight = graph.edges[u, v]["weight"] if graph.has_edge(u, v) else 0.0
    graph.add_edge(u, v, weight=weight + amount)


def _seat_satellites(sub: nx.Graph, positions: dict[str, Position], spacing: float) -> dict[str, Position]:
    """Place nodes in breadth-first order from the hubs, each on a spiral round its placed neighbours' centre."""
    taken: dict[tuple[int, int], int] = defaultdict(int)
    order = [v for layer in nx.bfs_layers(sub, list(positions)) for v in sorted(layer)]
    for node in order:
        if node in positions:
            continue
        anchors = [positions[n] for n in sub[node] if n in positions]
        cx = sum(p[0] for p in anchors) / len(anchors)
        cy = sum(p[1] for p in anchors) / len(anchors)
        cell = (round(cx / spacing), round(cy / spacing))
        i = taken[cell]
        taken[cell] += 1
        r = spacing * 0.55 * math.sqrt(i + 1)
        positions[node] = (cx + r * math.cos(i * GOLDEN_ANGLE), cy + r * math.sin(i * GOLDEN_ANGLE))
    return positions


def _scaled(raw: dict[Hashable, Sequence[float]], radius: float) -> dict[str, Position]:
    return {str(k): (float(v[0]) * radius, float(v[1]) * radius) for k, v in raw.items()}


def pack_components(parts: list[dict[str, Position]], spacing: float) -> dict[str, Position]:
    """Shelf-pack component layouts left to right in rows about as wide as the whole is tall."""
    boxes = [_bounds(p) for p in parts]
    area = sum((b[2] - b[0] + spacing) * (b[3] - b[1] + spacing) for b in boxes)
    row_width = max([math.sqrt(area) * 1.3] + [b[2] - b[0] + spacing for b in boxes])
    out: dict[str, Position] = {}
    x = y = row_height = 0.0
    for part, (x0, y0, x1, y1) in zip(parts, boxes):
        width, height = x1 - x0 + spacing, y1 - y0 + spacing
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for key, (px, py) in part.items():
            out[key] = (px - x0 + x, py - y0 + y)
        x += width
        row_height = max(row_height, height)
    return out


def _bounds(part: dict[str, Position]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in part.values()]
    ys = [p[1] for p in part.values()]
    return min(xs), min(ys), max(xs), max(ys)


def pack_rows(spans: Sequence[tuple[float, float]], heights: Sequence[int] | None = None) -> list[int]:
    """First fit: each span (sorted by start) goes to the lowest row from which ``height`` rows
    are all free at its start; returns the first row of each."""
    row_ends: list[float] = []
    rows = []
    for index, (start, end) in enumerate(spans):
        height = heights[index] if heights else 1
        row = 0
        while any(last >= start for last in row_ends[row:row + height]):
            row += 1
        row_ends.extend([-math.inf] * (row + height - len(row_ends)))
        row_ends[row:row + height] = [end] * height
        rows.append(row)
    return rows


def ego_layout(center: str, sectors: Sequence[Sequence[str]], spacing: float = SPACING) -> dict[str, Position]:
    """The centre node at the origin, each sector of neighbours on its own arc around it.

    Arcs get angle in proportion to their size and a radius large enough to keep neighbours
    ``spacing`` apart, so a big sector (an agency's 80 tasks) never crowds a small one (its
    predecessor).
    """
    positions: dict[str, Position] = {center: (0.0, 0.0)}
    counts = [max(len(s), 1) for s in sectors]
    total = sum(counts)
    angle = -math.pi / 2
    for sector, count in zip(sectors, counts):
        span = 2 * math.pi * count / total
        members = [m for m in sector if m not in positions]
        if members:
            radius = max(spacing * 2.2, spacing * len(members) / max(span, 0.3))
            step = span / len(members)
            for i, member in enumerate(members):
                theta = angle + step * (i + 0.5)
                positions[member] = (radius * math.cos(theta), radius * math.sin(theta))
        angle += span
    return positions
