"""Programs a document sets up or implements: 行动, 工程, 试点, 规划, 计划, 普查 named in its title or
in the titles of its attached texts, with their period when printed.

Conservative by design: a program is named only where the title ends in the program word
(``…三年行动实施方案`` names ``…三年行动``; ``国土空间规划委员会工作规则`` names none), and quoted
names in a 实施/开展/启动 clause (``实施“百企千村”工程``). Generic words alone never make one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from policykg.extract.normalize import squeeze
from policykg.extract.provenance import evidence, line_of, text_of
from policykg.extract.records import DocumentRecord, ProgramRecord

_KINDS = ("专项行动", "行动", "工程", "试点", "规划", "计划", "普查")
_PREFIX = re.compile(r"^[\u4e00-\u9fff()() ]*?(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|政府)?关于(印发|开展|实施|做好|推进|组织开展)?")
_SUFFIX = re.compile(r"(的)?(通知|决定|意见|通报)$|(实施|工作|推进)?(方案|意见|办法|细则|安排|要点|表)$|工作$")
_PERIOD = re.compile(r"[((]?\s*(?P<start>(?:19|20)\d\d)\s*(?:年)?\s*[—\-–~～至到]+\s*(?P<end>(?:19|20)\d\d)\s*年?\s*[))]?")
_FIVE_YEAR = re.compile(r"“?十(?P<n>[一二三四五六七八九])五”?")
_SINGLE_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)\s*年")
_QUOTED_PROGRAM = re.compile(r"(实施|开展|启动|推进)(?P<name>“[^”]{2,20}”[\u4e00-\u9fff]{0,10}?(专项行动|行动|工程|计划|试点))")
_CN = "一二三四五六七八九"
MIN_NAME_CHARS = 4  # a few characters before 行动 / 试点 at least: 专项行动 alone names nothing
_GENERIC = re.compile(r"^(全市|全县|全区|全省|本市|我市|有关|相关|年度|工作|三年|五年)*(专项|重点|集中|攻坚)*(行动|工程|试点|规划|计划)$")


def _period(text: str) -> tuple[str | None, str | None]:
    m = _PERIOD.search(text)
    if m and m.group("start") <= m.group("end"):
        return f"{m.group('start')}-01-01", f"{m.group('end')}-12-31"
    m = _FIVE_YEAR.search(text)
    if m:
        # The n-th five-year plan: 十一五 = 2006–2010, 十四五 = 2021–2025 (regular since the 6th).
        start = 2006 + 5 * _CN.index(m.group("n"))
        return f"{start}-01-01", f"{start + 4}-12-31"
    m = _SINGLE_YEAR.match(text)
    if m:
        return f"{m.group('year')}-01-01", f"{m.group('year')}-12-31"
    return None, None


def program_in_title(title: str) -> tuple[str, str, str | None, str | None] | None:
    """(name, kind, period start, period end) of the program a title names, or None."""
    text = squeeze(title).replace(" ", "")
    text = _PREFIX.sub("", text)
    period_text = text
    text = _PERIOD.sub("", text)
    for _ in range(3):  # …三年行动实施方案的通知: peel 的通知, then 实施方案
        stripped = _SUFFIX.sub("", text)
        if stripped == text:
            break
        text = stripped
    for kind in _KINDS:
        if text.endswith(kind) and len(text) - len(kind) >= MIN_NAME_CHARS and not _GENERIC.match(text):
            start, end = _period(period_text)
            return text, "普查" if kind == "普查" else kind, start, end
    return None


@Language.factory("policy_programs")
class PolicyPrograms:
    """Find the programs each document sets up or implements.

    Reads ``doc._.documents`` and ``doc.spans["attachments"]``; sets ``doc._.programs``
    (list[ProgramRecord], one per program name and document, in document order).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        programs: list[ProgramRecord] = []
        for record in doc._.documents or []:
            programs.extend(self._programs_of(doc, record))
        doc._.programs = programs
        return doc

    def _programs_of(self, doc: Doc, record: DocumentRecord) -> list[ProgramRecord]:
        found: dict[str, ProgramRecord] = {}
        title_at = record.evidence.start if record.evidence else record.start
        sources = [(record.title, title_at)]
        sources += [(s.text, s.start_char) for s in doc.spans["attachments"] if record.start <= s.start_char < record.end]
        for text, offset in sources:
            program = program_in_title(text)
            if program:
                self._add(doc, found, record, program, offset)
        for m in _QUOTED_PROGRAM.finditer(text_of(doc), record.start, record.end):
            name = m.group("name")
            self._add(doc, found, record, (name, m.group(3), None, None), m.start("name"))
        return list(found.values())

    def _add(self, doc: Doc, found: dict[str, ProgramRecord], record: DocumentRecord, program: tuple[str, str, str | None, str | None], offset: int) -> None:
        name, kind, start, end = program
        key = re.sub(r"[“”\"\s]", "", name)
        quoted = re.search(r"“[^”]+”", name)
        # “擦亮小城镇”行动 in the body is the …“擦亮小城镇”…三年行动 its title already names.
        if key in found or (quoted and any(quoted.group(0) in p.name for p in found.values())):
            return
        found[key] = ProgramRecord(name, record.key, kind, start, end, line_of(doc, offset), evidence(doc, offset))
