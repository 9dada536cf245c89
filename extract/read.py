"""Read one input file into text: encoding detection, binary and size checks, HTML to text.

The result keeps enough to point back at the original file: for plain text the decoded text has
the file's own lines; for HTML each text line records the HTML source line it came from.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from policykg.errors import InputError

MAX_BYTES = 200 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    """A file's text after decoding; ``original_lines`` maps text lines to file lines for HTML."""

    path: str
    text: str
    encoding: str
    kind: str = "text"
    original_lines: tuple[int, ...] | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return Path(self.path).name


def read_file(path: str | Path, max_bytes: int = MAX_BYTES) -> DecodedText:
    """Decode ``path``; raise :class:`InputError` naming the file and the reason when it can't."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a text file")
    if size > max_bytes:
        raise InputError(str(path), f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, path: str) -> DecodedText:
    if not data.strip():
        raise InputError(path, "empty file (no text)" if not data else "file holds only whitespace")
    text, encoding, warnings = _decode(data, path)
    if not text.strip():
        raise InputError(path, f"no text after decoding as {encoding}")
    if _looks_binary(text):
        raise InputError(path, "binary data, not text (control characters or NUL bytes)")
    if _looks_like_html(text):
        body, lines = html_to_text(text)
        if not body.strip():
            raise InputError(path, "HTML page holds no text")
        return DecodedText(path, body, encoding, "html", lines, tuple(warnings))
    return DecodedText(path, text, encoding, "text", None, tuple(warnings))


def _decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {encoding} byte-order mark but is not {encoding} ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:4096]:
        # UTF-8 and GB texts never hold NUL bytes; UTF-16 without a BOM does (ASCII, newlines).
        guessed = _utf16_without_bom(data)
        if guessed:
            return guessed
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8"), "utf-8", [f"file ends inside a character (truncated download?); last {len(data) - exc.start} bytes dropped"]
    try:
        return data.decode("gb18030"), "gb18030", []
    except UnicodeDecodeError:
        pass
    return _decode_guessed(data, path)


def _decode_guessed(data: bytes, path: str) -> tuple[str, str, list[str]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(path, "not text in any encoding we can detect (binary data?)")
    text = str(best)
    return text, best.encoding, [f"encoding guessed as {best.encoding}; some characters may be wrong"]


def _utf16_without_bom(data: bytes) -> tuple[str, str, list[str]] | None:
    """Decode as UTF-16 LE or BE, whichever reads as text (CJK, ASCII, punctuation); else None."""
    best: tuple[float, str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data[: len(data) - len(data) % 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:4096]
        share = sum(1 for c in sample if _plausible(c)) / max(1, len(sample))
        if best is None or share > best[0]:
            best = (share, text, encoding)
    if best is None or best[0] < MIN_TEXT_SHARE:
        return None
    return best[1], best[2], []


MIN_TEXT_SHARE = 0.9


def _plausible(char: str) -> bool:
    return char.isprintable() and ("\u4e00" <= char <= "\u9fff" or char < "\u0250" or "\u2000" <= char <= "\u206f" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef") or char in "\n\r\t"


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    bad = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f") or c == "\ufffd")
    return bad > max(8, len(sample) // 100)


_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<\?xml)", re.I)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048])) or ("<body" in text[:20000].lower() and "</" in text)


# Page chrome on government sites: navigation, share bars, headers and footers.
_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "svg", "form", "button", "select"}
_CHROME = re.compile(r"nav|menu|breadcrumb|footer|header|share|toolbar|sidebar|banner|login|search|crumb|copyright|topbar", re.I)
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "title", "dt", "dd"}
# A table row becomes one line of `|` cells, the way flattened tables print in gazette texts.
_CELL_TAGS = {"td", "th"}
_VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._current: list[str] = []
        self._current_line = 1
        self._stack: list[bool] = []  # per open element: does it (or an ancestor) hide its text?

    def _hidden(self) -> bool:
        return bool(self._stack) and self._stack[-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        elif tag in _CELL_TAGS and self._current:
            self._current.append("|")
        if tag in _VOID_TAGS:
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        hides = self._hidden() or tag in _SKIP_TAGS or bool(marker and _CHROME.search(marker))
        self._stack.append(hides)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag not in _VOID_TAGS and self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._hidden():
            return
        if not self._current:
            self._current_line = self.getpos()[0]
        for i, piece in enumerate(data.split("\n")):
            if i:
                self._flush()
                self._current_line = self.getpos()[0] + i
            if piece.strip():
                self._current.append(piece)

    def _flush(self) -> None:
        joined = "".join(self._current).strip()
        if joined:
            self.lines.append((self._current_line, joined))
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> tuple[str, tuple[int, ...]]:
    """Text of an HTML page without its chrome, one block per line, with each line's source line."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "\n".join(line for _, line in collector.lines)
    return text, tuple(number for number, _ in collector.lines)
