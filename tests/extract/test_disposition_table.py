from policykg.extract.disposition_table import dispositions, goes_into, renamed_to
from policykg.extract.lines import lines_of

TABLE = """经清理,市级议事协调机构精简如下:
序号 | 机构名称 | 处理意见 | 办公室设置 | 备注 |
1 | 示例市安全生产委员会 | 保留 | 市应急管理局 | |
2 | 示例市大数据发展领导小组 | 更名 | 市数据局 | 更名为示例市数字示例建设领导小组 |
3 | 示例市爱国卫生运动委员会 | 合并 | — | 与序号4合并,组建示例市爱国卫生和城乡环境整治委员会,不再保留 |
4 | 示例市创建国家卫生城市工作指挥部 | 撤销 | — | 其职责划入示例市爱国卫生和城乡环境整治委员会 |
5 | 示例市物流业发展联席会议 | 撤销 | — | 相关工作由市商务局承担 |

三、规范设置
"""


def test_rows_of_a_table_deciding_the_fate_of_bodies():
    rows = [row for rows in dispositions(lines_of(TABLE)).values() for row in rows]
    assert [(r.name, r.decision, r.office) for r in rows] == [
        ("示例市安全生产委员会", "保留", "市应急管理局"),
        ("示例市大数据发展领导小组", "更名", "市数据局"),
        ("示例市爱国卫生运动委员会", "合并", None),
        ("示例市创建国家卫生城市工作指挥部", "撤销", None),
        ("示例市物流业发展联席会议", "撤销", None),
    ]
    assert TABLE[rows[0].start :].startswith("示例市安全生产委员会")


def test_a_row_renames_or_folds_its_body_only_when_the_remark_says_into_what():
    rows = [row for rows in dispositions(lines_of(TABLE)).values() for row in rows]
    assert renamed_to(rows[1]) == "示例市数字示例建设领导小组" and renamed_to(rows[0]) is None
    assert goes_into(rows[2]) == goes_into(rows[3]) == "示例市爱国卫生和城乡环境整治委员会"
    assert goes_into(rows[4]) is None  # its work goes to an agency; the body is simply abolished


def test_a_table_without_a_decision_column_is_no_disposition_table():
    assert dispositions(lines_of("序号 | 机构名称 | 办公室设置 |\n1 | 示例市安全生产委员会 | 市应急管理局 |")) == {}


def test_a_column_of_names_after_the_change_renames_and_merges():
    table = (
        "| 序号 | 原机构名称 | 调整情况 | 调整后机构名称 | 办公室设在 |\n"
        "| 1 | 示例州安全生产委员会 | 保留 | 同左 | 州应急管理局 |\n"
        "| 2 | 示例州森林防火指挥部 | 更名 | 示例州森林草原防灭火指挥部 | 州林业局 |\n"
        "| 3 | 示例州全域旅游发展领导小组 | 合并 | 示例州文化旅游产业发展领导小组 | 州文体广电旅游局 |\n"
        "| 4 | 示例州金融工作领导小组 | 撤销 | — | — |\n"
    )
    rows = [row for rows in dispositions(lines_of(table)).values() for row in rows]
    assert [renamed_to(r) for r in rows] == [None, "示例州森林草原防灭火指挥部", None, None]
    assert [goes_into(r) for r in rows] == [None, None, "示例州文化旅游产业发展领导小组", None]
    assert rows[0].office == "州应急管理局" and rows[3].office is None


def test_a_cell_naming_several_bodies_gives_each_the_rows_fate():
    table = (
        "| 序号 | 原机构名称 | 调整后机构名称 | 调整方式 | 备注 |\n"
        "| 1 | 示例镇社会事务办公室、示例镇民政办公室 | 示例镇社会事务和民生保障办公室 | 整合 | 不再保留原机构 |\n"
        "| 2 | — | 示例镇退役军人服务站 | 新设 |  |\n"
    )
    rows = dispositions(lines_of(table))
    (first, second) = rows.values()
    assert [(r.name, renamed_to(r)) for r in first] == [
        ("示例镇社会事务办公室", "示例镇社会事务和民生保障办公室"), ("示例镇民政办公室", "示例镇社会事务和民生保障办公室"),
    ]
    assert second[0].new_name == "示例镇退役军人服务站"
