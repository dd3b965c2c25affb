"""org_usage: a name's own shape or its context says it is a product (hand-built Docs).

A name whose last word names a kind of product ("the Orbit Mesh Router"), with a model code
after its first word ("Kite Zorb X20"), joined by a hyphen to "based" or "powered"
("Orbit-based tools"), or what one offers "support for" is used as a thing; one used so and
never as an organization is a PRODUCT. Cases where none of it may fire stand beside them:
organizations named next to a product or a version ("Zorbix's Kitebase 6.1"), organization
words at the end ("the Orbit Software Foundation"), a listing code after an exchange.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from tests.entity_docs import from_spec, with_ents

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.nlp.components.org_usage import NameUsage
from pressextract.resources.gazetteer import load_json_data

USAGE = NameUsage.from_words(load_json_data("entity_repair.json"))
TOKENIZER = spacy.blank("en")


def tokenized(text: str, orgs: list[str]) -> Doc:
    """`text` as the tokenizer splits it (no parse), each of `orgs` an ORG entity."""
    return with_ents(TOKENIZER(text), [(name, "ORG") for name in orgs], whole_words=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last word names a kind of product
        ("We tested the Kite Velo Mesh Router at home.", "Kite Velo Mesh Router"),
        ("Pay with the Zorb Rewards Card today.", "Zorb Rewards Card"),
        ("The Orbit Door Entry Sensor costs $30.", "Orbit Door Entry Sensor"),
        ("a chip with Quill Neural Engine inside", "Quill Neural Engine"),
        # a model code after the first word
        ("The Zorbix Galaxa S40 Plus ships in May.", "Zorbix Galaxa S40 Plus"),
        ("stolen cars, among them a 2019 Kite Z9.", "Kite Z9"),
        # joined by a hyphen to "based", "powered", "enabled"
        ("new Orbit-based laptops", "Orbit"),
        ("a Zorb-powered assistant", "Zorb"),
    ],
)
def test_product_names(text, name):
    assert USAGE.things(tokenized(text, [name]).ents) == {name}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # an organization word ends the name, whatever comes before it
        ("the Orbit Software Foundation said", ["Orbit Software Foundation"]),
        ("the Zorb Router Foundation", ["Zorb Router Foundation"]),
        ("Kite Device Systems", ["Kite Device Systems"]),
        # a name with lowercase words names a body for its field
        ("Friends of the Kite Engine met", ["Friends of the Kite Engine"]),
        # a listing code after an exchange's name
        ("aluminum on the Zorb Metal Exchange ZMX3 fell", ["Zorb Metal Exchange ZMX3"]),
        # a bare number is no model code: "Zorbsoft 365" stays as tagged (an edition, or
        # "Acme 2024 results"); an ordinal neither
        ("Zorbsoft 365 users", ["Zorbsoft 365"]),
        ("the Kite 21st Century Trust", ["Kite 21st Century Trust"]),
        # "standard" is no kind of product: an organization makes standards
        ("a ZCP standard", ["ZCP"]),
        # a hyphen to another word, or "based" on its own
        ("a Zorb-backed fund", ["Zorb"]),
        ("Zorb, based in Leeds, said", ["Zorb"]),
        # the product word alone
        ("the Router", ["Router"]),
    ],
)
def test_no_product(text, orgs):
    assert USAGE.things(tokenized(text, orgs).ents) == set()


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # what one offers "support for"
        ("adds/ROOT support/dobj/0 for/prep/1 Zorbvoice/pobj/2", [(3, 4)], {"Zorbvoice"}),
        # an owner before a product with a version: the owner acts, the product is a thing
        (
            "Zorbix/poss/2 's/case/0 Kitebase/nsubj/4 6.1/nummod/2 ships/ROOT",
            [(0, 1), (2, 3)],
            {"Kitebase"},
        ),
        # a product word at the end, but the name acts
        (
            "Orbit/compound/1 Sensor/nsubj/2 announced/ROOT/2/announce",
            [(0, 2)],
            set(),
        ),
        # support from an organization, or an organization's own support
        ("support/ROOT from/prep/0 Zorbix/pobj/1", [(2, 3)], set()),
        (
            "Zorbix/poss/2 's/case/0 support/nsubj/5 for/prep/2 schools/pobj/3 grew/ROOT",
            [(0, 1)],
            set(),
        ),
    ],
)
def test_products_by_parse(spec, ents, expected):
    doc = from_spec(spec, [(a, b, "ORG") for a, b in ents])
    assert USAGE.things(doc.ents) == expected
