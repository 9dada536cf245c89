from __future__ import annotations

from policykg.viz.amendment_chain import build_amendment_view, document_day


def test_documents_lie_left_to_right_by_signing_date(graph) -> None:
    view = build_amendment_view(graph)
    x = {n.key: n.position[0] for n in view.nodes}
    assert x["Document:示政发〔2019〕1号"] < x["Document:示政发〔2020〕2号"] < x["Document:示政发〔2024〕6号"]


def test_undated_document_goes_to_the_undated_column(graph) -> None:
    view = build_amendment_view(graph)
    undated = next(n for n in view.nodes if n.key == "Document:示例条例")
    assert undated.position[0] < min(n.position[0] for n in view.nodes if n.key != undated.key)
    assert any(t.label.startswith("日期不详") for t in view.axis)


def test_stub_without_date_is_placed_by_the_year_in_its_number() -> None:
    day, approximate = document_day({"doc_number": "示政规〔2015〕9号", "date": None})
    assert day is not None and day.year == 2015 and approximate


def test_focus_holds_the_whole_chain_but_not_unrelated_documents(graph) -> None:
    view = build_amendment_view(graph)
    chain = set(view.foci["Document:示政发〔2021〕3号"].nodes)
    assert {"Document:示政发〔2020〕2号", "Document:示政规〔2015〕9号", "Document:示政发〔2022〕4号", "Document:示政发〔2023〕5号"} <= chain
    assert "Document:示政发〔2019〕1号" not in chain  # joined to the chain only by a citation elsewhere


def test_edges_carry_each_lifecycle_relation(graph) -> None:
    relations = {e.relation for e in build_amendment_view(graph).edges}
    assert relations == {"REPEALS", "AMENDS", "EXTENDS_VALIDITY_OF", "REPLACES", "CITES"}
