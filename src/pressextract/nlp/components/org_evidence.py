"""More evidence that an ORG span names no organization, or a shorter one.

Read by entity_repair's checks (org_checks.py), the acronym linker and the org filter:
- things: a name ending in a program, project, software or treaty word ("Camden Heights Solar
  Project", "Web Tools Platform", "Refugee Convention"), a treaty's name ("Convention Against
  Torture"), a name right before one of those words ("the Medicaid program", "Qualifying
  Advanced Energy" + "Project Credit"), or a line of work after "our"/"its" ("our Consumer
  Electronics business") or a name after "under the" ("under the Clean Rivers Initiative") is
  a thing, not an organization; a treaty where talks are held ("at the Convention on ...
  (CCW)") is a body;
- abbreviations of terms: "EPS", "HTML", "PPE" (the `term_abbreviations` word list) and codes
  with a number ("COVID-19") are no organizations unless the release or gazetteer says so;
- shapes: a name with no capital letter ("cluster munition remnants"), or a company-form word
  alone ("LLC" of "Prestige Health, LLC"), names nothing;
- a common noun: a name after "a"/"an" that heads its phrase ("a Qualified Professional"), or
  one word the tagger reads as a plural common noun whose singular the model's lemmatizer
  knows ("these Interfaces"), unless the release's ORG names hold it as a proper noun; one
  title-case common noun after a year that a determiner puts in its phrase ("the 1997-98
  Budget commitment": an edition of a thing); or
  title-case words joined by "and"/"&" that the release also writes in lowercase ("the
  importance of Identity and Security");
- owners: "Brookfield's Super-Core Infrastructure strategy" names Brookfield when what follows
  the possessive holds no organization word and the phrase goes on ("strategy", "Director");
- defined terms: an acronym defined by lowercase words ("photoelectrochemical cell (PEC)").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span

from pressextract.nlp.doc_index import occurrences, token_indexes
from pressextract.resources.name_shapes import is_acronym

_CODE = re.compile(r"[A-Z]{2,}-\d{1,3}")  # "COVID-19": a disease, a model, a district code
# Nouns an organization's own lines of work take after "our"/"its": "our Lawn & Garden
# business", "its Super-Core Infrastructure strategy" (the name before them is no organization).
LINE_NOUNS = {"business", "businesses", "segment", "segments", "strategy", "brand", "brands"}
_POSSESSIVE_PRONOUNS = {"our", "its", "their"}
_TREATIES = {"convention", "treaty", "covenant", "compact"}
_INDEFINITE = {"a", "an"}
_PROPER_NOUN_TAGS = {"NNP", "NNPS"}
_JOINS = {"and", "&"}
_POSSESSIVES = {"'s", "’s"}
_BARE_POSSESSIVES = {"'", "’"}


class ThingNames:
    """Names of programs, projects, software and treaties (the `thing_heads` word list)."""

    def __init__(self, thing_heads: Iterable[str], org_heads: Iterable[str] = ()) -> None:
        self.heads = {w.lower() for w in thing_heads}
        self.org_heads = {w.lower() for w in org_heads} - self.heads

    def label(self, ent: Span) -> str | None:
        """The label of `ent` when it names a thing ("LAW" for a treaty, else "PRODUCT");
        None when nothing says so."""
        doc = ent.doc
        words = [t.lower_ for t in ent if not t.is_punct]
        if not words:
            return None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            nxt is not None
            and nxt.lower_ in LINE_NOUNS
            and nxt.is_lower
            and before is not None
            and before.lower_ in _POSSESSIVE_PRONOUNS
        ):
            return "PRODUCT"  # "our Consumer Electronics business"
        if _under_the(ent) and not any(w in self.org_heads for w in words):
            return "PRODUCT"  # "projects under the Pradhan Mantri Matsya Sampada Yojana"
        last = words[-1]
        if last in self.heads and ent[-1].is_title:
            # "the Molecular Imaging Program at Stanford" is a unit of Stanford.
            unit = nxt is not None and nxt.lower_ == "at" and nxt.i + 1 < len(doc)
            return None if unit and doc[nxt.i + 1].is_title else self._kind(ent, last)
        # "the UN Convention Against Torture": a treaty's name, unless a body ends it
        if any(w in _TREATIES for w in words) and last not in self.org_heads:
            return self._kind(ent, "convention")
        if any(w in self.org_heads for w in words):
            return None  # "the Ministry of Health program" is the ministry's
        # "the Minnesota Medical Assistance (Medicaid) program": past the name's short form
        nxt = doc[_past_parenthesis(doc, ent.end)] if nxt is not None else None
        if nxt is None or nxt.lower_ not in self.heads:
            return None
        # "Qualifying Advanced Energy" + "Project Credit": the name goes on into a thing's name.
        if nxt.is_title:
            return self._kind(ent, nxt.lower_)
        # "the Medicaid program", "its Super-Core Infrastructure strategy": when most of the
        # name's mentions qualify a noun ("Medicaid fraud"), not "the Pizza to the Polls
        # program" once among "Pizza to the Polls is responding".
        if nxt.is_lower and before is not None and before.pos_ in {"DET", "PRON"}:
            return self._kind(ent, nxt.lower_) if _mostly_modifier(ent) else None
        return None

    def _kind(self, ent: Span, head: str) -> str | None:
        if head not in _TREATIES:
            return "PRODUCT"
        # "held at the Convention on Conventional Weapons": a body where states meet.
        doc = ent.doc
        k = ent.start - 1
        while k >= 0 and doc[k].lower_ == "the":
            k -= 1
        return None if k >= 0 and doc[k].lower_ == "at" else "LAW"


def _under_the(ent: Span) -> bool:
    """ "funded under the Clean Rivers Initiative": what things are done under is a program, a
    scheme or a law."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "the"
        and doc[ent.start - 2].lower_ == "under"
    )


def _mostly_modifier(ent: Span) -> bool:
    """At least half of the mentions of `ent`'s name stand before a lowercase word or a
    hyphen ("Medicaid fraud", "Medicaid-funded"): the name qualifies things."""
    doc, words = ent.doc, [t.text for t in ent]
    n, found, modifying = len(words), 0, 0
    for i in occurrences(doc, words):
        found += 1
        k = _past_parenthesis(doc, i + n) if i + n < len(doc) else i + n
        after = doc[k] if k < len(doc) else None
        modifying += after is not None and (after.is_lower or after.text == "-")
    return 2 * modifying >= found


def _past_parenthesis(doc: Doc, i: int) -> int:
    """The index after a short parenthesis at `i` ("(Medicaid)", "(MFCU)"), else `i`."""
    if doc[i].text != "(":
        return i
    close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"), None)
    return close + 1 if close is not None and close + 1 < len(doc) else i


def term_abbreviation(span: Span, abbreviations: set[str]) -> bool:
    """ "EPS", "HTML", "PPE": an abbreviation of a common term (`abbreviations`, upper case),
    or a code with a number ("COVID-19")."""
    text = "".join(span.text.split())
    if _CODE.fullmatch(text):
        return True
    return len(span) <= 3 and is_acronym(text) and text.upper() in abbreviations


def no_name(span: Span, legal_suffixes: set[str]) -> bool:
    """No capital letter at all, or only company-form words ("LLC", "Inc.")."""
    if not any(c.isupper() for c in span.text):
        return True
    words = [t.lower_ for t in span if not t.is_punct]
    return bool(words) and all(w in legal_suffixes for w in words)


def common_noun(
    span: Span, nouns: Collection[str], org_heads: Collection[str], proper: Collection[str]
) -> bool:
    """ "new versions of these Interfaces": one title-case word the tagger reads as a plural
    common noun (NNS) and the model's lemmatizer reduces to a singular among its `nouns` (its
    word index), not an organization word ("the Bureaus" is left to the other rules), and not
    one of the release's `proper` words (`proper_noun_words`): a headline's first word tagged
    a common noun may be the name the release gives elsewhere ("Quillmarks unveils ..." and
    "Quillmarks said"). A singular (NN) is no evidence: the tagger reads a surname before
    "said" so ("Reyes said"), and the word index holds surnames too."""
    if len(span) != 1:
        return False
    tok = span[0]
    lemma = tok.lemma_.lower()
    return (
        tok.tag_ == "NNS"
        and tok.is_title
        and tok.is_alpha
        and lemma != tok.lower_
        and lemma in nouns
        and lemma not in org_heads
        and tok.lower_ not in org_heads
        and tok.text not in proper
    )


# Words before a year that make it a modifier of the noun after it ("the 1997-98 Budget").
_YEAR_DETERMINERS = {"the", "this", "a", "its", "our", "their", "his", "her", "next", "last"}
# A span of years: "1997-98", "2024/25", "2023–2024".
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d[-–/](?:\d\d|(?:19|20)\d\d)")


def dated_noun(span: Span, nouns: Collection[str], org_heads: Collection[str]) -> bool:
    """ "the 1997-98 Budget commitment", "its 2024/25 Plan": one title-case common noun (in the
    model's word index, no organization word) right after a span of years ("1997-98") that a
    determiner puts in the same noun phrase: a financial year says which edition of a thing.
    A single year is no evidence ("the 2018 Shell sustainability report" is Shell's), nor an
    organization word ("the 2023-24 Senate")."""
    if len(span) != 1:
        return False
    tok, doc = span[0], span.doc
    if not (tok.is_title and tok.is_alpha) or tok.lower_ not in nouns or tok.lower_ in org_heads:
        return False
    k = span.start - 1
    run = []
    while k >= 0 and doc[k].ent_type_ == "DATE" and doc[k].lower_ not in _YEAR_DETERMINERS:
        run.append(doc[k].text)
        k -= 1
    if not (k >= 0 and doc[k].lower_ in _YEAR_DETERMINERS):
        return False
    return bool(_YEAR_SPAN.fullmatch("".join(reversed(run))))


def proper_noun_words(ents: Iterable[Span]) -> frozenset[str]:
    """The words the tagger reads as proper nouns (NNP, NNPS) in the ORG names of `ents`."""
    return frozenset(
        t.text for e in ents if e.label_ == "ORG" for t in e if t.tag_ in _PROPER_NOUN_TAGS
    )


def common_words_joined(
    span: Span, lowercase: Collection[str], org_words: Collection[str]
) -> bool:
    """ "the importance of Identity and Security": title-case words joined by one "and" or
    "&", each of which the release also writes in lowercase ("identity", "security"), none an
    organization word: a pair of topics, not a name ("Zorbix & Quillmark" are never written
    in lowercase)."""
    joins = [t for t in span if t.lower_ in _JOINS]
    words = [t for t in span if t.lower_ not in _JOINS]
    if len(joins) != 1 or joins[0].i in (span.start, span.end - 1) or len(words) < 2:
        return False
    return all(
        t.is_title and t.is_alpha and t.lower_ in lowercase and t.lower_ not in org_words
        for t in words
    )


def common_noun_phrase(span: Span) -> bool:
    """ "a Qualified Professional": an indefinite article on the name itself (not on a noun
    after it, as in "a Google spokesperson")."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in _INDEFINITE:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}


def possessive_owner(
    span: Span, org_heads: set[str], titles: set[str] = frozenset()
) -> Span | None:
    """ "Brookfield's Super-Core Infrastructure strategy" -> "Brookfield"; None when the span
    has no inner possessive, when what follows it is an organization ("Acme's Research
    Institute"), or when the span is a whole name, not the start of a noun phrase ("Wetzel's
    Pretzels, and"): the word after it must be a lowercase noun or a job title."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not (
        (after.is_lower and after.is_alpha) or after.lower_.rstrip(".") in titles
    ):
        return None
    for tok in span[1:-1]:
        bare = tok.text in _BARE_POSSESSIVES and tok.nbor(-1).lower_.endswith("s")
        if not (tok.text in _POSSESSIVES or bare):
            continue
        tail = doc[tok.i + 1 : span.end]
        if any(t.lower_ in org_heads for t in tail):
            return None
        if not doc[span.start].text[:1].isupper():
            return None
        return Span(doc, span.start, tok.i, label=span.label_)
    return None


def defined_terms(doc: Doc) -> set[str]:
    """Acronyms defined by lowercase words: "photoelectrochemical cell (PEC)" is no name, and
    neither is "PEC" anywhere in the release. The acronym's letters appear in order in the
    lowercase words right before the parenthesis, the first one starting a word."""
    out = set()
    for i in token_indexes(doc, ("(",)):
        close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"), None)
        if close is None:
            continue
        short = "".join(t.text for t in doc[i + 1 : close])
        if not is_acronym(short.replace("/", "")):
            continue
        letters = [c.lower() for c in short if c.isalpha()]
        run = []
        for t in reversed(doc[max(0, i - len(letters) - 3) : i]):
            if not (t.is_lower or t.text == "-"):
                break
            run.insert(0, t)
        words = [t.lower_ for t in run if t.is_alpha]
        if len(words) >= 2 and _letters_in_order(letters, words):
            out.add(short)
    return out


def term_phrase(ent: Span, terms: set[str]) -> bool:
    """ "LRC pT0" where "laparoscopic radical cystectomy (LRC)" is defined: a span that starts
    with a term the release defines in lowercase words, and no capitalized word after it, is
    the term with its codes or lowercase words ("the CHP Alliance" is a name)."""
    return (
        len(ent) > 1
        and ent[0].text in terms
        and not any(t.text[:1].isupper() and t.text[1:].islower() for t in ent[1:])
    )


def _letters_in_order(letters: list[str], words: list[str]) -> bool:
    """ "pec" in "photoelectrical chemical cell": each letter in order, the first one the
    initial of a word, from which the rest are read."""
    for start, word in enumerate(words):
        if word[0] != letters[0]:
            continue
        text = " ".join(words[start:])
        k = 0
        for c in text:
            if k < len(letters) and c == letters[k]:
                k += 1
        if k == len(letters):
            return True
    return False
