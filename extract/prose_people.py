"""Who a sentence of composition names: people by name and post, posts alone, and units.

``组长由市长王明担任`` gives one person with a post; ``副组长由分管副市长和市政府副秘书长担任`` two posts;
``成员由市发改委、市财政局主要负责同志组成`` member units. Lists join people with 、 and 和, share
one post among several names (``副局长张三、李四``) or one tail among several units
(``A、B、C主要负责同志``); these functions take such a list apart.
"""

from __future__ import annotations

import re

from policykg.extract.person_names import is_person_name
from policykg.extract.posts import ends_with_title, looks_like_post, split_list, split_people, split_trailing_name
from policykg.extract.roster import split_glued, split_units
from policykg.extract.unit_list import looks_like_unit_list

_PORTFOLIO = re.compile(r"(?:分管|负责)[^,,;;。的]{1,30}?工作的")
_HELD = "\u0000"  # stands in for a 、 that separates portfolios while a list of people is split
_UNIT_TAIL = re.compile(r"(等)?(部门|单位|部门和单位)?(的)?(?:(?:相关|有关)?(?:科室|处室))?(主要|相关|有关|分管)?(科室)?(?P<holder>负责人|负责同志|领导同志)$")
# How the name of a body ends: a shared tail (主要负责同志) is given to items ending so.
ORG_END = re.compile(r"(局|委|办|厅|部|院|中心|公司|集团|会|处|队|所|行|站|政府|管委会|支队|大队|分局|海关)$")


def people_of(who: str, role: str) -> tuple[list[tuple[str | None, str | None]], list[str]]:
    """``分管副秘书长和市扶贫办、市商务局主要负责人`` → posts, with the shared tail given to each unit."""
    who = who.strip()
    if not who:
        return [], []
    tail = _UNIT_TAIL.search(who)
    if role in ("成员", "委员") and (tail or re.search(r"(单位|部门)$", who)):
        head, _, last = who.rpartition("和")
        # 分管副秘书长和A、B单位负责人: a person, then units; A、B和C负责同志: units throughout
        persons, units_text = (head, last) if head and looks_like_post(last) and not looks_like_unit_list(head) else ("", who)
        people = [p for part in split_people(persons) for p in _person(part)] if persons else []
        return people, split_units(units_text)
    # 分管发展改革、商务工作的副市长 is one post: its 、 lists portfolios, not people
    who = _PORTFOLIO.sub(lambda m: m.group(0).replace("、", _HELD), who)
    parts = [part for chunk in re.split(r"和(?=[市县区省]|各|分管)", who) for part in _people_joined_by_he(chunk)]
    people: list[tuple[str | None, str | None]] = []
    for part in parts:
        # A、B、C主要负责同志和D总经理: the tail is shared within its own list only
        part_tail = _UNIT_TAIL.search(part)
        shared = part_tail.group(0) if part_tail and part_tail.group("holder") else ""
        items = [item.replace(_HELD, "、") for item in split_people(part)]
        people.extend(_one_post_list(items, shared))
    return people, []


def _one_post_list(items: list[str], shared: str) -> list[tuple[str | None, str | None]]:
    """The people of one 、-list. Posts printed before a named holder are that holder's
    (``街道党工委副书记、办事处主任祖丰年``), and names printed bare after a holder share the
    holder's post (``副厅长昝立诚、禚慕白``)."""
    people: list[tuple[str | None, str | None]] = []
    pending_posts: list[str] = []
    for item in items:
        if shared and not item.endswith(shared) and not ends_with_title(item) and ORG_END.search(item):
            item += shared
        found = _person(item)
        if len(found) == 1 and found[0][0] is None and ends_with_title(item):
            pending_posts.append(item)
            continue
        if len(found) == 1 and found[0][0] and pending_posts and found[0][1]:
            found = [(found[0][0], "、".join([*pending_posts, found[0][1]]))]
            pending_posts = []
        elif len(found) == 1 and found[0][0] and found[0][1] is None and people and people[-1][0] and people[-1][1]:
            found = [(found[0][0], people[-1][1])]
        people.extend((None, post) for post in pending_posts)
        pending_posts = []
        people.extend(found)
    people.extend((None, post) for post in pending_posts)
    return people


def _people_joined_by_he(text: str) -> list[str]:
    """``市应急管理局局长和璟川军分区副司令员`` / ``副主任隆安和街道党工委委员眭晚晴``: two posts or
    two people joined by 和, each complete (never the 和 inside 市住房和城乡建设局局长)."""
    for m in re.finditer("和", text):
        head, tail = text[: m.start()], text[m.end() :]
        head_done = ends_with_title(head) or head.endswith("同志") or _ends_with_holder(head)
        if head_done and looks_like_post(tail) and (ends_with_title(tail) or _ends_with_holder(tail)):
            return [head, *_people_joined_by_he(tail)]
    return [text]


def _ends_with_holder(text: str) -> bool:
    """The list ends with a person: ``…副局长昝三`` or a bare name after one (``…、禚四``)."""
    last = re.sub("同志$", "", split_list(text)[-1]) if text else ""
    if is_person_name(last) and not looks_like_post(last):
        return True
    trailing = split_trailing_name(last)
    return bool(trailing) and not ends_with_title(trailing[1])


_NAME_WITH_POST = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?[((](?P<post>[^()()]+)[))]$")


def _person(item: str) -> list[tuple[str | None, str | None]]:
    item = item.strip()
    with_post = _NAME_WITH_POST.match(item)
    if with_post and is_person_name(with_post.group("name")):
        return [(with_post.group("name"), with_post.group("post"))]
    if item.endswith("同志"):  # 孙明同志, 市住新局副局长孙明同志; but 主要负责同志 is a post
        bare = item[:-2]
        if is_person_name(bare):
            return [(bare, None)]
        trailing = split_trailing_name(bare)
        if trailing:
            return [(trailing[1], trailing[0])]
    if is_person_name(item) and not looks_like_post(item):
        return [(item, None)]
    trailing = split_trailing_name(item)
    if trailing:
        return [(trailing[1], trailing[0])]
    leading = split_glued(item)  # 马骁副市长: the name before its post
    if leading and not looks_like_post(item):
        return [leading]
    return [(None, item)] if item else []
