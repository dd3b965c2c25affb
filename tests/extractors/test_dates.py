"""Dates: detection, ISO normalization at the written precision, resolution against the release."""

from __future__ import annotations

import datetime as dt

import pytest

from pressextract.config import options_from_section
from pressextract.extractors.dates import DateOptions, extract_dates, reads_day_first
from pressextract.extractors.dates_grammar import RawDate
from pressextract.extractors.dates_resolve import infer_day, infer_month, resolve
from pressextract.pipeline import document_from_text


def dates(nlp, text: str, published: str | None = "2024-05-01", **options) -> list[tuple]:
    document = document_from_text(text, published=published)
    found = extract_dates(nlp(text), document, DateOptions(**options))
    for m in found:
        assert text[m.char_start : m.char_end] == m.text
    return [(m.start, m.end) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting took place on 22 April 2024 in Lagos.", [("2024-04-22", "2024-04-22")]),
        ("Sales rose in April 2024.", [("2024-04", "2024-04")]),
        ("In 2021, seizures doubled.", [("2021", "2021")]),
        ("He was arrested on May 3, 2023, in Ohio.", [("2023-05-03", "2023-05-03")]),
        ("Between Jan. 19, 2006, and Jan. 14, 2010, he stole funds.",
         [("2006-01-19", "2010-01-14")]),
        ("From 22 to 24 April 2024, agencies met.", [("2024-04-22", "2024-04-24")]),
        ("The summit ran 22-24 April.", [("2024-04-22", "2024-04-24")]),
        ("From 2015 to 2021, UNODC recorded seizures.", [("2015", "2021")]),
        ("Prices rose between March and May 2023.", [("2023-03", "2023-05")]),
        ("The talks were held April 22 and 23.", [("2024-04-22", "2024-04-23")]),
        ("He served from 2004 – 2014 as chair.", [("2004", "2014")]),
        ("Revenue grew in Q3 2024.", [("2024-07", "2024-09")]),
        ("Results for the first half of 2023 were strong.", [("2023-01", "2023-06")]),
        ("The FY2024 budget was approved.", [("2024", "2024")]),
        ("In the 1990s the plant opened.", [("1990", "1999")]),
        ("The numeric date 2024-03-15 is ISO.", [("2024-03-15", "2024-03-15")]),
        ("Company Reports Record Results For 2023", [("2023", "2023")]),
        ("Registration opens for the Summer 2025 session.", [("2025", "2025")]),
    ],
)
def test_absolute_dates_and_ranges(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspect was arrested yesterday.", [("2024-04-30", "2024-04-30")]),
        ("Last year the agency seized 40 tonnes.", [("2023", "2023")]),
        ("Earlier this month the law passed.", [("2024-05", "2024-05")]),
        ("The report was published last month.", [("2024-04", "2024-04")]),
        ("Next year the plant will open.", [("2025", "2025")]),
        ("Three years ago the project began.", [("2021", "2021")]),
        ("The court ruled on Monday.", [("2024-04-29", "2024-04-29")]),
        ("The board will meet on Friday.", [("2024-05-03", "2024-05-03")]),
        ("The team met last March.", [("2024-03", "2024-03")]),
        ("In February, the ministry announced a plan.", [("2024-02", "2024-02")]),
        ("The conference will be held on 22 June.", [("2024-06-22", "2024-06-22")]),
        ("The vote took place on December 22.", [("2023-12-22", "2023-12-22")]),
    ],
)
def test_relative_dates_resolve_against_publication(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day written with its weekday, away from the release's week, opens the week that a
        # weekday after it falls in.
        ("The festival opens Thursday, June 13. On Saturday, a parade will cross the town.",
         [("2024-06-13", "2024-06-13"), ("2024-06-15", "2024-06-15")]),
        # Without its weekday the date anchors nothing: "on Thursday" is the release's.
        ("The trial began on March 3. On Thursday, the jury heard the defendant.",
         [("2024-03-03", "2024-03-03"), ("2024-04-25", "2024-04-25")]),
        # Within the release's own week it anchors nothing either.
        ("Doors open Thursday, May 2. The report came out on Monday.",
         [("2024-05-02", "2024-05-02"), ("2024-04-29", "2024-04-29")]),
    ],
)
def test_weekday_after_a_day_written_with_its_weekday(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_weekday_inside_an_event_range(nlp):
    text = "The conference is scheduled for June 13 to 17. Investors will meet on Thursday."
    assert dates(nlp, text, published="2022-04-26") == [
        ("2022-06-13", "2022-06-17"),
        ("2022-06-16", "2022-06-16"),
    ]


def test_without_publication_date_relative_expressions_are_skipped(nlp):
    text = "Yesterday the minister spoke. The law of 12 March 2020 applies."
    assert dates(nlp, text, published=None) == [("2020-03-12", "2020-03-12")]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting lasted three days.",
        "It is part of Vision 2030 and Agenda 2063.",
        "Recently, in the years ahead, things will change.",
        "John Smith, 44, was charged.",
        "Article 5 of the treaty applies.",
        "More than 2000 participants attended.",
        "May I add that the report is ready.",
        # A model year; "the 2030 Agenda" names its year, as annotators of unseen releases
        # count "the 2022 Political Declaration" (tests/extractors/test_dates_anchor.py).
        "Police recovered a 2022 Lamborghini.",
    ],
)
def test_not_dates(nlp, text):
    assert dates(nlp, text) == []


def test_same_date_twice_is_listed_once(nlp):
    text = "By 2030 emissions fall. The target is for 2030."
    assert dates(nlp, text) == [("2030", "2030")]


def test_weeks_only_when_enabled(nlp):
    text = "The bill passed last week."
    assert dates(nlp, text) == []
    assert dates(nlp, text, weeks=True) == [("2024-04-22", "2024-04-28")]


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("Signed on 03/05/2024.", "DMY", [("2024-05-03", "2024-05-03")]),
        ("Signed on 03/05/2024.", "MDY", [("2024-03-05", "2024-03-05")]),
        ("On May 3, 2024 it was 03/05/2024.", "auto", [("2024-05-03", "2024-05-03"),
                                                        ("2024-03-05", "2024-03-05")]),
    ],
)
def test_day_first_or_month_first(nlp, text, order, expected):
    assert dates(nlp, text, order=order, deduplicate=False) == expected


@pytest.mark.parametrize(
    ("text", "day_first"),
    [("Washington, May 3, 2024 - The agency", False), ("Geneva, 3 May 2024 - The agency", True)],
)
def test_reads_day_first_from_the_release(text, day_first):
    assert reads_day_first(text, "auto") is day_first


@pytest.mark.parametrize(
    ("month", "day", "weekday", "tense", "expected"),
    [
        (4, 22, None, "past", dt.date(2024, 4, 22)),
        (6, 22, None, "past", dt.date(2023, 6, 22)),
        (6, 22, None, "future", dt.date(2024, 6, 22)),
        (12, 22, None, None, dt.date(2023, 12, 22)),
        (7, 22, 1, None, dt.date(2025, 7, 22)),  # "Tuesday, July 22" picks the year it fits
    ],
)
def test_infer_day(month, day, weekday, tense, expected):
    base = dt.date(2024, 5, 1) if weekday is None else dt.date(2025, 7, 21)
    assert infer_day(month, day, weekday, base, tense) == expected


def test_infer_month_relations():
    base = dt.date(2024, 1, 3)
    assert infer_month(2, base, "past", None) == (2023, 2)
    assert infer_month(2, base, None, "next") == (2024, 2)
    assert infer_month(11, base, None, "last") == (2023, 11)


def test_resolve_never_uses_today():
    assert resolve(RawDate("deictic", 0, 9, amount=-1), None) is None


def test_bad_order_is_a_config_error():
    from pressextract.errors import ConfigError

    with pytest.raises(ConfigError):
        options_from_section(DateOptions, {"order": "YMD"}, "dates")


def test_options_from_config_table():
    options = options_from_section(DateOptions, {"order": "MDY", "name_cues": ["Plan"]}, "dates")
    assert options.order == "MDY" and options.name_cues == ("Plan",)


@pytest.mark.parametrize(
    ("deduplicate", "expected"),
    [
        # The default lists each distinct date once, at its first mention (both gold corpora do).
        (True, [("June", 16, 20)]),
        # `deduplicate = false`: every reference is its own entry, with its own text and offsets.
        (False, [("June", 16, 20), ("June", 40, 44), ("June", 62, 66)]),
    ],
)
def test_each_reference_or_each_date(nlp, deduplicate, expected):
    text = "Work started in June. The fair opens in June too, and ends in June."
    document = document_from_text(text, published="2024-07-01")
    found = extract_dates(nlp(text), document, DateOptions(deduplicate=deduplicate))
    assert [(m.text, m.char_start, m.char_end) for m in found] == expected
    assert {(m.start, m.end) for m in found} == {("2024-06", "2024-06")}
