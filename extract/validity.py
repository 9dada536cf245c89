"""When a document takes effect and when it lapses: 施行 / 有效期 clauses.

Read forms: ``自印发(公布、发布)之日起施行`` (effective on the signing date), ``自2024年4月1日起施行``
(实施 / 执行, 从…起 too), ``有效期5年`` / ``有效期暂定3年`` (expiry = effective date + N years − 1
day) and ``有效期至2025年12月31日``. Clauses quoted inside another text (an amendment's
“将…修改为…”) or about another document (延长…有效期, 废止) are not this document's validity.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from policykg.extract.dates import parse_date

_CN_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_SENTENCE = re.compile(r"[^。;;\n]+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_ABOUT_OTHERS = re.compile(r"延长|修改为|废止|《")
_FROM_ISSUE = re.compile(r"自(印发|公布|发布|颁布)之日起(施行|实施|执行|生效)")
_FROM_DATE = re.compile(r"[自从]\s*(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起(施行|实施|执行|生效)")
_YEARS = re.compile(r"有效期(?:暂定|为)?\s*(?P<n>\d{1,2}|[一两二三四五六七八九十])\s*年")
_UNTIL = re.compile(r"有效期(?:暂定)?至\s*(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


@dataclass(frozen=True)
class Validity:
    effective_date: str | None
    expiry_date: str | None
    as_printed: str
    start: int  # offset of the clause in the text it was read from


def _add_years(iso: str, years: int) -> str:
    day = dt.date.fromisoformat(iso)
    try:
        later = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        later = day.replace(year=day.year + years, day=28)
    return (later - dt.timedelta(days=1)).isoformat()


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _CN_COUNT[text]


def read_validity(text: str, signed: str | None) -> Validity | None:
    """The first validity clause of ``text`` (one document); ``signed`` is its ISO signing date."""
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    for sentence in _SENTENCE.finditer(unquoted):
        clause = sentence.group(0)
        if _ABOUT_OTHERS.search(clause):
            continue
        found = _clause_validity(clause, signed)
        if found:
            effective, expiry = found
            return Validity(effective, expiry, text[sentence.start() : sentence.end()].strip(), sentence.start())
    return None


def _clause_validity(clause: str, signed: str | None) -> tuple[str | None, str | None] | None:
    effective = None
    from_issue, from_date = _FROM_ISSUE.search(clause), _FROM_DATE.search(clause)
    if from_date:
        parsed = parse_date(from_date.group("date"))
        effective = parsed.value if parsed else None
    elif from_issue:
        effective = signed
    years, until = _YEARS.search(clause), _UNTIL.search(clause)
    if not (from_issue or from_date or years or until):
        return None
    expiry = None
    if until:
        parsed = parse_date(until.group("date"))
        expiry = parsed.value if parsed else None
    elif years and (effective or signed):
        # 有效期N年 without a start date runs from the signing date, the default of the genre.
        expiry = _add_years(effective or signed or "", _count(years.group("n")))
    return effective, expiry
