"""Predictions to score: records.jsonl written by `pressextract run`, or Records made in memory."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressextract.config import PipelineConfig, load_pipeline
from pressextract.errors import IngestError, InputNotFound, PressExtractError
from pressextract.evaluate.gold import release_key
from pressextract.schema import Document, Record

if TYPE_CHECKING:  # spaCy loads only when the pipeline actually runs
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
    raw_dir: str | Path, pipeline: str | Path | PipelineConfig = "default"
) -> tuple[dict[str, dict[str, Any]], list[Failure]]:
    """Run the pipeline over every release under `raw_dir`: predictions plus the failures."""
    from pressextract import ingest
    from pressextract.nlp.build import build_nlp
    from pressextract.pipeline import Failure, process_documents

    root = Path(raw_dir)
    if not root.is_dir():
        raise InputNotFound(f"input folder {str(root)!r} does not exist")
    config = pipeline if isinstance(pipeline, PipelineConfig) else load_pipeline(pipeline)
    failures: list[Failure] = []

    def documents() -> Iterator[Document]:
        for path in ingest.discover(root):
            try:
                yield ingest.read_document(path, root)
            except (IngestError, OSError) as exc:
                source = path.relative_to(root).as_posix()
                failures.append(Failure(source, str(exc) or type(exc).__name__))

    records = []
    for outcome in process_documents(documents(), build_nlp(config), config):
        if isinstance(outcome, Failure):
            failures.append(outcome)
        else:
            records.append(outcome)
    return predictions_from_records(records), failures
