"""Lists of responsible units as printed: ``市发改委、市财政局,各县市区人民政府`` → units.

A list is split on 、 , ; and on 和/及/与 where both sides are whole agency names, never inside
brackets or quotes (``各镇(街道、中心)``, ``市"双随机、一公开"监管联席会议``). Shared parts are
expanded (``咸安区、嘉鱼县、赤壁市人民政府`` → three governments), a missing separator between two
agency names is repaired (``市发改委市经信局``), ``等`` and trailing clauses (``…结合实际…落实``)
are dropped, and collectives (``各县市区人民政府``, ``市直各单位``, ``…成员单位``) are marked.
Names stay as printed apart from removed spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.extract.normalize import squeeze

_OPEN = "([{〔【《“‘「"
_CLOSE = ")]}〕】》”’」"
_SEPARATORS = "、,,;;/"
_CONJUNCTIONS = "和及与"

# How the name of a government body, party organ, institution, enterprise, village or grid ends. Multi-character
# endings come first so that the alternation prefers them.
_AGENCY_END = re.compile(
    r"(人民政府|政府|管委会|委员会|联席会议|办公室|办公厅|指挥部|领导小组|工作组|专班|成员单位|单位|部门|机关|中心|集团|公司|海关|剧团|歌舞团|艺术团"
    r"|学院|中学|小学|大学|中专|职专|技校|医院|银行|支行|分行|街道|办事处|联合会|协会|商会|网格|(?<![农乡])村|[局厅委办院会室部处科股所站队组社联协馆台校行区县市镇乡州旗盟厂])$"
)
# Endings that close one name and let the next begin directly (``市发改委市经信局``).
_STRONG_END = re.compile(r"(人民政府|政府|管委会|委员会|办公室|中心|集团|公司|单位|[局厅委办院部室])$")
_NEXT_STARTS = re.compile(r"^[市县区省]")
# ``市交通运输局各县市区人民政府``; ``市政府各部门`` is one collective and stays whole.
_NEXT_GOVERNMENTS = re.compile(r"^各.{2,}(人民政府|政府|管委会|办事处)$")
_BRACKETED = re.compile(r'[((〔\[【][^()()〔〕\[\]【】]*[))〕\]】]|“[^”]*”|"[^"]*"')
_DIGITS = re.compile(r"[0-9%%]")
# A unit item ends where a clause about what it does begins (``咸宁高新区管委会结合实际比照…``).
_CLAUSE = re.compile(r"(结合实际|结合|比照|按职责|按照|根据|负责|配合|参与|参加|协助|协办|牵头|落实|做好|共同|分别|具体)")
_ETC = re.compile(r"等(?:相关|有关|其他)?(?:单位|部门|机构)?$")
_FILLERS = frozenset({"下同", "同上", "等", "相关", "有关"})
_LEADING = re.compile(r"^(?:由|和|及|与|以及|并|其中)")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}[区县市镇乡旗州]$")
_PLACE_SUFFIX = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,6}?[区县市镇乡旗州])(?P<suffix>人民政府|政府|管委会|党委|人大常委会)$")
_COLLECTIVE = re.compile(
    r"^(各|市直各|县直各|区直各|市政府各|县政府各|区政府各|有关|相关)|(成员单位|各部门|各单位|各工作组|有关单位|相关单位|有关部门|相关部门|各级)"
)
MAX_NAME = 40


@dataclass(frozen=True)
class Unit:
    """One unit of a printed list; ``start``/``end`` are offsets in the text that was split."""

    name: str
    collective: bool = False
    start: int = -1
    end: int = -1
    marked_lead: bool = False  # printed ``X(牵头)`` inside a list


def is_agency_name(name: str) -> bool:
    """Whether ``name`` reads as the name of a body: it ends like one, has no figures, isn't a sentence."""
    core = _BRACKETED.sub("", name)
    if not 2 <= len(name) <= MAX_NAME or _DIGITS.search(name) or re.search(r"[。:;,,、()()〔〕]", core):
        return False
    return bool(_AGENCY_END.search(core)) and len(core) >= 2


def ends_surely(name: str) -> bool:
    """``name`` ends the way only a body's name ends (局, 委员会, 中心 …), so a text may go on after it."""
    return bool(_STRONG_END.search(name))


def is_collective(name: str) -> bool:
    return bool(_COLLECTIVE.search(name))


def _top_level_pieces(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between separators that sit outside brackets and quotes."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    quoted = False
    start = 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in _SEPARATORS and depth == 0 and not quoted:
            pieces.append((start, i))
            start = i + 1
    pieces.append((start, len(text)))
    return pieces


# ``县林业局(牵头)``: the unit of a list that leads it, marked where it stands.
# ``县卫健局(第一责任单位)``: first among those answering for the task, so it leads the list.
# ``县交通运输局*``: a star after a unit, explained by a note (标注“*”的为牵头单位), marks it too.
LEAD_MARK = re.compile(r"(?:[((](?:牵头|牵头单位|主责|主办|第一责任单位)[))]|[*＊])$")
# ``各市州人民政府(下同)``: a remark that the unit recurs in the rows below, not part of its name.
SAME_BELOW = re.compile(r"[((]下同[))]")
_SAME_BELOW = re.compile(SAME_BELOW.pattern + "$")


def _clean(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The item without spaces, leading conjunctions, trailing clauses and ``等``; offsets follow."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip(" \n"))
    name = squeeze(raw.replace("\n", ""))
    name = _SAME_BELOW.sub("", LEAD_MARK.sub("", name.strip(" ,,。.::")))
    m = _LEADING.match(name)
    if m and len(name) > len(m.group(0)) + 1:
        name = name[m.end():]
        lead += m.end()
    clause = _CLAUSE.search(name, 2)
    if clause:
        name = name[: clause.start()]
    etc = _ETC.search(name)
    if etc and etc.start() > 0:
        name = name[: etc.start()]
    name = _strip_unbalanced_closers(name.strip(" ,,。.::"))
    item_start = start + lead
    return name, item_start, item_start + len(name)


def _strip_unbalanced_closers(name: str) -> str:
    """``咸宁职教(集团)学校〕``: a closing bracket left over from a damaged clause is not the name's."""
    while name and name[-1] in _CLOSE and name.count(name[-1]) > name.count(_OPEN[_CLOSE.index(name[-1])]):
        name = name[:-1]
    return name


def _split_joined(name: str) -> list[tuple[str, int]]:
    """``市发改委市经信局`` or ``A和B``: split where one agency name ends and the next begins."""
    for i in range(3, len(name) - 2):
        left = name[:i]
        if not (_STRONG_END.search(left) and is_agency_name(left)):
            continue
        right, skip = name[i:], 0
        if right[0] in _CONJUNCTIONS:
            # ``A和B成员单位`` names the members of both bodies: one collective, not two units.
            if right.endswith("成员单位"):
                continue
            right, skip = right[1:], 1
        elif not (_NEXT_STARTS.match(right) or _NEXT_GOVERNMENTS.match(right)):
            continue
        if len(right) >= 3 and is_agency_name(right):
            rest = _split_joined(right)
            return [(left, 0)] + [(part, offset + i + skip) for part, offset in rest]
    return [(name, 0)]


def _expand_shared_suffix(units: list[Unit]) -> list[Unit]:
    """``咸安区、嘉鱼县、赤壁市人民政府``: bare place names take the suffix of the last item."""
    out = list(units)
    for i, unit in enumerate(out):
        m = _PLACE_SUFFIX.match(unit.name)
        if not m:
            continue
        j = i - 1
        while j >= 0 and _PLACE.match(out[j].name) and not out[j].name.startswith(("市", "县", "区", "各")):
            out[j] = Unit(out[j].name + m.group("suffix"), out[j].collective, out[j].start, out[j].end)
            j -= 1
    return out


# ``县人社局、医保局、税务局``: a department printed without its level after one printed with it.
# A 分局 carries the name of the place it serves (示例银保监分局) and takes no level.
# 镇/乡 is a level only when no place name follows it (镇江市财政局 is of a city).
_LEVEL = re.compile(r"^(?:[省市县区](?!场)|[镇乡](?![^、,,]*?[省市县区州旗]))")
_BARE_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{1,10}(?<!分)(?:局|委|办|厅|联|部)$")
_PLACE_CHARS = re.compile(r"[省县区州旗]|市(?!场)")


def _expand_shared_level(units: list[Unit]) -> list[Unit]:
    """Bare departments after a unit of one level take its level (``县民政局、残联`` → ``县残联``);
    a unit naming a place of its own (``团县委``, ``人民银行…支行``) is left as printed."""
    out = list(units)
    for i in range(1, len(out)):
        level = _LEVEL.match(out[i - 1].name)
        unit = out[i]
        if level and _BARE_DEPARTMENT.match(unit.name) and not _PLACE_CHARS.search(unit.name) and not unit.collective and not unit.name.startswith(level.group(0)):
            out[i] = Unit(level.group(0) + unit.name, unit.collective, unit.start, unit.end, unit.marked_lead)
    return out


def split_units(text: str) -> list[Unit]:
    """The units named in a printed list; a list ends at the end of its sentence (。)."""
    cut = _sentence_end(text)
    units: list[Unit] = []
    for start, end in _top_level_pieces(text[:cut]):
        name, item_start, _ = _clean(text, start, end)
        if not name or name in _FILLERS:
            continue
        marked = bool(LEAD_MARK.search(squeeze(text[start:end]).strip(" ,,。.::")))
        for part, offset in _split_joined(name):
            if part in _FILLERS or not is_agency_name(part):
                continue
            begin = item_start + offset
            units.append(Unit(part, is_collective(part), begin, begin + len(part), marked))
    return _expand_shared_level(_expand_shared_suffix(units))


def looks_like_unit_list(text: str) -> bool:
    """Whether every item of ``text`` is a unit name (a table cell of units, not a sentence)."""
    cut = _sentence_end(text)
    names = []
    for start, end in _top_level_pieces(text[:cut]):
        name, _, _ = _clean(text, start, end)
        if name and name not in _FILLERS:
            names.append(name)
    return bool(names) and all(
        all(is_agency_name(part) for part, _ in _split_joined(name)) for name in names
    )


def _sentence_end(text: str) -> int:
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "。" and depth == 0:
            return i
    return len(text)
