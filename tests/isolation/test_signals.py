"""Ctrl-C and SIGTERM: the run stops after the current release, writes what it has, says so.

The run is a real `pressextract run` subprocess. A sitecustomize module on its PYTHONPATH makes
one release wait for a gate file, so the signal always arrives while that release is in hand;
the test opens the gate after signalling. No timing is asserted: the test polls the manifest
for the first committed record, and a generous timeout only guards against a hang.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

PRESSEXTRACT = Path(sys.executable).parent / "pressextract"
HANG_GUARD = 600  # seconds; only a hang reaches it
RELEASE = (
    "Acme opens plant {i}\n\n"
    "LYON, France, May 3, 2024 — Acme Corp. opened plant {i}, which will employ 250 people."
    ' "This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme.'
)
GATE = textwrap.dedent(
    """
    import os
    import time

    import pressextract.ingest as ingest

    _parse = ingest.parse_bytes

    def parse_bytes(data, source, suffix):
        if b"WAIT-AT-THE-GATE" in data:
            os.close(os.open(os.environ["GATE_DIR"] + "/waiting", os.O_CREAT | os.O_WRONLY))
            while not os.path.exists(os.environ["GATE_DIR"] + "/open"):
                time.sleep(0.02)
        return _parse(data, source, suffix)

    ingest.parse_bytes = parse_bytes
    """
)


def wait_for(condition, what: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + HANG_GUARD
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"the run ended before {what}: {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"hang: no {what} within {HANG_GUARD} s")
        time.sleep(0.05)


def committed(manifest: Path) -> int:
    if not manifest.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{manifest}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM releases WHERE status = 'ok'").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize(
    ("signum", "code", "workers"),
    [(signal.SIGTERM, 143, 1), (signal.SIGINT, 130, 1), (signal.SIGTERM, 143, 2)],
)
def test_a_signal_stops_the_run_after_the_current_release(tmp_path, signum, code, workers):
    folder = tmp_path / "in"
    folder.mkdir()
    total = 12
    for i in range(total):
        text = RELEASE.format(i=i) + ("\n\nWAIT-AT-THE-GATE" if i == 1 else "")
        (folder / f"r{i:02}.txt").write_text(text, encoding="utf-8")
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(GATE, encoding="utf-8")
    toml = tmp_path / "one.toml"
    toml.write_text("[pipeline]\nname = 'one'\nbatch_size = 1\n", encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(hooks), "GATE_DIR": str(tmp_path)}
    command = [
        str(PRESSEXTRACT),
        "run",
        str(folder),
        "--out",
        str(out),
        "-q",
        "--pipeline",
        str(toml),
        "--workers",
        str(workers),
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    wait_for(lambda: committed(out / "manifest.sqlite") >= 1, "first record", process)
    wait_for(lambda: (tmp_path / "waiting").exists(), "release at the gate", process)
    process.send_signal(signum)
    (tmp_path / "open").touch()
    _, stderr = process.communicate(timeout=HANG_GUARD)

    assert process.returncode == code, stderr
    name = signal.Signals(signum).name
    assert f"pressextract: error: interrupted by {name} after " in stderr
    assert "run the same command again to process the other" in stderr
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    sources = [json.loads(line)["source"] for line in lines]
    assert "r01.txt" in sources  # the release in hand was finished and written
    assert 2 <= len(sources) < total
    if workers == 1:
        assert sources == ["r00.txt", "r01.txt"]
    releases = pd.read_csv(out / "releases.csv", dtype=str)
    assert sorted(releases["source"]) == sorted(sources)
    assert pd.read_csv(out / "errors.csv").empty

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=HANG_GUARD)
    assert again.returncode == 0, again.stderr
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [f"r{i:02}.txt" for i in range(total)]
