"""Find quoted passages in plain text by their quotation marks (no NLP).

Handles “curly”, "straight" (opening or closing told apart by the characters around them),
«guillemets», „low-high“ and top-level ‘single’ marks; single marks inside a double-quoted
passage are part of its content, and so is a term of a few words quoted inside it with the
same marks (“a collection of “mementos” that ...”). Single marks do not nest: a second one
opening shows that a mark read as a plural possessive ("the victims’ families") closed a title
(‘Demons’ is ... ‘What point’). A passage that runs over several paragraphs (an opening mark
on each paragraph, a closing mark only on the last) is one passage whose parts skip the marks
between paragraphs. A passage whose line wraps (text extracted from PDF) keeps going.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = {"“": "”", "«": "»", "„": "“", "‟": "”", '"': '"'}
CLOSERS = {"”": {"”", '"', "“"}, "»": {"»"}, "“": {"“", "”"}, '"': {'"', "”"}}
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
ZW = "\u200b"  # stands in for the first character of a two-character quotation mark
OPENING_BEFORE = set(" \t\n\r([{—–-/:;" + ZW)
MAX_SPAN = 4000  # chars; an opening mark with no closing mark this far on is a stray mark
# Every character `find_marked_passages` acts on (an opening mark, or a double mark that may
# close an orphan): the scan jumps from one to the next instead of testing every character.
_MARKS = re.compile("[" + re.escape("".join(sorted({*OPEN_DOUBLE, OPEN_SINGLE, '"', "”"}))) + "]")


@dataclass(frozen=True, slots=True)
class MarkedPassage:
    """One quoted passage: char spans of its content (marks excluded) and of the whole."""

    parts: tuple[tuple[int, int], ...]
    start: int  # the opening mark
    end: int  # just after the closing mark

    @property
    def content_start(self) -> int:
        return self.parts[0][0]

    @property
    def content_end(self) -> int:
        return self.parts[-1][1]


def opens_here(text: str, i: int) -> bool:
    """Whether the mark at `i` can open a quotation (space or start before, a letter after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # French guillemets take a space inside: « Nous sommes prêts ».
    return before in OPENING_BEFORE and (not after.isspace() or text[i] == "«")


def closes_here(text: str, i: int) -> bool:
    """Whether the mark at `i` can close a quotation (text before, space or punctuation after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    inside_ok = not before.isspace() or text[i] == "»"
    return inside_ok and (after.isspace() or not after.isalnum())


def find_marked_passages(text: str) -> list[MarkedPassage]:
    """Every passage between matching quotation marks, in text order, outermost only."""
    # Typewriter quotes: ``...'' or ''...'' stand for "...": same length, so offsets hold.
    text = text.replace("``", ZW + '"').replace("''", ZW + '"')
    passages: list[MarkedPassage] = []
    i = 0
    while (mark := _MARKS.search(text, i)) is not None:
        i = mark.start()
        ch = text[i]
        if ch in OPEN_DOUBLE and (ch != '"' or opens_here(text, i)) and ch not in "”»":
            found = _close_double(text, i)
        elif ch == OPEN_SINGLE and (i == 0 or not text[i - 1].isalnum()):
            found = _close_single(text, i)
        elif ch in '"”' and closes_here(text, i):
            found = _orphan_close(text, i)
        else:
            found = None
        if found is None:
            i += 1
            continue
        passages.append(found)
        i = found.end
    return passages


def _close_double(text: str, start: int) -> MarkedPassage | None:
    opener = text[start]
    closers = CLOSERS.get(OPEN_DOUBLE[opener], {OPEN_DOUBLE[opener]})
    gaps: list[tuple[int, int]] = []
    i = start + 1
    limit = min(len(text), start + MAX_SPAN)
    while i < limit:
        ch = text[i]
        if ch in closers and closes_here(text, i):
            return _passage(text, start, i, gaps)
        if ch == opener and opener != '"' and opens_here(text, i) and not _line_starts_at(text, i):
            inner = _nested_close(text, i, closers)
            if inner is None:
                return None  # a new quotation opens before this one closed: a stray mark
            i = inner + 1  # a word or two quoted inside the quotation: “... of “mementos” that”
            continue
        if ch == "\n":
            j = i
            while j < limit and text[j].isspace():
                j += 1
            if j < limit and text[j] in OPEN_DOUBLE and text[j] not in "”»" and opens_here(text, j):
                # Next paragraph opens with a mark while this one is still open: the quotation
                # continues there (multi-paragraph quotation).
                gaps.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return None


MAX_NESTED_WORDS = 4  # “... a collection of “mementos” that ...”: a term quoted inside a quote


def _nested_close(text: str, start: int, closers: set[str]) -> int | None:
    """The closing mark of a short quotation inside a quotation, written with the same marks
    (a term or a title of a few words, on the same line); None when the mark at `start` does
    not open one, and so is a stray mark or the next quotation."""
    end = min(len(text), start + 80)
    for j in range(start + 1, end):
        if text[j] == "\n" or (text[j] == text[start] and opens_here(text, j)):
            return None
        if text[j] in closers and closes_here(text, j):
            words = text[start + 1 : j].split()
            if not 1 <= len(words) <= MAX_NESTED_WORDS or not _closes_later(text, j + 1, closers):
                return None
            return j
    return None


def _closes_later(text: str, start: int, closers: set[str]) -> bool:
    """Whether a closing mark follows in the same paragraph, to close the outer quotation."""
    line_end = text.find("\n", start)
    segment = text[start : line_end if line_end >= 0 else len(text)]
    return any(ch in closers and closes_here(text, start + k) for k, ch in enumerate(segment))


def _orphan_close(text: str, close: int) -> MarkedPassage | None:
    """A closing mark whose opening mark was lost (scraped text): the quotation opens the
    paragraph, as in 'We act now," said Jane Doe.'"""
    if text[close - 1] not in ",.!?":
        return None
    line_start = text.rfind("\n", 0, close) + 1
    segment = text[line_start:close]
    if any(m in segment for m in OPEN_DOUBLE) or len(segment.split()) < 6:
        return None
    a, b = trim(text, line_start, close)
    return MarkedPassage(parts=((a, b),), start=line_start, end=close + 1) if b > a else None


def _close_single(text: str, start: int) -> MarkedPassage | None:
    i = start + 1
    possessive = None  # the first mark read as a plural possessive
    while i < len(text) and text[i] != "\n":
        if text[i] == CLOSE_SINGLE and (i + 1 == len(text) or not text[i + 1].isalpha()):
            # "the victims’ families": a plural possessive, not a closing mark.
            if text[i - 1] == "s" and i + 2 < len(text) and text[i + 2].islower():
                possessive = i if possessive is None else possessive
                i += 1
                continue
            return _passage(text, start, i, [])
        if text[i] == OPEN_SINGLE and not text[i - 1].isalnum() and possessive is not None:
            # Single marks do not nest: a second one opening means the mark taken for a
            # possessive closed this one ("‘Demons’ is a blunt wave ... ‘What point’ ...").
            return _passage(text, start, possessive, [])
        i += 1
    return None


def _line_starts_at(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _passage(
    text: str, start: int, close: int, gaps: list[tuple[int, int]]
) -> MarkedPassage | None:
    bounds = [start + 1]
    for gap_start, gap_end in gaps:
        bounds.extend((gap_start, gap_end))
    bounds.append(close)
    parts = []
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        a, b = trim(text, a, b)
        if b > a:
            parts.append((a, b))
    if not parts:
        return None
    return MarkedPassage(parts=tuple(parts), start=start, end=close + 1)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) past surrounding whitespace and a trailing comma."""
    while start < end and (text[start].isspace() or text[start] in "`'"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;" + ZW):
        end -= 1
    if text[end - 2 : end] == "''":
        end -= 2
    return start, end
