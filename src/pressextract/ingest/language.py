"""Language of a release, with langdetect seeded so the answer is the same on every run."""

from __future__ import annotations

import re
from functools import cache

# Words that only English uses this often; a text dense with them needs no statistical model.
_ENGLISH_FUNCTION_WORDS = frozenset(
    str.split(
        "the and of to is was for that with by said has have are were this from will its be an"
        " which their been who would not or but"
    )
)
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _detector_ready() -> bool:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return True


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    # langdetect's cost grows with the text; a few paragraphs decide the language as well.
    sample = text[:1000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 5:
        return None
    function_words = sum(w in _ENGLISH_FUNCTION_WORDS for w in words)
    if len(words) >= 30 and function_words >= 0.2 * len(words):
        return "en"
    if function_words >= max(2, 0.15 * len(words)):
        return "en"  # a short English text: langdetect's guesses on a sentence or two wander
    _detector_ready()
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    try:
        # Its cost grows with the text; for the few non-English releases 400 characters decide.
        best = detect_langs(sample[:400])[0]
    except LangDetectException:
        return None
    if len(words) < 30 and best.prob < SHORT_TEXT_CONFIDENCE:
        return None  # too short to tell: unknown, which the pipeline treats as its own language
    return best.lang.split("-")[0]


SHORT_TEXT_CONFIDENCE = 0.95
