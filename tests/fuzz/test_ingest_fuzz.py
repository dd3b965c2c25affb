"""Ingest on random input: a Document or an IngestError with a message, never anything else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pressextract.errors import IngestError
from pressextract.ingest import SUFFIXES, decode_bytes, parse_bytes

FUZZ = settings.get_profile("pressextract-fuzz")
TEXT_SUFFIXES = [".html", ".txt", ".md", ".eml", ".xhtml"]

# Pieces of real releases and of hostile ones, for texts that reach deeper than random strings.
PIECES = [
    "LYON, France, May 3, 2024 — ", "Acme Corp.", " said Jane Doe, CEO of Acme.", "\n\n", "\n",
    '"', "“", "”", "«", "'", "$4.5 million", "31 February 2024", "9" * 60, "%", "<p>", "</p>",
    "<div>", "</div>", "<h1>", "<title>", "<!DOCTYPE html>", "<!-- ", " -->", "&amp;", "&#0;",
    "<![CDATA[", "]]>", "\x00", "\u202e", "\ufeff", "\r\n", "About Acme\n", "Contact: ",
    "jane@acme.com", "+1 555 123 4567", "---\ntitle: x\n---\n", "# ", "## ", "* ", "| a | b |",
    "Subject: Acme\n", "Date: Fri, 3 May 2024 10:00:00 +0000\n", "Content-Type: text/html\n",
    "###", "Published: ", "By Jane Doe", "Page 1 of 2", "Forward-looking statements", "•",
]
release_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=40), max_size=60).map("".join)


def check(data: bytes, suffix: str) -> None:
    try:
        document = parse_bytes(data, f"fuzz{suffix}", suffix)
    except IngestError as exc:
        assert str(exc), "an IngestError must say why"
        return
    assert document.source == f"fuzz{suffix}"
    assert isinstance(document.text, str) and document.text.strip()
    assert "\x00" not in (document.title or "")


@settings(FUZZ, max_examples=300)
@given(st.binary(max_size=4000))
def test_decoding_random_bytes_gives_text(data):
    text = decode_bytes(data)[0]
    assert isinstance(text, str)


@settings(FUZZ, max_examples=400)
@given(st.binary(max_size=4000), st.sampled_from(sorted(SUFFIXES)))
def test_random_bytes_give_a_document_or_an_ingest_error(data, suffix):
    check(data, suffix)


@settings(FUZZ, max_examples=300)
@given(st.text(max_size=3000), st.sampled_from(TEXT_SUFFIXES))
def test_random_text_gives_a_document_or_an_ingest_error(text, suffix):
    check(text.encode("utf-8", "surrogatepass"), suffix)


@settings(FUZZ, max_examples=300)
@given(release_like, st.sampled_from(TEXT_SUFFIXES), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_release_like_text_gives_a_document_or_an_ingest_error(text, suffix, encoding):
    check(text.encode(encoding, "replace"), suffix)
