"""org_posts: the field of a post is no organization (hand-built Docs, words split on spaces)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pressextract.nlp.components.org_posts import is_post_field, is_role, names_post, title_office
from pressextract.resources.gazetteer import load_json_data

WORDS = load_json_data("entity_repair.json")
TITLES = set(WORDS["titles"])
ORG_HEADS = set(WORDS["org_heads"])
VOCAB = spacy.blank("en").vocab
POST_TITLES = {"envoy", "coordinator", "rapporteur", "director", "representative"}


def field(words: str, name: str) -> bool:
    tokens = words.split(" ")
    doc = Doc(VOCAB, words=tokens)
    n = len(name.split(" "))
    start = next(i for i in range(len(tokens)) if tokens[i : i + n] == name.split(" "))
    return is_post_field(Span(doc, start, start + n, label="ORG"), TITLES, ORG_HEADS)


@pytest.mark.parametrize(
    ("words", "name", "expected"),
    [
        # after "for" and a title, directly or after other fields joined by "and"
        ("the Minister for Rural Affairs , Jane Roe", "Rural Affairs", True),
        (
            "the Minister for Trade and Rural Development , Jane Roe",
            "Rural Development",
            True,
        ),
        ("the Minister for Roads and Ports and Coastal Shipping", "Coastal Shipping", True),
        # ... not a person after the fields and a comma
        ("the Minister for Rural Affairs , Jane Roe , said", "Jane Roe", False),
        # after "in charge of"
        ("and Minister-in-charge of Coastal Trade , Ms Roe", "Coastal Trade", True),
        # after "of" and a title, then "at" or a comma and a name
        ("Vice President of Community Affairs at Acme", "Community Affairs", True),
        ("Senior Director of Identity Products , Acme .", "Identity Products", True),
        # between commas after a title, before a person
        ("Managing Director , Operations , Ms Ada Quill", "Operations", True),
        # ... not the organization of "CEO of", nor one between commas before a verb
        ("Jane Roe , CEO of Zorbex , said", "Zorbex", False),
        ("Jane Roe , CEO , Zorbex , said", "Zorbex", False),
        # ... nor a name with an organization word
        (
            "the Minister for Rural Affairs and the Rural Development Agency",
            "Rural Development Agency",
            False,
        ),
    ],
)
def test_fields_of_posts(words, name, expected):
    assert field(words, name) is expected


def span_of(words: str, name: str) -> Span:
    tokens = words.split(" ")
    n = len(name.split(" "))
    start = next(i for i in range(len(tokens)) if tokens[i : i + n] == name.split(" "))
    return Span(Doc(VOCAB, words=tokens), start, start + n, label="ORG")


@pytest.mark.parametrize(
    ("words", "name", "expected"),
    [
        # "as", the role, then "of" or "for"
        ("signed on as Gold Sponsors for Orbitcon 2030", "Gold Sponsors", True),
        ("serves as the Official Bank of the Zorbs", "Official Bank", True),
        # ... not a list, a name, or an organization that acts
        ("groups such as Zorb Aid for Kids", "Zorb Aid", False),
        ("known as the Bank of Zorbia", "Bank", False),
        ("as well as the Ministry of Health", "Ministry", False),
        ("as Zorbex said", "Zorbex", False),
    ],
)
def test_roles(words, name, expected):
    assert is_role(span_of(words, name)) is expected


@pytest.mark.parametrize(
    ("words", "name", "expected"),
    [
        # a title and its field after "on" or "for"
        ("the Secretary-General ’s Envoy on Space Debris to", "Envoy on Space Debris", True),
        (
            "the first National Coordinator for Orbital Security and",
            "National Coordinator for Orbital Security",
            True,
        ),
        (
            "the Special Rapporteur on Zorbian Rights said",
            "Special Rapporteur on Zorbian Rights",
            True,
        ),
        # ... not a name after "of", nor one with an organization word
        ("the Director of Zorbex Labs said", "Director of Zorbex Labs", False),
        ("the Director of Zorbex said", "Director of Zorbex", False),
        (
            "the Office of the Envoy on Space Debris said",
            "Office of the Envoy on Space Debris",
            False,
        ),
        # ... nor a title with no field after it
        ("the Zorbian Envoy said", "Zorbian Envoy", False),
        ("the Envoy for said", "Envoy for", False),
    ],
)
def test_posts_named_whole(words, name, expected):
    assert names_post(span_of(words, name), POST_TITLES, ORG_HEADS) is expected


@pytest.mark.parametrize(
    ("words", "name", "expected"),
    [
        # a span that starts inside a two-word title takes the title back
        ("the Attorney General ’s Office said", "General ’s Office", "Attorney General ’s Office"),
        (
            "the Inspector General ’s Office said",
            "General ’s Office",
            "Inspector General ’s Office",
        ),
        # ... and so does one that starts with the office holder's name
        ("Governor Roe ’s Office said", "Roe ’s Office", "Governor Roe ’s Office"),
        # no organization word, no title before it, a title in lowercase
        ("Attorney General Roe said", "Roe", "Roe"),
        ("the Zorb ’s Office said", "Zorb ’s Office", "Zorb ’s Office"),
        ("the attorney General ’s Office said", "General ’s Office", "General ’s Office"),
    ],
)
def test_title_office(words, name, expected):
    tokens = words.split(" ")
    doc = Doc(VOCAB, words=tokens)
    n = len(name.split(" "))
    start = next(i for i in range(len(tokens)) if tokens[i : i + n] == name.split(" "))
    assert (
        title_office(Span(doc, start, start + n, label="ORG"), TITLES, ORG_HEADS).text == expected
    )
