"""Throughput of the whole pipeline next to bare `nlp.pipe` of the same model, in one run.

    python benchmarks/throughput.py [RELEASES_DIR] [--repeats 5]

Four timings over the same releases, each repeated and reported as the median:
  ingest       discover + decode + clean every file (no spaCy)
  nlp.pipe     the bare model over the ingested bodies (no pressextract components)
  extract      our components + extractors: `process_documents` on the ingested Documents
  run          `pressextract run` end to end (ingest, nlp, extract, write JSONL+CSV)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from pressextract import ingest
from pressextract.batch import run
from pressextract.config import load_pipeline
from pressextract.nlp.build import build_nlp
from pressextract.pipeline import is_processed_language, process_documents


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    """Median wall time of `repeats` calls of `action`."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("releases", nargs="?", default="../shared/corpus/releases", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    config = load_pipeline("default")
    paths = ingest.discover(args.releases)
    documents = [ingest.read_document(p, args.releases) for p in paths]
    texts = [d.text for d in documents if is_processed_language(d, config)]
    bare = spacy.load(config.model)
    ours = build_nlp(config)

    timings = {
        "ingest": median_seconds(
            lambda: [ingest.read_document(p, args.releases) for p in paths], args.repeats
        ),
        "nlp.pipe (bare model)": median_seconds(
            lambda: list(bare.pipe(texts, batch_size=config.batch_size)), args.repeats
        ),
        "nlp + extractors": median_seconds(
            lambda: list(process_documents(documents, ours, config)), args.repeats
        ),
    }
    with tempfile.TemporaryDirectory() as out:
        timings["pressextract run (all stages)"] = median_seconds(
            lambda: run(args.releases, Path(out), pipeline=config), args.repeats
        )

    n_files, n_english = len(paths), len(texts)
    words = sum(len(t.split()) for t in texts)
    print(f"{n_files} releases ({n_english} through the model, {words} words), "
          f"median of {args.repeats} runs\n")
    print("| stage | seconds | releases/s | vs bare nlp.pipe |")
    print("|---|---:|---:|---:|")
    base = timings["nlp.pipe (bare model)"]
    for name, seconds in timings.items():
        count = n_english if name.startswith("nlp") else n_files
        print(f"| {name} | {seconds:.2f} | {count / seconds:.1f} | {seconds / base:.2f}x |")


if __name__ == "__main__":
    main()
