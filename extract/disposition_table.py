"""Tables that decide the fate of bodies, row by row: ``序号 | 机构名称 | 处理意见 | 办公室设置 | 备注``.

A clean-up of coordination bodies (议事协调机构清理规范) or an institutional reform often prints one
row per body with what becomes of it (保留, 更名, 合并, 新组建, 撤销 …), where its office sits and a
remark that may hold the new name (``更名为X``, ``名称规范为X``) or the body it goes into
(``…合并,组建X``, ``其职责划入X``). Groups and renames both read these rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from policykg.extract.lines import NO_ENTRY, table_cells

_NAME_HEADERS = ("机构名称", "原机构名称", "议事协调机构名称", "名称", "机构")
_NEW_NAME_HEADERS = ("调整后机构名称", "调整后名称", "新机构名称", "现机构名称")
_SAME = ("同左", "同上", "不变")
_DECISION_HEADERS = ("处理意见", "处理方式", "调整意见", "清理意见", "拟处理意见", "处理结果", "调整情况", "调整方式")
_OFFICE_HEADERS = ("办公室设置", "办公室设在", "办事机构", "办公室")
_REMARK_HEADERS = ("备注", "说明")
_SPACES = re.compile(r"\s+")
ABOLISHING = re.compile(r"撤销|撤消|合并|不再保留|并入")
ESTABLISHING = re.compile(r"新组建|新设|设立|组建|成立")
RENAMED_TO = re.compile(r"(?:更名为|名称规范为|名称调整为)(?P<name>[^,,。;;、()()]+)")
FORMED_INTO = re.compile(r"(?:组建|合并为|整合为|并入|划入)(?P<name>[^,,。;;、()()]+)")


class PrintedLine(Protocol):
    """A line as the readers hold it: where its text starts and the text."""

    start: int
    text: str


@dataclass(frozen=True)
class Disposition:
    """One row: the body, what becomes of it, its office (None when not printed) and the remark."""

    name: str
    decision: str
    office: str | None
    remark: str
    new_name: str | None  # 调整后机构名称 column, None when not printed or 同左
    start: int  # offset of the name cell in the text


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    return next((k for k, cell in enumerate(header) if _SPACES.sub("", cell) in names), None)


def _entry(cell: str) -> str | None:
    return None if not cell or NO_ENTRY.match(cell) else cell


def dispositions(lines: Iterable[PrintedLine]) -> dict[int, list[Disposition]]:
    """Every row of every disposition table among ``lines``, by the offset of its line: one
    disposition per body the row names."""
    rows: dict[int, list[Disposition]] = {}
    columns: tuple[int, int, int | None, int | None, int | None] | None = None
    for line in lines:
        if "|" not in line.text:
            columns = None if line.text.strip() else columns
            continue
        cells = table_cells(line.text)
        name_at, decision_at = _column(cells, _NAME_HEADERS), _column(cells, _DECISION_HEADERS)
        if name_at is not None and decision_at is not None:
            columns = (name_at, decision_at, _column(cells, _OFFICE_HEADERS), _column(cells, _REMARK_HEADERS), _column(cells, _NEW_NAME_HEADERS))
            continue
        if columns is None or len(cells) <= max(c for c in columns if c is not None):
            continue
        name_at, decision_at, office_at, remark_at, new_at = columns
        new_name = _entry(_SPACES.sub("", cells[new_at])) if new_at is not None else None
        at = line.start + max(line.text.find(cells[name_at]), 0)
        # 甲站、乙站 | 丙中心 | 整合: each body of the cell goes the same way
        rows[line.start] = [
            Disposition(
                name=name,
                decision=_SPACES.sub("", cells[decision_at]),
                office=_entry(cells[office_at]) if office_at is not None else None,
                remark=cells[remark_at] if remark_at is not None else "",
                new_name=None if new_name in _SAME else new_name,
                start=at,
            )
            for name in re.split(r"[、,,]", _SPACES.sub("", cells[name_at]))
            if name
        ]
    return rows


def renamed_to(row: Disposition) -> str | None:
    """The body's new name, when the row renames it (a 调整后机构名称 cell, 更名 / 名称规范为 in the
    remark)."""
    if row.new_name and row.new_name != row.name and not ABOLISHING.search(row.decision):
        return row.new_name
    m = RENAMED_TO.search(row.remark)
    return m.group("name").strip() if m else None


def goes_into(row: Disposition) -> str | None:
    """The body an abolished or merged row's body lives on in (…合并,组建X / 其职责划入X)."""
    if not ABOLISHING.search(row.decision + row.remark):
        return None
    if row.new_name and row.new_name != row.name:
        return row.new_name
    m = FORMED_INTO.search(row.remark)
    return m.group("name").strip() if m else None
