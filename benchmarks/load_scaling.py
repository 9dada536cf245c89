"""Load time against corpus size: the corpus graph scaled 1× … 100× with distinct ids, each size
loaded into an empty database. Batched loading should grow linearly with the number of rows.

    .venv/bin/python benchmarks/load_scaling.py OUT [--neo4j URI] [--factors 1,10,50,100]

Writes benchmarks/results/load_scaling.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import networkx as nx
from neo4j import Driver

from policykg.graph.embedded import load_graph
from policykg.graph.neo4j_connect import open_driver
from policykg.graph.neo4j_store import load_graph_into

RESULTS = Path(__file__).parent / "results"


def scale_graph(graph: nx.MultiDiGraph, factor: int) -> nx.MultiDiGraph:
    """``factor`` disjoint copies: every id, source file and edge key suffixed with the copy number."""
    scaled = nx.MultiDiGraph(**graph.graph)
    for copy in range(factor):
        def rename(key: str) -> str:
            return f"{key}~{copy}"
        for key, data in graph.nodes(data=True):
            ident = data.get("id") or key.removeprefix(f"{data['label']}:")
            scaled.add_node(rename(key), **{**data, "id": rename(ident), "sources": [rename(s) for s in data.get("sources", [])],
                                            "source": rename(data["source"]) if data.get("source") else None})
        for u, v, key, data in graph.edges(keys=True, data=True):
            scaled.add_edge(rename(u), rename(v), key=rename(key), **{**data, "source": rename(data["source"]) if data.get("source") else None})
    return scaled


def clear(driver: Driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="output directory of `policykg build` (its graph.json)")
    parser.add_argument("--neo4j", default=None, help="Bolt URI (default: the managed server)")
    parser.add_argument("--factors", default="1,10,25,50,100")
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    base = load_graph(args.out)
    runs = []
    with open_driver(args.neo4j) as driver:
        for factor in map(int, args.factors.split(",")):
            graph = scale_graph(base, factor)
            clear(driver)
            start = time.perf_counter()
            load_graph_into(driver, graph, batch_size=args.batch_size)
            seconds = time.perf_counter() - start
            rows = graph.number_of_nodes() + graph.number_of_edges()
            runs.append({"factor": factor, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                         "seconds": round(seconds, 3), "rows_per_second": round(rows / seconds)})
            print(json.dumps(runs[-1]))
        clear(driver)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load_scaling.json").write_text(json.dumps({"batch_size": args.batch_size, "runs": runs}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
