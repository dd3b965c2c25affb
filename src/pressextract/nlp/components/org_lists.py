"""Coordination: the members of a list of organizations are organizations.

"Acme Corp, Betaworks, Gamma Labs and Deltaco signed on": the small model tags some members of
such a list ORG and the others PERSON, PRODUCT, a place, or nothing. When most of the members
it tagged are organizations, the list is one of organizations and every member is one — except
a member the place data knows as a place, or a person's name the model tagged PERSON while the
organizations do not outnumber the people. An ORG span that runs over a list's commas
("Betaworks, Gamma Labs, Deltaco") is cut into its members; a company-form word after a comma
("Deltaco, Inc.") stays with its name. A name found to be an organization here is one in all its
mentions (the release's own context: one name, one label).

The list is read from the surface: names (capitalized words, with "of", "&", "the", "'s" inside)
joined by commas and "and". A title-case headline, where every word is capitalized, holds no
evidence and is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from pressextract.nlp.doc_index import token_texts

# Words that may stand inside a name between capitalized words ("Bank of Foo", "Foo & Bar").
_INNER = {"of", "for", "the", "&", "'s", "’s", "-", "de", "du", "des", "la", "le", "van", "von"}
_SEPARATORS = {",", "and"}
_CONVERTIBLE = {"PERSON", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "LOC", "GPE", "EVENT"}
_PLACE_LABELS = {"GPE", "LOC"}
_MAX_ITEM_TOKENS = 6
# A bare company word that ends a firm's name of partners ("Sears, Roebuck and Co.").
_PARTNERS = {"co.", "co", "company", "cie", "cie."}
_MIN_ITEMS = 3
_MIN_ORG_VOTES = 2
# Lowercase words that do not make a sentence prose (a headline still has them).
_HEADLINE_WORDS = _INNER | {"and", "a", "an", "to", "in", "on", "at", "by", "with", "as", "or"}


@dataclass(frozen=True)
class _Item:
    span: Span
    # The label of the entity that is exactly this item; "ORG" for an item that holds an ORG
    # (a piece of a comma-joined ORG span, or names joined into one); None when untagged.
    label: str | None
    exact: Span | None = None  # the entity that is exactly this item
    new: bool = False  # an ORG span this rule makes (a piece, or names joined into one)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


class ListMembers:
    """Finds lists of organizations and labels their members ORG (see the module docstring)."""

    def __init__(
        self,
        *,
        legal_suffixes: Iterable[str],
        org_heads: Iterable[str] = (),
        titles: Iterable[str] = (),
        is_place: Callable[[str], bool] | None = None,
    ) -> None:
        self.legal_suffixes = {w.lower() for w in legal_suffixes}
        self.org_heads = {w.lower() for w in org_heads}
        self.titles = {w.lower() for w in titles} - self.org_heads
        self.is_place = is_place

    def apply(self, ents: list[Span]) -> list[Span]:
        """`ents` with the members of lists of organizations labelled ORG."""
        if not ents:
            return ents
        doc = ents[0].doc
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        added: list[Span] = []
        brands = {e.text for e in ents if e.label_ == "ORG" and len(e) == 1}
        # An item starts at a capitalized word, "&" ("&Pizza") or "the" before a name
        # (`_item_at`); a list at no other token: those are passed without reading them again.
        opens = [
            text[:1].isupper() or text == "&" or lower == "the"
            for text, lower in zip(token_texts(doc), token_texts(doc, LOWER), strict=True)
        ]
        for a, b in self._sentences(doc):
            if is_headline(doc[a:b]):
                continue
            k = a
            while k < b:
                if not opens[k]:
                    k += 1
                    continue
                items, k = self._list_at(doc, k, b, by_token)
                items = self._joined_names(doc, items)
                if len(items) >= _MIN_ITEMS and self._of_organizations(items, brands):
                    added.extend(self._members(doc, items))
                else:
                    added.extend(Span(doc, i.start, i.end, label="ORG") for i in items if i.new)
        if not added:
            return ents
        taken = {t for s in added for t in range(s.start, s.end)}
        names = {s.text for s in added}
        out = [
            Span(doc, e.start, e.end, label="ORG")
            if e.text in names and e.label_ in _CONVERTIBLE and not self._place(e)
            else e
            for e in ents
            if not any(t in taken for t in range(e.start, e.end))
        ]
        return sorted([*out, *added], key=lambda e: e.start)

    def _sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """The sentences, with a list the parser cut after a company form joined again:
        "Acme, Betaworks, Deltaco, Inc." + "Gamma Labs, Zeta and Eta" (the next sentence opens
        with a name and a comma)."""
        if not doc.has_annotation("SENT_START"):
            return [(0, len(doc))]
        out: list[tuple[int, int]] = []
        for sent in doc.sents:
            if out and self._cut_list(doc, out[-1][1], sent.end):
                out[-1] = (out[-1][0], sent.end)
            else:
                out.append((sent.start, sent.end))
        return out

    def _cut_list(self, doc: Doc, start: int, stop: int) -> bool:
        """The sentence at `start` goes on a list the one before ended with "Inc."."""
        return start >= 2 and doc[start - 2].text == "," and self._cut_after(doc, start, stop)

    def _cut_after(self, doc: Doc, start: int, stop: int) -> bool:
        """A company form with its period ("Inc.") ends a name at `start`, and another name
        and a comma follow: a list item without its comma."""
        if start < 1 or doc[start - 1].lower_ not in self.legal_suffixes:
            return False
        if not doc[start - 1].text.endswith("."):
            return False
        k = start
        while k < stop and k - start < _MAX_ITEM_TOKENS and _name_word(doc[k]):
            k += 1
        return start < k < stop and doc[k].text == ","

    # -- reading a list ---------------------------------------------------------------------

    def _list_at(
        self, doc: Doc, k: int, stop: int, by_token: dict[int, Span]
    ) -> tuple[list[_Item], int]:
        """The list that starts at token `k` (empty when none) and the token to go on from."""
        items: list[_Item] = []
        i = k
        while True:
            item = self._item_at(doc, i, stop, by_token)
            if item is None:
                break
            items.append(item)
            j = item.end
            if j < stop and doc[j].text == ",":
                j += 1
            if j < stop and doc[j].lower_ == "and":
                j += 1
            if j == item.end and self._cut_after(doc, j, stop):
                i = j  # "JUST Goods, Inc. Milk Bar, ...": the company form ends the name
                continue
            if j == item.end or j >= stop:
                break
            if j < stop and doc[j].lower_ == "the":
                j += 1
            i = j
        if len(items) >= 2:
            return items, items[-1].end
        return [], items[0].end if items else k + 1

    def _item_at(self, doc: Doc, i: int, stop: int, by_token: dict[int, Span]) -> _Item | None:
        """The name that starts at token `i`, or None."""
        if i < stop and doc[i].lower_ == "the" and i not in by_token:
            i += 1  # "The Minister for Immigration": the name starts after the article
        if i >= stop or not _name_start(doc, i):
            return None
        ent = by_token.get(i)
        if ent is not None and ent.start < i and (ent.label_ != "ORG" or "," not in ent.text):
            return None  # inside a name that does not start here
        end = i
        while end < stop:
            other = by_token.get(end)
            if other is not None and other.start == end and "," not in other.text:
                end = other.end  # an entity is read whole ("Department of Health and Human
                continue  # Services"); two entities side by side are one name ("P&W BMW")
            inner = doc[end].lower_ in _INNER and end + 1 < stop and _name_word(doc[end + 1])
            if end == i or _name_word(doc[end]) or inner:
                end += 1
            else:
                break
        end = min(end, stop)
        # "Deltaco, Inc.": a company-form word after a comma belongs to the name.
        suffixes = self.legal_suffixes
        while end + 1 < stop and doc[end].text == "," and doc[end + 1].lower_ in suffixes:
            end += 2
        if end - i > _MAX_ITEM_TOKENS:
            return None
        covering = {by_token[t] for t in range(i, end) if t in by_token}
        if any(e.label_ not in _CONVERTIBLE | {"ORG"} for e in covering):
            return None  # a date, an amount: not a name
        exact = next((e for e in covering if (e.start, e.end) == (i, end)), None)
        if exact is not None:
            return _Item(doc[i:end], exact.label_, exact)
        pieces = [e for e in covering if e.label_ == "ORG" and e.start <= i and end <= e.end]
        if pieces and "," in pieces[0].text:
            return _Item(doc[i:end], "ORG", new=True)
        if covering:
            label = "ORG" if any(e.label_ == "ORG" for e in covering) else "MIXED"
            return _Item(doc[i:end], label)
        if not _proper_name(doc[i:end]):
            return None  # "However, Acme and ...": a capitalized function word; "FY 2008 Budget"
        return _Item(doc[i:end], None)

    # -- names with commas or "and" inside ----------------------------------------------

    def _joined_names(self, doc: Doc, items: list[_Item]) -> list[_Item]:
        """The items with the names that run over commas joined into one item: a firm of
        partners ("Goodman, Roe & Poe", "Sears, Roebuck and Co.") and an office whose scope is
        a list ("Ministry of Fisheries, Animal Husbandry and Dairying")."""
        if len(items) < 2:
            return items
        last = items[-1]
        if self._firm_end(doc[last.start : last.end]):
            first = len(items) - 1
            while first > 0 and _surname(doc[items[first - 1].start : items[first - 1].end]):
                first -= 1
            if first < len(items) - 1 and items[first].label in {None, "ORG", "PERSON"}:
                joined = _Item(doc[items[first].start : last.end], "ORG", new=True)
                return [*items[:first], joined]
        for n, item in enumerate(items[:-1]):
            rest = items[n + 1 :]
            if (
                (item.exact is not None and item.label == "ORG")
                and self._scoped(doc[item.start : item.end])
                and all(self._scope_word(doc, r) for r in rest)
                and doc[last.start - 1].lower_ == "and"
            ):
                return [*items[:n], _Item(doc[item.start : last.end], "ORG", new=True)]
        return items

    def _firm_end(self, span: Span) -> bool:
        """ "Roe & Poe", "Roe & Poe LLP" or a bare "Co." ends a firm's name of partners."""
        words = [t.lower_ for t in span]
        if len(words) == 1:
            return words[0] in _PARTNERS
        if "&" not in words[1:-1]:
            return False
        core = words[:-1] if words[-1] in self.legal_suffixes else words
        return len(core) == 3 and core[1] == "&"

    def _scoped(self, span: Span) -> bool:
        """An office and its scope: "Ministry of Fisheries", "Department for Transport"."""
        return any(
            t.lower_ in self.org_heads and t.i + 1 < span.end and t.nbor(1).lower_ in {"of", "for"}
            for t in span
        )

    def _scope_word(self, doc: Doc, item: _Item) -> bool:
        """A field an office's scope may list: untagged (or taken for a person's name), with
        no organization word ("Animal Husbandry", "Dairying")."""
        span = doc[item.start : item.end]
        return (
            item.label in {None, "PERSON"}
            and len(span) <= 3
            and not self._title(span)
            and not any(t.lower_ in self.org_heads or t.lower_ in self.legal_suffixes for t in span)
        )

    # -- deciding -------------------------------------------------------------------------------

    def _of_organizations(self, items: list[_Item], brands: set[str]) -> bool:
        orgs = sum(
            (item.label == "ORG" or self._company_form(item))
            and not self._job(item)
            and not self._line_of(item, brands)
            for item in items
        )
        others = sum(self._other_kind(item) for item in items)
        return orgs >= _MIN_ORG_VOTES and orgs >= others

    def _company_form(self, item: _Item) -> bool:
        """An untagged name ending in a company form ("Deltaco, Inc."): an organization."""
        return item.label is None and item.span[-1].lower_ in self.legal_suffixes

    def _line_of(self, item: _Item, brands: set[str]) -> bool:
        """ "Apple Watch" where "Apple" is an organization of the release: a product line of
        the organization, no evidence that the list names organizations."""
        span = item.span
        return (
            len(span) > 1
            and span[0].text in brands
            and not any(t.lower_ in self.org_heads or t.lower_ in self.legal_suffixes for t in span)
        )

    def _job(self, item: _Item) -> bool:
        """ "Chief Minister", "Minister of State": a job title, not a name."""
        return self._title(item.span)

    def _title(self, span: Span) -> bool:
        """A job title: ending in a title word ("Chief Technology Officer") with no
        organization word, or a title word and its scope ("Chairman of the Board")."""
        words = [t.lower_ for t in span]
        if words[0] in self.titles and len(words) > 1 and words[1] in {"of", "for"}:
            return True
        return words[-1] in self.titles and not any(w in self.org_heads for w in words)

    def _other_kind(self, item: _Item) -> bool:
        """The member is a person, a place or a job by the model and by its shape."""
        if self._title(item.span):
            return True
        span = item.exact
        if span is None:
            return False
        if item.label == "PERSON":
            return _person_shape(span)
        return item.label in _PLACE_LABELS and self._place(span)

    def _place(self, ent: Span) -> bool:
        return bool(self.is_place and ent.label_ in _PLACE_LABELS and self.is_place(ent.text))

    def _members(self, doc: Doc, items: list[_Item]) -> list[Span]:
        """New ORG spans for the members of a list of organizations."""
        orgs = sum(item.label == "ORG" for item in items)
        people = sum(item.label == "PERSON" and self._other_kind(item) for item in items)
        out = []
        for item in items:
            span = doc[item.start : item.end]
            if item.new:
                out.append(Span(doc, item.start, item.end, label="ORG"))
                continue
            if item.label is not None and (item.label not in _CONVERTIBLE or item.exact is None):
                continue  # already an organization, or a name the model cut otherwise
            if self._title(span) or (item.exact is not None and self._place(item.exact)):
                continue
            if item.label == "PERSON" and self._other_kind(item) and orgs <= people:
                continue
            out.append(Span(doc, item.start, item.end, label="ORG"))
        return out




def is_headline(sent: Span) -> bool:
    """Every word capitalized but for small function words: a headline, not prose."""
    return not any(t.is_alpha and t.is_lower and t.lower_ not in _HEADLINE_WORDS for t in sent)


def _name_start(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text == "&" and i + 1 < len(doc) and not tok.whitespace_:
        return doc[i + 1].text[:1].isupper()  # "&Pizza"
    return tok.text[:1].isupper()


def _name_word(tok) -> bool:
    text = tok.text
    return bool(text[:1].isupper() or (text[:1].isdigit() and tok.i > 0) or text in {"’s", "'s"})


def _proper_name(span: Span) -> bool:
    """An untagged name: a proper noun by the tagger (any word when there are no tags), not a
    stop word ("However")."""
    if len(span) == 1 and span[0].is_stop:
        return False
    if any(t.like_num and len(t.text) == 4 and t.text[:2] in {"19", "20"} for t in span):
        return False  # a year makes it an edition, a budget, an event
    if not span.doc.has_annotation("TAG"):
        return True
    return any(t.pos_ in {"PROPN", "X"} for t in span)


def _surname(span: Span) -> bool:
    """One capitalized word, not an acronym: a partner's name in a firm's ("Roebuck")."""
    return len(span) == 1 and span[0].is_title and span[0].is_alpha


def _person_shape(ent: Span) -> bool:
    """Two or three capitalized words, an initial allowed, nothing else: "Jane Q. Roe"."""
    words = [t.text for t in ent]
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and (w[1:].islower() or (len(w) == 2 and w[1] == ".")) for w in words
    )
