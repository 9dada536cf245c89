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
