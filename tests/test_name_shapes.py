"""Shapes of names shared by the components and the extractors."""

from __future__ import annotations

import pytest

from pressextract.resources.name_shapes import is_acronym, singular


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Plants", "Plant"),
        ("agencies", "agency"),
        ("Universities", "University"),
        ("departments", "department"),
        ("Board", "Board"),
    ],
)
def test_singular_of_an_organization_word(word, expected):
    assert singular(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("WCO", True), ("S&D", True), ("UNRWA", True), ("Acme", False), ("A", False)],
)
def test_acronym_shape(text, expected):
    assert is_acronym(text) is expected
