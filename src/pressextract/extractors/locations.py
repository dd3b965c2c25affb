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
from pressextract.extractors.place_context import (
    hyphen_compound,
    in_place_context,
    inside_organization_name,
    mislabelled_places,
    names_an_office,
    unknown_without_context,
)
from pressextract.extractors.place_names import (
    MISLABELLED_PLACE,
    as_natural_place,
    clean,
    facility_wanted,
    fullest_form,
    is_street,
    join_country_names,
    natural_name,
    unresolved_type,
    without_government_prefix,
)
from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.places import Place, PlaceResolver, is_abbreviation, place_key
from pressextract.schema import Document, Location


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
    promoted: bool = False  # a known place the model tagged otherwise, used as a place


@lru_cache(maxsize=8)
def place_resolver(place_files: tuple[str, ...]) -> PlaceResolver:
    """One resolver per set of place files, built once per process."""
    return PlaceResolver(place_files)


def extract_locations(doc: Doc, document: Document, options: LocationOptions) -> list[Location]:
    """Return the places of one release, in order of first mention."""
    resolver = place_resolver(tuple(options.place_files))
    words = load_json_data(options.word_lists)
    mentions = _dateline_mentions(doc, document, resolver) if options.include_dateline else []
    mentions += _entity_mentions(doc, document, options, resolver, words)
    mentions.sort(key=lambda m: m.char_start)

    hint = _country_hint(mentions, resolver)
    people = person_names(doc)
    qualified: dict[str, Place] = {}
    groups: dict[str, list[tuple[_Mention, Place | None]]] = {}
    for mention in mentions:
        place = _resolve(mention, resolver, hint, qualified)
        surname = " " not in mention.text and mention.text in people and not mention.promoted
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
        name = fullest_form([m.text for m, _ in members], place)
        if place_key(name) in excluded:
            continue
        if first.label == "NORP":
            kind = "nationality"
        elif (
            first.label == "LOC" and unresolved_type(first.text, "LOC", words) == "natural_feature"
        ):
            kind, place = "natural_feature", None  # "Red Sea" the sea, not the Sudanese state
        elif place:
            kind = place.type
        else:
            kind = unresolved_type(first.text, first.label, words)
        code = place.country_code if place else None
        out.append(Location(name, first.label, len(members), kind, code, first.char_start))
    return out


def _entity_mentions(
    doc: Doc, document: Document, options: LocationOptions, resolver: PlaceResolver, words: dict
) -> list[_Mention]:
    labels = set(options.labels) | ({"NORP"} if options.nationalities else set())
    # The dateline's place is read from `document.dateline` (the model often tags "BAAR" ORG).
    skip = dateline_range(document) if options.include_dateline else (0, 0)
    doc_ents = doc.ents  # read once: each read makes a Span of every entity
    ents = [
        e
        for e in doc_ents
        if (e.label_ in labels or _place_used_as_org(e, resolver))
        and not (skip[0] <= e.start_char and e.end_char <= skip[1])
        and not any(c.isdigit() for c in e.text)
    ]
    seen = {(e.start, e.end) for e in ents}
    mislabelled = mislabelled_places(doc, resolver, words, doc_ents)
    promoted = [e for e in mislabelled if (e.start, e.end) not in seen]
    ents += promoted
    promoted_at = {e.start for e in promoted}
    ents = sorted((as_natural_place(e) for e in ents), key=lambda e: e.start)
    ents = join_country_names(doc, ents, resolver)
    orgs = {e.text for e in doc_ents if e.label_ == "ORG"}
    out: list[_Mention] = []
    previous_end = -1
    for ent in ents:
        text = without_government_prefix(clean(ent.text), resolver)
        last = text.split()[-1].lower() if text else ""
        if not text or is_street(doc, ent, words) or last in words["building_words"]:
            continue
        if names_an_office(ent) or inside_organization_name(ent, ents=doc_ents):
            continue  # "Harris County District Attorney", "Fort Lauderdale United FC"
        if ent.label_ == "FAC" and not facility_wanted(last, options.facilities, words):
            continue
        parts = [p.strip() for p in re.split(r"[,/]", text) if p.strip()]
        if not parts or not parts[0][:1].isupper():
            continue  # "acoustic", "meth": lowercase words are not place names
        if _unknown_acronym(parts[0], resolver):
            continue  # "AI", "D.K.": capitals the data does not know are not places
        unknown = ent.label_ != "NORP" and unknown_without_context(ent, text, resolver, words)
        if len(parts) == 1 and unknown:
            continue  # "running on Linux": a word the data does not know, not used as a place
        if (
            ent.label_ == "GPE"
            and ent.start not in promoted_at
            and text in orgs
            and not in_place_context(ent, resolver, words)
        ):
            continue  # "led by Nokia" elsewhere: "Intel, Nokia, Texas Instruments" are companies
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
            if is_abbreviation(text) and not _country(out[-1].qualifier):
                if options.qualifiers_as_places:
                    out.append(_Mention(text, start, ent.label_))
                continue
        if (
            is_abbreviation(text)
            and _state_abbreviation(text, resolver)
            and not _after_locative(ent)
        ):
            continue  # "MD" in "MD, PhD", a lone "OR"; but "back and forth to DC" is a place
        mention = _Mention(parts[0], start, ent.label_, promoted=ent.start in promoted_at)
        out.append(mention)
        for part in parts[1:]:  # "Washington, D.C." tagged as one entity
            place = resolver.resolve(part)
            if is_abbreviation(part):
                mention.qualifier = place
                if not (options.qualifiers_as_places or _country(place)):
                    continue
            out.append(_Mention(part, ent.start_char + max(ent.text.find(part), 0), ent.label_))
    return out


_LOCATIVE = {"in", "across", "throughout", "within", "outside", "inside", "into", "to", "from"}


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


def _after_locative(ent: Span) -> bool:
    """A preposition of place or direction right before the name ("to DC", "in NY")."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in _LOCATIVE | {"near", "at"}


def _country(place: Place | None) -> bool:
    """A country is a place even written short ("Basildon, UK"); a state abbreviation only
    qualifies its city ("Palo Alto, Calif.")."""
    return place is not None and place.type == "country"


def _state_abbreviation(text: str, resolver: PlaceResolver) -> bool:
    place = resolver.resolve(text)
    return place is not None and place.type == "region" and place.country_code is not None


def _place_used_as_org(ent: Span, resolver: PlaceResolver) -> bool:
    """An ORG that is also a place, used as one ("in the EU", "outside of the EU"), a
    country or region mislabelled PERSON ("researchers in South Korea"), or a natural place
    mislabelled anything ("fish from the Great Lakes" tagged EVENT)."""
    if ent.label_ not in MISLABELLED_PLACE or ent.start == 0:
        return False
    if ent.end < len(ent.doc) and hyphen_compound(ent.doc[ent.end]):
        return False  # "the EU-funded project"
    if ent.label_ != "ORG" and natural_name(ent.text):
        return True  # "Lake Erie" is no person or event; an ORG needs "in" ("Mount Sinai")
    doc = ent.doc
    i = ent.start - 1
    while i > 0 and doc[i].lower_ in {"the", "of"} and ent.start - i < 3:
        i -= 1  # "outside of the EU"
    if doc[i].lower_ not in _LOCATIVE:
        return False
    if natural_name(ent.text):
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


def _dateline_mentions(doc: Doc, document: Document, resolver: PlaceResolver) -> list[_Mention]:
    """The dateline place ("BAAR, Switzerland"): the first part, plus full-name qualifiers."""
    dateline = document.dateline
    if dateline is None or not dateline.location:
        return []
    text_lower = document.text.lower()
    base = max(text_lower.find(dateline.text.lower()) if dateline.text else 0, 0)
    parts = [p.strip() for p in dateline.location.split(",") if p.strip()]
    if len(parts) == 1 and not _dateline_place(doc, parts[0], base, resolver):
        return []
    out: list[_Mention] = []
    for i, part in enumerate(parts):
        found = text_lower.find(part.lower(), base)
        start = found if found >= 0 else base
        if i and is_abbreviation(part) and not _country(resolver.resolve(part)):
            out[0].qualifier = resolver.resolve(part)
            continue
        out.append(_Mention(part, start, "GPE"))
        if i and out:
            out[0].qualifier = out[0].qualifier or resolver.resolve(part)
    return out


def _dateline_place(doc: Doc, name: str, at: int, resolver: PlaceResolver) -> bool:
    """Whether a dateline's lone name is a place: the place data knows it, it is written in
    capitals ("BAAR"), or the model tags it as one. "Cogeneration—" opening a paragraph or
    "CDT Project –" heading a list item are no datelines of a place."""
    if resolver.resolve(name) is not None or name.isupper():
        return True
    found = _find_from(doc.text, name, at)
    span = doc.char_span(found, found + len(name), alignment_mode="expand") if found >= 0 else None
    return span is not None and any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in span)


def _find_from(text: str, name: str, at: int) -> int:
    """Where `name` is written at or after `at` (case-insensitive), or -1."""
    return text.lower().find(name.lower(), at)


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
