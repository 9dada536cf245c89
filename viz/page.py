"""A view becomes one self-contained HTML file: vis-network, our script, styles and data inline.

pyvis assembles the vis-network nodes, edges and options; the page around them is ours,
because pyvis's own template links Bootstrap and vis from CDNs even in ``in_line`` mode. A
Content-Security-Policy that admits only the page's own inline scripts (by hash) makes any
network fetch or injected script fail loudly rather than silently.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup
from pyvis.network import Network

from policykg.viz.palette import EDGE_STYLES, FONT_STACK, NODE_STYLES, edge_style, node_style
from policykg.viz.view_model import View

VIS_NETWORK = ("lib", "vis-9.1.2", "vis-network.min.js")  # shipped inside the pyvis package
LARGE_VIEW = 800  # above this many edges, hide edges while dragging or zooming to keep panning smooth


@cache
def asset(name: str) -> str:
    return (resources.files("policykg.viz") / "assets" / name).read_text(encoding="utf-8")


@cache
def vis_network_js() -> str:
    return resources.files("pyvis").joinpath(*VIS_NETWORK).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no ``</script>``, ``<!--`` or line separators survive."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(*scripts: str) -> str:
    return "default-src 'none'; script-src " + " ".join(csp_hash(s) for s in scripts) + "; style-src 'unsafe-inline'; img-src data:"


def vis_options(view: View) -> dict[str, Any]:
    large = len(view.edges) > LARGE_VIEW
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "nodes": {"font": {"face": FONT_STACK, "size": 14}, "size": 12, "borderWidth": 1.5},
        "edges": {
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.15} if view.curved_edges else False,
            "font": {"face": FONT_STACK, "size": 11, "align": "middle", "strokeWidth": 3},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def assemble(view: View) -> Network:
    net = Network(directed=True)
    for n in view.nodes:
        style = node_style(n.kind)
        net.add_node(
            n.key, label=n.label, title=n.tooltip, shape=style.shape,
            color={"background": style.fill or style.color, "border": style.color},
            x=round(n.position[0], 1), y=round(n.position[1], 1), physics=False,
            kind=n.kind, name=n.name, jurisdiction=n.jurisdiction, documents=list(n.documents),
        )
    for i, e in enumerate(view.edges):
        style = edge_style(e.relation)
        net.add_edge(
            e.source, e.target, id=f"e{i}", title=e.tooltip, label=e.label or None,
            color={"color": style.color, "highlight": style.color, "hover": style.color}, dashes=style.dashes,
            width=e.weight, arrows="to" if e.arrows else "", relation=e.relation, documents=list(e.documents),
        )
    net.set_options(json.dumps(vis_options(view)))
    return net


def legend(view: View) -> dict[str, list[dict[str, Any]]]:
    kinds = {n.kind for n in view.nodes}
    relations = {e.relation for e in view.edges}
    return {
        "nodes": [{"key": k, "name": s.legend, "color": s.color, "fill": s.fill} for k, s in NODE_STYLES.items() if k in kinds],
        "edges": [{"key": k, "name": s.legend, "color": s.color, "dashes": s.dashes} for k, s in EDGE_STYLES.items() if k in relations],
    }


def page_data(view: View) -> dict[str, Any]:
    nodes, edges, _heading, _height, _width, options = assemble(view).get_network_data()
    return {
        "title": view.title,
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "legend": legend(view),
        "jurisdictions": sorted({n.jurisdiction for n in view.nodes if n.jurisdiction}),
        "documents": sorted(([k, name] for k, name in view.document_names.items()), key=lambda p: p[1]),
        "foci": {
            key: {"title": f.title, "nodes": list(f.nodes), "positions": {k: [round(x, 1), round(y, 1)] for k, (x, y) in f.positions.items()}}
            for key, f in view.foci.items()
        },
        "axis": [{"x": t.x, "label": t.label} for t in view.axis],
        "selected": view.selected,
    }


_TEMPLATES = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def render_page(view: View, index_href: str | None = None) -> str:
    vis_js, view_js = vis_network_js(), asset("view.js")
    template = _TEMPLATES.from_string(asset("view.html"))
    return template.render(
        title=view.title, description=view.description, index_href=index_href,
        csp=content_security_policy(vis_js, view_js), css=Markup(asset("view.css")),
        # Trusted: our own assets, and data that script_json has made inert inside <script>.
        data=Markup(script_json(page_data(view))), vis_js=Markup(vis_js), view_js=Markup(view_js),
    )
