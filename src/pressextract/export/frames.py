"""pandas DataFrames of the output tables, with proper dtypes, and a reader for a run's folder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from pressextract.errors import PressExtractError
from pressextract.export.cells import restore
from pressextract.export.jsonl import RECORDS_FILE, read_jsonl
from pressextract.export.tables import ERROR_COLUMNS, FlatTable, cell_value, flat_tables

# Column dtypes by name, the same in every table; any other column is text (pandas "string").
DATE_COLUMNS = frozenset({"published", "dateline_date"})  # complete dates (YYYY-MM-DD) only
FLOAT_COLUMNS = frozenset({"value", "value_max"})
INT_COLUMNS = frozenset({"char_start", "char_end", "mentions", "quotes", "table", "row", "column"})


def to_frames(records: Iterable[Mapping[str, Any]]) -> dict[str, pd.DataFrame]:
    """One DataFrame per output table (the CSVs' names and columns), with proper dtypes.

    Ids and text are pandas strings, offsets and counts nullable integers (Int64), statistic
    values floats, and the complete dates (`published`, `dateline_date`) datetime64. Mentioned
    dates (`dates.start`, `dates.end`) stay ISO text, because their precision varies
    (`2024`, `2024-04`, `2024-04-22`).
    """
    return {t.name: table_frame(t) for t in flat_tables(list(records))}


def table_frame(table: FlatTable) -> pd.DataFrame:
    """The DataFrame of one flat table: its columns in order, typed by column name."""
    data = {c: [cell_value(row.get(c)) for row in table.rows] for c in table.columns}
    return typed_frame(pd.DataFrame(data, columns=list(table.columns)))


def typed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with each column converted to the dtype its name calls for."""
    return frame.assign(**{c: _typed(c, frame[c]) for c in frame.columns})


def _typed(column: str, values: pd.Series) -> pd.Series:
    if column in FLOAT_COLUMNS:
        return pd.to_numeric(values, errors="raise").astype("float64")
    if column in INT_COLUMNS:
        return pd.to_numeric(values, errors="raise").astype("Int64")
    if column in DATE_COLUMNS:
        dates = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
        # A value that is not a complete date would become NaT: keep the text rather than lose it.
        if (dates.isna() & values.notna() & (values.astype("string") != "")).any():
            return values.astype("string")
        return dates.astype("datetime64[ns]")
    text = values.astype("string")
    return text.mask(text == "")  # an empty cell is a missing value, whichever file it came from


def read_output(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Load the tables of a `pressextract run` output folder as typed DataFrames.

    Reads records.jsonl when present (it holds everything), else the parquet files, else the
    CSV tables (undoing the apostrophe that made formula-like cells safe). `errors.csv`, when
    present, comes back as the `errors` frame.
    """
    out_dir = Path(out_dir)
    if (out_dir / RECORDS_FILE).is_file():
        frames = to_frames(read_jsonl(out_dir / RECORDS_FILE))
    elif (out_dir / "releases.parquet").is_file():
        frames = {
            name: typed_frame(pd.read_parquet(out_dir / f"{name}.parquet"))
            for name in _table_names()
            if (out_dir / f"{name}.parquet").is_file()
        }
    elif (out_dir / "releases.csv").is_file():
        frames = {
            name: _read_csv(out_dir / f"{name}.csv")
            for name in _table_names()
            if (out_dir / f"{name}.csv").is_file()
        }
    else:
        raise PressExtractError(
            f"no pressextract output in {str(out_dir)!r}: expected records.jsonl,"
            " releases.parquet or releases.csv (write them with `pressextract run --out`)"
        )
    if (out_dir / "errors.csv").is_file():
        frames["errors"] = _read_csv(out_dir / "errors.csv")
    return frames


def _table_names() -> Sequence[str]:
    return [t.name for t in flat_tables([])]


def _read_csv(path: Path) -> pd.DataFrame:
    # Everything as text first (ids like "0012e4..." must not become numbers), then typed.
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    text = pd.DataFrame({c: frame[c].map(restore) for c in frame.columns}, columns=frame.columns)
    text = text.mask(text == "")
    if list(frame.columns) in (list(ERROR_COLUMNS), list(ERROR_COLUMNS[:2])):  # (older: no stage)
        return text.astype("string")
    return typed_frame(text)
