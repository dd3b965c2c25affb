"""Word lists of closed classes (speech verbs, titles, honorifics, organization head words), read
from package data files (one entry a line)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Calendar words in full, lowercase (closed classes; written out, not read from the locale).
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


@lru_cache(maxsize=32)
def load_words(name: str) -> frozenset[str]:
    """Entries of `pressextract/data/<name>` (lowercased; "#" comments and blank lines skipped)."""
    text = resources.files("pressextract.data").joinpath(name).read_text(encoding="utf-8")
    words = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            words.add(entry)
    return frozenset(words)


def speech_verbs(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Lemmas of speech verbs: the shipped list plus `extra` from the pipeline config."""
    return load_words("speech_verbs.txt") | {w.strip().lower() for w in extra if w.strip()}


def person_titles(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Titles of positions ("secretary general", "ceo"), lowercase, plus `extra`."""
    return load_words("person_titles.txt") | {w.strip().lower() for w in extra if w.strip()}


@lru_cache(maxsize=1)
def one_word_titles() -> frozenset[str]:
    """The shipped titles of one word ("minister", "envoy"): those one token can match."""
    return frozenset(t for t in person_titles() if " " not in t)


def title_modifiers() -> frozenset[str]:
    """Words that qualify a title ("acting", "deputy", "former")."""
    return load_words("title_modifiers.txt")


def honorifics() -> frozenset[str]:
    """Words before a name that are not part of it ("Dr", "Hon", "Defendant")."""
    return load_words("honorifics.txt")


def org_head_words() -> frozenset[str]:
    """Words that end an organization's name ("Organization", "Office")."""
    return load_words("org_head_words.txt")


def title_words(titles: frozenset[str]) -> set[str]:
    """The single words of multi-word titles ("state's attorney" -> state, attorney).

    Function words are left out: "editor in chief" must not make "in" a title, or every
    "in Lake Michigan" would read as a title before a name.
    """
    words = set()
    for title in titles:
        for word in title.replace("’", "'").replace("'s", " ").split():
            if word not in _FUNCTION_WORDS:
                words.add(word)
    return words


_FUNCTION_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "&"})
