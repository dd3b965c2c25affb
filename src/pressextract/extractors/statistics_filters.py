"""Numbers that are not statistics: phone numbers, postal codes, times, addresses, list numbers,
reference numbers, years and numbers that belong to a name."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pressextract.extractors.dates import builtin_name_cues
from pressextract.extractors.figures import Figure, currency_table, qualifier_table

_SPAN_PATTERNS = [
    # Phone numbers: North American, international with +, local "555-1234".
    r"(?<!\d)(?:\+?1[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)",
    r"\+\d{1,3}[\s\d().-]{6,}\d",
    r"(?<![\d,.$])\d{3}-\d{4}(?!\d)",
    r"\b(?:tel|phone|fax|call|hotline|mobile)\.?:?\s*[\d\s().+-]{6,}\d",
    # Web addresses and e-mail (bounded: an unbounded \S+ that may start anywhere makes a long
    # run without spaces quadratic).
    r"\b(?:https?://|www\.)\S+",
    r"[^\s@]{1,256}@\S{1,256}\.\w+",
    r"\b\S{1,256}\.(?:com|org|gov|net|int|edu|eu)(?:/\S*)?",
    # Times of day.
    r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b|o'clock|o’clock)",
    r"\b\d{1,2}[:.]\d{2}\s?(?:h\b|hrs\b|Uhr\b)",
    r"(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?![\d])",
    # Street addresses: "1600 Pennsylvania Avenue", "200 W. Main St."
    r"\b\d{1,6}(?:\s[NSEW]\.?)?(?:\s[A-Z0-9][\w.'’-]*){1,4}\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
    r"Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Parkway|Pkwy\.?|"
    r"Highway|Hwy\.?|Square|Plaza|Terrace|Circle|Strasse|Straße|Str\.)(?!\w)",
    # Postal codes: "CA 92701", "P.O. Box 123", "10117 Berlin", ZIP+4.
    r"\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b",
    r"\b(?:P\.?\s?O\.?\s)?Box\s\d+",
    r"(?<![\d,.])\d{5}(?:-\d{4})?(?=\s[A-ZÄÖÜ][a-zäöüß]+(?:\s|,|$))",
    # Footnote markers "[1]" and citations "28: 685-690".
    r"\[\d+\]",
    r"\b\d+:\s?\d+(?:[-–]\d+)?",
    # Reference numbers: "78/241", "No. 12-345", "2:19-cr-00123", case numbers with letters.
    r"\b\d+(?:/\d+)+\b",
    r"\b\d+(?:-[A-Za-z]+)+-\d+\b",
]
SPAN_RE = re.compile("|".join(f"(?:{p})" for p in _SPAN_PATTERNS))
# The same patterns behind a lookahead, only for speed (the same spans: the lookahead lets in
# every position where one of the patterns can start). Where each starts: the e-mail pattern in
# a run of non-spaces that reaches an "@"; the web-domain one at a word boundary from which the
# run of non-spaces holds ".com" or the like; every other one at a digit, "+", "(" or "[", or
# at a word boundary before a capital ("CA 92701", "P.O. Box", "Box") or the first letter of
# "tel", "phone", "fax", "call", "hotline", "mobile", "http" or "www" (case-sensitive, as the
# patterns are). A bare word boundary let the engine into the 18 alternatives at every word.
_STARTS = r"[\d+(\[]|\b(?:[A-Zcfhmptw]|\S{1,256}\.(?:com|org|gov|net|int|edu|eu))"
_GATED_SPAN_RE = re.compile(rf"(?={_STARTS})(?:{SPAN_RE.pattern})")
# A text with an "@" may hold an e-mail address, which may start at any non-space.
_MAIL_GATED_SPAN_RE = re.compile(rf"(?={_STARTS}|[^\s@]{{1,256}}@)(?:{SPAN_RE.pattern})")
# "two out of three", "one in five", "3 in every 4": the second number is the whole.
_SHARE_OF = re.compile(
    r"\b(?:out\s+of|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+in(?:\s+every)?)"
    r"\s+$",
    re.IGNORECASE,
)
# Lowercase words that name a kind by its number ("type 2 diabetes", "Goal 13").
_LOWERCASE_CUES = {"type", "goal", "sdg", "year", "fig"}  # "year one" of a contract, "Fig. 2"
# Labels of entities whose numbers are part of a name.
_NAME_LABELS = {"ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC", "PERSON", "GPE", "NORP"}
_ALLOWED_BEFORE = {"the", "a", "an", "of", "in", "to", "by", "from", "and", "or", "for", "with",
                   "on", "at", "than", "as", "all", "only", "just", "nearly", "some", "over",
                   "under", "about", "around", "almost", "approximately", "roughly", "up",
                   "least", "more", "less", "fewer", "another", "additional", "total", "were",
                   "was", "is", "are", "be", "been", "had", "has", "have", "these", "those",
                   "its", "their", "his", "her", "our", "my", "your", "every", "each"}  # fmt: skip


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Char spans of phone numbers, web addresses, times, addresses and reference numbers."""
    pattern = _MAIL_GATED_SPAN_RE if "@" in text else _GATED_SPAN_RE
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@lru_cache(maxsize=8)
def _name_cues(extra_cues: tuple[str, ...]) -> frozenset[str]:
    """The lowercase words after which a number is part of a name, built once per pipeline's
    extra cues (not once per number, as it was: the built-in list has some 80 words)."""
    return frozenset({c.lower() for c in builtin_name_cues() | set(extra_cues)} | _LOWERCASE_CUES)


def is_not_statistic(
    figure: Figure, text: str, doc: Doc, match: re.Match[str], extra_cues: tuple[str, ...]
) -> bool:
    """Whether a number read as `figure` is a year, a list number or part of a name."""
    core = match.group(0)
    if _is_list_number(text, match):
        return True
    before_text = text[max(0, figure.core_start - 30) : figure.core_start]
    if figure.start < figure.core_start:
        before_text = text[max(0, figure.start - 30) : figure.start]
    prev = re.search(r"([\w'’.#&-]+)\s*$", before_text)
    prev_word = prev.group(1) if prev else ""
    cues = _name_cues(tuple(extra_cues))
    named = prev_word.lower() in cues or prev_word.lower().rstrip(".") in cues
    if prev_word.lower() == "year" and figure.unit is not None:
        named = False  # "last year 76 percent more": a unit makes it a figure, not "year one"
    # A qualifier stands between: "41 days above 35 °C" is no "Days 35".
    if not figure.currency and figure.qualifier is None and named:
        return True  # "Article 5", "Vision 2030", "Case No. 4"
    listed = re.search(r"([\w.#]+)\s+[\w.]+\s*(?:,|and|or|&)\s*$", before_text)
    if listed and listed.group(1).lower() in cues:
        return True  # "on days one and four"
    if figure.words and len(core) > 1 and core.isupper() and not before_text.isupper():
        return True  # "TEN-T": capitals make a name, not the number ten
    after_text = text[figure.end : figure.end + 12]
    if (
        re.fullmatch(r"\d+\.0", core)
        and figure.unit is None
        and not figure.currency
        and not re.match(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\d", after_text)
    ):
        return True  # "Smart toilet 2.0": a version (but "1.5, 2.0 and 3.0-liter" is a list)
    if _SHARE_OF.search(before_text) or (
        not figure.currency
        and re.search(r"\b\d+\s+(?:years?|months?|weeks?|days?|hours?)\s+and\s+$", before_text)
    ):
        # "two out of three", "one in five" count the first number; "114 years and eight
        # months" is one figure.
        return True
    if not figure.currency and re.search(r"\bper\s+$", before_text, re.IGNORECASE):
        return True  # "3.4 per 1,000 live births": the denominator of a rate
    looks_like_year = re.fullmatch(r"\d{4}", core) and 1600 <= figure.value <= 2199
    if looks_like_year and figure.unit is None and not _counts_something(doc, figure):
        return True  # a year the date grammar left alone ("Competitive Services Act 2015")
    if looks_like_year and not figure.currency and _DETERMINER_BEFORE.search(before_text):
        return True  # "the 2025 ratings", "its 2024 results": a year naming which ones
    if _after_acronym(figure, prev_word, text):
        return True  # "JSR 317", "CDT 3.1", "(BOOTH 5095)": a name and its number
    if re.fullmatch(r"\d{7,}", core):
        return True  # long digit runs without separators are identifiers
    if re.fullmatch(r"0\d+", core):
        return True  # "007", zero-padded codes
    if _inside_name(doc, figure):
        return True
    # "Windows 10", "Boeing 737", "iPhone 12 Mini": a capitalized word right before (but not in
    # a Title Case headline such as "Company Adds 200 Jobs", where every word is capitalized).
    return (
        not figure.currency
        and not _title_case_line(text, figure.core_start)
        and figure.kind == "count"
        and (figure.unit is None or figure.unit[:1].isupper())
        and any(c.isupper() for c in prev_word[:2])
        and not prev_word.endswith(("'s", "’s"))  # "UNRWA's 30,000 staff": an owner, no name
        and prev_word.lower() not in _ALLOWED_BEFORE
        and prev_word.lower() not in qualifier_table()
        and not re.search(r"(?:[.!?:;]\s+|[\n\"“(]\s*)\S+\s*$", before_text)
        and not re.search(r",\s*$|\n\s*$", before_text)  # a name never runs over a line break
    )


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|this|that|these|those)\s+$", re.IGNORECASE
)


def _after_acronym(figure: Figure, prev_word: str, text: str) -> bool:
    """A bare number right after an acronym names a version, a standard or a booth ("JSR 317",
    "CDT 3.1"), also at the start of a sentence; in a line of capitals only when no word
    follows the number ("(BOOTH 5095)", not "SENTENCED TO 13 YEARS")."""
    if figure.currency or figure.unit is not None or figure.words:
        return False
    if not re.fullmatch(r"[A-Z]{2,6}", prev_word) or prev_word.lower() in _ALLOWED_BEFORE:
        return False
    if prev_word.lower() in qualifier_table() or prev_word in currency_table()[0]:
        return False
    line_start = text.rfind("\n", 0, figure.core_start) + 1
    line = text[line_start : figure.core_start]
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return not re.match(r"\s*[A-Za-z]", text[figure.end : figure.end + 3])
    return True


def _title_case_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : end if end >= 0 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _is_list_number(text: str, match: re.Match[str]) -> bool:
    """ "3. The plan" / "3) The plan", and the bare paragraph numbers of official releases
    ("5 Ms Fu said ...", "6 “Our journey ...": a small integer opening a line before a
    capitalized word or a quotation)."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if text[line_start : match.start()].strip():
        return False
    after = text[match.end() : match.end() + 4]
    if re.fullmatch(r"\d{1,2}", match.group(0)) and re.match(r" [“\"‘]?[A-Z][a-z]", after):
        return True
    return bool(re.match(r"[.)]\s", after))


def _counts_something(doc: Doc, figure: Figure) -> bool:
    span = doc.char_span(figure.core_start, figure.core_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span[-1]
    return token.dep_ == "nummod" and token.head.i > token.i and token.head.tag_ == "NNS"


def _inside_name(doc: Doc, figure: Figure) -> bool:
    """A number inside an ORG/PRODUCT/LAW/... entity that does not start with it."""
    span = doc.char_span(figure.core_start, figure.core_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span[0]
    if token.ent_type_ in _NAME_LABELS and token.ent_iob_ == "I":
        # Only when the name has a word of its own before the number ("• 320 hp" is no name).
        first = token.i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return any(t.is_alpha for t in doc[first : token.i])
    return False
