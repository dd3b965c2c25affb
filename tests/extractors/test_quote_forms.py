"""Quotes and speakers in release styles beyond the corpus: newswire, NGO, ministry, corporate."""

from __future__ import annotations

import pytest

from pressextract.extractors.quotes import QuoteOptions, extract_quotes
from pressextract.extractors.speakers import SpeakerOptions, extract_speakers
from pressextract.pipeline import document_from_text


def analyze(nlp, text: str) -> tuple[list, list]:
    """(quotes, speakers) of one text."""
    document = document_from_text(text)
    doc = nlp(text)
    quotes = extract_quotes(doc, document, QuoteOptions())
    return quotes, extract_speakers(doc, document, SpeakerOptions())


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A name the model tagged as a place, set off by a title apposition, is a person.
        (
            "The pact was announced by Helen Park, president of the Northern Growers "
            "Association, and Mark Olsen, mayor of Riverton.\n\n"
            "“Farmers have waited years for this agreement,” Park said.\n\n"
            "“It gives our town a future,” Olsen said.\n",
            ["Helen Park", "Mark Olsen"],
        ),
        # An untagged name opening the sentence, with a title apposition.
        (
            "Sofia Reyes, director of the Clean Rivers Project, joined the cleanup.\n\n"
            "“The river is coming back to life,” Reyes said.\n",
            ["Sofia Reyes"],
        ),
        # Names tagged as organizations after an inverted "said"/"states".
        (
            "“Access to justice should not depend on where you live,” states Amara Obi, "
            "legal director at Justice Access Network.\n",
            ["Amara Obi"],
        ),
    ],
)
def test_names_mis_tagged_by_the_model_are_speakers(nlp, text: str, speakers: list) -> None:
    quotes, found = analyze(nlp, text)
    assert [s.name for s in found] == speakers
    assert all(q.speaker in speakers for q in quotes if q.kind == "direct")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "According to Jane Doe, director of the National Water Agency, the reservoirs "
            "are at their lowest level in a decade.",
            "the reservoirs are at their lowest level in a decade",
            "Jane Doe",
        ),
        (
            "Unemployment fell to 4 percent in March, according to Mark Stone, chief "
            "economist at Delta Bank.",
            "Unemployment fell to 4 percent in March",
            "Mark Stone",
        ),
    ],
)
def test_according_to_a_person_is_reported_speech(nlp, text, content, speaker) -> None:
    quotes, speakers = analyze(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("indirect", content, speaker)]
    assert [s.name for s in speakers] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was built in 1920 and rebuilt after the flood, according to city records.",
        "According to the annual report, the bridge was rebuilt after the flood in 1920.",
    ],
)
def test_according_to_a_document_has_no_speaker(nlp, text: str) -> None:
    quotes, speakers = analyze(nlp, text)
    assert (quotes, speakers) == ([], [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ministry of Environment confirmed the spill on Monday.\n\n"
            "“All affected beaches will reopen by the weekend,” the ministry said in a "
            "statement.\n",
            "Ministry of Environment",
        ),
        # "the company" names no organization of the text: no guess.
        (
            "Shares rose on Monday.\n\n“These results reflect the hard work of our "
            "employees around the world,” the company said in a statement.\n",
            None,
        ),
    ],
)
def test_common_noun_resolves_to_the_organization_named_with_it(nlp, text, speaker) -> None:
    quotes, _ = analyze(nlp, text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "name", "title", "organization"),
    [
        (
            "“The port will double its capacity,” said Pieter van der Berg, director of "
            "operations at the Port of Rotterdam.",
            "Pieter van der Berg",
            "director of operations",
            "Port of Rotterdam",
        ),
        (
            "“Small businesses are the backbone of our economy,” said Emma Smith-Jones, "
            "president of the Chamber of Commerce.",
            "Emma Smith-Jones",
            "president",
            "Chamber of Commerce",
        ),
        (
            "Anika Patel, a researcher at the Institute of Tropical Medicine, led the study.\n\n"
            "“The results exceeded our expectations,” Dr. Patel said.",
            "Anika Patel",
            "researcher",
            "Institute of Tropical Medicine",
        ),
        # A common-noun possessor is no organization name.
        (
            "“We are ready for the growth,” added Maria de la Cruz, the port’s sustainability "
            "manager.",
            "Maria de la Cruz",
            "sustainability manager",
            None,
        ),
        # A portfolio belongs to the title: "Minister of Health", "Secretary of State".
        (
            "Minister of Health Sarah Kim said: “Every child deserves clean water and safe food.”",
            "Sarah Kim",
            "Minister of Health",
            None,
        ),
        (
            "In a statement, Secretary of State Robert King said: “The United States stands "
            "with its allies.”",
            "Robert King",
            "Secretary of State",
            None,
        ),
        (
            "Finance Minister Daniel Okafor presented the budget.\n\n“This budget puts "
            "families first and keeps our debt under control,” the Minister said.",
            "Daniel Okafor",
            "Finance Minister",
            None,
        ),
        # A title phrase set off before the name.
        (
            "“We have listened to our customers and acted on their feedback,” said the "
            "company’s chief operating officer, Grace Liu.",
            "Grace Liu",
            "chief operating officer",
            None,
        ),
        (
            "“We have listened to our customers and acted on their feedback,” said Acme "
            "Corp.’s chief operating officer, Grace Liu.",
            "Grace Liu",
            "chief operating officer",
            "Acme Corp.",
        ),
    ],
)
def test_title_and_organization_in_varied_styles(nlp, text, name, title, organization) -> None:
    _, speakers = analyze(nlp, text)
    assert [(s.name, s.title, s.organization) for s in speakers] == [(name, title, organization)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lowercase title before a name the model half-tagged as a place.
        (
            "“The museum will stay open,” said curator Ana Lima. “We are grateful for the "
            "support,” said trustee Paul Grant.",
            [("Ana Lima", "curator", None), ("Paul Grant", "trustee", None)],
        ),
        # An apposition that a colon closes before the quotation.
        (
            "Says Priya Shah, co-founder of Greenloop: “We wanted recycling to be as easy as "
            "ordering a taxi.”",
            [("Priya Shah", "co-founder", "Greenloop")],
        ),
    ],
)
def test_speakers_in_inverted_attributions(nlp, text: str, expected: list) -> None:
    quotes, speakers = analyze(nlp, text)
    assert [(s.name, s.title, s.organization) for s in speakers] == expected
    assert [q.speaker for q in quotes] == [name for name, _, _ in expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A pronoun skips a person the text marks as of the other gender.
        (
            "Ms. Hana Ito and Mr. David Cho signed the agreement.\n\n"
            "“This is a proud day for our company,” she said.",
            "Hana Ito",
        ),
        (
            "Company spokeswoman Lena Frank confirmed the recall, which Mr. Omar Diaz, the "
            "plant manager, announced on Monday.\n\n“No injuries have been reported,” she said.",
            "Lena Frank",
        ),
        # Nothing marks gender: the person last named.
        (
            "Ms. Hana Ito and David Cho signed the agreement.\n\n"
            "“This is a proud day for our company,” he said.",
            "David Cho",
        ),
    ],
)
def test_pronoun_resolves_to_a_compatible_person(nlp, text: str, speaker: str) -> None:
    quotes, _ = analyze(nlp, text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The attribution closes the paragraph before a block quotation with a colon.
        (
            "Jane Moss, chief executive of the Food Bank Network, said:\n\n“Demand has doubled "
            "since last winter and our shelves are emptying faster than ever.”",
            "Jane Moss",
        ),
        (
            "Laura Kim said:\n“Our volunteers are the heart of everything we do.”",
            "Laura Kim",
        ),
        # An acronym subject the tagger reads as a pronoun ("WHO") is the organization.
        (
            "The World Health Organization (WHO) issued new guidance. “Vaccination remains the "
            "best protection against severe disease,” WHO said.",
            "WHO",
        ),
        # A paragraph that only introduces a person attributes nothing.
        (
            "Dr. Maya Singh, director of the Heart Foundation, welcomed the news.\n\n"
            "“This funding will save lives.”",
            None,
        ),
    ],
)
def test_attribution_across_lines_and_by_acronym(nlp, text: str, speaker) -> None:
    quotes, _ = analyze(nlp, text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == [speaker]


def test_aside_and_participle_title_in_apposition(nlp) -> None:
    text = (
        "Sam Okoro (pictured), managing director of Lagos Fintech Hub, said: “Young founders "
        "need capital, not just applause.”"
    )
    _, speakers = analyze(nlp, text)
    assert [(s.name, s.title, s.organization) for s in speakers] == [
        ("Sam Okoro", "managing director", "Lagos Fintech Hub")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Acme CEO Jane Doe and CFO Tom Ray presented the results.\n\n"
            "“Our strategy is working,” the company’s CEO said.",
            "Jane Doe",
        ),
        (
            "Acme CEO Jane Doe and CFO Tom Ray presented the results.\n\n"
            "“Our strategy is working,” the CEO said.",
            "Jane Doe",
        ),
        # Nobody was introduced as spokesperson, and the last person has another title.
        (
            "Acme CEO Jane Doe presented the results.\n\n"
            "“We will not comment on rumours about a merger,” the company’s spokesperson said.",
            None,
        ),
    ],
)
def test_definite_title_resolves_to_the_person_with_that_title(nlp, text, speaker) -> None:
    quotes, _ = analyze(nlp, text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rosa Lind chimed in that the debate had changed her mind about the vote.", "Rosa Lind"),
        ("Rosa Lind retorted that the board had ignored every warning from staff.", "Rosa Lind"),
        # "asks X to ...": the person asked is no speaker.
        ("The resolution asks Secretary-General Ana Ruiz to report back by September.", None),
    ],
)
def test_less_frequent_speech_verbs(nlp, text: str, speaker) -> None:
    quotes, _ = analyze(nlp, text)
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Government style: the title with its portfolio, before or set off before the name.
        (
            "The Minister for Health, Stephen Donnelly, said: “Waiting lists have fallen for "
            "the third month in a row.”",
            "Stephen Donnelly",
            "Minister for Health",
        ),
        (
            "Minister for Health and Aged Care Mark Butler said the reforms would cut waiting "
            "times. “Patients will see a doctor sooner,” Mr Butler said.",
            "Mark Butler",
            "Minister for Health and Aged Care",
        ),
    ],
)
def test_title_with_a_portfolio(nlp, text: str, name: str, title: str) -> None:
    _, speakers = analyze(nlp, text)
    assert [(s.name, s.title, s.organization) for s in speakers] == [(name, title, None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Quote from Dr. Ravi Menon, Chief Scientist:\n\n“This discovery opens a new "
            "chapter in materials research.”",
            "Ravi Menon",
        ),
        (
            "Jane Whitaker, CEO, Bluewater Energy:\n“Our new turbines will power 200,000 homes "
            "by the end of the decade.”",
            "Jane Whitaker",
        ),
        # A heading that names two people attributes to neither.
        (
            "Speakers: Jane Whitaker and Ravi Menon:\n\n“Our new turbines will power 200,000 "
            "homes by the end of the decade.”",
            None,
        ),
    ],
)
def test_verbless_line_ending_in_a_colon_introduces_the_quotation(nlp, text, speaker) -> None:
    quotes, _ = analyze(nlp, text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two attributions between two passages: two quotations, not one interrupted one.
        (
            "“I am very pleased to welcome Ms. Fairweather to the Board,” said Leo Ellery, "
            "Chairman of the Board. Bruno Chase, Chair of the Nomination Committee, added, "
            "“Ms. Fairweather is an accomplished leader with long experience.”",
            [("I am very pleased", "Leo Ellery"), ("Ms. Fairweather is", "Bruno Chase")],
        ),
        # One attribution between them: one quotation in two parts.
        (
            "“This funding builds on the progress made at the airport,” said Representative "
            "Jon Larkin. “I am proud to have worked with the delegation on it.”",
            [("This funding builds", "Jon Larkin")],
        ),
    ],
)
def test_passages_split_by_one_or_two_attributions(nlp, text, expected) -> None:
    quotes, _ = analyze(nlp, text)
    direct = [(q.text[: len(start)], q.speaker) for q, (start, _) in zip(
        [q for q in quotes if q.kind == "direct"], expected, strict=False)]
    assert direct == expected
    assert len([q for q in quotes if q.kind == "direct"]) == len(expected)
