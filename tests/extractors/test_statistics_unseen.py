"""Statistics in styles the corpus does not show: other currencies, measures, shares, names."""

from __future__ import annotations

import pytest

from pressextract.extractors.statistics import StatisticOptions, extract_statistics
from pressextract.pipeline import document_from_text


def values(nlp, text: str) -> list[tuple]:
    document = document_from_text(text, published="2025-05-20")
    found = extract_statistics(nlp(text), document, StatisticOptions())
    for s in found:
        assert text[s.char_start : s.char_end] == s.text
    return [(s.value, s.unit) for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Currencies written the way their own press writes them.
        ("The municipality awarded a R12 million contract.", [(12e6, "ZAR")]),
        ("The tender is worth R250,000.", [(250000, "ZAR")]),
        ("The state will invest Rs 500 crore in roads.", [(5e9, "INR")]),
        ("The scheme costs Rs 2 lakh per village.", [(2e5, "INR")]),
        ("The N$250 million facility was approved.", [(250e6, "NAD")]),
        ("A KSh 3 billion bond was issued.", [(3e9, "KES")]),
        ("The government will spend Sh1.2 trillion.", [(1.2e12, "KES")]),
        ("The board approved a dividend of 12.5p per share.", [(12.5, "pence")]),
        ("Revenue was €3.4 bn and profit EUR 120 mn.", [(3.4e9, "EUR"), (120e6, "EUR")]),
        ("Inflation was 2,5 % in the euro area.", [(2.5, "percent")]),
        ("The fund holds 1,5 million euros.", [(1.5e6, "EUR")]),
        ("The firm has 5,000+ employees.", [(5000, "employees")]),
        # Measures with a compound or glued unit.
        ("Patients received 2.5 mg/kg of the drug.", [(2.5, "mg per kg")]),
        ("The storm brought winds of 150km/h.", [(150, "km per hour")]),
        ("It goes 0 to 80km/h in a blink.", [(0, "km per hour")]),
        ("Last year the city recorded 41 days above 35 °C.", [(41, "days"),
                                                              (35, "degrees celsius")]),
        ("Operating margin widened by 150bps.", [(150, "basis points")]),
        ("Winds of 100 kilometres per hour were recorded.", [(100, "km per hour")]),
        ("The price of a pint rose by 20p to £4.80.", [(20, "pence"), (4.8, "GBP")]),
        # The denominator of a rate is no figure of its own.
        ("The rate was 3.4 per 1,000 live births.", [(3.4, None)]),
        # A million written as a bare "m" set off by commas after a noun.
        ("Almost half of all households, some 1.4m, rely on oil.", [(0.5, "households"),
                                                                    (1.4e6, None)]),
        # Shares and multiples written without a plain numeral.
        ("One in five adults had lost money.", [(1, None)]),
        ("About 6 in 10 adults exercised weekly.", [(6, None)]),
        ("It was nearly twice the average of the previous decade.", [(2, "times")]),
        ("Twice as many women as men applied.", [(2, "times")]),
        ("Productivity rose by two-and-a-half per cent.", [(2.5, "percent")]),
        ("Leaders pledged to limit warming to 1.5C.", [(1.5, "degrees celsius")]),
        # After "by", a "to" closes a range; a far larger second number is the new level.
        ("Emissions were cut by 40 to 50 per cent.", [(40, "percent")]),
        ("The bank raised rates by 0.25 to 5.25%.", [(0.25, None), (5.25, "percent")]),
        ("Net sales growth of 3% to 5% is expected.", [(3, "percent")]),
        ("Around half a million people are affected.", [(5e5, "people")]),
        ("Three in every four deaths occurred in poor countries.", [(3, None)]),
        # Ages listed after "aged".
        ("Two teenagers, aged 15 and 16, were arrested.", [(2, "teenagers"),
                                                          (15, "years of age"),
                                                          (16, "years of age")]),
    ],
)
def test_unseen_styles(nlp, text, expected):
    assert values(nlp, text) == expected


def test_scaled_values_are_exact(nlp):
    assert values(nlp, "The population grew to 8.2 million.")[0][0] == 8200000.0


@pytest.mark.parametrize(
    "text",
    [
        "The 5G network was switched on.",
        "The R2 value of the fit was high.",
        "The R2 and R3 rules apply.",
        "The ruling concerns Section 230 and devices running Windows 11.",
        "For media enquiries call 020 7946 0958.",
        "The defendant was charged in case No. 2:24-cr-00123.",
        "The office is at 221 Baker Street.",
        "The G7 leaders agreed to act on COVID-19.",
        "Patients with type 2 diabetes were excluded.",
        "Greenwood scored twice as United won.",
    ],
)
def test_not_statistics(nlp, text):
    assert values(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalized word ending the paragraph before is no name around the number.
        ("The phone has a 4500 mAh battery.\n\nTwo of the deputies were fired.",
         [(4500, "mAh battery"), (2, "deputies")]),
        # The unit ends at the paragraph break, whatever the parse attached across it.
        ("The scans ran at roughly 300 Hz\n\npanel strength was measured too.", [(300, "Hz")]),
        # Bare paragraph numbers of official releases are not figures.
        ("2 Located in the city, the Center opened.\n\n3 The Center trains 40 engineers.",
         [(40, "engineers")]),
    ],
)  # fmt: skip
def test_paragraph_breaks(nlp, text, expected):
    assert values(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same amount for two named recipients, the same count of two charges: two facts.
        (
            "The senators secured $1 million for the Port of Wilmington and $1 million for the"
            " University of Delaware.",
            [(1e6, "USD"), (1e6, "USD")],
        ),
        (
            "He was convicted on three counts of attempted murder and three counts of assault.",
            [(3, "counts"), (3, "counts")],
        ),
        # A duration and an amount joined by "and" are two figures.
        (
            "The agreement extends grants for a further 12 months and $2.4 million for projects.",
            [(12, "months"), (2.4e6, "USD")],
        ),
        ("The state approved a total outlay of Rs.52 crores.", [(5.2e8, "INR")]),
        ("Images are recorded at a rate of one per second.", [(1, None)]),
        # A unit makes a number after "year" a figure; "year one" of a contract is a label.
        ("Bookings rose last year 76 percent.", [(76, "percent")]),
        ("Pay rises from $92,811 in year one to $101,350.", [(92811, "USD"), (101350, "USD")]),
    ],
)
def test_facts_told_apart(nlp, text, expected):
    assert values(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "one" as an indefinite article or a pronoun
        "One witness said the officers beat him.",
        "They pass it on from one generation to the next.",
        "He was the only one interviewed who could appeal.",
        # periods, years and labels
        "Production will rise in the second half of FY2027.",
        "The hospital earned its place in the 2025 ratings.",
        "Damage ranged widely (Fig. 2).",
        # versions and standards named by an acronym or a name
        "Acme leads JSR 901, the Widget Storage API.",
        "CDT 3.1 will be released in June.",
        "Web 2.0, mashups and social networks grew.",
        # a paragraph number before a quotation
        "6 “Our journey towards water security is inspiring,” he said.",
    ],
)
def test_not_statistics_in_unseen_styles(nlp, text):
    assert values(nlp, text) == []


def test_newsquant_convention_counts_every_one(nlp):
    text = "One proposal asks the board to stop."
    document = document_from_text(text, published="2025-05-20")
    found = extract_statistics(nlp(text), document, StatisticOptions(one_of=True))
    assert [(s.value, s.unit) for s in found] == [(1, "proposal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner before a number is no name around it ("Windows 10" is)
        ("Only 19 people, out of UNRWA’s 30,000 staff, took part.", [(19, "people"),
                                                                     (30000, "staff")]),
        # "two-time" counts times; "one-time" is an adjective
        ("She is a two-time Academy Award nominee.", [(2, "times")]),
        ("He received a one-time payment.", []),
    ],
)
def test_owners_and_times(nlp, text, expected):
    assert values(nlp, text) == expected
