"""Every release of ../shared/corpus goes through the whole pipeline with sane output."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressextract.batch import run

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def corpus_records(shared_dir, tmp_path_factory, config):
    from pressextract.export.jsonl import read_jsonl

    out = tmp_path_factory.mktemp("corpus")
    summary = run(shared_dir / "corpus" / "releases", out, pipeline=config, formats=("jsonl",))
    return summary, read_jsonl(out / "records.jsonl")


def _valid_iso(value: str) -> bool:
    if not ISO.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def test_no_release_fails(corpus_records):
    summary, records = corpus_records
    assert summary.failed == 0, summary.failures
    assert len(records) == summary.read >= 30


def test_every_release_has_a_title_and_text(corpus_records):
    _, records = corpus_records
    for record in records:
        assert record["title"] and record["title"].strip(), record["source"]
        assert len(record["text"]) > 200, record["source"]


def test_dates_are_valid_iso_and_ordered(corpus_records):
    _, records = corpus_records
    for record in records:
        if record["published"] is not None:
            assert _valid_iso(record["published"]) and len(record["published"]) == 10
        for item in record["dates"]:
            assert _valid_iso(item["start"]) and _valid_iso(item["end"]), item
            assert item["start"][:4] <= item["end"][:4], item


@pytest.mark.parametrize("field", ["dates", "quotes", "statistics"])
def test_char_offsets_slice_text_to_the_mention(corpus_records, field):
    _, records = corpus_records
    for record in records:
        text = record["text"]
        headline = " ".join(filter(None, (record["title"], record["subtitle"])))
        for item in record[field]:
            if item["char_start"] is None:  # found in the headline, which is not in `text`
                assert item["char_end"] is None, item
                assert field == "quotes" or item["text"] in " ".join(headline.split()), item
                continue
            piece = text[item["char_start"] : item["char_end"]]
            assert 0 <= item["char_start"] < item["char_end"] <= len(text), item
            if field != "quotes":
                assert piece == item["text"], (record["source"], item)


def test_entities_appear_once_per_release(corpus_records):
    _, records = corpus_records
    for record in records:
        for field in ("locations", "organizations", "speakers"):
            names = [item["name"] for item in record[field]]
            assert len(names) == len(set(names)), (record["source"], field, names)


def test_english_releases_get_every_field(corpus_records):
    _, records = corpus_records
    english = [r for r in records if r["language"] == "en"]
    assert len(english) >= 25
    for field in ("dates", "locations", "organizations", "speakers", "quotes", "statistics"):
        assert sum(bool(r[field]) for r in english) >= len(english) // 3, field


def test_non_english_releases_are_flagged(corpus_records):
    _, records = corpus_records
    others = [r for r in records if r["language"] not in (None, "en")]
    assert {r["language"] for r in others} >= {"de"}
    for record in others:
        assert any("language" in w for w in record["warnings"]), record["source"]
