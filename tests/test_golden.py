"""The whole pipeline on the bundled sample reproduces the committed output in data/processed.

When a change improves extraction on purpose, regenerate the golden files with
`pressextract run data/raw --out data/processed` and review the diff like code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressextract.batch import run

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "data" / "processed"


@pytest.fixture(scope="module")
def fresh_output(tmp_path_factory, config) -> Path:
    out = tmp_path_factory.mktemp("sample")
    summary = run(REPO / "data" / "raw", out, pipeline=config)
    assert summary.failed == 0, summary.failures
    return out


def _records(path: Path) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["source"]: r for r in map(json.loads, lines)}


def test_same_releases_as_the_golden_output(fresh_output):
    assert _records(fresh_output / "records.jsonl").keys() == _records(
        GOLDEN / "records.jsonl"
    ).keys()


@pytest.mark.parametrize(
    "key",
    ["title", "published", "dateline", "text", "dates", "locations", "organizations",
     "speakers", "quotes", "statistics"],
)
def test_each_field_matches_the_golden_output(fresh_output, key):
    fresh = _records(fresh_output / "records.jsonl")
    golden = _records(GOLDEN / "records.jsonl")
    for source, expected in golden.items():
        assert fresh[source].get(key) == expected.get(key), f"{source}: {key}"


def test_whole_records_and_tables_match_byte_for_byte(fresh_output):
    names = sorted(p.name for p in GOLDEN.iterdir() if p.suffix in {".jsonl", ".csv"})
    assert names, "data/processed holds no golden output"
    for name in names:
        assert (fresh_output / name).read_bytes() == (GOLDEN / name).read_bytes(), name
