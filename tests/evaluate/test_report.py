"""Thresholds, the pinned baseline, and the three renderings of a score."""

from __future__ import annotations

import json

import pytest

from pressextract.errors import PressExtractError
from pressextract.evaluate import score
from pressextract.evaluate.gold import parse_gold
from pressextract.evaluate.report import (
    check_minimums,
    load_baseline,
    parse_thresholds,
    render,
    write_baseline,
)


@pytest.fixture
def scores():
    """locations F1 0.5 (1 tp, 1 fp, 1 fn), quotes 1.0 with attribution 0.0, title 1.0."""
    gold = parse_gold(
        {
            "source": "r.html",
            "title": "Big News",
            "locations": ["Lagos", "Nigeria"],
            "quotes": [{"text": "We act now.", "speaker": "Jane Doe"}],
        }
    )
    pred = {
        "source": "r.html",
        "title": "Big News",
        "locations": [{"name": "Lagos"}, {"name": "Europe"}],
        "quotes": [{"text": "We act now.", "speaker": None, "kind": "direct"}],
    }
    return score({"r.html": gold}, {"r.html": pred})


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        ([], {}),
        (["quotes=0.6"], {"quotes": 0.6}),
        (["dates=0", "dateline.location=1"], {"dates": 0.0, "dateline.location": 1.0}),
        (["quotes.attribution=0.5"], {"quotes.attribution": 0.5}),
    ],
)
def test_parse_thresholds(specs, expected):
    assert parse_thresholds(specs) == expected


@pytest.mark.parametrize("spec", ["quotes", "quote=0.5", "quotes=high", "quotes=1.5", "=0.3"])
def test_bad_threshold_is_a_usage_error(spec):
    with pytest.raises(PressExtractError, match="--fail-under"):
        parse_thresholds([spec])


@pytest.mark.parametrize(
    ("minimums", "failing"),
    [
        ({"locations": 0.5}, []),  # equal is enough
        ({"locations": 0.5001}, ["locations"]),
        ({"title": 1.0, "quotes": 1.0}, []),
        ({"quotes.attribution": 0.1}, ["quotes.attribution"]),
        ({"locations": 0.9, "quotes.attribution": 0.1}, ["locations", "quotes.attribution"]),
    ],
)
def test_check_minimums_names_the_fields_that_fall_short(scores, minimums, failing):
    assert [s.field for s in check_minimums(scores, minimums, "threshold")] == failing


def test_baseline_round_trip_pins_every_metric(tmp_path, scores):
    path = tmp_path / "sub" / "baseline.json"
    write_baseline(path, scores)
    pinned = load_baseline(path)
    assert pinned["locations"] == 0.5
    assert pinned["quotes.attribution"] == 0.0
    assert set(pinned) >= {"title", "dates", "statistics"}
    assert check_minimums(scores, pinned, "baseline") == []  # a fresh baseline always passes
    assert not list(tmp_path.glob("sub/.*tmp"))  # no temporary file left behind


def test_a_drop_below_the_baseline_fails(tmp_path, scores):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"scores": {"locations": 0.75, "title": 0.5}}), encoding="utf-8")
    (shortfall,) = check_minimums(scores, load_baseline(path), "baseline")
    assert shortfall.field == "locations"
    assert shortfall.line() == "locations F1 0.5000 < 0.7500 (baseline)"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "does not exist"),
        ("{", "not valid JSON"),
        ('{"f1": {}}', "key 'scores'"),
        ('{"scores": {"loctions": 0.5}}', "unknown field 'loctions'"),
        ('{"scores": {"locations": "0.5"}}', "must be a number"),
    ],
)
def test_bad_baseline_is_a_clear_error(tmp_path, content, problem):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(PressExtractError, match=problem):
        load_baseline(path)


def test_table_shows_every_field_and_attribution(scores):
    text = render(scores, "table")
    lines = text.splitlines()
    assert lines[0].split() == ["field", "precision", "recall", "f1", "tp", "fp", "fn", "releases"]
    assert lines[2 + 5].split() == ["locations", "0.500", "0.500", "0.500", "1", "1", "1", "1"]
    assert "quote attribution: 0.000 (0/1 matched quotes)" in text
    assert "Nigeria" not in text  # per-release detail only on request


def test_per_doc_lists_misses_false_positives_and_misattributions(scores):
    text = render(scores, "table", per_doc=True)
    assert "== r.html" in text
    assert "locations miss: Nigeria" in text
    assert "locations false positive: Europe" in text
    assert "quotes misattributed: “We act now.”: gold 'Jane Doe', predicted None" in text


def test_markdown_is_a_pipe_table(scores):
    lines = render(scores, "markdown", per_doc=True).splitlines()
    assert lines[0].startswith("| field | precision |")
    assert lines[1].startswith("|---|---:|")
    assert "### r.html" in lines
    assert "- locations miss: Nigeria" in lines


def test_json_carries_counts_and_optional_detail(scores):
    data = json.loads(render(scores, "json"))
    assert data["fields"]["locations"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "tp": 1,
        "fp": 1,
        "fn": 1,
        "releases": 1,
    }
    assert data["attribution"] == {"accuracy": 0.0, "correct": 0, "matched": 1}
    assert "releases" not in data
    detail = json.loads(render(scores, "json", per_doc=True))
    assert detail["releases"][0]["fields"]["locations"]["misses"] == ["Nigeria"]


def test_unknown_format():
    with pytest.raises(PressExtractError, match="unknown format"):
        render(score({}, {}), "html")
