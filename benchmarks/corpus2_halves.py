"""Lay out corpus-2's tuning and check halves as folders `pressextract evaluate` can read.

The split is made by issuer and written down in tests/corpus2_split.csv (file, half, issuer). This
script makes OUT/tune/{releases,gold} and OUT/check/{releases,gold} of symbolic links into the
corpus, so nothing of the corpus is copied:

    python benchmarks/corpus2_halves.py /tmp/c2
    pressextract evaluate --gold /tmp/c2/check/gold --input /tmp/c2/check/releases --per-doc
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPLIT = REPO / "tests" / "corpus2_split.csv"
CORPUS = REPO.parent / "shared" / "corpus-2"
HALVES = ("tune", "check")


def read_split(split: Path = SPLIT) -> dict[str, str]:
    """Map each release file name to its half."""
    with split.open(newline="", encoding="utf-8") as f:
        return {row["file"]: row["half"] for row in csv.DictReader(f)}


def lay_out(out: Path, corpus: Path = CORPUS, split: Path = SPLIT) -> dict[str, Path]:
    """Write the two halves under `out`; return each half's folder."""
    folders = {}
    for half in HALVES:
        folders[half] = out / half
        for sub in ("releases", "gold"):
            (out / half / sub).mkdir(parents=True, exist_ok=True)
    for name, half in read_split(split).items():
        gold_name = Path(name).stem + ".json"
        pairs = (
            (corpus / "releases" / name, out / half / "releases" / name),
            (corpus / "gold" / gold_name, out / half / "gold" / gold_name),
        )
        for target, link in pairs:
            if not target.is_file():
                raise SystemExit(f"{target} is listed in {split} but missing")
            if link.is_symlink() or link.exists():
                link.unlink()
            link.symlink_to(target.resolve())
    return folders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the halves into")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    for half, folder in lay_out(args.out, args.corpus).items():
        print(f"{half}: {folder}")


if __name__ == "__main__":
    main()
