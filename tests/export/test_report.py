"""report.html: one self-contained page, every string from a release escaped."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pressextract.errors import PressExtractError
from pressextract.export.highlight import marks, segments
from pressextract.export.report import highlighted_html, render_report, write_report
from pressextract.export.report_charts import month_bins, year_bins

from .sample import RECORD

PROCESSED = Path(__file__).resolve().parents[2] / "data" / "processed"


def hostile(record):
    text = "<b>bold</b> & “x”"
    return {
        **record,
        "title": "<script>alert(1)</script> & co",
        "text": text,
        "dates": [],
        "statistics": [],
    }


def test_the_page_loads_nothing_from_outside():
    page = render_report([RECORD])
    assert not re.search(r"<(link|img|iframe)\b|<script[^>]*\bsrc=|@import|url\(", page)
    assert page.count("<style>") == 1 and page.count("<script>") == 1


def test_release_strings_are_escaped():
    page = render_report([hostile(RECORD)])
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page


def test_one_table_row_and_one_view_per_release():
    second = {**RECORD, "id": "ffff000011112222", "title": "Second"}
    page = render_report([RECORD, second])
    assert len(re.findall(r'<tr data-id="', page)) == 2
    assert 'id="release-0012ab34cd56ef78"' in page and 'href="#release-ffff000011112222"' in page


@pytest.mark.parametrize(
    ("field", "count"), [("quotes", 1), ("statistics", 1), ("locations", 1), ("contacts", 0)]
)
def test_counts_per_field(field, count):
    page = render_report([RECORD])
    assert re.search(rf'data-field="{field}"><div class="n">{count}</div>', page)


def test_a_release_view_shows_its_data_tables():
    page = render_report([RECORD])
    assert '<div class="data-table"><h3>Results</h3>' in page
    assert "<th>year</th><th>change</th>" in page and "<td>=1+1</td>" in page


def test_highlighted_text_wraps_each_span_once():
    record = {
        "text": "Acme said “go now” in Lyon.",
        "quotes": [{"text": "go now", "speaker": "Acme", "char_start": 11, "char_end": 17}],
        "organizations": [{"name": "Acme", "acronym": None}],
        "locations": [{"name": "Lyon", "type": "city"}],
    }
    html = highlighted_html(record)
    assert '<span class="f-quotes" title="quote: Acme">go now</span>' in html
    assert html.count('<mark class="f-organizations"') == 1
    assert '<mark class="f-locations" title="locations: city">Lyon</mark>' in html
    assert "".join(piece for piece, _ in segments(record["text"], marks(record))) == record["text"]


def test_marks_outside_the_text_are_dropped():
    record = {"text": "short", "dates": [{"start": "2024", "char_start": 2, "char_end": 99}]}
    assert marks(record) == []


@pytest.mark.parametrize(
    ("dates", "bins"),
    [
        (
            ["2024-01-05", "2024-03-01", "2024-03-20"],
            [("2024-01", 1), ("2024-02", 0), ("2024-03", 2)],
        ),
        (
            ["2019-01-01", "2024-06-01"],
            [(str(y), 1 if y in (2019, 2024) else 0) for y in range(2019, 2025)],
        ),
    ],
)
def test_month_bins(dates, bins):
    assert month_bins(dates) == bins


def test_year_bins_take_any_precision():
    assert year_bins(["2023", "2024-04", "2024-Q1"]) == [("2023", 1), ("2024", 2)]


def test_write_report_needs_the_records(tmp_path):
    with pytest.raises(PressExtractError, match="no records file"):
        write_report(tmp_path)


def test_write_report_of_the_sample_output(tmp_path):
    shutil.copytree(PROCESSED, tmp_path / "out")
    path = write_report(tmp_path / "out")
    page = path.read_text(encoding="utf-8")
    lines = (PROCESSED / "records.jsonl").read_text(encoding="utf-8").splitlines()
    for record in map(json.loads, lines):
        assert f'id="release-{record["id"]}"' in page
    assert page.count("<svg") == 2


def test_centuries_old_mentions_do_not_squeeze_the_timeline():
    dates = [{"start": "1700", "char_start": 0, "char_end": 1}] + [
        {"start": f"{y}-01", "char_start": 0, "char_end": 1} for y in (2020, 2021, 2024)
    ]
    page = render_report([{**RECORD, "dates": dates}])
    assert "1 mentions before 2020 not drawn" in page
    assert "<title>1700" not in page and "<title>2024: 1</title>" in page
