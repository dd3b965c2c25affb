"""Where the release's own words say a name is, or is not, a place.

The small model tags products, companies and capitalized words GPE ("Linux", "Placebo",
"Husband"), and tags towns PERSON or nothing at all ("from Aleppo", "in Davie"). The place data
(places.PlaceResolver) tells a known place; the sentence tells how a name is used:
- after "in", "near", "across" ... ("in Davie"), or "from" when a place follows ("from Sweida in
  southern Syria");
- before a place noun ("Tak province", "Diwaniyah city");
- before ", <known region or country>" ("Piedmont, SD", "Karrada, Baghdad");
- coordinated with a place ("Baghdad and Erbil", "Kharkiv, Mykolaiv").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pressextract.resources.places import PlaceResolver

_IN = {"in", "near", "across", "throughout", "outside", "inside", "within", "around"}
_FROM = {"from", "to"}
_PLACE_LABELS = {"GPE", "LOC"}
_MISLABELLED = {"PERSON", "NORP", "PRODUCT", "ORG", "WORK_OF_ART", "EVENT"}
KNOWN_TYPES = {"city", "region", "country", "continent"}


def in_place_context(span: Span, resolver: PlaceResolver, words: dict) -> bool:
    """Whether the sentence uses `span` as a place (see the module docstring)."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ == "the" and span.start - k < 2:
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in words["place_nouns"] and after.is_lower:
        return True
    # "in Honda's future", "at the Tawau immigration depot": the name qualifies something else
    if after is not None and _qualifies_next(after):
        return False
    if before in _IN:
        return True
    if before in _FROM and after is not None and after.lower_ in {",", "in"}:
        return True
    if after is not None and after.text == "," and span.end + 1 < len(doc):
        nxt = doc[span.end + 1 : span.end + 3]
        for size in (2, 1):
            place = resolver.resolve(nxt[:size].text) if len(nxt) >= size else None
            if place is not None and place.type in {"region", "country"}:
                return True
    return coordinated_with_place(span)


def _qualifies_next(after) -> bool:
    """The word after a name is a possessive or a lowercase noun the name modifies."""
    if after.text in {"'s", "’s"}:
        return True
    return after.is_lower and after.is_alpha and after.lower_ not in _FUNCTION_WORDS


_FUNCTION_WORDS = {"and", "or", "in", "to", "on", "for", "at", "of", "with", "is", "was", "has"}


def coordinated_with_place(span: Span) -> bool:
    """A neighbour across "and", "or" or a comma is a GPE/LOC entity."""
    doc = span.doc
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS or ent == span:
            continue
        if ent.end + 1 == span.start and doc[ent.end].lower_ in {"and", ",", "or"}:
            return True
        if span.end + 1 == ent.start and doc[span.end].lower_ in {"and", ",", "or"}:
            return True
    return False


def unknown_without_context(span: Span, text: str, resolver: PlaceResolver, words: dict) -> bool:
    """A one-word GPE/LOC the place data does not know, with nothing in the sentence that makes
    it a place ("running on Linux", "bands such as Placebo"): not reported."""
    if " " in text or "-" in text or text.lower() in words["compass_words"]:
        return False
    if resolver.resolve(text) is not None:
        return False
    return not in_place_context(span, resolver, words)


def mislabelled_places(doc: Doc, resolver: PlaceResolver, words: dict) -> list[Span]:
    """Known places the model tagged as something else, or missed, used as places: "from
    Aleppo" (PERSON), "Kharkiv, Mykolaiv" (one ORG), "in Davie" (no entity)."""
    people = _person_words(doc)
    out: list[Span] = []
    votes: dict[str, list[Span | None]] = {}  # one name, one reading: most mentions decide
    for ent in doc.ents:
        if ent.label_ not in _MISLABELLED:
            continue
        if ent.label_ == "ORG" and "," in ent.text:
            out.extend(_listed_places(ent, resolver))
        elif _known(ent.text, resolver) and ent.text not in people:
            used = in_place_context(ent, resolver, words)
            votes.setdefault(ent.text, []).append(
                Span(doc, ent.start, ent.end, label="GPE") if used else None
            )
    for spans in votes.values():
        found = [s for s in spans if s is not None]
        if 2 * len(found) >= len(spans):
            out.extend(found)
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i in covered or not tok.is_title or not tok.is_alpha or tok.is_sent_start:
            continue
        if tok.tag_ and tok.tag_ != "NNP":
            continue
        end = tok.i + 1
        while end < len(doc) and end not in covered and doc[end].is_title and end - tok.i < 3:
            end += 1
        hyphen = {doc[k].text for k in (tok.i - 1, end) if 0 <= k < len(doc)} & {"-", "–"}
        for stop in range(end, tok.i, -1) if not hyphen else ():  # "Sub-Saharan"
            span = doc[tok.i : stop]
            if _known(span.text, resolver) and in_place_context(span, resolver, words):
                if not _written_lowercase(doc, span.text):
                    out.append(Span(doc, tok.i, stop, label="GPE"))
                break
    return out


def _listed_places(ent: Span, resolver: PlaceResolver) -> list[Span]:
    """ "Kharkiv, Mykolaiv" tagged as one ORG: its pieces, when every piece is a known place."""
    doc = ent.doc
    pieces, start = [], ent.start
    for k in range(ent.start, ent.end + 1):
        if k == ent.end or doc[k].text == ",":
            if k > start:
                pieces.append(Span(doc, start, k, label="GPE"))
            start = k + 1
    if len(pieces) >= 2 and all(_known(p.text, resolver) for p in pieces):
        return pieces
    return []


def _known(text: str, resolver: PlaceResolver) -> bool:
    place = resolver.resolve(text)
    return place is not None and place.type in KNOWN_TYPES and not text.isupper()


def _person_words(doc: Doc) -> set[str]:
    """Words of the release's multiword PERSON names ("Jordan" of "Michael Jordan")."""
    return {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}


def _written_lowercase(doc: Doc, text: str) -> bool:
    low = text.lower()
    return any(t.lower_ == low and t.is_lower for t in doc)
