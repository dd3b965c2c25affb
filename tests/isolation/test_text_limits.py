"""The model's share of a release's limits: texts over [limits] max_text_chars are refused
before the model sees them, and the time reading and ingest took counts against the model's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pressextract import pipeline
from pressextract.config import Limits, parse_pipeline
from pressextract.engines import worker
from pressextract.engines.release import Release
from pressextract.errors import ConfigError
from pressextract.pipeline import Failure, document_from_text, parse_documents, process_document
from pressextract.schema import Record

LINE = "Acme Corp. opened a plant in Lyon that will employ 250 people, the company said. "


def text_of(length: int) -> str:
    """A text of exactly `length` characters on one line."""
    return (LINE * (length // len(LINE) + 1))[:length]


@pytest.fixture
def no_model(monkeypatch):
    """The model must not be reached: parsing raises."""

    def parse(*args, **kwargs):
        raise AssertionError("the model saw a text over max_text_chars")

    monkeypatch.setattr(pipeline.chunks, "parse", parse)


@pytest.mark.parametrize("path", ["library", "batch"])
def test_a_text_over_the_default_limit_is_refused_before_the_model(nlp, config, no_model, path):
    assert config.limits.max_text_chars == 1_000_000
    document = document_from_text(text_of(1_000_001))
    if path == "library":
        outcome = process_document(document, nlp, config)
    else:
        (parsed,) = parse_documents([document], nlp, config)
        outcome = parsed.doc
    assert isinstance(outcome, Failure)
    assert outcome.stage == "model"
    assert outcome.reason.startswith(
        "text is 1,000,001 characters, longer than the 1,000,000 the model reads"
        " ([limits] max_text_chars): it was not parsed"
    )


@pytest.mark.parametrize(
    ("length", "parsed"),
    [
        (2000, True),  # at the limit: parsed (in two chunks of chunk_chars)
        (2001, False),  # one character over: refused, never cut
    ],
)
def test_the_limit_is_the_longest_text_parsed(nlp, config, length, parsed):
    limits = Limits(chunk_chars=1000, max_text_chars=2000, release_seconds=0)
    outcome = process_document(
        document_from_text(text_of(length)), nlp, replace(config, limits=limits)
    )
    assert isinstance(outcome, Record) == parsed
    if parsed:
        assert outcome.document.text == text_of(length)


def test_a_limit_of_zero_parses_any_length(config):
    limits = Limits(max_text_chars=0)
    assert not pipeline.too_long(
        document_from_text(text_of(2_000_000)), replace(config, limits=limits)
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("max_text_chars = -1", "max_text_chars must be an integer >= 0 (0: no limit)"),
        ("max_text_chars = 1.5", "max_text_chars must be an integer >= 0 (0: no limit)"),
    ],
)
def test_bad_max_text_chars_is_a_config_error(table, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_pipeline(f"[limits]\n{table}\n")


@pytest.mark.parametrize(("spent", "parsed"), [(0.0, True), (5.0, False)])
def test_time_spent_before_the_model_counts_against_its_limit(nlp, config, spent, parsed):
    limited = replace(config, limits=Limits(release_seconds=5))
    document = document_from_text(LINE)
    (outcome,) = parse_documents([document], nlp, limited, spent=[spent])
    assert isinstance(outcome.doc, Failure) != parsed
    if not parsed:
        assert outcome.doc.stage == "model"
        assert "time limit of 5 s" in outcome.doc.reason


def test_a_worker_passes_the_ingest_time_to_the_model(tmp_path: Path, config, monkeypatch):
    (tmp_path / "r.txt").write_text(f"Acme opens a plant\n\n{LINE}", encoding="utf-8")
    seen: list[list[float]] = []
    original = worker.parse_documents

    def spy(documents, nlp, config, spent=()):
        seen.append(list(spent))
        return original(documents, nlp, config, spent)

    monkeypatch.setattr(worker, "parse_documents", spy)
    (outcome,) = worker.process_chunk(
        [Release("r.txt", str(tmp_path / "r.txt"), str(tmp_path), "-")], config
    )
    assert outcome.ok, outcome.reason
    assert len(seen) == 1 and len(seen[0]) == 1 and seen[0][0] > 0
