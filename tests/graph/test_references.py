"""Resolving relation targets to documents: by number, by title, else a stub."""

from __future__ import annotations

from policykg.extract.records import DocumentRecord, ExtractionResult, RelationRecord
from policykg.graph.references import resolve_targets, title_forms


def document(number: str | None, title: str, attachments: list[str] | None = None) -> DocumentRecord:
    return DocumentRecord(title, number, number, ["示例市人民政府"], "2020-01-02", attachments or [], 1)


def relation(number: str | None, title: str | None, kind: str = "CITES", source: str = "示政发〔2024〕1号") -> RelationRecord:
    return RelationRecord(kind, source, number, title, 5)


def result(documents: list[DocumentRecord], relations: list[RelationRecord]) -> ExtractionResult:
    return ExtractionResult("example.txt", documents=documents, relations=relations)


NOTICE = document("示政规〔2019〕3号", "示例市人民政府关于印发示例市停车管理办法的通知", ["示例市停车管理办法"])


def test_target_resolves_by_number() -> None:
    resolved, stubs = resolve_targets([result([NOTICE], [relation("示政规〔2019〕3号", "别的标题")])])
    assert resolved == {("示政规〔2019〕3号", "别的标题"): "示政规〔2019〕3号"} and stubs == []


def test_target_resolves_by_notice_title_without_city_or_by_attached_text_title() -> None:
    refs = [relation(None, "市人民政府关于印发示例市停车管理办法的通知"), relation(None, "《示例市停车管理办法》")]
    resolved, stubs = resolve_targets([result([NOTICE], refs)])
    assert set(resolved.values()) == {"示政规〔2019〕3号"} and stubs == []


def test_same_title_with_another_number_is_another_document() -> None:
    resolved, [stub] = resolve_targets([result([NOTICE], [relation("示政规〔2012〕8号", "示例市停车管理办法")])])
    assert resolved[("示政规〔2012〕8号", "示例市停车管理办法")] == "示政规〔2012〕8号"
    assert stub.doc_number == "示政规〔2012〕8号" and stub.titles == ["示例市停车管理办法"]


def test_unresolved_targets_become_one_stub_per_number_with_all_references() -> None:
    refs = [
        relation("示政办发〔2019〕2号", "示例市人民政府办公室关于推进农产品产销的意见", "REPEALS", "示政发〔2024〕6号"),
        relation("示政办发〔2019〕2号", "示例市人民政府办公室关于推进农产品产销的意见"),
        relation(None, "示例市人民政府办公室关于推进农产品产销的意见", "CITES", "示政办函〔2021〕6号"),
    ]
    resolved, [stub] = resolve_targets([result([], refs)])
    assert set(resolved.values()) == {"示政办发〔2019〕2号"}
    assert stub.key == "示政办发〔2019〕2号"
    assert [(kind, source) for kind, source, _ in stub.referenced_by] == [
        ("REPEALS", "示政发〔2024〕6号"),
        ("CITES", "示政发〔2024〕1号"),
        ("CITES", "示政办函〔2021〕6号"),
    ]


def test_title_matching_several_documents_is_reported_not_guessed() -> None:
    twins = [document(None, "示例市人民政府关于做好防汛工作的通知"), document(None, "示例县人民政府关于做好防汛工作的通知")]
    resolved, [stub] = resolve_targets([result(twins, [relation(None, "关于做好防汛工作的通知")])])
    assert resolved[(None, "关于做好防汛工作的通知")] == "关于做好防汛工作的通知"
    assert stub.reason.startswith("title matches several documents")


def test_damaged_number_meets_its_clean_print() -> None:
    resolved, stubs = resolve_targets([result([NOTICE], [relation("示政规〔20193", None)])])
    assert resolved == {("示政规〔20193", None): "示政规〔2019〕3号"} and stubs == []


def test_title_forms_drop_the_city_and_keep_the_about_tail() -> None:
    assert title_forms("示例市人民政府关于加强河道管理的意见") == {
        "示例市人民政府关于加强河道管理的意见",
        "市人民政府关于加强河道管理的意见",
        "关于加强河道管理的意见",
    }
