"""Dates in styles the corpus does not show: decades with a modifier, bare numbers after "aged"."""

from __future__ import annotations

import pytest

from pressextract.extractors.dates import DateOptions, extract_dates, reads_day_first
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
        # A half written in words without a year is one of the release's year, as a quarter is;
        # "the first half of" something else (a match, FY2027) is not.
        ("Growth should resume in the second half.", [("2025-07", "2025-12")]),
        ("The outlook reflects first-half trends.", [("2025-01", "2025-06")]),
        ("The home side led in the first half of the match.", []),
        # Quarters as adjectives, "final", and "last" before "of" and a year; "last quarter"
        # alone is the one before the release's.
        ("Profit rose in the third-quarter results.", [("2024-07", "2024-09")]),
        ("Profit rose in the final quarter of 2009.", [("2009-10", "2009-12")]),
        ("Sales fell in the last quarter of 2023.", [("2023-10", "2023-12")]),
        ("Sales fell last quarter.", [("2025-01", "2025-03")]),
        ("Sales in Q1 FY25 grew.", [("2025-01", "2025-03")]),
        ("Cars of the '70s and '80s were heavier.", [("1970", "1979"), ("1980", "1989")]),
        # A date without a year takes the relative year written right after it.
        ("The law was passed on 5 March last year.", [("2024-03-05", "2024-03-05")]),
        ("The rule takes effect on January 1 next year.", [("2026-01-01", "2026-01-01")]),
        ("The office opened in March this year.", [("2025-03", "2025-03")]),
        ("In H1 2024 net sales grew.", [("2024-01", "2024-06")]),
        ("The championships take place from 12-14 March.", [("2025-03-12", "2025-03-14")]),
        ("The summit will be held March 3–5, 2025.", [("2025-03-03", "2025-03-05")]),
        ("Sales fell last month.", [("2025-04", "2025-04")]),
        ("Orders should recover by the end of 2026.", [("2026", "2026")]),
        ("The 2024/25 season attracted visitors.", [("2024", "2025")]),
        ("Results for FY 2024/25 were strong.", [("2024", "2025")]),
        # Indian-style fiscal years and year ranges, a period glued to the next sentence.
        ("Catch rose from 90 t in FY 2013-14 to 195 t in FY 2024-25.Inland catch grew.",
         [("2013", "2014"), ("2024", "2025")]),
        ("Output reached 147 t in 2024–25, a record.", [("2024", "2025")]),
        # An ordinal glued to the month and the next word glued to the year (text from PDFs).
        ("The meet is held on13thJune 2025atMumbai.", [("2025-06-13", "2025-06-13")]),
        # A time after the date does not change it.
        ("A call is set for June 6, 2025, 11:00 a.m. Eastern time.",
         [("2025-06-06", "2025-06-06")]),
        ("In 1H 2024 and 2H24, sales rose.", [("2024-01", "2024-06"), ("2024-07", "2024-12")]),
        ("Revenue in Q4'24 and 3Q24 grew.", [("2024-10", "2024-12"), ("2024-07", "2024-09")]),
        ("The agency cited a 2009 analysis by the CBO.", [("2009", "2009")]),
        ("The 2020 census counted 3,000 people.", [("2020", "2020")]),
        # A season stands for its year, as "Summer 2025" does (published 20 May 2025).
        ("Construction will begin next spring.", [("2026", "2026")]),
        ("Work stopped last summer.", [("2024", "2024")]),
        ("The plant opens this autumn.", [("2025", "2025")]),
        ("The law takes effect on the first of July.", [("2025-07-01", "2025-07-01")]),
        ("The event runs 01.06.2025 to 03.06.2025.", [("2025-06-01", "2025-06-03")]),
        # Published on Tuesday 20 May 2025: a weekday takes the tense of its own clause.
        ("The ceremony takes place on Saturday, organisers said.", [("2025-05-24", "2025-05-24")]),
        ("The figures, published on Wednesday, cover the year.", [("2025-05-14", "2025-05-14")]),
        ("The meeting, scheduled for Friday, will decide.", [("2025-05-23", "2025-05-23")]),
    ],
)
def test_unseen_date_styles(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two teenagers, aged 15 and 16, were arrested.",
        "Scores were between 40 and 60.",
        "The formula 2H2O was shown.",
    ],
)
def test_numbers_joined_by_and_are_not_dates(nlp, text):
    assert dates(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "day_first"),
    [
        ("Filed on 25/12/2024 and heard on 3/4/2025.", True),
        ("Filed on 12/25/2024 and heard on 3/4/2025.", False),
    ],
)
def test_a_numeric_date_read_one_way_only_sets_the_order(text, day_first):
    assert reads_day_first(text, "auto") is day_first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quarter or half with its year after a hyphen or slash (tables, filings): the year
        # written, not the release's.
        ("Revenue in Q2-2023 and Q3/2023 rose.", [("2023-04", "2023-06"), ("2023-07", "2023-09")]),
        ("Margins in H1 - 2022 fell.", [("2022-01", "2022-06")]),
        # Months written short as a range before one year.
        ("Sales rose in Apr–Jun 2023.", [("2023-04", "2023-06")]),
        ("Sales rose in Sept.-Nov. 2023.", [("2023-09", "2023-11")]),
        ("Sales rose in May/June 2024.", [("2024-05", "2024-06")]),
        # "end-2026", as "mid-2026" and "early 2026": the year, a modifier before it.
        ("Debt should fall by end-2026.", [("2026", "2026")]),
        ("Prices returned to end-2024 levels.", [("2024", "2024")]),
        # A calendar year abbreviated as a fiscal year is.
        ("Revenue in CY2024 and CY 2023 rose.", [("2024", "2024"), ("2023", "2023")]),
        # A list of days: one range when it runs day by day, as "March 17 and 18" is; separate
        # days otherwise.
        ("The course runs March 17, 18 and 19.", [("2025-03-17", "2025-03-19")]),
        ("The course runs 17, 18, and 19 March 2026.", [("2026-03-17", "2026-03-19")]),
        ("Sessions meet on March 3, 10 and 17, 2026.",
         [("2026-03-03", "2026-03-03"), ("2026-03-10", "2026-03-10"),
          ("2026-03-17", "2026-03-17")]),
        ("Sessions meet on 3, 10 and 17 March 2026.",
         [("2026-03-03", "2026-03-03"), ("2026-03-10", "2026-03-10"),
          ("2026-03-17", "2026-03-17")]),
    ],
)
def test_wire_and_filing_styles(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The weekend-2024 edition sold out.",  # "end-" inside a word
        "Codes such as ACY2024 were filed.",  # "CY" inside a word
    ],
)
def test_wire_style_cues_inside_words_are_not_dates(nlp, text):
    assert dates(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of tomorrow" after a noun is the future, not a day; "as of tomorrow" and "tomorrow's
        # vote" are days, and so is "the events of yesterday" (published 20 May 2025).
        ("The program trains students for the jobs of tomorrow.", []),
        ("The events of yesterday shocked the town.", [("2025-05-19", "2025-05-19")]),
        ("As of tomorrow, the rule applies.", [("2025-05-21", "2025-05-21")]),
        ("The outcome of tomorrow's vote is open.", [("2025-05-21", "2025-05-21")]),
        ("The vote is tomorrow.", [("2025-05-21", "2025-05-21")]),
    ],
)
def test_tomorrow_as_an_age(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Letters glued to a four-digit number make a measure or a code, not a year...
        ("The tablet contains 2000mg of the drug.", []),
        ("The team climbed to 2100m above sea level.", []),
        ("The heater draws 1800W at peak.", []),
        ("The car has a 1998cc engine.", []),
        ("The model 2024X was launched.", []),
        # ... except a citation's letter and an "s" that lost its apostrophe.
        ("As Barlow et al. (2011b) showed, wind matters.", [("2011", "2011")]),
        ("Healthcare, 2018s best performing sector, grew.", [("2018", "2018")]),
    ],
)
def test_letters_glued_to_a_year(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The year first: the quarter or half of that year, not of the release's (published
        # 20 May 2025).
        ("In 2023 Q4 sales rose; 2024-H1 was flat.",
         [("2023-10", "2023-12"), ("2024-01", "2024-06")]),
        ("Sales in 2023Q4 rose.", [("2023-10", "2023-12")]),
        # A quarter named by its last month: the three months that end in it, in any calendar.
        ("Revenue for the December quarter rose 2%.", [("2024-10", "2024-12")]),
        ("Revenue in the September 2024 quarter rose.", [("2024-07", "2024-09")]),
        ("The retailer's January quarter was weak.", [("2024-11", "2025-01")]),
    ],
)
def test_quarters_written_year_first_or_by_month(nlp, text, expected):
    assert dates(nlp, text) == expected
