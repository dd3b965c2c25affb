"""The whole extract() on random text: a Record whose offsets point into its text, or a clear
PressExtractError, never another exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pressextract
from pressextract.errors import PressExtractError

FUZZ = settings.get_profile("pressextract-fuzz")
WORDS = [
    "Acme", "Corp.", "said", "Jane", "Doe", "the", "council", "opened", "a", "plant", "in",
    "Lyon", "France", "on", "May", "3", "2024", "31", "February", "$", "4.5", "million", "%",
    "250", "people", "CEO", "of", "(ACME)", "“", "”", '"', "'", ",", ".", "—", "-", "\n\n", "\n",
    "yesterday", "last", "week", "according", "to", "EU", "UN", "New", "York", "9" * 40, "½",
    "1,000,000,000,000", "Q3", "FY2024", "2024-05-03", "03/05/2024", "\u202e", "\x00", "\t",
]
press_text = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=120).map(" ".join)


def check(text: str, published: str | None) -> None:
    try:
        record = pressextract.extract(text, published=published)
    except PressExtractError as exc:
        assert str(exc)
        return
    body = record.document.text
    for item in (*record.quotes, *record.dates, *record.statistics):
        assert 0 <= item.char_start <= item.char_end <= len(body), item
    for quote in record.quotes:
        assert body[quote.char_start : quote.char_end] == quote.text
    record.as_dict()  # serializes


@settings(FUZZ, max_examples=100)
@given(st.text(max_size=600))
def test_extract_on_random_text(text):
    check(text, None)


@settings(FUZZ, max_examples=200)
@given(press_text, st.sampled_from([None, "2024-05-03", "2000-02-29"]))
def test_extract_on_release_like_text(text, published):
    check(text, published)
