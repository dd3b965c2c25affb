"""Link organizations to the acronyms and short forms the release defines for them.

Definitions it reads, both ways round:
- "World Customs Organization (WCO)"  — long form, then the acronym in parentheses (a unit's
  acronym may follow its parent's after a slash: "Zorb Agency’s Office of Audits (ZA/OA)");
- "WCO (World Customs Organization)"  — acronym, then the long form;
- "Check Point Communications (“Check Point”)" — a quoted short form in parentheses;
- "Lawrence Berkeley National Laboratory (Berkeley Lab)" — a short name whose words start words
  of the long one.
Definitions of terms and events are not organizations, and their mentions are not kept as ORG:
an acronym the release also writes out in lowercase words ("CNS (central nervous system)",
"coconut rhinoceros beetle" ... "CRB damage"), a plural acronym ("Intensive Care Units
(ICUs)"), an event ("... Conference and Exhibition (AICE)"), a program, project or treaty
("Continuum of Care Program (CoC)", org_evidence.py), a name that goes on into a thing's name
or modifies a thing noun ("Device Debugging (DD) Project", "Orbit Graph (OG) data model"), a
name with no organization word used as a modifier ("... Lubrication (MQL) machining").
Every later or earlier mention of a defined acronym becomes an ORG entity too (an acronym may be
used before its expansion), with the long form as `kb_id_`; so does the long form itself.
Links go to `doc.spans["acronyms"]`: one span per mention, label = acronym, kb_id = long form
(the entity_repair component adds the gazetteer's links to the same group).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pressextract.nlp.components.acronym_definitions import (
    find_definitions,
    spelled_out,
    term_acronyms,
)
from pressextract.nlp.components.org_evidence import ThingNames
from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.name_shapes import is_acronym
from pressextract.resources.places import is_known_place


@Language.factory(
    "pressextract_acronyms",
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
    default_config={
        "link_all_mentions": True,
        "quoted_short_forms": True,
        "word_lists": "entity_repair.json",
    },
)
def make_acronyms(
    nlp: Language, name: str, link_all_mentions: bool, quoted_short_forms: bool, word_lists: str
) -> AcronymLinker:
    """Build the acronym linker from its config."""
    words = load_json_data(word_lists)
    return AcronymLinker(
        link_all_mentions=link_all_mentions,
        quoted_short_forms=quoted_short_forms,
        org_heads=words["org_heads"],
        event_heads=words["event_heads"],
        things=ThingNames(words.get("thing_heads", ()), words["org_heads"]),
        thing_nouns=words.get("thing_nouns", ()),
    )


class AcronymLinker:
    """Finds acronym definitions and marks every mention of the defined organizations."""

    def __init__(
        self,
        *,
        link_all_mentions: bool = True,
        quoted_short_forms: bool = True,
        org_heads: Iterable[str] = (),
        event_heads: Iterable[str] = (),
        things: ThingNames | None = None,
        thing_nouns: Iterable[str] = (),
    ) -> None:
        self.things = things
        self.thing_nouns = {w.lower() for w in thing_nouns}
        if things is not None:
            self.thing_nouns |= things.heads
        self.link_all_mentions = link_all_mentions
        self.quoted_short_forms = quoted_short_forms
        self.org_heads = {w.lower() for w in org_heads}
        self.event_heads = {w.lower() for w in event_heads}

    def __call__(self, doc: Doc) -> Doc:
        """Link the acronyms of one Doc in place."""
        definitions: list[tuple[Span, Span]] = []
        term_ranges: list[tuple[int, int]] = []  # the long forms of terms, as token ranges
        term_texts: set[str] = set()  # their short forms, and the singular of a plural one
        found = find_definitions(doc, quoted=self.quoted_short_forms, org_heads=self.org_heads)
        for long_span, short_span in found:
            if self.defines_term(long_span, short_span):
                term_ranges.append((long_span.start, long_span.end))
                term_texts.add(short_span.text)
                if _is_plural_acronym(short_span):
                    term_texts.add(short_span.text[:-1])
            else:
                definitions.append((long_span, short_span))
        links = list(doc.spans.get("acronyms", []))
        ents = list(doc.ents)
        long_forms: dict[str, str] = {}
        for long_span, short_span in definitions:
            # A name the gazetteer already knows keeps its canonical form.
            known = next((e.kb_id_ for e in ents if _same(e, long_span) and e.kb_id_), "")
            long_forms.setdefault(short_span.text, known or long_span.text)
        forms: dict[str, list[Span]] = {}
        for long_span, short_span in definitions:
            short, canonical = short_span.text, long_forms[short_span.text]
            for span in (long_span, short_span):
                ents = _set_org(ents, span, canonical)
                link = Span(doc, span.start, span.end, label=short, kb_id=canonical)
                links.append(link)
                forms.setdefault(short, []).append(link)
        if self.link_all_mentions and forms:
            ents, links = self._link_mentions(doc, ents, links, forms)
        unvouched = {e.text for e in ents if e.label_ == "ORG" and not e.kb_id_}
        terms = term_acronyms(doc) | term_texts | _named_laws(ents) | spelled_out(doc, unvouched)
        terms -= set(forms)
        term_names = [doc[a:b].text + " " for a, b in term_ranges]
        ents = [
            e
            for e in ents
            if not (
                e.label_ == "ORG"
                and not e.kb_id_
                and (
                    e.text in terms
                    or _inside_term(e, term_ranges)
                    # "the Intensive Care" for the "Intensive Care Units (ICUs)" defined
                    or (len(e) > 1 and any(n.startswith(e.text + " ") for n in term_names))
                )
            )
        ]
        doc.ents = filter_spans(ents)
        doc.spans["acronyms"] = links
        return doc

    def _link_mentions(
        self, doc: Doc, ents: list[Span], links: list[Span], forms: dict[str, list[Span]]
    ) -> tuple[list[Span], list[Span]]:
        matcher = PhraseMatcher(doc.vocab, attr="ORTH")
        for short, spans in forms.items():
            # "IRS" and "HSI" stand for "IRS-CI" and "ICE-HSI" once those are defined.
            parts = [p for p in short.split("-") if len(p) >= 3 and is_acronym(p)]
            # Matched on ORTH only: a Doc of the words is the whole pattern (`Span.as_doc`
            # copies the release's arrays for each).
            words = [[t.text for t in s] for s in spans] + [[p] for p in parts]
            patterns = [Doc(doc.vocab, words=w) for w in words]
            matcher.add(short, patterns)
        linked = {(s.start, s.end) for s in links}
        for key, start, end in matcher(doc):
            if (start, end) in linked:
                continue
            short = doc.vocab.strings[key]
            # A longer entity containing the mention ("ICCWC Global Conference") stays.
            if any(e.start <= start and e.end >= end and len(e) > end - start for e in ents):
                continue
            canonical = forms[short][0].kb_id_
            span = Span(doc, start, end, label=short, kb_id=canonical)
            ents = _set_org(ents, span, canonical)
            links.append(span)
            linked.add((start, end))
        return ents, links

    def defines_term(self, long_span: Span, short_span: Span) -> bool:
        """The definition names a term or an event, not an organization."""
        if _is_plural_acronym(short_span):
            return True  # "Demand Side Platforms (DSPs)": a plural names a kind of thing
        words = [t.lower_ for t in long_span if t.is_alpha]
        if words and words[-1] in self.event_heads:
            return True  # "Annual International Conference and Exhibition (AICE)"
        if _place_name(long_span):
            return True  # "Kurdistan Region of Iraq (KRI)"
        if self.things is not None and self.things.label(long_span) is not None:
            return True  # "Web Tools Platform (WTP)", "Convention Against Torture (CAT)"
        if self._thing_after(long_span, short_span):
            return True  # "Device Debugging (DD) Project", "Orbit Graph (OG) data model"
        if not words or any(w in self.org_heads for w in words):
            return False
        # "Minimum Quantity Lubrication (MQL) machining": the acronym modifies a common noun.
        doc, after = short_span.doc, short_span.end + (short_span.doc[short_span.end].text == ")")
        if after < len(doc):
            nxt = doc[after]
            return nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN"
        return False

    def _thing_after(self, long_span: Span, short_span: Span) -> bool:
        """The name goes on after its acronym into a thing's name ("Device Debugging (DD)
        Project"), or the two modify a thing noun ("Orbit Graph (OG) data model") and the name
        does not end in an organization word (not "Acme Development Agency (ADA) projects")."""
        doc = short_span.doc
        after = short_span.end + (short_span.end < len(doc) and doc[short_span.end].text == ")")
        if after >= len(doc) or after <= long_span.start:
            return False
        nxt = doc[after]
        if nxt.is_title:
            return nxt.lower_ in self.thing_nouns
        if long_span[-1].lower_ in self.org_heads or not (nxt.is_lower and nxt.is_alpha):
            return False
        two = after + 1 < len(doc) and doc[after + 1].is_lower and doc[after + 1].pos_ == "NOUN"
        return doc[after + two].lower_ in self.thing_nouns


def _place_name(span: Span) -> bool:
    """Every capitalized word of `span` is in a place the model tagged or the place data knows
    ("Kurdistan Region" LOC + "of" + "Iraq"), and one at least was tagged."""
    capitals = [t for t in span if t.text[:1].isupper()]
    tagged = [t for t in capitals if t.ent_type_ in {"GPE", "LOC"}]
    return bool(tagged) and all(
        t.ent_type_ in {"GPE", "LOC"} or (not t.ent_type_ and is_known_place(t.text))
        for t in capitals
    )


def _named_laws(ents: list[Span]) -> set[str]:
    """Acronyms of the laws, events and works the release names ("HIPAA" once "Health Insurance
    Portability and Accountability Act" is a LAW): the capitalized words' initials, in full or
    without the first words ("CAT" of "UN Convention Against Torture")."""
    out = set()
    for ent in ents:
        if ent.label_ in {"LAW", "EVENT", "WORK_OF_ART", "PRODUCT"}:
            initials = "".join(t.text[0] for t in ent if t.text[:1].isupper() and t.is_alpha)
            out.update(initials[i:] for i in range(len(initials) - 2))
    return out


def _is_plural_acronym(span: Span) -> bool:
    """ "ICUs", "DSPs", "NGOs": an acronym with a plural "s"."""
    return len(span) == 1 and bool(re.fullmatch(r"[A-Z][A-Z0-9&\-]+s", span.text))


def _inside_term(ent: Span, term_ranges: list[tuple[int, int]]) -> bool:
    """A defined term's long form, or part of one ("Maintenance" of "Maintenance, Repair and
    Overhaul (MRO) operations")."""
    return any(start <= ent.start and ent.end <= end for start, end in term_ranges)


def _same(a: Span, b: Span) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _set_org(ents: list[Span], span: Span, canonical: str) -> list[Span]:
    """Make `span` an ORG entity with `canonical` as kb_id, replacing what overlaps it."""
    doc = span.doc
    kept = [e for e in ents if e.end <= span.start or e.start >= span.end]
    return [*kept, Span(doc, span.start, span.end, label="ORG", kb_id=canonical)]
