"""Predictions to score: records.jsonl written by `pressextract run`, or Records made in memory."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressextract.config import PipelineConfig
from pressextract.errors import InputNotFound, PressExtractError
from pressextract.evaluate.gold import release_key
from pressextract.schema import Record

if TYPE_CHECKING:  # spaCy loads only when the pipeline actually runs
    from pressextract.batch import RunOptions
    from pressextract.pipeline import Failure


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read records.jsonl (a file, or a folder that holds one), keyed by `release_key(source)`."""
    target = Path(path)
    file = target / "records.jsonl" if target.is_dir() else target
    if not file.is_file():
        raise InputNotFound(
            f"no records found at {str(file)!r}: pass --pred OUT_DIR of `pressextract run`"
        )
    out: dict[str, dict[str, Any]] = {}
    with file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PressExtractError(f"{file}:{number}: not a JSON record: {exc}") from exc
            if not isinstance(record, dict) or not isinstance(record.get("source"), str):
                raise PressExtractError(f"{file}:{number}: a record needs a string 'source'")
            out[release_key(record["source"])] = record
    return out


def predictions_from_records(records: Iterable[Record]) -> dict[str, dict[str, Any]]:
    """Records made in memory (by `pipeline.process_documents`), keyed like load_predictions."""
    return {release_key(r.document.source): r.as_dict() for r in records}


def predict_dir(
    raw_dir: str | Path,
    pipeline: str | Path | PipelineConfig = "default",
    options: RunOptions | None = None,
) -> tuple[dict[str, dict[str, Any]], list[Failure]]:
    """Run the pipeline over every release under `raw_dir` (the batch code of `pressextract
    run`, into a temporary folder): predictions plus the failures.

    Symbolic links are followed wherever they point: an evaluation folder is the developer's
    own layout (benchmarks/corpus2_halves.py makes one of links into the corpus).
    """
    from pressextract.batch import RunOptions, run

    root = Path(raw_dir)
    if not root.is_dir():
        raise InputNotFound(f"input folder {str(root)!r} does not exist")
    with tempfile.TemporaryDirectory(prefix="pressextract-evaluate-") as out:
        options = options or RunOptions(follow_symlinks=True)
        summary = run(root, Path(out), pipeline, formats=("jsonl",), options=options)
        return load_predictions(Path(out)), list(summary.failures)
