"""PDF text layers, and the headline read from the first page's type: the first run of lines
set larger or bolder than the body text, above it.

A PDF's metadata title is often empty or the name of the file it was exported from, and its text
layer loses the page's emphasis (a headline wrapped over three lines reads as three paragraphs).
The page's own type does not: the headline is the first block of emphasized lines (bold, or a
size above the body's) that is not a release label, a date or a contact line. The metadata title
is used only when the page has no such block and it does not name a file.

pypdf reports what it repaired in a damaged file ("EOF marker not found", "incorrect startxref
pointer") through the `logging` module, which would print it on the terminal, in the middle of
a progress bar. `parser_notes` collects those messages instead: they become the record's
warnings, or part of the error when the file cannot be read.
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pressextract.errors import IngestError
from pressextract.ingest.boilerplate import is_placeholder_title
from pressextract.ingest.dates import date_line_iso
from pressextract.ingest.title import clean_title

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Typographic ligatures of PDF text layers ("ﬁve" is "five").
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
    | {"\ufb05": "st", "\ufb06": "st"}
)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,]bd\b", re.I)
_CONTACT = re.compile(
    r"\S@\S|\+?\(?\d[\d ()-]{7,}\d|^(?:contact|tel|phone|e-?mail|website)\b", re.I
)
LARGER = 1.15  # a size this much above the body's is display type
HEADING_LINES = 12  # the headline stands among the first lines of the page
MAX_HEADLINE_WORDS = 45
MAX_NOTES = 10  # distinct parser messages kept per file; the rest are counted
MAX_NOTE_CHARS = 200


@dataclass(frozen=True)
class PdfText:
    """The text layer of a PDF and what its first page and metadata say."""

    text: str
    heading: str | None
    meta_title: str | None
    notes: tuple[str, ...] = ()  # what the parser said of the file ("EOF marker not found")


@dataclass(frozen=True)
class _Line:
    text: str
    size: float
    bold: bool


def read_pdf_text(data: bytes) -> PdfText:
    """The text layer of a PDF, page by page (scanned PDFs without one are an error)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    with parser_notes() as notes:
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise IngestError("PDF is encrypted")
            lines, first = _first_page_lines(reader.pages[0]) if reader.pages else ([], "")
            pages = [first, *(page.extract_text() or "" for page in reader.pages[1:])]
            title = (reader.metadata.title if reader.metadata else None) or None
        except IngestError:
            raise
        except (PdfReadError, ValueError, TypeError, KeyError, AttributeError, OSError) as exc:
            raise IngestError(f"cannot read PDF: {exc}{_said(notes)}") from exc
        except Exception as exc:  # pypdf raises assorted internal errors on damaged files
            raise IngestError(
                f"cannot read PDF: {type(exc).__name__}: {exc}{_said(notes)}"
            ) from exc
    text = "\n".join(pages).translate(LIGATURES)
    if not text.strip():
        raise IngestError(f"PDF has no text layer (scanned image?); run OCR first{_said(notes)}")
    meta_title = str(title).strip() if title else None
    if meta_title and is_placeholder_title(meta_title):
        meta_title = None
    heading = first_heading(lines)
    if heading and pages:
        heading = _as_extracted(heading, pages[0].translate(LIGATURES)) or heading
    return PdfText(
        text=text,
        heading=heading,
        meta_title=meta_title,
        notes=tuple(f"PDF parser: {note}" for note in notes.kept()),
    )


class _Notes(logging.Handler):
    """The distinct messages pypdf logs in this thread (other threads read other files)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: dict[str, None] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        try:
            message = " ".join(record.getMessage().split())
        except Exception:  # a message that cannot be formatted is still a message
            message = " ".join(str(record.msg).split())
        self.messages[message[:MAX_NOTE_CHARS]] = None

    def kept(self) -> list[str]:
        """The first `MAX_NOTES` messages, and how many more there were."""
        messages = list(self.messages)
        if len(messages) > MAX_NOTES:
            more = len(messages) - MAX_NOTES + 1
            messages = [*messages[: MAX_NOTES - 1], f"and {more} more messages"]
        return messages


class _Quiet:
    """pypdf's logger stops propagating (to the root logger, or Python's last-resort stderr
    handler) while any thread collects its messages, and is restored after the last one."""

    lock = threading.Lock()
    users = 0
    propagate = True


@contextmanager
def parser_notes() -> Iterator[_Notes]:
    """Collect what pypdf logs (warnings and errors) in this block instead of printing it."""
    logger = logging.getLogger("pypdf")
    notes = _Notes()
    with _Quiet.lock:
        if _Quiet.users == 0:
            _Quiet.propagate = logger.propagate
            logger.propagate = False
        _Quiet.users += 1
        logger.addHandler(notes)
    try:
        yield notes
    finally:
        with _Quiet.lock:
            logger.removeHandler(notes)
            _Quiet.users -= 1
            if _Quiet.users == 0:
                logger.propagate = _Quiet.propagate


def _said(notes: _Notes) -> str:
    """The parser's messages, as a clause for an error message."""
    kept = notes.kept()
    return f" (the PDF parser said: {'; '.join(kept)})" if kept else ""


def _as_extracted(heading: str, page_text: str) -> str | None:
    """`heading` with the word spaces of the page's text layer, which knows the glyph widths.

    Runs of one line carry no spaces between them ("Ronnie White" + "'Demons'"); the text
    layer puts them where the gaps are.
    """
    chars = [re.escape(c) for c in heading if not c.isspace()]
    pattern = r"[\s\u200b\u200c\u200d\u2060\ufeff]*".join(chars)
    found = re.search(pattern, page_text)
    if not found:
        return None
    text = re.sub(r"\s+", " ", found.group(0).translate(_INVISIBLE)).strip()
    return clean_title(re.sub(r"\s+([,.;:)])", r"\1", text))


def _first_page_lines(page: object) -> tuple[list[_Line], str]:
    """The first page's text lines in reading order, with their size and weight, and its text
    (what `page.extract_text()` gives: the page is read once).

    A line is the runs that share a baseline; it is bold when every run's font is bold.
    """
    runs: list[tuple[float, str, float, bool]] = []  # (baseline, text, size, bold)

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float):
        if not text.translate(_INVISIBLE).strip():
            return
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        baseline = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str((font or {}).get("/BaseFont", ""))
        runs.append((baseline, text, abs(size * scale), bool(_BOLD_FONT.search(name))))

    text = page.extract_text(visitor_text=visit) or ""  # type: ignore[attr-defined]
    lines: list[_Line] = []
    current: list[tuple[float, str, float, bool]] = []
    for run in runs:
        if current and abs(run[0] - current[0][0]) > 0.5 * max(run[2], current[0][2], 1.0):
            lines.append(_join_runs(current))
            current = []
        current.append(run)
    if current:
        lines.append(_join_runs(current))
    return [line for line in lines if line.text], text


def _join_runs(runs: list[tuple[float, str, float, bool]]) -> _Line:
    text = "".join(r[1] for r in runs).translate(_INVISIBLE).translate(LIGATURES)
    text = re.sub(r"\s+", " ", text).strip()
    # Superscripts and small marks do not make a line lighter or smaller.
    main = [r for r in runs if r[1].strip()] or runs
    return _Line(text=text, size=max(r[2] for r in main), bold=all(r[3] for r in main))


def first_heading(lines: list[_Line]) -> str | None:
    """The block of emphasized lines above the body that reads as a headline, or None."""
    if not lines:
        return None
    sizes: Counter[float] = Counter()
    bold_chars = 0
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
        bold_chars += len(line.text) if line.bold else 0
    body_size = sizes.most_common(1)[0][0]
    bold_marks = bold_chars < 0.5 * sum(sizes.values())  # on an all-bold page bold is no mark

    def emphasized(line: _Line) -> bool:
        return line.size >= LARGER * body_size or (bold_marks and line.bold)

    blocks: list[str] = []
    block: list[str] = []
    for line in [*lines[:HEADING_LINES], None]:
        if line is not None and emphasized(line):
            block.append(line.text)
            continue
        headline = _headline(block) if block else None
        if headline:
            blocks.append(headline)
        block = []
        if line is not None and len(line.text.split()) >= 10:
            break  # the body began
    # A letterhead ("Acme Corporation") may be set large above the headline: a block of four
    # words or more is the headline before a shorter one.
    return next((b for b in blocks if len(b.split()) >= 4), blocks[0] if blocks else None)


def _headline(block: list[str]) -> str | None:
    text = block[0]
    for part in block[1:]:
        text += part if part[0] in ",.;:)" else f" {part}"
    title = clean_title(text)
    words = title.split()
    if len(words) < 2 or len(words) > MAX_HEADLINE_WORDS or date_line_iso(title):
        return None
    if _CONTACT.search(title):
        return None
    return title
