"""A record whose text tries formula injection, shared by the export tests."""

from __future__ import annotations

RECORD = {
    "id": "0012ab34cd56ef78",  # leading zeros: an id must stay text
    "source": "acme.txt",
    "format": "text",
    "title": '=HYPERLINK("http://x.example", "Click")',
    "subtitle": None,
    "published": "2024-05-03",
    "dateline": {"location": "LYON", "date": None, "text": "LYON —"},
    "language": "en",
    "text": "LYON — Acme opened a plant.",
    "warnings": [],
    "dates": [
        {
            "text": "May 2024",
            "start": "2024-05",
            "end": "2024-05",
            "granularity": "month",
            "char_start": 3,
            "char_end": 11,
        },
    ],
    "locations": [
        {
            "name": "Lyon",
            "label": "GPE",
            "type": "city",
            "country_code": "FR",
            "mentions": 2,
            "char_start": 0,
        }
    ],
    "organizations": [{"name": "Acme", "acronym": None, "mentions": 1, "char_start": 7}],
    "speakers": [
        {"name": "Jane Doe", "title": "CEO", "organization": "Acme", "kind": "person", "quotes": 1}
    ],
    "quotes": [
        {
            "kind": "direct",
            "speaker": "Jane Doe",
            "text": "@SUM(A1:A9) is how we count",
            "char_start": 12,
            "char_end": 39,
        }
    ],
    "statistics": [
        {
            "text": "-5 degrees",
            "value": -5,
            "value_max": None,
            "unit": "degrees",
            "qualifier": None,
            "kind": "measure",
            "char_start": 1,
            "char_end": 7,
            "context": "It was -5 degrees.",
        }
    ],
    "contacts": [],
    "tables": [
        {
            "caption": "Results",
            "header": ["year", "change"],
            "rows": [["2023", "=1+1"], ["2024", "-3.5"]],
        },
    ],
}
