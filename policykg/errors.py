"""Errors shown to the user as one line: what failed, where, and why."""

from __future__ import annotations


class PolicyKGError(Exception):
    """Base class: the message is printed as one line on stderr, never a traceback."""


class InputError(PolicyKGError):
    """An input file that cannot be read or extracted."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


class Neo4jUnavailable(PolicyKGError):
    """The Neo4j server cannot be reached or refuses our credentials."""


class UsageError(PolicyKGError):
    """A command was given something it cannot work with (unknown pack, bad parameter)."""
