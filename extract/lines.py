"""The printed lines of a text with their character offsets, and what a title line looks like.

Gazette texts put one printed line per text line (titles broken over several), so the segmenter
and the attachment reader work on lines; offsets stay offsets into ``doc.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_PUNCT = re.compile(r"[。;;!?!?]|[,,]\s*$|[::]$")
MAX_TITLE_CHARS = 80
MAX_LONG_TITLE_CHARS = 160
# Words a document or attached-text title ends with; a title line without one is broken.
TITLE_END = re.compile(
    r"(通知|决定|决议|命令|意见|通报|报告|批复|函|公告|通告|办法|规定|方案|细则|规则|规划|纲要|令|答复|请示|纪要"
    r"|措施|政策|预案|标准|名单|清单|一览表|分解表|计划表|统计表|表|要求|制度|指南|章程|目录|职责|机构图|图|说明)"
    r"([((][^()()]{1,20}[))])?[》〉\"”]?$"
)


# How the name of an issuing body ends, longest first: a title opens with it and 关于 (or 令).
# Central units in a province (霂州海关, 人民银行…分行) issue jointly with its departments.
ISSUER_SUFFIX = (
    "人民政府办公室|人民政府办公厅|人民政府|管理委员会|办公室|办公厅|办事处|委员会|管委会|政府|指挥部|领导小组"
    "|海关|分行|支行|银行|厅|局|委|院|署|中心|公司|部"
)


@dataclass(frozen=True)
class Line:
    """One line of the text: its 0-based index, the offsets of its stripped text, that text."""

    number: int
    start: int
    end: int
    text: str


def lines_of(text: str) -> list[Line]:
    out = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(index, offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return out


# A table cell that says there is nothing there: ``—``, ``-``, ``/``, ``无``.
NO_ENTRY = re.compile(r"^[—\-–/无]+$")


def table_cells(text: str) -> list[str]:
    """The cells of a ``|`` table row, outer bars dropped, empty cells kept in their places."""
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def is_title_like(text: str) -> bool:
    """A line that could be (part of) a title: short, no sentence punctuation, no trailing colon.
    A longer line is a title only when it reads as a whole one (…关于…的通知)."""
    if not text or _SENTENCE_PUNCT.search(text) or "|" in text:
        return False
    return len(text) <= MAX_TITLE_CHARS or (len(text) <= MAX_LONG_TITLE_CHARS and "关于" in text[:60] and bool(TITLE_END.search(text)))


def next_nonblank(lines: list[Line], index: int, last: int) -> int | None:
    """The first non-blank line after ``index`` and at most ``last``."""
    for j in range(index + 1, last + 1):
        if lines[j].text:
            return j
    return None
