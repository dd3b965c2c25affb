"""Reading one figure in the text: its number, currency, percent or unit, range and qualifier.

`read_figure` looks around a NUMBER_RE match with plain string rules (no model): "$3.4bn" ->
3.4e9 USD, "25 per cent" -> 25 percent, "6-9 months" -> 6..9 months, "more than 20" -> qualifier
"more than". What a bare count counts ("158 countries") is read from the parse in statistics.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pressextract.extractors.numbers import (
    RANGE_END_RE,
    SCALES,
    is_word_number,
    parse_number,
)


@dataclass
class Figure:
    """One number as read from the text around it."""

    start: int  # char span of the whole figure (qualifier .. unit)
    end: int
    core_start: int  # char span of the number itself (last number of a range)
    core_end: int
    value: float
    value_max: float | None = None
    unit: str | None = None
    kind: str = "count"
    qualifier: str | None = None
    currency: bool = False
    words: bool = False  # written in words ("five")
    hyphenated: bool = False  # "90-year", "six-member"


def _rows(name: str) -> list[list[str]]:
    text = resources.files("pressextract.data").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def currency_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(symbols and codes -> ISO, lowercase words -> ISO, ISO -> name) from currencies.tsv."""
    symbols, words, names = {}, {}, {}
    for surface, code, name in _rows("currencies.tsv"):
        names.setdefault(code, name)
        if surface.islower():
            words[surface] = code
        else:
            symbols[surface] = code
    return symbols, words, names


@lru_cache(maxsize=1)
def unit_table() -> dict[str, tuple[str, str]]:
    """Lowercase unit surface -> (unit recorded, kind) from units.tsv."""
    return {surface: (unit, kind) for surface, unit, kind in _rows("units.tsv")}


@lru_cache(maxsize=1)
def qualifier_table() -> dict[str, str]:
    """Lowercase qualifier phrase -> qualifier recorded, from qualifiers.tsv."""
    return {phrase: recorded for phrase, recorded in _rows("qualifiers.tsv")}


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    symbols, words, _ = currency_table()
    sym = [s for s in symbols if not s.isalpha() or len(s) <= 3]
    codes = [s for s in symbols if s.isalpha()]
    units = unit_table()
    return {
        "prefix": re.compile(
            rf"(?:(?<![\w$])(?:{_alternation([s for s in sym if not s.isalpha()])})"
            rf"|(?:\b|(?<=\$))(?:{_alternation(codes)})\.?|\$US|\$A|\$NZ)\s?$"
        ),
        # One-letter symbols ("R" rand) only before the amount: "5 R&D projects" is no money.
        "suffix_code": re.compile(rf"^\s?(?:{_alternation([c for c in codes if len(c) > 1])})\b"),
        "suffix_word": re.compile(rf"^\s(?:{_alternation(list(words))})\b", re.IGNORECASE),
        "unit": re.compile(
            rf"^(?:\s|\u00a0)?(?:{_alternation([u for u in units if u not in ('%',)])})(?![\w])"
            r"|^\s?%",
            re.IGNORECASE,
        ),
        "qualifier": re.compile(
            rf"(?:^|(?<=[\s(\"“]))(?:{_alternation(list(qualifier_table()))})\s+$", re.IGNORECASE
        ),
        "hyphen": re.compile(r"^[-‑](?P<word>[a-z]+(?:-[a-z]+)*)", re.IGNORECASE),
        "link": re.compile(r"^\s?(?:-|–|—)\s?|^\s+(?:to|and)\s+", re.IGNORECASE),
    }


# Words after "one-"/"two-" that make an adjective rather than a counted unit.
_NOT_UNITS = {
    "way", "time", "off", "stop", "on", "sided", "dimensional", "size", "liner", "shot", "fits",
    "party", "tier", "hit", "man", "state", "half", "third", "quarter", "figure", "digit",
}  # fmt: skip
_AGE_HYPHEN = re.compile(r"^(?:year|yr)s?[- ]old\b", re.IGNORECASE)
_PLURAL_EXCEPTIONS = {"foot": "feet", "person": "people", "man": "men", "woman": "women",
                      "child": "children", "inch": "inches", "series": "series"}  # fmt: skip


def plural(word: str) -> str:
    """A unit noun in the plural ("member" -> "members"), as the gold writes them."""
    if word in _PLURAL_EXCEPTIONS:
        return _PLURAL_EXCEPTIONS[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + ("" if word.endswith("s") else "es")
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def read_figure(text: str, match: re.Match[str]) -> Figure | None:
    """The figure around one number match, or None when the match is not a usable number."""
    pats = _patterns()
    symbols, words, _ = currency_table()
    units = unit_table()
    start, end = match.start(), match.end()
    glued = match.group("glued")
    core = match.group(0)[: len(match.group(0)) - len(glued)] if glued else match.group(0)
    sign = -1.0 if match.group("sign") else 1.0
    try:
        value = sign * parse_number(core.lstrip("-−"))
    except ValueError:
        return None
    if re.search(r"\bminus[\s-]$", text[max(0, start - 7) : start]):
        value = -value
    figure = Figure(start, end, start, end, value, words=is_word_number(core))
    if glued:
        if not _read_glued(glued, figure, text):
            return None
        return _with_qualifier(text, figure, pats)
    prefix = pats["prefix"].search(text[max(0, start - 6) : start])
    if prefix:
        code = prefix.group(0).strip().rstrip(".")
        figure.unit = symbols.get(code) or symbols.get(code + ".")
        figure.kind, figure.currency = "money", True
        figure.start = start - len(prefix.group(0))
        if code == "R" and not (match.group("scale") or "," in core):
            return None  # "R2", "Grade R 12": a letter and a number, not rand without a scale
    scale = (match.group("scale") or "").strip(" \u00a0-").lower()
    if scale == "b" and not figure.currency:
        return None  # "Rule 10b-5": a bare "b" is no billion without a currency
    if scale in ("m", "k") and not figure.currency and not re.match(
        r"\s+(?:of\b|(?:[a-z-]+\s+){0,2}[a-z-]+s\b)", text[end : end + 40]
    ):
        if scale == "k":
            return None
        if _apposed_count(text, start, end):
            figure.value = float(f"{figure.value:.12g}")
            return _with_qualifier(text, figure, pats)  # "households, some 1.4m, rely on"
        # "37m (121ft)": without a currency or a counted plural, "m" is metres, not million.
        figure.value /= 1e6
        figure.unit, figure.kind = "metres", "measure"
        return _with_qualifier(text, figure, pats)
    half = re.match(r"[- ]and[- ]a[- ]half\b", text[end : end + 14], re.IGNORECASE)
    if half and not scale:
        figure.value += 0.5  # "two-and-a-half per cent"
        figure.core_end = figure.end = end + half.end()
    _read_range(text, figure, match)
    after = text[figure.core_end : figure.core_end + 40]
    _read_unit(after, figure, pats, words, units)
    return _with_qualifier(text, figure, pats)


_MEASURE_CONTEXT = re.compile(
    r"\b(?:tall|high|long|wide|deep|height|length|depth|width|diameter|metres?|meters?|"
    r"altitude|elevation|sea level|span)\b",
    re.IGNORECASE,
)


def _apposed_count(text: str, start: int, end: int) -> bool:
    """ "all households, some 1.4m, rely on": a bare "m" set off by commas after a noun is a
    million of that noun, unless the sentence speaks of lengths and heights."""
    before = text[max(0, start - 60) : start]
    if not re.search(r"[a-z]{3,},\s+(?:[a-z]+\s+){0,2}$", before) or not re.match(
        r"\s*[,;)]", text[end : end + 2]
    ):
        return False
    sentence = re.split(r"[.!?]\s", before)[-1] + text[end : end + 40].split(". ")[0]
    return not _MEASURE_CONTEXT.search(sentence)


def qualifier_pattern() -> re.Pattern[str]:
    """A qualifier phrase ("more than", "up to") at the end of a string."""
    return _patterns()["qualifier"]


def _with_qualifier(text: str, figure: Figure, pats: dict[str, re.Pattern[str]]) -> Figure:
    qualifier = pats["qualifier"].search(text[max(0, figure.start - 25) : figure.start])
    if qualifier:
        figure.qualifier = qualifier_table()[qualifier.group(0).strip().lower()]
        figure.start -= len(qualifier.group(0))
    return figure


def _read_glued(glued: str, figure: Figure, text: str) -> bool:
    """A unit written against the digits: "50mph", "256GB", "5pc"; False for "5G", "3D"."""
    symbols = currency_table()[0]
    prefix = _patterns()["prefix"].search(text[max(0, figure.start - 6) : figure.start])
    lower = glued.lower()
    if prefix and lower in ("m", "mn", "bn", "b", "k", "tn"):
        return False  # handled as a scale by NUMBER_RE
    if lower == "p" and (
        re.match(r"\s+(?:a|per)\s+(?:share|litre|liter|unit|kwh|mile|minute)\b", text[figure.end :])
        or "£" in text[max(0, figure.start - 60) : figure.end + 60]
    ):
        # "a dividend of 12.5p per share", "rose by 20p to £4.80": pence.
        figure.unit, figure.kind = "pence", "money"
        return True
    if glued == "C" and re.match(r"(?:[\s,.;:)]|$)", text[figure.end : figure.end + 1]):
        figure.unit, figure.kind = "degrees celsius", "measure"  # "limit warming to 1.5C"
        return True
    if lower in ("pc", "pct"):
        figure.unit, figure.kind = "percent", "percent"
        return True
    if glued in symbols:
        figure.unit, figure.kind, figure.currency = symbols[glued], "money", True
        return True
    units = unit_table()
    # One letter only in lowercase (and "L"): "5G" and "3D" are names, not grams.
    if (lower in units and len(lower) > 1) or glued in ("m", "g", "l", "L"):
        figure.unit, figure.kind = units[lower]
        return True
    return False


def _read_range(text: str, figure: Figure, match: re.Match[str]) -> None:
    """Extend "6-9", "one to three", "between 10 and 20", "$1-2 million" to a range."""
    pats = _patterns()
    link = pats["link"].match(text[figure.core_end : figure.core_end + 8])
    if not link:
        return
    rest_at = figure.core_end + link.end()
    currency = re.match(r"[$€£¥]", text[rest_at : rest_at + 1])
    second = RANGE_END_RE.match(text, rest_at + (1 if currency else 0))
    if second is None:
        return
    joiner = link.group(0).strip().lower()
    before = text[max(0, figure.start - 40) : figure.start] + " "
    if joiner == "and" and not re.search(
        r"\bbetween\s+\S*$", text[max(0, figure.start - 20) : figure.start], re.IGNORECASE
    ):
        return
    glued = second.group("glued") or ""
    core2 = second.group(0)[: len(second.group(0)) - len(glued)]  # "0 to 80km/h"
    try:
        upper = parse_number(core2)
    except ValueError:
        return
    lower = figure.value
    if second.group("scale") and not match.group("scale"):
        lower *= SCALES[second.group("scale").strip(" \u00a0-").lower()]
    if joiner == "to" and match.group("scale") and not second.group("scale"):
        return
    if joiner == "to" and _CHANGE_BEFORE.search(before) and not _by_range(before, lower, upper):
        return  # "rose from 160 to 180": two figures of a change, not a range
    if not lower < upper:
        figure.value_max = -1.0  # a score or a vote ("2-1", "485-65"): not a figure
        return
    figure.value, figure.value_max = lower, upper
    figure.core_end = second.start() + len(core2)
    figure.end = figure.core_end


def _read_unit(
    after: str,
    figure: Figure,
    pats: dict[str, re.Pattern[str]],
    words: dict[str, str],
    units: dict[str, tuple[str, str]],
) -> None:
    """Percent, currency word or code, measure or time unit, or hyphenated unit after a number."""
    if not figure.currency:
        code = pats["suffix_code"].match(after)
        word = pats["suffix_word"].match(after)
        if code or word:
            found = code or word
            surface = found.group(0).strip()
            figure.unit = words.get(surface.lower()) or currency_table()[0].get(surface)
            figure.kind, figure.currency = "money", True
            figure.end = figure.core_end + found.end()
            return
    if figure.currency:
        return
    hyphen = pats["hyphen"].match(after)
    first_word = hyphen.group("word").lower().split("-")[0] if hyphen else ""
    if hyphen and first_word == "time" and figure.value >= 2:
        figure.hyphenated, figure.unit = True, "times"  # "a two-time champion"
        figure.end = figure.core_end + hyphen.end()
        return
    if hyphen and figure.words and (figure.value == 0 or first_word in _NOT_UNITS):
        figure.value_max = -1.0  # "zero-emission", "one-way": an adjective, not a figure
        return
    if hyphen:
        word = hyphen.group("word").lower()
        figure.hyphenated = True
        figure.end = figure.core_end + hyphen.end()
        if _AGE_HYPHEN.match(word):
            figure.unit, figure.kind = "years of age", "age"
        elif word in units:
            figure.unit, figure.kind = units[word]
        elif word.endswith("fold"):
            figure.unit = "times"
        else:
            figure.unit = plural(word.split("-")[0])
        return
    unit = pats["unit"].match(after)
    if unit:
        surface = unit.group(0).strip().lower()
        recorded, kind = units.get(surface, ("percent", "percent"))
        rest = after[unit.end() :]
        if kind == "duration" and re.match(r"^[\s-]+old\b|^\s+of\s+age\b", rest):
            recorded, kind = "years of age", "age"
        elif (
            kind == "measure"
            and len(surface) <= 2
            and surface.isalpha()
            and not unit.group(0)[0].isalpha()
        ):
            pass  # "5 m" / "3 t": short symbols only when spaced from the number as written
        figure.unit, figure.kind = recorded, kind
        figure.end = figure.core_end + unit.end()


_CHANGE_BEFORE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|increas\w*|grew|grow\w*|f[ae]ll\w*|drop\w*|climb\w*|"
    r"jump\w*|cut\w*|reduc\w*|decreas\w*|declin\w*|slow\w*|rais\w*|boost\w*)\b"
    r"(?![^.;]*\bof\s+$)[^.;]{0,20}$",  # "growth of 3% to 5%": a range, not a change
    re.IGNORECASE,
)


# "cut by 40 to 50 per cent": after "by" a "to" closes a range of the change, not its end.
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:some|about|around|roughly|between)\s+)?$", re.IGNORECASE)


def _by_range(before: str, lower: float, upper: float) -> bool:
    """ "cut by 40 to 50 per cent" is a range; "rose by 0.25 to 5.25%" a change and a level."""
    return bool(_BY_BEFORE.search(before)) and 0 < lower < upper <= 3 * lower


def join_range(text: str, first: Figure, second: Figure) -> bool:
    """ "$3 billion to $5 billion", "between 5% and 6%": two figures of one range (not a change
    such as "rose from $160 to $180")."""
    gap = text[first.end : second.start]
    link = re.fullmatch(r"\s*(?:-|–|—|to|and)\s*", gap, re.IGNORECASE)
    if not link or first.value_max is not None or second.value_max is not None:
        return False
    if (first.unit, first.kind) != (second.unit, second.kind) or not first.value < second.value:
        return False
    before = text[max(0, first.start - 40) : first.start]
    if "and" in gap.lower():
        return bool(re.search(r"\bbetween\s*$", before, re.IGNORECASE))
    return not _CHANGE_BEFORE.search(before + " ") or _by_range(before, first.value, second.value)
