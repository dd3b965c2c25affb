"""`pressextract show` and `pressextract report`: what they print and write, and their errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pressextract.cli import app

REPO = Path(__file__).resolve().parent.parent
PROCESSED = REPO / "data" / "processed"
RELEASE = (
    REPO / "data" / "raw" / "html" / "coastal-water-trust_2024-03-12_desalination-plant-opens.html"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def stored(source: str) -> dict:
    lines = (PROCESSED / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return next(r for r in map(json.loads, lines) if r["source"] == source)


@pytest.mark.parametrize(
    "key", [str(RELEASE), "html/" + RELEASE.name, stored("html/" + RELEASE.name)["id"]]
)
def test_show_prints_the_stored_record(runner, key):
    record = stored("html/" + RELEASE.name)
    result = runner.invoke(app, ["show", key, "--out", str(PROCESSED)], terminal_width=140)
    assert result.exit_code == 0, result.output
    assert record["title"] in result.output
    assert "Thandiwe Mokoena" in result.output
    for heading in ("quotes", "statistics", "highlighted:"):
        assert heading in result.output
    assert "$48 million" in result.output


def test_show_runs_the_pipeline_without_out(runner, tmp_path):
    path = tmp_path / "acme.txt"
    path.write_text(
        "Acme opens plant\n\nLYON, May 3, 2024 — Acme Corp. opened a plant with 250 jobs.\n\n"
        "“A great day,” said Jane Doe, Chief Executive Officer of Acme Corp.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["show", str(path)], terminal_width=140)
    assert result.exit_code == 0, result.output
    assert "Acme opens plant" in result.output and "Jane Doe" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "{tmp}/none.txt"], "no such file"),
        (["show", "nope", "--out", str(PROCESSED)], "no record for 'nope'"),
        (["show", "x", "--out", "{tmp}"], "no records file"),
        (["report", "{tmp}"], "no records file"),
    ],
)
def test_errors_exit_2_with_one_clear_line(runner, tmp_path, args, message):
    result = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_report_writes_one_page(runner, tmp_path):
    shutil.copytree(PROCESSED, tmp_path / "o")
    result = runner.invoke(app, ["report", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "report.html").is_file()
    assert "report written to" in result.output
