"""The library's public API: extract, extract_file, run."""

from __future__ import annotations

import pressextract

TEXT = (
    "LYON, France, May 3, 2024 — Acme Corp. opened a plant in Lyon that will employ 250 people"
    " from next year.\n\n"
    "“This is a great day for the region,” said Jane Doe, Chief Executive Officer of Acme Corp."
)


def test_extract_is_a_function_even_after_the_extractors_are_imported():
    import pressextract.pipeline

    assert callable(pressextract.extract)


def test_extract_text_with_its_publication_date():
    record = pressextract.extract(TEXT, title="Acme opens plant", published="2024-05-03")
    data = record.as_dict()
    assert data["title"] == "Acme opens plant"
    assert [(d["text"], d["start"]) for d in data["dates"] if d["text"] == "next year"] == [
        ("next year", "2025")
    ]
    assert [q["speaker"] for q in data["quotes"]] == ["Jane Doe"]
    assert 250 in [s["value"] for s in data["statistics"]]
    for field in ("dates", "quotes", "statistics"):
        for item in data[field]:
            assert 0 <= item["char_start"] < item["char_end"] <= len(TEXT)


def test_extract_file_and_run(tmp_path):
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "acme.txt"
    path.write_text("Acme opens plant\n\n" + TEXT, encoding="utf-8")
    record = pressextract.extract_file(path)
    assert record.document.source == "acme.txt"
    assert record.document.title == "Acme opens plant"
    summary = pressextract.run(tmp_path / "in", tmp_path / "out")
    assert (summary.read, summary.records, summary.failed) == (1, 1, 0)
    assert (tmp_path / "out" / "records.jsonl").is_file()
