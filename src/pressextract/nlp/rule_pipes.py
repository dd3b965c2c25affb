"""Faster stand-ins for the model's two rule components, with exactly the model's output.

The statistical model spends about a fifth of its time in two pure-Python rule components that
look at one token at a time: the attribute ruler (a Matcher of some 180 one-token patterns that
maps tags to parts of speech, morphology and a few lemmas) and the rule lemmatizer. What either
one assigns to a token depends only on a handful of the token's attributes (its tag, lower form,
dependency label, ...; for the lemmatizer its form, part of speech and morphology), and a release
repeats the same few hundred combinations thousands of times. So each combination is worked out
once, by the original component's own rules, and applied to every token that has it:

- `IndexedAttributeRuler` finds the same matches as the ruler's Matcher (the same tuples, in the
  same order) from a table of the patterns each distinct combination of the tested attributes
  satisfies, then sets what they say: each token field (POS, TAG, MORPH, LEMMA, DEP) in one
  array, the later rule winning as in the ruler's own order (rules that set anything else go
  through the ruler's own `set_annotations`). Patterns that use anything beyond plain values,
  IN, NOT_IN and REGEX on token attributes leave the original Matcher in charge.
- `CachedLemmatizer` asks the original lemmatizer for the lemma of each distinct (form, part of
  speech, morphology) once (the lemmatizer's own cache key: the lemma depends on nothing else)
  and writes the lemmas in one array.

`speed_up(nlp)` puts them in place of the originals (same names, same positions); a model without
these components, or with components of other kinds, is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["CachedLemmatizer", "IndexedAttributeRuler", "speed_up"]

# Token attributes whose value `Doc.to_array` gives exactly as the Matcher reads it.
_ARRAY_ATTRS = frozenset(
    IDS[name]
    for name in ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT")
)
# Token fields `set_token_attrs` writes as `Doc.from_array` does (nothing else changes).
_COLUMN_ATTRS = frozenset((POS, TAG, MORPH, LEMMA, DEP))
Test = Callable[[int, Any], bool]  # (attribute value, the vocab's strings) -> passes


def _value_test(value: Any) -> int | Test | None:
    """The value a Matcher token pattern wants (an int to compare, or a test), None if the
    pattern uses something this module does not read (it then leaves the Matcher in charge)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return get_string_id(value)
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            if not all(isinstance(a, str) for a in arg):
                return None
            ids = frozenset(get_string_id(a) for a in arg)
            if op == "IN":
                return lambda v, strings: v in ids
            return lambda v, strings: v not in ids
        if op == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)
            return lambda v, strings: bool(regex.search(strings[v]))
    return None


class _AttributeTable:
    """For one token attribute: which pattern positions a value of it passes (a position that
    does not test the attribute passes any value), computed once per value. Values that pass
    the same positions share one row of `matrix` (most values pass only the untested ones)."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.wanted: dict[int, list[int]] = {}  # value -> positions that want exactly it
        self.tests: list[tuple[int, Test]] = []
        self.base = numpy.ones(width, dtype=bool)  # the row of a value nobody wants exactly
        self.row_of: dict[int, int] = {}  # value -> its row in `matrix`
        self._rows: dict[bytes, int] = {}
        self._unique: list[numpy.ndarray] = []
        self.matrix = numpy.ones((0, width), dtype=bool)

    def add(self, position: int, wanted: int | Test) -> None:
        if isinstance(wanted, int):
            self.wanted.setdefault(wanted, []).append(position)
            self.base[position] = False
        else:
            self.tests.append((position, wanted))

    def rows(self, values: list[int], strings: Any) -> numpy.ndarray:
        """The row in `matrix` of each value."""
        out = []
        for value in values:
            at = self.row_of.get(value)
            if at is None:
                row = self.base.copy()
                row[self.wanted.get(value, [])] = True
                for position, test in self.tests:
                    row[position] = test(value, strings)
                at = self._rows.setdefault(row.tobytes(), len(self._unique))
                if at == len(self._unique):
                    self._unique.append(row)
                    self.matrix = numpy.stack(self._unique)
                self.row_of[value] = at
            out.append(at)
        return numpy.array(out, dtype=numpy.intp)


def _compile(
    patterns: Sequence[dict[str, Any]],
) -> tuple[list[tuple[int, int]], dict[int, _AttributeTable]] | None:
    """(rule, length) of each pattern alternative in order, and a table per tested attribute
    over their positions (alternative after alternative); None if any pattern is unsupported."""
    shapes: list[tuple[int, int]] = []
    wants: list[tuple[int, int, int | Test]] = []  # position, attribute, wanted
    for rule, entry in enumerate(patterns):
        for alternative in entry["patterns"]:
            if not alternative:
                return None
            start = sum(length for _, length in shapes)
            for offset, spec in enumerate(alternative):
                position = start + offset
                for name, value in spec.items():
                    attr = IDS.get(name.upper()) if isinstance(name, str) else None
                    wanted = _value_test(value)
                    if attr not in _ARRAY_ATTRS or wanted is None:
                        return None
                    wants.append((position, attr, wanted))
            shapes.append((rule, len(alternative)))
    width = sum(length for _, length in shapes)
    tables: dict[int, _AttributeTable] = {}
    for position, attr, wanted in wants:
        tables.setdefault(attr, _AttributeTable(width)).add(position, wanted)
    return shapes, tables


class IndexedAttributeRuler(AttributeRuler):
    """The attribute ruler, matching its patterns by table lookup (same matches, same order)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compiled: tuple[list[tuple[int, int]], dict[int, _AttributeTable]] | None = None
        self._columns = False
        self._single_positions = numpy.zeros(0, dtype=numpy.intp)  # of one-token patterns
        self._ready = False

    def take_patterns(self, original: AttributeRuler) -> None:
        """Load the patterns of `original`, in its order (the order decides precedence)."""
        self.add_patterns(original.patterns)

    def add_patterns(self, patterns: Any) -> None:
        super().add_patterns(patterns)
        self._ready = False

    def add(self, *args: Any, **kwargs: Any) -> None:
        super().add(*args, **kwargs)
        self._ready = False

    def __call__(self, doc: Doc) -> Doc:
        """The ruler's annotations, as `AttributeRuler.__call__` sets them: when every rule sets
        only token fields (POS, TAG, MORPH, LEMMA, DEP), each field is written in one array,
        the later rule winning as in the ruler's own order of matches."""
        error_handler = self.get_error_handler()
        try:
            hits = self._hits(doc)
            if hits is None or not self._columns:
                self.set_annotations(doc, self.match(doc))
            else:
                self._write_columns(doc, hits)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        hits = self._hits(doc)
        if hits is None:
            return super().match(doc)
        matches = [
            (rule, self._match_ids[rule], start, start + length)
            for rule, length, starts in hits
            for start in starts.tolist()
        ]
        return sorted(set(matches))  # two alternatives of a rule may match the same tokens

    def _prepare(self) -> None:
        if not self._ready:
            self._compiled = _compile(self.patterns)
            lengths = [length for _, length in self._compiled[0]] if self._compiled else []
            offsets = numpy.cumsum([0, *lengths])[:-1]
            self._single_positions = offsets[numpy.array(lengths, dtype=int) == 1]
            self._match_ids = [self.vocab.strings.add(str(i)) for i in range(len(self.attrs))]
            self._columns = all(
                all(isinstance(a, int) and a in _COLUMN_ATTRS for a in attrs)
                for attrs in self.attrs
            )
            self._ready = True

    def _hits(self, doc: Doc) -> list[tuple[int, int, numpy.ndarray]] | None:
        """(rule, length, starts) of each pattern alternative that matches, in the patterns'
        order; None when the Matcher must do the matching."""
        self._prepare()
        if self._compiled is None or len(doc) == 0 or not self._compiled[1]:
            return None
        shapes, tables = self._compiled
        attrs = sorted(tables)
        values = doc.to_array(attrs).reshape(len(doc), len(attrs))
        strings = doc.vocab.strings
        passes = None  # token x pattern position: the token passes every test there
        for column, attr in enumerate(attrs):
            distinct, inverse = numpy.unique(values[:, column], return_inverse=True)
            table = tables[attr]
            rows = table.rows(distinct.tolist(), strings)
            found = table.matrix[rows[inverse.reshape(-1)]]
            passes = found if passes is None else passes & found
        assert passes is not None
        n = len(doc)
        singles = self._single_hits(passes)
        hits: list[tuple[int, int, numpy.ndarray]] = []
        position = 0
        for rule, length in shapes:
            if length == 1:
                starts = singles.get(position)
                if starts is not None:
                    hits.append((rule, 1, starts))
            elif length <= n:
                found = passes[: n - length + 1, position].copy()
                for j in range(1, length):
                    found &= passes[j : n - length + 1 + j, position + j]
                starts = numpy.flatnonzero(found)
                if len(starts):
                    hits.append((rule, length, starts))
            position += length
        return hits

    def _single_hits(self, passes: numpy.ndarray) -> dict[int, numpy.ndarray]:
        """position -> the tokens that match it, for every one-token pattern that matches:
        found for all of them in one pass over the table (most patterns are one token long,
        and most match nothing in a given release)."""
        positions = self._single_positions
        at, tokens = numpy.nonzero(passes[:, positions].T)  # by position, then by token
        if not len(at):
            return {}
        kinds, first = numpy.unique(at, return_index=True)
        ends = [*first[1:].tolist(), len(at)]
        return {
            int(positions[k]): tokens[start:end]
            for k, start, end in zip(kinds.tolist(), first.tolist(), ends, strict=True)
        }

    def _write_columns(self, doc: Doc, hits: list[tuple[int, int, numpy.ndarray]]) -> None:
        columns: dict[int, numpy.ndarray] = {}
        for rule, length, starts in hits:  # in rule order: a later rule overwrites
            index = self.indices[rule]
            offset = index if index >= 0 else length + index
            if not 0 <= offset < length:  # the ruler's own error for it
                self.set_annotations(doc, self.match(doc))
                return
            for attr, value in self.attrs[rule].items():
                if attr not in columns:
                    columns[attr] = doc.to_array(attr)
                columns[attr][starts + offset] = value
        if columns:
            names = sorted(columns)
            doc.from_array(names, numpy.stack([columns[a] for a in names], axis=1))


class CachedLemmatizer:
    """A rule lemmatizer's lemmas, each distinct (form, part of speech, morphology) worked out
    once by the lemmatizer itself; tokens that already have a lemma keep it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.original: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def take_lemmatizer(self, original: Lemmatizer) -> None:
        """Lemmatize with `original`'s rules. Its word index becomes a set: the lemmatizer asks
        only whether a word is in it, which a list answers by reading it all."""
        original.lookups = _with_set_index(original.lookups)
        self.original = original
        self._lemmas = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.original is None:
            raise RuntimeError(f"{self.name} is used before speed_up() gave it a lemmatizer")
        if len(doc) == 0:
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.flatnonzero(values[:, 3] == 0)
        if len(todo) == 0:
            return doc
        keys, first, inverse = numpy.unique(
            values[todo, :3], axis=0, return_index=True, return_inverse=True
        )
        lemmas = numpy.empty(len(keys), dtype=numpy.uint64)
        strings = doc.vocab.strings
        for k, (key, at) in enumerate(zip(keys.tolist(), first.tolist(), strict=True)):
            lemma = self._lemmas.get(tuple(key))
            if lemma is None:
                lemma = strings.add(self.original.lemmatize(doc[int(todo[at])])[0])
                self._lemmas[tuple(key)] = lemma
            lemmas[k] = lemma
        column = values[:, 3].copy()
        column[todo] = lemmas[inverse.reshape(-1)]
        doc.from_array([LEMMA], column.reshape(-1, 1))
        return doc


def _with_set_index(lookups: Lookups) -> Lookups:
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            indexed = Table(name=name)
            for key, words in table.items():
                indexed[key] = frozenset(words)
            table = indexed
        out.set_table(name, table)
    return out


@Language.factory("pressextract_attribute_ruler")
def make_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """An empty IndexedAttributeRuler; `speed_up` fills it with the model's patterns."""
    return IndexedAttributeRuler(nlp.vocab, name)


@Language.factory("pressextract_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """An empty CachedLemmatizer; `speed_up` gives it the model's lemmatizer."""
    return CachedLemmatizer(name)


def speed_up(nlp: Language) -> Language:
    """Put the faster equivalents in place of the model's attribute ruler and rule lemmatizer."""
    for name, component in list(nlp.pipeline):
        if type(component) is AttributeRuler:
            replacement = _swap(nlp, name, "pressextract_attribute_ruler")
            replacement.take_patterns(component)
        elif (
            isinstance(component, Lemmatizer)
            and component.mode == "rule"
            and not component.overwrite
        ):
            _swap(nlp, name, "pressextract_lemmatizer").take_lemmatizer(component)
    return nlp


def _swap(nlp: Language, name: str, factory: str) -> Any:
    at = nlp.pipe_names.index(name)
    nlp.remove_pipe(name)
    if at < len(nlp.pipe_names):
        return nlp.add_pipe(factory, name=name, before=nlp.pipe_names[at])
    return nlp.add_pipe(factory, name=name, last=True)


def model_nouns(nlp: Language) -> frozenset[str]:
    """The common nouns the model's rule lemmatizer knows (its "noun" word index, WordNet's
    base forms); empty when the pipeline has no rule lemmatizer (a blank pipeline)."""
    return _word_index(nlp, "noun")


def model_verbs(nlp: Language) -> frozenset[str]:
    """The verbs the model's rule lemmatizer knows (its "verb" word index), as model_nouns."""
    return _word_index(nlp, "verb")


def model_adjectives(nlp: Language) -> frozenset[str]:
    """The adjectives the model's rule lemmatizer knows (its "adj" word index), as model_nouns."""
    return _word_index(nlp, "adj")


def _word_index(nlp: Language, pos: str) -> frozenset[str]:
    for _, component in nlp.pipeline:
        lemmatizer = component.original if isinstance(component, CachedLemmatizer) else component
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
            if "lemma_index" not in lemmatizer.lookups.tables:
                continue
            return frozenset(lemmatizer.lookups.get_table("lemma_index").get(pos, ()))
    return frozenset()
