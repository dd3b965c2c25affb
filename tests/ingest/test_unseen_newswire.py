"""Whole releases as newswires publish them (web pages and plain text), from issuers never seen."""

from __future__ import annotations

import pytest

from pressextract.schema import Contact

from .expect import Release, check, parse

WIRE = """\
<!DOCTYPE html><html lang="en-US"><head><title>Acme Robotics Raises $75 Million Series C to
Scale Warehouse Automation</title>
<meta property="og:title" content="Acme Robotics Raises $75 Million Series C to Scale Warehouse
Automation" /></head><body>
<nav><a>News</a><a>Products</a><a>Contact Us</a></nav>
<div class="release-header"><h1>Acme Robotics Raises $75 Million Series C to Scale Warehouse
Automation</h1>
<h2 class="subtitle">Funding led by Northgate Capital will expand manufacturing and double the
engineering team</h2>
<p class="meta">News provided by <a>Acme Robotics</a></p><p class="meta">Mar 03, 2025, 08:00
ET</p></div>
<section class="release-body">
<p>NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Robotics, a maker of autonomous picking robots
for warehouses, today announced it has raised $75 million in Series C funding led by Northgate
Capital.</p>
<p>The company will use the proceeds to open a second factory in Ohio and to grow its
engineering team from 120 to 250 people by the end of 2026.</p>
<p>"Warehouses cannot hire fast enough, and our robots are filling that gap," said Priya Raman,
co-founder and CEO of Acme Robotics. "This round lets us build robots as fast as customers order
them."</p>
<p>Acme's robots are deployed at 85 distribution centers in North America and have picked more
than 400 million items.</p>
<p><b>About Acme Robotics</b><br>Acme Robotics builds autonomous robots that pick, pack and sort
goods in warehouses. Founded in 2018, the company is headquartered in New York. For more
information, visit www.acmerobotics.example.</p>
<p><b>Media Contact:</b><br>Dana Whitfield<br>press@acmerobotics.example<br>+1 (212)
555-0143</p>
<p>SOURCE Acme Robotics</p>
<p>View original content to download multimedia:
https://www.prnewswire.example/news-releases/acme-robotics-301234567.html</p>
</section>
<div class="related"><h3>Also from this source</h3><ul><li><a>Acme Robotics Names New
CFO</a></li><li><a>Acme Robotics Opens Chicago Office</a></li></ul></div>
<footer><p>&copy; 2025 Cision US Inc.</p></footer></body></html>"""

GLOBE = """\
<html lang="en"><head><title>Northstar Bank Reports Record First-Quarter Earnings</title>
<meta name="DC.date.issued" content="2025-04-24" /></head><body>
<header><a>GlobeNewswire</a><a>Newsroom</a><a>Search</a></header>
<div class="main-body-container article-body">
<h1 class="article-headline">Northstar Bank Reports Record First-Quarter Earnings</h1>
<p>TORONTO, April 24, 2025 (GLOBE NEWSWIRE) -- Northstar Bank (TSX: NSB) today reported net
income of C$412 million for the first quarter, up 18% from a year earlier.</p>
<p>Revenue rose 9% to C$1.6 billion, driven by higher lending volumes and wealth management
fees.</p>
<ul><li>Earnings per share of C$2.41, up from C$2.03</li><li>Common equity tier 1 ratio of
12.8%</li></ul>
<p>"Our clients kept borrowing and investing despite economic uncertainty," said Chief Executive
Officer Michel Roy.</p>
<p>The board declared a quarterly dividend of C$1.10 per share.</p>
<p><strong>About Northstar Bank</strong></p>
<p>Northstar Bank is a Canadian financial institution with 6 million clients and 900 branches.
It is listed on the Toronto Stock Exchange.</p>
<p><strong>Caution Regarding Forward-Looking Statements</strong></p>
<p>From time to time, the bank makes written or oral forward-looking statements, including in
this document. Such statements are subject to risks and uncertainties.</p>
<p><strong>Contact:</strong><br>Claire Dubois, Media Relations<br>416-555-0122 |
claire.dubois@northstar.example</p>
</div>
<div class="related-links"><h2>Related Links</h2><ul><li><a>Northstar Bank</a></li></ul></div>
<footer>Copyright (c) 2025 GlobeNewswire, Inc. All rights reserved.</footer></body></html>"""

BW = """\
<html><head><title>Orbital Freight Completes First Commercial Cargo Flight | Business
Wire</title>
<meta property="og:title" content="Orbital Freight Completes First Commercial Cargo Flight"
/></head><body>
<div class="bw-release-main"><h1>Orbital Freight Completes First Commercial Cargo Flight</h1>
<div class="bw-release-subhead"><i>Autonomous aircraft delivers 2 tons of medical supplies
across 600 miles</i></div>
<div class="bw-release-timestamp"><time datetime="2025-05-20T12:00:00Z">May 20, 2025 08:00 AM
Eastern Daylight Time</time></div>
<div class="bw-release-story">
<p>DENVER--(BUSINESS WIRE)--Orbital Freight today completed the first commercial flight of its
autonomous cargo aircraft, delivering two tons of medical supplies from Denver to
Albuquerque.</p>
<p>The aircraft flew 600 miles without a pilot on board, under supervision from a ground station
in Colorado.</p>
<p>“Today we proved that autonomous cargo flight is ready for paying customers,” said Leah
Stone, founder of Orbital Freight.</p>
<p>The company plans to begin daily flights between five cities in the third quarter.</p>
</div>
<div class="bw-release-contact"><h3>Contacts</h3><p>Media:<br>Ben
Carter<br>ben@orbitalfreight.example<br>303-555-0166</p></div>
<p>View source version on businesswire.com:
https://www.businesswire.example/news/home/20250520/en/</p>
</div>
<div class="bw-more"><h3>More News From Orbital Freight</h3><ul><li><a>Orbital Freight Raises
$40 Million</a></li></ul></div></body></html>"""

TXT_CAPS = """\
FOR IMMEDIATE RELEASE

Contact: Jordan Blake, (503) 555-0198, jblake@northwindenergy.example

NORTHWIND ENERGY TO BUILD 200-MEGAWATT SOLAR FARM IN EASTERN OREGON

Project will power 45,000 homes and create 300 construction jobs

PORTLAND, Ore., April 22, 2025 -- Northwind Energy Inc. (NASDAQ: NWND) today
announced plans to build a 200-megawatt solar farm near Boardman, Oregon,
its largest project to date.

Construction is scheduled to begin in the fall of 2025, with commercial
operation expected by the end of 2026. The project will include a
50-megawatt battery storage system.

"This project shows that large-scale solar makes sense in the Pacific
Northwest," said Karen Mills, president and CEO of Northwind Energy. "It
will deliver clean power at a fixed price for 25 years."

The company has signed a power purchase agreement with a regional utility
for the full output of the plant.

About Northwind Energy

Northwind Energy Inc. develops, builds and operates renewable energy
projects across the western United States. The company is headquartered in
Portland, Oregon.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of
the Private Securities Litigation Reform Act of 1995. Actual results may
differ materially from those expressed or implied in such statements due to
risks and uncertainties, including those described in the company's filings
with the Securities and Exchange Commission.

###
"""

TXT_SAFE = """\
Helix Therapeutics Reports Positive Phase 2 Results for HX-201 in Psoriasis

BOSTON, Jan. 15, 2025 (GLOBE NEWSWIRE) -- Helix Therapeutics, Inc. (Nasdaq:
HLX), a clinical-stage biotechnology company, today reported that its Phase
2 trial of HX-201 met its primary endpoint.

Patients receiving the highest dose saw a 75% reduction in skin lesions
after 16 weeks, compared with 12% for placebo.

"These results give us confidence to move into Phase 3 next year," said Dr.
Robert Chen, chief medical officer.

The company will present full results at a medical meeting later this year.

About Helix Therapeutics
Helix Therapeutics is a clinical-stage biotechnology company developing oral
treatments for immune diseases. For more information, visit
www.helixtx.example.

Safe Harbor Statement
Statements in this press release that are not historical facts are
forward-looking statements. These statements involve risks and uncertainties
that could cause actual results to differ materially.

Investor Contact:
Laura Kim
Helix Therapeutics
ir@helixtx.example
617-555-0110
"""

TXT_BW = """\
Greenleaf Foods Expands Plant-Based Line to 3,000 Stores

Company adds oat-milk yogurts and frozen meals

MINNEAPOLIS--(BUSINESS WIRE)--Greenleaf Foods today announced that its
plant-based products will be sold in 3,000 more grocery stores across the
Midwest starting in June.

The expansion includes six new oat-milk yogurts and four frozen meals.

“Shoppers keep asking for more choice,” said Tom Becker, Greenleaf's head of sales.

Contacts

Greenleaf Foods
Emily Grant, 612-555-0177
emily.grant@greenleaf.example
"""

CASES = [
    (
        WIRE,
        ".html",
        Release(
            title="Acme Robotics Raises $75 Million Series C to Scale Warehouse Automation",
            subtitle="Funding led by Northgate Capital will expand manufacturing and double the"
            " engineering team",
            published="2025-03-03",
            dateline=("NEW YORK", "2025-03-03"),
            body=(
                "NEW YORK, March 3, 2025 /PRNewswire/ -- Acme",
                "The company will use",
                '"Warehouses',
                "Acme's robots",
            ),
            sections=(("about", "About Acme Robotics"), ("contacts", "Media Contact")),
            contacts=(
                Contact("Dana Whitfield", None, "press@acmerobotics.example", "+1 (212) 555-0143"),
            ),
            absent=("News provided by", "Also from this source", "Cision"),
        ),
    ),
    (
        GLOBE,
        ".html",
        Release(
            title="Northstar Bank Reports Record First-Quarter Earnings",
            published="2025-04-24",
            dateline=("TORONTO", "2025-04-24"),
            body=(
                "TORONTO, April 24, 2025 (GLOBE NEWSWIRE) -- Northstar",
                "Revenue rose 9%",
                "• Earnings per share",
                "• Common equity tier 1",
                '"Our clients',
                "The board declared",
            ),
            sections=(
                ("about", "About Northstar Bank"),
                ("legal", "Caution Regarding Forward-Looking Statements"),
                ("contacts", "Contact"),
            ),
            contacts=(
                Contact("Claire Dubois", None, "claire.dubois@northstar.example", "416-555-0122"),
            ),
            absent=("Related Links", "Copyright"),
        ),
    ),
    (
        BW,
        ".html",
        Release(
            title="Orbital Freight Completes First Commercial Cargo Flight",
            subtitle="Autonomous aircraft delivers 2 tons of medical supplies across 600 miles",
            published="2025-05-20",
            dateline=("DENVER", None),
            body=(
                "DENVER--(BUSINESS WIRE)--Orbital Freight",
                "The aircraft flew",
                "“Today we proved",
                "The company plans",
            ),
            # The extractor drops the "Contacts" heading; the lines under it still form the block.
            sections=(("contacts", "Media"),),
            contacts=(Contact("Ben Carter", None, "ben@orbitalfreight.example", "303-555-0166"),),
            absent=("View source version", "More News From"),
        ),
    ),
    (
        TXT_CAPS,
        ".txt",
        Release(
            title="NORTHWIND ENERGY TO BUILD 200-MEGAWATT SOLAR FARM IN EASTERN OREGON",
            subtitle="Project will power 45,000 homes and create 300 construction jobs",
            published="2025-04-22",
            dateline=("PORTLAND, Ore.", "2025-04-22"),
            body=(
                "PORTLAND, Ore., April 22, 2025 -- Northwind",
                "Construction is scheduled",
                '"This project',
                "The company has signed",
            ),
            sections=(("about", "About Northwind Energy"), ("legal", "Forward-Looking Statements")),
            contacts=(
                Contact("Jordan Blake", None, "jblake@northwindenergy.example", "(503) 555-0198"),
            ),
            absent=("FOR IMMEDIATE RELEASE", "###", "Private Securities"),
        ),
    ),
    (
        TXT_SAFE,
        ".txt",
        Release(
            title="Helix Therapeutics Reports Positive Phase 2 Results for HX-201 in Psoriasis",
            published="2025-01-15",
            dateline=("BOSTON", "2025-01-15"),
            # Hard-wrapped lines that end in "(Nasdaq:" or "Dr." still run on.
            body=(
                "BOSTON, Jan. 15, 2025 (GLOBE NEWSWIRE) -- Helix Therapeutics, Inc. (Nasdaq: HLX),",
                "Patients receiving",
                '"These results give us confidence to move into Phase 3 next year,"'
                " said Dr. Robert Chen",
                "The company will present",
            ),
            sections=(
                ("about", "About Helix Therapeutics"),
                ("legal", "Safe Harbor Statement"),
                ("contacts", "Investor Contact"),
            ),
            contacts=(Contact("Laura Kim", None, "ir@helixtx.example", "617-555-0110"),),
        ),
    ),
    (
        TXT_BW,
        ".txt",
        Release(
            title="Greenleaf Foods Expands Plant-Based Line to 3,000 Stores",
            subtitle="Company adds oat-milk yogurts and frozen meals",
            published=None,
            dateline=("MINNEAPOLIS", None),
            body=("MINNEAPOLIS--(BUSINESS WIRE)--Greenleaf", "The expansion includes", "“Shoppers"),
            sections=(("contacts", "Contacts"),),
            contacts=(
                Contact(
                    "Emily Grant",
                    "Greenleaf Foods",
                    "emily.grant@greenleaf.example",
                    "612-555-0177",
                ),
            ),
        ),
    ),
]


@pytest.mark.parametrize(
    ("source", "suffix", "expected"),
    CASES,
    ids=["wire", "globe", "bw", "txt_caps", "txt_safe", "txt_bw"],
)
def test_release(source: str, suffix: str, expected: Release) -> None:
    check(parse(source, suffix), expected)
