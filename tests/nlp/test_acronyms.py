"""acronyms: definitions both ways, mentions linked, term acronyms — on hand-built Docs."""

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
    nlp.add_pipe("pressextract_acronyms")
    return nlp


def linked(
    nlp: Language, text: str, ents: list[tuple[str, str]], nouns: tuple[str, ...] = ()
) -> Doc:
    """`text` with the (substring, label) entities, in order; `nouns` tagged NOUN."""
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = "NOUN" if tok.text in nouns else "VERB" if tok.is_lower else "PROPN"
    return nlp.get_pipe("pressextract_acronyms")(with_ents(doc, ents, whole_words=True))


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # long form, then acronym; a later mention of the acronym is the same organization
        (
            "the World Customs Organization (WCO) in Brussels. The WCO said",
            [("World Customs Organization", "ORG")],
            {"WCO": "World Customs Organization"},
        ),
        # the model missed the long form: initials pick it out of the title-case words before
        (
            "hosted by the International Network on Countering Timber Fraud (INCTF) today",
            [],
            {"INCTF": "International Network on Countering Timber Fraud"},
        ),
        # acronym, then long form
        (
            "said WFZO (World Free Zones Organization) officials",
            [],
            {"WFZO": "World Free Zones Organization"},
        ),
        # acronym used before its expansion
        (
            "The SEC fined them. The Securities and Exchange Commission (SEC) said",
            [("Securities and Exchange Commission", "ORG")],
            {"SEC": "Securities and Exchange Commission"},
        ),
        # a quoted short form
        (
            'Check Point Communications ("Check Point") was paid. Check Point said',
            [("Check Point Communications", "ORG")],
            {"Check Point": "Check Point Communications"},
        ),
        # a short name whose words start words of the long one
        (
            "the Lawrence Berkeley National Laboratory (Berkeley Lab) said. At Berkeley Lab",
            [("Lawrence Berkeley National Laboratory", "ORG")],
            {"Berkeley Lab": "Lawrence Berkeley National Laboratory"},
        ),
        ("Acme Labs (Boston Office) said", [("Acme Labs", "ORG")], {}),
        # a unit's acronym joined to its parent's by a slash
        (
            "the Zorb Agency’s Office of Audits (ZA/OA) said. ZA/OA found",
            [("Zorb Agency’s Office of Audits", "ORG"), ("ZA", "ORG")],
            {"ZA/OA": "Zorb Agency’s Office of Audits"},
        ),
        ("a coordinator and manager (CO/MA) on staff", [], {}),
        # not organizations: a law, a place, a person with a party tag, a lowercase term
        (
            "the Foreign Corrupt Practices Act (FCPA) applies",
            [("Foreign Corrupt Practices Act", "LAW")],
            {},
        ),
        (
            "the Democratic Republic of the Congo (DRC) and",
            [("Democratic Republic of the Congo", "GPE")],
            {},
        ),
        ("Ismail Ertug (S&D, DE) said", [("Ismail Ertug", "PERSON")], {}),
        ("cut greenhouse gas (GHG) emissions", [], {}),
        # an acronym from another language's name: the name ends in an organization word
        (
            "with the European Anti-Fraud Office (OLAF) and others",
            [("European", "NORP")],
            {"OLAF": "European Anti-Fraud Office"},
        ),
        ("the new Office (OLAF) rules", [], {}),
        # a name with commas inside: the ORG before the parenthesis is only its tail
        (
            "The Ministry of Farming, Animal Care & Dairying (MoFAC&D) said",
            [("Ministry of Farming", "ORG"), ("Animal Care & Dairying", "ORG")],
            {"MoFAC&D": "Ministry of Farming, Animal Care & Dairying"},
        ),
        # ... not when the tail's initials already start the acronym
        (
            "with Acme Corp, Animal Care & Dairying (ACD) today",
            [("Acme Corp", "ORG"), ("Animal Care & Dairying", "ORG")],
            {"ACD": "Animal Care & Dairying"},
        ),
        ("the Customs Union Treaty (OLAF) rules", [], {}),
        # ... or an "and" when the model split the name at its words
        (
            "the Office of Farming, Fishing and Dairying (OFFD) said",
            [("Office of Farming", "ORG"), ("Fishing", "ORG"), ("Dairying", "ORG")],
            {"OFFD": "Office of Farming, Fishing and Dairying"},
        ),
        # ... or took only the words after its "for" or "of": read back as far as the letters
        # spell it (two words with one initial may share a letter)
        (
            "rated by the Bureau for Zorbcare and Zorbaid Services (BZS) this year",
            [("Zorbaid Services", "ORG")],
            {"BZS": "Bureau for Zorbcare and Zorbaid Services"},
        ),
        # ... and from the start of the model's ORG the first letter falls inside
        (
            "the Orbland Ministry of Trade, Industry and Energy (MOTIE) said",
            [("Orbland Ministry of Trade", "ORG"), ("Energy", "ORG")],
            {"MOTIE": "Orbland Ministry of Trade, Industry and Energy"},
        ),
        (
            "the Department of Health and Human Services (HHS) said",
            [("Department of Health and Human Services", "ORG")],
            {"HHS": "Department of Health and Human Services"},
        ),
        # ... not two names side by side, nor words the letters do not spell
        ("Acme and Zorbex (AZ) signed", [("Zorbex", "ORG")], {"AZ": "Zorbex"}),
        (
            "the Board for Acme Orbit and Zorbex Trade (BZT) said",
            [("Zorbex Trade", "ORG")],
            {"BZT": "Zorbex Trade"},
        ),
    ],
)
def test_definitions(blank: Language, text: str, ents: list, expected: dict) -> None:
    doc = linked(blank, text, ents)
    assert {s.label_: s.kb_id_ for s in doc.spans["acronyms"]} == expected


def test_every_mention_becomes_the_organization(blank: Language) -> None:
    doc = linked(
        blank,
        "The WCO opened. The World Customs Organization (WCO) hosted. WCO officers met.",
        [("World Customs Organization", "ORG")],
    )
    orgs = [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "ORG"]
    assert orgs == [
        ("WCO", "World Customs Organization"),
        ("World Customs Organization", "World Customs Organization"),
        ("WCO", "World Customs Organization"),
        ("WCO", "World Customs Organization"),
    ]


def test_term_acronym_is_not_an_organization(blank: Language) -> None:
    doc = linked(
        blank, "friction stir welding (FSW) and later FSW work", [("FSW", "ORG"), ("FSW", "ORG")]
    )
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "ents", "nouns", "orgs"),
    [
        # the acronym's words in lowercase, in parentheses after it or anywhere in the release
        (
            "drugs for the PNS (peripheral nerve system) with Acme",
            [("PNS", "ORG"), ("Acme", "ORG")],
            ("peripheral", "nerve", "system"),
            ["Acme"],
        ),
        (
            "a survey of mango leaf blight damage. The MLB damage grew",
            [("MLB", "ORG")],
            ("mango", "leaf", "blight", "damage"),
            [],
        ),
        # not a small word among the words, nor a verb, nor a last word that is no noun
        (
            "ads targeting groups of people, the GOP said",
            [("GOP", "ORG")],
            ("groups", "people"),
            ["GOP"],
        ),
        ("the KPS said it keeps pushing schedules", [("KPS", "ORG")], ("schedules",), ["KPS"]),
        ("the ZBT said zinc batteries tested", [("ZBT", "ORG")], ("zinc", "batteries"), ["ZBT"]),
        # not two letters
        ("the ZB sells zinc batteries", [("ZB", "ORG")], ("zinc", "batteries"), ["ZB"]),
        # not an acronym the release defines for an organization
        (
            "the Pine Nut Society (PNS) grows pine nut seeds",
            [("Pine Nut Society", "ORG")],
            ("pine", "nut", "seeds"),
            ["Pine Nut Society", "PNS"],
        ),
    ],
)
def test_an_acronym_written_out_in_lowercase_is_a_term(
    blank: Language, text: str, ents: list, nouns: tuple, orgs: list
) -> None:
    doc = linked(blank, text, ents, nouns)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == orgs


def test_part_of_a_hyphenated_acronym_is_the_same_organization(blank: Language) -> None:
    doc = linked(
        blank,
        "Internal Revenue Service-Criminal Investigation (IRS-CI) said. IRS agents met.",
        [("Internal Revenue Service-Criminal Investigation", "ORG")],
    )
    assert [e.kb_id_ for e in doc.ents if e.text == "IRS"] == [
        "Internal Revenue Service-Criminal Investigation"
    ]


@pytest.mark.parametrize(
    ("text", "ents", "nouns", "orgs"),
    [
        # a plural acronym defines a kind of thing; its singular is the same term
        (
            "the needs of Intensive Care Units (ICUs). At the ICU level",
            [("Intensive Care Units", "ORG"), ("ICU", "ORG")],
            (),
            [],
        ),
        ("native Demand Side Platforms (DSPs) such as Acme", [("Acme", "ORG")], (), ["Acme"]),
        # an event is not an organization, even with "International" in its name
        (
            "the Annual International Conference and Exhibition (AICE) opens. The AICE will",
            [("Annual International Conference and Exhibition", "ORG")],
            (),
            [],
        ),
        # a name with no organization word, its acronym modifying a lowercase noun: a technique
        ("and Minimum Quantity Lubrication (MQL) machining", [], ("machining",), []),
        # an organization's acronym before a lowercase noun stays an organization
        (
            "the Environmental Protection Agency (EPA) officials said",
            [("Environmental Protection Agency", "ORG")],
            ("officials",),
            ["Environmental Protection Agency", "EPA"],
        ),
        # a program, a software project: things, not organizations
        (
            "the Web Tools Platform (WTP) ships. The WTP adds",
            [("Web Tools Platform", "ORG")],
            (),
            [],
        ),
        ("grants of the Continuum of Care Program (CoC) went", [], (), []),
        # ... and so is a name that goes on into a thing's name after its acronym, or that
        # modifies a thing noun with it
        (
            "the Device Debugging (DD) Project ships. The DD team",
            [("Device Debugging", "ORG")],
            (),
            [],
        ),
        (
            "the Family Support Services (FSS) Scheme pays",
            [("Family Support Services", "ORG")],
            (),
            [],
        ),
        (
            "it implements the Orbit Graph (OG) data model",
            [("Orbit Graph", "ORG")],
            ("data", "model"),
            [],
        ),
        # ... unless the name ends in an organization word
        (
            "the Acme Development Agency (ADA) projects",
            [("Acme Development Agency", "ORG")],
            ("projects",),
            ["Acme Development Agency", "ADA"],
        ),
        # a name with no organization word, followed by a verb, stays
        (
            "the Committee on Conventional Weapons (CCW) met",
            [("Committee on Conventional Weapons", "ORG")],
            (),
            ["Committee on Conventional Weapons", "CCW"],
        ),
        # a treaty is no organization, unless states meet at it
        (
            "ratified the Convention on Cluster Munitions (CCM) in 2008",
            [("Convention on Cluster Munitions", "ORG")],
            (),
            [],
        ),
        (
            "talks at the Convention on Conventional Weapons (CCW) failed",
            [("Convention on Conventional Weapons", "ORG")],
            (),
            ["Convention on Conventional Weapons", "CCW"],
        ),
        # a split term's long form: every part of it goes
        (
            "said that Upkeep, Mending and Overhaul (UMO) operations cost more",
            [("Upkeep", "ORG"), ("Mending", "ORG"), ("Overhaul", "ORG")],
            ("operations",),
            [],
        ),
    ],
)
def test_terms_and_events_are_not_organizations(
    blank: Language, text: str, ents: list, nouns: tuple, orgs: list
) -> None:
    doc = linked(blank, text, ents, nouns)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == orgs


def test_an_acronym_of_a_named_law_is_the_law(blank: Language) -> None:
    doc = linked(
        blank,
        "protected under HIPAA, the Health Insurance Portability and Accountability Act says",
        [("HIPAA", "ORG"), ("Health Insurance Portability and Accountability Act", "LAW")],
    )
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


def test_a_prefix_of_a_defined_term_is_the_term(blank: Language) -> None:
    doc = linked(
        blank,
        "for Intensive Care Units (ICUs) and the Intensive Care, with Acme",
        [("Intensive Care", "ORG"), ("Acme", "ORG")],
    )
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Acme"]


@pytest.mark.parametrize(
    ("text", "ents", "orgs"),
    [
        # a place's acronym: its words are places the model tagged or the place data knows
        (
            "refugees in the Kurdistan Region of Iraq (KRI) and the KRI camps of Acme",
            [("Kurdistan Region", "LOC"), ("Acme", "ORG")],
            ["Acme"],
        ),
        # the acronym of a treaty named after a body: its last words' initials
        (
            "a party to the UN Convention Against Torture (CAT), said Acme",
            [("UN Convention Against Torture", "LAW"), ("CAT", "ORG"), ("Acme", "ORG")],
            ["Acme"],
        ),
    ],
)
def test_acronyms_of_places_and_treaties_are_no_organizations(
    blank: Language, text: str, ents: list, orgs: list
) -> None:
    doc = linked(blank, text, ents)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == orgs
