"""The last-resort date of an HTML page: htmldate's free-text search, run only when needed and
in the release's language (dateparser's other locales cost seconds to load)."""

from __future__ import annotations

import pytest
from htmldate import extractors as htmldate_extractors

from pressextract.ingest import html, parse_bytes
from pressextract.ingest.html_dates import guessed_date

BODY = (
    "The council approved the new budget after a long debate, and the mayor thanked the members"
    " of the finance committee for their work on the plan over the past months."
)


def page(line: str) -> str:
    return (
        f"<html><body><p>Some words about the page.</p><p>{line}</p>"
        "<p>More words here for the body.</p></body></html>"
    )


ITALIAN = page("3 marzo 2020, martedì")  # only dateparser's Italian locale reads it


@pytest.mark.parametrize(
    ("markup", "language", "expected"),
    [
        (page("Posted on 12 March 2021 by staff"), "en", "2021-03-12"),
        (page("Posted on 12 March 2021 by staff"), None, "2021-03-12"),
        (ITALIAN, "it", "2020-03-03"),
        (ITALIAN, None, "2020-03-03"),  # unknown language: every locale
        (ITALIAN, "xx", "2020-03-03"),  # a language dateparser does not know: every locale
        (ITALIAN, "en", None),  # an English release is searched in English
    ],
)
def test_guess_reads_the_page_in_its_language(
    markup: str, language: str | None, expected: str | None
) -> None:
    assert guessed_date(markup, language) == expected


def test_a_string_parsed_in_one_language_is_parsed_again_in_another() -> None:
    # htmldate caches what it parsed by string alone: the language must not leak through it.
    assert [guessed_date(ITALIAN, lang) for lang in ("en", None, "en", "it")] == [
        None,
        "2020-03-03",
        None,
        "2020-03-03",
    ]


def test_htmldate_keeps_its_own_parser_after_a_search() -> None:
    factory = htmldate_extractors.get_external_parser
    guessed_date(ITALIAN, "en")
    assert htmldate_extractors.get_external_parser is factory


def _no_search(markup: str, language: str | None = None) -> str | None:
    raise AssertionError("the free-text search ran for a release dated otherwise")


def test_no_search_when_the_release_dates_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "guessed_date", _no_search)
    markup = f"<html><body><p>SPRINGFIELD, May 4, 2021 — {BODY}</p></body></html>"
    doc = parse_bytes(markup.encode(), "a.html", ".html")
    assert doc.published == "2021-05-04"


def test_search_when_nothing_else_dates_the_release(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str | None] = []

    def search(markup: str, language: str | None = None) -> str | None:
        asked.append(language)
        return "2021-05-04"

    monkeypatch.setattr(html, "guessed_date", search)
    doc = parse_bytes(f"<html><body><p>{BODY}</p></body></html>".encode(), "a.html", ".html")
    assert (doc.published, asked) == ("2021-05-04", ["en"])
    assert "publication date guessed from the page text" in doc.warnings
