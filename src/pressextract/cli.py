"""The `pressextract` command: argument checking and messages over the library."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import click
import typer

from pressextract.cli_evaluate import annotate_command, evaluate_command, fail
from pressextract.cli_view import report_command, show_command
from pressextract.errors import PressExtractError

app = typer.Typer(
    name="pressextract",
    help="Turn press releases into structured records and tables.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Turn press releases into structured records and tables."""


@app.command()
def run(
    input_dir: Annotated[Path, typer.Argument(help="Folder of releases (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for records and tables.")],
    pipeline: Annotated[
        str, typer.Option(help="Pipeline name (pipelines/NAME.toml) or path to a .toml file.")
    ] = "default",
    format: Annotated[
        str, typer.Option("--format", help="Comma-separated outputs: jsonl, csv, xlsx, parquet.")
    ] = "jsonl,csv",
    raw_cells: Annotated[
        bool, typer.Option("--raw-cells", help="Do not neutralize formula-like cells.")
    ] = False,
    excel: Annotated[
        bool, typer.Option("--excel/--no-excel", help="Start CSV files with a UTF-8 BOM.")
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Reprocess every release, changed or not.")
    ] = False,
    keep_deleted: Annotated[
        bool,
        typer.Option("--keep-deleted", help="Keep the records of releases whose files are gone."),
    ] = False,
    metadata: Annotated[
        Path | None,
        typer.Option(
            "--metadata", help="CSV of known metadata: path, url, issuer, published, language."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Worker processes (default: the number of cores)."),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="Where releases are processed: local or dask.")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: a local cluster)."),
    ] = None,
    follow_symlinks: Annotated[
        bool,
        typer.Option(
            "--follow-symlinks", help="Read links whose targets lie outside INPUT_DIR."
        ),
    ] = False,
) -> None:
    """Extract records from the new and changed releases in INPUT_DIR; rebuild --out."""
    from pressextract.batch import RunOptions, parse_formats
    from pressextract.batch import run as run_batch
    from pressextract.engines import default_workers

    if scheduler is not None and engine != "dask":
        fail("--scheduler needs --engine dask", code=2)
    options = RunOptions(
        force=force,
        keep_deleted=keep_deleted,
        metadata=metadata,
        workers=workers or default_workers(),
        engine=engine,
        scheduler=scheduler,
        follow_symlinks=follow_symlinks,
    )
    progress = _Progress(enabled=not quiet)
    try:
        summary = run_batch(
            input_dir,
            out,
            pipeline=pipeline,
            formats=parse_formats(format),
            on_start=progress.start,
            on_progress=progress.advance,
            safe_cells=not raw_cells,
            bom=excel,
            options=options,
        )
    except PressExtractError as exc:  # a missing input folder, a bad config or model, ...
        fail(str(exc), code=2)
    finally:
        progress.close()
    for failure in summary.failures:
        typer.echo(f"failed: {failure.source} ({failure.stage}): {failure.reason}", err=True)
    typer.echo(f"pressextract: {summary.line()}", err=True)
    if summary.interrupted is not None:
        fail(
            f"interrupted by {summary.interrupted} after {summary.processed} of {summary.todo}"
            f" releases: the outputs in {out} hold what was done; run the same command again"
            f" to process the other {summary.todo - summary.processed}",
            code=summary.exit_code or 1,
        )
    if summary.records == 0:
        reason = "no release could be processed" if summary.read else "no release files found"
        fail(f"{reason} in {input_dir}", code=1)


app.command("evaluate")(evaluate_command)
app.command("annotate")(annotate_command)
app.command("show")(show_command)
app.command("report")(report_command)


class _Progress:
    """A live progress bar on stderr: releases done, rate and time left."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar = None
        self.done = 0
        self.started = 0.0

    def start(self, total: int) -> None:
        if self.enabled and total:
            self.started = time.perf_counter()
            self.bar = click.progressbar(
                length=total,
                label="releases",
                file=sys.stderr,
                show_eta=True,
                show_pos=True,
                item_show_func=lambda rate: rate,
            )
            self.bar.__enter__()

    def advance(self, steps: int) -> None:
        if self.bar is not None:
            self.done += steps
            seconds = max(time.perf_counter() - self.started, 1e-9)
            self.bar.update(steps, f"{self.done / seconds:.1f} releases/s")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
