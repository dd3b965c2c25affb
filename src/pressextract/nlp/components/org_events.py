"""What a release does with a name that tells it is an event or a programme, not an
organization.

Read by org_usage (NameUsage.kind), which applies them only to names without an organization
word at the end and never used as an organization:
- an event: a name where something happens at a time, written right after it: "the pledge at
  the Orbit Forum in December 2031", "unveiled at Orbitworld on Tuesday" (a weekday, a
  month or a day; a bare year does not count: "worked at Acme in 2019"; nor a name that is not
  after "at": "sued Acme on Monday");
- a thing or a programme: a name after a possessive pronoun ("our Orbit Futures community
  program", "its Zorb line": what an organization owns is no organization, and its units end
  in an organization word), what is launched or inaugurated ("the launch of the Orbit
  Cluster"), a name that modifies a programme noun through lowercase words ("supported by the
  Orbit Directed Research program", "the Orbit Futures giving program").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pressextract.resources.lexicon import MONTHS, WEEKDAYS

_MODIFIER_DEPS = {"compound", "nmod", "amod"}
_TIME_PREPS = {"on", "in", "this", "next", "last"}
_DAY = re.compile(r"\d{1,2}(st|nd|rd|th)?")


def dated_event(ent: Span) -> bool:
    """ "at the Orbit Forum in December 2031", "at Orbitworld on Tuesday": after "at",
    a weekday, a month or a day of the month right after the name ("on", "in", "this", ...)."""
    doc = ent.doc
    k = ent.end
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return False  # "sued Acme on Monday": an organization is where something happens
    if k + 1 >= len(doc) or doc[k].lower_ not in _TIME_PREPS:
        return False
    when = doc[k + 1]
    if when.ent_type_ != "DATE":
        return False
    words = [t.lower_ for t in doc[k + 1 : k + 4] if t.ent_type_ == "DATE"]
    return any(w in WEEKDAYS or w in MONTHS for w in words) or (
        doc[k].lower_ == "on" and any(_DAY.fullmatch(w) for w in words)
    )


_POSSESSIVE_PRONOUNS = {"our", "its", "their", "my", "your", "his", "her"}
# Nouns of what is brought out: "the launch of the Orbit Cluster".
_LAUNCH_NOUNS = {"launch", "unveiling", "inauguration", "introduction", "rollout", "debut"}
# Nouns of a scheme that gives or supports (a closed class): "the Orbit Futures program".
_PROGRAM_NOUNS = {
    "program",
    "programs",
    "programme",
    "programmes",
    "initiative",
    "scheme",
    "grant",
    "grants",
    "scholarship",
    "fellowship",
}


def owned_name(ent: Span) -> bool:
    """ "our Orbit Futures", "its Zorb line": a name owned by the writer or another name."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].lower_ in _POSSESSIVE_PRONOUNS


def launched_name(ent: Span) -> bool:
    """ "the launch of the Orbit Cluster": what is launched, unveiled or inaugurated."""
    root = ent.root
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.is_lower
        and head.head.lower_ in _LAUNCH_NOUNS
    )


def program_name(ent: Span) -> bool:
    """ "supported by the Orbit Directed Research program", "the Orbit Futures community and
    giving program": the name modifies a programme noun, through lowercase modifiers."""
    doc = ent.doc
    tok = ent.root
    for _ in range(6):
        if (tok.dep_ not in _MODIFIER_DEPS and tok.dep_ != "conj") or tok.head is tok:
            return False
        tok = tok.head
        if tok.i < ent.end or not tok.is_lower:
            return False
        if tok.lower_ in _PROGRAM_NOUNS:
            return all(t.is_lower or t.is_punct for t in doc[ent.end : tok.i])
    return False
