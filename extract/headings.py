"""Section headings inside documents (第X章, 第X条, 一、, (一), 1., (1), 7.3) and `|`-cell tables.

Extractors of tasks, members and clauses read these spans instead of re-finding structure. A
heading's span is its label plus its short caption (``(一)压实工作责任``), not the paragraph
the caption runs into.
"""

from __future__ import annotations

import re

from policykg.extract.lines import Line

_CN_NUM = "一二三四五六七八九十百零〇"
HEADING_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第[{_CN_NUM}\d]{{1,4}}章")),
    ("section", re.compile(rf"^第[{_CN_NUM}\d]{{1,4}}节")),
    ("article", re.compile(rf"^第[{_CN_NUM}\d]{{1,5}}条")),
    ("level1", re.compile(rf"^[{_CN_NUM}]{{1,3}}\s*、")),
    ("level2", re.compile(rf"^[((]\s*[{_CN_NUM}]{{1,3}}\s*[))]")),
    ("decimal", re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}(?=\s|[^\d.])")),
    ("level3", re.compile(r"^\d{1,2}\s*[.、.](?!\d)")),
    ("level4", re.compile(r"^[((]\s*\d{1,2}\s*[))]")),
)
_CAPTION_END = re.compile(r"[。;;::]")
MAX_CAPTION_CHARS = 60


def heading_of(text: str) -> tuple[str, int] | None:
    """The heading level of a line and the length of its label plus caption, or None."""
    for level, pattern in HEADING_LEVELS:
        m = pattern.match(text)
        if not m:
            continue
        if level == "article":
            return level, m.end()  # 第三条 runs straight into its clause: the label is the heading
        end = _CAPTION_END.search(text, m.end())
        caption_end = end.start() if end else len(text)
        return level, caption_end if caption_end <= MAX_CAPTION_CHARS else m.end()
    return None


def is_heading(text: str) -> bool:
    return heading_of(text) is not None


def table_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) line indices of each run of two or more `|`-cell lines (blank lines allowed inside)."""
    runs: list[tuple[int, int]] = []
    first = last = None
    for line in lines:
        if not line.text:
            continue
        if "|" in line.text:
            first = line.number if first is None else first
            last = line.number
            continue
        if first is not None and last is not None and last > first:
            runs.append((first, last))
        first = last = None
    if first is not None and last is not None and last > first:
        runs.append((first, last))
    return runs
