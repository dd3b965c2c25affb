"""Releases are parsed in batches (`nlp.pipe`), and one bad release still costs only itself."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from spacy.language import Language

from pressextract import parsing, pipeline
from pressextract.config import Limits
from pressextract.pipeline import Failure, parse_documents, process_document, process_documents
from pressextract.schema import Record

RELEASES = [
    "LYON, France, May 3, 2024 — Acme Corp. opened a plant that will employ 250 people.",
    '"This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme.',
    "The Ministry of Health opened a clinic with 120 beds in Lagos on Thursday.",
]


@Language.component("pressextract_test_trouble")
def _trouble(doc):  # raises on BOOM, dawdles on SLOW: a model that fails on one release
    if "BOOM" in doc.text:
        raise ValueError("the model broke on this release")
    if "SLOW" in doc.text:
        time.sleep(2.0)
    return doc


@pytest.fixture
def troubled(nlp):
    nlp.add_pipe("pressextract_test_trouble", name="trouble", first=True)
    try:
        yield nlp
    finally:
        nlp.remove_pipe("trouble")


@pytest.fixture
def pipe_calls(monkeypatch) -> list[int]:
    """The number of texts of each call of the model's pipe, as the test goes."""
    sizes: list[int] = []
    pipe = parsing._pipe

    def counted(guard, nlp, texts):
        sizes.append(len(texts))
        return pipe(guard, nlp, texts)

    monkeypatch.setattr(parsing, "_pipe", counted)
    return sizes


def documents(*texts: str):
    return [pipeline.document_from_text(t, source=f"r{i}.txt") for i, t in enumerate(texts)]


def test_a_batch_gives_the_records_of_releases_parsed_one_by_one(nlp, config):
    batch = documents(*RELEASES)
    together = [r.as_dict() for r in process_documents(batch, nlp, config)]
    alone = [process_document(d, nlp, config).as_dict() for d in batch]
    assert together == alone


def test_a_release_the_model_fails_on_costs_only_itself(troubled, config):
    batch = documents(RELEASES[0], "BOOM " + RELEASES[1], RELEASES[2])
    results = list(process_documents(batch, troubled, config))
    assert [type(r).__name__ for r in results] == ["Record", "Failure", "Record"]
    assert results[1].stage == "model" and "the model broke" in results[1].reason
    alone = process_document(batch[2], troubled, config)
    assert results[2].as_dict() == alone.as_dict()


def test_a_release_past_the_time_limit_in_a_batch_costs_only_itself(troubled, config):
    # The batch may take the sum of its releases' limits (1.5 s); the slow one takes longer.
    limited = replace(config, limits=Limits(release_seconds=0.5))
    batch = documents(RELEASES[0], "SLOW " + RELEASES[1], RELEASES[2])
    parsed = parse_documents(batch, troubled, limited)
    assert isinstance(parsed[1].doc, Failure) and parsed[1].doc.stage == "model"
    assert "time limit of 0.5 s" in parsed[1].doc.reason
    assert [p.doc.text for p in (parsed[0], parsed[2])] == [RELEASES[0], RELEASES[2]]


def test_other_languages_and_long_texts_leave_the_batch(nlp, config):
    chunked = replace(config, limits=Limits(chunk_chars=1000, release_seconds=0))
    long_text = "\n\n".join(RELEASES[0].replace("250", str(300 + i)) for i in range(30))
    batch = documents(RELEASES[0], long_text, RELEASES[2])
    batch[2] = replace(batch[2], language="de")
    results = list(process_documents(batch, nlp, chunked))
    assert all(isinstance(r, Record) for r in results)
    assert results[1].document.text == long_text and len(results[1].statistics) >= 30
    assert results[2].quotes == () and "not configured" in results[2].document.warnings[-1]


@pytest.mark.parametrize(
    ("lengths", "limit", "expected"),
    [
        ([400, 400, 400], 1000, [[0, 1], [2]]),  # a group holds at most `limit` characters
        ([1000, 10, 10], 1000, [[0], [1, 2]]),
        ([10] * 5, 1000, [[0, 1, 2, 3, 4]]),
        ([], 1000, []),
    ],
)
def test_texts_are_parsed_together_in_groups_of_at_most_chunk_chars(lengths, limit, expected):
    assert parsing._groups(list(range(len(lengths))), lengths, limit) == expected


@pytest.mark.parametrize(
    ("batch_chars", "expected"),
    [
        (20_000, [3]),  # the three short releases in one nlp.pipe call
        (170, [2]),  # the memory budget splits them: two together, the third alone
        (1, []),  # each alone (the per-release path, not nlp.pipe)
    ],
)
def test_the_model_parses_texts_together_up_to_batch_chars(
    nlp, config, pipe_calls, batch_chars, expected
):
    sizes = pipe_calls
    budget = replace(config, limits=Limits(batch_chars=batch_chars))
    parsed = parse_documents(documents(*RELEASES), nlp, budget)
    assert sizes == expected
    assert [p.doc.text for p in parsed] == RELEASES


HEADLINES = [
    "Acme Opens Plant in Lyon",
    "Jane Doe Welcomes New Jobs",
    "Ministry Opens Clinic in Lagos",
]


def test_headlines_are_parsed_with_their_bodies_in_one_call(nlp, config, pipe_calls):
    sizes = pipe_calls
    batch = [
        pipeline.document_from_text(text, title=title, source=f"r{i}.txt")
        for i, (text, title) in enumerate(zip(RELEASES, HEADLINES, strict=True))
    ]
    parsed = parse_documents(batch, nlp, config)
    assert sizes == [6]  # three bodies and their three headlines
    assert [p.doc.text for p in parsed] == RELEASES
    assert [p.headline.text for p in parsed] == HEADLINES


def test_a_batch_with_headlines_gives_the_records_of_releases_parsed_one_by_one(nlp, config):
    batch = [
        pipeline.document_from_text(text, title=title, source=f"r{i}.txt")
        for i, (text, title) in enumerate(zip(RELEASES, HEADLINES, strict=True))
    ]
    together = [r.as_dict() for r in process_documents(batch, nlp, config)]
    alone = [process_document(d, nlp, config).as_dict() for d in batch]
    assert together == alone


def test_the_headline_of_a_release_parsed_alone_is_still_read(troubled, config):
    # The group fails (BOOM), so its releases are parsed one by one; the headlines too.
    batch = [
        pipeline.document_from_text(text, title=title, source=f"r{i}.txt")
        for i, (text, title) in enumerate(zip(RELEASES, HEADLINES, strict=True))
    ]
    batch[1] = replace(batch[1], text="BOOM " + batch[1].text)
    parsed = parse_documents(batch, troubled, config)
    assert isinstance(parsed[1].doc, Failure) and parsed[1].headline is None
    assert [parsed[i].headline.text for i in (0, 2)] == [HEADLINES[0], HEADLINES[2]]
