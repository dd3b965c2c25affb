"""Batch runs at scale: throughput, parallel speed-up, re-runs and peak memory, in one run.

    python benchmarks/scale.py [--size 1000] [--archive 10000] [--repeat 3] [--workdir DIR]

The releases of ../shared/corpus and ../shared/corpus-2 are repeated (hard links, else copies)
to --size files, and to --archive files for the memory check (0 skips it); nothing is committed.
Each measurement runs as its own process and reports its wall time and peak RSS (the largest
single process: the driver, or one worker):

  bare nlp.pipe      the model alone over the cleaned texts (ingest not timed)
  run --workers 1    `pressextract run` end to end, one process
  run --workers 2    the same with two worker processes
  run --engine dask  a local Dask cluster of two worker processes (needs the dask extra)
  unchanged re-run   `run --workers 1` again over the same folder and output
  archive            `run --workers 2` over the --archive folder (peak RSS against --size)

Wall seconds and CPU seconds (user + system, of the run and all its worker processes; for bare
nlp.pipe, of the pipe alone) are both reported: on a machine shared with other work the wall
time is noisy, and the CPU ratio says what the pipeline costs beside the model. The CPU ratio
of a run counts everything (start-up, model load, ingest, export), the bare one the model only.

Targets (issue 13): one worker >= 0.85x bare nlp.pipe, >= 1.7x from one to two workers (on a
machine with two free cores), an unchanged re-run < 5% of the full run, peak RSS flat from
--size to --archive.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO.parent / "shared" / "corpus" / "releases",
           REPO.parent / "shared" / "corpus-2" / "releases")


def lay_out(folder: Path, size: int) -> Path:
    """`size` release files in `folder`, cycling through the corpus files."""
    from pressextract import ingest

    files = [p for source in SOURCES if source.is_dir() for p in ingest.discover(source)]
    if not files:
        sys.exit("no releases found: this script needs ../shared/corpus and ../shared/corpus-2")
    if folder.is_dir() and len(list(folder.iterdir())) == size:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(size):
        original = files[i % len(files)]
        target = folder / f"{i:05d}-{original.name}"
        try:
            os.link(original, target)
        except OSError:
            shutil.copyfile(original, target)
    return folder


def bare_pipe_run(releases: Path) -> dict[str, float]:
    """The bare model's figures over `releases`, measured in a fresh process."""
    bare_run = [sys.executable, __file__, "--bare", str(releases)]
    done = subprocess.run(bare_run, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def medians(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each figure's median over `runs`."""
    keys = ("seconds", "rss_mb", "cpu")
    return {key: statistics.median([run[key] for run in runs]) for key in keys}


def measure(argv: list[str]) -> dict[str, float]:
    """Run `argv` in a child process of a fresh helper; its wall time and peak RSS (MB)."""
    helper = [sys.executable, __file__, "--child", json.dumps(argv)]
    done = subprocess.run(helper, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(argv: list[str]) -> None:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and all its workers
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024, "cpu": cpu}))


def bare_pipe(folder: str) -> None:
    """Time the bare model over the cleaned texts of `folder` (this process's own figures)."""
    import spacy

    from pressextract import ingest
    from pressextract.config import load_pipeline
    from pressextract.pipeline import is_processed_language

    config = load_pipeline("default")
    root = Path(folder)
    documents = (ingest.read_document(p, root) for p in ingest.discover(root))
    texts = [d.text for d in documents if is_processed_language(d, config)]
    nlp = spacy.load(config.model)
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=config.batch_size):
        pass
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss_mb": peak_kb / 1024, "texts": len(texts),
                      "cpu": cpu}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--archive", type=int, default=10000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/pressextract-scale"))
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask measurement")
    parser.add_argument("--repeat", type=int, default=1,
                        help="bare and one-worker runs, alternated; the table shows medians")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--bare", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(json.loads(args.child))
    if args.bare:
        return bare_pipe(args.bare)

    work = args.workdir
    releases = lay_out(work / f"releases-{args.size}", args.size)
    cli = [sys.executable, "-c", "from pressextract.cli import app; app()", "run", "-q"]
    for out in work.glob("out-*"):
        shutil.rmtree(out)
    rows: list[tuple[str, int, dict[str, float]]] = []

    # Bare and one worker alternate --repeat times: the ratio the target is about, each figure
    # the median of its runs, so one slow moment of the machine does not decide it.
    bares, ones = [], []
    for _ in range(args.repeat):
        bares.append(bare_pipe_run(releases))
        shutil.rmtree(work / "out-1", ignore_errors=True)
        ones.append(measure([*cli, str(releases), "--out", str(work / "out-1"), "--workers", "1"]))
    texts = int(bares[0]["texts"])
    bare, one = medians(bares), medians(ones)
    rows.append(("bare nlp.pipe (model only)", texts, bare))
    rows.append(("run --workers 1", args.size, one))
    two = measure([*cli, str(releases), "--out", str(work / "out-2"), "--workers", "2"])
    rows.append(("run --workers 2", args.size, two))
    if not args.no_dask:
        dask = measure([*cli, str(releases), "--out", str(work / "out-dask"), "--engine", "dask",
                        "--workers", "2"])
        rows.append(("run --engine dask (2 workers)", args.size, dask))
    rerun = measure([*cli, str(releases), "--out", str(work / "out-1"), "--workers", "1"])
    rows.append(("unchanged re-run (--workers 1)", args.size, rerun))
    if args.archive:
        archive = lay_out(work / f"releases-{args.archive}", args.archive)
        big = measure([*cli, str(archive), "--out", str(work / "out-archive"), "--workers", "2"])
        rows.append((f"archive run --workers 2 ({args.archive})", args.archive, big))

    print(f"{args.size} releases ({len(SOURCES)} corpora repeated), {os.cpu_count()} cores\n")
    print("| measurement | releases | seconds | releases/s | vs bare nlp.pipe | CPU s"
          " | vs bare (CPU) | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base_rate = texts / bare["seconds"]
    base_cpu_rate = texts / bare["cpu"]
    for name, count, m in rows:
        rate = count / m["seconds"]
        cpu_rate = count / m["cpu"]
        print(f"| {name} | {count} | {m['seconds']:.1f} | {rate:.1f} | {rate / base_rate:.2f}x"
              f" | {m['cpu']:.1f} | {cpu_rate / base_cpu_rate:.2f}x | {m['rss_mb']:.0f} |")
    if args.repeat > 1:
        print(f"\nmedians of {args.repeat} alternated runs; one worker vs bare, each pair"
              " (wall/CPU): "
              + ", ".join(f"{(args.size / o['seconds']) / (texts / b['seconds']):.2f}x/"
                          f"{(args.size / o['cpu']) / (texts / b['cpu']):.2f}x"
                          for b, o in zip(bares, ones, strict=True)))
    print(f"\nspeed-up 1 -> 2 workers: {one['seconds'] / two['seconds']:.2f}x;"
          f" unchanged re-run: {rerun['seconds'] / one['seconds']:.1%} of the full run")
    if args.archive:
        print(f"peak RSS {args.archive} vs {args.size} releases (2 workers):"
              f" {archive_ratio(rows):.2f}x")


def archive_ratio(rows: list[tuple[str, int, dict[str, float]]]) -> float:
    by_name = {name: m for name, _, m in rows}
    big = next(m for name, m in by_name.items() if name.startswith("archive"))
    return big["rss_mb"] / by_name["run --workers 2"]["rss_mb"]


if __name__ == "__main__":
    main()
