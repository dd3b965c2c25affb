"""What a file really is, whatever its name says; control characters removed from text."""

from __future__ import annotations

import gzip

import pytest

from pressextract.errors import IngestError
from pressextract.ingest.sniff import clean_controls, sniff_format


@pytest.mark.parametrize(
    ("data", "fmt", "expected"),
    [
        (b"<html><body>Hi</body></html>", "html", ("html", None)),
        (b"%PDF-1.7\n...", "html", ("pdf", "the file is a PDF named .html: read as a PDF")),
        (b"%PDF-1.7\n...", "pdf", ("pdf", None)),
        (b"\x89PNG\r\n\x1a\n....", "pdf", ("pdf", None)),  # binary formats read themselves
        (b"PK\x03\x04....word/document.xml", "text", ("docx", "the file is a Word document"
                                                     " named .html: read as .docx")),
    ],
)
def test_a_file_is_read_as_what_it_is(data, fmt, expected):
    assert sniff_format(data, fmt, ".html") == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "the file is a PNG image named .txt, not a release"),
        (b"\xff\xd8\xff\xe0JFIF", "the file is a JPEG image named .txt, not a release"),
        (gzip.compress(b"text"), "the file is a gzip archive (decompress it first) named .txt"),
        (b"PK\x03\x04 other.zip", "the file is a ZIP archive named .txt, not a release"),
        (b"\x7fELF\x02\x01", "the file is an executable named .txt, not a release"),
    ],
)
def test_images_archives_and_programs_under_a_text_name_are_refused(data, message):
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        sniff_format(data, "text", ".txt")


@pytest.mark.parametrize(
    ("text", "expected", "warning"),
    [
        ("plain text\n\twith tabs\r\n", "plain text\n\twith tabs\r\n", None),
        ("Acme\x00Corp", "AcmeCorp", "1 control character(s) (NUL, escape, ...) removed"),
        ("red\x1b[31m text", "red[31m text", "1 control character(s) (NUL, escape, ...) removed"),
        ("page one\x0cpage two", "page one\npage two", None),
        ("\u202eright-to-left\u202c \u200fmark", "\u202eright-to-left\u202c \u200fmark", None),
    ],
)
def test_control_characters_are_removed_with_a_warning(text, expected, warning):
    assert clean_controls(text) == (expected, warning)


def test_text_that_is_mostly_control_characters_is_binary():
    with pytest.raises(IngestError, match="binary data, not text: 50% of its characters"):
        clean_controls("a\x01" * 100)
