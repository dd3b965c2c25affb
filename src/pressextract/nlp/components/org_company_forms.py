"""Names written with a company form ("Inc.", "Corporation", "Ltd") that the model left untagged.

A name that ends in a legal form is a company however the small model reads it: set in capitals
("ACME ROCK OF AGES CORPORATION announced", untagged), or given a wrong label. Its words without
the form are the company's short name, which the release goes on to use ("Rock of Ages owns
...", as written in title case when the full name was in capitals). `company_names` returns the
token texts of both, for org_recall to label as ORG wherever they stand untagged or mistaken.

A name the model tagged from its second word ("ABVC [BioPharma, Inc.]", the first a proper
noun or in capitals it left untagged, not in a title-case headline) is the whole name too.
Not a name that goes on past the form ("Acme Inc. Plaza"), nor one holding a title ("Chief
Engineer of the Company"), a person's first or last word, or an entity of another kind (a date,
a number).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from spacy.tokens import Doc, Span

from pressextract.nlp.components.org_lists import is_headline
from pressextract.nlp.doc_index import entity_at, token_texts

_INSIDE = {"of", "&", "and", "the", "for"}  # small words inside a name: "Rock of Ages"
_SMALL_IN_TITLE_CASE = {"of", "and", "the", "for", "a", "an", "in", "on", "at", "to"}
_STARTS = {"the"}  # an article before the name is not part of it


def company_names(
    doc: Doc,
    forms: Collection[str],
    *,
    mistaken: Collection[str],
    titles: Collection[str] = (),
    people: Collection[str] = (),
) -> set[tuple[str, ...]]:
    """Token texts of each untagged or mislabelled name ending in a company form, and of its
    short name (the words before the form, two or more of them, or one not a person's)."""
    texts = token_texts(doc)
    found: set[tuple[str, ...]] = set()
    for end in _form_positions(texts, forms):
        start = _name_start(doc, texts, end, forms)
        if start is None:
            continue
        words = texts[start : end + 1]
        if any(w.lower().rstrip(".") in titles for w in words):
            continue
        if not _free(doc, start, end + 1, mistaken):
            continue
        found.add(tuple(words))
        short = _short_name(words[:-1])
        if short and (len(short) > 1 or short[0] not in people):
            found.add(short)
            if all(w.isupper() or w.lower() in _INSIDE for w in short):
                found.add(as_title_case(short))
    return found


def is_company_name(words: Sequence[str], forms: Collection[str]) -> bool:
    """Words that are one company's name and nothing else, as a table cell may hold it
    ("Zorbix BioWorks, Inc.", "THE QUILL AND KELP CO.", "Quill and Co."): a form last, a
    capitalized word first, only capitalized words and small words between (an article
    before the name is not part of it)."""
    words = [w.rstrip(",") for w in words]
    while words and words[0].lower() in _STARTS:
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in forms:
        return False
    name = words[:-1]
    if not _name_word(name[0]) or name[0].lower() in _INSIDE:
        return False
    return all(w.lower() in _INSIDE or (_name_word(w) and w.lower() not in forms) for w in name)


def _form_positions(texts: tuple[str, ...], forms: Collection[str]) -> Iterable[int]:
    """Positions of a capitalized company form that ends a name: not followed by another
    capitalized word ("Acme Inc. Plaza")."""
    for i, text in enumerate(texts):
        if i == 0 or not text[:1].isupper() or text.lower() not in forms:
            continue
        nxt = texts[i + 1 : i + 3]
        if nxt and nxt[0][:1].isupper() and nxt[0].isalpha():
            continue
        # "Company of The Year": a small word and a capitalized one go on with the name.
        if len(nxt) == 2 and nxt[0].lower() in _INSIDE and nxt[1][:1].isupper():
            continue
        yield i


def _name_start(doc: Doc, texts: tuple[str, ...], end: int, forms: Collection[str]) -> int | None:
    """The first word of the name the form at `end` closes: the capitalized words and small
    words inside it before the form, without an article or a sentence's first word that is no
    proper noun ("Today Acme Inc."); None when no word comes before the form, or when the name
    is a hyphenated word's end ("Early-Stage Company")."""
    start = end
    k = end - 1
    if k >= 0 and texts[k] == ",":  # "Acme, Inc."
        k -= 1
    while k >= 0:
        text = texts[k]
        if _name_word(text) and text.lower() not in forms:
            start = k
        elif text.lower() not in _INSIDE or k == 0 or not _name_word(texts[k - 1]):
            break
        k -= 1
    while start < end and texts[start].lower() in _STARTS | _INSIDE:
        start += 1
    first = doc[start] if start < end else None
    if first is not None and first.is_sent_start and first.pos_ != "PROPN":
        start += 0 if _all_capitals(texts[start:end]) else 1
    if start >= end or not _name_word(texts[start]):
        return None
    if start > 0 and texts[start - 1] in {"-", "–"} and not doc[start - 1].whitespace_:
        return None
    return start


def _name_word(text: str) -> bool:
    """A capitalized word, not one glued to a bracket by a lost space ("WIRE)–Coursera")."""
    return text[:1].isupper() and any(c.isalpha() for c in text) and not _BRACKETS & set(text)


_BRACKETS = set("()[]{}")


def _all_capitals(words: Iterable[str]) -> bool:
    return all(w.isupper() or not w.isalpha() for w in words)


def _free(doc: Doc, start: int, end: int, mistaken: Collection[str]) -> bool:
    """No entity inside but untagged words or a mistaken label, and none going past the name."""
    for i in range(start, end):
        ent = entity_at(doc, i)
        if ent is None or starts_cut(ent, start, end):
            continue
        if ent.label_ not in mistaken or ent.start < start or ent.end > end:
            return False
    return True


def starts_cut(ent: Span, start: int, end: int) -> bool:
    """An ORG span the model began one word after the name's start, a word it left untagged
    that is a proper noun or in capitals: "[ABVC] BioPharma, Inc." is the name cut short, not
    another organization. Not in a title-case headline, where any verb is capitalized
    ("Exchange Welcomes Zorbix BioWorks Inc.")."""
    if ent.label_ != "ORG" or ent.end != end or ent.start != start + 1:
        return False
    doc = ent.doc
    first = doc[start]
    if not (first.is_upper or first.tag_ in _PROPER_TAGS):
        return False
    return not (doc.has_annotation("SENT_START") and is_headline(ent.sent))


_PROPER_TAGS = {"NNP", "NNPS"}


def _short_name(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words before its form, without a trailing comma."""
    while words and words[-1] in {",", "&", "and"}:
        words = words[:-1]
    return words


def as_title_case(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words in capitals as written in a sentence: "ROCK OF AGES" -> "Rock of Ages"."""
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        out.append(low if i and low in _SMALL_IN_TITLE_CASE else word[:1] + word[1:].lower())
    return tuple(out)
