"""resources.places.is_known_place: the shipped place data's yes/no, shared by ingest and nlp."""

from __future__ import annotations

import pytest

from pressextract.resources.places import is_known_place, shipped_resolver


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("France", True),  # country
        ("Ohio", True),  # US state (a region)
        ("Lagos", True),  # city
        ("Europe", True),  # continent
        ("Quillnews", False),  # no data source knows it
        ("Board", False),
    ],
)
def test_is_known_place(name: str, expected: bool) -> None:
    assert is_known_place(name) is expected


def test_one_resolver_is_shared() -> None:
    assert shipped_resolver() is shipped_resolver()
