"""The site in headless Chromium: offline, error-free, every node drawn, payloads inert."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest

from policykg.viz.registry import VIEWS
from policykg.viz.site import write_site
from synthetic_graph import XSS_TITLE, make_graph

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, nx.MultiDiGraph]:
    graph = make_graph()
    out = tmp_path_factory.mktemp("site")
    write_site(graph, out)
    return out, graph


def view_url(out: Path, name: str, focus: str | None = None) -> str:
    url = (out / "views" / VIEWS[name].file).as_uri()
    return url + (f"#focus={quote(focus, safe='')}" if focus else "")


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_view_opens_offline_without_errors_and_draws_every_node(chromium, site, artifacts, name) -> None:
    out, graph = site
    expected = len(VIEWS[name].build(graph).nodes)
    record = chromium.open(view_url(out, name))
    chromium.screenshot(artifacts / f"view_{name}.png")
    assert record.errors == []
    assert record.foreign_requests() == []
    assert chromium.evaluate("policykg.nodes.length") == expected
    assert chromium.evaluate("policykg.network.body.nodeIndices.length") == expected


def test_index_opens_offline_and_lists_every_document(chromium, site, artifacts) -> None:
    out, graph = site
    record = chromium.open((out / "index.html").as_uri())
    chromium.screenshot(artifacts / "index.png")
    assert record.errors == [] and record.foreign_requests() == []
    documents = sum(1 for _, d in graph.nodes(data=True) if d["label"] == "Document")
    assert chromium.evaluate("document.querySelectorAll('tbody')[0].rows.length") == documents


def test_script_payload_in_a_title_shows_as_text_and_never_runs(chromium, site, artifacts) -> None:
    out, graph = site
    chromium.open((out / "index.html").as_uri())
    assert chromium.evaluate("document.body.innerText.includes(" + json.dumps(XSS_TITLE) + ")")
    assert chromium.evaluate("typeof window.__pwned") == "undefined"
    target = next(k for k, d in graph.nodes(data=True) if d.get("title") == XSS_TITLE)
    record = chromium.open(view_url(out, "amendments", target))
    point = chromium.evaluate(f"(() => {{ const p = policykg.network.getPosition({json.dumps(target)}); const d = policykg.network.canvasToDOM(p); const r = document.getElementById('graph').getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; }})()")
    chromium.hover(*point)
    tooltip = chromium.wait_for("(() => { const t = document.querySelector('div.vis-tooltip'); return t && t.style.visibility === 'visible' && t; })() && document.querySelector('div.vis-tooltip').innerText", timeout=10)
    chromium.screenshot(artifacts / "tooltip_with_payload.png")
    assert XSS_TITLE in tooltip
    assert chromium.evaluate("document.querySelector('div.vis-tooltip').querySelectorAll('script, img').length") == 0
    assert chromium.evaluate("typeof window.__pwned") == "undefined"
    assert record.errors == []


def test_focus_in_the_address_shows_only_that_neighbourhood(chromium, site, artifacts) -> None:
    out, graph = site
    group = "LeadingGroup:示例市示例工作领导小组0"
    focus = VIEWS["groups"].build(graph).foci[group]
    chromium.open(view_url(out, "groups", group))
    chromium.screenshot(artifacts / "groups_focus.png")
    assert sorted(chromium.evaluate("policykg.network.body.nodeIndices")) == sorted(focus.nodes)
    assert chromium.evaluate("policykg.network.getSelectedNodes()") == [group]
    chromium.evaluate("document.getElementById('clear-focus').click()")
    assert chromium.evaluate("policykg.network.body.nodeIndices.length") == len(VIEWS["groups"].build(graph).nodes)


def test_type_filter_hides_nodes_and_their_edges(chromium, site) -> None:
    out, graph = site
    chromium.open(view_url(out, "responsibility"))
    chromium.evaluate("document.querySelector('input[data-key=\"Task\"]').click()")
    assert chromium.evaluate("policykg.nodeView.get().every(n => n.kind === 'Organization')")
    assert chromium.evaluate("policykg.edgeView.get().every(e => e.relation === 'SHARES_TASKS')")
    agencies = [n for n in VIEWS["responsibility"].build(graph).nodes if n.kind == "Organization"]
    assert chromium.evaluate("policykg.network.body.nodeIndices.length") == len(agencies)


def test_search_selects_matching_nodes(chromium, site) -> None:
    out, _ = site
    chromium.open(view_url(out, "groups"))
    chromium.evaluate("(() => { const s = document.getElementById('search'); s.value = '示例人'; s.dispatchEvent(new Event('input')); })()")
    time.sleep(0.4)
    assert chromium.evaluate("document.querySelectorAll('#results li').length") == 5
    assert sorted(chromium.evaluate("policykg.network.getSelectedNodes()")) == [f"Person:示例市|示例人{i}" for i in range(5)]


def test_document_filter_keeps_what_that_document_states(chromium, site) -> None:
    out, graph = site
    chromium.open(view_url(out, "amendments"))
    doc = "Document:示政发〔2021〕3号"
    chromium.evaluate(f"(() => {{ const s = document.getElementById('document'); s.value = {json.dumps(doc)}; s.dispatchEvent(new Event('change')); }})()")
    stated = {(u, v) for u, v, d in graph.out_edges(doc, data=True) if d["type"] in ("REPEALS", "AMENDS", "EXTENDS_VALIDITY_OF", "REPLACES", "CITES")}
    shown = {tuple(p) for p in chromium.evaluate("policykg.edgeView.get().map(e => [e.from, e.to])")}
    assert shown == stated
