"""CITES: which documents, laws and plans a document refers to.

Two kinds of reference count as a citation (SCHEMA.md convention 3):

- a 《title》 followed by a document number, ``《…的通知》(鄂政办发〔2020〕54号)``, whatever verb
  introduces it; titles printed side by side before one number share it when they are attached
  texts (``《…办法》和《…细则》(咸政办发〔2024〕11号)``), never when the earlier one is a law or a
  notice of its own;
- a title in a basis clause, ``根据 / 依据 / 按照 / 为贯彻落实 《T1》《T2》和国务院《T3》…``, when the
  title names a law, regulation or plan (its last word says so: 法, 条例, 办法, 方案 …).

Not citations: technical standards (``(GB/T 29912-2013)``), the document's own attachments and
the texts it promulgates, references marked ``(附件2)``, and documents still to be drafted
(``制定《…》``). Print damage is common: a lost 》 (``《…规则(试行)(鄂政办发〔20247``) or a lost 《
(``贯彻落实国务院关于…的通知》(国发202417号)``) still gives the reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.extract.doc_number import find_doc_numbers
from policykg.extract.normalize import squeeze

MAX_TITLE_CHARS = 160
_CJK = "\u4e00-\u9fff"
# A government order is numbered in its issuer's own series: 国务院令第724号, 建设部令第51号.
# 市政府第2号令 prints the same order with 令 last.
_ORDER_NUMBER = re.compile(rf"^(?P<series>[{_CJK}]{{1,12}}令)\s*第\s*(?P<num>\d{{1,5}})\s*号")
_ORDER_NUMBER_LING_LAST = re.compile(rf"^(?P<issuer>[{_CJK}]{{2,12}}?)\s*第\s*(?P<num>\d{{1,5}})\s*号令")
# After a title, a bracketed year and 号 make a number whatever its series ends in (财金, 应急消).
_BRACKETED_NUMBER = re.compile(rf"^(?P<series>[{_CJK}]{{1,10}})\s*[〔\[(【［﹝]\s*(?P<year>(?:19|20)\d\d)\s*[〕\])】］﹞]\s*(?P<num>\d{{1,5}})\s*号")
_STANDARD_CODE = r"(?:GB|JT|HJ|DB|CJJ|JGJ|YY|WS|NB|DL|SL|QB|GA|CJ|JB|SH|TB)\s*(?:/\s*[TZ])?\s*\d"
_STANDARD_AFTER = re.compile(rf"^\s*\(\s*{_STANDARD_CODE}")
_STANDARD_IN_TITLE = re.compile(rf"\(\s*{_STANDARD_CODE}")
_STANDARD_BEFORE = re.compile(r"(国家标准|行业标准|地方标准|团体标准)$")
_ATTACHMENT_AFTER = re.compile(r"^\s*\(\s*附件\s*\d*\s*\)")
_DRAFTING_BEFORE = re.compile(r"(制定|制订|出台|编制|起草|修订|研究制定|拟定)(印发|出台|完善)?$")
_BASIS_VERB = re.compile(r"(根据|依据|按照|遵照|为了?(?:认真|深入|全面|进一步|切实)*(?:学习)?贯彻(?:落实|执行)?)")
# An issuer named before a title: 国务院《地名管理条例》, 民政部《…》, 省政府《…》.
_ISSUER_PREFIX = rf"(?:[{_CJK}]{{0,10}}?(?:国务院|院|部|委|厅|局|署|政府|办公室|办公厅|委员会))?"
_ARTICLE = r"(?:第[一二三四五六七八九十百零〇\d]{1,6}[条款项](?:第[一二三四五六七八九十百零〇\d]{1,6}[款项])*)?"
# 和湄川市委、市政府批准的《…》: issuers that approved or issued the next title
_APPROVED_BY = rf"(?:[{_CJK}、]{{2,24}}?(?:批准|印发|制定|发布|出台)的)?"
_FIRST_GAP = re.compile(rf"^\s*(?:{_APPROVED_BY}|{_ISSUER_PREFIX})\s*$")
_NEXT_GAP = re.compile(rf"^\s*{_ARTICLE}\s*[、,]?\s*(?:和|及|以及|与)?\s*(?:{_APPROVED_BY}|{_ISSUER_PREFIX})\s*$")
_SHARED_NUMBER_GAP = re.compile(r"^\s*[、,]?\s*(?:和|及|以及|与)?\s*$")
# What a cited-by-title text is, by its last word (after a trailing "(试行)" or "(2020—2022年)").
_REGULATORY_GENRE = re.compile(
    r"(法|法典|条例|规定|办法|细则|规则|规程|规范|预案|方案|规划|纲要|意见|通知|决定|计划|指南|准则|制度|措施|通告|公告|令)$"
)
_TRAILING_PAREN = re.compile(r"\([^()]*\)$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|县|区|州)")
_NOTICE_TITLE = re.compile(r"关于.+(通知|意见|决定|通报|批复|函|报告|通告|公告)$")
_LAW_TITLE = re.compile(r"((?<!办)法|法典|条例)$")
_CLAUSE_BREAK = re.compile(r"[,;。:;\n]")
# The full name of a national law; texts often cite it again by its short name.
_STATE_PREFIX = "中华人民共和国"


@dataclass(frozen=True)
class NumberMention:
    normalized: str
    printed: str
    start: int
    end: int


@dataclass(frozen=True)
class TitleReference:
    """A 《title》 in the text and the document number printed right after it, if any."""

    title: str  # as printed without the outer 《》, spaces between CJK characters removed
    start: int  # offset of 《 (of the title's first character when 《 was lost)
    end: int  # offset after 》 (after the title's last character when 》 was lost)
    number: NumberMention | None = None

    @property
    def reach(self) -> int:
        """Where the reference ends, its number included (closing bracket of the number too)."""
        return self.number.end if self.number else self.end


@dataclass(frozen=True)
class Citation:
    reference: TitleReference
    basis: bool  # found in a basis clause (根据 / 依据 / 按照 / 为贯彻落实)

    @property
    def target_number(self) -> str | None:
        return self.reference.number.normalized if self.reference.number else None


def number_at(text: str, offset: int) -> NumberMention | None:
    """A document or order number starting at ``offset`` (spaces and one "(" may come first)."""
    m = re.compile(r"\s*\(?\s*").match(text, offset)
    begin = m.end() if m else offset
    window = text[begin : begin + 40]
    order = _order_number(window)
    if order:
        normalized, found = order
        return NumberMention(normalized, squeeze(found.group(0)), begin, _close_paren(text, begin + found.end()))
    for found in find_doc_numbers(window):
        if found.start != 0:
            break
        return NumberMention(found.normalized, found.printed, begin, _close_paren(text, begin + found.end))
    bracketed = _BRACKETED_NUMBER.match(window)
    if bracketed:
        normalized = f"{bracketed.group('series')}〔{bracketed.group('year')}〕{int(bracketed.group('num'))}号"
        return NumberMention(normalized, bracketed.group(0), begin, _close_paren(text, begin + bracketed.end()))
    return None


def _order_number(window: str) -> tuple[str, re.Match[str]] | None:
    """An order number at the start of ``window``, normalised to ``…令第N号``, and its match."""
    m = _ORDER_NUMBER.match(window)
    if m:
        return f"{squeeze(m.group('series'))}第{int(m.group('num'))}号", m
    m = _ORDER_NUMBER_LING_LAST.match(window)
    if m:
        return f"{squeeze(m.group('issuer'))}令第{int(m.group('num'))}号", m
    return None


def _close_paren(text: str, offset: int) -> int:
    """Offset after the ")" that closes a number's brackets, when it is there."""
    m = re.compile(r"\s*\)").match(text, offset)
    return m.end() if m else offset


_TITLE_MARK = re.compile("[《》]")


def title_references(text: str, start: int = 0, end: int | None = None) -> list[TitleReference]:
    """Every 《title》 in ``text[start:end]``, with the number printed after it, in order."""
    end = len(text) if end is None else end
    found: list[TitleReference] = []
    i = start
    while i < end:
        mark = _TITLE_MARK.search(text, i, end)  # jump to the next 《 or 》: the rest is plain text
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == "《":
            reference = _closed_reference(text, i, end) or _unclosed_reference(text, i, end)
            if reference:
                found.append(reference)
                i = reference.end
                continue
        elif ch == "》":
            floor = found[-1].reach if found else start
            reference = _reference_without_opener(text, i, floor)
            if reference:
                found.append(reference)
        i += 1
    return found


def _closed_reference(text: str, opener: int, end: int) -> TitleReference | None:
    depth = 0
    for j in range(opener, min(end, opener + MAX_TITLE_CHARS)):
        ch = text[j]
        if ch == "\n":
            return None
        if ch == "《":
            depth += 1
        elif ch == "》":
            depth -= 1
            if depth == 0:
                title = squeeze(text[opener + 1 : j])
                return TitleReference(title, opener, j + 1, number_at(text, j + 1)) if title else None
    return None


def _unclosed_reference(text: str, opener: int, end: int) -> TitleReference | None:
    """《 whose 》 was lost: the title runs up to the "(" of the number that follows it."""
    for m in re.finditer(r"\(", text[opener : min(end, opener + MAX_TITLE_CHARS)]):
        at = opener + m.start()
        if "\n" in text[opener:at]:
            return None
        number = number_at(text, at)
        if number:
            title = squeeze(text[opener + 1 : at])
            return TitleReference(title, opener, at, number) if title else None
    return None


def _reference_without_opener(text: str, closer: int, floor: int) -> TitleReference | None:
    """》 whose 《 was lost: the title starts after the clause boundary or basis verb before it."""
    number = number_at(text, closer + 1)
    if not number:
        return None
    begin = max(floor, closer - MAX_TITLE_CHARS)
    before = text[begin:closer]
    cut = 0
    for pattern in (_CLAUSE_BREAK, _BASIS_VERB, re.compile("[、》]")):
        for m in pattern.finditer(before):
            cut = max(cut, m.end())
    title = squeeze(re.sub(r"^(和|及|以及|与)", "", before[cut:].strip()))
    if len(title) < 6 or "《" in title:
        return None
    return TitleReference(title, begin + cut, closer + 1, number)


def _gap_allows(pattern: re.Pattern[str], gap: str) -> bool:
    return bool(pattern.match(gap))


def basis_references(text: str, references: list[TitleReference], start: int = 0, end: int | None = None) -> set[int]:
    """Indices into ``references`` of the titles that a basis verb (根据 …) introduces."""
    end = len(text) if end is None else end
    by_start = sorted(range(len(references)), key=lambda k: references[k].start)
    chosen: set[int] = set()
    for verb in _BASIS_VERB.finditer(text, start, end):
        position = verb.end()
        pattern = _FIRST_GAP
        for k in by_start:
            reference = references[k]
            if reference.start < position:
                continue
            if not _gap_allows(pattern, text[position : reference.start]):
                break
            chosen.add(k)
            position = reference.reach
            pattern = _NEXT_GAP
    return chosen


def _shares_next_number(references: list[TitleReference], k: int, text: str) -> NumberMention | None:
    """The number of the next title(s) when title ``k`` is printed beside them without its own."""
    if references[k].number or _LAW_TITLE.search(_bare(references[k].title)) or _NOTICE_TITLE.search(references[k].title):
        return None
    j = k
    while j + 1 < len(references) and _gap_allows(_SHARED_NUMBER_GAP, text[references[j].end : references[j + 1].start]):
        j += 1
        following = references[j]
        if following.number:
            is_notice = _NOTICE_TITLE.search(following.title) or _LAW_TITLE.search(_bare(following.title))
            return None if is_notice or not _same_place(references[k].title, following.title) else following.number
        if _LAW_TITLE.search(_bare(following.title)) or _NOTICE_TITLE.search(following.title):
            return None
    return None


def _same_place(first: str, numbered: str) -> bool:
    """Texts issued together name the same place: 《法治中国建设规划》和《示例省…工作要点》(号) are
    two texts of two bodies, and only the second bears the number."""
    place = _PLACE_PREFIX.match(numbered)
    return place is None or first.startswith(place.group(0))


def _bare(title: str) -> str:
    """The title without a trailing "(试行)" / "(2020—2022年)" / "(修订)"."""
    while _TRAILING_PAREN.search(title):
        title = _TRAILING_PAREN.sub("", title).strip()
    return title


def fold_title(title: str) -> str:
    """A title for comparison: no spaces, title marks or quotes."""
    return re.sub(r"[\s《》〈〉<>“”‘’\"'「」『』]", "", title)


def _is_standard(text: str, reference: TitleReference) -> bool:
    return bool(
        _STANDARD_IN_TITLE.search(reference.title)
        or _STANDARD_AFTER.match(text, reference.end)
        or _STANDARD_BEFORE.search(text[max(0, reference.start - 8) : reference.start])
    )


def _is_drafting(text: str, reference: TitleReference) -> bool:
    return bool(_DRAFTING_BEFORE.search(text[max(0, reference.start - 8) : reference.start]))


def _is_own(text: str, reference: TitleReference, own_number: str | None, own_titles: list[str]) -> bool:
    """The citing document itself, or a text it attaches or promulgates."""
    if reference.number and own_number and reference.number.normalized == own_number:
        return True
    if _ATTACHMENT_AFTER.match(text, reference.end):
        return True
    if _of_another_year(reference, own_number):
        return False  # the same title under another year's number: an earlier notice of that name
    title = fold_title(reference.title)
    own = [fold_title(t) for t in own_titles if t]
    return any(title == t or f"印发{title}" in t for t in own)


def _of_another_year(reference: TitleReference, own_number: str | None) -> bool:
    """《关于调整X组成人员的通知》(示政办函〔2023〕28号) cited by a 2024 notice of the same title."""
    if not (reference.number and own_number):
        return False
    theirs = re.search(r"〔(\d{4})〕", reference.number.normalized)
    ours = re.search(r"〔(\d{4})〕", own_number)
    return bool(theirs and ours and theirs.group(1) != ours.group(1))


def find_citations(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    own_number: str | None = None,
    own_titles: list[str] | None = None,
) -> list[Citation]:
    """The citations in ``text[start:end]``, a document whose number and title/attachment titles
    are given (so that self-references are left out), one per target, in order."""
    end = len(text) if end is None else end
    references = title_references(text, start, end)
    basis = basis_references(text, references, start, end)
    citations: list[Citation] = []
    for k, reference in enumerate(references):
        if not reference.number:
            shared = _shares_next_number(references, k, text)
            if shared:
                reference = TitleReference(reference.title, reference.start, reference.end, shared)
        in_basis = k in basis
        if not reference.number and not (in_basis and _REGULATORY_GENRE.search(_bare(reference.title))):
            continue
        if _is_standard(text, reference) or _is_drafting(text, reference):
            continue
        if _is_own(text, reference, own_number, own_titles or []):
            continue
        citations.append(Citation(reference, in_basis))
    return _one_per_target(citations)


def _one_per_target(citations: list[Citation]) -> list[Citation]:
    """Keep the first citation of each target: by number, else by title; a short title of a
    national law (统计法) is the same target as its full name (中华人民共和国统计法)."""
    numbered_titles = {fold_title(c.reference.title) for c in citations if c.target_number}
    titles = {fold_title(c.reference.title) for c in citations}
    seen: set[str] = set()
    kept: list[Citation] = []
    for citation in citations:
        title = fold_title(citation.reference.title)
        if citation.target_number:
            key = citation.target_number
        else:
            if title in numbered_titles:
                continue
            key = _STATE_PREFIX + title if _STATE_PREFIX + title in titles else title
        if key in seen:
            continue
        seen.add(key)
        kept.append(citation)
    return kept
