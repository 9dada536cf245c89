from __future__ import annotations

import pytest

from policykg.errors import UsageError
from policykg.viz.registry import build_view, resolve_node


def test_nodes_resolve_by_key_id_name_or_number(graph) -> None:
    key = "Document:示政发〔2020〕2号"
    assert resolve_node(graph, "Document", key) == key
    assert resolve_node(graph, "Document", "示政发〔2020〕2号") == key
    assert resolve_node(graph, "Organization", "县示例第1局") == "Organization:示例县|示例第1局"


def test_unknown_name_suggests_close_keys(graph) -> None:
    with pytest.raises(UsageError, match="did you mean"):
        resolve_node(graph, "Organization", "示例第1")


def test_ambiguous_name_lists_the_candidates(graph) -> None:
    graph.add_node("Organization:其他|县示例第1局", label="Organization", id="其他|县示例第1局", name="县示例第1局")
    with pytest.raises(UsageError, match="names 2 Organization nodes"):
        resolve_node(graph, "Organization", "县示例第1局")


def test_param_narrows_a_view_with_foci_to_that_focus(graph) -> None:
    view = build_view(graph, "groups", {"person": "示例人0"})
    assert view.selected == "Person:示例市|示例人0"
    assert {n.key for n in view.nodes} == set(build_view(graph, "groups", {}).foci["Person:示例市|示例人0"].nodes)


def test_param_selects_the_node_in_a_view_without_foci(graph) -> None:
    view = build_view(graph, "responsibility", {"agency": "县示例第1局"})
    assert view.selected == "Organization:示例县|示例第1局"
    assert len(view.nodes) == len(build_view(graph, "responsibility", {}).nodes)


def test_param_the_view_does_not_take_is_refused(graph) -> None:
    with pytest.raises(UsageError, match="takes at most one of: document="):
        build_view(graph, "amendments", {"agency": "x"})
