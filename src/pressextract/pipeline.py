"""Documents in, Records out: the one per-document path that the library, CLI and batch share."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pressextract.config import PipelineConfig, options_from_section
from pressextract.errors import TextTooLong
from pressextract.extractors import dates, locations, organizations, quotes, speakers, statistics
from pressextract.extractors.notes import warnings_of
from pressextract.isolation import Failure, Guard, guarded
from pressextract.nlp import chunks
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
    "model_and_extract",
    "parse_documents",
    "process_document",
    "process_documents",
    "time_left",
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


def is_processed_language(document: Document, config: PipelineConfig) -> bool:
    """Whether the pipeline's model is meant for the release's language (unknown counts as yes)."""
    return document.language is None or document.language in config.languages


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


@dataclass(frozen=True)
class Parsed:
    """The model's result for one release: its Doc (None when the model is not for its
    language) or the Failure of stage model, and the seconds of model time it used."""

    doc: Doc | Failure | None
    seconds: float = 0.0
    headline: Doc | None = None  # the headline lines the body does not hold, parsed apart


def parse_documents(
    documents: Sequence[Document],
    nlp: Language,
    config: PipelineConfig,
    spent: Sequence[float] = (),
) -> list[Parsed]:
    """The model over a batch of releases, each release still costing only itself.

    The texts that fit in one piece go through `nlp.pipe` together, each with its headline
    (`headline_text`), in groups of at most `batch_chars` characters in all (the model's memory
    grows with what it parses at once, and groups bigger than a few releases parse no faster),
    texts of like length together (the parser steps through a group for as long as its longest
    text lasts), each group under what its releases' time limits have left, together; when a
    group raises or runs late, its texts are parsed again one at a time, each under its own
    limit, so the bad one becomes its own Failure and the others come out as they would have.
    A long text is parsed on its own, in chunks (`chunks.parse`); a text longer than
    `max_text_chars` is not parsed at all (a Failure of stage model). A release's model time
    in a group is its share of the group's, by length. `spent`: the seconds each release
    already used (reading, ingest), which its time limit no longer has.
    """
    limit = min(config.limits.chunk_chars, nlp.max_length)
    spent = spent or [0.0] * len(documents)
    out = [Parsed(None) for _ in documents]
    wanted = [i for i, d in enumerate(documents) if is_processed_language(d, config)]
    heads = {i: _headline(documents[i]) for i in wanted}
    fit = [
        i for i in wanted if len(documents[i].text) <= limit and not too_long(documents[i], config)
    ]
    sizes = {i: len(documents[i].text) + len(heads[i]) for i in fit}
    by_length = sorted(fit, key=sizes.__getitem__)
    for group in _groups(by_length, sizes, min(config.limits.batch_chars, limit)):
        if len(group) > 1:
            _parse_group(group, documents, heads, nlp, config, out, spent)
    for i in wanted:
        if out[i].doc is None:
            out[i] = _parse_one(documents[i], nlp, config, spent[i])
    _parse_headlines(heads, nlp, out)
    return out


def too_long(document: Document, config: PipelineConfig) -> bool:
    """Whether a release's text is longer than the model may read ([limits] max_text_chars)."""
    most = config.limits.max_text_chars
    return bool(most) and len(document.text) > most


def refuse_too_long(document: Document, config: PipelineConfig) -> None:
    """Raise TextTooLong before the model sees a text longer than [limits] max_text_chars.

    Such a text (a 5 MB file on one line) takes minutes to parse, far past any time limit, and
    spaCy's native code only stops between chunks where no timer signal can reach it (threads):
    refused at once, it is an error row that says why, not a release stopped late or cut short.
    """
    if too_long(document, config):
        raise TextTooLong(len(document.text), config.limits.max_text_chars)


MAX_HEADLINE_CHARS = 1000  # longer "headlines" are not read as one


def _headline(document: Document) -> str:
    """What the model reads of a release's headline ("" for none, or one too long)."""
    text = headline_text(document)
    return text if len(text) <= MAX_HEADLINE_CHARS else ""


def _parse_headlines(heads: dict[int, str], nlp: Language, out: list[Parsed]) -> None:
    """The headlines not parsed with their bodies (a body parsed alone), together.

    Only releases whose body was parsed get theirs. A headline the model fails on adds
    nothing: the body's record stands as it is.
    """
    wanted = {
        i: text
        for i, text in heads.items()
        if text and isinstance(out[i].doc, Doc) and out[i].headline is None
    }
    if not wanted:
        return
    try:
        docs = list(nlp.pipe(list(wanted.values())))
    except Exception:
        return
    for i, doc in zip(wanted, docs, strict=True):
        out[i] = replace(out[i], headline=doc)


def _groups(indices: list[int], sizes: Mapping[int, int], limit: int) -> list[list[int]]:
    """Consecutive runs of `indices` whose sizes (characters) add up to at most `limit`."""
    groups: list[list[int]] = []
    size = limit + 1
    for i in indices:
        length = sizes[i]
        if size + length > limit:
            groups.append([])
            size = 0
        groups[-1].append(i)
        size += length
    return groups


def _parse_group(
    group: list[int],
    documents: Sequence[Document],
    heads: dict[int, str],
    nlp: Language,
    config: PipelineConfig,
    out: list[Parsed],
    spent: Sequence[float],
) -> None:
    led = [i for i in group if heads[i]]
    texts = [documents[i].text for i in group] + [heads[i] for i in led]
    started = time.perf_counter()
    seconds = sum(time_left(config, spent[i]) for i in group)
    docs = guarded(f"{len(group)} releases", seconds, lambda guard: _pipe(guard, nlp, texts))
    if isinstance(docs, Failure):
        return  # parsed again one by one
    spent = time.perf_counter() - started
    total = max(sum(len(t) for t in texts), 1)
    headlines = dict(zip(led, docs[len(group) :], strict=True))
    for i, doc in zip(group, docs, strict=False):
        share = max(len(documents[i].text) + len(heads[i]), 1) / total
        out[i] = Parsed(doc, spent * share, headlines.get(i))


def _pipe(guard: Guard, nlp: Language, texts: list[str]) -> list[Doc]:
    guard.enter("model")
    return list(nlp.pipe(texts, batch_size=len(texts)))


def _parse_one(
    document: Document, nlp: Language, config: PipelineConfig, spent: float = 0.0
) -> Parsed:
    started = time.perf_counter()

    def parse(guard: Guard) -> Doc:
        guard.enter("model")
        refuse_too_long(document, config)
        return chunks.parse(
            nlp,
            document.text,
            chunk_chars=config.limits.chunk_chars,
            own_components=config.components,
            check=guard.deadline.check,
        )

    seconds = time_left(config, spent)
    doc = guarded(document.source, seconds, parse, limit=config.limits.release_seconds)
    return Parsed(doc, time.perf_counter() - started)


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


def time_left(config: PipelineConfig, spent: float) -> float:
    """What a release's time limit leaves after `spent` seconds (0: no limit)."""
    seconds = config.limits.release_seconds
    return max(seconds - spent, 0.001) if seconds > 0 else 0


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
