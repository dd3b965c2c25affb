"""org_filter: ORG spans the release's own context says are no organization (hand-built Docs)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.nlp.components.org_furniture import currency_codes


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("pressextract_org_filter")
    return nlp


def filtered(nlp, words: str, ents: list[tuple[int, int, str]], tags: dict[int, str] | None = None):
    """Entities after the filter. `words` is split on spaces ("\\n" is a line break token);
    `ents` are (start, end, label) token ranges; `tags` gives some tokens a tag."""
    tokens = words.split(" ")
    doc = Doc(
        nlp.vocab, words=tokens, tags=[(tags or {}).get(i, "NNP") for i in range(len(tokens))]
    )
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    doc = nlp.get_pipe("pressextract_org_filter")(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "ents", "tags", "expected"),
    [
        # a title-case headline runs the name into its verb: cut before the verb
        ("Acme Corp Posts Record Sales", [(0, 4, "ORG")], {2: "VBZ"}, [("Acme Corp", "ORG")]),
        # ... and what is left may be a common term's abbreviation
        ("Sales Up , EBITDA Improves 9 %", [(3, 5, "ORG")], {4: "VBZ"}, []),
        # a span that starts with a verb is no name
        ("plans to Build Better Homes", [(2, 5, "ORG")], {2: "VB"}, []),
        # ... but in a list of organizations it is one whose first word is also a verb
        (
            "partners join Zorbix , Spin Kelp and Quillmark",
            [(2, 3, "ORG"), (4, 6, "ORG"), (7, 8, "ORG")],
            {1: "VBP", 3: ",", 4: "VB", 6: "CC"},
            [("Zorbix", "ORG"), ("Spin Kelp", "ORG"), ("Quillmark", "ORG")],
        ),
        ("shops . Spin Kelp and more", [(2, 4, "ORG")], {1: ".", 2: "VB", 4: "CC"}, []),
        # a dangling "of" is trimmed
        (
            "named Startup Company of the Year",
            [(1, 4, "ORG")],
            {3: "IN"},
            [("Startup Company", "ORG")],
        ),
        # an exchange in a ticker symbol
        (
            "Acme Inc. ( NYSE : ACM ) said",
            [(0, 2, "ORG"), (3, 4, "ORG")],
            {},
            [("Acme Inc.", "ORG")],
        ),
        # the newswire of a dateline
        ("May 3 ( GLOBE NEWSWIRE ) -- Acme", [(3, 5, "ORG"), (7, 8, "ORG")], {}, [("Acme", "ORG")]),
        ("July 22 /PRNewswire/ -- Acme", [(2, 3, "ORG"), (4, 5, "ORG")], {}, [("Acme", "ORG")]),
        # a time zone after a clock time; the same letters alone may be an acronym
        ("landed at 16:00 UTC on Monday", [(3, 4, "ORG")], {}, []),
        ("at 0800 GMT the bank cut rates", [(2, 3, "ORG")], {}, []),
        ("opens at 9 a.m. EST daily", [(4, 5, "ORG")], {}, []),
        ("the ACT said it would", [(1, 2, "ORG")], {}, [("ACT", "ORG")]),
        ("bought 300 CAT shares", [(2, 3, "ORG")], {}, [("CAT", "ORG")]),
        # a currency code after an amount
        ("a $ 5 million ( AUD ) grant", [(5, 6, "ORG")], {}, []),
        # a word the release also writes in lowercase
        ("the Board met . The board voted", [(1, 2, "ORG")], {}, []),
        # ... but not a name it never writes in lowercase
        ("the Acme team met", [(1, 2, "ORG")], {}, [("Acme", "ORG")]),
        # a person's first name or hyphenated surname, a name after a job title
        (
            "Jane Roe said . Jane added",
            [(0, 2, "PERSON"), (4, 5, "ORG")],
            {},
            [("Jane Roe", "PERSON"), ("Jane", "PERSON")],
        ),
        (
            "Ana Reyes - Lillo said . Reyes - Lillo added",
            [(0, 4, "PERSON"), (6, 9, "ORG")],
            {},
            [("Ana Reyes - Lillo", "PERSON"), ("Reyes - Lillo", "PERSON")],
        ),
        ("said Minister Somchai today", [(2, 3, "ORG")], {}, [("Somchai", "PERSON")]),
        # a title the model took into the name, hyphenated past its end
        (
            "ZRA Commissioner - General Ada Quill said",
            [(0, 2, "ORG")],
            {},
            [("ZRA", "ORG")],
        ),
        ("the ZRA Commissioner said", [(1, 3, "ORG")], {}, [("ZRA Commissioner", "ORG")]),
    ],
)
def test_org_filter(nlp, words, ents, tags, expected):
    assert filtered(nlp, words, ents, tags) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a known town used as a place: after "in", coordinated with a place
        (
            "offices in Danbury and Boston",
            [(2, 3, "ORG"), (4, 5, "GPE")],
            [("Danbury", "GPE"), ("Boston", "GPE")],
        ),
        (
            "held in Baghdad and Erbil",
            [(2, 3, "GPE"), (4, 5, "ORG")],
            [("Baghdad", "GPE"), ("Erbil", "GPE")],
        ),
        # a dateline in capitals, and the country after it
        (
            "\n MUNICH , GERMANY , 13 May",
            [(1, 2, "ORG"), (3, 4, "ORG")],
            [("MUNICH", "GPE"), ("GERMANY", "GPE")],
        ),
        # ... before a person it tells where from
        ("the Danbury woman said", [(1, 2, "ORG")], [("Danbury", "GPE")]),
        ("two Danbury residents said", [(1, 2, "ORG")], [("Danbury", "GPE")]),
        (
            "and Danbury guitarist Ada Quill",
            [(1, 2, "ORG"), (3, 5, "PERSON")],
            [("Danbury", "GPE"), ("Ada Quill", "PERSON")],
        ),
        # ... not before other nouns, nor before a word in "-ist" that names no one
        ("the Danbury fans cheered", [(1, 2, "ORG")], [("Danbury", "ORG")]),
        ("the Danbury playlist grew", [(1, 2, "ORG")], [("Danbury", "ORG")]),
        # a company named like a town, used as a company more often than as a place
        (
            "Honda said . Honda built . Honda hired . in Honda 's future",
            [(0, 1, "ORG"), (3, 4, "ORG"), (6, 7, "ORG"), (10, 11, "ORG")],
            [("Honda", "ORG")] * 4,
        ),
        # a name every mention of which stands before a named facility's noun: that facility
        (
            "conditions at Zorbi hospital . the Zorbi hospital is full",
            [(2, 3, "ORG"), (6, 7, "ORG")],
            [("Zorbi", "FAC"), ("Zorbi", "FAC")],
        ),
        # ... not when another mention stands elsewhere, nor before an owner's facility, nor
        # a name with an organization word
        (
            "at Zorbi hospital . Zorbi said",
            [(1, 2, "ORG"), (4, 5, "ORG")],
            [("Zorbi", "ORG"), ("Zorbi", "ORG")],
        ),
        ("at the Zorbi factory", [(2, 3, "ORG")], [("Zorbi", "ORG")]),
        ("at the Zorbi Foundation hospital", [(2, 4, "ORG")], [("Zorbi Foundation", "ORG")]),
        # the first words of a facility the release names in full: that facility
        (
            "at Zorbi International Airport . Zorbi handles flights",
            [(1, 4, "FAC"), (5, 6, "ORG")],
            [("Zorbi International Airport", "FAC"), ("Zorbi", "FAC")],
        ),
        # ... not when they begin an organization's name too (the owner's), nor a facility a
        # sponsor or an owner may name (a stadium, a factory), nor a full name tagged ORG
        (
            "at Zorbi Station . Zorbi Holdings said . Zorbi gave",
            [(1, 3, "FAC"), (4, 6, "ORG"), (8, 9, "ORG")],
            [("Zorbi Station", "FAC"), ("Zorbi Holdings", "ORG"), ("Zorbi", "ORG")],
        ),
        (
            "at Zorbi Stadium . Zorbi renewed",
            [(1, 3, "FAC"), (4, 5, "ORG")],
            [("Zorbi Stadium", "FAC"), ("Zorbi", "ORG")],
        ),
        (
            "at Zorbi Factory . Zorbi said",
            [(1, 3, "FAC"), (4, 5, "ORG")],
            [("Zorbi Factory", "FAC"), ("Zorbi", "ORG")],
        ),
        (
            "Zorbi Airport grew . Zorbi grew",
            [(0, 2, "ORG"), (4, 5, "ORG")],
            [("Zorbi Airport", "ORG"), ("Zorbi", "ORG")],
        ),
        # a name the place data does not know stays
        ("work in Zyxcorp", [(2, 3, "ORG")], [("Zyxcorp", "ORG")]),
        ("the Zyxcorp man said", [(1, 2, "ORG")], [("Zyxcorp", "ORG")]),
    ],
)
def test_places_tagged_org(nlp, words, ents, expected):
    assert filtered(nlp, words, ents) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # an acronym defined by lowercase words is a term in every mention
        (
            "a photoelectrochemical cell ( PEC ) . The PEC works",
            [(4, 5, "ORG"), (8, 9, "ORG")],
            [],
        ),
        ("a designated coordinator and designated manager ( DC / DM )", [(7, 10, "ORG")], []),
        # ... and so is a span that starts with it and goes on with codes
        (
            "a photoelectrochemical cell ( PEC ) . The PEC pH7 works",
            [(4, 5, "ORG"), (8, 10, "ORG")],
            [],
        ),
        # ... not a name that goes on with a capitalized word
        (
            "a photoelectrochemical cell ( PEC ) . The PEC Alliance works",
            [(4, 5, "ORG"), (8, 10, "ORG")],
            [("PEC Alliance", "ORG")],
        ),
        # an organization defined by its capitalized name stays
        (
            "the World Customs Organization ( WCO ) said",
            [(1, 4, "ORG"), (5, 6, "ORG")],
            [("World Customs Organization", "ORG"), ("WCO", "ORG")],
        ),
        # the field of a job title before the organization that holds it
        (
            "Vice President of Community Affairs at Acme Health",
            [(3, 5, "ORG"), (6, 8, "ORG")],
            [("Acme Health", "ORG")],
        ),
        (
            "President of Development and Production , Acme Pictures",
            [(2, 5, "ORG"), (6, 8, "ORG")],
            [("Acme Pictures", "ORG")],
        ),
        # an organization's board or post is the organization
        ("Acme 's Board of Directors met", [(0, 5, "ORG")], [("Acme", "ORG")]),
        ("the Board of Directors met", [(1, 4, "ORG")], []),
        ("Acme 's CFO said", [(0, 3, "ORG")], [("Acme", "ORG")]),
        (
            "the Office of Inspector General",
            [(1, 5, "ORG")],
            [("Office of Inspector General", "ORG")],
        ),
        # ... and so are its posts in the plural
        ("MFCU Investigators found", [(0, 2, "ORG")], [("MFCU", "ORG")]),
        # an owner before a possessive whose tail is no organization
        ("through Acme ’s Core Infrastructure unit", [(1, 5, "ORG")], [("Acme", "ORG")]),
        # no capital letter, a company-form word alone, a name after "a"
        ("clearing cluster munition remnants", [(1, 4, "ORG")], []),
        (
            "Prestige Health , LLC , and",
            [(0, 2, "ORG"), (3, 4, "ORG")],
            [("Prestige Health", "ORG")],
        ),
        ("by a Qualified Professional ( as", [(2, 4, "ORG")], []),
        # ... but "CEO of Acme" names the organization
        ("Jane Roe , CEO of Acme Labs , said", [(5, 7, "ORG")], [("Acme Labs", "ORG")]),
    ],
)
def test_terms_and_portfolios(nlp, words, ents, expected):
    assert filtered(nlp, words, ents) == expected


def test_currency_codes_read_the_iso_column():
    assert currency_codes("# comment\nUS$\tUSD\tdollar\neuro\tEUR\teuro\n") == {"USD", "EUR"}


@pytest.mark.parametrize(
    ("words", "ents", "tags", "expected"),
    [
        # a lone word the tagger reads as a common noun the model knows is no organization
        ("new versions of these Interfaces", [(4, 5)], {4: "NNS"}, []),
        # ... unless the release's ORG names hold it as a proper noun ("Interfaces Inc")
        (
            "Interfaces Inc said . Interfaces ships",
            [(0, 2), (4, 5)],
            {4: "NNS"},
            [("Interfaces Inc", "ORG"), ("Interfaces", "ORG")],
        ),
        # a name the tagger reads as a proper noun is left alone
        ("versions of Interfaces", [(2, 3)], {}, [("Interfaces", "ORG")]),
    ],
)
def test_common_nouns_of_the_model(words, ents, tags, expected):
    from pressextract.nlp.components.org_filter import OrgFilter

    org_filter = OrgFilter(titles=(), org_heads=("inc",), common_nouns={"interface"})
    tokens = words.split(" ")
    doc = Doc(
        spacy.blank("en").vocab,
        words=tokens,
        tags=[tags.get(i, "NNP") for i in range(len(tokens))],
        lemmas=["interface" if t == "Interfaces" else t.lower() for t in tokens],
    )
    doc.ents = [Span(doc, a, b, label="ORG") for a, b in ents]
    assert [(e.text, e.label_) for e in org_filter(doc).ents] == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a common noun after a year a determiner puts in its noun phrase: an edition of a thing
        (
            "part of the 1997 - 98 Budget commitment",
            [(3, 6, "DATE"), (6, 7, "ORG")],
            [("1997 - 98", "DATE")],
        ),
        ("its 2024 / 25 Budget passed", [(1, 4, "DATE"), (4, 5, "ORG")], [("2024 / 25", "DATE")]),
        # ... not after one year ("the 2018 Shell report" is Shell's), nor without the
        # determiner ("In 2019-20 Budget opened"), nor an organization word, nor a word that
        # is no common noun
        (
            "the 2024 Budget report",
            [(1, 2, "DATE"), (2, 3, "ORG")],
            [("2024", "DATE"), ("Budget", "ORG")],
        ),
        (
            "In 2019 - 20 Budget opened stores",
            [(1, 4, "DATE"), (4, 5, "ORG")],
            [("2019 - 20", "DATE"), ("Budget", "ORG")],
        ),
        (
            "the 2023 - 24 Senate vote",
            [(1, 4, "DATE"), (4, 5, "ORG")],
            [("2023 - 24", "DATE"), ("Senate", "ORG")],
        ),
        (
            "the 2023 - 24 Zorbix event",
            [(1, 4, "DATE"), (4, 5, "ORG")],
            [("2023 - 24", "DATE"), ("Zorbix", "ORG")],
        ),
    ],
)
def test_dated_nouns(words, ents, expected):
    from pressextract.nlp.components.org_filter import OrgFilter

    org_filter = OrgFilter(
        titles=(), org_heads=("inc", "senate"), common_nouns={"budget", "senate", "vote"}
    )
    tokens = words.split(" ")
    doc = Doc(spacy.blank("en").vocab, words=tokens, tags=["NNP"] * len(tokens))
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    assert [(e.text, e.label_) for e in org_filter(doc).ents] == expected


def test_a_facility_name_that_speaks_is_its_operator():
    """ "Zorbi said": a short name that is the subject of a speech verb is the operator."""
    from tests.entity_docs import from_spec

    from pressextract.nlp.components.org_places import facility_short_names

    verbs = {"say", "continue"}  # "continue" opens quotes too ("..., he continued")
    spec = "at Zorbi Airport . Zorbi/nsubj/5 said/ROOT/5/say it/nsubj/7 grew/ccomp/5/grow ."
    doc = from_spec(spec, [(1, 3, "FAC"), (4, 5, "ORG")])
    assert facility_short_names(doc.ents, set(), verbs) == set()
    # ... a verb that says nothing: "Bradley continues to be recognized"
    spec = "at Zorbi Airport . Zorbi/nsubj/5 continues/ROOT/5/continue to/aux/7 grow/xcomp/5/grow"
    quiet = from_spec(spec, [(1, 3, "FAC"), (4, 5, "ORG")])
    assert facility_short_names(quiet.ents, set(), verbs) == {"Zorbi"}


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a title-case headline's verb the tagger read as a proper noun: a word in "-s" whose
        # base the model knows as a verb and not as a noun
        ("Europa Release Consists of 21 Projects \n The", [(0, 3)], [("Europa Release", "ORG")]),
        ("Federal Court Enjoins Zorb Lawyer \n The", [(0, 3)], [("Federal Court", "ORG")]),
        # ... not a plural noun ("Projects"), nor a word outside a title-case line
        ("Zorbix Projects Grow \n The", [(0, 2)], [("Zorbix Projects", "ORG")]),
        (
            "as the Europa Release Consists of parts \n",
            [(2, 5)],
            [("Europa Release Consists", "ORG")],
        ),
    ],
)
def test_headline_verbs_read_as_names(words, ents, expected):
    from pressextract.nlp.components.org_filter import OrgFilter

    org_filter = OrgFilter(
        titles=(),
        org_heads=("court",),
        common_nouns={"release", "project", "court"},
        verbs={"consist", "enjoin", "release", "project", "grow"},
    )
    tokens = words.split(" ")
    spaces = [t != "\n" for t in tokens]
    doc = Doc(spacy.blank("en").vocab, words=tokens, spaces=spaces, tags=["NNP"] * len(tokens))
    doc.ents = [Span(doc, a, b, label="ORG") for a, b in ents]
    assert [(e.text, e.label_) for e in org_filter(doc).ents] == expected


@pytest.mark.parametrize(
    ("words", "heads", "expected"),
    [
        # a coordination of common words that qualifies a lowercase noun: a line item
        (
            "Travel and Lodging expenses fell ; travel rose",
            [3, 0, 0, 3, 3, 5, 6, 6],
            [],
        ),
        # ... not a person's title: the body's people
        (
            "Travel and Lodging officers met ; travel rose",
            [3, 0, 0, 3, 3, 5, 6, 6],
            [("Travel and Lodging", "ORG")],
        ),
    ],
)
def test_term_phrases_of_common_words(words, heads, expected):
    from pressextract.nlp.components.org_filter import OrgFilter

    org_filter = OrgFilter(
        titles=("officer",),
        org_heads=("inc",),
        common_nouns={"travel", "lodging", "expense", "officer"},
        adjectives={"related"},
    )
    tokens = words.split(" ")
    tags = ["NNP", "CC", "NNP", "NNS", "VBD", ":", "NN", "VBD"]
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    doc = Doc(spacy.blank("en").vocab, words=tokens, tags=tags, heads=heads, deps=deps)
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert [(e.text, e.label_) for e in org_filter(doc).ents] == expected
