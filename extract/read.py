"""Read one input file into text: encoding detection, binary and size checks, HTML to text.

The result keeps enough to point back at the original file: for plain text the decoded text has
the file's own lines; for HTML each text line records the HTML source line it came from.

What cannot be read raises one :class:`InputError` naming the file, the line where one applies
and the reason: empty or whitespace-only files, binary formats (PDF, ZIP/docx, images …), files
that are not regular files, and files over ``MAX_BYTES`` (16 MiB). The limit is deliberate: a
gazette issue is 0.1–0.5 MB, one run holds the whole text in memory (about 250 bytes a
character) and extraction time grows faster than the number of documents, so a 50 MB archive
export would take many minutes and gigabytes; split such files into issues. Damage that leaves
the text readable (invalid UTF-8 bytes, a cut final character, control characters) is read and
reported as a warning ``line N: reason``.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from policykg.errors import InputError

MAX_BYTES = 16 * 1024 * 1024
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
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(str(path), f"cannot read file: symbolic link to {os.readlink(path)}, which does not exist") from None
        raise InputError(str(path), "cannot read file (No such file or directory)") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(str(path), "is a directory, not a text file")
    if not stat.S_ISREG(info.st_mode):
        # Reading a named pipe or a device could block or never end.
        raise InputError(str(path), "not a regular file (a named pipe, socket or device)")
    if info.st_size > max_bytes:
        raise InputError(str(path), _too_big(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(str(path), f"file grew past the {max_bytes:,}-byte limit while being read")
    return decode_bytes(data, str(path))


def _too_big(size: int, limit: int) -> str:
    return f"file is {size:,} bytes, over the {limit:,}-byte limit for one input (split it into gazette issues or documents)"


def decode_bytes(data: bytes, path: str) -> DecodedText:
    if not data.strip():
        raise InputError(path, "empty file (no text)" if not data else "file holds only whitespace")
    signature = _binary_format(data)
    if signature:
        raise InputError(path, signature)
    text, encoding, warnings = _decode(data, path)
    if not text:
        raise InputError(path, f"no text after decoding as {encoding}")
    if not text.strip():
        raise InputError(path, "file holds only whitespace")
    bad, first = _control_characters(text[:65536])
    if bad > max(8, min(len(text), 65536) // 100):
        raise InputError(path, f"binary data, not text ({bad:,} NUL or control characters in the first 64 KiB)", line_at(text, first))
    warnings.extend(_control_warning(text))
    if _looks_like_html(text):
        body, lines = html_to_text(text)
        if not body.strip():
            raise InputError(path, "HTML page holds no text")
        return DecodedText(path, body, encoding, "html", lines, tuple(warnings))
    return DecodedText(path, text, encoding, "text", None, tuple(warnings))


# Formats that reach us with a .txt name: saved attachments, scans, office files.
_SIGNATURES = (
    (b"%PDF-", "a PDF file", "convert it with pdftotext first"),
    (b"PK\x03\x04", "a ZIP archive", "a .docx, .xlsx or .ofd file? save it as text first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office 97-2003 file", "a .doc or .xls? save it as text first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "a scan needs OCR first"),
    (b"\xff\xd8\xff", "a JPEG image", "a scan needs OCR first"),
    (b"GIF87a", "a GIF image", "a scan needs OCR first"),
    (b"GIF89a", "a GIF image", "a scan needs OCR first"),
    (b"II*\x00", "a TIFF image", "a scan needs OCR first"),
    (b"MM\x00*", "a TIFF image", "a scan needs OCR first"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it first"),
)


def _binary_format(data: bytes) -> str | None:
    return next((f"{what}, not text ({advice})" for magic, what, advice in _SIGNATURES if data.startswith(magic)), None)


def line_at(text: str | bytes, offset: int) -> int:
    """1-based line of ``offset``, counting line breaks as normalisation does (LF, CRLF, lone CR)."""
    head = text[:offset]
    if isinstance(head, bytes):
        return head.count(b"\n") + len(re.findall(rb"\r(?!\n)", head)) + 1
    return head.count("\n") + len(re.findall(r"\r(?!\n)", head)) + 1


def _decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                name = encoding.removesuffix("-sig").upper()
                raise InputError(path, f"starts with a {name} byte-order mark but is not {name} ({exc.reason})",
                                 _first_bad_line(data, encoding)) from None
    if b"\x00" in data[:4096]:
        # UTF-8 and GB texts never hold NUL bytes; UTF-16 without a BOM does (ASCII, newlines).
        guessed = _utf16_without_bom(data)
        if guessed:
            return guessed
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8"), "utf-8", [
                f"line {line_at(data, exc.start)}: file ends inside a character (truncated download?); last {len(data) - exc.start} byte(s) dropped"]
        damaged = _damaged_utf8(data, exc.start)
        if damaged:
            return damaged
    try:
        return data.decode("gb18030"), "gb18030", []
    except UnicodeDecodeError:
        pass
    return _decode_guessed(data, path)


def _damaged_utf8(data: bytes, first_error: int) -> tuple[str, str, list[str]] | None:
    """UTF-8 with a few bad bytes (a damaged copy), else None.

    Checked before GB18030 because GB18030 decodes most UTF-8 byte pairs into wrong characters
    without complaint. GB18030 text decodes as UTF-8 with more bad bytes than good multi-byte
    characters, so a file whose good multi-byte characters outnumber its bad bytes tenfold is UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for c in text if c > "\x7f") - bad
    if bad < 1 or multibyte < 10 * bad:
        return None
    lines = {line_at(text, i) for i, c in enumerate(text) if c == "\ufffd"}
    where = f" on {len(lines)} lines" if len(lines) > 1 else ""
    return text, "utf-8", [f"line {line_at(data, first_error)}: invalid UTF-8, {bad} byte(s) replaced by U+FFFD{where}"]


def _first_bad_line(data: bytes, encoding: str) -> int:
    """The line of the first byte that is not ``encoding`` (codecs count offsets differently after a BOM)."""
    text = data.decode(encoding, errors="replace")
    return line_at(text, max(0, text.find("\ufffd")))


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


# C0 controls and DEL, except the tab, line and page breaks that texts legitimately hold.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _control_characters(sample: str) -> tuple[int, int]:
    """How many NUL or control characters ``sample`` holds, and where the first is."""
    positions = [m.start() for m in _CONTROL.finditer(sample)]
    return len(positions), positions[0] if positions else 0


def _control_warning(text: str) -> list[str]:
    """Stray control characters (terminal colours, NUL) are read as spaces; say where they were."""
    positions = [m.start() for m in _CONTROL.finditer(text)]
    if not positions:
        return []
    codes = ", ".join(sorted({f"U+{ord(text[i]):04X}" for i in positions})[:4])
    return [f"line {line_at(text, positions[0])}: {len(positions)} control character(s) ({codes}) read as spaces"]


_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<\?xml)", re.I)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048])) or ("<body" in text[:20000].lower() and "</" in text)


# Page chrome on government sites: navigation, share bars, headers and footers.
_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "svg", "form", "button", "select"}
_CHROME = re.compile(r"nav|menu|breadcrumb|footer|header|share|toolbar|sidebar|\bside|related|xgwj|banner|login|search|crumb|copyright|topbar", re.I)
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
