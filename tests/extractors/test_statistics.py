"""Statistics: value, unit, qualifier, ranges, money and percentages; what is not a statistic."""

from __future__ import annotations

import pytest

from pressextract.config import options_from_section
from pressextract.extractors.numbers import parse_number
from pressextract.extractors.statistics import StatisticOptions, extract_statistics
from pressextract.pipeline import document_from_text


def stats(nlp, text: str, **options) -> list:
    document = document_from_text(text, published="2024-05-01")
    found = extract_statistics(nlp(text), document, StatisticOptions(**options))
    for s in found:
        assert text[s.char_start : s.char_end] == s.text
        assert (s.context and s.text in s.context) or s.context in text
    return found


def one(nlp, text: str) -> tuple:
    found = stats(nlp, text)
    assert len(found) == 1, found
    s = found[0]
    return s.value, s.unit, s.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNODC recorded over 150,000 seizures.", (150000, "seizures", "over")),
        ("Seizures were made in 158 countries.", (158, "countries", None)),
        ("They involved 4,000 wildlife species.", (4000, "wildlife species", None)),
        ("The fund holds $3.4bn in assets.", (3.4e9, "USD", None)),
        ("The EU pledged €12 million for the project.", (12e6, "EUR", None)),
        ("Costs fell 25% last quarter.", (25, "percent", None)),
        ("Costs fell 25 per cent.", (25, "percent", None)),
        ("The town has 1.2 million residents.", (1.2e6, "residents", None)),
        ("Five officers were injured.", (5, "officers", None)),
        ("Nearly 3,400 people attended.", (3400, "people", "nearly")),
        ("The fine was more than $8,000.", (8000, "USD", "more than")),
        ("Sentences of up to 20 days apply.", (20, "days", "up to")),
        ("At least 55% of emissions must be cut.", (55, "percent", "at least")),
        ("The company paid £5m in damages.", (5e6, "GBP", None)),
        ("They sold a dozen eggs.", (12, "eggs", None)),
        ("Investment totaled CHF 40 million.", (40e6, "CHF", None)),
        ("Richard Gomez, 44, was sentenced.", (44, "years of age", None)),
        ("The victim was a 23-year-old man.", (23, "years of age", None)),
        ("He received a 90-year prison sentence.", (90, "years", None)),
        ("He served 13 years in prison.", (13, "years", None)),
        ("A station every 60 km is required.", (60, "km", None)),
        ("The vote passed with 485 votes.", (485, "votes", None)),
        ("The plant expanded more than tenfold.", (10, "times", "more than")),
        ("Symptoms appear within a week of onset.", (1, "weeks", "within")),
        ("The cost was cut in half.", (0.5, None, None)),
        ("Two of the defendants pleaded guilty.", (2, "defendants", None)),
        ("Acme Corporation Adds 200 Engineering Jobs\n", (200, "Engineering Jobs", None)),
    ],
)
def test_value_unit_qualifier(nlp, text, expected):
    value, unit, qualifier = one(nlp, text)
    assert value == pytest.approx(expected[0])
    assert (unit, qualifier) == expected[1:]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("Hiring takes 6-9 months.", 6, 9, "months"),
        ("He faces one to three years imprisonment.", 1, 3, "years"),
        ("Prices rose between 10 and 20 percent.", 10, 20, "percent"),
        ("The deal is worth $1-2 million.", 1e6, 2e6, "USD"),
    ],
)
def test_ranges(nlp, text, value, value_max, unit):
    [s] = stats(nlp, text)
    assert (s.value, s.value_max, s.unit) == (pytest.approx(value), pytest.approx(value_max), unit)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It cost $500.", "money"),
        ("It rose 5%.", "percent"),
        ("The trial lasted three days.", "duration"),
        ("A 200,000 square-foot facility opened.", "measure"),
        ("Nine cases were confirmed.", "count"),
        ("Jane Doe, 61, spoke.", "age"),
    ],
)
def test_kind(nlp, text, kind):
    [s] = stats(nlp, text)
    assert s.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held on 22 April 2024.",
        "In 2021 the rules changed.",
        "He finished first and second.",
        "Call 555-123-4567 for details.",
        "Write to P.O. Box 1234, Springfield, IL 62701.",
        "The COVID-19 pandemic hit the G20 economies.",
        "Article 5 of the treaty applies under Resolution 78/241.",
        "Case No. 2:19-cr-00123 was filed.",
        "The event starts at 10 a.m. and ends at 3:30.",
        "It is part of Vision 2030.",
        "Visit www.example2024.com for more.",
        "He was one of the best officers.",
        "Smart toilet 2.0 is here.",
        "The SEC cited Rule 10b-5 and H.R. 1234.",
        "Our office is in Suite 300.",
        "Call 1-800-555-1234 or (202) 514-2007 between 9 a.m. and 5 p.m.",
    ],
)
def test_not_statistics(nlp, text):
    assert stats(nlp, text) == []


def test_list_numbering_is_not_a_statistic(nlp):
    text = "Steps:\n1. Apply online.\n2. Wait for a reply."
    assert stats(nlp, text) == []


def test_restated_figure_is_kept_once(nlp):
    text = "The plant made 40 years of engines. Over the past 40 years it grew."
    found = stats(nlp, text)
    assert [(s.value, s.unit) for s in found] == [(40, "years")]
    assert len(stats(nlp, text, deduplicate=False)) == 2


def test_one_of_follows_the_option(nlp):
    text = "It was one of the largest seizures."
    assert stats(nlp, text) == []
    assert [s.value for s in stats(nlp, text, one_of=True)] == [1]


def test_context_is_the_sentence(nlp):
    text = "The agency grew. It now employs 2,900 associates. Growth continues."
    [s] = stats(nlp, text)
    assert s.context == "It now employs 2,900 associates."


@pytest.mark.parametrize(
    ("core", "value"),
    [("3,400", 3400), ("1.2 million", 1.2e6), ("twenty-five", 25), ("377 000", 377000),
     ("two hundred and forty-five thousand", 245000), ("half", 0.5), ("a dozen", 12),
     (".07", 0.07), ("3.4bn", 3.4e9)],
)
def test_parse_number(core, value):
    assert parse_number(core) == pytest.approx(value)


def test_options_from_config_table():
    options = options_from_section(StatisticOptions, {"ages": False}, "statistics")
    assert options.ages is False and options.deduplicate is True


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("It faces a fine of $3 billion to $5 billion.", 3e9, 5e9, "USD"),
        ("Prices will rise between 5% and 6%.", 5, 6, "percent"),
    ],
)
def test_ranges_with_the_unit_written_twice(nlp, text, value, value_max, unit):
    [s] = stats(nlp, text)
    assert (s.value, s.value_max, s.unit) == (pytest.approx(value), pytest.approx(value_max), unit)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The reward rose from $160 to $180.", [160, 180]),  # a change, not a range
        ("Winds reached 50mph and storage 256GB.", [50, 256]),
        ("The yacht cost USD10m.", [10e6]),
        ("Temperatures dip to minus-130 degrees.", [-130]),
        ("The index fell -1.3% today.", [-1.3]),
    ],
)
def test_glued_units_signs_and_changes(nlp, text, values):
    assert [s.value for s in stats(nlp, text)] == [pytest.approx(v) for v in values]
