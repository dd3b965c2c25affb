"""Inline SVG bar charts for the HTML report: publication dates and mentioned dates over time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape

WIDTH, HEIGHT = 1000, 170
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 12, 26
MAX_MONTHS = 48  # a longer span is drawn by year


def month_bins(isodates: Iterable[str]) -> list[tuple[str, int]]:
    """Counts per month (`YYYY-MM`) from the first to the last, empty months included.

    Spans longer than four years are counted per year instead.
    """
    months = Counter(d[:7] for d in isodates if len(d) >= 7)
    if not months:
        return []
    first, last = min(months), max(months)
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
    if span >= MAX_MONTHS:
        return year_bins(months.elements())
    bins = []
    year, month = int(first[:4]), int(first[5:7])
    for _ in range(span + 1):
        key = f"{year:04d}-{month:02d}"
        bins.append((key, months.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bins


def year_bins(isodates: Iterable[str]) -> list[tuple[str, int]]:
    """Counts per year from the first to the last, empty years included."""
    years = Counter(int(d[:4]) for d in isodates if d[:4].isdigit())
    if not years:
        return []
    return [(str(y), years.get(y, 0)) for y in range(min(years), max(years) + 1)]


def bar_chart(bins: Sequence[tuple[str, int]], title: str, css_class: str = "") -> str:
    """An SVG bar chart of (label, count) bins, each bar with a tooltip; '' when no bins."""
    if not bins:
        return ""
    peak = max(count for _, count in bins) or 1
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = inner_w / len(bins)
    gap = min(2.0, step * 0.2)
    every = max(1, round(len(bins) / 12))  # about a dozen axis labels
    parts = [
        f'<svg class="chart {escape(css_class)}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"'
        f' aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{LEFT}" y1="{TOP + inner_h}" x2="{WIDTH - RIGHT}"'
        f' y2="{TOP + inner_h}"/>',
        f'<text x="{LEFT - 6}" y="{TOP + 8}" text-anchor="end">{peak}</text>',
        f'<text x="{LEFT - 6}" y="{TOP + inner_h}" text-anchor="end">0</text>',
    ]
    for index, (label, count) in enumerate(bins):
        x = LEFT + index * step
        height = inner_h * count / peak
        parts.append(
            f'<rect class="bar" x="{x + gap / 2:.1f}" y="{TOP + inner_h - height:.1f}"'
            f' width="{max(step - gap, 0.5):.1f}" height="{height:.1f}">'
            f"<title>{escape(label)}: {count}</title></rect>"
        )
        if index % every == 0:
            parts.append(
                f'<text x="{x + step / 2:.1f}" y="{HEIGHT - 8}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
