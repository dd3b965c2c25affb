"""Numbers that look like dates inside names, addresses and abbreviations, and years that date
the thing they qualify ("the 1967 Protocol", "the 2025 ratings")."""

from __future__ import annotations

import pytest

from pressextract.extractors.dates import DateOptions, extract_dates
from pressextract.pipeline import document_from_text


def dates(nlp, text: str, published: str = "2025-05-20") -> list[tuple]:
    document = document_from_text(text, published=published)
    found = extract_dates(nlp(text), document, DateOptions())
    return [(m.text, m.start, m.end) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A numbered reference or a law's name ends in "of YEAR": the year is part of the name.
        ("The Decree No. 14 of 1988 governs refugees.", []),
        ("Each filing cites the Private Securities Litigation Reform Act of 1995.", []),
        ("Resolution 2417 of 2018 condemns starvation as a weapon.", []),
        # ... but a year that opens the name of a treaty or an event dates it.
        ("It never joined the 1961 Convention on Statelessness.", [("1961", "1961", "1961")]),
        ("Few states signed its supplementary 1977 Protocol.", [("1977", "1977", "1977")]),
        ("Tickets for the Harbor Jazz Festival 2026 are on sale.", []),
        # The edition year of a standard is part of its identifier.
        ("The plant is certified to ISO 9001:2015.", []),
        # So is a bill's number after its chamber's abbreviation.
        ("The House passed H.R. 2024 on a voice vote.", []),
        ("Senators backed S.B. 1999 in 2023.", [("2023", "2023", "2023")]),
        ("Deadline: 2015 was missed.", [("2015", "2015", "2015")]),
        # A house number before a street name is not a year.
        ("The panels, located at 1800 Orchard Drive in the north, went live.", []),
        ("Visitors enter at 2040 West Elm St. near the station.", []),
        # After a determiner, a year qualifies a plural noun ("2,000 visitors" has a comma).
        ("The 2024 elections drew record turnout.", [("2024", "2024", "2024")]),
        ("Its 2023 rankings put the clinic first.", [("2023", "2023", "2023")]),
        ("More than 2000 volunteers took part.", []),
        # An abbreviated weekday alone is another word ("Sun." the company); with a date it is one.
        ("The order came from partners at Sun. Others followed.", []),
        ("Doors open Sat., May 24 at noon.", [("Sat., May 24", "2025-05-24", "2025-05-24")]),
        ("The market opens on Sunday.", [("Sunday", "2025-05-25", "2025-05-25")]),
        # A weekday that heads a name is no day of the release's week ("Black Monday"); a place
        # before it is no name of it (news style "in Paris Monday"). Published Tuesday.
        ("Stocks fell further than on Black Monday.", []),
        ("Voters go to the polls on Super Tuesday.", []),
        ("The minister told reporters in Paris Monday that talks would go on.", [
            ("Monday", "2025-05-19", "2025-05-19")
        ]),
    ],
)
def test_years_in_names_addresses_and_abbreviations(nlp, text, expected):
    assert dates(nlp, text) == expected
