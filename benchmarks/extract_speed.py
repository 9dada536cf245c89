"""Extraction speed: characters per second of the full pipeline against spaCy's bare
``spacy.blank("zh")`` tokenizer on the same texts in the same run, plus peak memory.

Usage: python benchmarks/extract_speed.py [CORPUS_DIR] [--repeat N]
Writes benchmarks/results/extract_speed.json. The target is pipeline ≥ 0.5 × tokenizer speed.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
import tracemalloc
from pathlib import Path

import spacy

from policykg.extract.pipeline import build_pipeline, run
from policykg.extract.read import DecodedText, read_file

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
TARGET_RATIO = 0.5


def _best_seconds(action, texts: list, repeat: int) -> float:
    """Best of ``repeat`` timings of ``action`` over all texts: the least disturbed by other load."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            action(text)
        best = min(best, time.perf_counter() - started)
    return best


def measure(corpus: Path, repeat: int) -> dict:
    decoded: list[DecodedText] = [read_file(path) for path in sorted(corpus.glob("*.txt"))]
    if not decoded:
        raise SystemExit(f"no *.txt files in {corpus}")
    chars = sum(len(d.text) for d in decoded)
    tokenizer = spacy.blank("zh")
    tokenizer.max_length = max(len(d.text) for d in decoded) + 1
    nlp = build_pipeline()
    run(nlp, decoded[0])  # warm-up: lazy imports and caches are not part of the rate
    tokenizer_seconds = _best_seconds(lambda d: tokenizer.make_doc(d.text), decoded, repeat)
    pipeline_seconds = _best_seconds(lambda d: run(nlp, d), decoded, repeat)
    tracemalloc.start()
    for d in decoded:
        run(nlp, d)
    _, peak_traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tokenizer_rate = chars / tokenizer_seconds
    pipeline_rate = chars / pipeline_seconds
    return {
        "files": len(decoded),
        "characters": chars,
        "repeat": repeat,
        "tokenizer_chars_per_second": round(tokenizer_rate),
        "pipeline_chars_per_second": round(pipeline_rate),
        "ratio_pipeline_to_tokenizer": round(pipeline_rate / tokenizer_rate, 3),
        "target_ratio": TARGET_RATIO,
        "meets_target": pipeline_rate / tokenizer_rate >= TARGET_RATIO,
        "pipeline_components": list(nlp.pipe_names),
        "peak_traced_python_memory_mb": round(peak_traced / 2**20, 1),
        "max_resident_set_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt inputs")
    parser.add_argument("--repeat", type=int, default=3, help="timings per side; the best is kept")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "extract_speed.json", help="result JSON file")
    args = parser.parse_args()
    result = measure(args.corpus, args.repeat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
