"""Organizations that the release's own "About X" sections vouch for.

A press release ends with boilerplate on the organizations it concerns ("About Acme" / "Acme is
a leading maker of ..."). Ingest keeps these sections out of the body, so the model never reads
them, but their headings name organizations the body goes on to mention, which the small model
may leave untagged or mislabel ("Jane Roe overseeing for Orbit Somewhere" read as a person).

A heading vouches for its name only when the section's opening sentence says the name is an
organization:
- a copula or apposition before a kind of organization (data/org_kinds.txt) within a few words:
  "Orbit Somewhere is the production company of ...", "Acme, a Fortune 500 company";
- a company form after the name: "Acme Rockets, Inc. designs ...";
- a company's origin or seat: "Founded in 1925, Acme ...", "Acme, headquartered in Ohio, ...",
  "Acme was formed by ...", "Acme, based in Ohio, ...".
Not a product's, drug's or event's section ("About Orbitumab" / "Orbitumab was granted marketing
authorisation ..."), whose opening sentence says none of these.

Only the name as the section spells it counts, and only where the body writes it whole and no
organization entity holds it already ("Acme" inside "Acme Rockets Foundation" is that name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from pressextract.extractors.org_names import org_words
from pressextract.nlp.doc_index import doc_text
from pressextract.resources.lexicon import load_words
from pressextract.schema import Document, Section

# "About the Acme Foundation", "ABOUT ACME:", "Über Acme AG"
_HEADING = re.compile(r"(?i)^\s*(?:about|über|à propos d[e'’])\s+(?:the\s+)?(?P<name>.+?)[\s:]*$")
_ORIGIN = re.compile(
    r"(?i)\b(?:founded|headquartered|established|incorporated|formed|based (?:in|out of))\b"
)
_COPULA = r"(?:is|are|was|has been|have been|remains)"
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s+[A-Z“\"])")
_WORDS_TO_KIND = 8  # "is a leading global toy and family entertainment company"
# Words that end the noun phrase after the copula: "a leader in software" names no kind, and
# "businesses" after it is what the leader serves. "of" ends it too, but not in "one of".
_PHRASE_ENDS = {"in", "for", "with", "that", "which", "who", "whose", "to", "by", "at", "from",
                "on", "of", ";", ":", "("}  # fmt: skip
_OPENING_CHARS = 400


def vouched_mentions(document: Document, doc: Doc) -> Iterator[tuple[str, list[int]]]:
    """Each name an "About" section vouches for, with the start of each of its body mentions
    that no organization entity holds (those the extractor has read already)."""
    seen: set[str] = set()
    for section in document.sections:
        name = vouched_name(section)
        if name is None or name in seen:
            continue
        seen.add(name)
        text = doc_text(doc)  # joined once per Doc and cached: `doc.text` is built each time
        starts = [s for s in _mentions(text, name) if not _inside_organization(doc, s, name)]
        if starts:
            yield name, starts


def vouched_name(section: Section) -> str | None:
    """The organization an "About X" section names, as the section spells it; None when the
    section is no "About" section or its opening does not say that X is an organization."""
    if section.kind != "about":
        return None
    match = _HEADING.match(section.heading or "")
    if match is None:
        return None
    opening = _opening(section.text)
    name = _as_spelled(match.group("name"), opening)
    if name is None or not _is_name(name) or not _says_organization(opening, name):
        return None
    return name


def _opening(text: str) -> str:
    """The section's first sentence (or its first characters, when the sentence runs on)."""
    head = " ".join(text.split())[:_OPENING_CHARS]
    end = _SENTENCE_END.search(head)
    return head[: end.start() + 1] if end else head


def _as_spelled(heading_name: str, opening: str) -> str | None:
    """The heading's name as the opening sentence writes it ("ABOUT ACME" -> "Acme"); the
    heading's own spelling when it is in mixed case (then only that spelling is the name: "About
    Us" is no "US") and the opening does not repeat it."""
    capitals = heading_name.isupper()
    pattern = r"(?<!\w)" + re.escape(heading_name) + r"(?!\w)"
    found = re.search(pattern, opening, re.I if capitals else 0)
    if found and not found.group(0).islower():
        return found.group(0)
    if any(m.group(0).islower() for m in re.finditer(pattern, opening, re.I)):
        return None  # "About the Survey" / "The survey was run by ...": a common noun
    if capitals or heading_name.islower():
        return None  # a heading set in capitals does not tell how the body spells the name
    return heading_name


# First words of a heading that names the issuer or the release itself, not an organization's
# name: "About Us", "About Our Partners", "About This Release".
_NOT_NAMES = {"us", "we", "our", "this", "these", "that", "my", "your", "its", "their"}
_NAME_INSIDE = {"of", "and", "&", "for", "the", "de", "du", "von", "to", "on", "in", "at"}


def _is_name(name: str) -> bool:
    """Whether `name` has a proper name's shape: each word capitalized (or a small word inside),
    not a pronoun's or a determiner's phrase, and not one generic word ("About the Company")."""
    words = name.split()
    if words[0].lower() in _NOT_NAMES:
        return False
    if any(not w[:1].isupper() and not w[:1].isdigit() and w not in _NAME_INSIDE for w in words):
        return False  # "This release", "Our partners"
    generic = load_words("org_kinds.txt") | org_words("org_heads")
    return not (len(words) == 1 and name.lower() in generic)


def _says_organization(opening: str, name: str) -> bool:
    """Whether the opening sentence makes `name` an organization (see the module docstring)."""
    at = opening.find(name)
    if at < 0:
        return bool(_ORIGIN.search(opening))  # "Founded in 1925, the chain ..." names it later
    after = opening[at + len(name) :]
    if _company_form_after(after):
        return True
    if _ORIGIN.search(opening):
        return True
    return _kind_after(after)


def _company_form_after(after: str) -> bool:
    """ "Acme, Inc. designs": a company form right after the name."""
    word = re.match(r"[\s,]*([\w.&/]+)", after)
    return bool(word) and word.group(1).lower() in org_words("legal_suffixes") - {"group"}


def _kind_after(after: str) -> bool:
    """ "is a leading maker of", "(NYSE: ACME), a Fortune 500 company": a kind of organization
    within a few words of a copula or of the comma of an apposition."""
    kinds = load_words("org_kinds.txt")
    after = re.sub(r"^\s*\([^()]*\)", "", after)  # "(www.acme.com)", "(NYSE: ACME)"
    link = re.match(r"\s*(?:,|" + _COPULA + r"\b)", after)
    if link is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+|[,;:()]", after[link.end() :])]
    for i, word in enumerate(words[: _WORDS_TO_KIND + 2]):
        if word in kinds:
            return True
        if word in _PHRASE_ENDS and not (word == "of" and i > 0 and words[i - 1] == "one"):
            return False
    return False


def _mentions(text: str, name: str) -> list[int]:
    """Starts of the whole-word mentions of `name` in `text`, as spelled."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return [m.start() for m in pattern.finditer(text)]


def _inside_organization(doc: Doc, start: int, name: str) -> bool:
    """Whether an ORG entity covers the mention: the extractor has read it, as this name or as
    part of a longer one."""
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ == "ORG" for t in span)
