"""Titles of a document's attached texts, as printed.

Printed forms, merged in this order:
- the promulgated / attached main text whose title follows the signature (and 此件公开发布);
- the texts the notice promulgates by name (``《A》和《B》已经…同意,现印发给你们``) that are not
  printed with a title line; a quote also stands in for a printed main title that lost a bracket;
- ``附件:1.… 2.…`` lists (entries may be broken over lines), in the notice or in its main text;
- ``附件N`` headings, each followed by the attached text's own title. A heading's title replaces
  the list entry with the same number, because the heading prints the title in full.
"""

from __future__ import annotations

import re

from policykg.extract.headings import is_heading
from policykg.extract.lines import TITLE_END, Line, is_title_like, next_nonblank

_LIST_START = re.compile(r"^附\s*件\s*[::]\s*(?:(?P<num>\d{1,2})\s*[.、.](?!\d)\s*)?(?P<title>.*)$")
_LIST_ITEM = re.compile(r"^(?P<num>\d{1,2})\s*[.、.](?!\d)\s*(?P<title>.+)$")
_HEADING = re.compile(r"^附\s*件\s*(?P<num>\d{1,2})?\s*[::]?$")
_PUBLISHED = re.compile(r"^[((]?\s*此件(公开发布|主动公开|依申请公开|不予公开)\s*[))]?$")
_DATE_LIKE = re.compile(r"^\d{4}\s*年|^\d{6,8}$")
_PROMULGATED = re.compile(r"(?P<quotes>(?:《[^《》\n]{2,80}》\s*[和、及与,]?\s*)+)(?:已经|印发给你们|予以印发)")
_QUOTE = re.compile(r"《(?P<title>[^《》\n]{2,80})》")
_ORG_LINE = re.compile(r"(人民政府|办公室|办公厅|委员会|管委会|局|厅)$")
MAX_CONTINUATION_CHARS = 30

Piece = tuple[int, int]  # character offsets of a title (possibly over several lines) in doc.text


def _continues(lines: list[Line], first: int, last: int) -> list[int]:
    """Line indices of a title starting at ``first``, with the short lines it was broken onto."""
    taken = [first]
    text = lines[first].text
    while not TITLE_END.search(text):
        j = next_nonblank(lines, taken[-1], last)
        if j is None:
            break
        candidate = lines[j].text
        if (
            len(candidate) > MAX_CONTINUATION_CHARS
            or not is_title_like(candidate)
            or is_heading(candidate)
            or _LIST_ITEM.match(candidate)
            or _HEADING.match(candidate)
            or _DATE_LIKE.match(candidate)
            or _ORG_LINE.search(candidate)
        ):
            break
        taken.append(j)
        text += candidate
    return taken


def _piece(lines: list[Line], taken: list[int], lead: int = 0) -> Piece:
    return lines[taken[0]].start + lead, lines[taken[-1]].end


def main_text_title(lines: list[Line], signature: int, last: int) -> Piece | None:
    """The title printed right after the signature date (and its 此件公开发布 line), if any."""
    j = next_nonblank(lines, signature, last)
    while j is not None and _PUBLISHED.match(lines[j].text):
        j = next_nonblank(lines, j, last)
    if j is None:
        return None
    text = lines[j].text
    if not is_title_like(text) or _HEADING.match(text) or _LIST_START.match(text) or is_heading(text) or _DATE_LIKE.match(text):
        return None
    return _piece(lines, _continues(lines, j, last))


def promulgated_titles(text: str, lines: list[Line], anchor: int, until: int) -> list[Piece]:
    """Titles in 《》 that the notice's own sentence promulgates, between its anchor and ``until``."""
    found: list[Piece] = []
    for sentence in _PROMULGATED.finditer(text, lines[anchor].end, lines[until].start):
        for quote in _QUOTE.finditer(text, sentence.start("quotes"), sentence.end("quotes")):
            found.append((quote.start("title"), quote.end("title")))
    return found


def _unbalanced(title: str) -> bool:
    return title.count("(") + title.count("(") != title.count(")") + title.count(")")


def _folded(text: str, piece: Piece) -> str:
    return re.sub(r"[\s《》]", "", text[piece[0] : piece[1]])


def _same(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def attachment_titles(text: str, lines: list[Line], anchor: int, last: int, signature: int | None) -> list[Piece]:
    """Attachment title pieces of the document whose anchor line is ``anchor`` and last line ``last``."""
    found = _printed_titles(lines, anchor, last, signature)
    quoted = promulgated_titles(text, lines, anchor, signature) if signature is not None else []
    main = main_text_title(lines, signature, last) if signature is not None else None
    if main and quoted and _unbalanced(_folded(text, main)) and _folded(text, quoted[0])[:6] == _folded(text, main)[:6]:
        found[0] = quoted[0]  # the printed title lost a bracket; the notice quotes it whole
    insert_at = 1 if main else 0
    for piece in quoted:
        if not any(_same(_folded(text, piece), _folded(text, other)) for other in found):
            found.insert(insert_at, piece)
            insert_at += 1
    unique: list[Piece] = []
    for piece in found:
        if not any(_folded(text, piece) == _folded(text, other) for other in unique):
            unique.append(piece)
    return unique


def _printed_titles(lines: list[Line], anchor: int, last: int, signature: int | None) -> list[Piece]:
    found: list[Piece] = []
    main = main_text_title(lines, signature, last) if signature is not None else None
    if main:
        found.append(main)
    listed: dict[int, int] = {}  # entry number → index in ``found``, for the current list
    j = anchor + 1
    while j <= last:
        text = lines[j].text
        start = _LIST_START.match(text) if text else None
        heading = _HEADING.match(text) if text else None
        if start:
            listed = {}
            j = _read_list(lines, j, last, start, found, listed)
            continue
        if heading:
            title_line = next_nonblank(lines, j, last)
            if title_line is not None and is_title_like(lines[title_line].text) and not is_heading(lines[title_line].text):
                taken = _continues(lines, title_line, last)
                number = int(heading.group("num") or 1)
                if number in listed:
                    found[listed.pop(number)] = _piece(lines, taken)
                else:
                    found.append(_piece(lines, taken))
                j = taken[-1] + 1
                continue
        j += 1
    return found


def _read_list(lines: list[Line], j: int, last: int, start: re.Match[str], found: list[Piece], listed: dict[int, int]) -> int:
    """Read a ``附件:`` list from line ``j``; return the index of the first line after it."""
    if start.group("title").strip():
        taken = _continues(lines, j, last)
        listed[int(start.group("num") or 1)] = len(found)
        found.append(_piece(lines, taken, start.start("title")))
        j = taken[-1]
    while True:
        k = next_nonblank(lines, j, last)
        item = _LIST_ITEM.match(lines[k].text) if k is not None else None
        if k is None or not item or not is_title_like(lines[k].text):
            return j + 1
        taken = _continues(lines, k, last)
        listed[int(item.group("num"))] = len(found)
        found.append(_piece(lines, taken, item.start("title")))
        j = taken[-1]
