"""Scoring of extraction output against the gold annotations (``policykg eval``).

Implements the "Scoring" section of ``../shared/gold/SCHEMA.md``: every section is reduced to a
multiset of folded keys per file, and precision / recall / F1 are micro-averaged over all files.
Both the gold and the predicted side are plain JSON dicts in the schema's shape, keyed by the
source file stem; extra fields are ignored.

A metric whose denominator is zero (nothing predicted, nothing annotated) is ``None``, not 0 or 1:
the table shows it as "-" so that an empty section never looks like a result.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, astuple, dataclass, field
from pathlib import Path
from typing import Any

Key = tuple[str, ...]
FileData = Mapping[str, Any]
KeyFunction = Callable[[FileData, frozenset[str]], "Counter[Key]"]

LIFECYCLE_TYPES = frozenset({"REPEALS", "AMENDS", "EXTENDS_VALIDITY", "REPLACES"})
CITES_TYPES = frozenset({"CITES"})
RESPONSIBILITY_ROLES = ("lead", "responsible", "supporting")

# ----------------------------------------------------------------------------------------------
# Folding

_WHITESPACE = re.compile(r"\s+")  # str patterns are Unicode-aware: U+3000 and U+2002 included
_DROPPED = "《》〈〉<>“”‘’\"'「」『』＂＇"
_TRANSLATION = str.maketrans(
    {
        **{ch: None for ch in _DROPPED},
        "[": "〔",
        "]": "〕",
        "［": "〔",
        "］": "〕",
        "【": "〔",
        "】": "〕",
        "（": "(",
        "）": ")",
        "：": ":",
    }
)
_PARENTHESISED_YEAR = re.compile(r"\((\d{4})\)")


def fold(text: str) -> str:
    """Fold a text value for comparison: no whitespace, no title marks or quotes, one bracket style."""
    return _WHITESPACE.sub("", text).translate(_TRANSLATION)


def fold_doc_number(text: str) -> str:
    """Fold a document number: as ``fold``, and a parenthesised year becomes ``〔year〕``."""
    return _PARENTHESISED_YEAR.sub(r"〔\1〕", fold(text))


def _text(value: Any, folder: Callable[[str], str] = fold) -> str:
    """Folded text of an optional JSON value; missing and empty values both become ""."""
    if value is None:
        return ""
    return folder(str(value))


def _number_or_title(number: Any, title: Any) -> str:
    return _text(number, fold_doc_number) or _text(title)


def _items(data: FileData, name: str) -> list[Mapping[str, Any]]:
    return [item for item in (data.get(name) or []) if isinstance(item, Mapping)]


def _strings(value: Any) -> list[str]:
    """A list-valued field; a bare string (a common extractor slip) counts as a one-item list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value if item is not None]


# ----------------------------------------------------------------------------------------------
# Keys per section


def document_key(document: Mapping[str, Any]) -> Key:
    return (_number_or_title(document.get("doc_number"), document.get("title")),)


def _document_keys(data: FileData, _coverage: frozenset[str]) -> Counter[Key]:
    return Counter(document_key(document) for document in _items(data, "documents"))


def _relation_keys(types: frozenset[str]) -> KeyFunction:
    def keys(data: FileData, _coverage: frozenset[str]) -> Counter[Key]:
        counter: Counter[Key] = Counter()
        for relation in _items(data, "relations"):
            kind = str(relation.get("type") or "").strip().upper()
            if kind in types:
                source = _text(relation.get("source"), fold_doc_number)
                target = _number_or_title(relation.get("target_number"), relation.get("target_title"))
                counter[(kind, source, target)] += 1
        return counter

    return keys


# Groups, memberships and renames are sets: a body that two documents of one file set up and then
# adjust is one group (one node in the graph), and a renaming printed in two documents is one
# succession, each listed once in the gold; only responsibilities are a multiset.
def _group_keys(data: FileData, _coverage: frozenset[str]) -> Counter[Key]:
    return Counter({(_text(group.get("name")),) for group in _items(data, "leading_groups")})


def _member_keys(data: FileData, _coverage: frozenset[str]) -> Counter[Key]:
    keys = set()
    for group in _items(data, "leading_groups"):
        name = _text(group.get("name"))
        for member in _items(group, "members"):
            person = _text(member.get("name")) or _text(member.get("position"))
            keys.add((name, person, _text(member.get("role"))))
    return Counter(keys)


def covered_documents(gold: FileData) -> frozenset[str]:
    """Folded numbers/titles of the documents whose responsibilities the gold file annotates fully."""
    return frozenset(_text(document, fold_doc_number) for document in _strings(gold.get("responsibilities_coverage")))


def _task_assignments(task: Mapping[str, Any]) -> set[tuple[str, str]]:
    """The task's distinct (agency, role) pairs: an agency listed twice in one task counts once."""
    return {
        (_text(agency), role)
        for role in RESPONSIBILITY_ROLES
        for agency in _strings(task.get(role))
        if _text(agency)
    }


def _covered_tasks(data: FileData, coverage: frozenset[str]) -> Iterable[tuple[str, Mapping[str, Any]]]:
    for task in _items(data, "responsibilities"):
        document = _text(task.get("document"), fold_doc_number)
        if document in coverage:
            yield document, task


def _responsibility_keys(data: FileData, coverage: frozenset[str]) -> Counter[Key]:
    counter: Counter[Key] = Counter()
    for document, task in _covered_tasks(data, coverage):
        counter.update((document, agency, role) for agency, role in _task_assignments(task))
    return counter


def _responsibility_keys_ignoring_role(data: FileData, coverage: frozenset[str]) -> Counter[Key]:
    counter: Counter[Key] = Counter()
    for document, task in _covered_tasks(data, coverage):
        counter.update((document, agency) for agency in {agency for agency, _role in _task_assignments(task)})
    return counter


def _rename_keys(data: FileData, _coverage: frozenset[str]) -> Counter[Key]:
    return Counter({(_text(rename.get("old")), _text(rename.get("new"))) for rename in _items(data, "renames")})


SECTIONS: dict[str, KeyFunction] = {
    "documents": _document_keys,
    "lifecycle": _relation_keys(LIFECYCLE_TYPES),
    "cites": _relation_keys(CITES_TYPES),
    "groups": _group_keys,
    "members": _member_keys,
    "responsibilities": _responsibility_keys,
    "responsibilities_ignoring_role": _responsibility_keys_ignoring_role,
    "renames": _rename_keys,
}


def section_keys(data: FileData | None, section: str, coverage: frozenset[str]) -> Counter[Key]:
    """The multiset of folded keys one file gives for a section (empty for a missing file)."""
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}; expected one of {', '.join(SECTIONS)}")
    return SECTIONS[section](data or {}, coverage)


# ----------------------------------------------------------------------------------------------
# Scores


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class SectionScore:
    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> SectionScore:
        # 2tp / (2tp + fp + fn) equals the harmonic mean of P and R and stays defined (0) when
        # only one of them is: a system predicting nothing gets F1 0, not "undefined".
        return cls(tp, fp, fn, _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn))

    @classmethod
    def compare(cls, gold: Counter[Key], predicted: Counter[Key]) -> SectionScore:
        return cls.from_counts(
            sum((gold & predicted).values()),
            sum((predicted - gold).values()),
            sum((gold - predicted).values()),
        )

    def __add__(self, other: SectionScore) -> SectionScore:
        return SectionScore.from_counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


AGREEMENT_COUNTS = ("title", "date", "issuer", "all_three")


@dataclass(frozen=True)
class FieldAgreement:
    """Of the matched documents, how many agree with gold on title, date, issuer set, and all three."""

    matched: int = 0
    title: int = 0
    date: int = 0
    issuer: int = 0
    all_three: int = 0

    def share(self, name: str) -> float | None:
        return _ratio(getattr(self, name), self.matched)

    def __add__(self, other: FieldAgreement) -> FieldAgreement:
        return FieldAgreement(*(mine + theirs for mine, theirs in zip(astuple(self), astuple(other))))

    def to_json(self) -> dict[str, Any]:
        shares = {f"{name}_share": self.share(name) for name in AGREEMENT_COUNTS}
        return {**asdict(self), **shares}


def _document_fields(document: Mapping[str, Any]) -> tuple[str, str, frozenset[str]]:
    issuers = frozenset(_text(issuer) for issuer in _strings(document.get("issuer")))
    return _text(document.get("title")), _text(document.get("date")), issuers


def _matched_documents(gold: FileData, predicted: FileData) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Gold/predicted document pairs with equal keys; duplicates of a key pair up in printed order."""
    waiting: dict[Key, list[Mapping[str, Any]]] = {}
    for document in _items(predicted, "documents"):
        waiting.setdefault(document_key(document), []).append(document)
    pairs = []
    for document in _items(gold, "documents"):
        candidates = waiting.get(document_key(document))
        if candidates:
            pairs.append((document, candidates.pop(0)))
    return pairs


def document_agreement(gold: FileData, predicted: FileData | None) -> FieldAgreement:
    total = FieldAgreement()
    for gold_document, predicted_document in _matched_documents(gold, predicted or {}):
        title, date, issuer = (g == p for g, p in zip(_document_fields(gold_document), _document_fields(predicted_document)))
        total += FieldAgreement(1, int(title), int(date), int(issuer), int(title and date and issuer))
    return total


@dataclass(frozen=True)
class FileScore:
    sections: dict[str, SectionScore]
    agreement: FieldAgreement
    predicted: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "predicted": self.predicted,
            "sections": {name: asdict(score) for name, score in self.sections.items()},
            "document_agreement": self.agreement.to_json(),
        }


@dataclass(frozen=True)
class EvalReport:
    """Micro-averaged scores per section, document field agreement, and the same per file."""

    sections: dict[str, SectionScore]
    agreement: FieldAgreement
    files: dict[str, FileScore]
    missing_predictions: list[str] = field(default_factory=list)
    unscored_predictions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "sections": {name: asdict(score) for name, score in self.sections.items()},
            "document_agreement": self.agreement.to_json(),
            "files": {stem: file_score.to_json() for stem, file_score in self.files.items()},
            "missing_predictions": list(self.missing_predictions),
            "unscored_predictions": list(self.unscored_predictions),
        }


def score_file(gold: FileData, predicted: FileData | None) -> FileScore:
    coverage = covered_documents(gold)
    sections = {
        name: SectionScore.compare(section_keys(gold, name, coverage), section_keys(predicted, name, coverage))
        for name in SECTIONS
    }
    return FileScore(sections, document_agreement(gold, predicted), predicted is not None)


def score(gold: Mapping[str, FileData], predicted: Mapping[str, FileData]) -> EvalReport:
    """Score predictions against gold, both keyed by source stem; a missing prediction misses everything."""
    files = {stem: score_file(gold[stem], predicted.get(stem)) for stem in sorted(gold)}
    empty = SectionScore.from_counts(0, 0, 0)
    sections = {name: sum((f.sections[name] for f in files.values()), empty) for name in SECTIONS}
    agreement = sum((f.agreement for f in files.values()), FieldAgreement())
    return EvalReport(
        sections=sections,
        agreement=agreement,
        files=files,
        missing_predictions=[stem for stem in files if not files[stem].predicted],
        unscored_predictions=sorted(set(predicted) - set(gold)),
    )


def diff(gold: FileData, predicted: FileData | None, section: str) -> tuple[list[Key], list[Key]]:
    """One file's (missed, spurious) keys for a section, each repeated as often as it is counted."""
    coverage = covered_documents(gold)
    gold_keys = section_keys(gold, section, coverage)
    predicted_keys = section_keys(predicted, section, coverage)
    return sorted((gold_keys - predicted_keys).elements()), sorted((predicted_keys - gold_keys).elements())


# ----------------------------------------------------------------------------------------------
# Reading and printing


def load_gold_dir(path: str | Path) -> dict[str, dict[str, Any]]:
    """Every ``*.json`` in a folder keyed by file stem (also reads a folder of predictions)."""
    files: dict[str, dict[str, Any]] = {}
    for json_path in sorted(Path(path).glob("*.json")):
        data = json.loads(json_path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{json_path}: expected a JSON object, found {type(data).__name__}")
        files[json_path.stem] = data
    return files


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [header, ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(zip(line, widths)))
        for line in lines
    )


def _section_table(sections: Mapping[str, SectionScore]) -> str:
    rows = [
        [name, str(s.tp), str(s.fp), str(s.fn), _cell(s.precision), _cell(s.recall), _cell(s.f1)]
        for name, s in sections.items()
    ]
    return _table(["section", "tp", "fp", "fn", "P", "R", "F1"], rows)


def _agreement_table(agreement: FieldAgreement) -> str:
    rows = [[name, f"{getattr(agreement, name)}/{agreement.matched}", _cell(agreement.share(name))] for name in AGREEMENT_COUNTS]
    return _table(["matched documents agreeing on", "count", "share"], rows)


def format_table(report: EvalReport, per_file: bool = False) -> str:
    """The report as plain-text tables: sections (micro-averaged), document field agreement, files."""
    parts = [_section_table(report.sections), _agreement_table(report.agreement)]
    if per_file:
        parts += [f"{stem}\n{_section_table(file_score.sections)}" for stem, file_score in report.files.items()]
    if report.missing_predictions:
        parts.append("no prediction (all missed): " + ", ".join(report.missing_predictions))
    if report.unscored_predictions:
        parts.append("no gold (not scored): " + ", ".join(report.unscored_predictions))
    return "\n\n".join(parts) + "\n"
