"""HTML pages and HTML fragments: main content with trafilatura, page structure with lxml.

trafilatura decides what is the article; lxml gives the headline (og:title, h1, <title> without
the site name) and htmldate the publication date from page metadata. A fragment (body HTML with
the title as a first text line, as some datasets store releases) is read block by block.
"""

from __future__ import annotations

import html as htmlmod
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import lxml.html
import trafilatura
from lxml import etree

from pressextract.errors import IngestError
from pressextract.ingest.boilerplate import EXHIBIT_BANNER
from pressextract.ingest.dates import find_dates
from pressextract.ingest.furniture import cut_short, main_block
from pressextract.ingest.headline import (
    LABEL,
    element_text,
    page_subtitle,
    page_title,
    resolve_template_variables,
)
from pressextract.ingest.html_dates import guessed_date, marked_date, meta_date, only_modified
from pressextract.ingest.sections import is_end_marker
from pressextract.ingest.tables import take_html_tables
from pressextract.ingest.text import TextParts, normalize_space, parse_text
from pressextract.ingest.title import clean_title
from pressextract.schema import Table

_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd")
_SKIP_TAGS = ("script", "style", "noscript", "template", "nav", "footer", "form", "figcaption")


@dataclass
class HtmlParts:
    """What an HTML page gives: the text parts plus the page-level language."""

    parts: TextParts
    language: str | None = None
    date_source: str | None = None
    # htmldate's free-text search, the last resort: called with the release's language only
    # when nothing else dates the release (the search costs more than the rest of the page)
    date_guess: Callable[[str | None], str | None] | None = None
    tables: list[Table] = field(default_factory=list)  # data tables taken out of the text
    anchors: list[tuple[str, ...]] = field(default_factory=list)  # the text before each table


def parse_html(markup: str, *, title: str | None = None) -> HtmlParts:
    """Parse a page or fragment into title, body paragraphs and publication date.

    `title` is used when the page names none (an e-mail body whose subject is the title).
    """
    markup = markup.lstrip("\ufeff")
    if not markup.strip():
        raise IngestError("empty HTML document")
    if not markup.lstrip().startswith("<"):
        return _parse_fragment(markup)
    try:
        tree = lxml.html.fromstring(markup.encode("utf-8"), parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"cannot parse HTML: {exc}") from exc
    if tree is None:
        raise IngestError("cannot parse HTML: no elements")
    resolve_template_variables(tree, markup)
    title = page_title(tree) or title
    published = meta_date(markup)
    _unwrap_layout_tables(tree)
    anchors: list[tuple[str, ...]] = []
    tables = take_html_tables(tree, anchors)
    _join_split_headlines(tree)
    _join_source_lines(tree)
    _line_breaks_to_paragraphs(tree)
    extracted = trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=True, with_metadata=False, fast=True
    )
    text = getattr(extracted, "text", None) or ""
    if not text.strip():
        text = "\n\n".join(block_texts(tree))
    unparsed = _unparsed_text(markup, tree) if not text.strip() else ""
    if not text.strip() and not unparsed:
        raise IngestError("no text found in HTML page")
    parts = parse_text(text or unparsed, title=title, scraped=False, lines_are_blocks=True)
    if unparsed:
        parts.warnings.append(
            "the HTML parser lost the page's text (nested deeper than it reads, or broken):"
            " its text was read with the tags stripped"
        )
    else:
        parts = _whole_main_block(parts, tree, title)
    parts.subtitle = parts.subtitle or page_subtitle(tree, title)
    source = None
    if published and only_modified(tree, published):
        # A date that only says when the page last changed yields to a date the page shows.
        shown = parts.published or marked_date(tree)
        published = None if shown and shown != published else published
        parts.published = parts.published or shown
    if published:
        parts.published, source = published, "metadata"
    elif parts.published:
        source = "date line"
    language = (tree.get("lang") or "").split("-")[0].lower() or None
    html = HtmlParts(
        parts=parts, language=language, date_source=source, tables=tables, anchors=anchors
    )
    if not parts.published:
        html.date_guess = partial(guessed_date, markup)
    return html


def _whole_main_block(
    parts: TextParts, tree: lxml.html.HtmlElement, title: str | None
) -> TextParts:
    """The page's whole main text block when the extracted body is only part of it."""
    blocks = [b for b in block_texts(tree) if b]
    start, end = main_block(blocks)
    if not cut_short(parts.paragraphs, blocks[start:end]):
        return parts
    found = sum(len(p) for p in parts.paragraphs)
    text = "\n\n".join(blocks[max(0, start - 1) : end])  # with the heading above it
    parts = parse_text(text, title=title, scraped=False, lines_are_blocks=True)
    parts.warnings.append(
        f"the extracted body ({found} chars) is part of the page's main text block"
        f" ({sum(len(b) for b in blocks[start:end])} chars): the body is the whole block"
    )
    return parts


_TAG = re.compile(r"<[^<>]{0,4000}>")
_UNSEEN = re.compile(r"<(script|style|noscript|template)\b[^>]{0,4000}>.*?</\1\s*>", re.I | re.S)


def _unparsed_text(markup: str, tree: lxml.html.HtmlElement) -> str:
    """The page's text with its tags stripped, when the parsed tree holds little of it.

    libxml2 stops at 256 levels of nesting: a page nested deeper parses to an empty tree, but its
    text is there. A page whose tree holds its text (menus and footers only) gets nothing here.
    """
    stripped = htmlmod.unescape(_TAG.sub(" ", _UNSEEN.sub(" ", markup)))
    stripped = "\n".join(" ".join(line.split()) for line in stripped.splitlines())
    stripped = re.sub(r"\n{3,}", "\n\n", stripped).strip()
    parsed = " ".join(tree.text_content().split())
    if len(stripped) < 40 or len(parsed) >= len(" ".join(stripped.split())) / 2:
        return ""
    return stripped


_TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table")


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn tables used for page layout (e-mail HTML) into divs, innermost first.

    A cell holding paragraphs or headings is layout, not data: kept as a table, its text would
    come out as one table row and the paragraphs would run together.
    """
    for table in reversed(list(tree.iter("table"))):
        cells = table.xpath("./tr/td|./tr/th|./*/tr/td|./*/tr/th")
        # One walk of each cell for all the block tags, not one search per tag.
        if not any(next(cell.iterdescendants(*_TEXT_BLOCKS), None) is not None for cell in cells):
            continue
        for element in [table, *table.xpath("./*|./tr/*|./*/tr|./*/tr/*")]:
            if element.tag in {"table", "tbody", "thead", "tfoot", "tr", "td", "th"}:
                element.tag = "div"


def _is_display_line(element: lxml.html.HtmlElement) -> bool:
    """A short centered or all-bold paragraph: a line of a headline set over several blocks."""
    if element.tag not in {"p", "div", "h1", "h2", "h3"} or len(element):
        bold = [c for c in element if c.tag in {"b", "strong"}]
        if element.tag not in {"p", "div"} or len(bold) != len(element) or not bold:
            return False
        if (element.text or "").strip() or any((c.tail or "").strip() for c in bold):
            return False
    elif element.tag in {"p", "div"} and (element.get("align") or "").lower() != "center":
        return False
    text = element_text(element)
    if not text or len(text) > 100 or text.endswith((".", "!", "?", ":", ";")):
        return False
    if is_end_marker(text) or not re.search(r"[^\W\d_]", text):
        return False
    return not (EXHIBIT_BANNER.match(text) or find_dates(text) or LABEL.search(text))


def _join_split_headlines(tree: lxml.html.HtmlElement) -> None:
    """Adjacent display lines (filings set "ACME NAMES JANE DOE" / "TO ITS BOARD" as two centered
    bold paragraphs) become one block, so the headline is read whole."""
    for element in list(tree.iter("p", "div", "h1", "h2", "h3")):
        if element.getparent() is None or not _is_display_line(element):
            continue
        following = element.getnext()
        while (
            following is not None
            and following.tag == element.tag
            and _is_display_line(following)
            and not (element.tail or "").strip()
        ):
            line = htmlmod.escape(element_text(following))
            element.append(lxml.html.fromstring(f"<span> {line}</span>"))
            following.drop_tree()
            following = element.getnext()


_SOURCE_BREAK = re.compile(r"[ \t]*[\r\n]\s*")
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s"}
    | {"small", "span", "strong", "sub", "sup", "u"}
)


def _join_source_lines(tree: lxml.html.HtmlElement) -> None:
    """Line breaks of the HTML source are spaces: only <br> and blocks break a paragraph.

    The extractor keeps source newlines in a block that also has a <br>, and every line of its
    output is read as a paragraph of its own: "+1 (212)" / "555-0143" would come apart. Only
    blocks with a <br> are touched (elsewhere the extractor joins the lines itself).
    """
    blocks = {}
    for br in tree.iter("br"):
        block = br.getparent()
        while block is not None and block.tag in _INLINE:
            block = block.getparent()
        if block is not None and block.tag not in {"pre", "textarea"}:
            blocks[id(block)] = block
    for block in blocks.values():
        if any(a.tag == "pre" for a in block.iterancestors()):
            continue
        for element in block.iter():
            if element.text and "\n" in element.text and isinstance(element.tag, str):
                element.text = _SOURCE_BREAK.sub(" ", element.text)
            if element is not block and element.tail and "\n" in element.tail:
                element.tail = _SOURCE_BREAK.sub(" ", element.tail)


_DOUBLE_BREAK = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)
_BLOCK_CHILDREN = frozenset({"p", "div", "table", "ul", "ol", "section", "article", "blockquote"})


def _line_breaks_to_paragraphs(tree: lxml.html.HtmlElement) -> None:
    """A div of bare text split by <br><br> becomes paragraphs (older CMS bodies).

    The extractor reads only block elements as paragraphs and drops such a div when it follows
    real paragraphs; after the change, each run of text between double breaks is a <p>.
    """
    for div in list(tree.iter("div")):
        if div.find("br") is None or any(c.tag in _BLOCK_CHILDREN for c in div):
            continue
        inner = htmlmod.escape(div.text or "", quote=False) + "".join(
            etree.tostring(c, encoding="unicode") for c in div
        )
        runs = [r for r in _DOUBLE_BREAK.split(inner) if r.strip()]
        if len(runs) < 2:
            continue
        rebuilt = lxml.html.fragment_fromstring(
            "".join(f"<p>{r}</p>" for r in runs), create_parent="div"
        )
        div.text = None
        for child in list(div):
            div.remove(child)
        div.extend(list(rebuilt))


def _parser() -> lxml.html.HTMLParser:
    # Comments go: inside a paragraph they would cut its text short for the extractor.
    # no_network: a DTD or entity pointing at a URL is never fetched (lxml's default, made plain).
    return lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, recover=True, no_network=True
    )


def block_texts(root: lxml.html.HtmlElement) -> list[str]:
    """Text of each block element in document order, skipping scripts, menus and captions."""
    blocks: list[str] = []
    for element in root.iter(*_BLOCK_TAGS):
        # lxml filters by tag itself: no Python element is made for the others.
        if next(element.iterancestors(*_SKIP_TAGS), None) is not None:
            continue
        if next(element.iterdescendants(*_BLOCK_TAGS), None) is not None:
            continue  # the inner block is emitted on its own
        text = element_text(element)
        if text:
            blocks.append(text)
    return blocks


def _drop_image_boxes(root: lxml.html.HtmlElement) -> None:
    """Remove small containers that hold an image and its caption (not release text)."""
    for img in list(root.iter("img")):
        box = img.getparent()
        # Climb to the smallest container whose text is more than a link around the image.
        while box is not None and box is not root and not element_text(box):
            box = box.getparent()
        while box is not None and box is not root and box.tag in {"a", "span", "strong", "em"}:
            box = box.getparent()
        if box is None or box is root:
            continue
        parent = box.getparent()
        if (
            len(element_text(box)) < 300
            and parent is not None
            and box.tag in {"div", "figure", "table"}
        ):
            box.drop_tree()
        elif (
            parent is not None
            and parent is not root
            and parent.tag in {"div", "figure"}
            and len(element_text(parent)) < 300
        ):
            parent.drop_tree()


def _parse_fragment(markup: str) -> HtmlParts:
    """Body HTML preceded by a title line: every block is release text, in order."""
    first, _, rest = markup.strip().partition("\n")
    title = clean_title(first)
    try:
        root = lxml.html.fragment_fromstring(rest or "<p></p>", create_parent="div")
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"cannot parse HTML fragment: {exc}") from exc
    _drop_image_boxes(root)
    anchors: list[tuple[str, ...]] = []
    tables = take_html_tables(root, anchors)
    for element in root.xpath("//script|//style|//noscript|//figcaption|//img"):
        element.drop_tree()
    blocks = block_texts(root) or [element_text(root)]
    text = "\n\n".join(normalize_space(b) for b in blocks if b)
    parts = parse_text(f"{title}\n\n{text}", title=title, scraped=False, lines_are_blocks=True)
    source = "date line" if parts.published else None
    return HtmlParts(parts=parts, language=None, date_source=source, tables=tables, anchors=anchors)
