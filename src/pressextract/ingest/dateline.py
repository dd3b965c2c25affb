"""Datelines: the place (and date) that open a release's first paragraph.

Recognized shapes: "WASHINGTON, May 3, 2024 —", "LAGOS, Nigeria (Reuters) -",
"Brussels, 1 May 2024:", "CHICAGO —", "NEW YORK, NY /PRNewswire/ --",
"MOUNTAIN VIEW, Calif.–(BUSINESS WIRE)–", "(New York, January 3, 2024) –", "Miami (June 14, 2024)",
"May 3, 2024 (SAINT PAUL) –", "May 3, 2024 [Portland, Oregon] -", "Salem, OR - ",
"*Cambridge, MA*. ", "CONCORD, N.H., May 3, 2024...", an event before the place
("ExpoCon 2024, SAN JOSE, Calif. – May 3, 2024 –"), and a place and date alone on a line
("MUNICH, GERMANY, AND BASILDON, UK, 13 February 2025").
The dateline stays in the body text: analysts read the body as written.
"""

from __future__ import annotations

import re

from pressextract.ingest.dates import find_dates
from pressextract.resources.places import is_abbreviation, shipped_resolver
from pressextract.schema import Dateline

_AGENCY = r"(?:[—–-]*\s*\((?P<agency>[^()]{2,40})\)\s*[—–-]*|\s*/(?P<wire>[^/]{2,40})/)"
_SEP = r"(?P<sep>\s+-{1,2}\s*|\s*--\s*|\s*[—–]+\s*|\s*:\s+|\s*(?:\.{3}|…)\s*)"
_OPEN = re.compile(
    rf"^(?P<head>[^—–:()\n]{{2,90}}?)\s*{_AGENCY}?{_SEP}(?=\S)",
)
_PAREN = re.compile(r"^\((?P<head>[^()\n]{2,90})\)\s*(?:[—–]+|-{1,2}|:)?\s*")
_PLACE_THEN_PAREN_DATE = re.compile(
    r"^(?P<head>[^()\n]{2,60}?)\s*\((?P<date>[^()\n]{6,40})\)\s*(?:[—–]+|-{1,2}|:)?\s*"
)
# "May 3, 2024 (SAINT PAUL) –", "May 3, 2024 [Portland, Oregon] -": the date, then the place.
_DATE_THEN_PAREN_PLACE = re.compile(
    r"^(?P<date>[^()\[\]\n]{6,40}?)\s*[(\[](?P<head>[^()\[\]\n]{2,60})[)\]]"
    r"\s*(?:[—–]+|-{1,2}|:)\s*(?=\S)"
)
# "*Cambridge, MA*. A group of": a place set in italics or bold, closed by a period.
_EMPHASIZED = re.compile(r"^(?P<head>[^_*\n]{2,60}?)[_*]{1,2}\s*(?P<sep>[.:,]|--?|[—–])\s+(?=\S)")
# A venue or event before the place: "ExpoCon 2024, ", "TRADE SHOW (BOOTH 12), ".
_EVENT = re.compile(r"^[^,\n]{2,60}?(?:\d|\))[^,\n]{0,20},\s+(?=\S)")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Capitalized words that open sentences with a dash but are not places.
_NOT_PLACES = _word_set(
    "today yesterday tonight update updated note editor photo video watch breaking statement"
    " background summary correction press news media for release contact contacts"
)
_CONNECTORS = _word_set("de del la le les of on am an der du di da do y et and")


def find_dateline(
    paragraph: str, *, alone: bool = False, lead: bool = True
) -> tuple[Dateline, int] | None:
    """The dateline opening `paragraph` and where it ends, or None when there is none.

    With `alone`, a paragraph that is nothing but a place in capitals ("BAAR, SWITZERLAND"), or
    a place and a date ("MUNICH, GERMANY, 13 February 2025"), also counts: some pages set the
    dateline on its own line above the first paragraph. Without `lead` (a paragraph further
    down), a Title-case name before a dash is not taken for a place: it is a list item's name.
    """
    text = paragraph.lstrip("*_ ")
    offset = len(paragraph) - len(text)
    if alone:
        place = _caps_alone(text)
        if place:
            return place, len(paragraph)
    emphasized = offset > 0 and paragraph.lstrip()[:1] in "*_"
    found = _opening(text, emphasized=emphasized, lead=lead)
    if found is None:
        event = _EVENT.match(text)
        found = _opening(text[event.end() :], emphasized=False, lead=lead) if event else None
        if event and found and found[0].date:
            end = event.end() + found[1]
            found = Dateline(found[0].location, found[0].date, text[:end].strip()), end
        else:
            found = None
    if found is None and alone:
        place = _place_and_date_alone(text)
        return (place, len(paragraph)) if place else None
    if found is None:
        return None
    return found[0], offset + found[1]


def _caps_alone(text: str) -> Dateline | None:
    """A paragraph that is only a place in capitals ("BAAR, SWITZERLAND")."""
    place = text.rstrip(" \t*_—–-:")
    location = _clean_location(place) if place.upper() == place else None
    if location and len(location.split()) <= 5 and location.split()[0].lower() not in _NOT_PLACES:
        return Dateline(location=location, date=None, text=text.strip())
    return None


def _place_and_date_alone(text: str) -> Dateline | None:
    """A paragraph that is only a place and a full date ("MUNICH, GERMANY, 13 February 2025")."""
    line = text.rstrip(" \t*_")
    dates = find_dates(line)
    if not dates or dates[-1][1] != len(line) or dates[-1][0] == 0:
        return None
    head = line[: dates[-1][0]].rstrip(" ,")
    if re.search(r"[()\[\]/:;—–]|--|\s-|-\s", head):
        return None
    location = _clean_location(head)
    if location and len(location.split()) <= 8:
        return Dateline(location=location, date=dates[-1][2], text=text.strip())
    return None


def _opening(text: str, *, emphasized: bool, lead: bool) -> tuple[Dateline, int] | None:
    patterns = [_PAREN, _PLACE_THEN_PAREN_DATE, _DATE_THEN_PAREN_PLACE, _OPEN]
    if emphasized:
        patterns.insert(0, _EMPHASIZED)
    for pattern in patterns:
        match = pattern.match(text)
        if not match:
            continue
        parsed = _parse_head(match, whole=match.end() >= len(text.rstrip()), lead=lead)
        if parsed:
            location, date = parsed
            end = match.end()
            # The other half may follow the first separator: "LONDON — 3 March 2025 —",
            # "HOUSTON--(BUSINESS WIRE)--March 3, 2025--", "March 3, 2025 — NEW YORK —".
            more = _SECOND_PART.match(text, end)
            if more and date is None:
                found = find_dates(more.group("part"))
                if found and found[0][0] == 0 and found[0][1] == len(more.group("part")):
                    date, end = found[0][2], more.end()
            elif more and location is None and _caps_place(more.group("part")):
                location, end = more.group("part"), more.end()
            written = text[:end].strip()
            return Dateline(location=location, date=date, text=written), end
    return None


_SECOND_PART = re.compile(r"(?P<part>[^—–:()\n]{3,40}?)\s*(?:--|[—–]+|\s-|:)\s*(?=\S|$)")


def _caps_place(text: str) -> bool:
    location = _clean_location(text)
    return bool(location) and location.upper() == location and len(location.split()) <= 4


def _parse_head(
    match: re.Match[str], *, whole: bool, lead: bool = True
) -> tuple[str | None, str | None] | None:
    groups = match.groupdict()
    head = groups["head"].strip()
    date = None
    dates = find_dates(head)
    if groups.get("date"):
        paren_dates = find_dates(groups["date"])
        if not paren_dates or (
            match.re is _DATE_THEN_PAREN_PLACE and paren_dates[0][:2] != (0, len(groups["date"]))
        ):
            return None
        date = paren_dates[0][2]
    elif dates:
        start, end, date = dates[0]
        if head[end:].strip(" ,.") and not (start == 0 and head[end:].startswith(",")):
            return None  # words after the date: a sentence, not a dateline
        # "3 March 2025, Geneva –": the place may follow the date.
        head = head[:start] if head[:start].strip() else head[end:]
    location = _clean_location(head)
    if location is None:
        return None
    has_marker = bool(date or groups.get("agency") or groups.get("wire"))
    is_caps = location.upper() == location
    sep = (groups.get("sep") or "").strip()
    if not location:
        return (None, date) if date else None
    if sep in {"...", "…"} and not (date or is_caps):
        return None  # "Today... we" is a sentence
    if match.re is _EMPHASIZED:
        return (location, None) if location.split()[0].lower() not in _NOT_PLACES else None
    if not (has_marker or is_caps or match.re is _PAREN):
        if not lead or location.split()[0].lower() in _NOT_PLACES:
            return None
        # A Title-case place with only a dash: a real dash before a sentence ("Addis Ababa —
        # The"), or a hyphen after a state or country ("Salem, OR - The"); not "Cogeneration—also".
        rest = match.string[match.end() :]
        if not rest[:1].isupper() and rest[:1] not in "\"“‘'(0123456789":
            return None
        if sep in {"-", "--"} and not _has_region(location):
            return None
        if sep not in {"—", "–", "——", "-", "--"} or len(location.split()) > 3:
            return None
    if match.re is not _OPEN and not (date or whole or match.re is _PAREN):
        return None
    return location, date


def _has_region(location: str) -> bool:
    """ "Salem, OR", "Salem, Ore.", "Perth, Australia": a place qualified by a state or country."""
    segments = [s.strip() for s in location.split(",")]
    if len(segments) < 2:
        return False
    region = segments[-1]
    if is_abbreviation(region):
        return True
    return shipped_resolver().is_country_or_region(region)


_YEARLESS = re.compile(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Z][a-z]{2,8}\.?)\s*$")


def _clean_location(head: str) -> str | None:
    """The place named in a dateline head, "" when there is none, None when it is not a place."""
    head = _YEARLESS.sub("", head.strip())  # "WASHINGTON, May 3": the year comes from elsewhere
    head = re.sub(r"\b(?:[A-Z][a-z]+day)\s*,?\s*$", "", head.strip())  # trailing weekday
    head = head.strip(" ,;")
    head = re.sub(r"(?:,\s*|\s+)(?:le|den|am|el|il)$", "", head)  # "Paris, le 3 mars"
    if not head:
        return ""
    segments = [s.strip() for s in head.split(",") if s.strip()]
    words = [w for s in segments for w in re.split(r"[\s/]+", s) if w]
    if not words or len(words) > 8 or len(segments) > 4 or re.search(r"\d", head):
        return None
    for word in words:
        if word.lower() in _CONNECTORS:
            continue
        if not (word[0].isupper() or word[0] in "'’"):
            return None
    return head
