"""Time to a still frame for a ~2,000-node view: ours (precomputed layout, physics off) against
stock pyvis (physics on, its default barnesHut solver and stabilization), in headless Chromium.

Both pages get the same probe (installed through DevTools before any page script runs): every
100 ms it reads all node positions; the still frame is the first moment after which no node
moves more than 0.5 px for 3 s, measured from navigation start. Stock pyvis's ``in_line``
output still links Bootstrap from a CDN and a non-existent ../node_modules/vis.js; those tags
are removed (vis-network itself is already inline) so that neither page touches the network.

    .venv/bin/python benchmarks/viz_still_frame.py [--runs 3] [--pyvis-runs 2] [--timeout 300]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pyvis.network import Network

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "viz"))

from chromium import Chromium, find_chromium  # noqa: E402
from synthetic_graph import make_graph  # noqa: E402

from policykg.viz.page import render_page  # noqa: E402
from policykg.viz.responsibility import build_responsibility_view  # noqa: E402
from policykg.viz.view_model import View  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "viz_still_frame.json"
QUIET_MS = 3000
METHOD = ("headless Chromium, same 100 ms position probe in both pages; still = the moment after which no node "
          "moves more than 0.5 px for 3 s, from navigation start; stock pyvis with its CDN and ../node_modules tags removed")

PROBE = """
(() => {
  const state = { still: null, lastChange: null, firstSeen: null, samples: 0, previous: null };
  window.__stillProbe = state;
  setInterval(() => {
    const net = (window.policykg && window.policykg.network) || window.network;
    if (!net || !net.body || state.still !== null) return;
    const now = performance.now();
    const positions = net.getPositions();
    if (state.firstSeen === null) state.firstSeen = now;
    let moved = 0;
    if (state.previous) {
      for (const id in positions) {
        const a = positions[id], b = state.previous[id];
        if (!b) { moved = Infinity; break; }
        moved = Math.max(moved, Math.abs(a.x - b.x), Math.abs(a.y - b.y));
      }
    }
    if (state.previous === null || moved > 0.5) state.lastChange = now;
    state.previous = positions;
    state.samples += 1;
    if (now - state.lastChange >= %d) state.still = state.lastChange;
  }, 100);
})();
""" % QUIET_MS


def benchmark_view(agencies: int, tasks: int) -> View:
    return build_responsibility_view(make_graph(agencies=agencies, tasks=tasks, documents=40, groups=4, people=10))


def stock_pyvis_html(view: View) -> str:
    """The same nodes, edges, labels, colours and tooltips through pyvis's own template."""
    from policykg.viz.palette import edge_style, node_style

    net = Network(directed=True, cdn_resources="in_line", height="800px", width="100%")
    for n in view.nodes:
        style = node_style(n.kind)
        net.add_node(n.key, label=n.label, title=n.tooltip, shape=style.shape, color=style.fill or style.color)
    for e in view.edges:
        net.add_edge(e.source, e.target, title=e.tooltip, color=edge_style(e.relation).color, width=e.weight)
    html = net.generate_html()
    return re.sub(r"<(link|script)\b[^>]*(href|src)=\"(https://cdn\.jsdelivr\.net|\.\./node_modules)[^>]*>(\s*</script>)?", "", html)


def measure(browser: Chromium, url: str, timeout: float) -> dict[str, float | None]:
    browser.call("Page.navigate", url="about:blank")
    browser.wait_for("document.URL === 'about:blank'")
    record = browser.open(url, ready="window.__stillProbe && window.__stillProbe.still !== null", timeout=timeout)
    probe = browser.evaluate("window.__stillProbe")
    return {"still_ms": probe["still"], "first_seen_ms": probe["firstSeen"], "first_draw_ms": browser.evaluate("window.policykgReady || null"),
            "errors": len(record.errors), "foreign_requests": len(record.foreign_requests())}


def run(args: argparse.Namespace) -> dict[str, object]:
    binary = find_chromium()
    if binary is None:
        raise SystemExit("no chromium on PATH (apt-get install chromium fonts-noto-cjk)")
    started = time.perf_counter()
    view = benchmark_view(args.agencies, args.tasks)
    build_s = time.perf_counter() - started
    work = Path(tempfile.mkdtemp(prefix="viz-bench-"))
    ours, stock = work / "ours.html", work / "stock_pyvis.html"
    started = time.perf_counter()
    ours.write_text(render_page(view), encoding="utf-8")
    render_s = time.perf_counter() - started
    stock.write_text(stock_pyvis_html(view), encoding="utf-8")
    browser = Chromium(binary)
    try:
        browser.call("Page.addScriptToEvaluateOnNewDocument", source=PROBE)
        our_runs = [measure(browser, ours.as_uri(), args.timeout) for _ in range(args.runs)]
        stock_runs = []
        for _ in range(args.pyvis_runs):
            try:
                stock_runs.append(measure(browser, stock.as_uri(), args.timeout))
            except TimeoutError:
                stock_runs.append({"still_ms": None, "timed_out_after_s": args.timeout})
    finally:
        browser.close()
    ours_ms = statistics.median(r["still_ms"] for r in our_runs)
    stock_done = [r["still_ms"] for r in stock_runs if r["still_ms"] is not None]
    stock_ms = statistics.median(stock_done) if stock_done else args.timeout * 1000.0
    return {
        "view": "responsibility", "nodes": len(view.nodes), "edges": len(view.edges),
        "python_build_view_s": round(build_s, 2), "python_render_html_s": round(render_s, 2), "html_bytes": ours.stat().st_size,
        "ours_still_ms_median": round(ours_ms), "stock_pyvis_still_ms_median": round(stock_ms),
        "stock_pyvis_timed_out": len(stock_done) < len(stock_runs),
        "speedup": round(stock_ms / ours_ms, 1), "speedup_is_lower_bound": len(stock_done) < len(stock_runs), "target_speedup": 10,
        "ours_runs": our_runs, "stock_pyvis_runs": stock_runs,
        "method": METHOD,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "chromium": binary},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--agencies", type=int, default=250)
    parser.add_argument("--tasks", type=int, default=1750)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pyvis-runs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for stock pyvis to come to rest")
    result = run(parser.parse_args())
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if not k.endswith("_runs")}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
