"""Dates P/R/F1 on ../shared/corpus/gold (ANNOTATION.md: equal start and end; the publication date
ignored on both sides). Prints a table, and with --detail the misses and false alarms per release.

    python benchmarks/dates_corpus.py [--detail]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def corpus_records(field: str) -> Iterator[tuple[dict, object, object]]:
    """(gold, document, spacy doc) for every gold file that annotates `field`."""
    from pressextract.config import load_pipeline
    from pressextract.ingest import read_document
    from pressextract.nlp.build import build_nlp

    nlp = build_nlp(load_pipeline("default", search_dirs=(REPO / "pipelines",)))
    releases = SHARED / "corpus" / "releases"
    for gold_path in sorted((SHARED / "corpus" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if field not in gold:
            continue
        document = read_document(releases / gold["source"], releases)
        if document.published is None and gold.get("published"):
            # Score the extractor, not ingest: give it the gold publication date.
            document = replace(document, published=gold["published"])
        yield gold, document, nlp(document.text)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_greedily(golds: list, preds: list, same: Callable[[Any, Any], bool]) -> tuple:
    """Each prediction takes the first unmatched gold item it equals: (hits, misses, false)."""
    left, false = list(golds), []
    for pred in preds:
        match = next((g for g in left if same(g, pred)), None)
        if match is not None:
            left.remove(match)
        else:
            false.append(pred)
    return len(preds) - len(false), left, false


def print_rows(rows: list[tuple[str, int, int, int]]) -> None:
    """The per-release table: tp, predictions and gold items."""
    print(f"{'release':70} {'tp':>4} {'pred':>5} {'gold':>5}")
    for row in rows:
        print(f"{row[0][:70]:70} {row[1]:>4} {row[2]:>5} {row[3]:>5}")


def main(detail: bool) -> None:
    from pressextract.extractors.dates import DateOptions, extract_dates

    tp = n_pred = n_gold = 0
    rows = []
    for gold, document, doc in corpus_records("dates"):
        published = gold.get("published")
        golds = [(d["start"], d["end"], d["text"]) for d in gold["dates"]
                 if not (d["start"] == d["end"] == published)]  # fmt: skip
        preds = [(m.start, m.end, m.text) for m in extract_dates(doc, document, DateOptions())
                 if not (m.start == m.end == published)]  # fmt: skip
        hits, left, false = match_greedily(golds, preds, lambda g, p: g[:2] == p[:2])
        tp, n_pred, n_gold = tp + hits, n_pred + len(preds), n_gold + len(golds)
        rows.append((gold["source"], hits, len(preds), len(golds)))
        if detail and (left or false):
            print(f"== {gold['source']}")
            for g in left:
                print(f"   MISS {g}")
            for f in false:
                print(f"   FALSE {f}")
    print_rows(rows)
    p, r, f = prf(tp, n_pred, n_gold)
    print(
        f"\ndates on corpus gold: P {p:.3f}  R {r:.3f}  F1 {f:.3f}"
        f"  (tp {tp}, pred {n_pred}, gold {n_gold})"
    )


if __name__ == "__main__":
    main("--detail" in sys.argv)
