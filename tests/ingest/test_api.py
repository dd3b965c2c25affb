"""The ingest API: discover a folder, read a file into a Document, errors as IngestError."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pressextract.errors import IngestError
from pressextract.ingest import discover, parse_bytes, read_document

RELEASE = (
    "Ministry opens 12 water plants\n\n"
    "ROME, 4 March 2024 – The Ministry of Water announced today that 12 new treatment plants "
    "will open in 2025, serving more than two million residents.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    files = {
        "b/release.txt": RELEASE,
        "a.html": "<html><body><h1>T</h1><p>Text of the release.</p></body></html>",
        "c.MD": "# Title\n\nBody text of the release.",
        "d.eml": "Subject: x\n\nbody",
        "e.pdf": "%PDF",
        "f.docx": "PK",
        "g.htm": "<p>x</p>",
        "h.xhtml": "<p>x</p>",
        "README.md": "# About this folder",
        "manifest.csv": "file\n",
        "notes.json": "{}",
        ".hidden.txt": "secret",
        ".git/config.txt": "x",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_discover_selects_release_files_recursively_and_sorted(folder: Path) -> None:
    names = [p.relative_to(folder).as_posix() for p in discover(folder)]
    assert names == [
        "a.html",
        "b/release.txt",
        "c.MD",
        "d.eml",
        "e.pdf",
        "f.docx",
        "g.htm",
        "h.xhtml",
    ]


def test_discover_accepts_a_single_file(folder: Path) -> None:
    assert discover(folder / "a.html") == [folder / "a.html"]


def test_read_document_fields(folder: Path) -> None:
    path = folder / "b" / "release.txt"
    doc = read_document(path, folder)
    assert doc.id == hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    assert doc.source == "b/release.txt"
    assert doc.format == "text"
    assert doc.title == "Ministry opens 12 water plants"
    assert doc.published == "2024-03-04"
    assert doc.dateline is not None
    assert (doc.dateline.location, doc.dateline.date) == ("ROME", "2024-03-04")
    assert doc.text.startswith("ROME, 4 March 2024 – The Ministry")
    assert doc.language == "en"
    assert doc.warnings == ()


def test_yearless_dateline_gets_year_from_published() -> None:
    text = "Ministry opens plants\n\nPublished: 4 March 2024\n\nROME, March 4 – The ministry said."
    doc = parse_bytes(text.encode(), "r.txt", ".txt")
    assert doc.dateline is not None
    assert (doc.dateline.location, doc.dateline.date) == ("ROME", "2024-03-04")


def test_same_bytes_same_id_wherever_they_are() -> None:
    first = parse_bytes(RELEASE.encode(), "x/one.txt", ".txt")
    second = parse_bytes(RELEASE.encode(), "y/two.txt", ".txt")
    assert first.id == second.id
    assert first.source != second.source


def test_missing_file_is_an_ingest_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read"):
        read_document(tmp_path / "absent.txt", tmp_path)


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 20, b"\x00" * 500, b"\xff\xfe" + b"\x00\xd8" * 100, b"<" * 5000],
)
def test_arbitrary_bytes_give_a_document_or_an_ingest_error(data: bytes) -> None:
    for suffix in (".txt", ".html", ".eml", ".pdf", ".docx"):
        try:
            doc = parse_bytes(data, f"junk{suffix}", suffix)
        except IngestError as exc:
            assert str(exc)  # a reason, never an empty message
        else:
            assert doc.text


@pytest.mark.parametrize("marker", ["###", "-30-", "ENDS"])
def test_end_marker_in_a_file_closes_the_body(marker: str) -> None:
    text = f"{RELEASE}\n{marker}\n\nPage furniture after the release, with a sentence.\n"
    doc = parse_bytes(text.encode(), "r.txt", ".txt")
    assert "furniture" not in doc.text
    assert [s.text for s in doc.sections] == ["Page furniture after the release, with a sentence."]
