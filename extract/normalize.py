"""Length-preserving normalisation and offset → line mapping.

Every fact keeps the line of the original file it came from, so normalisation never changes the
length of the text: each character maps to exactly one character. Offsets in the normalised text
are offsets in the decoded original.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_FULLWIDTH_KEEP = set("。、")  # CJK punctuation with no ASCII twin that carries meaning of its own

_TABLE: dict[int, str] = {ord(c): " " for c in _SPACES + _INVISIBLE}
# Full-width ASCII variants (！ to ～) fold to ASCII: （ → (, ： → :, ， → , ; printed texts mix both.
_TABLE.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
_TABLE.update({cp: " " for cp in range(0x00, 0x20) if cp not in (0x09, 0x0A, 0x0D)})
_TABLE[0x7F] = " "
_TABLE[0x09] = " "

_LONE_CR = re.compile(r"\r(?!\n)")


def normalize(text: str) -> str:
    """Fold spaces, full-width ASCII and control characters, one character for one character."""
    folded = text.translate(_TABLE)
    # A lone CR is a line break in old files; CR before LF is padding that keeps the length.
    folded = _LONE_CR.sub("\n", folded)
    return folded.replace("\r\n", " \n")


_INNER_SPACE = re.compile(r"(?<=[^\x00-\x7f])[ ]+(?=[^\x00-\x7f])")


def squeeze(text: str) -> str:
    """Remove spaces between non-ASCII characters (李  旭 → 李旭) and trim; keeps 'GB/T 29912'."""
    return _INNER_SPACE.sub("", text).strip()


@dataclass(frozen=True)
class LineIndex:
    """Maps character offsets of a text to 1-based line numbers of the original file."""

    starts: tuple[int, ...]
    original_lines: tuple[int, ...] | None = None

    @classmethod
    def of(cls, text: str, original_lines: tuple[int, ...] | None = None) -> "LineIndex":
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", text))
        return cls(tuple(starts), original_lines)

    def line_of(self, offset: int) -> int:
        index = bisect.bisect_right(self.starts, offset) - 1
        if self.original_lines is not None and index < len(self.original_lines):
            return self.original_lines[index]
        return index + 1

    def line_span(self, offset: int, text: str) -> tuple[int, int]:
        """Start and end offsets of the line holding ``offset``."""
        index = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[index]
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(text)
        return start, end

    def line_text(self, offset: int, text: str) -> str:
        start, end = self.line_span(offset, text)
        return text[start:end].strip()
