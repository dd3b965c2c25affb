"""Repair the small model's typical entity errors before extractors read `doc.ents`.

Each rule fixes one kind of mistake seen in scraped press releases, in this order:
1. line-break fragments: an entity running over a line break ("Banner.png\nNews") is cut there;
   file names and URLs are never entities; a dateline's date ends at the dash before a name
   ("May 3, 2024 - The Acme Foundation") — entity_edges.py;
2. edges: a leading "the", a possessive "'s" (not a name's own: "Macy's"), stray punctuation,
   an unclosed "(";
3. swallowed people and titles: "World Customs Organization Ian Saunders" -> ORG + PERSON;
4. wrong labels: "Operation Thunder" and "the Conference" are events, "... Act" and "National
   Strategy for ..." laws, "... Building" a facility; an ORG that starts with "Dr" or a title
   before a name is a person, a PERSON ending in an organization word ("Jane Roe Foundation")
   an organization; one made only of job titles, page-chrome words ("News &
   Highlights"), a sentence-initial adjective ("Faster") or two unknown capitals ("EV") is
   dropped, as is the portfolio of "Minister of Finance";
5. names split or cut short: GPE "Nigeria" + "Customs Service" -> one ORG, "Police" +
   "Impersonation Investigation Unit", "U.S. Attorneys Office" + "for the" + "Southern District
   of New York" (a judicial district is an organization) — entity_merges.py;
6. the organization gazetteer: known names, aliases and acronyms become ORG entities with the
   canonical name as `kb_id_`; known acronyms are linked in `doc.spans["acronyms"]`
   (label = acronym, kb_id = full name);
7. one name, one label ("Telia" tagged ORG eight times and GPE once is an ORG), and consistency
   with people: "Guyger" is not an ORG when "Amber Guyger" is a PERSON — entity_votes.py;
8. coordination: the members of a list of organizations are organizations — org_lists.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pressextract.nlp.components.entity_edges import date_before_dash
from pressextract.nlp.components.entity_merges import CONNECTORS, POSSESSIVE, NameMerger
from pressextract.nlp.components.entity_votes import consistent_with_people, majority_labels
from pressextract.nlp.components.org_checks import OrgChecks, is_known_place
from pressextract.nlp.components.org_evidence import ThingNames
from pressextract.nlp.components.org_lists import ListMembers
from pressextract.resources.gazetteer import (
    KnownOrganization,
    load_json_data,
    load_organizations,
)
from pressextract.resources.name_shapes import is_acronym, is_possessive, is_shouting

NAME_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON", "EVENT", "PRODUCT", "WORK_OF_ART"}
_DETERMINERS = {"the", "a", "an"}
_FILE_OR_URL = re.compile(
    r"(\.(png|jpe?g|gif|svg|webp|pdf|docx?|html?|php|aspx?)$)|(^\S+\.(com|org|net|gov|int|io|co)$)",
    re.IGNORECASE,
)


@Language.factory(
    "pressextract_entity_repair",
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
    default_config={
        "word_lists": "entity_repair.json",
        "organization_files": ["organizations.tsv"],
        "extra_organizations": [],
        "extra_boilerplate": [],
        "extra_org_heads": [],
        "extra_event_heads": [],
        "person_consistency": True,
        "min_unknown_acronym": 3,
    },
)
def make_entity_repair(
    nlp: Language,
    name: str,
    word_lists: str,
    organization_files: list[str],
    extra_organizations: list[dict[str, Any]],
    extra_boilerplate: list[str],
    extra_org_heads: list[str],
    extra_event_heads: list[str],
    person_consistency: bool,
    min_unknown_acronym: int,
) -> EntityRepair:
    """Build the entity repair component from its config."""
    words = load_json_data(word_lists)
    org_heads = [*words["org_heads"], *extra_org_heads]
    return EntityRepair(
        nlp,
        organizations=load_organizations(organization_files, extra_organizations),
        org_heads=org_heads,
        event_heads=[*words["event_heads"], *extra_event_heads],
        event_starts=words["event_starts"],
        law_heads=words["law_heads"],
        boilerplate=[*words["boilerplate"], *extra_boilerplate],
        titles=words["titles"],
        honorifics=words["honorifics"],
        facility_heads=words["facility_heads"],
        district_directions=words["district_directions"],
        person_consistency=person_consistency,
        min_unknown_acronym=min_unknown_acronym,
        checks=OrgChecks(
            org_heads=org_heads,
            law_heads=words["law_heads"],
            titles=words["titles"],
            portfolios=words["portfolios"],
            legal_suffixes=words["legal_suffixes"],
            is_place=is_known_place,
            things=ThingNames(words.get("thing_heads", ()), org_heads),
            abbreviations=words.get("term_abbreviations", ()),
        ),
    )


class EntityRepair:
    """Rewrites `doc.ents` (see the module docstring for the rules) and links known acronyms."""

    def __init__(
        self,
        nlp: Language,
        *,
        organizations: Iterable[KnownOrganization],
        org_heads: Iterable[str],
        event_heads: Iterable[str],
        event_starts: Iterable[str],
        law_heads: Iterable[str],
        boilerplate: Iterable[str],
        titles: Iterable[str],
        honorifics: Iterable[str],
        facility_heads: Iterable[str] = (),
        district_directions: Iterable[str] = (),
        person_consistency: bool = True,
        min_unknown_acronym: int = 3,
        checks: OrgChecks | None = None,
    ) -> None:
        self.checks = checks  # is each remaining ORG an organization at all (org_checks.py)
        self.org_heads = {w.lower() for w in org_heads}
        self.event_heads = {w.lower() for w in event_heads}
        self.event_starts = {w.lower() for w in event_starts}
        self.law_heads = {w.lower() for w in law_heads}
        self.boilerplate = {w.lower() for w in boilerplate}
        self.titles = {w.lower() for w in titles}
        self.honorifics = {w.lower() for w in honorifics}
        self.facility_heads = {w.lower() for w in facility_heads}
        self.district_directions = {w.lower() for w in district_directions}
        self.merger = NameMerger(frozenset(self.org_heads), frozenset(self.district_directions))
        self.lists = ListMembers(
            legal_suffixes=checks.legal_suffixes if checks is not None else (),
            org_heads=self.org_heads,
            titles=self.titles,
            is_place=checks.is_place if checks is not None else None,
        )
        self.person_consistency = person_consistency
        self.min_unknown_acronym = min_unknown_acronym
        self.known: dict[str, KnownOrganization] = {}
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for entry in organizations:
            key = f"org{len(self.known)}"
            self.known[key] = entry
            self.names.add(key, list(nlp.tokenizer.pipe([entry.name, *entry.aliases])))
            if entry.acronym:
                self.acronyms.add(key, [nlp.tokenizer(entry.acronym)])

    def __call__(self, doc: Doc) -> Doc:
        """Repair the entities of one Doc in place."""
        ents: list[Span] = []
        for ent in doc.ents:
            for piece in self._split_lines(ent):
                trimmed = self._trim(piece)
                if trimmed is not None:
                    ents.extend(self._split_swallowed(trimmed))
        ents = [e for e in (self._relabel(e) for e in ents) if e is not None]
        ents = self.merger.merge(doc, ents)
        ents = [*ents, *self._untagged_orgs(doc, ents)]
        ents = self._overlay_gazetteer(doc, ents)
        ents = majority_labels(ents)
        if self.person_consistency:
            ents = consistent_with_people(ents)
        ents = self.lists.apply(ents)
        if self.checks is not None:
            ents = self.checks.apply(ents)
        doc.ents = filter_spans(ents)
        return doc

    # -- 1. line breaks, file names --------------------------------------------------------

    def _split_lines(self, ent: Span) -> list[Span]:
        if any(_FILE_OR_URL.search(t.text) or t.like_url or t.like_email for t in ent):
            return []
        ent = date_before_dash(ent)
        breaks = [t.i for t in ent if "\n" in t.text]
        if not breaks:
            return [ent]
        doc, pieces, start = ent.doc, [], ent.start
        for stop in [*breaks, ent.end]:
            if stop > start:
                piece = doc[start:stop]
                # A one-word fragment between line breaks is page chrome far more often than a
                # name ("Careers", "Newsroom"); an acronym is the exception.
                if len(piece) >= 2 or is_acronym(piece.text):
                    pieces.append(Span(doc, start, stop, label=ent.label_))
            start = stop + 1
        return pieces

    # -- 2. edges ------------------------------------------------------------------------------

    def _trim(self, ent: Span) -> Span | None:
        doc, start, end = ent.doc, ent.start, ent.end
        opening = [t.i for t in ent if t.text == "("]
        if opening and not any(t.text == ")" for t in doc[opening[0] : end]):
            end = opening[0]
        while start < end and (
            doc[start].is_space
            or doc[start].lower_ in _DETERMINERS
            or (doc[start].is_punct and doc[start].text not in {"("})
        ):
            start += 1
        while end > start and (
            doc[end - 1].is_space
            or (doc[end - 1].text in POSSESSIVE and is_possessive(doc[end - 1]))
            or (doc[end - 1].is_punct and doc[end - 1].text not in {")", "."})
            or (doc[end - 1].text == ")" and not any(t.text == "(" for t in doc[start:end]))
        ):
            end -= 1
        if end <= start:
            return None
        return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)

    # -- 3. people and titles swallowed into an organization -----------------------------------

    def _split_swallowed(self, ent: Span) -> list[Span]:
        if ent.label_ != "ORG" or len(ent) < 3:
            return [ent]
        head = next(
            (i for i in range(len(ent) - 2, 0, -1) if ent[i].lower_ in self.org_heads), None
        )
        if head is None:
            return [ent]
        return self._split_after(ent, ent.start + head + 1) or [ent]

    def _split_after(self, ent: Span, cut: int) -> list[Span] | None:
        """ORG up to `cut`, then optional job titles, then a PERSON; None when the rest is not."""
        doc = ent.doc
        rest = [t for t in doc[cut : ent.end]]
        if not rest or rest[0].lower_ in CONNECTORS or not rest[0].text[:1].isupper():
            return None
        if any(t.lower_ in self.org_heads for t in rest):
            return None
        i = 0
        while i < len(rest) and (rest[i].lower_ in self.titles or rest[i].text == "-"):
            i += 1
        name = rest[i:]
        if not all(t.is_title or t.text == "-" or re.fullmatch(r"[A-Z]\.", t.text) for t in name):
            return None
        # A lone capitalized word with no title before it is as likely a name part as a person.
        if len(name) == 1 and i == 0:
            return None
        if len(name) > 4:
            return None
        out = [Span(doc, ent.start, cut, label="ORG", kb_id=ent.kb_id_)]
        if name:
            out.append(Span(doc, name[0].i, ent.end, label="PERSON"))
        return out

    # -- 4. labels -----------------------------------------------------------------------------

    def _relabel(self, ent: Span) -> Span | None:
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
            and (ent.label_ != "PERSON" or self._named_body(ent, words))
        ):
            return Span(doc, ent.start, ent.end, label="ORG")  # "... Sheriff's Department"
        if ent.label_ in {"GPE", "LOC"} and words[0] in self.titles and self._name_after_title(ent):
            return Span(doc, ent.start, ent.end, label="PERSON")  # "Charge Rouse"
        if ent.label_ != "ORG" or ent.kb_id_:
            return ent
        if not any(c.isalpha() for c in ent.text):
            return None  # "355" in "355 hp"
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
            return None  # "Finance" of "Minister of Finance" is part of a job title
        if (words[0] in self.event_starts and len(words) >= 2) or words[-1] in self.event_heads:
            return Span(doc, ent.start, ent.end, label="EVENT")
        if words[-1] in self.facility_heads:
            return Span(doc, ent.start, ent.end, label="FAC")
        return ent

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

    def _name_after_title(self, ent: Span) -> bool:
        """Title words, then one to three capitalized name words and no organization word."""
        rest = [t for t in ent if t.lower_ not in self.titles]
        return (
            1 <= len(rest) <= 3
            and all(t.is_title for t in rest)
            and not any(t.lower_ in self.org_heads for t in ent)
        )

    def _untagged_orgs(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "the District Attorney's Office", "the Fraud Section": capitalized words after "the"
        ending in an organization word, which the model left untagged."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        found = []
        for det in doc:
            if det.lower_ != "the" or det.i + 2 >= len(doc):
                continue
            k, last_head = det.i + 1, None
            while k < len(doc) and k - det.i <= 6 and k not in taken:
                tok = doc[k]
                inner = tok.text in POSSESSIVE or tok.lower_ in {"of", "and", "&"}
                if not (tok.is_title or inner) or tok.is_space:
                    break
                if tok.lower_ in self.org_heads and tok.is_title:
                    last_head = k
                k += 1
            if last_head is not None and last_head - det.i >= 2:
                found.append(Span(doc, det.i + 1, last_head + 1, label="ORG"))
        return found

    # -- 6. gazetteer ---------------------------------------------------------------------------

    def _overlay_gazetteer(self, doc: Doc, ents: list[Span]) -> list[Span]:
        matches: list[Span] = []
        for key, start, end in self.names(doc):
            if doc[start].text[:1].isupper():
                matches.append(Span(doc, start, end, label=key))
        for key, start, end in self.acronyms(doc):
            if not is_shouting(doc, start, end):
                matches.append(Span(doc, start, end, label=key))
        links = list(doc.spans.get("acronyms", []))
        for match in filter_spans(matches):
            entry = self.known[match.label_]
            found = Span(doc, match.start, match.end, label="ORG", kb_id=entry.name)
            if entry.acronym:
                links.append(
                    Span(doc, match.start, match.end, label=entry.acronym, kb_id=entry.name)
                )
            ents = self._place_match(ents, found)
        doc.spans["acronyms"] = links
        return ents

    def _place_match(self, ents: list[Span], found: Span) -> list[Span]:
        overlapping = [e for e in ents if e.start < found.end and found.start < e.end]
        for ent in overlapping:
            if ent.label_ == "ORG" and ent.start <= found.start and ent.end >= found.end:
                if (ent.start, ent.end) == (found.start, found.end):
                    break
                split = self._split_after(ent, found.end) if ent.start == found.start else None
                if split is None:
                    return ents  # a longer ORG that contains the known name is kept whole
                kept = [e for e in ents if e is not ent]
                return [*kept, found, *split[1:]]
        return [*(e for e in ents if e not in overlapping), found]
