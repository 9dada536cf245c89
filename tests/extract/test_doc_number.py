from __future__ import annotations

from policykg.extract.doc_number import find_doc_numbers, government_order, parse_doc_number


def test_bracket_variants_normalise_to_hexagonal_brackets() -> None:
    for printed in ("示政发[2013]5号", "示政发(2013)5号", "示政发【2013】5号", "示政发〔2013〕5号"):
        found = parse_doc_number(printed)
        assert found.normalized == "示政发〔2013〕5号", printed
    assert not parse_doc_number("示政发〔2013〕5号").repaired


def test_lost_closing_bracket_and_hao_is_repaired_and_flagged() -> None:
    found = parse_doc_number("示政办函〔202410", whole=True)
    assert (found.normalized, found.printed, found.repaired) == ("示政办函〔2024〕10号", "示政办函〔202410", True)


def test_same_number_in_different_series_stays_distinct() -> None:
    numbers = [n.normalized for n in find_doc_numbers("根据示政发〔2024〕6号和示政办发〔2024〕6号的规定")]
    assert numbers == ["示政发〔2024〕6号", "示政办发〔2024〕6号"]


def test_clause_words_before_a_number_are_not_its_series() -> None:
    assert parse_doc_number("按照示政规〔2020〕5号执行").series == "示政规"


def test_bare_order_number_takes_the_issuer_heading() -> None:
    order = government_order("第43号", "示例市人民政府")
    assert (order.normalized, order.printed) == ("示例市人民政府令第43号", "第43号")
    assert government_order("示例市人民政府令第7号", None).normalized == "示例市人民政府令第7号"
    assert government_order("第43号", None) is None


def test_whole_requires_nothing_else_on_the_line() -> None:
    assert parse_doc_number("见示政发〔2020〕3号文件", whole=True) is None


def test_whole_print_with_an_unfamiliar_series_ending_is_a_number() -> None:
    assert parse_doc_number("示政人[2022]3号", whole=True).normalized == "示政人〔2022〕3号"
    assert parse_doc_number("示财预〔2021〕12号", whole=True).normalized == "示财预〔2021〕12号"


def test_damaged_print_with_an_unfamiliar_series_ending_is_not_a_number() -> None:
    assert parse_doc_number("截至2022年3号", whole=True) is None
    assert parse_doc_number("示政人〔20223") is None


def test_number_printed_in_round_brackets_under_a_title_is_a_whole_number() -> None:
    assert parse_doc_number("(示政规〔2023〕1号)", whole=True).normalized == "示政规〔2023〕1号"
    assert parse_doc_number("(2023年4月20日)", whole=True) is None


def test_letter_ocr_read_for_a_digit_before_hao_is_repaired_and_flagged() -> None:
    found = parse_doc_number("示建函〔2022〕7l号", whole=True)
    assert (found.normalized, found.printed, found.repaired) == ("示建函〔2022〕71号", "示建函〔2022〕7l号", True)


def test_letter_o_in_a_bracketed_year_is_a_zero_and_flagged() -> None:
    found = parse_doc_number("示政办发〔2O24〕15号", whole=True)
    assert (found.normalized, found.printed, found.repaired) == ("示政办发〔2024〕15号", "示政办发〔2O24〕15号", True)


def test_order_number_printed_with_ling_last_names_its_own_issuer() -> None:
    order = government_order("示例市人民政府第5号令", "别的人民政府")
    assert (order.normalized, order.printed) == ("示例市人民政府令第5号", "示例市人民政府第5号令")
