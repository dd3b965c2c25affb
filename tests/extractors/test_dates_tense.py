"""Which side of the release a date without a year falls on: the tense of its own clause
(modal verbs, infinitives, past perfect), and points of a year such as "at year end"."""

from __future__ import annotations

import pytest

from pressextract.extractors.dates import DateOptions, extract_dates
from pressextract.pipeline import document_from_text


def dates(nlp, text: str, published: str) -> list[tuple[str, str]]:
    document = document_from_text(text, published=published)
    return [(m.start, m.end) for m in extract_dates(nlp(text), document, DateOptions())]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A point of the year in a past-tense clause: the last such point before the release.
        ("Debt stood at $5 billion at year end.", "2024-07-22", [("2023", "2023")]),
        ("Infections peaked by the end of year.", "2013-03-22", [("2012", "2012")]),
        ("Orders picked up at the end of the month.", "2024-07-22", [("2024-06", "2024-06")]),
        # Otherwise the release's own year (month).
        ("The company expects to retire the notes by year-end.", "2024-07-22", [
            ("2024", "2024")
        ]),
        ("Reserves will be rebuilt by the end of the month.", "2024-07-22", [
            ("2024-07", "2024-07")
        ]),
        ("The new wing opens at the start of the year.", "2024-07-22", [("2024", "2024")]),
        # A year written after it is the year ("by year-end 2004" is 2004, whatever the tense).
        ("The company retired $200 million by year-end 2004.", "2005-02-01", [("2004", "2004")]),
        # "year-end" as an adjective is no date of its own.
        ("The company announced year-end results.", "2024-02-01", []),
    ],
)
def test_points_of_a_year(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "would" says nothing of which side: the nearest June (a said-clause is not the date's).
        ("He said the plant would open in June.", "2024-03-10", [("2024-06", "2024-06")]),
        # An infinitive under a past verb may lie on either side of it: the nearest October...
        ("The group agreed to sell its stake in October.", "2013-03-22", [
            ("2012-10", "2012-10")
        ]),
        ("The firm said it has picked three startups for a program to run through June.",
         "2013-03-18", [("2013-06", "2013-06")]),
        ("The firm announced another event to be held on October 12.", "2005-10-04", [
            ("2005-10-12", "2005-10-12")
        ]),
        # Scheduling is past, the scheduled day on either side: the nearest one.
        ("A June 3 hearing has been scheduled.", "2009-05-14", [("2009-06-03", "2009-06-03")]),
        ("The plant was scheduled to open in June but opened in September.", "2005-10-04", [
            ("2005-06", "2005-06"), ("2005-09", "2005-09")
        ]),
        # ...and under a future one, the coming one.
        ("The company will continue to run the plant through June.", "2013-08-18", [
            ("2014-06", "2014-06")
        ]),
        # "would have" is past: published on Thursday 3 October 2019.
        ("She would have turned 30 on Sunday.", "2019-10-03", [("2019-09-29", "2019-09-29")]),
        ("He will be sentenced on Sunday.", "2019-10-03", [("2019-10-06", "2019-10-06")]),
    ],
)
def test_the_clause_decides_the_year(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected
