"""org_evidence: programs, projects and treaties, shapes that name nothing, owners before a
possessive (hand-built Docs: words split on spaces, parts of speech given where a rule reads
them)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pressextract.nlp.components.org_evidence import (
    ThingNames,
    common_noun,
    common_noun_phrase,
    common_words_joined,
    no_name,
    possessive_owner,
    proper_noun_words,
    term_abbreviation,
)
from pressextract.resources.gazetteer import load_json_data

WORDS = load_json_data("entity_repair.json")
ORG_HEADS = set(WORDS["org_heads"]) - set(WORDS["thing_heads"])
VOCAB = spacy.blank("en").vocab


def span(words: str, start: int, end: int, pos: dict[int, str] | None = None) -> Span:
    tokens = words.split(" ")
    doc = Doc(VOCAB, words=tokens, pos=[(pos or {}).get(i, "PROPN") for i in range(len(tokens))])
    return Span(doc, start, end, label="ORG")


@pytest.mark.parametrize(
    ("words", "start", "end", "pos", "expected"),
    [
        # a name ending in a program, project or software word is a thing
        ("on the Camden Heights Solar Project today", 2, 6, {1: "DET"}, "PRODUCT"),
        ("the Web Tools Platform", 1, 4, {0: "DET"}, "PRODUCT"),
        # ... and so is a name used before one, in lowercase after a determiner
        ("defraud the Medicaid program", 2, 3, {1: "DET"}, "PRODUCT"),
        # a line of work after "our"/"its"; not after "the"
        ("through its Super-Core Infrastructure strategy", 2, 4, {1: "PRON"}, "PRODUCT"),
        ("in our Consumer Electronics business", 2, 4, {1: "PRON"}, "PRODUCT"),
        ("sold the Acme business", 2, 3, {1: "DET"}, None),
        ("through its Super-Core Infrastructure platform", 2, 4, {1: "PRON"}, "PRODUCT"),
        # ... or running on into a thing's name
        ("for the Qualifying Clean Manufacturing Project Credit", 2, 5, {1: "DET"}, "PRODUCT"),
        # a treaty is a law, unless states meet at it
        ("ratified the Refugee Convention", 2, 4, {1: "DET"}, "LAW"),
        ("a party to the UN Convention Against Torture", 4, 8, {3: "DET"}, "LAW"),
        ("at the Convention Center", 2, 4, {1: "DET"}, None),
        ("talks held at the Convention on Conventional Weapons", 4, 8, {3: "DET"}, None),
        # a program at an organization is a unit of it; a company's name keeps its form
        ("the Molecular Imaging Program at Stanford", 1, 4, {0: "DET"}, None),
        ("Riverbend Family Support Programs Inc. received", 0, 5, {}, None),
        # an organization's program is the organization's
        ("the Ministry of Health program", 1, 4, {0: "DET", 2: "ADP"}, None),
        # no evidence
        ("Medicaid fraud", 0, 1, {}, None),
        # ... and not a name that mostly acts, once before a program word
        ("the Acme Trust program . Acme Trust is here . Acme Trust said", 1, 3, {0: "DET"}, None),
        ("the Acme Aid program . Acme Aid funds", 1, 3, {0: "DET"}, "PRODUCT"),
        ("the Acme team", 1, 2, {0: "DET"}, None),
        # ... past the name's short form in parentheses
        ("defraud the Ohio Health Assistance ( Medicaid ) program", 2, 5, {1: "DET"}, "PRODUCT"),
        ("defraud the Ohio Health Assistance ( Medicaid ) of", 2, 5, {1: "DET"}, None),
    ],
)
def test_thing_names(words: str, start: int, end: int, pos: dict, expected: str | None) -> None:
    things = ThingNames(WORDS["thing_heads"], WORDS["org_heads"])
    assert things.label(span(words, start, end, pos)) == expected


@pytest.mark.parametrize(
    ("words", "start", "end", "expected"),
    [
        ("clearing cluster munition remnants", 1, 4, True),
        ("Prestige Health , LLC", 3, 4, True),
        ("Prestige Health , LLC", 0, 4, False),
        ("an iPhone", 1, 2, False),
    ],
)
def test_no_name(words: str, start: int, end: int, expected: bool) -> None:
    assert no_name(span(words, start, end), set(WORDS["legal_suffixes"])) is expected


@pytest.mark.parametrize(
    ("words", "start", "end", "pos", "expected"),
    [
        ("supervised by a Qualified Professional ( as", 3, 5, {5: "PUNCT"}, True),
        ("said a Google spokesperson", 2, 3, {3: "NOUN"}, False),
        ("the Qualified Professional", 1, 3, {}, False),
    ],
)
def test_common_noun_phrase(words: str, start: int, end: int, pos: dict, expected: bool) -> None:
    assert common_noun_phrase(span(words, start, end, pos)) is expected


NOUNS = {"interface", "cooperative", "sponsor", "bureau", "kelp"}


def tagged(words: str, tags: dict[int, str], lemmas: dict[int, str]) -> Doc:
    """Words split on spaces, each tagged NNP and its own lemma unless `tags`/`lemmas` say."""
    tokens = words.split(" ")
    return Doc(
        VOCAB,
        words=tokens,
        tags=[tags.get(i, "NNP") for i in range(len(tokens))],
        lemmas=[lemmas.get(i, t.lower()) for i, t in enumerate(tokens)],
    )


@pytest.mark.parametrize(
    ("words", "at", "tags", "lemmas", "proper", "expected"),
    [
        # one title-case word the tagger reads as a plural common noun, whose singular the
        # model knows as a noun
        ("new versions of these Interfaces , as", 4, {4: "NNS"}, {4: "interface"}, (), True),
        ("grants to kelp Cooperatives and", 3, {3: "NNS"}, {3: "cooperative"}, (), True),
        # the tagger reads a proper noun: left alone whatever the word
        ("grants to Kelp Cooperatives and", 3, {3: "NNPS"}, {3: "cooperative"}, (), False),
        ("the Kelp said", 1, {}, {}, (), False),
        # a singular is no evidence: a surname before "said" is tagged so at times
        ("Sponsor said", 0, {0: "NN"}, {0: "sponsor"}, (), False),
        # a plural's tag on a word whose singular the model does not know: a name
        ("Zorbix expects sales to rise", 0, {0: "NNS"}, {0: "zorbix"}, (), False),
        ("Zorbixes expects sales to rise", 0, {0: "NNS"}, {0: "zorbix"}, (), False),
        # an organization word alone is left to the other rules
        ("the Bureaus said", 1, {1: "NNS"}, {1: "bureau"}, (), False),
        # a headline's first word tagged a common noun that the release's ORG names hold as a
        # proper noun elsewhere
        ("Kelps unveils a boat", 0, {0: "NNS"}, {0: "kelp"}, ("Kelps",), False),
        # not title case
        ("KELPS said", 0, {0: "NNS"}, {0: "kelp"}, (), False),
    ],
)
def test_common_noun(words, at, tags, lemmas, proper, expected) -> None:
    doc = tagged(words, tags, lemmas)
    ent = Span(doc, at, at + 1, label="ORG")
    assert common_noun(ent, NOUNS, set(WORDS["org_heads"]), proper) is expected


def test_common_noun_is_one_word() -> None:
    doc = tagged("Kelp Interfaces", {0: "NNS", 1: "NNS"}, {0: "kelp", 1: "interface"})
    assert common_noun(Span(doc, 0, 2, label="ORG"), NOUNS, (), ()) is False


@pytest.mark.parametrize(
    ("words", "ents", "tags", "expected"),
    [
        ("Kelp Bank said", [(0, 2)], {}, {"Kelp", "Bank"}),
        # a word tagged a common noun in an ORG name, or a proper noun outside one, is none
        ("the Kelp Cooperatives met Zorbix", [(1, 3)], {2: "NNS"}, {"Kelp"}),
    ],
)
def test_proper_noun_words(words, ents, tags, expected) -> None:
    doc = tagged(words, tags, {})
    doc.ents = [Span(doc, a, b, label="ORG") for a, b in ents]
    assert proper_noun_words(doc.ents) == expected


@pytest.mark.parametrize(
    ("words", "start", "end", "expected"),
    [
        # title-case words joined by "and" or "&", each written in lowercase elsewhere
        ("the importance of Kelp and Harbor as key . kelp harbor", 3, 6, True),
        ("called Plan & Grow BIG . plan grow", 1, 4, True),
        ("the Kelp and Harbor Access Design . kelp harbor access design", 1, 6, True),
        # a word never written in lowercase: a name ("Zorbix & Quillmark")
        ("shares of Zorbix & Quillmark rose . kelp", 2, 5, False),
        ("the Kelp and Harbor event . kelp", 1, 4, False),
        # an organization word: a name ("Kelp and Harbor Council")
        ("the Kelp and Harbor Council . kelp harbor council", 1, 5, False),
        # no join, a join at the edge, a list with a comma
        ("the Kelp Harbor . kelp harbor", 1, 3, False),
        ("Kelp and Harbor . kelp harbor", 1, 3, False),
        ("Kelp , Harbor and Reef . kelp harbor reef", 0, 5, False),
    ],
)
def test_common_words_joined(words: str, start: int, end: int, expected: bool) -> None:
    ent = span(words, start, end)
    lowercase = {t.text for t in ent.doc if t.text.islower()}
    org_words = set(WORDS["org_heads"]) | set(WORDS["legal_suffixes"])
    assert common_words_joined(ent, lowercase, org_words) is expected


@pytest.mark.parametrize(
    ("words", "start", "end", "expected"),
    [
        ("through Brookfield ’s Super-Core Infrastructure strategy", 1, 5, "Brookfield"),
        ("the Department of Human Services ’ Forensic team", 1, 7, "Department of Human Services"),
        ("the World Bank ’s Managing Director", 1, 5, "World Bank"),
        # a whole name with a possessive in it, not the start of a phrase
        ("Shake Shack , Wetzel ’s Pretzels , and Zendesk", 3, 6, None),
        # what follows the possessive is an organization: the span stays whole
        ("at Acme ’s Research Institute", 1, 5, None),
        ("Attorney General Ellison ’s Office", 0, 5, None),
        # no inner possessive
        ("Acme Labs", 0, 2, None),
    ],
)
def test_possessive_owner(words: str, start: int, end: int, expected: str | None) -> None:
    owner = possessive_owner(span(words, start, end), ORG_HEADS, set(WORDS["titles"]))
    assert (owner.text if owner is not None else None) == expected


@pytest.mark.parametrize(
    ("words", "start", "end", "expected"),
    [
        ("EPS up 16 percent", 0, 1, True),
        ("a visual editor for HTML", 4, 5, True),
        ("further COVID-19 surges", 1, 2, True),
        # an abbreviation the list does not hold, or a name, stays
        ("filed with the SEC", 3, 4, False),
        ("Acme Labs", 0, 2, False),
    ],
)
def test_term_abbreviation(words: str, start: int, end: int, expected: bool) -> None:
    abbreviations = {w.upper() for w in WORDS["term_abbreviations"]}
    assert term_abbreviation(span(words, start, end), abbreviations) is expected
