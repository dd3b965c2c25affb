"""Which output formats a run writes, and writing the row tables in each of them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pressextract.errors import PressExtractError
from pressextract.export.tables import FlatTable, write_csv_tables

FORMATS = ("jsonl", "csv", "xlsx", "parquet")
DEFAULT_FORMATS = ("jsonl", "csv")


def parse_formats(text: str) -> tuple[str, ...]:
    """'jsonl,csv' -> ('jsonl', 'csv'), rejecting unknown formats."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise PressExtractError(
            f"unknown output format(s) {', '.join(unknown) or '(none)'}; choose from"
            f" {', '.join(FORMATS)}"
        )
    return formats


def check_formats(formats: Sequence[str]) -> None:
    """Raise before any work when a format needs an optional package that is missing."""
    if "xlsx" in formats:
        from pressextract.export.xlsx import require_openpyxl

        require_openpyxl()
    if "parquet" in formats:
        from pressextract.export.parquet import require_pyarrow

        require_pyarrow()


def write_table_formats(
    tables: Sequence[FlatTable],
    out_dir: Path,
    formats: Sequence[str],
    *,
    safe_cells: bool = True,
    bom: bool = True,
) -> dict[str, int]:
    """Write the row tables as CSV files, one xlsx workbook and/or parquet files, as asked.

    Returns rows written per file name (sheets for the workbook). `safe_cells` neutralizes
    formula-like text in CSV and xlsx; `bom` starts each CSV with a UTF-8 byte-order mark.
    """
    files: dict[str, int] = {}
    if "csv" in formats:
        files.update(write_csv_tables(tables, out_dir, safe_cells=safe_cells, bom=bom))
    if "xlsx" in formats:
        from pressextract.export.xlsx import XLSX_FILE, write_xlsx

        files[XLSX_FILE] = write_xlsx(tables, out_dir / XLSX_FILE, safe_cells=safe_cells)
    if "parquet" in formats:
        from pressextract.export.parquet import write_parquet

        files.update(write_parquet(tables, out_dir))
    return files
