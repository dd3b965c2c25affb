"""What extractors look up again and again in one Doc, computed once per Doc.

`Doc.text` joins every token each time it is read, and `Token.sent` walks to the sentence's
edges each time: read once per quotation or per candidate token, they make a release's work
quadratic. `doc_index(doc)` computes the text, each token's sentence bounds and the paragraph
breaks in one pass and keeps them on the Doc (`doc.user_data`), so later reads are constant or
logarithmic. The Doc's tokens must not change after the index is built (extractors only read);
an index built for another token count is rebuilt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span

CACHE_KEY = "pressextract.doc_index"
TEXT_KEY = "pressextract.doc_text"
BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class DocIndex:
    """A Doc's text, sentence bounds per token and blank-line offsets."""

    text: str
    sent_starts: tuple[int, ...]  # per token: index of its sentence's first token
    sent_ends: tuple[int, ...]  # per token: index just after its sentence's last token
    blank_lines: tuple[int, ...]  # char offsets where a blank line (paragraph break) starts

    def sentence(self, doc: Doc, i: int) -> Span:
        """The sentence of token `i` (what `doc[i].sent` returns)."""
        return doc[self.sent_starts[i] : self.sent_ends[i]]

    def blank_line_between(self, start: int, end: int) -> bool:
        """Whether a blank line lies wholly inside text[start:end]."""
        k = bisect_left(self.blank_lines, start)
        while k < len(self.blank_lines) and self.blank_lines[k] < end:
            if BLANK_LINE.match(self.text, self.blank_lines[k], end):
                return True
            k += 1
        return False


def doc_index(doc: Doc) -> DocIndex:
    """The index of `doc`, built on first use and kept on the Doc."""
    cached = doc.user_data.get(CACHE_KEY)
    if isinstance(cached, DocIndex) and len(cached.sent_starts) == len(doc):
        return cached
    index = _build(doc)
    doc.user_data[CACHE_KEY] = index
    return index


def _build(doc: Doc) -> DocIndex:
    text = doc_text(doc)
    n = len(doc)
    starts = [0] * n
    ends = [n] * n
    if n and (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        for sent in doc.sents:
            size = sent.end - sent.start
            starts[sent.start : sent.end] = [sent.start] * size
            ends[sent.start : sent.end] = [sent.end] * size
    # Every position where a blank line may start: a search from each newline finds them all,
    # also in runs of several blank lines.
    blanks = tuple(m.start() for m in re.finditer(r"\n(?=[ \t]*\n)", text))
    return DocIndex(text, tuple(starts), tuple(ends), blanks)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (components may read it before the index can be built).

    Retokenizing merges or splits tokens, never characters, so the text stays right.
    """
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str) and len(cached) == _text_length(doc):
        return cached
    # What `doc.text` joins (each token's `text_with_ws`), from the token texts most Docs have
    # cached by now and the array of trailing spaces: `doc.text` makes a Token per word.
    words = token_texts(doc)
    spaces = doc.to_array(SPACY).tolist() if words else []
    text = "".join([w + " " if space else w for w, space in zip(words, spaces, strict=True)])
    doc.user_data[TEXT_KEY] = text
    return text


def _text_length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity token `i` belongs to, found from the IOB tags around it.

    The same Span a scan of `doc.ents` finds, without building `doc.ents` (which makes a Span of
    every entity each time it is read: once per candidate, that made long releases quadratic).
    """
    token = doc[i]
    if token.ent_iob_ not in ("B", "I"):
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type)


def token_indexes(doc: Doc, texts: Collection[str], attr: int = ORTH) -> list[int]:
    """Indexes of the tokens whose text (or, with `attr` LOWER or LEMMA, lowercase form or
    lemma) is one of `texts`, in order.

    What `[t.i for t in doc if t.text in texts]` gives, read from the Doc's array of token
    texts: no Token object is made for the others (spaCy makes one on each access).
    """
    if attr not in (ORTH, LOWER, LEMMA):
        raise ValueError("token_indexes reads ORTH, LOWER or LEMMA")
    if not len(doc) or not texts:
        return []
    orth = doc.to_array(attr)
    wanted = numpy.array([doc.vocab.strings[t] for t in texts], dtype=orth.dtype)
    return numpy.flatnonzero(numpy.isin(orth, wanted)).tolist()


# The keys of `token_texts`' caches (made once: it is asked thousands of times per Doc).
_TEXTS_KEYS = {attr: f"pressextract.token_texts.{attr}" for attr in (ORTH, LOWER)}


def token_texts(doc: Doc, attr: int = ORTH) -> tuple[str, ...]:
    """Each token's text (ORTH) or lowercase form (LOWER), in order: `[t.text for t in doc]`
    read from the Doc's array, without making a Token per position; kept on the Doc."""
    key = _TEXTS_KEYS.get(attr)
    if key is None:
        raise ValueError("token_texts reads ORTH or LOWER")
    cached = doc.user_data.get(key)
    if isinstance(cached, tuple) and len(cached) == len(doc):
        return cached
    strings = doc.vocab.strings
    texts = tuple(strings[value] for value in doc.to_array(attr).tolist()) if len(doc) else ()
    doc.user_data[key] = texts
    return texts


def lowercase_texts(doc: Doc) -> frozenset[str]:
    """The token texts the Doc writes in lowercase (`t.text == t.lower_`), read from its
    arrays: `{t.text for t in doc if t.text == t.lower_}` without a Token per position."""
    if not len(doc):
        return frozenset()
    rows = doc.to_array([ORTH, LOWER])
    kept = rows[rows[:, 0] == rows[:, 1], 0]
    strings = doc.vocab.strings
    return frozenset(strings[int(orth)] for orth in numpy.unique(kept))


def indexes_with(doc: Doc, every: Sequence[int], some: Sequence[int] = ()) -> list[int]:
    """Indexes of the tokens that have every flag of `every` and one at least of `some` (none
    asked: any), read from the Doc's arrays: `[t.i for t in doc if t.is_alpha and (t.is_upper
    or t.is_title)]` without making a Token per position."""
    if not len(doc):
        return []
    rows = doc.to_array([*every, *some]).reshape(len(doc), -1) != 0
    kept = numpy.all(rows[:, : len(every)], axis=1)
    if some:
        kept &= numpy.any(rows[:, len(every) :], axis=1)
    return numpy.flatnonzero(kept).tolist()


def texts_with(doc: Doc, *flags: int) -> set[str]:
    """The texts of the tokens that have every one of `flags` (IS_ALPHA, IS_LOWER, ...).

    What `{t.text for t in doc if t.is_alpha and ...}` gives, read from the Doc's arrays: no
    Token object is made (spaCy makes one on each access).
    """
    if not len(doc):
        return set()
    # A flag is the vocabulary's getter applied to the word: asked once per distinct word of
    # the Doc's cached texts, it is cheaper than the flag columns of `Doc.to_array` (which
    # looks every flag up token by token).
    getters = [doc.vocab.lex_attr_getters.get(flag) for flag in flags]
    if all(getters):
        words = set(token_texts(doc))
        for get in getters:
            words = {t for t in words if get(t)}
        return words
    rows = doc.to_array([ORTH, *flags])
    kept = rows[numpy.all(rows[:, 1:] != 0, axis=1), 0]
    strings = doc.vocab.strings
    return {strings[int(orth)] for orth in numpy.unique(kept)}


def occurrences(doc: Doc, words: Sequence[str]) -> list[int]:
    """Start indexes of each run of tokens whose texts are `words`, in order; only the
    tokens that start one are looked at (`token_indexes`)."""
    n = len(words)
    if not n:
        return []
    return [
        i
        for i in token_indexes(doc, (words[0],))
        if i + n <= len(doc) and all(doc[i + k].text == words[k] for k in range(1, n))
    ]


def tokens_labelled(doc: Doc, dep: str) -> list[int]:
    """Indexes of the tokens whose dependency label is `dep` (`t.dep_ == dep`), in order."""
    if not len(doc):
        return []
    deps = doc.to_array(DEP)
    return numpy.flatnonzero(deps == doc.vocab.strings[dep]).tolist()
