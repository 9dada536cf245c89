"""Shared fixtures. The real corpus lives outside the repository, in ../shared (there in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir() or not any(corpus.glob("*.txt")):
        pytest.skip(f"real corpus not found at {corpus} (it is provided in CI and on our machines)")
    return corpus


@pytest.fixture(scope="session")
def shared_gold() -> Path:
    gold = SHARED / "gold"
    if not gold.is_dir() or not any(gold.glob("*.json")):
        pytest.skip(f"gold annotations not found at {gold}")
    return gold


@pytest.fixture(scope="session")
def example_corpus() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def nlp():
    from policykg.extract.pipeline import build_pipeline

    return build_pipeline()
