"""Rule 5 of entity repair: a place inside an organization's name makes one name with it.

"Nigeria" + "Customs Service" is one ORG, as are "Police" + "Impersonation Investigation Unit" and
"U.S. Attorneys Office" + "for the" + "Southern District of New York" (a judicial district is an
organization). The small model often cuts such names at the place; the words that follow (title
case, ending in an organization head noun) say that the pieces are one name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

POSSESSIVE = {"'s", "’s", "'", "’"}
CONNECTORS = {"of", "for", "and", "&", "on", "in", "the", "de", "du", "des", "la", "le"}


@dataclass(frozen=True)
class NameMerger:
    """Merges entity pieces into organization names; `org_heads` and `district_directions` are
    lowercase words from the pipeline's word lists."""

    org_heads: frozenset[str]
    district_directions: frozenset[str]

    def merge(self, doc: Doc, ents: list[Span]) -> list[Span]:
        starts = {e.start: e for e in ents}
        out: list[Span] = []
        skip_until = -1
        for ent in sorted(ents, key=lambda e: e.start):
            if ent.start < skip_until:
                continue
            merged = None
            if ent.label_ in {"GPE", "NORP", "ORG", "LOC"}:
                merged = self._district(doc, ent, starts) or self._place_org(doc, ent, starts)
            if merged is not None:
                out = [e for e in out if e.end <= merged.start]
                out.append(merged)
                skip_until = merged.end
            else:
                out.append(ent)
        return out

    def _district(self, doc: Doc, ent: Span, starts: dict[int, Span]) -> Span | None:
        """ "Southern District" + "of New York": a (judicial) district is an organization."""
        words = [t.lower_ for t in ent]
        if len(words) < 2 or words[-1] != "district" or words[0] not in self.district_directions:
            return None
        k = ent.end
        if k + 1 < len(doc) and doc[k].lower_ == "of" and k + 1 in starts:
            place = starts[k + 1]
            if place.label_ in {"GPE", "LOC"}:
                return Span(doc, ent.start, place.end, label="ORG")
        return None

    def _place_org(self, doc: Doc, ent: Span, starts: dict[int, Span]) -> Span | None:
        """A place or organization followed by title-case words ending in an organization head
        noun ("Nigeria" + "Customs Service", "Police" + "Impersonation Investigation Unit"), or
        an office followed by its jurisdiction ("U.S. Attorneys Office" + "for the" + ORG)."""
        if ent.label_ == "ORG" and ent[-1].lower_ in self.org_heads:
            k = ent.end
            if k < len(doc) and doc[k].lower_ in {"for", "of"}:
                k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
                target = starts.get(k)
                if target is not None and target.label_ in {"ORG", "GPE", "LOC"}:
                    merged = self._district(doc, target, starts) or target
                    return Span(doc, ent.start, merged.end, label="ORG")
        last_head, k = None, ent.end
        while k < len(doc) and k < ent.end + 7:
            tok = doc[k]
            if k in starts and starts[k].label_ != "ORG":
                break
            if k in starts:  # an ORG right after the place: the two are one name
                # Two ORG pieces are one name only when the first ends in "and", "of"...
                # ("Global Tourism Resilience and" + "Crisis Management Centre").
                if ent.label_ == "ORG" and ent[-1].lower_ not in CONNECTORS:
                    break
                return Span(doc, ent.start, starts[k].end, label="ORG")
            # "Dallas County District Attorney's Office" is one name; "Ethiopia's Ministry of
            # Health" is the ministry of a country, not a name with the country in it.
            possessive = (
                tok.text in POSSESSIVE and k > ent.end and k + 1 < len(doc) and doc[k + 1].is_title
            )
            if not (
                (tok.is_title and tok.pos_ not in {"VERB", "AUX"})
                or possessive
                or (tok.lower_ in {"of", "&", "and"} and k > ent.end)
            ):
                break
            if tok.lower_ in self.org_heads:
                last_head = k
            k += 1
        if last_head is None:
            return None
        return Span(doc, ent.start, last_head + 1, label="ORG")
