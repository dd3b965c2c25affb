"""Spreadsheet-safe cells: text from a release never runs as a formula when a table is opened.

A press release is untrusted input. Excel, LibreOffice and Google Sheets read a CSV cell that
begins with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula, so a title
such as `=HYPERLINK("http://evil.example", "click")` would become a live link. Such text cells are
written with a leading apostrophe, the spreadsheet convention for "this is text" (OWASP, CSV
injection). Numbers stay numbers: only strings are touched, and a string that is just a signed
number ("-12", "+3.5%") is left alone because a spreadsheet reads it as that number, not a formula.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*)?(?:\.\d+)?%?")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would read `text` as a formula (a plain signed number is not)."""
    if not text.startswith(FORMULA_STARTS):
        return False
    return not (any(ch.isdigit() for ch in text) and _PLAIN_NUMBER.fullmatch(text))


def neutralize(value: Any) -> Any:
    """`value` made safe for a CSV cell: formula-like text gets a leading apostrophe.

    Text that already begins with an apostrophe before a formula character gets one more, so
    `restore` gives back exactly what was written.
    """
    if not isinstance(value, str):
        return value
    if is_formula_like(value) or (value.startswith(ESCAPE) and is_formula_like(value[1:])):
        return ESCAPE + value
    return value


def restore(value: Any) -> Any:
    """The text `neutralize` was given (for reading a neutralized CSV back)."""
    if isinstance(value, str) and value.startswith(ESCAPE):
        rest = value[1:]
        if is_formula_like(rest) or (rest.startswith(ESCAPE) and is_formula_like(rest[1:])):
            return rest
    return value
