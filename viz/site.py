"""The browsable site: ``OUT/index.html`` listing documents, agencies, groups and people, each
linking to the views under ``OUT/views/`` that centre on it (``view.html#focus=<node key>``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import jinja2
import networkx as nx
from markupsafe import Markup

from policykg.viz.document_status import STATUS_NOTE, document_status
from policykg.viz.node_text import full_name
from policykg.viz.page import asset, content_security_policy, render_page
from policykg.viz.registry import VIEWS
from policykg.viz.view_model import View

VIEWS_DIR = "views"


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass
class Row:
    cells: list[str]
    links: list[Link]
    stub: bool = False


@dataclass
class Section:
    title: str
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    note: str = ""


def focus_link(text: str, view: View, key: str) -> list[Link]:
    """A link into ``view`` centred on ``key``; none when the view does not hold the node."""
    if key in view.foci or any(n.key == key for n in view.nodes):
        return [Link(text, f"{VIEWS_DIR}/{VIEWS[view.name].file}#focus={quote(key, safe='')}")]
    return []


def nodes_of(graph: nx.MultiDiGraph, label: str) -> list[str]:
    return sorted((k for k, d in graph.nodes(data=True) if d.get("label") == label), key=lambda k: (full_name(graph.nodes[k]), k))


def document_section(graph: nx.MultiDiGraph, views: dict[str, View]) -> Section:
    section = Section("文件 Documents", ["number", "title", "date", "status"], note=STATUS_NOTE)
    for key in sorted(nodes_of(graph, "Document"), key=lambda k: (str(graph.nodes[k].get("date") or ""), k), reverse=True):
        d = graph.nodes[key]
        section.rows.append(Row(
            [str(d.get("doc_number") or ""), str(d.get("title") or ""), str(d.get("date") or ""), document_status(graph, key)],
            focus_link("chain", views["amendments"], key), stub=bool(d.get("stub")),
        ))
    return section


def agency_section(graph: nx.MultiDiGraph, views: dict[str, View]) -> Section:
    tasks = Counter(u for u, _, t in graph.edges(data="type") if t in ("LEADS", "RESPONSIBLE_FOR", "SUPPORTS"))
    section = Section("机构 Agencies", ["name", "jurisdiction", "tasks"])
    for key in nodes_of(graph, "Organization"):
        links = focus_link("agency", views["agency"], key) + focus_link("responsibilities", views["responsibility"], key) + focus_link("groups", views["groups"], key)
        if links:
            d = graph.nodes[key]
            section.rows.append(Row([full_name(d), str(d.get("jurisdiction") or ""), str(tasks[key])], links))
    return section


def group_section(graph: nx.MultiDiGraph, views: dict[str, View]) -> Section:
    members = Counter(v for _, v, t in graph.edges(data="type") if t == "MEMBER_OF")
    section = Section("领导小组 Leading groups", ["name", "kind", "members", "abolished"])
    for key in nodes_of(graph, "LeadingGroup"):
        d = graph.nodes[key]
        section.rows.append(Row([full_name(d), str(d.get("kind") or ""), str(members[key]), str(d.get("abolished") or "")], focus_link("group", views["groups"], key)))
    return section


def person_section(graph: nx.MultiDiGraph, views: dict[str, View]) -> Section:
    section = Section("人员 People", ["name", "jurisdiction", "groups"])
    for key in nodes_of(graph, "Person"):
        d = graph.nodes[key]
        groups = sorted({full_name(graph.nodes[v]) for _, v, t in graph.out_edges(key, data="type") if t == "MEMBER_OF"})
        section.rows.append(Row([full_name(d), str(d.get("jurisdiction") or ""), "、".join(groups)], focus_link("person", views["groups"], key)))
    return section


def render_index(graph: nx.MultiDiGraph, views: dict[str, View]) -> str:
    filter_js = asset("index_filter.js")
    sections = [document_section(graph, views), agency_section(graph, views), group_section(graph, views), person_section(graph, views)]
    summary = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    template = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(asset("index.html"))
    return template.render(
        csp=content_security_policy(filter_js), summary=summary, sections=sections, filter_js=Markup(filter_js),
        views=[Link(view.title, f"{VIEWS_DIR}/{VIEWS[name].file}") for name, view in views.items()],
    )


def write_site(graph: nx.MultiDiGraph, out_dir: str | Path) -> Path:
    """Write every view under OUT/views/ and OUT/index.html; returns the index path."""
    out = Path(out_dir)
    (out / VIEWS_DIR).mkdir(parents=True, exist_ok=True)
    views = {name: kind.build(graph) for name, kind in VIEWS.items()}
    for name, view in views.items():
        (out / VIEWS_DIR / VIEWS[name].file).write_text(render_page(view, index_href="../index.html"), encoding="utf-8")
    index = out / "index.html"
    index.write_text(render_index(graph, views), encoding="utf-8")
    return index
