"""Responsibility records: each task of a document with the units assigned to it.

A paragraph task takes the assignment its own text prints; a paragraph without one takes the
assignment of the nearest heading above it that prints one (``(一)…(牵头单位:X)`` governs the
items under it), and a heading whose assignment its items inherit is not a task of its own. A
table row takes its unit cells by column. Document-wide rules apply afterwards: with
``排第一的为牵头单位`` printed, the first unit of a list without a lead leads; units a blanket
clause implies (``以下均需…落实,不再列出``) join every later task.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from policykg.extract.assignments import (
    LEAD,
    OF_A_PART,
    ROLES,
    Assignment,
    assignment_in,
    duty_assignment,
    first_unit_leads,
    implied_assignment,
    labelled_segments,
    unlabelled_deadline,
)
from policykg.extract.dates import deadline_in_text
from policykg.extract.provenance import evidence, text_of
from policykg.extract.records import DocumentRecord, ResponsibilityRecord
from policykg.extract.tasks import Task, find_tasks, title_of
from policykg.extract.unit_list import split_units


def _table_assignment(task: Task) -> Assignment:
    found = Assignment()
    for role, cell, offset in task.unit_cells:
        units = [replace(u, start=u.start + offset, end=u.end + offset) for u in split_units(cell)]
        found.add(LEAD, [u for u in units if u.marked_lead])  # 县住建局* in a 责任单位 cell
        found.add(role, units)
    found.deadline_as_printed = task.deadline_as_printed
    return found


def _paragraph_assignment(task: Task) -> Assignment | None:
    found = assignment_in(task.text)
    if found and not found.empty:
        return found
    label = len(task.label or "")
    duty = duty_assignment(task.text[label:]) if task.text else None
    if not duty:
        return found
    duty.start, duty.end = duty.start + label, duty.end + label
    duty.deadline_as_printed = found.deadline_as_printed if found else None
    return duty


def _inherit_from_headings(tasks: list[Task], assignments: list[Assignment | None]) -> list[Assignment | None]:
    """Paragraphs without an assignment take their nearest heading's; such headings step aside."""
    out = list(assignments)
    for n, task in enumerate(tasks):
        own = assignments[n]
        if task.in_table or not task.level or not own or own.empty:
            continue
        children = []
        for m in range(n + 1, len(tasks)):
            other = tasks[m]
            if other.in_table or (other.level and other.level <= task.level):
                break
            if other.level > task.level:
                children.append(m)
        if not children:
            continue
        for m in children:
            child = assignments[m]
            if not child or child.empty:
                deadline = (child and child.deadline_as_printed) or unlabelled_deadline(tasks[m].text) or own.deadline_as_printed
                out[m] = Assignment(own.lead, own.responsible, own.supporting, deadline)
            elif not child.lead and own.lead and not own.responsible and not own.supporting:
                # (二)…(牵头单位:X) over items printing their own 责任单位: X leads each of them
                child.add(LEAD, own.lead)
        out[n] = None
    return out


def _split_unnumbered(task: Task) -> list[Task]:
    """An unnumbered paragraph with several labelled clauses holds one task per clause."""
    if task.level or task.in_table:
        return [task]
    segments = labelled_segments(task.text)
    if len(segments) < 2:
        return [task]
    parts = []
    for start, end in segments:
        text = task.text[start:end]
        lead = len(text) - len(text.lstrip(" ,,。;;"))
        text = text.strip(" ,,。;;")
        begin = task.start + start + lead
        parts.append(Task(None, title_of(text, None), text, task.section_path, begin, begin + len(text)))
    return parts


_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def plan_year(document: DocumentRecord) -> int | None:
    """The year a plan is for: the one its title (or its attached text's) names, else the year
    it was signed; deadlines printed without a year fall in it."""
    for title in (document.title, *document.attachment_titles):
        m = _YEAR.search(title or "")
        if m:
            return int(m.group(1))
    signed = re.match(r"(?:19|20)\d\d", document.date or "")
    return int(signed.group(0)) if signed else None


def _part_around(tasks: list[Task], at: int, end: int) -> tuple[int, int]:
    """The part of the text whose heading holds offset ``at``: from that heading to the next
    heading of its level or higher (or ``end``)."""
    headings = [t for t in tasks if t.level and not t.in_table]
    heading = next((t for t in reversed(headings) if t.start <= at), None)
    if heading is None:
        return at, end
    after = (t.start for t in headings if t.start > heading.start and t.level <= heading.level)
    return heading.start, next(after, end)


_ATTACHMENT_HEADING = re.compile(r"^\s*附件\s*\d*\s*$", re.MULTILINE)
# 附件:…领导小组成员单位职责: an attached list of what each member unit of a body does for good,
# not an assignment of this document's tasks
_DUTIES_ATTACHED = re.compile(r"^\s*附件\s*\d*\s*[::].*职责\s*$", re.MULTILINE)


class ResponsibilityBuilder:
    """Builds the responsibility records of one document of a Doc."""

    def __init__(self, doc: Doc, document: DocumentRecord, start: int, end: int) -> None:
        self.doc = doc
        self.document = document
        self.start, self.end = start, end
        self.text = text_of(doc)[start:end]
        self.plan_year = plan_year(document)

    def records(self) -> list[ResponsibilityRecord]:
        tasks = [part for task in find_tasks(text_of(self.doc), self.start, self.end) for part in _split_unnumbered(task)]
        assignments = [_table_assignment(t) if t.in_table else _paragraph_assignment(t) for t in tasks]
        assignments = _inherit_from_headings(tasks, assignments)
        whole_document, table_rules, part_rules = first_unit_leads(self.text)
        table_rules = [self.start + at for at in table_rules]
        first_leads_parts = [_part_around(tasks, self.start + at, self.end) for at in part_rules]
        implied: Assignment | None = None  # 以下均需A、B负责落实,不再列出: added to the measures after it
        implied_at, implied_until = -1, self.end
        attachments = [self.start + m.start() for m in _ATTACHMENT_HEADING.finditer(self.text)]
        duties_from = min((self.start + m.start() for m in _DUTIES_ATTACHED.finditer(self.text)), default=self.end)
        records = []
        prose_seen_at = -1  # start of the last task outside a table
        for task, assignment in zip(tasks, assignments):
            if not task.in_table:
                prose_seen_at = task.start
            if assignment is not None and assignment.duty and not task.level and task.start > duties_from:
                assignment = None
            if assignment is not None and not (assignment.empty and not (task.in_table and task.deadline_as_printed)):
                # a rule said of one table covers the rows after it up to the next prose task
                of_this_table = task.in_table and any(prose_seen_at < at < task.start for at in table_rules)
                of_this_part = any(start < task.start < end for start, end in first_leads_parts)
                if whole_document or of_this_table or of_this_part:
                    assignment = assignment.first_leads()
                # the rule reaches tables of the same text, not an attached table (附件) after it
                attached = task.in_table and any(implied_at < at < task.start for at in attachments)
                if implied and task.start < implied_until and not (attached or assignment.duty):
                    for role in ROLES:
                        assignment.add(role, implied.units(role))
                records.append(self._record(task, assignment))
            rule = implied_assignment(task.text)
            if rule:
                implied, implied_at = rule, task.start
                # a rule printed as a paragraph under the heading is said of that heading's part
                of_part = OF_A_PART.search(task.text)
                implied_until = _part_around(tasks, task.start, self.end)[1] if of_part else self.end
        return records

    def _record(self, task: Task, assignment: Assignment) -> ResponsibilityRecord:
        names = {role: [u.name for u in assignment.units(role)] for role in ROLES}
        deadline_as_printed = assignment.deadline_as_printed or task.deadline_as_printed or deadline_in_text(task.text)
        task.deadline_as_printed = deadline_as_printed
        title = task.title if task.in_table else title_of(task.text, task.label, assignment.start)
        collectives = [u.name for role in ROLES for u in assignment.units(role) if u.collective]
        return ResponsibilityRecord(
            document=self.document.key,
            task=title,
            lead=names["lead"],
            responsible=names["responsible"],
            supporting=names["supporting"],
            deadline=task.deadline_in(self.plan_year),
            line=evidence(self.doc, task.start).line,
            deadline_as_printed=deadline_as_printed,
            section_path=list(task.section_path),
            task_text=task.text,
            collectives=collectives,
            evidence=evidence(self.doc, task.start, task.end),
        )


@Language.factory("policy_responsibilities")
class PolicyResponsibilities:
    """Who is responsible for what in each document.

    Reads ``doc._.documents`` (and their spans); sets ``doc._.responsibilities``
    (list[ResponsibilityRecord]: document key, task title, lead / responsible / supporting units as
    printed, deadline, line, section path, task text, collectives, evidence).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        records: list[ResponsibilityRecord] = []
        spans = list(doc.spans["documents"]) if "documents" in doc.spans else []
        for n, document in enumerate(doc._.documents or []):
            start = document.start if document.start >= 0 else spans[n].start_char
            end = document.end if document.end >= 0 else spans[n].end_char
            records.extend(ResponsibilityBuilder(doc, document, start, end).records())
        doc._.responsibilities = records
        return doc
