"""Paragraphs collapsed into one long line, set apart only by runs of spaces."""

from __future__ import annotations

from pressextract.ingest.collapsed import unfold_collapsed
from pressextract.ingest.sections import heading_kind

NEWS = (
    "The festival returns to the river front in June. It features free concerts on two stages."
    " Tickets for the evening shows go on sale in May. "
) * 2
ABOUT = "ABOUT ACME INC. An independent maker of pumps, Acme Inc. employs 900 people in Oslo."


def test_collapsed_paragraphs_are_unfolded() -> None:
    line = "   ".join([NEWS * 4, NEWS * 3, "  ".join([NEWS * 2, NEWS]), ABOUT])
    paragraphs = unfold_collapsed(line, heading_kind).split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[-2:] == ["ABOUT ACME INC.", ABOUT.removeprefix("ABOUT ACME INC. ")]


def test_typewriter_spacing_is_left_alone() -> None:
    """Two spaces after every sentence: the spacing of the text, not lost paragraph breaks."""
    line = "  ".join(["The festival returns to the river front in June."] * 40)
    assert unfold_collapsed(line, heading_kind) == line


def test_short_lines_are_left_alone() -> None:
    line = "The festival returns.   It has free concerts.   Tickets go on sale.   Come along."
    assert unfold_collapsed(line, heading_kind) == line


def test_a_run_in_capital_word_that_is_no_heading_stays() -> None:
    line = "   ".join([NEWS * 4, NEWS * 3, NEWS * 2, "NASA Administrator Jane Doe said so. " * 3])
    assert unfold_collapsed(line, heading_kind).split("\n\n")[-1].startswith("NASA Administrator")
