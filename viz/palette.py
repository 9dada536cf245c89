"""How each node label and relation looks: colour, shape and the legend wording.

One table for all views, so that an agency is the same blue box on every page and the legend
never disagrees with the drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

# Canvas text falls back through this list; the CJK faces come first so that Latin-only
# fonts never get to draw (and tofu) a Chinese agency name.
FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'


@dataclass(frozen=True)
class NodeStyle:
    legend: str
    color: str  # border, legend swatch and, for shapes with the label beside them, the fill
    shape: str
    fill: str = ""  # lighter fill for shapes that carry their label inside (box, ellipse)


@dataclass(frozen=True)
class EdgeStyle:
    legend: str
    color: str
    dashes: bool = False


NODE_STYLES: dict[str, NodeStyle] = {
    "Organization": NodeStyle("机构 Agency", "#4c78a8", "box", "#d6e4f3"),
    "Task": NodeStyle("任务 Task", "#f2c14e", "dot"),
    "LeadingGroup": NodeStyle("领导小组 Group", "#e45756", "hexagon"),
    "Person": NodeStyle("人员 Person", "#54a24b", "ellipse", "#dcefd9"),
    "Document": NodeStyle("文件 Document", "#b279a2", "box", "#efe2ec"),
    "StubDocument": NodeStyle("未收录文件 Referenced only", "#b8a9b4", "box", "#f7f4f6"),
    "GazetteIssue": NodeStyle("公报 Gazette issue", "#9d755d", "database", "#eadfd6"),
    "Program": NodeStyle("项目 Program", "#72b7b2", "diamond"),
}

EDGE_STYLES: dict[str, EdgeStyle] = {
    "LEADS": EdgeStyle("牵头 leads", "#1f4e79"),
    "RESPONSIBLE_FOR": EdgeStyle("负责 responsible", "#4c78a8"),
    "SUPPORTS": EdgeStyle("配合 supports", "#9ecae9", dashes=True),
    "SHARES_TASKS": EdgeStyle("共同任务 shared tasks", "#bab0ac"),
    "REPEALS": EdgeStyle("废止 repeals", "#d62728"),
    "AMENDS": EdgeStyle("修改 amends", "#ff7f0e"),
    "EXTENDS_VALIDITY_OF": EdgeStyle("延期 extends", "#2ca02c"),
    "REPLACES": EdgeStyle("替代 replaces", "#9467bd"),
    "CITES": EdgeStyle("引用 cites", "#a0a0a0", dashes=True),
    "MEMBER_OF": EdgeStyle("成员 member", "#54a24b"),
    "MEMBER_UNIT_OF": EdgeStyle("成员单位 member unit", "#4c78a8", dashes=True),
    "OFFICE_AT": EdgeStyle("办公室设在 office at", "#e45756", dashes=True),
    "SUB_GROUP_OF": EdgeStyle("下设 sub-group of", "#e45756"),
    "HOLDS_POST": EdgeStyle("任职 holds post", "#8c6d31"),
    "SUCCEEDED_BY": EdgeStyle("更名/并入 succeeded by", "#17becf"),
}


def node_style(label: str) -> NodeStyle:
    return NODE_STYLES.get(label, NodeStyle(label, "#999999", "dot"))


def edge_style(relation: str) -> EdgeStyle:
    return EDGE_STYLES.get(relation, EdgeStyle(relation, "#999999"))
