"""A document's status on a date, with its evidence chain, from fictional 示例市 records."""

from __future__ import annotations

import datetime as dt

from policykg.extract.records import DocumentRecord, EditItem, Evidence, ExtractionResult, RelationRecord
from policykg.graph.status import LifecycleIndex, format_status, status_of

RULES = "示政规〔2019〕3号"
DECISION = "示政发〔2024〕6号"


def document(number: str, title: str, date: str, expiry: str | None = None, effective: str | None = None, start: int = 0, end: int = 100) -> DocumentRecord:
    return DocumentRecord(
        title, number, number, ["示例市人民政府"], date, [], 1, start=start, end=end,
        effective_date=effective, expiry_date=expiry, evidence=Evidence("a.txt", 1, title, start, start + 1),
    )


def relation(kind: str, target: str, source: str = DECISION, date: str | None = "2024-12-26", text: str = "(一)《示例市停车管理办法》", pending: bool = False, at: int = 150) -> RelationRecord:
    edits = [EditItem("replace", "市城管委", "市城管局", 7)] if kind == "AMENDS" else []
    return RelationRecord(kind, source, target, "示例市停车管理办法", 7, date, pending, edits, Evidence("b.txt", 7, text, at, at + 1))


def results(*relations: RelationRecord, expiry: str | None = "2024-06-30", effective: str | None = None) -> list[ExtractionResult]:
    rules = document(RULES, "示例市人民政府关于印发示例市停车管理办法的通知", "2019-05-06", expiry, effective)
    decision = document(DECISION, "示例市人民政府关于废止修改部分行政规范性文件的决定", "2024-12-26", start=100, end=1000)
    return [ExtractionResult("a.txt", documents=[rules]), ExtractionResult("b.txt", documents=[decision], relations=list(relations))]


def state(records: list[ExtractionResult], day: str, key: str = RULES) -> tuple[str, str | None, str | None]:
    status = status_of(records, key, dt.date.fromisoformat(day))
    return status.state, status.since, status.by


def test_in_force_between_signing_and_expiry() -> None:
    assert state(results(), "2020-01-01") == ("in_force", "2019-05-06", None)


def test_not_yet_in_force_before_its_effective_date() -> None:
    assert state(results(effective="2019-07-01"), "2019-06-01")[0] == "not_yet_in_force"


def test_expired_the_day_after_its_printed_validity() -> None:
    assert state(results(), "2024-07-01") == ("expired", "2024-07-01", None)


def test_repealed_from_the_repealing_documents_date() -> None:
    records = results(relation("REPEALS", RULES), expiry=None)
    assert state(records, "2024-12-01") == ("in_force", "2019-05-06", None)
    assert state(records, "2025-01-01") == ("repealed", "2024-12-26", DECISION)


def test_amended_by_the_latest_amendment_made_by_then() -> None:
    records = results(relation("AMENDS", RULES, date="2021-03-01", source="示政办发〔2021〕31号"), relation("AMENDS", RULES), expiry=None)
    assert state(records, "2022-01-01") == ("amended", "2021-03-01", "示政办发〔2021〕31号")
    assert state(records, "2025-01-01") == ("amended", "2024-12-26", DECISION)


def test_pending_amendment_changes_no_state_but_is_in_the_chain() -> None:
    status = status_of(results(relation("AMENDS", RULES, pending=True), expiry=None), RULES, dt.date(2025, 1, 1))
    assert status.state == "in_force"
    assert [e.event for e in status.evidence_chain] == ["issued", "amendment_ordered"]


def test_extension_with_printed_date_moves_the_expiry() -> None:
    extension = relation("EXTENDS_VALIDITY", RULES, date="2024-05-01", text="《示例市停车管理办法》(示政规〔2019〕3号)有效期延长至2026年6月30日。")
    records = results(extension)
    assert status_of(records, RULES, dt.date(2025, 1, 1)).until == "2026-06-30"
    assert state(records, "2025-01-01")[0] == "extended"
    assert state(records, "2026-07-01")[0] == "expired"


def test_undated_action_by_another_document_takes_the_reporting_documents_date_at_the_latest() -> None:
    records = results(relation("EXTENDS_VALIDITY", RULES, source="示政发〔2023〕9号", date=None), relation("REPEALS", RULES))
    status = status_of(records, RULES, dt.date(2025, 1, 1))
    assert (status.state, status.by) == ("repealed", DECISION)
    extension = next(e for e in status.evidence_chain if e.event == "extended")
    assert (extension.date, extension.exact) == ("2024-12-26", False)


def test_document_never_read_is_in_force_after_its_numbers_year_unless_ended() -> None:
    records = results(relation("REPEALS", "示政规〔2015〕1号"))
    assert state(records, "2016-03-01", "示政规〔2015〕1号") == ("in_force", None, None)
    assert state(records, "2015-03-01", "示政规〔2015〕1号")[0] == "unknown"
    assert state(records, "2025-01-01", "示政规〔2015〕1号") == ("repealed", "2024-12-26", DECISION)


def test_status_found_by_title_as_well_as_by_number() -> None:
    index = LifecycleIndex.of(results(relation("REPEALS", RULES), expiry=None))
    assert status_of(index, "示例市停车管理办法", dt.date(2025, 1, 1)).document == RULES


def test_format_status_prints_state_and_evidence_chain() -> None:
    text = format_status(status_of(results(relation("REPEALS", RULES), expiry=None), RULES, dt.date(2025, 1, 1)))
    assert text.splitlines()[1] == "as of 2025-01-01: repealed since 2024-12-26 by 示政发〔2024〕6号"
    assert "2019-05-06  issued" in text
    assert "2024-12-26  repealed by 示政发〔2024〕6号" in text
    assert "b.txt:7  (一)《示例市停车管理办法》" in text
