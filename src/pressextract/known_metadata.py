"""`--metadata FILE.csv`: what a feed or database already knows about each release.

Columns: `path` (relative to the input folder, or absolute), and any of `url`, `issuer`,
`published` (YYYY-MM-DD) and `language` (ISO 639-1). A supplied publication date wins over the
one found in the text and anchors relative dates; the record keeps both and says which was used.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from pressextract.errors import PressExtractError
from pressextract.schema import Document

COLUMNS = ("url", "issuer", "published", "language")


@dataclass(frozen=True)
class KnownMetadata:
    """One row of the metadata file (empty cells are None)."""

    url: str | None = None
    issuer: str | None = None
    published: str | None = None
    language: str | None = None

    def digest(self) -> str:
        """A short hash of the row: a changed row reprocesses its release."""
        text = json.dumps(asdict(self), sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load_metadata(path: Path, input_root: Path) -> dict[str, KnownMetadata]:
    """Read the metadata CSV into source (path relative to the input folder) -> row."""
    if not path.is_file():
        raise PressExtractError(f"metadata file {str(path)!r} does not exist")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [c.strip() for c in reader.fieldnames or ()]
        unknown = [c for c in header if c not in ("path", *COLUMNS)]
        if "path" not in header or unknown:
            problem = f"unknown column(s) {', '.join(unknown)}" if unknown else "no 'path' column"
            raise PressExtractError(
                f"{path}: {problem}; the columns are path and any of {', '.join(COLUMNS)}"
            )
        rows: dict[str, KnownMetadata] = {}
        for number, raw in enumerate(reader, start=2):
            row = {k.strip(): (v or "").strip() or None for k, v in raw.items() if k}
            if not row.get("path"):
                raise PressExtractError(f"{path}:{number}: empty 'path'")
            published = row.get("published")
            if published is not None and not _is_iso_day(published):
                raise PressExtractError(
                    f"{path}:{number}: published {published!r} is not a date written YYYY-MM-DD"
                )
            rows[_source(row["path"], input_root)] = KnownMetadata(
                **{c: row.get(c) for c in COLUMNS}
            )
    return rows


def _is_iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _source(path_text: str, root: Path) -> str:
    path = Path(path_text)
    if path.is_absolute():
        for base in (root.absolute(), root.resolve()):
            if path.is_relative_to(base):
                return path.relative_to(base).as_posix()
    return path.as_posix()  # a row for no release of this folder: it matches nothing


def apply_metadata(document: Document, known: KnownMetadata) -> tuple[Document, dict[str, Any]]:
    """The document as the metadata corrects it, and the keys it adds to the record."""
    found = document.published
    changes: dict[str, Any] = {}
    if known.published:
        changes["published"] = known.published
    if known.language:
        changes["language"] = known.language
    extra = {
        "url": known.url,
        "issuer": known.issuer,
        "published_text": found,
        "published_from": "metadata" if known.published else ("text" if found else None),
    }
    return (replace(document, **changes) if changes else document), extra
