"""Footnote lines and the markers glued to the figures they annotate."""

from __future__ import annotations

import pytest

from pressextract.ingest.footnotes import take_footnotes


@pytest.mark.parametrize(
    ("body", "kept", "notes"),
    [
        (
            ["Sales rose to $4 Million1 in 2024.", "Costs fell.", "1 Estimated by the company"],
            ["Sales rose to $4 Million in 2024.", "Costs fell."],
            ["1 Estimated by the company"],
        ),
        (
            ["Sales growth2 was strong.", "2 Based on unaudited figures."],
            ["Sales growth was strong."],
            ["2 Based on unaudited figures."],
        ),
        (
            ["The best-selling toy*, a small car, turns 50.", "More news.", "*Source: Toy Panel"],
            ["The best-selling toy, a small car, turns 50.", "More news."],
            ["*Source: Toy Panel"],
        ),
        (
            ["Revenue of $2 Million1 is due.", "Costs fell.", "| | 1 | Estimated |", "Next."],
            ["Revenue of $2 Million is due.", "Costs fell.", "Next."],
            ["1 Estimated"],
        ),
        (
            ["Margins rose 12%†.", "† Excluding one-off items"],
            ["Margins rose 12%."],
            ["† Excluding one-off items"],
        ),
        # No glued marker: a numbered paragraph, a chemical formula, a quarter, a note above
        # its marker.
        (["CO2 emissions fell.", "2 The minister said so."], None, []),
        (["Results for Q1 are out.", "1 Results are unaudited."], None, []),
        (["1 Estimated", "Revenue of $2 Million1 is due."], None, []),
        (["Sales rose to $4 Million1.", "1 " + "Long text. " * 40], None, []),
    ],
)
def test_footnotes(body: list[str], kept: list[str] | None, notes: list[str]) -> None:
    assert take_footnotes(body) == ((body if kept is None else kept), notes)


def test_bracketed_references_stay() -> None:
    body = ["Alarms tire staff[1].", "More news.", "[1] Doe J. Alarm fatigue. 2015; 28: 685."]
    assert take_footnotes(body) == (body, [])
