"""The headline and standfirst: which lines the model reads apart, and what they add to the body."""

from __future__ import annotations

import pytest

import pressextract
from pressextract.reading import headline_lines, is_capitalized_line, merge_headline
from pressextract.schema import (
    DateMention,
    Document,
    Location,
    Organization,
    Quote,
    Record,
    Statistic,
)

BODY = "OSLO, May 3, 2024 — Acme Pumps won a grant of $4 million for its plant in Oslo."


def _document(text: str = BODY, title: str | None = None, subtitle: str | None = None) -> Document:
    return Document(id="x", source="x.txt", format="text", title=title, text=text,
                    subtitle=subtitle)  # fmt: skip


@pytest.mark.parametrize(
    ("title", "subtitle", "expected"),
    [
        ("Acme wins grant", "Plant to open in May", ["Acme wins grant", "Plant to open in May"]),
        ("Acme Pumps won a grant", None, []),  # the body holds it already
        ("Acme wins grant", "Acme  wins grant", ["Acme wins grant"]),
        (None, None, []),
    ],
)
def test_headline_lines(title: str | None, subtitle: str | None, expected: list[str]) -> None:
    assert headline_lines(_document(title=title, subtitle=subtitle)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Acme Wins $4 Million Grant for New Plant in Oslo", True),
        ("ACME WINS GRANT FOR NEW PLANT", True),
        ("Acme wins a $4 million grant for its new plant in Oslo", False),
        ("Acme Pumps", False),  # too short to tell
    ],
)
def test_capitalized_lines(line: str, expected: bool) -> None:
    assert is_capitalized_line(line) is expected


def _stat(text: str, value: float, unit: str | None, kind: str, at: int) -> Statistic:
    return Statistic(text, value, unit, None, at, at + len(text), kind=kind)


def _record(text: str, **fields: tuple) -> Record:
    return Record(document=_document(text), **fields)


BODY_RECORD = _record(
    BODY,
    dates=(DateMention("its fiscal 2024 first quarter", "2023-10", "2023-12", 0, 10, "quarter"),),
    statistics=(_stat("$4 million", 4e6, "USD", "money", 40),),
    locations=(
        Location("Oslo", "GPE", 2, "city", "NO", 0),
        Location("United States", "GPE", 1, "country", "US", 60),
    ),
    organizations=(Organization("Acme Pumps", None, 1, 20),),
)


@pytest.mark.parametrize(
    ("headline", "fields", "expected"),
    [
        # A figure the body restates is the body's; a new one comes with null offsets.
        (
            "Acme wins $4 million",
            {"statistics": (_stat("$4 million", 4e6, None, "money", 10),)},
            {"statistics": [4e6]},
        ),
        (
            "Acme wins $5 million",
            {"statistics": (_stat("$5 million", 5e6, "USD", "money", 10),)},
            {"statistics": [4e6, 5e6]},
        ),
        # Counts and durations of a Title Case line read names as nouns: not taken.
        (
            "Three Sentenced For Fraud In Oslo",
            {"statistics": (_stat("Three", 3, None, "count", 0),)},
            {"statistics": [4e6]},
        ),
        (
            "Acme Wins 1.5 MW Solar Plant Deal",
            {"statistics": (_stat("1.5 MW", 1.5, "MW", "measure", 10),)},
            {"statistics": [4e6, 1.5]},
        ),
        (
            "Acme hires three engineers",
            {"statistics": (_stat("three engineers", 3, "engineers", "count", 11),)},
            {"statistics": [4e6, 3]},
        ),
        # A ratio is a share, not two counts.
        (
            "Study finds plastics in 9 of 10 fish",
            {
                "statistics": (
                    _stat("9", 9, None, "count", 25),
                    _stat("10 fish", 10, "fish", "count", 30),
                )
            },
            {"statistics": [4e6]},
        ),
        # Dates: the body's words restated, a month that may be a name, a new date.
        (
            "Acme reports first quarter",
            {"dates": (DateMention("first quarter", "2024-01", "2024-03", 13, 26, "quarter"),)},
            {"dates": ["2023-10"]},
        ),
        (
            "Festival Pays Tribute To August Wilson",
            {"dates": (DateMention("August", "2024-08", "2024-08", 24, 30, "month"),)},
            {"dates": ["2023-10"]},
        ),
        (
            "Acme to open plant on June 13",
            {"dates": (DateMention("on June 13", "2024-06-13", "2024-06-13", 19, 29),)},
            {"dates": ["2023-10", "2024-06-13"]},
        ),
        # Places: one per place (a country however written); organizations: the body's only.
        (
            "US grant for Acme plant in Bergen",
            {
                "locations": (
                    Location("US", "GPE", 1, "country", "US", 0),
                    Location("Bergen", "GPE", 1, "city", "NO", 27),
                ),
                "organizations": (Organization("Acme Plant", None, 1, 13),),
            },
            {"locations": ["Oslo", "United States", "Bergen"], "organizations": ["Acme Pumps"]},
        ),
    ],
)
def test_merge_headline(headline: str, fields: dict, expected: dict) -> None:
    merged = merge_headline(BODY_RECORD, _record(headline, **fields))
    got = {
        "statistics": [s.value for s in merged.statistics],
        "dates": [d.start for d in merged.dates],
        "locations": [p.name for p in merged.locations],
        "organizations": [o.name for o in merged.organizations],
    }
    assert {k: got[k] for k in expected} == expected
    added = [*merged.statistics[1:], *merged.dates[1:]]
    assert all(item.char_start is None and item.char_end is None for item in added)
    assert all(p.char_start is None for p in merged.locations[2:])
    assert merged.document.text == BODY


def test_headline_quotes_direct_only() -> None:
    quotes = (
        Quote("“We are ready”", "Jane Doe", "direct", 0, 14),
        Quote("the plant will open soon", "Jane Doe", "indirect", 20, 44),
    )
    merged = merge_headline(BODY_RECORD, _record("“We are ready,” says Doe", quotes=quotes))
    assert [(q.kind, q.char_start) for q in merged.quotes] == [("direct", None)]


def test_extract_reads_the_headline() -> None:
    record = pressextract.extract(
        "Acme Pumps said on Monday that the plant in Oslo will employ staff from next year.",
        title="Acme Pumps Wins $4 Million Grant for Plant in Bergen",
        published="2024-05-03",
    )
    money = [s for s in record.statistics if s.value == 4e6]
    assert money and money[0].char_start is None
    assert "Bergen" in [p.name for p in record.locations]
    assert record.document.text.startswith("Acme Pumps said")
