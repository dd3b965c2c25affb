"""Dates extractor (being written)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pressextract.schema import DateMention, Document


@dataclass(frozen=True, kw_only=True)
class DateOptions:
    """Options of the [dates] table of a pipeline config."""


def extract_dates(doc: Doc, document: Document, options: DateOptions) -> list[DateMention]:
    """Return the dates of one release."""
    return []
