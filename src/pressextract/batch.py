"""Run the pipeline over a folder: discover, ingest, extract, write outputs and errors.csv."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pressextract import ingest
from pressextract.config import PipelineConfig, load_pipeline
from pressextract.errors import IngestError, InputNotFound
from pressextract.export.jsonl import RECORDS_FILE, write_jsonl
from pressextract.export.outputs import (
    DEFAULT_FORMATS,
    FORMATS,
    check_formats,
    parse_formats,
    write_table_formats,
)
from pressextract.export.tables import flat_tables, write_errors
from pressextract.nlp.build import build_nlp
from pressextract.pipeline import Failure, process_documents
from pressextract.schema import Document, Record

__all__ = ["FORMATS", "RunSummary", "parse_formats", "run", "write_outputs"]
Progress = Callable[[int], None]


@dataclass(frozen=True)
class RunSummary:
    """What a run did: the figures of the one-line summary, and each failure with its reason."""

    read: int
    records: int
    failures: tuple[Failure, ...]
    seconds: float
    out_dir: Path
    files: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        """The one-line summary printed at the end of `pressextract run`."""
        return (
            f"{self.read} releases read, {self.failed} failed, {self.records} records written"
            f" in {self.seconds:.1f} s -> {self.out_dir}"
        )


def run(
    input_dir: Path,
    out_dir: Path,
    pipeline: str | Path | PipelineConfig = "default",
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    on_start: Callable[[int], None] | None = None,
    on_progress: Progress | None = None,
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> RunSummary:
    """Process every release under `input_dir` and write the outputs to `out_dir`.

    `on_start(total)` is called once the files are found and `on_progress(1)` after each one,
    so a caller can show progress. Unreadable files become rows of errors.csv. `safe_cells` and
    `bom` are the spreadsheet options of `write_table_formats`.
    """
    started = time.perf_counter()
    input_dir = Path(input_dir)
    if not input_dir.exists():
        raise InputNotFound(f"input folder {str(input_dir)!r} does not exist")
    check_formats(formats)
    config = pipeline if isinstance(pipeline, PipelineConfig) else load_pipeline(pipeline)
    root = input_dir if input_dir.is_dir() else input_dir.parent
    paths = ingest.discover(input_dir) if input_dir.is_dir() else [input_dir]
    if on_start is not None:
        on_start(len(paths))
    nlp = build_nlp(config)
    failures: list[Failure] = []
    records: list[Record] = []
    for outcome in process_documents(_read_all(paths, root, failures, on_progress), nlp, config):
        if isinstance(outcome, Failure):
            failures.append(outcome)
        else:
            records.append(outcome)
        if on_progress is not None:
            on_progress(1)
    files = write_outputs(
        records, failures, Path(out_dir), formats, safe_cells=safe_cells, bom=bom
    )
    return RunSummary(
        read=len(paths),
        records=len(records),
        failures=tuple(failures),
        seconds=time.perf_counter() - started,
        out_dir=Path(out_dir),
        files=files,
    )


def _read_all(
    paths: list[Path], root: Path, failures: list[Failure], on_progress: Progress | None
) -> Iterator[Document]:
    for path in paths:
        source = path.relative_to(root).as_posix()
        try:
            yield ingest.read_document(path, root)
        except (IngestError, OSError) as exc:
            failures.append(Failure(source, str(exc) or type(exc).__name__))
            if on_progress is not None:
                on_progress(1)


def write_outputs(
    records: list[Record],
    failures: list[Failure],
    out_dir: Path,
    formats: tuple[str, ...],
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> dict[str, int]:
    """Write records.jsonl and/or the tables (CSV, xlsx, parquet), plus errors.csv."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dicts = [r.as_dict() for r in sorted(records, key=lambda r: r.document.source)]
    files: dict[str, int] = {}
    if "jsonl" in formats:
        files[RECORDS_FILE] = write_jsonl(dicts, out_dir / RECORDS_FILE)
    files.update(
        write_table_formats(flat_tables(dicts), out_dir, formats, safe_cells=safe_cells, bom=bom)
    )
    errors = ((f.source, f.reason) for f in failures)
    files["errors.csv"] = write_errors(errors, out_dir, safe_cells=safe_cells, bom=bom)
    return files
