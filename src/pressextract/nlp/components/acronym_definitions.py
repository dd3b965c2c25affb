"""Find where a release defines an acronym or short form with parentheses.

Both ways round: "World Customs Organization (WCO)" and "WCO (World Customs Organization)"; a
quoted short form ("Check Point Communications (“Check Point”)"); a short name whose words start
words of the long one ("Lawrence Berkeley National Laboratory (Berkeley Lab)"). Also the acronyms
of lowercase terms ("greenhouse gas (GHG)"), which name things. What the definitions mean for the
entities is decided by acronyms.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from pressextract.nlp.doc_index import entity_at, token_indexes, token_texts
from pressextract.resources.name_shapes import is_acronym

_SMALL_WORDS = {"of", "for", "and", "&", "on", "in", "the", "to", "at", "de", "du", "des", "la"}
# Words that join the parts of a name the model may cut at ("Ministry of Trade, Industry and
# Energy"), and the prepositions by which a name's head takes the rest of it.
_JOINS = {"of", "for", "and", "&", ","}
_OBJECT_PREPOSITIONS = {"of", "for"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_MAX_LONG_FORM = 14  # tokens; longer parenthesised stretches are not names
# Entities that may be an organization the model mislabelled; places, laws and events are not
# turned into organizations by an acronym after them ("Foreign Corrupt Practices Act (FCPA)").
_MAYBE_ORG_LABELS = {"ORG", "FAC", "PRODUCT", "PERSON", "WORK_OF_ART"}
# Words that may spell out a term: "central nervous system", "genetically modified organisms"
# (a lowercase PROPN is a tagger's slip on a noun: "coconut rhinoceros beetle").
_CONTENT_POS = {"NOUN", "ADJ", "PROPN"}
_PARTICIPLES = {"VBG", "VBN"}


def find_definitions(
    doc: Doc, *, quoted: bool = True, org_heads: Iterable[str] = ()
) -> list[tuple[Span, Span]]:
    """(long form, short form) pairs defined with parentheses in the text.

    With `org_heads`, a title-case name ending in one of them also defines an acronym whose
    letters are not its initials: "European Anti-Fraud Office (OLAF)" (from the French name).
    """
    heads = frozenset(org_heads)
    found: list[tuple[Span, Span]] = []
    ends: dict[int, Span] | None = None  # the entity ending at each token, read once
    for open_tok in (doc[i] for i in token_indexes(doc, ("(",))):
        close = next((t.i for t in doc[open_tok.i + 1 : open_tok.i + 16] if t.text == ")"), None)
        if close is None or close == open_tok.i + 1:
            continue
        inner = doc[open_tok.i + 1 : close]
        if ends is None:
            ends = {e.end: e for e in doc.ents}  # entities never overlap: one per end
        ent = ends.get(open_tok.i)
        pair = _long_then_short(doc, open_tok.i, inner, quoted, heads, ent) or _short_then_long(
            doc, open_tok.i, inner
        )
        if pair is not None:
            found.append(pair)
    return found


def term_acronyms(doc: Doc) -> set[str]:
    """Acronyms the text defines for lowercase terms ("friction stir welding (FSW)",
    "greenhouse gas (GHG)"): they name things, not organizations."""
    terms = set()
    for i in token_indexes(doc, ("(",)):
        if i + 2 >= len(doc) or doc[i + 2].text != ")" or not is_acronym(doc[i + 1].text):
            continue
        letters = [c.lower() for c in doc[i + 1].text if c.isalpha()]
        for size in range(len(letters), 0, -1):
            before = doc[max(0, i - size) : i]
            # "greenhouse gas (GHG)": one word may give two letters, so initials are matched
            # in order, not one per letter.
            if (
                len(before) == size
                and all(t.is_lower and t.is_alpha for t in before)
                and _in_order([t.text[0] for t in before], letters)
                and before[-1].text[0] in letters[-1:] + letters[-2:-1]
            ):
                terms.add(doc[i + 1].text)
                break
    return terms


def spelled_out(doc: Doc, acronyms: Iterable[str]) -> set[str]:
    """The acronyms whose words the release writes out in lowercase somewhere, not only in a
    definition: "CNS (central nervous system)", "coconut rhinoceros beetle damage" ... "CRB
    damage". They name terms, not organizations (whose names are capitalized).

    Strict, as nothing ties the words to the acronym but their initials: an acronym of three
    letters or more, all capitals; as many adjacent words, each giving its initial in order,
    each a content word (an adjective, a noun, a participle, an adverb in "-ly": not "groups of
    people" for "GOP"), the last a noun.
    """
    wanted = {a for a in acronyms if len(a) >= 3 and a.isalpha() and a.isupper()}
    if not wanted:
        return set()
    # One character per token, its initial when in lowercase: the initials of adjacent words
    # are found by a string search, and a Token is made only where they spell an acronym.
    initials = "".join(t[0] if t[:1].islower() else " " for t in token_texts(doc))
    out = set()
    for acronym in wanted:
        letters = acronym.lower()
        at = initials.find(letters)
        while at >= 0 and not _written_out(doc[at : at + len(letters)]):
            at = initials.find(letters, at + 1)
        if at >= 0:
            out.add(acronym)
    return out


def _written_out(words: Span) -> bool:
    return words[-1].pos_ == "NOUN" and all(_content_word(t) for t in words)


def _content_word(tok: Token) -> bool:
    if not tok.is_lower or not tok.text.replace("-", "").isalpha():
        return False
    return (
        tok.pos_ in _CONTENT_POS
        or tok.tag_ in _PARTICIPLES
        or (tok.pos_ == "ADV" and tok.lower_.endswith("ly"))
    )


def _in_order(initials: list[str], letters: list[str]) -> bool:
    """Initials start the acronym and appear among its letters in order."""
    if not initials or initials[0] != letters[0]:
        return False
    pos = 0
    for letter in initials:
        while pos < len(letters) and letters[pos] != letter:
            pos += 1
        if pos == len(letters):
            return False
        pos += 1
    return True


def _long_then_short(
    doc: Doc, paren: int, inner: Span, quoted: bool, heads: frozenset[str], ent: Span | None
) -> tuple[Span, Span] | None:
    """`ent`: the entity that ends right before the parenthesis, if any."""
    short = _short_form(inner, quoted)
    if short is None and ent is not None and ent.label_ == "ORG" and _short_name_of(inner, ent):
        return ent, inner  # "Lawrence Berkeley National Laboratory (Berkeley Lab)"
    if short is None:
        return None
    letters = [c for c in short.text if c.isalpha()]
    if ent is not None:
        if ent.label_ not in _MAYBE_ORG_LABELS:
            return None
        if ent.label_ == "ORG" or _initials_match(ent, letters) or _starts_with(ent, short):
            return _widened(doc, ent, paren, letters), short
    long_span = _long_form_before(doc, paren, short.text)
    if long_span is None and is_acronym(short.text):
        long_span = _named_organization_before(doc, paren, heads)
    return (long_span, short) if long_span is not None else None


def _widened(doc: Doc, ent: Span, paren: int, letters: list[str]) -> Span:
    """ "Ministry of Fisheries, Animal Husbandry & Dairying (MoFAH&D)": the ORG before the
    parenthesis is the tail of a name with commas (or an "and") inside when its initials miss
    the acronym's first letter and the ORG names before it, one by one, supply it."""
    letters = [c.lower() for c in letters]
    if not letters or _initial_of(ent) in {letters[0], ""}:
        return ent
    start = ent.start
    for _ in range(3):
        # "Maintenance, Repair and Overhaul (MRO)" when the model split the list at its words
        if start < 2 or doc[start - 1].lower_ not in {",", "and"}:
            break
        before = entity_at(doc, start - 2)
        if before is None or before.end != start - 1 or before.label_ != "ORG":
            break
        start = before.start
        if _initial_of(before) == letters[0] and _initials_match(doc[start:paren], letters):
            return doc[start:paren]
    return _read_back(doc, ent, paren, letters)


def _read_back(doc: Doc, ent: Span, paren: int, letters: list[str]) -> Span:
    """ "Centers for Medicare and Medicaid Services (CMS)" when the model took only "Medicaid
    Services": the title-case words and joins before the ORG that spell the acronym letter by
    letter, read back to the start of a model ORG they begin inside ("Zorbland Ministry of
    Trade" + ", Industry and Energy (MOTIE)"). Only a name whose head takes "of" or "for" before
    the ORG: "Acme and Zorbex (AZ)" may be two companies side by side."""
    start = ent.start
    while start > 0 and paren - start < _MAX_LONG_FORM:
        tok = doc[start - 1]
        if not (tok.text[:1].isupper() or tok.lower_ in _JOINS) or "\n" in tok.whitespace_:
            break
        start -= 1
        if doc[start].text[:1].lower() != letters[0] or not _spells(doc[start:paren], letters):
            continue
        before = entity_at(doc, start)
        if before is not None and before.label_ == "ORG" and before.start < start:
            start = before.start
        if any(t.lower_ in _OBJECT_PREPOSITIONS for t in doc[start : ent.start]):
            return doc[start:paren]
        break
    return ent


def _spells(span: Span, letters: list[str]) -> bool:
    """Each capitalized word gives its initial (and a hyphenated one may give the initials of
    its parts), "of", "for" and "and" may give theirs, in order, all letters used; a word may
    share the letter of the word before with the same initial ("Medicare and Medicaid" in CMS).
    "Ministry of Trade, Industry and Energy" spells MOTIE, "Acme Orbit for Zorbex" not AZ."""
    reached = {0}
    for tok in span:
        if tok.text[:1].isupper():
            parts = [p[0].lower() for p in tok.text.split("-") if p[:1].isupper()]
            options = [parts[:1]] + ([parts] if len(parts) > 1 else [])
        elif tok.lower_ in _JOINS and tok.is_alpha:
            options = [[], [tok.lower_[0]]]
        else:
            options = [[]]
        # "Medicaid" after "Medicare and": the same initial, the letter already given
        shared = {k for k in reached if options[0] and k > 0 and letters[k - 1] == options[0][0]}
        given = {k + len(o) for k in reached for o in options if letters[k : k + len(o)] == o}
        reached = given | shared
        if not reached:
            return False
    return len(letters) in reached


def _initial_of(span: Span) -> str:
    return next((t.text[0].lower() for t in span if t.text[:1].isupper()), "")


def _short_name_of(inner: Span, ent: Span) -> bool:
    """ "(Berkeley Lab)" after "Lawrence Berkeley National Laboratory": one to three
    capitalized words, each the start of a later word of the name, fewer than the name's."""
    words = [t.text for t in ent if t.is_alpha]
    if not 1 <= len(inner) <= 3 or len(inner) >= len(words):
        return False
    k = 0
    for tok in inner:
        if not (tok.is_title and tok.is_alpha and len(tok.text) >= 3):
            return False
        while k < len(words) and not words[k].startswith(tok.text):
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


def _named_organization_before(doc: Doc, paren: int, heads: frozenset[str]) -> Span | None:
    """The longest title-case stretch right before `paren` that ends in an organization word."""
    if paren == 0 or doc[paren - 1].lower_ not in heads or not doc[paren - 1].is_title:
        return None
    best = None
    for candidate in _title_case_stretches(doc, paren):
        best = candidate
    # One capitalized word ("Office (OLAF)") is a generic noun, not a name.
    return best if best is not None and len(best) >= 2 else None


def _short_form(inner: Span, quoted: bool) -> Span | None:
    """The acronym (or quoted short name) inside parentheses, as a span."""
    if " " not in inner.text and all(is_acronym(part) for part in inner.text.split("/")):
        return inner  # "(WCO)", and a unit's with its parent's: "(ZDA/OIG)"
    if quoted and len(inner) >= 3 and inner[0].text in _QUOTES and inner[-1].text in _QUOTES:
        words = inner[1:-1]
        if words and all(t.text[:1].isupper() or t.is_punct for t in words):
            return words
    return None


def _long_form_before(doc: Doc, paren: int, acronym: str) -> Span | None:
    """The shortest title-case stretch before `paren` whose initials spell the acronym."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    return next((c for c in _title_case_stretches(doc, paren) if _initials_match(c, letters)), None)


def _title_case_stretches(doc: Doc, paren: int) -> Iterator[Span]:
    """Title-case stretches ending right before `paren`, shortest first, each starting on a
    capitalized word ("Anti-Fraud Office", "European Anti-Fraud Office")."""
    start = paren
    while start > 0 and paren - start < _MAX_LONG_FORM:
        tok = doc[start - 1]
        if not (tok.is_title or tok.is_upper or tok.lower_ in _SMALL_WORDS or tok.text == "-"):
            break
        start -= 1
        if doc[start].lower_ not in _SMALL_WORDS and doc[start].text != "-":
            yield doc[start:paren]


def _short_then_long(doc: Doc, paren: int, inner: Span) -> tuple[Span, Span] | None:
    if paren == 0 or not is_acronym(doc[paren - 1].text):
        return None
    short = doc[paren - 1 : paren]
    words = [t for t in inner if not t.is_punct]
    if not words or not all(t.is_title or t.lower_ in _SMALL_WORDS or t.is_upper for t in words):
        return None
    if _initials_match(inner, [c.lower() for c in short.text if c.isalpha()]):
        return inner, short
    return None


def _initials_match(span: Span, letters: list[str]) -> bool:
    """The acronym's letters are the initials of the capitalized words, in order (loosely:
    small words may be skipped or counted, and a word may give more than one letter)."""
    letters = [c.lower() for c in letters]
    initials = [t.text[0].lower() for t in span if t.text[:1].isalpha() and t.text[0].isupper()]
    # Every capitalized word's initial must appear, in order, among the acronym's letters.
    if not letters or not _in_order(initials, letters):
        return False
    return len(initials) >= max(2, len(letters) // 2)


def _starts_with(ent: Span, short: Span) -> bool:
    return ent.text.lower().startswith(short.text.lower())
