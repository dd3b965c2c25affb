"""Shared fixtures for the spaCy components' tests: entity_repair on hand-built Docs."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language

import pressextract.nlp.components  # noqa: F401  (registers the factories)

Repair = Callable[[str, list[tuple[str, str]]], list[tuple[str, str]]]


@pytest.fixture(scope="module")
def repair_nlp() -> Language:
    """A blank English pipeline with only entity_repair: no statistical model involved."""
    nlp = spacy.blank("en")
    nlp.add_pipe("pressextract_entity_repair")
    return nlp


@pytest.fixture(scope="module")
def repaired(repair_nlp: Language) -> Repair:
    """Entities after entity_repair; `ents` are (substring, label) in order of appearance, each
    matched as whole words."""

    def run(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
        doc = repair_nlp.make_doc(text)
        spans, at = [], 0
        for piece, label in ents:
            start = re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)").search(text, at).start()
            span = doc.char_span(start, start + len(piece), label=label)
            assert span is not None, piece
            spans.append(span)
            at = start + len(piece)
        doc.ents = spans
        doc = repair_nlp.get_pipe("pressextract_entity_repair")(doc)
        return [(e.text, e.label_) for e in doc.ents]

    return run
