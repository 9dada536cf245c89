"""Query pack latency at 100× the corpus against 1×: p50 and p95 of every pack, on Neo4j.

The database holds the corpus graph scaled 1× (one copy), then ``--factor`` × (that many disjoint
copies, ``bench_common.scale_graph``), then 1× again. Every pack is asked the same question of copy 0
at each size:

- packs that look one entity up (a document, agency, group or person) get an entity of copy 0 for
  which the pack answers something at 1× (the best connected one that does, found with the pack's
  embedded twin);
- packs with an optional ``jurisdiction`` (or ``document``) are asked twice: scoped to copy 0's
  jurisdiction (or its best-connected document), and over the whole corpus.

A lookup or a scoped listing has the same answer at every size (checked: the rows at ``--factor`` ×
must equal the rows at 1×), so its latency should not grow with the database; the target, p95 at
``--factor`` × within 3× of p95 at 1×, applies to these. A whole-corpus listing reads the whole
corpus by definition and, but for an empty answer, returns ``--factor`` times as many rows; its
figures are recorded (``held_to_target`` false) and not held to the target. A control query,
``RETURN 1``, is timed alongside: its p95 at each size shows how much of a millisecond-scale p95 is
the machine's scheduling jitter rather than the query.

Timing: each call is the product's ``run_neo4j`` (a session, the query, every row fetched), measured
with ``perf_counter`` around it. At each size every call is warmed up ``--warmup`` times (query
plans, page cache), then the calls are timed in ``--rounds`` rounds of ``--repeat`` runs each, so a
burst of other work on the machine spreads over all packs instead of landing on one. The 1× figures
pool the two 1× loads, before and after the large one. p95 is the nearest-rank 95th percentile.

    .venv/bin/python benchmarks/query_scaling.py OUT [--neo4j URI] [--factor 100] [--repeat 25] [--rounds 4]

Writes benchmarks/results/query_scaling.json.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from bench_common import conditions, corpus, empty_database, graph_rows, load_average, scale_graph, start_fresh, timed

from policykg.graph.embedded import load_graph
from policykg.graph.neo4j_connect import open_driver
from policykg.graph.neo4j_store import load_graph_into
from policykg.graph.query import Pack, load_packs, run_embedded, run_neo4j

RESULTS = Path(__file__).parent / "results"
TARGET_RATIO = 3.0
ENTITY_LABELS = {"document": "Document", "agency": "Organization", "group": "LeadingGroup", "person": "Person"}
IN_FORCE_DATE = "2024-01-01"
MAX_CANDIDATES = 200


@dataclass
class Call:
    pack: Pack
    variant: str  # "lookup", "jurisdiction", "document" or "whole_corpus"
    params: dict[str, Any]
    seconds: dict[str, list[float]] = field(default_factory=dict)
    rows: dict[str, list[tuple]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.pack.name} [{self.variant}]"


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _answers(graph: nx.MultiDiGraph, pack: Pack, params: dict[str, Any]) -> bool:
    return bool(run_embedded(graph, pack, params).rows)


def _entities(graph: nx.MultiDiGraph, label: str) -> list[str]:
    """Ids of copy 0's nodes of ``label``, best connected first."""
    keyed = [(-graph.degree(key), key) for key, data in graph.nodes(data=True) if data["label"] == label]
    return [graph.nodes[key]["id"] for _, key in sorted(keyed)]


def plan_calls(one: nx.MultiDiGraph) -> list[Call]:
    """The calls to time, with parameters chosen on the 1× graph (copy 0)."""
    documents = [d for _, d in one.nodes(data=True) if d["label"] == "Document" and not d.get("stub")]
    jurisdiction = Counter(d.get("jurisdiction") for d in documents if d.get("jurisdiction")).most_common(1)[0][0]
    calls = []
    for pack in load_packs().values():
        defaults = {p.name: (p.parse(p.default) if p.default is not None else None) for p in pack.parameters}
        if any(p.name == "date" for p in pack.parameters):
            defaults["date"] = IN_FORCE_DATE
        entity = next((p for p in pack.parameters if p.required and p.name in ENTITY_LABELS), None)
        if entity:
            for ident in _entities(one, ENTITY_LABELS[entity.name])[:MAX_CANDIDATES]:
                params = {**defaults, entity.name: ident}
                if _answers(one, pack, params):
                    break
            calls.append(Call(pack, "lookup", params))
            continue
        optional = {p.name for p in pack.parameters if not p.required}
        if "jurisdiction" in optional:
            calls.append(Call(pack, "jurisdiction", {**defaults, "jurisdiction": jurisdiction}))
        if "document" in optional:
            for ident in _entities(one, "Document")[:MAX_CANDIDATES]:
                params = {**defaults, "document": ident}
                if _answers(one, pack, params):
                    break
            calls.append(Call(pack, "document", params))
        calls.append(Call(pack, "whole_corpus", defaults))
    # Control: a query that touches no data, timed alongside; its p95 shows the machine's jitter.
    calls.append(Call(Pack("control_return_1", "RETURN 1, no data touched", (), "", "RETURN 1 AS one"), "control", {}))
    return calls


def measure(driver, calls: list[Call], size: str, warmup: int, rounds: int, repeat: int, budget: float) -> None:
    """Warm every call up, then time it ``rounds`` × ``repeat`` times; a call whose warm-up run takes
    long (a whole-corpus listing at a large size) is timed fewer times, within ``budget`` seconds a
    round but at least twice."""
    runs = {}
    for call in calls:
        warm = []
        for _ in range(max(1, warmup)):
            start = time.perf_counter()
            result = run_neo4j(driver, call.pack, call.params)
            warm.append(time.perf_counter() - start)
        call.rows[size] = result.rows
        runs[call.name] = max(2, min(repeat, int(budget / max(min(warm), 1e-6))))
    for _ in range(rounds):
        for call in calls:
            for _ in range(runs[call.name]):
                start = time.perf_counter()
                run_neo4j(driver, call.pack, call.params)
                call.seconds.setdefault(size, []).append(time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="output directory of `policykg build` (its graph.json)")
    parser.add_argument("--neo4j", default=None, help="Bolt URI (default: NEO4J_URI, else the managed server)")
    parser.add_argument("--factor", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument("--budget", type=float, default=4.0, help="seconds a call may take per round (fewer runs if slower)")
    args = parser.parse_args()
    base = load_graph(args.out)
    one = scale_graph(base, 1)
    calls = plan_calls(one)
    big_label = f"{args.factor}x"
    sizes: dict[str, Any] = {}
    with open_driver(args.neo4j) as driver:
        info = conditions(driver)
        start_fresh(driver)
        for size, factor in (("1x", 1), (big_label, args.factor), ("1x_after", 1)):
            graph = one if factor == 1 else scale_graph(base, factor)
            empty_database(driver)
            load_seconds = timed(lambda graph=graph: load_graph_into(driver, graph))
            sizes[size] = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "rows": graph_rows(graph),
                           "load_seconds": round(load_seconds, 1), "load_average_before": load_average()}
            print(size, json.dumps(sizes[size]), flush=True)
            measure(driver, calls, size, args.warmup, args.rounds, args.repeat, args.budget)
            sizes[size]["load_average_after"] = load_average()
            del graph
        empty_database(driver, schema=False)

    packs = []
    for call in calls:
        small = call.seconds["1x"] + call.seconds["1x_after"]
        large = call.seconds[big_label]
        held = call.variant not in ("whole_corpus", "control")
        if held:
            assert call.rows[big_label] == call.rows["1x"] == call.rows["1x_after"], f"{call.name}: answer changed with size"
        entry = {
            "pack": call.pack.name, "variant": call.variant,
            "params": {k: v for k, v in call.params.items() if v is not None},
            "rows_1x": len(call.rows["1x"]), f"rows_{big_label}": len(call.rows[big_label]),
            "answer_grows": len(call.rows[big_label]) != len(call.rows["1x"]),
            "1x": {"p50_ms": round(statistics.median(small) * 1000, 2), "p95_ms": round(p95(small) * 1000, 2), "samples": len(small)},
            big_label: {"p50_ms": round(statistics.median(large) * 1000, 2), "p95_ms": round(p95(large) * 1000, 2), "samples": len(large)},
        }
        entry["p95_ratio"] = round(p95(large) / p95(small), 2)
        entry["held_to_target"] = held
        entry["meets_target"] = (entry["p95_ratio"] <= TARGET_RATIO) if held else None
        packs.append(entry)
        print(f"{call.name:<45} rows {entry['rows_1x']:>5} → {entry[f'rows_{big_label}']:>6}   p95 1x {entry['1x']['p95_ms']:>8} ms   "
              f"{big_label} {entry[big_label]['p95_ms']:>9} ms   ratio {entry['p95_ratio']:>6}{'' if held else f'  ({call.variant})'}", flush=True)
    held = [p for p in packs if p["held_to_target"]]
    result = {
        "benchmark": f"query pack latency at {args.factor}x the corpus against 1x",
        "method": "database loaded with the 1x graph, then the scaled graph, then the 1x graph again (emptied before each); "
                  "each call = policykg.graph.query.run_neo4j (session, query, all rows fetched) timed with perf_counter; "
                  f"{args.warmup} untimed warm-up runs per call and size, then {args.rounds} rounds x {args.repeat} timed runs "
                  f"(fewer, at least 2, for a call slower than {args.budget} s per round), rounds going through all calls; "
                  "1x figures pool both 1x loads; p95 nearest-rank; the target applies to lookups and scoped listings "
                  "(their rows checked equal at both sizes), not to whole-corpus listings",
        "conditions": info, "corpus": corpus(args.out, base),
        "factor": args.factor, "sizes": sizes,
        "target": f"p95 at {args.factor}x <= {TARGET_RATIO}x p95 at 1x, for every lookup and scoped call",
        "worst_ratio_held_to_target": max(p["p95_ratio"] for p in held),
        "meets_target": all(p["meets_target"] for p in held),
        "packs": packs,
    }
    print(json.dumps({k: result[k] for k in ("worst_ratio_held_to_target", "meets_target")}))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "query_scaling.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
