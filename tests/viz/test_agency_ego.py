from __future__ import annotations

from policykg.viz.agency_ego import build_agency_view, neighbourhoods

RENAMED = "Organization:示例县|示例第1局"
SUCCESSOR = "Organization:示例市|示例第2局"


def test_renamed_agency_sees_its_successor_and_the_successor_its_predecessor(graph) -> None:
    hoods = neighbourhoods(graph)
    assert hoods[RENAMED].successors == [SUCCESSOR]
    assert hoods[SUCCESSOR].predecessors == [RENAMED]


def test_focus_holds_tasks_groups_and_partners_around_the_agency(graph) -> None:
    view = build_agency_view(graph)
    hood = neighbourhoods(graph)[RENAMED]
    focus = view.foci[RENAMED]
    assert set(focus.nodes) == {RENAMED, *hood.tasks, *hood.groups, *hood.partners, *hood.successors}
    assert focus.positions[RENAMED] == (0.0, 0.0)
    assert set(focus.positions) == set(focus.nodes)


def test_restricted_view_keeps_only_the_focus(graph) -> None:
    view = build_agency_view(graph).restricted_to(RENAMED)
    keys = {n.key for n in view.nodes}
    assert keys == set(neighbourhoods(graph)[RENAMED].members())
    assert all(e.source in keys and e.target in keys for e in view.edges)
    assert view.selected == RENAMED and not view.foci
