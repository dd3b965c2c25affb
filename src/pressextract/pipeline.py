"""Documents in, Records out: the one per-document path that the library, CLI and batch share."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pressextract.config import PipelineConfig, options_from_section
from pressextract.extractors import dates, locations, organizations, quotes, speakers, statistics
from pressextract.extractors.notes import warnings_of
from pressextract.schema import Document, Record

# name -> (options class, extract function, Record field)
EXTRACTORS: dict[str, tuple[type, Callable[..., list[Any]]]] = {
    "dates": (dates.DateOptions, dates.extract_dates),
    "locations": (locations.LocationOptions, locations.extract_locations),
    "organizations": (organizations.OrganizationOptions, organizations.extract_organizations),
    "quotes": (quotes.QuoteOptions, quotes.extract_quotes),
    "speakers": (speakers.SpeakerOptions, speakers.extract_speakers),
    "statistics": (statistics.StatisticOptions, statistics.extract_statistics),
}


@dataclass(frozen=True)
class Failure:
    """A release that could not be processed, and why (one row of errors.csv)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Extractor:
    """One configured extractor: its field name, function and options."""

    field: str
    function: Callable[..., list[Any]]
    options: Any


def configured_extractors(config: PipelineConfig) -> tuple[Extractor, ...]:
    """The extractors a config enables, with their options built once."""
    out = []
    for name in config.extractors:
        options_cls, function = EXTRACTORS[name]
        options = options_from_section(options_cls, config.section(name), name)
        out.append(Extractor(name, function, options))
    return tuple(out)


def is_processed_language(document: Document, config: PipelineConfig) -> bool:
    """Whether the pipeline's model is meant for the release's language (unknown counts as yes)."""
    return document.language is None or document.language in config.languages


def extract_record(doc: Doc, document: Document, extractors: Iterable[Extractor]) -> Record:
    """Run every configured extractor over one parsed release."""
    fields = {ex.field: tuple(ex.function(doc, document, ex.options)) for ex in extractors}
    notes = [w for w in warnings_of(doc) if w not in document.warnings]
    if notes:
        document = replace(document, warnings=(*document.warnings, *notes))
    return Record(document=document, **fields)


def process_documents(
    documents: Iterable[Document], nlp: Language, config: PipelineConfig
) -> Iterator[Record | Failure]:
    """Parse documents with `nlp.pipe` in batches and extract a Record from each, in order.

    A release in a language the pipeline is not configured for keeps its ingest fields and a
    warning, and is not run through the model. An extractor that fails on one release yields a
    Failure for it and the others go on.
    """
    extractors = configured_extractors(config)
    pending: list[Document] = []
    for document in documents:
        pending.append(document)
        if len(pending) >= config.batch_size:
            yield from _process_batch(pending, nlp, config, extractors)
            pending = []
    if pending:
        yield from _process_batch(pending, nlp, config, extractors)


def _process_batch(
    batch: list[Document],
    nlp: Language,
    config: PipelineConfig,
    extractors: tuple[Extractor, ...],
) -> Iterator[Record | Failure]:
    wanted = [d for d in batch if is_processed_language(d, config)]
    docs = iter(nlp.pipe(d.text for d in wanted))
    for document in batch:
        if not is_processed_language(document, config):
            note = (
                f"language {document.language!r} is not configured in pipeline"
                f" {config.name!r}: entities, quotes and figures were not extracted"
            )
            yield Record(document=_with_warning(document, note))
            continue
        doc = next(docs)
        try:
            yield extract_record(doc, document, extractors)
        except Exception as exc:  # one bad release must not stop the batch
            yield Failure(document.source, f"extraction failed: {type(exc).__name__}: {exc}")


def _with_warning(document: Document, warning: str) -> Document:
    return replace(document, warnings=(*document.warnings, warning))


def document_from_text(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str = "<text>",
    language: str | None = "en",
) -> Document:
    """A Document for text that did not come from a file (the library's `extract(text)`)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Document(
        id=digest,
        source=source,
        format="text",
        title=title,
        text=text,
        published=published,
        language=language,
    )
