"""Per-document fields from the segmenter's spans: title, number, issuer, date, attachments."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from policykg.extract.dates import parse_date
from policykg.extract.doc_number import government_order, parse_doc_number
from policykg.extract.normalize import squeeze
from policykg.extract.provenance import evidence, line_of
from policykg.extract.records import DocumentRecord, GazetteRecord

_ISSUER = re.compile(r"^[\u4e00-\u9fff()()]{2,40}(人民政府|办公室|办公厅|委员会|管委会|局|厅|部|委|院|中心|政府)$")
_TITLE_ISSUER = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]*?(人民政府办公室|人民政府办公厅|人民政府|办公室|委员会))(关于|令)")
_HEADER_FIELD = re.compile(r"^•?\s*(?P<key>主办单位|公报年份|总号|期号|发布时间)\s*[::]\s*(?P<value>.*)$")


def _within(spans, start: int, end: int) -> list[Span]:
    return [s for s in spans if start <= s.start_char < end]


@Language.factory("policy_documents")
class PolicyDocuments:
    """Build the document records.

    Reads ``doc.spans`` documents/titles/doc_numbers/signatures/attachments/issue_header; sets
    ``doc._.gazette`` (GazetteRecord or None) and ``doc._.documents`` (list[DocumentRecord], in
    the order of ``doc.spans["documents"]``).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.gazette = self._gazette(doc)
        jurisdiction = _jurisdiction(doc._.gazette.publisher if doc._.gazette else None)
        records = []
        for span in doc.spans["documents"]:
            records.append(self._document(doc, span, jurisdiction))
        doc._.documents = records
        return doc

    def _gazette(self, doc: Doc) -> GazetteRecord | None:
        fields: dict[str, str] = {}
        first = None
        for span in doc.spans["issue_header"]:
            m = _HEADER_FIELD.match(span.text.strip())
            if m:
                fields[m.group("key")] = m.group("value").strip()
                first = span.start_char if first is None else first
        if not fields:
            return None
        digits = lambda v: int(re.sub(r"\D", "", v)) if v and re.search(r"\d", v) else None  # noqa: E731
        published = fields.get("发布时间")
        if published:
            published = re.sub(r"\s+", "T", published.strip(), count=1)
        return GazetteRecord(
            publisher=fields.get("主办单位"),
            year=digits(fields.get("公报年份")),
            issue=digits(fields.get("期号")),
            total_issue=digits(fields.get("总号")),
            published_at=published,
            line=line_of(doc, first),
            evidence=evidence(doc, first),
        )

    def _document(self, doc: Doc, span: Span, jurisdiction: str | None) -> DocumentRecord:
        start, end = span.start_char, span.end_char
        titles = _within(doc.spans["titles"], start, end)
        title = squeeze("".join(titles[0].text.split("\n"))) if titles else ""
        title_issuer = _TITLE_ISSUER.match(title)
        number_spans = _within(doc.spans["doc_numbers"], start, end)
        number = None
        if number_spans:
            text = number_spans[0].text.strip()
            issuer_for_order = _expand(title_issuer.group("issuer"), jurisdiction) if title_issuer else jurisdiction_government(jurisdiction)
            number = government_order(text, issuer_for_order) or parse_doc_number(text)
        signatures = _within(doc.spans["signatures"], start, end)
        date = parse_date(signatures[0].text.strip()) if signatures else None
        issuers = self._issuers(doc, signatures[0]) if signatures else []
        if not issuers and title_issuer:
            issuers = [_expand(title_issuer.group("issuer"), jurisdiction)]
        attachments = [squeeze(s.text) for s in _within(doc.spans["attachments"], start, end)]
        if not title and attachments:
            title = attachments[0]
        return DocumentRecord(
            title=title,
            doc_number=number.normalized if number else None,
            doc_number_as_printed=number.printed if number else None,
            issuer=issuers,
            date=date.for_export() if date else None,
            attachment_titles=attachments,
            line=line_of(doc, start),
            id=number.normalized if number else title,
            doc_number_repaired=bool(number and number.repaired),
            date_as_printed=date.printed if date else None,
            date_candidates=list(date.candidates) if date else [],
            start=start,
            end=end,
            evidence=evidence(doc, start),
        )

    def _issuers(self, doc: Doc, date_span: Span) -> list[str]:
        """Signing bodies: the org-name lines right above the signature date."""
        lines = doc.text[: date_span.start_char].rstrip().split("\n")
        found: list[str] = []
        for raw in reversed(lines[-6:]):
            text = squeeze(raw)
            if not text:
                continue
            if _ISSUER.match(text):
                found.insert(0, text)
            else:
                break
        return found


def _jurisdiction(publisher: str | None) -> str | None:
    if not publisher:
        return None
    m = re.match(r"^([\u4e00-\u9fff]+?[市县区州盟旗])", publisher)
    return m.group(1) if m else None


def jurisdiction_government(jurisdiction: str | None) -> str | None:
    return f"{jurisdiction}人民政府" if jurisdiction else None


def _expand(issuer: str, jurisdiction: str | None) -> str:
    """``市人民政府`` in a 咸宁市 text is 咸宁市人民政府."""
    if jurisdiction and issuer[0] in "市县区" and not issuer.startswith(jurisdiction):
        return jurisdiction + issuer[1:]
    return issuer
