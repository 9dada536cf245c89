from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from chromium import Chromium, require_or_skip  # noqa: E402
from synthetic_graph import make_graph  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return make_graph()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Chromium]:
    binary = require_or_skip()
    if binary is None:
        pytest.skip("no chromium on PATH (apt-get install chromium fonts-noto-cjk; POLICYKG_REQUIRE_BROWSER=1 makes this a failure)")
    browser = Chromium(binary)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
