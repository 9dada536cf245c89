"""A fictional 示例市 graph holding every node label and relationship type of the model.

Built directly in the builder's shape (node keys ``<Label>:<id>``, provenance on every node and
edge, deterministic edge keys) from two "files", so that per-file loading can be exercised:
``shili_2023.txt`` and ``shili_2024.txt``; "2024_revised" is the second file re-extracted after a
correction (one citation gone, a member added, a task dropped).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from policykg.graph.build import node_key

ISSUE_2023 = "示例市人民政府|2023|1"
ISSUE_2024 = "示例市人民政府|2024|2"


class _Facts:
    def __init__(self, graph: nx.MultiDiGraph, source: str, issue: str | None) -> None:
        self.graph, self.source, self.issue = graph, source, issue

    def _provenance(self, line: int) -> dict[str, Any]:
        return {"source": self.source, "gazette_issue": self.issue, "line": line, "evidence": f"示例第{line}行", "extractor_version": "0.1.0"}

    def node(self, label: str, ident: str, line: int, **props: Any) -> str:
        key = node_key(label, ident)
        if key in self.graph:
            data = self.graph.nodes[key]
            if self.source not in data["sources"]:
                data["sources"].append(self.source)
            data.update({k: v for k, v in props.items() if v is not None})
        else:
            self.graph.add_node(key, label=label, id=ident, sources=[self.source], **self._provenance(line), **props)
        return key

    def edge(self, rel: str, start: str, end: str, line: int, discriminator: str = "", **props: Any) -> None:
        key = f"{rel}|{self.source}|{line}|{discriminator}"
        self.graph.add_edge(start, end, key=key, type=rel, **self._provenance(line), **props)

    def doc(self, number: str, title: str, date: str | None, line: int, **props: Any) -> str:
        key = self.node("Document", number, line, title=title, doc_number=number, doc_number_as_printed=number,
                        doc_number_repaired=False, issuer=["示例市人民政府"], date=date, kind="通知",
                        attachment_titles=[], published=True, jurisdiction=props.pop("jurisdiction", "示例市"), stub=False, **props)
        if self.issue:
            self.edge("PUBLISHED_IN", key, node_key("GazetteIssue", self.issue), line)
        self.edge("ISSUED_BY", key, self.org("示例市人民政府", line), line, discriminator="示例市人民政府")
        return key

    def stub(self, number: str, title: str, line: int) -> str:
        return self.node("Document", number, line, title=title, doc_number=number, stub=True)

    def ref(self, number: str, line: int) -> str:
        """Like the builder's document_ref: a stub only when this graph has not read the document."""
        key = node_key("Document", number)
        return key if key in self.graph else self.stub(number, number, line)

    def org(self, name: str, line: int, jurisdiction: str = "示例市") -> str:
        return self.node("Organization", f"{jurisdiction}|{name}", line, name=name, aliases=[name], jurisdiction=jurisdiction,
                         level="市" if jurisdiction == "示例市" else "县", collective=False)

    def person(self, name: str, line: int) -> str:
        return self.node("Person", f"示例市|{name}", line, name=name, jurisdiction="示例市")

    def group(self, name: str, kind: str, line: int, **props: Any) -> str:
        return self.node("LeadingGroup", name, line, name=name, kind=kind, jurisdiction="示例市", **props)

    def task(self, document: str, label: str, line: int, deadline: str | None, roles: dict[str, list[str]], jurisdiction: str = "示例市") -> str:
        key = self.node("Task", f"{document}#{line}:{label}", line, name=label, text=f"{label}的具体措施",
                        section_path=["三、重点任务"], deadline=deadline, deadline_as_printed=deadline, document=document)
        self.edge("HAS_TASK", node_key("Document", document), key, line, discriminator=str(line))
        for rel, names in roles.items():
            for name in names:
                self.edge(rel, self.org(name, line, jurisdiction), key, line, discriminator=f"{line}|{name}")
        return key

    def member(self, name: str, group: str, role: str, position: str, document: str, date: str, line: int) -> str:
        person = self.person(name, line)
        self.edge("MEMBER_OF", person, group, line, discriminator=f"{group}|{name}", role=role, position=position, document=document, date=date)
        return person


def _issue(facts: _Facts, issue: str, year: int, number: int) -> None:
    facts.node("GazetteIssue", issue, 1, publisher="示例市人民政府", year=year, issue=number, total_issue=40 + number,
               published_at=f"{year}-0{number}-15T09:00:00")


def _file_2023(graph: nx.MultiDiGraph) -> None:
    f = _Facts(graph, "shili_2023.txt", ISSUE_2023)
    _issue(f, ISSUE_2023, 2023, 1)
    old = f.doc("示政规〔2019〕2号", "示例市旧管理办法", "2019-05-01", 10, effective_date="2019-06-01", expiry_date="2024-05-31")
    d1 = f.doc("示政发〔2023〕1号", "示例市人民政府关于修改旧管理办法的决定", "2023-01-10", 20)
    d3 = f.doc("示政发〔2023〕5号", "示例市示例工作实施方案", "2023-02-01", 40)
    f.edge("AMENDS", d1, old, 22, discriminator="示政规〔2019〕2号", date="2023-01-10",
           edits=[{"action": "replace", "old": "三十日", "new": "十五日"}], pending=False)
    f.edge("CITES", d1, old, 21, discriminator="示政规〔2019〕2号", date="2023-01-10")
    f.edge("CITES", d3, d1, 41, discriminator="示政发〔2023〕1号", date="2023-02-01")
    f.edge("EXTENDS_VALIDITY_OF", d3, f.stub("示政发〔2017〕3号", "示例市早期规定", 42), 42, discriminator="示政发〔2017〕3号", date="2023-02-01")
    f.task("示政发〔2023〕5号", "(一)建设示例平台", 50, "2023-12-31",
           {"LEADS": ["市发改委"], "RESPONSIBLE_FOR": ["市财政局"], "SUPPORTS": ["市自然资源和规划局", "市商务局"]})
    f.task("示政发〔2023〕5号", "(二)完善示例机制", 51, None,
           {"LEADS": ["市财政局"], "RESPONSIBLE_FOR": ["市发改委", "市商务局"]})
    f.task("示政发〔2023〕5号", "(三)开展示例培训", 52, "2023-06-30",
           {"LEADS": ["市自然资源和规划局"], "SUPPORTS": ["市发改委"]})
    lead = f.group("示例市示例工作领导小组", "领导小组", 60)
    f.edge("ESTABLISHES", d3, lead, 60, discriminator="示例市示例工作领导小组", action="establish", date="2023-02-01",
           document="示政发〔2023〕5号", roster=True)
    f.edge("OFFICE_AT", lead, f.org("市统计局", 61), 61, discriminator="市统计局", document="示政发〔2023〕5号")
    zhang = f.member("张三", lead, "组长", "副市长", "示政发〔2023〕5号", "2023-02-01", 62)
    f.member("李四", lead, "副组长", "市发改委主任", "示政发〔2023〕5号", "2023-02-01", 63)
    f.member("李四", lead, "办公室主任", "市发改委主任", "示政发〔2023〕5号", "2023-02-01", 67)
    for line, unit in ((64, "市发改委"), (65, "市财政局"), (66, "市商务局")):
        f.edge("MEMBER_UNIT_OF", f.org(unit, line), lead, line, discriminator=f"示例市示例工作领导小组|{unit}", document="示政发〔2023〕5号", date="2023-02-01")
    f.edge("HOLDS_POST", zhang, f.org("示例市人民政府", 62), 62, discriminator="副市长", title="副市长", position="副市长", document="示政发〔2023〕5号")
    program = f.node("Program", "示例市|示例提升行动", 45, name="示例提升行动", kind="行动", period_start="2023-01-01", period_end="2025-12-31")
    f.edge("SETS_UP", d3, program, 45)
    county = f.doc("示县发〔2023〕2号", "示例县示例工作方案", "2023-03-01", 80, jurisdiction="示例县")
    f.task("示县发〔2023〕2号", "(一)县级示例任务", 81, None, {"LEADS": ["县财政局"], "RESPONSIBLE_FOR": ["县发改局"]}, jurisdiction="示例县")
    f.edge("CITES", county, d3, 82, discriminator="示政发〔2023〕5号", date="2023-03-01")


def _file_2024(graph: nx.MultiDiGraph, revised: bool) -> None:
    f = _Facts(graph, "shili_2024.txt", ISSUE_2024)
    _issue(f, ISSUE_2024, 2024, 2)
    d4 = f.doc("示政发〔2024〕3号", "示例市人民政府关于废止和修改部分文件的决定", "2024-03-07", 10)
    d5 = f.doc("示政办发〔2024〕8号", "示例市应急工作方案", "2024-05-20", 30, effective_date="2024-06-01")
    old, d1, d3 = (f.ref(n, 10) for n in ("示政规〔2019〕2号", "示政发〔2023〕1号", "示政发〔2023〕5号"))
    f.edge("REPEALS", d4, old, 11, discriminator="示政规〔2019〕2号", date="2024-03-07")
    f.edge("AMENDS", d4, d1, 12, discriminator="示政发〔2023〕1号", date="2024-03-07", edits=[{"action": "delete", "old": "第五条"}], pending=True)
    f.edge("CITES", d4, old, 13, discriminator="示政规〔2019〕2号", date="2024-03-07")
    if not revised:
        f.edge("CITES", d5, old, 31, discriminator="示政规〔2019〕2号", date="2024-05-20")
    f.edge("CITES", d5, d3, 32, discriminator="示政发〔2023〕5号", date="2024-05-20")
    f.edge("REPLACES", d5, f.stub("示政发〔2018〕9号", "示例市应急旧方案", 33), 33, discriminator="示政发〔2018〕9号", date="2024-05-20")
    renamed = f.org("市自然资源和规划局", 15)
    f.edge("SUCCEEDED_BY", renamed, f.org("市资源和建设局", 15), 15, discriminator="市资源和建设局", date="2024-03-07", kind="rename", document="示政发〔2024〕3号")
    f.edge("SUCCEEDED_BY", f.org("市商务局", 16), f.org("市发改委", 16), 16, discriminator="市发改委", date="2024-03-07", kind="merge", document="示政发〔2024〕3号")
    squad = f.group("示例市示例工作专班", "工作专班", 20)
    lead = f.group("示例市示例工作领导小组", "领导小组", 20)
    f.edge("SUB_GROUP_OF", squad, lead, 20)
    f.edge("ESTABLISHES", d4, squad, 20, discriminator="示例市示例工作专班", action="establish", date="2024-03-07",
           document="示政发〔2024〕3号", roster=True)
    f.edge("ESTABLISHES", d4, lead, 24, discriminator="示例市示例工作领导小组", action="adjust", date="2024-03-07",
           document="示政发〔2024〕3号", roster=False)
    f.edge("LEFT", f.person("李四", 24), lead, 24, discriminator="示例市示例工作领导小组|0", role="副组长",
           document="示政发〔2024〕3号", date="2024-03-07")
    f.member("张三", squad, "组长", "副市长", "示政发〔2024〕3号", "2024-03-07", 21)
    f.member("王五", squad, "成员", "市财政局局长", "示政发〔2024〕3号", "2024-03-07", 22)
    f.edge("MEMBER_UNIT_OF", f.org("市发改委", 23), squad, 23, discriminator="示例市示例工作专班|市发改委", document="示政发〔2024〕3号", date="2024-03-07")
    command = f.group("示例市应急指挥部", "指挥部", 40, abolished=None)
    f.edge("ESTABLISHES", d5, command, 40, discriminator="示例市应急指挥部", action="establish", date="2024-05-20",
           document="示政办发〔2024〕8号", roster=True)
    # The squad's roster reprinted without 王五 and with another unit: both earlier rows end on 05-20.
    f.edge("ESTABLISHES", d5, squad, 35, discriminator="示例市示例工作专班", action="adjust", date="2024-05-20",
           document="示政办发〔2024〕8号", roster=True)
    f.member("张三", squad, "组长", "副市长", "示政办发〔2024〕8号", "2024-05-20", 36)
    f.edge("MEMBER_UNIT_OF", f.org("市统计局", 37), squad, 37, discriminator="示例市示例工作专班|市统计局", document="示政办发〔2024〕8号", date="2024-05-20")
    f.member("张三", command, "指挥长", "副市长", "示政办发〔2024〕8号", "2024-05-20", 41)
    f.member("李四", command, "副指挥长", "市发改委主任", "示政办发〔2024〕8号", "2024-05-20", 42)
    if revised:
        f.member("赵六", command, "成员", "市统计局局长", "示政办发〔2024〕8号", "2024-05-20", 43)
    f.edge("MEMBER_UNIT_OF", f.org("市财政局", 44), command, 44, discriminator="示例市应急指挥部|市财政局", document="示政办发〔2024〕8号", date="2024-05-20")
    f.edge("ESTABLISHES", d5, lead, 45, discriminator="示例市示例工作领导小组", action="abolish", date="2024-05-20",
           document="示政办发〔2024〕8号", roster=False)
    graph.nodes[lead]["abolished"] = "2024-05-20"
    if not revised:
        f.task("示政办发〔2024〕8号", "(一)应急演练", 50, "2024-09-30", {"LEADS": ["市资源和建设局"], "SUPPORTS": ["市统计局"]})
    f.edge("HOLDS_POST", f.person("李四", 63), f.org("市发改委", 63), 46, discriminator="市发改委主任", title="主任", position="市发改委主任", document="示政办发〔2024〕8号")


def synthetic_graph(*files: str) -> nx.MultiDiGraph:
    """``files`` from "2023", "2024", "2024_revised"; all of the first two by default."""
    graph = nx.MultiDiGraph(model_version="1", extractor_version="0.1.0")
    for name in files or ("2023", "2024"):
        if name == "2023":
            _file_2023(graph)
        else:
            _file_2024(graph, revised=name == "2024_revised")
    return graph
