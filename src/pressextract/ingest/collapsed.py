"""Paragraphs collapsed into one long line, set apart only by runs of spaces.

Some copies of releases (wire archives, scraped dataset text) keep a release as one line:
"... Street.   Major support is ...  ABOUT ACME INC. An independent ...". Where a long line breaks
sentences now with one space and now with two or more, the longer gaps are the paragraph breaks
that were lost; text that sets every sentence two spaces apart (typewriter style) is left alone.
A section heading run into its paragraph ("ABOUT ACME INC. An independent ...") is set apart too,
so the trailing sections are found as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MIN_COLLAPSED = 1500  # characters: a shorter line is one paragraph as written
MIN_BREAKS = 3
_WIDE_GAP = re.compile(r"(?<=[.!?\"”’)])[ \u00a0\u202f]{2,}(?=[\"“‘A-Z])")
_NARROW_GAP = re.compile(r"(?<=[a-z0-9][.!?])[ ](?=[A-Z][a-z])")
_RUN_IN_HEADING = re.compile(r"^(?P<head>[A-Z][A-Z&.'’]*(?: [A-Z&][A-Z&.'’]*){0,6}) (?=[A-Z][a-z])")


def unfold_collapsed(raw: str, heading_kind: Callable[[str], str | None]) -> str:
    """`raw` with the paragraph breaks of its collapsed lines restored as blank lines."""
    lines = raw.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if len(line) < MIN_COLLAPSED:
            continue
        breaks = len(_WIDE_GAP.findall(line))
        if breaks < MIN_BREAKS or len(_NARROW_GAP.findall(line)) < breaks:
            continue
        parts = [p.strip() for p in _WIDE_GAP.split(line) if p.strip()]
        lines[i] = "\n\n".join(_run_in_heading_apart(p, heading_kind) for p in parts)
        changed = True
    return "\n".join(lines) if changed else raw


def _run_in_heading_apart(paragraph: str, heading_kind: Callable[[str], str | None]) -> str:
    """ "ABOUT ACME INC. An independent ..." -> the heading, a blank line, the paragraph."""
    found = _RUN_IN_HEADING.match(paragraph)
    if found and heading_kind(found.group("head")):
        return f"{found.group('head')}\n\n{paragraph[found.end() :]}"
    return paragraph
