from policykg.extract.roster import TextLine, parse_row, read_roster, role_of, split_glued, split_spaced


def lines(*texts: str) -> list[TextLine]:
    out, offset = [], 0
    for text in texts:
        out.append(TextLine(offset, text))
        offset += len(text) + 1
    return out


def test_role_prefix_padded_with_spaces():
    assert role_of("召 集 人:王  明  副市长") == ("召集人", "王  明  副市长")
    assert role_of("成      员:李华 市财政局局长") == ("成员", "李华 市财政局局长")


def test_name_with_inner_space_and_one_space_before_post():
    assert split_spaced("王 刚 副市长") == ("王刚", "副市长")
    assert split_spaced("李  旭  市发改委副主任") == ("李旭", "市发改委副主任")


def test_name_glued_to_post_split_at_place_name():
    assert split_glued("张文赤壁市政府办公室主任") == ("张文", "赤壁市政府办公室主任")
    assert split_glued("王小明市发改委主任") == ("王小明", "市发改委主任")
    assert split_glued("李明示例市财政局局长", jurisdiction="示例") == ("李明", "示例市财政局局长")


def test_lines_without_prefix_continue_the_previous_role():
    block = read_roster(lines("组  长:王  明  副市长", "副组长:李  华  市政府副秘书长", "赵国强  市财政局局长", "成  员:孙  立  市统计局局长"), 0, "组长")
    assert [(r.role, r.name) for r in block.rows] == [("组长", "王明"), ("副组长", "李华"), ("副组长", "赵国强"), ("成员", "孙立")]


def test_post_broken_over_lines_is_joined():
    block = read_roster(lines("组  长:王  明  市委常委、示例高新", "区党工委书记", "成  员:孙  立  市统计局局长"), 0, "组长")
    assert block.rows[0].position == "市委常委、示例高新区党工委书记"
    assert len(block.rows) == 2


def test_damaged_head_role_takes_the_head_role_of_the_body():
    block = read_roster(lines(" 长:王  明  副市长", "成  员:孙  立  市统计局局长"), 0, "指挥长")
    assert block.rows[0].role == "指挥长"


def test_members_by_post_only_and_unit_line():
    block = read_roster(
        lines("成  员:市政府分管副秘书长,市委宣传部常务副部长;", "市卫健委、市发改委、市财政局等单位主要负责人。"), 0, "组长"
    )
    assert [(r.name, r.position) for r in block.rows] == [(None, "市政府分管副秘书长"), (None, "市委宣传部常务副部长")]
    assert block.units == ["市卫健委", "市发改委", "市财政局"]


def test_name_with_unit_in_brackets_several_per_line():
    people, units = parse_row("王明(市发改委主任)、李华(市财政局局长)")
    assert people == [("王明", "市发改委主任"), ("李华", "市财政局局长")] and units == []


def test_prose_line_ends_the_roster():
    block = read_roster(lines("组  长:王  明  副市长", "领导小组办公室设在市统计局,李华同志兼任办公室主任。"), 0, "组长")
    assert len(block.rows) == 1 and block.last == 0


def test_roster_printed_as_a_table_of_cells_with_role_cells_spanning_rows():
    block = read_roster(
        lines("职  务|姓  名|单位及职务", "主  任|张  三|市委副书记、市长", "副主任|李  四|市政府副市长", "王  五|市政府副市长",
              "委  员|赵  六|市财政局局长", "职  务|姓  名|单位及职务", "孙  七|市商务局局长"),
        1, "组长",
    )
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("主任", "张三", "市委副书记、市长"), ("副主任", "李四", "市政府副市长"), ("副主任", "王五", "市政府副市长"),
        ("委员", "赵六", "市财政局局长"), ("委员", "孙七", "市商务局局长"),
    ]


def test_table_row_with_name_before_role_and_a_serial_number():
    block = read_roster(lines("1|张三|组长|副市长", "2|李四|成员|市统计局局长"), 0, "组长")
    assert [(r.role, r.name, r.position) for r in block.rows] == [("组长", "张三", "副市长"), ("成员", "李四", "市统计局局长")]


def test_row_printed_in_two_columns_gives_two_members():
    block = read_roster(
        lines("副 主 任:尹一禾  副市长      马 骁  副市长", "       邝 敏  市文化广电旅游局局长 党 锋  市卫生健康委主任", "       侯一川  市自然资源和规划局局长"),
        0, "组长",
    )
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("副主任", "尹一禾", "副市长"), ("副主任", "马骁", "副市长"),
        ("副主任", "邝敏", "市文化广电旅游局局长"), ("副主任", "党锋", "市卫生健康委主任"),
        ("副主任", "侯一川", "市自然资源和规划局局长"),
    ]


def test_ordering_note_after_a_role_is_no_member_and_keeps_the_role():
    block = read_roster(lines("主  任:晁一苇  省住房城乡建设厅副厅长", "委  员:(按姓氏笔画排序)", "       卞一光  省消防救援总队高级工程师"), 0, "组长")
    assert [(r.role, r.name) for r in block.rows] == [("主任", "晁一苇"), ("委员", "卞一光")]


def test_task_force_head_roles_are_roles():
    assert role_of("专班长:邵一川  市政府常务副市长") == ("专班长", "邵一川  市政府常务副市长")
    assert role_of("副总指挥:韦一平  市政府秘书长") == ("副总指挥", "韦一平  市政府秘书长")


def test_columns_one_space_apart_and_a_concurrent_office_note():
    block = read_roster(
        lines("成  员:龚一满 县市场监督管理局局长 戚一邦 县交通运输局局长", "     汤 钧 县工业和信息化局局长 司马骏 县统计局局长", "办公室主任:柯 岩(兼)"),
        0, "组长",
    )
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("成员", "龚一满", "县市场监督管理局局长"), ("成员", "戚一邦", "县交通运输局局长"),
        ("成员", "汤钧", "县工业和信息化局局长"), ("成员", "司马骏", "县统计局局长"), ("办公室主任", "柯岩", None),
    ]


def test_role_set_off_by_a_wide_gap_instead_of_a_colon():
    assert role_of("组　长　　鲁一鸣　　县委副书记、县长") == ("组长", "鲁一鸣　　县委副书记、县长")
    assert role_of("长　　鲁一鸣") is None  # the damaged head role needs its colon


def test_post_printed_before_the_name_in_columns_and_broken_before_its_title():
    block = read_roster(
        lines("主　　任:市长　　苏一", "常务副主任:市委常委、市政府党组成员、常务", "副市长　　邵二", "　　　　　副市长、市公安局局长　　聂三"),
        0, "主任",
    )
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("主任", "苏一", "市长"),
        ("常务副主任", "邵二", "市委常委、市政府党组成员、常务副市长"),
        ("常务副主任", "聂三", "副市长、市公安局局长"),
    ]


def test_posts_each_followed_by_the_holders_name_in_one_paragraph():
    block = read_roster(lines("主任:区长蔺一", "副主任:区委常委、常务副区长丘二,副区长闾丘三"), 0, "主任")
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("主任", "蔺一", "区长"), ("副主任", "丘二", "区委常委、常务副区长"), ("副主任", "闾丘三", "副区长"),
    ]


def test_posts_without_names_after_a_role_are_not_read_as_post_and_name():
    assert parse_row("市政府分管副秘书长,市委宣传部常务副部长;") == ([(None, "市政府分管副秘书长"), (None, "市委宣传部常务副部长")], [])
    block = read_roster(lines("召 集 人:王  琳  副市长", "成    员:由市农业农村局、市发改委分管负责同志担任。"), 0, "召集人")
    assert [r.name for r in block.rows] == ["王琳"]


def test_table_row_with_two_role_name_post_blocks_side_by_side():
    block = read_roster(
        lines("职务 | 姓名 | 单位及职务 | 职务 | 姓名 | 单位及职务 |", "组长 | 苏一 | 市长 | 副组长 | 冉二 | 副市长 |", "成员 | 鄢  三 | 市教育局局长 | 成员 | 冷四 | 市公安局副局长 |"),
        1, "组长",
    )
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("组长", "苏一", "市长"), ("副组长", "冉二", "副市长"), ("成员", "鄢三", "市教育局局长"), ("成员", "冷四", "市公安局副局长"),
    ]


def test_first_and_executive_head_roles_are_roles():
    block = read_roster(lines("第一组长:郗一  市委书记", "执行组长:覃二  市长"), 0, "组长")
    assert [(r.role, r.name) for r in block.rows] == [("第一组长", "郗一"), ("执行组长", "覃二")]


def test_members_separated_by_semicolons_on_one_long_line():
    row = "成    员:谯一 市政府副秘书长;蒯二 市发改委主任;逄三 市财政局局长;靳四 市司法局局长;晏五 市自然资源和规划局局长;綦六 市住房和城乡建设局局长"
    block = read_roster(lines(row), 0, "组长")
    assert [(r.name, r.position) for r in block.rows][:2] == [("谯一", "市政府副秘书长"), ("蒯二", "市发改委主任")]
    assert len(block.rows) == 6


def test_numbered_rows_after_a_sentence_announcing_the_members():
    block = read_roster(lines("1.牟一    厅办公室主任", "10.戈二   省交通运输数据中心主任", "二、办事机构"), 0, "组长", announced="成员")
    assert [(r.role, r.name, r.position) for r in block.rows] == [("成员", "牟一", "厅办公室主任"), ("成员", "戈二", "省交通运输数据中心主任")]
    assert read_roster(lines("1.牟一    厅办公室主任"), 0, "组长") is None


def test_a_name_holding_wei_or_you_is_no_prose_verb():
    block = read_roster(lines("副 组 长:蔺一(市政府副市长)", "甄可为(市政府秘书长)", "成员由各单位分管负责同志担任"), 0, "组长")
    assert [r.name for r in block.rows] == ["蔺一", "甄可为"]


def test_long_list_of_names_with_posts_in_brackets_is_a_row_not_prose():
    row = "成员:笪一(街道综治中心主任)、卞二(街道党政办公室主任)、鲜于三(街道社会事务办公室主任)、井四(街道城市管理办公室主任)、晋五(示例派出所所长)、杭六(示例司法所所长)。"
    assert len(read_roster(lines(row), 0, "组长").rows) == 6


def test_several_roles_on_one_line_each_with_post_and_name():
    row = "专班长:副省长蒲一;常务副专班长:省政府副秘书长鞠二;副专班长:省发展改革委主任邴三、民航示例监管局局长慕容四。"
    block = read_roster(lines(row), 0, "专班长")
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("专班长", "蒲一", "副省长"), ("常务副专班长", "鞠二", "省政府副秘书长"),
        ("副专班长", "邴三", "省发展改革委主任"), ("副专班长", "慕容四", "民航示例监管局局长"),
    ]


def test_posts_without_holders_in_columns():
    block = read_roster(lines("召 集 人:省人民政府分管副省长", "副召集人:省人民政府协助分管副秘书长    省发展改革委主任    省工商联主席"), 0, "召集人")
    assert [(r.role, r.position) for r in block.rows][1:] == [
        ("副召集人", "省人民政府协助分管副秘书长"), ("副召集人", "省发展改革委主任"), ("副召集人", "省工商联主席"),
    ]


def test_roster_change_table_keeps_who_holds_each_role_after_the_change():
    block = read_roster(lines(
        "组长 | 邹一 市委副书记、市长 | 不变 | |",
        "副组长 | 莘二 副市长 | 苑三 副市长 | 工作调动 |",
        "成员 | 揭四 市乡村振兴局局长 | — | 机构改革后不再设置 |",
        "成员 | — | 栗五 市数据局局长 | 新增 |",
    ), 0, "组长")
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("组长", "邹一", "市委副书记、市长"), ("副组长", "苑三", "副市长"), ("成员", "栗五", "市数据局局长"),
    ]


def test_categories_of_officials_sit_beside_named_members():
    row = "成员:管一(镇综治中心主任)、达娃卓玛(团地委书记)、各村(社区)党组织书记、各网格长"
    assert [(r.name, r.position) for r in read_roster(lines(row), 0, "组长").rows] == [
        ("管一", "镇综治中心主任"), ("达娃卓玛", "团地委书记"), (None, "各村(社区)党组织书记"), (None, "各网格长"),
    ]
    block = read_roster(lines("成员:镇党政办主任", "各驻村第一书记"), 0, "组长")
    assert [r.position for r in block.rows] == ["镇党政办主任", "各驻村第一书记"]


def test_a_given_name_may_end_with_zhong_or_xin():
    block = read_roster(lines("副组长:扈慧中  县委常委、组织部部长", "成  员:李冰心  县财政局局长"), 0, "组长")
    assert [(r.name, r.position) for r in block.rows] == [("扈慧中", "县委常委、组织部部长"), ("李冰心", "县财政局局长")]


def test_an_office_role_held_concurrently_in_a_remark_cell_is_a_second_row():
    block = read_roster(lines("| 1 | 专班长 | 卜一 | 县委副书记、县长 |  |", "| 6 | 成员 | 郝二 | 县发展和改革局局长 | 兼专班办公室主任 |"), 0, "专班长")
    assert [(r.role, r.name) for r in block.rows] == [("专班长", "卜一"), ("成员", "郝二"), ("办公室主任", "郝二")]


def test_role_notes_before_the_colon_role_in_the_last_column_and_compound_surnames():
    block = read_roster(lines("成　　员(按姓氏笔画排序):", "　　　　　尤一　　市人民法院副院长", "副主任(3名):第五明川 副市长、市公安局局长"), 0, "组长")
    assert [(r.role, r.name) for r in block.rows] == [("成员", "尤一"), ("副主任", "第五明川")]
    table = read_roster(lines("| 1 | 公冶修 | 县长 | 组长 |", "| 8 | 乐  衍 | 县公安局副局长 | 成员 |"), 0, "组长")
    assert [(r.role, r.name, r.position) for r in table.rows] == [("组长", "公冶修", "县长"), ("成员", "乐衍", "县公安局副局长")]
    assert role_of("执行副指挥长:澹台清  市委常委、宣传部部长")[0] == "执行副指挥长"


def test_a_ditto_mark_in_the_role_column_repeats_the_role_above():
    block = read_roster(lines("| 副主任 | 禚一 | 市政府副市长 |", "| 〃 | 宿二 | 市市场监管局局长 |"), 0, "主任")
    assert [(r.role, r.name) for r in block.rows] == [("副主任", "禚一"), ("副主任", "宿二")]


def test_a_role_and_a_name_one_space_apart_and_a_heading_never_continues_a_post():
    block = read_roster(lines("组 长 甄一 局党委书记、局长", "副组长 隗二 局党委委员、副局长", "成  员:各县(市、区)人民政府分管副县(市、区)长", "二、主要职责"), 0, "组长")
    assert [(r.role, r.name, r.position) for r in block.rows] == [
        ("组长", "甄一", "局党委书记、局长"), ("副组长", "隗二", "局党委委员、副局长"), ("成员", None, "各县(市、区)人民政府分管副县(市、区)长"),
    ]
