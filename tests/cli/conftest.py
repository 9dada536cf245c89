"""Fixtures of the command-line tests."""

import pytest


@pytest.fixture
def neo4j_env(neo4j_server, monkeypatch):
    """The session's Neo4j as the environment names it (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)."""
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    return neo4j_server
