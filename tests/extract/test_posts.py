from policykg.extract.posts import Post, ends_with_title, looks_like_post, parse_post, split_list, split_people, split_posts, split_trailing_name, with_government


def test_post_splits_into_organization_and_title():
    post = parse_post("市住建局副局长")
    assert (post.organization, post.title) == ("市住建局", "副局长")


def test_party_post_and_government_post_are_two_posts_of_one_person():
    posts = split_posts("市委常委、常务副市长")
    assert [(p.organization, p.title) for p in posts] == [("市委", "常委"), (None, "常务副市长")]
    assert split_people("市委常委、常务副市长") == ["市委常委、常务副市长"]


def test_posts_of_different_organisations_are_different_people():
    assert split_people("市政府分管副秘书长、市发改委主任、示例供电公司总经理") == [
        "市政府分管副秘书长",
        "市发改委主任",
        "示例供电公司总经理",
    ]


def test_list_split_keeps_bracketed_enumeration_whole():
    assert split_list("市直有关部门、县(市、区)人民政府") == ["市直有关部门", "县(市、区)人民政府"]


def test_post_broken_over_lines_does_not_end_with_a_title():
    assert not ends_with_title("市委常委、示例高新")
    assert ends_with_title("市委常委、示例高新区党工委书记")


def test_title_words_inside_a_place_do_not_start_an_organisation():
    assert looks_like_post("常务副市长")
    assert parse_post("常务副市长").organization is None


def test_name_after_a_post_is_split_off():
    assert split_trailing_name("市统计局总统计师李明") == ("市统计局总统计师", "李明")
    assert split_trailing_name("市统计局总统计师") is None


def test_trailing_name_split_prefers_the_longest_title() -> None:
    assert split_trailing_name("市政府副秘书长甘露") == ("市政府副秘书长", "甘露")


def test_a_given_name_ending_in_hang_is_a_name() -> None:
    assert split_trailing_name("市数据局副局长喻知行") == ("市数据局副局长", "喻知行")


def test_head_of_government_printed_by_title_alone_holds_it_in_that_levels_government():
    assert with_government(parse_post("常务副市长")) == Post("常务副市长", "市人民政府", "常务副市长")
    assert with_government(parse_post("副县长")).organization == "县人民政府"
    assert with_government(parse_post("秘书长")).organization is None
    assert with_government(parse_post("市财政局局长")).organization == "市财政局"
