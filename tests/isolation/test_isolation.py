"""One bad release never costs the others: stages, limits, chunked parsing, safety, signals."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from pressextract import pipeline
from pressextract.cli import app
from pressextract.config import Limits, parse_pipeline
from pressextract.errors import ConfigError
from pressextract.nlp.chunks import chunk_bounds, parse
from pressextract.pipeline import Extractor, Failure, process_document
from pressextract.schema import Record

PARAGRAPH = (
    "LYON, France, May 3, 2024 — Acme Corp. opened a plant that will employ 250 people."
    ' "This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme.'
)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("aaaa\n\nbbbb\n\ncccc", 12, ["aaaa\n\nbbbb\n\n", "cccc"]),
        ("short", 10, ["short"]),
        ("one two three four five six", 10, ["one two ", "three ", "four five ", "six"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_chunks_cover_the_text_and_end_after_a_break(text, limit, expected):
    bounds = chunk_bounds(text, limit)
    assert [text[a:b] for a, b in bounds] == expected
    assert all(b - a <= limit for a, b in bounds)


def test_a_long_text_is_parsed_in_chunks_with_offsets_into_the_whole_text(nlp, config):
    text = "\n\n".join(f"{PARAGRAPH} Item {i}." for i in range(40))
    doc = parse(nlp, text, chunk_chars=1000, own_components=config.components)
    assert doc.text == text
    small = Limits(chunk_chars=1000, release_seconds=0)
    from dataclasses import replace

    document = pipeline.document_from_text(text, published="2024-05-03")
    record = process_document(document, nlp, replace(config, limits=small))
    assert isinstance(record, Record)
    assert len(record.quotes) >= 30
    for item in (*record.quotes, *record.statistics, *record.dates):
        assert text[item.char_start : item.char_end] == item.text
    assert max(q.char_start for q in record.quotes) > len(text) // 2


def test_an_extractor_that_raises_costs_its_field_not_the_record(nlp, config):
    def boom(doc, document, options):
        raise ValueError("boom")

    extractors = (*pipeline.configured_extractors(config), Extractor("statistics", boom, None))
    extractors = tuple(e for e in extractors if e.field != "statistics" or e.function is boom)
    record = process_document(
        pipeline.document_from_text(PARAGRAPH), nlp, config, extractors
    )
    assert isinstance(record, Record)
    assert record.statistics == ()
    assert record.quotes
    assert any("statistics: the extractor failed (ValueError: boom)" in w
               for w in record.document.warnings)


def test_a_release_past_its_time_limit_becomes_an_error_row(nlp, config):
    from dataclasses import replace

    def forever(doc, document, options):
        while True:
            pass

    limited = replace(config, limits=Limits(release_seconds=0.5))
    outcome = process_document(
        pipeline.document_from_text(PARAGRAPH), nlp, limited, (Extractor("dates", forever, None),)
    )
    assert isinstance(outcome, Failure)
    assert outcome.stage == "extract:dates"
    assert "time limit of 0.5 s" in outcome.reason


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("max_file_mb = -1", "max_file_mb must be a number >= 0"),
        ("max_file_mb = 0", "max_file_mb must be greater than 0"),
        ("chunk_chars = 10", "chunk_chars must be an integer >= 1000"),
        ("batch_chars = 0", "batch_chars must be an integer >= 1"),
        ('release_seconds = "soon"', "release_seconds must be a number"),
        ("max_files = 3", "unknown option(s) in [limits]: max_files"),
    ],
)
def test_bad_limits_are_config_errors(table, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")
                       .replace("[", r"\[").replace("]", r"\]")):
        parse_pipeline(f"[limits]\n{table}\n")


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.txt").write_text(f"Release {i}\n\n{PARAGRAPH}", encoding="utf-8")
    return folder


def test_every_file_failing_exits_1_with_error_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"not a pdf")
    (folder / "b.txt").write_bytes(b"   \n\t  ")
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert "no release could be processed" in result.output
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert list(errors["source"]) == ["a.pdf", "b.txt"]


def test_an_extractor_raising_on_one_release_leaves_the_others(folder, tmp_path, monkeypatch):
    original = pipeline.EXTRACTORS["quotes"]

    def picky(doc, document, options):
        if document.source == "r1.txt":
            raise RuntimeError("bug met on r1")
        return original[1](doc, document, options)

    monkeypatch.setitem(pipeline.EXTRACTORS, "quotes", (original[0], picky))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "3 releases read, 0 failed, 3 records written" in result.output
    rows = pd.read_csv(out / "releases.csv")
    warnings = dict(zip(rows["source"], rows["warnings"].fillna(""), strict=True))
    assert "quotes: the extractor failed (RuntimeError: bug met on r1)" in warnings["r1.txt"]
    assert warnings["r0.txt"] == ""
    quotes = pd.read_csv(out / "quotes.csv", dtype={"release_id": str})
    assert len(quotes) == 2


def test_the_input_folder_is_only_read(folder, tmp_path):
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    folder.chmod(0o555)
    try:
        result = CliRunner().invoke(app, ["run", str(folder), "--out", str(tmp_path / "o"), "-q"])
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 0, result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_file_over_the_size_limit_is_read_up_to_it_with_a_warning(tmp_path):
    from pressextract.errors import IngestError
    from pressextract.ingest import read_document

    path = tmp_path / "long.txt"
    path.write_text("Acme opens a plant\n\n" + "\n\n".join([PARAGRAPH] * 200), encoding="utf-8")
    document = read_document(path, tmp_path, max_bytes=2000)
    assert "only its first 0.002 MB were read" in document.warnings[0]
    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"0" * 3000)
    with pytest.raises(IngestError, match="cut short cannot be read"):
        read_document(pdf, tmp_path, max_bytes=2000)


def test_an_output_folder_inside_the_input_is_refused(folder):
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(folder / "out"), "-q"])
    assert result.exit_code == 2
    assert "is inside the input folder" in result.output
    assert not (folder / "out").exists()
