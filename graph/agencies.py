"""Agency identity: one canonical agency per jurisdiction for every printed form of its name.

Records keep agency names as printed (``市发改委``); the graph needs to know that ``市发改委`` and
``咸宁市发展和改革委员会`` in a 咸宁市 text are one body, and that ``市发改委`` of another city is
another. :class:`AgencyResolver` reads the jurisdiction from the name (``市``/``县``/``区`` mean the
issuing jurisdiction, an explicit place such as ``咸安区`` names its own), maps the rest through the
curated alias table ``extract/data/agency_aliases.tsv`` and the aliases a text declares
(``…(以下简称X)``), and follows renames to successors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from policykg.extract.records import RenameRecord
from policykg.extract.unit_list import is_agency_name, is_collective

ALIAS_TABLE = "data/agency_aliases.tsv"
_LOCAL_PREFIX = re.compile(r"^[市县区](?!场|域)")
_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?(?:自治州|市|县|区|州|盟|旗))(?P<body>.+)$")
_YOUTH_LEAGUE = re.compile(r"^团(?P<level>[市县区])委$")
_DECLARED = re.compile(r"[((]以下(?:简|统)称[“\"]?(?P<short>[^”\"))的,,。]{1,15})")
_BEFORE_NAME = re.compile(r".*(?:[,,。;;::、\n]|成立|设立|组建|是由|由|是|将|对|在|即|^)", re.DOTALL)
_ENTERPRISE = re.compile(r"(公司|集团|(?<!人民)银行|支行|分行)$")
_CENTRAL_BANK = re.compile(r"人民银行|人行")
_CENTRAL = re.compile(r"^(国家|中国|国务院)|调查队|海关")
_COURT = re.compile(r"(法院|检察院)$")


@dataclass(frozen=True)
class Agency:
    """A resolved agency: ``name`` as printed, ``canonical_name`` with its jurisdiction spelt out."""

    id: str
    name: str
    canonical_name: str
    jurisdiction: str | None
    level: str  # 省 | 市 | 县 | 区 | central | enterprise | court | other
    collective: bool


@lru_cache(maxsize=1)
def load_alias_table() -> dict[str, str]:
    """short → full (without jurisdiction prefix) from the packaged alias table."""
    table: dict[str, str] = {}
    text = resources.files("policykg.extract").joinpath(ALIAS_TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, full = line.split("\t")[:2]
        table[short.strip()] = full.strip()
        table.setdefault(full.strip(), full.strip())
    return table


def declared_aliases(text: str) -> list[tuple[str, str]]:
    """(short, full) for every ``<full name>(以下简称<short>)`` whose full name is an agency's."""
    found = []
    for m in _DECLARED.finditer(text):
        head = text[max(0, m.start() - 60):m.start()]
        start = _BEFORE_NAME.match(head)
        full = head[start.end():] if start else head
        short = m.group("short").strip()
        if is_agency_name(full) and short and short != full:
            found.append((short, full))
    return found


def _stem(jurisdiction: str | None) -> str | None:
    """``咸宁市`` → ``咸宁``: the place name that unsuffixed names (``咸宁银保监分局``) begin with."""
    if not jurisdiction:
        return None
    return re.sub(r"(自治州|市|县|区|州|盟|旗|省)$", "", jurisdiction) or None


class AgencyResolver:
    """Resolve printed agency names to canonical agencies within a jurisdiction.

    ``jurisdiction_hint`` is the issuing city or county (``咸宁市``); ``resolve(name, jurisdiction)``
    may name another. The same short name in two jurisdictions is two agencies.
    """

    def __init__(self, jurisdiction_hint: str | None = None, aliases: dict[str, str] | None = None) -> None:
        self.jurisdiction_hint = jurisdiction_hint
        self.aliases = load_alias_table() if aliases is None else aliases
        self._declared: dict[tuple[str | None, str], str] = {}
        self._successors: dict[str, str] = {}

    def learn_alias(self, short: str, full: str, jurisdiction: str | None = None) -> None:
        """A text declared ``short`` as its name for ``full`` (``…(以下简称X)``)."""
        self._declared[(jurisdiction or self.jurisdiction_hint, short)] = full

    def learn_aliases_from(self, text: str, jurisdiction: str | None = None) -> list[tuple[str, str]]:
        found = declared_aliases(text)
        for short, full in found:
            self.learn_alias(short, full, jurisdiction)
        return found

    def add_renames(self, renames: Iterable[RenameRecord], jurisdiction: str | None = None) -> None:
        """Each rename makes the new agency the successor of the old one."""
        for rename in renames:
            old = self.resolve(rename.old, jurisdiction).id
            new = self.resolve(rename.new, jurisdiction).id
            if old != new:
                self._successors[old] = new

    def successor_of(self, agency_id: str) -> str | None:
        """The agency that ``agency_id`` finally became through renames and mergers (None if none)."""
        current, seen = agency_id, {agency_id}
        while current in self._successors and self._successors[current] not in seen:
            current = self._successors[current]
            seen.add(current)
        return None if current == agency_id else current

    def resolve(self, name: str, jurisdiction: str | None = None) -> Agency:
        name = re.sub(r"\s+", "", name)
        within = jurisdiction or self.jurisdiction_hint
        declared = self._declared.get((within, name))
        if declared:
            found = self.resolve(declared, within)
            return Agency(found.id, name, found.canonical_name, found.jurisdiction, found.level, found.collective)
        place, body = self._split(name, within)
        canonical_body = self.aliases.get(body, body)
        canonical = f"{place}{canonical_body}" if place else canonical_body
        return Agency(
            id=f"agency:{canonical}",
            name=name,
            canonical_name=canonical,
            jurisdiction=place,
            level=self._level(name, place),
            collective=is_collective(name),
        )

    def _split(self, name: str, within: str | None) -> tuple[str | None, str]:
        """(jurisdiction, the name without it)."""
        youth = _YOUTH_LEAGUE.match(name)
        if youth:
            return within, "团委"
        if name.startswith("省"):
            return "省", name[1:]
        if _LOCAL_PREFIX.match(name) or name.startswith("各"):
            return within, name[1:] if not name.startswith("各") else name
        stem = _stem(within)
        if within and name.startswith(within):
            return within, name[len(within):]
        m = _PLACE.match(name)
        if m and is_agency_name(m.group("body")) and not _ENTERPRISE.search(name):
            return m.group("place"), m.group("body")
        if stem and name.startswith(stem) and not _ENTERPRISE.search(name):
            return within, name[len(stem):]
        return None, name

    def _level(self, name: str, place: str | None) -> str:
        if _COURT.search(name):
            return "court"
        if _CENTRAL_BANK.search(name):
            return "central"
        if _ENTERPRISE.search(name):
            return "enterprise"
        if _CENTRAL.search(name):
            return "central"
        if place == "省" or (place and place.endswith("省")):
            return "省"
        if not place:
            return "other"
        if place == self.jurisdiction_hint or not self.jurisdiction_hint:
            return place[-1] if place[-1] in "市县区" else "市"
        # A city inside the issuing city is a county-level city.
        return "县" if place.endswith(("县", "市")) and self.jurisdiction_hint.endswith("市") else place[-1]
