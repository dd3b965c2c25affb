"""org_events: names a release uses as an event or a programme (hand-built parses).

Each token is written `word`, `word/dep` or `word/dep/head` (head: the index of the head token,
the token itself when omitted); `ents` are (start, end, label) token ranges.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from tests.entity_docs import from_spec

from pressextract.nlp.components.org_events import (
    dated_event,
    launched_name,
    owned_name,
    program_name,
)
from pressextract.nlp.components.org_usage import NameUsage
from pressextract.resources.gazetteer import load_json_data

VOCAB = spacy.blank("en").vocab
WORDS = load_json_data("entity_repair.json")
USAGE = NameUsage.from_words(WORDS)


def parsed(spec: str, ents: list[tuple[int, int, str]]) -> Doc:
    return from_spec(spec, ents, VOCAB)


def first_org(doc: Doc) -> Span:
    return next(e for e in doc.ents if e.label_ == "ORG")


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # after "at", a month, a weekday or a day after the name
        (
            "pledged/ROOT at/prep/0 the/det/4 Orbit/compound/4 Forum/pobj/1 in/prep/4"
            " December/pobj/5 2031/nummod/6",
            [(3, 5, "ORG"), (6, 8, "DATE")],
            True,
        ),
        (
            "unveiled/ROOT at/prep/0 Orbitworld/pobj/1 on/prep/2 Tuesday/pobj/3",
            [(2, 3, "ORG"), (4, 5, "DATE")],
            True,
        ),
        # a bare year, a name not after "at", a time that is no date
        (
            "worked/ROOT at/prep/0 Zorbco/pobj/1 in/prep/2 2019/pobj/3",
            [(2, 3, "ORG"), (4, 5, "DATE")],
            False,
        ),
        (
            "sued/ROOT Zorbco/dobj/0 on/prep/0 Tuesday/pobj/2",
            [(1, 2, "ORG"), (3, 4, "DATE")],
            False,
        ),
        (
            "met/ROOT at/prep/0 Zorbco/pobj/1 in/prep/2 Lagos/pobj/3",
            [(2, 3, "ORG"), (4, 5, "GPE")],
            False,
        ),
    ],
)
def test_dated_event(spec, ents, expected):
    assert dated_event(first_org(parsed(spec, ents))) is expected


def test_usage_labels_events_unless_they_act():
    event = parsed(
        "unveiled/ROOT at/prep/0 Orbitworld/pobj/1 on/prep/2 Tuesday/pobj/3 ./punct/0"
        " Orbitworld/nsubj/7 said/ROOT",
        [(2, 3, "ORG"), (4, 5, "DATE"), (6, 7, "ORG")],
    )
    event[7].lemma_ = "say"
    assert USAGE.kinds(event.ents) == {}
    assert USAGE.kinds(event.ents[:2]) == {"Orbitworld": "EVENT"}


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # after a possessive pronoun
        ("our/poss/2 Orbit/compound/2 Futures/ROOT", [(1, 3, "ORG")], True),
        ("its/poss/1 Zorb/compound/2 line/ROOT", [(1, 2, "ORG")], True),
        # after an article or another word
        ("the/det/2 Orbit/compound/2 Futures/ROOT", [(1, 3, "ORG")], False),
        ("with/ROOT Zorbco/pobj/0", [(1, 2, "ORG")], False),
    ],
)
def test_owned_name(spec, ents, expected):
    assert owned_name(first_org(parsed(spec, ents))) is expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # what is launched or inaugurated
        (
            "the/det/1 launch/ROOT of/prep/1 the/det/5 Orbit/compound/5 Cluster/pobj/2",
            [(4, 6, "ORG")],
            True,
        ),
        ("the/det/1 inauguration/ROOT of/prep/1 Orbitpark/pobj/2", [(3, 4, "ORG")], True),
        # another noun, or a verb's object
        ("the/det/1 head/ROOT of/prep/1 Zorbco/pobj/2", [(3, 4, "ORG")], False),
        ("the/det/1 Launch/ROOT of/prep/1 Zorbco/pobj/2", [(3, 4, "ORG")], False),
    ],
)
def test_launched_name(spec, ents, expected):
    assert launched_name(first_org(parsed(spec, ents))) is expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # the name modifies a programme noun, directly or through lowercase modifiers
        (
            "by/ROOT the/det/4 Orbit/compound/3 Research/compound/4 program/pobj/0",
            [(2, 4, "ORG")],
            True,
        ),
        (
            "the/det/5 Orbit/compound/2 Futures/compound/3 community/compound/5"
            " giving/compound/5 program/ROOT",
            [(1, 3, "ORG")],
            True,
        ),
        ("a/det/2 Zorbco/compound/2 grant/ROOT", [(1, 2, "ORG")], True),
        # a capitalized word in between (the programme's own name), another noun, no modifier
        (
            "the/det/4 Zorbco/compound/4 Prime/compound/4 Blue/compound/4 program/ROOT",
            [(1, 2, "ORG")],
            False,
        ),
        ("a/det/2 Zorbco/compound/2 report/ROOT", [(1, 2, "ORG")], False),
        ("Zorbco/nsubj/1 runs/ROOT a/det/3 program/dobj/1", [(0, 1, "ORG")], False),
    ],
)
def test_program_name(spec, ents, expected):
    assert program_name(first_org(parsed(spec, ents))) is expected
