"""Scraped text and Markdown: title, header, body start, furniture lines and site tails."""

from __future__ import annotations

import pytest

from pressextract.ingest.boilerplate import is_boilerplate
from pressextract.ingest.text import parse_text, split_paragraphs

BODY = (
    "The Ministry of Water announced today that 12 new treatment plants will open in 2025, "
    "serving more than two million residents across the region."
)
SECOND = "“Clean water is a right, not a privilege,” said Minister Ana Ruiz at the ceremony."


@pytest.mark.parametrize(
    "line",
    [
        "Website Banner.png",
        "hero-image_2024 (1).JPG",
        "![](https://example.org/logo.png)",
        "* [Home](/) | [News](/news)",
        "[Reddit Post](https://www.reddit.com/r/x/comments/1/)",
        "Skip to main content",
        "Share on Facebook",
        "Share toX",
        "Follow us",
        "Scroll to top",
        "We use cookies to improve your experience. Accept all cookies",
        "The post Acme opens a plant appeared first on Example News.",
        "© 2024 Acme Corp. All rights reserved.",
        "Photo: Jane Doe/Acme",
        "Home | News | Press releases",
        "Newsroom > Press releases > 2024",
        "Page 2 of 3",
        "- 2 -",
        "---",
        # Cookie-banner buttons, share bars, page feedback, comment forms.
        "Accept all cookies",
        "Manage cookie settings",
        "LinkedIn",
        "Share this:",
        "Page last reviewed: 4 March 2025",
        "Is this page useful? Yes No",
        "Leave a Reply",
        # Newswire lines around a release and e-mail newsletter footers.
        "SOURCE Acme Robotics",
        "View original content to download multimedia: https://www.example.org/news/1.html",
        "View source version on businesswire.com: https://www.example.org/news/",
        "You are receiving this email because you subscribed to Acme news.",
        "Unsubscribe | Update preferences",
        # Captions, credits and blog furniture.
        "(Photo credit: Jane Doe)",
        "Image courtesy of Acme",
        "Pictured: Mayor Jane Doe cuts the ribbon.",
        "Posted in News",
        "Filed under: Press Releases",
        "Reading time: 3 minutes",
        "« Back to press releases",
        "Next →",
        "Press release (PDF, 120 KB)",
        "Download high-resolution image",
        # Share bars on one line, reading aids, breadcrumbs with slashes, page feedback.
        "Share: Facebook | X | LinkedIn | Email",
        "Print Email Facebook Twitter",
        "Font size: A A A",
        "Back to top ↑",
        "You are here: Home > News",
        "Home / News / Press releases",
        "Did you find this page useful?",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "News & Highlights",
        "About Acme",
        "https://www.example.org/report",
        "Photos of the site are available on request.",
        "Shares of the company rose 5 percent.",
        "Admin | June 14, 2024",
        "2024",
        "| 1 | Kyle Doe | 5040 | 5 |",
        "Pos. | Driver | Points | Wins",
        "Ministry opens plants | Ministry of Water",
        "The Facebook post drew 40 comments.",
        "Source: Ministry of Water survey, 2024.",
        "Accept the offer by May 3.",
        "Next year the plant will double its output.",
        "Back to the drawing board, the team redesigned the pump in 2023 and cut its cost.",
        "The full report (PDF, 2 MB) is online at the ministry's website.",
        "Contact us at 555-0100 for details.",
        "Print and email campaigns will follow.",
        "Profit / Loss / Total",
    ],
)
def test_release_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


def test_first_line_is_title_and_body_follows() -> None:
    parts = parse_text(f"Ministry opens 12 water plants\n\n{BODY}\n\n{SECOND}\n")
    assert parts.title == "Ministry opens 12 water plants"
    assert parts.paragraphs == [BODY, SECOND]


def test_markdown_heading_and_setext_heading_are_titles() -> None:
    assert parse_text(f"# Ministry opens plants\n\n{BODY}").title == "Ministry opens plants"
    assert parse_text(f"Ministry opens plants\n=====================\n\n{BODY}").title == (
        "Ministry opens plants"
    )


def test_scraped_page_header_is_skipped_and_title_found_by_repetition() -> None:
    page = "\n".join(
        [
            "Ministry opens 12 water plants - Ministry of Water",
            "Skip to content",
            "HOME",
            "News",
            "Ministry opens 12 water plants",
            "Published",
            "March 4, 2024",
            "Ministry opens 12 water plants",
            "Minister says plants will serve two million people",
            BODY,
            SECOND,
        ]
    )
    parts = parse_text(page)
    assert parts.title == "Ministry opens 12 water plants"
    assert parts.published == "2024-03-04"
    assert parts.subtitle == "Minister says plants will serve two million people"
    assert parts.paragraphs == [BODY, SECOND]


def test_release_label_names_the_headline() -> None:
    page = f"Contact: Jane Doe\n555-201-3344\nFor Immediate Release: Ministry opens plants\n{BODY}"
    assert parse_text(page).title == "Ministry opens plants"


def test_site_tail_after_release_is_cut() -> None:
    menu = ["Leadership", "Careers", "Newsroom", "Press Releases", "Resources", "Accessibility"]
    parts = parse_text("\n".join(["Ministry opens plants", BODY, SECOND, *menu]))
    assert parts.paragraphs == [BODY, SECOND]


def test_related_news_heading_ends_the_release() -> None:
    related = ["Related Posts", "Minister visits dam", "March 1, 2024", "New budget adopted"]
    parts = parse_text("\n\n".join(["Ministry opens plants", BODY, SECOND, *related]))
    assert parts.paragraphs == [BODY, SECOND]


def test_appended_markdown_link_list_is_dropped() -> None:
    tail = "---\n\n[Original Press Release](https://example.org/a)\n\n[TLDR](https://x.example/b)\n"
    parts = parse_text(f"# Ministry opens plants\n\n{BODY}\n\n{SECOND}\n\n{tail}")
    assert parts.paragraphs == [BODY, SECOND]


QUOTE = "“We act,” said Minister Ruiz. “Today we deliver.”"
HOTLINE = "Residents may call the hotline at 305-555-0100. Calls are free."
CHICAGO = "CHICAGO – Prosecutors said the case was closed."
TWO = ["First paragraph ends here.", "Second paragraph starts here."]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Sentences split by a scraper where a link or bold text was.
        ("“We act,”\nsaid Minister Ruiz\n. “Today we deliver.”", [QUOTE]),
        ("Residents may call the hotline at\n305-555-0100\n. Calls are free.", [HOTLINE]),
        ("CHICAGO\n– Prosecutors said the case was closed.", [CHICAGO]),
        ("\n".join(TWO), TWO),
        ("* one item\n* two items", ["• one item", "• two items"]),
        ("1) first step\n2) second step", ["1) first step", "2) second step"]),
    ],
)
def test_lines_join_into_paragraphs(raw: str, expected: list[str]) -> None:
    assert split_paragraphs(raw) == expected


def test_hard_wrapped_text_is_rejoined() -> None:
    wrapped = (
        "The Ministry of Water announced today that twelve new treatment plants will\n"
        "open next year, serving more than two million residents across the region and\n"
        "replacing facilities that were built in the nineteen sixties and seventies by\n"
        "the former regional authority, which has since been dissolved by parliament.\n"
        "The minister said the plants would be run by the public water company and that\n"
        "prices for households would not rise before the end of the current legislature.\n"
    )
    paragraphs = split_paragraphs(wrapped)
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The Ministry") and paragraphs[0].endswith("parliament.")


def test_page_footer_repeated_in_running_text_is_dropped() -> None:
    footer = "Ministry of Water • 1 Main Street • Capital City 10001"
    text = "\n".join(["Ministry opens plants", BODY, footer, SECOND, footer])
    assert footer not in parse_text(text).paragraphs


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # A contact block above the headline is not the headline.
        (
            "Contact: Jane Doe, (503) 555-0198, jane@acme.example\n\nACME OPENS PLANT\n\n" + BODY,
            "ACME OPENS PLANT",
        ),
        (
            "Media Contact:\nJane Doe\nAcme Corp\n(704) 555-0135\njane@acme.example\n\n"
            "Acme Opens Plant\n\n" + BODY,
            "Acme Opens Plant",
        ),
        # The issuer's name above a "Press release" label is a masthead.
        (
            "Ministry of Water\nPress release\n\nMinistry opens plants\n\n" + BODY,
            "Ministry opens plants",
        ),
        # A release label with a date names no headline.
        (
            "FOR IMMEDIATE RELEASE: March 3, 2025\n\nMinistry opens plants\n\n" + BODY,
            "Ministry opens plants",
        ),
        # A label under the headline changes nothing.
        ("Ministry opens plants\n\nPress release\n\n" + BODY, "Ministry opens plants"),
    ],
)
def test_title_is_not_a_contact_line_or_masthead(raw: str, title: str) -> None:
    assert parse_text(raw).title == title


def test_dateline_on_its_own_line_opens_the_first_paragraph() -> None:
    parts = parse_text(f"Ministry opens plants\n\nRome, 4 March 2024:\n\n{BODY}")
    assert parts.paragraphs == [f"Rome, 4 March 2024: {BODY}"]


def test_hard_wrapped_lines_ending_in_abbreviation_or_colon_run_on() -> None:
    wrapped = (
        "Acme Holdings, Inc. (Nasdaq: ACME), a maker of pumps and valves for water plants,\n"
        "today reported that its new plant in Rome opened on time and on budget, said Dr.\n"
        "Jane Doe, its chief executive. The plant will employ 400 people by the end of the\n"
        "year and will export most of its output to customers in Europe and North Africa.\n"
    )
    raw = (
        f"{wrapped}\n{wrapped}\n{wrapped}\nAbout Acme\nAcme makes pumps.\nIt was founded in 1950.\n"
    )
    paragraphs = split_paragraphs(raw, scraped=False)
    assert paragraphs[:3] == [" ".join(wrapped.split())] * 3
    assert paragraphs[3:] == ["About Acme", "Acme makes pumps.", "It was founded in 1950."]


@pytest.mark.parametrize("marker", ["- ENDS -", "- 30 -"])
def test_end_marker_with_dashes_is_not_a_list_item(marker: str) -> None:
    assert split_paragraphs(f"{BODY}\n\n{marker}\n\nAbout Acme")[1] == marker


def test_markdown_blockquote_marks_leave_the_quote() -> None:
    raw = f"# Ministry opens plants\n\n{BODY}\n\n> {SECOND}\n"
    assert parse_text(raw).paragraphs == [BODY, SECOND]


def test_an_html_tag_is_no_subtitle() -> None:
    page = "\n\n".join(
        ["Ministry opens 12 water plants", '<img src="plants.png" width="90%" />', BODY, SECOND]
    )
    assert parse_text(page).subtitle is None
