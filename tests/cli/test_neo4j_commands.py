"""`policykg load`, `query --neo4j` and `neo4j status` against the session's real Neo4j server."""

import json

import pytest
from click.testing import CliRunner

from policykg.cli import main
from policykg.graph import neo4j_server


@pytest.fixture(scope="module")
def example_build(tmp_path_factory, example_corpus):
    out = tmp_path_factory.mktemp("example-build")
    result = CliRunner().invoke(main, ["build", str(example_corpus), "-o", str(out), "--no-views"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.neo4j
def test_load_puts_the_example_build_in_neo4j_and_it_reads_back_over_bolt(example_build, neo4j_env, clean_neo4j):
    result = CliRunner().invoke(main, ["load", str(example_build)])
    assert result.exit_code == 0, result.output
    graph = json.loads((example_build / "graph.json").read_text(encoding="utf-8"))
    numbers = {n["doc_number"] for n in graph["nodes"] if n.get("label") == "Document" and not n.get("stub") and n.get("doc_number")}
    stored = {r["number"] for r in clean_neo4j.execute_query("MATCH (d:Document) WHERE NOT d.stub RETURN d.doc_number AS number").records}
    assert numbers and numbers <= stored
    nodes = clean_neo4j.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    assert nodes == len(graph["nodes"])
    again = CliRunner().invoke(main, ["load", str(example_build)])
    assert again.exit_code == 0
    assert clean_neo4j.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == nodes


@pytest.mark.neo4j
def test_query_on_neo4j_gives_the_rows_of_the_embedded_graph(example_build, neo4j_env, clean_neo4j):
    assert CliRunner().invoke(main, ["load", str(example_build)]).exit_code == 0
    args = ["query", "documents_in_force", "--param", "date=2024-06-30", "--format", "json"]
    on_neo4j = CliRunner().invoke(main, args)
    embedded = CliRunner().invoke(main, [*args, "--graph", str(example_build)])
    assert on_neo4j.exit_code == 0, on_neo4j.output
    assert json.loads(on_neo4j.output) == json.loads(embedded.output)
    assert json.loads(embedded.output)


@pytest.mark.neo4j
def test_wrong_password_is_one_line_naming_the_uri(example_build, neo4j_env, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    result = CliRunner().invoke(main, ["load", str(example_build)])
    assert result.exit_code == 1
    assert f"{neo4j_env.uri}: authentication failed" in result.output
    assert "Traceback" not in result.output


def test_unreachable_server_is_one_line_naming_the_uri(example_build, monkeypatch):
    uri = f"bolt://127.0.0.1:{neo4j_server.free_port()}"
    result = CliRunner().invoke(main, ["load", str(example_build), "--neo4j", uri])
    assert result.exit_code == 1
    assert f"Error: {uri}: server unreachable" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_status_of_a_home_with_no_server_says_not_running(tmp_path):
    result = CliRunner().invoke(main, ["neo4j", "status", "--home", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip() == "not running"
