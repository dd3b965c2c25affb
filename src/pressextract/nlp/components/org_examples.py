"""The examples of a kind of organization are organizations: "retailers such as Nordstrom, Roger
Dunn Golf and Joanne", "partners including A and B". The model often tags a store "GPE" or a
brand "PERSON" there; read by org_checks before its checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from pressextract.nlp.doc_index import token_indexes, token_texts

# Plural nouns whose examples ("such as ...", "including ...") are organizations.
_ORG_KINDS = {
    "companies",
    "firms",
    "brands",
    "retailers",
    "establishments",
    "clients",
    "customers",
    "partners",
    "organizations",
    "organisations",
    "agencies",
    "businesses",
    "stores",
    "banks",
    "universities",
    "institutions",
    "sponsors",
    "investors",
    "employers",
    "vendors",
    "suppliers",
    "manufacturers",
    "carriers",
    "airlines",
    "outlets",
    "chains",
    "insurers",
    "lenders",
    "publishers",
    "broadcasters",
    "networks",
    "automakers",
    "startups",
    "charities",
    "ngos",
}
_LIST_CUES = {
    ("such", "as"),
    ("including",),
    ("like",),
}
_CUE_STARTS = {cue[0] for cue in _LIST_CUES}
_KIND_WINDOW = 4  # tokens before the cue where the kind noun may stand
_RELABELLED = {"GPE", "PERSON", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "ORG"}


def is_org_kind(word: str) -> bool:
    """A plural noun whose examples are organizations ("retailers", "sponsors")."""
    return word in _ORG_KINDS


def listed_organizations(ents: list[Span]) -> list[Span]:
    """Members of "<companies> such as A, B and C" as ORG entities (the model often tags a
    store "GPE" or a brand "PERSON" there); only lists with one member already tagged ORG."""
    if not ents:
        return ents
    doc = ents[0].doc
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    lowers = token_texts(doc, LOWER)
    for i in token_indexes(doc, _CUE_STARTS, LOWER):  # only where a cue can start
        cue = next((c for c in _LIST_CUES if _words_at(lowers, i, c)), None)
        if cue is None or not any(w in _ORG_KINDS for w in lowers[max(0, i - _KIND_WINDOW) : i]):
            continue
        items = _list_items(doc, i + len(cue))
        if len(items) < 2 or not any(_entity_of(by_token, a, b, "ORG") for a, b in items):
            continue
        for a, b in items:
            covering = {by_token[k] for k in range(a, b) if k in by_token}
            if any(e.label_ not in _RELABELLED or e.start < a or e.end > b for e in covering):
                continue  # a longer or other kind of entity (a date, an amount) stays
            if any(e.label_ == "ORG" and (e.start, e.end) == (a, b) for e in covering):
                continue
            ents = [e for e in ents if e not in covering]
            ents.append(Span(doc, a, b, label="ORG"))
    return sorted(ents, key=lambda e: e.start)


def _words_at(lowers: Sequence[str], i: int, words: tuple[str, ...]) -> bool:
    return tuple(lowers[i : i + len(words)]) == words


def _entity_of(by_token: dict[int, Span], a: int, b: int, label: str) -> bool:
    return any(k in by_token and by_token[k].label_ == label for k in range(a, b))


def _list_items(doc: Doc, i: int) -> list[tuple[int, int]]:
    """Token ranges of the capitalized items of a list starting at `i`, up to the first item
    that is not a name ("and others")."""
    items, start = [], i
    for k in range(i, min(len(doc), i + 60) + 1):
        end_of_item = (
            k == len(doc)
            or doc[k].text in {",", ";", ".", ")"}
            or doc[k].lower_
            in {
                "and",
                "or",
            }
        )
        if not end_of_item:
            continue
        a = start + (start < k and doc[start].lower_ == "the")
        piece = doc[a:k]
        if len(piece) and _is_name(piece):
            items.append((a, k))
        elif len(piece):
            break
        if k == len(doc) or doc[k].text in {";", ".", ")"}:
            break
        start = k + 1
    return items


def _is_name(piece: Span) -> bool:
    """Capitalized words, "&" and possessive endings only ("Roger Dunn Golf", "Macy's")."""
    return (
        len(piece) <= 5
        and all(
            t.text[:1].isupper()
            or t.text in {"&", "'s", "’s", "-"}
            or (t.like_num and t.i > piece.start)
            for t in piece
        )
        and piece[0].text[:1].isupper()
    )
