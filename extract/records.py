"""The flat extraction records: one dataclass per kind of fact, each with its evidence.

Field names follow ``../shared/gold/SCHEMA.md`` so that ``ExtractionResult.to_json()`` is the
project's export format; fields beyond the schema (ids, evidence, flags) are extras it allows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: file, 1-based line, the text it came from and its character span."""

    source: str
    line: int
    text: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Problem:
    """Something the extractor could not read or decide, reported to the user."""

    source: str
    line: int | None
    reason: str
    severity: str = "warning"  # "info": how the text was read; "warning": a fact is uncertain; "error": part of the input was skipped


@dataclass
class GazetteRecord:
    publisher: str | None
    year: int | None
    issue: int | None
    total_issue: int | None
    published_at: str | None
    line: int
    title: str | None = None
    evidence: Evidence | None = None


@dataclass
class DocumentRecord:
    title: str
    doc_number: str | None
    doc_number_as_printed: str | None
    issuer: list[str]
    date: str | None
    attachment_titles: list[str]
    line: int
    id: str = ""
    doc_number_repaired: bool = False
    date_as_printed: str | None = None
    date_candidates: list[str] = field(default_factory=list)
    kind: str | None = None
    published: bool = False
    effective_date: str | None = None
    expiry_date: str | None = None
    validity_as_printed: str | None = None
    gazette_issue: str | None = None
    start: int = -1
    end: int = -1
    evidence: Evidence | None = None

    @property
    def key(self) -> str:
        """How other records refer to this document: its number, else its title."""
        return self.doc_number or self.title


@dataclass
class ProgramRecord:
    name: str
    document: str
    kind: str
    period_start: str | None
    period_end: str | None
    line: int
    evidence: Evidence | None = None


@dataclass
class EditItem:
    """One change an amendment makes: ``将A修改为B`` (old → new), ``删…`` (old only), ``增加…``."""

    action: str  # "replace" | "delete" | "insert"
    old: str | None
    new: str | None
    line: int


@dataclass
class RelationRecord:
    type: str  # REPEALS | AMENDS | EXTENDS_VALIDITY | REPLACES | CITES
    source: str
    target_number: str | None
    target_title: str | None
    line: int
    date: str | None = None
    pending: bool = False  # 限期修改: an amendment ordered, not yet made
    edits: list[EditItem] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class PostRecord:
    """One post of a member: 市统计局局长 → organisation 市统计局, title 局长."""

    text: str
    organization: str | None
    title: str | None


@dataclass
class MemberRecord:
    name: str | None
    role: str
    position: str | None
    line: int
    posts: list[PostRecord] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class LeadingGroupRecord:
    name: str
    kind: str
    established_by: str | None
    office_at: str | None
    members: list[MemberRecord]
    member_units: list[str]
    line: int
    action: str = "establish"  # establish | adjust | abolish | describe
    parent: str | None = None
    # People the document names as leaving the group (不再担任成员); not members from its date on.
    departures: list[MemberRecord] = field(default_factory=list)
    # The document prints the whole roster: members listed before and not repeated leave at its date.
    roster_printed: bool = False
    date: str | None = None
    evidence: Evidence | None = None


@dataclass
class ResponsibilityRecord:
    document: str
    task: str
    lead: list[str]
    responsible: list[str]
    supporting: list[str]
    deadline: str | None
    line: int
    deadline_as_printed: str | None = None
    section_path: list[str] = field(default_factory=list)
    task_text: str | None = None
    collectives: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class RenameRecord:
    old: str
    new: str
    by: str
    line: int
    kind: str = "rename"  # rename | merge
    date: str | None = None
    evidence: Evidence | None = None


@dataclass
class ExtractionResult:
    """Everything extracted from one input file."""

    source: str
    encoding: str | None = None
    gazette: GazetteRecord | None = None
    documents: list[DocumentRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    leading_groups: list[LeadingGroupRecord] = field(default_factory=list)
    responsibilities: list[ResponsibilityRecord] = field(default_factory=list)
    renames: list[RenameRecord] = field(default_factory=list)
    programs: list[ProgramRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def responsibilities_coverage(self) -> list[str]:
        return sorted({r.document for r in self.responsibilities})

    def to_json(self) -> dict[str, Any]:
        data = {
            "source": self.source,
            "encoding": self.encoding,
            "gazette": asdict(self.gazette) if self.gazette else None,
            "documents": [asdict(d) for d in self.documents],
            "relations": [asdict(r) for r in self.relations],
            "leading_groups": [asdict(g) for g in self.leading_groups],
            "responsibilities": [asdict(r) for r in self.responsibilities],
            "responsibilities_coverage": self.responsibilities_coverage,
            "renames": [asdict(r) for r in self.renames],
            "programs": [asdict(p) for p in self.programs],
            "problems": [asdict(p) for p in self.problems],
        }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ExtractionResult":
        def ev(item: dict[str, Any]) -> Evidence | None:
            raw = item.get("evidence")
            return Evidence(**raw) if raw else None

        def build(kind: type, item: dict[str, Any], **nested: Any) -> Any:
            known = {k: v for k, v in item.items() if k in kind.__dataclass_fields__}
            known.update(nested)
            if "evidence" in kind.__dataclass_fields__:
                known["evidence"] = ev(item)
            return kind(**known)

        gazette = data.get("gazette")
        return cls(
            source=data["source"],
            encoding=data.get("encoding"),
            gazette=build(GazetteRecord, gazette) if gazette else None,
            documents=[build(DocumentRecord, d) for d in data.get("documents", [])],
            relations=[
                build(RelationRecord, r, edits=[EditItem(**e) for e in r.get("edits", [])])
                for r in data.get("relations", [])
            ],
            leading_groups=[
                build(
                    LeadingGroupRecord, g,
                    members=[build(MemberRecord, m, posts=[PostRecord(**p) for p in m.get("posts", [])]) for m in g.get("members", [])],
                    departures=[build(MemberRecord, m, posts=[PostRecord(**p) for p in m.get("posts", [])]) for m in g.get("departures", [])],
                )
                for g in data.get("leading_groups", [])
            ],
            responsibilities=[build(ResponsibilityRecord, r) for r in data.get("responsibilities", [])],
            renames=[build(RenameRecord, r) for r in data.get("renames", [])],
            programs=[build(ProgramRecord, p) for p in data.get("programs", [])],
            problems=[Problem(**p) for p in data.get("problems", [])],
        )
