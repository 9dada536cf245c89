"""Signing and deadline dates, including damaged print.

``2020年12月24日`` and ``二〇二〇年十二月二十四日`` parse directly. A signature date that lost its
年/月/日 (``202467``) is read as year + month + day when exactly one split gives a real date
(``2024422`` → 2024-04-22); when two splits do (``2024116``: 1-16 or 11-6) it is ambiguous and
never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# Month and day may carry the letters OCR reads for digits (2023年5月l2日): between 年, 月 and 日
# they can only be figures.
_FULL = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2}|[\dlIO]{1,2}(?=\s*月))\s*月\s*(\d{1,2}|[\dlIO]{1,2}(?=\s*日))\s*日")
_OCR_DIGITS = str.maketrans("lIO", "110")
_CN_FULL = re.compile(r"([〇○零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
# A signature date whose 年/月/日 were partly lost: 202467, 2024116, 202412月26日, 2024年1216.
_DAMAGED = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*年?\s*(?P<month>\d{1,2}(?=\s*月))?\s*月?\s*(?P<rest>\d{1,4})\s*日?\s*$")
_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(底|末|上旬|中旬|下旬))?")
_YEAR_END = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:底|末)")  # 2024年底前: the year's last day
# A plan for one year prints its deadlines without it: 6月底前, 9月1日前.
_MONTH_DAY = re.compile(r"(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTH = re.compile(r"(?<![年\d])(\d{1,2})\s*月(?:\s*(底|末|上旬|中旬|下旬))?")
_HALF_YEAR = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?([上下])半年")
_QUARTER = re.compile(r"((?:19|20)\d\d)\s*年\s*第?\s*([一二三四1-4])\s*季度")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# 2024年底前启动,2025年底前完成: the work is due when it is to be finished, not started
_STARTED_THEN_FINISHED = re.compile(r"(?:启动|开工|开始)[,,;;]\s*(?P<finish>[^,,;;]+?(?:完成|建成|到位|竣工))")
# 2024年5月至12月: a period of work, no single time limit
_PERIOD = re.compile(r"月\s*(?:至|到|—|-|~|～)\s*(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月")


@dataclass(frozen=True)
class ParsedDate:
    value: str | None  # ISO date, or None when ambiguous
    printed: str
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.value is None and len(self.candidates) > 1

    def for_export(self) -> str | None:
        digits = re.sub(r"\D", "", self.printed) or re.sub(r"\s", "", self.printed)  # 二〇二四年四月十 日 has none
        return f"ambiguous:{digits}" if self.ambiguous else self.value


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _cn_number(text: str) -> int | None:
    """二十四 → 24; None for numerals that are no number (十十, 十一十), which the pattern admits."""
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def parse_date(text: str) -> ParsedDate | None:
    """The first full date in ``text``, or a damaged all-digit signature date when ``text`` is one."""
    m = _FULL.search(text)
    if m:
        month, day = (int(m.group(n).translate(_OCR_DIGITS)) for n in (2, 3))
        value = _iso(int(m.group(1)), month, day)
        return ParsedDate(value, m.group(0), (value,) if value else ()) if value else None
    m = _CN_FULL.search(text)
    if m:
        return _cn_date(m)
    return parse_damaged_date(text)


def _cn_date(m: re.Match[str]) -> ParsedDate | None:
    """A Chinese-numeral date; a space standing in for a lost numeral (``四月十 日``: 10–19)
    gives every reading, so the date is ambiguous unless one alone is a real date."""
    year = int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))
    candidates: list[str] = []
    for month in _cn_readings(m, 2):
        for day in _cn_readings(m, 3):
            value = _iso(year, month, day)
            if value and value not in candidates:
                candidates.append(value)
    if not candidates:
        return None
    return ParsedDate(candidates[0] if len(candidates) == 1 else None, m.group(0), tuple(candidates))


def _cn_readings(m: re.Match[str], group: int) -> list[int]:
    """The numbers a month or day numeral may stand for: itself, and when the only space in
    the printed date sits between it and its 月/日, also itself with one numeral lost there."""
    numeral = m.group(group)
    spaces = re.findall(r"\s+", m.group(0))
    gap = m.string[m.end(group) : m.end(group) + 1]
    spellings = [numeral]
    if len(spaces) == 1 and gap.isspace():
        spellings += [numeral + lost for lost in "一二三四五六七八九十"]
    return [n for n in map(_cn_number, spellings) if n]


def parse_damaged_date(text: str) -> ParsedDate | None:
    """``202467`` → 2024-06-07; ``202412月26日`` → 2024-12-26; ``2024116`` → ambiguous (01-16 or 11-06)."""
    m = _DAMAGED.match(text)
    if not m:
        return None
    year, rest = int(m.group("year")), m.group("rest")
    if m.group("month"):
        splits = [(m.group("month"), rest)]  # a surviving 月 fixes the split
    else:
        splits = [(rest[:cut], rest[cut:]) for cut in range(1, len(rest))]
    candidates: list[str] = []
    for month, day in splits:
        if len(month) > 2 or len(day) > 2 or month.startswith("0") and len(month) == 1:
            continue
        value = _iso(year, int(month), int(day))
        if value and value not in candidates:
            candidates.append(value)
    if not candidates:
        return None
    value = candidates[0] if len(candidates) == 1 else None
    return ParsedDate(value, text.strip(), tuple(candidates))


# A time limit printed inside a task's text: 问题户厕6月底前全部整改到位, 2024年8月底前投入使用.
_DEADLINE_IN_TEXT = re.compile(
    r"(?:(?:19|20)\d\d\s*年\s*)?(?<![\d个])\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|上旬|中旬|下旬)?\s*前"
    r"|(?:19|20)\d\d\s*年\s*(?:底|末)\s*前"
)


def deadline_in_text(text: str) -> str | None:
    """The first time limit (``…前``) a task's own text prints, as printed."""
    m = _DEADLINE_IN_TEXT.search(text)
    return re.sub(r"\s+", "", m.group(0)) if m else None


def parse_deadline(text: str, year: int | None = None) -> str | None:
    """完成时限 as an ISO date: a full date, or the last day of ``YYYY年M月(底)``, ``YYYY年底``, a half
    year or a quarter; given the plan's ``year``, also ``M月D日``, ``M月(底)`` and ``年内`` printed
    without one. None otherwise, and for a period (``5月至12月``)."""
    finished = _STARTED_THEN_FINISHED.search(text)
    text = finished.group("finish") if finished else text
    full = parse_date(text)
    if full and full.value:
        return full.value
    if _PERIOD.search(text):
        return None
    part = _part_of_year(text, year)
    if part:
        return part
    m = _YEAR_MONTH.search(text)
    if m:
        return _month_end(int(m.group(1)), int(m.group(2)), m.group(3))
    end_of_year = _YEAR_END.search(text)
    if end_of_year:
        return _iso(int(end_of_year.group(1)), 12, 31)
    return _without_year(text, year) if year else None


def _part_of_year(text: str, year: int | None) -> str | None:
    """The last day of a half year (上半年, of the plan's year when printed without one), a quarter
    (第三季度) or, for 年内 / 年底前, of the plan's year."""
    m = _HALF_YEAR.search(text)
    half_year = int(m.group(1)) if m and m.group(1) else year
    if m and half_year:
        return _iso(half_year, 6 if m.group(2) == "上" else 12, 30 if m.group(2) == "上" else 31)
    m = _QUARTER.search(text)
    if m:
        return _month_end(int(m.group(1)), 3 * _QUARTER_NUMBER[m.group(2)], None)
    return _iso(year, 12, 31) if year and text.strip().startswith(("年内", "年底", "年末")) else None


def _without_year(text: str, year: int) -> str | None:
    m = _MONTH_DAY.search(text)
    if m:
        return _iso(year, int(m.group(1)), int(m.group(2)))
    m = _MONTH.search(text)
    return _month_end(year, int(m.group(1)), m.group(2)) if m else None


def _month_end(year: int, month: int, part: str | None) -> str | None:
    """The deadline a month names: its 10th (上旬), 20th (中旬) or last day."""
    if not 1 <= month <= 12:
        return None
    if part == "上旬":
        return _iso(year, month, 10)
    if part == "中旬":
        return _iso(year, month, 20)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).isoformat()
