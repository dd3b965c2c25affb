"""Names the model cut short: an ORG span that is only the first words of a longer name.

The parse tells when a span stops inside a name: a word of the span belongs to a word after it.
- its last word modifies a capitalized word after it ("the two-time Orbit Cup Champion Zorb
  Rangers": "Champion" is a modifier of "Rangers"; "Orbit Aeronautic Defence and Space Company":
  "Defence" of "Company");
- a preposition of the span has its object after it ("Institute for Orbit Engineering and
  Automation ZIP": the object of "for" is "ZIP").
When only capitalized words (and "and", "&", "of") stand between the span and that word, the name
runs on to it: the span is read whole. When that run holds a job title or a person, the span is
the first words of a person's office ("the Office of Orbitland [Attorney General Jane Roe]"),
no name of its own: it is dropped.
A span of one word is left alone: a one-word name before another name is its owner ("Acme
Orbit", "Acme CEO Jane Roe"); so is a span that ends in an organization word ("Acme Systems").
The release's own names tell too: a span that, with the capitalized words right before or after
it, spells an organization the release names elsewhere is read whole ("Orbit [United FC]" where
"Orbit United FC" is named; "(ZU [UTD])" where "ZU UTD" is).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_MODIFIER_DEPS = {"compound", "nmod"}
_JOINS = {"and", "&", "of"}
_PREPOSITIONS = {"of", "for"}
_MAX_RUN = 5  # words the name may run on after the span
_MAX_NAMED = 3  # words before or after a span that may complete it into a name of the release


def whole_name(span: Span, titles: set[str], org_words: set[str]) -> Span | None:
    """The span read to the end of its name, the span itself, or None for the first words of a
    person's office (see the module docstring). `titles` are job titles, `org_words`
    organization words and company forms, all lowercase."""
    if len(span) < 2 or span[-1].lower_ in org_words:
        return span
    end = _name_end(span)
    if end is None:
        return span
    run = span.doc[span.end : end + 1]
    if any(t.ent_type_ == "PERSON" or t.lower_ in titles for t in run):
        return None if any(t.lower_ in _PREPOSITIONS for t in span) else span
    return Span(span.doc, span.start, end + 1, label=span.label_)


def _name_end(span: Span) -> int | None:
    """The index of the word after the span that a word of the span belongs to, when only
    capitalized words and joins stand before it (None otherwise)."""
    last = span[-1]
    ends = []
    if last.dep_ in _MODIFIER_DEPS:
        ends.append(last.head.i)
    ends += [c.i for t in span if t.lower_ in _PREPOSITIONS for c in t.children if c.dep_ == "pobj"]
    ends = [i for i in ends if span.end <= i < span.end + _MAX_RUN]
    if not ends:
        return None
    end = max(ends)
    doc = span.doc
    if all(_name_word(doc[k]) for k in range(span.end, end + 1)) and _name_word(doc[end]):
        return end if doc[end].text[:1].isupper() else None
    return None


def _name_word(tok: Token) -> bool:
    """A capitalized word or a join on the same line as the word before it."""
    if "\n" in tok.doc[tok.i - 1].whitespace_ or tok.is_space:
        return False
    if (tok.lower_ in _JOINS and tok.is_lower) or tok.text == "&":
        return True
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def named_whole(span: Span, names: set[str]) -> Span:
    """The span with the capitalized words before or after it that make it one of `names`
    (the texts of the release's ORG entities), or the span itself."""
    doc = span.doc
    for k in range(1, _MAX_NAMED + 1):
        start = span.start - k
        if start < 0 or not _name_start(doc[start]) or not _name_word(doc[start + 1]):
            break
        if doc[start : span.end].text in names:
            return Span(doc, start, span.end, label=span.label_)
    for k in range(1, _MAX_NAMED + 1):
        end = span.end + k
        if end > len(doc) or not _name_word(doc[end - 1]):
            break
        if doc[span.start : end].text in names:
            return Span(doc, span.start, end, label=span.label_)
    return span


def _name_start(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)
