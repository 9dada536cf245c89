"""A fictional graph with every node and edge type of graph/model.json, shaped like build.py's.

The views are developed and tested against it before the extractors produce every type, and
``benchmarks/viz_still_frame.py`` scales it to thousands of nodes. All names are invented
(示例市, 示例县); one document title carries script payloads to prove they stay text.
"""

from __future__ import annotations

import random

import networkx as nx

XSS_TITLE = '示例市关于<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">的通知'
JURISDICTIONS = ("示例市", "示例县")
ROLES = ("组长", "副组长", "成员", "成员", "办公室主任")


class _Builder:
    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph(model_version="1")
        self.line = 0

    def provenance(self, source: str) -> dict[str, object]:
        self.line += 1
        return {"source": source, "gazette_issue": None, "line": self.line, "evidence": f"示例证据第{self.line}行", "extractor_version": "test"}

    def node(self, label: str, ident: str, source: str = "shili.txt", **props: object) -> str:
        key = f"{label}:{ident}"
        if key not in self.graph:
            self.graph.add_node(key, label=label, id=ident, sources=[source], **self.provenance(source), **props)
        return key

    def edge(self, rel: str, u: str, v: str, source: str = "shili.txt", **props: object) -> None:
        self.graph.add_edge(u, v, key=f"{rel}|{u}|{v}|{self.line}", type=rel, **self.provenance(source), **props)


def make_graph(agencies: int = 6, tasks: int = 8, documents: int = 6, groups: int = 2, people: int = 5, seed: int = 3) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    b = _Builder()
    issue = b.node("GazetteIssue", "示例市人民政府|2024|2", publisher="示例市人民政府", year=2024, issue=2)
    orgs = [
        b.node("Organization", f"{JURISDICTIONS[i % 2]}|示例第{i}局", name=f"{'市' if i % 2 == 0 else '县'}示例第{i}局", aliases=[f"示例第{i}局"], jurisdiction=JURISDICTIONS[i % 2])
        for i in range(agencies)
    ]
    docs = []
    for i in range(documents):
        number = f"示政发〔{2019 + i % 6}〕{i + 1}号"
        title = XSS_TITLE if i == 0 else f"示例市人民政府关于示例事项第{i}项的通知"
        doc = b.node("Document", number, title=title, doc_number=number, date=f"{2019 + i % 6}-0{1 + i % 9}-15",
                     issuer=["示例市人民政府"], kind="通知", jurisdiction=JURISDICTIONS[i % 2], stub=False)
        b.edge("PUBLISHED_IN", doc, issue)
        b.edge("ISSUED_BY", doc, orgs[0])
        docs.append(doc)
    stub = b.node("Document", "示政规〔2015〕9号", title="示例市旧办法", doc_number="示政规〔2015〕9号", stub=True)
    b.edge("REPEALS", docs[1], stub, date="2020-02-15")
    b.edge("AMENDS", docs[2], docs[1], date="2021-03-15", edits="[]", pending=False)
    b.edge("EXTENDS_VALIDITY_OF", docs[3], docs[2], date="2022-04-15")
    b.edge("REPLACES", docs[4 % documents], docs[3], date="2023-05-15")
    b.edge("CITES", docs[5 % documents], docs[0], date="2024-06-15")
    undated = b.node("Document", "示例条例", title="示例条例", stub=True)
    b.edge("CITES", docs[2], undated, date="2021-03-15")
    program = b.node("Program", "示例市|示例行动", name="示例行动", kind="行动")
    b.edge("SETS_UP", docs[0], program)
    for t in range(tasks):
        doc = docs[t % len(docs)]
        number = b.graph.nodes[doc]["doc_number"]
        task = b.node("Task", f"{number}#{t}:任务{t}", name=f"(第{t}项)示例任务{t}", text=f"示例任务{t}的内容", document=number, deadline="2025-12-31")
        b.edge("HAS_TASK", doc, task)
        lead, *others = rng.sample(orgs, min(3, len(orgs)))
        b.edge("LEADS", lead, task)
        b.edge("RESPONSIBLE_FOR", others[0], task)
        b.edge("SUPPORTS", others[1], task)
    b.edge("SUCCEEDED_BY", orgs[1], orgs[2], date="2024-01-15", kind="rename", document=b.graph.nodes[docs[0]]["doc_number"])
    group_keys = []
    for g in range(groups):
        number = b.graph.nodes[docs[g % len(docs)]]["doc_number"]
        group = b.node("LeadingGroup", f"示例市示例工作领导小组{g}", name=f"市示例工作领导小组{g}", kind="领导小组", jurisdiction="示例市")
        b.edge("ESTABLISHES", docs[g % len(docs)], group, action="establish", date="2024-02-15")
        b.edge("OFFICE_AT", group, orgs[g % len(orgs)], document=number)
        for unit in rng.sample(orgs, min(3, len(orgs))):
            b.edge("MEMBER_UNIT_OF", unit, group, document=number, date="2024-02-15")
        group_keys.append((group, number))
    if len(group_keys) > 1:
        b.edge("SUB_GROUP_OF", group_keys[1][0], group_keys[0][0])
    for p in range(people):
        person = b.node("Person", f"示例市|示例人{p}", name=f"示例人{p}", jurisdiction="示例市")
        group, number = group_keys[p % len(group_keys)]
        b.edge("MEMBER_OF", person, group, role=ROLES[p % len(ROLES)], position=f"示例第{p}局局长", document=number, date="2024-02-15")
        b.edge("HOLDS_POST", person, orgs[p % len(orgs)], title="局长", position=f"示例第{p}局局长", document=number)
    return b.graph
