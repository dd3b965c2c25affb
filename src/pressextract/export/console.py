"""One release's record in the terminal (rich): highlighted text, quotes, statistics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from pressextract.export.highlight import FIELDS, marks

STYLES = {
    "quotes": "italic on grey19",
    "dates": "bold cyan",
    "statistics": "bold red",
    "locations": "green",
    "organizations": "magenta",
    "speakers": "bold yellow",
}


def show_record(record: Mapping[str, Any], console: Console | None = None) -> None:
    """Print `record` (a records.jsonl object): header, highlighted text, quotes, statistics."""
    console = console or Console()
    console.print(_header(record))
    console.print(_legend(record))
    console.print(Panel(highlighted_text(record), title="text", title_align="left"))
    console.print(_entities(record))
    if record.get("quotes"):
        console.print(_quotes(record))
    if record.get("statistics"):
        console.print(_statistics(record))
    for number, table in enumerate(record.get("tables") or (), 1):
        console.print(_data_table(table, number))


def highlighted_text(record: Mapping[str, Any]) -> Text:
    """The body text with each extracted span styled by its field."""
    text = Text(record.get("text") or "")
    for mark in sorted(marks(record), key=lambda m: FIELDS.index(m.field)):
        text.stylize(STYLES[mark.field], mark.start, mark.end)
    return text


def _header(record: Mapping[str, Any]) -> Panel:
    dateline = record.get("dateline") or {}
    rows = [
        ("source", record.get("source")),
        ("published", record.get("published")),
        ("dateline", dateline.get("text")),
        ("language", record.get("language")),
        ("id", record.get("id")),
    ]
    body = Table.grid(padding=(0, 2))
    for key, value in rows:
        body.add_row(Text(key, style="dim"), Text(str(value or "—")))
    for warning in record.get("warnings") or ():
        body.add_row(Text("warning", style="dim"), Text(warning, style="yellow"))
    title = Text(record.get("title") or "(no title)", style="bold")
    subtitle = record.get("subtitle")
    lines = [title, *([Text(subtitle, style="italic")] if subtitle else []), Text(""), body]
    return Panel(Group(*lines), title="release", title_align="left")


def _legend(record: Mapping[str, Any]) -> Text:
    legend = Text("highlighted: ")
    for field in FIELDS:
        legend.append(f"{field} ({len(record.get(field) or ())})", style=STYLES[field])
        legend.append("  ")
    return legend


def _entities(record: Mapping[str, Any]) -> Table:
    table = Table(title="places, organizations and speakers", title_justify="left", expand=False)
    table.add_column("field")
    table.add_column("name")
    table.add_column("details")
    for item in record.get("locations") or ():
        details = ", ".join(v for v in (item.get("type"), item.get("country_code")) if v)
        table.add_row(Text("location", style=STYLES["locations"]), item.get("name"), details)
    for item in record.get("organizations") or ():
        details = f"acronym {item['acronym']}" if item.get("acronym") else ""
        table.add_row(Text("organization", style=STYLES["organizations"]), item["name"], details)
    for item in record.get("speakers") or ():
        details = ", ".join(v for v in (item.get("title"), item.get("organization")) if v)
        table.add_row(Text("speaker", style=STYLES["speakers"]), item.get("name"), details)
    return table


def _quotes(record: Mapping[str, Any]) -> Table:
    table = Table(title="quotes", title_justify="left", show_lines=True)
    table.add_column("speaker", style=STYLES["speakers"], no_wrap=True)
    table.add_column("kind", style="dim")
    table.add_column("quote", ratio=1)
    for quote in record["quotes"]:
        table.add_row(quote.get("speaker") or "—", quote.get("kind"), quote.get("text"))
    return table


def _statistics(record: Mapping[str, Any]) -> Table:
    table = Table(title="statistics", title_justify="left")
    for name in ("text", "value", "unit", "kind", "qualifier"):
        justify = "right" if name == "value" else "left"
        table.add_column(name, justify=justify)
    for stat in record["statistics"]:
        value = _number(stat.get("value"))
        if stat.get("value_max") is not None:
            value = f"{value} to {_number(stat['value_max'])}"
        cells = (stat.get("text"), value, stat.get("unit"), stat.get("kind"), stat.get("qualifier"))
        table.add_row(*(str(c) if c is not None else "" for c in cells))
    return table


def _data_table(table: Mapping[str, Any], number: int) -> Table:
    shown = Table(title=table.get("caption") or f"table {number}", title_justify="left")
    header = [str(c) for c in table.get("header") or ()]
    rows = [[str(c) for c in row] for row in table.get("rows") or ()]
    width = max([len(header), *(len(r) for r in rows)], default=0)
    for index in range(width):
        shown.add_column(header[index] if index < len(header) else "")
    for row in rows:
        shown.add_row(*row, *([""] * (width - len(row))))
    return shown


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)
