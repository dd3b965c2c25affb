"""Whole plain-text, Markdown, e-mail and scraped releases, from issuers never seen."""

from __future__ import annotations

import pytest

from pressextract.schema import Contact

from .expect import Release, check, parse

EML = """\
From: Press Office <press@harborcity.example>
To: newsdesk@paper.example
Subject: Harbor City to expand ferry service
Date: Tue, 8 Apr 2025 10:15:00 -0400
Content-Type: text/plain; charset="utf-8"

FOR IMMEDIATE RELEASE

Harbor City to expand ferry service

HARBOR CITY, April 8, 2025 - The city will add two new ferry routes this
summer, connecting the waterfront with the airport and the northern suburbs.

The routes will run every 30 minutes during peak hours, starting July 1.

"The ferry is the fastest way across the bay," said Mayor Ellen Price.

Media contact: Sam Ortiz, 555-201-3344, sortiz@harborcity.example

-30-
"""

SCRAPED = """\
Skip to main content
Menu
Search
Home > Newsroom > Press Releases
We use cookies to improve your experience on our site. By using our site you
accept our cookie policy.
Accept
Library System Launches Free Digital Skills Classes
March 10, 2025
Share on Facebook
Share on Twitter
Email
The county library system will offer free classes in basic computer and
internet skills at all 22 branches beginning April 1.

The six-week courses cover email, online banking, video calls and spotting
online scams, and are open to adults of all ages.

"Too many of our neighbors are cut off from services that have moved
online," said library director Grace Huang.

Registration opens March 17 at any branch or on the library website.

Related News
Library Extends Weekend Hours at Central Branch
Summer Reading Challenge Returns
Follow us
Facebook
Twitter
Instagram
© 2025 County Library System
"""

MD = """\
# Coastal Trust Buys 500 Acres of Wetland for Public Reserve

*Land will open to visitors in 2026*

**For immediate release — 2 June 2025**

CORNWALL, UK — The Coastal Trust has bought 500 acres of tidal wetland near
the mouth of the River Fal, protecting one of the last breeding sites for
the curlew in southern England.

The £3.2 million purchase was funded by a public appeal and a grant from the
National Lottery Heritage Fund.

“This is a once-in-a-generation chance,” said Helen Marsh, the trust's director of conservation.

## Notes to editors

1. The Coastal Trust is a registered charity founded in 1962.
2. High-resolution images are available on request.

## Media enquiries

Press office: 01872 555 010 | press@coastaltrust.example
"""

NGO_TXT = """\
PRESS RELEASE

Flooding displaces 60,000 people in northern Bangladesh

SYLHET, Bangladesh, 18 June 2025 – Heavy monsoon rains have forced more than
60,000 people from their homes in northern Bangladesh, the Relief Alliance
said today.

Teams are distributing clean water, food and hygiene kits in the worst-hit
districts of Sylhet and Sunamganj.

"The water rose faster than anyone expected," said Rahima Begum, the
alliance's country director. "Families left with nothing but the clothes
they were wearing."

The alliance is appealing for US$5 million to support 100,000 people over the next three months.

ENDS

Notes to editors
The Relief Alliance is a network of 40 humanitarian organisations working in 90 countries.
Spokespeople are available for interview in Dhaka and London.

For more information, contact:
Oliver Grant, Media Officer, +44 20 7946 0321, oliver.grant@reliefalliance.example
"""

REUTERS = """\
Oil company signs gas deal with Nigerian state

LAGOS, Nigeria (Reuters) - An international oil company signed an agreement
on Tuesday to supply natural gas to power plants in Nigeria's Lagos state,
the state government said.

The deal covers 200 million cubic feet of gas a day for ten years, officials said.

"This will end the power cuts that have hurt our businesses," the state's
energy commissioner said at the signing ceremony.
"""

EU_TXT = """\
European Commission
Press release

Commission proposes new rules to cut packaging waste

Brussels, 1 May 2024:

The European Commission today proposed new rules to cut packaging waste by
15% per person by 2040, compared with 2018.

The proposal would require all packaging to be recyclable by 2030 and set
reuse targets for drinks and takeaway food.

Commissioner Anna Berg said: "We produce too much packaging and recycle too
little of it. These rules will change that."

Background

Each European produces almost 180 kg of packaging waste every year.

Contacts for the media
Pieter Jansen
Phone: +32 2 555 67 89
Email: pieter.jansen@ec.example
"""

SCRAPED2 = """\
Share this page
Facebook
LinkedIn
Email
Print
Council approves budget for new community center

Published 14 January 2025

Last updated 15 January 2025

The town council has approved a $9.5 million budget for a new community
center on Elm Street, with construction to begin in the spring.

The center will include a gym, a teaching kitchen, meeting rooms and a daycare for 40 children.

"This is the building residents asked for in every survey we ran," said Councillor Mark Ellis.

The center is expected to open in late 2026.

Page last reviewed: 15 January 2025
Was this page helpful? Yes No
Back to top
"""

CONTACT_TOP = """\
NEWS RELEASE

Media Contact:
Rachel Green
Bright Path Schools
(704) 555-0135
rgreen@brightpath.example

Bright Path Schools Opens Fourth Charter Campus

CHARLOTTE, N.C. (Aug. 12, 2025) – Bright Path Schools today opened its
fourth charter campus, welcoming 480 students in kindergarten through eighth
grade.

The new campus in east Charlotte includes a science lab, a library and a
sports field shared with the neighborhood.

"Every family deserves a great public school close to home," said Superintendent Alan Brooks.

About Bright Path Schools
Bright Path Schools is a nonprofit network of public charter schools in
North Carolina serving 2,000 students.

# # #
"""

CASES = [
    (
        EML,
        ".eml",
        Release(
            title="Harbor City to expand ferry service",
            published="2025-04-08",
            dateline=("HARBOR CITY", "2025-04-08"),
            body=("HARBOR CITY, April 8, 2025 - The city", "The routes will run", '"The ferry'),
            sections=(("contacts", "Media contact"),),
            contacts=(
                Contact("Sam Ortiz", None, "sortiz@harborcity.example", "555-201-3344"),
                Contact("Press Office", None, "press@harborcity.example", None),
            ),
            absent=("-30-", "FOR IMMEDIATE RELEASE"),
        ),
    ),
    (
        SCRAPED,
        ".txt",
        Release(
            title="Library System Launches Free Digital Skills Classes",
            published="2025-03-10",
            dateline=None,
            body=(
                "The county library system",
                "The six-week courses",
                '"Too many',
                "Registration opens",
            ),
            # The related-news headlines are cut, with a trace.
            sections=(("site", ""),),
            absent=("Accept", "Share on", "Related News", "Instagram", "cookie", "Newsroom"),
        ),
    ),
    (
        MD,
        ".md",
        Release(
            title="Coastal Trust Buys 500 Acres of Wetland for Public Reserve",
            subtitle="Land will open to visitors in 2026",
            published="2025-06-02",
            dateline=("CORNWALL, UK", None),
            body=("CORNWALL, UK — The Coastal Trust", "The £3.2 million purchase", "“This is"),
            sections=(("notes", "Notes to editors"), ("contacts", "Media enquiries")),
            contacts=(Contact(None, None, "press@coastaltrust.example", "01872 555 010"),),
        ),
    ),
    (
        NGO_TXT,
        ".txt",
        Release(
            title="Flooding displaces 60,000 people in northern Bangladesh",
            published="2025-06-18",
            dateline=("SYLHET, Bangladesh", "2025-06-18"),
            body=(
                "SYLHET, Bangladesh, 18 June 2025 – Heavy",
                "Teams are distributing",
                '"The water rose',
                "The alliance is appealing",
            ),
            sections=(
                ("notes", "Notes to editors"),
                ("more_information", "For more information, contact"),
            ),
            contacts=(
                Contact(
                    "Oliver Grant", None, "oliver.grant@reliefalliance.example", "+44 20 7946 0321"
                ),
            ),
            absent=("ENDS", "PRESS RELEASE"),
        ),
    ),
    (
        REUTERS,
        ".txt",
        Release(
            title="Oil company signs gas deal with Nigerian state",
            published=None,
            dateline=("LAGOS, Nigeria", None),
            body=(
                "LAGOS, Nigeria (Reuters) - An international",
                "The deal covers",
                '"This will end',
            ),
        ),
    ),
    (
        EU_TXT,
        ".txt",
        Release(
            title="Commission proposes new rules to cut packaging waste",  # not the masthead above
            published="2024-05-01",
            # "Brussels, 1 May 2024:" on its own line opens the first paragraph.
            dateline=("Brussels", "2024-05-01"),
            body=(
                "Brussels, 1 May 2024: The European Commission",
                "The proposal would",
                "Commissioner",
            ),
            # The masthead above the headline is cut, with a trace.
            sections=(
                ("notes", "Background"),
                ("contacts", "Contacts for the media"),
                ("site", ""),
            ),
            contacts=(
                Contact("Pieter Jansen", None, "pieter.jansen@ec.example", "+32 2 555 67 89"),
            ),
        ),
    ),
    (
        SCRAPED2,
        ".txt",
        Release(
            title="Council approves budget for new community center",
            published="2025-01-14",
            dateline=None,
            body=(
                "The town council",
                "The center will include",
                '"This is the building',
                "The center is expected",
            ),
            absent=(
                "Facebook",
                "LinkedIn",
                "Share this page",
                "Page last reviewed",
                "helpful",
                "Back to top",
            ),
        ),
    ),
    (
        CONTACT_TOP,
        ".txt",
        Release(
            # Not a line of the contact block above it.
            title="Bright Path Schools Opens Fourth Charter Campus",
            published="2025-08-12",
            dateline=("CHARLOTTE, N.C.", "2025-08-12"),
            body=(
                "CHARLOTTE, N.C. (Aug. 12, 2025) – Bright Path",
                "The new campus",
                '"Every family',
            ),
            sections=(("about", "About Bright Path Schools"),),
            contacts=(
                # "Bright Path Schools" could be a second person's name: no organization.
                Contact("Rachel Green", None, "rgreen@brightpath.example", "(704) 555-0135"),
            ),
            absent=("Media Contact", "# # #"),
        ),
    ),
]


@pytest.mark.parametrize(
    ("source", "suffix", "expected"),
    CASES,
    ids=["eml", "scraped", "md", "ngo_txt", "reuters", "eu_txt", "scraped2", "contact_top"],
)
def test_release(source: str, suffix: str, expected: Release) -> None:
    check(parse(source, suffix), expected)
