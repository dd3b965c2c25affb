"""The matching rules of ANNOTATION.md, one predicate per field, and the one-to-one matcher.

Each gold item is matched at most once and each prediction at most once. `match_items` finds a
maximum matching (Kuhn's augmenting paths over the bipartite graph of pairs that satisfy the
rule), so a loose pair never steals a gold item that a second prediction needed; each prediction
tries its gold candidates best-first (exact before loose, higher quote overlap first), so among
equally large matchings the closer pairs are usually the ones kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")

# "Common short forms of country names": each maps to the name it stands for. Keys and values
# are already normalized (lowercase, no leading "the ").
COUNTRY_SHORT_FORMS: dict[str, str] = {
    "u.s.": "united states",
    "u.s": "united states",
    "us": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "u.s.a": "united states",
    "united states of america": "united states",
    "u.k.": "united kingdom",
    "u.k": "united kingdom",
    "uk": "united kingdom",
    "great britain": "united kingdom",
    "britain": "united kingdom",
    "united kingdom of great britain and northern ireland": "united kingdom",
    "uae": "united arab emirates",
    "u.a.e.": "united arab emirates",
    "drc": "democratic republic of the congo",
    "dr congo": "democratic republic of the congo",
    "prc": "china",
    "people's republic of china": "china",
    "russian federation": "russia",
    "republic of korea": "south korea",
    "dprk": "north korea",
    "democratic people's republic of korea": "north korea",
    "viet nam": "vietnam",
    "türkiye": "turkey",
    "czechia": "czech republic",
}

_SPEAKER_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"})
_WORD = re.compile(r"\w+")
_QUOTE_THRESHOLD = 0.6
_STAT_TOLERANCE = 1e-6


def normalize_text(text: str) -> str:
    """NFKC, straight apostrophes, lowercase, whitespace collapsed, trimmed."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().split())


def normalize_name(name: str) -> str:
    """A place or organization name for equality: lowercased, no leading "the ", short forms."""
    text = normalize_text(name).strip(" ,;:")
    if text.startswith("the "):
        text = text[4:]
    return COUNTRY_SHORT_FORMS.get(text, COUNTRY_SHORT_FORMS.get(text.rstrip("."), text))


def words(text: str) -> list[str]:
    """Lowercase word tokens (punctuation dropped)."""
    return _WORD.findall(normalize_text(text))


def contains_words(inner: Sequence[str], outer: Sequence[str]) -> bool:
    """Whether `inner` stands whole and in order (contiguously) inside `outer`."""
    n = len(inner)
    if n == 0 or n > len(outer):
        return False
    return any(list(outer[i : i + n]) == list(inner) for i in range(len(outer) - n + 1))


def _name_words(name: str) -> list[str]:
    """The words of a name as written (no short-form mapping: "UK" is one word, not two)."""
    text = normalize_text(name)
    return words(text[4:] if text.startswith("the ") else text)


# --- single values -------------------------------------------------------------------------


def title_match(gold: str, pred: str) -> bool:
    """Titles are equal after lowercasing and collapsing whitespace."""
    return normalize_text(gold) == normalize_text(pred)


def exact_match(gold: str, pred: str) -> bool:
    """Published dates and dateline dates: equal strings."""
    return gold.strip() == pred.strip()


# --- list fields: a score > 0 means the pair matches; higher is closer ---------------------


def location_score(gold: str, pred: str) -> float:
    """2 when equal after normalization, 1 when one's words stand whole inside the other's."""
    g, p = normalize_name(gold), normalize_name(pred)
    if g == p:
        return 2.0
    gw, pw = words(g), words(p)
    return 1.0 if contains_words(gw, pw) or contains_words(pw, gw) else 0.0


def organization_score(
    gold_name: str, gold_acronym: str | None, pred_name: str, pred_acronym: str | None
) -> float:
    """2: a name or acronym equals one of the other's; 1: a 2+-word name is inside the other."""
    gold_forms = {normalize_name(x) for x in (gold_name, gold_acronym) if x}
    pred_forms = {normalize_name(x) for x in (pred_name, pred_acronym) if x}
    if gold_forms & pred_forms:
        return 2.0
    gw, pw = _name_words(gold_name), _name_words(pred_name)
    if (len(gw) >= 2 and contains_words(gw, pw)) or (len(pw) >= 2 and contains_words(pw, gw)):
        return 1.0
    return 0.0


def speaker_words(name: str) -> list[str]:
    """A person's name words without initials ("S.", "J") and suffixes (Jr., III)."""
    return [w for w in words(name) if len(w) > 1 and w not in _SPEAKER_SUFFIXES]


def speaker_match(gold: str | None, pred: str | None) -> bool:
    """Same surname (last word) and one name's words contain the other's; initials and suffixes
    ignored. Two missing speakers agree (used for quote attribution)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    gw, pw = speaker_words(gold), speaker_words(pred)
    if not gw or not pw or gw[-1] != pw[-1]:
        return False
    return set(gw) <= set(pw) or set(pw) <= set(gw)


def speaker_score(gold: str, pred: str) -> float:
    """2 for the same name words, 1 for a speaker-rule match, 0 otherwise."""
    if not speaker_match(gold, pred):
        return 0.0
    return 2.0 if speaker_words(gold) == speaker_words(pred) else 1.0


def quote_overlap(gold: str, pred: str) -> float:
    """|A ∩ B| / min(|A|, |B|) over the sets of lowercase word tokens."""
    a, b = set(words(gold)), set(words(pred))
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def quote_score(gold: str, pred: str) -> float:
    """The overlap when it reaches the 0.6 threshold, else 0."""
    overlap = quote_overlap(gold, pred)
    return overlap if overlap >= _QUOTE_THRESHOLD else 0.0


def statistic_match(gold: float, pred: float | None) -> bool:
    """Values are equal (relative difference < 1e-6)."""
    if pred is None:
        return False
    if gold == pred:
        return True
    return abs(gold - pred) < _STAT_TOLERANCE * max(abs(gold), abs(pred))


# --- the matcher -----------------------------------------------------------------------------


def match_items(
    gold: Sequence[G], pred: Sequence[P], score: Callable[[G, P], float]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to predictions: (gold index, pred index) pairs."""
    candidates: list[list[int]] = []
    for p in pred:
        scored = [(s, gi) for gi, g in enumerate(gold) if (s := score(g, p)) > 0]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        candidates.append([gi for _, gi in scored])
    gold_to_pred: dict[int, int] = {}
    # Predictions with a strong candidate go first so exact pairs are settled before loose ones.
    order = sorted(
        range(len(pred)),
        key=lambda pi: (-score(gold[candidates[pi][0]], pred[pi]) if candidates[pi] else 0.0, pi),
    )
    for pi in order:
        if candidates[pi]:
            _augment(pi, candidates, gold_to_pred, set())
    return sorted((gi, pi) for gi, pi in gold_to_pred.items())


def _augment(
    pi: int, candidates: list[list[int]], gold_to_pred: dict[int, int], seen: set[int]
) -> bool:
    # A free candidate first: it keeps pairs that are already settled where they are.
    for gi in candidates[pi]:
        if gi not in gold_to_pred:
            gold_to_pred[gi] = pi
            return True
    for gi in candidates[pi]:
        if gi in seen:
            continue
        seen.add(gi)
        if _augment(gold_to_pred[gi], candidates, gold_to_pred, seen):
            gold_to_pred[gi] = pi
            return True
    return False
