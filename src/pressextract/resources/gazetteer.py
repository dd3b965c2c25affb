"""The organization gazetteer: well-known organizations, their acronyms and other spellings.

The shipped list is data/organizations.tsv (documented in the file). Users add entries without
code: more TSV files (`organization_files`) or inline tables (`extra_organizations`) in the
`[components.entity_repair]` table of a pipeline config.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pressextract.errors import ConfigError

SHIPPED_ORGANIZATIONS = "organizations.tsv"


@dataclass(frozen=True)
class KnownOrganization:
    """One gazetteer entry: canonical name, acronym, other spellings."""

    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()


def read_data_text(name_or_path: str) -> str:
    """A file shipped in pressextract/data (bare file name) or any path on disk."""
    path = Path(name_or_path)
    if path.parent == Path(".") and not path.exists():
        try:
            return resources.files("pressextract.data").joinpath(name_or_path).read_text("utf-8")
        except FileNotFoundError as exc:
            raise ConfigError(f"no data file {name_or_path!r} in pressextract/data") from exc
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read data file {name_or_path!r}: {exc}") from exc


@lru_cache(maxsize=16)
def load_json_data(name_or_path: str) -> Any:
    """A JSON data file (shipped or on disk), parsed once per process."""
    return json.loads(read_data_text(name_or_path))


def parse_organizations_tsv(text: str) -> list[KnownOrganization]:
    """Rows of `name<TAB>acronym<TAB>alias|alias`; `#` comments and the header are skipped."""
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")] + ["", ""]
        name, acronym, aliases = cells[0], cells[1], cells[2]
        if name == "name" and acronym == "acronym":
            continue
        entries.append(
            KnownOrganization(
                name=name,
                acronym=acronym or None,
                aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
            )
        )
    return entries


def organization_from_table(table: Mapping[str, Any]) -> KnownOrganization:
    """An inline config entry `{name = ..., acronym = ..., aliases = [...]}`."""
    unknown = set(table) - {"name", "acronym", "aliases"}
    if "name" not in table or unknown:
        raise ConfigError(
            "each extra_organizations entry needs `name` and may have `acronym`, `aliases`"
        )
    return KnownOrganization(
        name=str(table["name"]),
        acronym=table.get("acronym") or None,
        aliases=tuple(table.get("aliases", ())),
    )


def load_organizations(
    files: Iterable[str], extra: Iterable[Mapping[str, Any]] = ()
) -> list[KnownOrganization]:
    """Entries of the given TSV files, then the inline ones (later entries win on conflicts)."""
    entries: list[KnownOrganization] = []
    for name in files:
        entries.extend(parse_organizations_tsv(read_data_text(name)))
    entries.extend(organization_from_table(t) for t in extra)
    return entries
