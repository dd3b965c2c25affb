"""Quotes extractor (being written)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pressextract.schema import Quote, Document


@dataclass(frozen=True, kw_only=True)
class QuoteOptions:
    """Options of the [quotes] table of a pipeline config."""


def extract_quotes(doc: Doc, document: Document, options: QuoteOptions) -> list[Quote]:
    """Return the quotes of one release."""
    return []
