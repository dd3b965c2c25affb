"""A quotation with no attribution of its own takes its speaker from the structure around it.

AP style names a speaker once and goes on quoting: a quotation right after another one (“...”
“...”), a second quotation in the sentence of an attributed one ("Doe noted that “...,” but we
now “...”"), or a paragraph of quotation under a paragraph where someone spoke ("Mr Doe said
other agencies will be funded." then “This funding will help.”). Only where the quotation's own
sentence has no speech verb: "the man told reporters" names nobody, and that is the answer.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pressextract.extractors.attribution import Attributor, Speaker
from pressextract.nlp.doc_index import doc_index


def carried_speaker(
    doc: Doc, start: int, end: int, att: Attributor, previous: tuple[int, Speaker | None] | None
) -> Speaker | None:
    """The speaker a quotation at text[start:end] continues, or None (`previous`: where the
    quotation before it ends, and its speaker)."""
    previous_end, previous_speaker = previous if previous is not None else (0, None)
    text = doc_index(doc).text
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    between = text[previous_end:start]
    if previous_speaker is not None and not re.search(r"\n[ \t]*\n", between):
        if not between.strip():
            return previous_speaker  # “...” “...”: one speaker going on
        # The sentence of the first quoted word (an opening mark may end the sentence before).
        first = next((t for t in span if not (t.is_punct or t.is_space)), span[0])
        sentence_start = doc[doc_index(doc).sent_starts[first.i]].idx
        if previous_end > sentence_start and not _someone_between(doc, previous_end, start, att):
            return previous_speaker  # a second quotation in the same sentence
    if _has_own_cue(doc, span.start, span.end - 1, att):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].count("“") + text[line_start:start].count('"') > 0:
        return None  # not the paragraph's first quotation
    prev_line = _previous_line(text, line_start)
    if prev_line is None:
        return None
    a, b = prev_line
    person = previous_speaker if previous_speaker and previous_speaker.kind == "person" else None
    if person is not None and a <= previous_end <= b + 1:
        return person
    return _last_speaker_in(doc, a, b, att)


def _has_own_cue(doc: Doc, first: int, last: int, att: Attributor) -> bool:
    """A speech verb outside quotations in the sentences the quotation stands in."""
    index = doc_index(doc)
    return any(att.is_cue(t) for t in doc[index.sent_starts[first] : index.sent_ends[last]])


def _someone_between(doc: Doc, a: int, b: int, att: Attributor) -> bool:
    """A speech verb or a person named between two quotations ("..., while Foreign Minister
    Jane Doe made clear that ...")."""
    span = doc.char_span(a, b, alignment_mode="expand")
    return span is not None and any(att.is_cue(t) or att.people.at(t) is not None for t in span)


def _previous_line(text: str, line_start: int) -> tuple[int, int] | None:
    """Char bounds of the last non-empty line before the one starting at `line_start`."""
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return begin, end
        end = begin - 1
    return None


def _last_speaker_in(doc: Doc, a: int, b: int, att: Attributor) -> Speaker | None:
    """The person the last speech verb of a paragraph names ("Mr Doe said other ...")."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(span):
        if att.is_cue(token):
            speaker = att.subject_of(token)
            return speaker if speaker is not None and speaker.kind == "person" else None
    return None


def fills_line(text: str, start: int, end: int) -> bool:
    """Whether a quotation is its paragraph's whole text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" .\t")
