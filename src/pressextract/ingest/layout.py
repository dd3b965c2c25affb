"""Plain text laid out in columns: blocks of one line set apart by long runs of spaces.

Pages saved as text keep a table-laid-out header on one line: "Headline<300 spaces>For
Immediate Release: March 3, 2025". A run of spaces wider than a whole text line (80 columns),
after a few words and before a word, is a break between blocks, not a space. Aligned tables
are untouched: their gaps are narrower and stand before figures.
"""

from __future__ import annotations

import re

WIDE_GAP = 80  # spaces: wider than a whole line of a text page, so no alignment within one
_GAP = re.compile(rf"(?<=\S)[ \t]{{{WIDE_GAP},}}(?=[^\W\d_])")
_WORDS_BEFORE = 3


def break_wide_gaps(text: str) -> str:
    """Each long run of spaces after at least three words of a line and before a word becomes
    a paragraph break."""
    if not _GAP.search(text):
        return text
    return "\n".join(_break_line(line) for line in text.split("\n"))


def _break_line(line: str) -> str:
    out, start = [], 0
    for gap in _GAP.finditer(line):
        if len(line[start : gap.start()].split()) >= _WORDS_BEFORE:
            out.append(line[start : gap.start()])
            start = gap.end()
    out.append(line[start:])
    return "\n\n".join(out)
