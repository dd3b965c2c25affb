"""Lists of things: names listed as examples of a thing are things, not organizations.

The small model tags the members of a list of software, standards or technologies ORG ("identity
protocols like OpenID, SAML or WS-Trust", "HTML, JSP and JSF"). A list says what its members are:
- a thing noun before "such as", "like" or "including" ("dynamic languages such as TCL and
  Python", "technologies like Biofloc"; the reverse of org_examples.py's "retailers such as");
- "and other" with a thing noun after the list ("Linux, Windows CE, ITRON and other device
  operating systems");
- an abbreviation of a common term among the members ("HTML, JSP and JSF");
- a thing noun right after the list, one member at least not tagged ORG ("Microsoft Word and
  Excel formats").
org_usage.py counts each ORG member of such a list as a use of the name as a thing: a name used
so and never as an organization is a PRODUCT.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from pressextract.nlp.components.org_examples import is_org_kind
from pressextract.nlp.doc_index import token_texts

_CUES = (("such", "as"), ("including",), ("like",))
_SEPARATORS = {",", "and", "or"}
_BREAKS = {";", ".", "(", ")", ":", "!", "?", "“", "”", '"'}
_KIND_WINDOW = 4  # tokens before the cue (or after "other") where the thing noun may stand
_MAX_ITEM = 5  # tokens in one listed name
_NAME_MARKS = {"&", "-", "/", "+", "'s", "’s"}


def listed_things(
    doc: Doc, thing_nouns: Collection[str], abbreviations: Collection[str]
) -> set[tuple[int, int]]:
    """The (start, end) token ranges of the names listed as things (see the module docstring)."""
    found: set[tuple[int, int]] = set()
    lowers = token_texts(doc, LOWER)
    for items, before, after in _lists(doc):
        if (
            _cue_with_thing(doc, lowers, before, thing_nouns)
            or _other_things(lowers, after, thing_nouns)
            or any(doc[a:b].text in abbreviations for a, b in items)
            or _modifies_thing(doc, items, thing_nouns)
        ):
            found.update(items)
    return found


def _lists(doc: Doc) -> list[tuple[list[tuple[int, int]], int, int]]:
    """Each list of two names or more: (item ranges, the token before the first item, the
    "and" or "or" after the last one, -1 when none)."""
    out = []
    texts = token_texts(doc)
    names = [_name_text(text) for text in texts]
    k = 0
    while k < len(doc):
        # An item starts at the start of a name only: a capitalized name word after a word that
        # is no part of a name; the other positions are passed at once.
        if not (names[k] and texts[k][:1].isupper() and (k == 0 or not names[k - 1])):
            k += 1
            continue
        items, end = _list_from(texts, names, k)
        if len(items) >= 2:
            after = end - 1 if texts[end - 1].lower() in {"and", "or"} else -1
            out.append((items, items[0][0] - 1, after))
            k = items[-1][1]
        else:
            k += 1
    return out


def _list_from(
    texts: Sequence[str], names: Sequence[bool], start: int
) -> tuple[list[tuple[int, int]], int]:
    """The names from `start` (the start of a name) on, separated by commas, "and" and "or":
    their ranges and the index where the list stops. `names` tells which tokens are name
    words (`_name_text`)."""
    items: list[tuple[int, int]] = []
    n = len(texts)
    k = start
    while k < n:
        end = k
        while end < n and end - k < _MAX_ITEM and names[end]:
            end += 1
        if end == k or (end < n and names[end]):
            return items, k
        if not texts[k][:1].isupper():
            return items, k
        items.append((k, end))
        sep = end
        while sep < n and texts[sep].lower() in _SEPARATORS:
            sep += 1
        if sep == end or sep >= n or texts[sep] in _BREAKS:
            return items, end
        if not names[sep]:
            return items, sep  # "A, B and other systems": the list ends at "other"
        k = sep
    return items, k


def _name_text(text: str) -> bool:
    return text[:1].isupper() or text in _NAME_MARKS or (text[:1].isdigit() and "." in text)


def _cue_with_thing(
    doc: Doc, lowers: Sequence[str], before: int, thing_nouns: Collection[str]
) -> bool:
    """ "languages such as", "protocol like": a thing noun before the cue that opens the list,
    within a few words or as the cue's head in the parse."""
    for cue in _CUES:
        at = before - len(cue) + 1
        if at < 0 or tuple(lowers[at : before + 1]) != cue:
            continue
        window = lowers[max(0, at - _KIND_WINDOW) : at]
        heads = [doc[at].head.lower_, doc[before].head.lower_]
        nouns = [w for w in (*window, *heads) if w in thing_nouns]
        return bool(nouns) and not any(is_org_kind(w) for w in window)
    return False


def _modifies_thing(doc: Doc, items: list[tuple[int, int]], thing_nouns: Collection[str]) -> bool:
    """ "output to Microsoft Word and Excel formats": the list qualifies a thing noun and the
    model took one member at least for no organization ("Acme and Zorb products" may be
    the products of two companies)."""
    end = items[-1][1]
    return (
        end < len(doc)
        and doc[end].is_lower
        and doc[end].lower_ in thing_nouns
        and any(all(t.ent_type_ != "ORG" for t in doc[a:b]) for a, b in items)
    )


def _other_things(lowers: Sequence[str], after: int, thing_nouns: Collection[str]) -> bool:
    """ "... and other device operating systems": a thing noun after "and other"."""
    if after < 0 or after + 1 >= len(lowers) or lowers[after + 1] != "other":
        return False
    window = lowers[after + 2 : after + 2 + _KIND_WINDOW]
    return any(w in thing_nouns for w in window) and not any(is_org_kind(w) for w in window)


def in_listed(ent: Span, listed: set[tuple[int, int]]) -> bool:
    """The entity is a listed name, whole (with "The" before it or not): "Amazon" inside a
    listed "Amazon Prime" owns the thing, it is none."""
    if (ent.start, ent.end) in listed:
        return True
    return (ent.start - 1, ent.end) in listed and ent.doc[ent.start - 1].lower_ == "the"
