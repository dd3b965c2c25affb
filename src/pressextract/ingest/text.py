"""Plain and Markdown text (and text that main-content extraction produced) to release parts.

Scraped text carries the page's menus, a title with the site name appended, dates and contact
lines above the release, and link lists below it. The rules here are general: a line that repeats
the title marks the start of the release, the first prose paragraph or dateline starts the body,
and furniture lines are dropped wherever they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressextract.ingest.boilerplate import is_boilerplate, is_link_only, strip_markdown
from pressextract.ingest.dateline import find_dateline
from pressextract.ingest.dates import date_line_iso

_TERMINAL = tuple('.!?"”’»)]:;')
_RELEASE_LABEL = re.compile(
    r"^(?:for immediate release|immediate release|press release|news release|media release"
    r"|for release|embargoed?(?: until)?[^.]{0,40}|pressemitteilung|presseinformation"
    r"|communiqué de presse|nota de prensa)\s*[:\-–—]*\s*",
    re.I,
)
_SITE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[*+•▪◦]|-(?=\s)|\d{1,2}[.)](?=\s))\s*")


@dataclass
class TextParts:
    """What the text layer finds; the caller turns it into a Document."""

    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)


def normalize_space(text: str) -> str:
    """Collapse runs of spaces and tabs (not newlines); NBSP and friends become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\u2009\u200a\t\f\v]", " ", text)
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return re.sub(r" {2,}", " ", text)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def split_paragraphs(raw: str) -> list[str]:
    """Lines to paragraphs: blank lines break, continuation and hard-wrapped lines are joined."""
    lines = [line.strip() for line in normalize_space(raw).split("\n")]
    lines = _cut_link_tail(lines)
    lines = ["" if is_boilerplate(line) else line for line in lines]
    wrap_width = _hard_wrap_width(lines)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and _continues(current, line, wrap_width):
            glue = "" if line[0] in ".,;:!?)" else " "
            current = current + glue + line
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return [p for p in (_clean_paragraph(p) for p in paragraphs) if p]


def _clean_paragraph(paragraph: str) -> str:
    if _LIST_ITEM.match(paragraph):
        return "• " + strip_markdown(_LIST_ITEM.sub("", paragraph, count=1))
    return strip_markdown(paragraph)


def _cut_link_tail(lines: list[str]) -> list[str]:
    """Drop a trailing run of link-only, separator and blank lines (appended link lists)."""
    end = len(lines)
    while end > 0 and (not lines[end - 1] or is_boilerplate(lines[end - 1])):
        end -= 1
    return lines[:end]


def _hard_wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text breaks at, or None when lines are whole paragraphs."""
    long = [line for line in lines if len(line) >= 40]
    if len(long) < 5:
        return None
    open_ended = [line for line in long if not line.endswith(_TERMINAL)]
    if len(open_ended) < 0.5 * len(long):
        return None
    widths = sorted(len(line) for line in long)
    return widths[int(0.8 * (len(widths) - 1))]


def _continues(current: str, line: str, wrap_width: int | None) -> bool:
    if _LIST_ITEM.match(line) or line.startswith("#"):
        return False
    if line[0] in ".,;:!?)" or line[0].islower():
        return not current.endswith((".", "!", "?")) or line[0] in ".,;:!?)"
    if line[0] in "–—" and len(current.split()) <= 5 and not current.endswith(_TERMINAL):
        return True  # "CHICAGO" / "– Cook County ..." : a dateline split from its sentence
    if wrap_width and not current.endswith(_TERMINAL):
        last_line = current[-wrap_width:] if len(current) > wrap_width else current
        return len(last_line) >= 0.7 * wrap_width
    return False


def is_prose(paragraph: str) -> bool:
    """A paragraph that reads as running text, not a label, menu item or heading."""
    words = paragraph.split()
    if date_line_iso(paragraph) or _RELEASE_LABEL.fullmatch(paragraph):
        return False
    if len(words) >= 20:
        return True
    return len(words) >= 8 and paragraph.rstrip().endswith(_TERMINAL)


def clean_title(title: str) -> str:
    """A headline without markdown marks, release labels and surrounding whitespace."""
    title = strip_markdown(title)
    title = _RELEASE_LABEL.sub("", title).strip()
    return re.sub(r"\s+", " ", title)


def _find_title(paragraphs: list[str], raw_lines: list[str]) -> tuple[str | None, int]:
    """The headline and the index of its last repetition before the body (-1 when unknown)."""
    limit = min(len(paragraphs), 60)
    for line in raw_lines:
        if re.match(r"^#\s+\S", line):
            title = clean_title(line)
            return title, _last_index(paragraphs, title)
    seen = {_norm(p): i for i, p in enumerate(paragraphs[:limit]) if len(p) < 300}
    for i, paragraph in enumerate(paragraphs[:limit]):
        if date_line_iso(paragraph) or (is_prose(paragraph) and len(paragraph) > 250):
            continue
        # "Headline - Site Name": the headline alone recurs on the page.
        parts = [paragraph, *_SITE_SEPARATORS.split(paragraph)[:-1]]
        for candidate in parts:
            key = _norm(candidate)
            if key and seen.get(key, -1) > i:
                title = clean_title(candidate)
                return title, _last_index(paragraphs, title)
    for paragraph in paragraphs[:limit]:
        if date_line_iso(paragraph) or _RELEASE_LABEL.fullmatch(paragraph):
            continue
        title = clean_title(paragraph)
        if title:
            return title[:300], _last_index(paragraphs, title)
    return None, -1


def _last_index(paragraphs: list[str], title: str) -> int:
    key = _norm(title)
    hits = [i for i, p in enumerate(paragraphs) if _norm(clean_title(p)) == key]
    # A repetition counts only while prose still follows it.
    hits = [i for i in hits if any(is_prose(p) for p in paragraphs[i + 1 :])]
    return hits[-1] if hits else -1


def parse_text(raw: str, *, title: str | None = None, scraped: bool = True) -> TextParts:
    """Split text into header (title, date lines, labels) and body paragraphs.

    `title` comes from page metadata when the caller has it; `scraped` says whether the text may
    still carry page furniture above the release (False for extractor output and documents).
    """
    raw_lines = [line.strip() for line in normalize_space(raw).split("\n")]
    paragraphs = split_paragraphs(raw)
    parts = TextParts()
    found, title_at = _find_title(paragraphs, raw_lines)
    parts.title = title or found
    if title:
        title_at = _last_index(paragraphs, title)
    start = title_at + 1
    body_start = start
    if scraped:
        while body_start < len(paragraphs) and not _opens_body(paragraphs[body_start]):
            body_start += 1
        if body_start >= len(paragraphs):
            body_start = start
    else:
        while body_start < len(paragraphs) and _is_header_line(paragraphs[body_start], parts):
            body_start += 1
    header = paragraphs[:body_start]
    parts.header = header
    for line in header:
        iso = date_line_iso(line)
        if iso and not parts.published:
            parts.published = iso
    for line in paragraphs[start:body_start]:
        if _is_subtitle(line, parts.title):
            parts.subtitle = clean_title(line)
            break
    title_key = _norm(parts.title or "")
    parts.paragraphs = [p for p in paragraphs[body_start:] if _norm(p) != title_key]
    return parts


def _opens_body(paragraph: str) -> bool:
    found = find_dateline(paragraph)
    if found and (found[0].date or found[0].location):
        return True
    return is_prose(paragraph)


def _is_header_line(paragraph: str, parts: TextParts) -> bool:
    if find_dateline(paragraph):
        return False
    if _norm(paragraph) == _norm(parts.title or ""):
        return True
    return bool(date_line_iso(paragraph) or _RELEASE_LABEL.fullmatch(paragraph))


def _is_subtitle(line: str, title: str | None) -> bool:
    if date_line_iso(line) or _RELEASE_LABEL.fullmatch(line) or is_link_only(line):
        return False
    if _norm(line) == _norm(title or "") or "@" in line or re.search(r"\d{3}[-.\s]\d{4}", line):
        return False
    words = line.split()
    return 4 <= len(words) <= 60 and not line.startswith("•")
