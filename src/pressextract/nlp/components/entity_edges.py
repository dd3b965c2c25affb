"""Edges of entities the model draws too wide, fixed before entity repair reads them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pressextract.resources.lexicon import MONTHS, WEEKDAYS

_DASHES = {"-", "–", "—", "--"}


def date_before_dash(ent: Span) -> Span:
    """ "February 21, 2008 - The Acme Foundation": a dateline's date ends at the dash; the
    name after it is no part of the date."""
    if ent.label_ != "DATE":
        return ent
    for tok in ent[1:-1]:
        after = tok.nbor(1)
        if tok.text in _DASHES and after.text[:1].isupper() and not _date_word(after):
            return Span(ent.doc, ent.start, tok.i, label="DATE")
    return ent


def _date_word(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    return word in _MONTHS_AND_DAYS or (word[:3] in _MONTHS_AND_DAYS and len(word) <= 4)


_MONTHS_AND_DAYS = MONTHS | WEEKDAYS | {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
}  # fmt: skip
