"""build_nlp: the model's tokenizer with the splits press releases need (the default pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newswire's dateline glued in with dashes: the company's name stands alone
        (
            "VIEW, Calif.–(BUSINESS WIRE)–Coursera, Inc. (NYSE: COUR)",
            ["VIEW", ",", "Calif.", "–", "(", "BUSINESS", "WIRE", ")", "–", "Coursera", ",",
             "Inc.", "(", "NYSE", ":", "COUR", ")"],
        ),
        (
            "Fla.--(BUSINESS WIRE)--Zorbix Corp. said",
            ["Fla.", "--", "(", "BUSINESS", "WIRE", ")", "--", "Zorbix", "Corp.", "said"],
        ),
        # ... a range or a compound with a dash and no bracket is left as the model reads it
        ("in 2024–25 and well-known", ["in", "2024–25", "and", "well", "-", "known"]),
    ],
)
def test_dashes_next_to_brackets_are_split(nlp, text: str, expected: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == expected


def test_a_very_long_run_is_one_token(nlp) -> None:
    from pressextract.nlp.build import LONG_TOKEN_CHARS

    run = "“" * (LONG_TOKEN_CHARS + 1)
    assert len(nlp.make_doc(f"a {run} b")) == 3
