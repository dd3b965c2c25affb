"""DataFrames of the output tables: the CSV columns with proper dtypes, read back from any file."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pressextract import read_output, to_frames
from pressextract.errors import PressExtractError
from pressextract.export.jsonl import write_jsonl
from pressextract.export.outputs import write_table_formats
from pressextract.export.tables import ERROR_COLUMNS, flat_tables, write_errors

from .sample import RECORD

DTYPES = [
    # (table, column, dtype)
    ("releases", "release_id", "string"),
    ("releases", "title", "string"),
    ("releases", "published", "datetime64[ns]"),
    ("releases", "dateline_date", "datetime64[ns]"),
    ("dates", "start", "string"),
    ("dates", "char_start", "Int64"),
    ("locations", "mentions", "Int64"),
    ("speakers", "quotes", "Int64"),
    ("statistics", "value", "float64"),
    ("statistics", "value_max", "float64"),
    ("contacts", "release_id", "string"),
    ("tables", "table", "Int64"),
    ("tables", "row", "Int64"),
    ("tables", "cell", "string"),
]


@pytest.mark.parametrize(("table", "column", "dtype"), DTYPES)
def test_to_frames_gives_each_column_its_dtype(table, column, dtype):
    frames = to_frames([RECORD])
    assert str(frames[table][column].dtype) == dtype


def test_to_frames_has_the_csv_tables_and_columns():
    frames = to_frames([RECORD])
    assert {t.name: list(t.columns) for t in flat_tables([])} == {
        name: list(frame.columns) for name, frame in frames.items()
    }
    releases = frames["releases"]
    assert releases.loc[0, "release_id"] == "0012ab34cd56ef78"
    assert releases.loc[0, "published"] == pd.Timestamp("2024-05-03")
    assert pd.isna(releases.loc[0, "dateline_date"])
    assert frames["statistics"].loc[0, "value"] == -5.0
    assert frames["contacts"].empty


def test_to_frames_takes_records_as_well_as_dicts(nlp):
    import pressextract

    record = pressextract.extract("LYON, May 3, 2024 — Acme Corp. opened a plant in Lyon.")
    frames = to_frames([record])
    assert frames["releases"].loc[0, "release_id"] == record.document.id


def test_a_date_that_is_not_complete_stays_text_rather_than_lost():
    frames = to_frames([{**RECORD, "published": "2024-05"}])
    assert frames["releases"].loc[0, "published"] == "2024-05"


@pytest.fixture
def run_folder(tmp_path):
    out = tmp_path / "out"
    tables = flat_tables([RECORD])
    write_jsonl([RECORD], out / "records.jsonl")
    write_table_formats(tables, out, ("csv", "parquet"))
    write_errors([("bad.pdf", "no text layer")], out)
    return out


@pytest.mark.parametrize("kept", ["csv", "parquet"])
def test_read_output_gives_the_same_frames_from_csv_or_parquet_as_from_jsonl(
    run_folder, tmp_path, kept
):
    expected = read_output(run_folder)
    only = tmp_path / kept
    only.mkdir()
    for path in run_folder.glob(f"*.{kept}"):
        shutil.copy(path, only)
    frames = read_output(only)
    for name in ("releases", "dates", "quotes", "statistics", "contacts", "tables"):
        pd.testing.assert_frame_equal(frames[name], expected[name])
    # The neutralized CSV cells come back as the text that was extracted.
    assert frames["releases"].loc[0, "title"] == RECORD["title"]
    assert frames["quotes"].loc[0, "text"] == "@SUM(A1:A9) is how we count"


def test_read_output_includes_the_errors(run_folder):
    errors = read_output(run_folder)["errors"]
    assert list(errors.columns) == list(ERROR_COLUMNS)
    assert errors.loc[0, "source"] == "bad.pdf"


def test_read_output_of_a_folder_without_output_says_what_it_expected(tmp_path):
    with pytest.raises(PressExtractError, match=r"records.jsonl, releases.parquet or releases.csv"):
        read_output(tmp_path)
