"""Person identity across groups and documents: one person node per real person in a jurisdiction.

Rosters name people with their posts. The same name within one jurisdiction is the same person
when the posts are compatible: the same organisation, or a post without an organisation
(``副市长``) next to one of the government (``市政府副市长``), or the same post text. Two people of
the same name whose posts name different organisations at the same time are kept apart and the
clash is reported in ``conflicts`` — a reader decides, the graph does not merge on a guess.
Members given only by post (name None) are no person and get no id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from policykg.extract.posts import split_posts
from policykg.extract.records import ExtractionResult, LeadingGroupRecord, MemberRecord
from policykg.graph.jurisdiction import jurisdiction_of

MemberRef = tuple[str, int, int]  # (source, index of the group in the result, index of the member)


@dataclass
class Person:
    id: str
    name: str
    jurisdiction: str
    organizations: set[str] = field(default_factory=set)
    positions: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    members: list[MemberRef] = field(default_factory=list)


@dataclass(frozen=True)
class Conflict:
    """Two people with one name in one jurisdiction whose posts could not be reconciled."""

    name: str
    jurisdiction: str
    person_ids: tuple[str, str]
    reason: str


@dataclass
class PeopleIndex:
    people: dict[str, Person] = field(default_factory=dict)
    by_member: dict[MemberRef, str] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    by_departure: dict[MemberRef, str] = field(default_factory=dict)

    def person_of(self, source: str, group_index: int, member_index: int) -> str | None:
        """The person id of a member row, None for a member given only by post."""
        return self.by_member.get((source, group_index, member_index))

    def leaving_person(self, source: str, group_index: int, departure_index: int) -> str | None:
        """The person id of someone a document names as leaving a group."""
        return self.by_departure.get((source, group_index, departure_index))


def organizations_of(position: str | None) -> set[str]:
    """Organisations a post names, with the government level word folded (市人民政府 = 市政府)."""
    found = set()
    for post in split_posts(position or ""):
        if post.organization:
            found.add(post.organization.replace("人民政府", "政府"))
    return found


def compatible(person: Person, organizations: set[str], position: str | None) -> bool:
    if position and position in person.positions:
        return True
    if not organizations or not person.organizations:
        return True  # a bare title (副市长) contradicts no organisation
    return bool(organizations & person.organizations)


def _person_id(jurisdiction: str, name: str, ordinal: int) -> str:
    digest = hashlib.sha1(f"{jurisdiction}|{name}|{ordinal}".encode()).hexdigest()[:12]
    return f"person:{digest}"


def resolve_people(results: list[ExtractionResult]) -> PeopleIndex:
    """A stable person id for every named member row of every leading group in ``results``, and
    for everyone a document names as leaving one."""
    index = PeopleIndex()
    by_name: dict[tuple[str, str], list[Person]] = {}

    def person_for(jurisdiction: str, name: str, position: str | None, group: str, leaving: bool) -> Person:
        organizations = organizations_of(position)
        namesakes = by_name.setdefault((jurisdiction, name), [])
        # The one who leaves a group is the namesake who sat on it, before any whose post fits.
        sat_on = [p for p in namesakes if group in p.groups] if leaving else []
        person = next(iter(sat_on), None) or next((p for p in namesakes if compatible(p, organizations, position)), None)
        if person is None:
            person = Person(_person_id(jurisdiction, name, len(namesakes)), name, jurisdiction)
            for other in namesakes:
                index.conflicts.append(
                    Conflict(
                        name,
                        jurisdiction,
                        (other.id, person.id),
                        f"posts name different organisations: {sorted(other.organizations)} vs {sorted(organizations)}",
                    )
                )
            namesakes.append(person)
            index.people[person.id] = person
        person.organizations |= organizations
        if position:
            person.positions.add(position)
        return person

    for ref, jurisdiction, group, member in _named_rows(results, "members"):
        person = person_for(jurisdiction, re.sub(r"\s+", "", member.name), member.position, group.name, leaving=False)
        person.groups.add(group.name)
        person.members.append(ref)
        index.by_member[ref] = person.id
    # Leavers after every member is known, so that one who left is found among those who sat.
    for ref, jurisdiction, group, member in _named_rows(results, "departures"):
        index.by_departure[ref] = person_for(jurisdiction, re.sub(r"\s+", "", member.name), member.position, group.name, leaving=True).id
    return index


def _named_rows(results: list[ExtractionResult], rows: str) -> Iterator[tuple[MemberRef, str, LeadingGroupRecord, MemberRecord]]:
    """(ref, jurisdiction, group, row) of every named row of every group; ``rows``: members or departures."""
    for result in results:
        jurisdiction = jurisdiction_of(result) or result.source
        for g, group in enumerate(result.leading_groups):
            for m, member in enumerate(getattr(group, rows)):
                if member.name:
                    yield (result.source, g, m), jurisdiction, group, member
