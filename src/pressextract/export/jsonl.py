"""records.jsonl: one JSON object per release, the nested form of the output contract."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pressextract.export.atomic import atomic_writer

RECORDS_FILE = "records.jsonl"


def write_jsonl(records: Iterable[Mapping[str, Any]], path: Path) -> int:
    """Write record dicts as JSON Lines (UTF-8, non-ASCII kept as is); return how many."""
    count = 0
    with atomic_writer(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
            handle.write("\n")
            count += 1
    return count


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read records.jsonl back into dicts (blank lines ignored)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def find_record(out_dir: Path, release: str | Path) -> dict[str, Any]:
    """The record of one release in OUT_DIR/records.jsonl.

    `release` is a release file (matched by its id, the hash of its bytes, so it may sit anywhere),
    a release id, or a source path as listed in records.jsonl.
    """
    from pressextract.errors import PressExtractError

    path = out_dir / RECORDS_FILE if out_dir.is_dir() else out_dir
    if not path.is_file():
        raise PressExtractError(
            f"no records file {str(path)!r}: run `pressextract run` with --format jsonl first"
        )
    records = read_jsonl(path)
    key = str(release)
    file = Path(release)
    if file.is_file():
        key = hashlib.sha256(file.read_bytes()).hexdigest()[:16]
    for record in records:
        if record.get("id") == key or record.get("source") == Path(release).as_posix():
            return record
    raise PressExtractError(
        f"no record for {str(release)!r} in {path} ({len(records)} records; the file may have"
        " changed since the run, or was not part of it)"
    )


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Stream records.jsonl one dict at a time (blank lines ignored), in file order."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
