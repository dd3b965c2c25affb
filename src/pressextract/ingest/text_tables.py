"""Data tables in plain text, Markdown and PDF text: aligned with spaces or drawn with pipes.

They become `schema.Table` like HTML tables (tables.py) and leave the text, so their numbers
are not statistics. Two shapes are read, before spaces are collapsed:

- pipe tables ("| Region | 2024 | 2023 |", with or without a "|---|" rule under the header);
- tables aligned with runs of spaces (EDGAR text exhibits, earnings releases sent as text): a
  block of lines where a label is followed by figures set apart by two or more spaces. Figures
  are right-aligned, so columns are the right edges the figures share; header lines above the
  first row of figures are assigned to the column whose edge is nearest, and label lines just
  above the block name the table.

A block is a table only when it is a data grid by the rule of tables.py (at least three figures,
at least a third of the cells after the first column) and has at least two rows of figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pressextract.ingest.tables import is_data_grid, is_numeric_cell, merge_fragments
from pressextract.schema import Table

_GAP = re.compile(r"\s{2,}|\t")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
MIN_FIGURE_ROWS = 2
MAX_LABEL_WORDS = 12


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


def _cells(line: str) -> list[_Cell]:
    """Cells of a line split at runs of two or more spaces, with their columns."""
    out, at = [], 0
    for part in _GAP.split(line):
        if not part.strip():
            at += len(part)
            continue
        start = line.index(part, at)
        stripped = part.strip()
        start += len(part) - len(part.lstrip())
        out.append(_Cell(stripped, start, start + len(stripped)))
        at = start + len(stripped)
    return _merge_money(out)


_MONEY_MARKS = re.compile(r"[$€£¥(]+")


def _merge_money(cells: list[_Cell]) -> list[_Cell]:
    """ "$" or "(" set apart from its figure by spaces belongs to it ("$   8,851")."""
    out: list[_Cell] = []
    for cell in cells:
        if out and _MONEY_MARKS.fullmatch(out[-1].text):
            out[-1] = _Cell(f"{out[-1].text}{cell.text}", out[-1].start, cell.end)
        else:
            out.append(cell)
    return out


def _figures(cells: list[_Cell]) -> list[_Cell]:
    """The figure cells of a row: after its label, every cell a number ("$8,700", "(32)", "-")."""
    if len(cells) < 2:
        return []
    values = cells[1:] if not is_numeric_cell(cells[0].text) else cells
    return values if all(is_numeric_cell(c.text) for c in values) else []


@lru_cache(maxsize=4096)  # a block's lines are asked about again (its extent, grid, caption)
def _is_figure_row(line: str) -> bool:
    if not _GAP.search(line.strip()):
        return False  # one cell at most, so no figures: most lines of a text end here
    cells = _cells(line)
    figures = _figures(cells)
    return bool(figures) and any(
        re.search(r"\d", c.text) and not _YEAR.match(c.text) for c in figures
    )


def _is_label(line: str) -> bool:
    text = line.strip()
    closed = text.endswith((".", "!", "?")) and not text.isupper()  # "SEARS, ROEBUCK AND CO."
    return 0 < len(text) <= 80 and len(text.split()) <= MAX_LABEL_WORDS and not closed


def _is_header(line: str) -> bool:
    """A line of short cells set apart by wide gaps: column headings ("2004     2003")."""
    cells = _cells(line)
    return len(cells) >= 2 and all(len(c.text.split()) <= 6 for c in cells)


def take_text_tables(
    raw: str, anchors: list[tuple[str, ...]] | None = None
) -> tuple[str, list[Table]]:
    """Remove the data tables from text; return the text (tables as blank lines) and them.

    `anchors`, when given, receives for each table the last lines of text above it, nearest
    first.
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").expandtabs(8).split("\n")
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _pipe_table(lines, i) or _aligned_table(lines, i)
        if found is None:
            i += 1
            continue
        start, end, table = found
        tables.append(table)
        if anchors is not None:
            anchors.append(tuple(x.strip() for x in reversed(lines[:start]) if x.strip())[:5])
        lines[start:end] = [""] * (end - start)
        i = end
    return "\n".join(lines), tables


def _pipe_table(lines: list[str], i: int) -> tuple[int, int, Table] | None:
    if not lines[i].strip().startswith("|") or (i > 0 and lines[i - 1].strip().startswith("|")):
        return None
    end = i
    while end < len(lines) and lines[end].strip().startswith("|"):
        end += 1
    rows = [lines[k].strip() for k in range(i, end)]
    ruled = len(rows) > 1 and bool(_PIPE_RULE.match(rows[1]))
    grid = [
        merge_fragments([c for c in row.strip("|").split("|")])
        for row in rows
        if not _PIPE_RULE.match(row)
    ]
    grid = [row for row in grid if row]
    data = grid[1:] if ruled else grid
    if len(data) < MIN_FIGURE_ROWS or not is_data_grid(grid):
        return None
    header = tuple(grid[0]) if ruled else ()
    width = max(len(row) for row in grid)
    caption, start = _caption(lines, i)
    body = tuple(tuple(row + [""] * (width - len(row))) for row in data)
    if header and len(header) < width:
        header = header + ("",) * (width - len(header))
    return start, end, Table(caption=caption, header=header, rows=body)


def _aligned_table(lines: list[str], i: int) -> tuple[int, int, Table] | None:
    """A block of space-aligned figure rows starting at or just above line `i`."""
    if not _is_figure_row(lines[i]):
        return None
    # Header lines (and wrapped labels) directly above the first row of figures.
    top = i
    while top > 0:
        above = lines[top - 1]
        if above.strip() and (_is_header(above) or _is_label(above)):
            top -= 1
        elif not above.strip() and top > 1 and _is_header(lines[top - 2]):
            top -= 1  # a blank line between the column headings and the first rows
        else:
            break
    while top < i and not lines[top].strip():
        top += 1
    # The block runs on over figure rows, labels and single blank lines.
    end, last_figure, blanks = i, i, 0
    edges = {c.end for c in _figures(_cells(lines[i]))}
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            blanks += 1
            if blanks > 2:
                break
        elif _is_figure_row(line):
            row_edges = {c.end for c in _figures(_cells(line))}
            if not _aligned(row_edges, edges):
                break  # another table, set in other columns, starts here
            edges |= row_edges
            blanks, last_figure = 0, end
        elif _is_label(line) or _is_header(line):
            blanks = 0
        else:
            break
        end += 1
    end = last_figure + 1
    figure_rows = [k for k in range(i, end) if _is_figure_row(lines[k])]
    if len(figure_rows) < MIN_FIGURE_ROWS:
        return None
    table = _grid_from_lines(lines[top:end], first_figure=i - top)
    if table is None:
        return None
    caption, start = _caption(lines, top)
    if caption and table.caption:
        caption = f"{caption} {table.caption}"
    table = Table(caption=caption or table.caption, header=table.header, rows=table.rows)
    return start, end, table


def _aligned(row_edges: set[int], edges: set[int]) -> bool:
    """Whether most figures of a row end where figures above them end (within a character)."""
    near = sum(any(abs(e - f) <= 1 for f in edges) for e in row_edges)
    return near >= 0.5 * len(row_edges)


def _columns(rows: list[list[_Cell]]) -> list[int]:
    """Right edges shared by the figures of the rows: one per column, left to right."""
    edges = sorted(c.end for row in rows for c in _figures(row))
    columns: list[int] = []
    for edge in edges:
        if columns and edge - columns[-1] <= 3:
            continue
        columns.append(edge)
    return columns


def _grid_from_lines(block: list[str], *, first_figure: int) -> Table | None:
    parsed = [_cells(line) for line in block]
    figure_rows = [row for row, line in zip(parsed, block, strict=True) if _is_figure_row(line)]
    columns = _columns(figure_rows)
    if not columns:
        return None

    def column_of(cell: _Cell) -> int:
        return min(range(len(columns)), key=lambda k: abs(columns[k] - cell.end))

    left = min(c.start for row in figure_rows for c in _figures(row))
    header_parts: list[list[str]] = [[] for _ in range(len(columns) + 1)]
    caption_lines: list[str] = []
    rows: list[list[str]] = []
    pending = ""  # a label wrapped onto the next line ("Credit and financial products")
    for k, (cells, line) in enumerate(zip(parsed, block, strict=True)):
        if not cells:
            continue
        figures = _figures(cells) if _is_figure_row(line) else []
        if k < first_figure and not figures:
            if len(cells) == 1 and cells[0].end < left:
                caption_lines.append(cells[0].text)  # "(millions, except per share)"
                continue
            for cell in cells:
                slot = 0 if cell.end < left - 2 else column_of(cell) + 1
                header_parts[slot].append(cell.text)
            continue
        if not figures:
            if len(cells) == 1 and cells[0].end < left:
                if pending and cells[0].text[0].islower():
                    pending = f"{pending} {cells[0].text}"  # a label wrapped over three lines
                    continue
                if pending:
                    rows.append([pending] + [""] * len(columns))
                pending = cells[0].text
                continue
            rows.append([" ".join(c.text for c in cells)] + [""] * len(columns))
            continue
        label = " ".join(c.text for c in cells if c not in figures)
        if pending:
            wrapped = bool(label) and (label[0].islower() or not label)
            if wrapped:
                label = f"{pending} {label}"
            else:
                rows.append([pending] + [""] * len(columns))
            pending = ""
        row = [label] + [""] * len(columns)
        for cell in figures:
            slot = column_of(cell) + 1
            row[slot] = f"{row[slot]} {cell.text}".strip()
        rows.append(row)
    if pending:
        rows.append([pending] + [""] * len(columns))
    if not is_data_grid(rows):
        return None
    header: tuple[str, ...] = ()
    if any(header_parts[1:]):
        header = tuple(" ".join(parts) for parts in header_parts)
    caption = " ".join(caption_lines) or None
    return Table(caption=caption, header=header, rows=tuple(tuple(r) for r in rows))


def _caption(lines: list[str], top: int) -> tuple[str | None, int]:
    """Short label lines just above a table ("CONSOLIDATED INCOME") and where they start."""
    k, names = top, []
    while k > 0 and len(names) < 3:
        above = lines[k - 1].strip()
        if not above:
            if k > 1 and lines[k - 2].strip() and _is_label(lines[k - 2]) and not names:
                k -= 1
                continue
            break
        if not _is_label(above) or _is_figure_row(lines[k - 1]):
            break
        names.insert(0, above)
        k -= 1
    return (" ".join(names) or None), k
