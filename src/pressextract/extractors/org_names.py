"""The names an organization entity holds: one as written, or two in one span.

- the mention as written, without a leading "the" or a possessive "'s" (`clean_form`);
- two names sharing one plural organization word: "the Marysville and East Liberty Auto
  Plants", "the Universities of Gothenburg and Southampton" (`names_in`);
- a unit and the organization it belongs to, both named: "the Justice Department's Office of
  International Affairs", "the Walter Schottky Institute of the Technical University of
  Munich", "US Department of the Interior – Office of Insular Affairs" (`names_in`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from pressextract.resources.gazetteer import load_json_data
from pressextract.resources.name_shapes import is_possessive, singular


@lru_cache(maxsize=4)
def org_words(kind: str) -> frozenset[str]:
    """A word list of entity_repair.json (organization words, company forms)."""
    return frozenset(load_json_data("entity_repair.json")[kind])



LEADING_ARTICLES = ("the", "this", "that", "these", "those")


def clean_form(ent: Span) -> str:
    """The mention as written, whitespace collapsed, without a leading "the" ("this") or a
    possessive "'s" (a name's own "'s" stays: "Macy's")."""
    text = " ".join(ent.text.split())
    for article in LEADING_ARTICLES:
        text = text.removeprefix(article + " ").removeprefix(article.title() + " ")
    if ent[-1].text in {"'s", "’s"} and is_possessive(ent[-1]):
        text = text[: -len(ent[-1].text)]
    elif _shared_plural_head(ent):
        text = text[: -len(ent[-1].text)] + singular(ent[-1].text)
    return text.strip(" ,;:")


def _shared_plural_head(ent: Span) -> bool:
    """ "the Marysville and East Liberty Auto Plants": two names share one plural head word;
    the entity is the second of them, "East Liberty Auto Plant"."""
    doc, last = ent.doc, ent[-1]
    return (
        len(ent) >= 2
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "and"
        and doc[ent.start - 2].is_title
        and last.is_title
        and singular(last.lower_) in org_words("org_heads")
        and last.lower_ not in org_words("org_heads")
    )


_SCOPE_OF = {"of", "for"}


def _shared_head_names(ent: Span) -> list[str]:
    """ "the Universities of Gothenburg and Southampton": one plural organization word for two
    names, "University of Gothenburg" and "University of Southampton" (the second name is the
    capitalized words after "and"); [] when the entity is no such pair."""
    doc = ent.doc
    first = next((t for t in ent if t.lower_ not in LEADING_ARTICLES), None)
    if first is None or first.i + 2 >= ent.end or doc[first.i + 1].lower_ not in _SCOPE_OF:
        return []
    head = singular(first.lower_)
    if head == first.lower_ or head not in org_words("org_heads") or not first.is_title:
        return []
    k, end = ent.end, second_name_end(ent)
    if end <= k + 1:
        return []
    one = singular(first.text)
    scope = doc[first.i + 1].text
    rest = " ".join(doc[first.i + 1 : ent.end].text.split())
    second = " ".join(doc[k + 1 : end].text.split())
    return [f"{one} {rest}", f"{one} {scope} {second}"]


def second_name_end(ent: Span) -> int:
    """The end of the capitalized words after "and" right after `ent` (`ent.end` if none)."""
    doc, k = ent.doc, ent.end
    if k >= len(doc) or doc[k].lower_ != "and":
        return k
    end = k + 1
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        if doc[end].ent_type_ and doc[end].ent_type_ not in {"GPE", "LOC", "ORG"}:
            break
        end += 1
    return end if end > k + 1 else k




_DASHES = {"–", "—", "-"}
_POSSESSIVES = {"'s", "’s"}


def names_in(ent: Span) -> list[str]:
    """The names of an entity that holds two (module docstring), else []."""
    return _shared_head_names(ent) or _unit_and_parent(ent)


def _unit_and_parent(ent: Span) -> list[str]:
    """ "Justice Department's Office of International Affairs" -> "Justice Department",
    "Office of International Affairs"; "Walter Schottky Institute of the Technical University
    of Munich"; "US Department of the Interior – Office of Insular Affairs". Each side has two
    words or more and an organization word ("Department", "Institute", "University")."""
    doc = ent.doc
    heads = org_words("org_heads")
    for tok in ent[1:-1]:
        owner = tok.text in _POSSESSIVES and is_possessive(tok)
        dash = tok.text in _DASHES and bool(tok.whitespace_ and doc[tok.i - 1].whitespace_)
        if owner or dash:
            left, right = doc[ent.start : tok.i], doc[tok.i + 1 : ent.end]
        elif tok.lower_ == "of" and tok.nbor(1).lower_ == "the" and tok.nbor(-1).lower_ in heads:
            left, right = doc[ent.start : tok.i], doc[tok.i + 2 : ent.end]
        else:
            continue
        names = [_bare(left), _bare(right)]
        if all(len(n.split()) >= 2 and _has_head(n, heads) for n in names):
            return names
    return []


def _bare(span: Span) -> str:
    words = span.text.split()
    while words and words[0].lower() in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words).strip(" ,;:")


def _has_head(name: str, heads: frozenset[str]) -> bool:
    return any(w.lower().strip(",.") in heads for w in name.split())
