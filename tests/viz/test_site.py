from __future__ import annotations

import html
import re
from urllib.parse import unquote

from policykg.viz.registry import VIEWS
from policykg.viz.site import write_site
from synthetic_graph import XSS_TITLE


def test_site_writes_index_and_every_view(graph, tmp_path) -> None:
    index = write_site(graph, tmp_path)
    assert index == tmp_path / "index.html"
    assert sorted(p.name for p in (tmp_path / "views").iterdir()) == sorted(k.file for k in VIEWS.values())


def test_index_shows_script_payload_as_escaped_text(graph, tmp_path) -> None:
    page = write_site(graph, tmp_path).read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=" in page
    assert XSS_TITLE.split("<")[0] in page


def test_index_links_every_document_group_and_person_to_a_focus_that_exists(graph, tmp_path) -> None:
    page = write_site(graph, tmp_path).read_text(encoding="utf-8")
    links = re.findall(r'href="views/(\w+)\.html#focus=([^"]+)"', page)
    keys = {unquote(html.unescape(k)) for _, k in links}
    wanted = {k for k, d in graph.nodes(data=True) if d["label"] in ("Document", "LeadingGroup", "Person")}
    assert wanted <= keys
    for view_file, key in links:
        target = (tmp_path / "views" / f"{view_file}.html").read_text(encoding="utf-8")
        assert unquote(html.unescape(key)).replace("<", "\\u003c") in target


def test_index_shows_recorded_status_and_referenced_only_documents(graph, tmp_path) -> None:
    document = next(k for k, d in graph.nodes(data=True) if d["label"] == "Document" and not d.get("stub"))
    graph.nodes[document].update(status="repealed", status_by="示政发〔2024〕3号", status_since="2024-03-07")
    page = write_site(graph, tmp_path).read_text(encoding="utf-8")
    assert "repealed by 示政发〔2024〕3号 since 2024-03-07" in page
    assert "referenced only" in page
