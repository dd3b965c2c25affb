"""Ingest: files in, `schema.Document` out. No NLP here.

`discover` lists the releases under a folder, `read_document` reads one file, and `parse_bytes`
does the work for bytes from anywhere (library use). Every failure is an `IngestError`.

Choices worth knowing:
- `discover` selects by suffix only, recursively and sorted, skipping hidden files and folders and
  the folder's own documentation (README*, LICENSE*, CHANGELOG*), which are never releases.
- The dateline stays in `text`: analysts read the body as written; `dateline` says where it is.
- Trailing "About X" / notes / contacts / legal notices (forward-looking statements, safe
  harbor) are moved to `sections` (and `contacts`), not `text`; so are company boilerplate
  without the word "About" (a bare name heading over "X is a ...", about.py) and footnote lines
  whose marker is glued to a figure in the body (footnotes.py; the marker leaves the figure).
- A date in the file name is never used: it is metadata of the collection, not of the release.
- `published` comes from, in order: e-mail Date header or htmldate over page metadata (a date
  that only says when the page last changed yields to a date the page shows); a date line above
  the body ("Published: 4 March 2024"), in a list of dated headlines the one beside the title;
  the dateline's date; front matter; a date-only line in the body; a labelled or weekday date
  near the top; htmldate's free-text search (with a warning); a year-less dateline's day in the
  year nearest the dates the release mentions (with a warning). A PDF's creation date is never
  used: it says when the file was made, and releases that print no date have none.
- `title` comes from page structure (headline.py for HTML, pdf.py for the first page's type,
  front matter as the text writes it), else from the text's own layout (title.py).
- The body keeps every paragraph and quote in order, one paragraph per "\n\n"; page furniture
  (menus, share bars, cookie notices, image file names, link lists, related news) is found by
  general line rules, never by issuer-specific ones. Runs and lists cut from the body are kept in
  `sections` (kind "site") with a `warnings` entry saying how much (furniture.py); a body much
  shorter than the page's main text block falls back to that block, with a warning.
- Data tables (HTML, and text aligned with spaces or pipes) go to `tables`, not the body.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from pressextract.errors import IngestError
from pressextract.ingest import files
from pressextract.ingest.decode import decode_bytes
from pressextract.ingest.document import build_document
from pressextract.schema import Document

SUFFIXES: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".md": "markdown",
    ".eml": "eml",
    ".pdf": "pdf",
    ".docx": "docx",
}
__all__ = ["SUFFIXES", "decode_bytes", "discover", "parse_bytes", "read_document", "with_warnings"]


def discover(root: Path, *, follow_symlinks: bool = False) -> list[Path]:
    """Release files under `root` (or `root` itself when it is a file), sorted.

    Links to places outside `root` are listed too (unless followed), for the reader to report.
    """
    return files.discover(root, tuple(SUFFIXES), follow_symlinks=follow_symlinks)


def read_document(
    path: Path, root: Path, *, max_bytes: int | None = None, follow_symlinks: bool = True
) -> Document:
    """Read one release file; `source` is its path relative to `root`.

    `max_bytes` caps how much is read (a warning says so); None reads the whole file.
    """
    path = Path(path)
    data, warnings = files.read_release(
        path, root, max_bytes=max_bytes, follow_symlinks=follow_symlinks
    )
    document = parse_bytes(data, files.source_of(path, root), path.suffix)
    return with_warnings(document, warnings)


def with_warnings(document: Document, warnings: tuple[str, ...]) -> Document:
    """`document` with `warnings` added before its own."""
    if not warnings:
        return document
    return replace(document, warnings=(*warnings, *document.warnings))


def parse_bytes(data: bytes, source: str, suffix: str) -> Document:
    """Parse the bytes of one release; `suffix` (".html", ".txt", ...) selects the reader."""
    fmt = SUFFIXES.get(suffix.lower() if suffix.startswith(".") else f".{suffix.lower()}")
    if fmt is None:
        raise IngestError(f"unsupported file type {suffix!r}: use one of {', '.join(SUFFIXES)}")
    if not data.strip():
        raise IngestError("file is empty")
    doc_id = hashlib.sha256(data).hexdigest()[:16]
    try:
        return build_document(data, doc_id=doc_id, source=source, fmt=fmt)
    except IngestError:
        raise
    except RecursionError as exc:
        raise IngestError("document is nested too deeply to parse") from exc
    except Exception as exc:  # one bad file must surface as IngestError, never as a crash
        raise IngestError(f"cannot parse {fmt} document: {type(exc).__name__}: {exc}") from exc
