"""Language detection: short English texts are English, other languages still named."""

from __future__ import annotations

import pytest

from pressextract.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence or two: langdetect alone wanders (Afrikaans, Swedish) on such English.
        ("Two of the deputies were fired, and eight other employees left the agency.", "en"),
        ("The price of gasoline per litre in Johannesburg is currently 18 R.", "en"),
        ("Die Stadt hat heute einen neuen Park eröffnet, sagte der Bürgermeister.", "de"),
        ("La ville a ouvert un nouveau parc aujourd'hui, a déclaré le maire.", "fr"),
        ("Acme Corp", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected
