"""Query pack latency at 100× the corpus against 1×: p50 and p95 of every pack, on Neo4j.

Each pack runs ``--repeat`` times with parameters taken from the first copy of the corpus, after
one warm-up run (plan caching). Target: p95 at 100× within 3× of p95 at 1×.

    .venv/bin/python benchmarks/query_scaling.py OUT [--neo4j URI] [--factor 100] [--repeat 30]

Writes benchmarks/results/query_scaling.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import networkx as nx
from load_scaling import clear, scale_graph

from policykg.graph.embedded import load_graph
from policykg.graph.neo4j_connect import open_driver
from policykg.graph.neo4j_store import load_graph_into
from policykg.graph.query import Pack, load_packs, run_neo4j

RESULTS = Path(__file__).parent / "results"


def sample_params(graph: nx.MultiDiGraph, pack: Pack) -> dict[str, object]:
    """A value for each required parameter: the best-connected entity of the right label in copy 0."""
    labels = {"document": "Document", "agency": "Organization", "group": "LeadingGroup", "person": "Person"}
    params: dict[str, object] = {p.name: p.parse(p.default) if p.default else None for p in pack.parameters}
    for p in pack.parameters:
        if p.required and p.name == "date":
            params[p.name] = "2021-01-01"
        elif p.required:
            candidates = [(graph.degree(k), k) for k, d in graph.nodes(data=True) if d["label"] == labels[p.name] and k.endswith("~0")]
            key = max(candidates)[1] if candidates else f"{labels[p.name]}:none~0"
            params[p.name] = key.split(":", 1)[1]
    return params


def timings(driver, pack: Pack, params: dict[str, object], repeat: int) -> dict[str, float]:
    run_neo4j(driver, pack, params)
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        run_neo4j(driver, pack, params)
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    return {"p50_ms": round(statistics.median(seconds) * 1000, 2), "p95_ms": round(seconds[int(0.95 * (len(seconds) - 1))] * 1000, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--neo4j", default=None)
    parser.add_argument("--factor", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    base = load_graph(args.out)
    results: dict[str, dict[str, object]] = {}
    with open_driver(args.neo4j) as driver:
        for factor in (1, args.factor):
            graph = scale_graph(base, factor)
            clear(driver)
            load_graph_into(driver, graph)
            for name, pack in load_packs().items():
                params = sample_params(graph, pack)
                results.setdefault(name, {"params": params})[f"{factor}x"] = timings(driver, pack, params, args.repeat)
        clear(driver)
    for name, entry in results.items():
        entry["p95_ratio"] = round(entry[f"{args.factor}x"]["p95_ms"] / max(entry["1x"]["p95_ms"], 0.01), 2)
        print(f"{name:<30} 1x p95 {entry['1x']['p95_ms']:>8} ms   {args.factor}x p95 {entry[f'{args.factor}x']['p95_ms']:>8} ms   ratio {entry['p95_ratio']}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "query_scaling.json").write_text(json.dumps({"factor": args.factor, "repeat": args.repeat, "packs": results}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
