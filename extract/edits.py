"""The edit items of an amendment: ``将…中“A”修改为“B”``, ``删…“A”``, ``增加“X”``.

Amendment decisions list their changes one per numbered line. Each line becomes one or more
:class:`EditItem`: ``replace`` (old → new), ``delete`` (old) or ``insert`` (new). ``old`` is the
quoted wording when the line quotes it, else the place the line names (``第三部分(三)``).
"""

from __future__ import annotations

import re

from policykg.extract.records import EditItem

ITEM_LABEL = re.compile(r"^\s*(\d{1,3}\s*[.、.]|[((][一二三四五六七八九十\d]{1,4}[))]|[一二三四五六七八九十]{1,3}、)\s*")
_QUOTED = re.compile(r"[“\"']([^“”\"']*)[”\"']")
_REPLACE = re.compile(r"^(?:将|把)?(?P<old>.*?)(?P<mode>统一|分别|均|一律)?(?:修改|调整|更改|改)为[::]?(?P<new>.*)$")
_DELETE = re.compile(r"^(?:删去|删除|删)(?P<old>.*)$")
_DELETE_AFTER = re.compile(r"^(?P<old>.+?)(?:予以)?(?:删除|删去)[。;;]?$")  # 第十五条第二款删除
# 第九条中"A"修改为"B",第十五条第二款删除: a clause naming its provision first starts a new edit.
_PROVISION_EDIT = re.compile(r"第[^,,;;“”\"]*?(删除|删去|修改为|调整为|增加)")
_INSERT = re.compile(r"^(?P<where>.*?)(?:增加|增设|增写|补充)(?P<new>.*)$")
_PLACE = re.compile(r"^(?:将)?(?P<place>.*?)(?:中的|中|的)?$")


def is_edit_line(text: str) -> bool:
    """Whether a line (its label removed) states an edit rather than naming a document."""
    body = ITEM_LABEL.sub("", text, count=1).strip()
    return bool(re.match(r"^(将|把|删|在|增加|增设)", body) or re.search(r"(修改|调整)为", body))


def _quoted(text: str) -> list[str]:
    return [q for q in _QUOTED.findall(text)]


def _place(text: str) -> str:
    m = _PLACE.match(text.strip())
    return (m.group("place") if m else text).strip(" ::")


def _unquote(text: str) -> str:
    return text.strip().strip("“”\"'").rstrip("。").strip().strip("“”\"'").strip()


def parse_edits(text: str, line: int) -> list[EditItem]:
    """The edit items one amendment line states (empty when it states none)."""
    body = ITEM_LABEL.sub("", text, count=1).strip()
    return [item for clause in _clauses(body) for item in _clause_edits(clause, line)]


def _clauses(body: str) -> list[str]:
    """One line may state several edits: "…修改为“A”,“B”修改为“C”,删去“D”"; split at the
    commas outside quotes that start a new edit."""
    clauses: list[str] = []
    depth = 0
    begin = 0
    for i, ch in enumerate(body):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch in ",,;;" and depth == 0 and (re.match(r"[“将把删增]", body[i + 1 : i + 2]) or _PROVISION_EDIT.match(body, i + 1)):
            clauses.append(body[begin:i])
            begin = i + 1
    clauses.append(body[begin:])
    return [c.strip() for c in clauses if c.strip()]


def _clause_edits(body: str, line: int) -> list[EditItem]:
    replace = _REPLACE.match(body)
    if replace:
        return _replacements(replace, line)
    delete = _DELETE.match(body)
    if delete:
        quoted = _quoted(delete.group("old"))
        if quoted:
            return [EditItem("delete", q, None, line) for q in quoted]
        return [EditItem("delete", _unquote(_place(delete.group("old"))), None, line)]
    delete_after = _DELETE_AFTER.match(body)
    if delete_after:
        quoted = _quoted(delete_after.group("old"))
        return [EditItem("delete", q, None, line) for q in quoted] or [EditItem("delete", _unquote(_place(delete_after.group("old"))), None, line)]
    insert = _INSERT.match(body)
    if insert:
        quoted = _quoted(insert.group("new"))
        news = quoted or [_unquote(insert.group("new"))]
        return [EditItem("insert", None, new, line) for new in news if new]
    return []


def _replacements(m: re.Match[str], line: int) -> list[EditItem]:
    olds = _quoted(m.group("old"))
    new_text = m.group("new")
    news = _quoted(new_text) if olds else []
    if not olds:
        # "将第一条修改为:“…”": the place is what is replaced, the new wording follows.
        return [EditItem("replace", _place(m.group("old")), _unquote(new_text), line)]
    if len(news) == len(olds):
        return [EditItem("replace", old, new, line) for old, new in zip(olds, news)]
    new = news[0] if len(news) == 1 else _unquote(new_text)
    return [EditItem("replace", old, new, line) for old in olds]
