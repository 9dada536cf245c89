"""Connecting to Neo4j: the URI and credentials from the option, the environment or the managed server.

Order: ``--neo4j URI`` (or ``NEO4J_URI``) with ``NEO4J_USER`` / ``NEO4J_PASSWORD``; else the server
that ``policykg neo4j start`` runs. Failures become one ``Neo4jUnavailable`` line naming the URI and
the cause, never a driver traceback.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, DatabaseUnavailable, ServiceUnavailable, SessionExpired

from policykg.errors import Neo4jUnavailable
from policykg.graph import neo4j_server


@dataclass(frozen=True)
class Connection:
    uri: str
    user: str
    password: str | None


def resolve_connection(uri: str | None = None) -> Connection:
    uri = uri or os.environ.get("NEO4J_URI")
    if uri:
        return Connection(uri, os.environ.get("NEO4J_USER", neo4j_server.USER), os.environ.get("NEO4J_PASSWORD"))
    managed = neo4j_server.status()
    if managed:
        return Connection(managed.uri, managed.user, os.environ.get("NEO4J_PASSWORD") or managed.password)
    raise Neo4jUnavailable("no Neo4j to connect to: give --neo4j URI, set NEO4J_URI, or run `policykg neo4j start`")


@contextmanager
def open_driver(uri: str | None = None, retry_seconds: float | None = None) -> Iterator[Driver]:
    """A driver whose connectivity and credentials have been checked.

    ``retry_seconds`` bounds how long a managed transaction is retried while the server is away
    (the driver's default is 30 s). Losing the server inside the ``with`` block becomes one
    ``Neo4jUnavailable`` naming the URI, like failing to reach it at the start.
    """
    connection = resolve_connection(uri)
    auth = (connection.user, connection.password) if connection.password is not None else None
    options = {} if retry_seconds is None else {"max_transaction_retry_time": retry_seconds}
    try:
        driver = GraphDatabase.driver(connection.uri, auth=auth, **options)
    except (ConfigurationError, ValueError) as exc:
        raise Neo4jUnavailable(f"{connection.uri}: not a usable Neo4j URI ({exc})") from None
    try:
        try:
            driver.verify_connectivity()
        except AuthError:
            raise Neo4jUnavailable(f"{connection.uri}: authentication failed for user {connection.user!r} (check NEO4J_USER / NEO4J_PASSWORD)") from None
        except (ServiceUnavailable, OSError) as exc:
            raise Neo4jUnavailable(f"{connection.uri}: server unreachable ({_first_line(exc)})") from None
        try:
            yield driver
        except (ServiceUnavailable, SessionExpired, DatabaseUnavailable) as exc:
            raise Neo4jUnavailable(f"{connection.uri}: connection lost ({_first_line(exc)})") from None
    finally:
        driver.close()


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
