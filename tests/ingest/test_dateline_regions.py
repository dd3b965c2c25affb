"""The region after a Title-case dateline place ("Salem, OR -"): states and countries only."""

from __future__ import annotations

import pytest

from pressextract.resources.places import PlaceResolver


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Australia", True),
        ("Oregon", True),
        ("Queensland", True),
        ("Perth", False),
        ("Acme", False),
    ],
)
def test_is_country_or_region(name: str, region: bool) -> None:
    assert PlaceResolver().is_country_or_region(name) is region
