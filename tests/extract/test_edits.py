"""Edit items of amendment lines (``将…修改为…`` / ``删…`` / ``增加…``)."""

from __future__ import annotations

from policykg.extract.edits import is_edit_line, parse_edits


def items(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.old, e.new) for e in parse_edits(text, 7)]


def test_quoted_wording_replaced() -> None:
    assert items("1.将第五条第一款、第六条中“市城管委”修改为“市城管局”。") == [("replace", "市城管委", "市城管局")]


def test_several_wordings_replaced_respectively() -> None:
    assert items("4.将全文中的“市农委”“市林业局”分别修改为“市农业农村局”“市园林局”") == [
        ("replace", "市农委", "市农业农村局"),
        ("replace", "市林业局", "市园林局"),
    ]


def test_several_edits_on_one_line_split_at_commas_outside_quotes() -> None:
    assert items("7.将附件中的“张三”“李四”统一修改为“王五”,“赵六”修改为“钱七”,删去全文中的“、市某局”。") == [
        ("replace", "张三", "王五"),
        ("replace", "李四", "王五"),
        ("replace", "赵六", "钱七"),
        ("delete", "、市某局", None),
    ]


def test_whole_provision_replaced_by_new_wording() -> None:
    assert items("1.将第一条修改为:“为规范示例市停车管理,根据有关规定,制定本办法。”") == [
        ("replace", "第一条", "为规范示例市停车管理,根据有关规定,制定本办法")
    ]


def test_deletion_of_quoted_wording_and_of_a_provision() -> None:
    assert items("2.删第一条中“《示例物权法》”。") == [("delete", "《示例物权法》", None)]
    assert items("4.删第三部分(三)。") == [("delete", "第三部分(三)", None)]


def test_insertion() -> None:
    assert items("4.增加“市医保局”作为第三部分(九)责任单位") == [("insert", None, "市医保局")]


def test_edit_items_carry_the_line_given() -> None:
    assert {e.line for e in parse_edits("1.删第八条。", 7)} == {7}


def test_document_item_is_no_edit_line() -> None:
    assert is_edit_line("3.将第四条修改为“…”")
    assert not is_edit_line("(二)《示例市停车管理办法》(示政规〔2020〕1号)。")


def test_provision_named_first_and_deleted_after_a_comma_is_a_second_edit() -> None:
    assert items("第五条中的“市林业局”修改为“市园林绿化局”,第八条第三款删除。") == [
        ("replace", "市林业局", "市园林绿化局"),
        ("delete", "第八条第三款", None),
    ]
    assert items("2.将第六条删除。") == [("delete", "第六条", None)]
