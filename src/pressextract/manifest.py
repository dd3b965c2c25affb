"""The output folder's manifest: what each release was made from, and its committed result.

`OUT_DIR/manifest.sqlite` holds one row per release: source path, content hash, the hash of its
known metadata, pipeline name and config hash, package and model versions, the time it was
processed, and the result (the record as JSON, or the failure reason). Results are committed in
batches (one SQLite transaction each), so a run killed at any moment loses at most the batch in
flight, and the next run starts where it stopped. The outputs (records.jsonl, the tables) are
rebuilt from the manifest at the end of every run, streaming, in source order.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from pressextract.config import PipelineConfig

MANIFEST_FILE = "manifest.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (
    source TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    metadata_hash TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    package_version TEXT NOT NULL,
    model TEXT NOT NULL,
    model_version TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    status TEXT NOT NULL,  -- 'ok' or 'failed'
    record TEXT,           -- the records.jsonl line when ok
    reason TEXT,           -- why it failed
    stage TEXT             -- where it failed: read, ingest, model, extract:FIELD, export, worker
)
"""


@dataclass(frozen=True)
class RunKey:
    """What every release of a run is made with: a change here reprocesses everything."""

    pipeline: str
    config_hash: str
    package_version: str
    model: str
    model_version: str


@dataclass(frozen=True)
class Outcome:
    """The result of one release, as it is committed: a record's JSON line or a failure."""

    source: str
    content_hash: str
    metadata_hash: str
    record: str | None = None  # JSON text of Record.as_dict()
    reason: str | None = None
    stage: str | None = None  # where it failed (errors.csv's stage column)

    @property
    def ok(self) -> bool:
        return self.record is not None


def run_key(config: PipelineConfig) -> RunKey:
    """The pipeline, its options and the installed versions, hashed without loading the model."""
    fields = {f.name: getattr(config, f.name) for f in dataclasses.fields(config)}
    fields.pop("path")  # the same config read from another place is the same config
    text = json.dumps(fields, sort_keys=True, default=_plain)
    return RunKey(
        pipeline=config.name,
        config_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        package_version=_version("pressextract"),
        model=config.model,
        model_version=f"{_version(config.model)} (spacy {_version('spacy')})",
    )


def _plain(value: Any) -> Any:
    if hasattr(value, "items"):
        return dict(value.items())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)  # the [limits] table
    raise TypeError(f"cannot hash a {type(value).__name__} in a pipeline config")


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def file_hash(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks (a 50 MB file costs no 50 MB of memory)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class Manifest:
    """The SQLite manifest of one output folder."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.path = out_dir / MANIFEST_FILE
        self.db = sqlite3.connect(self.path)
        self.db.execute(SCHEMA)
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(releases)")}
        if "stage" not in columns:  # a manifest written before errors.csv had a stage column
            self.db.execute("ALTER TABLE releases ADD COLUMN stage TEXT")
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def done(self, key: RunKey) -> dict[str, str]:
        """source -> content and metadata hash of the releases already made with `key` and ok."""
        rows = self.db.execute(
            "SELECT source, content_hash || ':' || metadata_hash FROM releases WHERE status = 'ok'"
            " AND pipeline = ? AND config_hash = ? AND package_version = ? AND model = ?"
            " AND model_version = ?",
            dataclasses.astuple(key),
        )
        return dict(rows)

    def sources(self) -> set[str]:
        """Every source the manifest holds a row for."""
        return {source for (source,) in self.db.execute("SELECT source FROM releases")}

    def commit(self, outcomes: Iterable[Outcome], key: RunKey) -> None:
        """Store a batch of results in one transaction: all of them, or (after a crash) none."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [
            (
                o.source, o.content_hash, o.metadata_hash, *dataclasses.astuple(key), now,
                "ok" if o.ok else "failed", o.record, o.reason, o.stage,
            )
            for o in outcomes
        ]
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO releases (source, content_hash, metadata_hash, pipeline,"
                " config_hash, package_version, model, model_version, processed_at, status,"
                " record, reason, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def remove(self, sources: Iterable[str]) -> None:
        """Drop the rows of releases whose files are gone."""
        with self.db:
            self.db.executemany("DELETE FROM releases WHERE source = ?", ((s,) for s in sources))

    def records(self) -> Iterator[str]:
        """The JSON lines of every ok release, sorted by source (streamed, not loaded)."""
        query = "SELECT record FROM releases WHERE status = 'ok' ORDER BY source"
        for (record,) in self.db.execute(query):
            yield record

    def failures(self) -> Iterator[tuple[str, str, str]]:
        """(source, reason, stage) of every failed release, sorted by source."""
        query = (
            "SELECT source, reason, COALESCE(stage, '') FROM releases WHERE status = 'failed'"
            " ORDER BY source"
        )
        yield from self.db.execute(query)
