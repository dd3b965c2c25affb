"""Names the small model tags ORG that name no organization: places, people, awards, journals,
the rest of a law's or a program's name (entity_repair and acronyms on hand-built Docs)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

import pressextract.nlp.components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a compass point and an organization word is a region the model rightly tagged
        ("aid to Gaza and the West Bank", [("West Bank", "GPE")], [("West Bank", "GPE")]),
        (
            "the Oak Ridge Police Department said",
            [("Oak Ridge Police Department", "GPE")],
            [("Oak Ridge Police Department", "ORG")],
        ),
        # an administrative division "of" a place is a place
        (
            "most of them live in the Kurdistan Region of Iraq today",
            [("Kurdistan Region of Iraq", "ORG")],
            [("Kurdistan Region of Iraq", "GPE")],
        ),
        (
            "the Republic of Korea signed",
            [("Republic of Korea", "ORG")],
            [("Republic of Korea", "GPE")],
        ),
        # ... but a state, a city or a county "of" a place may be its government
        (
            "the State of Delaware awarded",
            [("State of Delaware", "ORG")],
            [("State of Delaware", "ORG")],
        ),
        # a program's words after an organization word are no person swallowed into it
        (
            "allocated for the Qualifying Advanced Energy Project Credit by",
            [("Qualifying Advanced Energy Project Credit", "ORG")],
            [("Qualifying Advanced Energy Project Credit", "PRODUCT")],
        ),
        (
            "said the Acme Energy Company Jane Roe",
            [("Acme Energy Company Jane Roe", "ORG")],
            [("Acme Energy Company", "ORG"), ("Jane Roe", "PERSON")],
        ),
        # an award's name
        ("Acme was named Startup Company of the Year", [("Startup Company", "ORG")], []),
        ("a two-time Film Award nominee", [("Film Award", "ORG")], [("Film Award", "EVENT")]),
        # a journal
        (
            "are reported in The Journal of Dermatology today",
            [("Journal of Dermatology", "ORG")],
            [("Journal of Dermatology", "WORK_OF_ART")],
        ),
        # the rest of a named declaration or convention
        (
            "endorsing the Political Declaration on the Safety of Journalists in Oslo",
            [("Safety of Journalists", "ORG")],
            [],
        ),
        (
            "a Declaration on the Rights of the Council of Europe",
            [("Council of Europe", "ORG")],
            [("Council of Europe", "ORG")],
        ),
        # a person named with a title after a comma, hyphenated surname, first name untagged
        (
            "says Maria Lopez-Diaz, Senior Director of Sales at Acme.",
            [("Lopez-Diaz", "ORG"), ("Acme", "ORG")],
            [("Maria Lopez-Diaz", "PERSON"), ("Acme", "ORG")],
        ),
        # the portfolio of a minister written before the title
        ("chaired by Union Minister Sri Rao", [("Union", "ORG")], []),
        (
            "Rural Development and Land Reform Minister Ana Ruiz said",
            [("Rural Development and Land", "ORG")],
            [],
        ),
        # ... but not a minister's office
        (
            "Minister in the Prime Minister's Office and Second Minister for Trade",
            [("Prime Minister's Office", "ORG")],
            [("Prime Minister's Office", "ORG")],
        ),
        # what things are done under is a program or a law, not an organization
        (
            "funds 40 projects under the Jal Shakti Yojana this year",
            [("Jal Shakti Yojana", "ORG")],
            [("Jal Shakti Yojana", "PRODUCT")],
        ),
        (
            "a unit under the Ministry of Water",
            [("Ministry of Water", "ORG")],
            [("Ministry of Water", "ORG")],
        ),
        # a plural organization word names several bodies, none by name ...
        ("officials from State Water Departments met", [("State Water Departments", "ORG")], []),
        # ... but an acronym before it names the one they belong to
        ("officials of ZRI Institutes met", [("ZRI Institutes", "ORG")], [("ZRI", "ORG")]),
        # ... and two names may share it
        (
            "at the Dayton and East Ridge Auto Plants",
            [("East Ridge Auto Plants", "ORG")],
            [("East Ridge Auto Plants", "ORG")],
        ),
        # a number counting the noun after the span
        ("projects for 7 Coastal states and towns", [("7 Coastal", "ORG")], []),
        # a chemical formula, not a brand with a count
        ("a thin film of Mo-BiVO4 degraded", [("Mo-BiVO4", "ORG")], []),
        ("coated with TiO2 layers", [("TiO2", "ORG")], []),
        ("a contract with Nexa3 today", [("Nexa3", "ORG")], [("Nexa3", "ORG")]),
    ],
)
def test_names_that_are_no_organization(repaired, text: str, ents: list, expected: list) -> None:
    assert repaired(text, ents) == expected


def test_a_plural_organization_word_in_a_headline_is_left_alone(repair_nlp) -> None:
    words = ["Acme", "Wins", "$", "6", "Million", "in", "Federal", "Funds"]
    doc = Doc(repair_nlp.vocab, words=words, sent_starts=[True] + [False] * 7)
    doc.ents = [Span(doc, 6, 8, label="ORG")]
    doc = repair_nlp.get_pipe("pressextract_entity_repair")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Federal Funds", "ORG")]
