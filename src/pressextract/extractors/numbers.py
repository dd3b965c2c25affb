"""Numbers as written in news text: digits ("3,400", "1.2", "377 000") and words ("twenty-five").

`NUMBER_RE` finds the core of a figure (with an optional scale word: "1.2 million", "$3.4bn" minus
its currency); `parse_number` turns that core into a float. What the figure counts, its currency
and its qualifier are read around the core by `statistics.py`.
"""

from __future__ import annotations

import math
import re

UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "mil": 1e6, "m": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12,
    "k": 1e3,
    "lakh": 1e5, "crore": 1e7, "lakhs": 1e5, "crores": 1e7,
}  # fmt: skip
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "one-quarter": 0.25, "three quarters": 0.75,
    "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "one-fifth": 0.2,
    "a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000, "a million": 1e6,
    "a billion": 1e9, "a couple of": 2,
    "half a million": 5e5, "half a billion": 5e8, "half a trillion": 5e11, "half a dozen": 6,
    "a quarter of a million": 2.5e5, "a quarter million": 2.5e5,
}  # fmt: skip

_UNIT = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
_TENS = "|".join(TENS_WORDS)
_SMALL = rf"(?:(?:{_TENS})(?:[- ](?:{_UNIT}))?|{_UNIT})"
_HUNDREDS = rf"(?:{_SMALL}(?:[- ]hundred(?:(?: and)? {_SMALL})?)?)"
WORD_NUMBER = (
    rf"(?:{_HUNDREDS}(?: (?:thousand|million|billion|trillion)(?:(?: and)? {_HUNDREDS})?)*)"
)
_FRACTION = "|".join(re.escape(k) for k in sorted(FRACTIONS, key=len, reverse=True))

# Digits: "3,400", "377 000" (space-grouped thousands), "1.2", ".07"; never glued to letters or
# to other digits by "/" or ":" (those are references, times and scores).
# A decimal comma ("2,5 %", "1,5 Mrd. €") only right before a percent, euro or scale word.
_DECIMAL_COMMA = (
    r"\d{1,3},\d{1,2}(?=\s?(?:%|€|per\s?cent\b|percent\b|million\b|billion\b|bn\b|mn\b))"
)
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"  # "377 000"
DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|{_DECIMAL_COMMA}|{_SPACED}|\d+)(?:\.\d+)?|(?<![A-Za-z])\.\d+"
SCALE = (
    r"(?:[ \u00a0-]?(?:hundred|million|billion|trillion|thousand|lakhs?|crores?)\b"
    r"|(?:mn|mln|mil|bn|bln|tn|m|b|k)\b|[ \u00a0](?:bn|mn|mln|bln|tn)\b)"
)

_BODY = (
    rf"(?:(?P<digits>{DIGITS})|(?P<frac>\b(?:{_FRACTION})\b)"
    rf"|(?P<words>\b{WORD_NUMBER}\b))(?P<scale>{SCALE})?"
    # A unit glued to the digits ("50mph", "256GB", "5pc"); figures.py keeps only known units.
    r"(?P<glued>(?<=\d)(?:[a-zA-Zµ°]{1,4}[23]?(?:/[a-zA-Z]{1,3}[23]?)?|°[CF]))?"
    r"(?![\w/:]|\.\d|,\d)"
)
# A minus sign counts only when glued to the digits after a space ("-1.3%", not "6-9").
# Currency codes written against the number ("USD10m", "AUD1.5m", "$US113", "RM3.06mil").
_GLUED_CODES = ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY", "CNY", "INR", "NZD", "HKD",
                "SGD", "ZAR", "KES", "NGN", "$US", "$A", "RM", "Rs", "Rs.")  # fmt: skip
_AFTER_CODE = "|".join(f"(?<={re.escape(code)})" for code in _GLUED_CODES) + (
    # "R12 million" (rand; figures.py wants a scale or grouped digits), "Sh1.2 trillion"
    r"|(?-i:(?<=\bR)|(?<=\bSh))"
)
_NUMBER = rf"(?:(?<=[\s(])(?P<sign>[-−])(?=\d)|(?<=minus-)|{_AFTER_CODE}|(?<![\w.,/:#@\-])){_BODY}"
# The lookahead in front is only for speed: a figure starts with its sign, a digit or "." or, at
# a word's start, a number word or fraction (zero ... nineteen, twenty ... ninety, half, a, one,
# two, three, dozen), told by its first two letters ("tw", "th", "a "), so elsewhere the engine
# does not try the two dozen lookbehinds before the body (most of the search's time; the same
# matches). One letter let in every word starting with t, s, e, o, a, h, n, f or d.
_WORD_STARTS = sorted({w[:2] for w in (*UNIT_WORDS, *TENS_WORDS, *FRACTIONS)})
NUMBER_RE = re.compile(
    rf"(?=[\d.\-−]|\b(?:{'|'.join(map(re.escape, _WORD_STARTS))})){_NUMBER}", re.IGNORECASE
)
# The second number of a range ("6-9"), which follows a dash.
RANGE_END_RE = re.compile(_BODY, re.IGNORECASE)


def parse_number(core: str) -> float:
    """The value of a number core as matched by NUMBER_RE ("1.2 million" -> 1200000.0)."""
    if re.fullmatch(r"\d{1,3},\d{1,2}", core.strip()):
        return float(core.strip().replace(",", "."))  # a decimal comma, read with its context
    match = NUMBER_RE.fullmatch(core.strip())
    if match is None or match.group("glued"):
        raise ValueError(f"not a number: {core!r}")
    if match.group("digits"):
        digits = match.group("digits")
        if re.fullmatch(r"\d{1,3},\d{1,2}", digits):
            digits = digits.replace(",", ".")  # a decimal comma
        value = float(re.sub(r"[,\s\u00a0\u202f]", "", digits))
    elif match.group("frac"):
        value = float(FRACTIONS[match.group("frac").lower()])
    else:
        value = words_to_number(match.group("words"))
    scale = match.group("scale")
    if scale:
        value *= SCALES[scale.strip(" \u00a0-").lower()]
        value = float(f"{value:.12g}")  # 8.2 * 1e6 is 8199999.999999999 in binary floats
    if not math.isfinite(value):  # "9" * 500: past what a float (and JSON) can hold
        raise ValueError(f"number too large: {core[:20]!r}...")
    return value


def words_to_number(text: str) -> float:
    """English cardinal words to a number ("two hundred and forty-five thousand" -> 245000)."""
    total = 0.0
    current = 0.0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and" or not word:
            continue
        if word in UNIT_WORDS:
            current += UNIT_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            raise ValueError(f"not a number word: {word!r}")
    return total + current


def is_word_number(core: str) -> bool:
    """Whether a matched core is written in words ("five"), not digits."""
    return not any(ch.isdigit() for ch in core)
