from __future__ import annotations

from policykg.viz.leading_groups import build_group_view

GROUP = "LeadingGroup:示例市示例工作领导小组0"


def test_member_edges_are_labelled_with_the_role(graph) -> None:
    labels = {e.label for e in build_group_view(graph).edges if e.relation == "MEMBER_OF"}
    assert {"组长", "成员"} <= labels


def test_group_focus_lists_heads_before_members(graph) -> None:
    focus = build_group_view(graph).foci[GROUP]
    people = [k for k in focus.nodes if k.startswith("Person:")]
    assert people[0] == "Person:示例市|示例人0"  # the 组长
    assert focus.nodes[0] == GROUP


def test_person_focus_holds_groups_and_posts(graph) -> None:
    focus = build_group_view(graph).foci["Person:示例市|示例人0"]
    assert GROUP in focus.nodes
    assert any(k.startswith("Organization:") for k in focus.nodes)


def test_a_member_who_left_is_shown_after_the_members_with_the_date_left(graph) -> None:
    leaver, group = "Person:示例市|示例人0", GROUP
    graph.add_edge(leaver, group, key="LEFT|x|1|0", type="LEFT", role="组长", document="示政发〔2025〕1号", date="2025-01-10",
                   source="x.txt", line=1, evidence="示例人0同志不再担任组长", extractor_version="0")
    view = build_group_view(graph)
    assert "不再担任组长(2025-01-10)" in {e.label for e in view.edges if e.relation == "LEFT"}
    assert leaver in view.foci[group].nodes
