"""Fixtures shared by the extractor tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import pressextract.nlp.components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def blank() -> Language:
    """A blank English pipeline with the repair and acronym components: entities are given by
    hand, so expectations do not move with the statistical model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("pressextract_entity_repair")
    nlp.add_pipe("pressextract_acronyms")
    return nlp
