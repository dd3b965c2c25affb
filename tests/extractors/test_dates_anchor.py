"""Dates of releases that print no publication date, and period expressions seen on unseen
releases: fiscal years across two years, "the end of the year", a date after a name cue."""

from __future__ import annotations

import pytest

from pressextract.extractors.dates import DateOptions, extract_dates
from pressextract.extractors.notes import warnings_of
from pressextract.pipeline import document_from_text


def run(nlp, text: str, published: str | None):
    doc = nlp(text)
    found = extract_dates(doc, document_from_text(text, published=published), DateOptions())
    return [(m.start, m.end) for m in found], warnings_of(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The latest complete date in the text (12 March 2024) dates the year-less ones: each is
        # the nearest such date, whatever its tense.
        (
            "On March 12, 2024, officials took the children. On March 26, the minister said "
            "they could stay. In late October, refugees were returned.",
            [("2024-03-12", "2024-03-12"), ("2024-03-26", "2024-03-26"), ("2023-10", "2023-10")],
        ),
        # Nothing complete to read against: year-less dates stay unresolved.
        ("On March 26, the minister said they could stay.", []),
        # "yesterday" cannot be counted from a date that only bounds the release's own.
        ("The plant opened on June 3, 2024. Workers protested yesterday.", [
            ("2024-06-03", "2024-06-03")
        ]),
    ],
)
def test_no_publication_date_reads_against_the_latest_date_in_the_text(nlp, text, expected):
    found, _ = run(nlp, text, None)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected", "warning"),
    [
        # No complete date: the last day of the latest month written with its year.
        (
            "The partnership began in June 2025. The season begins August 23 with a home game.",
            [("2025-06", "2025-06"), ("2025-08-23", "2025-08-23")],
            "dates: no publication date; dates without a year read against 2025-06,"
            " the latest month the text dates",
        ),
        # "earlier this year" is the anchor's year when every full date is of that one year...
        (
            "The single is out on April 28th 2017. At a gig earlier this year, she sang it.",
            [("2017-04-28", "2017-04-28"), ("2017", "2017")],
            "dates: no publication date; dates without a year read against 2017-04-28,"
            " the latest complete date in the text",
        ),
        # ...and unknown when the dates span years (the release may lie anywhere among them).
        (
            "The contract runs from September 15, 2025, to September 10, 2028. Last year the"
            " orchestra toured.",
            [("2025-09-15", "2028-09-10")],
            None,
        ),
    ],
)
def test_months_and_years_read_against_the_text(nlp, text, expected, warning):
    found, warnings = run(nlp, text, None)
    assert found == expected
    assert warnings == ((warning,) if warning else ())


def test_the_anchor_read_from_the_text_is_named_in_a_warning(nlp):
    _, warnings = run(nlp, "On March 12, 2024, they met. On March 26, they met again.", None)
    assert warnings == (
        "dates: no publication date; dates without a year read against 2024-03-12,"
        " the latest complete date in the text",
    )
    _, warnings = run(nlp, "On March 26, they met again.", "2024-04-11")
    assert warnings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fish output grew in FY 2013-14 and again in FY 2024–25.", [
            ("2013", "2014"), ("2024", "2025")
        ]),
        ("Enrollment rose in federal fiscal year 2023.", [("2023", "2023")]),
        ("The company plans to hire 50 people by the end of the year.", [("2025", "2025")]),
        # A name cue ("District") before a written-out date does not make it a name.
        ("The fair comes back to the Harbour District, September 19 – 22, 2025.", [
            ("2025-09-19", "2025-09-22")
        ]),
        ("Patients in District 9 were moved.", []),
    ],
)
def test_period_expressions(nlp, text, expected):
    found, _ = run(nlp, text, "2025-05-20")
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Past tense against a date read from the text: the release is at most a few weeks newer
        # than its latest complete date, so a past event is not months after it.
        (
            "On July 12, 2024, donors met. Staff had taken part in the October 7 attack. In "
            "June, the review was released. On July 15, the minister spoke.",
            [
                ("2024-07-12", "2024-07-12"),
                ("2023-10-07", "2023-10-07"),
                ("2024-06", "2024-06"),
                ("2024-07-15", "2024-07-15"),
            ],
        ),
    ],
)
def test_past_tense_against_the_text_anchor(nlp, text, expected):
    found, _ = run(nlp, text, None)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A fiscal quarter the release dates gives its fiscal calendar; its other quarters with
        # a year follow it ("Q1 2024" is the same quarter).
        (
            "Acme announced results for its fiscal 2024 first quarter ended December 30, 2023. "
            "Its fiscal 2023 first quarter had 14 weeks. The Q1 2024 call is on February 1, 2024.",
            None,
            [
                ("2023-10", "2023-12"),
                ("2023-12-30", "2023-12-30"),
                ("2022-10", "2022-12"),
                ("2024-02-01", "2024-02-01"),
            ],
        ),
        # Without a dated fiscal quarter, quarters are the calendar's.
        ("Sales rose in the first quarter of fiscal 2024.", "2024-05-20", [("2024-01", "2024-03")]),
        # A 52/53-week quarter ending in a month's first week ends with the month before.
        (
            "Results for the fiscal 2004 second quarter ended July 3, 2004 were weak.",
            None,
            [("2004-04", "2004-06"), ("2004-07-03", "2004-07-03")],
        ),
        # "the December quarter" names a quarter by its last month: the quarter, not the month.
        ("Revenue grew in the December quarter.", "2024-02-01", [("2023-10", "2023-12")]),
        # Weekdays: a range of two, and a weekday that only names the day of the date after it.
        (
            "The festival runs September 19 – 22, 2024, with free concerts on Saturday and "
            "Sunday. The train departs on Monday morning, September 23.",
            "2024-05-02",
            [
                ("2024-09-19", "2024-09-22"),
                ("2024-09-21", "2024-09-22"),
                ("2024-09-23", "2024-09-23"),
            ],
        ),
        # "H2" alone is hydrogen (or of a year nobody named); "H2 2024" is a half.
        ("When water is split into H2 and O2, bonds form.", "2020-08-06", []),
        # A proper name opening the sentence makes the year a name; "Around 2010" does not.
        ("EclipseCon 2008, SANTA CLARA — The Foundation met.", "2008-03-17", []),
        ("Around 2010 the town grew.", "2024-05-20", [("2010", "2010")]),
        # "the 1997-98 Budget", "the 2022 Political Declaration": "the" and a capital after a
        # year leave it a date ("a 2022 Lamborghini" is a model year).
        ("The states endorsed the 2022 Political Declaration.", "2024-04-18", [("2022", "2022")]),
        ("Police found a 2022 Lamborghini.", "2024-04-18", []),
        # A day glued to its month by a scraper.
        ("The meet takes place on13thJune 2025atIndore.", "2025-06-11", [
            ("2025-06-13", "2025-06-13")
        ]),
    ],
)
def test_quarters_weekdays_and_names(nlp, text, published, expected):
    found, _ = run(nlp, text, published)
    assert found == expected
