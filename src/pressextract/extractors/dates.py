"""Dates: every calendar reference of a release, normalized to ISO at the precision written.

Detection is our own grammar (dates_grammar.py) over the text, kept where dates_filters.py
finds a date rather than a name or a count, "X to Y" joined into one range (dates_joins.py), plus
the model's DATE entities normalized with dateparser where the grammar has nothing
(dates_entities.py). Relative and year-less expressions are
resolved against the publication date (or the dateline date) in dates_resolve.py, never "now".
Quarters and halves are start/end months ("Q3 2024" -> 2024-07 .. 2024-09, granularity
"quarter"), in the release's fiscal calendar when it dates one of its fiscal quarters ("its
fiscal 2024 first quarter ended December 30, 2023" -> fiscal 2024 begins in October 2023); decades
are start/end years ("the 1990s" -> 1990 .. 1999, granularity "decade"); fiscal years are the
year written ("FY2024", "CY2024" -> 2024). Durations, names ("Vision 2030"), vague
words and ages are not dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar

from spacy.tokens import Doc, Token

from pressextract.extractors.dates_entities import entity_dates
from pressextract.extractors.dates_filters import builtin_name_cues, is_date
from pressextract.extractors.dates_grammar import DATE_RE, RawDate, dates_of_match
from pressextract.extractors.dates_joins import attach_relative_years, merge_ranges
from pressextract.extractors.dates_resolve import Resolved, fiscal_calendar, resolve, text_anchor
from pressextract.extractors.notes import note_warning
from pressextract.schema import DateMention, Document

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class DateOptions:
    """Options of the [dates] table of a pipeline config."""

    order: str = "auto"  # numeric dates: "auto" (read from the release) | "DMY" | "MDY"
    resolve_relative: bool = True  # "yesterday", "last March", weekdays, year-less dates
    weeks: bool = False  # "last week" as a Monday-Sunday range (ANNOTATION.md has no weeks)
    use_entities: bool = True  # also normalize the model's DATE entities with dateparser
    name_cues: tuple[str, ...] = ()  # extra words that make a following year a name
    deduplicate: bool = True  # one mention per distinct start/end (the gold lists each once)

    def __post_init__(self) -> None:
        if self.order.upper() not in ("AUTO", "DMY", "MDY"):
            raise ValueError(f"order must be auto, DMY or MDY, not {self.order!r}")


# Expressions counted from the publication date ("yesterday", "last week", "at year end").
_RELATIVE_KINDS = ("relative", "point", "weekday", "ago", "deictic")
_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|'ll|going to|plans? to|scheduled|upcoming|expected to|set to|due to|"
    r"intends? to|aims? to|is to|are to)\b",
    re.IGNORECASE,
)


def extract_dates(doc: Doc, document: Document, options: DateOptions) -> list[DateMention]:
    """Return the dates of one release, in text order."""
    text = document.text
    base = publication_base(document)
    day_first = _day_first(doc, text, options.order)
    cues = builtin_name_cues() | set(options.name_cues)
    found = _raw_dates(doc, text, day_first)
    raws = _date_expressions(doc, text, day_first, cues)
    from_text = None
    if base is None and options.resolve_relative:
        from_text = text_anchor(raws)
        base = from_text.day if from_text is not None else None
    shift = fiscal_calendar(raws, text)
    mentions: list[DateMention] = []
    anchor: tuple[dt.date, dt.date] | None = None
    read_against_text = False
    for raw in raws:
        relative = raw.kind in _RELATIVE_KINDS or (
            raw.kind in ("date", "range") and raw.year is None
        )
        if relative and not options.resolve_relative:
            continue
        # A date read from the text only bounds the release's own: "yesterday" or "last week"
        # cannot be counted from it, and a year-less date is the nearest one, whatever the tense.
        # "earlier this year" can, when every date the text writes in full is of one year.
        counts_years = raw.year_shift is not None or (
            raw.kind in ("relative", "point") and raw.unit == "year"
        )
        if from_text and (raw.kind in _RELATIVE_KINDS or counts_years) and not (
            from_text.one_year and counts_years
        ):
            continue
        tense = sentence_tense(doc, raw)
        if from_text:
            tense = "recent" if tense == "past" else None
        resolved = resolve(raw, base, tense, anchor, options.weeks, shift)
        if resolved is None:
            continue
        mention = DateMention(
            text=text[raw.char_start : raw.char_end],
            start=resolved.start,
            end=resolved.end,
            char_start=raw.char_start,
            char_end=raw.char_end,
            granularity=resolved.granularity,
        )
        mentions.append(mention)
        anchor = _anchor(resolved, base, raw) or anchor
        read_against_text = read_against_text or (from_text is not None and raw.year is None)
    if read_against_text and from_text is not None:
        note_warning(
            doc,
            f"dates: no publication date; dates without a year read against {from_text.written},"
            f" {from_text.source}",
        )
    if options.use_entities:
        entity_base = None if from_text is not None else base
        mentions.extend(entity_dates(doc, [(r.char_start, r.char_end) for r in found], entity_base))
    mentions.sort(key=lambda m: m.char_start)
    if options.deduplicate:
        mentions = first_of_each(mentions)
    return mentions


def date_spans(doc: Doc, text: str, options: DateOptions | None = None) -> list[tuple[int, int]]:
    """Char spans of every date expression, resolvable or not (statistics skip their numbers)."""
    options = options or DateOptions()
    cues = builtin_name_cues() | set(options.name_cues)
    day_first = _day_first(doc, text, options.order)
    return [(r.char_start, r.char_end) for r in _date_expressions(doc, text, day_first, cues)]


def _per_doc(doc: Doc, key: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
    """`compute()` once per Doc and `key`: the dates and the statistics extractors ask for the
    same day order, raw dates and date expressions of a release."""
    if key not in doc.user_data:
        doc.user_data[key] = compute()
    return doc.user_data[key]


def _day_first(doc: Doc, text: str, order: str) -> bool:
    """`reads_day_first` (four searches of the whole text), once per Doc."""
    key = ("pressextract.day_first", hash(text), order)
    return _per_doc(doc, key, lambda: reads_day_first(text, order))


def _raw_dates(doc: Doc, text: str, day_first: bool) -> list[RawDate]:
    """`find_raw_dates`, once per Doc."""
    key = ("pressextract.raw_dates", hash(text), day_first)
    return list(_per_doc(doc, key, lambda: tuple(find_raw_dates(text, day_first))))


def _date_expressions(
    doc: Doc, text: str, day_first: bool, cues: frozenset[str] | set[str]
) -> list[RawDate]:
    """The grammar's matches that are dates, ranges joined: once per Doc and name cues."""

    def expressions() -> tuple[RawDate, ...]:
        raws = [r for r in _raw_dates(doc, text, day_first) if is_date(r, text, doc, cues)]
        return tuple(attach_relative_years(merge_ranges(raws, text), text))

    key = ("pressextract.date_expressions", hash(text), day_first, frozenset(cues))
    return list(_per_doc(doc, key, expressions))


def first_of_each(mentions: list[DateMention]) -> list[DateMention]:
    """The first mention of each distinct start/end (the gold lists a date once)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            out.append(mention)
    return out


def publication_base(document: Document) -> dt.date | None:
    """The release's own date: published, else the dateline date, else None (never today)."""
    for value in (document.published, document.dateline.date if document.dateline else None):
        if value:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# Numeric dates that can be read one way only: "25/12/2024" day first, "12/25/2024" not.
_BIG_DAY, _SMALL = r"(?:1[3-9]|2\d|3[01])", r"(?:0?[1-9]|1[0-2])"
# The lookaheads are only for speed: the first character a match can start with, so the engine
# passes over every other position at once (same matches).
_MONTH_FIRST = re.compile(rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}")
_DAY_FIRST = re.compile(rf"(?=\d)\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}")
_DAY_FIRST_NUMERIC = re.compile(rf"(?=[1-3])(?<![\d/]){_BIG_DAY}/{_SMALL}/\d{{2,4}}")
_MONTH_FIRST_NUMERIC = re.compile(rf"(?=\d)(?<![\d/]){_SMALL}/{_BIG_DAY}/\d{{2,4}}")


def reads_day_first(text: str, order: str) -> bool:
    """Day-first numeric dates unless the release writes "May 3, 2024" more than "3 May 2024"."""
    if order.upper() in ("DMY", "MDY"):
        return order.upper() == "DMY"
    month_first = len(_MONTH_FIRST.findall(text)) + len(_MONTH_FIRST_NUMERIC.findall(text))
    day_first = len(_DAY_FIRST.findall(text)) + len(_DAY_FIRST_NUMERIC.findall(text))
    return day_first > month_first


def find_raw_dates(text: str, day_first: bool) -> list[RawDate]:
    """Every grammar match of the text, in order, without overlaps."""
    out = []
    for match in DATE_RE.finditer(text):
        out.extend(dates_of_match(match, day_first))
    return out


def _anchor(
    resolved: Resolved, base: dt.date | None, raw: RawDate
) -> tuple[dt.date, dt.date] | None:
    """A short day range already dated ("June 13 to 17") that a later "on Thursday" falls in;
    or the week that a day written with its weekday opens ("Friday, June 13 ... On Saturday"),
    when that day lies outside the release's own week."""
    if resolved.granularity != "day":
        return None
    first, last = dt.date.fromisoformat(resolved.start), dt.date.fromisoformat(resolved.end)
    if first == last:
        if raw.weekday is None or base is None or abs((first - base).days) <= 7:
            return None
        return first, first + dt.timedelta(days=6)
    return (first, last) if (last - first).days <= 14 else None


_PLANNED_VERBS = {"schedule", "plan", "set", "slate", "expect", "due", "book", "reschedule"}


def sentence_tense(doc: Doc, raw: RawDate) -> str | None:
    """ "past" / "future" / "present" / None for the clause a date stands in, from the parse."""
    span = doc.char_span(raw.char_start, raw.char_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    if verb is not None:
        tense = _verb_tense(verb)
        if tense != _UNKNOWN:
            return tense
    sentence = span.sent.text if span.sent is not None else ""
    if _FUTURE_WORDS.search(sentence):
        return "future"
    if any(t.tag_ == "VBD" for t in span.sent):
        return "past"
    return None


_UNKNOWN = "unknown"


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary at or above `token` in the parse."""
    # Compare indices: spaCy makes a new Token object on each access, so `is` never matches.
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _verb_tense(verb: Token) -> str | None:
    """The tense one verb's own form and auxiliaries give, or _UNKNOWN."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if verb.tag_ == "VBD" or words & {"had", "has", "have", "was", "were", "did"}:
        if verb.lemma_ in _PLANNED_VERBS:
            return None  # "a June 3 hearing has been scheduled": planned then, held either side
        return "past"  # "would have turned 28 on Sunday" too
    if any(c.tag_ == "MD" for c in aux):
        return None  # "would open in June", "could close by year end": no tense to go by
    if verb.tag_ == "VBN" and not words and verb.dep_ in ("acl", "amod", "advcl") and (
        verb.lemma_ not in _PLANNED_VERBS
    ):
        return "past"  # "the figures, published on Wednesday," (but "scheduled for Friday")
    if verb.tag_ in ("VBZ", "VBP") and not words:
        # "The ceremony takes place on Saturday, organisers said": the clause's own tense
        # wins over a "said" elsewhere in the sentence.
        return "present"
    if any(c.tag_ == "TO" for c in aux) and verb.head.i != verb.i:  # also "to be held"
        # An infinitive under a past verb may lie on either side of the release ("agreed to
        # sell its stake in October"); under a future one it is to come.
        head = _governing_verb(verb.head)
        outer = _verb_tense(head) if head is not None else _UNKNOWN
        if outer == "past" or outer is None:  # "was scheduled to open in June"
            return None
        if outer == "future":
            return "future"
    return _UNKNOWN
