"""Organizations: every ORG entity of the release, one entry per real-world organization.

The spaCy components do the hard part (entity_repair fixes spans and applies the gazetteer,
acronyms links "World Customs Organization (WCO)" and its later "WCO" mentions, both through
`kb_id_` and `doc.spans["acronyms"]`). Here mentions are grouped: by the canonical name in
`kb_id_` when a component set one, otherwise by the name's normalized spelling ("the World
Bank's" ~ "World Bank"); each group's name is its longest proper form.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pressextract.schema import Document, Organization


@dataclass(frozen=True, kw_only=True)
class OrganizationOptions:
    """Options of the [organizations] table of a pipeline config."""

    labels: tuple[str, ...] = ("ORG",)  # entity labels read as organizations
    min_mentions: int = 1  # drop organizations named fewer times than this
    keep_acronym_only: bool = True  # keep an organization named only by an unexplained acronym
    exclude: tuple[str, ...] = field(default=())  # names (any spelling) never reported


@dataclass
class _Group:
    key: str
    forms: list[str]
    char_start: int
    canonical: str | None = None
    acronym: str | None = None
    mentions: int = 0


def extract_organizations(
    doc: Doc, document: Document, options: OrganizationOptions
) -> list[Organization]:
    """Return the organizations of one release, in order of first mention."""
    long_of = _acronyms(doc)  # normalized acronym -> long form
    short_of = {normalize_org(long): short for short, long in _acronym_pairs(doc)}
    excluded = {normalize_org(x) for x in options.exclude}
    groups: dict[str, _Group] = {}
    dateline = _dateline_range(document)
    for ent in doc.ents:
        if ent.label_ not in options.labels:
            continue
        # The dateline names a place ("BAAR, Switzerland"), never an organization.
        if dateline[0] <= ent.start_char and ent.end_char <= dateline[1]:
            continue
        form = clean_form(ent)
        if not form:
            continue
        key = normalize_org(ent.kb_id_ or form)
        # A bare acronym mention whose long form the release or gazetteer gives joins that group.
        if key in long_of:
            key = normalize_org(long_of[key])
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key=key, forms=[], char_start=ent.start_char)
        group.forms.append(form)
        group.mentions += 1
        if ent.kb_id_:
            group.canonical = ent.kb_id_
    out = []
    for group in sorted(groups.values(), key=lambda g: g.char_start):
        name = group.canonical or _longest_form(group.forms)
        acronym = short_of.get(group.key)
        if acronym is None and name.isupper() and not options.keep_acronym_only:
            continue
        if group.mentions < options.min_mentions or group.key in excluded:
            continue
        if acronym and normalize_org(acronym) in excluded:
            continue
        out.append(Organization(name, acronym, group.mentions, group.char_start))
    return out


def _dateline_range(document: Document) -> tuple[int, int]:
    """Char range of the dateline in `document.text` ((0, 0) when there is none)."""
    dateline = document.dateline
    if dateline is None or not dateline.text:
        return (0, 0)
    start = document.text.find(dateline.text)
    return (start, start + len(dateline.text)) if start >= 0 else (0, 0)


def _acronym_pairs(doc: Doc) -> list[tuple[str, str]]:
    """(acronym, long form) links of `doc.spans["acronyms"]`, first definition of each first."""
    seen: dict[str, str] = {}
    for span in doc.spans.get("acronyms", []):
        seen.setdefault(span.label_, span.kb_id_)
    return list(seen.items())


def _acronyms(doc: Doc) -> dict[str, str]:
    """Normalized acronym -> long form."""
    return {normalize_org(short): long for short, long in _acronym_pairs(doc)}


def clean_form(ent: Span) -> str:
    """The mention as written, whitespace collapsed, without a leading "the" or trailing "'s"."""
    text = " ".join(ent.text.split())
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    return text.strip(" ,;:")


def normalize_org(name: str) -> str:
    """A grouping key: NFKC, straight apostrophes, lowercase, no leading "the", no possessive."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'").lower()
    text = " ".join(text.split())
    text = text.removeprefix("the ").removesuffix("'s")
    return text.strip(" .,;:")


def _longest_form(forms: list[str]) -> str:
    """The longest spelling that is not all capitals (a name over its acronym), else the first."""
    proper = [f for f in forms if not f.isupper()] or forms
    return max(proper, key=lambda f: (len(f.split()), len(f)))
