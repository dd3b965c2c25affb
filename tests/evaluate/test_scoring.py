"""score(): pairing gold with records, which keys are scored, counts, attribution, misses."""

from __future__ import annotations

from typing import Any

import pytest

from pressextract.evaluate import Counts, score
from pressextract.evaluate.gold import parse_gold


def gold_of(**keys: Any):
    """A GoldRelease for release.html with exactly the given keys."""
    return parse_gold({"source": "release.html", **keys})


def record(**keys: Any) -> dict[str, Any]:
    """A records.jsonl object for release.html with the given keys."""
    return {"source": "release.html", **keys}


def scored(gold_keys: dict[str, Any], record_keys: dict[str, Any], field: str) -> Counts:
    gold = gold_of(**gold_keys)
    return score({gold.source: gold}, {"release.html": record(**record_keys)}).fields[field]


def counts(tp: int, fp: int, fn: int) -> Counts:
    return Counts(tp=tp, fp=fp, fn=fn)


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        # a date equal to the publication date is ignored on both sides
        (
            {"published": "2024-05-02", "dates": [{"start": "2024-05-02", "end": "2024-05-02"}]},
            {"dates": [{"start": "2024-05-02", "end": "2024-05-02"}]},
            counts(0, 0, 0),
        ),
        (
            {"published": "2024-05-02", "dates": []},
            {
                "dates": [
                    {"start": "2024-05-02", "end": "2024-05-02"},
                    {"start": "2024", "end": "2024"},
                ]
            },
            counts(0, 1, 0),
        ),
        # ranges: start and end must both be equal
        (
            {"dates": [{"text": "22 to 24 April", "start": "2024-04-22", "end": "2024-04-24"}]},
            {"dates": [{"start": "2024-04-22", "end": "2024-04-24"}]},
            counts(1, 0, 0),
        ),
        (
            {"dates": [{"start": "2024-04-22", "end": "2024-04-24"}]},
            {"dates": [{"start": "2024-04-22", "end": "2024-04-22"}]},
            counts(0, 1, 1),
        ),
        # precision matters: a month is not its first day
        (
            {"dates": [{"start": "2024-04", "end": "2024-04"}]},
            {"dates": [{"start": "2024-04-01", "end": "2024-04-01"}]},
            counts(0, 1, 1),
        ),
        # a repeated prediction of the same date matches one gold entry only
        (
            {"dates": [{"start": "2021", "end": "2021"}]},
            {"dates": [{"start": "2021", "end": "2021"}, {"start": "2021", "end": "2021"}]},
            counts(1, 1, 0),
        ),
        # a gold file that lists each reference to a date: one prediction matches one of them
        (
            {"dates": [{"start": "2021", "end": "2021"}, {"start": "2021", "end": "2021"}]},
            {"dates": [{"start": "2021", "end": "2021"}]},
            counts(1, 0, 1),
        ),
    ],
)
def test_dates(gold, pred, expected):
    assert scored(gold, pred, "dates") == expected


@pytest.mark.parametrize(
    ("gold", "pred", "field", "expected"),
    [
        # a key absent from gold is not scored, whatever was predicted
        ({}, {"locations": [{"name": "Lagos"}]}, "locations", counts(0, 0, 0)),
        ({}, {"title": "Anything"}, "title", counts(0, 0, 0)),
        # an empty list is scored: every prediction is a false positive
        ({"locations": []}, {"locations": [{"name": "Lagos"}]}, "locations", counts(0, 1, 0)),
        ({"quotes": []}, {"quotes": []}, "quotes", counts(0, 0, 0)),
        # a missing field in the record is an empty prediction
        ({"locations": ["Lagos"]}, {}, "locations", counts(0, 0, 1)),
        (
            {"locations": ["the United States", "Lagos"]},
            {"locations": [{"name": "U.S."}, {"name": "Abuja"}]},
            "locations",
            counts(1, 1, 1),
        ),
        (
            {"organizations": [{"name": "World Customs Organization", "acronym": "WCO"}]},
            {"organizations": [{"name": "WCO", "acronym": None}]},
            "organizations",
            counts(1, 0, 0),
        ),
        (
            {"speakers": [{"name": "Robert S. Mueller III"}]},
            {"speakers": [{"name": "Robert Mueller"}, {"name": "Jane Doe"}]},
            "speakers",
            counts(1, 1, 0),
        ),
        (
            {"statistics": [{"text": "over 150,000 seizures", "value": 150000}]},
            {"statistics": [{"text": "150,000", "value": 150000.0}, {"text": "12", "value": 12}]},
            "statistics",
            counts(1, 1, 0),
        ),
        ({"title": "Big News"}, {"title": "big  news"}, "title", counts(1, 0, 0)),
        ({"title": "Big News"}, {"title": "Other"}, "title", counts(0, 1, 1)),
        ({"title": "Big News"}, {"title": None}, "title", counts(0, 0, 1)),
        ({"published": None}, {"published": "2024-01-01"}, "published", counts(0, 1, 0)),
        ({"published": None}, {"published": None}, "published", counts(0, 0, 0)),
        (
            {"dateline": {"location": "Dallas, Texas", "date": None}},
            {"dateline": {"location": "Dallas", "date": None}},
            "dateline.location",
            counts(1, 0, 0),
        ),
        (
            {"dateline": None},
            {"dateline": {"location": "Dallas", "date": "2024-01-01"}},
            "dateline.date",
            counts(0, 1, 0),
        ),
        (
            {"dateline": {"location": "Lagos", "date": "2024-05-02"}},
            {"dateline": None},
            "dateline.date",
            counts(0, 0, 1),
        ),
    ],
)
def test_fields(gold, pred, field, expected):
    assert scored(gold, pred, field) == expected


QUOTE = "The illegal wildlife trade is a serious form of organized crime."


@pytest.mark.parametrize(
    ("gold_speaker", "pred_quote", "expected_counts", "attribution"),
    [
        ("Ghada Waly", {"text": QUOTE, "speaker": "Ghada Fathi Waly"}, counts(1, 0, 0), 1.0),
        ("Ghada Waly", {"text": QUOTE, "speaker": "Jane Doe"}, counts(1, 0, 0), 0.0),
        ("Ghada Waly", {"text": QUOTE, "speaker": None}, counts(1, 0, 0), 0.0),
        (None, {"text": QUOTE, "speaker": None}, counts(1, 0, 0), 1.0),
        # only direct quotes are scored against the gold quotes
        (
            "Ghada Waly",
            {"text": QUOTE, "speaker": "Waly", "kind": "indirect"},
            counts(0, 0, 1),
            None,
        ),
        (
            "Ghada Waly",
            {"text": "serious form of organized crime", "speaker": "Waly"},
            counts(1, 0, 0),
            1.0,
        ),
        (
            "Ghada Waly",
            {"text": "crime pays, said nobody ever", "speaker": "Waly"},
            counts(0, 1, 1),
            None,
        ),
    ],
)
def test_quotes_and_attribution(gold_speaker, pred_quote, expected_counts, attribution):
    gold = gold_of(quotes=[{"text": QUOTE, "speaker": gold_speaker}])
    pred = record(quotes=[{"kind": "direct", **pred_quote}])
    scores = score({gold.source: gold}, {"release.html": pred})
    assert scores.fields["quotes"] == expected_counts
    assert scores.attribution == attribution


def test_micro_average_over_releases():
    gold_a = parse_gold({"source": "a.html", "locations": ["Lagos", "Abuja"]})
    gold_b = parse_gold({"source": "sub/b.txt", "locations": ["Accra"]})
    preds = {
        "a.html": {"source": "a.html", "locations": [{"name": "Lagos"}]},
        "b.txt": {"source": "b.txt", "locations": [{"name": "Accra"}, {"name": "Kumasi"}]},
    }
    scores = score({"a.html": gold_a, "sub/b.txt": gold_b}, preds)
    loc = scores.fields["locations"]
    assert (loc.tp, loc.fp, loc.fn) == (2, 1, 1)
    assert loc.precision == pytest.approx(2 / 3)
    assert loc.recall == pytest.approx(2 / 3)
    assert loc.f1 == pytest.approx(2 / 3)
    assert scores.releases["locations"] == 2


def test_gold_without_release_and_release_without_gold_are_reported():
    gold = parse_gold({"source": "a.html", "locations": ["Lagos"]})
    scores = score({"a.html": gold}, {"c.html": {"source": "dir/c.html"}})
    assert scores.missing == ["a.html"]
    assert scores.unannotated == ["dir/c.html"]
    assert scores.fields["locations"] == counts(0, 0, 0)


def test_per_release_misses_and_false_positives_carry_the_text():
    gold = gold_of(locations=["Lagos", "Nigeria"], organizations=[{"name": "UN", "acronym": "UN"}])
    pred = record(locations=[{"name": "Lagos"}, {"name": "Europe"}], organizations=[])
    (result,) = score({gold.source: gold}, {"release.html": pred}).per_release
    assert result.fields["locations"].misses == ["Nigeria"]
    assert result.fields["locations"].false_positives == ["Europe"]
    assert result.fields["organizations"].misses == ["UN"]


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall", "f1"),
    [
        (0, 0, 0, 1.0, 1.0, 1.0),  # nothing to find, nothing predicted
        (0, 2, 0, 0.0, 0.0, 0.0),
        (0, 0, 2, 0.0, 0.0, 0.0),
        (1, 1, 0, 0.5, 1.0, 2 / 3),
    ],
)
def test_counts_edge_cases(tp, fp, fn, precision, recall, f1):
    c = Counts(tp=tp, fp=fp, fn=fn)
    assert (c.precision, c.recall, c.f1) == pytest.approx((precision, recall, f1))


def test_organization_speakers_are_not_scored_as_quoted_persons():
    gold = {"speakers": [{"name": "Jane Doe", "title": None, "organization": None}]}
    pred = {
        "speakers": [
            {"name": "Jane Doe", "kind": "person"},
            {"name": "Ministry of Health", "kind": "organization"},
        ]
    }
    assert scored(gold, pred, "speakers") == counts(1, 0, 0)
