"""Expectations for whole releases in the shapes of common sites and wire services."""

from __future__ import annotations

from dataclasses import dataclass, field

from pressextract.ingest import parse_bytes
from pressextract.schema import Contact, Document


@dataclass(frozen=True)
class Release:
    """What ingest must find in one release: structure fields, body openings, sections."""

    title: str
    published: str | None
    dateline: tuple[str, str | None] | None  # (location, date)
    body: tuple[str, ...]  # the opening words of every body paragraph, in order
    sections: tuple[tuple[str, str], ...] = ()  # (kind, heading)
    contacts: tuple[Contact, ...] = ()
    subtitle: str | None = None
    absent: tuple[str, ...] = field(default=())  # furniture that must not reach the body


def parse(source: str, suffix: str) -> Document:
    """Ingest a release given as text, as if read from a file with that suffix."""
    return parse_bytes(source.encode("utf-8"), f"release{suffix}", suffix)


def check(document: Document, expected: Release) -> None:
    """Compare a Document with its expectations, one field at a time."""
    assert document.title == expected.title
    assert document.subtitle == expected.subtitle
    assert document.published == expected.published
    dateline = document.dateline
    assert (None if dateline is None else (dateline.location, dateline.date)) == expected.dateline
    paragraphs = document.text.split("\n\n")
    openings = [p[: len(o)] for p, o in zip(paragraphs, expected.body, strict=False)]
    assert (openings, len(paragraphs)) == (list(expected.body), len(expected.body))
    assert [(s.kind, s.heading) for s in document.sections] == list(expected.sections)
    assert [c for c in document.contacts if c not in expected.contacts] == []
    assert [c for c in expected.contacts if c not in document.contacts] == []
    for furniture in expected.absent:
        assert furniture not in document.text
