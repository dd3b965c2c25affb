"""Link organizations to the acronyms and short forms the release defines for them.

Definitions it reads, both ways round:
- "World Customs Organization (WCO)"  — long form, then the acronym in parentheses;
- "WCO (World Customs Organization)"  — acronym, then the long form;
- "Check Point Communications (“Check Point”)" — a quoted short form in parentheses;
- "Lawrence Berkeley National Laboratory (Berkeley Lab)" — a short name whose words start words
  of the long one.
Definitions of terms and events are not organizations, and their mentions are not kept as ORG:
a plural acronym ("Intensive Care Units (ICUs)"), an event ("... Conference and Exhibition
(AICE)"), a program, project or treaty ("Continuum of Care Program (CoC)", org_evidence.py),
a name that goes on into a thing's name or modifies a thing noun ("Device Debugging (DD)
Project", "Orbit Graph (OG) data model"), a name with no organization word used as a modifier
("... Lubrication (MQL) machining").
Every later or earlier mention of a defined acronym becomes an ORG entity too (an acronym may be
used before its expansion), with the long form as `kb_id_`; so does the long form itself.
Links go to `doc.spans["acronyms"]`: one span per mention, label = acronym, kb_id = long form
(the entity_repair component adds the gazetteer's links to the same group).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pressextract.nlp.components.org_evidence import ThingNames
from pressextract.nlp.doc_index import token_indexes
from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.name_shapes import is_acronym

_SMALL_WORDS = {"of", "for", "and", "&", "on", "in", "the", "to", "at", "de", "du", "des", "la"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_MAX_LONG_FORM = 14  # tokens; longer parenthesised stretches are not names
# Entities that may be an organization the model mislabelled; places, laws and events are not
# turned into organizations by an acronym after them ("Foreign Corrupt Practices Act (FCPA)").
_MAYBE_ORG_LABELS = {"ORG", "FAC", "PRODUCT", "PERSON", "WORK_OF_ART"}


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
        definitions, defined_terms = [], set()
        found = find_definitions(doc, quoted=self.quoted_short_forms, org_heads=self.org_heads)
        for long_span, short_span in found:
            if self.defines_term(long_span, short_span):
                defined_terms |= {(long_span.start, long_span.end), short_span.text}
                defined_terms.add(short_span.text[:-1] if _is_plural_acronym(short_span) else "")
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
        terms = (term_acronyms(doc) | defined_terms | _named_laws(ents)) - set(forms)
        term_names = [
            doc[a:b].text + " " for a, b in (t for t in defined_terms if isinstance(t, tuple))
        ]
        ents = [
            e
            for e in ents
            if not (
                e.label_ == "ORG"
                and not e.kb_id_
                and (
                    e.text in terms
                    or (e.start, e.end) in defined_terms
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
            patterns = [s.as_doc() for s in spans] + [Doc(doc.vocab, words=[p]) for p in parts]
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


def _named_laws(ents: list[Span]) -> set[str]:
    """Acronyms of the laws, events and works the release names ("HIPAA" once "Health Insurance
    Portability and Accountability Act" is a LAW): the capitalized words' initials, in full."""
    out = set()
    for ent in ents:
        if ent.label_ in {"LAW", "EVENT", "WORK_OF_ART", "PRODUCT"}:
            initials = "".join(t.text[0] for t in ent if t.text[:1].isupper() and t.is_alpha)
            if len(initials) >= 3:
                out.add(initials)
    return out


def _is_plural_acronym(span: Span) -> bool:
    """ "ICUs", "DSPs", "NGOs": an acronym with a plural "s"."""
    return len(span) == 1 and bool(re.fullmatch(r"[A-Z][A-Z0-9&\-]+s", span.text))


def find_definitions(
    doc: Doc, *, quoted: bool = True, org_heads: Iterable[str] = ()
) -> list[tuple[Span, Span]]:
    """(long form, short form) pairs defined with parentheses in the text.

    With `org_heads`, a title-case name ending in one of them also defines an acronym whose
    letters are not its initials: "European Anti-Fraud Office (OLAF)" (from the French name).
    """
    heads = frozenset(org_heads)
    found: list[tuple[Span, Span]] = []
    ends: dict[int, Span] | None = None  # the entity ending at each token, read once
    for open_tok in (doc[i] for i in token_indexes(doc, ("(",))):
        close = next((t.i for t in doc[open_tok.i + 1 : open_tok.i + 16] if t.text == ")"), None)
        if close is None or close == open_tok.i + 1:
            continue
        inner = doc[open_tok.i + 1 : close]
        if ends is None:
            ends = {e.end: e for e in doc.ents}  # entities never overlap: one per end
        ent = ends.get(open_tok.i)
        pair = _long_then_short(doc, open_tok.i, inner, quoted, heads, ent) or _short_then_long(
            doc, open_tok.i, inner
        )
        if pair is not None:
            found.append(pair)
    return found


def term_acronyms(doc: Doc) -> set[str]:
    """Acronyms the text defines for lowercase terms ("friction stir welding (FSW)",
    "greenhouse gas (GHG)"): they name things, not organizations."""
    terms = set()
    for i in token_indexes(doc, ("(",)):
        if i + 2 >= len(doc) or doc[i + 2].text != ")" or not is_acronym(doc[i + 1].text):
            continue
        letters = [c.lower() for c in doc[i + 1].text if c.isalpha()]
        for size in range(len(letters), 0, -1):
            before = doc[max(0, i - size) : i]
            # "greenhouse gas (GHG)": one word may give two letters, so initials are matched
            # in order, not one per letter.
            if (
                len(before) == size
                and all(t.is_lower and t.is_alpha for t in before)
                and _in_order([t.text[0] for t in before], letters)
                and before[-1].text[0] in letters[-1:] + letters[-2:-1]
            ):
                terms.add(doc[i + 1].text)
                break
    return terms


def _in_order(initials: list[str], letters: list[str]) -> bool:
    """Initials start the acronym and appear among its letters in order."""
    if not initials or initials[0] != letters[0]:
        return False
    pos = 0
    for letter in initials:
        while pos < len(letters) and letters[pos] != letter:
            pos += 1
        if pos == len(letters):
            return False
        pos += 1
    return True


def _long_then_short(
    doc: Doc, paren: int, inner: Span, quoted: bool, heads: frozenset[str], ent: Span | None
) -> tuple[Span, Span] | None:
    """`ent`: the entity that ends right before the parenthesis, if any."""
    short = _short_form(inner, quoted)
    if short is None and ent is not None and ent.label_ == "ORG" and _short_name_of(inner, ent):
        return ent, inner  # "Lawrence Berkeley National Laboratory (Berkeley Lab)"
    if short is None:
        return None
    letters = [c for c in short.text if c.isalpha()]
    if ent is not None:
        if ent.label_ not in _MAYBE_ORG_LABELS:
            return None
        if ent.label_ == "ORG" or _initials_match(ent, letters) or _starts_with(ent, short):
            return _widened(doc, ent, paren, letters), short
    long_span = _long_form_before(doc, paren, short.text)
    if long_span is None and is_acronym(short.text):
        long_span = _named_organization_before(doc, paren, heads)
    return (long_span, short) if long_span is not None else None


def _widened(doc: Doc, ent: Span, paren: int, letters: list[str]) -> Span:
    """ "Ministry of Fisheries, Animal Husbandry & Dairying (MoFAH&D)": the ORG before the
    parenthesis is the tail of a name with commas inside when its initials miss the acronym's
    first letter and the ORG names before it, comma by comma, supply it."""
    letters = [c.lower() for c in letters]
    if not letters or _initial_of(ent) in {letters[0], ""}:
        return ent
    start = ent.start
    for _ in range(3):
        if start < 2 or doc[start - 1].text != ",":
            break
        before = next((e for e in doc.ents if e.end == start - 1 and e.label_ == "ORG"), None)
        if before is None:
            break
        start = before.start
        if _initial_of(before) == letters[0] and _initials_match(doc[start:paren], letters):
            return doc[start:paren]
    return ent


def _initial_of(span: Span) -> str:
    return next((t.text[0].lower() for t in span if t.text[:1].isupper()), "")


def _short_name_of(inner: Span, ent: Span) -> bool:
    """ "(Berkeley Lab)" after "Lawrence Berkeley National Laboratory": one to three
    capitalized words, each the start of a later word of the name, fewer than the name's."""
    words = [t.text for t in ent if t.is_alpha]
    if not 1 <= len(inner) <= 3 or len(inner) >= len(words):
        return False
    k = 0
    for tok in inner:
        if not (tok.is_title and tok.is_alpha and len(tok.text) >= 3):
            return False
        while k < len(words) and not words[k].startswith(tok.text):
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


def _named_organization_before(doc: Doc, paren: int, heads: frozenset[str]) -> Span | None:
    """The longest title-case stretch right before `paren` that ends in an organization word."""
    if paren == 0 or doc[paren - 1].lower_ not in heads or not doc[paren - 1].is_title:
        return None
    best = None
    for candidate in _title_case_stretches(doc, paren):
        best = candidate
    # One capitalized word ("Office (OLAF)") is a generic noun, not a name.
    return best if best is not None and len(best) >= 2 else None


def _short_form(inner: Span, quoted: bool) -> Span | None:
    """The acronym (or quoted short name) inside parentheses, as a span."""
    if is_acronym(inner.text) and " " not in inner.text:
        return inner
    if quoted and len(inner) >= 3 and inner[0].text in _QUOTES and inner[-1].text in _QUOTES:
        words = inner[1:-1]
        if words and all(t.text[:1].isupper() or t.is_punct for t in words):
            return words
    return None


def _long_form_before(doc: Doc, paren: int, acronym: str) -> Span | None:
    """The shortest title-case stretch before `paren` whose initials spell the acronym."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    return next((c for c in _title_case_stretches(doc, paren) if _initials_match(c, letters)), None)


def _title_case_stretches(doc: Doc, paren: int) -> Iterator[Span]:
    """Title-case stretches ending right before `paren`, shortest first, each starting on a
    capitalized word ("Anti-Fraud Office", "European Anti-Fraud Office")."""
    start = paren
    while start > 0 and paren - start < _MAX_LONG_FORM:
        tok = doc[start - 1]
        if not (tok.is_title or tok.is_upper or tok.lower_ in _SMALL_WORDS or tok.text == "-"):
            break
        start -= 1
        if doc[start].lower_ not in _SMALL_WORDS and doc[start].text != "-":
            yield doc[start:paren]


def _short_then_long(doc: Doc, paren: int, inner: Span) -> tuple[Span, Span] | None:
    if paren == 0 or not is_acronym(doc[paren - 1].text):
        return None
    short = doc[paren - 1 : paren]
    words = [t for t in inner if not t.is_punct]
    if not words or not all(t.is_title or t.lower_ in _SMALL_WORDS or t.is_upper for t in words):
        return None
    if _initials_match(inner, [c.lower() for c in short.text if c.isalpha()]):
        return inner, short
    return None


def _initials_match(span: Span, letters: list[str]) -> bool:
    """The acronym's letters are the initials of the capitalized words, in order (loosely:
    small words may be skipped or counted, and a word may give more than one letter)."""
    letters = [c.lower() for c in letters]
    initials = [t.text[0].lower() for t in span if t.text[:1].isalpha() and t.text[0].isupper()]
    # Every capitalized word's initial must appear, in order, among the acronym's letters.
    if not letters or not _in_order(initials, letters):
        return False
    return len(initials) >= max(2, len(letters) // 2)


def _starts_with(ent: Span, short: Span) -> bool:
    return ent.text.lower().startswith(short.text.lower())


def _same(a: Span, b: Span) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _set_org(ents: list[Span], span: Span, canonical: str) -> list[Span]:
    """Make `span` an ORG entity with `canonical` as kb_id, replacing what overlaps it."""
    doc = span.doc
    kept = [e for e in ents if e.end <= span.start or e.start >= span.end]
    return [*kept, Span(doc, span.start, span.end, label="ORG", kb_id=canonical)]
