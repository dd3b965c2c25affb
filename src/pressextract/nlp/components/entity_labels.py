"""Wrong labels on the small model's names, fixed by the words inside them (entity_repair, rule 4).

"Operation Thunder" and "the Conference" are events, "... Act" and "National Strategy for ..."
laws, "... Building" a facility; an ORG that starts with "Dr" or a title before a name is a
person, a PERSON ending in an organization word ("Jane Roe Foundation") an organization; one made
only of job titles, page-chrome words ("News & Highlights"), a sentence-initial adjective
("Faster") or two unknown capitals ("EV") is dropped, as is the portfolio of "Minister of
Finance" (but for an organization named after it: "..., Department of Finance").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from pressextract.nlp.components.entity_merges import POSSESSIVE

NAME_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON", "EVENT", "PRODUCT", "WORK_OF_ART"}
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
# Nouns of administrative divisions that name a place before "of <place>" ("Kurdistan Region of
# Iraq", "Republic of Korea"); not "State", "City" or "County", whose "of" names governments.
_DIVISIONS = {
    "region",
    "province",
    "territory",
    "republic",
    "kingdom",
    "emirate",
    "governorate",
    "prefecture",
    "oblast",
}


class LabelRules:
    """The relabelling rules of the module docstring, with their word lists."""

    def __init__(
        self,
        *,
        org_heads: Iterable[str],
        event_heads: Iterable[str],
        event_starts: Iterable[str],
        law_heads: Iterable[str],
        boilerplate: Iterable[str],
        titles: Iterable[str],
        honorifics: Iterable[str],
        facility_heads: Iterable[str] = (),
        min_unknown_acronym: int = 3,
    ) -> None:
        self.org_heads = {w.lower() for w in org_heads}
        self.event_heads = {w.lower() for w in event_heads}
        self.event_starts = {w.lower() for w in event_starts}
        self.law_heads = {w.lower() for w in law_heads}
        self.boilerplate = {w.lower() for w in boilerplate}
        self.titles = {w.lower() for w in titles}
        self.honorifics = {w.lower() for w in honorifics}
        self.facility_heads = {w.lower() for w in facility_heads}
        self.min_unknown_acronym = min_unknown_acronym

    def relabel(self, ent: Span) -> Span | None:
        """The span with its label fixed, or None when it is no name at all."""
        if ent.label_ not in NAME_LABELS:
            return ent
        doc = ent.doc
        words = [t.lower_ for t in ent if not t.is_punct and not t.is_space]
        if not words or all(w in self.boilerplate for w in words):
            return None
        if ent.label_ in {"ORG", "GPE", "LOC"} and not ent.kb_id_ and words[-1] in self.law_heads:
            return Span(doc, ent.start, ent.end, label="LAW")  # "the Green Deal", "... Act"
        if (
            ent.label_ in {"GPE", "LOC", "PERSON"}
            and len(words) >= 2
            and words[-1] in self.org_heads
            and words[-1] not in {"union", "nations"}  # "Soviet Union" is a place
            and not all(w in _COMPASS for w in words[:-1])  # "the West Bank" is a region
            and (ent.label_ != "PERSON" or self._named_body(ent, words))
        ):
            return Span(doc, ent.start, ent.end, label="ORG")  # "... Sheriff's Department"
        if ent.label_ in {"GPE", "LOC"} and words[0] in self.titles and self._name_after_title(ent):
            return Span(doc, ent.start, ent.end, label="PERSON")  # "Charge Rouse"
        if ent.label_ != "ORG" or ent.kb_id_:
            return ent
        if not any(c.isalpha() for c in ent.text):
            return None  # "355" in "355 hp"
        if self._division_of_place(ent, words):
            return Span(doc, ent.start, ent.end, label="GPE")  # "Kurdistan Region of Iraq"
        if len(ent) == 1 and (ent[0].pos_ in {"ADJ", "ADV", "VERB"} or ent[0].tag_[:2] == "JJ"):
            return None  # "Faster roll-out", "Flexible manufacturing": sentence-initial words
        if ent[0].tag_ in {"JJS", "JJR"} and len(ent) > 1:
            ent = Span(doc, ent.start + 1, ent.end, label="ORG")  # "Largest Honda"
            words = words[1:]
        if len(ent) == 1 and ent[0].is_upper and len(ent[0].text) < self.min_unknown_acronym:
            return None  # "EV", "AI", "DE": two capitals are too ambiguous to be an organization
        if words[0] in self.honorifics:
            return Span(doc, ent.start, ent.end, label="PERSON")
        if all(w in self.titles for w in words):
            return None
        if words[0] in self.titles and self._name_after_title(ent):
            return Span(doc, ent.start, ent.end, label="PERSON")  # "Charge Lechleitner"
        if self._law_with_scope(ent):
            return Span(doc, ent.start, ent.end, label="LAW")  # "National Strategy for ..."
        if self._portfolio(ent):
            # "Finance" of "Minister of Finance" is part of a job title; an organization named
            # after it stays ("Minister of State for Trade, Department for Trade").
            return self._body_after_portfolio(ent)
        if (words[0] in self.event_starts and len(words) >= 2) or words[-1] in self.event_heads:
            return Span(doc, ent.start, ent.end, label="EVENT")
        if words[-1] in self.facility_heads:
            return Span(doc, ent.start, ent.end, label="FAC")
        return ent

    def _division_of_place(self, ent: Span, words: list[str]) -> bool:
        """ "Kurdistan Region of Iraq", "the Republic of Korea": a capitalized division noun,
        "of" and a name, and no organization word."""
        if "of" not in words[1:-1] or any(w in self.org_heads for w in words):
            return False
        division = words[words.index("of") - 1]
        return division in _DIVISIONS and all(t.is_title for t in ent if t.lower_ in _DIVISIONS)

    def _named_body(self, ent: Span, words: list[str]) -> bool:
        """A PERSON span that is an organization named after a person or place ("Jane Roe
        Foundation", "Oak Ridge Police Department"): a capitalized organization word ends it."""
        return (
            ent[-1].is_title
            and words[0] not in self.titles | self.honorifics
            and not any(t.text in POSSESSIVE for t in ent)  # "Roe's Clean Water Initiative"
        )

    def _law_with_scope(self, ent: Span) -> bool:
        """A law or strategy word followed by its scope, with no organization word before it."""
        for tok in ent[1:-1]:
            if tok.lower_ in self.org_heads:
                return False
            if tok.lower_ in self.law_heads and tok.nbor(1).lower_ in {"for", "on", "to", "of"}:
                return True
        return False

    def _portfolio(self, ent: Span) -> bool:
        """ "Minister of Finance", "Secretary of State": the ORG is the title's portfolio."""
        doc = ent.doc
        return (
            ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in {"minister", "secretary", "commissioner"}
        )

    def _body_after_portfolio(self, ent: Span) -> Span | None:
        """The organization after a comma in a portfolio's span ("State for Trade, Department
        for International Trade"): capitalized words holding an organization word; None when
        there is none."""
        commas = [t.i for t in ent if t.text == ","]
        if not commas:
            return None
        rest = ent.doc[commas[-1] + 1 : ent.end]
        if not rest or not rest[0].is_title or not any(t.lower_ in self.org_heads for t in rest):
            return None
        return Span(ent.doc, rest.start, rest.end, label=ent.label_)

    def _name_after_title(self, ent: Span) -> bool:
        """Title words, then one to three capitalized name words and no organization word."""
        rest = [t for t in ent if t.lower_ not in self.titles]
        return (
            1 <= len(rest) <= 3
            and all(t.is_title for t in rest)
            and not any(t.lower_ in self.org_heads for t in ent)
        )
