"""Bytes to text: BOMs, declared charsets, UTF-8, then cp1252/latin-1. Never raises on bytes."""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def decode_bytes(data: bytes, *, markup: bool = False) -> tuple[str, str]:
    """Decode `data` and return (text, encoding used); `markup` enables HTML/XML charset hints."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    guessed = _utf16_without_bom(data)
    if guessed:
        return data.decode(guessed, errors="replace"), guessed
    try:
        return repair_double_encoding(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if markup:
        declared = _declared_charset(data[:4096])
        # A page that says UTF-8 but is not valid UTF-8 is more often cp1252 than damaged UTF-8.
        if declared and declared not in {"utf-8", "utf8"}:
            try:
                return data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # latin-1 maps every byte, so this cannot fail.
        return data.decode("latin-1"), "latin-1"


# UTF-8 bytes read as latin-1 and encoded again: "—" becomes "\u00e2\u0080\u0094".
_DOUBLE_ENCODED = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")
_C1_CONTROL = re.compile(r"[\u0080-\u009f]")


def repair_double_encoding(text: str) -> str:
    """Undo UTF-8 that was encoded twice ("Generalâ\u0080\u0099s" -> "General’s").

    The C1 control characters such text holds never stand in real text, so they are the proof;
    once proven, the same shapes without them ("Â\u00a0" for a no-break space) are undone too.
    """
    if not _C1_CONTROL.search(text):
        return text

    def undo(match: re.Match[str], proven: bool) -> str:
        if not proven and not _C1_CONTROL.search(match.group(0)):
            return match.group(0)
        try:
            return match.group(0).encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)

    repaired = _DOUBLE_ENCODED.sub(lambda m: undo(m, False), text)
    if repaired == text:
        return text
    return _DOUBLE_ENCODED.sub(lambda m: undo(m, True), repaired)


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognize BOM-less UTF-16 from the zero bytes that ASCII characters leave behind."""
    sample = data[:400]
    if len(sample) < 8:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None
