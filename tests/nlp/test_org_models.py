"""org_models: a maker's name with a model's designation after it names a product (hand-built
parses, written as in test_org_usage: `word`, `word/dep`, `word/dep/head`, `word/dep/head/lemma`).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from tests.entity_docs import from_spec

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.nlp.components.org_usage import NameUsage
from pressextract.resources.gazetteer import load_json_data

USAGE = NameUsage.from_words(load_json_data("entity_repair.json"))
VOCAB = spacy.blank("en").vocab


def parsed(spec: str, ents: list[tuple[int, int]], others: list[tuple[int, int, str]] = ()) -> Doc:
    return from_spec(spec, [(a, b, "ORG") for a, b in ents] + list(others), VOCAB)


# The maker, "Zorbix", is named alone first: "Zorbix/nsubj/1 grew/ROOT ./punct/1".
MAKER = "Zorbix/nsubj/1 grew/ROOT ./punct/1 "


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a tier word after the maker's name
        (
            MAKER + "buy/ROOT the/det/7 Zorbix/compound/7 Kite/compound/7 Pro/dobj/3",
            [(0, 1), (5, 8)],
            {"Zorbix Kite Pro": "PRODUCT"},
        ),
        (
            MAKER + "the/det/6 Zorbix/compound/6 Slate/compound/6 Series/ROOT",
            [(0, 1), (4, 7)],
            {"Zorbix Slate Series": "PRODUCT"},
        ),
        # a word in lowercase with a capital inside
        (
            MAKER + "a/det/5 Zorbix/compound/5 eKite/ROOT",
            [(0, 1), (4, 6)],
            {"Zorbix eKite": "PRODUCT"},
        ),
        # a capital letter and digits in one word
        (
            MAKER + "the/det/5 Zorbix/compound/5 K380/ROOT",
            [(0, 1), (4, 6)],
            {"Zorbix K380": "PRODUCT"},
        ),
        # the maker may be a longer name
        (
            "Zorbix/compound/1 Labs/nsubj/2 grew/ROOT ./punct/2 the/det/8 Zorbix/compound/6"
            " Labs/compound/8 Glide/compound/8 Ultra/ROOT",
            [(0, 2), (5, 9)],
            {"Zorbix Labs Glide Ultra": "PRODUCT"},
        ),
    ],
)
def test_a_makers_model_is_a_product(spec, ents, expected):
    assert USAGE.kinds(parsed(spec, ents).ents) == expected


@pytest.mark.parametrize(
    ("spec", "ents"),
    [
        # no designation: a unit or a regional arm of the maker
        (MAKER + "the/det/5 Zorbix/compound/5 Kite/ROOT", [(0, 1), (4, 6)]),
        (MAKER + "Zorbix/compound/4 Orbitland/ROOT", [(0, 1), (3, 5)]),
        # a bare number (a broadcaster's channel) or an ordinal
        (MAKER + "Zorbix/compound/4 9/ROOT", [(0, 1), (3, 5)]),
        (MAKER + "Zorbix/compound/5 21st/amod/5 Century/ROOT", [(0, 1), (3, 6)]),
        # a tier word in lowercase is no part of the name's designation
        (MAKER + "Zorbix/compound/4 plus/ROOT", [(0, 1), (3, 5)]),
        # the maker is never named alone
        ("buy/ROOT the/det/4 Zorbix/compound/4 Kite/compound/4 Pro/dobj/0", [(2, 5)]),
        # the name acts as an organization elsewhere
        (
            MAKER + "Zorbix/compound/5 Kite/compound/5 Pro/nsubj/6 said/ROOT/6/say"
            " ./punct/6 buy/ROOT Zorbix/compound/11 Kite/compound/11 Pro/dobj/8",
            [(0, 1), (3, 6), (9, 12)],
        ),
        # a name ending in an organization word is one whatever its shape
        (MAKER + "Zorbix/compound/5 Pro/compound/5 Services/ROOT", [(0, 1), (3, 6)]),
    ],
)
def test_names_that_are_no_model(spec, ents):
    assert USAGE.kinds(parsed(spec, ents).ents) == {}


# "the Kite was introduced in 1999", the model's PRODUCT, after the maker's name alone.
KITE = MAKER + "the/det/4 Kite/nsubjpass/6 was/auxpass/6 introduced/ROOT ./punct/6 "


def test_the_makers_name_before_a_product_the_release_names_alone():
    doc = parsed(
        KITE + "buy/ROOT the/det/11 Zorbix/compound/11 Kite/dobj/8",
        [(0, 1), (10, 12)],
        [(4, 5, "PRODUCT")],
    )
    assert USAGE.kinds(doc.ents) == {"Zorbix Kite": "PRODUCT"}


def test_the_makers_name_before_a_place_is_no_product():
    # "Zorbix Orbitland", a regional arm, where the release names Orbitland alone as a place
    spec = MAKER + "in/ROOT Orbitland/pobj/3 ./punct/3 Zorbix/compound/7 Orbitland/ROOT"
    doc = parsed(spec, [(0, 1), (6, 8)], [(4, 5, "GPE")])
    assert USAGE.kinds(doc.ents) == {}
