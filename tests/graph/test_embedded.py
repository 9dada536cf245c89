import pytest

from policykg.errors import UsageError
from policykg.graph.embedded import load_graph, save_graph
from tests.graph.test_build import _result
from policykg.graph.build import build_graph


def test_saved_graph_loads_back_with_same_nodes_and_edges(tmp_path):
    graph = build_graph([_result()])
    save_graph(graph, tmp_path)
    loaded = load_graph(tmp_path)
    assert set(loaded.nodes) == set(graph.nodes)
    assert sorted(k for *_, k in loaded.edges(keys=True)) == sorted(k for *_, k in graph.edges(keys=True))


def test_missing_graph_names_the_directory_and_the_fix(tmp_path):
    with pytest.raises(UsageError, match="policykg build"):
        load_graph(tmp_path)


def test_corrupt_graph_file_is_reported_not_raised_as_traceback(tmp_path):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UsageError, match="not a policykg graph"):
        load_graph(tmp_path)


def test_round_trip_keeps_node_id_and_edge_source_attributes(tmp_path):
    graph = build_graph([_result()])
    save_graph(graph, tmp_path)
    loaded = load_graph(tmp_path)
    for key, data in graph.nodes(data=True):
        assert loaded.nodes[key]["id"] == data["id"]
    for u, v, k, data in graph.edges(keys=True, data=True):
        assert loaded.edges[u, v, k]["source"] == data["source"]
