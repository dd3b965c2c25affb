"""The headline and standfirst: read by the model apart from the body, merged into its record.

The headline is part of the release (ANNOTATION.md: annotate its headline and body), yet `text`
is the body and every offset indexes `text`. So the headline lines that the body does not already
hold are parsed as a short text of their own, by the same model and extractors, and `merge_headline`
adds to the body's record what the headline says that the body does not (a release lists a
repeated fact once). Parsed apart, a Title Case headline cannot sway how the release-wide
components read the body's names.
- places named only in the headline are added, with a null `char_start`;
- dates and statistics only the headline gives are added with null offsets; one restating the
  body's (same value, or its words inside one of the body's dates) is not;
- direct quotes of the headline are added with null offsets (speakers come from the body);
- organizations of the headline are not: in a headline the small model takes runs of
  capitalized words for names ("Acme Opens New Factory"), and a headline names the issuer that
  the body names again.
A headline in Title Case or capitals hides which words are names, so from such a line counts and
durations ("Three Sentenced", "2024 Financial Results", "Over a Decade") and month names without
a day or year ("August Wilson") are not taken either; money, percentages and measures carry
their own marks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pressextract.schema import DateMention, Document, Location, Record, Statistic

_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
     "over", "per", "the", "to", "up", "via", "vs", "with")
)  # fmt: skip


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def headline_lines(document: Document) -> list[str]:
    """The headline and standfirst that the body does not already hold, in that order."""
    body = _key(document.text)
    lines: list[str] = []
    for line in (document.title, document.subtitle):
        line = " ".join((line or "").split())
        key = _key(line)
        if key and key not in body and all(key != _key(seen) for seen in lines):
            lines.append(line)
    return lines


def headline_text(document: Document) -> str:
    """What the model reads of the headline: its lines as paragraphs ("" when there are none)."""
    return "\n\n".join(headline_lines(document))


def headline_document(document: Document, text: str) -> Document:
    """The Document the extractors read with the headline's Doc: the release's dates, no body."""
    return Document(
        id=document.id,
        source=document.source,
        format=document.format,
        title=None,
        text=text,
        published=document.published or (document.dateline.date if document.dateline else None),
        language=document.language,
    )


def is_capitalized_line(line: str) -> bool:
    """Whether a line is set in Title Case or capitals: its words do not tell names apart."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def merge_headline(record: Record, headline: Record) -> Record:
    """The body's record with what the headline's record adds to it (see the module's doc)."""
    text = headline.document.text
    capitalized = _capitalized_spans(text)
    dates = [
        _unplaced(d)
        for d in headline.dates
        if not _restated_date(d, record.dates)
        and not (_in_spans(d, capitalized) and _bare_month(d))
    ]
    statistics = [
        _unplaced(s)
        for s in headline.statistics
        if not _restated_figure(s, record.statistics)
        and not (_in_spans(s, capitalized) and _by_case(s))
        and not _in_ratio(s, text)
    ]
    quotes = [_unplaced(q) for q in headline.quotes if q.kind == "direct"]
    return replace(
        record,
        dates=(*record.dates, *dates),
        statistics=(*record.statistics, *statistics),
        quotes=(*record.quotes, *quotes),
        locations=_merged_places(record.locations, headline.locations),
    )


def _capitalized_spans(text: str) -> list[tuple[int, int]]:
    """Char ranges of the headline lines set in Title Case or capitals."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
            if is_capitalized_line(m.group(0))]  # fmt: skip


def _in_spans(item: Any, spans: list[tuple[int, int]]) -> bool:
    return item.char_start is not None and any(a <= item.char_start < b for a, b in spans)


def _restated_date(date: DateMention, body: tuple[DateMention, ...]) -> bool:
    """The body gives the same date, or writes the headline's words within one of its dates
    ("first quarter" in "its fiscal 2024 first quarter")."""
    key = _key(date.text)
    return any((d.start, d.end) == (date.start, date.end) or key in _key(d.text) for d in body)


def _bare_month(date: DateMention) -> bool:
    """A month name alone ("August"), with no day or year written."""
    return date.granularity == "month" and not re.search(r"\d", date.text)


def _restated_figure(stat: Statistic, body: tuple[Statistic, ...]) -> bool:
    """The body gives the same value, of the same unit or with one side unit-less."""
    words = set((stat.unit or "").lower().split())
    for other in body:
        if abs(other.value - stat.value) > 1e-6 * max(1.0, abs(stat.value)):
            continue
        other_words = set((other.unit or "").lower().split())
        if not words or not other_words or words & other_words:
            return True
    return False


_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO = re.compile(rf"\b{_NUMBER}\s+(?:out\s+)?(?:of|in)\s+(?:every\s+)?{_NUMBER}\b", re.I)


def _in_ratio(stat: Statistic, text: str) -> bool:
    """A number of a ratio ("9 of 10 fish", "one in five palms"): a share, not two counts."""
    return stat.char_start is not None and any(
        m.start() <= stat.char_start < m.end() for m in _RATIO.finditer(text)
    )


def _by_case(stat: Statistic) -> bool:
    """A count or duration: read from the words around it, which capitals make names."""
    return stat.kind in {"count", "duration"}


def _unplaced(item: Any) -> Any:
    return replace(item, char_start=None, char_end=None)


def _merged_places(body: tuple[Location, ...], headline: tuple[Location, ...]) -> tuple:
    """The body's places, each headline mention of one counted, and the headline's new ones."""
    out = list(body)
    for place in headline:
        at = next((i for i, p in enumerate(out) if _same_place(p, place)), None)
        if at is None:
            out.append(replace(place, char_start=None))
        else:
            out[at] = replace(out[at], mentions=out[at].mentions + place.mentions)
    return tuple(out)


def _same_place(one: Location, other: Location) -> bool:
    """The same name, or the same country however written ("US" and "United States")."""
    if _key(one.name) == _key(other.name):
        return True
    return (
        one.type == other.type == "country"
        and one.country_code is not None
        and one.country_code == other.country_code
    )
