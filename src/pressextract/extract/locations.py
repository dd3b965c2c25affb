"""Locations extractor (being written)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pressextract.schema import Location, Document


@dataclass(frozen=True, kw_only=True)
class LocationOptions:
    """Options of the [locations] table of a pipeline config."""


def extract_locations(doc: Doc, document: Document, options: LocationOptions) -> list[Location]:
    """Return the locations of one release."""
    return []
