"""Reading NewsReader MEANTIME English (../shared/benchmarks/meantime-en): text and markables.

The corpus ships tokens, not text: the text is rebuilt by joining each sentence's tokens (no
space before punctuation and clitics), the headline first, down to the last annotated sentence
(MEANTIME annotates the first sentences of each article only). Shared by dates_meantime.py and
entities_meantime.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "benchmarks" / "meantime-en" / "intra-doc_annotation"
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "£", "€"}


def articles() -> list[Path]:
    """The 120 article files, in a stable order."""
    return sorted(DATA.glob("corpus_*/*.xml"))


def rebuild_text(
    root: ET.Element, skip: frozenset[str] = frozenset()
) -> tuple[str, dict[str, tuple[int, int]]]:
    """(text, token id -> character span) down to the last annotated sentence, without `skip`."""
    markables = root.find("Markables")
    sentence_of = {t.get("t_id"): int(t.get("sentence", "0")) for t in root.findall("token")}
    annotated = max(
        (
            sentence_of.get(a.get("t_id"), 0)
            for m in (markables if markables is not None else [])
            for a in m.findall("token_anchor")
        ),
        default=0,
    )
    spans: dict[str, tuple[int, int]] = {}
    text, sentence, previous = "", None, ""
    for token in root.findall("token"):
        if token.get("t_id") in skip or sentence_of[token.get("t_id")] > annotated:
            continue
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            text += "\n\n" if sentence == "0" else " "
        elif text and not _NO_SPACE_BEFORE.match(word) and previous not in _NO_SPACE_AFTER:
            text += " "
        sentence, previous = token.get("sentence"), word
        spans[token.get("t_id")] = (len(text), len(text) + len(word))
        text += word
    return text, spans
