"""Printed rosters: ``组  长:吴  刚  副市长`` lines and the lines that continue them.

A roster is a run of lines. A line with a role prefix (``组  长:``, ``召 集 人:``, ``成    员:``,
padded with any spaces) starts a role; lines without one continue it. A row is a person (name,
post), a person given only by post (name None), a ``姓名(单位职务)`` list, or a list of member
units (``市卫健委、市发改委…等单位主要负责人``). A post that does not end with a title was broken
over lines and the next line completes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from policykg.extract.headings import heading_of
from policykg.extract.lines import NO_ENTRY, table_cells
from policykg.extract.person_names import COMPOUND_SURNAMES, has_known_surname, is_person_name, max_name_length
from policykg.extract.posts import ORG_START, TITLE_START, ends_with_title, looks_like_post, split_list, split_people, split_trailing_name
from policykg.extract.unit_list import is_agency_name

# Role words as printed, longest first; "长" alone is a head role whose first character was lost.
ROLE_WORDS = (
    "办公室常务副主任", "办公室副主任", "办公室主任", "常务副主任委员", "副主任委员", "主任委员",
    "常务副指挥长", "执行副指挥长", "副指挥长", "执行指挥长", "指挥长", "常务副总指挥", "副总指挥", "总指挥", "常务副专班长", "副专班长", "专班长",
    "第一副组长", "常务副组长", "执行副组长", "第一组长", "执行组长", "副组长", "组长", "总召集人", "副召集人", "召集人",
    "常务副主任", "副主任", "主任", "副秘书长", "秘书长", "政委", "顾问", "成员单位", "成员", "委员", "长",
)
_SPACES = re.compile(r"\s+")
_SEMICOLON = re.compile(r"[;;]")
UNITS_ROLE = "成员单位"
_NEXT_ROLE = re.compile(r"[;;](?=\s*(?:" + "|".join(w for w in ROLE_WORDS if len(w) > 1) + r")\s*[::])")
DAMAGED_HEAD_ROLE = "长"
_SPACED = "|".join(r"\s*".join(word) for word in ROLE_WORDS)
# 成　　员(按姓氏笔画排序): / 副主任(3名): — a note on the names may stand before the colon.
ROLE_LINE = re.compile(rf"^\s*(?P<role>{_SPACED})\s*(?:[((][^()()]{{1,12}}[))])?\s*[::]\s*(?P<rest>.*)$")
# ``组　长　　鲁闻溪　　县长``: a role set off by a wide gap instead of a colon (never the damaged 长).
_SPACED_WHOLE = "|".join(r"\s*".join(word) for word in ROLE_WORDS if word != DAMAGED_HEAD_ROLE)
_ROLE_GAP_LINE = re.compile(rf"^\s*(?P<role>{_SPACED_WHOLE})(?:\s{{2,}}|\t|\s(?=[\u4e00-\u9fff]{{2,4}}\s))(?P<rest>\S.*)$")

# A line listing units: 市卫健委、市发改委…等单位主要负责人 / …有关科室负责人 / …负责同志.
_UNITS_TAIL = re.compile(r"(等)?(部门|单位|部门和单位)?(的)?(主要|相关|有关|分管)?(科室)?(负责人|负责同志|领导同志|领导)?[。;;,,]?$")
_UNITS_LINE = re.compile(r"(等(部门|单位|部门和单位)|(主要|相关|有关|分管)(科室)?(负责人|负责同志))[。;;,,]?$")
_NAME_WITH_UNIT = re.compile(r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,5}?)\s*[((](?P<post>[^()()]+)[))]")
# 各村(社区)党组织书记 / 各驻村第一书记 / 各网格长: a category of officials sitting on a body.
_COLLECTIVE_POST = re.compile(r"^各(?!成员单位)[\u4e00-\u9fff()()、]{1,24}?(?:书记|长|主任|负责人|负责同志)$")
# A line that is prose, not a roster row: a verb of office or a sentence inside it.
_PROSE = re.compile(r"(设在|负责(?!人|同志)|承担|兼任|担任|由|为|。.)")
MAX_ROW_CHARS = 80


class TextLine(NamedTuple):
    """A stripped line and the offset of its first character in the text."""

    start: int
    text: str


@dataclass
class RosterRow:
    role: str
    name: str | None
    position: str | None
    start: int
    end: int


@dataclass
class RosterBlock:
    """Rows and member units read from consecutive lines ``first`` … ``last`` (indices)."""

    rows: list[RosterRow] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    first: int = -1
    last: int = -1


def squeeze_name(text: str) -> str:
    return _SPACES.sub("", text)


def role_of(text: str) -> tuple[str, str] | None:
    """``成    员:万维民 …`` → (``成员``, ``万维民 …``); None when the line has no role prefix."""
    m = ROLE_LINE.match(text) or _ROLE_GAP_LINE.match(text)
    if not m:
        return None
    return squeeze_name(m.group("role")), m.group("rest").strip()


def split_units(text: str) -> list[str]:
    """``市卫健委、市发改委等单位主要负责人`` → [市卫健委, 市发改委]; ``A和B负责同志`` → [A, B]
    (a 和 between two bodies, never inside a name such as 市住房和城乡建设局)."""
    body = _UNITS_TAIL.sub("", text.strip())
    names = [squeeze_name(u) for u in split_list(body) if squeeze_name(u)]
    return [part for name in names for part in _joined_bodies(name)]


def _joined_bodies(name: str) -> list[str]:
    head, joiner, tail = name.rpartition("和")
    if joiner and is_agency_name(head) and is_agency_name(tail) and ORG_START.match(tail):
        return [*_joined_bodies(head), tail]
    return [name]


_TABLE_HEADER_CELLS = {"组别", "组名", "姓名", "职务", "职位", "单位及职务", "单位职务", "现任职务", "工作单位", "所在单位及职务",
                       "单位及职务职称", "序号", "备注", "组内职务", "小组职务", "分工", "角色"}


def roster_texts(text: str) -> list[str]:
    """The printed roster lines a line stands for: a table row holding two (role, name, post)
    blocks side by side (``组长|苏墨存|市长|副组长|冉秋声|副市长``) stands for two, and so does a
    line of several roles (``专班长:副省长蒲一;副专班长:省发展改革委主任邴二``)."""
    labelled = [part for part in _NEXT_ROLE.split(text) if part.strip()]
    if len(labelled) > 1 and all(role_of(part) for part in labelled):
        return labelled
    before_after = _before_and_after(text)
    if before_after is not None:
        return [before_after]
    concurrent = _CONCURRENT_OFFICE.search(text) if "|" in text else None
    if concurrent:
        # | 6 | 成员 | 郝一 | 县发改局局长 | 兼专班办公室主任 |: a second row, in the office role
        main = as_roster_text(text[: concurrent.start()] + "|")
        name_and_post = main.partition(":")[2]
        return [main, f"{concurrent.group('role')}:{name_and_post}"] if name_and_post else [main]
    cells = [c.strip() for c in text.split("|") if c.strip()] if "|" in text else []
    width = 3
    if len(cells) >= 2 * width and len(cells) % width == 0 and all(squeeze_name(c) in ROLE_WORDS for c in cells[::width]):
        return [as_roster_text("|".join(cells[k : k + width])) for k in range(0, len(cells), width)]
    return [as_roster_text(text)]


_CONCURRENT_OFFICE = re.compile(r"\|\s*兼任?[\u4e00-\u9fff]{0,6}?(?P<role>办公室(?:常务)?副?主任)\s*\|?\s*$")
_DITTO = ("〃", "″", "同上", '"')
_UNCHANGED = "不变"


def _before_and_after(text: str) -> str | None:
    """A row of a roster change table, ``职务 | 调整前 | 调整后 | 备注``: who holds the role after
    the change (``不变``: the one before; ``—``: nobody), as a roster line; None for other rows."""
    if "|" not in text:
        return None
    cells = table_cells(text)
    if len(cells) < 3 or squeeze_name(cells[0]) not in ROLE_WORDS:
        return None
    before, after = cells[1], cells[2]
    if after == _UNCHANGED:
        return f"{squeeze_name(cells[0])}:{before}"
    if NO_ENTRY.match(after):
        return ""
    holder = split_spaced(after)
    if NO_ENTRY.match(before) or (holder and holder[1] and split_spaced(before)):
        return f"{squeeze_name(cells[0])}:{after}"
    return None


def as_roster_text(text: str) -> str:
    """A roster printed as a table of ``|`` cells, in the form of a printed roster line:
    ``主  任|陈国栋|市长`` and ``陈国栋|主任|市长`` → ``主任:陈国栋 市长``; ``王晓燕|副市长`` (the
    role cell spans rows) → ``王晓燕 副市长``; a header row (职务|姓名|单位及职务) → ``""``.
    Text without cells comes back unchanged."""
    if "|" not in text:
        return text
    cells = [c.strip() for c in text.split("|") if c.strip()]
    if cells and cells[0].isdigit():
        cells = cells[1:]  # 序号
    if not cells:
        return ""
    squeezed = [squeeze_name(c) for c in cells]
    if any(c in _TABLE_HEADER_CELLS for c in squeezed) and all(len(c) <= 8 for c in squeezed):
        return ""
    if squeezed[0] in _DITTO and len(cells) >= 2:
        return " ".join(cells[1:])  # | 〃 | 宿清源 | 局长 |: the role of the row above
    if len(cells) >= 2 and squeezed[0] in ROLE_WORDS and squeezed[0] != DAMAGED_HEAD_ROLE:
        return f"{squeezed[0]}:{squeezed[1]} {' '.join(cells[2:])}".strip()
    if len(cells) >= 2 and squeezed[1] in ROLE_WORDS and is_person_name(squeezed[0]):
        return f"{squeezed[1]}:{squeezed[0]} {' '.join(cells[2:])}".strip()
    if len(cells) == 3 and squeezed[2] in ROLE_WORDS and is_person_name(squeezed[0]):
        return f"{squeezed[2]}:{squeezed[0]} {cells[1]}"  # 姓名 | 职务 | 领导小组职务
    if len(cells) <= 3 and is_person_name(squeezed[0]) and not looks_like_post(squeezed[0]):
        return " ".join([squeezed[0], *cells[1:]])
    return text


def _post_start_score(rest: str, jurisdiction: str | None) -> int:
    """How surely ``rest`` starts a post: jurisdiction or a bare level (3), a place or a title (2)."""
    if jurisdiction and rest.startswith(jurisdiction):
        return 3
    if re.match(r"^[市县区省州](?!长)", rest):
        return 3
    if ORG_START.match(rest) or TITLE_START.match(rest):
        return 2
    return 0


def split_glued(text: str, jurisdiction: str | None = None) -> tuple[str, str] | None:
    """``张文赤壁市政府办公室主任`` → (``张文``, ``赤壁市政府办公室主任``), by the best post start."""
    best: tuple[int, int] | None = None
    for size in range(2, max_name_length(text) + 1):
        name, rest = text[:size], text[size:]
        if not rest or not is_person_name(name) or _ORG_NAME_END.search(name):
            continue
        score = _post_start_score(rest, jurisdiction) + (1 if size == 4 and name[:2] in COMPOUND_SURNAMES else 0)
        if score and (best is None or score > best[0]):
            best = (score, size)
    if best is None or not has_known_surname(text):
        return None
    return text[: best[1]], text[best[1] :]


def split_spaced(text: str) -> tuple[str, str | None] | None:
    """``王 刚 副市长`` → (``王刚``, ``副市长``): the shortest run of short tokens that is a name."""
    tokens = text.split()
    for k in range(1, min(len(tokens), 4) + 1):
        head = tokens[:k]
        if any(len(t) > 4 for t in head):
            return None
        name = "".join(head)
        if len(name) > 4:
            return None
        rest = "".join(tokens[k:]) or None
        # A padded column already separates the name; the rest is its post even when the post
        # starts with a company name or was broken after 、.
        if is_person_name(name) and not looks_like_post(name):
            return name, rest
    return None


# A "name" ending like a body (区政府, 市财政局) is the start of a post, whatever its surname.
_ORG_NAME_END = re.compile(r"[府局委办厅院部处室所队站]$")
# ``委  员:(按姓氏笔画排序)``: how the names below are ordered, not a member.
_ORDER_NOTE = re.compile(r"^\s*[((][^()()]*(排序|排列|为序|先后)[^()()]*[))]\s*")
# ``办公室主任:柯  岩(兼)``: holds the office concurrently; the note is no part of the name.
_CONCURRENT = re.compile(r"\s*[((]兼(任)?[))]\s*$")
_COLUMN_GAP = re.compile(r"\s{2,}")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[((]\d{1,2}[))])[.、.]?\s*(?=[\u4e00-\u9fff])")
# ``市文化广电旅游局局长 党 锋``: a post and the next column's name with only one space between.
_POST_THEN_NAME = re.compile(r"^(?P<post>.+?)\s(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})$")


def split_columns(text: str) -> list[tuple[str, str | None]] | None:
    """A row printed in two or more columns, ``尹秋禾  副市长      马 骁  副市长`` →
    [(尹秋禾, 副市长), (马骁, 副市长)]; None unless every chunk pairs up as name, post."""
    chunks: list[str] = []
    for chunk in _COLUMN_GAP.split(text.strip()):
        m = _POST_THEN_NAME.match(chunk)
        spaced = split_spaced(chunk) if " " in chunk else None
        if chunks and m and ends_with_title(m.group("post")) and is_person_name(squeeze_name(m.group("name"))):
            chunks += [m.group("post"), m.group("name")]
        elif spaced and spaced[1] and (looks_like_post(spaced[1]) or ends_with_title(spaced[1])):
            chunks += [spaced[0], spaced[1]]  # one column printed as ``罗一鸣 县发展和改革局局长``
        elif chunk:
            chunks.append(chunk)
    if len(chunks) < 3:
        return _walk_tokens(text)
    people: list[tuple[str, str | None]] = []
    for n in range(0, len(chunks), 2):
        name, post = squeeze_name(chunks[n]), squeeze_name(chunks[n + 1]) if n + 1 < len(chunks) else None
        if not is_person_name(name) or looks_like_post(name) or (post is not None and not (looks_like_post(post) or ends_with_title(post))):
            return None
        people.append((name, post))
    return people


def split_post_first_columns(text: str) -> list[tuple[str, str | None]] | None:
    """Columns printed post first, ``副市长、市公安局局长　　聂含章`` → [(聂含章, 副市长、市公安局局长)];
    None unless every chunk pairs up as post, name."""
    chunks = [c for c in _COLUMN_GAP.split(text.strip()) if c]
    if len(chunks) < 2 or len(chunks) % 2:
        return None
    people: list[tuple[str, str | None]] = []
    for n in range(0, len(chunks), 2):
        post, name = squeeze_name(chunks[n]), squeeze_name(chunks[n + 1])
        if not (ends_with_title(post) and is_person_name(name)) or looks_like_post(name):
            return None
        people.append((name, post))
    return people


def _posts_in_columns(text: str) -> list[tuple[str | None, str | None]] | None:
    """``省人民政府协助分管副秘书长　　省发展改革委主任``: posts without holders, one per column."""
    chunks = [squeeze_name(c) for c in _COLUMN_GAP.split(text.strip()) if c.strip()]
    if len(chunks) < 2 or not all(looks_like_post(c) and ends_with_title(c) for c in chunks):
        return None
    return [(None, c) for c in chunks]


def _posts_then_names(flat: str) -> list[tuple[str, str | None]] | None:
    """``区委常委、常务副区长丘慕远,副区长闾丘敏`` / ``省发改委主任邴一、省工信厅厅长桂二``: posts
    each followed by its holder's name."""
    people: list[tuple[str, str | None]] = []
    for item in (person for part in re.split(r"[,,;;]", flat) for person in split_people(part)):
        split = split_trailing_name(item) if item else None
        # The first post must look like one (由…同志担任 is prose); later ones may start with any
        # body (民航…监管局局长) once the row has shown its form.
        if split is None or not (people or looks_like_post(split[0])) or looks_like_post(split[1]) or ends_with_title(split[1]):
            return None
        people.append((split[1], split[0]))
    return people or None


def _walk_tokens(text: str) -> list[tuple[str, str | None]] | None:
    """Columns one space apart, ``龚小满 县市场监管局局长 汤 钧 县统计局局长``: short tokens make
    a name (``汤 钧``), a post closes it; None unless that reads two people or more."""
    people: list[tuple[str, str | None]] = []
    name_parts: list[str] = []
    for token in text.split():
        if len(token) > 2 and (looks_like_post(token) or ends_with_title(token)):
            name = "".join(name_parts)
            if not is_person_name(name):
                return None
            people.append((name, token))
            name_parts = []
        else:
            name_parts.append(token)
            if len("".join(name_parts)) > 4:
                return None
    if name_parts:
        if not is_person_name("".join(name_parts)):
            return None
        people.append(("".join(name_parts), None))
    return people if len(people) >= 2 else None


def parse_row(text: str, jurisdiction: str | None = None) -> tuple[list[tuple[str | None, str | None]], list[str]] | None:
    """One row's (name, position) pairs and member units; None when the text is no roster row."""
    text = _NUMBERED.sub("", text.strip().rstrip(";;。,,"))
    if not text:
        return [], []
    items = _SEMICOLON.split(text)
    if len(items) > 1:
        # 谯文渊 市政府副秘书长;蒯星洲 市发改委主任: one person per item
        parsed_items = [parse_row(item, jurisdiction) for item in items]
        if all(p and p[0] and not p[1] for p in parsed_items):
            return [person for p in parsed_items if p for person in p[0]], []
    bracketed = _names_with_posts_in_brackets(text)
    if bracketed:
        return bracketed, []
    if _COLLECTIVE_POST.match(squeeze_name(text)):
        return [(None, squeeze_name(text))], []
    if _UNITS_LINE.search(text):
        return [], split_units(text)
    if _SPACES.search(text):
        columns = split_columns(text) or split_post_first_columns(text) or _posts_in_columns(text)
        if columns:
            return columns, []
        spaced = split_spaced(text)
        if spaced:
            return [spaced], []
    flat = squeeze_name(text)
    if is_person_name(flat) and not looks_like_post(flat):
        return [(flat, None)], []
    glued = split_glued(flat, jurisdiction)
    if glued:
        return [glued], []
    named_posts = _posts_then_names(flat)
    if named_posts:
        return named_posts, []
    if looks_like_post(flat) and ends_with_title(split_list(flat)[0]):
        return [(None, post) for post in split_people(flat)], []
    return None


def _names_with_posts_in_brackets(text: str) -> list[tuple[str | None, str | None]] | None:
    """``管一(镇综治中心主任)、景二(镇派出所所长)、各村(社区)党组织书记``: people with their posts in
    brackets, and whole categories of officials (a post shared by many, held by no one name)."""
    found: list[tuple[str | None, str | None]] = []
    named = 0
    for item in split_list(text):
        m = _NAME_WITH_UNIT.fullmatch(item.strip())
        name = squeeze_name(m.group("name")) if m else ""
        # 达娃卓玛(团地委书记): any short name before a bracketed post, but never a category (各村(社区)…)
        if m and not name.startswith("各") and not looks_like_post(name):
            found.append((name, squeeze_name(m.group("post"))))
            named += 1
        elif _COLLECTIVE_POST.match(squeeze_name(item)):
            found.append((None, squeeze_name(item)))
        else:
            return None
    return found if named else None


def _is_prose(text: str) -> bool:
    hits = [m.group(0) for m in _PROSE.finditer(text)]
    if hits and not _inside_names(hits, text):
        return True
    # A long line is prose unless it lists people (``姓名(职务)、…`` or ``姓名 职务;…``).
    if len(text) <= MAX_ROW_CHARS:
        return False
    parsed = parse_row(text)
    return not parsed or len(parsed[0]) < 2


def _inside_names(hits: list[str], text: str) -> bool:
    """由 and 为 are verbs of prose, but also characters of names (甄可为)."""
    if any(hit not in ("由", "为") for hit in hits):
        return False
    parsed = parse_row(text)
    names = "".join(name or "" for name, _ in parsed[0]) if parsed else ""
    return all(hit in names for hit in hits)


def read_roster(lines: list[TextLine], first: int, head_role: str, jurisdiction: str | None = None, announced: str | None = None) -> RosterBlock | None:
    """Read the roster whose first role line is ``lines[first]``; None if it is no roster line.

    ``announced``: the role a sentence just before gave the rows (成员名单如下:), so the first
    line may be a row without a role of its own (``1.牟安澜  厅办公室主任``)."""
    first_text = roster_texts(lines[first].text)[0]
    opened = role_of(first_text)
    if opened is None and announced and not _is_prose(first_text) and parse_row(first_text, jurisdiction):
        opened = (announced, first_text)
    if opened is None or _is_prose(opened[1]):
        return None
    block = RosterBlock(first=first, last=first)
    role = opened[0]
    broken_post = ""  # 常务副主任:市委常委、常务 / 副市长  邵定川: a post-first row broken before its name
    for index in range(first, len(lines)):
        line = lines[index]
        end = line.start + len(line.text)
        for text in roster_texts(line.text):
            if not text:
                continue
            prefixed = role_of(text)
            if prefixed:
                role, content = prefixed
                content = _CONCURRENT.sub("", _ORDER_NOTE.sub("", content))
                role = head_role if role == DAMAGED_HEAD_ROLE else role
                broken_post = ""
            elif _is_prose(text):
                return _finished(block)
            else:
                content = broken_post + text if broken_post else text
                broken_post = ""
                if _continues_post(block, role, content):
                    previous = block.rows[-1]
                    previous.position = f"{previous.position}{squeeze_name(content)}"
                    previous.end = end
                    block.last = index
                    continue
            if _starts_post_first_row(content):
                broken_post = squeeze_name(content)
                block.last = index
                continue
            parsed = parse_row(content, jurisdiction)
            if parsed is None:
                return _finished(block)
            people, units = parsed
            if role == UNITS_ROLE:
                units = units + [p or n for n, p in people if p or n]
                people = []
            block.rows.extend(RosterRow(role, name, position, line.start, end) for name, position in people)
            block.units.extend(units)
            block.last = index
    return _finished(block)


def _finished(block: RosterBlock) -> RosterBlock | None:
    return block if block.rows or block.units else None


def _starts_post_first_row(content: str) -> bool:
    """A post that stops short of its title (``市委常委、市政府党组成员、常务``): the title and
    the name follow on the next line."""
    flat = squeeze_name(content)
    if not flat or re.search(r"[\s,,;;。]", content.strip()) or split_trailing_name(flat):
        return False  # 区长蔺秋池 is a post and its holder
    return looks_like_post(flat) and not ends_with_title(flat)


def _continues_post(block: RosterBlock, role: str, content: str) -> bool:
    """A line without spaces after a post that does not end with a title completes that post."""
    if not block.rows or block.rows[-1].role != role:
        return False
    previous = block.rows[-1].position
    return bool(previous) and heading_of(content.strip()) is None and not ends_with_title(previous) and not re.search(r"\s", content.strip())
