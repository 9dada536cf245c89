"""Load throughput: batched ``UNWIND $rows MERGE`` against one MERGE per row, on the same rows.

Both sides are the product loader, ``neo4j_store.load_graph_into``, given the same graph: batched with
its default batch size, per-row with ``batch_size=1`` (every node and every relationship its own
``MERGE`` in its own transaction, as a naive loader would send them). Same statements, same per-file
synchronisation, same read-back count; only the batching differs.

Each measurement starts from an emptied database (no nodes or relationships; the model's constraints
and indexes kept, see ``bench_common.empty_database``) and is timed around ``load_graph_into`` alone;
the stored counts are checked after each. Before measuring, ``--warmup`` untimed batched loads and
one untimed per-row load of every 10th node warm the server up (query plans, JIT). Then ``--repeat``
rounds of one per-row load followed by ``--batched-per-round`` batched loads: a batched load takes
under a second, so it is the one a burst of other work on the machine distorts, and taking several
keeps the median steady. The speedup is median per-row time over median batched time; each round's
own ratio is reported too.

    .venv/bin/python benchmarks/load_batched_vs_per_row.py OUT [--neo4j URI] [--factor 1] [--repeat 5]

Writes benchmarks/results/load_batched_vs_per_row.json. Target: speedup ≥ 20.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import networkx as nx
from bench_common import conditions, corpus, empty_database, graph_rows, load_average, scale_graph, start_fresh, timed

from policykg.graph.embedded import load_graph
from policykg.graph.neo4j_connect import open_driver
from policykg.graph.neo4j_store import DEFAULT_BATCH_SIZE, count_graph, load_graph_into

RESULTS = Path(__file__).parent / "results"
TARGET = 20


def warm_up_graph(graph: nx.MultiDiGraph, every: int = 10) -> nx.MultiDiGraph:
    """Every ``every``-th node of each label with the edges among them: each statement runs, briefly."""
    keep = [key for n, key in enumerate(graph.nodes) if n % every == 0]
    return nx.MultiDiGraph(graph.subgraph(keep))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="output directory of `policykg build` (its graph.json)")
    parser.add_argument("--neo4j", default=None, help="Bolt URI (default: NEO4J_URI, else the managed server)")
    parser.add_argument("--factor", type=int, default=1, help="scale the corpus graph this many times (distinct ids)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds: one per-row load, then the batched loads")
    parser.add_argument("--batched-per-round", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=3, help="untimed batched loads before measuring (JIT of a fresh server)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args()
    base = load_graph(args.out)
    graph = scale_graph(base, args.factor)
    rows = graph_rows(graph)
    sides = {"per_row": 1, "batched": args.batch_size}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    with open_driver(args.neo4j) as driver:
        info = conditions(driver)
        start_fresh(driver)
        warm = warm_up_graph(graph)
        for size in [args.batch_size] * args.warmup + [1]:
            empty_database(driver)
            load_graph_into(driver, warm if size == 1 else graph, batch_size=size)
        expected = (graph.number_of_nodes(), graph.number_of_edges())
        rounds = []
        for _ in range(args.repeat):
            rounds.append({})
            for name, size in sides.items():
                for _ in range(1 if size == 1 else args.batched_per_round):
                    empty_database(driver)
                    before = load_average()
                    seconds = timed(lambda size=size: load_graph_into(driver, graph, batch_size=size))
                    stored = count_graph(driver).total()
                    assert stored == expected, (name, stored, expected)
                    runs[name].append({"seconds": round(seconds, 3), "rows_per_second": round(rows / seconds),
                                       "load_average_before": before, "load_average_after": load_average()})
                    rounds[-1].setdefault(name, []).append(seconds)
                    print(name, json.dumps(runs[name][-1]), flush=True)
        empty_database(driver, schema=False)
    median = {name: statistics.median(r["seconds"] for r in runs[name]) for name in sides}
    pairs = [round(r["per_row"][0] / statistics.median(r["batched"]), 1) for r in rounds]
    speedup = round(median["per_row"] / median["batched"], 1)
    result = {
        "benchmark": "load throughput, batched UNWIND MERGE vs one MERGE per row, same rows",
        "method": "product loader load_graph_into on the same scaled corpus graph: batched (batch_size as given) vs "
                  "batch_size=1 (one row per statement and transaction); each run into an emptied database (nodes and "
                  "relationships deleted, schema kept), timed around load_graph_into only, stored counts checked; warmup "
                  "untimed batched loads and one untimed per-row load of every 10th node first; repeat rounds of one per-row load "
                  "then batched_per_round batched loads; speedup = median per-row / median batched",
        "conditions": info, "corpus": corpus(args.out, base),
        "factor": args.factor, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "rows": rows,
        "batch_size": args.batch_size, "warmup": args.warmup, "repeat": args.repeat, "batched_per_round": args.batched_per_round,
        "runs": runs,
        "per_row_seconds_median": round(median["per_row"], 3), "batched_seconds_median": round(median["batched"], 3),
        "per_row_rows_per_second": round(rows / median["per_row"]), "batched_rows_per_second": round(rows / median["batched"]),
        "speedup": speedup, "speedup_per_round": pairs,
        "target_speedup": TARGET, "meets_target": speedup >= TARGET,
    }
    print(json.dumps({k: result[k] for k in ("rows", "per_row_rows_per_second", "batched_rows_per_second", "speedup", "speedup_per_round")}))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load_batched_vs_per_row.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
