"""Where a lone ORG word stands says it is a place: read by the org filter (org_filter.py),
which makes a word the place data knows a GPE when at least half of its mentions stand so.

- after "in", "from", "to", "near" ... ("offices in Danbury"), not before a possessive ("in
  Honda's future");
- coordinated with a place ("Baghdad and Erbil");
- before a person it tells where from: a noun of sex, age, kinship or residence ("a Murrieta
  man", "two Danbury residents") or a role in "-ist" and the person's name ("Akron guitarist
  Dan Wilson"); not before other nouns ("Liverpool fans" are a club's);
- opening a dateline in capitals ("OTTAWA, January 17 —").
A name every mention of which stands right before a facility noun names that facility ("at
Nasser hospital", "at the Ajil depot"): it is a FAC (`facility_names`); so is one that is
the first words of a named facility the release gives in full ("Bradley" of "Bradley
International Airport": `facility_short_names`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span

from pressextract.nlp.components.org_usage import PERSON_NOUNS
from pressextract.nlp.doc_index import entity_at
from pressextract.resources.name_shapes import singular

_PLACE_BEFORE = {"in", "from", "to", "near", "across", "throughout", "outside", "inside", "into"}
_PLACE_LABELS = {"GPE", "LOC"}
# Facilities named after a place or a person, not after an owner (a closed class): "Nasser
# hospital", "the Rukban camp"; not "the Acme factory", "a Marriott hotel", "the Acme store".
_NAMED_FACILITIES = {
    "hospital",
    "camp",
    "airport",
    "station",
    "stadium",
    "arena",
    "museum",
    "prison",
    "jail",
    "depot",
    "bridge",
    "church",
    "mosque",
    "temple",
    "cathedral",
}


def where_places_stand(span: Span) -> bool:
    """After "in"/"from"/"to" (not before a possessive), coordinated with a place, or before
    a person it tells where from."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    possessive = span.end < len(doc) and doc[span.end].text in {"'s", "’s"}
    return (
        (before in _PLACE_BEFORE and not possessive)
        or next_to(span, _PLACE_LABELS)
        or _before_person_noun(span)
    )


# Nouns of where a person lives or comes from ("a Murrieta resident"), beside PERSON_NOUNS.
_RESIDENT_NOUNS = {"resident", "native"}


def _before_person_noun(span: Span) -> bool:
    """ "a Murrieta man", "Akron guitarist Dan Wilson": a lowercase noun of sex, age, kinship
    or residence right after the name, or a role in "-ist" and the person's name. Not other
    nouns: "Liverpool fans" and "a Chelsea star" are a club's."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    nxt = doc[span.end]
    if not (nxt.is_lower and nxt.is_alpha):
        return False
    forms = {nxt.lower_, nxt.lemma_.lower(), singular(nxt.lower_)}  # "men", "residents"
    if forms & PERSON_NOUNS or forms & _RESIDENT_NOUNS:
        return True
    role = len(nxt) > 5 and nxt.lower_.endswith("ist")  # not "Akron playlist"
    return role and doc[span.end + 1].ent_type_ == "PERSON"


def opens_dateline(span: Span) -> bool:
    """ "OTTAWA, January 17 —": a place in capitals at the start of a line, then a comma."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    followed = span.end < len(doc) and doc[span.end].text == ","
    return at_line_start and followed and span.text.isupper()


def next_to(span: Span, labels: set[str]) -> bool:
    """A coordinated neighbour ("Baghdad and Erbil", "Erbil, Baghdad") carries one of `labels`."""
    doc = span.doc
    # The entities one word before and after, found from the IOB tags (not a scan of doc.ents).
    if span.start >= 2 and doc[span.start - 1].lower_ in {"and", ",", "or"}:
        before = entity_at(doc, span.start - 2)
        if before is not None and before.end == span.start - 1 and before.label_ in labels:
            return True
    if span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "or"}:
        after = entity_at(doc, span.end + 1)
        if after is not None and after.start == span.end + 1 and after.label_ in labels:
            return True
    return False


def facility_names(ents: Iterable[Span], org_words: Collection[str]) -> set[str]:
    """The ORG names (texts) every mention of which stands right before a lowercase noun of a
    named facility ("conditions at Nasser hospital", "refugees at the Ajil depot"): the
    facility's name, not an organization. A name with an organization word is left alone, and
    so is one that stands anywhere else once ("the AtmosZero factory" among "AtmosZero
    said")."""
    before: dict[str, bool] = {}
    for ent in ents:
        if ent.label_ != "ORG" or ent.kb_id_:
            continue
        doc = ent.doc
        nxt = doc[ent.end] if ent.end < len(doc) else None
        named = (
            nxt is not None
            and nxt.is_lower
            and nxt.lower_ in _NAMED_FACILITIES
            and not any(t.lower_ in org_words for t in ent)
        )
        before[ent.text] = before.get(ent.text, True) and named
    return {text for text, named in before.items() if named}


# Facilities whose names no owner or sponsor lends (a closed class): a stadium, an arena or a
# hospital may carry a company's or a health system's name ("MetLife Stadium", "Mount Sinai
# Hospital"), a church its denomination's; an airport, a station or a bridge its place's.
_PLACE_NAMED_FACILITIES = {"airport", "station", "bridge", "camp", "prison", "jail", "depot"}


def facility_short_names(
    ents: Iterable[Span], org_words: Collection[str], verbs: Collection[str] = ()
) -> set[str]:
    """The ORG names (texts) that are the first words of a facility's name the release gives
    in full and tags FAC: "Bradley" of "Bradley International Airport". The facility is one
    no owner names (`_PLACE_NAMED_FACILITIES`), so its first words name it. Left alone: a name
    with an organization word, one that begins an organization's name too ("Zorbi" of "Zorbi
    Holdings" beside "Zorbi Station"), and one a mention makes the subject of a speech verb
    (`verbs`: "Heathrow said" is the airport's operator)."""
    ents = list(ents)
    facilities = [
        tuple(t.text for t in e)
        for e in ents
        if e.label_ == "FAC"
        and len(e) >= 2
        and e[-1].lower_ in _PLACE_NAMED_FACILITIES
        and e[-1].text[:1].isupper()
    ]
    if not facilities:
        return set()
    owners = [tuple(t.text for t in e) for e in ents if e.label_ == "ORG" and len(e) >= 2]
    found: dict[str, bool] = {}
    for ent in ents:
        if ent.label_ != "ORG" or ent.kb_id_ or any(t.lower_ in org_words for t in ent):
            continue
        words = tuple(t.text for t in ent)
        n = len(words)
        if not any(len(f) > n and f[:n] == words for f in facilities) or any(
            len(o) > n and o[:n] == words for o in owners
        ):
            continue
        found[ent.text] = found.get(ent.text, True) and not _speaks(ent, verbs)
    return {text for text, short in found.items() if short}


def _speaks(ent: Span, verbs: Collection[str]) -> bool:
    """The mention is the subject of a speech verb that says something: a clause or an object
    ("Heathrow said it would", "Heathrow announced new routes"); not "Bradley continues to
    be recognized" ("continue" opens quotes too, but here it says nothing)."""
    root = ent.root
    verb = root.head
    return (
        root.dep_ in {"nsubj", "nsubjpass"}
        and verb.lemma_.lower() in verbs
        and any(child.dep_ in {"ccomp", "dobj"} for child in verb.children)
    )
