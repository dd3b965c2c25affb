"""Statistics extractor (being written)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pressextract.schema import Statistic, Document


@dataclass(frozen=True, kw_only=True)
class StatisticOptions:
    """Options of the [statistics] table of a pipeline config."""


def extract_statistics(doc: Doc, document: Document, options: StatisticOptions) -> list[Statistic]:
    """Return the statistics of one release."""
    return []
