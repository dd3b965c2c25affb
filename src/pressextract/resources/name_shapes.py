"""Shapes of names shared by the entity components and extractors: acronyms, possessives."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&.\-]{1,11}$")


def is_possessive(token: Token) -> bool:
    """Whether an "'s" token marks a possessive ("Ascom's mission") rather than ending a name
    ("at Macy's and Kellogg's", "Lowe's."): a possessive is followed by what is owned."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.lower_ not in {"and", "or", "&", "nor"}


def is_acronym(text: str) -> bool:
    """Whether `text` looks like an acronym: mostly capitals, 2-12 characters ("WCO", "S&D")."""
    return bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) * 2 >= sum(
        c.isalpha() for c in text
    )


def singular(word: str) -> str:
    """ "Plants" -> "Plant", "Agencies" -> "Agency": the singular of an organization word (no
    other plurals: "Glasses" would lose only its "s")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def singular_forms(word: str) -> tuple[str, ...]:
    """The word and the singulars a plural (or a verb's "-s" form) of it may have, for a word
    index to confirm: "agencies" -> "agency", "reaches" -> "reach", "consists" -> "consist";
    no "-s" off "-ss" ("glass")."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return tuple(out)


def is_shouting(doc: Doc, start: int, end: int) -> bool:
    """Whether an acronym sits in all-caps text ("WHO WE ARE"), where it is just a word."""
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    caps = [t for t in neighbours if t.is_alpha and len(t) > 1 and t.is_upper]
    return len(caps) == len([t for t in neighbours if t.is_alpha]) and bool(caps)


def in_capitals(span: Span) -> bool:
    """Whether a mention is all capitals amid capitals ("LINDIS HAS GRANTED PHARMANOVIA THE
    RIGHTS"): a shouted headline, where case tells nothing and the model takes any two words
    for a name."""
    return span.text.isupper() and is_shouting(span.doc, span.start, span.end)
