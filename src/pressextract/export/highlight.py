"""Where each extracted field stands in a release's text, for `show` and the HTML report."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Drawing order: a later field is drawn over an earlier one where spans overlap.
FIELDS = ("quotes", "dates", "statistics", "locations", "organizations", "speakers")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span of the text: which field found it, and a short note about it."""

    start: int
    end: int
    field: str
    note: str = ""


def marks(record: Mapping[str, Any]) -> list[Mark]:
    """The spans of `record["text"]` that the extractors found, sorted by position.

    Dates, quotes and statistics carry their offsets; places, organizations and speakers are
    marked wherever their name (or acronym) appears as a whole word.
    """
    text = record.get("text") or ""
    found: list[Mark] = []
    for item in record.get("quotes") or ():
        found.append(_offset_mark(item, "quotes", f"{item.get('speaker') or 'unattributed'}"))
    for item in record.get("dates") or ():
        span = item.get("start") or ""
        if item.get("end") and item.get("end") != span:
            span = f"{span} to {item['end']}"
        found.append(_offset_mark(item, "dates", span))
    for item in record.get("statistics") or ():
        note = " ".join(str(v) for v in (item.get("value"), item.get("unit")) if v is not None)
        found.append(_offset_mark(item, "statistics", note))
    for item in record.get("locations") or ():
        note = ", ".join(v for v in (item.get("type"), item.get("country_code")) if v)
        found.extend(_name_marks(text, (item.get("name"),), "locations", note))
    for item in record.get("organizations") or ():
        names = (item.get("name"), item.get("acronym"))
        found.extend(_name_marks(text, names, "organizations", item.get("name") or ""))
    for item in record.get("speakers") or ():
        note = ", ".join(v for v in (item.get("title"), item.get("organization")) if v)
        found.extend(_name_marks(text, (item.get("name"),), "speakers", note))
    valid = [m for m in found if 0 <= m.start < m.end <= len(text)]
    return sorted(valid, key=lambda m: (m.start, -m.end, FIELDS.index(m.field)))


def _offset_mark(item: Mapping[str, Any], field: str, note: str) -> Mark:
    start, end = item.get("char_start"), item.get("char_end")
    if not isinstance(start, int) or not isinstance(end, int):
        return Mark(-1, -1, field)  # dropped by the range check
    return Mark(start, end, field, note)


def _name_marks(text: str, names: Sequence[str | None], field: str, note: str) -> list[Mark]:
    found = []
    for name in {n for n in names if n and n.strip()}:
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
        found.extend(Mark(m.start(), m.end(), field, note) for m in re.finditer(pattern, text))
    return found


def segments(text: str, spans: Sequence[Mark]) -> list[tuple[str, tuple[Mark, ...]]]:
    """`text` cut at every mark boundary, each piece with the marks covering it (FIELDS order)."""
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        covering = tuple(
            sorted(
                (m for m in spans if m.start <= start and end <= m.end),
                key=lambda m: FIELDS.index(m.field),
            )
        )
        pieces.append((text[start:end], covering))
    return pieces
