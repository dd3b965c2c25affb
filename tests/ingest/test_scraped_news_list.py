"""Scraped pages and wire copies that set other stories' headlines above the release."""

from __future__ import annotations

import pytest

from pressextract.ingest import parse_bytes

PAGE = """Harbor Rail > Newsroom > News
Home
About Us
Timetables
Contact Us
More News
Mar 26, 2026
Harbor Rail Opens Its New Night Service to the Airport
Sep 26, 2025
Harbor Rail Board Elects a New Chair for Two Years
Aug 15, 2025
Harbor Rail Adds Forty Daily Trains Between Port and Airport
Aug 12, 2025
Harbor Rail Closes the Old Depot for Repairs
News Releases
Riders Asked for More Trains, and the Board Listened
Harbor Rail Adds Forty Daily Trains Between Port and Airport
Riders Asked for More Trains, and the Board Listened(Salem, OR) - Today, the Harbor Rail Board \
approved a new timetable that adds forty daily trains between the port and the airport.
“Riders asked for this,” said board chair Mina Olsen. “We listened, and the trains start in May.”
The new timetable adds early trains at five in the morning and late trains until midnight.
Tickets bought for the old timetable stay valid on every train until the end of the year.
The board will review the timetable next spring, after a survey of riders in the winter.
Work on two new platforms at the airport station starts in June and ends in October.
Back
About Us
Contact Us
"""


def test_the_headline_set_again_above_the_text_is_the_title_and_its_listed_date_the_date():
    doc = parse_bytes(PAGE.encode(), "release.txt", ".txt")
    assert doc.title == "Harbor Rail Adds Forty Daily Trains Between Port and Airport"
    assert doc.published == "2025-08-15"
    assert doc.dateline is not None and doc.dateline.location == "Salem, OR"
    assert doc.text.startswith("(Salem, OR) - Today, the Harbor Rail Board approved")


def test_a_single_date_line_is_the_date_wherever_it_stands():
    page = PAGE.replace("Sep 26, 2025\n", "").replace("Aug 12, 2025\n", "")
    page = page.replace("Mar 26, 2026\n", "").replace("Aug 15, 2025\n", "")
    page = page.replace("News Releases\n", "News Releases\nPosted on: Aug 14, 2025\n")
    assert parse_bytes(page.encode(), "release.txt", ".txt").published == "2025-08-14"


LEAD = (
    "SALEM, Ore., May 3, 2024 /PRNewswire/ -- The Harbor Rail Board today approved a new "
    "timetable that adds forty daily trains between the port and the airport."
)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # A wire copy that opens with flashes of other stories, then the headline.
        ("*Acme Reports Record Third Quarter\n*Beta Corp Names New CEO\n\n"
         "Harbor Rail Adds Forty Daily Trains", "Harbor Rail Adds Forty Daily Trains"),
        # A headline in italics or bold is no flash.
        ("*Harbor Rail Adds Forty Daily Trains*", "Harbor Rail Adds Forty Daily Trains"),
        ("**Harbor Rail Adds Forty Daily Trains**", "Harbor Rail Adds Forty Daily Trains"),
        # A wire copy that repeats its headline under the wire's name.
        ("Harbor Rail Adds Forty Daily Trains\n\nPR Newswire\n\n"
         "Harbor Rail Adds Forty Daily Trains", "Harbor Rail Adds Forty Daily Trains"),
    ],
)  # fmt: skip
def test_wire_copy_headline(top: str, title: str) -> None:
    doc = parse_bytes(f"{top}\n\n{LEAD}\n".encode(), "release.md", ".md")
    assert doc.title == title
    assert doc.text == LEAD
