"""A page with no release text (only menus, navigation, a footer) gives a record that says so.

It is not an error row: the file was read and gives a record (errors.csv lists the releases that
gave none); the record's warning tells the analyst that its body is no release.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pressextract.batch import run
from pressextract.ingest import parse_bytes
from pressextract.ingest.document import MIN_RELEASE_WORDS

MENUS_HTML = """<html><head><title>News | Harbor Rail</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<header><h1>Newsroom</h1></header>
<footer><p>© 2024 Harbor Rail. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""
MENUS_TEXT = "Home\nAbout us\nNews\nContact\n\nSearch this site\n"
SHORT_RELEASE = (
    "Harbor Rail adds trains\n\n"
    "SALEM, March 4, 2025 – The Harbor Rail Board today approved a timetable that adds forty "
    "daily trains between the port and the airport, starting in September.\n"
)


WARNING = re.compile(
    r"no release text found: body has (\d+) words? \(fewer than (\d+)\); "
    r"the page may hold only menus or navigation"
)


@pytest.mark.parametrize(
    ("name", "content", "warned"),
    [
        # A page of menus and a footer: what is left after furniture removal is a few words.
        ("menus.html", MENUS_HTML, True),
        ("menus.txt", MENUS_TEXT, True),
        # A short release of one paragraph is a release.
        ("short.txt", SHORT_RELEASE, False),
    ],
)
def test_a_body_of_a_few_words_is_no_release(name: str, content: str, warned: bool):
    doc = parse_bytes(content.encode(), name, Path(name).suffix)
    found = [m for m in map(WARNING.fullmatch, doc.warnings) if m]
    assert len(found) == int(warned), doc.warnings
    if warned:
        words, bound = map(int, found[0].groups())
        assert words == len(doc.text.split()) < bound == MIN_RELEASE_WORDS


def test_a_page_of_menus_is_a_record_with_a_warning_not_an_error_row(tmp_path, config):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "menus.html").write_text(MENUS_HTML, encoding="utf-8")
    (folder / "short.txt").write_text(SHORT_RELEASE, encoding="utf-8")
    summary = run(folder, tmp_path / "out", config)
    assert (summary.failed, summary.records) == (0, 2)
    lines = (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = {r["source"]: r for r in map(json.loads, lines)}
    assert any(w.startswith("no release text found") for w in records["menus.html"]["warnings"])
    assert not any(w.startswith("no release text") for w in records["short.txt"]["warnings"])
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8-sig").splitlines()
    assert errors == ["source,reason,stage"]
