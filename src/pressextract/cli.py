"""The `pressextract` command: argument checking and messages over the library."""

from __future__ import annotations

import sys
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
) -> None:
    """Extract records from every release in INPUT_DIR and write them to --out."""
    from pressextract.batch import parse_formats
    from pressextract.batch import run as run_batch

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
        )
    except PressExtractError as exc:  # a missing input folder, a bad config or model, ...
        fail(str(exc), code=2)
    finally:
        progress.close()
    for failure in summary.failures:
        typer.echo(f"failed: {failure.source}: {failure.reason}", err=True)
    typer.echo(f"pressextract: {summary.line()}", err=True)
    if summary.records == 0:
        reason = "no release could be processed" if summary.read else "no release files found"
        fail(f"{reason} in {input_dir}", code=1)


app.command("evaluate")(evaluate_command)
app.command("annotate")(annotate_command)
app.command("show")(show_command)
app.command("report")(report_command)


class _Progress:
    """A progress bar on stderr, started once the number of files is known."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar = None

    def start(self, total: int) -> None:
        if self.enabled and total:
            self.bar = click.progressbar(length=total, label="releases", file=sys.stderr)
            self.bar.__enter__()

    def advance(self, steps: int) -> None:
        if self.bar is not None:
            self.bar.update(steps)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
