"""Documents in, Records out: the one per-document path that the library, CLI and batch share."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pressextract.config import PipelineConfig, options_from_section
from pressextract.extractors import dates, locations, organizations, quotes, speakers, statistics
from pressextract.extractors.notes import warnings_of
from pressextract.isolation import Failure, Guard, guarded
from pressextract.nlp import chunks
from pressextract.parsing import (
    MAX_HEADLINE_CHARS,
    Parsed,
    is_processed_language,
    parse_documents,
    refuse_too_long,
    time_left,
    too_long,
)
from pressextract.reading import headline_document, headline_text, merge_headline
from pressextract.schema import Document, Record

__all__ = [
    "EXTRACTORS",
    "Extractor",
    "Failure",
    "Parsed",
    "configured_extractors",
    "document_from_text",
    "extract_parsed",
    "extract_record",
    "finish_record",
    "is_processed_language",
    "model_and_extract",
    "parse_documents",
    "process_document",
    "process_documents",
    "refuse_too_long",
    "time_left",
    "too_long",
]

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


def extract_record(
    doc: Doc,
    document: Document,
    extractors: Iterable[Extractor],
    guard: Guard | None = None,
    headline: Doc | None = None,
) -> Record:
    """Run every configured extractor over one parsed release.

    An extractor that raises costs its own field (left empty, with a warning), not the record.
    `guard` (the release's) learns which extractor runs: a time limit names it (extract:FIELD).
    `headline` is the model's parse of `headline_text(document)`: what the headline adds to the
    body's items is merged in (reading.py).
    """
    extractors = tuple(extractors)
    fields: dict[str, tuple[Any, ...]] = {}
    failed: list[str] = []
    for ex in extractors:
        if guard is not None:
            guard.enter(f"extract:{ex.field}")
        try:
            fields[ex.field] = tuple(ex.function(doc, document, ex.options))
        except Exception as exc:  # a bug met on one release must not cost the other fields
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            failed.append(f"{ex.field}: the extractor failed ({detail}); the field is empty")
    notes = [w for w in warnings_of(doc) if w not in document.warnings]
    if notes or failed:
        document = replace(document, warnings=(*document.warnings, *notes, *failed))
    record = Record(document=document, **fields)
    if headline is None or not headline.text.strip():
        return record
    lead = headline_document(document, headline.text)
    lead_fields: dict[str, tuple[Any, ...]] = {}
    for ex in extractors:
        if ex.field in fields:
            try:
                lead_fields[ex.field] = tuple(ex.function(headline, lead, ex.options))
            except Exception:  # the body's field stands; the headline adds nothing to it
                lead_fields[ex.field] = ()
    return merge_headline(record, Record(document=lead, **lead_fields))


def process_document(
    document: Document,
    nlp: Language,
    config: PipelineConfig,
    extractors: tuple[Extractor, ...] | None = None,
) -> Record | Failure:
    """One release through the model and the extractors, under its time limit; never raises.

    Whatever goes wrong becomes a Failure naming the stage (model or extract) and the reason.
    """
    return guarded(
        document.source,
        config.limits.release_seconds,
        lambda guard: model_and_extract(guard, document, nlp, config, extractors),
    )


def process_documents(
    documents: Iterable[Document], nlp: Language, config: PipelineConfig
) -> Iterator[Record | Failure]:
    """A Record, or a Failure saying why not, for each document in order.

    Documents are parsed `batch_size` at a time with `parse_documents` (the model's batched
    throughput, one release still costing only itself), then extracted one by one.
    """
    extractors = configured_extractors(config)
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= config.batch_size:
            yield from _process_batch(batch, nlp, config, extractors)
            batch = []
    if batch:
        yield from _process_batch(batch, nlp, config, extractors)


def _process_batch(
    batch: Sequence[Document],
    nlp: Language,
    config: PipelineConfig,
    extractors: tuple[Extractor, ...],
) -> Iterator[Record | Failure]:
    for document, parsed in zip(batch, parse_documents(batch, nlp, config), strict=True):
        yield extract_parsed(document, parsed, config, extractors)


def extract_parsed(
    document: Document,
    parsed: Parsed,
    config: PipelineConfig,
    extractors: tuple[Extractor, ...],
    spent: float = 0.0,
) -> Record | Failure:
    """The Record of a parsed release, under what its time limit has left; never raises.

    `spent`: seconds the release already used before the model (reading, ingest).
    """
    if isinstance(parsed.doc, Failure):
        return parsed.doc
    return guarded(
        document.source,
        time_left(config, spent + parsed.seconds),
        lambda guard: finish_record(guard, document, parsed, config, extractors),
        limit=config.limits.release_seconds,
    )


def finish_record(
    guard: Guard,
    document: Document,
    parsed: Parsed,
    config: PipelineConfig,
    extractors: tuple[Extractor, ...],
) -> Record:
    """The extractors over a parsed release, telling `guard` each stage (may raise)."""
    if isinstance(parsed.doc, Failure):
        raise AssertionError("a release the model failed on has no record")
    if parsed.doc is None:
        return Record(document=_with_warning(document, _not_configured(document, config)))
    guard.enter("extract")
    return extract_record(parsed.doc, document, extractors, guard, parsed.headline)


def _not_configured(document: Document, config: PipelineConfig) -> str:
    return (
        f"language {document.language!r} is not configured in pipeline"
        f" {config.name!r}: entities, quotes and figures were not extracted"
    )


def model_and_extract(
    guard: Guard,
    document: Document,
    nlp: Language,
    config: PipelineConfig,
    extractors: tuple[Extractor, ...] | None = None,
) -> Record:
    """The model and the extractors over one release, telling `guard` each stage (may raise)."""
    if not is_processed_language(document, config):
        return Record(document=_with_warning(document, _not_configured(document, config)))
    guard.enter("model")
    refuse_too_long(document, config)
    doc = chunks.parse(
        nlp,
        document.text,
        chunk_chars=config.limits.chunk_chars,
        own_components=config.components,
        check=guard.deadline.check,
    )
    text = headline_text(document)
    lead = nlp(text) if text and len(text) <= MAX_HEADLINE_CHARS else None
    guard.enter("extract")
    if extractors is None:
        extractors = configured_extractors(config)
    return extract_record(doc, document, extractors, guard, lead)


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
