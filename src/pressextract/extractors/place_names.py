"""The shape of a place name: natural places, streets, split country names, "the State of X",
the written form that names a place, and the type of a place the data does not know."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pressextract.resources.places import Place, PlaceResolver, is_abbreviation

MISLABELLED_PLACE = {"ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"}
_POSSESSIVE = ("'s", "’s")
_JOINERS = {"and", "of", "the", "&"}

# Words that make a name a natural place whatever the model called it. Only unambiguous ones:
# "park", "reserve" or "range" also end organization names ("Federal Reserve").
_NATURAL_FIRST = {"lake", "mount", "mt.", "gulf", "isle", "sea"}
_NATURAL_LAST = {
    "lake",
    "lakes",
    "river",
    "mountains",
    "sea",
    "ocean",
    "gulf",
    "bay",
    "island",
    "islands",
    "peninsula",
    "desert",
    "valley",
    "canyon",
    "strait",
    "delta",
    "glacier",
    "falls",
}


def as_natural_place(ent: Span) -> Span:
    """A natural-place name goes on as LOC, whatever its label (an ORG only after "in")."""
    if ent.label_ in MISLABELLED_PLACE and natural_name(ent.text):
        return Span(ent.doc, ent.start, ent.end, label="LOC")
    return ent


def natural_name(text: str) -> bool:
    """ "Lake Michigan", "the Great Lakes", "Saldanha Bay": a capitalized natural-place name."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in {"of"}):
        return False
    return words[0].lower() in _NATURAL_FIRST or words[-1].lower() in _NATURAL_LAST


def join_country_names(doc: Doc, ents: list[Span], resolver: PlaceResolver) -> list[Span]:
    """Join pieces of a country name the model split ("Trinidad" + "and Tobago",
    "the Kingdom of" + "the Netherlands") when the joined text is a country."""
    out: list[Span] = []
    consumed_until = -1
    for ent in ents:
        if ent.start < consumed_until:
            continue
        best = ent
        for extra in range(1, 5):
            end = ent.end + extra
            if end > len(doc) or doc[end - 1].is_punct or "\n" in doc[end - 1].text:
                break
            if not (doc[end - 1].text[:1].isupper() or doc[end - 1].lower_ in _JOINERS):
                break
            candidate = doc[ent.start : end]
            place = resolver.resolve(clean(candidate.text))
            if place is not None and place.type == "country":
                best = Span(doc, ent.start, end, label=ent.label_)
        consumed_until = best.end
        out.append(best)
    return out


def is_street(doc: Doc, ent: Span, words: dict) -> bool:
    """Whether the entity names a street: "Main Street", "West Huron and North Clark streets"."""
    streets = words["street_words"]
    if ent.text.split()[-1].lower() in streets:
        return True
    k = ent.end
    while k < len(doc) and k < ent.end + 6:
        tok = doc[k]
        if tok.lower_ in streets:
            return True
        if not (tok.is_title or tok.lower_ in {"and", "&", ","}):
            return False
        k += 1
    return False


def facility_wanted(last_word: str, facilities: str, words: dict) -> bool:
    if facilities == "all":
        return True
    return facilities == "natural" and last_word in words["natural_words"]


_GOVERNMENT_PREFIX = re.compile(
    r"^(?:City|State|County|Town|Village|Commonwealth|Township|Borough|Province|Municipality)"
    r"\s+of\s+(?=[A-Z])"
)


def without_government_prefix(text: str, resolver: PlaceResolver) -> str:
    """ "the State of Minnesota", "the City of Rapid City" name the place "Minnesota", "Rapid
    City" (unless the whole is a place name of its own: "State of Palestine")."""
    short = _GOVERNMENT_PREFIX.sub("", text)
    if short != text and resolver.resolve(text) is None:
        return short
    return text


def clean(text: str) -> str:
    text = " ".join(text.split())
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    for suffix in _POSSESSIVE:
        text = text.removesuffix(suffix)
    return text.strip(" ,;:-")


def fullest_form(forms: list[str], place: Place | None) -> str:
    """The longest written form; an all-caps one ("BAAR") gives way to the data's spelling."""
    proper = [f for f in forms if not (f.isupper() and len(f) > 3)]
    if not proper:
        return place.name if place else forms[0].title()
    return max(proper, key=lambda f: (not is_abbreviation(f), len(f.split()), len(f)))


def unresolved_type(text: str, label: str, words: dict) -> str:
    """natural_feature for "Blue Nile River", "Lake Superior"; region for other LOC."""
    parts = text.lower().split()
    if parts and (parts[-1] in words["natural_words"] or parts[0] in words["natural_words"]):
        return "natural_feature"
    return "region" if label == "LOC" else "other"
