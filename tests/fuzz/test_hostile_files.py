"""Hand-made hostile files, generated here in tmp_path (never committed): each gives a record
(with warnings) or an error row with a reason; none crashes or hangs the run.

The files come from benchmarks/hostile_files.py, which benchmarks/hostile.py measures too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from benchmarks.hostile_files import GOOD, SECRET, write_hostile_folder

from pressextract.engines.release import Release
from pressextract.engines.worker import process_chunk

PRESSEXTRACT = Path(sys.executable).parent / "pressextract"
HANG_GUARD = 900  # seconds: only a hang reaches it; no timing is asserted

# What each file gives: "record", or (stage, words of the reason) of its error row.
EXPECTED = {
    "random-bytes.txt": ("ingest", "binary data, not text"),
    "random-bytes.html": ("ingest", "binary data, not text"),
    "truncated.html": "record",
    "nested-10000.html": "record",
    "nested-unclosed.html": "record",
    "empty.txt": ("ingest", "file is empty"),
    "whitespace.txt": ("ingest", "no body text found"),
    "boilerplate.html": "record",  # a page of furniture: its one nav word, with a warning
    "pdf-named.html": ("ingest", "cannot read PDF"),
    "png-named.html": ("ingest", "the file is a PNG image named .html, not a release"),
    "gzip-named.txt": ("ingest", "the file is a gzip archive (decompress it first) named .txt"),
    "utf16-no-bom.txt": "record",
    "mixed-encodings.txt": "record",
    "control-chars.txt": "record",
    "quotes-100000.txt": "record",
    "digits-500.txt": "record",
    "february-31.txt": "record",
    "xxe.xhtml": "record",
    "xxe.html": "record",
    "link-outside.txt": ("read", "symbolic link to a file outside the input folder"),
    **{name: "record" for name in GOOD},
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    described = write_hostile_folder(folder, root / "outside", big_mb=50)
    return folder, described


def test_every_hostile_case_is_listed(hostile):
    _, described = hostile
    assert sorted(described) == sorted([*EXPECTED, "one-line-big.txt"])
    assert len(described) - len(GOOD) == 21


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_gives_a_record_or_an_error_row_with_a_reason(hostile, config, name):
    folder, _ = hostile
    release = Release(name, str(folder / name), str(folder), "-")
    (outcome,) = process_chunk([release], config)
    expected = EXPECTED[name]
    if expected == "record":
        assert outcome.ok, f"{name}: {outcome.stage}: {outcome.reason}"
        record = json.loads(outcome.record)
        assert record["text"].strip()
        assert SECRET not in outcome.record
    else:
        stage, words = expected
        assert not outcome.ok, f"{name} gave a record"
        assert (outcome.stage, words in outcome.reason) == (stage, True), outcome.reason


def record_of(folder: Path, name: str, config) -> dict:
    release = Release(name, str(folder / name), str(folder), "-")
    (outcome,) = process_chunk([release], config)
    assert outcome.ok, outcome.reason
    return json.loads(outcome.record)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("control-chars.txt", "control character(s) (NUL, escape, ...) removed"),
        ("utf16-no-bom.txt", None),
    ],
)
def test_warnings_say_what_was_repaired(hostile, config, name, expected):
    record = record_of(hostile[0], name, config)
    assert "\x00" not in json.dumps(record)
    if expected:
        assert any(expected in w for w in record["warnings"]), record["warnings"]
    else:
        assert record["title"] == "Harbor City opens a park"


def test_impossible_dates_and_huge_numbers_are_left_out(hostile, config):
    february = record_of(hostile[0], "february-31.txt", config)
    assert not any("-02-31" in (d["start"] or "") for d in february["dates"])
    digits = record_of(hostile[0], "digits-500.txt", config)
    assert all(s["value"] is None or abs(s["value"]) < 1e300 for s in digits["statistics"])
    assert any(s["value"] == 120 for s in digits["statistics"])  # the real figures stay


def test_a_run_over_the_hostile_folder_accounts_for_every_file(hostile, tmp_path):
    folder, described = hostile
    toml = tmp_path / "limits.toml"
    toml.write_text("[pipeline]\nname = 'hostile'\n\n[limits]\nrelease_seconds = 15\n")
    out = tmp_path / "out"
    command = [str(PRESSEXTRACT), "run", str(folder), "--out", str(out), "-q",
               "--pipeline", str(toml), "--workers", "2"]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=HANG_GUARD)
    assert run.returncode in (0, 1), run.stderr
    assert "Traceback" not in run.stderr
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = {r["source"]: r for r in map(json.loads, lines)}
    errors = pd.read_csv(out / "errors.csv", dtype=str, keep_default_na=False)
    assert set(GOOD) <= set(records)
    assert set(records) | set(errors["source"]) == set(described)
    assert not set(records) & set(errors["source"])
    assert (errors["reason"].str.len() > 10).all() and (errors["stage"] != "").all()
    assert SECRET not in (out / "records.jsonl").read_text(encoding="utf-8")
    # Its first 5 MB are read (max_file_mb), and their text is over max_text_chars: refused
    # before the model (or, on a machine too busy to ingest 5 MB in time, stopped in ingest).
    assert "one-line-big.txt" not in records
    reason = errors.set_index("source").loc["one-line-big.txt", "reason"]
    assert "[limits] max_text_chars" in reason or "time limit" in reason, reason
