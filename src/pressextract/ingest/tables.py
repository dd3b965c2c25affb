"""Data tables: financial statements and figure grids become `schema.Table`, not body text.

A table is data when its cells are mostly numbers (at least three numeric cells, and at least a
third of the filled cells after the first column). Its numbers are then kept out of the body, so
extractors never read a statement of operations as 150 statistics. Tables that lay out a page
are not data: the HTML reader unwraps them into text before this module looks.

HTML tables: EDGAR-style statements split "$", the figure and ")" into cells of their own and pad
with empty spacer cells; the fragments are joined and the spacers dropped. The header is the last
row above the first row with a number; rows above it name the table when there is no <caption>.
"""

from __future__ import annotations

import re

import lxml.html

from pressextract.schema import Table

NUMERIC_CELL = re.compile(
    r"^[(\-–—+]?\s*[$€£¥]?\s*[(\-–—+]?\s*(?:\d[\d,.\s]*\d|\d)\s*"
    r"(?:%|pts?|bps|[kmb]n?|million|billion|x)?\s*\)?%?\*?$",
    re.I,
)
_DASH_CELL = re.compile(r"^[-–—]+$")
_FRAGMENT_BEFORE = re.compile(r"^[$€£¥(]+$")  # "$" or "(" alone: belongs to the next cell
_FRAGMENT_AFTER = re.compile(r"^(?:\)|%|\)%|%\))$")  # ")" or "%" alone: belongs to the one before
MIN_NUMERIC = 3
NUMERIC_SHARE = 1 / 3


def is_numeric_cell(cell: str) -> bool:
    """A cell that holds a figure: "1,234", "$ (12.5)", "45%", "—" (nil in a statement)."""
    text = cell.strip()
    return bool(text) and bool(NUMERIC_CELL.match(text) or _DASH_CELL.match(text))


def is_data_grid(rows: list[list[str]]) -> bool:
    """Whether rows of cell texts form a data table rather than text laid out in cells."""
    filled = [row for row in rows if len([c for c in row if c]) >= 2]
    if len(filled) < 2:
        return False
    cells = [c for row in filled for c in row[1:] if c]
    numeric = [c for c in cells if is_numeric_cell(c) and re.search(r"\d", c)]
    return len(numeric) >= MIN_NUMERIC and len(numeric) >= NUMERIC_SHARE * len(cells)


def merge_fragments(cells: list[str]) -> list[str]:
    """Join "$" / "(" with the figure after them and ")" / "%" with the one before; drop blanks."""
    out: list[str] = []
    carry = ""
    for cell in cells:
        text = re.sub(r"\s+", " ", cell).strip()
        if not text:
            continue
        if _FRAGMENT_BEFORE.match(text):
            carry += text
            continue
        if _FRAGMENT_AFTER.match(text) and out:
            out[-1] += text
            continue
        out.append(f"{carry}{text}" if carry else text)
        carry = ""
    if carry:
        out.append(carry)
    return out


def grid_table(grid: list[list[str]], caption: str | None = None) -> Table:
    """A Table from rows of (merged) cells: header rows above the first numeric row."""
    grid = [row for row in grid if row]
    first_data = next(
        (i for i, row in enumerate(grid) if any(is_numeric_cell(c) for c in row[1:])), 0
    )
    # Label rows just above the first figures ("Net sales:") open the data, not the header.
    while first_data > 0 and len(grid[first_data - 1]) == 1 and first_data > 1:
        first_data -= 1
    head, data = grid[:first_data], grid[first_data:]
    width = max((len(row) for row in data), default=0)
    header: tuple[str, ...] = ()
    if head:
        last = head[-1]
        # A header row over figures only ("2024", "2023") leaves the label column unnamed.
        header = tuple([""] * (width - len(last)) + last) if len(last) < width else tuple(last)
        above = [" ".join(row) for row in head[:-1]]
        if above and not caption:
            caption = " ".join(above)
    rows = tuple(tuple(row + [""] * (width - len(row))) for row in data)
    return Table(caption=caption or None, header=header, rows=rows)


def _cell_text(cell: lxml.html.HtmlElement) -> str:
    return re.sub(r"\s+", " ", cell.text_content()).strip()


def html_grid(table: lxml.html.HtmlElement) -> list[list[str]]:
    """Rows of merged cell texts of one HTML table (nested tables are read as their text)."""
    grid = []
    for row in table.xpath("./tr|./*/tr"):
        cells = [_cell_text(c) for c in row.xpath("./td|./th")]
        grid.append(merge_fragments(cells))
    return [row for row in grid if row]


def take_html_tables(
    tree: lxml.html.HtmlElement, anchors: list[tuple[str, ...]] | None = None
) -> list[Table]:
    """Remove the data tables from a page and return them, in document order (outermost only).

    `anchors`, when given, receives for each table the texts of the blocks before it, nearest
    first (none at the top of the page), so the caller can tell where in the body it stood.
    """
    tables: list[Table] = []
    for element in list(tree.iter("table")):
        if any(a.tag == "table" for a in element.iterancestors()):
            continue
        grid = html_grid(element)
        if not is_data_grid(grid):
            continue
        caption_el = element.find("caption")
        caption = _cell_text(caption_el) if caption_el is not None else _heading_above(element)
        tables.append(grid_table(grid, caption))
        if anchors is not None:
            anchors.append(_text_before(element))
        _remove(element)
    return tables


_BLOCKS_BEFORE = (
    "preceding::*[self::p or self::h1 or self::h2 or self::h3 or self::h4 or self::h5"
    " or self::h6 or self::li or self::blockquote or self::dd or self::td][normalize-space()]"
    "[position() <= 5]"
)


def _text_before(element: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The texts of the (up to five) nearest blocks before a table, nearest first."""
    found = element.xpath(_BLOCKS_BEFORE)
    return tuple(_cell_text(e) for e in reversed(found))  # xpath gives document order


def _heading_above(element: lxml.html.HtmlElement) -> str | None:
    """The short line right above a table that names it ("CONSOLIDATED BALANCE SHEETS")."""
    previous = element.getprevious()
    while previous is not None and not _cell_text(previous):
        previous = previous.getprevious()
    if previous is None or previous.tag == "table":
        return None
    text = _cell_text(previous)
    if len(text) > 150 or text.endswith((".", "!", "?", ":")):
        return None
    return text


def _remove(element: lxml.html.HtmlElement) -> None:
    """Drop an element but keep the text that follows it in its parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
