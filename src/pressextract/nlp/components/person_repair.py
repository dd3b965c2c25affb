"""Repair PERSON entities around names and titles, so speakers can be found by entity.

The small English model often (1) lets a title into a PERSON span ("ADA Jason Fine",
"Defendant Gomez"), (2) swallows a name into the ORG span before it ("the World Customs
Organization Ian Saunders said") and (3) misses a name that opens an attribution line
("- Jürgen Stock, Secretary General of INTERPOL."). This component fixes those three cases
and leaves every other entity alone (ORG-side repair is another component's job). A name the
gazetteer or the release's acronym definition vouches for (`kb_id_`: "Orbit Institute Data
Science (OIDS)") is whole: no person's name is split off its end; so is a name whose last word
is a noun the model's lemmatizer knows ("UPMC Health Plan", "BMJ Case Reports") and no word of
the release's PERSON names.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.language import Language
from spacy.tokens import Doc, Span

from pressextract.nlp.doc_index import token_indexes, token_texts, tokens_labelled
from pressextract.nlp.rule_pipes import model_nouns
from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.lexicon import (
    honorifics,
    org_head_words,
    person_titles,
    speech_verbs,
    title_words,
)
from pressextract.resources.name_shapes import singular
from pressextract.resources.places import is_known_place

NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][\w’'.-]*$")
APPOSITION_ENDS = {"of", "at", "for", "with", "in", ",", ".", ";", ")", "and", "–", "—"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Honorifics that mark a person as surely as a title ("Rep. Jane Doe", "Dr. Jane Doe").
HONORIFIC_TITLES = {"dr", "rep", "sen", "gov", "mr", "mrs", "ms", "prof", "rev", "hon"}
PLACE_PREPOSITIONS = {"in", "from", "to", "across", "throughout", "near", "at", "into", "of"}
DASHES = {"-", "–", "—", "--", "•", "·", "*", "▪"}  # attribution lines, also as bullets


@Language.factory(
    "pressextract_person_repair",
    default_config={"titles_extra": []},
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos"],
)
def make_person_repair(nlp: Language, name: str, titles_extra: list[str]) -> PersonRepair:
    """Build the person repair component."""
    return PersonRepair(tuple(titles_extra), common_nouns=model_nouns(nlp))


class PersonRepair:
    """Trim titles off PERSON spans, split names out of ORG spans, label attribution-line names."""

    def __init__(
        self, titles_extra: tuple[str, ...] = (), common_nouns: Collection[str] = ()
    ) -> None:
        self.common_nouns = frozenset(common_nouns)
        self.titles = person_titles(titles_extra)
        self.title_words = title_words(self.titles)
        self.honorifics = honorifics()
        self.org_heads = org_head_words()
        # The unions the checks below read, made once (not once per word looked up).
        self.titles_or_honorifics = self.title_words | self.honorifics
        self.titles_or_heads = self.title_words | self.org_heads
        self.speech_verbs = speech_verbs()
        # Words that end a company's name, never a person's ("Acme Software Systems").
        words = load_json_data("entity_repair.json")
        self.name_endings = {w.lower() for w in (*words["org_heads"], *words["legal_suffixes"])}

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                trimmed = self._trim_person(ent)
                if trimmed is not None:
                    ents.append(trimmed)
            elif ent.label_ in {"ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "LOC"}:
                ents.extend(
                    self._titled_name(ent)
                    or self._apposed_name(ent)
                    or self._split_trailing_name(ent)
                )
            else:
                ents.append(ent)
        ents.extend(self._attribution_line_names(doc, ents))
        ents.extend(self._untagged_titled_names(doc, ents))
        ents.extend(self._untagged_speakers(doc, ents))
        ents.extend(self._untagged_apposed_names(doc, ents))
        doc.ents = _without_overlaps(ents)
        return doc

    def _trim_person(self, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        doc = ent.doc
        # Leading honorifics and titles ("ADA Jason Fine", "Trooper Neal Navitsky").
        while end - start > 1:
            word = _bare(doc[start].text)
            # A title word only goes when a full name remains ("Dean Smith" keeps "Dean").
            if word in self.honorifics or (word in self.title_words and end - start > 2):
                start += 1
            else:
                break
        # Trailing whitespace, punctuation and a title run into the span from the next line.
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
        for i in range(start + 1, end):
            if "\n" in doc[i - 1].whitespace_ or doc[i].is_space:
                end = i
                break
        if end <= start or not any(NAME_TOKEN.match(t.text) for t in doc[start:end]):
            return None
        return Span(doc, start, end, label="PERSON")

    def _titled_name(self, ent: Span) -> list[Span]:
        """ "Police Officer Amber Guyger" tagged PRODUCT: a name right after a title is a person."""
        doc = ent.doc
        start = ent.start
        # "said curator Ana Lima" with only "Lima" tagged: the untagged given name joins.
        while (
            start > 0
            and ent.start - start < 2
            and not doc[start - 1].ent_type_
            and doc[start - 1].pos_ == "PROPN"
            and _looks_like_name_part(doc[start - 1].text)
            and _bare(doc[start - 1].text) not in self.titles_or_honorifics
        ):
            start -= 1
        span = doc[start : ent.end]
        if start == 0 or not (2 <= len(span) <= 4):
            return []
        if _bare(doc[start - 1].text) not in self.title_words:
            return []
        if not all(_looks_like_name_part(t.text) for t in span):
            return []
        if any(_bare(t.text) in self.titles_or_heads for t in span):
            return []
        return [Span(doc, start, ent.end, label="PERSON")]

    def _apposed_name(self, ent: Span) -> list[Span]:
        """ "Helen Park, president of the Growers Association" tagged GPE: a name with a title
        in apposition is a person."""
        doc = ent.doc
        if not (2 <= len(ent) <= 4) or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            return []
        if not all(_looks_like_name_part(t.text) for t in ent):
            return []
        if any(_bare(t.text) in self.titles_or_heads for t in ent):
            return []
        # "in South Africa, President Ramaphosa said": a place after a place preposition.
        if ent.start > 0 and doc[ent.start - 1].text.lower() in PLACE_PREPOSITIONS:
            return []
        if not self._title_apposition_at(doc, ent.end):
            return []
        return [Span(doc, ent.start, ent.end, label="PERSON")]

    def _title_apposition_at(self, doc: Doc, comma: int) -> bool:
        """Whether ", [a|the] [two lowercase words] <title> (of|at|,|.)" starts at `comma`."""
        if comma >= len(doc) or doc[comma].text != ",":
            return False
        i = comma + 1
        while i < len(doc) and doc[i].lower_ in {"a", "an", "the"}:
            i += 1
        # "legal director", "senior research fellow": lowercase words before the title.
        k = i
        while k < len(doc) and k - i < 3 and _bare(doc[k].text) not in self.title_words:
            if not (doc[k].text.isalpha() and doc[k].text.islower()):
                return False
            k += 1
        run = k
        while k < len(doc) and k - run < 4 and _bare(doc[k].text) in self.title_words:
            k += 1
        if k == run or k >= len(doc):
            return False
        # The title ends the apposition or takes its organization ("..., mayor of Riverton");
        # not a name ("..., President Cyril Ramaphosa") nor a verb ("New York, the mayor said").
        return doc[k].lower_ in APPOSITION_ENDS or doc[k].text.lower() in APPOSITION_ENDS

    def _untagged_apposed_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "Sofia Reyes, director of the Clean Rivers Project": an untagged name + title."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        found = []
        for comma in token_indexes(doc, (",",)):
            start = comma
            while (
                start > 0
                and comma - start < 4
                and start - 1 not in taken
                and doc[start - 1].pos_ == "PROPN"
                and _looks_like_name_part(doc[start - 1].text)
                and _bare(doc[start - 1].text) not in self.titles_or_heads
            ):
                start -= 1
            if comma - start < 2:
                continue
            before = doc[start - 1].text.lower() if start > 0 else ""
            if before in PLACE_PREPOSITIONS or (start > 0 and doc[start - 1].pos_ == "PROPN"):
                continue
            if self._title_apposition_at(doc, comma):
                found.append(Span(doc, start, comma, label="PERSON"))
        return found

    def _split_trailing_name(self, ent: Span) -> list[Span]:
        if ent.kb_id_:
            return [ent]  # a name the gazetteer or the release's acronym definition vouches for
        doc = ent.doc
        for cut in range(ent.start + 1, ent.end - 1):
            head = doc[cut - 1]
            tail = doc[cut : ent.end]
            if not (2 <= len(tail) <= 4):
                continue
            head_is_org_end = head.text.lower() in self.org_heads or (
                head.text.isupper() and len(head.text) >= 2 and head.text.isalpha()
            )
            if head_is_org_end and all(_looks_like_name_part(t.text) for t in tail):
                if any(_bare(t.text) in self.titles_or_heads for t in tail):
                    continue
                # "QNX Software Systems", "RBC Capital Markets": the name goes on to its end.
                if any(t.text.lower() in self.name_endings for t in tail):
                    return [ent]
                # "EADS North America": a place the place data knows is a regional arm.
                if is_known_place(tail.text):
                    return [ent]
                if self._common_noun_end(tail):
                    return [ent]
                return [
                    Span(doc, ent.start, cut, label=ent.label_),
                    Span(doc, cut, ent.end, label="PERSON"),
                ]
        return [ent]

    def _common_noun_end(self, tail: Span) -> bool:
        """ "UPMC Health Plan", "BMJ Case Reports": the words after the acronym end in a noun
        the model's lemmatizer knows ("plan", "report"), and the release names no person
        with that word: the name goes on to its end."""
        last = tail[-1]
        doc = tail.doc
        if tail.end < len(doc) and doc[tail.end].text == "-" and not last.whitespace_:
            return False  # "Artist" of "Artist-in-Residence": a title goes on past the span
        word = last.text.lower()
        if not (word in self.common_nouns or singular(word) in self.common_nouns):
            return False
        # Read only when a split is at stake (rare): the word in the release's PERSON names.
        return not any(doc[i].ent_type_ == "PERSON" for i in token_indexes(doc, {last.text}))

    def _untagged_titled_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "Police Officer Amber Guyger guilty": an untagged name right after a title."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        found = []
        for i, text in enumerate(token_texts(doc)[:-2]):
            if not text[:1].isupper() or _bare(text) not in self.title_words:
                continue
            start = end = i + 1
            while (
                end < len(doc)
                and end - start < 3
                and end not in taken
                and doc[end].pos_ == "PROPN"
                and _looks_like_name_part(doc[end].text)
                and _bare(doc[end].text) not in self.titles_or_heads
            ):
                end += 1
            if end - start >= 2:
                found.append(Span(doc, start, end, label="PERSON"))
        return found

    def _untagged_speakers(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "Amber Guyger testified that ...": an untagged name as a speech verb's subject."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        person_words = {t.lower_ for e in ents if e.label_ == "PERSON" for t in e}
        found = []
        for token in (doc[i] for i in tokens_labelled(doc, "nsubj")):
            if token.i in taken or token.pos_ != "PROPN":
                continue
            if token.head.lemma_.lower() not in self.speech_verbs:
                continue
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
                start -= 1
            # "Rep. Emanuel Cleaver II (D-Mo.) said": the title is not part of the name.
            while start < token.i and _bare(doc[start].text) in self.titles_or_honorifics:
                start += 1
            name = doc[start : token.i + 1]
            if not (2 <= len(name) <= 4) or any(t.i in taken for t in name):
                continue
            # Evidence that it is a person, not an untagged company ("Google Cloud said"): a
            # title before it, or its last word tagged PERSON elsewhere ("Guyger").
            titled = start > 0 and _bare(doc[start - 1].text) in self.title_words | {
                h for h in self.honorifics if h in HONORIFIC_TITLES
            }
            if not (titled or token.text.lower() in person_words):
                continue
            parts = [t for t in name if _bare(t.text) not in NAME_SUFFIXES]
            if (
                len(parts) >= 2
                and all(_looks_like_name_part(t.text) for t in parts)
                and not any(_bare(t.text) in self.titles_or_heads for t in name)
            ):
                found.append(Span(doc, start, token.i + 1, label="PERSON"))
        return found

    def _attribution_line_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Names that open a line after a dash: "- Ivonne Higuero, Secretary-General of CITES"."""
        taken = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        found = []
        for token in (doc[i] for i in token_indexes(doc, DASHES)):
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and "\n" not in before.text + before.whitespace_:
                continue
            start = token.i + 1
            end = start
            while end < len(doc) and end - start < 4 and _looks_like_name_part(doc[end].text):
                end += 1
            if end - start < 2 or end >= len(doc) or doc[end].text not in {",", ".", "\n"}:
                continue
            if any(i in taken for i in range(start, end)):
                continue
            if any(_bare(t.text) in self.titles_or_heads for t in doc[start:end]):
                continue
            found.append(Span(doc, start, end, label="PERSON"))
        return found


def _bare(text: str) -> str:
    return text.lower().rstrip(".")


def _looks_like_name_part(text: str) -> bool:
    if text in {"de", "van", "von", "bin", "da"}:
        return True
    # All-capital words are acronyms ("WCO"), except initials ("C.").
    return bool(NAME_TOKEN.match(text)) and not (text.isupper() and len(text.rstrip(".")) > 1)


def _without_overlaps(ents: list[Span]) -> list[Span]:
    """Keep entities in order; a later span that overlaps an earlier kept one is dropped."""
    kept: list[Span] = []
    used: set[int] = set()
    # PERSON spans made here win over the untouched spans they overlap.
    for ent in sorted(ents, key=lambda e: (e.label_ != "PERSON", e.start)):
        if any(i in used for i in range(ent.start, ent.end)):
            continue
        kept.append(ent)
        used.update(range(ent.start, ent.end))
    return sorted(kept, key=lambda e: e.start)
