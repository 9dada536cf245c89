"""Store: the graph in Neo4j, loaded idempotently in batched transactions, and read back.

Constraints and indexes come first, from the model. Then each source file the graph holds is
synchronised (its facts that the new extraction no longer has are removed, in one transaction),
and nodes and relationships are sent as ``UNWIND $rows MERGE …`` batches, one statement per label
and per relationship type, each batch its own transaction. Labels, types and property names come
from the model and are checked before they reach a statement; every value travels as a parameter.
Loading the same graph twice changes nothing; a load killed midway and run again converges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ClientError

from policykg.graph.build import node_key
from policykg.graph.graph_rows import EdgeRow, NodeRow, edge_rows, identifier, node_rows
from policykg.graph.model import Model, load_model

DEFAULT_BATCH_SIZE = 1000
INDEX_WAIT_SECONDS = 300


@dataclass
class GraphCounts:
    nodes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)

    def total(self) -> tuple[int, int]:
        return sum(self.nodes.values()), sum(self.edges.values())


@dataclass
class LoadReport:
    nodes_sent: int
    edges_sent: int
    stale_edges_removed: int
    orphan_nodes_removed: int
    counts: GraphCounts


# -- schema ---------------------------------------------------------------------------------
def schema_rules(model: Model) -> dict[str, str]:
    """Unique ``id`` per label, the model's property indexes, and ``source``/``key`` on relationships
    (the per-file synchronisation and the stale-edge deletes look them up), by rule name."""
    rules = {}
    for label, node in model.nodes.items():
        label = identifier(label, model.nodes)
        rules[f"{label}_id"] = f"CREATE CONSTRAINT {label}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for prop in node.indexes:
            prop = identifier(prop, node.properties)
            rules[f"{label}_{prop}"] = f"CREATE INDEX {label}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
    for rel in model.edges:
        rel = identifier(rel, model.edges)
        for prop in ("source", "key"):
            rules[f"{rel}_{prop}"] = f"CREATE INDEX {rel}_{prop} IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.{prop})"
    return rules


def schema_statements(model: Model) -> list[str]:
    return list(schema_rules(model).values())


# A concurrent load can create the same rule between our IF NOT EXISTS check and our create.
_SCHEMA_ALREADY_THERE = {
    "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
    "Neo.ClientError.Schema.IndexAlreadyExists",
    "Neo.ClientError.Schema.ConstraintAlreadyExists",
}


def ensure_schema(driver: Driver, model: Model | None = None) -> None:
    """Create the schema; managed transactions retry the lock conflicts of two loads starting at once."""
    model = model or load_model()
    with driver.session() as session:
        # One look at the rules already there instead of a transaction per rule on every load.
        existing = {record["name"] for query in ("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")
                    for record in session.run(query)}
        for name, statement in schema_rules(model).items():
            if name in existing:
                continue
            try:
                session.execute_write(_run_schema, statement)
            except ClientError as exc:
                if exc.code not in _SCHEMA_ALREADY_THERE:
                    raise
        session.run("CALL db.awaitIndexes($seconds)", seconds=INDEX_WAIT_SECONDS).consume()


def _run_schema(tx: ManagedTransaction, statement: str) -> None:
    tx.run(statement).consume()


# -- statements -----------------------------------------------------------------------------
def merge_nodes_statement(label: str) -> str:
    """Properties become exactly the row's, except that a stub (a document only referred to) never
    overwrites a document read elsewhere; ``sources`` is a union, so another file's claim stays."""
    label = identifier(label, load_model().nodes)
    # Writing _lock takes n's write lock before `sources` is read: a concurrent load of another file
    # then waits for this one instead of overwriting it and losing its claim (read committed).
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) "
        "SET n._lock = true "
        "WITH n, row, coalesce(n.sources, []) AS known "
        "SET n = CASE WHEN row.props.stub = true AND n.stub = false THEN properties(n) ELSE row.props END "
        "SET n.sources = known + [s IN row.props.sources WHERE NOT s IN known] "
        "REMOVE n._lock"
    )


def merge_edges_statement(rel: str) -> str:
    model = load_model()
    rel = identifier(rel, model.edges)
    start = identifier(model.edges[rel].source, model.nodes)
    end = identifier(model.edges[rel].target, model.nodes)
    return (
        f"UNWIND $rows AS row MATCH (a:{start} {{id: row.start}}) MATCH (b:{end} {{id: row.end}}) "
        f"MERGE (a)-[r:{rel} {{key: row.key}}]->(b) SET r = row.props"
    )


def _node_params(rows: Sequence[NodeRow]) -> list[dict[str, Any]]:
    return [{"id": row.id, "props": row.props} for row in rows]


def _edge_params(rows: Sequence[EdgeRow]) -> list[dict[str, Any]]:
    return [{"start": row.start_id, "end": row.end_id, "key": row.key, "props": row.props} for row in rows]


def batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- per-file synchronisation ----------------------------------------------------------------
@dataclass
class _Incoming:
    """What the graph being loaded says each source file holds."""

    sources: list[str]
    edge_keys: dict[str, set[str]]  # relationship type → keys
    node_sources: dict[tuple[str, str], set[str]]  # (label, id) → sources


def _incoming(nodes: dict[str, list[NodeRow]], edges: dict[str, list[EdgeRow]]) -> _Incoming:
    node_sources = {(row.label, row.id): set(row.props["sources"]) for rows in nodes.values() for row in rows}
    sources = set().union(*node_sources.values()) if node_sources else set()
    sources |= {row.props["source"] for rows in edges.values() for row in rows if "source" in row.props}
    edge_keys = {rel: {row.key for row in rows} for rel, rows in edges.items()}
    return _Incoming(sorted(sources), edge_keys, node_sources)


def _synchronise_sources(tx: ManagedTransaction, incoming: _Incoming, model: Model) -> tuple[int, int]:
    """Remove what the incoming files no longer say: their stale edges, their claim on nodes they no
    longer mention, and nodes left with no sources and no edges. Files not being loaded are untouched."""
    removed_edges = 0
    for rel in model.edges:
        rel = identifier(rel, model.edges)
        known = tx.run(f"MATCH ()-[r:{rel}]->() WHERE r.source IN $sources RETURN r.key AS key", sources=incoming.sources)
        stale = [record["key"] for record in known if record["key"] not in incoming.edge_keys.get(rel, set())]
        if stale:
            summary = tx.run(f"UNWIND $keys AS key MATCH ()-[r:{rel} {{key: key}}]->() WHERE r.source IN $sources DELETE r",
                             keys=stale, sources=incoming.sources).consume()
            removed_edges += summary.counters.relationships_deleted
    removed_nodes = 0
    synced = set(incoming.sources)
    for label in model.nodes:
        label = identifier(label, model.nodes)
        # Writing _lock write-locks each claimed node before its sources are read, so that a
        # concurrent load cannot add a claim between this read and the write below.
        claimed = tx.run(f"MATCH (n:{label}) WHERE any(s IN n.sources WHERE s IN $sources) SET n._lock = true REMOVE n._lock "
                         "RETURN n.id AS id, n.sources AS sources", sources=incoming.sources)
        updates = []
        for record in claimed:
            keep_from = incoming.node_sources.get((label, record["id"]), set())
            kept = [s for s in record["sources"] if s not in synced or s in keep_from]
            if kept != record["sources"]:
                updates.append({"id": record["id"], "sources": kept})
        if updates:
            tx.run(f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n.sources = row.sources", rows=updates).consume()
            summary = tx.run(f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) WHERE n.sources = [] AND NOT (n)--() DELETE n",
                             ids=[row["id"] for row in updates]).consume()
            removed_nodes += summary.counters.nodes_deleted
    return removed_edges, removed_nodes


# -- load -----------------------------------------------------------------------------------
def load_graph_into(
    driver: Driver,
    graph: nx.MultiDiGraph,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Make the database hold exactly what ``graph`` says for each of its source files."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    model = load_model()
    nodes, edges = node_rows(graph), edge_rows(graph)
    ensure_schema(driver, model)
    with driver.session() as session:
        stale_edges, orphans = session.execute_write(_synchronise_sources, _incoming(nodes, edges), model)
        for label, rows in nodes.items():
            statement = merge_nodes_statement(label)
            for batch in batches(rows, batch_size):
                session.execute_write(_run, statement, _node_params(batch))
                if progress:
                    progress(len(batch))
        for rel, rows in edges.items():
            statement = merge_edges_statement(rel)
            for batch in batches(rows, batch_size):
                session.execute_write(_run, statement, _edge_params(batch))
                if progress:
                    progress(len(batch))
    sent_nodes = sum(map(len, nodes.values()))
    sent_edges = sum(map(len, edges.values()))
    return LoadReport(sent_nodes, sent_edges, stale_edges, orphans, count_graph(driver))


def _run(tx: ManagedTransaction, statement: str, rows: list[dict[str, Any]]) -> None:
    tx.run(statement, rows=rows).consume()


# -- read back ------------------------------------------------------------------------------
def count_graph(driver: Driver) -> GraphCounts:
    """Nodes per label and relationships per type, in one round trip (each count from the count store)."""
    model = load_model()
    parts = [f"MATCH (n:{identifier(label, model.nodes)}) RETURN 'node' AS kind, '{label}' AS name, count(n) AS n"
             for label in model.nodes]
    parts += [f"MATCH ()-[r:{identifier(rel, model.edges)}]->() RETURN 'edge' AS kind, '{rel}' AS name, count(r) AS n"
              for rel in model.edges]
    counts = GraphCounts()
    with driver.session() as session:
        for record in session.run("CALL () { " + " UNION ALL ".join(parts) + " } RETURN kind, name, n"):
            (counts.nodes if record["kind"] == "node" else counts.edges)[record["name"]] = record["n"]
    return counts


def read_graph(driver: Driver) -> nx.MultiDiGraph:
    """The stored graph in the builder's shape: node keys ``<Label>:<id>``, edge keys as built."""
    model = load_model()
    graph = nx.MultiDiGraph()
    with driver.session() as session:
        for label in model.nodes:
            label = identifier(label, model.nodes)
            for record in session.run(f"MATCH (n:{label}) RETURN properties(n) AS props ORDER BY n.id"):
                props = dict(record["props"])
                graph.add_node(node_key(label, props["id"]), label=label, **props)
        for rel in model.edges:
            rel = identifier(rel, model.edges)
            spec = model.edges[rel]
            query = f"MATCH (a)-[r:{rel}]->(b) RETURN a.id AS start, b.id AS end, properties(r) AS props ORDER BY r.key"
            for record in session.run(query):
                props = dict(record["props"])
                key = props.pop("key")
                graph.add_edge(node_key(spec.source, record["start"]), node_key(spec.target, record["end"]), key=key, type=rel, **props)
    return graph
