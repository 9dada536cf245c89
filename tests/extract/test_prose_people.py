from policykg.extract.prose_people import people_of


def test_posts_joined_by_he_are_two_members_by_post():
    assert people_of("分管副市长和市政府副秘书长", "副组长") == ([(None, "分管副市长"), (None, "市政府副秘书长")], [])


def test_member_units_share_the_tail_of_their_list():
    people, units = people_of("市发改委、市财政局主要负责同志", "成员")
    assert people == [] and units == ["市发改委", "市财政局"]


def test_names_after_a_holder_share_the_holders_post():
    assert people_of("副局长张一、李二", "副组长")[0] == [("张一", "副局长"), ("李二", "副局长")]


def test_a_tail_shared_within_its_own_list_only():
    people, _ = people_of("地区应急管理局、地区气象局主要负责同志和国网示例供电公司总经理", "副指挥长")
    assert [p for _, p in people] == ["地区应急管理局主要负责同志", "地区气象局主要负责同志", "国网示例供电公司总经理"]
