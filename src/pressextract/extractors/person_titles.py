"""Titles and organizations in the words around a person's name: "a professor of law at
Greenfield University" -> title "professor of law", organization "Greenfield University"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pressextract.nlp.doc_index import doc_index, entity_at
from pressextract.resources.lexicon import org_head_words

PREPOSITIONS = {"of", "at", "for", "with"}
CONNECTORS = {"of", "the", "for", "and", "&", "’s", "'s", "at", "on", "(", ")"}
ARTICLES = {"a", "an", "the"}


def title_and_org(tokens: list[Token]) -> tuple[str | None, str | None]:
    """Split an apposition ("a professor of law at Greenfield University") into title and org."""
    while tokens and tokens[0].lower_ in ARTICLES:
        tokens = tokens[1:]
    # "my6sense’s new Chief Strategy Officer": the possessor is the organization.
    for k, tok in enumerate(tokens):
        if tok.text in {"’s", "'s"} and k > 0:
            rest = [t for t in tokens[k + 1 :] if t.lower_ not in {"new"}]
            owner = [t for t in tokens[:k] if t.lower_ not in ARTICLES]
            # "the port’s sustainability manager": a common noun owner is no organization name.
            proper = any(not (t.is_alpha and t.is_lower) or t.ent_type_ == "ORG" for t in owner)
            return join_tokens(rest) or None, (join_tokens(tokens[:k]) if proper else None) or None
    # The organization is the last prepositional object that names one ("Head of Platform
    # Solutions for Ascom"), widened over an "of" inside a name: "director of operations at the
    # Port of Rotterdam" cuts at "at", "president of the Chamber of Commerce" at the first "of".
    cuts = [
        k
        for k, tok in enumerate(tokens[:-1])
        if tok.lower_ in PREPOSITIONS and names_org(tokens[k + 1 :])
    ]
    if not cuts:
        return join_tokens(tokens) or None, None
    cut = cuts[-1]
    while tokens[cut].lower_ == "of" and cut > 0 and is_proper(tokens[cut - 1]):
        earlier = [
            k
            for k in cuts
            if k < cut and all(is_proper(t) or t.lower_ in ARTICLES for t in tokens[k + 1 : cut])
        ]
        if not earlier:
            break
        cut = earlier[-1]
    return join_tokens(tokens[:cut]) or None, strip_the(join_tokens(tokens[cut + 1 :])) or None


def names_org(tokens: list[Token]) -> bool:
    obj = [t for t in tokens if t.lower_ not in ARTICLES]
    return bool(obj) and (obj[0].ent_type_ == "ORG" or is_proper(obj[0]))


def portfolio(tokens: list[Token]) -> bool:
    """Untagged capitalized words next to a title ("Health", "Health and Aged Care") are its
    portfolio, not an organization (those are tagged ORG or written as acronyms: "WCO")."""
    words = [t for t in tokens if t.lower_ not in {"and", "&"}]
    if not words or len(words) > 4 or tokens[0].lower_ in {"and", "&"}:
        return False
    heads = org_head_words()
    return all(
        t.is_alpha and t.text.istitle() and not t.ent_type_ and t.lower_ not in heads for t in words
    )


def entity_text(token: Token) -> str:
    ent = entity_at(token.doc, token.i)
    return token.text if ent is None else ent.text


def is_proper(token: Token) -> bool:
    return any(c.isupper() or c.isdigit() for c in token.text[:1]) or token.text.isupper()


def joining_hyphen(token: Token) -> bool:
    """The hyphen inside "Director-General" or "Co-author", which spaCy splits off."""
    return (
        token.text in {"-", "‑"}
        and not token.whitespace_
        and token.i > 0
        and (not token.doc[token.i - 1].whitespace_)
    )


def join_tokens(tokens: list[Token]) -> str:
    # Trailing punctuation tokens go; an abbreviation's own dot ("Acme Corp.") stays.
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return re.sub(r"\s+", " ", text).strip(" ,;:")


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


class TitleFinder:
    """The title and organization that the words around a person's mention give: premodifiers
    ("WCO Secretary General Ian Saunders", "Secretary General of INTERPOL Jürgen Stock"),
    appositions ("Jane Doe, CEO of Acme Corp.", "The agency’s director, Jean Moreau") and an
    "of" phrase ("John Doe of the Justice Department")."""

    def __init__(self, doc: Doc, title_words: set[str], honorifics: frozenset[str]) -> None:
        self.doc = doc
        self.title_words = title_words
        self.honorifics = honorifics

    def describe(self, ent: Span) -> tuple[str | None, str | None]:
        """The (title, organization) of a PERSON mention, each None where the text gives none."""
        title, org = self._premodifier(ent)
        a_title, a_org = self._apposition(ent)
        if not (title or a_title):
            a_title, a_org = self._pre_apposition(ent)
        return title or a_title, org or a_org or self._of_org(ent)

    def _is_title_word(self, token: Token) -> bool:
        return token.lower_.rstrip(".") in self.title_words

    def _premodifier(self, ent: Span) -> tuple[str | None, str | None]:
        doc = self.doc
        j = ent.start - 1
        tokens: list[Token] = []
        sent_start = doc_index(doc).sent_starts[ent.start]
        while j >= 0 and j >= sent_start:
            tok = doc[j]
            if "\n" in tok.text or "\n" in tok.whitespace_:
                break
            ok = (
                tok.lower_ in CONNECTORS
                or self._is_title_word(tok)
                or tok.lower_.rstrip(".") in self.honorifics
                or (tok.text[:1].isupper() and tok.is_alpha | tok.like_num | ("." in tok.text))
                or tok.ent_type_ == "ORG"
                or joining_hyphen(tok)
            )
            # "said trustee Paul Grant": the model may tag a title before a name as a verb.
            if not ok or (tok.pos_ == "VERB" and not self._is_title_word(tok)):
                break
            tokens.insert(0, tok)
            j -= 1
        bare_honorifics = self.honorifics - self.title_words
        words = [t for t in tokens if t.lower_.rstrip(".") not in bare_honorifics]
        while words and words[0].lower_ in CONNECTORS - {"("}:
            words = words[1:]
        if not words or not any(self._is_title_word(t) for t in words):
            return None, None
        k = len(words)
        while k > 0 and (
            self._is_title_word(words[k - 1])
            or joining_hyphen(words[k - 1])
            or words[k - 1].lower_ in {"’s", "'s"}
            # "Secretary of State Robert King": "of" between two title words.
            or (words[k - 1].lower_ == "of" and k >= 2 and self._is_title_word(words[k - 2]))
        ):
            k -= 1
        if k < len(words):
            # "WCO Secretary General Ian Saunders": title right before the name, org before it.
            rest = words[:k]
            if portfolio(rest):
                k = 0  # "Finance Minister Daniel Okafor": the portfolio is part of the title
                rest = []
            title = join_tokens(words[k:])
            if rest and rest[-1].lower_ in CONNECTORS:
                rest = []  # "Remarks of Vice President Joe Biden": no organization there
            org = strip_the(join_tokens(rest))
            return (title or None), (org or None)
        lows = [t.lower_ for t in words]
        if "of" in lows or "for" in lows:
            # "Secretary General of INTERPOL Jürgen Stock", "Minister for Health Jane Doe"
            k = lows.index("of") if "of" in lows else lows.index("for")
            title = join_tokens(words[:k])
            if portfolio(words[k + 1 :]):
                return join_tokens(words), None  # "Minister of Health Sarah Kim"
            org = strip_the(join_tokens(words[k + 1 :]))
            if title and any(self._is_title_word(t) for t in words[:k]):
                return title, (org or None)
        return None, None

    def _portfolio_title_before(self, sent_start: int, j: int) -> str | None:
        """ "The Minister for Health, Jane Doe": a title with its portfolio ending at `j`."""
        doc = self.doc
        k = j
        while k >= sent_start and (
            (doc[k].is_alpha and doc[k].text.istitle()) or doc[k].lower_ in {"and", "&"}
        ):
            k -= 1
        if k - 1 < sent_start or doc[k].lower_ not in {"for", "of"} or k == j:
            return None
        if not self._is_title_word(doc[k - 1]) or not portfolio(list(doc[k + 1 : j + 1])):
            return None
        m = k - 1
        while m - 1 >= sent_start and self._is_title_word(doc[m - 1]):
            m -= 1
        if m > sent_start and doc[m - 1].pos_ not in {"DET", "PUNCT"}:
            return None
        return join_tokens(list(doc[m : j + 1]))

    def _pre_apposition(self, ent: Span) -> tuple[str | None, str | None]:
        """ "The agency’s director, Jean Moreau": a title phrase set off before the name."""
        doc = self.doc
        sent_start = doc_index(doc).sent_starts[ent.start]
        j = ent.start - 2
        if j < 0 or doc[ent.start - 1].text != ",":
            return None, None
        if not self._is_title_word(doc[j]):
            return self._portfolio_title_before(sent_start, j), None
        tokens: list[Token] = []
        while j >= sent_start and doc[j].pos_ in {"NOUN", "PROPN", "ADJ"}:
            if doc[j].ent_type_ in {"PERSON", "GPE"} and not self._is_title_word(doc[j]):
                break
            tokens.insert(0, doc[j])
            j -= 1
        if not tokens or len(tokens) > 5:
            return None, None
        org = None
        if j > 0 and doc[j].text in {"’s", "'s"}:
            owner = [t for t in doc[sent_start:j] if t.ent_type_ == "ORG"]
            if owner and owner[-1].i == j - 1:
                org = strip_the(" ".join(entity_text(owner[-1]).split()))
        elif j >= sent_start and doc[j].pos_ not in {"DET", "PRON", "PUNCT"}:
            return None, None  # "... met the director, Jean Moreau": only after a determiner
        return join_tokens(tokens), org

    def _apposition(self, ent: Span) -> tuple[str | None, str | None]:
        doc = self.doc
        i = ent.end
        # "Sam Okoro (pictured), managing director of X": a short aside before the apposition.
        if i < len(doc) and doc[i].text == "(":
            close = next((t.i for t in doc[i : i + 6] if t.text == ")"), None)
            i = close + 1 if close is not None else i
        if i >= len(doc) or doc[i].text != ",":
            return None, None
        tokens: list[Token] = []
        i += 1
        while i < len(doc) and doc[i].text not in {",", ".", ";", ":", "(", ")", "\n", "“", '"'}:
            if doc[i].is_space or doc[i].lemma_ in {"say", "add", "tell"} or doc[i].text == "”":
                break
            tokens.append(doc[i])
            i += 1
        if not tokens or len(tokens) > 14 or not any(self._is_title_word(t) for t in tokens):
            return None, None
        # "Doe, speaking at the summit": a verb opens no title, but "managing director" does.
        verb = tokens[0].pos_ == "VERB" and not self._is_title_word(tokens[0])
        if tokens[0].lower_ in {"who", "which", "whose", "that"} or verb:
            return None, None
        return title_and_org(tokens)

    def _of_org(self, ent: Span) -> str | None:
        """ "John Doe of the Justice Department's Criminal Division" -> the organization."""
        doc = self.doc
        i = ent.end
        if i + 1 >= len(doc) or doc[i].lower_ != "of":
            return None
        tokens = []
        i += 1
        while i < len(doc) and (doc[i].ent_type_ == "ORG" or doc[i].lower_ == "the"):
            tokens.append(doc[i])
            i += 1
        return strip_the(join_tokens(tokens)) or None
