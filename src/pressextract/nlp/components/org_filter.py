"""Org precision filter: ORG spans the release's own context says are no organization.

Runs after entity_repair and acronyms, so names the gazetteer or an acronym definition vouch
for (`kb_id_`) are left alone. Each rule reads evidence any release carries:
0. cut names (org_fragments.py): a span whose last word modifies a capitalized word after it, or
   whose preposition has its object after it, is read whole ("Orbit Cup
   Champion [Zorb Rangers]", "Defence [and Space Company]"); one that runs into a job title
   and a person is the first words of a person's office ("Office of Orbitland [Attorney
   General Jane Roe]") and goes; a span that, with the capitalized words next to it, spells
   an organization the release names elsewhere is read whole too ("(ZU [UTD])");
1. headline words (org_headlines.py): a title-case headline runs a name into its verb ("EPS
   Improves 77%", "Europa Release Consists of 21 Projects"); the span is cut before the verb
   (a term's abbreviation left, "EPS", is none), and a span that starts with a verb ("Deliver
   Decarbonized Steam") is no name; a dangling "of"/"to" is trimmed;
2. furniture (org_furniture.py): "(NYSE: ABC)" names a listing, not an organization the
   release is about; the newswire of a dateline ("May 3, 2025 (GLOBE NEWSWIRE) --",
   "/PRNewswire/") is furniture; so is a time zone after a clock time ("at 16:00 UTC");
3. currency codes (org_furniture.py): "(AUD)" after an amount;
4. places: a lone word the place data knows, used as a place — after "in"/"from"/"to", next to
   another place ("in Baghdad and Erbil"), before a person it tells where from ("a Murrieta
   man", "Akron guitarist Dan Wilson") or opening a dateline ("OTTAWA, June 1") — is GPE; a
   name every mention of which stands before a facility noun ("at Nasser hospital") is FAC,
   and so are the first words of a facility the release names in full ("Bradley" of "Bradley
   International Airport") unless they begin an organization's name too (a sponsor's);
5. people: a lone word that is the first name or the surname of a person the release names
   ("Jane" of "Jane Roe", "Reyes-Lillo"), or a name after a job title ("Minister Varawut");
6. common words: a lone capitalized word the release also writes in lowercase ("the Board"
   and "the board", "Company" and "the company"), or one the tagger reads as a plural common
   noun (NNS) whose singular the model's lemmatizer knows as a noun ("new versions of these
   Interfaces", "members including fisheries Cooperatives", org_evidence.common_noun), or
   a common noun after a year a determiner puts in its phrase ("the 1997-98 Budget"); a
   name the tagger reads so has no known singular ("Zorbix expects"), and a word the
   release's ORG names hold as a proper noun is left alone; and title-case words joined by
   "and"/"&", each written in lowercase elsewhere, none an organization word ("the
   importance of Identity and Security", org_evidence.common_words_joined); and a title-case
   coordination of common words that qualifies a lowercase noun in every mention ("Travel and
   Lodging expenses", "the Parks and Recreation Appropriations bill", org_terms.py);
7. terms: an acronym the release defines with lowercase words ("cogeneration (CHP)",
   "photoelectrochemical cell (PEC)") is a term in every mention, and so is a span that
   starts with it and goes on with codes or lowercase words ("PEC pH7");
8. portfolios (org_posts.py): the field of a job title ("Senior Vice President of Community
   Affairs at Highmark", "President of Development, Acme Pictures", "Minister for Immigration
   and Multicultural Affairs", "Managing Director, Operations, Ms Ada Quill"), a post named
   whole ("the Secretary-General's Envoy on Technology"), and a role ("serves as the Official
   Bank of the Zorbs");
9. parts and posts: an organization's board, investor relations or newsroom is the
   organization ("Acme's Board of Directors" -> "Acme", the "Board of Directors" alone is none),
   and so is one of its posts ("Acme's CFO" -> "Acme", "MFCU Investigators" -> "MFCU");
10. shapes and owners (org_evidence.py): no capital letter, a company-form word alone ("LLC"),
   a name after "a" ("a Qualified Professional"), an owner before a possessive whose tail
   holds no organization word ("Brookfield's Super-Core Infrastructure" -> "Brookfield");
11. things (org_usage.py): a name the release uses as software, a product or a brand ("C/C++
   projects", "JupyterHub, the multiuser platform") and never as an organization is a PRODUCT;
   one with its year or "annual" ("Orbitcon 2006") an EVENT; two or three capitalized words
   coordinated with a person ("Jane Roe and Ada Quill") a PERSON; a dated event ("at the Orbit
   Forum in December") an EVENT, and a name owned, launched or run as a programme ("our Orbit
   Futures"), listed among things ("HTML, JSP and JSF") or a maker's model ("Orbit Kite
   Pro") a PRODUCT (org_events.py, org_thing_lists.py, org_models.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.attrs import IS_ALPHA, IS_LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pressextract.nlp.components.org_evidence import (
    LINE_NOUNS,
    common_noun,
    common_noun_phrase,
    common_words_joined,
    dated_noun,
    defined_terms,
    no_name,
    possessive_owner,
    proper_noun_words,
    term_abbreviation,
    term_phrase,
)
from pressextract.nlp.components.org_fragments import named_whole, whole_name
from pressextract.nlp.components.org_furniture import (
    currency_codes,
    dateline_wire,
    ticker_listing,
    time_zone,
)
from pressextract.nlp.components.org_headlines import (
    HeadlineVerbs,
    headline_cut,
    listed_organization,
)
from pressextract.nlp.components.org_places import (
    facility_names,
    facility_short_names,
    opens_dateline,
    where_places_stand,
)
from pressextract.nlp.components.org_posts import (
    is_post_field,
    is_role,
    names_post,
    title_office,
)
from pressextract.nlp.components.org_terms import TermPhrases
from pressextract.nlp.components.org_usage import NameUsage
from pressextract.nlp.doc_index import texts_with
from pressextract.nlp.rule_pipes import model_adjectives, model_nouns, model_verbs
from pressextract.resources.gazetteer import load_json_data, read_data_text
from pressextract.resources.lexicon import one_word_titles, speech_verbs
from pressextract.resources.name_shapes import is_acronym
from pressextract.resources.places import is_known_place

# Parts of an organization (a closed class of corporate governance and communications units).
_PARTS = (
    ("board", "of", "directors"),
    ("board", "of", "trustees"),
    ("board",),
    ("investor", "relations"),
    ("corporate", "communications"),
    ("media", "relations"),
    ("news", "center"),
    ("newsroom",),
)


@Language.factory(
    "pressextract_org_filter",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"word_lists": "entity_repair.json", "currency_file": "currencies.tsv"},
)
def make_org_filter(nlp: Language, name: str, word_lists: str, currency_file: str) -> OrgFilter:
    """Build the org precision filter from its config."""
    words = load_json_data(word_lists)
    return OrgFilter(
        titles=words["titles"],
        org_heads=words["org_heads"],
        currencies=currency_codes(read_data_text(currency_file)),
        is_place=is_known_place,
        legal_suffixes=words["legal_suffixes"],
        thing_heads=words.get("thing_heads", ()),
        abbreviations=words.get("term_abbreviations", ()),
        usage=NameUsage.from_words(words),
        common_nouns=model_nouns(nlp),
        adjectives=model_adjectives(nlp),
        post_titles=one_word_titles(),
        speech_verbs=speech_verbs(),
        verbs=model_verbs(nlp),
    )


class OrgFilter:
    """Drops or relabels ORG spans by the rules of the module docstring."""

    def __init__(
        self,
        *,
        titles: Iterable[str],
        org_heads: Iterable[str],
        currencies: Iterable[str] = (),
        is_place: Callable[[str], bool] | None = None,
        legal_suffixes: Iterable[str] = (),
        thing_heads: Iterable[str] = (),
        abbreviations: Iterable[str] = (),
        usage: NameUsage | None = None,
        common_nouns: Collection[str] = (),
        adjectives: Collection[str] = (),
        post_titles: Collection[str] = (),
        speech_verbs: Collection[str] = (),
        verbs: Collection[str] = (),
    ) -> None:
        self.usage = usage
        self.verbs = frozenset(speech_verbs)
        self.headline_verbs = HeadlineVerbs(verbs, common_nouns)
        self.post_titles = frozenset(post_titles)
        self.common_nouns = frozenset(common_nouns)
        self.abbreviations = {w.upper() for w in abbreviations}
        self.titles = {w.lower() for w in titles}
        self.org_heads = {w.lower() for w in org_heads}
        self.legal_suffixes = {w.lower() for w in legal_suffixes}
        self.name_ends = self.org_heads | self.legal_suffixes  # made once, read per entity
        # What follows a possessive is the owner's organization only when it ends so.
        self.owned_heads = self.org_heads - {w.lower() for w in thing_heads}
        self.currencies = set(currencies)
        self.is_place = is_place
        self.terms = TermPhrases(
            nouns=common_nouns,
            adjectives=adjectives,
            org_words=self.name_ends,
            people_words=self.titles | self.post_titles,
            line_nouns=LINE_NOUNS,
        )

    def __call__(self, doc: Doc) -> Doc:
        """Filter the ORG entities of one Doc in place."""
        lowercase = texts_with(doc, IS_LOWER, IS_ALPHA)
        ents = doc.ents  # each read of doc.ents builds every Span again
        people = _people(ents)
        places = self._places(ents)
        terms = defined_terms(doc)
        names = {e.text for e in ents if e.label_ == "ORG"}
        proper = proper_noun_words(ents)
        out: list[Span] = []
        for ent in ents:
            if ent.label_ != "ORG" or ent.kb_id_:
                out.append(ent)
                continue
            if "".join(ent.text.split()) in terms or term_phrase(ent, terms):
                continue
            if is_post_field(ent, self.titles, self.org_heads) or is_role(ent):
                continue
            if names_post(ent, self.post_titles, self.name_ends):
                continue  # "the Secretary-General's Envoy on Technology"
            new = self.filter(named_whole(ent, names), lowercase, people, places, proper)
            if new is not None:
                out.append(new)
        # A place found in a list makes its neighbour a place ("MUNICH, GERMANY").
        out = [self._place_next_to_place(e, out) for e in out]
        kinds = self.usage.kinds(out) if self.usage is not None else {}
        # "at Nasser hospital": a facility's name in every mention
        kinds |= dict.fromkeys(facility_names(out, self.name_ends), "FAC")
        # "Bradley" where the release names "Bradley International Airport"
        kinds |= dict.fromkeys(facility_short_names(out, self.name_ends, self.verbs), "FAC")
        out = [Span(doc, e.start, e.end, label=kinds[e.text]) if _in(e, kinds) else e for e in out]
        doc.ents = filter_spans(out)
        return doc

    def filter(
        self,
        ent: Span,
        lowercase: set[str],
        people: _People,
        places: set[str],
        proper: Collection[str] = frozenset(),
    ) -> Span | None:
        """The span as it should be: unchanged, shortened, relabelled, or None. `places` are
        the names this release uses as places (see `_places`), `proper` the words it tags as
        proper nouns in ORG names (see `proper_noun_words`)."""
        span = whole_name(ent, self.titles, self.name_ends)
        span = span and title_office(span, self.titles, self.org_heads)
        span = span and (
            span if listed_organization(span) else headline_cut(span, self.headline_verbs.is_verb)
        )
        span = span and self._owner(span)
        span = span and (possessive_owner(span, self.owned_heads, self.titles) or span)
        if span is None or no_name(span, self.legal_suffixes) or common_noun_phrase(span):
            return None
        if common_words_joined(span, lowercase, self.name_ends):
            return None  # "Identity and Security"
        if self.terms.qualifies_thing(span, lowercase):
            return None  # "Travel and Lodging expenses", "Parks and Recreation ... bill"
        if span is not ent and term_abbreviation(span, self.abbreviations):
            return None  # "EPS" of the headline's "EPS Improves 77%"
        if (
            ticker_listing(span)
            or dateline_wire(span)
            or time_zone(span)
            or (span.text in self.currencies and len(span) == 1)
        ):
            return None
        if len(span) == 1 or (len(span) == 3 and span[1].text == "-"):
            if span.text in places or (opens_dateline(span) and self._place_word(span.text)):
                return Span(span.doc, span.start, span.end, label="GPE")
            if people.named(span, self.titles):
                return Span(span.doc, span.start, span.end, label="PERSON")
            if (
                _common_word(span, lowercase, self.org_heads)
                or common_noun(span, self.common_nouns, self.org_heads, proper)
                or dated_noun(span, self.common_nouns, self.org_heads)
            ):
                return None
        return span

    def _places(self, ents: Iterable[Span]) -> set[str]:
        """One-word ORG names the release uses as places: the place data knows the word and
        at least half of its ORG mentions stand where places stand ("in Erbil", "Baghdad and
        Erbil"); "in Honda's future" once among ten "Honda" subjects does not count."""
        votes: dict[str, list[bool]] = {}
        for ent in ents:
            if ent.label_ == "ORG" and not ent.kb_id_ and len(ent) == 1:
                votes.setdefault(ent.text, []).append(where_places_stand(ent))
        return {
            text
            for text, seen in votes.items()
            if any(seen) and 2 * sum(seen) >= len(seen) and self._place_word(text)
        }

    def _owner(self, span: Span) -> Span | None:
        """The organization of "Acme's Board of Directors" or "UNRWA Commissioner"; None for
        a part alone ("the Board of Directors")."""
        doc, end = span.doc, span.end
        words = [t.lower_ for t in span]
        part = next((p for p in _PARTS if tuple(words[-len(p) :]) == p), None)
        if part is not None:
            end -= len(part)
        elif (
            len(span) >= 2
            and _singular(words[-1]) in self.titles
            and (words[-1] not in self.org_heads or self._title_goes_on(span))
            and "of" not in words  # "Office of Inspector General" is a name
        ):
            end -= 1  # "MFCU Investigators"; "UNRWA Commissioner" of "Commissioner-General"
        else:
            return span
        if end > span.start and doc[end - 1].text in {"'s", "’s"}:
            end -= 1
        if end <= span.start:
            return None
        return Span(doc, span.start, end, label=span.label_)

    def _title_goes_on(self, span: Span) -> bool:
        """The span's last word starts a hyphenated title ("Commissioner" + "-General")."""
        doc, k = span.doc, span.end
        return k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ in self.titles

    def _place_word(self, text: str) -> bool:
        return (
            text.isalpha()
            and len(text) >= 3
            and (not is_acronym(text) or (text.isupper() and len(text) > 4))
            and self.is_place is not None
            and self.is_place(text)
        )

    def _place_next_to_place(self, ent: Span, ents: list[Span]) -> Span:
        if ent.label_ != "ORG" or ent.kb_id_ or len(ent) != 1 or not self.is_place:
            return ent
        text = ent.text
        if not (text.isalpha() and len(text) >= 3 and self.is_place(text)):
            return ent
        doc = ent.doc
        if ent.start >= 2 and doc[ent.start - 1].text == ",":
            prev = next((e for e in ents if e.end == ent.start - 1), None)
            if prev is not None and prev.label_ == "GPE" and prev.text.isupper() == text.isupper():
                return Span(doc, ent.start, ent.end, label="GPE")
        return ent


def _in(ent: Span, names: Collection[str]) -> bool:
    return ent.label_ == "ORG" and not ent.kb_id_ and ent.text in names


def _singular(word: str) -> str:
    """ "investigators" -> "investigator" (a title's plural names the same post)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


class _People:
    """First names and surnames of the release's PERSON entities."""

    def __init__(self, first: set[str], last: set[str]) -> None:
        self.first = first
        self.last = last

    def named(self, span: Span, titles: set[str]) -> bool:
        """The span is a person's first name or surname, or a name after a job title."""
        text = span.text
        if text in self.first or text in self.last:
            return True
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        return (
            before is not None
            and before.is_title
            and before.lower_ in titles
            and span[0].is_title
            and not text.isupper()
        )


def _people(ents: Iterable[Span]) -> _People:
    first, last = set(), set()
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        first.add(ent[0].text)
        tail = ent[-3:] if len(ent) >= 4 and ent[-2].text == "-" else ent[-1:]
        last.add(tail.text)
    return _People(first, last)


def _common_word(span: Span, lowercase: set[str], org_heads: set[str]) -> bool:
    """ "Board" where the release also writes "board": a common word, capitalized."""
    text = span.text
    return len(span) == 1 and span[0].is_title and span[0].is_alpha and text.lower() in lowercase
