"""A title-case headline runs a name into its verb: read by the org filter (its rule 1).

"EPS Improves 77%", "the Delegation Announces Grant": the span is cut before the verb, and a
span that starts with a verb ("Deliver Decarbonized Steam") is no name. The tagger may read the
verb of a title-case line as a plural proper noun ("Europa Release Consists of 21 Projects"): a
word in "-s" whose base the model's lemmatizer knows as a verb and not as a noun is the verb
too (`HeadlineVerbs`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from pressextract.nlp.components.org_lists import is_headline
from pressextract.nlp.components.org_places import next_to
from pressextract.resources.name_shapes import singular_forms

_VERB_TAGS = {"VBZ", "VBD", "VBP"}  # finite verbs inside a span: a headline's predicate
_LEADING_VERB_TAGS = {"VB", "VBG", "VBZ", "VBD", "VBP"}
_DANGLING = {"of", "for", "to", "and", "the", "in", "on", "at", "-", "–", "—", ","}


class HeadlineVerbs:
    """Verbs of a title-case line the tagger read as names, told by the model's word index."""

    def __init__(self, verbs: Collection[str], nouns: Collection[str]) -> None:
        self.nouns = frozenset(nouns)
        # The verbs of the model's lemmatizer that are no nouns ("consist", "announce").
        self.verbs_only = frozenset(verbs) - self.nouns

    def is_verb(self, tok: Token) -> bool:
        """ "Consists" in a title-case line: a capitalized word in "-s", no noun itself, whose
        base ("consist") the model's lemmatizer knows as a verb and not as a noun."""
        word = tok.lower_
        if not (self.verbs_only and tok.is_title and word.endswith("s")) or word in self.nouns:
            return False
        bases = set(singular_forms(word)) - {word}  # "consists", "reaches", "applies"
        return bool(bases & self.verbs_only) and is_headline(_line_of(tok))


def headline_cut(ent: Span, is_verb: Callable[[Token], bool] = lambda t: False) -> Span | None:
    """Cut the span before a finite verb ("EPS Improves", or a word `is_verb` says is one);
    None when it starts with a verb or nothing is left; trailing "of", "to", dashes are
    trimmed ("Company of")."""
    doc = ent.doc
    if ent[0].tag_ in _LEADING_VERB_TAGS:
        return None
    end = next((t.i for t in ent[1:] if t.tag_ in _VERB_TAGS or is_verb(t)), ent.end)
    while end > ent.start and doc[end - 1].lower_ in _DANGLING:
        end -= 1
    if end <= ent.start:
        return None
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


def listed_organization(span: Span) -> bool:
    """A member of a list of organizations ("Pipcorn, Shake Shack, Slice"): a name whose
    first word is also a verb ("Shake") is no headline's predicate there."""
    return span[0].tag_ in _LEADING_VERB_TAGS and next_to(span, {"ORG"})


def _line_of(tok: Token) -> Span:
    """The tokens of `tok`'s line: a headline is a line, whatever the parser's sentences."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]
