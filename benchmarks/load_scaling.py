"""Load time against corpus size: the corpus graph scaled 1× … 100× with distinct ids, each size
loaded by the batched loader into an emptied database. Load time should grow linearly with the rows.

Each measurement starts from an emptied database (no nodes or relationships; the model's constraints
and indexes kept, see ``bench_common.empty_database``) and times ``neo4j_store.load_graph_into`` alone;
the stored counts are checked after each. Three untimed 1× loads warm the server up first. The sizes
are then loaded in ascending and again in descending order (1, 10, … 100, 100, … 10, 1), so that a
drift in the load from other work on the machine falls on small and large sizes alike; each size's
time is the mean of its two loads.

Linearity: a least-squares line seconds = fixed + rows × cost through all sizes, its R², and the cost
per row at the largest size against the cost per row at 10× (at 1× the fixed cost of a load — schema
check, per-file synchronisation, the read-back count — is a visible part of the time).

    .venv/bin/python benchmarks/load_scaling.py OUT [--neo4j URI] [--factors 1,10,25,50,100]

Writes benchmarks/results/load_scaling.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from bench_common import conditions, corpus, empty_database, load_average, scale_graph, start_fresh, timed

from policykg.graph.embedded import load_graph
from policykg.graph.neo4j_connect import open_driver
from policykg.graph.neo4j_store import DEFAULT_BATCH_SIZE, count_graph, load_graph_into

RESULTS = Path(__file__).parent / "results"
LINEAR_TOLERANCE = 1.25  # cost per row at the largest size at most this many times the cost at 10×


def linear_fit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Intercept, slope and R² of the least-squares line."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    intercept = my - slope * mx
    ss_res = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - my) ** 2 for y in ys)
    return intercept, slope, 1 - ss_res / ss_tot if ss_tot else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="output directory of `policykg build` (its graph.json)")
    parser.add_argument("--neo4j", default=None, help="Bolt URI (default: NEO4J_URI, else the managed server)")
    parser.add_argument("--factors", default="1,10,25,50,100")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args()
    base = load_graph(args.out)
    factors = sorted(map(int, args.factors.split(",")))
    seconds: dict[int, list[float]] = {f: [] for f in factors}
    load: dict[int, list[tuple[float, float]]] = {f: [] for f in factors}
    shape: dict[int, tuple[int, int]] = {}
    with open_driver(args.neo4j) as driver:
        info = conditions(driver)
        start_fresh(driver)
        for _ in range(3):  # warm-up, untimed
            empty_database(driver)
            load_graph_into(driver, scale_graph(base, 1), batch_size=args.batch_size)
        for factor in factors + factors[::-1]:
            graph = scale_graph(base, factor)
            shape[factor] = (graph.number_of_nodes(), graph.number_of_edges())
            empty_database(driver)
            before = load_average()
            seconds[factor].append(timed(lambda graph=graph: load_graph_into(driver, graph, batch_size=args.batch_size)))
            load[factor].append((before, load_average()))
            assert count_graph(driver).total() == shape[factor]
            print(json.dumps({"factor": factor, "rows": sum(shape[factor]), "seconds": round(seconds[factor][-1], 3)}), flush=True)
            del graph
        empty_database(driver, schema=False)
    runs = []
    for factor in factors:
        rows = sum(shape[factor])
        mean = statistics.fmean(seconds[factor])
        runs.append({"factor": factor, "nodes": shape[factor][0], "edges": shape[factor][1], "rows": rows,
                     "seconds": round(mean, 3), "all_seconds": [round(s, 3) for s in seconds[factor]],
                     "rows_per_second": round(rows / mean), "microseconds_per_row": round(mean / rows * 1e6, 1),
                     "load_average_before_after": load[factor]})
    intercept, slope, r2 = linear_fit([r["rows"] for r in runs], [r["seconds"] for r in runs])
    by_factor = {r["factor"]: r for r in runs}
    reference = by_factor.get(10, runs[0])
    largest = runs[-1]
    growth = round(largest["microseconds_per_row"] / reference["microseconds_per_row"], 2)
    result = {
        "benchmark": "batched load time against corpus size (synthetic scale-up, distinct ids)",
        "method": "load_graph_into with the default batch size into an emptied database (nodes and relationships "
                  "deleted, schema kept) per measurement, timed around load_graph_into only, stored counts checked; three "
                  "untimed 1x warm-up loads first; sizes loaded ascending then descending, time = mean of the two loads",
        "conditions": info, "corpus": corpus(args.out, base),
        "batch_size": args.batch_size, "runs": runs,
        "linear_fit": {"fixed_seconds": round(intercept, 3), "microseconds_per_row": round(slope * 1e6, 1), "r_squared": round(r2, 4)},
        "cost_per_row_largest_vs_reference": growth, "reference_factor": reference["factor"], "largest_factor": largest["factor"],
        "target": f"linear: R^2 >= 0.99 and cost per row at {largest['factor']}x within {LINEAR_TOLERANCE}x of {reference['factor']}x",
        "meets_target": r2 >= 0.99 and growth <= LINEAR_TOLERANCE,
    }
    print(json.dumps({k: result[k] for k in ("linear_fit", "cost_per_row_largest_vs_reference", "meets_target")}))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "load_scaling.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
