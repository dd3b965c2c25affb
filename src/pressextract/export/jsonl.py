"""records.jsonl: one JSON object per release, the nested form of the output contract."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
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
