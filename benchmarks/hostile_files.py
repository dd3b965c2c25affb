"""Hostile release files, generated (never committed): what the open web can send pressextract.

`write_hostile_folder(folder, outside)` writes one file per case of HOSTILE into `folder` (and
the target of a symbolic link into `outside`), plus the good releases of GOOD; the fuzz tests
(tests/fuzz/) and benchmarks/hostile.py both build their folder with it.
"""

from __future__ import annotations

import gzip
import random
from pathlib import Path

GOOD_TEXT = (
    "Harbor City opens a {what}\n\n"
    "HARBOR CITY, May 3, 2024 — The Harbor City Council opened a {what} that will employ"
    " 120 people and cost $4.5 million, the council said on Friday.\n\n"
    '"This {what} will serve families across the region," said Mayor Ana Ruiz.\n\n'
    "The council expects 3,000 visitors a month by March 2025."
)
GOOD = {
    "good-1.txt": GOOD_TEXT.format(what="library").encode("utf-8"),
    "good-2.html": (
        "<html><head><title>Harbor City opens a clinic</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in GOOD_TEXT.format(what="clinic").split("\n\n")[1:])
        + "</article></body></html>"
    ).encode("utf-8"),
    "good-3.md": ("# " + GOOD_TEXT.format(what="school")).encode("utf-8"),
}
BOILERPLATE = (
    "<html><body><nav><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/about'>About"
    "</a></nav><div class='cookie'>We use cookies to improve your experience. Accept all"
    " cookies</div><div class='share'>Share on Facebook Share on Twitter Print Email</div>"
    "<footer>© 2024 Example Corp. All rights reserved. Privacy policy | Terms of use |"
    " Contact us</footer></body></html>"
)
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF\n"


def _hostile(outside: Path, big_mb: int) -> dict[str, tuple[str, bytes]]:
    """name -> (what it is, its bytes)."""
    rng = random.Random(15)
    good = GOOD_TEXT.format(what="park")
    page = GOOD["good-2.html"].decode("utf-8")
    secret = outside / "secret.txt"
    xxe = (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n'
        f'  <!ENTITY local SYSTEM "file://{secret}">\n'
        '  <!ENTITY remote SYSTEM "http://127.0.0.1:9/entity.txt">\n]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Harbor City opens a park'
        "</title></head><body><p>HARBOR CITY, May 3, 2024 — The council opened a park."
        ' &local; &remote;</p><img src="http://127.0.0.1:9/x.png"/></body></html>'
    )
    return {
        "random-bytes.txt": ("random bytes", rng.randbytes(20_000)),
        "random-bytes.html": ("random bytes named .html", rng.randbytes(20_000)),
        "truncated.html": ("HTML cut in the middle of a tag", page[: len(page) // 2].encode()),
        "nested-10000.html": (
            "HTML nested 10,000 levels deep",
            ("<div>" * 10_000 + good + "</div>" * 10_000).encode("utf-8"),
        ),
        "nested-unclosed.html": (
            "10,000 unclosed tags",
            ("<html><body>" + "<span><b><i>" * 3_334 + good).encode("utf-8"),
        ),
        "one-line-big.txt": (
            f"a {big_mb} MB file on one line",
            (good.replace("\n", " ") + " ").encode("utf-8") * (big_mb * 1_000_000 // len(good)),
        ),
        "empty.txt": ("an empty file", b""),
        "whitespace.txt": ("only whitespace", b" \n\t\r\n   \n\n \xc2\xa0 \n"),
        "boilerplate.html": ("only page furniture", BOILERPLATE.encode("utf-8")),
        "pdf-named.html": ("a PDF named .html", _PDF),
        "png-named.html": ("a PNG named .html", _PNG + rng.randbytes(2_000)),
        "gzip-named.txt": ("gzip named .txt", gzip.compress(good.encode("utf-8"))),
        "utf16-no-bom.txt": ("UTF-16 without a byte-order mark", good.encode("utf-16-le")),
        "mixed-encodings.txt": (
            "UTF-8, Latin-1 and cp1252 in one file",
            "Café opens in Zürich\n\n".encode()
            + "ZÜRICH, May 3, 2024 - Le café « Été » a ouvert.\n\n".encode("latin-1")
            + "“It’s great,” said Zoë — the owner.\n".encode("cp1252"),
        ),
        "control-chars.txt": (
            "NUL bytes, control characters and right-to-left marks",
            (
                "Harbor\x00City opens\x01a\x02park\x1b[31m\n\n\u202eHARBOR CITY\u202c, May 3,"
                " 2024 \u200f— The\x00council\x07opened\x0b a park\ufeff with \u2066120\u2069"
                " trees. \u200e\"We\x00act,\" said\x08Mayor Ruiz.\x7f\x85\n"
            ).encode("utf-8"),
        ),
        "quotes-100000.txt": (
            "100,000 quotation marks",
            ("Quotes\n\n" + '"' * 50_000 + "\u201c\u201d" * 25_000).encode("utf-8"),
        ),
        "digits-500.txt": (
            "a number with 500 digits",
            (good + "\n\nThe fund holds $" + "9" * 500 + " million and " + "1" * 500 + "%.")
            .encode("utf-8"),
        ),
        "february-31.txt": (
            "31 February 2024",
            good.replace("May 3, 2024", "31 February 2024")
            .replace("March 2025", "February 31, 2025")
            .encode("utf-8"),
        ),
        "xxe.xhtml": ("an XML external entity (local file and http URL)", xxe.encode("utf-8")),
        "xxe.html": ("an XML external entity in an .html file", xxe.encode("utf-8")),
        "link-outside.txt": ("a symbolic link to a file outside the input folder", b""),
    }


SECRET = "SECRET-OUTSIDE-THE-INPUT-FOLDER"


def write_hostile_folder(folder: Path, outside: Path, big_mb: int = 50) -> dict[str, str]:
    """Write the hostile files and the good releases; return name -> what it is.

    `outside` receives the files links point at (it must not lie inside `folder`).
    """
    folder.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "release.txt").write_text(f"Secret\n\n{SECRET}\n\n{GOOD_TEXT}", encoding="utf-8")
    described = {}
    for name, (what, data) in _hostile(outside, big_mb).items():
        if name == "link-outside.txt":
            (folder / name).symlink_to(outside / "release.txt")
        else:
            (folder / name).write_bytes(data)
        described[name] = what
    for name, data in GOOD.items():
        (folder / name).write_bytes(data)
        described[name] = "a good release"
    return described
