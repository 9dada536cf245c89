"""Throughput of batched ``UNWIND $rows MERGE`` against one MERGE per row, on the same rows.

Both paths send the same statements from ``neo4j_store`` into an empty database with the schema in
place; the per-row path sends each row in its own transaction, as a naive loader would.

    .venv/bin/python benchmarks/load_batched_vs_per_row.py OUT [--neo4j URI] [--factor 10]

Writes benchmarks/results/load_batched_vs_per_row.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from load_scaling import clear, scale_graph

from policykg.graph.embedded import load_graph
from policykg.graph.graph_rows import edge_rows, node_rows
from policykg.graph.neo4j_connect import open_driver
from policykg.graph.neo4j_store import ensure_schema, load_graph_into, merge_edges_statement, merge_nodes_statement

RESULTS = Path(__file__).parent / "results"


def per_row_load(driver, graph) -> None:
    ensure_schema(driver)
    with driver.session() as session:
        for label, rows in node_rows(graph).items():
            statement = merge_nodes_statement(label)
            for row in rows:
                session.execute_write(lambda tx, r=row: tx.run(statement, rows=[{"id": r.id, "props": r.props}]).consume())
        for rel, rows in edge_rows(graph).items():
            statement = merge_edges_statement(rel)
            for row in rows:
                params = [{"start": row.start_id, "end": row.end_id, "key": row.key, "props": row.props}]
                session.execute_write(lambda tx, p=params: tx.run(statement, rows=p).consume())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--neo4j", default=None)
    parser.add_argument("--factor", type=int, default=10, help="scale the corpus graph this many times")
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    graph = scale_graph(load_graph(args.out), args.factor)
    rows = graph.number_of_nodes() + graph.number_of_edges()
    timings = {}
    with open_driver(args.neo4j) as driver:
        for name, run in (("per_row", lambda: per_row_load(driver, graph)),
                          ("batched", lambda: load_graph_into(driver, graph, batch_size=args.batch_size))):
            clear(driver)
            start = time.perf_counter()
            run()
            timings[name] = time.perf_counter() - start
            print(name, f"{timings[name]:.2f}s", f"{rows / timings[name]:.0f} rows/s")
        clear(driver)
    result = {
        "rows": rows, "factor": args.factor, "batch_size": args.batch_size,
        "per_row_seconds": round(timings["per_row"], 3), "batched_seconds": round(timings["batched"], 3),
        "per_row_rows_per_second": round(rows / timings["per_row"]), "batched_rows_per_second": round(rows / timings["batched"]),
        "speedup": round(timings["per_row"] / timings["batched"], 1),
    }
    print(json.dumps(result))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load_batched_vs_per_row.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
