import json

import pytest

from policykg.extract.evaluate import section_keys
from policykg.extract.pipeline import build_pipeline, run
from policykg.extract.read import DecodedText, decode_bytes, read_file

COMPONENTS = ("policy_segmenter", "policy_documents", "policy_rosters")


@pytest.fixture(scope="module")
def roster_nlp():
    return build_pipeline(COMPONENTS)


def groups_of(nlp, text: str):
    doc = run(nlp, DecodedText(path="示例.txt", text=text, encoding="utf-8"))
    return doc, {g.name: g for g in doc._.leading_groups}


NOTICE = """示例市人民政府办公室关于成立示例市城市更新工作领导小组的通知
示政办函〔2024〕8号
各县、市、区人民政府,市政府各部门:
为加强组织领导,市人民政府决定成立示例市城市更新工作领导小组(以下简称领导小组)。现将有关事项通知如下:
组  长:王  明  副市长
副组长:李  华  市政府副秘书长
赵国强  市住新局局长
成  员:孙  立  市财政局局长
领导小组下设办公室,办公室设在市住新局,赵国强同志兼任办公室主任。
各县(市、区)要成立相应的领导小组。
示例市人民政府办公室
2024年3月1日
"""



def read(nlp, text: str):
    """The Doc of a fictional text, as the pipeline reads a file."""
    return run(nlp, decode_bytes(text.encode("utf-8"), "groups.txt"))

def test_roster_members_and_office(roster_nlp):
    doc, groups = groups_of(roster_nlp, NOTICE)
    group = groups["示例市城市更新工作领导小组"]
    assert group.kind == "领导小组" and group.action == "establish"
    assert group.office_at == "市住新局"
    assert [(m.name, m.role) for m in group.members] == [
        ("王明", "组长"), ("李华", "副组长"), ("赵国强", "副组长"), ("孙立", "成员"), ("赵国强", "办公室主任")
    ]
    assert all(m.evidence and m.line == m.evidence.line for m in group.members)
    assert len(doc.spans["rosters"]) == 1


def test_lower_level_bodies_are_not_groups(roster_nlp):
    _, groups = groups_of(roster_nlp, NOTICE)
    assert list(groups) == ["示例市城市更新工作领导小组"]


def test_mere_mention_is_not_a_group(roster_nlp):
    text = "示例市人民政府关于做好春耕工作的通知\n示政发〔2024〕3号\n各县、市、区人民政府:\n一、加强协作。市春耕领导小组成员单位要各司其职。(责任单位:市防汛抗旱指挥部成员单位)\n"
    _, groups = groups_of(roster_nlp, text)
    assert groups == {}


def test_composition_in_prose_gives_members_by_post(roster_nlp):
    text = (
        "示例市人民政府办公室关于印发示例市河道治理方案的通知\n示政办发〔2024〕9号\n各县、市、区人民政府:\n"
        "(一)加强组织领导。市政府建立示例市河道治理联席会议制度,由分管副市长任召集人,市政府分管副秘书长、市水利局局长任副召集人,"
        "市财政局、市农业农村局等单位主要负责人为成员。联席会议日常工作由市水利局承担。\n"
    )
    _, groups = groups_of(roster_nlp, text)
    group = groups["示例市河道治理联席会议"]
    assert [(m.position, m.role) for m in group.members] == [
        ("分管副市长", "召集人"), ("市政府分管副秘书长", "副召集人"), ("市水利局局长", "副召集人")
    ]
    assert group.member_units == ["市财政局", "市农业农村局"] and group.office_at == "市水利局"


def test_office_director_by_post_and_deputy_in_office_context(roster_nlp):
    text = (
        "示例市人民政府办公室关于成立示例市防灾工作指挥部的通知\n示政办函〔2024〕2号\n各县、市、区人民政府:\n"
        "指挥部指挥长由市长担任,副指挥长由分管副市长、市应急管理局局长担任。"
        "指挥部办公室设在市应急管理局,办公室主任由市应急管理局局长兼任,副主任由市应急管理局分管副局长担任。\n"
    )
    _, groups = groups_of(roster_nlp, text)
    roles = [(m.position, m.role) for m in groups["示例市防灾工作指挥部"].members]
    assert ("市长", "指挥长") in roles and ("市应急管理局分管副局长", "办公室副主任") in roles


def test_abolished_body_has_action_abolish(roster_nlp):
    text = (
        "示例市人民政府办公室关于成立示例市稳就业工作领导小组的通知\n示政办函〔2024〕5号\n各县、市、区人民政府:\n"
        "市人民政府决定成立示例市稳就业工作领导小组,示例市就业工作联席会议同时撤销。\n"
    )
    _, groups = groups_of(roster_nlp, text)
    assert groups["示例市就业工作联席会议"].action == "abolish"
    assert groups["示例市就业工作联席会议"].established_by == "示政办函〔2024〕5号"  # the document acting on it, as the gold lists it
    assert groups["示例市稳就业工作领导小组"].established_by == "示政办函〔2024〕5号"


def test_groups_and_members_on_gold(roster_nlp, shared_corpus, shared_gold):
    counts = {"groups": [0, 0, 0], "members": [0, 0, 0]}
    for gold_path in sorted(shared_gold.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = run(roster_nlp, read_file(shared_corpus / f"{gold_path.stem}.txt"))
        predicted = {"leading_groups": [json.loads(json.dumps(g, default=vars)) for g in doc._.leading_groups]}
        for section, (tp_fp_fn) in counts.items():
            gold_keys = section_keys(gold, section, frozenset())
            predicted_keys = section_keys(predicted, section, frozenset())
            tp = sum((gold_keys & predicted_keys).values())
            tp_fp_fn[0] += tp
            tp_fp_fn[1] += sum(predicted_keys.values()) - tp
            tp_fp_fn[2] += sum(gold_keys.values()) - tp
    f1 = {section: 2 * tp / (2 * tp + fp + fn) for section, (tp, fp, fn) in counts.items()}
    assert f1["groups"] >= 0.95 and f1["members"] >= 0.97, f1


def test_group_renamed_in_a_sentence_is_named_by_its_new_name_alone(nlp):
    text = (
        "示例市人民政府关于调整示例市生态保护委员会的通知\n示政发〔2024〕4号\n各区人民政府:\n"
        "经市人民政府研究,示例市环境保护委员会更名为示例市生态保护委员会,办公室设在市生态环境局。\n"
        "示例市人民政府\n2024年3月1日\n"
    )
    doc = read(nlp, text)
    assert [(g.name, g.office_at) for g in doc._.leading_groups] == [("示例市生态保护委员会", "市生态环境局")]


def test_group_named_across_a_title_line_break_keeps_its_whole_name(nlp):
    text = (
        "示例市人民政府办公室关于调整示例市安全生产\n委员会组成人员的通知\n示政办字〔2024〕9号\n各区人民政府:\n"
        "现将市安全生产委员会组成人员调整如下:\n主  任:顾  明  市长\n委  员:郑  岩  市应急管理局局长\n"
        "示例市人民政府办公室\n2024年3月27日\n"
    )
    doc = read(nlp, text)
    assert [(g.name, [m.name for m in g.members]) for g in doc._.leading_groups] == [("示例市安全生产委员会", ["顾明", "郑岩"])]


def test_prose_adjustments_name_people_with_their_posts_in_brackets(nlp):
    text = (
        "示例省住房和城乡建设厅关于调整厅安全生产工作领导小组组成人员的通知\n示建发〔2024〕18号\n厅机关各处室:\n"
        "经厅党组研究,对厅安全生产工作领导小组组成人员作如下调整:\n"
        "一、组长由郑一言同志(厅党组书记、厅长)担任。\n"
        "二、增补柯一舒同志(厅党组成员、副厅长)为副组长。\n"
        "示例省住房和城乡建设厅\n2024年4月11日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert [(m.name, m.role, m.position) for m in group.members] == [
        ("郑一言", "组长", "厅党组书记、厅长"), ("柯一舒", "副组长", "厅党组成员、副厅长"),
    ]


def test_members_by_post_keep_responsible_comrade_and_member_units_stay_units(nlp):
    text = (
        "示例省人民政府办公厅关于建立示例省老旧小区改造工作联席会议制度的通知\n示政办函〔2024〕3号\n各市人民政府:\n"
        "联席会议由省住房城乡建设厅主要负责同志担任召集人,成员单位为省发展改革委、省财政厅、省民政厅。\n"
        "示例省人民政府办公厅\n2024年4月1日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert [(m.name, m.role, m.position) for m in group.members] == [(None, "召集人", "省住房城乡建设厅主要负责同志")]
    assert group.member_units == ["省发展改革委", "省财政厅", "省民政厅"]


def test_bodies_listed_under_an_abolition_heading_are_abolished_groups(nlp):
    text = (
        "示例市人民政府办公室关于调整和撤销部分市级议事协调机构的通知\n示政办字〔2024〕16号\n各区人民政府:\n"
        "一、撤销的议事协调机构(2个)\n1.示例市创建文明城市迎检工作指挥部\n2.示例市第四次全国经济普查领导小组\n"
        "上述机构撤销后,其承担的工作职责由相关职能部门按照职责分工承担。\n"
        "二、保留的议事协调机构\n示例市人民政府办公室\n2024年4月28日\n"
    )
    doc = read(nlp, text)
    assert [(g.name, g.action) for g in doc._.leading_groups] == [
        ("示例市创建文明城市迎检工作指挥部", "abolish"), ("示例市第四次全国经济普查领导小组", "abolish"),
    ]


def test_working_groups_with_labelled_lead_and_member_units(nlp):
    text = (
        "示例县人民政府关于成立示例县商业体系建设工作领导小组的通知\n示县发〔2024〕2号\n各乡镇人民政府:\n"
        "县人民政府决定成立示例县商业体系建设工作领导小组。领导小组下设3个工作组:\n"
        "1.商贸流通组。组长单位:县商务局;成员单位:县供销合作社、县市场监督管理局。\n"
        "示例县人民政府\n2024年3月1日\n"
    )
    doc = read(nlp, text)
    found = {g.name: g for g in doc._.leading_groups}
    assert found["商贸流通组"].parent == "示例县商业体系建设工作领导小组"
    assert found["商贸流通组"].member_units == ["县商务局", "县供销合作社", "县市场监督管理局"]


def test_convener_named_before_his_post_in_prose(nlp):
    text = (
        "示例市人民政府办公室关于建立示例市供水保障工作联席会议制度的通知\n示政办字〔2024〕14号\n各区人民政府:\n"
        "联席会议由马骁副市长任召集人。\n示例市人民政府办公室\n2024年4月17日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert [(m.name, m.role, m.position) for m in group.members] == [("马骁", "召集人", "副市长")]


def test_short_name_given_as_an_alias_is_no_second_group_and_shared_posts_split(nlp):
    text = (
        "示例区人民政府办公室关于印发示例区城市内涝应急预案的通知\n示区政办发〔2024〕5号\n各街道办事处:\n"
        "区人民政府设立示例区城市内涝应急指挥部(以下简称区内涝指挥部)。区内涝指挥部组成如下:\n"
        "总指挥:区政府分管副区长\n"
        "区内涝指挥部办公室设在区应急管理局,办公室副主任由区水务局、区城市管理局分管负责同志担任。\n"
        "示例区人民政府办公室\n2024年5月1日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert group.name == "示例区城市内涝应急指挥部"
    assert [(m.name, m.role, m.position) for m in group.members] == [
        (None, "总指挥", "区政府分管副区长"),
        (None, "办公室副主任", "区水务局分管负责同志"), (None, "办公室副主任", "区城市管理局分管负责同志"),
    ]


def test_task_force_head_named_in_prose(nlp):
    text = (
        "示例县人民政府办公室关于印发重点任务分工方案的通知\n示县政办发〔2024〕8号\n各乡镇人民政府:\n"
        "成立县重点任务督办专班,由县委常委、常务副县长陆一白任专班长,县政府办公室主任卫一禾任副专班长。\n"
        "示例县人民政府办公室\n2024年3月1日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert [(m.name, m.role) for m in group.members] == [("陆一白", "专班长"), ("卫一禾", "副专班长")]


def test_a_counted_class_of_bodies_is_no_group(nlp):
    text = (
        "示例区人民政府办公室关于印发应急预案的通知\n示区政办发〔2024〕6号\n各街道办事处:\n"
        "区人民政府设立示例区防汛指挥部。指挥部根据处置需要设立6个专项工作组。\n示例区人民政府办公室\n2024年5月1日\n"
    )
    doc = read(nlp, text)
    assert [g.name for g in doc._.leading_groups] == ["示例区防汛指挥部"]


def test_working_group_set_up_under_a_headquarters_with_its_units(nlp):
    text = (
        "示例市人民政府办公室关于成立示例市重大项目建设指挥部的通知\n示政办发〔2024〕7号\n各区人民政府:\n"
        "经市人民政府同意,决定成立示例市重大项目建设指挥部。指挥部下设要素保障组,由市自然资源局牵头,市财政局、市生态环境局参加。\n"
        "示例市人民政府办公室\n2024年2月16日\n"
    )
    doc = read(nlp, text)
    found = {g.name: g for g in doc._.leading_groups}
    assert found["要素保障组"].parent == "示例市重大项目建设指挥部"
    assert found["要素保障组"].member_units == ["市自然资源局", "市财政局", "市生态环境局"]


def test_member_units_joined_by_he_with_a_shared_tail_stay_units(nlp):
    text = (
        "示例省人民政府办公厅关于成立示例省燃气安全整治工作专班的通知\n示政办函〔2024〕5号\n各市人民政府:\n"
        "成立示例省燃气安全整治工作专班,省公安厅、省商务厅和省住房城乡建设厅城市建设处负责同志为成员。\n"
        "示例省人民政府办公厅\n2024年6月1日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert group.members == [] and group.member_units == ["省公安厅", "省商务厅", "省住房城乡建设厅城市建设处"]


def test_group_renamed_in_quotes_is_adjusted_and_every_body_no_longer_kept_is_abolished(nlp):
    text = (
        "示例市人民政府办公室关于调整部分议事协调机构的通知\n示政办字〔2024〕16号\n各区人民政府:\n"
        "(一)将“示例市河长制工作领导小组”调整为“示例市河湖长制工作领导小组”,组成人员不变。\n"
        "(二)组建示例市食品药品安全委员会,不再保留示例市食品安全委员会、示例市药品安全工作领导小组。\n"
        "示例市人民政府办公室\n2024年4月28日\n"
    )
    doc = read(nlp, text)
    assert {g.name: g.action for g in doc._.leading_groups} == {
        "示例市河湖长制工作领导小组": "adjust", "示例市食品药品安全委员会": "establish",
        "示例市食品安全委员会": "abolish", "示例市药品安全工作领导小组": "abolish",
    }


def test_reform_notice_groups_renamed_moved_merged_and_abolished_by_a_list_intro(nlp):
    text = (
        "示例县人民政府关于调整部分议事协调机构的通知\n示县政发〔2019〕8号\n各乡镇人民政府:\n"
        "(一)示例县国土资源管理委员会更名为示例县自然资源管理委员会,办公室由县国土资源局调整至县自然资源局。\n"
        "(二)示例县森林防火指挥部办公室由县林业局调整至县应急管理局。\n"
        "(三)将示例县食品安全委员会、示例县药品安全委员会合并设立示例县食品药品安全委员会。\n"
        "(四)不再保留县旅游发展委员会。\n"
        "决定撤销以下2个议事协调机构:\n1.示例县第三次全国农业普查领导小组\n2.示例县城区违法建设治理工作专班\n"
        "示例县人民政府\n2019年3月1日\n"
    )
    doc = read(nlp, text)
    found = {g.name: (g.action, g.office_at) for g in doc._.leading_groups}
    assert found == {
        "示例县自然资源管理委员会": ("adjust", "县自然资源局"),  # renamed: the body goes on under its new name
        "示例县森林防火指挥部": ("describe", "县应急管理局"),
        "示例县食品安全委员会": ("abolish", None), "示例县药品安全委员会": ("abolish", None),
        "示例县食品药品安全委员会": ("establish", None),
        "示例县第三次全国农业普查领导小组": ("abolish", None), "示例县城区违法建设治理工作专班": ("abolish", None),
    }


def test_words_inside_a_name_are_no_boundaries_and_integrated_bodies_apart(nlp):
    text = (
        "示例市人民政府办公室关于调整部分议事协调机构的通知\n示政办发〔2023〕12号\n各区人民政府:\n"
        "(一)成立示例市数字经济和数据要素发展领导小组,办公室设在市数据局。\n"
        "(二)将示例市招商引资工作领导小组和示例市重大项目建设指挥部整合为示例市招商引资和重大项目建设指挥部,"
        "不再保留示例市招商引资工作领导小组、示例市重大项目建设指挥部。\n示例市人民政府办公室\n2023年5月4日\n"
    )
    doc = read(nlp, text)
    assert {g.name: g.action for g in doc._.leading_groups} == {
        "示例市数字经济和数据要素发展领导小组": "establish",
        "示例市招商引资工作领导小组": "abolish", "示例市重大项目建设指挥部": "abolish",
        "示例市招商引资和重大项目建设指挥部": "establish",
    }


def test_a_post_holding_several_portfolios_is_one_post(nlp):
    text = (
        "示例市人民政府办公室关于成立示例市招商引资指挥部的通知\n示政办发〔2023〕13号\n各区人民政府:\n"
        "成立示例市招商引资指挥部,指挥长由市长担任,副指挥长由分管发展改革、商务工作的副市长担任。\n"
        "示例市人民政府办公室\n2023年5月4日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert [(m.role, m.position) for m in group.members] == [("指挥长", "市长"), ("副指挥长", "分管发展改革、商务工作的副市长")]


def test_deputies_listed_in_clauses_before_their_role(nlp):
    text = (
        "示例县人民政府办公室关于成立示例县人居环境提升行动指挥部的通知\n示县政办发〔2024〕9号\n各乡镇人民政府:\n"
        "成立示例县人居环境提升行动指挥部,由县长尉迟岳同志任指挥长,常务副县长阮清和同志,副县长邝怀素同志任副指挥长。\n"
        "示例县人民政府办公室\n2024年3月1日\n"
    )
    doc = read(nlp, text)
    (group,) = doc._.leading_groups
    assert [(m.name, m.role) for m in group.members] == [("尉迟岳", "指挥长"), ("阮清和", "副指挥长"), ("邝怀素", "副指挥长")]


ADJUSTMENT_WITH_ROSTERS = """示例市人民政府办公室关于调整部分议事协调机构的通知
示政办发〔2024〕31号
各县、市、区人民政府,市政府各部门:
一、市智慧城市建设领导小组更名为示例市数字示例建设领导小组,领导小组办公室设在市数据局。
二、市粮食安全工作领导小组办公室由市粮食局调整至市发展改革委。
附件:示例市数字示例建设领导小组成员名单
示例市人民政府办公室
2024年12月9日
附件
示例市数字示例建设领导小组成员名单
组  长:卞  禾  市长
成  员:凌  渡  市数据局局长
领导小组办公室主任由凌渡同志兼任。
"""


def test_bare_kind_word_after_a_roster_means_the_roster_body_not_the_latest_named(roster_nlp):
    _, groups = groups_of(roster_nlp, ADJUSTMENT_WITH_ROSTERS)
    assert ("凌渡", "办公室主任") in [(m.name, m.role) for m in groups["示例市数字示例建设领导小组"].members]
    assert groups["市粮食安全工作领导小组"].members == []


MERGER_THEN_COMPOSITION = """示例市人民政府关于调整领导小组的通知
示政发〔2024〕5号
将市乡村振兴领导小组和市农业现代化领导小组整合为示例市农业农村发展领导小组,不再保留市乡村振兴领导小组、市农业现代化领导小组。领导小组由市长任组长,分管副市长任副组长。
"""


def test_bare_kind_word_after_a_merger_means_the_body_formed_not_those_merged_away(roster_nlp):
    _, groups = groups_of(roster_nlp, MERGER_THEN_COMPOSITION)
    formed = groups["示例市农业农村发展领导小组"]
    assert [(m.position, m.role) for m in formed.members] == [("市长", "组长"), ("分管副市长", "副组长")]
    assert groups["市农业现代化领导小组"].members == []


REFORM = """中共示例区委 示例区人民政府关于印发机构改革实施方案的通知
示发〔2024〕9号
(一)组建区委社会工作部。区委两新组织工作委员会的职责整体划入区委社会工作部,不再保留区委两新组织工作委员会。
(二)撤销区商贸流通工作联席会议、区两新组织党建工作协调小组、区城市管理委员会。
"""


def test_committee_whose_duties_move_wholly_into_a_department_is_an_organ_not_a_group(roster_nlp):
    _, groups = groups_of(roster_nlp, REFORM)
    assert "区委两新组织工作委员会" not in groups
    assert groups["区城市管理委员会"].action == "abolish"


def test_coordination_subgroup_named_xietiao_xiaozu_is_a_body_of_kind_other(roster_nlp):
    _, groups = groups_of(roster_nlp, REFORM)
    assert groups["区两新组织党建工作协调小组"].kind == "other"
    assert groups["区两新组织党建工作协调小组"].action == "abolish"


PARTY_ISSUED_ROSTER = """中共示例市委办公室关于调整示例市食品安全委员会组成人员的通知
示办发〔2024〕3号
各县(市、区)党委,市直各单位:
经研究,决定调整示例市食品安全委员会组成人员。名单如下:
主  任:卞  禾  市长
委  员:邱映霞市委宣传部副部长
邰芳菲示例海关副关长
中共示例市委办公室
2024年5月6日
"""


def test_jurisdiction_of_a_party_issued_text_lets_a_post_start_with_the_bare_place_name(roster_nlp):
    _, groups = groups_of(roster_nlp, PARTY_ISSUED_ROSTER)
    members = [(m.name, m.position) for m in groups["示例市食品安全委员会"].members]
    assert ("邰芳菲", "示例海关副关长") in members


def test_two_posts_joined_by_he_are_two_members_by_post(roster_nlp):
    text = ("示例市人民政府关于设立示例市地质灾害应急指挥部的通知\n示政发〔2024〕7号\n各县、市、区人民政府:\n"
            "市人民政府设立示例市地质灾害应急指挥部,指挥长由分管副市长担任,副指挥长由市应急管理局局长和示例军分区副司令员担任。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.position, m.role) for m in groups["示例市地质灾害应急指挥部"].members]
    assert ("市应急管理局局长", "副指挥长") in rows and ("示例军分区副司令员", "副指挥长") in rows


def test_a_body_abolished_in_a_list_after_a_name_with_quotes_is_abolished(roster_nlp):
    text = ("示例区人民政府办公室关于调整议事协调机构的通知\n示政办发〔2024〕9号\n各街道:\n"
            "撤销示例区城区“两违”整治指挥部、示例区人民防空工程建设协调小组,其工作由相关部门按职责承担。\n")
    _, groups = groups_of(roster_nlp, text)
    assert groups["示例区人民防空工程建设协调小组"].action == "abolish"


def test_people_in_one_list_share_posts_printed_before_or_after_them(roster_nlp):
    text = ("示例市交通运输局关于调整领导小组组成人员的通知\n示交发〔2024〕15号\n局机关各科室:\n"
            "领导小组由局党组书记、局长钭一任组长,街道党工委副书记、办事处主任祖二任常务副组长,"
            "局党组成员、副局长昝三、禚四和局总工程师司马五任副组长。\n")
    _, groups = groups_of(roster_nlp, text.replace("领导小组由", "示例市交通运输局推进交通强市建设领导小组由"))
    rows = {(m.name, m.role): m.position for m in groups["示例市交通运输局推进交通强市建设领导小组"].members}
    assert rows[("祖二", "常务副组长")] == "街道党工委副书记、办事处主任"
    assert rows[("昝三", "副组长")] == rows[("禚四", "副组长")] == "局党组成员、副局长"
    assert rows[("司马五", "副组长")] == "局总工程师"


def test_two_people_joined_by_he_each_with_a_post(roster_nlp):
    text = ("示例街道办事处关于成立网格化服务管理工作领导小组的通知\n示街发〔2024〕3号\n各社区:\n"
            "决定成立示例街道网格化服务管理工作领导小组。街道党工委委员、副主任隆一和街道党工委委员、政法委员眭二任副组长;"
            "市委常委、常务副市长栾三同志和副市长仉四同志任召集人。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.name, m.role) for m in groups["示例街道网格化服务管理工作领导小组"].members]
    assert ("隆一", "副组长") in rows and ("眭二", "副组长") in rows
    assert ("栾三", "召集人") in rows and ("仉四", "召集人") in rows


def test_numbered_member_rows_after_members_announced_in_prose(roster_nlp):
    text = ("示例市交通运输局关于调整示例市交通运输局安全生产领导小组组成人员的通知\n示交发〔2024〕16号\n局机关各科室:\n"
            "示例市交通运输局安全生产领导小组由局长钭一任组长。成员名单如下:\n1.牟二    局办公室主任\n2.仝三    局规划科科长\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.name, m.role) for m in groups["示例市交通运输局安全生产领导小组"].members]
    assert ("牟二", "成员") in rows and ("仝三", "成员") in rows


STAFF_CHANGES = """示例市人民政府办公室关于调整部分市级议事协调机构组成人员的通知
示政办发〔2024〕15号
各县(市、区)人民政府:
一、示例市安全生产委员会
隗一同志因工作调动不再担任市安全生产委员会副主任,由副市长仉二同志接任;市应急管理局局长褚三同志任市安全生产委员会委员,简四同志不再担任委员。
二、撤销的议事协调机构
示例市创建国家森林城市工作指挥部已完成阶段性任务,予以撤销,其未尽事宜由市林业局承担。
"""


def test_successor_takes_the_role_the_leaver_gives_up(roster_nlp):
    _, groups = groups_of(roster_nlp, STAFF_CHANGES)
    committee = groups["示例市安全生产委员会"]
    assert [(m.name, m.role, m.position) for m in committee.members] == [("仉二", "副主任", "副市长"), ("褚三", "委员", "市应急管理局局长")]
    assert [(m.name, m.role) for m in committee.departures] == [("隗一", "副主任"), ("简四", "委员")]


def test_body_abolished_after_a_clause_saying_why(roster_nlp):
    _, groups = groups_of(roster_nlp, STAFF_CHANGES)
    assert groups["示例市创建国家森林城市工作指挥部"].action == "abolish"


WORKING_GROUPS_LED_RESPECTIVELY = """示例市交通运输局关于成立安全生产专项整治工作专班的通知
示交函〔2024〕31号
局机关各科室:
决定成立示例市交通运输安全生产专项整治工作专班。工作专班下设综合协调组、督导检查组,分别由局安全监督科、市交通运输综合行政执法支队牵头,各组组长由牵头单位主要负责同志担任。
"""


def test_working_groups_led_respectively_get_their_lead_unit_and_its_head(roster_nlp):
    _, groups = groups_of(roster_nlp, WORKING_GROUPS_LED_RESPECTIVELY)
    coordination, inspection = groups["综合协调组"], groups["督导检查组"]
    assert coordination.member_units == ["局安全监督科"] and inspection.member_units == ["市交通运输综合行政执法支队"]
    assert [(m.role, m.position) for m in inspection.members] == [("组长", "市交通运输综合行政执法支队主要负责同志")]
    assert groups["示例市交通运输安全生产专项整治工作专班"].members == []


ZONE_SQUAD = """示例高新技术产业开发区管理委员会关于成立重点项目建设攻坚工作专班的通知
示高管发〔2024〕5号
管委会各部门:
决定成立示例高新区重点项目建设攻坚工作专班。
专 班 长:喻一  管委会主任
工作专班下设综合组、督导组,具体如下:
(一)综合组。组长:詹二(党政综合办公室主任);成员单位:党政综合办公室、财政金融局。负责会议组织。
(二)督导组。组长由樊三同志兼任;成员单位:营商环境局。负责督导。
"""


def test_working_group_heads_named_in_their_heading_lines(roster_nlp):
    _, groups = groups_of(roster_nlp, ZONE_SQUAD)
    assert [(m.name, m.role, m.position) for m in groups["综合组"].members] == [("詹二", "组长", "党政综合办公室主任")]
    assert [(m.name, m.role) for m in groups["督导组"].members] == [("樊三", "组长")]


def test_a_development_zone_is_the_jurisdiction_its_body_names_start_with(roster_nlp):
    text = ("示例高新技术产业开发区管理委员会关于调整部分议事协调机构的通知\n示高管发〔2024〕9号\n管委会各部门:\n"
            "一、示例高新区安全生产委员会\n主任由喻一同志担任,常务副主任由阚二同志担任。\n")
    _, groups = groups_of(roster_nlp, text)
    assert [(m.name, m.role) for m in groups["示例高新区安全生产委员会"].members] == [("喻一", "主任"), ("阚二", "常务副主任")]


def test_member_records_carry_their_posts_split_into_organisation_and_title(roster_nlp):
    _, groups = groups_of(roster_nlp, NOTICE)
    (head,) = [m for m in groups["示例市城市更新工作领导小组"].members if m.role == "组长"]
    assert [(p.organization, p.title) for p in head.posts] == [("市人民政府", "副市长")]


def test_a_unit_represented_by_a_named_person_is_a_member_with_the_units_post(roster_nlp):
    text = ("示例省住房和城乡建设厅关于调整厅安全生产工作领导小组组成人员的通知\n示建发〔2022〕3号\n厅机关各处室:\n"
            "决定对厅安全生产工作领导小组组成人员作如下调整:\n一、组长由郑一同志(厅党组书记、厅长)担任。\n"
            "二、成员中,建筑市场监管处由卓二同志(处长)参加,城市建设处由祁三同志(处长)参加。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.name, m.role, m.position) for m in groups["厅安全生产工作领导小组"].members]
    assert ("卓二", "成员", "建筑市场监管处处长") in rows and ("祁三", "成员", "城市建设处处长") in rows


def test_an_expert_panel_counts_once_staffed_or_abolished_not_when_a_measure_builds_it(roster_nlp):
    text = ("示例市人民政府关于加快养老服务发展的意见\n示政发〔2022〕3号\n各县、市、区人民政府:\n"
            "5.加强人才队伍建设。建立示例市养老服务专家组,组建养老服务人才库。\n"
            "6.示例市消防设计审查专家组同时撤销。\n")
    _, groups = groups_of(roster_nlp, text)
    assert "示例市养老服务专家组" not in groups
    assert groups["示例市消防设计审查专家组"].action == "abolish" and groups["示例市消防设计审查专家组"].kind == "工作组"


def test_bodies_in_a_disposition_table_are_kept_abolished_or_renamed_with_their_offices(roster_nlp):
    from tests.extract.test_disposition_table import TABLE

    text = "中共示例市委办公室 示例市人民政府办公室关于印发议事协调机构清理规范方案的通知\n示办发〔2024〕15号\n各县(市、区):\n" + TABLE
    _, groups = groups_of(roster_nlp, text)
    assert groups["示例市安全生产委员会"].action == "adjust" and groups["示例市安全生产委员会"].office_at == "市应急管理局"
    assert groups["示例市数字示例建设领导小组"].office_at == "市数据局" and "示例市大数据发展领导小组" not in groups
    assert groups["示例市物流业发展联席会议"].action == "abolish"


NUMBERED_CHANGES = """示例省人民政府办公厅关于调整示例省安全生产委员会等议事协调机构组成人员的通知
示政办函〔2024〕9号
省政府各部门:
一、示例省安全生产委员会
1.主任由省长晁一同志担任(接替解二同志)。
2.委员中,省应急管理厅厅长由令狐三同志担任(原为桑四同志),省交通运输厅厅长由庹五同志担任。
二、示例省食品安全委员会
1.阙六同志职务变动为省政府副秘书长,在委员会中由委员调整为副主任。
"""


def test_numbered_changes_give_successors_members_and_leavers(roster_nlp):
    _, groups = groups_of(roster_nlp, NUMBERED_CHANGES)
    safety = groups["示例省安全生产委员会"]
    assert [(m.name, m.role, m.position) for m in safety.members] == [
        ("晁一", "主任", "省长"), ("令狐三", "委员", "省应急管理厅厅长"), ("庹五", "委员", "省交通运输厅厅长"),
    ]
    assert [(m.name, m.role) for m in safety.departures] == [("解二", "主任"), ("桑四", "委员")]
    food = groups["示例省食品安全委员会"]
    assert [(m.name, m.role, m.position) for m in food.members] == [("阙六", "副主任", "省政府副秘书长")]
    assert [(m.name, m.role) for m in food.departures] == [("阙六", "委员")]


def test_working_group_heads_announced_before_the_groups_come_from_their_lead_units(roster_nlp):
    text = ("示例省人民政府办公厅关于成立示例省低空经济发展工作专班的通知\n示政办函〔2024〕31号\n省政府各部门:\n"
            "决定成立示例省低空经济发展工作专班。专班下设2个工作组,各工作组组长由牵头单位分管负责同志担任:\n"
            "(一)空域协调组。牵头单位:民航示例监管局;参加单位:省公安厅、省气象局。\n"
            "(二)设施保障组。牵头单位:省交通运输厅;参加单位:省财政厅。\n")
    _, groups = groups_of(roster_nlp, text)
    assert [(m.role, m.position) for m in groups["空域协调组"].members] == [("组长", "民航示例监管局分管负责同志")]
    assert [(m.role, m.position) for m in groups["设施保障组"].members] == [("组长", "省交通运输厅分管负责同志")]


def test_two_heads_of_units_sharing_a_role_and_office_deputies_sharing_a_tail(roster_nlp):
    text = ("示例省商务厅 示例海关关于建立示例省跨境贸易便利化工作协调机制的通知\n示商发〔2024〕62号\n各市(州)商务主管部门:\n"
            "示例省跨境贸易便利化工作协调机制由省商务厅主要负责同志和示州海关主要负责同志共同担任召集人,省税务局分管负责同志为成员。"
            "协调机制办公室设在省商务厅,示州海关、省税务局相关处室主要负责同志任办公室副主任。国家金融监督管理总局示例监管局为联席会议成员单位。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.position, m.role) for m in groups["示例省跨境贸易便利化工作协调机制"].members]
    assert ("省商务厅主要负责同志", "召集人") in rows and ("示州海关主要负责同志", "召集人") in rows
    assert ("示州海关相关处室主要负责同志", "办公室副主任") in rows and ("省税务局相关处室主要负责同志", "办公室副主任") in rows
    assert not any(name.endswith("为联席会议") for name in groups)


def test_one_person_taking_a_second_role_in_the_same_clause(roster_nlp):
    text = ("示例市人民政府办公室关于调整示例市数字示例建设领导小组组成人员的通知\n示政办函〔2024〕29号\n市政府各部门:\n"
            "示例市数字示例建设领导小组:阎一同志职务调整为市政府党组成员、副市长,在领导小组中由成员调整为副组长;"
            "市数据局局长栗二同志任成员并兼任领导小组办公室主任。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.name, m.role) for m in groups["示例市数字示例建设领导小组"].members]
    assert ("阎一", "副组长") in rows and ("栗二", "成员") in rows and ("栗二", "办公室主任") in rows


PREFECTURE_NOTICE = """示例地区行政公署办公室关于撤销和调整部分议事协调机构的通知
示署办发〔2023〕37号
行署各部门:
一、撤销以下议事协调机构
| 序号 | 机构名称 | 设立文件 |
| 1 | 示例地区创建国家卫生城市工作领导小组 | 示署办发〔2016〕27号 |
| 2 | 示例地区城镇危旧房改造工作联席会议 | 示署办发〔2020〕8号 |
二、更名
示例地区防治艾滋病工作委员会改称示例地区防治重大疾病工作委员会,委员会办公室由地区疾病预防控制中心调整至地区卫生健康委员会。
"""


def test_bodies_listed_in_a_table_under_an_abolishing_heading_are_abolished(roster_nlp):
    _, groups = groups_of(roster_nlp, PREFECTURE_NOTICE)
    assert groups["示例地区创建国家卫生城市工作领导小组"].action == "abolish"
    assert groups["示例地区城镇危旧房改造工作联席会议"].action == "abolish"
    assert "示例地区防治重大疾病工作委员会" in groups and not any("改称" in name for name in groups)


def test_working_groups_in_a_table_with_lead_and_member_units(roster_nlp):
    text = ("示例地区行政公署关于印发示例地区低温雨雪冰冻灾害应急预案的通知\n示署发〔2023〕5号\n行署各部门:\n"
            "行署设立示例地区低温雨雪冰冻灾害应急指挥部。副指挥长由行署协助分管应急管理工作的副秘书长,"
            "地区应急管理局、地区气象局主要负责同志和国网示例供电公司总经理担任。\n"
            "| 组　别 | 牵头单位 | 成员单位 | 主要职责 |\n| 综合协调组 | 地区应急管理局 | 行署办公室、地区气象局 | 汇总灾情信息 |\n"
            "| 交通保障组 | 地区交通运输局 | 地区公安局 | 组织道路除冰保通 |\n")
    _, groups = groups_of(roster_nlp, text)
    assert groups["综合协调组"].member_units == ["地区应急管理局", "行署办公室", "地区气象局"]
    assert groups["交通保障组"].parent == "示例地区低温雨雪冰冻灾害应急指挥部"
    deputies = [m.position for m in groups["示例地区低温雨雪冰冻灾害应急指挥部"].members if m.role == "副指挥长"]
    assert deputies == ["行署协助分管应急管理工作的副秘书长", "地区应急管理局主要负责同志", "地区气象局主要负责同志", "国网示例供电公司总经理"]


def test_two_heads_named_as_joint_heads(roster_nlp):
    text = ("示例自治县人民政府关于印发文化旅游产业发展实施方案的通知\n示政发〔2024〕3号\n各乡镇人民政府:\n"
            "成立示例自治县文化旅游产业发展领导小组,由县委书记鞠一、县长盘二任双组长,县委常委、常务副县长奉三任常务副组长。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.name, m.role) for m in groups["示例自治县文化旅游产业发展领导小组"].members]
    assert rows == [("鞠一", "组长"), ("盘二", "组长"), ("奉三", "常务副组长")]


def test_a_notice_adjusting_the_staff_of_a_body_adjusts_it_and_a_link_to_such_a_notice_does_not(roster_nlp):
    text = ("市人民政府办公室关于调整示例市城市更新工作领导小组组成人员的通知\n示政办函〔2024〕19号\n各县、市、区人民政府:\n"
            "经市人民政府同意,对示例市城市更新工作领导小组组成人员调整如下:王一同志因工作调动不再担任副组长,由副市长邓二同志接任;"
            "黄三同志不再兼任领导小组办公室主任,由市住新局副局长孙四同志兼任。\n"
            "下一篇:示例市人民政府办公室关于调整示例市防汛抗旱指挥部成员的通知\n")
    _, groups = groups_of(roster_nlp, text)
    renewal = groups["示例市城市更新工作领导小组"]
    assert renewal.action == "adjust"
    assert [(m.name, m.role) for m in renewal.members] == [("邓二", "副组长"), ("孙四", "办公室主任")]
    assert [(m.name, m.role) for m in renewal.departures] == [("王一", "副组长"), ("黄三", "办公室主任")]
    assert "示例市防汛抗旱指挥部" not in groups


def test_roles_named_after_the_short_name_the_text_gave_the_body(roster_nlp):
    text = ("示例县人民政府关于调整示例县食品安全委员会组成人员的通知\n示政发〔2024〕14号\n各乡镇人民政府:\n"
            "决定对示例县食品安全委员会(以下简称县食安委)组成人员作如下调整:\n1.县委副书记、县长卜一同志任县食安委主任。\n"
            "2.县教育局局长麻二同志为县食安委委员。\n")
    _, groups = groups_of(roster_nlp, text)
    assert [(m.name, m.role) for m in groups["示例县食品安全委员会"].members] == [("卜一", "主任"), ("麻二", "委员")]


def test_former_bodies_and_bodies_abolished_once_their_task_is_done(roster_nlp):
    text = ("示例镇人民政府关于调整议事协调机构的通知\n示镇发〔2024〕5号\n各村(社区):\n"
            "成立示例镇重大项目推进工作专班,原示例镇重大项目建设推进工作领导小组同时撤销。"
            "示例镇第七次全国人口普查领导小组、示例镇脱贫攻坚指挥部因阶段性任务已完成,自然撤销。"
            "分别成立局城中村改造工作专班和局保交楼工作专班。\n")
    _, groups = groups_of(roster_nlp, text)
    assert groups["示例镇重大项目建设推进工作领导小组"].action == "abolish"
    assert groups["示例镇第七次全国人口普查领导小组"].action == groups["示例镇脱贫攻坚指挥部"].action == "abolish"
    assert "局保交楼工作专班" in groups and not any(name.startswith("原") for name in groups)


STAFF_AND_BODY_CHANGES = """示例市人民政府办公室关于调整部分议事协调机构的通知
示政办发〔2024〕33号
各县(市、区)人民政府:
一、示例市安全生产委员会
原由费一同志担任的常务副主任,调整为市委常委、常务副市长舒二同志担任;原副主任、市政府副秘书长蒙三同志因工作调动不再担任,由市政府副秘书长鄂四同志接任;委员中,“市应急管理局局长祝五”调整为“市应急管理局局长邹六”。
二、撤销的议事协调机构
以下2个议事协调机构已完成阶段性任务,予以撤销:
| 序号 | 机构名称 | 设立文件 | 后续工作承接单位 |
| 1 | 示例市老旧小区改造工作领导小组 | 示政办发〔2020〕17号 | 市住房和城乡建设局 |
三、合并的议事协调机构
示例市夜间经济发展工作专班纳入示例市促进消费工作领导小组统筹,不再单独设立。
"""


def test_roles_handed_over_and_post_holders_swapped_in_a_numbered_adjustment(roster_nlp):
    _, groups = groups_of(roster_nlp, STAFF_AND_BODY_CHANGES)
    rows = [(m.name, m.role) for m in groups["示例市安全生产委员会"].members]
    assert ("舒二", "常务副主任") in rows and ("鄂四", "副主任") in rows and ("邹六", "委员") in rows


def test_abolition_table_announced_after_the_list_and_a_body_folded_into_another(roster_nlp):
    _, groups = groups_of(roster_nlp, STAFF_AND_BODY_CHANGES)
    assert groups["示例市老旧小区改造工作领导小组"].action == "abolish"
    assert "示例市夜间经济发展工作专班" in groups and not any("纳入" in name for name in groups)


def test_working_group_heads_in_a_table_column(roster_nlp):
    text = ("示例市人民政府关于成立示例市创建全国文明城市工作指挥部的通知\n示政发〔2024〕8号\n各县(市、区)人民政府:\n"
            "决定成立示例市创建全国文明城市工作指挥部。指挥部下设专项工作组:\n| 组别 | 组长 | 牵头单位 | 成员单位 |\n"
            "| 综合协调组 | 隋一(市政府秘书长) | 市文明办 | 市委宣传部、市政府办 |\n")
    _, groups = groups_of(roster_nlp, text)
    assert [(m.name, m.role, m.position) for m in groups["综合协调组"].members] == [("隋一", "组长", "市政府秘书长")]
    assert groups["综合协调组"].member_units == ["市文明办", "市委宣传部", "市政府办"]


def test_a_committee_given_up_with_its_duties_moving_into_a_department_is_an_organ(roster_nlp):
    text = ("中共示例市委 示例市人民政府关于印发机构改革实施方案的通知\n示发〔2024〕9号\n"
            "(一)组建市委社会工作部。不再保留市委两新组织工作委员会,其职责划入市委社会工作部。\n")
    _, groups = groups_of(roster_nlp, text)
    assert "市委两新组织工作委员会" not in groups


def test_a_body_renamed_is_listed_under_its_new_name_with_its_office_handed_over(roster_nlp):
    text = ("示例市人民政府办公室关于调整部分议事协调机构的通知\n示政办发〔2024〕40号\n各县(市、区)人民政府:\n"
            "(三)示例市智慧城市建设领导小组更名为示例市数字政府建设领导小组,其办公室从原市政务服务和大数据管理局移交市数据局。\n")
    _, groups = groups_of(roster_nlp, text)
    renamed = groups["示例市数字政府建设领导小组"]
    assert renamed.action == "adjust" and renamed.office_at == "市数据局"


def test_posts_as_members_of_the_body_and_a_government_office_is_no_office_of_the_body(roster_nlp):
    text = ("示例县人民政府办公室关于印发医共体建设实施方案的通知\n示政办发〔2024〕19号\n各乡镇人民政府:\n"
            "(一)组建县医共体管理委员会。由县长任主任,县政府办公室分管副主任、县卫健局局长任副主任。"
            "示湖区人民政府区长、示溪县人民政府县长为县医共体管理委员会成员。"
            "领导小组下设产业链推进组、技术改造组2个工作组,分别由市经济和信息化局、市科技局牵头。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.position, m.role) for m in groups["县医共体管理委员会"].members]
    assert ("县政府办公室分管副主任", "副主任") in rows and ("县卫健局局长", "副主任") in rows
    assert ("示湖区人民政府区长", "成员") in rows


def test_a_body_the_title_names_without_its_place_is_the_one_named_in_full_below(roster_nlp):
    text = ("中共示例街道工作委员会 示例街道办事处关于成立城市精细化管理工作领导小组的通知\n示街发〔2024〕3号\n各社区:\n"
            "一、成立示例街道城市精细化管理工作领导小组。\n")
    _, groups = groups_of(roster_nlp, text)
    assert list(groups) == ["示例街道城市精细化管理工作领导小组"]


def test_items_naming_a_body_then_its_fate_and_a_second_role_after_jian(roster_nlp):
    text = ("示例县人民政府办公室关于调整部分议事协调机构的通知\n示政办发〔2024〕9号\n各乡镇人民政府:\n"
            "一、示例县社区矫正委员会。主任由县政府副县长瞿一同志担任,县司法局局长司空二同志任副主任兼办公室主任。\n"
            "(一)示例县第七次人口普查领导小组。工作任务已完成,予以撤销,后续工作由县统计局承担。\n")
    _, groups = groups_of(roster_nlp, text)
    assert [(m.name, m.role) for m in groups["示例县社区矫正委员会"].members] == [("瞿一", "主任"), ("司空二", "副主任"), ("司空二", "办公室主任")]
    assert groups["示例县第七次人口普查领导小组"].action == "abolish"


def test_members_named_after_a_merger_belong_to_the_body_formed(roster_nlp):
    text = ("示例区人民政府办公室关于调整部分议事协调机构的通知\n示政办发〔2024〕12号\n各街道:\n"
            "区食品安全委员会与区药品安全委员会合并,更名为区食品药品安全委员会,不再保留区食品安全委员会、区药品安全委员会。区长鄢一同志任主任。\n")
    _, groups = groups_of(roster_nlp, text)
    assert [(m.name, m.role) for m in groups["区食品药品安全委员会"].members] == [("鄢一", "主任")]


def test_successors_and_new_holders_named_in_several_ways(roster_nlp):
    text = ("示例市人民政府办公室关于调整示例市防汛抗旱指挥部组成人员的通知\n示政办函〔2024〕21号\n各县(市、区)人民政府:\n"
            "一、示例市防汛抗旱指挥部(以下简称市防指)组成人员调整如下。\n"
            "二、麻一同志已退休,不再担任市防指副指挥长,其职务由新任市水利局局长厍二同志接任。\n"
            "三、市应急管理局局长晏三同志由市防指成员改任常务副指挥长。\n"
            "四、市防指成员中,市气象局局长由禹四同志调整为查五同志。\n"
            "五、主任由温六同志调整为县长鲁七同志。\n")
    _, groups = groups_of(roster_nlp, text)
    rows = [(m.name, m.role) for m in groups["示例市防汛抗旱指挥部"].members]
    assert ("厍二", "副指挥长") in rows and ("晏三", "常务副指挥长") in rows and ("查五", "成员") in rows and ("鲁七", "主任") in rows
