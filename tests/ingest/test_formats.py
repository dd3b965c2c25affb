"""Releases that arrive as e-mail, PDF or Word files, and files that cannot be read."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest

from pressextract.errors import IngestError
from pressextract.ingest import parse_bytes

from .pdf_file import one_page_pdf

BODY = (
    "GENEVA, 4 March 2024 – The agency announced today that 12 countries have joined the "
    "programme, bringing the total number of members to 58."
)


def test_eml_subject_date_and_sender() -> None:
    message = EmailMessage()
    message["Subject"] = "Fwd: Agency welcomes 12 new members"
    message["From"] = "Press Office <press@agency.example.org>"
    message["Date"] = "Mon, 04 Mar 2024 09:30:00 +0100"
    message.set_content(f"{BODY}\n\n“We welcome them,” said the Director.\n")
    doc = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert doc.title == "Agency welcomes 12 new members"
    assert doc.published == "2024-03-04"
    assert doc.text.startswith("GENEVA, 4 March 2024")
    assert doc.contacts[-1].email == "press@agency.example.org"


@pytest.mark.parametrize(
    ("mark", "date_line"),
    [
        ("---------- Forwarded message ---------", "Date: Tue, Mar 5, 2024 at 10:15 AM"),
        ("-----Original Message-----", "Sent: Tuesday, March 5, 2024 10:15 AM"),
        ("Begin forwarded message:", "Date: 5 March 2024 at 10:15:00 CET"),
    ],
)
def test_forwarded_eml_takes_the_inner_headers(mark: str, date_line: str) -> None:
    """A release forwarded by a colleague: title, date and sender are the issuer's."""
    message = EmailMessage()
    message["Subject"] = "Fwd: read this"
    message["From"] = "Editor <editor@paper.example>"
    message["Date"] = "Wed, 06 Mar 2024 08:00:00 +0100"
    inner = (
        f"FYI\n\n{mark}\nFrom: Press Office <press@agency.example.org>\n{date_line}\n"
        "Subject: Agency welcomes 12 new members\nTo: <desk@paper.example>\n\n"
    )
    disclaimer = "This email and any attachments are confidential and intended for the addressee."
    message.set_content(f"{inner}{BODY}\n\n{disclaimer}\n")
    doc = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert (doc.title, doc.published) == ("Agency welcomes 12 new members", "2024-03-05")
    assert doc.text == BODY
    assert [c.email for c in doc.contacts] == ["press@agency.example.org"]


def test_eml_with_only_html_body() -> None:
    message = EmailMessage()
    message["Subject"] = "Agency welcomes 12 new members"
    message.add_alternative(f"<html><body><p>{BODY}</p></body></html>", subtype="html")
    doc = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert doc.text == BODY


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer."""
    ops = "BT /F1 11 Tf 50 760 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    return one_page_pdf(ops)


def test_pdf_text_layer() -> None:
    data = _pdf(["Agency welcomes 12 new members", BODY.replace("–", "-")])
    doc = parse_bytes(data, "release.pdf", ".pdf")
    assert doc.title == "Agency welcomes 12 new members"
    assert doc.published == "2024-03-04"
    assert "58" in doc.text


def test_docx_title_style_and_paragraphs() -> None:
    import docx

    document = docx.Document()
    document.add_heading("Agency welcomes 12 new members", level=0)
    document.add_paragraph(BODY)
    document.add_paragraph("“We welcome them,” said the Director.")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = parse_bytes(buffer.getvalue(), "release.docx", ".docx")
    assert doc.title == "Agency welcomes 12 new members"
    assert doc.text.split("\n\n") == [BODY, "“We welcome them,” said the Director."]


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (b"", ".txt", "empty"),
        (b"   \n\t ", ".html", "empty"),
        (b"%PDF-1.4 this is not really a pdf", ".pdf", "PDF"),
        (b"PK\x03\x04 broken zip", ".docx", "docx"),
        (b"hello", ".rtf", "unsupported"),
        (b"<html><body><script>var x = 1;</script></body></html>", ".html", "text"),
    ],
)
def test_unreadable_input_raises_ingest_error(data: bytes, suffix: str, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        parse_bytes(data, f"bad{suffix}", suffix)
