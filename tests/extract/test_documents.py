"""Per-document fields and the gazette record, on short fictional 示例市 texts."""

from __future__ import annotations

import json
from pathlib import Path

from policykg.extract import evaluate
from policykg.extract.pipeline import build_pipeline, extract_file, run
from policykg.extract.read import decode_bytes

NOTICE = """• 主办单位:示例市人民政府
  • 公报年份:2024
  • 总号:12
  • 期号:第2号
  • 发布时间:2024-06-30 10:00:00

市人民政府关于印发示例市

停车管理办法的通知

示政规〔20243

各县、区人民政府,市政府各部门:

《示例市停车管理办法》和《示例市停车收费规则》已经市人民政府同意,现印发给你们。

示例市人民政府

2024116

(此件公开发布)

示例市停车管理办法

第一条 为了规范停车,制定本办法。

第二条 本办法自公布之日起施行,有效期5年。
"""


def _record(nlp, text: str, name: str = "示例.txt"):
    doc = run(nlp, decode_bytes(text.encode("utf-8"), name))
    return doc, doc._.documents


def test_gazette_header_fields_become_a_gazette_record(nlp) -> None:
    doc, _ = _record(nlp, NOTICE)
    g = doc._.gazette
    assert (g.publisher, g.year, g.issue, g.total_issue, g.published_at, g.line) == ("示例市人民政府", 2024, 2, 12, "2024-06-30T10:00:00", 1)


def test_damaged_number_is_repaired_and_reported(nlp) -> None:
    doc, (record,) = _record(nlp, NOTICE)
    assert (record.doc_number, record.doc_number_as_printed, record.doc_number_repaired) == ("示政规〔2024〕3号", "示政规〔20243", True)
    assert any("示政规〔20243" in p.reason for p in doc._.problems)


def test_ambiguous_damaged_date_is_flagged_not_guessed(nlp) -> None:
    _, (record,) = _record(nlp, NOTICE)
    assert record.date == "ambiguous:2024116"
    assert record.date_candidates == ["2024-01-16", "2024-11-06"]
    assert record.expiry_date is None


def test_attachments_hold_printed_main_text_and_promulgated_quotes(nlp) -> None:
    _, (record,) = _record(nlp, NOTICE)
    assert record.attachment_titles == ["示例市停车管理办法", "示例市停车收费规则"]


def test_published_kind_and_evidence_are_set(nlp) -> None:
    _, (record,) = _record(nlp, NOTICE)
    assert record.published and record.kind == "通知"
    assert record.evidence.line == record.line == 7


def test_validity_from_signing_date_and_years(nlp) -> None:
    text = NOTICE.replace("2024116", "2024年1月16日")
    _, (record,) = _record(nlp, text)
    assert (record.effective_date, record.expiry_date) == ("2024-01-16", "2029-01-15")
    assert record.validity_as_printed.endswith("有效期5年")


def test_bare_city_issuer_in_title_expands_with_the_publisher_jurisdiction(nlp) -> None:
    text = NOTICE.replace("示例市人民政府\n\n2024116", "2024116")
    _, (record,) = _record(nlp, text)
    assert record.issuer == ["示例市人民政府"]


def test_joint_signature_gives_every_body(nlp) -> None:
    text = NOTICE.replace("示例市人民政府\n\n2024116", "示例市人民政府办公室  示例市财政局\n\n2024年1月16日")
    _, (record,) = _record(nlp, text)
    assert record.issuer == ["示例市人民政府办公室", "示例市财政局"]


def test_order_signed_by_the_mayor_is_the_governments(nlp) -> None:
    text = "• 主办单位:示例市人民政府\n\n示例市河道管理办法\n\n第8号\n\n《示例市河道管理办法》已经市人民政府常务会议审议通过,现予公布。\n\n市长 张三\n\n2024年5月6日\n"
    _, (record,) = _record(nlp, text)
    assert (record.doc_number, record.doc_number_as_printed, record.issuer, record.kind) == ("示例市人民政府令第8号", "第8号", ["示例市人民政府"], "令")


def test_toc_entry_without_document_is_reported(nlp) -> None:
    text = NOTICE.replace("• 发布时间:2024-06-30 10:00:00\n", "• 发布时间:2024-06-30 10:00:00\n\n目 录\n\n市人民政府关于某某工作的通知\n", 1)
    doc, (record,) = _record(nlp, text)
    assert record.title == "市人民政府关于印发示例市停车管理办法的通知"
    assert any("某某工作" in p.reason for p in doc._.problems)


def test_gold_documents_titles_dates_and_issuers_agree(shared_corpus: Path, shared_gold: Path) -> None:
    nlp = build_pipeline()
    gold = evaluate.load_gold_dir(shared_gold)
    predicted = {stem: extract_file(shared_corpus / f"{stem}.txt", nlp).to_json() for stem in gold}
    report = evaluate.score(gold, predicted)
    assert report.sections["documents"].f1 >= 0.99, json.dumps(report.to_json()["sections"]["documents"])
    for name in ("title", "date", "issuer"):
        assert report.agreement.share(name) >= 0.97, name


def test_order_signed_by_a_head_printed_with_spaced_title_is_issued_by_the_government(nlp) -> None:
    text = "示例市人民政府公报(2024年第5期)\n\n示例市人民政府令\n\n第12号\n\n《示例市河道管理办法》已经市人民政府常务会议审议通过,现予公布。\n\n市　长　顾  明\n\n2024年5月4日\n"
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "order.txt"))
    (record,) = doc._.documents
    assert (record.doc_number, record.issuer, record.date) == ("示例市人民政府令第12号", ["示例市人民政府"], "2024-05-04")


def test_order_issuer_is_the_order_heading_printed_above_its_number(nlp) -> None:
    text = (
        "示例省示例市示例区人民政府主办  2024年第2期\n\n示例区人民政府令\n\n第5号\n\n"
        "《示例区停车管理办法》已经区人民政府常务会议审议通过,现予公布。\n\n区长  钟  明\n\n2024年5月4日\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "district_order.txt"))
    (record,) = doc._.documents
    assert record.doc_number == "示例区人民政府令第5号"


def test_damaged_signature_date_is_decided_by_the_pages_written_date(nlp) -> None:
    text = "成文日期:2024-04-18\n市人民政府办公室关于做好春季植树工作的通知\n示政办发〔2024〕15号\n各县、区人民政府:\n现通知如下。\n示例市人民政府办公室\n二〇二四年四月十 日\n"
    doc, (record,) = _record(nlp, text)
    assert (record.date, record.date_as_printed) == ("2024-04-18", "二〇二四年四月十 日")
    assert any("成文日期" in p.reason for p in doc._.problems)


def test_damaged_signature_date_cannot_precede_the_meeting_that_approved_it(nlp) -> None:
    text = NOTICE.replace("已经市人民政府同意", "已经2024年11月2日市人民政府第8次常务会议研究同意")
    _, (record,) = _record(nlp, text)
    assert (record.date, record.date_candidates) == ("2024-11-06", ["2024-11-06"])
