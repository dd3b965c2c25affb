"""Trailing sections (About, notes, more information, contacts) and media contacts."""

from __future__ import annotations

import pytest

from pressextract.ingest.sections import (
    has_email,
    heading_kind,
    parse_contacts,
    split_sections,
)
from pressextract.schema import Contact

NEWS = [
    "The Ministry of Water announced today that 12 new treatment plants will open in 2025.",
    "“Clean water is a right,” said Minister Ana Ruiz. The plants cost 40 million euros.",
    "Construction starts in May and is expected to last eighteen months in total.",
]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("About Acme", "about"),
        ("About the Ministry of Water:", "about"),
        ("**About Acme Corp.**", "about"),
        ("Über die Acme GmbH", "about"),
        ("À propos de l’OMS", "about"),
        ("About AcmeAcme is a maker of pumps.", "about"),
        ("About Acme: Acme is a maker of pumps.", "about"),
        ("Forward-Looking Statements", "legal"),
        ("Cautionary Note Regarding Forward-Looking Statements", "legal"),
        ("Caution Regarding Forward-Looking Statements", "legal"),
        ("Safe Harbor Statement", "legal"),
        ("Disclaimer:", "legal"),
        ("Media:", "contacts"),
        ("Notes to editors", "notes"),
        ("Note to Editors:", "notes"),
        ("More information", "more_information"),
        ("For further information, please contact:", "more_information"),
        ("For more information, visit www.example.org.", "more_information"),
        ("Media contact", "contacts"),
        ("Media Contacts:", "contacts"),
        ("Press contact", "contacts"),
        ("Pressekontakt", "contacts"),
        ("Media contact: Jane Doe, jane@example.org", "contacts"),
        ("About 40 people attended the meeting in the capital.", None),
        ("More information will be released next week by the ministry.", None),
        ("The contact group met on Tuesday.", None),
    ],
)
def test_section_headings(paragraph: str, kind: str | None) -> None:
    assert heading_kind(paragraph) == kind


def test_trailing_sections_are_split_off() -> None:
    paragraphs = [
        *NEWS,
        "About the Ministry",
        "The Ministry of Water manages the national water supply.",
        "Media contact",
        "Jane Doe",
        "jane.doe@water.example.org",
    ]
    body, sections = split_sections(paragraphs)
    assert body == NEWS
    assert [(s.kind, s.heading) for s in sections] == [
        ("about", "About the Ministry"),
        ("contacts", "Media contact"),
    ]
    assert sections[0].text == "The Ministry of Water manages the national water supply."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Media: Ana Ruiz, ana.ruiz@water.example, +34 600 000 000", True),
        ("press+office@water-ministry.example.org", True),
        ("Follow @WaterMinistry for updates", False),  # a handle, no address
        ("ana.ruiz at water.example", False),
        ("", False),
    ],
)
def test_email_addresses(text: str, found: bool) -> None:
    assert has_email(text) is found


@pytest.mark.parametrize("marker", ["###", "# # #", "-30-", "- 30 -", "ENDS", "-ENDS-", "***"])
def test_end_markers_close_the_body(marker: str) -> None:
    body, sections = split_sections([*NEWS, marker, "Some trailing page text."])
    assert body == NEWS
    assert [s.text for s in sections] == ["Some trailing page text."]


@pytest.mark.parametrize(
    ("closing", "split"),
    [
        ("Acme Corp. is a leading provider of pumps, headquartered in Oslo with 900 staff.", True),
        ("The Water Trust is a non-profit utility founded in 2009. Visit www.trust.example.", True),
        (
            "Lakeside Health integrates research and care at its two hospitals. For more"
            " information, please visit the newsroom at news.lakeside.example.",
            True,
        ),
        ("Acme is a partner of the ministry and will build three of the plants.", False),
        ("The ministry expects the plants to open in May. For more information, call 555.", False),
        ("The plants need more staff. For more information, please visit acme.example.", False),
        ("It remains open to all. For more information, please visit acme.example.", False),
        ("The plants are expected to cut costs, the minister said in Oslo.", False),
    ],
)
def test_closing_self_description_without_heading(closing: str, split: bool) -> None:
    body, sections = split_sections([*NEWS, closing])
    assert body == (NEWS if split else [*NEWS, closing])
    assert [s.kind for s in sections] == (["about"] if split else [])


def test_self_description_followed_by_news_stays_in_body() -> None:
    paragraphs = [
        *NEWS,
        "Acme Corp. is a maker of pumps based in Oslo with 900 staff.",
        "The agreement is subject to court approval. A copy is at www.court.example.",
    ]
    assert split_sections(paragraphs) == (paragraphs, [])


@pytest.mark.parametrize(
    "notice",
    [
        "This press release contains forward-looking statements within the meaning of the Act.",
        "Statements in this release that are not historical facts are forward-looking statements.",
        "Except for historical information, this release contains forward-looking statements.",
    ],
)
def test_unheaded_legal_notice_is_split_off(notice: str) -> None:
    body, sections = split_sections([*NEWS, "About Acme", "Acme makes pumps.", notice])
    assert body == NEWS
    assert [(s.kind, s.text) for s in sections] == [
        ("about", "Acme makes pumps."),
        ("legal", notice),
    ]


def test_news_about_forward_guidance_stays_in_body() -> None:
    news = [
        *NEWS,
        "The company raised its forward guidance for the year, the chief executive said.",
    ]
    assert split_sections(news) == (news, [])


def test_contact_lines_closing_the_body_without_heading_are_contacts() -> None:
    tail = ["Media:", "Jane Doe", "jane@acme.example", "303-555-0166"]
    body, sections = split_sections([*NEWS, *tail])
    assert body == NEWS
    assert [s.kind for s in sections] == ["contacts"]


def test_heading_in_first_half_stays_in_body() -> None:
    paragraphs = [NEWS[0], "About the plants", *NEWS[1:], *NEWS]
    body, sections = split_sections(paragraphs)
    assert body == paragraphs
    assert sections == []


JANE = Contact("Jane Doe", "Acme Communications", "jane.doe@acme.example", "+1 202 555 0143")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Jane Doe", "Acme Communications", "+1 202 555 0143", "jane.doe@acme.example"], [JANE]),
        (
            ["Jane Doe, Tel: 020 7946 0958, E-mail: jane@x.example", "John Roe | john@x.example"],
            [
                Contact("Jane Doe", None, "jane@x.example", "020 7946 0958"),
                Contact("John Roe", None, "john@x.example", None),
            ],
        ),
        (["Office: 714-555-0101", "Updated 25.01.2022"], [Contact(phone="714-555-0101")]),
        (["Visit our website for details."], []),
        (
            ["Lindiwe Dlamini, Communications Manager, press@trust.example, +27 21 555 0199"],
            [Contact("Lindiwe Dlamini", None, "press@trust.example", "+27 21 555 0199")],
        ),
        (
            ["Sam O'Neill-McDonald, Office of the Mayor, sam@city.example"],
            [Contact("Sam O'Neill-McDonald", "Office of the Mayor", "sam@city.example", None)],
        ),
        # Of two name-like lines, the one with the details is the person.
        (
            ["Acme Foods", "Jane Doe, 612-555-0177", "jane@acme.example"],
            [Contact("Jane Doe", "Acme Foods", "jane@acme.example", "612-555-0177")],
        ),
        (
            ["Acme SE", "Jane Doe", "Tel: +49 40 555 1000", "E-Mail: jane@acme.example"],
            [Contact("Jane Doe", "Acme SE", "jane@acme.example", "+49 40 555 1000")],
        ),
        # Two people side by side (a two-column table): neither is an organization.
        (
            ["John Roe, CEO | Jane Doe, Vice President", "617-555-0101"],
            [Contact("John Roe", None, None, "617-555-0101")],
        ),
        (
            ["Media Contact", "Jane Doe", "Phone: +32 2 555 67 89", "Email: jane@acme.example"],
            [Contact("Jane Doe", None, "jane@acme.example", "+32 2 555 67 89")],
        ),
    ],
)
def test_contacts(lines: list[str], expected: list[Contact]) -> None:
    assert parse_contacts(lines) == expected
