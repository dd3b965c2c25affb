"""Company boilerplate that closes a release without an "About" heading.

Three shapes, all read from structure rather than words of a corpus:
- a closing paragraph whose subject is a name and whose verb describes it ("Acme Corp., a maker
  of pumps based in Oslo, is a leading provider of ..."), with nothing but more of the same after;
- a bare name set as a heading ("Acme Corp") over a paragraph that describes that name;
- a closing paragraph that presents a name in the present tense and sends readers elsewhere.
"""

from __future__ import annotations

import re

# "Acme Corp. is a ...", "Duke Power (NYSE: DP), a Fortune 150 company based in Raleigh, is one
# of ...": a name, an optional ticker or acronym in brackets, an optional apposition, then "is a".
_NAME = (
    r"(?:The )?(?!(?:The|It|This|That|These|Those|We|They|He|She|There|Here)\b)"
    r"[A-Z][\w&.’'-]*(?: (?:[A-Z(&][\w&.,’'()-]*|of|and|for|de|du|la)){0,6}?"
)
_SELF_DESCRIPTION = re.compile(
    rf"^(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?(?:,[^;:“”\"]{{2,160}}?,)?"
    r" (?:is|are) (?:a|an|the|one of)\b"
)
# Stock exchanges are named in capitals ("NYSE: ACP", "SIX Swiss Exchange"): matched as written,
# since "six" and "lse" are also plain words.
_COMPANY_FACTS = re.compile(
    r"\b(?:headquartered|founded in|established in|employs|subsidiaries|listed on"
    r"|(?-i:NYSE|NASDAQ|Nasdaq|SIX|LSE|TSX|ASX)\b"
    r"|leading (?:global )?(?:provider|supplier|manufacturer))",
    re.I,
)
_BOILERPLATE_FACTS = re.compile(rf"{_COMPANY_FACTS.pattern}|www\.|\.com\b|\bvisit ", re.I)
# "Acme Health integrates research, care and teaching ... For more information, visit ...": a
# closing paragraph that presents the issuer in the present tense and sends readers elsewhere.
_SELF_PRESENTATION = re.compile(
    r"^(?:The )?(?!(?:The|It|This|That|These|Those|We|They|He|She|Our|Its|His|Her|Their)\b)"
    r"[A-Z][\w&.,’'()-]*(?: [A-Z(][\w&.,’'()-]*){0,6} [a-z]+s\b"
)
_READ_MORE = re.compile(r"\bfor (?:more|further) information\b|\bplease visit\b", re.I)
# A name set alone as a heading: a few capitalized words (with "&", "of", "and"), no sentence.
_BARE_NAME = re.compile(r"^[A-Z][\w&.’'-]*(?: (?:[A-Z&][\w&.’'-]*|of|and|for|de|du|la)){0,5}$")


def describes_itself(paragraph: str) -> bool:
    """Whether a paragraph opens with a name and a verb that describes it ("Acme is a ...")."""
    return bool(_SELF_DESCRIPTION.match(paragraph.strip()))


def is_name_heading(paragraph: str, following: str | None) -> bool:
    """A bare name set as a heading over a paragraph describing that name: "Acme Corp" over
    "Acme Corp (NYSE: AC), based in Oslo, is a maker of pumps ...". An "About" with its word cut."""
    text = paragraph.strip().strip("*_#:").strip()
    if following is None or len(text) > 60 or not _BARE_NAME.match(text):
        return False
    found = _SELF_DESCRIPTION.match(following.strip())
    if not found:
        return False
    name = found.group("name").removeprefix("The ")
    first = text.removeprefix("The ").split()[0]
    return name.startswith(first) and len(first) >= 2


def unheaded_about(body: list[str]) -> int | None:
    """Where a closing self-description without heading starts, or None."""
    if len(body) > 2 and _SELF_PRESENTATION.match(body[-1]) and _READ_MORE.search(body[-1]):
        return len(body) - 1
    first = max(2, len(body) - 3, (len(body) + 1) // 2)
    for i in range(first, len(body)):
        if not describes_itself(body[i]):
            continue
        # Everything after it must read as more of the same, or it is still the news.
        rest = body[i + 1 :]
        if all(describes_itself(p) or _COMPANY_FACTS.search(p) for p in rest) and (
            _BOILERPLATE_FACTS.search(" ".join(body[i:]))
        ):
            return i
    return None
