"""`pressextract show` and `pressextract report`: argument checking and messages only.

Registered on the main app in cli.py. Exit codes: 0 ok, 2 usage or input errors (a missing file,
folder or records file, a release that is not in the records).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pressextract.cli_evaluate import fail
from pressextract.errors import PressExtractError


def show_command(
    file: Annotated[
        Path,
        typer.Argument(help="A release file (or, with --out, its id or source as in the records)."),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Show the record stored by `pressextract run` there."),
    ] = None,
    pipeline: Annotated[
        str, typer.Option(help="Pipeline without --out: name or path to a .toml file.")
    ] = "default",
) -> None:
    """Print one release's record: highlighted text, quotes with speakers, statistics."""
    from pressextract.export.console import show_record

    try:
        if out is not None:
            from pressextract.export.jsonl import find_record

            record = find_record(out, file)
        else:
            if not file.is_file():
                fail(f"no such file: {file}", code=2)
            import pressextract

            record = pressextract.extract_file(file, pipeline=pipeline).as_dict()
    except PressExtractError as exc:
        fail(str(exc), code=2)
    show_record(record)


def report_command(
    out_dir: Annotated[Path, typer.Argument(help="Output folder of `pressextract run`.")],
) -> None:
    """Write OUT_DIR/report.html: one self-contained page to browse the run's records."""
    from pressextract.export.report import write_report

    try:
        path = write_report(out_dir)
    except PressExtractError as exc:
        fail(str(exc), code=2)
    typer.echo(f"pressextract: report written to {path}", err=True)
