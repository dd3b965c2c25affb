"""org_thing_lists: the names of a list of things are things (tokenized text, no parse)."""

from __future__ import annotations

import pytest
import spacy
from tests.entity_docs import with_ents

from pressextract.nlp.components.org_thing_lists import listed_things
from pressextract.nlp.components.org_usage import NameUsage
from pressextract.resources.gazetteer import load_json_data

WORDS = load_json_data("entity_repair.json")
THING_NOUNS = set(WORDS["thing_nouns"])
NLP = spacy.blank("en")
USAGE = NameUsage.from_words(WORDS)


def listed(text: str) -> set[str]:
    doc = NLP.make_doc(text)
    return {doc[a:b].text for a, b in listed_things(doc, THING_NOUNS, USAGE.abbreviations)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing noun before "such as", "like", "including"
        (
            "It supports query languages such as Zql and Orbit Script.",
            {"Zql", "Orbit Script"},
        ),
        (
            "Kite is not another sync protocol like OpenKey, SAMX, or Zorb-Link; it is a hub.",
            {"OpenKey", "SAMX", "Zorb-Link"},
        ),
        ("Farmers adopt technologies including Floxa and Aquaweb.", {"Floxa", "Aquaweb"}),
        # "and other" with a thing noun after the list
        (
            "The kit runs on Linux, Orbit OS, ZRTOS and other embedded operating systems.",
            {"Linux", "Orbit OS", "ZRTOS"},
        ),
        # an abbreviation of a common term among the members
        ("It has a new editor for HTML, ZSP and ZSF, and a debugger.", {"HTML", "ZSP", "ZSF"}),
    ],
)
def test_lists_of_things(text, expected):
    assert listed(text) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a thing noun after the list, a member the model took for no organization
        (
            "output to Zorb Write and Kalc formats",
            [("Zorb Write", "ORG"), ("Kalc", "PRODUCT")],
            {"Zorb Write", "Kalc"},
        ),
        # two organizations' things: "Acme and Zorb products"
        ("sales of Acme and Zorb products", [("Acme", "ORG"), ("Zorb", "ORG")], set()),
    ],
)
def test_lists_qualifying_a_thing(text, ents, expected):
    doc = with_ents(NLP.make_doc(text), ents, whole_words=True)
    found = listed_things(doc, THING_NOUNS, USAGE.abbreviations)
    assert {doc[a:b].text for a, b in found} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the examples of a kind of organization, or of no kind
        "Sponsors such as Zorb Labs, Kite Media and Orbit join the list of members.",
        "partners like Acme and Zorb, and other software vendors",
        "It was founded by Acme, Zorb and Kite in 2001.",
        # a post is no term (NameUsage leaves titles out): "President and CEO and Acme board"
        "said Ada Quill, retired Zorb Americas President and CEO and Acme board member.",
        # one name is no list
        "programming languages such as Zql are popular.",
    ],
)
def test_lists_of_organizations_and_others(text):
    assert listed(text) == set()


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a listed thing is a PRODUCT in every mention
        (
            "It has an editor for HTML, ZSP and ZSF. ZSP pages load fast.",
            [("ZSP", "ORG"), ("ZSF", "ORG"), ("ZSP", "ORG")],
            {"ZSP", "ZSF"},
        ),
        # a name with an organization word at the end stays an organization
        (
            "It reads formats such as Orbit Systems and Zql.",
            [("Orbit Systems", "ORG"), ("Zql", "ORG")],
            {"Zql"},
        ),
        # the owner inside a listed product's name is no thing; "The" before a name is no part
        (
            "He worked at Zorb on products like Zorb Prime, The Kite Deck and Orbit.",
            [("Zorb", "ORG"), ("Zorb", "ORG"), ("Kite Deck", "ORG"), ("Orbit", "ORG")],
            {"Kite Deck", "Orbit"},
        ),
    ],
)
def test_listed_names_are_products(text, ents, expected):
    doc = with_ents(NLP.make_doc(text), ents, whole_words=True)
    assert USAGE.things(doc.ents) == expected
