"""Site furniture around a scraped release, cut with a trace: nothing leaves the body silently.

Pages and scraped text files carry menus, related-news lists, sign-up forms and link lists before
and after the release. The rules here find them by structure (runs of short lines that are
neither sentences, list items nor contact details; "Related news" headings followed only by
headlines; trailing link lists) and return what they cut, so that the caller keeps it in
`sections` (kind "site") and says in `warnings` how much was cut. Two guards keep real text:

- a run of short lines is the page's tail only when no full sentence follows it: a fact box, an
  agenda or a list of short sentences in the middle of a release stays (and "Label: value" and
  "09:30 Item" lines are never furniture);
- a large cut that reads as prose (mostly sentences) stays in the body whatever its shape.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressextract.ingest.boilerplate import is_boilerplate, is_link_only, strip_markdown
from pressextract.ingest.dates import date_line_iso
from pressextract.ingest.lines import AGENDA_LINE, TERMINAL, is_prose
from pressextract.ingest.sections import heading_kind, is_end_marker
from pressextract.schema import Table

# Headings of the lists a site appends after a release; nothing after them is the release.
TAIL_MARKER = re.compile(
    r"^(?:recent|latest|related|more|other|popular|top|trending|most read|most popular)"
    r"\s+(?:posts|news|articles|stories|releases|press releases|items|headlines|updates)\b.{0,30}$"
    r"|^(?:you (?:may|might) also (?:like|be interested in)|read (?:more|next|also)|see also"
    r"|newsletter(?: sign-?up)?|sign up for our newsletter|stay (?:connected|in touch)"
    r"|share this (?:article|page|story|post|release)|related|weitere meldungen"
    r"|ähnliche artikel|lesen sie (?:dazu )?auch.{0,40}|à lire aussi|sur le même sujet)\s*:?$",
    re.I,
)
FURNITURE_RUN = 5  # this many short non-prose lines in a row may end a scraped release
PROSE_CUT_CHARS = 400  # a cut this long that reads as prose stays in the body
PROSE_SHARE = 0.5  # ... when at least this share of its characters is sentences
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SENTENCE_START = re.compile(r"^[\"'“‘«(\[]?[A-Z0-9$€£]")
_CONTACT_DETAIL = re.compile(r"@|\d{3}[-.\s)]+\d{3}[-.\s]\d{4}")
# "Opened: March 2025" (a fact box), "09:30 Welcome by the Mayor" (an agenda): structured lines.
_LINK = re.compile(r"https?://|www\.|(?:^|\s)/\w|\.(?:com|org|net)\b", re.I)
_FIELD_LINE = re.compile(r"^[A-Z][\w’'()/&.-]*(?: [\w’'()/&.-]+){0,3}\s?:\s+\S")


def is_sentence(line: str) -> bool:
    """A short line that is still a sentence: capital or figure first, a closing period, and
    lower-case words between ("Shares fell." / "The plant opens in May.")."""
    words = line.split()
    if len(words) < 2 or not _SENTENCE_END.search(line) or not _SENTENCE_START.match(line):
        return False
    return sum(w[:1].islower() for w in words) >= max(1, len(words) // 4)


def is_headline(paragraph: str) -> bool:
    """Title-case words without closing punctuation: a linked headline in a list."""
    if paragraph.endswith(TERMINAL):
        return False
    words = [w for w in paragraph.split() if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def is_furniture_line(paragraph: str) -> bool:
    """A short line that is neither prose, a sentence, a list item, a heading nor a contact."""
    if paragraph.startswith("•") or len(paragraph) > 250:
        return False
    if is_prose(paragraph) and not is_headline(paragraph):
        return False
    if is_sentence(paragraph):
        return False
    if heading_kind(paragraph) or is_end_marker(paragraph):
        return False
    if (_FIELD_LINE.match(paragraph) or AGENDA_LINE.match(paragraph)) and not (
        date_line_iso(paragraph) or _LINK.search(paragraph)
    ):
        return False  # but "Posted on: May 3, 2025" and "Follow us: /acme" stay furniture
    return not _CONTACT_DETAIL.search(paragraph)


def is_full_sentence(paragraph: str) -> bool:
    """Eight words or more closed by a sentence end: release text, never a menu."""
    return len(paragraph.split()) >= 8 and is_sentence(paragraph) and not is_headline(paragraph)


def is_running_line(line: str) -> bool:
    """A line of a wrapped paragraph: eight words or more, most of them lower case."""
    words = [w for w in line.split() if w[0].isalpha()]
    return len(words) >= 8 and sum(w[0].islower() for w in words) >= 0.5 * len(words)


def reads_as_prose(paragraphs: list[str]) -> bool:
    """Whether a block is mostly running text: sentences, prose or wrapped lines of prose."""
    total = sum(len(p) for p in paragraphs)
    if not total:
        return False
    prose = sum(
        len(p)
        for p in paragraphs
        if (is_prose(p) and not is_headline(p)) or is_sentence(p) or is_running_line(p)
    )
    return prose >= PROSE_SHARE * total


def keeps_prose(cut: list[str]) -> bool:
    """A large cut that reads as prose: it stays in the body."""
    return sum(len(p) for p in cut) >= PROSE_CUT_CHARS and reads_as_prose(cut)


def trim_site_tail(body: list[str]) -> tuple[list[str], list[str]]:
    """Split a scraped release where the site's menus, related-news lists or forms begin.

    Returns (body, cut). The cut is at a related-news style heading, or at the first run of
    several furniture lines that only furniture follows; a large cut that reads as prose is not
    made (the run was a fact box or an agenda inside the release).
    """
    run_start, run = 0, 0
    for i, paragraph in enumerate(body):
        if i > 0 and TAIL_MARKER.match(paragraph.strip("*#: ")) and not keeps_prose(body[i:]):
            return body[:i], body[i:]
        if is_furniture_line(paragraph):
            run_start = i if run == 0 else run_start
            run += 1
            rest = body[run_start:]
            if (
                run == FURNITURE_RUN
                and run_start
                and not keeps_prose(rest)
                and not any(is_full_sentence(p) for p in rest)
            ):
                return body[:run_start], rest
        else:
            run = 0
    end = len(body)
    # A shorter run of furniture can still close the page.
    while end > 1 and is_furniture_line(body[end - 1]):
        end -= 1
    if len(body) - end >= 2 and not keeps_prose(body[end:]):
        return body[:end], body[end:]
    return body, []


def cut_related_tail(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut at a "Related" / "You may also like" heading in the second half of the text that
    only headlines and links follow: the site's list of other stories, not the release."""
    total = sum(len(line) for line in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if (
            seen >= 0.5 * total
            and TAIL_MARKER.match(strip_markdown(line).strip("*#: "))
            and not any(is_prose(strip_markdown(x)) and not is_headline(x) for x in lines[i + 1 :])
        ):
            return lines[:i], lines[i:]
        seen += len(line)
    return lines, []


def cut_link_tail(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split off a trailing run of link-only, separator and blank lines (appended link lists)."""
    end = len(lines)
    while end > 0 and (not lines[end - 1] or is_boilerplate(lines[end - 1])):
        end -= 1
    return lines[:end], lines[end:]


def kept_text(lines: list[str]) -> list[str]:
    """The readable lines of a cut: link texts and other lines, without markdown marks.

    Lines that single-line rules drop everywhere (share bars, cookie notices, captions, wire
    lines) are not kept here either: they are not release text wherever they stand.
    """
    kept = []
    for line in lines:
        if is_boilerplate(line) and not is_link_only(line):
            continue
        text = strip_markdown(line).strip(" \t*•|:>-–—=_~")
        if text:
            kept.append(text)
    return kept


def cut_warning(lines: list[str], what: str = "site furniture") -> str:
    """The `warnings` entry for a cut: how many lines and characters, and where they went."""
    chars = sum(len(line) for line in lines)
    plural = "" if len(lines) == 1 else "s"
    return (
        f"ingest cut {len(lines)} line{plural} ({chars} chars) as {what};"
        " kept in sections[kind=site]"
    )


def main_block(paragraphs: list[str]) -> tuple[int, int]:
    """(start, end) of the page's main text block: the longest run of prose paragraphs (by
    characters; short sentences count as prose)."""
    best, start, chars = (0, 0, 0), 0, 0
    for i, paragraph in enumerate(paragraphs):
        if (is_prose(paragraph) and not is_headline(paragraph)) or is_sentence(paragraph):
            start = i if chars == 0 else start
            chars += len(paragraph)
            if chars > best[2]:
                best = (start, i + 1, chars)
        else:
            chars = 0
    return best[0], best[1]


def cut_short(body: list[str], block: list[str]) -> bool:
    """Whether a body is a part of a page's main block less than half its length: the
    extractor stopped early (every long body paragraph is in the block)."""
    long = [p[:60] for p in body if len(p) > 40]
    if not long or sum(len(p) for p in body) >= 0.5 * sum(len(p) for p in block):
        return False
    text = " ".join(block)
    return all(opening in text for opening in long)


ANCHOR_CHARS = 40  # the end of the text before a table that must be found in the body


def place_tables(
    tables: list[Table], anchors: list[tuple[str, ...]], text: str
) -> list[Table]:
    """Tables with `char_start` set: the end of the body paragraph holding the nearest text
    before each that the body kept (0 for a table above any text; None when none is found)."""
    if not tables or len(anchors) != len(tables):
        return tables
    keys, where = [], []
    for i, ch in enumerate(text):
        if ch.isalnum():
            keys.append(ch.casefold())
            where.append(i)
    flat = "".join(keys)
    placed = []
    for table, before in zip(tables, anchors, strict=True):
        at: int | None = 0 if not before else None
        for anchor in before:
            key = "".join(ch.casefold() for ch in anchor if ch.isalnum())[-ANCHOR_CHARS:]
            found = flat.find(key) if key else -1
            if found >= 0:
                end = text.find("\n\n", where[found + len(key) - 1])
                at = len(text) if end < 0 else end
                break
        placed.append(replace(table, char_start=at))
    return placed
