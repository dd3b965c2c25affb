"""Trailing parts that are not the news: "About X", notes, more information, contacts, legal.

They are split off the body (and so kept out of extraction) at the first heading that opens them
in the second half of the release, or at an end marker ("###", "-30-", "ENDS").
"""

from __future__ import annotations

import re

from pressextract.ingest.about import describes_itself, is_name_heading, unheaded_about
from pressextract.schema import Contact, Section

_END_MARKER = re.compile(
    r"^(?:(?:#\s*){3,}|-\s*30\s*-|\*\s*\*\s*\*|[-–—]*\s*(?:ENDS?|FIN)\s*[-–—]*"
    r"|[-–—]+\s*(?i:ends?)\s*[-–—]+)$"
)
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "about",
        re.compile(
            r"^(?:about|à propos d(?:e|u|es|')|a propos d(?:e|u|es|')|über|ueber|acerca de"
            r"|sobre|informazioni su)\s*(?P<name>(?!\d)[^.:!?]{1,80}?)"
            r"(?:\s+(?:inc|corp|ltd|co|llc|plc|sa|ag|gmbh|s\.a)\.)?\s*:?$",
            re.I,
        ),
    ),
    (
        "notes",
        re.compile(
            r"^(?:notes? (?:to|for) (?:the )?editors?|editors?['’]? notes?|notes?|background"
            r"|hinweis(?:e)? für redaktionen|notes? aux rédactions|note aux rédactions)\s*[:.]?$",
            re.I,
        ),
    ),
    (
        "more_information",
        re.compile(
            r"^(?:for )?(?:more|further|additional) (?:information|details|info)\s*[:.]?$"
            r"|^(?:for )?(?:more|further|additional) (?:information|details|info)\b.{0,80}:$"
            r"|^for (?:more|further|additional) (?:information|details|info)\b[^.]{0,60}?,?\s*"
            r"(?:please )?(?:visit|contact|see|go to|call|email|e-mail)\b.{0,140}$"
            r"|^weitere informationen\s*[:.]?$|^plus d['’]informations?\s*[:.]?$",
            re.I,
        ),
    ),
    (
        "legal",
        re.compile(
            r"^(?:(?:caution(?:ary)?(?: (?:note|statement|language)s?)?"
            r"|special (?:note|statement)s?)(?: (?:regarding|concerning|about|on) [^.]{0,40})?"
            r"|(?:note )?(?:regarding |on |about )?forward[- ]looking"
            r" (?:statements?|information)(?: disclaimer| notice)?"
            r"|safe harbou?r(?: statement| notice| provisions?)?(?: (?:for|under) .{0,60})?"
            r"|(?:legal )?disclaimers?|legal notice)\s*[:.]?$",
            re.I,
        ),
    ),
    (
        "contacts",
        re.compile(
            r"^(?:(?:media|press|news|investor|public|communications?)\s+)?"
            r"(?:contacts?|inquiries|enquiries|relations)(?: information| details)?"
            r"(?: for [^:]{1,40})?"
            r"\s*[:.]?$|^(?:press|media) office\s*[:.]?$"
            r"|^(?:media|press|investors?|analysts?)\s*:?$|^(?:presse)?kontakt\s*[:.]?$"
            r"|^pressekontakt\s*[:.]?$|^contacts? (?:presse|médias?)\s*[:.]?$",
            re.I,
        ),
    ),
)
# "Media contact: Jane Doe, +1 ..." — heading and content in one paragraph.
_INLINE_CONTACT = re.compile(
    r"^(?:(?:media|press|news|investor)\s+)?(?:contacts?|inquiries|enquiries)\s*:\s*(?P<rest>.+)$",
    re.I,
)
_INLINE_ABOUT = re.compile(
    r"^[Aa]bout (?P<name>[A-Z][^.:]{1,60}?)\s*:\s+(?P<rest>\S.+)$"
    # "About AcmeAcme is ...": a scraper glued the heading to the paragraph that repeats its name.
    r"|^[Aa]bout (?P<glued>\w[\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3})\s*(?P<rest2>(?P=glued)\b.+)$"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(
    r"(?<![\w/])(?:\+\d{1,3}[\s.-]?(?:\d{1,4}[\s.-])?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}"
    r"(?:[\s.-]\d{2,5}){1,4}(?![\w/])"
)
_DIGIT = re.compile(r"\d")  # the same digits as PHONE's \d


def has_email(text: str) -> bool:
    """Whether `text` holds an e-mail address (EMAIL).

    Only text with an "@" is searched: EMAIL opens with a run of word characters, which the
    regex engine reads again from every letter of every word of a paragraph without one.
    """
    return "@" in text and EMAIL.search(text) is not None


_ORG_WORD = re.compile(
    r"\b(?:inc|ltd|llc|plc|gmbh|ag|sa|corp|corporation|company|group|office|department|ministry"
    r"|agency|university|association|foundation|council|commission|communications|institute"
    r"|organization|organisation|bureau|service|services|partners|pr)\b\.?",
    re.I,
)


def heading_kind(paragraph: str) -> str | None:
    """The section kind a paragraph opens ("about", "notes", ...), or None."""
    text = paragraph.strip().strip("*_#:").strip()
    if len(text) <= 220:
        for kind, pattern in _HEADINGS:
            if pattern.match(text):
                return kind
    if len(text) <= 200 and _INLINE_CONTACT.match(text) and (has_email(text) or _phone(text)):
        return "contacts"
    if _INLINE_ABOUT.match(paragraph.strip()):
        return "about"
    return None


def _opening_kind(paragraph: str, following: str | None) -> str | None:
    """The section kind a paragraph opens, reading the next one for a bare name heading."""
    kind = heading_kind(paragraph)
    if kind is None and is_name_heading(paragraph, following):
        return "about"
    return kind


def _describes_heading(heading: str, following: str | None) -> bool:
    """Whether the paragraph under an "About X" heading describes X ("X is a ...")."""
    if following is None or not describes_itself(following):
        return False
    name = re.sub(r"^(?:[Aa]bout|ABOUT)\s+(?:the\s+)?", "", heading.strip().strip("*_#:").strip())
    first = following.strip().removeprefix("The ").split()[0].lower()
    return bool(name) and name.split()[0].lower() == first


def split_sections(paragraphs: list[str]) -> tuple[list[str], list[Section]]:
    """Body paragraphs and the trailing sections split off them."""
    total = sum(len(p) for p in paragraphs) or 1
    cut = None
    seen = 0
    for i, paragraph in enumerate(paragraphs):
        if i > 0 and _END_MARKER.match(paragraph.strip()):
            cut = i
            break
        # A heading opens the trailing sections only in the second half: an "About the study"
        # subheading in the middle of the news stays in the body. Past the first quarter, a
        # legal notice or an "About" over a paragraph describing the name it heads opens them
        # too (a long safe-harbor notice after a short release puts them before the half).
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        kind = _opening_kind(paragraph, following)
        if i > 0 and kind and seen >= 0.5 * total:
            cut = i
            break
        if i > 0 and is_legal_notice(paragraph) and seen >= 0.25 * total:
            cut = i
            break
        if i > 0 and kind == "about" and seen >= 0.25 * total and _describes_heading(
            paragraph, following
        ):
            cut = i
            break
        seen += len(paragraph)
    kind = "other"
    if cut is None:
        cut = _contact_tail(paragraphs)
        kind = "contacts"
    end = len(paragraphs) if cut is None else cut
    trailing = _group(paragraphs[end:], kind) if cut is not None else []
    about = unheaded_about(paragraphs[:end])
    if about is not None:
        text = "\n".join(paragraphs[about:end])
        return paragraphs[:about], [Section(kind="about", heading="", text=text), *trailing]
    return paragraphs[:end], trailing


def _is_contact_detail(paragraph: str) -> bool:
    """A short line of a contact block: an e-mail, a phone, a name or a label ("Media:")."""
    text = paragraph.strip()
    if len(text) > 160 or text.endswith((".", "!", "?", '"', "”")):
        return False
    return bool(has_email(text) or _phone(text) or len(text.split()) <= 5)


def _contact_tail(paragraphs: list[str]) -> int | None:
    """Where a closing block of contact lines without a heading starts, or None.

    Extractors drop a "Contacts" heading they take for page furniture and leave the lines:
    "Media:" / "Jane Doe" / "jane@acme.example" / "555-0100" after the last news paragraph.
    """
    start = len(paragraphs)
    while start > 1 and _is_contact_detail(paragraphs[start - 1]):
        start -= 1
    block = paragraphs[start:]
    if len(block) < 2 or not any(has_email(p) for p in block) or start < 2:
        return None
    return start


# A forward-looking-statements or safe-harbor paragraph without a heading: legal boilerplate
# that securities rules make issuers append, never part of the news.
_LEGAL_OPENING = re.compile(
    r"^(?:(?:this|the) (?:press |news )?(?:release|announcement|document|communication)"
    r"|(?:certain |some |any )?statements? (?:made )?in this (?:press |news )?"
    r"(?:release|announcement)|except for (?:the )?historical (?:information|facts)"
    r"|(?:all )?(?:statements|information) (?:other than|that are not) (?:statements of )?"
    r"historical facts?|forward[- ]looking statements|safe harbou?r)\b.{0,200}?"
    r"\bforward[- ]looking (?:statements?|information)\b",
    re.I,
)


def is_legal_notice(paragraph: str) -> bool:
    """Whether a paragraph is an unheaded forward-looking-statements (safe harbor) notice."""
    return bool(_LEGAL_OPENING.match(paragraph.strip().strip("*_")))


def _group(paragraphs: list[str], kind: str = "other") -> list[Section]:
    sections: list[Section] = []
    heading, lines = "", []
    for i, paragraph in enumerate(paragraphs):
        text = paragraph.strip()
        if _END_MARKER.match(text):
            continue
        if kind != "legal" and is_legal_notice(text):
            # The notice closes whatever section it follows ("About X" then the safe harbor).
            if lines or heading:
                sections.append(_section(kind, heading, lines))
            kind, heading, lines = "legal", "", [text]
            continue
        new_kind = _opening_kind(text, paragraphs[i + 1] if i + 1 < len(paragraphs) else None)
        if new_kind:
            if lines or heading:
                sections.append(_section(kind, heading, lines))
            inline = _INLINE_CONTACT.match(text) or _INLINE_ABOUT.match(text)
            kind = new_kind
            rest_group = "rest2" if inline and inline.groupdict().get("rest2") else "rest"
            if inline and inline.group(rest_group) and not _is_bare_heading(text):
                heading = text[: inline.start(rest_group)].strip().rstrip(":")
                lines = [inline.group(rest_group)]
            else:
                heading, lines = text.rstrip(":"), []
            continue
        lines.append(text)
    if lines or heading:
        sections.append(_section(kind, heading, lines))
    return sections


def _section(kind: str, heading: str, lines: list[str]) -> Section:
    # A one-line section ("For more information, visit example.org") is its own text.
    return Section(kind=kind, heading=heading, text="\n".join(lines) or heading)


def _is_bare_heading(text: str) -> bool:
    stripped = text.strip().strip("*_#:").strip()
    return any(p.match(stripped) for _, p in _HEADINGS)


_LABELS = re.compile(
    r"\((?:office|mobile|cell|work|home|fax|direct|main)\)"
    r"|\b(?:e-?mail|tel(?:ephone|efon)?|phone|mobile|cell|office|fax|direct|main|contact|kontakt"
    r"|media contact|press contact|t|m|e|p|w)\b\s*:",
    re.I,
)
_DATES = re.compile(
    r"\b(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.? \d{4})\b"
)


def _phone(text: str) -> str | None:
    """A phone number in `text`: 7+ digits, and not a date such as 25.01.2022."""
    if not _DIGIT.search(text):
        return None  # most paragraphs asked: the phone pattern is tried at each of their positions
    for match in PHONE.finditer(text):
        value = match.group(0).strip()
        digits = sum(ch.isdigit() for ch in value)
        if digits >= 7 and not re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", value):
            return value
    return None


def parse_contacts(lines: list[str]) -> list[Contact]:
    """Media contacts (name, organization, email, phone) from the lines of a contact block."""
    contacts: list[Contact] = []
    current: dict[str, str | None] = {}

    def flush() -> None:
        if current.get("email") or current.get("phone"):
            contacts.append(Contact(**current))
        current.clear()

    for raw in lines:
        for line in re.split(r"\s*[|;]\s*|\n", raw):
            line = line.strip(" ,:-–—*")
            if not line:
                continue
            email = EMAIL.search(line)
            phone = _phone(EMAIL.sub("", line))
            rest = EMAIL.sub("", line)
            rest = PHONE.sub("", rest)
            rest = _LABELS.sub("", _DATES.sub("", rest)).strip(" ,:-–—()/")
            name, organization = _name_and_organization(rest)
            if name and (current.get("name") and (current.get("email") or current.get("phone"))):
                flush()
            elif name and current.get("name") and not current.get("organization"):
                # A bare organization name reads like a person's name. Of two name lines, one
                # with an acronym ("Acme SE") is the organization, and one that carries the
                # email or phone is the person ("Acme Foods" / "Jane Doe, 612-555-0177").
                # Otherwise they may be two people side by side: neither is an organization.
                if _acronym(name) and not _acronym(current["name"] or ""):
                    current["organization"], name = name, None
                elif email or phone or _acronym(current["name"] or ""):
                    current["organization"], current["name"] = current["name"], None
            if name and not current.get("name"):
                current["name"] = name
            if organization and not current.get("organization"):
                current["organization"] = organization
            if email:
                if current.get("email"):
                    flush()
                current["email"] = email.group(0)
            if phone and not current.get("phone"):
                current["phone"] = phone
    flush()
    return contacts


_JOB_WORD = re.compile(
    r"\b(?:manager|officer|director|spokes(?:person|man|woman)|head|chief|coordinator|specialist"
    r"|advis[eo]r|secretary|president|ceo|cfo|editor|consultant|associate|lead|pressesprecher"
    r"|sprecherin|sprecher|attaché|chargée?|responsable)\b",
    re.I,
)


def _name_and_organization(text: str) -> tuple[str | None, str | None]:
    """From "Jane Doe, Press Officer, Acme Corp." the person and the organization."""
    name = organization = None
    for segment in (s.strip(" .()") for s in text.split(",")):
        if not segment:
            continue
        if name is None and _looks_like_name(segment):
            name = segment
        elif _JOB_WORD.search(segment):
            continue  # a job title: Contact has no field for it
        elif organization is None and len(segment.split()) <= 8 and _ORG_WORD.search(segment):
            organization = segment
    return name, organization


_NOT_NAME = re.compile(
    r"\b(?:contacts?|kontakt|media|press|presse|inquiries|enquiries|information|relations|newsroom"
    r"|phone|email|investors?|investoren)\b",
    re.I,
)


def _acronym(text: str) -> bool:
    """Whether a name-like line has an all-capitals word ("Acme SE", "IWES Fraunhofer")."""
    return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in text.split())


def _looks_like_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 4 or _ORG_WORD.search(text) or re.search(r"\d", text):
        return False
    if _NOT_NAME.search(text):
        return False  # a label ("Media Contact"), not a person
    return all(w.lower() in _NAME_PARTICLES or _capitalized(w) for w in words) and _capitalized(
        words[0]
    )


_NAME_PARTICLES = frozenset(str.split("de del della da di du van von der den la le bin al"))


def _capitalized(word: str) -> bool:
    """ "Doe", "O'Neill", "Boakye-Agyemang", "McDonald", "J." """
    parts = [p for p in re.split(r"[-'’]", word) if p]
    return bool(parts) and all(
        p[0].isupper()
        and (p[1:].islower() or len(p) <= 2 or bool(re.fullmatch(r"Ma?c[A-Z][a-z]+", p)))
        for p in parts
    )


def is_end_marker(paragraph: str) -> bool:
    """Whether a paragraph is an end-of-release marker ("###", "-30-", "ENDS")."""
    return bool(_END_MARKER.match(paragraph.strip()))


def header_contacts(lines: list[str]) -> list[Contact]:
    """Contacts printed above a release: the short lines around its emails and phone numbers."""
    hits = [i for i, line in enumerate(lines) if has_email(line) or _phone(line)]
    if not hits:
        return []
    window = lines[max(0, hits[0] - 3) : hits[-1] + 1]
    return parse_contacts([line for line in window if len(line.split()) <= 8])
