"""Patterns for the date expressions of news text, and what each match says before resolution.

A `RawDate` keeps the parts the text gives (year, month, day, weekday, quarter, relative shift);
`dates_resolve.py` fills in what the text leaves to the reader (the year of "22 April", the day of
"last Tuesday") from the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,  # "the final quarter"
    "last": 4,  # "the last quarter of 2009" (before "of YEAR" only: "last quarter" is relative)
}

_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MON = rf"(?:{_FULL_MONTH}|{_ABBR_MONTH})"
_FULL_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WD = rf"(?:{_FULL_WD}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
_MOD = (
    # "end-2026" (wire style) beside "the end of 2026"
    r"(?:earlier|later|early|late|mid|(?<!\w)end(?=-)|(?:the\s+)?end\s+of"
    r"|the\s+(?:beginning|start|middle)\s+of)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d%])"
_SEP = r"\s*(?:-|–|—|to|until|till|through|thru)\s*"
_AND = r"\s*(?:and|&)\s*"
# The days between the first and the last of a list: "March 17, 18 and 19".
_DAY_LIST = rf"(?:,\s*{DAY})+,?{_AND}"
_N = r"(?i:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a few)"
_UNIT = r"(?:day|week|month|year|decade)s?"
_DAYTIME = r"(?:morning|afternoon|evening|night)"
# Letters glued to a bare four-digit number make it a measure or a code ("2000mg", "1800W",
# "1998cc", "2024X"), except one letter closing a citation year ("Barlow et al. (2011b)") or an
# "s" that lost its apostrophe ("2018s best year").
_GLUED = r"(?![a-fs](?![^\W_]))[^\W\d_]"
# Between a quarter or half and its four-digit year in tables and filings: "Q2-2023", "H1/2024".
_PERIOD_SEP = r"\s?[-–/]\s?"

# "the first of July": days written as ordinal words.
ORDINAL_DAYS = {
    w: i + 1
    for i, w in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
         "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
         "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first")
    )
}
_ORDINAL_DAY = "(?i:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + ")"

# One alternation, longest forms first; every named group is read by `_raw_from_match`. A weekday
# stands alone only written in full: "Sun." or "Sat." alone is an abbreviation of something else
# ("at Sun."); "Sat., June 3" is a date. The lookahead in front is only for speed: every
# alternative starts with a digit, a quotation mark or one of these words or word beginnings (in
# either case: a superset of the alternatives' own starts), so the engine skips every other
# position at once instead of trying each alternative there (same matches; the inside of most
# words, where a one-letter test let the engine in, no longer does).
_START_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun", "the", "fi", "fy", "cy", "q[1-4]", "h[12]", "first",
    "second", "third", "fourth", "final", "last", r"an?\s", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "earl", "late", "mid", "end",
    "this", "next", "beginning", "start", "middle", "at", "by", "before", "until", "till",
    "through", "of", "today", "yesterday", "tomorrow",
)  # fmt: skip
# What a case-insensitive first letter matches besides its two ASCII cases ("ſ", the long s;
# "\u212a", the Kelvin sign).
_FOLDS = {"s": "ſ", "k": "\u212a"}


def _start_lookahead(words: tuple[str, ...]) -> str:
    """`(?=[\\d'’]|(?i:WORD|WORD|...))`, written so the engine rejects a position fast.

    The same positions pass. Case-insensitive words each make the engine enter an alternative
    at every position of the text (about two thirds of DATE_RE's time); grouped by first letter
    behind a plain character class ("[Jj](?i:an|un|ul)"), each group is passed over by one
    character test where its letter is not. In front, one class of every first character: most
    positions (spaces, punctuation, other letters) fail that one test, not one per group.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    firsts = {
        f"{first.upper()}{first}{_FOLDS.get(first, '')}": rest for first, rest in groups.items()
    }
    alternatives = [r"[\d'’]"] + [
        f"[{letters}](?i:{'|'.join(rest)})" for letters, rest in firsts.items()
    ]
    return f"(?=[\\d'’{''.join(firsts)}])(?=" + "|".join(alternatives) + ")"


_STARTS = _start_lookahead(_START_WORDS)
DATE_RE = re.compile(
    rf"""
    {_STARTS}(?:
    (?P<dayrange>(?:(?P<dr_wd>{WD}),?\s+)?(?:the\s+)?(?P<dr_d1>{DAY})
        (?P<dr_mid>{_DAY_LIST}|{_SEP}|{_AND})(?:{WD},?\s+)?
        (?P<dr_d2>{DAY})(?:\s+of)?\s+(?P<dr_m>{MON})(?:,?\s+(?P<dr_y>{YEAR}))?)
  | (?P<mdrange>(?P<mr_m>{MON})\s+(?P<mr_d1>{DAY})(?P<mr_mid>{_DAY_LIST}|{_SEP}|{_AND})
        (?P<mr_d2>{DAY})
        (?:,?\s+(?P<mr_y>{YEAR}))?)
  | (?P<ordday>the\s+(?P<od_d>{_ORDINAL_DAY})\s+of\s+(?P<od_m>{MON})(?:,?\s+(?P<od_y>{YEAR}))?)
  | (?P<dmy>(?:(?P<a_wd>{WD})(?:\s+{_DAYTIME})?,?\s+)?(?:the\s+)?(?P<a_d>{DAY})(?:\s+of)?
        (?:\s+|(?<=st|nd|rd|th))(?P<a_m>{MON})
        (?:,?\s+(?P<a_y>{YEAR}))?)
  | (?P<mdy>(?:(?P<b_wd>{WD})(?:\s+{_DAYTIME})?,?\s+)?(?P<b_m>{MON})\s+(?P<b_d>{DAY})
        (?:,?\s+(?P<b_y>{YEAR}))?)
  | (?P<monquarter>(?P<mq_m>{_FULL_MONTH})(?:\s+(?P<mq_y>{YEAR}))?[\s-]quarter(?!\w))
  | (?P<monrange>(?P<mo_m1>{MON})\s?(?:-|–|—|/)\s?(?P<mo_m2>{MON}),?\s+(?P<mo_y>{YEAR}))
  | (?P<my>(?P<c_m>{MON}),?\s+(?:of\s+)?(?P<c_y>{YEAR}))
  | (?P<iso>(?P<i_y>{YEAR})-(?P<i_m>[01]\d)-(?P<i_d>[0-3]\d)(?!\d))
  | (?P<numeric>(?<![\d/.])(?P<n_a>[0-3]?\d)(?P<n_sep>[/.])(?P<n_b>[0-3]?\d)(?P=n_sep)
        (?P<n_y>{YEAR}|\d\d)(?![\d/]))
  | (?P<yquarter>(?<![\w.,/-])(?P<yq_y>{YEAR})\s?[-–/]?\s?
        (?:Q(?P<yq_q>[1-4])|H(?P<yq_h>[12]))(?!\w))
  | (?P<fquarter>(?:[Ff]iscal(?:\s+[Yy]ear)?|FY)\s?(?P<fq_y>{YEAR})\s+
        (?P<fq_ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?!\w))
  | (?P<quarter>(?:(?:the\s+)?(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th|final
        |last(?=[\s-]quarter\s+of\s+{YEAR}))[\s-]quarter
        |Q(?P<q_n>[1-4])|(?<!\w)(?P<q_n2>[1-4])Q)(?:\s+(?:of\s+)?(?:(?:the\s+)?(?P<q_rel>this|last|next)\s+year
        |(?P<q_fy>FY\s?|fiscal\s+(?:year\s+)?)?(?P<q_y>{YEAR})|FY\s?['’]?(?P<q_fy2>\d\d)(?!\d))
        |{_PERIOD_SEP}(?P<q_y3>{YEAR})|['’]?(?P<q_y2>\d\d)(?!\d))?(?!\w))
  | (?P<half>(?:(?:the\s+)?(?P<h_ord>first|second)[\s-]half|H(?P<h_n>[12])|(?<!\w)(?P<h_n2>[12])H)
        (?:\s+(?:of\s+)?(?:(?:the\s+)?(?P<h_rel>this|last|next)\s+year|(?P<h_y>{YEAR}))
        |{_PERIOD_SEP}(?P<h_y3>{YEAR})|['’]?(?P<h_y2>\d\d)(?!\d))?(?!\w))
  | (?P<fiscal>(?:FY|(?<![A-Za-z])CY|[Ff]iscal\s+[Yy]ear|[Ff]iscal)\s?(?P<f_y>{YEAR}|'?\d\d(?!\d))
        (?:[/\-–](?P<f_y2>\d\d|{YEAR})(?!\d))?)
  | (?P<decade>(?:the\s+)?(?:(?P<dc_y>1[6-9]\d0|20\d0)['’]?s|(?<!\w)['’](?P<dc_2>[013-9]0)s)\b)
  | (?P<yearrange>(?<![\w.,])(?P<yr_y1>{YEAR})\s*(?:-|–|—|/)\s*(?P<yr_y2>{YEAR}|\d\d(?!\d)))
  | (?P<ago>(?P<ag_n>{_N})\s+(?P<ag_u>{_UNIT})\s+ago)
  | (?P<relyear>(?:(?P<ry_mod>(?i:{_MOD}))[\s-]+)?
        (?P<ry_rel>(?i:this|last|next))\s+(?:fiscal\s+)?(?P<ry_u>week|month|year|quarter))
  | (?P<periodend>(?i:(?:the\s+)?(?P<pe_at>end|beginning|start|middle)\s+of\s+(?:the\s+)?
        (?P<pe_u>year|month)\b|(?:at|by|before|until|till|through|of)\s+(?P<pe_ye>year)[\s-]end\b)
        (?![\s-]+(?:of\s+)?{YEAR}))
  | (?P<relnamed>(?P<rn_rel>(?i:this|last|next|this\s+past|this\s+coming))\s+
        (?:(?P<rn_wd>{WD})|(?P<rn_m>{_FULL_MONTH})))
  | (?P<season>(?P<se_rel>(?i:this|last|next|this\s+past|this\s+coming))\s+
        (?P<se_s>(?i:spring|summer|autumn|fall))\b)
  | (?P<deictic>\b(?i:today|yesterday|tomorrow)\b)
  | (?P<modyear>(?P<my_mod>{_MOD})[\s-]+(?P<my_y>{YEAR})(?!['’]?s\b))
  | (?P<wdrange>(?P<wr_wd1>{WD})\s*(?:and|&|to|through|-|–)\s*(?P<wr_wd2>{WD}))
  | (?P<weekday>(?P<w_wd>{_FULL_WD}))
  | (?P<month>(?P<m_m>{_FULL_MONTH}))
  | (?P<year>(?<![\w,.$€£/#\-])(?<!\d:)(?P<y_y>{YEAR})
        (?!{_GLUED}|-\d|\.\d|,\d|\s*(?:%|per\s*cent|percent)))
    )""",
    re.VERBOSE,
)
# Where in its year (month) a point such as "the end of the year" falls: 0 start, 1 middle, 2 end.
_POINTS = {"beginning": 0, "start": 0, "middle": 1, "end": 2}
NUMBER_WORDS = {
    "a": 1, "an": 1, "a few": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


@dataclass
class RawDate:
    """What one date expression says, before the publication date fills the gaps."""

    kind: str  # date | range | quarter | half | decade | relative | point | weekday | ago | deictic
    char_start: int
    char_end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    relation: str | None = None  # this | last | next (relative forms)
    unit: str | None = None  # week | month | year | quarter (relative forms)
    amount: int = 0  # "3 years ago" -> 3; quarter/half number
    bare: bool = False  # a month or year written alone (needs context to count as a date)
    fiscal: bool = False  # a quarter of a fiscal year ("its fiscal 2024 first quarter")
    weekday2: int | None = None  # "Saturday and Sunday": the range's last day
    year_shift: int | None = None  # "5 March last year": the year, counted from the release's


def month_number(text: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[text.rstrip(".").lower()]


def two_digit_year(text: str, century_from: int) -> int:
    """'24 -> 2024, given the century of a nearby four-digit year."""
    return century_from // 100 * 100 + int(text.lstrip("'"))


def _int(value: str | None) -> int | None:
    return int(re.sub(r"\D", "", value)) if value else None


def dates_of_match(m: re.Match[str], day_first: bool) -> list[RawDate]:
    """The RawDates of one DATE_RE match: one, none, or one per day of a list of days that
    does not run day by day ("March 3, 10 and 17": three dates; "March 17, 18 and 19": one
    range, as "March 17 and 18" is)."""
    for prefix, group in (("dr", "dayrange"), ("mr", "mdrange")):
        if not m.group(group) or not re.search(r"\d", m.group(f"{prefix}_mid")):
            continue
        mid = m.start(f"{prefix}_mid")
        spans = [
            (m.start(f"{prefix}_d1"), m.end(f"{prefix}_d1")),
            *((mid + d.start(), mid + d.end()) for d in _DAY_RE.finditer(m.group(f"{prefix}_mid"))),
            (m.start(f"{prefix}_d2"), m.end(f"{prefix}_d2")),
        ]
        days = [_int(m.string[a:b]) or 0 for a, b in spans]
        if all(b == a + 1 for a, b in pairwise(days)):
            break
        # The first day's span opens the match ("March 3"), the last one's closes it
        # ("17 March 2026").
        spans[0], spans[-1] = (m.start(), spans[0][1]), (spans[-1][0], m.end())
        year, month = _int(m.group(f"{prefix}_y")), month_number(m.group(f"{prefix}_m"))
        return [
            RawDate("date", a, b, year, month, day)
            for (a, b), day in zip(spans, days, strict=True)
        ]
    raw = raw_from_match(m, day_first)
    return [raw] if raw is not None else []


_DAY_RE = re.compile(r"\d+(?:st|nd|rd|th)?")


def raw_from_match(m: re.Match[str], day_first: bool) -> RawDate | None:
    """The RawDate of one DATE_RE match (None for a match that cannot be a date)."""
    g = m.groupdict()
    span = (m.start(), m.end())
    wd = g.get("dr_wd") or g.get("a_wd") or g.get("b_wd")
    weekday = WEEKDAYS[wd.rstrip(".").lower()] if wd else None
    if g["dayrange"]:
        month = month_number(g["dr_m"])
        year = _int(g["dr_y"])
        return RawDate("range", *span, year, month, _int(g["dr_d1"]), weekday, year, month,
                       _int(g["dr_d2"]))  # fmt: skip
    if g["mdrange"]:
        month = month_number(g["mr_m"])
        year = _int(g["mr_y"])
        return RawDate("range", *span, year, month, _int(g["mr_d1"]), None, year, month,
                       _int(g["mr_d2"]))  # fmt: skip
    if g["ordday"]:
        return RawDate("date", *span, _int(g["od_y"]), month_number(g["od_m"]),
                       ORDINAL_DAYS[g["od_d"].lower()])  # fmt: skip
    if g["dmy"]:
        return RawDate("date", *span, _int(g["a_y"]), month_number(g["a_m"]), _int(g["a_d"]),
                       weekday)  # fmt: skip
    if g["mdy"]:
        return RawDate("date", *span, _int(g["b_y"]), month_number(g["b_m"]), _int(g["b_d"]),
                       weekday)  # fmt: skip
    if g["monquarter"]:  # "the December quarter": the three months that end in December
        return RawDate("quarter", *span, _int(g["mq_y"]), month_number(g["mq_m"]))
    if g["monrange"]:  # "Apr–Jun 2024": months written short, one year for both
        first, last = month_number(g["mo_m1"]), month_number(g["mo_m2"])
        year = int(g["mo_y"])
        if last <= first:
            return RawDate("date", m.start("mo_m2"), m.end(), year, last)
        return RawDate("range", *span, year, first, year2=year, month2=last)
    if g["my"]:
        return RawDate("date", *span, _int(g["c_y"]), month_number(g["c_m"]))
    if g["iso"]:
        return RawDate("date", *span, int(g["i_y"]), int(g["i_m"]), int(g["i_d"]))
    if g["numeric"]:
        a, b = int(g["n_a"]), int(g["n_b"])
        # Dots are a European style ("20.05.2025"): day first whatever the release's habit.
        day, month = (a, b) if day_first or g["n_sep"] == "." else (b, a)
        if month > 12 and day <= 12:
            day, month = month, day
        year = int(g["n_y"]) if len(g["n_y"]) == 4 else 2000 + int(g["n_y"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return RawDate("date", *span, year, month, day)
    if g["yquarter"]:  # "2023 Q4", "2024-H1": the year first
        if g["yq_q"]:
            return RawDate("quarter", *span, int(g["yq_y"]), amount=int(g["yq_q"]))
        return RawDate("half", *span, int(g["yq_y"]), amount=int(g["yq_h"]))
    if g["fquarter"]:
        number = ORDINALS[g["fq_ord"].lower()]
        return RawDate("quarter", *span, int(g["fq_y"]), amount=number, fiscal=True)
    if g["quarter"]:
        # "Q3 2024", "Q4'24", "3Q24": a two-digit year is of this century.
        n = g["q_n"] or g["q_n2"]
        number = int(n) if n else ORDINALS[g["q_ord"].lower()]
        short = g["q_y2"] or g["q_fy2"]  # "Q4'24", "Q1 FY25"
        year = _int(g["q_y"] or g["q_y3"]) or (2000 + int(short) if short else None)
        fiscal = bool(g["q_fy"] or g["q_fy2"])
        return RawDate("quarter", *span, year, relation=g["q_rel"], amount=number, fiscal=fiscal)
    if g["half"]:
        n = g["h_n"] or g["h_n2"]
        number = int(n) if n else ORDINALS[g["h_ord"].lower()]
        year = _int(g["h_y"] or g["h_y3"]) or (2000 + int(g["h_y2"]) if g["h_y2"] else None)
        if not (year or g["h_rel"]) and (
            not g["h_ord"] or re.match(r"\s+of\b", m.string[m.end() : m.end() + 4])
        ):
            # "H2" alone is hydrogen; "the first half of FY2027 / of the match" is of something
            # else. "first-half trends", "in the second half" are the release's year's halves.
            return None
        return RawDate("half", *span, year, relation=g["h_rel"], amount=number)
    if g["fiscal"]:
        text = g["f_y"]
        year = int(text) if len(text) == 4 else 2000 + int(text.lstrip("'"))
        if g["f_y2"]:  # "FY 2024/25": a fiscal year across two calendar years
            end = int(g["f_y2"]) if len(g["f_y2"]) == 4 else year // 100 * 100 + int(g["f_y2"])
            if end == year + 1:
                return RawDate("range", *span, year, year2=end)
        return RawDate("date", *span, year)
    if g["decade"]:
        # "the '70s" is of the 1900s, "the '00s" and "the '10s" of the 2000s ("the '20s": either).
        short = g["dc_2"]
        first = int(g["dc_y"]) if g["dc_y"] else int(short) + (2000 if short in "0010" else 1900)
        return RawDate("decade", *span, first, year2=first + 9)
    if g["yearrange"]:
        y1 = int(g["yr_y1"])
        y2_text = g["yr_y2"]
        y2 = int(y2_text) if len(y2_text) == 4 else two_digit_year(y2_text, y1)
        if y2 <= y1 or y2 - y1 > 100:
            return None
        return RawDate("range", *span, y1, year2=y2)
    if g["ago"]:
        amount = NUMBER_WORDS.get(g["ag_n"].lower()) or _int(g["ag_n"]) or 0
        return RawDate("ago", *span, unit=g["ag_u"].lower().rstrip("s"), amount=amount)
    if g["relyear"]:
        relation = g["ry_rel"].lower()  # "This year" opens sentences too
        return RawDate("relative", *span, relation=relation, unit=g["ry_u"].lower())
    if g["periodend"]:  # "by the end of the year", "at year end": a point of a year (month)
        at = (g["pe_at"] or "end").lower()
        unit = (g["pe_u"] or g["pe_ye"]).lower()
        return RawDate("point", *span, unit=unit, amount=_POINTS[at])
    if g["relnamed"]:
        relation = g["rn_rel"].lower().split()[-1]
        relation = {"past": "last", "coming": "next"}.get(relation, relation)
        if g["rn_wd"]:
            return RawDate("weekday", *span, weekday=WEEKDAYS[g["rn_wd"].rstrip(".").lower()],
                           relation=relation)  # fmt: skip
        return RawDate("date", *span, month=month_number(g["rn_m"]), relation=relation)
    if g["season"]:
        # "last summer" is a year the publication date settles (seasons have no month of their
        # own in the record); the amount is the season's first month. Winter spans two years.
        relation = g["se_rel"].lower().split()[-1]
        relation = {"past": "last", "coming": "next"}.get(relation, relation)
        first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[g["se_s"].lower()]
        return RawDate("relative", *span, relation=relation, unit="season", amount=first)
    if g["deictic"]:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["deictic"].lower()]
        return RawDate("deictic", *span, amount=shift)
    if g["modyear"]:
        return RawDate("date", *span, int(g["my_y"]))
    if g["wdrange"]:
        first, last = (WEEKDAYS[g[k].rstrip(".").lower()] for k in ("wr_wd1", "wr_wd2"))
        return RawDate("weekday", *span, weekday=first, weekday2=last)
    if g["weekday"]:
        return RawDate("weekday", *span, weekday=WEEKDAYS[g["w_wd"].rstrip(".").lower()])
    if g["month"]:
        return RawDate("date", *span, month=month_number(g["m_m"]), bare=True)
    if g["year"]:
        return RawDate("date", *span, int(g["y_y"]), bare=True)
    return None
