"""Unit lists as printed in 示例市 task clauses."""

from __future__ import annotations

from policykg.extract.unit_list import is_agency_name, looks_like_unit_list, split_units


def names(text: str) -> list[str]:
    return [unit.name for unit in split_units(text)]


def test_splits_on_enumeration_comma_comma_and_semicolon() -> None:
    assert names("示例市发改委、示例市财政局,各县市区人民政府;示例高新区管委会") == [
        "示例市发改委",
        "示例市财政局",
        "各县市区人民政府",
        "示例高新区管委会",
    ]


def test_never_splits_inside_brackets_or_quotes() -> None:
    assert names("市教育局、各镇(街道、中心)") == ["市教育局", "各镇(街道、中心)"]
    assert names("市“双随机、一公开”监管联席会议、市财政局") == ["市“双随机、一公开”监管联席会议", "市财政局"]


def test_and_splits_only_between_whole_agency_names() -> None:
    assert names("市水利和湖泊局、市文化和旅游局") == ["市水利和湖泊局", "市文化和旅游局"]
    assert names("示例市城乡规划委员会和示例市土地资产管理委员会") == ["示例市城乡规划委员会", "示例市土地资产管理委员会"]


def test_shared_suffix_is_expanded_to_each_place() -> None:
    assert names("东城区、西湖县、南山市人民政府") == ["东城区人民政府", "西湖县人民政府", "南山市人民政府"]


def test_missing_separator_between_two_agencies_is_repaired() -> None:
    assert names("市发改委市经信局,市委组织部市教育局") == ["市发改委", "市经信局", "市委组织部", "市教育局"]
    assert names("市交通运输局各县市区人民政府") == ["市交通运输局", "各县市区人民政府"]


def test_one_collective_name_is_not_split() -> None:
    assert names("市政府各部门、市政府办公室、市政府国资委") == ["市政府各部门", "市政府办公室", "市政府国资委"]
    assert names("市安全生产委员会和各专业委员会成员单位") == ["市安全生产委员会和各专业委员会成员单位"]


def test_etc_and_trailing_clauses_are_dropped() -> None:
    assert names("市商务局、示例银行示例支行等相关单位") == ["市商务局", "示例银行示例支行"]
    assert names("市民政局、示例高新区管委会结合实际比照县市区人民政府任务落实、下同。(排第一的为牵头单位)") == [
        "市民政局",
        "示例高新区管委会",
    ]


def test_spaces_inside_a_name_are_removed() -> None:
    assert names("示例银行 示例支行") == ["示例银行示例支行"]


def test_damaged_closing_bracket_is_not_part_of_the_name() -> None:
    assert names("市科技局、示例职教(集团)学校〕") == ["市科技局", "示例职教(集团)学校"]


def test_collectives_are_marked() -> None:
    units = {unit.name: unit.collective for unit in split_units("各县市区人民政府、市直各单位、市防汛指挥部成员单位、市财政局")}
    assert units == {"各县市区人民政府": True, "市直各单位": True, "市防汛指挥部成员单位": True, "市财政局": False}


def test_people_figures_and_sentences_are_not_units() -> None:
    assert names("张三、李四") == []
    assert not is_agency_name("市区3家")
    assert not looks_like_unit_list("成立公司,明确建设主体")
    assert looks_like_unit_list("市民政局,各县市\n区人民政府")


def test_departments_after_one_printed_with_its_level_share_that_level() -> None:
    assert names("县人社局、医保局、税务局") == ["县人社局", "县医保局", "县税务局"]
    assert names("县民政局、残联") == ["县民政局", "县残联"]
    assert names("县财政局、农业农村局、市场监管局") == ["县财政局", "县农业农村局", "县市场监管局"]


def test_units_naming_their_own_place_keep_it_after_a_levelled_unit() -> None:
    assert names("县人社局、团县委、人民银行示例支行") == ["县人社局", "团县委", "人民银行示例支行"]
    assert names("市民政局、示例银保监分局") == ["市民政局", "示例银保监分局"]


def test_same_below_remark_is_not_part_of_the_name() -> None:
    assert names("省财政厅,各市州人民政府(下同)") == ["省财政厅", "各市州人民政府"]


def test_a_customs_house_is_an_agency():
    assert is_agency_name("示例海关") and [u.name for u in split_units("市税务局、示例海关")] == ["市税务局", "示例海关"]


def test_villages_grids_and_works_are_units_but_the_countryside_is_not() -> None:
    assert names("各村(社区)、相关村、柳湾村、各网格、第一至第八网格、示例市水务集团东坪水厂") == [
        "各村(社区)", "相关村", "柳湾村", "各网格", "第一至第八网格", "示例市水务集团东坪水厂",
    ]
    assert not is_agency_name("农村") and not is_agency_name("美丽乡村")


def test_town_level_is_shared_by_a_bare_department_but_not_a_city_named_after_a_town() -> None:
    assert names("镇妇联、团委") == ["镇妇联", "镇团委"]
    assert names("镇规划建设办、镇财政所") == ["镇规划建设办", "镇财政所"]
    assert names("镇江市财政局、团委") == ["镇江市财政局", "团委"]


def test_star_after_a_unit_marks_the_lead() -> None:
    units = split_units("市交通运输局、市住建局*、示例镇人民政府")
    assert [(u.name, u.marked_lead) for u in units] == [("市交通运输局", False), ("市住建局", True), ("示例镇人民政府", False)]


def test_the_first_responsible_unit_mark_is_no_part_of_the_name_and_marks_the_lead() -> None:
    units = split_units("县卫健局(第一责任单位)、县人社局、示例镇人民政府")
    assert [(u.name, u.marked_lead) for u in units] == [("县卫健局", True), ("县人社局", False), ("示例镇人民政府", False)]
