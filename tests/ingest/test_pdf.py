"""PDFs: the headline is read from the first page's type, not from the metadata or line breaks."""

from __future__ import annotations

import pytest

from pressextract.errors import IngestError
from pressextract.ingest import parse_bytes
from pressextract.ingest.pdf import REBUILT, read_pdf_text

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


def page(lines: list[tuple[int, str]], *, x: tuple[int, ...] = (50,)) -> bytes:
    """A one-page PDF whose lines of 11-point type stand at the given heights; line i starts
    at x[i], or at the last of `x`."""
    ops = [
        f"BT {REGULAR} 11 Tf {x[min(i, len(x) - 1)]} {y} Td ({text}) Tj ET"
        for i, (y, text) in enumerate(lines)
    ]
    return one_page_pdf(" ".join(ops))


PARAGRAPHS = (
    "The board approved a new timetable\nfor the autumn.\n\nTrains start in May\nand run hourly."
)


@pytest.mark.parametrize(
    ("lines", "x", "text"),
    [
        # Two lines' worth of space between lines ends a paragraph.
        ([(700, "The board approved a new timetable"), (686, "for the autumn."),
          (658, "Trains start in May"), (644, "and run hourly.")], (50,), PARAGRAPHS),
        # Lines at the usual distance are one paragraph, wherever they end.
        ([(700, "The board approved a new timetable."), (686, "Trains start in May"),
          (672, "and run hourly.")], (50,),
         "The board approved a new timetable.\nTrains start in May\nand run hourly."),
        # Text that starts higher up again (a second column) begins a paragraph.
        ([(700, "The board approved a new timetable"), (686, "for the autumn."),
          (700, "Trains start in May"), (686, "and run hourly.")], (50, 50, 320), PARAGRAPHS),
        # A hyphen at a line end stays as printed: whether it belongs to the word is not known.
        ([(700, "an extraordinary reorgani-"), (686, "zation of the well-"),
          (672, "known port")], (50,),
         "an extraordinary reorgani-\nzation of the well-\nknown port"),
    ],
)  # fmt: skip
def test_pdf_text_layer_paragraphs(
    lines: list[tuple[int, str]], x: tuple[int, ...], text: str
) -> None:
    assert read_pdf_text(page(lines, x=x)).text == text


# A damaged PDF: PDFium rebuilds what it needs, the record says so, the terminal stays quiet.
def _shifted(data: bytes) -> bytes:
    """The PDF with ten bytes inserted before its first object: every xref offset is wrong."""
    i = data.find(b"1 0 obj")
    return data[:i] + b"% padding\n" + data[i:]


@pytest.mark.parametrize(
    "damage",
    [
        _shifted,
        lambda data: data[: data.rfind(b"%%EOF")],  # no end marker
    ],
)
def test_pdf_repairs_are_warnings(damage, capfd) -> None:
    doc = parse_bytes(damage(pdf(BODY)), "release.pdf", ".pdf")
    assert doc.text.startswith("The Harbor Rail Board today approved")
    assert REBUILT in doc.warnings
    assert capfd.readouterr() == ("", "")


def test_pdf_without_repairs_has_no_parser_warning() -> None:
    # An end marker cut short ("%%EO") needs no repair.
    data = pdf(BODY)
    doc = parse_bytes(data[: data.rfind(b"%%EOF") + 4], "release.pdf", ".pdf")
    assert not [w for w in doc.warnings if w.startswith("PDF parser")]


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4 this is not really a pdf",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n",
    ],
)
def test_unreadable_pdf_is_an_ingest_error(data: bytes, capfd) -> None:
    with pytest.raises(IngestError, match=r"cannot read PDF: .*PDFium: Data format error"):
        parse_bytes(data, "release.pdf", ".pdf")
    assert capfd.readouterr() == ("", "")
