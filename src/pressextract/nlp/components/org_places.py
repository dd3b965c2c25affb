"""ORG spans that name a place or a facility, by the release's own evidence.

Read by org_filter after its other rules:
- a facility's short name: "Orbiton" where the release also names the facility in full
  ("Orbiton Field Airport", a FAC entity that starts with the same words), no organization
  starts so ("Zorbco" of "Zorbco Health Plan" and "Zorbco Stadium" stays an organization), and
  no mention acts as an organization ("Orbiton's", "Orbiton said") -> FAC;
- a place of origin: a word the place data knows, between a preposition or the start of a
  clause and a lowercase role noun before a person ("and Akron guitarist Ada Quill",
  "Boston attorney Jane Roe") -> GPE.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span

_ROLE_TAGS = {"NN", "NNS"}


def facility_short_names(
    ents: Iterable[Span], acts: Callable[[Span], bool] | None = None
) -> set[str]:
    """The texts of the ORG names that are the first words of a facility the release names in
    full, and never the first words of an organization nor used as one (see module docstring)."""
    ents = list(ents)
    facilities = [tuple(t.text for t in e) for e in ents if e.label_ == "FAC"]
    organizations = [e for e in ents if e.label_ == "ORG"]
    longer_orgs = [tuple(t.text for t in e) for e in organizations]
    found: set[str] = set()
    acting: set[str] = set()
    for ent in organizations:
        if ent.kb_id_:
            continue
        words = tuple(t.text for t in ent)
        if not ent[0].is_title or not _starts(words, facilities):
            continue
        if _starts(words, longer_orgs) or (acts is not None and acts(ent)):
            acting.add(ent.text)
            continue
        found.add(ent.text)
    return found - acting


def _starts(words: tuple[str, ...], names: Iterable[tuple[str, ...]]) -> bool:
    """A longer name in `names` starts with `words`."""
    n = len(words)
    return any(len(name) > n and name[:n] == words for name in names)


def place_of_origin(ent: Span, is_place: Callable[[str], bool]) -> bool:
    """ "Akron guitarist Ada Quill": a one-word place before a lowercase role noun and a person."""
    doc = ent.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or not ent[0].is_title:
        return False
    role, after = doc[ent.end], doc[ent.end + 1]
    return (
        role.is_lower
        and role.is_alpha
        and role.tag_ in _ROLE_TAGS
        and after.ent_type_ == "PERSON"
        and after.ent_iob_ == "B"
        and is_place(ent.text)
    )
