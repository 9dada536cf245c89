"""`policykg build` on hostile and broken inputs (tests/bad_inputs.py), each next to a good file.

A rejected input gives exactly one line ``Error: <path>[:line]: reason`` and exit status 3 while
the good file is still extracted and built; an input that can be read gives its documents, at
most the one warning its case names, and exit status 0. Injection strings stay inert text all
the way: records, graph.json, the HTML views and Neo4j.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from policykg.cli import EXIT_PARTIAL, main
from tests.bad_inputs import (
    BACKTICK_INJECTION,
    CASES,
    CYPHER_INJECTION,
    GOOD,
    GOOD_NUMBER,
    IMG_INJECTION,
    SCRIPT_INJECTION,
    Case,
    case_named,
)

# Texts that only differ from GOOD in how they are stored: they must give GOOD's records exactly.
SAME_TEXT_AS_GOOD = (
    "GBK", "UTF-8 BOM", "UTF-16 LE with BOM", "UTF-16 BE with BOM", "UTF-16 LE without BOM",
    "UTF-16 BE without BOM", "UTF-32 with BOM", "CR-only line ends", "CRLF line ends",
)
INJECTIONS = (
    "Cypher injection in a title", "backtick and parameter injection in a title", "script injection in a title",
    "onerror injection in a title", "full-width script tags in a title", "injections in roster posts", "HTML whose text is an escaped script",
)
# What a browser would run if a view let document text through as markup.
LIVE_MARKUP = ("<script>window.__pwned", "<img src=x")


def build(*paths: Path, out: Path, views: bool = False) -> Result:
    args = ["build", *map(str, paths), "-o", str(out)]
    return CliRunner().invoke(main, args if views else [*args, "--no-views"])


def lines_of(result: Result, kind: str) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith(f"{kind}: ")]


def skip_if_meaningless(case: Case) -> None:
    if case.needs_non_root and os.geteuid() == 0:
        pytest.skip("running as root, which reads files without read permission")


def write_case(case: Case, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return case.write(folder)


def good_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def record_of(out: Path, path: Path) -> dict:
    return json.loads((out / "records" / f"{path.stem}.json").read_text(encoding="utf-8"))


def graph_of(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def test_the_corpus_holds_at_least_thirty_distinct_cases_of_both_kinds():
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)
    assert sum(1 for case in CASES if case.reject) >= 10
    assert sum(1 for case in CASES if not case.reject) >= 10
    assert all(case.reject or case.numbers or case.titles for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_bad_input_gives_one_clear_line_and_the_good_file_is_still_built(case: Case, tmp_path: Path):
    skip_if_meaningless(case)
    bad = write_case(case, tmp_path / "in")
    good = good_file(tmp_path / "in")
    out = tmp_path / "out"
    result = build(bad, good, out=out)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    assert record_of(out, good)["documents"][0]["doc_number"] == GOOD_NUMBER
    graph_ids = {node["id"] for node in graph_of(out)["nodes"]}
    assert GOOD_NUMBER in graph_ids

    if case.reject:
        (error,) = lines_of(result, "Error")
        where = f"{bad}:{case.line}" if case.line else str(bad)
        assert error.startswith(f"Error: {where}: "), error
        assert re.search(case.reject, error[len(f"Error: {where}: "):]), error
        assert result.exit_code == EXIT_PARTIAL
        assert not (out / "records" / f"{bad.stem}.json").exists()
        return

    assert result.exit_code == 0, result.output
    assert lines_of(result, "Error") == []
    warnings = lines_of(result, "Warning")
    if case.warn:
        (warning,) = warnings
        where = f"{bad}:{case.line}" if case.line else str(bad)
        assert warning.startswith(f"Warning: {where}: "), warning
        assert re.search(case.warn, warning), warning
    else:
        assert warnings == []
    record = record_of(out, bad)
    documents = record["documents"]
    assert set(case.numbers) <= {document["doc_number"] for document in documents}
    assert set(case.titles) <= {document["title"] for document in documents}
    if case.count is not None:
        assert len(documents) == case.count
    assert set(case.members) <= {member["name"] for group in record["leading_groups"] for member in group["members"]}
    assert set(case.numbers) | {document["doc_number"] for document in documents if document["doc_number"]} <= graph_ids


@pytest.mark.parametrize("name", SAME_TEXT_AS_GOOD)
def test_the_same_text_in_another_encoding_or_line_ending_gives_the_same_records(name: str, tmp_path: Path):
    bad = write_case(case_named(name), tmp_path / "in")
    good = good_file(tmp_path / "in")
    out = tmp_path / "out"
    assert build(bad, good, out=out).exit_code == 0

    def facts(path: Path) -> list[tuple]:
        return [(d["title"], d["doc_number"], d["date"], d["issuer"], d["evidence"]["line"]) for d in record_of(out, path)["documents"]]

    assert facts(bad) == facts(good)


def test_one_batch_of_every_case_reports_each_rejected_input_once_and_builds_every_other(tmp_path: Path):
    cases = [case for case in CASES if not (case.needs_non_root and os.geteuid() == 0)]
    written = {case.name: write_case(case, tmp_path / "in" / f"{index:02d}") for index, case in enumerate(cases)}
    good = good_file(tmp_path / "in" / "good")
    out = tmp_path / "out"
    result = build(*written.values(), good, out=out, views=True)
    assert result.exit_code == EXIT_PARTIAL, result.output
    errors = lines_of(result, "Error")
    rejected = [case for case in cases if case.reject]
    assert len(errors) == len(rejected)
    for case in rejected:
        assert sum(1 for line in errors if line.startswith(f"Error: {written[case.name]}:")) == 1, case.name
    for case in cases:
        if not case.reject:
            assert record_of(out, written[case.name])["documents"], case.name
    assert (out / "index.html").is_file()
    assert f"{len(cases) - len(rejected) + 1} file(s)" in result.output


def test_a_batch_where_nothing_can_be_read_fails_and_writes_nothing(tmp_path: Path):
    inputs = [write_case(case_named(name), tmp_path / "in") for name in ("empty", "PDF signature", "missing file")]
    out = tmp_path / "out"
    result = build(*inputs, out=out)
    assert result.exit_code == 1
    assert len(lines_of(result, "Error")) == 4  # one per input, then the verdict
    assert "none of the 3 input(s) could be read; nothing written" in result.output
    assert not out.exists()


def test_a_full_success_exits_zero_and_a_partial_one_exits_three(tmp_path: Path):
    good = good_file(tmp_path / "in")
    assert build(good, out=tmp_path / "all").exit_code == 0
    empty = write_case(case_named("empty"), tmp_path / "in")
    assert build(empty, good, out=tmp_path / "some").exit_code == EXIT_PARTIAL


# -- injection strings stay text ----------------------------------------------------------------
@pytest.fixture(scope="module")
def injection_build(tmp_path_factory) -> Path:
    """The injection cases and the good file, built with views."""
    folder = tmp_path_factory.mktemp("injections")
    inputs = [write_case(case_named(name), folder / "in") for name in INJECTIONS]
    out = folder / "out"
    result = build(*inputs, good_file(folder / "in"), out=out, views=True)
    assert result.exit_code == 0, result.output
    return out


def injected_titles() -> list[str]:
    return [title for name in INJECTIONS for title in case_named(name).titles]


def test_injection_strings_are_kept_verbatim_in_records_and_graph_json(injection_build: Path):
    record_titles = {d["title"] for f in (injection_build / "records").glob("*.json")
                     for d in json.loads(f.read_text(encoding="utf-8"))["documents"]}
    graph_titles = {node.get("title") for node in graph_of(injection_build)["nodes"]}
    for title in injected_titles():
        assert title in record_titles and title in graph_titles
    groups = json.loads((injection_build / "records" / "posts.json").read_text(encoding="utf-8"))["leading_groups"]
    positions = [member["position"] for group in groups for member in group["members"]]
    assert SCRIPT_INJECTION in positions
    # Posts lose their inner spaces (李  旭 → 李旭); the characters themselves must all survive.
    assert any(re.sub(r"\s", "", CYPHER_INJECTION) in position for position in positions)
    raw_graph = (injection_build / "graph.json").read_text(encoding="utf-8")
    assert SCRIPT_INJECTION in raw_graph and re.sub(r"\s", "", CYPHER_INJECTION) in raw_graph


def test_views_show_injected_markup_as_escaped_text_and_run_none_of_it(injection_build: Path, tmp_path: Path):
    clean = tmp_path / "clean"
    assert build(good_file(tmp_path / "in"), out=clean, views=True).exit_code == 0
    pages = [injection_build / "index.html", *sorted((injection_build / "views").glob("*.html"))]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for markup in LIVE_MARKUP:
            assert markup not in html, f"{page.name}: {markup}"
        twin = clean / page.relative_to(injection_build)
        assert html.count("<script") == twin.read_text(encoding="utf-8").count("<script"), page.name
    index = pages[0].read_text(encoding="utf-8")
    assert "示例市人民政府关于&lt;script&gt;window.__pwned=1&lt;/script&gt;的通知" in index
    assert "示例市人民政府关于&lt;img src=x onerror=window.__pwned=2&gt;的通知" in index
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;" in index


@pytest.mark.neo4j
def test_injection_strings_load_into_neo4j_as_values_that_change_nothing_else(injection_build: Path, neo4j_env, clean_neo4j):
    result = CliRunner().invoke(main, ["load", str(injection_build)])
    assert result.exit_code == 0, result.output
    graph = graph_of(injection_build)
    count = clean_neo4j.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    relationships = clean_neo4j.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    assert (count, relationships) == (len(graph["nodes"]), len(graph["edges"]))
    stored = {r["title"] for r in clean_neo4j.execute_query("MATCH (d:Document) RETURN d.title AS title").records}
    assert set(injected_titles()) <= stored
    assert f"示例市人民政府关于{BACKTICK_INJECTION}的通知" in stored
    found = clean_neo4j.execute_query("MATCH (d:Document) WHERE d.title CONTAINS $text RETURN d.doc_number AS number",
                                      text=IMG_INJECTION).records
    assert [r["number"] for r in found] == ["示政发〔2024〕14号"]


# -- cycles -------------------------------------------------------------------------------------
def test_a_repeal_cycle_and_a_self_citation_build_and_answer_status(tmp_path: Path):
    inputs = [write_case(case_named(name), tmp_path / "in") for name in ("repeal cycle", "document citing itself")]
    out = tmp_path / "out"
    assert build(*inputs, out=out, views=True).exit_code == 0
    edges = graph_of(out)["edges"]
    assert all(edge["_from"] != edge["_to"] for edge in edges)
    repeals = {(edge["_from"], edge["_to"]) for edge in edges if edge["type"] == "REPEALS"}
    assert repeals == {("Document:示政发〔2024〕10号", "Document:示政发〔2024〕11号"), ("Document:示政发〔2024〕11号", "Document:示政发〔2024〕10号")}
    for number in ("示政发〔2024〕10号", "示政发〔2024〕11号"):
        status = CliRunner().invoke(main, ["status", number, "--graph", str(out), "--as-of", "2024-12-31"])
        assert status.exit_code == 0 and "repealed" in status.output, status.output
    view = CliRunner().invoke(main, ["render", "amendments", "--param", "document=示政发〔2024〕10号", "-o", str(tmp_path / "chain.html"), "--graph", str(out)])
    assert view.exit_code == 0, view.output
    status = CliRunner().invoke(main, ["status", "示政发〔2024〕8号", "--graph", str(out), "--as-of", "2024-12-31"])
    assert status.exit_code == 0 and "in force" in status.output
