"""OUT_DIR/report.html: one self-contained static page to browse a run (no network, no CDN).

Counts per field, publication and mentioned-date timelines (inline SVG), the most frequent
organizations, places and speakers, a sortable and filterable table of releases, and one view
per release with its text highlighted by field. The page's CSS and JavaScript are package data
(data/report/), inlined; every string from a release is HTML-escaped.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from pressextract.errors import PressExtractError
from pressextract.export.atomic import write_atomically
from pressextract.export.highlight import FIELDS, Mark, marks, segments
from pressextract.export.jsonl import RECORDS_FILE, read_jsonl
from pressextract.export.report_charts import bar_chart, month_bins, year_bins

REPORT_FILE = "report.html"
COUNTED = (*FIELDS, "contacts", "tables")
TOP_N = 15


def write_report(out_dir: str | Path) -> Path:
    """Read OUT_DIR/records.jsonl (and errors.csv), write OUT_DIR/report.html, return its path."""
    out_dir = Path(out_dir)
    path = out_dir / RECORDS_FILE
    if not path.is_file():
        raise PressExtractError(
            f"no records file {str(path)!r}: run `pressextract run INPUT_DIR --out {out_dir}`"
            " (with jsonl among its --format) first"
        )
    records = read_jsonl(path)
    page = render_report(records, failures=_failures(out_dir), title=out_dir.resolve().name)
    report = out_dir / REPORT_FILE
    write_atomically(report, lambda handle: handle.write(page))
    return report


def _failures(out_dir: Path) -> int:
    path = out_dir / "errors.csv"
    if not path.is_file():
        return 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def render_report(
    records: Sequence[Mapping[str, Any]], *, failures: int = 0, title: str = "run"
) -> str:
    """The whole report page for `records` (records.jsonl objects) as one HTML string."""
    records = sorted(records, key=lambda r: (r.get("published") or "", r.get("source") or ""))
    overview = "".join(
        (
            _counts(records, failures),
            _timelines(records),
            _tops(records),
            _releases_table(records),
        )
    )
    views = "".join(_release_view(r) for r in records)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>pressextract report: {escape(title)}</title>"
        f"<style>{_asset('report.css')}</style></head><body>"
        '<header class="top"><h1>pressextract report</h1>'
        f"<p>{escape(title)}: {len(records)} releases</p></header>"
        f'<main><div id="overview">{overview}</div>{views}</main>'
        f"<script>{_asset('report.js')}</script></body></html>\n"
    )


def _asset(name: str) -> str:
    text = resources.files("pressextract").joinpath("data", "report", name).read_text("utf-8")
    return text.replace("</", "<\\/") if name.endswith(".js") else text


def _label(record: Mapping[str, Any]) -> str:
    return record.get("title") or record.get("source") or record.get("id") or "(untitled)"


def _view_id(record: Mapping[str, Any]) -> str:
    return f"release-{record.get('id')}"


# --- overview -------------------------------------------------------------------------------


def _counts(records: Sequence[Mapping[str, Any]], failures: int) -> str:
    dated = sum(1 for r in records if r.get("published"))
    boxes = [
        _count_box("releases", len(records), f"{dated} with a publication date", ""),
        _count_box("failed", failures, "see errors.csv" if failures else "none", ""),
    ]
    for field in COUNTED:
        items = sum(len(r.get(field) or ()) for r in records)
        having = sum(1 for r in records if r.get(field))
        boxes.append(_count_box(field, items, f"in {having} releases", f"f-{field}"))
    return (
        f'<section class="card"><h2>Counts</h2><div class="counts">{"".join(boxes)}</div></section>'
    )


def _count_box(label: str, number: int, sub: str, css: str) -> str:
    return (
        f'<div class="count {css}" data-field="{escape(label)}"><div class="n">{number:,}</div>'
        f'<div class="label">{escape(label)}</div><div class="sub">{escape(sub)}</div></div>'
    )


def _timelines(records: Sequence[Mapping[str, Any]]) -> str:
    published = [r["published"] for r in records if r.get("published")]
    mentioned = [d["start"] for r in records for d in r.get("dates") or () if d.get("start")]
    mentioned, left_out = _recent(mentioned)
    heading = "Mentioned dates (by the year they start)"
    if left_out:
        heading += f"; {left_out} mentions before {min(mentioned)[:4]} not drawn"
    parts = ['<section class="card"><h2>Timeline</h2>']
    charts = (
        ("Publication dates", month_bins(published), "published"),
        (heading, year_bins(mentioned), "mentioned"),
    )
    for heading, bins, css in charts:
        chart = bar_chart(bins, heading, css) or '<p class="meta">no dates</p>'
        parts.append(f"<h3>{escape(heading)}</h3>{chart}")
    parts.append("</section>")
    return "".join(parts)


def _recent(isodates: list[str], span: int = 60) -> tuple[list[str], int]:
    """The dates of the last `span` years that hold any (a few centuries-old mentions would
    squeeze the chart into a line), and how many were left out."""
    years = sorted(int(d[:4]) for d in isodates if d[:4].isdigit())
    if not years or years[-1] - years[0] < span:
        return isodates, 0
    first = years[-1] - span + 1
    kept = [d for d in isodates if d[:4].isdigit() and int(d[:4]) >= first]
    return kept, len(isodates) - len(kept)


def _tops(records: Sequence[Mapping[str, Any]]) -> str:
    columns = []
    for field, heading in (
        ("organizations", "Top organizations"),
        ("locations", "Top places"),
        ("speakers", "Top speakers"),
    ):
        releases: Counter[str] = Counter()
        mentions: Counter[str] = Counter()
        for record in records:
            names = {item.get("name") for item in record.get(field) or () if item.get("name")}
            releases.update(names)
            for item in record.get(field) or ():
                if item.get("name"):
                    count = item.get("quotes") if field == "speakers" else item.get("mentions")
                    mentions[item["name"]] += count if isinstance(count, int) else 1
        top = sorted(releases, key=lambda n: (-releases[n], -mentions[n], n))[:TOP_N]
        peak = max((releases[n] for n in top), default=1)
        unit = "quotes" if field == "speakers" else "mentions"
        items = "".join(
            f'<li><span class="name">{escape(name)}</span><span class="num"'
            f' title="releases · {unit}">{releases[name]} · {mentions[name]}</span>'
            f'<span class="bar"><span style="width:{100 * releases[name] / peak:.0f}%">'
            "</span></span></li>"
            for name in top
        )
        columns.append(
            f'<div class="{field}"><h3>{heading}</h3>'
            f'<p class="meta">releases · {unit}</p><ol>{items or "<li>none</li>"}</ol></div>'
        )
    tops = "".join(columns)
    return f'<section class="card"><h2>Who and where</h2><div class="tops">{tops}</div></section>'


def _releases_table(records: Sequence[Mapping[str, Any]]) -> str:
    head = "".join(f'<th class="num">{escape(field)}</th>' for field in FIELDS)
    rows = []
    for record in records:
        cells = "".join(f'<td class="num">{len(record.get(field) or ())}</td>' for field in FIELDS)
        rows.append(
            f'<tr data-id="{escape(str(record.get("id")))}">'
            f'<td><a href="#{escape(_view_id(record))}">{escape(_label(record))}</a></td>'
            f'<td data-sort="{escape(record.get("published") or "")}">'
            f"{escape(record.get('published') or '—')}</td>"
            f"<td>{escape(record.get('source') or '')}</td>{cells}</tr>"
        )
    return (
        '<section class="card"><h2>Releases</h2>'
        '<input id="filter" class="filter" type="search" placeholder="Filter releases'
        ' (title, date, source)…" aria-label="Filter releases">'
        '<table id="releases" class="sortable"><thead><tr><th>title</th><th>published</th>'
        f"<th>source</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p id="shown" class="shown">{len(records)} releases</p></section>'
    )


# --- one release ----------------------------------------------------------------------------


def _release_view(record: Mapping[str, Any]) -> str:
    dateline = (record.get("dateline") or {}).get("text")
    meta = " · ".join(
        escape(str(v))
        for v in (record.get("published"), dateline, record.get("source"), record.get("language"))
        if v
    )
    subtitle = record.get("subtitle")
    warnings = "".join(
        f'<p class="warning">warning: {escape(w)}</p>' for w in record.get("warnings") or ()
    )
    legend = "".join(f'<span class="f-{f}">{f} ({len(record.get(f) or ())})</span>' for f in FIELDS)
    return (
        f'<section class="release-view card" id="{escape(_view_id(record))}">'
        '<a class="back" href="#">← all releases</a>'
        f"<h2>{escape(_label(record))}</h2>"
        + (f'<p class="subtitle">{escape(subtitle)}</p>' if subtitle else "")
        + f'<p class="meta">{meta}</p>{warnings}<div class="legend">{legend}</div>'
        f'<div class="body-text">{highlighted_html(record)}</div>'
        f'<div class="fields">{_field_tables(record)}</div>{_data_tables(record)}</section>'
    )


def _data_tables(record: Mapping[str, Any]) -> str:
    """The release's data tables (figures that left the body), as they were published."""
    parts = []
    for number, table in enumerate(record.get("tables") or (), 1):
        caption = table.get("caption") or f"table {number}"
        header = "".join(f"<th>{escape(str(c))}</th>" for c in table.get("header") or ())
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
            for row in table.get("rows") or ()
        )
        parts.append(
            f'<div class="data-table"><h3>{escape(caption)}</h3><table>'
            + (f"<thead><tr>{header}</tr></thead>" if header else "")
            + f"<tbody>{body}</tbody></table></div>"
        )
    return f'<div class="data-tables">{"".join(parts)}</div>' if parts else ""


def highlighted_html(record: Mapping[str, Any]) -> str:
    """The body text as HTML: quotes as `span.f-quotes`, other fields as `mark.f-FIELD`."""
    out: list[str] = []
    open_quote: Mark | None = None
    for piece, covering in segments(record.get("text") or "", marks(record)):
        quote = next((m for m in covering if m.field == "quotes"), None)
        if quote is not open_quote:
            if open_quote is not None:
                out.append("</span>")
            if quote is not None:
                out.append(f'<span class="f-quotes" title="quote: {escape(quote.note)}">')
            open_quote = quote
        html = escape(piece)
        for mark in reversed([m for m in covering if m.field != "quotes"]):
            note = f"{mark.field}: {mark.note}" if mark.note else mark.field
            html = f'<mark class="f-{mark.field}" title="{escape(note)}">{html}</mark>'
        out.append(html)
    if open_quote is not None:
        out.append("</span>")
    return "".join(out)


def _field_tables(record: Mapping[str, Any]) -> str:
    specs = (
        ("quotes", ("speaker", "kind", "text")),
        ("statistics", ("text", "value", "unit", "kind")),
        ("dates", ("text", "start", "end")),
        ("speakers", ("name", "title", "organization")),
        ("organizations", ("name", "acronym", "mentions")),
        ("locations", ("name", "type", "country_code")),
        ("contacts", ("name", "organization", "email", "phone")),
    )
    parts = []
    for field, columns in specs:
        items = record.get(field) or ()
        if not items:
            continue
        head = "".join(f"<th>{escape(c)}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(_td(item.get(c)) for c in columns) + "</tr>" for item in items
        )
        parts.append(
            f'<div class="field-{field}"><h3>{field} ({len(items)})</h3>'
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
        )
    return "".join(parts)


def _td(value: Any) -> str:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return f'<td class="num">{_cell(value)}</td>' if number else f"<td>{_cell(value)}</td>"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return escape(str(value))
