"""Title-case terms made of common words: a line item, a category or a bill, not an organization.

The small model tags ORG a title-case coordination of common words that qualifies a noun after
it: "Travel and Lodging expenses rose 4%", "the FY 2030 Parks and Recreation, and Related
Programs Appropriations bill". The release's own writing says it is no name:
- the title-case words, joined by "and"/"&" (commas and hyphens between them), run on into a
  lowercase common noun that the parser attaches them to ("expenses", "bill"): the phrase
  qualifies a thing, as a lowercase "travel and lodging expenses" would;
- every word of the run is a common word: in the model's word index (its nouns and
  adjectives, a plural by its singular), no organization word ("Zorbix and Quillmark
  Holdings shares"), and the release writes one of them at least in lowercase ("travel
  costs"), for the word index holds surnames too ("Johnson & Johnson products");
- the noun after it is no person's title ("Parks and Recreation officers" are a body's
  people), no line of business ("the former Credit and Lending business" is a unit the
  release may name as an organization) and no kind of organization ("Stop & Shop stores");
- every mention of the name stands so: "Customs and Border Protection measures seizures"
  once among "Customs and Border Protection said" is the agency.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span, Token

from pressextract.nlp.components.org_examples import is_org_kind
from pressextract.nlp.doc_index import occurrences
from pressextract.resources.name_shapes import singular_forms

_JOINS = {"and", "&"}
_INNER_MARKS = {",", "-"}  # "Transportation, and Related Agencies", "Five-Star"
_NOUN_TAGS = {"NN", "NNS"}


class TermPhrases:
    """Tells a title-case term of common words that qualifies a noun (module docstring)."""

    def __init__(
        self,
        *,
        nouns: Collection[str],
        adjectives: Collection[str],
        org_words: Iterable[str],
        people_words: Iterable[str],
        line_nouns: Iterable[str],
    ) -> None:
        self.common = frozenset(nouns) | frozenset(adjectives)
        self.org_words = {w.lower() for w in org_words}
        self.people_words = {w.lower() for w in people_words}
        self.line_nouns = {w.lower() for w in line_nouns}

    def qualifies_thing(self, span: Span, lowercase: Collection[str]) -> bool:
        """Every mention of `span`'s name is in a term of common words that qualifies a noun;
        `lowercase` holds the words the release writes in lowercase."""
        if not self.common or len(span) < 2:
            return False
        doc, words = span.doc, [t.text for t in span]
        starts = occurrences(doc, words)
        return bool(starts) and all(
            self._term_at(doc, i, i + len(words), lowercase) for i in starts
        )

    def _term_at(self, doc: Doc, start: int, end: int, lowercase: Collection[str]) -> bool:
        first, last = _run(doc, start, end)
        run = doc[first:last]
        words = [t for t in run if t.is_alpha and t.lower_ not in _JOINS]
        return (
            any(t.lower_ in _JOINS for t in run[1:-1])
            and len(words) >= 2
            and all(t.is_title and self._common_word(t.lower_) for t in words)
            and any(t.lower_ in lowercase for t in words)
            and self._qualified_noun(run)
        )

    def _common_word(self, word: str) -> bool:
        return word not in self.org_words and any(w in self.common for w in singular_forms(word))

    def _qualified_noun(self, run: Span) -> bool:
        """The run ends before a lowercase common noun that one of its words attaches to: not
        a person's title, a line of business or a kind of organization ("stores")."""
        doc = run.doc
        if run.end >= len(doc):
            return False
        noun = doc[run.end]
        return (
            noun.is_lower
            and noun.is_alpha
            and noun.tag_ in _NOUN_TAGS
            and any(t.head.i == noun.i for t in run)
            and not any(w in self.people_words for w in singular_forms(noun.lower_))
            and noun.lower_ not in self.line_nouns
            and noun.lower_ not in self.org_words
            and not is_org_kind(noun.lower_)
            and not is_org_kind(noun.lower_ + "s")
        )


def _run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The title-case run around tokens start..end: title-case words, "and"/"&", commas and
    hyphens, trimmed to begin and end with a word."""
    while start > 0 and _in_run(doc[start - 1]):
        start -= 1
    while end < len(doc) and _in_run(doc[end]):
        end += 1
    while start < end and not _title_word(doc[start]):
        start += 1
    while end > start and not _title_word(doc[end - 1]):
        end -= 1
    return start, end


def _in_run(tok: Token) -> bool:
    return _title_word(tok) or tok.lower_ in _JOINS or tok.text in _INNER_MARKS


def _title_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha
