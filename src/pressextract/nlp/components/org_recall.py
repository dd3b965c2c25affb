"""Org recall: names the model did not tag ORG that the release uses as organizations.

The small model tags a one-word company PERSON ("Brookfield"), GPE ("Pharmanovia"), NORP or
PRODUCT ("Serena"), or leaves it untagged ("Plotly"). The release's own words say when such a
name is an organization:
1. a kind of organization in apposition, or as what the name is: "Pharmanovia, a global
   pharmaceutical company", "Brookfield is a leading infrastructure investor";
2. an example of a kind of organization: "companies like Serena", "agencies such as Anglicare",
   "partners including Acme" (and the names coordinated with it);
3. the organization of a post: "Founder & CEO at ConverzAI";
4. a person's organization: "Chelsea Douglas from Plotly";
5. a company form that ends the name, and the name without it elsewhere ("ACME ROCKETS CORP."
   untagged in capitals, then "Acme Rockets said"): org_company_forms.py.
Kinds of organization are a closed class of nouns (data/org_kinds.txt). A name so used becomes
ORG in each of its mentions, tagged or not. Never a place the place data knows ("the mayor of
Riverton", "Jane Roe from Boston"), a name the release gives a person ("Jane Brookfield": then it
is her surname), a PERSON of two words or more, nor a government portfolio ("Minister of
Finance").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pressextract.nlp.components.org_company_forms import company_names, starts_cut
from pressextract.nlp.doc_index import entity_at, occurrences, token_texts
from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.lexicon import load_words, person_titles, title_words
from pressextract.resources.places import is_known_place

# Labels the model gives organizations by mistake; their spans may become ORG.
_MISTAKEN = {"PERSON", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LOC", "FAC"}
_EXAMPLE_WORDS = {"like", "including"}  # "companies like Serena", "such as" is read apart
_NAME_POS = {"PROPN", "NOUN", "ADV", "X"}  # the small model reads an unknown name as any of these
_NAME_POS_IDS = {POS_IDS[p] for p in _NAME_POS}
_CONNECTORS = {"of", "to", "for", "on", "&"}  # inside a name: "Pizza to the Polls"
# Company forms that close a name ("Acme Inc."): the legal suffixes but those that are also
# common words or regions' abbreviations ("Group", "Holdings", "Spa", "SA", "SE").
_NOT_FORMS = {"group", "holdings", "spa", "sa", "se", "ab", "ag", "as", "a/s", "nv", "bv", "lp"}


@Language.factory(
    "pressextract_org_recall",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.dep"],
    default_config={"word_lists": "entity_repair.json", "kinds_file": "org_kinds.txt"},
)
def make_org_recall(nlp: Language, name: str, word_lists: str, kinds_file: str) -> OrgRecall:
    """Build the org recall component from its config."""
    words = load_json_data(word_lists)
    titles = person_titles()
    return OrgRecall(
        kinds=load_words(kinds_file),
        titles=title_words(titles),
        portfolios=words.get("portfolios", ()),
        is_place=is_known_place,
        company_forms=words.get("legal_suffixes", ()),
    )


class OrgRecall:
    """Relabels as ORG the names the release uses as organizations (module docstring)."""

    def __init__(
        self,
        *,
        kinds: Iterable[str],
        titles: Iterable[str] = (),
        portfolios: Iterable[str] = (),
        is_place: Callable[[str], bool] | None = None,
        company_forms: Iterable[str] = (),
    ) -> None:
        self.kinds = {w.lower() for w in kinds}
        self.titles = {w.lower() for w in titles}
        self.portfolios = {w.lower() for w in portfolios}
        self.is_place = is_place or (lambda name: False)
        self.company_forms = {w.lower() for w in company_forms} - _NOT_FORMS

    def __call__(self, doc: Doc) -> Doc:
        """Relabel the Doc's entities in place."""
        names = self.organization_names(doc)
        if names:
            doc.ents = _relabel(doc, names)
        return doc

    def organization_names(self, doc: Doc) -> set[tuple[str, ...]]:
        """The token texts of each name the release uses as an organization."""
        people = self._people(doc)
        found: set[tuple[str, ...]] = set()
        for i in _capitalized_names(doc):
            token = doc[i]
            # A kind of organization says so outright; a post or a person's "from" may
            # also be followed by a place ("Professor at Berkeley", "Jane Roe from Boston").
            kind = self._kind_of_it(token)
            start = _name_start(token)  # read by the three tests below: found once
            example = self._example_of_kind(doc, start)
            if not (kind or example or self._post_at(doc, start) or _person_from(doc, start)):
                continue
            # Names coordinated with an example are examples too ("such as A, B and C").
            for root in (token, *(_conjuncts(token) if example else ())):
                span = _candidate(root)
                if span is None or any(t.text in people for t in span):
                    continue
                sure = (kind or example) and root is token
                if self._refused(span) or (not sure and self.is_place(span.text)):
                    continue
                found.add(tuple(t.text for t in span))
        if self.company_forms:
            found |= company_names(
                doc, self.company_forms, mistaken=_MISTAKEN, titles=self.titles, people=people
            )
        return found

    def _people(self, doc: Doc) -> set[str]:
        """First and last words of the release's people ("Jane Brookfield"), not of a name
        with a title in it ("Said Brian Carroll, Serena Fellow" tagged as one)."""
        out = set()
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            if any(t.lower_.rstrip(".") in self.titles for t in ent):
                continue
            out.update((ent[0].text, ent[-1].text))
        return out

    def _refused(self, span: Span) -> bool:
        """A portfolio ("Finance"), a title ("Director"), or a name that goes on past a
        small word ("Pizza" of "Pizza to the Polls")."""
        if span.text.lower() in self.portfolios:
            return True
        if any(t.lower_.rstrip(".") in self.titles for t in span):
            return True
        doc = span.doc
        nxt = doc[span.end : span.end + 3]
        return len(nxt) >= 2 and nxt[0].lower_ in _CONNECTORS and (
            nxt[1].text[:1].isupper() or (nxt[1].lower_ == "the" and len(nxt) == 3
                                           and nxt[2].text[:1].isupper())
        )

    def _is_kind(self, token: Token) -> bool:
        """A kind of organization, written in lowercase (or opening the sentence)."""
        lower = token.is_lower or (token.is_sent_start and token.text[1:].islower())
        return lower and (token.lower_ in self.kinds or token.lemma_.lower() in self.kinds)

    def _kind_of_it(self, token: Token) -> bool:
        """ "Pharmanovia, a global pharmaceutical company"; "Brookfield is a ... investor"."""
        if any(c.dep_ == "appos" and self._is_kind(c) for c in token.children):
            return True
        head = token.head
        return (
            token.dep_ == "nsubj"
            and head.lemma_ == "be"
            and any(c.dep_ == "attr" and self._is_kind(c) for c in head.children)
        )

    def _example_of_kind(self, doc: Doc, start: int) -> bool:
        """ "companies like Serena", "agencies such as Anglicare", "partners including Acme":
        the name that starts at token `start` follows such a cue."""
        if start < 2:
            return False
        before = doc[start - 1]
        if before.lower_ in _EXAMPLE_WORDS:
            kind = doc[start - 2]
        elif before.lower_ == "as" and start >= 3 and doc[start - 2].lower_ == "such":
            kind = doc[start - 3]
        else:
            return False
        return self._is_kind(kind)

    def _post_at(self, doc: Doc, start: int) -> bool:
        """ "Founder & CEO at ConverzAI": a title, "at", the name that starts at token `start`.
        (Not "of": "Director of Operations" names a field of work.)"""
        if start < 2 or doc[start - 1].lower_ != "at":
            return False
        return doc[start - 2].lower_.rstrip(".") in self.titles


def _capitalized_names(doc: Doc) -> list[int]:
    """Indexes of the capitalized tokens of a part of speech a name may get (_NAME_POS), read
    from the Doc's arrays (no Token made for the others)."""
    if not len(doc):
        return []
    pos = doc.to_array(POS).tolist()
    return [
        i
        for i, text in enumerate(token_texts(doc))
        if pos[i] in _NAME_POS_IDS and text[:1].isupper()
    ]


def _person_from(doc: Doc, start: int) -> bool:
    """ "Chelsea Douglas from Plotly": a person's name, "from", the name that starts at token
    `start`."""
    return start >= 2 and doc[start - 1].lower_ == "from" and doc[start - 2].ent_type_ == "PERSON"


def _name_start(token: Token) -> int:
    """The first token of the entity `token` ends, or of its run of capitalized words."""
    ent = entity_at(token.doc, token.i)
    if ent is not None:
        return ent.start
    start = token.i
    doc = token.doc
    while start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_:
        if doc[start - 1].is_sent_start:
            break
        start -= 1
    return start


def _conjuncts(token: Token) -> list[Token]:
    """The names coordinated with `token` ("Anglicare ... and the Red Cross")."""
    return [c for c in token.conjuncts if c.text[:1].isupper()]


def _candidate(token: Token) -> Span | None:
    """The name `token` is in: its entity when the model tagged one that may be mistaken (a
    one-word PERSON only), else its untagged capitalized word; with the capitalized words that
    qualify it before ("Duke Energy" of "Duke Energy Florida") and a small word and the rest
    of the name after ("Pizza" + "to the Polls"). None when it is not such a name."""
    doc = token.doc
    ent = entity_at(token.doc, token.i)
    if ent is not None:
        if ent.label_ not in _MISTAKEN or (ent.label_ == "PERSON" and len(ent) > 1):
            return None
        start, end = ent.start, ent.end
    elif token.pos_ in _NAME_POS and token.text[:1].isupper():
        start, end = token.i, token.i + 1
    else:
        return None
    while start > 0 and _free_name_word(doc[start - 1]):
        prev = doc[start - 1]
        if prev.is_sent_start and not (prev.dep_ == "compound" and prev.head.i >= start):
            break
        start -= 1
    end = _name_end(doc, end)
    # A sentence's first word alone says nothing of its case ("Today", "Shares").
    if ent is None and end - start == 1 and token.is_sent_start:
        return None
    return doc[start:end]


def _name_end(doc: Doc, end: int) -> int:
    """Where a name goes on past a small word ("Pizza" + "to the Polls"), its new end."""
    k = end
    if k < len(doc) and doc[k].lower_ in _CONNECTORS:
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
                if doc[k].ent_type_ and doc[k].ent_type_ not in _MISTAKEN:
                    return end
                k += 1
            return k
    return end


def _free_name_word(token: Token) -> bool:
    """A capitalized word that no entity holds, or one of a mistaken label."""
    if not (token.text[:1].isupper() and token.is_alpha) or token.pos_ not in _NAME_POS:
        return False
    return not token.ent_type_ or token.ent_type_ in _MISTAKEN


def _relabel(doc: Doc, names: set[tuple[str, ...]]) -> list[Span]:
    """The Doc's entities with every mention of `names` an ORG: the mistaken labels it
    covers replaced, an untagged mention added; ORG and other labels (DATE, ...) stay."""
    ents = list(doc.ents)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    new: list[Span] = []
    for words in names:
        n = len(words)
        for i in occurrences(doc, words):
            covered = {by_token[k] for k in range(i, i + n) if k in by_token}
            covered = {e for e in covered if not starts_cut(e, i, i + n)}
            if any(e.label_ not in _MISTAKEN or e.start < i or e.end > i + n for e in covered):
                continue  # an ORG already, a date, or a longer name ("Acme Express")
            if _free_name_word(doc[i + n]) if i + n < len(doc) else False:
                continue
            if i > 0 and _free_name_word(doc[i - 1]) and not doc[i].is_sent_start:
                continue
            new.append(Span(doc, i, i + n, label="ORG"))
    if not new:
        return ents
    taken = {i for e in new for i in range(e.start, e.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return filter_spans(kept + new)
