"""Renamed and merged organisations: ``将…中的"A"修改为"B"``, ``A更名为B``, ``A和B合并设立C``,
``组建C,不再保留A、B``.

Only changes between named organisations count (SCHEMA convention 4): both sides must read as
the name of a body, and generic department terms (``市住建部门``, ``卫生计生部门``), collectives,
people and word fragments are left out. Each (old, new) pair is reported once per document, at
its first occurrence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from policykg.extract.disposition_table import dispositions, goes_into, renamed_to
from policykg.extract.lines import lines_of
from policykg.extract.provenance import document_at, evidence, text_of
from policykg.extract.records import RenameRecord
from policykg.extract.unit_list import is_agency_name, is_collective, split_units

_QUOTE = re.compile(r"[“\"](?P<name>[^“”\"\n]{1,60})[”\"]")
_CHANGE = re.compile(r"(?:分别|统一|一律|均|相应)?(?:修改为|修订为|更改为|改为|替换为|变更为|调整为)")
_ITEM_LABEL = re.compile(r"^\s*([一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、.])\s*")
# 组建C,不再保留A、B / 整合A、B的职责,组建C。不再保留A、B / 合并,设立C,不再保留A、B: A and B go into C.
_ABSORBED = re.compile(r"(?P<old>[^,,。;;:“”\n]{2,40}?)(?:整体|整建制|撤)?并入(?P<new>[^,,。;;“”\n]{2,40}?)(?=[,,。;;])")
_SECOND_NAME_ONLY = re.compile(r"(?:在)?(?P<new>[^,,。;;:“”\n()()]{2,40}?)(?:对外|同时)?加挂(?P<old>[^,,。;;“”\n]{2,40}?)牌子[^。]*?[,,。]\s*不再(?:保留)?单设(?:的)?(?P=old)")
_DUTIES_MOVED = re.compile(r"(?P<old>[^,,。;;:“”\n]{2,40}?)的(?:[^,,。;;“”\n]{0,20}?)职责(?:整体)?(?:划入|并入)(?P<new>[^,,。;;“”\n]{2,40}?)[,,]\s*(?:同时)?不再保留")
# 县X局所属A由差额拨款调整为全额拨款,并更名为B: the sentence's subject is renamed.
_CHANGED_THEN_RENAMED = re.compile(r"(?P<old>[^,,。;;:“”\n]{2,40}?)由[^,,。;;]{1,20}?调整为[^,,。;;]{1,20}?[,,]\s*并更名为(?P<new>[^,,。;;、“”()()\n]{2,40})")
# A纳入B统筹,不再单独设立: A lives on inside B.
_FOLDED_INTO = re.compile(r"(?P<old>[^,,。;;:“”\n]{2,40}?)纳入(?P<new>[^,,。;;“”\n]{2,40}?)统筹[,,]\s*不再单独(?:设立|设置)")
# 撤销A,设立B,…承接原A的全部职责: B takes over from A.
_REPLACED_BY = re.compile(r"撤销(?P<old>[^,,。;;、“”\n]{2,40}?)[,,]\s*(?:设立|组建)(?P<new>[^,,。;;“”\n]{2,40}?)[,,][^。]*?承接原(?P=old)")
# A不再单独设置,相关职责由B承担 / A不再单设,其职责划入B: B carries A on.
_DUTIES_BORNE = re.compile(r"(?P<old>[^,,。;;:“”\n]{2,40}?)不再(?:单独设置|单独设立|单设)[,,]\s*(?:相关|其)职责(?:由(?P<new>[^,,。;;“”\n]{2,40}?)承担|划入(?P<into>[^,,。;;“”\n]{2,40}?)(?=[,,。;;]))")
# 撤销A,其职责由B承担: B carries A on.
_ABOLISHED_BORNE = re.compile(r"撤销(?P<old>[^,,。;;、“”\n]{2,40}?)[,,]\s*其(?:全部)?职责由(?P<new>[^,,。;;“”\n]{2,40}?)承担")
# A整建制划入B,不再单独设置: A goes into B whole.
_MOVED_WHOLE = re.compile(r"(?P<old>[^,,。;;:“”\n]{2,40}?)整建制划入(?P<new>[^,,。;;“”\n]{2,40}?)[,,]\s*不再(?:单独设置|单设|保留)")
# Forms in which A goes and B carries it on, each naming A (old) and B (new).
_LIVES_ON_IN = (_DUTIES_MOVED, _FOLDED_INTO, _REPLACED_BY, _DUTIES_BORNE, _ABOLISHED_BORNE, _MOVED_WHOLE)
_MOVED_AND_RENAMED = re.compile(r"(?P<old>[^,,。;;:“”\n]{2,60}?)(?:整体)?(?:划归|转隶|划转至|下放)[^,,。;;\n]{2,40}?[,,]\s*并?(?:更名为|名称调整为)(?P<new>[^,,。;;、“”()()\n]{2,40})")
_BUILT = re.compile(r"(?:组建|设立|成立)(?![))])(?P<new>(?!的)[^,,。;;、\n]{2,40}?)(?:[,,][^。;;\n]{0,60})?[,,。]\s*(?:同时)?不再保留(?P<olds>[^。;;\n]+)")
# 撤销A,其职责划入B: A lives on in B.
_ABOLISHED_INTO = re.compile(r"(?:撤销|不再保留)(?P<old>[^,,。;;、“”\n]{2,40}?)(?:建制)?[,,]\s*其[^,,。;;]{0,10}?(?:职责|职能)[^,,。;;]{0,8}?(?:划入|并入)(?P<new>[^,,。;;“”\n]{2,40}?)(?=[,,。;;]|$)")
# A调整为B between two named bodies; 由A所属调整为B所属 (a new supervisor) names no body after the verb.
_RENAME = re.compile(r"(?:现|调整)?更名为|改名为|改组为|重组为|改称|改设为|改建为|转设为|转型为|升格为|转企改制为|的?名称(?:规范|调整|变更)为|(?<!所属)调整为(?![^,,。;;]{2,40}?所属)")
# B(原A): the note of a former name, and the name printed before it
_FORMERLY = re.compile(r"[((]原(?P<old>[^()()为由]{2,40})[))]")
_NAME_BEFORE_NOTE = re.compile(r"(?P<new>[^、,,。;;::()()“”\n]{2,40})$")
# 各乡镇(街道)的“A”统一更名为“B”: a kind of office everywhere, not one named body.
_EVERY_PLACES = re.compile(r"各(?:乡镇|街道|县|区|市|镇|乡|部门|单位)[^。;;]*?的[^。;;]*$")
# A(加挂X牌子)更名为B: the second name hung beside A is no part of A's name.
_PLAQUE_NOTE = re.compile(r"[((](?:加挂|挂)[^()()]*牌子[))]$")
_MERGE = re.compile(r"(?:合并|合二为一|(?<!职责)(?<!职能)整合)[,,]?(?:设立|组建|成立|更名)为?|(?:合并|整合)为")
_WINDOW = 100  # characters after a verb that can hold the name it introduces (≤ 40, quotes, 新的)
_BETWEEN_QUOTES = re.compile(r"^[\s、,,和及与]*$")
_GENERIC = re.compile(r"(部门|主管部门|单位|机构|系统)$")
_CLAUSE_START = re.compile(r".*(?:[,,。;;::\n]|将|把|由|原|同意|^)", re.DOTALL)
# A name may quote a slogan inside it: 梓汀市优化营商环境和“放管服”改革工作领导小组
_QUOTES = re.compile(r"[“”\"]")
_NAME_AFTER = re.compile(r"^[“\"]?(?P<name>(?:[^,,。;;、“”\"()()的]|[“\"][^“”\"]{1,20}[”\"]){2,40})")
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条\s*")
_SUBJECT = re.compile(r"(?P<name>[^,,。;;“”\"]{2,40}?)(?:[((]以下简称[^))]*[))])?(?:是|系)?由$")


@dataclass(frozen=True)
class Change:
    """One renamed organisation at ``offset`` in the text: ``old`` → ``new``."""

    old: str
    new: str
    offset: int
    kind: str = "rename"  # rename | merge


def is_named_organisation(name: str) -> bool:
    return is_agency_name(name) and not _GENERIC.search(name) and not is_collective(name)


def _quotes_before(text: str, end: int) -> list[re.Match[str]]:
    """The run of quoted names that ends right at ``end`` (``“A”“B”分别修改为``)."""
    found: list[re.Match[str]] = []
    for m in reversed(list(_QUOTE.finditer(text, max(0, end - 400), end))):
        limit = found[0].start() if found else end
        if not _BETWEEN_QUOTES.match(text[m.end():limit]):
            break
        found.insert(0, m)
    return found


def _quotes_after(text: str, start: int) -> list[re.Match[str]]:
    """The run of quoted names right after ``start``; one that an edit verb follows is the next edit's."""
    found: list[re.Match[str]] = []
    position = start
    for m in _QUOTE.finditer(text, start, min(len(text), start + 400)):
        if not _BETWEEN_QUOTES.match(text[position:m.start()]):
            break
        if _CHANGE.match(text, m.end()):
            break
        found.append(m)
        position = m.end()
    return found


def _names(quoted: str) -> list[str]:
    """A quoted old name may list several organisations (``“市国土资源局、市城乡规划局”``)."""
    units = split_units(quoted)
    return [u.name for u in units] if len(units) > 1 else [quoted.strip()]


def quoted_changes(text: str) -> list[Change]:
    """``将"A"修改为"B"``, ``"A""B"分别修改为"C""D"``, ``"A、B"修改为"C"``."""
    changes: list[Change] = []
    for verb in _CHANGE.finditer(text):
        olds, news = _quotes_before(text, verb.start()), _quotes_after(text, verb.end())
        if not olds or not news or _EVERY_PLACES.search(text[text.rfind("\n", 0, olds[0].start()) + 1 : olds[0].start()]):
            continue
        if len(olds) == len(news):
            pairs = [(o, n) for o, n in zip(olds, news)]
        elif len(news) == 1:
            pairs = [(o, news[0]) for o in olds]
        else:
            continue
        for old, new in pairs:
            names = _names(old.group("name"))
            if len(names) > 1 and new.group("name").strip() in names:
                continue  # “A、B”修改为“A”: B is struck from a list, not renamed
            for name in names:
                changes.append(Change(name, new.group("name").strip(), old.start("name")))
    return changes


def _name_before(text: str, end: int) -> tuple[str, int] | None:
    head = text[max(0, end - 60):end].rstrip("”\"")
    m = _CLAUSE_START.match(head)
    name = head[m.end():] if m else head
    name = _ITEM_LABEL.sub("", name).strip("“\" ")
    return (name, end - len(name)) if name else None


def renamed_changes(text: str) -> list[Change]:
    """``A更名为B`` (quoted or not) and ``A调整为B``."""
    changes = []
    for verb in _RENAME.finditer(text):
        if verb.group(0) != "更名为" and text[verb.start() - 1 : verb.start()] in ("”", "\""):
            continue  # “A”调整为“B”: a quoted change, read with the others
        before = _name_before(text, verb.start())
        after = _NAME_AFTER.match(text[verb.end() : verb.end() + _WINDOW])
        if not before or not after:
            continue
        lead_in = text[max(0, before[1] - 2) : before[1]]
        if lead_in.endswith("由") and "调整为" in verb.group(0) or lead_in.endswith(("拟将", "拟")):
            continue  # 隶属关系由A调整为B: a new supervisor; 拟将A更名为B: not yet done
        changes.append(Change(_PLAQUE_NOTE.sub("", before[0]), after.group("name"), before[1]))
    return changes


def merged_changes(text: str) -> list[Change]:
    """``A和B合并设立C`` / ``C是由A和B合并设立的…``: each of A, B → C."""
    changes = []
    for verb in _MERGE.finditer(text):
        before = _name_before(text, verb.start())
        if not before:
            continue
        if text[max(0, before[1] - 2) : before[1]] in ("与原", "和原", "、原"):
            before = _merged_clause(text, verb.start())  # 原A与原B合并: the 原 of B is no clause start
        olds = _merged_olds(before[0])
        after = _NAME_AFTER.match(_new_name(text[verb.end() : verb.end() + _WINDOW]))
        new = after.group("name") if after and is_named_organisation(after.group("name")) else None
        if new is None:
            sentence_start = max(text.rfind(c, 0, before[1]) for c in "。\n;;") + 1
            subject = _SUBJECT.search(text[sentence_start:before[1]])
            new = _ARTICLE.sub("", subject.group("name")).strip() if subject else None
        if new and len(olds) >= 2:
            changes.extend(Change(u.name, new, before[1] + max(u.start, 0), "merge") for u in olds)
    return changes


def _merged_clause(text: str, end: int) -> tuple[str, int]:
    start = max(text.rfind(c, 0, end) for c in ",,。;;::\n") + 1
    label = _ITEM_LABEL.match(text[start:end])
    start += label.end() if label else 0
    return text[start:end], start


def _merged_olds(text: str) -> list:
    """``原A与原B`` / ``A和B`` / ``A、B``: the bodies merged, without the 原 that marks them former."""
    units = split_units(re.sub(r"[两二三四五六七八九十\d]+个(?:机构|单位)$", "", re.sub(r"(^|[与、和及])原", r"\1", text)))
    joiner = next((j for j in "与和及" if len(units) == 1 and j in units[0].name), None)
    if joiner:
        parts = units[0].name.split(joiner)
        if all(is_named_organisation(part) for part in parts):
            offset = units[0].start
            found, at = [], 0
            for part in parts:
                found.append(replace(units[0], name=part, start=offset + at, end=offset + at + len(part)))
                at += len(part) + 1
            return found
    return units


def transferred_changes(text: str) -> list[Change]:
    """``A的职责划入B,不再保留A`` (A goes into B) and ``A划归B管理,更名为C`` (A renamed C).
    Only the lines holding the verbs are searched: the patterns are costly on a whole issue."""
    changes = []
    for start, line in _lines_with(text, ("划入", "并入", "划归", "转隶", "划转至", "下放", "纳入", "承接原", "不再单独", "不再单设", "职责由", "并更名为")):
        for pattern in _LIVES_ON_IN:
            for m in pattern.finditer(line):
                old = _subject(m.group("old"))
                new = m.group("new") or m.groupdict().get("into")  # _DUTIES_BORNE prints B either way
                changes.append(Change(old, new, start + m.end("old") - len(old), "merge"))
        for m in _CHANGED_THEN_RENAMED.finditer(line):
            old = re.sub(r"^.*所属", "", _subject(m.group("old")))
            changes.append(Change(old, m.group("new"), start + m.end("old") - len(old)))
        for m in _ABOLISHED_INTO.finditer(line):
            rest_of_sentence = line[m.end() :].split("。")[0]
            if "划入" not in rest_of_sentence:  # its duties split among several bodies: none succeeds it
                changes.append(Change(m.group("old"), m.group("new"), start + m.start("old"), "merge"))
        for m in _MOVED_AND_RENAMED.finditer(line):
            old = _subject(re.sub(r"由[^由]*$", "", m.group("old").rpartition("的")[2]))  # A由X划转至Y: A
            changes.append(Change(old, m.group("new"), start + m.start("old") + len(m.group("old")) - len(old)))
    return changes


def _subject(text: str) -> str:
    """``(一)将A`` → ``A``: the body a clause acts on, without its list label or 将."""
    return re.sub(r"^将", "", _ITEM_LABEL.sub("", text))


def _new_name(text: str) -> str:
    """``新的市体育运动学校`` → ``市体育运动学校``: a body built anew under a name."""
    return re.sub(r"^新的?", "", text)


def _lines_with(text: str, words: tuple[str, ...]) -> list[tuple[int, str]]:
    """(offset, line) of each line of ``text`` holding one of ``words``."""
    found: dict[int, str] = {}
    for word in words:
        for m in re.finditer(re.escape(word), text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            found[start] = text[start : end if end >= 0 else len(text)]
    return sorted(found.items())


def built_changes(text: str) -> list[Change]:
    """``组建C,不再保留A、B``: each of A, B → C."""
    return [
        Change(u.name, _new_name(m.group("new").strip("“”\"")), m.start("olds") + max(u.start, 0), "merge")
        for m in _BUILT.finditer(text)
        for u in split_units(re.sub(r"^单设的?", "", m.group("olds").strip("“”\"")))
    ]


def absorbed_changes(text: str) -> list[Change]:
    """``A并入B`` (A goes into B) and ``B加挂A牌子…不再保留单设的A`` (A lives on as B's second name)."""
    changes = []
    for start, line in _lines_with(text, ("并入", "加挂")):
        for m in _ABSORBED.finditer(line):
            old = _subject(m.group("old"))
            changes.append(Change(old, m.group("new"), start + m.end("old") - len(old), "merge"))
        for m in _SECOND_NAME_ONLY.finditer(line):
            changes.append(Change(m.group("old"), m.group("new"), start + m.start("new"), "merge"))
    return changes


def disposed_changes(text: str) -> list[Change]:
    """Rows of a table deciding the fate of bodies: ``A | 更名 | … | 更名为B`` and
    ``A | 合并 | … | 与序号10合并,组建B`` / ``A | 撤销 | … | 其职责划入B``."""
    changes = []
    for row in (row for rows in dispositions(lines_of(text)).values() for row in rows):
        new = renamed_to(row)
        if new:
            changes.append(Change(row.name, new, row.start))
        into = goes_into(row)
        if into:
            changes.append(Change(row.name, into, row.start, "merge"))
    return changes


def formerly_changes(text: str) -> list[Change]:
    """``B(原A)``: a body listed under its new name with its former one."""
    changes = []
    for m in _FORMERLY.finditer(text):  # find the note first, then the name printed before it
        before = _NAME_BEFORE_NOTE.search(text, max(0, m.start() - 40), m.start())
        if before:
            changes.append(Change(m.group("old"), before.group("new"), before.start("new")))
    return changes


def changes_in(text: str) -> list[Change]:
    """Every change between named organisations in ``text``, in text order."""
    found = (quoted_changes(text) + renamed_changes(text) + merged_changes(text) + built_changes(text)
             + transferred_changes(text) + absorbed_changes(text) + disposed_changes(text) + formerly_changes(text))
    found = [replace(c, old=_QUOTES.sub("", c.old), new=_QUOTES.sub("", c.new)) for c in found]
    kept = [c for c in found if c.old != c.new and is_named_organisation(c.old) and is_named_organisation(c.new)]
    return sorted(kept, key=lambda c: c.offset)


@Language.factory("policy_renames")
class PolicyRenames:
    """Renamed and merged organisations.

    Reads ``doc._.documents``; sets ``doc._.renames`` (list[RenameRecord]: old and new name as
    printed, the acting document's key as ``by``, kind rename | merge, line, evidence).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        records: list[RenameRecord] = []
        seen: set[tuple[str, str, str]] = set()
        for change in changes_in(text_of(doc)):
            document = document_at(doc, change.offset)
            by = document.key if document else ""
            if (by, change.old, change.new) in seen:
                continue
            seen.add((by, change.old, change.new))
            found = evidence(doc, change.offset)
            records.append(RenameRecord(change.old, change.new, by, found.line, kind=change.kind, evidence=found))
        doc._.renames = records
        return doc
