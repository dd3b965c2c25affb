"""`--metadata FILE.csv`: known url, issuer, publication date and language per release."""

from __future__ import annotations

import csv
import json

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from pressextract.batch import RunOptions, run
from pressextract.cli import app
from pressextract.errors import PressExtractError
from pressextract.export.frames import read_output
from pressextract.known_metadata import KnownMetadata, load_metadata

RELEASE = """Acme opens a plant in Lyon

LYON, France, May 3, 2024 — Acme Corp. opened a plant yesterday that will employ 250 people.
"""
UNDATED = """Acme opens a plant in Lyon

Acme Corp. opened a plant yesterday that will employ 250 people.
"""


@pytest.fixture
def releases(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dated.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "undated.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "other.txt").write_text(RELEASE.replace("250", "300"), encoding="utf-8")
    return folder


def records(out) -> dict[str, dict]:
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["source"]: r for r in map(json.loads, lines)}


@pytest.mark.parametrize(
    ("csv_text", "expected"),
    [
        ("path,url\na.txt,https://x.test/a\n", {"a.txt": KnownMetadata(url="https://x.test/a")}),
        ("path,issuer,published\nsub/b.html,Acme,2024-06-01\n",
         {"sub/b.html": KnownMetadata(issuer="Acme", published="2024-06-01")}),
        ("path,language,url\nc.txt,fr,\n", {"c.txt": KnownMetadata(language="fr")}),
    ],
)
def test_rows_are_read_by_path(tmp_path, csv_text, expected):
    path = tmp_path / "meta.csv"
    path.write_text(csv_text, encoding="utf-8")
    assert load_metadata(path, tmp_path) == expected


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        ("url,issuer\nx,y\n", "no 'path' column"),
        ("path,author\na.txt,me\n", "unknown column(s) author"),
        ("path,published\na.txt,03/05/2024\n", "meta.csv:2: published '03/05/2024' is not a date"),
        ("path,published\n,2024-05-03\n", "meta.csv:2: empty 'path'"),
    ],
)
def test_a_malformed_file_is_refused_with_its_line(tmp_path, csv_text, message):
    path = tmp_path / "meta.csv"
    path.write_text(csv_text, encoding="utf-8")
    with pytest.raises(PressExtractError, match=None) as raised:
        load_metadata(path, tmp_path)
    assert message in str(raised.value)


def test_a_supplied_date_wins_anchors_relative_dates_and_both_are_kept(releases, tmp_path, config):
    meta = tmp_path / "meta.csv"
    meta.write_text(
        "path,url,issuer,published\n"
        "dated.txt,https://acme.test/1,Acme Corp.,2024-06-10\n"
        "undated.txt,,Acme Corp.,2024-06-10\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run(releases, out, config, options=RunOptions(metadata=meta))
    got = records(out)
    dated, undated, other = got["dated.txt"], got["undated.txt"], got["other.txt"]
    assert dated["published"] == "2024-06-10" and dated["published_text"] == "2024-05-03"
    assert dated["published_from"] == "metadata"
    assert (dated["url"], dated["issuer"]) == ("https://acme.test/1", "Acme Corp.")
    # 'yesterday' resolves against the supplied date, the one the record says it used
    assert undated["published_text"] is None and undated["published_from"] == "metadata"
    assert any(d["start"] == "2024-06-09" for d in undated["dates"]), undated["dates"]
    assert "published_from" not in other and other["published"] == "2024-05-03"


def test_a_changed_metadata_row_reprocesses_only_its_release(releases, tmp_path, config):
    meta, out = tmp_path / "meta.csv", tmp_path / "out"
    meta.write_text("path,issuer\ndated.txt,Acme\n", encoding="utf-8")
    run(releases, out, config, options=RunOptions(metadata=meta))
    meta.write_text("path,issuer\ndated.txt,Acme Corp.\n", encoding="utf-8")
    summary = run(releases, out, config, options=RunOptions(metadata=meta))
    assert (summary.changed, summary.unchanged) == (1, 2)
    assert records(out)["dated.txt"]["issuer"] == "Acme Corp."


def test_the_cli_reports_a_bad_metadata_file_as_a_usage_error(releases, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("path,colour\ndated.txt,red\n", encoding="utf-8")
    argv = ["run", str(releases), "-o", str(tmp_path / "out"), "-q", "--metadata", str(meta)]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2
    assert "unknown column(s) colour" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("source", "url", "issuer", "published_from"),
    [
        ("dated.txt", "https://acme.test/1", "Acme Corp.", "metadata"),  # the supplied date won
        ("undated.txt", None, "Acme Corp.", "metadata"),  # only the supplied date
        ("other.txt", None, None, "text"),  # no row: the date found in the text
    ],
)
def test_the_release_tables_carry_url_issuer_and_where_published_came_from(
    releases, tmp_path, config, source, url, issuer, published_from
):
    meta = tmp_path / "meta.csv"
    meta.write_text(
        "path,url,issuer,published\n"
        "dated.txt,https://acme.test/1,Acme Corp.,2024-06-10\n"
        "undated.txt,,Acme Corp.,2024-06-10\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    formats = ("jsonl", "csv", "xlsx", "parquet")
    run(releases, out, config, formats, options=RunOptions(metadata=meta))
    csv_rows = {r["source"]: r for r in csv.DictReader(
        (out / "releases.csv").open(encoding="utf-8-sig", newline=""))}
    assert (csv_rows[source]["url"], csv_rows[source]["issuer"]) == (url or "", issuer or "")
    assert csv_rows[source]["published_from"] == published_from
    parquet = pd.read_parquet(out / "releases.parquet").set_index("source")
    assert parquet.loc[source, "published_from"] == published_from
    sheet = openpyxl.load_workbook(out / "tables.xlsx")["releases"]
    header = [cell.value for cell in sheet[1]]
    rows = {row[header.index("source")]: row for row in sheet.iter_rows(2, values_only=True)}
    assert rows[source][header.index("issuer")] == issuer
    frame = read_output(out)["releases"].set_index("source")
    assert (None if pd.isna(frame.loc[source, "url"]) else frame.loc[source, "url"]) == url
