"""Speakers: each quoted person once, full name as introduced, title and organization."""

from __future__ import annotations

import pytest

from pressextract.extractors.quotes import QuoteOptions, extract_quotes
from pressextract.extractors.speakers import SpeakerOptions, extract_speakers
from pressextract.pipeline import document_from_text


def speakers_of(nlp, text: str, **options) -> list:
    document = document_from_text(text)
    doc = nlp(text)
    extract_quotes(doc, document, QuoteOptions())
    return extract_speakers(doc, document, SpeakerOptions(**options))


@pytest.mark.parametrize(
    ("text", "name", "title", "organization"),
    [
        (
            "Ian Saunders, Secretary General of the World Customs Organization, said "
            "“Customs stand at the front line of this fight.”",
            "Ian Saunders",
            "Secretary General",
            "World Customs Organization",
        ),
        (
            "WCO Secretary General Ian Saunders said “Customs stand at the front line.”",
            "Ian Saunders",
            "Secretary General",
            "WCO",
        ),
        (
            "OLAF Director-General Ville Itälä said “We stopped the shipments in time.”",
            "Ville Itälä",
            "Director-General",
            "OLAF",
        ),
        (
            "Secretary General of INTERPOL Jürgen Stock said “Police must work together.”",
            "Jürgen Stock",
            "Secretary General",
            "INTERPOL",
        ),
        (
            "Jane Doe, CEO of Acme Corp., said “We will build the new plant in two years.”",
            "Jane Doe",
            "CEO",
            "Acme Corp.",
        ),
        (
            "“The product is ready for the market,” said Petra Lindqvist, Head of Cloud "
            "Solutions for Norvik.",
            "Petra Lindqvist",
            "Head of Cloud Solutions",
            "Norvik",
        ),
        (
            "“We are looking forward to the next phase,” said Tomas Brenner, ad4reach’s new "
            "Chief Strategy Officer.",
            "Tomas Brenner",
            "Chief Strategy Officer",
            "ad4reach",
        ),
        (
            "“We found the mirror could read pulse rates,” said Lena Ortiz, professor and chair "
            "of radiology.",
            "Lena Ortiz",
            "professor and chair of radiology",
            None,
        ),
    ],
)
def test_title_and_organization(nlp, text, name, title, organization) -> None:
    [speaker] = speakers_of(nlp, text)
    assert (speaker.name, speaker.title, speaker.organization) == (name, title, organization)


def test_later_short_mentions_are_the_same_speaker_with_a_quote_count(nlp) -> None:
    text = (
        "“Our idea goes back more than 12 years,” said Lena Ortiz, professor of "
        "radiology.\n"
        "“The smart mirror is the simplest way to collect this kind of data,” Ortiz said.\n"
        "“We know it sounds odd,” she said."
    )
    [speaker] = speakers_of(nlp, text)
    assert (speaker.name, speaker.quotes, speaker.kind) == ("Lena Ortiz", 3, "person")


def test_quote_speaker_names_equal_speaker_names(nlp) -> None:
    text = (
        "District Attorney Ken Marlow announced the sentences. "
        "District Attorney Marlow said, “These men cheated the elderly out of their savings.” "
        "“It is a fine day for the city,” said Mayor Ann Lee of Springfield."
    )
    document = document_from_text(text)
    doc = nlp(text)
    quotes = extract_quotes(doc, document, QuoteOptions())
    speakers = extract_speakers(doc, document, SpeakerOptions())
    assert {q.speaker for q in quotes} == {s.name for s in speakers} == {"Ken Marlow", "Ann Lee"}


def test_people_who_are_not_quoted_are_not_speakers(nlp) -> None:
    text = (
        "The case was prosecuted by Assistant District Attorney Rita Salas. "
        "“Justice was served today,” said District Attorney Ken Marlow."
    )
    assert [s.name for s in speakers_of(nlp, text)] == ["Ken Marlow"]


def test_indirect_speakers_count_unless_switched_off(nlp) -> None:
    text = "Officer Jane Smith testified that she feared for her life."
    assert [s.name for s in speakers_of(nlp, text)] == ["Jane Smith"]
    assert speakers_of(nlp, text, indirect=False) == []


def test_organization_speaker_is_kind_organization(nlp) -> None:
    text = "The Ministry of Health said in a statement: “The outbreak is under control now.”"
    [speaker] = speakers_of(nlp, text)
    assert (speaker.name, speaker.kind) == ("Ministry of Health", "organization")
    assert speakers_of(nlp, text, organizations=False) == []


def test_speakers_without_the_quotes_field_find_the_quotes_themselves(nlp) -> None:
    text = "“We are ready to act now,” said Jane Doe, CEO of Acme Corp."
    document = document_from_text(text)
    [speaker] = extract_speakers(nlp(text), document, SpeakerOptions())
    assert speaker.name == "Jane Doe"
