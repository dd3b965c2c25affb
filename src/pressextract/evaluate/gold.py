"""Gold annotation files (../shared/ANNOTATION.md): read, validate, and hold them as plain data.

A key absent from a gold file is not scored for that release; `GoldRelease.keys` records which
keys were present so that "absent" (not scored) and "empty list" (scored: there is none) differ.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from pressextract.errors import GoldFormatError, InputNotFound
from pressextract.schema import FIELDS as LIST_FIELDS

SCORED_KEYS: tuple[str, ...] = ("title", "published", "dateline", *LIST_FIELDS)
ALLOWED_KEYS = frozenset({"source", "notes", *SCORED_KEYS})

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PARTIAL = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class GoldDateline:
    """The place and date of a release's dateline."""

    location: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A calendar reference with ISO start/end at the precision the text gives."""

    text: str
    start: str
    end: str


@dataclass(frozen=True, slots=True)
class GoldOrganization:
    """An organization with its acronym where the text gives one."""

    name: str
    acronym: str | None = None


@dataclass(frozen=True, slots=True)
class GoldSpeaker:
    """A quoted person with title and organization as the text gives them."""

    name: str
    title: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A direct quotation and its speaker's name (None where the text names none)."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class GoldStatistic:
    """A numeric fact."""

    text: str
    value: float
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRelease:
    """One gold file. `keys` holds the scored keys the file gives (absent keys are not scored)."""

    source: str
    keys: frozenset[str]
    title: str | None = None
    published: str | None = None
    dateline: GoldDateline | None = None
    dates: tuple[GoldDate, ...] = ()
    locations: tuple[str, ...] = ()
    organizations: tuple[GoldOrganization, ...] = ()
    speakers: tuple[GoldSpeaker, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    statistics: tuple[GoldStatistic, ...] = ()
    notes: str | None = None
    path: str | None = None

    @property
    def key(self) -> str:
        """The name that pairs this gold file with a release: source basename, `.json` ext."""
        return release_key(self.source)


def release_key(source: str) -> str:
    """`sub/dir/x.html` -> `x.json`: how gold files and records are paired."""
    name = PureWindowsPath(PurePosixPath(source).name).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}.json"


def load_gold_dir(path: str | Path) -> dict[str, GoldRelease]:
    """Read every `*.json` gold file under `path` (recursively), keyed by `release_key(source)`."""
    folder = Path(path)
    if not folder.is_dir():
        raise InputNotFound(f"gold folder {str(folder)!r} does not exist or is not a folder")
    out: dict[str, GoldRelease] = {}
    for file in sorted(folder.rglob("*.json")):
        gold = load_gold_file(file)
        if gold.key in out:
            raise GoldFormatError(
                str(file), "source", f"{gold.source!r} is also annotated in {out[gold.key].path}"
            )
        out[gold.key] = gold
    return out


def load_gold_file(path: str | Path) -> GoldRelease:
    """Read and validate one gold file; a problem raises GoldFormatError naming file and key."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(str(file), None, f"cannot be read: {exc}") from exc
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(str(file), None, f"not valid JSON: {exc}") from exc
    except _DuplicateKey as exc:
        raise GoldFormatError(str(file), exc.key, "appears twice in one object") from exc
    gold = parse_gold(data, str(file))
    if file.name != gold.key:
        raise GoldFormatError(
            str(file),
            "source",
            f"{gold.source!r} does not match the file name (expected {gold.key})",
        )
    return gold


def parse_gold(data: Any, path: str = "<gold>") -> GoldRelease:
    """Validate a decoded gold object against ANNOTATION.md and build a GoldRelease."""
    if not isinstance(data, dict):
        raise GoldFormatError(path, None, "must be a JSON object")
    unknown = sorted(set(data) - ALLOWED_KEYS)
    if unknown:
        allowed = ", ".join(sorted(ALLOWED_KEYS))
        raise GoldFormatError(path, unknown[0], f"unknown key; allowed keys: {allowed}")
    if "source" not in data:
        raise GoldFormatError(path, "source", "is required")
    check = _Checker(path)
    source = check.text(data["source"], "source")
    if not source.strip():
        raise GoldFormatError(path, "source", "must name the release file")
    fields: dict[str, Any] = {}
    if "title" in data:
        fields["title"] = check.optional_text(data["title"], "title")
    if "published" in data:
        fields["published"] = check.day(data["published"], "published")
    if "dateline" in data:
        fields["dateline"] = check.dateline(data["dateline"])
    for key, parse_item in (
        ("dates", check.date),
        ("locations", check.location),
        ("organizations", check.organization),
        ("speakers", check.speaker),
        ("quotes", check.quote),
        ("statistics", check.statistic),
    ):
        if key in data:
            fields[key] = check.items(data[key], key, parse_item)
    notes = check.optional_text(data["notes"], "notes") if "notes" in data else None
    keys = frozenset(k for k in SCORED_KEYS if k in data)
    return GoldRelease(source=source, keys=keys, notes=notes, path=path, **fields)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


class _Checker:
    """Type checks that raise GoldFormatError with the file and the dotted key path."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> GoldFormatError:
        return GoldFormatError(self.path, key, problem)

    def text(self, value: Any, key: str) -> str:
        if not isinstance(value, str):
            raise self.fail(key, f"must be a string, got {_kind(value)}")
        return value

    def optional_text(self, value: Any, key: str) -> str | None:
        return None if value is None else self.text(value, key)

    def day(self, value: Any, key: str) -> str | None:
        if value is None:
            return None
        text = self.text(value, key)
        if not _DAY.fullmatch(text) or not _valid_iso(text):
            raise self.fail(key, f"must be an ISO date YYYY-MM-DD or null, got {text!r}")
        return text

    def partial_date(self, value: Any, key: str) -> str:
        text = self.text(value, key)
        if not _PARTIAL.fullmatch(text) or not _valid_iso(text):
            raise self.fail(key, f"must be ISO YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
        return text

    def fields(self, value: Any, key: str, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(key, f"must be an object, got {_kind(value)}")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(
                f"{key}.{unknown[0]}", f"unknown key; allowed: {', '.join(sorted(allowed))}"
            )
        missing = sorted(required - set(value))
        if missing:
            raise self.fail(f"{key}.{missing[0]}", "is required")
        return value

    def items(self, value: Any, key: str, parse_item: Callable[[Any, str], Any]) -> tuple:
        if not isinstance(value, list):
            raise self.fail(key, f"must be a list, got {_kind(value)}")
        return tuple(parse_item(item, f"{key}[{i}]") for i, item in enumerate(value))

    def dateline(self, value: Any) -> GoldDateline | None:
        if value is None:
            return None
        obj = self.fields(value, "dateline", {"location", "date"}, set())
        return GoldDateline(
            location=self.optional_text(obj.get("location"), "dateline.location"),
            date=self.day(obj.get("date"), "dateline.date"),
        )

    def date(self, value: Any, key: str) -> GoldDate:
        obj = self.fields(value, key, {"text", "start", "end"}, {"start", "end"})
        start = self.partial_date(obj["start"], f"{key}.start")
        end = self.partial_date(obj["end"], f"{key}.end")
        if end < start[: len(end)]:
            raise self.fail(f"{key}.end", f"{end!r} is before start {start!r}")
        return GoldDate(
            text=self.optional_text(obj.get("text"), f"{key}.text") or "", start=start, end=end
        )

    def location(self, value: Any, key: str) -> str:
        text = self.text(value, key)
        if not text.strip():
            raise self.fail(key, "must not be empty")
        return text

    def organization(self, value: Any, key: str) -> GoldOrganization:
        obj = self.fields(value, key, {"name", "acronym"}, {"name"})
        name = self.location(obj["name"], f"{key}.name")
        return GoldOrganization(
            name=name, acronym=self.optional_text(obj.get("acronym"), f"{key}.acronym")
        )

    def speaker(self, value: Any, key: str) -> GoldSpeaker:
        obj = self.fields(value, key, {"name", "title", "organization"}, {"name"})
        return GoldSpeaker(
            name=self.location(obj["name"], f"{key}.name"),
            title=self.optional_text(obj.get("title"), f"{key}.title"),
            organization=self.optional_text(obj.get("organization"), f"{key}.organization"),
        )

    def quote(self, value: Any, key: str) -> GoldQuote:
        obj = self.fields(value, key, {"text", "speaker"}, {"text"})
        return GoldQuote(
            text=self.location(obj["text"], f"{key}.text"),
            speaker=self.optional_text(obj.get("speaker"), f"{key}.speaker"),
        )

    def statistic(self, value: Any, key: str) -> GoldStatistic:
        obj = self.fields(value, key, {"text", "value", "unit", "qualifier"}, {"value"})
        number = obj["value"]
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise self.fail(f"{key}.value", f"must be a number, got {_kind(number)}")
        return GoldStatistic(
            text=self.optional_text(obj.get("text"), f"{key}.text") or "",
            value=float(number),
            unit=self.optional_text(obj.get("unit"), f"{key}.unit"),
            qualifier=self.optional_text(obj.get("qualifier"), f"{key}.qualifier"),
        )


def _valid_iso(text: str) -> bool:
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )
