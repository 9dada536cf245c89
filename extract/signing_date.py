"""A damaged signature date decided by what else the text says about when the document was made.

A signature printed ``2023117`` (01-17 or 11-07) or ``二〇二四年四月十 日`` (10–19) is ambiguous on
its own. Two facts outside the signature can settle it without guessing:

- a web page's disclosure block prints the document's 成文日期, which is its signing date;
- a document is signed no earlier than the meeting its own text says approved it
  (``经2023年11月3日市人民政府第32次常务会议研究同意``).

A reading is chosen only when exactly one candidate survives; otherwise the date stays ambiguous
(with the candidates that remain).
"""

from __future__ import annotations

import re
from dataclasses import replace

from policykg.extract.dates import ParsedDate, parse_date

_ISO_LIKE = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\s*$")
_DATE = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_APPROVED = re.compile(
    rf"(?:于|经)\s*(?P<date>{_DATE})\s*(?:召开的|经)?[^。;;]{{0,40}}?会议[^。;;]{{0,12}}?(?:审议|研究|讨论)?(?:通过|同意|决定|审定)"
)


def decide(printed: ParsedDate | None, written: str | None, text: str) -> tuple[ParsedDate | None, str | None]:
    """The signature date, narrowed by the metadata's 成文日期 (``written``) and by approval
    meetings in ``text``, and the reason when the narrowing decided it."""
    if printed is None or not printed.ambiguous:
        return printed, None
    approved = _latest_approval(text)
    possible = [c for c in printed.candidates if approved is None or c >= approved]
    reason = f"approved at a meeting on {approved}" if approved else None
    metadata = _iso(written)
    if metadata in possible:
        possible, reason = [metadata], f"成文日期 {metadata} in the page's metadata"
    if not possible or possible == list(printed.candidates):
        return printed, None
    if len(possible) > 1:
        return replace(printed, candidates=tuple(possible)), None
    return replace(printed, value=possible[0], candidates=tuple(possible)), reason


def _latest_approval(text: str) -> str | None:
    dates = [parsed.value for m in _APPROVED.finditer(text) if (parsed := parse_date(m.group("date"))) and parsed.value]
    return max(dates, default=None)


def _iso(value: str | None) -> str | None:
    m = _ISO_LIKE.match(value or "")
    if not m:
        return None
    parsed = parse_date(f"{m.group('y')}年{m.group('m')}月{m.group('d')}日")
    return parsed.value if parsed else None
