"""Resolve → graph: extraction results become one networkx MultiDiGraph shaped by the model.

Node keys are ``"<Label>:<id>"``; every node and edge carries provenance (source, gazette issue,
line, evidence, extractor version). Edge keys are deterministic so that building twice, or
adding the same file again, never duplicates an edge.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from policykg import __version__
from policykg.extract.records import Evidence, ExtractionResult

RELATION_EDGE = {"REPEALS": "REPEALS", "AMENDS": "AMENDS", "EXTENDS_VALIDITY": "EXTENDS_VALIDITY_OF", "REPLACES": "REPLACES", "CITES": "CITES"}
ROLE_EDGE = {"lead": "LEADS", "responsible": "RESPONSIBLE_FOR", "supporting": "SUPPORTS"}


def node_key(label: str, ident: str) -> str:
    return f"{label}:{ident}"


def jurisdiction_of(result: ExtractionResult) -> str | None:
    """The city or county a text belongs to: its gazette's publisher, else its first issuer."""
    names = [result.gazette.publisher] if result.gazette and result.gazette.publisher else []
    names += [name for d in result.documents for name in d.issuer]
    for name in names:
        m = re.match(r"^([\u4e00-\u9fff]{1,12}?(?:自治州|自治县|新区|[省市县区州盟旗]))", name)
        if m:
            return m.group(1)
    return None


def gazette_id(result: ExtractionResult) -> str | None:
    g = result.gazette
    if not g:
        return None
    return f"{g.publisher or '?'}|{g.year or '?'}|{g.issue or '?'}"


@dataclass
class _Context:
    source: str
    gazette_issue: str | None
    jurisdiction: str | None


class GraphBuilder:
    """Accumulates results into a graph; ``add`` may be called once per file, in any order."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph(model_version="1", extractor_version=__version__)

    # -- primitives -------------------------------------------------------------------------
    def _provenance(self, ctx: _Context, ev: Evidence | None, line: int | None) -> dict[str, Any]:
        return {
            "source": ctx.source,
            "gazette_issue": ctx.gazette_issue,
            "line": ev.line if ev else line,
            "evidence": ev.text if ev else None,
            "extractor_version": __version__,
        }

    def node(self, label: str, ident: str, ctx: _Context, ev: Evidence | None = None, line: int | None = None, **props: Any) -> str:
        key = node_key(label, ident)
        if key in self.graph:
            data = self.graph.nodes[key]
            if ctx.source not in data["sources"]:
                data["sources"].append(ctx.source)
            for name, value in props.items():
                # A stub learns from the real document; a real node keeps what it read itself.
                if value not in (None, [], "") and (data.get(name) in (None, [], "") or data.get("stub")):
                    data[name] = value
            if data.get("stub") and not props.get("stub", True):
                data["stub"] = False
                data.update(self._provenance(ctx, ev, line))
        else:
            self.graph.add_node(key, label=label, id=ident, sources=[ctx.source], **self._provenance(ctx, ev, line), **props)
        return key

    def edge(self, rel: str, source: str, target: str, ctx: _Context, ev: Evidence | None = None, line: int | None = None, discriminator: str = "", **props: Any) -> None:
        key = f"{rel}|{ctx.source}|{ev.line if ev else line}|{discriminator}"
        self.graph.add_edge(source, target, key=key, type=rel, **self._provenance(ctx, ev, line), **props)

    # -- one file -----------------------------------------------------------------------------
    def add(self, result: ExtractionResult) -> None:
        ctx = _Context(result.source, gazette_id(result), jurisdiction_of(result))
        issue = self._gazette(result, ctx)
        for document in result.documents:
            doc = self.node(
                "Document", document.key, ctx, document.evidence, document.line,
                title=document.title, doc_number=document.doc_number, doc_number_as_printed=document.doc_number_as_printed,
                doc_number_repaired=document.doc_number_repaired, issuer=document.issuer, date=document.date,
                kind=document.kind, attachment_titles=document.attachment_titles, published=document.published,
                effective_date=document.effective_date, expiry_date=document.expiry_date,
                jurisdiction=ctx.jurisdiction, stub=False,
            )
            if issue:
                self.edge("PUBLISHED_IN", doc, issue, ctx, document.evidence, document.line)
            for name in document.issuer:
                org = self.organization(name, ctx, document.evidence, document.line)
                self.edge("ISSUED_BY", doc, org, ctx, document.evidence, document.line, discriminator=name)

    def _gazette(self, result: ExtractionResult, ctx: _Context) -> str | None:
        g = result.gazette
        if not g or not ctx.gazette_issue:
            return None
        return self.node(
            "GazetteIssue", ctx.gazette_issue, ctx, g.evidence, g.line,
            publisher=g.publisher, year=g.year, issue=g.issue, total_issue=g.total_issue, published_at=g.published_at,
        )

    def organization(self, name: str, ctx: _Context, ev: Evidence | None, line: int | None) -> str:
        ident = f"{ctx.jurisdiction or '?'}|{name}"
        return self.node("Organization", ident, ctx, ev, line, name=name, aliases=[name], jurisdiction=ctx.jurisdiction)


def build_graph(results: Iterable[ExtractionResult]) -> nx.MultiDiGraph:
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return builder.graph


def as_json_value(value: Any) -> Any:
    """Neo4j and GraphML take scalars and lists of scalars; anything else travels as JSON text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, list) and all(isinstance(v, (str, int, float, bool)) for v in value):
        return value
    return json.dumps(value, ensure_ascii=False)
