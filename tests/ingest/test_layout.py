"""Text pages laid out in columns: very wide runs of spaces break blocks, not sentences."""

from __future__ import annotations

import pytest

from pressextract.ingest import parse_bytes
from pressextract.ingest.layout import break_wide_gaps

GAP = " " * 120
LEAD = (
    "Salem, OR – The Harbor Rail Board today approved a new timetable that adds forty daily "
    "trains between the port and the airport, starting with the autumn schedule."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Harbor Rail adds forty trains{GAP}For Immediate Release: May 3, 2024",
         "Harbor Rail adds forty trains\n\nFor Immediate Release: May 3, 2024"),
        # An aligned table keeps its gaps: they are narrow, or stand before figures.
        ("Net sales          $ 9,120     $ 8,004", "Net sales          $ 9,120     $ 8,004"),
        (f"Net sales of the quarter{GAP}9,120", f"Net sales of the quarter{GAP}9,120"),
        # Fewer than three words before the gap: an indent or a label column.
        (f"Contact:{GAP}Mina Olsen", f"Contact:{GAP}Mina Olsen"),
    ],
)  # fmt: skip
def test_break_wide_gaps(text: str, expected: str) -> None:
    assert break_wide_gaps(text) == expected


def test_a_header_laid_out_in_columns_gives_title_date_and_dateline() -> None:
    text = (
        f"Harbor Rail adds forty daily trains{GAP}For Immediate Release: May 3, 2024\n"
        f"\tBoard approves the autumn timetable for the port line{GAP}{LEAD}\n"
    )
    doc = parse_bytes(text.encode(), "release.txt", ".txt")
    assert doc.title == "Harbor Rail adds forty daily trains"
    assert doc.published == "2024-05-03"
    assert doc.dateline is not None and doc.dateline.location == "Salem, OR"
