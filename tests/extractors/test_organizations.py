"""Organizations: one entry per organization, named by its longest proper form, with acronym.

Docs are built by hand (entities given, the repair and acronym components run on a blank
pipeline), so the expectations do not move with the statistical model; the last test runs the
real pipeline end to end.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from tests.entity_docs import with_ents

import pressextract.nlp.components  # noqa: F401  (registers the factories)
from pressextract.config import options_from_section
from pressextract.extractors.organizations import (
    OrganizationOptions,
    extract_organizations,
    person_names,
)
from pressextract.pipeline import document_from_text
from pressextract.schema import Dateline


def parsed(nlp: Language, text: str, orgs: list[str]) -> Doc:
    """`text` with each listed substring an ORG entity, then our components."""
    doc = with_ents(nlp.make_doc(text), [(piece, "ORG") for piece in orgs])
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def organizations(nlp: Language, text: str, orgs: list[str], **options) -> list[tuple]:
    doc = parsed(nlp, text, orgs)
    found = extract_organizations(doc, document_from_text(text), OrganizationOptions(**options))
    return [(o.name, o.acronym, o.mentions) for o in found]


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    [
        # an acronym defined in the text merges every mention, both ways round
        (
            "The World Customs Organization (WCO) met. The WCO said.",
            ["World Customs Organization"],
            [("World Customs Organization", "WCO", 3)],
        ),
        (
            "WFZO (World Free Zones Organization) hosted. WFZO said.",
            [],
            [("World Free Zones Organization", "WFZO", 3)],
        ),
        # an acronym used without its expansion is named from the gazetteer
        ("UNODC and partners met.", [], [("United Nations Office on Drugs and Crime", "UNODC", 1)]),
        # one plural organization word for two names
        (
            "Partners are Acme and the Universities of Arden and Bellmoor.",
            ["Acme", "Universities of Arden"],
            [
                ("Acme", None, 1),
                ("University of Arden", None, 1),
                ("University of Bellmoor", None, 1),
            ],
        ),
        (
            "The Ministries of Health and Finance met.",
            ["Ministries of Health"],
            [("Ministry of Health", None, 1), ("Ministry of Finance", None, 1)],
        ),
        # a unit and the organization it belongs to, both named
        (
            "Thanks to the Zorbia Finance Ministry's Office of Tax Policy.",
            ["Zorbia Finance Ministry's Office of Tax Policy"],
            [("Zorbia Finance Ministry", None, 1), ("Office of Tax Policy", None, 1)],
        ),
        (
            "Fellows of the Quill Institute of the Arden State University met.",
            ["Quill Institute of the Arden State University"],
            [("Quill Institute", None, 1), ("Arden State University", None, 1)],
        ),
        (
            "Grants came from the Arden Department of Roads – Office of Bridges.",
            ["Arden Department of Roads – Office of Bridges"],
            [("Arden Department of Roads", None, 1), ("Office of Bridges", None, 1)],
        ),
        # not when a side is one word or holds no organization word
        (
            "Acme's Research Institute and Brookvale's Super Core strategy grew.",
            ["Acme's Research Institute", "Brookvale's Super Core"],
            [("Acme's Research Institute", None, 1), ("Brookvale's Super Core", None, 1)],
        ),
        # a unit's parent spelled as the gazetteer's name elsewhere is that organization
        (
            "The UN Security Council met. The UN Security Council's Sanctions Committee voted.",
            ["UN Security Council", "UN Security Council's Sanctions Committee"],
            [("UN Security Council", "UNSC", 2), ("Sanctions Committee", None, 1)],
        ),
        # a name the release writes in full keeps its spelling, not the gazetteer's
        (
            "The UN Security Council met. The UNSC voted.",
            ["UN Security Council"],
            [("UN Security Council", "UNSC", 2)],
        ),
        # spellings of one name: leading "the", possessive, case
        (
            "Ascom's mission. Ascom said. The Ascom board.",
            ["Ascom's", "Ascom", "Ascom"],
            [("Ascom", None, 3)],
        ),
        # a short reference folds into the one full name it stands for
        (
            "The European Parliament voted. Parliament wants more.",
            ["European Parliament", "Parliament"],
            [("European Parliament", "EP", 2)],
        ),
        (
            "Telia Company AB agreed. Telia paid.",
            ["Telia Company AB", "Telia"],
            [("Telia Company AB", None, 2)],
        ),
        (
            "of Chicago Police Officer Jane Roe. The Chicago Police Department said",
            ["Chicago Police", "Chicago Police Department"],
            [("Chicago Police Department", None, 2)],
        ),
        # a later short reference: the first words of a name, its last word, its end
        (
            "GenPro Energy Development built it. GenPro said.",
            ["GenPro Energy Development", "GenPro"],
            [("GenPro Energy Development", None, 2)],
        ),
        # ... where a headline in capitals shouts the short name of a company's full name (with
        # its company form) first, its order tells nothing
        (
            "ZORBEX HAS GRANTED QUILL THE RIGHTS\n\nZorbex Kelp GmbH signed. ZORBEX said.",
            ["ZORBEX", "Zorbex Kelp GmbH", "ZORBEX"],
            [("Zorbex Kelp GmbH", None, 3)],
        ),
        # ... but a name the body gives first is no short reference to a later one, nor one a
        # headline gives before a unit's name (no company form: "Amazon" of "Amazon Web
        # Services")
        (
            "QZX said it. QZX Ames Research Center said.",
            ["QZX", "QZX Ames Research Center"],
            [("QZX", None, 1), ("QZX Ames Research Center", None, 1)],
        ),
        (
            "QZX ANNOUNCES A ROVER\n\nQZX Ames Research Center built it. QZX said.",
            ["QZX", "QZX Ames Research Center", "QZX"],
            [("QZX", None, 2), ("QZX Ames Research Center", None, 1)],
        ),
        (  # the short name ends in a period the key drops ("Orbit Bros." of "Orbit Bros. Films")
            "Orbit Bros. Films agreed. A partner of Orbit Bros. for years.",
            ["Orbit Bros. Films", "Orbit Bros."],
            [("Orbit Bros. Films", None, 2)],
        ),
        (
            "at the Molecular Foundry. A fellow at the Foundry said.",
            ["Molecular Foundry", "Foundry"],
            [("Molecular Foundry", None, 2)],
        ),
        (
            "The Ministry of Interior said. The Iraqi Ministry of Interior said.",
            ["Ministry of Interior", "Iraqi Ministry of Interior"],
            [("Iraqi Ministry of Interior", None, 2)],
        ),
        # a company's name without its legal form, written after a comma
        (
            "Brightwell, Inc. and Brightwell Studios agreed. Brightwell said.",
            ["Brightwell, Inc.", "Brightwell Studios", "Brightwell"],
            [("Brightwell, Inc.", None, 2), ("Brightwell Studios", None, 1)],
        ),
        # spellings: a demonstrative before the name, spaces around "&"
        (
            "The European Commission agreed. This European Commission approval helps.",
            ["European Commission", "This European Commission"],
            [("European Commission", "EC", 2)],
        ),
        (
            "Levi Strauss & Co joined. Levi Strauss &Co. said.",
            ["Levi Strauss & Co", "Levi Strauss &Co."],
            [("Levi Strauss & Co", None, 2)],
        ),
        # "and" and "&" spell one name
        (
            "The Ministry of Farming and Fish met. The Ministry of Farming & Fish said.",
            ["Ministry of Farming and Fish", "Ministry of Farming & Fish"],
            [("Ministry of Farming and Fish", None, 2)],
        ),
        # ... but a place after the shorter name makes another organization
        (
            "Duke Energy sold part of Duke Energy Florida. Duke Energy said.",
            ["Duke Energy", "Duke Energy Florida", "Duke Energy"],
            [("Duke Energy", None, 2), ("Duke Energy Florida", None, 1)],
        ),
        # ... and a short name first is not a reference to a longer one named later
        (
            "Orvex said. The Orvex Watch sold.",
            ["Orvex", "Orvex Watch"],
            [("Orvex", None, 1), ("Orvex Watch", None, 1)],
        ),
        # a possessive whose apostrophe the scraper lost
        ("Telia paid. Telias board agreed.", ["Telia", "Telias"], [("Telia", None, 2)]),
        # a short reference to a name whose shorter form the release also uses
        (
            "Acme launched the Oslo Ice Center. The Oslo Ice Center opened. The Acme Oslo "
            "Ice Center is new. The Center will train.",
            ["Acme", "Oslo Ice Center", "Oslo Ice Center", "Acme Oslo Ice Center", "Center"],
            [("Acme", None, 1), ("Acme Oslo Ice Center", None, 4)],
        ),
        # but a name inside another organization's name is its own organization
        (
            "Stanford researchers at the Molecular Imaging Program at Stanford.",
            ["Stanford", "Molecular Imaging Program at Stanford"],
            [("Stanford", None, 1), ("Molecular Imaging Program at Stanford", None, 1)],
        ),
        # a name without its company form, and ending in an organization word
        (
            "Zentra Motors Co. posted a profit. Zentra Motors expects more.",
            ["Zentra Motors Co.", "Zentra Motors"],
            [("Zentra Motors Co.", None, 2)],
        ),
        # dotted initials spell the same name as plain ones
        (
            "The U.S. Air Force picked it. The US Air Force said.",
            ["U.S. Air Force", "US Air Force"],
            [("U.S. Air Force", None, 2)],
        ),
        # an acronym used without a definition joins the one name whose initials it spells
        (
            "The Federal Procurement Office ruled. Boeing went before the FPO.",
            ["Federal Procurement Office", "Boeing", "FPO"],
            [("Federal Procurement Office", "FPO", 2), ("Boeing", None, 1)],
        ),
        (
            "The Bureau of Land Records and the BLR agreed.",
            ["Bureau of Land Records", "BLR"],
            [("Bureau of Land Records", "BLR", 2)],
        ),
        # a unit after its owner's possessive is that unit, however long its name
        (
            "Zorb Services’ Office of Inspector General (ZSOIG) audited. The Office of Inspector"
            " General said.",
            ["Zorb Services’ Office of Inspector General", "Office of Inspector General"],
            [("Zorb Services’ Office of Inspector General", "ZSOIG", 3)],
        ),
        # ... never when two names spell it, or none does
        (
            "Pine Bay Bank and Polar Bay Brands met. PBB said.",
            ["Pine Bay Bank", "Polar Bay Brands", "PBB"],
            [("Pine Bay Bank", None, 1), ("Polar Bay Brands", None, 1), ("PBB", None, 1)],
        ),
        (
            "Acme Widgets met the XYZ.",
            ["Acme Widgets", "XYZ"],
            [("Acme Widgets", None, 1), ("XYZ", None, 1)],
        ),
        # a name the release gives its own "'s" keeps it
        (
            "bought at Lowe's and Macy's.",
            ["Lowe's", "Macy's"],
            [("Lowe's", None, 1), ("Macy's", None, 1)],
        ),
    ],
)
def test_organizations(blank: Language, text: str, orgs: list, expected: list) -> None:
    assert organizations(blank, text, orgs) == expected


def test_options(blank: Language) -> None:
    text = "Acme Corp and the ACMX group met. Acme Corp said."
    orgs = ["Acme Corp", "ACMX", "Acme Corp"]
    assert [o[0] for o in organizations(blank, text, orgs)] == ["Acme Corp", "ACMX"]
    assert organizations(blank, text, orgs, keep_acronym_only=False) == [("Acme Corp", None, 2)]
    assert organizations(blank, text, orgs, min_mentions=2) == [("Acme Corp", None, 2)]
    assert organizations(blank, text, orgs, exclude=("acme corp",)) == [("ACMX", None, 1)]


def test_dateline_is_not_an_organization(blank: Language) -> None:
    text = "BAAR, SWITZERLAND\n\nAscom said."
    doc = parsed(blank, text, ["BAAR", "Ascom"])
    document = document_from_text(text)
    dateline = Dateline(location="BAAR, SWITZERLAND", date=None, text="BAAR, SWITZERLAND")
    from dataclasses import replace

    found = extract_organizations(doc, replace(document, dateline=dateline), OrganizationOptions())
    assert [o.name for o in found] == ["Ascom"]


def test_char_start_is_the_first_mention(blank: Language) -> None:
    text = "The WCO opened. The World Customs Organization (WCO) hosted."
    doc = parsed(blank, text, ["World Customs Organization"])
    (org,) = extract_organizations(doc, document_from_text(text), OrganizationOptions())
    assert (org.name, org.char_start) == ("World Customs Organization", text.index("WCO"))


def test_defaults_match_the_default_pipeline(config) -> None:
    assert (
        options_from_section(OrganizationOptions, config.section("organizations"), "organizations")
        == OrganizationOptions()
    )


def test_end_to_end_with_the_model(nlp) -> None:
    text = (
        "The conference was organized by the International Network on Countering Timber "
        "Fraud (INCTF) and hosted by the Global Port Safety Organization (GPSO) in Lisbon. "
        "Opening the conference, Secretary General of the Global Port Safety Organization "
        "Marta Kowal said INCTF partners would meet again."
    )
    found = extract_organizations(nlp(text), document_from_text(text), OrganizationOptions())
    names = {(o.name, o.acronym) for o in found}
    assert ("International Network on Countering Timber Fraud", "INCTF") in names
    assert ("Global Port Safety Organization", "GPSO") in names
    assert not any("Kowal" in o.name for o in found)


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    [
        # two names sharing one plural head word: the second is named in the singular
        (
            "EVs made at both the Marysville and East Liberty Auto Plants.",
            ["East Liberty Auto Plants"],
            [("East Liberty Auto Plant", None, 1)],
        ),
        (
            "by the Justice and Treasury Departments.",
            ["Treasury Departments"],
            [("Treasury Department", None, 1)],
        ),
        # a plural that is itself a name stays
        (
            "with Acme and Beta Industries today.",
            ["Beta Industries"],
            [("Beta Industries", None, 1)],
        ),
        # "Telias" where the text lost an apostrophe is Telia
        (
            "Telia Company AB agreed. Telia paid. Reports about Telias payments.",
            ["Telia Company AB", "Telia", "Telias"],
            [("Telia Company AB", None, 3)],
        ),
    ],
)
def test_forms(blank: Language, text: str, orgs: list, expected: list) -> None:
    assert organizations(blank, text, orgs) == expected


_LONG = {
    "IRS-CI": "IRS Criminal Investigation",
    "IRS-LB": "IRS Large Business",
    "ZRS-CI": "Zorbix Revenue Service-Criminal Investigation",
}


@pytest.mark.parametrize(
    ("defined", "mention", "expected"),
    [
        # a part of a hyphenated acronym is the organization the acronym stands for
        (["IRS-CI"], "IRS", [("IRS Criminal Investigation", 2)]),
        # ... unless the part stands for two of them
        (
            ["IRS-CI", "IRS-LB"],
            "IRS",
            [("IRS Criminal Investigation", 1), ("IRS Large Business", 1), ("IRS", 1)],
        ),
        # two-letter parts are too ambiguous
        (["IRS-CI"], "CI", [("IRS Criminal Investigation", 1), ("CI", 1)]),
        # the first part, then words whose initials spell the next part, is the acronym's too
        (
            ["ZRS-CI"],
            "ZRS Criminal Investigation",
            [("Zorbix Revenue Service-Criminal Investigation", 2)],
        ),
        # ... but not words that spell another part
        (
            ["ZRS-CI"],
            "ZRS Kelp Office",
            [("Zorbix Revenue Service-Criminal Investigation", 1), ("ZRS Kelp Office", 1)],
        ),
    ],
)
def test_parts_of_hyphenated_acronyms(defined: list, mention: str, expected: list) -> None:
    nlp = spacy.blank("en")
    text = " and ".join(f"{_LONG[d]} ({d})" for d in defined) + f" work. Partners at {mention} met."
    doc = nlp.make_doc(text)
    ents, links = [], []
    for short in defined:
        start = text.index(_LONG[short])
        span = doc.char_span(start, start + len(_LONG[short]), label="ORG", kb_id=_LONG[short])
        ents.append(span)
        links.append(Span(doc, span.start, span.end, label=short, kb_id=_LONG[short]))
    at = text.index(f"at {mention}") + 3
    doc.ents = [*ents, doc.char_span(at, at + len(mention), label="ORG")]
    doc.spans["acronyms"] = links
    found = extract_organizations(doc, document_from_text(text), OrganizationOptions())
    assert [(o.name, o.mentions) for o in found] == expected


def _people_of(text: str, ents: list[tuple[str, str]]) -> set[str]:
    return person_names(with_ents(spacy.blank("en").make_doc(text), ents))


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a surname alone is the person's
        (
            "Amber Guyger spoke. Guyger left.",
            [("Amber Guyger", "PERSON"), ("Guyger", "PERSON")],
            {"Amber Guyger", "Guyger"},
        ),
        # one word tagged ORG as often as PERSON, and nobody's surname, is no person
        (
            "Zorbix's board met. Zorbix hired. About Zorbix",
            [("Zorbix", "ORG"), ("Zorbix", "ORG"), ("Zorbix", "PERSON")],
            set(),
        ),
        # ... tagged PERSON more often, it is one
        (
            "Zorbix spoke. Zorbix left. Zorbix's board",
            [("Zorbix", "PERSON"), ("Zorbix", "PERSON"), ("Zorbix", "ORG")],
            {"Zorbix"},
        ),
    ],
)
def test_person_names(text: str, ents: list, expected: set) -> None:
    assert _people_of(text, ents) == expected


def _with_table(text: str, rows: list[tuple[str, ...]]):
    from dataclasses import replace

    from pressextract.schema import Table

    table = Table(caption=None, header=("Partner", "Program", "Paid"), rows=tuple(rows))
    return replace(document_from_text(text), tables=(table,))


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # companies the table alone names are the release's organizations, once each
        (
            [("Zorbix BioWorks, Inc.", "ZB-1", "$200,000"), ("Kelpline Corporation", "K-2", "$5")],
            [("Acme Rockets", None, 2), ("Zorbix BioWorks, Inc.", None, 1),
             ("Kelpline Corporation", None, 1)],
        ),
        (
            [("Zorbix BioWorks, Inc.", "ZB-1", "$1"), ("Zorbix BioWorks, Inc.", "ZB-2", "$2")],
            [("Acme Rockets", None, 2), ("Zorbix BioWorks, Inc.", None, 2)],
        ),
        # the body names it already: with its form, without it, or in capitals
        ([("ACME ROCKETS INC.", "ZB-1", "$1")], [("Acme Rockets", None, 2)]),
        ([("The Acme Rockets Ltd", "ZB-1", "$1")], [("Acme Rockets", None, 2)]),
        # no company's name whole: labels, segments, figures, a weak form
        (
            [("Total", "", "$3"), ("Europe", "Segment A", "$1"), ("Parent Company", "", "$2"),
             ("Revenue of Zorbix", "", "12%"), ("Consolidated Group", "", "$4")],
            [("Acme Rockets", None, 2)],
        ),
    ],
)
def test_companies_named_in_tables(blank: Language, rows: list, expected: list) -> None:
    text = "Acme Rockets signed licences. Acme Rockets said the partners paid."
    doc = parsed(blank, text, ["Acme Rockets", "Acme Rockets"])
    found = extract_organizations(doc, _with_table(text, rows), OrganizationOptions())
    assert [(o.name, o.acronym, o.mentions) for o in found] == expected


def test_companies_named_in_tables_can_be_turned_off(blank: Language) -> None:
    text = "Acme Rockets said."
    doc = parsed(blank, text, ["Acme Rockets"])
    document = _with_table(text, [("Zorbix BioWorks, Inc.", "ZB-1", "$1")])
    found = extract_organizations(doc, document, OrganizationOptions(tables=False))
    assert [o.name for o in found] == ["Acme Rockets"]
