"""Which text lines run on into one paragraph: hard wraps and split sentences."""

from __future__ import annotations

import re

from pressextract.ingest.dateline import find_dateline
from pressextract.ingest.dates import date_line_iso
from pressextract.ingest.sections import heading_kind, is_end_marker

TERMINAL = tuple('.!?"”’»)]:;')
LIST_ITEM = re.compile(r"^\s*(?:[*+•▪◦-]|\d{1,2}[.)])\s+")


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
    if (line[0].isdigit() or line[0] in "$€£") and re.search(r"[a-z,]$", current):
        return len(current.split()) >= 4  # "... call the hotline at" / "305-547-3300"
    if line[0] in "–—" and len(current.split()) <= 5 and not current.endswith(TERMINAL):
        return True  # "CHICAGO" / "– Cook County ..." : a dateline split from its sentence
    if wrap_width and not current.endswith(TERMINAL):
        if find_dateline(line) or date_line_iso(line):
            return False  # "Headline" / "March 10, 2025": a date line under a headline
        return len(previous or current) >= 0.7 * wrap_width
    return False
