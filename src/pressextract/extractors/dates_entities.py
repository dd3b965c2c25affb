"""DATE entities of the model that the date grammar did not see, normalized with dateparser
against the release's own date (never "now")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from pressextract.extractors.dates_resolve import Resolved
from pressextract.schema import DateMention

_DURATION_RE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|old|age|"
    r"annual|annually|daily|weekly|monthly|yearly|recent|past|future|ahead|now|currently)\b",
    re.IGNORECASE,
)


def entity_dates(
    doc: Doc, taken: list[tuple[int, int]], base: dt.date | None
) -> list[DateMention]:
    """DATE entities the grammar did not see at all, normalized by dateparser (release date)."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        words = re.sub(r"\b(?:and|or|to|from|between|through)\b", "", ent.text, flags=re.I)
        if _DURATION_RE.search(ent.text) or not re.search(r"[A-Za-z]{3}", words):
            continue  # durations, ages and bare numbers ("Jane Doe, 44", "aged 15 and 16")
        resolved = dateparser_resolve(ent, base)
        if resolved is not None:
            out.append(
                DateMention(
                    ent.text,
                    resolved.start,
                    resolved.end,
                    ent.start_char,
                    ent.end_char,
                    resolved.granularity,
                )
            )
    return out


def dateparser_resolve(ent: Span, base: dt.date | None) -> Resolved | None:
    """Normalize one entity text with dateparser (RELATIVE_BASE = the release date)."""
    if base is None:
        return None
    parser = _date_parser(base.isoformat())
    data = parser.get_date_data(ent.text)
    if data is None or data.date_obj is None:
        return None
    when = data.date_obj
    period = data.period or "day"
    if period == "year":
        value = f"{when.year:04d}"
    elif period == "month":
        value = f"{when.year:04d}-{when.month:02d}"
    elif period == "day":
        value = when.date().isoformat()
    else:
        return None
    return Resolved(value, value, period)


@lru_cache(maxsize=64)
def _date_parser(base_iso: str):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    base = dt.datetime.fromisoformat(base_iso)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False,
                "RETURN_TIME_AS_PERIOD": True}  # fmt: skip
    return DateDataParser(languages=["en"], settings=settings)
