"""The numbered measures of plans, work breakdowns and emergency plans, with their section path.

Two printed shapes hold tasks:

* paragraphs opening with a heading label (``一、`` ``(一)`` ``1.`` ``(1)`` ``①``); the path of
  the headings above a paragraph is its section path; clause paragraphs printed right after an
  item (``牵头单位:X`` / ``完成时限:…``) are part of it;
* task tables, flattened by the text export either one cell per blank-separated block or one cell
  per ``|``-terminated line. A table is found by its header row (``责任单位``, ``牵头单位``,
  ``完成时限``…); header cells reprinted after a page break are skipped. Rows are rebuilt from what
  the cells hold rather than from column counts, because empty cells are dropped by the export: a
  text cell followed by a deadline or a unit-list cell opens a row. In tables read by column, an
  empty or ``同上`` cell repeats the cell above, and a unit marked ``(下同)`` joins the rows below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.extract.assignments import DEADLINE_LABELS, LABEL_REMARK, NON_UNIT_LABELS, ROLE_OF_LABEL
from policykg.extract.dates import parse_deadline
from policykg.extract.normalize import squeeze
from policykg.extract.unit_list import SAME_BELOW, looks_like_unit_list

_SPACES = re.compile(r"\s+")
_HEADING_BODY_END = re.compile(r"[。;;]|\n\s*\n")
_LABELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"^[一二三四五六七八九十百]+\s*、")),
    (2, re.compile(r"^[((][一二三四五六七八九十百]+[))]")),
    (3, re.compile(r"^\d{1,3}(?:\s*[、.．](?!\d)|\s+(?=[\u4e00-\u9fff]))")),
    (4, re.compile(r"^[((]\d{1,3}[))]")),
    (5, re.compile(r"^[①-⑳]")),
)
UNIT_COLUMNS = {
    "牵头单位": "lead",
    "总牵头单位": "lead",
    "牵头部门": "lead",
    "责任单位": "responsible",
    "责任部门": "responsible",
    "主责单位": "responsible",
    "配合单位": "supporting",
    "配合部门": "supporting",
    "协办单位": "supporting",
    "参与单位": "supporting",
    "参与部门": "supporting",
    "承办单位": "responsible",
    "实施单位": "responsible",
    "落实单位": "responsible",
    "主办单位": "lead",
    "第一责任单位": "lead",
    "落实主体": "responsible",
    "指导单位": "supporting",
}
_DEADLINE_COLUMNS = {"完成时限", "时间节点", "完成时间", "计划完成时间", "办结时限", "时限", "时间安排", "进度安排", "时限要求"}
_OTHER_COLUMNS = {
    "序号", "事项", "任务", "任务清单", "目标要求", "工作任务", "工作举措", "主要任务", "重点任务", "具体任务",
    "工作内容", "具体措施", "工作措施", "主要措施", "任务内容", "责任人", "联系人", "备注", "责任领导", "分管领导",
    "项目", "项目名称", "工作目标", "目标任务", "决策事项", "事项名称", "改革事项", "指标名称",
}
# Columns that name people or remarks, never the task itself.
_PERSON_COLUMNS = {"序号", "责任人", "联系人", "备注", "责任领导", "分管领导"}
MAX_ROW_GAP = 3  # blank lines left by a page number and running header between two rows
MAX_CELL_TAIL = 12
_ROW_START = re.compile(r"^\|?\s*\d{1,3}\s*\|")  # a row framed by bars (| 24 | …) or not
# |---|:---:|: the rule a Markdown copy prints under its header, which holds no cell
_ALIGNMENT_ROW = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*$")
_DITTO = ("同上", "〃", "″")  # printed in place of a repeated cell
HEADER_CELLS = frozenset(UNIT_COLUMNS) | _DEADLINE_COLUMNS | _OTHER_COLUMNS
MIN_HEADER_CELLS = 3
MAX_OTHER_HEADER_CHARS = 8
TITLE_CHARS = 40
_SEQUENCE = re.compile(r"^\d{1,3}$")
_DATE_CELL = re.compile(
    r"^[\d年月日底末前上中下旬—\-~～至到.、,,\s]*(?:每年|前|底)?(?:实施|完成|启动|推进|开展)?(?:[,,]?并?长期(?:实施|坚持))?$"
)
_TIME_WORDS = re.compile(r"(时间|前$|长期|持续|常态|年内|每年|底$|季度|立即|即时)")
_CLAUSE_OPEN = re.compile(r"[((\[〔【](?:总?牵头|责任|配合|协办|主责)")
_TABLE_END = re.compile(r"^(附件|附表)\s*\d*\s*[::]?\s*$|^附件\s*\d")
# ``牵头单位:X`` / ``(责任单位:X)`` / ``完成时限:…`` printed as paragraphs of their own after an item
_CLAUSE_LABEL = "(?:" + "|".join(sorted([*ROLE_OF_LABEL, *DEADLINE_LABELS, *NON_UNIT_LABELS], key=len, reverse=True)) + ")" + LABEL_REMARK + r"\s*[::]"
_CLAUSE_LINE = re.compile(r"^[((\[〔【]?" + _CLAUSE_LABEL)
_ANY_CLAUSE = re.compile(_CLAUSE_LABEL)


@dataclass
class Task:
    """One task: its label, title, full text, section path, span and (for table rows) its cells."""

    label: str | None
    title: str
    text: str
    section_path: list[str]
    start: int
    end: int
    level: int = 0  # heading level of the label, 0 without one
    in_table: bool = False
    deadline_as_printed: str | None = None
    unit_cells: list[tuple[str, str, int]] = field(default_factory=list)  # (role, cell text, offset)

    @property
    def deadline(self) -> str | None:
        """An ISO date when the printed deadline is one, else the deadline as printed."""
        return self.deadline_in(None)

    def deadline_in(self, plan_year: int | None) -> str | None:
        """The deadline, reading one printed without a year (``6月底前``) as of ``plan_year``."""
        if not self.deadline_as_printed:
            return None
        return parse_deadline(self.deadline_as_printed, plan_year) or self.deadline_as_printed


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int


def heading_label(text: str) -> tuple[int, str] | None:
    """The heading level and label a paragraph opens with (``(一)`` → (2, "(一)"))."""
    for level, pattern in _LABELS:
        m = pattern.match(text)
        if m:
            return level, m.group(0).strip()
    return None


def title_of(text: str, label: str | None, clause_start: int = -1) -> str:
    """Label plus the first sentence, without the assignment clause, bounded to a few dozen characters."""
    body = text[:clause_start] if clause_start >= 0 else text
    clause = _CLAUSE_OPEN.search(body)
    body = body[: clause.start()] if clause else body
    body = _HEADING_BODY_END.split(body, maxsplit=1)[0]  # a heading printed as a paragraph of its own ends at it
    body = squeeze(body.replace("\n", "")).rstrip(" ,,(")
    return body[:TITLE_CHARS] if label is None or body.startswith(label) else (label + body)[:TITLE_CHARS]


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, stripped line) for every line of ``text[start:end]``, blank lines as ""."""
    out = []
    offset = start
    for raw in text[start:end].split("\n"):
        lead = len(raw) - len(raw.lstrip())
        out.append((offset + lead, raw.strip()))
        offset += len(raw) + 1
    return out


# 责任科室(单位) / 牵头处室: a department's list of its internal offices has the unit columns
_COLUMN_REMARK = re.compile(r"[((](?:单位|部门)[))]$")
_OFFICE_NOUN = re.compile(r"(?<=..)(?:科室|处室)$")


def _header_cell(line: str) -> str:
    cell = _SPACES.sub("", line.strip().strip("|"))
    return _OFFICE_NOUN.sub("单位", _COLUMN_REMARK.sub("", cell))


def _header_at(lines: list[tuple[int, str]], i: int) -> list[str] | None:
    """The header row starting at line ``i``: header cells, blanks and bare ``|`` lines between.
    A column we do not know (指标名称, 2024年目标) may stand among known ones when its cell is
    short and the row ends where the first row number starts."""
    cells: list[str] = []
    j = i
    while j < len(lines):
        line = lines[j][1]
        cell = _header_cell(line)
        if not cell:
            j += 1
            continue
        if cell not in HEADER_CELLS and (len(cell) > MAX_OTHER_HEADER_CHARS or _SEQUENCE.match(cell) or "|" not in line):
            break
        cells.append(cell)
        j += 1
    while cells and cells[-1] not in HEADER_CELLS:
        cells.pop()  # the first data cells of a row without a number are no header
    known = [c for c in cells if c in HEADER_CELLS]
    if len(cells) >= MIN_HEADER_CELLS and any(c in UNIT_COLUMNS for c in cells) and 2 * len(known) >= len(cells):
        return cells
    return None


def _cells(lines: list[tuple[int, str]], piped: bool) -> list[_Cell]:
    """Cells of a flattened table: ``|``-terminated lines, or blank-separated blocks of lines."""
    cells: list[_Cell] = []
    parts: list[str] = []
    first = -1

    def flush() -> None:
        nonlocal parts, first
        text = "".join(parts).strip()
        if text:
            cells.append(_Cell(text, first))
        parts, first = [], -1

    for offset, line in lines:
        if piped:
            if not line.strip("|").strip():
                flush()
                continue
            first = offset if first < 0 else first
            parts.append(line.rstrip("|").rstrip() if line.endswith("|") else line)
            if line.endswith("|"):
                flush()
        elif line:
            first = offset if first < 0 else first
            parts.append(line)
        else:
            flush()
    flush()
    return cells


def _is_deadline(text: str) -> bool:
    if len(text) > 24 or heading_label(text) or looks_like_unit_list(text):
        return False
    return bool(re.search(r"\d", text) and _DATE_CELL.match(text)) or (len(text) <= 12 and bool(_TIME_WORDS.search(text)))


def _kind(text: str) -> str:
    if _header_cell(text) in HEADER_CELLS:
        return "header"
    if _SEQUENCE.match(text):
        return "sequence"
    if _is_deadline(text):
        return "deadline"
    if looks_like_unit_list(text):
        return "units"
    return "text"


def _table_rows(cells: list[_Cell], header: list[str]) -> list[Task]:
    roles = [UNIT_COLUMNS[c] for c in header if c in UNIT_COLUMNS] or ["responsible"]
    kinds = [_kind(c.text) for c in cells]
    stack: list[tuple[int, str]] = []
    rows: list[Task] = []
    current: Task | None = None
    for n, (cell, kind) in enumerate(zip(cells, kinds)):
        if kind == "header":
            continue
        if kind == "sequence":
            current = None
            continue
        if kind == "text":
            following = next((k for k in kinds[n + 1:] if k != "header"), None)
            found = heading_label(cell.text)
            if following in ("deadline", "units"):
                label = found[1] if found else None
                section = [s for _, s in stack]
                current = Task(label, title_of(cell.text, label), cell.text, section, cell.start, cell.start + len(cell.text),
                               level=found[0] if found else 0, in_table=True)
                rows.append(current)
            elif found:
                stack = [(lvl, s) for lvl, s in stack if lvl < found[0]] + [(found[0], title_of(cell.text, found[1]))]
                current = None
            continue
        if current is None:
            continue
        if kind == "deadline" and current.deadline_as_printed is None:
            current.deadline_as_printed = squeeze(cell.text.replace("\n", ""))
        elif kind == "units":
            role = roles[min(len(current.unit_cells), len(roles) - 1)]
            current.unit_cells.append((role, cell.text, cell.start))
        current.end = cell.start + len(cell.text)
    return rows


def _row_cells(pieces: list[tuple[int, str]]) -> list[_Cell]:
    """The cells of one table row printed on one line or broken over several (``1|新建学校5所|
    市教育局|…``), each with the offset of its first character. An inner empty cell keeps its
    column (a cell merged with the one above prints empty); the bars framing a row make none."""
    joined = "".join(line for _, line in pieces).rstrip()
    offsets = [offset + k for offset, line in pieces for k in range(len(line))]
    cells, at = [], 0
    for piece in joined.split("|"):
        start = at + len(piece) - len(piece.lstrip())
        cells.append(_Cell(piece.strip(), offsets[min(start, len(offsets) - 1)]))
        at += len(piece) + 1
    if joined.endswith("|"):
        cells.pop()
    if joined.lstrip().startswith("|"):
        cells.pop(0)
    return cells


def _row_header(line: str) -> list[str] | None:
    if line.strip("|").count("|") < MIN_HEADER_CELLS - 1:
        return None
    cells = [_header_cell(c) for c in line.split("|") if c.strip()]
    if len(cells) >= MIN_HEADER_CELLS and any(c in UNIT_COLUMNS for c in cells) and sum(c in HEADER_CELLS for c in cells) * 2 > len(cells):
        return cells
    return None


def _row_table(lines: list[tuple[int, str]], i: int, header: list[str]) -> tuple[list[Task], int]:
    """Tasks of a table printed one row per line under ``header`` (line ``i``), and where it ends.

    Columns are known here, so cells are read by position. A row may be broken over lines (a
    long cell wraps): its pieces are joined until the next row starts. Header rows reprinted
    after a page break and blank lines left by page chrome are passed over."""
    title_column = next((n for n, c in enumerate(header) if c not in UNIT_COLUMNS and c not in _DEADLINE_COLUMNS and c not in _PERSON_COLUMNS), None)
    numbered = header[0] == "序号"
    rows: list[list[tuple[int, str]]] = []
    j, gap = i + 1, 0
    while j < len(lines) and gap <= MAX_ROW_GAP:
        offset, line = lines[j]
        if not line:
            gap, j = gap + 1, j + 1
            continue
        starts_row = bool(_ROW_START.match(line)) if numbered else "|" in line
        open_row = bool(rows) and (sum(l.count("|") for _, l in rows[-1]) < len(header) - 1 or _is_cell_tail(line))
        if _row_header(line) or _ALIGNMENT_ROW.match(line):
            pass
        elif starts_row and not (open_row and not numbered):
            rows.append([(offset, line)])
        elif open_row and gap == 0 or open_row and "|" in line:
            rows[-1].append((offset, line))
        else:
            break
        gap, j = 0, j + 1
    tasks = []
    above: dict[str, _Cell] = {}
    below: dict[str, _Cell] = {}  # units marked (下同), held by every later row of their column
    for pieces in rows:
        cells = _row_cells(pieces)
        if len(cells) != len(header):
            continue
        by_column = dict(zip(header, cells))
        carried = [(UNIT_COLUMNS[c], below[c].text, below[c].start) for c in header if c in below]
        _repeat_cells_above(by_column, above, below)
        title_cell = cells[title_column] if title_column is not None else cells[0]
        label = by_column["序号"].text if "序号" in by_column and by_column["序号"].text.isdigit() else None
        deadline = next((by_column[c].text for c in header if c in _DEADLINE_COLUMNS), None)
        units = [(UNIT_COLUMNS[c], by_column[c].text, by_column[c].start) for c in header if c in UNIT_COLUMNS] + carried
        start, (last_offset, last_line) = pieces[0][0], pieces[-1]
        tasks.append(Task(label, title_of(title_cell.text, None), title_cell.text, [], start, last_offset + len(last_line),
                          in_table=True, deadline_as_printed=deadline, unit_cells=units))
    while j > i + 1 and not lines[j - 1][1]:
        j -= 1
    return tasks, j


def _repeat_cells_above(by_column: dict[str, _Cell], above: dict[str, _Cell], below: dict[str, _Cell]) -> None:
    """Cells standing for the cell above: any cell printed as a ditto (同上, 〃), and an empty unit
    cell (merged with the one above). Units marked (下同) are noted in ``below``."""
    for column, cell in list(by_column.items()):
        repeats = cell.text in _DITTO or (column in UNIT_COLUMNS and not cell.text)
        if repeats and column in above:
            by_column[column] = above[column]
        elif not repeats:
            above[column] = cell
            marked = _marked_same_below(cell) if column in UNIT_COLUMNS else None
            if marked:
                below[column] = marked


def _marked_same_below(cell: _Cell) -> _Cell | None:
    """The item of ``A,各市州人民政府(下同)`` that the remark marks."""
    m = SAME_BELOW.search(cell.text)
    if not m:
        return None
    head = cell.text[: m.start()]
    cut = max(head.rfind(c) for c in "、,,;;") + 1
    return _Cell(head[cut:], cell.start + cut)


def _is_cell_tail(line: str) -> bool:
    """The end of a cell broken at the right margin (``日前``), not a new paragraph."""
    return len(line) <= MAX_CELL_TAIL and "。" not in line and heading_label(line) is None


def _spaced_header(line: str) -> list[str] | None:
    """A header row printed on one line with its cells apart: ``序号  工作任务  牵头单位  完成时限``."""
    cells = line.split()
    if len(cells) >= MIN_HEADER_CELLS and all(c in HEADER_CELLS for c in cells) and any(c in UNIT_COLUMNS for c in cells):
        return cells
    return None


def _line_cells(lines: list[tuple[int, str]], i: int) -> tuple[list[_Cell], int]:
    """Cells printed one per line under a spaced header, up to the first prose or heading line;
    a cell that ends in a list separator (``县财政局、``) continues on the next line."""
    cells: list[_Cell] = []
    open_cell = False
    while i < len(lines):
        offset, line = lines[i]
        if line and ("。" in line or _TABLE_END.match(line) or (heading_label(line) or (0,))[0] in (1, 2)):
            break
        if line:
            if open_cell and cells:
                cells[-1] = _Cell(cells[-1].text + line, cells[-1].start)
            else:
                cells.append(_Cell(line, offset))
            open_cell = line.endswith(("、", ",", ","))
        i += 1
    return cells, i


def _continues_item(text: str, tasks: list[Task], offset: int, line: str) -> bool:
    """A clause paragraph right after a numbered item is that item's assignment, not a task."""
    if not tasks or not _CLAUSE_LINE.match(line):
        return False
    item = tasks[-1]
    return bool(item.level) and not item.in_table and not text[item.end:offset].strip()


def _bare_heading_above(tasks: list[Task], line: str) -> int | None:
    """``(二)壮大乡村特色产业`` / unnumbered paragraphs / ``责任单位:A(牵头)、B``: a clause line
    closing a section of plain paragraphs assigns the section as one task, its heading's index."""
    if not _CLAUSE_LINE.match(line):
        return None
    k = len(tasks) - 1
    while k >= 0 and not (tasks[k].level or tasks[k].in_table) and not _ANY_CLAUSE.search(tasks[k].text):
        k -= 1
    is_heading = k >= 0 and tasks[k].level and not tasks[k].in_table and not re.search(r"[。;;]", tasks[k].text)
    return k if is_heading and k < len(tasks) - 1 else None


def find_tasks(text: str, start: int, end: int) -> list[Task]:
    """Numbered paragraphs and task-table rows of ``text[start:end]`` (one document), in text order."""
    lines = _lines(text, start, end)
    tasks: list[Task] = []
    stack: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        offset, line = lines[i]
        row_header = _row_header(line)
        if row_header:
            rows, i = _row_table(lines, i, row_header)
            tasks.extend(rows)
            continue
        spaced = _spaced_header(line)
        if spaced:
            cells, i = _line_cells(lines, i + 1)
            tasks.extend(_table_rows(cells, spaced))
            continue
        header = _header_at(lines, i) if _header_cell(line) in HEADER_CELLS else None
        if header:
            j = i
            while j < len(lines) and not _TABLE_END.match(lines[j][1]):
                j += 1
            body = lines[i:j]
            piped = any(l.endswith("|") for _, l in body)
            # A table opens its own outline: its label cells, not the prose headings above it.
            tasks.extend(_table_rows(_cells(body, piped), header))
            i = j
            continue
        i += 1
        if not line:
            continue
        found = heading_label(line)
        section = None if found else _bare_heading_above(tasks, line)
        if section is not None:
            del tasks[section + 1 :]  # its paragraphs are the heading's text, not tasks of their own
        if section is not None or (not found and _continues_item(text, tasks, offset, line)):
            tasks[-1].text = text[tasks[-1].start: offset + len(line)]
            tasks[-1].end = offset + len(line)
            continue
        if found:
            stack = [(lvl, s) for lvl, s in stack if lvl < found[0]]
        section = [s for _, s in stack]
        label = found[1] if found else None
        tasks.append(Task(label, title_of(line, label), line, section, offset, offset + len(line), level=found[0] if found else 0))
        if found:
            stack.append((found[0], title_of(line, label)))
    return tasks
