"""Quotations whose structure decides them: one quotation split by its attribution, speakers
carried from the quotation or paragraph before, pronouns and the names they take up."""

from __future__ import annotations

import pytest

from pressextract.extractors.quotes import QuoteOptions, extract_quotes
from pressextract.pipeline import document_from_text


def direct(nlp, text: str) -> list[tuple[str, str | None]]:
    document = document_from_text(text)
    found = extract_quotes(nlp(text), document, QuoteOptions())
    return [(q.text, q.speaker) for q in found if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The comma outside the closing mark: still one quotation around its attribution.
        (
            "“Our platform serves the whole software industry”, said Jane Moreau, director of "
            "the Open Tools Foundation. “The new release is an important milestone for us.”",
            [
                (
                    "Our platform serves the whole software industry The new release is an "
                    "important milestone for us.",
                    "Jane Moreau",
                )
            ],
        ),
        # A full stop inside the mark, but the sentence goes on with the attribution.
        (
            "“We built this community together over five years.” said Tom Reyes, chair of the "
            "board. “It is through the work of many people that we grew.”",
            [
                (
                    "We built this community together over five years. It is through the work "
                    "of many people that we grew.",
                    "Tom Reyes",
                )
            ],
        ),
        # An attribution sentence alone between the parts ("Senator Ann Carr said.").
        (
            'The senators spoke on Monday. "Today we must invest in our roads and bridges," '
            'Senator Ann Carr said. "We saw last year what happens when we wait." A list of '
            "the projects follows.",
            [
                (
                    "Today we must invest in our roads and bridges We saw last year what happens "
                    "when we wait.",
                    "Ann Carr",
                )
            ],
        ),
        # A speech verb after the second part that reports a clause of its own ("News Daily
        # reported that ...") does not make the second part a quotation of its own.
        (
            "“The situation in the town is unstable,” he said. “There are many militias.” On "
            "May 12, News Daily reported that the government had released 47 people.",
            [("The situation in the town is unstable There are many militias.", None)],
        ),
    ],
)
def test_one_quotation_split_by_its_attribution(nlp, text, expected):
    assert direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second quotation in the sentence of an attributed one, and one right after another.
        (
            "The Director, Maria Lopez, noted that “we have faced floods like this before,” but "
            "we now “have the tools to keep families safe.” “We must update our plans to "
            "protect homes.”",
            ["Maria Lopez", "Maria Lopez", "Maria Lopez"],
        ),
        # A paragraph of quotation under a paragraph where someone spoke.
        (
            "Ms Okafor said local groups such as Harbour Aid will be paid to run the new "
            "shelters.\n\n"
            "“This money will help make sure that families get the support they need.”\n",
            ["Okafor"],
        ),
        # A person named between two quotations of one sentence: two quotations, the second
        # not the first one's speaker's.
        (
            "Prime Minister Paul Grant told envoys that “the agency has to close,” while Foreign "
            "Minister Ilse Varga has made clear that it will “not be part of the day after.”",
            ["Paul Grant", "Ilse Varga"],
        ),
        # Under a paragraph whose speaker is unnamed, nobody is carried.
        (
            "The minister, Jane Doe, opened the centre on Monday.\n\n"
            "“I saw a police car in front of my workplace,” a 23-year-old man told reporters.\n",
            [None],
        ),
    ],
)
def test_speakers_carried_by_structure(nlp, text, expected):
    assert [speaker for _, speaker in direct(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" takes up the subject of the sentence before, not a name inside another phrase.
        (
            "Omar Haddad added that Lina Toma's use of this technique enabled a deeper "
            "understanding. “The approach reveals chemical fingerprints of the material,” he said.",
            ["Omar Haddad"],
        ),
        # A title heading the subject, the name inside it (the model's parse of a long title).
        (
            "“Water is the foundation of everything,” said Thandi Mokoena, CEO of the Trust.\n\n"
            "Bank Vice-President for Agriculture and Human Development Beth Dunford said the "
            "bank was proud to support the project. “Every rand invested here will return three "
            "times its value,” she said.",
            ["Thandi Mokoena", "Beth Dunford"],
        ),
        # Someone unnamed introduced as a subject ("a 23-year-old man") is who "he" is.
        (
            "Nadia Karam is a researcher at the group. During the holiday, a 31-year-old man left "
            "his flat to go to the market. “I saw two soldiers at the end of my road,” he said.",
            [None],
        ),
        # A name modifying a noun ("an ethnic Chin refugee") is not the antecedent either.
        (
            "When an ethnic Hmong farmer protested the eviction, the guards kicked him. “We were "
            "pushed into a truck and left without water,” he said.",
            [None],
        ),
    ],
)
def test_pronoun_speakers(nlp, text, expected):
    assert [speaker for _, speaker in direct(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A capitalized speech verb the model read into the name.
        (
            '"We are glad to build this with the community," Said Laura Beth Manning, vice '
            "president of Cloud Services at Orbix.",
            "Laura Beth Manning",
        ),
        # An untagged name in apposition to a long title.
        (
            "“The fund takes our work with the lenders a step further and helps small "
            "farmers,” said Norway’s Minister in the Prime Minister’s Office and Second "
            "Minister for Trade and Rural Affairs, Ingrid Solheim.",
            "Ingrid Solheim",
        ),
        # Two capitalized words in a shouted headline are no person.
        (
            "• UNDER A SUPPLY AGREEMENT, ORVEX HAS GRANTED MELDRA THE RIGHTS\n\n"
            'Paul Hadley, Chief Medical Officer at Meldra commented: "This approval '
            'is an important step for patients with the condition."',
            "Paul Hadley",
        ),
        # A lost comma: the word qualifying the title is not part of the name.
        (
            "“Officials are treating asylum seekers as suspects and holding them for weeks,” said "
            "Clara Voss Europe researcher at Human Rights Watch.",
            "Clara Voss",
        ),
    ],
)
def test_name_boundaries_of_speakers(nlp, text, speaker):
    assert [s for _, s in direct(nlp, text)] == [speaker]
