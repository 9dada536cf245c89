"""Loading into a real Neo4j: schema first, idempotent, incremental per file, convergent after a crash."""

from __future__ import annotations

import networkx as nx
import pytest

from policykg.errors import UsageError
from policykg.graph.graph_rows import edge_rows, identifier, node_rows
from policykg.graph.model import load_model
from policykg.graph.neo4j_store import count_graph, load_graph_into, merge_edges_statement, merge_nodes_statement, read_graph
from tests.graph.synthetic_graph import synthetic_graph


def stored_view(graph: nx.MultiDiGraph) -> tuple[dict, set]:
    """What Neo4j should hold for ``graph``: nodes with storable props, edges by key with their ends."""
    nodes = {row.key: {"label": row.label, **row.props} for rows in node_rows(graph).values() for row in rows}
    edges = {(row.type, row.key, row.start_id, row.end_id, tuple(sorted((k, str(v)) for k, v in row.props.items())))
             for rows in edge_rows(graph).values() for row in rows}
    return nodes, edges


def test_merge_statements_hold_model_names_and_take_values_only_as_parameters():
    statement = merge_nodes_statement("Document")
    assert statement.startswith("UNWIND $rows AS row MERGE (n:Document {id: row.id})")
    assert "(a:Person {id: row.start})" in merge_edges_statement("MEMBER_OF")
    assert "示例" not in statement
    with pytest.raises(UsageError):
        merge_nodes_statement("Document) DETACH DELETE (n")
    with pytest.raises(UsageError):
        identifier("Agency", load_model().nodes)


def test_edge_between_labels_the_model_does_not_allow_is_refused():
    graph = synthetic_graph("2023")
    graph.add_edge("Person:示例市|张三", "Document:示政发〔2023〕1号", key="bad", type="MEMBER_OF")
    with pytest.raises(UsageError, match="MEMBER_OF runs from Person to LeadingGroup"):
        edge_rows(graph)


@pytest.mark.neo4j
def test_load_creates_a_unique_id_constraint_per_label_and_the_model_indexes(neo4j_driver, clean_neo4j):
    load_graph_into(neo4j_driver, synthetic_graph())
    with neo4j_driver.session() as session:
        constraints = {(r["labelsOrTypes"][0], r["properties"][0]) for r in session.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS'")}
        indexes = {(r["labelsOrTypes"][0], r["properties"][0]) for r in session.run("SHOW INDEXES YIELD labelsOrTypes, properties WHERE labelsOrTypes IS NOT NULL")}
    model = load_model()
    assert constraints == {(label, "id") for label in model.nodes}
    assert {(label, prop) for label, node in model.nodes.items() for prop in node.indexes} <= indexes
    assert ("MEMBER_OF", "source") in indexes


@pytest.mark.neo4j
def test_loaded_graph_reads_back_with_every_node_edge_and_stored_value(neo4j_driver, clean_neo4j):
    graph = synthetic_graph()
    report = load_graph_into(neo4j_driver, graph, batch_size=7)
    assert report.counts.total() == (graph.number_of_nodes(), graph.number_of_edges())
    assert stored_view(read_graph(neo4j_driver)) == stored_view(graph)


@pytest.mark.neo4j
def test_loading_the_same_graph_twice_changes_no_count_and_no_value(neo4j_driver, clean_neo4j):
    graph = synthetic_graph()
    first = load_graph_into(neo4j_driver, graph)
    before = stored_view(read_graph(neo4j_driver))
    second = load_graph_into(neo4j_driver, graph, batch_size=5)
    assert second.counts == first.counts
    assert (second.stale_edges_removed, second.orphan_nodes_removed) == (0, 0)
    assert stored_view(read_graph(neo4j_driver)) == before


@pytest.mark.neo4j
def test_a_new_gazette_adds_its_facts_and_leaves_the_loaded_ones_as_they_were(neo4j_driver, clean_neo4j):
    load_graph_into(neo4j_driver, synthetic_graph("2023"))
    first_nodes, first_edges = stored_view(read_graph(neo4j_driver))
    load_graph_into(neo4j_driver, synthetic_graph("2024"))
    nodes, edges = stored_view(read_graph(neo4j_driver))
    assert first_edges < edges
    old_document = nodes["Document:示政规〔2019〕2号"]
    before = first_nodes["Document:示政规〔2019〕2号"]
    assert {k: v for k, v in old_document.items() if k != "sources"} == {k: v for k, v in before.items() if k != "sources"}
    assert old_document["sources"] == ["shili_2023.txt", "shili_2024.txt"]  # the 2024 stub adds its claim only
    assert not old_document["stub"] and old_document["title"] == "示例市旧管理办法"
    assert nodes["Organization:示例市|市发改委"]["sources"] == ["shili_2023.txt", "shili_2024.txt"]
    _, full_edges = stored_view(synthetic_graph())
    assert edges == full_edges


@pytest.mark.neo4j
def test_reloading_a_changed_file_replaces_its_facts_and_keeps_other_files(neo4j_driver, clean_neo4j):
    load_graph_into(neo4j_driver, synthetic_graph())
    report = load_graph_into(neo4j_driver, synthetic_graph("2023", "2024_revised"))
    assert report.stale_edges_removed == 4  # a citation, the dropped task's HAS_TASK, LEADS and SUPPORTS; nothing of 2023
    assert report.orphan_nodes_removed == 1  # the dropped task
    assert stored_view(read_graph(neo4j_driver)) == stored_view(synthetic_graph("2023", "2024_revised"))


@pytest.mark.neo4j
def test_reloading_one_changed_file_alone_leaves_the_other_files_facts(neo4j_driver, clean_neo4j):
    load_graph_into(neo4j_driver, synthetic_graph())
    load_graph_into(neo4j_driver, synthetic_graph("2024_revised"))
    _, edges = stored_view(read_graph(neo4j_driver))
    _, expected = stored_view(synthetic_graph("2023", "2024_revised"))
    assert edges == expected


@pytest.mark.neo4j
def test_a_load_killed_midway_converges_when_run_again(neo4j_driver, clean_neo4j):
    graph = synthetic_graph()
    sent = []

    def crash_after_three_batches(n: int) -> None:
        sent.append(n)
        if len(sent) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load_graph_into(neo4j_driver, graph, batch_size=4, progress=crash_after_three_batches)
    partial = count_graph(neo4j_driver).total()
    assert 0 < partial[0] < graph.number_of_nodes()
    load_graph_into(neo4j_driver, graph, batch_size=4)
    assert stored_view(read_graph(neo4j_driver)) == stored_view(graph)
