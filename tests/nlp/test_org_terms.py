"""org_terms: title-case terms of common words that qualify a noun are no organization
(hand-built Docs: each item "word/TAG/head", the head an absolute index, the item's own index
when left out; the word index is a small stand-in for the model's)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pressextract.nlp.components.org_evidence import LINE_NOUNS
from pressextract.nlp.components.org_terms import TermPhrases
from pressextract.resources.gazetteer import load_json_data

WORDS = load_json_data("entity_repair.json")
VOCAB = spacy.blank("en").vocab
NOUNS = {
    "travel", "lodging", "park", "recreation", "program", "appropriation", "credit",
    "lending", "stop", "shop", "custom", "border", "protection", "home", "depot", "johnson",
    "expense", "bill", "officer", "business", "store", "measure", "share", "cost",
}  # fmt: skip
ADJECTIVES = {"related"}
TERMS = TermPhrases(
    nouns=NOUNS,
    adjectives=ADJECTIVES,
    org_words=set(WORDS["org_heads"]) | set(WORDS["legal_suffixes"]),
    people_words=WORDS["titles"],
    line_nouns=LINE_NOUNS,
)


def doc_of(spec: str) -> Doc:
    words, tags, heads = [], [], []
    for i, item in enumerate(spec.split(" ")):
        parts = item.split("/")
        words.append(parts[0])
        tags.append(parts[1] if len(parts) > 1 else "NNP")
        heads.append(int(parts[2]) if len(parts) > 2 else i)
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return Doc(VOCAB, words=words, tags=tags, heads=heads, deps=deps)


@pytest.mark.parametrize(
    ("spec", "start", "end", "expected"),
    [
        # a coordination of common words that qualifies a lowercase noun: a line item
        (
            "Travel/NNP/3 and/CC/0 Lodging/NNP/0 expenses/NNS rose/VBD/3 ; travel/NN/7 costs/NNS",
            0,
            3,
            True,
        ),
        # ... or the title of a bill, read from the whole run around the span
        (
            "the/DT/9 Parks/NNP/9 and/CC/1 Recreation/NNP/1 ,/, and/CC/1 Related/JJ/9"
            " Programs/NNP/8 Appropriations/NNPS/9 bill/NN ; parks/NNS",
            6,
            9,
            True,
        ),
        # the release writes none of the words in lowercase: the word index holds surnames
        ("Johnson/NNP/3 &/CC/0 Johnson/NNP/0 products/NNS", 0, 3, False),
        # a person's title after it: the body's people
        (
            "Parks/NNP/3 and/CC/0 Recreation/NNP/0 officers/NNS said/VBD ; parks/NNS",
            0,
            3,
            False,
        ),
        # a line of business, a kind of organization
        (
            "the/DT/5 former/JJ/5 Credit/NNP/5 and/CC/2 Lending/NNP/2 business/NN ; credit/NN",
            2,
            5,
            False,
        ),
        ("at/IN Stop/NNP/4 &/CC/1 Shop/NNP/1 stores/NNS ; shop/NN", 1, 4, False),
        # another mention names the agency
        (
            "Customs/NNP/4 and/CC/0 Border/NNP/4 Protection/NNP/4 measures/NNS seizures/NNS ."
            " Customs/NNP/10 and/CC/7 Border/NNP/10 Protection/NNP/11 said/VBD ; border/NN",
            0,
            4,
            False,
        ),
        # a word that is no common word, an organization word
        ("Zorbix/NNP/3 and/CC/0 Home/NNP/0 shares/NNS ; home/NN", 0, 3, False),
        ("Home/NNP/4 and/CC/0 Travel/NNP/4 Holdings/NNP/4 shares/NNS ; home/NN", 0, 4, False),
        # no coordination: "Home Depot shares" is the retailer's
        ("Home/NNP/1 Depot/NNP/2 shares/NNS ; home/NN", 0, 2, False),
        # no lowercase noun after the run
        ("Travel/NNP/3 and/CC/0 Lodging/NNP/0 Expenses/NNP ; travel/NN", 0, 3, False),
    ],
)
def test_term_phrases(spec: str, start: int, end: int, expected: bool) -> None:
    doc = doc_of(spec)
    span = Span(doc, start, end, label="ORG")
    lowercase = {t.text for t in doc if t.is_lower and t.is_alpha}
    assert TERMS.qualifies_thing(span, lowercase) is expected
