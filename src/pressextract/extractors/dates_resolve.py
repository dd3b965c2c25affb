"""Turn a RawDate into ISO start/end at the precision written, using the publication date.

The publication date (or the dateline's) is the only clock: "yesterday", "last March" and the year
of "22 April" are read against it, never against today. Which year a month or day without one
belongs to follows the tense of its sentence: past tense -> the latest such date on or before the
release, future -> the earliest on or after it, otherwise the nearest one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from pressextract.extractors.dates_grammar import RawDate

RECENT_DAYS = 60


@dataclass(frozen=True)
class Resolved:
    """ISO start/end and the granularity of one date expression."""

    start: str
    end: str
    granularity: str


def iso_day(day: dt.date) -> str:
    """YYYY-MM-DD."""
    return day.isoformat()


def iso_month(year: int, month: int) -> str:
    """YYYY-MM."""
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) `delta` months away."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _pick(candidates: list[tuple], base: tuple, tense: str | None) -> tuple | None:
    """Choose among candidate dates (comparable tuples) by tense relative to the base."""
    if not candidates:
        return None
    if tense == "past":
        past = [c for c in candidates if c <= base]
        if past:
            return max(past)
    elif tense == "recent":
        # Past tense against a date read from the text: the release is no older than that date
        # and rarely much newer, so a past event lies at most RECENT_DAYS after it.
        near = [c for c in candidates if _ordinal(c) <= _ordinal(base) + RECENT_DAYS]
        candidates = near or candidates
    elif tense == "future":
        future = [c for c in candidates if c >= base]
        if future:
            return min(future)
    return min(candidates, key=lambda c: (abs(_ordinal(c) - _ordinal(base)), c > base))


def _ordinal(value: tuple) -> int:
    if len(value) == 3:
        return dt.date(*value).toordinal()
    return (value[0] * 12 + value[1]) * 30


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_day(
    month: int, day: int, weekday: int | None, base: dt.date, tense: str | None
) -> dt.date | None:
    """The date of "22 April" (optionally "Tuesday, 22 April") nearest the release by tense."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        date = _safe_date(year, month, day)
        if date and (weekday is None or date.weekday() == weekday):
            options.append((date.year, date.month, date.day))
    if not options and weekday is not None:
        return infer_day(month, day, None, base, tense)
    chosen = _pick(options, (base.year, base.month, base.day), tense)
    return dt.date(*chosen) if chosen else None


def infer_month(month: int, base: dt.date, tense: str | None, relation: str | None) -> tuple:
    """(year, month) of "in February" / "last March" / "next June" relative to the release."""
    here = (base.year, base.month)
    options = [(y, month) for y in (base.year - 1, base.year, base.year + 1)]
    if relation == "this":
        return (base.year, month)
    if relation == "last":
        return max(o for o in options if o < here)
    if relation == "next":
        return min(o for o in options if o > here)
    return _pick(options, here, tense)


def resolve_weekday(
    raw: RawDate, base: dt.date, tense: str | None, anchor: tuple[dt.date, dt.date] | None
) -> dt.date:
    """The day of "Monday", "last Tuesday", "on the Thursday" (of an event already dated)."""
    target = raw.weekday or 0
    if raw.relation is None and anchor is not None:
        first, last = anchor
        day = first
        while day <= last:
            if day.weekday() == target:
                return day
            day += dt.timedelta(days=1)
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    if raw.relation == "last":
        return base - dt.timedelta(days=back or 7)
    if raw.relation == "next":
        return base + dt.timedelta(days=ahead or 7)
    if raw.relation == "this":
        return base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=target)
    # "takes place on Saturday": a weekday in the present tense is the coming one.
    if tense in ("future", "present") or (tense is None and ahead < back):
        return base + dt.timedelta(days=ahead)
    return base - dt.timedelta(days=back)


def _quarter(year: int, number: int, kind: str) -> Resolved:
    months = 3 if kind == "quarter" else 6
    first = (number - 1) * months + 1
    return Resolved(iso_month(year, first), iso_month(year, first + months - 1), kind)


def _fiscal_quarter(year: int, number: int, shift: int) -> Resolved:
    """Quarter `number` of fiscal `year`, `shift` months off the calendar's."""
    first = shift_month(year, (number - 1) * 3 + 1, shift)
    last = shift_month(*first, 2)
    return Resolved(iso_month(*first), iso_month(*last), "quarter")


def fiscal_calendar(raws: list[RawDate], text: str) -> int:
    """Months between the release's fiscal quarters and calendar ones, read from a fiscal
    quarter the text dates ("its fiscal 2024 first quarter ended December 30, 2023" -> -3);
    0 when it dates none. A quarter that ends in a month's first week (52/53-week years:
    "ended July 3, 2004") ends with the month before."""
    for quarter, following in pairwise(raws):
        if not (quarter.kind == "quarter" and quarter.fiscal and quarter.year):
            continue
        gap = text[quarter.char_end : following.char_start]
        if following.kind != "date" or not following.day or not following.year:
            continue
        if not re.fullmatch(r"\s*,?\s*(?:ended|ending)(?:\s+on)?\s*", gap):
            continue
        end_year, end_month = following.year, following.month or 1
        if following.day <= 7:
            end_year, end_month = shift_month(end_year, end_month, -1)
        start = (end_year * 12 + end_month - 1) - 2
        calendar = quarter.year * 12 + (quarter.amount - 1) * 3
        shift = start - calendar
        return shift if abs(shift) < 12 else 0
    return 0


def _period_year(raw: RawDate, base: dt.date | None, tense: str | None) -> int | None:
    """The year of a quarter or half written without one."""
    if raw.year:
        return raw.year
    if base is None:
        return None
    if raw.relation:
        return base.year + {"this": 0, "last": -1, "next": 1}[raw.relation]
    size = 3 if raw.kind == "quarter" else 6
    current = (base.month - 1) // size + 1
    if tense == "past" and raw.amount > current:
        return base.year - 1
    if tense == "future" and raw.amount < current:
        return base.year + 1
    return base.year


def _month_quarter(raw: RawDate, base: dt.date | None, tense: str | None) -> Resolved | None:
    """The three months that end in the month of "the December quarter" (any calendar)."""
    if raw.year:
        end = (raw.year, raw.month or 12)
    elif base is None:
        return None
    else:
        end = infer_month(raw.month or 12, base, tense, None)
    return Resolved(iso_month(*shift_month(*end, -2)), iso_month(*end), "quarter")


def _week(day: dt.date) -> Resolved:
    monday = day - dt.timedelta(days=day.weekday())
    return Resolved(iso_day(monday), iso_day(monday + dt.timedelta(days=6)), "week")


def resolve(
    raw: RawDate,
    base: dt.date | None,
    tense: str | None = None,
    anchor: tuple[dt.date, dt.date] | None = None,
    weeks: bool = False,
    fiscal_shift: int = 0,
) -> Resolved | None:
    """ISO start/end of one expression, or None when the text and the base cannot settle it.
    `fiscal_shift`: months from a calendar quarter to the same quarter of the release's fiscal
    year (-3 when fiscal 2024 begins in October 2023; see `fiscal_calendar`)."""
    kind = raw.kind
    if kind == "quarter" and raw.month:
        return _month_quarter(raw, base, tense)
    if kind == "quarter" and raw.year and fiscal_shift:
        return _fiscal_quarter(raw.year, raw.amount, fiscal_shift)
    if kind in ("quarter", "half"):
        year = _period_year(raw, base, tense)
        return _quarter(year, raw.amount, kind) if year else None
    if kind == "decade":
        return Resolved(f"{raw.year:04d}", f"{raw.year2:04d}", "decade")
    if kind in ("date", "range"):
        year = raw.year
        if year is None and raw.year_shift is not None:  # "5 March last year"
            if base is None:
                return None
            year = base.year + raw.year_shift
        first = _resolve_point(year, raw.month, raw.day, raw.weekday, raw.relation, base,
                               tense)  # fmt: skip
        if first is None:
            return None
        if kind == "date":
            return Resolved(first[0], first[0], first[1])
        year2 = raw.year2 or (int(first[0][:4]) if raw.month2 else None)
        second = _resolve_point(year2, raw.month2, raw.day2, None, None, base, tense)
        if second is None or second[0] < first[0]:
            return None
        return Resolved(first[0], second[0], first[1])
    if base is None:
        return None  # relative expressions need a publication date; never "now"
    if kind == "deictic":
        day = iso_day(base + dt.timedelta(days=raw.amount))
        return Resolved(day, day, "day")
    if kind == "point":
        return _point(raw, base, tense)
    if kind == "weekday":
        first = resolve_weekday(raw, base, tense, anchor)
        last = first
        if raw.weekday2 is not None:  # "Saturday and Sunday": the days from one to the other
            last = first + dt.timedelta(days=(raw.weekday2 - first.weekday()) % 7)
        return Resolved(iso_day(first), iso_day(last), "day")
    shift = {"this": 0, "last": -1, "next": 1}.get(raw.relation or "", 0)
    if kind == "ago":
        shift, raw_unit = -raw.amount, raw.unit
    else:
        raw_unit = raw.unit
    if raw_unit == "season":
        year = f"{_season_year(raw.relation, raw.amount, base):04d}"
        return Resolved(year, year, "year")
    if raw_unit == "year":
        year = f"{base.year + shift:04d}"
        return Resolved(year, year, "year")
    if raw_unit == "month":
        month = iso_month(*shift_month(base.year, base.month, shift))
        return Resolved(month, month, "month")
    if raw_unit == "quarter":
        year, month = shift_month(base.year, base.month, 3 * shift)
        return _quarter(year, (month - 1) // 3 + 1, "quarter")
    if raw_unit == "day" and kind == "ago":
        day = iso_day(base + dt.timedelta(days=shift))
        return Resolved(day, day, "day")
    if raw_unit == "week" and weeks:
        return _week(base + dt.timedelta(days=7 * shift))
    return None


def _point(raw: RawDate, base: dt.date, tense: str | None) -> Resolved:
    """The year (month) of "the end of the year", "at year end": the release's own, unless a
    past-tense clause puts it before the release ("debt was $5 billion at year end" in July ->
    the year before)."""
    if raw.unit == "year":
        point = ((1, 1), (7, 1), (12, 31))[raw.amount]
        year = base.year - 1 if tense == "past" and point > (base.month, base.day) else base.year
        return Resolved(f"{year:04d}", f"{year:04d}", "year")
    last_day = (dt.date(*shift_month(base.year, base.month, 1), 1) - dt.timedelta(days=1)).day
    day = (1, 15, last_day)[raw.amount]
    back = -1 if tense == "past" and day > base.day else 0
    month = iso_month(*shift_month(base.year, base.month, back))
    return Resolved(month, month, "month")


def _season_year(relation: str | None, first_month: int, base: dt.date) -> int:
    """The year of "last summer" / "next spring" / "this autumn" seen from the release."""
    if relation == "last":  # the latest such season already over
        return base.year if first_month + 2 < base.month else base.year - 1
    if relation == "next":  # the first such season not yet begun
        return base.year if first_month > base.month else base.year + 1
    return base.year


def _resolve_point(
    year: int | None,
    month: int | None,
    day: int | None,
    weekday: int | None,
    relation: str | None,
    base: dt.date | None,
    tense: str | None,
) -> tuple[str, str] | None:
    """(ISO value, granularity) of a year / month / day, inferring a missing year."""
    if month is None:
        return (f"{year:04d}", "year") if year else None
    if day is None:
        if year is None:
            if base is None:
                return None
            year, month = infer_month(month, base, tense, relation)
        return iso_month(year, month), "month"
    if year is None:
        if base is None:
            return None
        date = infer_day(month, day, weekday, base, tense)
    else:
        date = _safe_date(year, month, day)
    return (iso_day(date), "day") if date else None


@dataclass(frozen=True)
class TextAnchor:
    """The date a release without a publication date is read against, taken from its text."""

    day: dt.date
    written: str  # the anchor as the warning names it: "2024-03-12", or "2025-06" for a month
    source: str  # what it is: "the latest complete date in the text", ...
    one_year: bool  # every complete date (month) of the text lies in the anchor's year


def text_anchor(raws: list[RawDate]) -> TextAnchor | None:
    """The latest complete date the text writes ("On March 12, 2024"): the clock for year-less
    dates when the release prints no publication date (the release is no older than it).
    Without one, the last day of the latest month written with its year ("in June 2025")."""
    days: list[dt.date] = []
    years: set[int] = set()
    for raw in raws:
        if raw.kind in ("date", "range") and raw.year and raw.month and raw.day:
            years |= {raw.year, raw.year2 or raw.year}
            last = raw.day2 if raw.kind == "range" and raw.day2 and not raw.year2 else raw.day
            day = _safe_date(raw.year, raw.month2 or raw.month, last) or _safe_date(
                raw.year, raw.month, raw.day
            )
            if day is not None:
                days.append(day)
    if days:
        latest = max(days)
        return TextAnchor(latest, latest.isoformat(), "the latest complete date in the text",
                          years == {latest.year})  # fmt: skip
    dated = [r for r in raws if r.kind in ("date", "range") and r.year and r.month]
    if not dated:
        return None
    year, month = max((r.year2 or r.year, r.month2 or r.month) for r in dated)
    last_day = dt.date(*shift_month(year, month, 1), 1) - dt.timedelta(days=1)
    one_year = {y for r in dated for y in (r.year, r.year2 or r.year)} == {year}
    return TextAnchor(last_day, iso_month(year, month), "the latest month the text dates",
                      one_year)  # fmt: skip
