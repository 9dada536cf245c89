"""Tasks of 示例市 plans: numbered paragraphs with their section path, and flattened task tables."""

from __future__ import annotations

from policykg.extract.tasks import find_tasks, heading_label

PLAN = """示例市城区绿化实施方案

一、重点任务

(一)补齐绿地短板。

1.建设口袋公园。新建口袋公园10个。(牵头单位:市住建局;责任单位:市财政局)

2.改造老旧绿地。(牵头单位:市林业局)
"""

BLOCK_TABLE = """附件

示例市绿化工作任务分工表

任务清单

目标要求

完成时限

责任单位

备注

1.建设口袋公园

新建口袋公园10个,完成选址与设计。

2024年

市住建局、市财政局,各县市
区人民政府

每区不少于2个

改造老旧绿地。

2025年-2026年每年实施

2.完善管护机制

建立绿地巡查制度。

长期

市林业局
"""

PIPE_TABLE = """工 作 任 务 |
工作举措 |
牵头单位 |
责任单位 |
|
(一)以改革创一流环境 |
1.深化改革 |
(1)推进示例改革,落实考核。 |
市国资中心 |
市财政局、示例银行 示例支行 |
||
工作任务 |
工作举措 |
牵头单位 |
责任单位 |
(2)完善示例制度。 |
市发改局 |
各相关单位 |
"""


def test_heading_labels_and_their_levels() -> None:
    assert heading_label("一、总体要求") == (1, "一、")
    assert heading_label("(二)主要目标。") == (2, "(二)")
    assert heading_label("3.建立项目库。") == (3, "3.")
    assert heading_label("(4)加强宣传。") == (4, "(4)")
    assert heading_label("2.5亿元用于示例工程") is None


def test_numbered_paragraph_has_label_title_and_section_path() -> None:
    tasks = [t for t in find_tasks(PLAN, 0, len(PLAN)) if t.label == "1."]
    assert len(tasks) == 1
    task = tasks[0]
    assert task.title == "1.建设口袋公园"
    assert task.section_path == ["一、重点任务", "(一)补齐绿地短板"]
    assert PLAN[task.start:task.end].startswith("1.建设口袋公园")


def test_block_table_rows_are_rebuilt_from_cell_contents() -> None:
    rows = [t for t in find_tasks(BLOCK_TABLE, 0, len(BLOCK_TABLE)) if t.in_table]
    assert [r.text for r in rows] == ["新建口袋公园10个,完成选址与设计。", "改造老旧绿地。", "建立绿地巡查制度。"]
    first, without_units, last = rows
    assert first.unit_cells[0][0] == "responsible"
    assert first.unit_cells[0][1].replace("\n", "") == "市住建局、市财政局,各县市区人民政府"
    assert first.deadline == "2024年" and first.section_path == ["1.建设口袋公园"]
    assert without_units.unit_cells == [] and without_units.deadline_as_printed == "2025年-2026年每年实施"
    assert last.section_path == ["2.完善管护机制"] and last.deadline == "长期"


def test_pipe_table_with_reprinted_header_and_lead_column() -> None:
    rows = [t for t in find_tasks(PIPE_TABLE, 0, len(PIPE_TABLE)) if t.in_table]
    assert [r.label for r in rows] == ["(1)", "(2)"]
    assert rows[0].section_path == ["(一)以改革创一流环境", "1.深化改革"]
    assert [(role, cell) for role, cell, _ in rows[0].unit_cells] == [
        ("lead", "市国资中心"),
        ("responsible", "市财政局、示例银行 示例支行"),
    ]
    assert [role for role, _, _ in rows[1].unit_cells] == ["lead", "responsible"]


def test_printed_month_deadline_becomes_a_date() -> None:
    text = BLOCK_TABLE.replace("2024年\n", "2024年6月底\n")
    rows = [t for t in find_tasks(text, 0, len(text)) if t.in_table]
    assert rows[0].deadline == "2024-06-30"


def test_table_printed_one_row_per_line_is_read_by_column_across_blank_page_chrome() -> None:
    text = "\n".join([
        "序号|项目名称|责任领导|牵头单位|配合单位|完成时限",
        "1|新建中小学校5所|张三|市教育局|市财政局、市住房和城乡建设局|2024年8月底",
        "",  # page number and running header, blanked by the reader
        "",
        "序号|项目名称|责任领导|牵头单位|配合单位|完成时限",
        "2|新增停车泊位3000个|李四|市公安局|市城市管理局|2024年12月底",
        "三、工作要求",
    ])
    tasks = [t for t in find_tasks(text, 0, len(text)) if t.in_table]
    assert [(t.label, t.title, t.deadline_as_printed) for t in tasks] == [
        ("1", "新建中小学校5所", "2024年8月底"), ("2", "新增停车泊位3000个", "2024年12月底"),
    ]
    assert [[(role, cell) for role, cell, _ in t.unit_cells] for t in tasks] == [
        [("lead", "市教育局"), ("supporting", "市财政局、市住房和城乡建设局")],
        [("lead", "市公安局"), ("supporting", "市城市管理局")],
    ]
    role, cell, offset = tasks[1].unit_cells[0]
    assert text[offset : offset + len(cell)] == cell


def test_table_row_broken_over_lines_is_joined_until_the_next_row() -> None:
    text = "\n".join([
        "序号|工作任务|牵头单位|配合单位|完成时限",
        "1|乡镇商贸中心改造:改造提升乡镇商贸",
        "中心12个|县商务局|各乡镇人民政府|2023年6月30",
        "日前",
        "2|村级便民商店建设|县供销合作社|县商务局、",
        "各乡镇人民政府|2023年底前",
        "村网络零售额增长15%。",
    ])
    tasks = [t for t in find_tasks(text, 0, len(text)) if t.in_table]
    assert [(t.label, t.title, t.deadline_as_printed) for t in tasks] == [
        ("1", "乡镇商贸中心改造:改造提升乡镇商贸中心12个", "2023年6月30日前"), ("2", "村级便民商店建设", "2023年底前"),
    ]
    assert [(role, cell) for role, cell, _ in tasks[1].unit_cells] == [("lead", "县供销合作社"), ("supporting", "县商务局、各乡镇人民政府")]
    role, cell, offset = tasks[0].unit_cells[1]
    assert text[offset : offset + len(cell)] == cell


def test_table_with_a_spaced_header_and_one_cell_per_line() -> None:
    text = "\n".join([
        "序号  工作任务  牵头单位  配合单位  完成时限",
        "1", "完成县城商业网点规划编制", "县商务局", "县自然资源局", "2024年5月底前",
        "2", "举办消费季活动", "县商务局", "县文化旅游广电体育局、县财政局、", "城关镇人民政府", "2024年9月底前",
        "三、工作要求",
    ])
    tasks = [t for t in find_tasks(text, 0, len(text)) if t.in_table]
    assert [(t.title, t.deadline_as_printed) for t in tasks] == [("完成县城商业网点规划编制", "2024年5月底前"), ("举办消费季活动", "2024年9月底前")]
    assert [(role, cell) for role, cell, _ in tasks[1].unit_cells] == [
        ("lead", "县商务局"), ("supporting", "县文化旅游广电体育局、县财政局、城关镇人民政府"),
    ]


def test_cell_per_line_table_with_columns_we_do_not_know_in_its_header() -> None:
    text = "\n".join(["序号 |", "指标名称 |", "2024年目标 |", "责任单位 |", "|", "1 |", "地区生产总值增长 |", "6.5%左右 |", "县发展和改革局、县统计局 |", "||"])
    tasks = [t for t in find_tasks(text, 0, len(text)) if t.in_table]
    assert [[(role, cell) for role, cell, _ in t.unit_cells] for t in tasks] == [[("responsible", "县发展和改革局、县统计局")]]


def test_an_empty_unit_cell_in_a_row_table_is_the_cell_merged_from_above() -> None:
    text = "\n".join([
        "序号 | 改革事项 | 牵头单位 | 配合单位 | 完成时限 |",
        "3 | 区域评估 | 示例工业园管委会 | 县自然资源局 | 2024年9月底前 |",
        "4 | 标准地出让 |  | 县自然资源局、县发改局 | 持续推进 |",
    ])
    tasks = [t for t in find_tasks(text, 0, len(text)) if t.in_table]
    assert [[(role, cell) for role, cell, _ in t.unit_cells] for t in tasks][1] == [("lead", "示例工业园管委会"), ("supporting", "县自然资源局、县发改局")]


def test_undertaking_unit_column_and_planned_completion_time() -> None:
    text = "\n\n".join(["序号 | 决策事项 | 承办单位 | 计划完成时间 |", "1 | 示例县国土空间总体规划 | 县自然资源局 | 2021年12月 |"])
    (task,) = [t for t in find_tasks(text, 0, len(text)) if t.in_table]
    assert ([(role, cell) for role, cell, _ in task.unit_cells], task.deadline_as_printed) == ([("responsible", "县自然资源局")], "2021年12月")


def test_clause_paragraphs_after_an_item_belong_to_it() -> None:
    text = "\n\n".join([
        "(一)稳定示例就业", "1.开展示例招聘。全年开展招聘6场。", "牵头单位:县人社局", "配合单位:县教育局、县财政局",
        "完成时限:2024年8月底前", "2.建设示例市场。(县人社局负责)",
    ])
    tasks = find_tasks(text, 0, len(text))
    assert [t.label for t in tasks] == ["(一)", "1.", "2."]
    assert tasks[1].text.endswith("完成时限:2024年8月底前") and "配合单位:县教育局" in tasks[1].text


def test_same_as_above_cell_repeats_the_cell_above() -> None:
    text = "\n".join([
        "序号|工作任务|牵头单位|协办单位|完成时限",
        "1|开展示例隐患排查|县应急管理局|县住建局、县教育局|2024年9月30日前",
        "2|开展示例专项整治|同上|县工信局|长期",
        "3|开展示例检查|县住建局|同上|长期",
    ])
    cells = [[(role, cell) for role, cell, _ in t.unit_cells] for t in find_tasks(text, 0, len(text))]
    assert cells[1] == [("lead", "县应急管理局"), ("supporting", "县工信局")]
    assert cells[2] == [("lead", "县住建局"), ("supporting", "县工信局")]


def test_unit_marked_same_below_joins_every_later_row_of_its_column() -> None:
    text = "\n".join([
        "序号|工作任务|牵头单位|责任单位|完成时间",
        "1|完善示例路网|省交通运输厅|省财政厅,各市州人民政府(下同)|2026年底前",
        "2|实施示例危桥改造|省交通运输厅|省应急管理厅|长期",
    ])
    (first, second) = find_tasks(text, 0, len(text))
    assert [(role, cell) for role, cell, _ in second.unit_cells] == [
        ("lead", "省交通运输厅"), ("responsible", "省应急管理厅"), ("responsible", "各市州人民政府"),
    ]


def test_clause_line_closing_plain_paragraphs_makes_their_section_one_task() -> None:
    text = (
        "二、重点任务\n\n(一)壮大示例特色产业\n\n新建示例茶园1200亩,改造低产油茶林2000亩。\n\n"
        "培育示例家庭农场5家。\n\n责任单位:镇经济发展办(牵头)、镇财政所\n\n完成时限:12月底前\n\n"
        "(二)繁荣示例文化\n\n1.办好示例采茶节。(镇宣传办负责)\n"
    )
    tasks = find_tasks(text, 0, len(text))
    assert [t.title for t in tasks] == ["二、重点任务", "(一)壮大示例特色产业", "(二)繁荣示例文化", "1.办好示例采茶节"]
    section = tasks[1]
    assert section.text.startswith("(一)壮大示例特色产业") and section.text.endswith("完成时限:12月底前")


def test_clause_line_after_a_heading_with_a_sentence_of_its_own_is_no_section_task() -> None:
    text = "(一)补齐示例绿地短板。新建绿地3处。\n\n改造老旧绿地。\n\n责任单位:市林业局\n"
    assert [t.text for t in find_tasks(text, 0, len(text))] == ["(一)补齐示例绿地短板。新建绿地3处。", "改造老旧绿地。", "责任单位:市林业局"]


def test_ditto_marks_repeat_any_cell_above_in_a_table_framed_by_bars() -> None:
    text = "\n".join([
        "| 序号 | 项目名称 | 2024年建设内容 | 责任单位 | 完成时限 |",
        "| 1 | 示例古镇 | 完成古街改造 | 市文旅集团*、市住建局 | 2024年12月底前 |",
        "| 2 | 示例营地 | 建成营地1个 | 〃 | 〃 |",
    ])
    first, second = find_tasks(text, 0, len(text))
    assert (second.title, [c for _, c, _ in second.unit_cells], second.deadline_as_printed) == (
        "示例营地", ["市文旅集团*、市住建局"], "2024年12月底前")


def test_leader_and_overseer_line_after_an_item_belongs_to_it() -> None:
    text = "1.推进示例入境旅游。完善外语导览。\n\n分管市领导:张示例　责任单位:市文旅局　督办单位:市政府督查室\n"
    (task,) = find_tasks(text, 0, len(text))
    assert task.text.endswith("督办单位:市政府督查室")


def test_office_columns_of_a_departments_task_table_are_its_unit_columns() -> None:
    text = "\n".join([
        "| 序号 | 工作任务 | 分管领导 | 责任科室(单位) | 配合单位 | 完成时限 |",
        "| 1 | 建设示例公园 | 张示例、李示例 | 园林科(牵头)、规划科 | 市示例中心 | 2024年9月底前 |",
    ])
    (task,) = find_tasks(text, 0, len(text))
    assert [(role, cell) for role, cell, _ in task.unit_cells] == [("responsible", "园林科(牵头)、规划科"), ("supporting", "市示例中心")]


def test_office_clause_paragraphs_after_an_item_belong_to_it() -> None:
    text = "\n\n".join(["1.整治示例工地。开展隐患排查。", "责任科室:安监科", "责任单位:市示例监督站", "完成时限:持续推进", "2.修订示例办法。"])
    assert [t.label for t in find_tasks(text, 0, len(text))] == ["1.", "2."]


def test_participating_departments_column_of_a_task_table_supports() -> None:
    text = "\n".join([
        "| 序号 | 任务事项 | 牵头部门 | 参与部门 | 时间节点 | 完成标志 |",
        "| 1 | 示例校园安全整治 | 县教育局 | 县公安局、县卫健局 | 2024年秋季开学前 | 隐患全部整改 |",
    ])
    (task,) = find_tasks(text, 0, len(text))
    assert [(role, cell) for role, cell, _ in task.unit_cells] == [("lead", "县教育局"), ("supporting", "县公安局、县卫健局")]
    assert task.deadline_as_printed == "2024年秋季开学前"


def test_markdown_alignment_row_under_the_header_is_no_row() -> None:
    text = "\n".join([
        "| 序号 | 工作任务 | 牵头科室(单位) | 配合科室(单位) | 完成时限 |",
        "|---|:---|---|---|---:|",
        "| 1 | 建设示例湿地 | 生态科 | 市示例中心 | 2024年9月底前 |",
        "| 2 | 修订示例规程 | 法规科 | — | 长期坚持 |",
    ])
    assert [(t.title, [(role, cell) for role, cell, _ in t.unit_cells]) for t in find_tasks(text, 0, len(text))] == [
        ("建设示例湿地", [("lead", "生态科"), ("supporting", "市示例中心")]),
        ("修订示例规程", [("lead", "法规科"), ("supporting", "—")]),
    ]


def test_first_responsible_implementing_and_guiding_columns_of_a_task_table() -> None:
    text = "\n".join([
        "| 序号 | 工作任务 | 第一责任单位 | 落实主体 | 指导科室 | 完成时限 |",
        "| 1 | 整治示例黑臭水体 | 市水务局 | 各县人民政府 | 水环境科 | 年底前 |",
    ])
    (task,) = find_tasks(text, 0, len(text))
    assert [(role, cell) for role, cell, _ in task.unit_cells] == [
        ("lead", "市水务局"), ("responsible", "各县人民政府"), ("supporting", "水环境科")]
