"""org_lists: the members of a list of organizations, through entity_repair on hand-built Docs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.nlp.components.org_lists import ListMembers


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # most members tagged ORG: the others are organizations too, tagged or not
        (
            "The backers are Acme Corp, Betaworks, Gamma Labs and Deltaco this year.",
            [("Acme Corp", "ORG"), ("Betaworks", "PERSON"), ("Gamma Labs", "ORG")],
            [
                ("Acme Corp", "ORG"),
                ("Betaworks", "ORG"),
                ("Gamma Labs", "ORG"),
                ("Deltaco", "ORG"),
            ],
        ),
        # a place the place data knows stays a place
        (
            "The tour visits Acme Corp, Gamma Labs, Paris and Zetaworks in May.",
            [("Acme Corp", "ORG"), ("Gamma Labs", "ORG"), ("Paris", "GPE")],
            [("Acme Corp", "ORG"), ("Gamma Labs", "ORG"), ("Paris", "GPE"), ("Zetaworks", "ORG")],
        ),
        # people outnumber the organizations: a list of people
        (
            "Speakers include Jane Roe, John Doe, Ann Poe and Acme Corp this year.",
            [("Jane Roe", "PERSON"), ("John Doe", "PERSON"), ("Ann Poe", "PERSON")],
            [("Jane Roe", "PERSON"), ("John Doe", "PERSON"), ("Ann Poe", "PERSON")],
        ),
        # one ORG span over a list's commas is cut into its members
        (
            "New members are Acmeco, Betaworks, Gamma Labs and others.",
            [("Acmeco, Betaworks, Gamma Labs", "ORG")],
            [("Acmeco", "ORG"), ("Betaworks", "ORG"), ("Gamma Labs", "ORG")],
        ),
        # a company-form word after a comma stays with its name
        (
            "The buyers were Omicron Holdings, Inc., Gamma Labs and Zetaworks last year.",
            [("Omicron Holdings", "ORG"), ("Gamma Labs", "ORG")],
            [("Omicron Holdings", "ORG"), ("Gamma Labs", "ORG"), ("Zetaworks", "ORG")],
        ),
        # a firm of partners is one name, commas and all
        (
            "Roe, Poe, Smith & Doe LLP advised the company on the sale.",
            [("Roe", "ORG"), ("Poe", "ORG"), ("Smith & Doe LLP", "ORG")],
            [("Roe, Poe, Smith & Doe LLP", "ORG")],
        ),
        (
            "Bloggs, Roebucks and Co. reported its results today.",
            [("Bloggs", "ORG"), ("Roebucks", "ORG")],
            [("Bloggs, Roebucks and Co.", "ORG")],
        ),
        # ... but an acronym is no partner's name
        (
            "It won awards from Frost & Ice, ACTA and Ernst & Young in the year.",
            [("Frost & Ice", "ORG"), ("ACTA", "ORG"), ("Ernst & Young", "ORG")],
            [("Frost & Ice", "ORG"), ("ACTA", "ORG"), ("Ernst & Young", "ORG")],
        ),
        # an office whose scope is a list of fields is one name
        (
            "The Ministry of Farming, Animal Care and Dairying is hosting the fair.",
            [("Ministry of Farming", "ORG"), ("Animal Care", "PERSON")],
            [("Ministry of Farming, Animal Care and Dairying", "ORG")],
        ),
        # job titles are no organizations
        (
            "said Jane Roe, Chairman of the Board and Chief Executive Officer of the firm.",
            [("Jane Roe", "PERSON"), ("Board", "ORG")],
            [("Jane Roe", "PERSON"), ("Board", "ORG")],
        ),
        (
            "The Minister for Farming and Rural Affairs, Jane Roe, announced it.",
            [("Rural Affairs", "ORG"), ("Jane Roe", "ORG")],
            [("Rural Affairs", "ORG"), ("Jane Roe", "ORG")],
        ),
        # an organization's product lines are no evidence ("Acme Phone" of "Acme")
        (
            "Acme sells the Zeta, Acme Phone and Acme Pad in stores.",
            [("Acme", "ORG"), ("Zeta", "PERSON"), ("Acme Phone", "ORG"), ("Acme Pad", "ORG")],
            [("Acme", "ORG"), ("Zeta", "PERSON"), ("Acme Phone", "ORG"), ("Acme Pad", "ORG")],
        ),
        # a title-case headline holds no evidence
        (
            "Acme Corp, Gamma Labs And Zetaworks Team Up On Water",
            [("Acme Corp", "ORG"), ("Gamma Labs", "ORG")],
            [("Acme Corp", "ORG"), ("Gamma Labs", "ORG")],
        ),
        # a company form with its period ends a member that has lost its comma
        (
            "Partners are Betaworks, Deltaco, Inc. Quillmark, Vexor Labs and Nimbro this year.",
            [("Betaworks", "ORG"), ("Quillmark", "PERSON")],
            [
                ("Betaworks", "ORG"),
                ("Deltaco, Inc.", "ORG"),
                ("Quillmark", "ORG"),
                ("Vexor Labs", "ORG"),
                ("Nimbro", "ORG"),
            ],
        ),
        # a name found to be an organization is one in its other mentions too
        (
            "Acme Corp, Betaworks and Gamma Labs signed. Betaworks said so.",
            [
                ("Acme Corp", "ORG"),
                ("Betaworks", "PERSON"),
                ("Gamma Labs", "ORG"),
                ("Betaworks", "PERSON"),
            ],
            [
                ("Acme Corp", "ORG"),
                ("Betaworks", "ORG"),
                ("Gamma Labs", "ORG"),
                ("Betaworks", "ORG"),
            ],
        ),
    ],
)
def test_list_members(repaired: Callable[..., list], text: str, ents: list, expected: list) -> None:
    assert repaired(text, ents) == expected


def test_a_list_cut_into_two_sentences_after_a_company_form() -> None:
    """The parser ends a sentence at "Inc." inside a list; the list goes on in the next."""
    nlp = spacy.blank("en")
    text = "Partners are Betaworks, Deltaco, Inc. Quillmark, Vexor Labs and Nimbro this year."
    doc = nlp.make_doc(text)
    cut = next(t.i for t in doc if t.text == "Quillmark")
    for t in doc:
        t.is_sent_start = t.i in (0, cut)
    betaworks = text.index("Betaworks")
    doc.ents = [doc.char_span(betaworks, betaworks + len("Betaworks"), label="ORG")]
    members = ListMembers(legal_suffixes=["inc.", "inc"], org_heads=["labs"])
    assert [(e.text, e.label_) for e in members.apply(list(doc.ents))] == [
        ("Betaworks", "ORG"),
        ("Deltaco, Inc.", "ORG"),
        ("Quillmark", "ORG"),
        ("Vexor Labs", "ORG"),
        ("Nimbro", "ORG"),
    ]
