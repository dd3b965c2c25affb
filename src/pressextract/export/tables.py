"""Flat CSV tables keyed by release id, for spreadsheets and pandas."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressextract.export.atomic import atomic_writer
from pressextract.export.cells import neutralize

# table name -> (record key holding the list, columns after release_id)
ITEM_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dates": ("dates", ("text", "start", "end", "granularity", "char_start", "char_end")),
    "locations": ("locations", ("name", "label", "type", "country_code", "mentions", "char_start")),
    "organizations": ("organizations", ("name", "acronym", "mentions", "char_start")),
    "speakers": ("speakers", ("name", "title", "organization", "kind", "quotes")),
    "quotes": ("quotes", ("kind", "speaker", "text", "char_start", "char_end")),
    "statistics": (
        "statistics",
        (
            "text",
            "value",
            "value_max",
            "unit",
            "qualifier",
            "kind",
            "char_start",
            "char_end",
            "context",
        ),
    ),
    "contacts": ("contacts", ("name", "organization", "email", "phone")),
}
RELEASE_COLUMNS = (
    "source",
    "format",
    "title",
    "subtitle",
    "published",
    "dateline_location",
    "dateline_date",
    "language",
    "warnings",
    "text",
    "url",
    "issuer",
    "published_from",
)
TABLE_COLUMNS = ("table", "row", "column", "header", "cell")
ERROR_COLUMNS = ("source", "reason", "stage")
# Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark;
# pandas and the csv module skip the mark, so every reader sees the same text.
CSV_ENCODING = "utf-8-sig"


@dataclass(frozen=True)
class FlatTable:
    """One output table: its name, its columns (`release_id` first) and its rows.

    Every writer (CSV, xlsx, parquet, DataFrames) works from these, so the formats cannot drift.
    """

    name: str
    columns: tuple[str, ...]
    rows: Sequence[Mapping[str, Any]]


def table_columns() -> dict[str, tuple[str, ...]]:
    """Every row table's name and columns (`release_id` first), in output order."""
    columns = {"releases": ("release_id", *RELEASE_COLUMNS)}
    columns.update({name: ("release_id", *cols) for name, (_, cols) in ITEM_TABLES.items()})
    columns["tables"] = ("release_id", *TABLE_COLUMNS)
    return columns


def record_rows(record: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows one record adds to each table of `table_columns()`."""
    rows = {"releases": [release_row(record)]}
    for table, (key, columns) in ITEM_TABLES.items():
        rows[table] = item_rows(record, key, columns)
    rows["tables"] = table_cell_rows(record)
    return rows


def flat_tables(records: Iterable[Mapping[str, Any]]) -> list[FlatTable]:
    """The releases table, then one table per field, in output order."""
    columns = table_columns()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in columns}
    for record in records:
        for name, found in record_rows(record).items():
            rows[name].extend(found)
    return [FlatTable(name, cols, rows[name]) for name, cols in columns.items()]


def release_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The releases.csv row of one record."""
    dateline = record.get("dateline") or {}
    return {
        "release_id": record["id"],
        "source": record["source"],
        "format": record.get("format"),
        "title": record.get("title"),
        "subtitle": record.get("subtitle"),
        "published": record.get("published"),
        "dateline_location": dateline.get("location"),
        "dateline_date": dateline.get("date"),
        "language": record.get("language"),
        "warnings": " | ".join(record.get("warnings") or ()),
        "text": record.get("text"),
        "url": record.get("url"),
        "issuer": record.get("issuer"),
        "published_from": published_from(record),
    }


def published_from(record: Mapping[str, Any]) -> str | None:
    """Where `published` came from: `metadata` (--metadata), `text`, or None when there is none.

    A record made without a metadata row has no `published_from` key: its date, if any, is the
    one found in the text.
    """
    if record.get("published_from"):
        return record["published_from"]
    return "text" if record.get("published") else None


def item_rows(record: Mapping[str, Any], key: str, columns: Sequence[str]) -> list[dict[str, Any]]:
    """One row per item of `record[key]`, release id first."""
    return [
        {"release_id": record["id"], **{c: item.get(c) for c in columns}}
        for item in record.get(key) or ()
    ]


def table_cell_rows(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """tables.csv rows of one record: one per cell of its data tables, numbered from 1.

    `header` repeats the column's header cell so that each row reads on its own.
    """
    rows = []
    for t, table in enumerate(record.get("tables") or (), 1):
        header = list(table.get("header") or ())
        for r, cells in enumerate(table.get("rows") or (), 1):
            for c, cell in enumerate(cells, 1):
                rows.append(
                    {
                        "release_id": record["id"],
                        "table": t,
                        "row": r,
                        "column": c,
                        "header": header[c - 1] if c <= len(header) else "",
                        "cell": cell,
                    }
                )
    return rows


def write_csv(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> int:
    """Write one table atomically (RFC 4180 quoting: commas, quotes, newlines); return rows.

    `safe_cells` neutralizes formula-like text (see export/cells.py); `bom` starts the file with
    a UTF-8 byte-order mark so Excel reads accents right.
    """
    count = 0
    encoding = CSV_ENCODING if bom else "utf-8"
    with atomic_writer(path, encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        for row in rows:
            cells = {c: cell_value(row.get(c)) for c in columns}
            if safe_cells:
                cells = {c: neutralize(v) for c, v in cells.items()}
            writer.writerow(cells)
            count += 1
    return count


def cell_value(value: Any) -> Any:
    """A value as one cell: a list joined with " | ", a bool as true/false, others as they are."""
    # Lists (a speaker's several roles, say) become one cell rather than a Python repr.
    if isinstance(value, list | tuple):
        return " | ".join(str(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    return value


def write_tables(
    records: Sequence[Mapping[str, Any]],
    out_dir: Path,
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> dict[str, int]:
    """Write releases.csv and one table per field; return rows written per file name."""
    return write_csv_tables(flat_tables(records), out_dir, safe_cells=safe_cells, bom=bom)


def write_csv_tables(
    tables: Iterable[FlatTable], out_dir: Path, *, safe_cells: bool = True, bom: bool = True
) -> dict[str, int]:
    """Write each table as OUT_DIR/NAME.csv; return rows written per file name."""
    return {
        f"{t.name}.csv": write_csv(
            out_dir / f"{t.name}.csv", t.columns, t.rows, safe_cells=safe_cells, bom=bom
        )
        for t in tables
    }


def write_csv_stream(
    records: Iterable[Mapping[str, Any]],
    out_dir: Path,
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> dict[str, int]:
    """The CSV tables of `write_tables` in one pass over a stream of records.

    `records` may be `iter_jsonl(records.jsonl)`: every table is open at once and rows are
    written as they come, so memory does not grow with the number of releases.
    """
    with ExitStack() as stack:
        tables = {
            name: stack.enter_context(_CsvStream(out_dir / f"{name}.csv", cols, safe_cells, bom))
            for name, cols in table_columns().items()
        }
        for record in records:
            for name, rows in record_rows(record).items():
                for row in rows:
                    tables[name].add(row)
    return {f"{name}.csv": table.rows for name, table in tables.items()}


class _CsvStream:
    """One CSV table written row by row into an atomic_writer (it appears only when complete)."""

    def __init__(self, path: Path, columns: Sequence[str], safe_cells: bool, bom: bool) -> None:
        self.path, self.columns, self.rows = path, list(columns), 0
        self.safe_cells, self.encoding = safe_cells, CSV_ENCODING if bom else "utf-8"

    def __enter__(self) -> _CsvStream:
        self._context = atomic_writer(self.path, encoding=self.encoding, newline="")
        handle = self._context.__enter__()
        self._writer = csv.DictWriter(handle, fieldnames=self.columns, quoting=csv.QUOTE_MINIMAL)
        self._writer.writeheader()
        return self

    def add(self, row: Mapping[str, Any]) -> None:
        cells = {c: cell_value(row.get(c)) for c in self.columns}
        if self.safe_cells:
            cells = {c: neutralize(v) for c, v in cells.items()}
        self._writer.writerow(cells)
        self.rows += 1

    def __exit__(self, *exc: object) -> None:
        self._context.__exit__(*exc)


def write_errors(
    errors: Iterable[tuple[str, ...]], out_dir: Path, *, safe_cells: bool = True, bom: bool = True
) -> int:
    """errors.csv: one row per file that could not be processed (always written, maybe empty).

    Each error is (source, reason) or (source, reason, stage).
    """
    rows = (dict(zip(ERROR_COLUMNS, error, strict=False)) for error in errors)
    return write_csv(out_dir / "errors.csv", ERROR_COLUMNS, rows, safe_cells=safe_cells, bom=bom)
