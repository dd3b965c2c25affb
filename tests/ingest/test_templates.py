"""Templates ingest meets on unseen issuers: filings, static-site Markdown, newswire copies."""

from __future__ import annotations

import pytest

from pressextract.ingest import parse_bytes
from pressextract.ingest.boilerplate import (
    is_boilerplate,
    is_breadcrumb,
    is_placeholder_title,
    is_share_bar,
    strip_markdown,
)
from pressextract.ingest.dateline import find_dateline
from pressextract.ingest.frontmatter import FrontMatter, as_written, split_front_matter

LEAD = (
    "The Harbor Rail Board today approved a new timetable that adds forty daily trains between "
    "the port and the airport, starting with the autumn schedule."
)
QUOTE = "“Riders asked for this,” said board chair Mina Olsen. “We listened.”"


@pytest.mark.parametrize(
    ("title", "placeholder"),
    [
        ("Document", True),
        ("EX-99.1", True),
        ("Exhibit 99.1", True),
        ("EXHIBIT 99", True),
        ("$pageTitle", True),
        ("d812345dex991.htm", True),
        ("Untitled", True),
        ("Harbor Rail adds forty trains", False),
        ("Q3 results", False),
    ],
)
def test_placeholder_titles(title: str, placeholder: bool) -> None:
    assert is_placeholder_title(title) is placeholder


@pytest.mark.parametrize(
    ("text", "front", "rest"),
    [
        (
            '---\ntitle: "Rail adds trains"\ndate: "2025-03-04 21:00:02"\n'
            'tags:\n  - "x"\n---\n\nBody',
            FrontMatter(title="Rail adds trains", published="2025-03-04"),
            "\nBody",
        ),
        (
            "---\nimp: ''\ndate: 2025-06-11T00:00:00.000+05:30\ncontent: |\n  - a line\n---\nBody",
            FrontMatter(title=None, published="2025-06-11"),
            "Body",
        ),
        ("No front matter\n---\n", FrontMatter(), "No front matter\n---\n"),
    ],
)
def test_front_matter(text: str, front: FrontMatter, rest: str) -> None:
    assert split_front_matter(text) == (front, rest)


def test_front_matter_gives_title_and_date_but_not_body_text() -> None:
    md = f"""---
title: "Harbor Rail adds forty daily trains"
date: "2025-03-04 08:00:00"
summary: "{LEAD[:60]}..."
---

{LEAD}

{QUOTE}
"""
    doc = parse_bytes(md.encode(), "rail.md", ".md")
    assert doc.title == "Harbor Rail adds forty daily trains"
    assert doc.published == "2025-03-04"
    assert doc.text.startswith("The Harbor Rail Board")
    assert "summary" not in doc.text


def test_dateline_date_outranks_front_matter_posting_date() -> None:
    md = f"""---
title: "Harbor Rail adds forty daily trains"
date: "2025-03-05 02:10:00"
---

BERGEN, Norway--(BUSINESS WIRE)--March 04, 2025--

{LEAD}
"""
    doc = parse_bytes(md.encode(), "rail.md", ".md")
    assert doc.published == "2025-03-04"
    assert doc.dateline is not None and doc.dateline.location == "BERGEN, Norway"


def test_second_level_markdown_heading_is_the_title_without_a_first_level_one() -> None:
    md = f"## Harbor Rail adds forty daily trains to the airport line\n\n{LEAD}\n\n{QUOTE}\n"
    doc = parse_bytes(md.encode(), "rail.md", ".md")
    assert doc.title == "Harbor Rail adds forty daily trains to the airport line"
    assert doc.text.startswith("The Harbor Rail Board")


EDGAR_EXHIBIT = f"""<html><head><title>EX-99.1</title></head><body>
<p align="right"><b>Exhibit 99.1</b></p>
<p align="center"><b>HARBOR RAIL NAMES MINA OLSEN </b></p>
<p align="center"><b>TO ITS BOARD OF DIRECTORS</b></p>
<p>BERGEN, Norway, March 4, 2025 &#151; {LEAD}</p>
<p>{QUOTE}</p>
<p align="center">-2-</p>
<p>The board will meet again in June to review the first month of the new timetable.</p>
<p align="center"># # #</p>
</body></html>"""


def test_edgar_exhibit_headline_banner_and_page_number() -> None:
    doc = parse_bytes(EDGAR_EXHIBIT.encode(), "ex991.htm", ".html")
    assert doc.title == "HARBOR RAIL NAMES MINA OLSEN TO ITS BOARD OF DIRECTORS"
    assert doc.dateline is not None and doc.dateline.location == "BERGEN, Norway"
    assert doc.published == "2025-03-04"
    assert "Exhibit 99.1" not in doc.text and "-2-" not in doc.text
    assert doc.text.rstrip().endswith("new timetable.")


@pytest.mark.parametrize(
    "line", ["Exhibit 99.1", "EX-99.1", "EXHIBIT 99", "Page 2 of 5", "- 3 -"]
)
def test_filing_furniture_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    ("text", "crumbs"),
    [
        ("Harbor County - District Attorney's Office > Newsroom > News Releases", True),
        ("Home > News > 2025", True),
        ("Revenue rose > 10% > expectations in every region we serve", False),
    ],
)
def test_breadcrumbs(text: str, crumbs: bool) -> None:
    assert is_breadcrumb(text) is crumbs


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("## Harbor Rail adds **forty** *daily* __trains__", "Harbor Rail adds forty daily trains"),
        ("> “We listened,” said [Mina Olsen](https://rail.example/olsen).",
         "“We listened,” said Mina Olsen."),
        ("![Train](train.jpg) Night trains return in May", "Night trains return in May"),
        # Taking the image out joins "[Board]" and "(url)" into a link: its text stays.
        ("[Board]![logo](logo.png)(https://rail.example) approves", "Board approves"),
        ("Fares * and * timetables", "Fares * and * timetables"),
        ("#HarborRail", "#HarborRail"),
    ],
)  # fmt: skip
def test_strip_markdown(line: str, plain: str) -> None:
    assert strip_markdown(line) == plain


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("Share: Facebook | X | LinkedIn | Email", True),
        ("share this article via e-mail", True),
        ("Facebook", False),  # one word: a network's name, not a bar
        ("Share the timetable with your family", False),
    ],
)
def test_share_bars(line: str, bar: bool) -> None:
    assert is_share_bar(line) is bar


@pytest.mark.parametrize(
    ("paragraph", "location", "date"),
    [
        ("BERGEN, Norway--(BUSINESS WIRE)--March 04, 2025--", "BERGEN, Norway", "2025-03-04"),
        ("OTTAWA – June 27, 2007 - The foundation said", "OTTAWA", "2007-06-27"),
    ],
)
def test_datelines(paragraph: str, location: str, date: str) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found[0].location, found[0].date) == (location, date)


@pytest.mark.parametrize(
    ("title", "text", "written"),
    [
        # The page's own rendering, over two lines, in capitals.
        ("Harbor Rail adds forty trains.", "Media Release\n\n HARBOR RAIL ADDS FORTY \nTRAINS\n",
         "HARBOR RAIL ADDS FORTY TRAINS"),
        ("Harbor Rail adds forty trains", "# Harbor rail adds forty trains\n\nBody",
         "Harbor rail adds forty trains"),
        # The same words inside a sentence are no rendering of the headline.
        ("Harbor Rail adds forty trains", "Today harbor rail adds forty trains to its lines.",
         "Harbor Rail adds forty trains"),
        ("Harbor Rail adds forty trains", "Nothing alike", "Harbor Rail adds forty trains"),
    ],
)  # fmt: skip
def test_front_matter_title_as_the_text_writes_it(title: str, text: str, written: str) -> None:
    assert as_written(title, text) == written
