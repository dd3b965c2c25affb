"""PDFs: the headline is read from the first page's type, not from the metadata or line breaks."""

from __future__ import annotations

import logging

import pytest

from pressextract.errors import IngestError
from pressextract.ingest import parse_bytes
from pressextract.ingest.pdf import MAX_NOTES, parser_notes

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


# A damaged PDF: what pypdf repaired goes to the record's warnings, never to the terminal.
def _shifted(data: bytes) -> bytes:
    """The PDF with ten bytes inserted before its first object: every xref offset is wrong."""
    i = data.find(b"1 0 obj")
    return data[:i] + b"% padding\n" + data[i:]


@pytest.mark.parametrize(
    ("damage", "warning"),
    [
        # Cut one byte short of its end: "%%EO".
        (lambda data: data[: data.rfind(b"%%EOF") + 4], "PDF parser: EOF marker seems truncated"),
        (_shifted, "PDF parser: incorrect startxref pointer"),
    ],
)
def test_pdf_parser_messages_are_warnings(damage, warning: str, caplog, capsys) -> None:
    doc = parse_bytes(damage(pdf(BODY)), "release.pdf", ".pdf")
    assert doc.text.startswith("The Harbor Rail Board today approved")
    assert any(w.startswith(warning) for w in doc.warnings), doc.warnings
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert capsys.readouterr().err == ""


def test_pdf_parser_messages_explain_an_unreadable_file(caplog, capsys) -> None:
    data = pdf(BODY)
    with pytest.raises(IngestError, match=r"cannot read PDF: .*the PDF parser said: .*EOF marker"):
        parse_bytes(data[: data.rfind(b"%%EOF")], "release.pdf", ".pdf")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert capsys.readouterr().err == ""


def test_pdf_parser_messages_are_counted_past_a_bound() -> None:
    logger = logging.getLogger("pypdf._reader")
    propagate = logging.getLogger("pypdf").propagate
    with parser_notes() as notes:
        for n in range(MAX_NOTES + 5):
            logger.warning("Object %d found at wrong offset", n)
        logger.warning("Object 0 found at wrong offset")  # a repeat counts once
    kept = notes.kept()
    assert len(kept) == MAX_NOTES
    assert kept[0] == "Object 0 found at wrong offset"
    assert kept[-1] == "and 6 more messages"
    assert logging.getLogger("pypdf").propagate == propagate
