"""The field of a post is no organization: "Minister for Immigration and Multicultural Affairs",
"Minister-in-charge of Trade Relations", "Vice President of Community Affairs at Acme",
"Managing Director, Operations, Ms Ada Quill".

A span is such a field when it holds no organization word and
- follows "for" or "in charge of" after a job title, directly or after other fields joined by
  "and" ("Minister for Finance and National Development");
- follows "of" after a job title and is followed by "at" or a comma and a capitalized word, the
  organization or the person ("Senior Director of Identity Products, Acme");
- stands between commas after a job title, before a person ("Managing Director, Operations,
  Ms Ada Quill").
A role is no organization either: "signed on as Gold Sponsors for Orbitcon", "serves as the
Official Bank of the Zorbs" ("as", the role, then "of" or "for"; not "such as", "known as").
A post named whole is no organization either: "the Secretary-General's Envoy on Technology",
"National Coordinator for Security" (a title, then its field after "on" or "for").
An office is named with its post whole: a span that starts inside a two-word title or with the
office holder's name takes the title's words before it back ("Attorney [General's Office]",
"Governor [Roe's Office]").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

_POSSESSIVES = {"'s", "’s"}
_JOINERS = {"and", "&"}  # not commas: "Minister for Immigration, Jane Roe, said"
_AFTER_OF = {",", "at"}
_ARTICLES = {"the", "a", "an"}
_POST_FIELD_PREPOSITIONS = {"on", "for"}
_NOT_A_ROLE = {"such", "known", "well", "named", "called", "referred", "same"}


def is_post_field(ent: Span, titles: set[str], org_heads: set[str]) -> bool:
    """Whether `ent` is the field of a post (see the module docstring)."""
    if ent.start < 2 or any(t.lower_ in org_heads for t in ent):
        return False
    doc, end = ent.doc, ent.end
    follows = (
        end + 1 < len(doc) and doc[end].lower_ in _AFTER_OF and doc[end + 1].text[:1].isupper()
    )
    before, title = doc[ent.start - 1], doc[ent.start - 2]
    if before.text == "," and _is_title(title, titles):
        return follows and doc[end].text == ","  # "Managing Director, Operations, Ms Quill"
    if before.lower_ == "of" and _is_title(title, titles) and follows:
        return True  # "Director of Community Affairs at Acme"
    k = _field_start(ent)
    if k < 2:
        return False
    before, title = doc[k - 1], doc[k - 2]
    if before.lower_ == "for" and _is_title(title, titles):
        return True  # "Minister for Immigration and Multicultural Affairs"
    return before.lower_ == "of" and title.lower_.endswith("charge")  # "Minister-in-charge of"


def is_role(ent: Span) -> bool:
    """ "as Gold Sponsors for Orbitcon", "as the Official Bank of the Zorbs": a role."""
    doc = ent.doc
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ in _ARTICLES:
        k -= 1
    if k < 1 or doc[k].lower_ != "as" or doc[k - 1].lower_ in _NOT_A_ROLE:
        return False
    return ent.end < len(doc) and doc[ent.end].lower_ in {"of", "for"}


def names_post(ent: Span, titles: Collection[str], org_words: Collection[str]) -> bool:
    """ "the Secretary-General's Envoy on Technology", "National Coordinator for Security": a
    title (`titles`, single words) and its field after "on" or "for", with no organization
    word in the span. Not after "of": "Director of Zorbex" holds the organization's name."""
    words = [t.lower_ for t in ent]
    if any(w in org_words for w in words):
        return False
    return any(
        words[k] in titles and words[k + 1] in _POST_FIELD_PREPOSITIONS
        for k in range(len(words) - 2)
    )


def _field_start(ent: Span) -> int:
    """Where the run of fields joined by "and" that ends with `ent` starts: at
    "Finance" of "for Finance and National Development"."""
    doc, k = ent.doc, ent.start
    while k >= 2 and doc[k - 1].lower_ not in {"for", "of"}:
        if doc[k - 1].lower_ not in _JOINERS or not doc[k - 2].is_title:
            break
        k -= 2
        while k > 0 and doc[k - 1].is_title:
            k -= 1
    return k


def _is_title(tok: Token, titles: set[str]) -> bool:
    word = tok.lower_.rstrip(".")
    return word in titles or word.split("-")[-1] in titles


def title_office(ent: Span, titles: set[str], org_heads: set[str]) -> Span:
    """ "Attorney [General's Office]" -> "Attorney General's Office", "Governor [Roe's Office]"
    -> "Governor Roe's Office": a span that starts inside a title of two words, or with the
    office holder's name, takes the title's words before it back when it names an office (an
    organization word in it); other spans are returned as they are."""
    doc, start = ent.doc, ent.start
    holder = len(ent) >= 3 and ent[1].text in _POSSESSIVES
    if not ent[0].is_title or not (ent[0].lower_ in titles or holder):
        return ent
    if not any(t.lower_ in org_heads for t in ent[1:]):
        return ent
    while (
        start > 0
        and doc[start - 1].is_title
        and doc[start - 1].lower_ in titles
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    if start == ent.start:
        return ent
    return Span(doc, start, ent.end, label=ent.label_)
