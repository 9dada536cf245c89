"""Per-document fields from the segmenter's spans: title, number, issuer, date, attachments,
kind, publication and validity; the gazette header; and the TOC check of the segmentation."""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from policykg.extract.dates import ParsedDate, parse_date
from policykg.extract.doc_number import DocNumber, government_order, parse_doc_number
from policykg.extract.lines import ISSUER_SUFFIX
from policykg.extract.normalize import squeeze
from policykg.extract.provenance import evidence, line_of, text_of
from policykg.extract.segment import METADATA_FIELD
from policykg.extract.records import DocumentRecord, GazetteRecord, Problem
from policykg.extract.signing_date import decide
from policykg.extract.validity import read_validity

_TITLE_ISSUER = re.compile(rf"^(?P<issuer>[\u4e00-\u9fff()() ]*?({ISSUER_SUFFIX}))(关于|令)")
_HEADER_FIELD = re.compile(r"^•?\s*(?P<key>主办单位|公报年份|总号|期号|发布时间)\s*[::]\s*(?P<value>.*)$")
_GAZETTE_TITLE = re.compile(
    r"^(?P<publisher>[\u4e00-\u9fff]+?)(公报\s*[((]|主办)\s*(?P<year>\d{4})\s*年\s*第\s*(?P<issue>\d+)\s*[号期]"
    r"(\s*[((]\s*总\s*第\s*(?P<total>\d+)\s*[号期])?"
)
_JURISDICTION = re.compile(r"^([\u4e00-\u9fff]{1,12}?(?:自治州|自治县|地区|[省市县区州盟旗]))(人民政府|政府|委员会|办公室|管委会)")
_KIND = re.compile(
    r"(通知|决定|决议|命令|意见|通报|报告|批复|函|公告|通告|请示|纪要|答复|令|办法|规定|方案|细则|规则|规划|纲要|计划|措施|预案)"
    r"([((][^()()]{1,20}[))])?$"
)
_WRAPPED = re.compile(r"^《(?P<inner>[^《》]+)》$")


def _folded_start(text: str) -> str:
    """A title reduced for TOC matching: no spaces or marks, no truncation debris, no leading 市."""
    text = re.sub(r"[\s《》“”\"\ufffd]", "", text)
    return re.sub(r"^[\u4e00-\u9fff]{0,6}?[市县区]人民政府", "人民政府", text).removeprefix("市")


@Language.factory("policy_documents")
class PolicyDocuments:
    """Build the gazette and document records and check the segmentation against the TOC.

    Reads ``doc.spans`` documents, titles, doc_numbers, signatures, signers, published,
    attachments, issue_header and toc. Sets ``doc._.gazette`` (GazetteRecord or None) and
    ``doc._.documents`` (list[DocumentRecord] ordered by ``start``, the first offset of the
    document not inside another one); appends to ``doc._.problems`` TOC entries without a
    document, repaired numbers and undecidable dates.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.gazette = self._gazette(doc)
        if doc._.problems is None:
            doc._.problems = []
        jurisdiction = _jurisdiction(doc)
        spans = list(doc.spans["documents"])
        index = _SpanIndex(doc)
        records = [self._document(doc, span, spans, jurisdiction, index) for span in spans]
        doc._.documents = sorted(records, key=lambda record: record.start)
        self._check_toc(doc, records)
        return doc

    def _gazette(self, doc: Doc) -> GazetteRecord | None:
        fields: dict[str, str] = {}
        first: int | None = None
        title: str | None = None
        for span in doc.spans["issue_header"]:
            text = squeeze(span.text)
            first = span.start_char if first is None else first
            m = _HEADER_FIELD.match(text)
            if m:
                fields[m.group("key")] = m.group("value").strip()
                continue
            printed = _GAZETTE_TITLE.match(text)
            if printed:
                title = title or text
                # The masthead repeats the header; it fills what a page without bullet fields lacks.
                fields.setdefault("主办单位", printed.group("publisher"))
                fields.setdefault("公报年份", printed.group("year"))
                fields.setdefault("期号", printed.group("issue"))
                if printed.group("total"):
                    fields.setdefault("总号", printed.group("total"))
        if first is None or not (title or {"主办单位", "公报年份", "期号", "总号"} & fields.keys()):
            return None  # a web page's 发布时间 alone makes no gazette issue
        published = fields.get("发布时间")
        return GazetteRecord(
            publisher=fields.get("主办单位") or None,
            year=_digits(fields.get("公报年份")),
            issue=_digits(fields.get("期号")),
            total_issue=_digits(fields.get("总号")),
            published_at=re.sub(r"\s+", "T", published.strip(), count=1) if published else None,
            line=line_of(doc, first),
            title=title,
            evidence=evidence(doc, first),
        )

    def _document(self, doc: Doc, span: Span, spans: list[Span], jurisdiction: str | None, index: _SpanIndex) -> DocumentRecord:
        nested = [s for s in index.within("documents", span.start_char + 1, span.end_char) if s is not span and s.end_char <= span.end_char]

        def own(group: str) -> list[Span]:
            return [
                s
                for s in index.within(group, span.start_char, span.end_char)
                if not any(n.start_char <= s.start_char < n.end_char for n in nested)
            ]

        title = "".join(squeeze(line) for piece in own("titles") for line in piece.text.split("\n"))
        attachments = [_attachment_title(s.text) for s in own("attachments")]
        if not title and attachments:
            title = attachments[0]  # no title line printed: the main attached text's title stands in
        title_issuer = _TITLE_ISSUER.match(title)
        signatures = own("signatures")
        signers = [s for s in own("signers") if not signatures or s.end_char <= signatures[0].start_char]
        issuers = self._issuers(signers, title_issuer, jurisdiction)
        number = self._number(own("doc_numbers"), issuers, jurisdiction)
        if not issuers and number and span.label_ == "order":
            issuers = [number.series.removesuffix("令")]  # 示例市人民政府令第6号 names who issued it
        start = max([span.start_char] + [n.end_char + 1 for n in nested])
        date, decided_by = self._date(doc, signatures, own("metadata"), start)
        body = _next_nonblank(text_of(doc), max([span.start_char] + [s.end_char + 1 for s in own("metadata")]))  # past the page's metadata
        validity = read_validity(text_of(doc)[start : span.end_char], date.value if date else None)
        record = DocumentRecord(
            title=title,
            doc_number=number.normalized if number else None,
            doc_number_as_printed=number.printed if number else None,
            issuer=issuers,
            date=date.for_export() if date else None,
            attachment_titles=attachments,
            line=line_of(doc, body),
            id=number.normalized if number else title,
            doc_number_repaired=bool(number and number.repaired),
            date_as_printed=date.printed if date else None,
            date_candidates=list(date.candidates) if date else [],
            kind="令" if span.label_ == "order" else _kind(title),
            published=bool(own("published")),
            effective_date=validity.effective_date if validity else None,
            expiry_date=validity.expiry_date if validity else None,
            validity_as_printed=validity.as_printed if validity else None,
            start=start,
            end=span.end_char,
            evidence=evidence(doc, body),
        )
        self._report(doc, record, signatures, decided_by)
        return record

    def _date(self, doc: Doc, signatures: list[Span], metadata: list[Span], start: int) -> tuple[ParsedDate | None, str | None]:
        """The signature date, a damaged one decided by the page's 成文日期 or the approving meeting."""
        if not signatures:
            return None, None
        written = next((_field_value(s.text) for s in metadata if s.label_ == "成文日期"), None)
        return decide(parse_date(signatures[0].text.strip()), written, text_of(doc)[start : signatures[0].start_char])

    def _issuers(self, signers: list[Span], title_issuer: re.Match[str] | None, jurisdiction: str | None) -> list[str]:
        """Signing bodies as printed (several on a line or over lines), else the title's issuer."""
        bodies = [_expand(part, jurisdiction) for s in signers if s.label_ == "body" for part in s.text.split()]
        if bodies:
            return list(dict.fromkeys(bodies))
        if title_issuer:
            return [_expand(part, jurisdiction) for part in title_issuer.group("issuer").split()]
        if any(s.label_ == "head" for s in signers) and jurisdiction:
            return [f"{jurisdiction}人民政府"]  # an order signed by the 市长 is the government's
        return []

    def _number(self, spans: list[Span], issuers: list[str], jurisdiction: str | None) -> DocNumber | None:
        if not spans:
            return None
        text = spans[0].text.strip()
        if spans[0].label_ == "order":
            heading = _ORDER_HEADING.match(_line_above(text_of(spans[0].doc), spans[0].start_char))
            issuer = heading.group("issuer") if heading else issuers[0] if issuers else (f"{jurisdiction}人民政府" if jurisdiction else None)
            return government_order(text, issuer)
        return parse_doc_number(text)

    def _report(self, doc: Doc, record: DocumentRecord, signatures: list[Span], date_decided_by: str | None) -> None:
        if record.doc_number_repaired and record.doc_number:
            doc._.problems.append(
                Problem(doc._.source, record.line, f"document number printed damaged as {record.doc_number_as_printed!r}, read as {record.doc_number}")
            )
        if date_decided_by:
            doc._.problems.append(
                Problem(doc._.source, record.line, f"signature date printed damaged as {record.date_as_printed!r}, read as {record.date} from the {date_decided_by}", "info")
            )
        if record.date and record.date.startswith("ambiguous:") and signatures:
            options = " or ".join(record.date_candidates)
            doc._.problems.append(
                Problem(doc._.source, line_of(doc, signatures[0].start_char), f"signature date {record.date_as_printed!r} is ambiguous: {options}")
            )

    def _check_toc(self, doc: Doc, records: list[DocumentRecord]) -> None:
        """Every TOC entry should be the (possibly truncated) title of a segmented document."""
        titles = [t for t in (_folded_start(r.title) for r in records) if t]
        for entry in doc.spans["toc"]:
            wanted = _folded_start(entry.text)
            if wanted and not any(t.startswith(wanted) or wanted.startswith(t) for t in titles):
                doc._.problems.append(
                    Problem(doc._.source, line_of(doc, entry.start_char), f"table-of-contents entry {squeeze(entry.text)!r} matches no document found in the text")
                )


def _digits(value: str | None) -> int | None:
    digits = re.sub(r"\D", "", value or "")
    return int(digits) if digits else None


def _attachment_title(text: str) -> str:
    joined = "".join(squeeze(line) for line in text.split("\n"))
    wrapped = _WRAPPED.match(joined)
    return wrapped.group("inner") if wrapped else joined


def _kind(title: str) -> str | None:
    """The document's genre from its title's last word: …的通知 → 通知, …办法 → 办法."""
    m = _KIND.search(title)
    return m.group(1) if m else None


def _jurisdiction(doc: Doc) -> str | None:
    """The place whose bodies a bare 市人民政府 means: the gazette publisher's, else a signer's."""
    candidates = [doc._.gazette.publisher] if doc._.gazette and doc._.gazette.publisher else []
    candidates += [squeeze(s.text) for s in doc.spans["signers"] if s.label_ == "body"]
    for name in candidates:
        m = _JURISDICTION.match(name)
        if m and len(m.group(1)) > 1:
            return m.group(1)
    return None


def _expand(issuer: str, jurisdiction: str | None) -> str:
    """``市人民政府`` in a 咸宁市 text is 咸宁市人民政府 (县, 区 alike)."""
    if jurisdiction and issuer[:1] in "市县区州" and not issuer.startswith(jurisdiction) and jurisdiction.endswith(issuer[0]):
        return jurisdiction + issuer[1:]
    return issuer


# ``蕖塘区人民政府令`` printed above ``第5号``: the order's issuer as the order itself names it.
_ORDER_HEADING = re.compile(r"^(?P<issuer>[\u4e00-\u9fff()()]{2,30}人民政府)令$")


def _field_value(text: str) -> str:
    m = METADATA_FIELD.match(text.strip())
    return m.group("value").strip() if m else ""


def _next_nonblank(text: str, offset: int) -> int:
    """The offset of the first non-space character at or after ``offset`` (``offset`` if none)."""
    m = re.compile(r"\s*").match(text, offset)
    return m.end() if m and m.end() < len(text) else offset


def _line_above(text: str, offset: int) -> str:
    """The last non-blank line before ``offset`` (found backwards: an issue may hold many orders)."""
    end = text.rfind("\n", 0, offset)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return re.sub(r"\s+", "", text[start:end])
        end = start - 1
    return ""


class _SpanIndex:
    """The spans of each group sorted by start, so a document finds its own parts by bisection
    instead of scanning every span of the issue (an issue of thousands of notices)."""

    def __init__(self, doc: Doc) -> None:
        self._groups: dict[str, tuple[list[int], list[tuple[int, Span]]]] = {}
        for name in ("documents", "metadata", "titles", "attachments", "signatures", "signers", "doc_numbers", "published"):
            spans = list(doc.spans[name]) if name in doc.spans else []
            ordered = sorted(enumerate(spans), key=lambda item: item[1].start_char)
            self._groups[name] = ([s.start_char for _, s in ordered], ordered)

    def within(self, group: str, start: int, end: int) -> list[Span]:
        """Spans of ``group`` starting in [start, end), in the group's own order."""
        starts, ordered = self._groups[group]
        found = ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        return [span for _, span in sorted(found, key=lambda item: item[0])]
