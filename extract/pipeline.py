"""The extraction pipeline: a blank Chinese spaCy pipeline with our components, and the run
from a file to an :class:`ExtractionResult`."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from policykg.errors import InputError
from policykg.extract import documents, segment  # noqa: F401  (registers the factories)
from policykg.extract import programs  # noqa: F401  (registers policy_programs)
from policykg.extract import groups  # noqa: F401  (registers policy_rosters)
from policykg.extract import responsibilities  # noqa: F401  (registers policy_responsibilities)
from policykg.extract import renames  # noqa: F401  (registers policy_renames)
from policykg.extract import lifecycle  # noqa: F401  (registers policy_lifecycle)
from policykg.extract.char_tokenizer import CharTokenizer
from policykg.extract.extensions import register_extensions
from policykg.extract.normalize import LineIndex, normalize
from policykg.extract.read import DecodedText, read_file
from policykg.extract.unwrap import unwrap
from policykg.extract.records import ExtractionResult, Problem

COMPONENTS: tuple[str, ...] = (
    "policy_segmenter",
    "policy_documents",
    "policy_programs",
    "policy_lifecycle",
    "policy_rosters",
    "policy_responsibilities",
    "policy_renames",
)
MAX_CHARS = 20_000_000


def build_pipeline(components: tuple[str, ...] = COMPONENTS) -> Language:
    """``spacy.blank("zh")`` with character segmentation (no model download) plus our components."""
    register_extensions()
    nlp = spacy.blank("zh")
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    nlp.max_length = MAX_CHARS
    for name in components:
        nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, decoded: DecodedText) -> Doc:
    """Tokenise the normalised text and attach the provenance the components need."""
    unwrapped = unwrap(normalize(decoded.text), decoded.original_lines)
    text = unwrapped.text
    if len(text) > nlp.max_length:
        raise InputError(decoded.path, f"text has {len(text):,} characters, over the {nlp.max_length:,} limit of one run")
    doc = nlp.make_doc(text)
    doc._.source = decoded.name
    doc._.encoding = decoded.encoding
    doc._.line_index = LineIndex.of(text, unwrapped.original_lines)
    doc._.problems = [Problem(decoded.name, None, w) for w in decoded.warnings]
    if unwrapped.joined:
        doc._.problems.append(Problem(decoded.name, None, f"hard-wrapped text: {unwrapped.joined} line breaks inside paragraphs joined", "info"))
    return doc


def run(nlp: Language, decoded: DecodedText) -> Doc:
    doc = make_doc(nlp, decoded)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def result_of(doc: Doc) -> ExtractionResult:
    return ExtractionResult(
        source=doc._.source,
        encoding=doc._.encoding,
        gazette=doc._.gazette,
        documents=list(doc._.documents or []),
        relations=list(doc._.relations or []),
        leading_groups=list(doc._.leading_groups or []),
        responsibilities=list(doc._.responsibilities or []),
        renames=list(doc._.renames or []),
        programs=list(doc._.programs or []),
        problems=list(doc._.problems or []),
    )


def extract_file(path: str | Path, nlp: Language | None = None) -> ExtractionResult:
    """Read, segment and extract one file; raises InputError when the file can't be read."""
    nlp = nlp or build_pipeline()
    return result_of(run(nlp, read_file(path)))
