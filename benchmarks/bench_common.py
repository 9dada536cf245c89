"""What the Neo4j benchmarks share: the corpus graph scaled up with distinct ids, an emptied database
before every measurement, and a note of the conditions the figures were taken under.

Scaling: copy ``c`` of the corpus gets ``~c`` appended to every identifier and to every property that
refers to one (node ids, source files, the gazette issue, the ``document`` a task or an edge names)
and to ``jurisdiction``. The copies are disjoint graphs: a 100× corpus reads as a hundred
jurisdictions' gazettes of the same shape as ours, so a lookup of one entity, or a listing scoped to
one jurisdiction, has the same answer at every size and only the database around it grows.
"""

from __future__ import annotations

import logging
import os
import platform
import subprocess
import time
from pathlib import Path
from typing import Any

import networkx as nx
from neo4j import Driver

from policykg.graph.neo4j_store import ensure_schema

# Properties (on nodes and edges) that hold an identifier or the jurisdiction: renamed per copy.
REFERENCES = ("source", "gazette_issue", "document", "jurisdiction")

# The driver logs every server notification (deprecations, cartesian products) as a warning.
logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)


def suffix(value: str, copy: int) -> str:
    return f"{value}~{copy}"


def scale_graph(graph: nx.MultiDiGraph, factor: int) -> nx.MultiDiGraph:
    """``factor`` disjoint copies of ``graph`` (copy 0 included: the 1× graph has ``~0`` ids too)."""
    scaled = nx.MultiDiGraph(**graph.graph)
    for copy in range(factor):
        for key, data in graph.nodes(data=True):
            ident = data.get("id") or key.removeprefix(f"{data['label']}:")
            props = _renamed(data, copy)
            props["id"] = suffix(ident, copy)
            props["sources"] = [suffix(s, copy) for s in data.get("sources", [])]
            scaled.add_node(suffix(key, copy), **props)
        for u, v, key, data in graph.edges(keys=True, data=True):
            scaled.add_edge(suffix(u, copy), suffix(v, copy), key=suffix(key, copy), **_renamed(data, copy))
    return scaled


def _renamed(data: dict[str, Any], copy: int) -> dict[str, Any]:
    return {**data, **{name: suffix(data[name], copy) for name in REFERENCES if isinstance(data.get(name), str)}}


def graph_rows(graph: nx.MultiDiGraph) -> int:
    return graph.number_of_nodes() + graph.number_of_edges()


def empty_database(driver: Driver, schema: bool = True) -> None:
    """Every node and relationship removed, in batches; the model's constraints and indexes kept (or,
    when ``schema`` is false, dropped too, to leave the server as it was found).

    Community edition cannot drop and recreate a database, so this is the closest to a fresh one. The
    schema is kept between measurements because dropping and recreating it empties the server's query
    plan cache: every measurement would then include planning each statement again, a fixed cost of a
    second or two that warm-up is meant to take out of the comparison."""
    with driver.session() as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()
        left = session.run("MATCH (n) RETURN count(n) AS n").single(strict=True)["n"]
        assert left == 0, f"{left} nodes left after emptying the database"
        if not schema:
            for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
                session.run(f"DROP CONSTRAINT `{record['name']}`").consume()
            for record in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")):
                session.run(f"DROP INDEX `{record['name']}`").consume()
    if schema:
        ensure_schema(driver)


def start_fresh(driver: Driver) -> None:
    """Before a benchmark: no data and exactly the model's schema (whatever an earlier run left)."""
    empty_database(driver, schema=False)
    ensure_schema(driver)


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def conditions(driver: Driver) -> dict[str, Any]:
    """Machine and server the figures were taken on; the machine was shared with other work."""
    with driver.session() as session:
        version = session.run("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e").single(strict=True)
        settings = {r["name"]: r["value"] for r in session.run(
            "SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.heap.max_size', 'server.memory.pagecache.size'] "
            "RETURN name, value")}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=Path(__file__).parent,
                            capture_output=True, text=True, check=False).stdout.strip()
    return {
        "commit": commit or None,
        "neo4j": f"{version['v']} {version['e']}",
        "neo4j_heap": settings.get("server.memory.heap.max_size"),
        "neo4j_page_cache": settings.get("server.memory.pagecache.size"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "driver_packstream": _packstream(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "shared_machine": "other work (tests, another Neo4j) ran on the same 2-core machine during the runs; "
                          "compare ratios taken in the same run rather than absolute times across files",
    }


def corpus(out: str, graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The 1× graph the copies are made of: the ``policykg build`` output directory and its size."""
    return {"out": out, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "sources": len({s for _, d in graph.nodes(data=True) for s in d.get("sources", [])})}


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def _packstream() -> str:
    """Whether the driver encodes parameters in Rust (neo4j-rust-ext) or in Python."""
    from neo4j._codec.packstream import v1

    return "rust (neo4j-rust-ext)" if getattr(v1, "_rust_pack", None) else "pure python"
