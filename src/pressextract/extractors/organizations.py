"""Organizations: every ORG entity of the release, one entry per real-world organization.

The spaCy components do the hard part (entity_repair fixes spans and applies the gazetteer,
acronyms links "World Customs Organization (WCO)" and its later "WCO" mentions, both through
`kb_id_` and `doc.spans["acronyms"]`). Here mentions are grouped: by the canonical name in
`kb_id_` when a component set one, otherwise by the name's normalized spelling ("the World
Bank's" ~ "World Bank"), and groups fold together where the release's names say they are one
(org_groups.py); each group's name is its longest proper form. A name the release's
own "About" sections vouch for is an organization wherever the body writes it (org_about.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from pressextract.extractors.org_about import vouched_mentions
from pressextract.extractors.org_groups import (
    Group,
    key_words,
    legal_form_of,
    link_initials,
    merge_short_references,
    merge_spellings,
    normalize_org,
    words_overlap,
)
from pressextract.extractors.org_names import (
    clean_form,
    names_in,
    org_words,
    second_name_end,
)
from pressextract.extractors.table_organizations import table_companies
from pressextract.resources.name_shapes import in_capitals, is_acronym
from pressextract.schema import Document, Organization


@dataclass(frozen=True, kw_only=True)
class OrganizationOptions:
    """Options of the [organizations] table of a pipeline config."""

    labels: tuple[str, ...] = ("ORG",)  # entity labels read as organizations
    min_mentions: int = 1  # drop organizations named fewer times than this
    keep_acronym_only: bool = True  # keep an organization named only by an unexplained acronym
    exclude: tuple[str, ...] = field(default=())  # names (any spelling) never reported
    tables: bool = True  # also report companies named whole in table cells (table_organizations)


def extract_organizations(
    doc: Doc, document: Document, options: OrganizationOptions
) -> list[Organization]:
    """Return the organizations of one release, in order of first mention."""
    long_of = _acronyms(doc)  # normalized acronym -> long form
    short_of = {normalize_org(long): short for short, long in _acronym_pairs(doc)}
    excluded = {normalize_org(x) for x in options.exclude}
    groups: dict[str, Group] = {}
    dateline = dateline_range(document)
    people = person_names(doc)
    named = -1  # the end of the last name read off a shared head ("... and Southampton")
    for ent in doc.ents:
        if ent.label_ not in options.labels or ent.end <= named:
            continue
        # The dateline names a place ("BAAR, Switzerland"), never an organization.
        if dateline[0] <= ent.start_char and ent.end_char <= dateline[1]:
            continue
        shared = names_in(ent)
        if shared:
            named = second_name_end(ent)
        for form in shared or [clean_form(ent)]:
            if not form or (not ent.kb_id_ and _is_person(ent, form, people)):
                continue
            kb_id = "" if shared else ent.kb_id_
            key = normalize_org(kb_id or form)
            # A bare acronym mention whose long form the release or gazetteer gives joins it,
            # and so does one spelled out after its first part ("IRS Criminal Investigation"
            # of "IRS-CI").
            long = long_of.get(key) or long_of.get(_spelled_acronym(form))
            if long is not None:
                key = normalize_org(long)
            group = groups.get(key)
            if group is None:
                group = groups[key] = Group(key=key, forms=[], char_start=ent.start_char)
            group.forms.append(form)
            group.mentions += 1
            if group.plain_start is None and not in_capitals(ent):
                group.plain_start = ent.start_char
            if kb_id:
                group.canonical = kb_id
    merge_spellings(groups)
    merge_short_references(groups)
    link_initials(groups, set(long_of))
    _add_vouched(groups, doc, document)
    out = []
    for group in sorted(groups.values(), key=lambda g: g.char_start):
        name = _name_of(group)
        acronym = short_of.get(group.key) or group.acronym
        if acronym is None and name.isupper() and not options.keep_acronym_only:
            continue
        if group.mentions < options.min_mentions or group.key in excluded:
            continue
        if acronym and normalize_org(acronym) in excluded:
            continue
        out.append(Organization(name, acronym, group.mentions, group.char_start))
    if options.tables and document.tables:
        out = _with_table_companies(out, document, excluded)
    return out


def _add_vouched(groups: dict[str, Group], doc: Doc, document: Document) -> None:
    """The names the release's "About" sections vouch for (org_about.py) that the body mentions
    but no group holds: the model left them untagged or read them as something else."""
    for name, starts in vouched_mentions(document, doc):
        key = normalize_org(name)
        if not any(words_overlap(key_words(key), key_words(k)) for k in groups):
            groups[key] = Group(key=key, forms=[name], char_start=starts[0], mentions=len(starts))


def _with_table_companies(
    out: list[Organization], document: Document, excluded: set[str]
) -> list[Organization]:
    """`out` and the companies only the release's tables name, by position. A name the body
    gives adds nothing: the same words, or with or without a form ("Acme" of "ACME INC.")."""
    known = [key_words(normalize_org(x)) for o in out for x in (o.name, o.acronym) if x]
    for company in table_companies(document.tables, org_words("legal_suffixes")):
        key = normalize_org(company.name)
        words = key_words(key)
        if key in excluded or any(
            words == k or legal_form_of(words, k) or legal_form_of(k, words) for k in known
        ):
            continue
        known.append(words)
        out.append(Organization(company.name, None, company.cells, company.char_start))
    return sorted(out, key=lambda o: (o.char_start is None, o.char_start or 0))


def _is_person(ent: Span, form: str, people: set[str]) -> bool:
    """The mention is a person's name ("Guyger"), or one ending in it ("Botham Jean")."""
    if form in people:
        return True
    words = form.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in people
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in org_words("org_heads") for w in words)
    )


def person_names(doc: Doc) -> set[str]:
    """Names the Doc tags as people, and their surnames ("Amber Guyger", "Guyger") unless the
    word is tagged ORG far more often than it ends a person's name and is part of longer ORG
    names ("Stanford", "Stanford Cancer Institute")."""
    names, surnames, alone = set(), Counter(), Counter()
    ents = doc.ents  # read once: each read of `doc.ents` builds every Span again
    for ent in ents:
        if ent.label_ == "PERSON":
            names.add(ent.text)
            if len(ent) >= 2:
                surnames[ent[-1].text] += 1
            else:
                alone[ent.text] += 1
    as_org = Counter(e.text for e in ents if e.label_ == "ORG")
    in_names = {t.text for e in ents if e.label_ == "ORG" and len(e) > 1 for t in e}
    # One word tagged PERSON no more often than ORG, and no person's surname: a company
    # ("Oracle" as ORG twice, as PERSON once in "About Oracle").
    names -= {w for w, n in alone.items() if as_org[w] >= n and w not in surnames}
    return names | {s for s, n in surnames.items() if as_org[s] <= 2 * n or s not in in_names}


def dateline_range(document: Document) -> tuple[int, int]:
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
    """Normalized acronym -> long form; the parts of a hyphenated acronym too ("IRS" of
    "IRS-CI"), unless a part stands for more than one long form."""
    pairs = _acronym_pairs(doc)
    parts: dict[str, set[str]] = {}
    for short, long in pairs:
        for part in short.split("-") if "-" in short else ():
            if len(part) >= 3 and is_acronym(part):
                parts.setdefault(normalize_org(part), set()).add(long)
    out = {key: next(iter(longs)) for key, longs in parts.items() if len(longs) == 1}
    out.update((normalize_org(short), long) for short, long in pairs)
    return out


def _spelled_acronym(form: str) -> str:
    """ "IRS Criminal Investigation" -> "irs-ci": an acronym, then title-case words whose
    initials spell a hyphenated acronym's next part; "" for any other form."""
    words = form.split()
    rest = words[1:]
    if not rest or not is_acronym(words[0]) or not all(w.istitle() and w.isalpha() for w in rest):
        return ""
    return normalize_org(words[0] + "-" + "".join(w[0] for w in rest))


def _name_of(group: Group) -> str:
    """The name as the release writes it in full ("UN Human Rights Council"), or the
    gazetteer's canonical name when the release gives only an acronym or a short form."""
    if group.canonical is None:
        return _longest_form(group.forms)
    written = [f for f in group.forms if not f.isupper() and len(f.split()) >= 2]
    return _longest_form(written) if written else group.canonical


def _longest_form(forms: list[str]) -> str:
    """The longest spelling that is not all capitals (a name over its acronym), else the first."""
    proper = [f for f in forms if not f.isupper()] or forms
    return max(proper, key=lambda f: (len(f.split()), len(f)))
