"""One Parquet file per table, with the DataFrames' dtypes (pyarrow; the `parquet` extra)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path

from pressextract.errors import MissingExtra
from pressextract.export.atomic import atomic_path
from pressextract.export.frames import table_frame
from pressextract.export.tables import FlatTable


def require_pyarrow() -> None:
    """Raise MissingExtra, naming the install command, when pyarrow is not installed."""
    if importlib.util.find_spec("pyarrow") is None:
        raise MissingExtra("parquet output", "pyarrow", "parquet")


def write_parquet(tables: Iterable[FlatTable], out_dir: Path) -> dict[str, int]:
    """Write each table as OUT_DIR/NAME.parquet atomically; return rows written per file name."""
    require_pyarrow()
    written = {}
    for table in tables:
        frame = table_frame(table)
        with atomic_path(out_dir / f"{table.name}.parquet") as tmp:
            frame.to_parquet(tmp, engine="pyarrow", index=False)
        written[f"{table.name}.parquet"] = len(frame)
    return written
