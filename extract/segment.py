"""Segmentation: a gazette issue (or a single document) → header, TOC, documents and their parts.

A document is anchored by what follows its title in every printed form we know: a 发文字号 line,
a bare ``第N号`` (government orders), or the addressee line (``各县、市、区人民政府,…:``). Its
title is the block of title-like lines above the anchor, up to the line that starts a title
(``…人民政府…关于``). Lines of the table of contents never anchor, and a line that is a complete
title of its own (``…的通知``) never joins the title below it, so TOC entries never glue onto a
first document. A title whose head was printed before another document and whose tail before
its own number (a page-layout accident) is put back together: the document is interrupted.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from policykg.extract.attachments import attachment_titles
from policykg.extract.dates import parse_date
from policykg.extract.doc_number import parse_doc_number
from policykg.extract.headings import heading_of, table_runs
from policykg.extract.lines import ISSUER_SUFFIX, TITLE_END, Line, is_title_like, lines_of, next_nonblank
from policykg.extract.provenance import text_of

_ADDRESSEE = re.compile(r"^(各|市直|市政府|县直|区直|有关|[\u4e00-\u9fff]{2,10}(人民政府|办公室|委员会|管委会))[^。]{0,120}[::]$")
# 第5号 under a 令 heading, 示例市人民政府令第5号, or the issuer's name run into 第5号令.
_ORDER_NUMBER = re.compile(r"^(([\u4e00-\u9fff]{2,20}令\s*)?第\s*\d{1,4}\s*号|[\u4e00-\u9fff]{2,30}第\s*\d{1,4}\s*号令)$")
_TITLE_START = re.compile(rf"^([\u4e00-\u9fff()() ]{{0,60}}?({ISSUER_SUFFIX})(关于|令)|关于)")
# A line that is a whole title by itself: it never continues onto the title below it.
_COMPLETE_TITLE = re.compile(r"(的(通知|决定|通报|意见|批复|报告|函|请示|决议)|公告|通告|命令)$")
_HEADER_FIELD = re.compile(r"^•?\s*(主办单位|公报年份|总号|期号|发布时间)\s*[::]")
_GAZETTE_TITLE = re.compile(r"公报\s*[((]\s*\d{4}\s*年\s*第\s*\d+\s*[号期]|主办\s*\d{4}\s*年\s*第\s*\d+\s*[号期]")
# TOC group heads (目录, 市政府令, 市政府文件, 部门文件) and page chrome of government sites.
_TOC_HEAD = re.compile(r"^(目\s*录|[\u4e00-\u9fff]{0,12}(政府|办公室|办公厅|部门|单位)(令|文件|规章|公告)|其他)$")
_CHROME = re.compile(r"^(字号|分享到|责任编辑|打印本页|关闭窗口|来源|浏览次数|发布日期|【?打印】?|【?关闭】?)\s*[::]?")
_PAGE_END = re.compile(r"^(责任编辑|打印本页|关闭窗口)")
_PAGE_META = re.compile(r"(发布时间|发布日期|来源|浏览次数|点击数|字体)\s*[::]|【\s*(打印|关闭)\s*】")
# An information-disclosure block a web page prints above each document (索引号, 成文日期, 文号 …):
# it describes the document below it and is never a title.
METADATA_FIELD = re.compile(
    r"^(?P<key>索\s*引\s*号|发布机构|发文机关|成文日期|文\s*号|标\s*题|发布日期|生效日期|废止日期|有\s*效\s*性|主题分类|公文种类|主\s*题\s*词)"
    r"\s*[::]\s*(?P<value>.*)$"
)
# A rule line (———, ====) that separates documents in a compilation.
_RULE = re.compile(r"^[-—―─━=_~·*]{3,}$")
_RED_HEAD = re.compile(r"^[\u4e00-\u9fff()()]{2,30}(文件|公文)$")
_PUBLISHED = re.compile(r"^[((]?\s*此件(公开发布|主动公开)\s*[))]?$")
_SIGNER_BODY = re.compile(
    r"^[\u4e00-\u9fff()()]{2,40}(人民政府|办公室|办公厅|委员会|管委会|局|厅|部|委|院|中心|政府|小组|指挥部|政协|人大常委会|海关|分行|支行)$"
)
_ISSUERS_LINE = re.compile(rf"^[\u4e00-\u9fff()()]{{2,30}}({ISSUER_SUFFIX})(\s+[\u4e00-\u9fff()()]{{2,30}}({ISSUER_SUFFIX}))*$")
_SIGNER_HEAD = re.compile(r"^(代\s*)?(省|市|县|区|州|盟|旗)\s*长\s*[\u4e00-\u9fff](\s*[\u4e00-\u9fff]){1,3}$")
MAX_TITLE_LINES = 4
MAX_BROKEN_TITLE_LINE = 40  # a title broken over lines has short lines; a longer one is body text
MAX_SIGNER_LINES = 4
MAX_NUMBER_LINE = 40  # a line holding only a 发文字号; longer lines are never number anchors


@dataclass(frozen=True)
class Segment:
    """Where one document lies: its title lines, anchor line and last line (indices into lines)."""

    title_lines: tuple[int, ...]
    anchor: int
    kind: str
    first: int  # first printed line (a title head printed before another document, or the page's metadata block, counts)
    block_start: int  # first line of its own contiguous block (title block or anchor)


def _anchor_kind(lines: list[Line], i: int) -> str | None:
    text = lines[i].text
    if not text:
        return None
    if _ORDER_NUMBER.match(text):
        return "order"
    if len(text) <= MAX_NUMBER_LINE and parse_doc_number(text, whole=True):
        return "number"
    if _ADDRESSEE.match(text):
        return "addressee"
    return None


def _never_title(text: str) -> bool:
    return bool(
        _HEADER_FIELD.match(text)
        or _GAZETTE_TITLE.search(text)
        or _TOC_HEAD.match(text)
        or _CHROME.match(text)
        or METADATA_FIELD.match(text)
        or _RULE.match(text)
    )


def _title_block(lines: list[Line], anchor: int, floor: int) -> list[int]:
    """Indices of the title lines above ``anchor``: title-like lines, broken titles joined."""
    block: list[int] = []
    j = anchor
    while len(block) < MAX_TITLE_LINES:
        j = _previous_nonblank(lines, j, floor)
        if j is None:
            break
        text = lines[j].text
        if _PAGE_META.search(text) and not block:
            continue  # 发布时间:… 来源:… 浏览次数 between a web page's title and the number
        if not is_title_like(text) or _anchor_kind(lines, j) or _never_title(text) or heading_of(text):
            break
        if _is_date_line(text) or _signer_label(text):
            break  # the signature of the document printed above
        starts = bool(_TITLE_START.match(text))
        if block and (_COMPLETE_TITLE.search(text) or (not starts and len(text) > MAX_BROKEN_TITLE_LINE)):
            break
        block.insert(0, j)
        if starts:
            if text.startswith("关于"):
                block[:0] = _issuer_lines_above(lines, j, floor)  # A局 B局 / 关于…: joint issuers
            break
    return block


def _issuer_lines_above(lines: list[Line], first: int, floor: int) -> list[int]:
    """Lines of issuing bodies printed above a title that starts with 关于 (a joint document
    prints its issuers two to a line before the 关于 line)."""
    found: list[int] = []
    j = first
    while len(found) < MAX_TITLE_LINES - 1:
        j = _previous_nonblank(lines, j, floor)
        if j is None or not _ISSUERS_LINE.match(lines[j].text):
            break
        found.insert(0, j)
    return found


def _previous_nonblank(lines: list[Line], i: int, floor: int) -> int | None:
    for j in range(i - 1, floor - 1, -1):
        if lines[j].text:
            return j
    return None


def _orphan_head(lines: list[Line], block_start: int, floor: int) -> list[int]:
    """A title head left unfinished right above another document's title block, or []."""
    head: list[int] = []
    j = block_start
    while len(head) < MAX_TITLE_LINES - 1:
        j = _previous_nonblank(lines, j, floor)
        if j is None or not is_title_like(lines[j].text) or _never_title(lines[j].text) or _anchor_kind(lines, j):
            return []
        head.insert(0, j)
        if _TITLE_START.match(lines[j].text):
            return head if not TITLE_END.search(lines[head[-1]].text) else []
    return []


def _title_below(lines: list[Line], anchor: int) -> list[int]:
    """A title printed under its number, as red-head documents print it (``X文件`` / number /
    issuer / ``关于…的通知``): title-like lines up to the addressee, starting as a title starts
    and ending as a title ends; else []."""
    block: list[int] = []
    j = anchor
    while len(block) < MAX_TITLE_LINES:
        j = next_nonblank(lines, j, min(len(lines) - 1, anchor + 2 * MAX_TITLE_LINES))
        if j is None:
            return []
        text = lines[j].text
        if _anchor_kind(lines, j) or not is_title_like(text) or _never_title(text) or heading_of(text):
            break
        block.append(j)
        if TITLE_END.search(text):
            break
    if not block or not _TITLE_START.match("".join(lines[j].text for j in block)):
        return []
    return block if TITLE_END.search(lines[block[-1]].text) else []


def _cites_above(lines: list[Line], anchor: int, floor: int) -> bool:
    above = _previous_nonblank(lines, anchor, floor)
    return above is not None and lines[anchor].text.startswith(("(", "(")) and lines[above].text.endswith(("》", "〉"))


def _metadata_above(lines: list[Line], first: int, floor: int) -> int:
    """The first line of the metadata block printed right above ``first``, else ``first``."""
    j = _previous_nonblank(lines, first, floor)
    while j is not None and METADATA_FIELD.match(lines[j].text):
        first = j
        j = _previous_nonblank(lines, j, floor)
    return first


def _red_head_above(lines: list[Line], anchor: int, floor: int) -> int:
    above = _previous_nonblank(lines, anchor, floor)
    return above if above is not None and _RED_HEAD.match(lines[above].text) else anchor


def find_segments(lines: list[Line]) -> list[Segment]:
    """Every document of the text, in order of their anchors."""
    segments: list[Segment] = []
    floor = 0
    pending_head: list[int] = []
    for i in range(len(lines)):
        kind = _anchor_kind(lines, i)
        if not kind:
            continue
        if kind == "addressee" and segments and i - max((segments[-1].anchor, *segments[-1].title_lines)) <= 6:
            continue  # the addressee that follows a number line (or the title under it) belongs to the same document
        if kind == "number" and _cites_above(lines, i, floor):
            continue  # 《T》 / (N): the number of a document cited in a list, not a new document
        block = _title_block(lines, i, floor)
        if kind == "addressee" and not block:
            continue
        below = _title_below(lines, i) if kind != "addressee" and not any(_TITLE_START.match(lines[j].text) for j in block) else []
        if below:
            first = _red_head_above(lines, i, floor)
            segments.append(Segment(tuple(below), i, kind, _metadata_above(lines, first, floor), first))
            pending_head = []
            floor = below[-1] + 1
            continue
        block_start = block[0] if block else i
        titled = any(_TITLE_START.match(lines[j].text) for j in block)
        if block and not titled and pending_head:
            segments.append(Segment(tuple(pending_head + block), i, kind, pending_head[0], block_start))
            pending_head = []
        else:
            segments.append(Segment(tuple(block), i, kind, _metadata_above(lines, block_start, floor), block_start))
            pending_head = _orphan_head(lines, block_start, floor) if titled else []
        floor = i + 1
    return _without_toc_entries(segments, lines)


def _anchor_key(lines: list[Line], segment: Segment) -> str:
    text = lines[segment.anchor].text
    number = parse_doc_number(text, whole=True) if segment.kind == "number" else None
    return number.normalized if number else re.sub(r"\s+", "", text)


def _without_toc_entries(segments: list[Segment], lines: list[Line]) -> list[Segment]:
    """Drop table-of-contents entries that look like documents (a title with its number under it):
    an anchor printed again later whose own stretch holds no sentence of a body."""
    keys = [_anchor_key(lines, s) if s.kind != "addressee" else "" for s in segments]
    last_of = {key: n for n, key in enumerate(keys)}
    kept = []
    for n, segment in enumerate(segments):
        if keys[n] and last_of[keys[n]] > n:
            stop = segments[n + 1].first
            if not any("。" in lines[j].text or _ADDRESSEE.match(lines[j].text) for j in range(segment.anchor + 1, stop)):
                continue
        kept.append(segment)
    return kept


def _page_end(lines: list[Line]) -> int:
    """Index of the last line before the site's page footer (责任编辑 …), or the last line."""
    for line in reversed(lines):
        if line.text and _PAGE_END.match(line.text):
            return line.number - 1
    return len(lines) - 1


@Language.factory("policy_segmenter")
class PolicySegmenter:
    """Split a text into its header, table of contents and documents, and mark their parts.

    Sets span groups on the Doc:
    ``issue_header`` (gazette header field lines and the issue title line),
    ``toc`` (table-of-contents entries; group heads such as 市政府令 are not entries),
    ``metadata`` (the fields of a web page's disclosure block above a document, label = field
    name without spaces: 成文日期, 文号 …),
    ``documents`` (one span per document, first printed line to last; label = anchor kind:
    number, order or addressee; an interrupted document's span holds the one interrupting it),
    ``titles`` (each printed piece of a document title, label "title"),
    ``doc_numbers`` (the 发文字号 / 令 number line, label number or order),
    ``signatures`` (signature date lines, label "date"),
    ``signers`` (signing-body lines, label "body", and head-of-government lines, label "head"),
    ``published`` (此件公开发布 lines),
    ``attachments`` (attachment titles, possibly over several lines, label "attachment"),
    ``headings`` (section headings inside documents, label = level: chapter, section, article,
    level1 一、, level2 (一), level3 1., level4 (1), decimal 7.3),
    ``tables`` (runs of `|`-cell lines, label "table").
    """

    GROUPS = ("issue_header", "toc", "metadata", "documents", "titles", "doc_numbers", "signatures", "signers", "published", "attachments", "headings", "tables")

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        lines = lines_of(text_of(doc))
        segments = find_segments(lines)
        groups: dict[str, list[Span | None]] = {key: [] for key in self.GROUPS}
        header_end = segments[0].first if segments else len(lines)
        self._header(doc, lines[:header_end], groups)
        page_end = _page_end(lines)
        boundaries = sorted({s.block_start for s in segments} | {s.first for s in segments})
        for segment in segments:
            k = bisect.bisect_right(boundaries, segment.anchor)
            last = min(boundaries[k] - 1 if k < len(boundaries) else len(lines) - 1, page_end)
            self._document(doc, lines, segment, max(last, segment.anchor), groups)
        for first, last in table_runs(lines):
            groups["tables"].append(self._span(doc, lines[first].start, lines[last].end, "table"))
        for key, spans in groups.items():
            doc.spans[key] = [s for s in spans if s is not None]
        return doc

    def _span(self, doc: Doc, start: int, end: int, label: str) -> Span | None:
        return doc.char_span(start, end, label=label, alignment_mode="expand")

    def _header(self, doc: Doc, lines: list[Line], groups: dict[str, list[Span | None]]) -> None:
        for line in lines:
            if not line.text or _CHROME.match(line.text) or _TOC_HEAD.match(line.text):
                continue
            if _HEADER_FIELD.match(line.text) or _GAZETTE_TITLE.search(line.text):
                groups["issue_header"].append(self._span(doc, line.start, line.end, "header"))
            elif is_title_like(line.text):
                groups["toc"].append(self._span(doc, line.start, line.end, "toc"))

    def _document(self, doc: Doc, lines: list[Line], segment: Segment, last: int, groups: dict[str, list[Span | None]]) -> None:
        while last > segment.anchor and not lines[last].text:
            last -= 1
        anchor = segment.anchor
        groups["documents"].append(self._span(doc, lines[segment.first].start, lines[last].end, segment.kind))
        for j in range(segment.first, segment.block_start):
            field = METADATA_FIELD.match(lines[j].text)
            if field:
                groups["metadata"].append(self._span(doc, lines[j].start, lines[j].end, re.sub(r"\s", "", field.group("key"))))
        for first_line, last_line in _runs(segment.title_lines):
            groups["titles"].append(self._span(doc, lines[first_line].start, lines[last_line].end, "title"))
        if segment.kind in ("number", "order"):
            groups["doc_numbers"].append(self._span(doc, lines[anchor].start, lines[anchor].end, segment.kind))
        signature = _signature_line(lines, anchor, last)
        if signature is not None:
            groups["signatures"].append(self._span(doc, lines[signature].start, lines[signature].end, "date"))
            for j, label in _signer_lines(lines, signature, anchor):
                groups["signers"].append(self._span(doc, lines[j].start, lines[j].end, label))
            published = next_nonblank(lines, signature, last)
            if published is not None and _PUBLISHED.match(lines[published].text):
                groups["published"].append(self._span(doc, lines[published].start, lines[published].end, "published"))
        for start, end in attachment_titles(text_of(doc), lines, anchor, last, signature):
            groups["attachments"].append(self._span(doc, start, end, "attachment"))
        for j in range(anchor + 1, last + 1):
            found = heading_of(lines[j].text) if lines[j].text else None
            if found:
                level, length = found
                groups["headings"].append(self._span(doc, lines[j].start, lines[j].start + length, level))


def _runs(indices: tuple[int, ...]) -> list[tuple[int, int]]:
    """Split title line indices into runs printed together (a head and a tail apart are two)."""
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and index - runs[-1][1] <= 3:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _is_date_line(text: str) -> bool:
    return bool(text) and len(text) <= 20 and "," not in text and "。" not in text and parse_date(text) is not None


def _signature_line(lines: list[Line], anchor: int, last: int) -> int | None:
    """The signature date: the first date-only line under a signer, else the first date-only line."""
    first_date = None
    for j in range(anchor + 1, last + 1):
        if not _is_date_line(lines[j].text):
            continue
        if first_date is None:
            first_date = j
        above = _previous_nonblank(lines, j, anchor + 1)
        if above is not None and _signer_label(lines[above].text):
            return j
    return first_date


def _signer_label(text: str) -> str | None:
    if "关于" in text:
        return None  # a title line that happens to end with a body's name (…调整市安全生产委员会)
    if _SIGNER_HEAD.match(text):
        return "head"
    parts = text.split()
    if parts and all(_SIGNER_BODY.match(part) for part in parts):
        return "body"
    return None


def _signer_lines(lines: list[Line], signature: int, floor: int) -> list[tuple[int, str]]:
    """Signer lines directly above the signature date, top first."""
    found: list[tuple[int, str]] = []
    j = signature
    while len(found) < MAX_SIGNER_LINES:
        j = _previous_nonblank(lines, j, floor + 1)
        label = _signer_label(lines[j].text) if j is not None else None
        if j is None or label is None:
            break
        found.insert(0, (j, label))
    return found
