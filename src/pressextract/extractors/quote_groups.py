"""Which quoted passages make one quotation: a quotation interrupted by its attribution.

“We are ready,” she said, “to act now.” and “We are ready,” she said. “We act now.” are one
quotation in two parts: the attribution between them is all that separates them. So are
“We are ready”, said Doe. “...” (the comma outside the mark) and “We are ready.” said Doe. “...”
(the sentence goes on after the mark). Two passages with their own attributions ("said Doe. Roe
added,"), or a second passage that a speech verb right after it attributes, are two quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pressextract.extractors.attribution import Attributor
from pressextract.extractors.quote_marks import MarkedPassage
from pressextract.nlp.doc_index import doc_index

QUOTE_CHARS = set('“”«»„"')
MAX_BETWEEN = 160  # chars of attribution between two parts of one quotation
MAX_PARTS = 4
ATTRIBUTION_TOKENS = 12  # an attribution sentence alone ("Senator Jane Doe said.") is this short
AFTER_TOKENS = 10  # a speech verb this close after a passage attributes it


@dataclass
class Group:
    """Passages that make one quotation."""

    passages: list[MarkedPassage]


def merge_interrupted(doc: Doc, kept: list[MarkedPassage], att: Attributor) -> list[Group]:
    """Passages in text order -> quotations, each one or more passages."""
    text = doc_index(doc).text
    groups: list[Group] = []
    for p in kept:
        if groups:
            last = groups[-1].passages[-1]
            between = text[last.end : p.start]
            span = _span(doc, last.end, p.start)
            cues = [t for t in span if att.is_cue(t)] if span is not None else []
            stops = interrupted(text, last, between)
            if (
                len(between) <= MAX_BETWEEN
                and not re.search(r"\n[ \t]*\n", between)
                and not QUOTE_CHARS & set(between)
                and not between.rstrip().endswith(":")
                and len(groups[-1].passages) < MAX_PARTS
                and (
                    (len(cues) == 1 and (stops or _only_attribution(span)))
                    or (not cues and stops and _names_one(span, att))
                )
                and not _own_attribution_after(doc, p, kept, att)
            ):
                groups[-1].passages.append(p)
                continue
        groups.append(Group([p]))
    return groups


def interrupted(text: str, passage: MarkedPassage, between: str) -> bool:
    """Whether a passage stops mid-sentence for its attribution: “We are ready,” she said, ...
    (also “We are ready”, she said and “We are ready.” she said)."""
    if between.rstrip().endswith(":"):
        return False
    k = passage.end - 2
    while k > 0 and text[k] in "'`":  # the first character of a typewriter mark ('')
        k -= 1
    before_mark = text[k] if k >= 0 else ""
    if before_mark in {",", "—", "–", "…"}:
        return True
    after = text[passage.end : passage.end + 40].lstrip(" \t")
    return after[:1] == "," or (before_mark in ".!?" and after[:1].islower())


def _only_attribution(span: Span | None) -> bool:
    """The text between two passages is one short attribution sentence ("Senator Doe said.")."""
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return 0 < len(words) <= ATTRIBUTION_TOKENS and span.text.strip().endswith((".", ","))


def _names_one(span: Span | None, att: Attributor) -> bool:
    """No speech verb, but a short text naming one person: a mangled attribution
    ("saidRepresentative Jane Doe." scraped without its space)."""
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    persons = {p.name for p in map(att.people.at, span) if p is not None}
    verbs = [t for t in span if t.pos_ in {"VERB", "AUX"}]
    return 0 < len(words) <= ATTRIBUTION_TOKENS and len(persons) == 1 and not verbs


def _own_attribution_after(doc: Doc, p: MarkedPassage, kept: list, att: Attributor) -> bool:
    """Whether a speech verb right after the passage attributes it (then it is a quotation of
    its own, not a continuation). A verb that reports a clause of its own ("Reuters reported
    that ...") attributes something else."""
    text = doc_index(doc).text
    end = text.find("\n", p.end)
    end = len(text) if end < 0 else end
    nxt = [q.start for q in kept if q.start >= p.end]
    if nxt:
        end = min(end, nxt[0])
    # Only the attribution right after it: up to the end of the sentence.
    stop = re.search(r"[.!?]\s", text[p.end : end])
    if stop:
        end = p.end + stop.end()
    span = _span(doc, p.end, end) if end > p.end else None
    if span is None:
        return False
    words = [t for t in span if not t.is_space]
    return any(att.is_cue(t) and not att.reports_own_clause(t) for t in words[:AFTER_TOKENS])


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")
