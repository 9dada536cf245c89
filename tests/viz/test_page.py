from __future__ import annotations

import html as html_text
import json
import re

from policykg.viz.page import content_security_policy, csp_hash, page_data, render_page, script_json, vis_network_js
from policykg.viz.responsibility import build_responsibility_view
from synthetic_graph import XSS_TITLE


def test_script_json_cannot_close_its_script_element() -> None:
    text = script_json({"title": "</script><script>alert(1)</script><!--", "sep": "\u2028"})
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text)["title"].startswith("</script>")


def test_page_has_no_external_resources(graph) -> None:
    html = render_page(build_responsibility_view(graph))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html
    assert len(re.findall(r"^<script[ >]", html, flags=re.M)) == 3  # data, vis-network, view


def test_csp_admits_exactly_the_inline_scripts_of_the_page(graph) -> None:
    html = render_page(build_responsibility_view(graph))
    scripts = re.findall(r"^<script>(.*?)</script>$", html, flags=re.S | re.M)
    policy = html_text.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert [csp_hash(s) in policy for s in scripts] == [True, True]
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy
    assert content_security_policy(*scripts) == policy


def test_vis_network_is_inlined_from_the_pyvis_package() -> None:
    assert "vis-network" in vis_network_js()[:200] and len(vis_network_js()) > 100_000


def test_titles_travel_as_plain_strings_with_physics_off(graph) -> None:
    from policykg.viz.amendment_chain import build_amendment_view

    data = page_data(build_amendment_view(graph))
    assert data["options"]["physics"]["enabled"] is False
    xss = next(n for n in data["nodes"] if n["name"] == XSS_TITLE)
    assert isinstance(xss["title"], str) and XSS_TITLE in xss["title"]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_page_data_lists_legend_entries_for_what_is_drawn_only(graph) -> None:
    data = page_data(build_responsibility_view(graph))
    assert [e["key"] for e in data["legend"]["nodes"]] == ["Organization", "Task"]
    assert {e["key"] for e in data["legend"]["edges"]} == {"LEADS", "RESPONSIBLE_FOR", "SUPPORTS", "SHARES_TASKS"}
    assert data["jurisdictions"] == ["示例县", "示例市"]
