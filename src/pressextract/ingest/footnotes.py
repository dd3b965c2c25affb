"""Footnotes of the body: lines keyed by a marker that the text carries glued to a word or figure.

"Revenue of $4 Million¹ ..." / "¹ Estimated": the footnote line goes to `sections` (kind
"footnotes") and its marker leaves the figure, so that "$4 Million1" reads as four million. A
marker is only taken for one when a footnote line carries it: "CO2", "Q1" and a numbered
paragraph ("2 The minister said ...") have none, so they stay as written.
"""

from __future__ import annotations

import re

# "* Source: ...", "1 Based on ...", "† Estimated", "| | 1 | Estimated |" (a footnote row left of a
# layout table). Bracketed references ("[1] Doe J. Curr Opin. 2015") are citations of the text's
# sources, read as part of the release: they stay.
_FOOTNOTE = re.compile(
    r"^(?:\|\s*)*(?P<marker>\*{1,3}|[†‡§]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\d{1,2}(?=[\s|]))"
    r"(?:\s*\|)*\s*(?P<text>[A-Z(“\"][^|]*?)(?:\s*\|)*\s*$"
)
MAX_FOOTNOTE = 300  # characters: a longer paragraph is text, not a footnote


def _glued(marker: str) -> re.Pattern[str]:
    """Where `marker` stands glued after a word or figure of the text."""
    escaped = re.escape(marker)
    if marker.isdigit():
        # After a plain word ("Million1", "growth2"), a per cent sign or a bracket; not after
        # capitals or digits ("CO2", "Q1", "FY2026", "BiVO4").
        return re.compile(
            rf"(?:(?<=\b[A-Za-z][a-z]{{2}})|(?<=[a-z]{{3}})|(?<=[%)]))"
            rf"{escaped}(?![\w.,]?\d|\w)"
        )
    return re.compile(rf"(?<=[\w%).’”]){escaped}(?![*\w])")


def take_footnotes(body: list[str]) -> tuple[list[str], list[str]]:
    """The body without its footnote lines and their glued markers, and the footnote lines.

    A footnote line counts only below a paragraph that carries its marker glued.
    """
    notes: dict[int, str] = {}
    for i, paragraph in enumerate(body):
        found = _FOOTNOTE.match(paragraph.strip())
        if i == 0 or not found or len(paragraph) > MAX_FOOTNOTE:
            continue
        marker = found.group("marker")
        glued = _glued(marker)
        if any(glued.search(p) for j, p in enumerate(body[:i]) if j not in notes):
            notes[i] = marker
    if not notes:
        return body, []
    markers = set(notes.values())
    kept = []
    for i, paragraph in enumerate(body):
        if i in notes:
            continue
        for marker in markers:
            paragraph = _glued(marker).sub("", paragraph)
        kept.append(paragraph)
    return kept, [re.sub(r"\s*\|[\s|]*", " ", body[i]).strip() for i in sorted(notes)]
