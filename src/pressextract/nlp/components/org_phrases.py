"""What the words around an ORG span, or its own shape, say it names instead of an organization.

Read by org_checks: an award ("Company of the Year"), a journal ("The Journal of Urology"), a
minister's portfolio written before the title ("Union Minister"), a number counting the noun
after the span ("7 Inland states"), a chemical formula ("Mo-BiVO4"), the units a plural
organization word names ("State Fisheries Departments", "ICAR Institutes" -> "ICAR") unless two
names share it or it stands in a title-case headline, letters after a person's name ("Kevin
Dillon, A.A.E.").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pressextract.nlp.components.org_lists import is_headline
from pressextract.resources.name_shapes import is_acronym


def owner_acronym(ent: Span) -> Span | None:
    """ "ICAR Institutes" -> "ICAR": the one organization a plural organization word names the
    units of, when an acronym names it; None when none does ("State Fisheries Departments")."""
    if len(ent) == 2 and is_acronym(ent[0].text):
        return Span(ent.doc, ent.start, ent.start + 1, label="ORG")
    return None


def shared_head(ent: Span) -> bool:
    """ "Marysville and East Liberty Auto Plants": two names share the plural word."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"and", "&"}


def in_headline(ent: Span) -> bool:
    """In a title-case headline every word is capitalized ("$6 Million in Federal Funds")."""
    return ent.doc.has_annotation("SENT_START") and is_headline(ent.sent)


# Initials each with its period, a lowercase letter allowed after a capital: "A.A.E.", "Ph.D.".
_DOTTED_LETTERS = re.compile(r"^(?:[A-Z][a-z]?\.){2,}$")


def post_nominal(ent: Span) -> bool:
    """ "Executive Director Kevin A. Dillon, A.A.E.", "Ada Quill, M.D., Ph.D.": dotted letters
    after a person's name and a comma (or after other such letters), closing the phrase: a
    degree or a credential. Not when a word follows ("Jane Roe, F.B.I. spokeswoman": the
    agency she speaks for)."""
    doc = ent.doc
    if not _DOTTED_LETTERS.match(ent.text.replace(" ", "")):
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.is_space):
        return False
    k = ent.start - 1  # back over ", M.D." to the person's name
    while k >= 2 and doc[k].text == "," and _DOTTED_LETTERS.match(doc[k - 1].text):
        k -= 2
    return k >= 1 and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON"


def counted(ent: Span) -> bool:
    """ "for 7 Inland states": a number counts the noun after the span; no name starts so."""
    doc = ent.doc
    return (
        ent[0].text.isdigit()
        and len(ent) >= 2
        and ent.end < len(doc)
        and doc[ent.end].is_lower
        and doc[ent.end].is_alpha
    )


# The chemical elements' symbols (a closed class): a token made of them and counts is a formula.
_ELEMENT_SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As "
    "Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd "
    "Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu"
)
_ELEMENTS = frozenset(_ELEMENT_SYMBOLS.split())
_FORMULA_PART = re.compile(r"([A-Z][a-z]?)(\d*)")


def chemical_formula(ent: Span) -> bool:
    """ "BiVO4", "Mo-BiVO4", "TiO2": element symbols with counts, two elements at least and one
    count at least."""
    text = ent.text
    if " " in text or not any(c.isdigit() for c in text):
        return False
    symbols = []
    for part in text.split("-"):
        pieces = _FORMULA_PART.findall(part)
        if not part or "".join(a + b for a, b in pieces) != part:
            return False
        symbols += [a for a, _ in pieces]
    return len(symbols) >= 2 and all(a in _ELEMENTS for a in symbols)


def before_minister(ent: Span) -> bool:
    """The portfolio of a minister written before the title: the span, then at most three
    more capitalized words, then "Minister" (not "the Prime Minister's Office and Second
    Minister": a span naming a minister's office is no portfolio)."""
    doc = ent.doc
    if any(t.lower_ == "minister" for t in ent):
        return False
    for k in range(ent.end, min(len(doc), ent.end + 4)):
        if doc[k].text == "Minister":
            return True
        if not (doc[k].is_title and doc[k].is_alpha):
            return False
    return False


def award(ent: Span) -> bool:
    """ "named Company of the Year", "Early-Stage Company of The Year": an award's name."""
    doc = ent.doc
    k = ent.end - (ent[-1].lower_ == "of")  # the model's span may swallow the "of"
    return [t.lower_ for t in doc[k : k + 3]] == ["of", "the", "year"]


def journal(ent: Span) -> bool:
    """ "published April 6 in Nature Biomedical Engineering", "in the journal Science", "The
    Journal of Urology": a journal, not an organization."""
    doc = ent.doc
    if len(ent) >= 3 and ent[0].lower_ == "journal" and ent[1].lower_ == "of":
        return True
    if ent.start == 0:
        return False
    if doc[ent.start - 1].lower_ in {"journal", "magazine", "newspaper"}:
        return True
    if doc[ent.start - 1].lower_ != "in":
        return False
    sent_start = ent.sent.start if doc.has_annotation("SENT_START") else max(0, ent.start - 12)
    return any(
        t.lemma_ == "publish" or t.lower_ == "published" for t in doc[sent_start : ent.start]
    )
