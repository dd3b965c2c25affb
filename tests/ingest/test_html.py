"""HTML pages and fragments: headline, body paragraphs and quotes, publication date."""

from __future__ import annotations

import pytest

from pressextract.ingest import parse_bytes

P1 = (
    "The Ministry of Water announced on Tuesday that twelve new treatment plants will open "
    "next year, serving more than two million residents across the northern region."
)
QUOTE = "“Clean water is a right, not a privilege,” said Minister Ana Ruiz at the opening ceremony."
P3 = (
    "Construction of the plants will begin in May and is expected to take eighteen months, "
    "the ministry said, adding that the total cost is estimated at 40 million euros."
)


def page(head: str = "", before: str = "", after: str = "") -> bytes:
    """A news page with menus, share bar, cookie banner and footer around the release."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About us</a></li></ul></nav></header>
<main><article>{before}
<p>{P1}</p><blockquote><p>{QUOTE}</p></blockquote><p>{P3}</p>{after}
<div class="share">Share on Facebook Share on X</div>
</article>
<aside><h3>Related news</h3><ul><li><a href="/a">Minister visits dam</a></li>
<li><a href="/b">New budget adopted for the water sector in 2025</a></li></ul></aside></main>
<footer><p>© 2024 Ministry of Water. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>""".encode()


def test_body_keeps_paragraphs_and_quotes_in_order_without_furniture() -> None:
    doc = parse_bytes(page(before="<h1>Ministry opens 12 water plants</h1>"), "a.html", ".html")
    assert doc.text.split("\n\n") == [P1, QUOTE, P3]
    assert doc.format == "html"
    assert doc.language == "en"


@pytest.mark.parametrize(
    ("head", "before", "title"),
    [
        (
            '<meta property="og:title" content="Ministry opens 12 water plants">',
            "",
            "Ministry opens 12 water plants",
        ),
        ("<title>Ministry opens plants | Ministry of Water</title>", "", "Ministry opens plants"),
        (
            "<title>Site name</title>",
            "<h1>Ministry opens 12 water plants</h1>",
            "Ministry opens 12 water plants",
        ),
        (
            "<title>Ministry opens 12 water plants - Ministry of Water</title>",
            "<h1>Ministry of Water</h1><h1>Ministry opens 12 water plants</h1>",
            "Ministry opens 12 water plants",
        ),
        # The only h1 is the site's logo, which <title> names after the headline.
        (
            "<title>Ministry opens 12 water plants | Newsroom | Ministry of Water</title>",
            "<h1>Ministry of Water</h1><h2>Ministry opens 12 water plants</h2>",
            "Ministry opens 12 water plants",
        ),
    ],
)
def test_title(head: str, before: str, title: str) -> None:
    assert parse_bytes(page(head, before), "a.html", ".html").title == title


@pytest.mark.parametrize(
    ("head", "before", "published"),
    [
        ('<meta property="article:published_time" content="2024-03-04">', "", "2024-03-04"),
        ("", '<p class="date">Published: 4 March 2024</p>', "2024-03-04"),
        ("", "<h1>Ministry opens plants <span>04.03.2024</span></h1>", "2024-03-04"),
        ("", "", None),
        # A date that says when the page last changed yields to the date the page shows.
        ('<meta http-equiv="last-modified" content="2016-01-05T12:03Z">',
         '<p class="meta"><span class="date">2.5.2012</span></p>', "2012-05-02"),
        ('<meta http-equiv="last-modified" content="2016-01-05T12:03Z">',
         '<time datetime="2012-05-02T09:00">May 2</time>', "2012-05-02"),
        ('<meta http-equiv="last-modified" content="2016-01-05T12:03Z">', "", "2016-01-05"),
        # Published and changed on the same day: the metadata date stands.
        ('<meta property="article:published_time" content="2016-01-05">'
         '<meta property="article:modified_time" content="2016-01-05">',
         '<p class="meta"><span class="date">2.5.2012</span></p>', "2016-01-05"),
    ],
)  # fmt: skip
def test_published(head: str, before: str, published: str | None) -> None:
    doc = parse_bytes(page(head, before), "a.html", ".html")
    assert doc.published == published
    assert ("no publication date found" in doc.warnings) == (published is None)


def test_dateline_date_gives_published() -> None:
    body = page(before=f"<p>ROME, 4 March 2024 – {P1}</p>")
    doc = parse_bytes(body, "a.html", ".html")
    assert doc.published == "2024-03-04"
    assert doc.dateline is not None and doc.dateline.location == "ROME"
    assert doc.text.startswith("ROME, 4 March 2024 – ")  # the dateline stays in the body


def test_about_and_contact_sections_leave_the_body() -> None:
    after = (
        "<h3>About the Ministry of Water</h3><p>The ministry manages the water supply of the "
        "country.</p><h3>Media contact</h3><p>Jane Doe<br>press@water.example.org<br>"
        "+39 06 555 0100</p>"
    )
    doc = parse_bytes(page(after=after), "a.html", ".html")
    assert doc.text.split("\n\n") == [P1, QUOTE, P3]
    assert [s.kind for s in doc.sections] == ["about", "contacts"]
    assert doc.contacts[0].email == "press@water.example.org"


@pytest.mark.parametrize(
    "before",
    [
        "<h1>Ministry opens 12 water plants</h1><h2>Two million residents to benefit by 2025</h2>",
        '<h1>Ministry opens 12 water plants</h1><p class="standfirst">Two million residents to '
        "benefit by 2025</p>",
    ],
)
def test_subtitle(before: str) -> None:
    doc = parse_bytes(page(before=before), "a.html", ".html")
    assert doc.subtitle == "Two million residents to benefit by 2025"


def test_no_subtitle_when_page_has_none() -> None:
    doc = parse_bytes(page(before="<h1>Ministry opens 12 water plants</h1>"), "a.html", ".html")
    assert doc.subtitle is None


def test_fragment_with_title_line() -> None:
    fragment = (
        f"Ministry opens 12 water plants\n\n<p><strong>Rome—</strong> {P1}</p>\n"
        f'<div class="box"><a href="x.jpg"><img src="x.jpg"></a><p>Minister at the plant.</p></div>'
        f"<p>{QUOTE}</p>\n<p>{P3}</p>"
    )
    doc = parse_bytes(fragment.encode(), "f.html", ".html")
    assert doc.title == "Ministry opens 12 water plants"
    assert doc.text.split("\n\n") == [f"Rome— {P1}", QUOTE, P3]
    assert doc.dateline is not None and doc.dateline.location == "Rome"


def test_non_english_page_is_flagged() -> None:
    german = (
        "<html><body><article><h1>Ministerium eröffnet Wasserwerke</h1><p>Das Ministerium hat am "
        "Dienstag mitgeteilt, dass im kommenden Jahr zwölf neue Wasserwerke in Betrieb gehen, die "
        "mehr als zwei Millionen Einwohner in der nördlichen Region versorgen werden.</p>"
        "</article></body></html>"
    )
    doc = parse_bytes(german.encode(), "de.html", ".html")
    assert doc.language == "de"
    assert "language is 'de'" in doc.warnings


def test_source_newlines_inside_a_block_with_line_breaks_are_spaces() -> None:
    """Only <br> breaks a block: a newline of the HTML source does not ("+1 (212)" / "555")."""
    block = "<p>Dana Whitfield, Acme Corp.<br>+1 (212)\n555-0143<br>Rome, Italy\nand Oslo</p>"
    doc = parse_bytes(page(after=block), "a.html", ".html")
    assert doc.text.split("\n\n")[-3:] == [
        "Dana Whitfield, Acme Corp.",
        "+1 (212) 555-0143",
        "Rome, Italy and Oslo",
    ]


def test_layout_table_cells_are_paragraphs() -> None:
    """E-mail HTML lays the release out in a table: its paragraphs are not one table row."""
    table = f"<table><tr><td><h1>Ministry opens plants</h1><p>{P1}</p><p>{P3}</p></td></tr></table>"
    doc = parse_bytes(page(before=table), "a.html", ".html")
    assert doc.text.split("\n\n")[:2] == [P1, P3]


def test_bare_text_split_by_double_line_breaks_is_kept_as_paragraphs() -> None:
    """An older CMS body: a div of text with <br><br> between paragraphs, after real ones."""
    last = ["The plants will be run by the regional utility.", "Tenders open in June."]
    markup = (
        f"<html><body><h1>Ministry opens plants</h1><p>{P1}</p><p>{P3}</p>"
        f"<div>{last[0]}<br><br>\n{last[1]}</div></body></html>"
    )
    doc = parse_bytes(markup.encode(), "a.html", ".html")
    assert doc.text.split("\n\n") == [P1, P3, *last]


@pytest.mark.parametrize("heading", ["Related", "You may also like", "Read more:"])
def test_related_stories_inside_the_article_are_not_body(heading: str) -> None:
    """A list of other stories under a "Related" heading at the end of the article text."""
    others = [
        "Minister visits the new dam in the south of the country",
        "Budget for the water sector adopted by parliament",
        "Drought plan published for the coming summer season",
    ]
    items = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(others))
    markup = (
        "<html><body><article><h1>Ministry opens plants</h1>"
        f"<p>{P1}</p><p>{QUOTE}</p><p>{P3}</p><h3>{heading}</h3><ul>{items}</ul>"
        "<p>Tags: <a>water</a>, <a>infrastructure</a></p></article></body></html>"
    )
    doc = parse_bytes(markup.encode(), "a.html", ".html")
    assert doc.text.split("\n\n") == [P1, QUOTE, P3]
