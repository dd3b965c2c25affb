"""How a release uses a name the model tagged ORG: as a thing, an event, a person, or as an
organization that acts.

The small model tags software, standards, products and brands ORG ("C/C++", "Hot Wheels",
"JupyterHub"). The parse tells how each mention is used:
- as a thing: a member of a list of things (org_thing_lists.py: "protocols like OpenID and
  SAML", "HTML, JSP and JSF"), the modifier of a thing noun ("C/C++ projects", "the Hot
  Wheels feature film"),
  with a thing noun in apposition ("JupyterHub, the multiuser platform", "the multiuser
  platform, JupyterHub", "the Jupyter Tools project (JT)"), named by a thing
  ("a software contribution called Remote Explorer"), the object of "install", "download",
  "set up", "use" or "integrate", or of "launch", "unveil", "introduce" or "release", "new"
  before it ("the new Orbit"), what a thing is "compatible with", followed by a version number
  ("Orbit 2.1") or a trademark sign ("Jazz Train™", "Orbit®"), joined by a hyphen to "based",
  "powered", "enabled", "compatible" or "driven" ("Orbit-based tools"), what one adds or
  offers "support for" ("adds support for Orbit Voice"), or a name whose last word, in
  capitals, names a kind of product (the `product_heads` word list: "the Orbit Mesh Router",
  "the Zorb Entry Sensor"; no word of the name in lowercase, so not "Institute of
  Technology"), or a name with a model code after its first word ("Orbit Zorb X20", "Kite
  R6700 Router"; not after an organization word: "Acme Exchange ACX3" is a listing);
- as an organization: the subject of a verb of saying or of a company's acts ("Acme said",
  "Acme hired"), an owner ("Acme's"), the object of "join" or "acquire", the organization of a
  person or a post ("CEO of Acme", "Jane Roe from Acme", "Jane Roe, Acme").
A name used as a thing at least once and never as an organization is a PRODUCT in every mention,
and so is a name that ends such a name ("Orbit Zorb 2.1" ... "Zorb") and does not act.
So is an EVENT a name with a year ("Orbitcon 2006", "Homecoming Fest 2024") or an "annual" before
it, or that "is held", or after "at" with a month or a weekday after it (org_events: "at the
Orbit Forum in December"); a PRODUCT also a name after a possessive pronoun ("our Orbit
Futures"), what is launched ("the launch of the Orbit Cluster"), a programme's name ("the
Orbit Directed Research program") or a maker's model (org_models: "Orbit Kite Pro" where the
release names "Orbit" alone as an organization); and a PERSON a name of two or three
capitalized words coordinated with a person ("Jane Roe and Ada Quill"), and, whatever it
does, one after a role noun in "-ist" ("vocalist Ada Quill joins") or with a person noun in
apposition ("Nawal, a Syrian woman").
Names with an organization word or a company form at the end ("Acme Systems", "Acme Inc.") are
organizations whatever their use, and so are names the gazetteer or an acronym definition
vouches for (`kb_id_`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Span, Token

from pressextract.nlp.components.org_events import (
    dated_event,
    launched_name,
    owned_name,
    program_name,
)
from pressextract.nlp.components.org_models import is_model_code, model_name
from pressextract.nlp.components.org_thing_lists import in_listed, listed_things

_VERSION = re.compile(r"v?\d+(\.\d+)+[a-z]?")
# A trademark's sign marks a brand ("Jazz Train™", "Orbit®"); not "(R)", a party after a name.
_TRADEMARKS = {"™", "(TM)", "®"}
_MODIFIER_DEPS = {"compound", "nmod", "amod"}
_NAMING_VERBS = {"call", "name", "dub", "brand"}
# What a thing is made to work with is a thing: "cards compatible with Orbit Wallet".
_COMPATIBLE = {"compatible", "interoperable", "incompatible"}
# What one uses is a thing ("install Orbit", "we use Orbit"); an organization one uses is named
# with what it offers ("use Acme's services").
_USING_VERBS = {"install", "download", "deploy", "upgrade", "uninstall", "set", "use", "integrate"}
# What an organization brings out is a thing: "Acme launched Orbit", "unveiled the new Orbit".
_LAUNCH_VERBS = {"launch", "unveil", "introduce", "release", "debut", "ship"}
# "Orbit-based", "Orbit-powered": a hyphen makes the name the ground of a thing.
_MADE_WITH = {"based", "powered", "enabled", "compatible", "driven"}
_OWNED_VERBS = {"join", "acquire", "rejoin"}
_MEMBER_PREPS = {"at", "of", "from", "with", "for"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
_YEAR = re.compile(r"(19|20)\d\d")
_RECURRING = {"annual", "inaugural", "biennial", "yearly"}


class NameUsage:
    """Finds the ORG names a release uses only as things (see the module docstring)."""

    def __init__(
        self,
        *,
        thing_nouns: Iterable[str],
        actor_verbs: Iterable[str],
        org_heads: Iterable[str],
        legal_suffixes: Iterable[str],
        titles: Iterable[str],
        abbreviations: Iterable[str] = (),
        product_heads: Iterable[str] = (),
    ) -> None:
        self.thing_nouns = {w.lower() for w in thing_nouns}
        self.product_heads = {w.lower() for w in product_heads}
        self.actor_verbs = {w.lower() for w in actor_verbs}
        self.org_words = {w.lower() for w in org_heads} | {w.lower() for w in legal_suffixes}
        self.titles = {w.lower() for w in titles}
        # "President and CEO and Acme board member" lists posts, not things.
        self.abbreviations = {w for w in abbreviations if w.lower() not in self.titles}

    @classmethod
    def from_words(cls, words: Mapping[str, Any]) -> NameUsage:
        """Built from the entity_repair word lists (entity_repair.json or a file like it)."""
        return cls(
            thing_nouns=words.get("thing_nouns", ()),
            actor_verbs=words.get("actor_verbs", ()),
            org_heads=words["org_heads"],
            legal_suffixes=words["legal_suffixes"],
            titles=words["titles"],
            abbreviations=words.get("term_abbreviations", ()),
            product_heads=words.get("product_heads", ()),
        )

    def kinds(self, ents: Iterable[Span]) -> dict[str, str]:
        """The label of each ORG name used as a thing, an event or a person and never as an
        organization (by its text)."""
        ents = list(ents)
        found: dict[str, str] = {}
        acting: set[str] = set()
        people: set[str] = set()
        listed = (
            listed_things(ents[0].doc, self.thing_nouns, self.abbreviations) if ents else set()
        )
        organizations = {e.text for e in ents if e.label_ == "ORG"}
        products = {e.text for e in ents if e.label_ == "PRODUCT"}
        for ent in ents:
            if ent.label_ != "ORG" or ent.kb_id_ or ent[-1].lower_ in self.org_words:
                continue
            if _described_as_person(ent) or self._after_role(ent):
                people.add(ent.text)  # whatever the person does ("vocalist Ada Quill joins")
                continue
            if self.acts(ent):
                acting.add(ent.text)
                continue
            if in_listed(ent, listed) or model_name(ent, organizations, products):
                label: str | None = "PRODUCT"
            else:
                label = self.kind(ent)
            if label is not None:
                found.setdefault(ent.text, label)
        kinds = {text: label for text, label in found.items() if text not in acting}
        kinds |= dict.fromkeys(_short_forms(kinds, ents, acting | people), "PRODUCT")
        return kinds | dict.fromkeys(people, "PERSON")

    def things(self, ents: Iterable[Span]) -> set[str]:
        """The texts of the ORG names used as things and never as organizations."""
        return {text for text, label in self.kinds(ents).items() if label == "PRODUCT"}

    def kind(self, ent: Span) -> str | None:
        """What one mention is used as: "PRODUCT", "EVENT", "PERSON", or None."""
        if self.is_thing(ent):
            return "PRODUCT"
        if is_event(ent) or dated_event(ent):
            return "EVENT"
        if owned_name(ent) or launched_name(ent) or program_name(ent):
            return "PRODUCT"
        if self._person(ent):
            return "PERSON"
        return None

    def is_thing(self, ent: Span) -> bool:
        """One mention used as a thing."""
        doc, root = ent.doc, ent.root
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and (after.text in _TRADEMARKS or _VERSION.fullmatch(after.text)):
            return True
        if _made_with(ent) or self._product_name(ent) or self._coded_name(ent):
            return True  # "Orbit-based tools", "the Orbit Mesh Router", "Orbit Zorb X20"
        if ent.text.endswith(("™", "®")):
            return True  # the sign taken into the name: "Orbit®"
        head = root.head
        if (
            root.dep_ in _MODIFIER_DEPS
            and ent.end <= head.i <= ent.end + 2
            and head.is_lower
            and head.lower_ in self.thing_nouns
        ):
            return True  # "C/C++ projects", "the Hot Wheels feature film"
        if any(c.dep_ == "appos" and self._thing_noun(c) for c in root.children):
            return True  # "JupyterHub, the multiuser platform"
        if root.dep_ == "appos" and head.i < ent.start and self._thing_noun(head):
            return True  # "the multiuser platform, JupyterHub", "the Zorb Tools project (ZT)"
        if root.dep_ == "oprd" and head.lemma_ in _NAMING_VERBS:
            named = head.head if head.dep_ == "acl" else None
            return named is not None and self._thing_noun(named)
        if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ in _COMPATIBLE:
            return True  # "cards compatible with Orbit Wallet"
        if root.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "support":
            return True  # "adds support for Orbit Voice": what a thing works with
        if any(c.lower_ == "new" and c.dep_ == "amod" for c in root.children):
            return True  # "the new Orbit", "a new Orbit Pro"
        return root.dep_ == "dobj" and (head.lemma_ in _USING_VERBS or head.lemma_ in _LAUNCH_VERBS)

    def acts(self, ent: Span) -> bool:
        """One mention used as an organization."""
        doc, root = ent.doc, ent.root
        head = root.head
        if ent.end < len(doc) and doc[ent.end].text in _POSSESSIVES:
            return True
        if root.dep_ == "poss":
            return True
        if root.dep_ in _SUBJECT_DEPS and head.lemma_.lower() in self.actor_verbs:
            return True  # "Acme said", "Acme hired"
        if root.dep_ == "dobj" and head.lemma_ in _OWNED_VERBS:
            return True  # "joined Acme"
        if root.dep_ == "pobj" and head.lower_ in _MEMBER_PREPS and head.head is not head:
            return self._person_or_post(head.head)  # "CEO of Acme", "Jane Roe from Acme"
        if root.dep_ == "appos" and root.head is not root:
            return self._person_or_post(head)  # "Jane Roe, Acme"
        return False

    def _person(self, ent: Span) -> bool:
        """ "Jane Roe and Ada Quill", "vocalist Ada Quill": two or three capitalized words with
        no thing or organization word, coordinated with a person or after a role in "-ist"."""
        if not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
            return False
        if any(t.lower_ in self.org_words or t.lower_ in self.thing_nouns for t in ent):
            return False
        root = ent.root
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [c for c in root.children if c.dep_ == "conj"]
        return any(_full_name(p) for p in partners)

    def _after_role(self, ent: Span) -> bool:
        """ "vocalist Ada Quill": two or three capitalized words after a role noun in "-ist"."""
        if not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
            return False
        if any(t.lower_ in self.org_words or t.lower_ in self.thing_nouns for t in ent):
            return False
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        return (
            before is not None
            and before.is_lower
            and len(before) > 5
            and before.lower_.endswith("ist")
        )

    def _product_name(self, ent: Span) -> bool:
        """ "the Orbit Mesh Router", "a Zorb Entry Sensor": two words or more, the last a kind of
        product in capitals, none in lowercase ("Institute of Technology" names a body)."""
        return (
            len(ent) >= 2
            and ent[-1].is_title
            and ent[-1].lower_ in self.product_heads
            and not _lowercase_word(ent)
        )

    def _coded_name(self, ent: Span) -> bool:
        """ "Orbit Zorb X20", "Kite R6700 Router": a model code after the first word, none right
        after an organization word ("Acme Exchange ACX3": a listing code), no lowercase word."""
        if len(ent) < 2 or _lowercase_word(ent):
            return False
        return any(
            is_model_code(t.text) and ent.doc[t.i - 1].lower_ not in self.org_words
            for t in ent[1:]
        )

    def _thing_noun(self, tok: Token) -> bool:
        return tok.is_lower and (
            tok.lower_ in self.thing_nouns
            or any(c.dep_ == "compound" and c.lower_ in self.thing_nouns for c in tok.children)
        )

    def _person_or_post(self, tok: Token) -> bool:
        return tok.ent_type_ == "PERSON" or tok.lower_.rstrip(".") in self.titles


# Nouns that say a person is meant (a closed class: sex, age and kinship).
PERSON_NOUNS = {
    "woman",
    "man",
    "girl",
    "boy",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "teenager",
}


def _short_forms(kinds: Mapping[str, str], ents: Iterable[Span], taken: set[str]) -> set[str]:
    """ "Zorb" after "Orbit Zorb": the ORG names that end a longer name used as a thing (the
    release drops the maker or the platform it names first), unless used otherwise."""
    tails = {
        " ".join(text.split()[k:])
        for text, label in kinds.items()
        if label == "PRODUCT"
        for k in range(1, len(text.split()))
    }
    return {
        e.text
        for e in ents
        if e.label_ == "ORG" and not e.kb_id_ and e.text in tails and e.text not in taken
    }


def _lowercase_word(ent: Span) -> bool:
    """Whether a word of the name is written in lowercase ("of" in "Institute of Technology"):
    a product's name, as its maker writes it, has none."""
    return any(t.is_lower and t.is_alpha for t in ent)


def _made_with(ent: Span) -> bool:
    """ "Orbit-based", "Zorb-powered": a word of `_MADE_WITH` joined to the name by a hyphen."""
    doc, end = ent.doc, ent.end
    return (
        end + 1 < len(doc)
        and not ent[-1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in _MADE_WITH
    )


def _described_as_person(ent: Span) -> bool:
    """ "Nawal, a Syrian woman in her 40s": a person noun in apposition to the name."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS and c.i >= ent.end
        for c in ent.root.children
    )


def _full_name(tok: Token) -> bool:
    """The token is in a PERSON entity of two words or more (the model tags a one-word brand
    "PERSON" often: "Bacardi")."""
    if tok.ent_type_ != "PERSON":
        return False
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start >= 2


def is_event(ent: Span) -> bool:
    """ "Orbitcon 2006", "Homecoming Fest 2024", "the third annual Orbitcon", "Orbitcon will
    be held": a name with its year, recurring, or held."""
    doc = ent.doc
    if len(ent) >= 2 and _YEAR.fullmatch(ent[-1].text):
        return True
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and _YEAR.fullmatch(nxt.text):
        later = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        if later is None or not later.is_lower:
            return True  # "Orbitcon 2006," but not "Acme 2024 revenue"
    k = ent.start - 1
    while k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in _RECURRING:
        return True
    root = ent.root
    return root.dep_ == "nsubjpass" and root.head.lemma_ == "hold"
