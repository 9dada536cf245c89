"""Faults during loads into a real Neo4j: the server killed in the middle, loads at the same time.

A load that loses its server says so in one line naming the URI, and running it again converges
to exactly the graph a load into a fresh database gives (node and relationship counts and a hash
of every label, type, end and property). Two loads at the same time leave what loading one after
the other leaves. Loading the same graph twice is pinned in test_neo4j_store.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j import Driver, GraphDatabase

from policykg.cli import main
from policykg.graph import neo4j_server as server
from policykg.graph.embedded import load_graph
from policykg.graph.neo4j_store import load_graph_into
from tests.bad_inputs import ROSTER, gazette

pytestmark = pytest.mark.neo4j


def fingerprint(driver: Driver, unordered: tuple[str, ...] = (), ignored: tuple[str, ...] = ()) -> tuple[int, int, str]:
    """Node and relationship counts and a hash of all of both; lists named in ``unordered`` count
    as sets, properties named in ``ignored`` not at all. Read with plain Cypher, so that anything
    the model does not know counts too."""

    def canonical(props: dict) -> dict:
        return {k: sorted(v) if k in unordered else v for k, v in props.items() if k not in ignored}

    with driver.session() as session:
        nodes = sorted(json.dumps([r["labels"], canonical(r["props"])], sort_keys=True, ensure_ascii=False, default=str)
                       for r in session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"))
        edges = sorted(json.dumps([r["type"], r["start"], r["end"], canonical(r["props"])], sort_keys=True, ensure_ascii=False, default=str)
                       for r in session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"))
    digest = hashlib.sha256("\n".join([*nodes, "--", *edges]).encode("utf-8")).hexdigest()
    return len(nodes), len(edges), digest


def wipe(driver: Driver) -> None:
    """Data only: the schema the first load made stays, as it would on a server in use."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def at_once(*loads: Callable[[], object]) -> None:
    """Run the loads in threads started together; re-raise the first failure."""
    failures: list[BaseException] = []
    start = threading.Barrier(len(loads))

    def run(load: Callable[[], object]) -> None:
        start.wait()
        try:
            load()
        except BaseException as exc:  # noqa: BLE001  (handed to the test thread)
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(load,)) for load in loads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


def build(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(main, ["build", *(str(folder / name) for name in texts), "-o", str(out), "--no-views"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def gazette_build(tmp_path_factory) -> Path:
    """A fictional 示例市 gazette of 120 notices and a leading-group roster: some 500 rows to load."""
    return build(tmp_path_factory.mktemp("gazette"), {"shili_2024_05.txt": gazette(120), "shili_groups.txt": ROSTER})


def crash(info: server.ServerInfo) -> None:
    """SIGKILL the server: a crash, not a shutdown."""
    os.killpg(info.pid, signal.SIGKILL)
    try:
        os.waitpid(info.pid, 0)  # our child: reaped, or it would still look alive to start()
    except ChildProcessError:
        pass


def crash_once_loading(info: server.ServerInfo, killed: threading.Event, timeout: float = 120) -> None:
    """Crash the server as soon as the load has committed its first nodes."""
    deadline = time.monotonic() + timeout
    with GraphDatabase.driver(info.uri, auth=(info.user, info.password)) as watcher:
        while time.monotonic() < deadline:
            if watcher.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] > 0:
                break
            time.sleep(0.01)
    crash(info)
    killed.set()


def test_neo4j_killed_mid_load_is_one_error_line_and_a_rerun_converges_to_a_fresh_load(gazette_build, clean_neo4j, tmp_path):
    home = tmp_path / "neo4j"
    port = server.free_port()
    info = server.start(home, port=port)
    env = {"NEO4J_URI": info.uri, "NEO4J_USER": info.user, "NEO4J_PASSWORD": info.password}
    graph = load_graph(gazette_build)
    total = graph.number_of_nodes() + graph.number_of_edges()
    try:
        killed = threading.Event()
        killer = threading.Thread(target=crash_once_loading, args=(info, killed))
        killer.start()
        # One row per transaction keeps the load going long after its first commit.
        result = CliRunner().invoke(main, ["load", str(gazette_build), "--batch-size", "1", "--retry-for", "1"], env=env)
        killer.join()
        assert killed.is_set()
        assert result.exit_code == 1, result.output
        errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
        assert len(errors) == 1, result.output
        assert errors[0].startswith(f"Error: {info.uri}: connection lost (")
        assert f"of {total:,} nodes and relationships were confirmed before the load stopped: run `policykg load` again" in errors[0]
        assert "Traceback" not in result.output and "retried" not in result.output

        restarted = server.start(home, port=port)
        assert restarted.uri == info.uri
        with GraphDatabase.driver(info.uri, auth=(info.user, info.password)) as driver:
            partial = fingerprint(driver)
            assert 0 < partial[0] < graph.number_of_nodes()
            again = CliRunner().invoke(main, ["load", str(gazette_build)], env=env)
            assert again.exit_code == 0, again.output
            after_crash = fingerprint(driver)
    finally:
        # Its data is thrown away: a crash saves the ten seconds of a clean shutdown's checkpoint.
        running = server.status(home)
        if running:
            crash(running)
        server.stop(home)
    load_graph_into(clean_neo4j, graph)
    assert after_crash == fingerprint(clean_neo4j)
    assert after_crash[:2] == (graph.number_of_nodes(), graph.number_of_edges())


def test_two_loads_of_the_same_graph_at_once_leave_what_one_load_leaves(gazette_build, clean_neo4j):
    graph = load_graph(gazette_build)
    load_graph_into(clean_neo4j, graph)
    one = fingerprint(clean_neo4j)
    wipe(clean_neo4j)
    at_once(lambda: load_graph_into(clean_neo4j, graph, batch_size=7), lambda: load_graph_into(clean_neo4j, graph, batch_size=11))
    assert fingerprint(clean_neo4j) == one


def test_two_files_loaded_at_once_keep_each_files_claim_on_the_nodes_they_share(tmp_path, clean_neo4j):
    # The same text under three names: every node is claimed by all three files. The first is
    # loaded alone; the other two at once, a row per transaction, so that their writes interleave.
    # Which file's provenance (`source`) a shared node shows is whichever loaded last, by design.
    text = gazette(30)
    first, second, third = (load_graph(build(tmp_path / name, {f"{name}.txt": text})) for name in ("a", "b", "c"))
    load_graph_into(clean_neo4j, first)
    load_graph_into(clean_neo4j, second)
    load_graph_into(clean_neo4j, third)
    one_by_one = fingerprint(clean_neo4j, unordered=("sources",), ignored=("source",))
    wipe(clean_neo4j)
    load_graph_into(clean_neo4j, first)
    at_once(lambda: load_graph_into(clean_neo4j, second, batch_size=1), lambda: load_graph_into(clean_neo4j, third, batch_size=1))
    claims = {tuple(sorted(r["sources"])) for r in clean_neo4j.execute_query("MATCH (n) RETURN n.sources AS sources").records}
    assert claims == {("a.txt", "b.txt", "c.txt")}
    assert fingerprint(clean_neo4j, unordered=("sources",), ignored=("source",)) == one_by_one
