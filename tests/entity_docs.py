"""Hand-built entities for the tests of components and extractors: no statistical model."""

from __future__ import annotations

import re
from collections.abc import Iterable

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

_VOCAB = spacy.blank("en").vocab


def with_ents(doc: Doc, ents: list[tuple[str, str]], *, whole_words: bool = False) -> Doc:
    """`doc` with each (substring, label) of its text made an entity, in order of appearance;
    `whole_words`: a substring matches only where no word character touches it."""
    text, spans, at = doc.text, [], 0
    for piece, label in ents:
        if whole_words:
            start = re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)").search(text, at).start()
        else:
            start = text.index(piece, at)
        span = doc.char_span(start, start + len(piece), label=label)
        assert span is not None, piece
        spans.append(span)
        at = start + len(piece)
    doc.ents = spans
    return doc


def from_spec(
    spec: str, ents: Iterable[tuple[int, int, str]] = (), vocab: Vocab | None = None
) -> Doc:
    """A parsed Doc from "word/dep/head/lemma" items separated by spaces (dep "dep", the item's
    own index as head and the lowercased word as lemma when left out), with `ents` as
    (start, end, label) token spans; `vocab` that of the components under test."""
    words, heads, deps, lemmas = [], [], [], []
    for i, item in enumerate(spec.split(" ")):
        parts = item.split("/")
        words.append(parts[0])
        deps.append(parts[1] if len(parts) > 1 else "dep")
        heads.append(int(parts[2]) if len(parts) > 2 else i)
        lemmas.append(parts[3] if len(parts) > 3 else parts[0].lower())
    doc = Doc(vocab or _VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas)
    doc.ents = sorted((Span(doc, a, b, label=label) for a, b, label in ents), key=lambda e: e.start)
    return doc
