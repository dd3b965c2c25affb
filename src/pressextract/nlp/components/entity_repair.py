"""Repair the small model's typical entity errors before extractors read `doc.ents`.

Each rule fixes one kind of mistake seen in scraped press releases, in this order:
1. line-break fragments: an entity running over a line break ("Banner.png\nNews") is cut there;
   file names and URLs are never entities; a dateline's date ends at the dash before a name
   ("May 3, 2024 - The Acme Foundation") — entity_edges.py;
2. edges: a leading "the", a possessive "'s" (not a name's own: "Macy's"), stray punctuation,
   an unclosed "(";
3. swallowed people and titles: "World Customs Organization Ian Saunders" -> ORG + PERSON;
4. wrong labels: "Operation Thunder" is an event, "... Act" a law, "Jane Roe Foundation" an
   organization, "Dr ..." a person; page chrome and lone job titles are dropped —
   entity_labels.py;
5. names split or cut short: GPE "Nigeria" + "Customs Service" -> one ORG, "Police" +
   "Impersonation Investigation Unit", "U.S. Attorneys Office" + "for the" + "Southern District
   of New York" (a judicial district is an organization) — entity_merges.py;
6. the organization gazetteer: known names, aliases and acronyms become ORG entities with the
   canonical name as `kb_id_`; known acronyms are linked in `doc.spans["acronyms"]`
   (label = acronym, kb_id = full name) — org_gazetteer.py;
7. one name, one label ("Telia" tagged ORG eight times and GPE once is an ORG), and consistency
   with people: "Guyger" is not an ORG when "Amber Guyger" is a PERSON — entity_votes.py;
8. coordination: the members of a list of organizations are organizations — org_lists.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pressextract.nlp.components.entity_edges import date_before_dash
from pressextract.nlp.components.entity_labels import LabelRules
from pressextract.nlp.components.entity_merges import CONNECTORS, POSSESSIVE, NameMerger
from pressextract.nlp.components.entity_votes import consistent_with_people, majority_labels
from pressextract.nlp.components.org_checks import OrgChecks
from pressextract.nlp.components.org_evidence import ThingNames
from pressextract.nlp.components.org_gazetteer import GazetteerOverlay
from pressextract.nlp.components.org_lists import ListMembers
from pressextract.nlp.doc_index import token_indexes, token_texts
from pressextract.resources.gazetteer import (
    KnownOrganization,
    load_json_data,
    load_organizations,
)
from pressextract.resources.name_shapes import is_acronym, is_possessive
from pressextract.resources.places import is_known_place

_DETERMINERS = {"the", "a", "an"}
_FILE_OR_URL = re.compile(
    r"(\.(png|jpe?g|gif|svg|webp|pdf|docx?|html?|php|aspx?)$)|(^\S+\.(com|org|net|gov|int|io|co)$)",
    re.IGNORECASE,
)
# A web domain alone, without scheme, "www." or path: a name when a company is called by it.
_BARE_DOMAIN = re.compile(r"^[A-Za-z][\w-]*\.(com|org|net|io|co)$")


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
        label_rules=LabelRules(
            org_heads=org_heads,
            event_heads=[*words["event_heads"], *extra_event_heads],
            event_starts=words["event_starts"],
            law_heads=words["law_heads"],
            boilerplate=[*words["boilerplate"], *extra_boilerplate],
            titles=words["titles"],
            honorifics=words["honorifics"],
            facility_heads=words["facility_heads"],
            min_unknown_acronym=min_unknown_acronym,
        ),
        district_directions=words["district_directions"],
        person_consistency=person_consistency,
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
        label_rules: LabelRules,
        district_directions: Iterable[str] = (),
        person_consistency: bool = True,
        checks: OrgChecks | None = None,
    ) -> None:
        self.checks = checks  # is each remaining ORG an organization at all (org_checks.py)
        self.label_rules = label_rules  # wrong labels fixed by the words inside a name
        self.org_heads = label_rules.org_heads
        self.titles = label_rules.titles
        self.district_directions = {w.lower() for w in district_directions}
        self.merger = NameMerger(frozenset(self.org_heads), frozenset(self.district_directions))
        self.lists = ListMembers(
            legal_suffixes=checks.legal_suffixes if checks is not None else (),
            org_heads=self.org_heads,
            titles=self.titles,
            is_place=checks.is_place if checks is not None else None,
        )
        self.person_consistency = person_consistency
        # Words no person's name holds: "Project Credit" after "Qualifying Advanced Energy".
        self.thing_words = (
            self.label_rules.law_heads
            | self.label_rules.event_heads
            | self.label_rules.facility_heads
            | (checks.things.heads if checks is not None and checks.things is not None else set())
        )
        self.gazetteer = GazetteerOverlay(nlp, organizations, self._split_after)

    def __call__(self, doc: Doc) -> Doc:
        """Repair the entities of one Doc in place."""
        ents: list[Span] = []
        for ent in doc.ents:
            for piece in self._split_lines(ent):
                trimmed = self._trim(piece)
                if trimmed is not None:
                    ents.extend(self._split_swallowed(trimmed))
        ents = [e for e in (self.label_rules.relabel(e) for e in ents) if e is not None]
        ents = self.merger.merge(doc, ents)
        ents = [*ents, *self._untagged_orgs(doc, ents)]
        ents = self.gazetteer.apply(doc, ents)
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
        if any(
            (_FILE_OR_URL.search(t.text) or t.like_url or t.like_email)
            and not self._domain_as_name(ent, t)
            for t in ent
        ):
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

    def _domain_as_name(self, ent: Span, token: Token) -> bool:
        """A bare domain that names an organization: written as a name ("Detik.com quoted
        him") or followed by an organization word ("the eclipse.org Consortium")."""
        if not _BARE_DOMAIN.match(token.text):
            return False
        return token.text[0].isupper() or any(
            t.lower_ in self.org_heads for t in ent[token.i - ent.start + 1 :]
        )

    # -- 2. edges ------------------------------------------------------------------------------

    def _trim(self, ent: Span) -> Span | None:
        doc, start, end = ent.doc, ent.start, ent.end
        texts = token_texts(doc)  # the texts compared here, without a Token per look
        opening = next((i for i in range(start, end) if texts[i] == "("), None)
        if opening is not None and ")" not in texts[opening:end]:
            end = opening
        while start < end and _loose_start(doc[start]):
            start += 1
        while end > start and (
            _loose_end(doc[end - 1]) or (texts[end - 1] == ")" and "(" not in texts[start:end])
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
        if any(t.lower_ in self.org_heads or t.lower_ in self.thing_words for t in rest):
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

    # -- capitalized names ending in an organization word, left untagged --------------------

    def _untagged_orgs(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """ "the District Attorney's Office", "the Fraud Section": capitalized words after "the"
        ending in an organization word, which the model left untagged."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        found = []
        for the in token_indexes(doc, ("the",), LOWER):
            if the + 2 >= len(doc):
                continue
            k, last_head = the + 1, None
            while k < len(doc) and k - the <= 6 and k not in taken:
                tok = doc[k]
                inner = tok.text in POSSESSIVE or tok.lower_ in {"of", "and", "&"}
                if not (tok.is_title or inner) or tok.is_space:
                    break
                if tok.lower_ in self.org_heads and tok.is_title:
                    last_head = k
                k += 1
            if last_head is not None and last_head - the >= 2:
                found.append(Span(doc, the + 1, last_head + 1, label="ORG"))
        return found


def _loose_start(token: Token) -> bool:
    """A space, an article or punctuation (but an opening parenthesis) that starts no name."""
    return token.is_space or token.lower_ in _DETERMINERS or (token.is_punct and token.text != "(")


def _loose_end(token: Token) -> bool:
    """A space, a possessive ending or punctuation (but ")" and ".") that ends no name."""
    return (
        token.is_space
        or (token.text in POSSESSIVE and is_possessive(token))
        or (token.is_punct and token.text not in {")", "."})
    )
