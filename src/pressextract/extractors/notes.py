"""Warnings an extractor raises about one release (kept on the Doc; the pipeline adds them to
the record's `warnings`)."""

from __future__ import annotations

from spacy.tokens import Doc

CACHE_KEY = "pressextract.warnings"


def note_warning(doc: Doc, message: str) -> None:
    """Record `message` once for this Doc's release."""
    notes = doc.user_data.setdefault(CACHE_KEY, [])
    if message not in notes:
        notes.append(message)


def warnings_of(doc: Doc) -> tuple[str, ...]:
    """The warnings extractors recorded for this Doc, in order."""
    return tuple(doc.user_data.get(CACHE_KEY, ()))
