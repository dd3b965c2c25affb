"""Which grammar matches are dates: a year or a month written alone must earn it.

"Vision 2030", "Article 5 of ...", "a 2022 Lamborghini" and "2000 participants" are names, model
years and counts; "in May" is a date and "May I" is not; "the jobs of tomorrow" is the future, not
a day. The model's entity labels, the parse
and the words around a match decide; the words that make a number part of a name are data
(data/name_cues.txt, extendable through the pipeline config).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from pressextract.extractors.dates_grammar import RawDate
from pressextract.nlp.doc_index import entity_at

# Words before a bare month that make it a date ("in May", not "May I").
MONTH_CUES = {
    "in", "on", "of", "since", "until", "till", "by", "during", "from", "through", "to",
    "between", "and", "or", "early", "late", "mid", "mid-", "before", "after", "throughout",
    "last", "next", "this", "each", "every", "as",
}  # fmt: skip
# Words that Title Case headlines capitalize before a year ("Record Results For 2023",
# "Summer 2024"): they do not make the year part of a name.
_TITLE_CASE_WORDS = {
    "for", "at", "with", "over", "as", "than", "per", "vs", "vs.", "year", "spring", "summer",
    "autumn", "fall", "winter", "christmas", "easter", "fiscal", "calendar", "class",
}  # fmt: skip
# "the jobs of tomorrow": the future, not a day ("as of tomorrow" is one, and so is "the outcome of
# tomorrow's vote"). Not for "of today" / "of yesterday": "the events of today" is a day.
_AGE_OF = re.compile(r"(?<!\bas)\s+of\s+$", re.IGNORECASE)
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "this", "that"}
_PERIOD_NOUNS = {"quarter", "quarters", "half", "period"}
_TEMPORAL_NOUNS = {"level", "levels", "figure", "figures", "prices", "values", "baseline"}


@lru_cache(maxsize=1)
def builtin_name_cues() -> frozenset[str]:
    """Words such as "Vision" or "Article" after which a number is part of a name."""
    text = resources.files("pressextract.data").joinpath("name_cues.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _prev_word(text: str, start: int) -> str:
    match = re.search(r"([\w'’.#&-]+)[)\]]?[\s,]*$", text[max(0, start - 40) : start])
    return match.group(1) if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([\w'’-]+)", text[end : end + 40])
    return match.group(1) if match else ""


def is_date(raw: RawDate, text: str, doc: Doc, cues: frozenset[str] | set[str]) -> bool:
    """Drop matches that are names, counts or plain words rather than dates."""
    if raw.kind == "weekday":
        return not _weekday_in_name(doc, raw)
    if raw.kind == "deictic" and raw.amount == 1:
        return not _AGE_OF.search(text, max(0, raw.char_start - 40), raw.char_start) or bool(
            re.match(r"['’]s\b", text[raw.char_end : raw.char_end + 3])
        )
    if raw.kind not in ("date", "range", "decade"):
        return True
    before = _prev_word(text, raw.char_start)
    gap = text[max(0, raw.char_start - 2) : raw.char_start]
    written = text[raw.char_start : raw.char_end]
    if written[:1].isdigit() and (before in cues or before.rstrip(".") in cues):
        return False  # "Vision 2030", "Article 5 of ..." (not "District, September 19")
    if re.match(r"(?i)FY|CY|fiscal", written):
        return True  # "Federal fiscal year 2023", "CY2024": the cue makes the year a date
    if raw.bare and raw.month is None:
        return _is_year(raw, text, doc, before, gap, cues)
    if raw.bare:
        if _next_word(text, raw.char_end).lower() in _PERIOD_NOUNS:
            return False  # "the December period" (the grammar reads "December quarter")
        return before.lower() in MONTH_CUES or _in_entity(doc, raw, "DATE")
    if raw.month is None and raw.year and "-" not in gap:
        return _is_year(raw, text, doc, before, gap, cues)
    return True


def _weekday_in_name(doc: Doc, raw: RawDate) -> bool:
    """Whether a weekday is the head of a name ("Black Monday", "Super Tuesday"): a capitalized
    word right before it that the parse makes its modifier (not "in Paris Monday")."""
    span = doc.char_span(raw.char_start, raw.char_end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return (
        before.head.i == span.start
        and before.dep_ in ("compound", "amod")
        and before.text[:1].isupper()
        and before.lower_ not in MONTH_CUES
    )


def _is_year(
    raw: RawDate, text: str, doc: Doc, before: str, gap: str, cues: frozenset[str] | set[str]
) -> bool:
    """A bare four-digit number is a year unless it counts something or is part of a name."""
    if re.search(r"[-–/]\s*$", gap) or _in_name(doc, raw):
        return False
    if before == "of" and _names_before_of(doc, text, raw.char_start, cues):
        return False  # "the Reform Act of 1995", "Law No. 51 of 1971": the year names a law
    if before.lower() not in MONTH_CUES | _DETERMINERS and _names_street(text, raw.char_end):
        return False  # "at 1700 Camden Drive": a street number
    after = _next_word(text, raw.char_end)
    spaced = text[raw.char_end : raw.char_end + 1] == " "
    if before.lower() in _DETERMINERS - {"the"} and after[:1].isupper() and spaced:
        return False  # "a 2022 Lamborghini": a model year
    # "the 2025 ratings", "its 2016 elections": a determiner before the number makes it a year
    # that qualifies the noun ("2,000 participants" would be written with a comma).
    if after.lower() in ("people", "persons") or (
        before.lower() not in _DETERMINERS - {"a", "an"}
        and re.fullmatch(r"[a-z]+s", after)
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


# A year that is part of a name: inside an organization, product or building ("1-800 Contacts",
# "Windows 2000") or a sum; inside the name of a law, event or work only when it does not open
# it: "EclipseCon 2008" is a name, "the 1967 Protocol" dates the protocol.
_NAME_LABELS = ("ORG", "PRODUCT", "FAC", "MONEY", "QUANTITY", "PERCENT")
_TITLE_LABELS = ("LAW", "EVENT", "WORK_OF_ART")
# The capitalized words right after a number: "1700 Camden Drive".
_CAPITALIZED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*\.?)+")
# "No. 51 of", "Resolution 2334 of" / "... Act of": the words before the "of" of a named year.
_NUMBERED_OF = re.compile(r"([A-Z][\w.]*)\s*[\d/-]*\d\s+of\s+$")
_NAME_OF = re.compile(r"(\w+)\s+of\s+$")


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """Words that end a street's name ("Drive", "St."): data/location_words.json."""
    data = resources.files("pressextract.data").joinpath("location_words.json").read_text("utf-8")
    return frozenset(w.lower() for w in json.loads(data)["street_words"])


def _in_name(doc: Doc, raw: RawDate) -> bool:
    """Whether the year is part of a name or an amount the model tags (not opening a title)."""
    span = doc.char_span(raw.char_start, raw.char_end, alignment_mode="expand")
    ent = entity_at(doc, span.start) if span is not None and len(span) else None
    if ent is None or not (ent.start_char <= raw.char_start and raw.char_end <= ent.end_char):
        return False
    if ent.label_ in _NAME_LABELS:
        return True
    if ent.label_ not in _TITLE_LABELS:
        return False
    opening = re.fullmatch(r"(?i:the\s+)?", doc.text[ent.start_char : raw.char_start])
    return not (opening and raw.char_end < ent.end_char)


def _names_before_of(doc: Doc, text: str, start: int, cues: frozenset[str] | set[str]) -> bool:
    """Whether "of YEAR" ends a numbered reference ("Law No. 51 of 1971") or the name of a law
    the model tags ("the Securities Reform Act of 1995")."""
    window = text[max(0, start - 60) : start]
    numbered = _NUMBERED_OF.search(window)
    if numbered is not None:
        word = numbered.group(1)
        return word in cues or word.rstrip(".") in cues
    name = _NAME_OF.search(window)
    if name is None:
        return False
    first = start - len(window) + name.start(1)
    span = doc.char_span(first, first + len(name.group(1)), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].ent_type_ == "LAW"


def _names_street(text: str, end: int) -> bool:
    """Whether the capitalized words after a number end in a street word ("Camden Drive")."""
    words = _CAPITALIZED_AFTER.match(text, end)
    return words is not None and any(
        word.lower() in street_words() for word in words.group(0).split()[:4]
    )


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
