"""Folder runs at scale: incremental re-runs, the manifest, resuming after a crash, workers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressextract.batch import RunOptions, run
from pressextract.manifest import MANIFEST_FILE

TEMPLATE = """Acme opens plant number {n} in Lyon

LYON, France, May {day}, 2024 — Acme Corp. opened plant {n}, which will employ {staff} people.

"This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme Corp.
"""
OUTPUTS = ("records.jsonl", "releases.csv", "quotes.csv", "statistics.csv", "errors.csv")


def write_releases(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        text = TEMPLATE.format(n=n, day=1 + n % 28, staff=100 + n)
        (folder / f"release-{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def counts(summary) -> tuple[int, int, int, int, int]:
    s = summary
    return (s.new, s.changed, s.unchanged, s.removed, s.failed)


@pytest.fixture
def releases(tmp_path) -> Path:
    return write_releases(tmp_path / "in", 3)


def test_a_rerun_processes_only_new_and_changed_releases(releases, tmp_path, config):
    out = tmp_path / "out"
    assert counts(run(releases, out, config)) == (3, 0, 0, 0, 0)
    first = outputs(out)
    assert counts(run(releases, out, config)) == (0, 0, 3, 0, 0)
    assert outputs(out) == first
    write_releases(releases, 1, start=3)
    (releases / "release-000.txt").write_text(TEMPLATE.format(n=0, day=9, staff=7), "utf-8")
    summary = run(releases, out, config)
    assert counts(summary) == (1, 1, 2, 0, 0)
    assert summary.records == 4


@pytest.mark.parametrize(("keep_deleted", "records"), [(False, 2), (True, 3)])
def test_a_deleted_release_is_dropped_unless_kept(releases, tmp_path, config, keep_deleted,
                                                  records):
    out = tmp_path / "out"
    run(releases, out, config)
    (releases / "release-001.txt").unlink()
    summary = run(releases, out, config, options=RunOptions(keep_deleted=keep_deleted))
    assert counts(summary) == (0, 0, 2, 1, 0)
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == summary.records == records
    assert ('"release-001.txt"' in "".join(lines)) is keep_deleted


def test_force_or_a_changed_config_reprocesses_everything(releases, tmp_path, config):
    from dataclasses import replace

    out = tmp_path / "out"
    run(releases, out, config)
    assert counts(run(releases, out, config, options=RunOptions(force=True))) == (0, 3, 0, 0, 0)
    fewer = replace(config, extractors=("dates",))
    assert counts(run(releases, out, fewer)) == (0, 3, 0, 0, 0)


def test_the_manifest_says_what_each_record_was_made_from(releases, tmp_path, config):
    out = tmp_path / "out"
    run(releases, out, config)
    with sqlite3.connect(out / MANIFEST_FILE) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM releases ORDER BY source").fetchall()
    assert [r["source"] for r in rows] == ["release-000.txt", "release-001.txt", "release-002.txt"]
    for row in rows:
        assert len(row["content_hash"]) == 64 and row["status"] == "ok"
        assert row["pipeline"] == "default" and row["config_hash"]
        assert row["package_version"] and row["model"] == config.model
        assert row["model_version"] != "unknown" and row["processed_at"].startswith("20")


def test_an_unreadable_release_fails_alone_and_is_retried(releases, tmp_path, config):
    out = tmp_path / "out"
    (releases / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    summary = run(releases, out, config)
    assert counts(summary) == (4, 0, 0, 0, 1) and summary.records == 3
    again = run(releases, out, config)
    assert counts(again) == (0, 1, 3, 0, 1)  # a failure is tried again on the next run
    assert b"broken.pdf" in (out / "errors.csv").read_bytes()


def test_a_crash_while_the_tables_are_written_leaves_no_partial_file(
    releases, tmp_path, config, monkeypatch
):
    from pressextract import batch

    reference, out = tmp_path / "reference", tmp_path / "out"
    run(releases, reference, config)

    def crash(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "write_errors", crash)
    with pytest.raises(KeyboardInterrupt):
        run(releases, out, config)
    monkeypatch.undo()
    run(releases, out, config)
    assert outputs(out) == outputs(reference)
    assert not list(out.glob(".*.tmp"))


def test_a_run_killed_mid_way_resumes_to_the_same_outputs(tmp_path, config):
    """SIGKILL once some batches are committed; the re-run finishes the rest, exactly."""
    releases = write_releases(tmp_path / "in", 24)
    pipeline = tmp_path / "small-batches.toml"
    pipeline.write_text("[pipeline]\nname = \"default\"\nbatch_size = 2\n", encoding="utf-8")
    reference, out = tmp_path / "reference", tmp_path / "out"
    argv = [sys.executable, "-c", "from pressextract.cli import app; app()", "run",
            str(releases), "--out", str(out), "--pipeline", str(pipeline), "-q", "--workers", "1"]
    process = subprocess.Popen(argv, stderr=subprocess.DEVNULL)
    try:
        committed = _wait_for_rows(out / MANIFEST_FILE, process, at_least=4)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert committed < 24, "the run ended before it could be killed: give it more releases"
    assert not (out / "records.jsonl").exists()
    summary = run(releases, out, pipeline)
    assert summary.unchanged >= 4 and summary.new + summary.changed + summary.unchanged == 24
    run(releases, reference, pipeline)
    assert outputs(out) == outputs(reference)
    assert summary.records == 24


def _wait_for_rows(db_path: Path, process: subprocess.Popen, at_least: int) -> int:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if db_path.exists():
            try:
                with sqlite3.connect(db_path, timeout=0.1) as db:
                    (rows,) = db.execute("SELECT COUNT(*) FROM releases").fetchone()
            except sqlite3.OperationalError:  # the schema is not there yet
                rows = 0
            if rows >= at_least:
                return rows
        time.sleep(0.05)
    pytest.fail(f"the run committed fewer than {at_least} releases (exit {process.poll()})")


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores")
def test_two_workers_give_the_same_outputs_as_one(tmp_path, config):
    releases = write_releases(tmp_path / "in", 6)
    pipeline = tmp_path / "p.toml"
    pipeline.write_text("[pipeline]\nname = \"default\"\nbatch_size = 2\n", encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    run(releases, one, pipeline, options=RunOptions(workers=1))
    run(releases, two, pipeline, options=RunOptions(workers=2))
    assert outputs(one) == outputs(two)


def test_the_dask_engine_gives_the_same_outputs_as_the_local_one(tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    releases = write_releases(tmp_path / "in", 6)
    pipeline = tmp_path / "p.toml"
    pipeline.write_text("[pipeline]\nname = \"default\"\nbatch_size = 2\n", encoding="utf-8")
    local, on_dask = tmp_path / "local", tmp_path / "dask"
    run(releases, local, pipeline)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        options = RunOptions(engine="dask", scheduler=cluster.scheduler_address)
        summary = run(releases, on_dask, pipeline, options=options)
    assert summary.records == 6
    assert outputs(on_dask) == outputs(local)


def test_a_scheduler_that_does_not_answer_is_a_usage_error(releases, tmp_path):
    pytest.importorskip("distributed")
    from typer.testing import CliRunner

    from pressextract.cli import app

    argv = ["run", str(releases), "-o", str(tmp_path / "out"), "-q", "--engine", "dask",
            "--scheduler", "tcp://127.0.0.1:9"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2, result.output
    assert "does not answer" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--engine", "spark"], "unknown engine 'spark'; choose from local, dask"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
        (["--workers", "0"], "--workers"),
    ],
)
def test_engine_usage_errors_exit_2(releases, tmp_path, extra, message):
    from typer.testing import CliRunner

    from pressextract.cli import app

    result = CliRunner().invoke(app, ["run", str(releases), "-o", str(tmp_path / "o"), *extra])
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
