"""Data tables in text and Markdown: aligned with spaces or drawn with pipes, kept as tables."""

from __future__ import annotations

from pressextract.ingest.text_tables import take_text_tables
from pressextract.schema import Table

from .expect import parse

LEAD = (
    "TORONTO, May 6, 2025 - Maple Freight Inc. reported first-quarter revenue of $412 million,"
    " up 9% from a year earlier, as volumes on its western routes grew."
)
AFTER = '"We had a strong start to the year," said Chief Executive Dana Wu.'
ALIGNED = f"""\
Maple Freight Reports First-Quarter Results

{LEAD}

    CONSOLIDATED RESULTS
    (millions of dollars, except per share)

                                       Q1 2025      Q1 2024
    Revenue                            $ 412.3      $ 378.1
    Operating expenses                   351.0        330.4
    Operating income                      61.3         47.7
    Net income                          $ 44.9      $ (3.2)
    Earnings per share                  $ 0.52      $ (0.04)

{AFTER}
"""
PIPES = f"""\
# Maple Freight Reports First-Quarter Results

{LEAD}

Quarterly results by segment

| Segment | Q1 2025 | Q1 2024 |
|---|---:|---:|
| Western routes | $212.0 | $181.5 |
| Eastern routes | $150.1 | $149.9 |
| Logistics | $50.2 | $46.7 |

{AFTER}
"""


def test_space_aligned_earnings_table() -> None:
    document = parse(ALIGNED, ".txt")
    assert document.tables == (
        Table(
            caption="CONSOLIDATED RESULTS (millions of dollars, except per share)",
            header=("", "Q1 2025", "Q1 2024"),
            rows=(
                ("Revenue", "$ 412.3", "$ 378.1"),
                ("Operating expenses", "351.0", "330.4"),
                ("Operating income", "61.3", "47.7"),
                ("Net income", "$ 44.9", "$ (3.2)"),
                ("Earnings per share", "$ 0.52", "$ (0.04)"),
            ),
            char_start=len(LEAD),  # where it stood: after the first paragraph
        ),
    )
    assert document.text == f"{LEAD}\n\n{AFTER}"


def test_markdown_pipe_table() -> None:
    document = parse(PIPES, ".md")
    assert document.tables == (
        Table(
            caption="Quarterly results by segment",
            header=("Segment", "Q1 2025", "Q1 2024"),
            rows=(
                ("Western routes", "$212.0", "$181.5"),
                ("Eastern routes", "$150.1", "$149.9"),
                ("Logistics", "$50.2", "$46.7"),
            ),
            char_start=len(LEAD),
        ),
    )
    assert document.text == f"{LEAD}\n\n{AFTER}"


def test_text_without_figures_in_columns_is_left_alone() -> None:
    raw = "Contact:    Jane Doe\nPhone:      555-201-3344\nEmail:      jane@acme.example\n"
    assert take_text_tables(raw) == (raw.rstrip("\n") + "\n", [])


def test_a_contact_grid_of_pipes_is_no_data_table() -> None:
    raw = "| Name | Phone |\n|---|---|\n| Jane Doe | 555-0100 |\n| John Roe | 555-0101 |"
    assert take_text_tables(raw)[1] == []
