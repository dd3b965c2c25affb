"""The publication date an HTML page gives: metadata (htmldate), the dates it marks, a last guess.

Split from html.py: which date a page means is its own question, apart from reading the text.
"""

from __future__ import annotations

import re

import htmldate
import lxml.html
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


def guessed_date(markup: str) -> str | None:
    """htmldate's extensive search over the page text, minus year-only guesses ("2016-01-01").

    Only pages without any other date get here: the search is right more often than not on
    htmldate's own evaluation set, but its first use loads dateparser's locales (seconds, once).
    """
    try:
        found = htmldate.find_date(
            markup, extensive_search=True, original_date=True, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None
    return None if not found or found.endswith("-01-01") else found
