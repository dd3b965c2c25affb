"""Page furniture and notation the model tags ORG: no organization the release is about.

- an exchange in a ticker symbol: "(NYSE: ABC)" names a listing;
- the newswire of a dateline: "May 3, 2025 (GLOBE NEWSWIRE) --", "/PRNewswire/";
- a time zone after a clock time: "at 16:00 UTC", "9 a.m. EST";
- a currency code after an amount: "(AUD)" (`currency_codes` reads the table).

Used by org_filter.py.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

_LISTING = {"nyse", "nasdaq", "amex", "lse", "tsx", "asx", "otc", "otcqb", "otcqx"}


def currency_codes(tsv: str) -> frozenset[str]:
    """The ISO 4217 codes (second column) of a currencies table."""
    codes = set()
    for line in tsv.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#") and cells[1].isupper():
            codes.add(cells[1].strip())
    return frozenset(codes)


def ticker_listing(span: Span) -> bool:
    """ "(NYSE: ABC)", "(NASDAQ/NMS:ROAC)": an exchange in a ticker symbol."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text != "(":
        return False
    if span[0].lower_ not in _LISTING:
        return False
    after = doc[span.end].text if span.end < len(doc) else ""
    return ":" in span.text or after.startswith(":")


# "16:00", "9.30", "0800" (24-hour, four digits), "a.m.", "noon": the end of a clock time.
_CLOCK = re.compile(
    r"^(?:\d{1,2}[:.]\d\d|[01]\d[0-5]\d|2[0-3][0-5]\d|[ap]\.?m\.?|noon|midnight)$", re.I
)


def time_zone(span: Span) -> bool:
    """ "at 16:00 UTC", "0800 GMT", "9 a.m. EST": a time zone's abbreviation (dateparser's
    table) right after a clock time. Alone it may be an organization's acronym (ACT, CAT)."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or span.text not in time_zone_abbreviations():
        return False
    return bool(_CLOCK.match(doc[span.start - 1].text))


@cache
def time_zone_abbreviations() -> frozenset[str]:
    """The time zone abbreviations dateparser knows ("UTC", "EST", "CEST", ...)."""
    from dateparser.timezones import timezone_info_list

    return frozenset(name for group in timezone_info_list for name, _ in group["timezones"])


_WIRE = re.compile(r"(?i)newswire|\bwire\b|marketwired|accesswire")


def dateline_wire(span: Span) -> bool:
    """ "(GLOBE NEWSWIRE)", "/PRNewswire-FirstCall/": a newswire in brackets or slashes."""
    doc = span.doc
    if not _WIRE.search(span.text):
        return False
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    slashed = span.text.startswith("/") or before.endswith("/")
    return (before == "(" and after.startswith(")")) or slashed
