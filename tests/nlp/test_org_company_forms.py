"""org_company_forms: a name ending in a company form, and its short name, are organizations."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from tests.entity_docs import with_ents

from pressextract.nlp.components.org_company_forms import (
    as_title_case,
    company_names,
    is_company_name,
    starts_cut,
)

FORMS = {"inc.", "inc", "corporation", "corp.", "ltd", "llc", "gmbh", "company", "limited"}
MISTAKEN = {"PERSON", "GPE", "PRODUCT"}
TITLES = {"chief", "engineer", "director"}
VOCAB = spacy.blank("en").vocab


def names(text: str, ents: list[tuple[str, str]], people: set[str] = frozenset()) -> set[str]:
    """The names found, joined with spaces. Capitalized words are proper nouns unless written
    `word/POS`; a word ending in "~" has no space after it."""
    items = text.split(" ")
    spaces = [not w.endswith("~") for w in items]
    words, pos = [], []
    for item in items:
        word, _, tag = item.removesuffix("~").partition("/")
        words.append(word)
        pos.append(tag or ("PROPN" if word[:1].isupper() else "X"))
    doc = with_ents(Doc(VOCAB, words=words, spaces=spaces, pos=pos), ents, whole_words=True)
    found = company_names(doc, FORMS, mistaken=MISTAKEN, titles=TITLES, people=people)
    return {" ".join(name) for name in found}


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a name in capitals the model left untagged, and its short name as a sentence writes it
        (
            "2020 ... ZORBIX OF KELP CORPORATION ( NASDAQ : ZKC ) announced today",
            [("NASDAQ", "ORG")],
            {"ZORBIX OF KELP CORPORATION", "ZORBIX OF KELP", "Zorbix of Kelp"},
        ),
        # a name the model labelled a person, with a comma before the form
        (
            "shares of Quillmark Tools , Inc. rose",
            [("Quillmark Tools", "PERSON")],
            {"Quillmark Tools , Inc.", "Quillmark Tools"},
        ),
        # a sentence's first word that is no proper noun is not the name's
        ("Today/NOUN Vexor Ltd opened", [("Today Vexor Ltd", "PERSON")], set()),
        ("the Vexor Ltd plant opened", [("Vexor Ltd", "GPE")], {"Vexor Ltd", "Vexor"}),
        # a one-word short name that is a person's name in the release is not taken
        ("the Vexor Ltd plant opened", [("Vexor Ltd", "GPE")], {"Vexor Ltd"}),
        # the model began the name after its first word, which it left untagged
        (
            "2025 ) – QZV Kelpworks , Inc. ( NASDAQ : QZV )",
            [("Kelpworks , Inc.", "ORG"), ("NASDAQ", "ORG")],
            {"QZV Kelpworks , Inc.", "QZV Kelpworks"},
        ),
        # ... not two words, nor a word in lowercase letters ("Partner") the tagger reads as no
        # proper noun, nor the words before are another entity's
        ("– Qua QZV Kelpworks , Inc. reported", [("Kelpworks , Inc.", "ORG")], set()),
        ("between Zorbix and Kelpworks , Inc. today", [("Zorbix", "ORG"),
                                                      ("Kelpworks , Inc.", "ORG")], set()),
        # a word glued to a bracket by a lost space is no name's word
        ("VIEW , Calif.–(BUSINESS WIRE)–Quillmark , Inc. ( NYSE : QM )", [("NYSE", "ORG")],
         set()),
        # already an organization, or part of a longer entity: nothing to do
        ("the Nimbro Corporation said", [("Nimbro Corporation", "ORG")], set()),
        ("at the Nimbro Corporation Plaza today", [], set()),
        # the name goes on past the form
        ("named Early~ -~ Stage Company of The Year", [], set()),
        ("an Early~ -~ Stage Company", [], set()),
        ("the Nimbro Company of Dancers", [], set()),
        # a title, not a name: "Chief Engineer of the Company"
        ("served as Chief Engineer of the Company from 1980", [], set()),
        # a form with nothing before it
        ("the Company said", [], set()),
    ],
)
def test_company_names(text: str, ents: list[tuple[str, str]], expected: set[str]) -> None:
    people = {"Vexor"} if expected == {"Vexor Ltd"} else set()
    assert names(text, ents, people) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("ROCKY", "OF", "THE", "AGES"), ("Rocky", "of", "the", "Ages")),
        (("ACME", "AND", "SONS"), ("Acme", "and", "Sons")),
        (("OF",), ("Of",)),
    ],
)
def test_as_title_case(words: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert as_title_case(words) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Zorbix BioWorks, Inc.", True),
        ("Quillmark Eye Corporation", True),
        ("THE QUILL AND KELP CO.", True),  # capitals, an article before it, "and" inside
        ("Vexor and Sons Ltd", True),
        ("Vexor GmbH", True),
        # not a company's name whole: a label, a sentence, a form alone or first
        ("Inc.", False),
        ("Net income attributable to Vexor Inc.", False),
        ("Total Vexor Ltd operations", False),
        ("and Vexor Ltd", False),
        ("Corporation Vexor", False),
        ("12.5 Ltd", False),
        ("Parent Company", False),  # "company" is not one of the forms given
        ("", False),
    ],
)
def test_is_company_name(cell: str, expected: bool) -> None:
    assert is_company_name(cell.split(), (FORMS | {"co."}) - {"company"}) is expected


def test_a_cut_name_in_a_headline_is_not_read_whole():
    """A title-case headline capitalizes its verb: "Exchange Welcomes [Kelpworks Inc.]"."""
    words = ["Exchange", "Welcomes", "Kelpworks", "Inc.", "as", "Member"]
    doc = Doc(VOCAB, words=words, tags=["NNP", "VBZ", "NNP", "NNP", "IN", "NNP"],
              sent_starts=[True] + [False] * 5)
    doc.ents = [Span(doc, 2, 4, label="ORG")]
    assert not starts_cut(doc.ents[0], 1, 4)
    prose = Doc(VOCAB, words=["the", "QZV", "Kelpworks", "Inc.", "said"],
                tags=["DT", "NNP", "NNP", "NNP", "VBD"], sent_starts=[True] + [False] * 4)
    prose.ents = [Span(prose, 2, 4, label="ORG")]
    assert starts_cut(prose.ents[0], 1, 4)
