"""person_repair: PERSON spans around names and titles, on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pressextract.nlp.components.person_repair import PersonRepair


def repaired(words: list[str], ents: list[str], pos: list[str] | None = None) -> list[tuple]:
    """Entities after repair, as (text, label)."""
    spaces = [not (i + 1 < len(words) and words[i + 1] in {",", "."}) for i in range(len(words))]
    doc = Doc(Vocab(), words=words, spaces=spaces, ents=ents, pos=pos or ["PROPN"] * len(words))
    doc = PersonRepair()(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # A title let into the PERSON span goes.
        (
            ["ADA", "Jason", "Fine"],
            ["B-PERSON", "I-PERSON", "I-PERSON"],
            [("Jason Fine", "PERSON")],
        ),
        (["Defendant", "Gomez"], ["B-PERSON", "I-PERSON"], [("Gomez", "PERSON")]),
        # A first name that is also a title word stays when only the surname would remain.
        (["Dean", "Smith"], ["B-PERSON", "I-PERSON"], [("Dean Smith", "PERSON")]),
        # A name swallowed by the organization before it is split out.
        (
            ["the", "World", "Customs", "Organization", "Ian", "Saunders"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],
            [("the World Customs Organization", "ORG"), ("Ian Saunders", "PERSON")],
        ),
        (
            ["INTERPOL", "Jürgen", "Stock"],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("INTERPOL", "ORG"), ("Jürgen Stock", "PERSON")],
        ),
        # A place after the organization is its regional arm, not a person.
        (
            ["the", "ZADS", "North", "America", "plan"],
            ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
            [("ZADS North America", "ORG")],
        ),
        (
            ["ZADS", "South", "Africa"],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("ZADS South Africa", "ORG")],
        ),
        # An organization that only looks like it ends in a name is left alone.
        (
            ["XQT", "Software", "Systems"],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("XQT Software Systems", "ORG")],
        ),
        (
            ["QRB", "Capital", "Markets"],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("QRB Capital Markets", "ORG")],
        ),
        (
            ["ZB", "Energy", "Partners"],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("ZB Energy Partners", "ORG")],
        ),
        (
            ["World", "Customs", "Organization"],
            ["B-ORG", "I-ORG", "I-ORG"],
            [("World Customs Organization", "ORG")],
        ),
        # A name right after a title, tagged as something else or not at all.
        (
            ["Police", "Officer", "Amber", "Guyger"],
            ["O", "O", "B-PRODUCT", "I-PRODUCT"],
            [("Amber Guyger", "PERSON")],
        ),
        (["Officer", "Amber", "Guyger"], ["O", "O", "O"], [("Amber Guyger", "PERSON")]),
        # A preposition of a multi-word title ("editor in chief") is not a title of its own.
        (
            ["caught", "in", "Lake", "Michigan"],
            ["O", "O", "B-LOC", "I-LOC"],
            [("Lake Michigan", "LOC")],
        ),
    ],
)
def test_person_spans(words: list[str], ents: list[str], expected: list[tuple]) -> None:
    assert repaired(words, ents) == expected


def test_name_opening_an_attribution_line() -> None:
    words = ["said", ".", "\n", "-", "Ghada", "Fathi", "Waly", ",", "Executive", "Director"]
    pos = ["VERB", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN"]
    assert repaired(words, ["O"] * len(words), pos) == [("Ghada Fathi Waly", "PERSON")]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # A name tagged as a place, with a title in apposition, is a person.
        (
            ["by", "Helen", "Park", ",", "president", "of", "Acme"],
            ["O", "B-GPE", "I-GPE", "O", "O", "O", "B-ORG"],
            [("Helen Park", "PERSON"), ("Acme", "ORG")],
        ),
        (
            ["said", "Amara", "Obi", ",", "legal", "director", "at", "Acme"],
            ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-ORG"],
            [("Amara Obi", "PERSON"), ("Acme", "ORG")],
        ),
        # Untagged: the same evidence makes it a person.
        (
            ["Sofia", "Reyes", ",", "a", "director", "of", "Acme"],
            ["O", "O", "O", "O", "O", "O", "B-ORG"],
            [("Sofia Reyes", "PERSON"), ("Acme", "ORG")],
        ),
        # A place before a titled name stays a place; so does a place after "in".
        (
            ["South", "Africa", ",", "President", "Cyril", "Ramaphosa"],
            ["B-GPE", "I-GPE", "O", "O", "B-PERSON", "I-PERSON"],
            [("South Africa", "GPE"), ("Cyril Ramaphosa", "PERSON")],
        ),
        (
            ["in", "New", "York", ",", "the", "mayor", "said"],
            ["O", "B-GPE", "I-GPE", "O", "O", "O", "O"],
            [("New York", "GPE")],
        ),
        # An apposition that is no title leaves the entity alone.
        (
            ["Acme", "Global", ",", "a", "leading", "provider", "of", "software"],
            ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"],
            [("Acme Global", "ORG")],
        ),
    ],
)
def test_names_with_a_title_apposition(words: list[str], ents: list[str], expected) -> None:
    pos = ["PROPN" if w[:1].isupper() else "NOUN" for w in words]
    assert repaired(words, ents, pos) == expected


def test_untagged_given_name_joins_a_tagged_surname_after_a_title() -> None:
    words = ["said", "curator", "Ana", "Lima", "."]
    ents = ["O", "O", "O", "B-GPE", "O"]
    pos = ["VERB", "NOUN", "PROPN", "PROPN", "PUNCT"]
    assert repaired(words, ents, pos) == [("Ana Lima", "PERSON")]


def test_untagged_speaker_after_an_honorific_keeps_a_generational_suffix() -> None:
    words = ["Rep.", "Emanuel", "Cleaver", "II", "(", "D", "-", "Mo.", ")", "said"]
    pos = ["PROPN"] * 4 + ["PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"]
    spaces = [True, True, True, True, False, False, False, False, True, False]
    heads = [3, 3, 3, 9, 7, 7, 7, 3, 3, 9]
    deps = ["compound", "compound", "compound", "nsubj", "punct", "compound", "punct", "appos"]
    deps += ["punct", "ROOT"]
    lemmas = [w.lower() for w in words[:-1]] + ["say"]
    doc = Doc(Vocab(), words=words, spaces=spaces, pos=pos, heads=heads, deps=deps, lemmas=lemmas)
    doc = PersonRepair()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Emanuel Cleaver II", "PERSON")]


@pytest.mark.parametrize(
    "words",
    [
        ["New", "York", ",", "the", "mayor", "said"],
        ["New", "York", ",", "the", "mayor", "’s", "office"],
    ],
)
def test_place_before_a_title_that_is_no_apposition_stays(words: list[str]) -> None:
    ents = ["B-GPE", "I-GPE"] + ["O"] * (len(words) - 2)
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB" if words[-1] == "said" else "PART"]
    pos += ["NOUN"] * (len(words) - len(pos))
    assert repaired(words, ents, pos) == [("New York", "GPE")]


@pytest.mark.parametrize(
    ("kb_id", "expected"),
    [
        # the release defines the whole name ("... Data Science (OIDS)"): it stays whole
        (
            "Orbit Institute Data Science",
            [("Orbit Institute Data Science", "ORG")],
        ),
        # no definition: two capitalized words after an organization word are a person's name
        ("", [("Orbit Institute", "ORG"), ("Data Science", "PERSON")]),
    ],
)
def test_a_vouched_name_keeps_its_trailing_words(kb_id: str, expected: list[tuple]) -> None:
    words = ["from", "the", "Orbit", "Institute", "Data", "Science"]
    doc = Doc(Vocab(), words=words, pos=["ADP", "DET"] + ["PROPN"] * 4)
    doc.ents = [Span(doc, 2, 6, label="ORG", kb_id=kb_id)]
    doc = PersonRepair()(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


NOUNS = {"plan", "report", "harbor", "quill", "artist"}  # nouns the model's lemmatizer knows


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the words after the acronym end in a noun the model knows: the name goes on to its end
        (
            "sponsors include ZHX Harbor Plan and Kelp",
            [(2, 5, "ORG")],
            [("ZHX Harbor Plan", "ORG")],
        ),
        # ... a plural too
        ("in the journal ZHX Case Reports .", [(3, 6, "ORG")], [("ZHX Case Reports", "ORG")]),
        # a name that ends in no known noun is a person's
        (
            "said ZHX Jane Zorbix today",
            [(1, 4, "ORG")],
            [("ZHX", "ORG"), ("Jane Zorbix", "PERSON")],
        ),
        # ... and so is one whose last word the release gives a person
        (
            "said ZHX Nia Quill today . Nia Quill added",
            [(1, 4, "ORG"), (6, 8, "PERSON")],
            [("ZHX", "ORG"), ("Nia Quill", "PERSON"), ("Nia Quill", "PERSON")],
        ),
        # a title that goes on past the span with a hyphen ends in no name ("Artist-in-...")
        (
            "the ZHX Emerging Artist - in - Residence",
            [(1, 4, "ORG")],
            [("ZHX", "ORG"), ("Emerging Artist", "PERSON")],
        ),
    ],
)
def test_a_name_ending_in_a_known_noun_is_no_person(words: str, ents, expected) -> None:
    tokens = words.split(" ")
    # no space around a hyphen: "Artist-in-Residence"
    joined = [
        t == "-" or (i + 1 < len(tokens) and tokens[i + 1] == "-") for i, t in enumerate(tokens)
    ]
    spaces = [not j for j in joined]
    doc = Doc(Vocab(), words=tokens, spaces=spaces, pos=["PROPN"] * len(tokens))
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    doc = PersonRepair(common_nouns=NOUNS)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected
