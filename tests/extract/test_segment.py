"""Segmentation on short fictional 示例市 texts, plus a check against the real corpus's TOC."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.extract.pipeline import build_pipeline, run
from policykg.extract.read import decode_bytes, read_file

GAZETTE = """• 主办单位:示例市人民政府
  • 公报年份:2024
  • 总号:12
  • 期号:第2号
  • 发布时间:2024-06-30 10:00:00

示例市人民政府公报(2024年第2号)

目 录

市政府令

示例市河道保洁管理办法

市政府文件

市人民政府办公室关于印发示例市口袋公园建设三年行动方案的通知

示例市河道保洁管理办法

第7号

《示例市河道保洁管理办法》已经市人民政府常务会议审议通过,现予公布。

市长 张三

2024年5月6日

示例市河道保洁

管理办法

第一章 总则

第一条 为了规范河道保洁,制定本办法。

市人民政府办公室关于印发示例市口袋公园

建设三年行动方案的通知

示政办发〔2024〕9号

各县、区人民政府,市政府各部门:

《示例市口袋公园建设三年行动方案(2024—2026年)》已经市人民政府同意,现印发给你们。

附件:1.示例市口袋公园

点位清单

2.示例市口袋公园建设任务分工表

示例市人民政府办公室

2024年6月1日

(此件公开发布)

示例市口袋公园建设三年行动方案(2024—2026年)

一、总体要求

(一)目标任务。到2026年建成口袋公园20个。

附件1

示例市口袋公园点位清单

责任编辑:李四
"""


@pytest.fixture(scope="module")
def gazette_doc(nlp):
    return run(nlp, decode_bytes(GAZETTE.encode("utf-8"), "示例市公报.txt"))


def test_toc_entry_above_an_order_does_not_glue_onto_its_title(gazette_doc) -> None:
    titles = [r.title for r in gazette_doc._.documents]
    assert titles == ["示例市河道保洁管理办法", "市人民政府办公室关于印发示例市口袋公园建设三年行动方案的通知"]


def test_toc_entries_become_toc_spans_not_documents(gazette_doc) -> None:
    assert [s.text for s in gazette_doc.spans["toc"]] == ["示例市河道保洁管理办法", "市人民政府办公室关于印发示例市口袋公园建设三年行动方案的通知"]
    assert not [p for p in gazette_doc._.problems if "table-of-contents" in p.reason]


def test_page_footer_is_not_part_of_the_last_document(gazette_doc) -> None:
    assert "责任编辑" not in gazette_doc.spans["documents"][-1].text


def test_headings_carry_their_level_as_label(gazette_doc) -> None:
    headings = {(s.label_, s.text) for s in gazette_doc.spans["headings"]}
    assert ("chapter", "第一章 总则") in headings
    assert ("article", "第一条") in headings
    assert ("level1", "一、总体要求") in headings
    assert ("level2", "(一)目标任务") in headings


def test_signature_block_gives_signer_and_published_spans(gazette_doc) -> None:
    assert [(s.label_, s.text) for s in gazette_doc.spans["signers"]] == [("head", "市长 张三"), ("body", "示例市人民政府办公室")]
    assert len(gazette_doc.spans["published"]) == 1


def test_interrupted_title_is_put_back_together(nlp) -> None:
    text = "\n\n".join(
        [
            "市人民政府办公室关于印发",
            "示例市甲工作",
            "市人民政府办公室关于乙事项的通报",
            "示政办函〔2024〕10号",
            "各县、区人民政府:",
            "现将乙事项通报如下。",
            "示例市人民政府办公室",
            "2024年5月13日",
            "方案的通知",
            "示政办函〔2024〕9号",
            "各县、区人民政府:",
            "《示例市甲工作方案》已经市人民政府同意,现印发给你们。",
            "示例市人民政府办公室",
            "2024年5月14日",
        ]
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "interrupted.txt"))
    found = {r.doc_number: (r.title, r.line, r.date) for r in doc._.documents}
    assert found["示政办函〔2024〕9号"] == ("市人民政府办公室关于印发示例市甲工作方案的通知", 1, "2024-05-14")
    assert found["示政办函〔2024〕10号"] == ("市人民政府办公室关于乙事项的通报", 5, "2024-05-13")


def test_document_without_title_line_starts_at_its_number(nlp) -> None:
    text = "示政办发〔2023〕5号\n各镇人民政府:\n《示例市打好三仗实施方案》已经市人民政府同意,现印发给你们。\n示例市人民政府办公室\n2023年4月23日\n示例市打好三仗实施方案\n一、指导思想\n"
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "untitled.txt"))
    (record,) = doc._.documents
    assert (record.title, record.line, record.issuer) == ("示例市打好三仗实施方案", 1, ["示例市人民政府办公室"])


def test_red_head_document_takes_its_title_from_under_its_number(nlp) -> None:
    text = "\n".join(
        [
            "示例县人民政府文件",
            "示县政发〔2024〕3号",
            "示例县人民政府",
            "关于成立示例县河湖保护工作领导小组的通知",
            "各乡镇人民政府,县直各单位:",
            "为加强河湖保护,县人民政府决定成立领导小组。",
            "示例县人民政府",
            "二〇二四年三月五日",
            "示例县人民政府办公室文件",
            "示县政办字〔2024〕8号",
            "示例县人民政府办公室关于做好春季植树工作的通知",
            "各乡镇人民政府:",
            "现就做好春季植树工作通知如下。",
            "示例县人民政府办公室",
            "2024年3月8日",
        ]
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "redhead.txt"))
    found = {r.doc_number: (r.title, r.date) for r in doc._.documents}
    assert found == {
        "示县政发〔2024〕3号": ("示例县人民政府关于成立示例县河湖保护工作领导小组的通知", "2024-03-05"),
        "示县政办字〔2024〕8号": ("示例县人民政府办公室关于做好春季植树工作的通知", "2024-03-08"),
    }


def test_pipe_cell_lines_form_a_table(nlp) -> None:
    text = "示政办发〔2023〕6号\n各镇人民政府:\n任务如下。\n序号 |\n任务 |\n1 |\n修路 |\n示例市人民政府办公室\n2023年4月23日\n"
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "table.txt"))
    (table,) = doc.spans["tables"]
    assert table.text.startswith("序号") and table.text.endswith("修路 |")


def test_real_gazettes_match_their_table_of_contents(shared_corpus: Path) -> None:
    nlp = build_pipeline()
    for path in sorted(shared_corpus.glob("*.txt")):
        doc = run(nlp, read_file(path))
        assert not [p for p in doc._.problems if "table-of-contents" in p.reason], path.name


def test_a_whole_title_longer_than_a_printed_line_is_still_a_title(nlp) -> None:
    title = "示例市人民政府办公室关于印发示例市推进城市更新行动加快老旧小区改造和完整社区建设促进居民生活品质全面提升与公共服务设施配套完善三年行动实施方案(2024—2026年)的通知"
    text = f"{title}\n示政办发〔2024〕30号\n各县、市、区人民政府:\n现将方案印发给你们。\n示例市人民政府办公室\n2024年6月1日\n"
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "long.txt"))
    assert [d.title for d in doc._.documents] == [title]


def test_joint_issuers_above_a_title_starting_with_guanyu_belong_to_the_title(nlp) -> None:
    text = "\n\n".join([
        "示例市农业农村局 示例市财政局", "示例市自然资源和规划局 示例市水利局", "关于成立示例市高标准农田建设工作专班的通知",
        "示农联〔2024〕3号", "各区农业农村局:", "现将有关事项通知如下。", "示例市农业农村局", "2024年5月6日",
    ])
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "joint.txt"))
    (record,) = doc._.documents
    assert record.title == "示例市农业农村局示例市财政局示例市自然资源和规划局示例市水利局关于成立示例市高标准农田建设工作专班的通知"


def test_a_title_line_ending_with_a_body_name_is_no_signer(nlp) -> None:
    text = "\n\n".join([
        "市人民政府关于废止部分规范性文件的决定", "示政发〔2023〕9号", "各县、市、区人民政府:", "本决定自公布之日起施行。",
        "示例市人民政府", "2023628", "市人民政府关于调整市安全生产委员会", "组成人员的通知", "示政发〔2023〕11号",
        "各县、市、区人民政府:", "现将调整后的组成人员通知如下。", "示例市人民政府", "2023年7月3日",
    ])
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "split.txt"))
    assert [(d.title, d.attachment_titles) for d in doc._.documents] == [
        ("市人民政府关于废止部分规范性文件的决定", []), ("市人民政府关于调整市安全生产委员会组成人员的通知", []),
    ]


def test_web_page_meta_line_between_title_and_number_is_passed_over_and_makes_no_gazette(nlp) -> None:
    text = "\n\n".join([
        "示例县人民政府办公室关于印发示例县营商环境方案的通知", "发布时间:2024-03-22 16:05  来源:示例县人民政府办公室  浏览次数:  【打印】",
        "示县政办发〔2024〕9号", "各乡镇人民政府:", "现印发给你们。", "示例县人民政府办公室", "2024年3月15日",
    ])
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "page.txt"))
    assert [d.title for d in doc._.documents] == ["示例县人民政府办公室关于印发示例县营商环境方案的通知"]
    assert doc._.gazette is None


WEB_PAGE = "\n".join(
    [
        "发布时间:2024-05-20 16:05:33    来源:示例市人民政府办公室",
        "",
        "索 引 号:000000/2024-00011",
        "发布机构:示例市人民政府",
        "成文日期:2024-03-01",
        "文    号:示例市人民政府第3号令",
        "标    题:示例市停车场管理办法",
        "有 效 性:有效",
        "示例市人民政府第3号令",
        "《示例市停车场管理办法》已经市人民政府常务会议审议通过,现予公布。",
        "市长 张三",
        "二〇二四年三月一日",
        "示例市停车场管理办法",
        "第一条 为了规范停车场管理,制定本办法。",
        "",
        "索 引 号:000000/2024-00012",
        "发布机构:示例市人民政府办公室",
        "成文日期:2024-04-18",
        "文    号:示政办发〔2024〕15号",
        "标    题:市人民政府办公室关于做好春季植树工作的通知",
        "有 效 性:有效",
        "市人民政府办公室关于做好春季植树工作的通知",
        "示政办发〔2O24〕15号",
        "各县、区人民政府:",
        "现就做好春季植树工作通知如下。",
        "示例市人民政府办公室",
        "二〇二四年四月十 日",
    ]
)


def test_order_printed_as_issuer_number_ling_anchors_a_document(nlp) -> None:
    doc = run(nlp, decode_bytes(WEB_PAGE.encode("utf-8"), "web.txt"))
    order = doc._.documents[0]
    assert (order.doc_number, order.doc_number_as_printed, order.title, order.issuer, order.date) == (
        "示例市人民政府令第3号", "示例市人民政府第3号令", "示例市停车场管理办法", ["示例市人民政府"], "2024-03-01"
    )


def test_web_metadata_block_belongs_to_the_document_below_and_is_no_title(nlp) -> None:
    doc = run(nlp, decode_bytes(WEB_PAGE.encode("utf-8"), "web.txt"))
    first, second = doc.spans["documents"]
    assert first.text.rstrip().endswith("制定本办法。") and second.text.startswith("索 引 号")
    assert [(r.title, r.line) for r in doc._.documents] == [("示例市停车场管理办法", 9), ("市人民政府办公室关于做好春季植树工作的通知", 22)]
    assert {s.label_ for s in doc.spans["metadata"]} >= {"索引号", "成文日期", "文号", "标题", "有效性"}


def test_rule_line_and_street_office_red_head_are_no_title(nlp) -> None:
    text = "\n".join(
        [
            "————————————",
            "示例街道办事处",
            "示街发(2024)2号",
            "示例街道办事处关于成立示例街道网格化服务管理工作领导小组的通知",
            "各社区居委会:",
            "为推进基层治理,街道决定成立领导小组。",
            "示例街道办事处",
            "2024年5月6日",
        ]
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "street.txt"))
    (record,) = doc._.documents
    assert (record.title, record.issuer) == ("示例街道办事处关于成立示例街道网格化服务管理工作领导小组的通知", ["示例街道办事处"])


def test_central_units_in_the_province_issue_and_sign_jointly(nlp) -> None:
    text = "\n\n".join([
        "示例省商务厅　示例海关", "中国人民银行示例省分行", "关于建立示例省外贸便利化协调机制的通知",
        "示商发〔2024〕5号", "各市商务主管部门:", "现将有关事项通知如下。",
        "示例省商务厅　　　　示例海关", "中国人民银行示例省分行", "2024年8月16日",
    ])
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "joint.txt"))
    (record,) = doc._.documents
    assert record.title.replace(" ", "") == "示例省商务厅示例海关中国人民银行示例省分行关于建立示例省外贸便利化协调机制的通知"
    assert record.issuer == ["示例省商务厅", "示例海关", "中国人民银行示例省分行"]
