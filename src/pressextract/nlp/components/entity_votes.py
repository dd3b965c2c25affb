"""Rule 7 of entity repair: one name, one label, and consistency with the release's people."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span


def consistent_with_people(ents: list[Span]) -> list[Span]:
    """Consistency with people: "Guyger" is not an ORG when "Amber Guyger" is a PERSON."""
    people = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2]
    if not people:
        return ents
    firsts_lasts = {(p[0].text, p[-1].text) for p in people}
    lasts = {p[-1].text for p in people}
    # A word tagged ORG far more often than it ends a person's name and part of longer ORG
    # names ("Stanford Cancer Institute") is no surname; "Rivera", "Fluch" alone are.
    repeated = Counter(e.text for e in ents if e.label_ != "PERSON")
    as_surname = Counter(p[-1].text for p in people)
    in_names = {t.text for e in ents if e.label_ == "ORG" and len(e) > 1 for t in e}
    out = []
    for ent in ents:
        if ent.label_ in {"ORG", "GPE", "LOC", "FAC"} and not ent.kb_id_:
            single = (
                len(ent) == 1
                and ent[0].text in lasts
                and (repeated[ent.text] <= 2 * as_surname[ent.text] or ent.text not in in_names)
            )
            if single or (ent[0].text, ent[-1].text) in firsts_lasts:
                ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


_VOTING_LABELS = frozenset({"ORG", "GPE", "LOC", "PERSON"})


def majority_labels(ents: list[Span]) -> list[Span]:
    """One name, one label: "Telia" tagged ORG eight times and GPE once is an ORG.

    A one-word PERSON whose word is no part of a fuller person's name in the release does not
    vote: a release names a person in full before it shortens the name, so "Ryanair" tagged
    PERSON three times and ORG twice, with no "... Ryanair" person anywhere, is the ORG."""
    name_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}
    counts: dict[str, dict[str, int]] = {}
    for ent in ents:
        if ent.label_ in _VOTING_LABELS and not _unsupported_person(ent, name_words):
            per = counts.setdefault(ent.text, {})
            per[ent.label_] = per.get(ent.label_, 0) + 1
    out = []
    for ent in ents:
        per = counts.get(ent.text)
        # Other labels (WORK_OF_ART, DATE, ...) neither vote nor get relabelled.
        if per and not ent.kb_id_ and ent.label_ in _VOTING_LABELS:
            label, n = max(per.items(), key=lambda kv: kv[1])
            if label != ent.label_ and n >= 1.5 * per.get(ent.label_, 0) and n >= 2:
                ent = Span(ent.doc, ent.start, ent.end, label=label)
        out.append(ent)
    return out


def _unsupported_person(ent: Span, name_words: set[str]) -> bool:
    """A one-word PERSON that is no word of the release's people with two words or more."""
    return ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in name_words
