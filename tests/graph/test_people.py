from policykg.extract.records import DocumentRecord, ExtractionResult, LeadingGroupRecord, MemberRecord
from policykg.graph.people import resolve_people


def result(source: str, *groups: list[tuple[str, str, str | None]]) -> ExtractionResult:
    document = DocumentRecord("通知", "示政发〔2024〕1号", None, ["示例市人民政府"], None, [], 1)
    return ExtractionResult(
        source=source,
        documents=[document],
        leading_groups=[
            LeadingGroupRecord(f"组{i}", "领导小组", None, None, [MemberRecord(n, r, p, 1) for n, r, p in rows], [], 1)
            for i, rows in enumerate(groups)
        ],
    )


def test_same_name_with_compatible_posts_is_one_person_across_groups_and_files():
    index = resolve_people([
        result("a.txt", [("王明", "组长", "副市长")], [("王明", "召集人", "市政府副市长")]),
        result("b.txt", [("王明", "组长", "副市长")]),
    ])
    assert index.person_of("a.txt", 0, 0) == index.person_of("a.txt", 1, 0) == index.person_of("b.txt", 0, 0)
    assert index.conflicts == []


def test_same_name_with_conflicting_posts_is_kept_apart_and_reported():
    index = resolve_people([result("a.txt", [("李华", "成员", "市财政局局长"), ("李华", "成员", "市教育局副局长")])])
    assert index.person_of("a.txt", 0, 0) != index.person_of("a.txt", 0, 1)
    assert len(index.conflicts) == 1 and index.conflicts[0].name == "李华"


def test_member_by_post_only_has_no_person():
    index = resolve_people([result("a.txt", [(None, "成员", "市政府分管副秘书长")])])
    assert index.person_of("a.txt", 0, 0) is None and index.people == {}


def test_ids_are_stable_between_runs():
    results = [result("a.txt", [("王明", "组长", "副市长")])]
    assert resolve_people(results).person_of("a.txt", 0, 0) == resolve_people(results).person_of("a.txt", 0, 0)


def test_namesakes_kept_apart_are_listed_in_the_built_graph():
    from policykg.graph.build import build_graph

    graph = build_graph([result("a.txt", [("李华", "成员", "市财政局局长"), ("李华", "成员", "市教育局副局长")])])
    (conflict,) = graph.graph["person_conflicts"]
    assert conflict["name"] == "李华" and "different organisations" in conflict["reason"]
