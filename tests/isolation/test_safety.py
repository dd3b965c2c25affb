"""The input is untrusted and read-only: links out of it, external entities, network fetches."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import threading
from pathlib import Path
from typing import ClassVar

import pandas as pd
import pytest
from typer.testing import CliRunner

from pressextract.cli import app

RELEASE = (
    "Acme opens a plant in Lyon\n\n"
    "LYON, France, May 3, 2024 — Acme Corp. opened a plant that will employ 250 people."
    ' "This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme.'
)
SECRET = "TOP-SECRET-CONTENT-OF-A-LOCAL-FILE"


def run(folder: Path, out: Path, *extra: str):
    return CliRunner().invoke(app, ["run", str(folder), "--out", str(out), "-q", *extra])


def records_of(out: Path) -> dict[str, dict]:
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["source"]: r for r in map(json.loads, lines)}


def errors_of(out: Path) -> dict[str, tuple[str, str]]:
    frame = pd.read_csv(out / "errors.csv", dtype=str, keep_default_na=False)
    return {row.source: (row.stage, row.reason) for row in frame.itertuples()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "sub" / "inner.txt").write_text(RELEASE.replace("Lyon", "Nantes"), "utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"Secret plan\n\n{SECRET} {RELEASE}", encoding="utf-8")
    (folder / "to-file.txt").symlink_to(outside / "secret.txt")
    (folder / "to-folder").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "sub" / "inner.txt")
    return folder


def test_links_out_of_the_input_folder_are_error_rows_not_followed(folder, tmp_path):
    out = tmp_path / "out"
    result = run(folder, out)
    assert result.exit_code == 0, result.output
    assert sorted(records_of(out)) == ["good.txt", "inside.txt", "sub/inner.txt"]
    errors = errors_of(out)
    assert sorted(errors) == ["to-file.txt", "to-folder"]
    for source, kind in (("to-file.txt", "file"), ("to-folder", "folder")):
        stage, reason = errors[source]
        assert stage == "read"
        assert reason.startswith(f"symbolic link to a {kind} outside the input folder")
        assert reason.endswith("not followed; pass --follow-symlinks to read it")
    assert SECRET not in (out / "records.jsonl").read_text(encoding="utf-8")


def test_follow_symlinks_reads_them(folder, tmp_path):
    out = tmp_path / "out"
    result = run(folder, out, "--follow-symlinks")
    assert result.exit_code == 0, result.output
    records = records_of(out)
    assert sorted(records) == [
        "good.txt",
        "inside.txt",
        "sub/inner.txt",
        "to-file.txt",
        "to-folder/secret.txt",
    ]
    assert records["to-file.txt"]["title"] == "Secret plan"
    assert errors_of(out) == {}


def snapshot(folder: Path) -> dict[str, tuple[int, float, str]]:
    out = {}
    for base, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(base) / name
            info = path.lstat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
            out[str(path.relative_to(folder))] = (info.st_mode, info.st_mtime_ns, digest)
    return out


def test_the_input_folder_is_never_written(folder, tmp_path):
    (folder / "page.html").write_text(f"<html><body><h1>Acme</h1><p>{RELEASE}</p></body></html>")
    before = snapshot(folder)
    assert run(folder, tmp_path / "out").exit_code == 0
    assert run(folder, tmp_path / "out", "--force", "--workers", "2").exit_code == 0
    assert snapshot(folder) == before  # no file added, changed, touched or removed


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.requests.append(self.path)
        body = b"REMOTE-ENTITY-CONTENT"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def web():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Recorder.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


XXE = """<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY local SYSTEM "file://{secret}">
  <!ENTITY remote SYSTEM "{web}/entity.txt">
  <!ENTITY % dtd SYSTEM "{web}/evil.dtd">
  %dtd;
]>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Acme opens a plant</title>
<link rel="stylesheet" href="{web}/style.css"/><script src="{web}/app.js"></script></head>
<body><h1>Acme opens a plant</h1>
<p>LYON, France, May 3, 2024 — Acme Corp. opened a plant. Local: &local; Remote: &remote;</p>
<p>"This is a great day for the region," said Jane Doe, Chief Executive Officer of Acme.</p>
<img src="{web}/photo.png"/><iframe src="{web}/frame.html"></iframe>
<p><a href="{web}/more.html">More</a></p>
</body></html>
"""


@pytest.mark.parametrize("name", ["xxe.xhtml", "xxe.html", "xxe.txt", "xxe.md"])
def test_external_entities_images_and_links_are_never_fetched(tmp_path, web, name):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(XXE.format(secret=secret, web=web), encoding="utf-8")
    out = tmp_path / "out"
    result = run(folder, out)
    assert result.exit_code == 0, result.output
    written = (out / "records.jsonl").read_text(encoding="utf-8")
    assert SECRET not in written
    assert "REMOTE-ENTITY-CONTENT" not in written
    assert Recorder.requests == []
    assert "Acme" in records_of(out)[name]["text"]
