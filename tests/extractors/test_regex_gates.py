"""The lookaheads put in front of the date, number and excluded-span patterns are only for speed:
each gated pattern finds exactly the matches of the same pattern without its gate."""

from __future__ import annotations

import re

import pytest

from pressextract.extractors import dates, dates_grammar, numbers, statistics, statistics_filters

# Invented lines that reach every kind of start: dates in words and digits, in either case and
# with the long s that a case-insensitive "s" also matches, quarters, relative days, figures in
# words, fractions, signs and glued currency codes, phone numbers, times, addresses, references,
# web addresses and e-mail.
TEXTS = [
    "On Tuesday, March 4, 2031 the Orbit Guild met; the 3rd of JUNE and 12-14 sept. 2030 follow.",
    "Q2-2031, FY2030, H1/2029 and the fourth quarter of 2031; ſeptember 9 and ſix days later.",
    "Yesterday, tomorrow and next Friday; late 2030, mid-2031, end-2032, the end of 2033.",
    "'31 and ’29 were dry; at 5 p.m. through 7, by 2035, before June, until Oct. 3.",
    "Twenty-five pilots, a dozen gliders, half a million flights, one-third of ſeventeen.",
    "Sales fell -1.3% to USD10m (RM3.06mil), minus-five degrees, .07 points, 377 000 kites.",
    "Call 555-1234 or +44 20 7946 0000, phone: (555) 010-4477; see [4] and 28: 685-690.",
    "Visit www.orbit-guild.example or orbit.example.org/news; case 2:19-cr-00123, No. 78/241.",
    "Write to jane.roe@orbit.example.com; 1600 Kite Avenue, P.O. Box 12, CA 92701, 10117 Zorb.",
    "THE TWELFTH OF NEVEMBER, Sat., June 3 and Sun. alone; earlier this year, the Kelvin \u212a.",
    "Tel. 555 010 4477, fax: 555 010 4478, hotline 0800 555 0100, mobile +1 555 010 4499 (Orbit"
    ".Example.net/kites), http://orbit.example.edu, Box 7, NY 10001-2345, 9 a.m., 18:30 Uhr.",
]


def _date_reference() -> re.Pattern[str]:
    plain = r"(?=[\d'’]|(?i:" + "|".join(dates_grammar._START_WORDS) + "))"
    pattern = dates_grammar.DATE_RE.pattern.replace(dates_grammar._STARTS, plain, 1)
    return re.compile(pattern, dates_grammar.DATE_RE.flags)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_date_lookahead_is_the_start_words_grouped_by_letter():
    assert dates_grammar.DATE_RE.pattern.count(dates_grammar._STARTS) == 1
    assert dates_grammar._STARTS.startswith(r"(?=[\d'’JjFfMm")  # every first character, then
    assert r"(?=[\d'’]|[Jj](?i:an|un|ul)|" in dates_grammar._STARTS  # the groups
    assert "[Ssſ](?i:" in dates_grammar._STARTS


@pytest.mark.parametrize("text", TEXTS)
def test_dates_found_as_without_the_grouped_lookahead(text):
    found = _matches(dates_grammar.DATE_RE, text)
    assert found == _matches(_date_reference(), text)


def test_the_date_texts_hold_dates():
    assert sum(len(_matches(dates_grammar.DATE_RE, t)) for t in TEXTS) >= 15


@pytest.mark.parametrize("text", TEXTS)
def test_numbers_found_as_without_the_lookahead(text):
    plain = re.compile(numbers._NUMBER, re.IGNORECASE)
    found = _matches(numbers.NUMBER_RE, text)
    assert found == _matches(plain, text)


def test_the_number_texts_hold_figures():
    assert sum(len(_matches(numbers.NUMBER_RE, t)) for t in TEXTS) >= 30


@pytest.mark.parametrize(
    ("core", "value"),
    [("twenty-five", 25.0), ("Ninety", 90.0), ("3,400", 3400.0), (".07", 0.07),
     ("half a million", 5e5)],
)
def test_parse_number_reads_cores_that_start_anywhere_the_gate_lets_in(core, value):
    assert numbers.parse_number(core) == pytest.approx(value)


@pytest.mark.parametrize("text", TEXTS)
def test_excluded_spans_as_with_every_pattern_everywhere(text):
    plain = [(m.start(), m.end()) for m in statistics_filters.SPAN_RE.finditer(text)]
    assert statistics_filters.excluded_spans(text) == plain
    without_mail = text.replace("@", " at ")
    plain = [(m.start(), m.end()) for m in statistics_filters.SPAN_RE.finditer(without_mail)]
    assert statistics_filters.excluded_spans(without_mail) == plain


def test_an_e_mail_address_is_excluded():
    text = "Write to jane.roe@orbit.example.com today."
    assert (9, 35) in statistics_filters.excluded_spans(text)


PERIOD_TEXTS = [
    "Within a week the guild grew; in an hour it rained; after one day, nearly a year-and-a-half.",
    "ORBIT ROSE TENFOLD, sales grew 3-fold and twice the average; ſix-fold and thrice as much.",
]


@pytest.mark.parametrize("name", ["_PERIOD_RE", "_FOLD_RE"])
@pytest.mark.parametrize("text", PERIOD_TEXTS + TEXTS)
def test_spelled_periods_found_as_without_the_lookahead(name, text):
    gated = getattr(statistics, name)
    gate = gated.pattern[: gated.pattern.index(")") + 1]
    assert gate.startswith("(?=[")
    plain = re.compile(gated.pattern.removeprefix(gate), gated.flags)
    assert _matches(gated, text) == _matches(plain, text)


def test_the_period_texts_hold_periods_and_multiples():
    assert len(_matches(statistics._PERIOD_RE, PERIOD_TEXTS[0])) == 4
    assert len(_matches(statistics._FOLD_RE, PERIOD_TEXTS[1])) == 5


DAY_ORDER_TEXTS = [
    "On 3 May 2031 and 25/12/2030, then May 3, 2031, 12/25/2030 and 1/13/31; 7/8/2032, 40/12/2030.",
    "x3 May 2031, 2025/12/2030, 112/25/2030 and Sept. 14 2031; 14 September 2031 or 31/1/29.",
]


@pytest.mark.parametrize("text", DAY_ORDER_TEXTS + TEXTS)
@pytest.mark.parametrize(
    "name", ["_MONTH_FIRST", "_DAY_FIRST", "_DAY_FIRST_NUMERIC", "_MONTH_FIRST_NUMERIC"]
)
def test_day_order_counts_as_without_the_lookahead(name, text):
    gated = getattr(dates, name)
    plain = re.compile(re.sub(r"^\(\?=[^)]*\)", "", gated.pattern))
    assert gated.findall(text) == plain.findall(text)


def test_the_day_order_texts_hold_both_orders():
    assert dates.reads_day_first(DAY_ORDER_TEXTS[0], "auto") is False
    assert sum(len(dates._DAY_FIRST_NUMERIC.findall(t)) for t in DAY_ORDER_TEXTS) >= 2
