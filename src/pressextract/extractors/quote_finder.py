"""Find the quotations of a Doc and their speakers (shared by the quotes and speakers fields)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Span, Token

from pressextract.extractors.attribution import Attributor, Speaker
from pressextract.extractors.people import People
from pressextract.extractors.quote_context import carried_speaker
from pressextract.extractors.quote_groups import Group, interrupted, merge_interrupted
from pressextract.extractors.quote_marks import MarkedPassage, find_marked_passages, trim
from pressextract.extractors.quote_options import QuoteOptions
from pressextract.nlp.doc_index import doc_index, token_indexes
from pressextract.resources.lexicon import speech_verbs

CACHE_KEY = "pressextract.quotes"
QUOTE_CHARS = set('“”«»„"')
DASH_LINE = re.compile(r"^[ \t]*(?:[-–—]{1,2}|[•·*▪])[ \t]*(\S.*?)[ \t]*$", re.M)
TRANSCRIPT = re.compile(
    r"^[ \t]*(?:prepared\s+)?(?:remarks|statement|address|message)\s+(?:of|by|from)\s+(.{3,80}?)"
    r"[ \t]*$",
    re.I | re.M,
)
END_LINE = re.compile(r"^[ \t]*(?:###|# # #|-30-|-###-|end)[ \t]*$", re.I | re.M)
STOPWORDS = {"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "at", "by", "with"}


@dataclass(frozen=True, slots=True)
class Finding:
    """One quotation: its content parts, kind and speaker."""

    parts: tuple[tuple[int, int], ...]
    kind: str  # "direct" | "indirect"
    speaker: Speaker | None
    start: int  # outer span, marks and interrupting attribution included
    end: int


def analyze(doc: Doc, options: QuoteOptions) -> list[Finding]:
    """All quotations of `doc` (memoized on the Doc, so speakers reuse the quotes' work)."""
    cache = doc.user_data.setdefault(CACHE_KEY, {})
    if options not in cache:
        cache[options] = _analyze(doc, options)
    return cache[options]


def cached_any(doc: Doc) -> list[Finding] | None:
    """The findings of any earlier `analyze` on this Doc (the quotes field's, with its options)."""
    cache = doc.user_data.get(CACHE_KEY) or {}
    return next(iter(cache.values()), None)


def _analyze(doc: Doc, options: QuoteOptions) -> list[Finding]:
    text = doc_index(doc).text
    people = People(doc, options.titles_extra)
    verbs = speech_verbs(options.speech_verbs_extra)
    transcripts = _transcripts(doc, people) if options.transcripts else []
    passages = [
        p
        for p in find_marked_passages(text)
        if not any(t.start <= p.start < t.end for t in transcripts)
    ]
    quoted: set[int] = set()
    for p in passages:
        quoted.update(_token_range(doc, p.start, p.end))
    attributor = Attributor(doc, people, verbs, quoted)
    kept = [p for p in passages if _is_quotation(doc, p, attributor, options)]
    # A short opening part ("Not me," said Doe. "I don't want it.") is no quotation alone, but
    # starts one: it joins the quotation it interrupts.
    openers = [
        p
        for p in passages
        if p not in kept and interrupted(text, p, "") and re.search(r"\w", text[p.start : p.end])
    ]
    candidates = sorted([*kept, *openers], key=lambda p: p.start)
    groups = [
        g
        for g in merge_interrupted(doc, candidates, attributor)
        if any(p in kept for p in g.passages)
    ]
    findings: list[Finding] = list(transcripts)
    previous: Finding | None = None
    for group in groups:
        finding = _attribute(doc, group, attributor, previous)
        findings.append(finding)
        previous = finding
    if options.unmarked:
        covered = {i for f in findings for i in _token_range(doc, f.start, f.end)}
        findings.extend(_unmarked(doc, attributor, covered))
    findings.sort(key=lambda f: f.start)
    if options.indirect:
        covered = {i for f in findings for i in _token_range(doc, f.start, f.end)}
        findings.extend(_indirect(doc, attributor, covered))
    return findings


def _token_range(doc: Doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _is_quotation(doc: Doc, p: MarkedPassage, att: Attributor, options: QuoteOptions) -> bool:
    """Quoted words are a quotation, not a title, name, slogan or scare quote."""
    content = " ".join(doc_index(doc).text[a:b] for a, b in p.parts)
    words = re.findall(r"[\w’'-]+", content)
    if len(words) < options.min_words:
        return False
    span = _span(doc, p.parts[0][0], p.parts[-1][1])
    if span is None:
        return False
    # A sentence: a finite verb, or sentence-final punctuation after a few words (not
    # “defining deviancy downward.”, a phrase that only closes the sentence around it).
    finite = any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in span) or (
        content.rstrip().endswith((".", "!", "?")) and len(words) >= 5
    )
    if _title_case(words) and not content.rstrip().endswith((".", "!", "?")):
        return False
    if finite or len(words) >= options.min_fragment_words:
        return True
    # A short verbless fragment counts when a speech verb governs it ("acknowledges the “...”").
    root = span.root
    return att.is_cue(root.head) and root.head.i not in range(span.start, span.end)


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in STOPWORDS and w[:1].isalpha()]
    if not content:
        return False
    capital = sum(1 for w in content if w[:1].isupper())
    return capital / len(content) >= 0.75 and len(words) <= 14


def _attribute(doc: Doc, group: Group, att: Attributor, previous: Finding | None) -> Finding:
    parts = tuple(part for p in group.passages for part in p.parts)
    start, end = group.passages[0].start, group.passages[-1].end
    speaker = _line_attribution(doc, end, att)
    if speaker is None:
        first = _token_range(doc, start, end)
        if len(first):
            speaker = att.for_tokens(first.start, first.stop - 1)
    if speaker is None:
        before = (previous.end, previous.speaker) if previous is not None else None
        speaker = carried_speaker(doc, start, end, att, before)
    return Finding(parts=parts, kind="direct", speaker=speaker, start=start, end=end)


def _line_attribution(doc: Doc, end: int, att: Attributor) -> Speaker | None:
    """A block quotation's attribution line: "- Jane Doe, Director of X." on the next line."""
    text = doc_index(doc).text
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" .\t"):
        return None
    pos = line_end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    line_start = text.rfind("\n", 0, pos) + 1
    match = DASH_LINE.match(text, line_start)
    if match is None:
        return None
    span = _span(doc, match.start(1), match.end(1))
    if span is None:
        return None
    for token in span:
        if att.people.at(token) is not None:
            person = att.people.at(token)
            return Speaker(person.name, "person", person)
        if token.text == ",":
            break
    return None


def _transcripts(doc: Doc, people: People) -> list[Finding]:
    """A "Remarks of Vice President Jane Doe" line: the text after it is her words."""
    text = doc_index(doc).text
    found = []
    for match in TRANSCRIPT.finditer(text):
        span = _span(doc, match.start(1), match.end(1))
        person = next((people.at(t) for t in span or () if people.at(t)), None)
        if person is None:
            continue
        # The transcript starts at the first line of running text after the header lines.
        pos = match.end()
        start = None
        for line in re.finditer(r"[^\n]+", text[pos:]):
            if len(line.group().split()) >= 8:
                start = pos + line.start()
                break
        if start is None:
            continue
        end_match = END_LINE.search(text, start)
        end = end_match.start() if end_match else len(text)
        a, b = trim(text, start, end)
        if b - a > 0:
            speaker = Speaker(person.name, "person", person)
            found.append(Finding(((a, b),), "direct", speaker, a, b))
    return found


def _unmarked(doc: Doc, att: Attributor, covered: set[int]) -> list[Finding]:
    """Text that lost its quotation marks: "We act now, said Jane Doe. We will..." is direct."""
    text = doc_index(doc).text
    says = token_indexes(doc, ("say",), LEMMA)  # the only cues read here
    found = []
    for line in re.finditer(r"[^\n]+", text):
        span = _span(doc, line.start(), line.end())
        # Only paragraphs without any quotation mark: their marks were lost, not omitted.
        if span is None or len(span) < 12 or QUOTE_CHARS & set(line.group()):
            continue
        if any(i in covered for i in range(span.start, span.end)):
            continue
        inside = says[bisect_left(says, span.start) : bisect_left(says, span.end)]
        for token in (doc[i] for i in inside):
            if not att.is_cue(token):
                continue
            if token.i == 0 or doc[token.i - 1].text not in {",", "."}:
                continue
            if token.i + 1 < len(doc) and not doc[token.i + 1].text[:1].isupper():
                continue
            before = doc[span.start : token.i - 1]
            if len(before) < 6:
                continue
            stop = next((t.i for t in doc[token.i : span.end] if t.text == "."), span.end)
            speaker = att.subject_of(token)
            if speaker is None:
                continue
            parts = [trim(text, line.start(), doc[token.i - 1].idx)]
            if stop + 1 < span.end:
                parts.append(trim(text, doc[stop].idx + 1, line.end()))
            parts = [p for p in parts if p[1] > p[0]]
            found.append(Finding(tuple(parts), "direct", speaker, line.start(), line.end()))
            break
    return found


def _cue_candidates(doc: Doc) -> list[int]:
    """The tokens `Attributor.is_cue` may take (verbs, auxiliaries and "according"), read from
    the Doc's arrays: no Token object is made for the others."""
    if not len(doc):
        return []
    pos, lower = doc.to_array([POS, LOWER]).T
    maybe = numpy.isin(pos, (VERB, AUX)) | (lower == doc.vocab.strings["according"])
    return numpy.flatnonzero(maybe).tolist()


def _indirect(doc: Doc, att: Attributor, covered: set[int]) -> list[Finding]:
    """Reported speech: "Doe said that ...", "..., Doe said." (a clause under a speech verb)."""
    found = []
    index = doc_index(doc)
    for token in (doc[i] for i in _cue_candidates(doc)):
        if token.i in covered or not att.is_cue(token):
            continue
        if token.lower_ == "according":
            finding = _according(doc, token, att, covered)
            if finding is not None:
                found.append(finding)
                covered.update(_token_range(doc, finding.start, finding.end))
            continue
        clauses = [c for c in token.children if c.dep_ == "ccomp" and c.i not in covered]
        if not clauses:
            continue
        clause = clauses[0]
        tokens = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
        while tokens and (tokens[0].is_punct or tokens[0].is_space):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens = tokens[:-1]
        if not tokens or any(t.i in covered for t in tokens) or tokens[-1].i - tokens[0].i < 4:
            continue
        first, last = tokens[0], tokens[-1]
        if first.i < token.i < last.i or index.sent_starts[first.i] != index.sent_starts[token.i]:
            continue  # a clause around its own verb is a parse error, not reported speech
        speaker = att.subject_of(token)
        if speaker is None or speaker.kind != "person":
            continue
        a, b = trim(doc_index(doc).text, first.idx, last.idx + len(last.text))
        found.append(Finding(((a, b),), "indirect", speaker, a, b))
        # Speech reported inside reported speech belongs to the outer report.
        covered.update(t.i for t in tokens)
    return found


def _according(doc: Doc, cue: Token, att: Attributor, covered: set[int]) -> Finding | None:
    """ "According to Jane Doe, director of X, the dams are full." -> what she reported."""
    speaker = att.subject_of(cue)
    if speaker is None or speaker.kind != "person":
        return None
    sent = doc_index(doc).sentence(doc, cue.i)
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    source_end = max(t.i for t in doc[cue.i + 1].subtree)
    if cue.i == words[0].i:
        # Sentence-initial: the report is the rest of the sentence after the source's comma.
        tokens = [t for t in doc[source_end + 1 : sent.end]]
    elif source_end >= words[-1].i and cue.i > sent.start and doc[cue.i - 1].text == ",":
        tokens = list(doc[sent.start : cue.i - 1])  # "..., according to Doe."
    else:
        return None  # a source named mid-sentence qualifies a phrase, not a statement
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 5 or any(t.i in covered or t.i in att.quoted for t in tokens):
        return None
    if not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return None
    a, b = trim(doc_index(doc).text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    return Finding(((a, b),), "indirect", speaker, a, b)
