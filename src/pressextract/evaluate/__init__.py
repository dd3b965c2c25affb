"""Score extraction against gold annotations (../shared/ANNOTATION.md): `load_gold_dir`, `score`.

gold = load_gold_dir("data/annotated")
scores = score(gold, load_predictions("data/processed"))
print(scores.fields["quotes"].f1, scores.attribution)
"""

from __future__ import annotations

from pressextract.evaluate.gold import GoldRelease, load_gold_dir, load_gold_file, release_key
from pressextract.evaluate.predictions import load_predictions
from pressextract.evaluate.scoring import FIELDS, METRICS, Counts, ReleaseResult, Scores, score

__all__ = [
    "FIELDS",
    "METRICS",
    "Counts",
    "GoldRelease",
    "ReleaseResult",
    "Scores",
    "load_gold_dir",
    "load_gold_file",
    "load_predictions",
    "release_key",
    "score",
]
