"""How a release uses a name the model tagged ORG: as a thing, or as an organization that acts.

The small model tags software, standards, products and brands ORG ("C/C++", "Hot Wheels",
"JupyterHub"). The parse tells how each mention is used:
- as a thing: the modifier of a thing noun ("C/C++ projects", "the Hot Wheels feature film"),
  with a thing noun in apposition ("JupyterHub, the multiuser platform"), named by a thing
  ("a software contribution called Remote Explorer"), the object of "install", "download" or
  "set up", followed by a version number ("Orbit 2.1") or a trademark sign ("Jazz Train™");
- as an organization: the subject of a verb of saying or of a company's acts ("Acme said",
  "Acme hired"), an owner ("Acme's"), the object of "join" or "acquire", the organization of a
  person or a post ("CEO of Acme", "Jane Roe from Acme", "Jane Roe, Acme").
A name used as a thing at least once and never as an organization is a PRODUCT in every mention.
Names with an organization word or a company form at the end ("Acme Systems", "Acme Inc.") are
organizations whatever their use, and so are names the gazetteer or an acronym definition
vouches for (`kb_id_`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

_VERSION = re.compile(r"v?\d+(\.\d+)+[a-z]?")
_TRADEMARKS = {"™", "(TM)"}
_MODIFIER_DEPS = {"compound", "nmod", "amod"}
_NAMING_VERBS = {"call", "name", "dub", "brand"}
_USING_VERBS = {"install", "download", "deploy", "upgrade", "uninstall", "set"}
_OWNED_VERBS = {"join", "acquire", "rejoin"}
_MEMBER_PREPS = {"at", "of", "from", "with", "for"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_POSSESSIVES = {"'s", "’s", "'", "’"}


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
    ) -> None:
        self.thing_nouns = {w.lower() for w in thing_nouns}
        self.actor_verbs = {w.lower() for w in actor_verbs}
        self.org_words = {w.lower() for w in org_heads} | {w.lower() for w in legal_suffixes}
        self.titles = {w.lower() for w in titles}

    def things(self, ents: Iterable[Span]) -> set[str]:
        """The texts of the ORG names used as things and never as organizations."""
        thing: set[str] = set()
        acting: set[str] = set()
        for ent in ents:
            if ent.label_ != "ORG" or ent.kb_id_ or ent[-1].lower_ in self.org_words:
                continue
            if self.acts(ent):
                acting.add(ent.text)
            elif self.is_thing(ent):
                thing.add(ent.text)
        return thing - acting

    def is_thing(self, ent: Span) -> bool:
        """One mention used as a thing."""
        doc, root = ent.doc, ent.root
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and (after.text in _TRADEMARKS or _VERSION.fullmatch(after.text)):
            return True
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
        if root.dep_ == "oprd" and head.lemma_ in _NAMING_VERBS:
            named = head.head if head.dep_ == "acl" else None
            return named is not None and self._thing_noun(named)
        return root.dep_ == "dobj" and head.lemma_ in _USING_VERBS

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

    def _thing_noun(self, tok: Token) -> bool:
        return tok.is_lower and (
            tok.lower_ in self.thing_nouns
            or any(c.dep_ == "compound" and c.lower_ in self.thing_nouns for c in tok.children)
        )

    def _person_or_post(self, tok: Token) -> bool:
        return tok.ent_type_ == "PERSON" or tok.lower_.rstrip(".") in self.titles
