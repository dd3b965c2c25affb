"""org_usage: names used as things, not as organizations (hand-built parses).

Each token is written `word`, `word/dep`, `word/dep/head` or `word/dep/head/lemma` (head: the
index of the head token, the token itself when omitted; lemma: the lowercase word when omitted).
ORG entities are (start, end) ranges.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from tests.entity_docs import from_spec

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.nlp.components.org_usage import NameUsage
from pressextract.resources.gazetteer import load_json_data

WORDS = load_json_data("entity_repair.json")
USAGE = NameUsage.from_words(WORDS)
VOCAB = spacy.blank("en").vocab


def parsed(spec: str, ents: list[tuple[int, int]], people: list[tuple[int, int]] = ()) -> Doc:
    return from_spec(
        spec, [(a, b, "ORG") for a, b in ents] + [(a, b, "PERSON") for a, b in people], VOCAB
    )


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # the modifier of a thing noun
        ("Zorb/compound/1 projects/ROOT", [(0, 1)], {"Zorb"}),
        # ... an instrument or a sensor ("the ELS and IMA instruments", "the MEG sensor array")
        ("the/det/2 ZRM/compound/2 instruments/ROOT", [(1, 2)], {"ZRM"}),
        ("the/det/3 ZRM/compound/2 sensor/compound/3 array/ROOT", [(1, 2)], {"ZRM"}),
        (
            "the Blue/compound/2 Kite/compound/4 feature/compound/4 film/ROOT",
            [(1, 3)],
            {"Blue Kite"},
        ),
        # a thing noun in apposition
        (
            "try/ROOT Zorbhub/dobj/0 ,/punct/1 the/det/5 multiuser/amod/5 platform/appos/1",
            [(1, 2)],
            {"Zorbhub"},
        ),
        # ... or before it
        (
            "the/det/2 multiuser/amod/2 platform/ROOT ,/punct/2 Zorbhub/appos/2",
            [(4, 5)],
            {"Zorbhub"},
        ),
        (
            "the/det/3 Zorb/compound/3 Tools/compound/3 project/ROOT"
            " (/punct/5 ZT/appos/3 )/punct/5",
            [(5, 6)],
            {"ZT"},
        ),
        # named by a thing
        (
            "a/det/2 software/compound/2 contribution/ROOT called/acl/2/call"
            " Orbit/compound/5 Explorer/oprd/3",
            [(4, 6)],
            {"Orbit Explorer"},
        ),
        # a version number, a trademark sign
        ("Orbit/nsubj/2 2.1/nummod/0 adds/ROOT", [(0, 1)], {"Orbit"}),
        ("the/det/2 Kite/compound/2 ™/ROOT", [(1, 2)], {"Kite"}),
        ("a/det/3 Kite/compound/3 ®/punct/1 jar/ROOT", [(1, 2)], {"Kite"}),
        ("Orbit/compound/1 Glide/compound/2 ®/ROOT", [(0, 3)], {"Orbit Glide ®"}),
        # the object of "install", "download", "set up"
        ("install/ROOT Zorbhub/dobj/0", [(1, 2)], {"Zorbhub"}),
        ("set/ROOT up/prt/0 Zorbhub/dobj/0", [(2, 3)], {"Zorbhub"}),
        # what a thing is compatible with
        (
            "cards/ROOT compatible/amod/0 with/prep/1 Orbit/compound/4 Wallet/pobj/2",
            [(3, 5)],
            {"Orbit Wallet"},
        ),
        # ... "use" or "integrate"
        ("we/nsubj/1 use/ROOT Zorbhub/dobj/1", [(2, 3)], {"Zorbhub"}),
        ("to/aux/1 integrate/ROOT Orbit/compound/3 Link/dobj/1", [(2, 4)], {"Orbit Link"}),
        # what an organization launches, unveils, introduces or releases; "new" before it
        ("Acme/nsubj/1 launched/ROOT/1/launch Zorbhub/dobj/1", [(2, 3)], {"Zorbhub"}),
        ("they/nsubj/1 unveiled/ROOT/1/unveil the/det/3 Kite/dobj/1", [(3, 4)], {"Kite"}),
        ("buy/ROOT the/det/3 new/amod/3 Kite/dobj/0", [(3, 4)], {"Kite"}),
    ],
)
def test_names_used_as_things(spec, ents, expected):
    assert USAGE.things(parsed(spec, ents).ents) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "people"),
    [
        # used as a thing once, but it also says, hires, owns: an organization
        (
            "Zorb/compound/1 projects/ROOT ./punct/1 Zorb/nsubj/4 said/ROOT/4/say",
            [(0, 1), (3, 4)],
            [],
        ),
        (
            "Zorb/compound/1 products/ROOT ./punct/1 Zorb/nsubj/4 hired/ROOT/4/hire",
            [(0, 1), (3, 4)],
            [],
        ),
        (
            "Zorb/compound/1 products/ROOT ./punct/1 Zorb/poss/5 's/case/3 chief/ROOT",
            [(0, 1), (3, 4)],
            [],
        ),
        # ... joined by a person, the organization of a post or of a person
        (
            "Zorb/compound/1 tools/ROOT ./punct/1 she/nsubj/4 joined/ROOT/4/join Zorb/dobj/4",
            [(0, 1), (5, 6)],
            [],
        ),
        (
            "Zorb/compound/1 tools/ROOT ./punct/1 CEO/ROOT of/prep/3 Zorb/pobj/4",
            [(0, 1), (5, 6)],
            [],
        ),
        (
            "Zorb/compound/1 tools/ROOT ./punct/1 Jane/compound/4 Roe/ROOT from/prep/4 Zorb/pobj/5",
            [(0, 1), (6, 7)],
            [(3, 5)],
        ),
        # a name ending in an organization word or a company form is one whatever its use
        ("Zorb/compound/1 Systems/compound/2 software/ROOT", [(0, 2)], []),
        ("Zorb/compound/1 Inc./compound/2 products/ROOT", [(0, 2)], []),
        # a thing noun in capitals is part of a name, not its use
        ("Zorb/compound/1 Projects/ROOT", [(0, 1)], []),
        # the object of other verbs, or "new" that modifies another word
        ("they/nsubj/1 acquired/ROOT/1/acquire Zorb/dobj/1", [(2, 3)], []),
        ("a/det/2 new/amod/2 partner/nsubj/3 praised/ROOT Zorb/dobj/3", [(4, 5)], []),
        # a kind of organization in apposition before it
        ("the/det/1 firm/ROOT ,/punct/1 Zorb/appos/1", [(3, 4)], []),
        # "(R)" after a name is a party, no trademark's sign
        ("Zorb/ROOT (/punct/0 R/appos/0 )/punct/0", [(0, 1)], []),
        # "with" after another word
        ("we/nsubj/1 partnered/ROOT with/prep/1 Zorb/pobj/2", [(3, 4)], []),
        # "use" as a noun
        ("the/det/1 use/ROOT of/prep/1 Zorb/pobj/2", [(3, 4)], []),
        # no evidence either way
        ("the/det/1 Zorb/nsubj/2 departs/ROOT", [(1, 2)], []),
    ],
)
def test_names_used_as_organizations(spec, ents, people):
    assert USAGE.things(parsed(spec, ents, people).ents) == set()


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # the end of a longer name used as a thing: the release drops the platform's name
        (
            "Orbit/compound/1 Zorb/nsubj/3 2.1/nummod/1 ships/ROOT ./punct/3"
            " Zorb/compound/6 users/ROOT",
            [(0, 2), (5, 6)],
            {"Orbit Zorb", "Zorb"},
        ),
        # ... unless it acts as an organization
        (
            "Orbit/compound/1 Zorb/nsubj/3 2.1/nummod/1 ships/ROOT ./punct/3"
            " Zorb/nsubj/6 said/ROOT/6/say",
            [(0, 2), (5, 6)],
            {"Orbit Zorb"},
        ),
        # the end of a longer name not used as a thing
        (
            "Orbit/compound/1 Zorb/nsubj/2 grew/ROOT ./punct/2 Zorb/compound/5 users/ROOT",
            [(0, 2), (4, 5)],
            set(),
        ),
    ],
)
def test_short_forms_of_things(spec, ents, expected):
    assert USAGE.things(parsed(spec, ents).ents) == expected


def test_the_filter_relabels_every_mention_of_a_thing():
    nlp = spacy.blank("en")
    org_filter = nlp.add_pipe("pressextract_org_filter")
    doc = parsed("Zorb/compound/1 projects/ROOT ./punct/1 Zorb/nsubj/4 grew/ROOT", [(0, 1), (3, 4)])
    assert [(e.text, e.label_) for e in org_filter(doc).ents] == [
        ("Zorb", "PRODUCT"),
        ("Zorb", "PRODUCT"),
    ]


def parsed_with_people(spec: str, ents: list[tuple[int, int, str]]) -> Doc:
    doc = parsed(spec, [])
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a name with its year, recurring, or held: an event
        (
            "sponsors/ROOT of/prep/0 Orbitcon/pobj/1 2006/nummod/2 ,/punct/0",
            [(2, 3, "ORG")],
            {"Orbitcon": "EVENT"},
        ),
        (
            "the/det/2 Homecoming/compound/2 Fest/ROOT 2024/nummod/2",
            [(1, 4, "ORG")],
            {"Homecoming Fest 2024": "EVENT"},
        ),
        (
            "the/det/3 third/amod/3 annual/amod/3 Orbitcon/ROOT",
            [(3, 4, "ORG")],
            {"Orbitcon": "EVENT"},
        ),
        (
            "Orbitcon/nsubjpass/3 will/aux/3 be/auxpass/3 held/ROOT/3/hold",
            [(0, 1, "ORG")],
            {"Orbitcon": "EVENT"},
        ),
        # ... not a company's figures of a year
        ("Acme/compound/2 2024/nummod/2 revenue/ROOT", [(0, 1, "ORG")], {}),
        # two or three capitalized words coordinated with a person, or after a role in "-ist"
        (
            "Jane/compound/1 Roe/ROOT and/cc/1 Ada/compound/4 Quill/conj/1",
            [(0, 2, "PERSON"), (3, 5, "ORG")],
            {"Ada Quill": "PERSON"},
        ),
        ("vocalist/compound/2 Ada/compound/2 Quill/ROOT", [(1, 3, "ORG")], {"Ada Quill": "PERSON"}),
        # ... whatever the person does
        (
            "vocalist/compound/2 Ada/compound/2 Quill/nsubj/3 joins/ROOT/3/join Acme/dobj/3",
            [(1, 3, "ORG"), (4, 5, "ORG")],
            {"Ada Quill": "PERSON"},
        ),
        # a name with a person noun in apposition, whatever else it does
        (
            "son/ROOT of/prep/0 Rana/pobj/1 ,/punct/2 a/det/5 woman/appos/2 ./punct/0"
            " Rana/nsubj/8 said/ROOT/8/say",
            [(2, 3, "ORG"), (7, 8, "ORG")],
            {"Rana": "PERSON"},
        ),
        # ... not a kind of organization in apposition
        ("Acme/ROOT ,/punct/0 a/det/3 firm/appos/0", [(0, 1, "ORG")], {}),
        # ... not with a one-word "person" (the model's tag for many brands)
        (
            "Bacardi/ROOT and/cc/0 Orchard/compound/3 Cider/conj/0",
            [(0, 1, "PERSON"), (2, 4, "ORG")],
            {},
        ),
    ],
)
def test_events_and_people(spec, ents, expected):
    assert USAGE.kinds(parsed_with_people(spec, ents).ents) == expected
