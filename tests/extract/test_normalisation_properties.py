"""Properties of document-number and date normalisation, on arbitrary and on number-like text:
they never crash, never output a year or number whose digits the input lacks, and normalising
what they output gives it back unchanged."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from policykg.extract.dates import parse_damaged_date, parse_date, parse_deadline
from policykg.extract.doc_number import find_doc_numbers, government_order, parse_doc_number
from policykg.extract.normalize import normalize

# Chinese numerals, and the letters OCR prints for digits (read as figures by design).
CN_DIGITS = dict(zip("〇○零O一二三四五六七八九lI", "0000123456789" + "11"))

# Pieces that printed numbers and dates are made of, damaged ones included, so that generated
# text reaches the interesting branches far more often than random characters would.
PIECES = [
    "示", "政", "发", "办", "函", "规", "咸", "令", "根据", "印发", "的", "人民政府", "人民政府令", "第", "号",
    "〔", "〕", "[", "]", "(", ")", "【", "】", "（", "）", "﹝", "﹞", " ", "\n", "\u3000",
    "2024", "2019", "1998", "20", "19", "0", "1", "5", "6", "7", "12", "31", "116", "467", "99999", "２０２４", "٣",
    "年", "月", "日", "底", "上旬", "中旬", "下旬", "〇", "○", "零", "一", "二", "三", "九", "十", "二十", "十二",
    "l", "I", "O",
]
number_like = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
any_text = st.one_of(st.text(max_size=60), number_like)
PROPERTY_SETTINGS = settings(max_examples=400, deadline=None)


def digits_of(text: str) -> str:
    """The digits ``text`` holds, as ASCII, with a break wherever a non-digit stands: full-width
    and other Unicode decimals, Chinese numerals and OCR's l, I and O count as the digits they are."""
    out = []
    for char in text:
        if char in CN_DIGITS:
            out.append(CN_DIGITS[char])
        elif char.isdecimal():
            out.append(str(unicodedata.decimal(char)))
        else:
            out.append(" ")
    return "".join(out)


def has_digits(text: str, value: int) -> bool:
    """``value``'s digits stand together in one run of digits of ``text`` (``05`` holds 5)."""
    return any(str(value) in run for run in digits_of(text).split())


# -- document numbers ---------------------------------------------------------------------------
@PROPERTY_SETTINGS
@given(any_text)
@example("咸政发〔20246")
@example("根据咸政发〔2024〕6号和示政办函[2019]12号")
def test_doc_numbers_never_crash_and_never_invent_a_year_or_number(text: str):
    for found in find_doc_numbers(text):
        assert text[found.start:found.end].strip() == found.printed
        assert has_digits(found.printed, found.year), (found, text)
        assert has_digits(found.printed, found.number), (found, text)
        assert re.fullmatch(r"\S+〔\d{4}〕\d+号", found.normalized)


@PROPERTY_SETTINGS
@given(any_text)
@example("咸政办发202131号")
@example("示政发(2024)05号")
def test_a_normalised_doc_number_normalises_to_itself(text: str):
    for found in find_doc_numbers(text):
        again = parse_doc_number(found.normalized, whole=True)
        assert again is not None, found
        assert (again.normalized, again.year, again.number, again.repaired) == (found.normalized, found.year, found.number, False)


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=6), any_text)
def test_government_orders_never_invent_a_number_and_normalise_to_themselves(place: str, text: str):
    order = government_order(text, f"{place}人民政府")
    if order is None:
        return
    assert has_digits(text, order.number)
    again = government_order(order.normalized, None)
    assert again is not None and again.normalized == order.normalized


# -- dates --------------------------------------------------------------------------------------
def _check_no_invented_date(printed: str, iso: str) -> None:
    year, month, day = map(int, iso.split("-"))
    assert has_digits(printed, year), (printed, iso)
    if "十" not in printed:  # 十二 is 12 with no 1 printed; elsewhere every digit is printed
        assert has_digits(printed, month) and has_digits(printed, day), (printed, iso)


@PROPERTY_SETTINGS
@given(any_text)
@example("二〇二〇年十十月一日")
@example("2024116")
@example("202412月26日")
def test_dates_never_crash_and_never_invent_a_year_month_or_day(text: str):
    parsed = parse_date(text)
    if parsed is not None:
        assert parsed.printed in text
        for candidate in {parsed.value, *parsed.candidates} - {None}:
            _check_no_invented_date(parsed.printed, candidate)
        assert parsed.value is None or parsed.value in parsed.candidates
    parse_damaged_date(text)
    deadline = parse_deadline(text)
    if deadline is not None:
        assert has_digits(text, int(deadline[:4]))


@PROPERTY_SETTINGS
@given(any_text)
@example("2020年12月24日")
@example("二〇二〇年十二月二十四日")
@example("202467")
def test_reading_a_read_date_again_gives_the_same_date(text: str):
    parsed = parse_date(text)
    if parsed is None:
        return
    assert parse_date(parsed.printed) == parsed
    if parsed.value:
        year, month, day = map(int, parsed.value.split("-"))
        assert parse_date(f"{year}年{month}月{day}日").value == parsed.value


@PROPERTY_SETTINGS
@given(any_text)
@example("2024年6月底")
@example("2024年2月中旬")
def test_a_deadline_written_out_again_reads_as_the_same_deadline(text: str):
    deadline = parse_deadline(text)
    if deadline is None:
        return
    year, month, day = map(int, deadline.split("-"))
    assert parse_deadline(f"{year}年{month}月{day}日") == deadline


# -- text normalisation -------------------------------------------------------------------------
@PROPERTY_SETTINGS
@given(st.text(max_size=80))
@example("a\r\nb\rc\x00\u3000（１）")
def test_text_normalisation_keeps_the_length_and_is_idempotent(text: str):
    once = normalize(text)
    assert len(once) == len(text)
    assert normalize(once) == once
