"""The policy_responsibilities component on a 示例市 plan, and its scores on the shared gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.extract import evaluate
from policykg.extract.pipeline import build_pipeline, extract_file, make_doc, run
from policykg.extract.read import DecodedText, decode_bytes

NOTICE = """示例市人民政府办公室关于印发示例市城区绿化实施方案的通知

示政办发〔2024〕7号

各县、市、区人民政府,市政府各部门:

《示例市城区绿化实施方案》已经市人民政府同意,现印发给你们,请认真组织实施。

示例市人民政府办公室

2024年5月6日

示例市城区绿化实施方案

一、重点任务

(一)补齐绿地短板(牵头单位:市林业局)

1.改造老旧绿地。

2.新建街角绿地。

(二)完善管护机制。

3.建设口袋公园。(牵头单位:市住建局;责任单位:市财政局,各县市区人民政府。以下均需各县市区人民政府、示例高新区管委会负责落实,不再列出)

4.建立巡查制度。(责任单位:市城管局、市民政局;完成时限:2024年12月底)
"""


@pytest.fixture(scope="module")
def records() -> list:
    nlp = build_pipeline(("policy_segmenter", "policy_documents", "policy_responsibilities"))
    doc = make_doc(nlp, DecodedText("示例方案.txt", NOTICE, "utf-8"))
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.responsibilities


def test_every_assigned_task_is_a_record_of_its_document(records: list) -> None:
    assert [r.task for r in records] == ["1.改造老旧绿地", "2.新建街角绿地", "3.建设口袋公园", "4.建立巡查制度"]
    assert {r.document for r in records} == {"示政办发〔2024〕7号"}


def test_items_under_a_heading_inherit_its_lead(records: list) -> None:
    assert [r.lead for r in records[:2]] == [["市林业局"], ["市林业局"]]
    assert records[0].section_path == ["一、重点任务", "(一)补齐绿地短板"]


def test_implied_units_join_every_later_task(records: list) -> None:
    assert records[2].responsible == ["市财政局", "各县市区人民政府"]
    assert records[3].responsible == ["市城管局", "市民政局", "各县市区人民政府", "示例高新区管委会"]
    assert records[3].collectives == ["各县市区人民政府"]


def test_deadline_and_provenance(records: list) -> None:
    last = records[3]
    assert (last.deadline, last.deadline_as_printed) == ("2024-12-31", "2024年12月底")
    assert NOTICE.split("\n")[last.line - 1].startswith("4.建立巡查制度")
    assert last.evidence.line == last.line and last.evidence.text.startswith("4.建立巡查制度")


def test_gold_responsibilities_and_renames_reach_the_target(shared_corpus: Path, shared_gold: Path) -> None:
    nlp = build_pipeline()
    gold = evaluate.load_gold_dir(shared_gold)
    predicted = {
        stem: json.loads(json.dumps(extract_file(shared_corpus / f"{stem}.txt", nlp).to_json(), default=str))
        for stem in gold
        if (shared_corpus / f"{stem}.txt").exists()
    }
    report = evaluate.score(gold, predicted)
    assert report.sections["responsibilities"].f1 >= 0.95
    assert report.sections["renames"].f1 >= 0.95


def test_implied_units_rule_in_a_paragraph_of_its_own_reaches_the_measures_after_it(nlp) -> None:
    text = (
        "示例市人民政府办公室关于印发示例市攻坚方案的通知\n示政办发〔2024〕21号\n各县、市、区人民政府:\n现将方案印发给你们。\n"
        "示例市人民政府办公室\n2024年5月16日\n示例市攻坚方案\n一、重点任务\n(一)强化要素保障(排第一的为牵头单位,下同)\n"
        "1.保障项目用地。盘活闲置土地。(市资建局、市发改委)\n以下均需各县市区人民政府负责落实,不再列出。\n"
        "2.加强用工服务。建立用工服务专员制度。(市人社局、市教育局)\n二、保障措施\n市发改委:负责统筹协调。\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "plan.txt"))
    assert [(r.lead, r.responsible) for r in doc._.responsibilities] == [
        (["市资建局"], ["市发改委"]), (["市人社局"], ["市教育局", "各县市区人民政府"]), ([], ["市发改委"]),
    ]


def test_heading_lead_leads_each_item_that_prints_only_its_responsible_units(nlp) -> None:
    text = (
        "示例县人民政府办公室关于印发重点任务分工方案的通知\n示县政办发〔2024〕8号\n各乡镇人民政府:\n现将方案印发给你们。\n"
        "示例县人民政府办公室\n2024年3月1日\n示例县重点任务分工方案\n"
        "(二)巩固提升农业基础(牵头单位:县农业农村局)\n6.稳定粮食生产。落实粮食播种面积。(责任单位:各乡镇人民政府)\n"
        "7.建设高标准农田。新建高标准农田3万亩。\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "heading_lead.txt"))
    assert [(r.task[:2], r.lead, r.responsible) for r in doc._.responsibilities] == [
        ("6.", ["县农业农村局"], ["各乡镇人民政府"]), ("7.", ["县农业农村局"], []),
    ]


def test_implied_units_reach_a_table_of_the_same_text_but_not_an_attached_one(nlp) -> None:
    body = (
        "示例县人民政府办公室关于印发分工方案的通知\n示县政办发〔2024〕7号\n各乡镇人民政府:\n现将方案印发给你们。\n"
        "示例县人民政府办公室\n2024年3月1日\n示例县分工方案\n本方案所列各项任务,各乡镇人民政府均为责任单位,以下不再列出。\n"
        "1.推进老旧小区改造。(牵头单位:县住建局)\n"
        "序号|工作任务|牵头单位|完成时限\n1|背街小巷改造|县城管局|2024年11月底前\n"
        "附件\n示例县重点指标分解表\n序号|指标名称|牵头单位|完成时限\n1|污水处理率|县水务局|2024年12月底前\n"
    )
    doc = run(nlp, decode_bytes(body.encode("utf-8"), "implied_tables.txt"))
    assert [(r.lead, r.responsible) for r in doc._.responsibilities] == [
        (["县住建局"], ["各乡镇人民政府"]), (["县城管局"], ["各乡镇人民政府"]), (["县水务局"], []),
    ]


def test_part_lead_reaches_items_whose_clauses_follow_as_paragraphs(nlp) -> None:
    text = (
        "示例县人民政府办公室关于印发民生任务分工方案的通知\n示县政办发〔2024〕9号\n各乡镇人民政府:\n现将方案印发给你们。\n"
        "示例县人民政府办公室\n2024年3月1日\n示例县民生任务分工方案\n"
        "(六)丰富示例文化生活(县文旅局牵头)\n37.实施示例惠民工程。开展送戏下乡120场。\n协同单位:县融媒体中心、各乡镇人民政府\n"
        "完成时限:2024年12月\n38.建设示例健身设施。新建运动场8个。(县住建局、自然资源局配合)\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "part_lead.txt"))
    assert [(r.task[:3], r.lead, r.supporting, r.deadline_as_printed) for r in doc._.responsibilities] == [
        ("37.", ["县文旅局"], ["县融媒体中心", "各乡镇人民政府"], "2024年12月"),
        ("38.", ["县文旅局"], ["县住建局", "县自然资源局"], None),
    ]


def test_a_task_listing_the_duties_of_several_units_keeps_its_deadline(nlp) -> None:
    text = (
        "示例县人民政府办公室关于印发安全任务分工方案的通知\n示县政办发〔2024〕10号\n各乡镇人民政府:\n现将方案印发给你们。\n"
        "示例县人民政府办公室\n2024年3月1日\n示例县安全任务分工方案\n"
        "1.压实示例安全责任。县应急管理局:负责综合监管;县交通运输局:负责道路运输安全监管。完成时限:每季度。\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "duties.txt"))
    (record,) = doc._.responsibilities
    assert (record.task, record.responsible, record.deadline) == ("1.压实示例安全责任", ["县应急管理局", "县交通运输局"], "每季度")


def test_item_inheriting_its_heading_lead_keeps_its_own_deadline(nlp) -> None:
    text = (
        "示例县人民政府办公室关于印发医疗任务分工方案的通知\n示县政办发〔2024〕11号\n各乡镇人民政府:\n现将方案印发给你们。\n"
        "示例县人民政府办公室\n2024年3月1日\n示例县医疗任务分工方案\n"
        "(三)提升示例医疗服务(县卫健局牵头抓总,本部分各项任务不再单列牵头单位)\n"
        "16.推进示例医院建设。完成时限:2024年12月底前。\n17.开放示例场馆。全年免费开放。(长期坚持)\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "own_deadline.txt"))
    assert [(r.lead, r.deadline) for r in doc._.responsibilities] == [(["县卫健局"], "2024-12-31"), (["县卫健局"], "长期坚持")]


def test_deadlines_without_a_year_or_inside_the_task_take_the_plans_year(nlp) -> None:
    text = (
        "示例镇人民政府关于印发示例镇2024年重点任务分工方案的通知\n示镇发〔2024〕3号\n各村(社区):\n现将方案印发给你们。\n"
        "示例镇人民政府\n2023年12月28日\n示例镇2024年重点任务分工方案\n"
        "1.改造示例小学食堂。9月1日前投入使用。(镇中心学校负责)\n"
        "2.整治示例河道。(镇水利站负责,6月底前)\n"
        "3.开展示例清洁行动。(各村(社区)负责,常态化推进)\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "no_year.txt"))
    assert [r.deadline for r in doc._.responsibilities] == ["2024-09-01", "2024-06-30", "常态化推进"]


def test_rules_said_of_one_part_reach_only_the_tasks_of_that_part(nlp) -> None:
    text = (
        "示例市人民政府办公室关于印发文旅任务清单的通知\n示政办发〔2024〕12号\n各区人民政府:\n现将清单印发给你们。\n"
        "示例市人民政府办公室\n2024年3月1日\n示例市文旅任务清单\n"
        "一、保护示例古村落(本部分各项任务责任单位排在首位的为牵头单位)\n"
        "1.修缮示例古民居。(责任单位:市住建局、市文旅局)\n"
        "二、优化示例公共服务(本部分各项任务各区人民政府均为责任单位,不再逐项列出)\n"
        "2.新建示例城市书房。(市文旅局负责)\n"
        "三、保障措施\n"
        "3.开发示例文创产品。(责任单位:市文旅局、市妇联)\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "part_rules.txt"))
    assert [(r.lead, r.responsible) for r in doc._.responsibilities] == [
        (["市住建局"], ["市文旅局"]), ([], ["市文旅局", "各区人民政府"]), ([], ["市文旅局", "市妇联"]),
    ]


def test_starred_unit_of_a_table_cell_leads(nlp) -> None:
    text = (
        "示例市人民政府办公室关于印发重点项目清单的通知\n示政办发〔2024〕13号\n各区人民政府:\n现将清单印发给你们。\n"
        "示例市人民政府办公室\n2024年3月1日\n示例市重点项目清单\n"
        "| 序号 | 项目名称 | 2024年建设内容 | 责任单位 | 完成时限 |\n"
        "| 1 | 示例滨水步道 | 建设步道12公里 | 市水利局、市住建局*、市城管局 | 2024年9月30日前 |\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "starred.txt"))
    assert [(r.task, r.lead, r.responsible) for r in doc._.responsibilities] == [
        ("示例滨水步道", ["市住建局"], ["市水利局", "市城管局"]),
    ]


def test_attached_duties_of_a_bodys_member_units_are_no_tasks(nlp) -> None:
    text = (
        "示例市人民政府办公室关于印发文旅任务清单的通知\n示政办发〔2024〕14号\n各区人民政府:\n现将清单印发给你们。\n"
        "示例市人民政府办公室\n2024年3月1日\n示例市文旅任务清单\n"
        "1.办好示例节会。(市文旅局负责)\n"
        "附件:示例市文旅产业发展领导小组成员单位职责\n"
        "市发改委:负责将文旅项目纳入重点项目库。\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "attached_duties.txt"))
    assert [(r.task, r.responsible) for r in doc._.responsibilities] == [("1.办好示例节会", ["市文旅局"])]


def test_a_part_heading_naming_its_leader_and_lead_office_gives_the_office_to_each_item(nlp) -> None:
    text = (
        "示例市住房和城乡建设局关于印发2024年工作要点的通知\n示建发〔2024〕3号\n局机关各科室、局属各单位:\n现将要点印发给你们。\n"
        "示例市住房和城乡建设局\n2024年2月1日\n示例市住房和城乡建设局2024年工作要点\n"
        "二、加强示例住房保障(分管领导:张示例;牵头科室:保障科,本部分各项任务不再单列牵头科室)\n"
        "7.建设示例保障房。完成选址。配合单位:市示例规划局。\n"
        "8.完善示例公租房。优化审核流程。(市示例保障中心具体承办;上半年)\n"
        "9.管理示例租赁住房。建立项目台账。\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "office_heading.txt"))
    assert [(r.task[:2], r.lead, r.responsible, r.supporting, r.deadline) for r in doc._.responsibilities] == [
        ("7.", ["保障科"], [], ["市示例规划局"], None),
        ("8.", ["保障科"], ["市示例保障中心"], [], "2024-06-30"),
        ("9.", ["保障科"], [], [], None),
    ]


def test_a_part_rule_printed_as_a_paragraph_adds_supporting_units_to_that_part_only(nlp) -> None:
    text = (
        "示例县人民政府办公室关于印发示例县宣传教育方案的通知\n示县政办发〔2024〕15号\n各乡镇人民政府:\n现将方案印发给你们。\n"
        "示例县人民政府办公室\n2024年3月1日\n示例县宣传教育方案\n"
        "(一)开展示例宣传\n(本部分各项任务各乡镇(街道)为配合单位,不再逐项列出)\n"
        "1.举办示例讲座。(县委宣传部牵头,县教育局配合)\n2.印发示例手册。(县司法局负责)\n"
        "(二)建强示例队伍\n3.组建示例志愿队。(县团委负责)\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "part_support_rule.txt"))
    assert [(r.lead, r.responsible, r.supporting) for r in doc._.responsibilities] == [
        (["县委宣传部"], [], ["县教育局", "各乡镇(街道)"]), ([], ["县司法局"], ["各乡镇(街道)"]), ([], ["县团委"], []),
    ]
