"""Hand-built entities for the tests of components and extractors: no statistical model."""

from __future__ import annotations

import re

from spacy.tokens import Doc


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
