"""Shared fixtures for the spaCy components' tests: entity_repair on hand-built Docs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from tests.entity_docs import with_ents

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
        doc = with_ents(repair_nlp.make_doc(text), ents, whole_words=True)
        doc = repair_nlp.get_pipe("pressextract_entity_repair")(doc)
        return [(e.text, e.label_) for e in doc.ents]

    return run
