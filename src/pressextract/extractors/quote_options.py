"""Options of the quote extractor, apart so that quote_finder and quotes need not import each
other."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class QuoteOptions:
    """Options of the [quotes] table of a pipeline config."""

    speech_verbs_extra: tuple[str, ...] = ()  # lemmas added to data/speech_verbs.txt
    titles_extra: tuple[str, ...] = ()  # positions added to data/person_titles.txt
    min_words: int = 3  # shorter quoted text is a name or a scare quote
    min_fragment_words: int = 7  # verbless quoted text needs this many words or a speech verb
    indirect: bool = True  # also report "Doe said that ..." as kind "indirect"
    unmarked: bool = True  # text with no quotation marks at all: "..., said Doe." is direct
    transcripts: bool = True  # "Remarks of Vice President Doe" + the text after it
