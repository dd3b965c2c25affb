"""Decoding bytes of unknown encoding: BOMs, declared charsets, UTF-8, cp1252/latin-1 fallbacks."""

from __future__ import annotations

import codecs

import pytest

from pressextract.ingest.decode import decode_bytes

TEXT = "Café “quoted” — 5 €"


@pytest.mark.parametrize(
    ("data", "expected_encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_common_encodings(data: bytes, expected_encoding: str) -> None:
    text, encoding = decode_bytes(data)
    assert text == TEXT
    assert encoding == expected_encoding


def test_utf16_without_bom_is_recognized() -> None:
    data = "Press release: the agency said on Monday".encode("utf-16-le")
    assert decode_bytes(data)[0] == "Press release: the agency said on Monday"


def test_declared_charset_is_used_for_markup() -> None:
    page = '<html><head><meta charset="iso-8859-7"></head><body>Αθήνα</body></html>'
    text, encoding = decode_bytes(page.encode("iso-8859-7"), markup=True)
    assert "Αθήνα" in text
    assert encoding == "iso8859-7"


@pytest.mark.parametrize("data", [b"\x81\x8d\x8f\x90\x9d", bytes(range(256)), b"\xff\xfe\xfa"])
def test_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    text, _ = decode_bytes(data)
    assert isinstance(text, str)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # UTF-8 encoded twice: the C1 controls prove it, then every such shape is undone.
        ("May 3, 2024 (SALEM) — The Board’s plan", "May 3, 2024 (SALEM) — The Board’s plan"),
        ("Salem\u00a0— Café", "Salem\u00a0— Café"),
    ],
)
def test_utf8_encoded_twice_is_repaired(written: str, read: str) -> None:
    twice = written.encode("utf-8").decode("latin-1").encode("utf-8")
    assert decode_bytes(twice) == (read, "utf-8")


@pytest.mark.parametrize("text", ["Café Ã© and Â¿ as written", "Ã¢ without any C1 control"])
def test_text_without_proof_of_double_encoding_is_left_alone(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
