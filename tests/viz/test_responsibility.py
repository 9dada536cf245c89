from __future__ import annotations

from policykg.viz.responsibility import build_responsibility_view, shared_tasks


def test_shared_task_edges_count_the_tasks_both_agencies_hold(graph) -> None:
    pairs = shared_tasks(graph)
    view = build_responsibility_view(graph)
    derived = {(e.source, e.target): e for e in view.edges if e.relation == "SHARES_TASKS"}
    assert set(derived) == set(pairs)
    for pair, tasks in pairs.items():
        assert derived[pair].label == str(len(tasks))
        assert not derived[pair].arrows


def test_view_holds_agencies_and_tasks_only(graph) -> None:
    kinds = {n.kind for n in build_responsibility_view(graph).nodes}
    assert kinds == {"Organization", "Task"}


def test_task_edges_carry_evidence_and_source_line(graph) -> None:
    lead = next(e for e in build_responsibility_view(graph).edges if e.relation == "LEADS")
    assert "示例证据" in lead.tooltip and "source: shili.txt:" in lead.tooltip
    assert lead.documents and lead.documents[0].startswith("Document:")
