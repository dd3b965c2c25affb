"""org_recall: names the release uses as organizations become ORG (hand-built parses).

Each token is written `word`, `word/dep`, `word/dep/head`, `word/dep/head/pos` or
`word/dep/head/pos/lemma` (head: the index of the head token, the token itself when omitted;
pos: PROPN for a capitalized word, else X, when omitted; lemma: the lowercase word).
Entities are (start, end, label).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pressextract.nlp.components.org_recall import OrgRecall
from pressextract.resources.lexicon import load_words

RECALL = OrgRecall(
    kinds=load_words("org_kinds.txt"),
    titles={"ceo", "founder", "director", "partner"},
    portfolios={"finance"},
    is_place=lambda name: name in {"Boston", "Springfield"},
)
VOCAB = spacy.blank("en").vocab


def recalled(spec: str, ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    words, heads, deps, pos, lemmas = [], [], [], [], []
    for i, item in enumerate(spec.split(" ")):
        parts = item.split("/") if item != "/" else [item]
        words.append(parts[0])
        deps.append(parts[1] if len(parts) > 1 else "dep")
        heads.append(int(parts[2]) if len(parts) > 2 else i)
        default_pos = "PROPN" if parts[0][:1].isupper() else "X"
        pos.append(parts[3] if len(parts) > 3 else default_pos)
        lemmas.append(parts[4] if len(parts) > 4 else parts[0].lower())
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return [(e.text, e.label_) for e in RECALL(doc).ents]


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a kind of organization in apposition
        (
            "Zorbix/nsubj/5 ,/punct/0 a/det/4 software/compound/4 company/appos/0 opened/ROOT/5",
            [(0, 1, "PERSON")],
            [("Zorbix", "ORG")],
        ),
        # ... or as what the name is
        (
            "Quillmark/nsubj/1 is/ROOT/1/AUX/be a/det/4 leading/amod/4 investor/attr/1",
            [(0, 1, "PERSON")],
            [("Quillmark", "ORG")],
        ),
        # an example of a kind, and the names coordinated with it
        (
            "The/det/1 agencies/nsubj/7 such/amod/3 as/prep/1 Tandrel/pobj/3 and/cc/4"
            " Wexly/conj/4 act/ROOT/7",
            [(4, 5, "PERSON"), (6, 7, "GPE")],
            [("Tandrel", "ORG"), ("Wexly", "ORG")],
        ),
        (
            "influenced/ROOT/0 by/agent/0 bands/pobj/1 such/amod/4 as/prep/2 Zeppo/pobj/4"
            " and/cc/5 Quanta/conj/5",
            [(5, 6, "PERSON"), (7, 8, "PRODUCT")],
            [("Zeppo", "ORG"), ("Quanta", "ORG")],
        ),
        # every mention of the name, the untagged ones too
        (
            "companies/nsubj/3 like/prep/0 Vexor/pobj/1 use/ROOT/3 it/dobj/3 ,/punct/3"
            " and/cc/3 Vexor/nsubj/8 grew/conj/3",
            [(2, 3, "PRODUCT")],
            [("Vexor", "ORG"), ("Vexor", "ORG")],
        ),
        # the organization of a post
        (
            "said/ROOT/0 Ada/compound/2 Quill/nsubj/0 ,/punct/2 CEO/appos/2 at/prep/4"
            " Nimbro/pobj/5",
            [(1, 3, "PERSON")],
            [("Ada Quill", "PERSON"), ("Nimbro", "ORG")],
        ),
        # a person's organization
        (
            "Ada/compound/1 Quill/nsubj/4 from/prep/1 Plinko/advmod/4/ADV spoke/ROOT/4",
            [(0, 2, "PERSON")],
            [("Ada Quill", "PERSON"), ("Plinko", "ORG")],
        ),
        # the rest of a name after a small word
        (
            "Snacks/nsubj/5 to/prep/0 the/det/3 Polls/pobj/1 ,/punct/0 the/det/6"
            " nonprofit/appos/0 ,/punct/0 grew/ROOT/8",
            [(3, 4, "PRODUCT")],
            [("Snacks to the Polls", "ORG")],
        ),
    ],
)
def test_names_used_as_organizations(spec: str, ents: list, expected: list) -> None:
    assert recalled(spec, ents) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a place the place data knows, after "from" or a post
        (
            "Ada/compound/1 Quill/nsubj/4 from/prep/1 Boston/pobj/2 spoke/ROOT/4",
            [(0, 2, "PERSON"), (3, 4, "GPE")],
            [("Ada Quill", "PERSON"), ("Boston", "GPE")],
        ),
        # a person's surname: the release names her "Jane Brookvale"
        (
            "Jane/compound/1 Brookvale/nsubj/2 spoke/ROOT/2 ./punct/2"
            " Brookvale/nsubj/9 ,/punct/4 a/det/7 partner/appos/4 ,/punct/4 left/ROOT/9",
            [(0, 2, "PERSON"), (4, 5, "PERSON")],
            [("Jane Brookvale", "PERSON"), ("Brookvale", "PERSON")],
        ),
        # a kind written as a name, not as a noun ("Partner" of a title)
        (
            "Zorbix/nsubj/4 ,/punct/0 Managing/amod/3 Partner/appos/0 spoke/ROOT/4",
            [(0, 1, "PERSON")],
            [("Zorbix", "PERSON")],
        ),
        # a two-word PERSON is a person
        (
            "Ada/compound/1 Quill/nsubj/2 is/ROOT/2/AUX/be a/det/4 partner/attr/2",
            [(0, 2, "PERSON")],
            [("Ada Quill", "PERSON")],
        ),
        # a field of work after a post is no organization
        (
            "Ada/compound/1 Quill/nsubj/5 ,/punct/1 Director/appos/1 of/prep/3"
            " Operations/pobj/4 spoke/ROOT/5",
            [(0, 2, "PERSON")],
            [("Ada Quill", "PERSON")],
        ),
    ],
)
def test_names_left_alone(spec: str, ents: list, expected: list) -> None:
    assert recalled(spec, ents) == expected
