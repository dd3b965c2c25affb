"""org_places: ORG spans that name a facility or a place (hand-built Docs, through org_filter)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.nlp.components.org_places import facility_short_names, place_of_origin


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("pressextract_org_filter")
    return nlp


def make_doc(vocab, words: str, ents: list[tuple[int, int, str]], tags: dict[int, str]) -> Doc:
    """`words` split on spaces; `ents` (start, end, label) token ranges; `tags` per token (NNP
    where not given)."""
    tokens = words.split(" ")
    doc = Doc(vocab, words=tokens, tags=[tags.get(i, "NNP") for i in range(len(tokens))])
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


LOWER = {1: "NN", 2: "IN", 3: "DT"}


@pytest.mark.parametrize(
    ("words", "ents", "tags", "expected"),
    [
        # the short name of a facility the release names in full
        (
            "flights at Orbiton Field Airport grew . Orbiton is busy",
            [(2, 5, "FAC"), (7, 8, "ORG")],
            {0: "NNS", 1: "IN", 5: "VBD", 8: "VBZ", 9: "JJ"},
            [("Orbiton Field Airport", "FAC"), ("Orbiton", "FAC")],
        ),
        # ... unless an organization also starts so (the sponsor of "Zorbco Stadium")
        (
            "Zorbco Health Plan sponsors Zorbco Stadium . Zorbco pays",
            [(0, 3, "ORG"), (4, 6, "FAC"), (7, 8, "ORG")],
            {3: "VBZ", 8: "VBZ"},
            [("Zorbco Health Plan", "ORG"), ("Zorbco Stadium", "FAC"), ("Zorbco", "ORG")],
        ),
        # a place of origin before a role noun and a person
        (
            "and Boston attorney Jane Roe said",
            [(1, 2, "ORG"), (3, 5, "PERSON")],
            {0: "CC", 2: "NN", 5: "VBD"},
            [("Boston", "GPE"), ("Jane Roe", "PERSON")],
        ),
        # ... not a name the place data does not know
        (
            "and Zorbco attorney Jane Roe said",
            [(1, 2, "ORG"), (3, 5, "PERSON")],
            {0: "CC", 2: "NN", 5: "VBD"},
            [("Zorbco", "ORG"), ("Jane Roe", "PERSON")],
        ),
    ],
)
def test_places_and_facilities(nlp, words, ents, tags, expected):
    doc = make_doc(nlp.vocab, words, ents, tags)
    doc = nlp.get_pipe("pressextract_org_filter")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_a_short_name_used_as_an_organization_stays_one():
    vocab = spacy.blank("en").vocab
    doc = make_doc(
        vocab, "Orbiton Airport opened . Orbiton said", [(0, 2, "FAC"), (4, 5, "ORG")], {}
    )
    assert facility_short_names(doc.ents) == {"Orbiton"}
    assert facility_short_names(doc.ents, acts=lambda ent: True) == set()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Boston attorney Jane Roe", True),
        ("Boston Attorney Jane Roe", False),  # a title in capitals: part of a name
        ("Boston attorney said", False),  # no person after the role
    ],
)
def test_place_of_origin(words, expected):
    vocab = spacy.blank("en").vocab
    tokens = words.split(" ")
    tags = ["NNP", "NN" if tokens[1].islower() else "NNP", "NNP", "NNP"][: len(tokens)]
    doc = Doc(vocab, words=tokens, tags=tags)
    people = [Span(doc, 2, 4, label="PERSON")] if tokens[2] == "Jane" else []
    doc.ents = [Span(doc, 0, 1, label="ORG"), *people]
    assert place_of_origin(doc.ents[0], lambda text: text == "Boston") is expected
