"""Every query pack answers the same on Neo4j and embedded, on the synthetic graph and the real corpus."""

from __future__ import annotations

import pytest

from policykg.errors import UsageError
from policykg.graph.build import build_graph
from policykg.graph.embedded_queries import TWINS
from policykg.graph.neo4j_store import load_graph_into
from policykg.graph.query import format_result, get_pack, load_packs, parse_pack, run_embedded, run_neo4j
from tests.graph.synthetic_graph import synthetic_graph

# Parameters that reach into the synthetic graph, per pack; packs with none use their defaults.
SYNTHETIC_CALLS = {
    "agencies_sharing_duties": [{}, {"jurisdiction": "示例县"}, {"document": "示政发〔2023〕5号", "jurisdiction": "示例市"}],
    "agency_portfolio": [{"agency": "市发改委"}, {"agency": "示例市|市商务局"}],
    "amendment_chain": [{"document": "示政发〔2023〕1号"}, {"document": "示政规〔2019〕2号"}, {"document": "无此文件"}],
    "documents_in_force": [{"date": "2024-01-01"}, {"date": "2024-06-15"}, {"date": "2023-02-15", "jurisdiction": "示例市"}],
    "document_effects": [{"document": "示政发〔2024〕3号"}, {"document": "示政办发〔2024〕8号"}],
    "group_members": [{"group": "示例市示例工作领导小组"}, {"group": "示例市应急指挥部"}, {"group": "示例市示例工作专班", "as_of": "2024-04-01"},
                      {"group": "示例市示例工作专班", "as_of": "2024-06-01"}, {"group": "示例市示例工作领导小组", "as_of": "2024-01-01"}],
    "person_groups": [{"person": "张三"}, {"person": "示例市|王五"}, {"person": "李四", "as_of": "2024-04-01"}],
    "people_on_many_groups": [{}, {"min_groups": "3"}, {"min_groups": "1", "jurisdiction": "示例市"}],
    "groups_sharing_members": [{}, {"min_shared": "2"}],
    "citation_neighbourhood": [{"document": "示政发〔2023〕5号"}, {"document": "示政规〔2019〕2号", "depth": "3"}],
    "tasks_of_succeeded_agencies": [{}, {"jurisdiction": "示例县"}],
    "repealed_still_cited": [{}, {"jurisdiction": "示例县"}],
}


def test_every_pack_has_a_twin_synthetic_calls_and_a_complete_header():
    packs = load_packs()
    assert set(packs) == set(TWINS) == set(SYNTHETIC_CALLS)
    for pack in packs.values():
        assert pack.description and pack.example.startswith(f"policykg query {pack.name}")


def test_synthetic_calls_return_rows_for_every_pack():
    graph = synthetic_graph()
    for name, calls in SYNTHETIC_CALLS.items():
        pack = get_pack(name)
        assert any(run_embedded(graph, pack, pack.bind(raw)).rows for raw in calls), f"{name} finds nothing in the synthetic graph"


def test_documents_in_force_drops_repealed_expired_and_not_yet_effective_documents():
    pack = get_pack("documents_in_force")
    graph = synthetic_graph()
    before_repeal = {row[0] for row in run_embedded(graph, pack, pack.bind({"date": "2024-03-06"})).rows}
    after_repeal = {row[0] for row in run_embedded(graph, pack, pack.bind({"date": "2024-05-25"})).rows}
    assert "示政规〔2019〕2号" in before_repeal and "示政规〔2019〕2号" not in after_repeal
    assert "示政办发〔2024〕8号" not in after_repeal  # signed 05-20, effective 06-01
    assert "示政发〔2017〕3号" not in after_repeal  # a stub: never read, so never known to be in force


def test_memberships_end_when_named_as_leaving_left_off_a_printed_roster_or_the_group_is_abolished():
    graph = synthetic_graph()
    members = get_pack("group_members")

    def until(group, as_of=None):
        rows = run_embedded(graph, members, members.bind({"group": group, **({"as_of": as_of} if as_of else {})})).rows
        return {(r[3], r[7]): r[8] for r in rows}

    rows = run_embedded(graph, members, members.bind({"group": "示例市示例工作领导小组"})).rows
    li_si = {r[4]: r[8] for r in rows if r[3] == "李四"}
    assert li_si == {"副组长": "2024-03-07", "办公室主任": "2024-05-20"}  # left one role; the other ends with the group
    lead = until("示例市示例工作领导小组")
    assert lead[("张三", "2023-02-01")] == "2024-05-20"  # the group abolished
    squad = until("示例市示例工作专班")
    assert squad[("王五", "2024-03-07")] == "2024-05-20"  # not on the roster reprinted then
    assert squad[("张三", "2024-03-07")] is None and squad[("市发改委", "2024-03-07")] == "2024-05-20"
    assert {name for name, _ in until("示例市示例工作专班", "2024-04-01")} == {"张三", "王五", "市发改委"}
    assert {name for name, _ in until("示例市示例工作专班", "2024-06-01")} == {"张三", "市统计局"}
    assert until("示例市示例工作领导小组", "2024-06-01") == {}
    groups = get_pack("person_groups")
    li = run_embedded(graph, groups, groups.bind({"person": "李四", "as_of": "2024-04-01"})).rows
    assert [(r[1], r[4]) for r in li] == [("示例市示例工作领导小组", "办公室主任")]  # left as 副组长 in March; the 指挥部 comes in May


def test_amendment_chain_follows_both_directions_transitively():
    pack = get_pack("amendment_chain")
    rows = run_embedded(synthetic_graph(), pack, pack.bind({"document": "示政规〔2019〕2号"})).rows
    assert [(r[0], r[1], r[3], r[5]) for r in rows] == [
        ("amended_by", "示政发〔2023〕1号", "示政规〔2019〕2号", "2023-01-10"),
        ("amended_by", "示政发〔2024〕3号", "示政发〔2023〕1号", "2024-03-07"),
    ]


def test_repealed_document_cited_after_repeal_is_reported_but_not_by_its_repealer():
    pack = get_pack("repealed_still_cited")
    rows = run_embedded(synthetic_graph(), pack, pack.bind({})).rows
    assert [(r[0], r[4]) for r in rows] == [("示政规〔2019〕2号", "示政办发〔2024〕8号")]


def test_bind_types_parameters_and_refuses_unknown_missing_or_malformed_ones():
    pack = get_pack("citation_neighbourhood")
    assert pack.bind({"document": "X", "depth": "2"}) == {"document": "X", "depth": 2}
    assert pack.bind({"document": "X"}) == {"document": "X", "depth": 1}
    with pytest.raises(UsageError, match="needs --param document"):
        pack.bind({})
    with pytest.raises(UsageError, match="no parameter colour"):
        pack.bind({"document": "X", "colour": "red"})
    with pytest.raises(UsageError, match="must be in 1..3"):
        pack.bind({"document": "X", "depth": "4"})
    with pytest.raises(UsageError, match="expected a date"):
        get_pack("documents_in_force").bind({"date": "2024-13-01"})


def test_header_without_description_is_refused():
    with pytest.raises(ValueError, match="description"):
        parse_pack("// name: x\n// example: policykg query x\nMATCH (n) RETURN n")


def test_unknown_pack_names_the_known_ones():
    with pytest.raises(UsageError, match="policykg query --list"):
        get_pack("no_such_pack")


def test_table_format_pads_cjk_cells_to_the_same_display_width():
    pack = get_pack("person_groups")
    text = format_result(run_embedded(synthetic_graph(), pack, pack.bind({"person": "张三"})), "table")
    lines = text.splitlines()
    assert lines[0].startswith("person") and lines[-1] == "(4 rows)"
    assert format_result(run_embedded(synthetic_graph(), pack, pack.bind({"person": "张三"})), "csv").count("\n") == 4


# -- the same rows from Neo4j --------------------------------------------------------------------
def _calls_for(graph, name):
    """The synthetic calls, plus calls keyed on ids that exist in ``graph`` (the real corpus)."""
    calls = list(SYNTHETIC_CALLS[name])
    pack = get_pack(name)
    required = [p.name for p in pack.parameters if p.required]
    if not required:
        return calls
    samples = {
        "document": [d["id"] for _, d in graph.nodes(data=True) if d.get("label") == "Document" and "id" in d][:5],
        "agency": [d.get("name") for _, d in graph.nodes(data=True) if d.get("label") == "Organization"][:5],
        "group": [d.get("name") for _, d in graph.nodes(data=True) if d.get("label") == "LeadingGroup"][:5],
        "person": [d.get("name") for _, d in graph.nodes(data=True) if d.get("label") == "Person"][:5],
        "date": ["2020-01-01", "2021-06-30"],
    }
    for value in samples[required[0]]:
        calls.append({required[0]: value})
    return calls


def _assert_same_rows(driver, graph, calls_of):
    for name, pack in load_packs().items():
        for raw in calls_of(name):
            params = pack.bind(raw)
            stored, embedded = run_neo4j(driver, pack, params), run_embedded(graph, pack, params)
            assert stored.columns == embedded.columns, name
            assert stored.rows == embedded.rows, f"{name} {raw}"


@pytest.mark.neo4j
def test_packs_give_the_same_rows_on_neo4j_and_embedded_for_the_synthetic_graph(neo4j_driver, clean_neo4j):
    graph = synthetic_graph()
    load_graph_into(neo4j_driver, graph)
    _assert_same_rows(neo4j_driver, graph, lambda name: SYNTHETIC_CALLS[name])


@pytest.fixture(scope="module")
def corpus_graph(shared_corpus, nlp):
    from policykg.extract.pipeline import extract_file

    return build_graph(extract_file(path, nlp) for path in sorted(shared_corpus.glob("*.txt")))


@pytest.mark.neo4j
def test_packs_give_the_same_rows_on_neo4j_and_embedded_for_the_real_corpus(neo4j_driver, clean_neo4j, corpus_graph):
    load_graph_into(neo4j_driver, corpus_graph)
    _assert_same_rows(neo4j_driver, corpus_graph, lambda name: _calls_for(corpus_graph, name))


def test_collectives_are_no_agencies_in_shared_duties():
    graph = synthetic_graph("2023")
    collective = "Organization:示例市|各县市区人民政府"
    graph.add_node(collective, label="Organization", id="示例市|各县市区人民政府", name="各县市区人民政府", jurisdiction="示例市",
                   collective=True, sources=["shili_2023.txt"])
    task = next(n for n, d in graph.nodes(data=True) if d.get("label") == "Task")
    graph.add_edge(collective, task, key="RESPONSIBLE_FOR|collective", type="RESPONSIBLE_FOR")
    pack = get_pack("agencies_sharing_duties")
    rows = run_embedded(graph, pack, pack.bind({})).rows
    assert rows and not any("各县市区人民政府" in str(cell) for row in rows for cell in row)
