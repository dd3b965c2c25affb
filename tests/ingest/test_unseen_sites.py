"""Whole releases in the shapes of common CMS pages and an HTML e-mail, from issuers never seen."""

from __future__ import annotations

import pytest

from pressextract.schema import Contact

from .expect import Release, check, parse

WP = """\
<!DOCTYPE html><html lang="en-US"><head><title>Riverside Clinic Opens New Pediatric Wing &#8211;
Riverside Health</title>
<meta property="og:title" content="Riverside Clinic Opens New Pediatric Wing" />
<meta property="article:published_time" content="2025-02-11T09:00:00+00:00" /></head>
<body class="post-template-default single">
<header id="masthead"><div class="site-branding"><p class="site-title"><a href="/">Riverside
Health</a></p></div>
<nav id="site-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About
Us</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main">
<article class="post type-post"><header class="entry-header"><h1 class="entry-title">Riverside
Clinic Opens New Pediatric Wing</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
datetime="2025-02-11T09:00:00+00:00">February 11, 2025</time></span> <span class="byline">by <a
href="/author/admin">admin</a></span></div></header>
<div class="entry-content">
<p>SPRINGFIELD, Ill. &#8212; Riverside Health today opened a 40-bed pediatric wing at its
downtown clinic, doubling the number of children it can treat each year.</p>
<p>The $18 million expansion adds two operating rooms, a family lounge and a dedicated pediatric
emergency entrance.</p>
<p>&#8220;Families told us they wanted care closer to home,&#8221; said Maria Lopez, chief
executive of Riverside Health. &#8220;This wing is our answer.&#8221;</p>
<p>The wing will be staffed by 65 nurses and 12 physicians hired over the past year.</p>
<h3>About Riverside Health</h3>
<p>Riverside Health is a nonprofit health system serving central Illinois with four hospitals
and 30 clinics. Learn more at www.riversidehealth.example.</p>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a
href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
</div></article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div
class="nav-links"><a href="/prev">Previous Post: Riverside Names New Board Chair</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3
id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><p><label>Comment</label><textarea></textarea></p><p><input
type="submit" value="Post Comment"></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2
class="widget-title">Recent Posts</h2><ul><li><a href="/a">Riverside Names New Board
Chair</a></li><li><a href="/b">Flu Shots Available at All Clinics This Fall</a></li><li><a
href="/c">Riverside Health Earns Top Safety Grade Again</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a
href="/2025/01">January 2025</a></li><li><a href="/2024/12">December
2024</a></li></ul></section></aside></div>
<footer id="colophon"><div class="site-info">&copy; 2025 Riverside Health. All rights reserved.
| Privacy Policy</div></footer>
<div id="cookie-notice">We use cookies to ensure that we give you the best experience on our
website. <a>Accept</a></div>
</body></html>"""

DRUPAL = """\
<!DOCTYPE html><html lang="en" dir="ltr"><head><title>Minister announces £40 million for rural
broadband - GOV.EXAMPLE</title>
<meta name="description" content="Funding will connect 120,000 homes in remote areas by 2027."
/></head><body>
<a href="#main-content" class="skip-link">Skip to main content</a>
<div class="cookie-banner"><p>Cookies on GOV.EXAMPLE</p><p>We use some essential cookies to make
this website work.</p><button>Accept additional cookies</button></div>
<header role="banner"><nav><ul><li><a href="/">Home</a></li><li><a
href="/topics">Topics</a></li></ul></nav></header>
<div class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News and
communications</a></li><li>Press release</li></ol></div>
<main id="main-content" role="main"><div class="gem-c-title"><span
class="gem-c-title__context">Press release</span>
<h1 class="gem-c-title__text">Minister announces £40 million for rural broadband</h1></div>
<p class="gem-c-lead-paragraph">Funding will connect 120,000 homes in remote areas by 2027.</p>
<div class="metadata"><dl><dt>From:</dt><dd><a href="/dept">Department for Digital
Infrastructure</a></dd><dt>Published</dt><dd>4 March 2025</dd></dl></div>
<div class="govspeak">
<p>The government has committed £40 million to bring gigabit broadband to 120,000 homes and
businesses in the hardest-to-reach parts of the country.</p>
<p>The money will go to local suppliers through a new voucher scheme opening in April, with
priority given to villages that currently have speeds below 10 megabits per second.</p>
<p>Digital Infrastructure Minister Tom Harris said:</p>
<blockquote><p>No community should be left behind because of where it is. This funding means
farms, schools and small firms in remote areas will finally get the connections they
need.</p></blockquote>
<p>Suppliers can apply from 1 April 2025. Full guidance will be published next week.</p>
<h2>Notes to editors</h2>
<ul><li>The voucher scheme is worth up to £4,500 per business.</li><li>Gigabit broadband
currently reaches 78% of premises nationally.</li></ul>
</div>
<div class="share"><h2>Share this
page</h2><ul><li><a>Facebook</a></li><li><a>Twitter</a></li></ul></div>
<div class="published-dates"><p>Published 4 March 2025</p></div>
<div class="page-feedback"><p>Page last reviewed: 4 March 2025</p><p>Is this page useful? Yes
No</p><p>Report a problem with this page</p></div>
</main>
<footer><ul><li><a>Help</a></li><li><a>Privacy</a></li><li><a>Cookies</a></li><li><a>Accessibility
statement</a></li></ul><p>All content is available under the Open Government Licence v3.0,
except where otherwise stated</p></footer>
</body></html>"""

UNI = """\
<!DOCTYPE html><html lang="en"><head><title>Researchers map deep-sea coral reefs off Chile |
University News</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Researchers map deep-sea coral reefs off Chile",
 "datePublished": "2024-11-18T10:00:00-05:00", "author": {"@type": "Person", "name": "Sam Lee"}}
</script>
</head><body><header><nav><ul><li><a>Admissions</a></li><li><a>Research</a></li>
<li><a>News</a></li></ul></nav></header>
<main><article><h1>Researchers map deep-sea coral reefs off Chile</h1>
<p class="byline">By Sam Lee, University Communications</p>
<figure><img src="coral_reef_survey.jpg" alt="coral"><figcaption>A remotely operated vehicle
surveys a coral mound at 600 meters depth. Photo: Ocean Exploration Trust</figcaption></figure>
<p>An international team led by marine biologists at the university has produced the first
detailed map of deep-sea coral reefs along 1,200 kilometers of the Chilean coast.</p>
<p>The survey, published today in the journal Marine Ecology, found 14 previously unknown reef
systems, some of them more than 2,000 years old.</p>
<p>"We were astonished by how much life we found in the dark," said Professor Ana Torres, who
led the expedition. "These reefs deserve protection before trawling reaches them."</p>
<p>The team used a remotely operated vehicle to collect more than 30,000 images over 42 days at
sea.</p>
<p>The research was funded by the National Science Foundation and the Chilean research
agency.</p>
<p class="credit">Photo credit: Ocean Exploration Trust</p>
</article></main>
<aside><h2>Related stories</h2><ul><li><a>Study finds microplastics in Antarctic
krill</a></li><li><a>New dean named for College of Engineering</a></li></ul></aside>
<footer><p>University Communications · 100 Campus Drive · Contact us</p></footer></body></html>"""

TIMEDT = """\
<html><head><title>City council approves new bike lanes</title></head><body>
<div class="header"><a>City of Lakeview</a> <a>Services</a> <a>Government</a></div>
<article><h1>City council approves new bike lanes</h1>
<div class="date"><time datetime="2024-06-07">June 7</time></div>
<p>LAKEVIEW — The city council voted 7-2 on Thursday to build 15 miles of protected bike lanes
over the next three years.</p>
<p>The $6.2 million plan will connect the downtown area with the university campus and three
public parks.</p>
<p>"Safe streets are for everyone," Mayor Linda Park said after the vote.</p>
<p>Construction of the first segment on Main Street is expected to begin in
September.</p></article>
<footer>Copyright City of Lakeview</footer></body></html>"""

UN = """\
<!DOCTYPE html><html lang="en"><head><title>Agency warns of worsening food crisis in the Sahel |
World Food Agency</title>
<meta property="og:title" content="Agency warns of worsening food crisis in the Sahel" />
<meta property="og:description" content="Nearly 11 million people face acute hunger as the lean
season begins." /></head><body>
<header><nav><a>Who we are</a><a>Our work</a><a>News</a><a>Donate</a></nav></header>
<main><div class="page-header"><span class="type">News release</span><h1>Agency warns of
worsening food crisis in the Sahel</h1><p class="date">Published: 12 May 2025</p></div>
<div class="content">
<p>DAKAR – Nearly 11 million people in five Sahel countries face acute hunger as the lean season
begins, the World Food Agency warned on Monday.</p>
<p>Conflict, high food prices and poor rains have pushed families to sell livestock and skip
meals, the agency said in its latest assessment.</p>
<p>"We are seeing children arrive at clinics in worse condition than at any time in the past
decade," said the agency's regional director, Amadou Sy.</p>
<p>The agency needs US$ 240 million to reach 4 million people with food and cash assistance
through September.</p>
<h3>Notes to editors</h3>
<p>The assessment covers Burkina Faso, Chad, Mali, Mauritania and Niger.</p>
<p>Photos and b-roll are available on request.</p>
<h3>For more information, contact:</h3>
<p>Fatou Ndiaye, Communications Officer, Dakar, +221 77 555 12 34, fatou.ndiaye@wfa.example</p>
<p>John Carter, Press Officer, Geneva, +41 79 555 43 21, john.carter@wfa.example</p>
</div></main>
<footer><p>Follow us</p><p>Contact</p><p>Terms of use</p></footer></body></html>"""

EML_HTML = """\
From: "Metro Transit News" <news@metrotransit.example>
Subject: Metro Transit adds late-night bus service
Date: Mon, 3 Mar 2025 14:02:11 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="XYZ"

--XYZ
Content-Type: text/plain; charset="utf-8"

Metro Transit adds late-night bus service

--XYZ
Content-Type: text/html; charset="utf-8"

<html><body><table><tr><td><img src="logo.png" alt="Metro Transit"></td></tr>
<tr><td><h1>Metro Transit adds late-night bus service</h1>
<p>MIDVALE, Utah &ndash; Metro Transit will run buses on six routes until 2 a.m. starting March
17, the agency announced Monday.</p>
<p>The later service responds to requests from shift workers, students and restaurant staff, who
often finish work after the last bus.</p>
<p>&ldquo;Nobody should have to choose between a late shift and a safe ride home,&rdquo; said
General Manager Carla Ruiz.</p>
<p>The expansion will cost about $3 million a year.</p>
<p><b>Media contact:</b> Devin Moore, 801-555-0140, dmoore@metrotransit.example</p>
</td></tr>
<tr><td><p>You are receiving this email because you subscribed to Metro Transit news.
<a>Unsubscribe</a> | <a>Update preferences</a></p></td></tr></table></body></html>
--XYZ--
"""

CASES = [
    (
        WP,
        ".html",
        Release(
            title="Riverside Clinic Opens New Pediatric Wing",
            published="2025-02-11",
            dateline=("SPRINGFIELD, Ill.", None),
            body=(
                "SPRINGFIELD, Ill. — Riverside Health today opened",
                "The $18 million expansion",
                "“Families told us",
                "The wing will be staffed",
            ),
            sections=(("about", "About Riverside Health"),),
            absent=(
                "Leave a Reply",
                "Recent Posts",
                "Share this",
                "cookies",
                "Previous Post",
                "admin",
            ),
        ),
    ),
    (
        DRUPAL,
        ".html",
        Release(
            title="Minister announces £40 million for rural broadband",
            subtitle="Funding will connect 120,000 homes in remote areas by 2027.",
            published="2025-03-04",
            dateline=None,
            # The lead paragraph stays in the body as well: it is the page's first paragraph.
            body=(
                "Funding will connect",
                "The government has committed",
                "The money will go",
                "Digital Infrastructure Minister Tom Harris said:",
                "No community should be left behind",
                "Suppliers can apply",
            ),
            sections=(("notes", "Notes to editors"),),
            absent=("Share this page", "Page last reviewed", "useful", "cookies", "Skip to"),
        ),
    ),
    (
        UNI,
        ".html",
        Release(
            title="Researchers map deep-sea coral reefs off Chile",
            published="2024-11-18",  # only in the JSON-LD datePublished
            dateline=None,
            body=(
                "An international team",
                "The survey, published today",
                '"We were astonished',
                "The team used",
                "The research was funded",
            ),
            absent=(
                "Photo",
                "coral_reef_survey",
                "Related stories",
                "remotely operated vehicle surveys",
            ),
        ),
    ),
    (
        TIMEDT,
        ".html",
        Release(
            title="City council approves new bike lanes",
            published="2024-06-07",  # from <time datetime>: the visible "June 7" has no year
            dateline=("LAKEVIEW", None),
            body=(
                "LAKEVIEW — The city council",
                "The $6.2 million plan",
                '"Safe streets',
                "Construction",
            ),
            absent=("Copyright",),
        ),
    ),
    (
        UN,
        ".html",
        Release(
            title="Agency warns of worsening food crisis in the Sahel",
            published="2025-05-12",
            dateline=("DAKAR", None),
            body=(
                "DAKAR – Nearly 11 million",
                "Conflict, high food prices",
                '"We are seeing',
                "The agency needs",
            ),
            sections=(
                ("notes", "Notes to editors"),
                ("more_information", "For more information, contact"),
            ),
            contacts=(
                Contact("Fatou Ndiaye", None, "fatou.ndiaye@wfa.example", "+221 77 555 12 34"),
                Contact("John Carter", None, "john.carter@wfa.example", "+41 79 555 43 21"),
            ),
            absent=("Follow us", "Donate"),
        ),
    ),
    (
        EML_HTML,
        ".eml",
        Release(
            title="Metro Transit adds late-night bus service",
            published="2025-03-03",  # the Date header
            dateline=("MIDVALE, Utah", None),
            body=(
                "MIDVALE, Utah – Metro Transit",
                "The later service",
                "“Nobody should",
                "The expansion",
            ),
            sections=(("contacts", "Media contact"),),
            contacts=(
                Contact("Devin Moore", None, "dmoore@metrotransit.example", "801-555-0140"),
                Contact("Metro Transit News", None, "news@metrotransit.example", None),
            ),
            absent=("Unsubscribe", "receiving this email", "|"),
        ),
    ),
]


@pytest.mark.parametrize(
    ("source", "suffix", "expected"), CASES, ids=["wp", "drupal", "uni", "timedt", "un", "eml_html"]
)
def test_release(source: str, suffix: str, expected: Release) -> None:
    check(parse(source, suffix), expected)
