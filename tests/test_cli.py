"""`pressextract run`: exit codes, messages, and the files written, read back."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from pressextract.cli import app

RELEASE = """Acme opens new plant in Lyon

LYON, France, May 3, 2024 — Acme Corp. opened a plant that will employ 250 people.

"This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme Corp.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def releases(tmp_path):
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    (folder / "acme.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "nested" / "acme-latin1.txt").write_bytes(RELEASE.replace("—", "-").encode("cp1252"))
    return folder


def test_run_writes_records_tables_and_a_summary(runner, releases, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(releases), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "2 releases read, 0 failed, 2 records written" in result.output
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == ["acme.txt", "nested/acme-latin1.txt"]
    for record in records:
        assert len(record["id"]) == 16 and record["title"] == "Acme opens new plant in Lyon"
    for table in ("releases", "dates", "locations", "organizations", "speakers", "quotes",
                  "statistics", "errors"):
        assert (out / f"{table}.csv").is_file(), table
    releases_csv = pd.read_csv(out / "releases.csv", dtype={"release_id": str})
    assert list(releases_csv["release_id"]) == [r["id"] for r in records]


def test_a_broken_file_is_reported_and_the_run_goes_on(runner, releases, tmp_path):
    (releases / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(releases), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "3 releases read, 1 failed, 2 records written" in result.output
    assert "broken.pdf" in result.output
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors["source"]) == ["broken.pdf"]
    assert errors["reason"].iloc[0]


def test_only_the_requested_format_is_written(runner, releases, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(releases), "-o", str(out), "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "records.jsonl").is_file()
    assert not (out / "releases.csv").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["run", "{tmp}/nowhere", "--out", "{tmp}/out"], 2, "does not exist"),
        (["run", "{tmp}/empty", "--out", "{tmp}/out"], 1, "no release files found"),
        (["run", "{tmp}/empty", "--out", "{tmp}/out", "--format", "pdf"], 2, "unknown output"),
        (["run", "{tmp}/empty", "--out", "{tmp}/out", "--pipeline", "nightly"], 2,
         "no pipeline named 'nightly'"),
    ],
)
def test_errors_exit_non_zero_with_one_clear_line(runner, tmp_path, args, code, message):
    (tmp_path / "empty").mkdir()
    argv = [a.format(tmp=tmp_path) for a in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_missing_model_says_what_to_install(runner, releases, tmp_path):
    pipeline = tmp_path / "other.toml"
    pipeline.write_text('[pipeline]\nmodel = "xx_no_such_model"\n', encoding="utf-8")
    argv = ["run", str(releases), "--out", str(tmp_path / "out"), "--pipeline", str(pipeline)]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2
    assert "cannot load spaCy model xx_no_such_model" in result.output
    assert "install" in result.output


def test_outputs_are_replaced_not_appended(runner, releases, tmp_path):
    out = tmp_path / "out"
    for _ in range(2):
        assert runner.invoke(app, ["run", str(releases), "-o", str(out), "-q"]).exit_code == 0
    assert len((out / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
