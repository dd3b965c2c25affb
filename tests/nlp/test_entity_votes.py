"""entity_votes: one name, one label, on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from tests.entity_docs import with_ents

from pressextract.nlp.components.entity_votes import majority_labels

_NLP = spacy.blank("en")


def voted(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Entities after the vote, as (text, label)."""
    doc = with_ents(_NLP(text), ents, whole_words=True)
    return [(e.text, e.label_) for e in majority_labels(list(doc.ents))]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # The label given most often wins.
        (
            "Telia grew. Telia hired. Telia sold. Telia left.",
            [("Telia", "ORG"), ("Telia", "ORG"), ("Telia", "GPE"), ("Telia", "ORG")],
            [("Telia", "ORG")] * 4,
        ),
        # A one-word PERSON that no fuller person's name of the release holds does not vote:
        # "Zentrix" is no one's name here, and the company it names wins.
        (
            "Zentrix grew. Zentrix hired. Zentrix sold. Zentrix left. Zentrix won.",
            [("Zentrix", "ORG"), ("Zentrix", "ORG"), ("Zentrix", "PERSON"),
             ("Zentrix", "PERSON"), ("Zentrix", "PERSON")],
            [("Zentrix", "ORG")] * 5,
        ),
        # The surname of a person the release names in full votes as before.
        (
            "Anna Harlow spoke. Harlow grew. Harlow hired. Harlow sold. Harlow left.",
            [("Anna Harlow", "PERSON"), ("Harlow", "PERSON"), ("Harlow", "PERSON"),
             ("Harlow", "PERSON"), ("Harlow", "ORG")],
            [("Anna Harlow", "PERSON"), ("Harlow", "PERSON"), ("Harlow", "PERSON"),
             ("Harlow", "PERSON"), ("Harlow", "PERSON")],
        ),
        # One ORG mention alone outvotes nothing.
        (
            "Quell grew. Quell hired.",
            [("Quell", "ORG"), ("Quell", "PERSON")],
            [("Quell", "ORG"), ("Quell", "PERSON")],
        ),
    ],
)
def test_majority_labels(text: str, ents: list, expected: list) -> None:
    assert voted(text, ents) == expected
