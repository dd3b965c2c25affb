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
        ("The festival returns to the Cultural District, September 19 – 22, 2025.", [
            ("2025-09-19", "2025-09-22")
        ]),
        ("Patients in District 9 were moved.", []),
    ],
)
def test_period_expressions(nlp, text, expected):
    found, _ = run(nlp, text, "2025-05-20")
    assert found == expected
