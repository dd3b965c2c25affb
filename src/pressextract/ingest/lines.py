"""Which text lines run on into one paragraph: hard wraps and split sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pressextract.ingest.dateline import find_dateline
from pressextract.ingest.dates import date_line_iso
from pressextract.ingest.sections import heading_kind, is_end_marker

TERMINAL = tuple('.!?"”’»)]:;')
RELEASE_LABEL = re.compile(
    r"^(?:for immediate release|immediate release|press release|news release|media release"
    r"|for release|embargoed?(?: until)?[^.]{0,40}|pressemitteilung|presseinformation"
    r"|communiqué de presse|nota de prensa)\s*[:\-–—]*\s*",
    re.I,
)
LIST_ITEM = re.compile(r"^\s*(?:[*+•▪◦-]|\d{1,2}[.)])\s+")
# "09:30 Welcome by the Mayor", "2 p.m. - Panel": an agenda line, a block of its own.
AGENDA_LINE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[-–—]\s*\S+)?\s+\S",
    re.I,
)


def hard_wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text breaks at, or None when lines are whole paragraphs."""
    long = [line for line in lines if len(line) >= 40]
    if len(long) < 5:
        return None
    open_ended = [line for line in long if not line.endswith(TERMINAL)]
    if len(open_ended) < 0.5 * len(long):
        return None
    widths = sorted(len(line) for line in long)
    return widths[int(0.8 * (len(widths) - 1))]


def blank_line_paragraphs(lines: list[str]) -> bool:
    """Whether paragraphs end at blank lines: most long lines closing a sentence precede one.

    Text without blank lines between paragraphs (PDF text) ends a paragraph at any line that
    closes a sentence; text with them only where a blank line follows.
    """
    closing = [i for i, x in enumerate(lines[:-1]) if len(x) >= 40 and x.endswith(TERMINAL)]
    before_blank = sum(not lines[i + 1] for i in closing)
    return len(closing) >= 2 and before_blank >= 0.5 * len(closing)


def starts_block(line: str) -> bool:
    """A line that opens a paragraph of its own: a list item, heading, dateline or date line."""
    return bool(
        LIST_ITEM.match(line)
        or AGENDA_LINE.match(line)
        or line.startswith("#")
        or find_dateline(line)
        or date_line_iso(line)
        or heading_kind(line)
        or is_end_marker(line)
    )


def continues(current: str, line: str, wrap_width: int | None, previous: str = "") -> bool:
    if LIST_ITEM.match(line) or line.startswith("#"):
        return False
    if re.fullmatch(r"\S+@\S+|(?:https?://|www\.)\S+", line):
        return False  # an e-mail address or link on its own line (contact blocks)
    if line[0] in ".,;:!?)" or line[0].islower():
        return not current.endswith((".", "!", "?")) or line[0] in ".,;:!?)"
    if AGENDA_LINE.match(line):
        return False
    if (line[0].isdigit() or line[0] in "$€£") and re.search(r"[a-z,]$", current):
        return len(current.split()) >= 4  # "... call the hotline at" / "305-547-3300"
    if line[0] in "–—" and len(current.split()) <= 5 and not current.endswith(TERMINAL):
        return True  # "CHICAGO" / "– Cook County ..." : a dateline split from its sentence
    if wrap_width and not current.endswith(TERMINAL):
        if find_dateline(line) or date_line_iso(line):
            return False  # "Headline" / "March 10, 2025": a date line under a headline
        return len(previous or current) >= 0.7 * wrap_width
    return False


def is_prose(paragraph: str) -> bool:
    """A paragraph that reads as running text, not a label, menu item or heading."""
    words = paragraph.split()
    if date_line_iso(paragraph) or RELEASE_LABEL.fullmatch(paragraph):
        return False
    if len(words) >= 20:
        return True
    return len(words) >= 8 and paragraph.rstrip().endswith(TERMINAL)


def undouble(lines: Iterable[str]) -> list[str]:
    """Double-spaced text (a blank line after every line, paragraphs set apart by more) as
    single-spaced text: one blank line less in every gap, so wrapped lines join again.

    PDF exports of word-processor documents give every printed line its own paragraph this way.
    """
    lines = list(lines)
    gaps: list[int] = []
    blank = None
    for line in lines:
        if line:
            if blank is not None:
                gaps.append(blank)
            blank = 0
        elif blank is not None:
            blank += 1
    singles = sum(g == 1 for g in gaps)
    if len(gaps) < 8 or singles < 0.5 * len(gaps) or sum(g == 0 for g in gaps) > 0.2 * len(gaps):
        return lines
    long = [line for line in lines if len(line) >= 40]
    if not any(g >= 2 for g in gaps) or sum(not x.endswith(TERMINAL) for x in long) < 0.4 * len(
        long
    ):
        return lines  # one-line paragraphs set apart by blank lines: not double-spaced
    out: list[str] = []
    for i, line in enumerate(lines):
        if line or not out or not out[-1]:
            out.append(line)
        elif i + 1 < len(lines) and not lines[i + 1]:
            out.append(line)  # the second blank of a wider gap: a paragraph break
        # a single blank between two lines of text goes
    return out
