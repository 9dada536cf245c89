"""Leading groups (领导小组, 工作专班, 指挥部, 联席会议, 委员会, 工作组, 协调机制): where the text names
them, which of them it sets up, adjusts or abolishes, and what it says about them.

A document is read line by line and sentence by sentence. Every printed name of a group is a
*site*; short forms (``领导小组``, ``应急指挥部``, an alias from ``以下简称…``) refer back to the
group named before them. Facts — a roster, an office location, composition in prose, member units
— attach to the group that the sentence refers to. A group becomes a record only when the text sets
it up, adjusts or abolishes it, or gives a fact about it (SCHEMA.md convention 1); a group that is
only mentioned, or that lower levels are told to set up (``各县(市、区)要成立相应…``), does not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from policykg.extract.disposition_table import ABOLISHING, ESTABLISHING, Disposition, dispositions, renamed_to
from policykg.extract.lines import table_cells
from policykg.extract.person_names import is_person_name
from policykg.extract.posts import ORG_START, split_posts, split_trailing_name, with_government
from policykg.extract.prose_people import ORG_END, people_of
from policykg.extract.provenance import evidence, line_of, text_of
from policykg.extract.records import DocumentRecord, LeadingGroupRecord, MemberRecord, PostRecord
from policykg.extract.roster import TextLine, read_roster, split_units

_NAME_NOISE = re.compile(r"[\s\"“”]")
KIND_OF_SUFFIX = {
    "领导小组": "领导小组",
    "工作专班": "工作专班",
    "专班": "工作专班",
    "指挥部": "指挥部",
    "联席会议": "联席会议",
    "委员会": "委员会",
    "工作小组": "工作组",
    "工作组": "工作组",
    "专家组": "工作组",
    "协调推进机制": "other",
    "协调小组": "other",
    "协调机制": "other",
}
_PANEL_SUFFIX = "专家组"
_WORKING_GROUP_HEADERS = ("组别", "组名", "工作组", "专项工作组", "工作组名称")
HEAD_ROLE = {"指挥部": "指挥长", "联席会议": "召集人", "委员会": "主任"}
_SUFFIX = re.compile("(" + "|".join(sorted(KIND_OF_SUFFIX, key=len, reverse=True)) + r")(?!织|长|成(?!员))")
# Committees that are standing organisations of residents or owners, or government departments
# (发展和改革委员会, 卫生健康委员会, 旅游发展委员会), not coordination bodies.
_NOT_A_GROUP = re.compile(
    r"(居民委员会|村民委员会|业主委员会|管理委员会办公室"
    r"|(发展和改革|发展改革|旅游发展|卫生和计划生育|卫生健康|教育|经济和信息化|经济信息化|民族宗教事务|民族事务|科学技术|人口和计划生育)委员会)$"
)
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff“”\"0-9A-Za-z·]")
_ESTABLISH = re.compile(r"(决定成立|成立|建立健全|建立|设立|组建|设置|下设|整合为|合并为)")
_ADJUST = re.compile(r"调整")
_WEB_NAVIGATION = re.compile(r"^\s*(?:上一篇|下一篇|上一条|下一条|相关链接|相关阅读|相关文章)\s*[::]")
_RENAMED_TO_HERE = re.compile(r"(?:更名为|改名为|改称|名称调整为)$")
_ITEM_THEN_FATE = re.compile(r"^\s*(?:[((][一二三四五六七八九十\d]+[))]|[一二三四五六七八九十]+、|\d+[.、.])\s*(?P<name>[^。,,;;:]{4,40})[。.](?P<rest>.*)$")
_ITEM_FATE_ABOLISHED = re.compile(r"^[^。]{0,30}?(?:予以|自然|同时)?(?:撤销|撤消)")
_STAFF_NAMED = re.compile(r"的?(?:组成人员|成员)")
_STAFF_ADJUSTED = re.compile(r"的?(?:组成人员|成员)(?:名单)?(?:作如下|进行|予以)?调整")
_ABOLISH_BEFORE = re.compile(r"(撤销|撤消|不再保留)[^,,。;;:]*$")  # 不再保留A、B: B as well
_ABOLISH_AFTER = re.compile(r"^(制度)?(同时|一并|予以)?(撤销|撤消)|^[^。;;]{0,60}?[,,](同时|一并|予以|自然)(撤销|撤消)|^(?:纳入|并入)[^。;;]{0,40}?不再单独(?:设立|设置)|^[、与和及\u4e00-\u9fff“”]{0,40}?合并[,,]?(设立|组建|成立|为)")
# Words after which a group name starts, when no verb of setting up precedes it.
_BOUNDARY = re.compile(
    r"(更名为|改名为|调整为|变更为|合并为|整合为|改为|同志为|同志任|不再保留|撤销|撤消|调整|同意|决定|共同参与|参与|参加|报送|报请|报|向|由|经(?!济|营|费|贸|开|验|信)|对(?!外|口)|将|及其|及|与|是|请|按照|根据|负责|"
    r"发挥|要(?!素)|的|牵头|会同|配合|通过|规范|召开|印发|提请|提交|在|作为|并|即|简称|完善|健全|加强|强化|落实|承担|履行|"
    r"召集|主持|实行|听取|审议|担任|兼任|成为|授权|改称|改设为|纳入|为$|为(?=[市县区省镇乡])|原(?=[\u4e00-\u9fff]{0,6}?[市县区省镇乡州])|[一二三四五六七八九十两\d]+个)"
)
# A和B where B is a name of its own: 由A委员会和B委员会合并设立.
_JOINED_NAME = re.compile("(?:" + "|".join(KIND_OF_SUFFIX) + r")和")
# 下设要素保障组 / 下设综合协调组、宣传报道组: named working groups ending in 组 (not 小组)
_WORKING_GROUPS = re.compile(r"下设(?P<names>[\u4e00-\u9fff]{2,10}(?<!小)组(?:[、和及][\u4e00-\u9fff]{2,10}(?<!小)组)*)(?=(?:[一二三四五六七八九十\d]+个(?:工作|专项)?组)?(?:[,,。;;]|$))")
_BODY_OFFICE = re.compile(r"(?<![府局厅])办公室")
_GROUP_RENAMED = re.compile(r"[“\"](?P<old>[^“”\"]{4,40})[”\"](?:调整|更名|修改|变更)为[“\"](?P<new>[^“”\"]{4,40})[”\"]")
_COUNT_BEFORE = re.compile(r"[一二三四五六七八九十两\d]+个$")
_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+个")
# What makes a name generic: a level told to set up its own body, or no subject of its own.
_GENERIC_HEAD = re.compile(r"^(相应|相关|有关|各|本级|同级|部门|政府部门|专门|该|这|当地|本地|属地|前方|现场)")
_LOWER_LEVEL = re.compile(r"(各县|各地|各镇|各乡|各级|各区|各部门|各单位|各有关|县级|乡镇|街道|各相关)[^。;;]*?(要|应|可|须|参照|比照|结合)")
_STRONG_START = re.compile(r"^([市县区省州厅局院]|“|\"|中共|国家|全国)")
_LEVEL_PREFIX = re.compile(r"^(全市|全县|全区|全省|[市县区省州])")
# Quoted text that an amendment inserts or deletes, and titles of cited documents, name no group here.
_AMENDMENT_QUOTE = re.compile(r"(修改为|删去|删除|删|增加|中的|调整为|改为|表述为)[::]?“[^”]*”?")
_CITATION = re.compile(r"《[^》]*》?")
_ALIAS = re.compile(r"[((](?:以下)?简称(?P<alias>[\u4e00-\u9fff“”]{2,15}?)(?=[)),,。;的]|$)")
_SENTENCE = re.compile(r"[^。;;!?]+[。;;!?]?")
_DUTIES_WHOLLY_MOVED = re.compile(r"的(?:[^,,。;;]{0,20}?)职责整体划入(?P<to>[^,,。;;]*)")
# 不再保留市委两新组织工作委员会,其职责划入市委社会工作部
_DUTIES_MOVED_AFTER = re.compile(r"[,,]\s*其(?:全部)?职责(?:整体)?划入(?P<to>[^,,。;;]+)")
# 房嘉树、林见鹿同志不再担任成员 / 因工作变动不再兼任副组长: people who leave the body.
_LEAVING = re.compile(r"(?:同志)?(?:因[^,,。;;]{1,8}?)?不再(?:担|兼|出)?$")
# 成员名单如下: / 成员如下: — the lines below list members, one per line, with no role of their own.
_MEMBERS_FOLLOW = re.compile(r"成员(?:名单)?(?:如下|为)[::]$")
_OFFICE_HINT = re.compile(r"设在|设于|办公地点|日常工作|调整至|调整到|改设在|移至|移交")
_COMPOSITION_HINT = re.compile(r"召集人|组长|指挥长|主任|秘书长|成员|委员|牵头|参与|参加")

_ROLE = r"(?:(?:联席会议|领导小组|指挥部|专班|委员会|工作组)?(?:办公室)?(?:常务|执行|第一|双)?副?(?:总召集人|召集人|组长|专班长|总指挥|指挥长|主任委员|主任|秘书长)|(?:联席会议|领导小组|指挥部|专班|委员会|工作组)?(?:成员|委员))"
# 任市安全生产委员会委员: the body may be named between the verb and the role.
_BODY_NAME = r"[^\s,,。;;、为任由的]{2,30}?(?:领导小组|委员会|指挥部|联席会议|专班|工作组)"


def _role_after_pattern(body: str) -> re.Pattern[str]:
    """``…任<body>副组长``: a verb of office, optionally the body, then the role."""
    return re.compile(rf"(?:兼任|担任|出任|任|为|兼)(?:{body})?(?P<role>{_ROLE})(?!科员|委员会|会|单位|名单)")


_ROLE_AFTER = _role_after_pattern(_BODY_NAME)
# 成员中,建筑市场监管处由卓一然同志(处长)参加: a unit's representative sits on the body.
_UNIT_SENDS = re.compile(r"(?:^|[,,;;])(?:(?P<scope>成员|委员)中[,,])?(?P<unit>[^,,。;;由]{2,30}?)由(?P<name>[\u4e00-\u9fff]{2,4}?)同志(?:[((](?P<title>[^()()]+)[))])?(?P<verb>参加|担任)")
# (接替X同志) / (原为X同志): X held the place before and leaves it.
_REPLACED = re.compile(r"[((](?:接替|原为|原由)(?P<name>[\u4e00-\u9fff]{2,4}?)同志(?:担任)?[))]")
# 阙文卿同志职务变动为省政府副秘书长,在委员会中由委员调整为副主任: one person changes role.
_ROLE_CHANGED = re.compile(rf"(?P<who>[^,,。;;、::]{{2,30}}?)同志(?:职务(?:变动|调整)为(?P<post>[^,,。;;]+)[,,])?(?:在[^,,。;;]{{0,20}}?中)?由[^,,。;;由]{{0,8}}?(?P<old>{_ROLE})(?:调整为|改任|改为)(?P<new>{_ROLE})")
# 主任由温一同志调整为县长鲁二同志: Y takes the role from X.
_ROLE_REASSIGNED = re.compile(rf"(?P<role>{_ROLE})由(?P<old>[\u4e00-\u9fff]{{2,4}}?)同志调整为(?P<who>[^,,。;;]+?)(?:同志)?(?=[,,。;;]|$)")
# 成员中,市气象局局长由禹一同志调整为查二同志: the post's new holder sits on the body
_POST_HOLDER_CHANGED = re.compile(r"(?:^|[,,;;])(?:(?:成员|委员)中[,,])?(?P<post>[^,,。;;由]{2,30}?)由[\u4e00-\u9fff]{2,4}?同志调整为(?P<name>[\u4e00-\u9fff]{2,4}?)同志")
# 原由X同志担任的常务副主任,调整为…Y同志担任: Y takes the role from X.
_ROLE_HANDED_OVER = re.compile(rf"原由(?P<old>[\u4e00-\u9fff]{{2,4}}?)同志担任的(?P<role>{_ROLE})[,,]\s*调整为(?P<who>[^,,。;;]+?)(?:同志)?担任")
# 原副主任、市政府副秘书长X同志因工作调动不再担任,由Y同志接任
_ROLE_LEFT_THEN_TAKEN = re.compile(rf"原(?P<role>{_ROLE})、[^,,。;;]*?不再(?:担任|兼任)[,,]\s*由(?P<who>[^,,。;;]+?)(?:同志)?(?:接任|接替|继任)")
# 委员中,“市应急管理局局长祝一”调整为“市应急管理局局长邹二”: one holder of a post for another
_POST_HOLDER_SWAPPED = re.compile(r"(?P<scope>成员|委员)中[,,]\s*“[^”]+”调整为“(?P<new>[^”]+)”")
# The role a (接替X同志) note is about: the last one named before it in its clause.
_ROLE_BEFORE_REPLACED = re.compile(rf"(?P<role>{_ROLE})(?:由|[^,,;;。]*?(?:任|为))?[^,,;;。]*$")
# X不再担任副主任,由Y同志接任: Y takes the role X leaves.
_TAKES_OVER = re.compile(rf"不再(?:担任|兼任)(?:{_BODY_NAME}|[^,,。;;由]{{0,8}}?)(?P<role>{_ROLE})[,,]\s*(?:其职务)?由(?P<who>[^,,。;;]+?)(?:同志)?(?:接任|接替|继任|兼任|担任)")
# Someone new takes a role: each form names the role and who takes it.
_SUCCESSIONS = (_ROLE_REASSIGNED, _ROLE_HANDED_OVER, _ROLE_LEFT_THEN_TAKEN, _TAKES_OVER)
_ROLE_BEFORE = re.compile(rf"(?P<role>{_ROLE})(?:\d+名)?[,,]?(?:分别)?由(?P<who>[^,,。;;由]+?(?:[,,][^,,。;;由]+?)*?)(?:(?<!负责)同志)?(?:兼任|担任|出任)")
_MEMBERS_ARE = re.compile(r"(?<!办公室)成员(?P<units>单位)?(?:为|包括|由)(?P<who>[^。;;]+)")
_JOINT_MEMBERS = re.compile(r"(?P<who>[^,,。;;]+?)(?:共同参与|参加的)")
_OFFICE_AT = re.compile(
    r"(?P<subjects>[^,,。;;:]*?)(?:下设)?(?:[((][^))]*[))])?(?:设在|设于|办公地点设在|办公地点设)(?P<at>[^,,。;;()()\s]+)"
)
# 办公室由县国土资源局调整至县自然资源局: where the office sits now
_OFFICE_MOVED = re.compile(r"办公室(?:[由从][^,,。;;]{2,30}?)?(?:调整至|调整到|改设在|移至|移交|调整设在)(?P<at>[^,,。;;()()\s]+)")
_OFFICE_IN_BRACKETS = re.compile(r"下设办公室[((]设在(?P<at>[^))]+)[))]")
_OFFICE_DAILY = re.compile(r"^(?P<at>[^,,。;;]+?)(?:负责|承担)(?:联席会议|领导小组|指挥部|专班|委员会)?(?:的)?日常工作")
_DAILY_BY = re.compile(r"日常工作由(?P<at>[^,,。;;]+?)承担")
_SUBGROUP_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d+[.、.]|[((][一二三四五六七八九十\d]+[))])\s*(?P<name>[\u4e00-\u9fff“”]{2,12}组)[::。](?P<rest>.*)$"
)
# 组长:詹一鸣(办公室主任) / 组长由樊若谷同志兼任, inside a sub-group's heading line
_SUBGROUP_HEAD = re.compile(r"(?P<role>副?组长)(?:[::]|由)(?P<who>[^;;。,,]+?)(?:同志)?(?:兼任|担任)?(?=[;;。,,]|$)")
# 下设A、B、C,分别由X、Y、Z牵头: the lead units in the order of the groups
_LED_RESPECTIVELY = re.compile(r"分别由(?P<leads>[^,,。;;]+?)牵头")
# 各组组长由牵头单位主要负责同志担任: each group's head is its lead unit's head
_HEADS_FROM_LEADS = re.compile(r"(?P<role>各(?:工作|专项)?组(?:副)?组长)由牵头单位(?P<tail>主要负责同志|主要负责人|分管负责同志|负责同志|负责人)担任")
_LEAD_AND_PARTS = re.compile(r"由(?P<lead>[^,,。;;]+?)牵头[,,]?(?P<parts>[^。;;]*?)等?(?:单位|部门)?参加")
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_ABOLISH_LIST = re.compile(r"(撤销|撤消|不再保留)[^。;;]*(机构|小组|指挥部|机制|委员会|专班|联席会议)|(机构|小组|指挥部|机制|委员会|专班|联席会议)[^。;;]*(撤销|撤消)[::]?$")
_ITEM_NAME = re.compile(r"^\s*(?:\d+[.、.]|[((][一二三四五六七八九十\d]+[))])\s*(?P<name>[^,,。;;:]{4,40}?)[。;;]?$")
# 组长单位:县商务局;成员单位:县供销合作社、县市场监督管理局
_UNIT_LABELS = re.compile(r"(?P<label>组长|牵头|成员|参加)单位[::](?P<units>[^;;。]+)")



@dataclass
class Member:
    role: str
    name: str | None
    position: str | None
    start: int
    end: int
    from_prose: bool = False


@dataclass
class Group:
    """What one document says about one group, gathered while reading it."""

    key: str
    names: list[str]
    kind: str
    first_site: int
    first_body_site: int | None = None
    sink: bool = False  # a generic or lower-level body: absorbs references, never reported
    # Named without a verb of setting up and without a place or level (视情况派出前方工作组): only a
    # fact in the same sentence names it surely, so short forms and later sentences never reach it.
    weak: bool = False
    established: bool = False
    action: str = "describe"
    aliases: set[str] = field(default_factory=set)
    office_aliases: set[str] = field(default_factory=set)
    office_at: str | None = None
    office_start: int = -1
    members: list[Member] = field(default_factory=list)
    departures: list[Member] = field(default_factory=list)  # named as leaving (不再担任成员)
    roster_printed: bool = False
    units: list[str] = field(default_factory=list)
    parent: str | None = None

    @property
    def name(self) -> str:
        return max(self.names, key=len)

    @property
    def listed(self) -> bool:
        # 建立养老服务专家组 in a list of measures is a measure: an expert panel counts as a body
        # only once the text staffs, houses, adjusts or abolishes it.
        set_up = self.established and not self.name.endswith(_PANEL_SUFFIX)
        return not self.sink and (set_up or self.action in ("adjust", "abolish") or bool(self.members or self.units or self.office_at))


def fold_name(name: str) -> str:
    return _NAME_NOISE.sub("", name)


def group_key(name: str, jurisdiction: str | None) -> str:
    """A name without its jurisdiction or level, so 咸宁市X领导小组 and 市X领导小组 meet."""
    key = fold_name(name)
    if jurisdiction and key.startswith(jurisdiction):
        key = key[len(jurisdiction) :]
    return _LEVEL_PREFIX.sub("", key)


def kind_of(name: str) -> str:
    for suffix in sorted(KIND_OF_SUFFIX, key=len, reverse=True):
        if name.endswith(suffix):
            return KIND_OF_SUFFIX[suffix]
    return "other"


def is_generic(name: str, jurisdiction: str | None) -> bool:
    """A bare kind word (领导小组) or a name with no subject of its own (相应的普查领导小组)."""
    if _GENERIC_HEAD.match(name):
        return True
    body = group_key(name, jurisdiction)
    suffix = _SUFFIX.search(body)
    body = body[: suffix.start()] if suffix else body
    return len(re.sub(r"(工作|应急|组织)$", "", body)) < 2


def blank_out(text: str) -> str:
    """Citations and amendment quotes replaced by spaces, keeping every offset."""
    for pattern in (_CITATION, _AMENDMENT_QUOTE):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def name_at(line: str, suffix_start: int, suffix_end: int) -> tuple[str, int, bool]:
    """The name ending at ``suffix_end``, where it starts, and whether a verb of setting up precedes it."""
    start = suffix_start
    while start > 0 and _NAME_CHAR.match(line[start - 1]):
        start -= 1
    run = line[start:suffix_start]
    # 成立的X / 设立的X name a body set up elsewhere: a participle, not this text setting it up.
    verbs = [v for v in _ESTABLISH.finditer(run) if not run[v.end() :].startswith("的")]
    if verbs:
        cut = verbs[-1].end()
        if run[cut:].startswith("由") and "的" in run[cut:]:
            cut = run.rindex("的") + 1
        counted = list(_COUNTED.finditer(run, cut))  # 下设办公室和三个工作专班: a count, not a name
        cut = counted[-1].end() if counted else cut
        joined = list(_JOINED_NAME.finditer(run, cut))  # 成立A专班和B专班: B is a name of its own
        cut = joined[-1].end() if joined else cut
        return line[start + cut : suffix_end], start + cut, True
    boundaries = list(_BOUNDARY.finditer(run)) + list(_JOINED_NAME.finditer(run))
    cut = max((b.end() for b in boundaries), default=0)
    return line[start + cut : suffix_end], start + cut, False


@dataclass
class Site:
    name: str
    start: int  # offset in the line
    end: int
    verb: bool


def sites_in(line: str) -> list[Site]:
    """Group names in ``line``; a short name given in ``(以下简称X)`` is an alias, not a site."""
    aliases = [m.span("alias") for m in _ALIAS.finditer(line)]
    sites = []
    for m in _SUFFIX.finditer(line):
        if any(a <= m.start() < b for a, b in aliases):
            continue
        name, start, verb = name_at(line, m.start(), m.end())
        if _COUNT_BEFORE.search(line[:start]):
            continue  # 设立6个专项工作组: a number of bodies named later, not one named here
        name = re.sub(r"^(了|一个)", "", name)
        if name and not _NOT_A_GROUP.search(name):
            sites.append(Site(name, start, m.end(), verb))
    return sites


class DocumentReader:
    """Reads one document's lines and gathers its groups."""

    def __init__(self, jurisdiction: str | None) -> None:
        self.jurisdiction = jurisdiction
        self.groups: list[Group] = []
        self.current: Group | None = None

    # -- references -------------------------------------------------------------------------

    def _find(self, name: str) -> Group | None:
        """The group ``name`` means: the same name or alias, else (for a name that may be a short
        form) the latest group whose name ends with it. A full name (示例市重大项目建设指挥部)
        never resolves to a longer one (示例市招商引资和重大项目建设指挥部)."""
        key = group_key(name, self.jurisdiction)
        for group in reversed(self.groups):
            if key in (group.key, *group.aliases):
                return group
        if self._strong(name):
            return None
        return next((g for g in reversed(self.groups) if not g.sink and g.key.endswith(key)), None)

    def _bare(self, name: str) -> Group | None:
        """The group a bare kind word (领导小组, 市领导小组, 专班) refers to."""
        kind = kind_of(name)
        current = self.current
        if current and current.action != "abolish" and (current.kind == kind or current.sink and kind_of(current.name) == kind):
            return current
        # After 不再保留A、B the body still in being (the C they form) is the one meant.
        candidates = [g for g in reversed(self.groups) if g.kind == kind and not g.sink and not g.weak]
        return next((g for g in candidates if g.action != "abolish"), candidates[0] if candidates else None)

    def refer(self, site: Site, offset: int, clause: str, lower: bool, in_title: bool) -> Group | None:
        """Resolve a site to a group, creating one for a new name; the group becomes current.

        ``lower``: the sentence tells lower levels to set up a body of their own (各县…要成立…).
        """
        name = site.name
        generic = is_generic(name, self.jurisdiction)
        if generic:
            # A bare kind word (领导小组) means the body being read, not the latest one named.
            group = self._bare(name)
            if group is None or (site.verb and lower):
                group = self._new(name, offset, sink=True)
        elif (group := self._find(name) or self._titled_short_form(name)) is None:
            group = self._new(name, offset, sink=lower and site.verb)
            group.weak = not site.verb and not self._strong(name)
        else:
            if group.sink and site.verb and not lower:
                group.sink = False  # named by a lower level first, set up here
            group.names.append(name)
            group.weak = group.weak and not site.verb and not self._strong(name)
        if not in_title and group.first_body_site is None:
            group.first_body_site = offset
        if not generic and group.action == "describe" and _RENAMED_TO_HERE.search(clause[: site.start]):
            group.action = "adjust"  # A更名为B: B is the body as it goes on
        if site.verb and not lower and not generic:
            if _ADJUST.search(clause[: site.start]) and re.search(r"(组成人员|成员)", clause[site.end :]):
                group.action = "adjust"
            elif group.action != "adjust":
                group.action = "establish"
            group.established = True
        elif not generic and group.action == "describe" and (
            _STAFF_ADJUSTED.match(clause, site.end) or clause[: site.start].endswith("调整") and _STAFF_NAMED.match(clause, site.end)
        ):
            group.action = "adjust"  # 对X组成人员调整如下 / 关于调整X组成人员的通知
        self.current = group
        return group

    def _titled_short_form(self, name: str) -> Group | None:
        """``…关于成立城市精细化管理工作领导小组的通知`` then ``成立示例街道城市精细化管理工作领导小组``:
        a body the title named without its place is the one the body names in full."""
        key = group_key(name, self.jurisdiction)
        return next(
            (g for g in self.groups if g.first_body_site is None and not g.sink and len(g.key) >= 6 and key.endswith(g.key)),
            None,
        )

    def _strong(self, name: str) -> bool:
        """A name that starts with a level, a quote or the jurisdiction names a body surely."""
        folded = fold_name(name)
        return bool(_STRONG_START.match(folded) or (self.jurisdiction and folded.startswith(self.jurisdiction)))

    def _new(self, name: str, offset: int, sink: bool) -> Group:
        group = Group(group_key(name, self.jurisdiction), [name], kind_of(name), offset, sink=sink)
        self.groups.append(group)
        return group

    def sentence_groups(self, sentence: str, offset: int, in_title: bool) -> list[tuple[int, Group]]:
        found: list[tuple[int, Group]] = []
        for site in sites_in(sentence):
            clause_start = max(sentence.rfind(c, 0, site.start) for c in ",,:") + 1
            clause = sentence[clause_start:]
            clause_site = Site(site.name, site.start - clause_start, site.end - clause_start, site.verb)
            if not site.verb and re.search(r"由[^,,]*?[,,][^。]*的$", sentence[: site.start]) and _ESTABLISH.search(sentence[: site.start]):
                clause_site.verb = True  # 成立由…任组长,…为成员的X: the verb is clauses back
            lower = bool(_LOWER_LEVEL.search(sentence[: site.start]))
            group = self.refer(clause_site, offset + site.start, clause, lower, in_title)
            if group:
                if sentence[: site.start].endswith("下设") and found and not found[-1][1].sink and found[-1][1] is not group:
                    group.parent = found[-1][1].name  # 联席会议下设X工作组
                found.append((site.start, group))
                self._abolish(sentence, site, group)
        for alias_group, alias_at in self._aliases_in(sentence):
            found.append((alias_at, alias_group))
        found.sort(key=lambda item: item[0])
        return found

    def _abolish(self, sentence: str, site: Site, group: Group) -> None:
        if _ABOLISH_AFTER.search(sentence[site.end :]) or _ABOLISH_BEFORE.search(sentence[: site.start]):
            group.action = "abolish"
            group.established = False
        moved = _DUTIES_WHOLLY_MOVED.match(sentence, site.end) or _DUTIES_MOVED_AFTER.match(sentence, site.end)
        if group.kind == "委员会" and moved and not _SUFFIX.search(moved.group("to") or ""):
            # 区委两新组织工作委员会的职责整体划入区委社会工作部: a working organ folded into a
            # department by an institutional reform, not a coordination body.
            group.sink = True

    def _aliases_in(self, sentence: str) -> list[tuple[Group, int]]:
        hits = []
        for group in self.groups:
            for alias in group.aliases | group.office_aliases:
                at = sentence.find(alias)
                while at >= 0:
                    hits.append((group, at))
                    at = sentence.find(alias, at + 1)
        return hits

    def learn_aliases(self, sentence: str, refs: list[tuple[int, Group]]) -> None:
        """``X领导小组(以下简称市普查领导小组)``: an alias of the group named just before it."""
        for m in _ALIAS.finditer(sentence):
            named = [g for at, g in refs if at < m.start()]
            if not named or named[-1].sink:
                continue
            before = sentence[: m.start()]
            alias = m.group("alias")
            if before.endswith("办公室") or alias.endswith(("办", "办公室")):
                named[-1].office_aliases.add(alias)
            elif not is_generic(alias, self.jurisdiction):
                named[-1].aliases.add(group_key(alias, self.jurisdiction))


def _listed_before(sentence: str, start: int, floor: int) -> int:
    """``常务副县长A同志,副县长B同志任副指挥长``: earlier clauses naming one comrade each, with no
    role of their own, belong to the same list."""
    while start - 1 > floor:
        before = max(sentence.rfind(c, floor, start - 1) for c in ",,:") + 1
        clause = sentence[max(before, floor) : start - 1]
        if not clause.endswith("同志") or _ROLE_AFTER.search(clause) or "由" in clause:
            break
        start = max(before, floor)
    return start


def _head_role(heads: re.Match[str]) -> str:
    """``各工作组组长`` → ``组长``: the role each working group's head holds."""
    return re.sub(r"^各(?:工作|专项)?组", "", heads.group("role"))


def _who(text: str) -> str:
    text = re.sub(r"^.*由", "", text)
    text = re.sub(r"^([一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、.])?(增补|增加|补充|明确|确定|调整)?", "", text.strip())
    text = re.sub(r"^(市政府|市人民政府)?(决定)?(成立|建立|设立|组建)", "", text)
    return re.sub(r"共同$", "", text.strip("、,, ")).strip("、,, ")  # A和B共同担任召集人


def _role(raw: str, office_context: bool) -> str:
    role = re.sub(r"^(联席会议|领导小组|指挥部|专班(?!长)|委员会|工作组)", "", raw)
    role = re.sub(r"^双", "", role)  # 任双组长: each of the two is a 组长
    if office_context and role in ("主任", "副主任", "常务副主任"):
        role = "办公室" + role
    return role


def _clean_org(text: str) -> str | None:
    text = re.sub(r"(,|,|具体|负责|承担).*$", "", text).strip()
    return text or None


class DocumentFacts(DocumentReader):
    """Reads the lines of one document: rosters, then sentence by sentence references and facts."""

    def __init__(self, jurisdiction: str | None) -> None:
        super().__init__(jurisdiction)
        self.rosters: list[tuple[int, int, Group]] = []  # (start, end, group) of each roster block
        # 各工作组组长由牵头单位分管负责同志担任: (role, post tail) each working group's head takes
        self.heads_from_leads: tuple[str, str] | None = None
        # (name, lead, member units, head) columns of a table of working groups being read
        self.working_group_columns: tuple[int, int, int | None, int | None] | None = None
        self._role_after_cache: dict[tuple[str, ...], re.Pattern[str]] = {}
        self.abolishing = False  # inside a list headed 一、撤销的议事协调机构

    def read(self, lines: list[TextLine], in_title: Callable[[int], bool]) -> None:
        rows = dispositions(lines)
        index = 0
        while index < len(lines):
            line = lines[index]
            if not line.text or line.start in rows:
                for row in rows.get(line.start, []):
                    self._disposed(row)
                index += 1
                continue
            group = self.current if self.current and not self.current.sink else None
            head_role = HEAD_ROLE.get(group.kind, "组长") if group else "组长"
            announced = "成员" if index and _MEMBERS_FOLLOW.search(lines[index - 1].text or (lines[index - 2].text if index > 1 else "")) else None
            block = read_roster(lines, index, head_role, self.jurisdiction, announced)
            if block:
                if group:
                    group.members.extend(Member(r.role, r.name, r.position, r.start, r.end) for r in block.rows)
                    group.units.extend(block.units)
                    group.roster_printed = True
                    last = lines[block.last]
                    self.rosters.append((line.start, last.start + len(last.text), group))
                index = block.last + 1
                continue
            self._line(line, in_title(line.start))
            index += 1

    def _line(self, line: TextLine, in_title: bool) -> None:
        if _WEB_NAVIGATION.match(line.text):
            return  # 下一篇:…关于调整X成员的通知 links to another page; this one says nothing of X
        self._renamed_groups(line)
        self._post_holders_swapped(line)
        text = blank_out(line.text)
        if "|" in text:
            self._table_row(text, line)
            return
        self.working_group_columns = None
        if _TOP_HEADING.match(text) or text.endswith((":", ":")):
            self.abolishing = bool(_ABOLISH_LIST.search(text))  # 一、撤销的议事协调机构 / 决定撤销以下5个…:
        elif self.abolishing and self._abolished_item(text, line):
            return
        if self._subgroup(text, line):
            return
        self._item_abolished(text, line)
        for m in _SENTENCE.finditer(text):
            sentence, offset = m.group(0), line.start + m.start()
            refs = self.sentence_groups(sentence, offset, in_title)
            self.learn_aliases(sentence, refs)
            # Most sentences name no office and no role: skip the costly patterns for them.
            if _OFFICE_HINT.search(sentence):
                self._office(sentence, refs)
            if _COMPOSITION_HINT.search(sentence):
                self._composition(sentence, offset, refs)
            if "下设" in sentence:
                self._set_up_working_groups(sentence, offset, refs)
            heads = _HEADS_FROM_LEADS.search(sentence)
            if heads:
                self.heads_from_leads = (_head_role(heads), heads.group("tail"))

    def _set_up_working_groups(self, sentence: str, offset: int, refs: list[tuple[int, Group]]) -> None:
        """``指挥部下设要素保障组,由市自然资源局牵头,市财政局…参加``: working groups of the body."""
        m = _WORKING_GROUPS.search(sentence)
        parent = self._group_for(m.start(), refs) if m else None
        if not m or parent is None or parent.sink or parent.kind == "工作组":
            return
        names = [n for n in re.split(r"[、和及]", m.group("names")) if len(n) >= 3]
        parts = _LEAD_AND_PARTS.search(sentence, m.end())
        respectively = _LED_RESPECTIVELY.search(sentence, m.end())
        leads = split_units(respectively.group("leads")) if respectively else []
        heads = _HEADS_FROM_LEADS.search(sentence, m.end())
        for n, name in enumerate(names):
            group = self._working_group(name, offset + m.start("names"), parent)
            if parts and len(names) == 1:
                group.units.extend([parts.group("lead"), *split_units(parts.group("parts"))])
            if len(leads) == len(names):
                group.units.append(leads[n])
                if heads:
                    group.members.append(Member(_head_role(heads), None, leads[n] + heads.group("tail"), offset + heads.start(), offset + heads.end(), from_prose=True))
        self.current = parent

    def _working_group(self, name: str, at: int, parent: Group) -> Group:
        group = self._find(name) or self._new(name, at, sink=False)
        group.kind, group.parent = "工作组", parent.name
        group.first_body_site = group.first_body_site if group.first_body_site is not None else at
        return group

    def _group_for(self, position: int, refs: list[tuple[int, Group]]) -> Group | None:
        """The group a fact at ``position`` of a sentence is about: the last one named before it,
        else the first one named after it (成立由…任组长的X), else the current one."""
        before = [g for at, g in refs if at <= position]
        after = [g for at, g in refs if at > position]
        if before or after:
            group = before[-1] if before else after[0]
            return None if group.sink else group
        current = self.current
        if current is not None and current.action == "abolish":
            # A与B合并,更名为C,不再保留A、B。X任主任: C, the body still in being
            current = next((g for g in reversed(self.groups) if not g.sink and g.action != "abolish" and g.kind == current.kind), current)
        return None if current is None or current.sink or current.weak else current

    def _post_holders_swapped(self, line: TextLine) -> None:
        """``委员中,“局长祝一”调整为“局长邹二”``: read before quotes are blanked out."""
        group = self.current if self.current and not self.current.sink else None
        for m in _POST_HOLDER_SWAPPED.finditer(line.text) if group else ():
            people, _ = people_of(m.group("new"), m.group("scope"))
            end = line.start + m.end()
            group.members.extend(Member(m.group("scope"), n, p, line.start + m.start("new"), end, from_prose=True) for n, p in people)

    def _renamed_groups(self, line: TextLine) -> None:
        """``将“A领导小组”调整为“B领导小组”``: B is the body adjusted (A is its former name). Read
        before quotes are blanked out, since amendment quotes hide names elsewhere."""
        for m in _GROUP_RENAMED.finditer(line.text):
            new = m.group("new")
            suffix = _SUFFIX.search(new)
            if not suffix or suffix.end() != len(new) or not _SUFFIX.search(m.group("old")):
                continue
            group = self.refer(Site(new, 0, len(new), True), line.start + m.start("new"), new, False, False)
            if group is not None:
                group.action = "adjust"

    def _item_abolished(self, text: str, line: TextLine) -> None:
        """``(一)县第七次人口普查领导小组。工作任务已完成,予以撤销``: an item naming a body, then its fate."""
        m = _ITEM_THEN_FATE.match(text)
        suffix = _SUFFIX.search(m.group("name")) if m else None
        if not m or not suffix or suffix.end() != len(m.group("name")) or not _ITEM_FATE_ABOLISHED.search(m.group("rest")):
            return
        name = m.group("name")
        group = self.refer(Site(name, 0, len(name), True), line.start + m.start("name"), name, False, False)
        if group is not None:
            group.action, group.established = "abolish", False

    def _abolished_item(self, text: str, line: TextLine) -> bool:
        """``1.示例市X领导小组`` in a list of bodies the document abolishes."""
        m = _ITEM_NAME.match(text)
        name = m.group("name") if m else ""
        suffix = _SUFFIX.search(name)
        if not suffix or suffix.end() != len(name):
            return False
        group = self.refer(Site(name, 0, len(name), True), line.start + m.start("name"), name, False, False)
        if group is None:
            return False
        group.action, group.established = "abolish", False
        return True

    def _table_row(self, text: str, line: TextLine) -> None:
        """A row of a table: bodies to abolish (under 一、撤销以下议事协调机构), or working groups
        with their lead and member units (``组别 | 牵头单位 | 成员单位 | 主要职责``)."""
        cells = table_cells(text)
        squeezed = [fold_name(c) for c in cells]
        name_at = next((k for k, c in enumerate(squeezed) if c in _WORKING_GROUP_HEADERS), None)
        if name_at is not None and "牵头单位" in squeezed:
            members_at = next((k for k, c in enumerate(squeezed) if c in ("成员单位", "参加单位", "组成单位")), None)
            head_at = squeezed.index("组长") if "组长" in squeezed else None
            self.working_group_columns = (name_at, squeezed.index("牵头单位"), members_at, head_at)
            return
        if self.working_group_columns:
            name_at, lead_at, members_at, head_at = self.working_group_columns
            parent = next((g for g in reversed(self.groups) if not g.sink and g.kind != "工作组"), None)
            if parent and len(squeezed) > max(k for k in self.working_group_columns if k is not None) and squeezed[name_at].endswith("组"):
                at = line.start + line.text.find(cells[name_at])
                group = self._working_group(squeezed[name_at], at, parent)
                group.units.extend(split_units(cells[lead_at]) + (split_units(cells[members_at]) if members_at is not None else []))
                if head_at is not None:
                    people, _ = people_of(cells[head_at], "组长")
                    group.members.extend(Member("组长", n, p, at, line.start + len(line.text), from_prose=True) for n, p in people)
                self.current = parent
            return
        if self.abolishing:
            for k, cell in enumerate(squeezed):
                suffix = _SUFFIX.search(cell)
                if suffix and suffix.end() == len(cell) and not is_generic(cell, self.jurisdiction):
                    at = line.start + line.text.find(cells[k])
                    group = self.refer(Site(cell, 0, len(cell), True), at, cell, False, False)
                    if group is not None:
                        group.action, group.established = "abolish", False

    def _disposed(self, row: Disposition) -> None:
        """A row of a table deciding the fate of bodies: the body (under its new name when the row
        renames it), what is done to it and where its office sits."""
        name = renamed_to(row) or row.name
        suffix = _SUFFIX.search(name)
        if not suffix or suffix.end() != len(name):
            return
        group = self.refer(Site(name, 0, len(name), True), row.start, name, False, False)
        if group is None:
            return
        group.established = bool(ESTABLISHING.search(row.decision))
        group.action = "abolish" if ABOLISHING.search(row.decision) else "establish" if group.established else "adjust"
        if row.office:
            self._set_office(group, row.office, is_office=True)

    def _subgroup(self, text: str, line: TextLine) -> bool:
        """``一、电力恢复组:由市发改委牵头,…等单位参加``: a working group of the current body."""
        m = _SUBGROUP_HEADING.match(text)
        parent = next((g for g in reversed(self.groups) if not g.sink and g.kind != "工作组"), None)
        if not m or parent is None or not re.search(r"(牵头|参加|组成|组长)", m.group("rest")):
            return False
        group = self._working_group(m.group("name"), line.start, parent)
        rest, rest_at = m.group("rest"), line.start + m.start("rest")
        parts = _LEAD_AND_PARTS.search(rest)
        if parts:
            group.units.extend([parts.group("lead"), *split_units(parts.group("parts"))])
        for labelled in _UNIT_LABELS.finditer(rest):
            units = split_units(labelled.group("units"))
            group.units.extend(units)
            if labelled.group("label") == "牵头" and self.heads_from_leads and units:
                role, tail = self.heads_from_leads
                group.members.append(Member(role, None, units[0] + tail, rest_at + labelled.start(), rest_at + labelled.end(), from_prose=True))
        for head in _SUBGROUP_HEAD.finditer(rest):
            people, _ = people_of(_who(head.group("who")), head.group("role"))
            group.members.extend(Member(head.group("role"), name, position, rest_at + head.start(), rest_at + head.end(), from_prose=True) for name, position in people)
        self.current = parent
        return True

    def _office(self, sentence: str, refs: list[tuple[int, Group]]) -> None:
        for m in _OFFICE_IN_BRACKETS.finditer(sentence):
            self._set_office(self._group_for(m.start(), refs), m.group("at"), is_office=True)
        for m in _OFFICE_MOVED.finditer(sentence):
            self._set_office(self._group_for(m.start(), refs), m.group("at"), is_office=True)
        for m in _OFFICE_AT.finditer(sentence):
            position = m.start("subjects")
            for part in re.split("、", m.group("subjects")):
                inside = [g for at, g in refs if position <= at < position + len(part)]
                office = "办公室" in part or any(a in part for g in self.groups for a in g.office_aliases)
                if office or not part.strip():
                    holder = inside[-1] if inside else self._group_for(position, refs)
                    self._set_office(holder, m.group("at"), is_office=True)
                elif inside:
                    holder = inside[-1]
                    self._set_office(holder, m.group("at"), is_office=False)
                    if self.current and holder is not self.current and holder.kind in ("工作专班", "工作组"):
                        holder.parent = holder.parent or self._parent_for(holder)
                position += len(part) + 1
        for clause_match in re.finditer(r"[^,,]+", sentence):
            clause = clause_match.group(0)
            daily = _OFFICE_DAILY.match(clause) or _DAILY_BY.search(clause)
            if daily and (ORG_START.match(daily.group("at")) or ORG_END.search(daily.group("at"))) and not _SUFFIX.search(daily.group("at")):
                self._set_office(self._group_for(clause_match.start(), refs), daily.group("at"), is_office=False)

    def _parent_for(self, group: Group) -> str | None:
        for other in reversed(self.groups):
            if other is not group and not other.sink and other.kind not in ("工作专班", "工作组"):
                return other.name
        return None

    def _set_office(self, group: Group | None, at: str, is_office: bool) -> None:
        at_clean = _clean_org(at)
        if group is None or at_clean is None or group.office_at:
            return
        group.office_at = at_clean

    def _role_after(self) -> re.Pattern[str]:
        """_ROLE_AFTER, also past a short name the text gave a body (任县食安委主任)."""
        aliases = sorted({a for g in self.groups for a in g.aliases if len(a) >= 2}, key=len, reverse=True)
        if not aliases:
            return _ROLE_AFTER
        key = tuple(aliases)
        if key not in self._role_after_cache:
            named = "|".join(rf"[市县区省镇]?{re.escape(a)}" for a in aliases)
            self._role_after_cache[key] = _role_after_pattern(f"{named}|{_BODY_NAME}")
        return self._role_after_cache[key]

    def _composition(self, sentence: str, offset: int, refs: list[tuple[int, Group]]) -> None:
        end = offset + len(sentence)
        scope = re.search(r"(成员|委员)中[,,]", sentence)
        role_changes = list(_ROLE_CHANGED.finditer(sentence))
        taken = [(m.start(), m.end()) for m in role_changes]
        for m in _ROLE_BEFORE.finditer(sentence):
            if scope and scope.start() < m.start():
                continue  # 委员中,省卫生健康委主任由X同志担任: 主任 ends a post, X is a 委员
            self._add(m.group("role"), m.group("who"), m.start(), sentence, refs, offset, end)
            taken.append((m.start(), m.end()))
        previous_end, last_who = 0, ""
        for m in self._role_after().finditer(sentence):
            if any(a <= m.start() < b for a, b in taken) or (m.group(0).startswith("任") and m.start() > 0 and sentence[m.start() - 1] == "主"):
                continue
            clause_start = max(sentence.rfind(c, 0, m.start()) for c in ",,:") + 1
            clause_start = _listed_before(sentence, max(clause_start, previous_end), previous_end)
            who = sentence[max(clause_start, previous_end) : m.start()]
            leaving = _LEAVING.search(who)
            who = _who(who[: leaving.start()] if leaving else who)
            if who in ("并", "同时", "并同时", "") and last_who:
                who = last_who  # X任成员并兼任办公室主任: the same person again
            self._add(m.group("role"), who, m.start(), sentence, refs, offset, end, leaving=bool(leaving))
            previous_end, last_who = m.end(), who
        for m in _UNIT_SENDS.finditer(sentence):
            group = self._group_for(m.start(), refs)
            # 主任由X同志担任 is a role, read above; a post or unit 由X同志担任 only in a list of members
            if group and is_person_name(m.group("name")) and (m.group("verb") == "参加" or scope and scope.start() <= m.start()):
                title = m.group("title") or ""
                position = title if title.startswith(m.group("unit")) else m.group("unit") + title
                role = scope.group(1) if scope else "成员"
                group.members.append(Member(role, m.group("name"), position, offset + m.start("unit"), end, from_prose=True))
        for m in role_changes:
            group = self._group_for(m.start(), refs)
            who = _who(m.group("who"))
            held = split_trailing_name(who)  # 市应急管理局局长晏一同志由…改任…: the post before the name
            name, post = (held[1], held[0]) if held else (who, None)
            if group and is_person_name(name):
                group.members.append(Member(_role(m.group("new"), False), name, m.group("post") or post, offset + m.start(), end, from_prose=True))
                group.departures.append(Member(_role(m.group("old"), False), name, None, offset + m.start(), end, from_prose=True))
        for m in _POST_HOLDER_CHANGED.finditer(sentence) if scope else ():
            group = self._group_for(m.start(), refs)
            if group and scope.start() < m.start() and is_person_name(m.group("name")):
                group.members.append(Member(scope.group(1), m.group("name"), m.group("post"), offset + m.start("post"), end, from_prose=True))
        for m in _REPLACED.finditer(sentence):
            group = self._group_for(m.start(), refs)
            named = _ROLE_BEFORE_REPLACED.search(sentence[: m.start()])
            role = scope.group(1) if scope and scope.start() < m.start() else _role(named.group("role"), False) if named else None
            if group and role and is_person_name(m.group("name")):
                group.departures.append(Member(role, m.group("name"), None, offset + m.start(), end, from_prose=True))
        for pattern in _SUCCESSIONS:
            for m in pattern.finditer(sentence):
                self._add(m.group("role"), _who(m.group("who")), m.start("who"), sentence, refs, offset, end)
        for m in _MEMBERS_ARE.finditer(sentence):
            who = re.sub(r"(组成|构成|担任|兼任).*$", "", m.group("who"))
            if m.group("units"):
                group = self._group_for(m.start(), refs) if refs else None
                if group:
                    group.units.extend(split_units(who))
                continue
            for part in re.split(r"[,,]", who):
                self._add("成员", part, m.start(), sentence, refs, offset, end)
        for m in _LEAD_AND_PARTS.finditer(sentence):
            group = self._group_for(m.start(), refs) if refs else None
            if group:
                group.units.extend([m.group("lead"), *split_units(m.group("parts"))])
        for m in _JOINT_MEMBERS.finditer(sentence):
            # 各位副市长…共同参与X机制 / A、B等部门参加的X机制: only right before the body's name.
            if any(m.end() <= at <= m.end() + 1 for at, _ in refs):
                clause_start = max(sentence.rfind(c, 0, m.start("who") + len(m.group("who"))) for c in ",,:") + 1
                who = _who(sentence[max(clause_start, m.start("who")) : m.end("who")])
                self._add("成员", who, m.start(), sentence, refs, offset, end)

    def _add(self, raw_role: str, who: str, at: int, sentence: str, refs: list[tuple[int, Group]], offset: int, end: int, leaving: bool = False) -> None:
        group = self._group_for(at, refs)
        if group is None or who.startswith("牵头单位"):
            return  # 各组组长由牵头单位主要负责同志担任 names each working group's head, not this body's
        before = sentence[:at]
        # 县政府办公室分管副主任…任副主任 names a government office, not the body's own
        office_context = bool(_BODY_OFFICE.search(before)) or any(a in before for g in self.groups for a in g.office_aliases)
        role = _role(raw_role, office_context)
        people, units = people_of(who, role)
        rows = [Member(role, name, position, offset, end, from_prose=True) for name, position in people]
        if leaving:
            group.departures.extend(rows)
            return
        group.members.extend(rows)
        group.units.extend(units)


def _position_key(text: str | None, jurisdiction: str | None) -> str:
    return group_key(text or "", jurisdiction)


def finished_members(group: Group, jurisdiction: str | None) -> list[Member]:
    """One row per person and role; prose rows by post give way to named rows of the same role,
    because a roster that names the 召集人 says who the prose's 分管副市长 is."""
    named_roles = {m.role for m in group.members if m.name}
    rows: list[Member] = []
    seen: set[tuple[str, str]] = set()
    for member in group.members:
        if member.from_prose and member.name is None and member.role in named_roles:
            continue
        key = (member.role, member.name or _position_key(member.position, jurisdiction))
        if key in seen or not (member.name or member.position):
            continue
        seen.add(key)
        rows.append(member)
    return rows


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def jurisdiction_stem(doc: Doc) -> str | None:
    """``咸宁`` for a 咸宁市 gazette (or the first document's issuer): the place a name may start with."""
    candidates = [doc._.gazette.publisher if doc._.gazette else None]
    candidates += [issuer for record in (doc._.documents or []) for issuer in record.issuer]
    for text in candidates:
        m = re.match(r"^(?:中共|中国共产党)?([\u4e00-\u9fff]{2,6}?)(?:(?:[\u4e00-\u9fff]{1,3}族)*自治[州县旗]|省|自治区|地区|市|县|高新技术产业开发区|经济技术开发区|开发区|高新区|区|州|盟|旗)", text or "")
        if m:
            return m.group(1)
    return None


def lines_between(text: str, start: int, end: int) -> list[TextLine]:
    lines = []
    offset = start
    for raw in text[start:end].split("\n"):
        lead = len(raw) - len(raw.lstrip())
        lines.append(TextLine(offset + lead, raw.strip()))
        offset += len(raw) + 1
    return lines


def with_titles_joined(lines: list[TextLine], titles: list[tuple[int, int]]) -> list[TextLine]:
    """A title printed over several lines read as one line (its first), so a group named across
    the break (…安全生产 / 委员会组成人员的通知) keeps its whole name."""
    joined = list(lines)
    for start, end in titles:
        inside = [n for n, line in enumerate(lines) if start <= line.start < end and line.text]
        if len(inside) < 2:
            continue
        joined[inside[0]] = TextLine(lines[inside[0]].start, "".join(lines[n].text for n in inside))
        for n in inside[1:]:
            joined[n] = TextLine(lines[n].start, "")
    return joined


def _member_record(doc: Doc, m: Member) -> MemberRecord:
    posts = [with_government(p) for p in split_posts(m.position or "")]
    return MemberRecord(
        name=m.name, role=m.role, position=m.position, line=line_of(doc, m.start),
        posts=[PostRecord(p.text, p.organization, p.title) for p in posts], evidence=evidence(doc, m.start, m.end),
    )


def group_records(doc: Doc, facts: DocumentFacts, document: DocumentRecord | None) -> list[LeadingGroupRecord]:
    records = []
    for group in facts.groups:
        if not group.listed:
            continue
        start = group.first_body_site if group.first_body_site is not None else group.first_site
        records.append(
            LeadingGroupRecord(
                name=fold_name(group.name),
                kind=group.kind,
                established_by=document.key if document else None,
                office_at=group.office_at,
                members=[_member_record(doc, m) for m in finished_members(group, facts.jurisdiction)],
                member_units=_unique(group.units),
                line=line_of(doc, start),
                action=group.action,
                parent=fold_name(group.parent) if group.parent else None,
                date=document.date if document else None,
                evidence=evidence(doc, start),
                departures=[_member_record(doc, m) for m in group.departures],
                roster_printed=group.roster_printed,
            )
        )
    return records


@Language.factory("policy_rosters")
class PolicyRosters:
    """Find leading groups, their rosters and what the text says about them.

    Reads ``doc.spans["documents"]`` with ``doc._.documents`` parallel to it, and
    ``doc.spans["titles"]`` when present (a title line never gives a group's ``line``). Sets
    ``doc.spans["rosters"]`` (one span per printed roster, label = the group's name) and
    ``doc._.leading_groups`` (list[LeadingGroupRecord], in document order).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        jurisdiction = jurisdiction_stem(doc)
        titles = sorted((s.start_char, s.end_char) for s in doc.spans["titles"]) if "titles" in doc.spans else []
        title_starts = [a for a, _ in titles]

        def in_title(offset: int) -> bool:
            k = bisect.bisect_right(title_starts, offset) - 1
            return k >= 0 and offset < titles[k][1]

        def titles_within(start: int, end: int) -> list[tuple[int, int]]:
            return titles[bisect.bisect_left(title_starts, start) : bisect.bisect_left(title_starts, end)]

        regions: list[tuple[int, int, DocumentRecord | None]]
        documents = list(doc.spans["documents"]) if "documents" in doc.spans else []
        records_of = list(doc._.documents or [])
        if documents:
            regions = [(s.start_char, s.end_char, records_of[i] if i < len(records_of) else None) for i, s in enumerate(documents)]
        else:
            regions = [(0, len(text_of(doc)), None)]
        groups: list[LeadingGroupRecord] = []
        rosters: list[Span] = []
        for start, end, record in regions:
            facts = DocumentFacts(jurisdiction)
            facts.read(with_titles_joined(lines_between(text_of(doc), start, end), titles_within(start, end)), in_title)
            groups.extend(group_records(doc, facts, record))
            for roster_start, roster_end, group in facts.rosters:
                span = doc.char_span(roster_start, roster_end, label=fold_name(group.name), alignment_mode="expand")
                if span is not None:
                    rosters.append(span)
        doc.spans["rosters"] = rosters
        doc._.leading_groups = groups
        return doc
