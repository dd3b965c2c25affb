"""The publication date an HTML page gives: metadata (htmldate), the dates it marks, a last guess.

Split from html.py: which date a page means is its own question, apart from reading the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import htmldate
import lxml.html
from htmldate import extractors as htmldate_extractors
from lxml import etree

from pressextract.ingest.dates import date_line_iso, find_dates
from pressextract.ingest.headline import element_text


def meta_date(markup: str) -> str | None:
    """Publication date from metadata, <time> and URL-like hints (htmldate, no free-text guess).

    htmldate gets the markup, not our tree: it parses and cleans pages its own way.
    """
    try:
        return htmldate.find_date(
            markup, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None


_MODIFIED = (
    "//meta[@http-equiv='last-modified' or @http-equiv='Last-Modified']/@content"
    "|//meta[@property='article:modified_time' or @property='og:updated_time']/@content"
    "|//meta[@itemprop='dateModified']/@content|//*[@itemprop='dateModified']/@datetime"
)


_LD_PUBLISHED = re.compile(r'"date(?:Published|Created)"\s*:\s*"([^"]{8,40})"')


def only_modified(tree: lxml.html.HtmlElement, day: str) -> bool:
    """Whether the page's metadata gives `day` only as when the page last changed: no other
    meta tag, <time> or JSON-LD datePublished says it too."""
    modified = tree.xpath(_MODIFIED)
    if day not in {iso for value in modified for _, _, iso in find_dates(str(value))[:1]}:
        return False
    changed = [value.getparent() for value in modified]  # the elements, compared by identity
    dated = tree.xpath("//meta/@content|//time/@datetime")
    others = [str(value) for value in dated if value.getparent() not in changed]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        others.extend(_LD_PUBLISHED.findall(str(script)))
    return all(day not in {iso for _, _, iso in find_dates(value)[:1]} for value in others)


_DATE_CLASS = re.compile(r"(?:^|[\s_-])(?:date|pubdate|published|datePublished)(?:$|[\s_-])", re.I)


def marked_date(tree: lxml.html.HtmlElement) -> str | None:
    """The first date the page marks as one: <time datetime>, class or itemprop "date"."""
    for element in tree.iter("time", "span", "p", "div", "li"):
        marker = f"{element.get('class', '')} {element.get('itemprop', '')}"
        if element.tag != "time" and not _DATE_CLASS.search(marker):
            continue
        for value in (element.get("datetime") or "", element_text(element)):
            iso = date_line_iso(value) if value else None
            if iso:
                return iso
    return None


def guessed_date(markup: str, language: str | None = None) -> str | None:
    """htmldate's extensive search over the page text, minus year-only guesses ("2016-01-01").

    Only pages without any other date get here: the search is right more often than not on
    htmldate's own evaluation set. Its free-text strings go to dateparser in the page's
    `language` when dateparser knows it (`_dateparser_language`), else in every locale.
    """
    try:
        with _dateparser_language(language):
            found = htmldate.find_date(
                markup, extensive_search=True, original_date=True, outputformat="%Y-%m-%d"
            )
    except (ValueError, TypeError, etree.LxmlError):
        return None
    return None if not found or found.endswith("-01-01") else found


_SEARCHED_IN: list[str | None] = [None]  # the language of the last search (None: every locale)


@contextmanager
def _dateparser_language(language: str | None) -> Iterator[None]:
    """htmldate's dateparser limited to `language` for the time of one search.

    htmldate asks dateparser with every locale (about 200), and the first string no English
    word list covers ("Public Release: 26-Apr-2016") loads them all: 1.5 s or more of each
    process's time, for a release in English. htmldate has no option for the language, so its
    parser factory is swapped for the length of the call (our worker processes run one release
    at a time), and its cache of parsed strings, which does not know the language, is emptied
    when the language changes.
    """
    parser = _parser_in(language) if language else None
    searched_in = language if parser is not None else None
    if searched_in != _SEARCHED_IN[0]:
        htmldate_extractors.try_date_expr.cache_clear()
        _SEARCHED_IN[0] = searched_in
    if parser is None:
        yield
        return
    factory = htmldate_extractors.get_external_parser
    htmldate_extractors.get_external_parser = lambda: parser
    try:
        yield
    finally:
        htmldate_extractors.get_external_parser = factory


@cache
def _parser_in(language: str) -> Any:
    """htmldate's dateparser, its settings unchanged, for `language` alone (None: unknown to
    dateparser, or an htmldate without the factory this relies on)."""
    from dateparser import DateDataParser
    from dateparser.data.languages_info import language_order

    factory = getattr(htmldate_extractors, "get_external_parser", None)
    settings = getattr(factory(), "_settings", None) if factory else None
    if language not in language_order or settings is None:
        return None
    return DateDataParser(languages=[language], settings=settings)
