"""`pressextract evaluate` and `pressextract annotate`: argument checking and messages only.

Registered on the main app in cli.py: `app.command("evaluate")(evaluate_command)` and
`app.command("annotate")(annotate_command)`. Exit codes: 0 ok, 1 a threshold or the baseline is
not met, 2 usage or input errors (a malformed gold file names the file and the key).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from pressextract.errors import PressExtractError


def evaluate_command(
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of gold files (ANNOTATION.md format).")
    ],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Output folder of `pressextract run` (or its records.jsonl)."),
    ] = None,
    input: Annotated[
        Path | None,
        typer.Option("--input", help="Folder of releases: run the pipeline first, then score."),
    ] = None,
    pipeline: Annotated[
        str, typer.Option(help="Pipeline for --input: name (pipelines/NAME.toml) or .toml path.")
    ] = "default",
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="For --input: worker processes (default: the number of cores)."
        ),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", help="Output: table, json or markdown.")
    ] = "table",
    per_doc: Annotated[
        bool, typer.Option("--per-doc", help="List each release's misses and false positives.")
    ] = False,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under",
            help="FIELD=F1: exit 1 when FIELD's F1 is lower (repeat for more fields).",
        ),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Pinned scores (JSON): exit 1 when a field falls below."),
    ] = None,
    update_baseline: Annotated[
        bool,
        typer.Option("--update-baseline", help="Write the current scores to --baseline instead."),
    ] = False,
) -> None:
    """Score extraction against gold files: precision, recall and F1 per field."""
    from pressextract.evaluate import load_gold_dir, load_predictions, report, score
    from pressextract.evaluate.predictions import predict_dir

    if (pred is None) == (input is None):
        fail("give exactly one of --pred OUT_DIR or --input RAW_DIR", 2)
    if workers is not None and input is None:
        fail("--workers applies to --input RAW_DIR (the run before scoring)", 2)
    if format not in report.FORMATS:
        fail(f"--format {format!r}: choose from {', '.join(report.FORMATS)}", 2)
    if update_baseline and baseline is None:
        fail("--update-baseline needs --baseline FILE (the file to write)", 2)
    try:
        thresholds = report.parse_thresholds(
            part for spec in fail_under or [] for part in spec.split(",") if part.strip()
        )
        pinned = report.load_baseline(baseline) if baseline and not update_baseline else {}
        gold_releases = load_gold_dir(gold)
        if not gold_releases:
            fail(f"no gold files (*.json) in {gold}", 2)
        if pred is not None:
            predictions = load_predictions(pred)
        else:
            from pressextract.batch import RunOptions
            from pressextract.engines import default_workers

            options = RunOptions(workers=workers or default_workers(), follow_symlinks=True)
            predictions, failures = predict_dir(input, pipeline, options)  # type: ignore[arg-type]
            for failure in failures:
                line = f"failed: {failure.source} ({failure.stage}): {failure.reason}"
                typer.echo(line, err=True)
    except PressExtractError as exc:
        fail(str(exc), 2)
    scores = score(gold_releases, predictions)
    shortfalls = report.check_minimums(scores, thresholds, "threshold")
    shortfalls += report.check_minimums(scores, pinned, "baseline")
    typer.echo(report.render(scores, format, per_doc=per_doc, shortfalls=shortfalls))
    for source in scores.missing:
        typer.echo(f"pressextract: warning: no release for gold file of {source}", err=True)
    if update_baseline and scores.missing:
        fail(_partial_gold("--update-baseline", len(scores.missing)), 2)
    if update_baseline and baseline is not None:
        report.write_baseline(baseline, scores)
        typer.echo(f"pressextract: baseline written to {baseline}", err=True)
    for shortfall in shortfalls:
        typer.echo(f"pressextract: below minimum: {shortfall.line()}", err=True)
    if shortfalls:
        fields = ", ".join(dict.fromkeys(s.field for s in shortfalls))
        typer.echo(f"pressextract: evaluation failed for: {fields}", err=True)
    if (thresholds or pinned) and scores.missing:
        # A gate met over fewer releases than the gold holds leaves the failed or absent
        # releases out of its figures: it fails, whatever the figures say.
        fail(_partial_gold("--baseline/--fail-under", len(scores.missing)), 1)
    if shortfalls:
        raise typer.Exit(1)


def _partial_gold(option: str, missing: int) -> str:
    return (
        f"{option}: {missing} gold file(s) have no release to score (listed above), so the scores "
        "cover only part of the gold; fix the failed releases or remove their gold files"
    )


def annotate_command(
    raw_file: Annotated[Path, typer.Argument(help="One release file (HTML, text, ...).")],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Gold file or folder to write (default: stdout)."),
    ] = None,
    pipeline: Annotated[
        str, typer.Option(help="Pipeline name (pipelines/NAME.toml) or path to a .toml file.")
    ] = "default",
    force: Annotated[
        bool,
        typer.Option("--force", help="Overwrite --out if it exists (it may hold corrections)."),
    ] = False,
) -> None:
    """Write the pipeline's output for one release as a draft gold file, to correct by hand."""
    from pressextract.evaluate.annotate import annotate_file

    if not raw_file.is_file():
        fail(f"release file {str(raw_file)!r} does not exist", 2)
    if out is not None and out.is_dir():
        from pressextract.evaluate.gold import release_key

        out = out / release_key(raw_file.name)  # a folder of gold files: name it after the release
    if out is not None and out.exists() and not force:
        fail(f"{out} exists (it may hold hand corrections); pass --force to overwrite it", 2)
    try:
        draft = annotate_file(raw_file, pipeline)
    except PressExtractError as exc:
        fail(str(exc), 2)
    text = json.dumps(draft, indent=2, ensure_ascii=False) + "\n"
    if out is None:
        typer.echo(text, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    typer.echo(f"pressextract: draft gold written to {out}: correct it by hand", err=True)


def fail(message: str, code: int) -> NoReturn:
    typer.echo(f"pressextract: error: {message}", err=True)
    raise typer.Exit(code)
