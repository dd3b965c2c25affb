"""The people a release names: one entry per person, full name as introduced, title, organization.

Mentions are PERSON entities (after `person_repair`). A short mention ("Saunders", "Dr Mitchell")
joins the person whose full name ends (or starts) with it; the name kept is the first full
mention. Title and organization come from the words around the first mention that gives a
title (`person_titles.TitleFinder`: premodifiers such as "WCO Secretary General Ian Saunders",
appositions such as "Jane Doe, CEO of Acme Corp.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pressextract.extractors.person_titles import TitleFinder
from pressextract.nlp.doc_index import doc_index
from pressextract.resources.lexicon import (
    honorifics,
    person_titles,
    speech_verbs,
    title_modifiers,
    title_words,
)
from pressextract.resources.name_shapes import in_capitals

NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
TITLE_REACH = 4  # "Second Minister for Finance, Jane Doe": the title a few heads up
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md"}
MASCULINE = {"mr", "sir", "lord", "mister", "chairman", "spokesman", "congressman", "councilman"}
FEMININE = {
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "madam",
    "chairwoman",
    "spokeswoman",
    "congresswoman",
    "councilwoman",
}


@dataclass
class Person:
    """One person of the release and where the text names them."""

    name: str
    title: str | None = None
    organization: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans
    gender: str | None = None  # "m" | "f" where the text says so (Mr./Ms., "spokeswoman")

    @property
    def words(self) -> list[str]:
        return [w for w in self.name.split() if w.lower().strip(",") not in SUFFIXES]

    @property
    def surname(self) -> str:
        return self.words[-1].lower() if self.words else ""


@lru_cache(maxsize=8)
def _title_lists(
    titles_extra: tuple[str, ...],
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The titles, their words (with modifiers) and those words with the honorifics: made once
    per set of extra titles, not once per release."""
    titles = person_titles(titles_extra)
    words = frozenset(title_words(titles) | title_modifiers())
    return titles, words, words | honorifics()


class People:
    """Registry of the persons in a Doc, with lookup by token and by position."""

    def __init__(self, doc: Doc, titles_extra: tuple[str, ...] = ()) -> None:
        self.doc = doc
        self.titles, self.title_words, self.titles_or_honorifics = _title_lists(tuple(titles_extra))
        self.honorifics = honorifics()
        self.verbs = speech_verbs()
        self._titles = TitleFinder(doc, self.title_words, self.honorifics)
        self.persons: list[Person] = []
        self._by_token: dict[int, Person] = {}
        self._build()

    def _build(self) -> None:
        ents = [
            trimmed
            for e in self.doc.ents
            if e.label_ == "PERSON" and not _in_headline(e) and not in_capitals(e)
            for trimmed in [self._trim(e)]
            if trimmed is not None
        ]
        single = []
        for ent in ents:
            name = clean_name(ent.text)
            if not name:
                continue
            if len(name.split()) < 2:
                single.append((ent, name))
                continue
            person = self._match(name) or self._add(name)
            person.mentions.append((ent.start, ent.end))
            self._describe(person, ent)
        for ent, name in single:
            person = self._match(name) or self._add(name)
            person.mentions.append((ent.start, ent.end))
            self._describe(person, ent)
        for person in self.persons:
            for start, end in person.mentions:
                for i in range(start, end):
                    self._by_token[i] = person
            person.gender = self._gender(person)

    def _trim(self, ent: Span) -> Span | None:
        """A PERSON mention without what the model glued to it: a speech verb before the name
        ("Said Karen Tegan Padir") or the word that qualifies a title after it ("Shayna Bauchner
        Asia researcher" with its comma lost)."""
        doc = self.doc
        start, end = ent.start, ent.end
        if end - start >= 2 and _speech_verb_form(doc[start].lower_, self.verbs):
            start += 1
            # The model's mention stopped short too: "Said Karen" of "Said Karen Tegan Padir".
            while (
                end < len(doc)
                and doc[end].pos_ == "PROPN"
                and doc[end].text.istitle()
                and doc[end].is_alpha
                and not doc[end].ent_type_
                and doc[end - 1].whitespace_
            ):
                end += 1
        after = doc[end] if end < len(doc) else None
        if (
            end - start > 2
            and after is not None
            and after.is_lower
            and after.lower_ in self.title_words
            and doc[end - 1].whitespace_
        ):
            end -= 1
        return doc[start:end] if end > start else None

    def _gender(self, person: Person) -> str | None:
        """What the text says of a person's gender: an honorific or a gendered title."""
        words = {w.lower().strip(".,") for w in (person.title or "").split()}
        for start, _ in person.mentions:
            if start > 0:
                words.add(self.doc[start - 1].lower_.rstrip("."))
        male, female = bool(words & MASCULINE), bool(words & FEMININE)
        return "m" if male and not female else "f" if female and not male else None

    def _add(self, name: str) -> Person:
        person = Person(name=name)
        self.persons.append(person)
        return person

    def _match(self, name: str) -> Person | None:
        words = [w for w in name.split() if w.lower() not in SUFFIXES]
        low = [w.lower() for w in words]
        if not low:
            return None
        # "Charge Lechleitner" (from "Special Agent in Charge Lechleitner"): title words before a
        # surname are not a given name.
        while len(low) > 1 and low[0].rstrip(".") in self.titles_or_honorifics:
            low = low[1:]
        for person in self.persons:
            theirs = [w.lower() for w in person.words]
            if not theirs:
                continue
            if low[-1] == theirs[-1] and (set(low) <= set(theirs) or set(theirs) <= set(low)):
                return person
            if len(low) == 1 and low[0] == theirs[0] and len(theirs) > 1:
                return person  # a first-name mention ("Ivan") of an introduced person
        return None

    def at(self, token: Token) -> Person | None:
        """The person a token's PERSON mention refers to (or, untagged, whose surname it is)."""
        person = self._by_token.get(token.i)
        if (
            person is None
            and token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.ent_type_ not in NUMERIC_LABELS
        ):
            person = self.by_name(token.text)
        return person

    def from_untagged(self, token: Token) -> Person | None:
        """A speech verb's subject that is an untagged proper name ("Podesta said"): a person.
        An untagged name needs more evidence: a title it stands in apposition to ("Second
        Minister for Finance, Indranee Rajah")."""
        if token.pos_ != "PROPN" or token.ent_type_ not in {"", "PERSON"}:
            return None
        known = self.by_name(token.text)  # "Special Agent in Charge Lechleitner"
        titled = token.dep_ == "appos" and any(
            a.lower_ in self.title_words for a in list(token.ancestors)[:TITLE_REACH]
        )
        if known is not None or (token.ent_type_ != "PERSON" and not titled):
            return known
        start = token.i
        while (
            start > 0
            and self.doc[start - 1].dep_ == "compound"
            and self.doc[start - 1].head == token
        ):
            start -= 1
        span = self.doc[start : token.i + 1]
        if len(span) > 3 or not all(t.text[:1].isupper() and t.is_alpha for t in span):
            return None
        if any(t.lower_ in self.titles_or_honorifics for t in span):
            span = self.doc[
                max(t.i for t in span if t.lower_ in self.titles_or_honorifics)
                + 1 : token.i + 1
            ]
        if not len(span):
            return None
        if token.ent_type_ != "PERSON" and (
            len(span) < 2 or not all(t.text.istitle() for t in span)
        ):
            return None  # the title alone vouches only for a name's shape: "Jane Doe", not "DE"
        name = clean_name(span.text)
        person = self._match(name) or self._add(name)
        person.mentions.append((span.start, span.end))
        for i in range(span.start, span.end):
            self._by_token[i] = person
        return person

    def by_name(self, name: str) -> Person | None:
        """The person a short name ("Saunders") or full name stands for, if any."""
        if not name or name.lower() in self.title_words:
            return None
        return self._match(clean_name(name))

    def first_index(self, person: Person) -> int:
        return min(start for start, _ in person.mentions) if person.mentions else 0

    def last_before(
        self, i: int, title_word: str | None = None, gender: str | None = None
    ) -> Person | None:
        """The person mentioned last before token `i` (optionally: with that word in the title,
        or not known to be of another gender than a pronoun's)."""
        best: tuple[int, Person] | None = None
        for person in self.persons:
            if gender and person.gender and person.gender != gender:
                continue
            for start, _ in person.mentions:
                if start >= i:
                    continue
                if title_word and title_word not in (person.title or "").lower():
                    continue
                if best is None or start > best[0]:
                    best = (start, person)
        return best[1] if best else None

    def _describe(self, person: Person, ent: Span) -> None:
        if person.title is not None:
            return  # the first mention that gives a title describes the person
        title, org = self._titles.describe(ent)
        if title:
            person.title = title
            person.organization = org


def _in_headline(ent: Span) -> bool:
    """Whether a mention stands in a Title Case line (a headline: "Trump Warns Clinton")."""
    text = doc_index(ent.doc).text
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    # Attribution lines ("- Jane Doe, Director of X.") carry a comma; headlines rarely do.
    if len(words) < 4 or line.rstrip().endswith(("”", '"')) or ", " in line:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8


def _speech_verb_form(word: str, verbs: frozenset[str]) -> bool:
    """ "said", "says", "added", "notes": an inflected speech verb (its lemma in `verbs`)."""
    if word in {"said", "says"}:
        return True
    if word.endswith("ed"):
        return word[:-2] in verbs or word[:-1] in verbs
    return word.endswith("s") and word[:-1] in verbs


def clean_name(text: str) -> str:
    """A person's name as written, without a possessive, newlines or surrounding punctuation."""
    name = re.sub(r"\s+", " ", text).strip(" ,.;:-–—")
    name = re.sub(r"(’s|'s|’|')$", "", name).strip()
    return name
