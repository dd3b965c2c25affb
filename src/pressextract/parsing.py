"""The model over a batch of releases: texts parsed together, one bad release costing only itself.

`parse_documents` is what every engine's worker runs between ingest and the extractors
(`pipeline.extract_parsed`): the texts of a batch go through `nlp.pipe` together, with their
headlines, in groups bounded in characters (memory); a group that fails is parsed again one
release at a time; a long text is parsed in chunks; a text too long for the model is refused.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from pressextract.config import PipelineConfig
from pressextract.errors import TextTooLong
from pressextract.isolation import Failure, Guard, guarded
from pressextract.nlp import chunks
from pressextract.reading import headline_text
from pressextract.schema import Document

__all__ = [
    "MAX_HEADLINE_CHARS",
    "Parsed",
    "is_processed_language",
    "parse_documents",
    "refuse_too_long",
    "time_left",
    "too_long",
]


def is_processed_language(document: Document, config: PipelineConfig) -> bool:
    """Whether the pipeline's model is meant for the release's language (unknown counts as yes)."""
    return document.language is None or document.language in config.languages


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


def time_left(config: PipelineConfig, spent: float) -> float:
    """What a release's time limit leaves after `spent` seconds (0: no limit)."""
    seconds = config.limits.release_seconds
    return max(seconds - spent, 0.001) if seconds > 0 else 0
