from __future__ import annotations

from policykg.extract.pipeline import run
from policykg.extract.programs import program_in_title
from policykg.extract.read import decode_bytes


def test_action_plan_title_names_the_action_and_its_period() -> None:
    found = program_in_title("市人民政府办公室关于印发示例市口袋公园建设三年行动实施方案(2024—2026年)的通知")
    assert found == ("示例市口袋公园建设三年行动", "行动", "2024-01-01", "2026-12-31")


def test_five_year_plan_period() -> None:
    assert program_in_title("示例市交通“十四五”规划") == ("示例市交通“十四五”规划", "规划", "2021-01-01", "2025-12-31")


def test_census_and_pilot_titles() -> None:
    assert program_in_title("市人民政府关于开展第七次人口普查工作的通知")[:2] == ("第七次人口普查", "普查")
    assert program_in_title("示例市养老服务改革试点实施方案")[:2] == ("示例市养老服务改革试点", "试点")


def test_generic_or_non_final_program_words_name_nothing() -> None:
    assert program_in_title("全市三年行动方案") is None
    assert program_in_title("示例市国土空间规划委员会工作规则") is None
    assert program_in_title("市人民政府关于加强河道管理的通知") is None


def test_programs_are_deduplicated_per_document(nlp) -> None:
    text = (
        "市人民政府办公室关于印发示例市“美丽乡村”建设三年行动方案的通知\n示政办发〔2024〕9号\n各县、区人民政府:\n"
        "现将《示例市“美丽乡村”建设三年行动方案》印发给你们。继续实施“美丽乡村”行动,启动“百企帮村”工程。\n"
        "示例市人民政府办公室\n2024年6月1日\n"
    )
    doc = run(nlp, decode_bytes(text.encode("utf-8"), "programs.txt"))
    assert [(p.name, p.kind, p.document, p.line) for p in doc._.programs] == [
        ("示例市“美丽乡村”建设三年行动", "行动", "示政办发〔2024〕9号", 1),
        ("“百企帮村”工程", "工程", "示政办发〔2024〕9号", 4),
    ]
    assert all(p.evidence is not None for p in doc._.programs)
