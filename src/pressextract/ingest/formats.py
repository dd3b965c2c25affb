"""Documents that are not web pages: e-mail (.eml), PDF text layers and Word (.docx)."""

from __future__ import annotations

import email
import email.policy
import email.utils
import io
import re
from dataclasses import dataclass

from pressextract.errors import IngestError
from pressextract.ingest.dates import find_dates
from pressextract.ingest.decode import decode_bytes
from pressextract.ingest.pdf import read_pdf_text


@dataclass
class Extracted:
    """Text pulled out of a container format, with what its metadata says."""

    text: str
    title: str | None = None
    published: str | None = None
    sender_name: str | None = None
    sender_email: str | None = None
    html: str | None = None  # an e-mail whose only body is HTML
    warnings: tuple[str, ...] = ()  # what the reader noticed (a PDF parser's repairs)


def read_eml(data: bytes) -> Extracted:
    """A release received by e-mail: Subject is the title, Date the publication date."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except (ValueError, TypeError, IndexError) as exc:
        raise IngestError(f"cannot parse e-mail: {exc}") from exc
    title = _header(message, "subject")
    if title:
        title = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+", "", title, flags=re.I).strip()
    published = None
    date_header = _header(message, "date")
    if date_header:
        try:
            published = email.utils.parsedate_to_datetime(date_header).date().isoformat()
        except (TypeError, ValueError, IndexError):
            published = None
    sender_name, sender_email = email.utils.parseaddr(_header(message, "from") or "")
    plain, html = _bodies(message)
    if not plain and not html:
        raise IngestError("e-mail has no text/plain or text/html body")
    if plain and html and _word_count(plain) < 0.5 * _word_count(_TAG.sub(" ", html)):
        plain = None  # a stub plain part ("view this e-mail in your browser"): the HTML is the text
    forwarded = _forwarded(plain) if plain else None
    if forwarded:
        # A forwarded release: the inner headers are the issuer's, not the forwarder's.
        plain, inner = forwarded
        title = inner.get("subject") or title
        published = _loose_date(inner.get("date") or inner.get("sent") or "") or published
        sender_name, sender_email = email.utils.parseaddr(inner.get("from") or "")
    return Extracted(
        text=plain or "",
        title=title,
        published=published,
        sender_name=sender_name or None,
        sender_email=sender_email or None,
        html=None if plain else html,
    )


_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<[^>]*>", re.S | re.I)


_FORWARD_MARK = re.compile(
    r"^\s*(?:-{3,}\s*(?:forwarded message|original message)\s*-{3,}|begin forwarded message:"
    r"|-{3,}\s*weitergeleitete nachricht\s*-{3,}|-{3,}\s*message transféré\s*-{3,})\s*$",
    re.I | re.M,
)
_FORWARD_HEADER = re.compile(r"^\s*(from|date|sent|subject|to|cc)\s*:\s*(.*)$", re.I)


def _forwarded(text: str) -> tuple[str, dict[str, str]] | None:
    """The forwarded message inside an e-mail body and its headers, or None."""
    mark = _FORWARD_MARK.search(text)
    if not mark:
        return None
    lines = text[mark.end() :].lstrip("\n").split("\n")
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (match := _FORWARD_HEADER.match(lines[i])):
        headers.setdefault(match.group(1).lower(), match.group(2).strip())
        i += 1
    if "from" not in headers:
        return None
    return "\n".join(lines[i:]).strip("\n"), headers


def _loose_date(value: str) -> str | None:
    """ISO date of a forwarded header's date ("Tue, Apr 8, 2025 at 10:15 AM")."""
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        found = find_dates(value)
        return found[0][2] if found else None


def _word_count(text: str) -> int:
    return len(text.split())


def _header(message: email.message.Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except (ValueError, TypeError, IndexError):
        return None
    return re.sub(r"\s+", " ", str(value)).strip() if value else None


def _bodies(message: email.message.Message) -> tuple[str | None, str | None]:
    plain = html = None
    parts = message.walk() if message.is_multipart() else [message]
    for part in parts:
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype not in {"text/plain", "text/html"}:
            continue
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset()
        try:
            text = payload.decode(charset) if charset else decode_bytes(payload)[0]
        except (LookupError, UnicodeDecodeError):
            text = decode_bytes(payload, markup=ctype == "text/html")[0]
        if ctype == "text/plain" and plain is None:
            plain = text
        elif ctype == "text/html" and html is None:
            html = text
    return plain, html


def read_pdf(data: bytes) -> Extracted:
    """The text layer of a PDF; the title is the first page's headline, else its metadata's."""
    pdf = read_pdf_text(data)
    return Extracted(text=pdf.text, title=pdf.heading or pdf.meta_title, warnings=pdf.notes)


def read_docx(data: bytes) -> Extracted:
    """Paragraphs of a Word document; a paragraph in the Title style is the title."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise IngestError(f"cannot read .docx: {exc}") from exc
    except Exception as exc:  # zipfile and lxml errors on damaged files
        raise IngestError(f"cannot read .docx: {type(exc).__name__}: {exc}") from exc
    title = None
    paragraphs = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if title is None and style.lower() in {"title", "heading 1"}:
            title = text
        paragraphs.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                paragraphs.append(" | ".join(dict.fromkeys(cells)))
    if not paragraphs:
        raise IngestError(".docx has no text")
    meta_title = (document.core_properties.title or "").strip() or None
    return Extracted(text="\n\n".join(paragraphs), title=title or meta_title)
