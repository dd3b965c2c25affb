"""Draft gold files from records: the ANNOTATION.md shape, what is left out, always valid."""

from __future__ import annotations

from pressextract.evaluate.annotate import draft_gold
from pressextract.evaluate.gold import SCORED_KEYS, parse_gold
from pressextract.pipeline import document_from_text
from pressextract.schema import DateMention, Location, Quote, Record, Statistic

RECORD = {
    "source": "news/2024/clinic.html",
    "title": "Ministry opens\n  new clinic",
    "published": "2024-05-02",
    "dateline": {"location": "LAGOS", "date": "2024-05-02", "text": "LAGOS, May 2, 2024 -"},
    "dates": [
        {"text": "May 2, 2024", "start": "2024-05-02", "end": "2024-05-02", "char_start": 0},
        {"text": "22 to 24 April", "start": "2024-04-22", "end": "2024-04-24"},
        {"text": "22 to 24 April", "start": "2024-04-22", "end": "2024-04-24"},
    ],
    "locations": [{"name": "Lagos", "label": "GPE", "mentions": 3}],
    "organizations": [{"name": "Ministry of Health", "acronym": None, "mentions": 2}],
    "speakers": [{"name": "Jane Doe", "title": "Health Minister", "organization": None}],
    "quotes": [
        {"text": "We act now.", "speaker": "Jane Doe", "kind": "direct"},
        {"text": "the clinic would help", "speaker": "Jane Doe", "kind": "indirect"},
    ],
    "statistics": [{"text": "120 beds", "value": 120, "unit": "beds", "qualifier": None}],
}


def test_draft_has_the_annotation_keys_in_order():
    draft = draft_gold(RECORD)
    assert list(draft) == ["source", *SCORED_KEYS, "notes"]
    assert draft["source"] == "clinic.html"  # gold files name the release file only
    assert draft["title"] == "Ministry opens new clinic"
    assert draft["dateline"] == {"location": "LAGOS", "date": "2024-05-02"}


def test_draft_leaves_out_what_gold_does_not_hold():
    draft = draft_gold(RECORD)
    # the publication date is scored as `published`; repeats are listed once
    assert draft["dates"] == [
        {"text": "22 to 24 April", "start": "2024-04-22", "end": "2024-04-24"}
    ]
    assert draft["locations"] == ["Lagos"]
    assert draft["quotes"] == [{"text": "We act now.", "speaker": "Jane Doe"}]  # direct only
    assert draft["statistics"] == [
        {"text": "120 beds", "value": 120, "unit": "beds", "qualifier": None}
    ]


def test_draft_of_an_empty_record_is_valid_and_says_there_is_none():
    draft = draft_gold({"source": "empty.txt"})
    gold = parse_gold(draft)
    assert gold.keys == frozenset(SCORED_KEYS)
    assert draft["dateline"] is None and draft["quotes"] == []


def test_draft_from_a_record_object():
    document = document_from_text("Text.", title="T", published="2024-05-02", source="a/b.txt")
    record = Record(
        document=document,
        dates=(DateMention("in 2021", "2021", "2021", 0, 7),),
        locations=(Location("Lagos", "GPE", 1),),
        quotes=(Quote("Hello there.", None, "direct", 0, 12),),
        statistics=(Statistic("12.5 per cent", 12.5, "percent", None, 0, 13),),
    )
    draft = draft_gold(record)
    assert draft["source"] == "b.txt"
    assert draft["dates"] == [{"text": "in 2021", "start": "2021", "end": "2021"}]
    assert draft["quotes"] == [{"text": "Hello there.", "speaker": None}]
    assert draft["statistics"][0]["value"] == 12.5
