"""What a file really is, whatever its name says, and control characters in decoded text.

Files from the web are often misnamed: a PDF saved as .html, an image or a gzip archive as .txt.
`sniff_format` reads the first bytes: a PDF is read as a PDF (with a warning); an image, an
archive or other binary data is refused with a reason instead of becoming a record of garbage.
`clean_controls` removes control characters (NUL, escape sequences, C1 codes) that are never
content, and says how many it removed.
"""

from __future__ import annotations

import re

from pressextract.errors import IngestError

# Leading bytes of formats that are never a release's text: (signature, what it is).
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive (decompress it first)"),
    (b"BZh", "a bzip2 archive (decompress it first)"),
    (b"\xfd7zXZ\x00", "an xz archive (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"%!PS", "a PostScript file"),
)
_TEXT_FORMATS = {"html", "text", "markdown"}
# C0 and C1 control characters except tab, line feed and carriage return (form feed and
# vertical tab become line breaks).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile("[\x0b\x0c]")
BINARY_SHARE = 0.10  # more control or undecodable characters than this: binary data


def sniff_format(data: bytes, fmt: str, suffix: str) -> tuple[str, str | None]:
    """The format to read `data` as, and a warning when it is not the one its name says."""
    if fmt not in _TEXT_FORMATS:
        return fmt, None
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return "pdf", f"the file is a PDF named {suffix}: read as a PDF"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:4096] or b"[Content_Types].xml" in data[:4096]:
            return "docx", f"the file is a Word document named {suffix}: read as .docx"
        raise IngestError(f"the file is a ZIP archive named {suffix}, not a release")
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise IngestError(f"the file is a WebP image named {suffix}, not a release")
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise IngestError(f"the file is {what} named {suffix}, not a release")
    return fmt, None


def clean_controls(text: str) -> tuple[str, str | None]:
    """`text` without control characters, and a warning saying how many were removed.

    Text of which more than a tenth is control or undecodable characters is binary data: an
    IngestError says so.
    """
    controls = len(_CONTROLS.findall(text))
    bad = controls + text.count("\ufffd")
    if text and bad > BINARY_SHARE * len(text) and bad > 8:
        share = round(100 * bad / len(text))
        raise IngestError(
            f"binary data, not text: {share}% of its characters are control or undecodable"
            " characters"
        )
    if "\x0b" in text or "\x0c" in text:  # a scan for two characters costs a hundredth of the sub
        text = _BREAKS.sub("\n", text)
    if not controls:
        return text, None
    return _CONTROLS.sub("", text), f"{controls} control character(s) (NUL, escape, ...) removed"
