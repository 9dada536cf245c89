from __future__ import annotations

from policykg.extract.dates import deadline_in_text, parse_date, parse_deadline


def test_full_and_chinese_numeral_dates_parse() -> None:
    assert parse_date("2020年12月24日").value == "2020-12-24"
    assert parse_date("二〇二〇年十二月二十四日").value == "2020-12-24"


def test_digits_only_signature_date_with_one_reading() -> None:
    assert parse_date("202467").value == "2024-06-07"
    assert parse_date("20241121").value == "2024-11-21"


def test_digits_only_signature_date_with_two_readings_is_ambiguous() -> None:
    parsed = parse_date("2024116")
    assert parsed.value is None and parsed.ambiguous
    assert parsed.for_export() == "ambiguous:2024116"
    assert parsed.candidates == ("2024-01-16", "2024-11-06")


def test_surviving_month_mark_fixes_the_split_when_year_mark_is_lost() -> None:
    parsed = parse_date("202412月26日")
    assert (parsed.value, parsed.printed) == ("2024-12-26", "202412月26日")


def test_year_alone_or_impossible_digits_are_not_dates() -> None:
    assert parse_date("2019年") is None
    assert parse_date("20201") is None
    assert parse_date("2024年13月40日") is None


def test_deadline_month_end_and_ten_day_parts() -> None:
    assert parse_deadline("2021年6月底前完成") == "2021-06-30"
    assert parse_deadline("2024年2月") == "2024-02-29"
    assert parse_deadline("2021年3月上旬") == "2021-03-10"


def test_letters_ocr_read_for_digits_inside_a_date_are_figures() -> None:
    assert parse_date("2023年5月l2日").value == "2023-05-12"
    assert parse_date("2023年I0月8日").value == "2023-10-08"
    assert parse_date("2023年l月O日") is None  # day 0 is no date


def test_space_standing_for_a_lost_chinese_numeral_gives_every_reading() -> None:
    parsed = parse_date("二〇二四年四月十 日")
    assert parsed.ambiguous and parsed.candidates == tuple(f"2024-04-{d}" for d in range(10, 20))
    assert parsed.for_export() == "ambiguous:二〇二四年四月十日"


def test_chinese_numeral_date_spaced_at_every_joint_lost_nothing() -> None:
    assert parse_date("二〇二四年 四月 十日").value == "2024-04-10"


def test_end_of_a_year_deadline_is_its_last_day() -> None:
    assert parse_deadline("2024年底前") == "2024-12-31"
    assert parse_deadline("2025年末") == "2025-12-31"


def test_deadline_without_a_year_falls_in_the_plans_year() -> None:
    assert parse_deadline("6月底前", 2024) == "2024-06-30"
    assert parse_deadline("9月1日前", 2024) == "2024-09-01"
    assert parse_deadline("2月底", 2024) == "2024-02-29"
    assert parse_deadline("6月底前") is None
    assert parse_deadline("6个月内", 2024) is None and parse_deadline("常态化", 2024) is None


def test_time_limit_inside_a_tasks_text_is_found_as_printed() -> None:
    assert deadline_in_text("新建示例公园2处,9月1日前投入使用。") == "9月1日前"
    assert deadline_in_text("2024年8月底前完成示例河道整治。") == "2024年8月底前"
    assert deadline_in_text("对2019年以来建成的设施开展排查,每6个月前报告一次。") is None


def test_half_years_quarters_and_within_the_year_end_on_their_last_day() -> None:
    assert parse_deadline("2024年上半年") == "2024-06-30"
    assert parse_deadline("2024年第三季度") == "2024-09-30"
    assert parse_deadline("2024年四季度") == "2024-12-31"
    assert parse_deadline("年内", 2024) == "2024-12-31"


def test_a_period_of_months_or_a_holiday_is_no_single_deadline() -> None:
    assert parse_deadline("2024年5月至12月") is None
    assert parse_deadline("2025年春节前") is None


def test_half_year_or_year_end_without_a_year_falls_in_the_plans_year() -> None:
    assert parse_deadline("上半年", 2024) == "2024-06-30"
    assert parse_deadline("年底前", 2024) == "2024-12-31"
    assert parse_deadline("上半年") is None


def test_work_started_then_finished_is_due_when_finished() -> None:
    assert parse_deadline("2024年底前启动,2025年底前完成") == "2025-12-31"
    assert parse_deadline("3月底前开工,9月底前建成", 2024) == "2024-09-30"
