"""Quotes: direct quotations (marked, block, transcript) and reported speech, with speakers.

Offsets: a Quote's char_start/char_end run from the first to the last character of the quoted
words (marks excluded). A quotation interrupted by its attribution (“We are ready,” she said,
“to act now.”) or running over several paragraphs is one Quote: its offsets span the whole
thing, attribution included, and its text joins the parts with a space.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pressextract.extractors import quote_finder
from pressextract.extractors.quote_options import QuoteOptions
from pressextract.schema import Document, Quote


def extract_quotes(doc: Doc, document: Document, options: QuoteOptions) -> list[Quote]:
    """Return the quotes of one release, direct ones first in text order, then indirect ones."""
    findings = quote_finder.analyze(doc, options)
    text = document.text
    quotes = []
    for finding in findings:
        quotes.append(
            Quote(
                text=" ".join(text[a:b] for a, b in finding.parts),
                speaker=finding.speaker.name if finding.speaker else None,
                kind=finding.kind,
                char_start=finding.parts[0][0],
                char_end=finding.parts[-1][1],
            )
        )
    return quotes
