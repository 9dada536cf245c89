"""发文字号: find, normalise to ``…〔YYYY〕N号`` and repair damaged print.

Printed forms seen: ``咸政规〔2020〕5号``, ``[2013]``/``(2013)``/``【2013】`` brackets, a lost closing
bracket and 号 (``咸政发〔20246`` → 咸政发〔2024〕6号), lost brackets (``咸政办发202131号``), and
government orders printed as a bare ``第43号`` under the issuer's 令 heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = "\u4e00-\u9fff"
_OPEN = "〔[(【［（﹝"
_CLOSE = "〕])】］）﹞"
_NUMBER = re.compile(
    rf"(?P<series>[{_CJK}]{{1,12}})\s*"
    rf"(?:(?P<open>[{re.escape(_OPEN)}])\s*(?P<year>(?:19|2[0O])[\dlIO]{{2}})\s*(?P<close>[{re.escape(_CLOSE)}])?"
    rf"|(?P<bare_year>(?:19|20)\d\d))"
    rf"\s*(?P<num>[\dlIO]{{1,4}}(?=\s*号)|\d{{1,4}})\s*(?P<hao>号)?"
)
# Letters OCR reads for digits (〔2022〕7l号, 〔2O24〕): in a bracketed year and between the year
# and 号 they can only be figures.
_OCR_DIGITS = str.maketrans("lIO", "110")
_ORDER = re.compile(rf"^(?P<issuer>[{_CJK}]*人民政府令)?\s*第\s*(?P<num>\d{{1,4}})\s*号$")
# The issuer's name run into the number, 令 last: 示例市人民政府第5号令.
_ORDER_SUFFIXED = re.compile(rf"^(?P<issuer>[{_CJK}]{{2,30}}?)\s*第\s*(?P<num>\d{{1,4}})\s*号令$")
# Series names of damaged prints end in one of these characters (咸政发, 鄂政办函, 咸政规, 国发, 交办运 …).
_SERIES_END = set("发函规字令办告电通复报决议纪运")
# Words that end a clause before a number starts: "根据咸政发…" must give 咸政发, not 根据咸政发.
_LEADING_NOISE = re.compile(r"^.*(?:根据|依据|按照|参照|印发|公布|见|经|的|和|及|与|以|自|为|在|由|即)")


@dataclass(frozen=True)
class DocNumber:
    normalized: str
    printed: str
    series: str
    year: int | None
    number: int
    repaired: bool = False
    start: int = 0
    end: int = 0


_WRAPPED = re.compile(r"^\s*[((]\s*(?P<inner>.*?)\s*[))]\s*$")


def parse_doc_number(text: str, *, whole: bool = False) -> DocNumber | None:
    """The first document number in ``text`` (``whole``: the text must be only the number,
    possibly in one pair of round brackets, as printed under a title: ``(X政规〔2023〕1号)``)."""
    if whole:
        wrapped = _WRAPPED.match(text)
        text = wrapped.group("inner") if wrapped else text
    for found in find_doc_numbers(text):
        if whole and (text[: found.start].strip() or text[found.end :].strip()):
            continue
        return found
    return None


def find_doc_numbers(text: str) -> list[DocNumber]:
    """Every document number in ``text``, normalised, in order."""
    found: list[DocNumber] = []
    for m in _NUMBER.finditer(text):
        raw_series = m.group("series")
        series = _trim_series(raw_series)
        year = (m.group("year") or m.group("bare_year")).translate(_OCR_DIGITS)
        bracketed = m.group("year") is not None
        whole_print = bracketed and m.group("close") and m.group("hao")
        # Series endings vary by office (云政人, 财预, 环审 …): a whole print vouches for any series;
        # a damaged one needs an ending we know.
        if len(series) < 2 or not (whole_print or series[-1] in _SERIES_END):
            continue
        if not bracketed and not m.group("hao"):
            continue  # series + digits with neither brackets nor 号 is too weak to call a number
        if bracketed and not m.group("close") and not m.group("hao") and _digit_follows(text, m.end()):
            continue
        start = m.start("series") + len(raw_series) - len(series)
        # A number printed with both brackets and 号 is whole; anything else was rebuilt by us.
        num = m.group("num").translate(_OCR_DIGITS)
        repaired = not whole_print or num != m.group("num") or year != m.group("year")
        found.append(
            DocNumber(
                f"{series}〔{year}〕{int(num)}号",
                text[start : m.end()].strip(),
                series,
                int(year),
                int(num),
                repaired,
                start,
                m.end(),
            )
        )
    return found


def _digit_follows(text: str, index: int) -> bool:
    return index < len(text) and text[index].isdigit()


def _trim_series(series: str) -> str:
    trimmed = _LEADING_NOISE.sub("", series)
    return trimmed[-8:]


def government_order(text: str, issuer: str | None) -> DocNumber | None:
    """A government order's number, ``咸宁市人民政府令第43号``, from ``第43号`` under the issuer
    or from ``咸宁市人民政府第43号令`` as some orders print it."""
    printed = text.strip()
    suffixed = _ORDER_SUFFIXED.match(printed)
    if suffixed:
        return _order(f"{suffixed.group('issuer')}令", suffixed.group("num"), printed)
    m = _ORDER.match(printed)
    if not m:
        return None
    who = m.group("issuer") or (f"{issuer}令" if issuer else None)
    return _order(who, m.group("num"), printed) if who else None


def _order(who: str, num: str, printed: str) -> DocNumber:
    number = int(num)
    return DocNumber(f"{who}第{number}号", printed, who, None, number, False, 0, len(printed))
