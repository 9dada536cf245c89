"""Assignment clauses of 示例市 tasks in every printed form."""

from __future__ import annotations

from policykg.extract.assignments import (
    Assignment,
    assignment_in,
    duty_assignment,
    first_unit_leads,
    implied_assignment,
    labelled_assignment,
    labelled_segments,
    plain_list_assignment,
    unlabelled_deadline,
    verb_assignment,
)


def roles(found: Assignment | None) -> tuple[list[str], list[str], list[str]]:
    assert found is not None
    return ([u.name for u in found.lead], [u.name for u in found.responsible], [u.name for u in found.supporting])


def test_lead_responsible_and_deadline_labels() -> None:
    found = assignment_in("1.建设示例公园。(牵头单位:市住建局、市林业局;责任单位:市财政局,各县市区人民政府;完成时限:2025年6月底)")
    assert roles(found) == (["市住建局", "市林业局"], ["市财政局", "各县市区人民政府"], [])
    assert found.deadline_as_printed == "2025年6月底"


def test_square_brackets_and_supporting_label() -> None:
    assert roles(assignment_in("推进示例工程。[牵头单位:市发改委;责任单位:市交通局]")) == (["市发改委"], ["市交通局"], [])
    assert roles(assignment_in("推进示例工程。(牵头单位:市发改委,配合单位:市交通局)")) == (["市发改委"], [], ["市交通局"])


def test_label_without_its_bracket() -> None:
    assert roles(assignment_in("推进示例工程。责任单位:市科技局,各县市区人民政府")) == ([], ["市科技局", "各县市区人民政府"], [])


def test_the_same_unit_twice_in_one_task_counts_once() -> None:
    assert roles(assignment_in("(牵头单位:市商务局;责任单位:市商务局、市财政局)")) == (["市商务局"], ["市财政局"], [])


def test_lead_verb_with_units_responsible_by_division_of_duties() -> None:
    assert roles(assignment_in("做好示例工作。(市文旅局牵头,市城投集团、相关镇等按职责分工负责)")) == (
        ["市文旅局"],
        ["市城投集团", "相关镇"],
        [],
    )


def test_lead_verb_alone_and_with_two_leads() -> None:
    assert roles(assignment_in("做好示例工作。(市民政局牵头)")) == (["市民政局"], [], [])
    assert roles(assignment_in("做好示例工作。(市民政局、市卫健委牵头)")) == (["市民政局", "市卫健委"], [], [])


def test_lead_verb_with_cooperating_or_participating_units() -> None:
    assert roles(assignment_in("做好示例工作。市公安局牵头,市交通局、市应急局等配合。")) == (["市公安局"], [], ["市交通局", "市应急局"])
    assert roles(assignment_in("做好示例工作。(市公安局牵头,市司法局参与)")) == (["市公安局"], [], ["市司法局"])
    assert roles(assignment_in("一、保障组:由市发改委牵头,市公安局、市财政局等单位参加。")) == (["市发改委"], [], ["市公安局", "市财政局"])


def test_led_together_with() -> None:
    assert roles(assignment_in("由市经信局会同市财政局等部门负责制定实施细则。")) == (["市经信局"], [], ["市财政局"])


def test_lead_verb_inside_other_words_is_no_assignment() -> None:
    assert assignment_in("市经信局负责牵头推进全市技术改造工作。") is None
    assert assignment_in("(排第一的为牵头单位、下同)") is None


def test_duty_list_line() -> None:
    assert roles(duty_assignment("市卫健委:负责组织开展示例病防治工作。")) == ([], ["市卫健委"], [])
    assert duty_assignment("工作要求:负责同志要亲自抓。") is None


def test_first_unit_leads_rule_for_the_document_or_for_one_table() -> None:
    assert first_unit_leads("市民政局、市财政局(排第一的为牵头单位,下同)") == (True, [], [])
    assert first_unit_leads("第一责任单位为牵头单位") == (True, [], [])
    assert first_unit_leads("牵头单位要强化责任担当") == (False, [], [])
    assert first_unit_leads("说明。本部分任务分解如下表(责任单位中排在第一位的为牵头单位):") == (False, [19], [])


def test_first_unit_leads_rule_said_of_one_part_is_no_rule_for_the_document() -> None:
    assert first_unit_leads("三、保护示例古村落(本部分各项任务责任单位排在首位的为牵头单位)") == (False, [], [21])
    found = assignment_in("(责任单位:市民政局、市财政局)").first_leads()
    assert roles(found) == (["市民政局"], ["市财政局"], [])


def test_implied_units_clause() -> None:
    text = "(牵头单位:市住建局;责任单位:市财政局。以下均需各县市区人民政府、示例高新区管委会负责落实,不再列出)"
    assert [u.name for u in implied_assignment(text).responsible] == ["各县市区人民政府", "示例高新区管委会"]
    assert roles(assignment_in(text)) == (["市住建局"], ["市财政局"], [])


def test_each_labelled_clause_of_a_paragraph_is_a_segment() -> None:
    text = "以改革创一流环境(总牵头单位:市发改局),深化改革。以开放促一流环境(总牵头单位:市商务局),扩大开放。"
    segments = labelled_segments(text)
    assert len(segments) == 2
    assert [roles(assignment_in(text[s:e]))[0] for s, e in segments] == [["市发改局"], ["市商务局"]]


def test_unit_marked_lead_inside_a_responsible_list_leads() -> None:
    found = labelled_assignment("责任单位:县公安局、县林业局(牵头)、县交通运输局。完成时限:2024年11月30日前。")
    assert [u.name for u in found.lead] == ["县林业局"]
    assert [u.name for u in found.responsible] == ["县公安局", "县交通运输局"]
    assert found.deadline_as_printed == "2024年11月30日前"


def test_host_and_co_host_units_lead_and_support() -> None:
    found = labelled_assignment("主办单位:县应急管理局;协办单位:县财政局、县林业局。")
    assert ([u.name for u in found.lead], [u.name for u in found.supporting]) == (["县应急管理局"], ["县财政局", "县林业局"])


def test_bracket_naming_only_who_carries_it_out_makes_them_responsible() -> None:
    assert roles(assignment_in("全面梳理收费目录。(市发展改革委、市财政局按职责分工负责)")) == ([], ["市发展改革委", "市财政局"], [])
    assert roles(assignment_in("力争新增普惠贷款50亿元。(人民银行示例市分行、市金融工作局负责,长期坚持)")) == ([], ["人民银行示例市分行", "市金融工作局"], [])
    assert assignment_in("企业对此负责。(详见附件)") is None or assignment_in("企业对此负责。(详见附件)").empty


def test_lead_clause_inside_a_longer_sentence_is_read() -> None:
    found = assignment_in("同一部门对同一企业年度检查原则上不超过1次,由市司法局牵头,各行政执法部门按职责分工负责。")
    assert roles(found) == (["市司法局"], ["各行政执法部门"], [])


def test_bare_unit_list_closing_a_paragraph_names_the_responsible_units() -> None:
    found = assignment_in("15.保障项目用地。盘活闲置土地3000亩以上。(市资建局、市发改委、市经信局)")
    assert roles(found) == ([], ["市资建局", "市发改委", "市经信局"], [])
    assert roles(found.first_leads()) == (["市资建局"], ["市发改委", "市经信局"], [])
    assert assignment_in("成立示例市营商环境委员会(以下简称市营商委)。") is None or assignment_in("成立示例市营商环境委员会(以下简称市营商委)。").empty


def test_a_units_duty_line_is_never_reordered_by_the_first_unit_leads_rule() -> None:
    assert roles(duty_assignment("市发改委:负责统筹协调全市优化营商环境工作。").first_leads()) == ([], ["市发改委"], [])


def test_among_them_names_the_lead_of_a_responsible_list() -> None:
    found = assignment_in("实施项目攻坚。(责任单位:县发展和改革局、县重点项目服务中心,其中县发展和改革局牵头)")
    assert roles(found) == (["县发展和改革局"], ["县重点项目服务中心"], [])


def test_one_unit_responsible_and_others_supporting_in_brackets_or_prose() -> None:
    assert roles(assignment_in("建成新校区。(县教育局负责,县住房和城乡建设局、县财政局配合)")) == ([], ["县教育局"], ["县住房和城乡建设局", "县财政局"])
    assert roles(assignment_in("推动民间投资增长8%以上。县发展和改革局负责,县工商业联合会、县财政局配合。")) == ([], ["县发展和改革局"], ["县工商业联合会", "县财政局"])
    assert assignment_in("企业主体负责,政府部门加强指导。") is None or assignment_in("企业主体负责,政府部门加强指导。").empty


def test_a_closing_sentence_naming_only_units_and_their_duty_makes_them_responsible() -> None:
    found = assignment_in("31.健全矛盾纠纷化解机制。推进人民调解衔接联动。县司法局、县信访局、县人社局按职责分工负责。")
    assert roles(found) == ([], ["县司法局", "县信访局", "县人社局"], [])
    assert roles(assignment_in("(九)妥善安置执法人员。保障划转人员待遇。县人社局、县财政局负责。")) == ([], ["县人社局", "县财政局"], [])


def test_implied_units_said_of_every_task_and_a_bare_list_with_its_deadline() -> None:
    assert [u.name for u in implied_assignment("本方案所列各项任务,各乡镇人民政府、县城南新区管委会均为责任单位,以下不再列出。").responsible] == ["各乡镇人民政府", "县城南新区管委会"]
    found = assignment_in("推进背街小巷改造。(县住建局、县城管局,2024年11月底前)")
    assert roles(found) == ([], ["县住建局", "县城管局"], []) and found.deadline_as_printed == "2024年11月底前"
    assert roles(assignment_in("(七)筑牢安全底线(本部分各项任务均由县应急管理局牵头,以下不再列出)")) == (["县应急管理局"], [], [])


def test_lead_with_xiezhu_helpers_are_supporting() -> None:
    found = assignment_in("开展示例培训。(县人社局牵头负责,县农业农村局、县总工会协助)")
    assert roles(found) == (["县人社局"], [], ["县农业农村局", "县总工会"])


def test_part_lead_who_zhuazong_leads() -> None:
    assert roles(assignment_in("(三)提升示例服务(县卫健局牵头抓总,本部分各项任务不再单列牵头单位)")) == (["县卫健局"], [], [])


def test_bracket_naming_only_helpers_makes_them_supporting() -> None:
    assert roles(assignment_in("做好示例筛查工作。(县妇联协助)")) == ([], [], ["县妇联"])
    assert roles(assignment_in("新建示例运动场8个。(县住建局、县自然资源局配合)")) == ([], [], ["县住建局", "县自然资源局"])


def test_led_together_with_units_sharing_the_responsibility_are_responsible() -> None:
    assert roles(assignment_in("建设示例市场。由县人社局会同县市场监管局负责,9月底前建成。")) == (["县人社局"], ["县市场监管局"], [])
    assert roles(assignment_in("保障示例住房。由县住建局会同县民政局、县财政局负责。")) == (["县住建局"], ["县民政局", "县财政局"], [])


def test_units_named_with_the_role_they_are() -> None:
    found = assignment_in("规范示例培训。开展专项检查。县教育局为牵头单位,县市场监管局、县公安局为责任单位。")
    assert roles(found) == (["县教育局"], ["县市场监管局", "县公安局"], [])


def test_duty_list_of_several_units_inside_one_task() -> None:
    found = duty_assignment("实施示例守护工程。县教育局:负责隐患排查;县公安局:负责周边巡逻。完成时限:2024年6月底前。")
    assert roles(found) == ([], ["县教育局", "县公安局"], [])


def test_sentence_opening_with_units_by_division_of_duties_assigns_though_it_runs_on() -> None:
    found = assignment_in("办好示例实事。县发改局、县财政局按职责分工负责,各牵头单位每月报送进展情况。")
    assert roles(found) == ([], ["县发改局", "县财政局"], [])


def test_verb_clause_opening_a_bracket_with_labelled_parts_is_read_too() -> None:
    assert roles(assignment_in("推行示例政策免申即享。(县财政局负责;配合单位:县科技局)")) == ([], ["县财政局"], ["县科技局"])


def test_implied_units_of_every_later_measure() -> None:
    text = "(责任单位:市税务局。以下各项措施均需各县(市、区)人民政府落实,不再列出)"
    assert [u.name for u in implied_assignment(text).responsible] == ["各县(市、区)人民政府"]


def test_deadline_printed_as_an_unlabelled_part_of_the_clause() -> None:
    assert assignment_in("开展示例对接活动。(县财政局负责,长期)").deadline_as_printed == "长期"
    assert assignment_in("建设示例中心。(责任单位:县民政局;2024年底前)").deadline_as_printed == "2024年底前"
    assert assignment_in("建设示例市场。由县人社局会同县市场监管局负责,2024年9月底前建成。").deadline_as_printed == "2024年9月底前"
    assert assignment_in("每季度通报示例情况。(县政务服务中心负责)").deadline_as_printed is None


def test_units_acting_with_the_lead_end_where_their_action_begins():
    assert roles(assignment_in("由市市场监管局会同市司法局、市政务服务和大数据局对涉企经营许可事项实行清单管理。")) == (
        ["市市场监管局"], [], ["市司法局", "市政务服务和大数据局"])
    assert roles(assignment_in("由市司法局会同市市场监管局、市交通运输局组织实施。")) == (["市司法局"], [], ["市市场监管局", "市交通运输局"])


def test_lead_verb_with_units_carrying_it_out_by_their_duties() -> None:
    found = assignment_in("建设示例市数据共享平台。由市数据局牵头,市财政局、市公安局按职责抓好落实,2024年12月底前完成。")
    assert roles(found) == (["市数据局"], ["市财政局", "市公安局"], [])


def test_unit_marked_lead_in_a_bare_closing_list_leads() -> None:
    found = assignment_in("2.推进示例镇污水治理。新建污水处理设施3座。(镇生态环境办(牵头)、镇规划建设办、柳湾村)")
    assert roles(found) == (["镇生态环境办"], ["镇规划建设办", "柳湾村"], [])


def test_short_labels_of_a_bracketed_clause() -> None:
    found = assignment_in("3.建设示例研学基地。【牵头:市教育局;配合:市文旅局、团市委;时限:2024年9月1日前】")
    assert roles(found) == (["市教育局"], [], ["市文旅局", "团市委"])
    assert found.deadline_as_printed == "2024年9月1日前"


def test_main_responsible_unit_leads_and_cooperating_units_support() -> None:
    found = assignment_in("4.发展示例康养旅游。主责单位:市卫健委;协作单位:市林业局、市民政局。")
    assert roles(found) == (["市卫健委"], [], ["市林业局", "市民政局"])


def test_responsible_subject_label() -> None:
    assert roles(assignment_in("新建示例旅游厕所10座。责任主体:各区人民政府。")) == ([], ["各区人民政府"], [])


def test_a_leader_and_an_overseer_printed_beside_the_units_are_no_units() -> None:
    found = assignment_in("分管市领导:张示例　责任单位:市文旅局、市外办　督办单位:市政府督查室")
    assert roles(found) == ([], ["市文旅局", "市外办"], [])


def test_two_units_leading_together() -> None:
    found = assignment_in("打造示例夜市。(市商务局、市文旅局双牵头,市城管局配合;2024年国庆节前)")
    assert roles(found) == (["市商务局", "市文旅局"], [], ["市城管局"])
    assert found.deadline_as_printed == "2024年国庆节前"


def test_unit_answering_for_the_whole_task_leads_those_carrying_it_out_are_responsible() -> None:
    found = assignment_in("建成示例智慧旅游平台。市数据局负总责,市文旅局、市融媒体中心具体落实。完成时限:2024年上半年。")
    assert roles(found) == (["市数据局"], ["市文旅局", "市融媒体中心"], [])


def test_a_role_answering_for_its_tasks_names_no_unit() -> None:
    assert assignment_in("(二)明确示例责任。牵头单位对所牵头任务负总责,逐项列出时间表。") is None


def test_quarters_periods_and_holidays_are_unlabelled_deadlines() -> None:
    assert unlabelled_deadline("举办示例节会。(市民宗局牵头,市公安局配合;2024年第三季度)") == "2024年第三季度"
    assert unlabelled_deadline("推出示例产品。(市文旅局牵头,市林业局参与;2024年5月至12月)") == "2024年5月至12月"
    assert unlabelled_deadline("组建示例救援队。(市应急管理局负责,2025年春节前)") == "2025年春节前"


def test_a_departments_internal_office_labels_assign_like_unit_labels() -> None:
    found = assignment_in(
        "1.优化示例审批。(分管领导:张示例;牵头科室:行政审批科;配合科室(单位):政策法规科、市示例服务中心;完成时限:2024年6月底前)"
    )
    assert roles(found) == (["行政审批科"], [], ["政策法规科", "市示例服务中心"])
    assert found.deadline_as_printed == "2024年6月底前"
    assert roles(assignment_in("2.培训示例工匠。牵头科室:人事科;参加科室(单位):建管科、市示例站。")) == (["人事科"], [], ["建管科", "市示例站"])
    assert roles(assignment_in("3.整治示例市场。责任处室:市场科(主责)、审批科;协同处室:法规科。")) == (["市场科"], ["审批科"], ["法规科"])


def test_a_coordinating_unit_leads_the_units_that_each_carry_out_a_part() -> None:
    found = assignment_in("4.推广示例建材。市建管科统筹,市设计科、市示例造价站分别负责技术推广和计价编制。(2024年9月底前)")
    assert roles(found) == (["市建管科"], ["市设计科", "市示例造价站"], [])


def test_the_unit_that_undertakes_or_implements_the_task_is_responsible() -> None:
    assert roles(assignment_in("5.完善示例公租房。(市示例保障中心具体承办;上半年)")) == ([], ["市示例保障中心"], [])
    assert roles(assignment_in("6.开展示例农房试点。村镇科牵头,各县(市、区)住建局具体实施。")) == (["村镇科"], ["各县(市、区)住建局"], [])


def test_a_person_in_brackets_after_a_labelled_unit_ends_the_unit() -> None:
    assert roles(assignment_in("7.归集示例维修资金。责任科室:物业科(分管领导:张示例)")) == ([], ["物业科"], [])


def test_a_bare_unit_with_a_deadline_after_a_semicolon() -> None:
    found = assignment_in("8.培训示例工匠。(村镇科;2024年10月底前)")
    assert roles(found) == ([], ["村镇科"], [])
    assert found.deadline_as_printed == "2024年10月底前"


def test_a_list_naming_each_units_role_is_no_bare_list() -> None:
    assert plain_list_assignment("9.治理示例隐患点。(县水利局为责任单位,各乡镇配合;2025年底前)") is None
    assert roles(plain_list_assignment("10.治理示例河道。(县水利局(牵头)、县林业局)")) == (["县水利局"], ["县林业局"], [])


def test_the_flood_season_is_an_unlabelled_deadline() -> None:
    assert unlabelled_deadline("加固示例堤防。(市水利局负责;汛期前)") == "汛期前"


def test_the_unit_in_charge_leads_and_the_cooperating_units_support_every_half_year() -> None:
    found = assignment_in("4.强化示例考核。(县考核办主抓,县委组织部、县政府督查室协同;每半年)")
    assert roles(found) == (["县考核办"], [], ["县委组织部", "县政府督查室"])
    assert found.deadline_as_printed == "每半年"


def test_the_unit_in_overall_charge_leads_and_each_unit_doing_its_part_is_responsible() -> None:
    found = assignment_in("37.建强示例救援队伍。(县应急局抓总,县国资中心、示例工业园管委会各负其责)")
    assert roles(found) == (["县应急局"], ["县国资中心", "示例工业园管委会"], [])


def test_participating_departments_support() -> None:
    found = assignment_in("32.创建示例社区。(牵头部门:县应急局;参与部门:县总工会、县民政局)")
    assert roles(found) == (["县应急局"], [], ["县总工会", "县民政局"])


def test_a_unit_named_responsible_at_a_bracket_opening_with_helpers_after_it() -> None:
    found = assignment_in("18.治理示例滑坡点。搬迁避让12户。(县自然资源局为责任单位,各乡镇(街道)配合;2025年汛期前)")
    assert roles(found) == ([], ["县自然资源局"], ["各乡镇(街道)"])
    assert found.deadline_as_printed == "2025年汛期前"


def test_a_blanket_rule_names_the_role_of_its_units() -> None:
    found = implied_assignment("(本部分各项任务各乡镇(街道)为配合单位,不再逐项列出)")
    assert roles(found) == ([], [], ["各乡镇(街道)"])
    assert assignment_in("(本部分各项任务各乡镇(街道)为配合单位,不再逐项列出)") is None


def test_a_time_closing_a_verb_clause_in_prose_is_its_deadline() -> None:
    found = assignment_in("5.严格示例事故处理。由县应急局牵头,县公安局、县总工会配合,长期坚持。")
    assert roles(found) == (["县应急局"], [], ["县公安局", "县总工会"])
    assert found.deadline_as_printed == "长期坚持"


def test_work_advanced_in_stages_is_an_unlabelled_deadline() -> None:
    assert unlabelled_deadline("44.加强示例网格监管。(县委政法委牵头,县应急局配合;分阶段推进)") == "分阶段推进"


def test_the_first_responsible_unit_leads_and_the_cooperating_units_support() -> None:
    found = assignment_in("加强示例车辆治理。第一责任单位:市交通局;协同单位:环境科、市示例支队;完成时限:2024年9月底前。")
    assert roles(found) == (["市交通局"], [], ["环境科", "市示例支队"])


def test_the_implementing_body_is_responsible_and_the_guiding_office_supports() -> None:
    found = assignment_in("治理示例河道。落实主体:各县(市、区)人民政府;指导科室:水环境科;完成时限:年底前。")
    assert roles(found) == ([], ["各县(市、区)人民政府"], ["水环境科"])


def test_the_unit_heading_the_work_leads_and_those_following_it_up_support() -> None:
    found = assignment_in("9.推进示例管网改造。水环境科领衔,市住建局、市城管局跟进,推动雨污分流。完成时限:2024年12月31日前。")
    assert roles(found) == (["水环境科"], [], ["市住建局", "市城管局"])
    assert found.deadline_as_printed == "2024年12月31日前"


def test_the_unit_in_charge_by_its_line_of_work_is_responsible_and_helpers_support() -> None:
    found = assignment_in("30.推进示例物种调查。由生态科归口负责,市林业局、市水利局配合,年底前形成调查报告。")
    assert roles(found) == ([], ["生态科"], ["市林业局", "市水利局"])


def test_a_season_is_an_unlabelled_deadline() -> None:
    assert unlabelled_deadline("清理示例燃煤锅炉。(市住建局、各县人民政府按职责分工负责;采暖季前)") == "采暖季前"


def test_a_time_opening_what_is_to_be_delivered_after_a_verb_clause_is_its_deadline() -> None:
    found = assignment_in("8.开展示例物种调查。由生态科归口负责,市林业局配合,2024年底前形成调查报告。")
    assert found is not None and found.deadline_as_printed == "2024年底前"


def test_a_day_of_every_month_is_an_unlabelled_deadline() -> None:
    assert unlabelled_deadline("报送示例信访台账。(办公室负责;每月10日前)") == "每月10日前"


def test_the_unit_taking_the_task_on_leads_and_the_co_handlers_support() -> None:
    found = assignment_in("6.建立示例监管机制。(县卫健局领办,县医保局、县审计局协办;每季度)")
    assert roles(found) == (["县卫健局"], [], ["县医保局", "县审计局"])
    assert found.deadline_as_printed == "每季度"


def test_the_first_responsible_unit_marked_in_a_list_leads_the_others() -> None:
    found = assignment_in("17.加强示例队伍建设。(责任单位:县卫健局(第一责任单位)、县人社局、各乡镇人民政府;2025年底前)")
    assert roles(found) == (["县卫健局"], ["县人社局", "各乡镇人民政府"], [])


def test_units_lending_their_support_are_supporting() -> None:
    found = assignment_in("11.建设示例共享中心。(县人民医院、县中医院分别负责,县发改局、县财政局予以支持)")
    assert roles(found) == ([], ["县人民医院", "县中医院"], ["县发改局", "县财政局"])


def test_every_verb_clause_after_the_lead_adds_its_units_and_technical_backing_supports() -> None:
    found = assignment_in("33.开展示例远程服务。(县人民医院牵头,各乡镇卫生院配合,县数据局提供技术支撑)")
    assert roles(found) == (["县人民医院"], [], ["各乡镇卫生院", "县数据局"])


def test_the_unit_guiding_the_one_that_carries_the_task_out_leads_it() -> None:
    found = assignment_in("22.加强示例基金监管。(县医保局指导,县医疗保障事务中心具体实施;常态化)")
    assert roles(found) == (["县医保局"], ["县医疗保障事务中心"], [])
    assert found.deadline_as_printed == "常态化"


def test_guiding_alone_is_no_lead() -> None:
    assert verb_assignment("县医保局指导,县医疗保障事务中心配合") is None


def test_the_unit_seeing_the_work_through_is_responsible_beside_the_one_in_charge() -> None:
    found = assignment_in("32.推进示例档案开放。(县卫健局负责,各乡镇卫生院抓好落实)")
    assert roles(found) == ([], ["县卫健局", "各乡镇卫生院"], [])


def test_a_helpers_only_bracket_keeps_its_helpers_before_a_deadline_part() -> None:
    found = assignment_in("9.统一示例药品管理。(县市场监管局配合;2024年10月底前)")
    assert roles(found) == ([], [], ["县市场监管局"])
    assert found.deadline_as_printed == "2024年10月底前"


def test_the_unit_in_overall_charge_leads_and_those_acting_with_it_support() -> None:
    found = assignment_in("16.开展示例文明宣传。(县文明办牵总,县妇联、县科协协同)")
    assert roles(found) == (["县文明办"], [], ["县妇联", "县科协"])


def test_the_main_responsible_unit_leads_and_its_assistants_support() -> None:
    found = assignment_in("24.加大示例资金投入。(县财政局主责,县农业农村局、县文旅局协助)")
    assert roles(found) == (["县财政局"], [], ["县农业农村局", "县文旅局"])


def test_the_host_leads_and_the_co_hosts_support() -> None:
    found = assignment_in("14.推进示例物流降本。(综合科主办,县发改局、县商务局会办;2024年9月底前)")
    assert roles(found) == (["综合科"], [], ["县发改局", "县商务局"])
    assert found.deadline_as_printed == "2024年9月底前"


def test_the_units_carrying_out_a_task_led_by_two_are_responsible() -> None:
    found = assignment_in("28.开展示例农房整治。(县住建局、县自然资源局双牵头,各乡镇人民政府落实)")
    assert roles(found) == (["县住建局", "县自然资源局"], ["各乡镇人民政府"], [])


def test_coordinating_and_implementing_labels_name_lead_and_responsible() -> None:
    found = assignment_in("15.深化示例村庄创建。(统筹单位:县农业农村局;实施单位:各乡镇人民政府)")
    assert roles(found) == (["县农业农村局"], ["各乡镇人民政府"], [])


def test_the_overseeing_unit_supports_the_implementing_body() -> None:
    found = assignment_in("23.开展示例清洁行动。(督导单位:县农业农村局;实施主体:各乡镇人民政府;雨季来临前)")
    assert roles(found) == ([], ["各乡镇人民政府"], ["县农业农村局"])
    assert found.deadline_as_printed == "雨季来临前"


def test_units_joining_in_together_support() -> None:
    found = assignment_in("26.推进示例秸秆利用。(县农业农村局负责,县发改局、县环保分局共同参与;秋收后)")
    assert roles(found) == ([], ["县农业农村局"], ["县发改局", "县环保分局"])
    assert found.deadline_as_printed == "秋收后"
