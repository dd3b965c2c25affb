"""Run the pipeline over a folder: discover, skip what is unchanged, process the rest on an
engine, commit results to the manifest in batches, and rebuild the outputs from it, streaming."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pressextract import ingest
from pressextract.config import PipelineConfig, load_pipeline
from pressextract.engines import check_engine, make_engine
from pressextract.engines.release import Release
from pressextract.errors import IngestError, InputNotFound
from pressextract.export.atomic import atomic_writer
from pressextract.export.jsonl import RECORDS_FILE, iter_jsonl
from pressextract.export.outputs import (
    DEFAULT_FORMATS,
    FORMATS,
    check_formats,
    parse_formats,
    write_table_formats,
)
from pressextract.export.tables import flat_tables, write_csv_stream, write_errors
from pressextract.isolation import Failure, check_output_folder, stop_on_signals
from pressextract.known_metadata import KnownMetadata, load_metadata
from pressextract.manifest import Manifest, Outcome, file_hash, run_key

__all__ = ["FORMATS", "RunOptions", "RunSummary", "parse_formats", "run"]
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
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    interrupted: str | None = None  # the signal that stopped the run early (SIGINT, SIGTERM)
    todo: int = 0  # releases this run had to process (new, changed or failed before)
    processed: int = 0  # of those, how many it processed (fewer when a signal stopped it)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def exit_code(self) -> int | None:
        """128 + the signal's number when a signal stopped the run (130 Ctrl-C, 143 SIGTERM)."""
        if self.interrupted is None:
            return None
        import signal

        return 128 + int(signal.Signals[self.interrupted])

    def line(self) -> str:
        """The one-line summary printed at the end of `pressextract run`."""
        return (
            f"{self.read} releases read, {self.failed} failed, {self.records} records written"
            f" in {self.seconds:.1f} s -> {self.out_dir} ({self.new} new, {self.changed} changed,"
            f" {self.unchanged} unchanged, {self.removed} removed)"
        )


@dataclass(frozen=True)
class RunOptions:
    """How a folder run goes beyond the pipeline: which releases, which engine."""

    force: bool = False  # reprocess every release, changed or not
    keep_deleted: bool = False  # keep the records of releases whose files are gone
    metadata: Path | None = None  # --metadata FILE.csv
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None  # a Dask scheduler address; None starts a local cluster
    follow_symlinks: bool = False  # read links whose targets lie outside the input folder


def run(
    input_dir: Path,
    out_dir: Path,
    pipeline: str | Path | PipelineConfig = "default",
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    on_start: Callable[[int], None] | None = None,
    on_progress: Progress | None = None,
    options: RunOptions = RunOptions(),
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> RunSummary:
    """Process the new and changed releases under `input_dir` and rebuild the outputs.

    `on_start(total)` is called once the releases to process are known and `on_progress(n)`
    after each batch of n, so a caller can show progress. Unreadable files become rows of
    errors.csv. Results are committed to `out_dir`/manifest.sqlite batch by batch, so a run that
    is killed resumes where it stopped. Ctrl-C or SIGTERM (in the main thread) stops the run
    after the current release: what is done is committed and the outputs are written, and the
    summary's `interrupted` names the signal. `safe_cells` and `bom` are the spreadsheet options
    of `write_table_formats`.
    """
    started = time.perf_counter()
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    if not input_dir.exists():
        raise InputNotFound(f"input folder {str(input_dir)!r} does not exist")
    check_output_folder(input_dir, out_dir)
    check_formats(formats)
    check_engine(options.engine)
    config = pipeline if isinstance(pipeline, PipelineConfig) else load_pipeline(pipeline)
    root = input_dir if input_dir.is_dir() else input_dir.parent
    known = load_metadata(options.metadata, root) if options.metadata else {}
    follow = options.follow_symlinks
    paths = [input_dir]
    if input_dir.is_dir():
        paths = ingest.discover(input_dir, follow_symlinks=follow)
    _remove_stale_temporaries(out_dir)
    manifest = Manifest(out_dir)
    processed = 0
    try:
        with stop_on_signals() as stop:
            key = run_key(config)
            done = {} if options.force else manifest.done(key)
            previous = manifest.sources()
            todo, failures = _to_process(paths, root, known, follow, done)
            current = {path.relative_to(root).as_posix() for path in paths}
            removed = sorted(previous - current)
            if removed and not options.keep_deleted:
                manifest.remove(removed)
            manifest.commit(failures, key)
            unreadable = len(failures)
            if on_start is not None:
                on_start(len(todo))
            size = config.batch_size
            chunks = (
                [] if stop.requested else [todo[i : i + size] for i in range(0, len(todo), size)]
            )
            engine = make_engine(
                options.engine, config, options.workers, len(chunks), options.scheduler
            )
            with engine:
                stop.on_request = engine.stop
                if stop.requested:
                    engine.stop()
                for outcomes in engine.map(chunks):
                    manifest.commit(outcomes, key)
                    processed += len(outcomes)
                    failures.extend(o for o in outcomes if not o.ok)
                    if on_progress is not None:
                        on_progress(len(outcomes))
            # The outputs are written even after a stop request: they then hold what was done.
            files = export_outputs(manifest, out_dir, formats, safe_cells=safe_cells, bom=bom)
    finally:
        manifest.close()
    new = sum(1 for r in todo if r.source not in previous)
    return RunSummary(
        read=len(paths),
        records=files.get("records", 0),
        failures=_as_failures(failures),
        seconds=time.perf_counter() - started,
        out_dir=out_dir,
        files={k: v for k, v in files.items() if k != "records"},
        new=new,
        changed=len(todo) - new,
        unchanged=len(paths) - len(todo) - unreadable,
        removed=len(removed),
        interrupted=stop.signal,
        todo=len(todo),
        processed=processed,
    )


def _as_failures(outcomes: list[Outcome]) -> tuple[Failure, ...]:
    return tuple(Failure(o.source, o.reason or "", o.stage or "") for o in outcomes)


def _to_process(
    paths: list[Path],
    root: Path,
    known: dict[str, KnownMetadata],
    follow_symlinks: bool,
    done: dict[str, str],
) -> tuple[list[Release], list[Outcome]]:
    """The releases that are new or changed (or failed before), and those that cannot be read."""
    todo, failures = [], []
    for path in paths:
        release = _release(path, root, known, follow_symlinks)
        if isinstance(release, Outcome):
            failures.append(release)
        elif done.get(release.source) != f"{release.content_hash}:{release.metadata_hash}":
            todo.append(release)
    return todo, failures


def _release(
    path: Path, root: Path, known: dict[str, KnownMetadata], follow_symlinks: bool
) -> Release | Outcome:
    source = path.relative_to(root).as_posix()
    metadata = known.get(source)
    digest = metadata.digest() if metadata else "-"
    try:
        # Neither a link out of the input folder nor a FIFO or device is opened, not even to hash.
        ingest.files.check_readable(path, root, follow_symlinks=follow_symlinks)
        content_hash = file_hash(path)
    except IngestError as exc:
        return Outcome(source, "", digest, reason=str(exc), stage="read")
    except OSError as exc:
        reason = f"cannot read {path}: {exc.strerror or exc}"
        return Outcome(source, "", digest, reason=reason, stage="read")
    return Release(source, str(path), str(root), content_hash, metadata, follow_symlinks)


def export_outputs(
    manifest: Manifest,
    out_dir: Path,
    formats: tuple[str, ...],
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> dict[str, int]:
    """Rebuild records.jsonl, the tables and errors.csv from the manifest.

    records.jsonl and the CSV tables are written streaming (the tables from records.jsonl when
    it is written, else straight from the manifest); xlsx and parquet hold their tables in
    memory. Returns rows per file, and under "records" the number of records.
    """

    def records() -> Iterator[dict]:
        if "jsonl" in formats:
            return iter_jsonl(out_dir / RECORDS_FILE)
        return (json.loads(line) for line in manifest.records())

    files: dict[str, int] = {}
    if "jsonl" in formats:
        files[RECORDS_FILE] = files["records"] = _write_lines(manifest.records(), out_dir)
    if "csv" in formats:
        files.update(write_csv_stream(records(), out_dir, safe_cells=safe_cells, bom=bom))
    in_memory = [f for f in formats if f not in ("jsonl", "csv")]
    if in_memory:
        tables = flat_tables(list(records()))
        files.update(
            write_table_formats(tables, out_dir, in_memory, safe_cells=safe_cells, bom=bom)
        )
    if "records" not in files:
        files["records"] = sum(1 for _ in manifest.records())
    errors = manifest.failures()
    files["errors.csv"] = write_errors(errors, out_dir, safe_cells=safe_cells, bom=bom)
    return files


def _write_lines(lines: Iterator[str], out_dir: Path) -> int:
    count = 0
    with atomic_writer(out_dir / RECORDS_FILE) as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")
            count += 1
    return count


def _remove_stale_temporaries(out_dir: Path) -> None:
    # A run killed while it replaced an output leaves the temporary file of atomic_writer.
    if out_dir.is_dir():
        for stale in out_dir.glob(".*.tmp"):
            stale.unlink(missing_ok=True)
