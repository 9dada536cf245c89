"""Extraction time against issue size: one synthetic 示例市 gazette of N notices, N from 500 to 8,000.

Usage: python benchmarks/extract_scaling.py [--sizes 500 2000 8000]
Writes benchmarks/results/extract_scaling.json. Time per document should stay flat (linear growth):
the target is that the largest issue costs at most 1.5 × the smallest per document.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from policykg.extract.pipeline import build_pipeline, run  # noqa: E402
from policykg.extract.read import decode_bytes  # noqa: E402
from tests.bad_inputs import gazette  # noqa: E402  (the bad-input corpus's gazette generator)

TARGET_PER_DOCUMENT_RATIO = 1.5


def measure(sizes: list[int]) -> dict:
    nlp = build_pipeline()
    rows = []
    for size in sizes:
        data = gazette(size).encode("utf-8")
        started = time.perf_counter()
        doc = run(nlp, decode_bytes(data, f"gazette_{size}.txt"))
        seconds = time.perf_counter() - started
        rows.append({"documents": size, "found": len(doc._.documents), "characters": len(doc.text), "seconds": round(seconds, 2),
                     "ms_per_document": round(1000 * seconds / size, 3)})
    ratio = rows[-1]["ms_per_document"] / rows[0]["ms_per_document"]
    return {"rows": rows, "per_document_ratio_largest_to_smallest": round(ratio, 2),
            "target_ratio": TARGET_PER_DOCUMENT_RATIO, "meets_target": ratio <= TARGET_PER_DOCUMENT_RATIO}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 8000], help="numbers of notices in the issue")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "extract_scaling.json", help="result JSON file")
    args = parser.parse_args()
    result = measure(sorted(args.sizes))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
