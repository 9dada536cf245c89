"""Renamed and merged organisations in 示例市 amendment decisions."""

from __future__ import annotations

import pytest

from policykg.extract.pipeline import build_pipeline, make_doc
from policykg.extract.read import DecodedText
from policykg.extract.renames import changes_in


def pairs(text: str) -> list[tuple[str, str]]:
    return [(c.old, c.new) for c in changes_in(text)]


def test_quoted_replacement_between_agencies() -> None:
    assert pairs("1.将第五条中“市住房和城乡建设局”修改为“市建设局”。") == [("市住房和城乡建设局", "市建设局")]


def test_respective_replacements_pair_in_order() -> None:
    text = "将全文中的“市卫计委”“市环保局”分别修改为“市卫健委”“市生态环境局”,增加“市医保局”作为责任单位。"
    assert pairs(text) == [("市卫计委", "市卫健委"), ("市环保局", "市生态环境局")]


def test_jointly_quoted_old_names_each_become_the_new_one() -> None:
    assert pairs("将“市国土资源局、市城乡规划局”修改为“市资源规划局”") == [("市国土资源局", "市资源规划局"), ("市城乡规划局", "市资源规划局")]


def test_generic_department_terms_people_and_fragments_are_no_renames() -> None:
    assert pairs("将“市住建部门”修改为“市建设部门”。") == []
    assert pairs("将“卫生计生部门”统一修改为“卫生健康部门”。") == []
    assert pairs("将“张三”修改为“李四”。") == []
    assert pairs("将第二款中“自然资源和规划”修改为“住新”。") == []
    assert pairs("将“日常工作由市经信局负责”修改为“日常工作由市数据局负责”。") == []


def test_renamed_to() -> None:
    assert pairs("将示例市文化局更名为示例市文化和旅游局。") == [("示例市文化局", "示例市文化和旅游局")]


def test_merged_into_a_new_body() -> None:
    text = "第二条 示例市规划委员会(以下简称市规委会)是由示例市城乡规划委员会和示例市土地管理委员会合并设立的议事机构。"
    assert [(c.old, c.new, c.kind) for c in changes_in(text)] == [
        ("示例市城乡规划委员会", "示例市规划委员会", "merge"),
        ("示例市土地管理委员会", "示例市规划委员会", "merge"),
    ]


DECISION = """示例市人民政府关于修改部分行政规范性文件的决定

示政发〔2024〕3号

各县、市、区人民政府,市政府各部门:

一、将《示例办法》第三条中“市环保局”修改为“市生态环境局”。

二、将《示例规定》全文中的“市环保局”修改为“市生态环境局”。

示例市人民政府

2024年3月1日
"""


@pytest.fixture(scope="module")
def renames_of_decision() -> list:
    nlp = build_pipeline(("policy_segmenter", "policy_documents", "policy_renames"))
    doc = make_doc(nlp, DecodedText("示例决定.txt", DECISION, "utf-8"))
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.renames


def test_a_pair_is_reported_once_per_document_with_its_first_line(renames_of_decision: list) -> None:
    assert [(r.old, r.new, r.by, r.line) for r in renames_of_decision] == [("市环保局", "市生态环境局", "示政发〔2024〕3号", 7)]
    assert renames_of_decision[0].evidence.text.startswith("一、将《示例办法》")


def test_bodies_no_longer_kept_go_into_the_one_built_from_them() -> None:
    text = "二、整合市造价管理站、市招标投标管理办公室的职责,组建市建筑市场服务中心,不再保留市造价管理站、市招标投标管理办公室。"
    assert [(c.old, c.new, c.kind) for c in changes_in(text)] == [
        ("市造价管理站", "市建筑市场服务中心", "merge"), ("市招标投标管理办公室", "市建筑市场服务中心", "merge"),
    ]


def test_list_label_is_not_part_of_the_renamed_name_and_adjusted_quotes_rename() -> None:
    text = "(二)示例市城市管理委员会更名为示例市城市管理和综合执法委员会。(三)将“示例市河长制工作领导小组”调整为“示例市河湖长制工作领导小组”。"
    assert [(c.old, c.new) for c in changes_in(text)] == [
        ("示例市城市管理委员会", "示例市城市管理和综合执法委员会"), ("示例市河长制工作领导小组", "示例市河湖长制工作领导小组"),
    ]


def test_a_unit_struck_from_a_quoted_list_is_no_rename() -> None:
    assert changes_in("2.将第十条中“区住房和城乡建设局、区财政局”修改为“区住房和城乡建设局”。") == []


def test_reform_forms_duties_moved_merged_former_bodies_and_moved_then_renamed() -> None:
    text = (
        "(一)市乡村振兴局的职责划入市农业农村局,不再保留市乡村振兴局。\n"
        "1.原市乡村振兴局综合规划科与原市乡村振兴局开发指导科合并设立巩固衔接科,承担帮扶工作。\n"
        "2.原市乡村振兴局所属的市乡村振兴服务中心划归市农业农村局管理,更名为市农村发展服务中心。\n"
    )
    assert [(c.old, c.new, c.kind) for c in changes_in(text)] == [
        ("市乡村振兴局", "市农业农村局", "merge"),
        ("市乡村振兴局综合规划科", "巩固衔接科", "merge"), ("市乡村振兴局开发指导科", "巩固衔接科", "merge"),
        ("市乡村振兴服务中心", "市农村发展服务中心", "rename"),
    ]


def test_built_body_with_no_longer_kept_ones_in_the_next_sentence_or_after_a_comma() -> None:
    text = (
        "(七)组建县市场监督管理局。将县工商行政管理局、县质量技术监督局的职责整合,组建县市场监督管理局。不再保留县工商行政管理局、县质量技术监督局。\n"
        "(三)将示例县减灾委员会与示例县抗震救灾指挥部合并,设立示例县防灾减灾救灾委员会,不再保留示例县减灾委员会、示例县抗震救灾指挥部。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("县工商行政管理局", "县市场监督管理局"), ("县质量技术监督局", "县市场监督管理局"),
        ("示例县减灾委员会", "示例县防灾减灾救灾委员会"), ("示例县抗震救灾指挥部", "示例县防灾减灾救灾委员会"),
    }


def test_bodies_integrated_into_one_and_built_with_a_clause_between() -> None:
    text = (
        "(二)将示例市招商引资工作领导小组和示例市重大项目建设指挥部整合为示例市招商引资和重大项目建设指挥部,不再保留示例市招商引资工作领导小组。\n"
        "(六)将市城市管理局、市城管执法局的职责整合,组建市城市管理和综合执法局,作为市政府工作部门。不再保留市城市管理局、市城管执法局。\n"
        "(七)将县农业局的职责,以及县发改局的农业投资项目管理职责整合,组建县农业农村局。不再保留县农业局。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("示例市招商引资工作领导小组", "示例市招商引资和重大项目建设指挥部"), ("示例市重大项目建设指挥部", "示例市招商引资和重大项目建设指挥部"),
        ("市城市管理局", "市城市管理和综合执法局"), ("市城管执法局", "市城市管理和综合执法局"),
        ("县农业局", "县农业农村局"),
    }


def test_a_body_built_anew_under_its_old_name_takes_the_one_merged_into_it() -> None:
    text = "4.市体育运动学校与市少年儿童业余体育学校合并,组建新的市体育运动学校,为市教育局所属公益一类事业单位。"
    assert ("市少年儿童业余体育学校", "市体育运动学校") in {(c.old, c.new) for c in changes_in(text)}


def test_names_quoting_a_slogan_are_whole_and_unquoted() -> None:
    text = "将示例市推进“放管服”改革协调小组与示例市优化营商环境工作领导小组合并,组建示例市优化营商环境和“放管服”改革工作领导小组,不再保留上述两个机构。"
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("示例市推进放管服改革协调小组", "示例市优化营商环境和放管服改革工作领导小组"),
        ("示例市优化营商环境工作领导小组", "示例市优化营商环境和放管服改革工作领导小组"),
    }


def test_a_body_absorbed_into_another_or_kept_only_as_its_second_name() -> None:
    text = (
        "(四)将区地方志编纂中心并入区档案馆,区档案馆加挂区地方志编纂中心牌子,不再单设区地方志编纂中心。\n"
        "(五)区政务服务中心加挂区大数据中心牌子,不再保留单设的区大数据中心。\n"
        "(六)将区供水站、区排水站的职责整合,组建新的区市政设施维护中心,不再保留区供水站、区排水站。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("区地方志编纂中心", "区档案馆"), ("区大数据中心", "区政务服务中心"),
        ("区供水站", "区市政设施维护中心"), ("区排水站", "区市政设施维护中心"),
    }


def test_second_name_hung_out_over_sentences_with_an_adverb_before_the_verb() -> None:
    text = (
        "(三)区农业农村局加挂区乡村振兴局牌子。将区乡村振兴局的统筹推进乡村发展职责划入区农业农村局,"
        "区农业农村局对外加挂区乡村振兴局牌子。不再保留单设的区乡村振兴局。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {("区乡村振兴局", "区农业农村局")}


def test_adjusted_to_a_new_name_is_a_rename_but_a_new_supervisor_is_not() -> None:
    text = (
        "三、区城市管理局调整为区城市管理和综合执法局,作为区政府工作部门。\n"
        "(二)区水利工程管理站调整为区水利事务中心,为区水利局所属公益一类事业单位。\n"
        "(四)区人民防空指挥信息保障中心由区人民防空办公室所属调整为区住房和城乡建设局所属,名称和编制不变。\n"
        "(一)将示例区食品安全工作领导小组调整为示例区食品安全委员会,委员会办公室设在区市场监督管理局。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("区城市管理局", "区城市管理和综合执法局"), ("区水利工程管理站", "区水利事务中心"),
        ("示例区食品安全工作领导小组", "示例区食品安全委员会"),
    }


def test_abolished_with_its_duties_moved_into_another_body() -> None:
    assert {(c.old, c.new) for c in changes_in("四、撤销区人民防空办公室,其职责划入区住房和城乡建设局。\n")} == {("区人民防空办公室", "区住房和城乡建设局")}


def test_a_heading_naming_what_was_set_up_is_no_part_of_a_new_name() -> None:
    text = "一、整合设立的事业单位\n\n(一)将区广播电视台并入区融媒体中心,重新组建区融媒体中心,为区委宣传部所属公益一类事业单位,不再保留区广播电视台。\n"
    assert {(c.old, c.new) for c in changes_in(text)} == {("区广播电视台", "区融媒体中心")}


def test_reform_notice_forms_of_renaming_and_merging() -> None:
    text = (
        "(一)将示例市城市建设档案馆、示例市房地产交易中心整合,组建示例市城建档案和房产交易服务中心,作为市住房和城乡建设局下属公益一类事业单位,核定事业编制32名。不再保留示例市城市建设档案馆、示例市房地产交易中心。\n"
        "(二)示例市公务用车服务中心整建制并入示例市机关事务服务中心,不再保留示例市公务用车服务中心。\n"
        "(三)示例市农业技术推广中心(加挂示例市植物保护站牌子)更名为示例市农业科技服务中心。\n"
        "(四)将示例市会展服务中心划转至市投资促进局管理,更名为示例市会展和投资服务中心。\n"
        "(五)示例市信息中心的名称规范为示例市大数据中心,由市发展和改革委员会所属调整为市数据局所属。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("示例市城市建设档案馆", "示例市城建档案和房产交易服务中心"), ("示例市房地产交易中心", "示例市城建档案和房产交易服务中心"),
        ("示例市公务用车服务中心", "示例市机关事务服务中心"), ("示例市农业技术推广中心", "示例市农业科技服务中心"),
        ("示例市会展服务中心", "示例市会展和投资服务中心"), ("示例市信息中心", "示例市大数据中心"),
    }


def test_disposition_table_rows_rename_and_merge() -> None:
    from tests.extract.test_disposition_table import TABLE

    assert {(c.old, c.new) for c in changes_in(TABLE)} == {
        ("示例市大数据发展领导小组", "示例市数字示例建设领导小组"),
        ("示例市爱国卫生运动委员会", "示例市爱国卫生和城乡环境整治委员会"),
        ("示例市创建国家卫生城市工作指挥部", "示例市爱国卫生和城乡环境整治委员会"),
    }


def test_more_reform_verbs_of_renaming_and_folding() -> None:
    text = (
        "三、州人民政府金融工作办公室的地方金融监管以外的职责划入州委金融委员会办公室,不再保留州人民政府金融工作办公室。\n"
        "二、州城乡规划设计院改设为州国土空间规划研究院,隶属关系和机构规格不变。\n"
        "四、州林木种苗站整建制划入州林业科学研究所,不再单独设置。\n"
        "五、撤销州乡镇企业服务中心,其职责和人员划入州中小企业发展服务中心。\n"
        "七、州民族歌舞团转企改制为示例民族演艺有限责任公司,不再列入事业单位管理。\n"
        "示例地区防治艾滋病工作委员会改称示例地区防治重大疾病工作委员会。\n"
        "一、同意示例地区农业科学研究所更名为示例地区农业科学研究院。\n"
        "(一)将示例地区河长制工作领导小组(示署发〔2017〕30号设立)与示例地区湖长制工作领导小组(示署办发〔2018〕15号设立)合并,组建示例地区河湖长制工作领导小组,不再保留示例地区河长制工作领导小组、示例地区湖长制工作领导小组。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("州人民政府金融工作办公室", "州委金融委员会办公室"), ("州城乡规划设计院", "州国土空间规划研究院"),
        ("州林木种苗站", "州林业科学研究所"), ("州乡镇企业服务中心", "州中小企业发展服务中心"),
        ("州民族歌舞团", "示例民族演艺有限责任公司"),
        ("示例地区防治艾滋病工作委员会", "示例地区防治重大疾病工作委员会"),
        ("示例地区农业科学研究所", "示例地区农业科学研究院"),
        ("示例地区河长制工作领导小组", "示例地区河湖长制工作领导小组"), ("示例地区湖长制工作领导小组", "示例地区河湖长制工作领导小组"),
    }


def test_township_reform_forms_and_a_kind_of_office_renamed_everywhere() -> None:
    text = (
        "(二)规范乡镇(街道)内设机构名称。各乡镇(街道)的“规划建设管理办公室”统一更名为“规划建设和生态环境办公室”,“安全生产监督管理站”统一调整为“应急管理办公室”。\n"
        "撤销县城乡规划监察大队,其执法职能和人员划入县城市管理综合执法大队。县国土资源执法监察大队改建为县自然资源执法监察大队。\n"
        "三、示例街道城市管理服务中心转设为示例街道综合行政执法队。\n"
        "七、县住房和城乡建设局示例物业管理服务站下放示例街道管理,更名为示例街道物业服务中心。\n"
        "二、调整后,你镇设置内设机构6个:示例镇党政办公室、示例镇规划建设和生态环境办公室(原示例镇规划建设管理办公室)。\n"
        "(一)撤销示例市林业工作站,其承担的行政职能划入市林业局,公益服务职能划入示例市自然资源和林业技术服务中心。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("县城乡规划监察大队", "县城市管理综合执法大队"), ("县国土资源执法监察大队", "县自然资源执法监察大队"),
        ("示例街道城市管理服务中心", "示例街道综合行政执法队"), ("县住房和城乡建设局示例物业管理服务站", "示例街道物业服务中心"),
        ("示例镇规划建设管理办公室", "示例镇规划建设和生态环境办公室"),
    }


def test_folded_replaced_and_second_named_bodies() -> None:
    text = (
        "示例市夜间经济发展工作专班纳入示例市促进消费工作领导小组统筹,不再单独设立。\n"
        "(三)将市乡村振兴局的工作职责整体划入市农业农村局,在市农业农村局加挂市乡村振兴局牌子,不再保留单设的市乡村振兴局。\n"
        "(四)撤销市地方金融工作局,设立市金融服务中心,作为市人民政府直属事业单位,承接原市地方金融工作局的全部职责。\n"
        "(五)市人民防空办公室撤并入市住房和城乡建设局,对外保留市人民防空办公室牌子。\n"
        "成员单位中“市文化和旅游局”相应调整为“市文化广电旅游局”。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("示例市夜间经济发展工作专班", "示例市促进消费工作领导小组"), ("市乡村振兴局", "市农业农村局"),
        ("市地方金融工作局", "市金融服务中心"), ("市人民防空办公室", "市住房和城乡建设局"),
        ("市文化和旅游局", "市文化广电旅游局"),
    }


def test_upgraded_renamed_transformed_merged_into_one_and_carried_on_bodies() -> None:
    text = (
        "(六)市机关事务服务中心升格为市机关事务管理局,作为市人民政府工作部门。\n"
        "(七)市营商环境建设局不再单独设置,相关职责由市发展和改革局承担。\n"
        "三、市水利工程管理站改名为市水利工程运行保障中心,仍由市水利局管理。\n"
        "四、市畜牧兽医站与市水产技术推广站合二为一,组建市畜牧水产服务中心。\n"
        "五、市殡葬管理所转型为市殡仪服务中心,由市民政局管理。\n"
        "不再保留市委两新组织工作委员会,其职责划入市委社会工作部。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("市机关事务服务中心", "市机关事务管理局"), ("市营商环境建设局", "市发展和改革局"),
        ("市水利工程管理站", "市水利工程运行保障中心"), ("市畜牧兽医站", "市畜牧水产服务中心"),
        ("市水产技术推广站", "市畜牧水产服务中心"), ("市殡葬管理所", "市殡仪服务中心"),
        ("市委两新组织工作委员会", "市委社会工作部"),
    }


def test_named_adjusted_moved_and_borne_bodies_but_not_supervisors_or_pending_renames() -> None:
    text = (
        "(四)市园林绿化管理所由市住房和城乡建设局划转至市城市管理局管理,名称调整为市园林绿化服务中心。\n"
        "(六)撤销市旅游服务中心,其承担的职责及编制整建制划入市文化旅游发展中心。\n"
        "(八)原市科技情报研究所现更名为市科技创新服务中心。\n"
        "(九)市粮油质量监测站的隶属关系由市发展和改革委员会调整为市市场监督管理局,名称不变。\n"
        "(十二)拟将市青少年活动中心更名为市青少年校外活动中心,待报备案后另行发文。\n"
        "(三)撤销市重点项目建设指挥部,其职责由市招商引资和重大项目建设工作领导小组承担。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("市园林绿化管理所", "市园林绿化服务中心"), ("市旅游服务中心", "市文化旅游发展中心"),
        ("市科技情报研究所", "市科技创新服务中心"), ("市重点项目建设指挥部", "市招商引资和重大项目建设工作领导小组"),
    }


def test_county_bureau_sections_and_reorganised_bodies() -> None:
    text = (
        "(一)县农业技术推广中心调整更名为县农业科技服务中心。\n"
        "(四)县广播电视台改组为县融媒体中心,由县委宣传部归口管理。\n"
        "(五)撤销县粮油质量监测站建制,其职能和人员并入县农产品质量安全检验检测站。\n"
        "(六)县城市管理局所属县园林绿化所由差额拨款调整为全额拨款,并更名为县园林绿化服务中心。\n"
        "(一)县住房和城乡建设局。村镇建设股与城市建设股合并为城乡建设股,不再保留村镇建设股、城市建设股。\n"
        "区食品安全委员会与区药品安全委员会合并,更名为区食品药品安全委员会。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("县农业技术推广中心", "县农业科技服务中心"), ("县广播电视台", "县融媒体中心"),
        ("县粮油质量监测站", "县农产品质量安全检验检测站"), ("县园林绿化所", "县园林绿化服务中心"),
        ("村镇建设股", "城乡建设股"), ("城市建设股", "城乡建设股"),
        ("区食品安全委员会", "区食品药品安全委员会"), ("区药品安全委员会", "区食品药品安全委员会"),
    }


def test_regrouped_folded_and_transferred_bodies() -> None:
    text = (
        "(四)市乡村振兴局不再单设,其职责划入市农业农村局,市农业农村局加挂市乡村振兴局牌子。\n"
        "(五)市公共资源交易中心重组为市公共资源交易服务中心。\n"
        "(六)市地震局、市防震减灾服务中心两个机构整合组建市地震监测服务中心,原机构不再保留。\n"
        "(五)将县旅游服务中心、县非物质文化遗产保护中心整合,组建县文化旅游发展中心,原单位同时撤销。\n"
        "(六)县统计普查中心转隶县统计局管理,并更名为县统计数据服务中心。\n"
        "将县农业局的职责,以及县发改局的农业投资项目管理职责整合,组建县农业农村局。\n"
    )
    assert {(c.old, c.new) for c in changes_in(text)} == {
        ("市乡村振兴局", "市农业农村局"), ("市公共资源交易中心", "市公共资源交易服务中心"),
        ("市地震局", "市地震监测服务中心"), ("市防震减灾服务中心", "市地震监测服务中心"),
        ("县旅游服务中心", "县文化旅游发展中心"), ("县非物质文化遗产保护中心", "县文化旅游发展中心"),
        ("县统计普查中心", "县统计数据服务中心"),
    }
