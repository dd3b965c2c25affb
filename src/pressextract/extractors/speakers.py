"""Speakers: each person (or organization) the release quotes, once, with title and organization."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from pressextract.extractors import quote_finder
from pressextract.extractors.quote_options import QuoteOptions
from pressextract.schema import Document, Speaker


@dataclass(frozen=True, kw_only=True)
class SpeakerOptions:
    """Options of the [speakers] table of a pipeline config."""

    organizations: bool = True  # list organizations quoted as speakers (kind "organization")
    indirect: bool = True  # count people quoted only in reported speech


def extract_speakers(doc: Doc, document: Document, options: SpeakerOptions) -> list[Speaker]:
    """Return the speakers of one release in order of first quotation, with quote counts.

    Uses the quotations the quotes field found on this Doc (same options); when that field did
    not run, finds them with the default [quotes] options.
    """
    findings = quote_finder.cached_any(doc)
    if findings is None:
        findings = quote_finder.analyze(doc, QuoteOptions())
    counts: dict[str, int] = {}
    first: dict[str, quote_finder.Speaker] = {}
    for finding in findings:
        speaker = finding.speaker
        if speaker is None or (finding.kind == "indirect" and not options.indirect):
            continue
        if speaker.kind == "organization" and not options.organizations:
            continue
        counts[speaker.name] = counts.get(speaker.name, 0) + 1
        first.setdefault(speaker.name, speaker)
    out = []
    for name, speaker in first.items():
        person = speaker.person
        out.append(
            Speaker(
                name=name,
                title=person.title if person else None,
                organization=person.organization if person else None,
                kind="person" if speaker.kind == "person" else "organization",
                quotes=counts[name],
            )
        )
    return out
