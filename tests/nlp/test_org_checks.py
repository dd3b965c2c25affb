"""org_checks: ORG spans that are no organization, through entity_repair on hand-built Docs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.nlp.components.org_checks import _written_lowercase


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a government portfolio alone is part of a title, not an organization
        ("Dr Roe, who served as Finance Minister, said", [("Finance", "ORG")], []),
        ("said State's Attorney Burke", [("State", "ORG")], []),
        ("the Secretaries of State and the Interior", [("Interior", "ORG")], []),
        ("sessions on Customs and Prosecution", [("Customs", "ORG")], []),
        # ... but a portfolio inside a name is kept
        (
            "the Ministry of Finance said",
            [("Ministry of Finance", "ORG")],
            [("Ministry of Finance", "ORG")],
        ),
        # a bare plural organization word names no one organization; a singular one may
        ("underscores the Departments commitment", [("Departments", "ORG")], []),
        ("as proposed by the Commission", [("Commission", "ORG")], [("Commission", "ORG")]),
        # words run together by a lost line break, each written alone elsewhere
        (
            "Plants in Ohio. Honda in OhioHonda has produced",
            [("Ohio", "GPE"), ("Honda", "ORG"), ("OhioHonda", "ORG")],
            [("Ohio", "GPE"), ("Honda", "ORG")],
        ),
        # ... but not a company's one-word name the release gives a company form
        (
            "Zorb and Quell merged. The ZorbQuell Corporation said ZorbQuell will grow",
            [("Zorb", "ORG"), ("Quell", "ORG"), ("ZorbQuell Corporation", "ORG"),
             ("ZorbQuell", "ORG")],
            [("Zorb", "ORG"), ("Quell", "ORG"), ("ZorbQuell Corporation", "ORG"),
             ("ZorbQuell", "ORG")],
        ),
        # camel-case brands stay
        ("joined HackerRank today", [("HackerRank", "ORG")], [("HackerRank", "ORG")]),
        # the first words of a law
        (
            "signed the Competitive Services Act 2015",
            [("Competitive Services", "ORG")],
            [("Competitive Services Act", "LAW")],
        ),
        # an organization word with a number is a room or a courtroom
        ("arraigned in Department CJ-1, Central Jail", [("Department CJ-1", "ORG")], []),
        # a part of a facility or a road with its number, road numbers: a facility
        ("landed at Terminal 3 of Orbit Airport", [("Terminal 3", "ORG")], [("Terminal 3", "FAC")]),
        ("closed Route 9 near Zorbton", [("Route 9", "ORG")], [("Route 9", "FAC")]),
        ("the I-95/SR1 interchange", [("I-95/SR1", "ORG")], [("I-95/SR1", "FAC")]),
        ("widening of I-95 and US-13", [("I-95 and US-13", "ORG")], [("I-95 and US-13", "FAC")]),
        # ... not a code without the Interstate's hyphen, nor a name with a number
        ("space group I41 of the crystal", [("I41", "ORG")], [("I41", "ORG")]),
        ("the Zorb 3 partners", [("Zorb 3", "ORG")], [("Zorb 3", "ORG")]),
        # a person introduced with a title after a comma
        (
            "under the supervision of Kin Ng, Chief of the Unit",
            [("Kin Ng", "ORG")],
            [("Kin Ng", "PERSON")],
        ),
        (
            "co-authors are Jane Roe, an intern in the lab",
            [("Jane Roe", "ORG")],
            [("Jane Roe", "PERSON")],
        ),
        (
            "a cofounder of Stop Killer Robots, the coalition of 250 groups",
            [("Stop Killer Robots", "ORG")],
            [("Stop Killer Robots", "ORG")],
        ),
        # letters after a person's name and a comma: a degree or a credential
        (
            "thanked us, said Director Kevin Dillon, A.A.E.\n",
            [("Kevin Dillon", "PERSON"), ("A.A.E.", "ORG")],
            [("Kevin Dillon", "PERSON")],
        ),
        ("said Ada Quill, Ph.D., today", [("Ada Quill", "PERSON"), ("Ph.D.", "ORG")],
         [("Ada Quill", "PERSON")]),
        ("Ada Quill, M.D., Ph.D., said", [("Ada Quill", "PERSON"), ("Ph.D.", "ORG")],
         [("Ada Quill", "PERSON")]),
        # ... not when a word goes on with them (the agency she speaks for), nor after no person
        (
            "said Ada Quill, U.N. Envoy",
            [("Ada Quill", "PERSON"), ("U.N.", "ORG")],
            [("Ada Quill", "PERSON"), ("U.N.", "ORG")],
        ),
        (
            "said Ada Quill, F.B.I. spokeswoman",
            [("Ada Quill", "PERSON"), ("F.B.I.", "ORG")],
            [("Ada Quill", "PERSON"), ("F.B.I.", "ORG")],
        ),
        ("met Zorbix, A.B.C. today", [("Zorbix", "ORG"), ("A.B.C.", "ORG")],
         [("Zorbix", "ORG"), ("A.B.C.", "ORG")]),
        # a brand and a model code is a product; a legal form or region code is not a model
        ("powered the Acura NSX", [("Acura NSX", "ORG")], [("Acura NSX", "PRODUCT")]),
        (
            "powers the Acura Integra Type S",
            [("Acura Integra Type S", "ORG")],
            [("Acura Integra Type S", "PRODUCT")],
        ),
        ("Unitel LLC agreed", [("Unitel LLC", "ORG")], [("Unitel LLC", "ORG")]),
        ("Sanofi US said", [("Sanofi US", "ORG")], [("Sanofi US", "ORG")]),
        # a town the place data knows; "the White House" is no town
        (
            "Roe, formerly of Rancho Santa Margarita, is charged",
            [("Rancho Santa Margarita", "ORG")],
            [("Rancho Santa Margarita", "GPE")],
        ),
        ("announcements from the White House", [("White House", "ORG")], [("White House", "ORG")]),
        # development zones are sites, not organizations
        (
            "the site for the Caymanas Special Economic Zone",
            [("Caymanas Special Economic Zone", "ORG")],
            [("Caymanas Special Economic Zone", "FAC")],
        ),
    ],
)
def test_checks(repaired: Callable[..., list], text: str, ents: list, expected: list) -> None:
    assert repaired(text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a common word capitalized at the start of a heading, lowercase elsewhere
        (
            "The smart toilet works.\n\nSmart toilet 2.0\n\nIt grows.",
            [("Smart", "ORG")],
            [],
        ),
        # a brand never written in lowercase stays
        (
            "Apple makes phones. Apple said",
            [("Apple", "ORG"), ("Apple", "ORG")],
            [
                ("Apple", "ORG"),
                ("Apple", "ORG"),
            ],
        ),
        # a term the release also writes in lowercase; a name never written so stays
        (
            "civil society organizations help. The role of Civil Society Organizations grew.",
            [("Civil Society Organizations", "ORG")],
            [],
        ),
        (
            "Human Rights Watch said. Rights groups watch.",
            [("Human Rights Watch", "ORG")],
            [("Human Rights Watch", "ORG")],
        ),
        # the field of a job title is not an organization; the employer after "of" is
        (
            "said Vice-President for Agriculture and Human Development Beth Dunford",
            [("Agriculture and Human Development", "ORG")],
            [],
        ),
        ("said Jane Doe, CEO of Acme, today", [("Acme", "ORG")], [("Acme", "ORG")]),
        # a journal
        (
            "A paper was published April 6 in Nature Medicine today.",
            [("Nature Medicine", "ORG")],
            [("Nature Medicine", "WORK_OF_ART")],
        ),
        (
            "The study appears in the journal Environmental Science.",
            [("Environmental Science", "ORG")],
            [("Environmental Science", "WORK_OF_ART")],
        ),
        ("He works in Acme Labs since 2001.", [("Acme Labs", "ORG")], [("Acme Labs", "ORG")]),
        # a product named with a product noun: every mention of the name is the product
        (
            "the Patient Watch Pro solution helps. Patient Watch Pro is new.",
            [("Patient Watch Pro", "ORG"), ("Patient Watch Pro", "ORG")],
            [("Patient Watch Pro", "PRODUCT"), ("Patient Watch Pro", "PRODUCT")],
        ),
    ],
)
def test_context_checks(
    repaired: Callable[..., list], text: str, ents: list, expected: list
) -> None:
    assert repaired(text, ents) == expected


def test_a_surname_is_a_person_unless_part_of_longer_names(repaired: Callable[..., list]) -> None:
    text = (
        "James Harry Fluch, 64, is charged. Fluch worked. Fluch is accused. Fluch paid. "
        "Dr Ann Stanford spoke. Stanford said. Stanford agreed. Stanford won. "
        "Stanford Cancer Institute helps."
    )
    ents = [
        ("James Harry Fluch", "PERSON"),
        *[("Fluch", "ORG")] * 3,
        ("Ann Stanford", "PERSON"),
        *[("Stanford", "ORG")] * 3,
        ("Stanford Cancer Institute", "ORG"),
    ]
    labels = [(t, label) for t, label in repaired(text, ents) if t in {"Fluch", "Stanford"}]
    assert labels == [("Fluch", "PERSON")] * 3 + [("Stanford", "ORG")] * 3


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the examples of "retailers such as ..." are organizations, whatever the model said
        (
            "at retail establishments such as Nordstrom, Roger Dunn Golf, Lowe's, and Joanne.",
            [
                ("Nordstrom", "GPE"),
                ("Roger Dunn Golf", "PERSON"),
                ("Lowe's", "ORG"),
                ("Joanne", "PERSON"),
            ],
            [
                ("Nordstrom", "ORG"),
                ("Roger Dunn Golf", "ORG"),
                ("Lowe's", "ORG"),
                ("Joanne", "ORG"),
            ],
        ),
        # an untagged member too; the list ends at "others"
        (
            "clients including Ford, Acmecorp and others like Sam.",
            [("Ford", "ORG")],
            [("Ford", "ORG"), ("Acmecorp", "ORG")],
        ),
        # examples of places are not organizations
        (
            "offices in cities such as Paris, London and Berlin.",
            [("Paris", "GPE"), ("London", "GPE"), ("Berlin", "GPE")],
            [("Paris", "GPE"), ("London", "GPE"), ("Berlin", "GPE")],
        ),
        # no member tagged ORG: no evidence that it is a list of organizations
        (
            "partners such as Jane Roe and John Doe.",
            [("Jane Roe", "PERSON"), ("John Doe", "PERSON")],
            [("Jane Roe", "PERSON"), ("John Doe", "PERSON")],
        ),
    ],
)
def test_listed_organizations(
    repaired: Callable[..., list], text: str, ents: list, expected: list
) -> None:
    assert repaired(text, ents) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Civil Society Organizations and civil society organizations", "Civil Society", True),
        # any whitespace between the lowercase words
        ("Open Data Portal; the open\n data portal", "Open Data Portal", True),
        # a lowercase spelling inside a longer word does not count
        ("Blue Sky Labs, a blue skyline", "Blue Sky", False),
        ("Human Rights Watch said. Rights groups watch.", "Human Rights Watch", False),
        # one word, or no capitals, is never a term by this check
        ("Apple and apple", "Apple", False),
    ],
)
def test_written_lowercase(repair_nlp: Language, text: str, name: str, expected: bool) -> None:
    doc = repair_nlp.make_doc(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    # asked twice: the answer kept per Doc is the answer
    assert [_written_lowercase(span), _written_lowercase(span)] == [expected, expected]
