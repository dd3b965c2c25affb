"""errors.csv names the stage each release failed at, in this process and in worker processes."""

from __future__ import annotations

import textwrap

import pandas as pd
import pytest
from typer.testing import CliRunner

from pressextract import pipeline
from pressextract.cli import app
from pressextract.schema import Statistic

GOOD = (
    "Acme opens a plant in Lyon\n\n"
    "LYON, France, May 3, 2024 — Acme Corp. opened a plant that will employ 250 people."
    ' "This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme.'
)


def errors_of(out):
    frame = pd.read_csv(out / "errors.csv", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["source", "reason", "stage"]
    return {row.source: (row.stage, row.reason) for row in frame.itertuples()}


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "c.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    return folder


def test_each_error_row_names_its_stage_and_reason(folder, tmp_path, monkeypatch):
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    (folder / "empty.txt").write_bytes(b" \n ")
    original = pipeline.EXTRACTORS["dates"]

    def slow_on_b(doc, document, options):
        if document.source == "b.txt":
            while True:
                pass
        return original[1](doc, document, options)

    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setitem(pipeline.EXTRACTORS, "dates", (original[0], slow_on_b))
    statistics = pipeline.EXTRACTORS["statistics"]

    def not_a_number_on_d(doc, document, options):
        if document.source == "d.txt":  # a record JSON cannot hold: NaN
            return [Statistic("250", float("nan"), "people", None, 0, 3)]
        return statistics[1](doc, document, options)

    (folder / "d.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setitem(pipeline.EXTRACTORS, "statistics", (statistics[0], not_a_number_on_d))
    toml = tmp_path / "quick.toml"
    toml.write_text("[pipeline]\nname = 'quick'\n\n[limits]\nrelease_seconds = 5\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        ["run", str(folder), "--out", str(out), "-q", "--pipeline", str(toml), "--workers", "1"],
    )
    assert result.exit_code == 0, result.output
    assert "6 releases read, 4 failed, 2 records written" in result.output
    errors = errors_of(out)
    assert errors["d.txt"][0] == "export"
    assert errors["d.txt"][1].startswith("ValueError: Out of range float values")
    assert errors["empty.txt"] == ("ingest", "file is empty")
    assert errors["link.txt"][0] == "read"
    assert "outside the input folder" in errors["link.txt"][1]
    assert "--follow-symlinks" in errors["link.txt"][1]
    assert errors["b.txt"] == (
        "extract:dates",
        "stopped after the time limit of 5 s ([limits] release_seconds) while in stage"
        " extract:dates",
    )
    assert "failed: empty.txt (ingest): file is empty" in result.output


CRASHER = textwrap.dedent(
    """
    import os

    import pressextract.ingest as ingest

    _parse = ingest.parse_bytes

    def parse_bytes(data, source, suffix):
        if b"KILL-THE-WORKER" in data:
            os._exit(9)  # what a crash in native code or the out-of-memory killer looks like
        return _parse(data, source, suffix)

    ingest.parse_bytes = parse_bytes
    """
)


def plant_worker_killer(folder, tmp_path, monkeypatch, *, batch_size):
    """b.txt kills the worker process that reads it; returns a pipeline file with `batch_size`.
    Worker processes start fresh: a sitecustomize module on their PYTHONPATH plants the crash."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(CRASHER, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(hooks))
    (folder / "b.txt").write_text(GOOD + "\n\nKILL-THE-WORKER", encoding="utf-8")
    toml = tmp_path / "small.toml"
    toml.write_text(f"[pipeline]\nname = 'small'\nbatch_size = {batch_size}\n")
    return toml


def test_a_release_that_kills_its_worker_process_is_an_error_row(folder, tmp_path, monkeypatch):
    toml = plant_worker_killer(folder, tmp_path, monkeypatch, batch_size=1)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        ["run", str(folder), "--out", str(out), "-q", "--workers", "2", "--pipeline", str(toml)],
    )
    assert result.exit_code == 0, result.output
    assert "3 releases read, 1 failed, 2 records written" in result.output
    stage, reason = errors_of(out)["b.txt"]
    assert stage == "worker"
    assert reason.startswith("the worker process died while processing this release")
    sources = [line for line in (out / "records.jsonl").read_text().splitlines()]
    assert ['"source": "a.txt"' in sources[0], '"source": "c.txt"' in sources[1]] == [True, True]


def test_a_release_that_kills_its_dask_worker_is_an_error_row(folder, tmp_path, monkeypatch):
    # The chunk's task dies with its worker (KilledWorker: no retry here, to keep the test
    # short); the engine then runs the chunk's releases one at a time, and only the one that
    # kills its worker again becomes an error row.
    pytest.importorskip("distributed")
    import dask
    from distributed import LocalCluster

    from pressextract.batch import RunOptions, run

    toml = plant_worker_killer(folder, tmp_path, monkeypatch, batch_size=3)
    out = tmp_path / "out"
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
    ):
        options = RunOptions(engine="dask", scheduler=cluster.scheduler_address)
        summary = run(folder, out, toml, options=options)
    assert (summary.read, summary.records, summary.failed) == (3, 2, 1)
    stage, reason = errors_of(out)["b.txt"]
    assert stage == "worker"
    assert reason.startswith("the Dask worker failed on this release (KilledWorker")
    assert reason.endswith("the other releases went on")
    sources = [line for line in (out / "records.jsonl").read_text().splitlines()]
    assert ['"source": "a.txt"' in sources[0], '"source": "c.txt"' in sources[1]] == [True, True]
