"""Hostile input, measured: fuzz cases and malformed files through pressextract, crashes and hangs.

    python benchmarks/hostile.py [--fuzz 300] [--big-mb 50] [--workers 1]

Builds the hostile folder of benchmarks/hostile_files.py (malformed files plus three good
releases) in a temporary folder, then:

  1. each file through the per-release path of every engine (engines/worker.py), in this
     process: its time and its outcome (a record or an error row with its stage);
  2. --fuzz random cases (seeded: random bytes, random text, and splices of the hostile files
     under random names) through the same path;
  3. `pressextract run` over the whole folder as a subprocess, timed, with a hang guard.

A crash is an exception that escapes the per-release path, a run that exits other than 0 or 1
or prints a traceback, or a file with neither a record nor an error row; a hang is a release
still running 10 s past its time limit, or a run that outlives the hang guard. Nothing is
asserted: the numbers are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.hostile_files import GOOD, SECRET, write_hostile_folder  # noqa: E402

HANG_GUARD = 600  # seconds for the whole-folder run
SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".md", ".eml", ".pdf", ".docx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=300, help="random cases (default 300)")
    parser.add_argument("--big-mb", type=int, default=50, help="size of the one-line file")
    parser.add_argument("--workers", type=int, default=1, help="--workers of the folder run")
    args = parser.parse_args()

    from pressextract.config import load_pipeline
    from pressextract.engines.release import Release
    from pressextract.engines.worker import process_chunk, worker_nlp

    config = load_pipeline("default", search_dirs=(REPO / "pipelines",))
    worker_nlp(config)  # the model is loaded once, before anything is timed
    limit = config.limits.release_seconds
    crashes: list[str] = []
    hangs: list[str] = []

    def one(path: Path, root: Path) -> tuple[float, str]:
        started = time.perf_counter()
        release = Release(path.relative_to(root).as_posix(), str(path), str(root), "-")
        try:
            (outcome,) = process_chunk([release], config)
            status = "record" if outcome.ok else f"error row ({outcome.stage}): {outcome.reason}"
        except BaseException as exc:  # what this benchmark is here to find
            status = f"CRASH {type(exc).__name__}: {exc}"
            crashes.append(f"{release.source}: {status}")
        seconds = time.perf_counter() - started
        if limit and seconds > limit + 10:
            hangs.append(f"{release.source}: {seconds:.1f} s")
        return seconds, status

    with tempfile.TemporaryDirectory(prefix="pressextract-hostile-") as tmp:
        folder, outside = Path(tmp) / "in", Path(tmp) / "outside"
        described = write_hostile_folder(folder, outside, big_mb=args.big_mb)
        malformed = [n for n in described if n not in GOOD]

        print(f"{'file':22} {'seconds':>8}  outcome")
        times: dict[str, float] = {}
        for name in sorted(described):
            seconds, status = one(folder / name, folder)
            times[name] = seconds
            print(f"{name:22} {seconds:8.2f}  {status[:110]}")

        fuzz_dir = Path(tmp) / "fuzz"
        fuzz_dir.mkdir()
        samples = [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()]
        samples = [s[:20_000] for s in samples if s]
        rng = random.Random(15)
        fuzz_times = []
        for i in range(args.fuzz):
            kind = i % 3
            if kind == 0:
                data = rng.randbytes(rng.randrange(0, 5_000))
            elif kind == 1:
                data = "".join(
                    chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x2FFFF)]))
                    for _ in range(rng.randrange(0, 3_000))
                ).encode("utf-8", "surrogatepass")
            else:
                a, b = rng.sample(samples, 2)
                data = a[: rng.randrange(len(a) + 1)] + b[rng.randrange(len(b) + 1) :]
            path = fuzz_dir / f"case-{i:04}{rng.choice(SUFFIXES)}"
            path.write_bytes(data)
            fuzz_times.append(one(path, fuzz_dir)[0])

        out = Path(tmp) / "out"
        command = [str(Path(sys.executable).parent / "pressextract"), "run", str(folder),
                   "--out", str(out), "-q", "--workers", str(args.workers)]
        started = time.perf_counter()
        try:
            run = subprocess.run(command, capture_output=True, text=True, timeout=HANG_GUARD)
            code, stderr = run.returncode, run.stderr
        except subprocess.TimeoutExpired:
            code, stderr = None, ""
            hangs.append(f"the folder run outlived {HANG_GUARD} s")
        folder_seconds = time.perf_counter() - started
        records: dict[str, dict] = {}
        errors: dict[str, str] = {}
        if code is not None:
            if code not in (0, 1) or "Traceback" in stderr:
                crashes.append(f"the folder run exited {code}: {stderr[-400:]}")
            for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                records[record["source"]] = record
            import csv

            with (out / "errors.csv").open(encoding="utf-8-sig", newline="") as handle:
                errors = {row["source"]: row["stage"] for row in csv.DictReader(handle)}
            for name in described:
                if name not in records and name not in errors:
                    crashes.append(f"{name}: neither a record nor an error row")
            for name in GOOD:
                if name not in records:
                    crashes.append(f"{name}: a good release got no record")
            if SECRET in (out / "records.jsonl").read_text(encoding="utf-8"):
                crashes.append("content from outside the input folder reached a record")

        slowest = max(times, key=times.__getitem__)
        print()
        print(f"fuzz cases                {args.fuzz} (slowest {max(fuzz_times, default=0):.2f} s)")
        print(f"malformed files           {len(malformed)} (+ {len(GOOD)} good releases)")
        print(f"crashes                   {len(crashes)}")
        for crash in crashes:
            print(f"  {crash[:200]}")
        print(f"hangs                     {len(hangs)}")
        for hang in hangs:
            print(f"  {hang}")
        print(f"slowest release           {times[slowest]:.2f} s ({slowest}; limit {limit:g} s)")
        print(f"whole folder (run)        {folder_seconds:.1f} s, exit code {code},"
              f" {len(records)} records, {len(errors)} error rows, --workers {args.workers}")


if __name__ == "__main__":
    main()
