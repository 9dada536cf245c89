"""Who is assigned a task, in every printed form: the clause → lead / responsible / supporting units.

Labelled clauses: ``(牵头单位:A、B;责任单位:C,D;完成时限:…)``, ``[牵头单位:X;责任单位:Y]``,
``(牵头单位:X,配合单位:Y)``, ``(总牵头单位:X)``, also with a lost bracket (``责任单位:X,Y``).
Verb forms: ``(X牵头,A、B等按职责分工负责)``, ``(X、Y牵头)``, ``X牵头,A、B等配合``,
``(X牵头,Y参与)``, ``由X会同Y…``, ``(A负责;配合单位:B)``, ``(A、B配合)``; roles named in prose:
``A为牵头单位,B为责任单位``. Duty lists: ``X:负责…;Y:负责…``. Rules a document prints once for all
its lists: ``排第一的为牵头单位`` (the first unit of a plain list leads) and ``以下均需A、B负责落实,
不再列出`` (units implied for every later task).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from policykg.extract.unit_list import Unit, ends_surely, is_agency_name, looks_like_unit_list, split_units

LEAD, RESPONSIBLE, SUPPORTING = "lead", "responsible", "supporting"
ROLES = (LEAD, RESPONSIBLE, SUPPORTING)

_UNIT_LABELS = {
    "总牵头单位": LEAD,
    "牵头单位": LEAD,
    "牵头部门": LEAD,
    "主办单位": LEAD,
    "主办部门": LEAD,
    "主责单位": LEAD,  # the main responsible unit, as 主责 marks the lead inside a list
    "牵头": LEAD,  # 【牵头:A;配合:B;时限:…】, the short labels of a bracketed clause
    "第一责任单位": LEAD,  # first among those answering for the task, so it leads them
    "责任单位": RESPONSIBLE,
    "责任主体": RESPONSIBLE,
    "责任部门": RESPONSIBLE,
    "落实单位": RESPONSIBLE,
    "落实主体": RESPONSIBLE,
    # 统筹单位:A;实施单位:B: the coordinating unit leads those carrying the task out
    "统筹单位": LEAD,
    "实施单位": RESPONSIBLE,
    "实施主体": RESPONSIBLE,
    "配合单位": SUPPORTING,
    "配合部门": SUPPORTING,
    "协办单位": SUPPORTING,
    "协办部门": SUPPORTING,
    "参与单位": SUPPORTING,
    "参与部门": SUPPORTING,
    "协同单位": SUPPORTING,
    "协作单位": SUPPORTING,
    "参加单位": SUPPORTING,
    "配合": SUPPORTING,
    # 落实主体:各县政府;指导单位:X: X guides those who carry the task out, it does not lead them
    "指导单位": SUPPORTING,
    "督导单位": SUPPORTING,  # 督导单位:X;实施主体:Y: X oversees Y's work, as 指导单位
}
# A department's own work list assigns its internal offices: 牵头科室 / 责任处室 are the
# 牵头单位 / 责任单位 of such a list.
ROLE_OF_LABEL = {
    **_UNIT_LABELS,
    **{label[:-2] + office: role for label, role in _UNIT_LABELS.items() if label.endswith("单位") for office in ("科室", "处室")},
}
# 配合科室(单位): a remark that the offices listed may include units outside the department
LABEL_REMARK = r"(?:[((](?:单位|部门)[))])?"
DEADLINE_LABELS = ("完成时限", "完成时间", "时间节点", "时限要求", "时限")
# Fields printed beside the units that name a person or an overseer, never an assignee
# (分管县领导:X　责任单位:A　督办单位:Y); they end the value before them and assign nothing.
NON_UNIT_LABELS = ("分管县领导", "分管市领导", "分管区领导", "分管领导", "责任领导", "督办单位", "责任人", "联系人")
_LABEL = re.compile(
    "(?P<label>" + "|".join(sorted([*ROLE_OF_LABEL, *DEADLINE_LABELS, *NON_UNIT_LABELS], key=len, reverse=True)) + ")" + LABEL_REMARK + r"\s*[::]"
)
_OPEN = "([〔【"
_CLOSE = ")]〕】"

# 牵头抓总: the lead of a whole part, whose items print no lead of their own
# A、B双牵头: two leads; A负总责,B具体落实: A answers for the whole task, so it leads;
# A统筹,B、C分别负责: A coordinates those who carry the task out, so it leads;
# A主抓,B协同 / A抓总,B、C各负其责: the unit that takes charge of the whole leads;
# A领衔,B、C跟进: the unit heading the work leads, those following it up support;
# A领办,B、C协办: the unit taking the task on leads, the co-handlers support;
# A牵总,B协同 / A主责,B协助 / A主办,B会办: the unit in overall charge, the main one or the host leads;
# A指导,B具体实施: the unit guiding the one that carries the task out leads it (指导 alone does not)
_CARRIES_OUT = "具体(?:负责|落实|承办|实施)"
_GUIDES_CARRIER = "指导(?=[,,][^,,;;。]+?" + _CARRIES_OUT + ")"
_LEAD_VERB = re.compile(
    r"^(?:[^::,,;;。]{1,20}[::])?(?:由)?(?P<lead>[^,,;;。]+?)(?:(?:共同|联合|双)?牵头(?:负责|落实|实施|抓总)?|负总责|统筹|主抓|抓总|牵总|主责|主办|领衔|领办|"
    + _GUIDES_CARRIER
    + r")(?:$|[,,;;]\s*(?P<rest>.*)$)"
)
_LEADS = re.compile("牵头|会同|负总责|统筹|主抓|抓总|牵总|主责|主办|领衔|领办|" + _GUIDES_CARRIER)
# 具体承办 / 具体实施: the unit doing the work under a lead is responsible for it
# B予以支持 / C提供技术支撑: units backing the work support it
_HELP_VERBS = ("配合", "共同参与", "参与", "参加", "协助", "协办", "会办", "协同", "跟进", "予以支持", "提供技术支撑", "提供技术支持")
_REST_VERB = re.compile(
    r"(?P<verb>按职责(?:分工)?(?:抓好|做好|负责)?落实|按职责分工负责|按职责负责|分工负责|各负其责|" + _CARRIES_OUT + "|负责|落实(?=$|[,,;;])|" + "|".join(_HELP_VERBS) + ")"
)
# 由A归口负责: A answers for the task as the unit it belongs to, as in A负责
_RESPONSIBLE_VERB = re.compile(
    r"^(?:由)?(?P<units>[^,,;;。::]+?)(?:等(?:部门|单位))?(?:归口)?(?:按职责分工负责|按职责负责|分工负责|按职责落实|负责落实|" + _CARRIES_OUT + r"|负责)(?:$|[,,;;])"
)
# 责任单位:A、B,其中A牵头
_AMONG_THEM_LEADS = re.compile(r"[,,;;]\s*其中(?P<lead>[^,,;;。]+?)(?:为)?牵头(?:单位)?")
_OF_A_TABLE = re.compile(r"(如下表|下表|本表|该表|附表)")
_DEADLINE_TAIL = re.compile(r"(\d{4}\s*年|年底|年内|长期|持续|前$|底$)")
_DEADLINE_PART = re.compile(
    r"^(?P<deadline>(?:\d{4}\s*年)?(?:第?[一二三四1-4]季度(?:末|底)?|[上下]半年|\d{1,2}\s*月至\s*\d{1,2}\s*月|[\u4e00-\u9fff]{1,3}(?:节|季)前|汛期?前|[\u4e00-\u9fff]{1,2}[季期](?:来临|到来)前|[春夏秋冬](?:收|种|耕|播)[前后])"
    r"|\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日|底|末)?前?|\d{1,2}\s*月(?:\d{1,2}\s*日|底|末)?前|年内|长期(?:坚持)?|常态化(?:推进)?|持续推进|分(?:阶段|步)推进|全年|每月\d{1,2}\s*日前|每(?:半年|季度|月|年))(?:完成|建成|实现)?$"
)
# 由A会同B负责,2024年9月底前建成 / A牵头,B配合,长期坚持: the time closing a verb clause in prose
_DEADLINE_AFTER_DUTY = re.compile(r"(?:负责|牵头|领衔|配合|协助|参与|跟进)[,,]\s*(?P<part>[^,,。;;]+?)\s*(?:[。;;]|$)")
# …配合,年底前形成调查报告: a day-bound time opening what is to be delivered
_DEADLINE_OPENING = re.compile(r"^(?P<deadline>(?:\d{4}\s*年)?(?:年?底|年内|\d{1,2}\s*月(?:\d{1,2}\s*日|底|末)?)前)(?=[\u4e00-\u9fff])")
_NOT_A_LIST = re.compile(r"^\s*(以下简称|简称|下称|含|包括|不含|详见|见附件)")
_ONLY_UNITS_RESPONSIBLE = re.compile(r"^[^,,;;。::]+?(?:等(?:部门|单位))?(?:按职责分工负责|按职责负责|分工负责|负责落实|" + _CARRIES_OUT + "|负责)$")
# 按职责分工负责 is said only of assignees, so a sentence opening with it assigns even when it runs on
_OPENS_BY_DIVISION = re.compile(r"^[^,,;;。::]+?(?:等(?:部门|单位))?(?:按职责分工负责|按职责负责|分工负责)[,,]")
_SUPPORT_VERB = re.compile(r"^\s*(?P<units>[^,,;;。]+?)(?:等(?:部门|单位))?(?:配合|协助|参与|协办|予以支持|提供技术支[撑持])")
_ONLY_SUPPORT = re.compile(r"^(?P<units>[^,,;;。::]+?)(?:等(?:部门|单位))?(?:配合|协助|参与|协办|予以支持|提供技术支[撑持])$")
# (A负责,B抓好落实): the unit seeing the work through answers for it beside A
_ALSO_CARRIES_OUT = re.compile(r"^\s*(?P<units>[^,,;;。]+?)(?:等(?:部门|单位))?(?:抓好落实|负责落实|" + _CARRIES_OUT + r")(?:$|[,,;;])")
_WITH = re.compile(r"^由(?P<lead>[^,,;;。]+?)会同(?P<rest>[^。;;]+)")
# 由A会同B负责。: 负责 closing the clause makes B share the responsibility; 会同B制定… makes B a helper
_WITH_SHARED_DUTY = re.compile(r"^(?P<units>[^,,;;。]+?)(?:等(?:部门|单位))?负责(?:$|[,,])")
# A为牵头单位,B、C为责任单位: each list named with the role it is; (A为责任单位,B配合) opens a bracket
_ROLE_NAMED = re.compile(
    r"(?:^|[,,;;。])\s*[((]?(?P<units>[^,,;;。::]+?)(?:等(?:部门|单位))?为(?P<label>" + "|".join(ROLE_OF_LABEL) + r")(?=$|[,,;;。])"
)
_DUTY = re.compile(r"^(?P<unit>[^::,,。;;()()]{2,30})[::]\s*(?P<duty>(?:负责|牵头|承担|配合|协助).*)$")

_FIRST_LEADS = re.compile(r"(排(?:在|名)?(?:第一|首位)(?:位|个)?的?|第一(?:个|家)?(?:责任)?单位)(?:单位)?(?:为|是)牵头单位")
_IMPLIED = re.compile(
    r"以下(?:各项)?(?:工作|任务|措施)?(?:均|都)?(?:需|须|由|要)(?P<units>[^。;;]+?)(?:负责)?(?:落实|实施|推进|完成)[,,]?\s*"
    r"(?:不再|不)(?:重复|一一|单独)?列出"
    r"|(?:各项|所有)(?:工作|任务)?[,,]?\s*(?P<units2>[^。;;]+?)(?:均|都)?为(?P<label>"
    + "|".join(label for label in ROLE_OF_LABEL if label.endswith(("单位", "部门")))
    + r")[,,]\s*(?:以下)?(?:不再|不)(?:重复|一一|单独|逐项)?列出"
)
# 本部分各项任务…: a rule said of the part whose heading prints it, not of the whole document
OF_A_PART = re.compile(r"本(?:部分|节|章|篇)")


@dataclass
class Assignment:
    """The units a clause assigns, the deadline it prints, and where it sits in the text."""

    lead: list[Unit] = field(default_factory=list)
    responsible: list[Unit] = field(default_factory=list)
    supporting: list[Unit] = field(default_factory=list)
    deadline_as_printed: str | None = None
    start: int = -1  # first character of the clause (its bracket, if any) in the parsed text
    end: int = -1
    duty: bool = False  # ``X:负责…``: one unit's duties, which no 排第一的为牵头单位 rule reorders

    def units(self, role: str) -> list[Unit]:
        return getattr(self, role)

    @property
    def empty(self) -> bool:
        return not (self.lead or self.responsible or self.supporting)

    def add(self, role: str, units: list[Unit]) -> None:
        present = {u.name for r in ROLES for u in self.units(r)}
        for unit in units:
            if unit.name not in present:
                self.units(role).append(unit)
                present.add(unit.name)

    def first_leads(self) -> Assignment:
        """``排第一的为牵头单位``: in a list with no lead printed, the first unit leads."""
        if self.lead or not self.responsible or self.duty:
            return self
        return replace(self, lead=self.responsible[:1], responsible=self.responsible[1:])


def _value_end(text: str, start: int, stop: int) -> int:
    """Where a labelled value ends: the next label, ;, 。, a line break or its closing bracket."""
    depth = 0
    for i in range(start, stop):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and ch in ";;。\n":
            return i
    return stop


def _clause_end(text: str, start: int) -> int:
    """The end of a bracketed clause that opens at ``start - 1``: its closing bracket, else the line."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                return i + 1
            depth -= 1
        elif ch == "\n":
            return i
    return len(text)


def _shifted(units: list[Unit], offset: int) -> list[Unit]:
    return [replace(u, start=u.start + offset, end=u.end + offset) if u.start >= 0 else u for u in units]


def _next_label_at(text: str, label: re.Match[str]) -> int:
    """Where the value before ``label`` stops: at the bracket the label opens (``责任科室:A(分管领导:X)``)."""
    at = label.start()
    return at - 1 if at > 0 and text[at - 1] in _OPEN else at


def labelled_assignment(text: str) -> Assignment | None:
    """Every ``label:value`` clause of ``text`` merged into one assignment (None without one)."""
    matches = list(_LABEL.finditer(text))
    if not matches:
        return None
    found = Assignment()
    for n, m in enumerate(matches):
        stop = _next_label_at(text, matches[n + 1]) if n + 1 < len(matches) else len(text)
        end = _value_end(text, m.end(), stop)
        value = text[m.end():end]
        label = m.group("label")
        if label in NON_UNIT_LABELS:
            continue
        if label in DEADLINE_LABELS:
            found.deadline_as_printed = value.strip(" ,,") or None
        else:
            among = _AMONG_THEM_LEADS.search(value)
            listed = value[: among.start()] if among else value
            leads = {u.name for u in split_units(among.group("lead"))} if among else set()
            units = _shifted(split_units(listed), m.end())
            found.add(LEAD, [u for u in units if u.marked_lead or u.name in leads])
            found.add(ROLE_OF_LABEL[label], [u for u in units if not (u.marked_lead or u.name in leads)])
        opens = m.start() - 1 if m.start() > 0 and text[m.start() - 1] in _OPEN else m.start()
        found.start = opens if found.start < 0 else found.start
        found.end = max(found.end, _clause_end(text, m.start()) if opens < m.start() else end)
    return found


def labelled_segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of ``text`` that closes with its own labelled clause.

    An unnumbered paragraph may carry several tasks (``以改革创一流环境(总牵头单位:X),…。以开放
    促一流环境(总牵头单位:Y)…``); labels inside one bracket belong to the same clause.
    """
    segments: list[tuple[int, int]] = []
    start = 0
    clause_end = -1
    for m in _LABEL.finditer(text):
        if clause_end >= 0 and m.start() >= clause_end:
            segments.append((start, clause_end))
            start = clause_end
        bracketed = m.start() > 0 and text[m.start() - 1] in _OPEN
        end = _clause_end(text, m.start()) if bracketed else _value_end(text, m.end(), len(text))
        clause_end = max(clause_end, end)
    if clause_end >= 0:
        segments.append((start, len(text)))
    return segments


def _units_if_list(text: str, offset: int) -> list[Unit]:
    return _shifted(split_units(text), offset) if looks_like_unit_list(text) else []


def verb_assignment(clause: str, offset: int = 0) -> Assignment | None:
    """``X牵头,A、B等按职责分工负责`` / ``X、Y牵头`` / ``X牵头,Y参与`` / ``由X会同Y…``."""
    clause = clause.strip()
    m = _LEAD_VERB.match(clause)
    with_ = None if m else _WITH.match(clause)
    if not (m or with_):
        return None
    match = m or with_
    subject, by, named = match.group("lead").rpartition("由")  # 本部分各项任务均由X牵头: X
    lead = _units_if_list(named, offset + match.start("lead") + len(subject) + len(by))
    if not lead or (m and _answers_for_something_else(m, lead, offset)):
        return None
    found = Assignment(lead=lead, start=offset, end=offset + len(clause))
    rest = match.group("rest") or ""
    if m and rest:
        _add_after_lead(found, rest, offset + match.start("rest"))
    elif with_:
        shared = _WITH_SHARED_DUTY.match(rest)
        listed = shared.group("units") if shared else _units_before_action(rest)
        found.add(RESPONSIBLE if shared else SUPPORTING, _shifted(split_units(listed), offset + match.start("rest")))
    return found


def _add_after_lead(found: Assignment, rest: str, offset: int) -> None:
    """``X牵头,A配合,B提供技术支撑``: each verb clause after the lead adds its units in its role."""
    at = 0
    while at < len(rest):
        verb = _REST_VERB.search(rest, at)
        if not verb:
            return
        role = SUPPORTING if verb.group("verb") in _HELP_VERBS else RESPONSIBLE
        found.add(role, _shifted(split_units(rest[at: verb.start()]), offset + at))
        comma = _COMMA.search(rest, verb.end())
        at = comma.end() if comma else len(rest)


def _answers_for_something_else(m: re.Match[str], lead: list[Unit], offset: int) -> bool:
    """``牵头单位对所牵头任务负总责``: 负总责 said of a role about its tasks, not of the units before it."""
    said = m.group(0)[m.end("lead") - m.start(0):]
    return said.startswith("负总责") and lead[-1].end != offset + m.end("lead")


def _units_before_action(text: str) -> str:
    """``A、B对…实行清单管理`` / ``A、B组织实施``: the list of units, without what they do."""
    listed = re.split(r"[,,]|等(?:有关|相关)?(?:部门|单位)", text, maxsplit=1)[0]
    head, _, last = listed.rpartition("、")
    for end in range(len(last), 1, -1):
        if is_agency_name(last[:end]) and ends_surely(last[:end]):
            return f"{head}、{last[:end]}" if head else last[:end]
    return listed


def support_assignment(clause: str, offset: int = 0) -> Assignment | None:
    """``(A、B配合)`` / ``(A协助)``: a bracket naming only helpers, whose lead is printed elsewhere."""
    lead_space = len(clause) - len(clause.lstrip())
    helpers, _, tail = clause.strip().rpartition(";") if ";" in clause else clause.strip().rpartition(";")
    if helpers and _DEADLINE_PART.match(tail.strip()):  # (A配合;2024年10月底前)
        clause = clause[: lead_space + len(helpers)]
    m = _ONLY_SUPPORT.match(clause.strip())
    units = _units_if_list(m.group("units"), offset + lead_space + m.start("units")) if m else []
    if not units:
        return None
    found = Assignment(start=offset, end=offset + len(clause))
    found.add(SUPPORTING, units)
    return found


def role_named_assignment(text: str) -> Assignment | None:
    """``A为牵头单位,B、C为责任单位。``: units followed by the role they are, in prose."""
    found = None
    rule = _IMPLIED.search(text)  # 各项任务A为配合单位,不再列出 names the units of later tasks
    for m in _ROLE_NAMED.finditer(text):
        units = _units_if_list(m.group("units"), m.start("units"))
        if not units or (rule and m.start("units") < rule.end() and rule.start() < m.end()):
            continue
        found = found or Assignment(start=m.start("units"))
        found.add(ROLE_OF_LABEL[m.group("label")], units)
        found.end = m.end()
        _add_helpers_after(found, text, m.end())
    return found


def _add_helpers_after(found: Assignment, text: str, at: int) -> None:
    """``A为责任单位,B配合``: helpers named by a verb right after a role-named list."""
    m = _COMMA.match(text, at)
    clause = _COMMA.split(text[m.end():_value_end(text, m.end(), len(text))], maxsplit=1)[0] if m else ""
    helpers = _ONLY_SUPPORT.match(clause)
    if helpers:
        found.add(SUPPORTING, _units_if_list(helpers.group("units"), m.end() + helpers.start("units")))
        found.end = m.end() + len(clause)


_BRACKET = re.compile(r"[(())]")
_COMMA = re.compile(r"[,,]")
_SENTENCE_END = re.compile(r"[。;;]")


def _bracket_groups(text: str) -> list[tuple[int, int]]:
    """Spans of the contents of the outermost bracket groups of ``text``."""
    groups = []
    depth = 0
    start = 0
    for m in _BRACKET.finditer(text):  # only the brackets: most task texts are long and hold few
        if m.group(0) in "((":
            if depth == 0:
                start = m.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                groups.append((start, m.start()))
    return groups


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def responsible_assignment(clause: str, offset: int = 0) -> Assignment | None:
    """``(A、B按职责分工负责)`` / ``(A负责,长期坚持)`` / ``A负责,B、C配合``: who carries it out
    (and who supports)."""
    lead_space = len(clause) - len(clause.lstrip())
    m = _RESPONSIBLE_VERB.match(clause.strip())
    if not m:
        return None
    units = _units_if_list(m.group("units"), offset + lead_space + m.start("units"))
    if not units:
        return None
    found = Assignment(start=offset, end=offset + len(clause))
    found.add(RESPONSIBLE, units)
    rest = clause.strip()[m.end():]
    also = _ALSO_CARRIES_OUT.match(rest)
    if also:
        found.add(RESPONSIBLE, _units_if_list(also.group("units"), offset + lead_space + m.end() + also.start("units")))
    support = None if also else _SUPPORT_VERB.match(rest)
    if support:
        found.add(SUPPORTING, _units_if_list(support.group("units"), offset + lead_space + m.end() + support.start("units")))
    return found


def _clauses_led_by(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``…,由X牵头,A按职责分工负责``: the clause that opens with 由 inside a longer sentence."""
    found = []
    for m in re.finditer(r"[,,]由[^,,。;;]+?牵头", text[start:end]):
        found.append((start + m.start() + 1, end))
    return found


def _unled_assignment(clause: str, start: int, bracketed: bool) -> Assignment | None:
    """Who carries out or helps with a task whose clause names no lead."""
    one = responsible_assignment(clause, start)
    prose_assigns = _ONLY_UNITS_RESPONSIBLE.match(clause.strip()) or _OPENS_BY_DIVISION.match(clause.strip())
    if one and not bracketed and not one.supporting and not prose_assigns:
        return None  # in running prose: 'A负责,B配合', or a sentence that is nothing but 'A、B负责
    return one or (support_assignment(clause, start) if bracketed else None)


def verb_assignments_in(text: str) -> Assignment | None:
    """Verb-form assignments in bracket groups and whole sentences of ``text``, merged."""
    found: Assignment | None = None
    brackets = _bracket_groups(text)
    sentences = _sentences(text)
    candidates = brackets + sentences + [c for s, e in sentences for c in _clauses_led_by(text, s, e)]
    for start, end in candidates:
        clause = text[start:end]
        one = verb_assignment(clause, start) if _LEADS.search(clause) else None
        if not one:
            one = _unled_assignment(clause, start, (start, end) in brackets)
        if not one:
            continue
        if found is None:
            found = one
            continue
        for role in ROLES:
            found.add(role, one.units(role))
    return found


def duty_assignment(text: str) -> Assignment | None:
    """``X:负责…`` (a unit's duties) → X responsible; ``X:牵头…`` → X leads. A task may list the
    duties of several units, one sentence each (``A:负责…;B:负责…。``)."""
    found: Assignment | None = None
    for start, end in _sentences(text):
        sentence = text[start:end]
        m = _DUTY.match(sentence.strip())
        if not m or not looks_like_unit_list(m.group("unit")):
            continue
        offset = start + len(sentence) - len(sentence.lstrip())
        found = found or Assignment(start=offset, duty=True)
        role = {"牵头": LEAD, "配合": SUPPORTING, "协助": SUPPORTING}.get(m.group("duty")[:2], RESPONSIBLE)
        found.add(role, _shifted(split_units(m.group("unit")), offset))
        found.end = offset + m.end("unit") + 1
    return found


# A list naming another role than responsible for its units (A为责任单位, B配合) is no bare list,
# whatever units it names.
_ASSIGNING_WORD = re.compile(r"牵头|配合|协助|协办|参与|为(?:" + "|".join(ROLE_OF_LABEL) + ")")
_MARKS = re.compile(r"[((][^()()]*[))]")  # (牵头) after a unit marks it inside the list


def plain_list_assignment(text: str) -> Assignment | None:
    """``…。(市资建局、市发改委、市经信局)``: a bare unit list closing the paragraph names the
    units responsible for it."""
    stripped = text.rstrip(" 。;;")
    groups = _bracket_groups(stripped)
    if not groups or groups[-1][1] != len(stripped) - 1:
        return None
    start, end = groups[-1]
    content = text[start:end]
    if _NOT_A_LIST.match(content):
        return None
    cut = max(content.rfind(c) for c in ",,;;")
    tail = content[cut + 1:] if cut >= 0 else ""
    deadline = tail.strip() if _DEADLINE_TAIL.search(tail) else None  # (A、B,2024年11月底前) / (A;…前)
    listed = content[:cut] if deadline else content
    units = _units_if_list(listed, start)
    if not units or _ASSIGNING_WORD.search(_MARKS.sub("", listed)):
        return None
    found = Assignment(start=start - 1, end=end + 1, deadline_as_printed=deadline)
    found.add(LEAD, [u for u in units if u.marked_lead])  # (A(牵头)、B、C)
    found.add(RESPONSIBLE, units)
    return found


def _verb_before_labels(text: str) -> Assignment | None:
    """``(A负责;配合单位:B)``: a verb clause opening the bracket whose later parts are labelled."""
    first = _LABEL.search(text)
    open_at = max(text.rfind("(", 0, first.start()), text.rfind("(", 0, first.start())) if first else -1
    if open_at < 0 or any(c in text[open_at:first.start()] for c in "))。"):
        return None
    head = text[open_at + 1: first.start()].rstrip(" ;;,,")
    if not head:
        return None
    return responsible_assignment(head, open_at + 1) or verb_assignment(head, open_at + 1)


def unlabelled_deadline(text: str) -> str | None:
    """``(A负责,长期)`` / ``(责任单位:A;2024年底前)`` / ``由A会同B负责,2024年9月底前建成``: a time
    printed as one part of an assignment clause, with no label of its own."""
    for start, end in reversed(_bracket_groups(text)):
        tail = re.split(r"[,,;;]", text[start:end])[-1].strip()
        if _DEADLINE_PART.match(tail):
            return _DEADLINE_PART.match(tail).group("deadline")
    for m in _DEADLINE_AFTER_DUTY.finditer(text):
        part = _DEADLINE_PART.match(m.group("part")) or _DEADLINE_OPENING.match(m.group("part"))
        if part:
            return part.group("deadline")
    return None


def _with_deadline(found: Assignment | None, text: str) -> Assignment | None:
    if found and not found.empty and not found.deadline_as_printed:
        found.deadline_as_printed = unlabelled_deadline(text)
    return found


def assignment_in(text: str) -> Assignment | None:
    """The assignment a task's text prints: labelled clauses first, else verb forms, else a bare
    unit list closing it."""
    labelled = labelled_assignment(text)
    if labelled and not labelled.empty:
        head = _verb_before_labels(text)
        for role in ROLES:
            labelled.add(role, head.units(role) if head else [])
        return _with_deadline(labelled, text)
    verbs = verb_assignments_in(text) or role_named_assignment(text)
    if verbs and not verbs.empty:
        if labelled and labelled.deadline_as_printed:
            verbs.deadline_as_printed = labelled.deadline_as_printed
        return _with_deadline(verbs, text)
    return plain_list_assignment(text) or labelled


def first_unit_leads(text: str) -> tuple[bool, list[int], list[int]]:
    """Where ``text`` prints the rule that the first unit of each list is the lead unit: whether
    it holds for the whole document, the offsets of rules said of one table only
    (``本部分任务分解如下表(责任单位中排在第一位的为牵头单位)``), and of rules said of one part
    (``三、…(本部分各项任务责任单位排在首位的为牵头单位)``)."""
    whole, tables, parts = False, [], []
    for m in _FIRST_LEADS.finditer(text):
        sentence_start = max(text.rfind(c, 0, m.start()) for c in "。;;\n") + 1
        if _OF_A_TABLE.search(text, sentence_start, m.end() + 4):
            tables.append(m.start())
        elif OF_A_PART.search(text, sentence_start, m.start()):
            parts.append(m.start())
        else:
            whole = True
    return whole, tables, parts


def implied_assignment(text: str) -> Assignment | None:
    """Units a blanket clause adds to every later task, in the role it names: responsible for
    ``以下均需A、B负责落实,不再列出``, supporting for ``各项任务A为配合单位,不再逐项列出``."""
    m = _IMPLIED.search(text)
    if not m:
        return None
    group = "units" if m.group("units") else "units2"
    found = Assignment(start=m.start(), end=m.end())
    found.add(ROLE_OF_LABEL[m.group("label")] if m.group("label") else RESPONSIBLE, _shifted(split_units(m.group(group)), m.start(group)))
    return found
