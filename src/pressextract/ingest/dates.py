"""Calendar dates as releases print them ("May 3, 2024", "1 May 2024", "02.01.2022"), to ISO."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources


@cache
def month_names() -> dict[str, int]:
    """Month name (lower case) -> month number, from data/ingest_months.json."""
    raw = resources.files("pressextract.data").joinpath("ingest_months.json").read_text("utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


@cache
def date_pattern() -> re.Pattern[str]:
    """One regex for every written date form ingest understands, with named groups."""
    names = sorted(month_names(), key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    weekday = r"(?:[A-Z][a-z]+day,?\s+)?"
    forms = [
        r"(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})(?!\d)"
        r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        rf"{weekday}(?P<mdy_m>{month})\.?\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>\d{{4}})",
        rf"(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?(?P<dmy_m>{month})\.?,?\s+(?P<dmy_y>\d{{4}})",
        r"(?P<num_d>\d{1,2})[./-](?P<num_m>\d{1,2})[./-](?P<num_y>\d{4})(?!\d)",
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(forms) + r")(?![\w])", re.IGNORECASE)


def iso_from_match(match: re.Match[str]) -> str | None:
    """The ISO date a `date_pattern()` match denotes, or None when it is not a real date."""
    g = match.groupdict()
    months = month_names()
    if g["iso_y"]:
        y, m, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
    elif g["mdy_y"]:
        y, m, d = int(g["mdy_y"]), months[g["mdy_m"].lower()], int(g["mdy_d"])
    elif g["dmy_y"]:
        y, m, d = int(g["dmy_y"]), months[g["dmy_m"].lower()], int(g["dmy_d"])
    else:
        y, first, second = int(g["num_y"]), int(g["num_d"]), int(g["num_m"])
        # Dotted and dashed dates are day-first (European); slashed ones are month-first
        # (US) unless the first number cannot be a month.
        separator = match.group(0)[len(g["num_d"])]
        d, m = (second, first) if separator == "/" and first <= 12 else (first, second)
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")  # the same digits as the date pattern's \d


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every valid written date in `text` as (start, end, ISO)."""
    # Every form holds a day or a year. Most lines asked hold no digit, and the date pattern,
    # which opens with a look-behind, is tried at each of their positions: the digit search
    # answers them at a fraction of the cost.
    if not _DIGIT.search(text):
        return []
    out = []
    for match in date_pattern().finditer(text):
        iso = iso_from_match(match)
        if iso:
            out.append((match.start(), match.end(), iso))
    return out


_DATE_LINE_PREFIX = re.compile(
    r"^(?:(?:published|posted|released?|issued|updated|date|dated|datum|veröffentlicht|publié"
    r"|stand|for immediate release|press release|news release|pressemitteilung|communiqué"
    r"|embargo(?:ed)?(?: until| till| to)?|under embargo until"
    r"|not for (?:release|publication) (?:before|until)"
    r"|on|am|le)\b\s*(?:on|am|le)?\s*[:|\-–—]?\s*)+",
    re.IGNORECASE,
)


_TIME_OF_DAY = re.compile(
    r"\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:hrs|h|[A-Z]{2,4}T?|UTC|GMT"
    r"|CET|CEST|EST|EDT|PST|PDT|ET|PT|BST)\b)?|\b\d{1,2}\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4}\b)?",
    re.I,
)


def date_line_iso(line: str) -> str | None:
    """The ISO date when `line` is a date line: a date with at most a short label around it."""
    stripped = line.strip(" \t*_#|")
    if not stripped or len(stripped) > 80:
        return None
    dates = find_dates(stripped)
    if not dates:
        return None
    start, end, iso = dates[0]
    rest = _DATE_LINE_PREFIX.sub("", stripped[:start]).strip() + " " + stripped[end:].strip()
    # A time of day ("00:01 GMT", "10:00 a.m. ET") says when, not what: it is not a word.
    rest = _TIME_OF_DAY.sub(" ", rest)
    rest = re.sub(r"\b\d+\s*min(?:ute)?s?\.? read\b", " ", rest, flags=re.I)  # "· 3 min read"
    rest = re.sub(r"^[\s,|:\-–—·•]+|[\s,|:\-–—.·•]+$", "", rest.strip())
    # Allow a short trailer such as a time or a byline ("| 10:30", "Admin |") but not a sentence.
    if len(rest.split()) <= 3:
        return iso
    return None


_LABELLED = re.compile(
    r"(?:\b(?:date|dated|released?|published|posted|issued|for immediate release|datum"
    r"|veröffentlicht)\b\s*(?:on)?\s*[:\-–—]?\s*|\b[A-Z][a-z]+day\b,?\s+)$",
    re.IGNORECASE,
)


def labelled_date(text: str) -> str | None:
    """The first date introduced by a label ("Date:", "Released") or a weekday, as ISO."""
    for match in date_pattern().finditer(text):
        iso = iso_from_match(match)
        written = match.group(0)
        # The weekday may be inside the match (it is part of the pattern) or just before it.
        if iso and (
            re.match(r"[A-Z][a-z]+day\b", written, re.I)
            or _LABELLED.search(text[max(0, match.start() - 40) : match.start()])
        ):
            return iso
    return None


@cache
def _yearless_pattern() -> re.Pattern[str]:
    names = sorted(month_names(), key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    return re.compile(
        rf"(?<!\w)(?:(?P<m1>{month})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?P<m2>{month})\.?)\s*$",
        re.IGNORECASE,
    )


def yearless_date(text: str, year: int) -> str | None:
    """ "WASHINGTON, May 3 —": the month and day closing `text`, in the given year, as ISO."""
    # The newswire's name may close the dateline: "July 22 /PRNewswire/ --", "(BUSINESS WIRE)".
    text = re.sub(r"(?:\s*(?:/[^/\n]{2,40}/|\([^()\n]{2,40}\))\s*[—–:-]*)+\s*$", "", text)
    match = _yearless_pattern().search(text.rstrip(" ,—–-:/"))
    if not match:
        return None
    month = month_names()[(match.group("m1") or match.group("m2")).lower()]
    day = int(match.group("d1") or match.group("d2"))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def year_from_mentions(dateline: str, text: str) -> str | None:
    """A year-less dateline's date in the year that puts it nearest a complete date of `text`.

    A release dated "July 22" that reports "the quarter ended July 3, 2004" is of 2004; one
    dated "January 8" that looks back on "December 31, 2024" is of 2025. None without dates.
    """
    mentioned = [dt.date.fromisoformat(iso) for _, _, iso in find_dates(text)]
    best: tuple[int, str] | None = None
    for year in sorted({d.year + step for d in mentioned for step in (-1, 0, 1)}):
        iso = yearless_date(dateline, year)
        if not iso:
            continue
        day = dt.date.fromisoformat(iso)
        distance = min(abs((day - d).days) for d in mentioned)
        if best is None or distance < best[0]:
            best = (distance, iso)
    return best[1] if best else None
