"""Company boilerplate without an "About" heading: bare name headings and self-descriptions."""

from __future__ import annotations

import pytest

from pressextract.ingest.about import describes_itself, is_name_heading, unheaded_about
from pressextract.ingest.sections import split_sections

NEWS = [
    "The Ministry of Water announced today that 12 new treatment plants will open in 2025.",
    "“Clean water is a right,” said Minister Ana Ruiz. The plants cost 40 million euros.",
    "Construction starts in May and is expected to last eighteen months in total.",
    "Acme Pumps will supply the plants under a contract worth 3 million euros, Ruiz said.",
]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Acme Corp. is a leading maker of pumps.", True),
        ("Acme Pumps (NYSE: ACP), a Fortune 500 company based in Oslo, Norway, is one of", True),
        ("The Water Trust, founded in 1990, is the largest utility in the region.", True),
        ("Acme Pumps and Birch Valves are two of the oldest makers of valves.", False),
        ("The plants are expected to open in May.", False),
        ("It is a good day for the region, the minister said.", False),
    ],
)
def test_self_description(paragraph: str, expected: bool) -> None:
    assert describes_itself(paragraph) is expected


@pytest.mark.parametrize(
    ("heading", "following", "expected"),
    [
        ("Acme Pumps", "Acme Pumps (NYSE: ACP), based in Oslo, is a maker of pumps.", True),
        ("Birch Capital", "Birch Capital Partners is a leading investor in utilities.", True),
        ("Acme Pumps", "The plants will open in May, the company said.", False),
        ("Transaction structure", "Birch will invest in two phases.", False),
        ("Next steps", "Next steps is a program of the ministry.", False),
        ("Acme Pumps", None, False),
    ],
)
def test_name_heading(heading: str, following: str | None, expected: bool) -> None:
    assert is_name_heading(heading, following) is expected


def test_name_headings_open_about_sections() -> None:
    paragraphs = [
        *NEWS,
        "Acme Pumps",
        "Acme Pumps (NYSE: ACP), a company headquartered in Oslo, is one of the largest makers"
        " of pumps, serving customers in Norway, Sweden and Finland.",
        "Acme Pumps is investing in quieter pumps.",
        "Birch Capital",
        "Birch Capital is a leading investor in water utilities, based in Bergen.",
    ]
    body, sections = split_sections(paragraphs)
    assert body == NEWS
    assert [(s.kind, s.heading) for s in sections] == [
        ("about", "Acme Pumps"),
        ("about", "Birch Capital"),
    ]
    assert sections[0].text.endswith("Acme Pumps is investing in quieter pumps.")


def test_about_heading_before_a_long_legal_notice() -> None:
    """A short release followed by its boilerplate: the heading stands before the half."""
    notice = "This press release contains forward-looking statements. " * 8
    paragraphs = [
        *NEWS,
        "About Acme Pumps & Its Industry",
        "Acme Pumps is a maker of pumps based in Oslo, Norway, with 900 employees.",
        "Forward-Looking Statements",
        notice,
    ]
    body, sections = split_sections(paragraphs)
    assert body == NEWS
    assert [s.kind for s in sections] == ["about", "legal"]


def test_unheaded_legal_notice_before_the_half() -> None:
    notice = (
        "This press release contains forward-looking statements within the meaning of the"
        " Private Securities Litigation Reform Act. " * 4
    )
    closing = "Acme revolutionized pumps in 1984. Today, Acme leads the world in pumps."
    body, sections = split_sections([*NEWS, notice, closing])
    assert body == NEWS
    assert [s.kind for s in sections] == ["legal"]
    assert closing in sections[0].text


def test_about_subheading_early_in_the_news_stays() -> None:
    paragraphs = [NEWS[0], "About the plants", *NEWS[1:], *NEWS]
    assert split_sections(paragraphs) == (paragraphs, [])


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # a stock exchange is a company fact, written as exchanges are written
        (["Acme Pumps is a maker of pumps based in Oslo.", "Its shares trade on SIX as ACP."], 4),
        # "six" the number is no exchange: the news goes on after the description
        (
            [
                "Acme Pumps is a maker of pumps based in Oslo.",
                "The six plants will serve 200,000 people, the ministry said.",
            ],
            None,
        ),
    ],
)
def test_exchanges_are_company_facts(closing: list[str], expected: int | None) -> None:
    assert unheaded_about([*NEWS, *closing]) == expected
