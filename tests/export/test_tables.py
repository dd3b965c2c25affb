"""CSV tables and records.jsonl: readable by pandas and spreadsheets, written atomically."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pressextract.export.atomic import atomic_writer
from pressextract.export.jsonl import read_jsonl, write_jsonl
from pressextract.export.tables import ITEM_TABLES, write_errors, write_tables

RECORD = {
    "id": "00ab12cd34ef5678",
    "source": "sub/acme, inc.html",
    "format": "html",
    "title": 'Acme says "yes", again',
    "subtitle": None,
    "published": "2024-05-01",
    "dateline": {"location": "Zürich", "date": None, "text": "ZÜRICH —"},
    "language": "en",
    "text": "Line one, with a comma.\n\nLine two with “curly” quotes and ; semicolons.",
    "warnings": ["first warning", "second, with comma"],
    "dates": [
        {"text": "22 to 24 April 2024", "start": "2024-04-22", "end": "2024-04-24",
         "granularity": "day", "char_start": 0, "char_end": 19},
    ],
    "locations": [],
    "organizations": [{"name": "Acme, Inc.", "acronym": None, "mentions": 2, "char_start": 5}],
    "speakers": [],
    "quotes": [{"kind": "direct", "speaker": "Jürgen Stock", "text": 'He said "go"\nnow',
                "char_start": 3, "char_end": 9}],
    "statistics": [{"text": "$3.4bn", "value": 3400000000, "value_max": None, "unit": "USD",
                    "qualifier": None, "kind": "money", "char_start": 1, "char_end": 7,
                    "context": "It cost $3.4bn."}],
    "contacts": [],
}


def test_tables_round_trip_through_pandas(tmp_path):
    written = write_tables([RECORD], tmp_path)
    assert written["releases.csv"] == 1 and written["dates.csv"] == 1
    assert written["locations.csv"] == 0
    releases = pd.read_csv(tmp_path / "releases.csv", dtype={"release_id": str})
    assert releases.columns[0] == "release_id"
    row = releases.iloc[0]
    assert row["release_id"] == RECORD["id"]
    assert row["title"] == RECORD["title"]
    assert row["text"] == RECORD["text"]
    assert row["dateline_location"] == "Zürich"
    assert row["warnings"] == "first warning | second, with comma"
    quotes = pd.read_csv(tmp_path / "quotes.csv", dtype={"release_id": str})
    assert quotes.iloc[0]["text"] == 'He said "go"\nnow'
    assert quotes.iloc[0]["speaker"] == "Jürgen Stock"
    stats = pd.read_csv(tmp_path / "statistics.csv")
    assert stats.iloc[0]["value"] == 3_400_000_000
    assert stats.iloc[0]["unit"] == "USD"


def test_every_table_has_release_id_first_even_when_empty(tmp_path):
    write_tables([RECORD], tmp_path)
    for table in ("releases", *ITEM_TABLES):
        header = (tmp_path / f"{table}.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.split(",")[0] == "release_id", table


def test_csv_starts_with_a_byte_order_mark_for_spreadsheets(tmp_path):
    write_tables([RECORD], tmp_path)
    assert (tmp_path / "releases.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_errors_table(tmp_path):
    write_errors([("bad.pdf", "no text layer, page 1", "ingest")], tmp_path)
    errors = pd.read_csv(tmp_path / "errors.csv")
    assert errors.to_dict("records") == [
        {"source": "bad.pdf", "reason": "no text layer, page 1", "stage": "ingest"}
    ]


def test_jsonl_keeps_non_ascii_and_round_trips(tmp_path):
    path = tmp_path / "records.jsonl"
    assert write_jsonl([RECORD, RECORD], path) == 2
    assert "Jürgen" in path.read_text(encoding="utf-8")
    assert read_jsonl(path) == [json.loads(json.dumps(RECORD))] * 2


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(path) as handle:
        handle.write("half a rec")
        raise RuntimeError("crash mid-write")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]


def test_tables_csv_has_one_row_per_cell_with_its_header(tmp_path):
    record = {
        **RECORD,
        "tables": [
            {
                "caption": "Revenue by region",
                "header": ["Region", "2024", "2025"],
                "rows": [["North", "$1,200", "$1,450"], ["South, coast", "(30)", "—"]],
            }
        ],
    }
    written = write_tables([record, {**RECORD, "id": "ff00", "tables": []}], tmp_path)
    assert written["tables.csv"] == 6
    cells = pd.read_csv(tmp_path / "tables.csv", dtype=str, keep_default_na=False)
    assert list(cells.columns) == ["release_id", "table", "row", "column", "header", "cell"]
    assert cells.iloc[0].tolist() == [RECORD["id"], "1", "1", "1", "Region", "North"]
    assert cells.iloc[4].tolist() == [RECORD["id"], "1", "2", "2", "2024", "(30)"]
    assert cells.iloc[3]["cell"] == "South, coast"
