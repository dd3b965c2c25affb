"""Dates: every calendar reference of a release, normalized to ISO at the precision written.

Detection is our own grammar (dates_grammar.py) over the text, plus the model's DATE entities
normalized with dateparser where the grammar has nothing. Relative and year-less expressions are
resolved against the publication date (or the dateline date) in dates_resolve.py, never "now".
Quarters and halves are start/end months ("Q3 2024" -> 2024-07 .. 2024-09, granularity
"quarter"), in the release's fiscal calendar when it dates one of its fiscal quarters ("its
fiscal 2024 first quarter ended December 30, 2023" -> fiscal 2024 begins in October 2023); decades
are start/end years ("the 1990s" -> 1990 .. 1999, granularity "decade"); fiscal years are the
year written ("FY2024" -> 2024). Durations, names ("Vision 2030"), vague
words and ages are not dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from pressextract.extractors.dates_entities import entity_dates
from pressextract.extractors.dates_grammar import (
    DATE_RE,
    RANGE_LINK_RE,
    RANGE_OPEN_RE,
    RawDate,
    raw_from_match,
)
from pressextract.extractors.dates_resolve import Resolved, fiscal_calendar, resolve, text_anchor
from pressextract.extractors.notes import note_warning
from pressextract.nlp.doc_index import entity_at
from pressextract.schema import DateMention, Document


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


# Words before a bare month that make it a date ("in May", not "May I").
MONTH_CUES = {
    "in", "on", "of", "since", "until", "till", "by", "during", "from", "through", "to",
    "between", "and", "or", "early", "late", "mid", "mid-", "before", "after", "throughout",
    "last", "next", "this", "each", "every", "as",
}  # fmt: skip
# Lowercase words that may stand before a year without making it a name.
# Words that Title Case headlines capitalize before a year ("Record Results For 2023",
# "Summer 2024"): they do not make the year part of a name.
_TITLE_CASE_WORDS = {
    "for", "at", "with", "over", "as", "than", "per", "vs", "vs.", "year", "spring", "summer",
    "autumn", "fall", "winter", "christmas", "easter", "fiscal", "calendar", "class",
}  # fmt: skip
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "this", "that"}
_PERIOD_NOUNS = {"quarter", "quarters", "half", "period"}
_TEMPORAL_NOUNS = {"level", "levels", "figure", "figures", "prices", "values", "baseline"}
_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|'ll|going to|plans? to|scheduled|upcoming|expected to|set to|due to|"
    r"intends? to|aims? to|is to|are to)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def builtin_name_cues() -> frozenset[str]:
    """Words such as "Vision" or "Article" after which a number is part of a name."""
    text = resources.files("pressextract.data").joinpath("name_cues.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def extract_dates(doc: Doc, document: Document, options: DateOptions) -> list[DateMention]:
    """Return the dates of one release, in text order."""
    text = document.text
    base = publication_base(document)
    day_first = reads_day_first(text, options.order)
    cues = builtin_name_cues() | set(options.name_cues)
    found = _raw_dates(doc, text, day_first)
    raws = _date_expressions(doc, text, day_first, cues)
    from_text = False
    if base is None and options.resolve_relative:
        base = text_anchor(raws)
        from_text = base is not None
    shift = fiscal_calendar(raws, text)
    mentions: list[DateMention] = []
    anchor: tuple[dt.date, dt.date] | None = None
    read_against_text = False
    for raw in raws:
        relative = raw.kind in ("relative", "weekday", "ago", "deictic") or (
            raw.kind in ("date", "range") and raw.year is None
        )
        if relative and not options.resolve_relative:
            continue
        # A date read from the text only bounds the release's own: "yesterday" or "last week"
        # cannot be counted from it, and a year-less date is the nearest one, whatever the tense.
        if from_text and raw.kind in ("relative", "weekday", "ago", "deictic"):
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
        anchor = _anchor(resolved, base) or anchor
        read_against_text = read_against_text or (from_text and raw.year is None)
    if read_against_text and base is not None:
        note_warning(
            doc,
            f"dates: no publication date; dates without a year read against {base.isoformat()},"
            " the latest complete date in the text",
        )
    if options.use_entities:
        entity_base = None if from_text else base
        mentions.extend(entity_dates(doc, [(r.char_start, r.char_end) for r in found], entity_base))
    mentions.sort(key=lambda m: m.char_start)
    if options.deduplicate:
        mentions = first_of_each(mentions)
    return mentions


def date_spans(doc: Doc, text: str, options: DateOptions | None = None) -> list[tuple[int, int]]:
    """Char spans of every date expression, resolvable or not (statistics skip their numbers)."""
    options = options or DateOptions()
    cues = builtin_name_cues() | set(options.name_cues)
    day_first = reads_day_first(text, options.order)
    return [(r.char_start, r.char_end) for r in _date_expressions(doc, text, day_first, cues)]


def _raw_dates(doc: Doc, text: str, day_first: bool) -> list[RawDate]:
    """`find_raw_dates`, once per Doc (the dates and the statistics extractors both need it)."""
    key = ("pressextract.raw_dates", hash(text), day_first)
    if key not in doc.user_data:
        doc.user_data[key] = tuple(find_raw_dates(text, day_first))
    return list(doc.user_data[key])


def _date_expressions(
    doc: Doc, text: str, day_first: bool, cues: frozenset[str] | set[str]
) -> list[RawDate]:
    """The grammar's matches that are dates, ranges joined: once per Doc and name cues."""
    key = ("pressextract.date_expressions", hash(text), day_first, frozenset(cues))
    if key not in doc.user_data:
        raws = [r for r in _raw_dates(doc, text, day_first) if _is_date(r, text, doc, cues)]
        doc.user_data[key] = tuple(merge_ranges(raws, text))
    return list(doc.user_data[key])


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


def reads_day_first(text: str, order: str) -> bool:
    """Day-first numeric dates unless the release writes "May 3, 2024" more than "3 May 2024"."""
    if order.upper() in ("DMY", "MDY"):
        return order.upper() == "DMY"
    month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    month_first = len(re.findall(rf"{month}\s+\d{{1,2}},?\s+\d{{4}}", text))
    day_first = len(re.findall(rf"\b\d{{1,2}}\s+{month}\s+\d{{4}}", text))
    # Numeric dates that can be read one way only: "25/12/2024" day first, "12/25/2024" not.
    big, small = r"(?:1[3-9]|2\d|3[01])", r"(?:0?[1-9]|1[0-2])"
    day_first += len(re.findall(rf"(?<![\d/]){big}/{small}/\d{{2,4}}", text))
    month_first += len(re.findall(rf"(?<![\d/]){small}/{big}/\d{{2,4}}", text))
    return day_first > month_first


def find_raw_dates(text: str, day_first: bool) -> list[RawDate]:
    """Every grammar match of the text, in order, without overlaps."""
    out = []
    for match in DATE_RE.finditer(text):
        raw = raw_from_match(match, day_first)
        if raw is not None:
            out.append(raw)
    return out


def _prev_word(text: str, start: int) -> str:
    match = re.search(r"([\w'’.#&-]+)[)\]]?[\s,]*$", text[max(0, start - 40) : start])
    return match.group(1) if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([\w'’-]+)", text[end : end + 40])
    return match.group(1) if match else ""


def _is_date(raw: RawDate, text: str, doc: Doc, cues: frozenset[str] | set[str]) -> bool:
    """Drop matches that are names, counts or plain words rather than dates."""
    if raw.kind not in ("date", "range", "decade"):
        return True
    before = _prev_word(text, raw.char_start)
    gap = text[max(0, raw.char_start - 2) : raw.char_start]
    written = text[raw.char_start : raw.char_end]
    if written[:1].isdigit() and (before in cues or before.rstrip(".") in cues):
        return False  # "Vision 2030", "Article 5 of ..." (not "District, September 19")
    if re.match(r"(?i)FY|fiscal", written):
        return True  # "Federal fiscal year 2023": the fiscal cue makes the year a date
    if raw.bare and raw.month is None:
        return _is_year(raw, text, doc, before, gap)
    if raw.bare:
        if _next_word(text, raw.char_end).lower() in _PERIOD_NOUNS:
            return False  # "the December quarter": a period named by its last month
        return before.lower() in MONTH_CUES or _in_entity(doc, raw, "DATE")
    if raw.month is None and raw.year and "-" not in gap:
        return _is_year(raw, text, doc, before, gap)
    return True


def _is_year(raw: RawDate, text: str, doc: Doc, before: str, gap: str) -> bool:
    """A bare four-digit number is a year unless it counts something or is part of a name."""
    if re.search(r"[-–/]\s*$", gap) or _in_entity(doc, raw, "ORG", "PRODUCT", "LAW", "EVENT",
                                                   "WORK_OF_ART", "FAC", "MONEY", "QUANTITY",
                                                   "PERCENT"):  # fmt: skip
        return False
    after = _next_word(text, raw.char_end)
    spaced = text[raw.char_end : raw.char_end + 1] == " "
    if before.lower() in _DETERMINERS - {"the"} and after[:1].isupper() and spaced:
        return False  # "a 2022 Lamborghini": a model year
    if after.lower() in ("people", "persons") or (
        re.fullmatch(r"[a-z]+s", after)
        and not after.endswith(("ss", "is", "us"))  # "a 2009 analysis", "the 2020 census"
        and after not in _TEMPORAL_NOUNS
        and _is_nummod(doc, raw)
    ):
        return False  # "2000 participants"
    first_in_sentence = _ends_with(_SENTENCE_OPENING, text, raw.char_start)
    # A capitalized word right before ("Agenda 2063", "AICE 2022") makes a name, except at the
    # start of a sentence ("In 2021") and for months ("May 2021" is matched elsewhere); a proper
    # name opening the sentence still makes one ("EclipseCon 2008, SANTA CLARA").
    capitalized = before[:1].isupper() and before.lower() not in MONTH_CUES | _TITLE_CASE_WORDS
    if capitalized and _proper_name_before(doc, raw, before):
        return False
    return not (
        capitalized
        and not _starts_sentence(text, raw.char_start, before)
        and first_in_sentence is None
    )


def _proper_name_before(doc: Doc, raw: RawDate, before: str) -> bool:
    """Whether the word right before the year is a proper name the model tags as one (PROPN,
    not a preposition or adverb capitalized at the start of a sentence: "Around 2010")."""
    span = doc.char_span(raw.char_start, raw.char_end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    token = doc[span.start - 1]
    return token.text == before and token.pos_ == "PROPN" and token.ent_type_ != "DATE"


def _starts_sentence(text: str, start: int, before: str) -> bool:
    index = text.rfind(before, 0, start)
    return bool(_ends_with(_SENTENCE_START, text, index)) if index >= 0 else False


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n]\s*|[\"“(]\s*)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"“]\s*)$")


def _ends_with(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """`pattern.search(text[:end])` for a pattern anchored at the end, read from a short tail.

    Searching the whole prefix tries every position of it: quadratic over a release's years.
    A tail that holds a non-space character holds the whole match (a mark, then spaces); an
    all-space tail falls back to the whole prefix.
    """
    tail_start = max(0, end - 80)
    tail = text[tail_start:end]
    if tail_start and not tail.strip():
        return pattern.search(text[:end])
    return pattern.search(tail)


def _in_entity(doc: Doc, raw: RawDate, *labels: str) -> bool:
    """Whether an entity of one of `labels` holds the whole of `raw`."""
    span = doc.char_span(raw.char_start, raw.char_end, alignment_mode="expand")
    ent = entity_at(doc, span.start) if span is not None and len(span) else None
    return (
        ent is not None
        and ent.label_ in labels
        and ent.start_char <= raw.char_start
        and raw.char_end <= ent.end_char
    )


def _is_nummod(doc: Doc, raw: RawDate) -> bool:
    span = doc.char_span(raw.char_start, raw.char_end, alignment_mode="expand")
    return bool(span) and any(t.dep_ == "nummod" for t in span)


def merge_ranges(raws: list[RawDate], text: str) -> list[RawDate]:
    """Join "X to Y" / "between X and Y" / "from X - Y" into one range, inheriting the year."""
    out: list[RawDate] = []
    for raw in raws:
        prev = out[-1] if out else None
        if prev is not None and _links(prev, raw, text):
            out[-1] = _join(prev, raw, text)
            continue
        if raw.kind == "range" and RANGE_OPEN_RE.search(
            text[max(0, raw.char_start - 9) : raw.char_start]
        ):
            opener = RANGE_OPEN_RE.search(text[max(0, raw.char_start - 9) : raw.char_start])
            raw = replace(raw, char_start=raw.char_start - len(opener.group(0)))
        out.append(raw)
    return out


def _links(first: RawDate, second: RawDate, text: str) -> bool:
    if first.kind != "date" or second.kind != "date":
        return False
    gap = text[first.char_end : second.char_start]
    gap = re.sub(r"^,", "", gap)
    link = RANGE_LINK_RE.fullmatch(gap + " ") or RANGE_LINK_RE.fullmatch(gap)
    if not link:
        return False
    opener = RANGE_OPEN_RE.search(text[max(0, first.char_start - 30) : first.char_start])
    between = re.search(
        r"\bbetween\s+(?:\w+\s+)?$",
        text[max(0, first.char_start - 30) : first.char_start],
        re.IGNORECASE,
    )
    if "and" in gap.lower() and not opener and not between:
        return False
    # Both parts must be of the same kind of precision once the year is shared.
    return (first.month is None) == (second.month is None) and (first.day is None) == (
        second.day is None
    )


def _join(first: RawDate, second: RawDate, text: str) -> RawDate:
    window = text[max(0, first.char_start - 30) : first.char_start]
    opener = re.search(r"\b(?:from|between|across)\s+(?:\w+\s+)?$", window, re.IGNORECASE)
    start = first.char_start - len(opener.group(0)) if opener else first.char_start
    year = first.year or second.year
    return RawDate(
        "range", start, second.char_end, year, first.month, first.day, first.weekday,
        second.year or year, second.month, second.day,
    )  # fmt: skip


def _anchor(resolved: Resolved, base: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """A short day range already dated ("June 13 to 17") that a later "on Thursday" falls in."""
    if resolved.granularity != "day" or resolved.start == resolved.end:
        return None
    first, last = dt.date.fromisoformat(resolved.start), dt.date.fromisoformat(resolved.end)
    return (first, last) if (last - first).days <= 14 else None


_PLANNED_VERBS = {"schedule", "plan", "set", "slate", "expect", "due", "book", "reschedule"}


def sentence_tense(doc: Doc, raw: RawDate) -> str | None:
    """ "past" / "future" / "present" / None for the clause a date stands in, from the parse."""
    span = doc.char_span(raw.char_start, raw.char_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    verb = token
    # Compare indices: spaCy makes a new Token object on each access, so `is` never matches.
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {c.lower_ for c in aux}
        if words & {"will", "shall", "'ll", "wo"} or any(
            c.tag_ == "MD" and c.lower_ in ("will", "shall") for c in aux
        ):
            return "future"
        if verb.tag_ == "VBD" or words & {"had", "has", "have", "was", "were", "did"}:
            return "past"
        if verb.tag_ == "VBN" and not words and verb.dep_ in ("acl", "amod", "advcl") and (
            verb.lemma_ not in _PLANNED_VERBS
        ):
            return "past"  # "the figures, published on Wednesday," (but "scheduled for Friday")
        if verb.tag_ in ("VBZ", "VBP") and not words:
            # "The ceremony takes place on Saturday, organisers said": the clause's own tense
            # wins over a "said" elsewhere in the sentence.
            return "present"
    sentence = span.sent.text if span.sent is not None else ""
    if _FUTURE_WORDS.search(sentence):
        return "future"
    if any(t.tag_ == "VBD" for t in span.sent):
        return "past"
    return None
