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

from collections.abc import Sequence
from functools import lru_cache

from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER, LOWER
from spacy.tokens import Doc, Span, Token

from pressextract.nlp.doc_index import doc_index, entity_at, indexes_with, token_indexes
from pressextract.resources.lexicon import one_word_titles, org_head_words
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
    if before == "of" and k >= 1 and _names_a_place(doc[k - 1], words):
        return True  # "the entire community of Albert Lea", "the city of Davie"
    if before in _FROM and after is not None and after.lower_ in {",", "in"}:
        return True
    if after is not None and after.lower_ == "in" and _place_follows(doc, span.end + 1, resolver):
        return True  # "opposite Mae Sot in Thailand's Tak province"
    if after is not None and after.text == "," and span.end + 1 < len(doc):
        nxt = doc[span.end + 1 : span.end + 3]
        for size in (2, 1):
            place = resolver.resolve(nxt[:size].text) if len(nxt) >= size else None
            beyond = span.end + 1 + size
            name_goes_on = beyond < len(doc) and doc[beyond].is_title  # "Texas Instruments"
            if place is not None and place.type in {"region", "country"} and not name_goes_on:
                return True
    return coordinated_with_place(span, resolver)


def _place_follows(doc: Doc, at: int, resolver: PlaceResolver) -> bool:
    """A country or region starts at token `at` ("in southern Syria", "in Thailand's")."""
    if at < len(doc) and doc[at].is_lower and doc[at].lower_.removesuffix("ern") in _COMPASS:
        at += 1
    for size in (3, 2, 1):
        if at + size <= len(doc):
            place = resolver.resolve(doc[at : at + size].text)
            if place is not None and place.type in {"country", "region"}:
                return True
    return False


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _names_a_place(token: Token, words: dict) -> bool:
    """A lowercase place noun or "community" ("the town of", "the community of")."""
    return token.is_lower and (token.lower_ in words["place_nouns"] or token.lower_ == "community")


def _qualifies_next(after: Token) -> bool:
    """The word after a name is a possessive, a lowercase noun the name modifies, or a hyphen
    that makes it part of a compound ("EU-funded", "Seattle-based")."""
    if after.text in {"'s", "’s"} or hyphen_compound(after):
        return True
    return after.is_lower and after.is_alpha and after.lower_ not in _FUNCTION_WORDS


def hyphen_compound(after: Token) -> bool:
    """`after` is a hyphen glued to a lowercase word: the name before it is a modifier."""
    doc = after.doc
    return (
        after.text in {"-", "‑"}
        and not after.whitespace_
        and after.i + 1 < len(doc)
        and doc[after.i + 1].is_lower
    )


_FUNCTION_WORDS = {"and", "or", "in", "to", "on", "for", "at", "of", "with", "is", "was", "has"}


def coordinated_with_place(span: Span, resolver: PlaceResolver, wide: bool = False) -> bool:
    """A neighbour across "and", "or" or a comma is a GPE/LOC entity the place data knows
    ("Baghdad and Erbil"; not "Linux, Windows CE": two unknown names prove nothing). `wide`
    also takes ", and the" ("Gaza, and the West Bank"), which an organization often stands
    behind ("France, Denmark, and the European Union" as donors)."""
    doc = span.doc
    for ent in _entities_near(span, 3 if wide else 1):
        if ent.label_ not in _PLACE_LABELS or resolver.resolve(ent.text) is None:
            continue
        if ent.end < span.start and _joins(doc[ent.end : span.start], wide):
            return True
        if span.end < ent.start and _joins(doc[span.end : ent.start], wide):
            return True
    return False


def _entities_near(span: Span, reach: int) -> list[Span]:
    """The entities with 1 to `reach` tokens between them and `span`: the only ones `_joins`
    can join to it (found from the tokens around it, not by reading every entity)."""
    doc = span.doc
    out = []
    for last in range(span.start - 2, max(span.start - 2 - reach, -1), -1):
        ent = entity_at(doc, last)
        if ent is not None and ent.end == last + 1:
            out.append(ent)
    for first in range(span.end + 1, min(span.end + 1 + reach, len(doc))):
        ent = entity_at(doc, first)
        if ent is not None and ent.start == first:
            out.append(ent)
    return out


def _joins(gap: Span, wide: bool) -> bool:
    """ ", " or " and " (or, `wide`, ", and the"): what stands between two items of a list."""
    if len(gap) > (3 if wide else 1):
        return False  # not read word by word: the gap can be most of the release
    words = [t.lower_ for t in gap]
    if not wide:
        return len(words) == 1 and words[0] in {"and", ",", "or"}
    return (
        0 < len(words) <= 3
        and words[0] in {"and", ",", "or"}
        and all(w in {"and", ",", "or", "the"} for w in words)
    )


def unknown_without_context(span: Span, text: str, resolver: PlaceResolver, words: dict) -> bool:
    """A one-word GPE/LOC the place data does not know, with nothing in the sentence that makes
    it a place ("running on Linux", "bands such as Placebo"): not reported."""
    if "-" in text or text.lower() in words["compass_words"]:
        return False
    if " " in text and _described_place(text, words):
        return False
    if resolver.resolve(text) is not None:
        return False
    return not in_place_context(span, resolver, words)


def _described_place(text: str, words: dict) -> bool:
    """A name with a direction, a natural-feature word or a place noun in it: "Northern
    Colorado", "South Florida", "Great Plains", "Cultural District"."""
    lowered = text.lower().split()
    if any(w.removesuffix("ern") in words["compass_words"] for w in lowered):
        return True
    return any(w in words["natural_words"] or w in words["place_nouns"] for w in lowered)


def mislabelled_places(
    doc: Doc, resolver: PlaceResolver, words: dict, ents: Sequence[Span] | None = None
) -> list[Span]:
    """Known places the model tagged as something else, or missed, used as places: "from
    Aleppo" (PERSON), "Kharkiv, Mykolaiv" (one ORG), "in Davie" (no entity). `ents`: the
    Doc's entities, when the caller has read them (each read of `doc.ents` makes them anew)."""
    ents = doc.ents if ents is None else ents
    people = _person_words(ents)
    out: list[Span] = []
    votes: dict[str, list[Span | None]] = {}  # one name, one reading: most mentions decide
    for ent in ents:
        if ent.label_ not in _MISLABELLED:
            continue
        if ent.label_ == "ORG" and "," in ent.text:
            out.extend(_listed_places(ent, resolver))
        elif region_name(ent, resolver) or (
            _compass_name(ent.text) and coordinated_with_place(ent, resolver, wide=True)
        ):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "the West Bank"
        elif _named_place(ent, resolver):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "Madhya Pradesh"
        elif _known(ent.text, resolver) and ent.text not in people:
            used = in_place_context(ent, resolver, words)
            votes.setdefault(ent.text, []).append(
                Span(doc, ent.start, ent.end, label="GPE") if used else None
            )
    for spans in votes.values():
        found = [s for s in spans if s is not None]
        if 2 * len(found) >= len(spans):
            out.extend(found)
    covered = {i for e in ents for i in range(e.start, e.end)}
    text = doc_index(doc).text  # a span's text, sliced: `Span.text` makes a Token per word
    # Both readings below want an alphabetic word in capitals or title case: only those are read.
    for i in indexes_with(doc, (IS_ALPHA,), (IS_UPPER, IS_TITLE)):
        if i in covered:
            continue
        tok = doc[i]
        if _untagged_country_abbreviation(tok, resolver, words):
            out.append(Span(doc, tok.i, tok.i + 1, label="GPE"))  # "Russia, Ukraine, and the US"
            continue
        if not tok.is_title or not tok.is_alpha or tok.is_sent_start:
            continue
        if tok.tag_ and tok.tag_ != "NNP":
            continue
        end = tok.i + 1
        while end < len(doc) and end not in covered and doc[end].is_title and end - tok.i < 3:
            end += 1
        hyphen = {doc[k].text for k in (tok.i - 1, end) if 0 <= k < len(doc)} & {"-", "–"}
        if not hyphen and region_name(doc[tok.i : end], resolver):
            out.append(Span(doc, tok.i, end, label="GPE"))  # "Myanmar's Karenni State"
            continue
        for stop in range(end, tok.i, -1) if not hyphen else ():  # "Sub-Saharan"
            span = doc[tok.i : stop]
            name = text[span.start_char : span.end_char]
            if _known(name, resolver) and in_place_context(span, resolver, words):
                if not _written_lowercase(doc, name):
                    out.append(Span(doc, tok.i, stop, label="GPE"))
                break
    return out


_REGION_NOUNS = {"State", "Province", "Region", "Governorate", "Oblast", "Prefecture", "Territory"}


def region_name(span: Span, resolver: PlaceResolver) -> bool:
    """A region named by its shape: "<Name> Region of <country>" ("Kurdistan Region of Iraq")
    or "<country>'s <Name> State" ("Myanmar's Karenni State")."""
    words = doc_index(span.doc).text[span.start_char : span.end_char].split()
    if "of" in words:
        k = words.index("of")
        return (
            k >= 2
            and words[k - 1] in _REGION_NOUNS
            and _is_country(" ".join(words[k + 1 :]), resolver)
        )
    doc = span.doc
    owner = doc[span.start - 2 : span.start] if span.start >= 2 else None
    return (
        len(words) >= 2
        and words[-1] in _REGION_NOUNS
        and all(w[:1].isupper() for w in words)
        and owner is not None
        and owner[1].text in {"'s", "’s"}
        and _is_country(owner[0].text, resolver)
    )


def _is_country(text: str, resolver: PlaceResolver) -> bool:
    place = resolver.resolve(text)
    return place is not None and place.type == "country"


def _compass_name(text: str) -> bool:
    """ "West Bank", "East Jerusalem": a capitalized direction opening a two-word name."""
    words = text.removeprefix("the ").split()
    return len(words) == 2 and words[0].lower() in _COMPASS and words[1][:1].isupper()


def _named_place(ent: Span, resolver: PlaceResolver) -> bool:
    """A "person" whose whole multiword name is one region or country and nothing else
    ("Madhya Pradesh" tagged PERSON)."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    place = resolver.resolve_unique(ent.text)
    return place is not None and place.type in {"region", "country"}


def _untagged_country_abbreviation(tok: Token, resolver: PlaceResolver, words: dict) -> bool:
    """ "US", "UK" the model left untagged, used as a place or listed with places."""
    if not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 3):
        return False
    if not _is_country(tok.text, resolver):
        return False
    span = tok.doc[tok.i : tok.i + 1]
    return in_place_context(span, resolver, words) or coordinated_with_place(
        span, resolver, wide=True
    )


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


def _person_words(ents: Sequence[Span]) -> set[str]:
    """Words of the release's multiword PERSON names ("Jordan" of "Michael Jordan")."""
    return {t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}


def _written_lowercase(doc: Doc, text: str) -> bool:
    low = text.lower()
    return any(doc[i].is_lower for i in token_indexes(doc, (low,), LOWER))


# Titles too common as plain nouns to end an office's name ("Kenya partner", "Asia lead").
_LOOSE_TITLES = {"head", "lead", "partner", "expert", "chair", "justice", "speaker", "fellow",
                 "delegate", "author", "editor", "principal", "counsel"}  # fmt: skip


def names_an_office(span: Span) -> bool:
    """The model took an office's name for a place: "Freeborn County Attorney's" (a title
    inside the entity), "Harris County District" or "Cook County State" before "Attorney".
    Such a name is no mention of the county; "Cook County Judge Doe" still is."""
    titles = _office_titles()
    if any(_bare(token) in titles for token in span[1:]):
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in {"'s", "’s"} and span.end + 1 < len(span.doc):
        after = span.doc[span.end + 1]
    return (
        len(span) > 1
        and span[-1].text in {"District", "State"}
        and after is not None
        and _bare(after) in titles
    )


def _bare(token: Token) -> str:
    """The word without a possessive ending (also when mis-decoded: "Attorneyâs")."""
    word = token.lower_
    for ending in ("'s", "’s", "âs"):
        word = word.removesuffix(ending)
    return word


@lru_cache(maxsize=1)
def _office_titles() -> frozenset[str]:
    return one_word_titles() - _LOOSE_TITLES


# Endings of company and club names beside the organization head words ("United FC", "GmbH").
_NAME_ENDINGS = {"fc", "afc", "sc", "club", "llc", "plc", "gmbh", "ag", "sa", "co", "co.", "corp",
                 "corp.", "lp", "llp", "universities", "schools", "hospitals"}  # fmt: skip


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return org_head_words() | _NAME_ENDINGS


def inside_organization_name(
    span: Span, conjoined: bool = True, ents: Sequence[Span] | None = None
) -> bool:
    """The place is part of an organization's name the model did not tag whole: "Fort
    Lauderdale United FC", "the Universities of Gothenburg", "ALDI U.S." (a name the release
    tags as an organization elsewhere). `ents`: the Doc's entities, read once by a caller that
    asks for many places (`doc.ents` makes a Span of every entity on each read)."""
    doc = span.doc
    ents = doc.ents if ents is None else ents
    heads = _name_heads()
    first = span[0].lower_.removesuffix("s")
    if len(span) > 2 and (first in heads or span[0].lower_ in heads) and span[1].lower_ == "of":
        return True  # "the Universities of Gothenburg"
    k = span.end
    while k < len(doc) and k < span.end + 4 and (doc[k].is_title or doc[k].is_upper):
        if doc[k].lower_ in heads:
            return True
        k += 1
    text = doc_index(doc).text  # an entity's text, sliced: no Token per word
    orgs = {
        text[e.start_char : e.end_char]
        for e in ents
        if e.label_ == "ORG" and len(e) > len(span) and (e.end <= span.start or e.start >= span.end)
    }
    for size in (1, 2, 3):
        before = doc[max(span.start - size, 0) : span.end]
        after = doc[span.start : min(span.end + size, len(doc))]
        if text[before.start_char : before.end_char] in orgs:
            return True
        if text[after.start_char : after.end_char] in orgs:
            return True
    head = span.root.head
    if conjoined and span.root.dep_ == "conj" and not span.start <= head.i < span.end:
        # "the Universities of Gothenburg and Southampton"
        owner = next((e for e in ents if e.start <= head.i < e.end), None)
        return owner is not None and inside_organization_name(owner, conjoined=False, ents=ents)
    return False
