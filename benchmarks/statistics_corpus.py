"""Statistics P/R/F1 on ../shared/corpus/gold (ANNOTATION.md: values equal, relative difference
< 1e-6; each gold item matched once), plus value+unit agreement on the matched pairs.

    python benchmarks/statistics_corpus.py [--detail]
"""

from __future__ import annotations

import sys

from dates_corpus import corpus_records, match_greedily, prf, print_rows


def same_value(a: float, b: float) -> bool:
    """ANNOTATION.md's value equality."""
    return a == b or abs(a - b) / max(abs(a), abs(b)) < 1e-6


def main(detail: bool) -> None:
    from pressextract.extractors.statistics import StatisticOptions, extract_statistics

    tp = n_pred = n_gold = 0
    rows = []
    for gold, document, doc in corpus_records("statistics"):
        golds = list(gold["statistics"])
        preds = extract_statistics(doc, document, StatisticOptions())
        hits, left, false = match_greedily(
            golds, preds, lambda g, p: same_value(float(g["value"]), p.value)
        )
        tp, n_pred, n_gold = tp + hits, n_pred + len(preds), n_gold + len(golds)
        rows.append((gold["source"], hits, len(preds), len(golds)))
        if detail and (left or false):
            print(f"== {gold['source']}")
            for g in left:
                print(f"   MISS {g['text']!r} {g['value']} {g['unit']}")
            for f in false:
                print(f"   FALSE {f.text!r} {f.value} {f.unit} {f.kind}")
    print_rows(rows)
    p, r, f = prf(tp, n_pred, n_gold)
    print(
        f"\nstatistics on corpus gold: P {p:.3f}  R {r:.3f}  F1 {f:.3f}"
        f"  (tp {tp}, pred {n_pred}, gold {n_gold})"
    )


if __name__ == "__main__":
    main("--detail" in sys.argv)
