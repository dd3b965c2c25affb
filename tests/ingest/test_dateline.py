"""Datelines and written dates: the place and date that open a release."""

from __future__ import annotations

import pytest

from pressextract.ingest.dateline import find_dateline
from pressextract.ingest.dates import (
    date_line_iso,
    find_dates,
    labelled_date,
    year_from_mentions,
    yearless_date,
)


@pytest.mark.parametrize(
    ("paragraph", "location", "date"),
    [
        ("WASHINGTON, May 3, 2024 — The agency said", "WASHINGTON", "2024-05-03"),
        ("LAGOS, Nigeria (Reuters) - Customs officers", "LAGOS, Nigeria", None),
        ("Brussels, 1 May 2024: The Commission today", "Brussels", "2024-05-01"),
        ("CHICAGO — Prosecutors said", "CHICAGO", None),
        ("NEW YORK, NY /PRNewswire/ -- Acme Corp. today", "NEW YORK, NY", None),
        ("ANNA, Ohio, July 21, 2025 /PRNewswire/ — Acme", "ANNA, Ohio", "2025-07-21"),
        ("MOUNTAIN VIEW, Calif.–(BUSINESS WIRE)–Acme, Inc. today", "MOUNTAIN VIEW, Calif.", None),
        ("Dover, DE, July 25, 2024 (GLOBE NEWSWIRE) -- Acme", "Dover, DE", "2024-07-25"),
        ("(Geneva, January 3, 2024) – Countries that", "Geneva", "2024-01-03"),
        ("(Austin, Texas) – Following a trial", "Austin, Texas", None),
        ("Miami (June 14, 2024)", "Miami", "2024-06-14"),
        ("SANTA FE – A consultant was charged", "SANTA FE", None),
        ("Addis Ababa— The Ministry of Health", "Addis Ababa", None),
        ("Brussels/Strasbourg – MEPs have backed", "Brussels/Strasbourg", None),
        ("PARIS, 2 février 2023 - Le ministère", "PARIS", "2023-02-02"),
        ("WASHINGTON, May 3 — The agency said", "WASHINGTON", None),
        # The date or the place after the first separator.
        ("LONDON, UK — 3 March 2025 — Acme today", "LONDON, UK", "2025-03-03"),
        ("NEW YORK, NY – March 3, 2025 – Acme today", "NEW YORK, NY", "2025-03-03"),
        ("HOUSTON--(BUSINESS WIRE)--March 3, 2025--Acme today", "HOUSTON", "2025-03-03"),
        ("March 3, 2025 — NEW YORK — Acme today", "NEW YORK", "2025-03-03"),
        ("3 March 2025, Geneva – The agency today", "Geneva", "2025-03-03"),
        ("Paris, le 3 mars 2025 – La société", "Paris", "2025-03-03"),
        # The date first, the place in brackets after it.
        ("May 3, 2024 (SAINT PAUL) — The Attorney General", "SAINT PAUL", "2024-05-03"),
        ("May 3, 2024 [Salem, Oregon] - As riders wait", "Salem, Oregon", "2024-05-03"),
        # A Title-case place with a hyphen, when a state or country qualifies it.
        ("Salem, OR - Today, the board approved", "Salem, OR", None),
        ("Perth, Australia - The port said", "Perth, Australia", None),
        # A place set in italics or bold, closed by a period.
        ("_Salem, OR_. A group of riders met", "Salem, OR", None),
        ("**Salem, Oregon**: A group of riders met", "Salem, Oregon", None),
        # An ellipsis as the separator.
        ("SALEM, OREGON, May 3, 2024...HARBOR RAIL announced", "SALEM, OREGON", "2024-05-03"),
        # An event or venue before the place.
        ("RailExpo 2024, SALEM, OR – May 3, 2024 – The board", "SALEM, OR", "2024-05-03"),
        (
            "RAIL SHOW (BOOTH 12), Salem, Ore. (May 3, 2024) — The board",
            "Salem, Ore.",
            "2024-05-03",
        ),
    ],
)
def test_finds_dateline(paragraph: str, location: str, date: str | None) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    dateline, end = found
    assert (dateline.location, dateline.date) == (location, date)
    written_end = paragraph.index(dateline.text) + len(dateline.text)
    assert paragraph[end:].strip() == paragraph[written_end:].strip()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Today – the company said it would grow.",
        "The company said: we are growing.",
        "Opening the conference, the Secretary General said, “The time is now.”",
        "From 22 to 24 April 2024, agencies met in Brussels.",
        "The minister - who spoke on Monday - said the plan works.",
        "3 March 2025, the agency said – nothing else.",
        "Cogeneration—also known as combined heat and power—saves fuel.",
        "Harbor Rail - the board said - will grow.",
        "Today... we are growing.",
        "Acme 2024, the new plan – nothing else.",
    ],
)
def test_ordinary_sentences_have_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_place_alone_on_first_line_is_a_dateline_only_when_allowed() -> None:
    assert find_dateline("BAAR, SWITZERLAND") is None
    found = find_dateline("BAAR, SWITZERLAND", alone=True)
    assert found is not None and found[0].location == "BAAR, SWITZERLAND"
    assert find_dateline("PRESS RELEASE", alone=True) is None
    # A place and a date alone on a line, above the first paragraph.
    line = "SALEM, OREGON, AND PERTH, AUSTRALIA, 3 May 2024"
    assert find_dateline(line) is None
    found = find_dateline(line, alone=True)
    assert found is not None
    assert (found[0].location, found[0].date) == (
        "SALEM, OREGON, AND PERTH, AUSTRALIA",
        "2024-05-03",
    )
    assert find_dateline("Harbor Rail Board, meeting of 3 May 2024", alone=True) is None


def test_a_title_case_name_before_a_dash_is_a_place_only_in_the_first_paragraph() -> None:
    assert find_dateline("Harbor Line – The line opens in May.") is not None
    assert find_dateline("Harbor Line – The line opens in May.", lead=False) is None
    assert find_dateline("SALEM – The line opens in May.", lead=False) is not None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("May 3, 2024", "2024-05-03"),
        ("Feb. 27, 2020", "2020-02-27"),
        ("1 May 2024", "2024-05-01"),
        ("01 May 2024", "2024-05-01"),
        ("2. Januar 2022", "2022-01-02"),
        ("1er mai 2024", "2024-05-01"),
        ("2024-05-01", "2024-05-01"),
        ("19.10.2022", "2022-10-19"),
        ("10/19/2022", "2022-10-19"),
        ("Wednesday, March 30, 2016", "2016-03-30"),
        ("2025-03-03T10:00:00Z", "2025-03-03"),
        ("2025-03-03T10:00+01:00", "2025-03-03"),
        ("٣ May ٢٠٢٤", "2024-05-03"),  # any script's decimal digits
    ],
)
def test_written_dates_to_iso(text: str, iso: str) -> None:
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text", ["February 30, 2024", "32.01.2022", "May 2024", "2024", "May third, twenty twenty-four"]
)
def test_impossible_or_partial_dates_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("01 May 2024", "2024-05-01"),
        ("Published: May 27, 2011", "2011-05-27"),
        ("Admin | June 14, 2024", "2024-06-14"),
        ("Feb 27, 2020, 08:37 ET", "2020-02-27"),
        ("Hamburg, den 02. Dezember 2022", "2022-12-02"),
        ("The conference ran from 22 April 2024 to the end of the month.", None),
        ("Jackson was convicted on May 3, 2024 of all charges in the case", None),
        # Embargo lines give the publication date; a time of day is not a word of a sentence.
        ("Embargoed until 00:01 GMT, 3 March 2025", "2025-03-03"),
        ("EMBARGOED UNTIL 3 MARCH 2025, 10:00 CET", "2025-03-03"),
        ("March 3, 2025 10:30 a.m. ET", "2025-03-03"),
        ("Posted on 3rd March 2025 by Press Office", "2025-03-03"),
        ("FOR IMMEDIATE RELEASE: March 3, 2025", "2025-03-03"),
        ("Published on March 3, 2025 · 3 min read", "2025-03-03"),
        ("The plants open at 10:00 on 3 March 2025 in Rome and Milan.", None),
    ],
)
def test_date_lines(line: str, iso: str | None) -> None:
    assert date_line_iso(line) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Bill Passes Senate Thursday July 28 2005 FOR IMMEDIATE RELEASE", "2005-07-28"),
        ("Contact Jane Doe Date: 3 May 2024 The minister said", "2024-05-03"),
        ("The law took effect on 3 May 2024 and applies to all", None),
    ],
)
def test_labelled_dates(text: str, iso: str | None) -> None:
    assert labelled_date(text) == iso


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("WASHINGTON, May 3 —", "2024-05-03"),
        ("LONDON, 3rd May:", "2024-05-03"),
        ("WASHINGTON —", None),
        ("BERLIN, Feb. 30 —", None),
        ("SALEM, Ore., May 3 /PRNewswire-FirstCall/ --", "2024-05-03"),
        ("SALEM, Ore., May 3 (BUSINESS WIRE) --", "2024-05-03"),
    ],
)
def test_yearless_dateline_takes_the_publication_year(dateline: str, iso: str | None) -> None:
    assert yearless_date(dateline, 2024) == iso


@pytest.mark.parametrize(
    ("paragraph", "location", "written"),
    [
        ("CHICAGO — The city will open plants – three of them – soon.", "CHICAGO", "CHICAGO —"),
        ("March 3, 2025 – The city – and its suburbs – will grow.", None, "March 3, 2025 –"),
    ],
)
def test_dashes_inside_the_sentence_do_not_extend_the_dateline(
    paragraph: str, location: str | None, written: str
) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found[0].location, found[0].text) == (location, written)


@pytest.mark.parametrize(
    ("dateline", "text", "iso"),
    [
        ("SALEM, Ore., July 22 /PRNewswire/ --", "the quarter ended July 3, 2004", "2004-07-22"),
        ("SALEM, Ore., Jan. 8 --", "the year ended December 31, 2024", "2025-01-08"),
        ("SALEM, Ore., Jan. 8 --", "no complete date at all", None),
    ],
)
def test_yearless_dateline_without_publication_date_takes_the_nearest_year(
    dateline: str, text: str, iso: str | None
) -> None:
    assert year_from_mentions(dateline, text) == iso
