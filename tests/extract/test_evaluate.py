"""Scoring as ``../shared/gold/SCHEMA.md`` ("Scoring") defines it; each test pins one rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policykg.extract.evaluate import (
    EvalReport,
    SECTIONS,
    SectionScore,
    diff,
    fold,
    fold_doc_number,
    format_table,
    load_gold_dir,
    score,
)

GOLD_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "gold"


def gold_file(**sections: Any) -> dict[str, Any]:
    empty: dict[str, Any] = {
        "source": "x.txt",
        "documents": [],
        "relations": [],
        "leading_groups": [],
        "responsibilities": [],
        "responsibilities_coverage": [],
        "renames": [],
    }
    return {**empty, **sections}


def document(number: str | None, title: str = "关于某事的通知", date: str | None = "2024-01-02", issuer: list[str] | None = None) -> dict[str, Any]:
    return {"doc_number": number, "title": title, "date": date, "issuer": issuer or ["示例市人民政府"], "line": 1}


def relation(kind: str, source: str, number: str | None, title: str | None = None) -> dict[str, Any]:
    return {"type": kind, "source": source, "target_number": number, "target_title": title, "line": 1}


def task(document_id: str, lead: list[str], responsible: list[str] | None = None, supporting: list[str] | None = None) -> dict[str, Any]:
    return {"document": document_id, "task": "任务", "lead": lead, "responsible": responsible or [], "supporting": supporting or [], "line": 1}


def counts(report: EvalReport, section: str) -> tuple[int, int, int]:
    result = report.sections[section]
    return result.tp, result.fp, result.fn


# ------------------------------------------------------------------------------------------ folding


def test_fold_removes_ascii_ideographic_and_en_spaces() -> None:
    assert fold("李 旭\u3000市\u2002长\t\n") == "李旭市长"


def test_fold_drops_title_marks_angle_brackets_and_quotes() -> None:
    assert fold("《关于〈办法〉的<通知>》“擦亮”‘小’\"城\"'镇'「一」『二』") == "关于办法的通知擦亮小城镇一二"


def test_fold_maps_square_and_lenticular_brackets_to_tortoise_shell() -> None:
    assert fold("咸政发[2020]1号 ［2021］【2022】") == "咸政发〔2020〕1号〔2021〕〔2022〕"


def test_fold_maps_full_width_parentheses_and_colon_to_ascii() -> None:
    assert fold("方案（2020—2022年）：附件") == "方案(2020—2022年):附件"


def test_doc_number_parenthesised_year_folds_to_brackets() -> None:
    assert fold_doc_number("咸政办发(2020)37号") == "咸政办发〔2020〕37号"
    assert fold_doc_number("咸政办发（2020）37号") == "咸政办发〔2020〕37号"
    assert fold_doc_number("咸政办发 [2020] 37号") == "咸政办发〔2020〕37号"


def test_plain_fold_keeps_parenthesised_year_in_titles() -> None:
    assert fold("规划(2020)") == "规划(2020)"


# ---------------------------------------------------------------------------------------- documents


def test_document_matched_by_folded_number() -> None:
    gold = {"a": gold_file(documents=[document("咸政发〔2020〕2号")])}
    predicted = {"a": gold_file(documents=[document("咸政发(2020)2号")])}
    assert counts(score(gold, predicted), "documents") == (1, 0, 0)


def test_document_without_number_is_keyed_by_title() -> None:
    gold = {"a": gold_file(documents=[document(None, title="关于《养老》方案的通知")])}
    predicted = {"a": gold_file(documents=[document(None, title="关于养老方案的 通知")])}
    assert counts(score(gold, predicted), "documents") == (1, 0, 0)


def test_document_field_agreements_reported_separately_and_together() -> None:
    gold = {"a": gold_file(documents=[document("A〔2020〕1号", date="2020-01-01"), document("A〔2020〕2号"), document("A〔2020〕3号")])}
    predicted = {
        "a": gold_file(
            documents=[
                document("A〔2020〕1号", date="2020-01-09"),
                document("A〔2020〕2号", title="别的标题", issuer=["示例市人民政府办公室"]),
                document("A〔2020〕3号"),
            ]
        )
    }
    agreement = score(gold, predicted).agreement
    assert (agreement.matched, agreement.title, agreement.date, agreement.issuer, agreement.all_three) == (3, 2, 2, 2, 1)
    assert agreement.share("all_three") == pytest.approx(1 / 3)


def test_document_issuer_agreement_ignores_order() -> None:
    gold = {"a": gold_file(documents=[document("A〔2020〕1号", issuer=["市财政局", "市人社局"])])}
    predicted = {"a": gold_file(documents=[document("A〔2020〕1号", issuer=["市人社局", "市财政局"])])}
    assert score(gold, predicted).agreement.issuer == 1


def test_field_agreement_counts_only_matched_documents() -> None:
    gold = {"a": gold_file(documents=[document("A〔2020〕1号"), document("A〔2020〕2号")])}
    predicted = {"a": gold_file(documents=[document("A〔2020〕1号"), document("A〔2020〕9号")])}
    agreement = score(gold, predicted).agreement
    assert (agreement.matched, agreement.all_three) == (1, 1)


# ---------------------------------------------------------------------------------------- relations


def test_lifecycle_and_cites_are_scored_separately() -> None:
    gold = {"a": gold_file(relations=[relation("REPEALS", "A〔2024〕6号", "A〔2017〕8号"), relation("CITES", "A〔2024〕6号", "B〔2020〕1号")])}
    predicted = {"a": gold_file(relations=[relation("CITES", "A〔2024〕6号", "A〔2017〕8号"), relation("CITES", "A〔2024〕6号", "B〔2020〕1号")])}
    report = score(gold, predicted)
    assert counts(report, "lifecycle") == (0, 0, 1)
    assert counts(report, "cites") == (1, 1, 0)


def test_relation_type_is_part_of_the_lifecycle_key() -> None:
    gold = {"a": gold_file(relations=[relation("REPEALS", "A〔2024〕6号", "A〔2017〕8号")])}
    predicted = {"a": gold_file(relations=[relation("AMENDS", "A〔2024〕6号", "A〔2017〕8号")])}
    assert counts(score(gold, predicted), "lifecycle") == (0, 1, 1)


def test_relation_target_title_used_only_without_target_number() -> None:
    gold = {"a": gold_file(relations=[relation("CITES", "A〔2024〕6号", None, "中华人民共和国食品安全法"), relation("CITES", "A〔2024〕6号", "B〔2020〕1号", "某办法")])}
    predicted = {"a": gold_file(relations=[relation("CITES", "A〔2024〕6号", None, "《中华人民共和国食品安全法》"), relation("CITES", "A〔2024〕6号", "B(2020)1号", "另一个标题")])}
    assert counts(score(gold, predicted), "cites") == (2, 0, 0)


# ------------------------------------------------------------------------------------ groups/members


def test_members_keyed_by_position_when_name_is_null() -> None:
    members = [{"name": None, "role": "组长", "position": "市长"}, {"name": "吴刚", "role": "副组长", "position": "副市长"}]
    gold = {"a": gold_file(leading_groups=[{"name": "示例市领导小组", "members": members}])}
    predicted_members = [{"name": None, "role": "组长", "position": "市 长"}, {"name": "吴 刚", "role": "成员", "position": "副市长"}]
    predicted = {"a": gold_file(leading_groups=[{"name": "示例市领导小组", "members": predicted_members}])}
    report = score(gold, predicted)
    assert counts(report, "groups") == (1, 0, 0)
    assert counts(report, "members") == (1, 1, 1)


def test_a_group_two_documents_of_one_file_touch_is_one_group_and_one_set_of_memberships() -> None:
    roster = [{"name": "吴刚", "role": "组长", "position": "市长"}]
    gold = {"a": gold_file(leading_groups=[{"name": "示例市领导小组", "members": roster}])}
    twice = [{"name": "示例市领导小组", "members": roster}, {"name": "示例市 领导小组", "members": roster}]
    report = score(gold, {"a": gold_file(leading_groups=twice)})
    assert counts(report, "groups") == (1, 0, 0)
    assert counts(report, "members") == (1, 0, 0)


# ---------------------------------------------------------------------------------- responsibilities


def test_duplicate_responsibility_counts_once_per_task() -> None:
    gold = {"a": gold_file(responsibilities=[task("D1", ["市发改委"])], responsibilities_coverage=["D1"])}
    predicted = {"a": gold_file(responsibilities=[task("D1", ["市发改委", "市发改委"])])}
    assert counts(score(gold, predicted), "responsibilities") == (1, 0, 0)


def test_same_agency_in_two_tasks_counts_twice() -> None:
    gold = {"a": gold_file(responsibilities=[task("D1", ["市发改委"]), task("D1", ["市发改委"])], responsibilities_coverage=["D1"])}
    predicted = {"a": gold_file(responsibilities=[task("D1", ["市发改委"])])}
    assert counts(score(gold, predicted), "responsibilities") == (1, 0, 1)


def test_responsibilities_scored_only_for_covered_documents() -> None:
    gold = {"a": gold_file(responsibilities=[task("D1", ["市发改委"]), task("D2", ["市财政局"])], responsibilities_coverage=["D1"])}
    predicted = {"a": gold_file(responsibilities=[task("D1", ["市发改委"]), task("D3", ["市统计局"])], responsibilities_coverage=["D1", "D3"])}
    assert counts(score(gold, predicted), "responsibilities") == (1, 0, 0)


def test_responsibility_coverage_matches_folded_document_number() -> None:
    gold = {"a": gold_file(responsibilities=[task("咸政办函〔2021〕15号", ["市发改委"])], responsibilities_coverage=["咸政办函〔2021〕15号"])}
    predicted = {"a": gold_file(responsibilities=[task("咸政办函(2021)15号", ["市发改委"])])}
    assert counts(score(gold, predicted), "responsibilities") == (1, 0, 0)


def test_responsibility_role_is_part_of_the_key_but_not_of_the_role_free_score() -> None:
    gold = {"a": gold_file(responsibilities=[task("D1", ["市发改委"], ["市财政局"])], responsibilities_coverage=["D1"])}
    predicted = {"a": gold_file(responsibilities=[task("D1", ["市发改委", "市财政局"])])}
    report = score(gold, predicted)
    assert counts(report, "responsibilities") == (1, 1, 1)
    assert counts(report, "responsibilities_ignoring_role") == (2, 0, 0)


def test_agency_in_two_roles_of_one_task_counts_once_ignoring_role() -> None:
    gold = {"a": gold_file(responsibilities=[task("D1", ["市发改委"])], responsibilities_coverage=["D1"])}
    predicted = {"a": gold_file(responsibilities=[task("D1", ["市发改委"], ["市发改委"])])}
    assert counts(score(gold, predicted), "responsibilities_ignoring_role") == (1, 0, 0)


# ------------------------------------------------------------------------------------------- renames


def test_renames_keyed_by_old_and_new_name() -> None:
    gold = {"a": gold_file(renames=[{"old": "市卫计委", "new": "市卫健委", "by": "X"}])}
    predicted = {"a": gold_file(renames=[{"old": "市卫计委", "new": "市卫健委", "by": "Y"}, {"old": "市卫健委", "new": "市卫计委"}])}
    assert counts(score(gold, predicted), "renames") == (1, 1, 0)


# --------------------------------------------------------------------------------- counting and P/R/F1


def test_duplicate_prediction_of_one_gold_item_is_one_hit_and_one_false_positive() -> None:
    gold = {"a": gold_file(relations=[relation("CITES", "A〔2024〕6号", "B〔2020〕1号")])}
    predicted = {"a": gold_file(relations=[relation("CITES", "A〔2024〕6号", "B〔2020〕1号")] * 2)}
    assert counts(score(gold, predicted), "cites") == (1, 1, 0)


def test_a_renaming_printed_by_two_documents_of_one_file_is_one_succession() -> None:
    gold = {"a": gold_file(renames=[{"old": "甲局", "new": "乙局", "by": "D1"}])}
    predicted = {"a": gold_file(renames=[{"old": "甲局", "new": "乙局", "by": "D1"}, {"old": "甲局", "new": "乙局", "by": "D2"}])}
    assert counts(score(gold, predicted), "renames") == (1, 0, 0)


def test_scores_are_micro_averaged_over_files() -> None:
    gold = {"a": gold_file(renames=[{"old": "甲", "new": "乙"}]), "b": gold_file(renames=[{"old": f"旧{i}", "new": f"新{i}"} for i in range(3)])}
    predicted = {"a": gold_file(renames=[{"old": "甲", "new": "乙"}]), "b": gold_file()}
    result = score(gold, predicted).sections["renames"]
    assert (result.tp, result.fn) == (1, 3)
    assert result.recall == pytest.approx(0.25)
    assert result.f1 == pytest.approx(2 * 1 * 0.25 / 1.25)


def test_empty_section_has_undefined_metrics_not_zero() -> None:
    assert SectionScore.from_counts(0, 0, 0) == SectionScore(0, 0, 0, None, None, None)


def test_no_predictions_gives_zero_f1_and_undefined_precision() -> None:
    assert SectionScore.from_counts(0, 0, 4) == SectionScore(0, 0, 4, None, 0.0, 0.0)


def test_missing_prediction_file_counts_all_missed() -> None:
    gold = {"a": gold_file(documents=[document("A〔2020〕1号")], renames=[{"old": "甲", "new": "乙"}]), "b": gold_file(documents=[document("B〔2020〕1号")])}
    report = score(gold, {"b": gold["b"]})
    assert counts(report, "documents") == (1, 0, 1)
    assert counts(report, "renames") == (0, 0, 1)
    assert report.missing_predictions == ["a"]
    assert report.files["a"].predicted is False


def test_prediction_without_gold_is_listed_not_scored() -> None:
    gold = {"a": gold_file()}
    report = score(gold, {"a": gold_file(), "z": gold_file(renames=[{"old": "甲", "new": "乙"}])})
    assert counts(report, "renames") == (0, 0, 0)
    assert report.unscored_predictions == ["z"]


def test_missing_sections_in_prediction_count_as_empty() -> None:
    gold = {"a": gold_file(renames=[{"old": "甲", "new": "乙"}])}
    assert counts(score(gold, {"a": {"source": "a.txt"}}), "renames") == (0, 0, 1)


# ------------------------------------------------------------------------------- diff, output, loading


def test_diff_lists_missed_and_spurious_keys_with_multiplicity() -> None:
    gold = gold_file(relations=[relation("CITES", "A〔2024〕6号", "B〔2020〕1号"), relation("CITES", "A〔2024〕6号", "B〔2020〕2号")])
    predicted = gold_file(relations=[relation("CITES", "A〔2024〕6号", "B〔2020〕1号"), relation("CITES", "A〔2024〕6号", "C〔2020〕1号"), relation("CITES", "A〔2024〕6号", "C〔2020〕1号")])
    missed, spurious = diff(gold, predicted, "cites")
    assert missed == [("CITES", "A〔2024〕6号", "B〔2020〕2号")]
    assert spurious == [("CITES", "A〔2024〕6号", "C〔2020〕1号")] * 2


def test_diff_rejects_unknown_section() -> None:
    with pytest.raises(ValueError, match="unknown section"):
        diff(gold_file(), gold_file(), "agencies")


def test_format_table_has_a_row_per_section_and_the_agreements() -> None:
    gold = {"a": gold_file(documents=[document("A〔2020〕1号")])}
    table = format_table(score(gold, {}))
    for name in [*SECTIONS, "title", "date", "issuer", "all_three", "no prediction"]:
        assert name in table
    assert table.splitlines()[2].startswith("documents ")


def test_report_to_json_is_serialisable() -> None:
    gold = {"a": gold_file(documents=[document("A〔2020〕1号")])}
    data = json.loads(json.dumps(score(gold, gold).to_json()))
    assert data["sections"]["documents"]["f1"] == 1.0
    assert data["document_agreement"]["all_three_share"] == 1.0
    assert data["files"]["a"]["sections"]["renames"]["precision"] is None


def test_load_gold_dir_reads_json_by_stem_and_ignores_schema(tmp_path: Path) -> None:
    (tmp_path / "SCHEMA.md").write_text("# not data", encoding="utf-8")
    (tmp_path / "001_abc.json").write_text(json.dumps(gold_file(), ensure_ascii=False), encoding="utf-8")
    assert list(load_gold_dir(tmp_path)) == ["001_abc"]


def test_gold_scored_against_itself_is_perfect() -> None:
    if not GOLD_DIR.is_dir() or not any(GOLD_DIR.glob("*.json")):
        pytest.skip(f"no gold annotations at {GOLD_DIR} (the shared folder sits beside the repository)")
    gold = load_gold_dir(GOLD_DIR)
    report = score(gold, gold)
    for name, result in report.sections.items():
        assert (result.fp, result.fn) == (0, 0), name
        assert result.f1 in (1.0, None), name
    assert report.sections["documents"].tp > 0
    assert report.agreement.all_three == report.agreement.matched > 0
