"""YAML front matter of Markdown files (static-site posts): title and date, never body text.

Only top-level `key: value` scalars are read (no YAML library: a malformed block must not stop
the release); lists and block scalars under a key are skipped. The block is cut from the text.
A catalog's title is often its own rendering of the headline ("Minister opens plant." over the
page's "MINISTER OPENS PLANT"): when the text shows the same words on lines of their own, the
title is written as the text writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressextract.ingest.dates import find_dates

_BLOCK = re.compile(
    r"\A\ufeff?\s*---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_SCALAR = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
TITLE_KEYS = ("title", "headline", "name")
DATE_KEYS = ("date", "published", "pubdate", "publishdate", "publish_date", "date_published")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")


@dataclass(frozen=True)
class FrontMatter:
    """What a front-matter block says about its release."""

    title: str | None = None
    published: str | None = None


def split_front_matter(text: str) -> tuple[FrontMatter, str]:
    """The front matter of `text` (empty when there is none) and the text after it."""
    match = _BLOCK.match(text)
    if not match:
        return FrontMatter(), text
    values: dict[str, str] = {}
    for line in match.group("body").splitlines():
        scalar = _SCALAR.match(line)
        if scalar and not line[:1].isspace():
            values.setdefault(scalar.group("key").lower(), _unquote(scalar.group("value")))
    title = next((values[k] for k in TITLE_KEYS if values.get(k)), None)
    published = next((iso for k in DATE_KEYS if (iso := _iso_date(values.get(k, "")))), None)
    return FrontMatter(title=title, published=published), text[match.end() :]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip() if value not in {"|", ">", "|-", ">-"} else ""


def _iso_date(value: str) -> str | None:
    iso = _ISO.match(value)
    if iso:
        return "-".join(iso.groups())
    found = find_dates(value) if value else []
    return found[0][2] if found else None


def as_written(title: str, text: str, *, within: int = 3000) -> str:
    """`title` as the opening of `text` writes it, on lines of its own; else `title` itself.

    The words must be the same and in order; case, punctuation and line breaks may differ.
    """
    words = re.findall(r"\w+", title)
    if not words:
        return title
    body = r"\W+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"^[ \t#*_>]*(?P<title>{body})\W*$", re.I | re.M)
    found = pattern.search(text[:within])
    if not found:
        return title
    return re.sub(r"\s+", " ", found.group("title")).strip()
