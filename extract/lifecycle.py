"""Document lifecycle: which document repeals, amends, extends or replaces which, and citations.

Forms read:

- clean-up decisions, in lists under a heading: ``一、废止行政规范性文件14件`` (REPEALS),
  ``二、修改行政规范性文件13件`` (AMENDS, with the edit items listed under each document),
  ``三、限期修改…`` (AMENDS ordered, ``pending``), ``延长有效期的…`` (EXTENDS_VALIDITY),
  ``继续有效的…目录`` (no relation: staying in force changes nothing, but the list ends the one above),
  ``宣布失效的…目录`` (REPEALS); items are ``(一)《T》(N)``, ``(四)T(N)`` or table rows;
- a document's printed history in brackets after its title, ``(咸政规〔2016〕2号公布,
  咸政办发〔2021〕31号修改)`` / ``(…号公布,咸政发〔2023〕9号延长有效期)``: the amending or
  extending document is the *other* number, not the document printing it;
- in passing: ``…印发的《T》(N)同时废止``, ``原《T》作废``, ``本办法代替《T》(N)``,
  ``《T》(N)有效期延长至…``, ``对《T》(N)作如下修改:`` followed by edit items;
- ``上述撤销和合并机构的设立文件同时废止``: REPEALS of each founding number printed before it in a
  设立文件 column or as ``(N设立)``, known by number only.

A replacement needs a document as its object: ``由市民政局公章代替`` or ``延长产业链`` are no
lifecycle facts. CITES come from :mod:`policykg.extract.citations`, minus every target the same
document also repeals, amends, extends or replaces (SCHEMA.md convention 3).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from policykg.extract.citations import (
    NumberMention,
    TitleReference,
    find_citations,
    fold_title,
    title_references,
)
from policykg.extract.dates import parse_date
from policykg.extract.doc_number import find_doc_numbers
from policykg.extract.edits import ITEM_LABEL, is_edit_line, parse_edits
from policykg.extract.lines import table_cells
from policykg.extract.normalize import squeeze
from policykg.extract.provenance import evidence, line_of, text_of
from policykg.extract.records import DocumentRecord, EditItem, RelationRecord
from policykg.extract.segment import Line, lines_of

REPEALS = "REPEALS"
AMENDS = "AMENDS"
EXTENDS_VALIDITY = "EXTENDS_VALIDITY"
REPLACES = "REPLACES"
CITES = "CITES"
LIFECYCLE_TYPES = (REPEALS, AMENDS, EXTENDS_VALIDITY, REPLACES)
STILL_IN_FORCE = "still in force"  # the list mode of 继续有效 lists and rows: named, not acted on

_LIFECYCLE_WORD = re.compile(r"限期修改|限期修订|延长有效期|有效期延长|继续有效|宣布失效|失效|废止|作废|修改|修订")
_EXTEND_SPLIT = re.compile(r"延长[^。;;,,]{1,30}有效期")
_LIST_OBJECT = re.compile(r"文件|规章|目录|清单|\d+\s*件|[一二三四五六七八九十]+件")
_TOP_LABEL = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_NOT_A_HEADING = re.compile(r"关于|[。;;]|(决定|通知|意见|办法)$")
_HISTORY_VERBS = (
    (re.compile(r"^[,,、\s]*(公布|印发|发布|制定)"), None),
    (re.compile(r"^[,,、\s]*(延长有效期|有效期延长)"), EXTENDS_VALIDITY),
    (re.compile(r"^[,,、\s]*(第[一二三四五六七八九十\d]+次)?(修改|修订|修正)"), AMENDS),
    (re.compile(r"^[,,、\s]*(废止|宣布失效)"), REPEALS),
)
_TRIGGER_AFTER = (
    (re.compile(r"^\s*(文件)?\s*(同时|即行|一并|予以|自[^。;;,,]{0,20}起)?\s*(废止|作废|失效)"), REPEALS),
    # 原《T》同时停止执行: T is not abolished by an act of its own but ceases as this text takes its place.
    (re.compile(r"^\s*(文件)?\s*(同时|即行|一并|自[^。;;,,]{0,20}起)?\s*(停止执行|不再执行)"), REPLACES),
    (re.compile(r"^\s*(文件)?\s*(同时)?\s*(由本[^。;;,,]{1,8}|被本[^。;;,,]{1,8})(代替|取代|替代)"), REPLACES),
    (re.compile(r"^\s*[,,]?\s*(文件)?\s*(的)?\s*有效期(延长|顺延)至"), EXTENDS_VALIDITY),
    (re.compile(r"^[^。;;《]{0,30}?(修改后)?重新(公布|印发|发布)[,,]\s*有效期(延长|顺延)至"), EXTENDS_VALIDITY),
)
# 《T》根据本通知作相应修改,…,有效期延长至…: T opens the sentence, so a later clause of it still
# speaks of T (after 按照《T》 the subject is another text).
_SUBJECT_EXTENDED = re.compile(r"^[^。;;《》\n]{0,40}?[,,]\s*有效期(延长|顺延)至")
_SENTENCE_OPEN = re.compile(r"(^|[。;;::\n])\s*$")
_TRIGGER_BEFORE = (
    # …的设立文件同时废止,包括:《A》(N)、《B》(M): the repealed texts follow their announcement.
    (re.compile(r"(决定|现|同时|宣布|予以|一并)\s*(废止|宣布失效)\s*([,,]?\s*(包括|具体(包括|为|是)|分别(是|为)|即|如下)\s*[::]?)?\s*(原)?\s*$"), REPEALS),
    (re.compile(r"(代替|取代|替代)\s*(原)?\s*$"), REPLACES),
    (re.compile(r"决定\s*修改\s*$"), AMENDS),
)
# 上述撤销和合并机构的设立文件同时废止: the founding documents of bodies listed earlier in the same
# text, known there by number only (a 设立文件 column, or ``(N设立)`` after a body's name)
_FOUNDING_REPEALED = re.compile(r"(?:上述|以上|前述)[^。;;\n]{0,30}?(?:设立|成立)(?:文件|文号|依据)[^。;;\n]{0,6}?(?:废止|失效|作废)")
_FOUNDING_COLUMN = re.compile(r"^(?:设立|成立)(?:文件|文号|依据)$")
_FOUNDED_BY = re.compile(r"\s*(?:设立|成立)")
_AMEND_IN_PLACE = re.compile(r"^\s*(作|进行)(如下|以下)?修改")
_RUN_GAP = re.compile(r"^[\s、,,和及与以及]*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(印发|发布|出台|公布)?\s*(的)?\s*(原)?\s*$")
_BEFORE_AMEND_OBJECT = re.compile(r"对\s*$")
# 现将《T》(N)附件2第4项的完成时限修改为“…”: a part of T given new wording in passing.
_BEFORE_EDIT_OBJECT = re.compile(r"(^|[,,。;;:]|现|决定)\s*将\s*$")
_EDITED_PART = re.compile(r"^[^。;;《]{0,40}?(修改为|修订为|调整为|删除|删去)")
_EXTENDED_UNTIL = re.compile(r"有效期(?:延长|顺延)至\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# A clean-up table with the action as a column: 序号 | 文件名称 | 文号 | 处理意见.
_ACTION_COLUMN_HEADER = re.compile(r"文号.{0,20}(处理意见|清理意见|清理结果|处理结果|处理方式)")
_CELL_BREAK = re.compile(r"\s*[|│┃]\s*|\t+|\s{2,}")
# A table row printed with bars, ``3 | T | N | 将…修改为…``: its cells are never edit lines of the row above.
_CELL_ROW = re.compile(r"^\s*\d{1,3}\s*[|│┃]")
_ROW_ACTIONS = (
    (re.compile(r"^(宣布)?失效|^(予以)?废止|^作废"), REPEALS, False),
    (re.compile(r"^限期修(改|订)"), AMENDS, True),
    (re.compile(r"^修(改|订)"), AMENDS, False),
    (re.compile(r"^(有效期延长|延长有效期)"), EXTENDS_VALIDITY, False),
    (re.compile(r"^继续有效"), STILL_IN_FORCE, False),
)
ROW_ACTION = "row action"  # the list mode of a table whose rows say their own action
_GENRE_END = re.compile(r"(通知|意见|决定|办法|规定|细则|规则|方案|规划|纲要|通告|公告|批复|条例|措施|制度|计划|指南|意见)(\([^()]*\))?$")


@dataclass
class _Item:
    """One document named in a clean-up list, and the edits listed under it."""

    kind: str
    pending: bool
    number: str | None
    title: str | None
    start: int
    end: int
    edits: list[EditItem] = field(default_factory=list)


def _iso(date: str | None) -> str | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date).isoformat()
    except ValueError:
        return None


def extended_until(text: str) -> str | None:
    """The new expiry an extension prints (``有效期延长至2026年12月31日``), as an ISO date."""
    m = _EXTENDED_UNTIL.search(text)
    parsed = parse_date(m.group("date")) if m else None
    return parsed.value if parsed else None


def list_heading(text: str) -> tuple[str, bool] | None:
    """The relation a clean-up list heading announces (and whether it is pending), or None.
    A sentence that closes its paragraph by announcing a list counts too: ``…以下3件文件仍需
    继续执行,决定将其有效期延长至2024年12月31日:``."""
    body = ITEM_LABEL.sub("", text, count=1).strip()
    intro = re.split(r"[。;;]", body)[-1]
    if body.endswith((":", ":")) and re.search(r"以下|下列|如下", intro):
        body = intro
    elif not body or len(body) > 50 or _NOT_A_HEADING.search(body):
        return None
    if _EXTEND_SPLIT.search(body) and _LIST_OBJECT.search(body):
        return EXTENDS_VALIDITY, False  # 三、延长2件市政府规范性文件有效期
    word = _LIFECYCLE_WORD.search(body)
    if not word:
        return None
    introduces_list = _LIST_OBJECT.search(body) or (body[-1] in "::" and re.search(r"下列|以下|如下", body))
    if not introduces_list:
        return None
    found = word.group(0)
    if found.startswith("限期"):
        return AMENDS, True
    if found == "继续有效":
        return STILL_IN_FORCE, False
    if found in ("延长有效期", "有效期延长"):
        return EXTENDS_VALIDITY, False
    if found in ("修改", "修订"):
        return AMENDS, False
    return REPEALS, False


@dataclass(frozen=True)
class _History:
    """A document's printed history in brackets: its own number and who changed it."""

    target: NumberMention
    acts: list[tuple[str, NumberMention]]  # (relation type, acting number)


def _mentions(text: str, start: int, end: int) -> list[NumberMention]:
    return [
        NumberMention(n.normalized, n.printed, start + n.start, start + n.end)
        for n in find_doc_numbers(text[start:end])
    ]


def history_at(text: str, open_paren: int, limit: int) -> _History | None:
    """Read ``(N1公布,N2修改)`` starting at ``open_paren``; None without a second number."""
    close = text.find(")", open_paren, limit)
    stop = close if close >= 0 else limit
    numbers = _mentions(text, open_paren + 1, stop)
    if len(numbers) < 2:
        return None
    acts: list[tuple[str, NumberMention]] = []
    for k, number in enumerate(numbers):
        after = text[number.end : numbers[k + 1].start if k + 1 < len(numbers) else stop]
        kind = next((kind for pattern, kind in _HISTORY_VERBS if pattern.match(after)), None)
        if kind and k > 0:
            acts.append((kind, number))
    return _History(numbers[0], acts) if acts else None


def _title_before(text: str, position: int, floor: int) -> str | None:
    """A title printed without 《》 just before ``position``: from the item label or clause start."""
    # In a table row ``1 | T | N |`` the title is the cell before the number's.
    before = text[floor:position].rstrip(" \t|│┃")
    cut = max((m.end() for m in re.finditer(r"[,,。;;:\n|│┃\t]|印发的|发布的", before)), default=0)
    title = squeeze(ITEM_LABEL.sub("", before[cut:].strip(), count=1)).strip("《》")
    return title if len(title) >= 6 and _GENRE_END.search(title) else None


class _DocumentReader:
    """The lifecycle relations and citations of one document of a Doc."""

    def __init__(self, doc: Doc, record: DocumentRecord, start: int, end: int) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.record = record
        self.start = start
        self.end = end
        self.source = record.key
        self.date = _iso(record.date)
        self.references = title_references(self.text, start, end)

    def relation(self, kind: str, target: NumberMention | None, title: str | None, at: int, *, source: str | None = None, date: str | None = None, pending: bool = False, edits: list[EditItem] | None = None) -> RelationRecord:
        is_own = source is None
        if target is None and title:
            target = self._number_printed_for(title)
        return RelationRecord(
            type=kind,
            source=self.source if is_own else source,
            target_number=target.normalized if target else None,
            target_title=title or None,
            line=line_of(self.doc, at),
            date=self.date if is_own else date,
            pending=pending,
            edits=list(edits or []),
            evidence=evidence(self.doc, at, at + 1),
        )

    def _number_printed_for(self, title: str) -> NumberMention | None:
        """The number this document prints elsewhere with the same 《title》: a later mention by
        title alone (《T》…有效期延长至…) means the same document."""
        return next((r.number for r in self.references if r.number and r.title == title), None)

    def relations(self) -> list[RelationRecord]:
        lifecycle = [*self.listed(), *self.histories(), *self.in_passing(), *self.founding_repealed()]
        lifecycle = _one_per_key(lifecycle)
        acted_on = {_target_key(r) for r in lifecycle if r.source == self.source}
        cites = [r for r in self.citations() if _target_key(r) not in acted_on]
        return lifecycle + cites

    # -- clean-up lists ------------------------------------------------------------------------

    def listed(self) -> Iterator[RelationRecord]:
        for item in self._items():
            if item.kind == STILL_IN_FORCE:
                continue
            target = NumberMention(item.number, item.number, item.start, item.start) if item.number else None
            yield self.relation(item.kind, target, item.title, item.start, pending=item.pending, edits=item.edits)

    def _items(self) -> list[_Item]:
        items: list[_Item] = []
        mode: tuple[str, bool] | None = None
        lines = [line for line in _lines_within(self.text, self.start, self.end) if line.text]
        listed_from = 0  # the first item under the current heading: edit lines belong to no earlier list
        for index, line in enumerate(lines):
            heading = list_heading(line.text)
            if heading:
                mode = heading
                listed_from = len(items)
                continue
            if _ACTION_COLUMN_HEADER.search(line.text):
                mode = (ROW_ACTION, False)
                listed_from = len(items)
                continue
            if _TOP_LABEL.match(line.text):
                mode = None
                continue
            if mode is None:
                continue
            is_edit = mode[0] == AMENDS and is_edit_line(line.text) and not _CELL_ROW.match(line.text)
            if is_edit and self._opening_reference(line) is None:
                if len(items) > listed_from:
                    items[-1].edits.extend(parse_edits(line.text, line_of(self.doc, line.start)))
                continue
            if mode[0] == ROW_ACTION:
                item = self._row_with_action(line, lines[index + 1 : index + 3])
            else:
                item = self._item(line, lines[max(0, index - 2) : index], mode)
            if item:
                items.append(item)
        return items

    def _row_with_action(self, line: Line, following: list[Line]) -> _Item | None:
        """A row ``1 | T | N | 废止``: the action is the first cell after the number that names
        one (on the next line when the row was broken after its number)."""
        numbers = _mentions(self.text, line.start, line.end)
        if not numbers:
            return None
        number = numbers[0]
        cells = [c for c in _CELL_BREAK.split(self.text[line.start : number.start]) if c.strip()]
        titles = [squeeze(c).strip("《》") for c in cells if not re.fullmatch(r"\d{1,3}[.、]?", c.strip())]
        after = [c.strip() for c in _CELL_BREAK.split(self.text[number.end : line.end]) if c.strip()]
        after += [next_line.text for next_line in following[:1] if not _mentions(self.text, next_line.start, next_line.end)]
        for cell in after:
            for pattern, kind, pending in _ROW_ACTIONS:
                if pattern.match(cell):
                    title = titles[-1] if titles else None
                    return _Item(kind, pending, number.normalized, title, line.start, line.end)
        return None

    def _item(self, line: Line, previous: list[Line], mode: tuple[str, bool]) -> _Item | None:
        """A list line naming a document: ``(一)《T》(N)``, ``(四)T(N)`` or a table row
        ``1 T N``. Lines that merely continue a quoted new wording name none."""
        label = ITEM_LABEL.match(line.text)
        body_start = line.start + (label.end() if label else 0)
        numbers = _mentions(self.text, line.start, line.end)
        # Table rows: "1 T N" on one line, or broken so that the number stands on a line alone.
        alone = len(numbers) == 1 and not self.text[line.start : numbers[0].start].strip() and numbers[0].end >= line.end
        is_row = bool(re.match(r"\d", line.text)) or alone
        if not (label or is_row or line.text.startswith("《")):
            return None
        references = [r for r in self.references if line.start <= r.start < line.end]
        edits: list[EditItem] = []
        if references and references[0].start == body_start:
            first = references[0]
            title, number = first.title, first.number
            if mode[0] == AMENDS and number:
                edits = self._edits_in_line(line, first.reach)
        else:
            if not numbers:
                return None
            number = numbers[0]
            paren = self.text.rfind("(", body_start, number.start)
            title = _title_before(self.text, paren if paren >= 0 else number.start, body_start)
            if title is None and is_row and not self.text[body_start : number.start].strip(" \t0123456789"):
                title = _row_title(previous)
            if title is None:
                return None
        history = history_at(self.text, self.text.find("(", number.start - 1, line.end), line.end) if number else None
        target = history.target.normalized if history else (number.normalized if number else None)
        edits += self._edits_in_cells(line, number) if mode[0] == AMENDS and number else []
        return _Item(mode[0], mode[1], target, title, line.start, line.end, edits)

    def _opening_reference(self, line: Line) -> TitleReference | None:
        """The numbered 《T》(N) a list line opens with (after its label), if any."""
        label = ITEM_LABEL.match(line.text)
        body_start = line.start + (label.end() if label else 0)
        return next((r for r in self.references if r.start == body_start and r.number), None)

    def _edits_in_line(self, line: Line, after: int) -> list[EditItem]:
        """``《T》(N)第九条中的"A"修改为"B"``: the edits printed on the line naming the document."""
        rest = self.text[after : line.end].lstrip("))〕] \t")
        return parse_edits(rest, line_of(self.doc, line.start)) if rest and is_edit_line(rest) else []

    def _edits_in_cells(self, line: Line, number: NumberMention) -> list[EditItem]:
        """A 修改内容 column: the cells after the number state the row's edits."""
        if not _CELL_ROW.match(line.text):
            return []
        cells = [c.strip() for c in re.split(r"[|│┃]", self.text[number.end : line.end]) if c.strip()]
        return [edit for cell in cells for edit in parse_edits(cell, line_of(self.doc, line.start))]

    # -- printed histories: (N1公布,N2修改) ------------------------------------------------------

    def histories(self) -> Iterator[RelationRecord]:
        for m in re.finditer(r"\(", self.text[self.start : self.end]):
            at = self.start + m.start()
            line_end = self.text.find("\n", at)
            history = history_at(self.text, at, min(self.end, line_end if line_end >= 0 else self.end))
            if not history:
                continue
            title = self._title_of_paren(at)
            for kind, acting in history.acts:
                yield self.relation(kind, history.target, title, at, source=acting.normalized)

    def _title_of_paren(self, paren: int) -> str | None:
        for reference in self.references:
            if reference.end <= paren and not self.text[reference.end : paren].strip():
                return reference.title
        line_start = self.text.rfind("\n", self.start, paren) + 1
        return _title_before(self.text, paren, max(line_start, self.start))

    # -- in passing: 同时废止, 作废, 代替, 有效期延长至, 作如下修改 ---------------------------------

    def in_passing(self) -> Iterator[RelationRecord]:
        references = self.references
        for k, reference in enumerate(references):
            after = self.text[reference.reach : reference.reach + 40]
            before = self.text[max(self.start, reference.start - 12) : reference.start]
            for pattern, kind in _TRIGGER_AFTER:
                if pattern.match(after):
                    for target in self._run_back(k):
                        yield self.relation(kind, target.number, target.title, target.start)
            if _SENTENCE_OPEN.search(before) and _SUBJECT_EXTENDED.match(after):
                yield self.relation(EXTENDS_VALIDITY, reference.number, reference.title, reference.start)
            if _BEFORE_AMEND_OBJECT.search(before) and _AMEND_IN_PLACE.match(after):
                yield self.relation(AMENDS, reference.number, reference.title, reference.start, edits=self._edits_after(reference.reach))
            elif _BEFORE_EDIT_OBJECT.search(before) and _EDITED_PART.match(after):
                yield self.relation(AMENDS, reference.number, reference.title, reference.start)
            for pattern, kind in _TRIGGER_BEFORE:
                if pattern.search(before) and (k == 0 or not _RUN_GAP.match(self.text[references[k - 1].reach : reference.start])):
                    for target in self._run_forward(k):
                        edits = self._edits_after(target.reach) if kind == AMENDS else []
                        yield self.relation(kind, target.number, target.title, target.start, edits=edits)

    def founding_repealed(self) -> Iterator[RelationRecord]:
        """``上述…机构的设立文件同时废止``: each founding number printed before the sentence."""
        m = _FOUNDING_REPEALED.search(self.text, self.start, self.end)
        if not m:
            return
        for number in _mentions(self.text, self.start, m.start()):
            if _FOUNDED_BY.match(self.text, number.end) or self._in_founding_column(number):
                yield self.relation(REPEALS, number, None, number.start)

    def _in_founding_column(self, number: NumberMention) -> bool:
        """Whether ``number`` stands in the 设立文件 column of a table printed one row a line."""
        line_start = self.text.rfind("\n", self.start, number.start) + 1
        column = self.text.count("|", line_start, number.start) - 1
        if column < 0:
            return False
        for line in reversed(_lines_within(self.text, self.start, max(self.start, line_start - 1))):
            cells = [squeeze(c) for c in table_cells(line.text)]
            if "|" not in line.text:
                return False  # the table ended above: no header of this row
            if any(_FOUNDING_COLUMN.match(c) for c in cells):
                return column < len(cells) and bool(_FOUNDING_COLUMN.match(cells[column]))
        return False

    def _run_back(self, k: int) -> list[TitleReference]:
        run = [self.references[k]]
        while k > 0 and _RUN_GAP.match(self.text[self.references[k - 1].reach : self.references[k].start]):
            k -= 1
            run.insert(0, self.references[k])
        return run

    def _run_forward(self, k: int) -> list[TitleReference]:
        run = [self.references[k]]
        while k + 1 < len(self.references) and _RUN_GAP.match(self.text[self.references[k].reach : self.references[k + 1].start]):
            k += 1
            run.append(self.references[k])
        return run

    def _edits_after(self, position: int) -> list[EditItem]:
        """The numbered edit lines that follow an amendment's object."""
        edits: list[EditItem] = []
        line_end = self.text.find("\n", position)
        if line_end < 0:
            return edits
        for line in _lines_within(self.text, line_end + 1, self.end):
            if not line.text:
                continue
            if not (ITEM_LABEL.match(line.text) and is_edit_line(line.text)):
                break
            edits.extend(parse_edits(line.text, line_of(self.doc, line.start)))
        return edits

    # -- citations ---------------------------------------------------------------------------

    def citations(self) -> Iterator[RelationRecord]:
        own_titles = [self.record.title, *self.record.attachment_titles]
        for citation in find_citations(self.text, self.start, self.end, own_number=self.record.doc_number, own_titles=own_titles):
            reference = citation.reference
            yield self.relation(CITES, reference.number, reference.title, reference.start)


def _lines_within(text: str, start: int, end: int) -> list[Line]:
    """The lines of ``text[start:end]`` with offsets into ``text``."""
    return [Line(line.number, line.start + start, line.end + start, line.text) for line in lines_of(text[start:end])]


def _row_title(previous: list[Line]) -> str | None:
    """A table row broken across lines: the title is on the line(s) above the number."""
    texts = [line.text for line in previous if not re.fullmatch(r"\d{1,3}", line.text)]
    title = squeeze("".join(texts[-1:])) if texts else ""
    return title if title and _GENRE_END.search(title) else None


def _target_key(relation: RelationRecord) -> str:
    return relation.target_number or fold_title(relation.target_title or "")


def _one_per_key(relations: list[RelationRecord]) -> list[RelationRecord]:
    """One relation per (type, source, target); the first keeps its place, later edits join it."""
    kept: dict[tuple[str, str, str], RelationRecord] = {}
    for relation in relations:
        key = (relation.type, relation.source, _target_key(relation))
        if key in kept:
            kept[key].edits.extend(e for e in relation.edits if e not in kept[key].edits)
            kept[key].target_title = kept[key].target_title or relation.target_title
        else:
            kept[key] = relation
    return list(kept.values())


@Language.factory("policy_lifecycle")
class PolicyLifecycle:
    """Find lifecycle relations and citations between documents.

    Reads ``doc.spans["documents"]`` and ``doc._.documents`` (parallel); sets ``doc._.relations``
    (list[RelationRecord]: REPEALS, AMENDS with ``edits`` and ``pending``, EXTENDS_VALIDITY,
    REPLACES and CITES), each with ``evidence`` and ``line``.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        relations: list[RelationRecord] = []
        records: list[DocumentRecord] = doc._.documents or []
        for span, record in zip(doc.spans["documents"], records):
            found = _DocumentReader(doc, record, span.start_char, span.end_char).relations()
            relations.extend(_with_orders_named(found, record))
        doc._.relations = relations
        return doc


_SHORT_ORDER = re.compile(r"^(?P<level>[市县区州])(?:人民)?政府令第(?P<num>\d+)号$")
_PLACE_OF_ISSUER = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?[市县区州])人民政府")


def _with_orders_named(relations: list[RelationRecord], record: DocumentRecord) -> list[RelationRecord]:
    """``(市政府令第3号)`` in a 澄州市 document is 澄州市人民政府令第3号, as orders are numbered."""
    places = [m.group("place") for m in map(_PLACE_OF_ISSUER.match, record.issuer or []) if m]
    out = []
    for relation in relations:
        short = _SHORT_ORDER.match(relation.target_number or "")
        place = next((p for p in places if short and p.endswith(short.group("level"))), None)
        out.append(replace(relation, target_number=f"{place}人民政府令第{short.group('num')}号") if place else relation)
    return out
