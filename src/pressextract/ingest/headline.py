"""The headline of an HTML page, read from its structure: meta titles, h1s, <title>, labels.

Rules, in order: og:title / twitter:title without the site name; else the h1 that <title>
repeats or the longest h1; else <title> without the site name. Two page shapes refine the h1:
- template sources (a site's PHP/Jinja/Hugo pages) write the headline as a variable
  (`<h1>$pageTitle</h1>`) assigned at the top of the file: the assignment's value is the text;
- a masthead, then a release label, then a heading ("Acme News" / "Press Release" /
  "Acme opens plant"): the heading under the label is the headline, the h1 names the page.
"""

from __future__ import annotations

import re

import lxml.html

from pressextract.ingest.boilerplate import is_placeholder_title
from pressextract.ingest.dates import find_dates
from pressextract.ingest.title import clean_title

SITE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
LABEL = re.compile(r"for immediate release|press release|news release|pressemitteilung", re.I)
_LABEL_ONLY = re.compile(
    r"(?:for immediate release|(?:press|news|media) release|press statement|pressemitteilung)s?",
    re.I,
)
_SUBTITLE_CLASS = re.compile(
    r"sub-?title|sub-?head|standfirst|\bdeck\b|\bdek\b|strap|teaser|\blead\b|intro|summary"
    r"|abstract|kicker|chapo",
    re.I,
)
# `$name = "value";` (PHP), `{% set name = "value" %}` (Jinja, Twig), `name: "value"` is front
# matter and read elsewhere. Only quoted one-line string values count. The "$" is matched
# before the look-behind that rules out "a$b" and "$$b": a pattern that starts with "$" or "{"
# lets the regex engine skip to those characters, where one that starts with a look-behind is
# tried at every position of the page (a tenth of an HTML page's ingest time).
_ASSIGNMENT = re.compile(
    r"""(?:\$(?<![\w$]\$)|\{%-?\s*set\s+)(?P<name>[A-Za-z_]\w*)\s*=\s*"""
    r"""(?:"(?P<double>[^"\n]{3,300})"|'(?P<single>[^'\n]{3,300})')""",
    re.M,
)
_REFERENCE = re.compile(
    r"^(?:\$(?P<php>[A-Za-z_]\w*)|<\?=\s*\$(?P<echo>[A-Za-z_]\w*);?\s*\?>"
    r"|\{\{-?\s*\.?(?P<tpl>[A-Za-z_][\w.]*)\s*-?\}\})$"
)
_HEADINGS = {"h1", "h2", "h3"}


_SPACES = re.compile(r"\s+")


def element_text(element: lxml.html.HtmlElement) -> str:
    """The text of an element, whitespace collapsed."""
    return _SPACES.sub(" ", element.text_content()).strip()


def resolve_template_variables(tree: lxml.html.HtmlElement, markup: str) -> None:
    """Text that is only a template variable (`$pageTitle`, `{{ title }}`) becomes the value the
    source assigns to it, when it assigns one string; otherwise the text is left as it is."""
    values: dict[str, set[str]] = {}
    for match in _ASSIGNMENT.finditer(markup):
        value = (match.group("double") or match.group("single")).strip()
        values.setdefault(match.group("name").casefold(), set()).add(value)
    if not values:
        return
    for element in tree.iter():
        if not isinstance(element.tag, str) or len(element) or not element.text:
            continue
        reference = _REFERENCE.match(element.text.strip())
        if not reference:
            continue
        name = reference.group("php") or reference.group("echo") or reference.group("tpl")
        found = values.get(name.rsplit(".", 1)[-1].casefold(), set())
        if len(found) == 1:
            element.text = next(iter(found))


def page_title(tree: lxml.html.HtmlElement) -> str | None:
    """The headline: og:title, else the first h1, else <title> without the site name."""
    candidates = [
        _attr(tree, "//meta[@property='og:title']/@content"),
        _attr(tree, "//meta[@name='twitter:title']/@content"),
    ]
    candidates = [c for c in candidates if not is_placeholder_title(c)]
    h1_elements = [h for h in tree.iter("h1") if _is_headline_text(element_text(h))]
    h1s = [element_text(h) for h in h1_elements]
    head_title = _attr(tree, "//title/text()")
    if is_placeholder_title(head_title):
        head_title = None
    for candidate in candidates:
        if candidate:
            return _drop_site_name(clean_title(candidate), h1s)
    if h1s:
        # A page may have a logo or section name in an h1 too: prefer the one <title> repeats.
        named = [h for h in h1s if head_title and h.casefold() in head_title.casefold()]
        headline = _headline_beside_site_name(head_title, named or h1s)
        if headline:
            return headline
        # Otherwise the headline is the longest h1: a logo or section name is a word or two.
        chosen = max(named or h1s, key=lambda h: len(h.split()))
        under_label = _headline_under_label(h1_elements[h1s.index(chosen)])
        return under_label or clean_title(chosen)
    if head_title:
        return _drop_site_name(clean_title(head_title), h1s)
    return None


def _is_headline_text(text: str) -> bool:
    return bool(text) and len(text.split()) >= 2 and not is_placeholder_title(text)


def _headline_under_label(h1: lxml.html.HtmlElement) -> str | None:
    """The heading right under a release label that right follows `h1`, or None.

    "Acme Events" / "Press Release" / "Acme names new chair": the h1 names the page, the label
    opens the release, and its heading is the headline.
    """
    following = h1.xpath(
        "following::*[self::h1 or self::h2 or self::h3 or self::h4 or self::p][position() <= 2]"
    )
    if len(following) < 2 or not _LABEL_ONLY.fullmatch(element_text(following[0])):
        return None
    heading = following[1]
    text = clean_title(element_text(heading))
    if heading.tag not in _HEADINGS or len(text.split()) < 4 or find_dates(text):
        return None
    return None if LABEL.search(text) else text


def page_subtitle(tree: lxml.html.HtmlElement, title: str | None) -> str | None:
    """The standfirst right under the headline: a heading, or an element marked as one.

    Only the few elements after the headline's h1 are looked at: teasers of other stories
    elsewhere on the page carry the same class names.
    """
    if not title:
        return None
    key = title.casefold()
    h1 = next((h for h in tree.iter("h1") if clean_title(element_text(h)).casefold() == key), None)
    if h1 is None:
        return None
    following = h1.xpath(
        "following::*[self::h2 or self::h3 or self::h4 or self::p or self::div][position() <= 6]"
    )
    for element in following:
        text = element_text(element)
        marker = f"{element.get('class', '')} {element.get('itemprop', '')}"
        is_marked = bool(_SUBTITLE_CLASS.search(marker)) or (
            element is h1.getnext() and element.tag in {"h2", "h3"}
        )
        if not is_marked or not 4 <= len(text.split()) <= 60 or key in text.casefold():
            continue
        if find_dates(text) or LABEL.search(text):
            continue  # a meta line ("Press release 19-10-2022"), not a standfirst
        return text
    return None


def _headline_beside_site_name(head_title: str | None, h1s: list[str]) -> str | None:
    """ "Headline | Newsroom | Site" whose only h1 is the site's logo ("Site"): the headline.

    The h1 repeats a later part of <title>, the site name; the first part is the headline.
    """
    if not head_title:
        return None
    parts = [clean_title(p) for p in SITE_SEPARATORS.split(head_title)]
    if len(parts) < 2 or len(parts[0].split()) < 3:
        return None
    later = {p.casefold() for p in parts[1:]}
    if all(clean_title(h).casefold() in later for h in h1s):
        return parts[0]
    return None


def _drop_site_name(title: str, h1s: list[str]) -> str:
    """ "Headline | Site" -> "Headline": keep the longest part, or the part an h1 repeats."""
    parts = SITE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    longest = max(parts, key=len)
    keys = {clean_title(p).casefold() for p in parts}
    named = [clean_title(h1) for h1 in h1s if clean_title(h1).casefold() in title.casefold()]
    # An h1 that is a whole part, or spans a separator ("Acme - The Sequel"), is the headline;
    # one inside a longer part ("Research News" of "Research News May 2012") is a section name.
    named = [h for h in named if h.casefold() in keys or len(h) > len(longest)]
    return max(named, key=len) if named else longest


def _attr(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    values = tree.xpath(xpath)
    for value in values:
        text = re.sub(r"\s+", " ", str(value)).strip()
        if text:
            return text
    return None
