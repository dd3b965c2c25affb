"""doc_index: a Doc's text, sentence bounds and blank lines, computed once — on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_LOWER, IS_TITLE, IS_UPPER, LOWER, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pressextract.nlp.doc_index import (
    doc_index,
    indexes_with,
    occurrences,
    texts_with,
    token_indexes,
    token_texts,
    tokens_labelled,
)


def make(words: list[str], spaces: list[bool], sent_starts: list[bool]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces, sent_starts=sent_starts)


def test_text_and_sentences_match_spacy():
    words = ["We", "act", ".", "\n\n", "She", "said", "so", "."]
    spaces = [True, False, False, False, True, True, False, False]
    starts = [True, False, False, False, True, False, False, False]
    doc = make(words, spaces, starts)
    index = doc_index(doc)
    assert index.text == doc.text
    for token in doc:
        assert index.sentence(doc, token.i) == token.sent
    assert doc_index(doc) is index  # kept on the Doc


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("One.\n\nTwo.", 0, 10, True),
        ("One.\n \t\nTwo.", 0, 12, True),
        ("One.\nTwo.", 0, 9, False),
        ("One.\n\nTwo.", 5, 10, False),  # the break starts before the range
        ("One.\n\nTwo.", 0, 5, False),  # and ends after it
    ],
)
def test_blank_line_between(text, start, end, expected):
    doc = spacy.blank("en").make_doc(text)
    assert doc_index(doc).text == text
    assert doc_index(doc).blank_line_between(start, end) is expected


@pytest.mark.parametrize(
    ("text", "texts", "expected"),
    [
        ("Acme (AC) and Beta (BT).", ("(",), [1, 6]),
        ("- Jane Doe, CEO\n— John Roe", {"-", "—"}, [0, 6]),
        ("No brackets here.", ("(",), []),
        ("", ("(",), []),
    ],
)
def test_token_indexes_are_the_tokens_with_those_texts(text, texts, expected):
    doc = spacy.blank("en").make_doc(text)
    assert token_indexes(doc, texts) == expected == [t.i for t in doc if t.text in texts]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Acme Labs said Acme Labs and Acme agreed", ("Acme", "Labs"), [0, 3]),
        ("Acme agreed with Acme", ("Acme",), [0, 3]),
        ("the name ends the text: Acme", ("Acme", "Labs"), []),
        ("Acme Labs", (), []),
    ],
)
def test_occurrences_are_the_runs_of_those_words(text, words, expected):
    doc = spacy.blank("en").make_doc(text)
    n = len(words)
    runs = [[t.text for t in doc[i : i + n]] for i in range(len(doc) - n + 1)] if n else []
    every = [i for i, run in enumerate(runs) if run == list(words)]
    assert occurrences(doc, words) == expected == every


def test_tokens_labelled_are_the_tokens_with_that_dependency():
    words = ["Doe", "said", "Roe", "agreed"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp"])
    assert tokens_labelled(doc, "nsubj") == [0, 2] == [t.i for t in doc if t.dep_ == "nsubj"]
    assert tokens_labelled(doc, "dobj") == []


@pytest.mark.parametrize(
    ("text", "flags", "expected"),
    [
        ("The cat, a Dog and 3 cats!", (IS_ALPHA,), {"The", "cat", "a", "Dog", "and", "cats"}),
        ("The cat, a Dog and 3 cats!", (IS_LOWER, IS_ALPHA), {"cat", "a", "and", "cats"}),
        ("éclair ÉCLAIR x2", (IS_LOWER, IS_ALPHA), {"éclair"}),
        ("", (IS_ALPHA,), set()),
    ],
)
def test_texts_with_are_the_texts_of_the_tokens_with_those_flags(text, flags, expected):
    doc = spacy.blank("en").make_doc(text)
    every = {t.text for t in doc if all(t.check_flag(f) for f in flags)}
    assert texts_with(doc, *flags) == expected == every


@pytest.mark.parametrize(
    ("text", "attr", "expected"),
    [
        ("The WHO said so.", ORTH, ("The", "WHO", "said", "so", ".")),
        ("The WHO said so.", LOWER, ("the", "who", "said", "so", ".")),
        ("", ORTH, ()),
    ],
)
def test_token_texts_are_each_tokens_text_or_lowercase_form(text, attr, expected):
    doc = spacy.blank("en").make_doc(text)
    every = tuple(t.text if attr == ORTH else t.lower_ for t in doc)
    assert token_texts(doc, attr) == expected == every
    assert token_texts(doc, attr) is token_texts(doc, attr)  # kept on the Doc


@pytest.mark.parametrize(
    ("text", "every", "some", "expected"),
    [
        ("The US and UK, 3 Dogs x2 NASA!", (IS_ALPHA,), (IS_UPPER, IS_TITLE), [0, 1, 3, 6, 8]),
        ("The US and UK, 3 Dogs x2 NASA!", (IS_ALPHA,), (), [0, 1, 2, 3, 6, 8]),
        ("The US and UK, 3 Dogs x2 NASA!", (IS_DIGIT,), (IS_UPPER,), []),
        ("", (IS_ALPHA,), (IS_UPPER,), []),
    ],
)
def test_indexes_with_are_the_tokens_with_every_flag_and_one_of_some(text, every, some, expected):
    doc = spacy.blank("en").make_doc(text)
    found = [
        t.i
        for t in doc
        if all(t.check_flag(f) for f in every) and (not some or any(t.check_flag(f) for f in some))
    ]
    assert indexes_with(doc, every, some) == expected == found
