"""Speakers extractor (being written)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pressextract.schema import Speaker, Document


@dataclass(frozen=True, kw_only=True)
class SpeakerOptions:
    """Options of the [speakers] table of a pipeline config."""


def extract_speakers(doc: Doc, document: Document, options: SpeakerOptions) -> list[Speaker]:
    """Return the speakers of one release."""
    return []
