"""Nothing leaves the body silently: site furniture is cut with a trace, release text stays."""

from __future__ import annotations

import re

import pytest

from pressextract.ingest.furniture import (
    cut_short,
    cut_warning,
    is_furniture_line,
    is_sentence,
    main_block,
    reads_as_prose,
    trim_site_tail,
)
from pressextract.ingest.lines import undouble
from pressextract.ingest.text import normalize_space

from .expect import parse

HEADLINE = "Harbor Port Authority Opens Second Container Terminal"
LEAD = (
    "PORTSMOUTH, March 4, 2025 - The Harbor Port Authority opened its second container terminal"
    " on Tuesday, doubling the port's capacity for ocean freight."
)
QUOTE = '"This terminal puts our region on the map for global trade," said Director Maria Lopez.'
COST = "The terminal cost $480 million and was built in three years."
BULLETS = [
    "1.2 million containers a year",
    "14 new cranes",
    "600 permanent jobs",
    "Rail link to the inland depot",
    "Shore power for every berth",
]
FACTS = ["Opened: March 2025", "Area: 85 hectares", "Berths: 4", "Depth: 16 metres"]
AGENDA = ["09:00 Registration", "09:30 Welcome by the Mayor", "10:00 Ribbon cutting"]
BULLET_TXT = "\n".join(
    [
        *[HEADLINE, "", LEAD, "", "Highlights:", *(f"- {b}" for b in BULLETS)],
        *["", "Terminal facts", *FACTS, "", "Opening day agenda", *AGENDA, "", QUOTE, "", COST],
    ]
)
BULLET_HTML = (
    f"<html><head><title>{HEADLINE} | Harbor Port</title></head><body><article>"
    f"<h1>{HEADLINE}</h1><p>{LEAD}</p><p>Highlights:</p><ul>"
    + "".join(f"<li>{b}</li>" for b in BULLETS)
    + "</ul><h3>Terminal facts</h3>"
    + "".join(f"<p>{f}</p>" for f in FACTS)
    + "<h3>Opening day agenda</h3>"
    + "".join(f"<p>{a}</p>" for a in AGENDA)
    + f"<p>{QUOTE}</p><p>{COST}</p></article></body></html>"
)


@pytest.mark.parametrize(("source", "suffix"), [(BULLET_TXT, ".txt"), (BULLET_HTML, ".html")])
def test_bullets_fact_boxes_and_agendas_stay_in_the_body(source: str, suffix: str) -> None:
    document = parse(source, suffix)
    paragraphs = document.text.split("\n\n")
    for line in [*(f"• {b}" for b in BULLETS), *FACTS, *AGENDA, QUOTE, COST]:
        assert line in paragraphs
    assert not [s for s in document.sections if s.kind == "site"]
    assert not [w for w in document.warnings if "cut" in w]


SHORT = ["Shares fell {}%.", "He declined to comment on {}.", "It was the {}th in a row."]
NAMES = ["Maria Lopez", "Tom Reed", "Ana Ruiz", "Omar Price", "Lena Ortiz", "Dana Wu"]


def _long_article() -> tuple[str, list[str]]:
    """Hundreds of sentences, one per line, with short sentences and a run of short lines."""
    lines = []
    for n in range(300):
        lines.append(
            f"Sentence {n} of the report says that {n + 3} plants in the region were checked"
            f" by inspectors during the {n % 12 + 1}th month of the review."
        )
        if n % 7 == 0:
            lines.append(SHORT[n % len(SHORT)].format(n))
        if n == 150:
            lines.extend(["The panel members were:", *NAMES])
    return "Inspectors Check Hundreds of Plants\n" + "\n".join(lines) + "\n", lines


def test_long_one_file_article_keeps_every_sentence() -> None:
    raw, lines = _long_article()
    document = parse(raw, ".txt")
    body = document.text.replace("\n\n", "\n")
    assert [line for line in lines if line not in body] == []
    assert not [w for w in document.warnings if "cut" in w]


RELATED_FIRST = """\
Related news
Flu clinics open in all districts
New water testing lab opens downtown
County wins award for emergency response
Library hours extended for the summer
Media contact:
Dana Wu
dana.wu@countyhealth.example
555-310-4400
Notes to editors: photos of the clinics are available on request.

County Expands Free Dental Care for Children

RIVERTON, June 2, 2025 - The County Health Department will offer free dental check-ups to every \
child under 12 from July, the department announced on Monday.

The program adds 40 clinic hours a week at six community centers and is funded by a $2.1 million \
state grant.

"No child in this county should go without a dentist," said Health Director Omar Price.
"""


def test_related_list_contacts_and_notes_before_the_body_are_kept_as_site() -> None:
    document = parse(RELATED_FIRST, ".txt")
    assert document.text.startswith("RIVERTON, June 2, 2025 - The County Health Department")
    assert document.text.endswith("said Health Director Omar Price.")
    site = "\n".join(s.text for s in document.sections if s.kind == "site")
    assert "County wins award for emergency response" in site
    assert "Notes to editors: photos of the clinics are available on request." in site
    assert [c.email for c in document.contacts] == ["dana.wu@countyhealth.example"]
    warning = next(w for w in document.warnings if w.startswith("ingest cut"))
    assert re.fullmatch(
        r"ingest cut \d+ lines \(\d+ chars\) as site furniture; kept in sections\[kind=site\]",
        warning,
    )


BIKE_TITLE = "City Council Approves New Bike Lanes"
BIKE_LEAD = (
    "OAKDALE, May 5, 2025 - The Oakdale City Council voted 7-2 on Monday to build 18 miles of"
    " protected bike lanes over the next three years."
)
BIKE = [BIKE_LEAD, '"Safer streets are good for everyone," said Mayor Lena Ortiz.']


@pytest.mark.parametrize(
    "raw",
    [
        "\n\n".join(["###", BIKE_TITLE, *BIKE, "-30-", "Related posts", "Park cleanup Saturday"]),
        "\n".join(["-30-", BIKE_TITLE, *BIKE, "###"]),
        "\n\n".join([BIKE_TITLE, *BIKE, "- 30 -"]),
    ],
    ids=["hashes_first", "thirty_first", "thirty_last"],
)
def test_end_markers_at_either_end(raw: str) -> None:
    document = parse(raw, ".txt")
    assert document.title == BIKE_TITLE
    assert document.text == "\n\n".join(BIKE)
    assert document.dateline is not None and document.dateline.location == "OAKDALE"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Careers", True),
        ("Press Releases", True),
        ("Library Extends Weekend Hours at Central Branch", True),
        ("Shares fell.", False),
        ("He declined to comment.", False),
        ("Opened: March 2025", False),
        ("09:30 Welcome by the Mayor", False),
        ("• Rail link to the inland depot", False),
        ("Media contact:", False),
        ("jane@acme.example", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Prices rose 4%.", True), ("“We act.”", True), ("Home.", False), ("The Team", False)],
)
def test_short_sentences(line: str, expected: bool) -> None:
    assert is_sentence(line) is expected


MENU = ["Leadership", "Careers", "Newsroom", "Press Releases", "Resources", "Accessibility"]


def test_a_site_tail_is_cut_and_returned() -> None:
    body, cut = trim_site_tail([LEAD, COST, *MENU])
    assert (body, cut) == ([LEAD, COST], MENU)


def test_a_large_cut_that_reads_as_prose_stays() -> None:
    wrapped = [
        "the simple mission of sending snacks to people at polling sites with long lines",
        "announce numerous additional partners who have stepped up to help make sure voters",
    ] * 4
    assert reads_as_prose(wrapped)
    body = [LEAD, *MENU[:5], *wrapped]
    assert trim_site_tail(body) == (body, [])


def test_cut_warning_says_how_much() -> None:
    assert cut_warning(["Careers", "Newsroom"]) == (
        "ingest cut 2 lines (15 chars) as site furniture; kept in sections[kind=site]"
    )


def test_double_spaced_pdf_text_is_single_spaced() -> None:
    printed = [
        "the innovative nonprofit with the simple mission of sending",
        "snacks to people at polling sites with long lines, is excited",
        "to announce numerous additional partners who have stepped up.",
    ]
    lines = [*printed, "", *printed, "", *printed]
    double = "\n\n".join(lines).replace("\n\n\n\n", "\n\n\n\n\n")
    single = "\n".join(undouble(double.split("\n")))
    assert [re.sub(r"\n+", " ", b) for b in re.split(r"\n\n+", single)] == [" ".join(printed)] * 3


def test_zero_width_line_is_a_span_break_not_a_line_break() -> None:
    text = "Today, \n\u200b\nPizza to the Polls\n\u200b\n, the nonprofit"
    assert normalize_space(text) == "Today, Pizza to the Polls, the nonprofit"


def test_body_much_shorter_than_the_main_block_falls_back() -> None:
    story = [
        f"Paragraph {n} of the story explains how the council will spend the new budget on"
        f" roads, schools and parks over the next {n + 2} years."
        for n in range(6)
    ]
    # The headline recurs at the foot of the page, above a one-line teaser.
    teaser = "Council Adopts Budget for Roads and Schools"
    raw = "\n\n".join(
        [teaser, *story, "More stories", teaser, "A short teaser of the story for the list."]
    )
    document = parse(raw, ".txt")
    assert document.text.startswith("Paragraph 0 of the story")
    assert any("main text block" in w for w in document.warnings)


def test_a_short_sentence_that_recurs_is_no_headline_to_start_after() -> None:
    lines = []
    for n in range(200):
        lines.append(f"Sentence {n} of the report says that {n + 3} plants were checked again.")
        if n % 7 == 0:
            lines.append("Shares fell.")
    document = parse("Inspectors Check Hundreds of Plants\n" + "\n".join(lines), ".txt")
    body = document.text.replace("\n\n", "\n")
    assert [line for line in lines if line not in body] == []
    assert body.count("Shares fell.") == lines.count("Shares fell.")
    assert any("main text block" in w for w in document.warnings)


STORY = [
    f"Paragraph {n} of the story tells how the harbor was rebuilt after the storm of {2000 + n},"
    " with new piers, new cranes and a sea wall."
    for n in range(8)
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Home", "News", *STORY, "Related", "Careers"], (2, 10)),
        ([*STORY[:2], "Menu", *STORY[2:]], (3, 9)),
        (["Home", "News"], (0, 0)),
    ],
)
def test_main_block_is_the_longest_run_of_prose(
    paragraphs: list[str], expected: tuple[int, int]
) -> None:
    assert main_block(paragraphs) == expected


@pytest.mark.parametrize(
    ("body", "short"),
    [
        (STORY[:2], True),  # the extractor stopped after two paragraphs of eight
        (STORY[:6], False),  # most of the block
        (["A different text of the page, a comment thread under the story itself."], False),
    ],
)
def test_a_body_cut_short_inside_the_main_block(body: list[str], short: bool) -> None:
    assert cut_short(body, STORY) is short
