"""pressextract: press releases in, structured records out.

The public API is a few functions; importing the package loads nothing heavy (spaCy, the model
and pandas load on first use).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

    import pandas as pd

    from pressextract.batch import RunSummary
    from pressextract.config import PipelineConfig
    from pressextract.schema import Record

__all__ = ["extract", "extract_file", "read_output", "run", "to_frames"]
__version__ = "0.1.0"


def extract(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    pipeline: str | Path | PipelineConfig = "default",
) -> Record:
    """Extract a Record from the body text of one release (`published` as YYYY-MM-DD)."""
    from pressextract.pipeline import document_from_text

    return _process_one(document_from_text(text, title=title, published=published), pipeline)


def extract_file(path: str | Path, *, pipeline: str | Path | PipelineConfig = "default") -> Record:
    """Ingest one release file (HTML, text, ...) and extract its Record."""
    from pressextract.ingest import read_document

    path = Path(path)
    return _process_one(read_document(path, path.parent), pipeline)


def run(
    input_dir: str | Path,
    out_dir: str | Path,
    *,
    pipeline: str | Path | PipelineConfig = "default",
    formats: tuple[str, ...] = ("jsonl", "csv"),
    safe_cells: bool = True,
    bom: bool = True,
    force: bool = False,
    keep_deleted: bool = False,
    metadata: str | Path | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Process the new and changed releases of a folder; rebuild records.jsonl and the tables.

    `formats` takes any of jsonl, csv, xlsx, parquet; `safe_cells=False` writes formula-like
    text as is; `bom=False` writes CSV without the byte-order mark. The other options are those
    of `pressextract run` (README): `--force`, `--keep-deleted`, `--metadata`, `--workers`,
    `--engine`, `--scheduler`.
    """
    from pressextract.batch import RunOptions
    from pressextract.batch import run as run_batch

    options = RunOptions(
        force=force,
        keep_deleted=keep_deleted,
        metadata=Path(metadata) if metadata is not None else None,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
    )
    return run_batch(
        Path(input_dir),
        Path(out_dir),
        pipeline=pipeline,
        formats=formats,
        options=options,
        safe_cells=safe_cells,
        bom=bom,
    )


def to_frames(records: Iterable[Mapping[str, Any] | Record]) -> dict[str, pd.DataFrame]:
    """One pandas DataFrame per output table (releases, dates, ...), with proper dtypes.

    `records` are record dicts (records.jsonl lines) or Records.
    """
    from pressextract.export.frames import to_frames as frames

    return frames(r if isinstance(r, dict) else r.as_dict() for r in records)


def read_output(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Load the tables written by `run` (from records.jsonl, parquet or CSV) as DataFrames."""
    from pressextract.export.frames import read_output as read

    return read(out_dir)


def _process_one(document, pipeline) -> Record:  # type: ignore[no-untyped-def]
    from pressextract.config import PipelineConfig, load_pipeline
    from pressextract.errors import PressExtractError
    from pressextract.pipeline import Failure, process_documents

    config = pipeline if isinstance(pipeline, PipelineConfig) else load_pipeline(pipeline)
    nlp = _cached_nlp(config)
    (outcome,) = process_documents([document], nlp, config)
    if isinstance(outcome, Failure):
        raise PressExtractError(f"{outcome.source}: {outcome.reason}")
    return outcome


_NLP_CACHE: dict[str, object] = {}


def _cached_nlp(config):  # type: ignore[no-untyped-def]
    # Loading the model takes about a second: reuse it across calls with the same config.
    from pressextract.nlp.build import build_nlp

    key = repr(config)  # the config holds mappings, so it is not hashable itself
    if key not in _NLP_CACHE:
        _NLP_CACHE[key] = build_nlp(config)
    return _NLP_CACHE[key]
