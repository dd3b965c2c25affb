"""Who said a quotation: speech-verb subjects, attribution lines, pronouns and titles.

Evidence, in order: the subject of a speech verb next to the quotation (dependency parse);
the person named in the rest of its sentence; the sentence before it when that ends with a colon;
the speaker of the quotation just before it when the quotation fills its own paragraph. A
pronoun resolves to the person last named before it, a title noun ("the Minister") to the last
person with that title, an organization stays an organization. Nothing found: None.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pressextract.extractors.people import People, Person, clean_name
from pressextract.nlp.doc_index import doc_index, entity_at
from pressextract.resources.lexicon import org_head_words

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
PRONOUNS = {"he", "she", "him", "her"}
NAME_DEPS = ["appos", "compound", "flat", "npadvmod"]
COLON_LINE_TOKENS = 20  # a verbless line this short, ending in a colon, can introduce a quote
ATTRIBUTION_WINDOW = 30  # tokens of non-quoted text that can still be an attribution
ANTECEDENT_SENTENCES = 3  # sentences before a pronoun's own where its antecedent may stand


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: a person of the registry, or an organization's name."""

    name: str
    kind: str  # "person" | "organization"
    person: Person | None = None


class Attributor:
    """Finds the speaker of quotations in one Doc."""

    def __init__(self, doc: Doc, people: People, verbs: frozenset[str], quoted: set[int]) -> None:
        self.doc = doc
        self.people = people
        self.verbs = verbs
        self.quoted = quoted  # indices of tokens inside any quotation (fixed from here on)
        self.index = doc_index(doc)
        # quoted_before[i]: how many quoted tokens precede token i (a range test in O(1)).
        counts = [0] * (len(doc) + 1)
        for i in range(len(doc)):
            counts[i + 1] = counts[i] + (i in quoted)
        self.quoted_before = counts
        self._orgs: list[Span] | None = None

    def is_cue(self, token: Token) -> bool:
        """A speech verb ("said") or the "according" of "according to"."""
        if token.i in self.quoted:
            return False
        if token.lower_ == "according" and token.i + 1 < len(self.doc):
            return self.doc[token.i + 1].lower_ == "to"
        return token.lemma_.lower() in self.verbs and token.pos_ in {"VERB", "AUX"}

    def reports_own_clause(self, cue: Token) -> bool:
        """Whether a speech verb reports a clause of its own outside any quotation ("Reuters
        reported that the plant closed"): after a quotation, it attributes something else."""
        for child in cue.children:
            if child.dep_ != "ccomp":
                continue
            tokens = list(child.subtree)
            first, last = tokens[0].i, tokens[-1].i
            if (
                len(tokens) >= 3
                and self.quoted_before[last + 1] == self.quoted_before[first]
                # "notes IPA engineer Jasmin Hipp" parsed as a clause names the speaker
                and not any(self.people.at(t) is not None for t in tokens)
            ):
                return True
        return False

    def for_tokens(self, first: int, last: int) -> Speaker | None:
        """Speaker of the quotation spanning tokens [first, last]."""
        doc = self.doc
        start = self.index.sent_starts[first]
        end = self.index.sent_ends[last]
        if (
            end < len(doc)
            and "\n" not in doc[end - 1].text + doc[end - 1].whitespace_
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[last + 1 : end])
        ):
            # “...,” then the attribution as a sentence of its own on the same line, or cut
            # off by an abbreviation ("Senator the Hon. Jane Doe, told"); a quotation inside a
            # clause that goes on after it has its context around it.
            end = self.index.sent_ends[end]
        outside = [
            t
            for t in doc[start:end]
            if t.i not in self.quoted and not t.is_space and self._reaches(t.i, first, last)
        ]
        cues = [
            t for t in outside if self.is_cue(t) and not (t.i > last and self.reports_own_clause(t))
        ]
        # A cue between the parts of an interrupted quotation comes first, then the nearest.
        cues.sort(key=lambda t: 0 if first < t.i < last else min(abs(t.i - first), abs(t.i - last)))
        for cue in cues:
            speaker = self.subject_of(cue)
            if speaker is not None:
                return speaker
        if len(outside) <= ATTRIBUTION_WINDOW:
            for token in outside:
                person = self.people.at(token)
                if person is not None:
                    return Speaker(person.name, "person", person)
        if cues:
            return None
        speaker = self._colon_before(first)
        if speaker is not None:
            return speaker
        previous = self._sentence_before(start)
        if (previous is not None and previous[-1].text.strip() == ":") or (
            previous is not None and len(previous) > 1 and previous[-2].text == ":"
        ):
            for cue in (t for t in previous if self.is_cue(t)):
                speaker = self.subject_of(cue)
                if speaker is not None:
                    return speaker
        return None

    def _colon_before(self, first: int) -> Speaker | None:
        """ "Jane Doe, CEO of X, said:" closing the paragraph before a block quotation."""
        doc = self.doc
        j = first - 1
        while j >= 0 and (doc[j].is_space or doc[j].text in {"“", '"', "«", "„"}):
            j -= 1
        if j < 0 or doc[j].text != ":":
            return None
        k = j - 1
        while k >= 0 and "\n" not in doc[k].text + doc[k].whitespace_ and j - k < 40:
            k -= 1
        line = doc[k + 1 : j]
        for cue in (t for t in line if self.is_cue(t)):
            speaker = self.subject_of(cue)
            if speaker is not None:
                return speaker
        # A short heading line naming one person: "Quote from Dr. Ravi Menon, Chief Scientist:"
        if len(line) <= COLON_LINE_TOKENS and not any(t.pos_ in {"VERB", "AUX"} for t in line):
            persons = {p.name: p for p in map(self.people.at, line) if p is not None}
            if len(persons) == 1:
                person = next(iter(persons.values()))
                return Speaker(person.name, "person", person)
        return None

    def _reaches(self, i: int, first: int, last: int) -> bool:
        """Whether token `i` is next to the quotation, with no other quotation in between."""
        if first <= i <= last:
            return True
        low, high = (i + 1, first) if i < first else (last + 1, i)
        if high > low and self.quoted_before[high] > self.quoted_before[low]:
            return False
        # A blank line ends the paragraph: the next one's "said" is about another quotation.
        doc = self.doc
        a, b = (doc[i].idx, doc[first].idx) if i < first else (doc[last].idx, doc[i].idx)
        return not self.index.blank_line_between(a, b)

    def subject_of(self, cue: Token) -> Speaker | None:
        """The speaker a cue names: its subject, or the name next to it."""
        if cue.lower_ == "according":
            to = self.doc[cue.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            return self.resolve(objects[0]) if objects else self._nearby(cue)
        subjects = [c for c in cue.children if c.dep_ in SUBJECTS and c.i not in self.quoted]
        if not subjects and cue.dep_ in {"conj", "advcl", "xcomp"}:
            subjects = [c for c in cue.head.children if c.dep_ in SUBJECTS]
        for subject in subjects:
            speaker = self.resolve(subject)
            if speaker is not None:
                return speaker
        speaker = self._nearby(cue)
        if speaker is not None:
            return speaker
        for subject in subjects:
            speaker = self.by_title(subject)
            if speaker is not None:
                return speaker
        return None

    def _nearby(self, cue: Token) -> Speaker | None:
        """A person named right after ("said Jane Doe") or right before ("Jane Doe said") a cue."""
        doc = self.doc
        after = range(cue.i + 1, min(len(doc), cue.i + 11))
        before = range(cue.i - 1, max(-1, cue.i - 8), -1)
        for side in (after, before):
            for i in side:
                if i in self.quoted or doc[i].text in {".", "“", "”", '"', "\n"}:
                    break
                # "said that, according to the report, Gomez ...": no inverted subject there.
                if side is after and doc[i].lower_ in {",", "that", "according", ":"}:
                    break
                token = doc[i]
                # "a spokeswoman for Trump hotels": a name that modifies a noun is not the speaker.
                if token.dep_ in {"compound", "poss", "nmod"} and token.head.ent_type_ != "PERSON":
                    continue
                speaker = self.resolve(token, follow=False)
                if speaker is not None:
                    return speaker
        return None

    def resolve(self, token: Token, follow: bool = True) -> Speaker | None:
        """The person or organization a subject token stands for."""
        person = self.people.at(token)
        if person is not None:
            return Speaker(person.name, "person", person)
        if follow:
            # "Clinton’s communications director, Jennifer Palmieri": the apposition names the
            # speaker; a possessor or a relative clause does not.
            children = sorted(
                (c for c in token.children if c.dep_ in NAME_DEPS and c.i not in self.quoted),
                key=lambda c: NAME_DEPS.index(c.dep_),
            )
            for child in children:
                speaker = self.resolve(child, follow=child.dep_ == "appos")
                if speaker is not None and speaker.kind == "person":
                    return speaker
            # "a spokeswoman for Acme, Jane Doe": a name in apposition further down.
            for child in token.subtree:
                if child.dep_ != "appos" or child.i in self.quoted:
                    continue
                person = self.people.at(child) or self.people.from_untagged(child)
                if person is not None and child.i not in self.quoted:
                    return Speaker(person.name, "person", person)
            person = self.people.from_untagged(token)
            if person is not None:
                return Speaker(person.name, "person", person)
        low = token.lower_
        if low in PRONOUNS:
            gender = "m" if low in {"he", "him"} else "f"
            found, person = self._antecedent(token, gender)
            if not found:
                person = self.people.last_before(token.i, gender=gender)
            return Speaker(person.name, "person", person) if person else None
        # "WHO said": an acronym the tagger read as a pronoun is still the organization.
        acronym = token.text.isupper() and len(token.text) > 1
        if token.ent_type_ == "ORG" and (token.pos_ in {"PROPN", "NOUN"} or acronym) and follow:
            ent = _entity_of(token)
            if ent is not None:
                name = clean_name(ent.text)
                if name.lower().startswith("the "):
                    name = name[4:]
                person = self.people.by_name(name)
                if person is not None:  # a surname the model took for an organization
                    return Speaker(person.name, "person", person)
                return Speaker(name, "organization") if name else None
        if follow:
            return self._named_org(token)
        return None

    def _antecedent(self, pronoun: Token, gender: str) -> tuple[bool, Person | None]:
        """Who "he"/"she" is: the nearest subject before it that names a person, in its
        sentence and up to ANTECEDENT_SENTENCES before (subjects are what a pronoun takes up,
        not a name inside a noun phrase: "an ethnic Chin refugee"). A subject that introduces
        someone unnamed ("a 23-year-old man woke up") ends the search with nobody: (True,
        None). Nothing decisive: (False, None)."""
        doc = self.doc
        start = self.index.sent_starts[pronoun.i]
        for _ in range(ANTECEDENT_SENTENCES + 1):
            subjects = [
                t
                for t in doc[start : min(pronoun.i, self.index.sent_ends[start])]
                if t.dep_ in SUBJECTS and t.i not in self.quoted
            ]
            for subject in reversed(subjects):
                low = subject.lower_
                if low in PRONOUNS:
                    continue  # the same person taken up again, or another one: look further
                person = self.people.at(subject)
                if person is not None:
                    if person.gender and person.gender != gender:
                        continue
                    return True, person
                speaker = self.resolve(subject, follow=True) if subject.pos_ == "PROPN" else None
                if speaker is not None and speaker.person is not None:
                    return True, speaker.person
                titled = self._titled_person(subject)
                if titled is not None:
                    return True, titled
                if (
                    subject.pos_ == "NOUN"
                    and subject.tag_ == "NN"
                    and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
                ):
                    return True, None  # someone unnamed: "a refugee", "an official"
            if start == 0:
                break
            previous = self.index.sent_starts[start - 1]
            if self.index.blank_line_between(doc[previous].idx, doc[start].idx) and (
                self.index.blank_line_between(doc[start].idx, pronoun.idx)
            ):
                break  # no further back than the paragraph before
            start = previous
        return False, None

    def _titled_person(self, subject: Token) -> Person | None:
        """ "Vice-President for Agriculture Beth Dunford said": a title heading the subject with
        the name somewhere inside (not a possessor: "the director's report")."""
        if subject.lower_.rstrip(".") not in self.people.title_words:
            return None
        for token in subject.subtree:
            person = self.people.at(token)
            if person is None or token.i in self.quoted:
                continue
            path = token
            while path.i != subject.i and path.dep_ != "poss":
                path = path.head
            if path.i == subject.i:
                return person
        return None

    def _named_org(self, token: Token) -> Speaker | None:
        """ "the ministry said": the organization named earlier whose name holds that noun."""
        low = token.lower_
        if token.pos_ != "NOUN" or low not in org_head_words():
            return None
        if not any(c.lower_ == "the" for c in token.children):
            return None
        for ent in reversed(self._organizations()):
            if ent.end > token.i:
                continue
            if low in {t.lower_ for t in ent}:
                name = clean_name(ent.text)
                name = name[4:] if name.lower().startswith("the ") else name
                return Speaker(name, "organization")
        return None

    def _organizations(self) -> list[Span]:
        """The ORG entities of the Doc, in order (read once: `doc.ents` builds every Span)."""
        if self._orgs is None:
            self._orgs = [ent for ent in self.doc.ents if ent.label_ == "ORG"]
        return self._orgs

    def by_title(self, token: Token) -> Speaker | None:
        """ "The Minister said": the person last introduced with that title."""
        low = token.lower_.rstrip(".")
        if low not in self.people.title_words or token.pos_ not in {"NOUN", "PROPN"}:
            return None
        # "the Minister", "the company’s CEO", "its chairman": a definite title.
        if not any(c.lower_ == "the" or c.dep_ == "poss" for c in token.children):
            return None
        person = self.people.last_before(token.i, title_word=low)
        if person is None:
            # Someone introduced without a title may be "the minister"; someone introduced with
            # another title ("director") is not "the spokesperson": no guess then.
            person = self.people.last_before(token.i)
            if person is not None and person.title is not None:
                return None
        return Speaker(person.name, "person", person) if person is not None else None

    def _sentence_before(self, start: int) -> Span | None:
        if start == 0:
            return None
        return self.index.sentence(self.doc, start - 1)


def _entity_of(token: Token) -> Span | None:
    return entity_at(token.doc, token.i)
