"""Organizations the release's "About X" sections vouch for: the heading names an organization
when the section's opening sentence says so, and the body's mentions of that name count as the
organization even where the model did not tag them (invented text throughout)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from tests.entity_docs import with_ents

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.extractors.org_about import vouched_name
from pressextract.extractors.organizations import OrganizationOptions, extract_organizations
from pressextract.pipeline import document_from_text
from pressextract.schema import Section


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        # a copula before a kind of organization, within the noun phrase
        ("About Orbit Somewhere", "Orbit Somewhere is the production company of Ada Quill.",
         "Orbit Somewhere"),
        ("About Zorbex", "Zorbex is a leading global toy and family entertainment company.",
         "Zorbex"),
        ("About Kestrel Grid", "Kestrel Grid (NYSE: KGR), a Fortune 500 company, serves Ohio.",
         "Kestrel Grid"),
        ("About Kestrel Grid", "Kestrel Grid is one of the largest energy holding companies.",
         "Kestrel Grid"),
        # a company form after the name; an origin or a seat
        ("About Plinth", "Plinth, Inc. designs granite memorials.", "Plinth"),
        ("About Marlo-Vix", "Founded in 1925, Marlo-Vix grocery stores serve five states.",
         "Marlo-Vix"),
        ("About Tarn Works", "Tarn Works was formed by two engineers in 2001.", "Tarn Works"),
        ("About Quillon", "Quillon, based in Boise, makes pumps.", "Quillon"),
        # a heading in capitals takes the spelling of the opening sentence
        ("ABOUT QUILLON", "Quillon is a pump maker based in Boise.", "Quillon"),
        ("About the Vesper Trust", "The Vesper Trust is a charity for sailors.", "Vesper Trust"),
        # not: a drug, a platform, a leader in something, a heading in capitals not repeated
        ("About ORBITUMAB", "Orbitumab was granted marketing authorisation in 2009.", None),
        ("About Zorbex", "Zorbex is a platform that helps companies hire.", None),
        ("About Zorbex", "Zorbex is a leader in software for businesses.", None),
        ("ABOUT ZORBEX", "The company was founded in 1990.", None),
        ("About Zorbex", "Zorbex offers a native advertising platform.", None),
        ("About the Index", "The index was established in 1990 by Quill Analytics.", None),
        # the issuer or the release itself, a generic word: no organization's name
        ("About Us", "Founded in 1990, we serve US customers.", None),
        ("About Our Partners", "Our partners, founded in 2000, include Acme.", None),
        ("About This Release", "This release was established by the US Department.", None),
        ("About the Company", "The Company was founded in 1990.", None),
        # a heading in mixed case is the name's spelling: "ACME" in the text is another word
        ("About Acme", "ACME was founded in 1990.", "Acme"),
    ],
)  # fmt: skip
def test_vouched_name(heading: str, text: str, expected: str | None) -> None:
    assert vouched_name(Section(kind="about", heading=heading, text=text)) == expected


def test_only_about_sections_vouch() -> None:
    text = "Zorbex is a software company."
    assert vouched_name(Section(kind="contacts", heading="About Zorbex", text=text)) is None
    assert vouched_name(Section(kind="about", heading="Media contact", text=text)) is None


def organizations(nlp: Language, body: str, ents: list[tuple[str, str]], about: Section):
    doc = with_ents(nlp.make_doc(body), ents)
    for _, component in nlp.pipeline:
        doc = component(doc)
    document = replace(document_from_text(body), sections=(about,))
    found = extract_organizations(doc, document, OrganizationOptions())
    return [(o.name, o.mentions) for o in found]


ABOUT_ORBIT = Section(
    kind="about",
    heading="About Orbit Somewhere",
    text="Orbit Somewhere is the production company of filmmaker Ada Quill.",
)


@pytest.mark.parametrize(
    ("body", "ents", "expected"),
    [
        # untagged or read as a person in the body: the section vouches for it
        ("Zorbex Pictures will distribute the film, with Ada Quill's Orbit Somewhere producing. "
         "Jon Roe oversees it for Orbit Somewhere.",
         [("Zorbex Pictures", "ORG"), ("Ada Quill", "PERSON"), ("Orbit Somewhere", "PERSON")],
         [("Zorbex Pictures", 1), ("Orbit Somewhere", 2)]),
        # already an organization of the body: nothing added, nothing counted twice
        ("Orbit Somewhere will produce the film.", [("Orbit Somewhere", "ORG")],
         [("Orbit Somewhere", 1)]),
        # held inside a longer organization's name: that organization is the one named
        ("The Orbit Somewhere Foundation funds it.", [("Orbit Somewhere Foundation", "ORG")],
         [("Orbit Somewhere Foundation", 1)]),
        # not named in the body: the section alone is boilerplate, not annotated
        ("Zorbex Pictures will distribute the film.", [("Zorbex Pictures", "ORG")],
         [("Zorbex Pictures", 1)]),
    ],
)  # fmt: skip
def test_body_mentions_of_a_vouched_name(blank: Language, body, ents, expected) -> None:
    assert organizations(blank, body, ents, ABOUT_ORBIT) == expected
