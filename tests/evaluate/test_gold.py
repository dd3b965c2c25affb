"""Gold files: what loads, and the clear error (file + key) for each way one can be malformed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressextract.errors import GoldFormatError, InputNotFound
from pressextract.evaluate.gold import load_gold_dir, load_gold_file, parse_gold, release_key

EXAMPLE = {
    "source": "unodc_2024-05-02_seizures.html",
    "title": "Record seizure of pangolin scales in Lagos",
    "published": "2024-05-02",
    "dateline": {"location": "Lagos", "date": "2024-05-02"},
    "dates": [
        {"text": "22 to 24 April 2024", "start": "2024-04-22", "end": "2024-04-24"},
        {"text": "in 2021", "start": "2021", "end": "2021"},
    ],
    "locations": ["Lagos", "Nigeria", "South America"],
    "organizations": [
        {"name": "United Nations Office on Drugs and Crime", "acronym": "UNODC"},
        {"name": "Nigeria Customs Service", "acronym": None},
    ],
    "speakers": [{"name": "Ghada Fathi Waly", "title": "Executive Director", "organization": None}],
    "quotes": [{"text": "The trade is a serious crime.", "speaker": "Ghada Fathi Waly"}],
    "statistics": [
        {"text": "over 150,000 seizures", "value": 150000, "unit": "seizures", "qualifier": "over"},
        {"text": "12 per cent", "value": 12.5, "unit": "percent", "qualifier": None},
    ],
    "notes": "free text",
}


def write(folder: Path, name: str, content: object) -> Path:
    path = folder / name
    text = content if isinstance(content, str) else json.dumps(content)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_annotation_md_example_loads(tmp_path):
    gold = load_gold_file(write(tmp_path, "unodc_2024-05-02_seizures.json", EXAMPLE))
    assert gold.title == "Record seizure of pangolin scales in Lagos"
    assert gold.dateline is not None and gold.dateline.location == "Lagos"
    assert [(d.start, d.end) for d in gold.dates] == [
        ("2024-04-22", "2024-04-24"),
        ("2021", "2021"),
    ]
    assert gold.organizations[0].acronym == "UNODC"
    assert gold.statistics[1].value == 12.5
    assert gold.notes == "free text"
    assert "notes" not in gold.keys and "quotes" in gold.keys


def test_absent_keys_are_not_in_keys_and_empty_lists_are():
    gold = parse_gold({"source": "a.html", "quotes": []})
    assert gold.keys == frozenset({"quotes"})


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("unodc_2024-05-02_seizures.html", "unodc_2024-05-02_seizures.json"),
        ("sub/dir/release.txt", "release.json"),
        ("release.tar.gz", "release.tar.json"),  # only the last extension is replaced
        ("release", "release.json"),
    ],
)
def test_release_key(source, key):
    assert release_key(source) == key


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        ({"summary": "x"}, "summary", "unknown key"),
        ({"source": None}, "source", "must be a string"),
        ({"title": 3}, "title", "must be a string"),
        ({"published": "May 2, 2024"}, "published", "ISO date"),
        ({"published": "2024-02-30"}, "published", "ISO date"),
        ({"published": "2024-05"}, "published", "ISO date"),
        ({"dateline": "Lagos"}, "dateline", "must be an object"),
        ({"dateline": {"location": "Lagos", "place": "x"}}, "dateline.place", "unknown key"),
        ({"dateline": {"location": "Lagos", "date": "02/05/2024"}}, "dateline.date", "ISO date"),
        ({"dates": {"start": "2024"}}, "dates", "must be a list"),
        ({"dates": [{"start": "2024"}]}, "dates[0].end", "is required"),
        ({"dates": [{"start": "April 2024", "end": "2024-04"}]}, "dates[0].start", "ISO YYYY"),
        ({"dates": [{"start": "2024-13", "end": "2024-13"}]}, "dates[0].start", "ISO YYYY"),
        ({"dates": [{"start": "2024-05", "end": "2024-04"}]}, "dates[0].end", "before start"),
        ({"locations": [{"name": "Lagos"}]}, "locations[0]", "must be a string"),
        ({"locations": ["Lagos", ""]}, "locations[1]", "must not be empty"),
        ({"organizations": [{"acronym": "UN"}]}, "organizations[0].name", "is required"),
        ({"organizations": [{"name": "UN", "short": "UN"}]}, "organizations[0].short", "unknown"),
        ({"speakers": ["Jane Doe"]}, "speakers[0]", "must be an object"),
        ({"quotes": [{"text": "Hi", "speaker": 1}]}, "quotes[0].speaker", "must be a string"),
        ({"statistics": [{"text": "12", "value": "12"}]}, "statistics[0].value", "a number"),
        ({"statistics": [{"text": "12", "value": True}]}, "statistics[0].value", "a number"),
    ],
)
def test_malformed_gold_names_the_file_and_the_key(tmp_path, change, key, problem):
    path = write(tmp_path, "unodc_2024-05-02_seizures.json", {**EXAMPLE, **change})
    with pytest.raises(GoldFormatError) as error:
        load_gold_file(path)
    assert error.value.key == key
    assert error.value.path == str(path)
    assert str(path) in str(error.value) and repr(key) in str(error.value)
    assert problem in str(error.value)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"source": "a.html",', "not valid JSON"),
        ('["a.html"]', "must be a JSON object"),
        ('{"source": "a.html", "title": "x", "title": "y"}', "appears twice"),
        ('{"title": "x"}', "is required"),
    ],
)
def test_unreadable_gold_is_a_clear_error(tmp_path, text, problem):
    path = write(tmp_path, "a.json", text)
    with pytest.raises(GoldFormatError, match=problem) as error:
        load_gold_file(path)
    assert str(path) in str(error.value)


def test_source_must_match_the_file_name(tmp_path):
    path = write(tmp_path, "other.json", {"source": "a.html"})
    with pytest.raises(GoldFormatError, match="does not match the file name"):
        load_gold_file(path)


def test_load_gold_dir_reads_subfolders_and_keys_by_release(tmp_path):
    (tmp_path / "2024").mkdir()
    write(tmp_path, "a.json", {"source": "a.html"})
    write(tmp_path / "2024", "b.json", {"source": "b.txt"})
    assert sorted(load_gold_dir(tmp_path)) == ["a.json", "b.json"]


def test_two_gold_files_for_one_release_is_an_error(tmp_path):
    (tmp_path / "x").mkdir()
    write(tmp_path, "a.json", {"source": "a.html"})
    write(tmp_path / "x", "a.json", {"source": "a.txt"})
    with pytest.raises(GoldFormatError, match="also annotated"):
        load_gold_dir(tmp_path)


def test_missing_gold_folder(tmp_path):
    with pytest.raises(InputNotFound):
        load_gold_dir(tmp_path / "nowhere")


def test_shared_gold_files_all_validate(shared_dir):
    gold = load_gold_dir(shared_dir / "corpus" / "gold")
    assert gold
    assert all(g.keys for g in gold.values())
