"""Organizations extractor (being written)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pressextract.schema import Organization, Document


@dataclass(frozen=True, kw_only=True)
class OrganizationOptions:
    """Options of the [organizations] table of a pipeline config."""


def extract_organizations(doc: Doc, document: Document, options: OrganizationOptions) -> list[Organization]:
    """Return the organizations of one release."""
    return []
