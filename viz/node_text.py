"""The words a view shows for a graph node or edge: canvas label, search name, tooltip.

Tooltips are plain text (the page hands them to vis-network as strings, which it sets with
``innerText``), so evidence copied from a gazette can never become markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from policykg.viz.palette import node_style

LABEL_CHARS = 16
EVIDENCE_CHARS = 240

# Which properties a tooltip lists, per label, in reading order.
TOOLTIP_FIELDS: dict[str, tuple[str, ...]] = {
    "Document": ("doc_number", "date", "kind", "issuer", "effective_date", "expiry_date"),
    "Organization": ("level", "aliases"),
    "Person": (),
    "LeadingGroup": ("kind", "abolished"),
    "Task": ("section_path", "deadline_as_printed"),
    "GazetteIssue": ("year", "issue", "published_at"),
    "Program": ("kind", "period_start", "period_end"),
}


def kind_of(attrs: Mapping[str, Any]) -> str:
    """The legend entry of a node: documents only referenced by others get their own, paler one."""
    label = str(attrs.get("label", "?"))
    if label == "Document" and attrs.get("stub"):
        return "StubDocument"
    return label


def full_name(attrs: Mapping[str, Any]) -> str:
    label = attrs.get("label")
    if label == "Document":
        return str(attrs.get("title") or attrs.get("doc_number") or attrs.get("id"))
    if label == "GazetteIssue":
        return f"{attrs.get('publisher') or '?'} {attrs.get('year') or '?'}年第{attrs.get('issue') or '?'}期"
    return str(attrs.get("name") or attrs.get("id"))


def short_label(attrs: Mapping[str, Any]) -> str:
    """Documents are drawn by number (short, unique); everything else by a clipped name."""
    if attrs.get("label") == "Document" and attrs.get("doc_number"):
        return str(attrs["doc_number"])
    return clip(full_name(attrs), LABEL_CHARS)


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def provenance_lines(attrs: Mapping[str, Any]) -> list[str]:
    lines = []
    if attrs.get("evidence"):
        lines.append("“" + clip(str(attrs["evidence"]), EVIDENCE_CHARS) + "”")
    if attrs.get("source"):
        where = f"{attrs['source']}:{attrs['line']}" if attrs.get("line") else str(attrs["source"])
        lines.append("source: " + where)
    return lines


def format_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value)
    return str(value)


def node_tooltip(attrs: Mapping[str, Any]) -> str:
    kind = kind_of(attrs)
    lines = [full_name(attrs), node_style(kind).legend + (f" · {attrs['jurisdiction']}" if attrs.get("jurisdiction") else "")]
    for name in TOOLTIP_FIELDS.get(str(attrs.get("label")), ()):
        value = attrs.get(name)
        if value not in (None, "", [], False):
            lines.append(f"{name}: {format_value(value)}")
    if attrs.get("label") == "Task" and attrs.get("text"):
        lines.append(clip(str(attrs["text"]), EVIDENCE_CHARS))
    return "\n".join(lines + provenance_lines(attrs))


def edge_tooltip(relation_legend: str, source_name: str, target_name: str, attrs: Mapping[str, Any]) -> str:
    lines = [f"{source_name} → {relation_legend} → {target_name}"]
    for name in ("role", "position", "title", "kind", "action", "date", "pending"):
        value = attrs.get(name)
        if value not in (None, "", [], False):
            lines.append(f"{name}: {format_value(value)}")
    return "\n".join(lines + provenance_lines(attrs))
