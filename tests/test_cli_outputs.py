"""`pressextract run --format ...`: a release that tries formula injection, through every format."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from pressextract.cli import app

# Written for this test: a title and a quotation that a spreadsheet would run as formulas.
RELEASE = """=HYPERLINK("http://evil.example/x", "Click for results")

SPRINGFIELD, May 3, 2024 — Acme Corp. opened a plant in Springfield on Friday, creating 250 jobs.

“@SUM(A1:A9) is how we count the jobs we create,” said Jane Doe, Chief Executive of Acme.
"""
TITLE = '=HYPERLINK("http://evil.example/x", "Click for results")'
QUOTE = "@SUM(A1:A9) is how we count the jobs we create"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("injection")
    (folder / "in").mkdir()
    (folder / "in" / "acme.txt").write_text(RELEASE, encoding="utf-8")
    argv = ["run", str(folder / "in"), "--out", str(folder / "out"), "-q",
            "--format", "jsonl,csv,xlsx,parquet"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 0, result.output
    return folder / "out"


def first_row(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.DictReader(handle))


def test_every_format_is_written(out):
    names = {p.name for p in out.iterdir()}
    assert {"records.jsonl", "releases.csv", "tables.xlsx", "releases.parquet"} <= names


def test_csv_neutralizes_the_title_and_the_quote(out):
    assert first_row(out / "releases.csv")["title"] == "'" + TITLE
    assert first_row(out / "quotes.csv")["text"] == "'" + QUOTE
    assert first_row(out / "statistics.csv")["value"] == "250"


def test_xlsx_keeps_the_title_and_the_quote_as_quote_prefixed_text(out):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(out / "tables.xlsx")
    for sheet, text in (("releases", TITLE), ("quotes", QUOTE)):
        column = [c.value for c in book[sheet][1]].index("title" if sheet == "releases" else "text")
        cell = book[sheet].cell(row=2, column=column + 1)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)


def test_raw_cells_and_no_excel(tmp_path, out):
    argv = ["run", str(out.parent / "in"), "--out", str(tmp_path), "-q", "--raw-cells",
            "--no-excel"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "releases.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert first_row(tmp_path / "releases.csv")["title"] == TITLE


def test_a_missing_extra_is_a_usage_error_that_names_the_install(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    (tmp_path / "in").mkdir()
    argv = ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--format", "parquet"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2
    assert "pip install 'pressextract[parquet]'" in result.output
    assert not (tmp_path / "o").exists()
