from policykg.extract.records import (
    DocumentRecord,
    Evidence,
    ExtractionResult,
    GazetteRecord,
    LeadingGroupRecord,
    MemberRecord,
    PostRecord,
    RelationRecord,
    RenameRecord,
    ResponsibilityRecord,
)
from policykg.graph.build import build_graph
from policykg.graph.jurisdiction import jurisdiction_of


def _ev(line: int, text: str = "示例") -> Evidence:
    return Evidence("shili.txt", line, text)


def _result(source: str = "shili.txt") -> ExtractionResult:
    notice = DocumentRecord("市人民政府关于示例工作的通知", "示政发〔2024〕3号", "示政发〔20243", ["示例市人民政府"], "2024-03-07", [], 10, evidence=_ev(10))
    return ExtractionResult(
        source=source,
        gazette=GazetteRecord("示例市人民政府", 2024, 2, 40, "2024-04-01T09:00:00", 1, evidence=_ev(1)),
        documents=[notice],
        relations=[RelationRecord("REPEALS", "示政发〔2024〕3号", "示政规〔2019〕2号", "示例市旧办法", 20, date="2024-03-07", evidence=_ev(20))],
        leading_groups=[
            LeadingGroupRecord(
                "示例市示例工作领导小组", "领导小组", "示政发〔2024〕3号", "市统计局",
                [MemberRecord("张三", "组长", "副市长", 31, evidence=_ev(31)), MemberRecord(None, "成员", "市政府分管副秘书长", 32, evidence=_ev(32))],
                ["市发改委"], 30, evidence=_ev(30),
            )
        ],
        responsibilities=[ResponsibilityRecord("示政发〔2024〕3号", "(一)示例任务", ["市发改委"], ["市财政局"], [], "2024-12-31", 40, evidence=_ev(40))],
        renames=[RenameRecord("市自然资源和规划局", "市资源和建设局", "示政发〔2024〕3号", 50, evidence=_ev(50))],
    )


def _edges(graph, rel):
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == rel]


def test_jurisdiction_comes_from_gazette_publisher():
    assert jurisdiction_of(_result()) == "示例市"


def test_every_node_and_edge_carries_provenance():
    graph = build_graph([_result()])
    for _, data in graph.nodes(data=True):
        assert data["source"] == "shili.txt" and "extractor_version" in data
    for _, _, data in graph.edges(data=True):
        assert data["source"] == "shili.txt" and data["line"] and data["evidence"]


def test_repeal_target_not_read_becomes_stub_document():
    graph = build_graph([_result()])
    stub = graph.nodes["Document:示政规〔2019〕2号"]
    assert stub["stub"] is True and stub["title"] == "示例市旧办法"
    assert len(_edges(graph, "REPEALS")) == 1


def test_member_listed_only_by_post_makes_no_person_node():
    graph = build_graph([_result()])
    people = [d["name"] for _, d in graph.nodes(data=True) if d["label"] == "Person"]
    assert people == ["张三"]
    (_, group, membership), = _edges(graph, "MEMBER_OF")
    assert group == "LeadingGroup:示例市示例工作领导小组" and membership["role"] == "组长"


def test_task_links_lead_and_responsible_agencies():
    graph = build_graph([_result()])
    assert len(_edges(graph, "LEADS")) == 1 and len(_edges(graph, "RESPONSIBLE_FOR")) == 1
    assert len(_edges(graph, "HAS_TASK")) == 1


def test_rename_becomes_succession_edge_dated_by_its_document():
    graph = build_graph([_result()])
    (_, _, data), = _edges(graph, "SUCCEEDED_BY")
    assert data["date"] == "2024-03-07" and data["document"] == "示政发〔2024〕3号"


def test_building_the_same_file_twice_adds_nothing():
    once = build_graph([_result()])
    twice = build_graph([_result(), _result()])
    assert (once.number_of_nodes(), once.number_of_edges()) == (twice.number_of_nodes(), twice.number_of_edges())


def _adjustment(source: str = "shili_2025.txt") -> ExtractionResult:
    """A later notice: 张三 leaves the group and the roster is printed again without him."""
    notice = DocumentRecord("市人民政府关于调整示例工作领导小组的通知", "示政发〔2025〕1号", "示政发〔2025〕1号", ["示例市人民政府"], "2025-01-10", [], 10, evidence=_ev(10))
    return ExtractionResult(
        source=source,
        gazette=GazetteRecord("示例市人民政府", 2025, 1, 51, None, 1, evidence=_ev(1)),
        documents=[notice],
        leading_groups=[
            LeadingGroupRecord(
                "示例市示例工作领导小组", "领导小组", "示政发〔2025〕1号", None,
                [MemberRecord("李四", "组长", "市长", 12, posts=[PostRecord("市长", "市人民政府", "市长")], evidence=_ev(12))],
                [], 11, action="adjust", evidence=_ev(11),
                departures=[MemberRecord("张三", "组长", None, 13, evidence=_ev(13))], roster_printed=True,
            )
        ],
    )


def test_a_person_named_as_leaving_is_the_member_who_sat_on_the_group():
    graph = build_graph([_result(), _adjustment()])
    (member,) = [u for u, _, d in _edges(graph, "MEMBER_OF") if graph.nodes[u]["name"] == "张三"]
    (leaving,) = _edges(graph, "LEFT")
    assert leaving[0] == member and leaving[2]["date"] == "2025-01-10" and leaving[2]["role"] == "组长"
    (roster,) = [d for _, _, d in _edges(graph, "ESTABLISHES") if d["document"] == "示政发〔2025〕1号"]
    assert roster["roster"] is True and roster["action"] == "adjust"


def test_posts_become_held_posts_at_their_organisations():
    graph = build_graph([_adjustment()])
    (post,) = _edges(graph, "HOLDS_POST")
    assert graph.nodes[post[1]]["name"].endswith("人民政府") and post[2]["title"] == "市长"
