"""Every release of ../shared/corpus reads into a sane Document (skipped without ../shared)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pressextract.ingest import discover, read_document

REPO = Path(__file__).resolve().parents[2]
RELEASES = REPO.parent / "shared" / "corpus" / "releases"
FILES = discover(RELEASES) if RELEASES.is_dir() else []


@pytest.mark.corpus
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_release_reads(path: Path, shared_dir: Path) -> None:
    doc = read_document(path, shared_dir / "corpus" / "releases")
    assert doc.title and len(doc.title) < 300
    assert len(doc.text) > 200
    assert doc.source == path.name
    if doc.published:
        dt.date.fromisoformat(doc.published)
    if doc.dateline and doc.dateline.date:
        dt.date.fromisoformat(doc.dateline.date)
    assert doc.language in {"en", "de", "fr"}
    for section in doc.sections:
        assert section.text not in doc.text


@pytest.mark.corpus
def test_gold_titles_and_dates(shared_dir: Path) -> None:
    """Title and published agree with the gold files for at least 95% of annotated releases."""
    releases = shared_dir / "corpus" / "releases"
    golds = sorted((shared_dir / "corpus" / "gold").glob("*.json"))
    hits = total = 0
    for gold_path in golds:
        gold = json.loads(gold_path.read_text("utf-8"))
        doc = read_document(releases / gold["source"], releases)
        total += 2
        hits += " ".join(doc.title.split()).lower() == " ".join(gold["title"].split()).lower()
        hits += doc.published == gold["published"]
    assert total and hits / total >= 0.95
