"""org_fragments: an ORG span cut short inside a longer name (hand-built parses).

Each token is written `word`, `word/dep` or `word/dep/head` (head: the index of the head token,
the token itself when omitted); `ents` are (start, end, label) token ranges; the first ORG is
the span tested.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from tests.entity_docs import from_spec

from pressextract.nlp.components.org_fragments import named_whole, whole_name
from pressextract.resources.gazetteer import load_json_data

VOCAB = spacy.blank("en").vocab
WORDS = load_json_data("entity_repair.json")
TITLES = {w.lower() for w in WORDS["titles"]}
ORG_WORDS = {w.lower() for w in WORDS["org_heads"] + WORDS["legal_suffixes"]}


def parsed(spec: str, ents: list[tuple[int, int, str]]) -> Doc:
    return from_spec(spec, ents, VOCAB)


def read(spec: str, ents: list[tuple[int, int, str]]) -> str | None:
    doc = parsed(spec, ents)
    span = next(e for e in doc.ents if e.label_ == "ORG")
    new = whole_name(span, TITLES, ORG_WORDS)
    return None if new is None else new.text


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # the span's last word modifies a capitalized word after it: the name runs on
        (
            "of/ROOT the/det/7 two-time/amod/7 Orbit/compound/5 Cup/compound/5"
            " Champion/compound/7 Zorb/compound/7 Rangers/pobj/0 ./punct/0",
            [(3, 6, "ORG")],
            "Orbit Cup Champion Zorb Rangers",
        ),
        (
            "parent/ROOT Orbit/compound/3 Aeronautic/nmod/3 Defence/nmod/6 and/cc/3"
            " Space/conj/3 Company/appos/0 said/ROOT",
            [(1, 4, "ORG")],
            "Orbit Aeronautic Defence and Space Company",
        ),
        # a preposition of the span has its object after the span
        (
            "at/ROOT Zorb/compound/2 Institute/pobj/0 for/prep/2 Orbit/compound/5"
            " Engineering/nmod/8 and/cc/5 Automation/conj/5 ZIP/pobj/3 in/prep/8 Bonn/pobj/9",
            [(1, 6, "ORG"), (10, 11, "GPE")],
            "Zorb Institute for Orbit Engineering and Automation ZIP",
        ),
        # the run holds a job title and a person: the first words of a person's office
        (
            "in/ROOT the/det/2 Office/pobj/0 of/prep/2 Orbitland/compound/6 Attorney/compound/6"
            " General/compound/8 Jane/compound/8 Roe/pobj/3 and/cc/2",
            [(2, 5, "ORG"), (7, 9, "PERSON")],
            None,
        ),
        # a name before a title and a person, with no preposition: the person's organization
        (
            "said/ROOT Orbit/compound/2 Health/compound/4 Director/compound/4 Roe/nsubj/0",
            [(1, 3, "ORG"), (4, 5, "PERSON")],
            "Orbit Health",
        ),
        # a one-word span is the owner of the name after it
        (
            "the/det/3 Acme/compound/2 Orbit/compound/3 platform/ROOT",
            [(1, 2, "ORG")],
            "Acme",
        ),
        # a span ending in an organization word is whole
        (
            "the/det/4 Acme/compound/2 Systems/compound/4 Orbit/compound/4 Suite/ROOT",
            [(1, 3, "ORG")],
            "Acme Systems",
        ),
        # lowercase words before the head: no longer name
        (
            "the/det/5 Orbit/compound/2 Cup/compound/5 winning/amod/5 Zorb/compound/5 Rangers/ROOT",
            [(1, 3, "ORG")],
            "Orbit Cup",
        ),
        # the head is on the next line
        (
            "Orbit/compound/1 Cup/compound/3 \n/dep/3 Rangers/ROOT",
            [(0, 2, "ORG")],
            "Orbit Cup",
        ),
    ],
)
def test_whole_name(spec, ents, expected):
    assert read(spec, ents) == expected


def named(text: str, ents: list[tuple[int, int, str]]) -> str:
    doc = Doc(VOCAB, words=text.split(" "))
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    span = next(e for e in doc.ents if e.label_ == "ORG")
    names = {e.text for e in doc.ents if e.label_ == "ORG"}
    return named_whole(span, names).text


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the words before the span complete a name the release gives elsewhere
        ("( ZU UTD ) said . ZU UTD won", [(2, 3, "ORG"), (6, 8, "ORG")], "ZU UTD"),
        # ... or the words after it
        (
            "Orbit Energy Texas grew . Orbit Energy Texas said",
            [(0, 2, "ORG"), (5, 8, "ORG")],
            "Orbit Energy Texas",
        ),
        # no such name in the release
        ("( ZU UTD ) said . Zorb won", [(2, 3, "ORG"), (6, 7, "ORG")], "UTD"),
        # a lowercase word before: no name
        ("( zu UTD ) said . zu UTD won", [(2, 3, "ORG"), (6, 8, "ORG")], "UTD"),
        # on another line
        ("ZU \n UTD said . ZU UTD won", [(2, 3, "ORG"), (5, 7, "ORG")], "UTD"),
    ],
)
def test_named_whole(text, ents, expected):
    assert named(text, ents) == expected
