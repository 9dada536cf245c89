"""Lifecycle relations (REPEALS / AMENDS / EXTENDS_VALIDITY / REPLACES) of one document, from
short texts about the fictional 示例市; one end-to-end check against the gold development set."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.tokens import Doc

from policykg.extract.evaluate import score_file
from policykg.extract.extensions import register_extensions
from policykg.extract.lifecycle import PolicyLifecycle, extended_until, list_heading
from policykg.extract.normalize import LineIndex
from policykg.extract.pipeline import COMPONENTS, build_pipeline, extract_file, run
from policykg.extract.read import decode_bytes
from policykg.extract.records import DocumentRecord, RelationRecord

DECISION = "示政发〔2024〕3号"


def run_lifecycle(body: str, number: str | None = DECISION, title: str = "示例市人民政府关于废止修改部分行政规范性文件的决定", date: str | None = "2024-05-06", attachments: list[str] | None = None) -> list[RelationRecord]:
    """Run policy_lifecycle on one document that spans the whole text."""
    register_extensions()
    nlp = spacy.blank("zh")
    doc: Doc = nlp.make_doc(body)
    doc._.source = "example.txt"
    doc._.line_index = LineIndex.of(body)
    doc.spans["documents"] = [doc.char_span(0, len(body), alignment_mode="expand")]
    doc._.documents = [DocumentRecord(title, number, number, ["示例市人民政府"], date, attachments or [], 1, start=0, end=len(body))]
    return PolicyLifecycle(nlp, "policy_lifecycle")(doc)._.relations


def keys(relations: list[RelationRecord], kind: str | None = None) -> set[tuple[str, str, str | None, str | None]]:
    return {(r.type, r.source, r.target_number, r.target_title) for r in relations if kind is None or r.type == kind}


def test_repeal_list_gives_one_repeal_per_item_with_number_and_title() -> None:
    body = (
        "一、废止行政规范性文件2件\n\n"
        "(一)《示例市人民政府关于加强河道管理的意见》(示政规〔2018〕3号)。\n\n"
        "(二)《示例市古树名木保护办法》(示政规〔2019〕7号)。\n"
    )
    assert keys(run_lifecycle(body)) == {
        ("REPEALS", DECISION, "示政规〔2018〕3号", "示例市人民政府关于加强河道管理的意见"),
        ("REPEALS", DECISION, "示政规〔2019〕7号", "示例市古树名木保护办法"),
    }


def test_item_printed_without_title_marks_takes_its_title_up_to_the_bracket() -> None:
    body = "一、废止行政规范性文件1件\n(一)示例市人民政府办公室关于做好政务公开工作的通知(示政办发〔2017〕5号)。\n"
    assert keys(run_lifecycle(body)) == {("REPEALS", DECISION, "示政办发〔2017〕5号", "示例市人民政府办公室关于做好政务公开工作的通知")}


def test_amendment_list_keeps_edit_items_under_each_amended_document() -> None:
    body = (
        "二、修改行政规范性文件2件\n"
        "(一)《示例市停车管理办法》(示政规〔2020〕1号)。\n"
        "1.将第五条中“市城管委”修改为“市城管局”。\n"
        "2.删第八条。\n"
        "(二)《示例市人民政府关于促进会展业发展的意见》(示政发〔2021〕4号)。\n"
        "1.将第三部分(二)责任单位增加“市商务局”。\n"
    )
    relations = {r.target_number: r for r in run_lifecycle(body)}
    parking = relations["示政规〔2020〕1号"]
    assert parking.type == "AMENDS" and not parking.pending
    assert [(e.action, e.old, e.new) for e in parking.edits] == [("replace", "市城管委", "市城管局"), ("delete", "第八条", None)]
    assert [(e.action, e.new) for e in relations["示政发〔2021〕4号"].edits] == [("insert", "市商务局")]


def test_amendment_ordered_within_a_deadline_is_pending() -> None:
    body = "三、限期修改行政规范性文件1件\n(一)《示例市犬类管理办法》(示政规〔2019〕2号)。\n"
    [relation] = run_lifecycle(body)
    assert (relation.type, relation.target_number, relation.pending) == ("AMENDS", "示政规〔2019〕2号", True)


def test_printed_history_names_the_earlier_amending_document_as_source() -> None:
    body = "二、修改行政规范性文件1件\n(一)《示例市节水办法》(示政规〔2016〕2号公布,示政办发202131号修改)。\n1.将第二条中“市水务局”修改为“市水利局”。\n"
    assert keys(run_lifecycle(body)) == {
        ("AMENDS", DECISION, "示政规〔2016〕2号", "示例市节水办法"),
        ("AMENDS", "示政办发〔2021〕31号", "示政规〔2016〕2号", "示例市节水办法"),
    }


def test_printed_history_with_lost_comma_still_gives_the_extension() -> None:
    body = "一、废止行政规范性文件1件\n(一)《示例市人民政府关于扶持花卉产业的意见》(示政规〔2017〕8号公布示政发〔2023〕9号延长有效期)。\n"
    relations = run_lifecycle(body)
    assert keys(relations) == {
        ("REPEALS", DECISION, "示政规〔2017〕8号", "示例市人民政府关于扶持花卉产业的意见"),
        ("EXTENDS_VALIDITY", "示政发〔2023〕9号", "示政规〔2017〕8号", "示例市人民政府关于扶持花卉产业的意见"),
    }
    extension = next(r for r in relations if r.type == "EXTENDS_VALIDITY")
    assert extension.date is None  # the extending document's date is not printed here


def test_documents_repealed_at_the_same_time_are_all_found() -> None:
    body = (
        "第三十条本办法自公布之日起施行。2015年3月2日印发的《示例市人民政府关于印发示例市医疗救助办法的通知》(示政规〔2015〕1号),"
        "2016年4月1日印发的《示例市临时救助办法》(示政办发〔2016〕9号)同时废止。\n"
    )
    relations = run_lifecycle(body, number="示政规〔2024〕2号", title="示例市人民政府关于印发示例市社会救助办法的通知")
    assert keys(relations) == {
        ("REPEALS", "示政规〔2024〕2号", "示政规〔2015〕1号", "示例市人民政府关于印发示例市医疗救助办法的通知"),
        ("REPEALS", "示政规〔2024〕2号", "示政办发〔2016〕9号", "示例市临时救助办法"),
    }


def test_former_document_declared_void_is_repealed_by_title() -> None:
    relations = run_lifecycle("本文件出台后,原《示例市稳增长十条措施》作废。\n", number="示政办发〔2023〕5号", title="示例市稳增长实施方案")
    assert keys(relations) == {("REPEALS", "示政办发〔2023〕5号", None, "示例市稳增长十条措施")}


def test_replacement_is_found_only_when_a_document_is_replaced() -> None:
    body = (
        "本办法代替《示例市公共租赁住房管理办法》(示政规〔2014〕6号)。\n"
        "联席会议办公室不单独刻制公章,由示例市民政局公章代替。\n"
        "延长产业链,提升价值链。本办法有效期5年。\n"
    )
    relations = run_lifecycle(body, number="示政规〔2024〕9号", title="示例市保障性住房管理办法")
    assert keys(relations) == {("REPLACES", "示政规〔2024〕9号", "示政规〔2014〕6号", "示例市公共租赁住房管理办法")}


def test_extension_in_passing_prints_its_new_expiry() -> None:
    body = "《示例市人才公寓管理办法》(示政规〔2019〕4号)有效期延长至2026年12月31日。\n"
    [relation] = run_lifecycle(body)
    assert (relation.type, relation.target_number) == ("EXTENDS_VALIDITY", "示政规〔2019〕4号")
    assert extended_until(relation.evidence.text) == "2026-12-31"


def test_extended_validity_table_with_rows_broken_across_lines() -> None:
    body = "延长有效期的行政规范性文件目录\n序号\n1\n示例市人民政府关于加强消防工作的意见\n示政发〔2018〕11号\n"
    assert keys(run_lifecycle(body)) == {("EXTENDS_VALIDITY", DECISION, "示政发〔2018〕11号", "示例市人民政府关于加强消防工作的意见")}


def test_documents_listed_as_still_in_force_are_only_cited_and_end_the_list_above() -> None:
    body = (
        "一、废止行政规范性文件1件\n(一)《示例市古树名木保护办法》(示政规〔2019〕7号)。\n"
        "二、继续有效的行政规范性文件2件\n(一)《示例市河道管理办法》(示政规〔2020〕3号)。\n"
        "(二)《示例市停车管理办法》(示政规〔2021〕5号)。\n"
    )
    assert {(r.type, r.target_number) for r in run_lifecycle(body)} == {
        ("REPEALS", "示政规〔2019〕7号"), ("CITES", "示政规〔2020〕3号"), ("CITES", "示政规〔2021〕5号"),
    }


def test_no_citation_for_a_document_the_same_source_repeals() -> None:
    body = "一、废止行政规范性文件1件\n(一)《示例市古树名木保护办法》(示政规〔2019〕7号)。\n"
    assert {r.type for r in run_lifecycle(body)} == {"REPEALS"}


def test_every_relation_carries_evidence_its_line_and_the_acting_date() -> None:
    body = "说明\n\n一、废止行政规范性文件1件\n(一)《示例市古树名木保护办法》(示政规〔2019〕7号)。\n"
    [relation] = run_lifecycle(body)
    assert relation.line == 4
    assert relation.evidence is not None and relation.evidence.line == 4 and "古树名木" in relation.evidence.text
    assert relation.date == "2024-05-06"


def test_list_heading_needs_a_list_object_and_is_not_a_title_line() -> None:
    assert list_heading("一、废止行政规范性文件14件") == ("REPEALS", False)
    assert list_heading("三、限期修改行政规范性文件5件") == ("AMENDS", True)
    assert list_heading("宣布失效的规范性文件目录") == ("REPEALS", False)
    assert list_heading("修改部分行政规范性文件的决定") is None
    assert list_heading("(二)修改完善工作机制") is None


def test_lifecycle_and_citation_scores_on_gold_development_set(shared_corpus: Path, shared_gold: Path) -> None:
    # Only what policy_lifecycle reads (segmentation and document records): the others are slow
    # and do not change relations.
    nlp = build_pipeline((*COMPONENTS[: COMPONENTS.index("policy_documents") + 1], "policy_lifecycle"))
    totals = {"lifecycle": [0, 0, 0], "cites": [0, 0, 0]}
    for gold_path in sorted(shared_gold.glob("*.json")):
        text_path = shared_corpus / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        scored = score_file(json.loads(gold_path.read_text(encoding="utf-8")), extract_file(text_path, nlp).to_json())
        for section, total in totals.items():
            s = scored.sections[section]
            total[0] += s.tp
            total[1] += s.fp
            total[2] += s.fn
    for section, minimum in (("lifecycle", 0.97), ("cites", 0.95)):
        tp, fp, fn = totals[section]
        assert 2 * tp / (2 * tp + fp + fn) >= minimum, (section, totals[section])


def test_amendment_in_place_reads_the_edit_lines_that_follow() -> None:
    body = (
        "示例市人民政府决定对《示例市养犬管理办法》(示政规〔2020〕6号)作如下修改:\n"
        "一、将第三条中“市公安局”修改为“市公安局和市城管局”。\n"
        "二、删去第九条。\n"
        "本决定自公布之日起施行。\n"
    )
    [relation] = run_lifecycle(body, number="示政规〔2024〕1号", title="示例市人民政府关于修改《示例市养犬管理办法》的决定")
    assert (relation.type, relation.target_number) == ("AMENDS", "示政规〔2020〕6号")
    assert [(e.action, e.old) for e in relation.edits] == [("replace", "市公安局"), ("delete", "第九条")]


def test_cleanup_table_rows_carry_their_own_action() -> None:
    body = (
        "序号|文件名称|文号|处理意见\n"
        "1|示例市人民政府关于加强河道管理的意见|示政规〔2018〕3号|废止\n"
        "2|示例市古树名木保护办法|示政规〔2019〕7号|宣布失效\n"
        "3|示例市停车管理办法|示政规〔2020〕1号|修改\n"
        "4|示例市犬类管理办法|示政规〔2019〕2号|有效期延长\n"
    )
    assert keys(run_lifecycle(body)) == {
        ("REPEALS", DECISION, "示政规〔2018〕3号", "示例市人民政府关于加强河道管理的意见"),
        ("REPEALS", DECISION, "示政规〔2019〕7号", "示例市古树名木保护办法"),
        ("AMENDS", DECISION, "示政规〔2020〕1号", "示例市停车管理办法"),
        ("EXTENDS_VALIDITY", DECISION, "示政规〔2019〕2号", "示例市犬类管理办法"),
    }


def test_sentence_announcing_a_list_of_extended_documents_opens_the_list() -> None:
    body = (
        "经评估,以下2件行政规范性文件仍需继续执行,决定将其有效期延长至2026年12月31日:\n"
        "1.《示例市河道管理办法》(示政规〔2020〕3号);\n2.《示例市停车管理办法》(示政规〔2021〕5号)。\n"
    )
    assert {(r.type, r.target_number) for r in run_lifecycle(body)} == {
        ("EXTENDS_VALIDITY", "示政规〔2020〕3号"), ("EXTENDS_VALIDITY", "示政规〔2021〕5号"),
    }


def test_part_of_a_document_given_new_wording_in_passing_is_an_amendment() -> None:
    body = "现将《示例市三年行动方案》(示政发〔2021〕7号)附件2第4项的完成时限修改为“2023年6月30日前”。\n"
    assert {(r.type, r.target_number) for r in run_lifecycle(body)} == {("AMENDS", "示政发〔2021〕7号")}


def test_a_short_order_number_is_named_after_the_acting_documents_place(nlp) -> None:
    text = (
        "示例市人民政府令\n\n第12号\n\n《示例市地下管线管理办法》已经市人民政府常务会议审议通过,现予公布。\n\n"
        "示例市人民政府\n\n2024年5月4日\n\n示例市地下管线管理办法\n\n"
        "第二十条 本办法自2024年7月1日起施行。《示例市地下管线管理暂行办法》(市政府令第3号)同时废止。\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "order_ref.txt"))
    assert {(r.type, r.target_number) for r in doc._.relations if r.type == "REPEALS"} == {("REPEALS", "示例市人民政府令第3号")}


def test_list_heading_with_words_between_extend_and_validity_and_items_with_a_comma() -> None:
    body = (
        "三、延长2件市政府规范性文件有效期\n"
        "(一)《示例市停车场建设管理办法》(示政规〔2018〕7号),有效期延长至2025年12月31日。\n"
        "(二)《示例市上市挂牌若干措施》(示政规〔2021〕2号),有效期延长至2024年12月31日。\n"
    )
    assert {(r.type, r.target_number) for r in run_lifecycle(body)} == {
        ("EXTENDS_VALIDITY", "示政规〔2018〕7号"), ("EXTENDS_VALIDITY", "示政规〔2021〕2号"),
    }


def test_extension_naming_its_target_by_title_takes_the_number_printed_with_that_title() -> None:
    body = (
        "决定对《示例市龙头企业认定办法》(示农规〔2020〕2号)作如下修改:\n一、将第三条中的“市扶贫办”修改为“市农业农村局”。\n"
        "《示例市龙头企业认定办法》根据本通知作相应修改后重新公布,有效期延长至2027年6月30日。\n"
    )
    assert ("EXTENDS_VALIDITY", "示农规〔2020〕2号") in {(r.type, r.target_number) for r in run_lifecycle(body)}


def test_former_document_that_stops_being_applied_is_replaced_not_repealed() -> None:
    body = "第九条 本办法自2024年5月1日起施行,有效期5年。原《示例市停车场管理暂行办法》(示政规〔2019〕2号)同时停止执行。\n"
    relations = run_lifecycle(body, number="示政规〔2024〕3号", title="示例市停车场管理办法")
    assert keys(relations) == {("REPLACES", "示政规〔2024〕3号", "示政规〔2019〕2号", "示例市停车场管理暂行办法")}


def test_title_opening_a_sentence_is_extended_by_a_later_clause_of_it() -> None:
    body = (
        "对《示例市户外广告管理办法》(示政规〔2020〕4号)作如下修改:\n"
        "《示例市户外广告管理办法》根据本通知作相应修改,条文顺序作相应调整,有效期延长至2026年12月31日。\n"
        "按照《示例市城市管理条例》的规定,本通知有效期延长至2025年12月31日。\n"
    )
    extended = keys(run_lifecycle(body), "EXTENDS_VALIDITY")
    assert extended == {("EXTENDS_VALIDITY", DECISION, "示政规〔2020〕4号", "示例市户外广告管理办法")}


def test_order_cited_with_ling_last_is_named_after_the_acting_documents_place(nlp) -> None:
    text = (
        "示例市人民政府第6号令\n\n《示例市排水管理办法》已经市人民政府常务会议审议通过,现予公布。\n\n"
        "市长 张三\n\n二〇二四年三月一日\n\n示例市排水管理办法\n\n"
        "第十条 本办法自2024年5月1日起施行。《示例市排水管理暂行办法》(市政府第2号令)同时废止。\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "order_ling_last.txt"))
    assert {(r.type, r.source, r.target_number) for r in doc._.relations if r.type == "REPEALS"} == {
        ("REPEALS", "示例市人民政府令第6号", "示例市人民政府令第2号")
    }


def test_cleanup_tables_one_per_category_with_bar_cells_and_an_edit_column() -> None:
    body = (
        "附件1\n决定废止的市政府规范性文件目录\n序号 | 文件名称 | 文号 |\n"
        "1 | 示例市人民政府关于加强河道管理的意见 | 示政发〔2018〕3号 |\n"
        "附件2\n决定修改的市政府规范性文件目录\n序号 | 文件名称 | 文号 | 修改内容 |\n"
        "1 | 示例市人民政府关于印发示例市停车管理办法的通知 | 示政规〔2020〕1号 | 将附件第五条中的“市城管委”修改为“市城管局”;删去附件第九条 |\n"
        "附件3\n决定延长有效期的市政府规范性文件目录\n序号 | 文件名称 | 文号 |\n"
        "1 | 示例市人民政府关于支持民营经济发展的意见 | 示政规〔2021〕6号 |\n"
        "附件4\n继续有效的市政府规范性文件目录\n序号 | 文件名称 | 文号 |\n"
        "1 | 示例市政府投资项目管理办法 | 示政规〔2022〕2号 |\n"
    )
    relations = run_lifecycle(body)
    assert keys(relations) == {
        ("REPEALS", DECISION, "示政发〔2018〕3号", "示例市人民政府关于加强河道管理的意见"),
        ("AMENDS", DECISION, "示政规〔2020〕1号", "示例市人民政府关于印发示例市停车管理办法的通知"),
        ("EXTENDS_VALIDITY", DECISION, "示政规〔2021〕6号", "示例市人民政府关于支持民营经济发展的意见"),
    }
    [amended] = [r for r in relations if r.type == "AMENDS"]
    assert [(e.action, e.old, e.new) for e in amended.edits] == [("replace", "市城管委", "市城管局"), ("delete", "附件第九条", None)]


def test_repeal_announced_before_a_list_of_titles_covers_each_of_them() -> None:
    body = "撤销机构的设立文件同时废止,包括:《示例市河道管理工作领导小组的通知》(示政办发〔2016〕5号)、《示例市物流联席会议制度的通知》(示政办函〔2019〕7号)。\n"
    assert {(r.type, r.target_number) for r in run_lifecycle(body)} == {
        ("REPEALS", "示政办发〔2016〕5号"), ("REPEALS", "示政办函〔2019〕7号"),
    }


def test_founding_documents_of_the_bodies_above_repealed_by_number_only() -> None:
    body = (
        "根据《示例省人民政府办公厅关于规范议事协调机构的通知》(示省办发〔2023〕2号)要求,决定撤销和调整部分议事协调机构。\n"
        "| 序号 | 机构名称 | 设立文件 |\n"
        "| 1 | 示例市创建卫生城市工作领导小组 | 示政办发〔2016〕5号 |\n"
        "| 2 | 示例市人口普查领导小组 | 示政发〔2019〕8号 |\n"
        "将示例市河长制工作领导小组(示政发〔2017〕3号设立)与示例市湖长制工作领导小组合并。\n"
        "上述撤销和合并机构的设立文件同时废止。\n"
    )
    assert keys(run_lifecycle(body), "REPEALS") == {
        ("REPEALS", DECISION, "示政办发〔2016〕5号", None), ("REPEALS", DECISION, "示政发〔2019〕8号", None),
        ("REPEALS", DECISION, "示政发〔2017〕3号", None),
    }


def test_founding_numbers_without_a_sentence_repealing_them_are_no_repeals() -> None:
    body = "| 序号 | 机构名称 | 设立文件 |\n| 1 | 示例市人口普查领导小组 | 示政发〔2019〕8号 |\n撤销机构的有关工作由相关部门承担。\n"
    assert keys(run_lifecycle(body), "REPEALS") == set()


def test_document_named_on_its_own_edit_line_under_an_amendment_heading_is_amended() -> None:
    body = (
        "一、对以下1件规范性文件宣布失效:\n\n"
        "《示例市第三次经济普查经费保障办法》(示政办发〔2013〕9号)\n\n"
        "二、对以下1件规范性文件予以修改:\n\n"
        "《示例市公园管理办法》(示政规〔2020〕6号)第五条中的“市林业局”修改为“市园林绿化局”,第八条第三款删除。\n"
    )
    relations = run_lifecycle(body)
    assert keys(relations) == {
        ("REPEALS", DECISION, "示政办发〔2013〕9号", "示例市第三次经济普查经费保障办法"),
        ("AMENDS", DECISION, "示政规〔2020〕6号", "示例市公园管理办法"),
    }
    by_target = {r.target_number: r for r in relations}
    assert by_target["示政办发〔2013〕9号"].edits == []
    assert [(e.action, e.old, e.new) for e in by_target["示政规〔2020〕6号"].edits] == [
        ("replace", "市林业局", "市园林绿化局"),
        ("delete", "第八条第三款", None),
    ]
