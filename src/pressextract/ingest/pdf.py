"""PDF text layers (PDFium, through pypdfium2), and the headline read from the first page's
type: the first run of lines set larger or bolder than the body text, above it.

A PDF's metadata title is often empty or the name of the file it was exported from, and its text
layer loses the page's emphasis (a headline wrapped over three lines reads as three paragraphs).
The page's own type does not: the headline is the first block of emphasized lines (bold, or a
size above the body's) that is not a release label, a date or a contact line. The metadata title
is used only when the page has no such block and it does not name a file.

PDFium reads a damaged file (wrong offsets, a missing end marker) by rebuilding its
cross-reference table from the objects it finds; when it had to, the record says so in a
warning. It prints nothing. It is not thread-safe, so one lock lets one thread at a time use it.
A hyphen it finds at a line end ("manip-" / "ulation") stays a hyphen and a line end, as printed:
whether the hyphen belongs to the word is not known.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from pressextract.errors import IngestError
from pressextract.ingest.boilerplate import is_placeholder_title
from pressextract.ingest.dates import date_line_iso
from pressextract.ingest.title import clean_title

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Typographic ligatures of PDF text layers ("\ufb01ve" is "five").
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
PARAGRAPH_GAP = 1.4  # a space this many times the usual one between lines ends a paragraph
PARAGRAPH_SPACE = 1.8  # ... and this many times the size of its type
SAMPLE = 8  # below the heading lines, every 8th character tells the body's size and weight
REBUILT = (
    "PDF parser: the file's cross-reference table is damaged; it was read by rebuilding the table"
)
# PDFium's text: lines end in "\r\n"; a hyphen it found at a line end is U+FFFE, line end included.
_LINE_END = re.compile("\r\n|[\r\n\ufffe]")
_LOCK = threading.Lock()


@dataclass(frozen=True)
class PdfText:
    """The text layer of a PDF and what its first page and metadata say."""

    text: str
    heading: str | None
    meta_title: str | None
    notes: tuple[str, ...] = ()  # what the parser said of the file (a rebuilt table)


@dataclass(frozen=True)
class _Line:
    text: str
    size: float
    bold: bool


def read_pdf_text(data: bytes) -> PdfText:
    """The text layer of a PDF, page by page (scanned PDFs without one are an error)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise IngestError("PDF is encrypted") from exc
            raise IngestError(f"cannot read PDF: {exc}") from exc
        try:
            notes = () if pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(pdf.raw) else (REBUILT,)
            pages: list[str] = []
            lines: list[_Line] = []
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                page_lines = _text_lines(textpage)
                if index == 0:
                    lines = _styled(textpage, page_lines)
                pages.append(_page_text(page_lines))
                textpage.close()
                page.close()
            title = pdf.get_metadata_value("Title")
        except pdfium.PdfiumError as exc:
            raise IngestError(f"cannot read PDF: {exc}") from exc
        finally:
            pdf.close()
    text = "\n".join(pages).translate(LIGATURES)
    if not text.strip():
        raise IngestError("PDF has no text layer (scanned image?); run OCR first")
    meta_title = title.strip() or None
    if meta_title and is_placeholder_title(meta_title):
        meta_title = None
    return PdfText(text=text, heading=first_heading(lines), meta_title=meta_title, notes=notes)


@dataclass(frozen=True)
class _TextLine:
    """A line of PDFium's text layer: its text, where its characters are, and its baseline."""

    text: str
    marks: list[int]  # indexes of its visible characters
    baseline: float
    size: float  # of its first character


def _text_lines(textpage: Any) -> list[_TextLine]:
    """The lines of a page's text layer, in PDFium's reading order, blank ones left out."""
    import pypdfium2.raw as pdfium_c

    text = textpage.get_text_range()
    count = textpage.count_chars()
    if len(text) != count:  # characters PDFium left out or added: ask for each
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))
    x, y = ctypes.c_double(), ctypes.c_double()
    style = _CharStyle(textpage.raw)
    lines: list[_TextLine] = []
    start = 0
    for end in [*(m.start() for m in _LINE_END.finditer(text)), len(text)]:
        marks = [
            i for i in range(start, end) if not text[i].isspace() and ord(text[i]) not in _INVISIBLE
        ]
        line = text[start:end] + ("-" if text[end : end + 1] == "\ufffe" else "")
        start = end + (2 if text[end : end + 2] == "\r\n" else 1)
        if marks:
            pdfium_c.FPDFText_GetCharOrigin(
                textpage.raw, marks[0], ctypes.byref(x), ctypes.byref(y)
            )
            lines.append(_TextLine(line, marks, y.value, style.size(marks[0])))
    return lines


def _page_text(lines: list[_TextLine]) -> str:
    """The page's text, a blank line where the space between two lines says a paragraph ends.

    The text layer has no paragraphs; the page shows them as more space than its usual
    distance between lines (`PARAGRAPH_GAP` times it, and `PARAGRAPH_SPACE` times the type's
    size: a headline's large type has a large distance of its own), or as text that starts
    higher up again, by a line or more (a new column or box). A raised mark (a footnote number)
    is no break.
    """
    gaps = [round(above.baseline - below.baseline, 1) for above, below in pairwise(lines)]
    usual = Counter(g for g in gaps if g > 0).most_common(1)
    pitch = usual[0][0] if usual else 0.0
    parts = [lines[0].text] if lines else []
    for gap, (above, line) in zip(gaps, pairwise(lines), strict=True):
        space = PARAGRAPH_SPACE * max(above.size, line.size)
        if pitch and ((gap >= PARAGRAPH_GAP * pitch and gap >= space) or gap <= -pitch):
            parts.append("")
        parts.append(line.text)
    return "\n".join(parts)


def _styled(textpage: Any, lines: list[_TextLine]) -> list[_Line]:
    """The first page's lines with their size and weight; a line is bold when every
    character's font is bold.

    Every character of the first lines is looked at (the headline stands there); of the lines
    below, every `SAMPLE`-th, which tells the body's size and how much of it is bold as well,
    for a fraction of the calls.
    """
    style = _CharStyle(textpage.raw)
    styled: list[_Line] = []
    for line in lines:
        text = re.sub(r"\s+", " ", line.text.translate(_INVISIBLE)).strip()
        marks = line.marks[:: 1 if len(styled) < HEADING_LINES else SAMPLE]
        styles = [style(i) for i in marks]
        styled.append(
            _Line(
                text=text.translate(LIGATURES),
                size=max(size for size, _ in styles),
                bold=all(bold for _, bold in styles),
            )
        )
    return styled


class _CharStyle:
    """The size (font size times the text's scale) and boldness of a character of a text page."""

    def __init__(self, textpage: Any) -> None:
        import pypdfium2.raw as pdfium_c

        self.textpage = textpage
        self.pdfium = pdfium_c
        self.name = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()
        self.bold_fonts: dict[bytes, bool] = {}

    def size(self, index: int) -> float:
        """The character's font size in points on the page."""
        c, textpage, matrix = self.pdfium, self.textpage, self.matrix
        size = c.FPDFText_GetFontSize(textpage, index)
        c.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix))
        return abs(size * (abs(matrix.d) or abs(matrix.a) or 1.0))

    def __call__(self, index: int) -> tuple[float, bool]:
        c, textpage = self.pdfium, self.textpage
        size = self.size(index)
        c.FPDFText_GetFontInfo(textpage, index, self.name, len(self.name), ctypes.byref(self.flags))
        name = self.name.value
        bold = self.bold_fonts.get(name)
        if bold is None:
            bold = self.bold_fonts[name] = bool(_BOLD_FONT.search(name.decode("latin-1")))
        return size, bold


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
