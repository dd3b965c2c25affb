"""A maker's name with a model's designation after it names a product, not an organization.

Read by org_usage (NameUsage.kind), which applies it only to names without an organization
word or company form at the end and never used as an organization ("Zorbix Kite Pro said" is
still an organization). A span is a model when it starts with a name the release also gives
alone as an organization (the maker: "Zorbix") and goes on with a designation of a model:
- a tier word ("Zorbix Kite Pro", "Zorbix Glide Ultra", "the Zorbix Slate Series");
- a word in lowercase with a capital inside ("Zorbix eKite", "Zorbix iSlate");
- a capital letter and digits in one word ("Zorbix K380", "Zorbix Kite X5");
- or the words after the maker's name are a name the release tags a product alone ("Zorbix
  Kite" where it writes "the Kite was introduced in 1999").
A bare number is no designation ("Zorbix 9" may be a broadcaster's channel), nor an ordinal
("21st").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span, Token

# The tier words of a model's name (a closed class of product naming).
_TIERS = {"pro", "plus", "max", "mini", "ultra", "lite", "edition", "series"}
_CODE = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z\d]*")


def model_name(ent: Span, organizations: Collection[str], products: Collection[str] = ()) -> bool:
    """ "Zorbix Kite Pro" where the release also names "Zorbix" alone as an organization; also
    "Zorbix Kite" where it tags "Kite" alone a product ("the Kite was introduced in 1999")."""
    for k in range(1, len(ent)):
        if ent[:k].text in organizations:
            return ent[k:].text in products or any(_designation(t) for t in ent[k:])
    return False


def _designation(tok: Token) -> bool:
    text = tok.text
    if tok.lower_ in _TIERS and tok.is_title:
        return True
    if len(text) > 1 and text[0].islower() and text.isalpha() and not text.islower():
        return True  # "eKite", "iSlate"
    return is_model_code(text)


def is_model_code(text: str) -> bool:
    """ "K380", "X5", "R6700": a capital letter and digits in one word (org_usage reads it in
    any name, with no maker's name before it)."""
    return _CODE.fullmatch(text) is not None
