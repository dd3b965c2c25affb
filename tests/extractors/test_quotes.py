"""Quotes: every common form of direct quotation, what is not a quotation, and reported speech."""

from __future__ import annotations

import pytest

from pressextract.extractors.quote_marks import find_marked_passages
from pressextract.extractors.quotes import QuoteOptions, extract_quotes
from pressextract.pipeline import document_from_text


def quotes_of(nlp, text: str, **options) -> list:
    document = document_from_text(text)
    return extract_quotes(nlp(text), document, QuoteOptions(**options))


def direct(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(nlp, text) if q.kind == "direct"]


# --- quotation marks, no model -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("He said “We are ready.” Then left.", ["We are ready."]),
        ('He said "We are ready." Then left.', ["We are ready."]),
        ("Il a dit « Nous sommes prêts » hier.", ["Nous sommes prêts"]),
        ("Sie sagte „Wir sind bereit“ gestern.", ["Wir sind bereit"]),
        ("She wrote ‘We act now, today’ in May.", ["We act now, today"]),
        ("“It is the ‘best’ plan,” she said.", ["It is the ‘best’ plan"]),
        ("The victims’ families said “Thank you for everything.”", ["Thank you for everything."]),
        ("He said ''We act now today,'' and left.", ["We act now today"]),
        ("It’s the company’s plan.", []),
        ("“Unclosed mark and no end", []),
        # single marks do not nest: a second opening shows that the "possessive" closed a title
        ("Her single ‘Demons’ is raw. She asks ‘What point’ today.", ["Demons", "What point"]),
        ("‘Our victims’ lawyers met,’ she said.", ["Our victims’ lawyers met"]),
        # a term quoted inside a quotation with the same marks
        (
            "She said: “I sport scars. It is a collection of “mementos” that reminds me.”",
            ["I sport scars. It is a collection of “mementos” that reminds me."],
        ),
        # ... but an opening mark with no closing mark for the outer one is a stray mark
        ("He called it “historic. She said “no way at all” to that.", ["no way at all"]),
        # A scraper lost the opening mark: the quotation opens the paragraph.
        (
            'Intro.\nThe threat is persistent and requires full cooperation," said Jane Doe.',
            ["The threat is persistent and requires full cooperation"],
        ),
    ],
)
def test_marked_passages(text: str, contents: list[str]) -> None:
    found = [" ".join(text[a:b] for a, b in p.parts) for p in find_marked_passages(text)]
    assert found == contents


def test_multi_paragraph_passage_is_one_with_inner_marks_skipped() -> None:
    text = "Doe said:\n“First paragraph goes on.\n“Second paragraph ends here.”\nAfter."
    [passage] = find_marked_passages(text)
    parts = [text[a:b] for a, b in passage.parts]
    assert parts == ["First paragraph goes on.", "Second paragraph ends here."]


def test_hard_wrapped_quotation_continues_over_the_line_break() -> None:
    text = 'Hermus said, "By God, there will\nbe a consequence for this."\nNext line.'
    [passage] = find_marked_passages(text)
    assert text[passage.content_start : passage.content_end].endswith("consequence for this.")


# --- direct quotations with the model ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will build the new plant in two years,” said Jane Doe, CEO of Acme Corp.",
            [("We will build the new plant in two years", "Jane Doe")],
        ),
        (
            'Jane Doe, CEO of Acme Corp., said "We will build the new plant in two years."',
            [("We will build the new plant in two years.", "Jane Doe")],
        ),
        (
            "WCO Secretary General Ian Saunders said: “Customs officers stand on the front line.”",
            [("Customs officers stand on the front line.", "Ian Saunders")],
        ),
        (
            "“The market is open to everyone,” says Paul Martin, head of sales at Foo Inc.",
            [("The market is open to everyone", "Paul Martin")],
        ),
        (
            "Il a dit: «Nous sommes prêts à agir maintenant», a déclaré Marie Dupont.",
            [("Nous sommes prêts à agir maintenant", "Marie Dupont")],
        ),
    ],
)
def test_direct_quotation_and_speaker(nlp, text: str, expected: list) -> None:
    assert direct(nlp, text) == expected


def test_interrupted_quotation_is_one_quote_spanning_both_parts(nlp) -> None:
    text = "Jane Doe opened the plant. “We are ready,” she said, “to act now.”"
    [quote] = quotes_of(nlp, text)
    assert quote.text == "We are ready to act now."
    assert quote.speaker == "Jane Doe"
    assert text[quote.char_start : quote.char_end] == "We are ready,” she said, “to act now."


def test_quotes_with_their_own_attribution_stay_apart(nlp) -> None:
    text = (
        "“The first plan is good,” said Jane Doe.\n"
        "“The second plan is better,” said John Roe, Mayor of Springfield."
    )
    assert direct(nlp, text) == [
        ("The first plan is good", "Jane Doe"),
        ("The second plan is better", "John Roe"),
    ]


def test_block_quotation_with_attribution_line(nlp) -> None:
    text = (
        "The session was opened by the director.\n\n"
        "“Wildlife crime is organized crime. We must act together to stop it.”\n\n"
        "- Jane Doe, Director of the Wildlife Agency.\n\n"
        "Other sessions followed."
    )
    assert direct(nlp, text) == [
        ("Wildlife crime is organized crime. We must act together to stop it.", "Jane Doe")
    ]


def test_em_dash_attribution_line(nlp) -> None:
    text = "“Every child deserves a good school and a safe home.”\n— Maria Lopez\nMore text."
    assert direct(nlp, text) == [
        ("Every child deserves a good school and a safe home.", "Maria Lopez")
    ]


def test_multi_paragraph_quotation(nlp) -> None:
    text = (
        "Mayor Tom Baker said:\n"
        "“The bridge will open in May and traffic will ease.\n"
        "“We thank everyone who waited so patiently.”\n"
        "The bridge cost $2 million."
    )
    [(content, speaker)] = direct(nlp, text)
    assert content.startswith("The bridge will open") and content.endswith("patiently.")
    assert speaker == "Tom Baker"


def test_pronoun_and_short_name_resolve_to_the_full_name(nlp) -> None:
    text = (
        "Sarah Connor, the chair of the board, opened the meeting. "
        "“We have had a strong year,” she said. "
        "“Our customers trust us,” Connor added."
    )
    assert direct(nlp, text) == [
        ("We have had a strong year", "Sarah Connor"),
        ("Our customers trust us", "Sarah Connor"),
    ]


def test_title_resolves_to_the_person_introduced_with_it(nlp) -> None:
    text = (
        "Prime Minister Keith Mitchell attended the meeting in Barbados. "
        "The Prime Minister said, “The region is taken for granted by many.”"
    )
    assert direct(nlp, text) == [("The region is taken for granted by many.", "Keith Mitchell")]


def test_organization_speaker(nlp) -> None:
    text = "The Ministry of Health said in a statement: “The outbreak is under control now.”"
    [quote] = quotes_of(nlp, text)
    assert quote.speaker == "Ministry of Health"


def test_unknown_speaker_stays_null(nlp) -> None:
    text = "The report was published on Monday. “Prices will keep rising next year.”"
    assert direct(nlp, text) == [("Prices will keep rising next year.", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The theme was “Building Strong Cases: From Seizure to Prosecution” this year.",
        "He posed as an officer named “Sergeant Russo” to get cash.",
        "The team built a “smart” toilet for the home.",
        "About 37% said they were “somewhat comfortable” with the idea.",
        "The plan is part of the “Fit for 55 in 2030 package” of the EU.",
        "The resolution adds an agenda item on “lethal autonomous weapons systems” for 2024.",
    ],
)
def test_titles_names_and_scare_quotes_are_not_quotes(nlp, text: str) -> None:
    assert direct(nlp, text) == []


def test_short_fragment_governed_by_a_speech_verb_is_a_quote(nlp) -> None:
    text = "The resolution acknowledges the “serious challenges and concerns” of the new arms."
    assert direct(nlp, text) == [("serious challenges and concerns", None)]


def test_paragraph_without_quotation_marks_keeps_inverted_attribution(nlp) -> None:
    text = (
        "The agency released its report today.\n"
        "We are firmly committed to stopping wildlife trafficking, said Assistant Attorney "
        "General John C. Cruden. Each illegal tusk is a dead animal.\n"
    )
    [quote] = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert quote.speaker == "John C. Cruden"
    assert quote.text.startswith("We are firmly committed") and "dead animal" in quote.text


def test_transcript_after_a_remarks_heading(nlp) -> None:
    text = (
        "Remarks of Vice President Joe Biden\nWeekly Address\n"
        "Hello everyone, this is Joe Biden and today I want to talk about community college.\n"
        "Thank you all for listening and have a great weekend.\n"
    )
    [quote] = direct(nlp, text)
    assert quote[1] == "Joe Biden" and quote[0].startswith("Hello everyone")


# --- reported speech -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "District Attorney Ken Thompson said that the defendants stole more than $8,000.",
            "the defendants stole more than $8,000",
            "Ken Thompson",
        ),
        (
            "Officer Amber Guyger testified that she feared for her life.",
            "she feared for her life",
            "Amber Guyger",
        ),
    ],
)
def test_indirect_quotes(nlp, text: str, content: str, speaker: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", content, speaker)


def test_indirect_quotes_can_be_switched_off(nlp) -> None:
    text = "Jane Doe said that the plant will open in May next year."
    assert quotes_of(nlp, text, indirect=False) == []


def test_offsets_slice_the_text(nlp) -> None:
    text = "“Prices will fall soon,” said John Roe. Jane Doe said that rents will rise this year."
    for quote in quotes_of(nlp, text):
        assert text[quote.char_start : quote.char_end].startswith(quote.text[:10])


def test_speech_verbs_extend_from_the_config(nlp) -> None:
    text = "Jane Doe theorized that the market will recover by the spring."
    assert quotes_of(nlp, text) == []
    [quote] = quotes_of(nlp, text, speech_verbs_extra=("theorize",))
    assert (quote.kind, quote.speaker) == ("indirect", "Jane Doe")
