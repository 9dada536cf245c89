from __future__ import annotations

from policykg.extract.validity import read_validity


def test_effective_from_issue_with_years_runs_from_signing_date() -> None:
    found = read_validity("第十条 本办法自印发之日起施行,有效期5年。", "2024-03-01")
    assert (found.effective_date, found.expiry_date) == ("2024-03-01", "2029-02-28")


def test_printed_start_date_and_expiry_date() -> None:
    found = read_validity("本通知自2021年3月1日起施行,有效期至2023年12月31日。", None)
    assert (found.effective_date, found.expiry_date) == ("2021-03-01", "2023-12-31")


def test_chinese_numeral_years() -> None:
    assert read_validity("本方案有效期三年。", "2020-01-01").expiry_date == "2022-12-31"


def test_quoted_amendment_and_other_documents_are_not_this_validity() -> None:
    text = "将“本措施自印发之日起施行,有效期5年”修改为“本措施有效期3年”。示政规〔2017〕8号延长有效期至2025年12月31日。"
    assert read_validity(text, "2024-01-01") is None
