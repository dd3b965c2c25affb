"""Assemble a `schema.Document` from whichever reader a format needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pressextract.errors import IngestError
from pressextract.ingest.dateline import find_dateline
from pressextract.ingest.dates import labelled_date, year_from_mentions, yearless_date
from pressextract.ingest.decode import decode_bytes
from pressextract.ingest.footnotes import take_footnotes
from pressextract.ingest.formats import Extracted, read_docx, read_eml, read_pdf
from pressextract.ingest.frontmatter import as_written, split_front_matter
from pressextract.ingest.furniture import cut_warning, place_tables
from pressextract.ingest.html import parse_html
from pressextract.ingest.language import detect_language
from pressextract.ingest.layout import break_wide_gaps
from pressextract.ingest.sections import (
    has_email,
    header_contacts,
    parse_contacts,
    split_sections,
)
from pressextract.ingest.sniff import clean_controls, sniff_format
from pressextract.ingest.text import TextParts, parse_text
from pressextract.ingest.text_tables import take_text_tables
from pressextract.schema import Contact, Dateline, Document, Section, Table

DATELINE_SEARCH = 5  # the dateline opens one of the first body paragraphs (after highlights)
MIN_RELEASE_WORDS = 20  # a body shorter than this is no release (menus, a cookie banner)


def build_document(data: bytes, *, doc_id: str, source: str, fmt: str) -> Document:
    """Decode, clean and structure one release."""
    warnings: list[str] = []
    language = None
    extra_contacts: list[Contact] = []
    published_meta = None
    date_guess = None  # htmldate's free-text search over the page, run only when needed
    front_date = None  # a site's posting date: below the release's own dates
    tables: list[Table] = []
    anchors: list[tuple[str, ...]] = []  # the text before each table, to place it in the body
    fmt, misnamed = sniff_format(data, fmt, Path(source).suffix or fmt)
    if misnamed:
        warnings.append(misnamed)
    if fmt == "html":
        html = parse_html(_decoded(data, warnings, markup=True))
        parts, language, date_guess = html.parts, html.language, html.date_guess
        tables, anchors = html.tables, html.anchors
    elif fmt in {"text", "markdown"}:
        front, raw = split_front_matter(_decoded(data, warnings))
        raw, tables = take_text_tables(break_wide_gaps(raw), anchors)
        title = as_written(front.title, raw) if front.title else None
        parts = parse_text(raw, title=title, scraped=True)
        front_date = front.published
    else:
        extracted = _cleaned(_read_container(data, fmt), warnings)
        if extracted.html:
            html = parse_html(extracted.html, title=extracted.title)
            parts, tables, anchors = html.parts, html.tables, html.anchors
        else:
            text, tables = take_text_tables(extracted.text, anchors)
            parts = parse_text(text, title=extracted.title, scraped=fmt == "pdf")
        if extracted.title:
            parts.title = extracted.title
        published_meta = extracted.published
        if extracted.sender_email:
            extra_contacts.append(Contact(name=extracted.sender_name, email=extracted.sender_email))
    return _assemble(
        parts,
        doc_id=doc_id,
        source=source,
        fmt=fmt,
        page_language=language,
        published_meta=published_meta,
        date_guess=date_guess,
        front_date=front_date,
        extra_contacts=extra_contacts,
        warnings=warnings,
        tables=tables,
        anchors=anchors,
    )


def _decoded(data: bytes, warnings: list[str], *, markup: bool = False) -> str:
    text, removed = clean_controls(decode_bytes(data, markup=markup)[0])
    if removed:
        warnings.append(removed)
    return text


def _cleaned(extracted: Extracted, warnings: list[str]) -> Extracted:
    """A container's text, HTML and title without control characters; its reader's warnings
    go to `warnings`."""
    text, removed = clean_controls(extracted.text)
    html = clean_controls(extracted.html)[0] if extracted.html else extracted.html
    title = clean_controls(extracted.title)[0] if extracted.title else extracted.title
    warnings.extend(extracted.warnings)
    if removed:
        warnings.append(removed)
    return replace(extracted, text=text, html=html, title=title)


def _read_container(data: bytes, fmt: str) -> Extracted:
    if fmt == "eml":
        return read_eml(data)
    if fmt == "pdf":
        return read_pdf(data)
    if fmt == "docx":
        return read_docx(data)
    raise IngestError(f"no reader for format {fmt!r}")


def _assemble(
    parts: TextParts,
    *,
    doc_id: str,
    source: str,
    fmt: str,
    page_language: str | None,
    published_meta: str | None,
    date_guess: Callable[[str | None], str | None] | None,
    front_date: str | None,
    extra_contacts: list[Contact],
    warnings: list[str],
    tables: list[Table],
    anchors: list[tuple[str, ...]],
) -> Document:
    body, sections = split_sections(parts.paragraphs)
    if not body:
        raise IngestError("no body text found")
    body, footnotes = take_footnotes(body)
    if footnotes:
        sections.append(Section(kind="footnotes", heading="", text="\n".join(footnotes)))
        warnings.append(
            f"ingest moved {len(footnotes)} footnote line(s) to sections[kind=footnotes] and"
            " removed their markers from the body"
        )
    warnings.extend(parts.warnings)
    if parts.site:
        sections.append(Section(kind="site", heading="", text="\n".join(parts.site)))
        warnings.append(cut_warning(parts.site))
    dateline = _dateline(body)
    published = (
        published_meta
        or parts.published
        or (dateline.date if dateline else None)
        or front_date
        or (parts.body_dates[0] if parts.body_dates else None)
        or labelled_date(" ".join(parts.header + body)[:1500])
    )
    text = "\n\n".join(body)
    language = detect_language(text) or page_language
    guessed = date_guess(language) if date_guess is not None and not published else None
    if guessed:
        published = guessed
        warnings.append("publication date guessed from the page text")
    if dateline and not dateline.date and published:
        # "WASHINGTON, May 3 —" takes its year from the publication date.
        date = yearless_date(dateline.text, int(published[:4]))
        if date:
            dateline = Dateline(location=dateline.location, date=date, text=dateline.text)
    elif dateline and not dateline.date:
        # No date anywhere but a year-less dateline: its year is the one that puts it nearest
        # the complete dates the release mentions ("the quarter ended July 3, 2004").
        date = year_from_mentions(dateline.text, "\n\n".join(body))
        if date:
            dateline = Dateline(location=dateline.location, date=date, text=dateline.text)
            published = date
            warnings.append("publication year taken from the dates the release mentions")
    words = len(text.split())
    if words < MIN_RELEASE_WORDS:
        warnings.append(
            f"no release text found: body has {words} word{'' if words == 1 else 's'}"
            f" (fewer than {MIN_RELEASE_WORDS}); the page may hold only menus or navigation"
        )
    contact_lines = [
        s.text
        for s in sections
        if s.kind == "contacts" or (s.kind == "more_information" and has_email(s.text))
    ]
    contacts = parse_contacts(contact_lines) if contact_lines else []
    if not contacts:
        contacts = header_contacts(parts.header)
    for contact in extra_contacts:
        if all(c.email != contact.email for c in contacts):
            contacts.append(contact)
    if not parts.title:
        warnings.append("no title found")
    if not published:
        warnings.append("no publication date found")
    if language and language != "en":
        warnings.append(f"language is {language!r}")
    return Document(
        id=doc_id,
        source=source,
        format=fmt,
        title=parts.title,
        text=text,
        published=published,
        dateline=dateline,
        subtitle=parts.subtitle,
        language=language,
        sections=tuple(sections),
        contacts=tuple(contacts),
        warnings=tuple(warnings),
        tables=tuple(place_tables(tables, anchors, text)),
    )


def _dateline(body: list[str]) -> Dateline | None:
    for i, paragraph in enumerate([p for p in body if not p.startswith("•")][:DATELINE_SEARCH]):
        found = find_dateline(paragraph, alone=i == 0, lead=i == 0)
        if found:
            return found[0]
    return None
