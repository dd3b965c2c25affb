"""Shapes of names shared by the components and the extractors."""

from __future__ import annotations

import pytest

from pressextract.resources.name_shapes import is_acronym, singular, singular_forms


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
    ("word", "expected"),
    [
        ("agencies", ("agencies", "agency", "agenci", "agencie")),
        ("reaches", ("reaches", "reach", "reache")),
        ("consists", ("consists", "consist")),
        ("glass", ("glass",)),
        ("budget", ("budget",)),
    ],
)
def test_singular_forms_are_candidates_for_a_word_index(word, expected):
    assert singular_forms(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("WCO", True), ("S&D", True), ("UNRWA", True), ("Acme", False), ("A", False)],
)
def test_acronym_shape(text, expected):
    assert is_acronym(text) is expected
