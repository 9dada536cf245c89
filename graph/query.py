"""Query packs: the ``cypher/*.cypher`` files, their parameters, and running them on Neo4j or embedded.

A pack's header comment block declares it::

    // name: group_members
    // description: Members of a leading group …
    // param: group (str, required) LeadingGroup id or name
    // param: depth (int 1..3, default 1) how many hops
    // example: policykg query group_members --param group=… --graph OUT

Each pack has an embedded twin over networkx (``policykg.graph.embedded_queries``) that returns the
same columns and rows in the same order, so a query answers the same with or without a server.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import networkx as nx
from neo4j import Driver

from policykg.errors import UsageError

HEADER = re.compile(r"^//\s*(name|description|param|example):\s*(.*)$")
PARAM = re.compile(r"^(\w+) \((str|date|int)(?: (\d+)\.\.(\d*))?, (required|optional|default (\S+))\) (.+)$")


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str  # str | date | int
    required: bool
    default: str | None
    description: str
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, text: str) -> str | int:
        if self.type == "date":
            try:
                return date.fromisoformat(text).isoformat()
            except ValueError:
                raise UsageError(f"--param {self.name}={text}: expected a date YYYY-MM-DD") from None
        if self.type == "int":
            if not re.fullmatch(r"-?\d+", text):
                raise UsageError(f"--param {self.name}={text}: expected a whole number")
            value = int(text)
            if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
                bounds = f"{self.minimum}..{'' if self.maximum is None else self.maximum}"
                raise UsageError(f"--param {self.name}={text}: must be in {bounds}")
            return value
        return text

    def describe(self) -> str:
        need = "required" if self.required else (f"default {self.default}" if self.default is not None else "optional")
        return f"{self.name} ({self.type}, {need}): {self.description}"


@dataclass(frozen=True)
class Pack:
    name: str
    description: str
    parameters: tuple[Parameter, ...]
    example: str
    cypher: str

    def bind(self, raw: dict[str, str]) -> dict[str, Any]:
        """Typed values for every declared parameter (None when optional and not given)."""
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(raw) - set(declared))
        if unknown:
            raise UsageError(f"pack {self.name} has no parameter {', '.join(unknown)} (it takes: {', '.join(declared) or 'none'})")
        bound: dict[str, Any] = {}
        for param in self.parameters:
            text = raw.get(param.name, param.default)
            if text is None and param.required:
                raise UsageError(f"pack {self.name} needs --param {param.name}=… ({param.description})")
            bound[param.name] = None if text is None else param.parse(text)
        return bound


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def parse_pack(text: str) -> Pack:
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    body: list[str] = []
    for line in text.splitlines():
        header = HEADER.match(line)
        if header and not body:
            key, value = header.groups()
            if key == "param":
                params.append(_parameter(value))
            else:
                fields[key] = value.strip()
        elif line.strip() or body:
            body.append(line)
    missing = [k for k in ("name", "description", "example") if k not in fields]
    if missing:
        raise ValueError(f"query pack header lacks {', '.join(missing)}")
    return Pack(fields["name"], fields["description"], tuple(params), fields["example"], "\n".join(body).strip())


def _parameter(spec: str) -> Parameter:
    m = PARAM.match(spec.strip())
    if not m:
        raise ValueError(f"query pack parameter not understood: {spec!r}")
    name, kind, low, high, need, default, description = m.groups()
    return Parameter(
        name, kind, need == "required", default, description,
        int(low) if low else None, int(high) if high else None,
    )


@cache
def load_packs() -> dict[str, Pack]:
    packs = {}
    for entry in sorted(resources.files("policykg.cypher").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            pack = parse_pack(entry.read_text(encoding="utf-8"))
            if pack.name + ".cypher" != entry.name:
                raise ValueError(f"{entry.name}: header names the pack {pack.name!r}")
            packs[pack.name] = pack
    return packs


def get_pack(name: str) -> Pack:
    packs = load_packs()
    if name not in packs:
        raise UsageError(f"no query pack {name!r}; `policykg query --list` shows: {', '.join(packs)}")
    return packs[name]


def run_neo4j(driver: Driver, pack: Pack, params: dict[str, Any]) -> QueryResult:
    with driver.session() as session:
        result = session.run(pack.cypher, params)
        columns = tuple(result.keys())
        rows = [tuple(record.values()) for record in result]
    return QueryResult(columns, rows)


def run_embedded(graph: nx.MultiDiGraph, pack: Pack, params: dict[str, Any]) -> QueryResult:
    from policykg.graph.embedded_queries import GraphView, twin

    columns, rows = twin(pack.name)(GraphView(graph), params)
    return QueryResult(columns, rows)


# -- output ---------------------------------------------------------------------------------
def format_result(result: QueryResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[_cell(v) for v in row] for row in result.rows])
        return out.getvalue().rstrip("\n")
    return _table(result)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(map(str, value))
    return str(value)


def _width(text: str) -> int:
    """Display columns: CJK characters take two."""
    return sum(2 if ord(ch) >= 0x1100 and not 0xFF61 <= ord(ch) <= 0xFFDC else 1 for ch in text)


def _table(result: QueryResult) -> str:
    cells = [list(result.columns)] + [[_cell(v) for v in row] for row in result.rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(result.columns))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)
