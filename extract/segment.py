"""Segmentation: a gazette issue (or a single document) → header, TOC, documents, attachments.

A document starts at its title block and is anchored by what follows the title in every printed
form we know: a 发文字号 line, a bare ``第N号`` (government orders), or the addressee line
(``各县、市、区人民政府,…:``). Lines of the table of contents never anchor, so TOC entries never
become documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from policykg.extract.dates import parse_date
from policykg.extract.doc_number import parse_doc_number

_ADDRESSEE = re.compile(r"^(各|市直|市政府|县直|区直|有关|[\u4e00-\u9fff]{2,10}(人民政府|办公室|委员会|管委会))[^。]{0,120}[::]$")
_ORDER_NUMBER = re.compile(r"^第\s*\d{1,4}\s*号$")
_SENTENCE_PUNCT = re.compile(r"[。;;!?!?]|[,,]\s*$|[::]$")
_TITLE_END = re.compile(r"(通知|决定|决议|命令|意见|通报|报告|批复|函|公告|通告|办法|规定|方案|细则|规则|规划|纲要|令|答复|请示|纪要)$")
_ATTACHMENT = re.compile(r"^附\s*件\s*(\d+)?\s*[::]?\s*(\d+\s*[.、.]\s*)?(?P<title>.*)$")
_NUMBERED_ATTACHMENT = re.compile(r"^(\d+)\s*[.、.]\s*(?P<title>.+)$")
MAX_TITLE_LINES = 4


@dataclass(frozen=True)
class Line:
    number: int  # 0-based index in the text
    start: int
    end: int
    text: str  # stripped


def lines_of(text: str) -> list[Line]:
    out = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(index, offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return out


def is_title_like(text: str) -> bool:
    return bool(text) and len(text) <= 80 and not _SENTENCE_PUNCT.search(text) and not text.startswith(("•", "字号"))


def _anchor_kind(lines: list[Line], i: int) -> str | None:
    text = lines[i].text
    if not text:
        return None
    if _ORDER_NUMBER.match(text):
        return "order"
    if parse_doc_number(text, whole=True):
        return "number"
    if _ADDRESSEE.match(text):
        return "addressee"
    return None


def _previous_nonblank(lines: list[Line], i: int, limit: int) -> list[int]:
    found = []
    j = i - 1
    while j >= 0 and len(found) < limit:
        if lines[j].text:
            found.append(j)
        j -= 1
    return found


def _title_block(lines: list[Line], anchor: int, floor: int) -> list[int]:
    """Indices of the title lines above ``anchor``: title-like lines, broken titles joined."""
    block: list[int] = []
    for j in _previous_nonblank(lines, anchor, MAX_TITLE_LINES):
        if j < floor or not is_title_like(lines[j].text) or _anchor_kind(lines, j):
            break
        block.insert(0, j)
        if _starts_title(lines[j].text):
            break
    return block


def _starts_title(text: str) -> bool:
    return bool(re.match(r"^([\u4e00-\u9fff]*(人民政府|办公室|办公厅|委员会)(关于|令)|关于)", text))


def find_anchors(lines: list[Line]) -> list[tuple[int, str]]:
    anchors: list[tuple[int, str]] = []
    for i in range(len(lines)):
        kind = _anchor_kind(lines, i)
        if not kind:
            continue
        if kind == "addressee" and anchors and i - anchors[-1][0] <= 6:
            continue  # the addressee that follows a number line belongs to the same document
        if kind == "addressee" and not _title_block(lines, i, 0):
            continue
        anchors.append((i, kind))
    return anchors


@Language.factory("policy_segmenter")
class PolicySegmenter:
    """Split a text into its documents.

    Sets ``doc.spans["documents"]`` (one span per document, label = anchor kind: number, order or
    addressee), ``doc.spans["titles"]``, ``doc.spans["doc_numbers"]``, ``doc.spans["signatures"]``
    (the date line of each signature block), ``doc.spans["attachments"]`` (attachment title lines),
    ``doc.spans["issue_header"]`` and ``doc.spans["toc"]``.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        lines = lines_of(doc.text)
        anchors = find_anchors(lines)
        starts: list[tuple[int, int, str]] = []  # (first title line, anchor line, kind)
        floor = 0
        for anchor, kind in anchors:
            block = _title_block(lines, anchor, floor)
            first = block[0] if block else anchor
            starts.append((first, anchor, kind))
            floor = anchor + 1
        groups: dict[str, list[Span]] = {k: [] for k in ("documents", "titles", "doc_numbers", "signatures", "attachments", "issue_header", "toc")}
        first_doc_line = starts[0][0] if starts else len(lines)
        self._header(doc, lines[:first_doc_line], groups)
        for n, (first, anchor, kind) in enumerate(starts):
            last = (starts[n + 1][0] if n + 1 < len(starts) else len(lines)) - 1
            self._document(doc, lines, first, anchor, last, kind, groups)
        for key, spans in groups.items():
            doc.spans[key] = [s for s in spans if s is not None]
        return doc

    def _span(self, doc: Doc, start: int, end: int, label: str) -> Span | None:
        return doc.char_span(start, end, label=label, alignment_mode="expand")

    def _header(self, doc: Doc, lines: list[Line], groups: dict[str, list[Span]]) -> None:
        for line in lines:
            if not line.text:
                continue
            if re.match(r"^•?\s*(主办单位|公报年份|总号|期号|发布时间)\s*[::]", line.text) or re.search(r"公报\s*[((]\d{4}年第\d+号?[))]", line.text):
                groups["issue_header"].append(self._span(doc, line.start, line.end, "header"))
            elif is_title_like(line.text) and not line.text.startswith("字号"):
                groups["toc"].append(self._span(doc, line.start, line.end, "toc"))

    def _document(self, doc: Doc, lines: list[Line], first: int, anchor: int, last: int, kind: str, groups: dict[str, list[Span]]) -> None:
        while last > anchor and not lines[last].text:
            last -= 1
        groups["documents"].append(self._span(doc, lines[first].start, lines[last].end, kind))
        if first < anchor:
            groups["titles"].append(self._span(doc, lines[first].start, lines[anchor - 1].end, "title"))
        if kind in ("number", "order"):
            groups["doc_numbers"].append(self._span(doc, lines[anchor].start, lines[anchor].end, kind))
        signature = None
        for j in range(anchor + 1, last + 1):
            text = lines[j].text
            if text and len(text) <= 20 and parse_date(text) and not _SENTENCE_PUNCT.search(text):
                signature = j
                groups["signatures"].append(self._span(doc, lines[j].start, lines[j].end, "date"))
                break
        for j in range(anchor + 1, last + 1):
            m = _ATTACHMENT.match(lines[j].text)
            if m and (signature is None or j < signature + 3 or j > signature):
                title = m.group("title").strip()
                if title:
                    offset = lines[j].end - len(title)
                    groups["attachments"].append(self._span(doc, offset, lines[j].end, "attachment"))
