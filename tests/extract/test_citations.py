"""CITES per SCHEMA.md convention 3, on short texts about the fictional 示例市."""

from __future__ import annotations

from policykg.extract.citations import find_citations, number_at, title_references


def cited(text: str, own_number: str | None = "示政办发〔2024〕8号", own_titles: list[str] | None = None) -> list[tuple[str | None, str]]:
    return [(c.target_number, c.reference.title) for c in find_citations(text, own_number=own_number, own_titles=own_titles or [])]


def test_numbered_title_is_cited_whatever_verb_introduces_it() -> None:
    text = "审查须符合《示例省道路运输管理规范》(示交运〔2019〕16号)相关要求。"
    assert cited(text) == [("示交运〔2019〕16号", "示例省道路运输管理规范")]


def test_basis_clause_cites_laws_by_title_with_issuer_prefixes() -> None:
    text = "根据国务院《地名管理条例》、民政部《地名管理条例实施办法》和《示例省地名管理办法》等规定,决定如下:"
    assert cited(text) == [(None, "地名管理条例"), (None, "地名管理条例实施办法"), (None, "示例省地名管理办法")]


def test_title_without_number_outside_a_basis_clause_is_not_cited() -> None:
    assert cited("各地可不执行《政府采购法》规定的方式,参照《学校食品安全管理规定》管理。") == []


def test_basis_clause_title_that_is_no_regulation_is_not_cited() -> None:
    assert cited("4.按照《全市扶贫产品目录》,由中心直接采购。按照《政府工作报告》要求推进。") == []


def test_technical_standards_are_not_cited() -> None:
    text = "根据《示例法》和国家标准《道路交通标志和标线》(GB 5768)及《车载终端技术要求》(JT/T794-2019)、《辐射防护规定(GB62492011)》等规定。"
    assert cited(text) == [(None, "示例法")]


def test_own_attachments_and_promulgated_texts_are_not_cited() -> None:
    own = ["示例市人民政府办公室关于印发示例市节水行动方案的通知", "示例市节水行动方案"]
    text = "现将《示例市节水行动方案》印发给你们。按照《示例市节水行动方案》的任务清单推进,按照《节水标识设置要求》(附件2)设置标识。"
    assert cited(text, own_titles=own) == []


def test_documents_still_to_be_drafted_are_not_cited() -> None:
    assert cited("根据需要,制定《示例市养老服务补助实施方案》,制定印发《示例市养老用房配建规范》。") == []


def test_self_reference_by_own_number_is_not_cited() -> None:
    assert cited("《示例市节水行动方案》(示政办发〔2024〕8号)自印发之日起施行。") == []


def test_lost_closing_title_mark_ends_the_title_at_the_number() -> None:
    text = "根据《示例省投资管理委员会议事规则(试行)(示政办发〔20247规定,制定本规则。"
    assert cited(text, own_number=None) == [("示政办发〔2024〕7号", "示例省投资管理委员会议事规则(试行)")]


def test_lost_opening_title_mark_starts_the_title_after_the_basis_verb() -> None:
    text = "为贯彻落实省人民政府关于印发〈示例省城镇化五年行动计划〉的通知》(示政发202417号)精神,制定本方案。"
    assert cited(text, own_number=None) == [("示政发〔2024〕17号", "省人民政府关于印发〈示例省城镇化五年行动计划〉的通知")]


def test_government_order_number_after_title_without_brackets() -> None:
    text = "根据《保障工资支付条例》国务院令第724号、《示例办法》(省令第307号)等规定。"
    assert cited(text) == [("国务院令第724号", "保障工资支付条例"), ("省令第307号", "示例办法")]


def test_number_of_any_series_counts_after_a_title() -> None:
    assert number_at("(财金〔2020〕21号)要求", 0).normalized == "财金〔2020〕21号"
    assert number_at("(环办水体〔2016〕99号)等", 0).normalized == "环办水体〔2016〕99号"


def test_attached_texts_printed_side_by_side_share_one_number() -> None:
    text = "依据《示例市居民医保办法》和《示例市大病保险办法》(示政办发〔2023〕11号)执行。"
    assert cited(text) == [("示政办发〔2023〕11号", "示例市居民医保办法")]


def test_law_beside_a_numbered_notice_keeps_no_number() -> None:
    text = "根据《中华人民共和国社会保险法》《示例省人民政府关于医保制度的实施意见》(示政发〔2017〕9号)精神。"
    assert cited(text) == [(None, "中华人民共和国社会保险法"), ("示政发〔2017〕9号", "示例省人民政府关于医保制度的实施意见")]


def test_short_name_of_a_national_law_is_the_same_target_as_its_full_name() -> None:
    text = "为贯彻落实《中华人民共和国职业病防治法》精神。对按照《职业病防治法》规定被诊断的职工,依法保障。"
    assert cited(text) == [(None, "中华人民共和国职业病防治法")]


def test_one_citation_per_target() -> None:
    text = "根据《示例省食品安全条例》制定。依据《示例省食品安全条例》第七十六条的规定给予处罚。"
    assert cited(text) == [(None, "示例省食品安全条例")]


def test_nested_title_marks_stay_inside_the_title() -> None:
    [reference] = title_references("根据《示例省实施〈中华人民共和国献血法〉办法》等规定")
    assert reference.title == "示例省实施〈中华人民共和国献血法〉办法"


def test_a_plan_approved_by_named_bodies_in_a_basis_clause_is_cited_by_title() -> None:
    text = "根据《示例省关于市县机构改革的指导意见》(示办发〔2024〕3号)和示例市委、市政府批准的《示例区机构改革方案》,现将有关事项通知如下。"
    assert ("示例区机构改革方案" in [title for _, title in cited(text)])


def test_order_number_printed_with_ling_last_is_read_as_an_order() -> None:
    number = number_at("(市政府第2号令)同时废止", 0)
    assert (number.normalized, number.printed) == ("市政府令第2号", "市政府第2号令")


def test_a_plan_approved_by_named_bodies_opening_a_basis_clause_is_cited_by_title() -> None:
    text = "根据示例市委、市政府批准的《示例区机构改革方案》和《示例省关于机构改革的意见》(示办发〔2024〕3号),现通知如下。"
    assert cited(text) == [(None, "示例区机构改革方案"), ("示办发〔2024〕3号", "示例省关于机构改革的意见")]


def test_a_title_beside_a_numbered_title_of_another_place_keeps_no_number() -> None:
    text = "根据《法治中国建设规划(2020—2025年)》和《示例省2021年法治政府建设工作要点》(示法组办〔2021〕3号),制定本要点。"
    assert cited(text) == [(None, "法治中国建设规划(2020—2025年)"), ("示法组办〔2021〕3号", "示例省2021年法治政府建设工作要点")]


def test_basis_clause_to_implement_without_luoshi_cites_laws_by_title() -> None:
    text = "为深入贯彻《中华人民共和国食品安全法》和《示例市食品安全责任制规定》,经市委同意,成立示例市食品安全委员会。"
    assert cited(text) == [(None, "中华人民共和国食品安全法"), (None, "示例市食品安全责任制规定")]


def test_an_earlier_notice_of_the_same_title_under_another_years_number_is_cited() -> None:
    own = ["示例市人民政府办公室关于调整示例市防汛抗旱指挥部组成人员的通知"]
    text = "其他组成人员不变,按《示例市人民政府办公室关于调整示例市防汛抗旱指挥部组成人员的通知》(示政办函〔2023〕28号)执行。"
    assert cited(text, own_number="示政办函〔2024〕45号", own_titles=own) == [("示政办函〔2023〕28号", own[0])]
    assert cited(text.replace("2023", "2024").replace("28号", "45号"), own_number="示政办函〔2024〕45号", own_titles=own) == []
