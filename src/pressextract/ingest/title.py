"""The headline of a release given as text: where it stands among the lines above the body.

Rules, in order: a Markdown "# " heading; a "##" heading above the text when there is no "#";
"For Immediate Release: Headline"; a headline set again just above the text that stood earlier on
the page (a list of the site's headlines); a line the page repeats ("Headline - Site" above
"Headline"); else the first line after the masthead and contact block that is not a date, a
label, a placeholder, a table row or a wire's flash of another story.
"""

from __future__ import annotations

import re

from pressextract.ingest.boilerplate import is_placeholder_title, strip_markdown
from pressextract.ingest.dates import date_line_iso
from pressextract.ingest.lines import RELEASE_LABEL, is_prose
from pressextract.ingest.sections import heading_kind

_RELEASE_LABEL = RELEASE_LABEL
_SITE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
_NON_WORDS = re.compile(r"\W+")
_SPACES = re.compile(r"\s+")
_MARKDOWN_HEADLINE = re.compile(r"^#\s+.*[^\W\d_]")


def norm(text: str) -> str:
    """Text reduced to its words, case-folded: how two renderings of a headline are compared."""
    return _NON_WORDS.sub(" ", text).strip().casefold()


def clean_title(title: str) -> str:
    """A headline without markdown marks, release labels and surrounding whitespace."""
    title = strip_markdown(title)
    title = _RELEASE_LABEL.sub("", title).strip()
    return _SPACES.sub(" ", title)


def find_title(paragraphs: list[str], raw_lines: list[str]) -> tuple[str | None, int]:
    """The headline and the index of its last repetition before the body (-1 when unknown)."""
    limit = min(len(paragraphs), 60)
    for line in raw_lines:
        if line.startswith("#") and _MARKDOWN_HEADLINE.match(line):
            title = clean_title(line)
            return title, last_index(paragraphs, title)
    subheading = _first_heading_before_prose(raw_lines)
    if subheading:
        return subheading, last_index(paragraphs, subheading)
    first_prose = next((i for i, p in enumerate(paragraphs) if is_prose(p)), len(paragraphs))
    for paragraph in paragraphs[: min(first_prose + 1, limit)]:
        # "For Immediate Release: Headline" above the text names its headline.
        label = _RELEASE_LABEL.match(paragraph)
        if (
            label
            and label.group(0).rstrip().endswith(":")
            and len(paragraph.split()) >= 4
            and not date_line_iso(paragraph)  # "For immediate release: March 3, 2025"
        ):
            title = clean_title(paragraph)
            return title, last_index(paragraphs, title)
    repeated = _headline_repeated_above_body(paragraphs[:limit])
    if repeated is not None:
        return clean_title(paragraphs[repeated]), repeated
    seen = {norm(p): i for i, p in enumerate(paragraphs[:limit]) if len(p) < 300}
    for i, paragraph in enumerate(paragraphs[:10]):
        if date_line_iso(paragraph) or (is_prose(paragraph) and len(paragraph) > 250):
            continue
        # "Headline - Site Name": the headline alone recurs on the page.
        parts = [paragraph, *_SITE_SEPARATORS.split(paragraph)[:-1]]
        for candidate in parts:
            key = norm(candidate)
            if key and seen.get(key, -1) > i:
                title = clean_title(candidate)
                return title, last_index(paragraphs, title)
    skip = contact_block(paragraphs[:first_prose])
    begin = _after_masthead(paragraphs[:first_prose], skip)
    for i, paragraph in enumerate(paragraphs[:limit]):
        if i < begin or i in skip:
            continue  # the issuer's name above "Press release", or a contact block
        if (
            date_line_iso(paragraph)
            or _RELEASE_LABEL.fullmatch(paragraph)
            or is_placeholder_title(clean_title(paragraph))
            or paragraph.startswith("|")  # a table row (a contact grid above the release)
            or re.fullmatch(r"\*[^\s*].*[^*]", paragraph)  # a wire's flash ("*Acme Names CEO")
        ):
            continue
        title = clean_title(paragraph)
        if len(title) > 300:
            # A page flattened to one line repeats its headline; otherwise there is none.
            title = _recurring_prefix(title) or ""
        elif is_prose(paragraph):
            title = ""  # the text starts with its body: there is no headline to take
        return (title or None), (last_index(paragraphs, title) if title else -1)
    return None, -1


def _headline_repeated_above_body(paragraphs: list[str]) -> int | None:
    """A scraped page that lists its own headline among others ("More news") and sets it again
    right above the text: the index of that last headline, or None.

    Only the few lines just above the first prose paragraph are looked at, and only a line of
    four words or more that stands earlier on the page too.
    """
    first = next((i for i, p in enumerate(paragraphs) if is_prose(p)), None)
    if first is None:
        return None
    for i in range(first - 1, max(-1, first - 4), -1):
        line = paragraphs[i]
        if len(line.split()) < 4 or len(line) > 250 or date_line_iso(line):
            continue
        if _RELEASE_LABEL.fullmatch(line) or is_placeholder_title(clean_title(line)):
            continue
        if any(norm(p) == norm(line) for p in paragraphs[:i]):
            return i
    return None


def _first_heading_before_prose(raw_lines: list[str]) -> str | None:
    """A Markdown file without a level-1 heading: its first "##" or "###" heading above the text.

    Static-site posts put the page title in front matter and start the release at level 2.
    """
    for line in raw_lines:
        heading = re.match(r"^#{2,3}\s+(?=.*[^\W\d_])", line)
        if heading:
            title = clean_title(line)
            return title if len(title.split()) >= 3 else None
        if is_prose(strip_markdown(line)):
            return None
    return None


def contact_block(head: list[str]) -> set[int]:
    """Indices of the contact lines above a release: label, name, organization, phone, e-mail.

    "Media Contact:" / "Jane Doe" / "Acme Corp" / "555-0100" / "jane@acme.example": every line
    from a contact label or detail up to the last detail within a few lines after it.
    """
    skip: set[int] = set()
    i = 0
    while i < len(head):
        if not (_is_contact_line(head[i]) or heading_kind(head[i]) == "contacts"):
            i += 1
            continue
        last = i
        for j in range(i + 1, min(len(head), last + 5)):
            if _is_contact_line(head[j]):
                last = j
        skip.update(range(i, last + 1))
        i = last + 1
    return skip


def _after_masthead(head: list[str], skip: set[int]) -> int:
    """Where the headline search starts: after a "Press release" label that follows a masthead.

    "European Commission" / "Press release" / "Headline": the line above the label names the
    issuer. A label below the headline ("Headline" / "For immediate release") changes nothing.
    """
    for i, line in enumerate(head[:8]):
        if i == 0 or not _RELEASE_LABEL.fullmatch(line):
            continue
        rest = [p for j, p in enumerate(head[i + 1 :], i + 1) if j not in skip]
        if any(not date_line_iso(p) and not _RELEASE_LABEL.fullmatch(p) for p in rest):
            return i + 1
    return 0


def _is_contact_line(paragraph: str) -> bool:
    """A short line of contact details: a "Contact:" label, an e-mail address or a phone."""
    if len(paragraph) > 300 or is_prose(paragraph):
        return False
    return heading_kind(paragraph) == "contacts" or bool(
        re.search(r"\S@\S|\d{3}[-.\s)]+\d{3}[-.\s]\d{4}", paragraph)
    )


def _recurring_prefix(text: str) -> str | None:
    """For a page flattened to one line: the longest opening run of words that recurs in it."""
    words = text.split()
    best = None
    for k in range(4, min(len(words), 30) + 1):
        prefix = " ".join(words[:k])
        if text.find(prefix, len(prefix)) < 0:
            break
        best = prefix
    return best


def last_index(paragraphs: list[str], title: str) -> int:
    key = norm(title)
    limit = len(title) + 40  # a repetition may carry a label or markdown, not a paragraph more
    hits = [i for i, p in enumerate(paragraphs) if len(p) <= limit and norm(clean_title(p)) == key]
    # A repetition counts only while prose still follows it.
    hits = [i for i in hits if any(is_prose(p) for p in paragraphs[i + 1 :])]
    return hits[-1] if hits else -1


def date_beside_title(header: list[str], title: str | None) -> str | None:
    """In a header that lists dated headlines, the date line right above or below the title."""
    if not title or sum(bool(date_line_iso(line)) for line in header) < 2:
        return None
    key = norm(title)
    for i, line in enumerate(header):
        if norm(line) != key:
            continue
        for j in (i - 1, i + 1):
            iso = date_line_iso(header[j]) if 0 <= j < len(header) else None
            if iso:
                return iso
    return None
