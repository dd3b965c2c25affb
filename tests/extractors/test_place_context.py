"""place_context: whether the sentence uses a name as a place (hand-built Docs, shipped data)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pressextract.extractors.place_context import (
    coordinated_with_place,
    inside_organization_name,
    mislabelled_places,
    names_an_office,
    unknown_without_context,
)
from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.places import PlaceResolver


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver()


@pytest.fixture(scope="module")
def words() -> dict:
    return load_json_data("location_words.json")


def make_doc(words: str, ents: list[tuple[int, int, str]]) -> Doc:
    """`words` split on spaces; `ents` are (start, end, label) token ranges."""
    doc = Doc(spacy.blank("en").vocab, words=words.split(" "))
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


@pytest.mark.parametrize(
    ("text", "ent", "expected"),
    [
        ("apps running on Zorblix and Windows", (3, 4), True),
        ("bands such as Zorblix and Muse", (3, 4), True),
        ("shelling in Zorblix , Kherson", (2, 3), False),
        ("detained in Zorblix city", (2, 3), False),
        ("a man from Zorblix in southern Syria", (3, 4), False),
        ("based in Zorblix , SD", (2, 3), False),
        ("markets in the Northeast", (3, 4), False),
        ("he moved to Kherson", (3, 4), False),
    ],
)
def test_unknown_word_needs_place_context(resolver, words, text, ent, expected):
    doc = make_doc(text, [(*ent, "GPE")])
    span = doc.ents[0]
    assert unknown_without_context(span, span.text, resolver, words) is expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a known town tagged PERSON, after "from"
        ("a man from Aleppo , aged 43", [(3, 4, "PERSON")], ["Aleppo"]),
        # a list of towns tagged as one ORG
        ("attacks in Kharkiv , Mykolaiv and others", [(2, 5, "ORG")], ["Kharkiv", "Mykolaiv"]),
        # a known town the model missed, after "in"
        ("a campus in Davie .", [], ["Davie"]),
        ("he spoke to Davie today", [], []),  # "to" only with a place after it
        ("refugees in Tak province", [], ["Tak"]),
        # a company named like a town, used as a company
        (
            "Honda said . Honda hired . in Honda 's future",
            [(0, 1, "ORG"), (3, 4, "ORG"), (7, 8, "ORG")],
            [],
        ),
        # a facility named after a town is no mention of the town
        ("held at the Tawau immigration depot", [], []),
        # a name part of a person in the release
        ("Jordan Smith spoke . In Jordan , he", [(0, 2, "PERSON"), (5, 6, "ORG")], []),
        # a known town followed by "in <country>"
        (
            "fighting opposite Mae Sot in Thailand 's Tak province",
            [(2, 4, "PERSON"), (5, 6, "GPE")],
            ["Mae Sot", "Tak"],
        ),
        # regions named by their shape
        ("border areas next to Myanmar 's Karenni State .", [(4, 5, "GPE")], ["Karenni State"]),
        (
            "most live in the Kurdistan Region of Iraq .",
            [(4, 8, "ORG")],
            ["Kurdistan Region of Iraq"],
        ),
        # a direction opening a name listed with places; a whole name that is one region
        ("in Gaza , and the West Bank", [(1, 2, "GPE"), (5, 7, "ORG")], ["West Bank"]),
        ("Rao , Chief Minister , Uttar Pradesh , said", [(5, 7, "PERSON")], ["Uttar Pradesh"]),
        # a country abbreviation the model left untagged, listed with places
        ("Russia , Ukraine , and the US should act", [(0, 1, "GPE"), (2, 3, "GPE")], ["US"]),
        # donors listed with countries: "and the" before an organization proves nothing
        (
            "France , Denmark , and the European Union paid",
            [(0, 1, "GPE"), (2, 3, "GPE"), (6, 8, "ORG")],
            [],
        ),
    ],
)
def test_mislabelled_places(resolver, words, text, ents, expected):
    doc = make_doc(text, ents)
    assert [s.text for s in mislabelled_places(doc, resolver, words)] == expected


def test_a_place_joined_to_an_organization_name_is_inside_it():
    words = [
        "partners",
        "are",
        "the",
        "Universities",
        "of",
        "Gothenburg",
        "and",
        "Southampton",
        ".",
    ]
    heads = [1, 1, 3, 1, 3, 4, 5, 5, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "cc", "conj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, 3, 6, label="GPE"), Span(doc, 7, 8, label="GPE")]
    assert [inside_organization_name(e) for e in doc.ents] == [True, True]


@pytest.mark.parametrize(
    ("text", "ent", "expected"),
    [
        ("Polk County District Attorney Dana Whitfield", (0, 3), True),
        ("the Freeborn County Attorney's office", (1, 4), True),
        ("Cook County State 's Attorney Jane Roe", (0, 3), True),
        ("Cook County Judge Jane Roe", (0, 2), False),
        ("the State of Texas", (1, 4), False),
    ],
)
def test_an_office_is_no_mention_of_its_place(text, ent, expected):
    doc = make_doc(text, [(*ent, "GPE")])
    assert names_an_office(doc.ents[0]) is expected


@pytest.mark.parametrize(
    ("text", "ents", "wide", "expected"),
    [
        # a known place one token away, before or after
        ("talks in Baghdad and Zorblix today", [(2, 3, "GPE"), (4, 5, "ORG")], False, True),
        ("talks in Zorblix , Baghdad today", [(2, 3, "ORG"), (4, 5, "GPE")], False, True),
        ("talks in Zorblix or Baghdad", [(2, 3, "ORG"), (4, 5, "LOC")], False, True),
        # ", and the": three tokens, only when wide
        ("Gaza , and the West Bank", [(0, 1, "GPE"), (4, 6, "ORG")], True, True),
        ("Gaza , and the West Bank", [(0, 1, "GPE"), (4, 6, "ORG")], False, False),
        ("France , and the Zorblix Union", [(0, 1, "GPE"), (4, 6, "ORG")], True, True),
        # side by side, too far, or joined by other words: no list
        ("Baghdad Zorblix", [(0, 1, "GPE"), (1, 2, "ORG")], True, False),
        ("Gaza , and the Zorblix", [(0, 1, "GPE"), (4, 5, "ORG")], False, False),
        ("Gaza , and then the Zorblix", [(0, 1, "GPE"), (5, 6, "ORG")], True, False),
        ("Baghdad to Zorblix", [(0, 1, "GPE"), (2, 3, "ORG")], False, False),
        # the neighbour must be a place the data knows, tagged as a place
        ("Linux , Zorblix", [(0, 1, "GPE"), (2, 3, "ORG")], False, False),
        ("Baghdad and Zorblix", [(0, 1, "PERSON"), (2, 3, "ORG")], False, False),
        ("Baghdad and Zorblix", [(2, 3, "ORG")], False, False),
    ],
)
def test_coordinated_with_place(resolver, text, ents, wide, expected):
    doc = make_doc(text, ents)
    span = next(e for e in doc.ents if e.label_ == "ORG")
    assert coordinated_with_place(span, resolver, wide=wide) is expected
