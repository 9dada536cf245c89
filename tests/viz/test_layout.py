from __future__ import annotations

import math

import networkx as nx

from policykg.viz.layout import HUB_LIMIT, ego_layout, force_layout, pack_rows


def test_pack_rows_never_overlaps_spans_in_one_row() -> None:
    spans = [(0, 10), (5, 15), (11, 20), (12, 30), (16, 18)]
    rows = pack_rows(spans)
    assert rows == [0, 1, 0, 2, 1]


def test_pack_rows_keeps_all_rows_of_a_tall_block_free() -> None:
    # Row 0 is free at 5 but row 1 is not, so the two-row block must start at row 2.
    rows = pack_rows([(0, 3), (0, 10), (5, 20)], heights=[1, 1, 2])
    assert rows == [0, 1, 2]


def test_force_layout_is_deterministic_and_spreads_nodes() -> None:
    g = nx.path_graph([f"n{i}" for i in range(30)])
    first, second = force_layout(g), force_layout(g)
    assert first == second
    points = list(first.values())
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert closest > 10


def test_force_layout_places_every_node_of_a_component_beyond_the_hub_limit() -> None:
    g = nx.Graph()
    for hub in range(40):
        for leaf in range(HUB_LIMIT // 10):
            g.add_edge(f"hub{hub}", f"leaf{hub}-{leaf}")
        g.add_edge(f"hub{hub}", f"hub{(hub + 1) % 40}")
    positions = force_layout(g)
    assert len(g) > HUB_LIMIT and set(positions) == set(g)
    assert len({(round(x), round(y)) for x, y in positions.values()}) == len(g)


def test_separate_components_do_not_overlap() -> None:
    g = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(5))
    g = nx.relabel_nodes(g, str)
    positions = force_layout(g)
    def box(keys: range) -> tuple[float, float, float, float]:
        xs, ys = [positions[str(k)][0] for k in keys], [positions[str(k)][1] for k in keys]
        return min(xs), min(ys), max(xs), max(ys)

    a, b = box(range(5)), box(range(5, 10))
    assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_ego_layout_centres_the_entity_and_rings_its_neighbours() -> None:
    positions = ego_layout("c", [["a", "b"], ["x"], []])
    assert positions["c"] == (0.0, 0.0)
    assert {"a", "b", "x"} <= set(positions)
    assert all(math.dist(p, (0, 0)) > 100 for k, p in positions.items() if k != "c")
