"""Titles and organizations in the words around a person's name: "a professor of law at
Greenfield University" -> title "professor of law", organization "Greenfield University"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pressextract.resources.lexicon import org_head_words

PREPOSITIONS = {"of", "at", "for", "with"}
ARTICLES = {"a", "an", "the"}


def title_and_org(tokens: list[Token]) -> tuple[str | None, str | None]:
    """Split an apposition ("a professor of law at Greenfield University") into title and org."""
    while tokens and tokens[0].lower_ in ARTICLES:
        tokens = tokens[1:]
    # "my6sense’s new Chief Strategy Officer": the possessor is the organization.
    for k, tok in enumerate(tokens):
        if tok.text in {"’s", "'s"} and k > 0:
            rest = [t for t in tokens[k + 1 :] if t.lower_ not in {"new"}]
            owner = [t for t in tokens[:k] if t.lower_ not in ARTICLES]
            # "the port’s sustainability manager": a common noun owner is no organization name.
            proper = any(not (t.is_alpha and t.is_lower) or t.ent_type_ == "ORG" for t in owner)
            return join_tokens(rest) or None, (join_tokens(tokens[:k]) if proper else None) or None
    # The organization is the last prepositional object that names one ("Head of Platform
    # Solutions for Ascom"), widened over an "of" inside a name: "director of operations at the
    # Port of Rotterdam" cuts at "at", "president of the Chamber of Commerce" at the first "of".
    cuts = [
        k
        for k, tok in enumerate(tokens[:-1])
        if tok.lower_ in PREPOSITIONS and names_org(tokens[k + 1 :])
    ]
    if not cuts:
        return join_tokens(tokens) or None, None
    cut = cuts[-1]
    while tokens[cut].lower_ == "of" and cut > 0 and is_proper(tokens[cut - 1]):
        earlier = [
            k
            for k in cuts
            if k < cut and all(is_proper(t) or t.lower_ in ARTICLES for t in tokens[k + 1 : cut])
        ]
        if not earlier:
            break
        cut = earlier[-1]
    return join_tokens(tokens[:cut]) or None, strip_the(join_tokens(tokens[cut + 1 :])) or None


def names_org(tokens: list[Token]) -> bool:
    obj = [t for t in tokens if t.lower_ not in ARTICLES]
    return bool(obj) and (obj[0].ent_type_ == "ORG" or is_proper(obj[0]))


def portfolio(tokens: list[Token]) -> bool:
    """Untagged capitalized words next to a title ("Health", "Health and Aged Care") are its
    portfolio, not an organization (those are tagged ORG or written as acronyms: "WCO")."""
    words = [t for t in tokens if t.lower_ not in {"and", "&"}]
    if not words or len(words) > 4 or tokens[0].lower_ in {"and", "&"}:
        return False
    heads = org_head_words()
    return all(
        t.is_alpha and t.text.istitle() and not t.ent_type_ and t.lower_ not in heads for t in words
    )


def entity_text(token: Token) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def is_proper(token: Token) -> bool:
    return any(c.isupper() or c.isdigit() for c in token.text[:1]) or token.text.isupper()


def joining_hyphen(token: Token) -> bool:
    """The hyphen inside "Director-General" or "Co-author", which spaCy splits off."""
    return (
        token.text in {"-", "‑"}
        and not token.whitespace_
        and token.i > 0
        and (not token.doc[token.i - 1].whitespace_)
    )


def join_tokens(tokens: list[Token]) -> str:
    # Trailing punctuation tokens go; an abbreviation's own dot ("Acme Corp.") stays.
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return re.sub(r"\s+", " ", text).strip(" ,;:")


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
