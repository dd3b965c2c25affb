"""Statistics: every numeric fact of a release with what it counts or measures.

Numbers are found in digits and words (numbers.py), read with their currency, percent, unit,
range and qualifier (figures.py), then kept only when they quantify something: years and dates,
ordinals, list numbering, phone numbers, postal codes, times of day, reference numbers and
numbers inside names ("COVID-19", "Article 5", "G20") are dropped. A count's unit is the head noun
phrase of what it counts, read from the parse ("4,000 wildlife species" -> "wildlife species").
`kind` is count | money | percent | measure | duration | age (ages, "Jane Doe, 44", are
statistics with unit "years of age", as the corpus gold records them).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pressextract.extractors.dates import date_spans
from pressextract.extractors.figures import (
    Figure,
    join_range,
    qualifier_pattern,
    qualifier_table,
    read_figure,
)
from pressextract.extractors.numbers import NUMBER_RE, parse_number
from pressextract.extractors.statistics_filters import excluded_spans, is_not_statistic
from pressextract.nlp.doc_index import doc_index
from pressextract.schema import Document, Statistic


@dataclass(frozen=True, kw_only=True)
class StatisticOptions:
    """Options of the [statistics] table of a pipeline config."""

    ages: bool = True  # "Jane Doe, 44" and "a 23-year-old" as statistics (unit "years of age")
    one_of: bool = False  # "one of the best", "One witness said" counted as 1 (NewsQuant's way)
    standalone: bool = True  # numbers with no noun after them ("the vote was 485 to 65")
    deduplicate: bool = True  # the same value and unit restated (headline and body) kept once
    name_cues: tuple[str, ...] = ()  # extra words that make a following number part of a name


# Words after "one" that make it a pronoun or a vague phrase rather than a count.
_ONE_STOP = {"another", "day", "way", "thing", "side", "hand", "point", "time", "more", "or",
             "and", "who", "that", "which", "in", "on", "at", "for", "to", "can", "could", "would",
             "should", "will", "is", "was"}  # fmt: skip
FRACTION_WORDS = {"half", "a half", "one half", "a third", "one third", "one-third", "a quarter",
                  "one quarter", "one-quarter", "a fifth", "one fifth", "one-fifth",
                  "two thirds", "two-thirds", "three quarters", "three-quarters"}  # fmt: skip
_TIME_NOUNS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}


def extract_statistics(
    doc: Doc, document: Document, options: StatisticOptions
) -> list[Statistic]:
    """Return the statistics of one release, in text order."""
    text = document.text
    blocked = _Spans(excluded_spans(text) + date_spans(doc, text))
    out: list[Statistic] = []
    covered_to = -1
    pending: Figure | None = None
    for match in NUMBER_RE.finditer(text):
        if match.start() < covered_to:
            continue  # the upper bound of a range already read
        figure = read_figure(text, match)
        if figure is None or figure.value_max == -1.0:
            continue
        if pending is not None and join_range(text, pending, figure) and out:
            # "$3 billion to $5 billion": the second figure closes the range of the first.
            out[-1] = replace(out[-1], value_max=figure.value, char_end=figure.end,
                              text=text[out[-1].char_start : figure.end])  # fmt: skip
            covered_to, pending = figure.core_end, None
            continue
        if blocked.overlap(figure.core_start, figure.core_end):
            continue
        if is_not_statistic(figure, text, doc, match, options.name_cues):
            continue
        stat = _statistic(figure, text, doc, match, options)
        pending = None
        if stat is not None:
            out.append(stat)
            covered_to = figure.core_end
            pending = figure
    out.extend(s for s in spelled_periods(doc, text) if not any(
        s.char_start < o.char_end and o.char_start < s.char_end for o in out))
    out = share_list_units(sorted(out, key=lambda s: s.char_start), text)
    return _dedupe(out, text) if options.deduplicate else out


# The lookaheads in front of these two are only for speed: the first letters of the words a
# match can start with, so the engine enters the alternatives at few positions (same matches).
_PERIOD_RE = re.compile(
    r"(?=[wfiaonlmu])"
    r"\b(?:(?P<q>within|for|in|after|over|about|nearly|almost|less than|more than|under)\s+)?"
    r"(?P<a>an?|one)\s+(?P<u>day|week|month|year|decade|hour)"
    r"(?P<half>[- ]and[- ]a[- ]half)?\b(?!-old| old|ly)",
    re.IGNORECASE,
)
_FOLD_RE = re.compile(
    r"(?=[tfsenh\d])"
    r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+)-?fold"
    r"|(?P<twice>twice|thrice))\b",
    re.IGNORECASE,
)


_MULTIPLE_OF = re.compile(r"\s+(?:the|that|its|their|his|her|our|as\s+many|as\s+much)\b", re.I)


def spelled_periods(doc: Doc, text: str) -> list[Statistic]:
    """ "within a week", "a week-and-a-half", "tenfold", "twice": figures without a numeral."""
    out = []
    for m in _PERIOD_RE.finditer(text):
        if not (m.group("q") or m.group("half")) or m.group("a").lower() == "one":
            continue  # "a year" alone is a rate ("$60,000 a year"), not a figure
        value = 1.5 if m.group("half") else 1.0
        qualifier = m.group("q").lower() if m.group("q") and m.group("q").lower() not in (
            "for", "in", "after") else None  # fmt: skip
        start = m.start("q") if qualifier else m.start("a")
        out.append(_simple(doc, text, start, m.end(), value, m.group("u").lower() + "s",
                           qualifier, "duration"))  # fmt: skip
    for m in _FOLD_RE.finditer(text):
        if m.group("twice"):
            # "nearly twice the average" is a multiple; "scored twice", "twice as loud" are not.
            found = qualifier_pattern().search(text[max(0, m.start() - 25) : m.start()])
            if not found and not _MULTIPLE_OF.match(text, m.end()):
                continue
            value = 2.0 if m.group("twice").lower() == "twice" else 3.0
        else:
            n = m.group("n").lower()
            try:
                value = float(n) if n.isdigit() else float(parse_number(n))
            except ValueError:
                continue  # "9" * 500 times: too large to be a count
            if not math.isfinite(value):
                continue
        found = qualifier_pattern().search(text[max(0, m.start() - 25) : m.start()])
        qualifier = qualifier_table()[found.group(0).strip().lower()] if found else None
        start = m.start() - len(found.group(0)) if found else m.start()
        out.append(_simple(doc, text, start, m.end(), value, "times", qualifier, "count"))
    return out


def _simple(doc: Doc, text: str, start: int, end: int, value: float, unit: str,
            qualifier: str | None, kind: str) -> Statistic:  # fmt: skip
    span = doc.char_span(start, end, alignment_mode="expand")
    sentence = _sentence(span) if span is not None else ""
    return Statistic(text[start:end], value, unit, qualifier, start, end, None, kind, sentence)


def _sentence(span: Span) -> str:
    """The text of the sentence holding `span`, stripped ("" without sentences), sliced from the
    Doc's text: `Span.text` makes a Token of each word of the sentence."""
    sent = span.sent
    return doc_index(span.doc).text[sent.start_char : sent.end_char].strip() if sent else ""


class _Spans:
    """Char spans, asked whether any overlaps a range in log time (not once per span)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_ends = list(itertools.accumulate((e for _, e in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span (s, e) has s < end and start < e."""
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.max_ends[k - 1] > start


def share_list_units(stats: list[Statistic], text: str) -> list[Statistic]:
    """"1.5, 2.0 and 3.0-liter": the last item's unit belongs to the bare numbers before it
    (and an age's to the bare numbers after it: "aged 15 and 16")."""
    out = list(stats)
    for i in range(len(out) - 1, 0, -1):
        later, earlier = out[i], out[i - 1]
        gap = text[earlier.char_end : later.char_start]
        listed = re.fullmatch(r"\s*(?:,|and|or|, and|, or)\s*", gap)
        if earlier.unit is None and later.unit and listed:
            out[i - 1] = replace(earlier, unit=later.unit, kind=later.kind)
    for i in range(1, len(out)):
        earlier, later = out[i - 1], out[i]
        gap = text[earlier.char_end : later.char_start]
        if earlier.kind == "age" and later.unit is None and re.fullmatch(
            r"\s*(?:,|and|or|, and|, or)\s*", gap
        ):
            out[i] = replace(later, unit=earlier.unit, kind="age")  # "aged 15 and 16"
    return out


def _statistic(
    figure: Figure, text: str, doc: Doc, match: re.Match[str], options: StatisticOptions
) -> Statistic | None:
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    number = span[-1]
    word = match.group(0).lower()
    if figure.unit is None:
        if _is_age(text, figure, doc):
            if not options.ages:
                return None
            figure.unit, figure.kind = "years of age", "age"
        else:
            figure.unit, figure.end = _counted(number, figure, doc)
    if figure.kind == "age" and not options.ages:
        return None
    if figure.kind == "count" and figure.unit in _TIME_NOUNS:
        figure.kind = "duration"
    if figure.words and word == "one" and not _one_counts(number, figure, options):
        return None
    if figure.unit is None and not options.standalone:
        return None
    if word in FRACTION_WORDS and not _fraction_counts(text, figure):
        return None
    sentence = _sentence(span)
    return Statistic(
        text=text[figure.start : figure.end],
        value=figure.value,
        unit=figure.unit,
        qualifier=figure.qualifier,
        char_start=figure.start,
        char_end=figure.end,
        value_max=figure.value_max,
        kind=figure.kind,
        context=sentence,
    )


def _fraction_counts(text: str, figure: Figure) -> bool:
    """ "half of the total", "cut in half": a share; "a third defendant" is an ordinal."""
    before = text[max(0, figure.core_start - 12) : figure.core_start].lower()
    after = text[figure.core_end : figure.core_end + 8].lower()
    if re.search(r"\b(?:first|second|latter|former|back|front)\s+$", before):
        return False  # "the second half of FY2027": a period, not a share
    return bool(re.match(r"\s+(?:of|the|a|an|their|its|his|her|our|all)\b", after)) or bool(
        re.search(r"\b(?:in|by|than)\s+$", before)
    )


def _one_counts(number: Token, figure: Figure, options: StatisticOptions) -> bool:
    """Whether a written "one" is a count ("one position", "at least one goal"), not a pronoun
    ("one of the best", "the only one interviewed") or an indefinite article ("One witness
    said", "from one generation to the next")."""
    if figure.value_max is not None or figure.hyphenated:
        return True
    doc = number.doc
    following = number.nbor(1) if number.i + 1 < len(doc) else None
    if following is None:
        return False
    if following.lower_ == "of":
        return options.one_of
    if following.lower_ == "in" and number.i + 2 < len(doc):
        return number.nbor(2).like_num  # "one in five adults": a share counted as one
    if following.lower_ == "per":
        return True  # "a rate of one per second"
    if number.dep_ != "nummod":
        return False
    if options.one_of:
        return following.lower_ not in _ONE_STOP  # NewsQuant: every "one" with a noun counts
    if number.is_sent_start and number.head.dep_ in {"nsubj", "nsubjpass"}:
        return False  # "One migrant worker said": a witness introduced, not a count
    if _FROM_ONE_TO.match(doc_index(doc).text, number.idx):
        return False
    return figure.qualifier is not None or following.lower_ not in _ONE_STOP


_FROM_ONE_TO = re.compile(r"one\s+\w+\s+to\s+(?:the\s+next|another)\b", re.IGNORECASE)


def _is_age(text: str, figure: Figure, doc: Doc) -> bool:
    """"Jane Doe, 44," and "aged 44": a person's age."""
    before = text[max(0, figure.core_start - 40) : figure.core_start]
    after = text[figure.core_end : figure.core_end + 3]
    if figure.words or not (0 < figure.value < 120) or figure.value != int(figure.value):
        return False
    if re.search(r"\baged?\s+$", before):
        return True
    if not re.search(r"[A-Z][\w'’.-]+,\s$", before):
        return False
    if not re.match(r"^(?:,|\.|\)|\s+of\b|;)", after):
        return False
    name = doc.char_span(figure.core_start - 2, figure.core_start - 1, alignment_mode="expand")
    person = name is not None and any(t.ent_type_ == "PERSON" for t in name)
    return person or bool(re.search(r"(?:[A-Z][\w'’-]+\s){1,3}[A-Z][\w'’-]+,\s$", before))


def _counted(number: Token, figure: Figure, doc: Doc) -> tuple[str | None, int]:
    """What a bare number counts: its head noun phrase, or the noun after "of" ("two of the X")."""
    head = number.head
    if number.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i > number.i and (
        head.pos_ in ("NOUN", "PROPN") and head.i - number.i <= 6
    ):
        words = doc[number.i + 1 : head.i + 1]
        end_token = head
        cut = next((t.i for t in words if t.is_space and "\n" in t.text), None)
        if cut is not None:  # the parse ran over a paragraph break: the unit ends before it
            words = doc[number.i + 1 : cut]
            if not len(words):
                return None, figure.end
            return _unit_text(words), words[-1].idx + len(words[-1].text)
        conj = [
            c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i <= head.i + 4
        ]
        if conj and not any(t.like_num for t in doc[head.i + 1 : conj[0].i]):
            words, end_token = doc[number.i + 1 : conj[0].i + 1], conj[0]
        return _unit_text(words), end_token.idx + len(end_token.text)
    following = number.nbor(1) if number.i + 1 < len(doc) else None
    if following is not None and following.lower_ == "of":
        objects = [c for c in following.children if c.dep_ == "pobj"]
        if objects:
            obj = objects[0]
            skip = ("det", "poss", "case", "predet")
            words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in skip]
            if words and not obj.like_num:
                text = " ".join(t.text for t in words)
                return text, obj.idx + len(obj.text)
    return None, figure.end


def _unit_text(words: Span) -> str | None:
    tokens = [t for t in words if not t.is_punct or t.text == "-"]
    text = "".join(t.text_with_ws for t in tokens).strip().lstrip("+ ")  # "5,000+ employees"
    return text or None


def _dedupe(stats: list[Statistic], text: str) -> list[Statistic]:
    """Keep one statistic per restated fact: same value, same upper bound, same unit, and not
    told apart by what follows ("$1 million for the Port of X" and "$1 million for the
    University of Y", "three counts of murder" and "three counts of assault" are two facts)."""
    seen: dict[tuple, list[tuple[frozenset[str], str | None, str | None]]] = {}
    out = []
    for stat in stats:
        earlier = seen.setdefault((round(stat.value, 6), stat.value_max), [])
        words = frozenset((stat.unit or "").lower().split())
        about = _what_for(stat, text)
        # "just under a billion" and "more than $1 billion" are two facts; "$331 million" and
        # "approximately $331 million" one fact restated, as are "19 children" and "19 Myanmar
        # children" (one unit's words within the other's).
        if stat.unit is not None and any(
            words and (words <= unit or unit <= words) and unit
            and (stat.qualifier == q or stat.qualifier is None or q is None)
            and (about is None or other is None or about == other)
            for unit, q, other in earlier
        ):
            continue
        earlier.append((words, stat.qualifier, about))
        out.append(stat)
    return out


_FOR_NAME = re.compile(r",?\s+for\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*\s?){1,6})")
_OF_WHAT = re.compile(r"\s+of\s+((?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)")


def _what_for(stat: Statistic, text: str) -> str | None:
    """What a figure is for, when the text names it right after: a named recipient of money
    ("for the Port of Wilmington") or the kind of a count ("counts of perjury")."""
    after = text[stat.char_end : stat.char_end + 80]
    if stat.kind == "money":
        found = _FOR_NAME.match(after)
    elif stat.kind == "count":
        found = _OF_WHAT.match(after)
    else:
        found = None
    return found.group(1).strip().lower() if found else None
