"""Grouping a release's organization mentions: one group per real-world organization.

Mentions are keyed by their normalized spelling (normalize_org: "the World Bank's" ~ "World
Bank"); groups are then folded together where the release's own names say they are one
organization: a gazetteer spelling (merge_spellings), a short reference to a longer name
("Parliament" of "European Parliament", "Telia" of "Telia Company AB": merge_short_references),
an undefined acronym whose initials spell one name ("the GAO": link_initials).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from pressextract.extractors.org_names import LEADING_ARTICLES, org_words
from pressextract.resources.name_shapes import is_acronym
from pressextract.resources.places import is_known_place


@dataclass
class Group:
    """The mentions of one organization, read so far, under a grouping key (normalize_org)."""

    key: str
    forms: list[str]
    char_start: int
    canonical: str | None = None
    acronym: str | None = None
    mentions: int = 0
    # Where the first mention not shouted stands (None: every mention is in capitals amid
    # capitals). A headline or summary bullets that shout "LINDIS HAS GRANTED ..." repeat the
    # body ahead of it: their order says nothing of which name the release gave first.
    plain_start: int | None = None


# Words after which a name goes on with its scope: "Task Force" ~ "Task Force on Wildlife".
_SCOPE_WORDS = {"of", "on", "for", "to", "at", "in"}


def merge_short_references(groups: dict[str, Group]) -> None:
    """Fold a short reference into the one longer name it abbreviates: "Parliament" into
    "European Parliament", "the Task Force" into "Presidential Task Force on Wildlife
    Trafficking". Only names ending in an organization word qualify (not "Stanford" inside
    "Molecular Imaging Program at Stanford"), and only when exactly one longer name fits; a
    unit named after its owner's possessive is that unit whatever its length ("Office of
    Inspector General" of "Acme's Office of Inspector General")."""
    # "Telias" where the text lost its apostrophes ("Telia's"), before "Telia" is folded.
    for key in sorted(groups, key=len):
        bare = key[:-1] if key.endswith("s") and not groups[key].canonical else ""
        if bare in groups:
            fold(groups[key], groups[bare], keep_forms=False)  # "Telias" never names it
            del groups[key]
    # Longest first: "Singapore Water Center" folds into "World Bank Group Singapore Water
    # Center" before "the Center" looks for the one name it shortens.
    for key in sorted(groups, key=len, reverse=True):
        group = groups[key]
        words = key_words(key)
        if group.canonical:
            continue
        others = [(key_words(k), g) for k, g in groups.items() if k != key]
        owned = [g for long, g in others if _owned_unit(words, long)]
        if len(owned) == 1:  # "Office of Inspector General" of "Acme's Office of Inspector General"
            fold(group, owned[0])
            del groups[key]
            continue
        if len(words) > 3:
            continue
        if words[-1] in org_words("org_heads"):
            hosts = [
                g for long, g in others if _abbreviates(words, long) or legal_form_of(words, long)
            ]
        else:  # "Telia" for "Telia Company AB", "Coscom" for "Coscom LLC"
            hosts = [g for long, g in others if legal_form_of(words, long)]
        if not hosts:
            hosts = _named_before(group, groups)
        if len(hosts) != 1:
            continue
        fold(group, hosts[0])
        del groups[key]


def merge_spellings(groups: dict[str, Group]) -> None:
    """Fold a group into the gazetteer's group that has its spelling among its forms: "UN
    General Assembly" read off "the UN General Assembly's First Committee" is the "United
    Nations General Assembly" the gazetteer named in another mention."""
    spelled = {
        normalize_org(form): key
        for key, group in groups.items()
        if group.canonical
        for form in group.forms
    }
    for key in list(groups):
        host = spelled.get(key)
        if host is not None and host != key and not groups[key].canonical:
            fold(groups.pop(key), groups[host])


def link_initials(groups: dict[str, Group], defined: set[str]) -> None:
    """An acronym the release uses without defining it ("the GAO") joins the one name whose
    initials it spells ("Government Accountability Office"), as its acronym."""
    for key in list(groups):
        group = groups[key]
        form = group.forms[0]
        if key in defined or group.canonical or not is_acronym(form) or " " in form:
            continue
        letters = "".join(c for c in form if c.isalpha()).lower()
        hosts = [
            g
            for k, g in groups.items()
            if k != key and g.acronym is None and letters in _initials(key_words(k))
        ]
        if len(hosts) == 1:
            hosts[0].acronym = form
            fold(group, hosts[0], keep_forms=False)
            del groups[key]


def _initials(words: list[str]) -> set[str]:
    """The initials a name's acronym may spell: of every word, or of all but the small words
    ("Federal Bureau of Investigation": "fboi", "fbi"); dotted initials give all their letters
    ("u.s. air force": "usaf"). Two letters at least."""

    def letters(word: str) -> str:
        return word.replace(".", "") if _DOTTED_INITIALS.fullmatch(word) else word[:1]

    every = "".join(letters(w) for w in words if w[:1].isalpha())
    big = "".join(letters(w) for w in words if w[:1].isalpha() and w not in _SMALL_WORDS)
    return {x for x in (every, big) if len(x) >= 2}


# Words an acronym may skip ("Department of Justice": "DOJ" or "DJ").
_SMALL_WORDS = {"of", "and", "&", "for", "the", "on", "in", "at", "to"}


def _named_before(group: Group, groups: dict[str, Group]) -> list[Group]:
    """The longer names `group` shortens, named before it: their first words ("GenPro" after
    "GenPro Energy Development", not "Duke Energy" of "Duke Energy Florida": a place follows),
    their last word ("the Foundry" after "Molecular Foundry"), or their end when it holds an
    organization word ("Ministry of Interior" of "Iraqi Ministry of Interior", in any order).
    Before a company's full name (one with a company form), "before" reads only mentions not
    shouted in capitals: a headline that shouts "LINDIS HAS GRANTED ..." ahead of the body's
    "LINDIS Biotech GmbH" does not make "LINDIS" first."""
    words = key_words(group.key)
    n = len(words)
    heads = org_words("org_heads")
    hosts = []
    for key, host in groups.items():
        long = key_words(key)
        if host is group or len(long) <= n:
            continue
        ends_it = n >= 2 and long[-n:] == words and any(w in heads for w in words)
        before = host.char_start < group.char_start or (
            _legal_name(long) and _first_plain(host) < _first_plain(group)
        )
        starts_it = long[:n] == words and not is_known_place(" ".join(long[n:]).title())
        last_word = n == 1 and long[-1] == words[0] and any(f[:1].isupper() for f in group.forms)
        if ends_it or (before and (starts_it or last_word)):
            hosts.append(host)
    return hosts


def _first_plain(group: Group) -> float:
    """Where the first mention not shouted stands; a group only shouted comes after all."""
    return math.inf if group.plain_start is None else group.plain_start


def _legal_name(words: list[str]) -> bool:
    """A name ending in a company form ("lindis biotech gmbh"): a company's full name."""
    legal = org_words("legal_suffixes")
    return bool(words) and (words[-1] in legal or words[-1] + "." in legal)


def _owned_unit(short: list[str], long: list[str]) -> bool:
    """`long` is `short` after its owner's possessive, and `short` holds an organization word:
    "Office of Inspector General" of "Acme's Office of Inspector General", however long."""
    n = len(short)
    return (
        len(long) > n
        and long[-n:] == short
        and long[-n - 1].endswith(("'", "'s"))
        and any(w in org_words("org_heads") for w in short)
    )


def key_words(key: str) -> list[str]:
    """The words of a grouping key without the commas between them ("mattel, inc.") and
    without a word's final period: a key loses its own final period ("acme bros"), so "bros."
    inside "acme bros. pictures" must compare equal to it."""
    return [w for w in (w.rstrip(",").rstrip(".") for w in key.split()) if w]


def fold(group: Group, host: Group, keep_forms: bool = True) -> None:
    """Count `group`'s mentions as `host`'s."""
    if keep_forms:
        host.forms.extend(group.forms)
    host.mentions += group.mentions
    plain = [s for s in (host.plain_start, group.plain_start) if s is not None]
    host.plain_start = min(plain, default=None)
    host.char_start = min(host.char_start, group.char_start)


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """`short` stands inside `long`, ending where `long` ends or where its scope begins."""
    n = len(short)
    for i in range(len(long) - n + 1):
        if long[i : i + n] == short and len(long) > n:
            after = long[i + n] if i + n < len(long) else None
            if after is None or after in _SCOPE_WORDS:
                return True
            # "Chicago Police" for "Chicago Police Department"
            if i == 0 and all(w in org_words("org_heads") for w in long[n:]):
                return True
    return False


def words_overlap(a: list[str], b: list[str]) -> bool:
    """Whether one name's words (`key_words`) stand whole and in order inside the other's."""
    short, long = sorted((a, b), key=len)
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def legal_form_of(short: list[str], long: list[str]) -> bool:
    """`long` is `short` plus company-form words ("Company AB", "Inc.", "LLC")."""
    n = len(short)
    rest = long[n:]
    legal = org_words("legal_suffixes")
    # A key loses its final period ("ford motors co"), so "co" counts as "co.".
    return long[:n] == short and bool(rest) and all(w in legal or w + "." in legal for w in rest)


# Two or more single letters each followed by a period, as a whole word: "u.s.", "u.k.".
_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}(?!\w)")


def normalize_org(name: str) -> str:
    """A grouping key: NFKC, straight apostrophes, lowercase, no leading "the", no possessive."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'").lower()
    text = " ".join(text.replace("&", " & ").split())  # "Strauss &Co." ~ "Strauss & Co"
    text = text.replace(" and ", " & ")  # "Health and Safety Agency" ~ "Health & Safety Agency"
    for article in LEADING_ARTICLES:
        text = text.removeprefix(article + " ")
    text = text.removesuffix("'s")
    text = _DOTTED_INITIALS.sub(lambda m: m.group().replace(".", ""), text)  # "U.S." ~ "US"
    return text.strip(" .,;:")
