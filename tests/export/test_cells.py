"""Spreadsheet-safe cells: formula-like text is neutralized, numbers and plain text are not."""

from __future__ import annotations

import pytest

from pressextract.export.cells import is_formula_like, neutralize, restore

CASES = [
    # (value, as written to a safe CSV cell)
    ('=HYPERLINK("http://x.example", "Click")', '\'=HYPERLINK("http://x.example", "Click")'),
    ("@SUM(A1:A9) is how we count", "'@SUM(A1:A9) is how we count"),
    ("+1 555 0100", "'+1 555 0100"),
    ("-5 degrees", "'-5 degrees"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("'=already quoted", "''=already quoted"),
    ("-12", "-12"),
    ("+3.5%", "+3.5%"),
    ("-1,200", "-1,200"),
    ("-", "'-"),
    ("Acme opens a plant", "Acme opens a plant"),
    ("it's = fine inside", "it's = fine inside"),
    ("'quoted, but not a formula", "'quoted, but not a formula"),
    ("", ""),
    (-5, -5),
    (3.5, 3.5),
    (None, None),
]


@pytest.mark.parametrize(("value", "written"), CASES)
def test_neutralize(value, written):
    assert neutralize(value) == written


@pytest.mark.parametrize(("value", "written"), CASES)
def test_restore_gives_back_what_was_neutralized(value, written):
    assert restore(written) == value


@pytest.mark.parametrize(
    ("text", "formula_like"),
    [("=1", True), ("@x", True), ("+x", True), ("-x", True), ("-12.5", False), ("12", False)],
)
def test_is_formula_like(text, formula_like):
    assert is_formula_like(text) is formula_like
