"""Posts as printed in rosters: ``市住建局副局长`` → organisation ``市住建局`` + title ``副局长``.

One person may hold several posts printed with 、 (``市委常委、常务副市长``): a post printed
without its own organisation after a party-committee post belongs to the same person, so
:func:`split_people` keeps ``市委常委、常务副市长`` together while ``市发改委主任、市应急管理局局长``
are two people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.extract.person_names import is_person_name

# Title words a post ends with, longest first so that 副局长 wins over 局长 and 长.
_TITLE_WORDS = sorted(
    set(
        "市长 县长 区长 州长 省长 镇长 乡长 局长 厅长 部长 处长 科长 院长 所长 站长 队长 社长 台长 馆长 校长 行长 关长 庭长 监狱长 "
        "检察长 秘书长 董事长 理事长 会长 支队长 大队长 主任 主席 书记 委员 常委 成员 党组成员 调研员 巡视员 工程师 总工程师 会计师 "
        "统计师 总统计师 经济师 总经济师 总会计师 经理 总经理 总监 财务总监 专员 参事 督察 督察长 政委 司令员 负责人 主要负责人 "
        "主要负责同志 负责同志 领导 主要领导 分管领导 干事 秘书 助理 总师 首席 院士 主管".split()
    ),
    key=len,
    reverse=True,
)
TITLE_END = re.compile("(?:副|常务副|执行副|专职副|二级|三级|四级|一级)?(?:" + "|".join(_TITLE_WORDS) + ")$")
_TITLE_AT_END = re.compile("(?P<title>(?:常务|执行|专职|分管)?副?(?:" + "|".join(_TITLE_WORDS) + "))$")
# A post printed without an organisation: it starts with its title or a qualifier of the title.
TITLE_START = re.compile("^(?:副|常务|执行|专职|分管|主要|各位|一级|二级|三级|四级|首席|总|" + "|".join(_TITLE_WORDS) + ")")
# The start of an organisation: a level (市 县 区 省 …), the department itself in a department's own
# text (厅办公室, 局党组), a place of 2-4 characters followed by its level (a 州 may have one:
# 霂州海关), the party (中共), or a national body (国网, 人民银行 …).
ORG_START = re.compile(
    r"^(?:[市县区省州镇乡旗盟厅局](?!长)|街道|中共|中国|国网|国家|人民银行"
    r"|(?![副常分正各])[\u4e00-\u9fff]{2,4}?(?:省|市|县|区|州|盟|旗|镇|乡|街道)(?!长)|(?![副常分正各])[\u4e00-\u9fff]州(?!长))"
)
_GOVERNMENT_HEAD = re.compile(r"^(?:常务|执行)?副?(?P<level>[省市县区州镇乡])长$")
# Posts that make the next title-only post the same person's: 市委常委、常务副市长.
_PARTY_POST_END = re.compile(r"(常委|委员|党组成员|党组书记|党委书记|党委委员|书记)$")


@dataclass(frozen=True)
class Post:
    """One post: the text as printed (spaces removed), its organisation and its title."""

    text: str
    organization: str | None
    title: str | None


def parse_post(text: str, inherited_organization: str | None = None) -> Post:
    """Split one post into organisation and title; a title-only post keeps ``inherited_organization``."""
    text = re.sub(r"\s+", "", text)
    m = _TITLE_AT_END.search(text)
    if not m:
        return Post(text, text or None, None)
    title = m.group("title")
    organization = text[: m.start()] or None
    if organization is None or TITLE_START.match(text):
        organization = organization if organization and ORG_START.match(organization) else inherited_organization
    return Post(text, organization, title)


def split_list(text: str) -> list[str]:
    """Split on 、 , ; outside brackets, so 县(市、区)人民政府 stays one item."""
    items: list[str] = []
    depth = 0
    current = ""
    for char in text:
        depth += char in "((〔["
        depth -= char in "))〕]" and depth > 0
        if depth == 0 and char in "、,,;;":
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    return [item.strip() for item in items if item.strip()]


def split_posts(text: str) -> list[Post]:
    """``市委常委、常务副市长`` → [Post(市委常委, 市委, 常委), Post(常务副市长, None, 常务副市长)].

    A post without an organisation of its own inherits none from a party post (市委 is not the
    government a 副市长 belongs to) but inherits from a government post before it.
    """
    posts: list[Post] = []
    for part in split_list(re.sub(r"\s+", "", text)):
        previous = posts[-1] if posts else None
        inherited = previous.organization if previous and not _PARTY_POST_END.search(previous.text) else None
        posts.append(parse_post(part, inherited))
    return posts


def with_government(post: Post) -> Post:
    """A head of government printed by title alone (常务副市长) holds it in that level's government."""
    m = _GOVERNMENT_HEAD.match(post.title or "") if post.organization is None and post.text == post.title else None
    return Post(post.text, f"{m.group('level')}人民政府", post.title) if m else post


def split_people(text: str) -> list[str]:
    """Split a list of posts into one string per person, keeping 市委常委、常务副市长 together."""
    people: list[str] = []
    for part in split_list(text):
        if people and _PARTY_POST_END.search(people[-1]) and TITLE_START.match(part) and not ORG_START.match(part):
            people[-1] = f"{people[-1]}、{part}"
        else:
            people.append(part)
    return people


def looks_like_post(text: str) -> bool:
    """Text that starts like a post: an organisation or a title."""
    return bool(ORG_START.match(text) or TITLE_START.match(text))


def ends_with_title(text: str) -> bool:
    """A complete post ends with a title; one that does not was broken over lines."""
    return bool(TITLE_END.search(re.sub(r"\s+", "", text)))


def split_trailing_name(text: str) -> tuple[str, str] | None:
    """``市统计局总统计师杨平`` → (``市统计局总统计师``, ``杨平``): a post followed by a name.
    Of the splits whose post ends with a title, the one with the longest title wins
    (``市政府副秘书长甘露``: 副秘书长 + 甘露, not 秘书 + 长甘露)."""
    best: tuple[int, str, str] | None = None
    for size in (3, 2, 4):
        post, name = text[:-size], text[-size:]
        title = TITLE_END.search(post) if post else None
        if title and is_person_name(name) and (best is None or len(title.group(0)) > best[0]):
            best = (len(title.group(0)), post, name)
    return (best[1], best[2]) if best else None
