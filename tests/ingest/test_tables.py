"""Data tables leave the body for `Document.tables`; layout tables stay text."""

from __future__ import annotations

import pytest

from pressextract.ingest import parse_bytes
from pressextract.ingest.tables import is_data_grid, is_numeric_cell, merge_fragments
from pressextract.schema import Table

PROSE = (
    "Northwind Tools today reported revenue of $12.4 million for the second quarter, up 8% "
    "from a year earlier, as orders from hardware retailers recovered across the region."
)

# An EDGAR-style statement: "$" and ")" in cells of their own, spacer cells, a two-row header.
EDGAR_STATEMENT = """
<p>CONDENSED STATEMENTS OF OPERATIONS</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td></tr>
<tr><td></td><td colspan="2">June 30, 2025</td><td></td><td colspan="2">June 30, 2024</td></tr>
<tr><td>Revenue:</td><td></td><td></td></tr>
<tr><td>Products</td><td>$</td><td>9,120</td><td></td><td>$</td><td>8,410</td></tr>
<tr><td>Services</td><td>3,280</td><td></td><td>3,070</td></tr>
<tr><td>Net loss</td><td>$</td><td>(1,045</td><td>)</td><td>$</td><td>(870</td><td>)</td></tr>
</table>
"""


def page(body: str) -> bytes:
    return f"""<html><head><title>Northwind Tools reports second quarter results</title></head>
<body><article><h1>Northwind Tools reports second quarter results</h1>
<p>{PROSE}</p>{body}
<p>The company will discuss the results on a call with analysts on Thursday morning.</p>
</article></body></html>""".encode()


@pytest.mark.parametrize(
    ("cell", "numeric"),
    [
        ("1,234", True),
        ("$ (12.5)", True),
        ("45%", True),
        ("—", True),
        ("(870)", True),
        ("June 30, 2025", False),
        ("Products", False),
        ("Q2 2025", False),
    ],
)
def test_numeric_cells(cell: str, numeric: bool) -> None:
    assert is_numeric_cell(cell) is numeric


@pytest.mark.parametrize(
    ("cells", "merged"),
    [
        (["Products", "$", "9,120", "", "$", "8,410"], ["Products", "$9,120", "$8,410"]),
        (["Net loss", "$", "(1,045", ")", ""], ["Net loss", "$(1,045)"]),
        (["Margin", "41.5", "%"], ["Margin", "41.5%"]),
        (["", "", ""], []),
    ],
)
def test_fragments_join_their_figure(cells: list[str], merged: list[str]) -> None:
    assert merge_fragments(cells) == merged


@pytest.mark.parametrize(
    ("grid", "data"),
    [
        ([["Region", "2024", "2025"], ["North", "12", "15"], ["South", "7", "9"]], True),
        ([["Speaker", "Topic"], ["Jane Roe", "Open data"], ["Ravi Rao", "Tooling"]], False),
        ([["Hall A opens at 9 on 3 May", "Hall B at 10"]], False),  # one row: layout
    ],
)
def test_data_grids(grid: list[list[str]], data: bool) -> None:
    assert is_data_grid(grid) is data


def test_edgar_statement_becomes_a_table_and_leaves_the_body() -> None:
    doc = parse_bytes(page(EDGAR_STATEMENT), "q2.html", ".html")
    assert "9,120" not in doc.text and "(1,045" not in doc.text
    assert doc.text.startswith("Northwind Tools today reported")
    assert "call with analysts" in doc.text
    assert doc.tables == (
        Table(
            caption="CONDENSED STATEMENTS OF OPERATIONS",
            header=("", "June 30, 2025", "June 30, 2024"),
            rows=(
                ("Revenue:", "", ""),
                ("Products", "$9,120", "$8,410"),
                ("Services", "3,280", "3,070"),
                ("Net loss", "$(1,045)", "$(870)"),
            ),
            # It stood after the heading that names it, before the closing paragraph.
            char_start=doc.text.index("\n\nThe company will discuss"),
        ),
    )


def test_table_with_caption_and_header_cells() -> None:
    table = """<table><caption>Installed capacity by state</caption>
<thead><tr><th>State</th><th>MW 2024</th><th>MW 2025</th></tr></thead>
<tbody><tr><td>Ohio</td><td>120</td><td>180</td></tr><tr><td>Iowa</td><td>95</td><td>140</td></tr>
</tbody></table>"""
    doc = parse_bytes(page(table), "cap.html", ".html")
    assert doc.tables == (
        Table(
            caption="Installed capacity by state",
            header=("State", "MW 2024", "MW 2025"),
            rows=(("Ohio", "120", "180"), ("Iowa", "95", "140")),
            char_start=len(PROSE),
        ),
    )
    assert "Ohio" not in doc.text


def test_text_table_stays_in_the_body() -> None:
    table = """<table><tr><td>Keynote</td><td>Jane Roe, director of the open data office</td></tr>
<tr><td>Workshop</td><td>Ravi Rao on building tools for the commons</td></tr></table>"""
    doc = parse_bytes(page(table), "agenda.html", ".html")
    assert doc.tables == ()
    assert "Ravi Rao" in doc.text


def test_record_dict_holds_tables_as_plain_data() -> None:
    from pressextract.schema import Record

    doc = parse_bytes(page(EDGAR_STATEMENT), "q2.html", ".html")
    tables = Record(document=doc).as_dict()["tables"]
    assert tables[0]["header"] == ["", "June 30, 2025", "June 30, 2024"]
    assert tables[0]["rows"][1] == ["Products", "$9,120", "$8,410"]
    assert tables[0]["caption"] == "CONDENSED STATEMENTS OF OPERATIONS"
