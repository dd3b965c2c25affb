"""entity_repair: each rule on hand-built Docs (no statistical model), as a table."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from tests.entity_docs import with_ents

import pressextract.nlp.components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("pressextract_entity_repair")
    return nlp


def doc_with(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """`text` tokenized, with each (substring, label) made an entity, in order of appearance."""
    return with_ents(nlp.make_doc(text), ents)


def repaired(nlp: Language, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = nlp.get_pipe("pressextract_entity_repair")(doc_with(nlp, text, ents))
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # swallowed person / title after an organization
        (
            "said the World Customs Organization Ian Saunders today",
            [("the World Customs Organization Ian Saunders", "ORG")],
            [("World Customs Organization", "ORG"), ("Ian Saunders", "PERSON")],
        ),
        (
            "by Chicago Police Department Superintendent Larry Snelling",
            [("Chicago Police Department Superintendent Larry Snelling", "ORG")],
            [("Chicago Police Department", "ORG"), ("Larry Snelling", "PERSON")],
        ),
        # names that only look swallowed stay whole
        (
            "at the Bank of America today",
            [("Bank of America", "ORG")],
            [("Bank of America", "ORG")],
        ),
        (
            "Union Pacific Railroad said",
            [("Union Pacific Railroad", "ORG")],
            [("Union Pacific Railroad", "ORG")],
        ),
        # edges: leading "the", possessive, unclosed parenthesis
        ("the World Bank's report", [("the World Bank's", "ORG")], [("World Bank", "ORG")]),
        ("shopping at Macy's and Sears", [("Macy's", "ORG")], [("Macy's", "ORG")]),
        (
            "the Committee on Conventional Weapons (CCW",
            [("the Committee on Conventional Weapons (CCW", "ORG")],
            [("Committee on Conventional Weapons", "ORG")],
        ),
        # line breaks and file names
        ("Website Banner.png\nNews & Highlights\n", [("Banner.png\nNews & Highlights", "ORG")], []),
        (
            "Frauds Bureau\nHuman Trafficking Unit\nCareers",
            [("Frauds Bureau\nHuman Trafficking Unit\nCareers", "ORG")],
            [("Frauds Bureau", "ORG"), ("Human Trafficking Unit", "ORG")],
        ),
        # web addresses are no names; a bare domain written as a name or before an
        # organization word is one
        ("see www.zentrix.com today", [("www.zentrix.com", "ORG")], []),
        ("visit zentrix.com today", [("zentrix.com", "ORG")], []),
        ("said Quillnews.com on Friday", [("Quillnews.com", "ORG")], [("Quillnews.com", "ORG")]),
        (
            "announced the zentrix.org Consortium today",
            [("the zentrix.org Consortium", "ORG")],
            [("zentrix.org Consortium", "ORG")],
        ),
        # events, laws, buildings, titles, people, boilerplate
        (
            "known as Operation Thunder, the",
            [("Operation Thunder", "ORG")],
            [("Operation Thunder", "EVENT")],
        ),
        ("Opening the Conference, he", [("the Conference", "ORG")], [("Conference", "EVENT")]),
        (
            "under the Foreign Corrupt Practices Act.",
            [("the Foreign Corrupt Practices Act", "ORG")],
            [("Foreign Corrupt Practices Act", "LAW")],
        ),
        (
            "at the Leighton Criminal Court Building.",
            [("the Leighton Criminal Court Building", "ORG")],
            [("Leighton Criminal Court Building", "FAC")],
        ),
        ("Lead Prosecutor said", [("Lead Prosecutor", "ORG")], []),
        ("said Dr Mitchell today", [("Dr Mitchell", "ORG")], [("Dr Mitchell", "PERSON")]),
        ("News & Highlights", [("News & Highlights", "ORG")], []),
        ("Jane Roe, MD PhD, said", [("MD PhD", "ORG")], []),
        ("said Minister of Finance Jane Roe", [("Finance", "ORG")], []),
        # ... but for the organization named after it, past a comma
        (
            "was Minister of State for Kelp, Department for Orbit Trade in Zorbia",
            [("State for Kelp, Department for Orbit Trade", "ORG")],
            [("Department for Orbit Trade", "ORG")],
        ),
        (
            "was Minister of State for Kelp, Orbit Trade in Zorbia",
            [("State for Kelp, Orbit Trade", "ORG")],
            [],
        ),
        (
            "the U.S. National Strategy for Combating Wildlife Trafficking",
            [("the U.S. National Strategy for Combating Wildlife Trafficking", "ORG")],
            [("U.S. National Strategy for Combating Wildlife Trafficking", "LAW")],
        ),
        (
            "said Special Agent in Charge Rouse",
            [("Charge Rouse", "GPE")],
            [("Charge Rouse", "PERSON")],
        ),
        ("the EV models", [("EV", "ORG")], []),
        ("The 355 hp engine", [("355", "ORG")], []),
        # places inside organization names
        (
            "the Nigeria Customs Service seized",
            [("Nigeria", "GPE")],
            [("Nigeria Customs Service", "ORG")],
        ),
        (
            "Ethiopia's Ministry of Health said",
            [("Ethiopia", "GPE"), ("Ministry of Health", "ORG")],
            [("Ethiopia", "GPE"), ("Ministry of Health", "ORG")],
        ),
        (
            "of the Police Impersonation Investigation Unit, under",
            [("Police", "ORG")],
            [("Police Impersonation Investigation Unit", "ORG")],
        ),
        (
            "The Global Tourism Resilience and Crisis Management Centre will",
            [("The Global Tourism Resilience and", "ORG"), ("Crisis Management Centre", "ORG")],
            [("Global Tourism Resilience and Crisis Management Centre", "ORG")],
        ),
        (
            "filed in the Southern District of New York today",
            [("Southern District", "LOC"), ("New York", "GPE")],
            [("Southern District of New York", "ORG")],
        ),
        (
            "the Orange County Sheriff's Department said",
            [("Orange County Sheriff's Department", "GPE")],
            [("Orange County Sheriff's Department", "ORG")],
        ),
        # organizations the model left untagged
        ("The District Attorney's Office thanked", [], [("District Attorney's Office", "ORG")]),
        ("said the Board today", [], []),
        # the gazetteer recognizes what the model missed
        ("The WHO and partners", [], [("WHO", "ORG")]),
        ("WHO WE ARE", [], []),
        (
            "with the International Criminal Police Organization",
            [],
            [("International Criminal Police Organization", "ORG")],
        ),
    ],
)
def test_repair(blank: Language, text: str, ents: list, expected: list) -> None:
    assert repaired(blank, text, ents) == expected


def test_gazetteer_sets_canonical_name_and_acronym_link(blank: Language) -> None:
    doc = blank.get_pipe("pressextract_entity_repair")(
        doc_with(blank, "Interpol and the WCO met.", [])
    )
    assert [(e.text, e.kb_id_) for e in doc.ents] == [
        ("Interpol", "International Criminal Police Organization"),
        ("WCO", "World Customs Organization"),
    ]
    assert {(s.label_, s.kb_id_) for s in doc.spans["acronyms"]} == {
        ("INTERPOL", "International Criminal Police Organization"),
        ("WCO", "World Customs Organization"),
    }


def test_one_name_one_label(blank: Language) -> None:
    text = "Telia paid. Telia agreed. Telia said. Swedish company Telia and others."
    ents = [("Telia", "ORG"), ("Telia", "ORG"), ("Telia", "ORG"), ("Telia", "GPE")]
    assert {label for _, label in repaired(blank, text, ents)} == {"ORG"}


def test_a_name_with_another_label_keeps_it(blank: Language) -> None:
    # "Dune" as ORG twice and GPE once, and once as a WORK_OF_ART: only ORG/GPE/LOC/PERSON vote.
    text = "Dune paid. Dune agreed. Dune said. Dune is a novel."
    ents = [("Dune", "ORG"), ("Dune", "ORG"), ("Dune", "GPE"), ("Dune", "WORK_OF_ART")]
    labels = [label for _, label in repaired(blank, text, ents)]
    assert labels.count("WORK_OF_ART") == 1


def test_users_extend_the_gazetteer_in_config() -> None:
    nlp = spacy.blank("en")
    extra = [{"name": "Pacific Islands Forum", "acronym": "PIF", "aliases": ["Islands Forum"]}]
    nlp.add_pipe("pressextract_entity_repair", config={"extra_organizations": extra})
    doc = nlp(nlp.make_doc("The PIF met."))
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("PIF", "Pacific Islands Forum")]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # an organization named after a person or a town, tagged PERSON
        (
            "a grant from the Jane Q. Roe Foundation this year",
            [("Jane Q. Roe Foundation", "PERSON")],
            [("Jane Q. Roe Foundation", "ORG")],
        ),
        (
            "officers of the Oak Vale Police Department said",
            [("Oak Vale Police Department", "PERSON")],
            [("Oak Vale Police Department", "ORG")],
        ),
        # ... not a person's program (a possessive), nor a title before a name
        (
            "under Roe's Clean Water Initiative now",
            [("Roe's Clean Water Initiative", "PERSON")],
            [("Roe's Clean Water Initiative", "PERSON")],
        ),
        # a dateline's date ends at the dash before the issuer's name
        (
            "OSLO - May 3, 2024 - The Acme Foundation today announced",
            [("OSLO", "GPE"), ("May 3, 2024 - The Acme Foundation", "DATE")],
            [("OSLO", "GPE"), ("May 3, 2024", "DATE"), ("Acme Foundation", "ORG")],
        ),
        (
            "from May 3 - June 9, 2024 in Oslo",
            [("May 3 - June 9, 2024", "DATE"), ("Oslo", "GPE")],
            [("May 3 - June 9, 2024", "DATE"), ("Oslo", "GPE")],
        ),
    ],
)
def test_names_of_organizations(blank: Language, text: str, ents: list, expected: list) -> None:
    assert repaired(blank, text, ents) == expected
