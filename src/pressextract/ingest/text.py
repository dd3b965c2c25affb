"""Plain and Markdown text (and text that main-content extraction produced) to release parts.

Scraped text carries the page's menus, a title with the site name appended, dates and contact
lines above the release, and link lists below it. The rules here are general: a line that repeats
the title marks the start of the release, the first prose paragraph or dateline starts the body,
and furniture lines are dropped wherever they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressextract.ingest.boilerplate import (
    is_boilerplate,
    is_link_only,
    strip_markdown,
)
from pressextract.ingest.collapsed import unfold_collapsed
from pressextract.ingest.dateline import find_dateline
from pressextract.ingest.dates import date_line_iso
from pressextract.ingest.furniture import (
    cut_link_tail,
    cut_related_tail,
    is_headline,
    is_sentence,
    kept_text,
    trim_site_tail,
)
from pressextract.ingest.lines import (
    LIST_ITEM,
    RELEASE_LABEL,
    TERMINAL,
    blank_line_paragraphs,
    continues,
    hard_wrap_width,
    is_prose,
    starts_block,
    undouble,
)
from pressextract.ingest.sections import heading_kind, is_end_marker
from pressextract.ingest.title import (
    clean_title,
    contact_block,
    date_beside_title,
    find_title,
    last_index,
    norm,
)

_RELEASE_LABEL = RELEASE_LABEL


@dataclass
class TextParts:
    """What the text layer finds; the caller turns it into a Document."""

    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    body_dates: list[str] = field(default_factory=list)  # date-only lines inside the body
    paragraphs: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    site: list[str] = field(default_factory=list)  # lines cut as site furniture, in page order
    warnings: list[str] = field(default_factory=list)


_SPAN_BREAK = re.compile(
    r"[ \t]*\n[ \t]*[\u200b\u200c\u200d\u2060\ufeff]+[ \t]*\n[ \t]*(?=\S)(?=([,.;:!?)\]])?)"
)


def normalize_space(text: str) -> str:
    """Collapse runs of spaces and tabs (not newlines); NBSP and friends become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A line of nothing but zero-width characters between two lines of text marks where a
    # link or style span began in a PDF export, not a line break: the text runs on.
    text = _SPAN_BREAK.sub(lambda m: "" if m.group(1) else " ", text)
    text = re.sub(r"[\u00a0\u2007\u202f\u2009\u200a\t\f\v]", " ", text)
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return re.sub(r" {2,}", " ", text)


def split_paragraphs(
    raw: str,
    *,
    scraped: bool = True,
    lines_are_blocks: bool = False,
    cut: list[str] | None = None,
) -> list[str]:
    """Lines to paragraphs: blank lines break, continuation and hard-wrapped lines are joined.

    `scraped` text (whole pages, PDF text) also loses page headers and footers that recur.
    With `lines_are_blocks` (main-content extractor output) every line is its own paragraph.
    Trailing link lists and related-news lists are split off into `cut` when it is given.
    """
    lines = text_lines(raw)
    lines, links = cut_link_tail(lines)
    lines, related = cut_related_tail(lines)
    if cut is not None:
        cut.extend(kept_text(related + links))
    lines = ["" if is_boilerplate(line) else line for line in lines]
    if scraped:
        lines = _drop_running_heads(lines)
    wrap_width = hard_wrap_width(lines)
    # Hard-wrapped text whose paragraphs are set apart by blank lines: a full line is wrapped
    # even where it ends in a period ("said Dr." / "Robert Chen") or a colon ("(Nasdaq:" / "X)").
    blank_separated = wrap_width is not None and blank_line_paragraphs(lines)
    wrapped = sorted(len(x) for x in lines if len(x) >= 40 and not x.endswith(TERMINAL))
    typical = wrapped[len(wrapped) // 2] if wrapped else 0  # the width most lines break at
    paragraphs: list[str] = []
    current = previous = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and not lines_are_blocks and continues(current, line, wrap_width, previous):
            glue = "" if line[0] in ".,;:!?)" else " "
            current = current + glue + line
        elif (
            current
            and blank_separated
            and not lines_are_blocks
            and 0.85 * typical <= len(previous) <= 1.1 * typical
            and not starts_block(line)
        ):
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
        previous = line
    if current:
        paragraphs.append(current)
    return [p for p in (_clean_paragraph(p) for p in paragraphs) if p]


_UNDERLINE = re.compile(r"={3,}|-{3,}")  # of a setext heading


def text_lines(raw: str) -> list[str]:
    """Stripped lines, with Markdown setext headings ("Title" over "====") made "# Title"."""
    raw = unfold_collapsed(raw, heading_kind)
    lines = undouble(line.strip() for line in normalize_space(raw).split("\n"))
    for i in range(1, len(lines)):
        above, underline = lines[i - 1], lines[i]
        if (
            above
            and not above.startswith("#")
            and underline.startswith(("=", "-"))
            and _UNDERLINE.fullmatch(underline)
            and not is_link_only(above)
        ):
            level = "#" if underline[0] == "=" else "##"
            lines[i - 1], lines[i] = f"{level} {above}", ""
    return lines


def _drop_running_heads(lines: list[str]) -> list[str]:
    """Blank out page headers/footers: lines that recur once the running text has begun.

    Lines repeated before the text begins (a title shown twice) are kept: they mark structure.
    """
    begin = next((i for i, line in enumerate(lines) if _is_running_text(line)), len(lines))
    counts: dict[str, int] = {}
    for line in lines[begin:]:
        if len(line) >= 25:  # shorter repeats are often real subheadings ("Method")
            counts[line] = counts.get(line, 0) + 1
    repeated = {line for line, n in counts.items() if n >= 2 and not is_prose(line)}
    if not repeated:
        return lines
    return ["" if i >= begin and line in repeated else line for i, line in enumerate(lines)]


def _is_running_text(line: str) -> bool:
    """A long line of mostly lower-case words: sentence text, not a headline in title case."""
    words = [w for w in line.split() if w[0].isalpha()]
    if len(words) < 12:
        return False
    return sum(w[0].islower() for w in words) >= 0.5 * len(words)


def _clean_paragraph(paragraph: str) -> str:
    marker = LIST_ITEM.match(paragraph)
    if marker and not marker.group(0).strip()[0].isdigit() and not is_end_marker(paragraph):
        # Bullets become one mark; numbered items keep their numbers (they may be referred to).
        return "• " + strip_markdown(paragraph[marker.end() :])
    return strip_markdown(paragraph)


def parse_text(
    raw: str, *, title: str | None = None, scraped: bool = True, lines_are_blocks: bool = False
) -> TextParts:
    """Split text into header (title, date lines, labels) and body paragraphs.

    `title` comes from page metadata when the caller has it; `scraped` says whether the text may
    still carry page furniture above the release (False for extractor output and documents);
    `lines_are_blocks` says each line is already a paragraph (extractor output).
    """
    raw_lines = text_lines(raw)
    tail: list[str] = []
    paragraphs = split_paragraphs(
        raw, scraped=scraped, lines_are_blocks=lines_are_blocks, cut=tail
    )
    parts = TextParts()
    while paragraphs and is_end_marker(paragraphs[0]):
        parts.site.append(paragraphs.pop(0))  # "###" closing whatever stood before the file
    found, title_at = find_title(paragraphs, raw_lines)
    parts.title = title or found
    if title:
        title_at = last_index(paragraphs, title)
    start = title_at + 1
    body_start = start
    if scraped:
        while body_start < len(paragraphs) and not _opens_body(paragraphs[body_start]):
            body_start += 1
        if body_start >= len(paragraphs):
            body_start = start
        while (
            body_start > start
            and paragraphs[body_start - 1].startswith("•")
            and not paragraphs[body_start - 1].isupper()  # an all-capitals deck is display type
        ):
            body_start -= 1  # highlights above the text: the first bullet opens the body too
    else:
        while body_start < len(paragraphs) and _is_header_line(paragraphs[body_start], parts):
            body_start += 1
    if start < body_start < len(paragraphs) and _is_lone_dateline(paragraphs[body_start - 1]):
        # "Brussels, 1 May 2024:" set on its own line opens the first paragraph it heads.
        body_start -= 1
        paragraphs[body_start : body_start + 2] = [
            f"{paragraphs[body_start]} {paragraphs[body_start + 1]}"
        ]
    chosen_start = body_start
    body_start = _main_block_fallback(paragraphs, body_start, parts)
    header = paragraphs[:body_start]
    parts.header = header
    parts.published = date_beside_title(header, parts.title)
    for line in header:
        if parts.title and line.startswith(parts.title):
            line = line[len(parts.title) :]
        iso = date_line_iso(line)
        if iso and not parts.published:
            parts.published = iso
    for line in paragraphs[start:body_start]:
        if _is_subtitle(line, parts.title):
            parts.subtitle = clean_title(line)
            break
    title_key = norm(parts.title or "")
    body = paragraphs[body_start:]
    if body_start == chosen_start:  # (after a fall-back the headline found is in doubt)
        body = [p for p in body if norm(p) != title_key]
    if body:
        body[0] = _without_glued_heading(body[0], paragraphs[max(0, body_start - 4) : body_start])
    if scraped:
        body, cut = trim_site_tail(body)
        tail[:0] = cut
    parts.paragraphs = body
    parts.site += [*_header_furniture(header, parts), *tail]
    for paragraph in parts.paragraphs:
        iso = date_line_iso(paragraph) if not paragraph.startswith("•") else None
        if iso:
            parts.body_dates.append(iso)
    for paragraph in body[:3]:
        # "October 21, 2020 [Portland, Oregon] - As ...": a date line run into the first paragraph
        lead = _DATE_LEAD.match(paragraph)
        iso = date_line_iso(lead.group(1)) if lead else None
        if iso and not parts.body_dates:
            parts.body_dates.append(iso)
    return parts


_DATE_LEAD = re.compile(r"^(\S.{5,70}?)\s+[-–—]{1,2}\s+\S")


def _without_glued_heading(paragraph: str, above: list[str]) -> str:
    """A first paragraph that a scraped page ran into the heading shown just above it
    ("Subtitle(Houston, TX) - Today, ..."), without that heading."""
    for heading in above:
        rest = paragraph[len(heading) :]
        if len(heading.split()) >= 4 and paragraph.startswith(heading) and rest[:1] in "([":
            return rest
    return paragraph


MAIN_BLOCK_SHARE = 0.5  # a body under this share of the page's main text block falls back


def _main_block_fallback(paragraphs: list[str], body_start: int, parts: TextParts) -> int:
    """Where the body starts when the one chosen is much shorter than the page's main block.

    The main block is the longest run of prose paragraphs; when the headline search or the
    body start skipped it (a related-news list or a repeated headline further down), the body
    starts at the main block instead, with a warning.
    """
    best_start, best_chars, run_start, run_chars = 0, 0, 0, 0
    for i, paragraph in enumerate(paragraphs):
        if (is_prose(paragraph) and not is_headline(paragraph)) or is_sentence(paragraph):
            run_start = i if run_chars == 0 else run_start
            run_chars += len(paragraph)
            if run_chars > best_chars:
                best_start, best_chars = run_start, run_chars
        else:
            run_chars = 0
    chosen = sum(len(p) for p in paragraphs[body_start:])
    if best_start >= body_start or chosen >= MAIN_BLOCK_SHARE * best_chars:
        return body_start
    parts.warnings.append(
        f"the body found ({chosen} chars) is much shorter than the page's main text block"
        f" ({best_chars} chars): the body starts at the main block instead"
    )
    return best_start


def _header_furniture(header: list[str], parts: TextParts) -> list[str]:
    """Lines above the release that are not its headline, standfirst, date line or label."""
    title_key = norm(parts.title or "")
    contacts = contact_block(header)  # read into `contacts`
    kept = []
    for i, line in enumerate(header):
        key = norm(line)
        if i in contacts:
            continue
        if not key or key == title_key or (title_key and key.startswith(title_key)):
            continue
        if date_line_iso(line) or _RELEASE_LABEL.fullmatch(line):
            continue
        if parts.subtitle and key == norm(parts.subtitle):
            continue
        kept.append(line)
    return kept


def _opens_body(paragraph: str) -> bool:
    found = find_dateline(paragraph)
    if found and (found[0].date or found[0].location):
        return True
    label = paragraph.split(":", 1)[0]
    if label != paragraph and heading_kind(f"{label}:"):
        return False  # "Notes to editors: ..." or "Media contact: ..." above the release
    return is_prose(paragraph)


def _is_header_line(paragraph: str, parts: TextParts) -> bool:
    if find_dateline(paragraph):
        return False
    title = parts.title or ""
    if norm(paragraph) == norm(title):
        return True
    if title and paragraph.startswith(title) and date_line_iso(paragraph[len(title) :]):
        return True  # the headline with its date run into it ("Headline 10.11.2021")
    return bool(date_line_iso(paragraph) or _RELEASE_LABEL.fullmatch(paragraph))


def _is_lone_dateline(line: str) -> bool:
    """A place and date ending in a dateline separator, alone on its line ("ROME, 4 May 2024 -")."""
    if not re.search(r"(?:[:—–]|\s-{1,2})$", line) or len(line) > 90:
        return False
    found = find_dateline(f"{line} X")
    return bool(found and found[0].location and found[0].date)


_MARKUP = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")


def _is_subtitle(line: str, title: str | None) -> bool:
    if date_line_iso(line) or _RELEASE_LABEL.fullmatch(line) or is_link_only(line):
        return False
    if not _MARKUP.sub("", line).strip():
        return False  # an HTML tag left in Markdown ('<img src="team.png" width="90%" />')
    if norm(line) == norm(title or "") or "@" in line or re.search(r"\d{3}[-.\s]\d{4}", line):
        return False
    if title and norm(line).startswith(norm(title)):
        return False
    words = line.split()
    return 4 <= len(words) <= 60 and not line.startswith("•")
