"""CSV tables written in one pass over a stream equal those of write_tables, byte for byte."""

from __future__ import annotations

from pressextract.export.tables import table_columns, write_csv_stream, write_tables

RECORDS = [
    {
        "id": "a1", "source": "a.txt", "title": "=HYPERLINK(1)", "warnings": ["w"],
        "dates": [{"text": "May 3", "start": "2024-05-03", "end": "2024-05-03"}],
        "quotes": [{"kind": "direct", "speaker": "Jane", "text": "Hi, \"you\"\nthere"}],
        "tables": [{"header": ["x", "y"], "rows": [["1", "2"], ["3"]]}],
    },
    {"id": "b2", "source": "b.txt", "statistics": [{"text": "250", "value": 250}]},
]


def test_streamed_tables_equal_the_in_memory_ones(tmp_path):
    streamed, in_memory = tmp_path / "stream", tmp_path / "memory"
    streamed.mkdir(), in_memory.mkdir()
    for safe_cells, bom in [(True, True), (False, False)]:
        counts = write_csv_stream(iter(RECORDS), streamed, safe_cells=safe_cells, bom=bom)
        assert counts == write_tables(RECORDS, in_memory, safe_cells=safe_cells, bom=bom)
        for name in table_columns():
            path = f"{name}.csv"
            assert (streamed / path).read_bytes() == (in_memory / path).read_bytes(), path
