"""The organization gazetteer laid over the model's entities (entity_repair, rule 6).

Known names, aliases and acronyms become ORG entities with the canonical name as `kb_id_`; known
acronyms are linked in `doc.spans["acronyms"]` (label = acronym, kb_id = full name). A longer ORG
that contains a known name is kept whole, unless what follows the name is a person swallowed
into it ("World Customs Organization Ian Saunders").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pressextract.resources.gazetteer import KnownOrganization
from pressextract.resources.name_shapes import is_shouting

# Cuts an ORG after token `cut` into the ORG and a swallowed PERSON; None when the rest is none.
SplitAfter = Callable[[Span, int], "list[Span] | None"]


class GazetteerOverlay:
    """Matches the known organizations in a Doc and lays them over its entities."""

    def __init__(
        self,
        nlp: Language,
        organizations: Iterable[KnownOrganization],
        split_after: SplitAfter,
    ) -> None:
        self.split_after = split_after
        self.known: dict[str, KnownOrganization] = {}
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for entry in organizations:
            key = f"org{len(self.known)}"
            self.known[key] = entry
            self.names.add(key, list(nlp.tokenizer.pipe([entry.name, *entry.aliases])))
            if entry.acronym:
                self.acronyms.add(key, [nlp.tokenizer(entry.acronym)])

    def apply(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """`ents` with the known names laid over them; links the acronyms in the Doc."""
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
                split = self.split_after(ent, found.end) if ent.start == found.start else None
                if split is None:
                    return ents  # a longer ORG that contains the known name is kept whole
                kept = [e for e in ents if e is not ent]
                return [*kept, found, *split[1:]]
        return [*(e for e in ents if e not in overlapping), found]
