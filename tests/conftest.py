"""Shared fixtures. The real corpus lives outside the repository, in ../shared (there in CI)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

from policykg.graph.neo4j_connect import Connection, resolve_connection

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir() or not any(corpus.glob("*.txt")):
        pytest.skip(f"real corpus not found at {corpus} (it is provided in CI and on our machines)")
    return corpus


@pytest.fixture(scope="session")
def shared_gold() -> Path:
    gold = SHARED / "gold"
    if not gold.is_dir() or not any(gold.glob("*.json")):
        pytest.skip(f"gold annotations not found at {gold}")
    return gold


@pytest.fixture(scope="session")
def example_corpus() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def nlp():
    from policykg.extract.pipeline import build_pipeline

    return build_pipeline()


def _neo4j_required() -> bool:
    return os.environ.get("POLICYKG_REQUIRE_NEO4J") == "1" or os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory) -> Iterator[Connection]:
    """One real Neo4j for the session: NEO4J_URI when set, else a managed server in a temporary home.

    In CI (CI=true or POLICYKG_REQUIRE_NEO4J=1) a server that cannot start fails the tests instead of
    skipping them. The managed server logs to its home, never to the terminal, and is stopped here.
    """
    from policykg.errors import Neo4jUnavailable
    from policykg.graph import neo4j_server as server

    if os.environ.get("NEO4J_URI"):
        yield resolve_connection()
        return
    home = tmp_path_factory.mktemp("neo4j-home")
    try:
        info = server.start(home, port=server.free_port())
    except Neo4jUnavailable as exc:
        if _neo4j_required():
            raise
        pytest.skip(f"no Neo4j for the tests: {exc}")
    try:
        yield Connection(info.uri, info.user, info.password)
    finally:
        server.stop(home)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: Connection) -> Iterator[Driver]:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as driver:
        driver.verify_connectivity()
        yield driver


@pytest.fixture
def clean_neo4j(neo4j_driver: Driver) -> Driver:
    """An empty database: every node, relationship, constraint and index of earlier tests dropped."""
    with neo4j_driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run("DROP CONSTRAINT $name", name=record["name"]).consume()
        for record in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")):
            session.run("DROP INDEX $name IF EXISTS", name=record["name"]).consume()
    return neo4j_driver
