"""Joining the grammar's matches: "X to Y" / "between X and Y" into one range, and "5 March" with
the "last year" right after it into one date."""

from __future__ import annotations

import re
from dataclasses import replace

from pressextract.extractors.dates_grammar import RawDate

# Phrases glued to a match that make it a range: "from X to Y", "between X and Y".
RANGE_OPEN_RE = re.compile(r"(?:\b(?:from|between|across)\s+)$", re.IGNORECASE)
RANGE_LINK_RE = re.compile(r"^\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.IGNORECASE)


def merge_ranges(raws: list[RawDate], text: str) -> list[RawDate]:
    """Join "X to Y" / "between X and Y" / "from X - Y" into one range, inheriting the year."""
    out: list[RawDate] = []
    for raw in raws:
        prev = out[-1] if out else None
        if prev is not None and _links(prev, raw, text):
            out[-1] = _join(prev, raw, text)
            continue
        if raw.kind == "range" and RANGE_OPEN_RE.search(
            text[max(0, raw.char_start - 9) : raw.char_start]
        ):
            opener = RANGE_OPEN_RE.search(text[max(0, raw.char_start - 9) : raw.char_start])
            raw = replace(raw, char_start=raw.char_start - len(opener.group(0)))
        out.append(raw)
    return out


_YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}
# Between a date without a year and the relative year that gives it: "5 March last year",
# "in March of this year", "on January 1, next year".
_YEAR_GAP_RE = re.compile(r"\s*,?\s*(?:of\s+)?")


def attach_relative_years(raws: list[RawDate], text: str) -> list[RawDate]:
    """Give "5 March" / "March" the year of a "last year" / "this year" / "next year" right
    after it: one date, at the date's precision."""
    out: list[RawDate] = []
    for raw in raws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("date", "range")
            and prev.year is None
            and prev.month is not None
            and raw.kind == "relative"
            and raw.unit == "year"
            and raw.relation in _YEAR_SHIFTS
            and text[raw.char_start : raw.char_end].lower().startswith(raw.relation)
            and _YEAR_GAP_RE.fullmatch(text, prev.char_end, raw.char_start)
        ):
            out[-1] = replace(prev, char_end=raw.char_end, year_shift=_YEAR_SHIFTS[raw.relation])
            continue
        out.append(raw)
    return out


def _links(first: RawDate, second: RawDate, text: str) -> bool:
    if first.kind != "date" or second.kind != "date":
        return False
    gap = text[first.char_end : second.char_start]
    gap = re.sub(r"^,", "", gap)
    link = RANGE_LINK_RE.fullmatch(gap + " ") or RANGE_LINK_RE.fullmatch(gap)
    if not link:
        return False
    opener = RANGE_OPEN_RE.search(text[max(0, first.char_start - 30) : first.char_start])
    between = re.search(
        r"\bbetween\s+(?:\w+\s+)?$",
        text[max(0, first.char_start - 30) : first.char_start],
        re.IGNORECASE,
    )
    if "and" in gap.lower() and not opener and not between:
        return False
    # Both parts must be of the same kind of precision once the year is shared.
    return (first.month is None) == (second.month is None) and (first.day is None) == (
        second.day is None
    )


def _join(first: RawDate, second: RawDate, text: str) -> RawDate:
    window = text[max(0, first.char_start - 30) : first.char_start]
    opener = re.search(r"\b(?:from|between|across)\s+(?:\w+\s+)?$", window, re.IGNORECASE)
    start = first.char_start - len(opener.group(0)) if opener else first.char_start
    year = first.year or second.year
    return RawDate(
        "range", start, second.char_end, year, first.month, first.day, first.weekday,
        second.year or year, second.month, second.day,
    )  # fmt: skip
