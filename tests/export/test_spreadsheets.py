"""xlsx, parquet and CSV as a spreadsheet sees them: read back cell by cell."""

from __future__ import annotations

import csv

import pytest

from pressextract.errors import MissingExtra
from pressextract.export.outputs import check_formats, write_table_formats
from pressextract.export.tables import flat_tables

from .sample import RECORD

openpyxl = pytest.importorskip("openpyxl", reason="the excel extra (openpyxl) is not installed")


def write(tmp_path, formats, **options):
    write_table_formats(flat_tables([RECORD]), tmp_path, formats, **options)
    return tmp_path


def csv_rows(path, encoding="utf-8-sig"):
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("table", "column", "cell"),
    [
        ("releases", "title", '\'=HYPERLINK("http://x.example", "Click")'),
        ("quotes", "text", "'@SUM(A1:A9) is how we count"),
        ("statistics", "text", "'-5 degrees"),
        ("statistics", "value", "-5"),  # a number stays a number
        ("locations", "name", "Lyon"),
        ("tables", "cell", "2023"),
    ],
)
def test_csv_cells_are_neutralized(tmp_path, table, column, cell):
    rows = csv_rows(write(tmp_path, ("csv",)) / f"{table}.csv")
    assert rows[0][column] == cell


def test_csv_data_table_cells_are_neutralized_too(tmp_path):
    rows = csv_rows(write(tmp_path, ("csv",)) / "tables.csv")
    assert [(r["header"], r["cell"]) for r in rows] == [
        ("year", "2023"),
        ("change", "'=1+1"),
        ("year", "2024"),
        ("change", "-3.5"),
    ]


def test_raw_cells_write_the_text_as_extracted(tmp_path):
    rows = csv_rows(write(tmp_path, ("csv",), safe_cells=False) / "releases.csv")
    assert rows[0]["title"] == RECORD["title"]


@pytest.mark.parametrize(
    ("bom", "start"), [(True, b"\xef\xbb\xbfrelease_id"), (False, b"release_id")]
)
def test_csv_byte_order_mark(tmp_path, bom, start):
    out = write(tmp_path, ("csv",), bom=bom)
    assert (out / "releases.csv").read_bytes().startswith(start)


@pytest.fixture
def workbook(tmp_path):
    write(tmp_path, ("xlsx",))
    return openpyxl.load_workbook(tmp_path / "tables.xlsx")


def test_one_sheet_per_table(workbook):
    assert workbook.sheetnames == [t.name for t in flat_tables([])]


@pytest.mark.parametrize(("sheet", "cell"), [("releases", "D2"), ("quotes", "D2")])
def test_xlsx_formula_like_text_is_text_with_a_quote_prefix(workbook, sheet, cell):
    target = workbook[sheet][cell]
    assert target.value in (RECORD["title"], RECORD["quotes"][0]["text"])
    assert target.data_type == "s"
    assert target.quotePrefix


def test_xlsx_tables_sheet_holds_the_data_table_cells(workbook):
    sheet = workbook["tables"]
    assert [c.value for c in sheet[1]] == ["release_id", "table", "row", "column", "header", "cell"]
    formula = sheet["F3"]
    assert (formula.value, formula.data_type, formula.quotePrefix) == ("=1+1", "s", True)
    assert (sheet["C3"].value, sheet["C3"].data_type) == (1, "n")


def test_xlsx_raw_cells_are_still_text_but_without_the_prefix(tmp_path):
    write(tmp_path, ("xlsx",), safe_cells=False)
    title = openpyxl.load_workbook(tmp_path / "tables.xlsx")["releases"]["D2"]
    assert (title.value, title.data_type, title.quotePrefix) == (RECORD["title"], "s", False)


def test_xlsx_header_is_bold_frozen_and_filtered(workbook):
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert all(cell.font.b for cell in sheet[1]), sheet.title
        assert sheet["A1"].value == "release_id"


def test_xlsx_dates_and_numbers_are_typed_cells(workbook):
    published = workbook["releases"]["F2"]
    assert published.is_date and published.value.date().isoformat() == "2024-05-03"
    assert published.number_format == "yyyy-mm-dd"
    value = workbook["statistics"]["C2"]
    assert (value.value, value.data_type) == (-5, "n")
    assert workbook["statistics"]["B2"].value == "-5 degrees"


def test_xlsx_columns_are_sized_to_their_content(workbook):
    widths = workbook["releases"].column_dimensions
    assert widths["A"].width == len(RECORD["id"]) + 2
    assert widths["D"].width == len(RECORD["title"]) + 2


def test_xlsx_cuts_text_longer_than_a_cell_holds_and_says_so(tmp_path):
    record = {**RECORD, "text": "word " * 10_000}
    write_table_formats(flat_tables([record]), tmp_path, ("xlsx",))
    text = openpyxl.load_workbook(tmp_path / "tables.xlsx")["releases"]["K2"].value
    assert len(text) == 32_767
    assert text.endswith("the full text is in records.jsonl]")


def test_parquet_one_file_per_table_with_dtypes(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
    write(tmp_path, ("parquet",))
    assert sorted(p.stem for p in tmp_path.glob("*.parquet")) == sorted(
        t.name for t in flat_tables([])
    )
    releases = pd.read_parquet(tmp_path / "releases.parquet")
    assert str(releases["published"].dtype) == "datetime64[ns]"
    assert releases.loc[0, "title"] == RECORD["title"]
    stats = pd.read_parquet(tmp_path / "statistics.parquet")
    assert str(stats["value"].dtype) == "float64"
    assert str(stats["char_start"].dtype) == "Int64"


@pytest.mark.parametrize(
    ("fmt", "package", "command"),
    [("xlsx", "openpyxl", "pressextract[excel]"), ("parquet", "pyarrow", "pressextract[parquet]")],
)
def test_a_missing_extra_names_the_install_command(monkeypatch, fmt, package, command):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == package else real(name, *a)
    )
    with pytest.raises(MissingExtra, match=rf"needs the optional package {package}") as error:
        check_formats(("jsonl", fmt))
    assert command in str(error.value)
