"""Hard-wrapped text (copied out of a PDF) put back into one line per paragraph.

A gazette saved from a PDF breaks every paragraph at the page width, so names, titles and
document numbers end up split across lines, and page numbers and running headers land inside
paragraphs. Every extractor reads a line as a unit, so such text is joined first: a line that
fills the page width without ending a sentence continues on the next, across page chrome.
The joined text keeps, per line, the original line it starts on, so evidence still points at
the file. Texts that print one paragraph per line (the usual gazette export) keep their lines;
in every text, page numbers and the running headers beside them are blanked out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from policykg.extract.doc_number import parse_doc_number
from policykg.extract.headings import heading_of
from policykg.extract.lines import TITLE_END, is_title_like
from policykg.extract.roster import role_of

# A line ending like this closes its sentence, clause or bracket: the next line starts afresh.
_CLOSED = re.compile(r"[。;;::!?!?))》〕\]】”\"]$")
_LIST_OPEN = re.compile(r"[、,,]$")
_PAGE_NUMBER = re.compile(r"^([-—–―一·•]\s*\d{1,4}\s*[-—–―一·•]|第\s*\d{1,4}\s*页(\s*[/,,]?\s*共\s*\d{1,4}\s*页)?)$")
# 示例市人民政府公报  2024年第3期: a gazette's running header, even when odd and even pages differ
_ISSUE_HEADER = re.compile(r"公报\s*(?:\d{4}\s*年)?\s*第\s*\d{1,3}\s*[期号]\s*$")
MIN_PARAGRAPH_CHARS = 15
MIN_OPEN_LINES = 20
MIN_OPEN_SHARE = 0.5
MAX_WRAP_WIDTH = 120  # a page holds about 28–40 CJK characters; one-paragraph lines run far longer
FULL_LINE_SHARE = 0.8
MIN_REPEATS_FOR_CHROME = 3


def display_width(text: str) -> int:
    return sum(1 if ord(c) < 0x2000 else 2 for c in text)


@dataclass(frozen=True)
class Unwrapped:
    text: str
    original_lines: tuple[int, ...]  # 1-based file line each line of ``text`` starts on
    joined: int  # how many line breaks were removed


def _wrap_width(lines: list[str]) -> int | None:
    """The page width the text was wrapped at, or None when it was not hard-wrapped."""
    followed = [a for a, b in zip(lines, lines[1:]) if len(a) >= MIN_PARAGRAPH_CHARS and b and "|" not in a]
    open_lines = [a for a in followed if not _CLOSED.search(a)]
    if len(open_lines) < MIN_OPEN_LINES or len(open_lines) < MIN_OPEN_SHARE * len(followed):
        return None
    widths = sorted(display_width(a) for a in followed)
    p90 = widths[int(len(widths) * 0.9)]
    return p90 if p90 <= MAX_WRAP_WIDTH else None


def page_chrome(lines: list[str]) -> set[int]:
    """Indices of page numbers (``— 9 —``, ``- 4 -``, ``·3·``, ``第3页``) and of running headers:
    lines repeated page after page right next to a page number. Only repeats beside page numbers
    count: a signer's name printed under many documents may once stand below a page break."""
    pages = {i for i, line in enumerate(lines) if line and _PAGE_NUMBER.match(line)}
    near_pages = {j for i in pages for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines) and lines[j] and j not in pages}
    counts = Counter(" ".join(lines[j].split()) for j in near_pages)
    return pages | {j for j in near_pages if counts[" ".join(lines[j].split())] >= MIN_REPEATS_FOR_CHROME or _ISSUE_HEADER.search(lines[j])}


def _inside_bracket(line: str) -> bool:
    """An opened ( or 《 is still open at the end of the line: its clause or title goes on."""
    return line.count("(") + line.count("(") > line.count(")") + line.count(")") or line.count("《") > line.count("》")


def _whole_title(line: str) -> bool:
    """A whole title line (…的通知, 《…办法》) that happens to fill the width; a clause citing
    titles (根据《A》《B规定》) ends on 》 without starting on 《."""
    if line.endswith("》") and not line.startswith("《"):
        return False
    return is_title_like(line) and bool(TITLE_END.search(line))


def _continues(line: str, following: str, width: int) -> bool:
    if not following or "|" in line or "|" in following:
        return False
    if parse_doc_number(following, whole=True):
        # 《T》 then (N) on the next line is one citation; a number under a title is its own line.
        return line.endswith(("》", "〉")) and following.startswith(("(", "("))
    if _LIST_OPEN.search(line) or _inside_bracket(line) and display_width(line) >= FULL_LINE_SHARE * width:
        return True  # ``…确定。(责任单位:`` at the margin: the bracket's clause goes on
    # A sentence never ends on 》: a full line ending on one (根据《A》《B》 / 等法规) goes on.
    if _CLOSED.search(line) and not line.endswith("》") or display_width(line) < FULL_LINE_SHARE * width:
        return False
    if _whole_title(line):
        return False
    return heading_of(following) is None and role_of(following) is None  # 办公室主任:… opens a roster row


def unwrap(text: str, original_lines: tuple[int, ...] | None = None) -> Unwrapped:
    """Page chrome blanked out (spaces, so offsets hold) and hard-wrapped paragraphs joined;
    a text with neither comes back unchanged."""
    raw = text.split("\n")
    stripped = [line.strip() for line in raw]
    chrome = page_chrome(stripped)
    for i in chrome:
        raw[i], stripped[i] = " " * len(raw[i]), ""
    file_line = (lambda i: original_lines[i]) if original_lines else (lambda i: i + 1)
    width = _wrap_width([line for i, line in enumerate(stripped) if i not in chrome])
    if width is None:
        return Unwrapped("\n".join(raw), tuple(file_line(i) for i in range(len(raw))), 0)
    # A wrapped line starts at the margin; an indented one opens a paragraph or a roster row.
    indent = [len(line) - len(line.lstrip()) for line in raw]
    margin = Counter(n for n, line in zip(indent, stripped) if line).most_common(1)[0][0]
    out: list[str] = []
    starts: list[int] = []
    joined = 0
    i = 0
    while i < len(raw):
        current, first = raw[i].rstrip(), i
        while i not in chrome:
            j, across_page = i + 1, False
            while j < len(raw) and (j in chrome or not stripped[j]):
                across_page |= j in chrome
                j += 1
            if j - i > 1 and not across_page:
                break  # a blank line ends the paragraph; blanks around page chrome do not
            if j >= len(raw) or indent[j] > margin or not _continues(stripped[i], stripped[j], width):
                break
            current += stripped[j]
            joined += 1
            i = j
        out.append(current)
        starts.append(file_line(first))
        i += 1
    return Unwrapped("\n".join(out), tuple(starts), joined)
