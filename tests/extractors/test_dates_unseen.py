"""Dates in styles the corpus does not show: decades with a modifier, bare numbers after "aged"."""

from __future__ import annotations

import pytest

from pressextract.extractors.dates import DateOptions, extract_dates
from pressextract.pipeline import document_from_text


def dates(nlp, text: str, published: str = "2025-05-20") -> list[tuple]:
    document = document_from_text(text, published=published)
    found = extract_dates(nlp(text), document, DateOptions())
    return [(m.start, m.end) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the mid-1990s, the population has doubled.", [("1990", "1999")]),
        ("In the early 2000s the plant closed.", [("2000", "2009")]),
        ("Full production is expected by mid-2026.", [("2026", "2026")]),
        ("Revenue rose in the three months to 30 June.", [("2024-06-30", "2024-06-30")]),
        ("The group reported Q3 FY2025 results.", [("2025-07", "2025-09")]),
        ("In H1 2024 net sales grew.", [("2024-01", "2024-06")]),
        ("The championships take place from 12-14 March.", [("2025-03-12", "2025-03-14")]),
        ("The summit will be held March 3–5, 2025.", [("2025-03-03", "2025-03-05")]),
        ("Sales fell last month.", [("2025-04", "2025-04")]),
        ("Orders should recover by the end of 2026.", [("2026", "2026")]),
        ("The 2024/25 season attracted visitors.", [("2024", "2025")]),
    ],
)
def test_unseen_date_styles(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two teenagers, aged 15 and 16, were arrested.",
        "Scores were between 40 and 60.",
    ],
)
def test_numbers_joined_by_and_are_not_dates(nlp, text):
    assert dates(nlp, text) == []
