"""One Excel workbook with a sheet per table (openpyxl through pandas; the `excel` extra)."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pressextract.errors import MissingExtra
from pressextract.export.atomic import atomic_path
from pressextract.export.cells import is_formula_like
from pressextract.export.frames import table_frame
from pressextract.export.tables import FlatTable

XLSX_FILE = "tables.xlsx"
CELL_LIMIT = 32_767  # characters Excel keeps in one cell
CUT_NOTE = " … [cut at Excel's 32,767-character cell limit; the full text is in records.jsonl]"
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60  # characters; the full text is one click away in the formula bar
# Control characters XML 1.0 cannot hold (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def require_openpyxl() -> None:
    """Raise MissingExtra, naming the install command, when openpyxl is not installed."""
    if importlib.util.find_spec("openpyxl") is None:
        raise MissingExtra("xlsx output", "openpyxl", "excel")


def write_xlsx(tables: Iterable[FlatTable], path: Path, *, safe_cells: bool = True) -> int:
    """Write one sheet per table to `path` atomically; return the number of sheets.

    Each sheet has a bold, frozen header row with an autofilter and columns sized to their
    content; numbers are number cells and complete dates date cells. Every text cell is typed as
    text, so nothing a release says ever becomes a formula; with `safe_cells` formula-like text
    also gets Excel's quote prefix, which keeps it text when someone edits the cell.
    """
    require_openpyxl()
    sheets = 0
    with (
        atomic_path(path) as tmp,
        pd.ExcelWriter(tmp, engine="openpyxl") as writer,
    ):
        for table in tables:
            frame = _fit_text(table_frame(table))
            frame.to_excel(writer, sheet_name=table.name, index=False, freeze_panes=(1, 0))
            _finish_sheet(writer.sheets[table.name], frame, safe_cells)
            sheets += 1
    return sheets


def _fit_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns cleaned of characters a workbook cannot hold, and cut to Excel's limit."""
    text_columns = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c])]
    return frame.assign(**{c: frame[c].map(_fit_cell, na_action="ignore") for c in text_columns})


def _fit_cell(value: str) -> str:
    value = _ILLEGAL.sub("\ufffd", value)
    if len(value) > CELL_LIMIT:
        return value[: CELL_LIMIT - len(CUT_NOTE)] + CUT_NOTE
    return value


def _finish_sheet(sheet, frame: pd.DataFrame, safe_cells: bool) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    last = get_column_letter(max(len(frame.columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(frame) + 1}"
    for index, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _width(column, frame[column])
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = DATE_FORMAT
        if not pd.api.types.is_string_dtype(frame[column]):
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, str) and is_formula_like(cell.value):
                cell.data_type = "s"  # openpyxl made a formula of a leading '='
                cell.quotePrefix = safe_cells


def _width(column: str, values: pd.Series) -> float:
    sample = values.head(500).dropna()
    if pd.api.types.is_datetime64_any_dtype(values):
        longest = 10
    else:
        longest = max((len(str(v).split("\n", 1)[0]) for v in sample), default=0)
    return min(max(len(column), longest) + 2, MAX_WIDTH)
