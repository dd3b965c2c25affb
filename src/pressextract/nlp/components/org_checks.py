"""Is an ORG span an organization at all? Checks entity_repair runs on the model's ORG spans.

Each check drops or relabels one kind of span the small model tags ORG in press releases:
- a government portfolio on its own ("Finance" of "Finance Minister", "State" of "State's
  Attorney", "the Interior"), or a bare plural organization word ("the Departments");
- words glued by a lost line break ("OhioHonda": "Ohio" and "Honda" both stand alone elsewhere);
- a term the release also writes in lowercase ("Civil Society Organizations" and "civil society
  organizations"): a name keeps its capitals;
- the first words of a law ("Competitive Services" + "Act 2015");
- a head word with a number ("Department CJ-1" is a courtroom); a part of a facility or a road
  with its number, or road numbers ("Terminal 3", "Route 9", "I-95/SR1") is a facility (FAC);
- a person introduced with a title after a comma ("Kin Ng, Chief of ...");
- a product: a brand and a model code ("Acura NSX", "Integra Type S");
- an abbreviation of a common term ("EPS", "HTML") or a code with a number ("COVID-19");
- a program, project or treaty (org_evidence.py: "Camden Heights Solar Project", "the Medicaid
  program", "Refugee Convention");
- an award, a journal, a minister's portfolio, a counted noun, a chemical formula, the units a
  plural organization word names, letters after a person's name (org_phrases.py: "Company of
  the Year", "Union Minister", "State Fisheries Departments", "Kevin Dillon, A.A.E."); the
  rest of a named law ("Declaration on the Protection of Civilians"), a person with a
  hyphenated surname ("Maria Lopez-Diaz, Senior Director");
- a place the place data knows ("Rancho Santa Margarita"), with no organization word in it and
  no "the" before it.
Names the gazetteer or an acronym definition vouch for (`kb_id_`) are never checked.
The other way round, the members of a list of organizations ("retailers such as Nordstrom,
Roger Dunn Golf and Joanne") are organizations whatever the model tagged them (org_examples.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.attrs import IS_ALPHA
from spacy.tokens import Doc, Span

from pressextract.nlp.components.org_evidence import ThingNames, term_abbreviation
from pressextract.nlp.components.org_examples import listed_organizations
from pressextract.nlp.components.org_phrases import (
    award,
    before_minister,
    chemical_formula,
    counted,
    in_headline,
    journal,
    owner_acronym,
    post_nominal,
    shared_head,
)
from pressextract.nlp.doc_index import doc_text, lowercase_texts, texts_with
from pressextract.resources.name_shapes import singular

_GLUED = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")
_MODEL_CODE = re.compile(r"^[A-Z0-9]{1,4}$")
_ARTICLES = {"a", "an", "the"}
_NAME_LABELS = {"PRODUCT", "PERSON", "WORK_OF_ART"}  # one mention tells for all
# Region and country codes that end organization names ("Sanofi US", "Bayer AG" is legal form).
_REGION_CODES = {"US", "USA", "UK", "EU", "UN", "NA", "EMEA", "APAC", "LATAM"}


class OrgChecks:
    """The checks of the module docstring, with their word lists."""

    def __init__(
        self,
        *,
        org_heads: Iterable[str],
        law_heads: Iterable[str],
        titles: Iterable[str],
        portfolios: Iterable[str],
        legal_suffixes: Iterable[str],
        is_place: Callable[[str], bool] | None = None,
        things: ThingNames | None = None,
        abbreviations: Iterable[str] = (),
    ) -> None:
        self.things = things
        self.abbreviations = {w.upper() for w in abbreviations}
        self.org_heads = {w.lower() for w in org_heads}
        self.law_heads = {w.lower() for w in law_heads}
        self.titles = {w.lower() for w in titles}
        self.portfolios = {w.lower() for w in portfolios}
        self.legal_suffixes = {w.lower() for w in legal_suffixes}
        self.is_place = is_place

    def apply(self, ents: list[Span]) -> list[Span]:
        """`ents` with the ORG spans that fail a check dropped or relabelled."""
        if not ents:
            return ents
        ents = listed_organizations(ents)
        words = texts_with(ents[0].doc, IS_ALPHA)
        named = self._company_words(ents)
        checked = [
            self.check(e, words, named) if e.label_ == "ORG" and not e.kb_id_ else e for e in ents
        ]
        # One name, one label: every mention of a name found to be a product (or a person, a
        # work) is one, not only the mention whose context told ("the X solution").
        relabelled = {
            e.text: c.label_
            for e, c in zip(ents, checked, strict=True)
            if c is not None and c.label_ in _NAME_LABELS and e.label_ == "ORG" and c.text == e.text
        }
        out = []
        for new in checked:
            if (
                new is not None
                and new.label_ == "ORG"
                and not new.kb_id_
                and new.text in relabelled
            ):
                new = Span(new.doc, new.start, new.end, label=relabelled[new.text])
            if new is not None:
                out.append(new)
        return out

    def _company_words(self, ents: list[Span]) -> frozenset[str]:
        """The words of the release's ORG names that end in a company form or organization
        word ("DaimlerChrysler" of "the DaimlerChrysler Corporation")."""
        ends = self.org_heads | self.legal_suffixes
        return frozenset(
            t.text for e in ents if e.label_ == "ORG" and e[-1].lower_ in ends for t in e
        )

    def check(
        self, ent: Span, doc_words: set[str], named: frozenset[str] = frozenset()
    ) -> Span | None:
        """The span as it should be: unchanged, relabelled, or None (not a name)."""
        doc = ent.doc
        words = [t.lower_ for t in ent if not t.is_punct]
        if len(ent) == 1 and (self._generic_word(words[0]) or _capitalized_word(ent, doc_words)):
            return None
        if term_abbreviation(ent, self.abbreviations):
            return None  # "EPS up 16 percent", "COVID-19"
        if _numbered_part(ent) or _road_numbers(ent):
            return Span(doc, ent.start, ent.end, label="FAC")  # "Terminal 3", "I-95/SR1"
        if len(words) >= 2 and self._generic_word(words[-1], plural=True):
            owner = owner_acronym(ent)  # "ICAR Institutes" -> "ICAR"
            if owner is not None or not (shared_head(ent) or in_headline(ent)):
                return owner  # "State Fisheries Departments" names no one body
        if counted(ent) or chemical_formula(ent) or post_nominal(ent):
            return None  # "7 Inland states"; "a thin film of Mo-BiVO4"; "Kin Ng, A.A.E."
        if journal(ent):
            return Span(doc, ent.start, ent.end, label="WORK_OF_ART")
        if award(ent) or self._inside_law_title(ent):
            return None  # "Company of the Year"; "Declaration on the Protection of Civilians"
        thing = self.things.label(ent) if self.things is not None else None
        if thing is not None:
            return Span(doc, ent.start, ent.end, label=thing)  # "the Medicaid program"
        if self._product(ent) or _product_noun_after(ent):
            return Span(doc, ent.start, ent.end, label="PRODUCT")
        # Two names run together by a lost space ("OhioHonda"); not a company's one-word name
        # the release gives a company form ("DaimlerChrysler" of "DaimlerChrysler Corporation").
        glued = any(_glued(t.text, doc_words) and t.text not in named for t in ent)
        if glued or _written_lowercase(ent):
            return None
        if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].lower_ in self.law_heads:
            return Span(doc, ent.start, ent.end + 1, label="LAW")  # "Competitive Services" Act
        has_head = any(w in self.org_heads for w in words)
        if len(ent) == 2 and words[0] in self.org_heads and any(c.isdigit() for c in ent[1].text):
            return None  # "Department CJ-1", "Room 12"
        if before_minister(ent):
            return None  # "Union Minister", "Social Development and Human Security Minister"
        if has_head:
            return ent
        if self._portfolio_of_title(ent):
            return None  # "Vice-President for Agriculture and Human Development"
        if self._person_with_title(ent):
            return Span(doc, ent.start - self._first_name_before(ent), ent.end, label="PERSON")
        # "formerly of Rancho Santa Margarita"; "the White House" is no town (towns take no "the").
        after_the = ent.start > 0 and doc[ent.start - 1].lower_ == "the"
        if len(ent) >= 2 and not after_the and self.is_place and self.is_place(ent.text):
            return Span(doc, ent.start, ent.end, label="GPE")
        return ent

    def _generic_word(self, word: str, plural: bool = False) -> bool:
        """A portfolio ("finance") or a bare plural organization word ("departments"); with
        `plural`, only the latter."""
        if word in self.portfolios and not plural:
            return True
        if word in self.org_heads or not word.endswith("s"):
            return False
        return singular(word) in self.org_heads

    def _portfolio_of_title(self, ent: Span) -> bool:
        """The field of a job title ("Commissioner for Energy and Climate", "Vice-President for
        Agriculture"): capitalized words after a title and "for". Not after "of": "CEO of Acme"
        names the organization."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].lower_ != "for":
            return False
        title = doc[ent.start - 2].lower_.rstrip(".")
        return title in self.titles or title.split("-")[-1] in self.titles

    def _person_with_title(self, ent: Span) -> bool:
        """ "Kin Ng, Chief of the Immigrant Fraud Unit", "Jane Roe, an intern in ...": two or
        three capitalized words, then a comma and a job title."""
        doc = ent.doc
        words = [t for t in ent if t.text != "-"]  # "Hagen-Cole"
        if not 2 <= len(words) + self._first_name_before(ent) <= 3:
            return False
        if not all(t.is_title and t.is_alpha for t in words) or ent[0].text == "-":
            return False
        k = ent.end
        if k + 1 >= len(doc) or doc[k].text != ",":
            return False
        k += 1 + (doc[k + 1].lower_ in _ARTICLES)
        return k < len(doc) and doc[k].lower_ in self.titles

    def _first_name_before(self, ent: Span) -> int:
        """1 when an untagged capitalized word the model left out stands right before the
        span after a lowercase word ("says Sonja" + "Hagen-Cole"), else 0."""
        doc = ent.doc
        if ent.start < 2:
            return 0
        first, before = doc[ent.start - 1], doc[ent.start - 2]
        return int(
            first.is_title
            and first.is_alpha
            and not first.ent_type_
            and first.lower_ not in self.titles
            and before.is_lower
        )

    def _inside_law_title(self, ent: Span) -> bool:
        """ "the Declaration on the Protection of Civilians": the words after a capitalized
        law word and "on"/"of"/"for" are the rest of the law's name."""
        doc = ent.doc
        k = ent.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        return (
            k >= 1
            and doc[k].lower_ in {"on", "of", "for"}
            and doc[k - 1].is_title
            and doc[k - 1].lower_ in self.law_heads
            and not any(t.lower_ in self.org_heads for t in ent)
        )

    def _product(self, ent: Span) -> bool:
        """A name ending in a model code after a capitalized word ("Acura NSX", "Type S")."""
        last = ent[-1]
        return (
            len(ent) >= 2
            and bool(_MODEL_CODE.match(last.text))
            and any(c.isalpha() for c in last.text)
            and last.text not in _REGION_CODES
            and last.lower_ not in self.legal_suffixes
            and ent[-2].is_title
        )


# Words a number follows to name a part of a facility or a road (a closed class): "Terminal 3",
# "Gate 12", "Route 9".
_NUMBERED_PARTS = {"terminal", "gate", "hangar", "pier", "hall", "route", "highway", "interstate"}
_PART_NUMBER = re.compile(r"\d{1,3}[A-Z]?")
# Interstate, state, US and state highway numbers: "I-95", "SR1", "US-13".
_ROAD_NUMBER = re.compile(r"I-\d{1,3}|(?:SR|US|SH)-?\d{1,3}")
_ROAD_JOINS = {"/", "-", "&", "and", ","}


def _numbered_part(ent: Span) -> bool:
    """ "the soon-to-open Terminal 3 of Changi Airport", "Route 9": a capitalized word of the
    closed class and its number."""
    return (
        len(ent) == 2
        and ent[0].is_title
        and ent[0].lower_ in _NUMBERED_PARTS
        and bool(_PART_NUMBER.fullmatch(ent[1].text))
    )


def _road_numbers(ent: Span) -> bool:
    """ "I-95/SR1 interchange improvements": road numbers alone, joined by "/" or "and"."""
    codes = [t.text for t in ent if t.lower_ not in _ROAD_JOINS]
    return bool(codes) and all(_ROAD_NUMBER.fullmatch(c) for c in codes)


def _glued(text: str, doc_words: set[str]) -> bool:
    """ "OhioHonda": two capitalized words run together, each written alone in the release."""
    match = _GLUED.match(text)
    return bool(match) and match.group(1) in doc_words and match.group(2) in doc_words


# Nouns that make the name before them a product: "the Digistat Patient Watch solution".
_PRODUCT_NOUNS = {
    "solution",
    "platform",
    "software",
    "app",
    "application",
    "device",
    "suite",
    "toolkit",
    "product",
    "products",
    "model",
    "models",
    "vehicle",
    "vehicles",
    "engine",
    "engines",
}


def _product_noun_after(ent: Span) -> bool:
    """ "the Digistat Patient Watch solution": a multiword name used to qualify a product."""
    doc = ent.doc
    return (
        len(ent) >= 2
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and ent.end < len(doc)
        and doc[ent.end].lower_ in _PRODUCT_NOUNS
        and doc[ent.end].is_lower
    )


def _capitalized_word(ent: Span, doc_words: set[str]) -> bool:
    """ "Smart toilet 2.0": a common word capitalized only because it starts a sentence or a
    heading, written in lowercase elsewhere in the release."""
    tok = ent[0]
    starts = tok.is_sent_start or tok.i == 0 or "\n" in tok.nbor(-1).text_with_ws
    return bool(starts and tok.is_title and tok.lower_ in doc_words)


def _written_lowercase(ent: Span) -> bool:
    """The release writes the words of this multiword name in lowercase too: it is a term."""
    words = [t.text for t in ent if not t.is_punct]
    if len(words) < 2 or not any(w[:1].isupper() for w in words):
        return False
    # Most names fail on a word never written in lowercase: a set lookup, not a search of
    # the whole text per entity (which made long releases quadratic).
    lowercase = _lowercase_words(ent.doc)
    if not all(w.lower() in lowercase for w in words):
        return False
    pattern = r"\b" + r"\s+".join(re.escape(w.lower()) for w in words) + r"\b"
    return re.search(pattern, doc_text(ent.doc)) is not None


def _lowercase_words(doc: Doc) -> frozenset[str]:
    """The token texts the Doc writes in lowercase, kept on the Doc for its other entities."""
    key = "pressextract.lowercase_words"
    cached = doc.user_data.get(key)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return cached[1]
    words = lowercase_texts(doc)
    doc.user_data[key] = (len(doc), words)
    return words
