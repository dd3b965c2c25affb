"""The regression gate: the default pipeline scored on annotated releases against pinned scores.

Each gold set has its own baseline, written by the same command a team uses:

    pressextract evaluate --gold data/annotated --input data/raw \
        --baseline tests/baseline_sample.json --update-baseline
    pressextract evaluate --gold ../shared/corpus/gold --input ../shared/corpus/releases \
        --baseline tests/baseline.json --update-baseline
    python benchmarks/corpus2_halves.py /tmp/c2      # corpus-2's halves, by tests/corpus2_split.csv
    pressextract evaluate --gold /tmp/c2/tune/gold --input /tmp/c2/tune/releases \
        --baseline tests/baseline_corpus2_tune.json --update-baseline
    (and the same for check)

A field whose F1 (or quote attribution accuracy) drops below its pinned value fails the test;
lowering a pinned value is a deliberate, reviewed change of the baseline file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.corpus2_halves import HALVES, lay_out

from pressextract import ingest
from pressextract.evaluate import load_gold_dir, release_key, score
from pressextract.evaluate.predictions import predictions_from_records
from pressextract.evaluate.report import check_minimums, load_baseline, render_table
from pressextract.pipeline import process_documents
from pressextract.schema import Record

REPO = Path(__file__).resolve().parents[2]


def scores_for(gold_dir: Path, raw_dir: Path, nlp, config):
    """Run the pipeline on the releases of `raw_dir` that have a gold file, and score them."""
    gold = load_gold_dir(gold_dir)
    wanted = {g.key for g in gold.values()}
    paths = [p for p in ingest.discover(raw_dir) if release_key(p.name) in wanted]
    documents = (ingest.read_document(path, raw_dir) for path in paths)
    records = [r for r in process_documents(documents, nlp, config) if isinstance(r, Record)]
    return score(gold, predictions_from_records(records))


def check_gate(gold_dir: Path, raw_dir: Path, baseline: Path, nlp, config) -> None:
    assert baseline.is_file(), f"{baseline} is missing: write it as this module's docstring says"
    scores = scores_for(gold_dir, raw_dir, nlp, config)
    assert scores.missing == [], f"gold files without a release: {scores.missing}"
    shortfalls = check_minimums(scores, load_baseline(baseline), "baseline")
    assert not shortfalls, "\n".join(
        ["scores fell below the baseline:", *(s.line() for s in shortfalls), render_table(scores)]
    )


def test_sample_gate(nlp, config):
    check_gate(
        REPO / "data" / "annotated",
        REPO / "data" / "raw",
        REPO / "tests" / "baseline_sample.json",
        nlp,
        config,
    )


@pytest.mark.corpus
def test_shared_corpus_gate(shared_dir, nlp, config):
    check_gate(
        shared_dir / "corpus" / "gold",
        shared_dir / "corpus" / "releases",
        REPO / "tests" / "baseline.json",
        nlp,
        config,
    )


@pytest.mark.corpus
@pytest.mark.parametrize("half", HALVES)
def test_corpus2_gate(shared_dir, tmp_path, half, nlp, config):
    folder = lay_out(tmp_path, shared_dir / "corpus-2")[half]
    check_gate(
        folder / "gold",
        folder / "releases",
        REPO / "tests" / f"baseline_corpus2_{half}.json",
        nlp,
        config,
    )
