"""Locations: each place the release names, once, canonicalized, with type and country code.

Mentions come from GPE/LOC entities (FAC only for natural places and parks), from the
dateline, and from known places the model tagged otherwise or missed where the sentence uses
them as places ("from Aleppo", "in Davie"); a one-word GPE the place data does not know counts
only where the sentence uses it as a place (place_context.py).
Not places (ANNOTATION.md): streets, addresses and buildings, places inside
organization names (entity_repair already made those part of the ORG), nationality adjectives
(unless `nationalities = true`, then they come as entries of type "nationality"). "Dallas,
Texas" is two places; an abbreviated qualifier ("Palo Alto, Calif.", "Washington, D.C.") only
disambiguates its city unless `qualifiers_as_places = true`. Mentions that resolve to one place
("the United States", "U.S.", "USA") make one entry named by the fullest form written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from pressextract.extractors.organizations import dateline_range, person_names
from pressextract.extractors.place_context import mislabelled_places, unknown_without_context
from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.places import Place, PlaceResolver, is_abbreviation, place_key
from pressextract.schema import Document, Location

_POSSESSIVE = ("'s", "’s")
_JOINERS = {"and", "of", "the", "&"}


@dataclass(frozen=True, kw_only=True)
class LocationOptions:
    """Options of the [locations] table of a pipeline config."""

    labels: tuple[str, ...] = ("GPE", "LOC", "FAC")
    facilities: str = "natural"  # FAC entities: "natural" (parks, rivers...), "all" or "none"
    include_dateline: bool = True  # the dateline's place counts as a mention
    qualifiers_as_places: bool = False  # report "Calif." of "Palo Alto, Calif." as a place
    nationalities: bool = False  # also report NORP adjectives, as type "nationality"
    place_files: tuple[str, ...] = ("places.tsv",)  # shipped file name or a path
    word_lists: str = "location_words.json"
    exclude: tuple[str, ...] = field(default=())  # names never reported


@dataclass
class _Mention:
    text: str
    char_start: int
    label: str
    qualifier: Place | None = None


@lru_cache(maxsize=8)
def place_resolver(place_files: tuple[str, ...]) -> PlaceResolver:
    """One resolver per set of place files, built once per process."""
    return PlaceResolver(place_files)


def extract_locations(doc: Doc, document: Document, options: LocationOptions) -> list[Location]:
    """Return the places of one release, in order of first mention."""
    resolver = place_resolver(tuple(options.place_files))
    words = load_json_data(options.word_lists)
    mentions = _dateline_mentions(document, resolver) if options.include_dateline else []
    mentions += _entity_mentions(doc, document, options, resolver, words)
    mentions.sort(key=lambda m: m.char_start)

    hint = _country_hint(mentions, resolver)
    people = person_names(doc)
    qualified: dict[str, Place] = {}
    groups: dict[str, list[tuple[_Mention, Place | None]]] = {}
    for mention in mentions:
        place = _resolve(mention, resolver, hint, qualified)
        surname = " " not in mention.text and mention.text in people
        if surname and (place is None or place.type not in {"country", "continent"}):
            continue  # "Rivera" of "Officer John Rivera"
        if mention.label == "NORP":
            key = f"nationality:{place_key(mention.text)}"
        else:
            key = place.key if place else f"name:{place_key(mention.text)}"
        groups.setdefault(key, []).append((mention, place))

    excluded = {place_key(x) for x in options.exclude}
    out = []
    for members in groups.values():
        first, place = members[0]
        name = _fullest_form([m.text for m, _ in members], place)
        if place_key(name) in excluded:
            continue
        if first.label == "NORP":
            kind = "nationality"
        elif (
            first.label == "LOC" and _unresolved_type(first.text, "LOC", words) == "natural_feature"
        ):
            kind, place = "natural_feature", None  # "Red Sea" the sea, not the Sudanese state
        elif place:
            kind = place.type
        else:
            kind = _unresolved_type(first.text, first.label, words)
        code = place.country_code if place else None
        out.append(Location(name, first.label, len(members), kind, code, first.char_start))
    return out


def _entity_mentions(
    doc: Doc, document: Document, options: LocationOptions, resolver: PlaceResolver, words: dict
) -> list[_Mention]:
    labels = set(options.labels) | ({"NORP"} if options.nationalities else set())
    # The dateline's place is read from `document.dateline` (the model often tags "BAAR" ORG).
    skip = dateline_range(document) if options.include_dateline else (0, 0)
    ents = [
        e
        for e in doc.ents
        if (e.label_ in labels or _place_used_as_org(e, resolver))
        and not (skip[0] <= e.start_char and e.end_char <= skip[1])
        and not any(c.isdigit() for c in e.text)
    ]
    seen = {(e.start, e.end) for e in ents}
    ents += [e for e in mislabelled_places(doc, resolver, words) if (e.start, e.end) not in seen]
    ents = sorted((_as_natural_place(e) for e in ents), key=lambda e: e.start)
    ents = _join_country_names(doc, ents, resolver)
    out: list[_Mention] = []
    previous_end = -1
    for ent in ents:
        text = _clean(ent.text)
        last = text.split()[-1].lower() if text else ""
        if not text or _is_street(doc, ent, words) or last in words["building_words"]:
            continue
        if ent.label_ == "FAC" and not _facility_wanted(last, options.facilities, words):
            continue
        parts = [p.strip() for p in re.split(r"[,/]", text) if p.strip()]
        if not parts or not parts[0][:1].isupper():
            continue  # "acoustic", "meth": lowercase words are not place names
        if _unknown_acronym(parts[0], resolver):
            continue  # "AI", "D.K.": capitals the data does not know are not places
        unknown = ent.label_ != "NORP" and unknown_without_context(ent, text, resolver, words)
        if len(parts) == 1 and unknown:
            continue  # "running on Linux": a word the data does not know, not used as a place
        start = ent.start_char + max(ent.text.find(parts[0]), 0)
        after_comma = (
            ent.start >= 2
            and doc[ent.start - 1].text == ","
            and doc[ent.start - 2].i == previous_end - 1
            and bool(out)
        )
        previous_end = ent.end
        if after_comma and _qualifies(out[-1], text, resolver, _in_list(doc, ent, ents)):
            out[-1].qualifier = resolver.resolve(text)
            if is_abbreviation(text):
                if options.qualifiers_as_places:
                    out.append(_Mention(text, start, ent.label_))
                continue
        if is_abbreviation(text) and _state_abbreviation(text, resolver):
            continue  # "MD" in "MD, PhD", a lone "OR": postal codes are not places on their own
        mention = _Mention(parts[0], start, ent.label_)
        out.append(mention)
        for part in parts[1:]:  # "Washington, D.C." tagged as one entity
            place = resolver.resolve(part)
            if is_abbreviation(part):
                mention.qualifier = place
                if not options.qualifiers_as_places:
                    continue
            out.append(_Mention(part, ent.start_char + max(ent.text.find(part), 0), ent.label_))
    return out


_LOCATIVE = {"in", "across", "throughout", "within", "outside", "inside", "into", "to", "from"}
_MISLABELLED_PLACE = {"ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT"}
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


def _as_natural_place(ent: Span) -> Span:
    """A natural-place name goes on as LOC, whatever its label (an ORG only after "in")."""
    if ent.label_ in _MISLABELLED_PLACE and _natural_name(ent.text):
        return Span(ent.doc, ent.start, ent.end, label="LOC")
    return ent


def _natural_name(text: str) -> bool:
    """ "Lake Michigan", "the Great Lakes", "Saldanha Bay": a capitalized natural-place name."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words if w.lower() not in {"of"}):
        return False
    return words[0].lower() in _NATURAL_FIRST or words[-1].lower() in _NATURAL_LAST


def _in_list(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """Whether another place follows `ent` after a comma or "and" ("..., England, Canada")."""
    starts = {e.start for e in ents}
    k = ent.end
    return k + 1 < len(doc) and doc[k].lower_ in {",", "and"} and k + 1 in starts


def _unknown_acronym(text: str, resolver: PlaceResolver) -> bool:
    return is_abbreviation(text) and resolver.resolve(text) is None


def _qualifies(previous: _Mention, text: str, resolver: PlaceResolver, in_list: bool) -> bool:
    """Whether `text`, right after "<previous>, ", says where `previous` is: "Dallas, Texas",
    "Lagos, Nigeria", "Lebanon, Pennsylvania" — but not a list ("Belgium, Luxembourg")."""
    qualifier = resolver.resolve(text)
    if qualifier is None or qualifier.type not in {"region", "country"}:
        return False
    place = resolver.resolve(previous.text)
    if place is None or place.type in {"city", "other"}:
        return True
    return (
        not in_list
        and place.type == "country"
        and qualifier.type == "region"
        and qualifier.country_code != place.country_code
    )


def _state_abbreviation(text: str, resolver: PlaceResolver) -> bool:
    place = resolver.resolve(text)
    return place is not None and place.type == "region" and place.country_code is not None


def _place_used_as_org(ent: Span, resolver: PlaceResolver) -> bool:
    """An ORG that is also a place, used as one ("in the EU", "outside of the EU"), a
    country or region mislabelled PERSON ("researchers in South Korea"), or a natural place
    mislabelled anything ("fish from the Great Lakes" tagged EVENT)."""
    if ent.label_ not in _MISLABELLED_PLACE or ent.start == 0:
        return False
    if ent.label_ != "ORG" and _natural_name(ent.text):
        return True  # "Lake Erie" is no person or event; an ORG needs "in" ("Mount Sinai")
    doc = ent.doc
    i = ent.start - 1
    while i > 0 and doc[i].lower_ in {"the", "of"} and ent.start - i < 3:
        i -= 1  # "outside of the EU"
    if doc[i].lower_ not in _LOCATIVE:
        return False
    if _natural_name(ent.text):
        return True
    place = resolver.resolve(ent.text)
    if place is None or ent.label_ not in {"ORG", "PERSON"}:
        return False
    if ent.label_ == "PERSON":
        # A "person" is a place only as a country, continent or world region ("in East
        # Africa"); "Rivera" or "Virginia" may well be a name.
        return place.type in {"country", "continent"} or (
            place.type == "region" and place.country_code is None
        )
    return place.type in {"country", "continent", "region"}


def _join_country_names(doc: Doc, ents: list[Span], resolver: PlaceResolver) -> list[Span]:
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
            place = resolver.resolve(_clean(candidate.text))
            if place is not None and place.type == "country":
                best = Span(doc, ent.start, end, label=ent.label_)
        consumed_until = best.end
        out.append(best)
    return out


def _is_street(doc: Doc, ent: Span, words: dict) -> bool:
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


def _facility_wanted(last_word: str, facilities: str, words: dict) -> bool:
    if facilities == "all":
        return True
    return facilities == "natural" and last_word in words["natural_words"]


def _dateline_mentions(document: Document, resolver: PlaceResolver) -> list[_Mention]:
    """The dateline place ("BAAR, Switzerland"): the first part, plus full-name qualifiers."""
    dateline = document.dateline
    if dateline is None or not dateline.location:
        return []
    text_lower = document.text.lower()
    base = max(text_lower.find(dateline.text.lower()) if dateline.text else 0, 0)
    parts = [p.strip() for p in dateline.location.split(",") if p.strip()]
    out: list[_Mention] = []
    for i, part in enumerate(parts):
        found = text_lower.find(part.lower(), base)
        start = found if found >= 0 else base
        if i and is_abbreviation(part):
            out[0].qualifier = resolver.resolve(part)
            continue
        out.append(_Mention(part, start, "GPE"))
        if i and out:
            out[0].qualifier = out[0].qualifier or resolver.resolve(part)
    return out


def _country_hint(mentions: list[_Mention], resolver: PlaceResolver) -> tuple[str, ...]:
    """Country codes of the release's unambiguous places, to choose among same-named cities."""
    codes: list[str] = []
    for mention in mentions:
        for place in (mention.qualifier, resolver.resolve_unique(mention.text)):
            if place and place.country_code:
                codes.append(place.country_code)
    return tuple(dict.fromkeys(codes))


def _resolve(
    mention: _Mention, resolver: PlaceResolver, hint: tuple[str, ...], qualified: dict[str, Place]
) -> Place | None:
    key = place_key(mention.text)
    qualifier = mention.qualifier
    if qualifier is None:
        return qualified.get(key) or resolver.resolve(mention.text, hint)
    code = qualifier.country_code
    place = resolver.resolve(mention.text, (code,) if code else hint)
    if place is None or place.type == "country" or (code and place.country_code != code):
        # "Lebanon, Pennsylvania" or "Anna, Ohio": a town the data does not list.
        name = mention.text.title() if mention.text.isupper() else mention.text
        place = Place(f"city:{key}/{qualifier.key}", name, "city", code)
    qualified[key] = place
    return place


def _clean(text: str) -> str:
    text = " ".join(text.split())
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    for suffix in _POSSESSIVE:
        text = text.removesuffix(suffix)
    return text.strip(" ,;:-")


def _fullest_form(forms: list[str], place: Place | None) -> str:
    """The longest written form; an all-caps one ("BAAR") gives way to the data's spelling."""
    proper = [f for f in forms if not (f.isupper() and len(f) > 3)]
    if not proper:
        return place.name if place else forms[0].title()
    return max(proper, key=lambda f: (not is_abbreviation(f), len(f.split()), len(f)))


def _unresolved_type(text: str, label: str, words: dict) -> str:
    """natural_feature for "Blue Nile River", "Lake Superior"; region for other LOC."""
    parts = text.lower().split()
    if parts and (parts[-1] in words["natural_words"] or parts[0] in words["natural_words"]):
        return "natural_feature"
    return "region" if label == "LOC" else "other"
