"""PDFs: the headline is read from the first page's type, not from the metadata or line breaks."""

from __future__ import annotations

import pytest

from pressextract.ingest import parse_bytes

from .pdf_file import BOLD, REGULAR, one_page_pdf

BODY = [
    (REGULAR, 11, "The Harbor Rail Board today approved a new timetable that adds forty"),
    (REGULAR, 11, "daily trains between the port and the airport, starting with the autumn"),
    (REGULAR, 11, "schedule, the board said in a statement on Tuesday afternoon."),
]


def pdf(lines: list[tuple[str, float, str]], title: str | None = None) -> bytes:
    """A one-page PDF whose lines are set in a regular or bold font at a given size."""
    ops, y = [], 760
    for font, size, text in lines:
        ops.append(f"BT {font} {size} Tf 50 {y} Td ({text}) Tj ET")
        y -= int(size * 1.6)
    return one_page_pdf(" ".join(ops), title)


@pytest.mark.parametrize(
    ("lines", "meta_title", "title"),
    [
        # A large headline wrapped over three lines is one title.
        ([(BOLD, 22, "Harbor Rail adds forty"), (BOLD, 22, "daily trains between port"),
          (BOLD, 22, "and airport"), *BODY], None,
         "Harbor Rail adds forty daily trains between port and airport"),
        # A bold headline under a label, a contact line and a date in the body's size.
        ([(BOLD, 14, "PRESS RELEASE"), (REGULAR, 11, "Contact: Mina Olsen (+44) 7700900123"),
          (REGULAR, 11, "March 4, 2025"), (BOLD, 11, "Harbor Rail adds forty daily trains"),
          *BODY], None,
         "Harbor Rail adds forty daily trains"),
        # A headline whose line breaks at a comma.
        ([(BOLD, 12, "Acme & Co"), (BOLD, 12, ", Harbor Rail and Others Join the Timetable"),
          *BODY], None,
         "Acme & Co, Harbor Rail and Others Join the Timetable"),
        # The page's headline wins over a metadata title that names a file.
        ([(BOLD, 18, "Harbor Rail adds forty daily trains"), *BODY], "timetable_v3.docx",
         "Harbor Rail adds forty daily trains"),
        # A letterhead set large above the headline is not the headline.
        ([(BOLD, 20, "Harbor Rail"), (REGULAR, 11, "1 Quay Street, Salem"),
          (BOLD, 14, "Board approves forty new daily trains"), *BODY], None,
         "Board approves forty new daily trains"),
        # No display type on the page: the metadata title, when it is one.
        (BODY, "Harbor Rail adds forty daily trains", "Harbor Rail adds forty daily trains"),
    ],
)  # fmt: skip
def test_pdf_headline(lines: list[tuple[str, float, str]], meta_title: str | None, title: str):
    doc = parse_bytes(pdf(lines, meta_title), "release.pdf", ".pdf")
    assert doc.title == title
    assert doc.text.startswith("The Harbor Rail Board today approved")


def test_pdf_ligatures_are_letters() -> None:
    # \\256 is the "fi" ligature of the standard PDF encoding.
    data = pdf([(BOLD, 18, "Harbor Rail adds \\256ve trains"), *BODY])
    assert "five" in parse_bytes(data, "release.pdf", ".pdf").title
